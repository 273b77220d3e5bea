"""Track records: how verdicts, and campaign answers, like this one fared on AL curves held out from every fit.

A verdict rests on a forecast, and how far a forecast can be trusted depends on how far it reaches beyond what
was measured and on the learner. ``planner/data/track_record.csv`` (built by
``benchmarks/forecast/track_record.py`` from the stored report parts of the independent scikit-learn AL truth,
with the shipped decision rule re-applied to what each verdict read of every path) holds, per stratum:

* ``learner``: ``neural`` (a ``model`` name :func:`planner.forecast.learners.neural_models` calls a neural network),
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

**Replan's record** (``planner/data/replan_record.csv``, built by the same script's ``--replays`` from the stored
campaign replays of the same truth, ``benchmarks/bench_campaign.py``): every answer replan gave there (an order or
a give-up, with the budget as the cap) against what the replayed run did next. Per stratum:

* ``band``: the answer's P(the target is reached within the budget), binned (:data:`P_BANDS`);
* ``action``: ``order``, ``give up``, or ``any`` (both);
* ``hit_later``: the share of those answers after which a later round's test of the same run met the target within
  the budget, and its spread over tasks (``task_low``, ``task_high``: the 10% and 90% points of the data sets' own
  shares); ``p_said``: the mean P the answers stated; how many data sets, campaigns and answers it rests on.

:func:`replan_record` falls back from (band, action) to (band, ``any``). A ``stop`` has no record (the replays do
not store the true accuracy at a stop). :func:`recorded_p` reads the bands of both actions as a map from the P an
answer states to the share of such answers met later; replan gives up on it.

**The pilot extension's record** (``planner/data/pilot_record.csv``, built by the same script's ``--pilots`` from the
same replays' verdicts at a pilot of 1/8 of the budget): every priced ``extend_pilot`` answer against what
extending every strategy's pilot to its N then did to the verdict's regret. Per stratum:

* ``band``: the value the answer predicted over the extension's cost, binned (:data:`VALUE_BANDS`);
* ``value_said`` and ``value_realized``: the predicted and the realized value (the regret of deciding now minus that
  of deciding after extending), each summed over the answers and over their summed cost; ``paid``: the share of
  answers whose realized value exceeded the cost; ``task_low`` and ``task_high``: the 10% and 90% points of the data
  sets' own realized value over cost; how many data sets and answers it rests on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy as np


from planner.forecast.tables import read_table

__all__ = ["RATIO_BINS", "PICKS", "MIN_SETS", "NEAR", "TrackRecord", "ratio_bin", "track_record", "load_track_records",
           "P_BANDS", "ACTIONS", "ReplanRecord", "p_band", "replan_record", "load_replan_records", "recorded_p",
           "VALUE_BANDS", "PilotRecord", "value_band", "pilot_record", "load_pilot_records"]

#: Random's forecast labels over its largest measured count: (label, upper end), the issue's strata.
RATIO_BINS = (("up to 2x", 2.0), ("2-4x", 4.0), ("4-8x", 8.0), ("beyond 8x", math.inf))
#: A stratum is written only when it rests on at least this many data sets.
MIN_SETS = 8
#: A pick within this share of the cheapest path's cost counts as near the cheapest.
NEAR = 0.10
LEARNERS = ("neural", "other", "any")
PICKS = ("al", "random", "none")
ANY = "any"
#: Replan's P(reached within the budget): (label, upper end); a P at an upper end falls in that band.
P_BANDS = (("0-2%", 0.02), ("2-5%", 0.05), ("5-10%", 0.1), ("10-20%", 0.2), ("20-30%", 0.3), ("30-50%", 0.5),
           ("50-70%", 0.7), ("70-90%", 0.9), ("90-100%", 1.0))
ACTIONS = ("order", "give up", "any")
#: The pilot extension's predicted value over its cost: (label, upper end); a ratio at an upper end falls in that band.
VALUE_BANDS = (("under 10%", 0.1), ("10-25%", 0.25), ("25-50%", 0.5), ("50-100%", 1.0), ("100% or more", math.inf))


def ratio_bin(ratio: float) -> str | None:
    """The :data:`RATIO_BINS` label of an extrapolation ratio (``inf``: the last bin; NaN or below 0: None)."""
    r = float(ratio)
    if math.isnan(r) or r < 0:
        return None
    return next(label for label, hi in RATIO_BINS if r <= hi)


class _Stratum:
    """A row of a shipped record: its fields are the file's columns, in order (``str`` text, ``int`` counts, the
    rest ``float``)."""

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class TrackRecord(_Stratum):
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


#: The columns of ``planner/data/track_record.csv``.
COLUMNS = TrackRecord.columns()


@lru_cache(maxsize=None)
def _read(name: str, cls: type[_Stratum], check) -> dict:
    """A shipped table ``planner/data/<name>`` of ``cls`` rows, read and checked once: ``{key: cls}``
    (``check(rec)`` gives the key or raises ValueError); a missing or broken file is one RuntimeError naming it and
    how to rebuild it."""
    kinds = {f.name: getattr(f.type, "__name__", f.type) for f in fields(cls)}   # "str", "int" or "float"
    table = read_table(name, dtype={c: str for c, k in kinds.items() if k == "str"})   # listed, there, readable
    try:
        missing = [c for c in kinds if c not in table.columns]
        if missing:
            raise ValueError(f"no column {', '.join(missing)}")
        out = {}
        for row in table.to_dict("records"):
            rec = cls(**{c: str(row[c]) if k == "str" else int(row[c]) if k == "int" else float(row[c])
                         for c, k in kinds.items()})
            out[check(rec)] = rec
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"planner/data/{name} is missing or broken ({exc}): reinstall the package, or "
                           "rebuild it with benchmarks/forecast/track_record.py") from None
    return out


def _check_verdict(rec: TrackRecord) -> tuple[str, str, str]:
    if rec.learner not in LEARNERS or rec.ratio not in {b for b, _ in RATIO_BINS} | {ANY} or rec.pick not in PICKS:
        raise ValueError(f"unknown stratum ({rec.learner}, {rec.ratio}, {rec.pick})")
    if rec.data_sets < MIN_SETS or not 0 <= rec.task_low <= rec.task_high \
            or not all(math.isfinite(v) and v >= 0 for v in (rec.regret, rec.regret_random)) \
            or not 0 <= rec.near_cheapest <= 1 or (rec.pick != "none" and not 0 <= rec.other_cheaper <= 1):
        raise ValueError(f"stratum ({rec.learner}, {rec.ratio}, {rec.pick}) is out of range")
    return rec.learner, rec.ratio, rec.pick


def load_track_records() -> dict[tuple[str, str, str], TrackRecord]:
    """The shipped strata, read and checked once: ``{(learner, ratio, pick): TrackRecord}``."""
    return _read("track_record.csv", TrackRecord, _check_verdict)


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


# ------------------------------------------------------------ replan's record


def p_band(p: float) -> str | None:
    """The :data:`P_BANDS` label of a probability (NaN or outside 0-1: None)."""
    q = float(p)
    if not 0.0 <= q <= 1.0:
        return None
    return next(label for label, hi in P_BANDS if q <= hi + 1e-12)


@dataclass(frozen=True)
class ReplanRecord(_Stratum):
    """One stratum of ``planner/data/replan_record.csv`` (see the module docstring)."""

    band: str
    action: str
    data_sets: int
    campaigns: int
    answers: int
    p_said: float
    hit_later: float
    task_low: float
    task_high: float
    reports: str


#: The columns of ``planner/data/replan_record.csv``.
REPLAN_COLUMNS = ReplanRecord.columns()


def _check_replan(rec: ReplanRecord) -> tuple[str, str]:
    if rec.band not in {b for b, _ in P_BANDS} or rec.action not in ACTIONS:
        raise ValueError(f"unknown stratum ({rec.band}, {rec.action})")
    if rec.data_sets < MIN_SETS or not rec.data_sets <= rec.campaigns <= rec.answers \
            or not all(0 <= v <= 1 for v in (rec.p_said, rec.hit_later, rec.task_low, rec.task_high)) \
            or rec.task_low > rec.task_high:
        raise ValueError(f"stratum ({rec.band}, {rec.action}) is out of range")
    return rec.band, rec.action


def load_replan_records() -> dict[tuple[str, str], ReplanRecord]:
    """Replan's shipped strata, read and checked once: ``{(band, action): ReplanRecord}``."""
    return _read("replan_record.csv", ReplanRecord, _check_replan)


def replan_record(p_within_budget: float, action: str) -> ReplanRecord | None:
    """The stratum of a replan answer: its P(reached within the budget) and its ``action`` (``order`` or
    ``give up``), falling back to the band with both actions; None for a ``stop``, a P that is not a probability
    (no cap: no budget and no pool), or a band no stratum holds."""
    if action not in ACTIONS[:2] + ("stop",):
        raise ValueError(f"action must be order, give up or stop, got {action!r}")
    band = p_band(p_within_budget)
    if action == "stop" or band is None:
        return None
    table = load_replan_records()
    return next((table[k] for k in ((band, action), (band, ANY)) if k in table), None)


def _recorded_knots() -> tuple[np.ndarray, np.ndarray]:
    """:func:`recorded_p`'s knots: (0, 0), each band's (mean P stated, share met later) over both actions, made
    non-decreasing by pooling adjacent violators (weighted by answers), and (1, 1)."""
    table = load_replan_records()
    rows = [table[(b, ANY)] for b, _ in P_BANDS if (b, ANY) in table]
    blocks: list[list[float]] = []   # [answers, mean share met later, bands pooled]: one per pooled run of bands
    xs = []
    for r in rows:
        xs.append(r.p_said)
        blocks.append([float(r.answers), r.hit_later, 1.0])
        while len(blocks) > 1 and blocks[-2][1] > blocks[-1][1]:
            (w1, y1, k1), (w2, y2, k2) = blocks[-2], blocks[-1]
            blocks[-2:] = [[w1 + w2, (w1 * y1 + w2 * y2) / (w1 + w2), k1 + k2]]
    ys = [y for w, y, k in blocks for _ in range(int(k))]
    return np.array([0.0, *xs, 1.0]), np.array([0.0, *ys, 1.0])


def recorded_p(p_within_budget: float) -> float:
    """What a stated P(reached within the budget) has meant in replayed campaigns held out from every fit: the share
    of answers stating about that P after which a later test of the run met the target within the budget
    (``planner/data/replan_record.csv``, both actions), joined by straight lines between the bands' mean Ps and
    through (0, 0) and (1, 1), never lower for a higher P (replan gives up when this is at most its give-up
    level, ``1 - confidence`` unless set: the stated shares run low, and the record says by how much). The
    record has nine rows, so the knots are derived on each call rather than cached beside
    :func:`load_replan_records`. NaN for a P that is not a probability."""
    q = float(p_within_budget)
    if not 0.0 <= q <= 1.0:
        return math.nan
    xs, ys = _recorded_knots()
    return float(np.interp(q, xs, ys))


# ------------------------------------------------------------ the pilot extension's record


def value_band(value: float, cost: float) -> str | None:
    """The :data:`VALUE_BANDS` label of an extension's predicted ``value`` over its ``cost`` (None when either is not
    a finite number, the cost is not above 0 or the value is below 0)."""
    v, c = float(value), float(cost)
    if not (math.isfinite(v) and math.isfinite(c)) or c <= 0 or v < 0:
        return None
    return next(label for label, hi in VALUE_BANDS if v / c <= hi + 1e-12)


@dataclass(frozen=True)
class PilotRecord(_Stratum):
    """One stratum of ``planner/data/pilot_record.csv`` (see the module docstring)."""

    band: str
    data_sets: int
    answers: int
    value_said: float
    value_realized: float
    paid: float
    task_low: float
    task_high: float
    reports: str


#: The columns of ``planner/data/pilot_record.csv``.
PILOT_COLUMNS = PilotRecord.columns()


def _check_pilot(rec: PilotRecord) -> str:
    if rec.band not in {b for b, _ in VALUE_BANDS}:
        raise ValueError(f"unknown stratum {rec.band}")
    if rec.data_sets < MIN_SETS or not rec.data_sets <= rec.answers or not 0 <= rec.paid <= 1 \
            or not (rec.value_said >= 0 and math.isfinite(rec.value_realized)) or not rec.task_low <= rec.task_high:
        raise ValueError(f"stratum {rec.band} is out of range")
    return rec.band


def load_pilot_records() -> dict[str, PilotRecord]:
    """The pilot extension's shipped strata, read and checked once: ``{band: PilotRecord}``."""
    return _read("pilot_record.csv", PilotRecord, _check_pilot)


def pilot_record(value: float, cost: float) -> PilotRecord | None:
    """The stratum of an ``extend_pilot`` answer, by its predicted ``value`` over its ``cost``; None when it was not
    priced or no stratum holds its band."""
    band = value_band(value, cost)
    return None if band is None else load_pilot_records().get(band)
