"""End to end in a real browser: `streamlit run app.py` driven by Playwright + Debian's Chromium.

Skipped (with the reason) only when /usr/bin/chromium is absent; CI installs it. The default page's first screen at
1,280 x 800 is written to the picture README.md shows (docs/page-first-screen.png), so the picture is the page.
Uses a temporary results database (ALPLAN_DB) and tiny simulation settings
(ALPLAN_APP_QUICK=1), so it never touches the user's database.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "page-first-screen.png"  # shown by README.md: made here, so it matches the page
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOAD_TIMEOUT_MS = 120_000  # a cold start simulates the default proxy first

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"streamlit did not become healthy in {timeout:.0f} s:\n{log.read_text()[-3000:]}")


def serve(tmp: Path, quick: bool):
    """(url, tmp) of a `streamlit run app.py` server, stopped after the yield; ``quick``: ALPLAN_APP_QUICK=1."""
    port = free_port()
    log = tmp / "streamlit.log"
    env = {k: v for k, v in os.environ.items() if k != "ALPLAN_APP_QUICK"}
    env.update(ALPLAN_DB=str(tmp / "results.db"), **({"ALPLAN_APP_QUICK": "1"} if quick else {}))
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
             "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url, tmp
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def launch():
    """Headless Chromium (Debian's), closed after the yield."""
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def open_app(browser, url, width: int = 1400, height: int = 1000):
    """The default page in a ``width`` x ``height`` window, its verdict drawn."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(LOAD_TIMEOUT_MS)
    page.goto(url)
    page.locator('[data-testid="stMetric"], [data-testid="stException"]').first.wait_for()   # a traceback: at once
    assert page.get_by_test_id("stException").count() == 0, page.get_by_test_id("stException").first.inner_text()
    page.get_by_test_id("stMetric").first.wait_for()
    wait_idle(page)
    return page


RUNNING = ('[data-testid="stStatusWidgetRunningIcon"], [data-testid="stStatusWidgetRunningManIcon"], '
           '[data-testid="stStatusWidgetNewYearsIcon"]')


def wait_idle(page) -> None:
    """Wait until the script run is over (Streamlit shows a running icon meanwhile)."""
    page.wait_for_timeout(300)
    page.wait_for_function(f"() => !document.querySelector('{RUNNING}')", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_timeout(300)


def verdict_text(page) -> str:
    return page.locator(".st-key-verdict_sentence").inner_text()


def break_even_text(page) -> str:
    return page.locator("p", has_text="Break-even:").first.inner_text()


def open_evidence(page) -> None:
    """Open the "How sure is this?" expander (the break-even line sits in it)."""
    page.get_by_text("How sure is this?").first.click()
    page.locator("p", has_text="Break-even:").first.wait_for(state="visible")


def test_label_price_changes_verdict_and_break_even(browser, server):
    url, tmp = server
    page = open_app(browser, url)
    page.locator('[data-testid="stVegaLiteChart"] svg').first.wait_for()
    open_evidence(page)
    sentence, breakeven = verdict_text(page), break_even_text(page)
    assert re.search(r"\d", sentence), sentence
    assert "must save" in breakeven   # a count of labels, or "more than the pool"

    price = page.locator(".st-key-label_price input")  # Streamlit marks each widget with its key
    price.fill("25")
    price.press("Enter")
    page.wait_for_function(
        "(old) => { const p = [...document.querySelectorAll('p')].find(e => e.innerText.startsWith('Break-even:'));"
        " return p && p.innerText !== old; }",
        arg=breakeven,
    )
    wait_idle(page)
    assert break_even_text(page) != breakeven
    assert "Your price: $25.00 a label" in break_even_text(page)
    assert verdict_text(page) != sentence
    # the line above the strategies table names what each number rests on (the breakdown repeats it)
    assert page.get_by_text("Labels to target rest on").count() >= 1
    page.screenshot(path=str(tmp / "dashboard.png"), full_page=True)
    assert (tmp / "dashboard.png").stat().st_size > 10_000

    # the HTML report download carries the new verdict
    with page.expect_download() as download:
        page.locator(".st-key-dl_report button").click()
    report = tmp / "report.html"
    download.value.save_as(report)
    text = report.read_text()
    assert "<h2>Verdict</h2>" in text and "<td>label price (per label, as quoted)</td><td>$25.00</td>" in text
    page.close()


def test_malformed_curve_upload_shows_one_error(browser, server):
    url, tmp = server
    page = open_app(browser, url)
    page.locator(".st-key-source").get_by_text("Upload a pilot learning curve").click()
    wait_idle(page)
    bad = tmp / "bad.csv"
    bad.write_text("labels,score\n10,abc\n20,\n")
    page.locator('.st-key-curve_file [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bad))
    error = page.get_by_test_id("stAlertContentError").first
    error.wait_for()
    assert "bad.csv" in error.inner_text()
    assert "n_labels" in error.inner_text() or "accuracy" in error.inner_text()
    # the one line stands in place of the verdict: no proxy verdict above or below it, the sidebar still works
    wait_idle(page)
    assert page.get_by_test_id("stMetric").count() == 0
    assert page.get_by_test_id("stSidebar").is_visible()
    page.screenshot(path=str(tmp / "bad_upload.png"), full_page=True)
    page.close()


def test_user_strategy_names_are_shown_as_typed(browser, server):
    """A strategy name with Markdown in it reaches the page literally (no italics, no maths)."""
    url, tmp = server
    page = open_app(browser, url)
    page.locator(".st-key-source").get_by_text("Upload a pilot learning curve").click()
    wait_idle(page)
    odd = "un*cert*ain_$1"
    rows = ["n_labels,accuracy,strategy,seed"]
    for name, ratio in (("random", 1.0), (odd, 0.6)):
        for seed in range(2):
            for n in range(50, 1050, 100):
                rows.append(f"{n},{0.97 - 0.8 * (n / ratio) ** -0.45 + 0.002 * seed:.4f},{name},{seed}")
    pilot = tmp / "odd.csv"
    pilot.write_text("\n".join(rows) + "\n")
    page.locator('.st-key-curve_file [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(pilot))
    page.get_by_text(odd).first.wait_for(state="attached")
    wait_idle(page)
    open_evidence(page)
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('p')].some(e => e.innerText.startsWith('Break-even:')"
        " && e.innerText.includes(name))",
        arg=odd,
    )
    wait_idle(page)
    assert odd in break_even_text(page)
    assert odd in verdict_text(page)
    assert page.locator(".katex").count() == 0
    page.close()


def test_the_readme_screenshot_is_the_default_page(browser, tmp_path):
    """The picture README.md shows is the first screen (1,280 x 800) of the page `make run` opens (the full default
    scenario), taken here."""
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", (ROOT / "README.md").read_text())
    assert shown == [str(SCREENSHOT.relative_to(ROOT))], shown  # the one picture README shows is the one made here
    with contextlib.closing(serve(tmp_path, quick=False)) as running:
        url, _ = next(running)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.set_default_timeout(4 * LOAD_TIMEOUT_MS)  # the first start simulates the full default
        page.goto(url)
        page.locator('[data-testid="stMetric"], .st-key-sim_start button').first.wait_for()
        if page.locator(".st-key-sim_start button").count():  # a slow machine asks first
            page.locator(".st-key-sim_start button").click()
        page.get_by_test_id("stMetric").first.wait_for()
        page.locator('[data-testid="stVegaLiteChart"] svg').first.wait_for()
        wait_idle(page)
        assert re.search(r"\d", verdict_text(page))
        page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTo(0, 0)")
        wait_idle(page)
        page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 10_000
        page.close()
