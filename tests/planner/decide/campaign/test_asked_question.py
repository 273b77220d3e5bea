"""The question an answer records (planner.decide.campaign.asked.AskedQuestion): its JSON read back is the same JSON, through
json too, in an answer's JSON and in the campaign's question.json; two questions are the same whatever command asked
them; a question.json that does not read is no question."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.campaign.asked import AskedQuestion
from planner.decide.campaign.answer import CampaignAnswer
from planner.decide.campaign.next_step import CampaignFacts
from tests.schemas import validate
from simulations.results.schema import METRIC_COLUMNS

SCHEMA = json.loads((Path(__file__).resolve().parents[4] / "docs" / "campaign_answer.schema.json").read_text())
_OPEN = st.floats(0, 1, exclude_min=True, exclude_max=True)


@st.composite
def questions(draw) -> dict:
    """A question's JSON as the published layout allows it."""
    return {"command": draw(st.sampled_from(["plan", "replan"])), "target": draw(_OPEN),
            "metric": draw(st.sampled_from(METRIC_COLUMNS)),
            "confidence": draw(_OPEN),
            "stop_chance": draw(st.none() | st.floats(0.5, 1, exclude_max=True)),
            "flags": draw(st.lists(st.text(max_size=12), max_size=6))}


@settings(max_examples=200, deadline=None, derandomize=True)
@given(d=questions())
def test_a_question_s_json_reads_back_as_the_same_json(d):
    validate(d, SCHEMA["properties"]["question"])
    q = AskedQuestion.from_dict(d)
    assert q.to_dict() == d and list(q.to_dict()) == list(d)
    text = json.dumps(q.to_dict(), allow_nan=False)
    again = AskedQuestion.from_dict(json.loads(text))
    assert again == q and json.dumps(again.to_dict(), allow_nan=False) == text == json.dumps(d, allow_nan=False)
    assert hash(again) == hash(q)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(d=questions())
def test_an_answer_reads_its_question_back_typed(d):
    facts = CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=60, left=400,
                          rounds=pd.DataFrame())
    rec = CampaignAnswer("label", "first", facts, question=AskedQuestion.from_dict(d))
    kept = json.loads(json.dumps(rec.to_dict(), allow_nan=False))   # as answer.json holds it
    assert kept["question"] == d
    again = CampaignAnswer.from_dict(kept)
    assert again.question == rec.question and again.to_dict() == kept


@settings(max_examples=100, deadline=None, derandomize=True)
@given(d=questions(), other=questions())
def test_the_same_question_whatever_command_asked_it(d, other):
    q = AskedQuestion.from_dict(d)
    replanned = AskedQuestion.from_dict({**d, "command": "replan" if d["command"] == "plan" else "plan"})
    assert q.same_as(replanned) and replanned.same_as(q) and q.stamped() == replanned.stamped()
    assert not q.same_as(None)
    o = AskedQuestion.from_dict(other)
    assert q.same_as(o) == ({k: v for k, v in d.items() if k != "command"} ==
                            {k: v for k, v in other.items() if k != "command"})


@settings(max_examples=25, deadline=None, derandomize=True)
@given(d=questions())
def test_question_json_as_written_reads_back_as_the_question(d):
    from planner.campaign.files import question_problem, read_question
    from planner.campaign.snapshot import snapshot
    from planner.campaign.standing import write_question
    from planner.campaign.state import QUESTION

    q = AskedQuestion.from_dict(d)
    with tempfile.TemporaryDirectory() as tmp:
        write_question(tmp, q)
        assert json.loads((Path(tmp) / QUESTION).read_text()) == d
        with snapshot(tmp):
            assert read_question(tmp) == q and read_question(tmp) is read_question(tmp)   # parsed once
            assert question_problem(tmp) is None
        (Path(tmp) / QUESTION).write_text(json.dumps({**d, "target": 2}))
        assert read_question(tmp) is None and "target" in question_problem(tmp)
