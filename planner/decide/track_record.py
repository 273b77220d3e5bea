"""The verdict's track record: how verdicts like this one fared on AL curves held out from every fit.

A verdict rests on a forecast, and how far a forecast can be trusted depends on how far it reaches beyond what
was measured and on the learner. ``planner/data/track_record.csv`` (built by
``benchmarks/forecast/track_record.py`` from the stored report parts of the independent scikit-learn AL truth,
with the shipped decision rule re-applied to what each verdict read of every path) holds, per stratum:

* ``learner``: ``neural`` (a ``model`` name :func:`planner.forecast.draws.neural_models` calls a neural network),
  ``other``, or ``any`` (both pooled);
* ``ratio``: random sampling's forecast labels to the target over its largest measured count, binned as the
  issue's extrapolation strata (:data:`RATIO_BINS`; random's forecast beyond the pool or never reaching the
  target falls in the last bin), or ``any``;
* ``pick``: what the verdict recommended: ``al`` (an AL strategy), ``random``, or ``none`` (no path reaches the
  target in most forecasts; the case is then priced as labeling at random);
* what following the verdict cost there: ``regret`` (the mean, over every case, of the picked path's true cost
  over the cheapest path's, minus 1) and its spread over tasks (``task_low`` and ``task_high``: the 10% and 90%
  points of the data sets' own mean regrets, so 8 in 10 tasks lay between them), ``regret_random``
  (the same for always labeling at random), ``other_cheaper`` (how often the other choice the verdict weighed
  would truly have cost less: random sampling for an AL pick, the AL strategy it weighed against random for a
  random pick; NaN for none), ``near_cheapest`` (the share of cases where the pick cost at most
  :data:`NEAR` above the cheapest), and how many data sets and cases it rests on.

Strata resting on fewer than :data:`MIN_SETS` data sets are not written; :func:`track_record` then falls back to
``any`` learner of the same ratio, then the learner at ``any`` ratio, then ``any`` of both (always the same pick).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

__all__ = ["RATIO_BINS", "PICKS", "MIN_SETS", "NEAR", "TrackRecord", "ratio_bin", "track_record", "load_track_records"]

#: Random's forecast labels over its largest measured count: (label, upper end), the issue's strata.
RATIO_BINS = (("up to 2x", 2.0), ("2-4x", 4.0), ("4-8x", 8.0), ("beyond 8x", math.inf))
#: A stratum is written only when it rests on at least this many data sets.
MIN_SETS = 8
#: A pick within this share of the cheapest path's cost counts as near the cheapest.
NEAR = 0.10
LEARNERS = ("neural", "other", "any")
PICKS = ("al", "random", "none")
ANY = "any"
TEXT = ("learner", "ratio", "pick", "reports")
COUNTS = ("data_sets", "cases")
COLUMNS = ("learner", "ratio", "pick", "data_sets", "cases", "regret", "task_low", "task_high",
           "regret_random", "other_cheaper", "near_cheapest", "reports")


def ratio_bin(ratio: float) -> str | None:
    """The :data:`RATIO_BINS` label of an extrapolation ratio (``inf``: the last bin; NaN or below 0: None)."""
    r = float(ratio)
    if math.isnan(r) or r < 0:
        return None
    return next(label for label, hi in RATIO_BINS if r <= hi)


@dataclass(frozen=True)
class TrackRecord:
    """One stratum of ``planner/data/track_record.csv`` (see the module docstring)."""

    learner: str
    ratio: str
    pick: str
    data_sets: int
    cases: int
    regret: float
    task_low: float
    task_high: float
    regret_random: float
    other_cheaper: float
    near_cheapest: float
    reports: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@lru_cache(maxsize=1)
def load_track_records() -> dict[tuple[str, str, str], TrackRecord]:
    """The shipped strata, read and checked once: ``{(learner, ratio, pick): TrackRecord}``."""
    try:
        text = resources.files("planner").joinpath("data/track_record.csv").read_text()
        table = pd.read_csv(io.StringIO(text), dtype={c: str for c in TEXT})
        missing = [c for c in COLUMNS if c not in table.columns]
        if missing:
            raise ValueError(f"no column {', '.join(missing)}")
        out = {}
        for row in table.to_dict("records"):
            rec = TrackRecord(**{c: str(row[c]) if c in TEXT else int(row[c]) if c in COUNTS else float(row[c])
                                 for c in COLUMNS})
            if rec.learner not in LEARNERS or rec.ratio not in {b for b, _ in RATIO_BINS} | {ANY} \
                    or rec.pick not in PICKS:
                raise ValueError(f"unknown stratum ({rec.learner}, {rec.ratio}, {rec.pick})")
            if rec.data_sets < MIN_SETS or not 0 <= rec.task_low <= rec.task_high \
                    or not all(math.isfinite(v) and v >= 0 for v in (rec.regret, rec.regret_random)) \
                    or not 0 <= rec.near_cheapest <= 1 or (rec.pick != "none" and not 0 <= rec.other_cheaper <= 1):
                raise ValueError(f"stratum ({rec.learner}, {rec.ratio}, {rec.pick}) is out of range")
            out[(rec.learner, rec.ratio, rec.pick)] = rec
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"planner/data/track_record.csv is missing or broken ({exc}): reinstall the package, or "
                           "rebuild it with benchmarks/forecast/track_record.py") from None
    return out


def track_record(ratio: float, neural: bool, pick: str) -> TrackRecord | None:
    """The stratum a verdict falls in: random's extrapolation ``ratio`` (NaN: unknown, no random-sampling curve),
    whether the learner is a neural network, and the verdict's ``pick`` (:data:`PICKS`), by the fallbacks of the
    module docstring; None when no stratum of that pick is written."""
    if pick not in PICKS:
        raise ValueError(f"pick must be one of {', '.join(PICKS)}, got {pick!r}")
    label = ratio_bin(ratio)
    learner = "neural" if neural else "other"
    table = load_track_records()
    keys = [(learner, label, pick), (ANY, label, pick)] if label is not None else []
    keys += [(learner, ANY, pick), (ANY, ANY, pick)]
    return next((table[k] for k in keys if k in table), None)
