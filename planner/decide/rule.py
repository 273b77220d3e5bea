"""The decision rule: which path a verdict recommends, from the per-draw totals of every path.

One set of joint draws prices every path. In each draw a path that does not
reach the target costs ``inf`` and is never the cheapest; a draw in which no
path reaches the target is left out of every share (its share of all draws is
``probability_no_path``). Among the other draws:

* a draw the pilot cannot tell (:func:`untold_draws`: random's labels, or those
  of the draw's cheapest AL path, lie beyond the path's extrapolation limit) is
  no draw either side won: its credit is split, half to random sampling and
  half among the AL paths;
* a path's "cheapest in" share is the share of the draws in which it is the
  cheapest path, a tie split equally between the tied paths, so the shares
  sum to 1;
* the chance that AL is cheaper is one minus random's "cheapest in" share
  (:func:`chance_shown` passes it on unchanged);
* a path's expected cost (:func:`expected_totals`) is its mean total over the
  same draws, a draw in which it does not reach the target, or reaches it
  beyond its extrapolation limit, priced at the limit or the pool when smaller
  (what it would buy before the answer could be told);
* the pick (:data:`DECISION_RULE`): the AL path only where the chance is at or
  above the can't-tell band's top (:data:`UNDECIDED`, 70%) *and* its expected
  cost is below random's; random sampling otherwise, which needs no set-up and
  can be stopped or switched at no cost. The AL path is ``best_al``: margin
  sampling (:data:`PREFERRED_AL`) unless another AL strategy is the cheapest
  in more than :data:`PREFERENCE` more of the draws (at small pilots the AL
  strategies' forecasts differ by less than they can tell); ties go by the
  pairwise probability of beating random, then the lower median cost. A path
  is picked only where it reaches the target within its extrapolation limit
  in most draws, and AL only where random does too (a finite median saving) or
  where random lies beyond its limit and AL passes the same gate against random priced at that limit (a saving
  of "more than" the difference): none otherwise.

The rule reads only what the priced paths hand it (:mod:`planner.decide.paths`):
the per-draw totals, the draws beyond the extrapolation limit, the capped totals
and the :class:`~planner.decide.paths.DrawFacts`; it imports no stage of the
pipeline. It is a pure function of them, so the break-even quotes
(:mod:`planner.decide.break_even`: the same draws re-priced at other prices or
premiums, the rule asked again, :func:`bisect_pick` finding where its pick turns)
and the pilot's preposterior (:mod:`planner.decide.voi`) re-run this same rule
as what-ifs. The other designs of :data:`DESIGNS` are kept for the benchmark that
chose among them (``benchmarks/forecast/score_designs.py``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from planner.decide.summaries import p_less
from planner.forecast.draws import RANDOM

if TYPE_CHECKING:
    from planner.decide.paths import DrawFacts

__all__ = ["CHANCE_DRAWS", "DECISION_RULE", "DESIGN", "DESIGNS", "PREFERENCE", "PREFERRED_AL", "UNDECIDED", "al_gate",
           "bisect_pick", "can_tell", "chance_shown", "cheapest_shares", "draw_credit", "expected_totals", "pick_now",
           "pick_path", "rule", "rule_inputs", "rule_paths", "rule_picks", "untold_draws"]

#: The AL strategy the rule prefers among those the forecasts cannot tell apart: on the calibration part of the
#: held-out AL truth it was the AL strategy truly cheapest most often, and always picking it the naive AL policy
#: with the least regret; alplan's simulator and most AL code call it ``margin``.
PREFERRED_AL = "margin"
#: Another AL strategy is the rule's AL pick only when it is the cheapest path in more than this share of the
#: draws beyond :data:`PREFERRED_AL` (chosen on the selection part among 0.1-1.0; benchmarks/RESULTS.md).
PREFERENCE = 0.4
#: The verdict says "can't tell yet" where the chance that AL is cheaper lies strictly between these: on the
#: selection part of alplan's scikit-learn loop the rule's pick was the cheapest path in 21-32% of the cases with a
#: chance in this band (33-83% on the simulator's), against 99% below 0.2 and 69-92% from 0.8 up
#: (benchmarks/RESULTS.md, "When a pilot cannot tell").
UNDECIDED = (0.3, 0.7)
#: The decision rule's designs (:func:`al_gate`), scored side by side in ``benchmarks/forecast/evaluate_decisions.py``:
#: ``half`` (AL above a chance of one half, draws beyond the extrapolation limit counted for the side that
#: reaches), ``split`` (the same, such draws split), ``band`` (AL only at or above the can't-tell band's top),
#: ``expected`` (AL where its mean capped total is lower) and ``band+expected`` (both).
DESIGNS = ("half", "split", "band", "expected", "band+expected")
#: The shipped design: on the selection parts it had the lowest regret in the users' scenario mix (RESULTS.md, "A
#: decision weighed by its losses").
DESIGN = "band+expected"
#: Which draws the chance and the shares read, in ``benchmarks/forecast/evaluate_decisions.py``'s letters:
#: ``"R"``, the draws in which some path reaches the target.
CHANCE_DRAWS = "R"
DECISION_RULE = (
    "recommend AL only when the chance that AL is cheaper than random (the share of the forecasts in which an AL "
    f"path is the cheapest) is at least {100 * UNDECIDED[1]:.0f}% and its average cost over the forecasts is below "
    "random's, otherwise random sampling (no set-up; it can be stopped or switched at no cost); the AL path is margin "
    "sampling unless another is the cheapest in a share over {pts:.0f} points above margin's; a path is weighed "
    "only where it reaches the target within the extrapolation limit in most forecasts (so another AL path where "
    "margin does not); none when no path does"
).replace("{pts:.0f}", f"{100 * PREFERENCE:.0f}")


def chance_shown(chance, facts: DrawFacts | None = None):
    """The chance that AL is cheaper as every answer shows it and the pick reads it, from the share of draws
    ``chance`` and the draws' ``facts``: the share itself. This is the one place a correction of the chance (for
    short pilots, say) would go; the rule reads its output, so the pick and the chance shown cannot part."""
    return chance


def can_tell(probability: float) -> bool:
    """False where the chance that AL is cheaper lies strictly inside :data:`UNDECIDED`: the pilot cannot tell AL
    from random there, and the verdict says so (the rule's pick is kept, as the lean that costs least if it must
    be acted on now); True otherwise, and for NaN."""
    p = float(probability)
    return not (UNDECIDED[0] < p < UNDECIDED[1])


def pick_now(recommendation, best_al, chance: float, has_random: bool = True):
    """The path to take now (the verdict's ``recommendation``): the rule's pick, or random sampling wherever the
    pilot cannot tell (an AL path weighed against random sampling, the chance strictly inside :data:`UNDECIDED`),
    whatever the rule picks: random's labels need no set-up and serve either path, and the answer says "label at
    random now and decide again". Names or indices alike (``RANDOM`` is given back for random sampling: the caller
    maps it)."""
    if has_random and best_al is not None and not can_tell(chance) and math.isfinite(float(chance)):
        return RANDOM
    return recommendation


def _cheapest_credit(T: np.ndarray) -> np.ndarray:
    """``T`` (S, B) per-draw totals -> (S, B): each draw's credit, 1 split equally between its cheapest paths;
    0 for every path in a draw in which none reaches the target."""
    mins = T.min(axis=0)
    tied = (T == mins) & np.isfinite(mins)
    k = tied.sum(axis=0)
    return np.where(tied, 1.0 / np.maximum(k, 1), 0.0)


def untold_draws(T: np.ndarray, beyond: np.ndarray, capped: np.ndarray, random: int) -> np.ndarray:
    """(B,) bool: the draws the pilot cannot tell, those in which some path reaches the target and random's labels,
    or those of the draw's cheapest AL path (by ``capped`` totals), lie beyond the path's extrapolation limit
    (``beyond`` (S, B)), unless the other side lies within its limit and costs less there than the far side priced
    at its limit (``capped``: a lower bound of what the far side costs, so the draw is told for the side within).
    False everywhere without random or an AL path."""
    S, B = T.shape
    al = [k for k in range(S) if k != random]
    if random < 0 or not al:
        return np.zeros(B, dtype=bool)
    cheapest_al = np.asarray(al)[np.argmin(capped[al], axis=0)]
    cols = np.arange(B)
    far_r, far_a = beyond[random], beyond[cheapest_al, cols]
    # one side within its limit and cheaper than the other priced at its limit (a lower bound of its cost): told
    bounded = (far_r & ~far_a & (T[cheapest_al, cols] < capped[random])) | \
        (far_a & ~far_r & (T[random] < capped[cheapest_al, cols]))
    return (far_r | far_a) & ~bounded & np.isfinite(T).any(axis=0)


def draw_credit(T: np.ndarray, untold: np.ndarray | None = None, random: int = -1) -> np.ndarray:
    """(S, B): each draw's "cheapest in" credit (:func:`_cheapest_credit`); a draw in ``untold`` is no draw either
    side won, its credit split half to random sampling (index ``random``) and half equally among the AL paths."""
    credit = _cheapest_credit(T)
    if untold is None or not untold.any() or random < 0 or T.shape[0] < 2:
        return credit
    al = [k for k in range(T.shape[0]) if k != random]
    credit[:, untold] = 0.0
    credit[random, untold] = 0.5
    credit[np.ix_(al, np.flatnonzero(untold))] = 0.5 / len(al)
    return credit


def cheapest_shares(T: np.ndarray, W: np.ndarray, credit: np.ndarray | None = None) -> np.ndarray:
    """Per belief (rows of ``W`` (M, B)) and path (rows of ``T`` (S, B)): the share of the draws in which some
    path reaches the target in which the path is the cheapest, ties split (M, S), rounded to 12 decimals; NaN
    where no draw of the belief has a path that reaches. ``credit`` (S, B): each draw's credit
    (:func:`draw_credit`), by default :func:`_cheapest_credit`."""
    some = np.isfinite(T).any(axis=0).astype(float)
    mass = W @ some
    credit = _cheapest_credit(T) if credit is None else credit
    with np.errstate(invalid="ignore", divide="ignore"):
        share = (W @ credit.T) / mass[:, None]
    return np.round(np.where(mass[:, None] > 0, share, np.nan), 12)


def expected_totals(T: np.ndarray, capped: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Per belief and path (M, S): the mean ``capped`` total over the draws in which some path reaches the target
    (``T`` finite somewhere), weighted by ``W`` (M, B); NaN where a belief has no such draw."""
    some = np.isfinite(T).any(axis=0)
    C = np.where(some[None, :], capped, 0.0)
    w = W * some[None, :]
    mass = w.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mass[:, None] > 0, (w @ C.T) / mass[:, None], np.nan)


def _wmedian(x: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Per row of weights ``W`` (M, B): the smallest ``x`` whose cumulative weight reaches half (with uniform
    weights, :func:`planner.decide.summaries.quantile` at 0.5)."""
    order = np.argsort(x, kind="stable")
    cw = np.cumsum(W[:, order], axis=1)
    k = np.argmax(cw >= 0.5 * cw[:, -1:] * (1 - 1e-12), axis=1)   # the tolerance: 200 x 1/400 may sum below 0.5
    return x[order][k]


def _capped_default(T: np.ndarray) -> np.ndarray:
    """Totals where a path that does not reach costs twice the dearest total that reaches (no limit known)."""
    finite = T[np.isfinite(T)]
    big = 2.0 * float(finite.max()) if finite.size else 0.0
    return np.where(np.isfinite(T), T, big)


def rule_picks(totals: dict[str, np.ndarray], weights: np.ndarray, facts: DrawFacts | None = None, *,
               beyond: dict[str, np.ndarray] | None = None, capped: dict[str, np.ndarray] | None = None,
               design: str | None = None) -> dict:
    """:data:`DECISION_RULE` under M beliefs over the draws (``weights`` (M, B), rows summing to 1): the one
    implementation, read by :func:`rule` (uniform weights), the break-even price and the pilot's preposterior
    (:func:`planner.decide.voi.weighted_rule`).

    ``beyond`` (strategy -> (B,) bool): the draws in which the path's labels lie beyond its extrapolation limit
    (none by default); ``capped`` (strategy -> (B,)): the path's total in each draw with labels that do not reach,
    or reach beyond the limit, priced at the limit or the pool (by default twice the dearest reaching total).
    ``design``: one of :data:`DESIGNS` (:data:`DESIGN`, the shipped one, by default).

    Returns ``recommendation`` and ``best_al`` (index arrays (M,) into ``list(totals)``, -1 for none),
    ``chance`` (M,) (:func:`chance_shown` of one minus random's share; NaN without random, an AL path or a draw
    in which some path reaches), ``untold`` (M,) (the share of the draws in which some path reaches that the
    pilot cannot tell, :func:`untold_draws`) and, per belief and strategy (M, S), ``reach`` (P(reaches the
    target within its limit)), ``cheapest`` (:func:`cheapest_shares`), ``pairwise`` (P(cheaper than random); 0
    for random itself or without random) and ``expected`` (:func:`expected_totals`).
    """
    design = DESIGN if design is None else design
    if design not in DESIGNS:
        raise ValueError(f"unknown decision rule design {design!r}; choose one of {', '.join(DESIGNS)}")
    names = list(totals)
    W = np.atleast_2d(np.asarray(weights, dtype=float))
    T = np.stack([np.asarray(totals[s], dtype=float) for s in names])   # (S, B)
    far = (np.zeros(T.shape, dtype=bool) if beyond is None or design == "half"
           else np.stack([np.asarray(beyond[s], dtype=bool) for s in names]))
    C = _capped_default(T) if capped is None else np.stack([np.asarray(capped[s], dtype=float) for s in names])
    r = names.index(RANDOM) if RANDOM in names else -1
    al = [k for k in range(len(names)) if k != r]
    untold = untold_draws(T, far, C, r)
    # shares rounded to 12 decimals: equal counts of draws compare equal whatever the order of the sums
    reach = np.round(W @ (np.isfinite(T) & ~far).T.astype(float), 12)
    share = cheapest_shares(T, W, draw_credit(T, untold, r))
    some = np.isfinite(T).any(axis=0).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        untold_share = np.round((W @ (untold.astype(float) * some)) / (W @ some), 12)
    pair = np.zeros_like(share)
    chance = np.full(W.shape[0], np.nan)
    if r >= 0 and al:
        pair[:, al] = np.round(W @ ((T[al] < T[r]).astype(float) + 0.5 * (T[al] == T[r])).T, 12)
        chance = np.asarray(chance_shown(np.round(1.0 - share[:, r], 12), facts), dtype=float)
    med = np.stack([_wmedian(T[k], W) for k in range(len(names))], axis=1)
    expected = expected_totals(T, C, W)
    random_far = W @ far[r].astype(float) if r >= 0 else np.zeros(W.shape[0])
    rec = np.full(W.shape[0], -1)
    best = np.full(W.shape[0], -1)
    preferred = names.index(PREFERRED_AL) if PREFERRED_AL in names else -1
    for m in range(W.shape[0]):
        rec[m], best[m] = pick_path(reach[m], share[m], pair[m], med[m], r, preferred=preferred,
                                    chance=float(chance[m]), expected=expected[m], design=design,
                                    random_far=float(random_far[m]))
    return {"recommendation": rec, "best_al": best, "chance": chance, "reach": reach, "cheapest": share,
            "pairwise": pair, "expected": expected, "untold": untold_share}


def al_gate(chance: float, expected_al: float, expected_random: float, design: str = None) -> bool:
    """Whether :data:`DECISION_RULE` (design ``design``, :data:`DESIGN` by default) takes the AL path over random
    sampling, from the chance that AL is cheaper and the two paths' expected capped totals."""
    design = DESIGN if design is None else design
    above_half = chance > 0.5
    above_band = chance >= UNDECIDED[1]
    cheaper_on_average = bool(expected_al < expected_random)
    return {"half": above_half, "split": above_half, "band": above_band, "expected": cheaper_on_average,
            "band+expected": above_band and cheaper_on_average}[design]


def pick_path(reach, cheapest, pairwise, median_cost, random: int, *, chance: float | None = None,
              min_reach: float = 0.5, preferred: int = -1, preference: float = PREFERENCE,
              expected=None, design: str | None = None, random_far: float = 0.0) -> tuple[int, int]:
    """:data:`DECISION_RULE`'s choice from what it reads of every path (sequences indexed alike; shares rounded
    to 12 decimals; ``random`` the index of random sampling, -1 for none): ``(recommendation, best_al)``, -1
    for none.

    An AL path is eligible when it reaches the target (within its extrapolation limit) in more than half of the
    draws and in at least ``min_reach`` of them (0.5: the shipped rule; ``benchmarks/forecast/evaluate_decisions.py
    --reach-sweep`` tries others). ``best_al`` is the eligible one cheapest most often, the ``preferred`` one (the
    index of :data:`PREFERRED_AL`, -1 for none) counted ``preference`` higher (0: no preference); ties go by
    P(cheaper than random), then the lower median cost. :func:`al_gate` (the chance, by default one minus random's
    share, and the ``expected`` capped totals) decides between ``best_al`` and random sampling; AL only where
    random also reaches within its limit in most draws (a finite median saving), random only where it reaches
    in most draws, else none; but where random does not reach the target in most draws and lies beyond its
    limit in at most half of them (``random_far``: the draws say it does not get there, within the pool or
    below its plateau), ``best_al`` is the one path that does; and where random lies beyond its limit in most
    draws, ``best_al`` is picked when :func:`al_gate` passes on the chance and the expected totals (random priced
    at its limit: a lower bound of its cost, so the saving is "more than" the difference). Without random
    sampling ``best_al`` is recommended; without an AL path, random.
    """
    design = DESIGN if design is None else design
    ok = [k for k in range(len(reach)) if k != random and reach[k] > 0.5 and reach[k] >= min_reach - 1e-12]

    def rank(k):
        bonus = preference if k == preferred else 0.0
        return (round(cheapest[k] + bonus, 12), pairwise[k], -median_cost[k])

    best = max(ok, key=rank) if ok else -1
    if random < 0:
        return best, best
    random_ok = random if reach[random] > 0.5 else -1
    if not any(k != random for k in range(len(reach))):
        return random_ok, best
    if chance is None:
        chance = 1.0 - float(cheapest[random])
    if not math.isfinite(chance):   # no draw in which some path reaches
        return -1, best
    if design == "half":
        return (best if chance > 0.5 else random_ok), best
    if random_ok < 0 and best >= 0 and random_far <= 0.5:   # random told not to get there: AL is the one path
        return best, best
    e_al, e_rnd = (math.inf, math.inf) if expected is None else (float(expected[best]), float(expected[random]))
    if best >= 0 and random_ok < 0 and expected is not None and al_gate(chance, e_al, e_rnd, design):
        # random lies beyond its limit in most draws and AL, within its own, is cheaper than random priced at that
        # limit (a lower bound of random's cost) often enough and on average: the saving has a positive lower bound
        return best, best
    if best < 0 or random_ok < 0:   # no AL pick without a saving (a median, or a lower bound above)
        return random_ok, best
    return (best if al_gate(chance, e_al, e_rnd, design) else random_ok), best


def rule(totals: dict[str, np.ndarray], facts: DrawFacts | None = None, *,
         beyond: dict[str, np.ndarray] | None = None, capped: dict[str, np.ndarray] | None = None,
         design: str | None = None) -> dict:
    """Apply :data:`DECISION_RULE` to per-draw totals ``{strategy: (B,)}`` (see the module docstring).

    Returns ``recommendation, best_al, pairwise (strategy -> P(cheaper than random)), cheapest (strategy -> its
    "cheapest in" share), p_al_cheaper`` (the chance, :func:`chance_shown` of the draws with ``facts``; NaN
    without random or an AL path; NaN where no path reaches in any draw), ``p_no_path`` (the share of all draws
    in which no path reaches the target) and ``reachable`` (the set of paths that reach it in most draws).
    """
    names = list(totals)
    n_draws = len(totals[names[0]])
    picks = rule_picks(totals, np.full((1, n_draws), 1.0 / n_draws), facts, beyond=beyond, capped=capped,
                       design=design)
    name = lambda k: names[int(k)] if k >= 0 else None  # noqa: E731
    rnd = totals.get(RANDOM)
    al = [s for s in names if s != RANDOM]
    finite = np.isfinite(np.stack([totals[s] for s in names]))   # (S, B): the path reaches in the draw
    return {"recommendation": name(picks["recommendation"][0]), "best_al": name(picks["best_al"][0]),
            "pairwise": {s: p_less(totals[s], rnd) for s in al} if rnd is not None else {},
            "cheapest": dict(zip(names, picks["cheapest"][0].tolist())), "p_al_cheaper": float(picks["chance"][0]),
            "p_no_path": float(np.mean(~finite.any(axis=0))),
            "reachable": {s for s, reach in zip(names, picks["reach"][0]) if reach > 0.5},
            "reach": dict(zip(names, picks["reach"][0].tolist())),
            "expected": dict(zip(names, picks["expected"][0].tolist())), "p_untold": float(picks["untold"][0])}


def rule_inputs(paths: dict) -> dict:
    """What :func:`planner.decide.rule.rule_picks` reads of ``paths`` besides their totals: ``beyond`` and
    ``capped`` (the capped totals), each strategy -> (B,); None where a path lacks them."""
    if any(p.beyond is None or p.capped is None for p in paths.values()):
        return {"beyond": None, "capped": None}
    return {"beyond": {s: p.beyond for s, p in paths.items()},
            "capped": {s: p.capped["total_cost"] for s, p in paths.items()}}

def rule_paths(paths: dict, facts: DrawFacts | None = None) -> dict:
    """The rule on priced paths (:class:`planner.decide.paths.PricedPath`, strategy -> path): :func:`rule` on their
    per-draw totals, with the path to take now (:func:`pick_now`) as the ``recommendation``. The one rule step of
    the verdict and of every what-if table.

    Besides :func:`rule`'s outcome it hands on what the stages after it ask the rule again with: ``rule_pick``
    (the rule's own pick, before the path to take now replaces it: where the pilot's preposterior starts,
    :mod:`planner.decide.voi`) and ``inputs`` (:func:`rule_inputs`: the break-even quotes and the preposterior
    re-price the same draws and re-run the rule with them)."""
    totals = {s: p.costs["total_cost"] for s, p in paths.items()}
    inputs = rule_inputs(paths)
    ruled = rule(totals, facts, **inputs)
    # where the pilot cannot tell, what to do now is to label at random (the labels serve either path)
    now = pick_now(ruled["recommendation"], ruled["best_al"], ruled["p_al_cheaper"], RANDOM in totals)
    return {**ruled, "recommendation": now, "rule_pick": ruled["recommendation"], "inputs": inputs}


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
