"""The family and level layers the planner shipped until round 50 (``planner/data/family_spread.csv`` and
``level_spread.csv`` as of a7d92c1), read from this folder: round 51 ships neither (``benchmarks/RESULTS.md``), and
the tests of the layers' mechanics read these tables instead."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

import planner.decide.verdict as verdict
import planner.forecast.draws as dr

DATA = Path(__file__).resolve().parent / "data"


@contextmanager
def round50_layers():
    """Within the block the planner reads round 50's family and level layers (and starts with no cached plan)."""
    family, learners = dr.family_layer_and_learners(pd.read_csv(DATA / "family_spread_round50.csv"))
    level = dr.spread_from_frame(pd.read_csv(DATA / "level_spread_round50.csv"), scale=1.0)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dr, "load_family_layer", lambda: family)
        mp.setattr(dr, "family_layer_learners", lambda: learners)
        mp.setattr(dr, "load_level_layer", lambda: level)
        verdict._PLAN_CACHE.clear()
        try:
            yield
        finally:
            verdict._PLAN_CACHE.clear()


@pytest.fixture
def layers50():
    """:func:`round50_layers` around a test."""
    with round50_layers():
        yield
