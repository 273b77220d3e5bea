"""An untrusted measured hit, priced (planner.decide.campaign.settle): properties over generated measured points, campaign
states, forecasts and prices; the record's ``settle`` part and the words that render it."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import ndtri

from planner.decide.campaign.answer import answer_record
from planner.decide.campaign.next_step import CampaignFacts, answer_of
from planner.decide.campaign.settle import STEPS, WHY
from planner.decide.campaign.stop_rule import MeasuredPoint, jeffreys, trusted_score
from planner.present.next_step_view import answer_text, settle_line
from planner.present.words import money, percent
from tests.schemas import validate

from test_answer_record import _integers, _said

SCHEMA = json.loads((Path(__file__).resolve().parents[4] / "docs" / "campaign_answer.schema.json").read_text())
EXAMPLES = settings(max_examples=150, deadline=None, derandomize=True)


def _forecast(strategy: str, reach: float | None, price: float | None):
    """A forecast's verdict as the settle step reads it: its pick's row, its scenario's price, and ``at_target``,
    whose row reaches any score at ``reach`` training labels in all (None: it does not reach it)."""
    def decision(labels):
        row = SimpleNamespace(strategy=strategy, reachable=labels is not None, labels=labels or math.inf,
                              labels_low=labels or math.inf, labels_high=labels or math.inf, total_cost=1.0,
                              probability_cheapest=1.0, beyond_limit=())

        def find(name):
            if name != strategy:
                raise KeyError(name)
            return row

        return SimpleNamespace(strategies=(row,), row=find,
                               scenario={} if price is None else {"price_per_label": price})

    def verdict(labels):
        return SimpleNamespace(next_strategy=strategy, decide_at_labels=math.nan, decision=decision(labels),
                               at_target=lambda score: verdict(reach), to_dict=lambda: {"recommendation": strategy})

    return verdict(reach)


@st.composite
def untrusted(draw):
    """A campaign's answer whose last measured round meets the target and the stop rule does not trust: its measured
    point (the test labels that would settle it as :func:`planner.decide.campaign.stop_rule.measured_point` counts them, or
    none, or zero where earlier rounds alone doubt it), the pool's ids left, a budget, a forecast or none, a price or
    none (given to the answer, or read from the forecast)."""
    target = draw(st.floats(0.3, 0.99))
    score = min(target + draw(st.sampled_from([0.002, 0.005, 0.01, 0.02, 0.04, 0.0])), 1.0)
    n = draw(st.sampled_from([40, 100, 300, 1000, 3000]))
    confidence = draw(st.floats(0.55, 0.97))
    gap = score - target
    need = math.inf if gap <= 0 else max(math.ceil(score * (1 - score) * (float(ndtri(confidence)) / gap) ** 2) - n, 0)
    train, batch = draw(st.integers(5, 2000)), draw(st.integers(1, 50))
    left = draw(st.sampled_from([50, 200, 1000, 5000, 20000, 0]))
    strategy = draw(st.sampled_from(["random", "margin"]))
    facts = CampaignFacts(folder=draw(st.sampled_from(["camp", "my camp 2"])), strategy=strategy, batch_size=batch,
                          train_labels=train, test_labels=n, left=left,
                          rounds=pd.DataFrame({"round": [0], "n_labels": [train], "strategy": [strategy],
                                               "accuracy": [score], "test_size": [n]}))
    point = MeasuredPoint(labels=train, score=score, test_size=n, strategy=strategy, round=0, target=target,
                          confidence=confidence, low=max(score - 0.05, 0.0), high=min(score + 0.05, 1.0),
                          p_met=draw(st.floats(0.0, 1 - confidence)), held_out=True, stop=False,
                          settle_test_labels=float(need), ids_left=left)
    price = draw(st.none() | st.sampled_from([0.01, 0.04, 1.0, 7.5]))
    budget = draw(st.none() | st.integers(train, train + 3000))
    base = dict(facts=facts, target=target, measured=point, budget=budget,
                label_price=price if draw(st.booleans()) else None)
    if draw(st.sampled_from(["forecast", "forecast", "few"])) == "few":   # too few labels for a forecast
        return answer_of("continue", **base, strategy=strategy, order=batch, decide_at=float(train + batch),
                        reason="few", until="decide again")
    more = draw(st.sampled_from([10, 100, 1000, 10000, None]))   # labels to the trusted score, or none reach it
    reach = None if more is None else float(train + more)
    order = min(batch, left)
    return answer_of("continue", **base, strategy=strategy, order=order, decide_at=float(train + order),
                    reason="verdict", verdict=_forecast(strategy, reach, price), until="decide again")


@EXAMPLES
@given(ns=untrusted())
def test_the_recommended_step_is_the_cheapest_the_pool_allows_and_a_stop_says_its_chance(ns):
    rec = answer_record(ns).to_dict()
    validate(rec, SCHEMA)
    json.dumps(rec, allow_nan=False)
    s, f, m = rec["settle"], ns.facts, ns.measured
    options = {o["step"]: o for o in s["options"]}
    assert tuple(options) == STEPS
    allowed = [options[k] for k in ("train", "test") if options[k]["possible"]]
    if allowed:   # the least in expectation: test labels, then the training labels with the chance they show a miss
        after = options["train"]["labels"] if options["train"]["possible"] else 0
        cost = {o["step"]: o["labels"] + ((1 - m.p_met) * after if o["step"] == "test" else 0) for o in allowed}
        assert s["cheaper"] in [o["step"] for o in allowed]
        assert cost[s["cheaper"]] == min(cost.values())
        if len(allowed) == 2 and cost["train"] == cost["test"]:
            assert s["cheaper"] == "train"   # a tie goes to training labels, which also improve the model
    else:
        assert s["cheaper"] is None
    test, train = options["test"], options["train"]
    assert s["ids_left"] == f.left and s["possible"] == (s["test_labels"] is not None and s["test_labels"] <= f.left)
    if test["possible"]:
        assert 1 <= test["labels"] <= f.left and test["labels"] == s["test_labels"]
    if train["possible"]:
        assert train["labels"] <= f.left and train["labels"] % f.batch_size == 0
        assert ns.budget is None or f.train_labels + train["labels"] <= ns.budget
    if ns.forecast is None:
        assert not train["possible"] and train["why"] == "no forecast"
    assert 0.0 <= s["p_below"] <= 1.0 and s["p_below"] == pytest.approx(1 - m.p_met)
    assert options["stop"]["possible"] and options["stop"]["labels"] == 0
    for o in options.values():   # one price per label, whoever gave it
        assert (o["dollars"] is None) == (s["label_price"] is None or o["labels"] is None) or o["step"] == "stop"
        if o["dollars"] is not None:
            assert o["dollars"] == pytest.approx(o["labels"] * s["label_price"])
    assert s["trusted_score"] > m.target
    item = SCHEMA["properties"]["settle"]["properties"]["options"]["items"]["properties"]
    assert item["step"]["enum"] == list(STEPS) and item["why"]["enum"] == [*WHY, None]


@EXAMPLES
@given(ns=untrusted())
def test_every_count_and_dollar_the_words_say_of_the_steps_comes_from_the_record(ns):
    answer = answer_record(ns)
    rec = answer.to_dict()
    s = rec["settle"]
    line = settle_line(answer)
    assert line in answer_text(answer, explain=True).splitlines()   # a detail: the lead states the act and its cost
    folder_digits = _said([ns.facts.folder])
    assert _said([line]) - folder_digits <= _integers(rec), line
    options = {o["step"]: o for o in s["options"]}
    for o in options.values():
        if o["possible"] and o["dollars"] is not None and o["step"] != "stop":
            assert money(o["dollars"]) in line
    assert f"stop now: a {percent(s['p_below'])} chance the true accuracy is below" in line
    if s["cheaper"] is not None:
        assert "The cheaper step the pool allows: " in line
        assert f"{options[s['cheaper']]['labels']:,} more {s['cheaper']}" in line.replace("training", "train")
    else:
        assert f"your {s['test_size']:,} test label" in line and "not closer" in line


@settings(max_examples=200, deadline=None, derandomize=True)
@given(target=st.floats(0.05, 0.99), n=st.integers(1, 100_000), confidence=st.floats(0.51, 0.999))
def test_the_trusted_score_is_where_the_test_split_alone_would_settle_a_hit(target, n, confidence):
    s = trusted_score(target, n, confidence)
    assert target <= s <= 1.0
    if target < s < 1.0:   # the stop rule's reading of the test alone (Jeffreys) at s is the confidence
        assert jeffreys(s, n, target)[0] == pytest.approx(confidence, abs=1e-6)
    if n >= 100 and confidence >= 0.6:   # (near a coin flip, or on few labels, the Jeffreys prior's pull dominates)
        assert trusted_score(target, n + 1, confidence) <= s + 1e-9   # more test labels resolve a smaller margin
