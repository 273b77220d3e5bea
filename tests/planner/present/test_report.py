"""planner.present.report: one self-contained HTML page with the inputs, the verdict, the charts, the caveats."""

from __future__ import annotations

import dataclasses
import html
import json
import math
import re

import numpy as np
import pandas as pd
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decision import get_plan
from planner.forecast.transfer import transfer
from planner.present import verdict_sentence, verdict_view, words
from planner.present.report import REPORT_COLUMNS, STYLE, build_charts, plan_frames, price_grid, render_report, target_grid
from planner.present.evidence_lines import pilot_line
from planner.present.verdict_view import present
from tests.builders import TWO, csv_file, curve_table, proxy_table
from tests.seeds import SEED


def synthetic_curves(rng: np.random.Generator, strategies=TWO) -> pd.DataFrame:
    return curve_table(rng, lambda n, ratio: 0.985 - 0.9 * (n / ratio) ** -0.5, strategies, batch_size=20)


@pytest.fixture(scope="module")
def curves():
    return synthetic_curves(np.random.default_rng(SEED))


@pytest.fixture(scope="module")
def scenario():
    return Scenario(label_price=2.0, engineering_days=2.0, day_rate=400.0, compute_per_round=0.5)


@pytest.fixture(scope="module")
def decision(curves, scenario):
    return get_plan(curves).decide(scenario, 0.95)


@pytest.fixture(scope="module")
def page(curves, scenario, decision):
    return render_report(curves, scenario, decision)


def embedded_specs(page: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r"vegaEmbed\('#chart-\d+', (\{.*?\}), \{actions", page)]


def test_report_is_self_contained(page):
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script src=" not in page and "cdn.jsdelivr" not in page
    assert "vegaEmbed" in page and "vega-lite" in page.lower()  # the inlined bundle
    assert len(page) < 5_000_000


def test_report_shows_the_verdict_inputs_charts_and_caveats(page, decision, curves):
    assert html.escape(verdict_sentence.sentence(decision)) in page
    assert f'<p id="break-even">{html.escape(verdict_sentence.break_even_line(decision))}</p>' in page
    assert f"Rule: {html.escape(decision.decision_rule)}." in page
    metric = next(m for m in verdict_view._metrics(decision) if m.label == "Recommended path")
    shown = metric.value + (f" ({metric.caption})" if metric.caption else "")
    assert decision.recommendation in shown   # the pick, or "can't tell yet (leans <pick>)"
    assert f"<td>Recommended path</td><td>{html.escape(shown)}</td>" in page
    track = present(decision).track
    assert track and f"<td>Track record</td><td>{html.escape(track.removeprefix('Track record: '))}</td>" in page
    assert "label price (per label, as quoted)" in page and "engineering days to set up AL" in page
    assert "<td>engineering day rate</td><td>$400 a day</td>" in page  # the inputs carry their units
    titles = re.findall(r"<h2>([^<]+)</h2>", page)
    for title in ("Verdict", "Inputs", "Learning curves", "Labels to target", "Total cost vs target accuracy",
                  "Break-even map", "Sensitivity of the savings", "Caveats"):
        assert title in titles
    specs = embedded_specs(page)
    assert len(specs) == len(re.findall(r'<div class="chart" id="chart-\d+">', page)) >= 6
    assert all("$schema" in s for s in specs)
    # the learning-curve chart carries the measured points of every strategy
    values = [v for s in specs[:1] for rows in s["datasets"].values() for v in rows]
    assert {v["strategy"] for v in values if "runs" in v} == set(curves["strategy"])
    assert "extrapolation" in page


def strategy_table(page: str) -> list[dict]:
    """The per-strategy table of the page: one dict per row, keyed by the header."""
    block = re.search(r"<table><thead><tr><th>strategy</th>(.*?)</table>", page, re.S).group(0)
    header = re.findall(r"<th>([^<]*)</th>", block)
    rows = re.findall(r"<tr>((?:<td>.*?</td>)+)</tr>", block)
    return [dict(zip(header, map(html.unescape, re.findall(r"<td>(.*?)</td>", r)))) for r in rows]


def _name(cell: str) -> str:
    """A strategy cell's name, without the pick's tag (verdict_view.strategy_cell)."""
    return re.sub(rf" \(({verdict_view.RECOMMENDED_TAG}|{verdict_view.LEANING_TAG})\)$", "", cell)


def test_report_table_shows_what_each_number_rests_on(page, decision):
    table = strategy_table(page)
    assert [_name(r["strategy"]) for r in table] == [r.strategy for r in decision.strategies]
    tag = f" ({verdict_view.RECOMMENDED_TAG if decision.can_tell else verdict_view.LEANING_TAG})"   # as the sentence says it
    for shown, row in zip(table, decision.strategies):
        assert shown["rests on"] == row.basis and row.basis  # measured / extrapolated 1.8x / ...
        assert shown["labels to target"] == f"{row.labels:,.0f}"
        assert shown["strategy"].endswith(tag) == (row.strategy == decision.recommendation)
    # the labels chart draws the Decision's numbers, not numbers of its own
    labels_spec = embedded_specs(page)[1]
    drawn = {v["strategy"]: v for rows in labels_spec["datasets"].values() for v in rows}
    for row in decision.strategies:
        assert drawn[row.strategy]["labels"] == row.labels


def test_report_shows_warnings_notes_and_open_ranges(curves, scenario, decision):
    """A decision whose range is open and which warns: the page says both, the chart draws it open."""
    rnd = decision.row("random")
    open_row = dataclasses.replace(rnd, labels_high=math.inf, warning="random: <the range is open>")
    edited = dataclasses.replace(
        decision, strategies=tuple(open_row if r.strategy == "random" else r for r in decision.strategies),
        warnings=("random: <the range is open>", "margin: 9.0x the largest measured count"),
        notes=("curves simulated at label noise 0.05",),
    )
    frames, notes = plan_frames(curves, scenario, 0.95, decision=edited)
    page = render_report(curves, scenario, edited, frames=frames, notes=notes)
    warned = re.search(r'<ul class="warnings" id="warnings">(.*?)</ul>', page, re.S).group(1)
    assert "<li>random: &lt;the range is open&gt;</li>" in warned and "9.0x" in warned
    assert "<li>curves simulated at label noise 0.05</li>" in re.search(r'<ul class="notes" id="notes">(.*?)</ul>',
                                                                        page, re.S).group(1)
    shown = {_name(r["strategy"]): r for r in strategy_table(page)}
    assert shown["random"]["80% range"] == f"{rnd.labels_low:,.0f} to not reached"
    assert "&lt;the range is open&gt;" in page and "<the range is open>" not in page
    labels_spec = embedded_specs(page)[1]
    drawn = {v["strategy"]: v for rows in labels_spec["datasets"].values() for v in rows}
    assert drawn["random"]["open"] is True and drawn["random"]["range"].endswith("to not reached")


def test_a_page_without_warnings_has_no_warning_list(page, decision):
    assert ('id="warnings"' in page) == bool(decision.warnings)


def test_pool_smaller_than_the_range_warns_on_the_page(curves, scenario, decision):
    # a pool below every strategy's range: no strategy reaches the target within it in any draw
    # (where one does, every strategy does by the pool's end), so the ranges exceed the pool
    plan = get_plan(curves)
    fewest = min(float(np.min(plan.label_draws(s, 0.95, plan.resolve(scenario))[0])) for s in plan.strategies)
    pool = int(fewest) - 1  # below every draw (the quoted low ends are moved past measurements below target)
    small = scenario.with_pool(pool_size=pool)
    warned = get_plan(curves).decide(small, 0.95)
    assert any(f"pool of {pool:,}" in w for w in warned.warnings)
    page = render_report(curves, small, warned)
    assert f"pool of {pool:,}" in re.search(r'id="warnings">(.*?)</ul>', page, re.S).group(1)


def test_transferred_strategies_are_marked_transferred(scenario):
    rng = np.random.default_rng(SEED)
    proxies = pd.concat([
        proxy_table(rng, "p1", 0.95, 0.9, 0.5, [("random", 1.0), ("margin", 0.5)]),
        proxy_table(rng, "p2", 0.92, 1.0, 0.6, [("random", 1.0), ("margin", 0.7)]),
    ], ignore_index=True)
    pilot = proxy_table(rng, "mine", 0.93, 0.9, 0.5, [("random", 1.0)], rounds=10)
    moved = transfer(pilot, proxies)
    assert set(moved["strategy"]) == {"random"}  # margin exists only in the Plan
    plan = get_plan(moved)
    decision = plan.decide(scenario, 0.85)
    assert decision.row("margin").basis == "transferred"
    frames, notes = plan_frames(plan, scenario, 0.85, decision=decision)
    kinds = frames["forecast"].groupby("strategy")["kind"].agg(set)
    assert kinds["margin"] == {"transferred"} and "transferred" not in kinds["random"]
    page = render_report(plan, scenario, decision, frames=frames, notes=notes)
    shown = {_name(r["strategy"]): r for r in strategy_table(page)}
    assert shown["margin"]["rests on"] == "transferred" and shown["random"]["rests on"] != "transferred"
    assert "<td>strategies transferred from proxies (not measured here)</td><td>margin</td>" in page
    learning = embedded_specs(page)[0]
    drawn = [v for rows in learning["datasets"].values() for v in rows if "kind" in v]
    assert {v["kind"] for v in drawn if v["strategy"] == "margin"} == {"transferred"}
    (line,) = [layer for layer in learning["layer"]
               if layer.get("encoding", {}).get("strokeDash", {}).get("field") == "kind"]
    assert "transferred" in line["encoding"]["strokeDash"]["scale"]["domain"]  # the legend names it


def test_report_embeds_the_plan_json_exactly(page, decision):
    block = re.search(r"<summary>Every number above, as JSON</summary><pre>(.*?)</pre>", page, re.S).group(1)
    assert json.loads(html.unescape(block)) == json.loads(json.dumps(decision.to_dict()))


def test_report_escapes_user_text(curves, scenario):
    evil = curves.copy()
    evil["strategy"] = evil["strategy"].replace({"margin": "<script>alert(1)</script>"})
    decision = get_plan(evil).decide(scenario, 0.95)
    page = render_report(evil, scenario, decision)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_table_that_cannot_be_drawn_becomes_a_caveat(curves, scenario):
    only_al = curves[curves["strategy"] == "margin"]
    decision = get_plan(only_al).decide(scenario, 0.95)
    frames, notes = plan_frames(only_al, scenario, 0.95, decision=decision)
    assert "sensitivity" not in frames and any(n.startswith("sensitivity") for n in notes)
    page = render_report(only_al, scenario, decision, frames=frames, notes=notes)
    assert "sensitivity: not drawn" in page and "Learning curves" in page


def test_grids_bracket_the_scenario(curves):
    targets = target_grid(curves, 0.95)
    assert 0.95 in targets and targets.min() < 0.95 < 1 and (np.diff(targets) > 0).all()
    prices = price_grid(0.04)
    assert prices.min() == pytest.approx(0.004) and prices.max() == pytest.approx(0.4)
    wide = price_grid(0.04, break_even=20.0)  # the map must reach where the verdict flips
    assert wide.min() == pytest.approx(0.004) and wide.max() == pytest.approx(200.0)
    assert price_grid(0.04, break_even=None).tolist() == price_grid(0.04, break_even=float("nan")).tolist()
    with pytest.raises(ValueError, match="label price"):
        price_grid(0.0)


def test_cli_plan_writes_the_report(tmp_path, curves, cli):
    out = tmp_path / "report.html"
    code, _, err = cli("plan", csv_file(tmp_path, curves), "--target", "0.95", "--label-price", "2",
                       "--engineering-days", "2", "--day-rate", "400", "--report", out)
    assert code == 0, err
    page = out.read_text()
    assert "<h2>Verdict</h2>" in page and len(embedded_specs(page)) >= 5


def test_cli_plan_bad_input_writes_no_report(tmp_path, curves, cli):
    out = tmp_path / "report.html"
    code, _, err = cli("plan", csv_file(tmp_path, curves.drop(columns="accuracy")), "--target", "0.95",
                       "--label-price", "2", "--report", out)
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and "accuracy" in err


# (a name holding U+2028/U+2029 is refused when the table is read, issue 21: tests/fuzz/test_fuzz_second_round.py)
@pytest.mark.parametrize("name", ["<!--<script>", "</script><script>alert(1)</script>", "a b & <!-- c -->"])
def test_chart_json_cannot_derail_the_script_element(curves, scenario, name):
    """A strategy named ``<!--<script>`` once left the page's script element open: no chart was drawn."""
    evil = curves.copy()
    evil["strategy"] = evil["strategy"].replace({"margin": name})
    decision = get_plan(evil).decide(scenario, 0.95)
    page = render_report(evil, scenario, decision)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    embeds = next(s for s in scripts if "vegaEmbed(" in s)
    for bad in ("<!--", "<script", "</", "\u2028"):  # what the HTML parser (or JS) reads as markup / a line end
        assert bad not in embeds
    specs = embedded_specs(page)
    assert len(specs) == page.count("vegaEmbed(") and len(specs) >= 5
    assert any(name in json.dumps(spec, ensure_ascii=False) for spec in specs)  # the name itself survives


def test_the_reports_tables_fit_the_page_without_breaking_words(curves):
    """The verdict table is as wide as the page and no wider: columns sized by their content, words never split
    ("measure d"), and each strategy's note under the table rather than in a squeezed column."""
    rules = {sel.strip(): body for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", STYLE)}
    table = rules["table"]
    assert "table-layout:auto" in table and "max-width:100%" in table and "width:100%" in table
    assert "anywhere" not in STYLE and "break-all" not in STYLE and "word-break" not in STYLE
    assert re.search(r"max-width:\d+px", rules["body"])  # the page the table fits
    assert "note" not in REPORT_COLUMNS
    # every forecast beyond the pool: each path has a note
    scenario = Scenario(label_price=0.5, pool=PoolShape(pool_size=100))
    decision = get_plan(curves).decide(scenario, 0.95)
    page = render_report(curves, scenario, decision)
    for row in present(decision).rows:
        if row["note"]:
            assert html.escape(row["note"]) in page


def test_the_pages_charts_reach_the_quoted_labels_and_mark_your_price(curves):
    """build_charts: the learning-curve axis reaches the verdict's largest quoted count; the break-even map marks
    the scenario's own label price and target, on round price ticks."""
    scenario = Scenario(label_price=0.5)
    decision = get_plan(curves).decide(scenario, 0.95)
    frames, _ = plan_frames(curves, scenario, 0.95, decision=decision)
    specs = {k: v.to_dict() for k, v in build_charts(curves, frames, 0.95, decision).items()}
    quoted = max(n for r in decision.strategies for n in (r.labels, r.labels_high) if math.isfinite(n))
    ends = [layer["encoding"]["x"]["scale"]["domain"][1] for layer in specs["Learning curves"]["layer"]
            if "domain" in layer.get("encoding", {}).get("x", {}).get("scale", {})]
    assert ends and min(ends) >= quoted
    you = [r for rows in specs["Break-even map"]["datasets"].values() for r in rows if "you" in r]
    assert len(you) == 1 and you[0]["target_tick"] == "95.0%" and "$0.5 a label" in you[0]["you"]
    ticks = specs["Break-even map"]["layer"][0]["encoding"]["x"]["scale"]["domain"]
    digits = [t.removeprefix("$").replace(",", "").replace(".", "").strip("0") for t in ticks]
    assert all(len(d) == 1 for d in digits), ticks  # one significant digit: $0.05, $0.2, $30


def test_the_report_carries_the_pages_pilot_line(curves):
    """The line on extending the pilot (the decision's own), as the page shows it: there when it says something,
    gone when it does not."""
    scenario = Scenario(label_price=0.5)
    decision = get_plan(curves).decide(scenario, 0.95)
    pilot = decision.pilot_extension
    assert pilot is not None and decision.can_tell
    advised = dataclasses.replace(decision, pilot_extension=dataclasses.replace(pilot, advised=True))
    page = render_report(curves, scenario, advised)
    assert f'<p id="pilot">{html.escape(pilot_line(advised.pilot_extension))}</p>' in page
    quiet = dataclasses.replace(decision, pilot_extension=dataclasses.replace(pilot, advised=False, value=0.0))
    assert 'id="pilot"' not in render_report(curves, scenario, quiet)   # "expected to save $0.00": says nothing

def test_a_capped_cell_reads_compactly_and_the_table_says_its_words_once(scenario):
    """A target past the extrapolation limit: the verdict table's cells read "more than N" and the notes under the
    table say what that means once; a verdict with nothing capped says nothing of it there."""
    curves = synthetic_curves(np.random.default_rng(0))   # random needs ~32,000 labels for 98%: past 16 x 400
    plan = get_plan(curves)
    for target, capped in ((0.95, False), (0.98, True)):
        decision = plan.decide(scenario, target)
        rows = present(decision).rows
        if capped:
            assert any(row["labels"].startswith("more than ") for row in rows)
        page = render_report(curves, scenario, decision)
        table = page.split('<div class="wide">')[1].split('<p class="muted" id="rule">')[0]
        assert words.BEYOND not in table.split("</table>")[0]   # the cells: compact
        assert table.count(html.escape(words.BEYOND_NOTE)) == (1 if any(row["capped"] for row in rows) else 0)
        assert (words.BEYOND_NOTE in verdict_view.to_text(decision)) == any(row["capped"] for row in rows)
