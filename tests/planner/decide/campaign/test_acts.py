"""A campaign's acts as types (planner.decide.campaign.acts): every act has its command, its sentence and its value
in the published schema; an act added touches those three files and no other; no module compares an act, a
reason, an order's end or a steering action with a string of its own."""

from __future__ import annotations

import ast
import json
import shlex
from enum import StrEnum
from pathlib import Path

import pandas as pd
import pytest

from planner.decide.campaign import acts
from planner.decide.campaign.acts import ACTS, COMMANDS, ORDERS, Act, Action, Reason, Until, command_for
from planner.decide.campaign.answer import CampaignAnswer, answer_record
from planner.decide.campaign.asked import AskedQuestion
from planner.decide.campaign.facts import CampaignFacts
from planner.present import next_step_view
from planner.present.next_step_view import ACT_LINES, act_line

ROOT = Path(__file__).resolve().parents[4]
SCHEMA_PATH = ROOT / "docs" / "campaign_answer.schema.json"


def _facts(**kw) -> CampaignFacts:
    return CampaignFacts(**{"folder": "my camp", "strategy": "random", "batch_size": 10, "train_labels": 60,
                            "test_labels": 300, "left": 400, "rounds": pd.DataFrame(), **kw})


def _schema_acts() -> list:
    return json.loads(SCHEMA_PATH.read_text())["properties"]["answer"]["properties"]["act"]["enum"]


def _to_change(members) -> list[str]:
    """The files where an act of ``members`` (an enum like :class:`Act`) has no entry: its command
    (``acts.COMMANDS``), its sentence (``next_step_view.ACT_LINES``), its value in the published schema."""
    out = []
    if set(members) - set(COMMANDS):
        out.append("planner/decide/campaign/acts.py")
    if set(members) - set(ACT_LINES):
        out.append("planner/present/next_step_view.py")
    if [m.value for m in members] != _schema_acts():
        out.append("docs/campaign_answer.schema.json")
    return out


def test_every_act_has_its_command_its_sentence_and_its_schema_value():
    assert _to_change(Act) == []
    assert set(COMMANDS) == set(ACT_LINES) == set(Act) and list(ACTS) == _schema_acts()


def test_an_act_added_shows_the_three_files_that_must_change(monkeypatch):
    """A throwaway act (``pause``) in a copy of :class:`Act`: the record types and writes it, and its command, its
    sentence and the schema are what refuse it, each in its own file."""
    wider = StrEnum("Act", {**{a.name: a.value for a in Act}, "PAUSE": "pause"})
    assert _to_change(wider) == ["planner/decide/campaign/acts.py", "planner/present/next_step_view.py",
                                 "docs/campaign_answer.schema.json"]
    import planner.decide.campaign.answer as answer

    monkeypatch.setattr(answer, "Act", wider)
    monkeypatch.setattr(acts, "Act", wider)
    rec = CampaignAnswer("pause", Reason.STANDING, _facts())
    assert rec.to_dict()["answer"]["act"] == "pause"   # the record needs no change of its own
    with pytest.raises(KeyError):
        answer_record(rec)   # acts.py: no command for it
    monkeypatch.setitem(acts.COMMANDS, wider.PAUSE, None)
    done = answer_record(rec)
    assert done.command is None
    with pytest.raises(KeyError):
        act_line(done)   # next_step_view.py: no sentence for it
    monkeypatch.setitem(next_step_view.ACT_LINES, wider.PAUSE, lambda r: "Pause.")
    assert act_line(done) == "Pause."


@pytest.mark.parametrize("act", list(Act))
def test_every_act_maps_to_one_command_that_names_the_folder(act):
    question = AskedQuestion("plan", 0.9, "accuracy", 0.9, None, ["--target", "0.9"])
    command = command_for("my camp", act=act, reason=Reason.VERDICT, strategy="margin", strategy_now="random",
                          forecast=True, decide_at=80, question=question, target=0.9, order=30)
    if act in (Act.STOP, Act.GIVE_UP):
        assert command is None
        return
    words = shlex.split(command)
    assert words[0] == "alplan" and "my camp" in words
    if act in ORDERS:
        assert words[1:3] == ["campaign", "next"] and words[-2:] == ["--decide-at", "80"]
        assert ("--split" if act == Act.SPLIT else "--strategy") in words


#: The attributes that hold an act, a reason, an order's end or a steering action (the verdict's ``action_now`` and
#: other names are other vocabularies).
TYPED = {"act", "reason", "until", "action"}


def _untyped(source: str) -> list[str]:
    """Where ``source`` compares an attribute of :data:`TYPED` (``x.act``) with a string literal or a tuple of
    them: ``line: code``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        typed = any(isinstance(s, ast.Attribute) and s.attr in TYPED for s in sides)
        literal = any((isinstance(s, ast.Constant) and isinstance(s.value, str)) or (
            isinstance(s, (ast.Tuple, ast.List, ast.Set)) and s.elts
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in s.elts)) for s in sides)
        if typed and literal:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_compares_an_act_with_a_string_of_its_own():
    files = [*sorted((ROOT / "planner").rglob("*.py")), ROOT / "app.py",
             *sorted(p for p in (ROOT / "benchmarks").rglob("*.py") if not any(s.startswith(".") for s in p.parts))]
    bad = {str(p.relative_to(ROOT)): hits for p in files if (hits := _untyped(p.read_text()))}
    assert not bad, f"compare with Act, Reason, Until or Action members (planner.decide.campaign.acts): {bad}"


def test_the_scan_finds_a_string_act():
    src = ("if rec.act == 'stop': pass\nif f.act in ('continue', 'switch'): pass\nif o.action != 'order': pass\n"
           "if rec.act == Act.STOP: pass\nif rec.act in ORDERS: pass\nif name == 'stop': pass\n")
    assert [line.split(":")[0] for line in _untyped(src)] == ["1", "2", "3"]


def test_the_enums_keep_their_json_values():
    assert [a.value for a in Act] == ["label", "measure", "stop", "decide", "continue", "switch", "split", "test",
                                      "give up"]
    assert [a.value for a in Action] == ["stop", "order", "give up"]
    assert set(ORDERS) == {Act.CONTINUE, Act.SWITCH, Act.SPLIT} and Until("sure") is Until.SURE
