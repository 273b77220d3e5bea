"""Shared plumbing of the forest peer scripts (stdlib + numpy only: runs in every venv).

``bench_sklearn_learners.py`` writes one ``<dataset>_<seed>.npz`` per run (arrays ``X_pool, y_pool, X_test,
y_test, init_pos``: alplan's split, standardization and initial labeled set). A script runs every file once:
a random forest of ``TREES`` trees, margin sampling, ``rounds`` rounds of ``batch_size`` labels, and prints ONE
JSON object::

    {"library", "version", "import_seconds",
     "experiment_seconds": float,                  # wall, every run, after imports and data loading
     "phases": {"fit": s, "pool_proba": s, "selection": s, "test": s},   # where the time went
     "curves": {"<dataset>_<seed>": [[n_labels, accuracy], ...]}}
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

#: Trees of the reference forest.
TREES = 100


class Clock:
    """Seconds spent per phase: ``with clock("fit"): ...``."""

    def __init__(self):
        self.phases: dict[str, float] = {}
        self._name = None

    def __call__(self, name: str) -> "Clock":
        self._name = name
        return self

    def __enter__(self):
        self._t0 = time.perf_counter()

    def __exit__(self, *exc):
        self.phases[self._name] = self.phases.get(self._name, 0.0) + time.perf_counter() - self._t0

    def add(self, name: str, seconds: float) -> None:
        self.phases[name] = self.phases.get(name, 0.0) + seconds


def run(library: str, version: str, import_seconds: float, experiment, argv=None) -> None:
    """Time ``experiment(data, run_name, seed, batch_size, rounds, clock) -> [(n, acc), ...]`` over every file."""
    import numpy as np

    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--rounds", type=int, required=True)
    args = parser.parse_args(argv)
    data = {}
    for path in sorted(Path(args.data).glob("*.npz")):
        with np.load(path) as npz:
            data[path.stem] = {k: npz[k] for k in npz.files}
    clock = Clock()
    curves = {}
    start = time.perf_counter()
    for name, d in data.items():
        seed = int(name.rsplit("_", 1)[1])
        curves[name] = experiment(d, name, seed, args.batch_size, args.rounds, clock)
    seconds = time.perf_counter() - start
    json.dump({"library": library, "version": version, "import_seconds": import_seconds,
               "experiment_seconds": seconds, "phases": clock.phases,
               "curves": {k: [[int(n), float(a)] for n, a in c] for k, c in curves.items()}}, sys.stdout)
    sys.stdout.write("\n")
