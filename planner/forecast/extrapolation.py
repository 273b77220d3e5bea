"""The calibrated error of a curve's tail beyond its measured labels.

Beyond the largest measured count ``n_max`` every draw follows a power law
with a plateau, ``acc(n) = plateau - (plateau - y_end) * (n / n_max) ** -rate``,
continuous with the fit at ``n_max``, monotone and bounded by its plateau. The
fitted plateau and rate are perturbed by an error whose size is calibrated
from data for the curve's regime (:class:`Extrapolation`, the shipped
``planner/data/extrapolation.csv``, made by ``benchmarks/forecast/calibrate.py``
on the calibration part of the evaluation corpus); a share of the draws takes
instead the tail a similar measured curve followed (:mod:`planner.forecast.analogs`).
A target is unreachable in a draw exactly when the draw's plateau is below it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from planner.forecast.analogs import AnalogConfig, analog_tails, load_config, load_library
from planner.forecast.families import expit, logit
from planner.forecast.regime import Regime
from planner.forecast.tables import read_table

__all__ = ["Extrapolation", "calibration_for", "calibration_from_frame", "draw_tails", "end_se_logit", "extrapolate",
           "load_calibration", "tail_accuracy"]


@dataclass(frozen=True)
class Extrapolation:
    """Calibrated error of the tail parameters beyond the measured data.

    ``logit(plateau) += mu_plateau + sd_plateau * z1`` and
    ``log(rate) += mu_rate + sd_rate * (corr * z1 + sqrt(1 - corr**2) * z2)``
    with ``z1, z2`` independent standard normals, and the whole draw's level
    (within the data and beyond) moves by ``sd_level * se * z3`` in logits,
    ``se`` the measured standard error of one point at the curve's end
    (:attr:`planner.forecast.regime.Regime.point_se`, in logits): a curve measured on a small test
    set, or on one run, is less sure of its own level.
    """

    mu_plateau: float = 0.0
    sd_plateau: float = 0.0
    mu_rate: float = 0.0
    sd_rate: float = 0.0
    corr: float = 0.0
    sd_level: float = 0.0
    n_curves: int = 0
    n_datasets: int = 0
    source: str = "uncalibrated"


def calibration_for(cal: dict, kind: str, regime: Regime | None) -> Extrapolation:
    """The calibrated error for a curve of ``kind`` (``"random"``/``"al"``) in ``regime``.

    Looks up ``kind:group:runs``, then ``kind:group`` (:attr:`Regime.group`: the shape, or ``few``), a
    young curve then as any other (``kind:shape:runs``, ``kind:shape``), then ``kind``, then ``random``.
    """
    keys = []
    if regime is not None:
        for group in dict.fromkeys((regime.group, regime.shape)):
            keys += [f"{kind}:{group}:{regime.runs}", f"{kind}:{group}"]
    keys += [kind, "random"]
    for k in keys:
        if k in cal:
            return cal[k]
    raise KeyError(kind)


def calibration_from_frame(df: pd.DataFrame) -> dict[str, Extrapolation]:
    """``{key: Extrapolation}`` from a table (``kind``, the :class:`Extrapolation` fields, ``n_curves``, ``n_datasets``, ``source``; as ``calibrate.py`` writes it)."""
    out = {}
    for row in df.to_dict("records"):
        out[str(row["kind"])] = Extrapolation(
            mu_plateau=float(row["mu_plateau"]), sd_plateau=float(row["sd_plateau"]),
            mu_rate=float(row["mu_rate"]), sd_rate=float(row["sd_rate"]), corr=float(row["corr"]),
            sd_level=float(row.get("sd_level", 0.0)) if pd.notna(row.get("sd_level", 0.0)) else 0.0,
            n_curves=int(row["n_curves"]), n_datasets=int(row["n_datasets"]), source=str(row["source"]),
        )
    if "random" not in out:
        raise ValueError("the extrapolation table has no 'random' row")
    out.setdefault("al", out["random"])
    return out


@lru_cache(maxsize=1)
def load_calibration() -> dict[str, Extrapolation]:
    """The shipped calibration (``planner/data/extrapolation.csv``): ``{key: Extrapolation}``, keys as
    :func:`calibration_for` reads them."""
    try:
        return calibration_from_frame(read_table("extrapolation.csv"))
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/extrapolation.csv is broken ({exc}): reinstall the package") from None


def end_se_logit(point_se: float, y_end_mean: float) -> float:
    """The measured standard error of the curve's end point in logits (capped at 2): what the level error scales."""
    y = float(np.clip(y_end_mean, 1e-3, 1 - 1e-3))
    return min(float(point_se) / (y * (1 - y)), 2.0)


def extrapolate(y_end, plateau, rate, z, se_logit, cal: Extrapolation):
    """The calibrated tail of draws: ``(y_end, plateau, rate, shift)`` after the error model.

    Arrays of shape ``(..., B)`` (``z``: ``(..., B, 3)`` standard normals for the plateau, the rate and
    the level; ``se_logit`` broadcast against ``(..., B)``), so one draw set and a stack of calibration
    cases go through the same code. ``logit(plateau) += mu_p + sd_p z1``, kept at or above ``y_end``
    (a draw whose perturbed plateau falls below the level it reached is flat from ``n_max`` on);
    ``log(rate) += mu_r + sd_r (corr z1 + sqrt(1 - corr^2) z2)``; the level (``y_end`` and the plateau,
    and the caller's within-data curve by ``shift``) moves by ``shift = sd_level * se_logit * z3`` logits.
    """
    z = np.asarray(z, dtype=float)
    z1, z2 = z[..., 0], z[..., 1]
    lp = logit(np.clip(plateau, 1e-6, 1 - 1e-6)) + cal.mu_plateau + cal.sd_plateau * z1
    plateau = np.maximum(expit(lp), y_end)
    c = float(np.clip(cal.corr, -0.99, 0.99))
    lr = np.log(rate) + cal.mu_rate + cal.sd_rate * (c * z1 + math.sqrt(1 - c * c) * z2)
    rate = np.clip(np.exp(lr), 1e-3, 10.0)
    shift = np.zeros(np.shape(y_end))
    if z.shape[-1] >= 3 and cal.sd_level > 0:
        shift = cal.sd_level * se_logit * z[..., 2]
    if np.any(shift):
        y_end = expit(logit(y_end) + shift)
        plateau = np.maximum(expit(logit(plateau) + shift), y_end)
    return y_end, plateau, rate, shift


def draw_tails(y_end, plateau, rate, z, se_logit, cal: Extrapolation, *, slope, regime: Regime | None, kind: str,
               analog: AnalogConfig | None = None, library=None):
    """The tail of every draw of one curve: ``(y_end, plateau, rate, shift)``, as
    :class:`planner.forecast.draws.StrategyDraws` uses it.

    Every draw first gets the calibrated parametric error (:func:`extrapolate`); then the share of draws
    ``analog`` names (default the shipped ``planner/data/analogs_config.csv``) takes an analog's tail from
    ``library`` (default the shipped one; :func:`planner.forecast.analogs.analog_tails`). An analog's level
    shift moves its tail's start, not the measured part of the draw, so its ``shift`` is 0. Arrays of
    shape (B,) (``z``: (B, 3)); ``slope`` and ``regime`` are the raw draws'
    (:class:`planner.forecast.bootstrap.RawTails`).
    """
    y_end_t, plateau_t, rate_t, shift = extrapolate(y_end, plateau, rate, z, se_logit, cal)
    lib = library if library is not None else load_library()
    cfg = analog if analog is not None else load_config()
    if lib is None or cfg.weight <= 0 or regime is None:
        return y_end_t, plateau_t, rate_t, shift
    rows, ye, pl, rt, _ = analog_tails(y_end, slope, regime, se_logit, kind, np.asarray(z)[:, 0], lib, cfg)
    y_end_t, plateau_t, rate_t = y_end_t.copy(), plateau_t.copy(), rate_t.copy()
    shift = np.array(np.broadcast_to(shift, y_end_t.shape), dtype=float)
    y_end_t[rows], plateau_t[rows], rate_t[rows], shift[rows] = ye, pl, rt, 0.0
    return y_end_t, plateau_t, rate_t, shift


def tail_accuracy(y_end, plateau, rate, ratio) -> np.ndarray:
    """Accuracy of each draw at ``ratio = n / n_max >= 1``: shape (B, R)."""
    r = np.maximum(np.atleast_1d(np.asarray(ratio, dtype=float)), 1.0)
    y_end = np.asarray(y_end, dtype=float)[:, None]
    plateau = np.asarray(plateau, dtype=float)[:, None]
    rate = np.asarray(rate, dtype=float)[:, None]
    return plateau - (plateau - y_end) * r[None, :] ** (-rate)
