"""alplan's verdict scored on the independent scikit-learn AL truth.

Reads ``benchmarks/.data/forecast/sk_truth.parquet`` (made by ``sk_truth.py``) and scores the decisions of alplan's
public API (``planner.decide.costs.Scenario``, ``planner.decision.Plan`` / ``decide``) on one split part.

For each (data set, learner) group of the part:

* **pilot**: the first 3 seeds, every strategy, measured up to 1/8 and (a second pilot) 1/4 of the group's budget: the
  curves a user would have;
* **truth**: the mean curve of every other seed; a strategy's true labels to a target are the first measured count
  where its truth mean reaches the target (``inf`` if never within the budget), priced with alplan's own
  :func:`planner.decide.costs.path_costs` so the prices match the verdict's.
* **cases**: label price {0.05, 0.5, 5} $ x engineering days {0, 2, 10} x day rate 400 x compute per round {0, 1} $,
  and targets = random's truth mean at 1/2, 3/4 and all of the budget, minus 1e-6 (random reaches each within the
  budget, the last one only at its end). ``pool_size`` = the budget. One :class:`planner.decision.Plan` per (group,
  pilot) prices every case from the same draws.

Scores, per pilot fraction:

* **decision regret** = (true cost of the recommended path - cheapest true path) / cheapest, against the naive
  policies "always random" and "always the best AL strategy on average" (chosen on the calibration part, among the
  strategies every group has: margin, kcenter). A recommended path that never reaches the target within the budget is
  priced as that path through the whole budget plus random's path (the fall-back);
* **Brier** of P(AL cheaper) as the verdict shows it against the truth indicator (the cheapest AL path truly cheaper
  than random; a tie counts 1/2), against the constant base rate computed on the calibration part. That is
  ``probability_al_cheaper`` (row field ``p_al_cheaper``), the share of draws itself; ``share_al_cheaper`` stores the
  same number;
* **reliability**: the worst bin of the predicted probability (0-0.2, ..., 0.8-1.0; :func:`worst_bin`, the design
  table's worst band);

A pilot alplan refuses (``Plan`` raises ``ValueError``, e.g. a curve that dips) is listed with alplan's reason and
left out of every score. Every design of the rule is scored on the verdict's own draws and stored in the rows
(``designs``); ``score_designs.py`` tables them (:func:`design_table`).

Targets printed met / missed: regret <= 0.6 x always-random at both pilots; Brier <= 0.8 x base rate; reliability
within 0.1 in every bin with >= 10 cases.

Usage::

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/forecast/evaluate_decisions.py            # selection
    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/forecast/evaluate_decisions.py --part calibration

``--part report`` once per batch of report sets (``report.py --batch N`` runs it). Writes
``benchmarks/.data/forecast/decisions_<part>.md`` (the tables, also printed) and ``decisions_<part>.json`` (the raw
per-case rows).

``--mix users`` scores the second scenario mix (:data:`MIXES`: 1-10 engineering days at $400-800 a day, labels at
$0.02-$5) instead of the harness's; ``--metric macro_f1`` reads the loop's macro-F1 curves instead of accuracy.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from itertools import product
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [p for p in (str(Path(__file__).resolve().parent), str(ROOT)) if p not in sys.path]

from files import facts_path, write_whole  # noqa: E402
from split import key_of, part as split_part  # noqa: E402

from planner.decide.costs import PoolShape, Scenario, path_costs  # noqa: E402
from planner.decide.rule import CHANCE_DRAWS as P_SHARE  # noqa: E402
from planner.decision import Plan  # noqa: E402

DATA = ROOT / "benchmarks" / ".data" / "forecast"
RANDOM = "random"
PILOT_SEEDS = 3
PILOT_FRACTIONS = (1 / 8, 1 / 4)
TARGET_FRACTIONS = (0.5, 0.75, 1.0)
HAIR = 1e-6
LABEL_PRICES = (0.05, 0.5, 5.0)
ENGINEERING_DAYS = (0.0, 2.0, 10.0)
DAY_RATE = 400.0
COMPUTE_PER_ROUND = (0.0, 1.0)
#: The scenario mixes (``--mix``): label prices ($), engineering days, day rates ($) and compute per round ($),
#: crossed. ``harness``: the constants above. ``users``: what users quote: 1-10 engineering days at $400-800 a day,
#: labels at $0.02-$5, no compute charge. Targets are the same in both (random's truth at :data:`TARGET_FRACTIONS`).
MIXES = {
    "harness": {"label_prices": LABEL_PRICES, "engineering_days": ENGINEERING_DAYS, "day_rates": (DAY_RATE,),
                "compute": COMPUTE_PER_ROUND},
    "users": {"label_prices": (0.02, 0.2, 1.0, 5.0), "engineering_days": (1.0, 3.0, 10.0),
              "day_rates": (400.0, 800.0), "compute": (0.0,)}}
#: The curve a decision reads (``--metric``): the loop's column of that name, read as the curves' accuracy.
METRICS = ("accuracy", "macro_f1")
NAIVE_AL_CANDIDATES = ("margin", "kcenter")
BINS = np.linspace(0.0, 1.0, 6)


def truth_curves(g: pd.DataFrame, truth_seeds) -> dict[str, pd.Series]:
    """Per strategy: the truth seeds' mean accuracy per label count (index n_labels)."""
    t = g[g["seed"].isin(truth_seeds)]
    return {s: d.groupby("n_labels")["accuracy"].mean().sort_index() for s, d in t.groupby("strategy")}


def first_crossing(curve: pd.Series, target: float) -> float:
    hit = curve.index[curve.to_numpy() >= target]
    return float(hit[0]) if len(hit) else math.inf


def scenario(price: float, days: float, compute: float, pool: int, day_rate: float = DAY_RATE) -> Scenario:
    return Scenario(label_price=price, engineering_days=days, day_rate=float(day_rate), compute_per_round=compute,
                    pool=PoolShape(pool_size=int(pool)))


def truth_cost(labels: float, strategy: str, scen: Scenario, initial: int, batch: int) -> dict:
    c = path_costs([labels], active=strategy != RANDOM, scenario=scen, initial=initial, batch_size=batch)
    return {k: float(v[0]) for k, v in c.items()}


def _cases(mix: str = "harness"):
    """The (label price, engineering days, compute per round, day rate) cases of scenario mix ``mix``."""
    m = MIXES[mix]
    return list(product(m["label_prices"], m["engineering_days"], m["compute"], m["day_rates"]))


def group_truth(g: pd.DataFrame) -> dict:
    """Truth facts of one (data set, learner) group: seeds, curves, budget, batch, initial, targets."""
    seeds = sorted(g["seed"].unique())
    if len(seeds) < PILOT_SEEDS + 2:
        raise ValueError(f"{g['dataset'].iloc[0]}/{g['model'].iloc[0]} has {len(seeds)} seeds; "
                         f"need at least {PILOT_SEEDS + 2} (pilot {PILOT_SEEDS} + truth 2); rerun sk_truth.py")
    truth = truth_curves(g, seeds[PILOT_SEEDS:])
    budget = int(g["budget"].iloc[0])
    batch = int(g["batch_size"].iloc[0])
    initial = int(g["n_labels"].min())
    rnd = truth[RANDOM]
    targets = []
    for f in TARGET_FRACTIONS:
        at = rnd[rnd.index <= f * budget + 1e-9]
        t = float(at.iloc[-1]) - HAIR
        if 0 < t < 1 and all(abs(t - u) > 1e-9 for _, u in targets):
            targets.append((f, t))
    return {"seeds": seeds, "truth": truth, "budget": budget, "batch": batch, "initial": initial, "targets": targets}


def truth_rows(key, g: pd.DataFrame, facts: dict, mix: str = "harness") -> list[dict]:
    """The truth side of every (target, price case) of scenario mix ``mix``: costs per strategy, cheapest, indicator."""
    gt = group_truth(g)
    rows = []
    for (tf, target), (price, days, compute, day_rate) in product(gt["targets"], _cases(mix)):
        scen = scenario(price, days, compute, gt["budget"], day_rate)
        labels = {s: first_crossing(c, target) for s, c in gt["truth"].items()}
        costs = {s: truth_cost(labels[s], s, scen, gt["initial"], gt["batch"])["total_cost"] for s in labels}
        cheapest = min(costs.values())
        al = [s for s in costs if s != RANDOM]
        best_al_cost = min(costs[s] for s in al)
        y = 1.0 if best_al_cost < costs[RANDOM] else (0.5 if best_al_cost == costs[RANDOM] else 0.0)
        rows.append({"dataset": key[0], "model": key[1], "family": facts.get(key[0], {}).get("family", "?"),
                     "target_frac": tf, "target": target, "label_price": price, "engineering_days": days,
                     "compute_per_round": compute, "day_rate": day_rate, "budget": gt["budget"], "batch_size": gt["batch"],
                     "initial": gt["initial"], "true_labels": labels, "true_costs": costs, "cheapest": cheapest,
                     "al_truly_cheaper": y,
                     "regret_random": (costs[RANDOM] - cheapest) / cheapest,
                     **{f"regret_always_{s}": (costs[s] - cheapest) / cheapest if math.isfinite(costs[s])
                        else _fallback_regret(s, costs, labels, scen, gt) for s in NAIVE_AL_CANDIDATES
                        if s in costs}})
    return rows


def _fallback_cost(s: str, costs: dict, scen: Scenario, gt: dict) -> float:
    """A path that never reaches the target: itself through the whole budget, then random's path."""
    spent = truth_cost(float(gt["budget"]), s, scen, gt["initial"], gt["batch"])["total_cost"]
    return spent + costs[RANDOM]


def _fallback_regret(s, costs, labels, scen, gt) -> float:
    cheapest = min(costs.values())
    return (_fallback_cost(s, costs, scen, gt) - cheapest) / cheapest


def score_group(key, g: pd.DataFrame, facts: dict, log=print, mix: str = "harness",
                metric: str = "accuracy") -> list[dict]:
    """Every case of one group at both pilot fractions, in scenario mix ``mix``: truth + alplan's verdict. The
    pilot's ``accuracy`` column holds ``metric``'s curve; the verdict is told which (as ``--metric`` tells the
    planner), so a metric with spread factors of its own reads them."""
    gt = group_truth(g)
    base = truth_rows(key, g, facts, mix)
    pilot_seeds = gt["seeds"][:PILOT_SEEDS]
    out = []
    for frac in PILOT_FRACTIONS:
        pilot = g[g["seed"].isin(pilot_seeds) & (g["n_labels"] <= frac * gt["budget"] + 1e-9)]
        pilot = pilot[["dataset", "model", "strategy", "seed", "batch_size", "label_noise", "n_labels",
                       "accuracy"]].reset_index(drop=True)
        if metric != "accuracy":
            pilot.attrs["metric"] = metric
        n_points = int(pilot.groupby("strategy")["n_labels"].nunique().min()) if len(pilot) else 0
        t0 = time.process_time()
        try:
            plan = Plan(pilot, seed=0)
        except ValueError as e:  # a pilot alplan refuses is a finding, reported, never a crash
            log(f"  {key[0]}/{key[1]} pilot {frac:g}: alplan refused the table: {e}")
            for r in base:
                out.append({**r, "pilot_frac": frac, "pilot_points": n_points, "refused": str(e)})
            continue
        for r in base:
            scen = scenario(r["label_price"], r["engineering_days"], r["compute_per_round"], gt["budget"],
                            r.get("day_rate", DAY_RATE))
            try:
                d = plan.decide(scen, r["target"])
            except ValueError as e:
                out.append({**r, "pilot_frac": frac, "pilot_points": n_points, "refused": str(e)})
                continue
            rec, best_al = d.recommendation, d.best_al
            costs = r["true_costs"]
            designs, far = design_picks(plan, scen, r["target"], costs, gt)
            if rec is None:
                rec_cost, rec_note = costs[RANDOM], "none->random"
            elif math.isfinite(costs[rec]):
                rec_cost, rec_note = costs[rec], ""
            else:
                rec_cost, rec_note = _fallback_cost(rec, costs, scen, gt), "dead end"
            row = {**r, "pilot_frac": frac, "pilot_points": n_points, "refused": None, "recommendation": rec,
                   "rec_note": rec_note, "best_al": best_al, "p_al_cheaper": float(d.probability_al_cheaper),
                   "share_al_cheaper": float(d.share_of_draws_al_cheaper), "n_draws": int(d.n_draws),
                   "share_no_path": float(d.probability_no_path), "share_kind": P_SHARE,
                   "regret_rec": (rec_cost - r["cheapest"]) / r["cheapest"],
                   "forecast_labels": {sp.strategy: float(sp.labels) for sp in d.strategies},
                   # what the rule read of every path, and what picking it would have cost: a rule can be
                   # re-scored on these rows without refitting (a path that never reaches: itself through the
                   # budget, then random's path)
                   "paths": {sp.strategy: {"reach": 1.0 - float(sp.p_unreachable),
                                           "cheapest": float(sp.probability_cheapest),
                                           "pairwise": float(sp.probability_cheaper_than_random),
                                           "median_cost": float(sp.total_cost),
                                           "capped_mean_cost": float(sp.capped_mean_cost), "far": far[sp.strategy],
                                           "cost_if_picked": float(costs[sp.strategy]) if math.isfinite(
                                               costs[sp.strategy]) else _fallback_cost(sp.strategy, costs, scen, gt)}
                             for sp in d.strategies},
                   "designs": designs}
            out.append(row)
        log(f"  {key[0]}/{key[1]} pilot {frac:g}: {n_points} points/strategy, "
            f"{len(base)} cases in {time.process_time() - t0:.1f} CPU s")
    return out


def design_picks(plan, scen: Scenario, target: float, costs: dict, gt: dict) -> dict:
    """Every design of the decision rule (:data:`planner.decide.rule.DESIGNS`) on the verdict's own draws: per design
    its pick, its chance and what following it truly cost (a path that never reaches: itself through the budget, then
    random's path; no pick: random's); and per strategy the share of draws beyond its extrapolation limit."""
    from planner.decide.rule import rule_inputs
    from planner.decide.rule import DESIGNS, pick_now, rule

    paths = plan.paths(plan.resolve(scen), target)
    totals = {s: p.costs["total_cost"] for s, p in paths.items()}
    extra = rule_inputs(paths)
    out = {}
    for design in DESIGNS:
        ruled = rule(totals, design=design, **extra)
        # the act the verdict states: where the pilot cannot tell, label at random now
        rec = pick_now(ruled["recommendation"], ruled["best_al"], ruled["p_al_cheaper"], RANDOM in totals)
        if rec is None:
            cost = costs[RANDOM]
        elif math.isfinite(costs[rec]):
            cost = costs[rec]
        else:
            cost = _fallback_cost(rec, costs, scen, gt)
        out[design] = {"recommendation": rec, "chance": float(ruled["p_al_cheaper"]), "cost": float(cost),
                       "untold": float(ruled["p_untold"])}
    return out, {s: float(np.mean(p.beyond)) if p.beyond is not None else 0.0 for s, p in paths.items()}


def design_table(rows: list[dict], base_rate: float) -> list[dict]:
    """Per pilot and design: mean regret (and always random's), Brier of the design's chance (and the constant
    ``base_rate``'s, over the same cases), the share of AL picks and of cases the pilot cannot tell by the design's
    chance (strictly inside the can't-tell band)."""
    from planner.decide.rule import DESIGNS, UNDECIDED

    out = []
    for frac in PILOT_FRACTIONS:
        sub = [r for r in rows if r["pilot_frac"] == frac and not r.get("refused") and r.get("designs")]
        if not sub:
            continue
        for design in DESIGNS:
            ds = [r["designs"][design] for r in sub]
            p = np.array([d["chance"] for d in ds], dtype=float)
            y = np.array([r["al_truly_cheaper"] for r in sub], dtype=float)
            ok = np.isfinite(p)
            out.append({"pilot": frac, "design": design, "cases": len(sub),
                        "regret": _mean((d["cost"] - r["cheapest"]) / r["cheapest"] for d, r in zip(ds, sub)),
                        "regret_random": _mean(r["regret_random"] for r in sub),
                        "brier": float(np.mean((p[ok] - y[ok]) ** 2)) if ok.any() else math.nan,
                        "brier_base": float(np.mean((base_rate - y[ok]) ** 2)) if ok.any() else math.nan,
                        "al_picks": _mean(d["recommendation"] not in (None, RANDOM) for d in ds),
                        "cant_tell": _mean(UNDECIDED[0] < d["chance"] < UNDECIDED[1] for d in ds),
                        "worst_band": worst_bin([{**r, "p_al_cheaper": d["chance"], "refused": None}
                                                 for d, r in zip(ds, sub)])})
    return out


def _mean(x) -> float:
    x = np.asarray(list(x), dtype=float)
    return float(x.mean()) if x.size else math.nan


def summarize(rows: list[dict], base_rate: float, naive_al: str) -> dict:
    ok = [r for r in rows if not r.get("refused")]
    p = np.array([r["p_al_cheaper"] for r in ok], dtype=float)
    y = np.array([r["al_truly_cheaper"] for r in ok], dtype=float)
    good = np.isfinite(p)
    return {"cases": len(rows), "refused": len(rows) - len(ok), "regret_rec": _mean(r["regret_rec"] for r in ok),
            "regret_random": _mean(r["regret_random"] for r in ok),
            "regret_naive_al": _mean(r.get(f"regret_always_{naive_al}", math.nan) for r in ok),
            "dead_ends": sum(r.get("rec_note") == "dead end" for r in ok),
            "no_rec": sum(r.get("rec_note") == "none->random" for r in ok),
            "rec_al_share": _mean(r["recommendation"] not in (None, RANDOM) for r in ok),
            "brier": float(np.mean((p[good] - y[good]) ** 2)) if good.any() else math.nan,
            "brier_base": float(np.mean((base_rate - y[good]) ** 2)) if good.any() else math.nan,
            "observed_rate": float(y.mean()) if y.size else math.nan}


def reliability(rows: list[dict]) -> list[dict]:
    ok = [r for r in rows if not r.get("refused") and math.isfinite(r["p_al_cheaper"])]
    p = np.array([r["p_al_cheaper"] for r in ok])
    y = np.array([r["al_truly_cheaper"] for r in ok])
    out = []
    for i in range(len(BINS) - 1):
        m = (p >= BINS[i]) & ((p < BINS[i + 1]) if i < len(BINS) - 2 else (p <= BINS[i + 1]))
        out.append({"bin": f"{BINS[i]:.1f}-{BINS[i + 1]:.1f}", "n": int(m.sum()),
                    "predicted": float(p[m].mean()) if m.any() else math.nan,
                    "observed": float(y[m].mean()) if m.any() else math.nan})
    return out


def worst_bin(rows: list[dict], min_cases: int = 10) -> float:
    """The largest |mean predicted - observed| over the reliability bins with at least ``min_cases`` cases (0 if
    none)."""
    return max((abs(b["predicted"] - b["observed"]) for b in reliability(rows) if b["n"] >= min_cases), default=0.0)


def pick_at_reach(paths: dict, theta: float, preference: float | None = None, *, with_best_al: bool = False):
    """The shipped rule (:func:`planner.decide.rule.pick_path`) re-applied to one case's stored ``paths`` (what the rule
    read of every path: its reach, shares, capped mean cost and share of draws beyond the limit), with an AL path
    eligible only when it also reaches the target in at least ``theta`` of the draws; ``theta`` 0.5 is the shipped rule.
    ``preference``: margin sampling's head start (None: the shipped :data:`~planner.decide.rule.PREFERENCE`). With
    ``with_best_al``, ``(pick, best_al)``: also the AL path the rule weighed against random (None for none)."""
    from planner.decide.rule import PREFERENCE, PREFERRED_AL, pick_now, pick_path

    names = list(paths)

    def col(field):   # shares as the rule rounds them; random's P(cheaper than random) is stored empty: 0
        return [round(float(paths[k][field] if paths[k][field] is not None else 0.0), 12) for k in names]

    rec, best = pick_path(col("reach"), col("cheapest"), col("pairwise"),
                          [float(paths[k]["median_cost"]) for k in names],
                          names.index(RANDOM) if RANDOM in paths else -1, min_reach=theta,
                          preferred=names.index(PREFERRED_AL) if PREFERRED_AL in paths else -1,
                          preference=PREFERENCE if preference is None else float(preference),
                          expected=[float(paths[k].get("capped_mean_cost", math.inf)) for k in names],
                          random_far=float(paths.get(RANDOM, {}).get("far", 0.0)))
    pick = names[rec] if rec >= 0 else None
    if RANDOM in paths:   # the act the verdict states: where the pilot cannot tell, label at random now
        pick = pick_now(pick, names[best] if best >= 0 else None, 1.0 - float(paths[RANDOM]["cheapest"]))
    return (pick, names[best] if best >= 0 else None) if with_best_al else pick


def _with_paths(rows: list[dict]) -> list[dict]:
    """The scored rows that store what the rule read of every path (``paths``); ``ValueError`` if none do."""
    scored = [r for r in rows if not r.get("refused") and r.get("paths")]
    if not scored:
        raise ValueError("no scored row with stored paths: re-run this script on this code")
    return scored


def _picked_cost(r: dict, pick: str | None) -> float:
    """What picking ``pick`` cost in the truth (a path that never reaches: its stored fallback; none: random)."""
    return float(r["true_costs"][RANDOM]) if pick is None else float(r["paths"][pick]["cost_if_picked"])


def _picked_regret(r: dict, pick: str | None) -> float:
    """What picking ``pick`` cost beyond the cheapest path, as a share of the cheapest (:func:`_picked_cost`)."""
    cheapest = float(r["cheapest"])
    return (_picked_cost(r, pick) - cheapest) / cheapest


def _f(x, nd=3):
    if isinstance(x, str):
        return x
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return f"{x:.{nd}f}"


#: Where the base rate and the naive AL policy are read (``--constants``): the calibration part, or the scored
#: data sets themselves in hindsight (the best constant and the best fixed AL policy for them: stricter baselines).
CONSTANTS_ON = {"calibration": "calibration part", "scored": "these data sets, in hindsight"}


def markdown(part: str, rows: list[dict], base_rate: float, naive_al: str, groups: int, cpu: float | None,
             constants: str = "calibration") -> str:
    on = CONSTANTS_ON[constants]
    lines = [f"# alplan's verdict on the independent scikit-learn AL truth: part `{part}`", "",
             f"{groups} (data set, learner) groups, {len(rows)} (pilot, target, price) cases; pilot = "
             f"{PILOT_SEEDS} seeds to 1/8 or 1/4 of the budget, truth = the other seeds' mean curves. "
             f"Base rate of 'AL truly cheaper' ({on}): {base_rate:.3f}. Naive AL policy: always "
             f"`{naive_al}` (best mean regret on the {on}). Scores leave out the cases of pilots "
             f"alplan refused (listed below)." + ("" if cpu is None else f" {cpu:.0f} CPU s."), ""]
    head = ("| stratum | pilot | cases | refused | regret rec | always random | always " + naive_al
            + " | dead ends | AL rec share | Brier | Brier base | observed rate |")
    lines += ["## Scores", "", head, "|" + "---|" * (head.count("|") - 1)]
    summaries = {}
    for frac in PILOT_FRACTIONS:
        sub = [r for r in rows if r["pilot_frac"] == frac]
        if not sub:
            continue
        s = summaries[("all", frac)] = summarize(sub, base_rate, naive_al)
        lines.append(f"| all | 1/{round(1 / frac)} | {s['cases']} | {s['refused']} | {_f(s['regret_rec'])} | "
                     f"{_f(s['regret_random'])} | {_f(s['regret_naive_al'])} | {s['dead_ends']} | "
                     f"{_f(s['rec_al_share'], 2)} | {_f(s['brier'])} | {_f(s['brier_base'])} | "
                     f"{_f(s['observed_rate'], 2)} |")
    refusals = {}
    for r in rows:
        if r.get("refused"):
            refusals.setdefault((r["dataset"], r["model"], r["pilot_frac"]), r["refused"])
    if refusals:
        lines += ["", "## Pilots alplan refused (left out of every score above)", ""]
        for (ds, model, frac), why in sorted(refusals.items()):
            lines.append(f"- {ds} / {model}, pilot 1/{round(1 / frac)}: {why}")
    lines += ["", "## Targets", "", "| target | pilot | value | met |", "|---|---|---|---|"]
    worst = {frac: worst_bin([r for r in rows if r["pilot_frac"] == frac]) for frac in PILOT_FRACTIONS}
    for frac in PILOT_FRACTIONS:
        s = summaries.get(("all", frac))
        if s is None:
            continue
        k = f"1/{round(1 / frac)}"
        checks = [
            ("regret <= 0.6 x always-random", f"{_f(s['regret_rec'])} vs {_f(0.6 * s['regret_random'])}",
             s["regret_rec"] <= 0.6 * s["regret_random"]),
            ("Brier <= 0.8 x base rate", f"{_f(s['brier'])} vs {_f(0.8 * s['brier_base'])}",
             s["brier"] <= 0.8 * s["brier_base"]),
            ("worst reliability band (>= 10 cases) off by <= 0.1", _f(worst[frac], 2), worst[frac] <= 0.1)]
        for name, value, met in checks:
            lines.append(f"| {name} | {k} | {value} | {'met' if met else 'MISSED'} |")
    return "\n".join(lines) + "\n"


def _jsonable(x):
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, (np.floating, float)):
        x = float(x)
        return x if math.isfinite(x) else ("inf" if x > 0 else ("-inf" if x < 0 else None))
    if isinstance(x, np.integer):
        return int(x)
    return x


def scored_constants(rows: list[dict]) -> tuple[float, str]:
    """The base rate of "AL truly cheaper" and the naive AL policy (the AL strategy with the least mean regret when
    always followed) over ``rows``: the calibration part's truth rows, or scored rows themselves, in hindsight
    (``--constants scored``; every truth case is a row once per pilot size, so their mean is the truth cases')."""
    base_rate = _mean(r["al_truly_cheaper"] for r in rows)
    naive_al = min((s for s in NAIVE_AL_CANDIDATES if all(f"regret_always_{s}" in r for r in rows)),
                   key=lambda s: _mean(r[f"regret_always_{s}"] for r in rows))
    return base_rate, naive_al


def pooled(dirs: list[str], part: str) -> dict:
    """The ``decisions_<part>.json`` of several runs (one design's reports, each run once; ``track_record.py
    --pool``) as one: their rows concatenated. Runs that read another calibration part (base rate or naive AL
    policy) or that scored the same data set raise ``ValueError``. Runs that each read their constants on their own
    scored sets (``--constants scored``) are pooled with the constants read again on the pooled rows."""
    out, seen = None, {}
    for d in dirs:
        f = Path(d) / f"decisions_{part}.json"
        if not f.is_file():
            raise ValueError(f"no {f}: give directories this script wrote --part {part} into")
        run = json.loads(f.read_text())
        for ds in sorted({r["dataset"] for r in run["rows"]}):
            if ds in seen:
                raise ValueError(f"data set {ds} is in {seen[ds]} and in {d}: pool runs of different data sets")
            seen[ds] = d
        if out is None:
            out = {"part": part, "base_rate": run["base_rate"], "naive_al": run["naive_al"],
                   "constants": run.get("constants", "calibration"), "rows": []}
        elif run.get("constants", "calibration") != out["constants"]:
            raise ValueError(f"{d} read its constants on {CONSTANTS_ON[run.get('constants', 'calibration')]}, "
                             f"{dirs[0]} on {CONSTANTS_ON[out['constants']]}: pool runs that read them alike")
        elif out["constants"] == "calibration" and (run["base_rate"], run["naive_al"]) != (out["base_rate"],
                                                                                            out["naive_al"]):
            raise ValueError(f"{d} read another calibration part (base rate {run['base_rate']:.4f}, naive AL "
                             f"{run['naive_al']}) than {dirs[0]} ({out['base_rate']:.4f}, {out['naive_al']})")
        out["rows"] += run["rows"]
    if out is None:
        raise ValueError("no directory given")
    if out["constants"] == "scored":
        out["base_rate"], out["naive_al"] = scored_constants(out["rows"])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("selection", "calibration", "report"), default="selection",
                    help="the split part scored (default selection; report only at the end, once)")
    ap.add_argument("--truth", default=str(DATA / "sk_truth.parquet"), help="the curves table of sk_truth.py")
    ap.add_argument("--out-dir", default=str(DATA), help="where decisions_<part>.md/.json go")
    ap.add_argument("--datasets", default=None, help="comma-separated skl:<name> keys (default: the whole part)")
    ap.add_argument("--constants", choices=tuple(CONSTANTS_ON), default="calibration",
                    help="where the Brier's base rate and the naive AL policy are read: the calibration part "
                         "(default; its truth must be in --truth) or the scored data sets themselves, in hindsight "
                         "(a stricter baseline, for a report whose calibration part is not built)")
    ap.add_argument("--mix", choices=tuple(MIXES), default="harness",
                    help="scenario mix: harness (default) or users (1-10 engineering days at $400-800, labels "
                         "$0.02-$5, no compute charge)")
    ap.add_argument("--source", choices=("skl", "sim"), default="skl",
                    help="whose curves --truth holds: the loop's (skl, default) or the simulator's "
                         "(make_sim_curves.py; its data sets' parts are split.py's sim: keys)")
    ap.add_argument("--metric", choices=METRICS, default="accuracy",
                    help="the curve decisions read: accuracy (default) or macro_f1 (the loop's macro-F1 column)")
    args = ap.parse_args(argv)
    truth_path = Path(args.truth)
    if not truth_path.is_file():
        print(f"no truth table at {truth_path}: run benchmarks/forecast/sk_truth.py first (or give --truth)",
              file=sys.stderr)
        return 2
    df = pd.read_parquet(truth_path)
    if args.source == "sim" and "batch_size" not in df.columns:   # the simulator's table: its typical step
        steps = df.groupby(["dataset", "model", "strategy", "seed"])["n_labels"].diff().dropna()
        df["batch_size"] = int(steps.median()) if len(steps) else 1
    if args.source == "sim" and "label_noise" not in df.columns:   # the simulator's curves: perfect labels
        df["label_noise"] = 0.0
    need = {"dataset", "model", "strategy", "seed", "n_labels", "accuracy", "budget", "batch_size"}
    if not need <= set(df.columns):
        print(f"{truth_path} lacks column(s) {', '.join(sorted(need - set(df.columns)))}: rerun sk_truth.py",
              file=sys.stderr)
        return 2
    if args.metric not in df.columns:
        print(f"{truth_path} has no {args.metric} column: rerun sk_truth.py (or choose --metric accuracy)",
              file=sys.stderr)
        return 2
    df["accuracy"] = df[args.metric]   # the curve every step below reads
    df["part"] = df["dataset"].map(lambda d: split_part(key_of(d, args.source)))  # split.py's part, read now
    facts_file = facts_path(truth_path)
    facts = {f["dataset"]: f for f in json.loads(facts_file.read_text())} if facts_file.is_file() else {}
    t0 = time.process_time()
    scored = df[df["part"] == args.part]
    if args.datasets:
        keys = {k.strip() for k in args.datasets.split(",") if k.strip()}
        unknown = keys - set(scored["dataset"])
        if unknown:
            print(f"--datasets {', '.join(sorted(unknown))} not in the {args.part} part of {truth_path}",
                  file=sys.stderr)
            return 2
        scored = scored[scored["dataset"].isin(keys)]
    if scored.empty:
        print(f"no {args.part}-part data set in {truth_path}: rerun sk_truth.py with that part", file=sys.stderr)
        return 2
    if args.constants == "calibration":   # the base rate and the naive AL policy, from the truth alone
        cal_rows = []
        for key, g in df[df["part"] == "calibration"].groupby(["dataset", "model"], sort=True):
            cal_rows += truth_rows(key, g, facts, args.mix)
        if not cal_rows:
            print("the truth table has no calibration-part data set: rerun sk_truth.py without --only-part (or read "
                  "the constants on the scored sets: --constants scored)", file=sys.stderr)
            return 2
        base_rate, naive_al = scored_constants(cal_rows)
    rows = []
    groups = scored.groupby(["dataset", "model"], sort=True)
    for key, g in groups:
        rows += score_group(key, g, facts, log=lambda m: print(m, file=sys.stderr, flush=True), mix=args.mix,
                            metric=args.metric)
    if args.constants == "scored":   # read on the scored rows themselves (each truth case once per pilot size)
        base_rate, naive_al = scored_constants(rows)
    cpu = time.process_time() - t0
    md = markdown(args.part, rows, base_rate, naive_al, groups.ngroups, cpu, args.constants)
    md = md.replace("\n\n", f"\n\nScenario mix `{args.mix}`; the curves read: `{args.metric}`.\n\n", 1)
    stem = f"decisions_{args.part}"
    for name, text in ((f"{stem}.md", md),
                       (f"{stem}.json", json.dumps(_jsonable(
                           {"part": args.part, "base_rate": base_rate, "naive_al": naive_al,
                            "constants": args.constants, "mix": args.mix, "metric": args.metric, "rows": rows}),
                           indent=0))):
        write_whole(Path(args.out_dir) / name, lambda tmp: tmp.write_text(text))
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
