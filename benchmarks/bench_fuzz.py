"""The long run of the fuzz suite (tests/fuzz): N examples per property instead of the 25 of `make test`.

Results go to the "Fuzz suite" section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_fuzz.py            # 2,000 examples per property
    .venv/bin/python benchmarks/bench_fuzz.py --examples 300
    .venv/bin/python benchmarks/bench_fuzz.py --quick    # the `make test` budget (25)
    .venv/bin/python benchmarks/bench_fuzz.py --count    # fuzz cases per surface (test file), nothing run
    .venv/bin/python benchmarks/bench_fuzz.py --time     # the grid-file cases that must stay fast, timed

Reproducible: the examples derive from each test's name (hypothesis ``derandomize``), so the same N gives
the same inputs. Equivalent to ``ALPLAN_FUZZ_EXAMPLES=N python -m pytest -q tests/fuzz``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def count_cases() -> int:
    """Test cases per fuzz file (a property counts once; its examples are the --examples budget)."""
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider",
                           "tests/fuzz"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True)
    counts: dict[str, int] = {}
    for line in done.stdout.splitlines():
        if "::" in line:
            name = line.split("::", 1)[0]
            counts[name] = counts.get(name, 0) + 1
    for name, n in sorted(counts.items()):
        print(f"{n:5d}  {name}")
    print(f"{sum(counts.values()):5d}  in all")
    return done.returncode


def time_grid_files() -> int:
    """Seconds for the grid files at the limits: a 99,600-run product's --dry-run, a 1 MB header of 200,000
    dotted parts (refused), and a 1 MB file of 16-part keys (read)."""
    import tempfile

    from simulations.run.grid import load_grid

    folder = Path(tempfile.mkdtemp(prefix="bench_fuzz."))
    product = folder / "product.toml"
    product.write_text('strategies = ["random", "margin"]\nseeds = 83\nrounds = 2\n'
                       f"batch_sizes = {list(range(10, 40))}\nlabel_noise = {[i / 100 for i in range(20)]}\n")
    header = folder / "header.toml"
    header.write_text("[" + ".".join(["a"] * 200_000) + "]\n")
    keys = folder / "keys.toml"
    line = "model_params." + ".".join(["k"] * 15)
    keys.write_text("".join(f"{line}{i} = 1\n" for i in range(1_000_000 // (len(line) + 12))))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "planner.cli", "grid", str(product), "--dry-run", "--db",
                           str(folder / "g.db")], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True)
    print(f"99,600-run --dry-run: {time.perf_counter() - t0:.1f} s, exit {done.returncode}: {done.stdout.strip()}")
    for path in (header, keys):
        t0 = time.perf_counter()
        try:
            load_grid(path)
            outcome = "read"
        except ValueError as exc:
            outcome = f"refused: {str(exc)[:80]}"
        print(f"{path.name} ({path.stat().st_size:,} bytes): {time.perf_counter() - t0:.2f} s, {outcome}")
    shutil.rmtree(folder)
    return done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property (default 2,000)")
    parser.add_argument("--quick", action="store_true", help="12 examples per property (the make-test budget)")
    parser.add_argument("--count", action="store_true", help="only count the fuzz cases per surface")
    parser.add_argument("--time", action="store_true", help="only time the grid files at the limits")
    args = parser.parse_args()
    if args.count:
        return count_cases()
    if args.time:
        return time_grid_files()
    examples = 12 if args.quick else args.examples
    env = {**os.environ, "ALPLAN_FUZZ_EXAMPLES": str(examples), "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/fuzz"],
                          cwd=ROOT, env=env)
    elapsed = time.perf_counter() - t0
    print(f"fuzz suite: {examples} examples per property, exit {done.returncode}, {elapsed:.0f} s")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
