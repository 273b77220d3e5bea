"""A fresh page says what it is doing until the verdict (the probe met a blank page for 20 s, and nothing shown
between the simulation's end and the verdict): in a real browser, on a fresh server and an empty database, the
default scenario (simulated cold), every text seen before the verdict, polled until the verdict shows.

Uses the `streamlit run app.py` helpers of test_browser.py and the Chromium of tests/app/conftest.py.
"""

from __future__ import annotations

import re

import pytest

from test_browser import LOAD_TIMEOUT_MS, serve
from planner.present.page_lines import PAGE_TEXT

pytestmark = pytest.mark.browser

TITLE = "Does active learning pay off for us?"


def test_a_fresh_page_says_what_it_is_doing_until_the_verdict(browser, tmp_path):
    server = serve(tmp_path, quick=False)
    url, _ = next(server)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(LOAD_TIMEOUT_MS)
        page.goto(url)
        main, seen = page.get_by_test_id("stMain"), []
        while not page.get_by_test_id("stMetric").count():   # until the verdict's numbers show
            text = main.inner_text() if main.count() else ""
            if text and (not seen or seen[-1] != text):
                seen.append(text)
            page.wait_for_timeout(100)
        assert seen and all(t.startswith(TITLE) for t in seen if t.strip()), seen[:3]   # the title first, always
        said = "\n".join(seen)
        assert PAGE_TEXT["verdict"][0] in said, seen   # computing the verdict: said, not a still page
        assert "simulating:" in said and not re.search(r"(?<![\d,.])0 s left", said)   # "10 s left" is no "0 s left"
        final = main.inner_text()
        assert not any(line in final for line in (PAGE_TEXT["verdict"][0], PAGE_TEXT["timing"][0], "simulating:"))
        page.close()
    finally:
        server.close()
