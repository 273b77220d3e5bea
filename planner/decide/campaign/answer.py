"""A campaign's answer as one record: every count an answer states, computed once, which every surface renders.

``alplan plan DIR`` and ``replan DIR``, the lines ``campaign status``, ``measure`` and ``add`` end with, and the
page read the typed :class:`CampaignAnswer` that :func:`answer_record` builds (its fields filled once, there); its
:meth:`CampaignAnswer.to_dict` writes the JSON (``--json``, ``answer.json``) with one layout for every act
(:data:`SCHEMA_VERSION`, published as ``docs/campaign_answer.schema.json``), and :meth:`CampaignAnswer.from_dict`
reads a kept answer back before any view shows it. The JSON's parts, in the order the answer is taken:

- ``campaign``: the facts (labels in hand, the pool's ids left, the order in force);
- ``question``: the target, metric, confidence and flags it answers (null before one is asked);
- ``measured``: the last measured round against the target and the stop rule's reading of it;
- ``answer``: the act, the strategy, the order counted from the labels in hand (labels, rounds, where it ends; on
  ``test``, the test labels to draw), the count at which to decide again, the one command that carries it out, and
  on ``give up`` what the pool reaches (``reach``: the target's chance within the pool, the score reached at the
  confidence asked and its labels and dollars from here);
- ``advantage``: what the split rounds measured of AL's labels against random's on the campaign's pool (null
  without a split round: :class:`planner.decide.campaign.advantage.MeasuredAdvantage`);
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
import dataclasses
import math
from dataclasses import dataclass, fields

import pandas as pd

from planner.decide.campaign.acts import ORDERS, Act, Reason, Until, command_for, export_command
from planner.decide.campaign.advantage import MeasuredAdvantage
from planner.decide.campaign.asked import AskedQuestion
from planner.decide.campaign.facts import CampaignFacts, Reach, Tell
from planner.decide.campaign.settle import PricedSettle
from planner.decide.campaign.stop_rule import MeasuredPoint
from planner.decide.costs import labels_dollars, whole_batches
from planner.decide.summaries import json_number

__all__ = ["SCHEMA_VERSION", "TOP_KEYS", "CampaignAnswer", "Changed", "Lead", "PathFromHere", "Published",
           "answer_record", "changed_from", "for_folder", "lead_command", "lead_of", "led", "settle_dollars",
           "whole_or_none"]

#: The version of the JSON layout (:meth:`CampaignAnswer.to_dict`); a change to the layout raises it.
SCHEMA_VERSION = 4
#: The top-level keys of every answer's JSON, whatever its act.
TOP_KEYS = ("schema_version", "stamp", "campaign", "question", "measured", "answer", "advantage", "settle", "paths",
            "lead", "sources", "source_pick", "forecast", "changed", "notes")


def whole_or_none(x) -> int | None:
    """``x`` rounded to a whole count; None where it is None or not finite."""
    return int(round(float(x))) if x is not None and math.isfinite(float(x)) else None



@dataclass(frozen=True)
class PathFromHere:
    """One forecast path (a :class:`planner.decide.results.StrategyPlan` priced with the labels in hand sunk) from
    the labels in hand (:meth:`of`): its median labels in all and from here, its range in all, its dollars from
    here, its chance of being the cheapest, its chance of reaching the target within the pool (``p_reaches``) and
    whether its count lies beyond what the forecast can tell (``more_than``); None where a count is not finite."""

    strategy: str
    reachable: bool
    labels_total: int | None
    labels_from_here: int | None
    labels_low: int | None
    labels_high: int | None
    dollars_from_here: float | None
    p_cheapest: float | None
    more_than: bool
    p_reaches: float | None = None

    @classmethod
    def of(cls, row, labels_in_hand: int) -> PathFromHere:
        beyond = list(getattr(row, "beyond_limit", ()))
        total = row.labels if row.reachable and math.isfinite(row.labels) else math.nan
        return cls(strategy=row.strategy, reachable=bool(row.reachable), labels_total=whole_or_none(total),
                   labels_from_here=whole_or_none(max(total - labels_in_hand, 0.0)), labels_low=whole_or_none(row.labels_low),
                   labels_high=whole_or_none(row.labels_high),
                   dollars_from_here=json_number(row.total_cost if row.reachable else math.nan),
                   p_cheapest=json_number(row.probability_cheapest), more_than="labels" in beyond,
                   p_reaches=json_number(getattr(row, "probability_reaches", math.nan)))

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict) -> PathFromHere:
        return cls(**{f.name: d[f.name] for f in fields(cls)})


@dataclass(frozen=True)
class Lead:
    """What leads the answer: ``kind`` (``answer``, or the kind of the source's option that leads: ``source`` or
    ``relabel``); where an option leads, ``option`` (its JSON, as in ``source_pick.options``) and ``command`` (the
    command that carries it out, None where the option has none)."""

    kind: str = "answer"
    option: dict | None = None
    command: str | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "option": None if self.option is None else dict(self.option),
                "command": self.command}

    @classmethod
    def from_dict(cls, d: dict | None) -> Lead:
        return cls() if not d else cls(d["kind"], d["option"], d["command"])


@dataclass(frozen=True)
class Changed:
    """The standing answer an answer replaces where it said another act, strategy or count to decide again: the
    training labels it was taken on, its act, strategy and count (as its JSON held them)."""

    labels_in_hand: int
    act: str | None
    strategy: str | None
    decide_at_labels: int | None

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict | None) -> Changed | None:
        return None if not d else cls(d["labels_in_hand"], d["act"], d["strategy"], d["decide_at_labels"])


def _settle_json(measured, priced) -> dict | None:
    """Where the campaign read the target met but the stop rule is not sure of it (``priced``: the record's
    :class:`planner.decide.campaign.settle.PricedSettle`; None otherwise): the test labels more that would settle it, the ids
    the pool has left to label as test ids, whether those suffice (read from the ``measured`` point), the chance that
    the true score is below the target, and the steps priced (the score the test split trusts, each step's labels,
    dollars and whether the pool allows it, and the cheaper one it allows)."""
    if priced is None:
        return None
    out = {"test_labels": whole_or_none(measured.settle_test_labels), "ids_left": int(measured.ids_left),
           "possible": bool(measured.settle_possible)}
    return {**out, **{k: json_number(v) if isinstance(v, float) else v for k, v in priced.to_dict().items()}}


def settle_dollars(measured: MeasuredPoint, label_price: float | None) -> float | None:
    """The measured point's ``settle_test_labels`` at the user's ``label_price`` (None without a price or a
    count)."""
    more = measured.settle_test_labels
    return json_number(labels_dollars(math.ceil(more), label_price)) if math.isfinite(more) else None


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
    """A campaign's one answer (see the module docstring), every field typed and filled once, by
    :func:`answer_record`.

    ``act``, ``reason``, ``until``: :class:`planner.decide.campaign.acts.Act`, ``Reason`` and ``Until`` (strings are
    taken as the members); ``facts``: the campaign's :class:`planner.decide.campaign.facts.CampaignFacts`; ``question``:
    the question it answers (:class:`planner.decide.campaign.asked.AskedQuestion`; None before one is asked); ``target``,
    ``strategy``, ``budget``: the
    answer's; ``order``: the labels to order from the labels in hand; ``decide_at``: the training labels in hand at
    which to decide again (whole labels; None where the answer sets none); ``command``: the one command that carries
    it out (None on a stop); ``measured``: the :class:`planner.decide.campaign.stop_rule.MeasuredPoint` (None before a
    measure or without a target); ``settle``: where a measured hit is not sure, its steps priced
    (:class:`planner.decide.campaign.settle.PricedSettle`; None otherwise); ``settle_dollars``: the measured point's
    ``settle_test_labels`` at the user's label price (None without a price or a count); ``advantage``: what the split
    rounds measured (:class:`planner.decide.campaign.advantage.MeasuredAdvantage`; None without a split round); ``reach``: on
    ``give up``, what the pool reaches (:class:`planner.decide.campaign.facts.Reach`; None otherwise); ``tell``: the test
    labels it takes to tell the target from what the pool likely gives (:class:`planner.decide.campaign.facts.Tell`; None
    without a forecast or where those in hand do); ``forecast``:
    the forecast's :class:`planner.decide.campaign.redecide.Redecision` where one was taken (:class:`Published` once read
    back); ``paths``: each forecast path from here (:class:`PathFromHere`); ``aside``: the sources' paths
    (:func:`planner.decide.campaign.source_path.source_paths`); ``pick``: their
    :class:`planner.decide.campaign.source_path.SourcePick` (None without sources); ``lead``: what leads the answer
    (:class:`Lead`); ``changed``: the standing answer this one replaces (:class:`Changed`; None where none differs);
    ``stamp``: what it was taken on (the campaign's labels and the question); ``notes``: the answer's notes;
    ``question_note``: why no question stands, where the question's file no longer reads (None otherwise).
    :meth:`to_dict` computes nothing: it writes these fields in the published layout, and :meth:`from_dict` reads
    them back."""

    act: Act
    reason: Reason
    facts: CampaignFacts
    question: AskedQuestion | None = None
    target: float | None = None
    strategy: str | None = None
    order: int = 0
    until: Until | None = None
    decide_at: int | None = None
    budget: float | None = None
    command: str | None = None
    measured: MeasuredPoint | None = None
    settle: PricedSettle | None = None
    settle_dollars: float | None = None
    advantage: MeasuredAdvantage | None = None
    reach: Reach | None = None
    tell: Tell | None = None
    forecast: object = None
    paths: tuple[PathFromHere, ...] = ()
    aside: tuple = ()
    pick: object = None
    lead: Lead = Lead()
    changed: Changed | None = None
    stamp: str = ""
    notes: tuple = ()
    question_note: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "act", Act(self.act))
        object.__setattr__(self, "reason", Reason(self.reason))
        object.__setattr__(self, "until", Until(self.until) if self.until else None)

    @property
    def met_stop(self) -> bool:
        """Whether the answer stops on a measured hit (the stop rule took the target as met): a stop names no
        source and costs nothing more."""
        return self.act == Act.STOP and self.reason == Reason.MET

    @property
    def order_rounds(self) -> int:
        """The rounds the order takes, in the campaign's batch size (none for test labels, drawn at once)."""
        return whole_batches(self.order, self.facts.batch_size) if self.order and self.act != Act.TEST else 0

    @property
    def split_rounds(self) -> tuple[tuple[int, str], ...]:
        """Each round measured split (``split.csv``), ascending: (the round, the AL strategy of its other half)."""
        splits = self.facts.splits
        if splits is None or len(splits) == 0:
            return ()
        return tuple((int(r), str(s)) for r, s in sorted(zip(splits["round"], splits["strategy"])))

    @property
    def path(self) -> PathFromHere | None:
        """The forecast path from here the answer's order follows: its strategy's, and random sampling's for a split
        order (which runs on random's forecast); None without a forecast."""
        name = "random" if self.act == Act.SPLIT else self.strategy
        return next((p for p in self.paths if p.strategy == name), None)

    def published(self) -> CampaignAnswer:
        """The answer with its forecast, the sources' paths and their pick as its JSON holds them (:class:`Published`;
        the forecast's draws and the functions it carries left out), every other field as it is: what a cache keeps
        (the page's)."""
        def part(x):
            return None if x is None else Published(x.to_dict())

        return dataclasses.replace(self, forecast=part(self.forecast), aside=tuple(part(p) for p in self.aside),
                                   pick=part(self.pick))

    def to_dict(self) -> dict:
        """The answer's JSON: every key of :data:`TOP_KEYS` for every act, null where it does not apply (and
        ``question_note`` where one is set)."""
        f, forecast = self.facts, self.forecast
        out = {
            "schema_version": SCHEMA_VERSION, "stamp": self.stamp,
            "campaign": {"folder": f.folder, "strategy_now": f.strategy, "batch_size": int(f.batch_size),
                         "round": int(f.round), "round_out": int(f.round_out), "test_out": int(f.test_out),
                         "labels_in_hand": {"training": int(f.train_labels), "test": int(f.test_labels)},
                         "pool_left": int(f.left), "forecast_from": int(f.forecast_from),
                         "decide_at_in_force": f.decide_at, "refused": list(f.refused),
                         "sources_unmeasured": list(f.sources_unmeasured),
                         "split_in_force": f.split or None,
                         "split_rounds": [{"round": r, "strategy": s} for r, s in self.split_rounds]},
            "question": None if self.question is None else self.question.to_dict(),
            "measured": None if self.measured is None else {**self.measured.to_dict(),
                                                            "settle_dollars": self.settle_dollars},
            "answer": {"act": self.act.value, "reason": self.reason.value, "strategy": self.strategy,
                       "target": self.target, "order": int(self.order), "rounds": self.order_rounds,
                       "batch_size": int(f.batch_size), "until": None if self.until is None else self.until.value,
                       "decide_at_labels": self.decide_at, "budget": self.budget, "command": self.command,
                       "reach": None if self.reach is None else self.reach.to_dict(),
                       "tell": None if self.tell is None else self.tell.to_dict()},
            "advantage": None if self.advantage is None else self.advantage.to_dict(),
            "settle": _settle_json(self.measured, self.settle),
            "paths": None if forecast is None else [p.to_dict() for p in self.paths],
            "lead": self.lead.to_dict(),
            "sources": None if not self.aside else [p.to_dict() for p in self.aside],
            "source_pick": None if self.pick is None else self.pick.to_dict(),
            "forecast": None if forecast is None else forecast.to_dict(),
            "changed": None if self.changed is None else self.changed.to_dict(),
            "notes": list(self.notes),
        }
        return out if self.question_note is None else {**out, "question_note": self.question_note}

    @classmethod
    def from_dict(cls, d: dict) -> CampaignAnswer:
        """The answer whose :meth:`to_dict` is ``d`` (an answer's JSON of this layout, :data:`SCHEMA_VERSION`; a
        ValueError otherwise): the campaign's facts, the measured point, the split rounds' advantage, the settle
        steps, the paths, the lead and what changed typed again; the forecast, the sources' paths and their pick as
        :class:`Published` (the draws and curves behind them are not in the JSON, nor are the measured rounds).
        Nothing is computed."""
        if d.get("schema_version") != SCHEMA_VERSION or type(d.get("schema_version")) is not int:
            raise ValueError(f"an answer of layout {d.get('schema_version')!r}, not {SCHEMA_VERSION}")
        a, m, q = d["answer"], d["measured"], d["question"]
        return cls(a["act"], a["reason"], _facts_from(d["campaign"]),
                   question=None if q is None else AskedQuestion.from_dict(q), target=a["target"],
                   strategy=a["strategy"], order=a["order"], until=a["until"], decide_at=a["decide_at_labels"],
                   budget=a["budget"], command=a["command"], reach=Reach.from_dict(a["reach"]),
                   tell=Tell.from_dict(a["tell"]),
                   measured=None if m is None else MeasuredPoint.from_dict(m),
                   settle=None if d["settle"] is None else PricedSettle.from_dict(d["settle"]),
                   settle_dollars=None if m is None else m["settle_dollars"],
                   advantage=None if d["advantage"] is None else MeasuredAdvantage.from_dict(d["advantage"]),
                   forecast=None if d["forecast"] is None else Published(d["forecast"]),
                   paths=tuple(PathFromHere.from_dict(p) for p in d["paths"] or ()),
                   aside=tuple(Published(p) for p in d["sources"] or ()),
                   pick=None if d["source_pick"] is None else Published(d["source_pick"]),
                   lead=Lead.from_dict(d["lead"]), changed=Changed.from_dict(d["changed"]), stamp=d["stamp"],
                   notes=tuple(d["notes"]), question_note=d.get("question_note"))


def _facts_from(c: dict) -> CampaignFacts:
    """The :class:`planner.decide.campaign.facts.CampaignFacts` an answer's ``campaign`` part states (no measured rounds:
    the JSON holds the last one, as the measured point)."""
    held = c["labels_in_hand"]
    splits = pd.DataFrame(c["split_rounds"], columns=["round", "strategy"]) if c["split_rounds"] else None
    return CampaignFacts(folder=c["folder"], strategy=c["strategy_now"], batch_size=c["batch_size"],
                         train_labels=held["training"], test_labels=held["test"], left=c["pool_left"],
                         rounds=pd.DataFrame(), round=c["round"], round_out=c["round_out"], test_out=c["test_out"],
                         decide_at=c["decide_at_in_force"], refused=tuple(c["refused"]),
                         forecast_from=c["forecast_from"], sources_unmeasured=tuple(c["sources_unmeasured"]),
                         splits=splits, split=c["split_in_force"] or "")


def answer_record(step: CampaignAnswer, question: AskedQuestion | None = None, *, aside=(), pick=None,
                  previous: CampaignAnswer | None = None, stamp: str = "") -> CampaignAnswer:
    """The whole :class:`CampaignAnswer` of ``step`` (the decision :func:`planner.decide.campaign.next_step.next_step`
    took: its act, order, measured point, priced settle steps and forecast) to ``question``: the forecast's paths
    counted from the labels in hand (:meth:`PathFromHere.of`), its one command
    (:func:`planner.decide.campaign.acts.command_for`, from the answer's values and the question), the sources' paths
    ``aside`` and their ``pick``, its lead (:func:`lead_of`), ``changed`` where ``previous`` (the standing answer,
    read back, to the same question) said another act, strategy or count to decide again, and its ``stamp``."""
    f = step.facts
    command = command_for(f.folder, act=step.act, reason=step.reason, strategy=step.strategy,
                          strategy_now=f.strategy, forecast=step.forecast is not None, decide_at=step.decide_at,
                          question=question, target=step.target, order=step.order)
    verdict = step.forecast
    paths = step.paths or (() if verdict is None else tuple(PathFromHere.of(r, f.train_labels)
                                                            for r in verdict.decision.strategies))
    return dataclasses.replace(step, question=question, command=command, paths=paths, aside=tuple(aside), pick=pick,
                               lead=lead_of(step, pick), changed=changed_from(previous, step), stamp=stamp)


def led(pick) -> bool:
    """Whether an option of ``pick`` (the sources' :class:`planner.decide.campaign.source_path.SourcePick`) leads the
    answer (None: no sources, the answer leads)."""
    return pick is not None and pick.lead != "answer"


def lead_command(answer, pick) -> str | None:
    """The command that carries out the lead: the export of its training set, where the option was measured
    (a source's or a re-label curve's count); None for a forecast count or a kind without an export."""
    o = pick.shown if led(pick) else None
    if o is None or o.forecast or o.kind not in ("source", "relabel"):
        return None
    return export_command(answer.facts.folder, o.source, o.labels, o.kind)


def lead_of(answer, pick) -> Lead:
    """The answer's :class:`Lead`: ``kind`` (``answer``, or the kind of the option that leads), and where an option
    leads, ``option`` (as in ``source_pick.options``) and ``command`` (:func:`lead_command`)."""
    if not led(pick):
        return Lead()
    return Lead(pick.lead, pick.shown.to_dict(), lead_command(answer, pick))


def for_folder(rec: CampaignAnswer, folder) -> CampaignAnswer:
    """The answer ``rec`` (a kept one: :meth:`CampaignAnswer.from_dict` of ``answer.json``) with its commands written
    for the campaign's folder as the user named it (``folder``): a copied folder's kept answer acts on the copy, and
    one named from another directory runs from there. Every other field is as kept."""
    command = command_for(str(folder), act=rec.act, reason=rec.reason, strategy=rec.strategy,
                          strategy_now=rec.facts.strategy, forecast=rec.forecast is not None, decide_at=rec.decide_at,
                          question=rec.question, target=rec.target, order=rec.order)
    lead, option = rec.lead, rec.lead.option or {}
    if lead.command is not None:
        lead = dataclasses.replace(lead, command=export_command(folder, option["source"], option["labels"],
                                                                option["kind"]))
    return dataclasses.replace(rec, facts=dataclasses.replace(rec.facts, folder=str(folder)), command=command,
                               lead=lead)


def changed_from(previous: CampaignAnswer | None, step) -> Changed | None:
    """What the standing answer ``previous`` (read back: :meth:`CampaignAnswer.from_dict`) said, where ``step`` orders
    another strategy or to another count to decide again, on labels added since (or None): the labels it was taken
    on, its act, strategy and count. Both must be orders (``continue``, ``switch`` or ``split``): a label or measure
    step, or a stop, moves the campaign on rather than changing its order, and a switch carried out that goes on
    with the same strategy to the same count is the same order."""
    if previous is None:
        return None
    was, now = previous.act, whole_or_none(step.decide_at)
    order = {Act.SWITCH: Act.CONTINUE}   # a switch carried out goes on as the same order
    if was not in ORDERS or step.act not in ORDERS or \
            (order.get(was, was), previous.strategy, previous.decide_at) == \
            (order.get(step.act, step.act), step.strategy, now):
        return None   # a step of the order (label, measure) or a stop is progress, not another answer
    return Changed(int(previous.facts.train_labels), was.value, previous.strategy, previous.decide_at)
