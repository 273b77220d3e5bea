"""Hostile cost columns (``simulate --cost-column``): read as finite costs >= 0, or refused in one line naming the
column. Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from simulations.data.datasets import load_file
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_TEXT
from tests.fuzz.promise import assert_one_line

_CELL = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**15, 10**15), st.just(""),
                  NASTY_TEXT)


@FUZZ
@given(cells=st.lists(_CELL, min_size=4, max_size=12), column=st.sampled_from(["seconds", "secs", "label"]))
def test_any_cost_column_is_read_cleanly_or_refused_in_one_line(cells, column):
    n = len(cells)
    df = pd.DataFrame({"f": np.arange(n, dtype=float), "label": np.arange(n) % 2, "seconds": cells})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        df.to_csv(path, index=False)
        try:
            ds = load_file(path, cost_column=column)
        except (ValueError, OSError) as exc:
            assert_one_line(exc)
            assert "mine.csv" in str(exc) and repr(column) in str(exc)
            return
    assert column == "seconds"
    costs = ds.cost_pool
    assert costs.shape == (ds.n_pool,) and np.isfinite(costs).all() and (costs >= 0).all()
