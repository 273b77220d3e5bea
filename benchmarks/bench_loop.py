"""The whole loop, played on files as a user plays it: start at random, re-decide on the labels in hand, switch or
not, stop; scored against the hindsight optimum, always labeling at random and always margin.

Each *unit* is a held-out labeled data set of the evaluation corpus (``benchmarks/forecast/corpus_specs.csv``,
selection part unless ``--part`` says otherwise), one of alplan's learners and the metric the target is stated in.
Its examples are written to a pool file (an id column and the features); their labels are the oracle that answers
every batch. One campaign seed = one test split and one order of random labels.

* **The random campaign.** ``alplan campaign start --strategy random --initial P`` with ``P`` = the pilot (1/8 of
  the budget; the budget is the spec's, ``budget_frac`` of the non-test rows, at most ``max_budget``), then
  ``next`` and ``add`` in batches of ``budget / 32`` to the budget; the folder is copied after every round, and
  ``measure`` gives its curve on the campaign's test split.
* **Targets.** The random campaign's measured curve at 1/2, 3/4 and all of the budget, less 1e-6 (random reaches each
  within the budget, as in ``forecast/evaluate_decisions.py``).
* **A switch at N to S.** The random campaign's copy at N labels, then ``next --strategy S`` and ``add`` to the
  budget: the labels S buys after N random ones.
* **The stopping rule**, the same for every policy: stop at the first round whose measured score on the campaign's
  test split meets the target. A path that never meets it within the budget is priced, as in
  ``evaluate_decisions.py``, as itself through the budget and then random's path.
* **A decision at N labels in hand** is ``alplan plan DIR``'s: every candidate strategy measured on the labels in
  hand (:func:`simulations.campaign.redecide.measure_in_hand`), forecast to the target on the budget as the pool,
  with the labels in hand sunk (:class:`planner.decide.costs.Scenario` ``labels_in_hand``; no set-up is paid
  yet). One ``Plan`` per (unit, seed, N) prices every case.
* **Policies**, each from the same P random labels:

  - ``loop``: follow ``action_now``. ``active_learning``: switch to the recommended strategy at N and keep it;
    ``random`` or ``random_then_decide``: label at random to ``decide_at_labels`` (rounded up to a round), then
    decide again on the labels then in hand; no count: at random to the end. ``none`` is read as random
    sampling, as the scoring of a single verdict reads it.
  - ``once``: the first decision, followed to the end (random to the end, or the AL pick from P).
  - ``always random``, ``always margin`` (switch at P), ``hindsight``: the cheapest of random and every candidate
    AL strategy switched at P, as the costs came out.

* **Costs**: the users' scenario mix (labels $0.02-$5, 1-10 engineering days at $400-800 a day, no compute
  charge): the training labels bought x the label price, plus the set-up once a policy picks AL. The test labels
  are the same for every policy and left out. Regret = (cost - hindsight) / hindsight, averaged over the cases;
  the ratio is a policy's mean regret over always-random's.

Usage::

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/bench_loop.py --jobs 2 --out /tmp/loop
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_loop.py --quick          # one small unit, a smoke run

Writes ``<out>/rows.json`` (one row per case and policy) and prints the tables RESULTS.md shows.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import product
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
for _p in (str(ROOT), str(ROOT / "benchmarks" / "forecast")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

RANDOM = "random"
HAIR = 1e-6
TARGET_FRACTIONS = (0.5, 0.75, 1.0)
PILOT_FRACTIONS = (1 / 8, 1 / 4)
ROUNDS = 32
#: Candidate AL strategies: what hindsight chooses among, and what a decision may switch to.
AL = ("margin", "entropy", "coreset")
POLICIES = ("loop", "once", "always random", "always margin", "hindsight")
#: (corpus set, alplan learner, metric): linear, trees, boosting, neighbours and a neural net; balanced and
#: imbalanced; accuracy and macro-F1. Every set is of the selection part.
UNITS = (
    ("clf3_easy", "logreg", "accuracy"),
    ("clf10_hard", "logreg", "accuracy"),
    ("clf4_hard", "logreg", "accuracy"),
    ("clf12_medium", "forest", "accuracy"),
    ("users_imb95", "forest", "macro_f1"),
    ("users_trees4", "boosting", "accuracy"),
    ("moons_noise30", "knn", "accuracy"),
    ("users_imb90", "knn", "macro_f1"),
    ("clf8_easy", "mlp", "accuracy"),
)
QUICK = (("moons_noise05", "logreg", "accuracy"),)


def users_cases():
    from evaluate_decisions import MIXES

    m = MIXES["users"]
    return list(product(m["label_prices"], m["engineering_days"], m["day_rates"]))


# ------------------------------------------------------------------ the campaign on files


class Oracle:
    """The true labels of the pool's ids: writes the labels file of whatever a campaign asks."""

    def __init__(self, y: np.ndarray):
        self.y = np.asarray(y)

    def answer(self, folder: Path, path: Path) -> None:
        from simulations.campaign.state import Campaign

        c = Campaign.load(folder)
        todo = c.asked.loc[~c.asked["id"].isin(set(c.labels["id"])), "id"].to_numpy(dtype=object)
        pd.DataFrame({"id": todo, "label": [str(self.y[int(i)]) for i in todo]}).to_csv(path, index=False)


def write_pool(folder: Path, X: np.ndarray) -> Path:
    path = folder / "pool.parquet"
    df = pd.DataFrame(X.astype(np.float64), columns=[f"f{j}" for j in range(X.shape[1])])
    df.insert(0, "id", np.arange(X.shape[0], dtype=np.int64))
    df.to_parquet(path, index=False)
    return path


def _labels_in_hand(folder: Path) -> int:
    from simulations.campaign.steps import status

    return int(status(folder)["train_labeled"])


def _round_trip(folder: Path, oracle: Oracle, scratch: Path, **next_kwargs) -> int:
    """``next`` (switching with ``next_kwargs``), then ``add`` what the oracle answers: the training labels in hand."""
    from simulations.campaign.steps import add_labels, next_batch

    next_batch(folder, **next_kwargs)
    answer = scratch / "answer.csv"
    oracle.answer(folder, answer)
    add_labels(folder, [str(answer)])
    return _labels_in_hand(folder)


def _curve(folder: Path, metric: str) -> pd.Series:
    """The campaign's measured score per training-label count (the last stretch's rows where a count repeats)."""
    from simulations.campaign.steps import measure

    _, curve = measure(folder)
    return curve.groupby("n_labels")[metric].last().sort_index()


def random_campaign(work: Path, pool: Path, oracle: Oracle, *, model: str, seed: int, pilot: int, batch: int, budget: int,
                    test_size: int, metric: str):
    """The random campaign to the budget: (its curve, the copies of its folder by labels in hand)."""
    from simulations.campaign.steps import add_labels, start

    folder = work / "random"
    start(folder, pool, model=model, strategy=RANDOM, seed=seed, initial=pilot, batch_size=batch, test_size=test_size)
    oracle.answer(folder, work / "answer.csv")
    add_labels(folder, [str(work / "answer.csv")])
    copies = {}
    n = _labels_in_hand(folder)
    while True:
        copies[n] = work / f"random-at-{n}"
        shutil.copytree(folder, copies[n])
        if n >= budget:
            break
        n = _round_trip(folder, oracle, work, batch_size=min(batch, budget - n))
    return _curve(folder, metric), copies


def switched(work: Path, copy: Path, oracle: Oracle, strategy: str, *, batch: int, budget: int, metric: str) -> pd.Series:
    """The random campaign's ``copy``, switched to ``strategy`` and labeled to the budget: its curve."""
    folder = work / f"{copy.name}-{strategy}"
    shutil.copytree(copy, folder)
    n, first = _labels_in_hand(folder), True
    while n < budget:
        kwargs = {"batch_size": min(batch, budget - n)}
        if first:
            kwargs["strategy"] = strategy
        n, first = _round_trip(folder, oracle, work, **kwargs), False
    return _curve(folder, metric)


def first_meeting(curve: pd.Series, target: float, after: int = 0) -> float:
    hit = curve[(curve.index >= after) & (curve.to_numpy() >= target)]
    return float(hit.index[0]) if len(hit) else math.inf


# ------------------------------------------------------------------ decisions


def plan_at(copy: Path, metric: str):
    """``alplan plan DIR``'s first step on the campaign copy: (the labels in hand, every candidate strategy measured
    on them and fitted)."""
    from planner.cli import campaign_plan
    from simulations.run.labels_in_hand import labels_in_hand

    held = labels_in_hand(copy)
    return held, campaign_plan(held, (RANDOM, *AL), metric)


def decide(plan_held, price: float, days: float, day_rate: float, budget: int, target: float):
    """``alplan plan DIR``'s answer at these prices (a :class:`planner.decide.redecide.Redecision`), or the refusal's
    line where alplan refused the table: the labels in hand sunk, the budget as the pool."""
    from planner.cli import campaign_decision
    from planner.decide.costs import Scenario
    from planner.decide.redecide import sunk_scenario

    if isinstance(plan_held, str):
        return plan_held
    held, plan = plan_held
    scen = Scenario(label_price=price, engineering_days=days, day_rate=day_rate, compute_per_round=0.0,
                    pool_size=int(budget))
    scen = sunk_scenario(scen, labels_in_hand=held.train_labels, setup_paid=held.paid_by is not None,
                         pool_size=int(budget), batch_size=held.batch_size_now, given=frozenset({"pool_size"}))
    return campaign_decision(plan, held, scen, target)


def walk(policy: str, pilot: int, counts, random_meets: float, decide_at, al_cost, random_cost: float,
         price: float) -> tuple[float, bool, str]:
    """Follow ``policy`` ("loop" or "once") from ``pilot`` random labels: (its cost, whether it met the target, the
    decisions it read).

    ``counts``: the labels in hand after each round of the random campaign; ``random_meets``: the first count whose
    measured score meets the target (inf: never); ``decide_at(n)``: the answer at ``n`` labels in hand (a
    :class:`planner.decide.redecide.Redecision`, or a refusal's line); ``al_cost(n, s)``: (cost, met) of switching
    to ``s`` at ``n``. Labeling at random stops where its score meets the target; the loop decides again at the
    answer's ``decide_at_labels`` (the first round at or past it), "once" never does.
    """
    n, trail = pilot, []
    while True:
        if random_meets <= n:
            return random_meets * price, True, " ".join(trail)
        r = decide_at(n)
        if isinstance(r, str):
            return random_cost, True, " ".join(trail + [f"{n}:refused ({r})"])
        act, nxt_strategy = r.decision.action_now, r.next_strategy
        trail.append(f"{n}:{act}" + (f"={nxt_strategy}" if act == "active_learning" else ""))
        if act == "active_learning" and nxt_strategy not in (None, RANDOM):
            cost, met = al_cost(n, nxt_strategy)
            return cost, met, " ".join(trail)
        nxt = r.decide_at_labels
        later = [c for c in counts if math.isfinite(nxt) and c >= max(nxt, n + 1)]
        if policy == "once" or not later:
            return random_cost, True, " ".join(trail)
        n = later[0]


# ------------------------------------------------------------------ one unit


def play_unit(args) -> list[dict]:
    """Every case of one (set, learner, metric, campaign seed, pilot fraction): a row per policy."""
    name, model, metric, seed, frac = args
    from corpus import load_xy, read_specs

    spec = next(s for s in read_specs() if s.name == name)
    X, y = load_xy(spec)
    n_test = int(spec.test) if int(spec.test) else int(round(0.25 * len(y)))
    budget = int(min(spec.max_budget, spec.budget_frac * (len(y) - n_test)))
    batch = max(1, budget // ROUNDS)
    pilot = max(2 * batch, int(round(frac * budget)))
    oracle = Oracle(y)
    t0 = time.process_time()
    with tempfile.TemporaryDirectory(prefix="alplan-loop-") as tmp:
        work = Path(tmp)
        pool = write_pool(work, X)
        rnd, copies = random_campaign(work, pool, oracle, model=model, seed=seed, pilot=pilot, batch=batch, budget=budget,
                                      test_size=n_test, metric=metric)
        counts = sorted(copies)
        targets = []
        for f in TARGET_FRACTIONS:
            t = float(rnd[rnd.index <= f * budget + 1e-9].iloc[-1]) - HAIR
            if 0 < t < 1 and all(abs(t - u) > 1e-9 for u in targets):
                targets.append(t)
        switches: dict = {}
        plans: dict = {}

        def curve_of(n: int, s: str) -> pd.Series:
            if (n, s) not in switches:
                switches[n, s] = switched(work, copies[n], oracle, s, batch=batch, budget=budget, metric=metric)
            return switches[n, s]

        def plan_of(n: int):
            if n not in plans:
                try:
                    plans[n] = plan_at(copies[n], metric)
                except ValueError as exc:  # a table alplan refuses: a finding, reported
                    plans[n] = str(exc)
            return plans[n]

        rows = []
        for target, (price, days, day_rate) in product(targets, users_cases()):
            setup = days * day_rate
            n_r = first_meeting(rnd, target)
            random_cost = n_r * price

            def al_cost(n: int, s: str) -> tuple[float, bool]:
                c = curve_of(n, s)
                n_s = first_meeting(c, target, after=n)
                if math.isfinite(n_s):
                    return n_s * price + setup, True
                return budget * price + setup + random_cost, False

            paths = {RANDOM: random_cost, **{s: al_cost(pilot, s)[0] for s in AL}}
            best = min(paths.values())
            policies = {"always random": (random_cost, True, "random"),
                        "always margin": (*al_cost(pilot, "margin"), "margin"),
                        "hindsight": (best, True, min(paths, key=paths.get))}
            for policy in ("once", "loop"):
                policies[policy] = walk(policy, pilot, counts, n_r,
                                        lambda n: decide(plan_of(n), price, days, day_rate, budget, target),
                                        al_cost, random_cost, price)
            for policy, (cost, reached, how) in policies.items():
                rows.append({"set": name, "model": model, "metric": metric, "seed": seed, "pilot": frac,
                             "target": target, "label_price": price, "engineering_days": days, "day_rate": day_rate,
                             "policy": policy, "cost": float(cost), "hindsight": float(best),
                             "regret": (float(cost) - best) / best, "reached": bool(reached), "how": how})
    print(f"  {name}/{model}/{metric} seed {seed} pilot {frac:g}: {len(targets)} targets, "
          f"{len(plans)} decisions, {len(switches)} switches, {time.process_time() - t0:.0f} CPU s", flush=True)
    return rows


# ------------------------------------------------------------------ tables


def table(rows: list[dict]) -> str:
    df = pd.DataFrame(rows)
    out = ["| metric | pilot | policy | cases | mean regret | ratio to always random | worst unit ratio | "
           "reached |", "|---|---|---|---|---|---|---|---|"]
    for (metric, pilot), g in df.groupby(["metric", "pilot"]):
        base = g[g["policy"] == "always random"]["regret"].mean()
        for policy in POLICIES:
            s = g[g["policy"] == policy]
            by_unit = s.groupby(["set", "model"])["regret"].mean() / \
                g[g["policy"] == "always random"].groupby(["set", "model"])["regret"].mean()
            worst = by_unit.replace([np.inf, -np.inf], np.nan).max()
            out.append(f"| {metric} | 1/{round(1 / pilot)} | {policy} | {len(s)} | {s['regret'].mean():.3f} | "
                       f"{s['regret'].mean() / base if base > 0 else math.nan:.2f} | {worst:.2f} | "
                       f"{s['reached'].mean():.0%} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seeds", default="0,1", help="campaign seeds, comma-separated (default 0,1)")
    ap.add_argument("--pilots", default="8", help="pilot fractions as denominators, comma-separated (default 8)")
    ap.add_argument("--units", default=None, help="comma-separated set names (default every unit)")
    ap.add_argument("--quick", action="store_true", help="one small unit, one seed: a smoke run")
    ap.add_argument("--out", default=None, help="folder for rows.json")
    ap.add_argument("--from-rows", default=None, help="print the tables of a rows.json, nothing run")
    a = ap.parse_args(argv)
    if a.from_rows:
        print(table(json.loads(Path(a.from_rows).read_text())))
        return 0
    units = QUICK if a.quick else tuple(u for u in UNITS if a.units is None or u[0] in a.units.split(","))
    fracs = [1 / int(d) for d in a.pilots.split(",")]
    seeds = [0] if a.quick else [int(x) for x in a.seeds.split(",")]
    jobs = [(n, m, met, s, f) for s in seeds for f in fracs for (n, m, met) in units]
    rows = []
    if a.out:
        Path(a.out).mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        for r in ex.map(play_unit, jobs):
            rows.extend(r)
            if a.out:  # after every unit: a run cut short keeps what it played
                (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
