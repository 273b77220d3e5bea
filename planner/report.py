"""The one-file HTML report for a manager (``alplan plan --report``, the dashboard's download).

:func:`plan_frames` computes every table the charts need (through
``planner.decision``), :func:`render_report` turns curves + scenario + decision
into one self-contained HTML page: the inputs, the verdict, the charts (Vega-Lite
specs from planner.charts) and the caveats.

Self-contained: the Vega / Vega-Lite / vega-embed JavaScript is inlined from the
``vl-convert-python`` package (offline, no CDN). Where that package is missing,
the page loads the same scripts from a CDN and says so at the top.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import json
import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

__all__ = ["plan_frames", "build_charts", "render_report", "target_grid", "price_grid"]

CDN = "https://cdn.jsdelivr.net/npm"


# ------------------------------------------------------------ the numbers


def target_grid(curves: pd.DataFrame, target: float, n: int = 9) -> np.ndarray:
    """Target accuracies around ``target`` for the cost and break-even charts.

    Returns
    -------
    ndarray of shape (<= n,)
        Sorted, unique, inside (0, 1), always containing ``target``; from a little
        above the accuracy of the initial labeled set up to just past the target.
    """
    acc = pd.to_numeric(curves["accuracy"], errors="coerce")
    floor = float(np.nanquantile(acc, 0.25)) if len(acc) else target - 0.1
    low = min(max(floor, target - 0.1), target - 0.01)
    high = min(target + 0.02, 0.995)
    grid = np.linspace(max(low, 0.01), max(high, target), n - 1)
    return np.unique(np.round(np.append(grid, target), 4))


def price_grid(label_price: float, break_even: float | None = None, n: int = 9) -> np.ndarray:
    """Label prices for the break-even map, log-spaced.

    From 1/10x to 10x ``label_price``, widened to take in ``break_even`` (the
    break-even label price, when finite and positive) with the same margin, so
    the map shows both where the scenario is and where the verdict flips.
    """
    if not label_price > 0:
        raise ValueError(f"label price must be > 0 for the break-even map, got {label_price}")
    low, high = label_price / 10.0, label_price * 10.0
    if break_even is not None and math.isfinite(break_even) and break_even > 0:
        low, high = min(low, break_even / 10.0), max(high, break_even * 10.0)
    return np.unique(np.round(np.geomspace(low, high, n), 6))


def _decision_dict(decision) -> dict:
    return decision if isinstance(decision, Mapping) else decision.to_dict()


def plan_frames(
    curves: pd.DataFrame,
    scenario,
    target: float,
    *,
    vendors: pd.DataFrame | None = None,
    decision=None,
    seed: int = 0,
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Every table the charts draw, from ``planner.decision``.

    Returns
    -------
    frames : dict name -> DataFrame
        ``forecast`` (planner.charts.forecast_frame), ``cost_vs_target``,
        ``break_even_map``, ``sensitivity``, ``vendor_comparison`` (with
        ``vendors``, else the shipped vendor table). A table that cannot be
        computed is left out.
    notes : list of str
        One line per table left out, saying why.
    """
    from planner.charts import forecast_frame
    from planner.decision import get_plan

    plan = get_plan(curves, seed=seed)
    frames: dict[str, pd.DataFrame] = {}
    notes: list[str] = []
    if decision is None:
        decision = plan.decide(scenario, target, vendors=vendors)
    d = _decision_dict(decision)
    priced = plan.resolve(scenario, vendors)  # the vendor's terms applied
    n_end = None
    highs = [
        float(s["labels_high"])
        for s in d.get("strategies", [])
        if s.get("labels_high") is not None and math.isfinite(float(s["labels_high"]))
    ]
    if highs:
        n_end = min(max(highs) * 1.2, 50.0 * float(curves["n_labels"].max()))
    jobs = {
        "forecast": lambda: forecast_frame(
            plan.curves, n_end=n_end, seed=seed, fits={s: plan.fit(s) for s in plan.strategies}
        ),
        "cost_vs_target": lambda: plan.cost_vs_target(priced, target_grid(curves, target)),
        "break_even_map": lambda: plan.break_even_map(
            priced, target_grid(curves, target, n=7),
            price_grid(priced.label_price, d.get("break_even_label_price"), n=11),
        ),
        "sensitivity": lambda: plan.sensitivity(priced, target),
    }
    if vendors is None:  # the shipped, indicative vendor table
        from planner.vendors import read_vendors

        vendors = read_vendors(None)
    if len(vendors):
        jobs["vendor_comparison"] = lambda: plan.vendor_comparison(priced, target, vendors)
    for name, job in jobs.items():
        try:
            frames[name] = job()
        except ValueError as exc:
            notes.append(f"{name.replace('_', ' ')}: not drawn ({str(exc).splitlines()[0]})")
    return frames, notes


def build_charts(
    curves: pd.DataFrame, frames: Mapping[str, pd.DataFrame], target: float, decision=None
) -> dict[str, object]:
    """Altair charts keyed by section title, from :func:`plan_frames`' tables."""
    from planner import charts

    out: dict[str, object] = {
        "Learning curves": charts.learning_curves(curves, frames.get("forecast"), target=target)
    }
    if decision is not None:
        rows = pd.DataFrame(_decision_dict(decision).get("strategies", []))
        if len(rows) and {"labels", "labels_low", "labels_high"} <= set(rows.columns):
            out["Labels to target"] = charts.labels_to_target(rows)
    builders = {
        "cost_vs_target": ("Total cost vs target accuracy", charts.cost_vs_target),
        "break_even_map": ("Break-even map", charts.break_even_map),
        "vendor_comparison": ("Vendor comparison", charts.vendor_comparison),
        "sensitivity": ("Sensitivity of the savings", charts.sensitivity),
    }
    for key, (title, build) in builders.items():
        if key in frames and len(frames[key]):
            out[title] = build(frames[key])
    return out


# ------------------------------------------------------------------- HTML


def _fmt_money(x) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    return f"${float(x):,.0f}" if abs(float(x)) >= 100 else f"${float(x):,.2f}"


def _fmt_count(x) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "unreachable"
    return f"{float(x):,.0f}"


def _fmt(x) -> str:
    if isinstance(x, float):
        return f"{x:,.4g}"
    return "" if x is None else str(x)


def _table(rows: Sequence[Sequence[object]], header: Sequence[str] | None) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_fmt(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    if not header:
        return f"<table><tbody>{body}</tbody></table>"
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _scenario_rows(scenario) -> list[tuple[str, object]]:
    if dataclasses.is_dataclass(scenario):
        items = dataclasses.asdict(scenario).items()
    else:
        items = dict(scenario).items()
    return [
        (k.replace("_", " "), v) for k, v in items if v is not None and not isinstance(v, (dict, list, tuple))
    ]


def _strategy_rows(d: dict) -> list[list[object]]:
    rows = []
    for s in d.get("strategies", []):
        labels = _fmt_count(s.get("labels"))
        if s.get("labels_low") is not None and s.get("labels_high") is not None:
            labels += f" ({_fmt_count(s['labels_low'])} to {_fmt_count(s['labels_high'])})"
        days = s.get("calendar_days")
        rows.append(
            [
                s.get("strategy"),
                labels,
                s.get("rounds"),
                _fmt_money(s.get("label_cost")),
                _fmt_money(s.get("engineering_cost")),
                _fmt_money(s.get("compute_cost")),
                _fmt_money(s.get("total_cost")),
                "n/a" if days is None else f"{float(days):,.1f}",
            ]
        )
    return rows


def _data_rows(curves: pd.DataFrame) -> list[tuple[str, object]]:
    rows = []
    for col in ("dataset", "model"):
        if col in curves.columns:
            rows.append((col, ", ".join(sorted(map(str, curves[col].unique())))))
    rows.append(("strategies", ", ".join(sorted(map(str, curves["strategy"].unique())))))
    if "seed" in curves.columns:
        rows.append(("seeds per strategy", int(curves.groupby("strategy")["seed"].nunique().min())))
    rows.append(
        ("labels measured", f"{int(curves['n_labels'].min()):,} to {int(curves['n_labels'].max()):,}")
    )
    note = curves.attrs.get("metric_note") if hasattr(curves, "attrs") else None
    if note:
        rows.append(("metric", note))
    return rows


CAVEATS = (
    "Learning curves beyond the largest measured label count are extrapolations of "
    "fitted curve families; the intervals come from a bootstrap over runs and rounds "
    "and do not cover a change of data distribution.",
    "Curves simulated on a proxy data set are a stand-in for your task: the ratio "
    "between strategies transfers better than the absolute label counts. Run a small "
    "random-sampling pilot on your own data to check.",
    "Vendor prices are indicative public price points; quote your own. Label noise is "
    "modeled by simulation or an effective-sample-size approximation.",
    "Costs count labels, engineering, compute and calendar time as entered; they leave "
    "out everything not entered (review time, tooling licences, the risk of a second round "
    "unless stated).",
)


def _vega_scripts() -> tuple[str, str | None]:
    """(script tags, note): the inlined bundle, or CDN tags with a note saying so."""
    try:
        from altair.utils._importers import import_vl_convert, vl_version_for_vl_convert

        bundle = import_vl_convert().javascript_bundle(vl_version=vl_version_for_vl_convert())
        bundle = bundle.replace("</script", "<\\/script")
        return f'<script type="text/javascript">\n{bundle}\n</script>', None
    except ImportError:
        tags = "".join(
            f'<script src="{CDN}/{lib}"></script>'
            for lib in ("vega@6", "vega-lite@6", "vega-embed@7")
        )
        return tags, (
            "The charts load their JavaScript from a CDN (install vl-convert-python to "
            "inline it): they need an internet connection to show."
        )


STYLE = """
body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.sentence{font-size:1.15em;background:#eef7f5;border-left:4px solid #2a9d8f;padding:.8em 1em;margin:1em 0}
.note{background:#fff4e5;border-left:4px solid #f4a261;padding:.6em 1em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em} th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left}
th{background:#f5f5f5} .chart{width:100%;margin:1em 0} .muted{color:#666;font-size:.9em}
pre{background:#f7f7f7;padding:.8em;overflow-x:auto;font-size:.85em}
"""


def render_report(
    curves: pd.DataFrame,
    scenario,
    decision,
    *,
    vendors: pd.DataFrame | None = None,
    frames: Mapping[str, pd.DataFrame] | None = None,
    notes: Sequence[str] = (),
    seed: int = 0,
) -> str:
    """One self-contained HTML page: inputs, verdict, charts and caveats.

    Parameters
    ----------
    curves : DataFrame
        The curves table the decision was made on (``strategy, n_labels,
        accuracy`` at least).
    scenario : planner.costs.Scenario
        The prices and constraints.
    decision : planner.decision.Decision
        ``decide(curves, scenario, target)``; its ``to_dict()`` and
        ``to_text()`` are shown.
    vendors : DataFrame, optional
        Vendor table for the vendor comparison chart (default: the shipped one).
    frames : mapping, optional
        Already computed :func:`plan_frames` tables (the dashboard passes its
        cached ones); computed here when omitted.
    notes : sequence of str
        Extra lines for the caveats (e.g. tables that could not be drawn).
    seed : int
        Seed for the bootstrap bands when ``frames`` is omitted.

    Returns
    -------
    str
        The HTML document.
    """
    d = _decision_dict(decision)
    target = float(d["target"])
    notes = list(notes)
    if frames is None:
        frames, more = plan_frames(curves, scenario, target, vendors=vendors, decision=decision, seed=seed)
        notes += more
    chart_objs = build_charts(curves, frames, target, decision)
    scripts, cdn_note = _vega_scripts()
    text = decision.to_text() if hasattr(decision, "to_text") else ""
    sentence = decision.sentence() if callable(getattr(decision, "sentence", None)) else _sentence(d, text)

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>alplan report: target accuracy {target:.3g}</title>",
        f"<style>{STYLE}</style>",
        scripts,
        "</head><body>",
        "<h1>Does active learning pay off for us?</h1>",
        f'<p class="muted">alplan report, {html.escape(_dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))}; '
        f"target accuracy {target:.3g}</p>",
    ]
    if cdn_note:
        parts.append(f'<p class="note">{html.escape(cdn_note)}</p>')
    parts.append("<h2>Verdict</h2>")
    parts.append(f'<p class="sentence" id="sentence">{html.escape(sentence)}</p>')
    parts.append(
        _table(
            [
                ("recommended path", d.get("recommendation")),
                ("savings vs random labeling", _fmt_money(d.get("savings"))),
                ("P(active learning is cheaper)", _fmt_prob(d.get("probability_al_cheaper"))),
                ("break-even label price", _fmt_money(d.get("break_even_label_price"))),
                ("labels AL must save to pay for itself",
                 "n/a" if d.get("break_even_labels_saved") is None else _fmt_count(d["break_even_labels_saved"])),
            ],
            None,
        )
    )
    parts.append(
        _table(
            _strategy_rows(d),
            ("strategy", "labels to target (interval)", "rounds", "label cost", "engineering",
             "compute", "total cost", "calendar days"),
        )
    )
    if text:
        parts.append(f"<details><summary>Plain-text verdict</summary><pre>{html.escape(text)}</pre></details>")
    parts.append("<h2>Inputs</h2>")
    parts.append(_table(_scenario_rows(d.get("scenario") or scenario), ("input", "value")))
    parts.append(_table(_data_rows(curves), ("curves", "")))

    specs = []
    for i, (title, chart) in enumerate(chart_objs.items()):
        parts.append(f"<h2>{html.escape(title)}</h2>")
        parts.append(f'<div class="chart" id="chart-{i}"></div>')
        specs.append((f"chart-{i}", chart.to_dict()))
    parts.append("<h2>Caveats</h2><ul>")
    parts.extend(f"<li>{html.escape(c)}</li>" for c in (*CAVEATS, *notes))
    parts.append("</ul>")
    plan_json = html.escape(json.dumps(d, indent=2, allow_nan=False, default=_json_default))
    parts.append(f"<h2>Plan (JSON)</h2><details><summary>Every number above, as JSON</summary><pre>{plan_json}</pre></details>")
    embeds = "\n".join(
        f"vegaEmbed('#{div}', {_script_json(spec)}, {{actions: false}}).catch(console.error);"
        for div, spec in specs
    )
    parts.append(f'<script type="text/javascript">\n{embeds}\n</script>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _fmt_prob(p) -> str:
    return "n/a" if p is None else f"{float(p):.0%}"


def _sentence(d: dict, text: str) -> str:
    """The one plain sentence: the decision's own, else the last line of its text."""
    for key in ("sentence", "summary", "headline"):
        if isinstance(d.get(key), str) and d[key].strip():
            return d[key].strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else f"Recommended path: {d.get('recommendation')}."


def _json_default(obj):
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (np.floating,)):
        return float(obj) if math.isfinite(obj) else None
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    return str(obj)


def _script_json(spec: dict) -> str:
    """JSON safe inside a <script> element (no '</' sequences)."""
    return json.dumps(spec, default=_json_default).replace("</", "<\\/")
