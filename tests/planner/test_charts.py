"""planner.charts: every builder gives a valid Vega-Lite chart of the data it was given."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner import charts

vl_convert = pytest.importorskip("vl_convert")


def synthetic_curves(rng: np.random.Generator, strategies=(("random", 1.0), ("margin", 0.6))) -> pd.DataFrame:
    """Power-law curves plus noise; 'margin' needs fewer labels for the same accuracy."""
    rows = []
    for name, ratio in strategies:
        for seed in range(3):
            for n in range(20, 320, 20):
                acc = 0.98 - 0.9 * (n / ratio) ** -0.5 + rng.normal(0, 0.004)
                rows.append(dict(strategy=name, seed=seed, n_labels=n, accuracy=acc))
    return pd.DataFrame(rows)


def render_svg(chart) -> str:
    """Render through the real Vega-Lite compiler: fails on an invalid spec."""
    spec = chart.to_dict()
    # "container" width needs a page; give the renderer a fixed one.
    spec = _fixed_width(spec)
    return vl_convert.vegalite_to_svg(spec)


def _fixed_width(spec):
    if isinstance(spec, dict):
        return {k: (600 if k == "width" and v == "container" else _fixed_width(v)) for k, v in spec.items()}
    if isinstance(spec, list):
        return [_fixed_width(v) for v in spec]
    return spec


def data_values(chart) -> list[dict]:
    spec = chart.to_dict()
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


@pytest.fixture
def curves():
    seed = np.random.SeedSequence().entropy
    return synthetic_curves(np.random.default_rng(seed))


def test_forecast_frame_band_follows_the_fit_and_extends_past_the_data(curves):
    fc = charts.forecast_frame(curves, n_end=1500, n_points=30)
    assert set(fc["strategy"]) == {"random", "margin"}
    assert list(fc.columns) == ["strategy", "n_labels", "accuracy", "low", "high"]
    assert fc["n_labels"].max() == pytest.approx(1500)
    assert fc["n_labels"].min() == curves["n_labels"].min()
    assert (fc["low"] <= fc["high"] + 1e-12).all()
    # the band is the fit's bootstrap interval: it runs along the fitted curve
    # (a percentile interval need not contain the point fit exactly)
    gap = np.maximum(fc["low"] - fc["accuracy"], fc["accuracy"] - fc["high"]).clip(lower=0)
    assert gap.max() < 0.02
    # the fitted curve follows the data where there is data
    at_300 = fc[fc["n_labels"].between(280, 320)].groupby("strategy")["accuracy"].mean()
    measured = curves[curves["n_labels"] == 300].groupby("strategy")["accuracy"].mean()
    assert (at_300 - measured).abs().max() < 0.03


def test_forecast_frame_rejects_a_table_without_accuracy(curves):
    with pytest.raises(ValueError, match="accuracy"):
        charts.forecast_frame(curves.drop(columns="accuracy"))


def test_learning_curves_draws_every_strategy_and_the_target(curves):
    fc = charts.forecast_frame(curves, n_points=20)
    chart = charts.learning_curves(curves, fc, target=0.93)
    svg = render_svg(chart)
    assert "<svg" in svg and "margin" in svg and "random" in svg
    values = data_values(chart)
    assert any(v.get("target") == 0.93 for v in values)
    # one observed point per (strategy, n_labels), the mean over seeds
    observed = [v for v in values if "runs" in v]
    assert len(observed) == curves.groupby(["strategy", "n_labels"]).ngroups
    assert all(v["runs"] == 3 for v in observed)


def test_cost_vs_target_leaves_out_unreachable_targets():
    df = pd.DataFrame(
        {
            "target": [0.9, 0.95, 0.99, 0.9, 0.95, 0.99],
            "strategy": ["random"] * 3 + ["margin"] * 3,
            "total_cost": [100.0, 400.0, np.inf, 90.0, 300.0, 900.0],
        }
    )
    chart = charts.cost_vs_target(df)
    assert "<svg" in render_svg(chart)
    costs = [v["total_cost"] for v in data_values(chart)]
    assert len(costs) == 5 and all(np.isfinite(costs))


def test_break_even_map_marks_where_al_wins():
    prices = [0.01, 0.1, 1.0]
    targets = [0.9, 0.95]
    df = pd.DataFrame(
        [dict(label_price=p, target=t, winner="margin" if p >= 0.1 else "random") for p in prices for t in targets]
    )
    chart = charts.break_even_map(df)
    assert "<svg" in render_svg(chart)
    verdicts = {(v["label_price"], v["verdict"]) for v in data_values(chart)}
    assert (0.01, charts.RANDOM_WINS) in verdicts and (1.0, charts.AL_WINS) in verdicts
    with pytest.raises(ValueError, match="al_wins"):
        charts.break_even_map(df.drop(columns="winner"))


def test_vendor_comparison_has_a_bar_per_vendor_and_strategy():
    df = pd.DataFrame(
        {
            "vendor": ["crowd", "crowd", "managed", "managed"],
            "strategy": ["random", "margin"] * 2,
            "total_cost": [120.0, 80.0, 400.0, 260.0],
            "calendar_days": [3.0, 9.0, 2.0, 6.0],
        }
    )
    chart = charts.vendor_comparison(df)
    svg = render_svg(chart)
    assert "crowd" in svg and "managed" in svg
    assert len(data_values(chart)) == 4


def test_sensitivity_orders_inputs_by_swing():
    df = pd.DataFrame(
        {
            "input": ["label price", "engineering days", "turnaround"],
            "savings_low": [-500.0, 300.0, 180.0],
            "savings_high": [900.0, 100.0, 220.0],
            "base": [200.0] * 3,
        }
    )
    chart = charts.sensitivity(df)
    assert "<svg" in render_svg(chart)
    order = chart.to_dict()["layer"][0]["encoding"]["y"]["sort"]
    assert order == ["label price", "engineering days", "turnaround"]


def test_labels_to_target_skips_unreachable_strategies():
    rows = pd.DataFrame(
        [
            dict(strategy="random", labels=1200, labels_low=1000, labels_high=1500),
            dict(strategy="margin", labels=700, labels_low=600, labels_high=900),
            dict(strategy="entropy", labels=None, labels_low=None, labels_high=None),
        ]
    )
    chart = charts.labels_to_target(rows)
    assert "<svg" in render_svg(chart)
    assert {v["strategy"] for v in data_values(chart)} == {"random", "margin"}
