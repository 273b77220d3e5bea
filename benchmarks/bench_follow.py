"""Following the answer: a campaign that does what the product's answer says at every step, to its end, every label
paid, scored on what the user gets.

A *case*: ``--pool N`` rows of a selection-part set (its labels the oracle), a learner, a metric, a target, a seed
and a users'-mix price. ``campaign start --strategy random``; the oracle labels the ids out and ``add`` takes them;
then the answer ``add`` ends with (``service.standing_answer``, its ``measure`` taken as ``add`` takes it), or where it
says ``decide`` or no question stands, ``plan DIR --target X --budget CAP``'s (``service.answer(..., keep=True)``).
Its act is carried out by its ``act`` and its ``command``'s flags (``label``, ``measure``; ``continue``/``switch``/
``split``: one ``campaign next``; ``test``: ``next --test N``, labeled as test labels; ``stop``/``give up`` end it;
any other act raises). **Targets**: a scout's true score S with every non-test id labeled, less ``--near`` and plus
``--far``. **The truth**: the campaign's learner at each round on every pool id it never trained on
(``bench_loop.true_scores``); hindsight buys the true crossing's training labels, no test label.

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/bench_follow.py --out /tmp/follow   # 5 sets, 3 seeds
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_follow.py --from-rows /tmp/follow/rows.json

Writes ``<out>/rows.json`` (a row per case) and prints the table of RESULTS.md's "Following the answer".
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
import time
from itertools import product
from pathlib import Path

import numpy as np
import pandas as pd

sys.path[:0] = [p for p in (str(Path(__file__).resolve().parent),) if p not in sys.path]
from bench_loop import CONFIDENCE, RANDOM, Oracle, _curve, true_scores, users_cases, write_pool  # noqa: E402

#: (selection set, learner, metric).
UNITS = (("clf3_easy", "logreg", "accuracy"), ("clf4_hard", "logreg", "accuracy"), ("clf10_hard", "logreg", "accuracy"),
         ("moons_noise30", "knn", "accuracy"), ("users_imb90", "knn", "macro_f1"))
#: Acts that end the campaign: nothing more is paid.
ENDS = ("stop", "give up")
#: Acts that order a training batch through ``campaign next`` and the flags their command may carry.
ORDERS = {"continue": ("--strategy", "--decide-at"), "switch": ("--strategy", "--decide-at"),
          "split": ("--split", "--decide-at")}
MAX_STEPS = 400


def command_flags(command: str | None, act: str, allowed) -> dict:
    """The flags of the answer's ``command`` (``alplan campaign next DIR --flag V ...``) as keywords of
    ``steps.next_batch``; one it does not know raises (a command the product writes differently is not guessed)."""
    words = shlex.split(command or "")
    if words[:3] != ["alplan", "campaign", "next"]:
        raise ValueError(f"the answer {act!r} carries {command!r}, not `alplan campaign next DIR ...`")
    flags = dict(zip(words[4::2], words[5::2]))
    if len(words[4:]) % 2 or set(flags) - set(allowed):
        raise ValueError(f"the answer {act!r}'s command {command!r} has flags the benchmark does not follow")
    return {k.lstrip("-").replace("-", "_"): (int(v) if k in ("--decide-at", "--test") else v) for k, v in
            flags.items()}


class Follower:
    """One campaign in ``folder`` that follows its answer to the end, paying the oracle for every label asked."""

    def __init__(self, folder: Path, oracle: Oracle, question, prices):
        self.folder, self.oracle, self.question, self.prices = folder, oracle, question, prices
        self.paid, self.trail, self.first_hopeless, self.after_hopeless, self.last = 0, [], None, 0, None

    def label(self) -> int:
        """Label every id out (training and test) and ``add`` them: the labels paid."""
        from planner.campaign.steps import add_labels
        self.oracle.answer(self.folder, path := self.folder.parent / "answer.csv")
        n = len(pd.read_csv(path))
        if n:
            add_labels(self.folder, [str(path)])
        self.paid += n
        return n

    def ask(self):
        """The answer as the user reads it after ``add``: the standing answer (a ``measure`` it asks taken as
        ``add`` takes it), and ``plan DIR``'s where it says ``decide`` or no question stands."""
        from planner.campaign.service import answer, measure_added, standing_answer
        rec = standing_answer(self.folder)
        if rec.act == "measure" and rec.reason != "sources" and measure_added(self.folder) is not None:
            rec = standing_answer(self.folder)
        if rec.act == "decide" or rec.question is None:
            rec = answer(self.folder, self.question, self.prices, keep=True)
            self.trail.append(f"{self.paid}:plan")
            if rec.act == "decide":
                raise RuntimeError(f"plan DIR answered `decide` again: {rec.command}")
            rows = () if rec.forecast is None else rec.forecast.decision.strategies   # the best path's chance
            if rows and max(1 - s.p_unreachable for s in rows) < 0.1 and self.first_hopeless is None:
                self.first_hopeless = self.paid
        return rec

    def run(self, cap_steps: int = MAX_STEPS) -> str:
        """Follow the answer to its end: the act that ended it (``stop``, ``give up``) and why."""
        from planner.campaign.measuring import measure, write_curve
        from planner.campaign.split_draw import more_test_ids
        from planner.campaign.steps import next_batch
        for _ in range(cap_steps):
            try:
                rec = self.last = self.ask()
            except ValueError as exc:   # alplan refused the campaign's table: the user is told why, and stops
                return f"refused ({exc})"
            act = str(rec.act)
            self.trail.append(f"{self.paid}:{act}/{rec.reason}" + (f"={rec.strategy}" if act in ORDERS else ""))
            if act in ENDS:
                return f"{act} ({rec.reason})"
            if act == "label" and not self.label():
                raise RuntimeError(f"the answer says label ({rec.command}), and no id is out")
            elif act == "measure":
                write_curve(*measure(self.folder))
            elif act == "test":
                n = command_flags(rec.command, act, ("--test",))["test"]
                if n != int(rec.order):
                    raise ValueError(f"the answer orders {rec.order} test labels and its command draws {n}")
                more_test_ids(self.folder, n)
                self.after_hopeless += n if self.first_hopeless is not None else 0
                self.label()
            elif act in ORDERS:
                next_batch(self.folder, **command_flags(rec.command, act, ORDERS[act]))
                n = self.label()
                self.after_hopeless += n if self.first_hopeless is not None else 0
            else:
                raise NotImplementedError(f"the answer says {act!r} ({rec.command!r}): not followed here")
        raise RuntimeError(f"no end after {cap_steps} answers: {' '.join(self.trail[-6:])}")


def scout_score(work: Path, pool: Path, oracle: Oracle, model: str, seed: int, test: int, n_rows: int, metric: str):
    """The learner on every non-test id of the pool, scored on the test ids: what the pool can reach."""
    from planner.campaign.steps import add_labels, start
    start(folder := work / "scout", pool, model=model, strategy=RANDOM, seed=seed, initial=n_rows - test,
          batch_size=1, test_size=test)
    oracle.answer(folder, work / "scout.csv")
    add_labels(folder, [str(work / "scout.csv")])
    return float(true_scores(folder, _curve(folder, metric)[["round", "n_labels"]], oracle, metric)["truth"].iloc[-1])


def play(args) -> list[dict]:
    """Every target of one (set, learner, metric, seed): a row each."""
    (name, model, metric, seed), a = args
    from corpus import load_xy, read_specs
    from planner.campaign import Prices, Question
    from planner.campaign.state import Campaign
    from planner.campaign.steps import start
    from planner.decide.costs import Scenario

    spec = next(s for s in read_specs() if s.name == name)
    if spec.part != "selection":
        raise ValueError(f"{name} is of the {spec.part} part: this benchmark plays the selection part only")
    X, y = load_xy(spec)
    rng = np.random.default_rng(seed)
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
            folder = work / f"campaign-{kind}"
            start(folder, pool, model=model, strategy=RANDOM, seed=seed, initial=a.batch, batch_size=a.batch,
                  test_size=a.test)
            prices = Prices(scenario=Scenario(label_price=price, engineering_days=days, day_rate=day_rate,
                                              compute_per_round=0.0), label_price=price)
            f = Follower(folder, oracle, Question(target, metric=metric, confidence=CONFIDENCE, budget=a.cap,
                                                  flags=("--target", f"{target:g}", "--budget", str(a.cap))), prices)
            f.label()
            end = f.run()
            c = Campaign.load(folder)
            held = c.asked.set_index("id")["role"].loc[c.labels["id"]]
            train, test = int((held == "train").sum()), int((held == "test").sum())
            rounds = _curve(folder, metric)
            truth = true_scores(folder, rounds[["round", "n_labels"]], oracle, metric)["truth"]
            hits = truth.index[truth.to_numpy() >= target]
            crossing = float(hits[0]) if len(hits) else None
            setup = days * day_rate if c.setup_paid_by else 0.0
            rows.append({"set": name, "model": model, "metric": metric, "seed": seed, "kind": kind, "target": target,
                         "reach": reach, "label_price": price, "setup": days * day_rate, "end": end,
                         "trail": " ".join(f.trail), "paid": f.paid, "train": train, "test": test,
                         "test_initial": a.test, "batch": a.batch, "dollars": f.paid * price + setup,
                         "truth": float(truth.iloc[-1]),
                         "p_met": None if f.last.measured is None else float(f.last.measured.p_met),
                         "crossing": crossing, "out_of_reach": crossing is None and reach < target,
                         "hindsight": None if crossing is None else crossing * price + setup * bool(
                             (rounds.loc[rounds["n_labels"] <= crossing, "strategy"].astype(str) != RANDOM).any()),
                         "first_hopeless": f.first_hopeless, "after_hopeless": f.after_hopeless,
                         "reach_stated": None if getattr(f.last, "reach", None) is None else f.last.reach.score})
            print(f"  {name}/{model} seed {seed} {kind} target {target:.3f}: {end}, {f.paid} labels "
                  f"({test} test), truth {truth.iloc[-1]:.3f}, crossing {crossing}", flush=True)
    print(f"  {name}/{model}/{metric} seed {seed}: {time.process_time() - t0:.0f} CPU s", flush=True)
    return rows


def _q(s: pd.Series, q: float) -> str:
    return "-" if s.dropna().empty else f"{s.dropna().quantile(q):.2f}"


def table(rows: list[dict]) -> str:
    """What the user who follows the answer gets, each cell near / far targets."""
    df, cells = pd.DataFrame(rows), []
    for kind in ("near", "far"):
        g = df[df["kind"] == kind]
        met, gave = g["end"].str.startswith("stop (met"), g["end"].str.startswith("give up")
        s, far, ratio = g[met], g[g["out_of_reach"]], g[met]["paid"] / g[met]["crossing"]
        cells.append([f"{len(g)}", f"{met.sum()} / {len(g) - met.sum() - gave.sum()} / {gave.sum()}",
                      f"{(s['truth'] >= s['target']).mean():.0%} ({s['p_met'].mean():.0%})" if len(s) else "-",
                      f"{(~met & ~gave & g['crossing'].notna()).sum()}", f"{_q(ratio, 0.5)} ({_q(ratio, 0.9)})",
                      f"{(g['test'] - g['test_initial']).sum()}",
                      _q(g["dollars"] / g["hindsight"].where(g["hindsight"] > 0), 0.5),
                      f"${far['dollars'].sum():,.0f} ({len(far)})", f"{far['after_hopeless'].sum():,}"])
    head = ("targets | cases | ends: stop met / other / give up | stops held (stated) | never stopped, truth crossed | "
            "labels paid at stop / true crossing, median (p90) | test labels bought | dollars / hindsight, median | "
            "dollars on targets out of reach (cases) | labels ordered past a <10% forecast")
    return "\n".join([f"| {head} |", "|---" * 10 + "|", "| near / far | " + " | ".join(
        f"{a}; {b}" if "/" in a else f"{a} / {b}" for a, b in zip(*cells)) + " |"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", default=None, help="comma-separated set names of UNITS, or SET/LEARNER/METRIC of any "
                    "selection-part set (default every unit)")
    ap.add_argument("--seeds", default="0,1,2", help="campaign seeds, comma-separated (default 0,1,2)")
    ap.add_argument("--pool", type=int, default=600, help="pool rows drawn from the set (default 600)")
    ap.add_argument("--test", type=int, default=150, help="the campaign's test split (default 150)")
    ap.add_argument("--batch", type=int, default=20, help="initial set and batch size (default 20)")
    ap.add_argument("--cap", type=int, default=None, help="the question's budget: training labels in all (default: "
                    "the pool's non-test ids)")
    ap.add_argument("--near", type=float, default=0.03, help="the near target: the scout's score less this")
    ap.add_argument("--far", type=float, default=0.03, help="the far target: the scout's score plus this")
    ap.add_argument("--quick", action="store_true", help="one set, one seed, a 200-row pool: a smoke run")
    ap.add_argument("--out", default=None, help="folder for rows.json")
    ap.add_argument("--from-rows", default=None, help="print the table of a rows.json, nothing run")
    a = ap.parse_args(argv)
    if a.from_rows:
        print(table(json.loads(Path(a.from_rows).read_text())))
        return 0
    if a.quick:
        a.units, a.seeds, a.pool, a.test = UNITS[0][0], "0", 200, 50
    a.cap = a.pool - a.test if a.cap is None else a.cap
    named = {u[0]: u for u in UNITS}
    units = list(UNITS) if a.units is None else [named.get(u) or tuple(u.split("/")) for u in a.units.split(",")]
    rows = []
    for (name, model, metric), seed in product(units, [int(x) for x in a.seeds.split(",")]):
        rows += play(((name, model, metric, seed), a))
        if a.out:   # after every case: a run cut short keeps what it played
            Path(a.out).mkdir(parents=True, exist_ok=True)
            (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
