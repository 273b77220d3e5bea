"""Start-up time of the ``alplan`` CLI: how long until it answers.

Runs each command as a fresh subprocess N times (hyperfine-style: one warm-up run, then the median of N; wall time,
and the child's CPU time, which a loaded machine does not inflate), and reports whether it pulled in torch.

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
    its last stderr line."""
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
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=ROOT)
    match = re.search(r"^HEAVY=(.*)$", proc.stderr, re.MULTILINE)
    return (match.group(1) or "none") if match else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="timed runs per command")
    parser.add_argument("--quick", action="store_true", help="5 runs per command")
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

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
