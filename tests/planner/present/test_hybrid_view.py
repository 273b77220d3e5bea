"""The words and the chart of hybrid labeling read the one HybridPlan: the split adds up to the pool, the chart's
line is the all-human cost, every answer's sentence names who labels how many for how much."""

import json

import pytest

from planner.decide.costs import Scenario
from planner.decide.hybrid import ALL_HUMAN, plan_hybrid
from planner.present.hybrid_view import chart_frames, hybrid_rows, hybrid_sentence, hybrid_text, page_parts
from planner.present.views import money
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


def test_the_chart_draws_the_answers_split_and_the_all_human_line():
    h = plan_hybrid(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    curve, split = chart_frames(h)
    assert set(curve["strategy"]) == {"random", "margin"}
    for p in h.strategies:
        mine = curve[curve["strategy"] == p.strategy]
        assert (mine["machine_bar"] == p.machine_bar).all()
        assert p.training_labels in set(mine["training_labels"])
    assert split.groupby("strategy")["labels"].sum().eq(200_000).all()
    said, table, spec = page_parts(TABLE, Scenario(label_price=0.5, engineering_days=5, day_rate=400), 0.9, 200_000)
    assert said == hybrid_sentence(h) and list(table["strategy"]) == [r["strategy"] for r in hybrid_rows(h)]
    text = json.dumps(spec)
    assert "everything by hand" in text and '"rule"' in text and "labels people buy" in text
