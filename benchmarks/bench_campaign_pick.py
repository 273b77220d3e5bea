"""`alplan campaign next` at scale: one batch picked from a large Parquet pool on one core, reading it included.

Results go to the "Campaign batch at scale" section of benchmarks/RESULTS.md.

Usage::

    python benchmarks/bench_campaign_pick.py [--rows 1000000] [--features 50] [--batch-size 1000] \
        [--initial 1000] [--test-size 1000] [--model logreg] [--strategy margin] [--repeat 2] [--quick]

A pool of ``--rows`` x ``--features`` float32 Gaussian features (two classes split by a random hyperplane, plus an id
column and a text column the model does not read) is written as Parquet under ``benchmarks/.data/``. A campaign starts
on it, a script labels the test split and the initial set, and the command ``alplan campaign next`` runs in a fresh
process pinned to one core (``taskset -c 0`` where available; ``OMP_NUM_THREADS=1`` and torch on one thread either
way): the time is the command's whole wall time, Python's start, imports, reading and checking the pool (sha256 of the
file included), standardizing, the fit, scoring every unlabeled row and writing the batch. The first repeat picks
round 1; the batch's files are put back before each later one so every repeat picks the same batch. CPU time (user +
system) and peak RSS are the child's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_pool(path: Path, rows: int, features: int, seed: int):
    """Write the pool and return the truth (labels by row) and its ids."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(seed)
    w = rng.standard_normal(features).astype(np.float32)
    columns, score = {}, np.zeros(rows, dtype=np.float32)
    for j in range(features):
        x = rng.standard_normal(rows, dtype=np.float32)
        score += w[j] * x
        columns[f"f{j}"] = x
    labels = (score + rng.standard_normal(rows, dtype=np.float32) > 0).astype(np.int64)
    ids = np.arange(rows, dtype=np.int64) + 10**9
    table = pa.table({"id": ids, **columns, "note": pa.array(["unread text"] * rows)})
    pq.write_table(table, path, row_group_size=131_072)
    return labels, ids


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--features", type=int, default=50)
    p.add_argument("--batch-size", type=int, default=1000)
    p.add_argument("--initial", type=int, default=1000)
    p.add_argument("--test-size", type=int, default=1000)
    p.add_argument("--model", default="logreg")
    p.add_argument("--strategy", default="margin")
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quick", action="store_true", help="smoke settings: 20,000 rows, 1 repeat")
    p.add_argument("--json", default=None, help="also write the numbers here")
    args = p.parse_args(argv)
    if args.quick:
        args.rows, args.repeat, args.initial, args.test_size, args.batch_size = 20_000, 1, 200, 200, 100

    import numpy as np
    import pandas as pd

    from planner.campaign import steps
    from planner.campaign.state import ASKED, LABELS, SETTINGS, Campaign, batch_paths

    work = ROOT / "benchmarks" / ".data" / "campaign_pick"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    pool = work / "pool.parquet"
    t0 = time.perf_counter()
    labels, ids = make_pool(pool, args.rows, args.features, args.seed)
    made = time.perf_counter() - t0
    camp = work / "camp"
    steps.start(camp, pool, model=args.model, strategy=args.strategy, seed=args.seed, initial=args.initial,
                batch_size=args.batch_size, test_size=args.test_size)
    asked = Campaign.load(camp).asked
    row = pd.Index(ids.astype(str)).get_indexer(asked["id"])
    pd.DataFrame({"id": asked["id"], "label": labels[row]}).to_csv(work / "labels.csv", index=False)
    steps.add_labels(camp, [work / "labels.csv"])
    saved = {name: (camp / name).read_bytes() for name in (SETTINGS, ASKED, LABELS)}

    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1"}
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    code = ("import sys, torch; torch.set_num_threads(1); from planner.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    times, cpu, batch = [], [], None
    for _ in range(args.repeat):
        for name, data in saved.items():
            (camp / name).write_bytes(data)
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([*pin, sys.executable, "-c", code, "campaign", "next", str(camp)], env=env,
                              capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
            return 1
        picked = pd.read_csv(batch_paths(camp, 1)[0])["id"].tolist()
        assert batch is None or picked == batch, "a repeat picked another batch"
        batch = picked
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    out = {"rows": args.rows, "features": args.features, "batch_size": args.batch_size,
           "labels_in_hand": args.initial, "test_size": args.test_size, "model": args.model,
           "strategy": args.strategy, "pool_mb": round(pool.stat().st_size / 1e6, 1),
           "seconds": [round(t, 2) for t in times], "best_s": round(min(times), 2),
           "cpu_seconds": [round(t, 2) for t in cpu],
           "child_peak_rss_mb": round(rss), "pinned": bool(pin), "pool_written_s": round(made, 1),
           "picked": len(batch), "python": sys.version.split()[0], "numpy": np.__version__}
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
