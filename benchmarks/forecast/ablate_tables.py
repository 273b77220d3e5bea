"""Forecasters with one shipped forecast table switched off, for ``evaluate_curves.py --forecaster``.

Each function has the harness's forecaster signature ``(n, Y, features) -> fitted``. Scoring a corpus once per
function says whether a table earns its place there::

    for f in shipped no_spread no_analogs no_extrapolation; do
      .venv/bin/python benchmarks/forecast/evaluate_curves.py --source lcdb --part selection \
          --forecaster benchmarks/forecast/ablate_tables.py:$f --tag $f
    done

The track records are evidence shown to the reader, not forecast layers, so they have no switch here.
"""

from __future__ import annotations

from evaluate_curves import default_forecaster


def shipped(n, Y, features):
    """The planner's forecast with every shipped table."""
    return default_forecaster(n, Y, features)


def no_spread(n, Y, features):
    """Without ``spread.csv`` (no widening or narrowing of the draws per regime)."""
    return default_forecaster(n, Y, features, spread={})


def no_analogs(n, Y, features):
    """Without the analog library (``analogs.csv``): the curve's own fit alone."""
    from planner.forecast.analogs import AnalogConfig

    return default_forecaster(n, Y, features, analog=AnalogConfig(weight=0.0, k=100))


def no_extrapolation(n, Y, features):
    """Without ``extrapolation.csv``: a bare bootstrap, no extrapolation error model."""
    from planner.forecast.extrapolation import Extrapolation

    return default_forecaster(n, Y, features, calibration={"random": Extrapolation(), "al": Extrapolation()})
