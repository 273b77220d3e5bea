"""planner.forecast.in_cost: what each strategy paid a label, and the one-line refusals."""

import numpy as np
import pandas as pd
import pytest

from planner.forecast.in_cost import label_premiums

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
    priced = label_premiums(_priced_curves(), n_draws=50, seed=0)
    assert priced.random_per_label == pytest.approx(3.0)
    assert priced.per_label == {"margin": pytest.approx(4.5), "roi": pytest.approx(2.0)}
    # no spread between the runs: every draw, at every count, the measured premium
    margin, roi = priced.premiums["margin"], priced.premiums["roi"]
    assert np.allclose(margin.draws, 1.5) and margin.draws.shape == (50, 3) and list(margin.counts) == [40, 60, 80]
    assert roi.median() == pytest.approx(2 / 3) and priced.runs == {"margin": 3, "random": 3, "roi": 3}
    assert np.allclose(roi.per_draw(np.full(50, 55.0)), 2 / 3) and np.allclose(roi.at([30, 500, np.inf]), 2 / 3)
    out = priced.to_dict(at={"margin": 60})
    assert out["strategies"]["margin"]["premium_low"] == pytest.approx(1.5) and out["label_price"] is None
    assert out["strategies"]["margin"]["at_labels"] == 60 and out["strategies"]["roi"]["at_labels"] is None
    assert label_premiums(_priced_curves(), n_draws=5, price_per_unit=0.01).label_price == pytest.approx(0.03)


def test_the_premiums_spread_with_the_runs_and_are_seeded():
    curves = _priced_curves(jitter=0.6)
    a, b = label_premiums(curves, n_draws=200, seed=4), label_premiums(curves, n_draws=200, seed=4)
    c = label_premiums(curves, n_draws=200, seed=5)
    assert np.array_equal(a.premiums["margin"].draws, b.premiums["margin"].draws)
    assert not np.array_equal(a.premiums["margin"].draws, c.premiums["margin"].draws)
    mid, low, high = a.premiums["margin"].quote()
    assert low < mid < high
    # the runs resampled together: the same seeds' runs drawn for random and margin
    assert low > 1.0 and high < 2.0


@pytest.mark.parametrize("change, says", [
    (lambda d: d.drop(columns="annotation_cost"), "has no annotation_cost column"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].where(d.index != 5)),
     r"row 6 \(strategy 'random'\) has no annotation_cost \(its data carried no cost column\)"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].map(lambda c: f"{c:g}s")),
     r"row 1 \(strategy 'random'\): annotation_cost holds '60s', not a number: write every cost as a plain number"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].where(d.index != 2, np.inf)),
     r"row 3 \(strategy 'random'\): annotation_cost is infinite"),
    (lambda d: d.assign(annotation_cost=np.where(d["strategy"] == "margin", d["annotation_cost"] * 1e6,
                                                 d["annotation_cost"])),
     "strategy 'margin': its picked labels up to 40 cost 1.5e[+]06x random's a label, beyond the 1,000x a label "
     "premium may be"),
    (lambda d: d[d["strategy"] != "random"], "has no random sampling runs"),
    (lambda d: d[(d["strategy"] == "random") | (d["round"] == 0)], "'margin' has no labels beyond its initial set"),
    (lambda d: d.assign(annotation_cost=np.where(d["strategy"] == "random", 0.0, d["annotation_cost"])),
     "random's labels cost nothing"),
    (lambda d: d.assign(annotation_cost=np.where(d["round"] == 3, 1.0, d["annotation_cost"])),
     "falls within a run"),
])
def test_a_table_that_cannot_price_its_labels_is_refused_in_one_line(change, says):
    with pytest.raises(ValueError, match=says) as err:
        label_premiums(change(_priced_curves()), n_draws=10, name="c.csv")
    assert "\n" not in str(err.value) and str(err.value).startswith("c.csv")
    assert "''s" not in str(err.value)


def test_the_premium_follows_the_labels_a_path_buys():
    """A strategy whose first picks are cheap and later ones dear (roi's pattern) costs less a label up to a small
    count than over its whole curve; past its last count it holds the whole curve's."""
    rows = []
    for strategy in ("random", "roi"):
        for seed in (0, 1):
            for r, n in enumerate((20, 40, 60, 80)):
                picks = n - 20
                cost = 60.0 + (3.0 * picks if strategy == "random" else 1.0 * min(picks, 20) + 5.0 * max(picks - 20, 0))
                rows.append({"strategy": strategy, "seed": seed, "round": r, "n_labels": n, "accuracy": 0.7,
                             "annotation_cost": cost})
    roi = label_premiums(pd.DataFrame(rows), n_draws=20).premiums["roi"]
    assert roi.at([40])[0] == pytest.approx(1 / 3)      # 20 picks at 1 a label, random's at 3
    assert roi.at([80, 1e6])[0] == pytest.approx((20 + 5 * 40) / 60 / 3) == roi.at([1e6])[0]
    assert roi.at([50])[0] == pytest.approx((0.5 * (1 / 3) + 0.5 * (20 + 5 * 20) / 40 / 3))   # linear between counts
    draws = roi.per_draw(np.r_[np.full(10, 40.0), np.full(10, np.inf)])
    assert np.allclose(draws[:10], 1 / 3) and np.allclose(draws[10:], roi.median())
