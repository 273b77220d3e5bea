"""Dashboard load time: cold (empty results database), restarted (database filled), warm (cached).

Starts `streamlit run app.py` on a free 127.0.0.1 port with a temporary ALPLAN_DB, opens it in headless Chromium
(Playwright, Debian's /usr/bin/chromium) and times page.goto -> the verdict and the first chart drawn, for the default
scenario (not the quick test settings):

* cold: fresh server, empty database: the default proxy is simulated first;
* restarted: a new server process on the filled database (no simulation);
* warm: a new page on the same server (Streamlit's caches are hot), in a fresh browser context: the browser downloads
  and compiles Streamlit's front-end files again, as on a first visit;
* returning: the same, but the page is loaded a second time in its context, so those files come from the browser cache
  (a returning visitor);
* baseline (returning): a trivial Streamlit page (title, metric, one chart) the same two ways: the floor that
  Streamlit's front end and the browser set on this machine.

Usage: python benchmarks/bench_app.py [--repeat 3] [--quick] (README's screenshot: ``tests/app/test_browser.py``)

``--first-start``: instead, a fresh ``streamlit run`` (``.venv`` in place, an empty database) to the page's first text
and to the verdict, timed from the launch, and the longest the page stayed unchanged meanwhile.

``--estimate``: instead, the page's simulation-time estimate against the simulation it announces
(``simulations.run.estimate``), for the default scenario with logreg and with mlp, cold (a fresh process, imports on
the clock of neither) and warm (the same process again, a new empty database): the estimate, the simulation and their
ratio.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


BASELINE_APP = """import streamlit as st
st.title("baseline")
st.metric("a", "1")
st.vega_lite_chart({"data": {"values": [{"x": 1}, {"x": 2}]}, "mark": "point", "encoding": {"x": {"field": "x"}}})
"""


def start_server(db: Path, quick: bool, script: Path | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, ALPLAN_DB=str(db))
    env.pop("ALPLAN_APP_QUICK", None)
    if quick:
        env["ALPLAN_APP_QUICK"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script or ROOT / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("streamlit did not start")


def new_page(browser):
    """A page in a fresh browser context: an empty HTTP cache, like a first visit."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(180_000)
    return page


def load(browser, url: str, page=None) -> tuple[float, float]:
    """Seconds from navigation to (the verdict shown, the first chart drawn).

    ``page``: navigate this page again (its context keeps Streamlit's front-end
    files in the HTTP cache, like a returning visitor); default: a fresh one."""
    own = page is None
    if own:
        page = new_page(browser)
    t0 = time.perf_counter()
    page.goto(url)
    page.get_by_test_id("stMetric").first.wait_for()
    verdict = time.perf_counter() - t0
    page.locator('[data-testid="stVegaLiteChart"] svg').first.wait_for()
    chart = time.perf_counter() - t0
    if own:
        page.close()
    return verdict, chart


def load_returning(browser, url: str) -> tuple[float, float]:
    """A returning visitor: one visit fills the browser cache, the second is timed."""
    page = new_page(browser)
    try:
        load(browser, url, page)
        return load(browser, url, page)
    finally:
        page.close()


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def script_times(db: Path, quick: bool, repeat: int) -> list[float]:
    """Server-side script run of a new session once cached (AppTest, no browser)."""
    from streamlit.testing.v1 import AppTest

    os.environ["ALPLAN_DB"] = str(db)
    os.environ.pop("ALPLAN_APP_QUICK", None)
    if quick:
        os.environ["ALPLAN_APP_QUICK"] = "1"
    AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()  # fill the caches
    out = []
    for _ in range(repeat):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        t0 = time.perf_counter()
        at.run()
        out.append(time.perf_counter() - t0)
    return out


ESTIMATE_CODE = """
import json, sys, tempfile, time
from pathlib import Path
from simulations import SimulationConfig
from simulations.run.estimate import measure_rounds, simulation_estimate
from simulations.run.executors import run_grid
settings = dict(datasets=('digits',), model=sys.argv[1], strategies=('random', 'margin', 'entropy', 'coreset'),
                seeds=(0, 1, 2), initial=20, batch_size=10, rounds=30)
out = []
for kind in ('cold', 'warm'):
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / 'runs.db')
        t0 = time.perf_counter()
        n_runs, n_rounds, estimate, cost = simulation_estimate(settings, db, measure_rounds)
        t1 = time.perf_counter()
        run_grid(SimulationConfig(**settings), db=db, workers=None)  # every core, as the page runs it
        t2 = time.perf_counter()
    out.append(dict(kind=kind, estimate=estimate, measured_in=t1 - t0, simulation=t2 - t1,
                    first=cost.first, middle=cost.middle, last=cost.last, fixed=cost.fixed))
print(json.dumps(out))
"""


def estimate_accuracy(repeat: int) -> None:
    """The page's estimate against the simulation it announces: logreg and mlp, cold and warm."""
    import json

    print("simulation-time estimate vs the simulation (digits, random/margin/entropy/coreset, 3 seeds, "
          "batches of 10, 30 rounds; empty database)")
    print(f"  {'model':<7} {'':<5} {'estimate s':>10} {'measured in s':>13} {'simulation s':>12} {'ratio':>6}")
    for model in ("logreg", "mlp"):
        for _ in range(repeat):
            proc = subprocess.run([sys.executable, "-c", ESTIMATE_CODE, model], capture_output=True, text=True,
                                  cwd=str(ROOT), env=dict(os.environ, PYTHONPATH=str(ROOT)))
            if proc.returncode:
                raise SystemExit(proc.stderr.strip().splitlines()[-1])
            for r in json.loads(proc.stdout.strip().splitlines()[-1]):
                print(f"  {model:<7} {r['kind']:<5} {r['estimate']:10.1f} {r['measured_in']:13.1f} "
                      f"{r['simulation']:12.1f} {r['estimate'] / r['simulation']:6.2f}")


def first_start(repeat: int, quick: bool) -> None:
    """From `streamlit run app.py` launched (``.venv`` in place, an empty results database, a fresh browser) to the
    page's first text and to the verdict in headless Chromium, and the longest the page showed no change meanwhile."""
    from playwright.sync_api import sync_playwright

    print(f"first start, default scenario{' (quick settings)' if quick else ''}: seconds from `streamlit run` "
          f"launched, {repeat} repeats\n  {'first text':>10} {'verdict':>8} {'longest unchanged':>18}")
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for i in range(repeat):
            t0 = time.perf_counter()
            proc, url = start_server(Path(tmp) / f"first-{i}.db", quick)
            try:
                page = new_page(browser)
                page.goto(url)
                main, seen, last, first_text, still = page.get_by_test_id("stMain"), None, 0.0, None, 0.0
                while not page.get_by_test_id("stMetric").count():
                    try:
                        text = main.inner_text(timeout=1000).strip()
                    except Exception:  # the front end not drawn yet
                        text = ""
                    now = time.perf_counter() - t0
                    first_text = now if text and first_text is None else first_text
                    seen, last = (text, now) if text != seen else (seen, last)
                    still = max(still, now - last)
                    time.sleep(0.2)
                print(f"  {first_text:10.1f} {time.perf_counter() - t0:8.1f} {still:18.1f}")
                page.close()
            finally:
                stop(proc)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the tests' tiny simulation settings")
    parser.add_argument("--estimate", action="store_true",
                        help="measure the simulation-time estimate against the simulation instead, and exit")
    parser.add_argument("--first-start", action="store_true",
                        help="time a fresh `streamlit run` to the first text and the verdict instead, and exit")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if args.first_start:
        first_start(args.repeat, args.quick)
        return

    if args.estimate:
        estimate_accuracy(args.repeat)
        return

    results: dict[str, list[tuple[float, float]]] = {
        "cold": [], "restarted": [], "warm": [], "returning": [], "baseline": [], "baseline returning": []}
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for i in range(args.repeat):
            db = Path(tmp) / f"bench-{i}.db"
            proc, url = start_server(db, args.quick)
            try:
                results["cold"].append(load(browser, url))
                results["warm"].append(load(browser, url))
                results["returning"].append(load_returning(browser, url))
            finally:
                stop(proc)
            proc, url = start_server(db, args.quick)
            try:
                results["restarted"].append(load(browser, url))
            finally:
                stop(proc)
        # the floor on this machine: a trivial page (title, metric, one chart), warm
        baseline = Path(tmp) / "baseline_app.py"
        baseline.write_text(BASELINE_APP)
        proc, url = start_server(Path(tmp) / "unused.db", args.quick, baseline)
        try:
            load(browser, url)
            for _ in range(args.repeat):
                results["baseline"].append(load(browser, url))
                results["baseline returning"].append(load_returning(browser, url))
        finally:
            stop(proc)
        browser.close()
        scripts = script_times(Path(tmp) / "bench-0.db", args.quick, max(args.repeat, 5))
    print(f"dashboard load time, default scenario{' (quick settings)' if args.quick else ''}, "
          f"{args.repeat} repeats, seconds from navigation (median [min-max])")
    print(f"  {'':<18} {'verdict shown':>22} {'first chart drawn':>22}")
    for name, values in results.items():
        cells = []
        for i in (0, 1):
            v = [x[i] for x in values]
            cells.append(f"{statistics.median(v):6.2f} [{min(v):.2f}-{max(v):.2f}]")
        print(f"  {name:<18} {cells[0]:>22} {cells[1]:>22}")
    print(f"  script run of a new session once cached (AppTest, no browser): "
          f"{statistics.median(scripts):.2f} [{min(scripts):.2f}-{max(scripts):.2f}]")


if __name__ == "__main__":
    main()
