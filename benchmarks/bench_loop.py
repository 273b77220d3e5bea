"""The whole loop, played on files as a user plays it, every step the campaign's own answer, stop included; scored
against hindsight, always labeling at random and always margin.

A *unit*: a held-out labeled set of the corpus's selection part (``corpus_specs.csv``; ``--report``: of its report
part; :data:`REAL`: its real tables, ``benchmarks/real_data.md``), a learner and the target's metric; its examples a
pool file, its labels the oracle. A campaign seed: a test split and an order of random labels. The random campaign:
``campaign start --strategy random --initial P`` (P: 1/8 or 1/4 of the budget), then ``next`` and ``add`` in batches
of ``budget / 32``, its folder copied each round; a switch at N to S: that copy, ``next --strategy S``, on to the
budget. Targets: random's measured score at 1/2, 3/4 and all of the budget, less 1e-6. **The stop** is the answer's
(``stop_rule.first_stop``); a path it never stops costs the budget (an AL path: then random's too). **An answer at
N** is ``alplan plan DIR``'s, from its service on the copy at N (the budget as the pool); a give-up ends the walk
unmet, test labels it orders are paid (``--follow`` plays them, and scores each stop on the truth:
:func:`true_scores`, the campaign's own learner scored on every pool id it never trained on). Policies from the
same P labels: ``loop`` (every answer followed), ``once`` (the first to the end), ``always random``, ``always
margin`` (switched at P), ``hindsight`` (the cheapest of random and every candidate switched at P). Costs: the users'
mix (labels $0.02-$5, 1-10 engineering days at $400-800 a day). Regret = (cost - hindsight) / hindsight, averaged;
the ratio is over always-random's.

**--follow**: a random campaign on ``--pool N`` rows of a selection-part set that does what the answer says at every
step, every label paid (test labels too): after each ``add`` its answer (``service.standing_answer``), or ``plan DIR
--target X --budget CAP``'s where it says ``decide``, its command run as printed, to ``stop`` or ``give up``. Targets:
a scout's true score on every non-test id, less ``--near``, plus ``--far`` (``--kinds``); hindsight buys the crossing.

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/bench_loop.py --jobs 2 --pilots 8,4 --out /tmp/loop
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_loop.py --quick          # one small unit, a smoke run
    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/bench_loop.py --follow --out /tmp/follow   # 5 sets x 3 seeds

Writes ``<out>/rows.json`` (a row per case and policy, and per forecast; --follow: per case); prints RESULTS.md's table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shlex
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
sys.path[:0] = [p for p in (str(ROOT / "benchmarks" / "forecast"), str(ROOT)) if p not in sys.path]
from planner.campaign.measuring import measure, status, write_curve  # noqa: E402
from planner.campaign.steps import add_labels, next_batch, start  # noqa: E402
from planner.campaign import Prices, Question, answer, commands  # noqa: E402
from planner.campaign.service import measure_added, standing_answer  # noqa: E402
from planner.campaign.standing import named_rounds  # noqa: E402
from planner.campaign.state import Campaign  # noqa: E402
from planner.decide.costs import PoolShape, Scenario  # noqa: E402
from planner.decide.campaign.acts import Act, Reason  # noqa: E402
from planner.decide.campaign.stop_rule import labels_to_tell  # noqa: E402

RANDOM = "random"
HAIR = 1e-6
#: The stop rule's confidence: the product's default (``alplan plan --confidence``).
CONFIDENCE = 0.9
TARGET_FRACTIONS = (0.5, 0.75, 1.0)
ROUNDS = 32
#: Candidate AL strategies: what hindsight chooses among, and what a decision may switch to.
AL = ("margin", "entropy", "coreset")
POLICIES = ("loop", "once", "always random", "always margin", "hindsight")
#: (corpus set, alplan learner, metric): linear, trees, boosting, neighbours and a neural net; balanced and
#: imbalanced; accuracy and macro-F1. Every set is of the selection part.
UNITS = (("clf3_easy", "logreg", "accuracy"), ("clf10_hard", "logreg", "accuracy"), ("clf4_hard", "logreg", "accuracy"),
         ("clf12_medium", "forest", "accuracy"), ("users_imb95", "forest", "macro_f1"),
         ("users_trees4", "boosting", "accuracy"), ("moons_noise30", "knn", "accuracy"),
         ("users_imb90", "knn", "macro_f1"), ("clf8_easy", "mlp", "accuracy"))
QUICK = (("moons_noise05", "logreg", "accuracy"),)
#: Pools of the campaign walk's kind (5 classes, flat near the ceiling): played only where ``--units`` names them.
WALK = tuple((f"walk5_{k}", "logreg", "accuracy") for k in ("flat", "ceiling", "noisy"))
#: Real tables of the selection part (``benchmarks/real_data.md``): played only where ``--units`` names them.
REAL = (("chile_vote", "logreg", "accuracy"), ("happiness", "logreg", "accuracy"), ("wage_education", "logreg", "accuracy"),
        ("diamonds_cut", "forest", "accuracy"), ("health_insurance", "logreg", "macro_f1"),
        ("mlc_churn", "forest", "macro_f1"))
REPORT = (("clf6_medium", "logreg", "accuracy"), ("clf5_hard", "logreg", "accuracy"), ("walk5_r", "logreg", "accuracy"),
          ("clf2_easy_imb95", "knn", "macro_f1"), ("users_imb90_r", "knn", "macro_f1"),
          ("credit_status", "logreg", "accuracy"), ("wa_churn", "logreg", "accuracy"), ("wvs_poverty", "logreg", "accuracy"),
          ("hpc_class", "forest", "accuracy"), ("lending_class", "forest", "macro_f1"),
          ("nass_dead", "logreg", "macro_f1"))   # --report: read once


def users_cases():
    from evaluate_decisions import MIXES
    return list(product(*(MIXES["users"][k] for k in ("label_prices", "engineering_days", "day_rates"))))


class Oracle:
    """The true labels of the pool's ids: writes the labels file of whatever a campaign asks."""

    def __init__(self, y: np.ndarray):
        self.y = np.asarray(y)

    def labels(self, ids) -> np.ndarray:
        """The true labels of ``ids`` as a campaign's labels file holds them (text)."""
        return np.asarray([str(self.y[int(i)]) for i in ids], dtype=object)

    def answer(self, folder: Path, path: Path) -> None:
        c = Campaign.load(folder)
        todo = c.asked.loc[~c.asked["id"].isin(set(c.labels["id"])), "id"].to_numpy(dtype=object)
        pd.DataFrame({"id": todo, "label": self.labels(todo)}).to_csv(path, index=False)


def true_scores(folder: Path, rounds: pd.DataFrame, oracle: Oracle, metric: str) -> pd.DataFrame:
    """The truth of each of ``rounds`` (``round``, ``n_labels``) of the campaign in ``folder``: its model fitted as
    ``measure`` fits it (the campaign's learner, settings, model stream, training labels and classes), scored by
    ``oracle``'s labels on every pool id it was not trained on (``truth``: the test split's included) and on those
    off the test split (``off_test``: none the stop read); indexed by n_labels."""
    from planner.campaign import state, steps
    from simulations.results.schema import METRIC_COLUMNS
    from simulations.run.loop import minority_class, score_predictions

    c = state.Campaign.load(folder)
    data = steps._load_pool(c)
    X = np.empty((data.pool.n_rows, data.X_pool.shape[1]))
    X[data.pool_rows], X[data.pool.rows_of(data.test_ids)] = data.X_pool, data.X_test   # as measure standardized
    test = c.asked.loc[c.asked["role"] == "test", ["id"]].merge(c.labels[["id", "label"]], on="id")
    out, is_test = {}, np.zeros(data.pool.n_rows, dtype=bool)
    is_test[data.pool.rows_of(data.test_ids)] = True
    for round_, n in zip(rounds["round"], rounds["n_labels"]):
        train = steps._train_labels(c, int(round_) if round_ < c.round else None)
        classes = steps._round_classes(train, test)
        unseen = np.setdiff1d(np.arange(data.pool.n_rows), data.pool.rows_of(train["id"].to_numpy(dtype=object)))
        code = {name: i for i, name in enumerate(classes)}   # a class the model never saw: always missed
        y = np.asarray([code.get(v, len(classes)) for v in oracle.labels(data.pool.text_ids(unseen))], dtype=np.int64)
        learner = steps._fit(c, data, train, c.settings["model_rng"][int(round_)], classes)[0]
        k, pred, off = len(classes) + int((y == len(classes)).any()), learner.predict(X[unseen]), ~is_test[unseen]
        out[int(n)] = [float(score_predictions(y[m], pred[m], k, minority_class(y[m], k))[METRIC_COLUMNS.index(
            metric)]) for m in (slice(None), off)]
    return pd.DataFrame.from_dict(out, orient="index", columns=["truth", "off_test"]).sort_index()


def write_pool(folder: Path, X: np.ndarray) -> Path:
    df = pd.DataFrame(X.astype(np.float64), columns=[f"f{j}" for j in range(X.shape[1])]).rename_axis("id")
    df.reset_index().astype({"id": np.int64}).to_parquet(path := folder / "pool.parquet", index=False)
    return path


def _round_trip(folder: Path, oracle: Oracle, scratch: Path, **next_kwargs) -> int:
    """``next`` (switching with ``next_kwargs``), then ``add`` what the oracle answers: the training labels in hand."""
    next_batch(folder, **next_kwargs)
    oracle.answer(folder, answer := scratch / "answer.csv")
    add_labels(folder, [str(answer)])
    return int(status(folder)["train_labeled"])


def _curve(folder: Path, metric: str) -> pd.DataFrame:
    """Every round the campaign measured, as its answer reads them."""
    c, curve = measure(folder)
    return named_rounds(c, curve.attrs["rounds"])


def random_campaign(work: Path, pool: Path, oracle: Oracle, *, model: str, seed: int, pilot: int, batch: int, budget: int,
                    test_size: int, metric: str):
    """The random campaign to the budget: (its curve, the copies of its folder by labels in hand)."""
    folder = work / "random"
    start(folder, pool, model=model, strategy=RANDOM, seed=seed, initial=pilot, batch_size=batch, test_size=test_size)
    oracle.answer(folder, work / "answer.csv")
    add_labels(folder, [str(work / "answer.csv")])
    copies, n = {}, int(status(folder)["train_labeled"])
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
    shutil.copytree(copy, folder := work / f"{copy.name}-{strategy}")
    n, switch = int(status(folder)["train_labeled"]), {"strategy": strategy}   # the first round switches
    while n < budget:
        n, switch = _round_trip(folder, oracle, work, batch_size=min(batch, budget - n), **switch), {}
    return _curve(folder, metric)


def decide(folder: Path, price: float, days: float, day_rate: float, budget: int, target: float, metric: str, *,
           strategies=(RANDOM, *AL)):
    """The campaign's answer at these prices: its service's (``alplan plan DIR --budget B --pool-size B``'s, on the
    round's folder copy, ``strategies``: None the learner's defaults), or the refusal's line where alplan refused
    the table."""
    scen = Scenario(label_price=price, engineering_days=days, day_rate=day_rate, compute_per_round=0.0,
                    pool=PoolShape(pool_size=int(budget)))
    try:
        return answer(folder, Question(target, metric=metric, confidence=CONFIDENCE, budget=budget,
                                       strategies=strategies),
                      Prices(scenario=scen, given=frozenset({"pool_size"})))
    except ValueError as exc:  # a table alplan refuses: a finding, reported
        return str(exc)


def walk(policy: str, pilot: int, counts, random_stop: float, decide_at, al_cost, random_cost: float,
         price: float) -> tuple[float, bool, str]:
    """Follow ``policy`` ("loop"; "once" never answers again) from ``pilot`` random labels: (cost, met, trail).
    ``decide_at(n)``: the answer at ``n`` (a NextStep, or a refusal's line); ``al_cost(n, s)``: (cost, met) of
    switching to ``s`` at ``n``; ``random_stop``: where random's answer stops (inf: never). A give-up ends the walk
    unmet; test labels the answer orders are paid, and the replay (its test split as played) answers again at the
    next round (``--follow`` draws and labels them)."""
    n, trail, extra = pilot, [], 0.0
    while True:
        if random_stop <= n:
            return random_stop * price + extra, True, " ".join(trail)
        r = decide_at(n)
        if isinstance(r, str):
            return random_cost + extra, True, " ".join(trail + [f"{n}:refused ({r})"])
        trail.append(f"{n}:{r.act}" + (f"={r.strategy}" if r.strategy not in (None, RANDOM) else ""))
        if r.act in (Act.STOP, Act.GIVE_UP):   # met at n (the rule), the budget spent without it, or out of reach
            return n * price + extra, r.met_stop, " ".join(trail)
        if r.act == Act.TEST:
            extra += r.order * price
        elif r.strategy not in (None, RANDOM):
            cost, met = al_cost(n, r.strategy)
            return cost + extra, met, " ".join(trail)
        at = n + 1 if r.act == Act.TEST else math.nan if r.decide_at is None else r.decide_at
        later = [c for c in counts if math.isfinite(at) and c >= max(at, n + 1)]
        if policy == "once" or not later:
            return random_cost + extra, math.isfinite(random_stop), " ".join(trail)
        n = later[0]


def _targets(rnd: pd.DataFrame, budget: int, metric: str) -> list[float]:
    """Random's measured score at each of :data:`TARGET_FRACTIONS` of the budget, less :data:`HAIR`, distinct."""
    score, targets = rnd.set_index("n_labels")[metric], []
    for f in TARGET_FRACTIONS:
        t = float(score[score.index <= f * budget + 1e-9].iloc[-1]) - HAIR
        if 0 < t < 1 and all(abs(t - u) > 1e-9 for u in targets):
            targets.append(t)
    return targets


def play_unit(args) -> list[dict]:
    """Every case of one (set, learner, metric, campaign seed, pilot fraction): a row per policy and per forecast
    (``random range``)."""
    name, model, metric, seed, frac = args
    from corpus import load_xy, read_specs
    from planner.decide.campaign.stop_rule import first_stop

    spec = next(s for s in read_specs() if s.name == name)
    X, y = load_xy(spec)
    n_test = int(spec.test) if int(spec.test) else int(round(0.25 * len(y)))
    budget = int(min(spec.max_budget, spec.budget_frac * (len(y) - n_test)))
    batch = max(1, budget // ROUNDS)
    pilot = max(2 * batch, int(round(frac * budget)))
    oracle, unit = Oracle(y), {"set": name, "model": model, "metric": metric, "seed": seed, "pilot": frac}
    t0 = time.process_time()
    with tempfile.TemporaryDirectory(prefix="alplan-loop-") as tmp:
        work = Path(tmp)
        pool = write_pool(work, X)
        rnd, copies = random_campaign(work, pool, oracle, model=model, seed=seed, pilot=pilot, batch=batch, budget=budget,
                                      test_size=n_test, metric=metric)
        counts, targets = sorted(copies), _targets(rnd, budget, metric)
        switches, plans = {}, {}

        def curve_of(n: int, s: str) -> pd.DataFrame:
            if (n, s) not in switches:
                switches[n, s] = switched(work, copies[n], oracle, s, batch=batch, budget=budget, metric=metric)
            return switches[n, s]

        def measured_at(n: int) -> Path:   # the copy at n measured, as `campaign add` measures it
            if n not in plans:
                plans[n] = measure_added(copies[n])
            return copies[n]

        rows, stops, answers = [], {}, {}

        def stop_of(n: int, s: str | None) -> tuple[float, int]:
            """Where the answer stops a path (random's, or S's switched at n), and the rounds paid past a hit."""
            if (n, s, target) not in stops:
                stops[n, s, target] = first_stop(rnd if s is None else curve_of(n, s), target, confidence=CONFIDENCE,
                                                 metric=metric, after=n)
            return stops[n, s, target]

        for target, (price, days, day_rate) in product(targets, users_cases()):
            setup = days * day_rate
            n_r = stop_of(0, None)[0]
            random_cost = n_r * price if math.isfinite(n_r) else budget * price

            def al_cost(n: int, s: str) -> tuple[float, bool]:
                n_s = stop_of(n, s)[0]
                if math.isfinite(n_s):
                    return n_s * price + setup, True
                return budget * price + setup + random_cost, False

            paths = {RANDOM: random_cost, **{s: al_cost(pilot, s)[0] for s in AL}}
            best, pick = min(paths.values()), min(paths, key=paths.get)
            policies = {"always random": (random_cost, math.isfinite(n_r), "random"),
                        "always margin": (*al_cost(pilot, "margin"), "margin"), "hindsight": (best, True, pick)}

            def answer_at(n: int):   # the answer at n, kept for its range of random's labels to the target
                answers.setdefault((n, target), r := decide(measured_at(n), price, days, day_rate, budget, target,
                                                            metric))
                return r

            for policy in ("once", "loop"):
                policies[policy] = walk(policy, pilot, counts, n_r, answer_at, al_cost, random_cost, price)
            for policy, (cost, reached, how) in policies.items():
                rows.append({**unit, "target": target, "label_price": price, "engineering_days": days,
                             "day_rate": day_rate, "policy": policy, "cost": float(cost), "hindsight": float(best),
                             "regret": (float(cost) - best) / best, "reached": bool(reached), "how": how})
    met = {t: float(rnd.loc[rnd[metric] >= t, "n_labels"].min()) for t in targets}   # where random measured it
    rows += [{**unit, "policy": "random range", "first": n == pilot,
              "covered": bool(w.reachable and w.labels_low <= met[t] <= w.labels_high)}
             for (n, t), r in answers.items() if getattr(r, "forecast", None) is not None and met[t] > n
             for w in [r.forecast.decision.row(RANDOM)]]
    print(f"  {name}/{model}/{metric} seed {seed} pilot {frac:g}: {len(targets)} targets, {len(plans)} decisions, "
          f"{len(switches)} switches, {time.process_time() - t0:.0f} CPU s", flush=True)
    return rows


def table(rows: list[dict]) -> str:
    df = pd.DataFrame(rows)
    cover, df = df[df["policy"] == "random range"], df[~df["policy"].isin(("random range", "stop"))]
    for first, g in cover.groupby("first") if "first" in cover else ():   # random's 80% range against its hit
        print(f"random's 80% range at the {'first' if first else 'later'} answers: {g['covered'].mean():.0%} of "
              f"{len(g)}")
    out = ["| metric | pilot | policy | cases | mean regret | ratio to always random | worst unit ratio | "
           "reached |", "|---|---|---|---|---|---|---|---|"]
    for (metric, pilot), g in df.groupby(["metric", "pilot"]):
        rnd = g[g["policy"] == "always random"]
        base, rnd_units = rnd["regret"].mean(), rnd.groupby(["set", "model"])["regret"].mean()
        for policy in POLICIES:
            s = g[g["policy"] == policy]
            worst = (s.groupby(["set", "model"])["regret"].mean() / rnd_units).replace([np.inf, -np.inf], np.nan).max()
            out.append(f"| {metric} | 1/{round(1 / pilot)} | {policy} | {len(s)} | {s['regret'].mean():.3f} | "
                       f"{s['regret'].mean() / base if base > 0 else math.nan:.2f} | {worst:.2f} | "
                       f"{s['reached'].mean():.0%} |")
    return "\n".join(out)


#: --follow's units, by set: five of :data:`UNITS`.
FOLLOW = {u[0]: u for u in UNITS if u[0] in ("clf3_easy", "clf4_hard", "clf10_hard", "moons_noise30", "users_imb90")}
#: Acts that end the campaign (nothing more is paid), and those whose command is ``alplan campaign next DIR ...``.
ENDS, NEXT, MAX_STEPS = ("stop", "give up"), ("continue", "switch", "split", "test"), 400


def run_printed(command: str | None, act: str) -> None:
    """The answer's ``alplan campaign next DIR ...`` run as printed, through the campaign's own parser and steps."""
    import io

    words = shlex.split(command or "")
    if words[:3] != ["alplan", "campaign", "next"]:
        raise ValueError(f"the answer {act!r} carries {command!r}, not `alplan campaign next DIR ...`")
    commands.run(commands.add_parser(argparse.ArgumentParser().add_subparsers()).parse_args(words[2:]), io.StringIO())


class Follower:
    """One campaign in ``folder`` that follows its answer to the end, paying the oracle for every label asked."""

    def __init__(self, folder: Path, oracle: Oracle, question, prices):
        self.folder, self.oracle, self.question, self.prices = folder, oracle, question, prices
        self.paid, self.trail, self.first_hopeless, self.after_hopeless, self.last = 0, [], None, 0, None

    def label(self) -> int:
        """Label every id out (training and test) and ``add`` them: the labels paid."""
        self.oracle.answer(self.folder, path := self.folder.parent / "answer.csv")
        if n := len(pd.read_csv(path)):
            add_labels(self.folder, [str(path)])
        self.paid += n
        return n

    def ask(self):
        """The answer ``add`` ends with (its ``measure`` taken), and ``plan DIR``'s where it says ``decide``."""
        rec = standing_answer(self.folder)
        if rec.act == Act.MEASURE and rec.reason != Reason.SOURCES and measure_added(self.folder) is not None:
            rec = standing_answer(self.folder)
        if rec.act == Act.DECIDE or rec.question is None:
            rec = answer(self.folder, self.question, self.prices, keep=True)
            self.trail.append(f"{self.paid}:plan")
            if rec.act == Act.DECIDE:
                raise RuntimeError(f"plan DIR answered `decide` again: {rec.command}")
            rows = () if rec.forecast is None else rec.forecast.decision.strategies   # the best path's chance
            if rows and max(1 - s.p_unreachable for s in rows) < 0.1 and self.first_hopeless is None:
                self.first_hopeless = self.paid
        return rec

    def run(self, cap_steps: int = MAX_STEPS) -> str:
        """Follow the answer to its end: the act that ended it (``stop``, ``give up``) and why."""
        for _ in range(cap_steps):
            try:
                rec = self.last = self.ask()
            except ValueError as exc:   # alplan refused the campaign's table: the user is told why, and stops
                return f"refused ({exc})"
            act = str(rec.act)
            self.trail.append(f"{self.paid}:{act}/{rec.reason}" + (f"={rec.strategy}" if act in NEXT else ""))
            if act in ENDS:
                return f"{act} ({rec.reason})"
            if act == Act.LABEL:
                if not self.label():
                    raise RuntimeError(f"the answer says label ({rec.command}), and no id is out")
            elif act == Act.MEASURE:
                write_curve(*measure(self.folder))
            elif act in NEXT:
                if act == Act.TEST and shlex.split(rec.command or "")[-2:] != ["--test", str(rec.order)]:
                    raise ValueError(f"the answer orders {rec.order} test labels and its command is {rec.command!r}")
                run_printed(rec.command, act)
                n = self.label()
                self.after_hopeless += n if self.first_hopeless is not None else 0
            else:
                raise NotImplementedError(f"the answer says {act!r} ({rec.command!r}): not followed here")
        raise RuntimeError(f"no end after {cap_steps} answers: {' '.join(self.trail[-6:])}")


def scout_score(work: Path, pool: Path, oracle: Oracle, model: str, seed: int, test: int, n_rows: int, metric: str):
    """The learner on every non-test id of the pool, scored on the truth: what the pool can reach."""
    start(folder := work / "scout", pool, model=model, strategy=RANDOM, seed=seed, initial=n_rows - test,
          batch_size=1, test_size=test)
    oracle.answer(folder, work / "scout.csv")
    add_labels(folder, [str(work / "scout.csv")])
    return float(true_scores(folder, _curve(folder, metric)[["round", "n_labels"]], oracle, metric)["truth"].iloc[-1])


def play_follow(args) -> list[dict]:
    """--follow: every target of one (set, learner, metric, seed), its campaign following the answer: a row each."""
    (name, model, metric, seed), a = args
    from corpus import load_xy, read_specs
    spec = next(s for s in read_specs() if s.name == name)
    if spec.part != "selection":
        raise ValueError(f"{name} is of the {spec.part} part: this benchmark plays the selection part only")
    (X, y), rng = load_xy(spec), np.random.default_rng(seed)
    keep = np.sort(rng.choice(len(y), size=min(a.pool, len(y)), replace=False))
    X, y, oracle = X[keep], y[keep], Oracle(y[keep])
    mixes = users_cases()
    rows, t0 = [], time.process_time()
    with tempfile.TemporaryDirectory(prefix="alplan-follow-") as tmp:
        work = Path(tmp)
        pool = write_pool(work, X)
        reach = scout_score(work, pool, oracle, model, seed, a.test, len(y), metric)
        for kind, target in (("near", reach - a.near), ("far", min(reach + a.far, 0.999))):
            price, days, day_rate = mixes[int(rng.integers(len(mixes)))]
            if kind not in a.kinds.split(","):   # drawn all the same: --kinds plays the full run's cases
                continue
            folder = work / f"campaign-{kind}"
            start(folder, pool, model=model, strategy=RANDOM, seed=seed, initial=a.batch, batch_size=a.batch,
                  test_size=a.test)
            prices = Prices(scenario=Scenario(label_price=price, engineering_days=days, day_rate=day_rate,
                                              compute_per_round=0.0))
            f = Follower(folder, oracle, Question(target, metric=metric, confidence=CONFIDENCE, budget=a.cap,
                                                  flags=("--target", f"{target:g}", "--budget", str(a.cap))), prices)
            f.label()
            end = f.run()
            c = Campaign.load(folder)
            held = c.asked.set_index("id")["role"].loc[c.labels["id"]]
            train, test = int((held == "train").sum()), int((held == "test").sum())
            refused = end.startswith("refused")   # the pilot's labels refused (one class): nothing measured to score
            rounds = None if refused else _curve(folder, metric)
            truth = pd.Series([np.nan]) if refused else true_scores(folder, rounds[["round", "n_labels"]], oracle,
                                                                    metric)["truth"]
            hits = truth.index[truth.to_numpy() >= target]
            crossing = float(hits[0]) if len(hits) else None
            setup = days * day_rate if c.setup_paid_by else 0.0
            rows.append({"set": name, "model": model, "metric": metric, "seed": seed, "kind": kind, "target": target,
                         "reach": reach, "label_price": price, "setup": days * day_rate, "end": end,
                         "trail": " ".join(f.trail), "paid": f.paid, "train": train, "test": test,
                         "test_initial": a.test, "batch": a.batch, "dollars": f.paid * price + setup,
                         "truth": float(truth.iloc[-1]),
                         "p_met": None if getattr(f.last, "measured", None) is None else float(f.last.measured.p_met),
                         "crossing": crossing, "out_of_reach": crossing is None and reach < target,
                         "hindsight": None if crossing is None else crossing * price + setup * bool(
                             (rounds.loc[rounds["n_labels"] <= crossing, "strategy"].astype(str) != RANDOM).any()),
                         "first_hopeless": f.first_hopeless, "after_hopeless": f.after_hopeless,
                         "reach_stated": None if getattr(f.last, "reach", None) is None else f.last.reach.score})
            print(f"  {name}/{model} seed {seed} {kind} target {target:.3f}: {end}, {f.paid} labels "
                  f"({test} test), truth {truth.iloc[-1]:.3f}, crossing {crossing}", flush=True)
    print(f"  {name}/{model}/{metric} seed {seed}: {time.process_time() - t0:.0f} CPU s", flush=True)
    return rows


def follow_table(rows: list[dict], pool: int) -> str:
    """--follow: what the user who follows the answer gets, each cell near / far targets; beside it what no stop at
    the product's confidence beats on ``pool`` ids: the crossed paths never stopped whose true score at their end
    takes more test labels to tell from the target than the ids their training labels leave (:func:`labels_to_tell`;
    none at the target or below), the first test split's dollars beside hindsight's (which buys no test label), a
    stop's rounds after the true crossing (training labels; every label past the first test split)."""
    def _q(s: pd.Series, q: float) -> str:
        return "-" if s.dropna().empty else f"{s.dropna().quantile(q):.2f}"
    df, cells = pd.DataFrame(rows), []
    for kind in ("near", "far"):
        g = df[df["kind"] == kind]
        met, gave = g["end"].str.startswith("stop (met"), g["end"].str.startswith("give up")
        s, far, ratio = g[met], g[g["out_of_reach"]], g[met]["paid"] / g[met]["crossing"]
        never = g[~met & ~gave & g["crossing"].notna()]
        untold = sum(t <= x or labels_to_tell(t, x, 0.0, CONFIDENCE) > pool - n
                     for t, x, n in zip(never["truth"], never["target"], never["train"]))
        h, c = g[g["hindsight"] > 0], s[s["crossing"].notna()]
        floor = 1 + h["test_initial"] * h["label_price"] / h["hindsight"]
        late = [(c[k] - c["crossing"] - c["test_initial"] * (k == "paid")) / c["batch"] for k in ("train", "paid")]
        orders = [t.split("=")[1] for trail in g["trail"] for t in trail.split() if "=" in t]
        cells.append([f"{len(g)}", f"{met.sum()} / {len(g) - met.sum() - gave.sum()} / {gave.sum()}",
                      f"{(s['truth'] >= s['target']).mean():.0%} ({s['p_met'].mean():.0%})" if len(s) else "-",
                      f"{len(never)} ({untold})", f"{_q(ratio, 0.5)} ({_q(ratio, 0.9)})",
                      " / ".join(_q(x, 0.5) for x in late), f"{(g['test'] - g['test_initial']).sum()}",
                      f"{_q(g['dollars'] / h['hindsight'], 0.5)} ({_q(floor, 0.5)})",
                      f"${far['dollars'].sum():,.0f} ({len(far)})", f"{far['after_hopeless'].sum():,}",
                      f"{sum(o != RANDOM for o in orders)} of {len(orders)}"])
    head = ("targets | cases | ends: stop met / other / give up | stops held (stated) | never stopped, truth crossed "
            "(no test split left tells) | labels paid at stop / true crossing, median (p90) | a stop's rounds after the "
            "true crossing: training / every label past the first test split | test labels bought | dollars / "
            "hindsight, median (the first test split alone) | dollars on targets out of reach (cases) | labels ordered "
            "past a <10% forecast | orders not random")
    return "\n".join([f"| {head} |", "|---" * 12 + "|", "| near / far | " + " | ".join(
        f"{a}; {b}" if "/" in a else f"{a} / {b}" for a, b in zip(*cells)) + " |"])


def follow(a) -> int:
    """--follow: every case of :data:`FOLLOW` (or ``--units``) and seed, the table printed."""
    if a.quick:
        a.units, a.seeds, a.pool, a.test = "clf3_easy", "0", 200, 50
    a.cap = a.pool - a.test if a.cap is None else a.cap
    units = list(FOLLOW.values()) if a.units is None else [FOLLOW.get(u) or tuple(u.split("/")) for u in a.units.split(",")]
    rows = []
    for (name, model, metric), seed in product(units, [int(x) for x in (a.seeds or "0,1,2").split(",")]):
        rows += play_follow(((name, model, metric, seed), a))
        if a.out:   # after every case: a run cut short keeps what it played
            Path(a.out).mkdir(parents=True, exist_ok=True)
            (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(follow_table(rows, a.pool))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seeds", default=None, help="campaign seeds, comma-separated (default 0,1; --follow 0,1,2)")
    ap.add_argument("--pilots", default="8", help="pilot fractions as denominators, comma-separated (default 8)")
    ap.add_argument("--units", default=None, help="comma-separated set names (default every unit); --follow also "
                    "SET/LEARNER/METRIC of any selection-part set")
    ap.add_argument("--quick", action="store_true", help="one small unit, one seed: a smoke run")
    ap.add_argument("--report", action="store_true", help="the report part's units (read once) for every unit")
    ap.add_argument("--out", default=None, help="folder for rows.json")
    ap.add_argument("--from-rows", default=None, help="print the tables of a rows.json, nothing run")
    ap.add_argument("--follow", action="store_true", help="follow the answer to its end instead (below)")
    for flag, default, what in (("--pool", 600, "pool rows drawn from the set"), ("--test", 150, "the test split"),
                                ("--batch", 20, "initial set and batch size"), ("--cap", None, "the question's budget "
                                "(default: the pool's non-test ids)"), ("--near", 0.03, "the scout's score less this: "
                                "the near target"), ("--far", 0.03, "the scout's score plus this: the far target"),
                                ("--kinds", "near,far", "the targets played, near and/or far")):
        ap.add_argument(flag, type=type(default or 0), default=default, help=f"--follow: {what}")
    a = ap.parse_args(argv)
    if a.from_rows:
        rows = json.loads(Path(a.from_rows).read_text())
        print(follow_table(rows, a.pool) if rows and "kind" in rows[0] else table(rows))
        return 0
    if a.follow:
        return follow(a)
    units = QUICK if a.quick else tuple(u for u in (REPORT if a.report else UNITS + WALK + REAL if a.units else UNITS)
                                        if a.units is None or u[0] in a.units.split(","))
    fracs = [1 / int(d) for d in a.pilots.split(",")]
    seeds = [0] if a.quick else [int(x) for x in (a.seeds or "0,1").split(",")]
    jobs = [(n, m, met, s, f) for s in seeds for f in fracs for (n, m, met) in units]
    rows = []
    Path(a.out).mkdir(parents=True, exist_ok=True) if a.out else None
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        for done in as_completed([ex.submit(play_unit, job) for job in jobs]):
            rows.extend(done.result())
            if a.out:  # after every unit: a run cut short keeps what it played
                (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
