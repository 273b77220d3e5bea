"""Learning-curve families and their fits: the parametric half of the forecast.

The families of the learning-curve literature (Domhan et al. 2015; Viering &
Loog 2022; LCDB, Mohr et al. 2022), each fitted on ``x = n / n_max`` by
bounded multi-start least squares (a batched Levenberg-Marquardt screen, the
best start polished by scipy's ``least_squares(method="trf")``), combined by
their out-of-sample skill (:func:`backtest`, :func:`ensemble_weights`), and
the measured points as a (runs x label counts) matrix (:func:`run_matrix`,
:func:`matrix_data`). :mod:`planner.forecast.curves` (one curve's forecast) and
:mod:`planner.forecast.draws` (the joint draws of a table) both build on it.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np

__all__ = [
    "FAMILIES", "Family", "LAST", "MAX_LABELS", "PRIOR", "CurveData", "backtest", "batched_lm", "ensemble_weights",
    "evaluate", "expit", "fit_all", "fit_family", "logit", "matrix_data", "predict_family", "prepare", "run_matrix",
]

MAX_LABELS = 1e12
_EPS = 1e-6  # accuracy is kept in [_EPS, 1 - _EPS] before taking logits


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


def evaluate(fam: Family, x: np.ndarray, n: np.ndarray, theta: np.ndarray) -> np.ndarray:
    theta = np.atleast_2d(theta)
    with np.errstate(all="ignore"):
        return fam.fn(x, n, theta)


# ---------------------------------------------------------------- fitting


def fit_family(fam: Family, x, n, y, sigma, *, polish: int = 1) -> tuple[np.ndarray, float] | None:
    """Multi-start bounded fit of one family; (params, cost) or None.

    All starts are first improved together by a batched Levenberg-Marquardt
    (cheap); the best ``polish`` of them are then refined by scipy's bounded
    trust-region least squares (``method="trf"``).
    """
    lb, ub = np.array(fam.lower), np.array(fam.upper)
    inner = lb + 1e-9 * (ub - lb), ub - 1e-9 * (ub - lb)
    starts = np.clip(np.array(fam.starts(x, y), dtype=float), *inner)
    w = 1.0 / sigma**2
    screened = batched_lm(fam, x, n, np.broadcast_to(y, (len(starts), y.size)),
                           np.broadcast_to(w, (len(starts), y.size)), starts, iters=10)
    with np.errstate(all="ignore"):
        costs = np.sum(w * (evaluate(fam, x, n, screened) - y) ** 2, axis=1)
    costs = np.where(np.isfinite(costs), costs, np.inf)

    def resid(theta):
        r = (evaluate(fam, x, n, theta)[0] - y) / sigma
        return np.where(np.isfinite(r), r, 1e6)

    if polish == 0:  # the batched screen alone (backtests: only their tail error matters)
        i = int(np.argmin(costs))
        return (screened[i], float(costs[i])) if np.isfinite(costs[i]) else None
    from scipy.optimize import least_squares  # lazy: start-up time (a fit read back needs none)

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


def batched_lm(fam: Family, x, n, Y, W, theta0, iters: int = 8) -> np.ndarray:
    """Projected Levenberg-Marquardt on a batch of problems at once.

    Minimises ``sum_i W[b, i] (f(x_i; theta_b) - Y[b, i])^2`` for every row b,
    warm-started at ``theta0`` (B, p), within the family's bounds.
    """
    lb, ub = np.array(fam.lower), np.array(fam.upper)
    theta = np.clip(theta0.copy(), lb, ub)
    B, p = theta.shape
    sw = np.sqrt(W)

    def residuals(th):
        r = sw * (evaluate(fam, x, n, th) - Y)
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
class CurveData:
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


def prepare(n_labels, accuracy, seeds) -> CurveData:
    n, Y, _ = run_matrix(n_labels, accuracy, seeds)
    return matrix_data(n, Y)


def run_matrix(n_labels, accuracy, seeds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validated points as (distinct counts (m,), accuracy by run (S, m) NaN where missing, run labels (S,)).

    Runs are the distinct ``seeds`` (sorted); without seeds, the k-th
    occurrence of a label count is run k. Raises one-line ``ValueError``.
    """
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
        raise ValueError("accuracy must be a fraction in [0, 1]: convert percent or error rates first (planner.forecast.io.read_curves does)")
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
    return un, Y, np.unique(s_arr)


def matrix_data(n: np.ndarray, Y: np.ndarray) -> CurveData:
    """:class:`CurveData` from distinct ascending counts ``n`` (m,) and accuracy by run ``Y`` (S, m), NaN where missing."""
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
    return CurveData(n=n, y=y, sigma=sigma, Y=Y)


def fit_all(n, y, sigma, n_check_max, *, polish: int = 1) -> dict[str, np.ndarray]:
    """Fit every family that the number of anchors allows; drop bad extrapolations."""
    scale = n[-1]
    x = n / scale
    grid_n = np.geomspace(n[0], n_check_max, 200)
    grid_x = grid_n / scale
    out: dict[str, np.ndarray] = {}
    for fam in FAMILIES.values():
        if fam.n_params > n.size:
            continue
        fitted = fit_family(fam, x, n, y, sigma, polish=polish)
        if fitted is None:
            continue
        theta = fitted[0]
        if not _monotone_ok(evaluate(fam, grid_x, grid_n, theta))[0]:
            continue
        out[fam.name] = theta
    return out


def predict_family(name: str, theta, n: np.ndarray, scale: float, last: float) -> np.ndarray:
    if name == LAST:
        rows = 1 if theta is None else np.atleast_2d(theta).shape[0]
        return np.full((rows, n.size), last)
    return evaluate(FAMILIES[name], n / scale, n, theta)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p) - np.log1p(-p)


def expit(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def backtest(d: CurveData, horizon_n: float) -> dict[str, float]:
    """Out-of-sample score of each family: its mean squared error on the held-out tail anchors."""
    m = d.n.size
    origins = sorted({max(3, math.ceil(m / 2)), max(3, math.ceil(3 * m / 4))} - {m})
    origins = [k for k in origins if k < m]
    sq: dict[str, list[float]] = {}
    for k in origins:
        n_p, y_p, s_p = d.n[:k], d.y[:k], d.sigma[:k]
        fits = fit_all(n_p, y_p, s_p, horizon_n, polish=0)
        n_t, y_t = d.n[k:], d.y[k:]
        preds = {name: predict_family(name, th, n_t, n_p[-1], y_p[-1])[0] for name, th in fits.items()}
        preds[LAST] = np.full(n_t.size, y_p[-1])
        for name, pr in preds.items():
            sq.setdefault(name, []).append(float(np.mean((np.clip(pr, 0, 1) - y_t) ** 2)))
    return {name: float(np.mean(v)) for name, v in sq.items() if len(v) == len(origins)}


#: Prior weight of each family. Power laws extrapolate learning curves best in
#: the literature (Viering & Loog 2022; LCDB, Mohr et al. 2022) and on our
#: simulated curves; saturating families (exp3, wbl4) and the last value tend
#: to plateau too early. The backtest moves weight away from the prior.
PRIOR = {"pow3": 0.40, "pow4": 0.20, "mmf4": 0.15, "ilog2": 0.10, "wbl4": 0.05,
         "exp3": 0.04, "vap3": 0.03, LAST: 0.03}
#: How sharply the backtest overrides the prior: weight ~ prior * exp(-T * excess),
#: excess = (tail MSE - best tail MSE) / best tail MSE.
_SKILL_TEMPERATURE = 0.5


def ensemble_weights(scores: dict[str, float], available: set[str], m: int) -> dict[str, float]:
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
