"""Charts of very large tables (issue 11): drawn from bins, never Altair's MaxRowsError."""

import numpy as np
import pandas as pd

from planner.present import charts


def many_counts(n_counts=8000, strategies=("random", "margin")):
    rng = np.random.default_rng(0)
    n = np.arange(20, 20 + n_counts)
    return pd.concat([
        pd.DataFrame({"strategy": s, "n_labels": n,
                      "accuracy": 0.95 - 0.8 * (n * r) ** -0.4 + rng.normal(0, 0.005, n.size)})
        for s, r in zip(strategies, (1.0, 1.5))
    ], ignore_index=True)


def test_eight_thousand_label_counts_are_drawn_from_bins():
    curves = many_counts()
    spec = charts.learning_curves(curves, target=0.9).to_dict()  # raised MaxRowsError before
    rows = sum(len(v) for v in spec["datasets"].values())
    assert rows <= charts.MAX_CHART_POINTS + 10
    drawn = pd.DataFrame(max(spec["datasets"].values(), key=len))
    assert set(drawn["strategy"]) == {"random", "margin"}
    # the bins span the measured range and keep the curve's shape (rising)
    for _, part in drawn.groupby("strategy"):
        part = part.sort_values("n_labels")
        assert part["n_labels"].min() >= 20 and part["n_labels"].max() <= 20 + 8000
        assert part["accuracy"].iloc[-50:].mean() > part["accuracy"].iloc[:50].mean()


def test_small_tables_are_drawn_point_for_point():
    curves = many_counts(n_counts=30)
    assert charts._binned_label_counts(curves) is curves
