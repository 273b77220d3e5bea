"""A campaign folder's forecast: every candidate strategy measured on the campaign's labels in hand, forecast for the
rest of its pool with the costs already paid left out, and priced at the time premium its labels measured. The
campaign's answer (:func:`planner.campaign.service.answer`) takes it where the measurements leave the act open, the
page prices a campaign with it, and the loop benchmark composes :func:`campaign_plan` and :func:`campaign_decision`
as ``alplan plan DIR`` does.
"""

from __future__ import annotations

import dataclasses
import functools

from planner.campaign.cache import ArrayStore
from planner.campaign.in_hand import (CANDIDATES, POOL_SHARE, RANDOM_SHARE, SEEDS, labels_in_hand, measure_strategies,
                                      runs_of)
from planner.campaign.measuring import timed_labels
from planner.campaign.premium import campaign_premiums, measured_premium, premium_draws, premium_sentence
from planner.campaign.state import Campaign
from planner.decide.campaign.redecide import (Redecision, in_campaign_labels, pool_score, redecide_at, sunk_from,
                                              told_from_margin)
from planner.decide.inputs import scenario_from_curves
from planner.decision import get_plan
from planner.forecast.io import read_curves
from planner.forecast.memo import lending


def campaign_plan(held, strategies=None, metric: str = "accuracy", *, seed: int = 0, progress=None):
    """(the Plan, the AL strategies set aside) of a campaign's labels in hand
    (planner.campaign.in_hand.LabelsInHand ``held``): every candidate strategy (``strategies``; None: the
    defaults the learner can serve) simulated on them and fitted once, less the AL strategies the runs cannot tell
    from margin (planner.decide.campaign.redecide.told_from_margin); :func:`campaign_decision` prices it. ``alplan plan
    DIR`` and the loop benchmark compose the same two steps."""
    curves, aside = told_from_margin(read_curves(measure_strategies(held, strategies, progress=progress),
                                                 metric=metric))
    with lending(ArrayStore(held.folder)):   # the curves' fits kept in the campaign's cache, for the next question
        return get_plan(curves, seed=seed), aside


def campaign_decision(planned, held, scenario, target: float, *, vendors=None, test_size: float | None = None,
                      folder: str | None = None):
    """The verdict for the rest of a campaign's pool from :func:`campaign_plan`'s ``plan``, ``scenario`` already sunk
    (planner.decide.campaign.redecide.sunk_scenario): a :class:`planner.decide.campaign.redecide.Redecision` whose count to decide
    again is in the campaign's own labels, carrying the Plan and ``scenario`` (what a report and the charts read)."""
    plan, aside = planned
    runs = runs_of(held)
    test_size = test_size if test_size is not None else float(held.test_labels)
    decision = plan.decide(scenario, target, vendors=vendors, test_size=test_size)
    order = {name: i for i, name in enumerate(CANDIDATES)}
    names = sorted([*plan.strategies, *aside], key=lambda name: order.get(name, len(order)))
    measured = {"strategies": names, "set_aside": list(aside), "seeds": SEEDS, **runs,
                "share": POOL_SHARE, "random_share": RANDOM_SHARE}
    at = redecide_at(decision, labels_in_hand=held.train_labels, pool_size=scenario.pool_size, share=RANDOM_SHARE)
    decision = in_campaign_labels(decision, at, labels_in_hand=held.train_labels)
    answer = Redecision(decision=decision, folder=str(folder if folder is not None else held.folder),
                        strategy_now=held.strategy_now, train_labels=held.train_labels, test_labels=held.test_labels,
                        setup_paid_by=held.paid_by, setup_cost=float(decision.scenario.get("engineering_cost", 0.0)),
                        pool_size=scenario.pool_size, measured=measured, decide_at_labels=at,
                        pool_score=pool_score(plan, scenario, held.train_labels), plan=plan, scenario=scenario)

    @functools.lru_cache(maxsize=4)
    def at_target(score: float):   # the same draws at another target: what settles an untrusted measured hit
        return dataclasses.replace(answer, decision=plan.decide(scenario, score, vendors=vendors, test_size=test_size))

    def reach_at(score: float) -> float:   # the chance alone, as a search over targets asks it
        return plan.reach_chance(scenario, score, vendors=vendors)

    return dataclasses.replace(answer, at_target=at_target, reach_at=reach_at)


def campaign_redecision(folder: str, question, prices, *, measured: dict | None = None, progress=None, say=None):
    """The forecast of a campaign's answer (:class:`planner.campaign.question.Question` ``question``, priced at
    :class:`planner.campaign.question.Prices` ``prices``): every candidate strategy measured on the labels in hand
    (:mod:`planner.campaign.in_hand`), forecast for the rest of the pool with the costs already paid left out
    (planner.decide.campaign.redecide) and every path continued from the campaign's ``measured`` point
    (:func:`planner.decide.campaign.next_step.measured_from`), priced at the user's scenario completed from the
    strategies' curves (:func:`planner.decide.inputs.scenario_from_curves`: the pool ``prices.pool`` states).
    ``progress``: the runs' progress callback; ``say``: where the line that says the runs start goes. A Redecision,
    carrying its Plan and the scenario it was priced under (the CLI's --report, the page's charts read them)."""
    held = labels_in_hand(folder)

    def started(done: int, total: int, info: str = "") -> None:   # first called once the runs are checked
        if done == 0 and say is not None:
            say(f"measuring the strategies on the {held.train_labels:,} training labels in hand ({total:,} runs)")
        if progress is not None:
            progress(done, total, info)

    watched = started if (say is not None or progress is not None) else None
    planned = campaign_plan(held, question.strategies, question.metric, seed=question.seed, progress=watched)
    scenario = scenario_from_curves(prices.scenario, planned[0].curves, prices.pool)
    answer, _ = campaign_priced(planned, held, scenario, question.target, folder=folder, given=prices.given,
                                measured=measured, premium_stated=prices.premium_stated, seed=question.seed,
                                vendors=prices.vendors, test_size=prices.test_size)
    return answer


def campaign_priced(planned, held, scenario, target: float, *, folder: str, given: frozenset = frozenset(),
                    measured: dict | None = None, premium_stated: bool = False, seed: int = 0, vendors=None,
                    test_size: float | None = None):
    """(the Redecision, the scenario it was priced under) of a campaign's strategies measured on its labels in hand
    (:func:`campaign_plan`'s ``planned``) under the user's ``scenario``: the campaign's sunk costs and shape (the
    fields ``given`` kept), every path continued from the campaign's ``measured`` point (the Scenario fields of
    :func:`planner.decide.campaign.next_step.measured_from`: none reaching the target at or below the labels in hand, each
    climbing from the score measured there), and AL's labels at the time
    premium the campaign measured unless one was stated (``premium_stated``). `plan DIR`, `replan DIR` and the page
    price a campaign with it."""
    plan = planned[0]
    scenario = sunk_from(scenario, held, given)
    scenario = scenario.with_standing(**(measured or {}))
    scenario, timed = _measured_premium(folder, scenario, n_draws=plan.draws.n_draws, seed=seed,
                                        stated=premium_stated)
    answer = campaign_decision(planned, held, scenario, target, vendors=vendors, test_size=test_size, folder=folder)
    if timed is not None:   # the answer says what its AL labels were priced at, and where that came from
        answer = dataclasses.replace(answer, decision=dataclasses.replace(
            answer.decision, notes=(timed,) + tuple(answer.decision.notes)))
    return answer, scenario


def _measured_premium(folder, scenario, *, n_draws: int, seed: int, stated: bool):
    """A campaign's answer without a stated premium (--al-label-premium): the AL time premium the campaign measured
    (planner.campaign.premium) priced with its uncertainty, one bootstrap replicate per forecast draw (drawn
    with ``seed``), and the sentence that says so; unchanged (None) where one is stated or too few labels are
    timed."""
    if stated:
        return scenario, None

    campaign = Campaign.load(folder)
    times = timed_labels(campaign)   # read once: the premium and its draws
    found = measured_premium(campaign_premiums(times, seed=int(campaign.settings["seed"]))[0])
    if found is None:
        return scenario, None
    draws = premium_draws(times, found.strategy, n_draws=n_draws, seed=seed)
    priced = dataclasses.replace(scenario, al_label_premium=draws)
    priced.validate()
    return priced, (f"{premium_sentence(found)}: this range is priced into the forecasts, each drawing AL's labels "
                    f"at its own premium (median {priced.premium:.2f}x; --al-label-premium X overrides it with one "
                    "number).")
