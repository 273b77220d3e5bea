"""The seed of the tests' random data, so that a failure replays.

Every test module that draws random data takes its seed from here (``from tests.seeds import SEED``) and keeps it
as its module's ``SEED``; a test of such a module that fails names that seed in its report (``tests/conftest.py``),
and ``ALPLAN_TEST_SEED=<seed> python -m pytest <test>`` draws the same data again. Import it as ``tests.seeds``
everywhere, so that one run holds one copy of it.
"""

from __future__ import annotations

import os

import numpy as np

__all__ = ["DEFAULT", "ENV", "SEED", "from_env"]

#: The environment variable that sets the seed.
ENV = "ALPLAN_TEST_SEED"


#: The seed of a run that names none: every run, CI's included, draws the same data, so a failure is the code's.
DEFAULT = 0


def from_env(default: int | None = None) -> int:
    """``ALPLAN_TEST_SEED`` when set (``random``: one drawn for the run, to look for a draw a test does not hold
    on); else ``default``, or :data:`DEFAULT` where ``default`` is None."""
    text = os.environ.get(ENV, "").strip()
    if not text:
        return DEFAULT if default is None else int(default)
    if text == "random":
        return int(np.random.SeedSequence().entropy % 2**32)
    try:
        seed = int(text)
    except ValueError:
        raise ValueError(f"{ENV}={text!r} is not a seed: give a whole number from 0 to {2**32 - 1}") from None
    if not 0 <= seed < 2**32:
        raise ValueError(f"{ENV}={text} is not a seed: give a whole number from 0 to {2**32 - 1}")
    return seed


#: The run's seed: ``ALPLAN_TEST_SEED``, else :data:`DEFAULT` (the workers of ``pytest -n`` take the controller's).
SEED = from_env()
