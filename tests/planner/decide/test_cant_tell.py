"""Where the chance that AL is cheaper is near one half the verdict says "can't tell yet", names what to measure
next and keeps the rule's pick as the lean; elsewhere it says nothing of the kind."""

from __future__ import annotations

import json
import math
from dataclasses import replace
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
    scen = Scenario(label_price=1.0, engineering_days=10, turnaround_days=3)
    return plan.decide(scen, 0.85)


def test_a_split_verdict_says_it_cannot_tell_and_what_to_measure(slow_rise):
    d = slow_rise
    assert UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert not d.can_tell
    measured = max(r.n_max for r in d.strategies if r.strategy in ("random", d.best_al))
    assert d.measure_next_labels == 2 * measured
    text = views.sentence(d)
    assert text.startswith("Can't tell yet: the chance that AL is cheaper than random is ")
    assert f"Measure random sampling and {d.best_al} to ~{views.approx(2 * measured)} labels" in text
    lean = "random sampling" if d.recommendation == "random" else d.recommendation
    assert f"lean to {lean}" in text
    metric = next(m for m in views._metrics(d) if m.label == "Recommended path")
    assert metric.value == "can't tell yet" and metric.caption == f"leans {d.recommendation}"


def test_the_next_measurement_stays_within_the_pool(slow_rise):
    d = slow_rise
    measured = max(r.n_max for r in d.strategies if r.strategy in ("random", d.best_al))
    half_way = replace(d, scenario={**d.scenario, "pool_size": int(1.5 * measured)})
    assert half_way.measure_next_labels == int(1.5 * measured)
    covered = replace(d, scenario={**d.scenario, "pool_size": int(measured)})
    assert math.isnan(covered.measure_next_labels)
    assert "with more seeds" in views.sentence(covered)


def test_a_clear_verdict_says_nothing_of_the_kind():
    plan = Plan(TABLES / "easy_al_wins.csv", seed=0)
    d = plan.decide(Scenario(label_price=0.5, engineering_days=2), 0.95)
    assert not UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert d.can_tell and math.isnan(d.measure_next_labels)
    assert not views.sentence(d).startswith("Can't tell")
    assert d.to_dict()["measure_next_labels"] is None


def test_the_json_says_it_and_keeps_the_lean(capsys):
    args = ["plan", str(TABLES / "slow_rise.csv"), "--target", "0.85", "--label-price", "1",
            "--engineering-days", "10", "--turnaround-days", "3", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["can_tell"] is False and out["measure_next_labels"] > 0
    assert out["recommendation"] in {s["strategy"] for s in out["strategies"]}
