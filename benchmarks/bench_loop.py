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
from concurrent.futures import ProcessPoolExecutor, as_completed
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
#: The stop rule's confidence: the product's default (``alplan plan --confidence``).
CONFIDENCE = 0.9
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


def _curve(folder: Path, metric: str) -> pd.DataFrame:
    """Every round the campaign measured (``round``, ``n_labels``, ``strategy``, the metric, ``test_size``), as its
    answer reads them."""
    from simulations.campaign.standing import named_rounds
    from simulations.campaign.state import Campaign
    from simulations.campaign.steps import measure

    c, curve = measure(folder)
    return named_rounds(Campaign.load(folder), curve.attrs["rounds"])


def _facts(rounds: pd.DataFrame, upto: int):
    """The campaign facts the answer reads with the rounds measured up to ``upto`` training labels."""
    from planner.decide.next_step import CampaignFacts

    seen = rounds[rounds["n_labels"] <= upto]
    last = seen.iloc[-1]
    return CampaignFacts(folder="", strategy=str(last["strategy"]), batch_size=1, train_labels=int(last["n_labels"]),
                         test_labels=int(last["test_size"]), left=1, rounds=seen)


def product_stop(rounds: pd.DataFrame, target: float, metric: str, after: int = 0) -> tuple[float, int]:
    """(the first count at or after ``after`` where the campaign's answer says stop, inf where it never does; the
    rounds paid after the first measured score at or above the target, before that stop)."""
    from planner.decide.next_step import measured_point

    first_hit, paid = None, 0
    for n in rounds.loc[rounds["n_labels"] >= after, "n_labels"]:
        point = measured_point(_facts(rounds, int(n)), target, CONFIDENCE, metric)
        if point.stop:
            return float(n), paid
        if point.met:
            first_hit = n if first_hit is None else first_hit
            paid += 1
    return math.inf, paid


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


def switched(work: Path, copy: Path, oracle: Oracle, strategy: str, *, batch: int, budget: int,
             metric: str) -> pd.DataFrame:
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


# ------------------------------------------------------------------ decisions


def plan_at(copy: Path, metric: str):
    """``alplan plan DIR``'s first step on the campaign copy: (the labels in hand, every candidate strategy measured
    on them and fitted)."""
    from planner.cli import campaign_plan
    from simulations.run.labels_in_hand import labels_in_hand

    held = labels_in_hand(copy)
    return held, campaign_plan(held, (RANDOM, *AL), metric)


def decide(plan_held, price: float, days: float, day_rate: float, budget: int, target: float, facts, metric: str):
    """The campaign's answer at these prices (a :class:`planner.decide.next_step.NextStep`) from ``alplan plan
    DIR``'s forecast (the labels in hand sunk, the budget as the pool, no path reaching the target at or below the
    labels in hand), or the refusal's line where alplan refused the table."""
    import dataclasses

    from planner.cli import campaign_decision
    from planner.decide.costs import Scenario
    from planner.decide.next_step import next_step
    from planner.decide.redecide import sunk_scenario

    if isinstance(plan_held, str):
        return plan_held
    held, planned = plan_held
    scen = Scenario(label_price=price, engineering_days=days, day_rate=day_rate, compute_per_round=0.0,
                    pool_size=int(budget))
    scen = sunk_scenario(scen, labels_in_hand=held.train_labels, setup_paid=held.paid_by is not None,
                         pool_size=int(budget), batch_size=held.batch_size_now, given=frozenset({"pool_size"}))
    scen = dataclasses.replace(scen, short_at=int(held.train_labels))
    facts = dataclasses.replace(facts, left=int(budget) - held.train_labels, batch_size=held.batch_size_now)
    return next_step(facts, target, confidence=CONFIDENCE, metric=metric,
                     verdict=campaign_decision(planned, held, scen, target))


def walk(policy: str, pilot: int, counts, random_stop: float, decide_at, al_cost, random_cost: float,
         price: float) -> tuple[float, bool, str]:
    """Follow ``policy`` ("loop" or "once") from ``pilot`` random labels: (its cost, whether it met the target, the
    answers it read).

    ``counts``: the labels in hand after each round of the random campaign; ``random_stop``: the first count where
    the random campaign's answer says stop (inf: never); ``decide_at(n)``: the answer at ``n`` labels in hand (a
    :class:`planner.decide.next_step.NextStep`, or a refusal's line); ``al_cost(n, s)``: (cost, met) of switching
    to ``s`` at ``n``. Every step is the answer's: stop, switch, or continue at random to its ``decide_at``
    (the first round at or past it); "once" never decides again.
    """
    n, trail = pilot, []
    while True:
        if random_stop <= n:
            return random_stop * price, True, " ".join(trail)
        r = decide_at(n)
        if isinstance(r, str):
            return random_cost, True, " ".join(trail + [f"{n}:refused ({r})"])
        trail.append(f"{n}:{r.act}" + (f"={r.strategy}" if r.strategy not in (None, RANDOM) else ""))
        if r.act == "stop":   # met at n (the rule), or the budget spent without it
            return n * price, r.reason == "met", " ".join(trail)
        if r.strategy not in (None, RANDOM):
            cost, met = al_cost(n, r.strategy)
            return cost, met, " ".join(trail)
        later = [c for c in counts if math.isfinite(r.decide_at) and c >= max(r.decide_at, n + 1)]
        if policy == "once" or not later:
            return random_cost, math.isfinite(random_stop), " ".join(trail)
        n = later[0]


def _waste(how: str, waste_random: int, stop_of) -> int:
    """The rounds a followed path paid after its campaign measured the target met (before its answer said stop):
    the AL stretch's where the trail ends in a switch (``N:switch=S``), else random's."""
    import re

    found = re.search(r"(\d+):(?:switch|continue)=(\S+)$", how)
    return stop_of(int(found.group(1)), found.group(2))[1] if found else waste_random


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
        score = rnd.set_index("n_labels")[metric]
        targets = []
        for f in TARGET_FRACTIONS:
            t = float(score[score.index <= f * budget + 1e-9].iloc[-1]) - HAIR
            if 0 < t < 1 and all(abs(t - u) > 1e-9 for u in targets):
                targets.append(t)
        switches: dict = {}
        plans: dict = {}

        def curve_of(n: int, s: str) -> pd.DataFrame:
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
        stops: dict = {}

        def stop_of(n: int, s: str | None) -> tuple[float, int]:
            """Where the answer stops a path (random's, or S's switched at n), and the rounds paid past a hit."""
            if (n, s, target) not in stops:
                stops[n, s, target] = product_stop(rnd if s is None else curve_of(n, s), target, metric, after=n)
            return stops[n, s, target]

        for target, (price, days, day_rate) in product(targets, users_cases()):
            setup = days * day_rate
            n_r, waste_r = stop_of(0, None)
            random_cost = n_r * price if math.isfinite(n_r) else budget * price

            def al_cost(n: int, s: str) -> tuple[float, bool]:
                n_s = stop_of(n, s)[0]
                if math.isfinite(n_s):
                    return n_s * price + setup, True
                return budget * price + setup + random_cost, False

            paths = {RANDOM: random_cost, **{s: al_cost(pilot, s)[0] for s in AL}}
            best = min(paths.values())
            policies = {"always random": (random_cost, math.isfinite(n_r), "random"),
                        "always margin": (*al_cost(pilot, "margin"), "margin"),
                        "hindsight": (best, True, min(paths, key=paths.get))}
            for policy in ("once", "loop"):
                policies[policy] = walk(policy, pilot, counts, n_r,
                                        lambda n: decide(plan_of(n), price, days, day_rate, budget, target,
                                                         _facts(rnd, n), metric),
                                        al_cost, random_cost, price)
            pick = min(paths, key=paths.get)
            waste = {"always random": waste_r, "always margin": stop_of(pilot, "margin")[1],
                     "hindsight": waste_r if pick == RANDOM else stop_of(pilot, pick)[1]}
            for policy, (cost, reached, how) in policies.items():
                rows.append({"set": name, "model": model, "metric": metric, "seed": seed, "pilot": frac,
                             "target": target, "label_price": price, "engineering_days": days, "day_rate": day_rate,
                             "policy": policy, "cost": float(cost), "hindsight": float(best),
                             "regret": (float(cost) - best) / best, "reached": bool(reached), "how": how,
                             "paid_after_hit": int(waste.get(policy, _waste(how, waste_r, stop_of)))})
    print(f"  {name}/{model}/{metric} seed {seed} pilot {frac:g}: {len(targets)} targets, "
          f"{len(plans)} decisions, {len(switches)} switches, {time.process_time() - t0:.0f} CPU s", flush=True)
    return rows


# ------------------------------------------------------------------ tables


def table(rows: list[dict]) -> str:
    df = pd.DataFrame(rows)
    out = ["| metric | pilot | policy | cases | mean regret | ratio to always random | worst unit ratio | "
           "reached | rounds paid past a measured hit |", "|---|---|---|---|---|---|---|---|---|"]
    for (metric, pilot), g in df.groupby(["metric", "pilot"]):
        base = g[g["policy"] == "always random"]["regret"].mean()
        for policy in POLICIES:
            s = g[g["policy"] == policy]
            by_unit = s.groupby(["set", "model"])["regret"].mean() / \
                g[g["policy"] == "always random"].groupby(["set", "model"])["regret"].mean()
            worst = by_unit.replace([np.inf, -np.inf], np.nan).max()
            out.append(f"| {metric} | 1/{round(1 / pilot)} | {policy} | {len(s)} | {s['regret'].mean():.3f} | "
                       f"{s['regret'].mean() / base if base > 0 else math.nan:.2f} | {worst:.2f} | "
                       f"{s['reached'].mean():.0%} | {int(s.get('paid_after_hit', pd.Series([0])).sum())} |")
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
        for done in as_completed([ex.submit(play_unit, job) for job in jobs]):
            rows.extend(done.result())
            if a.out:  # after every unit: a run cut short keeps what it played
                (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
