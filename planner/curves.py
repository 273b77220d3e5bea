"""Public path of one curve's forecast (DESIGN.md's Python surface): ``from planner.curves import fit_curve``.

The code lives in :mod:`planner.forecast.curves`; this module only re-exports it.
"""

from planner.forecast.curves import FittedCurve, fit_curve

__all__ = ["FittedCurve", "fit_curve"]
