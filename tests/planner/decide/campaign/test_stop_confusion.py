"""The stop rule's posterior of macro-F1 and balanced accuracy from a test split's confusion matrix
(planner.decide.campaign.stop_rule.reading, benchmarks/stop_design.md): what must hold for every matrix and target, and that
the campaign's answer and `replan FILE` stop on it alike."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.costs import Scenario
from planner.decide.campaign.facts import CampaignFacts
from planner.decide.campaign.steer import replan
from planner.decide.campaign.stop_rule import (CONFUSION_DRAWS, CONFUSION_METRICS, StopRule, confusion_score, jeffreys,
                                               labels_to_tell, measured_point, metric_draws, read_confusion, reading,
                                               trusted_score)
from planner.decide.verdict import Plan

EXAMPLES = settings(max_examples=40, deadline=None, derandomize=True)
METRICS = st.sampled_from(CONFUSION_METRICS)


@st.composite
def confusions(draw, low: int = 0, high: int = 60):
    """A square matrix of counts, 2-5 classes, each class with a test id."""
    k = draw(st.integers(2, 5))
    cells = draw(st.lists(st.integers(low, high), min_size=k * k, max_size=k * k))
    c = np.asarray(cells, dtype=np.int64).reshape(k, k)
    c[np.arange(k), np.arange(k)] += 1
    return c


def _cell(c) -> str:
    return ";".join(" ".join(str(int(v)) for v in row) for row in c)


@EXAMPLES
@given(c=confusions(), metric=METRICS, t1=st.floats(0.0, 1.0), t2=st.floats(0.0, 1.0), seed=st.integers(0, 3))
def test_the_chance_falls_as_the_target_rises(c, metric, t1, t2, seed):
    r = reading(confusion_score(c, metric), c.sum(), metric, c, seed=seed)
    lo, hi = sorted((t1, t2))
    assert r.weigh(lo)[0] >= r.weigh(hi)[0]
    p, median, low, high = r.weigh(lo)
    assert 0 <= p <= 1 and 0 <= low <= median <= high <= 1


@EXAMPLES
@given(c=confusions(low=2), metric=METRICS)
def test_more_test_labels_at_the_same_proportions_narrow_it(c, metric):
    """Four times the counts: the 80% range about halves and the effective test size about quadruples (less where
    the prior's half-counts weigh on a class of a few ids)."""
    one = reading(confusion_score(c, metric), c.sum(), metric, c)
    four = reading(confusion_score(c, metric), 4 * c.sum(), metric, 4 * c)
    width = [r.weigh(0.5)[3] - r.weigh(0.5)[2] for r in (one, four)]
    assert width[1] < 0.7 * width[0]
    assert 2.5 < four.effective / one.effective < 5.5


@EXAMPLES
@given(c=confusions(high=400), target=st.floats(0.05, 0.95))
def test_the_accuracy_of_the_confusion_draws_is_the_jeffreys_share_within_monte_carlo_error(c, target):
    """Accuracy keeps the exact Jeffreys beta; the confusion model's accuracy agrees with it within the Monte Carlo
    error (the priors differ by half-counts)."""
    n, hits = int(c.sum()), int(np.trace(c))
    mc = float(np.mean(metric_draws(c, "accuracy") >= target))
    exact = jeffreys(hits / n, n, target)[0]
    assert abs(mc - exact) <= 4 * math.sqrt(max(exact * (1 - exact), 0.01) / CONFUSION_DRAWS) + 0.02
    assert reading(hits / n, n, "accuracy", c).draws is None   # accuracy is read as a share, whatever is kept


@pytest.mark.parametrize("n", [100, 1000])
@pytest.mark.parametrize("s", [0.6, 0.8, 0.95])
def test_two_balanced_classes_with_equal_recalls_are_as_noisy_as_their_accuracy(n, s):
    """Balanced accuracy is then the mean of two recalls on n/2 ids each: the share's noise on n. Macro-F1 equals the
    accuracy there, and its noise stays that of n (benchmarks/stop_design.md)."""
    h = n // 2
    k = round(s * h)
    c = np.array([[k, h - k], [h - k, k]])
    for metric in CONFUSION_METRICS:
        r = reading(confusion_score(c, metric), n, metric, c)
        assert 0.85 * n < r.effective < 1.2 * n
        if n >= 1000:   # fewer: the draws' skew and the priors' half-counts move P by a few points
            assert r.weigh(s - 0.03)[0] == pytest.approx(jeffreys(s, n, s - 0.03)[0], abs=0.03)


def test_a_rare_class_makes_macro_f1_far_noisier_than_a_share_of_the_test_labels():
    """A 95/5 test split of 1,000 ids: the rare class's F1 rests on its 50 ids."""
    c = np.array([[930, 20], [25, 25]])
    score = confusion_score(c, "macro_f1")
    r = reading(score, 1000, "macro_f1", c)
    assert r.effective < 1000 / 3
    target = score - 0.03
    assert r.weigh(target)[0] < 0.9 < jeffreys(score, 1000, target)[0]   # the share would stop; the matrix does not
    assert trusted_score(target, r.effective, 0.9) > trusted_score(target, 1000, 0.9)
    more = r.to_tell(target, 0.9)
    assert more > 0 == labels_to_tell(score, target, 1000, 0.9)   # a share of 1,000 would tell; the matrix cannot


def test_a_confusion_cell_reads_back_and_a_broken_one_says_why():
    assert read_confusion("50 2;3 5").tolist() == [[50, 2], [3, 5]]
    for bad in ("50 2;3", "a b", "", "1,2;3,4"):
        with pytest.raises(ValueError):
            read_confusion(bad)


def test_the_measured_score_is_the_campaigns():
    """confusion_score computes the campaign's scores (simulations.run.loop.score_predictions) from the counts."""
    from simulations.run.loop import score_predictions

    rng = np.random.default_rng(0)
    for k in (2, 3, 6):
        y = rng.integers(0, k, 300)
        pred = np.where(rng.random(300) < 0.7, y, rng.integers(0, k, 300))
        c = np.bincount(y * k + pred, minlength=k * k).reshape(k, k)
        acc, f1, bal, _ = score_predictions(y, pred, k)
        assert [confusion_score(c, m) for m in ("accuracy", "macro_f1", "balanced_accuracy")] == \
            pytest.approx([acc, f1, bal], abs=1e-12)


def _rounds(c, earlier: list[float], metric: str = "macro_f1") -> pd.DataFrame:
    score = confusion_score(c, metric)
    scores = earlier + [score]
    return pd.DataFrame({"round": range(len(scores)), "n_labels": [40 * (i + 1) for i in range(len(scores))],
                         "strategy": "random", metric: scores, "accuracy": scores,
                         "test_size": int(c.sum()), "confusion": [""] * len(earlier) + [_cell(c)]})


@EXAMPLES
@given(c=confusions(high=200), gap=st.floats(-0.05, 0.1), confidence=st.floats(0.6, 0.99),
       earlier=st.sampled_from([[], [0.3, 0.4, 0.45]]), metric=METRICS)
def test_a_macro_f1_stop_is_a_hit_at_the_rules_level(c, gap, confidence, earlier, metric):
    rounds = _rounds(c, earlier, metric)
    score = float(rounds[metric].iloc[-1])
    target = min(max(score - gap, 0.01), 0.99)
    facts = CampaignFacts(folder="c", strategy="random", batch_size=40, train_labels=int(rounds["n_labels"].iloc[-1]),
                          test_labels=int(c.sum()), left=1000, rounds=rounds)
    point = measured_point(facts, target, confidence, metric)
    assert point.stop == (score >= target and point.p_met >= StopRule(confidence).level)
    assert point.effective_test == pytest.approx(reading(score, c.sum(), metric, c).effective)
    assert point.test_noise_size == point.effective_test and point.test_size == int(c.sum())
    if not earlier:   # the test split alone: the draws' share above the target
        assert point.p_met == pytest.approx(reading(score, c.sum(), metric, c).weigh(target)[0])


def test_a_campaign_without_its_confusion_matrices_reads_macro_f1_as_a_share():
    c = np.array([[930, 20], [25, 25]])
    rounds = _rounds(c, []).drop(columns="confusion")
    facts = CampaignFacts(folder="c", strategy="random", batch_size=40, train_labels=40, test_labels=1000, left=10,
                          rounds=rounds)
    point = measured_point(facts, 0.7, 0.9, "macro_f1")
    assert point.effective_test == 1000
    assert point.p_met == pytest.approx(jeffreys(point.score, 1000, 0.7)[0])


def test_replan_file_weighs_a_macro_f1_hit_on_the_rounds_confusion_matrix():
    """A curve file that keeps the last round's confusion matrix (a campaign's curve.csv) is read as the campaign
    reads it: the same chance from the test alone, and no stop where the share would stop."""
    c = np.array([[930, 20], [25, 25]])
    score = confusion_score(c, "macro_f1")
    target = score - 0.03
    curve = pd.DataFrame({"strategy": "random", "seed": 0, "n_labels": [40, 80, 120], "accuracy": [0.5, 0.6, score],
                          "confusion": ["", "", _cell(c)]})
    curve.attrs["metric"] = "macro_f1"
    plan = Plan(curve, n_draws=200, seed=0)
    scen = Scenario(label_price=1.0, engineering_days=0, day_rate=400)
    advice = replan(plan, scen, target, confidence=0.9, test_size=1000)
    alone = reading(score, 1000, "macro_f1", c).weigh(target)[0]
    assert advice.p_true == pytest.approx(alone) and advice.action != "stop"
    assert "confusion matrix" in advice.test_noise
    plain = replan(Plan(curve.drop(columns="confusion"), n_draws=200, seed=0), scen, target, confidence=0.9,
                   test_size=1000)
    assert plain.p_true == pytest.approx(jeffreys(score, 1000, target)[0]) and plain.action == "stop"
