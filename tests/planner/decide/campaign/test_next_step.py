"""A campaign's one answer (planner.decide.campaign.next_step): what must hold for every campaign state, target and price."""

from __future__ import annotations

import math
import shlex

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.campaign.answer import answer_record
from planner.decide.campaign.next_step import CampaignFacts, next_step
from planner.decide.campaign.stop_rule import measured_point
from planner.present.next_step_view import answer_text, score_text

FOLDERS = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF, blacklist_characters="\x7f"), min_size=1,
                  max_size=12).filter(lambda s: s.strip() == s and not s.startswith("-"))


@st.composite
def campaigns(draw, measured=True):
    """A campaign's facts: rounds measured with their scores and stretches, labels out, the pool left."""
    k = draw(st.integers(1, 6))
    start = draw(st.integers(2, 60))
    steps = draw(st.lists(st.integers(1, 80), min_size=k - 1, max_size=k - 1))
    counts = [start]
    for s in steps:
        counts.append(counts[-1] + s)
    scores = draw(st.lists(st.floats(0.2, 1.0), min_size=k, max_size=k))
    switch = draw(st.integers(1, k))
    test = draw(st.integers(10, 3000))
    rounds = pd.DataFrame({"round": range(k), "n_labels": counts,
                           "strategy": ["random" if r < switch else "margin" for r in range(k)],
                           "accuracy": scores, "test_size": test})
    train = counts[-1] if measured else counts[-1] + draw(st.integers(1, 20))
    n_split = draw(st.sampled_from([0, 0, 1, 2, 4]))
    base = draw(st.lists(st.floats(0.2, 0.95), min_size=n_split, max_size=n_split))
    gain = draw(st.lists(st.floats(-0.1, 0.1), min_size=n_split, max_size=n_split))
    splits = pd.DataFrame({"round": range(1, n_split + 1), "strategy": "margin", "labels": 10, "n_before": 50,
                           "test_size": test, "random_accuracy": base,
                           "al_accuracy": [min(max(b + g, 0.0), 1.0) for b, g in zip(base, gain)],
                           "paired_se": draw(st.sampled_from([0.0, 0.01, 0.05]))})
    return CampaignFacts(folder=draw(FOLDERS), strategy=draw(st.sampled_from(["random", "margin", "entropy"])),
                         batch_size=draw(st.integers(1, 50)), train_labels=train, test_labels=test,
                         left=draw(st.integers(0, 400)), rounds=rounds, round=k - 1,
                         round_out=draw(st.sampled_from([0, 0, 10])), decide_at=draw(st.none() | st.integers(1, 600)),
                         forecast_from=draw(st.sampled_from([0, 40])), splits=splits,
                         split=draw(st.sampled_from(["", "margin"])) if n_split else "")


TARGETS = st.floats(0.25, 0.995)
CONFIDENCES = st.floats(0.55, 0.97)


@settings(max_examples=150, deadline=None)
@given(facts=campaigns(), target=TARGETS, confidence=CONFIDENCES, budget=st.none() | st.integers(1, 800))
def test_the_answer_stops_exactly_where_the_measured_score_meets_the_target_by_the_rule(facts, target, confidence,
                                                                                        budget):
    ns = next_step(facts, target, confidence=confidence, budget=budget)
    point = measured_point(facts, target, confidence)
    assert (ns.act == "stop" and ns.reason == "met") == point.stop
    if point.stop:
        assert point.score >= target   # a score below the target never stops
        assert point.p_met >= confidence   # a stop is sure at the confidence the answer uses
    assert point.stop == (point.score >= target and point.p_met >= confidence)
    assert ns.measured == point
    assert next_step(facts, target, confidence=confidence, budget=budget) == ns   # nothing random, nothing kept
    text = answer_text(answer_record(ns))
    if ns.act == "stop":
        assert answer_record(ns).command is None and "nothing to buy" in text
    else:
        assert "Stop:" not in text


@settings(max_examples=150, deadline=None)
@given(facts=campaigns(), target=st.none() | TARGETS, budget=st.none() | st.integers(1, 800))
def test_every_order_is_within_the_pool_and_the_budget_and_decides_again_later(facts, target, budget):
    ns = next_step(facts, target, budget=budget)
    if ns.act in ("continue", "switch"):
        assert 0 <= ns.order <= facts.left
        if budget is not None:
            assert ns.order <= max(budget - facts.train_labels, 0)
        assert math.isnan(ns.decide_at) or ns.decide_at > facts.train_labels
        assert (ns.act == "switch") == (ns.strategy != facts.strategy)
    if facts.left == 0 and ns.act not in ("label", "measure") and not (ns.measured and ns.measured.stop):
        assert ns.act == "stop" and ns.reason == "pool"


@settings(max_examples=100, deadline=None)
@given(facts=campaigns(measured=False), target=TARGETS)
def test_labels_no_measure_has_scored_are_measured_before_anything_is_said_of_them(facts, target):
    ns = next_step(facts, target)
    assert ns.act == "measure" and ns.measured is None
    assert shlex.split(answer_record(ns).command) == ["alplan", "campaign", "measure", facts.folder]


@settings(max_examples=150, deadline=None)
@given(facts=campaigns(), target=st.none() | TARGETS)
def test_every_command_names_the_folder_as_one_argument_whatever_its_name(facts, target):
    ns = next_step(facts, target)
    command = answer_record(ns).command
    if command is None:
        return
    words = shlex.split(command)
    assert words[0] == "alplan" and facts.folder in words[2:4]
    if words[1:3] == ["campaign", "next"]:
        assert words[3] == facts.folder


@settings(max_examples=200, deadline=None)
@given(score=st.floats(0.0, 1.0), target=st.floats(0.01, 0.99))
def test_a_score_is_written_on_its_own_side_of_the_target(score, target):
    shown = float(score_text(score, target).rstrip("%")) / 100
    assert (shown >= target) == (score >= target) or abs(score - target) < 5e-6


@settings(max_examples=150, deadline=None)
@given(facts=campaigns(), target=TARGETS, confidence=CONFIDENCES, chance=st.floats(0.5, 1.0), folder=FOLDERS)
def test_no_surface_calls_a_reading_met_below_the_level_the_stop_asks(facts, target, confidence, chance, folder):
    """A stop at a lower chance is said as asked; a reading whose chance is below the rule's level is never called
    met, and one below a half never, whatever was asked."""
    chance = min(chance, confidence)
    for asked in (None, chance):
        ns = next_step(facts, target, confidence=confidence, stop_chance=asked)
        m = ns.measured
        level = confidence if asked is None else asked
        assert m.stop_level == level and m.stop == (m.score >= target and m.p_met >= level)
        text = answer_text(answer_record(ns))
        if m.stop:
            assert m.p_met >= 0.5 and ns.act == "stop"
            assert ("as asked" in text) == (asked is not None)
        else:
            assert " meets the " not in text and "Stop:" not in text.replace("Stop: every id", "").replace(
                "Stop: the budget", "")
        if m.met and not m.stop:
            assert "Not sure yet" in text
