"""Campaign replay: ``alplan replan`` against "double until the test says yes" and the hindsight
optimum, on an independent truth.

Results go to the "Campaign" section of benchmarks/RESULTS.md.

The truth is a curves table with the columns of ``benchmarks/forecast/sk_truth.py``'s ``sk_truth.parquet`` (dataset,
model, strategy, seed, batch_size, label_noise, round, n_labels, accuracy, pool_size, budget, part; ``part`` from
``benchmarks/forecast/split.py``). Only the rows of ``--part`` are replayed (``selection`` while the planner is being
tuned; the report part once, at the end).

* One campaign = one run (dataset, model, strategy, seed, batch size, label noise) cut at its budget; the planner sees
  only that run's rounds so far, starting with those up to 1/8 of the budget; pool = budget.
* Targets per config (dataset, model, batch size, noise) and strategy: the strategy's mean curve over seeds at 1/2 and
  3/4 of the budget ("reachable"; a campaign whose run does not meet it from its start to its budget is skipped), and
  one no run of the config reaches within the budget (its best accuracy + 0.01, "unreachable").
* Test-set noise: the table's ``test_size`` column, else ``sk_datasets.json`` beside it, else the test set's size read
  off the accuracies' granularity (1 / the smallest step between two measured accuracies of the data set), passed as
  ``--test-size``.
* Price scenarios (label price, fixed cost per order): $0.10 + $200, $2 + $50, $0.50 + $500. Dollars = labels in all x
  price + orders x fee.
* Policies: ``replan`` (``planner.decide.campaign.steer.replan`` each round with the budget, the test size and the order fee;
  "order" buys that many labels: the campaign moves to the run's largest round within them, at least one round on),
  ``double`` (double the labels until the measured accuracy meets the target), ``hindsight`` (one order to the run's
  first round that meets it; nothing on an unreachable target). Every policy ends at the budget; replan also on "stop"
  or "give up", and after 30 orders. Reached = the run's measured accuracy at the end >= target; truly reached = the
  strategy's mean curve over the config's seeds (the curve the reachable targets were read from) meets the target at
  the labels the policy ended with (a lucky test round reaches, but does not truly reach).
* Extend the pilot: per (config, seed, reachable target, scenario) a pilot of every strategy's rounds up to 1/8 of the
  budget; the verdict now against the verdict after extending the pilot to ``extend_pilot``'s N when it is advised
  (rounds up to N); regret = the true cost of the pick (its run's first round meeting the target, priced by the
  verdict's path costs: the scenario's label price, $2 of compute per AL round, no engineering) minus the cheapest
  strategy's; a strategy whose run misses the target is priced at twice the budget's cost.
* ``--misses`` (on a saved run): where replan's misses on reachable targets come from: a give-up at the first look or
  a later one where the run's test meets the target afterwards, a give-up after an order passed every round where it
  did, or no give-up; beside how many of each double reached.

    nice -n 10 .venv/bin/python benchmarks/bench_campaign.py --truth benchmarks/.data/forecast/sk_truth.parquet --part selection
    .venv/bin/python benchmarks/bench_campaign.py --from-rows <a run's _rows.json> --misses
    .venv/bin/python benchmarks/bench_campaign.py --from-rows <run 1's _rows.json> <run 2's> ...   # pooled
"""

from __future__ import annotations

import argparse
import json
import math
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

from forecast.files import facts_path  # noqa: E402
from forecast.split import key_of, part as split_part  # noqa: E402
from provenance import planner_version  # noqa: E402

from planner.decide.campaign.acts import Action  # noqa: E402

CONFIDENCE = 0.9
FRACTIONS = (0.5, 0.75)
UNREACHABLE_MARGIN = 0.01
START = 1 / 8
MAX_ORDERS = 30
N_DRAWS = 400
#: (name, $ per label, $ fixed per order)
SCENARIOS = (("$0.10 + $200/order", 0.10, 200.0), ("$2 + $50/order", 2.0, 50.0), ("$0.50 + $500/order", 0.5, 500.0))
POLICIES = ("replan", "double", "hindsight")
CONFIG = ["dataset", "model", "batch_size", "label_noise"]
#: The verdict replay's cost of an AL round (compute; its labels are priced by the scenario).
PILOT_ROUND = 2.0
#: The replay's targets (replan against the others).
GOALS = {"reached": 0.90, "mean": 1.5, "median": 1.3, "give_up": 0.80, "spend_vs_double": 0.25}


def load_facts(path: Path) -> dict:
    """{dataset: test set size} from ``sk_datasets.json`` beside the truth table (empty when absent)."""
    f = facts_path(path)
    if not f.is_file() or f == path:
        return {}
    out = {}
    for d in json.loads(f.read_text()):
        for key in (d.get("dataset"), d.get("name")):
            if key is not None and d.get("test_size"):
                out[str(key)] = int(d["test_size"])
    return out


def load_truth(path: Path, part: str) -> pd.DataFrame:
    df = pd.read_parquet(path)
    need = {"dataset", "strategy", "seed", "n_labels", "accuracy"}
    missing = need - set(df.columns)
    if missing:
        raise SystemExit(f"{path}: missing columns {sorted(missing)}")
    for c, v in (("model", "model"), ("batch_size", 0), ("label_noise", 0.0)):
        if c not in df.columns:
            df[c] = v
    # the part is split.py's, computed now (a stored column may predate a new split)
    keys = df["split_key"] if "split_key" in df.columns else df["dataset"].map(lambda d: key_of(d, "skl"))
    df["part"] = keys.map(split_part)
    if "budget" not in df.columns:
        df["budget"] = df.groupby(CONFIG)["n_labels"].transform("max")
    df = df[df["part"] == part]
    if df.empty:
        raise SystemExit(f"{path}: no rows in part {part!r}")
    return df


def test_size(df: pd.DataFrame, facts: dict | None = None) -> float | None:
    """Examples in the data set's test set: the column, the facts file (``sk_datasets.json``), else 1 / the
    accuracies' smallest step."""
    if "test_size" in df.columns and df["test_size"].notna().any():
        return float(df["test_size"].dropna().iloc[0])
    name = str(df["dataset"].iloc[0])
    if facts and facts.get(name):
        return float(facts[name])
    u = np.unique(np.round(df["accuracy"].to_numpy(float), 9))
    steps = np.diff(u)
    steps = steps[steps > 1e-7]
    if steps.size == 0:
        return None
    n = round(1.0 / steps.min())
    return float(n) if 10 <= n <= 200_000 else None


class Run:
    """One run (the world), cut at its budget, and the planner's Plan at each of its rounds."""

    def __init__(self, rows: pd.DataFrame, budget: float):
        rows = rows[rows.n_labels <= budget + 1e-9].sort_values("n_labels")
        # the learner's name travels with the rounds, as in a user's table (a neural network's draws differ)
        self.rows = rows[[c for c in ("strategy", "model", "n_labels", "accuracy") if c in rows.columns]
                         ].reset_index(drop=True)
        self.n = self.rows.n_labels.to_numpy(float)
        self.acc = self.rows.accuracy.to_numpy(float)
        self.budget = float(budget)
        self._plans: dict = {}

    def plan(self, i: int):
        from planner.decide.verdict import Plan

        if i not in self._plans:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._plans[i] = Plan(self.rows.iloc[: i + 1], n_draws=N_DRAWS, seed=0)
        return self._plans[i]

    def index_at(self, labels: float) -> int:
        return int(np.searchsorted(self.n, labels + 1e-9, side="right") - 1)

    def first_hit(self, target: float, start: int = 0) -> int | None:
        """The first round at or after ``start`` whose measured accuracy meets ``target``."""
        hit = np.nonzero(self.acc[start:] >= target)[0]
        return int(hit[0]) + start if hit.size else None


def _scenario(price: float, fee: float, budget: float):
    from planner.decide.costs import PoolShape, Scenario

    return Scenario(label_price=price, engineering_days=0.0, turnaround_days=0.0, compute_per_round=0.0,
                    delay_cost_per_day=0.0, pool=PoolShape(pool_size=int(budget)))


def play_replan(run: Run, i: int, target: float, price: float, fee: float, n_test,
                confidence: float = CONFIDENCE) -> dict:
    """One campaign under replan from round ``i``."""
    from planner.decide.campaign.steer import give_up_level, out_of_reach, replan

    scen = _scenario(price, fee, run.budget)
    orders, gave_up, after_hit, justified = 0, False, 0, 0
    last = len(run.n) - 1
    whole = run.budget * price + fee          # labeling the whole budget in one order
    top = 0.0                                 # the largest dollar figure an answer printed, / whole
    refused = 0
    tell = None                               # a give-up's test size that would tell the target apart (its note)
    spent = False                             # the give-up is at a spent budget, not on the evidence
    trace = []                                # (P(reached within the budget) as answered, the run hits it later)
    while True:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                a = replan(run.plan(i), scen, target, confidence=confidence, test_size=n_test, budget=run.budget,
                           order_cost=fee)
        except ValueError:              # the rounds so far are refused (e.g. falling): buy one more round
            refused += 1
            if run.acc[i] >= target or i >= last or orders >= MAX_ORDERS:
                break
            i, orders = i + 1, orders + 1
            continue
        if a.action != Action.STOP and math.isfinite(a.p_within_budget):
            trace.append((round(float(a.p_within_budget), 4), run.first_hit(target, i + 1) is not None))
        if a.action == Action.ORDER:
            top = max(top, a.expected_cost / whole)
        if a.action == Action.STOP:
            break
        if a.action == Action.GIVE_UP:
            gave_up = True
            spent = not out_of_reach(a.p_within_budget, give_up_level(confidence), a.budget_labels)
            tell = float(a.test_size_to_tell) if math.isfinite(a.test_size_to_tell) else None
            break
        if orders >= MAX_ORDERS or i >= last:
            break
        if run.acc[i] >= target:
            after_hit += 1
            justified += bool(a.measured_hit and a.p_true <= 1 - confidence)
        i = max(run.index_at(run.n[i] + a.order), i + 1)
        orders += 1
    return {"i": i, "orders": orders, "gave_up": gave_up, "after_hit": after_hit, "justified": justified,
            "top_dollars": top, "refused": refused, "trace": trace, "tell": tell, "spent": spent}


def play_double(run: Run, i: int, target: float) -> dict:
    orders = 0
    while run.acc[i] < target and i < len(run.n) - 1:
        i = max(run.index_at(min(2 * run.n[i], run.budget)), i + 1)
        orders += 1
    return {"i": i, "orders": orders, "gave_up": False, "after_hit": 0}


def play_hindsight(run: Run, i: int, target: float) -> dict:
    j = run.first_hit(target, i)
    if j is None:
        return {"i": i, "orders": 0, "gave_up": True, "after_hit": 0}
    return {"i": max(i, j), "orders": int(j > i), "gave_up": False, "after_hit": 0}


def truly_reached(seed_mean: pd.Series, labels: float, target: float) -> bool:
    """Whether the seeds' mean curve (``seed_mean``: accuracy by label count, the curve the reachable targets are read
    from) meets ``target`` at ``labels`` (log-linear between its counts): reached without a lucky test reading."""
    n = seed_mean.index.to_numpy(float)
    return bool(np.interp(np.log(labels), np.log(n), seed_mean.to_numpy(float)) >= target)


def mean_curve(rows: pd.DataFrame, budget: float) -> pd.Series:
    """Mean accuracy by label count over ``rows``' seeds, up to ``budget``."""
    return rows[rows.n_labels <= budget].groupby("n_labels").accuracy.mean()


def fraction_targets(mean: pd.Series, budget: float) -> list[float]:
    """The mean curve's accuracy at :data:`FRACTIONS` of the budget (log-linear), floored to 4 decimals."""
    n, a = np.log(mean.index.to_numpy(float)), mean.to_numpy(float)
    return [math.floor(float(np.interp(np.log(f * budget), n, a)) * 1e4) / 1e4 for f in FRACTIONS]


def targets_of(cfg: pd.DataFrame, budget: float) -> tuple[dict, float, dict]:
    """{strategy: [reachable targets]}, the config's unreachable target, and {strategy: its mean curve} (the
    curve the reachable targets are read from, :func:`truly_reached`'s)."""
    means = {s: mean_curve(g, budget) for s, g in cfg.groupby("strategy")}
    top = float(cfg[cfg.n_labels <= budget].accuracy.max())
    return ({s: fraction_targets(m, budget) for s, m in means.items()},
            min(round(top + UNREACHABLE_MARGIN, 4), 0.9999), means)


def config_key(values) -> str:
    """A config's name in the rows (``dataset/model/batch_size/label_noise``) from its :data:`CONFIG` values."""
    return "/".join(map(str, values))


def replay(df: pd.DataFrame, *, seeds: int | None, facts: dict | None = None, confidence: float = CONFIDENCE,
           scenarios: tuple | None = None, log=print) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    scenarios = SCENARIOS if scenarios is None else scenarios
    for key, cfg in df.groupby(CONFIG, sort=True):
        budget = float(cfg["budget"].iloc[0])
        n_test = test_size(df[df.dataset == key[0]], facts)
        reach, unreach, seed_mean = targets_of(cfg, budget)
        t0 = time.perf_counter()
        for (s, seed), r in cfg.groupby(["strategy", "seed"], sort=True):
            if seeds is not None and sorted(cfg.seed.unique()).index(seed) >= seeds:
                continue
            run = Run(r, budget)
            start = run.index_at(START * budget)
            if start < 1:
                notes.append(f"{key[0]}/{s}/{seed}: fewer than 2 rounds at the start")
                continue
            for kind, target in [("reachable", t) for t in reach[s]] + [("unreachable", unreach)]:
                hit = run.first_hit(target, start)
                if kind == "reachable" and hit is None:
                    continue
                if kind == "unreachable" and hit is not None:   # a later seed of the config would have to miss it
                    continue
                for name, price, fee in scenarios:
                    base = {"dataset": key[0], "config": config_key(key), "strategy": s, "seed": int(seed),
                            "kind": kind, "target": target, "scenario": name, "price": price, "fee": fee,
                            "start": float(run.n[start]), "start_hit": bool(run.acc[start] >= target),
                            "test_size": n_test}
                    if hit is not None:
                        base["hindsight_dollars"] = run.n[hit] * price + (hit > start) * fee
                    res = {"replan": play_replan(run, start, target, price, fee, n_test, confidence=confidence),
                           "double": play_double(run, start, target), "hindsight": play_hindsight(run, start, target)}
                    for pol, out in res.items():
                        i = out.pop("i")
                        dollars = run.n[i] * price + out["orders"] * fee
                        row = {**base, "policy": pol, **out, "labels": float(run.n[i]), "dollars": dollars,
                               "reached": bool(run.acc[i] >= target),
                               "spend": (run.n[i] - run.n[start]) * price + out["orders"] * fee}
                        if "hindsight_dollars" in base:
                            row["ratio"] = dollars / base["hindsight_dollars"]
                        if kind == "reachable":
                            row["truly"] = truly_reached(seed_mean[s], float(run.n[i]), target)
                        rows.append(row)
        log(f"{'/'.join(map(str, key))}: {time.perf_counter() - t0:.0f}s")
    return rows, notes


def _extended(g: pd.DataFrame, pilot: pd.DataFrame, ext, scen, target: float, first: dict, pick: str,
              plans: dict | None = None):
    """The verdict after extending ``ext.measured`` of the pilot to ``ext.labels`` (the run's rounds up to it;
    the others as measured), and what the extension cost as this replay prices it: the labels bought beyond each
    extended strategy's pilot, less those the later pick's path uses (up to its first round meeting the target,
    ``first``), plus one round (``ext.cost``'s round); NaN where ``extend_pilot`` did not price it. ``plans``
    keeps the extended pilots' Plans by (strategies, labels) for the run's other targets and scenarios."""
    from planner.decide.costs import round_cost
    from planner.decide.verdict import Plan

    grown = g[g.strategy.isin(ext.measured) & (g.n_labels <= ext.labels)]
    longer = pd.concat([pilot[~pilot.strategy.isin(ext.measured)], grown])
    key = (tuple(sorted(ext.measured)), float(ext.labels))
    plans = {} if plans is None else plans
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if key not in plans:
                plans[key] = Plan(longer, n_draws=N_DRAWS, seed=0)
            later = plans[key].decide(scen, target).recommendation
    except ValueError:
        later = pick
    labels = 0.0
    for s in ext.measured:
        before = float(pilot.loc[pilot.strategy == s, "n_labels"].max())
        after = float(grown.loc[grown.strategy == s, "n_labels"].max())
        used = min(max(first.get(s, before), before), after) if s == later else before
        labels += max(after - used, 0.0)
    return later, (labels * scen.price_per_label + round_cost(scen) if math.isfinite(ext.cost) else math.nan)


def pilot_replay(df: pd.DataFrame, *, seeds: int | None, facts: dict | None = None, scenarios: tuple | None = None,
                 log=print) -> list[dict]:
    """Deciding at once against extending the pilot first when ``extend_pilot`` advises it."""
    from planner.decide.verdict import Plan
    from planner.decide.voi import extend_pilot

    out = []
    scenarios = SCENARIOS if scenarios is None else scenarios
    for key, cfg in df.groupby(CONFIG, sort=True):
        budget = float(cfg["budget"].iloc[0])
        n_test = test_size(df[df.dataset == key[0]], facts)
        # a mean curve at 100%: no accuracy target to decide on
        targets = [t for t in fraction_targets(mean_curve(cfg, budget), budget) if t < 1.0]
        t0 = time.perf_counter()
        for k, (seed, g) in enumerate(cfg.groupby("seed", sort=True)):
            if seeds is not None and k >= seeds:
                continue
            g = g[g.n_labels <= budget]
            pilot = g[g.n_labels <= START * budget]
            if pilot.groupby("strategy").n_labels.nunique().min() < 2:
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    plan = Plan(pilot, n_draws=N_DRAWS, seed=0)
            except ValueError:
                continue
            plans = {}   # the extended pilots' Plans, by (strategies, labels)
            for target in targets:
                for name, price, fee in scenarios:
                    scen = _scenario(price, fee, budget)
                    from dataclasses import replace

                    # the verdict's question is which strategy needs fewer labels: AL rounds cost $2 of compute
                    scen = replace(scen, compute_per_round=PILOT_ROUND, final_compute=0.0)
                    true, first = {}, {}
                    for s, r in g.groupby("strategy"):
                        r = r.sort_values("n_labels")
                        hit = np.nonzero(r.accuracy.to_numpy() >= target)[0]
                        labels = float(r.n_labels.iloc[hit[0]]) if hit.size else budget
                        first[s] = labels
                        cost = float(plan.price(s, [labels], scen)["total_cost"][0])
                        true[s] = cost if hit.size else 2 * cost     # a miss: the budget spent, then again
                    best = min(true.values())
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        pick = plan.decide(scen, target).recommendation
                        ext = extend_pilot(plan, scen, target, test_size=n_test, seed=0)
                    regret_now = true.get(pick, max(true.values())) - best
                    row = {"config": config_key(key), "seed": int(seed), "target": target, "scenario": name,
                           "pick_now": pick, "regret_now": regret_now, "advised": ext.advised,
                           "value": ext.value, "cost": ext.cost, "labels": ext.labels}
                    later, spent = _extended(g, pilot, ext, scen, target, first, pick, plans)
                    row.update(regret_always=true.get(later, max(true.values())) - best, pick_always=later,
                               cost_real=spent)
                    if ext.advised:
                        row.update(pick_after=row["pick_always"], regret_after=row["regret_always"])
                    else:
                        row.update(pick_after=pick, regret_after=regret_now)
                    out.append(row)
        log(f"pilot {'/'.join(map(str, key))}: {time.perf_counter() - t0:.0f}s")
    return out


def _checks_lines(checks: list[tuple]) -> list[str]:
    return ["", "Targets:", ""] + [f"- {'met' if ok else 'MISSED'}: {what} ({val})" for what, ok, val in checks]


def campaign_checks(stats: dict, policy: str = "replan") -> list[tuple[str, bool, str, float]]:
    """The replay targets on :func:`summarize`'s ``stats`` (all scenarios pooled, ``policy`` against double):
    ``(target, met, reading, shortfall)``, the shortfall in the target's own unit (a share, x hindsight, x double's
    spend, orders) and 0 when met; a target whose stats are missing is left out."""
    a, d = stats.get(("all", policy)), stats.get(("all", "double"))
    ua, ud = stats.get(("unreach", "all", policy)), stats.get(("unreach", "all", "double"))
    checks = []
    if a and d:
        checks += [("reached >= 90% of reachable campaigns", a["reached"] >= GOALS["reached"],
                    f"{100 * a['reached']:.0f}%", max(GOALS["reached"] - a["reached"], 0.0)),
                   ("reached never below double's rate", a["reached"] >= d["reached"],
                    f"{100 * a['reached']:.0f}% vs {100 * d['reached']:.0f}%", max(d["reached"] - a["reached"], 0.0)),
                   ("$ / hindsight mean <= 1.5x", a["mean"] <= GOALS["mean"], f"{a['mean']:.2f}x",
                    max(a["mean"] - GOALS["mean"], 0.0)),
                   ("$ / hindsight median <= 1.3x", a["median"] <= GOALS["median"], f"{a['median']:.2f}x",
                    max(a["median"] - GOALS["median"], 0.0)),
                   ("mean never above double's", a["mean"] <= d["mean"], f"{a['mean']:.2f}x vs {d['mean']:.2f}x",
                    max(a["mean"] - d["mean"], 0.0))]
    if ua and ud:
        cap = GOALS["spend_vs_double"] * ud["spend"]
        checks += [("unreachable: given up in >= 80%", ua["gave_up"] >= GOALS["give_up"],
                    f"{100 * ua['gave_up']:.0f}%", max(GOALS["give_up"] - ua["gave_up"], 0.0)),
                   ("unreachable: spend <= 1/4 of double's", ua["spend"] <= cap,
                    f"${ua['spend']:,.0f} vs ${ud['spend']:,.0f}",
                    max(ua["spend"] / ud["spend"] - GOALS["spend_vs_double"], 0.0) if ud["spend"] > 0 else 0.0)]
    if a:
        checks.append(("no dollar figure above the cost of labeling the whole budget (largest expected cost "
                       "printed / (budget x price + one order))", a["top"] <= 1.0, f"{a['top']:.2f}",
                       max(a["top"] - 1.0, 0.0)))
        checks.append(("no order after a measured hit that the answer does not justify",
                       a["after_hit"] == a["justified"], f"{a['after_hit']} orders, {a['justified']} justified",
                       float(a["after_hit"] - a["justified"])))
    return checks


def summarize(rows: list[dict], meta: dict) -> tuple[str, dict]:
    R = pd.DataFrame(rows)
    head = (f"Campaign replay on `{meta['truth']}`, part `{meta['part']}`: {meta['n_runs']} runs "
            f"({', '.join(meta['datasets'])}), start at <= budget/8, pool = budget, "
            f"confidence {meta.get('confidence', CONFIDENCE)}; "
            f"{meta['seconds']:.0f} s; planner {meta['planner']}; {meta['utc']}.")
    lines = [head, "",
             "Reachable targets (2 per run, each run reaches them within its budget). Reached: the run's measured "
             "accuracy at the end meets the target (a lucky test counts); truly reached: the seeds' mean curve, "
             "which set the target, meets it at the labels the policy ended with:", "",
             "| scenario | policy | campaigns | reached | truly reached | $ / hindsight mean | median | orders mean "
             "| gave up | orders after a measured hit (justified) |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    stats = {}
    policies = list(POLICIES) + sorted(p for p in R.policy.unique() if p not in POLICIES)
    for scen in ["all"] + [s[0] for s in SCENARIOS]:
        for pol in policies:
            g = R[(R.kind == "reachable") & (R.policy == pol) & ((R.scenario == scen) if scen != "all" else True)]
            if g.empty:
                continue
            m = {"n": len(g), "reached": g.reached.mean(), "truly": g["truly"].mean() if "truly" in g else math.nan,
                 "mean": g.ratio.mean(), "median": g.ratio.median(),
                 "refused": int(g.get("refused", pd.Series(0)).fillna(0).sum()),
                 "orders": g.orders.mean(), "gave_up": int(g.gave_up.sum()), "after_hit": int(g.after_hit.sum()),
                 "justified": int(g.get("justified", pd.Series(0)).fillna(0).sum())}
            stats[(scen, pol)] = m
            lines.append(f"| {scen} | {pol} | {m['n']} | {100 * m['reached']:.0f}% | {100 * m['truly']:.0f}% | "
                         f"{m['mean']:.2f} | "
                         f"{m['median']:.2f} | {m['orders']:.1f} | {m['gave_up']} | "
                         f"{m['after_hit']} ({m['justified']}) |")
            if pol.startswith("replan"):
                m["top"] = float(g["top_dollars"].max())
    lines += ["", "Unreachable targets (no run of the config reaches them within the budget):", "",
              "| scenario | policy | campaigns | gave up | spend before ending, mean $ |", "|---|---|---:|---:|---:|"]
    for scen in ["all"] + [s[0] for s in SCENARIOS]:
        for pol in [p for p in policies if p != "hindsight"]:
            g = R[(R.kind == "unreachable") & (R.policy == pol) & ((R.scenario == scen) if scen != "all" else True)]
            if g.empty:
                continue
            m = {"n": len(g), "gave_up": g.gave_up.mean(), "spend": g.spend.mean()}
            stats[("unreach", scen, pol)] = m
            lines.append(f"| {scen} | {pol} | {m['n']} | {100 * m['gave_up']:.0f}% | {m['spend']:,.0f} |")
    ref = int(R[R.policy.str.startswith("replan")].get("refused", pd.Series(0)).fillna(0).sum())
    lines += ["", f"Rounds where the planner refused the rounds so far (e.g. a falling start) and the replay bought "
              f"one more round instead: {ref}."]
    st = R[(R.start_hit) & (R.kind == "reachable")]
    lines += ["", f"Campaigns starting at or above the target: {st[st.policy == 'replan'].shape[0]}; replan placed "
              f"orders in {int((st[st.policy == 'replan'].orders > 0).sum())} of them."]
    # dollar figures never above labeling the whole budget (plus fees)
    checks = [c[:3] for c in campaign_checks(stats)]
    return "\n".join(lines + _checks_lines(checks)), stats


#: The campaign's key in a saved run's rows: the columns that name one campaign under every policy.
CAMPAIGN_KEY = ("config", "strategy", "seed", "target", "scenario")


#: Where replan missed a reachable target (:func:`misses`), in the order they are printed.
MISS_KINDS = ("gave up at the first look; the run meets the target later",
              "gave up at a later look; the run meets the target later",
              "gave up after an order passed every round where the run's test met the target",
              "ended without giving up, short of the target")


def misses(rows: list[dict], policy: str = "replan") -> list[str]:
    """Where ``policy``'s misses on reachable targets come from, from a saved run's rows: each missed campaign by
    when it gave up (its first answer or a later one) and whether the run's test met the target after that
    answer (the answer's ``trace`` flag), beside whether double reached the same campaign, whether the
    give-up said the target is within the test's noise (a larger test set, not more labels, decides it: the
    row's ``tell``; older rows hold none) and whether it gave up at a spent budget (the row's
    ``spent``: the budget bought, the test at it short). Markdown lines."""
    key = CAMPAIGN_KEY
    double = {tuple(r[k] for k in key): r["reached"] for r in rows
              if r["policy"] == "double" and r["kind"] == "reachable"}
    reach = [r for r in rows if r["policy"] == policy and r["kind"] == "reachable"]
    counts = {k: [0, 0, 0, 0] for k in MISS_KINDS}
    for r in reach:
        if r["reached"]:
            continue
        if not r["gave_up"]:
            kind = MISS_KINDS[3]
        elif r["trace"] and not r["trace"][-1][1]:
            kind = MISS_KINDS[2]
        else:
            kind = MISS_KINDS[0] if len(r["trace"]) <= 1 else MISS_KINDS[1]
        counts[kind][0] += 1
        counts[kind][1] += bool(double.get(tuple(r[k] for k in key)))
        counts[kind][2] += r.get("tell") is not None
        counts[kind][3] += bool(r.get("spent"))
    total = sum(c[0] for c in counts.values())
    lines = [f"{policy[:1].upper() + policy[1:]} missed {total} of {len(reach)} reachable campaigns:", "",
             "| where | campaigns | double reached them | the give-up said a larger test decides "
             "| at a spent budget |", "|---|---:|---:|---:|---:|"]
    return lines + [f"| {k} | {c[0]} | {c[1]} | {c[2]} | {c[3]} |" for k, c in counts.items()]


class PoolError(ValueError):
    """Saved runs that cannot be read as one (:func:`pooled_runs`)."""


def pooled_runs(paths: list[Path]) -> dict:
    """The ``_rows.json`` of one run, or of several (one design's reports, each run once) pooled: rows and pilots
    concatenated, the header's data sets, runs and seconds summed, its truth tables, planners and times joined.
    Runs at another confidence, or two runs of the same data set, raise :class:`PoolError`."""
    runs = [json.loads(Path(p).read_text()) for p in paths]
    if len(runs) == 1:
        return runs[0]
    seen: dict[str, str] = {}
    for p, run in zip(paths, runs):
        for ds in sorted({r["dataset"] for r in run["rows"]} | {r["config"].split("/")[0] for r in run["pilots"]}):
            if ds in seen:
                raise PoolError(f"data set {ds} is in {seen[ds]} and in {p}: pool runs of different data sets")
            seen[ds] = str(p)
    metas = [r["meta"] for r in runs]
    conf = {m.get("confidence", CONFIDENCE) for m in metas}
    if len(conf) > 1:
        raise PoolError(f"the runs replayed at different confidences ({', '.join(map(str, sorted(conf)))})")

    def joined(k: str) -> str:
        return " + ".join(dict.fromkeys(str(m[k]) for m in metas))

    meta = {**metas[0], "truth": joined("truth"), "part": joined("part"), "planner": joined("planner"),
            "utc": joined("utc"), "datasets": [d for m in metas for d in m["datasets"]],
            "n_runs": sum(m["n_runs"] for m in metas), "seconds": sum(m["seconds"] for m in metas)}
    return {"meta": meta, "rows": [r for run in runs for r in run["rows"]],
            "pilots": [r for run in runs for r in run["pilots"]]}


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _replay_sets(df: pd.DataFrame, campaign: bool, pilot: bool, shared: dict, options: dict) -> tuple:
    """One worker's share: the campaign and pilot replays of the data sets in ``df`` (its log lines to stderr)."""
    rows, notes = replay(df, log=_stderr, **shared, **options) if campaign else ([], [])
    pilots = pilot_replay(df, log=_stderr, **shared) if pilot else []
    return rows, notes, pilots


def replay_all(df: pd.DataFrame, *, jobs: int = 1, campaign: bool = True, pilot: bool = True, seeds: int | None,
               facts: dict | None, scenarios: tuple | None, **options) -> tuple[list[dict], list[str], list[dict]]:
    """The campaign replay (:func:`replay`, with ``options``) and the pilot replay (:func:`pilot_replay`) of the same
    ``seeds``, ``facts`` and ``scenarios``, the data sets shared among ``jobs`` worker processes. Each data set is
    replayed whole by one worker (its test size reads all its rows) and every answer's seed is fixed, so the rows are
    the same, in the same order, as one process's."""
    shared = dict(seeds=seeds, facts=facts, scenarios=scenarios)
    sets = sorted(df.dataset.unique())
    if jobs <= 1 or len(sets) <= 1:
        return _replay_sets(df, campaign, pilot, shared, options)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    parts = [df[df.dataset == s] for s in sets]
    # fork: the workers inherit this module as loaded (a script, or a test's copy of it)
    with ProcessPoolExecutor(max_workers=min(jobs, len(sets)), mp_context=multiprocessing.get_context("fork")) as ex:
        done = list(ex.map(_replay_sets, parts, *([x] * len(parts) for x in (campaign, pilot, shared, options))))
    return ([r for d in done for r in d[0]], [n for d in done for n in d[1]], [r for d in done for r in d[2]])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", type=Path, default=DATA / "forecast" / "sk_truth.parquet",
                    help="truth curves table (sk_truth.parquet's columns)")
    ap.add_argument("--part", default="selection", choices=("calibration", "selection", "report"),
                    help="which part of the split to replay (default selection; the report part only at the end)")
    ap.add_argument("--seeds", type=int, default=None, help="at most this many seeds per config")
    ap.add_argument("--datasets", default=None, help="comma-separated data sets (default: every one of the part)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes, each replaying whole data sets (default 1; the rows are the same)")
    ap.add_argument("--out", type=Path, default=DATA / "campaign" / "bench_campaign.md")
    ap.add_argument("--from-rows", type=Path, default=None, nargs="+", metavar="ROWS_JSON",
                    help="summarize the rows an earlier run saved (its --out's _rows.json) instead of replaying; "
                         "several runs' files (one design's reports, each run once) are pooled")
    ap.add_argument("--misses", action="store_true",
                    help="with --from-rows: where replan's misses on reachable targets come from")
    args = ap.parse_args(argv)
    log = _stderr
    if not 1 <= args.jobs <= 64:
        print(f"--jobs must be a whole number from 1 to 64, got {args.jobs}", file=sys.stderr)
        return 2
    if args.misses and args.from_rows is None:
        print("--misses reads a saved run: give its _rows.json with --from-rows", file=sys.stderr)
        return 2
    if args.from_rows is not None:
        try:
            saved = pooled_runs(args.from_rows)
            if args.misses:   # replan, then each of its variants the run replayed
                pols = sorted({r["policy"] for r in saved["rows"] if r["policy"].startswith("replan")},
                              key=lambda p: (p != "replan", p))
                md = "\n\n".join("\n".join(misses(saved["rows"], p)) for p in pols)
            else:
                md = summarize(saved["rows"], saved["meta"])[0]
        except PoolError as exc:
            print(f"--from-rows: {exc}", file=sys.stderr)
            return 2
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"--from-rows {' '.join(map(str, args.from_rows))}: not the _rows.json of bench_campaign.py runs "
                  f"({exc}); give the files their --out wrote beside the reports", file=sys.stderr)
            return 2
        print(md)
        return 0
    if not args.truth.is_file():
        print(f"skipped: no truth table at {args.truth}; write one with benchmarks/forecast/sk_truth.py")
        return 0
    t0 = time.perf_counter()
    planner = planner_version()   # the code the replay runs, read before it starts (the tree may move on)
    df = load_truth(args.truth, args.part)
    if args.datasets:
        df = df[df.dataset.isin([d.strip() for d in args.datasets.split(",")])]
    facts = load_facts(args.truth)
    rows, notes, pilots = replay_all(df, jobs=args.jobs, seeds=args.seeds, facts=facts, scenarios=SCENARIOS)
    truth = args.truth.resolve()
    meta = {"truth": str(truth.relative_to(ROOT)) if truth.is_relative_to(ROOT) else str(truth),
            "part": args.part, "datasets": sorted(df.dataset.unique()), "confidence": CONFIDENCE,
            "scenarios": [s[0] for s in SCENARIOS],
            "n_runs": int(df.groupby(CONFIG + ["strategy", "seed"]).ngroups), "seconds": time.perf_counter() - t0,
            "planner": planner, "utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    md, _ = summarize(rows, meta)
    md += "".join(f"\nnote: {n}" for n in notes[:10])
    print(md)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(md + "\n")
    args.out.with_name(args.out.stem + "_rows.json").write_text(
        json.dumps({"meta": meta, "rows": rows, "pilots": pilots}, default=str))
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
