"""planner.report: one self-contained HTML page with the inputs, the verdict, the charts, the caveats."""

from __future__ import annotations

import html
import json
import re

import numpy as np
import pandas as pd
import pytest

from planner.cli import main
from planner.costs import Scenario
from planner.decision import get_plan
from planner.report import plan_frames, price_grid, render_report, target_grid


def synthetic_curves(rng: np.random.Generator, strategies=(("random", 1.0), ("margin", 0.5))) -> pd.DataFrame:
    rows = []
    for name, ratio in strategies:
        for seed in range(3):
            for n in range(20, 420, 20):
                acc = 0.985 - 0.9 * (n / ratio) ** -0.5 + rng.normal(0, 0.003)
                rows.append(dict(strategy=name, seed=seed, n_labels=n, batch_size=20, accuracy=acc))
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def curves():
    return synthetic_curves(np.random.default_rng(np.random.SeedSequence().entropy))


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
    assert html.escape(decision.sentence()) in page
    d = decision.to_dict()
    assert f"<td>recommended path</td><td>{d['recommendation']}</td>" in page
    assert "label price" in page and "engineering days" in page
    titles = re.findall(r"<h2>([^<]+)</h2>", page)
    for title in ("Verdict", "Inputs", "Learning curves", "Total cost vs target accuracy",
                  "Break-even map", "Sensitivity of the savings", "Caveats"):
        assert title in titles
    specs = embedded_specs(page)
    assert len(specs) == len(re.findall(r'<div class="chart" id="chart-\d+">', page)) >= 5
    assert all("$schema" in s for s in specs)
    # the learning-curve chart carries the measured points of every strategy
    values = [v for s in specs[:1] for rows in s["datasets"].values() for v in rows]
    assert {v["strategy"] for v in values if "runs" in v} == set(curves["strategy"])
    assert "extrapolation" in page


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


def test_cli_plan_writes_the_report(tmp_path, curves, capsys):
    src = tmp_path / "curves.csv"
    curves.to_csv(src, index=False)
    out = tmp_path / "report.html"
    code = main(["plan", str(src), "--target", "0.95", "--label-price", "2", "--engineering-days", "2",
                 "--day-rate", "400", "--report", str(out)])
    assert code == 0
    page = out.read_text()
    assert "<h2>Verdict</h2>" in page and len(embedded_specs(page)) >= 5


def test_cli_plan_bad_input_writes_no_report(tmp_path, curves, capsys):
    src = tmp_path / "curves.csv"
    curves.drop(columns="accuracy").to_csv(src, index=False)
    out = tmp_path / "report.html"
    code = main(["plan", str(src), "--target", "0.95", "--label-price", "2", "--report", str(out)])
    assert code == 2
    assert not out.exists()
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "accuracy" in err
