"""Start-up time of the ``alplan`` CLI: how long until it answers.

Runs each command as a fresh subprocess N times (hyperfine-style: one warm-up
run, then the median of N; wall time, and the child's CPU time, which a loaded
machine does not inflate), reports whether it pulled in torch, and for any
command slower than ``--slow`` seconds names the top importers from
``python -X importtime``.

    python benchmarks/bench_startup.py            # N=15
    python benchmarks/bench_startup.py --quick    # N=5

Results go to the "Start-up time" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (label, argv after `alplan`)
COMMANDS: list[tuple[str, list[str]]] = [
    ("alplan --help", ["--help"]),
    ("alplan strategies", ["strategies"]),
    ("alplan datasets", ["datasets"]),
]


def alplan_argv() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("alplan")
    if script.exists():
        return [str(script)]
    found = shutil.which("alplan")
    return [found] if found else [sys.executable, "-m", "planner.cli"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(argv: list[str], n: int) -> tuple[list[float], list[float], int, str]:
    """Run ``argv`` once to warm up, then ``n`` times.

    Returns the wall seconds and the CPU seconds (user + system of the child,
    robust to a loaded machine) of each timed run, the warm-up's exit code and
    its last stderr line.
    """
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    warm = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env)
    times, cpu = [], []
    for _ in range(n):
        cpu_start, start = _children_cpu(), time.perf_counter()
        subprocess.run(argv, capture_output=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - cpu_start)
    return times, cpu, warm.returncode, (warm.stderr.strip().splitlines() or [""])[-1]


_PROBE = (
    "import sys\n"
    "from planner.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = [m for m in ('torch', 'pandas', 'sklearn', 'scipy', 'streamlit', 'dask') if m in sys.modules]\n"
    "print('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
)


def heavy_modules(args: list[str]) -> str:
    """Which heavy packages the command imports (in-process probe)."""
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=ROOT
    )
    match = re.search(r"^HEAVY=(.*)$", proc.stderr, re.MULTILINE)
    return (match.group(1) or "none") if match else "?"


_IMPORTTIME = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def top_importers(args: list[str], top: int = 8) -> list[tuple[str, float]]:
    """Self import time summed per top-level package, largest first (seconds)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    per_package: dict[str, float] = defaultdict(float)
    for line in proc.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            per_package[match.group(4).split(".")[0]] += int(match.group(1)) / 1e6
    return sorted(per_package.items(), key=lambda kv: -kv[1])[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="timed runs per command")
    parser.add_argument("--quick", action="store_true", help="5 runs per command")
    parser.add_argument("--slow", type=float, default=0.5,
                        help="name the top importers of commands slower than this (s)")
    args = parser.parse_args(argv)
    n = 5 if args.quick else args.n
    if n < 1:
        parser.error("-n must be at least 1")

    base = alplan_argv()
    print(f"# start-up time: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, median of {n} runs after 1 warm-up, load avg "
          f"{os.getloadavg()[0]:.2f}")
    print(f"# alplan = {' '.join(base)}\n")
    rows = []
    baseline, base_cpu, _, _ = time_command([sys.executable, "-c", "pass"], n)
    rows.append(("python -c pass (interpreter alone)", baseline, base_cpu, 0, "", "none"))
    for label, cmd in COMMANDS:
        times, cpu, rc, last = time_command(base + cmd, n)
        rows.append((label, times, cpu, rc, last, heavy_modules(cmd)))

    print("| command | wall median (s) | min (s) | max (s) | CPU median (s) | exit | heavy imports |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for label, times, cpu, rc, _, heavy in rows:
        print(f"| `{label}` | {statistics.median(times):.3f} | {min(times):.3f} | "
              f"{max(times):.3f} | {statistics.median(cpu):.3f} | {rc} | {heavy} |")
    failed = [(label, rc, last) for label, _, _, rc, last, _ in rows if rc != 0]
    for label, rc, last in failed:
        print(f"\n`{label}` exited {rc}: {last}")

    for (label, cmd), (_, times, _, _, _, _) in zip(COMMANDS, rows[1:]):
        if statistics.median(times) > args.slow:
            print(f"\n`{label}` is slower than {args.slow} s; top importers "
                  f"(self time summed per package, `python -X importtime`):")
            for package, seconds in top_importers(cmd):
                print(f"  {package:<24} {seconds:.3f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
