"""benchmarks/bench_loop.py: how a policy walks the loop's answers (decide, label at random, decide again, switch)."""

import math
from pathlib import Path

import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bl():
    yield from loaded_script(ROOT / "benchmarks" / "bench_loop.py", "bench_loop_under_test")


def _answer(act: str, strategy: str | None = None, decide_at: float = math.nan, reason: str = "verdict"):
    """The campaign's answer (:class:`planner.decide.next_step.NextStep`) the walk reads."""
    import pandas as pd

    from planner.decide.next_step import CampaignFacts, NextStep

    facts = CampaignFacts(folder="c", strategy="random", batch_size=50, train_labels=100, test_labels=100, left=300,
                          rounds=pd.DataFrame())
    return NextStep(act, facts, target=0.9, strategy=strategy, decide_at=decide_at, reason=reason)


COUNTS = [100, 150, 200, 250, 300, 350, 400]


def _switch_cost(n, s):
    return 1000.0 + n, True   # set-up + the labels in hand at the switch: a cost that tells where it switched


def test_the_loop_decides_again_at_the_first_round_past_the_count_and_switches_there(bl):
    answers = {100: _answer("continue", "random", 190.0), 200: _answer("switch", "margin", 400.0)}
    cost, met, how = bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)
    assert (cost, met) == (1200.0, True)             # switched at 200, the first round at or past 190
    assert how == "100:continue 200:switch=margin"


def test_once_follows_the_first_answer_to_the_end(bl):
    answers = {100: _answer("continue", "random", 190.0), 200: _answer("switch", "margin", 400.0)}
    cost, met, how = bl.walk("once", 100, COUNTS, 350.0, answers.__getitem__, _switch_cost, 350.0, 1.0)
    assert (cost, how) == (350.0, "100:continue")   # random's whole path: never decides again


def test_random_meeting_the_target_before_the_next_decision_stops_there(bl):
    answers = {100: _answer("continue", "random", 300.0)}
    cost, met, how = bl.walk("loop", 100, COUNTS, 250.0, answers.__getitem__, _switch_cost, 999.0, 2.0)
    assert (cost, met) == (500.0, True)   # 250 labels at $2: stopped where the answer said the target was met


def test_a_stop_the_answer_gives_is_followed_and_only_a_met_target_counts_as_reached(bl):
    met = {100: _answer("stop", reason="met")}
    assert bl.walk("loop", 100, COUNTS, math.inf, met.__getitem__, _switch_cost, 400.0, 2.0) == (200.0, True,
                                                                                                 "100:stop")
    spent = {100: _answer("stop", reason="budget")}
    assert bl.walk("loop", 100, COUNTS, math.inf, spent.__getitem__, _switch_cost, 400.0, 2.0)[:2] == (200.0, False)


def test_no_count_to_decide_again_labels_at_random_to_the_end_and_a_refusal_reads_as_random(bl):
    answers = {100: _answer("continue", "random")}
    assert bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)[0] == 400.0
    cost, _, how = bl.walk("loop", 100, COUNTS, math.inf, lambda n: "too few labels", _switch_cost, 400.0, 1.0)
    assert cost == 400.0 and "refused" in how


def test_a_count_past_every_round_ends_at_random(bl):
    answers = {100: _answer("continue", "random", 10_000.0)}
    assert bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)[0] == 400.0


def test_the_table_reads_regret_against_always_random_per_metric_and_pilot(bl):
    rows = []
    for unit, (loop, rnd) in {"a": (0.1, 0.2), "b": (0.3, 0.2)}.items():
        for policy, regret in (("loop", loop), ("always random", rnd), ("once", rnd), ("always margin", 1.0),
                               ("hindsight", 0.0)):
            rows.append({"set": unit, "model": "logreg", "metric": "accuracy", "pilot": 0.125, "policy": policy,
                         "regret": regret, "reached": True})
    text = bl.table(rows)
    loop_row = next(line for line in text.splitlines() if "| loop |" in line)
    assert "| 0.200 | 1.00 | 1.50 |" in loop_row     # mean 0.2 = always random's; the worst unit 0.3 / 0.2
