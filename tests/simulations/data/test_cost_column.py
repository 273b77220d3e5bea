"""A labeled file's per-example annotation cost column (``load_file(..., cost_column=...)``): read, never a
feature, aligned with the pool's rows; bad columns refused in one line naming the column and the fix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from simulations.data.datasets import load_file


def _table(n: int = 60, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    return pd.DataFrame({"row": np.arange(n, dtype=float), "f": rng.normal(size=n) + y, "label": y,
                         "seconds": 5.0 + 3.0 * np.arange(n)})


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_the_cost_column_is_no_feature_and_follows_the_pool_rows(tmp_path, suffix):
    df = _table()
    path = tmp_path / f"mine{suffix}"
    df.to_csv(path, index=False) if suffix == ".csv" else df.to_parquet(path)
    ds = load_file(path, cost_column="seconds")
    assert ds.n_features == 2  # row and f; the label and the cost are no features
    assert ds.cost_pool.shape == (ds.n_pool,) and ds.cost_pool.dtype == np.float64
    assert not ds.cost_pool.flags.writeable
    # the "row" feature, standardized, keeps its order: each pool example's cost is its own row's
    rows = np.argsort(np.argsort(ds.X_pool[:, 0]))
    assert np.array_equal(np.argsort(ds.cost_pool), np.argsort(rows))
    assert set(ds.cost_pool) <= set(df["seconds"])
    assert load_file(path).cost_pool is None
    plain = load_file(path)
    assert plain.n_features == 3  # without --cost-column the column is a feature like any other


def _refusal(tmp_path, column, values, *, cost_column=None):
    df = _table(6)
    df[column] = values
    path = tmp_path / "mine.csv"
    df.to_csv(path, index=False)
    with pytest.raises(ValueError) as info:
        load_file(path, cost_column=cost_column or column)
    text = str(info.value)
    assert "\n" not in text and "mine.csv" in text
    return text


@pytest.mark.parametrize("values, words", [
    (["1", "2", "x", "4", "5", "6"], "is not numeric"),
    ([1.0, np.nan, 3.0, 4.0, 5.0, 6.0], "missing, NaN or inf value (data row 2)"),
    ([1.0, 2.0, np.inf, 4.0, 5.0, 6.0], "missing, NaN or inf value (data row 3)"),
    ([1.0, 2.0, 3.0, -4.0, 5.0, 6.0], "is negative (-4, data row 4)"),
    ([1.0, 2.0, 3.0, 4.0, 5.0, 1e15], "beyond 1e+12"),
])
def test_a_bad_cost_column_is_refused_in_one_line_naming_it(tmp_path, values, words):
    text = _refusal(tmp_path, "secs", values)
    assert "'secs'" in text and words in text


def test_a_missing_cost_column_lists_the_columns(tmp_path):
    text = _refusal(tmp_path, "seconds", 1.0, cost_column="time")
    assert "no cost column 'time'" in text and "seconds" in text and "--cost-column" in text


def test_the_label_column_is_no_cost_column(tmp_path):
    assert "is the label column" in _refusal(tmp_path, "seconds", 1.0, cost_column="label")


def test_an_npz_has_no_cost_column(tmp_path):
    path = tmp_path / "mine.npz"
    np.savez(path, X=np.zeros((6, 2)), y=np.arange(6) % 2)
    with pytest.raises(ValueError, match="--cost-column names a column of a CSV or Parquet file"):
        load_file(path, cost_column="seconds")


def test_zero_costs_are_allowed(tmp_path):
    df = _table(20)
    df["seconds"] = 0.0
    df.to_csv(tmp_path / "free.csv", index=False)
    assert (load_file(tmp_path / "free.csv", cost_column="seconds").cost_pool == 0).all()
