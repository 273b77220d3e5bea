"""How far a curve's measurements let it rise: its ceiling, whether it is flat, and where it dips.

Read from the measured points alone (never from a fit):

* **noise** ``s``: the standard error of the mean score at one count near the end: the spread between runs
  (standard error of their mean), at least the binomial error of the test split where its size is known
  (``sqrt(p (1 - p) / n_test)``, over the runs' count), else a single run's scatter
  (:attr:`planner.forecast.regime.Regime.point_se`).
* **the end line**: least squares of the mean score on ``log2`` labels over the last two doublings (at least three
  counts), read at the largest count (``level``), its gain per doubling (``gain``) and that gain's standard error.
* **plateau**: the gain is within its noise (``gain <= PLATEAU_SE gain_se``, :data:`PLATEAU_SE`); ``flat_since`` is the first count from which
  every later mean lies within ``2 s`` of the level.
* **ceiling**, at most 1 (the metric's bound): on a plateau ``level + max(gain, 0)`` (one more doubling's measured
  gain: a flat curve's gain per doubling shrinks as it grows); otherwise ``level + D max(gain + z gain_se, 0)``,
  what the upper bound of the measured gain (:data:`CEILING_Z`) adds over the ``D`` doublings from the largest
  count to the extrapolation limit (:data:`planner.forecast.limits.EXTRAPOLATION_LIMIT`).
* **dips**: consecutive counts whose mean falls by more than :data:`DIP_SE` standard errors of the difference.

:class:`planner.forecast.draws.StrategyDraws` cuts every draw's tail at ``max(ceiling, its own score at the
extrapolation limit)``: up to the limit every forecast is the fitted, calibrated one (the evaluation corpora hold
truths of curves read flat rising past any cut at their measured noise within the limit: ``benchmarks/RESULTS.md``),
and past it, where no answer quotes a count, a draw promises no more than its measurements or its own tail at the
limit support. A curve with a dip spreads :data:`DIP_WIDEN` times wider beyond its measurements.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.forecast.limits import EXTRAPOLATION_LIMIT
from planner.forecast.regime import curve_regime

__all__ = ["CEILING_Z", "DIP_SE", "DIP_WIDEN", "PLATEAU_SE", "Ceiling", "Dip", "curve_ceiling"]

#: Standard errors above a rising curve's measured gain per doubling of its upper bound (the 80% range's upper end).
CEILING_Z = 1.28
#: A curve whose gain per doubling is within this many standard errors of zero is flat (a plateau).
PLATEAU_SE = 2.0
#: A fall between consecutive counts beyond this many standard errors of the difference is a dip.
DIP_SE = 2.0
#: A curve with a dip has its draws spread this many times wider about their median at the extrapolation limit.
DIP_WIDEN = 1.5
#: Doublings of the labels the end line is fitted over.
_END_DOUBLINGS = 2.0


@dataclass(frozen=True)
class Dip:
    """A fall of the measured mean between consecutive counts: ``before`` -> ``at`` labels, ``high`` -> ``low``."""

    before: float
    at: float
    high: float
    low: float


@dataclass(frozen=True)
class Ceiling:
    """What a curve's measurements let it reach (see the module docstring).

    Attributes
    ----------
    value : float
        The ceiling: no draw's tail rises above ``max(value, its own score at the extrapolation limit)``.
    level : float
        The end line's score at the largest count.
    gain, gain_se : float
        The end line's gain per doubling of the labels and its standard error.
    noise : float
        Standard error of the mean score at one count near the end.
    plateau : bool
        The gain is within its noise (at most :data:`PLATEAU_SE` standard errors).
    flat_since : float
        The first count from which every later mean lies within two noise errors of ``level``
        (NaN unless ``plateau``).
    dips : tuple of Dip
        Falls beyond :data:`DIP_SE` standard errors, in order.
    """

    value: float
    level: float
    gain: float
    gain_se: float
    noise: float
    plateau: bool
    flat_since: float = math.nan
    dips: tuple[Dip, ...] = ()


def _binomial_se(y: np.ndarray, test_size) -> np.ndarray:
    """Binomial standard error of a score ``y`` measured on ``test_size`` examples (0 where unknown)."""
    n = np.broadcast_to(np.asarray(np.nan if test_size is None else test_size, dtype=float), y.shape)
    known = np.isfinite(n) & (n >= 1)
    m = np.where(known, n, 1.0)
    p = np.clip(y, 0.5 / m, 1 - 0.5 / m)
    return np.where(known, np.sqrt(p * (1 - p) / m), 0.0)


def curve_ceiling(n, Y, test_size=None, *, z: float = CEILING_Z) -> Ceiling:
    """The :class:`Ceiling` of a measured curve.

    Parameters
    ----------
    n : array-like of shape (m,)
        Measured label counts, ascending (at least 3).
    Y : array-like of shape (S, m)
        Score of each run at each count (NaN where not measured).
    test_size : array-like of shape (m,), optional
        Examples in the test split behind each count (NaN: unknown).
    z : float
        Standard errors of a rising curve's gain's upper bound.

    Returns
    -------
    Ceiling
    """
    n = np.asarray(n, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    if n.ndim != 1 or Y.shape[1] != n.size or n.size < 3:
        raise ValueError("curve_ceiling needs n of shape (m,), m >= 3, and Y of shape (S, m)")
    y = np.nanmean(Y, axis=0)
    k = np.sum(np.isfinite(Y), axis=0)
    sd = np.full(n.size, np.nan)
    many = k >= 2
    if np.any(many):
        sd[many] = np.nanstd(Y[:, many], axis=0, ddof=1)
    se_each = np.where(many, sd / np.sqrt(np.maximum(k, 1)), np.nan)
    se_each = np.fmax(se_each, _binomial_se(y, test_size) / np.sqrt(np.maximum(k, 1)))
    lg = np.log2(n)
    end = lg >= lg[-1] - _END_DOUBLINGS
    if end.sum() < 3:
        end = np.zeros(n.size, dtype=bool)
        end[-3:] = True
    known = se_each[end][np.isfinite(se_each[end]) & (se_each[end] > 0)]
    if known.size:
        noise = float(np.median(known))
    else:   # one run, no test size: its scatter
        noise = float(curve_regime(n, Y).point_se)
    noise = max(noise, 1e-6)
    se_each = np.where(np.isfinite(se_each) & (se_each > 0), se_each, noise)
    x, v = lg[end] - lg[-1], y[end]
    xm = x.mean()
    sxx = float(np.sum((x - xm) ** 2))
    gain = float(np.sum((x - xm) * (v - v.mean())) / sxx)
    level = float(v.mean() - gain * xm)
    gain_se = noise / math.sqrt(sxx)
    plateau = gain <= PLATEAU_SE * gain_se
    # a flat curve rises at most one more doubling's measured gain; a rising one what its gain's upper bound adds
    # over the doublings to the extrapolation limit
    rise = max(gain, 0.0) if plateau else math.log2(EXTRAPOLATION_LIMIT) * max(gain + z * gain_se, 0.0)
    value = float(min(1.0, level + rise))
    flat_since = math.nan
    if plateau:
        i = n.size - 1
        while i > 0 and abs(y[i - 1] - level) <= 2.0 * math.sqrt(2.0) * noise:
            i -= 1
        flat_since = float(n[i])
    diff_se = np.sqrt(se_each[:-1] ** 2 + se_each[1:] ** 2)
    falls = np.nonzero(np.diff(y) < -DIP_SE * diff_se)[0]
    dips = tuple(Dip(before=float(n[i]), at=float(n[i + 1]), high=float(y[i]), low=float(y[i + 1])) for i in falls)
    return Ceiling(value=value, level=level, gain=gain, gain_se=gain_se, noise=noise, plateau=bool(plateau),
                   flat_since=flat_since, dips=dips)
