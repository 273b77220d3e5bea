"""The break-even time premium: how much longer AL's labels may take than random's before AL stops paying.

A label an AL strategy picks costs ``Scenario.premium`` times a label drawn at
random (annotators paid by the hour spend longer on the uncertain examples AL
picks). Per draw a path's total is linear in the premium: its total less its
picked labels' cost, plus the premium times the picked labels (``labels_premium``
of :func:`planner.decide.costs.path_costs`) times the price per label. So the
draws are re-priced exactly at any premium, and the decision rule re-run on them
says where its pick changes.
"""

from __future__ import annotations

import math

import numpy as np

from planner.decide.costs import Scenario
from planner.decide.rule import bisect_pick, rule_picks
from planner.forecast.draws import RANDOM

__all__ = ["MAX_PREMIUM", "rule_break_even_premium"]

#: The largest premium searched: AL's labels taking a thousand times as long as random's.
MAX_PREMIUM = 1000.0


def _parts(costs: dict, price: float, premium) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(reachable, total at premium 0, dollars per unit of premium) of one path's draws, priced at ``premium`` (a
    float, or one per draw)."""
    ok = np.isfinite(costs["total_cost"])
    per = np.where(ok, costs.get("labels_premium", np.zeros_like(costs["total_cost"])), 0.0) * price
    base = np.where(ok, costs["total_cost"], 0.0) - premium * per
    return ok, base, per


def rule_break_even_premium(paths: dict, scenario: Scenario, *, inputs: dict, steps: int = 60) -> float:
    """The AL label premium at which the decision rule's pick, re-run on the same draws, changes from an AL path
    to random sampling: AL is picked below it, random at it and above. ``inf`` where AL is picked at every premium
    up to :data:`MAX_PREMIUM`; 0 where random is picked even at a premium of 0 (AL's picked labels free); NaN where
    the rule picks nothing or the table lacks random or AL.

    The search keeps the scenario's own premium on the side of the rule's pick there, so the quote never
    contradicts the verdict. A premium measured with its uncertainty (one per draw) is searched as one number
    all the same: from the per-draw premiums' median (:attr:`Scenario.premium`), the verdict's own totals there.
    ``inputs``: what the rule read of the paths besides their totals (the rule's outcome's,
    :func:`planner.decide.rule.rule_paths`).
    """
    names = list(paths)
    if RANDOM not in names or len(names) < 2 or not any(paths[s].active for s in names):
        return math.nan
    price, now_premium = scenario.price_per_label, scenario.premium
    per_draw = scenario.premium_per_draw(len(paths[names[0]].labels))   # what the draws were priced at
    extra = inputs
    parts = {s: _parts(paths[s].costs, price, per_draw) for s in names}
    capped = None if extra["capped"] is None else {s: _parts(paths[s].capped, price, per_draw) for s in names}
    n_draws = len(next(iter(parts.values()))[0])
    weights = np.full((1, n_draws), 1.0 / n_draws)

    def totals_at(table: dict, x: float) -> dict:
        return {s: np.where(ok, base + x * per, np.inf) for s, (ok, base, per) in table.items()}

    def pick(x: float) -> str | None:
        if x == now_premium:   # the verdict's own totals, not re-priced
            totals = {s: paths[s].costs["total_cost"] for s in names}
            cap = extra["capped"]
        else:
            totals = totals_at(parts, x)
            cap = None if capped is None else totals_at(capped, x)
        k = int(rule_picks(totals, weights, beyond=extra["beyond"], capped=cap)["recommendation"][0])
        return None if k < 0 else names[k]

    now = pick(now_premium)
    if now is None:
        return math.nan
    if now == RANDOM:
        lo, hi = 0.0, now_premium      # pick(hi) is random
        if pick(0.0) == RANDOM:
            return 0.0
    else:
        lo, hi = now_premium, now_premium
        while True:
            hi = min(2.0 * hi, MAX_PREMIUM)
            if pick(hi) in (RANDOM, None):
                break
            if hi >= MAX_PREMIUM:
                return math.inf
    return bisect_pick(pick, lo, hi, steps, random_below=False)   # pick(lo) is AL, pick(hi) is random
