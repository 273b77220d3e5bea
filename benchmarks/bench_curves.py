"""Benchmark: learning-curve forecasts (planner.forecast.curves.fit_curve) vs a plain pow3 fit.

For every (dataset, model, strategy) curve group of a curves table (several
seeds each), fit on the anchors within the first 1/8 of the budget and
predict the end of the curve:

* absolute error of the predicted accuracy at the full budget (median, p90),
  against the mean accuracy across seeds there;
* coverage of the 80% interval at the full budget (should be 75-88%);
* labels to a target (the accuracy the mean curve reaches at half and at
  three quarters of the budget) within 2x of the true label count;
* the same point metrics for a plain pow3 least-squares fit
  (``scipy.optimize.curve_fit`` on all prefix points, one start) as baseline;
* speed: one curve fitted with intervals and labels-to-target, n_bootstrap=200.

Curves come from the simulator (``--source sim``: ``simulations.simulate``
over digits, mnist1d, synthetic and breast_cancer with several strategies
and seeds), from a file (``--curves FILE``) or from synthetic parametric
curves with seed noise (``--source synthetic``, no simulator needed).

    python benchmarks/bench_curves.py --source sim
    python benchmarks/bench_curves.py --source synthetic
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import curve_fit

from planner.forecast.curves import fit_curve

OUT = Path(__file__).resolve().parent / "out"


# ------------------------------------------------------------------ curves


def synthetic_curves(n_curves: int = 40, seeds: int = 5, *, seed: int = 0) -> pd.DataFrame:
    """Parametric curves (random family and parameters) with per-seed noise."""
    rng = np.random.default_rng(seed)
    n = np.arange(10, 10 + 5 * 71, 5)
    rows = []
    for i in range(n_curves):
        kind = ["pow", "exp", "mmf", "log"][i % 4]
        c = rng.uniform(0.75, 0.99)
        y0 = rng.uniform(0.2, 0.6)
        if kind == "pow":
            alpha = rng.uniform(0.3, 1.2)
            mean = c - (c - y0) * (n / n[0]) ** (-alpha)
        elif kind == "exp":
            rate = rng.uniform(2, 15) / n[-1]
            mean = c - (c - y0) * np.exp(-rate * (n - n[0]))
        elif kind == "mmf":
            beta, delta = rng.uniform(20, 200), rng.uniform(0.7, 2.0)
            mean = (y0 * beta**delta + c * n**delta) / (beta**delta + n**delta)
        else:
            mean = np.minimum(c, y0 + rng.uniform(0.03, 0.08) * np.log(n / n[0]))
        sd = rng.uniform(0.004, 0.03)
        for s in range(seeds):
            # seed effects are correlated along a run, as in real AL runs
            walk = np.cumsum(rng.normal(0, sd / 3, n.size))
            acc = np.clip(mean + rng.normal(0, sd, n.size) + walk - walk.mean(), 0, 1)
            rows += [dict(dataset=f"synthetic-{kind}-{i}", model="param", strategy=kind, seed=s,
                          n_labels=int(k), accuracy=float(a)) for k, a in zip(n, acc)]
    return pd.DataFrame(rows)


def simulated_curves(datasets, strategies, seeds: int, initial: int, batch_size: int, rounds: int,
                     models, workers: int, seed_start: int = 0) -> pd.DataFrame:
    from simulations import SimulationConfig, simulate

    frames = []
    for model in models:
        config = SimulationConfig(datasets=tuple(datasets), model=model, strategies=tuple(strategies),
                                  seeds=tuple(range(seed_start, seed_start + seeds)), initial=initial, batch_size=batch_size,
                                  rounds=rounds)
        config.validate()
        if workers > 1:
            from simulations.run.executors import run_grid

            frames.append(run_grid(config, workers=workers))
        else:
            frames.append(simulate(config))
    return pd.concat(frames, ignore_index=True)


# ---------------------------------------------------------------- baseline


def _pow3(n, c, a, alpha):
    return c - a * n ** (-alpha)


def pow3_baseline(n, y):
    """Plain pow3 least squares on all points (x = n / n_max), one data-driven start."""
    scale = n.max()
    x = n / scale
    order = np.argsort(n)
    y_last = float(np.mean(y[n == n.max()]))
    p0 = (min(1.0, y_last + 0.05), max(0.05, min(1.0, y_last + 0.05) - y_last), 0.5)
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            params, _ = curve_fit(_pow3, x[order], y[order], p0=p0, maxfev=5000)
    except (RuntimeError, ValueError):
        return lambda m: np.full(np.size(m), y_last), lambda t: math.inf

    def predict(m):
        with np.errstate(all="ignore"):
            v = _pow3(np.asarray(m, float) / scale, *params)
        return np.clip(np.nan_to_num(v, nan=y_last), 0, 1)

    def labels_for(t):
        grid = np.geomspace(1, scale * 1e4, 4000)
        reached = np.maximum.accumulate(predict(grid)) >= t
        return float(grid[np.argmax(reached)]) if reached.any() else math.inf

    return predict, labels_for


# --------------------------------------------------------------- evaluation


def evaluate(curves: pd.DataFrame, *, fraction: float = 1 / 8, n_bootstrap: int = 200) -> pd.DataFrame:
    keys = [k for k in ("dataset", "model", "strategy") if k in curves.columns]
    rows = []
    for key, g in curves.groupby(keys, sort=True):
        budget = g["n_labels"].max()
        prefix = g[g["n_labels"] <= budget * fraction]
        if prefix["n_labels"].nunique() < 3:
            continue
        mean_curve = g.groupby("n_labels")["accuracy"].mean().sort_index()
        truth = float(mean_curve.iloc[-1])
        t0 = time.process_time()
        fc = fit_curve(prefix["n_labels"].to_numpy(float), prefix["accuracy"].to_numpy(float),
                       seeds=prefix["seed"].to_numpy(), n_bootstrap=n_bootstrap, seed=0)
        pred = float(fc.predict([budget])[0])
        lo, hi = fc.interval([budget], 0.8)
        targets = [float(mean_curve[mean_curve.index <= budget * q].iloc[-1]) for q in (0.5, 0.75)]
        ours_labels = [fc.labels_for(t) for t in targets]
        seconds = time.process_time() - t0  # CPU: the machine is shared
        b_predict, b_labels = pow3_baseline(prefix["n_labels"].to_numpy(float), prefix["accuracy"].to_numpy(float))
        base_pred = float(b_predict([budget])[0])
        for t, ours in zip(targets, ours_labels):
            true_n = float(mean_curve.index[np.argmax(mean_curve.to_numpy() >= t)])
            base = b_labels(t)
            rows.append(dict(
                group="/".join(map(str, key if isinstance(key, tuple) else (key,))),
                budget=budget, anchors=prefix["n_labels"].nunique(), truth=truth,
                pred=pred, low=float(lo[0]), high=float(hi[0]), base_pred=base_pred,
                abs_err=abs(pred - truth), base_abs_err=abs(base_pred - truth),
                covered=bool(lo[0] <= truth <= hi[0]), target=t, true_labels=true_n,
                labels=ours, base_labels=base,
                labels_2x=bool(true_n / 2 <= ours <= 2 * true_n),
                base_labels_2x=bool(true_n / 2 <= base <= 2 * true_n),
                seconds=seconds, families=",".join(fc.families),
            ))
    return pd.DataFrame(rows)


def summarise(res: pd.DataFrame) -> dict:
    per_curve = res.drop_duplicates("group")
    return {
        "curves": int(per_curve.shape[0]),
        "median_abs_err": float(per_curve["abs_err"].median()),
        "p90_abs_err": float(per_curve["abs_err"].quantile(0.9)),
        "base_median_abs_err": float(per_curve["base_abs_err"].median()),
        "base_p90_abs_err": float(per_curve["base_abs_err"].quantile(0.9)),
        "coverage_80": float(per_curve["covered"].mean()),
        "labels_within_2x": float(res["labels_2x"].mean()),
        "base_labels_within_2x": float(res["base_labels_2x"].mean()),
        "median_fit_cpu_seconds": float(per_curve["seconds"].median()),
    }


def time_one_fit(curves: pd.DataFrame, repeats: int = 5) -> dict:
    """Wall time of one full-curve fit with intervals and labels-to-target (n_bootstrap=200)."""
    keys = [k for k in ("dataset", "model", "strategy") if k in curves.columns]
    _, g = next(iter(curves.groupby(keys, sort=True)))
    n, y, s = g["n_labels"].to_numpy(float), g["accuracy"].to_numpy(float), g["seed"].to_numpy()
    times, cpu = [], []
    for r in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fc = fit_curve(n, y, seeds=s, n_bootstrap=200, seed=r)
        fc.interval(np.geomspace(n.min(), n.max() * 10, 50), 0.8)
        fc.labels_for(float(np.mean(y[n == n.max()])), level=0.8)
        fc.p_unreachable(0.99)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"points": int(n.size), "anchors": int(np.unique(n).size), "median_seconds": float(np.median(times)),
            "max_seconds": float(np.max(times)), "median_cpu_seconds": float(np.median(cpu))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", choices=("sim", "synthetic"), default="sim")
    ap.add_argument("--curves", nargs="+", default=None, help="evaluate these curves tables instead")
    ap.add_argument("--datasets", default="digits,mnist1d,synthetic,breast_cancer")
    ap.add_argument("--strategies", default="random,margin,entropy")
    ap.add_argument("--models", default="logreg", help="comma-separated learners")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--seed-start", type=int, default=100,
                    help="first simulation seed (the curves used to tune the fit had seeds 0-4)")
    ap.add_argument("--initial", type=int, default=10)
    ap.add_argument("--batch-size", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=70)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--fraction", type=float, default=1 / 8)
    args = ap.parse_args(argv)

    if args.curves:
        curves = pd.concat([pd.read_parquet(p) if p.endswith(".parquet") else pd.read_csv(p) for p in args.curves],
                           ignore_index=True)
    elif args.source == "synthetic":
        curves = synthetic_curves()
    else:
        t0 = time.perf_counter()
        curves = simulated_curves(args.datasets.split(","), args.strategies.split(","), args.seeds,
                                  args.initial, args.batch_size, args.rounds, args.models.split(","), args.workers,
                                  args.seed_start)
        print(f"simulated {len(curves)} rows in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    res = evaluate(curves, fraction=args.fraction)
    summary = summarise(res)
    summary["one_fit"] = time_one_fit(curves)
    OUT.mkdir(exist_ok=True)
    res.to_csv(OUT / "bench_curves_detail.csv", index=False)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
