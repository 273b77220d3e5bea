"""A 1,000,000-row synthetic pool, margin sampling, logreg: time per round and peak RSS.

Usage::

    python benchmarks/bench_synthetic_1m.py [--rounds 5] [--initial 100] [--batch-size 1000] [--strategy margin] \
        [--json benchmarks/out/synthetic_1m.json]

:data:`N_SAMPLES` rows are generated (float32, 20 features, 10 classes); 20,000 go to the test split, the rest is the
pool. Each round trains logreg from scratch on the labeled set, predicts the whole unlabeled pool in chunks and
selects a batch. Peak RSS is the process's high-water mark (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

N_SAMPLES = 1_000_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--initial", type=int, default=100)
    p.add_argument("--batch-size", type=int, default=1000)
    p.add_argument("--strategy", default="margin")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", default=None, help="also write the numbers here")
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    from simulations.run.config import SimulationConfig
    from simulations.run.loop import load_dataset, run_one

    rss_start = _rss_mb()
    cfg = SimulationConfig(
        datasets=("synthetic",), model="logreg", strategies=(args.strategy,), seeds=(args.seed,),
        initial=args.initial, batch_size=args.batch_size, rounds=args.rounds,
        dataset_params=(("n_samples", N_SAMPLES), ("n_features", 20), ("n_classes", 10), ("class_sep", 1.0)))
    spec = cfg.runs()[0]
    t_load = time.perf_counter()
    ds = load_dataset(spec)
    load_s = time.perf_counter() - t_load
    rss_data = _rss_mb()
    t_run, c_run = time.perf_counter(), time.process_time()
    curves = run_one(spec, dataset=ds)
    run_s, run_cpu = time.perf_counter() - t_run, time.process_time() - c_run
    rss_peak = _rss_mb()

    per_round = curves[["round", "n_labels", "accuracy", "train_seconds", "query_seconds"]]
    after0 = curves[curves["round"] > 0]
    result = {"n_samples": N_SAMPLES, "n_pool": ds.n_pool, "n_test": ds.n_test, "n_features": ds.n_features,
              "n_classes": ds.n_classes, "strategy": args.strategy, "rounds": args.rounds,
              "batch_size": args.batch_size, "generate_seconds": round(load_s, 3), "run_seconds": round(run_s, 3),
              "run_cpu_seconds": round(run_cpu, 3), "load_average_1min": round(os.getloadavg()[0], 1),
              "mean_round_seconds": round(float((after0["train_seconds"] + after0["query_seconds"]).mean()), 3),
              "mean_query_seconds": round(float(after0["query_seconds"].mean()), 3),
              "mean_train_seconds": round(float(after0["train_seconds"].mean()), 4),
              "final_accuracy": round(float(curves["accuracy"].iloc[-1]), 4), "peak_rss_mb": round(rss_peak, 1),
              "rss_before_data_mb": round(rss_start, 1), "rss_after_data_mb": round(rss_data, 1),
              "pool_bytes_mb": round(ds.X_pool.nbytes / 2**20, 1), "total_seconds": round(time.perf_counter() - t0, 3),
              "python": platform.python_version()}
    print(per_round.to_string(index=False))
    print(json.dumps(result, indent=2))
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**result, "per_round": per_round.to_dict(orient="records")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
