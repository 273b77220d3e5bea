"""Hybrid labeling: plan the split on simulated curves, replay it on simulations the plan did not see.

Results go to the "Hybrid labeling" section of benchmarks/RESULTS.md.

* Plan: ``planner.decide.hybrid.plan_hybrid`` on a planning simulation (seeds
  0-2, 15 rounds of 20 labels, bars 0.95, 0.97, 0.99, label noise 0.03) for a
  pool of 100,000 examples bought at $0.05 a label from a vendor whose labels
  are 97% right, 5 engineering days at $400, $0.50 of compute a round, a
  held-out split of 500.
* Replays: the chosen split (strategy, training labels, machine bar) of every
  strategy's answer is applied to runs the plan never saw, simulated further: other seeds (100 and up) of the same data set and learner
  (synthetic and digits, logreg), and, for the digits plan, runs of another
  learner (mlp). A replay reads the run's
  round with at least the planned training labels (its last round if none):
  the machine share at the bar and the accuracy those machine labels truly had.
  The replays run to the largest planned training count where their pool
  allows (synthetic's 7,500 examples do; digits' 1,348 stop near 960 labels,
  and a replay of a larger planned count reads its last round: ``covered``).
* Per replay: the delivered accuracy ``((N - M) x 0.97 + M x machine accuracy) / N``
  with ``M = (N - n - 500) x share``, whether it meets the bar ``Q``, its cost
  (the planner's own cost lines at the replayed share), the hindsight-optimal
  split of that run (its cheapest round and bar, of the same strategy, that
  meets ``Q``, or everything by hand where that meets it and is cheaper) and
  labeling everything by hand.

Run: ``.venv/bin/python benchmarks/bench_hybrid.py [--quick]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.decide.costs import Scenario, path_costs  # noqa: E402
from planner.decide.hybrid import all_human_cost, cost_parts, label_accuracy_of, plan_hybrid  # noqa: E402
from simulations.run.config import SimulationConfig  # noqa: E402
from simulations.run.loop import simulate  # noqa: E402

POOL = 100_000
HOLDOUT = 500
ERROR = 0.03
BARS = (0.95, 0.97, 0.99)
SCENARIO = Scenario(label_price=0.05, engineering_days=5, day_rate=400, compute_per_round=0.5, label_error=ERROR)
INITIAL = BATCH = 20


def curves(dataset: str, model: str, seeds, rounds: int) -> pd.DataFrame:
    return simulate(SimulationConfig(datasets=(dataset,), model=model, strategies=("random", "margin"),
                                     seeds=tuple(seeds), initial=INITIAL, batch_size=BATCH, rounds=rounds,
                                     label_noise=ERROR, hybrid_accuracy=BARS))


def _split_cost(strategy: str, n: float, share: float) -> float:
    train = path_costs([n], active=strategy != "random", scenario=SCENARIO, initial=INITIAL, batch_size=BATCH)
    return float(sum(v[0, 0] for v in cost_parts(train, SCENARIO, np.array([n]), [[share]], POOL, HOLDOUT).values()))


def hindsight(run: pd.DataFrame, q: float) -> float:
    """The cheapest split of one replayed run (its rounds, the bars >= q) that delivers q; by hand if cheaper."""
    best = all_human_cost(SCENARIO, POOL) if 1 - ERROR >= q else np.inf
    for _, row in run[run["machine_target"] >= q - 1e-9].iterrows():
        share = float(row["machine_share"]) if np.isfinite(row["machine_share"]) else 0.0
        n = float(row["n_labels"])
        machine = (POOL - n - HOLDOUT) * share
        acc = label_accuracy_of(machine, POOL, 1 - ERROR, row["machine_accuracy"] if share > 0 else 1.0)
        if acc >= q:
            best = min(best, _split_cost(row["strategy"], n, share))
    return best


def replay(answer, runs: pd.DataFrame, q: float, case: str) -> list[dict]:
    """The answer of one strategy applied to each replayed run of that strategy."""
    out = []
    by_hand = all_human_cost(SCENARIO, POOL)
    for seed, run in runs[runs["strategy"] == answer.strategy].groupby("seed"):
        if answer.hybrid:
            rows = run[np.abs(run["machine_target"] - answer.machine_bar) < 1e-9].sort_values("n_labels")
            at = rows[rows["n_labels"] >= answer.training_labels]
            row = at.iloc[0] if len(at) else rows.iloc[-1]
            share = float(row["machine_share"]) if np.isfinite(row["machine_share"]) else 0.0
            machine = (POOL - answer.training_labels - HOLDOUT) * share
            acc = float(label_accuracy_of(machine, POOL, 1 - ERROR, row["machine_accuracy"] if share > 0 else 1.0))
            cost = _split_cost(answer.strategy, answer.training_labels, share)
            covered = bool(len(at))
        else:
            acc, cost, covered = 1 - ERROR, by_hand, True
        out.append({"case": case, "q": q, "strategy": answer.strategy, "seed": seed, "hybrid": answer.hybrid,
                    "planned_cost": answer.total_cost, "cost": cost, "accuracy": acc, "meets": acc >= q - 1e-12,
                    "optimal": hindsight(run, q), "all_human": by_hand, "covered": covered,
                    "p_meets_planned": answer.p_meets})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer replays (a smoke run)")
    args = ap.parse_args(argv)
    n_replays = 3 if args.quick else 10
    t0 = time.perf_counter()
    cases = [("synthetic", "logreg", [("synthetic/logreg, other seeds", "synthetic", "logreg")]),
             ("digits", "logreg", [("digits/logreg, other seeds", "digits", "logreg"),
                                   ("digits/mlp (another learner)", "digits", "mlp")])]
    rows = []
    for dataset, model, replays in cases:
        planned = curves(dataset, model, range(3), 15)
        answers = {q: plan_hybrid(planned, SCENARIO, q, POOL, holdout=HOLDOUT) for q in (0.95, 0.97)}
        need = max(p.training_labels for a in answers.values() for p in a.strategies)
        for name, r_data, r_model in replays:
            k = n_replays if r_model == "logreg" else max(2, n_replays // 3)
            from simulations.data.datasets import load

            room = load(r_data, seed=0).n_pool * (1 - 0.25) - 2 * BATCH   # the held-out split and a remainder left
            rounds = int(max(15, min(np.ceil((need - INITIAL) / BATCH), (room - INITIAL) // BATCH)))
            runs = curves(r_data, r_model, range(100, 100 + k), rounds)
            for q, answer in answers.items():
                for p in answer.strategies:
                    rows.extend(replay(p, runs, q, name))
        print(f"{dataset}/{model} done at {time.perf_counter() - t0:.0f} s", flush=True)
    df = pd.DataFrame(rows)
    df["vs_optimal"] = df["cost"] / df["optimal"]
    df["vs_all_human"] = df["cost"] / df["all_human"]
    summary = df.groupby(["case", "q", "strategy"], sort=False).agg(
        replays=("meets", "size"), meets_q=("meets", "mean"), hybrid=("hybrid", "mean"),
        p_meets_planned=("p_meets_planned", "mean"), covered=("covered", "mean"),
        cost_vs_optimal_median=("vs_optimal", "median"), cost_vs_optimal_max=("vs_optimal", "max"),
        cost_vs_all_human_median=("vs_all_human", "median"), accuracy_min=("accuracy", "min"))
    pd.set_option("display.width", 200)
    print(summary.round(3).to_string())
    overall = df["meets"].mean()
    hybrid = df[df["hybrid"]]
    print(f"\nreplays of a hybrid split: {len(hybrid)}, share meeting the bar: {hybrid['meets'].mean():.3f} "
          f"({hybrid.loc[hybrid['covered'], 'meets'].mean():.3f} of the {int(hybrid['covered'].sum())} whose run "
          f"reached the planned training labels); median cost / hindsight optimum: "
          f"{hybrid['vs_optimal'].median():.3f}; median cost / all by hand: {hybrid['vs_all_human'].median():.3f}")
    print(f"all replays: {len(df)}, share meeting the bar: {overall:.3f}; "
          f"median cost / hindsight optimum: {df['vs_optimal'].median():.3f}; "
          f"median cost / all by hand: {df['vs_all_human'].median():.3f}; {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
