"""A campaign's answer record (planner.decide.campaign.answer): one record, one JSON layout for every act, and every
count its words say read from it. Properties over generated campaign states, forecasts, targets and budgets."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.campaign.acts import ORDERS, Act
from planner.decide.campaign.answer import TOP_KEYS, answer_record, changed_from
from planner.decide.campaign.next_step import UNTIL, next_step
from planner.present.next_step_view import standing_lines
from tests.schemas import validate

from test_next_step import CONFIDENCES, TARGETS, campaigns

SCHEMA = json.loads((Path(__file__).resolve().parents[4] / "docs" / "campaign_answer.schema.json").read_text())
#: A label count in words: digits with thousands commas, not part of a decimal, a percent or a dollar figure.
INTEGER = re.compile(r"(?<![\d.,$])\d{1,3}(?:,\d{3})*(?![\d%]|\.\d|,\d)")


def _row(strategy: str, labels: float, reachable: bool, low: float = 0.8):
    return SimpleNamespace(strategy=strategy, active=strategy != "random", reachable=reachable, labels=labels,
                           labels_low=labels * low, labels_high=labels * 1.5, labels_bought=labels,
                           total_cost=labels * 0.5, probability_cheapest=0.9, beyond_limit=())


def _verdict(strategy: str, labels: float, decide_at: float, reachable: bool = True, al_low: float = 0.8):
    """A forecast's answer as next_step reads it: the strategy to take, its median labels in all, the count at which
    a random path decides again; beside a random pick, a margin path whose low end is ``al_low`` of random's labels."""
    rows = (_row(strategy, labels, reachable),) + ((_row("margin", labels, True, al_low),)
                                                   if strategy == "random" else ())

    def find(name):
        for row in rows:
            if row.strategy == name:
                return row
        raise KeyError(name)

    decision = SimpleNamespace(strategies=rows, row=find, scenario={"price_per_label": 1.0})
    return SimpleNamespace(next_strategy=strategy, decide_at_labels=decide_at, decision=decision,
                           to_dict=lambda: {"recommendation": strategy})


def _integers(record: dict) -> set[int]:
    """Every whole number the record holds, at any depth."""
    out: set[int] = set()

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and float(v).is_integer():
            out.add(int(v))

    walk(record)
    return out


def _said(lines) -> set[int]:
    return {int(m.group().replace(",", "")) for line in lines for m in INTEGER.finditer(line)}


@st.composite
def answers(draw):
    """A campaign's answer: its facts, a target (or none), a budget, and a forecast where one is taken."""
    facts = draw(campaigns())
    target = draw(st.none() | TARGETS)
    budget = draw(st.none() | st.integers(1, 900))
    ns = next_step(facts, target, confidence=draw(CONFIDENCES), budget=budget)
    if ns.act == "decide" or (ns.act == "continue" and ns.reason == "standing"):
        strategy = draw(st.sampled_from(["random", "margin"]))
        labels = facts.train_labels + draw(st.floats(1, 2_000))
        at = draw(st.sampled_from([math.nan, float(facts.train_labels + draw(st.integers(1, 500)))]))
        ns = next_step(facts, target, confidence=ns.measured.confidence if ns.measured else 0.9, budget=budget,
                       verdict=_verdict(strategy, labels, at, draw(st.booleans()), draw(st.floats(0.1, 1.0))))
    return ns


@settings(max_examples=150, deadline=None, derandomize=True)
@given(ns=answers())
def test_every_act_has_one_json_layout_and_every_count_said_is_a_field_of_the_record(ns):
    answer = answer_record(ns)
    rec = answer.to_dict()
    validate(rec, SCHEMA)
    assert tuple(rec) == TOP_KEYS and tuple(SCHEMA["required"]) == TOP_KEYS
    assert SCHEMA["properties"]["answer"]["properties"]["until"]["enum"] == [*UNTIL, None]
    json.dumps(rec, allow_nan=False)
    lines = standing_lines(answer)
    folder_digits = _said([ns.facts.folder])
    assert _said(lines) - folder_digits <= _integers(rec), lines


@settings(max_examples=150, deadline=None, derandomize=True)
@given(ns=answers())
def test_an_order_is_counted_from_here_within_the_pool_and_ends_where_it_says(ns):
    f, a = ns.facts, answer_record(ns).to_dict()["answer"]
    if ns.act not in ORDERS:   # no training order; a test act's order is its test labels, drawn at once
        assert a["rounds"] == 0 and (a["order"] == 0 or ns.act == Act.TEST)
        return
    assert 0 <= ns.order <= f.left
    if ns.budget is not None:
        assert ns.order <= max(ns.budget - f.train_labels, 0)
    assert a["rounds"] == math.ceil(ns.order / f.batch_size)
    if ns.order and ns.until not in ("pool", "budget"):
        assert ns.order % f.batch_size == 0
    if ns.order and ns.target is not None:   # without a target: one order at a time, no count to decide again
        assert a["decide_at_labels"] > f.train_labels
    if ns.forecast is not None and ns.reason == "verdict":
        row = ns.forecast.decision.row(ns.strategy)
        to_goal = math.ceil(max(row.labels - f.train_labels, 1) / f.batch_size) * f.batch_size
        if ns.until == "forecast":   # the order buys the forecast's labels from here, in whole rounds
            assert ns.order == to_goal and ns.decide_at == f.train_labels + ns.order
        elif ns.until == "decide again" and row.reachable and not (ns.measured is not None and ns.measured.met):
            assert ns.order <= to_goal   # an unsure hit is past the target: its order aims at the score it confirms


def test_a_changed_answer_names_what_it_replaces_and_a_step_of_the_order_does_not():
    from planner.decide.campaign.answer import CampaignAnswer
    from planner.decide.campaign.next_step import CampaignFacts

    facts = CampaignFacts(folder="c", strategy="random", batch_size=20, train_labels=120, test_labels=60, left=400,
                          rounds=pd.DataFrame())
    base = CampaignAnswer("continue", "verdict", facts, strategy="random", decide_at=240)   # the kept answer, read back
    moved = SimpleNamespace(act="continue", strategy="random", decide_at=280.0)
    same = SimpleNamespace(act="continue", strategy="random", decide_at=240.0)
    label = SimpleNamespace(act="label", strategy=None, decide_at=math.nan)
    assert changed_from(base, moved).to_dict() == {"labels_in_hand": 120, "act": "continue", "strategy": "random",
                                                   "decide_at_labels": 240}
    assert changed_from(base, same) is None and changed_from(base, label) is None
    assert changed_from(None, moved) is None
    assert changed_from(dataclasses.replace(base, act="stop", reason="met"), moved) is None   # a stop moved it on
    assert changed_from(dataclasses.replace(base, act="switch"), same) is None   # a switch carried out goes on


def test_the_answer_weighs_what_the_split_rounds_measured():
    """AL's labels measured to beat random's switch to it; measured to lose go back to random; in between, split
    again: the record says what was measured, and its words quote it."""
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts

    rounds = pd.DataFrame({"round": [0, 1, 2, 3], "n_labels": [30, 40, 50, 60], "strategy": "random",
                           "accuracy": [0.7, 0.72, 0.74, 0.75], "test_size": 300})

    def answer(gains):
        splits = pd.DataFrame({"round": [1, 2, 3], "strategy": "margin", "labels": 5, "n_before": [30, 40, 50],
                               "test_size": 300, "random_accuracy": 0.7, "al_accuracy": [0.7 + g for g in gains],
                               "paired_se": 0.005})
        facts = CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300,
                              left=400, rounds=rounds, round=3, splits=splits, split="margin")
        ns = next_step(facts, 0.9, confidence=0.9, verdict=_verdict("random", 200, 120))
        return ns, answer_record(ns)

    ns, answered = answer([0.04, 0.05, 0.06])
    rec = answered.to_dict()
    assert (ns.act, ns.strategy, ns.reason) == ("switch", "margin", "measured")
    assert rec["advantage"]["finding"] == "pays" and rec["advantage"]["rounds"] == 3
    assert math.isclose(rec["advantage"]["mean"], 0.05)
    assert any("+5.0 points" in line for line in standing_lines(answered))
    ns, answered = answer([-0.04, -0.05, -0.06])
    assert (ns.act, ns.strategy, ns.reason) == ("switch", "random", "measured")
    assert "--split" not in answered.command and "--strategy random" in answered.command
    ns, answered = answer([0.05, -0.03, 0.01])
    rec = answered.to_dict()
    assert (ns.act, ns.strategy, ns.reason) == ("split", "margin", "measuring")
    assert "--split margin" in rec["answer"]["command"]
    json.dumps(rec, allow_nan=False)
    assert math.isfinite(rec["advantage"]["low"])


def test_the_answer_never_splits_an_order_by_itself_only_goes_on_with_a_split_the_campaign_measured():
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts

    rounds = pd.DataFrame({"round": [0, 1], "n_labels": [50, 60], "strategy": "random", "accuracy": [0.6, 0.62],
                           "test_size": 300})
    facts = CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300, left=900,
                          rounds=rounds, round=1)
    for low in (0.1, 0.5, 1.0):
        ns = next_step(facts, 0.9, confidence=0.9, verdict=_verdict("random", 400, 120, al_low=low))
        assert (ns.act, ns.strategy) == ("continue", "random")


def test_an_order_that_names_no_strategy_says_the_split_in_force_goes_on():
    """Where the command carries no ``--strategy`` (no target asked, the order in force, too few labels for a
    forecast), ``campaign next`` goes on splitting, and the words say so rather than random sampling alone."""
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts
    from planner.present.next_step_view import act_line

    rounds = pd.DataFrame({"round": [0, 1], "n_labels": [50, 60], "strategy": "random", "accuracy": [0.6, 0.62],
                           "test_size": 300})
    for target, decide_at in ((None, None), (0.9, 100)):
        facts = CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300,
                              left=900, rounds=rounds, round=1, split="margin", decide_at=decide_at)
        rec = answer_record(next_step(facts, target, confidence=0.9))
        assert rec.act == "continue" and "--strategy" not in rec.command
        assert "the split order (half random, half margin" in act_line(rec)


@pytest.mark.parametrize("median, decide_at, until, at", [(80, 120, "forecast", 80), (200, 120, "decide again", 120)])
def test_a_split_order_runs_to_the_forecast_s_median_or_the_count_to_decide_again_whichever_first(
        median, decide_at, until, at):
    """A split order follows the rule every order follows: to random's forecast median from here (in whole rounds)
    or to the count to decide again, whichever comes first."""
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts

    rounds = pd.DataFrame({"round": [0, 1, 2, 3], "n_labels": [30, 40, 50, 60], "strategy": "random",
                           "accuracy": [0.7, 0.72, 0.74, 0.75], "test_size": 300})
    splits = pd.DataFrame({"round": [1, 2, 3], "strategy": "margin", "labels": 5, "n_before": [30, 40, 50],
                           "test_size": 300, "random_accuracy": 0.7, "al_accuracy": [0.75, 0.67, 0.71],
                           "paired_se": 0.005})
    facts = CampaignFacts(folder="c", strategy="random", batch_size=10, train_labels=60, test_labels=300,
                          left=400, rounds=rounds, round=3, splits=splits, split="margin")
    ns = next_step(facts, 0.9, confidence=0.9, verdict=_verdict("random", median, decide_at))
    assert (ns.act, ns.until, ns.decide_at, ns.order) == ("split", until, at, at - 60)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(ns=answers(), verdict_lines=st.lists(st.sampled_from(["Target accuracy 90% (400 joint forecasts)",
                                                              "Rule: recommend AL only when ...",
                                                              "warning: random: a long extrapolation"]),
                                             max_size=3, unique=True))
def test_the_lead_is_six_lines_at_most_holds_the_act_and_explain_adds_the_details(ns, verdict_lines):
    from planner.present.next_step_view import EXPLAIN, MAX_LEAD, act_line, answer_parts, answer_text

    rec = answer_record(ns)
    act = act_line(rec)
    for lines in (standing_lines(rec), answer_text(rec, verdict_lines).split("\n")):
        assert len(lines) <= MAX_LEAD and act in lines, lines
        assert not set(verdict_lines) & set(lines)   # the forecast's lines are details
    lead, details = answer_parts(rec, verdict_lines)
    explained = answer_text(rec, verdict_lines, explain=True).split("\n")
    assert explained[:len(lead)] == lead and act in lead
    assert explained[len(lead):] == (["", *details] if details else [])
    assert [line for line in verdict_lines if line in explained] == verdict_lines
    short = answer_text(rec, verdict_lines).split("\n")
    assert short == (lead + [EXPLAIN] if details else lead)
    assert rec.command is None or f"`{rec.command}`" in short[-2 if details else -1]
