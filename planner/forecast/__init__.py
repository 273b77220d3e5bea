"""Curves table in, joint draws out: reading the table, fitting the curve families, extrapolating.

``io`` reads and checks the curves table and ``selection`` picks the curves one
plan reads (``pool_accuracy`` reads the accuracy measured with the whole pool);
``families`` fits the parametric learning curves; ``bootstrap`` resamples one
strategy's runs into fitted draws, ``regime`` says what its measurements show,
``extrapolation`` and ``spread`` give each draw its calibrated tail, and
``draws`` joins the strategies of a table into joint draws; ``curves`` is one
curve's view of them (:func:`fit_curve`); ``transfer`` forecasts AL on the
user's task from a random pilot and the proxies; ``analogs`` holds the measured
curves a share of the tails follows; ``learners`` reads learner names;
``tables`` finds the shipped tables through ``planner/data/MANIFEST.csv``.
"""
