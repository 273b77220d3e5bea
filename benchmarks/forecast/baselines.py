"""Plain parametric learning-curve forecasters: the simple baselines the shipped forecast is scored against.

Simple families of the LCDB paper (Mohr et al. 2022) fitted by least squares to the prefix alone (every run's points,
equally weighted), with nothing of alplan's tables, analogs or calibration; used as ``evaluate_curves.py
--forecaster NAME``:

* ``pow3``: ``y = a - b (n / n0)^-c`` (``n0`` the prefix's smallest count, a rescaling only), ``0 <= a <= 1``,
  ``-1 <= b <= 1``, ``0 <= c <= 4``; ``pow4``: ``y = a - b (n / n0 + d)^-c``, the same bounds and ``0 <= d <= 10``;
* ``mmf4`` (Morgan-Mercer-Flodin): ``y = (a b + c n^d) / (b + n^d)``, fitted as ``a + (c - a) / (1 + (m / n)^d)``
  with ``b = m^d`` (``m`` the count half-way from ``a`` to ``c``), ``0 <= a, c <= 1``, ``0.05 <= d <= 5``;
* ``last``: the last observation, ``y = a`` the prefix's mean at its largest count (draws: its runs resampled).

Draws: a residual bootstrap of the fit (:data:`N_BOOT` refits on the fitted curve plus resampled residuals, seeded).
Labels to a target: the first count on a log grid up to :data:`N_MAX` where a draw's curve reaches it (else ``inf``).
"""

from __future__ import annotations

import warnings

import numpy as np
from scipy.optimize import curve_fit

N_BOOT = 20
N_MAX = 1e8
GRID = 600
SEED = 0


def pow3_curve(n, a, b, c, n0=1.0):
    """``a - b (n / n0)^-c``."""
    return a - b * np.power(np.asarray(n, dtype=float) / n0, -c)


def mmf4_curve(n, a, c, logm, d):
    """``a + (c - a) / (1 + (m / n)^d)`` with ``m = exp(logm)``: MMF's ``(a b + c n^d) / (b + n^d)``, ``b = m^d``."""
    z = np.clip(d * (logm - np.log(np.asarray(n, dtype=float))), -50.0, 50.0)
    return a + (c - a) / (1.0 + np.exp(z))


class _Family:
    """One parametric family: the curve, its bounds, and starting points built from the data."""

    def __init__(self, name, curve, lower, upper, starts):
        self.name, self.curve, self.lower, self.upper, self.starts = name, curve, lower, upper, starts

    def fit(self, x, y, p0s=None):
        """Least squares from each start; the parameters of the least squared error."""
        best, best_sse = None, np.inf
        for p0 in (p0s if p0s is not None else self.starts(x, y)):
            p0 = np.clip(np.asarray(p0, dtype=float), self.lower(x) + 1e-9, self.upper(x) - 1e-9)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    p, _ = curve_fit(self.curve, x, y, p0=p0, bounds=(self.lower(x), self.upper(x)), maxfev=1000)
            except (RuntimeError, ValueError):
                continue
            sse = float(np.sum((self.curve(x, *p) - y) ** 2))
            if sse < best_sse:
                best, best_sse = p, sse
        if best is None:
            raise ValueError(f"{self.name}: no least-squares fit converged")
        return best


def _pow3_family(n0: float) -> _Family:
    def curve(n, a, b, c):
        return pow3_curve(n, a, b, c, n0)

    def starts(x, y):
        top = min(1.0, float(np.max(y)) + 0.02)
        return [(top, top - float(np.min(y)), 0.5), (min(1.0, top + 0.05), top - float(np.min(y)) + 0.05, 0.2),
                (top, 0.1, 1.0)]

    return _Family("pow3", curve, lambda x: np.array([0.0, -1.0, 0.0]), lambda x: np.array([1.0, 1.0, 4.0]), starts)


def _pow4_family(n0: float) -> _Family:
    return _Family("pow4", lambda n, a, b, c, d: a - b * np.power(np.asarray(n, dtype=float) / n0 + d, -c),
                   lambda x: np.array([0.0, -1.0, 0.0, 0.0]), lambda x: np.array([1.0, 1.0, 4.0, 10.0]),
                   lambda x, y: [(*p, d) for p in _pow3_family(n0).starts(x, y) for d in (0.0, 1.0)])


def _mmf4_family() -> _Family:
    def starts(x, y):
        lx = np.log(x)
        lo, hi = float(np.min(y)), float(np.max(y))
        return [(max(0.0, lo - 0.05), min(1.0, hi + 0.02), float(np.median(lx)), 1.0),
                (max(0.0, lo - 0.2), min(1.0, hi + 0.05), float(np.max(lx)), 0.5),
                (0.0, min(1.0, hi + 0.01), float(np.min(lx)), 2.0)]

    return _Family("mmf4", mmf4_curve,
                   lambda x: np.array([0.0, 0.0, np.log(x.min()) - 10.0, 0.05]),
                   lambda x: np.array([1.0, 1.0, np.log(x.max()) + 10.0, 5.0]), starts)


class FittedBaseline:
    """Draws of one family's fit: the harness's ``sample_predictions`` / ``labels_samples`` interface."""

    def __init__(self, family: _Family, params: np.ndarray, n_min: float):
        self.family = family
        self.params = np.atleast_2d(params)  # (B, p)
        self.n_min = float(n_min)
        self._grid = np.geomspace(self.n_min, N_MAX, GRID)
        self._grid_curves = None

    def sample_predictions(self, n) -> np.ndarray:
        n = np.asarray(n, dtype=float)
        return np.clip(np.stack([self.family.curve(n, *p) for p in self.params]), 0.0, 1.0)

    def labels_samples(self, target: float) -> np.ndarray:
        if self._grid_curves is None:
            self._grid_curves = self.sample_predictions(self._grid)
        hit = self._grid_curves >= float(target)
        first = np.argmax(hit, axis=1)
        return np.where(hit.any(axis=1), self._grid[first], np.inf)


def fit_baseline(family: _Family, n, Y, *, n_boot: int = N_BOOT, seed: int = SEED) -> FittedBaseline:
    """Fit ``family`` to every finite point of ``Y`` (S, m) at ``n`` (m,); draws by a residual bootstrap."""
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    n = np.asarray(n, dtype=float)
    nn = np.broadcast_to(n, Y.shape)
    ok = np.isfinite(Y)
    x, y = nn[ok], Y[ok]
    if np.unique(x).size < 3:
        raise ValueError(f"{family.name}: needs at least 3 label counts, got {np.unique(x).size}")
    p = family.fit(x, y)
    fitted = family.curve(x, *p)
    resid = y - fitted
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), 0xBA5E]))
    draws = []
    for _ in range(int(n_boot)):
        yb = fitted + rng.choice(resid, size=resid.size, replace=True)
        try:
            draws.append(family.fit(x, yb, p0s=[p]))
        except ValueError:
            draws.append(p)
    return FittedBaseline(family, np.vstack(draws) if draws else p[None, :], float(x.min()))


def pow3(n, Y, features=None) -> FittedBaseline:
    """The plain three-parameter power law ``a - b n^-c`` on the prefix (``evaluate_curves`` forecaster)."""
    n = np.asarray(n, dtype=float)
    return fit_baseline(_pow3_family(float(np.min(n))), n, Y)


def mmf4(n, Y, features=None) -> FittedBaseline:
    """The four-parameter MMF curve on the prefix (``evaluate_curves`` forecaster)."""
    return fit_baseline(_mmf4_family(), n, Y)


def pow4(n, Y, features=None) -> FittedBaseline:
    """The shifted four-parameter power law on the prefix (``evaluate_curves`` forecaster)."""
    return fit_baseline(_pow4_family(float(np.min(n))), np.asarray(n, dtype=float), Y)


def last(n, Y, features=None) -> FittedBaseline:
    """The last observation: the prefix's mean at its largest count, flat; draws resample its runs there."""
    end = np.atleast_2d(np.asarray(Y, dtype=float))[:, -1]
    end = end[np.isfinite(end)]
    rng = np.random.default_rng(np.random.SeedSequence([SEED, 0x1A57]))
    a = [float(np.mean(rng.choice(end, size=end.size))) for _ in range(N_BOOT)]
    return FittedBaseline(_Family("last", lambda n, a: np.full(np.shape(n), a, dtype=float), None, None, None),
                          np.array(a)[:, None], float(np.min(n)))
