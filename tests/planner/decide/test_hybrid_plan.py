"""plan_hybrid (planner/decide/hybrid.py): what every answer must hold, for any prices, pool and bar."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide import verdict
from planner.decide.costs import Scenario
from planner.decide.hybrid import ALL_HUMAN, BOTH, RANDOM_SPLIT, REMAINDER, SURE, plan_hybrid
from planner.present.hybrid_view import hybrid_rows, hybrid_sentence, hybrid_text
from tests.planner.hybrid_tables import BARS, hybrid_table

TABLE = hybrid_table()
PARTS = ("training_label_cost", "holdout_cost", "remainder_cost", "compute_cost", "engineering_cost", "delay_cost")

scenarios = st.builds(
    lambda price, days, compute, error, delay: Scenario(label_price=price, engineering_days=days, day_rate=400,
                                                         compute_per_round=compute, label_error=error,
                                                         delay_cost_per_day=delay),
    st.sampled_from([0.01, 0.1, 1.0, 5.0]), st.sampled_from([0.0, 2.0, 20.0]), st.sampled_from([0.0, 3.0]),
    st.sampled_from([None, 0.0, 0.02, 0.08]), st.sampled_from([0.0, 50.0]))
SETTINGS = settings(max_examples=15, deadline=None, derandomize=True)


def plan(scenario, q, pool, holdout=500):
    return plan_hybrid(TABLE, scenario, q, pool, holdout=holdout)


@SETTINGS
@given(scenarios, st.sampled_from(BARS), st.sampled_from([2_000, 20_000, 1_000_000]))
def test_every_answer_adds_up_keeps_its_promise_and_is_never_dearer_than_by_hand(scenario, q, pool):
    h = plan(scenario, q, pool)
    for p in h.strategies:   # it adds up
        assert p.human_labels + p.machine_labels == pool
        assert p.machine_labels >= 0 and p.human_labels >= p.training_labels + p.holdout_labels
        assert sum(p.costs[k] for k in PARTS) == pytest.approx(p.total_cost, rel=1e-9)
        assert p.total_cost_low <= p.total_cost * (1 + 1e-12) and p.total_cost <= p.total_cost_high * (1 + 1e-12)
        assert p.hybrid == (p.machine_labels > 0 or p.machine_bar is not None)
        if p.meets:   # it meets the promise, or says it cannot
            assert p.expected_label_accuracy >= q - 1e-12
            assert p.p_meets >= (SURE if p.hybrid else 1.0)
        if p.hybrid:
            assert p.machine_bar >= q
    assert {p.strategy for p in h.strategies} == {"random", "margin"}
    if h.recommendation is None:
        assert not any(p.meets for p in h.strategies)
        assert hybrid_sentence(h).startswith("No split delivers")
    else:
        assert h.recommendation in {ALL_HUMAN, "random", "margin"}
    if not h.all_human_meets:   # never dearer than labeling everything by hand, where that meets the promise
        return
    assert h.all_human_cost == pytest.approx(pool * scenario.label_price + scenario.turnaround
                                             * scenario.delay_cost_per_day)
    for p in h.strategies:
        assert p.meets and p.total_cost <= h.all_human_cost * (1 + 1e-12)
    assert h.savings >= 0
    best = min(h.strategies, key=lambda p: p.total_cost)
    assert h.savings == pytest.approx(h.all_human_cost - best.total_cost)


def test_a_large_pool_at_a_low_price_is_mostly_machine_labeled_and_cheaper():
    h = plan(Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    assert h.recommendation == "margin"
    margin, rnd = h.row("margin"), h.row("random")
    assert margin.machine_labels > 0.8 * h.pool_size
    assert margin.total_cost < rnd.total_cost < h.all_human_cost
    sentence = hybrid_sentence(h)
    assert "the model labels" in sentence and "by hand" in sentence and "$" in sentence
    assert len(hybrid_rows(h)) == 3 and hybrid_text(h).startswith(sentence)


def test_labels_less_accurate_than_the_bar_make_labeling_by_hand_fall_short():
    h = plan(Scenario(label_price=0.5, engineering_days=5, day_rate=400, label_error=0.08), 0.95, 200_000)
    assert not h.all_human_meets and h.savings is None
    assert h.vendor_accuracy == pytest.approx(0.92)
    for p in h.strategies:
        assert p.hybrid or not p.meets


def test_a_tiny_pool_is_labeled_by_hand():
    h = plan(Scenario(label_price=0.5, engineering_days=20, day_rate=400), 0.9, 800, holdout=300)
    assert h.recommendation == ALL_HUMAN and h.savings == 0
    assert all(not p.hybrid for p in h.strategies)


SPLIT = hybrid_table(split=True)
QUICK = {"holdout": 300, "n_draws": 100}


@settings(max_examples=6, deadline=None, derandomize=True)
@given(scenarios, st.sampled_from(BARS), st.sampled_from([1_300, 3_000, 20_000, 1_000_000]))
def test_the_machine_labels_are_never_right_on_more_than_the_model_can_be(scenario, q, pool):
    """machine_share x machine_accuracy: the share of the remainder labeled right, never above what the model is
    right on in the pool (its accuracy at that training count, over the remainder's share of the pool)."""
    h = plan_hybrid(SPLIT, scenario, q, pool, **QUICK)
    for p in h.strategies:
        if not p.hybrid or p.machine_share == 0:
            continue
        rest = pool - p.training_labels - p.holdout_labels
        assert p.machine_share * p.machine_accuracy <= p.model_accuracy * pool / rest + 1e-9
        if p.reads == RANDOM_SPLIT:
            assert p.machine_share * p.machine_accuracy <= p.model_accuracy * (1 + 1e-9) * pool / rest


def test_a_pool_far_larger_than_the_simulated_one_reads_the_random_split():
    """margin's picks left an easy remainder in the simulated pool of 1,000: a pool of 100,000 keeps the hard
    examples, so it is planned on the test split, and its machine labels are right on no more than the model's
    test accuracy counts."""
    scen = Scenario(label_price=1.0, engineering_days=0)
    far, same, between = (plan_hybrid(SPLIT, scen, 0.95, n, **QUICK) for n in (100_000, 1_300, 3_000))
    assert far.simulated_pool == 1_000
    for p in far.strategies:
        assert p.reads == RANDOM_SPLIT and p.remainder_weight == 0
        assert p.machine_share * p.machine_accuracy <= p.model_accuracy * 100_000 / (100_000 - p.training_labels
                                                                                     - 300) + 1e-9
    assert "100 times" in far.reading and "test split" in far.reading and far.reading in far.notes
    assert all(p.reads == REMAINDER for p in same.strategies if p.hybrid)
    # one simulated size, said one way: the examples besides the held-out split against the training labels and
    # remainder the simulation held
    assert "holds 1,000 examples besides the 300 held out, no more than the 1,000 simulated" in same.reading
    assert "holds 2,700 examples besides the 300 held out, 2.7 times the 1,000 simulated" in between.reading
    assert "holds 99,700 examples besides the 300 held out, 100 times the 1,000 simulated" in far.reading
    assert all(p.reads == BOTH and 0 < p.remainder_weight < 1 for p in between.strategies if p.hybrid)
    # the remainder read for the far larger pool would machine-label more of it than random examples allow
    assert far.row("margin").machine_share < same.row("margin").machine_share
    assert far.to_dict()["strategies"][0]["reads"] == RANDOM_SPLIT


def test_a_training_count_beyond_the_simulated_ones_reads_extrapolated_never_measured():
    h = plan_hybrid(SPLIT, Scenario(label_price=1.0, engineering_days=0), 0.95, 100_000, **QUICK)
    beyond = [p for p in h.strategies if p.hybrid and p.training_labels > 180]
    assert beyond, [p.training_labels for p in h.strategies]
    for p in beyond:
        assert p.rests_on == "extrapolated" and p.largest_measured == 180
    text = hybrid_text(h)
    assert "extrapolated beyond the 180 training labels simulated" in text and "they measured" not in text


def _broken(column, value, rows=slice(0, 1)):
    t = SPLIT.copy()
    t[column] = t[column].astype(object)
    t.loc[t.index[rows], column] = value
    return t


PLAIN = TABLE.drop(columns=["machine_target", "machine_share", "machine_accuracy"])


@pytest.mark.parametrize("table, q, pool, kwargs, match", [
    (TABLE, 1.0, 10_000, {}, "strictly between 0 and 1"), (TABLE, 0.0, 10_000, {}, "strictly between 0 and 1"),
    (TABLE, math.nan, 10_000, {}, "strictly between 0 and 1"), (TABLE, 0.96, 10_000, {}, "--hybrid-accuracy 0.96"),
    (TABLE, 0.95, 100, {}, "smaller than the 180 labels"), (TABLE, 0.95, 510, {}, "leaves no examples"),
    (PLAIN, 0.95, 10_000, {}, "--hybrid-accuracy"),   # a table without the hybrid columns names the flag
    *[(TABLE, 0.95, 10_000, {"sure": sure}, r"sure must be a share of the draws in \(0, 1\]")
      for sure in (0.0, 1.5, -0.1, math.nan, True, "0.9")],
    *[(TABLE, 0.95, 10_000, {"tolerance": t}, r"tolerance must be a share of the cheapest cost in \[0, 1\)")
      for t in (-0.1, 1.0, math.nan, True, "0.02")],
    (_broken("machine_share", 45.0), 0.95, 10_000, {},
     r"machine_share must be a share between 0 and 1; row 1 has 45: .*0\.45, not 45"),
    (_broken("machine_accuracy", 1.2), 0.95, 10_000, {},
     r"machine_accuracy must be an accuracy between 0 and 1; row 1 has 1\.2"),
    (_broken("machine_accuracy", np.nan, SPLIT.index[SPLIT["machine_share"] > 0][:1]), 0.95, 10_000, {},
     r"machine_accuracy is empty on row \d+, where machine_share is"),
    (_broken("machine_target", 1.5), 0.95, 10_000, {},
     r"machine_target must be accuracy bars strictly between 0 and 1; row 1 has 1\.5"),
    (SPLIT.assign(machine_share=np.nan, machine_accuracy=np.nan, machine_remainder=0.0), 0.95, 10_000, {},
     r"machine_remainder is 0 on every row .*--hybrid-holdout"),
    (_broken("machine_share", -0.2), 0.95, 10_000, {},
     r"machine_share must be a share between 0 and 1; row 1 has -0\.2"),
    (SPLIT.assign(machine_share=np.nan, machine_accuracy=np.nan), 0.95, 10_000, {},
     r"machine_share is empty on every row at bar"),
    (_broken("test_machine_share", 1.0, slice(5, 6)).assign(test_machine_accuracy=1.0), 0.95, 10_000, {},
     r"test_machine_share x test_machine_accuracy is .* above the accuracy"),
    (_broken("machine_share", "lots"), 0.95, 10_000, {}, r"machine_share must hold numbers; row 1 has 'lots'"),
])
def test_bad_input_is_refused_in_one_line_naming_it(table, q, pool, kwargs, match):
    with pytest.raises(ValueError, match=match) as info:
        plan_hybrid(table, Scenario(label_price=0.1), q, pool, **kwargs)
    assert "\n" not in str(info.value)


def test_a_lower_share_of_draws_never_asks_more_of_an_answer():
    lax = plan_hybrid(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.95, 20_000, sure=0.5)
    assert lax.sure == 0.5
    for p in lax.strategies:
        if p.meets and p.hybrid:
            assert p.p_meets >= 0.5 and p.expected_label_accuracy >= 0.95 - 1e-12


def test_planning_the_same_table_again_fits_no_curve_again(monkeypatch):
    """A hybrid plan reads several tables (shares, accuracies, on the remainder and the test split): asked again on
    the same table, at another price and pool (a widget changed on the page), it fits none of them again."""
    plan_hybrid(SPLIT, Scenario(label_price=0.1), 0.95, 3_000, **QUICK)
    built = []
    fit = verdict.Plan.__init__

    def counting(self, *args, **kwargs):
        built.append(1)
        fit(self, *args, **kwargs)

    monkeypatch.setattr(verdict.Plan, "__init__", counting)
    again = plan_hybrid(SPLIT, Scenario(label_price=2.0), 0.95, 20_000, **QUICK)
    assert built == [] and again.strategies


@settings(max_examples=6, deadline=None, derandomize=True)
@given(scenarios, st.sampled_from(BARS), st.sampled_from([2_000, 20_000]), st.sampled_from([0.0, 0.02, 0.1]))
def test_a_flat_optimum_takes_the_fewest_training_labels_within_the_tolerance(scenario, q, pool, tolerance):
    h = plan_hybrid(TABLE, scenario, q, pool, holdout=500, tolerance=tolerance)
    for p in h.strategies:
        if not (p.hybrid and p.meets):
            continue
        c = h.curve[(h.curve["strategy"] == p.strategy) & (h.curve["machine_bar"] == p.machine_bar) & h.curve["meets"]]
        cheapest = c["total_cost"].min()
        assert p.total_cost <= (1 + tolerance) * cheapest * (1 + 1e-12)
        assert p.training_labels == c.loc[c["total_cost"] <= (1 + tolerance) * cheapest, "training_labels"].min()
