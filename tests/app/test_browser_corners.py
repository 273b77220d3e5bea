"""The page's corners at a 1,280 x 800 window (issue 126): the vendor chart draws its bars and its axis, the vendors'
table and the cost breakdown fit the window, and a vendor's minimum order is named where it sets the bill.

Uses the `streamlit run app.py` server and the Chromium of tests/app/conftest.py.
"""

from __future__ import annotations

import pytest

from test_browser import open_app, wait_idle

pytestmark = pytest.mark.browser

#: The bars Vega drew in a chart (their widths, px) and its x axis's labels as shown.
MARKS = """(panel) => { const svg = panel.querySelector('svg.marks');
    const axis = [...svg.querySelectorAll('g.role-axis')].find(g => (g.getAttribute('aria-label') || '')
        .startsWith('X-axis'));
    return {bars: [...svg.querySelectorAll('g.mark-rect path')].map(p => p.getBoundingClientRect().width),
            ticks: [...axis.querySelectorAll('.role-axis-label text')].map(t => t.textContent).filter(t => t)}; }"""
#: (content width, shown width) of the data frame whose text holds ``needle``.
SCROLL = """(needle) => { const d = [...document.querySelectorAll('[data-testid="stDataFrame"]')]
    .find(e => e.textContent.includes(needle));
    const s = d && d.querySelector('.dvn-scroller');
    return s ? [s.scrollWidth, s.clientWidth] : null; }"""


def enter(page, key: str, value: str) -> None:
    box = page.locator(f".st-key-{key} input")
    box.fill(value)
    box.press("Enter")
    wait_idle(page)


def assert_fits(page, needle: str) -> None:
    page.wait_for_function(f"() => ({SCROLL})({needle!r}) !== null")
    scroll, client = page.evaluate(SCROLL, needle)
    assert scroll <= client + 1, f"the table with {needle!r} scrolls sideways: {scroll} px of content in {client} px"


def test_the_vendor_corners_at_1280_px(browser, server):
    """By vendor (managed-service: a 1,000-label minimum order), with a day's delay priced (the breakdown's widest
    case): the headline names the minimum it bills, the vendor chart draws one bar per vendor and strategy with an
    x axis, and neither the vendors' table nor the cost breakdown scrolls sideways."""
    url, tmp = server
    page = open_app(browser, url, 1280, 800)
    page.locator(".st-key-price_source").get_by_text("Vendor").click()
    wait_idle(page)
    page.locator(".st-key-vendor").click()
    page.get_by_role("option", name="managed-service").click()
    wait_idle(page)
    enter(page, "delay_cost_per_day", "100")
    said = page.locator(".st-key-verdict_sentence").inner_text()
    assert "billed as the vendor's 1,000-label minimum order" in said, said

    page.get_by_role("tab", name="Vendors", exact=True).click()
    wait_idle(page)
    panel = page.get_by_role("tabpanel").filter(visible=True).first
    panel.locator("svg.marks .role-axis").first.wait_for(state="attached")
    drawn = panel.evaluate(MARKS)
    n_strategies = len(page.get_by_role("tabpanel").filter(visible=True).first
                       .locator("svg.marks .role-legend-label text").all())
    assert len(drawn["bars"]) == 5 * n_strategies and min(drawn["bars"]) > 1, drawn  # 5 shipped vendors
    assert len(set(drawn["ticks"])) >= 2 and "$0" not in drawn["ticks"], drawn
    assert_fits(page, "label error")
    assert page.get_by_text("managed-service: at random billed as the vendor's 1,000-label minimum order").count()

    page.get_by_text("Cost breakdown per path").first.click()
    wait_idle(page)
    assert_fits(page, "compute $")
    assert page.get_by_text("delay $").count() and page.get_by_text("labels billed").count()
    page.screenshot(path=str(tmp / "corners-1280.png"))
    page.close()
