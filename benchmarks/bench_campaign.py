"""Campaign replay: ``planner.campaign.replan`` steering campaigns on long simulated truth curves.

Results go to the "Campaign replay" section of benchmarks/RESULTS.md.

One campaign = one truth seed's run of one strategy of one config of the
truth database (``benchmarks/calibration/make_truth.py --set truth``): that run
is the world, and the planner only sees what the campaign has measured so far
(that single run's rows up to its current label count, strategy column = the
strategy; so the planner's note "one run, the run-to-run spread is unknown"
applies).

* Targets, per config and strategy: the accuracy that strategy's truth mean
  curve (over the config's truth seeds, linear in log n) reaches at 1/2 and
  3/4 of the budget, rounded down to 4 decimals. A (campaign, target) whose
  own run never reaches the target within the budget is skipped.
* Start: the run's rounds with ``n_labels <= budget / 8``.
* Cheapest sufficient budget: the first label count of the run whose
  accuracy >= target (the campaign's true requirement); its dollars = its
  labels x price + one round.
* Policy "replan": each step a ``Plan(rows so far, n_draws=400, seed=0)`` and
  ``replan(plan, scenario, target, confidence=0.9)``; ``stop`` ends the
  campaign, ``give up`` ends it too (counted as gave up), ``order`` buys that
  many labels: the state moves to the largest round of the run with
  ``n_labels <= current + order`` (at least one round more). It also ends at
  the budget (the run's end) or after 30 orders. Reached = the run's
  accuracy at the final count >= target.
* Policy "replan-persist": the same, but on ``give up`` it buys one more
  round and re-plans ("gave up" then counts the campaigns where that
  happened at least once).
* Policy "one-shot": from the same start, one order of
  ``replan(...).order_at_confidence`` (the 0.9 quantile of the labels still
  missing, over the draws, in whole batches), then stop (start already at
  ``stop``: no order). A count beyond the budget is not measurable and
  skipped (counted); ``inf`` counts as not reached (gave up).
* Policies "stop: stabilizing" / "stop: confidence": one batch a round from
  the start, stopping where ``simulations.stopping.stopping_points``
  (defaults: kappa >= 0.99 for 3 rounds; pool confidence >= 0.9) fires on the
  run (at the start if it fired before; at the budget if never). Needs the
  runs with the signal columns: ``--signals-db`` (see its help).
* Scenario: label price $0.5, compute $2 per round, turnaround 2 days, delay
  $20 per day, engineering 0, pool = the config's pool. Dollars of a policy =
  labels x price + orders x (compute + turnaround x delay) = labels x 0.5 +
  orders x 42 (labels include the start's, as in the cheapest budget).

Reported per policy, overall and per config: share of campaigns reaching the
target, mean and p90 of labels spent / cheapest sufficient labels (and the
mean over the campaigns that reached it), mean dollars / cheapest sufficient
dollars, mean orders, give-ups, budget hits; and, per stopping rule, where
it fires against the true plateau (the first count where the strategy's
truth-mean curve is within 0.01 of its maximum within the budget). Target: re-planning
reaches the target in >= 90 % of campaigns at confidence 0.9 while spending
<= 1.3x the cheapest sufficient labels on average.

    nice -n 10 .venv/bin/python benchmarks/bench_campaign.py            # 7 configs x 3 seeds x 5 strategies x 2 targets, ~6 min
    nice -n 10 .venv/bin/python benchmarks/bench_campaign.py --quick    # digits only, ~1 min
    nice -n 10 .venv/bin/python benchmarks/bench_campaign.py --seeds 4  # 4 truth seeds per config, ~8 min
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / ".data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_calibration import Truth, _planner_version, accuracy_at, load_config_curves  # noqa: E402
from calibration.configs import SETS  # noqa: E402

PRICE = 0.5
COMPUTE = 2.0
TURNAROUND = 2.0
DELAY = 20.0
ROUND_COST = COMPUTE + TURNAROUND * DELAY
CONFIDENCE = 0.9
FRACTIONS = (0.5, 0.75)
START = 1 / 8
MAX_STEPS = 30
N_DRAWS = 400
GOAL_REACH, GOAL_RATIO = 0.9, 1.3
POLICIES = ("replan", "replan-persist", "one-shot", "stop: stabilizing", "stop: confidence")
#: Stopping rules (simulations.stopping.stopping_points defaults): kappa >= 0.99 for 3 rounds; pool confidence >= 0.9.
RULES = {"stop: stabilizing": "n_labels_stabilizing", "stop: confidence": "n_labels_confidence"}
#: The true plateau of a (config, strategy): the first count where its truth-mean curve is within this of its maximum.
PLATEAU_WITHIN = 0.01


def scenario(cfg):
    from planner.costs import Scenario

    return Scenario(label_price=PRICE, compute_per_round=COMPUTE, turnaround_days=TURNAROUND,
                    delay_cost_per_day=DELAY, engineering_days=0.0, pool_size=cfg.pool_size)


class Campaign:
    """One run (the world): its rows and a cache of advice per measured count."""

    def __init__(self, rows, scen):
        self.rows = rows.sort_values("n_labels").reset_index(drop=True)
        self.n = self.rows.n_labels.to_numpy(float)
        self.acc = self.rows.accuracy.to_numpy(float)
        self.scen = scen
        self._plans = {}

    def plan(self, i: int):
        from planner.verdict import Plan

        if i not in self._plans:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._plans[i] = Plan(self.rows.iloc[: i + 1], n_draws=N_DRAWS, seed=0)
        return self._plans[i]

    def advice(self, i: int, target: float):
        from planner.campaign import replan

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return replan(self.plan(i), self.scen, target, confidence=CONFIDENCE)

    def index_at(self, labels: float) -> int:
        """Largest round with n_labels <= labels."""
        return int(np.searchsorted(self.n, labels + 1e-9, side="right") - 1)


def play_replan(c: Campaign, i: int, target: float, persist: bool = False) -> dict:
    """``persist``: on ``order = inf`` buy one more round and re-plan instead of giving up."""
    orders, gave_up, at_budget = 0, False, False
    while True:
        a = c.advice(i, target)
        if a.action == "stop":
            break
        order = a.order
        if a.action == "give up":
            gave_up = True
            if not persist:
                break
            order = 0.0                                      # one round more (below)
        if orders >= MAX_STEPS:
            break
        j = max(c.index_at(c.n[i] + order), i + 1)
        orders += 1
        if j >= len(c.n) - 1:
            i, at_budget = len(c.n) - 1, True
            break
        i = j
    return {"labels": float(c.n[i]), "orders": orders, "reached": bool(c.acc[i] >= target),
            "gave_up": gave_up, "at_budget": at_budget}


def play_one_shot(c: Campaign, i: int, target: float) -> dict | None:
    a = c.advice(i, target)
    if a.action == "stop":
        return {"labels": float(c.n[i]), "orders": 0, "reached": bool(c.acc[i] >= target), "gave_up": False}
    if not math.isfinite(a.order_at_confidence):
        return {"labels": float(c.n[i]), "orders": 0, "reached": False, "gave_up": True}
    want = c.n[i] + a.order_at_confidence
    if want > c.n[-1] + 1e-9:
        return None                                          # beyond the budget: not measurable
    j = max(c.index_at(want), i + 1)
    return {"labels": float(c.n[j]), "orders": 1, "reached": bool(c.acc[j] >= target), "gave_up": False}


def play_rule(c: Campaign, i: int, target: float, fire: float) -> dict:
    """One batch a round from the start; stop where the rule fires (at the start if it fired before)."""
    if not math.isfinite(fire):
        j, at_budget = len(c.n) - 1, True
    else:
        j, at_budget = max(c.index_at(fire), i), False
    return {"labels": float(c.n[j]), "orders": int(j - i), "reached": bool(c.acc[j] >= target),
            "gave_up": False, "at_budget": at_budget, "fires_at": fire}


def true_plateau(mean_n, mean_acc, budget) -> float:
    inside = mean_n <= budget
    n, a = mean_n[inside], mean_acc[inside]
    return float(n[np.argmax(a >= a.max() - PLATEAU_WITHIN)])


def rule_fires(signals, cfg) -> dict:
    """``{(strategy, seed): {policy: n_labels where the rule fires (inf: not within the budget)}}``."""
    from simulations.stopping import stopping_points

    if signals is None:
        return {}
    df = load_config_curves(signals, cfg)
    if df is None:
        return {}
    pts = stopping_points(df[df.n_labels <= cfg.budget])
    return {(r["strategy"], int(r["seed"])): {pol: (float(r[col]) if np.isfinite(r[col]) else math.inf)
                                              for pol, col in RULES.items()}
            for r in pts.to_dict("records")}


def run(store, configs, n_seeds: int, log=print, signals=None) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    for cfg in configs:
        df = load_config_curves(store, cfg)
        if df is None:
            notes.append(f"{cfg.name}: no runs in the database")
            continue
        truth = Truth(df, cfg)
        seeds = truth.seeds[:n_seeds]
        fires = rule_fires(signals, cfg)
        scen = scenario(cfg)
        t0 = time.perf_counter()
        for s in cfg.strategies:
            mean_n, mean_acc = truth.mean[s]
            plateau = true_plateau(mean_n, mean_acc, cfg.budget)
            targets = [math.floor(accuracy_at(mean_n, mean_acc, f * cfg.budget) * 1e4) / 1e4 for f in FRACTIONS]
            for seed in seeds:
                r = df[(df.strategy == s) & (df.seed == seed) & (df.n_labels <= cfg.budget)]
                if r.empty:
                    continue
                c = Campaign(r, scen)
                start = c.index_at(START * cfg.budget)
                if start < 1:
                    notes.append(f"{cfg.name}/{s}/{seed}: fewer than 2 rounds at the start")
                    continue
                for f, target in zip(FRACTIONS, targets):
                    hit = np.nonzero(c.acc >= target)[0]
                    base = {"config": cfg.name, "strategy": s, "seed": int(seed), "fraction": f,
                            "target": target, "start": float(c.n[start]), "plateau": plateau}
                    if hit.size == 0:
                        rows.append({**base, "policy": "skipped", "why": "run misses the target"})
                        continue
                    need = float(c.n[hit[0]])
                    base.update(cheapest=need, cheapest_dollars=need * PRICE + ROUND_COST)
                    try:
                        res = {"replan": play_replan(c, start, target),
                               "replan-persist": play_replan(c, start, target, persist=True),
                               "one-shot": play_one_shot(c, start, target)}
                        for pol, fire in fires.get((s, int(seed)), {}).items():
                            res[pol] = play_rule(c, start, target, fire)
                    except ValueError as e:                   # counted, not fatal
                        rows.append({**base, "policy": "error", "why": str(e)})
                        continue
                    for pol, out in res.items():
                        if out is None:
                            rows.append({**base, "policy": pol, "skipped": True, "why": "beyond the budget"})
                            continue
                        dollars = out["labels"] * PRICE + out["orders"] * ROUND_COST
                        rows.append({**base, "policy": pol, "skipped": False, **out, "dollars": dollars,
                                     "label_ratio": out["labels"] / need,
                                     "dollar_ratio": dollars / base["cheapest_dollars"]})
        log(f"{cfg.name}: {time.perf_counter() - t0:.1f}s, seeds {seeds}")
    return rows, notes


def summarize(rs: list[dict]) -> dict:
    used = [r for r in rs if not r.get("skipped")]
    if not used:
        return {"n": 0, "skipped": len(rs)}
    lr = np.array([r["label_ratio"] for r in used])
    dr = np.array([r["dollar_ratio"] for r in used])
    ok = [r["label_ratio"] for r in used if r["reached"]]
    return {"n": len(used), "skipped": len(rs) - len(used),
            "ratio_reached": float(np.mean(ok)) if ok else math.nan,
            "reached": float(np.mean([r["reached"] for r in used])),
            "ratio_mean": float(lr.mean()), "ratio_p90": float(np.quantile(lr, 0.9)),
            "dollar_ratio": float(dr.mean()), "orders": float(np.mean([r["orders"] for r in used])),
            "gave_up": int(sum(r["gave_up"] for r in used)),
            "at_budget": int(sum(r.get("at_budget", False) for r in used))}


def _f(x: float) -> str:
    return f"{x:.2f}" if math.isfinite(x) else "-"


def markdown(rows: list[dict], notes: list[str], meta: dict) -> str:
    configs = meta["configs"]
    lines = ["| config | policy | campaigns | reached | labels / cheapest (mean) | p90 | $ / cheapest $ (mean) "
             "| labels / cheapest, reached only | orders (mean) | gave up | hit budget | skipped |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    stats = {}
    for cname in ["all"] + configs:
        for pol in POLICIES:
            rs = [r for r in rows if r["policy"] == pol and (cname == "all" or r["config"] == cname)]
            m = summarize(rs)
            stats[(cname, pol)] = m
            if not m["n"]:
                lines.append(f"| {cname} | {pol} | 0 | | | | | | | | | {m['skipped']} |")
                continue
            name = f"**{cname}**" if cname == "all" else cname
            lines.append(f"| {name} | {pol} | {m['n']} | {100 * m['reached']:.0f}% | {m['ratio_mean']:.2f} | "
                         f"{m['ratio_p90']:.2f} | {m['dollar_ratio']:.2f} | {_f(m['ratio_reached'])} | {m['orders']:.1f} | {m['gave_up']} | "
                         f"{m['at_budget']} | {m['skipped']} |")
    a = stats[("all", "replan")]
    met = a["n"] and a["reached"] >= GOAL_REACH and a["ratio_mean"] <= GOAL_RATIO
    skipped_t = sum(r["policy"] == "skipped" for r in rows)
    errors = sum(r["policy"] == "error" for r in rows)
    head = [
        f"Campaign replay on `{meta['db']}`: configs {', '.join(configs)}; {meta['n_seeds']} truth seeds per config x "
        f"5 strategies x targets at {', '.join(str(f) for f in FRACTIONS)} of the budget (strategy's truth mean); "
        f"start at <= budget/8; confidence {CONFIDENCE}; ${PRICE}/label, ${ROUND_COST:g}/order "
        f"(compute ${COMPUTE:g} + {TURNAROUND:g} days x ${DELAY:g}). {skipped_t} (campaign, target) pairs skipped "
        f"(run misses the target within the budget), {errors} errors; {meta['seconds']:.0f} s; planner "
        f"{meta['planner']}; {meta['utc']}.",
        "",
    ]
    tail = ["",
            f"Target (replan, all): reached >= {100 * GOAL_REACH:.0f}% and labels / cheapest <= {GOAL_RATIO} on "
            f"average: {'met' if met else 'NOT met'} ({100 * a.get('reached', 0):.0f}%, "
            f"{a.get('ratio_mean', float('nan')):.2f}x)."]
    tail += rule_table(rows)
    tail += [f"note: {n}" for n in notes[:20]]
    return "\n".join(head + lines + tail)


def rule_table(rows: list[dict]) -> list[str]:
    """Where each stopping rule fires against the true plateau, one row per run (not per target)."""
    out = ["", f"Stopping rules against the true plateau (first count where the strategy's truth-mean curve is within "
           f"{PLATEAU_WITHIN:g} of its maximum within the budget), one row per run:", "",
           "| rule | runs | fires within the budget | fires before the plateau | median fire / plateau labels "
           "| median labels after (+) / before (-) the plateau | p10 to p90 of that |",
           "|---|---:|---:|---:|---:|---:|---|"]
    for pol in RULES:
        runs = {}
        for r in rows:
            if r["policy"] == pol and not r.get("skipped"):
                runs[(r["config"], r["strategy"], r["seed"])] = (r["fires_at"], r["plateau"])
        if not runs:
            out.append(f"| {pol[6:]} | 0 | | | | | |")
            continue
        fire = np.array([v[0] for v in runs.values()])
        plat = np.array([v[1] for v in runs.values()])
        ok = np.isfinite(fire)
        diff = fire[ok] - plat[ok]
        ratio = fire[ok] / plat[ok]
        out.append(f"| {pol[6:]} | {len(runs)} | {100 * ok.mean():.0f}% | "
                   f"{100 * np.mean(diff < 0) if ok.any() else 0:.0f}% of those | "
                   f"{np.median(ratio) if ok.any() else math.nan:.2f} | {np.median(diff) if ok.any() else math.nan:+.0f} | "
                   f"{np.quantile(diff, 0.1) if ok.any() else math.nan:+.0f} to "
                   f"{np.quantile(diff, 0.9) if ok.any() else math.nan:+.0f} |")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth-db", type=Path, default=DATA / "truth.db")
    ap.add_argument("--signals-db", type=Path, default=DATA / "truth_signals.db",
                    help="the same truth runs with the stopping signals (make_truth.py --set truth --seeds 10,11,12 "
                         "--db benchmarks/.data/truth_signals.db); without it the stopping-rule policies are skipped")
    ap.add_argument("--seeds", type=int, default=3, help="truth seeds per config (default 3: < 8 min on one core)")
    ap.add_argument("--configs", default=None, help="comma-separated config names (default: all)")
    ap.add_argument("--quick", action="store_true", help="digits only")
    ap.add_argument("--out", type=Path, default=None, help="markdown (default benchmarks/.data/bench_campaign.md)")
    args = ap.parse_args(argv)
    stem = "bench_campaign_quick" if args.quick else "bench_campaign"
    out = args.out or DATA / f"{stem}.md"
    if not args.truth_db.is_file():
        print(f"skipped: no truth database at {args.truth_db}; make it with "
              f"`nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set truth`")
        return 0
    configs = list(SETS["truth"])
    if args.configs:
        want = [c.strip() for c in args.configs.split(",") if c.strip()]
        configs = [c for c in configs if c.name in want]
    elif args.quick:
        configs = [c for c in configs if c.name == "digits"]

    from simulations.store import Store

    t0 = time.perf_counter()
    store = Store(args.truth_db, readonly=True)
    signals = Store(args.signals_db, readonly=True) if args.signals_db.is_file() else None
    try:
        rows, notes = run(store, configs, args.seeds, log=lambda m: print(m, file=sys.stderr, flush=True),
                          signals=signals)
    finally:
        store.close()
        if signals is not None:
            signals.close()
    if signals is None:
        notes.append(f"no signals database at {args.signals_db}: stopping-rule policies skipped")
    meta = {"db": os.path.relpath(args.truth_db, ROOT) if args.truth_db.is_absolute() else str(args.truth_db),
            "configs": [c.name for c in configs if any(r["config"] == c.name for r in rows)],
            "n_seeds": args.seeds, "seconds": time.perf_counter() - t0, "planner": _planner_version(),
            "utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    md = markdown(rows, notes, meta)
    print(md)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md + "\n")
    out.with_name(out.stem + "_rows.json").write_text(json.dumps({"meta": meta, "rows": rows}, default=str))
    print(f"\nwrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
