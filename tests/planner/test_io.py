"""read_curves: formats, metric detection, and one-line errors for bad tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.io import read_curves


def table(**overrides) -> pd.DataFrame:
    rows = []
    for strategy, lift in (("random", 0.0), ("margin", 0.03)):
        for seed in (0, 1):
            for n in (20, 40, 60, 80):
                rows.append({"strategy": strategy, "seed": seed, "n_labels": n,
                             "accuracy": 0.6 + lift + 0.003 * n + 0.01 * seed})
    df = pd.DataFrame(rows)
    for k, v in overrides.items():
        df[k] = v
    return df


def test_csv_and_parquet_read_the_same(tmp_path):
    df = table()
    df.to_csv(tmp_path / "c.csv", index=False)
    df.to_parquet(tmp_path / "c.parquet", index=False)
    a = read_curves(tmp_path / "c.csv")
    b = read_curves(str(tmp_path / "c.parquet"))
    pd.testing.assert_frame_equal(a[["strategy", "seed", "n_labels", "accuracy"]],
                                  b[["strategy", "seed", "n_labels", "accuracy"]])
    assert "fraction" in a.attrs["metric_note"]
    assert set(a["strategy"]) == {"random", "margin"}


def test_simulator_columns_are_kept():
    df = table()
    df.insert(0, "dataset", "digits")
    df["macro_f1"] = 0.5
    out = read_curves(df)
    assert {"dataset", "macro_f1"} <= set(out.columns)


def test_percent_is_detected_and_converted():
    df = table()
    df["accuracy"] *= 100
    out = read_curves(df)
    np.testing.assert_allclose(out["accuracy"], table()["accuracy"])
    assert "percent" in out.attrs["metric_note"]


@pytest.mark.parametrize("column", ["error", "error_rate", "Error_Rate"])
def test_error_rate_is_turned_into_accuracy(column):
    df = table()
    df[column] = 1 - df.pop("accuracy")
    out = read_curves(df)
    np.testing.assert_allclose(out["accuracy"], table()["accuracy"])
    assert "error rate" in out.attrs["metric_note"]


def test_error_rate_in_percent():
    df = table()
    df["error"] = 100 * (1 - df.pop("accuracy"))
    out = read_curves(df)
    np.testing.assert_allclose(out["accuracy"], table()["accuracy"])
    assert "percent" in out.attrs["metric_note"] and "error rate" in out.attrs["metric_note"]


def test_table_without_strategy_is_one_random_curve():
    df = table().query("strategy == 'random'").drop(columns=["strategy", "seed"])
    out = read_curves(df)
    assert set(out["strategy"]) == {"random"}
    assert "strategy" in out.attrs["strategy_note"]


def test_column_names_are_matched_loosely_and_input_not_mutated():
    df = table().rename(columns={"n_labels": " N_Labels ", "accuracy": "Accuracy"})
    before = df.copy()
    out = read_curves(df)
    pd.testing.assert_frame_equal(df, before)
    assert {"n_labels", "accuracy"} <= set(out.columns)


def one_line_error(source, exc=ValueError) -> str:
    with pytest.raises(exc) as info:
        read_curves(source)
    text = str(info.value)
    assert text and "\n" not in text
    return text


def test_missing_columns_are_listed():
    text = one_line_error(table().drop(columns=["n_labels", "accuracy"]))
    assert "n_labels" in text and "accuracy" in text


@pytest.mark.parametrize("column, value, word", [
    ("accuracy", np.nan, "NaN"),
    ("accuracy", np.inf, "inf"),
    ("n_labels", np.nan, "NaN"),
])
def test_nan_and_inf_name_the_column_and_row(column, value, word):
    df = table()
    df.loc[3, column] = value
    text = one_line_error(df)
    assert column in text and "row 4" in text and word in text


def test_non_numeric_values_are_named():
    df = table().astype({"accuracy": object})
    df.loc[0, "accuracy"] = "high"
    text = one_line_error(df)
    assert "numeric" in text and "'high'" in text


def test_negative_label_counts_are_refused():
    df = table()
    df.loc[2, "n_labels"] = -5
    assert "at least 1" in one_line_error(df)


def test_fewer_than_three_label_counts_name_the_strategy():
    df = table()
    df = df[~((df["strategy"] == "margin") & (df["n_labels"] > 40))]
    text = one_line_error(df)
    assert "'margin'" in text and "at least 3" in text


@pytest.mark.parametrize("values", [[-0.1, 0.5], [150.0, 50.0]])
def test_accuracy_out_of_range_is_refused(values):
    df = table()
    df.loc[0, "accuracy"], df.loc[1, "accuracy"] = values
    assert "[0, 1]" in one_line_error(df)


def test_empty_table_is_refused(tmp_path):
    assert "no rows" in one_line_error(table().iloc[:0])
    (tmp_path / "empty.csv").write_text("")
    assert "empty" in one_line_error(tmp_path / "empty.csv")


def test_missing_and_unsupported_files(tmp_path):
    assert "no such file" in one_line_error(tmp_path / "nope.csv", OSError)
    (tmp_path / "c.xlsx").write_bytes(b"PK")
    assert ".csv or .parquet" in one_line_error(tmp_path / "c.xlsx")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    assert "cannot read bad.parquet" in one_line_error(tmp_path / "bad.parquet")
    assert "folder" in one_line_error(tmp_path, OSError)
