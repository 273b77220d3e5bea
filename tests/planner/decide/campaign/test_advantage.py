"""planner.decide.campaign.advantage: the split rounds' measured advantage, its interval and its finding, for every input."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from planner.decide.campaign.advantage import MIN_SPLIT_ROUNDS, measured_advantage, t_quantile

GAINS = st.lists(st.floats(-0.2, 0.2), min_size=1, max_size=8)


def _splits(gains, se=0.01, base=0.6, strategy="margin"):
    return pd.DataFrame({"round": range(1, len(gains) + 1), "strategy": strategy, "labels": 10,
                         "random_accuracy": base, "al_accuracy": [base + g for g in gains], "paired_se": se})


@settings(max_examples=200, deadline=None, derandomize=True)
@given(p=st.floats(0.55, 0.995), df=st.integers(1, 60))
def test_t_quantile_is_student_s(p, df):
    assert math.isclose(t_quantile(p, df), stats.t.ppf(p, df), rel_tol=1e-9)
    assert math.isclose(t_quantile(1 - p, df), -t_quantile(p, df), abs_tol=1e-9)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(gains=GAINS, se=st.sampled_from([0.0, 0.005, 0.03]), confidence=st.floats(0.6, 0.97))
def test_the_interval_holds_the_mean_and_the_finding_follows_its_bounds(gains, se, confidence):
    adv = measured_advantage(_splits(gains, se), "accuracy", confidence)
    assert adv.rounds == len(gains) and math.isclose(adv.mean, sum(gains) / len(gains), abs_tol=1e-9)
    assert adv.low <= adv.mean <= adv.high and adv.lower <= adv.mean <= adv.upper
    if adv.finding == "pays":
        assert adv.lower > 0 and adv.rounds >= MIN_SPLIT_ROUNDS
    elif adv.finding == "loses":
        assert adv.mean <= 0 and adv.rounds >= MIN_SPLIT_ROUNDS
    else:
        assert adv.rounds < MIN_SPLIT_ROUNDS or adv.lower <= 0 < adv.mean
    flipped = measured_advantage(_splits([-g for g in gains], se), "accuracy", confidence)
    assert math.isclose(flipped.lower, -adv.upper, abs_tol=1e-9)   # AL's loss is random's gain, and back
    if adv.finding == "pays":
        assert flipped.finding == "loses"


@settings(max_examples=100, deadline=None, derandomize=True)
@given(gains=st.lists(st.floats(-0.2, 0.2), min_size=2, max_size=6), se=st.floats(0.0, 0.05))
def test_more_test_noise_never_narrows_the_interval(gains, se):
    narrow = measured_advantage(_splits(gains, se), "accuracy", 0.9)
    wide = measured_advantage(_splits(gains, se + 0.01), "accuracy", 0.9)
    assert wide.high - wide.low >= narrow.high - narrow.low - 1e-12


def test_no_split_round_measures_nothing_and_the_last_strategy_is_the_one_measured():
    assert measured_advantage(None, "accuracy", 0.9) is None
    assert measured_advantage(_splits([]), "accuracy", 0.9) is None
    both = pd.concat([_splits([0.1, 0.1], strategy="entropy"), _splits([-0.05, -0.04, -0.06])], ignore_index=True)
    adv = measured_advantage(both, "accuracy", 0.9)
    assert adv.strategy == "margin" and adv.rounds == 3 and adv.finding == "loses"
    assert measured_advantage(_splits([0.3]), "accuracy", 0.9).finding == "unclear"   # one round decides nothing
