"""The verdict's public entry point: ``decide(curves, scenario, target) -> Decision``.

The model lives in :mod:`planner.forecast.draws` (curves to joint draws) and
:mod:`planner.decide.verdict` (draws and a scenario to a :class:`Decision`); the
what-if tables beside it in :mod:`planner.decide.whatif`; the words and number
formats in :mod:`planner.present` (one view per answer). ``get_plan`` reuses a
Plan from a small cache keyed by the table's contents, so the dashboard and the
report draw each table once.
"""

from __future__ import annotations

from planner.decide.results import Decision, StrategyPlan
from planner.decide.rule import DECISION_RULE
from planner.decide.verdict import Plan, decide, get_plan
from planner.forecast.draws import RANDOM

__all__ = ["DECISION_RULE", "RANDOM", "Decision", "Plan", "StrategyPlan", "decide", "get_plan"]
