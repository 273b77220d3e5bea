"""The what-if charts beside the verdict (Altair, no streamlit): what a path costs per vendor
(:func:`vendor_comparison`, reading :func:`planner.decide.whatif.cost_by_vendor`'s frame), how the savings move with
each input (:func:`sensitivity`, :func:`planner.decide.whatif.savings_sensitivity`'s) and a hybrid split's cost
(:func:`hybrid_cost`, :attr:`planner.decide.hybrid.HybridPlan.curve`). Drawn alike on the page and in the report, in
the style of :mod:`planner.present.charts`.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from planner.present.charts import (BAND_CAP, FIT_WIDTH, HEIGHT, KIND_LEGEND, WIDTH, money_texts, require_columns,
                                    rows_height, strategy_colour)

__all__ = ["hybrid_cost", "sensitivity", "vendor_comparison"]


def vendor_comparison(df: pd.DataFrame) -> alt.Chart:
    """Cost to target per vendor and strategy (grouped bars).

    Parameters
    ----------
    df : DataFrame
        ``vendor, strategy, total_cost`` (+ optional ``calendar_days``; ``labels_billed`` beside
        ``labels_bought`` (else ``labels``): a bar billed more labels than it bought is tagged "minimum order",
        batch rounding being part of what is bought). Unreachable rows (inf/NaN cost) are left out.
    """
    require_columns(df, ("vendor", "strategy", "total_cost"), "vendor_comparison")
    df = df.copy()
    df["strategy"] = df["strategy"].astype(str)
    df = df[np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce"))]
    if df.empty:  # no bars to draw: say so, rather than an empty axis of infinite extent
        return alt.Chart(pd.DataFrame({"text": ["No vendor's path reaches the target."]})).mark_text(
            align="left", x=0, fontSize=13).encode(text="text:N").properties(
            autosize=FIT_WIDTH, width=WIDTH, height=40, title="Cost to target per vendor and strategy")
    costs = pd.to_numeric(df["total_cost"], errors="coerce")
    df["cost_text"] = money_texts(costs)  # as the vendors' table beside the chart says it
    tooltip = ["vendor:N", "strategy:N", alt.Tooltip("cost_text:N", title="cost to target")]
    if {"total_cost_low", "total_cost_high"} <= set(df.columns):
        df["low_text"], df["high_text"] = money_texts(df["total_cost_low"]), money_texts(df["total_cost_high"])
        tooltip += [alt.Tooltip("low_text:N", title="cost, low"), alt.Tooltip("high_text:N", title="cost, high")]
    if "calendar_days" in df.columns:
        tooltip.append(alt.Tooltip("calendar_days:Q", format=",.1f"))
    if "probability_al_cheaper" in df.columns:
        tooltip.append(alt.Tooltip("probability_al_cheaper:Q", format=".0%", title="P(AL cheaper)"))
    df["minimum_order"] = False
    bought = "labels_bought" if "labels_bought" in df.columns else "labels"
    if {bought, "labels_billed"} <= set(df.columns):  # billed more than the whole batches bought: the minimum order
        billed, needed = (pd.to_numeric(df[c], errors="coerce") for c in ("labels_billed", bought))
        df["minimum_order"] = (np.isfinite(billed) & (billed > needed + 0.5)).to_numpy()
        tooltip.append(alt.Tooltip("labels_billed:Q", format=",.0f", title="labels paid for"))
    vendors, strategies = list(dict.fromkeys(df["vendor"])), list(dict.fromkeys(df["strategy"]))
    y, bars = alt.Y("vendor:N", title=None, sort=vendors), alt.Chart(df)
    offset = alt.YOffset("strategy:N", sort=strategies)
    logged = bool((costs > 0).all()) and float(costs.max()) > 10 * float(costs.min())  # a sliver beside a set-up
    x = alt.X("total_cost:Q", title="cost to target ($" + (", log scale)" if logged else ")"), stack=None,
              axis=alt.Axis(format="$,.0f"), scale=alt.Scale(type="log") if logged else alt.Undefined)  # side by side
    layers = [bars.mark_bar().encode(y=y, yOffset=offset, x=x, color=strategy_colour(df["strategy"]),
                                     tooltip=tooltip),
              bars.mark_text(align="left", dx=3, fontSize=10).encode(  # each bar's value at its end
                  y=y, yOffset=offset, x=x, text="cost_text:N", tooltip=tooltip)]
    title = alt.TitleParams("Cost to target per vendor and strategy",
                            subtitle="Log scale: each bar's length is its cost's order of magnitude." if logged
                            else alt.Undefined)
    if bool(df["minimum_order"].any()):
        layers.append(bars.transform_filter("datum.minimum_order").mark_text(align="left", dx=48).encode(
            y=y, yOffset=offset, x=x, text=alt.value("minimum order"), tooltip=tooltip))
        title = alt.TitleParams(title.text, subtitle=[*([title.subtitle] if logged else []),
                                                      "\"minimum order\": the vendor's minimum order per batch, not "
                                                      "the labels the path needs, set that cost."])
    return alt.layer(*layers).properties(autosize=FIT_WIDTH, width=WIDTH,
                                         height=rows_height(len(vendors) * len(strategies), 18),
                                         title=title)


#: The sensitivity chart's inputs that are dollar amounts: their values are written with "$".
DOLLAR_INPUTS = ("label price", "day rate", "compute per round", "delay cost per day")


def _amount(x, dollars: bool = False) -> str:
    """An input's value as the sensitivity chart names it: three significant digits, thousands separated, ``$``
    before a dollar amount."""
    x = float(x)
    return ("$" if dollars else "") + (f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.3g}")


def sensitivity(df: pd.DataFrame) -> alt.LayerChart:
    """Tornado chart: AL savings as each input moves down / up.

    Parameters
    ----------
    df : DataFrame
        ``input, savings_low, savings_high`` (savings with the input moved
        down / up), optional ``base`` (savings at the scenario as given) and
        optional ``p_low, p_high, p_base`` (P(AL cheaper) at each point; shown
        in the tooltips), as ``Plan.sensitivity`` returns them.
    """
    require_columns(df, ("input", "savings_low", "savings_high"), "sensitivity")
    df = df.copy()
    moved = ""
    if {"base_value", "low_value", "high_value"} <= set(df.columns) and len(df):  # how far each input moved
        df["input"] = [f"{r.input} ({_amount(r.low_value, d)} to {_amount(r.high_value, d)}; yours "
                       f"{_amount(r.base_value, d)})" for r in df.itertuples() for d in [r.input in DOLLAR_INPUTS]]
        ratio = sorted({round(100 * abs(r.high_value / r.base_value - 1)) for r in df.itertuples() if r.base_value})
        moved = (f"Each input moved down and up by {ratio[0]}% from your scenario." if len(ratio) == 1
                 else "Each input moved down and up from your scenario (the range beside it).")
    df["swing"] = (df["savings_high"] - df["savings_low"]).abs()
    with_p = {"p_low", "p_high"} <= set(df.columns)
    long = df.melt(
        id_vars=["input", "swing"],
        value_vars=["savings_low", "savings_high"],
        var_name="move",
        value_name="savings",
    )
    if with_p:
        p_long = df.melt(id_vars=["input"], value_vars=["p_low", "p_high"], value_name="p_al_cheaper")
        long["p_al_cheaper"] = p_long["p_al_cheaper"].to_numpy()
    long["move"] = long["move"].map({"savings_low": "input lower", "savings_high": "input higher"})
    base = float(df["base"].iloc[0]) if "base" in df.columns and len(df) else 0.0
    long["base"] = base
    long["savings_text"] = money_texts(long["savings"])
    order = df.sort_values("swing", ascending=False)["input"].tolist()
    tooltip = ["input:N", "move:N", alt.Tooltip("savings_text:N", title="savings")]
    if with_p:
        tooltip.append(alt.Tooltip("p_al_cheaper:Q", format=".0%", title="P(AL cheaper)"))
    bars = (
        alt.Chart(long)
        .mark_bar(opacity=0.85)
        .encode(
            y=alt.Y("input:N", sort=order, title=None, axis=alt.Axis(labelLimit=0)),  # each input's range whole
            x=alt.X("base:Q", title="savings from active learning ($)", axis=alt.Axis(format="$,.0f")),
            x2="savings:Q",
            color=alt.Color(
                "move:N",
                title=None,
                scale=alt.Scale(domain=["input lower", "input higher"], range=["#457b9d", "#e76f51"]),
            ),
            tooltip=tooltip,
        )
    )
    rule_data = {"base": [base], "base_text": money_texts([base])}
    rule_tip = [alt.Tooltip("base_text:N", title="savings as given")]
    if "p_base" in df.columns and len(df):
        rule_data["p_base"] = [float(df["p_base"].iloc[0])]
        rule_tip.append(alt.Tooltip("p_base:Q", format=".0%", title="P(AL cheaper) as given"))
    rule = alt.Chart(pd.DataFrame(rule_data)).mark_rule(color="black").encode(x="base:Q", tooltip=rule_tip)
    return alt.layer(bars, rule).properties(
        autosize=FIT_WIDTH, width=WIDTH, height=rows_height(len(order), 26),
        title=alt.TitleParams("Sensitivity: savings as each input moves", subtitle=moved or alt.Undefined)
    )


def hybrid_cost(curve: pd.DataFrame, all_human_cost: float, answers: pd.DataFrame,
                pool_size: int | None = None) -> alt.LayerChart:
    """Hybrid labeling: total cost against the labels people buy, each answer marked, all-human as a line.

    One view as wide as its container, its legends below it (inside its box).

    Parameters
    ----------
    curve : DataFrame
        ``strategy, human_labels, total_cost, total_cost_low, total_cost_high, meets``
        (:attr:`planner.decide.hybrid.HybridPlan.curve`, each strategy's rows at its machine bar).
    all_human_cost : float
        Labeling the whole pool by hand.
    answers : DataFrame
        ``strategy, human_labels, total_cost``: each strategy's answer (its split, or all by hand).
    pool_size : int, optional
        The pool asked: the labels axis runs from the fewest labels people buy to it (no rounding out).
    """
    require_columns(curve, ("strategy", "human_labels", "total_cost", "total_cost_low", "total_cost_high", "meets"),
             "hybrid_cost")
    require_columns(answers, ("strategy", "human_labels", "total_cost"), "hybrid_cost")
    df = curve.copy()
    df["strategy"] = df["strategy"].astype(str)
    df = df[np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce"))]
    df["point"] = np.where(df["meets"], "meets the accuracy", "falls short")
    picked = answers.assign(strategy=answers["strategy"].astype(str), point="the answer")
    colour = strategy_colour(pd.concat([df["strategy"], picked["strategy"]]))
    top = max(float(all_human_cost), float(df["total_cost"].max()) if len(df) else 1.0) * BAND_CAP
    ys = alt.Scale(domain=[0, max(top, 1.0)], clamp=True, nice=False)
    xs = alt.Scale(type="log")
    counts = pd.to_numeric(pd.concat([df["human_labels"], picked["human_labels"]]), errors="coerce").dropna()
    if pool_size is not None and len(counts) and counts.min() > 0:
        xs = alt.Scale(type="log", domain=[float(counts.min()), float(max(pool_size, counts.max()))], nice=False)
    x = alt.X("human_labels:Q", title="labels people buy (training, held-out and unsure ones)", scale=xs)
    shape = alt.Shape("point:N", title="point", scale=alt.Scale(
        domain=["meets the accuracy", "falls short", "the answer"], range=["circle", "cross", "diamond"]))
    df["cost_text"], picked["cost_text"] = money_texts(df["total_cost"]), money_texts(picked["total_cost"])
    tooltip = ["strategy:N", alt.Tooltip("human_labels:Q", format=",.0f"),
               alt.Tooltip("cost_text:N", title="total cost"), "point:N"]
    line = alt.Chart(df).mark_line().encode(
        x=x, y=alt.Y("total_cost:Q", title="total cost ($)", axis=alt.Axis(format="$,.0f"), scale=ys), color=colour)
    points = alt.Chart(df).mark_point(filled=True, size=30).encode(
        x=x, y=alt.Y("total_cost:Q", scale=ys), color=colour, shape=shape, tooltip=tooltip)
    answer = alt.Chart(picked).mark_point(filled=False, size=220, strokeWidth=2).encode(
        x=x, y=alt.Y("total_cost:Q", scale=ys), color=colour, shape=shape, tooltip=tooltip)
    band = alt.Chart(df).mark_area(opacity=0.15).encode(
        x=x, y=alt.Y("total_cost_low:Q", scale=ys), y2="total_cost_high:Q", color=colour)
    by_hand = alt.Chart(pd.DataFrame({"cost": [float(all_human_cost)], "what": ["everything by hand"],
                                      "cost_text": money_texts([all_human_cost])})).mark_rule(
        color="#444").encode(
        y=alt.Y("cost:Q", scale=ys),
        strokeDash=alt.StrokeDash("what:N", title="line", scale=alt.Scale(domain=["everything by hand"],
                                                                        range=[[6, 3]]),
                                  legend=KIND_LEGEND),
        tooltip=["what:N", alt.Tooltip("cost_text:N", title="cost")])
    return alt.layer(band, line, points, answer, by_hand).properties(width=WIDTH, height=HEIGHT).configure_legend(
        orient="bottom", direction="horizontal")
