"""A measured AL label premium priced with its uncertainty: one premium per forecast draw. At zero spread it is the
verdict of the one number; per draw it moves AL's totals by its own premium alone; a spread widens the savings and
the budget's dollars."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.costs import Scenario
from planner.decide.costs import path_costs
from planner.decision import decide, get_plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_premium import al_wins_curves  # noqa: E402

N_DRAWS = 400


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
