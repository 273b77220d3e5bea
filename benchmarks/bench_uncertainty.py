"""Does uncertainty sampling beat random on digits? alplan and an independent scikit-learn loop.

The simulator issue asks that ``margin`` and ``entropy`` beat ``random`` in mean area under the learning curve (AUC)
on ``digits`` with ``logreg`` at a 300-label budget. This benchmark measures it over many seeds, for several start
sizes and batch sizes, in two implementations side by side:

* alplan: ``simulate()`` with ``random``, ``margin`` and ``entropy``;
* a reference loop written here with scikit-learn's ``LogisticRegression`` (C = 1, the same objective as alplan's
  ``logreg`` default) and the textbook scores (entropy ``-sum p log p``, margin ``p1 - p2``), on alplan's data split
  and alplan's initial labeled set for each seed; only its random draws differ.

AUC: trapezoid area under accuracy vs labels from the initial set to the budget, divided by the label range (mean
accuracy over the curve). Reported: the mean difference to random over all seeds, and over blocks of 5 seeds (a test's
sample) the smallest and largest block mean and how many blocks are > 0.

    python benchmarks/bench_uncertainty.py            # 40 seeds, 4 settings (~4 min)
    python benchmarks/bench_uncertainty.py --quick    # 10 seeds, 1 setting (< 1 min)

Results go to the "Uncertainty sampling vs random on digits" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd

from simulations import SimulationConfig, simulate
from simulations.run.loop import initial_indices, load_dataset

STRATEGIES = ("random", "margin", "entropy")
SETTINGS = ((20, 20), (10, 10), (20, 10), (50, 25))  # (initial, batch)
BLOCK = 5


def auc(curve: pd.DataFrame) -> float:
    """Mean accuracy over the label range: trapezoid area / (last - first n_labels)."""
    curve = curve.sort_values("n_labels")
    n, acc = curve["n_labels"].to_numpy(float), curve["accuracy"].to_numpy(float)
    return float(np.trapezoid(acc, n) / (n[-1] - n[0]))


def reference_curve(spec, strategy: str) -> pd.DataFrame:
    """One AL run with scikit-learn's LogisticRegression, on alplan's split and initial set."""
    from sklearn.linear_model import LogisticRegression

    ds = load_dataset(spec)
    init_ss = np.random.SeedSequence(int(spec.seed)).spawn(4)[0]
    labeled = np.zeros(ds.n_pool, dtype=bool)
    labeled[initial_indices(ds.y_pool, spec.initial, np.random.default_rng(init_ss))] = True
    rng = np.random.default_rng([int(spec.seed), 2024])  # the reference's own random draws
    rows = []
    clf = None  # the model fitted at the end of the previous round: it ranks this round's candidates
    for size in (0, *spec.batch_sizes()):
        if size:
            cand = np.flatnonzero(~labeled)
            if strategy == "random":
                pick = rng.choice(cand, size, replace=False)
            else:
                p = clf.predict_proba(ds.X_pool[cand])
                if strategy == "entropy":
                    score = -(p * np.log(np.clip(p, 1e-12, 1.0))).sum(axis=1)
                else:  # margin: smallest gap between the two most likely classes first
                    top2 = np.sort(p, axis=1)[:, -2:]
                    score = top2[:, 0] - top2[:, 1]
                pick = cand[np.argsort(-score, kind="stable")[:size]]
            labeled[pick] = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # classes absent from tiny labeled sets
            clf = LogisticRegression(C=1.0, max_iter=1000).fit(ds.X_pool[labeled], ds.y_pool[labeled])
        rows.append((int(labeled.sum()), float(np.mean(clf.predict(ds.X_test) == ds.y_test))))
    return pd.DataFrame(rows, columns=["n_labels", "accuracy"])


def differences(aucs: pd.DataFrame) -> dict[str, str]:
    """Per strategy: mean AUC difference to random, and its spread over blocks of seeds."""
    out = {}
    for strategy in ("margin", "entropy"):
        diff = (aucs[strategy] - aucs["random"]).to_numpy()
        blocks = diff[: len(diff) // BLOCK * BLOCK].reshape(-1, BLOCK).mean(axis=1)
        out[strategy] = (f"{diff.mean():+.4f} | {blocks.min():+.4f} .. {blocks.max():+.4f} | "
                         f"{int((blocks > 0).sum())}/{len(blocks)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=40, help="seeds 0..N-1 (a multiple of 5)")
    parser.add_argument("--budget", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="10 seeds, the (20, 20) setting only")
    args = parser.parse_args(argv)
    settings = SETTINGS
    if args.quick:
        args.seeds, settings = 10, SETTINGS[:1]
    if args.seeds < BLOCK:
        parser.error(f"--seeds must be at least {BLOCK}")

    print(f"# bench_uncertainty: digits, logreg (C = 1), budget {args.budget}, seeds 0..{args.seeds - 1}, "
          f"blocks of {BLOCK} seeds; load avg at start {os.getloadavg()[0]:.2f}\n")
    print("| initial | batch | implementation | margin - random AUC: mean | block means | blocks > 0 "
          "| entropy - random AUC: mean | block means | blocks > 0 | seconds |")
    print("|---:|---:|---|---:|---|---:|---:|---|---:|---:|")
    for initial, batch in settings:
        config = SimulationConfig(strategies=STRATEGIES, seeds=tuple(range(args.seeds)),
                                  initial=initial, batch_size=batch, budget=args.budget)
        start = time.perf_counter()
        curves = simulate(config)
        seconds = time.perf_counter() - start
        aucs = curves.groupby(["seed", "strategy"]).apply(auc, include_groups=False).unstack("strategy")
        start = time.perf_counter()
        ref = pd.DataFrame([
            {"seed": spec.seed, "strategy": spec.strategy, "auc": auc(reference_curve(spec, spec.strategy))}
            for spec in config.runs()
        ]).pivot(index="seed", columns="strategy", values="auc")
        rows = [("alplan", differences(aucs), seconds),
                ("scikit-learn reference", differences(ref), time.perf_counter() - start)]
        for name, diff, secs in rows:
            print(f"| {initial} | {batch} | {name} | {diff['margin']} | {diff['entropy']} | {secs:.1f} |")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
