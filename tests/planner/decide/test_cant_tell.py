"""Where the chance that AL is cheaper is near one half the verdict says "can't tell yet" and gives a plan: start
labeling at random and run this again at N labels (what measuring to there costs and is expected to save);
elsewhere it says nothing of the kind."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from planner.cli import main
from planner.decide.costs import Scenario
from planner.decide.rule import UNDECIDED, can_tell
from planner.decision import Plan
from planner.present import views

TABLES = Path(__file__).resolve().parents[2] / "golden" / "tables"


@pytest.mark.parametrize("p, told", [(0.0, True), (UNDECIDED[0], True), (UNDECIDED[0] + 1e-9, False), (0.5, False),
                                     (UNDECIDED[1] - 1e-9, False), (UNDECIDED[1], True), (1.0, True),
                                     (math.nan, True)])
def test_the_band_is_open_at_both_ends(p, told):
    assert can_tell(p) is told


@pytest.fixture(scope="module")
def slow_rise():
    """A slow, three-strategy table at a price where the forecasts split: the chance shown is near one half."""
    plan = Plan(TABLES / "slow_rise.csv", seed=0)
    scen = Scenario(label_price=1.0, engineering_days=2, turnaround_days=3)
    return plan.decide(scen, 0.80)


def test_a_split_verdict_says_it_cannot_tell_and_what_to_measure(slow_rise):
    """The sentence's advice is the pilot extension's: what to measure, to how many labels, its cost and its
    expected saving; no other line advises the opposite."""
    d = slow_rise
    assert UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert not d.can_tell
    ext = d.pilot_extension
    assert ext is not None and ext.priced
    assert d.measure_next_labels == ext.labels > ext.pilot_labels
    text = views.sentence(d)
    assert text.startswith("Can't tell yet: the chance that AL is cheaper than random is ")
    names = ", ".join(["random sampling" if s == "random" else s for s in ext.measured[:-1]]) + " and " \
        + ext.measured[-1]
    assert f"{names} each to there" in text
    assert views.money(ext.cost) in text and views.money(ext.value) in text
    assert views.START_RANDOM in text and f"run this again at ~{views.approx(ext.labels)} labels" in text
    assert d.recommendation == "random" and d.action_now == "random_then_decide"
    assert d.decide_at_labels == ext.labels
    metric = next(m for m in views._metrics(d) if m.label == "Recommended path")
    assert metric.value == "can't tell yet"
    assert metric.caption == f"label at random for now; decide at ~{views.approx(ext.labels)} labels"
    others = views.to_text(d).replace(text, "")
    assert "Decide now" not in others and "Extend the pilot" not in others


def test_the_next_measurement_stays_within_the_pool():
    """With a pool that holds less than twice the measured labels no extension is priced: the sentence asks for
    more seeds, not more labels, and the JSON names no count."""
    plan = Plan(TABLES / "slow_rise.csv", seed=0)
    measured = max(float(plan.draws.get(s).n_max) for s in plan.strategies)
    for pool in (int(measured), int(1.5 * measured), int(2 * measured)):
        scen = Scenario(label_price=1.0, engineering_days=10, turnaround_days=3, pool_size=pool)
        for target in (0.7, 0.72, 0.75, 0.8, 0.85):
            d = plan.decide(scen, target)
            ext = d.pilot_extension
            if ext.priced:
                assert ext.labels <= pool
            if not d.can_tell:
                nxt = d.measure_next_labels
                assert math.isnan(nxt) or nxt <= pool
                if not ext.priced:
                    assert "with more seeds" in views.sentence(d)


def test_a_clear_verdict_says_nothing_of_the_kind():
    plan = Plan(TABLES / "easy_al_wins.csv", seed=0)
    d = plan.decide(Scenario(label_price=0.5, engineering_days=2), 0.95)
    assert not UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert d.can_tell and math.isnan(d.measure_next_labels)
    assert not views.sentence(d).startswith("Can't tell")
    assert d.to_dict()["measure_next_labels"] is None


def test_the_json_says_it_and_gives_the_plan(capsys):
    args = ["plan", str(TABLES / "slow_rise.csv"), "--target", "0.8", "--label-price", "1",
            "--engineering-days", "2", "--turnaround-days", "3", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["can_tell"] is False and out["measure_next_labels"] > 0
    assert out["action_now"] == "random_then_decide" and out["decide_at_labels"] == out["measure_next_labels"]
    assert out["recommendation"] == "random"


def test_a_clear_verdict_has_no_count_to_decide_at(capsys):
    args = ["plan", str(TABLES / "easy_al_wins.csv"), "--target", "0.95", "--label-price", "0.5",
            "--engineering-days", "2", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["action_now"] in ("active_learning", "random") and out["decide_at_labels"] is None
