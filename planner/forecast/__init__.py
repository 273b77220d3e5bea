"""Curves table in, joint draws out: reading the table, fitting the curve families, extrapolating.

``io`` reads and checks the curves table; ``families`` fits the parametric
learning curves; ``draws`` turns the fits into joint draws with the calibrated
extrapolation error (``planner/data/extrapolation.csv``); ``curves`` is one
curve's view of them (:func:`fit_curve`); ``transfer`` forecasts AL on the
user's task from a random pilot and the proxies.
"""
