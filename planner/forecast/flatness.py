"""What a curve's measurements show at its top: whether it is flat within its noise, since when, and where it dips.

Read from the measured points alone (never from a fit), for the words of an answer; the draws are not changed by it:

* **noise** ``s``: the standard error of the mean score at one count near the end: the spread between runs
  (standard error of their mean), at least the binomial error of the test split where its size is known
  (``sqrt(p (1 - p) / n_test)``, over the runs' count), else a single run's scatter
  (:attr:`planner.forecast.regime.Regime.point_se`).
* **the end line**: least squares of the mean score on ``log2`` labels over the last two doublings (at least three
  counts), read at the largest count (``level``), its gain per doubling (``gain``) and that gain's standard error.
* **flat**: the gain is within its noise (``gain <= FLAT_SE gain_se``, :data:`FLAT_SE`); ``flat_since`` is the first
  count from which every later mean lies within two standard errors of a difference (``2 sqrt(2) s``) of the level.
* **dips**: consecutive counts whose mean falls by more than :data:`DIP_SE` standard errors of the difference.

A flat reading is not a ceiling: on the evaluation corpora's selection parts, curves read flat went on rising past
any cut at their measured level within 16x (``benchmarks/forecast/ceiling_designs.md``, ``benchmarks/RESULTS.md``),
so the forecast keeps its own tail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.forecast.regime import curve_regime

__all__ = ["DIP_SE", "FLAT_SE", "Dip", "Flatness", "binomial_se", "curve_flatness"]

#: A curve whose gain per doubling is within this many standard errors of zero is flat.
FLAT_SE = 2.0
#: A fall between consecutive counts beyond this many standard errors of the difference is a dip.
DIP_SE = 2.0
#: Doublings of the labels the end line is fitted over.
_END_DOUBLINGS = 2.0


def curve_arrays(n, Y, who: str) -> tuple[np.ndarray, np.ndarray]:
    """``n`` (m,) and ``Y`` (S, m) as float arrays, checked: at least 3 counts, one column per count."""
    n = np.asarray(n, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    if n.ndim != 1 or Y.shape[1] != n.size or n.size < 3:
        raise ValueError(f"{who} needs n of shape (m,), m >= 3, and Y of shape (S, m)")
    return n, Y


@dataclass(frozen=True)
class Dip:
    """A fall of the measured mean between consecutive counts: ``before`` -> ``at`` labels, ``high`` -> ``low``."""

    before: float
    at: float
    high: float
    low: float


@dataclass(frozen=True)
class Flatness:
    """What a curve's measurements show at its top (see the module docstring).

    Attributes
    ----------
    level : float
        The end line's score at the largest count.
    gain, gain_se : float
        The end line's gain per doubling of the labels and its standard error.
    noise : float
        Standard error of the mean score at one count near the end.
    flat : bool
        The gain is within :data:`FLAT_SE` standard errors of zero.
    flat_since : float
        The first count from which every later mean lies within two standard errors of ``level`` (NaN unless
        ``flat``).
    dips : tuple of Dip
        Falls beyond :data:`DIP_SE` standard errors, in order.
    """

    level: float
    gain: float
    gain_se: float
    noise: float
    flat: bool
    flat_since: float = math.nan
    dips: tuple[Dip, ...] = ()


def binomial_se(y, test_size, *, logit: bool = False) -> np.ndarray:
    """The binomial standard error of a score ``y`` measured on ``test_size`` examples (None or NaN: unknown, 0),
    on the score's scale (``sqrt(p (1 - p) / n)``) or, with ``logit``, in logits (``1 / sqrt(n p (1 - p))``); ``p``
    is kept half an example inside (0, 1), so a perfect score still has its noise."""
    y = np.asarray(y, dtype=float)
    n = np.broadcast_to(np.asarray(np.nan if test_size is None else test_size, dtype=float), y.shape)
    known = np.isfinite(n) & (n >= 1)
    m = np.where(known, n, 1.0)
    p = np.clip(y, 0.5 / m, 1 - 0.5 / m)
    return np.where(known, 1.0 / np.sqrt(m * p * (1 - p)) if logit else np.sqrt(p * (1 - p) / m), 0.0)


def curve_flatness(n, Y, test_size=None) -> Flatness:
    """The :class:`Flatness` of a measured curve.

    Parameters
    ----------
    n : array-like of shape (m,)
        Measured label counts, ascending (at least 3).
    Y : array-like of shape (S, m)
        Score of each run at each count (NaN where not measured).
    test_size : array-like of shape (m,), optional
        Examples in the test split behind each count (NaN: unknown).

    Returns
    -------
    Flatness
    """
    n, Y = curve_arrays(n, Y, "curve_flatness")
    y = np.nanmean(Y, axis=0)
    k = np.sum(np.isfinite(Y), axis=0)
    sd = np.full(n.size, np.nan)
    many = k >= 2
    if np.any(many):
        sd[many] = np.nanstd(Y[:, many], axis=0, ddof=1)
    se_each = np.where(many, sd / np.sqrt(np.maximum(k, 1)), np.nan)
    se_each = np.fmax(se_each, binomial_se(y, test_size) / np.sqrt(np.maximum(k, 1)))
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
    flat = gain <= FLAT_SE * gain_se
    flat_since = math.nan
    if flat:
        i = n.size - 1
        while i > 0 and abs(y[i - 1] - level) <= 2.0 * math.sqrt(2.0) * noise:
            i -= 1
        flat_since = float(n[i])
    diff_se = np.sqrt(se_each[:-1] ** 2 + se_each[1:] ** 2)
    falls = np.nonzero(np.diff(y) < -DIP_SE * diff_se)[0]
    dips = tuple(Dip(before=float(n[i]), at=float(n[i + 1]), high=float(y[i]), low=float(y[i + 1])) for i in falls)
    return Flatness(level=level, gain=gain, gain_se=gain_se, noise=noise, flat=bool(flat), flat_since=flat_since,
                    dips=dips)
