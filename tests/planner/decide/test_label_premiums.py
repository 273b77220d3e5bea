"""Each AL strategy's labels priced at its own premium (Scenario.label_premiums, ``alplan plan --in-cost``): the
same premium for every strategy is the verdict of the one scenario premium, and a dearer premium for one strategy
never makes it the cheapest path in more of the forecasts."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.costs import Scenario
from planner.decision import get_plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_premium import power_law_curves  # noqa: E402

N_DRAWS = 400
#: ALPLAN_PROPERTY_EXAMPLES=N runs each property N times (the long run); 8 in the suite.
SETTINGS = settings(max_examples=int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "8")), derandomize=True, deadline=None)
AL = ("margin", "roi")


def two_al_curves() -> pd.DataFrame:
    """random, and two AL strategies that need a third and two fifths of its labels: close enough that the
    premiums decide between them."""
    return power_law_curves({"random": 1.0, "margin": 3.0, "roi": 2.5}, seeds=4, rounds=10, batch=40, rng_seed=3)


@pytest.fixture(scope="module")
def plan():
    return get_plan(two_al_curves(), seed=0)


def scenario(price: float, days: float, **premium) -> Scenario:
    return Scenario(label_price=price, engineering_days=days, compute_per_round=0.5, **premium)


def without_premium_keys(d: dict) -> str:
    """The verdict's JSON less the fields that name how the premium was given (the scenario's premium fields and
    the break-even premium, quoted for a scenario premium alone)."""
    d = json.loads(json.dumps(d, allow_nan=False))
    d.pop("break_even_premium", None)
    for key in ("al_label_premium", "label_premiums"):
        d["scenario"].pop(key, None)
    return json.dumps(d, indent=2, sort_keys=True)


@SETTINGS
@given(c=st.floats(0.3, 4.0), price=st.sampled_from([0.5, 2.0, 8.0]), days=st.sampled_from([0.5, 3.0]),
       per_draw=st.booleans())
def test_the_same_premium_for_every_strategy_is_the_scenario_premiums_verdict(plan, c, price, days, per_draw):
    premium = tuple(c * np.exp(0.2 * np.random.default_rng(5).standard_normal(N_DRAWS))) if per_draw else c
    one = plan.decide(scenario(price, days, al_label_premium=premium), 0.93)
    each = plan.decide(scenario(price, days, label_premiums={s: premium for s in AL}), 0.93)
    assert without_premium_keys(each.to_dict()) == without_premium_keys(one.to_dict())
    assert each.to_dict()["scenario"]["label_premiums"] == {s: pytest.approx(float(np.median(premium))) for s in AL}


@SETTINGS
@given(base=st.floats(0.5, 2.0), k=st.floats(1.05, 4.0), which=st.sampled_from(AL), price=st.sampled_from([1.0, 4.0]),
       spread=st.booleans())
def test_a_dearer_premium_never_makes_a_strategy_the_cheapest_in_more_forecasts(plan, base, k, which, price, spread):
    z = np.random.default_rng(7).standard_normal(N_DRAWS)
    own = (lambda m: tuple(m * np.exp(0.15 * z))) if spread else float
    premiums = {s: own(base) for s in AL}
    before = plan.decide(scenario(price, 1.0, label_premiums=premiums), 0.93).row(which)
    after = plan.decide(scenario(price, 1.0, label_premiums={**premiums, which: own(base * k)}), 0.93).row(which)
    assert after.probability_cheapest <= before.probability_cheapest + 1e-12
    assert after.total_cost >= before.total_cost


def test_a_strategy_the_premiums_do_not_name_is_priced_at_the_scenario_premium(plan):
    named = plan.decide(scenario(2.0, 1.0, label_premiums={"margin": 1.5}), 0.93)
    plain = plan.decide(scenario(2.0, 1.0), 0.93)
    assert named.row("roi").total_cost == plain.row("roi").total_cost
    assert named.row("margin").total_cost > plain.row("margin").total_cost
    assert named.row("random").total_cost == plain.row("random").total_cost


@pytest.mark.parametrize("premiums, says", [
    ({"margin": 0.0}, "margin's label premium must be > 0"),
    ({"margin": float("nan")}, "margin's label premium must be > 0"),
    ({"roi": 5000.0}, "at most 1,000"),
    ({"roi": "dear"}, "label premiums must map each strategy"),
])
def test_a_bad_premium_is_refused_in_one_line(premiums, says):
    with pytest.raises(ValueError, match=says) as err:
        scenario(1.0, 1.0, label_premiums=premiums).validate()
    assert "\n" not in str(err.value)


def test_a_premium_per_strategy_and_one_for_all_are_not_both_given():
    with pytest.raises(ValueError, match="not both"):
        scenario(1.0, 1.0, al_label_premium=1.2, label_premiums={"margin": 1.1}).validate()


def test_per_draw_premiums_must_match_the_forecast_draws(plan):
    with pytest.raises(ValueError, match="once per forecast draw"):
        plan.decide(scenario(1.0, 1.0, label_premiums={"margin": (1.0, 1.2, 1.1)}), 0.93)


def _curve(counts, values):
    from planner.forecast.in_cost import PremiumCurve

    counts, values = np.asarray(counts, dtype=float), np.asarray(values, dtype=float)
    return PremiumCurve(counts=counts, point=values, draws=np.tile(values, (N_DRAWS, 1)))


def test_a_premium_that_depends_on_the_count_prices_each_path_at_its_own(plan):
    flat = plan.decide(scenario(2.0, 1.0, label_premiums={"roi": 1.7}), 0.93)
    same = plan.decide(scenario(2.0, 1.0, label_premiums={"roi": _curve([80, 400], [1.7, 1.7])}), 0.93)
    assert without_premium_keys(same.to_dict()) == without_premium_keys(flat.to_dict())
    # cheap early picks, dear late ones: a path to 93% (~1,600 labels) pays less than the whole curve's 1.7x
    rising = plan.decide(scenario(2.0, 1.0, label_premiums={"roi": _curve([80, 4000], [0.6, 1.7])}), 0.93)
    assert rising.row("roi").total_cost < flat.row("roi").total_cost
    assert rising.to_dict()["scenario"]["label_premiums"] == {"roi": pytest.approx(1.7)}
