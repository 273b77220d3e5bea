"""AL's labels priced at a premium over random's: path_costs, the verdict that flips at the break-even premium, the
flag, and a default that leaves every number as it was."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.costs import Scenario
from planner.decide.costs import path_costs
from planner.decision import decide
from tests.builders import csv_file, curve_table


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
    priced = Scenario(label_price=0.3, min_order=min_order, al_label_premium=premium, labels_in_hand=in_hand)
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
    from planner.decide.steer import replan
    from planner.decision import get_plan

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
    import re

    from planner.present.verdict_sentence import premium_part

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
    from planner.present.verdict_sentence import premiums_apart

    a, b = (float(x) for x in premiums_apart(be, now))
    if abs(be - now) >= 1e-11:
        assert (a < b) == (be < now) and a != b
    assert abs(a - be) <= 0.005 and abs(b - now) <= 0.005
