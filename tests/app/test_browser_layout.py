"""The verdict table fits a 1,024 px window, in a real browser (issue 10).

Uses the `streamlit run app.py` server and the Chromium of tests/app/conftest.py.
"""

from __future__ import annotations

import pytest

from test_browser import open_app, wait_idle

pytestmark = pytest.mark.browser

SCROLL = """() => { const d = [...document.querySelectorAll('[data-testid="stDataFrame"]')]
    .find(e => e.textContent.includes('labels to target'));
    const s = d && d.querySelector('.dvn-scroller');
    return s ? [s.scrollWidth, s.clientWidth] : null; }"""


def open_narrow(browser, url):
    """The default page in a 1,024 px window, its verdict drawn."""
    return open_app(browser, url, 1024, 800)


def enter(page, key: str, value: str) -> None:
    box = page.locator(f".st-key-{key} input")
    box.fill(value)
    box.press("Enter")


def assert_the_table_fits(page) -> None:
    scroll, client = page.evaluate(SCROLL)
    assert scroll <= client + 1, f"the table scrolls sideways: {scroll} px of content in {client} px"


def test_the_verdict_table_fits_a_1024_px_window(browser, server):
    url, tmp = server
    page = open_narrow(browser, url)
    page.locator('[data-testid="stVegaLiteChart"] svg').first.wait_for()
    wait_idle(page)
    page.wait_for_function(f"() => ({SCROLL})() !== null")
    page.screenshot(path=str(tmp / "narrow.png"))
    assert_the_table_fits(page)
    # an open range ("... to not reached") neither
    enter(page, "target", "0.97")  # near the proxy's whole-pool accuracy (0.976): open in some forecasts
    page.get_by_text("to not reached").first.wait_for(state="attached")
    wait_idle(page)
    assert_the_table_fits(page)
    # long notes (a pool smaller than every forecast: counts read "more than the pool") do not widen it either
    enter(page, "pool_size", "30")
    page.get_by_text("but the pool holds only 30").first.wait_for(state="attached")
    wait_idle(page)
    assert_the_table_fits(page)
    page.close()


CUT = """() => [...document.querySelectorAll('[data-testid="stMetricValue"], [data-testid="stMetricLabel"]')]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)"""
ELLIPSIS = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"] svg text')]
    .map(e => e.textContent).filter(t => t.includes('\u2026'))"""


def test_nothing_on_the_page_is_cut_at_1024_px(browser, server):
    """At 1,024 px no headline number is cut ("can't tell yet (le..."), and no chart label ends in an ellipsis
    (the sensitivity chart's inputs with their ranges): at the default target and at one the pilot cannot tell,
    and with the "Label the whole pool?" section opened (it plans once opened)."""
    url, tmp = server
    page = open_narrow(browser, url)
    for target in (None, "0.9"):
        if target is not None:
            enter(page, "target", target)
            wait_idle(page)
        for tab in page.get_by_role("tab").all():  # every chart drawn once, the sensitivity chart among them
            tab.click()
            wait_idle(page)
        assert page.evaluate(CUT) == [], page.evaluate(CUT)
        assert page.evaluate(ELLIPSIS) == [], page.evaluate(ELLIPSIS)
    assert page.locator(".st-key-hybrid_sentence").count() == 0  # planned only once opened
    page.get_by_text("Label the whole pool?").click()
    page.locator(".st-key-hybrid_sentence").wait_for()
    wait_idle(page)
    assert "by hand" in page.locator(".st-key-hybrid_sentence").inner_text()
    assert page.evaluate(CUT) == [], page.evaluate(CUT)
    page.close()


TABS = """() => { const t = document.querySelector('[data-testid="stTabs"] [role="tablist"]');
    const wider = [t, t.parentElement].map(e => e.scrollWidth - e.clientWidth);
    return [Math.max(...wider), t.getBoundingClientRect().width]; }"""
CLIPPED = """panel => { const SLACK = 4;  // a text's box takes its font's ascent and descent: a few px of air
    const svg = panel.querySelector('[data-testid="stVegaLiteChart"] svg');
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.role-axis-title text, .role-axis-label text, .role-title text')]
        .filter(t => t.textContent.trim() && getComputedStyle(t).opacity !== '0')
        .map(t => [t.textContent, t.getBoundingClientRect()])
        .filter(([, b]) => b.left < box.left - SLACK || b.right > box.right + SLACK || b.top < box.top - SLACK
                || b.bottom > box.bottom + SLACK)
        .map(([text]) => text); }"""


def test_the_tab_row_and_every_charts_axis_names_fit_a_1024_px_window(browser, server):
    """At 1,024 px the charts' tab row does not scroll, and no chart's axis name, axis label or title runs out of
    its chart (the vendor and sensitivity charts' among them)."""
    url, tmp = server
    page = open_narrow(browser, url)
    hidden, shown = page.evaluate(TABS)
    assert hidden <= 1, f"the tab row scrolls: {hidden} px of tabs beyond its {shown} px"
    for tab in page.get_by_role("tab").all():
        tab.click()
        wait_idle(page)
        panel = page.get_by_role("tabpanel").filter(visible=True).first
        panel.locator("svg.marks .role-axis").first.wait_for(state="attached")
        assert panel.evaluate(CLIPPED) == [], (tab.text_content(), panel.evaluate(CLIPPED))
    page.screenshot(path=str(tmp / "tabs-1024.png"))
    page.close()
