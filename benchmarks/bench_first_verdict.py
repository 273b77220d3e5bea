"""From a fresh clone to the first verdict, and from `make run` with `.venv` in place: README's two times.

    .venv/bin/python benchmarks/bench_first_verdict.py [--repeat 2] [--busy 2] [--record]

Each repeat clones this repository's last commit into a temporary folder (as a user's `git clone` does; the working
tree's uncommitted changes are not in it), then runs the commands `make install` runs there (read from
`make -n install`, so the timing follows the Makefile), each timed on its own: creating `.venv`, then the install
(`.ci/install.py`: uv, handed pip's settings).  Then it starts `streamlit run app.py` from the clone's `.venv` on an
empty results database, as `make run` does, opens the page in headless Chromium (this checkout's Playwright) and waits
for the verdict: "after the clone" is the sum. It then starts the server again from the same `.venv` on another empty
database: "with `.venv` in place" is the launch to the verdict.

`--busy N` keeps N processes spinning on the CPU throughout (the stated background load; none: the machine as it is,
its load average printed). `--record` writes the run to `first_verdict.json` beside this script under its number of
busy processes: README's sentence is :func:`readme_sentence` of that file, and tests/test_readme.py keeps it so.

The installers' caches (uv's; pip's for uv itself) are whatever this machine's are: run it once to warm them, and read
the later repeats ("with a warm cache").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
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
RECORD = HERE / "first_verdict.json"


def _span(seconds: list) -> str:
    low, high = round(min(seconds)), round(max(seconds))
    return f"{low} s" if low == high else f"{low}-{high} s"


def readme_sentence(record: dict) -> str:
    """README's words for the recorded runs: per number of busy processes, the first verdict after the clone (where
    that run timed it) and with `.venv` in place, each with its load average, then the machine."""
    parts = []
    for busy, got in sorted(record["runs"].items(), key=lambda item: int(item[0])):
        venv = got["venv"]
        head = "the first verdict is" if busy == "0" else f"beside {busy} busy processes it is"
        in_place = (f"{_span(venv['seconds'])} after `make run` starts with `.venv` in place (load average "
                    f"{venv['load']})")
        clone = got.get("clone")   # none where timed with `.venv` in place only (`bench_app.py --first-start`)
        parts.append(f"{head} {in_place}" if clone is None else
                     f"{head} {_span(clone['seconds'])} after the clone (load average {clone['load']}) and {in_place}")
    return "; ".join(parts) + f", in headless Chromium on {record['machine']}"


def machine() -> str:
    """``2-core AMD EPYC 7B13``: the cores and the processor's model."""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or platform.machine()
    return f"a {os.cpu_count()}-core {model}"


def record_run(busy: int, clone: list, venv: list, loads: list) -> None:
    """Write this run to :data:`RECORD` under ``busy``; print README's sentence."""
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {"runs": {}}
    load = f"{min(loads):.1f}-{max(loads):.1f}"
    record["machine"] = machine()
    record["runs"][str(busy)] = {"clone": {"seconds": [round(x, 1) for x in clone], "load": load},
                                 "venv": {"seconds": [round(x, 1) for x in venv], "load": load},
                                 "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    RECORD.write_text(json.dumps(record, indent=1) + "\n")
    print(f"recorded in {RECORD.name}; README: {readme_sentence(record)}")


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
    p.add_argument("--busy", type=int, default=0, help="processes spinning on the CPU throughout")
    p.add_argument("--record", action="store_true", help=f"write the run to {RECORD.name}")
    args = p.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    spin = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    clones, venvs, loads = [], [], [os.getloadavg()[0]]
    try:
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
                clones.append(sum(t for _, t in times) + started + verdict)
                venvs.append(sum(first_verdict(clone, Path(tmp) / "again.db")))
                loads.append(os.getloadavg()[0])
                steps = "; ".join(f"{_name(s)} {t:.1f} s" for s, t in times if not s.startswith("touch"))
                print(f"repeat {i + 1}: {steps}; server up {started:.1f} s; verdict {verdict:.1f} s after the page "
                      f"opened; **{clones[-1]:.1f} s in all**; with `.venv` in place {venvs[-1]:.1f} s (load "
                      f"{loads[-1]:.2f}, {args.busy} busy)", flush=True)
    finally:
        for proc in spin:
            proc.kill()
    print(f"after the clone: median {statistics.median(clones):.1f} s; with `.venv` in place: median "
          f"{statistics.median(venvs):.1f} s")
    if args.record:
        record_run(args.busy, clones, venvs, loads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
