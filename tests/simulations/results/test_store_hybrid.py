"""The store keeps a run's hybrid bars: one row per (run, round, bar) back, old databases gain them."""

import sqlite3

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.forecast.io import first_bar
from simulations.results.schema import CURVE_COLUMNS
from simulations.results.store import Store, normalize_curves
from tests.simulations.results.test_store import _old_database, make_curves, make_spec


def with_bars(rows: pd.DataFrame, bars, rng) -> pd.DataFrame:
    """A run's rows repeated once per bar (ascending), with shares falling as the bar rises."""
    parts = []
    share = rng.uniform(0, 1, size=len(rows))
    for i, bar in enumerate(sorted(bars)):
        parts.append(rows.assign(machine_target=bar, machine_share=share / (i + 1),
                                 machine_accuracy=np.where(share > 0.2, bar + (1 - bar) / 2, np.nan),
                                 machine_remainder=400.0 - rows["n_labels"], test_machine_share=share / (i + 2),
                                 test_machine_accuracy=np.where(share > 0.2, bar, np.nan)))
    out = pd.concat(parts).sort_values(["round", "machine_target"], kind="stable")
    return out.reset_index(drop=True)[list(CURVE_COLUMNS)]


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([0.8, 0.9, 0.95, 0.97, 0.99]), min_size=1, max_size=4, unique=True),
       st.integers(0, 2**32 - 1))
def test_a_run_with_bars_reads_back_exactly(tmp_path_factory, bars, seed):
    rng = np.random.default_rng(seed)
    spec = make_spec("margin", 0)
    rows = with_bars(make_curves(spec, rng), bars, rng)
    with Store(tmp_path_factory.mktemp("db") / "runs.db") as s:
        s.write_run(spec, rows)
        pd.testing.assert_frame_equal(s.curves(), normalize_curves(rows), check_exact=True)
        assert s.runs()["n_rounds"].iloc[0] == spec["rounds"] + 1
        s.write_run(spec, rows)  # written again: replaced, never duplicated
        assert len(s.curves()) == len(rows)
        assert s.delete_runs(keys=[spec["key"]]) == 1
        assert s.curves().empty
        assert s._read("SELECT COUNT(*) FROM hybrid_bars")[0][0] == 0


def test_first_bar_keeps_one_row_per_round(rng=np.random.default_rng(1)):
    spec = make_spec("random", 0)
    rows = with_bars(make_curves(spec, rng), (0.9, 0.95), rng)
    one = first_bar(rows)
    assert len(one) == spec["rounds"] + 1 and (one["machine_target"] == 0.9).all()
    plain = make_curves(spec, rng)
    assert first_bar(plain) is plain


def test_a_round_repeated_without_distinct_bars_is_refused(tmp_path):
    rng = np.random.default_rng(2)
    spec = make_spec("random", 0)
    rows = with_bars(make_curves(spec, rng), (0.9,), rng)
    twice = pd.concat([rows, rows], ignore_index=True)
    with Store(tmp_path / "runs.db") as s, pytest.raises(ValueError, match="repeat a round"):
        s.write_run(spec, twice)


def test_an_old_database_gains_the_hybrid_columns_and_bars(tmp_path):
    rng = np.random.default_rng(3)
    path = tmp_path / "old.db"
    old = make_spec("margin", 0)
    _old_database(path, old, make_curves(old, rng))
    with Store(path, readonly=True) as r:  # read-only: the old file has neither the columns nor the table
        got = r.curves()
    assert got[["machine_target", "machine_share", "machine_accuracy"]].isna().all().all()
    new = make_spec("margin", 1)
    rows = with_bars(make_curves(new, rng), (0.9, 0.99), rng)
    with Store(path) as s:
        s.write_run(new, rows)
        pd.testing.assert_frame_equal(s.curves(seed=1), normalize_curves(rows), check_exact=True)
        assert s.curves(seed=0)["machine_target"].isna().all()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "hybrid_bars" in tables
    export = tmp_path / "export.csv"
    with Store(path, readonly=True) as r:
        r.export(export)
    read = pd.read_csv(export)
    assert list(read.columns) == list(CURVE_COLUMNS)
    assert sorted(read.loc[read["seed"] == 1, "machine_target"].unique()) == [0.9, 0.99]


def test_a_database_whose_later_bars_predate_the_test_split_columns_reads_them_empty_then_gains_them(tmp_path):
    rng = np.random.default_rng(4)
    path = tmp_path / "runs.db"
    spec = make_spec("margin", 0)
    rows = with_bars(make_curves(spec, rng), (0.9, 0.99), rng)
    with Store(path) as s:
        s.write_run(spec, rows)
    later = ["machine_remainder", "test_machine_share", "test_machine_accuracy"]
    conn = sqlite3.connect(path)
    for column in later:   # the later bars' table as it was before these columns
        conn.execute(f"ALTER TABLE hybrid_bars DROP COLUMN {column}")
    conn.commit()
    conn.close()
    with Store(path, readonly=True) as r:
        got = r.curves()
    second = got["machine_target"] == 0.99
    assert got.loc[second, later].isna().all().all() and got.loc[~second, later].notna().any().any()
    with Store(path) as s:   # opened to write: the columns are added, and a run written again keeps them
        s.write_run(spec, rows)
        pd.testing.assert_frame_equal(s.curves(), normalize_curves(rows), check_exact=True)
