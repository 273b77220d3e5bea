"""Steering a labeling campaign in flight: the dollar-optimal stop and the next order.

Both questions are answered from the joint draws of :mod:`planner.forecast.draws`, the
same model as the verdict, for one strategy's curve (a campaign's own
measured rounds, or a plan's curves):

* :func:`optimal_stop`: given what one accuracy point is worth, the label
  count at which the next batch costs more than the accuracy it is expected
  to buy (expected over the draws), with the interval of the same rule
  applied draw by draw.
* :func:`replan`: from the rounds measured so far and the noise of the
  test set that measured them (:class:`Measurement`, :func:`posterior`),
  whether to stop (the stop rule's reading of the latest measurement,
  :func:`planner.decide.campaign.stop_rule.measured`, the one a campaign's folder
  reads), to give up (out of reach within the
  budget or the pool with that confidence; the answer says what the budget
  buys), or the size of the next order: the first order of the schedule of
  orders with the least expected total cost of reaching the target, where
  falling short costs further orders and their fixed costs (turnaround,
  compute, a fee per order). In the spirit of Mahmood et al.,
  "Optimizing Data Collection for Machine Learning" (NeurIPS 2022): collect
  in rounds, re-estimate the requirement from what was measured, buy with a
  penalty for falling short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from planner.decide.campaign.acts import Action
from planner.decide.costs import Scenario, labels_dollars, round_cost, whole_batches
from planner.decide.campaign.measurement import MIN_ACCURACY_SE, Measurement, measurement  # noqa: F401  (re-exported)
from planner.decide.campaign.stop_rule import (Measured, StopRule, check_stop_chance, measured, measured_reading, posterior,
                                      tell_apart_size)
from planner.decide.notes import basis
from planner.decide.track_record import ReplanRecord, recorded_p, replan_record
from planner.decide.summaries import DEFAULT_LEVEL, quantile, range_quantiles
from planner.decide.paths import within_ceiling
from planner.decide.verdict import Plan, get_plan
from planner.forecast.curves import check_level, check_target
from planner.forecast.limits import label_limit

__all__ = ["Measurement", "StopAdvice", "OrderAdvice", "campaign_advice", "measurement",
           "optimal_stop", "replan"]


#: Largest budgets and order cost a campaign takes (the pool's bound in labels, $1 trillion, and a round's
#: compute bound): every figure an answer prints stays a readable number.
MAX_BUDGET_LABELS = 1e12
MAX_BUDGET_DOLLARS = 1e12
MAX_ORDER_COST = 1e9

#: Label counts a search visits at most (whole batches; a geometric grid beyond that many batches):
#: the order search (a backward recursion, quadratic in it) and the stop search (the draws' accuracy at each).
MAX_STATES = 240
MAX_STOP_GRID = 2000


def _orders(span: float, batch: int, limit: int) -> np.ndarray:
    """Label counts to search, ascending, up to ``span`` (at least one batch): every whole batch, or, beyond
    ``limit`` batches, ``limit`` whole batches on a geometric grid (bounded time and memory however far)."""
    steps = whole_batches(span, batch)
    if steps <= limit:
        return batch * np.arange(1, steps + 1, dtype=float)
    return np.unique(whole_batches(np.geomspace(batch, span, limit), batch) * batch)


def _pick(plan: Plan, strategy: str | None) -> str:
    if strategy is None:
        if len(plan.strategies) != 1:
            raise ValueError(f"the curves hold {len(plan.strategies)} strategies ({', '.join(plan.strategies)}); "
                             "name the campaign's with --strategy")
        return plan.strategies[0]
    if strategy not in plan.strategies:
        raise ValueError(f"strategy {strategy!r} is not in the curves; it has: {', '.join(plan.strategies)}")
    return strategy


@dataclass(frozen=True)
class StopAdvice:
    """Where buying more labels stops paying: ``labels`` (expected rule) and its draw-by-draw interval."""

    strategy: str
    value_per_point: float
    labels: float
    labels_low: float
    labels_high: float
    current_labels: float
    stop_now: bool
    expected_gain_next: float
    cost_next: float
    level: float
    basis: str
    label_limit: float = math.inf       # the search's end: the extrapolation limit (or the pool), never beyond
    beyond_limit: tuple[str, ...] = ()  # counts at that end where buying still pays: read "more than"

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else None if isinstance(v, float) and not math.isfinite(v)
                    else v) for k, v in self.__dict__.items()}


def optimal_stop(plan: Plan, scenario: Scenario, *, value_per_point: float, strategy: str | None = None,
                 current: float | None = None, level: float = DEFAULT_LEVEL, horizon: float | None = None,
                 vendors=None) -> StopAdvice:
    """The dollar-optimal stop: buy while the next batch's expected accuracy is worth its cost.

    Parameters
    ----------
    plan : Plan
    scenario : Scenario
        Prices: the next batch costs ``batch x price per label`` plus one
        round's compute and delay (``compute_per_round``,
        ``delay_cost_per_day x turnaround``).
    value_per_point : float
        Dollars one accuracy point (0.01) is worth.
    strategy : str, optional
        Which curve (required when the plan has several).
    current : float, optional
        Labels bought so far (default: the largest measured count).
    level : float
        Interval level of the draw-by-draw stop.
    horizon : float, optional
        Stops are searched up to this multiple of the largest measured count
        (or the pool); default: the extrapolation limit
        (:func:`planner.forecast.limits.label_limit`). A stop at the end of
        the search means "beyond it": such counts are carried at the end and
        named in ``beyond_limit`` (read "more than"). With the whole pool's
        score measured, no draw's accuracy exceeds it.
    """
    v = float(value_per_point)
    if not math.isfinite(v) or v <= 0:
        raise ValueError(f"value per accuracy point must be a positive number of dollars, got {value_per_point}")
    level = check_level(level)
    scen = plan.resolve(scenario, vendors)  # the vendor looked up in the user's table when one is given
    s = _pick(plan, strategy)
    scen = at_premium(scen, s)
    d = plan.draws.get(s)
    batch = plan._shape(scen, s)[1]
    now = float(d.n_max if current is None else current)
    measured_pool = scen.pool_size if scen.pool_accuracy is not None else None
    end = label_limit(d.n_max, measured_pool) if horizon is None else d.n_max * float(horizon)
    if scen.pool_size is not None:
        end = min(end, float(scen.pool_size))
    if end <= now:
        raise ValueError(f"nothing left to buy: {now:,.0f} labels already and the search ends at {end:,.0f}")
    grid = np.unique(np.minimum(now + np.concatenate([[0.0], _orders(end - now, batch, MAX_STOP_GRID)]), end))
    acc = d.accuracy(grid)                                  # (B, G)
    ceiling = plan.pool_ceiling(scen)
    if ceiling is not None:   # no draw climbs above the whole pool's measurement
        acc = np.minimum(np.minimum(acc, ceiling[:, None]), float(scen.pool_accuracy))
    batches = np.maximum(np.diff(grid) / batch, 1e-12)      # batches in each step of the grid
    gain = np.diff(acc, axis=1) / batches                   # accuracy bought by one more batch there
    step = np.diff(grid) / batches
    cost = labels_dollars(step, scen.price_per_label) + round_cost(scen)  # (G-1,) one batch and its round
    worth = 100.0 * v * gain                                # (B, G-1) dollars
    mean_worth = worth.mean(axis=0)
    stop_idx = int(np.argmax(mean_worth < cost)) if np.any(mean_worth < cost) else grid.size - 1
    per_draw = np.where((worth < cost).any(axis=1), np.argmax(worth < cost, axis=1), grid.size - 1)
    stops = grid[per_draw]
    ratio = grid[stop_idx] / d.n_max
    rests_on = basis(d) + (f"; the stop is {ratio:.1f}x the largest measured count" if ratio > 1 else "")
    low, high = (quantile(stops, q) for q in range_quantiles(level))
    open_end = scen.pool_size is None or end < float(scen.pool_size)   # the search stopped at the limit
    beyond = tuple(k for k, value in (("labels", float(grid[stop_idx])), ("labels_low", low), ("labels_high", high))
                   if open_end and value >= end and not (worth[:, -1:] < cost[-1:]).all())
    return StopAdvice(strategy=s, value_per_point=v, labels=float(grid[stop_idx]), labels_low=low, labels_high=high,
                      current_labels=now, stop_now=stop_idx == 0, expected_gain_next=float(gain[:, 0].mean()),
                      cost_next=float(cost[0]), level=level, basis=rests_on, label_limit=float(end),
                      beyond_limit=beyond)


# ------------------------------------------------------------ the evidence


def _share(w: np.ndarray, mask: np.ndarray) -> float:
    """The share of the weights ``w`` (B,) on the draws where ``mask`` (B,) holds: exactly 1 where the others weigh
    nothing and 0 where these do, whatever the floating-point kernels (a sum of all the weights misses 1 by a
    rounding that depends on the CPU, and ``percent`` would print it as >99.9%). ``w`` sums to more than 0."""
    w, mask = np.asarray(w, dtype=float), np.asarray(mask, dtype=bool)
    inside, outside = float(np.sum(w[mask])), float(np.sum(w[~mask]))
    return inside / (inside + outside)


def _wquantile(x: np.ndarray, w: np.ndarray, q: float) -> float:
    """Weighted quantile that is an element of ``x`` (inf-safe, no interpolation)."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return math.nan
    order = np.argsort(x, kind="stable")
    cw = np.cumsum(np.asarray(w, dtype=float)[order])
    if cw[-1] <= 0:
        return quantile(x, q)
    k = int(np.searchsorted(cw / cw[-1], q - 1e-12, side="left"))
    return float(x[order][min(k, x.size - 1)])


# ------------------------------------------------------------ the advice


@dataclass(frozen=True)
class OrderAdvice:
    """The next order of a running campaign.

    ``action`` (:class:`planner.decide.campaign.acts.Action`) is one of ``"stop"``
    (the target is met: a measured hit the rounds do not contradict with the asked confidence, or the evidence
    puts the true accuracy above the target with that confidence),
    ``"order"`` (buy ``order`` labels next) or ``"give up"`` (the
    target is out of reach within the budget or the pool, with the asked
    confidence).

    ``p_true`` (P(true accuracy now >= target)), ``accuracy_now`` and its
    :data:`planner.decide.summaries.DEFAULT_LEVEL` range (``accuracy_now_low``/``_high``, the measurement's alone) and
    the stop are the stop rule's reading of the latest measurement
    (:func:`planner.decide.campaign.stop_rule.measured`), the numbers a campaign's
    folder states for the same rounds; ``held_out``: whether ``p_true``
    holds a hit against the rounds before it. The other probabilities are
    over the forecast's draws reweighted by the latest measurement (the
    evidence): ``p_reached`` the draws' own share at the current count,
    ``p_within_budget`` that it is reached within ``budget_labels``;
    ``p_within_recorded`` is what answers stating that P met in replayed
    campaigns (:func:`planner.decide.track_record.recorded_p`: the share
    followed by a hit within the budget), the P a give-up is decided on;
    NaN without a cap. ``give_up_below``: the level the caller set for that
    P (``replan``'s keyword); NaN when it is ``1 - confidence``. ``metric``:
    the column the campaign's measurements and its target are in.

    ``budget_dollars`` is the dollar budget still to spend (what was spent
    before is not in it); ``budget_labels`` is then the labels in all (those
    already bought included) that it pays for after the fixed costs of
    ``budget_orders`` orders: every order the advised schedule places when
    each falls short, so the whole schedule fits the dollars.

    ``test_size_to_tell`` (a give-up only): where the target lies within the
    test's noise of the accuracy the budget buys (the forecasts' median there),
    the test-set size that tells the two apart with the confidence asked
    (:func:`tell_apart_size`), and ``budget_accuracy_se`` the standard error of
    one measurement there; NaN elsewhere.

    ``track_record`` (an order, or a give-up on the evidence, with a cap):
    how answers like this one fared in replayed campaigns held out from every
    fit (:func:`planner.decide.track_record.replan_record`: how often a later
    test met the target within the budget after an answer of this action
    stating a P in the same band); None otherwise.
    """

    strategy: str
    target: float
    current_labels: float
    p_reached: float
    p_reachable: float
    action: Action
    order: float
    expected_cost: float
    p_reach_after: float
    order_at_confidence: float
    confidence: float
    labels_needed: float
    labels_needed_low: float
    labels_needed_high: float
    basis: str
    notes: tuple = ()
    measured: float = math.nan
    measured_hit: bool = False
    test_noise: str = ""
    accuracy_se: float = math.nan
    p_true: float = math.nan
    accuracy_now: float = math.nan
    accuracy_now_low: float = math.nan
    accuracy_now_high: float = math.nan
    budget_labels: float = math.inf
    budget_source: str = ""
    p_within_budget: float = math.nan
    p_within_recorded: float = math.nan
    budget_accuracy: float = math.nan
    budget_accuracy_low: float = math.nan
    budget_accuracy_high: float = math.nan
    per_order_cost: float = 0.0
    expected_orders: float = math.nan
    budget_dollars: float = math.nan
    budget_orders: int = 0
    test_size_to_tell: float = math.nan
    track_record: ReplanRecord | None = None
    give_up_below: float = math.nan
    metric: str = "accuracy"
    budget_accuracy_se: float = math.nan
    label_limit: float = math.inf          # the largest label count quoted (planner.forecast.limits)
    beyond_limit: tuple[str, ...] = ()     # counts carried at it (read "more than"); expected_cost then NaN
    stop_chance: float = math.nan          # the lower chance a stop was asked at (NaN: the confidence)
    held_out: bool = False                 # p_true held the hit against the rounds before it

    @property
    def stop_level(self) -> float:
        """The least P(true accuracy >= target) at which a measured hit stops."""
        return StopRule(self.confidence, None if math.isnan(self.stop_chance) else self.stop_chance).level

    #: Fields the words read that the JSON leaves out (``budget_accuracy_se``: one measurement's standard error at
    #: ``budget_accuracy``, where ``test_size_to_tell`` is finite; the JSON's notes carry its sentence).
    WORDS_ONLY = ("budget_accuracy_se",)

    @property
    def stop(self) -> bool:
        return self.action == Action.STOP

    def to_dict(self) -> dict:
        """The JSON of ``alplan replan --json``'s ``order`` (its ``notes`` as the advice carries them; the CLI adds
        the sentence :func:`planner.present.steering_view.order_notes` words from :attr:`WORDS_ONLY`)."""
        out = {}
        for k, val in self.__dict__.items():
            if k in self.WORDS_ONLY:
                continue
            if isinstance(val, float) and not math.isfinite(val):
                val = None
            if isinstance(val, ReplanRecord):
                val = val.to_dict()
            if isinstance(val, dict):
                val = {a: (None if isinstance(b, float) and not math.isfinite(b) else b) for a, b in val.items()}
            out[k] = list(val) if isinstance(val, tuple) else val
        out["stop"] = self.stop
        return out


def _schedule(need: np.ndarray, weights: np.ndarray, states: np.ndarray, *, price: float,
              per_order: float, path: bool = False) -> tuple[np.ndarray, ...]:
    """The cheapest re-planning schedules from ``states[0]``, one per row of ``weights``.

    ``need`` (shape (B,), ascending) are the draws' label requirements and
    ``weights`` (shape (M, B)) M beliefs over them. With ``S(x)`` the weighted
    share still short at ``x`` labels (``S(states[0]) = 1``), each row solves,
    backwards and exactly on ``states``::

        V(s_i) = min_{j > i} (s_j - s_i) * price + per_order + S(s_j) / S(s_i) * V(s_j)

    and the expected number of orders ``E(s_i) = 1 + S(s_j*) / S(s_i) E(s_j*)``
    along the minimiser. Near ties go to the smaller order (re-planning sooner
    costs nothing more). Returns
    the first order's state index, ``V(s_0)`` and ``E(s_0)``, each of shape
    (M,); with ``path``, also the number of orders the
    schedule places when every one falls short (to ``states[-1]``: what its fees
    cost at most).
    """
    W = np.atleast_2d(np.asarray(weights, dtype=float))
    cum = np.concatenate([np.zeros((W.shape[0], 1)), np.cumsum(W, axis=1)], axis=1)
    total = np.maximum(cum[:, -1:], 1e-300)
    pos = np.searchsorted(need, states, side="right")
    short = 1.0 - cum[:, pos] / total                      # (M, G)
    short[:, 0] = 1.0
    short = np.clip(short, 0.0, 1.0)
    M, G = short.shape
    value = np.zeros((M, G))
    orders = np.zeros((M, G))
    first = np.zeros((M, G), dtype=int)
    rows = np.arange(M)
    for i in range(G - 2, -1, -1):
        j = np.arange(i + 1, G)
        si = short[:, i:i + 1]
        go_on = np.divide(short[:, j], si, out=np.zeros((M, j.size)), where=si > 0)
        cost = (states[j] - states[i])[None, :] * price + per_order + go_on * value[:, j]
        lowest = cost.min(axis=1, keepdims=True)
        best = np.argmax(cost <= lowest * (1 + 1e-9) + 1e-9, axis=1)
        value[:, i] = cost[rows, best]
        orders[:, i] = 1.0 + go_on[rows, best] * orders[rows, j[best]]
        first[:, i] = j[best]
    if not path:
        return first[:, 0], value[:, 0], orders[:, 0]
    steps = np.zeros(M, dtype=int)
    at = np.zeros(M, dtype=int)
    while np.any(at < G - 1):
        going = at < G - 1
        steps += going
        at = np.where(going, first[rows, at], at)
    return first[:, 0], value[:, 0], orders[:, 0], steps


def _states(need: np.ndarray, now: float, cap: float, batch: int, limit: int) -> np.ndarray:
    top = min(float(np.max(need)), now + cap)
    span = max(top - now, float(batch))
    return np.unique(np.concatenate([[now], now + np.minimum(_orders(span, batch, limit), cap)]))


def _best_order(need: np.ndarray, *, now: float, cap: float, batch: int, price: float,
                per_round: float, weights: np.ndarray | None = None,
                limit: int = MAX_STATES, path: bool = False) -> tuple[float, ...]:
    """The first order of the cheapest re-planning schedule, its expected total cost and number of orders.

    ``need`` holds the label counts at which the target is reached, one per
    (reachable) draw, ``weights`` their probabilities (default equal). A
    schedule buys up to ``s_1 < s_2 < ...`` labels in turn and stops as soon
    as the target is reached; each order costs its labels and ``per_round``
    (see :func:`_schedule`). The campaign re-plans after every order, so only
    the first order is advised; the schedule learns nothing but "reached or
    not" from an order, so its cost is an upper bound on what re-planning with
    the measured curve costs. With
    ``path``, a fourth number: the orders it places when every one falls short
    (the most order fees it can cost) and its last label count.
    """
    need = np.maximum(np.asarray(need, dtype=float), now)
    w = np.ones(need.size) if weights is None else np.asarray(weights, dtype=float)
    order = np.argsort(need, kind="stable")
    need, w = need[order], w[order]
    states = _states(need, now, cap, batch, limit)
    first, value, orders, *most = _schedule(need, w[None, :], states, price=price, per_order=per_round, path=path)
    out = (float(states[first[0]] - now), float(value[0]), float(orders[0]))
    return out + ((int(most[0][0]), float(states[-1])) if path else ())


def _budget_cap(scen: Scenario, now: float, budget: float | None, budget_dollars: float | None,
                per_order: float, orders: int = 1) -> tuple[float, str]:
    """Labels the campaign may reach in all (inf: no cap) and what sets it; the dollar budget (still to
    spend) pays the fixed costs of ``orders`` orders first."""
    cap, source = math.inf, ""
    if scen.pool_size is not None:
        cap, source = float(scen.pool_size), "pool"
    if budget is not None:
        b = float(budget)
        if not math.isfinite(b) or b < 1:
            raise ValueError(f"budget must be a whole number of labels >= 1, got {budget}; fix --budget")
        if b > MAX_BUDGET_LABELS:
            raise ValueError(f"budget must be at most {MAX_BUDGET_LABELS:,.0f} labels, got {b:g}; fix --budget")
        if b < now:
            raise ValueError(f"budget of {b:,.0f} labels is below the {now:,.0f} already labeled; "
                             f"give --budget of at least {now:,.0f}")
        if b < cap:
            cap, source = b, "budget"
    if budget_dollars is not None:
        d = float(budget_dollars)
        if not math.isfinite(d) or d <= 0:
            raise ValueError(f"dollar budget must be a positive number, got {budget_dollars}; fix --budget-dollars")
        if d > MAX_BUDGET_DOLLARS:
            raise ValueError(f"dollar budget must be at most ${MAX_BUDGET_DOLLARS:,.0f}, got {d:g}; "
                             "fix --budget-dollars")
        price = scen.price_per_label
        afford = now + max(math.floor((d - orders * per_order) / price + 1e-9), 0) if price > 0 else math.inf
        if afford < cap:
            cap, source = float(afford), f"${d:,.0f} budget"
    return cap, source


def give_up_level(conf: float, give_up_below: float | None = None) -> float:
    """The P at or below which replan gives up: ``give_up_below``, or the stop rule's
    (:attr:`planner.decide.campaign.stop_rule.StopRule.give_up_below`: ``1 - conf``) when it is None."""
    return StopRule(conf).give_up_below if give_up_below is None else float(give_up_below)


def out_of_reach(share: float, level: float, cap: float) -> bool:
    """Whether a target the evidence reaches within ``cap`` in ``share`` of its weight is out of reach at the
    give-up ``level`` (:func:`give_up_level`): with a cap, on the replays' record of answers stating that share
    (:func:`planner.decide.track_record.recorded_p`), without one on the share itself; at most ``level``
    (1 - 0.9 is 0.0999..., hence the slack)."""
    p = recorded_p(share) if math.isfinite(cap) else float(share)
    return p <= level + 1e-9


def _fit_dollars(labels: np.ndarray, w: np.ndarray, scen: Scenario, *, now: float, cap: float, source: str,
                 budget: float | None, budget_dollars: float | None, per_order: float, batch: int, level: float):
    """The cap whose cheapest schedule fits the dollars still to spend, fees of every order included.

    Starting from the cap of one order, the schedule over the draws that reach
    the target within the cap is found (:func:`_best_order`); when it places
    more orders (if each falls short) than fees were paid for, the cap is
    lowered to what the dollars buy after that many fees, and re-planned. The
    orders only grow and the cap only falls, so it ends; at the end the whole
    schedule (its labels to its last count and every fee) costs at most the
    dollars. Returns ``(cap, source, fees, (order, expected cost, expected
    orders, most orders, last count))``, or None when, at that cap, the target
    is out of reach at the give-up ``level`` (:func:`out_of_reach`). Without a dollar
    budget, the schedule at ``cap`` as it is.
    """
    reach = np.isfinite(labels)
    fees = 1
    while True:
        within = reach & (labels <= cap)
        if out_of_reach(_share(w, within), level, cap) or cap - now < 1 \
                or not np.any(within & (labels > now)):
            return None
        best = _best_order(labels[within], now=now, cap=cap - now, batch=batch, price=scen.price_per_label,
                           per_round=per_order, weights=w[within], path=True)
        if budget_dollars is None or best[3] <= fees:
            return cap, source, fees, best
        fees = best[3]
        cap, source = _budget_cap(scen, now, budget, budget_dollars, per_order, orders=fees)


def at_premium(scen: Scenario, strategy: str) -> Scenario:
    """The scenario a campaign on ``strategy`` orders at: every label it orders is a pick of the strategy, so an
    AL strategy's cost ``scen.premium`` times the price (``--al-label-premium``); random's and 1x as they are."""
    if strategy == "random" or scen.premium == 1.0 or scen.label_price is None:
        return scen
    return replace(scen, label_price=float(scen.label_price) * scen.premium, al_label_premium=None)


def replan(plan: Plan, scenario: Scenario, target: float, *, strategy: str | None = None,
           confidence: float | None = None, current: float | None = None, test_size: float | None = None,
           accuracy_se: float | None = None, budget: float | None = None, budget_dollars: float | None = None,
           order_cost: float = 0.0, give_up_below: float | None = None, vendors=None, stop_chance: float | None = None) -> OrderAdvice:
    """The next order of a running campaign, from its measured rounds.

    The evidence is the forecast's draws re-weighted by the latest measured
    accuracy under its test set's noise (:func:`posterior`; ``test_size``
    examples, binomial; or ``accuracy_se``; or the rounds' scatter). The
    stop is the stop rule's reading of the latest measurement, as a
    campaign's folder reads the same rounds
    (:func:`planner.decide.campaign.stop_rule.measured`: a measured hit held against
    the forecast of the rounds before it, or, with fewer than three of
    them, the test alone). With ``C = confidence`` (``scenario.confidence``
    by default), the advice is

    * ``stop`` when the latest measurement meets the target and the stop
      rule puts the true accuracy at or above it with probability ``C`` at
      least (:class:`planner.decide.campaign.stop_rule.StopRule`; ``stop_chance``,
      where given, a lower level the user asked to stop at);
    * ``give up`` when the target is reached within the cap (the pool, the
      ``budget`` in labels, or the labels ``budget_dollars`` still buys in one
      order) with probability at most ``1 - C`` (or ``give_up_below``): the probability the replays
      recorded for answers stating the evidence's share
      (:func:`planner.decide.track_record.recorded_p`: the stated shares
      run low), or without a cap the evidence's own;
    * otherwise the first order of the schedule with the least expected total
      cost over the draws that reach the target within the cap (each order:
      its labels, one round of compute and turnaround delay, and
      ``order_cost``; see :func:`_schedule`). Orders are whole batches.

    ``budget_dollars`` is what is still to spend, on labels and on every
    order's fixed cost. A schedule of several orders must fit it whole: the
    cap is the labels the dollars buy after the fees of every order the
    schedule places when each falls short; a larger schedule lowers the cap,
    which is re-planned, until the schedule's orders are no more than the fees
    paid for (:func:`_fit_dollars`). When no schedule of several orders fits
    with the target within reach at the confidence, the advice is the one
    order the dollars buy.

    ``give_up_below`` (default ``1 - C``) is the P at or below which the
    target counts as out of reach (on the record's scale with a cap): a
    campaign that would rather stop early on a long shot, or go on longer,
    than the stop's confidence implies.
    """
    target = check_target(target)
    scen = plan.resolve(scenario, vendors)  # the vendor looked up in the user's table when one is given
    conf = check_level(scen.confidence if confidence is None else confidence, "confidence")
    rule = StopRule(conf, check_stop_chance(stop_chance, conf))
    oc = _checked_order_cost(order_cost)
    _check_give_up_below(give_up_below)
    level = give_up_level(conf, give_up_below)
    s = _pick(plan, strategy)
    scen = at_premium(scen, s)
    per_order = round_cost(scen) + oc
    ev = _evidence(plan, s, scen, target, rule, current=current, test_size=test_size, accuracy_se=accuracy_se)
    notes = [n for n in (ev.note, *plan.notes) if n]
    cap, source = _budget_cap(scen, ev.now, budget, budget_dollars, per_order)
    common = dict(strategy=s, target=target, metric=getattr(plan, "metric", "accuracy"), **ev.fields(), confidence=conf,
                  per_order_cost=per_order, **_budget_fields(ev, scen, cap, source, 1, budget_dollars),
                  budget_dollars=math.nan if budget_dollars is None else float(budget_dollars),
                  give_up_below=math.nan if give_up_below is None else float(give_up_below),
                  stop_chance=math.nan if rule.stop_chance is None else rule.stop_chance)
    limit = label_limit(ev.d.n_max, scen.pool_size if scen.pool_accuracy is not None else None)
    price = scen.price_per_label
    if ev.point.stop:
        return within_limit(OrderAdvice(**common, notes=tuple(notes), action=Action.STOP, order=0.0, expected_cost=0.0,
                                        p_reach_after=ev.point.p_met, order_at_confidence=0.0, expected_orders=0.0),
                            limit, price)
    p_within = common["p_within_budget"]
    on_evidence = out_of_reach(p_within, level, cap)   # else a give-up is a spent budget or pool
    if on_evidence or cap - ev.now < 1 or not np.any(ev.reach_all & (ev.labels <= cap) & (ev.labels > ev.now)):
        return within_limit(_give_up(ev, common, notes, conf, cap, on_evidence), limit, price)
    advice = _next_order(ev, scen, common, notes, cap=cap, source=source, budget=budget,
                         budget_dollars=budget_dollars, per_order=per_order, batch=plan._shape(scen, s)[1],
                         level=level, rule=rule)
    return within_limit(advice, limit, price)


def _checked_order_cost(order_cost: float) -> float:
    """``order_cost`` (dollars an order) as a float, finite, at least 0 and at most :data:`MAX_ORDER_COST`."""
    oc = float(order_cost)
    if not math.isfinite(oc) or oc < 0:
        raise ValueError(f"order cost must be a finite number of dollars >= 0, got {order_cost}; fix --order-cost")
    if oc > MAX_ORDER_COST:
        raise ValueError(f"order cost must be at most ${MAX_ORDER_COST:,.0f} an order, got {oc:g}; fix --order-cost")
    return oc


def _check_give_up_below(give_up_below: float | None) -> None:
    """``give_up_below``, where given, a probability from 0 to below 1."""
    if give_up_below is not None and not 0.0 <= float(give_up_below) < 1.0:   # NaN too
        raise ValueError(f"give_up_below must be a probability from 0 to below 1, got {give_up_below}; "
                         "fix --give-up-below")


@dataclass(frozen=True)
class _Evidence:
    """What a campaign's measured rounds say, read once by :func:`replan`: one strategy's labels to the target per
    draw (``labels`` (B,), within the whole pool's measured ceiling ``ceiling``, per draw or None), its draws ``d``
    and noise note, the label factor of the scenario's label noise, the labels in hand ``now``, the measurement and
    the draws' weights ``w`` it gives (:func:`posterior`), the stop rule's reading of it ``point``
    (:func:`planner.decide.campaign.stop_rule.measured`), whether the measurement hit the target, and the draws that reach it
    at all."""

    labels: np.ndarray
    note: str
    d: object
    ceiling: np.ndarray | None
    factor: float
    now: float
    meas: Measurement
    w: np.ndarray
    point: Measured
    hit: bool
    reach_all: np.ndarray

    def quantile(self, x: np.ndarray, q: float) -> float:
        """The ``q`` quantile of ``x`` (B,) under the evidence's weights."""
        return _wquantile(x, self.w, q)

    def range(self, x: np.ndarray) -> tuple[float, float, float]:
        """(low, median, high) of ``x`` (B,) under the evidence's weights: the central
        :data:`planner.decide.summaries.DEFAULT_LEVEL` range every answer quotes, and its median."""
        low, high = range_quantiles(DEFAULT_LEVEL)
        return self.quantile(x, low), self.quantile(x, 0.5), self.quantile(x, high)

    def fields(self) -> dict:
        """The advice's fields of the evidence: the labels needed (median, range), the shares reached and
        reachable, the measurement and the accuracy now."""
        need_lo, need, need_hi = self.range(self.labels)
        return dict(current_labels=self.now, p_reached=float(np.mean(self.labels <= self.now)),
                    p_reachable=_share(self.w, self.reach_all), labels_needed=need,
                    labels_needed_low=need_lo, labels_needed_high=need_hi, basis=basis(self.d),
                    measured=self.meas.accuracy, measured_hit=bool(self.hit), test_noise=self.meas.describe(),
                    accuracy_se=self.meas.se, p_true=self.point.p_met, accuracy_now=self.point.median,
                    accuracy_now_low=self.point.low, accuracy_now_high=self.point.high,
                    held_out=self.point.held_out)


def _evidence(plan: Plan, s: str, scen: Scenario, target: float, rule: StopRule, *, current: float | None,
              test_size: float | None, accuracy_se: float | None) -> _Evidence:
    """:class:`_Evidence` of strategy ``s``'s measured rounds in ``plan`` under ``scen`` for ``target``: the draws
    re-weighted by the latest measurement under its test set's noise (what the order is sized on), and the stop
    rule's reading of the measurement (:func:`planner.decide.campaign.stop_rule.measured`, as a campaign's folder reads
    it: a measured hit held against the rounds before it, or, with fewer than three of them, the test alone)."""
    labels, note, d = plan.label_draws(s, target, scen)
    ceiling = plan.pool_ceiling(scen)  # the accuracy measured with the whole pool labeled, per draw (or None)
    if ceiling is not None:  # as the plan: no forecast climbs above it within the pool
        labels = within_ceiling(labels, d.n_max, target, ceiling, scen.pool_size)
    factor = plan._noise_choice(s, scen.effective_label_error, scen.n_classes)[1]
    now = float(d.n_max if current is None else current)
    meas, read = measured_reading(measurement(plan, s, d, test_size=test_size, accuracy_se=accuracy_se),
                                  plan.curves, s, getattr(plan, "metric", "accuracy"))
    w = posterior(d.accuracy([now / factor])[:, 0], meas, target)[0]
    point = measured(meas, target, rule, read=read, rounds=plan.curves, strategy=s)
    return _Evidence(labels, note, d, ceiling, factor, now, meas, w, point, bool(meas.accuracy >= target),
                     np.isfinite(labels))


def _budget_fields(ev: _Evidence, scen: Scenario, cap: float, source: str, orders: int,
                   budget_dollars: float | None) -> dict:
    """The advice's budget fields at ``cap`` labels (from ``source``, in ``orders`` orders): the share of the
    evidence that reaches the target within it and the accuracy it buys (median, range)."""
    out = dict(budget_labels=cap, budget_source=source, budget_orders=orders if budget_dollars is not None else 0,
               p_within_budget=_share(ev.w, ev.reach_all & (ev.labels <= cap)))
    out["p_within_recorded"] = recorded_p(out["p_within_budget"]) if math.isfinite(cap) else math.nan
    if math.isfinite(cap):
        acc_cap = ev.d.accuracy([max(cap, ev.now) / ev.factor])[:, 0]
        if ev.ceiling is not None:   # no forecast above the whole pool's measurement, nor any figure quoted
            acc_cap = np.minimum(np.minimum(acc_cap, ev.ceiling), float(scen.pool_accuracy))
        low, median, high = ev.range(acc_cap)
        out.update(budget_accuracy=median, budget_accuracy_low=low, budget_accuracy_high=high)
    return out


def _give_up(ev: _Evidence, common: dict, notes: list, conf: float, cap: float, on_evidence: bool) -> OrderAdvice:
    """The advice to give up: the target out of reach on the evidence (``on_evidence``), or the budget or the pool
    spent; with the test size that would tell the budget's accuracy from the target, and the record's share."""
    at_budget = common.get("budget_accuracy", math.nan)   # the forecasts' median there (none without a cap)
    tell = tell_apart_size(at_budget, target=common["target"], meas=ev.meas, confidence=conf)
    # the target within the test's noise of it: the test's noise there (the words: planner.present.steering_view)
    noise = float(ev.meas.se_at(at_budget)) if math.isfinite(tell) else math.nan
    record = replan_record(common["p_within_budget"], Action.GIVE_UP) if on_evidence and math.isfinite(cap) else None
    return OrderAdvice(**common, notes=tuple(notes), action=Action.GIVE_UP, order=math.inf, expected_cost=math.inf,
                       p_reach_after=common["p_reached"], order_at_confidence=math.inf, test_size_to_tell=tell,
                       budget_accuracy_se=noise, track_record=record)


def _next_order(ev: _Evidence, scen: Scenario, common: dict, notes: list, *, cap: float, source: str,
                budget: float | None, budget_dollars: float | None, per_order: float, batch: int, level: float,
                rule: StopRule) -> OrderAdvice:
    """The advice to order: the first order of the schedule with the least expected cost that fits the budget
    (:func:`_fit_dollars`; the one order the dollars buy where none of several fits)."""
    now, price, conf = ev.now, scen.price_per_label, rule.confidence
    fit = _fit_dollars(ev.labels, ev.w, scen, now=now, cap=cap, source=source, budget=budget,
                       budget_dollars=budget_dollars, per_order=per_order, batch=batch, level=level)
    if fit is None:   # no schedule of several orders fits the dollars with the target in reach: one order
        k, exp, n_orders = cap - now, (cap - now) * price + per_order, 1.0
        notes.append(f"the {source} pays for one order of {k:,.0f} labels; the fees of a schedule of several "
                     "orders leave too few labels to reach the target with the confidence asked")
    else:
        cap, source, fees, (k, exp, n_orders, _, _) = fit
        common.update(_budget_fields(ev, scen, cap, source, fees, budget_dollars))
    within = ev.reach_all & (ev.labels <= cap)
    room = cap - now
    at_conf = ev.quantile(np.where(within, np.maximum(ev.labels - now, 0.0), math.inf), conf)
    at_conf = float(math.ceil(at_conf / batch) * batch) if math.isfinite(at_conf) and at_conf <= room else math.inf
    if ev.hit:
        notes.append(f"the measured hit is not sure yet: P(true accuracy >= target) = {ev.point.p_met:.0%}, below the "
                     f"{rule.level:.0%} a stop asks")
    return OrderAdvice(**common, notes=tuple(notes), action=Action.ORDER, order=k, expected_cost=exp,
                       p_reach_after=_share(ev.w, ev.labels <= now + k), order_at_confidence=at_conf,
                       expected_orders=n_orders,
                       track_record=(replan_record(common["p_within_budget"], "order")
                                     if math.isfinite(common["budget_labels"]) else None))


def within_limit(o: "OrderAdvice", limit: float, price: float = 0.0) -> "OrderAdvice":
    """``o`` with no label count beyond the extrapolation ``limit`` (:mod:`planner.forecast.limits`): the labels
    needed, and an order that would take the campaign past the limit, are carried at it and named in
    ``beyond_limit`` (read "more than"); the expected cost of such an order, or one larger than buying every
    label up to the limit (at ``price`` a label, with the schedule's orders) costs, is not quoted (NaN)."""
    changes: dict = {"label_limit": float(limit)}
    beyond = []
    for key in ("labels_needed_low", "labels_needed", "labels_needed_high"):
        value = getattr(o, key)
        if math.isfinite(value) and value > limit:
            changes[key] = float(limit)
            beyond.append(key)
    room = max(float(limit) - float(o.current_labels), 0.0)
    for key in ("order", "order_at_confidence"):
        value = getattr(o, key)
        if math.isfinite(value) and value > room:
            changes[key] = room
            beyond.append(key)
    orders = o.expected_orders if math.isfinite(o.expected_orders) and o.expected_orders > 1 else 1.0
    most = room * float(price) + float(o.per_order_cost) * orders
    if "order" in beyond or (math.isfinite(o.expected_cost) and o.expected_cost > most * (1 + 1e-9)):
        changes["expected_cost"] = math.nan
        beyond.append("expected_cost")
    return replace(o, **changes, beyond_limit=tuple(beyond))


def campaign_advice(measured, scenario: Scenario, target: float, *, strategy: str | None = None,
                    confidence: float | None = None, value_per_point: float = 0.0, test_size: int | None = None,
                    budget: int | None = None, budget_dollars: float | None = None, order_cost: float = 0.0,
                    give_up_below: float | None = None,
                    stop_chance: float | None = None) -> tuple[OrderAdvice, StopAdvice | None]:
    """(next order, dollar-optimal stop or None) of a running campaign from its measured rounds, as
    ``alplan replan`` gives them (:func:`replan`, :func:`optimal_stop`).

    A campaign is one run of one strategy: with ``strategy`` named, only its rows are fitted, so the
    other rows of the file cannot move its answer (as ``alplan replan --strategy``). A ``test_size``,
    ``budget``, ``budget_dollars`` or ``give_up_below`` of 0 is not given (the page's zeros).
    """
    scenario.validate()
    if strategy is not None:
        attrs = dict(measured.attrs)
        measured = measured[measured["strategy"].astype(str) == str(strategy)].reset_index(drop=True)
        measured.attrs = attrs
    plan = get_plan(measured)
    order = replan(plan, scenario, target, strategy=strategy, confidence=confidence, test_size=test_size or None,
                   budget=budget or None, budget_dollars=budget_dollars or None, order_cost=order_cost,
                   give_up_below=give_up_below or None, stop_chance=stop_chance)
    stop = (optimal_stop(plan, scenario, value_per_point=value_per_point, strategy=order.strategy)
            if value_per_point > 0 else None)
    return order, stop
