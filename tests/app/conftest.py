"""Page tests run app.py in this process (Streamlit's AppTest), which leaves it installed as ``__main__``; a worker
process started later (the grid tests' forkserver) would then run the whole page as its main module. Each test
puts the real ``__main__`` back."""

import sys

import pytest


@pytest.fixture(autouse=True)
def _main_module_put_back():
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


# The browser tests' server: started once per test process and shared by every browser test file (each test opens
# its own page, so its own Streamlit session); test_browser_progress.py starts a server of its own, fresh, as its
# test needs. Chromium is one per file: Playwright's sync API holds its event loop while it runs, so it is closed at
# the end of the file, before another file (tests/planner/present/test_report_browser.py) starts its own. The
# helpers and the skip where Chromium is absent are test_browser.py's.

@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """(url, tmp): a `streamlit run app.py` on a free 127.0.0.1 port, with a temporary database and tiny settings."""
    from test_browser import serve

    yield from serve(tmp_path_factory.mktemp("app"), quick=True)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, closed at the end of the file."""
    from test_browser import launch

    yield from launch()
