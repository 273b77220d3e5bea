"""The one stop rule (planner.decide.campaign.stop_rule): what must hold for every measured score, target and level, and that
the campaign's answer and `replan FILE` stop on it alike."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from planner.costs import Scenario
from planner.decide.campaign.acts import Act, Reason
from planner.decide.campaign.facts import CampaignFacts
from planner.decide.campaign.next_step import next_step
from planner.decide.campaign.steer import replan
from planner.decide.campaign.measurement import Measurement
from planner.decide.campaign.stop_rule import (MIN_STOP_CHANCE, StopRule, check_stop_chance, confusion_score,
                                               first_stop, jeffreys, labels_to_tell, measured, measured_point,
                                               measurement_alone, reading, trusted_score)
from planner.decide.verdict import Plan

ROOT = Path(__file__).resolve().parents[4]
EXAMPLES = settings(max_examples=200, deadline=None, derandomize=True)


@EXAMPLES
@given(score=st.floats(0.0, 1.0), target=st.floats(0.05, 0.99), p=st.floats(0.0, 1.0),
       confidence=st.floats(0.5, 0.999), chance=st.none() | st.floats(0.0, 1.0))
def test_a_stop_is_a_measured_hit_at_the_rules_level_never_below_a_half(score, target, p, confidence, chance):
    rule = StopRule(confidence, chance)
    assert rule.level >= MIN_STOP_CHANCE
    assert rule.level == max(confidence if chance is None else chance, MIN_STOP_CHANCE)
    assert rule.stops(score, target, p) == (score >= target and p >= rule.level)


@EXAMPLES
@given(target=st.floats(0.3, 0.97), n=st.integers(30, 20_000), confidence=st.floats(0.6, 0.99))
def test_the_score_the_split_confirms_is_where_its_count_alone_stops(target, n, confidence):
    """At the trusted score the test's own count (the Jeffreys posterior the rule reads) puts the true score above
    the target with the confidence: a reading there stops, one a hair below does not."""
    s = trusted_score(target, n, confidence)
    assert target < s <= 1
    if s < 1:
        assert jeffreys(s, n, target)[0] == pytest.approx(confidence, abs=1e-6)
        rule = StopRule(confidence)
        assert rule.stops(s + 1e-7, target, jeffreys(s + 1e-7, n, target)[0])
        assert not rule.stops(s - 1e-4, target, jeffreys(s - 1e-4, n, target)[0])


@EXAMPLES
@given(score=st.floats(0.05, 0.99), gap=st.floats(-0.05, 0.05), n=st.integers(30, 5000),
       confidence=st.floats(0.6, 0.99))
def test_a_reading_within_the_splits_noise_neither_stops_nor_reads_missed(score, gap, n, confidence):
    target = min(max(score - gap, 0.02), 0.98)
    rule = StopRule(confidence)
    p = jeffreys(score, n, target)[0]
    if rule.within_noise(score, target, n):
        assert not rule.stops(score, target, p) and p > 1 - confidence
        assert labels_to_tell(score, target, n, confidence) > 0


def test_a_stop_chance_is_refused_below_a_half_or_above_the_confidence():
    assert check_stop_chance(None, 0.9) is None and check_stop_chance(0.6, 0.9) == 0.6
    for bad in (0.3, 0.95, math.nan):
        with pytest.raises(ValueError, match="--stop-chance"):
            check_stop_chance(bad, 0.9)


@given(p=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.3, 0.49, 0.95, 0.999, 1.5])),
       confidence=st.floats(0.5, 0.999))
def test_a_refused_stop_chance_gives_the_reason_of_its_own_side(p, confidence):
    """Below a half the reason is a coin flip; above the confidence, that the confidence is what to raise; neither
    reason is given for the other side."""
    if math.isfinite(p) and MIN_STOP_CHANCE <= p <= confidence:
        assert check_stop_chance(p, confidence) == p
        return
    with pytest.raises(ValueError) as err:
        check_stop_chance(p, confidence)
    text = str(err.value)
    assert text.startswith("--stop-chance") and "\n" not in text
    assert ("more likely missed than met" in text) == (0 <= p < MIN_STOP_CHANCE)
    assert ("raise --confidence" in text) == (confidence < p <= 1)


def _confusion(draw, last: float):
    """A 2-class confusion matrix on 200-1,000 test labels, its macro-F1 near ``last``."""
    n = draw(st.integers(200, 1000))
    pos = draw(st.integers(20, n // 2))
    tp = int(round(pos * min(max(last, 0.05), 0.99)))
    tn = int(round((n - pos) * min(max(last, 0.05), 0.99)))
    return np.array([[tn, n - pos - tn], [pos - tp, tp]])


@st.composite
def measured_rounds(draw):
    """A run's measured rounds: 2-5 earlier scores and the last one, its test size and metric (a share of the test
    labels, or a macro-F1 read from the last round's confusion matrix)."""
    scores = sorted(draw(st.lists(st.floats(0.5, 0.95), min_size=2, max_size=5)))
    last = draw(st.floats(0.55, 0.99))
    metric = draw(st.sampled_from(["accuracy", "macro_f1"]))
    confusion = None
    if metric == "macro_f1":
        confusion = _confusion(draw, last)
        last, n = confusion_score(confusion, metric), int(confusion.sum())
    else:
        n = draw(st.sampled_from([100, 200, 1000, 5000]))
    return scores + [last], n, metric, confusion


@settings(max_examples=40, deadline=None, derandomize=True)
@given(rounds=measured_rounds(), gap=st.floats(-0.06, 0.04), confidence=st.sampled_from([0.8, 0.9]),
       chance=st.sampled_from([None, 0.6]))
def test_the_campaign_and_replan_file_state_the_same_measured_point(rounds, gap, confidence, chance):
    """The same rounds, as a campaign folder's measured rounds and as a curve file for `replan` (planned on other
    draws and another seed): one stop rule (stop_rule.measured) states the same P(met), range and stop on both."""
    acc, n, metric, confusion = rounds
    target = min(max(acc[-1] + gap, 0.3), 0.98)   # near the last score: hits, misses and unsure hits alike
    counts = [40 * 2 ** i for i in range(len(acc))]
    cells = [""] * (len(acc) - 1) + ["" if confusion is None else ";".join(" ".join(map(str, r)) for r in confusion)]
    folder = pd.DataFrame({"round": range(len(acc)), "n_labels": counts, "strategy": "random", metric: acc,
                           "test_size": n, "confusion": cells})
    facts = CampaignFacts(folder="c", strategy="random", batch_size=40, train_labels=counts[-1], test_labels=n,
                          left=5000, rounds=folder)
    point = measured_point(facts, target, confidence, metric, chance)
    curve = pd.DataFrame({"strategy": "random", "seed": 0, "n_labels": counts, "accuracy": acc, "confusion": cells})
    curve.attrs["metric"] = metric
    advice = replan(Plan(curve, n_draws=200, seed=3), Scenario(label_price=1.0, engineering_days=0, day_rate=400),
                    target, confidence=confidence, test_size=n, stop_chance=chance)
    assert advice.p_true == pytest.approx(point.p_met, abs=1e-12)
    assert (advice.accuracy_now_low, advice.accuracy_now_high) == pytest.approx((point.low, point.high), abs=1e-12)
    assert advice.stop == point.stop and advice.held_out == point.held_out
    assert point.stop == (point.met and point.p_met >= StopRule(confidence, chance).level)
    event(f"{metric}, held out: {point.held_out}, stop: {point.stop}")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(rounds=measured_rounds(), gap=st.floats(-0.06, 0.04), confidence=st.sampled_from([0.8, 0.9]))
def test_the_rounds_before_a_hit_never_make_it_surer_than_its_test_splits_count(rounds, gap, confidence):
    """The earlier rounds were measured on the same test split as the last: they may lower the chance its count gives
    (``held_out``), never raise it (``benchmarks/know_design.md``, D3)."""
    acc, n, metric, confusion = rounds
    target = min(max(acc[-1] + gap, 0.3), 0.98)
    counts = [40 * 2 ** i for i in range(len(acc))]
    cell = None if confusion is None else ";".join(" ".join(map(str, r)) for r in confusion)
    read = reading(acc[-1], n, metric, cell)
    meas = Measurement(acc[-1], float(counts[-1]), math.nan, read.effective, "test set")
    table = pd.DataFrame({"strategy": "random", "seed": 0, "n_labels": counts, "accuracy": acc})
    got = measured(meas, target, StopRule(confidence), read=read, rounds=table, strategy="random")
    alone = measurement_alone(meas, target, read)[0]
    assert got.p_met <= alone + 1e-12
    assert got.held_out == (got.p_met < alone)
    event(f"held out: {got.held_out}")


def test_the_stop_rule_is_written_once():
    """No module of the planner but stop_rule defines the measured score's posterior, the test-label counts or the
    comparison of a P with one minus a confidence (the retired 'trusted unless shown false' rule)."""
    owned = {"jeffreys", "posterior", "held_out", "trusted_score", "labels_to_tell", "tell_apart_size"}
    for path in (ROOT / "planner").rglob("*.py"):
        if path.name == "stop_rule.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert not defined & owned, f"{path}: {defined & owned} belongs in planner/decide/campaign/stop_rule.py"
        text = path.read_text(encoding="utf-8")
        assert "> 1 - conf" not in text and "> 1 - confidence" not in text, path


@settings(max_examples=40, deadline=None)
@given(score=st.floats(0.0, 1.0), target=st.floats(0.01, 0.99), n=st.sampled_from([math.nan, 10.0, 1000.0]),
       se=st.floats(0.001, 0.2))
def test_a_measurement_alone_gives_a_chance_and_an_ordered_range(score, target, n, se):
    from planner.decide.campaign.measurement import Measurement
    from planner.decide.campaign.stop_rule import measurement_alone

    p, (median, low, high) = measurement_alone(Measurement(score, 100.0, se, n, "test set"), target)
    assert 0.0 <= p <= 1.0 and low <= median <= high
    if math.isfinite(n):   # a test of known size: Jeffreys' share of its labels
        assert p == pytest.approx(jeffreys(score, n, target)[0])


def test_a_hit_that_earlier_rounds_call_noise_is_not_trusted_and_says_what_would_settle_it():
    rounds = pd.DataFrame({"round": range(7), "n_labels": [100 * 2 ** i for i in range(7)], "strategy": "random",
                           "accuracy": [0.60, 0.601, 0.602, 0.6025, 0.603, 0.6032, 0.70], "test_size": 30})
    facts = CampaignFacts(folder="c", strategy="random", batch_size=100, train_labels=6400, test_labels=30,
                          left=5000, rounds=rounds)
    point = measured_point(facts, 0.69, 0.9)
    assert point.met and point.held_out and not point.stop and point.settle_test_labels > 0
    assert next_step(facts, 0.69).act == "decide"
    alone = measured_point(facts.__class__(**{**facts.__dict__, "rounds": rounds.tail(2)}), 0.69, 0.9)
    # too few earlier rounds: the test's count alone weighs the hit; 30 test labels cannot tell 70% from 69%
    assert not alone.held_out and not alone.stop and alone.within_noise and alone.p_met < 0.9


@settings(max_examples=25, deadline=None, derandomize=True)
@given(scores=st.lists(st.floats(0.5, 0.99), min_size=1, max_size=6), test=st.sampled_from([30, 200, 2000]),
       target=st.floats(0.6, 0.95), after=st.sampled_from([0, 100]), chance=st.sampled_from([None, 0.6]))
def test_the_replay_stops_where_the_answer_after_each_round_first_says_stop(scores, test, target, after, chance):
    """first_stop replays a campaign: its stop is the first round (at ``after`` labels or more) whose answer is a
    stop on the measured score, and the untrusted hits are the rounds before it that met the target unsure."""
    counts = [40 * 2 ** i for i in range(len(scores))]
    rounds = pd.DataFrame({"round": range(len(scores)), "n_labels": counts, "strategy": "random",
                           "accuracy": scores, "test_size": test})
    stop, untrusted = math.inf, 0
    for k, n in enumerate(counts):
        if n < after:
            continue
        facts = CampaignFacts(folder="c", strategy="random", batch_size=40, train_labels=n, test_labels=test, left=1,
                              rounds=rounds.iloc[:k + 1])
        answer = next_step(facts, target, confidence=0.9, stop_chance=chance)
        if answer.act == Act.STOP and answer.reason == Reason.MET:
            stop = float(n)
            break
        untrusted += int(answer.measured.met)
    assert first_stop(rounds, target, confidence=0.9, after=after, stop_chance=chance) == (stop, untrusted)
