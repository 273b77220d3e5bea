"""The value of learning before deciding the verdict: "extend the pilot to N labels, then decide".

The verdict (:meth:`planner.decide.verdict.Plan.decide`) picks a strategy from the
joint draws of the pilot's curves. When the draws disagree about which
strategy is cheapest, measuring the pilot further may change the pick. Its
value is a preposterior over the same draws: for each of many simulated
worlds (a draw taken as the truth), the extended pilot's measured accuracy
of every measured strategy at ``N`` labels (the draw's accuracy plus the test
set's noise) re-weights the draws by its likelihood, the decision rule is
applied to the re-weighted draws, and the pick is priced in that world. The
value is the mean regret (cost of the pick minus the world's cheapest path)
of deciding now minus that of deciding after the extension; the extension
costs its labels for every measured strategy and one order.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from planner.decide.costs import Scenario, labels_dollars, round_cost
from planner.decide.campaign.measurement import measurement
from planner.decide.campaign.counts import labels_doubled
from planner.decide.results import DecideLater, PilotExtension
from planner.decide.rule import rule_paths, rule_picks
from planner.decide.track_record import pilot_record
from planner.forecast.curves import check_target
from planner.forecast.draws import RANDOM
from planner.forecast.io import MAX_LABELS

__all__ = ["DecideLater", "PilotExtension", "decide_at", "decide_later", "extend_pilot",
           "forgone_labels", "labels_in_hand", "weighted_rule"]   # PilotExtension, DecideLater: results.py

#: Simulated extended pilots of the preposterior.
PILOT_OUTCOMES = 200
#: Candidate extensions, as multiples of the pilot's largest measured count.
PILOT_MULTIPLES = (2.0, 4.0)
#: Paths needing more than this multiple of the pilot's largest count are priced at that count.
HORIZON = 20.0
#: Points of the grid on which an AL curve is inverted (:func:`forgone_labels`).
_GRID = 64


def weighted_rule(totals: dict[str, np.ndarray], weights: np.ndarray, **extra) -> np.ndarray:
    """:meth:`Plan.rule`'s pick under many beliefs over the draws.

    Parameters
    ----------
    totals : dict of ndarray of shape (B,)
        Per-draw total cost of each strategy (``inf``: unreachable).
    weights : ndarray of shape (M, B)
        M beliefs (rows sum to 1).

    **extra
        ``beyond`` and ``capped`` (:func:`planner.decide.rule.rule_inputs`).

    Returns
    -------
    ndarray of shape (M,)
        Index into ``list(totals)`` of each belief's pick, -1 when none is
        reachable in most of it.
    """
    return rule_picks(totals, weights, **extra)["recommendation"]



def picks_after(paths, meas: dict, seen: dict, truth: np.ndarray, rng: np.random.Generator, names: list, T: np.ndarray,
                extra: dict, pick_now: int) -> np.ndarray:
    """The rule's pick after measuring further, one per simulated outcome.

    Each outcome's truth is the draw ``truth[i]``; each strategy ``s`` of ``seen`` is measured at ``seen[s]`` labels
    with its measurement noise (``meas[s]``: ``se_at``, ``loglik``), drawn from ``rng`` in ``seen``'s order; the
    draws are reweighted by the likelihood of what was measured and the rule (:func:`weighted_rule`) picks on the
    reweighted totals ``T`` (S, B). An outcome where no path is picked keeps ``pick_now``.

    Returns
    -------
    ndarray of int of shape (len(truth),)
    """
    n_outcomes, B = truth.shape[0], T.shape[1]
    ll = np.zeros((n_outcomes, B))
    for s, at in seen.items():
        acc = paths[s].draws.accuracy([at])[:, 0]                          # (B,)
        m = meas[s]
        y = np.clip(acc[truth] + m.se_at(acc[truth]) * rng.standard_normal(n_outcomes), 0.0, 1.0)
        ll += m.loglik(y[:, None], acc[None, :])
    ll -= ll.max(axis=1, keepdims=True)
    post = np.exp(ll)
    post /= post.sum(axis=1, keepdims=True)
    picks = weighted_rule(dict(zip(names, T)), post, **extra)
    return np.where(picks < 0, pick_now, picks)


def _rule_now(paths: dict, ruled: dict | None) -> tuple[list, np.ndarray, dict, int]:
    """``(names, totals (S, B), the rule's inputs, its own pick)`` of the priced ``paths``: the pick an index into
    ``names`` (-1 for none), read off the rule's outcome ``ruled`` (:func:`planner.decide.rule.rule_paths`; run
    here when None)."""
    ruled = rule_paths(paths) if ruled is None else ruled
    names = list(paths)
    T = np.stack([paths[s].costs["total_cost"] for s in names])
    pick = ruled["rule_pick"]
    return names, T, ruled["inputs"], names.index(pick) if pick is not None else -1


def extend_pilot(plan, scenario: Scenario, target: float, *, test_size: float | None = None, seed: int = 0,
                 n_outcomes: int = PILOT_OUTCOMES, paths: dict | None = None,
                 ruled: dict | None = None) -> PilotExtension:
    """The value of extending the pilot to the best of 2x and 4x its largest count (:data:`PILOT_MULTIPLES`), of
    those within the pool and :data:`planner.forecast.io.MAX_LABELS` (none: not priced, ``cost`` inf).

    See the module docstring. Every measured strategy is extended and its
    labels are counted at full price (none reused by the path chosen): an
    upper bound on its cost. The extension is advised when its value exceeds
    its cost. The measured accuracy's noise is the test set's (``test_size``)
    or, without it, the scatter of each strategy's rounds. ``paths`` and ``ruled``: the verdict's priced paths for
    this scenario and target (:meth:`Plan.paths`) and the rule's outcome on them
    (:func:`planner.decide.rule.rule_paths`), when already at hand.
    """
    target = check_target(target)
    scen = plan.resolve(scenario)
    paths = plan.paths(scen, target) if paths is None else paths
    names, T, extra, pick_now = _rule_now(paths, ruled)
    finite = T[np.isfinite(T)]
    measured = [s for s in names if paths[s].draws.kind == "measured"]
    n_max = max(paths[s].draws.n_max for s in measured)
    cands = [math.ceil(m * n_max) for m in PILOT_MULTIPLES]
    B = T.shape[1]
    limit = float(MAX_LABELS) if scen.pool_size is None else min(float(scen.pool_size), float(MAX_LABELS))
    if all(c > limit for c in cands):
        where = (f"the pool of {scen.pool_size:,} holds too few labels to extend it"
                 if scen.pool_size is not None and scen.pool_size <= MAX_LABELS
                 else f"extending it would pass {MAX_LABELS:,} labels")
        return PilotExtension(labels=math.nan, value=0.0, cost=math.inf, advised=False, regret_now=math.nan,
                              regret_after=math.nan, pick_now=None, p_pick_changes=0.0, measured=tuple(measured),
                              basis=where, pilot_labels=float(n_max))
    cands = [c for c in cands if c <= limit]
    if finite.size == 0 or pick_now < 0:
        return PilotExtension(labels=cands[0], value=0.0, cost=math.inf, advised=False, regret_now=math.nan,
                              regret_after=math.nan, pick_now=None, p_pick_changes=0.0, measured=tuple(measured),
                              basis="no strategy reaches the target in most forecasts", pilot_labels=float(n_max))
    # a path beyond HORIZON x the pilot (or the pool), or none: priced as labeling that far with the dearest
    # strategy (differences between far extrapolations are not evidence)
    far = HORIZON * n_max if scen.pool_size is None else min(float(scen.pool_size), HORIZON * n_max)
    big = max(float(paths[s].price([far])["total_cost"][0]) for s in names)   # each path prices any count
    Tc = np.minimum(np.where(np.isfinite(T), T, big), big)
    regret = Tc - Tc.min(axis=0, keepdims=True)    # (S, B)
    meas = {s: measurement(plan, s, paths[s].draws, test_size=test_size) for s in measured}
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), 1919]))
    truth = rng.integers(0, B, size=n_outcomes)
    best = None
    for N in cands:
        picks = picks_after(paths, meas, {s: N for s in measured}, truth, rng, names, T, extra, pick_now)
        r_now = float(regret[pick_now, truth].mean())
        r_after = float(regret[picks, truth].mean())
        cost = labels_dollars(len(measured) * (N - n_max), scen.price_per_label) + round_cost(scen)
        ext = PilotExtension(labels=float(N), value=max(r_now - r_after, 0.0), cost=float(cost),
                             advised=bool(r_now - r_after > cost), regret_now=r_now,
                             regret_after=r_after,
                             pick_now=names[pick_now], p_pick_changes=float(np.mean(picks != pick_now)),
                             measured=tuple(measured), pilot_labels=float(n_max),
                             basis=f"{n_outcomes} simulated pilots over {B} joint draws; noise: "
                                   + "; ".join(f"{s} {meas[s].describe()}" for s in measured))
        if best is None or ext.value - ext.cost > best.value - best.cost:
            best = ext
    return replace(best, track_record=pilot_record(best.value, best.cost))


def labels_in_hand(plan) -> float:
    """The labels in hand: random sampling's largest measured count, else the largest of the measured strategies'
    (NaN where none was measured)."""
    draws = {s: plan.draws.get(s) for s in plan.strategies}
    if RANDOM in draws and draws[RANDOM].kind == "measured":
        return float(draws[RANDOM].n_max)
    measured = [float(d.n_max) for d in draws.values() if d.kind == "measured"]
    return max(measured) if measured else math.nan


def decide_at(plan, scenario: Scenario) -> tuple[float, float, str]:
    """``(labels in hand, N, why)``: the count at which a random path decides again, when the labels in hand
    double (:func:`planner.decide.campaign.counts.labels_doubled`); N is NaN where that passes the pool or
    :data:`planner.forecast.io.MAX_LABELS` (``why`` says which)."""
    h = labels_in_hand(plan)
    if not math.isfinite(h):
        return h, math.nan, "no strategy was measured"
    n = float(labels_doubled(h))
    pool = scenario.pool_size
    if pool is not None and n > pool:
        return h, math.nan, f"the pool of {pool:,} holds fewer than twice the {h:,.0f} labels in hand"
    if n > MAX_LABELS:
        return h, math.nan, f"twice the labels in hand would pass {MAX_LABELS:,} labels"
    return h, n, ""


def forgone_labels(random_draws, al_draws, h: float, n: float) -> np.ndarray:
    """(B,): per draw, the labels the AL path would not have needed for the accuracy random sampling gains
    between ``h`` and ``n`` labels: ``(n - h) - (m(n) - m(h))``, where ``m(x)`` is the count at which the AL
    curve of the draw reaches random's accuracy at ``x`` (at least 0: where AL is not more efficient there, nothing
    is forgone). The AL advantage that labeling at random from ``h`` to ``n`` gives up."""
    acc_r = random_draws.accuracy([h, n])                          # (B, 2)
    lo = max(float(al_draws.n_min), 1.0)
    grid = np.unique(np.geomspace(lo, max(n, lo * 1.000001), _GRID))
    acc_a = np.maximum.accumulate(al_draws.accuracy(grid), axis=1)   # (B, G), never falling
    B = acc_r.shape[0]
    m = np.empty((B, 2))
    for b in range(B):
        # the count at which the AL curve reaches random's accuracy; past the grid's end: no advantage (n itself)
        m[b] = np.interp(acc_r[b], acc_a[b], grid, left=lo, right=n)
    m = np.minimum(m, [h, n])
    return np.maximum((n - h) - (m[:, 1] - m[:, 0]), 0.0)


def decide_later(plan, scenario: Scenario, target: float, *, test_size: float | None = None, seed: int = 0,
                 n_outcomes: int = PILOT_OUTCOMES, priced: bool = True, paths: dict | None = None,
                 ruled: dict | None = None) -> DecideLater:
    """Label at random until the labels in hand double (N, :func:`decide_at`), then decide again on them: what
    that is expected to save against deciding now, and what waiting costs.

    A preposterior over the same joint draws, as :func:`extend_pilot`'s: in each simulated world (a draw taken as
    the truth) random sampling is labeled toward the target. Where it reaches the target by N labels it simply
    stops there. Elsewhere the labels in hand at N measure random sampling's accuracy at N and each measured AL
    strategy's at N/2 (what AL's picks among N labeled examples can show; a strategy measured that far already
    learns nothing new), with the test set's noise (``test_size``) or the rounds' scatter; the rule, re-applied to
    the draws re-weighted by that measurement, picks the path, and a switch to an AL path pays, besides that path,
    the AL advantage forgone on the random labels bought from the labels in hand to N (:func:`forgone_labels`, at
    the price per label). The labels themselves are not a cost: they serve either path, counted once, within the
    pool.

    ``value``: the mean regret of deciding now minus that of the pick at N (priced as from the start);
    ``cost``: the mean AL advantage forgone; ``advised``: value above cost (waiting's whole regret below deciding
    now's). ``p_random_first``: the share of draws in which random sampling reaches the target by N. Without
    ``priced`` (a verdict that can tell) only N and that share are computed. ``paths`` and ``ruled``: the verdict's
    priced paths for this scenario and target (:meth:`Plan.paths`) and the rule's outcome on them
    (:func:`planner.decide.rule.rule_paths`), when already at hand.
    """
    target = check_target(target)
    scen = plan.resolve(scenario)
    h, n, why = decide_at(plan, scen)
    paths = plan.paths(scen, target) if paths is None else paths
    base = dict(labels=n, labels_in_hand=h, value=math.nan, cost=math.inf, advised=False, regret_now=math.nan,
                regret_after=math.nan, pick_now=None, p_pick_changes=0.0, p_random_first=math.nan, basis=why)
    if RANDOM not in paths:
        return DecideLater(**{**base, "basis": "the curves table has no random-sampling curve"})
    if not math.isfinite(n):
        return DecideLater(**base)
    first = paths[RANDOM].labels <= n
    base["p_random_first"] = float(np.mean(first))
    if not priced:
        return DecideLater(**{**base, "basis": "priced only where the verdict cannot tell"})
    names, T, extra, pick_now = _rule_now(paths, ruled)
    B = T.shape[1]
    r = names.index(RANDOM)
    if not np.isfinite(T).any() or pick_now < 0:
        pick_now = r   # no pick now: the answer labels at random
    n_max = max(float(paths[s].draws.n_max) for s in names)
    far = HORIZON * n_max if scen.pool_size is None else min(float(scen.pool_size), HORIZON * n_max)
    big = max(float(paths[s].price([far])["total_cost"][0]) for s in names)   # each path prices any count
    Tc = np.minimum(np.where(np.isfinite(T), T, big), big)
    regret = Tc - Tc.min(axis=0, keepdims=True)    # (S, B)
    forgone = np.zeros_like(T)
    for k, s in enumerate(names):
        if s != RANDOM:
            forgone[k] = labels_dollars(forgone_labels(paths[RANDOM].draws, paths[s].draws, h, n),
                                        scen.price_per_label)
    seen = {RANDOM: n} if paths[RANDOM].draws.kind == "measured" else {}
    seen.update({s: n / 2.0 for s in names if s != RANDOM and paths[s].draws.kind == "measured"
                 and n / 2.0 > float(paths[s].draws.n_max)})
    meas = {s: measurement(plan, s, paths[s].draws, test_size=test_size) for s in seen}
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), 2929]))
    truth = rng.integers(0, B, size=n_outcomes)
    picks = picks_after(paths, meas, seen, truth, rng, names, T, extra, pick_now)
    picks = np.where(first[truth], r, picks)       # random got there first: it stopped at the target
    r_now = float(regret[pick_now, truth].mean())
    r_after = float(regret[picks, truth].mean())
    cost = float(forgone[picks, truth].mean())
    value = max(r_now - r_after, 0.0)
    words = "; ".join(f"{s} at {at:,.0f} labels, {meas[s].describe()}" for s, at in seen.items())
    return DecideLater(**{**base, "value": value, "cost": cost, "advised": bool(value > cost),
                          "regret_now": r_now, "regret_after": r_after + cost, "pick_now": names[pick_now],
                          "p_pick_changes": float(np.mean(picks != pick_now)),
                          "basis": f"{n_outcomes} simulated re-decisions over {B} joint draws; measured: {words}"})
