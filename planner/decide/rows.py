"""One strategy's row of a verdict: its labels (median, range), costs, basis, reason, warning and forecast risk.

The fourth stage of the verdict (draws -> priced paths -> the rule -> the rows -> the Decision): built from the
strategy's per-draw labels and costs (:class:`planner.decide.paths.PricedPath`) under one scenario and target and
the rule's outcome (:func:`planner.decide.rule.rule_paths`); :meth:`planner.decide.verdict.Plan.decide` assembles
the rows into a :class:`planner.decide.results.Decision`. The break-even quotes re-run the rule on the same paths
at other prices.

Imports: the costs, the paths, the rule, the results' ``StrategyPlan`` and the summaries; nothing of the verdict.
"""

from __future__ import annotations

import math

import numpy as np

from planner.decide.costs import Scenario, fixed_costs
from planner.decide.paths import PricedPath, path_limit, quoted_labels, respect_measurements
from planner.decide.results import StrategyPlan
from planner.decide.rule import rule_inputs, rule_picks
from planner.decide.summaries import break_even_quote, paired_diff, quantile, whole
from planner.forecast.draws import RANDOM, median_plateau
from planner.forecast.limits import EXTRAPOLATION_LIMIT

__all__ = ["FAR_EXTRAPOLATION", "break_even_draws", "cap_break_even", "capped_labels", "forecast_risk", "label_range",
           "quoted_total", "random_bound", "rule_break_even", "strategy_row"]

#: The cost lines priced at a row's quoted labels: beyond the extrapolation limit each is priced at the limit
#: and flagged (``beyond_limit``), as the labels are. Engineering does not grow with labels: never flagged.
_AT_LABELS = ("labels", "labels_bought", "labels_billed", "rounds", "label_cost", "compute_cost", "delay_cost",
              "total_cost", "calendar_days")

#: A forecast further than this multiple of the largest measured count is flagged.
FAR_EXTRAPOLATION = 4.0


def within_batches(plan, strategy: str, scen: Scenario, limit: float) -> float:
    """The largest label count at or below ``limit`` whose purchase (whole AL batches after the initial set)
    stays at or below it: the count a path past the limit is carried and priced at."""
    bought = float(plan.price(strategy, [limit], scen)["labels_bought"][0])
    if bought <= limit:
        return float(limit)
    batch = plan._shape(scen, strategy)[1]
    n = float(limit)
    for _ in range(3):   # a batch or two below, at most
        n = max(n - batch, 1.0)
        if float(plan.price(strategy, [n], scen)["labels_bought"][0]) <= limit:
            return n
    return n


def quoted_total(plan, p: PricedPath, scen: Scenario, target: float) -> float:
    """The total cost a strategy's row prints: its path priced at the labels it quotes (:func:`quoted_labels`);
    NaN where those lie beyond the extrapolation limit (the row prints no number for them)."""
    point = quoted_labels(p, scen, target)[0]
    if math.isfinite(point) and point > path_limit(p, scen):
        return math.nan
    return float(plan.price(p.strategy, [point], scen)["total_cost"][0])


def random_bound(plan, rnd: PricedPath, scen: Scenario, target: float) -> float:
    """Random sampling's total priced at its extrapolation limit (or the pool, when smaller) where its quoted
    labels lie beyond that limit or are not reached: a lower bound of what it costs; NaN elsewhere."""
    point = quoted_labels(rnd, scen, target)[0]
    limit = path_limit(rnd, scen)
    cap = limit if scen.pool_size is None else min(limit, float(scen.pool_size))
    if (math.isfinite(point) and point <= limit) or not math.isfinite(cap):
        return math.nan
    return float(plan.price(rnd.strategy, [cap], scen)["total_cost"][0])


def label_range(p: PricedPath, scen: Scenario, target: float, level: float) -> tuple[float, float, float, bool]:
    """``(median, low, high, whole_pool)``: the labels a strategy's row quotes and its ``level`` range, whole.

    The one computation behind ``alplan plan``'s rows and ``alplan fit``: the median and both ends never sit
    at or below a measured count whose mean is below the target, the range holds the median, and with a pool a
    path that reaches the target by labeling the whole pool (in most forecasts) is quoted at the pool. The
    median is returned unrounded (the row prices it); the ends as bought (:func:`whole`), but with labels in
    hand (``scen.labels_in_hand``) not raised to them: the range then says where the target is reached, within
    the labels in hand or beyond.
    """
    d, need = p.draws, p.labels
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    point, whole_pool = quoted_labels(p, scen, target)
    # with labels in hand the path starts from them (the median is bought from there), but the range says where
    # the forecasts reach the target, from the curve's first count: within the labels in hand where they do
    ends = min(p.floor, int(math.ceil(d.n_min))) if scen.labels_in_hand > 0 else p.floor
    lab_lo = respect_measurements(d, target, quantile(need, lo_q))
    lab_hi = respect_measurements(d, target, quantile(need, hi_q))
    if whole_pool:
        lab_lo, lab_hi = min(lab_lo, point), min(lab_hi, point)
    if math.isfinite(point):  # the interval holds the point (moved past a measurement below target)
        lab_lo, lab_hi = min(lab_lo, point), max(lab_hi, point)
    low, high = whole(lab_lo, ends), whole(lab_hi, ends)
    if math.isfinite(point) and ends < p.floor:   # and holds the median as the row quotes it (in hand at least)
        high = max(high, whole(point, p.floor))
    return point, low, high, whole_pool


def saving(random_total: float, total: float) -> float:
    """Random's total minus another's, as a reader subtracts the two printed totals (both unreachable: 0)."""
    return float(paired_diff(np.array([random_total]), np.array([total]))[0])


def capped_labels(p: PricedPath, scen: Scenario, target: float, level: float) -> tuple[float, float, float, tuple]:
    """``(labels, low, high, beyond_limit)``: :func:`label_range` as a row quotes it, whole, each count
    beyond the path's extrapolation limit (:func:`path_limit`) carried at the limit and named in
    ``beyond_limit``. What ``alplan plan``'s rows and ``alplan fit`` print."""
    point, low, high, _ = label_range(p, scen, target, level)
    limit = path_limit(p, scen)
    beyond = []
    labels = whole(point, p.floor)
    for key, value in (("labels", labels), ("labels_low", low), ("labels_high", high)):
        if math.isfinite(value) and value > limit:
            beyond.append(key)
    cap = (lambda v: min(v, whole(limit, p.floor)) if math.isfinite(v) else v)
    return cap(labels), cap(low), cap(high), tuple(beyond)


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
    point, lab_lo, lab_hi, whole_pool = label_range(p, scen, target, level)
    limit = path_limit(p, scen)
    beyond: list[str] = []   # the fields carried at the limit: each reads "more than" it
    far = math.isfinite(point) and point > limit
    # past the limit the count reads the limit, and the cost lines are priced at the most labels bought (whole
    # batches) within it
    c = plan.price(s, [within_batches(plan, s, scen, limit) if far else point], scen)
    if far:   # the lines that grow with labels beyond the limit are carried there (engineering never does)
        past = plan.price(s, [point], scen)
        beyond.extend(k for k in _AT_LABELS if k == "labels" or float(past[k if k != "labels" else "labels_bought"][0])
                      > float(c[k if k != "labels" else "labels_bought"][0]) * (1 + 1e-9) + 1e-9)
    reachable = s in ruled["reachable"] and bool(c["reachable"][0])
    total = p.costs["total_cost"]
    cal = p.costs["calendar_days"]
    tot_lo, tot_hi = quantile(total, lo_q), quantile(total, hi_q)
    cal_lo, cal_hi = quantile(cal, lo_q), quantile(cal, hi_q)
    if math.isfinite(point):  # the interval holds the point
        tc, cd = float(c["total_cost"][0]), float(c["calendar_days"][0])
        tot_lo, tot_hi = min(tot_lo, tc), max(tot_hi, tc)
        cal_lo, cal_hi = min(cal_lo, cd), max(cal_hi, cd)
    ratio = point / d.n_max if math.isfinite(point) else math.inf
    at_limit = plan.price(s, [within_batches(plan, s, scen, limit)], scen) if math.isfinite(limit) else None
    ends = {"labels_low": lab_lo, "labels_high": lab_hi}
    if at_limit is not None:
        top = {"labels_low": limit, "labels_high": limit, "total_cost_low": float(at_limit["total_cost"][0]),
               "total_cost_high": float(at_limit["total_cost"][0]),
               "calendar_days_low": float(at_limit["calendar_days"][0]),
               "calendar_days_high": float(at_limit["calendar_days"][0])}
        ends.update(total_cost_low=tot_lo, total_cost_high=tot_hi, calendar_days_low=cal_lo, calendar_days_high=cal_hi)
        for key, value in ends.items():  # an open end (not reached) stays open: it is no count
            if math.isfinite(value) and value > top[key]:
                ends[key] = top[key]
                beyond.append(key)
        lab_lo, lab_hi = ends["labels_low"], ends["labels_high"]
        tot_lo, tot_hi = ends["total_cost_low"], ends["total_cost_high"]
        cal_lo, cal_hi = ends["calendar_days_low"], ends["calendar_days_high"]
    if math.isfinite(ratio) and ratio > EXTRAPOLATION_LIMIT and far:
        ratio = EXTRAPOLATION_LIMIT
        beyond.append("extrapolation_ratio")
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
    elif far:
        basis = "beyond the extrapolation limit"
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
    elif far and not reachable:
        reason = (f"its median forecast lies beyond {EXTRAPOLATION_LIMIT:g}x the largest measured count "
                  f"({d.n_max:,.0f}): the measurements cannot tell whether it reaches the target")
    elif pool is not None and point > pool:
        reason = (f"it needs more labels than the pool of {pool:,} holds in most forecasts" if far
                  else f"needs ~{whole(point, p.floor):,.0f} labels but the pool holds only {pool:,}")
        reachable = False
    warn = []
    if far:
        warn.append(f"{s}: its median forecast lies beyond {EXTRAPOLATION_LIMIT:g}x the largest measured count "
                    f"({d.n_max:,.0f}), further than any forecast was scored; measure further to confirm")
    elif math.isfinite(point) and ratio > FAR_EXTRAPOLATION:
        warn.append(f"{s}: ~{whole(point, p.floor):,.0f} labels is {ratio:.1f}x the largest measured count "
                    f"({d.n_max:,.0f}): a long extrapolation; measure further to confirm")
    elif math.isfinite(point) and math.isfinite(lab_hi) and lab_hi / d.n_max > FAR_EXTRAPOLATION \
            and not (pool is not None and lab_hi > pool):
        where = (f"beyond {EXTRAPOLATION_LIMIT:g}x" if "labels_high" in beyond
                 else f"{lab_hi / d.n_max:,.1f}x")
        warn.append(f"{s}: the upper end of its {round(100 * level)}% range is {where} the "
                    f"largest measured count ({d.n_max:,.0f}): a long extrapolation")
    if pool is not None and math.isfinite(lab_hi) and lab_hi > pool:
        warn.append(f"{s}: the upper end of its range is more than the pool of {pool:,} holds")
    if warn:
        warning = "; ".join([warn[0]] + [w.removeprefix(f"{s}: ") for w in warn[1:]])
    row = dict(
        strategy=s, active=p.active, reachable=reachable,
        labels=whole(limit if far else point, p.floor), labels_low=lab_lo, labels_high=lab_hi,
        labels_bought=float(c["labels_bought"][0]), labels_billed=float(c["labels_billed"][0]),
        rounds=float(c["rounds"][0]),
        label_cost=float(c["label_cost"][0]), engineering_cost=float(c["engineering_cost"][0]),
        compute_cost=float(c["compute_cost"][0]), delay_cost=float(c["delay_cost"][0]),
        total_cost=float(c["total_cost"][0]), total_cost_low=tot_lo, total_cost_high=tot_hi,
        calendar_days=float(c["calendar_days"][0]),
        calendar_days_low=cal_lo, calendar_days_high=cal_hi,
        p_unreachable=float(np.mean(~np.isfinite(total))),
        asymptote=plateau, n_max=float(d.n_max),
        extrapolation_ratio=ratio, basis=basis, warning=warning, noise=p.note, reason=reason,
        probability_cheapest=ruled["cheapest"].get(s, math.nan),
        capped_mean_cost=ruled.get("expected", {}).get(s, math.nan),
        label_limit=limit,
    )
    risk = forecast_risk(plan, p, scen, point, limit=limit)
    beyond.extend(risk.pop("beyond_limit"))
    row.update(risk)
    rnd = paths.get(RANDOM)
    if rnd is not None:
        if p.active:   # the difference of the two totals the table prints (none where one is beyond the limit)
            row["savings_vs_random"] = saving(quoted_total(plan, rnd, scen, target),
                                              math.nan if far else row["total_cost"])
            if not math.isfinite(row["savings_vs_random"]) and (far or math.isnan(quoted_total(plan, rnd, scen,
                                                                                                target))):
                beyond.append("savings_vs_random")
            bound = random_bound(plan, rnd, scen, target) - row["total_cost"] if not far else math.nan
            if not math.isfinite(row["savings_vs_random"]) and math.isfinite(bound) and bound > 0:
                row["savings_vs_random"] = bound   # against random priced at its limit: "more than"
                beyond.append("savings_vs_random")
            row["probability_cheaper_than_random"] = ruled["pairwise"][s]
            be = break_even_draws(rnd, p, scen)
            q = break_even_quote(be["price"], level)
            row["break_even_label_price"] = q.quote if math.isfinite(q.quote) else q.median
            saved = {"break_even_labels_saved": quantile(be["labels"], 0.5)}
            beyond.extend(cap_break_even(plan, p, scen, saved))
            row.update(saved)
        else:
            row["savings_vs_random"] = 0.0
    return StrategyPlan(**row, beyond_limit=tuple(dict.fromkeys(beyond)))


def forecast_risk(plan, p: PricedPath, scen: Scenario, point: float, *, limit: float = math.inf) -> dict:
    """The label budget that reaches the target with ``scen.confidence`` and what falling short costs.

    Beyond the extrapolation ``limit`` the budget is carried at the limit and its fields are listed in
    ``beyond_limit`` (read "more than"); no second order is priced from there.

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
                    labels_billed_at_confidence=math.inf, beyond_limit=())
    if budget > limit:
        at_limit = plan.price(s, [within_batches(plan, s, scen, limit)], scen)
        return dict(budget_at_confidence=float(limit), cost_at_confidence=float(at_limit["total_cost"][0]),
                    label_cost_at_confidence=float(at_limit["label_cost"][0]),
                    labels_billed_at_confidence=float(at_limit["labels_billed"][0]),
                    p_short=float(np.mean(need > limit)), short_extra_cost=math.nan,
                    beyond_limit=("budget_at_confidence", "cost_at_confidence", "label_cost_at_confidence",
                                  "labels_billed_at_confidence"))
    budget = float(math.ceil(budget))
    # the budget priced in every draw, at the draw's AL label premium (one number, or one per draw where the premium
    # was measured): its cost the same confidence quantile, so a premium's uncertainty is in the dollars too
    premium = scen.premium_per_draw(len(need), s, np.full(need.shape, budget))
    at_budget = plan.price(s, np.full(need.shape, budget), scen, premium)
    cost_at_conf = quantile(at_budget["total_cost"], float(scen.confidence))
    ok = np.isfinite(p.costs["total_cost"])
    short = ok & (need > budget)
    extra = math.nan
    if short.any():
        cost = plan.price(s, need[short], scen, premium if np.ndim(premium) == 0 else premium[short])["total_cost"]
        if s == RANDOM:  # a second order: another batch, its turnaround, another final training
            fixed = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
            topup = np.maximum(scen.min_order - (need[short] - budget), 0.0) * scen.price_per_label
            cost = cost + fixed + topup
        extra = quantile(cost - at_budget["total_cost"][short], 0.5)
    return dict(budget_at_confidence=budget, cost_at_confidence=cost_at_conf,
                label_cost_at_confidence=quantile(at_budget["label_cost"], float(scen.confidence)),
                labels_billed_at_confidence=float(at_budget["labels_billed"][0]),
                p_short=float(np.mean(need > budget)), short_extra_cost=extra, beyond_limit=())


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
    saved[both] = rc["labels_billed"][both] - ac.get("labels_priced", ac["labels_billed"])[both]   # premium in
    be = np.full(al_ok.shape, np.inf)
    pays = both & (saved > 0)
    be[pays] = np.maximum(extra[pays], 0.0) / (saved[pays] * raw_factor)  # per raw label
    be[al_ok & ~rnd_ok] = 0.0   # only AL reaches the target
    return {"price": be, "labels": extra / price}


def cap_break_even(plan, al: PricedPath, scenario: Scenario, values: dict) -> list[str]:
    """Carry the labels ``al`` must save to pay for itself (``values``: field -> count, from
    :func:`break_even_draws`' ``labels``) at its extrapolation limit; the fields carried there, in order.

    AL's extra non-label cost grows with its labels (compute per round, delay): a count above the one its path
    priced at the limit (:func:`path_limit`, whole batches within it, as the row's cost lines are) rests on draws
    whose labels lie beyond the limit, so it is carried at that count and named (read "more than"), as the labels
    are. A count that does not grow with the labels (engineering alone) is never carried.
    """
    limit = path_limit(al, scenario)
    if not math.isfinite(limit):
        return []
    fixed = float(plan.price(al.strategy, [within_batches(plan, al.strategy, scenario, limit)], scenario)
                  ["fixed_cost"][0])
    random_fixed = float(fixed_costs(np.ones(1), active=False, scenario=scenario)["fixed_cost"][0])
    top = (fixed - random_fixed) / scenario.price_per_label
    carried = []
    for key, value in values.items():
        if math.isfinite(value) and value > top * (1 + 1e-9) + 1e-9:
            values[key] = top
            carried.append(key)
    return carried


def rule_break_even(paths: dict, scenario: Scenario, *, steps: int = 60) -> float:
    """The raw label price at which the decision rule's pick, re-run on the same draws, changes between random
    sampling and an AL path: AL is picked at this price (and at the scenario's price when it is at or above it),
    random just below it. 0 where the rule picks AL at any price, ``inf`` where at none (from the scenario's price
    up to a million times it), NaN where the rule picks nothing or the table lacks random or AL.

    Per draw a path's total is its fixed cost plus its billed labels times the price paid per label (the raw price
    x QA x votes), so the draws are re-priced exactly; the search keeps the scenario's own price on the side of
    the rule's pick there, so the quote never contradicts the verdict.
    """
    names = list(paths)
    if RANDOM not in names or len(names) < 2:
        return math.nan
    mult = float(scenario.qa_multiplier) * int(scenario.votes)
    parts, capped_parts = [], []
    extra = rule_inputs(paths)
    for s in names:
        c = paths[s].costs
        ok = np.isfinite(c["total_cost"])
        parts.append((ok, np.where(ok, c["fixed_cost"], 0.0),
                      np.where(ok, c.get("labels_priced", c["labels_billed"]), 0.0) * mult))
        if extra["capped"] is not None:
            cc = paths[s].capped
            fin = np.isfinite(cc["total_cost"])
            capped_parts.append((fin, np.where(fin, cc["fixed_cost"], 0.0),
                                 np.where(fin, cc.get("labels_priced", cc["labels_billed"]), 0.0) * mult))
    n_draws = len(parts[0][0])
    weights = np.full((1, n_draws), 1.0 / n_draws)

    def pick(price: float) -> str | None:
        if price == price0:   # the verdict's own totals, not re-priced
            totals = {s: paths[s].costs["total_cost"] for s in names}
            capped = extra["capped"]
        else:
            totals = {s: np.where(ok, fixed + price * per, np.inf) for s, (ok, fixed, per) in zip(names, parts)}
            capped = None if extra["capped"] is None else {
                s: np.where(ok, fixed + price * per, np.inf) for s, (ok, fixed, per) in zip(names, capped_parts)}
        k = int(rule_picks(totals, weights, beyond=extra["beyond"], capped=capped)["recommendation"][0])
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
    return bisect_pick(pick, lo, hi, steps, random_below=True)   # pick(lo) is random, pick(hi) is AL


def bisect_pick(pick, lo: float, hi: float, steps: int, *, random_below: bool) -> float:
    """The value in (``lo``, ``hi``] where the rule's ``pick(value)`` turns between random sampling and AL (to a
    relative 1e-6, in at most ``steps`` halvings): random below it where ``random_below``, else above it."""
    for _ in range(steps):
        mid = 0.5 * (lo + hi)
        if (pick(mid) == RANDOM) == random_below:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-6 * hi:
            break
    return float(hi)
