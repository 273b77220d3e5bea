"""The question an answer records (planner.decide.asked.AskedQuestion): its JSON read back is the same JSON, through
json too, two questions are the same whatever command asked
them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.asked import AskedQuestion
from simulations.results.schema import METRIC_COLUMNS

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "docs" / "campaign_answer.schema.json").read_text())
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
    jsonschema.validate(d, SCHEMA["properties"]["question"])
    q = AskedQuestion.from_dict(d)
    assert q.to_dict() == d and list(q.to_dict()) == list(d)
    text = json.dumps(q.to_dict(), allow_nan=False)
    again = AskedQuestion.from_dict(json.loads(text))
    assert again == q and json.dumps(again.to_dict(), allow_nan=False) == text == json.dumps(d, allow_nan=False)
    assert hash(again) == hash(q)


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

