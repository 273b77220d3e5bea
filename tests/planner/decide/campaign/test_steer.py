"""Steering a campaign in flight: the dollar-optimal stop and the next order (planner.decide.campaign.steer, alplan replan)."""

from __future__ import annotations

import itertools
import json
import math
import re
import tracemalloc
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import planner.decide.campaign.steer as campaign_module
from planner.cli import main
from planner.decide.costs import PoolShape, Scenario
from planner.decide.scenario import DEFAULTS
from planner.decide.campaign.steer import (MAX_STATES, MAX_STOP_GRID, Measurement, _best_order, optimal_stop, replan,
                                  tell_apart_size)
from planner.decide.campaign.stop_rule import jeffreys
from planner.decide.track_record import PilotRecord, recorded_p, replan_record, value_band
from planner.decide.verdict import Plan, decide
from planner.decide.voi import PilotExtension, extend_pilot
from planner.forecast.extrapolation import calibration_for, load_calibration
from planner.present import steering_view
from planner.present.evidence_lines import pilot_line
from planner.present.words import percent
from tests.builders import csv_file, curve_table

MARGIN = (("margin", 1.0),)


def campaign(rng, *, seeds=3, last=110):
    return curve_table(rng, lambda n, _: 0.95 - 0.9 * (n / 0.6) ** -0.5, MARGIN, seeds=seeds,
                       counts=range(20, last + 1, 10))


@pytest.fixture(scope="module")
def plan():
    return Plan(campaign(np.random.default_rng(3)), seed=0)


def scen(**kw):
    base = dict(label_price=0.5, engineering_days=0, day_rate=400, compute_per_round=2.0, turnaround_days=2,
                delay_cost_per_day=10.0)
    base.update(kw)
    return Scenario(**base)


def test_the_stop_moves_later_when_accuracy_is_worth_more(plan):
    stops = [optimal_stop(plan, scen(), value_per_point=v) for v in (5.0, 50.0, 500.0)]
    labels = [s.labels for s in stops]
    assert labels[0] <= labels[1] <= labels[2] and labels[0] < labels[2]
    for s in stops:
        assert s.labels_low <= s.labels_high
    cheap = optimal_stop(plan, scen(), value_per_point=0.01)
    assert cheap.stop_now and "stop buying now" in steering_view.stop_text(cheap)
    assert not stops[2].stop_now and "keep buying" in steering_view.stop_text(stops[2])


def test_replan_stops_once_the_target_is_reached(plan):
    advice = replan(plan, scen(), 0.80, confidence=0.9)
    assert advice.stop and advice.order == 0 and advice.p_reached >= 0.9
    assert steering_view.order_text(advice).startswith("Stop")


def test_dearer_rounds_mean_bigger_orders_that_reach_more_often(plan):
    cheap_round = replan(plan, scen(compute_per_round=0.0, delay_cost_per_day=0.0), 0.9, confidence=0.9)
    dear_round = replan(plan, scen(compute_per_round=500.0, delay_cost_per_day=200.0), 0.9, confidence=0.9)
    assert not cheap_round.stop and not dear_round.stop
    assert dear_round.order >= cheap_round.order
    assert dear_round.p_reach_after >= cheap_round.p_reach_after
    assert dear_round.p_reach_after > 0.5
    # the order at the stated confidence reaches the target in that share of the draws (a measurement that
    # tells nothing, so the draws keep their equal weights)
    vague = replan(plan, scen(compute_per_round=500.0, delay_cost_per_day=200.0), 0.9, confidence=0.9,
                   accuracy_se=0.49)
    labels, _, _ = plan.label_draws("margin", 0.9, plan.resolve(scen()))
    if math.isfinite(vague.order_at_confidence):
        reach = np.mean(labels <= vague.current_labels + vague.order_at_confidence)
        assert reach >= 0.9


def flat_campaign(rng, level=0.80, seeds=3):
    return curve_table(rng, lambda n, _: level - 0.3 * (n / 10.0) ** -2.0, MARGIN, seeds=seeds,
                       counts=range(20, 201, 10), noise=0.002)


def test_replan_gives_up_when_the_target_is_out_of_reach_with_the_confidence():
    flat = Plan(flat_campaign(np.random.default_rng(1)), seed=0)
    advice = replan(flat, scen(), 0.97, confidence=0.9)
    assert advice.action == "give up" and advice.p_reachable <= 0.1
    assert not math.isfinite(advice.order) and steering_view.order_text(advice).startswith("Give up")
    assert advice.to_dict()["order"] is None and advice.to_dict()["stop"] is False


def test_the_give_up_level_moves_the_give_up_and_a_bad_one_is_refused(plan):
    # with a budget the give-up reads the recorded P; at the default level (1 - C) a target within the budget in
    # a recorded P above 0.1 is ordered for, one below it given up; a level on either side of that P moves it
    for budget in (300, 600):
        shipped = replan(plan, scen(), 0.95, confidence=0.9, budget=budget)
        rp = shipped.p_within_recorded
        assert 0.02 < rp < 0.9 and shipped.action == ("give up" if rp <= 0.1 else "order")
        assert replan(plan, scen(), 0.95, confidence=0.9, budget=budget, give_up_below=rp + 0.02).action == "give up"
        lower = replan(plan, scen(), 0.95, confidence=0.9, budget=budget, give_up_below=rp - 0.02)
        assert lower.action == "order" and lower.p_within_recorded == rp   # the evidence is the same
    for bad in (-0.1, 1.0, float("nan")):
        with pytest.raises(ValueError, match="give_up_below"):
            replan(plan, scen(), 0.95, confidence=0.9, budget=300, give_up_below=bad)


def test_an_order_is_sized_for_the_forecasts_that_reach_the_target(plan):
    # a target reached at all in only some forecasts: an order (not a give-up) and the risk said
    advice = replan(plan, scen(), 0.99, confidence=0.9)
    assert 0.1 < advice.p_reachable < 0.95
    assert advice.action == "order" and math.isfinite(advice.order) and advice.order > 0
    assert f"reached at all in {percent(advice.p_reachable)} of the forecasts" in steering_view.order_text(advice)


def _spy_orders(monkeypatch) -> list:
    """Record every grid of label counts the campaign's searches build: (span, batch, limit, counts)."""
    seen, real = [], campaign_module._orders

    def spy(span, batch, limit):
        out = real(span, batch, limit)
        seen.append((span, batch, limit, out.size))
        return out

    monkeypatch.setattr(campaign_module, "_orders", spy)
    return seen


def test_far_targets_keep_the_order_search_bounded(plan, monkeypatch):
    # a target some draws reach only past a billion labels: the order search visits at most MAX_STATES counts (memory
    # stays bounded too); its time is in benchmarks/bench_planner.py
    seen = _spy_orders(monkeypatch)
    tracemalloc.start()
    try:
        advice = replan(plan, scen(), 0.99, confidence=0.9)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seen and all(size <= limit <= MAX_STATES for _, _, limit, size in seen)
    assert max(span / batch for span, batch, _, _ in seen) > 100 * MAX_STATES   # every batch would be far more
    assert peak < 200e6
    assert advice.action == "order"


def _large_campaign() -> Plan:
    return Plan(curve_table(np.random.default_rng(4), lambda n, _: 0.95 - 0.9 * (n / 0.6) ** -0.5, MARGIN,
                            counts=np.geomspace(1_000, 200_000, 12).round(), noise=0.002), seed=0)


def test_the_stop_search_is_bounded_on_a_large_campaign(monkeypatch):
    big = _large_campaign()
    seen = _spy_orders(monkeypatch)
    tracemalloc.start()
    try:
        # 1.28M labels in batches of 10
        advice = optimal_stop(big, scen(pool=PoolShape(batch_size=10)), value_per_point=1e4)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # the draws' accuracy is read at most at MAX_STOP_GRID counts, not at each of the 128,000 batches
    assert len(seen) == 1 and seen[0][3] <= seen[0][2] == MAX_STOP_GRID
    assert seen[0][0] / seen[0][1] > 50 * MAX_STOP_GRID
    assert peak < 300e6
    assert advice.labels >= advice.current_labels


def _schedule_cost(schedule, need, price, per_round, now=0.0):
    total = 0.0
    for m in need:
        have = now
        for s in schedule:
            total += (s - have) * price + per_round
            have = s
            if have >= m:
                break
    return total / len(need)


@pytest.mark.parametrize("per_round", [0.0, 5.0, 25.0, 200.0])
def test_the_order_search_finds_the_cheapest_schedule(per_round):
    # exhaustive: every increasing schedule of whole batches that ends at the largest requirement
    need = np.array([30.0, 50.0, 50.0, 90.0, 60.0])
    grid = [10.0 * i for i in range(1, 10)]
    by_first = {}
    for r in range(len(grid)):
        for head in itertools.combinations(grid[:-1], r):
            sched = [*head, 90.0]
            c = _schedule_cost(sched, need, 1.0, per_round)
            by_first[sched[0]] = min(by_first.get(sched[0], math.inf), c)
    order, cost, _ = _best_order(need, now=0.0, cap=math.inf, batch=10, price=1.0, per_round=per_round)
    assert cost == pytest.approx(min(by_first.values()))
    assert by_first[order] == pytest.approx(cost)     # the advised order starts a cheapest schedule


def test_a_single_run_uses_the_single_run_calibration():
    cal = load_calibration()
    one = Plan(campaign(np.random.default_rng(2), seeds=1), seed=0).draws.get("margin")
    three = Plan(campaign(np.random.default_rng(2), seeds=3), seed=0).draws.get("margin")
    # the calibration of each curve's regime (issue 18): one run and three runs are calibrated apart
    assert one.raw.regime.runs == "single" and three.raw.regime.runs == "seeds"
    assert one.calibration is calibration_for(cal, "al", one.raw.regime)
    assert three.calibration is calibration_for(cal, "al", three.raw.regime)
    assert one.calibration is not three.calibration or one.raw.regime.shape != three.raw.regime.shape
    assert one.calibration.sd_plateau > 0 and one.calibration.sd_level > 0


def test_the_next_order_respects_the_pool(plan):
    advice = replan(plan, scen(pool=PoolShape(pool_size=130), compute_per_round=500.0), 0.9, confidence=0.9)
    assert advice.order <= 130 - advice.current_labels or not math.isfinite(advice.order)


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    return csv_file(tmp_path_factory.mktemp("steer"), campaign(np.random.default_rng(5)), "measured.csv")


def test_replan_cli_prints_the_order_and_the_stop(measured, cli):
    data = cli.json("replan", measured, "--target", "0.9", "--label-price", "0.5", "--compute-per-round", "2",
                    "--value-per-point", "100")
    assert data["order"]["strategy"] == "margin" and data["order"]["order"] > 0
    assert data["optimal_stop"]["labels"] >= data["optimal_stop"]["current_labels"]


# ------------------------------------------------ issue 19: evidence, budget, order costs


def one_run(accs, start=20, step=10, strategy="margin"):
    return pd.DataFrame([{"strategy": strategy, "seed": 0, "n_labels": start + step * k, "accuracy": a}
                         for k, a in enumerate(accs)])


FLAT_THEN_HIT = [0.70, 0.78, 0.82, 0.845, 0.86, 0.87, 0.875, 0.878, 0.88, 0.91]


def test_a_measured_hit_on_a_large_test_set_stops():
    hit = Plan(one_run(FLAT_THEN_HIT), seed=0)
    advice = replan(hit, scen(), 0.90, confidence=0.9, test_size=100_000)
    assert advice.stop and advice.measured_hit and advice.p_true > 0.1
    assert steering_view.order_text(advice).startswith("Stop: the target 90% is met - measured 91.0%")


FLAT_THEN_JUMP = [0.80, 0.84, 0.85, 0.852, 0.85, 0.851, 0.85, 0.852, 0.851, 0.85, 0.851, 0.905]


def test_a_measured_hit_the_rounds_contradict_on_a_small_test_set_is_an_order_with_numbers():
    # eleven rounds flat at 85%, then 90.5% on a 200-example test set (+/-2 points): noise, with the numbers
    jump = Plan(one_run(FLAT_THEN_JUMP), seed=0)
    advice = replan(jump, scen(), 0.90, confidence=0.9, test_size=200)
    assert advice.action in ("order", "give up") and advice.measured_hit and advice.p_true <= 0.1
    # the chance holds the hit against the flat rounds; the range is the test's alone, as a campaign's folder states
    assert advice.held_out and advice.p_true < jeffreys(0.905, 200, 0.90)[0]
    assert (advice.accuracy_now_low, advice.accuracy_now_high) == pytest.approx(jeffreys(0.905, 200, 0.90)[2:])
    text = steering_view.order_text(advice)
    if advice.action == "order":
        assert "not sure yet" in text and "200-example test set" in text and "P(true accuracy >= 90%)" in text
        assert "by the rounds before it, forecast to here, and that measurement" in text
    # the same jump measured on 100,000 examples is the truth: stop
    assert replan(jump, scen(), 0.90, confidence=0.9, test_size=100_000).stop


def test_a_campaign_that_starts_at_the_target_is_told_so():
    start = Plan(one_run([0.80, 0.86, 0.93]), seed=0)
    advice = replan(start, scen(), 0.91, confidence=0.9, test_size=500)
    assert advice.stop and advice.order == 0 and advice.p_true >= 0.9
    assert "meets it" in steering_view.order_text(advice)
    # a point above a 92% target on 500 test labels is no sure hit: no stop, and the words say so, not "met"
    close = replan(start, scen(), 0.92, confidence=0.9, test_size=500)
    text = steering_view.order_text(close)
    assert not close.stop and close.measured_hit and close.p_true < 0.9
    assert "not sure yet" in text and "meets it" not in text and "is met" not in text
    asked = replan(start, scen(), 0.92, confidence=0.9, test_size=500, stop_chance=0.6)
    assert asked.stop == (asked.p_true >= 0.6) and (not asked.stop or "as asked" in steering_view.order_text(asked))


def test_a_measurement_below_the_target_is_not_a_stop(plan):
    advice = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000)
    assert not advice.measured_hit and advice.action == "order"


def test_the_budget_gives_up_and_says_what_it_buys(plan):
    free = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000)
    assert free.action == "order" and free.labels_needed > 130
    capped = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000, budget=120)
    assert capped.action == "give up" and capped.p_within_budget <= 0.1 and capped.budget_labels == 120
    assert 0.5 < capped.budget_accuracy_low <= capped.budget_accuracy <= capped.budget_accuracy_high < 0.9
    text = steering_view.order_text(capped)
    assert "within the budget (120 labels)" in text and "The budget (120 labels) buys" in text
    # a dollar budget caps the labels one order can still buy
    dollars = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000, budget_dollars=22.0 + 5.0)  # $22 an order
    assert dollars.budget_labels == 110 + 10 and dollars.action == "give up"


def test_a_budget_below_what_is_labeled_is_refused(plan):
    with pytest.raises(ValueError, match="below the 110 already labeled"):
        replan(plan, scen(), 0.9, budget=100)
    with pytest.raises(ValueError, match="budget-dollars"):
        replan(plan, scen(), 0.9, budget_dollars=-5)


def test_dearer_orders_mean_fewer_larger_orders(plan):
    advice = [replan(plan, scen(compute_per_round=0.0, delay_cost_per_day=0.0), 0.93, confidence=0.9,
                     test_size=1000, order_cost=fee) for fee in (0.0, 20.0, 200.0, 2000.0)]
    sizes = [a.order for a in advice]
    orders = [a.expected_orders for a in advice]
    assert all(a.action == "order" for a in advice)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert orders == sorted(orders, reverse=True) and orders[-1] < orders[0]
    assert advice[0].per_order_cost == 0.0 and advice[-1].per_order_cost == 2000.0
    assert "orders on average" in steering_view.order_text(advice[-1])


def test_the_expected_number_of_orders_matches_the_schedule():
    # two equally likely requirements, no per-order cost: buy to the first, then to the second if short
    need = np.array([30.0, 90.0])
    order, cost, orders = _best_order(need, now=0.0, cap=math.inf, batch=10, price=1.0, per_round=1.0)
    assert order == 30.0 and orders == pytest.approx(1.5) and cost == pytest.approx(30 + 1 + 0.5 * 61)
    order, cost, orders = _best_order(need, now=0.0, cap=math.inf, batch=10, price=1.0, per_round=100.0)
    assert order == 90.0 and orders == pytest.approx(1.0)


def test_the_cheapest_schedule_orders_once_when_one_order_reaches_every_draw():
    # every requirement at 1,000 labels from 100: one order of 900 and its fee
    need = np.full(10, 1000.0)
    assert _best_order(need, now=100.0, cap=math.inf, batch=10, price=1.0, per_round=5.0)[:3] == (900.0, 905.0, 1.0)


def test_replan_cli_budget_test_size_and_order_cost(measured, cli):
    data = cli.json("replan", measured, "--target", "0.9", "--label-price", "0.5", "--test-size", "500",
                    "--budget", "3000", "--order-cost", "200", "--compute-per-round", "0")["order"]
    assert data["budget_labels"] == 3000 and data["per_order_cost"] == 200
    assert data["expected_orders"] >= 1 and data["budget_accuracy"] is not None
    assert "500-example test set" in data["test_noise"]
    code, out, _ = cli("replan", measured, "--target", "0.9", "--label-price", "0.5", "--budget-dollars", "5")
    assert code == 0 and out.startswith("Give up") and "$5 budget" in out


def test_replan_cli_gives_up_at_the_level_set_and_says_so(tmp_path, cli):
    # target 0.95 with a budget of 600 labels: the default level (1 - 0.9) orders; a level above the recorded P
    # gives up, and the words name the level set instead of the confidence's
    path = csv_file(tmp_path, campaign(np.random.default_rng(3)))
    base = ["replan", path, "--target", "0.95", "--label-price", "0.5", "--budget", "600", "--seed", "0"]
    shipped = cli.json(*base)["order"]
    assert shipped["action"] == "order" and shipped["give_up_below"] is None
    level = min(shipped["p_within_recorded"] + 0.05, 0.95)
    moved = cli.json(*base, "--give-up-below", f"{level}")["order"]
    assert moved["action"] == "give up" and moved["give_up_below"] == pytest.approx(level)
    assert moved["p_within_recorded"] == pytest.approx(shipped["p_within_recorded"])
    code, out, _ = cli(*base, "--give-up-below", f"{level}")
    assert code == 0 and out.startswith("Give up") and f"at most the {level:.0%} you set to give up at" in out
    assert "confidence allows" not in out.splitlines()[0]


@pytest.mark.parametrize("extra, message", [
    (["--target", "1.5", "--label-price", "0.5"], "target"),
    (["--target", "0.9"], "label-price"),
    (["--value-per-point", "-1"], "value-per-point"),
    (["--strategy", "nope"], "nope"),
    (["--give-up-below", "1"], "--give-up-below"),
    (["--give-up-below", "-0.1"], "--give-up-below"),
    (["--give-up-below", "nan"], "--give-up-below"),
    (["--budget", "50"], "below the 110 already labeled"),
    (["--budget-dollars", "-5"], "budget-dollars"),
    (["--order-cost", "-1"], "order-cost"),
    (["--test-size", "0"], "--test-size"),
    (["--test-size", "2.5"], "--test-size"),
    (["--accuracy-se", "0.7"], "--accuracy-se"),
    (["--test-size", "500", "--accuracy-se", "0.01"], "not both"),
])
def test_replan_bad_input_is_one_line_and_exit_2(measured, cli, extra, message):
    given = extra if "--target" in extra else ["--target", "0.9", "--label-price", "0.5", *extra]
    code, _, err = cli("replan", measured, *given)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def pilot(rng, gap=0.0, seeds=2, last=100):
    """A pilot of random and margin; margin's curve is ``gap`` above random's."""
    return curve_table(rng, lambda n, g: 0.95 + g - 0.9 * (n / 0.6) ** -0.5, (("random", 0.0), ("margin", gap)),
                       seeds=seeds, counts=range(20, last + 1, 10), noise=0.01)


def test_extending_the_pilot_is_worth_more_when_the_strategies_are_close():
    close = Plan(pilot(np.random.default_rng(7), gap=0.0), seed=0)
    far = Plan(pilot(np.random.default_rng(7), gap=0.03), seed=0)
    sc = Scenario(label_price=1.0, engineering_days=0, day_rate=400)
    e_close = extend_pilot(close, sc, 0.9)
    e_far = extend_pilot(far, sc, 0.9)
    assert e_close.value >= 0 and e_far.value >= 0
    assert e_close.regret_now >= e_close.regret_after - 1e-9 or e_close.value == 0
    assert e_far.p_pick_changes <= e_close.p_pick_changes
    assert e_close.labels in (200.0, 400.0) and e_close.cost == pytest.approx(2 * (e_close.labels - 100) * 1.0)
    assert e_close.advised == (e_close.value > e_close.cost)
    # one strategy: nothing to choose, so nothing to learn
    alone = Plan(pilot(np.random.default_rng(7)).query("strategy == 'random'"), seed=0)
    assert extend_pilot(alone, sc, 0.9).value == 0.0


@pytest.fixture(scope="module")
def pilot_csv(tmp_path_factory):
    return csv_file(tmp_path_factory.mktemp("pilot"), pilot(np.random.default_rng(8)), "pilot.csv")


def test_plan_json_has_extend_pilot_and_keeps_its_fields(pilot_csv, cli):
    path = pilot_csv
    data = cli.json("plan", path, "--target", "0.9", "--label-price", "1")
    ext = data["extend_pilot"]
    assert {"labels", "value", "cost", "advised"} <= set(ext) and ext["value"] >= 0 and ext["labels"] > 100
    plain = decide(pd.read_csv(path), Scenario(label_price=1.0), 0.9).to_dict()
    assert set(data) == set(plain)   # the Decision's own JSON carries the extension
    code, _, err = cli("plan", path, "--target", "0.9", "--label-price", "1", "--json", "--test-size", "-3")
    assert code == 2 and "--test-size" in err and len(err.strip().splitlines()) == 1


def _dollar_figures(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\$([0-9][0-9,]*(?:\.[0-9]+)?)", text)]


def test_a_dollar_budget_pays_for_every_order_of_the_schedule(plan):
    # $20 an order and $0.50 a label: one order's fee would leave 1,960 more labels, but the schedule places
    # several orders, and their fees come out of the same dollars
    sc = scen(compute_per_round=0.0, delay_cost_per_day=0.0)
    advice = replan(plan, sc, 0.93, confidence=0.9, test_size=1000, order_cost=20.0, budget_dollars=1000.0)
    assert advice.action == "order" and advice.expected_orders > 1 and advice.budget_orders > 1
    assert advice.budget_labels < 110 + (1000.0 - 20.0) / 0.5
    spent = (advice.budget_labels - advice.current_labels) * 0.5 + advice.budget_orders * 20.0
    assert spent <= 1000.0 and advice.budget_dollars == 1000.0
    assert advice.budget_accuracy_low <= advice.budget_accuracy <= advice.budget_accuracy_high
    text = steering_view.order_text(advice)
    more = advice.budget_labels - advice.current_labels
    assert f"The $1,000 still to spend (what was spent before not counted) buys {more:,.0f} more labels" in text
    assert f"up to {advice.budget_orders} orders" in text


@pytest.mark.parametrize("dollars, fee", [(100.0, 5.0), (150.0, 5.0), (150.0, 20.0), (300.0, 20.0),
                                          (1000.0, 5.0), (1000.0, 20.0), (60.0, 20.0)])
def test_no_dollar_figure_exceeds_the_dollar_budget(plan, dollars, fee):
    sc = scen(compute_per_round=0.0, delay_cost_per_day=0.0)
    advice = replan(plan, sc, 0.93, confidence=0.9, test_size=1000, order_cost=fee, budget_dollars=dollars)
    assert max(_dollar_figures(steering_view.order_text(advice))) <= dollars
    if advice.action == "order":
        last = advice.budget_labels - advice.current_labels
        assert last * 0.5 + advice.budget_orders * fee <= dollars + 1e-9
        assert advice.order <= last and advice.expected_cost <= dollars
        assert advice.order * 0.5 + fee <= dollars


def test_replan_json_and_help_say_the_dollar_budget_is_still_to_spend(tmp_path, cli, capsys):
    path = csv_file(tmp_path, campaign(np.random.default_rng(3)))
    data = cli.json("replan", path, "--target", "0.93", "--label-price", "0.5", "--test-size", "1000",
                    "--compute-per-round", "0", "--order-cost", "20", "--budget-dollars", "1000")["order"]
    assert data["budget_dollars"] == 1000 and data["budget_orders"] >= 1
    assert (data["budget_labels"] - data["current_labels"]) * 0.5 + data["budget_orders"] * 20 <= 1000
    with pytest.raises(SystemExit):
        main(["replan", "--help"])
    assert "dollars still to spend from now on (what was already spent not counted)" in " ".join(
        capsys.readouterr().out.split())


def test_the_pilot_line_says_labels_cost_saving_and_whether_advised():
    base = dict(labels=400.0, value=900.0, cost=650.0, advised=True, regret_now=1200.0, regret_after=300.0,
                pick_now="margin", p_pick_changes=0.35, measured=("random", "margin"), pilot_labels=100.0)
    advised = pilot_line(PilotExtension(**base))
    assert advised == ("Extend the pilot, then decide: extending the pilot to 400 labels (300 more for each of the "
                       "2 measured strategies) costs $650 and is expected to save $900 of what a wrong pick would cost (the pick changes "
                       "in 35% of the simulated pilots).")
    not_advised = pilot_line(PilotExtension(**{**base, "value": 120.0, "advised": False}))
    assert not_advised.startswith("Decide now: extending the pilot to 400 labels") and "save $120" in not_advised
    unpriced = PilotExtension(**{**base, "cost": math.inf, "advised": False, "basis": "no strategy reaches it"})
    assert pilot_line(unpriced) == "Extending the pilot: not priced (no strategy reaches it)."
    

def test_plan_text_prints_the_pilot_line_of_its_json(pilot_csv, cli):
    args = ["plan", pilot_csv, "--target", "0.9", "--label-price", "1", "--engineering-days", "0"]
    ext = cli.json(*args)["extend_pilot"]
    record = ext.pop("track_record")   # the JSON carries the pilot record's fields; the line says them
    assert record["band"] == value_band(ext["value"], ext["cost"]) and record["data_sets"] >= 8
    ext = PilotExtension(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in ext.items()},
                         track_record=PilotRecord(**record))
    code, out, _ = cli(*args)
    assert code == 0
    text = out.splitlines()
    line = pilot_line(ext)
    assert line in text and line.startswith(("Extend the pilot", "Decide now")) and "Track record:" in line
    # the line sits with the verdict's lines, before the rule and the notes
    assert text.index(line) < next(i for i, t in enumerate(text) if t.startswith("Rule:"))


def test_plan_prices_the_pilot_extension_with_a_vendor_of_the_users_table(pilot_csv, tmp_path, cli):
    # the vendor exists only in --vendors: its terms are applied once, not looked up again in the shipped table
    vendors = tmp_path / "vendors.csv"
    vendors.write_text("name,price_per_label,turnaround_days,min_order\nin-house,2.0,1,0\n")
    args = ["plan", pilot_csv, "--target", "0.9", "--engineering-days", "0", "--vendors", vendors,
            "--vendor", "in-house"]
    line = next(t for t in cli(*args)[1].splitlines() if t.startswith(("Extend the pilot", "Decide now")))
    ext = cli.json(*args)["extend_pilot"]

    assert ext["cost"] == pytest.approx(2 * (ext["labels"] - 100) * 2.0 + DEFAULTS["compute_per_round"])  # $2 a label
    assert f"costs ${ext['cost']:,.0f}" in line


def plateau_campaign(seeds=3, last=400):
    """Runs that level off at 0.90 from about 100 labels: a campaign near its plateau."""
    rng = np.random.default_rng(3)
    return pd.DataFrame([{"strategy": "margin", "seed": seed, "n_labels": n,
                          "accuracy": 0.90 - 0.5 * math.exp(-n / 25) + rng.normal(0, 0.003)}
                         for seed in range(seeds) for n in range(20, last + 1, 20)])


@pytest.fixture(scope="module")
def plateau():
    return Plan(plateau_campaign(), seed=0)


def test_tell_apart_size_is_the_test_whose_noise_is_the_gap():
    small = Measurement(0.9, 400.0, math.sqrt(0.9 * 0.1 / 100), 100.0, "test set")
    n = tell_apart_size(0.90, 0.92, small, 0.9)
    z = 1.2815515655446004
    assert n == math.ceil(0.9 * 0.1 * (z / 0.02) ** 2) and n > 100
    # at that size the gap is z standard errors (rounded up: at most), at one fewer more than z
    assert z * math.sqrt(0.09 / n) <= 0.02 < z * math.sqrt(0.09 / (n - 1))
    # a test that already tells them apart, an accuracy at the target, no accuracy: nothing to say
    big = Measurement(0.9, 400.0, math.sqrt(0.9 * 0.1 / 100_000), 100_000.0, "test set")
    assert math.isnan(tell_apart_size(0.90, 0.92, big, 0.9))
    assert math.isnan(tell_apart_size(0.92, 0.92, small, 0.9))
    assert math.isnan(tell_apart_size(math.nan, 0.92, small, 0.9))
    # a higher confidence asks for a larger test
    assert tell_apart_size(0.90, 0.92, small, 0.95) > n


def test_a_give_up_within_the_tests_noise_says_which_test_would_tell(plateau):
    noisy = replan(plateau, scen(), 0.94, confidence=0.9, test_size=100, budget=600)
    assert noisy.action == "give up" and noisy.budget_accuracy < 0.94
    assert noisy.test_size_to_tell > 100
    assert noisy.test_size_to_tell == tell_apart_size(noisy.budget_accuracy, 0.94, Measurement(
        noisy.measured, 400.0, noisy.accuracy_se, 100.0, "test set"), 0.9)
    text = steering_view.order_text(noisy)
    assert "within this test's noise" in text and f"about {noisy.test_size_to_tell:,.0f} examples" in text
    assert noisy.to_dict()["test_size_to_tell"] == noisy.test_size_to_tell
    # the same rounds measured on a large test set: the same give-up, no such note
    sure = replan(plateau, scen(), 0.94, confidence=0.9, test_size=100_000, budget=600)
    assert sure.action == "give up" and math.isnan(sure.test_size_to_tell)
    assert "test's noise" not in steering_view.order_text(sure) and sure.to_dict()["test_size_to_tell"] is None
    # a target far above the budget's accuracy: the test is not what decides it
    far = replan(plateau, scen(), 0.99, confidence=0.9, test_size=100, budget=600)
    assert far.action == "give up" and math.isnan(far.test_size_to_tell)
    # an order is not a give-up: no test size
    go = replan(plateau, scen(), 0.905, confidence=0.9, test_size=100, budget=600)
    assert go.action == "order" and math.isnan(go.test_size_to_tell)


def test_a_give_up_reads_what_the_stated_share_met_in_the_replays(plateau):
    # the forecasts reach 0.935 within the budget in 5%: at most the 10% that 90% confidence allows, but answers
    # stating 5% were followed by a later hit more often than that in the replays: an order, not a give-up
    go = replan(plateau, scen(), 0.935, confidence=0.9, test_size=100, budget=600)
    assert go.p_within_budget <= 0.1 < go.p_within_recorded == pytest.approx(recorded_p(go.p_within_budget))
    assert go.action == "order"
    # a higher target: both below 10%, a give-up, and the answer says both
    gone = replan(plateau, scen(), 0.94, confidence=0.9, test_size=100, budget=600)
    assert gone.p_within_budget < gone.p_within_recorded <= 0.1 and gone.action == "give up"
    text = steering_view.order_text(gone)
    assert (f"in only {gone.p_within_budget:.0%} of the forecasts (in replayed campaigns, a later test met the "
            f"target after {gone.p_within_recorded:.0%} of the answers stating that)") in text
    assert gone.to_dict()["p_within_recorded"] == gone.p_within_recorded
    # no cap (no budget, no pool): nothing the replays measured; the forecasts' own share decides
    free = replan(plateau, scen(), 0.94, confidence=0.9, test_size=100)
    assert math.isnan(free.p_within_recorded) and free.to_dict()["p_within_recorded"] is None
    assert "replayed campaigns, a later test" not in steering_view.order_text(free)


def test_replan_cli_json_carries_the_test_that_would_tell(tmp_path, cli):
    args = ["replan", csv_file(tmp_path, plateau_campaign()), "--target", "0.94", "--label-price", "0.5",
            "--test-size", "100", "--budget", "600"]
    data = cli.json(*args)["order"]
    assert data["action"] == "give up" and data["test_size_to_tell"] > 100
    code, out, _ = cli(*args)
    assert code == 0 and out.startswith("Give up") and "a larger test set, not more labels" in out


def test_answers_carry_replans_track_record_where_a_cap_gives_them_one(plan):
    order = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000, budget=3000)
    assert order.action == "order" and order.track_record is not None
    assert order.track_record == replan_record(order.p_within_budget, "order")
    assert order.track_record.action in ("order", "any")
    data = json.loads(json.dumps(order.to_dict(), allow_nan=False))["track_record"]
    assert data["band"] == order.track_record.band and data["hit_later"] == pytest.approx(order.track_record.hit_later)
    assert "Track record: in campaigns replayed on" in steering_view.order_text(order)
    # the pool is a cap too
    pooled = replan(plan, scen(pool=PoolShape(pool_size=3000)), 0.9, confidence=0.9, test_size=1000)
    assert pooled.track_record == order.track_record
    # no budget and no pool: P(within the budget) is not what the replays measured
    free = replan(plan, scen(), 0.9, confidence=0.9, test_size=1000)
    assert free.track_record is None and free.to_dict()["track_record"] is None
    assert "Track record" not in steering_view.order_text(free)
    # a give-up on the evidence (P <= 1 - C) reads the give-ups' record; a spent budget's give-up has none
    gave_up = replan(plan, scen(), 0.89, confidence=0.9, test_size=1000, budget=110)
    assert gave_up.action == "give up" and gave_up.p_within_budget <= gave_up.p_within_recorded <= 0.1
    assert gave_up.track_record == replan_record(gave_up.p_within_budget, "give up") is not None
    assert "after give-ups stating a 2-5% chance" in steering_view.order_text(gave_up)
    spent = replan(plan, scen(), 0.888, confidence=0.95, test_size=1000, budget=110)
    assert spent.action == "give up" and spent.p_within_budget > 0.05 and spent.track_record is None
    stop = replan(plan, scen(), 0.80, confidence=0.9, budget=3000)
    assert stop.stop and stop.track_record is None


def test_a_share_of_every_draw_is_exactly_one_and_of_none_exactly_zero():
    # weights whose sum of products misses 1 by a rounding: a share of every draw must still read "100%", not
    # ">99.9%", on every machine (the printed word would otherwise follow the CPU's summation kernel)
    w = np.arange(1.0, 7.0)
    w /= w.sum()
    assert float(np.sum(w * np.ones(6, dtype=bool))) != 1.0
    assert campaign_module._share(w, np.ones(6, dtype=bool)) == 1.0
    assert campaign_module._share(w, np.zeros(6, dtype=bool)) == 0.0
    assert campaign_module._share(w, np.arange(6) >= 3) == pytest.approx(15 / 21)
    w[:2] = 0.0   # draws the measurement rules out weigh nothing: the others hold every forecast
    assert campaign_module._share(w, np.arange(6) >= 2) == 1.0
    assert campaign_module._share(w, np.arange(6) < 2) == 0.0
