"""Altair chart builders for the dashboard and the HTML report.

Every builder takes plain DataFrames (documented columns) and returns an
Altair chart; none imports streamlit, so the dashboard (app.py) and the HTML
report (planner.report) draw the very same charts.

The one computation here is :func:`forecast_frame`, which samples each
strategy's fitted learning curve (planner.curves.fit_curve) on a grid of label
counts for the extrapolation bands.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

__all__ = [
    "forecast_frame",
    "learning_curves",
    "cost_vs_target",
    "break_even_map",
    "vendor_comparison",
    "sensitivity",
    "labels_to_target",
]

WIDTH = "container"
HEIGHT = 320
AL_WINS = "active learning"
# random (the baseline) in grey, then distinct hues (Tableau 10 without its grey)
PALETTE = ("#7f7f7f", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#bcbd22", "#17becf")
RANDOM_WINS = "random labeling"


def _require(df: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{what} needs columns {', '.join(columns)}; missing {', '.join(missing)}"
        )


def _strategy_colour(strategies) -> alt.Color:
    """One colour per strategy, random always first (the baseline)."""
    names = sorted({str(s) for s in strategies}, key=lambda s: (s != "random", s))
    palette = [PALETTE[i % len(PALETTE)] for i in range(len(names))]
    return alt.Color("strategy:N", title="strategy", scale=alt.Scale(domain=names, range=palette))


# ------------------------------------------------------------ learning curves


def forecast_frame(
    curves: pd.DataFrame,
    *,
    n_end: float | None = None,
    level: float = 0.8,
    n_points: int = 60,
    seed: int = 0,
    fits: Mapping[str, object] | None = None,
) -> pd.DataFrame:
    """Each strategy's fitted curve and interval band on a grid of label counts.

    Parameters
    ----------
    curves : DataFrame
        At least ``strategy, n_labels, accuracy`` (+ optional ``seed``).
    n_end : float, optional
        Last label count of the grid (default: 3x the largest observed).
    level : float
        Interval level of the band.
    n_points : int
        Grid points per strategy (log-spaced).
    seed : int
        Seed of the bootstrap behind the bands.
    fits : mapping strategy -> FittedCurve, optional
        Already fitted curves to reuse (skips refitting).

    Returns
    -------
    DataFrame with columns ``strategy, n_labels, accuracy, low, high``
        ``n_labels`` of shape (n_points,) per strategy, from the smallest
        observed label count to ``n_end``.
    """
    _require(curves, ("strategy", "n_labels", "accuracy"), "forecast_frame")
    if not 0 < level < 1:
        raise ValueError(f"level must be in (0, 1), got {level}")
    from planner.curves import fit_curve

    n_min = max(float(curves["n_labels"].min()), 1.0)
    n_obs = float(curves["n_labels"].max())
    n_end = float(n_end) if n_end is not None and math.isfinite(n_end) else 3.0 * n_obs
    n_end = max(n_end, n_obs)
    grid = np.unique(np.round(np.geomspace(n_min, n_end, n_points)))
    frames = []
    for strategy, rows in curves.groupby("strategy", sort=True):
        fit = (fits or {}).get(strategy)
        if fit is None:
            seeds = rows["seed"].to_numpy() if "seed" in rows else None
            fit = fit_curve(
                rows["n_labels"].to_numpy(float),
                rows["accuracy"].to_numpy(float),
                seeds=seeds,
                seed=seed,
            )
        low, high = fit.interval(grid, level=level)
        frames.append(
            pd.DataFrame(
                {
                    "strategy": str(strategy),
                    "n_labels": grid,
                    "accuracy": np.asarray(fit.predict(grid), float),
                    "low": np.asarray(low, float),
                    "high": np.asarray(high, float),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def learning_curves(
    curves: pd.DataFrame,
    forecast: pd.DataFrame | None = None,
    *,
    target: float | None = None,
) -> alt.LayerChart:
    """Accuracy vs labels per strategy: measured means, fitted curve, band.

    Parameters
    ----------
    curves : DataFrame
        Observed rows: ``strategy, n_labels, accuracy`` (+ ``seed``).
    forecast : DataFrame, optional
        :func:`forecast_frame` output: ``strategy, n_labels, accuracy, low, high``.
    target : float, optional
        Target accuracy, drawn as a dashed rule.
    """
    _require(curves, ("strategy", "n_labels", "accuracy"), "learning_curves")
    observed = (
        curves.groupby(["strategy", "n_labels"], as_index=False)["accuracy"]
        .agg(accuracy="mean", sd="std", runs="count")
        .fillna({"sd": 0.0})
    )
    observed["strategy"] = observed["strategy"].astype(str)
    strategies = set(observed["strategy"])
    if forecast is not None:
        strategies |= set(forecast["strategy"].astype(str))
    colour = _strategy_colour(strategies)
    x = alt.X("n_labels:Q", title="labels bought", scale=alt.Scale(type="log", nice=False))
    y_scale = alt.Scale(zero=False, domainMax=1.0)
    layers = []
    layers.append(
        alt.Chart(observed)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("accuracy:Q", title="test accuracy", scale=y_scale),
            color=colour,
            tooltip=[
                "strategy:N",
                alt.Tooltip("n_labels:Q", format=",.0f"),
                alt.Tooltip("accuracy:Q", format=".3f", title="mean accuracy"),
                alt.Tooltip("sd:Q", format=".3f", title="sd over seeds"),
                "runs:Q",
            ],
        )
    )
    if forecast is not None and len(forecast):
        _require(forecast, ("strategy", "n_labels", "accuracy", "low", "high"), "learning_curves")
        base = alt.Chart(forecast).encode(x=x, color=colour)
        layers.append(
            base.mark_area(opacity=0.15).encode(
                y=alt.Y("low:Q", title="test accuracy", scale=y_scale),
                y2="high:Q",
                tooltip=[
                    "strategy:N",
                    alt.Tooltip("n_labels:Q", format=",.0f"),
                    alt.Tooltip("low:Q", format=".3f"),
                    alt.Tooltip("high:Q", format=".3f"),
                ],
            )
        )
        layers.append(
            base.mark_line(strokeDash=[6, 3]).encode(
                y=alt.Y("accuracy:Q", title="test accuracy", scale=y_scale)
            )
        )
    if target is not None:
        layers.append(
            alt.Chart(pd.DataFrame({"target": [float(target)]}))
            .mark_rule(strokeDash=[2, 2], color="black")
            .encode(y="target:Q", tooltip=[alt.Tooltip("target:Q", format=".3f")])
        )
    return alt.layer(*layers).properties(
        width=WIDTH,
        height=HEIGHT,
        title="Learning curves: measured (solid), fitted extrapolation (dashed), interval band",
    )


def labels_to_target(strategies: pd.DataFrame) -> alt.LayerChart:
    """Labels to reach the target per strategy, with the interval as an error bar.

    Parameters
    ----------
    strategies : DataFrame
        ``strategy, labels, labels_low, labels_high`` (the ``strategies`` rows
        of ``Decision.to_dict()``); unreachable rows (inf/None) are left out.
    """
    _require(strategies, ("strategy", "labels", "labels_low", "labels_high"), "labels_to_target")
    df = strategies[["strategy", "labels", "labels_low", "labels_high"]].copy()
    for col in ("labels", "labels_low", "labels_high"):
        df[col] = pd.to_numeric(df[col], errors="coerce")
    df = df[np.isfinite(df["labels"])]
    df["labels_high"] = df["labels_high"].where(np.isfinite(df["labels_high"]), df["labels"])
    df["labels_low"] = df["labels_low"].where(np.isfinite(df["labels_low"]), df["labels"])
    colour = _strategy_colour(df["strategy"])
    y = alt.Y("strategy:N", title=None, sort="x")
    bars = alt.Chart(df).mark_bar().encode(
        y=y,
        x=alt.X("labels:Q", title="labels to target"),
        color=colour,
        tooltip=[
            "strategy:N",
            alt.Tooltip("labels:Q", format=",.0f"),
            alt.Tooltip("labels_low:Q", format=",.0f"),
            alt.Tooltip("labels_high:Q", format=",.0f"),
        ],
    )
    err = alt.Chart(df).mark_rule(color="black").encode(y=y, x="labels_low:Q", x2="labels_high:Q")
    return alt.layer(bars, err).properties(width=WIDTH, height=alt.Step(28))


# ------------------------------------------------------------------ costs


def cost_vs_target(df: pd.DataFrame) -> alt.LayerChart:
    """Total cost to reach each target accuracy, per strategy.

    Parameters
    ----------
    df : DataFrame
        ``target, strategy, total_cost`` (+ optional ``total_cost_low,
        total_cost_high`` for a band). Unreachable targets (inf/NaN cost) are
        left out of the line.
    """
    _require(df, ("target", "strategy", "total_cost"), "cost_vs_target")
    df = df.copy()
    df["strategy"] = df["strategy"].astype(str)
    df = df[np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce"))]
    colour = _strategy_colour(df["strategy"])
    x = alt.X("target:Q", title="target accuracy", scale=alt.Scale(zero=False))
    layers = []
    layers.append(
        alt.Chart(df)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("total_cost:Q", title="total cost ($)", axis=alt.Axis(format="$,.0f")),
            color=colour,
            tooltip=[
                "strategy:N",
                alt.Tooltip("target:Q", format=".3f"),
                alt.Tooltip("total_cost:Q", format="$,.0f"),
            ],
        )
    )
    if {"total_cost_low", "total_cost_high"} <= set(df.columns):
        band = df[
            np.isfinite(pd.to_numeric(df["total_cost_low"], errors="coerce"))
            & np.isfinite(pd.to_numeric(df["total_cost_high"], errors="coerce"))
        ]
        layers.append(
            alt.Chart(band)
            .mark_area(opacity=0.15)
            .encode(x=x, y="total_cost_low:Q", y2="total_cost_high:Q", color=colour)
        )
    return alt.layer(*layers).properties(
        width=WIDTH, height=HEIGHT, title="Total cost to reach each target accuracy"
    )


def break_even_map(df: pd.DataFrame) -> alt.Chart:
    """Where active learning wins, over label price x target accuracy.

    Parameters
    ----------
    df : DataFrame
        ``label_price, target`` and either ``al_wins`` (bool) or ``winner``
        (strategy name; anything but ``random`` counts as AL), plus optional
        ``savings`` ($, best AL path vs random; shown in the tooltip).
    """
    _require(df, ("label_price", "target"), "break_even_map")
    df = df.copy()
    if "al_wins" in df.columns:
        wins = df["al_wins"].astype(bool)
    elif "winner" in df.columns:
        wins = df["winner"].astype(str) != "random"
    else:
        raise ValueError("break_even_map needs an 'al_wins' or a 'winner' column")
    df["verdict"] = np.where(wins, AL_WINS, RANDOM_WINS)
    tooltip = [
        alt.Tooltip("label_price:Q", format="$,.4~r", title="label price"),
        alt.Tooltip("target:Q", format=".3f"),
        "verdict:N",
    ]
    if "winner" in df.columns:
        tooltip.append("winner:N")
    if "savings" in df.columns:
        tooltip.append(alt.Tooltip("savings:Q", format="$,.0f"))
    return (
        alt.Chart(df)
        .mark_rect()
        .encode(
            x=alt.X("label_price:O", title="label price ($)", axis=alt.Axis(format="$,.3~r", labelAngle=-45)),
            y=alt.Y("target:O", title="target accuracy", sort="descending", axis=alt.Axis(format=".3f")),
            color=alt.Color(
                "verdict:N",
                title="cheaper path",
                scale=alt.Scale(domain=[AL_WINS, RANDOM_WINS], range=["#2a9d8f", "#d9d9d9"]),
            ),
            tooltip=tooltip,
        )
        .properties(width=WIDTH, height=HEIGHT, title="Break-even map: where active learning is cheaper")
    )


def vendor_comparison(df: pd.DataFrame) -> alt.Chart:
    """Cost to target per vendor and strategy (grouped bars).

    Parameters
    ----------
    df : DataFrame
        ``vendor, strategy, total_cost`` (+ optional ``calendar_days``).
        Unreachable rows (inf/NaN cost) are left out.
    """
    _require(df, ("vendor", "strategy", "total_cost"), "vendor_comparison")
    df = df.copy()
    df["strategy"] = df["strategy"].astype(str)
    df = df[np.isfinite(pd.to_numeric(df["total_cost"], errors="coerce"))]
    tooltip = ["vendor:N", "strategy:N", alt.Tooltip("total_cost:Q", format="$,.0f")]
    if "calendar_days" in df.columns:
        tooltip.append(alt.Tooltip("calendar_days:Q", format=",.1f"))
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("vendor:N", title=None),
            yOffset="strategy:N",
            x=alt.X("total_cost:Q", title="cost to target ($)", axis=alt.Axis(format="$,.0f")),
            color=_strategy_colour(df["strategy"]),
            tooltip=tooltip,
        )
        .properties(width=WIDTH, title="Cost to target per vendor and strategy")
    )


def sensitivity(df: pd.DataFrame) -> alt.LayerChart:
    """Tornado chart: AL savings as each input moves down / up.

    Parameters
    ----------
    df : DataFrame
        ``input, savings_low, savings_high`` (savings with the input moved
        down / up) and optional ``base`` (savings at the scenario as given).
    """
    _require(df, ("input", "savings_low", "savings_high"), "sensitivity")
    df = df.copy()
    df["swing"] = (df["savings_high"] - df["savings_low"]).abs()
    long = df.melt(
        id_vars=["input", "swing"],
        value_vars=["savings_low", "savings_high"],
        var_name="move",
        value_name="savings",
    )
    long["move"] = long["move"].map({"savings_low": "input lower", "savings_high": "input higher"})
    base = float(df["base"].iloc[0]) if "base" in df.columns and len(df) else 0.0
    long["base"] = base
    order = df.sort_values("swing", ascending=False)["input"].tolist()
    bars = (
        alt.Chart(long)
        .mark_bar(opacity=0.85)
        .encode(
            y=alt.Y("input:N", sort=order, title=None),
            x=alt.X("base:Q", title="savings from active learning ($)", axis=alt.Axis(format="$,.0f")),
            x2="savings:Q",
            color=alt.Color(
                "move:N",
                title=None,
                scale=alt.Scale(domain=["input lower", "input higher"], range=["#457b9d", "#e76f51"]),
            ),
            tooltip=["input:N", "move:N", alt.Tooltip("savings:Q", format="$,.0f")],
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"base": [base]}))
        .mark_rule(color="black")
        .encode(x="base:Q", tooltip=[alt.Tooltip("base:Q", format="$,.0f", title="savings as given")])
    )
    return alt.layer(bars, rule).properties(
        width=WIDTH, height=alt.Step(26), title="Sensitivity: savings as each input moves"
    )
