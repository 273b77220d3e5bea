"""What a reader can check by hand holds over a grid of scenarios: one probability, savings that are the difference
of the totals beside them, a break-even price that agrees with the pick, medians inside their ranges, budget lines
that say what their dollars include, and measurements that bind every answer.

The grid: targets from easy to beyond the curves' ceiling, cheap and dear labels, with and without a pool and a
whole-pool accuracy, several seeds of curves. Small settings (100 draws) keep the file well under a minute.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decide.rule import al_gate
from planner.decide.whatif import accuracy_for_budget
from planner.decision import RANDOM, Plan
from planner.present import verdict_sentence, verdict_view, words
from planner.present.fit_summary import fit_summary

CURVE_SEEDS = (0, 1, 2)
TARGETS = ("easy", "mid", "hard", "beyond")
PRICES = (0.04, 2.0, 40.0)
POOLS = ("none", "pool", "pool+ceiling")
CEILING = 0.93


def curves(seed: int) -> pd.DataFrame:
    """Random and two AL strategies (one efficient, one barely) from a power law to a ceiling, 3 runs each."""
    rng = np.random.default_rng(seed)
    rows = []
    for strategy, eff in (("random", 1.0), ("margin", 2.0 + rng.uniform(0, 1)), ("entropy", 1.2)):
        for run in range(3):
            for r in range(12):
                n = 20 * (r + 1)
                acc = 0.95 - 0.8 * (n * eff) ** -0.5 + rng.normal(0, 0.004)
                rows.append({"strategy": strategy, "seed": run, "batch_size": 20, "round": r, "n_labels": n,
                             "accuracy": float(np.clip(acc, 0.01, 0.999))})
    return pd.DataFrame(rows)


_PLANS: dict[int, Plan] = {}


def plan_for(seed: int) -> Plan:
    if seed not in _PLANS:
        _PLANS[seed] = Plan(curves(seed), n_draws=100, seed=seed)
    return _PLANS[seed]


def target_for(plan: Plan, kind: str) -> float:
    means = plan.curves[plan.curves["strategy"] == RANDOM].groupby("n_labels")["accuracy"].mean()
    first, last = float(means.iloc[0]), float(means.iloc[-1])
    return {"easy": first + 0.3 * (last - first), "mid": last - 0.005, "hard": last + 0.015,
            "beyond": 0.97}[kind]


def scenario_for(price: float, pool: str) -> Scenario:
    kw = dict(label_price=price, engineering_days=1, day_rate=400, compute_per_round=0.1, turnaround_days=1)
    shape = {}
    if pool != "none":
        shape["pool_size"] = 600
    if pool == "pool+ceiling":
        shape["pool_accuracy"] = CEILING
    return Scenario(**kw, pool=PoolShape(**shape))


GRID = list(itertools.product(CURVE_SEEDS, TARGETS, PRICES, POOLS))


@pytest.mark.parametrize("seed, kind, price, pool", GRID)
def test_a_verdict_adds_up(seed, kind, price, pool):
    plan = plan_for(seed)
    target = target_for(plan, kind)
    scen = scenario_for(price, pool)
    d = plan.decide(scen, target)
    rows = {r.strategy: r for r in d.strategies}
    view = verdict_view.present(d)
    out = d.to_dict()

    # one probability: the JSON's, the metric's and the sentence's are the same number
    reachable = any(r.reachable for r in d.strategies)
    tile = next(m for m in view.metrics if m.label == "P(AL cheaper)")
    if reachable:
        assert out["probability_al_cheaper"] == pytest.approx(d.probability_al_cheaper)
        # one minus random's "cheapest in", printed so: the column sums to 100 and the chance is its AL part
        assert d.probability_al_cheaper == pytest.approx(1.0 - rows[RANDOM].probability_cheapest, abs=1e-9)
        assert tile.value == verdict_sentence.chance_text(d)
        printed = verdict_sentence.cheapest_in(d)
        assert sum(float(v.rstrip("%")) for v in printed.values()) == pytest.approx(100.0)
        assert float(tile.value.rstrip("%")) == pytest.approx(100.0 - float(printed[RANDOM].rstrip("%")))
        if d.recommendation is not None and d.best_al is not None and rows[RANDOM].reachable:
            assert tile.value in view.sentence
            # the pick follows the chance
            assert (d.recommendation != RANDOM) == al_gate(d.probability_al_cheaper,
                                                           d.row(d.best_al).capped_mean_cost,
                                                           d.row(RANDOM).capped_mean_cost)
    else:
        assert out["probability_al_cheaper"] is None and tile.value == "n/a"

    # medians inside their ranges
    for r in d.strategies:
        if math.isfinite(r.labels):
            assert r.labels_low <= r.labels <= r.labels_high, r.strategy
    if math.isfinite(d.savings):
        assert d.savings_low <= d.savings <= d.savings_high

    if d.recommendation is None:
        return
    rec, rnd = rows[d.recommendation], rows[RANDOM]
    # a saving beside two totals is their difference; none where a total lies beyond the extrapolation limit
    if rnd.reachable and math.isfinite(rnd.total_cost):
        for r, got, key in [(rec, d.savings, "savings")] + [(r, r.savings_vs_random, "savings_vs_random")
                                                             for r in d.strategies if r.active and r.reachable]:
            if r is rnd:
                assert got == 0.0
            elif "total_cost" in r.beyond_limit or "total_cost" in rnd.beyond_limit:
                assert math.isnan(got) and key in (d.beyond_limit if key == "savings" else r.beyond_limit)
            else:
                assert got == pytest.approx(rnd.total_cost - r.total_cost)

    # the quoted break-even agrees with the pick: AL at or above it, random below it
    be = d.break_even_label_price
    if d.best_al is not None:
        if rec.active:
            assert be <= price
        else:
            assert be > price
        line = view.break_even
        if math.isfinite(be) and be > 0:
            assert words.money(be) in line
        elif math.isinf(be):
            assert "no label price" in line

    # a budget line says what its dollars include
    if view.budget and "buy " in view.budget:
        assert "of labels" in view.budget

    # measurements bind: no path quoted at a count where its own curve measured less than the target
    for r in d.strategies:
        draws = plan.draws.get(r.strategy)
        if r.reachable and math.isfinite(r.labels) and draws.kind == "measured":
            below = draws.anchors[(draws.mean < target) & (draws.anchors >= r.labels)]
            assert below.size == 0, (r.strategy, r.labels, below)
        if r.reachable and scen.pool_size is not None:
            assert r.labels <= scen.pool_size
    # nothing reaches a target above what the whole pool measured
    if pool == "pool+ceiling" and target > CEILING + 0.02:
        assert d.recommendation is None


@pytest.mark.parametrize("seed, price, pool", list(itertools.product(CURVE_SEEDS, PRICES, POOLS)))
def test_what_a_budget_buys_is_bound_by_the_pool(seed, price, pool):
    plan = plan_for(seed)
    scen = scenario_for(price, pool)
    for frame in (accuracy_for_budget(plan, scen, 1e6), accuracy_for_budget(plan, scen, labels=150)):
        bought = frame[frame["labels"] > 0]
        assert (bought["accuracy_low"] <= bought["accuracy"]).all()
        assert (bought["accuracy"] <= bought["accuracy_high"]).all()
        if pool == "pool+ceiling":
            assert (bought["accuracy"] <= CEILING + 1e-12).all()
        if pool != "none":
            assert (bought["labels"] <= scen.pool_size).all()
            whole = bought[bought["whole_pool"]]
            # at the whole pool every strategy has labeled the same examples: one accuracy
            assert whole["accuracy"].round(12).nunique() <= 1


@pytest.mark.parametrize("seed, kind", list(itertools.product(CURVE_SEEDS, TARGETS)))
def test_fit_medians_lie_in_their_ranges(seed, kind):
    table = curves(seed)
    target = target_for(plan_for(seed), kind)
    summary = fit_summary(table, target=target, seed=seed, n_bootstrap=100)
    for r in summary.strategies:
        if math.isfinite(r.labels):
            assert r.labels_low <= r.labels <= r.labels_high, r.strategy
