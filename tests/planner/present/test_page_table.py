"""The page's verdict table says what `alplan plan`'s table says: its strategy cells tag the pick alike."""

import numpy as np

from planner.decide.costs import Scenario
from planner.decision import decide
from planner.present import views
from tests.planner.curve_tables import proxy_table

SCEN = Scenario(label_price=0.04, engineering_days=0, compute_per_round=0, turnaround_days=0)


def _decision(strategies):
    return decide(proxy_table(np.random.default_rng(0), "p", 0.95, 0.9, 0.5, strategies, seeds=3), SCEN, 0.9)


def test_the_page_table_marks_the_recommended_row_as_the_cli_does():
    for strategies in ([("random", 1.0), ("margin", 0.3)], [("random", 1.0), ("margin", 1.05)]):
        d = _decision(strategies)
        view = views.present(d)
        rows = views.table_rows(d.to_dict()["strategies"], view)
        cells = [r["strategy_text"] for r in rows]
        text = views.to_text(d)
        picked = next(c for c in cells if c.startswith(d.recommendation + " ("))
        assert picked in text and sum(c != r["strategy"] for c, r in zip(cells, rows)) == 1
        assert [r["strategy"] for r in rows] == [r.strategy for r in d.strategies]   # the raw name kept beside it
