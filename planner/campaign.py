"""Steering a labeling campaign in flight: the dollar-optimal stop and the next order.

Both questions are answered from the joint draws of :mod:`planner.draws`, the
same model as the verdict, for one strategy's curve (a campaign's own
measured rounds, or a plan's curves):

* :func:`optimal_stop`: given what one accuracy point is worth, the label
  count at which the next batch costs more than the accuracy it is expected
  to buy (expected over the draws), with the interval of the same rule
  applied draw by draw.
* :func:`replan`: from the rounds measured so far, the size of the next
  order that minimises the expected total cost of reaching the target,
  including the cost of missing it (one more round: its turnaround, its fixed
  cost and the labels still missing), and whether to stop (the target is
  already reached with the stated confidence). In the spirit of Mahmood et
  al., "Optimizing Data Collection for Machine Learning" (NeurIPS 2022):
  collect in rounds, re-estimate the requirement from what was measured,
  buy with a penalty for falling short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.costs import Scenario, round_cost
from planner.verdict import Plan, check_level, check_target, quantile

__all__ = ["StopAdvice", "OrderAdvice", "optimal_stop", "replan"]


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
        head = (f"{self.strategy}: buying pays until ~{self.labels:,.0f} labels "
                f"({round(100 * self.level)}% range {self.labels_low:,.0f} to {self.labels_high:,.0f}) at "
                f"${self.value_per_point:,.2f} per accuracy point")
        now = (f"the next batch is expected to buy {100 * self.expected_gain_next:.2f} points "
               f"(${self.value_per_point * 100 * self.expected_gain_next:,.2f}) for ${self.cost_next:,.2f}")
        verdict = "stop buying now" if self.stop_now else "keep buying"
        return f"{head}; {now}: {verdict}. Rests on: {self.basis}."


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
    grid = now + batch * np.arange(0, int(math.ceil((end - now) / batch)) + 1)
    grid = np.minimum(grid, end)
    acc = d.accuracy(grid)                                  # (B, G)
    gain = np.diff(acc, axis=1)                             # accuracy bought by each next batch
    step = np.diff(grid)
    cost = step * scen.price_per_label + round_cost(scen)  # (G-1,)
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
    """The next order of a running campaign."""

    strategy: str
    target: float
    current_labels: float
    p_reached: float
    stop: bool
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

    def to_dict(self) -> dict:
        out = {}
        for k, val in self.__dict__.items():
            if isinstance(val, float) and not math.isfinite(val):
                val = None
            out[k] = list(val) if isinstance(val, tuple) else val
        return out

    def to_text(self) -> str:
        if self.stop:
            head = (f"Stop: the target {100 * self.target:.4g}% is reached with probability {self.p_reached:.0%} "
                    f"at {self.current_labels:,.0f} labels (confidence asked: {self.confidence:.0%}).")
        elif not math.isfinite(self.order):
            head = (f"No order reaches {100 * self.target:.4g}% in most forecasts: the curve levels off below it "
                    "(or the pool runs out); lower the target or change the model.")
        else:
            conf = (f"{self.order_at_confidence:,.0f} labels reach it with probability {self.confidence:.0%}"
                    if math.isfinite(self.order_at_confidence) else
                    f"no order reaches it with probability {self.confidence:.0%}")
            head = (f"Order {self.order:,.0f} labels next: the expected total cost to reach {100 * self.target:.4g}% "
                    f"is ${self.expected_cost:,.0f} including another round if it falls short "
                    f"(P(reached after this order) = {self.p_reach_after:.0%}); {conf}.")
        needed = (f"Labels needed in all: {self.labels_needed:,.0f} ({self.labels_needed_low:,.0f} to "
                  f"{self.labels_needed_high:,.0f})" if math.isfinite(self.labels_needed_high) else
                  f"Labels needed in all: {self.labels_needed:,.0f} or more (open-ended range)")
        lines = [head, f"{needed}. Rests on: {self.basis}."]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


def replan(plan: Plan, scenario: Scenario, target: float, *, strategy: str | None = None,
           confidence: float | None = None, current: float | None = None) -> OrderAdvice:
    """The next order of a running campaign, from its measured rounds.

    Per draw ``b`` with ``L_b`` labels needed: an order of ``k`` labels costs
    ``k x price`` plus one round (compute, turnaround delay); if
    ``current + k < L_b`` the campaign falls short and pays one more round
    and the ``L_b - current - k`` labels still missing. The order minimising
    the mean of that over the draws is advised (whole batches, within the
    pool); ``stop`` when the target is already reached with probability
    ``confidence`` (``scenario.confidence`` by default).
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
    need_lo, need, need_hi = (quantile(labels, q) for q in (0.1, 0.5, 0.9))
    common = dict(strategy=s, target=target, current_labels=now, p_reached=p_reached, confidence=conf,
                  labels_needed=need, labels_needed_low=need_lo, labels_needed_high=need_hi,
                  basis=d.describe(), notes=tuple(notes))
    if p_reached >= conf:
        return OrderAdvice(**common, stop=True, order=0.0, expected_cost=0.0, p_reach_after=p_reached,
                           order_at_confidence=0.0)
    missing = np.maximum(labels - now, 0.0)                     # (B,), inf where never reached
    cap = float(scen.pool_size) - now if scen.pool_size is not None else None
    finite = missing[np.isfinite(missing)]
    if finite.size == 0 or np.mean(np.isfinite(missing)) <= 0.5 or (cap is not None and cap <= 0):
        return OrderAdvice(**common, stop=False, order=math.inf, expected_cost=math.inf, p_reach_after=0.0,
                           order_at_confidence=math.inf)
    top = float(np.quantile(finite, 0.99))
    if cap is not None:
        top = min(top, cap)
    ks = batch * np.arange(1, max(1, int(math.ceil(top / batch))) + 1, dtype=float)
    if cap is not None:
        ks = np.minimum(ks, cap)
    ok = np.isfinite(missing)
    m = missing[ok][None, :]                                    # (1, B')
    short = ks[:, None] < m                                     # (K, B')
    cost = ks[:, None] * price + per_round + short * (per_round + (m - ks[:, None]) * price)
    # draws that never reach the target cost the largest order and a failed round either way
    fail = (~ok).sum()
    exp = (cost.sum(axis=1) + fail * (ks * price + 2 * per_round)) / labels.size
    # near-ties (a flat expected cost) go to the smallest order: re-planning sooner costs nothing more
    best = int(np.argmax(exp <= exp.min() * (1 + 1e-3) + 1e-9))
    k = float(ks[best])
    at_conf = quantile(missing, conf)
    if cap is not None and at_conf > cap:
        at_conf = math.inf
    at_conf = float(math.ceil(at_conf / batch) * batch) if math.isfinite(at_conf) else math.inf
    return OrderAdvice(**common, stop=False, order=k, expected_cost=float(exp[best]),
                       p_reach_after=float(np.mean(labels <= now + k)), order_at_confidence=at_conf)
