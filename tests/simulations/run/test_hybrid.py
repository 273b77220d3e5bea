"""The hybrid threshold search (simulations/run/hybrid.py) on arrays, and the loop's hybrid rows."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulations.results.schema import HYBRID_COLUMNS
from simulations.run.hybrid import (
    accuracy_lower_bound,
    choose_threshold,
    holdout_size,
    machine_labels,
    measure,
)

FAST = settings(max_examples=40, deadline=None, derandomize=True)


@st.composite
def holdouts(draw):
    """A held-out split: confidences (with ties) and whether each prediction was right."""
    n = draw(st.integers(0, 60))
    levels = draw(st.integers(1, 12))
    conf = draw(st.lists(st.integers(0, levels), min_size=n, max_size=n))
    hit = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return np.asarray(conf, float) / levels, np.asarray(hit, bool)


bars = st.floats(0.05, 0.99)


@FAST
@given(holdouts(), bars)
def test_the_chosen_threshold_meets_the_bar_on_the_held_out_split(split, q):
    conf, hit = split
    t = choose_threshold(conf, hit, q)
    if math.isinf(t.threshold):
        return
    above = conf >= t.threshold
    assert above.sum() == t[3]
    assert accuracy_lower_bound(hit[above].sum(), above.sum())[()] >= q
    assert hit[above].mean() >= q  # the estimate is above its lower bound


@FAST
@given(holdouts(), bars)
def test_no_lower_threshold_meets_the_bar(split, q):
    conf, hit = split
    t = choose_threshold(conf, hit, q)
    for lower in np.unique(conf[conf < t.threshold]):
        above = conf >= lower
        assert accuracy_lower_bound(hit[above].sum(), above.sum())[()] < q


@FAST
@given(holdouts(), bars, bars, st.lists(st.integers(0, 12), min_size=1, max_size=80))
def test_the_share_never_grows_with_the_bar(split, q1, q2, remainder):
    conf, hit = split
    low, high = sorted((q1, q2))
    rest = np.asarray(remainder, float) / 12
    right = np.ones(rest.size, bool)
    share_low, _ = machine_labels(rest, right, choose_threshold(conf, hit, low).threshold)
    share_high, _ = machine_labels(rest, right, choose_threshold(conf, hit, high).threshold)
    assert 0.0 <= share_high <= share_low <= 1.0


@FAST
@given(st.integers(0, 200), st.integers(1, 200))
def test_the_lower_bound_lies_below_the_estimate(k, n):
    k = min(k, n)
    bound = accuracy_lower_bound(k, n)[()]
    assert 0.0 <= bound <= k / n


def test_machine_accuracy_is_the_truth_of_the_labels_above_the_threshold():
    conf = np.array([0.99, 0.95, 0.9, 0.6, 0.3])
    right = np.array([True, True, False, True, False])
    assert machine_labels(conf, right, 0.9) == (0.6, pytest.approx(2 / 3))
    assert machine_labels(conf, right, math.inf) == (0.0, pytest.approx(math.nan, nan_ok=True))
    share, acc = machine_labels(np.zeros(0), np.zeros(0, bool), 0.5)
    assert math.isnan(share) and math.isnan(acc)


def test_a_perfect_confident_model_labels_everything_and_a_guessing_one_nothing():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 400)
    sure = np.eye(3)[y] * 0.97 + 0.01
    got = measure(sure[:300], y[:300], sure[300:], y[300:], (0.9, 0.95))
    assert [g[:2] for g in got] == [(0.9, 1.0), (0.95, 1.0)] and all(g[2] == 1.0 for g in got)
    flat = np.full((400, 3), 1 / 3)
    got = measure(flat[:300], y[:300], flat[300:], y[300:], (0.9,))
    assert got[0][1] == 0.0 and math.isnan(got[0][2])


@FAST
@given(st.integers(0, 2**32 - 1), st.integers(2, 5), st.integers(1, 80), bars)
def test_machine_labels_of_the_test_split_are_right_on_no_more_than_the_test_accuracy(seed, k, n_test, q):
    """share x accuracy on the test split counts the machine labels that are right: a subset of the test
    examples the model predicts right, so never above its test accuracy, whatever the threshold."""
    rng = np.random.default_rng(seed)
    probs = rng.dirichlet(np.full(k, 0.3), size=200 + n_test)
    truth = rng.integers(0, k, 200 + n_test)
    truth[:150] = probs[:150].argmax(axis=1)   # a model right on most of the held-out split
    for _, _, _, _, share, acc in measure(probs[:150], truth[:150], probs[150:200], truth[150:200], (q,),
                                          probs_test=probs[200:], truth_test=truth[200:]):
        test_accuracy = float(np.mean(probs[200:].argmax(axis=1) == truth[200:]))
        assert 0.0 <= share <= 1.0
        assert share * (0.0 if math.isnan(acc) else acc) <= test_accuracy + 1e-12


def test_a_bar_outside_zero_one_is_refused():
    for q in (0.0, 1.0, -0.1, 1.5):
        with pytest.raises(ValueError, match=r"\(0, 1\)"):
            choose_threshold(np.ones(3), np.ones(3, bool), q)


def test_the_default_holdout_is_500_or_a_quarter_of_a_small_pool():
    assert holdout_size(None, 10_000) == 500
    assert holdout_size(None, 1_000) == 250
    assert holdout_size(None, 2) == 1
    assert holdout_size(300, 200) == 200


def test_a_run_with_bars_has_one_row_per_round_and_bar_and_the_same_curve():
    from simulations.run.config import SimulationConfig
    from simulations.run.loop import simulate

    base = SimulationConfig(strategies=("margin",), seeds=(0,), rounds=3)
    plain = simulate(base)
    hybrid = simulate(base.with_(hybrid_accuracy=(0.95, 0.9)))
    assert len(hybrid) == 2 * len(plain)
    assert list(hybrid["machine_target"]) == [0.9, 0.95] * len(plain)
    assert hybrid["machine_share"].between(0, 1).all()
    one = hybrid[hybrid["machine_target"] == 0.9].reset_index(drop=True)
    same = [c for c in plain.columns if not c.endswith("_seconds") and c not in HYBRID_COLUMNS]
    pd.testing.assert_frame_equal(one[same], plain[same])
    # the test split: a random sample, so the model is right on no more of it than its test accuracy
    assert hybrid["test_machine_share"].between(0, 1).all()
    right = hybrid["test_machine_share"] * hybrid["test_machine_accuracy"].fillna(0)
    assert (right <= hybrid["accuracy"] + 1e-12).all()
    left = one["machine_remainder"].to_numpy()
    assert (left > 0).all() and (np.diff(left) < 0).all()   # every round's picks leave the remainder
    assert plain["machine_target"].isna().all()
    by_round = hybrid.pivot(index="round", columns="machine_target", values="machine_share")
    assert (by_round[0.95] <= by_round[0.9]).all()  # the same model and held-out split: a higher bar, no more


def test_a_run_without_bars_keeps_its_key():
    from simulations.run.config import SimulationConfig

    spec = SimulationConfig(seeds=(0,)).runs()[0]
    assert "hybrid_accuracy" not in spec.to_dict()
    with_bars = SimulationConfig(seeds=(0,), hybrid_accuracy=(0.95,)).runs()[0]
    assert with_bars.key() != spec.key()


@pytest.mark.parametrize("bars, holdout, match", [
    ((1.0,), None, "strictly between 0 and 1"), ((0.0,), None, "strictly between 0 and 1"),
    ((0.9, 0.9), None, "twice"), ((), 100, "needs --hybrid-accuracy"), ((0.9,), 5000, "--hybrid-holdout"),
    (("a",), None, "strictly between 0 and 1"),
    ((0.9,), 1348 - 20, "takes all 1328 unlabeled examples .* nothing to label"),   # digits: the remainder empty
])
def test_bad_hybrid_settings_are_refused_in_one_line(bars, holdout, match):
    from simulations.run.config import SimulationConfig

    with pytest.raises(ValueError, match=match) as info:
        SimulationConfig(seeds=(0,), hybrid_accuracy=bars, hybrid_holdout=holdout).validate()
    assert "\n" not in str(info.value)
