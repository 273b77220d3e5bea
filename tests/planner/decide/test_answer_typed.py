"""A campaign's answer typed (planner.decide.next_step's Act, Reason and Until; planner.decide.campaign_answer's
CampaignAnswer): the enums are the published schema's lists, a step takes its strings as the members, and the
record's JSON holds plain strings."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from planner.decide.next_step import ACTS, REASONS, UNTIL, Act, CampaignFacts, NextStep, Reason, Until

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "docs" / "campaign_answer.schema.json").read_text())
ANSWER = SCHEMA["properties"]["answer"]["properties"]


def _facts():
    return CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300, left=400,
                         rounds=pd.DataFrame())


def test_the_enums_are_the_schema_s_lists():
    assert [a.value for a in Act] == list(ACTS) == ANSWER["act"]["enum"]
    assert [r.value for r in Reason] == list(REASONS) == ANSWER["reason"]["enum"]
    assert [*(u.value for u in Until), None] == [*UNTIL, None] == ANSWER["until"]["enum"]


def test_a_step_takes_its_strings_as_the_members_and_refuses_others():
    ns = NextStep("continue", _facts(), 0.9, "random", 40, 100.0, "verdict", until="decide again")
    assert (ns.act, ns.reason, ns.until) == (Act.CONTINUE, Reason.VERDICT, Until.DECIDE_AGAIN)
    assert ns.act == "continue" and f"{ns.act} {ns.reason} {ns.until}" == "continue verdict decide again"
    assert NextStep("label", _facts(), reason="first").until is None
    with pytest.raises(ValueError):
        NextStep("go on", _facts(), reason="verdict")
    with pytest.raises(ValueError):
        NextStep("stop", _facts(), reason="tired")
    with pytest.raises(TypeError):
        NextStep("stop", _facts())


def test_the_record_s_json_holds_plain_strings():
    from planner.present.next_step_view import record

    ns = NextStep("continue", _facts(), 0.9, "random", 40, 100.0, "few", until="decide again")
    a = record(ns).to_dict()["answer"]
    assert [type(a[k]) for k in ("act", "reason", "until")] == [str, str, str]
    assert (a["act"], a["reason"], a["until"]) == ("continue", "few", "decide again")
