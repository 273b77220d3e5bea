"""Planner speed: a full plan for 10 strategies, and the dashboard's queries on it.

Results go to the "Planner speed" section of benchmarks/RESULTS.md.

A synthetic curves table (random + 9 AL strategies of known label efficiency, 3 seeds x 25 rounds of 20 labels,
accuracy 0.95 - 0.9 n^-0.5 + noise) is planned at target 0.90:

* ``cold plan``: ``Plan(curves)`` + ``decide`` -- the 10 curve fits (with their 200-replicate bootstraps) and the
  verdict; what ``alplan plan`` and the dashboard's first render pay.
* ``fits only``: the 10 ``fit_curve`` calls alone, for the breakdown.
* warm queries on the same Plan (fits reused): another ``decide`` and the dashboard tables of planner.decide.whatif:
  ``cost_by_target`` (9 targets), ``winner_by_price`` (9 targets x 9 prices), ``savings_sensitivity``,
  ``cost_by_vendor`` (shipped vendors x 1 and 3 votes), ``accuracy_for_budget`` (the rows keep their old names, for
  comparison with earlier results).
* ``alplan plan --json`` end to end in a fresh process (start-up included).
* a campaign's searches on far counts (``planner.decide.campaign.steer``): ``replan`` at a target some draws reach only past a
  billion labels (the order search, at most ``MAX_STATES`` counts), and ``optimal_stop`` over 1.28M labels in batches
  of 10 (at most ``MAX_STOP_GRID`` counts); the unit tests assert those bounds.

    python benchmarks/bench_planner.py            # 5 repeats, median reported
    python benchmarks/bench_planner.py --quick    # 1 repeat
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.decide.costs import PoolShape, Scenario  # noqa: E402
from planner.decision import Plan  # noqa: E402
from planner.forecast.draws import draw_table  # noqa: E402
from planner.decide import whatif  # noqa: E402
from planner.decide.campaign.steer import optimal_stop, replan  # noqa: E402
from planner.present import verdict_sentence  # noqa: E402

TARGET = 0.90


def synthetic_curves(rng: np.random.Generator, n_strategies: int = 10, seeds: int = 5, rounds: int = 25) -> pd.DataFrame:
    rows = []
    efficiencies = [1.0] + list(np.linspace(0.4, 0.95, n_strategies - 1))
    for i, eff in enumerate(efficiencies):
        name = "random" if i == 0 else f"al{i}"
        for seed in range(seeds):
            for r in range(rounds):
                n = 20 * (r + 1)
                acc = 0.95 - 0.9 * (n / eff) ** -0.5 + rng.normal(0, 0.004)
                rows.append({"dataset": "synth", "strategy": name, "seed": seed, "batch_size": 20,
                             "label_noise": 0.0, "round": r, "n_labels": n, "accuracy": float(np.clip(acc, 0, 1))})
    return pd.DataFrame(rows)


def campaign_curves(rng: np.random.Generator, counts) -> pd.DataFrame:
    """One strategy's campaign, 3 seeds at ``counts``: accuracy 0.95 - 0.9 (n / 0.6)^-0.5 + noise."""
    return pd.DataFrame([{"strategy": "margin", "seed": seed, "n_labels": n,
                          "accuracy": 0.95 - 0.9 * (n / 0.6) ** -0.5 + rng.normal(0, 0.003)}
                         for seed in range(3) for n in counts])


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``fn()``."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    repeats = 1 if args.quick else args.repeats

    df = synthetic_curves(np.random.default_rng(0))
    scenario = Scenario(label_price=0.5, engineering_days=10, day_rate=400, compute_per_round=2.0, turnaround_days=2)
    targets = np.linspace(0.82, 0.92, 9)
    prices = np.geomspace(0.05, 5.0, 9)
    times: dict[str, list[tuple[float, float]]] = {}

    def add(name, seconds):
        times.setdefault(name, []).append(seconds)

    for rep in range(repeats):
        def draws_only():
            draw_table(df, seed=rep)

        add("joint draws only (10 strategies x 400 draws)", timed(draws_only))
        holder = {}

        def cold():
            plan = Plan(df, seed=rep)
            holder["plan"] = plan
            holder["decision"] = plan.decide(scenario, TARGET)

        add("cold plan: Plan + decide (10 strategies)", timed(cold))
        plan = holder["plan"]
        add("warm decide (other label price)", timed(lambda: plan.decide(Scenario(label_price=2.0), TARGET)))
        add("warm decide (other engineering days)",
            timed(lambda: plan.decide(Scenario(label_price=0.5, engineering_days=30, day_rate=400), TARGET)))
        add("cost_vs_target (9 targets)", timed(lambda: whatif.cost_by_target(plan, scenario, targets)))
        add("break_even_map (9 targets x 9 prices)",
            timed(lambda: whatif.winner_by_price(plan, scenario, targets, prices)))
        add("sensitivity (8 inputs)", timed(lambda: whatif.savings_sensitivity(plan, scenario, TARGET)))
        add("vendor_comparison (5 vendors x votes 1, 3)",
            timed(lambda: whatif.cost_by_vendor(plan, scenario, TARGET, None, votes=(1, 3))))
        add("best_accuracy_for_budget", timed(lambda: whatif.accuracy_for_budget(plan, scenario, 500.0)))
        flight = Scenario(label_price=0.5, compute_per_round=2.0, turnaround_days=2, delay_cost_per_day=10.0,
                          pool=PoolShape(batch_size=10))
        small = Plan(campaign_curves(np.random.default_rng(3), range(20, 111, 10)), seed=0)
        add("replan, target 0.99 (some draws past a billion labels)",
            timed(lambda: replan(small, flight, 0.99, confidence=0.9)))
        big = Plan(campaign_curves(np.random.default_rng(4), np.geomspace(1_000, 200_000, 12).round()), seed=0)
        add("optimal_stop over 1.28M labels in batches of 10",
            timed(lambda: optimal_stop(big, flight, value_per_point=1e4)))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "curves.csv"
        df.to_csv(path, index=False)
        exe = Path(sys.executable).with_name("alplan")
        cmd = [str(exe), "plan", str(path), "--target", str(TARGET), "--label-price", "0.5", "--json"]
        for _ in range(repeats):
            t = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ})
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            add("alplan plan --json (fresh process, start-up included)", (time.perf_counter() - t, cpu))
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1

    d = holder["decision"]
    print(f"verdict: {verdict_sentence.sentence(d)}")
    print(f"\n{len(df)} rows, 10 strategies, {repeats} repeat(s); median (min-max) seconds\n")
    print("| step | wall s | CPU s |")
    print("|---|---|---|")
    for name, values in times.items():
        wall = [v[0] for v in values]
        cpu = [v[1] for v in values]
        print(f"| {name} | {statistics.median(wall):.2f} ({min(wall):.2f}-{max(wall):.2f}) "
              f"| {statistics.median(cpu):.2f} |")
    print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
