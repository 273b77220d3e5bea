"""Grid throughput with 1 vs 2 local worker processes, and the per-run overhead of Dask vs local.

Results go to the "Grid throughput and Dask overhead" section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_grid.py            # full: ~1 minute on 2 idle cores (several under load)
    .venv/bin/python benchmarks/bench_grid.py --quick    # smoke run: < 1 minute

1. **Throughput.** One grid (digits, logreg, 4 strategies x S seeds, R rounds of 10 labels) through ``run_grid`` with
   a fresh results database, with ``workers=1`` (in this process) and ``workers=2`` (a pool of processes forked from a
   forkserver that has imported torch and alplan; the workers' start and their data loading are included, the
   forkserver's one-time start is reported apart).  Target: at least 1.7x on 2 cores.  To tell a slow pool from a busy
   machine, it also measures the cores this session actually gets (two busy-loop processes side by side, before and
   after): with scheduler autogroups, a session shares one fair share among all its processes, so while another
   session is busy two workers may get ~1 core between them.
2. **Overhead.** Many tiny runs (1 round) through a local pool of 2 and through a real Dask cluster on 127.0.0.1
   (``dask scheduler`` + 2 single-threaded ``dask worker`` processes, started by ``local_cluster``; start-up not
   included, client connection included).  Overhead per run = elapsed x 2 slots / runs - the mean time of a run inside
   its worker (the run's own ``wall_seconds`` in the database): what dispatch, transfer and the database write add to
   each run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from simulations.results.store import Store  # noqa: E402
from simulations.run.config import SimulationConfig  # noqa: E402
from simulations.run.executors import local_cluster, run_grid  # noqa: E402

STRATEGIES = ("random", "margin", "entropy", "least_confidence")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


_BUSY = (
    "import time\n"
    "t = time.perf_counter(); c = time.process_time()\n"
    "while time.perf_counter() - t < {seconds}: pass\n"
    "print((time.process_time() - c) / (time.perf_counter() - t))\n")


def available_cores(n: int = 2, seconds: float = 2.0) -> float:
    """Cores this session gets right now: n busy-loop processes run together, their CPU shares summed.

    On a shared machine with scheduler autogroups, all processes of one session share that session's fair share: with
    another session busy, 2 processes of ours may get about 1 core between them, and no pool can be 2x faster."""
    import subprocess

    procs = [subprocess.Popen([sys.executable, "-c", _BUSY.format(seconds=seconds)], stdout=subprocess.PIPE,
                              text=True) for _ in range(n)]
    return sum(float(p.communicate()[0]) for p in procs)


def timed_grid(config, workdir: Path, name: str, **kwargs) -> tuple[float, float, float]:
    """Elapsed seconds of one grid into a fresh database; mean in-worker wall and CPU seconds per run."""
    db = workdir / f"{name}.db"
    start = time.perf_counter()
    table = run_grid(config, db=db, **kwargs)
    elapsed = time.perf_counter() - start
    with Store(db, readonly=True) as store:
        runs = store.runs()
    assert len(runs) == len(config.runs()) and (runs["status"] == "done").all()
    assert len(table) == len(runs) * (runs["n_rounds"].iloc[0])
    return elapsed, float(runs["wall_seconds"].mean()), float(runs["cpu_seconds"].mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small settings (smoke run)")
    parser.add_argument("--seeds", type=int, default=None, help="seeds per strategy in the throughput grid")
    parser.add_argument("--rounds", type=int, default=None, help="rounds per run in the throughput grid")
    parser.add_argument("--json", default=None, help="also write the numbers to this JSON file")
    args = parser.parse_args(argv)
    seeds = args.seeds or (2 if args.quick else 16)
    rounds = args.rounds or (10 if args.quick else 30)
    tiny = 8 if args.quick else 40   # runs in the overhead grids

    print(f"# bench_grid.py{' --quick' if args.quick else ''}: {os.cpu_count()} CPUs, {load()} at start")
    results: dict = {"cpus": os.cpu_count(), "load_start": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="alplan-bench-grid-") as tmp:
        workdir = Path(tmp)

        # 1. throughput
        config = SimulationConfig(datasets=("digits",), model="logreg", strategies=STRATEGIES,
                                  seeds=tuple(range(seeds)), initial=20, batch_size=10, rounds=rounds)
        n = len(config.runs())
        warm = SimulationConfig(datasets=("digits",), model="logreg", strategies=("random",), seeds=(98, 99),
                                initial=20, batch_size=10, rounds=1)
        run_grid(warm)  # this process: imports and the data cache
        start = time.perf_counter()
        run_grid(warm, workers=2)  # the pool's forkserver: starts once per process, imports torch and alplan
        pool_start = time.perf_counter() - start
        results["pool_cold_start_s"] = pool_start
        one_before, two_before = available_cores(1), available_cores(2)
        t1, per1, cpu1 = timed_grid(config, workdir, "w1", workers=1)
        t2, per2, cpu2 = timed_grid(config, workdir, "w2", workers=2)
        one_after, two_after = available_cores(1), available_cores(2)
        speedup = t1 / t2
        headroom = (two_before + two_after) / (one_before + one_after)
        results["available_cores"] = {"one_process": [one_before, one_after], "two_processes": [two_before, two_after],
                                      "headroom": headroom}
        results["throughput"] = {"runs": n, "rounds": rounds, "workers1_s": t1, "workers2_s": t2,
                                 "speedup": speedup, "run_s_workers1": per1, "run_s_workers2": per2,
                                 "cpu_s_workers1": cpu1, "cpu_s_workers2": cpu2}
        print(f"\n## Throughput: {n} runs (digits, logreg, {len(STRATEGIES)} strategies x {seeds} seeds, "
              f"{rounds} rounds of 10)\n")
        print("| workers | elapsed (s) | runs/min | mean run in its worker: wall (s) | CPU (s) |")
        print("|---|---|---|---|---|")
        print(f"| 1 (this process) | {t1:.1f} | {60 * n / t1:.1f} | {per1:.2f} | {cpu1:.2f} |")
        print(f"| 2 (process pool; worker start and data loading included) | {t2:.1f} | {60 * n / t2:.1f} "
              f"| {per2:.2f} | {cpu2:.2f} |")
        verdict = "met" if speedup >= 1.7 else "NOT met"
        print(f"\nspeed-up 2 vs 1 workers: {speedup:.2f}x (target >= 1.7x: {verdict})")
        print(f"first pool of the process (a forkserver start and its imports if the runs need one; "
              f"once per process, not included): {pool_start:.1f} s")
        print(f"CPU this session gets, before / after: 1 busy loop {one_before:.2f} / {one_after:.2f} cores, "
              f"2 busy loops together {two_before:.2f} / {two_after:.2f} cores: the machine allowed at most "
              f"{headroom:.2f}x from a second process")

        # 2. overhead: tiny runs, local pool of 2 vs Dask with 2 workers
        small = SimulationConfig(datasets=("digits",), model="logreg", strategies=STRATEGIES,
                                 seeds=tuple(range(100, 100 + max(1, tiny // len(STRATEGIES)))),
                                 initial=20, batch_size=10, rounds=1)
        m = len(small.runs())
        tl, pl, _ = timed_grid(small, workdir, "pool", workers=2)
        start = time.perf_counter()
        with local_cluster(n_workers=2) as address:
            cluster_start = time.perf_counter() - start
            # warm the workers (imports, data) so both sides are measured warm
            run_grid(SimulationConfig(datasets=("digits",), model="logreg", strategies=STRATEGIES,
                                      seeds=(7,), initial=20, batch_size=10, rounds=1), cluster=address)
            td, pd_, _ = timed_grid(small, workdir, "dask", cluster=address)
        over_local = tl * 2 / m - pl
        over_dask = td * 2 / m - pd_
        results["overhead"] = {"runs": m, "pool_s": tl, "dask_s": td, "run_s_pool": pl, "run_s_dask": pd_,
                               "overhead_pool_s": over_local, "overhead_dask_s": over_dask,
                               "cluster_start_s": cluster_start}
        print(f"\n## Per-run overhead: {m} tiny runs (1 round), 2 slots each\n")
        print("| executor | elapsed (s) | mean run in its worker (s) | overhead per run (s) |")
        print("|---|---|---|---|")
        print(f"| local pool, 2 processes (start-up included) | {tl:.2f} | {pl:.3f} | {over_local:.3f} |")
        print(f"| Dask, 2 workers on 127.0.0.1 (connect included) | {td:.2f} | {pd_:.3f} | {over_dask:.3f} |")
        print(f"\nDask cluster start-up (scheduler + 2 workers, not included above): {cluster_start:.1f} s")
    results["load_end"] = os.getloadavg()[0]
    print(f"\n{load()} at end")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
