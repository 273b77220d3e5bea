"""AL's labels priced at a premium over random's: path_costs, the verdict that flips at the break-even premium, the
flag, and a default that leaves every number as it was. A measured premium priced with its uncertainty, one premium
per forecast draw: at zero spread it is the verdict of the one number; per draw it moves AL's totals by its own
premium alone; a spread widens the savings and the budget's dollars. Each AL strategy's labels priced at its own
premium (Scenario.label_premiums, ``alplan plan --in-cost``): the same premium for every strategy is the verdict of
the one scenario premium, and a dearer premium for one strategy never makes it the cheapest path in more of the
forecasts."""

from __future__ import annotations

import json
import math
import os
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.costs import Scenario
from planner.decide.costs import Standing
from planner.decide.costs import path_costs
from planner.decide.campaign.steer import replan
from planner.decision import decide, get_plan
from planner.forecast.in_cost import PremiumCurve
from planner.present.verdict_sentence import premium_part, premiums_apart
from tests.builders import csv_file, curve_table

#: The draws of each forecast.
N_DRAWS = 400


def power_law_curves(efficiency: dict, *, seeds: int, rounds: int, batch: int, rng_seed: int) -> pd.DataFrame:
    """Noisy power-law curves, batches of ``batch``: strategy s needs 1/``efficiency[s]`` of a label-for-label
    learner's labels (random: 1)."""
    return curve_table(np.random.default_rng(rng_seed), lambda n, eff: 0.97 - 0.6 * (n * eff / batch) ** -0.6,
                       efficiency.items(), seeds=seeds, counts=range(batch, batch * (rounds + 1), batch), rounds=True,
                       batch_size=batch)


def al_wins_curves() -> pd.DataFrame:
    """Curves on which margin needs a third of random's labels: AL wins at an even price per label, not at three
    times it."""
    return power_law_curves({"random": 1.0, "margin": 3.0}, seeds=5, rounds=12, batch=50, rng_seed=0)


@pytest.fixture(scope="module")
def al_wins(tmp_path_factory) -> tuple[pd.DataFrame, str]:
    """:func:`al_wins_curves`, and the file they are written to."""
    curves = al_wins_curves()
    path = csv_file(tmp_path_factory.mktemp("premium"), curves)
    return curves, str(path)


def scenario(premium=None) -> Scenario:
    return Scenario(label_price=2.0, engineering_days=1, compute_per_round=0, al_label_premium=premium)


@settings(max_examples=25, derandomize=True, deadline=None)
@given(labels=st.lists(st.floats(1, 5000), min_size=1, max_size=5), premium=st.floats(0.1, 10.0),
       initial=st.integers(1, 200), batch=st.integers(1, 100), min_order=st.integers(0, 300),
       in_hand=st.sampled_from([0, 0, 30, 500]))
def test_an_al_path_pays_the_premium_on_its_picks_alone_and_random_never(labels, premium, initial, batch, min_order,
                                                                         in_hand):
    plain = Scenario(label_price=0.3, min_order=min_order)
    priced = Scenario(label_price=0.3, min_order=min_order, al_label_premium=premium,
                      standing=Standing(labels_in_hand=in_hand))
    a, b = (path_costs(labels, active=True, scenario=s, initial=initial, batch_size=batch) for s in (plain, priced))
    first = max(initial, min_order)   # the initial set is drawn at random; the labels in hand are sunk
    gross = a["labels_billed"]
    random_part = np.maximum(np.minimum(gross, first) - in_hand, 0)
    picked = np.maximum(gross - max(first, in_hand), 0)
    assert np.allclose(b["label_cost"], (random_part + premium * picked) * 0.3)
    if in_hand:
        return
    assert np.array_equal(a["labels_billed"], b["labels_billed"]) and np.array_equal(a["fixed_cost"], b["fixed_cost"])
    r1, r2 = (path_costs(labels, active=False, scenario=s, initial=initial, batch_size=batch) for s in (plain, priced))
    assert np.array_equal(r1["total_cost"], r2["total_cost"])


def test_no_premium_and_a_premium_of_one_price_alike_and_only_a_stated_one_is_reported(al_wins):
    curves, _ = al_wins
    a, b = decide(curves, scenario(None), 0.9), decide(curves, scenario(1.0), 0.9)
    assert [r.total_cost for r in a.strategies] == [r.total_cost for r in b.strategies]
    assert a.probability_al_cheaper == b.probability_al_cheaper and a.recommendation == b.recommendation
    assert "break_even_premium" not in a.to_dict() and "al_label_premium" not in a.to_dict()["scenario"]
    assert b.to_dict()["break_even_premium"] == pytest.approx(b.break_even_premium) and b.break_even_premium > 1


def test_the_verdict_flips_at_the_break_even_premium(al_wins):
    curves, _ = al_wins
    d = decide(curves, scenario(1.0), 0.9)
    be = d.break_even_premium
    assert d.recommendation == "margin" and 1.2 < be < 100
    assert decide(curves, scenario(be * 0.98), 0.9).recommendation == "margin"
    assert decide(curves, scenario(be * 1.02), 0.9).recommendation == "random"
    assert decide(curves, scenario(be * 1.02), 0.9).break_even_premium == pytest.approx(be, rel=1e-3)
    higher = decide(curves, scenario(1.5), 0.9)
    assert higher.probability_al_cheaper < d.probability_al_cheaper


@pytest.mark.parametrize("command", ["plan", "budget", "replan", "hybrid"])
def test_every_pricing_command_takes_the_flag_and_refuses_a_bad_one(al_wins, cli, command):
    _, path = al_wins
    extra = {"plan": ["--target", "0.9"], "budget": ["--labels", "300"], "replan": ["--target", "0.9"],
             "hybrid": ["--label-accuracy", "0.99", "--pool-size", "50000"]}[command]
    argv = [command, path, *extra, "--label-price", "2", "--al-label-premium"]
    code, _, err = cli(*argv, "0")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--al-label-premium" in err, err
    if command == "plan":
        out = cli.json(*argv, "1.4", "--engineering-days", "1", "--compute-per-round", "0")
        assert out["scenario"]["al_label_premium"] == 1.4 and math.isfinite(out["break_even_premium"])
        code, text, _ = cli(*argv, "1.4", "--engineering-days", "1", "--compute-per-round", "0")
        assert code == 0 and "the verdict picks AL while its labels cost less than" in text


def test_a_campaign_on_an_al_strategy_orders_at_the_premium_and_one_at_random_does_not(al_wins):
    curves, _ = al_wins
    for strategy, grows in (("margin", True), ("random", False)):
        one = curves[(curves["strategy"] == strategy) & (curves["n_labels"] <= 200)]
        plan = get_plan(one)
        plain = replan(plan, scenario(None), 0.88, strategy=strategy, budget=2000)
        dear = replan(plan, scenario(2.0), 0.88, strategy=strategy, budget=2000)
        assert plain.action == "order" and plain.expected_cost > 0   # no compute: the labels are the whole cost
        assert dear.expected_cost == pytest.approx(plain.expected_cost * (2.0 if grows else 1.0))


def test_a_label_paid_by_the_hour_is_priced_as_its_seconds_and_half_a_pair_is_refused(al_wins, cli):
    _, path = al_wins
    base = ["plan", path, "--target", "0.9", "--engineering-days", "1"]
    hourly = cli.json(*base, "--price-per-hour", "30", "--seconds-per-label", "12")
    priced = cli.json(*base, "--label-price", "0.1")
    assert hourly["scenario"]["price_per_label"] == pytest.approx(0.1)
    assert [r["total_cost"] for r in hourly["strategies"]] == pytest.approx([r["total_cost"] for r in priced["strategies"]])
    for extra in (["--price-per-hour", "30"], ["--price-per-hour", "30", "--seconds-per-label", "9", "--label-price", "1"]):
        code, _, err = cli(*base, "--json", *extra)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "--seconds-per-label" in err, err


def _quoted(d) -> tuple[float, float]:
    """(break-even premium, premium now) as the break-even line prints them."""
    text = premium_part(d)
    be, now = re.search(r"cost less than ([0-9.]+)x random's.*priced at ([0-9.]+)x now", text).groups()
    return float(be), float(now)


@settings(max_examples=int(__import__("os").environ.get("ALPLAN_PROPERTY_EXAMPLES", "8")), derandomize=True,
          deadline=None)
@given(shift=st.one_of(st.floats(-0.02, 0.02), st.floats(-1e-4, 1e-4), st.sampled_from([-1e-6, 1e-6, 3e-3])))
def test_the_printed_break_even_premium_never_contradicts_the_pick(al_wins, shift):
    """Priced at a premium within a hair of the break-even, the line's two printed numbers stand in the order
    the pick says: AL below the break-even, random sampling at it and above."""
    curves, _ = al_wins
    be = decide(curves, scenario(1.0), 0.9).break_even_premium
    d = decide(curves, scenario(be * (1 + shift)), 0.9)
    quoted_be, quoted_now = _quoted(d)
    if d.recommendation == "random":
        assert quoted_now >= quoted_be and (quoted_now > quoted_be or d.break_even_premium == be * (1 + shift))
    else:
        assert quoted_now < quoted_be


@given(be=st.floats(0.01, 999.0), now=st.floats(0.01, 999.0))
def test_two_premiums_print_in_their_true_order(be, now):
    a, b = (float(x) for x in premiums_apart(be, now))
    if abs(be - now) >= 1e-11:
        assert (a < b) == (be < now) and a != b
    assert abs(a - be) <= 0.005 + 1e-12 and abs(b - now) <= 0.005 + 1e-12   # half a cent, in floating point


# ------------------------------------------------ a premium drawn per forecast


@pytest.fixture(scope="module")
def curves() -> pd.DataFrame:
    """Margin needs about a third of random's labels: AL wins at an even price per label, not at three times it."""
    return al_wins_curves()


def priced(premium, price: float = 2.0) -> Scenario:
    return Scenario(label_price=price, engineering_days=1, compute_per_round=0, al_label_premium=premium)


def spread(centre: float, width: float, seed: int = 1) -> np.ndarray:
    """``N_DRAWS`` premiums around ``centre`` (their median), ``width`` the log-scale spread."""
    z = np.random.default_rng(seed).standard_normal(N_DRAWS)
    return centre * np.exp(width * (z - np.median(z)))


def as_json(d) -> str:
    return json.dumps(d.to_dict(), sort_keys=True, allow_nan=True)


@settings(max_examples=8, derandomize=True, deadline=None)
@given(premium=st.floats(0.5, 4.0), price=st.floats(0.5, 5.0), target=st.sampled_from([0.85, 0.88, 0.9]))
def test_a_premium_drawn_with_zero_spread_is_the_verdict_of_the_one_number(curves, premium, price, target):
    one = decide(curves, priced(premium, price), target)
    drawn = decide(curves, priced(np.full(N_DRAWS, premium), price), target)
    assert drawn.probability_al_cheaper == one.probability_al_cheaper
    assert [r.total_cost for r in drawn.strategies] == [r.total_cost for r in one.strategies]
    assert as_json(drawn) == as_json(one)   # the chance, every total, the range, the budget, the break-even premium


@settings(max_examples=8, derandomize=True, deadline=None)
@given(premium=st.floats(0.5, 4.0), width=st.floats(0.05, 1.0), seed=st.integers(0, 50))
def test_each_draw_prices_its_al_labels_at_its_own_premium_and_random_at_none(curves, premium, width, seed):
    plan = get_plan(curves)
    per_draw = spread(premium, width, seed)
    scalar, drawn = (plan.paths(plan.resolve(priced(p)), 0.88) for p in (premium, per_draw))
    assert np.array_equal(drawn["random"].costs["total_cost"], scalar["random"].costs["total_cost"])
    a, b = scalar["margin"].costs, drawn["margin"].costs
    ok = np.isfinite(a["total_cost"])
    assert np.array_equal(ok, np.isfinite(b["total_cost"])) and np.array_equal(a["labels_premium"], b["labels_premium"])
    moved = (per_draw - premium) * a["labels_premium"] * 2.0
    assert np.allclose(b["total_cost"][ok], a["total_cost"][ok] + moved[ok], rtol=1e-12, atol=1e-6)


def test_a_wider_spread_widens_the_savings_range_and_moves_the_chance_toward_even(curves):
    """On these draws: the savings' 80% range, every width wider than the one before, and the chance from all but
    certain toward even. (Not a law of every table: a spread paired with the draws by chance can correlate with
    their savings in a sample and pull one end of the range in.)"""
    decisions = [decide(curves, priced(spread(1.0, w)), 0.85) for w in (0.0, 0.2, 0.5, 1.0)]
    widths = [d.savings_high - d.savings_low for d in decisions]
    chances = [d.probability_al_cheaper for d in decisions]
    assert all(a < b for a, b in zip(widths, widths[1:])), widths
    assert chances[0] == 1.0 and all(a >= b for a, b in zip(chances, chances[1:])) and chances[-1] < 0.95, chances
    assert all(d.recommendation == "margin" for d in decisions)
    # the budget's dollars: its labels priced at each draw's premium, read at the same confidence (90%)
    budgets = [d.row("margin").cost_at_confidence for d in decisions]
    assert len({d.row("margin").budget_at_confidence for d in decisions}) == 1
    assert all(a < b for a, b in zip(budgets, budgets[1:])), budgets


def test_per_draw_premiums_must_match_the_draws_and_be_premiums(curves):
    with pytest.raises(ValueError, match="carries 3 draws and the forecast 400"):
        decide(curves, priced([1.0, 1.2, 1.4]), 0.85)
    with pytest.raises(ValueError, match="AL label premium must be > 0"):
        decide(curves, priced(np.r_[np.ones(N_DRAWS - 1), 0.0]), 0.85)
    with pytest.raises(ValueError, match="at most 1,000"):
        priced(np.full(N_DRAWS, 2000.0)).validate()
    s = priced(np.linspace(1.0, 2.0, 5))
    assert s.premium == 1.5 and s.to_dict()["al_label_premium"] == 1.5 and hash(s) == hash(priced((1, 1.25, 1.5,
                                                                                                     1.75, 2)))


def test_path_costs_takes_a_premium_per_count():
    scen = priced(1.5)
    one = path_costs([200, 400], active=True, scenario=scen, initial=20, batch_size=20)
    each = path_costs([200, 400], active=True, scenario=scen, initial=20, batch_size=20, premium=np.array([1.5, 1.5]))
    mixed = path_costs([200, 400], active=True, scenario=scen, initial=20, batch_size=20, premium=np.array([1.0, 2.0]))
    assert np.array_equal(one["total_cost"], each["total_cost"])
    assert mixed["label_cost"].tolist() == [200 * 2.0, (20 + 2 * 380) * 2.0]


# ------------------------------------------------ a premium per AL strategy


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


def per_strategy(price: float, days: float, **premium) -> Scenario:
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
    one = plan.decide(per_strategy(price, days, al_label_premium=premium), 0.93)
    each = plan.decide(per_strategy(price, days, label_premiums={s: premium for s in AL}), 0.93)
    assert without_premium_keys(each.to_dict()) == without_premium_keys(one.to_dict())
    assert each.to_dict()["scenario"]["label_premiums"] == {s: pytest.approx(float(np.median(premium))) for s in AL}


@SETTINGS
@given(base=st.floats(0.5, 2.0), k=st.floats(1.05, 4.0), which=st.sampled_from(AL), price=st.sampled_from([1.0, 4.0]),
       spread=st.booleans())
def test_a_dearer_premium_never_makes_a_strategy_the_cheapest_in_more_forecasts(plan, base, k, which, price, spread):
    z = np.random.default_rng(7).standard_normal(N_DRAWS)
    own = (lambda m: tuple(m * np.exp(0.15 * z))) if spread else float
    premiums = {s: own(base) for s in AL}
    before = plan.decide(per_strategy(price, 1.0, label_premiums=premiums), 0.93).row(which)
    after = plan.decide(per_strategy(price, 1.0, label_premiums={**premiums, which: own(base * k)}), 0.93).row(which)
    assert after.probability_cheapest <= before.probability_cheapest + 1e-12
    assert after.total_cost >= before.total_cost


def test_a_strategy_the_premiums_do_not_name_is_priced_at_the_scenario_premium(plan):
    named = plan.decide(per_strategy(2.0, 1.0, label_premiums={"margin": 1.5}), 0.93)
    plain = plan.decide(per_strategy(2.0, 1.0), 0.93)
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
        per_strategy(1.0, 1.0, label_premiums=premiums).validate()
    assert "\n" not in str(err.value)


def test_a_premium_per_strategy_and_one_for_all_are_not_both_given():
    with pytest.raises(ValueError, match="not both"):
        per_strategy(1.0, 1.0, al_label_premium=1.2, label_premiums={"margin": 1.1}).validate()


def test_per_draw_premiums_must_match_the_forecast_draws(plan):
    with pytest.raises(ValueError, match="once per forecast draw"):
        plan.decide(per_strategy(1.0, 1.0, label_premiums={"margin": (1.0, 1.2, 1.1)}), 0.93)


def _curve(counts, values):
    counts, values = np.asarray(counts, dtype=float), np.asarray(values, dtype=float)
    return PremiumCurve(counts=counts, point=values, draws=np.tile(values, (N_DRAWS, 1)))


def test_a_premium_that_depends_on_the_count_prices_each_path_at_its_own(plan):
    flat = plan.decide(per_strategy(2.0, 1.0, label_premiums={"roi": 1.7}), 0.93)
    same = plan.decide(per_strategy(2.0, 1.0, label_premiums={"roi": _curve([80, 400], [1.7, 1.7])}), 0.93)
    assert without_premium_keys(same.to_dict()) == without_premium_keys(flat.to_dict())
    # cheap early picks, dear late ones: a path to 93% (~1,600 labels) pays less than the whole curve's 1.7x
    rising = plan.decide(per_strategy(2.0, 1.0, label_premiums={"roi": _curve([80, 4000], [0.6, 1.7])}), 0.93)
    assert rising.row("roi").total_cost < flat.row("roi").total_cost
    assert rising.to_dict()["scenario"]["label_premiums"] == {"roi": pytest.approx(1.7)}
