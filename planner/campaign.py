"""Steering a labeling campaign in flight: the dollar-optimal stop and the next order.

Both questions are answered from the joint draws of :mod:`planner.draws`, the
same model as the verdict, for one strategy's curve (a campaign's own
measured rounds, or a plan's curves):

* :func:`optimal_stop`: given what one accuracy point is worth, the label
  count at which the next batch costs more than the accuracy it is expected
  to buy (expected over the draws), with the interval of the same rule
  applied draw by draw.
* :func:`replan`: from the rounds measured so far, whether to stop (the
  target is reached with the stated confidence), to give up (it is out of
  reach with that confidence), or the size of the next order: the first
  order of the schedule of orders with the least expected total cost of
  reaching the target, where falling short costs further orders and their
  rounds (turnaround, fixed cost). In the spirit of Mahmood et al.,
  "Optimizing Data Collection for Machine Learning" (NeurIPS 2022): collect
  in rounds, re-estimate the requirement from what was measured, buy with a
  penalty for falling short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.costs import Scenario, round_cost
from planner.verdict import Plan, check_level, check_target, quantile

__all__ = ["StopAdvice", "OrderAdvice", "optimal_stop", "replan"]


#: Label counts a search visits at most (whole batches; a geometric grid beyond that many batches):
#: the order search (a backward recursion, quadratic in it) and the stop search (the draws' accuracy at each).
MAX_STATES = 240
MAX_STOP_GRID = 2000


def _orders(span: float, batch: int, limit: int) -> np.ndarray:
    """Label counts to search, ascending, up to ``span`` (at least one batch): every whole batch, or, beyond
    ``limit`` batches, ``limit`` whole batches on a geometric grid (bounded time and memory however far)."""
    steps = int(math.ceil(span / batch))
    if steps <= limit:
        return batch * np.arange(1, steps + 1, dtype=float)
    return np.unique(np.ceil(np.geomspace(batch, span, limit) / batch) * batch)


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

    def to_dict(self) -> dict:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}

    def to_text(self) -> str:
        """In words (:func:`planner.views.stop_text`)."""
        from planner.views import stop_text

        return stop_text(self)


def optimal_stop(plan: Plan, scenario: Scenario, *, value_per_point: float, strategy: str | None = None,
                 current: float | None = None, level: float = 0.8, horizon: float = 64.0) -> StopAdvice:
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
    horizon : float
        Stops are searched up to this multiple of the largest measured count
        (or the pool); a stop at the end of the search means "beyond it".
    """
    v = float(value_per_point)
    if not math.isfinite(v) or v <= 0:
        raise ValueError(f"value per accuracy point must be a positive number of dollars, got {value_per_point}")
    level = check_level(level)
    scen = plan.resolve(scenario)
    s = _pick(plan, strategy)
    d = plan.draws.get(s)
    batch = plan._shape(scen, s)[1]
    now = float(d.n_max if current is None else current)
    end = d.n_max * float(horizon)
    if scen.pool_size is not None:
        end = min(end, float(scen.pool_size))
    if end <= now:
        raise ValueError(f"nothing left to buy: {now:,.0f} labels already and the search ends at {end:,.0f}")
    grid = np.unique(np.minimum(now + np.concatenate([[0.0], _orders(end - now, batch, MAX_STOP_GRID)]), end))
    acc = d.accuracy(grid)                                  # (B, G)
    batches = np.maximum(np.diff(grid) / batch, 1e-12)      # batches in each step of the grid
    gain = np.diff(acc, axis=1) / batches                   # accuracy bought by one more batch there
    step = np.diff(grid) / batches
    cost = step * scen.price_per_label + round_cost(scen)  # (G-1,) one batch and its round
    worth = 100.0 * v * gain                                # (B, G-1) dollars
    mean_worth = worth.mean(axis=0)
    stop_idx = int(np.argmax(mean_worth < cost)) if np.any(mean_worth < cost) else grid.size - 1
    per_draw = np.where((worth < cost).any(axis=1), np.argmax(worth < cost, axis=1), grid.size - 1)
    stops = grid[per_draw]
    ratio = grid[stop_idx] / d.n_max
    basis = (d.describe() + (f"; the stop is {ratio:.1f}x the largest measured count" if ratio > 1 else ""))
    return StopAdvice(strategy=s, value_per_point=v, labels=float(grid[stop_idx]),
                      labels_low=quantile(stops, (1 - level) / 2), labels_high=quantile(stops, (1 + level) / 2),
                      current_labels=now, stop_now=stop_idx == 0, expected_gain_next=float(gain[:, 0].mean()),
                      cost_next=float(cost[0]), level=level, basis=basis)


@dataclass(frozen=True)
class OrderAdvice:
    """The next order of a running campaign.

    ``action`` is one of ``"stop"`` (the target is reached with the asked
    confidence), ``"order"`` (buy ``order`` labels next) or ``"give up"`` (the
    target is out of reach, within the pool, with the asked confidence).
    ``p_reachable`` is the share of forecasts in which the target is reached
    at all; an ``order`` is sized for those forecasts.
    """

    strategy: str
    target: float
    current_labels: float
    p_reached: float
    p_reachable: float
    action: str
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

    @property
    def stop(self) -> bool:
        return self.action == "stop"

    def to_dict(self) -> dict:
        out = {}
        for k, val in self.__dict__.items():
            if isinstance(val, float) and not math.isfinite(val):
                val = None
            out[k] = list(val) if isinstance(val, tuple) else val
        out["stop"] = self.stop
        return out

    def to_text(self) -> str:
        """In words (:func:`planner.views.order_text`)."""
        from planner.views import order_text

        return order_text(self)


def _best_order(need: np.ndarray, *, now: float, cap: float, batch: int, price: float,
                per_round: float) -> tuple[float, float]:
    """The first order of the cheapest re-planning schedule, and its expected total cost.

    ``need`` holds the label counts at which the target is reached, one per
    (reachable) draw. A schedule buys up to ``s_1 < s_2 < ...`` labels in turn
    and stops as soon as the target is reached; each order costs its labels
    and one round. Over the draws, with ``S(x)`` the share still short at
    ``x`` labels, the cheapest schedule solves (backwards, exactly)::

        V(s_i) = min_{j > i} (s_j - s_i) * price + per_round + S(s_j) / S(s_i) * V(s_j)

    from ``s_0 = now`` (where nothing is known yet, so ``S(s_0) = 1``) to the
    largest requirement (``V = 0``). The campaign re-plans after every order,
    so only the first order is advised; the schedule learns nothing but
    "reached or not" from an order, so its cost is an upper bound on what
    re-planning with the measured curve costs.
    """
    need = np.sort(np.maximum(np.asarray(need, dtype=float), now))
    top = min(float(need[-1]), now + cap)
    span = max(top - now, float(batch))
    states = np.concatenate([[now], now + np.minimum(_orders(span, batch, MAX_STATES), cap)])
    states = np.unique(states)
    short = 1.0 - np.searchsorted(need, states, side="right") / need.size     # S(x): share with need > x
    short[0] = 1.0
    G = states.size
    value = np.zeros(G)
    first = np.zeros(G, dtype=int)
    for i in range(G - 2, -1, -1):
        j = np.arange(i + 1, G)
        go_on = np.divide(short[j], short[i], out=np.zeros(j.size), where=short[i] > 0)
        cost = (states[j] - states[i]) * price + per_round + go_on * value[j]
        # near ties go to the smaller order: re-planning sooner costs nothing more
        best = int(np.argmax(cost <= cost.min() * (1 + 1e-9) + 1e-9))
        value[i], first[i] = cost[best], j[best]
    return float(states[first[0]] - now), float(value[0])


def replan(plan: Plan, scenario: Scenario, target: float, *, strategy: str | None = None,
           confidence: float | None = None, current: float | None = None) -> OrderAdvice:
    """The next order of a running campaign, from its measured rounds.

    With ``C = confidence`` (``scenario.confidence`` by default), the
    advice is

    * ``stop`` when the target is already reached in at least ``C`` of the
      draws;
    * ``give up`` when it is reached at all (within the pool) in at most
      ``1 - C`` of them: the same confidence, the other way;
    * otherwise the first order of the schedule of orders with the least
      expected total cost over the draws that reach the target (each order:
      its labels and one round of compute and turnaround delay; the campaign
      stops once the target is reached; see :func:`_best_order`). Orders are
      whole batches within the pool.
    """
    target = check_target(target)
    scen = plan.resolve(scenario)
    conf = check_level(scen.confidence if confidence is None else confidence, "confidence")
    s = _pick(plan, strategy)
    labels, note, d = plan.label_draws(s, target, scen)
    now = float(d.n_max if current is None else current)
    notes = [n for n in (note, *plan.notes) if n]
    p_reached = float(np.mean(labels <= now))
    batch = plan._shape(scen, s)[1]
    per_round = round_cost(scen)
    price = scen.price_per_label
    pool = float(scen.pool_size) if scen.pool_size is not None else math.inf
    reachable = np.isfinite(labels) & (labels <= pool)
    p_reachable = float(np.mean(reachable))
    need_lo, need, need_hi = (quantile(labels, q) for q in (0.1, 0.5, 0.9))
    common = dict(strategy=s, target=target, current_labels=now, p_reached=p_reached, p_reachable=p_reachable,
                  confidence=conf, labels_needed=need, labels_needed_low=need_lo, labels_needed_high=need_hi,
                  basis=d.describe(), notes=tuple(notes))
    if p_reached >= conf:
        return OrderAdvice(**common, action="stop", order=0.0, expected_cost=0.0, p_reach_after=p_reached,
                           order_at_confidence=0.0)
    cap = pool - now
    if p_reachable <= 1 - conf + 1e-9 or cap <= 0 or not np.any(reachable & (labels > now)):
        return OrderAdvice(**common, action="give up", order=math.inf, expected_cost=math.inf,
                           p_reach_after=p_reached, order_at_confidence=math.inf)
    k, exp = _best_order(labels[reachable], now=now, cap=cap, batch=batch, price=price, per_round=per_round)
    at_conf = quantile(np.maximum(labels - now, 0.0), conf)
    at_conf = float(math.ceil(at_conf / batch) * batch) if math.isfinite(at_conf) and at_conf <= cap else math.inf
    return OrderAdvice(**common, action="order", order=k, expected_cost=exp,
                       p_reach_after=float(np.mean(labels <= now + k)), order_at_confidence=at_conf)
