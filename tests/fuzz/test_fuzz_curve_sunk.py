"""Hostile sunk columns on a campaign's curve.csv read out of its folder (``labels_in_hand``, ``setup_paid_by``,
``pool_size``, ``test_size``, ``batch_size``): `alplan plan FILE` answers or refuses in one line with exit 2, and
the page's reader (planner.decide.campaign.redecide.curve_sunk) gives facts or one ValueError line. Budget:
tests/fuzz/conftest.py."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from planner.decide.campaign.redecide import CURVE_SUNK_COLUMNS, curve_sunk
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_CELL
from tests.fuzz.promise import assert_cli_refusal, assert_one_line, run_cli


def _curve() -> pd.DataFrame:
    return pd.DataFrame({"strategy": "random", "seed": 0, "batch_size": 10, "round": range(5),
                         "n_labels": [20, 30, 40, 50, 60], "accuracy": [0.7, 0.75, 0.78, 0.8, 0.81], "test_size": 100,
                         "labels_in_hand": 60, "setup_paid_by": "", "pool_size": 900})


@FUZZ
@given(column=st.sampled_from(CURVE_SUNK_COLUMNS), cells=st.lists(NASTY_CELL, min_size=5, max_size=5),
       drop=st.booleans())
def test_hostile_sunk_columns_answer_or_refuse_in_one_line(capsys, column, cells, drop):
    curve = _curve()
    curve = curve.drop(columns=column) if drop else curve.assign(**{column: pd.Series(cells, dtype=object)})
    try:
        facts = curve_sunk(curve)
        assert facts is None or facts.pool_size >= facts.train_labels >= 1
    except ValueError as exc:
        assert_one_line(str(exc))
    with tempfile.TemporaryDirectory() as root:
        path = Path(root) / "curve.csv"
        curve.to_csv(path, index=False)
        rc, _, err = run_cli(["plan", path, "--target", "0.85", "--label-price", "1", "--json"], capsys)
    if rc != 0:
        assert_cli_refusal(rc, err, "plan")
