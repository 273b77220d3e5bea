"""The priced paths: the joint draws read at one target and priced under one scenario.

The second stage of the verdict (draws -> priced paths -> the rule -> the rows -> the Decision):
:func:`priced_paths` turns a :class:`planner.decide.verdict.Plan`'s draws into one :class:`PricedPath` per
strategy (labels per draw, ``inf`` where a draw does not reach the target; every cost line per draw), bounded by
what the strategy measured (:func:`bound_by_measurements`), by the pool and by the accuracy measured with the
whole pool labeled (:func:`within_ceiling`, :func:`ceiling_draws`). Each path carries its pricing
(:class:`PathPricing`: its cost lines at any label count), so the stages after this one price a count without
returning to the Plan. What a path's answers quote is read off it here, once, and handed on with it
(:class:`PathQuote`, :func:`path_quote`: the labels a row quotes, :func:`quoted_labels`, their range, the largest
count an answer quotes, :func:`path_limit`, and the totals priced there), and so are the facts the rule is handed
besides the totals (:func:`draw_facts`, :class:`DrawFacts`). The rule (:mod:`planner.decide.rule`), the break-even quotes
(:mod:`planner.decide.break_even`), the rows (:mod:`planner.decide.rows`) and the what-if tables
(:mod:`planner.decide.whatif`) start from these paths.

Imports: :mod:`planner.decide.costs` (the ``Scenario``, :func:`~planner.decide.costs.path_costs`),
:mod:`planner.decide.summaries` and :mod:`planner.forecast`; nothing later in the pipeline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from scipy.special import betaincinv

from planner.decide.costs import Scenario, path_costs
from planner.decide.summaries import DEFAULT_LEVEL, quantile, whole
from planner.forecast.draws import RANDOM
from planner.forecast.limits import label_limit

__all__ = ["DrawFacts", "PathPricing", "PathQuote", "PricedPath", "bound_by_measurements", "ceiling_draws", "draw_facts",
           "path_labels", "path_limit", "path_quote", "pilot_share_of_pool", "price_paths", "priced_paths",
           "quoted_labels", "random_share_of_pool",
           "respect_measurements", "within_ceiling"]


@dataclass(frozen=True)
class PathPricing:
    """One strategy's cost lines at any label count under one scenario: :func:`planner.decide.costs.path_costs`
    with the strategy's initial set and AL batch size. The paths stage hands it on with each path
    (:attr:`PricedPath.price`), so a row or a break-even quote prices a count as the path's draws were priced."""

    strategy: str
    scenario: Scenario
    initial: int
    batch_size: int

    def __call__(self, labels, premium=None) -> dict[str, np.ndarray]:
        """The cost lines of ``labels`` (shape (n,)); ``premium``: AL's label premium per count (None: the
        strategy's at each count, :meth:`planner.decide.costs.Scenario.premium_at`)."""
        if premium is None:
            premium = self.scenario.premium_at(self.strategy, labels)
        return path_costs(labels, active=self.strategy != RANDOM, scenario=self.scenario, initial=self.initial,
                          batch_size=self.batch_size, premium=premium)


@dataclass(frozen=True)
class PathQuote:
    """What one priced path's answers quote, read off its draws once (:func:`path_quote`) and handed on with the
    path: the rows, the break-even quotes and the Decision read these and never return to this stage."""

    labels: float            # the labels a row quotes, unrounded (:func:`quoted_labels`)
    whole_pool: bool         # ... and whether that is the whole pool
    low: float               # the ``level`` range's ends, unrounded, each past a count measured below the target
    high: float
    level: float
    limit: float             # the largest count an answer quotes (:func:`path_limit`)
    at_labels: dict | None   # cost lines at ``labels`` (None beyond ``limit``: no number printed for them)
    total: float             # the total priced at ``labels``; NaN beyond ``limit``
    at_limit: dict | None    # cost lines at the most labels whole batches buy within ``limit`` (None: no finite limit)
    limit_total: float       # the total priced at ``limit`` itself (NaN: no finite limit)
    bound_total: float       # the total priced at ``limit`` or the pool, the smaller (NaN: neither finite)


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
    beyond: np.ndarray | None = None   # (B,) bool: labels beyond the extrapolation limit (not bounded by the pool)
    capped: dict | None = None         # path_costs with labels that do not reach, or reach beyond it, at the limit
    price: PathPricing | None = None   # the path's cost lines at any label count, as ``costs`` were priced
    quote: PathQuote | None = None     # what its answers quote (:func:`path_quote`; None: not quoted)


def priced_paths(plan, scenario: Scenario, target: float, level: float | None = None) -> dict[str, PricedPath]:
    """Every strategy's per-draw labels and costs under ``scenario`` (already resolved) for ``target``: ``plan``'s
    draws (:class:`planner.decide.verdict.Plan`) read at the target, bounded by the measurements, the pool and
    the accuracy measured on the whole pool, and priced (:func:`planner.decide.costs.path_costs`); given a
    ``level``, quoted with ranges at that level (:func:`path_quote`: what a verdict's rows and summary read; the
    what-if tables, which ask only the rule, leave it None)."""
    return price_paths(plan, scenario, target, path_labels(plan, scenario, target), level)


def path_labels(plan, scenario: Scenario, target: float) -> dict[str, tuple[np.ndarray, str | None, object]]:
    """Every strategy's ``(labels per draw (shape (B,)), noise note, its draws)`` for ``target`` under
    ``scenario`` (already resolved): :func:`priced_paths`' counts before they are priced, bounded by the
    measurements, the pool and the accuracy measured on the whole pool; no price of a label moves them."""
    # no draw reaches the target at or below a count where the strategy's own measured mean is below it (before
    # the ceiling, which keeps only what the measurements reach)
    climb = measured_climb(plan, scenario, target)
    drawn = {s: (bound_by_measurements(d, target, from_measured(plan, s, scenario, labels, climb)), note, d)
             for s, (labels, note, d) in ((s, plan.label_draws(s, target, scenario)) for s in plan.strategies)}
    pool = scenario.pool_size
    ceiling = plan.pool_ceiling(scenario)
    if ceiling is not None:
        # The score measured with the whole pool labeled is where every strategy ends: in a draw whose
        # ceiling is at or above the target every strategy reaches it by the pool's end at the latest, in
        # one below it none does beyond its own measurements, however its curve was forecast to climb.
        drawn = {s: (within_ceiling(labels, d.n_max, target, ceiling, pool), note, d)
                 for s, (labels, note, d) in drawn.items()}
    elif pool is not None and len(drawn) > 1:
        # At the pool's end every strategy has labeled the same examples: the same model, the same
        # accuracy. So in a draw where some strategy reaches the target within the pool, every
        # strategy reaches it by the pool at the latest (a flat start never makes random "unreachable"
        # where labeling the whole pool would do).
        within = np.vstack([labels for labels, _, _ in drawn.values()]).min(axis=0) <= pool
        drawn = {s: (np.where(within, np.minimum(labels, float(pool)), labels), note, d)
                 for s, (labels, note, d) in drawn.items()}
    out = {}
    for s, (labels, note, d) in drawn.items():
        labels = bound_by_measurements(d, target, labels)   # the pool's end included
        if scenario.short_at:   # the campaign measured the target not met there: every path buys past it
            labels = np.maximum(labels, float(scenario.short_at + 1))
        out[s] = (labels, note, d)
    return out


def price_paths(plan, scenario: Scenario, target: float, drawn: dict, level: float | None = None
                ) -> dict[str, PricedPath]:
    """:func:`priced_paths` of the counts ``drawn`` (:func:`path_labels` of ``plan``, ``target`` and a scenario
    that differs from ``scenario`` in its prices at most)."""
    pool = scenario.pool_size
    out = {}
    measured_pool = pool if scenario.pool_accuracy is not None else None
    for s, (labels, note, d) in drawn.items():
        floor = plan._shape(scenario, s)[0] if s != RANDOM else int(d.n_min)
        limit = label_limit(d.n_max, measured_pool)
        # beyond the limit the measurements cannot tell; a pool within it bounds every count (past it: not
        # within the pool, a fact the forecast can tell)
        told_by_pool = pool is not None and pool <= limit
        beyond = np.zeros(labels.shape, dtype=bool) if told_by_pool else ~(labels <= limit)
        cap = min(limit, float(pool)) if pool is not None else limit
        capped = np.where(labels <= cap, labels, cap) if math.isfinite(cap) else labels
        premium = scenario.premium_per_draw(len(labels), s, labels)   # measured: each draw at its own
        price = plan.pricing(s, scenario)
        path = PricedPath(s, s != RANDOM, labels, price(labels, premium), note, d, floor,
                          beyond=beyond, capped=price(capped, premium), price=price)
        out[s] = path if level is None else replace(path, quote=path_quote(path, scenario, target, level))
    return out


def measured_levels(scenario: Scenario, n_draws: int, seed: int) -> np.ndarray | None:
    """Per draw, the true score at the labels in hand, drawn from the Jeffreys posterior of the score the campaign
    measured there on its test labels (Beta(k + 1/2, n - k + 1/2), ``k`` = score x ``n``), read at quantiles drawn
    from the plan's seed: the same draw reads a higher score measured as a higher level; None where the scenario
    carries no measured score."""
    if scenario.measured_score is None or not scenario.short_at:
        return None

    n = float(scenario.measured_test_size)
    k = float(scenario.measured_score) * n
    u = np.random.default_rng(np.random.SeedSequence([int(seed), int(n_draws), 0xA7C])).random(int(n_draws))
    return betaincinv(k + 0.5, n - k + 0.5, u)


@dataclass(frozen=True)
class MeasuredClimb:
    """Per draw, where the campaign stands on the curve of the strategy in force and what is left to climb:
    ``levels`` the true score at the labels in hand (:func:`measured_levels`), ``start`` the count at which the
    in-force strategy's curve reaches it, ``end`` the count at which it reaches the target, ``climb`` the labels
    that curve needs from there to the target (inf: it does not reach it; NaN: it does not reach the level)."""

    strategy: str
    levels: np.ndarray
    start: np.ndarray
    end: np.ndarray

    @property
    def climb(self) -> np.ndarray:
        out = np.full(self.start.shape, np.nan)
        reached = np.isfinite(self.start)
        out[reached] = np.maximum(self.end[reached] - self.start[reached], 0.0)   # inf where the target is never met
        return out


def measured_climb(plan, scenario: Scenario, target: float) -> MeasuredClimb | None:
    """The in-force strategy's climb from the campaign's measured score to ``target`` (:class:`MeasuredClimb`; the
    strategy that picked the campaign's last measured round, random where it is not weighed); None where nothing
    was measured."""
    levels = measured_levels(scenario, plan.n_draws, plan.seed)
    if levels is None:
        return None
    force = scenario.measured_strategy if scenario.measured_strategy in plan.strategies else RANDOM
    return MeasuredClimb(force, levels, plan.label_draws(force, levels, scenario)[0],
                         plan.label_draws(force, target, scenario)[0])


def from_measured(plan, strategy: str, scenario: Scenario, labels: np.ndarray, climb: MeasuredClimb | None):
    """``strategy``'s labels per draw continued from the campaign's measured point (``labels``, its draws' counts to
    the target from scratch, unchanged where nothing was measured): the labels in hand n0 plus the in-force
    strategy's climb from the measured score to the target (:func:`measured_climb`), walked at ``strategy``'s label
    efficiency over it at the target, ``N_S(target) / N_F(target)`` (1 for the strategy in force). With the campaign
    on its in-force curve that is ``N_S(target) + n0 (1 - rho)``: the labels in hand count at what they are worth
    to ``strategy``. A draw whose in-force curve does not reach the measured score or the target reads
    ``strategy``'s own curve from the score instead (``labels - N_S(level)``); ``inf`` where that does not reach it
    either. One whose true score already meets the target needs nothing more (the floor one label past n0 is
    :func:`priced_paths`')."""
    if climb is None:
        return labels
    own_start = plan.label_draws(strategy, climb.levels, scenario)[0]
    both = np.isfinite(own_start) & np.isfinite(labels)
    own = np.where(both, np.maximum(np.where(both, labels, 0.0) - np.where(both, own_start, 0.0), 0.0), np.inf)
    up = climb.climb
    told = np.isfinite(up)
    rated = told & np.isfinite(labels)   # both reach the target: the efficiency is read there
    rho = np.divide(labels, climb.end, out=np.zeros(labels.shape), where=rated)
    carried = np.where(rated, rho * np.where(rated, up, 0.0), np.inf)
    carried[told & (up == 0)] = 0.0   # the true score already meets the target: nothing left to climb
    return float(scenario.short_at) + np.where(told, carried, own)


def path_quote(p: PricedPath, scen: Scenario, target: float, level: float = DEFAULT_LEVEL) -> PathQuote:
    """What ``p``'s answers quote under ``scen`` (already resolved) for ``target`` (:class:`PathQuote`): the labels
    its row quotes and their ``level`` range (the draws' quantiles, each past a count measured below the target,
    :func:`respect_measurements`), its extrapolation limit, and its cost lines at the quoted labels, at the most
    labels whole batches buy within the limit (:func:`_within_batches`), at the limit and at the limit or the
    pool, the smaller."""
    point, whole_pool = quoted_labels(p, scen, target)
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    low = respect_measurements(p.draws, target, quantile(p.labels, lo_q))
    high = respect_measurements(p.draws, target, quantile(p.labels, hi_q))
    limit = path_limit(p, scen)
    far = math.isfinite(point) and point > limit
    at_labels = None if far else p.price([point])
    at_limit, limit_total = None, math.nan
    if math.isfinite(limit):
        at_limit, at = _within_batches(p.price, limit)
        limit_total = float(at["total_cost"][0])
    cap = limit if scen.pool_size is None else min(limit, float(scen.pool_size))
    bound_total = math.nan
    if cap == limit and math.isfinite(limit):
        bound_total = limit_total
    elif math.isfinite(cap):
        bound_total = float(p.price([cap])["total_cost"][0])
    total = math.nan if far else float(at_labels["total_cost"][0])
    return PathQuote(point, whole_pool, low, high, float(level), limit, at_labels, total, at_limit, limit_total,
                     bound_total)


def _within_batches(price: PathPricing, limit: float) -> tuple[dict, dict]:
    """``(at, at_limit)``: the cost lines of the largest label count at or below ``limit`` whose purchase (whole AL
    batches after the initial set, as ``price`` bills it) stays at or below it (a batch or two below, at most),
    and those of ``limit`` itself: where a path past the limit is carried and priced."""
    at_limit = price([limit])
    if float(at_limit["labels_bought"][0]) <= limit:
        return at_limit, at_limit
    batch = price.batch_size
    n = float(limit)
    for _ in range(3):   # a batch or two below, at most
        n = max(n - batch, 1.0)
        lines = price([n])
        if float(lines["labels_bought"][0]) <= limit:
            break
    return lines, at_limit


def respect_measurements(d, target: float, point: float) -> float:
    """A label count of ``d``'s forecast, never at or below a measured count whose accuracy is below ``target``
    in every draw (the measured mean; for one run on a test split of known size, below it by more than that
    split's noise: :meth:`planner.forecast.draws.StrategyDraws.below`)."""
    if d.kind != "measured" or not math.isfinite(point):
        return point
    below = d.anchors[np.all(d.below(target), axis=0)]
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


@dataclass(frozen=True)
class DrawFacts:
    """What the priced draws say besides the totals, handed to the rule (:func:`planner.decide.rule.chance_shown`):
    their number, random's quoted labels over the pool and random's largest measured count over the pool (None
    without a pool)."""

    n_draws: int
    random_share_of_pool: float | None = None
    pilot_share_of_pool: float | None = None


def pilot_share_of_pool(plan, scen) -> float | None:
    """Random sampling's largest measured count over the pool (a fact :class:`DrawFacts` hands the rule); None
    without a pool or random sampling in ``plan``'s table."""
    if scen.pool_size is None or RANDOM not in plan.strategies:
        return None
    return float(plan.draws.get(RANDOM).n_max) / float(scen.pool_size)


def random_share_of_pool(paths: dict, scen, target: float) -> float | None:
    """The labels random's row quotes (:func:`quoted_labels`, whole) over the pool (``inf`` where random does not
    reach the target in most draws); None without a pool or a random path."""
    if scen.pool_size is None or RANDOM not in paths:
        return None
    rnd = paths[RANDOM]
    return whole(quoted_labels(rnd, scen, target)[0], rnd.floor) / float(scen.pool_size)


def draw_facts(plan, paths: dict, scen, target: float) -> DrawFacts:
    """What the priced ``paths`` of ``plan``'s draws say besides the totals (:class:`DrawFacts`): the facts the
    rule is handed with them."""
    return DrawFacts(plan.n_draws, random_share_of_pool(paths, scen, target), pilot_share_of_pool(plan, scen))


def path_limit(p: PricedPath, scen: Scenario) -> float:
    """The largest label count ``p``'s answers quote (:func:`planner.forecast.limits.label_limit`): the
    extrapolation limit over its largest measured count, or the pool where the whole pool's score was measured."""
    measured_pool = scen.pool_size if scen.pool_accuracy is not None else None
    return label_limit(p.draws.n_max, measured_pool)


def bound_by_measurements(d, target: float, labels: np.ndarray) -> np.ndarray:
    """Labels per draw never at or below a count where the strategy's own measurement is below ``target``
    (moved to its next measured count): no draw reaches the target where the strategy's curve measured less,
    whatever the pool's end or the other strategies say (:func:`respect_measurements`, per draw). A draw reads
    its own measurements (:meth:`planner.forecast.draws.StrategyDraws.below`): the measured mean, or, for one
    run on a test split of known size, the measured points moved by that split's noise, so a count measured
    within the noise of the target bounds only the draws where it falls short; such a draw short at the last
    measured count reads its tail from the level it measured there."""
    if getattr(d, "kind", "") != "measured":
        return labels
    below = d.below(target)                                            # (B, m)
    if not below.any():
        return labels
    anchors = d.anchors
    k = anchors.size - 1 - np.argmax(below[:, ::-1], axis=1)         # each draw's last count measured below
    some = below.any(axis=1)
    last = np.where(some, anchors[k], -np.inf)
    step = np.where(k + 1 < anchors.size, anchors[np.minimum(k + 1, anchors.size - 1)], np.floor(last) + 1.0)
    labels = np.asarray(labels, dtype=float)
    moved = some & (labels <= last)
    at_end = moved & (k == anchors.size - 1)
    if d.measured is not None and at_end.any():   # short at its last count: its tail, from what it measured there
        step = np.where(at_end, np.maximum(step, d.past_end(target, d.measured[:, -1])), step)
    return np.where(moved, np.maximum(labels, step), labels)


def within_ceiling(labels: np.ndarray, n_max: float, target: float, ceiling: np.ndarray,
                   pool: float | None) -> np.ndarray:
    """Labels per draw under the accuracy measured with the whole pool labeled (``ceiling`` per draw).

    A draw whose ceiling is at or above the target reaches it by the pool's end at the latest; one below
    it never does, unless the strategy reached the target within its own measurements (``labels <=
    n_max``): the ceiling bounds the extrapolation, not what was measured.
    """
    cap = float(pool) if pool else np.inf
    return np.where((target <= ceiling) | (labels <= n_max), np.minimum(labels, cap), np.inf)


def ceiling_draws(accuracy: float, se: float | None, *, seed: int, n_draws: int) -> np.ndarray:
    """Per draw, the accuracy measured with the whole pool labeled: ``accuracy`` plus its noise.

    ``se`` None or 0 (one measurement): the binomial noise of a typical 500-example test set. The draws are
    centred so that their median (as :func:`planner.decide.summaries.quantile` reads it) is ``accuracy``: no
    median answer sits above what the whole pool measured.
    """
    acc = float(accuracy)
    if not se:
        se = math.sqrt(max(acc * (1 - acc), 1e-4) / 500.0)
    z = np.random.default_rng(np.random.SeedSequence([int(seed), int(n_draws), 0xCE1])).standard_normal(int(n_draws))
    z = z - np.quantile(z, 0.5, method="inverted_cdf")   # the draws' median is the measurement itself
    return np.clip(acc + float(se) * z, 0.0, 1.0)
