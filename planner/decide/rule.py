"""The decision rule: which path a verdict recommends, from the per-draw totals of every path.

Recommend the path that is the cheapest in the most draws, among the
*reachable* paths (those that reach the target, within the pool, in more than
half of the draws); random sampling on a tie; none when no path is reachable.
It is the pick that most often turns out the cheapest in hindsight. The AL
path weighed against random is ``best_al``: margin sampling
(:data:`PREFERRED_AL`) unless another AL strategy is the cheapest in more than
:data:`PREFERENCE` more of the draws (at small pilots the AL strategies'
forecasts differ by less than they can tell); ties go by the pairwise
probability of beating random, then the lower median cost.
"""

from __future__ import annotations

import math

import numpy as np

from planner.decide.p_calibration import calibrated_p
from planner.decide.summaries import p_less
from planner.forecast.draws import RANDOM

__all__ = ["DECISION_RULE", "PREFERENCE", "PREFERRED_AL", "UNDECIDED", "can_tell", "pick_path", "probability_shown",
           "rule", "rule_picks"]

#: The AL strategy the rule prefers among those the forecasts cannot tell apart: on the calibration part of the
#: held-out AL truth it was the AL strategy truly cheapest most often, and always picking it the naive AL policy
#: with the least regret; alplan's simulator and most AL code call it ``margin``.
PREFERRED_AL = "margin"
#: Another AL strategy is the rule's AL pick only when it is the cheapest path in more than this share of the
#: draws beyond :data:`PREFERRED_AL` (chosen on the selection part among 0.1-1.0; benchmarks/RESULTS.md).
PREFERENCE = 0.4
#: The verdict says "can't tell yet" where the chance shown that AL is cheaper lies strictly between these: on the
#: selection part of alplan's scikit-learn loop the rule's pick was the cheapest path in 21-32% of the cases with a
#: chance in this band (33-83% on the simulator's), against 99% below 0.2 and 69-92% from 0.8 up
#: (benchmarks/RESULTS.md, "When a pilot cannot tell").
UNDECIDED = (0.3, 0.7)
DECISION_RULE = (
    "recommend the path that is the cheapest in the most forecasts, among the paths that reach the target in most "
    "of them (random sampling on a tie), of random sampling and one AL strategy: margin sampling, unless another is "
    f"the cheapest in a share over {100 * PREFERENCE:.0f} points above margin's"
)


def probability_shown(share, n_draws: int, share_of_pool: float | None = None,
                      pilot_share_of_pool: float | None = None):
    """The one chance that AL is cheaper than random which every answer shows (sentence, metrics, text, JSON
    ``probability_al_cheaper``, report, charts), from ``share``: among the draws in which some path reaches the
    target, the share in which the cheapest AL path beats random. It is that share calibrated on held-out AL
    curves (:func:`planner.decide.p_calibration.calibrated_p`); every caller reads it here, so showing the raw
    share instead is this one line."""
    return calibrated_p(share, n_draws, share_of_pool=share_of_pool, pilot_share_of_pool=pilot_share_of_pool)


def can_tell(probability: float) -> bool:
    """False where the chance shown that AL is cheaper (:func:`probability_shown`) lies strictly inside
    :data:`UNDECIDED`: the pilot cannot tell AL from random there, and the verdict says so (the rule's pick is
    kept, as the lean that costs least if it must be acted on now); True otherwise, and for NaN."""
    p = float(probability)
    return not (UNDECIDED[0] < p < UNDECIDED[1])


def _cheapest_credit(T: np.ndarray) -> np.ndarray:
    """``T`` (S, B) per-draw totals -> (S, B): 1 where the path is (one of) the draw's cheapest, 0 if none reaches."""
    mins = T.min(axis=0)
    return ((T == mins) & np.isfinite(mins)).astype(float)


def _wmedian(x: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Per row of weights ``W`` (M, B): the smallest ``x`` whose cumulative weight reaches half (with uniform
    weights, :func:`planner.decide.summaries.quantile` at 0.5)."""
    order = np.argsort(x, kind="stable")
    cw = np.cumsum(W[:, order], axis=1)
    k = np.argmax(cw >= 0.5 * cw[:, -1:] * (1 - 1e-12), axis=1)   # the tolerance: 200 x 1/400 may sum below 0.5
    return x[order][k]


def rule_picks(totals: dict[str, np.ndarray], weights: np.ndarray) -> dict[str, np.ndarray]:
    """:data:`DECISION_RULE` under M beliefs over the draws (``weights`` (M, B), rows summing to 1): the one
    implementation, read by :func:`rule` (uniform weights) and the pilot's preposterior
    (:func:`planner.decide.voi.weighted_rule`).

    Returns ``recommendation`` and ``best_al`` (index arrays (M,) into ``list(totals)``, -1 for none) and, per
    belief and strategy (M, S), ``reach`` (P(reaches the target)), ``cheapest`` (P(cheapest path)) and
    ``pairwise`` (P(cheaper than random); 0 for random itself or without random).
    """
    names = list(totals)
    W = np.atleast_2d(np.asarray(weights, dtype=float))
    T = np.stack([np.asarray(totals[s], dtype=float) for s in names])   # (S, B)
    # shares rounded to 12 decimals: equal counts of draws compare equal whatever the order of the sums
    reach = np.round(W @ np.isfinite(T).T.astype(float), 12)
    share = np.round(W @ _cheapest_credit(T).T, 12)
    r = names.index(RANDOM) if RANDOM in names else -1
    al = [k for k in range(len(names)) if k != r]
    pair = np.zeros_like(share)
    if r >= 0:
        pair[:, al] = np.round(W @ ((T[al] < T[r]).astype(float) + 0.5 * (T[al] == T[r])).T, 12)
    med = np.stack([_wmedian(T[k], W) for k in range(len(names))], axis=1)
    rec = np.full(W.shape[0], -1)
    best = np.full(W.shape[0], -1)
    preferred = names.index(PREFERRED_AL) if PREFERRED_AL in names else -1
    for m in range(W.shape[0]):
        rec[m], best[m] = pick_path(reach[m], share[m], pair[m], med[m], r, preferred=preferred)
    return {"recommendation": rec, "best_al": best, "reach": reach, "cheapest": share, "pairwise": pair}


def pick_path(reach, cheapest, pairwise, median_cost, random: int, *, min_reach: float = 0.5, preferred: int = -1,
              preference: float = PREFERENCE) -> tuple[int, int]:
    """:data:`DECISION_RULE`'s choice from what it reads of every path (sequences indexed alike; shares rounded
    to 12 decimals; ``random`` the index of random sampling, -1 for none): ``(recommendation, best_al)``, -1
    for none. An AL path is eligible when it reaches the target in more than half of the draws and in at least
    ``min_reach`` of them (0.5: the shipped rule; ``benchmarks/forecast/evaluate_decisions.py --reach-sweep``
    tries others). ``best_al`` is the eligible one cheapest most often, the ``preferred`` one (the index of
    :data:`PREFERRED_AL`, -1 for none) counted ``preference`` higher: another AL path is ``best_al`` only when it
    is the cheapest in more than ``preference`` more of the draws (0: no preference). Ties go
    by P(cheaper than random), then the lower median cost. Random sampling is recommended when it is reachable
    and cheapest at least as often as ``best_al`` (its own share, without the preference)."""
    ok = [k for k in range(len(reach)) if k != random and reach[k] > 0.5 and reach[k] >= min_reach - 1e-12]

    def rank(k):
        bonus = preference if k == preferred else 0.0
        return (round(cheapest[k] + bonus, 12), pairwise[k], -median_cost[k])

    best = max(ok, key=rank) if ok else -1
    random_wins = random >= 0 and reach[random] > 0.5 and (best < 0 or cheapest[random] >= cheapest[best])
    return (random if random_wins else best), best


def rule(totals: dict[str, np.ndarray], share_of_pool: float | None = None,
         pilot_share_of_pool: float | None = None) -> dict:
    """Apply :data:`DECISION_RULE` to per-draw totals ``{strategy: (B,)}``.

    Returns ``recommendation, best_al, pairwise (strategy -> P(cheaper than
    random)), cheapest (strategy -> share of draws in which it is the
    cheapest path), p_al_cheaper (the share of draws), p_al_shown (:func:`probability_shown`, at ``share_of_pool``: random's quoted labels over the
    pool, None without a pool, :meth:`planner.decide.verdict.Plan.random_share_of_pool`; and
    ``pilot_share_of_pool``: :meth:`~planner.decide.verdict.Plan.pilot_share_of_pool`), p_no_path (the
    share of draws in which no path reaches the target; p_al_cheaper is read among the others), reachable
    (set)``.
    """
    names = list(totals)
    n_draws = len(totals[names[0]])
    picks = rule_picks(totals, np.full((1, n_draws), 1.0 / n_draws))
    name = lambda k: names[int(k)] if k >= 0 else None  # noqa: E731
    rnd = totals.get(RANDOM)
    al = [s for s in names if s != RANDOM]
    finite = np.isfinite(np.stack([totals[s] for s in names]))   # (S, B): the path reaches in the draw
    some = finite.any(axis=0)                                     # some path reaches the target in the draw
    p_al = math.nan
    if rnd is not None and al:
        lowest = np.min(np.stack([totals[s] for s in al]), axis=0)
        p_al = p_less(lowest[some], rnd[some]) if some.any() else 0.0
    return {"recommendation": name(picks["recommendation"][0]), "best_al": name(picks["best_al"][0]),
            "pairwise": {s: p_less(totals[s], rnd) for s in al} if rnd is not None else {},
            "cheapest": dict(zip(names, picks["cheapest"][0].tolist())), "p_al_cheaper": p_al,
            "p_al_shown": probability_shown(p_al, n_draws, share_of_pool=share_of_pool,
                                            pilot_share_of_pool=pilot_share_of_pool),
            "p_no_path": float(np.mean(~some)),
            "reachable": {s for s, reach in zip(names, finite.mean(axis=1)) if reach > 0.5}}

# ------------------------------------------------------------- decide
