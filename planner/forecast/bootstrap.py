"""One strategy's curve, resampled: runs bootstrapped jointly, one campaign's deviation, every draw fitted.

One draw ``b`` of a strategy's curve is built in three steps:

1. **Runs, resampled jointly.** Runs are identified by their seed, and runs
   with the same seed share their initial labeled set, so the seeds are
   resampled *once* for the whole table: Bayesian-bootstrap weights
   ``w_b ~ Dirichlet(1, ..., 1)`` over the seeds (the same weights for every
   strategy) give the draw's mean curve. A Bayesian bootstrap never collapses
   to a handful of identical resamples when there are only 3 seeds.
2. **One campaign, not the mean of many.** A user runs one campaign, so each
   draw adds a run-to-run deviation: the runs' logit residuals around their
   mean, combined with Gaussian multipliers ``g_b`` shared by every strategy
   (so the seed pairing between strategies is kept) and scaled to a Student
   t with ``S - 1`` degrees of freedom times ``sqrt(1 + 1/S)``: the
   predictive spread of a new run when the run-to-run variance is itself
   estimated from ``S`` runs.
3. **Fitted.** Each draw's points are fitted by the learning-curve ensemble of
   :mod:`planner.forecast.families` (the family of each draw chosen in
   proportion to the ensemble weight); within the measured range the draw is
   its fitted curve, and its level, slope and plateau at ``n_max`` start its
   tail (:mod:`planner.forecast.extrapolation`).

One run (a campaign's own curve) has no run-to-run spread to resample. Where
the size of the test split that measured it is known, each draw's points are
its measured points moved by the binomial noise of accuracy read on that many
examples (sd ``sqrt(p (1 - p) / n_test)``, in logits): the deviation a
measurement on another test split of that size would show, which is what the
residuals of several runs give the draws above. Without a test size its points
are resampled (the fit's uncertainty only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from scipy.special import gammaincinv

from planner.forecast.flatness import Flatness, binomial_se, curve_arrays, curve_flatness
from planner.forecast.families import (
    FAMILIES,
    LAST,
    CurveData,
    backtest,
    batched_lm,
    ensemble_weights,
    evaluate,
    expit,
    fit_all,
    logit,
    matrix_data,
)
from planner.forecast.memo import remembered_fits
from planner.forecast.regime import Regime, curve_regime

__all__ = ["DEFAULT_DRAWS", "RawTails", "raw_tails", "share_plateau"]

#: Joint draws per table: enough for stable 10% / 90% quantiles and probabilities to +-0.03.
DEFAULT_DRAWS = 400
#: Ratio to n_max out to which a family must be non-decreasing to be used.
_CHECK_RATIO = 1e4
#: Points of the within-data grid of every draw (log-spaced, plus the anchors).
_GRID = 64
_TINY = 1e-9


@dataclass(frozen=True)
class RawTails:
    """Per-draw curves of one strategy before the extrapolation error.

    Attributes
    ----------
    n : ndarray of shape (m,)
        Measured label counts (ascending).
    grid : ndarray of shape (G,)
        Label counts from ``n[0]`` to ``n[-1]`` where ``inside`` is given.
    inside : ndarray of shape (B, G)
        Each draw's fitted curve within the data (non-decreasing).
    y_end, plateau, rate : ndarray of shape (B,)
        Fitted accuracy at ``n_max``, the fitted family's plateau (>= y_end)
        and the power-law rate of the approach to it at ``n_max``.
    z : ndarray of shape (B, 3)
        Standard normals for the extrapolation error (plateau, rate, level).
    families : dict
        Ensemble weights of the families used.
    runs : int
        Runs (seeds) behind the curve.
    mean : ndarray of shape (m,)
        Mean measured accuracy at each count.
    slope : ndarray of shape (B,)
        Fitted d accuracy / d log n at ``n_max`` (>= 0).
    regime : Regime
        What the measurements show at their end (:func:`curve_regime`).
    measured : ndarray of shape (B, m) or None
        Each draw's measured points where they carry the test split's noise (one run with a known test size):
        what the draw takes its measurements to be. None: the measured mean stands for every draw.
    flatness : Flatness or None
        Whether the measured curve is flat at its end, since when, and where it dips
        (:func:`planner.forecast.flatness.curve_flatness`).
    """

    n: np.ndarray
    grid: np.ndarray
    inside: np.ndarray
    y_end: np.ndarray
    plateau: np.ndarray
    rate: np.ndarray
    z: np.ndarray
    families: dict
    runs: int
    mean: np.ndarray
    slope: np.ndarray
    regime: Regime | None = None
    measured: np.ndarray | None = None
    flatness: Flatness | None = None


def _family_plateau(name: str, theta: np.ndarray, n_max: float) -> np.ndarray:
    """Limit of each parameter row of a family as n grows (the c parameter where there is one)."""
    if name == "vap3":  # exp(a + b/x + c log x): its level where the monotone check ends
        big = np.array([_CHECK_RATIO])
        return evaluate(FAMILIES[name], big, big * n_max, theta)[:, 0]
    idx = FAMILIES[name].params.index("c")
    return theta[:, idx]


def _fit_draws(n: np.ndarray, points: np.ndarray, weights: np.ndarray, y_mean: np.ndarray,
               sigma: np.ndarray, rng: np.random.Generator):
    """Fit the ensemble to the mean, then every draw's points from that warm start.

    Returns (families, family name per draw, parameters per draw as a list of
    (name, rows, theta)).
    """
    n_max = n[-1]
    check = n_max * _CHECK_RATIO
    fits, scores = remembered_fits(n, y_mean, sigma, check, lambda: (
        fit_all(n, y_mean, sigma, check), backtest(CurveData(n=n, y=y_mean, sigma=sigma, Y=y_mean[None, :]), check)))
    fam_w = ensemble_weights(scores, set(fits), n.size)
    fam_w = {k: w for k, w in fam_w.items() if k == LAST or k in fits} or {LAST: 1.0}
    total = sum(fam_w.values())
    fam_w = {k: w / total for k, w in fam_w.items()}
    B = points.shape[0]
    names = list(fam_w)
    raw = np.array([fam_w[k] for k in names]) * B
    alloc = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - alloc))[: B - alloc.sum()]:
        alloc[i] += 1
    order = rng.permutation(B)
    x = n / n_max
    groups = []
    start = 0
    for name, b in zip(names, alloc):
        if b == 0:
            continue
        rows = order[start : start + b]
        start += b
        if name == LAST:
            groups.append((name, rows, None))
            continue
        fam = FAMILIES[name]
        theta0 = np.repeat(fits[name][None, :], b, axis=0)
        # every draw keeps its own fit (never reset to the full-data fit): within the data
        # it is made non-decreasing, and beyond it only its level, slope and plateau are used
        theta = batched_lm(fam, x, n, points[rows], weights[rows], theta0)
        groups.append((name, rows, theta))
    return fam_w, groups


def raw_tails(n, Y, *, n_draws: int = DEFAULT_DRAWS, rng: np.random.Generator,
              run_weights: np.ndarray | None = None, multipliers: np.ndarray | None = None,
              t_quantile: np.ndarray | None = None, z: np.ndarray | None = None,
              test_size=None) -> RawTails:
    """Draws of one strategy's campaign curve, before the extrapolation error.

    Parameters
    ----------
    n : array-like of shape (m,)
        Distinct measured label counts, ascending (at least 3).
    Y : array-like of shape (S, m)
        Accuracy of each run (seed) at each count, NaN where not measured.
    n_draws : int
        Draws ``B``.
    rng : numpy.random.Generator
        Source of every random number not given explicitly.
    run_weights : ndarray of shape (B, S), optional
        Bayesian-bootstrap weights of the runs (rows sum to 1); shared by the
        strategies of a table. Default: drawn here.
    multipliers : ndarray of shape (B, S), optional
        Standard-normal multipliers of the run residuals (campaign
        deviation); shared by the strategies of a table.
    t_quantile : ndarray of shape (B,), optional
        Uniform numbers in (0, 1) that set each draw's chi-square scale (the
        Student-t widening for few runs); shared by the strategies.
    z : ndarray of shape (B, 3), optional
        Standard normals of the extrapolation error (plateau, rate, level).
    test_size : array-like of shape (m,), optional
        Examples in the test split that measured each count (NaN: not known). One run with a known test size
        draws its points with that split's binomial noise (see the module docstring).

    Returns
    -------
    RawTails
    """
    n, Y = curve_arrays(n, Y, "raw_tails")
    B = int(n_draws)
    S = Y.shape[0]
    d = matrix_data(n, Y)
    if run_weights is None:
        run_weights = rng.dirichlet(np.ones(S), size=B)
    if multipliers is None:
        multipliers = rng.standard_normal((B, S))
    if t_quantile is None:
        t_quantile = rng.uniform(size=B)
    if z is None:
        z = rng.standard_normal((B, 3))
    points, W, measured = _drawn_points(n, Y, d, test_size, rng, run_weights, multipliers, t_quantile)
    fam_w, groups = _fit_draws(n, points, W, d.y, d.sigma, rng)
    grid, inside, y_end, plateau, rate, slope, rising = _tails_on_grid(n, d.y, points, groups)
    return RawTails(n=n, grid=grid, inside=inside, y_end=y_end, plateau=plateau,
                    rate=np.clip(rate, 1e-3, 10.0), z=np.asarray(z, dtype=float), families=fam_w, runs=S, mean=d.y,
                    slope=np.where(rising, slope, 0.0), regime=curve_regime(n, Y), measured=measured,
                    flatness=curve_flatness(n, Y, test_size))


def _drawn_points(n, Y, d, test_size, rng, run_weights, multipliers, t_quantile):
    """Each draw's resampled curve points and their fit weights, ``(points, W, measured)``, each ``(B, m)``
    (``measured``: the points one run on a known test split draws, else None). Several runs: their
    Bayesian-bootstrap mean moved by the campaign deviation (Student-t widened for few runs); one run on a known
    test split: its points moved by that split's binomial noise; one run otherwise: its points resampled."""
    S, m = Y.shape
    B = run_weights.shape[0]
    present = np.isfinite(Y)
    Yc = np.clip(np.where(present, Y, 0.0), 1e-4, 1 - 1e-4)
    base_w = 1.0 / d.sigma**2
    se = binomial_se(d.y, test_size, logit=True)
    if S >= 2:
        w = run_weights[:, :, None] * present[None, :, :]          # (B, S, m)
        wsum = w.sum(axis=1)
        mean_b = np.where(wsum > 0, (w * Yc[None]).sum(axis=1) / np.maximum(wsum, _TINY), d.y[None, :])
        # campaign deviation: residuals of the runs around their mean, in logits
        mean_logit = logit(np.clip(d.y, 1e-4, 1 - 1e-4))
        resid = np.where(present, logit(Yc) - mean_logit[None, :], 0.0)   # (S, m)
        k = present.sum(axis=0)
        dof = max(S - 1, 1)
        scale = np.sqrt((1.0 + 1.0 / S) / dof)
        chi = 2.0 * gammaincinv(dof / 2.0, np.clip(t_quantile, 1e-6, 1 - 1e-6))  # chi-square quantile
        kappa = np.sqrt(dof / chi)
        dev = kappa[:, None] * scale * (multipliers @ resid)          # (B, m)
        dev = np.where(k[None, :] >= 2, dev, 0.0)
        return expit(logit(mean_b) + dev), np.repeat(base_w[None, :], B, axis=0), None
    if S == 1 and np.any(se > 0):
        e = rng.standard_normal((B, m))
        points = expit(logit(np.clip(d.y, 1e-4, 1 - 1e-4))[None, :] + se[None, :] * e)
        return points, np.repeat(base_w[None, :], B, axis=0), points
    idx = rng.integers(0, m, size=(B, m))   # fit uncertainty only; run-to-run spread unknown
    counts = np.zeros((B, m))
    np.add.at(counts, (np.repeat(np.arange(B), m), idx.ravel()), 1.0)
    return np.repeat(d.y[None, :], B, axis=0), counts * base_w[None, :], None


def _tails_on_grid(n, mean, points, groups):
    """Each draw's fitted curve on a log grid of the measured range, made non-decreasing, with its end level, its
    plateau, its slope at the last count and its approach rate: ``(grid, inside, y_end, plateau, rate, slope,
    rising)``. A draw whose family cannot evaluate takes the measured mean points; a draw not rising at its end
    keeps its end level as its plateau and takes the typical rate."""
    B = points.shape[0]
    grid = np.unique(np.concatenate([np.geomspace(n[0], n[-1], _GRID), n]))
    inside = np.empty((B, grid.size))
    plateau = np.empty(B)
    slope = np.zeros(B)
    n_max = n[-1]
    h = 0.05
    probe = n_max * np.exp(np.array([-h, 0.0, h]))
    for name, rows, theta in groups:
        if name == LAST:
            level = points[rows, -1]
            inside[rows] = level[:, None]
            plateau[rows] = level
            continue
        fam = FAMILIES[name]
        inside[rows] = np.clip(evaluate(fam, grid / n_max, grid, theta), 0.0, 1.0)
        at = np.clip(evaluate(fam, probe / n_max, probe, theta), 0.0, 1.0)
        slope[rows] = (at[:, 2] - at[:, 0]) / (2 * h)
        plateau[rows] = np.clip(_family_plateau(name, theta, n_max), 0.0, 1.0)
    bad = ~np.all(np.isfinite(inside), axis=1)
    if bad.any():  # a draw the family cannot evaluate: its measured mean points instead
        inside[bad] = np.interp(np.log(grid), np.log(n), mean)[None, :]
    inside = np.maximum.accumulate(inside, axis=1)
    y_end = inside[:, -1]
    gap = np.maximum(plateau - y_end, 0.0)
    rising = (gap > 1e-6) & (slope > 1e-9)
    rate = np.where(rising, slope / np.maximum(gap, _TINY), np.nan)
    typical = float(np.nanmedian(rate)) if np.any(rising) else 0.5
    rate = np.where(rising, rate, typical)
    plateau = np.where(rising, plateau, y_end)
    return grid, inside, y_end, plateau, rate, slope, rising


def share_plateau(raws: list[RawTails]) -> list[RawTails]:
    """Give the strategies of one table (same data, model, pool) one plateau per draw.

    Every strategy trains the same model on the same pool, and with the pool
    exhausted they hold the same labels: their curves end at one accuracy.
    Each draw takes the highest plateau its strategies' fits support (AL
    curves, nearer their plateau, identify it best); each strategy keeps its
    level and slope at ``n_max``, so its rate becomes ``slope / (plateau -
    y_end)``. A draw with no measured rise keeps its strategy's typical rate.
    """
    if len(raws) < 2:
        return raws
    common = np.max(np.stack([r.plateau for r in raws]), axis=0)
    out = []
    for r in raws:
        gap = common - r.y_end
        rising = (r.slope > 1e-9) & (gap > 1e-6)
        rate = np.where(rising, r.slope / np.maximum(gap, _TINY), r.rate)
        out.append(replace(r, plateau=np.maximum(common, r.y_end), rate=np.clip(rate, 1e-3, 10.0)))
    return out
