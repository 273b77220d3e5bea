"""The chance printed beside the pick never reads as a threshold of the rule it is not on (hypothesis property).

The rule picks AL when the chance that AL is cheaper is above 50%, and says "can't tell yet" strictly between 30%
and 70%. The chance is printed as 100% minus random's printed "cheapest in" share, and the shares are split so
they sum to 100%; a share of 30.6% beside two of 34.7% used to print as 30%, the chance as "70%", beside "can't
tell yet". Shares are generated as a verdict's are: counts of draws, ties split.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.rule import UNDECIDED
from planner.present import verdict_sentence

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "200"))


@st.composite
def shares(draw):
    """Random's and 1-3 AL strategies' "cheapest in" shares over 400 draws (half-draws: two-way ties)."""
    k = draw(st.integers(1, 3))
    cuts = sorted(draw(st.lists(st.integers(0, 800), min_size=k, max_size=k)))
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, 800])]
    return dict(zip(["random", "margin", "entropy", "coreset"], [c / 800 for c in counts]))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True)
@given(shares())
def test_the_chance_reads_a_threshold_only_when_it_is_on_it(split):
    printed = verdict_sentence.cheapest_texts(split)
    assert sum(float(t.rstrip("%")) for t in printed.values()) == pytest.approx(100.0)
    for name, text in printed.items():
        assert abs(float(text.rstrip("%")) - 100 * split[name]) < 1.0 + 1e-9
    chance = 100.0 - float(printed["random"].rstrip("%"))
    exact = 100.0 * (1.0 - split["random"])
    for threshold in (100 * UNDECIDED[0], 50.0, 100 * UNDECIDED[1]):
        if chance == pytest.approx(threshold, abs=1e-9):
            assert exact == pytest.approx(threshold, abs=1e-9), (split, printed)
        else:   # the printed chance stays on the threshold's side
            assert (chance > threshold) == (exact > threshold), (split, printed)


def test_a_share_that_prints_on_a_threshold_reads_its_decimal():
    assert verdict_sentence.cheapest_texts({"random": 0.306, "margin": 0.347, "entropy": 0.347})["random"] == "30.6%"
    assert verdict_sentence.cheapest_texts({"random": 0.30, "margin": 0.35, "entropy": 0.35})["random"] == "30%"
