"""A campaign's forecast starts from the score it measured: every path climbs its own curve from that score to the
target, the labels in hand never reach a target measured short there, and a higher score measured never asks for
more labels."""

from __future__ import annotations

import math
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.decide.costs import PoolShape, Scenario, Standing
from planner.decide.paths import from_measured, measured_climb, measured_levels
from planner.decision import RANDOM, Plan

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "12"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
GOLDEN = Path(__file__).resolve().parents[3] / "golden" / "tables"
_PLANS: dict = {}


def _plan(table: str) -> Plan:
    if table not in _PLANS:
        _PLANS[table] = Plan(GOLDEN / table, n_draws=120, seed=0)
    return _PLANS[table]


def _scenario(n0: int, score: float | None, test: int = 300) -> Scenario:
    measured = {} if score is None else {"measured_score": score, "measured_test_size": test}
    return Scenario(label_price=1.0, engineering_days=5, day_rate=400, pool=PoolShape(pool_size=20_000),
                    standing=Standing(labels_in_hand=n0, short_at=n0, **measured))


tables = st.sampled_from(["easy_al_wins.csv", "slow_rise.csv", "al_no_gain.csv"])


@SETTINGS
@given(table=tables, n0=st.integers(60, 1_500), scores=st.lists(st.floats(0.3, 0.95), min_size=2, max_size=3),
       gap=st.floats(0.005, 0.08))
def test_a_higher_score_measured_never_asks_for_more_labels_and_none_reaches_the_target_in_hand(table, n0, scores,
                                                                                                gap):
    plan = _plan(table)
    # a campaign's runs are on its labels in hand: every measured count lies below them
    n0 += int(max(plan.draws.get(s, 0.0).n_max for s in plan.strategies))
    scores = sorted(scores)
    target = min(scores[-1] + gap, 0.99)
    paths = [plan.paths(_scenario(n0, s), target) for s in scores]
    climbs = [measured_climb(plan, _scenario(n0, s), target) for s in scores]
    for (lower, higher), (c_low, c_high) in zip(zip(paths, paths[1:]), zip(climbs, climbs[1:])):
        told = np.isfinite(c_low.climb) & np.isfinite(c_high.climb)   # the in-force curve climbs from both scores
        for s, p in lower.items():
            a, b = p.labels, higher[s].labels
            assert np.all(a > n0) and np.all(b > n0), s
            both = told & np.isfinite(a)
            assert np.all(b[both] <= a[both] + 1e-6), s
            assert np.all(np.isinf(a[told & np.isinf(b)])), s   # a draw the higher score does not reach, the lower neither


def _on_curve(plan, scen, target, levels):
    """The in-force (random) climb from ``levels`` per draw, in place of the measured posterior's."""
    return replace(measured_climb(plan, scen, target), levels=levels, start=plan.label_draws(RANDOM, levels, scen)[0])


@SETTINGS
@given(table=tables, share=st.floats(0.2, 1.0), target=st.floats(0.6, 0.97))
def test_a_score_measured_on_the_in_force_curve_keeps_its_count(table, share, target):
    """Read within the measured counts, where a draw's score and its labels to a score are read off one grid."""
    plan = _plan(table)
    d = plan.draws.get(RANDOM, 0.0)
    n0 = int(d.n_min + share * (d.n_max - d.n_min))
    scen = _scenario(n0, 0.5)
    labels = plan.label_draws(RANDOM, target, scen)[0]
    own = d.accuracy([float(n0)])[:, 0]
    out = from_measured(plan, RANDOM, scen, labels, _on_curve(plan, scen, target, own))
    # where the draw climbs past n0 to the target, it climbs the same curve: the same count (the grid's step)
    rising = d.accuracy([0.95 * n0])[:, 0] < own - 1e-6   # not on a flat stretch, where a score has no one count
    kept = (own < target - 1e-3) & np.isfinite(labels) & (labels > 1.05 * n0) & rising & \
        (own > d.accuracy([d.n_min])[:, 0] + 1e-3)
    np.testing.assert_allclose(out[kept], labels[kept], rtol=0.05)
    assert np.all(np.isinf(out[np.isinf(labels)]))


@SETTINGS
@given(table=tables, n0=st.integers(60, 1_500), score=st.floats(0.4, 0.9), target=st.floats(0.6, 0.97))
def test_another_strategy_walks_the_in_force_climb_at_its_exchange_rate_at_the_target(table, n0, score, target):
    """The labels another strategy buys from here are the in-force strategy's climb from the measured score times
    its label efficiency at the target (its count there over the in-force's): the labels in hand count at what they
    are worth to it, never as if it had picked them."""
    plan = _plan(table)
    scen = _scenario(n0, score)
    climb = measured_climb(plan, scen, target)
    force = from_measured(plan, RANDOM, scen, plan.label_draws(RANDOM, target, scen)[0], climb) - n0
    for s in plan.strategies:
        labels = plan.label_draws(s, target, scen)[0]
        out = from_measured(plan, s, scen, labels, climb) - n0
        rated = np.isfinite(climb.climb) & np.isfinite(labels) & (climb.climb > 0)
        np.testing.assert_allclose(out[rated], force[rated] * labels[rated] / climb.end[rated], rtol=1e-9, err_msg=s)
    own = plan.draws.get(RANDOM, 0.0).accuracy([float(n0)])[:, 0]   # the campaign measured on random's own curve
    on = _on_curve(plan, scen, target, own)
    for s in plan.strategies:
        labels = plan.label_draws(s, target, scen)[0]
        out = from_measured(plan, s, scen, labels, on)
        cheaper = np.isfinite(on.climb) & (labels <= on.end) & (np.abs(on.start - n0) <= 0.02 * n0)
        assert np.all(out[cheaper] >= labels[cheaper] - 0.02 * n0 - 1e-6), s   # never fewer than from scratch


def test_the_measured_levels_are_the_posterior_of_the_score_on_the_test_labels():
    levels = measured_levels(_scenario(200, 0.8, test=400), 4_000, 0)
    assert np.median(levels) == pytest.approx(0.8, abs=0.005)
    assert np.std(levels) == pytest.approx(math.sqrt(0.8 * 0.2 / 400), rel=0.1)
    assert measured_levels(_scenario(200, None), 4_000, 0) is None
    np.testing.assert_array_equal(levels, measured_levels(_scenario(200, 0.8, test=400), 4_000, 0))


def test_nothing_measured_prices_every_path_as_before_and_says_nothing_of_it():
    plan = _plan("easy_al_wins.csv")
    scen = _scenario(300, None)
    before = plan.decide(scen.with_standing(short_at=300), 0.9).to_dict()
    assert "measured_score" not in before["scenario"] and "measured_test_size" not in before["scenario"]
    anchored = plan.decide(_scenario(300, 0.7), 0.9).to_dict()["scenario"]
    assert anchored["measured_score"] == 0.7 and anchored["measured_test_size"] == 300


@pytest.mark.parametrize("changes, words", [
    ({"measured_score": 1.5}, "measured score must be a share in [0, 1]"),
    ({"measured_score": math.nan}, "measured score must be a share in [0, 1]"),
    ({"measured_test_size": 0}, "a measured score needs its test labels"),
    ({"short_at": 0}, "a measured score needs its test labels"),
])
def test_a_bad_measured_point_is_refused_in_one_line(changes, words):
    with pytest.raises(ValueError, match=words.replace("[", r"\[").replace("]", r"\]")):
        _scenario(200, 0.8).with_standing(**changes).validate()


def test_random_from_a_campaign_measured_above_its_runs_needs_fewer_labels():
    plan = _plan("slow_rise.csv")
    d = plan.draws.get(RANDOM, 0.0)
    n0 = int(d.n_max)
    on_curve = float(np.median(d.accuracy([float(n0)])[:, 0]))
    target = on_curve + 0.03
    low = plan.paths(_scenario(n0, on_curve - 0.01, test=2_000), target)[RANDOM].labels
    high = plan.paths(_scenario(n0, on_curve + 0.02, test=2_000), target)[RANDOM].labels
    assert np.median(high) < np.median(low)


def test_the_in_force_strategy_is_the_one_that_picked_the_last_round_else_random():
    plan = _plan("easy_al_wins.csv")
    assert measured_climb(plan, _scenario(300, 0.7), 0.9).strategy == RANDOM
    assert measured_climb(plan, _scenario(300, 0.7).with_standing(measured_strategy="margin"), 0.9).strategy == "margin"
    assert measured_climb(plan, _scenario(300, 0.7).with_standing(measured_strategy="bald"), 0.9).strategy == RANDOM
    assert measured_climb(plan, _scenario(300, None), 0.9) is None


def _facts(rounds, train):
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts

    return CampaignFacts(folder="c", strategy="margin", batch_size=20, train_labels=train, test_labels=150, left=500,
                         rounds=pd.DataFrame(rounds))


def test_the_forecast_starts_from_the_round_measured_at_the_labels_in_hand_only():
    from planner.decide.campaign.next_step import measured_from

    rounds = [{"round": 0, "n_labels": 100, "strategy": "random", "accuracy": 0.71, "test_size": 150},
              {"round": 1, "n_labels": 120, "strategy": "margin", "accuracy": 0.74, "test_size": 150}]
    assert measured_from(_facts(rounds, 120)) == {"short_at": 120, "measured_score": 0.74, "measured_test_size": 150,
                                                  "measured_strategy": "margin"}
    assert measured_from(_facts(rounds, 140)) == {"short_at": 140}   # 20 labels in hand no measure has scored
    assert measured_from(_facts(rounds, 120), "macro_f1") == {"short_at": 120}   # the metric was not measured
    assert measured_from(_facts([], 40)) == {"short_at": 40}
