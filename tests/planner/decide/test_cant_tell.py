"""Where the chance that AL is cheaper is near one half the verdict says "can't tell yet" and gives a plan: label at
random, and decide again when the labels in hand double (what waiting forgoes and what deciding then is expected
to save), or label at random where random sampling gets there first or deciding later does not pay; elsewhere it
says nothing of the kind."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decide.rule import UNDECIDED, can_tell
from planner.decide.voi import forgone_labels
from planner.decision import Plan
from planner.present import verdict_sentence, verdict_view, words

TABLES = Path(__file__).resolve().parents[2] / "golden" / "tables"


@pytest.mark.parametrize("p, told", [(0.0, True), (UNDECIDED[0], True), (UNDECIDED[0] + 1e-9, False), (0.5, False),
                                     (UNDECIDED[1] - 1e-9, False), (UNDECIDED[1], True), (1.0, True),
                                     (math.nan, True)])
def test_the_band_is_open_at_both_ends(p, told):
    assert can_tell(p) is told


@pytest.fixture(scope="module")
def slow_rise():
    """A slow, three-strategy table at a price where the forecasts split: the chance shown is near one half."""
    plan = Plan(TABLES / "slow_rise.csv", seed=0)
    scen = Scenario(label_price=1.0, engineering_days=2, turnaround_days=3)
    return plan.decide(scen, 0.80)


def test_a_split_verdict_says_it_cannot_tell_and_when_to_decide_again(slow_rise):
    """The sentence's advice is waiting's: label at random, decide again when the labels in hand double, what
    waiting forgoes and what deciding then is expected to save; the JSON and the metric say the same act."""
    d = slow_rise
    assert UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert not d.can_tell
    later = d.decide_later
    assert later is not None and later.priced and later.advised
    assert later.labels == 2 * later.labels_in_hand == 2 * d.row("random").n_max
    assert d.measure_next_labels == d.decide_at_labels == later.labels
    text = verdict_sentence.sentence(d)
    assert text.startswith("Can't tell yet: the chance that AL is cheaper than random is ")
    assert "each to there" not in text
    assert verdict_sentence.START_RANDOM in text
    assert f"decide again at ~{words.approx(later.labels)} labels (twice the {words.approx(later.labels_in_hand)}" \
        in text
    assert words.money(later.cost) in text and words.money(later.value) in text
    assert d.recommendation == "random" and d.action_now == "random_then_decide"
    out = d.to_dict()
    assert out["recommendation"] == "random" and out["action_now"] == "random_then_decide"
    assert out["decide_later"]["advised"] is True and out["decide_at_labels"] == later.labels
    metric = next(m for m in verdict_view._metrics(d) if m.label == "Recommended path")
    assert metric.value == "can't tell yet"
    assert metric.caption == f"label at random for now; decide at ~{words.approx(later.labels)} labels"
    others = verdict_view.to_text(d).replace(text, "")
    assert "Decide now" not in others and "Extend the pilot" not in others


def test_waiting_costs_the_al_advantage_forgone_not_the_labels(slow_rise):
    """What waiting costs is at most the random labels bought until N at the price per label (they would have
    been worth that much only if AL needed none of them), whatever the number of strategies; never every
    strategy measured to N."""
    later = slow_rise.decide_later
    per_label = float(slow_rise.scenario["price_per_label"])
    assert 0.0 <= later.cost <= (later.labels - later.labels_in_hand) * per_label
    ext = slow_rise.pilot_extension
    assert later.cost < ext.cost   # measuring every strategy to there is not what waiting costs


def test_forgone_labels_lie_between_nothing_and_the_labels_bought():
    plan = Plan(TABLES / "slow_rise.csv", seed=0)
    rnd = plan.draws.get("random")
    h = float(rnd.n_max)
    for s in plan.strategies:
        f = forgone_labels(rnd, plan.draws.get(s), h, 2 * h)
        assert f.shape == (plan.n_draws,) and np.all(f >= 0) and np.all(f <= h + 1e-9)
    assert np.all(forgone_labels(rnd, rnd, h, 2 * h) <= 1e-6 * h)   # random against itself forgoes nothing


def test_random_reaching_the_target_first_reads_label_at_random(slow_rise):
    """Where random sampling's quoted labels reach the target by N, the advice is to label at random: no second
    decision, the JSON's act and the sentence alike."""
    later = slow_rise.decide_later
    rows = tuple(dataclasses.replace(r, labels=later.labels - 10) if r.strategy == "random" else r
                 for r in slow_rise.strategies)
    d = dataclasses.replace(slow_rise, strategies=rows)
    assert d.action_now == "random" and math.isnan(d.decide_at_labels) and d.recommendation == "random"
    text = verdict_sentence.sentence(d)
    assert "Label at random: random sampling reaches" in text and "before deciding again at" in text
    assert "Start labeling" not in text
    out = d.to_dict()
    assert out["action_now"] == "random" and out["decide_at_labels"] is None and out["recommendation"] == "random"


def test_deciding_later_that_does_not_pay_acts_on_the_lean(slow_rise):
    """Where waiting forgoes more than deciding later is expected to save, the answer labels at random on the
    lean, and still names the count at which to check again (every random path does); the sentence, the JSON and
    the metric say the same."""
    later = dataclasses.replace(slow_rise.decide_later, value=10.0, cost=50.0, advised=False)
    d = dataclasses.replace(slow_rise, decide_later=later)
    assert d.action_now == "random" and d.recommendation == "random" and d.decide_at_labels == later.labels
    text = verdict_sentence.sentence(d)
    assert "Deciding later is not expected to pay" in text and "label at random, the lean" in text
    assert f"check again at ~{words.approx(later.labels)} labels" in text
    out = d.to_dict()
    assert out["action_now"] == "random" and out["decide_later"]["advised"] is False
    assert out["decide_at_labels"] == later.labels


def test_the_next_measurement_stays_within_the_pool():
    """With a pool that holds less than twice the labels in hand no second decision is priced: the sentence asks
    for more seeds, not more labels, and the JSON names no count."""
    plan = Plan(TABLES / "slow_rise.csv", seed=0)
    measured = max(float(plan.draws.get(s).n_max) for s in plan.strategies)
    for pool in (int(measured), int(1.5 * measured), int(2 * measured)):
        scen = Scenario(label_price=1.0, engineering_days=10, turnaround_days=3, pool=PoolShape(pool_size=pool))
        for target in (0.7, 0.72, 0.75, 0.8, 0.85):
            d = plan.decide(scen, target)
            ext, later = d.pilot_extension, d.decide_later
            if ext.priced:
                assert ext.labels <= pool
            assert math.isnan(later.labels) or later.labels <= pool
            assert math.isnan(d.decide_at_labels) or d.decide_at_labels <= pool
            if not d.can_tell:
                nxt = d.measure_next_labels
                assert math.isnan(nxt) or nxt <= pool
                if math.isnan(later.labels):
                    assert d.action_now == "random" and "not more labels, would tell" in verdict_sentence.sentence(d)


def test_a_clear_verdict_says_nothing_of_the_kind():
    plan = Plan(TABLES / "easy_al_wins.csv", seed=0)
    d = plan.decide(Scenario(label_price=0.5, engineering_days=2), 0.95)
    assert not UNDECIDED[0] < d.probability_al_cheaper < UNDECIDED[1]
    assert d.can_tell and math.isnan(d.measure_next_labels)
    assert not verdict_sentence.sentence(d).startswith("Can't tell")
    assert d.to_dict()["measure_next_labels"] is None


def test_the_json_says_it_and_gives_the_plan(cli):
    out = cli.json("plan", TABLES / "slow_rise.csv", "--target", "0.8", "--label-price", "1",
                   "--engineering-days", "2", "--turnaround-days", "3")
    assert out["can_tell"] is False and out["measure_next_labels"] > 0
    assert out["action_now"] == "random_then_decide" and out["decide_at_labels"] == out["measure_next_labels"]
    assert out["recommendation"] == "random"


@pytest.mark.parametrize("price", ["0.5", "0.01"])
def test_a_clear_verdict_decides_again_only_on_a_random_path(price, cli):
    """Re-deciding is part of every random path: a clear random verdict whose labels lie beyond twice those in
    hand names the count, in the JSON and the sentence; an AL verdict names none."""
    args = ["plan", TABLES / "easy_al_wins.csv", "--target", "0.95", "--label-price", price,
            "--engineering-days", "2"]
    out = cli.json(*args)
    code, text, _ = cli(*args)
    assert code == 0
    rnd = next(r for r in out["strategies"] if r["strategy"] == "random")
    assert out["can_tell"] and out["action_now"] in ("active_learning", "random")
    assert out["recommendation"] == ("random" if out["action_now"] == "random" else out["best_al"])
    later = out["decide_later"]["labels"]
    if out["action_now"] == "random" and rnd["labels"] > later:
        assert out["decide_at_labels"] == later == 2 * out["decide_later"]["labels_in_hand"]
        assert f"Decide again at ~{words.approx(later)} labels" in text
    else:
        assert out["decide_at_labels"] is None and "Decide again" not in text


@pytest.mark.parametrize("labels, in_hand, said", [(850, 500, "(~350 more than the 500 in hand)"),
                                                   (1000, 500, "(twice the 500 in hand)")])
def test_the_count_to_decide_again_is_said_with_arithmetic_that_holds(slow_rise, labels, in_hand, said):
    """A campaign's own count to decide again (not always the labels in hand doubled) is said as what it is: "twice"
    only where it is twice the labels in hand."""
    d = dataclasses.replace(slow_rise, decide_later=dataclasses.replace(slow_rise.decide_later, labels=float(labels),
                                                                      labels_in_hand=float(in_hand)))
    text = verdict_sentence.sentence(d)
    assert f"~{words.approx(labels)} labels {said}" in text
    assert ("twice the" in text) == (labels == 2 * in_hand)
