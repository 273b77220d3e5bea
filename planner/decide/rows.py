"""One strategy's row of a verdict: its labels (median, range), costs, basis, reason, warning and forecast risk.

The fourth stage of the verdict (draws -> priced paths -> the rule -> the rows -> the Decision): built from the
strategy's per-draw labels and costs (:class:`planner.decide.paths.PricedPath`, priced at any other count by the
pricing the path carries) under one scenario and target, the rule's outcome (:func:`planner.decide.rule.rule_paths`)
and the break-even quotes (:func:`planner.decide.break_even.break_even`), all handed to it;
:meth:`planner.decide.verdict.Plan.decide` assembles the rows into a :class:`planner.decide.results.Decision`.

Imports: the costs, the results' ``StrategyPlan`` and the summaries; neither the paths (what a row quotes, the
extrapolation limit and the totals priced there are each path's quote, :class:`planner.decide.paths.PathQuote`), the
rule nor the break-even quotes (their outcomes are arguments), nothing of the verdict.
"""

from __future__ import annotations

import math

import numpy as np

from planner.decide.costs import Scenario, labels_dollars
from planner.decide.results import StrategyPlan
from planner.decide.summaries import paired_diff, quantile, whole
from planner.forecast.draws import RANDOM, median_plateau
from planner.forecast.limits import EXTRAPOLATION_LIMIT

__all__ = ["FAR_EXTRAPOLATION", "SHORT_EXTRAPOLATION", "UNTOLD_EXTRAPOLATED", "UNTOLD_RANDOM_RISING",
           "capped_labels", "measured_short", "forecast_risk", "label_range", "quoted_total", "random_bound",
           "strategy_row"]

#: The cost lines priced at a row's quoted labels: beyond the extrapolation limit each is priced at the limit
#: and flagged (``beyond_limit``), as the labels are. Engineering does not grow with labels: never flagged.
_AT_LABELS = ("labels", "labels_bought", "labels_billed", "rounds", "label_cost", "compute_cost", "delay_cost",
              "total_cost", "calendar_days")

#: A forecast further than this multiple of the largest measured count is flagged.
FAR_EXTRAPOLATION = 4.0

#: The longest multiple of its largest measured count at which an AL path's labels back a saving quoted as a lower
#: bound against random sampling priced at its extrapolation limit ("more than $X"): the shortest stratum the
#: forecast's scoring reports (``<=2x``, ``benchmarks/forecast/evaluate_curves.py``), the one whose 80% ranges hold
#: the truth on LCDB's report part and the loop's report batch alike (benchmarks/RESULTS.md), and the shortest
#: labels-to-target ratio the forecast cases score (``benchmarks/forecast/cases.py``). Further out a bound set
#: against a limit is one extrapolation weighed against another: untold.
SHORT_EXTRAPOLATION = 2.0

#: ``StrategyPlan.saving_untold``: random sampling is priced at its extrapolation limit and the row's labels lie
#: beyond :data:`SHORT_EXTRAPOLATION` times its largest measured count, so no lower bound of the saving is quoted.
UNTOLD_EXTRAPOLATED = "random_at_limit_and_labels_extrapolated"

#: ``StrategyPlan.saving_untold``: random sampling is priced at its extrapolation limit, but its measured gain per
#: doubling at the end of its curve, continued at its upper bound to that limit, could still reach the target
#: (:func:`measured_short`): that it needs more than the limit is then a forecast, not a measurement.
UNTOLD_RANDOM_RISING = "random_at_limit_but_rising_toward_target"


def quoted_total(p) -> float:
    """The total cost a strategy's row prints: its path priced at the labels it quotes; NaN where those lie beyond
    the extrapolation limit (the row prints no number for them). Read off the path's quote
    (:class:`planner.decide.paths.PathQuote`)."""
    return p.quote.total


def random_bound(rnd) -> float:
    """Random sampling's total priced at its extrapolation limit (or the pool, when smaller) where its quoted
    labels lie beyond that limit or are not reached: a lower bound of what it costs; NaN elsewhere."""
    q = rnd.quote
    if math.isfinite(q.labels) and q.labels <= q.limit:
        return math.nan
    return q.bound_total


def label_range(p, scen: Scenario) -> tuple[float, float, float, bool]:
    """``(median, low, high, whole_pool)``: the labels a strategy's row quotes and its range (at the level its
    path was quoted at), whole.

    The one computation behind ``alplan plan``'s rows and ``alplan fit``, from the path's quote
    (:class:`planner.decide.paths.PathQuote`): the median and both ends never sit at or below a measured count
    whose mean is below the target, the range holds the median, and with a pool a path that reaches the target by
    labeling the whole pool (in most forecasts) is quoted at the pool. The median is returned unrounded (the row
    prices it); the ends as bought (:func:`whole`), but with labels in hand (``scen.labels_in_hand``) not raised
    to them: the range then says where the target is reached, within the labels in hand or beyond.
    """
    q = p.quote
    point, whole_pool, lab_lo, lab_hi = q.labels, q.whole_pool, q.low, q.high
    # with labels in hand the path starts from them (the median is bought from there), but the range says where
    # the forecasts reach the target, from the curve's first count: within the labels in hand where they do
    ends = min(p.floor, int(math.ceil(p.draws.n_min))) if scen.labels_in_hand > 0 else p.floor
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


def capped_labels(p, scen: Scenario) -> tuple[float, float, float, tuple]:
    """``(labels, low, high, beyond_limit)``: :func:`label_range` as a row quotes it, whole, each count
    beyond the path's extrapolation limit carried at the limit and named in ``beyond_limit``. What
    ``alplan plan``'s rows and ``alplan fit`` print."""
    point, low, high, _ = label_range(p, scen)
    limit = p.quote.limit
    beyond = []
    labels = whole(point, p.floor)
    for key, value in (("labels", labels), ("labels_low", low), ("labels_high", high)):
        if math.isfinite(value) and value > limit:
            beyond.append(key)
    cap = (lambda v: min(v, whole(limit, p.floor)) if math.isfinite(v) else v)
    return cap(labels), cap(low), cap(high), tuple(beyond)


def curve_facts(d) -> dict:
    """What a strategy's measured curve shows at its top (:class:`planner.forecast.flatness.Flatness`): the
    level and count from which it is flat, and its first dip; NaN where it shows neither (a transferred
    strategy was not measured)."""
    f = getattr(d, "flatness", None)
    out = dict(flat_at=math.nan, flat_since=math.nan, dip_at=math.nan, dip_from=math.nan, dip_to=math.nan)
    if f is None:
        return out
    if f.flat and math.isfinite(f.flat_since) and f.flat_since < d.n_max:
        out.update(flat_at=f.level, flat_since=f.flat_since)
    if f.dips:
        out.update(dip_at=f.dips[0].at, dip_from=f.dips[0].high, dip_to=f.dips[0].low)
    return out


def strategy_row(p, paths: dict, ruled: dict, even, scen: Scenario, target: float, level: float) -> StrategyPlan:
    """One strategy's row: its labels (median, range), costs, basis, reason, warning and forecast risk, from its
    priced path ``p`` (:class:`planner.decide.paths.PricedPath`, in ``paths``, with its quote), the rule's
    outcome ``ruled`` and the break-even quotes ``even`` (:class:`planner.decide.break_even.BreakEven`).

    The median and both ends of the range never sit at or below a
    measured count whose mean accuracy is below the target; with a pool,
    a path that reaches the target by labeling the whole pool (in most
    forecasts) is quoted at the pool, as the rule priced it.
    """
    s, d = p.strategy, p.draws
    point, lab_lo, lab_hi, whole_pool = label_range(p, scen)
    limit = p.quote.limit
    far = math.isfinite(point) and point > limit
    c, beyond = _priced_at_labels(p, point, far)   # beyond: the fields carried at the limit, each "more than" it
    reachable = s in ruled["reachable"] and bool(c["reachable"][0])
    ranges = _cost_ranges(p, c, point, level, {"labels_low": lab_lo, "labels_high": lab_hi}, beyond)
    ratio = point / d.n_max if math.isfinite(point) else math.inf
    if math.isfinite(ratio) and ratio > EXTRAPOLATION_LIMIT and far:
        ratio = EXTRAPOLATION_LIMIT
        beyond.append("extrapolation_ratio")
    reason, reachable = _reason(p, scen, target, point, far, reachable)
    total = p.costs["total_cost"]
    row = dict(
        strategy=s, active=p.active, reachable=reachable,
        labels=whole(limit if far else point, p.floor), **ranges,
        labels_bought=float(c["labels_bought"][0]), labels_billed=float(c["labels_billed"][0]),
        rounds=float(c["rounds"][0]),
        label_cost=float(c["label_cost"][0]), engineering_cost=float(c["engineering_cost"][0]),
        compute_cost=float(c["compute_cost"][0]), delay_cost=float(c["delay_cost"][0]),
        total_cost=float(c["total_cost"][0]), calendar_days=float(c["calendar_days"][0]),
        p_unreachable=float(np.mean(~np.isfinite(total))),
        asymptote=median_plateau(d.plateau), n_max=float(d.n_max),
        extrapolation_ratio=ratio, basis=_basis(p, scen, point, whole_pool, far, ratio),
        warning=_warning(p, scen, point, ranges["labels_high"], far, ratio, level, beyond), noise=p.note,
        reason=reason,
        probability_cheapest=ruled["cheapest"].get(s, math.nan),
        probability_reaches=ruled.get("reach", {}).get(s, math.nan),
        capped_mean_cost=ruled.get("expected", {}).get(s, math.nan),
        label_limit=limit,
        **curve_facts(d),
    )
    risk = forecast_risk(p, scen, point, limit=limit)
    beyond.extend(risk.pop("beyond_limit"))
    row.update(risk)
    if RANDOM in paths:
        row.update(_against_random(p, paths[RANDOM], ruled, even, row["total_cost"], far, beyond, ratio, target))
    return StrategyPlan(**row, beyond_limit=tuple(dict.fromkeys(beyond)))


def _priced_at_labels(p, point: float, far: bool) -> tuple[dict, list[str]]:
    """The cost lines a row prints: ``p`` priced at its quoted labels ``point`` or, past its extrapolation limit
    (``far``), at the most labels whole batches buy within it; and the lines carried there, which grow with the
    labels beyond the limit (engineering never does; the labels always are)."""
    if not far:
        return p.quote.at_labels, []
    c, past = p.quote.at_limit, p.price([point])
    bought = lambda k: k if k != "labels" else "labels_bought"   # noqa: E731
    beyond = [k for k in _AT_LABELS
              if k == "labels" or float(past[bought(k)][0]) > float(c[bought(k)][0]) * (1 + 1e-9) + 1e-9]
    return c, beyond


def _cost_ranges(p, c: dict, point: float, level: float, labels: dict, beyond: list[str]) -> dict:
    """The row's ``level`` ranges: the labels' ends (``labels``: ``labels_low``, ``labels_high``) and the draws'
    totals and calendar days, each holding the row's own figure (``c`` at the quoted labels ``point``); an end past
    the extrapolation limit is carried at the limit's figure and named in ``beyond`` (an open end, not reached,
    stays open: it is no count)."""
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    total, cal = p.costs["total_cost"], p.costs["calendar_days"]
    ends = dict(labels, total_cost_low=quantile(total, lo_q), total_cost_high=quantile(total, hi_q),
                calendar_days_low=quantile(cal, lo_q), calendar_days_high=quantile(cal, hi_q))
    if math.isfinite(point):  # the interval holds the point
        tc, cd = float(c["total_cost"][0]), float(c["calendar_days"][0])
        ends.update(total_cost_low=min(ends["total_cost_low"], tc), total_cost_high=max(ends["total_cost_high"], tc),
                    calendar_days_low=min(ends["calendar_days_low"], cd),
                    calendar_days_high=max(ends["calendar_days_high"], cd))
    at_limit, limit = p.quote.at_limit, p.quote.limit
    if at_limit is not None:
        cost, days = float(at_limit["total_cost"][0]), float(at_limit["calendar_days"][0])
        top = {"labels_low": limit, "labels_high": limit, "total_cost_low": cost, "total_cost_high": cost,
               "calendar_days_low": days, "calendar_days_high": days}
        for key, value in ends.items():
            if math.isfinite(value) and value > top[key]:
                ends[key] = top[key]
                beyond.append(key)
    return ends


def _basis(p, scen: Scenario, point: float, whole_pool: bool, far: bool, ratio: float) -> str:
    """What a row's labels rest on: transferred, unreachable, beyond the pool, the whole pool, measured, beyond
    the extrapolation limit, or extrapolated by ``ratio``."""
    d, pool = p.draws, scen.pool_size
    if d.kind == "transferred":
        return "transferred"
    if not math.isfinite(point):
        return "unreachable"
    if pool is not None and point > pool:
        return "beyond the pool"
    if whole_pool or (pool is not None and point >= pool and point > d.n_max):
        return "whole pool"
    if point <= d.n_max:
        return "measured"
    if far:
        return "beyond the extrapolation limit"
    return f"extrapolated {ratio:.1f}x"


def _reason(p, scen: Scenario, target: float, point: float, far: bool, reachable: bool) -> tuple[str | None, bool]:
    """``(reason, reachable)``: why a row does not reach the target (None where it does), and whether it does (a
    path needing more labels than the pool holds does not)."""
    d, pool = p.draws, scen.pool_size
    if not math.isfinite(point):   # a plateau is named only below the target: it agrees with "unreachable"
        whole_score, plateau = scen.pool_accuracy, median_plateau(d.plateau)
        if whole_score is not None and whole_score < target:   # the whole pool measured: no forecast climbs past it
            return (f"labeling the whole pool{f' of {pool:,}' if pool else ''} measured "
                    f"{100 * whole_score:.1f}%, below {100 * target:.4g}%: no count of labels reaches the target "
                    "in most forecasts"), reachable
        if plateau < target:
            return (f"its curve levels off below {100 * target:.4g}% in most forecasts, "
                    f"median plateau {100 * plateau:.1f}%"), reachable
        if pool is not None:
            return f"it does not reach {100 * target:.4g}% within the pool of {pool:,} in most forecasts", reachable
        return f"the forecasts do not reach {100 * target:.4g}% in most draws", reachable
    if far and not reachable:
        return (f"its median forecast lies beyond {EXTRAPOLATION_LIMIT:g}x the largest measured count "
                f"({d.n_max:,.0f}): the measurements cannot tell whether it reaches the target"), reachable
    if pool is not None and point > pool:
        return (f"it needs more labels than the pool of {pool:,} holds in most forecasts" if far
                else f"needs ~{whole(point, p.floor):,.0f} labels but the pool holds only {pool:,}"), False
    return None, reachable


def _warning(p, scen: Scenario, point: float, lab_hi: float, far: bool, ratio: float, level: float,
             beyond: list[str]) -> str | None:
    """A row's warning (None without one): a median forecast past the extrapolation limit or a long way past the
    measurements, a range's upper end far past them, a range's upper end past the pool."""
    s, d, pool = p.strategy, p.draws, scen.pool_size
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
    if not warn:
        return None
    return "; ".join([warn[0]] + [w.removeprefix(f"{s}: ") for w in warn[1:]])


def measured_short(rnd, target: float) -> bool:
    """Whether random sampling's path ``rnd`` is measured short of ``target`` up to its extrapolation limit: its
    curve's end level plus its gain per doubling at two standard errors above the measured one
    (:class:`planner.forecast.flatness.Flatness`), continued over every doubling to the limit, stays below the
    target. A curve measured flat is the case of no gain; a path without its own measurements is never short."""
    f = getattr(rnd.draws, "flatness", None)
    n_max = float(getattr(rnd.draws, "n_max", math.nan))
    if f is None or not (math.isfinite(n_max) and n_max > 0 and math.isfinite(f.level)):
        return False
    doublings = math.log2(max(rnd.quote.limit / n_max, 1.0)) if math.isfinite(rnd.quote.limit) else math.inf
    rise = max(f.gain + 2.0 * f.gain_se, 0.0) if math.isfinite(f.gain) and math.isfinite(f.gain_se) else math.inf
    return f.level + (rise * doublings if rise > 0 else 0.0) < target


def _against_random(p, rnd, ruled: dict, even, total: float, far: bool, beyond: list[str], ratio: float,
                    target: float) -> dict:
    """A row's numbers against random sampling's path ``rnd``: for an AL path the saving (the difference of the
    two totals the table prints, none where one is beyond its limit; against random priced at its limit, "more
    than", where only random's is, the row's labels lie within :data:`SHORT_EXTRAPOLATION` times its largest
    measured count (``ratio``, to the tenth its basis prints) and random is :func:`measured_short` of ``target``;
    otherwise the saving is untold, ``saving_told`` False and ``saving_untold`` :data:`UNTOLD_EXTRAPOLATED` or
    :data:`UNTOLD_RANDOM_RISING`), the chance it is cheaper and its break-even quotes (``even``'s); for random itself
    no saving. The fields carried at a limit are named in ``beyond``."""
    if not p.active:
        return {"savings_vs_random": 0.0}
    out = {"savings_vs_random": saving(quoted_total(rnd), math.nan if far else total)}
    if not math.isfinite(out["savings_vs_random"]) and (far or math.isnan(quoted_total(rnd))):
        beyond.append("savings_vs_random")
    bound = random_bound(rnd) - total if not far else math.nan
    if not math.isfinite(out["savings_vs_random"]) and math.isfinite(bound) and bound > 0:
        if round(ratio, 1) > SHORT_EXTRAPOLATION:   # the ratio as the row's basis prints it
            out.update(savings_vs_random=math.nan, saving_told=False, saving_untold=UNTOLD_EXTRAPOLATED)
        elif not measured_short(rnd, target):   # random's "more than its limit" is itself a forecast
            out.update(savings_vs_random=math.nan, saving_told=False, saving_untold=UNTOLD_RANDOM_RISING)
        else:
            out["savings_vs_random"] = bound   # against random priced at its limit, measured flat below: "more than"
        beyond.append("savings_vs_random")
    out["probability_cheaper_than_random"] = ruled["pairwise"][p.strategy]
    out.update(even.rows[p.strategy])   # the break-even price and the labels AL must save
    beyond.extend(even.rows_carried[p.strategy])   # those carried at the extrapolation limit (read "more than")
    return out


def forecast_risk(p, scen: Scenario, point: float, *, limit: float = math.inf) -> dict:
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
        at_limit = p.quote.at_limit
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
    at_budget = p.price(np.full(need.shape, budget), premium)
    cost_at_conf = quantile(at_budget["total_cost"], float(scen.confidence))
    ok = np.isfinite(p.costs["total_cost"])
    short = ok & (need > budget)
    extra = math.nan
    if short.any():
        cost = p.price(need[short], premium if np.ndim(premium) == 0 else premium[short])["total_cost"]
        if s == RANDOM:  # a second order: another batch, its turnaround, another final training
            fixed = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
            topup = labels_dollars(np.maximum(scen.min_order - (need[short] - budget), 0.0), scen.price_per_label)
            cost = cost + fixed + topup
        extra = quantile(cost - at_budget["total_cost"][short], 0.5)
    return dict(budget_at_confidence=budget, cost_at_confidence=cost_at_conf,
                label_cost_at_confidence=quantile(at_budget["label_cost"], float(scen.confidence)),
                labels_billed_at_confidence=float(at_budget["labels_billed"][0]),
                p_short=float(np.mean(need > budget)), short_extra_cost=extra, beyond_limit=())
