"""From a fresh clone to the first verdict: `make run`'s install, timed step by step, then the page's first verdict.

    .venv/bin/python benchmarks/bench_first_verdict.py [--repeat 2]

Each repeat clones this repository's last commit into a temporary folder (as a user's `git clone` does; the working
tree's uncommitted changes are not in it), then runs the commands `make install` runs there (read from
`make -n install`, so the timing follows the Makefile), each timed on its own: creating `.venv`, then the install
(`.ci/install.py`: uv, handed pip's settings).  Then it starts `streamlit run app.py` from the clone's `.venv` on an
empty results database, as `make run` does, opens the page in headless Chromium (this checkout's Playwright) and waits
for the verdict.

The installers' caches (uv's; pip's for uv itself) are whatever this machine's are: run it once to warm them, and read
the later repeats ("with a warm cache").  Prints one row a repeat: each install step, the server's start, the page's
verdict and the sum.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_app import ARGS, CHROMIUM, free_port, stop  # noqa: E402

ROOT = HERE.parent


def install_steps(clone: Path) -> list[str]:
    """The shell commands `make install` would run in ``clone`` (comments dropped)."""
    out = subprocess.run(["make", "-n", "install"], cwd=clone, check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def first_verdict(clone: Path, db: Path) -> tuple[float, float]:
    """Seconds to the server's health check, and from then to the verdict shown on a fresh page."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "ALPLAN_APP_QUICK")}
    env["ALPLAN_DB"] = str(db)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(clone / ".venv" / "bin" / "streamlit"), "run", "app.py", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=clone, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.perf_counter() - t0 > 120 or proc.poll() is not None:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.1)
        started = time.perf_counter() - t0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(180_000)
            t1 = time.perf_counter()
            page.goto(url)
            page.get_by_test_id("stMetric").first.wait_for()
            verdict = time.perf_counter() - t1
            browser.close()
        return started, verdict
    finally:
        stop(proc)


def _name(step: str) -> str:
    return "venv" if " -m venv " in step else "install" if "install.py" in step else step.split()[0]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=2)
    args = p.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
    for i in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="alplan-clone-") as tmp:
            clone = Path(tmp) / "alplan"
            subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
            times = []
            for step in install_steps(clone):
                t0 = time.perf_counter()
                subprocess.run(step, shell=True, cwd=clone, env=env, check=True)
                times.append((step, time.perf_counter() - t0))
            started, verdict = first_verdict(clone, Path(tmp) / "runs.db")
            total = sum(t for _, t in times) + started + verdict
            steps = "; ".join(f"{_name(s)} {t:.1f} s" for s, t in times if not s.startswith("touch"))
            print(f"repeat {i + 1}: {steps}; server up {started:.1f} s; verdict {verdict:.1f} s after the page "
                  f"opened; **{total:.1f} s in all** (load {os.getloadavg()[0]:.2f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
