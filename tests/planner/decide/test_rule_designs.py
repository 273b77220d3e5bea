"""The decision rule weighs losses: untold draws beyond the extrapolation limit, expected costs, the band.

Properties over generated per-draw totals (hypothesis) and a few verdicts on real curve tables.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.costs import PoolShape, Scenario
from planner.decide.rule import DESIGN, DESIGNS, UNDECIDED, rule, rule_picks
from planner.decision import Plan
from planner.forecast.limits import EXTRAPOLATION_LIMIT

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True)


@st.composite
def draws(draw):
    """Totals of random and 1-3 AL paths over 5-40 draws (some unreachable), which draws lie beyond each path's
    limit, and capped totals at least the reaching totals."""
    n = draw(st.integers(5, 40))
    names = ["random"] + draw(st.lists(st.sampled_from(["margin", "entropy", "coreset"]), min_size=1, max_size=3,
                                       unique=True))
    rng = np.random.default_rng(draw(st.integers(0, 2**31)))
    totals, beyond, capped = {}, {}, {}
    for k, s in enumerate(names):
        t = rng.uniform(100, 1000, n) + (0 if s == "random" else draw(st.floats(0, 500)))
        miss = rng.random(n) < draw(st.floats(0, 0.5))
        far = rng.random(n) < draw(st.floats(0, 0.8))
        totals[s] = np.where(miss, np.inf, t)
        beyond[s] = far | miss
        capped[s] = np.where(miss, 2000.0, t)
    return totals, beyond, capped


@SETTINGS
@given(d=draws(), design=st.sampled_from(DESIGNS))
def test_shares_sum_to_one_and_the_chance_is_one_minus_randoms(d, design):
    totals, beyond, capped = d
    r = rule(totals, beyond=beyond, capped=capped, design=design)
    shares = r["cheapest"]
    if not math.isnan(r["p_al_cheaper"]):
        assert sum(shares.values()) == pytest.approx(1.0)
        assert r["p_al_cheaper"] == pytest.approx(1.0 - shares["random"])


@SETTINGS
@given(d=draws())
def test_the_shipped_pick_follows_the_band_and_the_expected_cost(d):
    totals, beyond, capped = d
    r = rule(totals, beyond=beyond, capped=capped)
    rec, best = r["recommendation"], r["best_al"]
    random_far = float(np.mean(beyond["random"]))
    if rec not in (None, "random"):
        assert rec == best
        if "random" in r["reachable"]:   # a finite median saving: the band and the expected cost
            assert r["p_al_cheaper"] >= UNDECIDED[1] and r["expected"][rec] < r["expected"]["random"]
        elif random_far <= 0.5:   # random told not to get there (within its limit): AL is the one path that does
            pass
        else:   # random beyond its limit in most draws: the band and the expected cost, random priced at the limit
            assert r["p_al_cheaper"] >= UNDECIDED[1] and r["expected"][rec] < r["expected"]["random"]
    if rec is None:
        assert "random" not in r["reachable"] and (best is None or random_far > 0.5)


@SETTINGS
@given(d=draws())
def test_a_draw_beyond_the_limit_is_no_sides_win(d):
    """Every draw untold: the chance is one half exactly (each draw's credit split between the two sides)."""
    totals, _, capped = d
    beyond = {s: np.ones_like(v, dtype=bool) for s, v in totals.items()}
    some = np.isfinite(np.stack(list(totals.values()))).any(axis=0)
    r = rule(totals, beyond=beyond, capped=capped, design="split")
    if some.any():
        assert r["p_al_cheaper"] == pytest.approx(0.5)
        assert r["p_untold"] == pytest.approx(1.0)
    today = rule(totals, beyond=beyond, capped=capped, design="half")
    assert today["p_untold"] == 0.0


def test_a_sixty_percent_chance_of_a_small_saving_does_not_buy_a_large_set_up():
    """AL cheaper by $50 in 60% of the draws and dearer by $4,000 in 40%: the chance reads 60%, the pick random."""
    n = 100
    rnd = np.full(n, 10_000.0)
    al = np.where(np.arange(n) < 60, 9_950.0, 14_000.0)
    totals = {"random": rnd, "margin": al}
    r = rule(totals, capped=totals)
    assert r["p_al_cheaper"] == pytest.approx(0.6)
    assert r["recommendation"] == "random"
    assert rule(totals, capped=totals, design="half")["recommendation"] == "margin"


def test_weighted_beliefs_read_the_same_rule():
    """rule_picks under uniform weights is rule(): the preposterior and the break-even re-run the same pick."""
    rng = np.random.default_rng(3)
    totals = {"random": rng.uniform(100, 200, 50), "margin": rng.uniform(80, 180, 50)}
    for design in DESIGNS:
        a = rule(totals, capped=totals, design=design)
        b = rule_picks(totals, np.full((1, 50), 1 / 50), capped=totals, design=design)
        names = list(totals)
        k = int(b["recommendation"][0])
        assert a["recommendation"] == (names[k] if k >= 0 else None)


def _table(level_rnd: float, level_al: float, n_max: int = 200) -> pd.DataFrame:
    rows = []
    for s, level in (("random", level_rnd), ("margin", level_al)):
        for seed in range(3):
            for i, n in enumerate(range(20, n_max + 1, 20)):
                acc = level - 0.3 * (n / 20.0) ** -1.5 + 0.002 * ((seed + i) % 3 - 1)
                rows.append({"strategy": s, "seed": seed, "batch_size": 20, "round": i, "n_labels": n,
                             "accuracy": acc})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("pool", [None, 5000])
def test_two_plateaus_are_never_an_al_pick(pool):
    """Both curves level off where AL has nothing left to gain: random sampling, whatever the prices."""
    plan = Plan(_table(0.90, 0.902), n_draws=200, seed=0)
    for price in (0.05, 1.0, 20.0):
        scen = Scenario(label_price=price, engineering_days=2, day_rate=400, pool=PoolShape(pool_size=pool))
        d = plan.decide(scen, 0.895)
        assert d.recommendation in ("random", None), (price, d.recommendation, d.probability_al_cheaper)


def test_no_path_is_reachable_at_or_beyond_the_limit_and_no_al_pick_without_a_finite_saving():
    """Flat curves below a far target, no pool: nothing is 'reachable' at the limit, AL is not recommended."""
    plan = Plan(_table(0.90, 0.92), n_draws=200, seed=0)
    d = plan.decide(Scenario(label_price=1.0, engineering_days=1, day_rate=400), 0.99)
    for r in d.strategies:
        if r.reachable:
            assert r.labels < EXTRAPOLATION_LIMIT * r.n_max
    if d.recommendation not in (None, "random"):
        assert math.isfinite(d.savings)
    assert d.action_now in ("none", "random", "random_then_decide")


def test_the_shipped_design_is_one_of_the_designs():
    assert DESIGN in DESIGNS and DESIGN == "band+expected"


def test_a_draw_whose_far_side_costs_more_at_its_limit_is_told():
    """Random beyond its limit in every draw, margin within its own and cheaper than random priced at that limit
    (a lower bound of random's cost): every draw is told for margin, and margin is the pick; where margin costs more
    than random's lower bound the draw stays untold (split)."""
    n = 100
    rnd = np.full(n, np.inf)
    capped_rnd = np.full(n, 50_000.0)
    al = np.full(n, 3_000.0)
    totals = {"random": rnd, "margin": al}
    beyond = {"random": np.ones(n, dtype=bool), "margin": np.zeros(n, dtype=bool)}
    r = rule(totals, beyond=beyond, capped={"random": capped_rnd, "margin": al})
    assert r["p_untold"] == 0.0 and r["p_al_cheaper"] == 1.0 and r["recommendation"] == "margin"
    dear = np.full(n, 60_000.0)
    r = rule({"random": rnd, "margin": dear}, beyond=beyond, capped={"random": capped_rnd, "margin": dear})
    assert r["p_untold"] == 1.0 and r["p_al_cheaper"] == pytest.approx(0.5) and r["recommendation"] is None
