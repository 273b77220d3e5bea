"""Hypothesis settings of the fuzz suite: a small derandomized budget by default (``make test``), a long run with

    ALPLAN_FUZZ_EXAMPLES=2000 python -m pytest -q tests/fuzz

(or ``python benchmarks/fuzz.py 2000``, which also times it). Both are reproducible: examples are derived
from each test's name (``derandomize=True``), and no example database is read or written.
"""

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("ALPLAN_FUZZ_EXAMPLES", "12"))

settings.register_profile(
    "alplan-fuzz",
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FUZZ = settings.get_profile("alplan-fuzz")
