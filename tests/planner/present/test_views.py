"""planner.present.words and the verdict's views: the one set of number formats and words the page, the report and the CLI share."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decision import decide
from planner.present import page_lines, verdict_sentence, verdict_view, words
from planner.present.page_lines import simulating_line, simulation_line
from planner.present.report import _strategy_rows
from planner.present.steering_view import _named
from tests.builders import proxy_table


@pytest.mark.parametrize("value, text", [
    (2087.4, "$2,087"), (100.0, "$100"), (99.994, "$99.99"), (15.4, "$15.40"), (0.3851, "$0.39"),
    (0.007692, "$0.0077"), (0.005, "$0.005"), (2.524e-06, "under $0.0001"), (0.0, "$0.00"),
    (-1731.2, "-$1,731"), (293_955_216.0, "$293,955,216"), (math.inf, "-"), (math.nan, "-"), (None, "-"),
    (1e12, "$1,000,000,000,000"), (1.5e12, "more than $1 trillion"), (1e300, "more than $1 trillion"),
    (-1e300, "less than -$1 trillion"),
])
def test_money_has_one_format(value, text):
    assert words.money(value) == text
    assert not re.search(r"\de[+-]?\d", words.money(value))  # never scientific notation


@pytest.mark.parametrize("value, kw, text", [
    (4999, {}, "4,999"), (1, {}, "1"), (math.inf, {}, "not reached"), (301, {"pool": 300}, "more than the pool"),
    (300, {"pool": 300}, "300"), (math.nan, {}, "-"), (2e15, {}, "more than 1 trillion"),
    (1e300, {"pool": 1e301}, "more than 1 trillion"),
])
def test_count(value, kw, text):
    assert words.count(value, **kw) == text


@pytest.mark.parametrize("p, text", [
    (0.9975, "99.8%"), (0.001, "0.1%"), (0.63, "63%"), (1.0, "100%"), (0.0, "0%"), (0.99999, ">99.9%"),
    (0.00001, "<0.1%"), (0.995, "99.5%"), (0.5, "50%"), (math.nan, "n/a"),
])
def test_percent_never_rounds_to_certainty(p, text):
    assert words.percent(p) == text


def test_plurals():
    assert words.plural(1, "label") == "1 label"
    assert words.plural(2, "label") == "2 labels" and words.plural(1500, "label") == "1,500 labels"
    assert words.plural(1, "proxy", "proxies") == "1 proxy"


def test_ranges_mark_their_long_part():
    assert words.count_range(163, 170, n_max=320) == "163 to 170"
    assert words.count_range(258, 1_500, n_max=320) == "258 to 1,500 (4.7x measured)"
    assert words.count_range(258, 4_540, n_max=320) == "258 to 4,540 (14.2x measured)"
    assert words.count_range(258, 5_120, n_max=320, beyond=("labels_high",)) == \
        "258 to more than 5,120 (beyond what the measurements can tell)"
    assert words.count_range(5_120, 5_120, n_max=320, beyond=("labels_low", "labels_high")) == \
        "more than 5,120 (beyond what the measurements can tell)"
    # a table cell: compact, the table saying the words once under it (words.table_note)
    assert words.count_range(258, 5_120, n_max=320, beyond=("labels_high",), compact=True) == "258 to more than 5,120"
    assert words.count_range(5_120, 5_120, beyond=("labels_low", "labels_high"), compact=True) == "more than 5,120"
    assert words.count_range(258, math.inf, n_max=320) == "258 to not reached"
    assert words.count_range(math.inf, math.inf) == "not reached"
    assert words.count_range(250, 4_540, pool=300, n_max=320) == "250 to more than the pool"
    assert words.count_range(310, 4_540, pool=300, n_max=320) == "not reached"   # as an unreachable row's


def test_scenario_rows_carry_units():
    rows = dict(verdict_view.scenario_rows({"label_price": 0.5, "engineering_day_rate": 400.0, "turnaround": 2.0,
                                     "pool_size": 1, "confidence": 0.9, "yearly_salary": None,
                                     "working_weeks": 50.0}))
    assert rows["label price (per label, as quoted)"] == "$0.50"
    assert rows["engineering day rate"] == "$400 a day" and rows["turnaround per batch"] == "2 days"
    assert rows["unlabeled pool"] == "1 example" and rows["confidence for the label budget"] == "90%"
    assert "working weeks a year" not in rows  # only with a salary


def test_a_campaign_the_file_did_not_name_is_called_by_the_users_name_in_its_notes_too():
    note = "random (ends at 0.883): curves ending at this level ended below the median forecast"
    assert _named(note, "random", "your campaign") == ("your campaign (ends at 0.883): curves ending at this level "
                                                       "ended below the median forecast")
    assert _named("random: one run, so the run-to-run spread is unknown", "random", "your campaign").startswith(
        "your campaign: one run")
    assert _named(note, "random", None) == note                        # a named strategy keeps its name
    assert _named("randomly drawn batches", "random", "your campaign") == "randomly drawn batches"


def _decision(strategies, scenario, target):
    return decide(proxy_table(np.random.default_rng(0), "p", 0.95, 0.9, 0.5, strategies, seeds=3), scenario, target)


def test_a_saving_beyond_the_pool_reads_more_than_the_pool():
    # AL (at half random's labels) must save ~50,000 labels to pay for its $2,000 of engineering at $0.04 a label,
    # in a pool of 427
    d = _decision([("random", 1.0), ("margin", 0.5)],
                  Scenario(label_price=0.04, engineering_days=5, day_rate=400, pool=PoolShape(pool_size=427)), 0.9)
    assert d.recommendation == "random" and d.break_even_labels_saved > 427
    assert "would need to save more than the pool" in verdict_sentence.sentence(d)
    line = verdict_sentence.break_even_line(d)
    assert "must save more than the pool to pay for itself" in line and "50," not in line
    # within the pool the count is printed
    near = _decision([("random", 1.0), ("margin", 0.5)],
                     Scenario(label_price=0.04, engineering_days=5, day_rate=400,
                              pool=PoolShape(pool_size=100_000)), 0.9)
    said = verdict_sentence.sentence(near)
    assert f"would need to save ~{words.approx(near.break_even_labels_saved)}; the chance that AL is cheaper" in said


def test_the_sentence_says_its_asides_in_one_parenthesis():
    # "(it would need to save more than the pool) (the chance that AL is cheaper than random is 0%)" read as two
    for pool in (427, 100_000):
        d = _decision([("random", 1.0), ("margin", 0.5)],
                      Scenario(label_price=0.04, engineering_days=5, day_rate=400, pool=PoolShape(pool_size=pool)), 0.9)
        said = verdict_sentence.sentence(d)
        assert ") (" not in said and "would need to save" in said and "the chance that AL is cheaper" in said, said


def test_the_whole_pool_is_quoted_by_its_exact_count():
    # random needs all 307 examples: the sentence says 307, as the table does, not "~310"
    d = _decision([("random", 1.0), ("margin", 0.5)],
                  Scenario(label_price=0.04, engineering_days=5, day_rate=400, pool=PoolShape(pool_size=307)), 0.9)
    row = next(r for r in verdict_view.present(d).rows if r["strategy"] == "random")
    assert d.recommendation == "random" and row["labels"] == "307"
    said = verdict_sentence.sentence(d)
    assert said.startswith("Label at random: 307 labels (the whole pool) reach") and "~310" not in said, said


def test_a_long_extrapolation_is_marked_to_the_decimal_the_basis_uses():
    # "(4x measured)" beside "extrapolated 4.2x": one rounding for both
    assert words.count_range(258, 1_344, n_max=320) == "258 to 1,344 (4.2x measured)"
    assert words.far_count(1_344, n_max=320) == "1,344 (4.2x measured)"


def test_a_range_beyond_the_pool_reads_as_an_unreachable_one():
    # random's range "-" beside margin's "not reached": both say no count within the pool reaches the target
    assert words.count_range(310, 4_540, pool=300) == words.count_range(math.inf, math.inf) == "not reached"


def test_the_table_tags_the_pick_as_the_sentence_says_it():
    scen = Scenario(label_price=0.04, engineering_days=0, compute_per_round=0, turnaround_days=0)
    close = _decision([("random", 1.0), ("margin", 1.05)], scen, 0.9)
    assert not close.can_tell and close.recommendation == "random"
    text = verdict_view.to_text(close)
    assert "Can't tell yet" in text and "(recommended)" not in text
    assert "random (for now, can't tell yet)" in text
    assert [r[0] for r in _strategy_rows(verdict_view.present(close))] == ["random (for now, can't tell yet)", "margin"]
    sure = _decision([("random", 1.0), ("margin", 0.3)], scen, 0.9)
    assert sure.can_tell and sure.recommendation == "margin"
    assert "margin (recommended)" in verdict_view.to_text(sure) and "for now" not in verdict_view.to_text(sure)


def test_an_error_names_its_file_once():
    """The page prefixes an upload's errors with its name; a reader's message that already starts with it is not
    prefixed again ("text_feature.csv: text_feature.csv: feature column 'f3' is not numeric")."""
    msg = "text_feature.csv: feature column 'f3' is not numeric\ndetails"
    assert page_lines.one_line(msg, "text_feature.csv: ") == "text_feature.csv: feature column 'f3' is not numeric"
    assert page_lines.one_line("feature column 'f3' is not numeric", "a.csv: ") == "a.csv: feature column 'f3' is not numeric"
    assert page_lines.one_line(ValueError("bad"), "") == "bad"
def test_the_simulation_lines_say_on_how_many_workers():
    assert simulating_line(12, "20 s", 8) == "Simulating 12 runs: about 20 s on 8 workers (measured on this machine)."
    assert "about 20 s on one process" in simulating_line(1, "20 s", 1)
    long = simulation_line(100, 1310, "3 min 5 s", False, 2)
    assert long.startswith("This simulation is long: 100 runs of 13 rounds, about 3 min 5 s on 2 workers")
