"""The verdict's public entry points (``decide`` and the dashboard queries).

The model lives in :mod:`planner.draws` (curves to joint draws) and
:mod:`planner.verdict` (draws and a scenario to a :class:`Decision`); the
sentences in :mod:`planner.text`. The functions here take a curves table
*or* a :class:`Plan`; given a table they reuse a Plan from a small cache keyed
by the table's contents, so the dashboard and the report draw each table once.
"""

from __future__ import annotations

from planner.costs import Scenario
from planner.draws import RANDOM
from planner.verdict import DECISION_RULE, Decision, Plan, StrategyPlan, decide, get_plan

__all__ = [
    "DECISION_RULE",
    "RANDOM",
    "Decision",
    "Plan",
    "StrategyPlan",
    "best_accuracy_for_budget",
    "break_even_map",
    "cost_vs_target",
    "decide",
    "get_plan",
    "sensitivity",
    "vendor_comparison",
]


def cost_vs_target(curves, scenario: Scenario, targets, *, seed: int = 0, vendors=None):
    """See :meth:`Plan.cost_vs_target`."""
    return get_plan(curves, seed=seed).cost_vs_target(scenario, targets, vendors=vendors)


def break_even_map(curves, scenario: Scenario, targets, prices, *, seed: int = 0, vendors=None):
    """See :meth:`Plan.break_even_map`."""
    return get_plan(curves, seed=seed).break_even_map(scenario, targets, prices, vendors=vendors)


def sensitivity(curves, scenario: Scenario, target: float, *, swing: float = 0.5, seed: int = 0, vendors=None):
    """See :meth:`Plan.sensitivity`."""
    return get_plan(curves, seed=seed).sensitivity(scenario, target, swing=swing, vendors=vendors)


def vendor_comparison(curves, scenario: Scenario, target: float, vendors=None, *, votes=(1,), seed: int = 0):
    """See :meth:`Plan.vendor_comparison`."""
    return get_plan(curves, seed=seed).vendor_comparison(scenario, target, vendors, votes=votes)


def best_accuracy_for_budget(curves, scenario: Scenario, budget: float, *, seed: int = 0, vendors=None):
    """See :meth:`Plan.best_accuracy_for_budget`."""
    return get_plan(curves, seed=seed).best_accuracy_for_budget(scenario, budget, vendors=vendors)
