"""What the measured part of a curve shows: the regime its extrapolation error and spread are read for.

A curve's regime is computed from its measurements alone (never from a fit),
so a user's curve and a calibration curve are classified by one rule: rising
or levelling off at its end, several runs or one, and young (measured at
:data:`FEW_POINTS` label counts or fewer) or grown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["FEW_POINTS", "LEVEL_GAIN", "LEVEL_SE", "Regime", "curve_age", "curve_regime"]

#: A curve levels off when its measured gain per doubling of the labels over its last doubling
#: is below this (accuracy points as a fraction) ...
LEVEL_GAIN = 0.004
#: ... or below this many standard errors of that gain (the noise of the measurement).
LEVEL_SE = 1.0
#: A curve measured at this many label counts or fewer is *young*: its slope and level say little about its
#: tail (3-point prefixes of the independent AL truth were covered 0.68 against 0.81 for 4 or more, 30% of
#: truths above the 90% draw), so its error is calibrated on young curves alone (``kind:few``).
FEW_POINTS = 3


@dataclass(frozen=True)
class Regime:
    """What the measured part of a curve shows, the conditions its extrapolation error is calibrated on.

    Computed from the measurements alone (never from a fit), so a user's
    curve and a calibration curve are classified by one rule.

    Attributes
    ----------
    shape : {"rise", "level"}
        ``"level"``: the gain per doubling of the labels over the last
        doubling measured is below :data:`LEVEL_GAIN` or below
        :data:`LEVEL_SE` standard errors (falling ends included).
    runs : {"seeds", "single"}
        Several runs (seeds) or one.
    gain : float
        Measured gain per doubling at the end (least squares over the last doubling).
    gain_se : float
        Its standard error (from the spread between runs, or a single run's scatter).
    points : int
        Distinct label counts measured.
    point_se : float
        Standard error of the mean accuracy at one label count near the end.
    """

    shape: str
    runs: str
    gain: float
    gain_se: float
    points: int
    point_se: float = 0.0

    @property
    def key(self) -> str:
        return f"{self.shape}:{self.runs}"

    @property
    def few(self) -> bool:
        """Measured at :data:`FEW_POINTS` label counts or fewer: a young curve."""
        return self.points <= FEW_POINTS

    @property
    def group(self) -> str:
        """The calibration's second level: the shape, or ``"few"`` for a young curve (its shape is too
        uncertain to choose by). Rows are keyed ``kind:group:runs`` (:func:`calibration_for`, and
        ``benchmarks/forecast/calibrate.py`` fitting them)."""
        return "few" if self.few else self.shape


def curve_regime(n, Y) -> Regime:
    """The :class:`Regime` of a measured curve: counts ``n`` (m,) ascending, accuracy by run ``Y`` (S, m)."""
    n = np.asarray(n, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    runs = int(np.sum(np.any(np.isfinite(Y), axis=1)))
    y = np.nanmean(Y, axis=0)
    lg = np.log2(n)
    end = lg >= lg[-1] - 1.0
    if end.sum() < 3:
        end = np.zeros(n.size, dtype=bool)
        end[-min(3, n.size):] = True
    x, v = lg[end], y[end]
    xc = x - x.mean()
    sxx = float(np.sum(xc * xc))
    gain = float(np.sum(xc * (v - v.mean())) / sxx) if sxx > 0 else 0.0
    k = np.sum(np.isfinite(Y[:, end]), axis=0)
    if runs >= 2 and np.any(k >= 2):
        sd = np.nanstd(Y[:, end][:, k >= 2], axis=0, ddof=1)
        point_se = float(np.nanmedian(sd / np.sqrt(k[k >= 2])))
    else:
        resid = v - (v.mean() + gain * xc)
        dof = max(int(end.sum()) - 2, 1)
        diffs = np.diff(y) / math.sqrt(2.0) if y.size >= 2 else np.zeros(1)
        point_se = float(max(math.sqrt(float(np.sum(resid**2)) / dof), np.median(np.abs(diffs)) * 1.4826))
    gain_se = point_se / math.sqrt(sxx) if sxx > 0 else float("inf")
    level = gain < LEVEL_GAIN or gain < LEVEL_SE * gain_se
    return Regime(shape="level" if level else "rise", runs="seeds" if runs >= 2 else "single",
                  gain=gain, gain_se=gain_se, points=int(n.size), point_se=point_se)


def curve_age(group: str) -> str:
    """``"few"`` for a young curve (:attr:`Regime.group` ``few``: measured at :data:`FEW_POINTS` counts or
    fewer), else ``"grown"``."""
    return "few" if group == "few" else "grown"
