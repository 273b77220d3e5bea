"""Labels from a source, measured against a truth: labeled sets with planted sources, played through the CLI.

Aims, stated before the runs: (1) the 80% interval ``campaign status`` gives a source's accuracy (on the test ids)
covers its planted accuracy (over the whole pool) for 75% to 88% of the sources; (2) ``plan DIR``'s pick has a mean
regret against hindsight of at most 0.10 in the users' mix, below always-human's and always-source's, and no higher
with its re-label options (``sources_relabel_design.md``) than without; (3) where each path is cheapest: reported;
(4) the forecast options' P past a trial's measured counts against hindsight (:func:`calibration`): reported.

A case: a set (digits, wine, breast cancer; a 3-class ``make_classification``, 5% in the rarest), a seed. Sources on
the whole pool (``--source-share S``: one seeded share S of it): ``rare_weak`` (a class's labels go to the most
frequent class with 40% of its shortfall in frequency, 3% flipped elsewhere), ``noise15``, ``near2`` (15%, 2% uniform
noise), ``useless`` (random). Through the CLI: ``campaign start --strategy random`` (40 initial ids, a 20% test split
of 40 to 150), round 0's human labels, ``add --source``, ``measure``, ``status --json``, ``plan --json``; priced as
``plan DIR`` prices (:func:`bench_loop.decide`) in the users' mix at $0.002 and a quarter of the human price a source
label. The truth: a second campaign (seed + 1, a 30% test split), the true labels a source; targets: its curve at 2x
the initial set and at the last count before the whole pool, less 1e-6, where labels are left to buy. Hindsight: the
human labels beyond those in hand (random for the answer's path), or a source's labels to where it reaches (never:
all, then the human path); the ``3`` fields add the source with every disagreement of the cross-fitted learner
re-labeled truly; ``fill_cost``: the truth campaign's human training labels with the source's for the rest
(``sources_fill_design.md``: not weighed by the pick). Regret = (cost of the pick - hindsight) / hindsight.

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/bench_sources.py --jobs 2 --seeds $(seq -s, 0 9)
"""

from __future__ import annotations

import argparse
import io
import json
import math
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import product
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_loop import HAIR, ROOT, Oracle, decide, users_cases, write_pool  # noqa: E402
from evaluate_decisions import first_crossing as first  # noqa: E402
from sklearn import datasets  # noqa: E402

from planner.campaign import commands  # noqa: E402
from planner.decide.campaign.source_path import source_paths, source_pick  # noqa: E402
from planner.campaign.sources import SOURCE_CURVE, Campaign, read_sources, source_curves  # noqa: E402

SETS = ("digits", "wine", "breast_cancer", "imbalanced")
SOURCES = ("rare_weak", "noise15", "near2", "useless")
INITIAL, BATCH, LLM_PRICE = 40, 20, 0.002


def planted(kind: str, y: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """A source's labels of the pool's ``y`` (classes 0..k-1)."""
    other = (y + rng.integers(1, k, len(y))) % k
    if kind == "useless":
        return rng.integers(0, k, len(y))
    if kind == "rare_weak":
        freq = np.bincount(y, minlength=k) / len(y)
        to_top = rng.random(len(y)) < 0.4 * (1 - freq[y] / freq.max())
        return np.where(to_top, int(freq.argmax()), np.where(rng.random(len(y)) < 0.03, other, y))
    return np.where(rng.random(len(y)) < {"noise15": 0.15, "near2": 0.02}[kind], other, y)


def cli(*argv) -> str:
    if argv[0] != "campaign":   # ``alplan ARGV``'s output from a fresh process; a campaign step runs here, below
        return subprocess.run([sys.executable, "-m", "planner.cli", *map(str, argv)], capture_output=True, text=True,
                              check=True, cwd=ROOT).stdout
    args = commands.add_parser(argparse.ArgumentParser().add_subparsers()).parse_args([str(a) for a in argv[1:]])
    commands.run(args, out := io.StringIO())
    return out.getvalue()


def campaign(folder: Path, pool: Path, y, seed: int, test_size: int, labels: dict, ids=slice(None)) -> None:
    """Start a random campaign on ``pool``, add round 0's human labels, each source of ``labels`` (``ids``), measure."""
    cli("campaign", "start", folder, "--pool", pool, "--strategy", "random", "--seed", seed, "--initial", INITIAL,
        "--batch-size", BATCH, "--test-size", test_size)
    Oracle(y).answer(folder, folder.with_suffix(".0.csv"))
    cli("campaign", "add", folder, folder.with_suffix(".0.csv"))
    for kind, own in labels.items():
        path = folder.with_suffix(f".{kind}.csv")
        pd.DataFrame({"id": np.arange(len(y)), "label": own}).iloc[ids].to_csv(path, index=False)
        cli("campaign", "add", folder, path, "--source", kind, "--source-price", LLM_PRICE)
    cli("campaign", "measure", folder)


def play(job) -> list[dict]:
    """Every row of one (set, seed[, source share]): a row per source, target, priced scenario and source price."""
    name, seed, quick, share = (*job, 1.0)[:4]
    X, y = (datasets.make_classification(1500, n_features=12, n_informative=6, n_classes=3, weights=[0.75, 0.2, 0.05],
            random_state=seed) if name == "imbalanced" else getattr(datasets, f"load_{name}")(return_X_y=True))
    y = np.unique(y, return_inverse=True)[1]
    k, rng = int(y.max()) + 1, np.random.default_rng(seed)
    truth = {kind: planted(kind, y, k, rng) for kind in SOURCES}
    rows = []
    with tempfile.TemporaryDirectory(prefix="alplan-sources-") as tmp:
        d, t, pool = Path(tmp) / "camp", Path(tmp) / "truth", write_pool(Path(tmp), X)
        test_size = int(min(150, max(40, round(0.2 * len(y)))))
        room = len(y) - test_size   # forecast up to the pool's non-test ids (a source on all of them: nothing past)
        campaign(d, pool, y, seed, test_size, truth, slice(None) if share >= 1 else
                 np.random.default_rng([seed, 101]).permutation(len(y))[:round(share * len(y))])
        campaign(t, pool, y, seed + 1, int(0.3 * len(y)), {**truth, "truth": y})
        status = {s["source"]: s for s in json.loads(cli("campaign", "status", d, "--json"))["sources"]}
        curves = {s[len("source:"):]: g.set_index("n_labels")["accuracy"]
                  for s, g in pd.read_csv(t / SOURCE_CURVE).groupby("strategy") if s.startswith("source:")}
        held_t = read_sources(t)   # hindsight's re-label path: every disagreement re-labeled with the true label
        again = source_curves(Campaign.load(t), held_t[held_t["source"] != "truth"], held_t[held_t["source"] == "truth"]
                              )[0].set_index("n_labels").groupby("strategy")
        human, counts = curves["truth"], list(curves["truth"].index)
        inner = counts[1:-1] or counts[-1:]
        targets = sorted({float(human[n]) - HAIR for n in (inner[0], inner[-1])})
        targets = [x for x in targets if first(human, x) > INITIAL][: 1 if quick else 2]   # labels left to buy
        if not targets:
            return rows
        shown = json.loads(cli("plan", d, "--target", targets[0], "--label-price", 1, "--json"))["source_pick"]
        curve, mix = pd.read_csv(d / SOURCE_CURVE), users_cases()[:1] if quick else users_cases()
        measured_curves = {s: [[int(n), float(a), float(t)] for n, a, t in curve.loc[curve["strategy"] == f"source:{s}",
                           ["n_labels", "accuracy", "test_size"]].itertuples(index=False)] for s in SOURCES}
        paths = {(x, s): source_paths(curve[curve["strategy"].str.endswith(f":{s}")],
                                      {s: {"price_per_label": 1}}, x, pool_size=room) for x in targets for s in SOURCES}
        for target, (price, days, rate) in product(targets, mix):
            rec = decide(d, price, days, rate, len(y) - test_size, target, "accuracy", strategies=None)
            ns = SimpleNamespace(**vars(rec), verdict=rec.forecast)   # the service's answer, as its own pick reads it
            human_cost = (first(human, target) - INITIAL) * price
            for s, sp in product(SOURCES, (LLM_PRICE, price / 4)):
                both = [replace(p, price_per_label=sp) for p in paths[target, s]]   # the forecast read once
                pick, with_relabel = (source_pick(ns, [p for p in both if p.kind == "source"], price),
                                      source_pick(ns, both, price))
                n_s, hr, hf = first(curves[s], target), again.get_group(f"relabel:{s}"), again.get_group(f"fill:{s}")
                source_cost = n_s * sp if math.isfinite(n_s) else counts[-1] * sp + human_cost
                k = first(hr["accuracy"], target) if math.isfinite(first(hr["accuracy"], target)) else hr.index[-1]
                relabel_cost = k * sp + round(hr.at[k, "disagreement"] * k) * price + human_cost * (hr.at[
                    k, "accuracy"] < target)
                fill_cost = hf["source_labels"].iloc[-1] * sp + human_cost * (hf["accuracy"].iloc[-1] < target)
                best, m, best3 = min(human_cost, source_cost), status[s], min(human_cost, source_cost, relabel_cost)
                cost = source_cost if pick.cheapest == "source" else human_cost
                cost3 = {"source": source_cost, "relabel": relabel_cost}.get(with_relabel.cheapest, human_cost)
                rows.append({"set": name, "seed": seed, "source": s, "planted": float(np.mean(truth[s] == y)),
                    "measured": m["accuracy"], "low": m["low"], "high": m["high"], "test_scored": m["test_scored"],
                    "target": target, "label_price": price, "engineering_days": days, "day_rate": rate,
                    "source_price": sp, "answer": ns.act, "answer_status": pick.answer_status,
                    "pick": pick.cheapest or "answer", "human_cost": human_cost, "source_cost": source_cost,
                    "hindsight": best, "regret": (cost - best) / best, "human_regret": (human_cost - best) / best,
                    "source_regret": (source_cost - best) / best, "source_cheapest": bool(source_cost < human_cost),
                    "plan_json_pick": shown["cheapest"], "answer_cost": pick.answer_cost,
                    "answer_more": pick.answer_more_than, "source_p": pick.source_p, "answer_p": pick.answer_p,
                    "answer_expected": pick.answer_expected_cost, "share": share,
                    "pick_forecast": bool(pick.cheapest == "source" and pick.source_forecast),
                    "points": [[o.labels, o.p, o.forecast] for o in pick.options], "relabel_cost": relabel_cost,
                    "hindsight3": best3, "regret3": (cost3 - best3) / best3, "regret3_without": (cost - best3) / best3,
                    "relabel_cheapest": bool(relabel_cost < best), "relabel_picked": with_relabel.cheapest == "relabel",
                    "fill_cost": fill_cost, "fill_cheapest": bool(fill_cost < best3), "room": room,
                    "measured_curve": measured_curves[s],
                    "truth_curve": [[int(n), float(a)] for n, a in curves[s].items()]})
    print(f"  {name} seed {seed}: {len(rows)} rows", file=sys.stderr, flush=True)
    return rows


def calibration(rows: list[dict]) -> dict:
    """The forecast options' P against hindsight: one per set, seed, source, target and count, met where the truth
    campaign's curve of the same source reaches the target by that count (read at its last count past it): their
    number, Brier score, mean P stated and share met, and both by bin of P."""
    seen = {}
    for r in rows:
        tc = sorted(r.get("truth_curve") or [])
        first = next((n for n, a in tc if a >= r["target"]), math.inf)
        for n, p, forecast in r["points"]:
            if forecast:
                seen[(r["set"], r["seed"], r["source"], r["target"], n)] = (p, first <= n)
    if not seen:
        return {"options": 0}
    c = pd.DataFrame(list(seen.values()), columns=["p", "met"])
    bins = pd.cut(c["p"], [-0.001, 0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0])
    return {"options": len(c), "brier": float(((c["p"] - c["met"]) ** 2).mean()), "stated": float(c["p"].mean()),
            "met": float(c["met"].mean()),
            "bins": {str(b): {"n": len(g), "stated": float(g["p"].mean()), "met": float(g["met"].mean())}
                     for b, g in c.groupby(bins, observed=True)}}


def summary(rows: list[dict]) -> dict:
    """Coverage (an interval per set, seed, source); the forecast options' :func:`calibration`; the shares of rows
    where a source is cheapest, picked, picked at a forecast count; per policy (the pick, always human, always the
    source): regret mean, median, dollars paid over hindsight's, share on hindsight's path. Overall and by source."""
    df = pd.DataFrame(rows).assign(pick_cost=lambda d: d["source_cost"].where(d["pick"] == "source", d["human_cost"]))
    per = df.drop_duplicates(["set", "seed", "source"])
    covered = (per["low"] <= per["planted"]) & (per["planted"] <= per["high"])

    def scores(g: pd.DataFrame, hit) -> dict:
        return {"coverage": float(hit.mean()), "intervals": len(hit), "rows": len(g),
                "source_cheapest": float(g["source_cheapest"].mean()), "forecast_picked": float(g.pick_forecast.mean()),
                "source_picked": float((g["pick"] == "source").mean()),
                **{p: {"mean": float(g[r].mean()), "median": float(g[r].median()), "right": float((g[r] == 0).mean()),
                       "dollars": float(g[c].sum() / g["hindsight"].sum())}
                   for p, r, c in (("pick", "regret", "pick_cost"), ("human", "human_regret", "human_cost"),
                                   ("source", "source_regret", "source_cost"))}}

    return {**scores(df, covered), "calibration": calibration(rows),
            "by_source": {s: {**scores(g, covered[per["source"] == s]),
                              "calibration": calibration([r for r in rows if r["source"] == s])}
                          for s, g in df.groupby("source")},
            "relabel": {s: {k: float(g[c].mean()) for k, c in (("regret_with", "regret3"), ("picked", "relabel_picked"),
                                                              ("regret_without", "regret3_without"),
                                                              ("cheapest", "relabel_cheapest"), ("fill_cheapest",
                                                                                                 "fill_cheapest"))}
                        for s, g in [("all", df), *df.groupby("source")]}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seeds", default="0,1", help="seeds, comma-separated (default 0,1)")
    ap.add_argument("--out", default=None, help="folder for rows.json")
    ap.add_argument("--from-rows", default=None, help="print the summary of a rows.json, nothing run")
    ap.add_argument("--source-share", type=float, default=1.0, help="share of the pool each source labels (default 1)")
    a = ap.parse_args(argv)
    jobs = [] if a.from_rows else [(n, int(s), False, a.source_share) for s in a.seeds.split(",") for n in SETS]
    with ProcessPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        rows = json.loads(Path(a.from_rows).read_text()) if a.from_rows else [r for p in ex.map(play, jobs) for r in p]
    if a.out and not a.from_rows:
        Path(a.out).mkdir(parents=True, exist_ok=True)
        (Path(a.out) / "rows.json").write_text(json.dumps(rows, indent=0))
    print(json.dumps(summary(rows), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
