"""A campaign's one answer: stop, buy test labels, give up, continue with its strategy, or switch, taken from what
the campaign measured.

Every surface that speaks of a running campaign (``alplan plan DIR``, ``alplan replan DIR``, ``alplan campaign
status`` and ``measure``, the page) renders the :class:`planner.decide.campaign.answer.CampaignAnswer` that :func:`next_step` returns (completed by
:func:`planner.decide.campaign.answer.answer_record`), so they say the
same act. The answer starts from the campaign's last measured round, a fact no forecast contradicts:

1. No test label or no training label in hand yet: label them (``label``).
2. Labels in hand that no measure has scored yet: measure them (``measure``): an answer rests on the score at the
   labels in hand.
3. The measured score meets the target by the stop rule (:func:`planner.decide.campaign.stop_rule.measured_point`):
   ``stop`` only where P(true score >= target) is at least the confidence (or the lower chance the user asked to
   stop at), P from the test split alone (its binomial count; for macro-F1 and balanced accuracy the round's
   confusion matrix, :func:`planner.decide.campaign.stop_rule.reading`) or, where lower, from the rounds before it,
   forecast to the labels in hand and re-weighted by the measurement.
   A source whose labels changed since its curve was measured: measure it (``measure``), so the answer weighs it.
4. Test ids drawn and not labeled, or ids of the current round still out with none of them labeled: label them
   (``label``).
5. No id left to ask in the pool, or the budget spent: ``stop``, at what was measured.
6. Otherwise the forecast decides (:class:`planner.decide.campaign.redecide.Redecision`, every strategy measured on the
   labels in hand and priced from here). Without one, the answer is the order in force (``continue`` up to the
   count at which to decide again; with fewer labels than a forecast needs, to that count) or ``decide`` (run the
   forecast). With one: **the cheapest way to know** first (:mod:`planner.decide.campaign.settle`): ``test`` where more test
   labels settle an unsure reading for less in expectation than training labels to the score the split confirms;
   ``give up`` where the reading is below the target and the forecast reaches it within the pool with at most the
   chance a stop leaves of falling short, naming what the pool reaches (:func:`pool_reach`). Else ``continue`` with
   the strategy in force or ``switch`` to another, ordering from the labels in hand to the forecast's median labels
   to the target (to the score the split confirms for an unsure hit, ``until`` ``sure``; whole rounds) or to the
   count at which to decide again, whichever comes first (``until``); where the target is reached within the pool
   in fewer than half of the forecasts, labeling at random further is what measures how far the curve still rises.
   Where the campaign split rounds (``campaign next --split S``: half random, half S), what they measured weighs
   first (:mod:`planner.decide.campaign.advantage`): AL's labels measured to beat random's switch to it, measured no better
   go back to random, not yet told apart ``split`` again; the answer never starts a split by itself. Every forecast
   also states the test split the question needs (:func:`test_to_tell`).
"""

from __future__ import annotations

import dataclasses
import math

from planner.decide.campaign.acts import ACTS, REASONS, UNTIL, Act, Reason, Until
from planner.decide.campaign.advantage import measured_advantage
from planner.decide.campaign.answer import CampaignAnswer, settle_dollars, whole_or_none
from planner.decide.campaign.counts import labels_doubled
from planner.decide.campaign.facts import CampaignFacts, Reach, Tell
from planner.decide.campaign.settle import forecast_labels, price_of, price_settle, sure_labels
from planner.decide.campaign.stop_rule import (MeasuredPoint, StopRule, jeffreys, labels_to_tell, last_round,
                                               measured_point, round_test_size)
from planner.decide.costs import labels_dollars, whole_batches
from planner.decide.summaries import DEFAULT_LEVEL

__all__ = ["ACTS", "REASONS", "UNTIL", "Act", "CampaignFacts", "MeasuredPoint", "Reach", "Reason", "Tell", "Until",
           "answer_of", "next_step", "pool_reach", "reach_chance", "test_to_tell", "wants_forecast"]


def test_to_tell(verdict, m: MeasuredPoint | None, facts: CampaignFacts, label_price: float | None) -> Tell | None:
    """The test labels it takes to tell the target from what the pool likely gives (a :class:`Tell`), where those
    in hand do not; None without a forecast's pool score or a measured point, or where the test labels in hand
    suffice."""

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


def answer_of(act: Act, *, facts: CampaignFacts, reason: Reason, target=None, budget=None, label_price=None,
            measured: MeasuredPoint | None = None, advantage=None, tell: Tell | None = None, settle=None,
            verdict=None, strategy: str | None = None, order: int = 0, decide_at: float = math.nan,
            until: Until | None = None, reach: Reach | None = None) -> CampaignAnswer:
    """The decision as the answer's record (:class:`planner.decide.campaign.answer.CampaignAnswer`): the act
    (strings are taken as the members), its order and reason, the measured point, the split rounds' advantage, the
    forecast (``verdict``), and where the measured reading is unsure the steps that would settle it, priced at
    ``label_price`` (``settle``, where the answer priced them already), with their dollars; the record's paths,
    command, lead and question are :func:`planner.decide.campaign.answer.answer_record`'s."""
    if settle is None:
        settle = price_settle(measured, facts, verdict, strategy, budget, label_price)
    return CampaignAnswer(act, reason, facts, target=target, strategy=strategy, order=int(order), until=until,
                          decide_at=whole_or_none(decide_at), budget=budget, measured=measured, settle=settle,
                          settle_dollars=None if measured is None else settle_dollars(measured, label_price),
                          advantage=advantage, reach=reach, tell=tell, forecast=verdict)


def measured_from(facts: CampaignFacts, metric: str = "accuracy") -> dict:
    """The :class:`planner.decide.costs.Standing` fields a campaign's forecast starts from: no path reaches the
    target at or below the training labels in hand (``short_at``; the forecast is taken only where the campaign
    did not measure the target met there), and the score the campaign measured there with its test labels, where
    its last measured round is at the labels in hand."""
    out = {"short_at": int(facts.train_labels)}
    if facts.rounds.empty or facts.measured_labels != facts.train_labels or metric not in facts.rounds:
        return out
    last = last_round(facts.rounds)
    n = round_test_size(last, facts.test_labels)
    score = float(last[metric])
    if int(n) >= 1 and math.isfinite(score) and 0.0 <= score <= 1.0:
        out.update(measured_score=score, measured_test_size=int(n), measured_strategy=str(last["strategy"]))
    return out


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
              label_price: float | None = None, stop_chance: float | None = None) -> CampaignAnswer:
    """The campaign's one answer (see the module docstring) from its ``facts``, the ``target`` (None: not asked
    yet), the stop rule's ``confidence``, and the forecast ``verdict`` where it was taken (a
    :class:`planner.decide.campaign.redecide.Redecision` on the same labels in hand); ``budget``: labels the campaign may
    hold in all (its training labels), None without one; ``label_price``: the user's price per label, which prices
    what would settle an unsure hit (:mod:`planner.decide.campaign.settle`; None: the forecast's, where one was taken)."""
    base = dict(facts=facts, target=target, budget=budget, label_price=label_price)
    if facts.test_labels == 0 or facts.train_labels == 0:
        return answer_of(Act.LABEL, **base, reason=Reason.FIRST)
    if not facts.measured_now:
        return answer_of(Act.MEASURE, **base, reason=Reason.UNMEASURED if facts.measured_labels is not None
                        else Reason.FIRST)
    point = measured_point(facts, target, confidence, metric, stop_chance) if target is not None else None
    base["measured"] = point
    base["advantage"] = measured_advantage(facts.splits, metric, confidence, DEFAULT_LEVEL)
    if point is not None and point.stop:
        return answer_of(Act.STOP, **base, reason=Reason.MET)
    if facts.sources_unmeasured:
        return answer_of(Act.MEASURE, **base, reason=Reason.SOURCES)
    if facts.test_out:
        return answer_of(Act.LABEL, **base, reason=Reason.TEST_OUT)
    if facts.round_out:
        return answer_of(Act.LABEL, **base, reason=Reason.IDS_OUT)
    if facts.left <= 0:
        return answer_of(Act.STOP, **base, reason=Reason.POOL)
    if budget is not None and facts.train_labels >= budget:
        return answer_of(Act.STOP, **base, reason=Reason.BUDGET)
    if verdict is None and target is not None and facts.train_labels < facts.forecast_from:
        at = float(facts.forecast_from)   # too few labels to measure the strategies on: the order in force to there
        order, until = _order_until(at, facts, budget)
        return answer_of(Act.CONTINUE, **base, strategy=facts.strategy, order=order, decide_at=at, reason=Reason.FEW,
                        until=until)
    if verdict is None:
        at = facts.decide_at
        if at is not None and at > facts.train_labels:
            order, until = _order_until(at, facts, budget, Until.STANDING)
            return answer_of(Act.CONTINUE, **base, strategy=facts.strategy, order=order, decide_at=float(at),
                            reason=Reason.STANDING, until=until)
        if target is None:   # nothing asked yet: the strategy in force, one order at a time, then the answer again
            order, until = _order_until(math.nan, facts, budget, None)
            return answer_of(Act.CONTINUE, **base, strategy=facts.strategy, order=order,
                            decide_at=float(facts.train_labels + order), reason=Reason.NO_TARGET, until=until)
        return answer_of(Act.DECIDE, **base, reason=Reason.FORECAST)
    return _from_verdict(verdict, base, facts, budget)


def wants_forecast(answer: CampaignAnswer) -> bool:
    """Whether the answer the measurements gave (:func:`next_step` without a ``verdict``) leaves the act to the
    forecast: ``decide``, or the order in force to its count (which the forecast, where taken, weighs again). Every
    other act (a stop, a label or measure step, an order with too few labels or no target) stands without one."""
    return answer.act == Act.DECIDE or (answer.act == Act.CONTINUE and answer.reason == Reason.STANDING)


def _weighed(verdict, facts: CampaignFacts, advantage) -> tuple[str, Reason, str]:
    """(strategy, reason, split strategy or "") of the next order: the forecast's pick (``verdict``; random where no
    path reaches or the learner refuses it), weighed against what the campaign's split rounds measured
    (``advantage``): AL's labels measured to pay switch to it, measured no better go back to random, not yet told
    apart split again. With nothing measured the forecast's pick stands: the answer never splits an order by itself
    (``benchmarks/split_design.md``: splits advised from the forecast paid AL's set-up where random was cheapest)."""
    from planner.forecast.draws import RANDOM   # lazy: start-up time (scipy)

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


def _from_verdict(verdict, base: dict, facts: CampaignFacts, budget: float | None) -> CampaignAnswer:
    """``continue``, ``switch`` or ``split`` as the forecast and the split rounds answer from the labels in hand."""
    from planner.forecast.draws import RANDOM   # lazy: start-up time (scipy)

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
        return answer_of(Act.SPLIT, **base, strategy=split, order=order, decide_at=float(facts.train_labels + order),
                        reason=reason, verdict=verdict, until=until)
    act = Act.CONTINUE if strategy == facts.strategy and not facts.split else Act.SWITCH
    return answer_of(act, **base, strategy=strategy, order=order, decide_at=float(facts.train_labels + order),
                    reason=reason, verdict=verdict, until=until)


def _known_or_out(verdict, base: dict, facts: CampaignFacts, budget: float | None, strategy: str) -> CampaignAnswer | None:
    """The answer where knowing costs less than training, or the target is out of reach: ``test`` where the measured
    reading is unsure and more test labels settle it for less in expectation than training labels
    (:func:`planner.decide.campaign.settle.price_settle`); ``give up`` where the reading is below the target and the forecast
    gives the target at most the chance a stop leaves of falling short within the pool
    (:meth:`planner.decide.campaign.stop_rule.StopRule.out_of_reach`), naming what the pool reaches (:func:`pool_reach`);
    None otherwise (the forecast's order)."""
    m = base.get("measured")
    if m is None:
        return None
    settle = price_settle(m, facts, verdict, strategy, budget, base.get("label_price"))
    if settle is not None:
        base = {**base, "settle": settle}
        if settle.cheaper == "test":
            return answer_of(Act.TEST, **base, strategy=strategy, order=int(settle.option("test").labels),
                            reason=Reason.UNSURE, verdict=verdict)
    p_target = reach_chance(verdict)
    if not m.met and StopRule(m.confidence).out_of_reach(p_target):
        return answer_of(Act.GIVE_UP, **base, strategy=strategy, reason=Reason.OUT_OF_REACH, verdict=verdict,
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
    the true score at the labels in hand meets it (the measurement's own chance, :func:`planner.decide.campaign.stop_rule.
    jeffreys` on its test labels), or where some path reaches it within the pool in the forecast's draws (the same
    draws and prices at another target, ``verdict.at_target``), whichever is the likelier; and ``strategy``'s labels
    and dollars from here to it (none where the labels in hand reach it)."""

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
