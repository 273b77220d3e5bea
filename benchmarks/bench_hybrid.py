"""Hybrid labeling: plan the split on simulated curves, replay it on simulations the plan did not see.

Results go to the "Hybrid labeling" section of benchmarks/RESULTS.md.

* Plan: ``planner.decide.hybrid.plan_hybrid`` on a planning simulation (seeds 0-2, 15 rounds of 20 labels, bars 0.95,
  0.97, 0.99, label noise 0.03) for a pool of 100,000 examples bought at $0.05 a label from a vendor whose labels are
  97% right, 5 engineering days at $400, $0.50 of compute a round, a held-out split of 500.
* Replays: the chosen split (strategy, training labels, machine bar) of every strategy's answer is applied to runs the
  plan never saw, simulated further: other seeds (100 and up) of the same data set and learner (synthetic and digits,
  logreg), and, for the digits plan, runs of another learner (mlp). A replay reads the run's round with at least the
  planned training labels (its last round if none): the machine share at the bar and the accuracy those machine labels
  truly had. The replays run to the largest planned training count where their pool allows (synthetic's 7,500 examples
  do; digits' 1,348 stop near 960 labels, and a replay of a larger planned count reads its last round: ``covered``).
* Per replay: the delivered accuracy ``((N - M) x 0.97 + M x machine accuracy) / N`` with
  ``M = (N - n - 500) x share``, whether it meets the bar ``Q``, its cost (the planner's own cost lines at the
  replayed share), the hindsight-optimal split of that run (its cheapest round and bar, of the same strategy, that
  meets ``Q``, or everything by hand where that meets it and is cheaper) and labeling everything by hand.

Run: ``.venv/bin/python benchmarks/bench_hybrid.py [--quick]``.

Pools 10-100 times the simulated one (``--large``): a large synthetic pool (``synthetic``, logreg, label noise 0.03)
is planned from a random subsample of it (:data:`SUBSAMPLE` examples, the same test split; seeds 0-2, 20 initial
labels, 10 rounds of 40) for the whole pool, then each strategy's answer is replayed on the whole pool: seeds 100 and
up run the strategy on it to the planned training labels, and the run's own model at that round labels the whole
pool's remainder at the planned bar (its threshold from its own held-out split). Delivered accuracy, cost and the
hindsight optimum as above, at the whole pool's size. The same replays score the plan read on the simulated remainder
alone (the test-split columns dropped), the reading a pool the simulated size gets.

Pools the size simulated (``--same-pool``): what the share of draws that must deliver the bar (``sure``, 0.9 by
default) costs. A pilot of a quarter of the replays' budget (seeds 0-2, 20 initial labels, 10 rounds of 20) on a pool
(synthetic, 3,000 examples; digits, 1,348) plans for that same pool at Q = 0.95 and 0.97 ($1 a label, half an
engineering day, vendor 97% right) with ``sure`` 0.9, 0.75 and 0.5; each answer is replayed on runs of its strategy
the plan never saw (seeds 100 and up, 40 rounds of 20 on the same pool), and the hindsight optimum is the cheapest
round and bar of each replayed run.
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


def _split_cost(strategy: str, n: float, share: float, pool: int = POOL, batch: int = BATCH, scen=SCENARIO) -> float:
    train = path_costs([n], active=strategy != "random", scenario=scen, initial=INITIAL, batch_size=batch)
    return float(sum(v[0, 0] for v in cost_parts(train, scen, np.array([n]), [[share]], pool, HOLDOUT).values()))


def hindsight_split(run: pd.DataFrame, q: float, pool: int = POOL, batch: int = BATCH,
                    scen=SCENARIO) -> tuple[float, float, float, float]:
    """(cost, training labels, bar, share) of the cheapest split of one replayed run (its rounds, the bars >= q) that
    delivers q, by hand if cheaper; 0 labels and a NaN bar for by hand."""
    best = (all_human_cost(scen, pool) if 1 - ERROR >= q else np.inf, 0.0, np.nan, 0.0)
    for _, row in run[run["machine_target"] >= q - 1e-9].iterrows():
        share = float(row["machine_share"]) if np.isfinite(row["machine_share"]) else 0.0
        n = float(row["n_labels"])
        machine = (pool - n - HOLDOUT) * share
        acc = label_accuracy_of(machine, pool, 1 - ERROR, row["machine_accuracy"] if share > 0 else 1.0)
        if acc >= q:
            cost = _split_cost(row["strategy"], n, share, pool, batch, scen)
            if cost < best[0]:
                best = (cost, n, float(row["machine_target"]), share)
    return best


def replay(answer, runs: pd.DataFrame, q: float, case: str, pool: int = POOL, batch: int = BATCH,
           scen=SCENARIO) -> list[dict]:
    """The answer of one strategy applied to each replayed run of that strategy."""
    out = []
    by_hand = all_human_cost(scen, pool)
    for seed, run in runs[runs["strategy"] == answer.strategy].groupby("seed"):
        if answer.hybrid:
            rows = run[np.abs(run["machine_target"] - answer.machine_bar) < 1e-9].sort_values("n_labels")
            at = rows[rows["n_labels"] >= answer.training_labels]
            row = at.iloc[0] if len(at) else rows.iloc[-1]
            share = float(row["machine_share"]) if np.isfinite(row["machine_share"]) else 0.0
            machine = (pool - answer.training_labels - HOLDOUT) * share
            acc = float(label_accuracy_of(machine, pool, 1 - ERROR, row["machine_accuracy"] if share > 0 else 1.0))
            cost = _split_cost(answer.strategy, answer.training_labels, share, pool, batch, scen)
            covered = bool(len(at))
        else:
            acc, cost, covered = 1 - ERROR, by_hand, True
        best, best_n, best_bar, best_share = hindsight_split(run, q, pool, batch, scen)
        out.append({"case": case, "q": q, "strategy": answer.strategy, "seed": seed, "hybrid": answer.hybrid,
                    "planned_cost": answer.total_cost, "cost": cost, "accuracy": acc, "meets": acc >= q - 1e-12,
                    "optimal": best, "all_human": by_hand, "covered": covered,
                    "p_meets_planned": answer.p_meets, "planned_n": answer.training_labels if answer.hybrid else 0,
                    "planned_bar": answer.machine_bar, "planned_share": answer.machine_share or 0.0,
                    "replayed_share": share if answer.hybrid else 0.0, "optimal_n": best_n, "optimal_bar": best_bar,
                    "optimal_share": best_share})
    return out


#: The planning subsample of the large synthetic pool, and the whole pools' sizes (10 and 40 times it).
SUBSAMPLE = 1_500
LARGE_POOLS = (15_000, 60_000)
LARGE_BATCH = 40
#: The large pools' prices: $0.50 a label (the other lines as :data:`SCENARIO`), so that a model can pay off.
LARGE_SCENARIO = Scenario(label_price=0.5, engineering_days=5, day_rate=400, compute_per_round=0.5, label_error=ERROR)
#: The replays run to this many rounds at least (the hindsight optimum is sought among them).
LARGE_ROUNDS = 30


def _large_runs(data, strategies, seeds, rounds: int) -> pd.DataFrame:
    """Runs of ``strategies`` on ``data`` (a Dataset), batch :data:`LARGE_BATCH`, the bars of :data:`BARS`."""
    from simulations.run.loop import run_one

    config = SimulationConfig(datasets=("synthetic",), model="logreg", strategies=tuple(strategies),
                              seeds=tuple(seeds), initial=INITIAL, batch_size=LARGE_BATCH, rounds=rounds,
                              label_noise=ERROR, hybrid_accuracy=BARS)
    return pd.concat([run_one(spec, dataset=data, stop_signals=False) for spec in config.runs()], ignore_index=True)


def large_pools(n_replays: int, q: float = 0.95) -> pd.DataFrame:
    """Plan each whole pool from a subsample of it, replay the answers on the whole pool (see the docstring)."""
    import dataclasses

    from simulations.data.datasets import load

    rows = []
    for pool in LARGE_POOLS:
        full = load("synthetic", seed=0, n_samples=round(pool / 0.75))   # 25% is the test split
        pick = np.sort(np.random.default_rng(pool).choice(full.n_pool, size=SUBSAMPLE, replace=False))
        sub = dataclasses.replace(full, X_pool=full.X_pool[pick], y_pool=full.y_pool[pick])
        planned = _large_runs(sub, ("random", "margin"), range(3), 10)
        answers = {"test split read": plan_hybrid(planned, LARGE_SCENARIO, q, full.n_pool, holdout=HOLDOUT),
                   "remainder read": plan_hybrid(planned.drop(columns=["test_machine_share", "test_machine_accuracy",
                                                                       "machine_remainder"]),
                                                 LARGE_SCENARIO, q, full.n_pool, holdout=HOLDOUT)}
        for p in (p for a in answers.values() for p in a.strategies):
            print(f"pool {full.n_pool:,}: {p.strategy} {p.reads} n={p.training_labels} bar={p.machine_bar} "
                  f"share={p.machine_share} acc={p.machine_accuracy}", flush=True)
        for strategy in ("random", "margin"):
            need = max(a.row(strategy).training_labels for a in answers.values())
            rounds = max(LARGE_ROUNDS, int(np.ceil((need - INITIAL) / LARGE_BATCH)))
            runs = _large_runs(full, (strategy,), range(100, 100 + n_replays), rounds)
            for reading, answer in answers.items():
                for r in replay(answer.row(strategy), runs, q, f"{full.n_pool // SUBSAMPLE}x, {reading}",
                                full.n_pool, LARGE_BATCH, LARGE_SCENARIO):
                    rows.append(r | {"pool": full.n_pool})
    return pd.DataFrame(rows)


#: The same-pool comparison's prices, its data sets (name, load parameters) and the shares of draws it tries.
SAME_SCENARIO = Scenario(label_price=1.0, engineering_days=0.5, day_rate=400, compute_per_round=0.5, label_error=ERROR)
SAME_POOLS = (("synthetic", {"n_samples": 4_000}), ("digits", {}))
SURES = (0.9, 0.75, 0.5)
QS = (0.95, 0.97)


def same_pool(n_replays: int) -> pd.DataFrame:
    """Plan a pool from a pilot on it at each share of draws in :data:`SURES`; replay on the same pool."""
    from simulations.data.datasets import load
    from simulations.run.loop import run_one

    rows = []
    for name, params in SAME_POOLS:
        data = load(name, seed=0, **params)

        def runs(seeds, rounds):
            config = SimulationConfig(datasets=(name,), model="logreg", strategies=("random", "margin"),
                                      seeds=tuple(seeds), initial=INITIAL, batch_size=BATCH, rounds=rounds,
                                      label_noise=ERROR, hybrid_accuracy=BARS)
            return pd.concat([run_one(spec, dataset=data, stop_signals=False) for spec in config.runs()],
                             ignore_index=True)

        pilot, replays = runs(range(3), 10), runs(range(100, 100 + n_replays), 40)
        for q, sure in ((q, sure) for q in QS for sure in SURES):
            answer = plan_hybrid(pilot, SAME_SCENARIO, q, data.n_pool, holdout=HOLDOUT, sure=sure)
            for p in answer.strategies:
                for r in replay(p, replays, q, name, data.n_pool, BATCH, SAME_SCENARIO):
                    rows.append(r | {"sure": sure, "recommended": p.strategy == answer.recommendation})
        print(f"{name} done", flush=True)
    return pd.DataFrame(rows)


def _report_same(df: pd.DataFrame) -> int:
    df["saving"] = 1 - df["cost"] / df["all_human"]
    df["hindsight_saving"] = 1 - df["optimal"] / df["all_human"]
    df["by_hand_in_hindsight"] = df["optimal"] >= df["all_human"] - 1e-9
    for keys, g in (("answers", df), ("the recommended answer", df[df["recommended"]])):
        summary = g.groupby(["case", "q", "sure"], sort=False).agg(
            replays=("meets", "size"), meets_q=("meets", "mean"), by_hand=("hybrid", lambda h: 1 - h.mean()),
            by_hand_in_hindsight=("by_hand_in_hindsight", "mean"), saving=("saving", "mean"),
            hindsight_saving=("hindsight_saving", "mean"))
        summary["share_of_hindsight_saving"] = summary["saving"] / summary["hindsight_saving"]
        print(f"\n{keys}:\n{summary.round(3).to_string()}")
    # where the saving goes: the recommended answer's split against each replay's hindsight split
    rec = df[df["recommended"] & (df["sure"] == SURES[0])]
    why = rec.groupby(["case", "q", "strategy"], sort=False).agg(
        replays=("meets", "size"), planned_n=("planned_n", "median"), optimal_n=("optimal_n", "median"),
        planned_bar=("planned_bar", "median"), optimal_bar=("optimal_bar", "median"),
        planned_share=("planned_share", "median"), replayed_share=("replayed_share", "median"),
        optimal_share=("optimal_share", "median"), planned_cost=("planned_cost", "median"),
        cost=("cost", "median"), optimal=("optimal", "median"), all_human=("all_human", "median"))
    pd.set_option("display.width", 250)
    print(f"\nwhere the saving goes (recommended answer, sure {SURES[0]}):\n{why.round(3).to_string()}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer replays (a smoke run)")
    ap.add_argument("--large", action="store_true", help="pools 10 and 40 times the simulated one (see the docstring)")
    ap.add_argument("--same-pool", action="store_true", help="pools the size simulated, at several shares of draws")
    args = ap.parse_args(argv)
    if args.same_pool:
        return _report_same(same_pool(3 if args.quick else 6))
    if args.large:
        return _report_large(large_pools(2 if args.quick else 4))
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


def _report_large(df: pd.DataFrame) -> int:
    df["vs_optimal"] = df["cost"] / df["optimal"]
    df["vs_all_human"] = df["cost"] / df["all_human"]
    summary = df.groupby(["case", "strategy"], sort=False).agg(
        replays=("meets", "size"), meets_q=("meets", "mean"), hybrid=("hybrid", "mean"),
        planned_cost=("planned_cost", "median"), cost=("cost", "median"), optimal=("optimal", "median"),
        cost_vs_optimal_median=("vs_optimal", "median"), cost_vs_optimal_max=("vs_optimal", "max"),
        cost_vs_all_human_median=("vs_all_human", "median"), accuracy_min=("accuracy", "min"))
    pd.set_option("display.width", 220)
    print(summary.round(3).to_string())
    for case, g in df.groupby("case", sort=False):
        print(f"{case}: replays {len(g)}, meeting the bar {g['meets'].mean():.3f}, median cost / hindsight optimum "
              f"{g['vs_optimal'].median():.3f}, mean {g['vs_optimal'].mean():.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
