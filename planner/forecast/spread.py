"""How far a regime's draws must spread beyond the measured labels.

Every draw's tail is moved away from (or towards) the draws' median, in
logits, by the factor the curve's regime showed it needs at that
extrapolation ratio (:class:`Spread`, the shipped ``planner/data/spread.csv``,
split conformal on the calibration part of the evaluation corpus: above the
median by the 90% quantile of the truths' excess over the 90% draw in units of
its distance from the median, below by the same for the 10% draw); 1 at
``n_max``, so the measured part is untouched. A neural network's curve reads
factors fitted on neural learners' curves alone, young and grown curves apart
(:func:`spread_keys`), never below the ones every curve's strata give it. A curve of a metric in
:data:`METRIC_STRATA` (macro-F1) reads factors fitted on curves of that metric alone, likewise floored (a
neural network's keeps its own).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from planner.forecast.families import expit
from planner.forecast.regime import Regime, curve_age
from planner.forecast.tables import read_table

__all__ = ["METRIC_STRATA", "SPREAD_SCALE", "Spread", "load_spread", "metric_prefix", "spread_about_median",
           "spread_for", "spread_from_frame", "spread_keys"]

#: Metrics whose curves read spread strata fitted on curves of that metric alone: ``{metric: stratum prefix}``.
#: Macro-F1 curves of imbalanced tasks are noisier and climb later than accuracy curves; every other metric reads
#: the strata fitted on accuracy curves.
METRIC_STRATA = {"macro_f1": "f1"}


def metric_prefix(metric) -> str | None:
    """The stratum prefix of ``metric`` (:data:`METRIC_STRATA`, case-insensitive), or None."""
    return METRIC_STRATA.get(metric.strip().lower()) if isinstance(metric, str) else None

@dataclass(frozen=True)
class Spread:
    """How far a regime's draws must spread beyond ``n_max``: factors by extrapolation ratio.

    ``ratios`` (k,) ascending knots (n / n_max > 1: the ratio bins' geometric
    centres), ``low`` and ``high`` (k,) the factors for the deviations below
    and above the draws' median (in logits), ``shift`` (k,) how far the
    median itself moves (in logits; zero unless the table gives a ``shift``
    column, as the neural strata have). Between knots a factor is linear in log
    ratio, from 1 at ``n_max`` (the shift from 0); beyond the last knot it
    stays.
    """

    ratios: np.ndarray
    low: np.ndarray
    high: np.ndarray
    key: str = ""
    n_rows: int = 0
    n_datasets: int = 0
    shift: np.ndarray | None = None

    def at(self, ratio) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The (low, high) factors and the median's shift at ``ratio`` (array, >= 1)."""
        x = np.log(np.maximum(np.asarray(ratio, dtype=float), 1.0))
        knots = np.concatenate([[0.0], np.log(self.ratios)])
        shift = np.zeros(self.ratios.size) if self.shift is None else self.shift
        return (np.interp(x, knots, np.concatenate([[1.0], self.low])),
                np.interp(x, knots, np.concatenate([[1.0], self.high])),
                np.interp(x, knots, np.concatenate([[0.0], shift])))


def spread_from_frame(df: pd.DataFrame, scale: float = 1.0) -> dict[str, Spread]:
    """``{stratum: Spread}`` from a table (``stratum, ratio, low, high, n_rows, n_datasets``, optionally
    ``shift``, blank or absent meaning 0; one row per knot, as ``benchmarks/forecast/spread.py`` writes it),
    every ``low`` and ``high`` factor times ``scale`` (> 0; :data:`SPREAD_SCALE` for the shipped table)."""
    scale = float(scale)
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"spread scale must be a finite number > 0, got {scale}")
    out = {}
    for key, g in df.groupby("stratum", sort=False):
        g = g.sort_values("ratio")
        r, lo, hi = (g[c].to_numpy(dtype=float) for c in ("ratio", "low", "high"))
        sh = g["shift"].to_numpy(dtype=float) if "shift" in g.columns else np.zeros(r.size)
        sh = np.where(np.isnan(sh), 0.0, sh)
        if not (np.all(np.isfinite(r)) and np.all(r > 1) and np.all(np.isfinite(lo)) and np.all(np.isfinite(hi))
                and np.all(lo > 0) and np.all(hi > 0) and np.all(np.isfinite(sh))):
            raise ValueError(f"spread table: stratum {key!r} has a ratio <= 1, a factor that is not positive or "
                             "a shift that is not finite")
        out[str(key)] = Spread(r, lo * scale, hi * scale, key=str(key), n_rows=int(g["n_rows"].min()),
                               n_datasets=int(g["n_datasets"].min()), shift=sh if np.any(sh) else None)
    return out


#: Every factor of the shipped table times this when the planner loads it. The table is fitted on the calibration
#: part's data sets by split conformal; on data sets it was not fitted on, its ranges held the truth less often than
#: they say, because data sets differ more than the rows of one collection of them; 1.05 is the factor that held
#: the most strata of the selection part within their aims (benchmarks/RESULTS.md).
SPREAD_SCALE = 1.05


@lru_cache(maxsize=1)
def load_spread() -> dict[str, Spread]:
    """The shipped spread factors (``planner/data/spread.csv``) times :data:`SPREAD_SCALE`: ``{stratum: Spread}``,
    empty when the manifest lists no such table."""
    df = read_table("spread.csv", required=False)
    if df is None:
        return {}
    try:
        return spread_from_frame(df, scale=SPREAD_SCALE)
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/spread.csv is broken ({exc}): reinstall the package") from None


def spread_keys(kind: str, group: str | None = None, runs: str | None = None, *, neural: bool = False,
                metric: str | None = None) -> list[str]:
    """The spread strata of a curve, most specific first: ``kind:group:runs``, ``kind:runs``, ``kind``, ``all``
    (the first two need the regime's ``group`` and ``runs``).

    A neural network's curve (:func:`planner.forecast.learners.neural_models`) looks first under ``nn:`` strata fitted on neural learners'
    curves alone, which never pool young curves with grown ones (:func:`curve_age`): ``nn:kind:group:runs``,
    ``nn:kind:age:runs``, ``nn:age:runs``, ``nn:age``; then under every curve's. A young neural curve tends to
    be forecast too high and a grown one too low, so strata pooling the two would cancel them.
    A curve of ``metric`` with a prefix in :data:`METRIC_STRATA` looks first under that prefix's strata
    (``f1:kind:group:runs``), fitted on curves of that metric alone and floored by every curve's; a neural
    network's keeps its ``nn:`` strata, which those floors do not include.
    ``benchmarks/forecast/spread.py`` fits its rows under the same keys.
    """
    keys = [f"{kind}:{group}:{runs}", f"{kind}:{runs}"] if group is not None and runs is not None else []
    keys += [kind, "all"]
    if group is None or runs is None:
        return keys
    if neural:
        age = curve_age(group)
        keys = list(dict.fromkeys((f"nn:{kind}:{group}:{runs}", f"nn:{kind}:{age}:{runs}", f"nn:{age}:{runs}",
                                   f"nn:{age}"))) + keys
    prefix = None if neural else metric_prefix(metric)   # a neural curve keeps its own, wider strata
    return ([f"{prefix}:{kind}:{group}:{runs}"] if prefix else []) + keys


def spread_for(table: dict | None, kind: str, regime: Regime | None, *, neural: bool = False,
               metric: str | None = None) -> Spread | None:
    """The spread of a curve of ``kind`` in ``regime`` from ``table`` (``None``: the shipped one), at the first of
    :func:`spread_keys` it holds (``neural``: the learner is a neural network; ``metric``: the metric the curve
    measures); ``None`` where it holds none."""
    table = load_spread() if table is None else table
    keys = (spread_keys(kind, regime.group, regime.runs, neural=neural, metric=metric) if regime is not None
            else spread_keys(kind, neural=neural))
    return next((table[k] for k in keys if k in table), None)


def spread_about_median(logits: np.ndarray, low, high, shift=0.0) -> np.ndarray:
    """``logits`` (B, ...) moved away from their median over the draws (axis 0), deviations below it scaled by
    ``low`` and above it by ``high``, and the median moved by ``shift`` (all broadcast against one draw's
    shape); back to accuracy."""
    m = np.median(logits, axis=0, keepdims=True)
    dev = logits - m
    return expit(m + shift + np.where(dev > 0, high, low) * dev)
