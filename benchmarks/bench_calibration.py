"""Verdict calibration: the planner's forecasts and verdicts measured against truth.

Results go to the "Verdict calibration" section of benchmarks/RESULTS.md.

The truth database (``benchmarks/calibration/make_truth.py --set truth``)
holds, per (data set, model) config, long curves of five strategies for pilot
seeds 0-2 and 20 truth seeds (6 for mlp). For each config and pilot size
(the pilot seeds' rounds with ``n_labels <= fraction x budget``) the pilot
table goes to ``planner.decision.decide`` for

* targets needing extrapolation: the accuracy the truth mean curve of random
  reaches at 2x, 4x and 8x the pilot's largest label count (kept when that
  count is within the budget and every strategy's truth mean curve reaches
  the target within the budget);
* a grid of 24 scenarios: label price (0.05, 0.5, 5, 50 $) x engineering days
  (1, 10, 40) x compute per round (0, 5 $)
  (day rate 400, turnaround 2 days, pool = the data set's pool).

Truth per strategy: the labels where the truth mean curve (over truth seeds,
linear in log n between measured counts) first reaches the target, and each
truth seed's own crossing; true cost = ``planner.decide.costs.path_costs`` of the true
labels under the same scenario (AL: the config's initial set and batch).

Reported per pilot size, overall and per config: 80 % label-interval coverage
(vs the mean-curve crossing and vs single truth seeds), open intervals, median
|log2(forecast / truth)|, the Brier score of ``probability_al_cheaper`` beside a
constant forecast at the base rate, decision regret beside "always random" and
"always the best AL strategy of the pilot", break-even price coverage, and
counts. A ``decide`` that raises ValueError is counted, not fatal.

    .venv/bin/python benchmarks/bench_calibration.py                  # full (truth.db)
    .venv/bin/python benchmarks/bench_calibration.py --quick          # 2 configs, 4 scenarios, < 2 min
    .venv/bin/python benchmarks/bench_calibration.py --set quick      # on make_truth.py --quick's database
    .venv/bin/python benchmarks/bench_calibration.py --unreached censor  # also keep targets some AL strategy
                                             # misses within the budget (its truth: "> budget", cost a lower bound)
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / ".data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from calibration.configs import SETS  # noqa: E402
from provenance import planner_version  # noqa: E402

RANDOM = "random"
DEFAULT_DB = {"truth": DATA / "truth.db", "quick": DATA / "truth_quick.db"}
PRICES = (0.05, 0.5, 5.0, 50.0)
ENG_DAYS = (1.0, 10.0, 40.0)
COMPUTE = (0.0, 5.0)
MULTIPLIERS = (2, 4, 8)
MIN_TRUTH_SEEDS = 2


# ------------------------------------------------------------------ truth
def crossing(n: np.ndarray, acc: np.ndarray, target: float) -> float:
    """Labels where ``acc`` (at ascending counts ``n``) first reaches ``target``; linear in log n; inf if never."""
    hit = np.nonzero(acc >= target)[0]
    if hit.size == 0:
        return math.inf
    i = int(hit[0])
    if i == 0:
        return float(n[0])
    a0, a1 = float(acc[i - 1]), float(acc[i])
    l0, l1 = math.log(n[i - 1]), math.log(n[i])
    w = (target - a0) / (a1 - a0) if a1 > a0 else 1.0
    return float(math.exp(l0 + w * (l1 - l0)))


def accuracy_at(n: np.ndarray, acc: np.ndarray, x: float) -> float:
    """The curve's accuracy at ``x`` labels, linear in log n."""
    return float(np.interp(math.log(x), np.log(n), acc))


def _finite(x) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def load_config_curves(store, cfg) -> pd.DataFrame | None:
    keys = [s.key() for s in cfg.specs()]
    df = store.curves(keys=keys)
    if df.empty:
        return None
    return df


def usable(df: pd.DataFrame, cfg) -> tuple[bool, int, str]:
    """Whether the config's runs suffice: every strategy has all pilot seeds and >= MIN_TRUTH_SEEDS truth seeds."""
    n_truth = []
    for s in cfg.strategies:
        seeds = set(df.loc[df.strategy == s, "seed"].unique())
        if not set(cfg.pilot_seeds) <= seeds:
            return False, 0, f"pilot seeds of {s} missing"
        n_truth.append(len(seeds & set(cfg.truth_seeds)))
    k = min(n_truth) if n_truth else 0
    if k < MIN_TRUTH_SEEDS:
        return False, k, f"only {k} truth seeds"
    return True, k, ""


class Truth:
    """Truth mean curves and per-seed curves of one config (common truth seeds only)."""

    def __init__(self, df: pd.DataFrame, cfg):
        self.cfg = cfg
        common = None
        for s in cfg.strategies:
            seeds = set(df.loc[df.strategy == s, "seed"].unique()) & set(cfg.truth_seeds)
            common = seeds if common is None else common & seeds
        self.seeds = sorted(common)
        t = df[df.seed.isin(self.seeds)]
        self.mean = {}
        self.per_seed = {}
        for s in cfg.strategies:
            g = t[t.strategy == s]
            m = g.groupby("n_labels")["accuracy"].mean().sort_index()
            self.mean[s] = (m.index.to_numpy(float), m.to_numpy(float))
            self.per_seed[s] = {
                int(seed): (gg.sort_values("n_labels").n_labels.to_numpy(float),
                            gg.sort_values("n_labels").accuracy.to_numpy(float))
                for seed, gg in g.groupby("seed")
            }

    def labels(self, s: str, target: float) -> float:
        return crossing(*self.mean[s], target)

    def seed_labels(self, s: str, target: float) -> np.ndarray:
        return np.array([crossing(n, a, target) for n, a in self.per_seed[s].values()])


# ------------------------------------------------------------------ costs
def true_costs(truth_labels: dict, scenario, cfg) -> dict:
    from planner.decide.costs import path_costs

    out = {}
    for s, lab in truth_labels.items():
        c = path_costs([lab], active=s != RANDOM, scenario=scenario, initial=cfg.initial, batch_size=cfg.batch_size)
        out[s] = {k: float(np.asarray(v)[0]) for k, v in c.items()}
    return out


def true_break_even(costs: dict, al: str, price: float) -> tuple[float | None, float]:
    """(true break-even label price of ``al`` vs random, labels it saves on the bill)."""
    r, a = costs[RANDOM], costs[al]
    if not (math.isfinite(r["total_cost"]) and math.isfinite(a["total_cost"])):
        return None, math.nan
    fixed = (a["engineering_cost"] + a["compute_cost"] + a["delay_cost"]) - (r["compute_cost"] + r["delay_cost"])
    saved = (r["label_cost"] - a["label_cost"]) / price
    if saved <= 0:
        return None, saved
    return fixed / saved, saved


# ------------------------------------------------------------------ the benchmark
def run_cases(store, configs, fractions, scenarios, log=print, unreached: str = "drop") -> tuple[list[dict], list[str]]:
    """Every (config, pilot fraction, target, scenario) case; ``unreached`` = "drop" a target some strategy's
    truth mean misses within the budget, or "censor": keep it when random and one AL strategy reach it, the
    others' truth being "more than the budget" (true cost then a lower bound: the cost at budget + 1 labels)."""
    from planner.decide.costs import Scenario
    from planner.decision import decide

    rows: list[dict] = []
    notes: list[str] = []
    for cfg in configs:
        df = load_config_curves(store, cfg)
        if df is None:
            notes.append(f"{cfg.name}: no runs in the database, skipped")
            continue
        ok, k, why = usable(df, cfg)
        if not ok:
            notes.append(f"{cfg.name}: {why}, skipped")
            continue
        truth = Truth(df, cfg)
        if len(truth.seeds) < len(cfg.truth_seeds):
            notes.append(f"{cfg.name}: {len(truth.seeds)} of {len(cfg.truth_seeds)} truth seeds available")
        rn, ra = truth.mean[RANDOM]
        al_strats = [s for s in cfg.strategies if s != RANDOM]
        for frac in fractions:
            cut = frac * cfg.budget
            pilot = df[df.seed.isin(cfg.pilot_seeds) & (df.n_labels <= cut + 1e-9)].reset_index(drop=True)
            m = float(pilot.n_labels.max())
            n_counts = pilot.n_labels.nunique()
            at_m = pilot[pilot.n_labels == m].groupby("strategy").accuracy.mean()
            best_pilot_al = max(al_strats, key=lambda s: (at_m.get(s, -1.0), s))
            targets = []
            for mult in MULTIPLIERS:
                if mult * m > cfg.budget + 1e-9:
                    continue
                tgt = math.floor(accuracy_at(rn, ra, mult * m) * 1e4) / 1e4  # down: reached at mult x m
                missed = [s for s in cfg.strategies if not math.isfinite(truth.labels(s, tgt))]
                if missed and (unreached == "drop" or RANDOM in missed or set(al_strats) <= set(missed)):
                    notes.append(f"{cfg.name} pilot {frac:g}: target {tgt} (random at {mult}x) dropped: "
                                 f"truth mean of {', '.join(missed)} misses it within the budget")
                    continue
                if missed:
                    notes.append(f"{cfg.name} pilot {frac:g}: target {tgt} (random at {mult}x): "
                                 f"{', '.join(missed)} censored (> budget)")
                if tgt in [t for _, t in targets]:
                    continue
                targets.append((mult, tgt))
            for mult, tgt in targets:
                t_lab = {s: truth.labels(s, tgt) for s in cfg.strategies}
                t_seed = {s: truth.seed_labels(s, tgt) for s in cfg.strategies}
                for price, eng, comp in scenarios:
                    scen = Scenario(label_price=price, engineering_days=eng, day_rate=400, compute_per_round=comp,
                                    turnaround_days=2, pool_size=cfg.pool_size)
                    costs = true_costs({s: v if math.isfinite(v) else cfg.budget + 1 for s, v in t_lab.items()},
                                       scen, cfg)
                    case = {
                        "config": cfg.name, "dataset": cfg.dataset, "model": cfg.model, "pilot_fraction": frac,
                        "pilot_max_labels": m, "pilot_counts": int(n_counts), "multiplier": mult, "target": tgt,
                        "label_price": price, "engineering_days": eng, "compute_per_round": comp,
                        "truth_seeds": len(truth.seeds), "best_pilot_al": best_pilot_al,
                        "true_labels": t_lab, "censored": [s for s, v in t_lab.items() if not math.isfinite(v)],
                        "true_cost": {s: c["total_cost"] for s, c in costs.items()},
                    }
                    c_min = min(case["true_cost"].values())
                    case["cheapest"] = min(case["true_cost"], key=case["true_cost"].get)
                    al_min = min(case["true_cost"][s] for s in al_strats)
                    case["al_cheaper"] = bool(al_min < case["true_cost"][RANDOM])
                    case["regret_random"] = (case["true_cost"][RANDOM] - c_min) / c_min
                    case["regret_best_pilot_al"] = (case["true_cost"][best_pilot_al] - c_min) / c_min
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            d = decide(pilot, scen, tgt).to_dict()
                    except ValueError as exc:
                        case["error"] = str(exc).splitlines()[0][:300]
                        rows.append(case)
                        continue
                    case["error"] = None
                    rec = d.get("recommendation") or RANDOM
                    case["recommendation"] = d.get("recommendation")
                    case["probability_al_cheaper"] = _finite(d.get("probability_al_cheaper"))
                    case["regret_planner"] = (case["true_cost"].get(rec, math.inf) - c_min) / c_min
                    strat_rows = []
                    for sd in d.get("strategies", []):
                        s = sd.get("strategy")
                        if s not in t_lab:
                            continue
                        lo, hi, pt = _finite(sd.get("labels_low")), _finite(sd.get("labels_high")), _finite(sd.get("labels"))
                        tl = t_lab[s]
                        lo_b = 0.0 if lo is None else lo
                        hi_b = math.inf if hi is None else hi
                        seeds = t_seed[s]
                        in_seeds = np.where(np.isfinite(seeds), (seeds >= lo_b) & (seeds <= hi_b), hi_b > cfg.budget)
                        strat_rows.append({
                            "strategy": s, "labels": pt, "labels_low": lo, "labels_high": hi,
                            "true_labels": tl,
                            "covered": bool(lo_b <= tl <= hi_b) if math.isfinite(tl) else bool(hi_b > cfg.budget),
                            "seed_share_covered": float(np.mean(in_seeds)),
                            "seeds_unreached": int(np.sum(~np.isfinite(seeds))),
                            "open": bool(hi is None),
                            "log2_err": (abs(math.log2(pt / tl)) if pt is not None and pt > 0 and math.isfinite(tl)
                                         else None),
                            "predicted_unreachable": pt is None,
                        })
                    case["strategies"] = strat_rows
                    # break-even: the recommended AL strategy, else the planner's best AL, else the cheapest forecast
                    if rec != RANDOM:
                        al = rec
                    elif d.get("best_al") in al_strats:
                        al = d["best_al"]
                    else:
                        fc = {sd["strategy"]: _finite(sd.get("total_cost")) for sd in d.get("strategies", [])
                              if sd.get("strategy") in al_strats}
                        fc = {s: v for s, v in fc.items() if v is not None}
                        al = min(fc, key=fc.get) if fc else best_pilot_al
                    be_true, saved = true_break_even(costs, al, scen.price_per_label)
                    case["be_strategy"] = al
                    case["be_true"] = be_true
                    case["be_true_labels_saved"] = saved
                    case["be_quoted"] = _finite(d.get("break_even_label_price"))
                    case["be_has_interval_fields"] = ("break_even_label_price_low" in d
                                                      or "break_even_label_price_high" in d)
                    case["be_low"] = _finite(d.get("break_even_label_price_low"))
                    case["be_high"] = _finite(d.get("break_even_label_price_high"))
                    if case["be_has_interval_fields"] and be_true is not None:
                        if case["be_low"] is None and case["be_high"] is None:
                            case["be_covered"] = None  # no interval quoted
                        else:
                            lo_b = 0.0 if case["be_low"] is None else case["be_low"]
                            hi_b = math.inf if case["be_high"] is None else case["be_high"]
                            case["be_covered"] = bool(lo_b <= be_true <= hi_b)
                    else:
                        case["be_covered"] = None
                    case["be_quoted_no_saving"] = bool(case["be_quoted"] is not None and not (saved > 0))
                    rows.append(case)
            log(f"  {cfg.name} pilot {frac:g} (<= {m:g} labels, {n_counts} counts): "
                f"{len(targets)} targets x {len(scenarios)} scenarios")
    return rows, notes


# ------------------------------------------------------------------ summary
def _pct(x) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{100 * x:.0f}%"


def _num(x, fmt=".2f") -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, fmt)


def summarize(rows: list[dict]) -> dict:
    ok = [r for r in rows if r.get("error") is None]
    srows = [s for r in ok for s in r["strategies"]]
    out = {"cases": len(rows), "failed": len(rows) - len(ok)}
    if srows:
        out["cov_mean"] = float(np.mean([s["covered"] for s in srows]))
        out["cov_seeds"] = float(np.mean([s["seed_share_covered"] for s in srows]))
        closed = [s for s in srows if not s["open"] and s["labels_low"] is not None]
        out["cov_closed"] = float(np.mean([s["covered"] for s in closed])) if closed else math.nan
        out["open"] = float(np.mean([s["open"] for s in srows]))
        errs = [s["log2_err"] for s in srows if s["log2_err"] is not None]
        out["med_log2"] = float(np.median(errs)) if errs else math.nan
        out["pred_unreachable"] = float(np.mean([s["predicted_unreachable"] for s in srows]))
    if ok:
        pb = [(r["probability_al_cheaper"], r["al_cheaper"]) for r in ok if r["probability_al_cheaper"] is not None]
        if pb:
            p = np.array([a for a, _ in pb])
            y = np.array([b for _, b in pb], float)
            out["brier"] = float(np.mean((p - y) ** 2))
            out["base_rate"] = float(y.mean())
            out["brier_base"] = float(np.mean((y.mean() - y) ** 2))
        for key in ("regret_planner", "regret_random", "regret_best_pilot_al"):
            v = np.array([r[key] for r in ok], float)
            out[key + "_mean"] = float(np.mean(v))
            out[key + "_p90"] = float(np.quantile(v, 0.9))
        out["al_recommended"] = sum(r["recommendation"] not in (None, RANDOM) for r in ok)
        out["al_rec_p_below_half"] = sum(
            r["recommendation"] not in (None, RANDOM) and r["probability_al_cheaper"] is not None
            and r["probability_al_cheaper"] < 0.5 for r in ok)
        out["al_truly_cheaper"] = sum(r["al_cheaper"] for r in ok)
        be = [r["be_covered"] for r in ok if r["be_covered"] is not None]
        out["be_cov"] = float(np.mean(be)) if be else math.nan
        out["be_cov_n"] = len(be)
        out["be_no_interval"] = sum(r["be_has_interval_fields"] and r["be_true"] is not None
                                    and r["be_covered"] is None for r in ok)
        out["be_true_defined"] = sum(r["be_true"] is not None for r in ok)
        out["be_quoted_no_saving"] = sum(r["be_quoted_no_saving"] for r in ok)
        be_err = [abs(math.log2(r["be_quoted"] / r["be_true"])) for r in ok
                  if r["be_quoted"] and r["be_true"] and r["be_quoted"] > 0 and r["be_true"] > 0]
        out["be_med_log2"] = float(np.median(be_err)) if be_err else math.nan
    return out


def markdown(rows: list[dict], fractions, notes, meta) -> str:
    lines = ["### Verdict calibration against truth", ""]
    lines += [f"- truth db: `{meta['db']}`; configs: {', '.join(meta['configs'])}",
              f"- scenarios: label price {meta['prices']} $ x engineering days {meta['eng']} x compute/round "
              f"{meta['compute']} $ (day rate 400, turnaround 2 d, pool = data set's pool)",
              f"- targets: random's truth mean accuracy at {', '.join(f'{m}x' for m in MULTIPLIERS)} the pilot's "
              f"largest count (within budget; targets a strategy's truth misses: {meta['unreached']})",
              f"- {meta['n_decide']} decide() calls in {meta['seconds']:.0f} s; planner: {meta['planner']}", ""]
    for frac in fractions:
        fr = [r for r in rows if r["pilot_fraction"] == frac]
        groups = [("**all**", fr)] + [(c, [r for r in fr if r["config"] == c])
                                      for c in dict.fromkeys(r["config"] for r in fr)]
        lines += [f"#### Pilot = first {frac:g} of the budget (seeds 0-2)", "",
                  "| config | cases | failed | cov80 vs mean | cov80 vs seeds | cov80 closed | open | "
                  "pred. unreach. | med abs log2 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        sums = [(name, summarize(g)) for name, g in groups]
        for name, s in sums:
            lines.append(f"| {name} | {s['cases']} | {s['failed']} | {_pct(s.get('cov_mean'))} | "
                         f"{_pct(s.get('cov_seeds'))} | {_pct(s.get('cov_closed'))} | {_pct(s.get('open'))} | "
                         f"{_pct(s.get('pred_unreachable'))} | {_num(s.get('med_log2'))} |")
        lines += ["", "| config | Brier P(AL cheaper) | Brier base rate (rate) | regret planner mean/p90 | "
                  "always random | always best-pilot AL | AL rec. (p<0.5) | BE cov (n) | BE quoted, no saving | "
                  "BE med abs log2 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, s in sums:
            lines.append(
                f"| {name} | {_num(s.get('brier'), '.3f')} | {_num(s.get('brier_base'), '.3f')} "
                f"({_pct(s.get('base_rate'))}) | "
                f"{_num(s.get('regret_planner_mean'))} / {_num(s.get('regret_planner_p90'))} | "
                f"{_num(s.get('regret_random_mean'))} / {_num(s.get('regret_random_p90'))} | "
                f"{_num(s.get('regret_best_pilot_al_mean'))} / {_num(s.get('regret_best_pilot_al_p90'))} | "
                f"{s.get('al_recommended', '-')} ({s.get('al_rec_p_below_half', '-')}) | "
                f"{_pct(s.get('be_cov'))} ({s.get('be_cov_n', 0)}; {s.get('be_no_interval', 0)} none) | {s.get('be_quoted_no_saving', '-')} | "
                f"{_num(s.get('be_med_log2'))} |")
        lines.append("")
    lines += ["Columns: cov80 = share of (case, strategy) whose 80 % label interval holds the truth-mean crossing "
              "(vs seeds: mean share of single truth-seed crossings inside; closed: among intervals with both ends); "
              "open = labels_high missing; pred. unreach. = labels missing; med abs log2 = median |log2(labels / "
              "true labels)|; Brier base = constant forecast at the base rate of 'cheapest AL truly cheaper than "
              "random' (rate in brackets); regret = (true cost of the choice - cheapest true cost) / cheapest (0.5 = 50 % over), mean / p90; "
              "AL rec. = AL recommended (of which with P(AL cheaper) < 0.5); BE cov = share of cases with a defined "
              "true break-even price inside [break_even_label_price_low, _high] (n = such cases; none = no interval quoted); BE quoted, no saving = a "
              "break-even price quoted though the strategy saves no billed labels in truth.", ""]
    if notes:
        lines += ["Notes:", ""] + [f"- {n}" for n in notes] + [""]
    errors = sorted({r["error"] for r in rows if r.get("error")})
    if errors:
        lines += ["decide() errors:", ""] + [f"- {e}" for e in errors[:10]] + [""]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth-db", type=Path, default=None, help="truth database (default benchmarks/.data/truth.db)")
    ap.add_argument("--set", choices=tuple(DEFAULT_DB), default="truth", help="config set the database holds")
    ap.add_argument("--pilot-fraction", type=float, nargs="+", default=[0.125, 0.25])
    ap.add_argument("--configs", default=None, help="comma-separated config names (default: all with data)")
    ap.add_argument("--quick", action="store_true", help="2 configs, 4 scenarios: < 2 min")
    ap.add_argument("--unreached", choices=("drop", "censor"), default="drop",
                    help="a target some strategy's truth mean misses within the budget: drop it (default), or "
                         "censor: keep it when random and one AL strategy reach it (that strategy's truth = > budget)")
    ap.add_argument("--out", type=Path, default=None,
                    help="markdown output (default benchmarks/.data/bench_calibration[_quick].md)")
    ap.add_argument("--json", type=Path, default=None,
                    help="per-case rows (default benchmarks/.data/bench_calibration[_quick]_rows.json)")
    args = ap.parse_args(argv)
    stem = "bench_calibration_quick" if args.quick else "bench_calibration"
    args.out = args.out or DATA / f"{stem}.md"
    args.json = args.json or DATA / f"{stem}_rows.json"

    db = args.truth_db or DEFAULT_DB[args.set]
    if not Path(db).is_file():
        print(f"skipped: no truth database at {db}; make it with "
              f"`nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set truth`")
        return 0
    configs = list(SETS[args.set])
    if args.configs:
        want = [c.strip() for c in args.configs.split(",") if c.strip()]
        unknown = set(want) - {c.name for c in configs}
        if unknown:
            ap.error(f"unknown config(s) {', '.join(sorted(unknown))}: choose from {', '.join(c.name for c in configs)}")
        configs = [c for c in configs if c.name in want]
    if args.quick:
        prices, eng, comp = (0.5, 50.0), (1.0, 10.0), (0.0,)
        if not args.configs:
            configs = [c for c in configs if c.name in ("digits", "breast_cancer")] or configs[:2]
    else:
        prices, eng, comp = PRICES, ENG_DAYS, COMPUTE
    scenarios = list(itertools.product(prices, eng, comp))

    from simulations.results.store import Store

    t0 = time.perf_counter()
    planner = planner_version()   # the code the run uses, read before it starts (the tree may move on)
    store = Store(db, readonly=True)
    try:
        rows, notes = run_cases(store, configs, args.pilot_fraction, scenarios,
                                log=lambda m: print(m, file=sys.stderr, flush=True), unreached=args.unreached)
    finally:
        store.close()
    seconds = time.perf_counter() - t0
    meta = {"db": os.path.relpath(db, ROOT) if Path(db).is_absolute() else str(db),
            "configs": sorted({r["config"] for r in rows}, key=[c.name for c in configs].index),
            "prices": list(prices), "eng": list(eng), "compute": list(comp),
            "n_decide": len(rows), "seconds": seconds, "planner": planner, "unreached": args.unreached}
    md = markdown(rows, args.pilot_fraction, notes, meta)
    print(md)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    tmp.write_text(md + "\n")
    os.replace(tmp, args.out)
    tmp = args.json.with_suffix(args.json.suffix + ".tmp")
    tmp.write_text(json.dumps({"meta": meta, "notes": notes, "rows": rows}, default=str, allow_nan=True))
    os.replace(tmp, args.json)
    print(f"\nwrote {args.out} and {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
