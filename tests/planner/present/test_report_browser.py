"""The offline HTML report in headless Chromium (issue 11): a strategy named like markup leaves every chart drawn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decide.vendors import read_vendors
from planner.decision import get_plan
from planner.present.report import render_report
from tests.planner.present.test_report import synthetic_curves

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def curves(names) -> pd.DataFrame:
    return synthetic_curves(np.random.default_rng(0), zip(names, (1.0, 0.5)))


@pytest.mark.parametrize("name", ["<!--<script>", "</script><b>x</b>"])
def test_every_chart_is_drawn_whatever_the_strategy_is_called(tmp_path, name):
    table = curves(("random", name))
    scenario = Scenario(label_price=2.0, engineering_days=2.0, day_rate=400.0, compute_per_round=0.5)
    decision = get_plan(table).decide(scenario, 0.95)
    page_html = render_report(table, scenario, decision)
    n_charts = page_html.count("vegaEmbed(")
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(path.as_uri())
            page.wait_for_function(f"document.querySelectorAll('.vega-embed').length >= {n_charts}", timeout=60_000)
            drawn = page.evaluate("document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length")
            legend = page.evaluate("document.body.innerText")
        finally:
            browser.close()
    assert n_charts >= 5 and drawn >= n_charts and not errors, errors
    assert name in legend  # the name is shown, as text


def test_the_report_draws_without_a_console_warning_and_fits_1024_px(tmp_path):
    """Every chart compiles without a Vega-Lite warning (a chart as wide as its page with a height in rows made
    one), and at 1,024 px the page does not scroll sideways, with a vendor table and a long note in it."""
    table = curves(("random", "margin"))
    scenario = Scenario(label_price=2.0, engineering_days=2.0, day_rate=400.0, compute_per_round=0.5,
                        pool=PoolShape(pool_size=200))

    vendors = read_vendors()
    decision = get_plan(table).decide(scenario, 0.95)
    path = tmp_path / "report.html"
    path.write_text(render_report(table, scenario, decision, vendors=vendors), encoding="utf-8")
    n_charts = path.read_text(encoding="utf-8").count("vegaEmbed(")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True)
        try:
            page = browser.new_page(viewport={"width": 1024, "height": 800})
            said: list[str] = []
            page.on("console", lambda message: said.append(f"{message.type}: {message.text}"))
            page.goto(path.as_uri())
            page.wait_for_function(f"document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length "
                                   f">= {n_charts}", timeout=60_000)
            page.wait_for_timeout(500)
            wide = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        finally:
            browser.close()
    assert n_charts >= 5 and "Vendor comparison" in path.read_text(encoding="utf-8")
    assert not [s for s in said if s.startswith(("warning", "error"))], said
    assert wide[0] <= wide[1] + 1, f"the report scrolls sideways: {wide[0]} px of content in {wide[1]} px"
