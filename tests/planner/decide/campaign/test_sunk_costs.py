"""Costs already paid are sunk: the labels in hand and a paid AL set-up are never charged again, and nothing sunk
prices every path as before."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.decide.costs import PoolShape, Scenario, Standing, path_costs
from planner.decide.campaign.redecide import redecide_at, sunk_scenario
from planner.decision import RANDOM, Plan

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "12"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
GOLDEN = Path(__file__).resolve().parents[3] / "golden" / "tables"

scenarios = st.builds(
    Scenario,
    label_price=st.floats(0.01, 20.0),
    engineering_days=st.floats(0.0, 30.0),
    day_rate=st.floats(100.0, 1000.0),
    compute_per_round=st.floats(0.0, 20.0),
    turnaround_days=st.floats(0.5, 5.0),
    delay_cost_per_day=st.floats(0.0, 50.0),
    min_order=st.integers(0, 300),
    pool=st.builds(PoolShape, pool_size=st.one_of(st.none(), st.integers(500, 20_000))),
)
labels = st.lists(st.one_of(st.floats(1.0, 30_000.0), st.just(math.inf)), min_size=1, max_size=12)


def _costs(scen, n, active):
    return path_costs(n, active=active, scenario=scen, initial=40, batch_size=25)


@SETTINGS
@given(scen=scenarios, n=labels, active=st.booleans())
def test_nothing_sunk_prices_every_path_as_before(scen, n, active):
    before = _costs(scen, n, active)
    after = _costs(scen.with_standing(labels_in_hand=0, setup_paid=False), n, active)
    assert before.keys() == after.keys()
    for key in before:
        np.testing.assert_array_equal(before[key], after[key])
    assert scen.with_standing(labels_in_hand=0, setup_paid=False).to_dict() == scen.to_dict()
    assert "labels_in_hand" not in scen.to_dict() and "setup_paid" not in scen.to_dict()


@SETTINGS
@given(scen=scenarios, n=labels, active=st.booleans(), held=st.lists(st.integers(0, 40_000), min_size=2, max_size=4),
       paid=st.booleans())
def test_more_labels_in_hand_or_a_paid_set_up_never_raise_a_cost(scen, n, active, held, paid):
    held = sorted(held)
    priced = [_costs(scen.with_standing(labels_in_hand=k, setup_paid=paid and i > 0), n, active)
              for i, k in enumerate(held)]
    for fewer, more in zip(priced, priced[1:]):
        for key in ("label_cost", "labels_billed", "engineering_cost", "compute_cost", "delay_cost", "fixed_cost",
                    "total_cost", "calendar_days"):
            assert np.all(more[key] <= fewer[key] + 1e-9), key
        np.testing.assert_array_equal(fewer["labels"], more["labels"])   # what a path needs is unchanged


@SETTINGS
@given(scen=scenarios, n=labels, held=st.integers(0, 40_000))
def test_the_cost_to_go_is_the_labels_beyond_those_in_hand_plus_the_unpaid_set_up(scen, n, held):
    whole = _costs(scen, n, True)
    sunk = _costs(scen.with_standing(labels_in_hand=held, setup_paid=True), n, True)
    ok = np.isfinite(whole["total_cost"])
    price = scen.price_per_label
    expected_labels = np.maximum(whole["labels_billed"][ok] - held, 0.0) * price
    np.testing.assert_allclose(sunk["label_cost"][ok], expected_labels)
    np.testing.assert_allclose(sunk["engineering_cost"][ok], 0.0)
    np.testing.assert_allclose(sunk["compute_cost"][ok], whole["compute_cost"][ok])


def test_the_labels_in_hand_are_checked():
    with pytest.raises(ValueError, match="labels in hand must be a whole number >= 0"):
        Scenario(label_price=1.0, standing=Standing(labels_in_hand=-1)).validate()
    with pytest.raises(ValueError, match="setup_paid must be True or False"):
        Scenario(label_price=1.0, standing=Standing(setup_paid="yes")).validate()


_PLANS: dict = {}


def _golden_plan(table: str) -> Plan:
    if table not in _PLANS:
        _PLANS[table] = Plan(GOLDEN / table, n_draws=120, seed=0)
    return _PLANS[table]


@settings(max_examples=max(EXAMPLES // 2, 4), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(table=st.sampled_from(["easy_al_wins.csv", "slow_rise.csv"]), price=st.floats(0.05, 10.0),
       held=st.lists(st.integers(0, 3_000), min_size=2, max_size=3), target=st.sampled_from([0.85, 0.9]))
def test_on_a_verdict_no_path_costs_more_with_more_labels_in_hand(table, price, held, target):
    plan = _golden_plan(table)
    scen = Scenario(label_price=price, engineering_days=5, day_rate=400, compute_per_round=1.0,
                    pool=PoolShape(pool_size=20_000))
    nothing = plan.decide(scen.with_standing(labels_in_hand=0, setup_paid=False), target).to_dict()
    assert nothing == plan.decide(scen, target).to_dict()   # nothing sunk: every number as before
    priced = [plan.paths(scen.with_standing(labels_in_hand=k, setup_paid=i > 0), target)
              for i, k in enumerate(sorted(held))]
    for fewer, more in zip(priced, priced[1:]):
        for s, p in fewer.items():
            a, b = p.costs["total_cost"], more[s].costs["total_cost"]
            assert np.all(b[np.isfinite(a)] <= a[np.isfinite(a)] + 1e-9), s


def test_a_verdict_with_sunk_costs_charges_no_set_up_and_only_the_labels_beyond_those_in_hand():
    plan = _golden_plan("easy_al_wins.csv")
    scen = Scenario(label_price=0.5, engineering_days=5, day_rate=400, compute_per_round=1.0,
                    pool=PoolShape(pool_size=20_000), standing=Standing(labels_in_hand=400, setup_paid=True))
    rows = {r.strategy: r for r in plan.decide(scen, 0.9).strategies}
    assert all(r.engineering_cost == 0 for r in rows.values())
    assert rows[RANDOM].label_cost == pytest.approx(max(rows[RANDOM].labels - 400, 0) * 0.5)


def test_sunk_scenario_keeps_the_flags_given_and_refuses_a_pool_below_the_labels_in_hand():
    scen = Scenario(label_price=1.0, pool=PoolShape(pool_size=None, batch_size=50))
    out = sunk_scenario(scen, labels_in_hand=120, setup_paid=True, pool_size=900, batch_size=20,
                        given=frozenset({"batch_size"}))
    assert (out.labels_in_hand, out.setup_paid, out.pool_size, out.batch_size, out.initial_labels) == \
        (120, True, 900, 50, 120)
    with pytest.raises(ValueError, match="--pool-size 100 is smaller than the 120 training labels in hand"):
        sunk_scenario(scen.with_pool(pool_size=100), labels_in_hand=120, setup_paid=False, pool_size=900,
                      batch_size=20, given=frozenset({"pool_size"}))


class _Verdict:
    def __init__(self, action, at):
        self.action_now, self.decide_at_labels = action, at


def test_a_random_path_decides_again_by_the_time_the_labels_in_hand_double():
    assert redecide_at(_Verdict("random", math.nan), labels_in_hand=100, pool_size=1000, share=0.5) == 200
    assert redecide_at(_Verdict("random_then_decide", 60), labels_in_hand=100, pool_size=1000, share=0.5) == 120
    assert redecide_at(_Verdict("random_then_decide", 400), labels_in_hand=100, pool_size=1000, share=0.5) == 200
    assert redecide_at(_Verdict("random", math.nan), labels_in_hand=100, pool_size=150, share=0.5) == 150
    assert math.isnan(redecide_at(_Verdict("active_learning", math.nan), labels_in_hand=100, pool_size=1000,
                                  share=0.5))
    assert math.isnan(redecide_at(_Verdict("random", math.nan), labels_in_hand=100, pool_size=100, share=0.5))
