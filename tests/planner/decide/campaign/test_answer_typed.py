"""A campaign's answer typed (planner.decide.campaign.next_step's Act, Reason and Until; planner.decide.campaign.answer's
CampaignAnswer): the enums are the published schema's lists, a step takes its strings as the members, the record's
JSON holds plain strings, and from_dict reads back every answer to_dict writes, which computes nothing."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings

from planner.decide.campaign.answer import answer_record
from planner.decide.campaign.asked import AskedQuestion
from planner.decide.campaign.next_step import ACTS, REASONS, UNTIL, Act, CampaignFacts, Reason, Until, answer_of

from test_answer_record import answers
from test_settle import untrusted

SCHEMA = json.loads((Path(__file__).resolve().parents[4] / "docs" / "campaign_answer.schema.json").read_text())
ANSWER = SCHEMA["properties"]["answer"]["properties"]


def _facts():
    return CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300, left=400,
                         rounds=pd.DataFrame())


def test_the_enums_are_the_schema_s_lists():
    assert [a.value for a in Act] == list(ACTS) == ANSWER["act"]["enum"]
    assert [r.value for r in Reason] == list(REASONS) == ANSWER["reason"]["enum"]
    assert [*(u.value for u in Until), None] == [*UNTIL, None] == ANSWER["until"]["enum"]


def test_a_step_takes_its_strings_as_the_members_and_refuses_others():
    ns = answer_of("continue", facts=_facts(), target=0.9, strategy="random", order=40, decide_at=100.0,
                   reason="verdict", until="decide again")
    assert (ns.act, ns.reason, ns.until) == (Act.CONTINUE, Reason.VERDICT, Until.DECIDE_AGAIN)
    assert ns.act == "continue" and f"{ns.act} {ns.reason} {ns.until}" == "continue verdict decide again"
    assert answer_of("label", facts=_facts(), reason="first").until is None
    with pytest.raises(ValueError):
        answer_of("go on", facts=_facts(), reason="verdict")
    with pytest.raises(ValueError):
        answer_of("stop", facts=_facts(), reason="tired")
    with pytest.raises(TypeError):
        answer_of("stop", facts=_facts())


def test_the_record_s_json_holds_plain_strings():
    ns = answer_of("continue", facts=_facts(), target=0.9, strategy="random", order=40, decide_at=100.0,
                   reason="few", until="decide again")
    a = answer_record(ns).to_dict()["answer"]
    assert [type(a[k]) for k in ("act", "reason", "until")] == [str, str, str]
    assert (a["act"], a["reason"], a["until"]) == ("continue", "few", "decide again")


def _round_trip(rec):
    from planner.decide.campaign.answer import CampaignAnswer

    d = rec.to_dict()
    kept = json.loads(json.dumps(d, allow_nan=False))   # as answer.json holds it
    assert CampaignAnswer.from_dict(d).to_dict() == d
    again = CampaignAnswer.from_dict(kept)
    assert again.to_dict() == kept and json.dumps(again.to_dict()) == json.dumps(d)
    assert (again.act, again.reason, again.until) == (rec.act, rec.reason, rec.until)
    assert again.command == rec.command and again.lead == rec.lead and again.paths == rec.paths
    assert again.decide_at == rec.decide_at and again.changed == rec.changed and again.settle == rec.settle
    return again


@settings(max_examples=150, deadline=None, derandomize=True)
@given(ns=answers())
def test_from_dict_reads_back_every_answer_to_dict_wrote(ns):
    again = _round_trip(answer_record(ns))
    assert again.order_rounds == answer_record(ns).order_rounds
    assert (again.measured is None) == (ns.measured is None)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(ns=untrusted())
def test_from_dict_reads_back_the_priced_settle_steps(ns):
    rec = answer_record(ns)
    again = _round_trip(rec)
    assert again.settle == rec.settle and again.settle is not rec.settle


@settings(max_examples=30, deadline=None, derandomize=True)
@given(ns=untrusted())
def test_to_dict_computes_no_settle(ns):
    """The priced settle is taken once, when the decision is taken: completing the record and writing its JSON price
    nothing."""
    from unittest import mock

    import planner.decide.campaign.settle as settle

    rec = answer_record(ns)
    d = rec.to_dict()

    def refuse(*a, **k):
        raise AssertionError("priced the settle steps")

    assert rec.settle is not None   # an unsure reading: its steps priced with the decision
    with mock.patch.object(settle, "price_settle", refuse), mock.patch.object(settle, "_train", refuse):
        assert rec.to_dict() == d
        assert answer_record(ns).to_dict() == d   # the record completes the decision from its values


def test_from_dict_refuses_another_layout():
    from planner.decide.campaign.answer import CampaignAnswer

    d = answer_record(answer_of("label", facts=_facts(), reason="first")).to_dict()
    with pytest.raises(ValueError):
        CampaignAnswer.from_dict({**d, "schema_version": 2})



@settings(max_examples=150, deadline=None, derandomize=True)
@given(ns=answers())
def test_a_kept_answer_read_back_says_the_same_words_as_the_answer_built(ns):
    """The views read the typed fields: the answer as ``answer.json`` keeps it, read back through from_dict, prints
    what the answer built prints (the lead, the details, the lines ``campaign status`` ends with, the page's tiles)."""
    from planner.decide.campaign.answer import CampaignAnswer
    from planner.present.campaign_page import campaign_page
    from planner.present.next_step_view import answer_text, standing_lines

    rec = answer_record(ns, AskedQuestion("plan", 0.9, "accuracy", 0.9, None, ["--target", "0.9"]), stamp="s")
    kept = CampaignAnswer.from_dict(json.loads(json.dumps(rec.to_dict(), allow_nan=False)))
    assert standing_lines(kept) == standing_lines(rec)
    text = answer_text(rec, ["a forecast line"], explain=True)
    assert answer_text(kept, ["a forecast line"], explain=True) == text
    assert campaign_page(kept, text) == campaign_page(rec, text)
    cached = pickle.loads(pickle.dumps(rec.published()))   # what the page's cache keeps: the forecast as its JSON
    assert cached.to_dict() == rec.to_dict() and standing_lines(cached) == standing_lines(rec)
