"""The cheapest way to know (planner.decide.campaign.next_step): test labels where they settle an unsure reading for less in
expectation than training labels, a give-up where the pool cannot reach the target, and no order that its own lines
contradict; properties over generated campaigns, forecasts and prices."""

from __future__ import annotations

import json
import math
import shlex
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.campaign.acts import ORDERS
from planner.decide.campaign.answer import answer_record
from planner.decide.campaign.next_step import CampaignFacts, next_step, reach_chance
from planner.decide.campaign.settle import expected_labels, price_settle
from planner.decide.campaign.stop_rule import jeffreys, labels_to_tell, measured_point
from planner.present.next_step_view import act_line, answer_text, cost_line
from tests.schemas import validate

SCHEMA = json.loads((Path(__file__).resolve().parents[4] / "docs" / "campaign_answer.schema.json").read_text())
EXAMPLES = settings(max_examples=60, deadline=None, derandomize=True)


def _verdict(reach_labels: float | None, ceiling: float, price: float | None, target: float,
             pool_score: float = math.nan):
    """A forecast as the answer reads it: random's row reaches any score up to ``ceiling`` at ``reach_labels`` in all
    (None: the trusted score is not reached), and the chance that some path reaches a score ``s`` within the pool
    falls from 1 to 0 across ``ceiling`` (a logistic of width half a point)."""
    def decision(score):
        p_reach = 1.0 / (1.0 + math.exp((score - ceiling) / 0.005))
        reached = p_reach >= 0.5 and reach_labels is not None
        row = SimpleNamespace(strategy="random", reachable=reached, labels=reach_labels if reached else math.inf,
                              labels_low=reach_labels or math.inf, labels_high=math.inf,
                              total_cost=(reach_labels or 0) * (price or 1.0) if reached else math.nan,
                              probability_cheapest=1.0, probability_reaches=p_reach, beyond_limit=())

        def row_of(name):
            if name != "random":
                raise KeyError(name)
            return row

        return SimpleNamespace(strategies=(row,), row=row_of, probability_no_path=1.0 - p_reach,
                               scenario={} if price is None else {"price_per_label": price})

    def verdict(score):
        return SimpleNamespace(next_strategy="random" if decision(score).strategies[0].reachable else None,
                               decide_at_labels=math.nan, decision=decision(score), pool_score=pool_score,
                               at_target=lambda s: verdict(s), to_dict=lambda: {"recommendation": "random"})

    return verdict(target)


@st.composite
def asked(draw):
    """A campaign measured near its target (a reading that may be unsure), a forecast, a price and a confidence."""
    target = draw(st.floats(0.5, 0.95))
    score = min(max(target + draw(st.floats(-0.06, 0.03)), 0.0), 1.0)
    test = draw(st.sampled_from([60, 200, 1000, 3000]))
    train, batch = draw(st.integers(50, 3000)), draw(st.sampled_from([10, 20, 100]))
    k = draw(st.integers(1, 4))
    counts = [max(train - batch * (k - 1 - i), 1) for i in range(k)]
    rounds = pd.DataFrame({"round": range(k), "n_labels": counts, "strategy": "random",
                           "accuracy": [score] * k, "test_size": test})
    facts = CampaignFacts(folder=draw(st.sampled_from(["camp", "my camp"])), strategy="random", batch_size=batch,
                          train_labels=counts[-1], test_labels=test, left=draw(st.sampled_from([0, 300, 3000, 20000])),
                          rounds=rounds, round=k - 1)
    more = draw(st.sampled_from([None, 20, 400, 5000]))
    ceiling = target + draw(st.floats(-0.1, 0.1))
    price = draw(st.none() | st.sampled_from([0.04, 0.5, 3.0]))
    verdict = _verdict(None if more is None else float(facts.train_labels + more), ceiling, price, target,
                       pool_score=min(max(ceiling + draw(st.floats(-0.02, 0.02)), 0.0), 1.0))
    return facts, target, verdict, price, draw(st.floats(0.6, 0.97))


def _answered(case):
    """The answer to a generated case with its forecast, and its measured point."""
    facts, target, verdict, price, confidence = case
    return (next_step(facts, target, confidence=confidence, verdict=verdict, label_price=price),
            measured_point(facts, target, confidence))


@EXAMPLES
@given(case=asked())
def test_test_labels_are_the_act_exactly_where_they_cost_less_in_expectation(case):
    (facts, target, verdict, price, confidence), ns, m = case, *_answered(case)
    settle = price_settle(m, facts, verdict, "random", None, price) if m.unsure and facts.left else None
    rec = answer_record(ns)
    validate(rec.to_dict(), SCHEMA)
    if ns.act == "test":
        assert settle is not None and settle.cheaper == "test"
        train, test = settle.option("train"), settle.option("test")
        c_train, c_test = expected_labels(train, test, m.p_met)
        assert c_test < c_train and 1 <= ns.order == test.labels <= facts.left
        assert shlex.split(rec.command) == ["alplan", "campaign", "next", facts.folder, "--test", str(ns.order)]
        assert rec.to_dict()["answer"]["rounds"] == 0 and cost_line(rec) is not None
        assert f"{ns.order:,} more test label" in act_line(rec)
    elif settle is not None and not m.stop and facts.left:
        assert settle.cheaper != "test"   # the test split would settle it, but training costs less or as much


@EXAMPLES
@given(case=asked())
def test_a_target_out_of_reach_is_given_up_and_no_order_says_it_is_out_of_reach(case):
    (facts, target, verdict, price, confidence), ns, m = case, *_answered(case)
    p = reach_chance(verdict)
    rec = answer_record(ns)
    text = answer_text(rec, explain=True)
    if ns.act in ORDERS:
        assert not (p <= 1 - confidence and not m.met), "an order for a target the forecast gives up"
        assert "Give up" not in text
        line = cost_line(rec)
        assert line is None or "no " not in line.split(":")[0]
    if ns.act == "give up":
        assert facts.left > 0 and not m.met and p <= 1 - confidence
        assert rec.command is None and ns.order == 0
        r = rec.reach
        assert r.p_target == p and r.confidence == confidence
        assert math.isfinite(r.score) and r.score <= target
        # the score named is one the pool reaches at the confidence: by the measurement or by the forecast
        at = verdict.at_target(r.score)
        assert max(jeffreys(m.score, m.test_size, r.score)[0], reach_chance(at)) >= confidence - 1e-9
        assert f"{100 * r.score:.1f}%" in act_line(rec) and "--target" in act_line(rec)
        validate(rec.to_dict(), SCHEMA)


@EXAMPLES
@given(out=st.integers(1, 500), left=st.integers(0, 50), target=st.floats(0.5, 0.95))
def test_test_ids_drawn_and_not_labeled_are_labeled_first_even_with_no_id_left(out, left, target):
    rounds = pd.DataFrame({"round": [0], "n_labels": [100], "strategy": "random", "accuracy": [target - 0.2],
                           "test_size": [200]})
    facts = CampaignFacts(folder="camp", strategy="random", batch_size=20, train_labels=100, test_labels=200,
                          left=left, rounds=rounds, test_out=out)
    ns = next_step(facts, target)
    rec = answer_record(ns)
    assert ns.act == "label" and ns.reason == "test ids out"
    assert f"{out:,} test id" in act_line(rec) and "Stop" not in answer_text(rec, explain=True)
    assert rec.to_dict()["campaign"]["test_out"] == out


@EXAMPLES
@given(majority=st.floats(0.5, 0.95), lift=st.floats(-0.05, 0.1), n=st.sampled_from([60, 300, 1000]))
def test_an_accuracy_within_the_noise_of_the_majority_share_is_named_as_the_base_rate(majority, lift, n):
    big = int(round(majority * n))
    confusion = f"{big} 0;{n - big} 0"   # an always-majority classifier's matrix, true classes as rows
    score = min(max(big / n + lift, 0.0), 1.0)
    rounds = pd.DataFrame({"round": [0], "n_labels": [100], "strategy": "random", "accuracy": [score],
                           "test_size": [n], "confusion": [confusion], "macro_f1": [0.4]})
    facts = CampaignFacts(folder="camp", strategy="random", batch_size=20, train_labels=100, test_labels=n, left=0,
                          rounds=rounds)
    m = measured_point(facts, 0.9, 0.9)
    share = big / n
    se = math.sqrt(max(share * (1 - share), 0.25 / n) / n)
    assert m.majority_share == share
    assert m.at_base_rate == (score <= share + 1.2815515655446004 * se)
    lead = answer_text(answer_record(next_step(facts, 0.9)))
    assert ("majority class" in lead) == m.at_base_rate
    if m.at_base_rate:
        assert "macro_f1" in lead and "0.40" in lead


@EXAMPLES
@given(case=asked())
def test_the_test_split_the_question_needs_is_said_with_every_forecast_and_priced(case):
    (facts, target, verdict, price, confidence), ns, m = case, *_answered(case)
    if ns.forecast is None:
        assert ns.tell is None
        return
    need = labels_to_tell(verdict.pool_score, target, 0.0, confidence)
    t = ns.tell
    assert (t is None) == (math.isfinite(need) and need <= facts.test_labels)
    if t is None:
        return
    assert t.pool_score == verdict.pool_score
    if t.more is not None:
        assert t.test_labels == math.ceil(need) and t.more == max(math.ceil(need - facts.test_labels), 1)
        assert t.possible == (t.more <= facts.left)
        assert (t.dollars is None) == (price is None) and (price is None or t.dollars == t.more * price)
    rec = answer_record(ns)
    validate(rec.to_dict(), SCHEMA)
    line = cost_line(rec)
    if ns.act in ORDERS:
        assert "pool likely gives" in line
        if t.more is not None and t.possible:
            assert f"--test {t.more}" in line and f"{t.test_labels:,} test label" in line


@settings(max_examples=12, deadline=None, derandomize=True)
@given(target=st.floats(0.5, 0.97), pool=st.none() | st.integers(100, 5000), seed=st.integers(0, 3))
def test_the_search_over_targets_reads_the_chance_the_verdict_states(target, pool, seed):
    import numpy as np

    from tests.builders import curve_table
    from planner.decide.costs import Scenario
    from planner.decide.verdict import Plan

    plan = Plan(curve_table(np.random.default_rng(seed), lambda n, eff: 0.9 - 0.8 * (n / eff) ** -0.4, noise=0.01),
                seed=seed)
    scen = Scenario(label_price=0.5) if pool is None else Scenario(label_price=0.5).with_pool(pool_size=pool)
    assert plan.reach_chance(scen, target) == 1 - plan.decide(scen, target).probability_no_path
