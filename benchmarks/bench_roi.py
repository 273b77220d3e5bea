"""Cost-aware active learning: does ``roi`` reach a target accuracy for less annotation cost than ``margin``?

A labeled data set carries a per-example annotation cost (``alplan simulate --cost-column``). This benchmark builds
one from scikit-learn's bundled ``digits`` with a synthetic cost correlated with difficulty, the way Settles et al.
(2008) found real annotation times to be: an example far from its class's centroid (an odd handwriting) takes longer,

    cost = 1 + K x (rank of the example's distance to its class centroid, scaled to [0, 1])

(``K`` = 4: from 1 to 5 seconds), and a control where every example costs the same (the mean, 1 + K / 2). It runs
``random``, ``margin`` and ``roi`` (margin's uncertainty divided by the known cost) through ``simulate`` on the CSV,
as a user would (``--cost-column seconds``), over several seeds, and reports for each strategy the cumulative
annotation cost at the first round whose test accuracy reaches the target: the median over the seeds that reach it,
how many do, and, paired by seed, roi's cost over margin's.

    python benchmarks/bench_roi.py                      # 10 seeds, target 0.90 (~2 min)
    python benchmarks/bench_roi.py --seeds 3 --budget 120 --target 0.8
    python benchmarks/bench_roi.py --verdicts 2 5 10     # also: plan's verdict in labels and --in-cost

``--verdicts`` runs ``alplan plan`` on each table as simulated, at targets 0.90 and 0.95 and each random label price
given, once in labels and once ``--in-cost`` (each strategy's labels priced at its measured cost per label), and
prints the recommendation, the chance that AL is cheaper and the savings range of each.

Results go to the "Cost-aware strategy: roi against margin" section of benchmarks/RESULTS.md.
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
import pandas as pd

from simulations import SimulationConfig, simulate

STRATEGIES = ("random", "margin", "roi")
K = 4.0


def costly_digits(k: float = K) -> tuple[pd.DataFrame, np.ndarray]:
    """``digits`` as a table (features ``p0..p63``, ``label``) and its per-example cost, correlated with difficulty.

    Returns
    -------
    table : DataFrame of shape (1797, 65)
    cost : ndarray of shape (1797,)
        ``1 + k * rank / (n - 1)``, the rank of each example's distance to its class centroid (standardized
        features), so from 1 to ``1 + k``.
    """
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    Z = (X - X.mean(axis=0)) / np.where(X.std(axis=0) > 0, X.std(axis=0), 1.0)
    centroids = np.stack([Z[y == c].mean(axis=0) for c in np.unique(y)])
    distance = np.linalg.norm(Z - centroids[y], axis=1)
    rank = np.argsort(np.argsort(distance, kind="stable"), kind="stable")
    cost = 1.0 + k * rank / (len(y) - 1)
    table = pd.DataFrame(X, columns=[f"p{i}" for i in range(X.shape[1])])
    table["label"] = y
    return table, cost


def cost_to_target(curves: pd.DataFrame, target: float) -> pd.DataFrame:
    """Per (strategy, seed): the annotation cost and labels at the first round whose accuracy reaches ``target``
    (NaN when no round does)."""
    rows = []
    for (strategy, seed), run in curves.groupby(["strategy", "seed"]):
        run = run.sort_values("round")
        hit = run[run["accuracy"] >= target]
        cost = float(hit["annotation_cost"].iloc[0]) if len(hit) else float("nan")
        labels = float(hit["n_labels"].iloc[0]) if len(hit) else float("nan")
        rows.append({"strategy": strategy, "seed": int(seed), "cost": cost, "labels": labels})
    return pd.DataFrame(rows)


def summary(reached: pd.DataFrame) -> dict[str, str]:
    """Per strategy: median cost to target (seeds that reach it), median labels, seeds reaching; roi / margin paired."""
    out = {}
    n = reached["seed"].nunique()
    for strategy in STRATEGIES:
        mine = reached[reached["strategy"] == strategy]
        hits = mine.dropna(subset=["cost"])
        med = f"{hits['cost'].median():,.0f}" if len(hits) else "not reached"
        labels = f"{hits['labels'].median():,.0f}" if len(hits) else "-"
        out[strategy] = f"{med} | {labels} | {len(hits)}/{n}"
    wide = reached.pivot(index="seed", columns="strategy", values="cost")
    both = wide[["roi", "margin"]].dropna()
    if len(both):
        ratio = both["roi"] / both["margin"]
        out["roi/margin"] = (f"{ratio.median():.2f} ({ratio.min():.2f}-{ratio.max():.2f}) | "
                             f"{int((ratio < 1).sum())}/{len(both)}")
    else:
        out["roi/margin"] = "- | -"
    return out


def verdicts(path: Path, condition: str, prices: list[str]) -> list[str]:
    """``alplan plan`` on the curves at ``path``, in labels and ``--in-cost``: one markdown row per target and price."""
    def plan(*extra: str) -> str:
        out = subprocess.run([sys.executable, "-m", "planner.cli", "plan", str(path), "--json", "--engineering-days",
                              "1", "--compute-per-round", "0.1", *extra], capture_output=True, text=True, check=True)
        d = json.loads(out.stdout)
        premiums = ", ".join(f"{s} {p['premium']:.2f}x" for s, p in d.get("in_cost", {}).get("strategies", {}).items())
        money = {k: "-" if d.get(k) is None else f"{'-' * (d[k] < 0)}${abs(d[k]):,.0f}" for k in ("savings", "savings_low", "savings_high")}
        chance = "-" if d.get("probability_al_cheaper") is None else f"{100 * d['probability_al_cheaper']:.1f}%"
        return (f"{d['recommendation']}, {chance}, {money['savings']} ({money['savings_low']} to "
                f"{money['savings_high']})" + (f" [{premiums}]" if premiums else ""))
    return [f"| {condition} | {target} | ${price} | {plan(*base)} | {plan(*base, '--in-cost')} |"
            for target in ("0.90", "0.95") for price in prices
            for base in [("--target", target, "--label-price", price)]]


def run(seeds: int, initial: int, batch: int, budget: int, target: float, k: float, folder: Path,
        prices: list[str] | None = None) -> list[str]:
    """The benchmark's table rows (markdown), one per cost condition; with ``prices``, the verdicts' rows after."""
    table, varying = costly_digits(k)
    lines, plans = [], []
    for condition, cost in (("varying", varying), ("constant", np.full(len(varying), varying.mean()))):
        path = folder / f"digits_{condition}.csv"
        table.assign(seconds=cost).to_csv(path, index=False)
        config = SimulationConfig(datasets=("file",), data_file=str(path), cost_column="seconds",
                                  strategies=STRATEGIES, seeds=tuple(range(seeds)), initial=initial,
                                  batch_size=batch, budget=budget)
        start = time.perf_counter()
        curves = simulate(config)
        seconds = time.perf_counter() - start
        s = summary(cost_to_target(curves, target))
        lines.append(f"| {condition} | {s['random']} | {s['margin']} | {s['roi']} | {s['roi/margin']} "
                     f"| {seconds:.0f} |")
        if prices:
            curves.to_csv(folder / f"curves_{condition}.csv", index=False)
            plans += verdicts(folder / f"curves_{condition}.csv", condition, prices)
    if plans:
        lines += ["", "| costs | target | random label | plan in labels: pick, P(AL cheaper), savings (range) "
                  "| plan --in-cost [premiums at each path's count] |", "|---|---|---|---|---|", *plans]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1")
    parser.add_argument("--initial", type=int, default=20)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--budget", type=int, default=400, help="labels of each run, the initial set included")
    parser.add_argument("--target", type=float, default=0.90, help="test accuracy to reach")
    parser.add_argument("--k", type=float, default=K, help="cost spread: costs run from 1 to 1 + K")
    parser.add_argument("--verdicts", nargs="*", default=[], metavar="PRICE",
                        help="also run plan in labels and --in-cost at these random label prices")
    args = parser.parse_args(argv)
    print(f"# bench_roi: digits (sklearn), logreg, cost = 1 + {args.k:g} x distance-to-centroid rank (constant "
          f"control: the mean), initial {args.initial}, batch {args.batch}, budget {args.budget}, target "
          f"accuracy {args.target:g}, seeds 0..{args.seeds - 1}; load avg at start {os.getloadavg()[0]:.2f}\n")
    print("| costs | random: cost to target (median) | labels | seeds | margin: cost | labels | seeds "
          "| roi: cost | labels | seeds | roi / margin, paired: median (range) | roi cheaper | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for line in run(args.seeds, args.initial, args.batch, args.budget, args.target, args.k, Path(folder),
                        args.verdicts):
            print(line)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
