"""Altair chart builders for the dashboard and the HTML report.

Every builder takes plain DataFrames (documented columns) and returns an
Altair chart; none imports streamlit, so the dashboard (app.py) and the HTML
report (planner.present.report) draw the very same charts. None computes a number of
its own: the forecast bands come from :func:`planner.decide.whatif.forecast_frame`
(the verdict's joint draws), the label ranges from the Decision.
"""

from __future__ import annotations

import math
import zlib

import altair as alt
import numpy as np
import pandas as pd

from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.words import NOT_REACHED, count, count_range, money

__all__ = [
    "forecast_frame",
    "money_texts",
    "accuracy_domain",
    "learning_curves",
    "cost_vs_target",
    "drawable_cost",
    "break_even_map",
    "labels_to_target",
]

WIDTH = "container"
#: As wide as the container, as tall as the chart's own height plus its title, axes and legend: the report's
#: default for a container-wide chart, stated so the page (whose default fits the whole chart, title included,
#: into that height) draws the same rows.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def rows_height(rows: int, step: int) -> int:
    """The height of a chart of ``rows`` bars, ``step`` pixels each: a number, not ``alt.Step``, since a chart
    as wide as its container with a height in steps makes Vega-Lite warn in the browser's console."""
    return max(int(rows), 1) * int(step)
HEIGHT = 320
AL_WINS = "active learning"
# random (the baseline) in grey, then distinct hues (Tableau 10 without its grey)
PALETTE = ("#7f7f7f", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#bcbd22", "#17becf")
RANDOM_WINS = "random labeling"
#: What a forecast point rests on (``whatif.forecast_frame``'s ``kind``), and how it is drawn:
#: measured solid with a darker band; extrapolated dashed, transferred dotted, both with a lighter band.
KINDS = ("measured", "extrapolated", "transferred")
KIND_DASH = {"measured": [1, 0], "extrapolated": [6, 3], "transferred": [2, 3]}
KIND_BAND = {"measured": 0.25, "extrapolated": 0.08, "transferred": 0.08}
#: The forecast-kind legend: a line sample per kind.
KIND_LEGEND = alt.Legend(symbolType="stroke", symbolStrokeColor="#444", symbolStrokeWidth=2, symbolSize=300)
#: A score axis (accuracy, F1: fractions in [0, 1]) as the page's text writes scores: in percent.
PERCENT_AXIS = alt.Axis(format=".1~%")  # 96.5%, 97%: a narrow axis never repeats a tick
#: The shaded band's legend entry per forecast kind (its opacity as drawn).
BAND_NAMES = {"measured": "forecast range", "extrapolated": "forecast range, extrapolated",
              "transferred": "forecast range, transferred"}


def money_texts(values) -> list[str]:
    """Each dollar value as :func:`planner.present.words.money` says it (``-`` where it is not a number): the column a
    chart's labels and hovers read, so a chart says a cost as the tiles and the tables beside it do."""
    return [money(v) for v in pd.to_numeric(pd.Series(values), errors="coerce")]


def require_columns(df: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    """``what`` refused, in one line, where ``df`` lacks one of ``columns``."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{what} needs columns {', '.join(columns)}; missing {', '.join(missing)}"
        )


#: A strategy's colour on every chart, whatever else is drawn beside it: random grey, margin blue; a name not listed
#: takes a colour from :data:`PALETTE` by a hash of its name (:func:`colour_of`), the same in every chart and run.
COLOURS = {"random": "#7f7f7f", "margin": "#1f77b4", "entropy": "#ff7f0e", "least_confidence": "#2ca02c",
           "coreset": "#d62728", "bald": "#9467bd", "mc_entropy": "#8c564b", "badge": "#e377c2",
           "typiclust": "#bcbd22", "dal": "#17becf"}


def colour_of(name: str) -> str:
    """The one colour of strategy ``name`` (:data:`COLOURS`, else :data:`PALETTE` by a CRC-32 of the name)."""
    name = str(name)
    return COLOURS.get(name) or PALETTE[1 + zlib.crc32(name.encode()) % (len(PALETTE) - 1)]


def strategy_colour(strategies) -> alt.Color:
    """One colour per strategy, the same for a name on every chart and scenario (:func:`colour_of`); random first
    in the legend (the baseline)."""
    names = sorted({str(s) for s in strategies}, key=lambda s: (s != "random", s))
    palette = [colour_of(n) for n in names]
    return alt.Color("strategy:N", title="strategy", scale=alt.Scale(domain=names, range=palette),
                     legend=alt.Legend(symbolOpacity=1))


# ------------------------------------------------------------ learning curves


def forecast_frame(
    curves,
    *,
    n_end: float | None = None,
    level: float = DEFAULT_LEVEL,
    n_points: int = 60,
    seed: int = 0,
) -> pd.DataFrame:
    """The verdict's forecast of each strategy on a grid of label counts.

    A convenience for a bare curves table: :func:`planner.decide.whatif.forecast_frame` of
    ``get_plan(curves, seed=seed)``; it fits nothing itself.

    Returns
    -------
    DataFrame with columns ``strategy, n_labels, accuracy, low, high, kind``
        ``kind``: ``measured``, ``extrapolated`` or ``transferred``.
    """
    from planner.decide import whatif   # lazy: start-up time (scipy)
    from planner.decision import get_plan   # lazy: start-up time (scipy)

    return whatif.forecast_frame(get_plan(curves, seed=seed), n_end=n_end, level=level, n_points=n_points)


def _joined_segments(forecast: pd.DataFrame) -> pd.DataFrame:
    """The forecast with each strategy's last point of a ``kind`` repeated at the start of the next one, so
    that a solid measured line and its dashed extrapolation meet (display only) and the measured part ends
    where the measurements end."""
    parts = []
    for _, g in forecast.groupby("strategy", sort=False):
        g = g.sort_values("n_labels")
        parts.append(g)
        change = g["kind"].ne(g["kind"].shift()) & g["kind"].shift().notna()
        for i in np.flatnonzero(change.to_numpy()):
            bridge = g.iloc[[i - 1]].copy()
            bridge["kind"] = g["kind"].iloc[i]
            parts.append(bridge)
    return pd.concat(parts, ignore_index=True)


#: Most measured points the learning-curve chart draws (Altair refuses tables over 5,000 rows):
#: a table with more distinct label counts is drawn from log-spaced bins of them.
MAX_CHART_POINTS = 2_000


def _binned_label_counts(curves: pd.DataFrame, max_points: int = MAX_CHART_POINTS) -> pd.DataFrame:
    """``curves`` with ``n_labels`` replaced by the (geometric) centre of a log-spaced bin where a strategy has
    more distinct label counts than its share of ``max_points``; the means are then taken per bin."""
    n_strategies = max(int(curves["strategy"].nunique()), 1)
    per_strategy = max(max_points // n_strategies, 20)
    counts = curves.groupby("strategy", sort=False)["n_labels"].nunique()
    if (counts <= per_strategy).all():
        return curves
    out = curves[["strategy", "n_labels", "accuracy"]].copy()
    labels = out["n_labels"].to_numpy(dtype=float)
    binned = labels.copy()
    for name in counts.index[counts > per_strategy]:
        rows = (out["strategy"] == name).to_numpy()
        logs = np.log(labels[rows])
        edges = np.linspace(logs.min(), logs.max(), per_strategy + 1)
        which = np.clip(np.searchsorted(edges, logs, side="right") - 1, 0, per_strategy - 1)
        centres = np.exp(pd.Series(logs).groupby(which).transform("mean").to_numpy())
        binned[rows] = np.round(centres)
    out["n_labels"] = binned
    return out


#: The learning-curve chart's y axis reaches this share of its span beyond the data and the target, either way.
Y_MARGIN = 0.05


def accuracy_domain(measured, forecast=None, target=None) -> list[float]:
    """The learning-curve chart's y axis: from the lowest to the highest of the measured means, the forecast's
    medians and the target, a margin (:data:`Y_MARGIN` of the span) beyond them, within [0, 1]; the band beyond it
    is cut at the edge (a target of 0.999 shows the curves and the target, not an axis from 0 to 1)."""
    values = [*pd.to_numeric(pd.Series(measured), errors="coerce")]
    if forecast is not None and len(forecast):
        values += [*pd.to_numeric(forecast["accuracy"], errors="coerce")]
    if target is not None:
        values.append(float(target))
    values = [v for v in values if math.isfinite(v)]
    if not values:
        return [0.0, 1.0]
    low, high = min(values), max(values)
    pad = max(Y_MARGIN * (high - low), 0.005)
    return [max(0.0, round(low - pad, 4)), min(1.0, round(high + pad, 4))]


def _measured_means(curves: pd.DataFrame) -> pd.DataFrame:
    """The measured rows' mean, sd and run count per strategy and (binned) label count."""
    observed = (
        _binned_label_counts(curves).groupby(["strategy", "n_labels"], as_index=False)["accuracy"]
        .agg(accuracy="mean", sd="std", runs="count")
        .fillna({"sd": 0.0})
    )
    observed["strategy"] = observed["strategy"].astype(str)
    return observed


def _checked_forecast(forecast: pd.DataFrame | None) -> pd.DataFrame | None:
    """A copy of ``forecast`` with string strategies and a ``kind`` on every row (measured where absent); None
    where there is no forecast; refused, in one line, where a column or a kind is not the chart's."""
    if forecast is None or not len(forecast):
        return None
    require_columns(forecast, ("strategy", "n_labels", "accuracy", "low", "high"), "learning_curves")
    forecast = forecast.copy()
    forecast["strategy"] = forecast["strategy"].astype(str)
    if "kind" not in forecast.columns:
        forecast["kind"] = "measured"
    unknown = set(forecast["kind"]) - set(KINDS)
    if unknown:
        raise ValueError(f"learning_curves: unknown forecast kind {sorted(unknown)[0]!r}; expected {', '.join(KINDS)}")
    return forecast


def _labels_axis(observed: pd.DataFrame, forecast: pd.DataFrame | None, n_max: float | None) -> alt.X:
    """The log label-count axis, from the fewest labels drawn to the most, reaching ``n_max`` where given."""
    drawn = [*observed["n_labels"], *(forecast["n_labels"] if forecast is not None else [])]
    if n_max is not None and math.isfinite(float(n_max)):
        drawn.append(float(n_max))
    return alt.X("n_labels:Q", title="labels bought (log scale)",
                 scale=alt.Scale(type="log", nice=False, domain=[float(min(drawn)), float(max(drawn))]))


def _forecast_layers(forecast: pd.DataFrame, x: alt.X, colour: alt.Color, y_scale: alt.Scale,
                     metric: str) -> list:
    """The forecast's band (one layer per kind: darker where measured, lighter beyond) and its median line,
    dashed by kind."""
    drawn = _joined_segments(forecast)
    kinds = [k for k in KINDS if k in set(drawn["kind"])]
    base = alt.Chart(drawn).encode(x=x, color=colour, detail="kind:N")
    tip = [
        "strategy:N",
        alt.Tooltip("kind:N", title="forecast"),
        alt.Tooltip("n_labels:Q", format=",.0f"),
        alt.Tooltip("accuracy:Q", format=".1%", title="median"),
        alt.Tooltip("low:Q", format=".1%"),
        alt.Tooltip("high:Q", format=".1%"),
    ]
    bands = alt.Opacity("band:O", title="shaded", scale=alt.Scale(
        domain=[BAND_NAMES[k] for k in kinds], range=[KIND_BAND[k] for k in kinds]),
        legend=alt.Legend(symbolType="square", symbolFillColor="#444", symbolStrokeWidth=0, labelLimit=0))
    layers = [
        base.transform_filter(alt.FieldEqualPredicate(field="kind", equal=kind)).transform_calculate(
            band=f"'{BAND_NAMES[kind]}'").mark_area().encode(
            y=alt.Y("low:Q", title=metric, scale=y_scale, axis=PERCENT_AXIS),
            y2="high:Q",
            opacity=bands,
            tooltip=tip,
        )
        for kind in kinds
    ]
    layers.append(
        base.mark_line().encode(
            y=alt.Y("accuracy:Q", title=metric, scale=y_scale, axis=PERCENT_AXIS),
            strokeDash=alt.StrokeDash(
                "kind:N", title="forecast", legend=KIND_LEGEND,
                scale=alt.Scale(domain=kinds, range=[KIND_DASH[k] for k in kinds]),
            ),
            tooltip=tip,
        )
    )
    return layers


def _measured_layer(observed: pd.DataFrame, x: alt.X, colour: alt.Color, y_scale: alt.Scale, metric: str, *,
                    over_forecast: bool) -> alt.Chart:
    """The measured means: points over a forecast, a line with points on their own."""
    mark = alt.Chart(observed).mark_circle(size=36, opacity=0.9) if over_forecast else \
        alt.Chart(observed).mark_line(point=True)
    return mark.encode(
        x=x,
        y=alt.Y("accuracy:Q", title=metric, scale=y_scale, axis=PERCENT_AXIS),
        color=colour,
        tooltip=[
            "strategy:N",
            alt.Tooltip("n_labels:Q", format=",.0f"),
            alt.Tooltip("accuracy:Q", format=".1%", title="mean score"),
            alt.Tooltip("sd:Q", format=".1%", title="sd over seeds"),
            "runs:Q",
        ],
    )


def _target_rule(target: float) -> alt.Chart:
    """The target as a dotted black rule, named in its own legend (``target 95%``)."""
    name = f"target {100 * float(target):.4g}%"
    return (
        alt.Chart(pd.DataFrame({"target": [float(target)], "line": [name]}))
        .mark_rule(color="black")
        .encode(y="target:Q", tooltip=[alt.Tooltip("target:Q", format=".1%")],
                strokeWidth=alt.StrokeWidth("line:O", title="line", scale=alt.Scale(domain=[name], range=[1, 1]),
                                            legend=alt.Legend(symbolType="stroke", symbolStrokeColor="black",
                                                              symbolDash=[2, 2], symbolSize=300)),
                strokeDash=alt.value([2, 2]))
    )


def learning_curves(
    curves: pd.DataFrame,
    forecast: pd.DataFrame | None = None,
    *,
    target: float | None = None,
    metric: str = "test accuracy",
    n_max: float | None = None,
) -> alt.LayerChart:
    """Accuracy (or the metric planned on) vs labels per strategy: measured means and the forecast with its band.

    Parameters
    ----------
    curves : DataFrame
        Observed rows: ``strategy, n_labels, accuracy`` (+ ``seed``).
    forecast : DataFrame, optional
        ``whatif.forecast_frame()``: ``strategy, n_labels, accuracy, low, high``
        and ``kind`` (measured / extrapolated / transferred; all measured when
        absent). Measured parts are drawn solid with a darker band;
        extrapolated parts dashed, transferred ones dotted, both with a
        lighter band; the legend and the tooltips name the kind.
    target : float, optional
        Target accuracy, drawn as a dashed rule.
    metric : str
        The y axis's title: what the ``accuracy`` column measures (``"test macro F1"``).
    n_max : float, optional
        The largest label count the verdict quotes: the x axis reaches at least this far.
    """
    require_columns(curves, ("strategy", "n_labels", "accuracy"), "learning_curves")
    observed = _measured_means(curves)
    forecast = _checked_forecast(forecast)
    has_forecast = forecast is not None
    colour = strategy_colour({*observed["strategy"], *(forecast["strategy"] if has_forecast else [])})
    x = _labels_axis(observed, forecast, n_max)
    y_scale = alt.Scale(domain=accuracy_domain(observed["accuracy"], forecast, target), nice=False, clamp=True)
    layers = _forecast_layers(forecast, x, colour, y_scale, metric) if has_forecast else []
    layers.append(_measured_layer(observed, x, colour, y_scale, metric, over_forecast=has_forecast))
    if target is not None:
        layers.append(_target_rule(target))
    title = "Learning curves: measured points, forecast median and range" if has_forecast else \
        "Learning curves: measured points"
    return alt.layer(*layers).properties(autosize=FIT_WIDTH, width=WIDTH, height=HEIGHT, title=alt.TitleParams(
        title, subtitle="Labels on a log scale; shaded: the forecast's range; dotted: the target."))


def _count(x) -> float:
    """A label count from a Decision row: None / NaN / inf -> inf (open, not reached)."""
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.inf
    return v if math.isfinite(v) else math.inf


def labels_to_target(strategies: pd.DataFrame) -> alt.LayerChart:
    """Labels to reach the target per strategy: the median as a bar, the interval as a whisker.

    An open interval (``labels_high`` inf / None: the target is not reached in
    the upper part of the draws) is drawn open: the whisker runs to the chart's
    right edge and ends in an arrow marked "not reached". A strategy whose
    median does not reach the target gets no bar, only that open whisker and
    the label.

    Parameters
    ----------
    strategies : DataFrame
        ``strategy, labels, labels_low, labels_high`` (the ``strategies`` rows
        of ``Decision.to_dict()`` (None = not reached) or ``Decision.to_frame()``
        (inf)); optional ``basis`` shown in the tooltip, optional ``n_max`` (the largest count measured): where
        no strategy reaches the target, the axis runs past it.
    """
    require_columns(strategies, ("strategy", "labels", "labels_low", "labels_high"), "labels_to_target")
    cols = ["strategy", "labels", "labels_low", "labels_high"] + (["basis"] if "basis" in strategies.columns else [])
    df = strategies[cols].copy()
    df["strategy"] = df["strategy"].astype(str)
    for col in ("labels", "labels_low", "labels_high"):
        df[col] = [_count(v) for v in df[col]]
    finite = df[["labels", "labels_low", "labels_high"]].to_numpy(float)
    finite = finite[np.isfinite(finite)]
    if not finite.size and "n_max" in strategies.columns:   # nothing reaches the target: the counts measured
        finite = pd.to_numeric(strategies["n_max"], errors="coerce").to_numpy(float)
        finite = finite[np.isfinite(finite) & (finite > 0)]
    edge = float(finite.max()) * 1.15 if finite.size else 100.0
    df["open"] = ~np.isfinite(df["labels_high"])
    if "range_text" in strategies.columns:  # a range the words call open ("not reached", "more than ...") is drawn open
        said = strategies["range_text"].astype(str).to_numpy()
        df["open"] = df["open"].to_numpy() | np.array([NOT_REACHED in t or "more than" in t for t in said])
    df["whisker_from"] = df["labels_low"].where(np.isfinite(df["labels_low"]), df["labels"])
    df["whisker_from"] = df["whisker_from"].where(np.isfinite(df["whisker_from"]), edge)
    df["whisker_to"] = df["labels_high"].where(~df["open"] & np.isfinite(df["labels_high"]), edge)
    if {"range_text", "labels_text"} <= set(strategies.columns):  # the presenter's words (planner.present.page_lines.table_rows)
        df["range"], df["median"] = strategies["range_text"].to_numpy(), strategies["labels_text"].to_numpy()
    else:
        df["range"] = [count_range(lo, hi) for lo, hi in zip(df["labels_low"], df["labels_high"])]
        df["median"] = [count(v) for v in df["labels"]]
    order = df.sort_values(["labels", "strategy"], kind="stable")["strategy"].tolist()
    for col in ("labels", "labels_low", "labels_high"):  # JSON has no inf: null in the spec
        df[col] = df[col].where(np.isfinite(df[col]), np.nan)
    colour = strategy_colour(df["strategy"])
    y = alt.Y("strategy:N", title=None, sort=order)
    xs = alt.Scale(domain=[0, edge], nice=False, clamp=True)
    tooltip = ["strategy:N", alt.Tooltip("median:N", title="labels to target"),
               alt.Tooltip("range:N", title="range")]
    if "basis" in df.columns:
        tooltip.append(alt.Tooltip("basis:N", title="rests on"))
    base = alt.Chart(df)
    bars = base.transform_filter("isValid(datum.labels)").mark_bar().encode(
        y=y, x=alt.X("labels:Q", title="labels to target", scale=xs), color=colour, tooltip=tooltip,
    )
    err = base.mark_rule(color="black").encode(y=y, x=alt.X("whisker_from:Q", scale=xs), x2="whisker_to:Q",
                                               tooltip=tooltip)
    opened = base.transform_filter("datum.open")
    arrow = opened.mark_point(shape="triangle-right", filled=True, color="black", size=80).encode(
        y=y, x=alt.X("whisker_to:Q", scale=xs), tooltip=tooltip)
    label = opened.mark_text(align="right", baseline="bottom", dx=-8, dy=-4, fontSize=11).encode(
        y=y, x=alt.X("whisker_to:Q", scale=xs), text=alt.value(f"{NOT_REACHED} \u2192"))
    return alt.layer(bars, err, arrow, label).properties(
        autosize=FIT_WIDTH, width=WIDTH, height=rows_height(len(order), 28),
        title=alt.TitleParams("Labels to reach the target: median and range",
                              subtitle="An arrow: the range is open, the target not reached in some forecasts."),
    )


# ------------------------------------------------------------------ costs


#: The cost chart's axis ends at this multiple of the dearest median cost (its band is cut there).
BAND_CAP = 2.0


def drawable_cost(df: pd.DataFrame | None) -> bool:
    """Whether :func:`cost_vs_target` has a line to draw from ``df``: some finite ``total_cost`` (a frame of
    unreachable targets only is said in words, never drawn as an empty chart)."""
    return df is not None and "total_cost" in df and bool(
        np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce")).any())


def cost_vs_target(df: pd.DataFrame, *, what: str = "total cost") -> alt.LayerChart:
    """Total cost to reach each target accuracy, per strategy.

    Parameters
    ----------
    df : DataFrame
        ``target, strategy, total_cost`` (+ optional ``total_cost_low,
        total_cost_high`` for a band). Unreachable targets (inf/NaN cost) are
        left out of the line.
    what : str
        What the cost is, in the title and on the axis (a campaign's: ``"cost from here"``).
    """
    require_columns(df, ("target", "strategy", "total_cost"), "cost_vs_target")
    df = df.copy()
    df["strategy"] = df["strategy"].astype(str)
    df = df[np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce"))]
    colour = strategy_colour(df["strategy"])
    x = alt.X("target:Q", title="target accuracy", scale=alt.Scale(zero=False), axis=alt.Axis(format=".1%"))
    # the axis follows the medians: a band whose upper end runs off to a far extrapolation is cut at
    # BAND_CAP times the dearest median (clamped), so the medians never sit flat at $0
    top = max(float(df["total_cost"].max()) * BAND_CAP if len(df) else 1.0, 1.0)
    ys = alt.Scale(domain=[0, top], clamp=True, nice=False)
    dollars = "$,.0f" if top >= 10 else "$,.2~f"  # cents on a small axis: its ticks never read "$1, $1, $0"
    df["cost_text"] = money_texts(df["total_cost"])
    layers = []
    layers.append(
        alt.Chart(df)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("total_cost:Q", title=f"{what} ($)", axis=alt.Axis(format=dollars), scale=ys),
            color=colour,
            tooltip=[
                "strategy:N",
                alt.Tooltip("target:Q", format=".1%"),
                alt.Tooltip("cost_text:N", title=what),
            ],
        )
    )
    if {"total_cost_low", "total_cost_high"} <= set(df.columns):
        band = df[
            np.isfinite(pd.to_numeric(df["total_cost_low"], errors="coerce"))
            & np.isfinite(pd.to_numeric(df["total_cost_high"], errors="coerce"))
        ]
        if len(band):  # none where every target is met already (a campaign's measured score): no empty layer
            layers.append(
                alt.Chart(band)
                .mark_area(opacity=0.15)
                .encode(x=x, y=alt.Y("total_cost_low:Q", scale=ys), y2="total_cost_high:Q", color=colour)
            )
    return alt.layer(*layers).properties(
        autosize=FIT_WIDTH, width=WIDTH, height=HEIGHT, title=alt.TitleParams(
            f"{what[0].upper()}{what[1:]} to reach each target accuracy", subtitle="Line: the median cost; shaded: its range "
                                                                "over the forecasts."))


def _price_tick(price: float) -> str:
    """A label price as a tick reads it: two significant digits ($0.2, $0.31, $4.9, $120)."""
    text = f"{float(price):.2g}"
    return "$" + (f"{float(text):,.0f}" if "e" in text or float(text) >= 100 else text)


def break_even_map(df: pd.DataFrame, *, price: float | None = None, target: float | None = None) -> alt.LayerChart:
    """Where active learning wins, over label price x target accuracy.

    Parameters
    ----------
    df : DataFrame
        ``label_price, target`` and either ``al_wins`` (bool) or ``winner``
        (strategy name; anything but ``random`` counts as AL; an empty winner: no path reaches that target, the
        cell left blank), plus optional ``savings`` ($, best AL path vs random; shown in the tooltip).
    price, target : float, optional
        Your label price and target: the cell nearest them is outlined and labelled "you".
    """
    require_columns(df, ("label_price", "target"), "break_even_map")
    df = df.copy()
    if "winner" in df.columns:
        reached = df["winner"].notna() & (df["winner"].astype(str) != "")
        wins = df["al_wins"].astype(bool) if "al_wins" in df.columns else df["winner"].astype(str) != "random"
    elif "al_wins" in df.columns:
        reached, wins = pd.Series(True, index=df.index), df["al_wins"].astype(bool)
    else:
        raise ValueError("break_even_map needs an 'al_wins' or a 'winner' column")
    df["verdict"] = np.where(wins, AL_WINS, RANDOM_WINS)
    df["price_tick"] = [_price_tick(p) for p in df["label_price"]]
    df["target_tick"] = [f"{100 * float(t):.1f}%" for t in df["target"]]
    prices = sorted(set(map(float, df["label_price"])))
    targets = sorted(set(map(float, df["target"])), reverse=True)
    price_ticks = list(dict.fromkeys(_price_tick(p) for p in prices))
    target_ticks = list(dict.fromkeys(f"{100 * t:.1f}%" for t in targets))
    shown = df[reached.to_numpy()]
    tooltip = [
        alt.Tooltip("label_price:Q", format="$,.4~r", title="label price"),
        alt.Tooltip("target:Q", format=".1%"),
        "verdict:N",
    ]
    if "winner" in df.columns:
        tooltip.append("winner:N")
    if "savings" in df.columns:
        df["savings_text"] = money_texts(df["savings"])
        tooltip.append(alt.Tooltip("savings_text:N", title="savings"))
    if "probability_al_cheaper" in df.columns:
        tooltip.append(alt.Tooltip("probability_al_cheaper:Q", format=".0%", title="P(AL cheaper)"))
    x = alt.X("price_tick:O", title="label price", sort=price_ticks, scale=alt.Scale(domain=price_ticks),
              axis=alt.Axis(labelAngle=-45))
    y = alt.Y("target_tick:O", title="target accuracy", sort=target_ticks, scale=alt.Scale(domain=target_ticks))
    layers = [alt.Chart(shown).mark_rect().encode(
        x=x, y=y,
        color=alt.Color("verdict:N", title="cheaper path",
                        scale=alt.Scale(domain=[AL_WINS, RANDOM_WINS], range=["#2a9d8f", "#d9d9d9"])),
        tooltip=tooltip,
    )]
    if price is not None and target is not None and prices and targets:
        near_p = min(prices, key=lambda p: abs(math.log(p / float(price))) if p > 0 and price > 0 else abs(p - price))
        near_t = min(targets, key=lambda t: abs(t - float(target)))
        you = pd.DataFrame([{"price_tick": _price_tick(near_p), "target_tick": f"{100 * near_t:.1f}%",
                             "you": f"you: ${float(price):,.4g} a label, target {100 * float(target):.4g}%"}])
        mark = alt.Chart(you)
        layers += [mark.mark_rect(fill=None, stroke="black", strokeWidth=2).encode(x=x, y=y, tooltip=["you:N"]),
                   mark.mark_text(fontWeight="bold").encode(x=x, y=y, text=alt.value("you"), tooltip=["you:N"])]
    blank = " Blank: no path reaches that target." if not bool(reached.all()) else ""
    return alt.layer(*layers).properties(
        autosize=FIT_WIDTH, width=WIDTH, height=HEIGHT,
        title=alt.TitleParams("Break-even map: where active learning is cheaper",
                              subtitle=f"The outlined cell is your price and target.{blank}"))
