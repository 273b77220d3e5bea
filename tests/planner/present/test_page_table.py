"""The page's verdict table says what `alplan plan`'s table says: its strategy cells tag the pick alike."""

import numpy as np

from planner.decide.costs import PoolShape, Scenario
from planner.decision import decide
from planner.present import page_lines, verdict_view, words
from tests.builders import proxy_table

SCEN = Scenario(label_price=0.04, engineering_days=0, compute_per_round=0, turnaround_days=0)


def _decision(strategies):
    return decide(proxy_table(np.random.default_rng(0), "p", 0.95, 0.9, 0.5, strategies, seeds=3), SCEN, 0.9)


def test_the_page_table_marks_the_recommended_row_as_the_cli_does():
    for strategies in ([("random", 1.0), ("margin", 0.3)], [("random", 1.0), ("margin", 1.05)]):
        d = _decision(strategies)
        view = verdict_view.present(d)
        rows = page_lines.table_rows(d.to_dict()["strategies"], view)
        cells = [r["strategy_text"] for r in rows]
        text = verdict_view.to_text(d)
        picked = next(c for c in cells if c.startswith(d.recommendation + " ("))
        assert sum(c != r["strategy"] for c, r in zip(cells, rows)) == 1   # one row tagged: the CLI's
        cli_tag = verdict_view.RECOMMENDED_TAG if d.can_tell else verdict_view.LEANING_TAG
        assert f"{d.recommendation} ({cli_tag})" in text
        assert picked == f"{d.recommendation} ({verdict_view.PAGE_TAGS[cli_tag]})"
        assert [r["strategy"] for r in rows] == [r.strategy for r in d.strategies]   # the raw name kept beside it


def _runs(strategy, seed, c, eff, rng):
    return [{"dataset": "p", "strategy": strategy, "seed": seed, "batch_size": 20, "n_labels": n,
             "accuracy": c - 0.9 * (n / eff) ** -0.5 + rng.normal(0, 0.002)} for n in range(20, 260, 20)]


def test_where_another_al_path_is_clearly_cheaper_than_the_one_weighed_the_page_says_so():
    """margin: one run excellent, one levelling off just above the target, so its average cost is high; entropy
    steady. The rule weighs margin (its preference) and, margin's average above random's, picks random: the page
    names entropy, clearly cheaper than margin, and how to weigh it."""
    import pandas as pd

    rng = np.random.default_rng(0)
    table = pd.DataFrame(_runs("random", 0, 0.95, 1.0, rng) + _runs("random", 1, 0.95, 1.0, rng)
                         + _runs("margin", 0, 0.96, 0.3, rng) + _runs("margin", 1, 0.905, 0.3, rng)
                         + _runs("entropy", 0, 0.95, 0.6, rng) + _runs("entropy", 1, 0.95, 0.6, rng))
    d = decide(table, Scenario(label_price=2.0, engineering_days=0.2, day_rate=400, pool=PoolShape(pool_size=1500)),
               0.9)
    assert d.best_al == "margin"
    line = page_lines.cheaper_al_line(d)
    assert line and line.startswith("entropy looks clearly cheaper than margin, the AL path weighed above")
    assert words.money(d.row("entropy").capped_mean_cost) in line and "plan without margin" in line
    # where the AL path weighed is the cheapest, nothing is said
    steady = _decision([("random", 1.0), ("margin", 0.3), ("entropy", 0.6)])
    assert steady.best_al == "margin" and page_lines.cheaper_al_line(steady) is None
