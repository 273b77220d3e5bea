"""The dashboard's tables beside the verdict, each read off the same joint draws as the Decision.

Every function takes a :class:`planner.decide.verdict.Plan` and re-prices its draws;
each name is a table (the charts that draw them live in :mod:`planner.present.charts`):

* :func:`cost_by_target`: every strategy's cost at every target accuracy
  (the "Total cost vs target accuracy" chart);
* :func:`winner_by_price`: the rule's winner over target x label price (the
  "Break-even map" chart);
* :func:`savings_sensitivity`: the median saving when each input moves (the
  "Sensitivity of the savings" chart);
* :func:`cost_by_vendor`: every strategy's cost with each vendor (the
  "Vendor comparison" chart, and the Decision's vendor summary);
* :func:`accuracy_for_budget`: the accuracy a fixed budget buys (the reverse
  question);
* :func:`pilot_extension`: the value of extending the pilot before deciding
  (the verdict's "extend the pilot to N labels, then decide").
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd

from planner.decide.costs import Scenario
from planner.decide.verdict import DEFAULT_LEVEL, Plan, _diff, _whole, quantile
from planner.forecast.curves import check_level, check_target
from planner.forecast.draws import RANDOM

__all__ = ["accuracy_for_budget", "campaign_advice", "cost_by_target", "cost_by_vendor", "pilot_extension",
           "ruled_numbers", "savings_sensitivity", "winner_by_price"]


def cost_by_target(plan: Plan, scenario: Scenario, targets, *, level: float = DEFAULT_LEVEL,
                   vendors=None) -> pd.DataFrame:
    """Cost of every strategy at every target accuracy, from the draws.

    Returns
    -------
    DataFrame with one row per (target, strategy): ``target, strategy,
    labels, labels_low, labels_high, total_cost, total_cost_low,
    total_cost_high, calendar_days, reachable`` (inf where unreachable).
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
            rows.append({
                "target": t, "strategy": s,
                "labels": _whole(med, p.floor), "labels_low": _whole(quantile(p.labels, lo_q), p.floor),
                "labels_high": _whole(quantile(p.labels, hi_q), p.floor),
                "total_cost": quantile(total, 0.5), "total_cost_low": quantile(total, lo_q),
                "total_cost_high": quantile(total, hi_q),
                "calendar_days": quantile(p.costs["calendar_days"], 0.5),
                "reachable": bool(np.mean(np.isfinite(total)) > 0.5),
            })
    return pd.DataFrame(rows)


def ruled_numbers(plan: Plan, scen: Scenario, target: float, paths: dict | None = None) -> dict:
    """The rule's outcome and the median saving of ``best_al`` for a scenario (charts)."""
    paths = paths if paths is not None else plan.paths(scen, target)
    totals = {s: p.costs["total_cost"] for s, p in paths.items()}
    ruled = Plan.rule(totals, plan.random_share_of_pool(paths, scen, target), plan.pilot_share_of_pool(scen))
    best = ruled["best_al"]
    sv = math.nan
    if best is not None and RANDOM in totals:
        sv = quantile(_diff(totals[RANDOM], totals[best]), 0.5)
    return {**ruled, "savings": sv}


def winner_by_price(plan: Plan, scenario: Scenario, targets, prices, *, vendors=None) -> pd.DataFrame:
    """Where AL wins, over target accuracy x label price (the same draws, re-priced).

    Returns
    -------
    DataFrame with one row per (target, label_price): ``target,
    label_price, winner`` (the rule's recommendation), ``best_al``,
    ``savings`` (median over draws, random - best AL), ``al_wins`` and
    ``probability_al_cheaper`` (calibrated, as the verdict shows it: :func:`planner.decide.verdict.calibrated_p`).
    """
    scen = plan.resolve(scenario, vendors)
    prices = np.atleast_1d(np.asarray(prices, dtype=float))
    if not np.all(np.isfinite(prices)) or np.any(prices <= 0):
        raise ValueError("label prices for the break-even map must be finite and > 0")
    rows = []
    for t in np.atleast_1d(np.asarray(targets, dtype=float)):
        t = check_target(t)
        for p in prices:
            v = ruled_numbers(plan, replace(scen, label_price=float(p)), t)
            rows.append({"target": t, "label_price": float(p), "winner": v["recommendation"],
                         "best_al": v["best_al"], "savings": v["savings"],
                         "al_wins": bool(v["recommendation"] is not None and v["recommendation"] != RANDOM),
                         "probability_al_cheaper": v["p_al_calibrated"]})
    return pd.DataFrame(rows)


def savings_sensitivity(plan: Plan, scenario: Scenario, target: float, *, swing: float = 0.5,
                        vendors=None) -> pd.DataFrame:
    """Tornado table: the median AL saving and P(AL cheaper) (calibrated, as the verdict shows it) when each input
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
            numbers = ruled_numbers(plan, replace(scen, **changes), target)
            out[f"{side}_value"] = float(v)
            out[f"savings_{side}"] = numbers["savings"]
            out[f"p_{side}"] = numbers["p_al_calibrated"]
        rows.append(out)
    df = pd.DataFrame(rows)
    df["base"] = base["savings"]
    df["p_base"] = base["p_al_calibrated"]
    df["swing"] = (df["savings_high"] - df["savings_low"]).abs()
    return df.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


def cost_by_vendor(plan: Plan, scenario: Scenario, target: float, vendors=None, *, votes=(1,)) -> pd.DataFrame:
    """Every strategy's cost to ``target`` with each vendor (and ``votes`` labels per item).

    Returns
    -------
    DataFrame with one row per (vendor, votes, strategy): ``vendor,
    votes, strategy, price_per_label`` (per delivered label),
    ``label_error`` (after voting), ``turnaround_days, labels,
    labels_billed, total_cost, total_cost_low, total_cost_high,
    calendar_days, reachable, recommended, probability_al_cheaper`` (calibrated, as the verdict shows it),
    ``noise``.
    """
    from planner.decide.vendors import read_vendors

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
                    "turnaround_days": scen.turnaround, "labels": float(c["labels"][0]),
                    "labels_billed": float(c["label_cost"][0] / scen.price_per_label)
                    if math.isfinite(c["label_cost"][0]) else math.inf,
                    "total_cost": quantile(total, 0.5), "total_cost_low": quantile(total, 0.1),
                    "total_cost_high": quantile(total, 0.9),
                    "calendar_days": float(c["calendar_days"][0]),
                    "reachable": s in ruled["reachable"], "recommended": s == ruled["recommendation"],
                    "probability_al_cheaper": ruled["p_al_calibrated"], "noise": p.note or "as simulated",
                })
    return pd.DataFrame(rows)


def accuracy_for_budget(plan: Plan, scenario: Scenario, budget: float, *, level: float = DEFAULT_LEVEL,
                             vendors=None) -> pd.DataFrame:
    """The accuracy each strategy reaches for a total budget of ``budget`` dollars (the reverse question).

    The largest label count whose total cost fits the budget, capped by
    the pool, and the draws' accuracy there (median and interval).

    Returns
    -------
    DataFrame with one row per strategy: ``strategy, budget, labels,
    total_cost, accuracy, accuracy_low, accuracy_high, best, note``
    (labels 0 and accuracy NaN when the budget does not cover the fixed
    costs).
    """
    b = float(budget)
    if not math.isfinite(b) or b <= 0:
        raise ValueError(f"budget must be a positive number of dollars, got {budget}")
    scen = plan.resolve(scenario, vendors)
    level = check_level(level)
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    rows = []
    for s in plan.strategies:
        initial, _ = plan._shape(scen, s)
        lo = initial if s != RANDOM else 1
        cap = scen.pool_size if scen.pool_size is not None else int(min(b / scen.price_per_label + 1, 1e12))
        cost = lambda n: float(plan.price(s, [n], scen)["total_cost"][0])  # noqa: E731
        level_n, factor, note = plan._noise_choice(s, scen.effective_label_error, scen.n_classes)
        d = plan.draws.get(s, level_n)
        if cap < lo or cost(lo) > b:
            rows.append({"strategy": s, "budget": b, "labels": 0, "total_cost": math.nan, "accuracy": math.nan,
                         "accuracy_low": math.nan, "accuracy_high": math.nan,
                         "note": f"${b:,.0f} does not cover the fixed costs and the first {lo:,} labels"})
            continue
        hi = cap
        if cost(hi) <= b:
            n = hi
        else:
            low = lo  # cost(low) <= b < cost(hi)
            while hi - low > 1:
                mid = (low + hi) // 2
                if cost(mid) <= b:
                    low = mid
                else:
                    hi = mid
            n = low
        n_eff = max(n / factor, 1.0)  # noise: n labels are worth n / factor clean ones
        acc = d.accuracy([n_eff])[:, 0]
        if n_eff > d.n_max:
            ratio = n_eff / d.n_max
            note = "; ".join(x for x in (note, f"extrapolated {ratio:.1f}x beyond the measured curve") if x)
        rows.append({"strategy": s, "budget": b, "labels": int(n), "total_cost": cost(n),
                     "accuracy": quantile(acc, 0.5), "accuracy_low": quantile(acc, lo_q),
                     "accuracy_high": quantile(acc, hi_q), "note": note})
    df = pd.DataFrame(rows)
    acc = df["accuracy"].to_numpy(dtype=float)
    df["best"] = False
    if np.isfinite(acc).any():
        df.loc[int(np.nanargmax(acc)), "best"] = True
    return df


def campaign_advice(measured, scenario: Scenario, target: float, *, strategy: str | None = None,
                    confidence: float | None = None, value_per_point: float = 0.0, test_size: int | None = None,
                    budget: int | None = None, budget_dollars: float | None = None, order_cost: float = 0.0,
                    give_up_below: float | None = None):
    """(next order, dollar-optimal stop or None) of a running campaign from its measured rounds, as
    ``alplan replan`` gives them (:func:`planner.decide.campaign.replan`, :func:`planner.decide.campaign.optimal_stop`).

    A campaign is one run of one strategy: with ``strategy`` named, only its rows are fitted, so the
    other rows of the file cannot move its answer (as ``alplan replan --strategy``). A ``test_size``,
    ``budget``, ``budget_dollars`` or ``give_up_below`` of 0 is not given (the page's zeros).
    """
    from planner.decide.campaign import optimal_stop, replan
    from planner.decide.verdict import get_plan

    scenario.validate()
    if strategy is not None:
        attrs = dict(measured.attrs)
        measured = measured[measured["strategy"].astype(str) == str(strategy)].reset_index(drop=True)
        measured.attrs = attrs
    plan = get_plan(measured)
    order = replan(plan, scenario, target, strategy=strategy, confidence=confidence, test_size=test_size or None,
                   budget=budget or None, budget_dollars=budget_dollars or None, order_cost=order_cost,
                   give_up_below=give_up_below or None)
    stop = (optimal_stop(plan, scenario, value_per_point=value_per_point, strategy=order.strategy)
            if value_per_point > 0 else None)
    return order, stop


def pilot_extension(curves, scenario: Scenario, target: float, *, vendors=None, test_size: float | None = None,
                    seed: int = 0):
    """The value of extending the pilot before deciding (:func:`planner.decide.voi.extend_pilot`), priced as the
    verdict is (the vendor applied), from the curves table or its Plan; None when no strategy was measured
    (nothing to extend). ``alplan plan`` and the page's verdict both read it."""
    from planner.decide.verdict import get_plan
    from planner.decide.voi import extend_pilot

    plan = curves if isinstance(curves, Plan) else get_plan(curves)
    scen = replace(plan.resolve(scenario, vendors), vendor=None)  # its terms applied: no table to look it up in again
    paths = plan.paths(scen, check_target(target))
    if not any(p.draws.kind == "measured" for p in paths.values()):
        return None
    return extend_pilot(plan, scen, target, test_size=test_size, seed=seed)
