"""The what-if tables beside the verdict, each read off the same joint draws as the Decision.

Every function takes a :class:`planner.decide.verdict.Plan` (the draws) and re-runs the verdict's pipeline
from its priced paths (:mod:`planner.decide.paths`, then the rule, :func:`planner.decide.rule.rule_paths`),
never the verdict itself; each returns a table (the charts that draw them live in
:mod:`planner.present.charts` and :mod:`planner.present.whatif_charts`, the words in :mod:`planner.present`'s views):

* :func:`cost_by_target`: every strategy's cost at every target accuracy
  (the "Total cost vs target accuracy" chart);
* :func:`winner_by_price`: the rule's winner over target x label price (the
  "Break-even map" chart);
* :func:`savings_sensitivity`: the median saving when each input moves (the
  "Sensitivity of the savings" chart);
* :func:`cost_by_vendor`: every strategy's cost with each vendor (the
  "Vendor comparison" chart), and :func:`vendor_summary`, the Decision's
  vendor summary read off it;
* :func:`accuracy_for_budget`: the accuracy a fixed budget buys (the reverse
  question);
* :func:`forecast_frame`: each strategy's draws on a grid of label counts
  (the learning-curve chart).

The campaign's advice and the pilot extension are
:func:`planner.decide.campaign.steer.campaign_advice` and
:func:`planner.decide.voi.extend_pilot`.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd

from planner.decide.costs import Scenario
from planner.decide.paths import draw_facts, path_labels, path_limit, price_paths
from planner.decide.rule import rule_paths
from planner.decide.summaries import DEFAULT_LEVEL, paired_diff, quantile, whole
from planner.decide.vendors import read_vendors
from planner.forecast.curves import check_level, check_target
from planner.forecast.draws import RANDOM
from planner.forecast.limits import EXTRAPOLATION_LIMIT, label_limit

__all__ = ["accuracy_for_budget", "cost_by_target", "cost_by_vendor", "forecast_frame", "ruled_numbers",
           "savings_sensitivity", "vendor_summary", "winner_by_price"]


def cost_by_target(plan, scenario: Scenario, targets, *, level: float = DEFAULT_LEVEL,
                   vendors=None) -> pd.DataFrame:
    """Cost of every strategy at every target accuracy, from the draws.

    Returns
    -------
    DataFrame with one row per (target, strategy): ``target, strategy,
    labels, labels_low, labels_high, total_cost, total_cost_low,
    total_cost_high, calendar_days, reachable, label_limit, beyond_limit`` (inf where unreachable; a figure
    past the extrapolation limit carried at it and named in ``beyond_limit``).
    """
    scen = plan.resolve(scenario, vendors)
    level = check_level(level)
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    rows = []
    for t in np.atleast_1d(np.asarray(targets, dtype=float)):
        t = check_target(t)
        for s, p in plan.paths(scen, t).items():
            total = p.costs["total_cost"]
            med = quantile(p.labels, 0.5)
            row = {
                "target": t, "strategy": s,
                "labels": whole(med, p.floor), "labels_low": whole(quantile(p.labels, lo_q), p.floor),
                "labels_high": whole(quantile(p.labels, hi_q), p.floor),
                "total_cost": quantile(total, 0.5), "total_cost_low": quantile(total, lo_q),
                "total_cost_high": quantile(total, hi_q),
                "calendar_days": quantile(p.costs["calendar_days"], 0.5),
                "reachable": bool(np.mean(np.isfinite(total)) > 0.5),
            }
            limit = path_limit(p, scen)
            beyond = []
            if math.isfinite(limit):   # nothing past the extrapolation limit: carried at it, and named
                at = plan.price(s, [limit], scen)
                tops = {"labels": limit, "labels_low": limit, "labels_high": limit,
                        "total_cost": float(at["total_cost"][0]), "total_cost_low": float(at["total_cost"][0]),
                        "total_cost_high": float(at["total_cost"][0]), "calendar_days": float(at["calendar_days"][0])}
                for key, top in tops.items():
                    if math.isfinite(row[key]) and row[key] > top * (1 + 1e-12):
                        row[key] = top
                        beyond.append(key)
            rows.append({**row, "label_limit": limit, "beyond_limit": beyond})
    return pd.DataFrame(rows)


def ruled_numbers(plan, scen: Scenario, target: float, paths: dict | None = None) -> dict:
    """The rule's outcome and the median saving of ``best_al`` for a scenario (charts)."""
    paths = paths if paths is not None else plan.paths(scen, target)
    ruled = rule_paths(paths, draw_facts(plan, paths, scen, target))   # the verdict's rule step, on these paths
    best = ruled["best_al"]
    sv = math.nan
    if best is not None and RANDOM in paths:
        sv = quantile(paired_diff(paths[RANDOM].costs["total_cost"], paths[best].costs["total_cost"]), 0.5)
    return {**ruled, "savings": sv}


def winner_by_price(plan, scenario: Scenario, targets, prices, *, vendors=None) -> pd.DataFrame:
    """Where AL wins, over target accuracy x label price (the same draws, re-priced).

    Returns
    -------
    DataFrame with one row per (target, label_price): ``target,
    label_price, winner`` (the rule's recommendation), ``best_al``,
    ``savings`` (median over draws, random - best AL), ``al_wins`` and
    ``probability_al_cheaper`` (the verdict's chance, :func:`planner.decide.rule.rule`).
    """
    scen = plan.resolve(scenario, vendors)
    prices = np.atleast_1d(np.asarray(prices, dtype=float))
    if not np.all(np.isfinite(prices)) or np.any(prices <= 0):
        raise ValueError("label prices for the break-even map must be finite and > 0")
    rows = []
    for t in np.atleast_1d(np.asarray(targets, dtype=float)):
        t = check_target(t)
        drawn = path_labels(plan, scen, t)   # the counts per draw: the same at every label price
        for p in prices:
            at = replace(scen, label_price=float(p))
            own = {s: (labels.copy(), note, d) for s, (labels, note, d) in drawn.items()}
            v = ruled_numbers(plan, at, t, price_paths(plan, at, t, own))
            rows.append({"target": t, "label_price": float(p), "winner": v["recommendation"],
                         "best_al": v["best_al"], "savings": v["savings"],
                         "al_wins": bool(v["recommendation"] is not None and v["recommendation"] != RANDOM),
                         "probability_al_cheaper": v["p_al_cheaper"]})
    return pd.DataFrame(rows)


def savings_sensitivity(plan, scenario: Scenario, target: float, *, swing: float = 0.5,
                        vendors=None) -> pd.DataFrame:
    """Tornado table: the median AL saving and P(AL cheaper) (as the verdict shows it) when each input
    moves by ``swing``.

    The labels per draw stay the same; only the prices change.

    Returns
    -------
    DataFrame sorted by swing (largest first): ``input, base_value,
    low_value, high_value, savings_low, savings_high, p_low, p_high, base,
    swing``.
    """
    target = check_target(target)
    if not 0 < float(swing) < 1:
        raise ValueError(f"swing must be in (0, 1), got {swing}: e.g. 0.5 for -/+50%")
    scen = plan.resolve(scenario, vendors)
    base = ruled_numbers(plan, scen, target)
    if not math.isfinite(base["savings"]):
        raise ValueError(
            f"savings at {target:.4g} are undefined: random sampling or every AL strategy misses the target"
        )
    inputs = {
        "label price": ("label_price", scen.label_price, float),
        "engineering days": ("engineering_days", scen.engineering_days, float),
        "day rate": ("day_rate", scen.engineering_day_rate, float),
        "compute per round": ("compute_per_round", scen.compute_per_round, float),
        "turnaround days": ("turnaround_days", scen.turnaround, float),
        "delay cost per day": ("delay_cost_per_day", scen.delay_cost_per_day, float),
        "QA multiplier": ("qa_multiplier", scen.qa_multiplier, float),
        "batch size": ("batch_size", scen.batch_size or plan.batch_size(), int),
    }
    rows = []
    for label, (name, value, kind) in inputs.items():
        value = float(value)
        if value <= 0:
            continue
        if name == "turnaround_days" and scen.delay_cost_per_day == 0:
            continue  # time is free: turnaround changes no dollar
        out = {"input": label, "base_value": value}
        for side, mult in (("low", 1 - swing), ("high", 1 + swing)):
            v = max(1, int(round(value * mult))) if kind is int else kind(value * mult)
            changes = {name: v}
            if name == "day_rate":
                changes["yearly_salary"] = None
            varied = scen.with_pool(**changes) if name == "batch_size" else replace(scen, **changes)
            numbers = ruled_numbers(plan, varied, target)
            out[f"{side}_value"] = float(v)
            out[f"savings_{side}"] = numbers["savings"]
            out[f"p_{side}"] = numbers["p_al_cheaper"]
        rows.append(out)
    df = pd.DataFrame(rows)
    df["base"] = base["savings"]
    df["p_base"] = base["p_al_cheaper"]
    df["swing"] = (df["savings_high"] - df["savings_low"]).abs()
    return df.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


def cost_by_vendor(plan, scenario: Scenario, target: float, vendors=None, *, votes=(1,)) -> pd.DataFrame:
    """Every strategy's cost to ``target`` with each vendor (and ``votes`` labels per item).

    Returns
    -------
    DataFrame with one row per (vendor, votes, strategy): ``vendor,
    votes, strategy, price_per_label`` (per delivered label),
    ``label_error`` (after voting), ``turnaround_days, min_order, labels,
    labels_bought`` (whole batches), ``labels_billed`` (each order raised to the minimum), ``total_cost, total_cost_low, total_cost_high,
    calendar_days, reachable, recommended, probability_al_cheaper`` (as the verdict shows it),
    ``noise``.
    """
    target = check_target(target)
    table = read_vendors(vendors)
    base = replace(scenario, vendor=None, label_price=scenario.label_price or 1.0)
    base.validate()
    rows = []
    for v in table.to_dict("records"):
        for k in votes:
            scen = replace(base.with_vendor(v), votes=int(k))
            scen.validate()
            name = v["name"] if int(k) == 1 else f"{v['name']} x{int(k)}"
            paths = plan.paths(scen, target)
            ruled = ruled_numbers(plan, scen, target, paths)
            for s, p in paths.items():
                med = quantile(p.labels, 0.5)
                c = plan.price(s, [med], scen)
                total = p.costs["total_cost"]
                rows.append({
                    "vendor": name, "votes": int(k), "strategy": s,
                    "price_per_label": scen.price_per_label, "label_error": scen.effective_label_error,
                    "turnaround_days": scen.turnaround, "min_order": int(scen.min_order),
                    "labels": float(c["labels"][0]), "labels_bought": float(c["labels_bought"][0]),
                    "labels_billed": float(c["label_cost"][0] / scen.price_per_label)
                    if math.isfinite(c["label_cost"][0]) else math.inf,
                    "total_cost": quantile(total, 0.5), "total_cost_low": quantile(total, 0.1),
                    "total_cost_high": quantile(total, 0.9),
                    "calendar_days": float(c["calendar_days"][0]),
                    "reachable": s in ruled["reachable"], "recommended": s == ruled["recommendation"],
                    "probability_al_cheaper": ruled["p_al_cheaper"], "noise": p.note or "as simulated",
                })
    return pd.DataFrame(rows)


def _bought_nothing(strategy: str, budget: float, note: str) -> dict:
    """A budget row for a strategy the budget cannot start: no labels, no accuracy, and why."""
    return {"strategy": strategy, "budget": budget, "labels": 0, "label_cost": math.nan, "total_cost": math.nan,
            "accuracy": math.nan, "accuracy_low": math.nan, "accuracy_high": math.nan, "whole_pool": False,
            "extrapolation_ratio": math.nan, "note": note, "label_limit": math.nan, "beyond_limit": []}


def accuracy_for_budget(plan, scenario: Scenario, budget: float | None = None, *, labels: int | None = None,
                        level: float = DEFAULT_LEVEL, vendors=None) -> pd.DataFrame:
    """The accuracy each strategy reaches for a budget (the reverse question): ``budget`` dollars in all, or
    ``labels`` labels.

    With dollars: the largest label count whose total cost (labels, engineering, compute, delay) fits the budget;
    with labels: that count. Either is capped by the pool. The accuracy is the draws' at that count (median and
    interval), bound by what was measured: never above the accuracy measured with the whole pool labeled
    (``scenario.pool_accuracy``, per draw with its noise), and at the whole pool every strategy has labeled the
    same examples, so every strategy reads that measurement there. With a pool but no such measurement, the
    whole pool's accuracy is, per draw, the best any strategy's curve gives at the pool.

    Returns
    -------
    DataFrame with one row per strategy: ``strategy, budget, labels,
    label_cost, total_cost, accuracy, accuracy_low, accuracy_high, whole_pool, extrapolation_ratio, best, note,
    label_limit, beyond_limit`` (``budget`` is the dollars, NaN when ``labels`` was given; labels 0 and accuracy
    NaN when the dollars do not cover the fixed costs). No accuracy is quoted above the whole pool's measured one
    (``scenario.pool_accuracy``). Beyond the extrapolation limit (:mod:`planner.forecast.limits`) the accuracy is
    read at the limit, a floor (curves only rise), and its fields are named in ``beyond_limit`` ("more than").
    """
    b = _checked_budget(budget, labels)
    scen = plan.resolve(scenario, vendors)
    level = check_level(level)
    ceiling = _whole_pool_draws(plan, scen)
    rows = []
    for s in plan.strategies:
        initial, _ = plan._shape(scen, s)
        lo = initial if s != RANDOM else 1
        n, short = _labels_bought(plan, s, scen, lo, b if budget is not None else None, labels)
        if n is None:
            rows.append(_bought_nothing(s, b, short))
            continue
        rows.append(_budget_row(plan, s, scen, n, b, ceiling, level))
    df = pd.DataFrame(rows)
    acc = df["accuracy"].to_numpy(dtype=float)
    df["best"] = False
    if np.isfinite(acc).any():
        df.loc[int(np.nanargmax(acc)), "best"] = True
    return df


def _checked_budget(budget: float | None, labels: int | None) -> float:
    """The budget in dollars (NaN where given in ``labels``): one of the two, a positive number of dollars or a
    whole number of at least one label."""
    if (budget is None) == (labels is None):
        raise ValueError("give a budget in dollars or in labels, not both and not neither")
    if budget is not None:
        b = float(budget)
        if not math.isfinite(b) or b <= 0:
            raise ValueError(f"budget must be a positive number of dollars, got {budget}")
        return b
    if not (isinstance(labels, (int, np.integer)) or float(labels).is_integer()) or int(labels) < 1:
        raise ValueError(f"labels must be a whole number of at least 1, got {labels}")
    return math.nan


def _whole_pool_draws(plan, scen: Scenario) -> np.ndarray | None:
    """Per draw, the accuracy with the whole pool labeled: the measurement's (``scen.pool_accuracy``, with its
    noise), else, with a pool, the best any strategy's curve gives at the pool (the rule the verdict's paths
    follow: at the pool's end every strategy has labeled the same examples); None without a pool."""
    ceiling = plan.pool_ceiling(scen)
    pool = scen.pool_size
    if ceiling is None and pool is not None:
        at_pool = []
        for s in plan.strategies:
            level_n, factor, _ = plan._noise_choice(s, scen.effective_label_error, scen.n_classes)
            at_pool.append(plan.draws.get(s, level_n).accuracy([max(pool / factor, 1.0)])[:, 0])
        ceiling = np.max(np.vstack(at_pool), axis=0)
    return ceiling


def _labels_bought(plan, s: str, scen: Scenario, lo: int, dollars: float | None,
                   labels: int | None) -> tuple[int | None, str]:
    """``(n, why)``: the labels strategy ``s`` buys (starting from ``lo``): the largest count whose total cost fits
    ``dollars`` (found by bisection), or ``labels``; either capped by the pool. ``n`` None (and ``why`` says so)
    where the budget does not cover the fixed costs and the first ``lo`` labels."""
    pool = scen.pool_size
    if dollars is None:
        if int(labels) < lo:  # AL starts from its initial labels: fewer buy no AL path at all
            return None, (f"{int(labels):,} {'label does' if int(labels) == 1 else 'labels do'}"
                          f" not cover the first {lo:,} labels it starts from")
        n = int(labels)
        return (min(n, int(pool)) if pool is not None else n), ""
    cost = lambda n: float(plan.price(s, [n], scen)["total_cost"][0])  # noqa: E731
    cap = pool if pool is not None else int(min(dollars / scen.price_per_label + 1, 1e12))
    if cap < lo or cost(lo) > dollars:
        return None, f"${dollars:,.0f} does not cover the fixed costs and the first {lo:,} labels"
    hi = cap
    if cost(hi) <= dollars:
        return hi, ""
    low = lo  # cost(low) <= dollars < cost(hi)
    while hi - low > 1:
        mid = (low + hi) // 2
        if cost(mid) <= dollars:
            low = mid
        else:
            hi = mid
    return low, ""


def _budget_row(plan, s: str, scen: Scenario, n: int, b: float, ceiling: np.ndarray | None, level: float) -> dict:
    """Strategy ``s``'s row of :func:`accuracy_for_budget` at ``n`` labels (``b``: the dollars, NaN for labels):
    the draws' accuracy there (median and ``level`` interval), bound by the whole pool's ``ceiling`` and read at
    the extrapolation limit beyond it ("more than"), with its cost and notes."""
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    pool = scen.pool_size
    level_n, factor, note = plan._noise_choice(s, scen.effective_label_error, scen.n_classes)
    d = plan.draws.get(s, level_n)
    whole_pool = pool is not None and n >= pool
    n_eff = max(n / factor, 1.0)  # noise: n labels are worth n / factor clean ones
    acc = d.accuracy([n_eff])[:, 0]
    notes = [note] if note else []
    limit = label_limit(d.n_max, pool if scen.pool_accuracy is not None else None)
    beyond: list[str] = []
    measured = scen.pool_accuracy is not None   # the whole pool's score measured: the pool is no extrapolation
    far = n_eff > limit and not (whole_pool and measured)
    if far:   # no reading beyond the extrapolation limit: the curve's there is carried (accuracy only rises)
        acc = d.accuracy([limit])[:, 0]
        beyond = ["accuracy", "accuracy_low", "accuracy_high", "extrapolation_ratio"]
    if ceiling is not None and (measured or not far):
        # what was measured binds: no strategy above the whole pool's accuracy; at the pool, every one at it
        acc = ceiling.copy() if whole_pool else np.minimum(acc, ceiling)
        if whole_pool:
            notes.append("the whole pool: its measured accuracy" if scen.pool_accuracy is not None
                         else "the whole pool: every strategy has labeled the same examples")
    if scen.pool_accuracy is not None:   # and no figure quoted above the measurement itself
        acc = np.minimum(acc, float(scen.pool_accuracy))
    if far:
        notes.append(f"beyond {EXTRAPOLATION_LIMIT:g}x the measured curve ({d.n_max:,.0f} labels)")
    elif n_eff > d.n_max and not (whole_pool and ceiling is not None):
        notes.append(f"extrapolated {n_eff / d.n_max:.1f}x beyond the measured curve")
    elif n_eff < d.n_min:
        notes.append(f"below the measured curve, which starts at {int(whole(d.n_min, 1)):,} labels")
    c = plan.price(s, [n], scen)
    return {"strategy": s, "budget": b, "labels": int(n), "label_cost": float(c["label_cost"][0]),
            "total_cost": float(c["total_cost"][0]),
            "accuracy": quantile(acc, 0.5), "accuracy_low": quantile(acc, lo_q),
            "accuracy_high": quantile(acc, hi_q), "whole_pool": bool(whole_pool),
            "extrapolation_ratio": min(n_eff / d.n_max, EXTRAPOLATION_LIMIT) if far else n_eff / d.n_max,
            "note": "; ".join(notes), "label_limit": limit, "beyond_limit": beyond}


def vendor_summary(plan, scenario: Scenario, target: float, vendors) -> tuple[dict, ...]:
    """Per vendor: its terms and the recommended path's cost and days (from :func:`cost_by_vendor`)."""
    vc = cost_by_vendor(plan, scenario, target, vendors)
    summary = []
    for name, g in vc.groupby("vendor", sort=False):
        rec_rows = g[g["recommended"]]
        best = rec_rows.iloc[0] if len(rec_rows) else None
        summary.append({
            "vendor": name,
            "price_per_label": float(g["price_per_label"].iloc[0]),
            "label_error": float(g["label_error"].iloc[0]),
            "turnaround_days": float(g["turnaround_days"].iloc[0]),
            "recommendation": None if best is None else str(best["strategy"]),
            "total_cost": math.inf if best is None else float(best["total_cost"]),
            "calendar_days": math.inf if best is None else float(best["calendar_days"]),
        })
    return tuple(summary)


def forecast_frame(plan, *, n_end: float | None = None, level: float = DEFAULT_LEVEL,
                   n_points: int = 60, scenario: Scenario | None = None) -> pd.DataFrame:
    """Each strategy's draws on a grid of label counts: median and band (the learning-curve chart).

    A strategy is drawn from the first count it was measured at (a campaign's AL strategy measured from 800
    labels is not drawn from the 20 at which random starts); its points up to its largest measured count are
    ``measured``.

    With a ``scenario`` that gives the accuracy measured with the whole pool labeled, every draw is bound by it
    (no band above what the whole pool measured) and the grid stops at the pool; it never runs beyond the
    extrapolation limit (:func:`planner.forecast.limits.label_limit` of the largest measured count).

    Returns
    -------
    DataFrame with columns ``strategy, n_labels, accuracy, low, high,
    kind`` (``measured``, ``extrapolated`` or ``transferred``).
    """
    level = check_level(level)
    n_min = max(min(plan.draws.get(s).n_min for s in plan.strategies), 1.0)
    n_obs = max(plan.draws.get(s).n_max for s in plan.strategies)
    n_end = float(n_end) if n_end is not None and math.isfinite(n_end) else 3.0 * n_obs
    n_end = max(n_end, n_obs)
    ceiling = measured_pool = None
    if scenario is not None:
        scenario = plan.resolve(scenario)
        ceiling = plan.pool_ceiling(scenario)
        if scenario.pool_size is not None:
            n_end = min(n_end, float(scenario.pool_size))
            n_min = min(n_min, n_end)
        if scenario.pool_accuracy is not None:
            measured_pool = scenario.pool_size
    n_end = min(n_end, label_limit(n_obs, measured_pool))   # no curve drawn beyond the extrapolation limit
    grid = np.unique(np.round(np.geomspace(n_min, n_end, n_points)))
    frames = []
    for s in plan.strategies:
        d = plan.draws.get(s)
        at = grid[grid >= d.n_min]   # from the strategy's own first count: nothing drawn before it
        ends = [n for n in (d.n_min, d.n_max) if n <= n_end]   # the measured part ends where the measurements do
        at = np.unique(np.concatenate([ends, at]))
        if not at.size:
            continue
        acc = d.accuracy(at)
        if ceiling is not None:   # no band above the whole pool's measurement
            acc = np.minimum(np.minimum(acc, ceiling[:, None]), float(scenario.pool_accuracy))
        lo, mid, hi = (np.quantile(acc, q, axis=0) for q in ((1 - level) / 2, 0.5, (1 + level) / 2))
        kind = np.where(at <= d.n_max, "measured", "extrapolated")
        if d.kind == "transferred":
            kind = np.full(at.size, "transferred")
        frames.append(pd.DataFrame({"strategy": s, "n_labels": at, "accuracy": mid, "low": lo, "high": hi,
                                    "kind": kind}))
    columns = ["strategy", "n_labels", "accuracy", "low", "high", "kind"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
