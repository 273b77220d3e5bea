"""Shared plumbing of the peer scripts (stdlib + numpy only: runs in every venv).

A peer script receives one ``.npz`` per seed written by ``bench_peers.py``
(arrays ``X_pool, y_pool, X_test, y_test, init_pos``: the exact split,
standardization and initial labeled set alplan uses for that seed), runs the
experiment ``repeats`` times over all seeds, and prints ONE JSON object on
stdout::

    {"library": ..., "version": ..., "import_seconds": float,
     "experiment_seconds": [float, ...],          # wall, one per repeat, all seeds
     "experiment_cpu_seconds": [float, ...],      # this process's CPU time (all threads; null
                                                  # for parallel runs: their workers' CPU is not ours)
     "curves": {"<seed>": [[n_labels, accuracy], ...]}}   # from the first repeat
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder with seed_<s>.npz files")
    parser.add_argument("--seeds", required=True, help="comma-separated seeds")
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--rounds", type=int, required=True)
    parser.add_argument("--repeats", type=int, default=3)
    return parser.parse_args(argv)


def load_seed(folder: str, seed: int) -> dict:
    import numpy as np

    path = Path(folder) / f"seed_{seed}.npz"
    with np.load(path) as npz:
        return {k: npz[k] for k in npz.files}


def run(library: str, version: str, import_seconds: float, experiment, argv=None, prepare=None,
        extra=None, experiment_all=None, all_in_process=False) -> None:
    """Time ``experiment(data, seed, batch_size, rounds) -> [(n, acc), ...]``.

    Data are loaded (and ``prepare(data, seed)`` run) before the clock starts;
    each repeat runs every seed. ``--repeats 0`` measures the import alone.
    ``extra()`` (optional) returns more keys for the JSON.
    ``experiment_all(data_by_seed, batch_size, rounds) -> {seed: [(n, acc), ...]}``
    (optional) replaces the per-seed loop: every seed in one call (parallel runs; with
    ``all_in_process`` in this process, so its CPU time is measured).
    """
    args = parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    data = {s: load_seed(args.data, s) for s in seeds}
    if prepare is not None:
        for s in seeds:
            prepare(data[s], s)
    times, cpu, curves = [], [], {}
    for repeat in range(args.repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        if experiment_all is not None:
            result = experiment_all(data, args.batch_size, args.rounds)
        else:
            result = {s: experiment(data[s], s, args.batch_size, args.rounds) for s in seeds}
        times.append(time.perf_counter() - start)
        # The workers' CPU time is not this process's (and they are the forkserver's
        # children, not ours): unknown for parallel runs.
        cpu.append(None if experiment_all is not None and not all_in_process else time.process_time() - cpu_start)
        if repeat == 0:
            curves = {str(s): [[int(n), float(a)] for n, a in c] for s, c in result.items()}
    out = {
        "library": library,
        "version": version,
        "import_seconds": import_seconds,
        "experiment_seconds": times,
        "experiment_cpu_seconds": cpu,
        "curves": curves,
    }
    if extra is not None:
        out.update(extra())
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
