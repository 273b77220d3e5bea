"""The long run of the fuzz suite (tests/fuzz): N examples per property instead of the 25 of `make test`.

Results go to the "Fuzz suite" section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_fuzz.py            # 2,000 examples per property
    .venv/bin/python benchmarks/bench_fuzz.py --examples 300
    .venv/bin/python benchmarks/bench_fuzz.py --quick    # the `make test` budget (25)

Reproducible: the examples derive from each test's name (hypothesis ``derandomize``), so the same N gives
the same inputs. Equivalent to ``ALPLAN_FUZZ_EXAMPLES=N python -m pytest -q tests/fuzz``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property (default 2,000)")
    parser.add_argument("--quick", action="store_true", help="25 examples per property (the make-test budget)")
    args = parser.parse_args()
    examples = 25 if args.quick else args.examples
    env = {**os.environ, "ALPLAN_FUZZ_EXAMPLES": str(examples), "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/fuzz"],
                          cwd=ROOT, env=env)
    elapsed = time.perf_counter() - t0
    print(f"fuzz suite: {examples} examples per property, exit {done.returncode}, {elapsed:.0f} s")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
