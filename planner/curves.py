"""Learning-curve forecasts: fit accuracy-vs-labels, extrapolate with intervals.

A curve is fitted with every parametric family of :data:`FAMILIES` (the
learning-curve literature: Domhan et al. 2015; Viering & Loog 2022; LCDB,
Mohr et al. 2022) plus the last-value baseline. Each family is fitted on
``x = n / n_max`` (label counts scaled by the largest anchor) by bounded
multi-start least squares: all starts are screened at once by a batched
Levenberg-Marquardt, the best is polished by scipy's trust-region
``least_squares(method="trf")`` within bounds. Residuals are weighted by the
spread across seeds. Families whose extrapolation is non-finite or
decreasing are rejected.

The families are combined by their *out-of-sample* skill: each is refitted on
a prefix of the anchors and scored on the held-out tail (backtest). Weights
are a family prior (:data:`PRIOR`: power laws first) times
``exp(-T * excess tail error)``, so a family that merely bends through the
training points gets little weight.

The same backtest calibrates the extrapolation: its mean signed logit error
per unit of ``log(n / n_max)`` (only upward: the families plateau too early
far more often than too late) corrects the forecast beyond the data, and the
spread around that correction sets how fast intervals widen.

Uncertainty: a bootstrap over seeds (over anchors when there is a single
seed) refits the families that carry weight -- warm-started from the
full-data fit with the batched Levenberg-Marquardt, so 200 replicates cost a
few milliseconds -- and each replicate is drawn from one family in proportion
to its weight (so disagreement between families shows). Beyond the data a
calibrated logit-normal term widens the band with the log of the
extrapolation ratio; accuracy stays in [0, 1].

``labels_for(target)`` inverts the curve; a target above the level the curve
reaches at the forecast horizon (``HORIZON`` times the largest anchor) is
unreachable and gives ``inf``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np
from scipy.optimize import least_squares

__all__ = ["FAMILIES", "Family", "FittedCurve", "fit_curve", "HORIZON"]

#: Forecasts reach out to this multiple of the largest measured label count;
#: a target not reached by then is "unreachable".
HORIZON = 1e4
#: Largest label count accepted (beyond this the numbers are not label counts).
MAX_LABELS = 1e12
_EPS = 1e-6  # accuracy is kept in [_EPS, 1 - _EPS] before taking logits
_GRID_POINTS = 480
#: Prior scale of the extrapolation error: logit units per unit of log(n / n_max).
_EXTRAP_PRIOR = 0.12
_EXTRAP_PRIOR_WEIGHT = 1.0
#: Calibration of the backtest's error scale: the backtest only extrapolates
#: 1.3-2x, forecasts go further. 1.3 puts 80% intervals at 83% coverage on
#: held-out simulator curves and 80% on synthetic ones (benchmarks/RESULTS.md).
_SCALE_FACTOR = 1.3
#: Fraction of the backtest's systematic drift carried into the forecast.
_DRIFT = 1.0
#: The drift correction stops growing beyond this extrapolation ratio.
_DRIFT_MAX_RATIO = 32.0


# ------------------------------------------------------------------ families


@dataclass(frozen=True)
class Family:
    """One parametric learning-curve family.

    ``fn(x, n, theta)`` evaluates the curve: ``x`` of shape (m,) is the label
    count scaled by the largest anchor, ``n`` of shape (m,) the raw count,
    ``theta`` of shape (B, p) a batch of parameter vectors; it returns (B, m).
    ``starts(x, y)`` gives data-driven starting points (a list of (p,) arrays).
    """

    name: str
    summary: str
    params: tuple[str, ...]
    lower: tuple[float, ...]
    upper: tuple[float, ...]
    fn: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    starts: Callable[[np.ndarray, np.ndarray], list[np.ndarray]]

    @property
    def n_params(self) -> int:
        return len(self.params)


def _col(theta: np.ndarray, j: int) -> np.ndarray:
    return theta[:, j : j + 1]


def _pow3(x, n, t):
    c, a, alpha = _col(t, 0), _col(t, 1), _col(t, 2)
    return c - a * x[None, :] ** (-alpha)


def _pow4(x, n, t):
    c, a, d, alpha = _col(t, 0), _col(t, 1), _col(t, 2), _col(t, 3)
    return c - a * (x[None, :] + d) ** (-alpha)


def _mmf4(x, n, t):
    y0, c, lbeta, delta = _col(t, 0), _col(t, 1), _col(t, 2), _col(t, 3)
    beta = 10.0**lbeta
    xd = x[None, :] ** delta
    return (y0 * beta + c * xd) / (beta + xd)


def _wbl4(x, n, t):
    y0, c, lkappa, delta = _col(t, 0), _col(t, 1), _col(t, 2), _col(t, 3)
    kappa = 10.0**lkappa
    return c - (c - y0) * np.exp(-np.minimum((kappa * x[None, :]) ** delta, 700.0))


def _exp3(x, n, t):
    c, a, lb = _col(t, 0), _col(t, 1), _col(t, 2)
    return c - a * np.exp(-(10.0**lb) * x[None, :])


def _ilog2(x, n, t):
    c, a = _col(t, 0), _col(t, 1)
    return c - a / np.log(n[None, :] + 1.0)


def _vap3(x, n, t):
    a, b, c = _col(t, 0), _col(t, 1), _col(t, 2)
    return np.exp(np.minimum(a + b / x[None, :] + c * np.log(x[None, :]), 50.0))


def _gaps(y_last: float) -> list[float]:
    """Plausible asymptotes above the last observed accuracy."""
    return sorted({min(1.0, y_last + g) for g in (0.01, 0.05, 0.15)} | {min(1.0, (1.0 + y_last) / 2)})


def _starts_pow3(x, y):
    out = []
    for c in _gaps(y[-1]):
        for alpha in (0.3, 0.8):
            out.append(np.array([c, max(c - y[-1], 1e-3), alpha]))
    return out


def _starts_pow4(x, y):
    out = []
    for c in _gaps(y[-1])[:3]:
        for alpha, d in ((0.5, 0.05), (1.0, 0.2)):
            gap = max(c - y[-1], 1e-3)
            out.append(np.array([c, min(gap * (1.0 + d) ** alpha, 10.0), d, alpha]))
    return out


def _starts_mmf4(x, y):
    return [np.array([max(0.0, min(y[0], 1.0) - 0.05), c, lb, d])
            for c in _gaps(y[-1])[:3] for lb, d in ((-1.0, 1.0), (0.0, 0.5))]


def _starts_wbl4(x, y):
    return [np.array([max(0.0, y[0] - 0.05), c, lk, d])
            for c in _gaps(y[-1])[:3] for lk, d in ((0.5, 0.7), (1.0, 0.4))]


def _starts_exp3(x, y):
    return [np.array([c, max(c - y[0], 1e-3) * 1.5, lb]) for c in _gaps(y[-1]) for lb in (0.5, 1.2)]


def _starts_ilog2(x, y):
    out = []
    for c in _gaps(y[-1]):
        out.append(np.array([c, max(c - y[-1], 1e-3) * math.log(1e3)]))
    return out


def _starts_vap3(x, y):
    y_last = min(max(y[-1], 1e-3), 1.0)
    return [np.array([math.log(y_last) - b, b, c]) for b in (-0.01, -0.05) for c in (0.0, -0.05)]


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("pow3", "c - a x^-alpha (power law with plateau)", ("c", "a", "alpha"),
               (0.0, 0.0, 1e-3), (1.0, 1.0, 3.0), _pow3, _starts_pow3),
        Family("pow4", "c - a (x + d)^-alpha", ("c", "a", "d", "alpha"),
               (0.0, 0.0, 0.0, 1e-3), (1.0, 10.0, 2.0, 3.0), _pow4, _starts_pow4),
        Family("mmf4", "Morgan-Mercer-Flodin (y0 beta + c x^delta) / (beta + x^delta)",
               ("y0", "c", "log10_beta", "delta"),
               (0.0, 0.0, -6.0, 1e-2), (1.0, 1.0, 4.0, 5.0), _mmf4, _starts_mmf4),
        Family("wbl4", "Weibull c - (c - y0) exp(-(kappa x)^delta)", ("y0", "c", "log10_kappa", "delta"),
               (0.0, 0.0, -3.0, 1e-2), (1.0, 1.0, 4.0, 5.0), _wbl4, _starts_wbl4),
        Family("exp3", "c - a exp(-b x)", ("c", "a", "log10_b"),
               (0.0, 0.0, -3.0), (1.0, 5.0, 3.0), _exp3, _starts_exp3),
        Family("ilog2", "c - a / log(n + 1)", ("c", "a"),
               (0.0, 0.0), (1.0, 50.0), _ilog2, _starts_ilog2),
        Family("vap3", "vapour pressure exp(a + b / x + c log x)", ("a", "b", "c"),
               (-10.0, -10.0, -1.0), (1.0, 0.0, 0.0), _vap3, _starts_vap3),
    )
}
LAST = "last"  # the last-value baseline: the mean accuracy at the largest anchor


def _eval(fam: Family, x: np.ndarray, n: np.ndarray, theta: np.ndarray) -> np.ndarray:
    theta = np.atleast_2d(theta)
    with np.errstate(all="ignore"):
        return fam.fn(x, n, theta)


# ---------------------------------------------------------------- fitting


def _fit_family(fam: Family, x, n, y, sigma, *, polish: int = 1) -> tuple[np.ndarray, float] | None:
    """Multi-start bounded fit of one family; (params, cost) or None.

    All starts are first improved together by a batched Levenberg-Marquardt
    (cheap); the best ``polish`` of them are then refined by scipy's bounded
    trust-region least squares (``method="trf"``).
    """
    lb, ub = np.array(fam.lower), np.array(fam.upper)
    inner = lb + 1e-9 * (ub - lb), ub - 1e-9 * (ub - lb)
    starts = np.clip(np.array(fam.starts(x, y), dtype=float), *inner)
    w = 1.0 / sigma**2
    screened = _batched_lm(fam, x, n, np.broadcast_to(y, (len(starts), y.size)),
                           np.broadcast_to(w, (len(starts), y.size)), starts, iters=10)
    with np.errstate(all="ignore"):
        costs = np.sum(w * (_eval(fam, x, n, screened) - y) ** 2, axis=1)
    costs = np.where(np.isfinite(costs), costs, np.inf)

    def resid(theta):
        r = (_eval(fam, x, n, theta)[0] - y) / sigma
        return np.where(np.isfinite(r), r, 1e6)

    best: tuple[np.ndarray, float] | None = None
    for i in np.argsort(costs)[:polish]:
        if not np.isfinite(costs[i]):
            continue
        x0 = np.clip(screened[i], *inner)
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                res = least_squares(resid, x0, bounds=(lb, ub), method="trf", max_nfev=40 * len(x0),
                                    xtol=1e-8, ftol=1e-8)
            cand = (res.x, 2.0 * float(res.cost))
        except (ValueError, np.linalg.LinAlgError):
            cand = (screened[i], float(costs[i]))
        if not np.isfinite(cand[1]) or cand[1] > costs[i]:
            cand = (screened[i], float(costs[i]))
        if best is None or cand[1] < best[1]:
            best = cand
    return best


def _monotone_ok(values: np.ndarray) -> np.ndarray:
    """Rows (B, G) that are finite and never decrease (beyond rounding)."""
    finite = np.all(np.isfinite(values), axis=1)
    with np.errstate(invalid="ignore"):
        steps = np.diff(values, axis=1)
    return finite & np.all(~(steps < -1e-7), axis=1)


def _batched_lm(fam: Family, x, n, Y, W, theta0, iters: int = 8) -> np.ndarray:
    """Projected Levenberg-Marquardt on a batch of problems at once.

    Minimises ``sum_i W[b, i] (f(x_i; theta_b) - Y[b, i])^2`` for every row b,
    warm-started at ``theta0`` (B, p), within the family's bounds.
    """
    lb, ub = np.array(fam.lower), np.array(fam.upper)
    theta = np.clip(theta0.copy(), lb, ub)
    B, p = theta.shape
    sw = np.sqrt(W)

    def residuals(th):
        r = sw * (_eval(fam, x, n, th) - Y)
        return np.where(np.isfinite(r), r, 1e6)

    r = residuals(theta)
    cost = np.sum(r * r, axis=1)
    lam = np.full(B, 1e-3)
    span = ub - lb
    for _ in range(iters):
        J = np.empty((B, r.shape[1], p))
        for j in range(p):
            h = 1e-6 * np.maximum(1.0, np.abs(theta[:, j]))
            direction = np.where(theta[:, j] + h > ub[j], -1.0, 1.0)
            tp = theta.copy()
            tp[:, j] += direction * h
            J[:, :, j] = (residuals(tp) - r) / (direction * h)[:, None]
        JtJ = np.einsum("bmi,bmj->bij", J, J)
        g = np.einsum("bmi,bm->bi", J, r)
        diag = np.einsum("bii->bi", JtJ) + 1e-12 * span**2
        A = JtJ + (lam[:, None] * diag)[:, :, None] * np.eye(p)[None]
        try:
            step = np.linalg.solve(A, -g[:, :, None])[:, :, 0]
        except np.linalg.LinAlgError:
            break
        step = np.where(np.isfinite(step), step, 0.0)
        cand = np.clip(theta + step, lb, ub)
        r_new = residuals(cand)
        cost_new = np.sum(r_new * r_new, axis=1)
        better = cost_new < cost
        theta[better] = cand[better]
        r[better] = r_new[better]
        cost[better] = cost_new[better]
        lam = np.where(better, lam * 0.3, lam * 10.0)
    return theta


@dataclass(frozen=True)
class _Data:
    n: np.ndarray        # (m,) distinct label counts, ascending
    y: np.ndarray        # (m,) mean accuracy at each
    sigma: np.ndarray    # (m,) residual scale (spread across seeds / sqrt(count))
    Y: np.ndarray        # (S, m) accuracy by replicate (NaN where missing)


def _spread(Y: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Sample standard deviation (ddof=1) of each column of ``Y`` (S, m) over its finite entries.

    ``k`` (m,) counts the finite entries; columns with ``k < 2`` have no
    spread and get NaN (computed without dividing by zero).
    """
    ok = k >= 2
    sd = np.full(Y.shape[1], np.nan)
    if ok.any():
        sd[ok] = np.nanstd(Y[:, ok], axis=0, ddof=1)
    return sd


def _prepare(n_labels, accuracy, seeds) -> _Data:
    n_arr = np.asarray(n_labels, dtype=float).ravel()
    a_arr = np.asarray(accuracy, dtype=float).ravel()
    if n_arr.shape != a_arr.shape:
        raise ValueError(f"n_labels and accuracy differ in length ({n_arr.size} vs {a_arr.size}): give one accuracy per label count")
    if n_arr.size == 0:
        raise ValueError("no points to fit: give at least 3 distinct label counts with their accuracy")
    if not np.all(np.isfinite(n_arr)) or not np.all(np.isfinite(a_arr)):
        raise ValueError("n_labels and accuracy must be finite numbers: remove NaN/inf rows")
    if np.any(n_arr < 1):
        raise ValueError(f"n_labels must be at least 1 (got {n_arr.min():g}): give label counts")
    if np.any(n_arr > MAX_LABELS):
        raise ValueError(f"n_labels above {MAX_LABELS:g} are not label counts (got {n_arr.max():g})")
    if np.any(a_arr < 0) or np.any(a_arr > 1):
        raise ValueError("accuracy must be a fraction in [0, 1]: convert percent or error rates first (planner.io.read_curves does)")
    if seeds is None:
        # repeated label counts without seeds: the k-th occurrence is replicate k
        order = np.argsort(n_arr, kind="stable")
        rep = np.empty(n_arr.size, dtype=int)
        _, first, counts = np.unique(n_arr[order], return_index=True, return_counts=True)
        for f, c in zip(first, counts):
            rep[order[f : f + c]] = np.arange(c)
        s_arr = rep
    else:
        s_arr = np.asarray(seeds).ravel()
        if s_arr.shape != n_arr.shape:
            raise ValueError(f"seeds has {s_arr.size} entries for {n_arr.size} points: give one seed per point")
    un = np.unique(n_arr)
    if un.size < 3:
        raise ValueError(f"need at least 3 distinct label counts to fit a curve, got {un.size}: measure more rounds")
    _, s_idx = np.unique(s_arr, return_inverse=True)
    n_idx = np.searchsorted(un, n_arr)
    S = int(s_idx.max()) + 1
    total = np.zeros((S, un.size))
    count = np.zeros((S, un.size))
    np.add.at(total, (s_idx, n_idx), a_arr)
    np.add.at(count, (s_idx, n_idx), 1.0)
    Y = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return _matrix_data(un, Y)


def _matrix_data(n: np.ndarray, Y: np.ndarray) -> _Data:
    """:class:`_Data` from distinct ascending counts ``n`` (m,) and accuracy by run ``Y`` (S, m), NaN where missing."""
    S = Y.shape[0]
    k = np.sum(np.isfinite(Y), axis=0)
    y = np.nanmean(Y, axis=0)  # every anchor has at least one run: k >= 1
    if S >= 2 and np.any(k >= 2):
        sd = _spread(Y, k)
        typical = np.nanmedian(np.where(k >= 2, sd, np.nan))
        floor = max(0.25 * typical, 1e-3) if np.isfinite(typical) and typical > 0 else 1e-3
        sd = np.where((k >= 2) & np.isfinite(sd), np.maximum(sd, floor), max(typical, floor) if np.isfinite(typical) else floor)
        sigma = sd / np.sqrt(np.maximum(k, 1))
    else:
        sigma = np.full(n.size, 1.0)
    return _Data(n=n, y=y, sigma=sigma, Y=Y)


def _fit_all(n, y, sigma, n_check_max) -> dict[str, np.ndarray]:
    """Fit every family that the number of anchors allows; drop bad extrapolations."""
    scale = n[-1]
    x = n / scale
    grid_n = np.geomspace(n[0], n_check_max, 200)
    grid_x = grid_n / scale
    out: dict[str, np.ndarray] = {}
    for fam in FAMILIES.values():
        if fam.n_params > n.size:
            continue
        fitted = _fit_family(fam, x, n, y, sigma)
        if fitted is None:
            continue
        theta = fitted[0]
        if not _monotone_ok(_eval(fam, grid_x, grid_n, theta))[0]:
            continue
        out[fam.name] = theta
    return out


def _predict_family(name: str, theta, n: np.ndarray, scale: float, last: float) -> np.ndarray:
    if name == LAST:
        rows = 1 if theta is None else np.atleast_2d(theta).shape[0]
        return np.full((rows, n.size), last)
    return _eval(FAMILIES[name], n / scale, n, theta)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p) - np.log1p(-p)


def _expit(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _backtest(d: _Data, horizon_n: float) -> tuple[dict[str, float], list[tuple[np.ndarray, np.ndarray, dict]]]:
    """Out-of-sample score (mean squared tail error) of each family.

    Returns the scores and, per origin, (tail log-ratios, tail accuracies,
    tail predictions by family) for calibrating the extrapolation error.
    """
    m = d.n.size
    origins = sorted({max(3, math.ceil(m / 2)), max(3, math.ceil(3 * m / 4))} - {m})
    origins = [k for k in origins if k < m]
    sq: dict[str, list[float]] = {}
    details = []
    for k in origins:
        n_p, y_p, s_p = d.n[:k], d.y[:k], d.sigma[:k]
        fits = _fit_all(n_p, y_p, s_p, horizon_n)
        n_t, y_t = d.n[k:], d.y[k:]
        preds = {name: _predict_family(name, th, n_t, n_p[-1], y_p[-1])[0] for name, th in fits.items()}
        preds[LAST] = np.full(n_t.size, y_p[-1])
        for name, pr in preds.items():
            sq.setdefault(name, []).append(float(np.mean((np.clip(pr, 0, 1) - y_t) ** 2)))
        details.append((np.log(n_t / n_p[-1]), y_t, preds))
    scores = {name: float(np.mean(v)) for name, v in sq.items() if len(v) == len(origins)}
    return scores, details


#: Prior weight of each family. Power laws extrapolate learning curves best in
#: the literature (Viering & Loog 2022; LCDB, Mohr et al. 2022) and on our
#: simulated curves; saturating families (exp3, wbl4) and the last value tend
#: to plateau too early. The backtest moves weight away from the prior.
PRIOR = {"pow3": 0.40, "pow4": 0.20, "mmf4": 0.15, "ilog2": 0.10, "wbl4": 0.05,
         "exp3": 0.04, "vap3": 0.03, LAST: 0.03}
#: How sharply the backtest overrides the prior: weight ~ prior * exp(-T * excess),
#: excess = (tail MSE - best tail MSE) / best tail MSE.
_SKILL_TEMPERATURE = 0.5


def _weights(scores: dict[str, float], available: set[str], m: int) -> dict[str, float]:
    """Ensemble weights: the family prior times the out-of-sample skill."""
    usable = {k: v for k, v in scores.items() if (k in available or k == LAST) and k in PRIOR}
    if not usable:
        # no backtest possible (3 anchors): the prior over the fitted families
        names = [k for k in PRIOR if k in available] or [LAST]
        raw = {k: PRIOR[k] for k in names}
    else:
        best = min(usable.values())
        floor = max(best, 1e-10)
        raw = {k: PRIOR[k] * math.exp(-_SKILL_TEMPERATURE * (v - best) / floor) for k, v in usable.items()}
    top = max(raw.values())
    raw = {k: v for k, v in raw.items() if v > 1e-2 * top}
    total = sum(raw.values())
    return {k: w / total for k, w in sorted(raw.items(), key=lambda kv: -kv[1])}


def _extrapolation_error(details, weights: dict[str, float]) -> tuple[float, float]:
    """(scale, drift) of the logit error per unit of log(n / n_max), from the backtest.

    ``scale`` is the root-mean-square error slope, shrunk to a prior;
    ``drift`` the mean signed slope (truth minus forecast), shrunk to 0 and
    kept >= 0 (the ensemble's families plateau too early far more often than
    too late).
    """
    errors, ratios = [], []
    for logr, y_t, preds in details:
        names = [k for k in weights if k in preds]
        if not names:
            continue
        wsum = sum(weights[k] for k in names)
        ens = sum(weights[k] * np.clip(preds[k], 0, 1) for k in names) / wsum
        errors.append(_logit(y_t) - _logit(ens))  # truth minus forecast
        ratios.append(logr)
    nu = len(errors)
    if nu == 0:
        return _EXTRAP_PRIOR, 0.0
    e, r = np.concatenate(errors), np.concatenate(ratios)
    den = float(np.sum(r * r))
    if den <= 0:
        return _EXTRAP_PRIOR, 0.0
    # only an upward correction: it keeps every forecast non-decreasing in n
    drift = max(0.0, _DRIFT * float(np.sum(e * r)) / den * nu / (nu + _EXTRAP_PRIOR_WEIGHT))
    resid = e - drift * r
    prior = _EXTRAP_PRIOR**2 * _EXTRAP_PRIOR_WEIGHT
    scale = _SCALE_FACTOR * math.sqrt((prior + nu * float(np.sum(resid * resid)) / den) / (_EXTRAP_PRIOR_WEIGHT + nu))
    return scale, drift


# ------------------------------------------------------------ fitted curve


class FittedCurve:
    """A fitted learning curve with bootstrap uncertainty.

    Built by :func:`fit_curve`; every method is deterministic for a given
    ``fit_curve(..., seed=...)``.

    Attributes
    ----------
    families : dict[str, float]
        Family name -> ensemble weight (nonzero weights only, summing to 1).
    params : dict[str, ndarray]
        Family name -> fitted parameters on the full data.
    n_max, n_min : float
        Largest and smallest measured label counts.
    asymptote : float
        The accuracy the point forecast levels off at (its value at the
        forecast horizon, ``HORIZON * n_max``).
    extrapolation_scale : float
        Logit error per unit of ``log(n / n_max)`` used to widen intervals
        beyond the data (calibrated on the backtest).
    n_bootstrap : int
    """

    def __init__(self, *, families, params, n_max, n_min, last_value, boot_family, boot_params,
                 boot_last, extrap_z, extrapolation_scale, anchors, mean_accuracy, drift=0.0):
        self.families: dict[str, float] = dict(families)
        self.params: dict[str, np.ndarray] = {k: np.asarray(v) for k, v in params.items()}
        self.n_max = float(n_max)
        self.n_min = float(n_min)
        self.horizon = float(n_max * HORIZON)
        self.extrapolation_scale = float(extrapolation_scale)
        self.drift = float(drift)
        self.anchors = np.asarray(anchors, dtype=float)
        self.mean_accuracy = np.asarray(mean_accuracy, dtype=float)
        self._last = float(last_value)
        self._boot_family = list(boot_family)       # family name of each replicate group
        self._boot_params = boot_params             # list of (B_f, p) arrays
        self._boot_last = np.asarray(boot_last)     # (B,) last-value replicate
        self._z = np.asarray(extrap_z)              # (B,) extrapolation draws
        self.n_bootstrap = int(self._z.size)
        self._grid = np.geomspace(1.0, self.horizon, _GRID_POINTS)
        self._grid_samples: np.ndarray | None = None
        self.asymptote = float(self.predict(np.array([self.horizon]))[0])

    # -- point forecast
    def predict(self, n) -> np.ndarray:
        """Point forecast of accuracy at label counts ``n`` (array-like), in [0, 1]."""
        n = self._as_n(n)
        out = np.zeros(n.size)
        for name, w in self.families.items():
            theta = self.params.get(name)
            out += w * np.clip(_predict_family(name, theta, n, self.n_max, self._last)[0], 0.0, 1.0)
        out = np.clip(out, 0.0, 1.0)
        if self.drift:
            out = np.where((out > 0) & (out < 1), _expit(_logit(out) + self.drift * self._drift_ratio(n)), out)
        return out

    def _drift_ratio(self, n: np.ndarray) -> np.ndarray:
        return np.log(np.clip(n, self.n_max, self.n_max * _DRIFT_MAX_RATIO) / self.n_max)

    # -- samples
    def sample_predictions(self, n) -> np.ndarray:
        """Bootstrap draws of the accuracy curve at ``n``: shape (n_bootstrap, len(n)), in [0, 1]."""
        n = self._as_n(n)
        rows = []
        start = 0
        for name, theta in zip(self._boot_family, self._boot_params):
            if name == LAST:
                b = theta.shape[0]
                rows.append(np.repeat(self._boot_last[start : start + b, None], n.size, axis=1))
            else:
                rows.append(np.clip(_predict_family(name, theta, n, self.n_max, self._last), 0.0, 1.0))
            start += theta.shape[0]
        base = np.vstack(rows)
        ratio = np.log(np.clip(n, self.n_max, self.horizon) / self.n_max)
        noise = self.extrapolation_scale * self._z[:, None] * ratio[None, :] + self.drift * self._drift_ratio(n)[None, :]
        out = _expit(_logit(base) + noise)
        # keep exact 0 / 1 plateaus where the fit put them
        out = np.where(base >= 1.0, np.maximum(out, base), out)
        return np.clip(out, 0.0, 1.0)

    def interval(self, n, level: float = 0.8) -> tuple[np.ndarray, np.ndarray]:
        """Central predictive interval of the accuracy curve at ``n``.

        Returns ``(low, high)``, arrays of shape (len(n),) in [0, 1].
        """
        level = _check_level(level)
        s = self.sample_predictions(n)
        lo, hi = np.quantile(s, [(1 - level) / 2, (1 + level) / 2], axis=0)
        return np.clip(lo, 0.0, 1.0), np.clip(hi, 0.0, 1.0)

    # -- labels to a target
    def labels_samples(self, target: float) -> np.ndarray:
        """Labels needed to reach ``target`` in each bootstrap draw, shape (n_bootstrap,).

        ``inf`` where the draw never reaches the target within the horizon.
        """
        target = _check_target(target)
        if self._grid_samples is None:
            self._grid_samples = np.maximum.accumulate(self.sample_predictions(self._grid), axis=1)
        return _first_crossing(self._grid, self._grid_samples, target)

    def labels_for(self, target: float, level: float | None = None) -> float:
        """Labels needed to reach ``target``; ``inf`` if unreachable.

        ``level=None`` inverts the point forecast. ``level=q`` gives the
        q-quantile of :meth:`labels_samples`: a budget that reaches the target
        with probability ``q`` (``inf`` if more than ``1 - q`` of the draws
        never reach it).
        """
        target = _check_target(target)
        if level is None:
            curve = np.maximum.accumulate(self.predict(self._grid))
            return float(_first_crossing(self._grid, curve[None, :], target)[0])
        level = _check_level(level)
        samples = np.sort(self.labels_samples(target))
        idx = min(samples.size - 1, max(0, math.ceil(level * samples.size) - 1))
        return float(samples[idx])

    def p_unreachable(self, target: float) -> float:
        """Probability that the curve plateaus below ``target`` (within the horizon)."""
        return float(np.mean(np.isinf(self.labels_samples(target))))

    def to_dict(self) -> dict:
        """A JSON-ready summary of the fit (families, weights, asymptote)."""
        return {
            "families": {k: round(v, 4) for k, v in self.families.items()},
            "asymptote": round(self.asymptote, 6),
            "n_min": self.n_min,
            "n_max": self.n_max,
            "n_bootstrap": self.n_bootstrap,
            "extrapolation_scale": round(self.extrapolation_scale, 4),
        }

    def __repr__(self) -> str:
        fams = ", ".join(f"{k}={v:.2f}" for k, v in self.families.items())
        return f"FittedCurve(families={{{fams}}}, asymptote={self.asymptote:.4f}, n_max={self.n_max:g})"

    @staticmethod
    def _as_n(n) -> np.ndarray:
        arr = np.atleast_1d(np.asarray(n, dtype=float)).ravel()
        if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
            raise ValueError("label counts to predict at must be finite and positive")
        return arr


def _check_target(target) -> float:
    try:
        t = float(target)
    except (TypeError, ValueError):
        raise ValueError(f"target must be a number in (0, 1), got {target!r}") from None
    if not 0.0 < t < 1.0:
        raise ValueError(f"target must be an accuracy in (0, 1), got {target!r}: e.g. --target 0.95 for 95%")
    return t


def _check_level(level) -> float:
    try:
        q = float(level)
    except (TypeError, ValueError):
        raise ValueError(f"level must be a number in (0, 1), got {level!r}") from None
    if not 0.0 < q < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level!r}: e.g. 0.8 for an 80% interval")
    return q


def _first_crossing(grid: np.ndarray, curves: np.ndarray, target: float) -> np.ndarray:
    """First n on ``grid`` where each non-decreasing row of ``curves`` reaches target.

    Linear interpolation in log n between grid points; ``inf`` if never.
    """
    reached = curves >= target
    any_hit = reached.any(axis=1)
    j = np.argmax(reached, axis=1)
    out = np.full(curves.shape[0], np.inf)
    rows = np.nonzero(any_hit)[0]
    if rows.size:
        jj = j[rows]
        at_start = jj == 0
        res = np.empty(rows.size)
        res[at_start] = grid[0]
        r2, j2 = rows[~at_start], jj[~at_start]
        if r2.size:
            y0, y1 = curves[r2, j2 - 1], curves[r2, j2]
            frac = np.where(y1 > y0, (target - y0) / np.where(y1 > y0, y1 - y0, 1.0), 1.0)
            lg = np.log(grid[j2 - 1]) + np.clip(frac, 0, 1) * (np.log(grid[j2]) - np.log(grid[j2 - 1]))
            res[~at_start] = np.exp(lg)
        out[rows] = res
    return out


# -------------------------------------------------------------- public API


def fit_curve(n_labels, accuracy, *, seeds=None, n_bootstrap: int = 200, seed: int = 0) -> FittedCurve:
    """Fit a learning curve and its bootstrap uncertainty.

    Parameters
    ----------
    n_labels : array-like of shape (n_points,)
        Label counts (>= 1). Repeated counts (several seeds) are allowed.
    accuracy : array-like of shape (n_points,)
        Accuracy at each count, as a fraction in [0, 1].
    seeds : array-like of shape (n_points,), optional
        Run id of each point; the bootstrap resamples runs. Without it,
        repeated counts are taken as replicates in order of appearance, and
        a single run is bootstrapped over its points.
    n_bootstrap : int
        Bootstrap replicates (>= 1).
    seed : int
        Seed of the bootstrap: the same inputs and seed give the same output.

    Returns
    -------
    FittedCurve

    Raises
    ------
    ValueError
        Fewer than 3 distinct label counts, non-finite values, counts below 1,
        accuracy outside [0, 1], or no family could be fitted.
    """
    if isinstance(n_bootstrap, bool) or not isinstance(n_bootstrap, (int, np.integer)) or n_bootstrap < 1:
        raise ValueError(f"n_bootstrap must be a whole number >= 1, got {n_bootstrap!r}")
    d = _prepare(n_labels, accuracy, seeds)
    rng = np.random.default_rng(np.random.SeedSequence(int(seed)))
    horizon_n = d.n[-1] * HORIZON
    fits = _fit_all(d.n, d.y, d.sigma, horizon_n)
    scores, details = _backtest(d, horizon_n)
    weights = _weights(scores, set(fits), d.n.size)
    weights = {k: w for k, w in weights.items() if k == LAST or k in fits}
    if not weights:
        weights = {LAST: 1.0}
    total = sum(weights.values())
    weights = {k: w / total for k, w in weights.items()}
    scale, drift = _extrapolation_error(details, weights)

    # bootstrap targets and weights: over runs, or over anchors with one run
    B = int(n_bootstrap)
    S, m = d.Y.shape
    base_w = 1.0 / d.sigma**2
    if S >= 2:
        idx = rng.integers(0, S, size=(B, S))
        Ys = d.Y[idx]                                     # (B, S, m)
        # mean over the drawn runs that measured each anchor; a draw of runs
        # that all miss an anchor takes the mean over every run there
        present = np.isfinite(Ys)
        drawn = present.sum(axis=1)                       # (B, m)
        total = np.where(present, Ys, 0.0).sum(axis=1)
        Yb = np.where(drawn > 0, total / np.maximum(drawn, 1), d.y[None, :])
        Wb = np.repeat(base_w[None, :], B, axis=0)
    else:
        idx = rng.integers(0, m, size=(B, m))
        counts = np.zeros((B, m))
        np.add.at(counts, (np.repeat(np.arange(B), m), idx.ravel()), 1.0)
        Yb = np.repeat(d.y[None, :], B, axis=0)
        Wb = counts * base_w[None, :]
    boot_last = Yb[:, -1].copy()
    if S < 2:
        boot_last = np.full(B, d.y[-1])

    # replicates per family in proportion to weight (largest remainder)
    names = list(weights)
    raw = np.array([weights[k] for k in names]) * B
    alloc = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - alloc))[: B - alloc.sum()]:
        alloc[i] += 1
    order = rng.permutation(B)  # which bootstrap datasets go to which family
    x = d.n / d.n[-1]
    grid_n = np.geomspace(d.n[0], horizon_n, 120)
    boot_family, boot_params, last_rows = [], [], []
    start = 0
    for name, b in zip(names, alloc):
        if b == 0:
            continue
        rows = order[start : start + b]
        start += b
        if name == LAST:
            theta = np.zeros((b, 0))
        else:
            fam = FAMILIES[name]
            theta0 = np.repeat(fits[name][None, :], b, axis=0)
            theta = _batched_lm(fam, x, d.n, Yb[rows], Wb[rows], theta0)
            ok = _monotone_ok(_eval(fam, grid_n / d.n[-1], grid_n, theta))
            theta[~ok] = fits[name]
        boot_family.append(name)
        boot_params.append(theta)
        last_rows.append(boot_last[rows])
    z = rng.standard_normal(B)
    return FittedCurve(
        families=weights, params={k: fits[k] for k in weights if k != LAST}, n_max=d.n[-1], n_min=d.n[0],
        last_value=d.y[-1], boot_family=boot_family, boot_params=boot_params,
        boot_last=np.concatenate(last_rows), extrap_z=z, extrapolation_scale=scale, drift=drift,
        anchors=d.n, mean_accuracy=d.y,
    )
