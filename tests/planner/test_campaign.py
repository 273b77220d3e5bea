"""Steering a campaign in flight: the dollar-optimal stop and the next order (planner.campaign, alplan replan)."""

from __future__ import annotations

import itertools
import json
import math
import time
import tracemalloc

import numpy as np
import pandas as pd
import pytest

from planner.campaign import _best_order, optimal_stop, replan
from planner.cli import main
from planner.costs import Scenario
from planner.draws import load_calibration
from planner.verdict import Plan
from planner.views import percent


def campaign(rng, *, seeds=3, last=110):
    rows = []
    for seed in range(seeds):
        for n in range(20, last + 1, 10):
            rows.append({"strategy": "margin", "seed": seed, "n_labels": n,
                         "accuracy": 0.95 - 0.9 * (n / 0.6) ** -0.5 + rng.normal(0, 0.003)})
    return pd.DataFrame(rows)


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
    assert cheap.stop_now and "stop buying now" in cheap.to_text()
    assert not stops[2].stop_now and "keep buying" in stops[2].to_text()


def test_replan_stops_once_the_target_is_reached(plan):
    advice = replan(plan, scen(), 0.80, confidence=0.9)
    assert advice.stop and advice.order == 0 and advice.p_reached >= 0.9
    assert advice.to_text().startswith("Stop")


def test_dearer_rounds_mean_bigger_orders_that_reach_more_often(plan):
    cheap_round = replan(plan, scen(compute_per_round=0.0, delay_cost_per_day=0.0), 0.9, confidence=0.9)
    dear_round = replan(plan, scen(compute_per_round=500.0, delay_cost_per_day=200.0), 0.9, confidence=0.9)
    assert not cheap_round.stop and not dear_round.stop
    assert dear_round.order >= cheap_round.order
    assert dear_round.p_reach_after >= cheap_round.p_reach_after
    assert dear_round.p_reach_after > 0.5
    # the order at the stated confidence reaches the target in that share of the draws
    labels, _, _ = plan.label_draws("margin", 0.9, plan.resolve(scen()))
    if math.isfinite(dear_round.order_at_confidence):
        reach = np.mean(labels <= dear_round.current_labels + dear_round.order_at_confidence)
        assert reach >= 0.9


def flat_campaign(rng, level=0.80, seeds=3):
    rows = []
    for seed in range(seeds):
        for n in range(20, 201, 10):
            rows.append({"strategy": "margin", "seed": seed, "n_labels": n,
                         "accuracy": level - 0.3 * (n / 10.0) ** -2.0 + rng.normal(0, 0.002)})
    return pd.DataFrame(rows)


def test_replan_gives_up_when_the_target_is_out_of_reach_with_the_confidence():
    flat = Plan(flat_campaign(np.random.default_rng(1)), seed=0)
    advice = replan(flat, scen(), 0.97, confidence=0.9)
    assert advice.action == "give up" and advice.p_reachable <= 0.1
    assert not math.isfinite(advice.order) and advice.to_text().startswith("Give up")
    assert advice.to_dict()["order"] is None and advice.to_dict()["stop"] is False


def test_an_order_is_sized_for_the_forecasts_that_reach_the_target(plan):
    # a target reached at all in only some forecasts: an order (not a give-up) and the risk said
    advice = replan(plan, scen(), 0.99, confidence=0.9)
    assert 0.1 < advice.p_reachable < 0.95
    assert advice.action == "order" and math.isfinite(advice.order) and advice.order > 0
    assert f"reached at all in {percent(advice.p_reachable)} of the forecasts" in advice.to_text()


def test_far_targets_keep_the_order_search_bounded(plan):
    # the labels still missing reach the millions in some draws: time and memory stay bounded
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        advice = replan(plan, scen(), 0.999, confidence=0.9)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - t0 < 10
    assert peak < 200e6
    assert advice.action in ("order", "give up")


def test_the_stop_search_is_bounded_on_a_large_campaign():
    rng = np.random.default_rng(4)
    rows = [{"strategy": "margin", "seed": seed, "n_labels": n,
             "accuracy": 0.95 - 0.9 * (n / 0.6) ** -0.5 + rng.normal(0, 0.002)}
            for seed in range(3) for n in np.geomspace(1_000, 200_000, 12).round()]
    big = Plan(pd.DataFrame(rows), seed=0)
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        advice = optimal_stop(big, scen(batch_size=10), value_per_point=1e4)   # 1.28M labels in 10s
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - t0 < 20 and peak < 300e6
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
    order, cost = _best_order(need, now=0.0, cap=math.inf, batch=10, price=1.0, per_round=per_round)
    assert cost == pytest.approx(min(by_first.values()))
    assert by_first[order] == pytest.approx(cost)     # the advised order starts a cheapest schedule


def test_a_single_run_uses_the_single_run_calibration():
    cal = load_calibration()
    one = Plan(campaign(np.random.default_rng(2), seeds=1), seed=0).draws.get("margin")
    three = Plan(campaign(np.random.default_rng(2), seeds=3), seed=0).draws.get("margin")
    assert one.calibration is cal.get("single", cal["al"]) and three.calibration is cal["al"]
    assert "single" in cal and cal["single"].sd_plateau > 0


def test_the_next_order_respects_the_pool(plan):
    advice = replan(plan, scen(pool_size=130, compute_per_round=500.0), 0.9, confidence=0.9)
    assert advice.order <= 130 - advice.current_labels or not math.isfinite(advice.order)


def test_replan_cli_prints_the_order_and_the_stop(tmp_path, capsys):
    path = tmp_path / "measured.csv"
    campaign(np.random.default_rng(5)).to_csv(path, index=False)
    code = main(["replan", str(path), "--target", "0.9", "--label-price", "0.5", "--compute-per-round", "2",
                 "--value-per-point", "100", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["order"]["strategy"] == "margin" and data["order"]["order"] > 0
    assert data["optimal_stop"]["labels"] >= data["optimal_stop"]["current_labels"]


@pytest.mark.parametrize("extra, message", [
    (["--target", "1.5", "--label-price", "0.5"], "target"),
    (["--target", "0.9"], "label-price"),
    (["--target", "0.9", "--label-price", "0.5", "--value-per-point", "-1"], "value-per-point"),
    (["--target", "0.9", "--label-price", "0.5", "--strategy", "nope"], "nope"),
])
def test_replan_bad_input_is_one_line_and_exit_2(tmp_path, capsys, extra, message):
    path = tmp_path / "measured.csv"
    campaign(np.random.default_rng(6)).to_csv(path, index=False)
    code = main(["replan", str(path), *extra])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
