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


# ------------------------------------------------ label_premiums: what each strategy paid a label (plan --in-cost)


def _priced_curves(per=(("random", 3.0), ("margin", 4.5), ("roi", 2.0)), seeds=(0, 1, 2), jitter=0.0):
    """Every run starts on the same random initial set (20 labels at 3 units, seed-jittered), then each strategy
    pays its own units per picked label."""
    rows = []
    for strategy, unit in per:
        for seed in seeds:
            start = 20 * 3.0 + jitter * seed
            for r, n in enumerate((20, 40, 60, 80)):
                cost = start + (n - 20) * (unit + jitter * seed)
                rows.append({"strategy": strategy, "seed": seed, "round": r, "n_labels": n,
                             "accuracy": 0.6 + 0.003 * n, "annotation_cost": cost})
    return pd.DataFrame(rows)


def test_each_al_strategy_is_priced_at_its_picks_over_randoms_cost_per_label():
    from planner.forecast.in_cost import label_premiums

    priced = label_premiums(_priced_curves(), n_draws=50, seed=0)
    assert priced.random_per_label == pytest.approx(3.0)
    assert priced.per_label == {"margin": pytest.approx(4.5), "roi": pytest.approx(2.0)}
    # no spread between the runs: every draw the measured premium
    assert np.allclose(priced.premiums["margin"], 1.5) and len(priced.premiums["roi"]) == 50
    assert priced.premium("roi") == pytest.approx(2 / 3) and priced.runs == {"margin": 3, "random": 3, "roi": 3}
    out = priced.to_dict()
    assert out["strategies"]["margin"]["premium_low"] == pytest.approx(1.5) and out["label_price"] is None
    assert label_premiums(_priced_curves(), n_draws=5, price_per_unit=0.01).label_price == pytest.approx(0.03)


def test_the_premiums_spread_with_the_runs_and_are_seeded():
    from planner.forecast.in_cost import label_premiums

    curves = _priced_curves(jitter=0.6)
    a, b = label_premiums(curves, n_draws=200, seed=4), label_premiums(curves, n_draws=200, seed=4)
    assert a.premiums == b.premiums and a.premiums != label_premiums(curves, n_draws=200, seed=5).premiums
    low, high = a.premium_range("margin")
    assert low < a.premium("margin") < high
    # the runs resampled together: the same seeds' runs drawn for random and margin
    assert low > 1.0 and high < 2.0


@pytest.mark.parametrize("change, says", [
    (lambda d: d.drop(columns="annotation_cost"), "has no annotation_cost column"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].where(d.index != 5)), "row 6 has no annotation_cost"),
    (lambda d: d[d["strategy"] != "random"], "has no random sampling runs"),
    (lambda d: d[(d["strategy"] == "random") | (d["round"] == 0)], "'margin' has no labels beyond its initial set"),
    (lambda d: d.assign(annotation_cost=np.where(d["strategy"] == "random", 0.0, d["annotation_cost"])),
     "random's labels cost nothing"),
    (lambda d: d.assign(annotation_cost=np.where(d["round"] == 3, 1.0, d["annotation_cost"])),
     "falls within a run"),
])
def test_a_table_that_cannot_price_its_labels_is_refused_in_one_line(change, says):
    from planner.forecast.in_cost import label_premiums

    with pytest.raises(ValueError, match=says) as err:
        label_premiums(change(_priced_curves()), n_draws=10, name="c.csv")
    assert "\n" not in str(err.value) and str(err.value).startswith("c.csv")
