"""A campaign's answer as one record: every count an answer states, computed once, which every surface renders.

``alplan plan DIR`` and ``replan DIR`` (text and ``--json``), the lines ``campaign status``, ``measure`` and ``add``
end with, and the page read the :class:`CampaignAnswer` that :func:`answer_record` builds, through its
:meth:`CampaignAnswer.to_dict`: the JSON with one layout for every act (:data:`SCHEMA_VERSION`, published as
``docs/campaign_answer.schema.json``). Its parts, in the order the answer is taken:

- ``campaign``: the facts (labels in hand, the pool's ids left, the order in force);
- ``question``: the target, metric, confidence and flags it answers (null before one is asked);
- ``measured``: the last measured round against the target and the stop rule's reading of it;
- ``answer``: the act, the strategy, the order counted from the labels in hand (labels, rounds, where it ends),
  the count at which to decide again and the one command that carries it out;
- ``advantage``: what the split rounds measured of AL's labels against random's on the campaign's pool (null
  without a split round: :class:`planner.decide.advantage.MeasuredAdvantage`);
- ``settle``: where a measured hit is not sure, the steps that would settle it, priced (more training labels,
  more test labels within the ids left, or a stop with its chance of falling short) and the cheaper one the pool
  allows;
- ``paths``: each forecast path's labels and dollars from here beside its total, range and chance (null where no
  forecast was taken); ``forecast``: the forecast's whole verdict;
- ``sources``, ``source_pick`` and ``lead``: the sources' options and which one leads the answer, if any;
- ``changed``: the answer it replaces where that said something else (null otherwise).

The record is a fact of the campaign's files and the question: stored beside them (``answer.json``) with the
``stamp`` of what it was taken on, it stands until labels are added or the question changes.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

from planner.decide.costs import labels_dollars, whole_batches
from planner.decide.summaries import json_number

__all__ = ["SCHEMA_VERSION", "TOP_KEYS", "CampaignAnswer", "Published", "answer_record", "path_from_here"]

#: The version of the JSON layout (:meth:`CampaignAnswer.to_dict`); a change to the layout raises it.
SCHEMA_VERSION = 3
#: The top-level keys of every answer's JSON, whatever its act.
TOP_KEYS = ("schema_version", "stamp", "campaign", "question", "measured", "answer", "advantage", "settle", "paths",
            "lead", "sources", "source_pick", "forecast", "changed", "notes")


def _whole(x) -> int | None:
    return int(round(float(x))) if x is not None and math.isfinite(float(x)) else None


def path_from_here(row, labels_in_hand: int) -> dict:
    """One forecast path (a :class:`planner.decide.results.StrategyPlan` priced with the labels in hand sunk) from
    the labels in hand: its median labels in all and from here, its range in all, its dollars from here, its
    chance of being the cheapest and whether it reaches the target."""
    beyond = list(getattr(row, "beyond_limit", ()))
    total = row.labels if row.reachable and math.isfinite(row.labels) else math.nan
    return {"strategy": row.strategy, "reachable": bool(row.reachable),
            "labels_total": _whole(total), "labels_from_here": _whole(max(total - labels_in_hand, 0.0)),
            "labels_low": _whole(row.labels_low), "labels_high": _whole(row.labels_high),
            "dollars_from_here": json_number(row.total_cost if row.reachable else math.nan),
            "p_cheapest": json_number(row.probability_cheapest), "more_than": "labels" in beyond}


def _settle_json(measured, priced) -> dict | None:
    """Where the campaign read the target met but the stop rule is not sure of it (``priced``: the record's
    :class:`planner.decide.settle.PricedSettle`; None otherwise): the test labels more that would settle it, the ids
    the pool has left to label as test ids, whether those suffice (read from the ``measured`` point), the chance that
    the true score is below the target, and the steps priced (the score the test split trusts, each step's labels,
    dollars and whether the pool allows it, and the cheaper one it allows)."""
    if priced is None:
        return None
    out = {"test_labels": _whole(measured.settle_test_labels), "ids_left": int(measured.ids_left),
           "possible": bool(measured.settle_possible)}
    return {**out, **{k: json_number(v) if isinstance(v, float) else v for k, v in priced.to_dict().items()}}


def _settle_dollars(ns) -> float | None:
    """The measured point's ``settle_test_labels`` at the user's label price (None without a price or a count)."""
    more, price = ns.measured.settle_test_labels, getattr(ns, "label_price", None)
    return json_number(labels_dollars(math.ceil(more), price)) if math.isfinite(more) else None


@dataclass(frozen=True)
class Published:
    """A part of an answer as its JSON holds it (:meth:`CampaignAnswer.from_dict`: the forecast's verdict, a
    source's path, the sources' pick): what the views read of it; the draws and curves behind it are not in the
    JSON."""

    data: dict

    def to_dict(self) -> dict:
        return copy.deepcopy(self.data)


@dataclass(frozen=True)
class CampaignAnswer:
    """A campaign's one answer (see the module docstring).

    ``step``: the :class:`planner.decide.next_step.NextStep` (act, order, measured point, forecast); ``question``:
    the question it answers (None before one is asked); ``command``: the one command that carries it out (None on a
    stop); ``paths``: :func:`path_from_here` of each forecast row; ``aside``: the sources' paths
    (:func:`planner.decide.source_path.source_paths`); ``pick``: their
    :class:`planner.decide.source_path.SourcePick` (None without sources); ``lead``: what leads the answer
    (``kind``: ``answer``, ``source`` or ``relabel``; ``option`` and ``command`` where an option leads);
    ``changed``: the standing answer this one replaces, where its act, strategy or count to decide again differ;
    ``stamp``: what it was taken on (the campaign's labels and the question); ``settle``: where a measured hit is not
    sure, its steps priced (:func:`planner.decide.settle.priced_settle`, taken by :func:`answer_record`; None
    otherwise); ``settle_dollars``: the measured point's ``settle_test_labels`` at the user's label price (None
    without a price or a count). :meth:`to_dict` computes nothing: it writes these fields in the published layout,
    and :meth:`from_dict` reads them back."""

    step: object
    question: dict | None
    command: str | None
    paths: tuple = ()
    aside: tuple = ()
    pick: object = None
    lead: dict | None = None
    changed: dict | None = None
    stamp: str = ""
    settle: object = None
    settle_dollars: float | None = None

    @property
    def order_rounds(self) -> int:
        """The rounds the order takes, in the campaign's batch size."""
        return whole_batches(self.step.order, self.step.facts.batch_size) if self.step.order else 0

    def to_dict(self) -> dict:
        """The answer's JSON: every key of :data:`TOP_KEYS` for every act, null where it does not apply."""
        ns, f = self.step, self.step.facts
        verdict = getattr(ns, "verdict", None)
        return {
            "schema_version": SCHEMA_VERSION, "stamp": self.stamp,
            "campaign": {"folder": f.folder, "strategy_now": f.strategy, "batch_size": int(f.batch_size),
                         "round": int(f.round), "round_out": int(f.round_out),
                         "labels_in_hand": {"training": int(f.train_labels), "test": int(f.test_labels)},
                         "pool_left": int(f.left), "forecast_from": int(f.forecast_from),
                         "decide_at_in_force": f.decide_at, "refused": list(f.refused),
                         "sources_unmeasured": list(getattr(f, "sources_unmeasured", ())),
                         "split_in_force": f.split or None, "split_rounds": _split_rounds(f)},
            "question": None if self.question is None else dict(self.question),
            "measured": None if ns.measured is None else {**ns.measured.to_dict(),
                                                          "settle_dollars": self.settle_dollars},
            "answer": {"act": ns.act.value, "reason": ns.reason.value, "strategy": ns.strategy, "target": ns.target,
                       "order": int(ns.order), "rounds": self.order_rounds, "batch_size": int(f.batch_size),
                       "until": None if ns.until is None else ns.until.value, "decide_at_labels": _whole(ns.decide_at),
                       "budget": ns.budget, "command": self.command},
            "advantage": None if ns.advantage is None else ns.advantage.to_dict(),
            "settle": _settle_json(ns.measured, self.settle),
            "paths": None if verdict is None else list(self.paths),
            "lead": self.lead or {"kind": "answer", "option": None, "command": None},
            "sources": None if not self.aside else [p.to_dict() for p in self.aside],
            "source_pick": None if self.pick is None else self.pick.to_dict(),
            "forecast": None if verdict is None else verdict.to_dict(),
            "changed": self.changed,
            "notes": list(ns.notes),
        }

    @classmethod
    def from_dict(cls, d: dict) -> CampaignAnswer:
        """The answer whose :meth:`to_dict` is ``d`` (an answer's JSON of this layout, :data:`SCHEMA_VERSION`; a
        ValueError otherwise): its step with the campaign's facts, the measured point, the split rounds' advantage
        and the settle steps typed again; the forecast, the sources' paths and their pick as :class:`Published`
        (the draws and curves behind them are not in the JSON, nor are the measured rounds). Nothing is computed."""
        from planner.decide.advantage import MeasuredAdvantage
        from planner.decide.next_step import MeasuredPoint, NextStep
        from planner.decide.settle import PricedSettle

        if d.get("schema_version") != SCHEMA_VERSION:
            raise ValueError(f"an answer of layout {d.get('schema_version')!r}, not {SCHEMA_VERSION}")
        a, m = d["answer"], d["measured"]
        ns = NextStep(a["act"], _facts_from(d["campaign"]), target=a["target"], strategy=a["strategy"],
                      order=a["order"], decide_at=math.nan if a["decide_at_labels"] is None else
                      float(a["decide_at_labels"]), reason=a["reason"],
                      measured=None if m is None else MeasuredPoint.from_dict(m),
                      verdict=None if d["forecast"] is None else Published(d["forecast"]), budget=a["budget"],
                      notes=tuple(d["notes"]), until=a["until"],
                      advantage=None if d["advantage"] is None else MeasuredAdvantage.from_dict(d["advantage"]))
        return cls(ns, d["question"], a["command"], paths=tuple(d["paths"] or ()),
                   aside=tuple(Published(p) for p in d["sources"] or ()),
                   pick=None if d["source_pick"] is None else Published(d["source_pick"]), lead=d["lead"],
                   changed=d["changed"], stamp=d["stamp"],
                   settle=None if d["settle"] is None else PricedSettle.from_dict(d["settle"]),
                   settle_dollars=None if m is None else m["settle_dollars"])


def _facts_from(c: dict):
    """The :class:`planner.decide.next_step.CampaignFacts` an answer's ``campaign`` part states (no measured rounds:
    the JSON holds the last one, as the measured point)."""
    import pandas as pd

    from planner.decide.next_step import CampaignFacts

    held = c["labels_in_hand"]
    splits = pd.DataFrame(c["split_rounds"], columns=["round", "strategy"]) if c["split_rounds"] else None
    return CampaignFacts(folder=c["folder"], strategy=c["strategy_now"], batch_size=c["batch_size"],
                         train_labels=held["training"], test_labels=held["test"], left=c["pool_left"],
                         rounds=pd.DataFrame(), round=c["round"], round_out=c["round_out"],
                         decide_at=c["decide_at_in_force"], refused=tuple(c["refused"]),
                         forecast_from=c["forecast_from"], sources_unmeasured=tuple(c["sources_unmeasured"]),
                         splits=splits, split=c["split_in_force"] or "")


def _split_rounds(facts) -> list:
    """Each round measured split (``split.csv``), ascending: ``{"round", "strategy"}`` (the AL strategy of its other
    half)."""
    splits = getattr(facts, "splits", None)
    if splits is None or len(splits) == 0:
        return []
    return [{"round": int(r), "strategy": str(s)} for r, s in sorted(zip(splits["round"], splits["strategy"]))]


def answer_record(step, question: dict | None, *, command: str | None, aside=(), pick=None, lead: dict | None = None,
                  previous: dict | None = None, stamp: str = "") -> CampaignAnswer:
    """The :class:`CampaignAnswer` of ``step`` (a :class:`planner.decide.next_step.NextStep`): its forecast's paths
    counted from the labels in hand, and ``changed`` where ``previous`` (the standing answer's JSON, same question)
    said another act, strategy or count to decide again."""
    from planner.decide.settle import priced_settle

    verdict = getattr(step, "verdict", None)
    paths = () if verdict is None else tuple(path_from_here(r, step.facts.train_labels)
                                             for r in verdict.decision.strategies)
    dollars = None if step.measured is None else _settle_dollars(step)
    return CampaignAnswer(step, question, command, paths, tuple(aside), pick, lead, changed_from(previous, step),
                          stamp, priced_settle(step), dollars)


def changed_from(previous: dict | None, step) -> dict | None:
    """What the standing answer ``previous`` (its JSON) said, where ``step`` orders another strategy or to another
    count to decide again, on labels added since (or None): the labels it was taken on, its act, strategy and
    count. Both must be orders (``continue``, ``switch`` or ``split``): a label or measure step, or a stop, moves the
    campaign on rather than changing its order, and a switch carried out that goes on with the same strategy to the
    same count is the same order."""
    if not previous or previous.get("schema_version") != SCHEMA_VERSION:
        return None
    try:
        was = previous["answer"]
        held = int(previous["campaign"]["labels_in_hand"]["training"])
    except (KeyError, TypeError, ValueError):
        return None
    now = _whole(step.decide_at)
    orders = ("continue", "switch", "split")
    order = {"switch": "continue"}   # a switch carried out goes on as the same order
    if was.get("act") not in orders or step.act not in orders or \
            (order.get(was.get("act"), was.get("act")), was.get("strategy"), was.get("decide_at_labels")) == \
            (order.get(step.act, step.act), step.strategy, now):
        return None   # a step of the order (label, measure) or a stop is progress, not another answer
    return {"labels_in_hand": held, "act": was.get("act"), "strategy": was.get("strategy"),
            "decide_at_labels": was.get("decide_at_labels")}
