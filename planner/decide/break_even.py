"""The break-even quotes: the label price (and the AL label premium) at which AL stops or starts paying.

The stage after the rule and before the rows (draws -> priced paths -> the rule -> the break-even quotes -> the rows
-> the Decision): :func:`break_even` reads the priced paths (:mod:`planner.decide.paths`) and the rule's outcome
and hands the rows and the Decision their break-even numbers (:class:`BreakEven`). Two kinds of number:

* per draw, the raw label price above which an AL path beats random sampling and the labels it must save
  (:func:`break_even_draws`, summarised by :func:`planner.decide.summaries.break_even_quote`), carried at the AL
  path's extrapolation limit where they grow beyond it (:func:`cap_break_even`);
* the price at which the rule's pick changes (:func:`rule_break_even`) and, with a premium stated, the premium
  (:func:`planner.decide.time_break_even.rule_break_even_premium`). These are what-ifs, as the tables of
  :mod:`planner.decide.whatif` are: each path's total is linear in the price (and the premium), so the same
  draws are re-priced exactly and the rule's public pure function (:func:`planner.decide.rule.rule_picks`) is
  asked again on them; :func:`planner.decide.rule.bisect_pick` finds where its pick turns.

Imports: :mod:`planner.decide.costs`, :mod:`planner.decide.rule`, :mod:`planner.decide.time_break_even`,
:mod:`planner.decide.summaries` and :mod:`planner.forecast`; nothing of the paths (a path's extrapolation limit
and its cost lines there are its quote's, :class:`planner.decide.paths.PathQuote`), the rows or the verdict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.decide.costs import Scenario, fixed_costs
from planner.decide.time_break_even import rule_break_even_premium
from planner.decide.rule import bisect_pick, rule_picks
from planner.decide.summaries import break_even_quote, quantile
from planner.forecast.draws import RANDOM

__all__ = ["BreakEven", "break_even", "break_even_draws", "cap_break_even", "rule_break_even"]


@dataclass(frozen=True)
class BreakEven:
    """What the break-even stage hands on: per AL row its numbers, and the Decision's numbers for ``best_al``."""

    rows: dict                          # strategy -> {"break_even_label_price", "break_even_labels_saved"}
    rows_carried: dict                  # strategy -> the row's fields carried at the path's extrapolation limit
    quote: dict                         # the Decision's break-even fields (empty without random or a best AL path)
    carried: tuple[str, ...] = ()       # the Decision's fields carried at the AL path's extrapolation limit
    prices: np.ndarray | None = None    # ``best_al``'s per-draw break-even prices against random (None without)


def break_even(paths: dict, ruled: dict, scen: Scenario, level: float) -> BreakEven:
    """The break-even numbers of the priced ``paths`` under ``scen`` (already resolved), for the rule's outcome
    ``ruled`` (:func:`planner.decide.rule.rule_paths`; its ``best_al``) and the ranges' ``level``.

    Per AL path, with random sampling in the table: the row's break-even label price (the quote, or the median
    where the quote is withheld) and the median labels it must save. For ``best_al``: the price at which the rule's
    pick changes (:func:`rule_break_even`) with the per-draw prices' interval around it, the share of draws within
    a factor 2 of it, their median, the labels saved (median and range) and, where an AL label premium is stated,
    the premium at which the pick turns to random.
    """
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    rnd = paths.get(RANDOM)
    rows, rows_carried = {}, {}
    if rnd is not None:
        for s, p in paths.items():
            if not p.active:
                continue
            be = break_even_draws(rnd, p, scen)
            q = break_even_quote(be["price"], level)
            saved = {"break_even_labels_saved": quantile(be["labels"], 0.5)}
            rows_carried[s] = tuple(cap_break_even(p, scen, saved))
            rows[s] = {"break_even_label_price": q.quote if math.isfinite(q.quote) else q.median, **saved}
    best_al = ruled["best_al"]
    if best_al is None or rnd is None:
        return BreakEven(rows, rows_carried, {})
    out: dict = {}
    be = break_even_draws(rnd, paths[best_al], scen)
    q = break_even_quote(be["price"], level)
    quote = rule_break_even(paths, scen, inputs=ruled["inputs"])
    if math.isfinite(q.median):
        low, high = q.low, q.high
        if math.isfinite(quote):
            low, high = min(low, quote), max(high, quote)
            within = float(np.mean((be["price"] >= quote / 2) & (be["price"] <= 2 * quote))) if quote > 0 \
                else float(np.mean(be["price"] == 0))
        else:
            within = math.nan
        out.update(break_even_label_price_low=low, break_even_label_price_high=high,
                   break_even_within_2x=within, break_even_label_price_median=q.median)
    out["break_even_label_price"] = quote
    saved = {"break_even_labels_saved": quantile(be["labels"], 0.5),
             "break_even_labels_saved_low": quantile(be["labels"], lo_q),
             "break_even_labels_saved_high": quantile(be["labels"], hi_q)}
    carried = cap_break_even(paths[best_al], scen, saved)   # read "more than", as the labels
    out.update(saved)
    if scen.al_label_premium is not None:   # a premium stated: where it stops AL paying
        out["break_even_premium"] = rule_break_even_premium(paths, scen, inputs=ruled["inputs"])
    return BreakEven(rows, rows_carried, out, tuple(carried), be["price"])


def break_even_draws(rnd, al, scenario: Scenario) -> dict[str, np.ndarray]:
    """Per draw: the raw label price above which the AL path ``al`` beats random's ``rnd`` (priced paths,
    :class:`planner.decide.paths.PricedPath`), and the labels it must save.

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


def cap_break_even(al, scenario: Scenario, values: dict) -> list[str]:
    """Carry the labels ``al`` must save to pay for itself (``values``: field -> count, from
    :func:`break_even_draws`' ``labels``) at its extrapolation limit; the fields carried there, in order.

    AL's extra non-label cost grows with its labels (compute per round, delay): a count above the one its path
    priced at the limit (its quote's, :class:`planner.decide.paths.PathQuote`: whole batches within it, as the row's
    cost lines are) rests on draws whose labels lie beyond the limit, so it is carried at that count and named
    (read "more than"), as the labels are. A count that does not grow with the labels (engineering alone) is never
    carried.
    """
    if al.quote.at_limit is None:   # no finite extrapolation limit
        return []
    fixed = float(al.quote.at_limit["fixed_cost"][0])
    random_fixed = float(fixed_costs(np.ones(1), active=False, scenario=scenario)["fixed_cost"][0])
    top = (fixed - random_fixed) / scenario.price_per_label
    carried = []
    for key, value in values.items():
        if math.isfinite(value) and value > top * (1 + 1e-9) + 1e-9:
            values[key] = top
            carried.append(key)
    return carried


def rule_break_even(paths: dict, scenario: Scenario, *, inputs: dict, steps: int = 60) -> float:
    """The raw label price at which the decision rule's pick, re-run on the same draws, changes between random
    sampling and an AL path: AL is picked at this price (and at the scenario's price when it is at or above it),
    random just below it. 0 where the rule picks AL at any price, ``inf`` where at none (from the scenario's price
    up to a million times it), NaN where the rule picks nothing or the table lacks random or AL.

    Per draw a path's total is its fixed cost plus its billed labels times the price paid per label (the raw price
    x QA x votes), so the draws are re-priced exactly; the search keeps the scenario's own price on the side of
    the rule's pick there, so the quote never contradicts the verdict. ``inputs``: what the rule read of the paths
    besides their totals (the rule's outcome's, :func:`planner.decide.rule.rule_paths`).
    """
    names = list(paths)
    if RANDOM not in names or len(names) < 2:
        return math.nan
    mult = float(scenario.qa_multiplier) * int(scenario.votes)
    parts, capped_parts = [], []
    extra = inputs
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
