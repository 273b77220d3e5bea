"""The words and the chart of hybrid labeling read the one HybridPlan: the split adds up to the pool, the chart's
line is the all-human cost, every answer's sentence names who labels how many for how much. Every hybrid total is
the sum of the figures printed beside it (people's labels x price + set-up + compute, and the delay where it costs
anything), in the sentence, the table and the JSON, over the inputs the page accepts; no machine share is quoted
where the simulation measured none; the chart's labels axis spans the pool asked."""

import json
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.costs import Scenario
from planner.decide.hybrid import ALL_HUMAN, plan_hybrid
from planner.present.hybrid_view import (ENGINEERING, PAGE_INPUTS, chart_frames, cost_words, hybrid_rows,
                                         hybrid_sentence, hybrid_text, page_inputs, page_parts)
from planner.present.words import money
from tests.planner.hybrid_tables import BARS, hybrid_table

TABLE = hybrid_table()


@pytest.mark.parametrize("scenario, q, pool, start", [
    (Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000, "To deliver 200,000 labels"),
    (Scenario(label_price=0.5, engineering_days=20, day_rate=400), 0.9, 800, "Label everything by hand"),
    (Scenario(label_price=0.5, label_error=0.3), 0.99, 200_000, "No split delivers"),
])
def test_each_kind_of_answer_has_its_sentence(scenario, q, pool, start):
    h = plan_hybrid(TABLE, scenario, q, pool, holdout=300)
    said = hybrid_sentence(h)
    assert said.startswith(start), said
    assert money(h.all_human_cost) in said
    if h.recommendation not in (None, ALL_HUMAN):
        p = h.row(h.recommendation)
        assert f"{p.machine_labels:,}" in said and money(p.total_cost) in said
    assert hybrid_text(h).startswith(said)


def test_the_chart_draws_the_answers_and_the_all_human_line_in_one_view_with_its_legend_inside():
    h = plan_hybrid(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    curve, answers = chart_frames(h)
    assert set(curve["strategy"]) == {"random", "margin"}
    for p in h.strategies:
        mine = curve[curve["strategy"] == p.strategy]
        assert (mine["machine_bar"] == p.machine_bar).all()
        assert p.training_labels in set(mine["training_labels"])
    assert (answers["human_labels"] + answers["machine_labels"]).eq(200_000).all()
    said, table, spec = page_parts(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    assert said.startswith(hybrid_sentence(h)) and list(table["strategy"]) == [r["strategy"] for r in hybrid_rows(h)]
    text = json.dumps(spec)
    assert "everything by hand" in text and '"rule"' in text and "labels people buy" in text
    # one view as wide as its box (a concatenation of views cannot take the container's width and spills out),
    # its legends below it: strategies, points (the answers among them) and the by-hand line
    assert "vconcat" not in spec and "hconcat" not in spec and spec["width"] == "container"
    assert spec["config"]["legend"]["orient"] == "bottom"
    encodings = [layer["encoding"] for layer in spec["layer"]]
    assert any("strokeDash" in e and e["strokeDash"]["legend"] for e in encodings)
    assert any(e.get("shape", {}).get("scale", {}).get("domain", [None])[-1] == "the answer" for e in encodings)


def test_the_page_says_why_the_set_up_is_charged_to_every_split_and_what_the_labels_are_read_on():
    said, _, _ = page_parts(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    assert ENGINEERING in said and "random's included" in ENGINEERING and "active learning alone" in ENGINEERING
    assert "read on the simulated pool's remainder" in said   # a table without the test split's columns


def test_the_pool_to_label_defaults_to_the_pool_in_use():
    assert page_inputs(1_348)["hybrid_pool"][2]["value"] == 1_348
    assert page_inputs(None)["hybrid_pool"][2]["value"] == PAGE_INPUTS["hybrid_pool"][2]["value"]
    assert page_inputs(1_348)["label_accuracy"] == PAGE_INPUTS["label_accuracy"]


TABLES = {"remainder": hybrid_table(), "split": hybrid_table(split=True)}
PARTS = ("training_label_cost", "holdout_cost", "remainder_cost", "compute_cost", "engineering_cost", "delay_cost")
MONEY = r"\$([\d,]+(?:\.\d+)?)"

#: The page's inputs: a price per label, engineering days and day rate, compute per round, people's label error
#: and the delay's cost per day (no minimum order: the page takes none).
page_scenarios = st.builds(
    lambda price, days, rate, compute, error, delay: Scenario(
        label_price=price, engineering_days=days, day_rate=rate, compute_per_round=compute, label_error=error,
        delay_cost_per_day=delay),
    st.sampled_from([0.05, 0.5, 2.0, 13.0, 50.0]), st.sampled_from([0.0, 2.0, 5.0]), st.sampled_from([400.0, 650.0]),
    st.sampled_from([0.0, 0.1, 3.0]), st.sampled_from([None, 0.0, 0.02]), st.sampled_from([0.0, 50.0]))


def dollars(text: str) -> float:
    return float(text.replace(",", ""))


def printed_error(*amounts: str) -> float:
    """How far a sum of printed amounts can be from the printed total by rounding alone: half a unit of each."""
    return sum(0.5 if "." not in a else 0.005 for a in amounts) + 1e-9


@settings(max_examples=12, deadline=None, derandomize=True)
@given(page_scenarios, st.sampled_from(BARS), st.sampled_from([1_300, 1_800, 3_000, 20_000, 1_000_000]),
       st.sampled_from(sorted(TABLES)))
def test_every_total_is_the_sum_of_its_parts_as_printed(scenario, q, pool, table):
    h = plan_hybrid(TABLES[table], scenario, q, pool, holdout=300, n_draws=100)
    price = scenario.label_price
    data = json.loads(json.dumps(h.to_dict()))
    assert data["label_price"] == price
    for p, row, js in zip(h.strategies, hybrid_rows(h), data["strategies"]):
        # the JSON: the lines sum to the total, and people's lines are people's labels at the price
        assert sum(js[k] for k in PARTS) == pytest.approx(js["total_cost"], rel=1e-12, abs=1e-9)
        people = js["training_label_cost"] + js["holdout_cost"] + js["remainder_cost"]
        assert people == pytest.approx(js["human_labels"] * price, rel=1e-12)
        if js["hybrid"]:
            unsure = js["human_labels"] - js["training_labels"] - js["holdout_labels"]
            assert js["remainder_cost"] == pytest.approx(unsure * price, rel=1e-12, abs=1e-9)
            assert js["training_label_cost"] == pytest.approx(js["training_labels"] * price, rel=1e-12)
            rest = pool - js["training_labels"] - js["holdout_labels"]
            assert js["machine_labels"] == round(js["machine_share"] * rest)
        # the table: people's labels x the price + the set-up, compute and delay make the total printed
        counted = int(row["people label"].replace(",", ""))
        assert counted == p.human_labels
        others = sum(p.costs[k] for k in ("engineering_cost", "compute_cost", "delay_cost"))
        assert abs(counted * price + others - dollars(re.fullmatch(MONEY, row["total"]).group(1))) <= 0.5 + 1e-6
        # the words: "$T ($A for people's K labels at $P + $S set-up + $C compute + $D delay)"
        said = cost_words(p, h)
        m = re.fullmatch(MONEY + r" \(" + MONEY + r" for people's ([\d,]+) labels at " + MONEY + r"(.*)\)", said)
        assert m, said
        total, people_s, k, price_s, rest_s = m.groups()
        assert int(k.replace(",", "")) == p.human_labels and dollars(price_s) == pytest.approx(price)
        assert abs(int(k.replace(",", "")) * dollars(price_s) - dollars(people_s)) <= printed_error(people_s)
        lines = re.findall(r" \+ " + MONEY + r" (set-up|compute|delay)", rest_s)
        assert [w for _, w in lines] == (["set-up", "compute"] if p.hybrid else []) + (
            ["delay"] if p.costs["delay_cost"] > 0 else [])
        amounts = [people_s] + [a for a, _ in lines]
        assert abs(sum(dollars(a) for a in amounts) - dollars(total)) <= printed_error(total, *amounts)
    if h.recommendation is not None:
        shown = h.row(h.recommendation) if h.recommendation in {p.strategy for p in h.strategies} else None
        if shown is not None:
            assert cost_words(shown, h) in hybrid_sentence(h)


def test_no_machine_share_is_quoted_at_a_training_count_where_every_run_measured_none():
    """Every run measured a share of 0 up to 60 labels: no split quotes machine labels there, and between two
    measured counts no draw exceeds the most any run measured around it."""
    t = TABLES["remainder"].copy()
    t.loc[t["n_labels"] <= 60, ["machine_share", "machine_accuracy"]] = [0.0, np.nan]
    h = plan_hybrid(t, Scenario(label_price=50.0, engineering_days=5, day_rate=400), 0.9, 1_300, holdout=300,
                    n_draws=100)
    early = h.curve[h.curve["training_labels"] <= 60]
    assert len(early) and early["machine_labels"].eq(0).all()
    for p in h.strategies:
        assert not p.hybrid or p.training_labels > 60
    top = t.groupby(["strategy", "machine_target", "n_labels"])["machine_share"].max()
    for (s, bar), g in h.curve.groupby(["strategy", "machine_bar"]):
        inside = g[g["training_labels"] <= 180]
        most = np.interp(inside["training_labels"], top[s][bar].index, top[s][bar].to_numpy())
        rest = 1_300 - inside["training_labels"] - 300
        assert (inside["machine_labels"] <= most * rest + 1e-6).all()


def test_the_chart_spans_the_pool_asked():
    said, _, spec = page_parts(TABLES["remainder"], Scenario(label_price=50.0, engineering_days=5, day_rate=400),
                               0.9, 1_348)
    domains = [layer["encoding"]["x"]["scale"].get("domain") for layer in spec["layer"] if "x" in layer["encoding"]]
    assert domains and all(d is not None and d[1] == 1_348 and d[0] > 300 for d in domains), domains
    assert all(layer["encoding"]["x"]["scale"].get("nice") is False for layer in spec["layer"]
               if "x" in layer["encoding"])
