"""A grid of forest runs on a 1,000,000-row synthetic pool: a local Dask cluster against the single machine.

Results go to the "A 1,000,000-row forest grid on a local Dask cluster" section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_dask_1m.py                       # 200 runs (4 strategies x 50 seeds)
    .venv/bin/python benchmarks/bench_dask_1m.py --seeds 2 --n-samples 100000   # a smoke run, about a minute

The grid: ``synthetic`` with ``--n-samples`` rows (float32, 20 features, 10 classes; 20,000 go to the test split),
alplan's ``forest`` learner (``--trees`` trees), random, margin, entropy and least-confidence sampling, ``--seeds``
seeds each, ``--initial`` labels and ``--rounds`` rounds of ``--batch-size``.  Every round predicts the whole
unlabeled pool.

It runs twice, each into a fresh results database:

1. on a local Dask cluster (``local_cluster``: ``dask scheduler`` and one single-threaded ``dask worker`` per usable
   core, as one starts them on several machines), through ``run_grid(..., cluster=address)``;
2. on the single machine, as ``alplan grid`` runs it by default (``run_grid(..., workers=None)``: one process per
   usable core).

Reported for each: elapsed seconds (the cluster's start-up apart), and the peak memory of this process and all its
descendants together (resident set sizes summed, sampled every 0.25 s), and the largest single process.  The two
curves tables (every column but the timings) must be equal bit for bit; the script says whether they are and exits 1
when they are not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402
import psutil  # noqa: E402  (a dependency of dask.distributed)

from simulations.run.config import SimulationConfig  # noqa: E402
from simulations.run.cores import usable_cores  # noqa: E402
from simulations.run.executors import local_cluster, run_grid  # noqa: E402

STRATEGIES = ("random", "margin", "entropy", "least_confidence")


class PeakMemory:
    """Peak resident memory of this process and its descendants, sampled on a thread."""

    def __init__(self, every: float = 0.25):
        self.every, self.total, self.largest = every, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            sizes = []
            for proc in [me, *me.children(recursive=True)]:
                try:
                    sizes.append(proc.memory_info().rss)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            self.total, self.largest = max(self.total, sum(sizes)), max(self.largest, max(sizes, default=0))
            self._stop.wait(self.every)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def config(args) -> SimulationConfig:
    return SimulationConfig(
        datasets=("synthetic",), model="forest", strategies=STRATEGIES, seeds=tuple(range(args.seeds)),
        initial=args.initial, batch_size=args.batch_size, rounds=args.rounds,
        dataset_params=(("n_samples", args.n_samples), ("n_features", 20), ("n_classes", 10), ("class_sep", 1.0)),
        model_params=(("n_estimators", args.trees),))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n-samples", type=int, default=1_000_000)
    p.add_argument("--seeds", type=int, default=50, help="seeds per strategy (4 strategies)")
    p.add_argument("--trees", type=int, default=100)
    p.add_argument("--initial", type=int, default=100)
    p.add_argument("--batch-size", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--workers", type=int, default=None, help="Dask workers and local processes (default: usable cores)")
    p.add_argument("--only", choices=("dask", "local"), default=None, help="run one of the two")
    p.add_argument("--json", default=None, help="also write the numbers here")
    args = p.parse_args(argv)

    cfg = config(args)
    n_runs = len(cfg.runs())
    cores = usable_cores()
    workers = args.workers or cores
    print(f"{n_runs} forest runs ({args.trees} trees) on synthetic {args.n_samples:,} x 20, "
          f"{args.initial} + {args.rounds} x {args.batch_size} labels; {workers} workers; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    out: dict = {"runs": n_runs, "workers": workers, "cores": cores, "settings": vars(args),
                 "load_start": os.getloadavg()[0]}
    tables: dict[str, pd.DataFrame] = {}
    with tempfile.TemporaryDirectory(prefix="alplan-dask-1m-") as tmp:
        if args.only in (None, "dask"):
            t0 = time.perf_counter()
            with PeakMemory() as mem, local_cluster(n_workers=workers, local_directory=tmp) as address:
                started = time.perf_counter()
                tables["dask"] = run_grid(cfg, db=Path(tmp) / "dask.db", cluster=address)
                elapsed = time.perf_counter() - started
            out["dask"] = {"start_s": started - t0, "elapsed_s": elapsed, "peak_total_mb": mem.total / 2**20,
                           "peak_process_mb": mem.largest / 2**20}
            print(f"Dask cluster: {elapsed:.1f} s ({started - t0:.1f} s to start it); peak memory "
                  f"{mem.total / 2**20:,.0f} MB in all, {mem.largest / 2**20:,.0f} MB the largest process", flush=True)
        if args.only in (None, "local"):
            with PeakMemory() as mem:
                started = time.perf_counter()
                tables["local"] = run_grid(cfg, db=Path(tmp) / "local.db", workers=args.workers)
                elapsed = time.perf_counter() - started
            out["local"] = {"elapsed_s": elapsed, "peak_total_mb": mem.total / 2**20,
                            "peak_process_mb": mem.largest / 2**20}
            print(f"single machine: {elapsed:.1f} s; peak memory {mem.total / 2**20:,.0f} MB in all, "
                  f"{mem.largest / 2**20:,.0f} MB the largest process", flush=True)
    same = None
    if len(tables) == 2:
        try:
            timed = [c for c in tables["dask"].columns if c.endswith("_seconds")]   # wall times differ, of course
            pd.testing.assert_frame_equal(tables["dask"].drop(columns=timed), tables["local"].drop(columns=timed),
                                          check_exact=True)
            same = True
        except AssertionError as exc:
            same = False
            print(f"the curves differ: {str(exc).splitlines()[0]}")
        print(f"curves equal bit for bit: {same}")
    out["same_curves"], out["load_end"] = same, os.getloadavg()[0]
    last = next(iter(tables.values()))
    final = last[last["round"] == last["round"].max()].groupby("strategy")["accuracy"].mean()
    out["final_accuracy"] = {k: round(float(v), 4) for k, v in final.items()}
    print("mean accuracy at the last round: " + ", ".join(f"{k} {v:.3f}" for k, v in final.items()))
    print(f"load average at the end {out['load_end']:.2f}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0 if same in (None, True) else 1


if __name__ == "__main__":
    sys.exit(main())
