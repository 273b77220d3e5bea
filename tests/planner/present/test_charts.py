"""planner.present.charts and whatif_charts: every builder gives a valid Vega-Lite chart of the data it was given;
very large tables (issue 11) are drawn from bins, never Altair's MaxRowsError."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide import whatif
from planner.decide.costs import PoolShape, Scenario
from planner.decide.vendors import read_vendors
from planner.decision import get_plan
from planner.present import charts, whatif_charts
from tests.builders import curve_table
from tests.seeds import SEED

vl_convert = pytest.importorskip("vl_convert")


def synthetic_curves(rng: np.random.Generator, strategies=(("random", 1.0), ("margin", 0.6))) -> pd.DataFrame:
    """Power-law curves plus noise; 'margin' needs fewer labels for the same accuracy."""
    return curve_table(rng, lambda n, ratio: 0.98 - 0.9 * (n / ratio) ** -0.5, strategies, counts=range(20, 320, 20),
                       noise=0.004)


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
    return synthetic_curves(np.random.default_rng(SEED))


def layers_with(chart, field: str, channel: str) -> list[dict]:
    """The layers of a layered chart whose ``channel`` encodes ``field``."""
    return [layer for layer in chart.to_dict()["layer"]
            if layer.get("encoding", {}).get(channel, {}).get("field") == field]


def test_forecast_frame_is_the_plans_and_extends_past_the_data(curves):
    fc = charts.forecast_frame(curves, n_end=1500, n_points=30)
    pd.testing.assert_frame_equal(fc, whatif.forecast_frame(get_plan(curves), n_end=1500, n_points=30))
    assert set(fc["strategy"]) == {"random", "margin"}
    assert list(fc.columns) == ["strategy", "n_labels", "accuracy", "low", "high", "kind"]
    assert fc["n_labels"].max() == pytest.approx(1500)
    assert fc["n_labels"].min() == curves["n_labels"].min()
    assert (fc["low"] <= fc["high"] + 1e-12).all()
    # measured up to the largest measured count, extrapolated past it
    measured = fc["kind"] == "measured"
    assert (fc.loc[measured, "n_labels"] <= curves["n_labels"].max()).all()
    assert (fc.loc[~measured, "kind"] == "extrapolated").all() and (~measured).any()
    # the forecast follows the data where there is data
    at_300 = fc[fc["n_labels"].between(280, 300)].groupby("strategy")["accuracy"].mean()
    measured_acc = curves[curves["n_labels"] == 300].groupby("strategy")["accuracy"].mean()
    assert (at_300 - measured_acc).abs().max() < 0.03


@settings(max_examples=15, deadline=None)
@given(st.integers(20, 400), st.integers(3, 6), st.integers(0, 2**32 - 1))
def test_a_strategy_is_drawn_and_called_measured_only_where_it_was_measured(start, steps, seed):
    """A campaign's curve: random measured from 20 labels, margin only from ``start`` on (the probe: margin
    measured at 800-880 was drawn as a flat "measured" band from 20). No strategy is drawn before its first
    measured count, and its "measured" points lie within the counts it was measured at."""
    rng = np.random.default_rng(seed)
    rows = [dict(strategy=name, seed=s, n_labels=n, accuracy=0.98 - 0.9 * (n / ratio) ** -0.5 + rng.normal(0, 0.004))
            for name, ratio, counts in (("random", 1.0, range(20, start + 20 * steps, 20)),
                                        ("margin", 0.6, range(start, start + 20 * steps, 20)))
            for s in range(2) for n in counts]
    curves = pd.DataFrame(rows)
    fc = charts.forecast_frame(curves, n_points=30)
    for name, g in fc.groupby("strategy"):
        counts = curves.loc[curves["strategy"] == name, "n_labels"]
        assert g["n_labels"].min() >= counts.min(), (name, g["n_labels"].min())
        measured = g.loc[g["kind"] == "measured", "n_labels"]
        assert measured.between(counts.min(), counts.max()).all(), (name, measured.tolist())


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


def test_learning_curves_draw_extrapolation_and_transfer_unlike_measurement(curves):
    fc = charts.forecast_frame(curves, n_end=1500, n_points=30)
    moved = fc[fc["strategy"] == "margin"].assign(strategy="coreset", kind="transferred")
    chart = charts.learning_curves(curves, pd.concat([fc, moved], ignore_index=True), target=0.93)
    svg = render_svg(chart)
    assert "transferred" in svg and "extrapolated" in svg and "measured" in svg  # the legend says so
    (line,) = layers_with(chart, "kind", "strokeDash")
    dash = line["encoding"]["strokeDash"]["scale"]
    styles = dict(zip(dash["domain"], map(tuple, dash["range"])))
    assert len(set(styles.values())) == 3 and styles["measured"] == (1, 0)  # solid vs dashed vs dotted
    areas = [layer for layer in chart.to_dict()["layer"] if layer["mark"]["type"] == "area"]
    scale = areas[0]["encoding"]["opacity"]["scale"]   # one band layer per kind, its opacity in the legend's scale
    shade = dict(zip(scale["domain"], scale["range"]))
    fill = {layer["transform"][0]["filter"]["equal"]: shade[charts.BAND_NAMES[layer["transform"][0]["filter"]["equal"]]]
            for layer in areas}
    assert set(fill) == {"measured", "extrapolated", "transferred"}
    assert fill["extrapolated"] < fill["measured"] and fill["transferred"] < fill["measured"]
    assert any(t.get("field") == "kind" for t in line["encoding"]["tooltip"])
    drawn = [v for v in data_values(chart) if "kind" in v]
    assert {v["kind"] for v in drawn if v["strategy"] == "coreset"} == {"transferred"}
    # measured and extrapolated segments of a strategy meet: the last measured point starts the dashed part
    rnd = [v for v in drawn if v["strategy"] == "random"]
    last_measured = max(v["n_labels"] for v in rnd if v["kind"] == "measured")
    assert min(v["n_labels"] for v in rnd if v["kind"] == "extrapolated") == last_measured


def test_learning_curves_legend_names_only_the_kinds_present(curves):
    fc = charts.forecast_frame(curves, n_points=20)
    chart = charts.learning_curves(curves, fc)
    (line,) = layers_with(chart, "kind", "strokeDash")
    assert line["encoding"]["strokeDash"]["scale"]["domain"] == ["measured", "extrapolated"]
    with pytest.raises(ValueError, match="kind"):
        charts.learning_curves(curves, fc.assign(kind="guessed"))


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
    chart = whatif_charts.vendor_comparison(df)
    svg = render_svg(chart)
    assert "crowd" in svg and "managed" in svg
    assert len(data_values(chart)) == 4


BAR_WIDTH = re.compile(r'aria-roledescription="bar" d="M[-0-9.e]+,[-0-9.e]+h([-0-9.e]+)')


def drawn_bars_and_x_ticks(chart) -> tuple[list[float], list[str]]:
    """The bars' drawn widths (px) and the x axis's tick labels, as Vega renders the chart."""
    svg = render_svg(chart)
    axis = svg.split('aria-label="X-axis')[1].split("</g></g>")[0]
    return [float(w) for w in BAR_WIDTH.findall(svg)], [t for t in re.findall(r">([^<]+)</text>", axis) if t.strip()]


@pytest.mark.parametrize("costs", [[2.0, 2002.0, 70.0, 2070.0], [120.0, 80.0, 400.0, 260.0]], ids=["log", "linear"])
def test_vendor_comparison_draws_every_bar_and_its_axis(costs):
    """Each (vendor, strategy) row is a bar of its own length from the axis's start (never stacked: a stacked log
    scale starts at $0 and draws every bar 0 px wide), with an x axis that has ticks."""
    df = pd.DataFrame({"vendor": ["crowd", "crowd", "managed", "managed"], "strategy": ["random", "margin"] * 2,
                       "total_cost": costs})
    widths, ticks = drawn_bars_and_x_ticks(whatif_charts.vendor_comparison(df))
    assert len(widths) == 4 and min(widths) > 1, widths
    assert [w for _, w in sorted(zip(costs, widths))] == sorted(widths), (costs, widths)  # longer costs more
    ticks = [t for t in ticks if t.startswith("$")]  # the axis's title left out
    assert len(set(ticks)) >= 2 and ("$0" not in ticks or min(costs) * 10 > max(costs)), ticks  # log: no $0


@pytest.mark.parametrize("costs", [[0.0, 0.0, 0.0], [0.6, 0.6, 1.1], [0.6, 2.1, 33.1], [90.0, 400.0, 2000.0]])
def test_the_cost_axis_reads_distinct_dollars_however_small_the_costs(costs):
    """A campaign's cost from here can be cents (one label to go) or nothing: the y axis never repeats a tick
    ("$1, $1, $1, $0, $0")."""
    df = pd.DataFrame({"target": [0.9, 0.92, 0.94], "strategy": "random", "total_cost": costs})
    svg = render_svg(charts.cost_vs_target(df, what="cost from here"))
    axis = svg.split('aria-label="Y-axis')[1].split("</g></g>")[0]
    ticks = re.findall(r">(\$[^<]*)</text>", axis)
    assert len(ticks) >= 3 and len(set(ticks)) == len(ticks), ticks


def test_a_frame_of_unreachable_targets_is_not_drawn():
    unreachable = pd.DataFrame({"target": [0.9, 0.95], "strategy": "random", "total_cost": [np.inf, np.nan]})
    assert not charts.drawable_cost(unreachable) and not charts.drawable_cost(None)
    assert charts.drawable_cost(unreachable.assign(total_cost=[np.inf, 3.0]))


def test_sensitivity_orders_inputs_by_swing():
    df = pd.DataFrame(
        {
            "input": ["label price", "engineering days", "turnaround"],
            "savings_low": [-500.0, 300.0, 180.0],
            "savings_high": [900.0, 100.0, 220.0],
            "base": [200.0] * 3,
        }
    )
    chart = whatif_charts.sensitivity(df)
    assert "<svg" in render_svg(chart)
    order = chart.to_dict()["layer"][0]["encoding"]["y"]["sort"]
    assert order == ["label price", "engineering days", "turnaround"]


def test_sensitivity_tooltips_carry_p_al_cheaper():
    df = pd.DataFrame({"input": ["label price"], "savings_low": [-500.0], "savings_high": [900.0],
                       "base": [200.0], "p_low": [0.2], "p_high": [0.9], "p_base": [0.6]})
    chart = whatif_charts.sensitivity(df)
    assert "<svg" in render_svg(chart)
    by_move = {v["move"]: v["p_al_cheaper"] for v in data_values(chart) if "move" in v}
    assert by_move == {"input lower": 0.2, "input higher": 0.9}


def labels_rows():
    return pd.DataFrame(
        [
            dict(strategy="random", labels=1200, labels_low=1000, labels_high=1500, basis="measured"),
            dict(strategy="margin", labels=700, labels_low=600, labels_high=None, basis="extrapolated 5.1x"),
            dict(strategy="entropy", labels=None, labels_low=None, labels_high=None, basis="unreachable"),
        ]
    )


def test_labels_to_target_draws_an_open_interval_open():
    chart = charts.labels_to_target(labels_rows())
    svg = render_svg(chart)
    assert "<svg" in svg and "not reached" in svg
    spec = chart.to_dict()
    edge = spec["layer"][0]["encoding"]["x"]["scale"]["domain"][1]
    assert edge > 1500  # the right edge lies past every finite number
    rows = {v["strategy"]: v for v in data_values(chart)}
    # margin: median 700, its range starts at 600 and runs to the chart's right edge, marked open
    assert rows["margin"]["labels"] == 700 and rows["margin"]["open"] is True
    assert rows["margin"]["whisker_from"] == 600 and rows["margin"]["whisker_to"] == edge
    assert rows["margin"]["range"] == "600 to not reached"
    # a closed range is drawn as measured: 1,000 to 1,500
    assert rows["random"]["open"] is False and rows["random"]["whisker_to"] == 1500
    # a strategy that does not reach the target is shown (no bar), not dropped
    assert rows["entropy"]["labels"] is None and rows["entropy"]["open"] is True
    assert rows["entropy"]["range"] == "not reached"
    # the open rows get an arrow at the edge and the words "not reached"
    arrows = [layer for layer in spec["layer"] if layer["mark"].get("shape") == "triangle-right"]
    texts = [layer for layer in spec["layer"] if layer["mark"].get("type") == "text"]
    assert arrows and texts and "not reached" in texts[0]["encoding"]["text"]["value"]
    assert all(layer.get("transform") == [{"filter": "datum.open"}] for layer in arrows + texts)
    # only the strategies with a median get a bar
    bars = [layer for layer in spec["layer"] if layer["mark"].get("type") == "bar"]
    assert bars[0]["transform"] == [{"filter": "isValid(datum.labels)"}]


def test_labels_to_target_reads_a_decision_frame_with_inf():
    rows = labels_rows()
    rows[["labels", "labels_low", "labels_high"]] = rows[["labels", "labels_low", "labels_high"]].astype(float).fillna(np.inf)
    chart = charts.labels_to_target(rows)
    assert "<svg" in render_svg(chart)
    by = {v["strategy"]: v for v in data_values(chart)}
    assert by["margin"]["open"] is True and by["random"]["open"] is False and by["entropy"]["labels"] is None


def test_the_cost_band_does_not_set_the_axis():
    """A far-extrapolated upper end ($160,000) flattened every median at $0 (issue 20): the axis follows the medians."""
    df = pd.DataFrame({"target": [0.9, 0.95, 0.9, 0.95], "strategy": ["random", "random", "margin", "margin"],
                       "total_cost": [100.0, 400.0, 2000.0, 2100.0], "total_cost_low": [80.0, 300.0, 1900.0, 2000.0],
                       "total_cost_high": [300.0, 160_000.0, 2300.0, 2600.0]})
    spec = charts.cost_vs_target(df).to_dict()
    domains = [layer["encoding"]["y"]["scale"]["domain"] for layer in spec["layer"] if "scale" in layer["encoding"]["y"]]
    assert domains and all(d[1] <= charts.BAND_CAP * 2100.0 for d in domains)


def test_learning_curves_axis_reaches_the_largest_count_the_verdict_quotes(curves):
    top = float(curves["n_labels"].max())
    chart = charts.learning_curves(curves, target=0.9, n_max=top * 7)
    assert "<svg" in render_svg(chart)
    domains = [layer["encoding"]["x"]["scale"]["domain"] for layer in chart.to_dict()["layer"]
               if "scale" in layer.get("encoding", {}).get("x", {})]
    assert domains and all(d[1] == pytest.approx(top * 7) for d in domains)
    short = charts.learning_curves(curves, target=0.9, n_max=top / 2)  # never cuts the measured points
    assert all(layer["encoding"]["x"]["scale"]["domain"][1] == pytest.approx(top) for layer in short.to_dict()["layer"]
               if "scale" in layer.get("encoding", {}).get("x", {}))


def break_even_frame() -> pd.DataFrame:
    prices = [0.195, 0.31, 0.492, 0.78]
    targets = [0.93, 0.95, 0.97, 0.99]
    return pd.DataFrame([dict(label_price=p, target=t, winner=None if t == 0.99 else ("margin" if p > 0.3 else "random"),
                              al_wins=t < 0.99 and p > 0.3) for p in prices for t in targets])


def test_break_even_map_marks_your_price_and_target_with_readable_ticks():
    chart = charts.break_even_map(break_even_frame(), price=0.3, target=0.95)
    assert "<svg" in render_svg(chart)
    spec = chart.to_dict()
    x = spec["layer"][0]["encoding"]["x"]
    assert x["scale"]["domain"] == ["$0.2", "$0.31", "$0.49", "$0.78"]
    assert spec["layer"][0]["encoding"]["y"]["scale"]["domain"] == ["99.0%", "97.0%", "95.0%", "93.0%"]
    you = [row for row in data_values(chart) if "you" in row]
    assert you == [{"price_tick": "$0.31", "target_tick": "95.0%", "you": "you: $0.3 a label, target 95%"}]
    assert any(layer["mark"].get("type") == "rect" and layer["mark"].get("stroke") == "black"
               for layer in spec["layer"])


def test_break_even_map_leaves_unreachable_cells_blank():
    chart = charts.break_even_map(break_even_frame(), price=0.3, target=0.95)
    drawn = [row for row in data_values(chart) if "verdict" in row]
    assert len(drawn) == 12 and not any(row["target"] == 0.99 for row in drawn)
    assert "99.0%" in chart.to_dict()["layer"][0]["encoding"]["y"]["scale"]["domain"]  # the row stays, blank
    assert "no path reaches" in chart.to_dict()["title"]["subtitle"]


def test_vendor_comparison_says_when_a_minimum_order_set_the_cost():
    df = pd.DataFrame({"vendor": ["crowd", "crowd", "expert", "expert"], "strategy": ["random", "margin"] * 2,
                       "total_cost": [120.0, 80.0, 8200.0, 8200.0], "labels": [400.0, 160.0, 400.0, 160.0],
                       "labels_billed": [400.0, 160.0, 1000.0, 1000.0]})
    chart = whatif_charts.vendor_comparison(df)
    assert "<svg" in render_svg(chart)
    spec = chart.to_dict()
    flagged = {(r["vendor"], r["strategy"]) for r in data_values(chart) if r["minimum_order"]}
    assert flagged == {("expert", "random"), ("expert", "margin")}
    subtitle = spec["title"]["subtitle"]
    subtitle = " ".join(subtitle) if isinstance(subtitle, list) else subtitle
    assert any(layer["mark"]["type"] == "text" for layer in spec["layer"]) and "minimum order" in subtitle
    plain_chart = whatif_charts.vendor_comparison(df.assign(labels_billed=df["labels"]))
    plain = plain_chart.to_dict()
    plain_sub = plain["title"].get("subtitle", [])
    assert not any(r["minimum_order"] for r in data_values(plain_chart))   # nothing flagged, nothing said
    assert "minimum order" not in " ".join(plain_sub if isinstance(plain_sub, list) else [plain_sub])


def test_batch_rounding_is_no_minimum_order(curves):
    """An AL path is billed whole batches: more labels than it needs, yet no minimum order set that cost. Only a
    vendor whose minimum order raised what was billed above what was bought is tagged."""
    vendors = read_vendors(pd.DataFrame({"name": ["no-minimum", "big-minimum"], "price_per_label": [0.1, 0.1],
                                         "turnaround_days": [1.0, 1.0], "min_order": [0, 5000]}))
    scen = Scenario(label_price=0.1, engineering_days=1, pool=PoolShape(batch_size=37))
    frame = whatif.cost_by_vendor(get_plan(curves), scen, 0.9, vendors)
    margin = frame[(frame["vendor"] == "no-minimum") & (frame["strategy"] == "margin")].iloc[0]
    assert margin["labels_billed"] > margin["labels"] + 0.5  # whole batches of 37: billed past the labels needed
    flagged = {(r["vendor"], r["strategy"]) for r in data_values(whatif_charts.vendor_comparison(frame)) if r["minimum_order"]}
    assert flagged == {("big-minimum", "random"), ("big-minimum", "margin")}


def test_sensitivity_says_how_far_each_input_moved():
    df = pd.DataFrame({"input": ["label price", "engineering days"], "base_value": [0.5, 10.0],
                       "low_value": [0.25, 5.0], "high_value": [0.75, 15.0], "savings_low": [-500.0, 300.0],
                       "savings_high": [900.0, 100.0], "base": [200.0] * 2})
    chart = whatif_charts.sensitivity(df)
    assert "<svg" in render_svg(chart)
    spec = chart.to_dict()
    assert spec["layer"][0]["encoding"]["y"]["sort"] == ["label price ($0.25 to $0.75; yours $0.5)",
                                                         "engineering days (5 to 15; yours 10)"]
    assert spec["title"]["subtitle"] == "Each input moved down and up by 50% from your scenario."


def _y_ticks(chart) -> list[float]:
    svg = render_svg(chart)
    axis = svg.split('aria-label="Y-axis')[1].split("</g></g>")[0]
    return [float(t) / 100 for t in re.findall(r">([0-9.]+)%</text>", axis)]   # the axis is in percent


def test_the_learning_curves_axis_zooms_to_the_data_and_the_target():
    # measured 0.74 to 0.91: the axis spans them and the target, not 0 to 1, at a target of 0.999 as at 0.8
    rng = np.random.default_rng(3)
    curves = synthetic_curves(rng)
    curves = curves[curves["accuracy"].between(0.74, 0.91)]
    for target in (0.8, 0.999):
        ticks = _y_ticks(charts.learning_curves(curves, target=target))
        top = max(curves["accuracy"].max(), target)
        assert min(ticks) >= curves["accuracy"].min() - 0.05 and max(ticks) <= top + 0.02, (target, ticks)
        assert min(ticks) > 0.5, (target, ticks)   # never an axis from 0
    assert charts.accuracy_domain([0.74, 0.91], target=0.999)[1] == 1.0


def test_the_labels_chart_runs_past_the_counts_measured_where_nothing_reaches_the_target():
    # at a target no strategy reaches every range is open: the axis is the labels measured, not 0 to 100
    frame = pd.DataFrame({"strategy": ["random", "margin"], "labels": [np.inf, np.inf],
                          "labels_low": [np.inf, np.inf], "labels_high": [np.inf, np.inf], "n_max": [300.0, 300.0]})
    chart = charts.labels_to_target(frame)
    domain = next(layer["encoding"]["x"]["scale"]["domain"] for layer in chart.to_dict()["layer"]
                  if "scale" in layer["encoding"].get("x", {}))
    assert domain == [0, pytest.approx(345.0)]
    render_svg(chart)


# ------------------------------------------------------------ very large tables


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


@pytest.fixture(scope="module")
def fitted_plan():
    return get_plan(synthetic_curves(np.random.default_rng(SEED)))


@settings(max_examples=12, deadline=None)
@given(prices=st.lists(st.floats(0.001, 60.0), min_size=1, max_size=4),
       minimums=st.lists(st.sampled_from([0, 100, 1000, 5000]), min_size=4, max_size=4),
       target=st.sampled_from([0.85, 0.9, 0.93]))
def test_each_vendor_bar_says_the_cost_its_table_row_says(fitted_plan, prices, minimums, target):
    """The figure at the end of each bar is the vendors' table cell for the same vendor and path, in the words every
    view prices with (a $1.81 path is not a "$2" bar beside a "$1.81" cell)."""
    from planner.present.vendor_view import vendor_rows

    vendors = read_vendors(pd.DataFrame({"name": [f"v{i}" for i in range(len(prices))], "price_per_label": prices,
                                         "turnaround_days": [1.0] * len(prices), "min_order": minimums[:len(prices)]}))
    frame = whatif.cost_by_vendor(fitted_plan, Scenario(label_price=1.0, engineering_days=2), target, vendors)
    said = {(r["vendor"], r["strategy"]): r["cost_text"] for r in data_values(whatif_charts.vendor_comparison(frame))
            if "cost_text" in r}
    for row in vendor_rows(frame).to_dict("records"):
        for strategy, cell in (("random", row["random"]), (row["al_strategy"], row["al"])):
            if cell != "not reached":
                assert said[(row["vendor"], strategy)] == cell, (row, said)
