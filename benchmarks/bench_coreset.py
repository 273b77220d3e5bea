"""Core-set selection at scale: alplan's ``coreset`` vs scikit-activeml's ``CoreSet``.

Selects ``k`` points (default 1,000) from pools of embeddings (default 128-d, a 50-component Gaussian mixture,
float32) given a labeled set (default 1,000), through ``simulations.strategies.query`` (validation included). Each
measurement runs in a fresh subprocess and reports wall time, the process's CPU time (less sensitive to other load on
a shared machine) and the growth of peak resident memory during the call, so memory can be checked for linearity in
the pool. scikit-activeml runs in its own virtual environment (it must not share alplan's) on the same arrays, saved
to a temporary folder; the picks of both are compared (both are exact greedy k-center, so they should agree up to
float32 near-ties). Results go to the "Coreset selection at scale" section of benchmarks/RESULTS.md.

The peer venv comes from ``benchmarks/setup_peers.sh``. Usage::

    .venv/bin/python benchmarks/bench_coreset.py \\
        --pools 10000,100000,1000000 --peer-pools 2000,10000,30000 \\
        --peer-python .venv-skactiveml/bin/python
    .venv/bin/python benchmarks/bench_coreset.py --quick   # smoke settings
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

# Both sides measure the same way, in a fresh process, without tracing overhead:
# wall time, CPU time of the process (robust to other load on the machine), and
# the growth of peak resident memory during the call (VmHWM, reset just before
# the call, minus VmRSS then; ru_maxrss would carry the parent's peak over exec).
MEASURE = r"""
import json, os, sys, time
def status_bytes(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(key + " not in /proc/self/status")
def measure(fn):
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset this process's peak RSS (VmHWM) to its current RSS
    before = status_bytes("VmRSS")
    c0, t0 = time.process_time(), time.perf_counter()
    result = fn()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = status_bytes("VmHWM")
    return result, {"seconds": seconds, "cpu_seconds": cpu, "peak_growth_bytes": max(0, peak - before)}
"""

# Runs in alplan's venv: one measurement of alplan's coreset.
OURS = MEASURE + r"""
import numpy as np
from simulations.strategies import QueryContext, get, query
folder, k = sys.argv[1], int(sys.argv[2])
pool = np.load(f"{folder}/pool.npy")
lab = np.load(f"{folder}/labeled.npy")
ctx = QueryContext(n_pool=pool.shape[0], n_classes=10, embeddings=pool, labeled_embeddings=lab)
strategy = get("coreset")
query(strategy, QueryContext(n_pool=50, n_classes=10, embeddings=pool[:50], labeled_embeddings=lab[:5]), 5,
      np.random.default_rng(1))  # warm-up: imports, BLAS threads
picks, stats = measure(lambda: query(strategy, ctx, k, np.random.default_rng(0)))
np.save(f"{folder}/ours.npy", picks)
print(json.dumps(stats))
"""

# Runs in scikit-activeml's venv: one measurement of its CoreSet.
PEER = MEASURE + r"""
import numpy as np
from skactiveml.pool import CoreSet
import skactiveml
folder, k = sys.argv[1], int(sys.argv[2])
pool = np.load(f"{folder}/pool.npy")
lab = np.load(f"{folder}/labeled.npy")
X = np.concatenate([lab, pool])
y = np.full(X.shape[0], np.nan)
y[: lab.shape[0]] = 0
qs = CoreSet(random_state=0)
idx, stats = measure(lambda: qs.query(X, y, batch_size=k))
np.save(f"{folder}/peer.npy", np.asarray(idx) - lab.shape[0])
stats["version"] = skactiveml.__version__
print(json.dumps(stats))
"""


def make_data(n_pool: int, n_labeled: int, dim: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A Gaussian mixture (50 components), like class-structured embeddings."""
    rng = np.random.default_rng(seed)
    n = n_pool + n_labeled
    centres = rng.normal(size=(50, dim)).astype(np.float32) * 3
    X = rng.normal(size=(n, dim)).astype(np.float32)
    X += centres[rng.integers(50, size=n)]
    return X[n_labeled:], X[:n_labeled]


THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
THREADS: int | None = None  # --threads: the same BLAS/OpenMP thread count for both libraries


def run_json(cmd: list[str], timeout: float) -> dict | None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if THREADS:
        env.update({var: str(THREADS) for var in THREAD_VARS})
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pools", default="10000,100000,1000000", help="alplan pool sizes")
    ap.add_argument("--peer-pools", default="2000,10000,30000", help="scikit-activeml pool sizes")
    ap.add_argument("--peer-python", default=str(ROOT / ".venv-skactiveml/bin/python"))
    ap.add_argument("--peer-timeout", type=float, default=600.0, help="seconds before a peer run is abandoned")
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--labeled", type=int, default=1000)
    ap.add_argument("--k", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3, help="timed repeats of alplan (median reported)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=None,
                    help="BLAS/OpenMP threads for both libraries (default: each library's default)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke settings: pools 10,000 (peer 1,000), k and labeled 100, 1 repeat")
    args = ap.parse_args(argv)
    if args.quick:
        args.pools, args.peer_pools, args.k, args.labeled, args.repeats = "10000", "1000", 100, 100, 1
    global THREADS
    THREADS = args.threads
    pools = sorted({int(p) for p in args.pools.split(",") if p} | {int(p) for p in args.peer_pools.split(",") if p})
    peer_pools = {int(p) for p in args.peer_pools.split(",") if p}
    ours_pools = {int(p) for p in args.pools.split(",") if p} | peer_pools
    peer_ok = Path(args.peer_python).exists()
    if not peer_ok:
        print(f"# no peer: {args.peer_python} missing (run benchmarks/setup_peers.sh); alplan only")
    print(f"# coreset: k={args.k}, labeled={args.labeled}, dim={args.dim}, float32, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at start, threads {args.threads or 'default'}")
    header = (f"{'pool':>9} | {'alplan wall s':>13} | {'alplan cpu s':>12} | {'alplan +MB':>10} | "
              f"{'peer wall s':>11} | {'peer cpu s':>10} | {'peer +MB':>8} | {'same picks':>10}")
    print(header)
    print("-" * len(header))
    results = []
    peer_gave_up = False

    def fmt(v, spec):
        return format(v, spec) if isinstance(v, float) else (str(v) if v is not None else "-")

    for n in pools:
        with tempfile.TemporaryDirectory(prefix="bench_coreset_") as folder:
            pool, lab = make_data(n, args.labeled, args.dim, args.seed)
            np.save(f"{folder}/pool.npy", pool)
            np.save(f"{folder}/labeled.npy", lab)
            pool_mb = pool.nbytes / 2**20
            del pool, lab
            row: dict = {"pool": n, "pool_mb": pool_mb, "load_avg": os.getloadavg()[0]}
            if n in ours_pools:
                runs = [run_json([sys.executable, "-c", OURS, folder, str(args.k)], 3600) for _ in range(args.repeats)]
                row.update(ours_s=float(np.median([r["seconds"] for r in runs])),
                           ours_cpu_s=float(np.median([r["cpu_seconds"] for r in runs])),
                           ours_mb=float(np.max([r["peak_growth_bytes"] for r in runs])) / 2**20, ours_runs=runs)
            if n in peer_pools and peer_ok and not peer_gave_up:
                peer = run_json([args.peer_python, "-c", PEER, folder, str(args.k)], args.peer_timeout)
                if peer is None:
                    row.update(peer_s=f">{args.peer_timeout:.0f}")
                    peer_gave_up = True
                else:
                    ours, theirs = np.load(f"{folder}/ours.npy"), np.load(f"{folder}/peer.npy")
                    row.update(peer_s=peer["seconds"], peer_cpu_s=peer["cpu_seconds"],
                               peer_mb=peer["peak_growth_bytes"] / 2**20, peer_version=peer["version"],
                               same_picks=len(set(ours.tolist()) & set(theirs.tolist())) / args.k)
            results.append(row)
        print(f"{n:>9} | {fmt(row.get('ours_s'), '13.2f'):>13} | {fmt(row.get('ours_cpu_s'), '12.2f'):>12} | "
              f"{fmt(row.get('ours_mb'), '10.1f'):>10} | {fmt(row.get('peer_s'), '11.1f'):>11} | "
              f"{fmt(row.get('peer_cpu_s'), '10.1f'):>10} | {fmt(row.get('peer_mb'), '8.1f'):>8} | "
              f"{fmt(row.get('same_picks'), '10.3f'):>10}   (pool array {pool_mb:.0f} MB, "
              f"load {row['load_avg']:.1f})", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
