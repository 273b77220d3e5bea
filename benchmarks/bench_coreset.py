"""Core-set selection at scale: alplan's ``coreset`` vs scikit-activeml's ``CoreSet``.

Selects ``k`` points (default 1,000) from pools of embeddings (default
128-d, a 50-component Gaussian mixture, float32) given a labeled set (default
1,000), through ``simulations.strategies.query`` (validation included). Each
measurement runs in a fresh subprocess and reports wall time and the peak
memory allocated during the call (``tracemalloc``, which numpy reports to),
so memory can be checked for linearity in the pool. scikit-activeml runs in
its own virtual environment (it must not share alplan's) on the same arrays,
saved to a temporary folder; the picks of both are compared (both are exact
greedy k-center, so they should agree up to float32 near-ties).

Usage::

    .venv/bin/python benchmarks/bench_coreset.py \\
        --pools 10000,100000,1000000 --peer-pools 10000,30000,100000 \\
        --peer-python .venv-skactiveml/bin/python
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

# Runs in alplan's venv: one measurement of alplan's coreset.
OURS = r"""
import json, sys, time, tracemalloc
import numpy as np
from simulations.strategies import QueryContext, get, query
folder, k, trace = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
pool = np.load(f"{folder}/pool.npy")
lab = np.load(f"{folder}/labeled.npy")
ctx = QueryContext(n_pool=pool.shape[0], n_classes=10, embeddings=pool, labeled_embeddings=lab)
strategy = get("coreset")
query(strategy, QueryContext(n_pool=50, n_classes=10, embeddings=pool[:50], labeled_embeddings=lab[:5]), 5,
      np.random.default_rng(1))  # warm-up: imports, BLAS threads
if trace:
    tracemalloc.start()
t0 = time.perf_counter()
picks = query(strategy, ctx, k, np.random.default_rng(0))
seconds = time.perf_counter() - t0
peak = tracemalloc.get_traced_memory()[1] if trace else None
np.save(f"{folder}/ours.npy", picks)
print(json.dumps({"seconds": seconds, "peak_bytes": peak}))
"""

# Runs in scikit-activeml's venv: one measurement of its CoreSet.
PEER = r"""
import json, sys, time, tracemalloc
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
tracemalloc.start()
t0 = time.perf_counter()
idx = qs.query(X, y, batch_size=k)
seconds = time.perf_counter() - t0
peak = tracemalloc.get_traced_memory()[1]
np.save(f"{folder}/peer.npy", np.asarray(idx) - lab.shape[0])
print(json.dumps({"seconds": seconds, "peak_bytes": peak, "version": skactiveml.__version__}))
"""


def make_data(n_pool: int, n_labeled: int, dim: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A Gaussian mixture (50 components), like class-structured embeddings."""
    rng = np.random.default_rng(seed)
    n = n_pool + n_labeled
    centres = rng.normal(size=(50, dim)).astype(np.float32) * 3
    X = rng.normal(size=(n, dim)).astype(np.float32)
    X += centres[rng.integers(50, size=n)]
    return X[n_labeled:], X[:n_labeled]


def run_json(cmd: list[str], timeout: float) -> dict | None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
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
    ap.add_argument("--peer-pools", default="10000,30000,100000", help="scikit-activeml pool sizes")
    ap.add_argument("--peer-python", default=str(ROOT / ".venv-skactiveml/bin/python"))
    ap.add_argument("--peer-timeout", type=float, default=600.0, help="seconds before a peer run is abandoned")
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--labeled", type=int, default=1000)
    ap.add_argument("--k", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3, help="timed repeats of alplan (median reported)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    pools = sorted({int(p) for p in args.pools.split(",") if p} | {int(p) for p in args.peer_pools.split(",") if p})
    peer_pools = {int(p) for p in args.peer_pools.split(",") if p}
    ours_pools = {int(p) for p in args.pools.split(",") if p} | peer_pools
    peer_ok = Path(args.peer_python).exists()
    print(f"# coreset: k={args.k}, labeled={args.labeled}, dim={args.dim}, float32, {os.cpu_count()} cores")
    header = f"{'pool':>9} | {'alplan s':>9} | {'alplan peak MB':>14} | {'peer s':>9} | {'peer peak MB':>12} | {'same picks':>10}"
    print(header)
    print("-" * len(header))
    results = []
    peer_gave_up = False
    for n in pools:
        with tempfile.TemporaryDirectory(prefix="bench_coreset_") as folder:
            pool, lab = make_data(n, args.labeled, args.dim, args.seed)
            np.save(f"{folder}/pool.npy", pool)
            np.save(f"{folder}/labeled.npy", lab)
            pool_mb = pool.nbytes / 2**20
            del pool, lab
            row: dict = {"pool": n, "pool_mb": pool_mb}
            if n in ours_pools:
                times = [run_json([sys.executable, "-c", OURS, folder, str(args.k), "0"], 3600)["seconds"]
                         for _ in range(args.repeats)]
                mem = run_json([sys.executable, "-c", OURS, folder, str(args.k), "1"], 3600)
                row.update(ours_s=float(np.median(times)), ours_runs=times, ours_peak_mb=mem["peak_bytes"] / 2**20)
            if n in peer_pools and peer_ok and not peer_gave_up:
                t0 = time.perf_counter()
                peer = run_json([args.peer_python, "-c", PEER, folder, str(args.k)], args.peer_timeout)
                if peer is None:
                    row.update(peer_s=f">{args.peer_timeout:.0f} (abandoned)")
                    peer_gave_up = True
                else:
                    ours, theirs = np.load(f"{folder}/ours.npy"), np.load(f"{folder}/peer.npy")
                    row.update(peer_s=peer["seconds"], peer_peak_mb=peer["peak_bytes"] / 2**20,
                               peer_version=peer["version"],
                               same_picks=len(set(ours.tolist()) & set(theirs.tolist())) / args.k)
                row["peer_wall_s"] = time.perf_counter() - t0
            results.append(row)

        def fmt(v, spec):
            return format(v, spec) if isinstance(v, float) else (str(v) if v is not None else "-")

        print(f"{n:>9} | {fmt(row.get('ours_s'), '9.2f'):>9} | {fmt(row.get('ours_peak_mb'), '14.1f'):>14} | "
              f"{fmt(row.get('peer_s'), '9.2f'):>9} | {fmt(row.get('peer_peak_mb'), '12.1f'):>12} | "
              f"{fmt(row.get('same_picks'), '10.3f'):>10}   (pool array {pool_mb:.0f} MB)", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
