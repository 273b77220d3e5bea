"""The page in a real browser at a manager's window widths: the charts draw the report's rows, and switching the
curves' source keeps the simulation settings.

Uses the `streamlit run app.py` server and the Chromium of tests/app/conftest.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from test_browser import open_app, wait_idle
from apptest_helpers import labeled_data
from planner.present.page_lines import TAB_NAMES
from tests.builders import csv_file

pytestmark = pytest.mark.browser

#: Every chart's band (y) axis labels as drawn (Vega hides a label that would overprint another), with their
#: vertical extent, and its legend's labels.
DRAWN = """(root) => { const svg = root.querySelector('svg.marks');
    const axis = [...svg.querySelectorAll('g.role-axis')].find(g => (g.getAttribute('aria-label') || '')
        .startsWith('Y-axis for a discrete scale'));
    const labels = [...axis.querySelectorAll('.role-axis-label text')]
        .filter(t => t.getAttribute('opacity') !== '0' && getComputedStyle(t).opacity !== '0')
        .map(t => { const b = t.getBoundingClientRect(); return [t.textContent, b.top, b.bottom]; });
    return {labels, legend: [...svg.querySelectorAll('.role-legend-label text')].map(t => t.textContent)}; }"""
CHARTS = ("Labels to target", "Sensitivity of the savings")   # the report's headings; the page's tabs: TAB_NAMES


def open_at(browser, url, width: int):
    return open_app(browser, url, width, 900)


def drawn(locator) -> dict:
    locator.locator("svg.marks .role-axis").first.wait_for(state="attached")
    return locator.evaluate(DRAWN)


@pytest.mark.parametrize("width", [1024, 1440])
def test_the_page_draws_the_reports_rows(browser, server, width):
    """"Labels to target" and "Sensitivity of the savings" show every row of the report's chart, one strip each,
    no name printed over another, and the legend names every strategy."""
    url, tmp = server
    page = open_at(browser, url, width)
    shown = {}
    for title in CHARTS:
        page.get_by_role("tab", name=TAB_NAMES[title], exact=True).click()
        wait_idle(page)
        shown[title] = drawn(page.get_by_role("tabpanel").filter(visible=True).first)
    with page.expect_download() as download:
        page.locator(".st-key-dl_report button").click()
    report = tmp / f"report-{width}.html"
    download.value.save_as(report)
    paper = browser.new_page(viewport={"width": width, "height": 900})
    paper.goto(report.as_uri())
    for title in CHARTS:
        on_page, in_report = shown[title], drawn(paper.locator(f"h2:text-is('{title}') + div.chart"))
        names = [name for name, _, _ in on_page["labels"]]
        assert names == [name for name, _, _ in in_report["labels"]], (title, on_page, in_report)
        assert len(names) >= 2, (title, on_page)
        ordered = sorted(on_page["labels"], key=lambda label: label[1])
        assert all(above[2] <= below[1] + 0.5 for above, below in zip(ordered, ordered[1:])), (title, ordered)
        assert on_page["legend"] == in_report["legend"], (title, on_page, in_report)
    strategies = shown["Labels to target"]
    assert sorted(strategies["legend"]) == sorted(name for name, _, _ in strategies["labels"]), strategies
    paper.close()
    page.close()


SETTINGS = ("sim_seeds", "sim_initial", "sim_batch", "sim_rounds")


def settings(page) -> list[str]:
    return [page.locator(f".st-key-{key} input").input_value() for key in SETTINGS]


def test_switching_sources_keeps_the_simulation_settings(browser, server):
    """From an uploaded random pilot (its AL transferred from the proxy) to labeled data: the simulation settings
    stay as they were (they once became their least values, 1, 2, 1, 1, and the labeled file's simulation then
    failed), and the labeled file gets a verdict, with no traceback on the way."""
    url, tmp = server
    page = open_at(browser, url, 1024)
    before = settings(page)
    rng = np.random.default_rng(7)
    pilot = tmp / "random_pilot.csv"
    pd.DataFrame([dict(n_labels=n, accuracy=round(0.97 - 0.8 * n ** -0.45 + rng.normal(0, 0.003), 4),
                       strategy="random", seed=seed) for seed in range(2) for n in range(50, 1050, 100)]
                 ).to_csv(pilot, index=False)
    labeled = csv_file(tmp, labeled_data(rng), "labeled.csv")
    page.locator(".st-key-source").get_by_text("Upload a pilot learning curve").click()
    wait_idle(page)
    page.locator('.st-key-curve_file [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(pilot))
    page.get_by_text("random_pilot.csv").first.wait_for(state="attached")
    wait_idle(page)
    page.locator(".st-key-source").get_by_text("Upload labeled pilot data").click()
    wait_idle(page)
    page.locator(".st-key-sim_rounds input").wait_for()
    wait_idle(page)
    assert settings(page) == before
    page.locator('.st-key-data_file [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(labeled))
    page.get_by_text("labeled.csv").first.wait_for(state="attached")
    wait_idle(page)
    page.get_by_test_id("stMetric").first.wait_for()
    wait_idle(page)
    assert settings(page) == before
    assert page.get_by_test_id("stException").count() == 0
    assert not page.get_by_test_id("stAlertContentError").all_inner_texts()
    assert "labeled.csv" in page.get_by_text("Curves: your labeled data").first.inner_text()
    page.close()
