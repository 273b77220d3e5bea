"""Public path of the prices (DESIGN.md's Python surface): ``from planner.costs import Scenario``.

The code lives in :mod:`planner.decide.costs`; this module only re-exports it.
"""

from planner.decide.costs import PoolShape, Scenario, Standing, path_costs

__all__ = ["PoolShape", "Scenario", "Standing", "path_costs"]
