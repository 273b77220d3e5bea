"""One strategy's row of a verdict: its labels (median, range), costs, basis, reason, warning and forecast risk.

Built from the strategy's per-draw labels and costs (:class:`PricedPath`)
under one scenario and target; :meth:`planner.decide.verdict.Plan.decide`
assembles the rows into a :class:`planner.decide.results.Decision`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.decide.costs import Scenario, fixed_costs
from planner.decide.results import StrategyPlan
from planner.decide.summaries import break_even_quote, paired_diff, quantile, whole
from planner.forecast.draws import RANDOM, median_plateau

__all__ = ["FAR_EXTRAPOLATION", "PricedPath", "break_even_draws", "forecast_risk", "quoted_labels", "quoted_total",
           "respect_measurements", "rule_break_even", "strategy_row"]

#: A forecast further than this multiple of the largest measured count is flagged.
FAR_EXTRAPOLATION = 4.0


@dataclass(frozen=True)
class PricedPath:
    """Per-draw numbers of one strategy under one scenario and target."""

    strategy: str
    active: bool
    labels: np.ndarray        # (B,) labels needed (noise factor applied), inf = unreachable
    costs: dict               # path_costs of the draws
    note: str
    draws: object             # StrategyDraws / TransferredDraws
    floor: int


def respect_measurements(d, target: float, point: float) -> float:
    """A label count of ``d``'s forecast, never at or below a measured count whose mean accuracy is below ``target``."""
    if d.kind != "measured" or not math.isfinite(point):
        return point
    below = d.anchors[d.mean < target]
    if below.size == 0:
        return point
    last = float(below.max())
    if point > last:
        return point
    later = d.anchors[d.anchors > last]
    return float(later[0]) if later.size else math.floor(last) + 1.0


def quoted_labels(p: PricedPath, scen: Scenario, target: float) -> tuple[float, bool]:
    """The labels a strategy's row quotes (the draws' median, never at or below a measured count whose mean
    accuracy is below the target) and whether that is the whole pool (the measurements ask for more than the
    pool holds while the draws' median reaches the target within it)."""
    pool = scen.pool_size
    median = quantile(p.labels, 0.5)
    point = respect_measurements(p.draws, target, median)
    whole_pool = pool is not None and math.isfinite(median) and median <= pool < point
    return (float(pool), True) if whole_pool else (point, False)


def quoted_total(plan, p: PricedPath, scen: Scenario, target: float) -> float:
    """The total cost a strategy's row prints: its path priced at the labels it quotes (:func:`quoted_labels`)."""
    point = quoted_labels(p, scen, target)[0]
    return float(plan.price(p.strategy, [point], scen)["total_cost"][0])


def saving(random_total: float, total: float) -> float:
    """Random's total minus another's, as a reader subtracts the two printed totals (both unreachable: 0)."""
    return float(paired_diff(np.array([random_total]), np.array([total]))[0])


def strategy_row(plan, p: PricedPath, paths: dict, ruled: dict, scen: Scenario, target: float,
                 level: float) -> StrategyPlan:
    """One strategy's row: its labels (median, range), costs, basis, reason, warning and forecast risk.

    The median and both ends of the range never sit at or below a
    measured count whose mean accuracy is below the target; with a pool,
    a path that reaches the target by labeling the whole pool (in most
    forecasts) is quoted at the pool, as the rule priced it.
    """
    s, d, need = p.strategy, p.draws, p.labels
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    pool = scen.pool_size
    point, whole_pool = quoted_labels(p, scen, target)
    lab_lo = respect_measurements(d, target, quantile(need, lo_q))
    lab_hi = respect_measurements(d, target, quantile(need, hi_q))
    if whole_pool:
        lab_lo, lab_hi = min(lab_lo, point), min(lab_hi, point)
    c = plan.price(s, [point], scen)
    reachable = s in ruled["reachable"] and bool(c["reachable"][0])
    total = p.costs["total_cost"]
    tot_lo, tot_hi = quantile(total, lo_q), quantile(total, hi_q)
    if math.isfinite(point):  # the interval holds the point (moved past a measurement below target)
        lab_lo, lab_hi = min(lab_lo, point), max(lab_hi, point)
        tc = float(c["total_cost"][0])
        tot_lo, tot_hi = min(tot_lo, tc), max(tot_hi, tc)
    ratio = point / d.n_max if math.isfinite(point) else math.inf
    lab_lo, lab_hi = whole(lab_lo, p.floor), whole(lab_hi, p.floor)
    if d.kind == "transferred":
        basis = "transferred"
    elif not math.isfinite(point):
        basis = "unreachable"
    elif pool is not None and point > pool:
        basis = "beyond the pool"
    elif whole_pool or (pool is not None and point >= pool and point > d.n_max):
        basis = "whole pool"
    elif point <= d.n_max:
        basis = "measured"
    else:
        basis = f"extrapolated {ratio:.1f}x"
    reason = warning = None
    plateau = median_plateau(d.plateau)
    if not math.isfinite(point):
        if plateau < target:
            reason = (f"its curve levels off below {100 * target:.4g}% in most forecasts, "
                      f"median plateau {100 * plateau:.1f}%")
        elif pool is not None:
            reason = (f"it needs more labels than the pool of {pool:,} holds in most forecasts "
                      f"(its curve would level off at {100 * plateau:.1f}%, above the target)")
        else:
            reason = f"the forecasts do not reach {100 * target:.4g}% in most draws"
    elif pool is not None and point > pool:
        reason = f"needs ~{whole(point, p.floor):,.0f} labels but the pool holds only {pool:,}"
        reachable = False
    warn = []
    if math.isfinite(point) and ratio > FAR_EXTRAPOLATION:
        warn.append(f"{s}: ~{whole(point, p.floor):,.0f} labels is {ratio:.1f}x the largest measured count "
                    f"({d.n_max:,.0f}): a long extrapolation; measure further to confirm")
    elif math.isfinite(point) and math.isfinite(lab_hi) and lab_hi / d.n_max > FAR_EXTRAPOLATION \
            and not (pool is not None and lab_hi > pool):
        warn.append(f"{s}: the upper end of its {round(100 * level)}% range is {lab_hi / d.n_max:,.1f}x the "
                    f"largest measured count ({d.n_max:,.0f}): a long extrapolation")
    if pool is not None and math.isfinite(lab_hi) and lab_hi > pool:
        warn.append(f"{s}: the upper end of its range ({lab_hi:,.0f}) exceeds the pool of {pool:,} "
                    f"({lab_hi / pool:.1f}x)")
    if warn:
        warning = "; ".join([warn[0]] + [w.removeprefix(f"{s}: ") for w in warn[1:]])
    cal = p.costs["calendar_days"]
    row = dict(
        strategy=s, active=p.active, reachable=reachable,
        labels=whole(point, p.floor), labels_low=lab_lo, labels_high=lab_hi,
        labels_bought=float(c["labels_bought"][0]), labels_billed=float(c["labels_billed"][0]),
        rounds=float(c["rounds"][0]),
        label_cost=float(c["label_cost"][0]), engineering_cost=float(c["engineering_cost"][0]),
        compute_cost=float(c["compute_cost"][0]), delay_cost=float(c["delay_cost"][0]),
        total_cost=float(c["total_cost"][0]), total_cost_low=tot_lo, total_cost_high=tot_hi,
        calendar_days=float(c["calendar_days"][0]),
        calendar_days_low=quantile(cal, lo_q), calendar_days_high=quantile(cal, hi_q),
        p_unreachable=float(np.mean(~np.isfinite(total))),
        asymptote=plateau, n_max=float(d.n_max),
        extrapolation_ratio=ratio, basis=basis, warning=warning, noise=p.note, reason=reason,
        probability_cheapest=ruled["cheapest"].get(s, math.nan),
        **forecast_risk(plan, p, scen, point),
    )
    rnd = paths.get(RANDOM)
    if rnd is not None:
        if p.active:   # the difference of the two totals the table prints
            row["savings_vs_random"] = saving(quoted_total(plan, rnd, scen, target), row["total_cost"])
            row["probability_cheaper_than_random"] = ruled["pairwise"][s]
            be = break_even_draws(rnd, p, scen)
            q = break_even_quote(be["price"], level)
            row["break_even_label_price"] = q.quote if math.isfinite(q.quote) else q.median
            row["break_even_labels_saved"] = quantile(be["labels"], 0.5)
        else:
            row["savings_vs_random"] = 0.0
    return StrategyPlan(**row)


def forecast_risk(plan, p: PricedPath, scen: Scenario, point: float) -> dict:
    """The label budget that reaches the target with ``scen.confidence`` and what falling short costs.

    ``budget_at_confidence``: the confidence quantile of the labels, never
    below the quoted median ``point`` (a budget under the median reaches
    the target in fewer than half of the forecasts); ``inf`` beyond the
    pool; ``labels_billed_at_confidence`` the labels its label cost bills (minimum orders and, for AL, whole
    batches included). ``p_short``: share of the draws needing more. ``short_extra_cost``:
    the median, over the draws that fall short and reach the target, of
    the extra cost of a second order (robust where a few draws need orders
    of magnitude more labels).
    """
    need, s = p.labels, p.strategy
    budget = quantile(need, float(scen.confidence))
    if math.isfinite(budget) and math.isfinite(point):
        budget = max(budget, point)
    pool = scen.pool_size
    if pool is not None and budget > pool:
        budget = math.inf
    if not math.isfinite(budget):
        return dict(budget_at_confidence=math.inf, cost_at_confidence=math.inf, p_short=1.0,
                    short_extra_cost=math.nan, label_cost_at_confidence=math.inf,
                    labels_billed_at_confidence=math.inf)
    budget = float(math.ceil(budget))
    at_budget = plan.price(s, [budget], scen)
    cost_at_conf = float(at_budget["total_cost"][0])
    ok = np.isfinite(p.costs["total_cost"])
    short = ok & (need > budget)
    extra = math.nan
    if short.any():
        cost = plan.price(s, need[short], scen)["total_cost"]
        if s == RANDOM:  # a second order: another batch, its turnaround, another final training
            fixed = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
            topup = np.maximum(scen.min_order - (need[short] - budget), 0.0) * scen.price_per_label
            cost = cost + fixed + topup
        extra = quantile(cost - cost_at_conf, 0.5)
    return dict(budget_at_confidence=budget, cost_at_confidence=cost_at_conf,
                label_cost_at_confidence=float(at_budget["label_cost"][0]),
                labels_billed_at_confidence=float(at_budget["labels_billed"][0]),
                p_short=float(np.mean(need > budget)), short_extra_cost=extra)


def break_even_draws(rnd: PricedPath, al: PricedPath, scenario: Scenario) -> dict[str, np.ndarray]:
    """Per draw: the raw label price above which ``al`` beats random, and the labels it must save.

    ``price``: inf where AL is not billed for fewer labels (never cheaper); 0
    where only AL reaches the target. ``labels``: AL's extra non-label cost
    / price per label (inf where AL does not reach the target).
    """
    price = scenario.price_per_label
    raw_factor = price / float(scenario.label_price)  # QA x votes: the break-even is per raw label
    rc, ac = rnd.costs, al.costs
    al_ok = np.isfinite(ac["total_cost"])
    rnd_ok = np.isfinite(rc["total_cost"])
    # random's non-label cost does not depend on its labels (one order, one training)
    rnd_fixed = float(fixed_costs(np.ones(1), active=False, scenario=scenario)["fixed_cost"][0])
    extra = np.full(al_ok.shape, np.inf)
    extra[al_ok] = ac["fixed_cost"][al_ok] - rnd_fixed
    saved = np.full(al_ok.shape, -np.inf)
    both = al_ok & rnd_ok
    saved[both] = rc["labels_billed"][both] - ac["labels_billed"][both]
    be = np.full(al_ok.shape, np.inf)
    pays = both & (saved > 0)
    be[pays] = np.maximum(extra[pays], 0.0) / (saved[pays] * raw_factor)  # per raw label
    be[al_ok & ~rnd_ok] = 0.0   # only AL reaches the target
    return {"price": be, "labels": extra / price}


def rule_break_even(paths: dict, scenario: Scenario, *, steps: int = 60) -> float:
    """The raw label price at which the decision rule's pick, re-run on the same draws, changes between random
    sampling and an AL path: AL is picked at this price (and at the scenario's price when it is at or above it),
    random just below it. 0 where the rule picks AL at any price, ``inf`` where at none (from the scenario's price
    up to a million times it), NaN where the rule picks nothing or the table lacks random or AL.

    Per draw a path's total is its fixed cost plus its billed labels times the price paid per label (the raw price
    x QA x votes), so the draws are re-priced exactly; the search keeps the scenario's own price on the side of
    the rule's pick there, so the quote never contradicts the verdict.
    """
    from planner.decide.rule import rule_picks

    names = list(paths)
    if RANDOM not in names or len(names) < 2:
        return math.nan
    mult = float(scenario.qa_multiplier) * int(scenario.votes)
    parts = []
    for s in names:
        c = paths[s].costs
        ok = np.isfinite(c["total_cost"])
        parts.append((ok, np.where(ok, c["fixed_cost"], 0.0), np.where(ok, c["labels_billed"], 0.0) * mult))
    n_draws = len(parts[0][0])
    weights = np.full((1, n_draws), 1.0 / n_draws)

    def pick(price: float) -> str | None:
        if price == price0:   # the verdict's own totals, not re-priced
            totals = {s: paths[s].costs["total_cost"] for s in names}
        else:
            totals = {s: np.where(ok, fixed + price * per, np.inf) for s, (ok, fixed, per) in zip(names, parts)}
        k = int(rule_picks(totals, weights)["recommendation"][0])
        return None if k < 0 else names[k]

    price0 = float(scenario.label_price)
    now = pick(price0)
    if now is None:
        return math.nan
    if now != RANDOM:
        lo, hi = 0.0, price0
        if pick(0.0) != RANDOM:
            return 0.0
    else:
        lo, hi = price0, max(price0, 1e-6)
        for _ in range(21):   # up to ~a million times the price
            hi *= 2.0
            if pick(hi) not in (RANDOM, None):
                break
        else:
            return math.inf
    for _ in range(steps):   # pick(lo) is random, pick(hi) is AL
        mid = 0.5 * (lo + hi)
        if pick(mid) == RANDOM:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-6 * hi:
            break
    return float(hi)
