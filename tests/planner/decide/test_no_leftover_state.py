"""No call of the planner leaves behind anything that changes a later answer.

The same verdict asked twice in one process, with other answers between (other curves, other scenarios, a budget, a
replan, the CLI), is the same JSON, and the same as a Plan built afresh; and the Plans cached by a table's contents
(:func:`planner.decide.verdict.get_plan`) tell apart tables whose values agree but whose ``attrs``, which a Plan reads
too, do not.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.decide.costs import PoolShape, Scenario
from planner.decide.campaign.steer import replan
from planner.decide.verdict import Plan, get_plan
from planner.decide.whatif import accuracy_for_budget
from planner.decision import decide
from planner.forecast.io import read_curves
from tests.builders import csv_file, proxy_table
from tests.seeds import SEED

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "12"))
SCENARIO = Scenario(label_price=40, engineering_days=2, day_rate=400, compute_per_round=3, turnaround_days=2)
TARGET = 0.88


def the_curves(seed: int) -> pd.DataFrame:
    return proxy_table(np.random.default_rng(seed), "pilot", 0.95, 0.9, 0.5, [("random", 1.0), ("margin", 0.5)])


def as_json(decision) -> str:
    return json.dumps(decision.to_dict(), sort_keys=True)


def other_answers(tmp_path) -> None:
    """Answers to other questions: other curves, scenarios and targets, a budget, a replan, the CLI."""
    other = the_curves(SEED + 1)
    plan = get_plan(other)
    for scenario, target in ((Scenario(label_price=0.5), 0.9),
                             (Scenario(label_price=400, pool=PoolShape(pool_size=600)), 0.85),
                             (Scenario(label_price=40, engineering_days=30, day_rate=800, pool=PoolShape(n_classes=3),
                                       label_error=0.1), 0.8)):
        plan.decide(scenario, target, level=0.9, test_size=500)
        decide(other, scenario, target)
    accuracy_for_budget(plan, SCENARIO, 2000.0)
    accuracy_for_budget(get_plan(the_curves(SEED)), SCENARIO, labels=400)
    replan(plan, SCENARIO, 0.9, strategy="margin", budget=2000)
    replan(get_plan(the_curves(SEED)), Scenario(label_price=5.0), TARGET, strategy="random", confidence=0.9)
    path = csv_file(tmp_path, other, "other.csv")
    assert main(["plan", str(path), "--target", "0.9", "--label-price", "2", "--json"]) == 0


def test_a_verdict_asked_again_after_other_answers_is_the_same(tmp_path, capsys):
    curves = the_curves(SEED)
    first = as_json(decide(curves, SCENARIO, TARGET))
    by_plan = as_json(get_plan(curves).decide(SCENARIO, TARGET))
    other_answers(tmp_path)
    again = as_json(decide(curves, SCENARIO, TARGET))
    afresh = as_json(Plan(curves).decide(SCENARIO, TARGET))
    assert first == by_plan == again == afresh


def test_the_clis_verdict_asked_again_after_other_answers_is_the_same(tmp_path, capsys):
    path = csv_file(tmp_path, the_curves(SEED))
    argv = ["plan", str(path), "--target", str(TARGET), "--label-price", "40", "--engineering-days", "2",
            "--day-rate", "400", "--compute-per-round", "3", "--turnaround-days", "2"]
    answers = []
    for _ in range(2):
        for json_flag in ([], ["--json"]):
            assert main(argv + json_flag) == 0
            answers.append(capsys.readouterr().out)
        other_answers(tmp_path)
        capsys.readouterr()
    assert answers[:2] == answers[2:]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["notes", "transfer_note"]),
       words=st.text(st.characters(codec="ascii", categories=["L", "N", "Zs"]), min_size=1, max_size=40)
       .map(str.strip).filter(bool),
       noted_first=st.booleans())
def test_a_table_with_other_attrs_is_planned_apart(key, words, noted_first):
    """The same values with another note (as ``alplan replan --with-other-strategies`` adds): each verdict says
    its own table's notes, whichever was asked first."""
    plain = read_curves(the_curves(SEED))
    noted = plain.copy()
    noted.attrs = {**plain.attrs, key: (words,) if key == "notes" else words}
    asked = {}
    for name in (("noted", "plain") if noted_first else ("plain", "noted")):
        asked[name] = decide(plain if name == "plain" else noted, SCENARIO, TARGET).notes
    assert words in asked["noted"]
    assert words not in asked["plain"]
