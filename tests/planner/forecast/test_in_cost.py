"""planner.forecast.in_cost: a curves table indexed by its annotation cost, and the one-line refusals."""

import numpy as np
import pandas as pd
import pytest

from planner.forecast.in_cost import MIN_UNITS, in_cost


def _curves(cost_per_label=(30.0, 20.0)) -> pd.DataFrame:
    rows = []
    for strategy, per in zip(("random", "roi"), cost_per_label):
        for seed in (0, 1):
            for r, n in enumerate((20, 40, 60, 80)):
                rows.append({"strategy": strategy, "seed": seed, "round": r, "n_labels": n,
                             "accuracy": 0.6 + 0.003 * n, "annotation_cost": n * per + seed})
    return pd.DataFrame(rows)


def test_the_counts_become_whole_cost_units_and_each_strategy_its_cost_per_label():
    costed = in_cost(_curves())
    out = costed.curves
    assert out["n_labels"].tolist() == np.round(_curves()["annotation_cost"]).astype(int).tolist()
    assert out["labels"].tolist() == _curves()["n_labels"].tolist()
    # summed cost over summed labels: seed 1's rows carry one unit more each (4 rows over 400 labels)
    assert costed.per_label["random"] == pytest.approx(30.0 + 4 / 400)
    assert costed.per_label["roi"] == pytest.approx(20.0 + 4 / 400)
    assert costed.to_dict()["unit"] == "annotation_cost"


@pytest.mark.parametrize("change, words", [
    (lambda d: d.drop(columns=["annotation_cost"]), "has no annotation_cost column: simulate with --cost-column"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].where(d.index != 5)), "row 6 has no annotation_cost"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"] / 100), "give the costs in a finer unit"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"][::-1].to_numpy()), "falls within a run"),
])
def test_a_table_that_cannot_be_counted_in_cost_is_refused_in_one_line(change, words):
    with pytest.raises(ValueError) as info:
        in_cost(change(_curves()), name="c.csv")
    assert "\n" not in str(info.value) and words in str(info.value) and str(info.value).startswith("c.csv")


def test_the_coarsest_point_moves_by_at_most_one_percent_when_rounded():
    d = _curves()
    d["annotation_cost"] = d["annotation_cost"] / d["annotation_cost"].min() * MIN_UNITS + 0.49
    out = in_cost(d).curves
    assert (np.abs(out["n_labels"] - d["annotation_cost"]) / d["annotation_cost"]).max() <= 0.01
