"""The one-file HTML report for a manager (``alplan plan --report``, the dashboard's download).

It renders one :class:`planner.decide.verdict.Decision` and the :class:`planner.decide.verdict.Plan`
it was read from, and computes no number of its own: :func:`plan_frames` asks the
Plan for every table the charts draw (the same joint draws as the verdict),
:func:`render_report` shows the Decision's sentence, break-even line, rule,
warnings, notes and per-strategy basis, the inputs, the charts (Vega-Lite specs
from planner.present.charts) and the caveats.

Self-contained: the Vega / Vega-Lite / vega-embed JavaScript is inlined from the
``vl-convert-python`` package (offline, no CDN). Where that package is missing,
the page loads the same scripts from a CDN and says so at the top.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as _dt
import html
import json
import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from planner.decide.vendors import read_vendors
from planner.present.budget_view import budget_rows
from planner.present.verdict_view import present, scenario_rows, strategy_cell, to_text
from planner.present.words import count, metric_words, table_note, target_text as pct

__all__ = ["plan_frames", "build_charts", "budget_frame", "page_parts", "render_report", "target_grid", "price_grid"]

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
    step = (grid[-1] - grid[0]) / max(n - 2, 1)
    grid = grid[np.abs(grid - target) > step / 2]  # no row a hair from the target's own (0.969 beside 0.970)
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
    return np.unique([float(f"{p:.1g}") for p in np.geomspace(low, high, n)])  # readable ticks: $0.2, $0.5, $3


def _table_of(curves) -> pd.DataFrame:
    """The curves table of a Plan (the rows it was drawn from), or the table itself."""
    from planner.decide.verdict import Plan   # lazy: start-up time (scipy)

    return curves.curves if isinstance(curves, Plan) else curves


def plan_frames(
    curves,
    scenario,
    target: float,
    *,
    vendors: pd.DataFrame | None = None,
    decision=None,
    seed: int = 0,
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Every table the charts draw, read from the Plan behind ``decision``.

    Parameters
    ----------
    curves : DataFrame or planner.decide.verdict.Plan
        The Plan the decision was made on (a table is turned into one by
        ``get_plan(curves, seed=seed)``, the cached Plan of ``decide``). Pass
        the Plan itself for a transferred pilot: its AL strategies exist in
        the Plan, not as rows of the table.
    decision : planner.decide.verdict.Decision, optional
        ``plan.decide(scenario, target, vendors=vendors)`` (made here when omitted).

    Returns
    -------
    frames : dict name -> DataFrame
        ``forecast`` (:func:`planner.decide.whatif.forecast_frame` at the decision's level, out to
        past the widest finite label range), ``cost_vs_target``,
        ``break_even_map``, ``sensitivity``, ``vendor_comparison`` (with
        ``vendors``, else the shipped vendor table). A table that cannot be
        computed is left out.
    notes : list of str
        One line per table left out, saying why.
    """
    from planner.decide import whatif   # lazy: start-up time (scipy)
    from planner.decision import get_plan   # lazy: start-up time (scipy)

    plan = get_plan(curves, seed=seed)
    table = plan.curves
    frames: dict[str, pd.DataFrame] = {}
    notes: list[str] = []
    if decision is None:
        decision = plan.decide(scenario, target, vendors=vendors)
    priced = plan.resolve(scenario, vendors)  # the vendor's terms applied
    highs = [r.labels_high for r in decision.strategies if math.isfinite(r.labels_high)]
    n_end = min(max(highs) * 1.2, 50.0 * float(table["n_labels"].max())) if highs else None
    jobs = {
        "forecast": lambda: whatif.forecast_frame(plan, n_end=n_end, level=decision.level, scenario=priced),
        "cost_vs_target": lambda: whatif.cost_by_target(plan, priced, target_grid(table, target),
                                                        level=decision.level),
        "break_even_map": lambda: whatif.winner_by_price(
            plan, priced, target_grid(table, target, n=7),
            price_grid(priced.label_price, _grid_centre(decision), n=11),
        ),
        "sensitivity": lambda: whatif.savings_sensitivity(plan, priced, target),
    }
    if vendors is None:  # the shipped, indicative vendor table

        vendors = read_vendors(None)
    if len(vendors):
        jobs["vendor_comparison"] = lambda: whatif.cost_by_vendor(plan, priced, target, vendors)
    for name, job in jobs.items():
        try:
            frames[name] = job()
        except ValueError as exc:
            notes.append(f"{name.replace('_', ' ')}: not drawn ({str(exc).splitlines()[0]})")
    return frames, notes


def page_parts(curves, scenario, target: float, *, vendors: pd.DataFrame | None = None):
    """What the page shows of one scenario, from one Plan (the curves' joint draws, cached by planner).

    Returns ``(decision, frames, notes, specs, batch)``: the Decision, the
    chart tables and their notes (:func:`plan_frames`), the chart specs
    (Vega-Lite dicts of :func:`build_charts`) and the AL batch size the
    curves were measured at.
    """
    from planner.decision import get_plan   # lazy: start-up time (scipy)

    scenario.validate()
    joint = get_plan(curves)
    decision = joint.decide(scenario, target, vendors=vendors)
    frames, notes = plan_frames(joint, scenario, target, vendors=vendors, decision=decision)
    specs = {title: chart.to_dict() for title, chart in build_charts(joint, frames, target, decision).items()}
    return decision, frames, notes, specs, int(joint.batch_size())


def budget_frame(curves, scenario, budget: float, *, vendors: pd.DataFrame | None = None) -> pd.DataFrame:
    """The page's reverse question: what ``budget`` dollars buy per strategy
    (:func:`planner.decide.whatif.accuracy_for_budget` on the curves' Plan), each number beside its words
    (``<column>_text``, :func:`planner.present.budget_view.budget_rows`)."""
    from planner.decide.whatif import accuracy_for_budget   # lazy: start-up time (scipy)
    from planner.decision import get_plan   # lazy: start-up time (scipy)

    bought = accuracy_for_budget(get_plan(curves), scenario, budget, vendors=vendors).reset_index(drop=True)
    return pd.concat([bought, pd.DataFrame(budget_rows(bought)).add_suffix("_text")], axis=1)


def build_charts(curves, frames: Mapping[str, pd.DataFrame], target: float, decision=None) -> dict[str, object]:
    """Altair charts keyed by section title, from :func:`plan_frames`' tables and the Decision's rows.

    ``curves``: the curves table or the Plan (its measured points are drawn).
    """
    from planner.present import charts, whatif_charts   # lazy: start-up time (altair)

    quoted = [] if decision is None else [n for r in decision.strategies for n in (r.labels, r.labels_high)
                                           if n is not None and math.isfinite(n)]
    out: dict[str, object] = {
        "Learning curves": charts.learning_curves(
            _table_of(curves), frames.get("forecast"), target=target,
            metric=f"test {metric_words(getattr(decision, 'metric', 'accuracy'))}", n_max=max(quoted, default=None))
    }
    if decision is not None and len(decision.strategies):
        rows = present(decision).rows  # the table's words for the median and the range
        frame = decision.to_frame().assign(labels_text=[r["labels"] for r in rows],
                                           range_text=[r["range"] for r in rows])
        out["Labels to target"] = charts.labels_to_target(frame)
    builders = {
        "cost_vs_target": ("Total cost vs target accuracy", charts.cost_vs_target),
        "break_even_map": ("Break-even map", functools.partial(
            charts.break_even_map, price=_scenario_price(decision), target=target)),
        "vendor_comparison": ("Vendor comparison", whatif_charts.vendor_comparison),
        "sensitivity": ("Sensitivity of the savings", whatif_charts.sensitivity),
    }
    for key, (title, build) in builders.items():
        if key in frames and len(frames[key]) and (key != "cost_vs_target" or charts.drawable_cost(frames[key])):
            out[title] = build(frames[key])
    return out


# ------------------------------------------------------------------- HTML


def _table(rows: Sequence[Sequence[object]], header: Sequence[str] | None) -> str:
    """An HTML table of text cells (every number already formatted by planner.present.words)."""
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    if not header:
        return f"<table><tbody>{body}</tbody></table>"
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _scenario_price(decision) -> float | None:
    """The label price the decision was made at (the map's price axis, the vendor's when one was chosen), or None."""
    scenario = getattr(decision, "scenario", None) or {}
    scenario = scenario if isinstance(scenario, dict) else dataclasses.asdict(scenario)
    price = scenario.get("label_price")
    return float(price) if price else None


def _grid_centre(decision) -> float:
    """The break-even map's price grid centres on the quoted break-even (where the pick changes), else on the AL
    pick's even-odds price."""
    be = decision.break_even_label_price
    return be if be is not None and 0 < be < float("inf") else decision.break_even_label_price_median


#: The report's verdict table: the page's columns, then the cost breakdown and the note.
REPORT_COLUMNS = ("strategy", "labels", "range", "basis", "p_cheapest", "saving", "rounds",
                  "label_cost", "engineering_cost", "compute_cost", "total", "days")


def _strategy_rows(view) -> list[list[str]]:
    """One row per strategy, as the presenter wrote it (nothing recomputed)."""
    return [[strategy_cell(row) if c == "strategy" else row[c] for c in REPORT_COLUMNS] for row in view.rows]


def _strategy_notes(view) -> list[str]:
    """Each strategy's note, under the table rather than in a column of it, so no column is squeezed into
    breaking its words; first what a cell carried at the extrapolation limit means, once, where one is."""
    capped = [note] if (note := table_note(view.rows, REPORT_COLUMNS)) else []
    return capped + [row["note"] if row["note"].startswith(f"{row['strategy']}:")
                     else f"{row['strategy']}: {row['note']}" for row in view.rows if row.get("note")]


def _verdict_rows(decision, view) -> list[tuple[str, str]]:
    """The headline numbers: the page's metrics, the break-even line, the rule and the draws."""
    rows = [(m.label, m.value + (f" ({m.caption})" if m.caption else "")) for m in view.metrics]
    rows.append(("Break-even", view.break_even.removeprefix("Break-even: ")))
    if view.budget:
        rows.append(("Label budget", view.budget))
    if view.track:
        rows.append(("Track record", view.track.removeprefix("Track record: ")))
    rows.append(("Decision rule", decision.decision_rule))
    rows.append(("Forecasts", f"{decision.n_draws:,} joint draws"))
    return rows


def _data_rows(curves: pd.DataFrame, decision=None) -> list[tuple[str, object]]:
    rows = []
    for col in ("dataset", "model"):
        if col in curves.columns:
            rows.append((col, ", ".join(sorted(map(str, curves[col].unique())))))
    rows.append(("strategies measured", ", ".join(sorted(map(str, curves["strategy"].unique())))))
    if decision is not None:
        moved = [r.strategy for r in decision.strategies if r.basis == "transferred"]
        if moved:
            rows.append(("strategies transferred from proxies (not measured here)", ", ".join(moved)))
    if "seed" in curves.columns:
        rows.append(("seeds per strategy", int(curves.groupby("strategy")["seed"].nunique().min())))
    rows.append(("labels measured", f"{count(curves['n_labels'].min())} to {count(curves['n_labels'].max())}"))
    note = curves.attrs.get("metric_note") if hasattr(curves, "attrs") else None
    if note:
        rows.append(("metric", note))
    return rows


def _items(lines: Sequence[str], cls: str) -> str:
    return f'<ul class="{cls}" id="{cls}">' + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"


CAVEATS = (
    "Every number of the verdict comes from one set of joint forecasts: runs are resampled together "
    "and each draw carries a plausible curve per strategy (measurement noise, run-to-run spread, "
    "extrapolation uncertainty, transfer spread). Learning curves beyond the largest measured label "
    "count are extrapolations (the table says by how much); the ranges do not cover a change of data "
    "distribution.",
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
        from altair.utils._importers import (  # lazy: start-up time (altair)
            import_vl_convert, vl_version_for_vl_convert)

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
.warnings{background:#fdecea;border-left:4px solid #d62728;padding:.6em 1em .6em 2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em;width:100%;max-width:100%;table-layout:auto}
th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left;overflow-wrap:break-word;hyphens:manual;vertical-align:top}
.wide{overflow-x:auto} .wide table{font-size:.85em} .wide th,.wide td{padding:.3em .4em}
th{background:#f5f5f5} .chart{width:100%;margin:1em 0} .muted{color:#666;font-size:.9em}
pre{background:#f7f7f7;padding:.8em;overflow-x:auto;font-size:.85em}
"""


def _head(aim: str, scripts: str, cdn_note: str | None) -> list[str]:
    """The document's head and title lines, with the note on where the chart scripts come from."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>alplan report: {aim}</title>",
        f"<style>{STYLE}</style>",
        scripts,
        "</head><body>",
        "<h1>Does active learning pay off for us?</h1>",
        f'<p class="muted">alplan report, {html.escape(_dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))}; '
        f"{aim}</p>",
    ]
    if cdn_note:
        parts.append(f'<p class="note">{html.escape(cdn_note)}</p>')
    return parts


def _verdict_section(decision) -> list[str]:
    """The verdict: its sentence, quotes, warnings, the verdict and strategy tables, the rule, the notes and the
    plain-text verdict."""
    view = present(decision)
    parts = ["<h2>Verdict</h2>",
             f'<p class="sentence" id="sentence">{html.escape(view.sentence)}</p>',
             f'<p id="break-even">{html.escape(view.break_even)}</p>',
             f'<p id="price">{html.escape(view.price)}</p>']
    if view.budget:
        parts.append(f'<p id="budget">{html.escape(view.budget)}</p>')
    if view.pilot:  # the page's line on extending the pilot (the decision's own)
        parts.append(f'<p id="pilot">{html.escape(view.pilot)}</p>')
    if decision.warnings:
        parts.append("<h3>Warnings</h3>")
        parts.append(_items(decision.warnings, "warnings"))
    parts.append(_table(_verdict_rows(decision, view), None))
    parts.append(f'<div class="wide">{_table(_strategy_rows(view), [view.columns[c][0] for c in REPORT_COLUMNS])}</div>')
    if strategy_notes := _strategy_notes(view):
        parts.append(_items(strategy_notes, "muted"))
    parts.append(f'<p class="muted" id="rule">{html.escape(view.rule)} '
                 "\"rests on\": measured = within the measured label counts; "
                 "extrapolated Nx = N times the largest measured count; whole pool = by labeling every example "
                 "of the pool; transferred = forecast from a random pilot and the proxies' label-efficiency "
                 "ratios.</p>")
    if decision.notes or view.reasons:
        parts.append("<h3>Notes</h3>")
        parts.append(_items(list(decision.notes) + [r for r in view.reasons if r not in decision.notes], "notes"))
    parts.append(f"<details><summary>Plain-text verdict</summary><pre>{html.escape(to_text(decision))}</pre></details>")
    return parts


def _chart_sections(chart_objs: Mapping[str, object]) -> tuple[list[str], list[tuple[str, dict]]]:
    """A titled placeholder per chart, and each placeholder's id with the chart's Vega-Lite spec."""
    parts, specs = [], []
    for i, (title, chart) in enumerate(chart_objs.items()):
        parts.append(f"<h2>{html.escape(title)}</h2>")
        parts.append(f'<div class="chart" id="chart-{i}"></div>')
        specs.append((f"chart-{i}", chart.to_dict()))
    return parts, specs


def _closing(notes: Sequence[str], d: dict, specs: list[tuple[str, dict]]) -> list[str]:
    """The caveats, the plan's JSON and the script that draws every chart into its placeholder."""
    parts = ["<h2>Caveats</h2><ul>", *(f"<li>{html.escape(c)}</li>" for c in (*CAVEATS, *notes)), "</ul>"]
    plan_json = html.escape(json.dumps(d, indent=2, allow_nan=False, default=_json_default))
    parts.append(f"<h2>Plan (JSON)</h2><details><summary>Every number above, as JSON</summary><pre>{plan_json}</pre></details>")
    embeds = "\n".join(
        f"vegaEmbed('#{div}', {_script_json(spec)}, {{actions: false}}).catch(console.error);"
        for div, spec in specs
    )
    parts.append(f'<script type="text/javascript">\n{embeds}\n</script>')
    parts.append("</body></html>")
    return parts


def render_report(
    curves,
    scenario,
    decision,
    *,
    vendors: pd.DataFrame | None = None,
    frames: Mapping[str, pd.DataFrame] | None = None,
    notes: Sequence[str] = (),
    seed: int = 0,
) -> str:
    """One self-contained HTML page: the verdict, the inputs, the charts and the caveats.

    Parameters
    ----------
    curves : DataFrame or planner.decide.verdict.Plan
        The Plan the decision was made on, or its curves table (``strategy,
        n_labels, accuracy`` at least; ``get_plan`` gives its cached Plan).
    scenario : planner.decide.costs.Scenario
        The prices and constraints.
    decision : planner.decide.verdict.Decision
        ``plan.decide(scenario, target)``: its sentence, break-even line,
        rule, warnings, notes, rows and ``to_dict()`` are shown as they are.
    vendors : DataFrame, optional
        Vendor table for the vendor comparison chart (default: the shipped one).
    frames : mapping, optional
        Already computed :func:`plan_frames` tables (the dashboard passes its
        cached ones); computed here when omitted.
    notes : sequence of str
        Extra lines for the caveats (e.g. tables that could not be drawn).
    seed : int
        Seed of the Plan when ``curves`` is a table and ``frames`` is omitted.

    Returns
    -------
    str
        The HTML document.
    """
    d = decision.to_dict()
    target = float(decision.target)
    notes = list(notes)
    if frames is None:
        frames, more = plan_frames(curves, scenario, target, vendors=vendors, decision=decision, seed=seed)
        notes += more
    table = _table_of(curves)
    chart_objs = build_charts(table, frames, target, decision)
    scripts, cdn_note = _vega_scripts()
    aim = f"target {html.escape(metric_words(getattr(decision, 'metric', 'accuracy')))} {html.escape(pct(target))}"

    parts = _head(aim, scripts, cdn_note)
    parts += _verdict_section(decision)
    parts.append("<h2>Inputs</h2>")
    inputs = d.get("scenario") or {**dataclasses.asdict(scenario), **dataclasses.asdict(scenario.pool)}
    parts.append(_table(scenario_rows(inputs), ("input", "value")))
    parts.append(_table(_data_rows(table, decision), ("curves", "")))
    charts, specs = _chart_sections(chart_objs)
    return "\n".join([*parts, *charts, *_closing(notes, d, specs)])


def _json_default(obj):
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (np.floating,)):
        return float(obj) if math.isfinite(obj) else None
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    return str(obj)


def _script_json(spec: dict) -> str:
    """JSON safe inside a <script> element: no ``<`` at all (so no ``</script>``, ``<!--`` or ``<script``
    sequence that would end or derail the element), nor ``>``, ``&`` or the JavaScript line separators;
    each is written as its ``\\uXXXX`` escape, which JSON reads back as the same character."""
    text = json.dumps(spec, default=_json_default)
    for char in ("<", ">", "&", "\u2028", "\u2029"):
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text
