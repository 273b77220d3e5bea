"""How far beyond the measurements a label count is quoted: the extrapolation limit.

No answer quotes a label count beyond :data:`EXTRAPOLATION_LIMIT` times the
largest count a strategy was measured at. The limit is the longest ratio at
which the project's evaluation corpora score a forecast against a measured
truth (``benchmarks/forecast/cases.py``: truths at ``n / n_end`` in (1, 16],
labels-to-target targets up to ratio 16; docs/methods.md states the evidence):
beyond it no coverage, bias or error of a forecast has been measured, so a
number there would be a guess. A figure beyond it is carried at the limit
with a flag (the results' ``beyond_limit``), and read "more than N labels
(beyond what the measurements can tell)" (in a table "more than N", the
words once under it).

A whole-pool measurement is a measurement: with the score measured on the
whole pool, counts up to the pool are bound by it (:func:`label_limit`).
"""

from __future__ import annotations

import math

__all__ = ["EXTRAPOLATION_LIMIT", "label_limit"]

#: The longest ratio to the largest measured count at which the evaluation corpora score a forecast.
EXTRAPOLATION_LIMIT = 16.0


def label_limit(n_max: float, measured_pool: float | None = None) -> float:
    """The largest label count an answer quotes for a curve measured up to ``n_max`` labels.

    ``EXTRAPOLATION_LIMIT * n_max``, or the pool where the score was measured with the whole pool labeled
    (``measured_pool``) and that is larger; ``inf`` without a finite positive ``n_max``.

    >>> label_limit(100), label_limit(100, measured_pool=5000), label_limit(100, measured_pool=900)
    (1600.0, 5000.0, 1600.0)
    """
    try:
        n = float(n_max)
    except (TypeError, ValueError):
        return math.inf
    if not (math.isfinite(n) and n > 0):
        return math.inf
    limit = EXTRAPOLATION_LIMIT * n
    if measured_pool is not None and math.isfinite(float(measured_pool)):
        limit = max(limit, float(measured_pool))
    return float(math.floor(limit))
