"""The words and the chart of hybrid labeling read the one HybridPlan: the split adds up to the pool, the chart's
line is the all-human cost, every answer's sentence names who labels how many for how much."""

import json

import pytest

from planner.decide.costs import Scenario
from planner.decide.hybrid import ALL_HUMAN, plan_hybrid
from planner.present.hybrid_view import (
    ENGINEERING,
    PAGE_INPUTS,
    chart_frames,
    hybrid_rows,
    hybrid_sentence,
    hybrid_text,
    page_inputs,
    page_parts,
)
from planner.present.words import money
from tests.planner.hybrid_tables import hybrid_table

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
