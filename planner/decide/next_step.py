"""A campaign's one answer: stop, buy test labels, give up, continue with its strategy, or switch, taken from what
the campaign measured.

Every surface that speaks of a running campaign (``alplan plan DIR``, ``alplan replan DIR``, ``alplan campaign
status`` and ``measure``, the page) renders the :class:`NextStep` that :func:`next_step` returns, so they say the
same act. The answer starts from the campaign's last measured round, a fact no forecast contradicts:

1. No test label or no training label in hand yet: label them (``label``).
2. Labels in hand that no measure has scored yet: measure them (``measure``): an answer rests on the score at the
   labels in hand.
3. The measured score meets the target by the stop rule (:func:`measured_point`, :mod:`planner.decide.stop_rule`):
   ``stop`` only where P(true score >= target) is at least the confidence (or the lower chance the user asked to
   stop at), P from the rounds before it, forecast to the labels in hand and re-weighted by the measurement, or
   with too few earlier rounds the test split alone (its binomial count; for macro-F1 and balanced accuracy the
   round's confusion matrix, :func:`planner.decide.stop_rule.reading`).
   A source whose labels changed since its curve was measured: measure it (``measure``), so the answer weighs it.
4. Test ids drawn and not labeled, or ids of the current round still out with none of them labeled: label them
   (``label``).
5. No id left to ask in the pool, or the budget spent: ``stop``, at what was measured.
6. Otherwise the forecast decides (:class:`planner.decide.redecide.Redecision`, every strategy measured on the
   labels in hand and priced from here). Without one, the answer is the order in force (``continue`` up to the
   count at which to decide again; with fewer labels than a forecast needs, to that count) or ``decide`` (run the
   forecast). With one: **the cheapest way to know** first (:mod:`planner.decide.settle`): ``test`` where more test
   labels settle an unsure reading for less in expectation than training labels to the score the split confirms;
   ``give up`` where the reading is below the target and the forecast reaches it within the pool with at most the
   chance a stop leaves of falling short, naming what the pool reaches (:func:`pool_reach`). Else ``continue`` with
   the strategy in force or ``switch`` to another, ordering from the labels in hand to the forecast's median labels
   to the target (to the score the split confirms for an unsure hit, ``until`` ``sure``; whole rounds) or to the
   count at which to decide again, whichever comes first (``until``); where the target is reached within the pool
   in fewer than half of the forecasts, labeling at random further is what measures how far the curve still rises.
   Where the campaign split rounds (``campaign next --split S``: half random, half S), what they measured weighs
   first (:mod:`planner.decide.advantage`): AL's labels measured to beat random's switch to it, measured no better
   go back to random, not yet told apart ``split`` again; the answer never starts a split by itself. Every forecast
   also states the test split the question needs (:func:`test_to_tell`).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field, fields
from enum import StrEnum

import pandas as pd

from planner.decide.advantage import measured_advantage
from planner.decide.costs import whole_batches
from planner.decide.measurement import Measurement, score_se
from planner.decide.settle import forecast_labels, price_of, price_settle, sure_labels
from planner.decide.stop_rule import StopRule, measured, read_confusion, reading, trusted_score
from planner.decide.summaries import DEFAULT_LEVEL

__all__ = ["ACTS", "REASONS", "UNTIL", "Act", "CampaignFacts", "MeasuredPoint", "NextStep", "Reach", "Reason",
           "Tell", "Until", "first_stop", "measured_point", "next_step", "pool_reach", "reach_chance", "test_to_tell"]


class Act(StrEnum):
    """What a campaign's answer can say (the JSON's ``answer.act``; a member equals and prints as its value)."""

    LABEL = "label"
    MEASURE = "measure"
    STOP = "stop"
    DECIDE = "decide"
    CONTINUE = "continue"
    SWITCH = "switch"
    SPLIT = "split"
    TEST = "test"
    GIVE_UP = "give up"


class Reason(StrEnum):
    """Why the answer says its act (the JSON's ``answer.reason``, a key for the words of
    :mod:`planner.present.next_step_view`): no label of a split yet (``first``); labels no measure scored
    (``unmeasured``) or sources whose labels changed (``sources``); the target met by the stop rule (``met``); ids
    of the round still out (``ids out``); the pool or the budget spent (``pool``, ``budget``); too few labels for a
    forecast (``few``); the order in force (``standing``); no target asked (``no target``); the forecast to take
    (``forecast``); the forecast's pick (``verdict``), random where no path reaches (``unreached``) or the learner
    refuses the pick (``refused``); what the split rounds measured (``measured``) or have not told apart yet
    (``measuring``); test ids drawn and not labeled yet (``test ids out``); a reading the test split cannot tell from
    the target, which more test labels settle for less in expectation than training labels (``unsure``); a target
    the forecast gives at most the chance a stop leaves of falling short within the pool (``out of reach``)."""

    FIRST = "first"
    UNMEASURED = "unmeasured"
    MET = "met"
    SOURCES = "sources"
    IDS_OUT = "ids out"
    POOL = "pool"
    BUDGET = "budget"
    FEW = "few"
    STANDING = "standing"
    NO_TARGET = "no target"
    FORECAST = "forecast"
    VERDICT = "verdict"
    UNREACHED = "unreached"
    REFUSED = "refused"
    MEASURED = "measured"
    MEASURING = "measuring"
    TEST_OUT = "test ids out"
    UNSURE = "unsure"
    OUT_OF_REACH = "out of reach"


class Until(StrEnum):
    """Where an order ends (the JSON's ``answer.until``): the forecast's median labels to the target (whole rounds),
    the forecast's median labels to the score the test split confirms (an unsure hit, whole rounds), the count at
    which to decide again, the order in force, the pool's last id, or the budget."""

    FORECAST = "forecast"
    SURE = "sure"
    DECIDE_AGAIN = "decide again"
    STANDING = "standing"
    POOL = "pool"
    BUDGET = "budget"


#: The values of :class:`Act`, :class:`Reason` and :class:`Until`, in the order the JSON schema lists them.
ACTS = tuple(a.value for a in Act)
REASONS = tuple(r.value for r in Reason)
UNTIL = tuple(u.value for u in Until)


@dataclass(frozen=True)
class CampaignFacts:
    """What a campaign holds, read from its files (composed by :func:`planner.campaign.service.campaign_facts`).

    ``rounds``: every measured round, one row each (``round``, ``n_labels``, ``strategy``: the stretch that
    picked it, and the metric columns); empty before the first measure. ``round_out``: the current round's ids
    still out when none of them is labeled yet (0 otherwise). ``left``: pool
    ids never asked (what further orders can pick from). ``decide_at``: the count at which the order in force
    decides again (None: none set). ``refused``: strategies the campaign's learner cannot serve.
    ``forecast_from``: the training labels a forecast needs (every strategy is measured on them).
    ``sources_unmeasured``: the sources whose labels changed since their curves were last measured.
    ``splits``: each split round's two parts scored apart (``split.csv``; None or empty: no split round);
    ``split``: the AL strategy of the split order in force ("" where none is); ``test_out``: test ids drawn
    (``campaign next --test N``) and not labeled yet.
    """

    folder: str
    strategy: str
    batch_size: int
    train_labels: int
    test_labels: int
    left: int
    rounds: pd.DataFrame
    round: int = 0
    round_out: int = 0
    decide_at: int | None = None
    refused: tuple = ()
    forecast_from: int = 0
    sources_unmeasured: tuple = ()
    splits: pd.DataFrame | None = None
    split: str = ""
    test_out: int = 0

    @property
    def measured_labels(self) -> int | None:
        """The training labels of the last measured round; None before the first measure."""
        if self.rounds.empty:
            return None
        return int(self.rounds.sort_values("round")["n_labels"].iloc[-1])

    @property
    def measured_now(self) -> bool:
        """Whether the last measure scored the labels in hand: its training labels are those in hand and, where its
        row keeps the test labels it was scored on (``test_size``), so are the test labels (``campaign next --test
        N`` adds test ids); False before the first measure."""
        if self.measured_labels != self.train_labels:
            return False
        last = self.rounds.sort_values("round").iloc[-1]
        tested = last["test_size"] if "test_size" in last else None
        return tested is None or pd.isna(tested) or int(tested) == self.test_labels


@dataclass(frozen=True)
class MeasuredPoint:
    """The campaign's last measured round against the target: ``score`` on ``test_size`` test labels at ``labels``
    training labels (``strategy`` picked it), the true score's ``low``-``high`` range (at
    :data:`planner.decide.summaries.DEFAULT_LEVEL`),
    ``p_met`` = P(true score >= target) by the stop rule, ``held_out`` whether earlier rounds weighed the hit,
    ``stop`` the rule's answer at ``stop_level`` (the confidence, or ``stop_chance`` where the user asked to stop at
    a lower chance), ``within_noise`` whether the test split alone cannot tell the score from the target at the
    confidence (either side), and ``settle_test_labels``: where the answer is no stop and the score meets the target
    or lies within that noise, the test labels more whose one measurement would tell the score from the target with
    the confidence (inf where no count would); ``ids_left``: the pool's ids never asked, the most test labels the
    campaign can still add (:attr:`settle_possible`: whether they would settle it); ``effective_test``: the test labels
    whose share has the score's noise (:func:`planner.decide.stop_rule.reading`); ``majority_share``: the largest
    class's share of the round's test labels, read from its confusion matrix (NaN: none kept), and ``macro_f1`` the
    round's macro-F1 (NaN: not measured), which :attr:`at_base_rate` reads."""

    labels: int
    score: float
    test_size: int
    strategy: str
    round: int
    target: float
    confidence: float
    low: float
    high: float
    p_met: float
    held_out: bool
    stop: bool
    settle_test_labels: float = math.nan
    metric: str = "accuracy"
    ids_left: int = 0
    stop_chance: float | None = None
    within_noise: bool = False
    effective_test: float = math.nan
    majority_share: float = math.nan
    macro_f1: float = math.nan

    @property
    def at_base_rate(self) -> bool:
        """Whether a measured accuracy is no more than the test split's noise above the majority class's share of its
        test labels (one-sided at the confidence): a model that always answers the majority class would score about
        as much, and macro-F1 or balanced accuracy sees past it. False for other metrics or without a matrix."""
        share = float(self.majority_share)
        if self.metric != "accuracy" or not math.isfinite(share):
            return False
        from statistics import NormalDist

        z = NormalDist().inv_cdf(float(self.confidence))
        se = score_se(share, self.test_size)
        return bool(self.score <= share + z * se)

    @property
    def test_noise_size(self) -> float:
        """The test labels whose share has the measured score's noise (:attr:`effective_test`: fewer than
        :attr:`test_size` for macro-F1 and balanced accuracy read from the round's confusion matrix; NaN: the test
        size), which the count-based quantities read (:func:`planner.decide.stop_rule.trusted_score`)."""
        return float(self.effective_test) if math.isfinite(self.effective_test) else float(self.test_size)

    @property
    def stop_level(self) -> float:
        """The least ``p_met`` at which a measured hit stops (:attr:`planner.decide.stop_rule.StopRule.level`)."""
        return StopRule(self.confidence, self.stop_chance).level

    @property
    def met(self) -> bool:
        """Whether the test split read the score at or above the target (a reading: :attr:`stop` says whether the
        rule takes it as met)."""
        return self.score >= self.target

    @property
    def unsure(self) -> bool:
        """A reading the rule does not take as met yet: at or above the target but not a stop, or below it within
        the test split's noise."""
        return not self.stop and (self.met or self.within_noise)

    @property
    def settle_possible(self) -> bool:
        """Where a reading is unsure: whether the pool's ids left hold the test labels that would settle it."""
        return math.isfinite(self.settle_test_labels) and self.settle_test_labels <= self.ids_left

    def to_dict(self) -> dict:
        out = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}
        out["met"] = self.met
        out["stop_level"] = self.stop_level
        out["settle_possible"] = self.settle_possible if self.unsure else None
        return out

    @classmethod
    def from_dict(cls, d: dict) -> MeasuredPoint:
        """The point :meth:`to_dict` wrote (its derived keys, and any the record adds, are read again from the
        fields); a number the JSON holds as null (not finite) is NaN."""
        def field_of(f):
            v = d[f.name]
            return math.nan if v is None and f.type == "float" else v

        return cls(**{f.name: field_of(f) for f in fields(cls) if f.name in d})


@dataclass(frozen=True)
class Reach:
    """What the pool reaches where the answer gives a target up (``give up``): ``p_target``, the forecast's chance
    that some path reaches the target within the pool; ``score``, the highest score it reaches within the pool at the
    ``confidence`` asked (to a tenth of a point; NaN where not even the measured range's low is reached so); and on
    ``strategy``'s path to that score, ``labels_total`` (in all) and ``dollars`` from here (None: not told)."""

    p_target: float
    confidence: float
    score: float = math.nan
    strategy: str | None = None
    labels_total: int | None = None
    dollars: float | None = None

    def to_dict(self) -> dict:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, d: dict | None) -> Reach | None:
        if not d:
            return None
        return cls(**{f.name: (math.nan if d[f.name] is None and f.name in ("p_target", "score") else d[f.name])
                      for f in fields(cls)})


@dataclass(frozen=True)
class Tell:
    """The test split the question needs: ``pool_score``, the forecast's median score with the pool's every id
    labeled (:func:`planner.decide.redecide.pool_score`); ``test_labels``, the test labels whose one measurement tells
    that score from the target at the confidence (``s (1 - s) (z / (s - T))^2``; None: no count does, a score at the
    target); ``more`` of them than in hand; ``dollars`` for those at the label price (None: no price); ``possible``:
    the pool's ids left hold them."""

    pool_score: float
    test_labels: int | None
    more: int | None
    dollars: float | None
    possible: bool

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict | None) -> Tell | None:
        return None if not d else cls(**{f.name: d[f.name] for f in fields(cls)})


def test_to_tell(verdict, m: MeasuredPoint | None, facts: CampaignFacts, label_price: float | None) -> Tell | None:
    """The test labels it takes to tell the target from what the pool likely gives (a :class:`Tell`), where those
    in hand do not; None without a forecast's pool score or a measured point, or where the test labels in hand
    suffice."""
    from planner.decide.costs import labels_dollars
    from planner.decide.stop_rule import labels_to_tell

    likely = float(getattr(verdict, "pool_score", math.nan))
    if m is None or not math.isfinite(likely):
        return None
    total = labels_to_tell(likely, m.target, 0.0, m.confidence)
    if math.isfinite(total) and total <= m.test_noise_size:
        return None
    more = max(int(math.ceil(total - m.test_noise_size)), 1) if math.isfinite(total) else None
    price = price_of(label_price, verdict)
    dollars = None if more is None or price is None else float(labels_dollars(more, price))
    return Tell(pool_score=likely, test_labels=None if more is None else int(math.ceil(total)), more=more,
                dollars=dollars, possible=more is not None and more <= facts.left)


@dataclass(frozen=True)
class NextStep:
    """A campaign's one answer (see the module docstring).

    ``act`` (:class:`Act`); ``strategy``: the strategy of the next order (``continue``/``switch``); ``order``: the
    labels to order before the answer is taken again (whole batches, within the pool); ``decide_at``: the
    training labels in hand at which to decide again (``continue``/``switch`` on random; NaN otherwise);
    ``reason`` (:class:`Reason`): a key for the words (:mod:`planner.present.next_step_view`); ``measured``: the
    last measured round against the target (None before a measure or without a target); ``verdict``: the forecast's
    :class:`~planner.decide.redecide.Redecision` where it was taken; ``until``: where the order ends (:class:`Until`;
    None where the answer orders nothing or orders one batch at a time); ``label_price``: the user's price per
    label (None: not given). ``act``, ``reason`` and ``until`` given as their strings are taken as the members (an
    unknown string is a ValueError). ``settle``: where the measured reading is unsure, the ways to settle it priced
    (:class:`planner.decide.settle.PricedSettle`, taken once here where a forecast was, else by the record);
    ``reach``: on a give-up, what the pool reaches (:class:`Reach`); ``tell``: with a forecast, the test labels it
    takes to tell the target from what the pool likely gives (:class:`Tell`; None where those in hand do).
    Its JSON is the campaign's answer record's (:mod:`planner.decide.campaign_answer`).
    """

    act: Act
    facts: CampaignFacts
    target: float | None = None
    strategy: str | None = None
    order: int = 0
    decide_at: float = math.nan
    reason: Reason | None = None
    measured: MeasuredPoint | None = None
    verdict: object = None
    budget: float | None = None
    notes: tuple = field(default_factory=tuple)
    until: Until | None = None
    advantage: object = None
    label_price: float | None = None
    settle: object = None
    reach: Reach | None = None
    tell: Tell | None = None

    def __post_init__(self):
        if self.reason is None:
            raise TypeError("a NextStep states its reason")
        object.__setattr__(self, "act", Act(self.act))
        object.__setattr__(self, "reason", Reason(self.reason))
        object.__setattr__(self, "until", Until(self.until) if self.until else None)


def _last_round(rounds: pd.DataFrame) -> pd.Series:
    return rounds.sort_values("round").iloc[-1]


def _tested(last: pd.Series, facts: CampaignFacts) -> float:
    """The test labels that measured the round ``last`` (its ``test_size``, else the campaign's)."""
    return float(last["test_size"]) if "test_size" in last and pd.notna(last["test_size"]) else float(facts.test_labels)


def measured_point(facts: CampaignFacts, target: float, confidence: float, metric: str = "accuracy",
                   stop_chance: float | None = None) -> MeasuredPoint | None:
    """The campaign's last measured round weighed against ``target`` by the stop rule
    (:class:`planner.decide.stop_rule.StopRule` at ``confidence``, or ``stop_chance`` where asked); None before a
    measure. The numbers are :func:`planner.decide.stop_rule.measured`'s, as ``replan FILE`` states them: P(true
    score >= target) of a hit from the rounds before it (three label counts at least, same strategy) forecast to the
    labels in hand and re-weighted by the measurement, else from the test split's count alone; a score below the
    target is weighed by its count alone, and never stops."""
    if facts.rounds.empty:
        return None
    last = _last_round(facts.rounds)
    score, now, strategy = float(last[metric]), int(last["n_labels"]), str(last["strategy"])
    n = max(_tested(last, facts), 1.0)
    read = reading(score, n, metric, last.get("confusion"))
    se = score_se(score, read.effective)
    own = facts.rounds[facts.rounds["strategy"].astype(str) == strategy]
    table = pd.DataFrame({"strategy": strategy, "seed": 0, "n_labels": own["n_labels"].astype(float),
                          "accuracy": own[metric].astype(float)})
    m = measured(Measurement(score, float(now), se, read.effective, "test set"), target,
                 StopRule(confidence, stop_chance), read=read, rounds=table, strategy=strategy)
    f1 = last.get("macro_f1")
    return MeasuredPoint(labels=now, score=score, test_size=int(n), strategy=strategy, round=int(last["round"]),
                         target=float(target), confidence=float(confidence), low=m.low, high=m.high, p_met=m.p_met,
                         held_out=m.held_out, stop=m.stop, settle_test_labels=m.settle_test_labels, metric=metric,
                         ids_left=int(max(facts.left, 0)), stop_chance=stop_chance, within_noise=m.within_noise,
                         effective_test=m.effective_test, majority_share=_majority_share(last.get("confusion")),
                         macro_f1=float(f1) if f1 is not None and pd.notna(f1) else math.nan)


def _majority_share(confusion) -> float:
    """The largest class's share of the test labels of a round's confusion matrix (rows: the true classes); NaN where
    the round keeps none."""
    if not isinstance(confusion, str) or not confusion.strip():
        return math.nan
    try:
        rows = read_confusion(confusion).sum(axis=1)
    except (ValueError, OverflowError, MemoryError):
        return math.nan
    total = float(rows.sum())
    return float(rows.max()) / total if total > 0 else math.nan


def measured_from(facts: CampaignFacts, metric: str = "accuracy") -> dict:
    """The :class:`planner.decide.costs.Standing` fields a campaign's forecast starts from: no path reaches the
    target at or below the training labels in hand (``short_at``; the forecast is taken only where the campaign
    did not measure the target met there), and the score the campaign measured there with its test labels, where
    its last measured round is at the labels in hand."""
    out = {"short_at": int(facts.train_labels)}
    if facts.rounds.empty or facts.measured_labels != facts.train_labels or metric not in facts.rounds:
        return out
    last = _last_round(facts.rounds)
    n = _tested(last, facts)
    score = float(last[metric])
    if int(n) >= 1 and math.isfinite(score) and 0.0 <= score <= 1.0:
        out.update(measured_score=score, measured_test_size=int(n), measured_strategy=str(last["strategy"]))
    return out


def first_stop(rounds: pd.DataFrame, target: float, *, confidence: float = 0.9, metric: str = "accuracy",
               after: int = 0, stop_chance: float | None = None) -> tuple[float, int]:
    """Where the answer, taken after each of ``rounds`` (a campaign's measured rounds, ``test_size`` on each),
    first says stop at or after ``after`` training labels (inf: never), and the rounds measured at or above the
    target before it that the stop rule did not trust (each one more round paid): a replay of the campaign."""
    untrusted = 0
    for k, n in enumerate(rounds["n_labels"]):
        if n < after:
            continue
        seen = rounds.iloc[:k + 1]
        facts = CampaignFacts(folder="", strategy=str(seen["strategy"].iloc[-1]), batch_size=1, train_labels=int(n),
                              test_labels=int(seen["test_size"].iloc[-1]), left=1, rounds=seen)
        point = measured_point(facts, target, confidence, metric, stop_chance)
        if point.stop:
            return float(n), untrusted
        untrusted += int(point.met)
    return math.inf, untrusted


def _order_until(at: float, facts: CampaignFacts, budget: float | None,
                 until: Until | None = Until.DECIDE_AGAIN) -> tuple:
    """(labels to order from the labels in hand to ``at`` in whole batches, within the pool left and the budget;
    where it ends: ``until``, or ``pool`` / ``budget`` where those cut it)."""
    b = facts.batch_size
    want = b * whole_batches(at - facts.train_labels, b, at_least=1) if math.isfinite(at) else b
    room, cut = float(facts.left), Until.POOL
    if budget is not None and float(budget) - facts.train_labels < room:
        room, cut = float(budget) - facts.train_labels, Until.BUDGET
    if want > room:
        return int(max(room, 0)), cut
    return int(max(want, 0)), until


def next_step(facts: CampaignFacts, target: float | None = None, *, confidence: float = 0.9,
              metric: str = "accuracy", verdict=None, budget: float | None = None,
              label_price: float | None = None, stop_chance: float | None = None) -> NextStep:
    """The campaign's one answer (see the module docstring) from its ``facts``, the ``target`` (None: not asked
    yet), the stop rule's ``confidence``, and the forecast ``verdict`` where it was taken (a
    :class:`planner.decide.redecide.Redecision` on the same labels in hand); ``budget``: labels the campaign may
    hold in all (its training labels), None without one; ``label_price``: the user's price per label, which prices
    what would settle an unsure hit (:mod:`planner.decide.settle`; None: the forecast's, where one was taken)."""
    base = dict(facts=facts, target=target, budget=budget, label_price=label_price)
    if facts.test_labels == 0 or facts.train_labels == 0:
        return NextStep(Act.LABEL, **base, reason=Reason.FIRST)
    if not facts.measured_now:
        return NextStep(Act.MEASURE, **base, reason=Reason.UNMEASURED if facts.measured_labels is not None
                        else Reason.FIRST)
    point = measured_point(facts, target, confidence, metric, stop_chance) if target is not None else None
    base["measured"] = point
    base["advantage"] = measured_advantage(facts.splits, metric, confidence, DEFAULT_LEVEL)
    if point is not None and point.stop:
        return NextStep(Act.STOP, **base, reason=Reason.MET)
    if facts.sources_unmeasured:
        return NextStep(Act.MEASURE, **base, reason=Reason.SOURCES)
    if facts.test_out:
        return NextStep(Act.LABEL, **base, reason=Reason.TEST_OUT)
    if facts.round_out:
        return NextStep(Act.LABEL, **base, reason=Reason.IDS_OUT)
    if facts.left <= 0:
        return NextStep(Act.STOP, **base, reason=Reason.POOL)
    if budget is not None and facts.train_labels >= budget:
        return NextStep(Act.STOP, **base, reason=Reason.BUDGET)
    if verdict is None and target is not None and facts.train_labels < facts.forecast_from:
        at = float(facts.forecast_from)   # too few labels to measure the strategies on: the order in force to there
        order, until = _order_until(at, facts, budget)
        return NextStep(Act.CONTINUE, **base, strategy=facts.strategy, order=order, decide_at=at, reason=Reason.FEW,
                        until=until)
    if verdict is None:
        at = facts.decide_at
        if at is not None and at > facts.train_labels:
            order, until = _order_until(at, facts, budget, Until.STANDING)
            return NextStep(Act.CONTINUE, **base, strategy=facts.strategy, order=order, decide_at=float(at),
                            reason=Reason.STANDING, until=until)
        if target is None:   # nothing asked yet: the strategy in force, one order at a time, then the answer again
            order, until = _order_until(math.nan, facts, budget, None)
            return NextStep(Act.CONTINUE, **base, strategy=facts.strategy, order=order,
                            decide_at=float(facts.train_labels + order), reason=Reason.NO_TARGET, until=until)
        return NextStep(Act.DECIDE, **base, reason=Reason.FORECAST)
    return _from_verdict(verdict, base, facts, budget)


def _weighed(verdict, facts: CampaignFacts, advantage) -> tuple[str, Reason, str]:
    """(strategy, reason, split strategy or "") of the next order: the forecast's pick (``verdict``; random where no
    path reaches or the learner refuses it), weighed against what the campaign's split rounds measured
    (``advantage``): AL's labels measured to pay switch to it, measured no better go back to random, not yet told
    apart split again. With nothing measured the forecast's pick stands: the answer never splits an order by itself
    (``benchmarks/split_design.md``: splits advised from the forecast paid AL's set-up where random was cheapest)."""
    from planner.forecast.draws import RANDOM   # with the forecast's draws (scipy): a campaign's status needs neither

    strategy = verdict.next_strategy
    reason = Reason.VERDICT
    if strategy is None or strategy in facts.refused:
        strategy, reason = RANDOM, Reason.UNREACHED if strategy is None else Reason.REFUSED
    if advantage is not None and advantage.strategy not in facts.refused:
        if advantage.finding == "pays":
            return advantage.strategy, Reason.MEASURED, ""
        if advantage.finding == "loses":
            return RANDOM, Reason.MEASURED, ""
        if strategy == RANDOM and reason != Reason.REFUSED:
            return RANDOM, Reason.MEASURING, advantage.strategy
    return strategy, reason, ""


def _from_verdict(verdict, base: dict, facts: CampaignFacts, budget: float | None) -> NextStep:
    """``continue``, ``switch`` or ``split`` as the forecast and the split rounds answer from the labels in hand."""
    from planner.decide.counts import labels_doubled
    from planner.forecast.draws import RANDOM

    strategy, reason, split = _weighed(verdict, facts, base.get("advantage"))
    base = {**base, "tell": test_to_tell(verdict, base.get("measured"), facts, base.get("label_price"))}
    known = _known_or_out(verdict, base, facts, budget, strategy)
    if known is not None:
        return known
    at = verdict.decide_at_labels if strategy == RANDOM else math.nan
    if strategy != RANDOM or not math.isfinite(at):   # until the labels in hand double (or the pool ends)
        at = float(min(labels_doubled(facts.train_labels), facts.train_labels + facts.left))
    if budget is not None:
        at = min(at, float(budget))
    orders = (Reason.VERDICT, Reason.MEASURED, Reason.MEASURING)
    goal, aim = (forecast_labels(verdict, strategy) if reason in orders else math.nan), Until.FORECAST
    m = base.get("measured")
    if m is not None and m.met and not m.stop and reason in orders:   # an unsure hit: to the sure score
        goal, aim = sure_labels(verdict, strategy, m), Until.SURE
    until = Until.DECIDE_AGAIN
    to_goal = facts.batch_size * whole_batches(goal - facts.train_labels, facts.batch_size, at_least=1) \
        if math.isfinite(goal) else math.inf
    if facts.train_labels < goal and to_goal < at - facts.train_labels:
        at, until = facts.train_labels + to_goal, aim
    order, until = _order_until(at, facts, budget, until)
    if split and order >= 2:
        return NextStep(Act.SPLIT, **base, strategy=split, order=order, decide_at=float(facts.train_labels + order),
                        reason=reason, verdict=verdict, until=until)
    act = Act.CONTINUE if strategy == facts.strategy and not facts.split else Act.SWITCH
    return NextStep(act, **base, strategy=strategy, order=order, decide_at=float(facts.train_labels + order),
                    reason=reason, verdict=verdict, until=until)


def _known_or_out(verdict, base: dict, facts: CampaignFacts, budget: float | None, strategy: str) -> NextStep | None:
    """The answer where knowing costs less than training, or the target is out of reach: ``test`` where the measured
    reading is unsure and more test labels settle it for less in expectation than training labels
    (:func:`planner.decide.settle.price_settle`); ``give up`` where the reading is below the target and the forecast
    gives the target at most the chance a stop leaves of falling short within the pool
    (:meth:`planner.decide.stop_rule.StopRule.out_of_reach`), naming what the pool reaches (:func:`pool_reach`);
    None otherwise (the forecast's order)."""
    m = base.get("measured")
    if m is None:
        return None
    settle = price_settle(m, facts, verdict, strategy, budget, base.get("label_price"))
    if settle is not None:
        base = {**base, "settle": settle}
        if settle.cheaper == "test":
            return NextStep(Act.TEST, **base, strategy=strategy, order=int(settle.option("test").labels),
                            reason=Reason.UNSURE, verdict=verdict)
    p_target = reach_chance(verdict)
    if not m.met and StopRule(m.confidence).out_of_reach(p_target):
        return NextStep(Act.GIVE_UP, **base, strategy=strategy, reason=Reason.OUT_OF_REACH, verdict=verdict,
                        reach=pool_reach(verdict, strategy, m, p_target))
    return None


def reach_chance(verdict) -> float:
    """The forecast's chance that some path reaches its target within the pool: one less the share of draws in which
    none does (NaN where the verdict does not say)."""
    p = getattr(verdict.decision, "probability_no_path", math.nan)
    try:
        return 1.0 - float(p)
    except (TypeError, ValueError):
        return math.nan


#: The steps of each bisection of the search for the score a pool reaches (:func:`pool_reach`).
REACH_STEPS = 10


def _highest(chance, lo: float, hi: float, level: float) -> float:
    """The highest score from ``lo`` to ``hi`` whose ``chance(score)`` (falling with the score) is at least ``level``,
    by bisection (:data:`REACH_STEPS`); ``lo`` where ``hi`` is not."""
    if chance(hi) >= level:
        return hi
    for _ in range(REACH_STEPS):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if chance(mid) >= level else (lo, mid)
    return lo


def pool_reach(verdict, strategy: str, m: MeasuredPoint, p_target: float) -> Reach:
    """What the pool reaches at the confidence of the measured point ``m`` (a :class:`Reach`): the highest score up
    to the target that the pool reaches with at least that chance, to a tenth of a point. A score is reached where
    the true score at the labels in hand meets it (the measurement's own chance, :func:`planner.decide.stop_rule.
    jeffreys` on its test labels), or where some path reaches it within the pool in the forecast's draws (the same
    draws and prices at another target, ``verdict.at_target``), whichever is the likelier; and ``strategy``'s labels
    and dollars from here to it (none where the labels in hand reach it)."""
    from planner.decide.stop_rule import jeffreys

    conf = float(m.confidence)
    n = max(float(m.test_noise_size), 1.0)
    in_hand = _highest(lambda s: jeffreys(m.score, n, s)[0], 0.0, float(m.target), conf)
    out = Reach(p_target=float(p_target), confidence=conf, strategy=strategy, score=math.floor(in_hand * 1000) / 1000)
    at_target = getattr(verdict, "at_target", None)
    if at_target is None:
        return out
    reach_at = getattr(verdict, "reach_at", None) or (lambda s: reach_chance(at_target(s)))
    if reach_at(in_hand) < conf:
        return out
    score = math.floor(_highest(reach_at, in_hand, float(m.target), conf) * 1000) / 1000
    labels = forecast_labels(at_target(score), strategy)
    if not math.isfinite(labels):
        return dataclasses.replace(out, score=score)
    dollars = float(at_target(score).decision.row(strategy).total_cost)
    return dataclasses.replace(out, score=score, labels_total=int(round(labels)),
                               dollars=dollars if math.isfinite(dollars) else None)
