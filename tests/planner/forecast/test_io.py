"""read_curves: formats, metric detection, and one-line errors for bad tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.forecast.io import read_curves


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


def _error(column, scale=1.0):
    def change(df):
        df[column] = scale * (1 - df.pop("accuracy"))
        return df
    return change


@pytest.mark.parametrize("change, notes", [
    (lambda df: df.assign(accuracy=df["accuracy"] * 100), ["percent"]),
    (_error("error"), ["error rate"]), (_error("error_rate"), ["error rate"]), (_error("Error_Rate"), ["error rate"]),
    (_error("error", 100.0), ["percent", "error rate"]),
])
def test_percent_and_error_rate_are_turned_into_accuracy(change, notes):
    out = read_curves(change(table()))
    np.testing.assert_allclose(out["accuracy"], table()["accuracy"])
    assert all(note in out.attrs["metric_note"] for note in notes)


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


def _set(column, cells, dtype=None):
    def change(df):
        df = df.astype({column: dtype}) if dtype else df
        for row, value in cells.items():
            df.loc[row, column] = value
        return df
    return change


@pytest.mark.parametrize("change, words", [
    (lambda df: df.drop(columns=["n_labels", "accuracy"]), ["n_labels", "accuracy"]),   # missing columns, listed
    (_set("accuracy", {3: np.nan}), ["accuracy", "row 4", "NaN"]),
    (_set("accuracy", {3: np.inf}), ["accuracy", "row 4", "inf"]),
    (_set("n_labels", {3: np.nan}), ["n_labels", "row 4", "NaN"]),
    (_set("accuracy", {0: "high"}, object), ["numeric", "'high'"]),
    (_set("n_labels", {2: -5}), ["at least 1"]),
    (lambda df: df[~((df["strategy"] == "margin") & (df["n_labels"] > 40))], ["'margin'", "at least 3"]),
    (_set("accuracy", {0: -0.1, 1: 0.5}), ["[0, 1]"]),
    (_set("accuracy", {0: 150.0, 1: 50.0}), ["[0, 1]"]),
])
def test_a_bad_table_is_one_line_naming_what_is_wrong(change, words):
    text = one_line_error(change(table()))
    assert all(w in text for w in words), text


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


# ------------------------------------------------------------ --pool-accuracy

from planner.forecast.pool_accuracy import MAX_POOL_BYTES, PoolAccuracy, read_pool_accuracy  # noqa: E402


def _pool_csv(path, **columns):
    rows = dict(dataset=["digits"] * 3, model=["logreg"] * 3, seed=[0, 1, 2], label_noise=[0.0] * 3,
                n_labels=[1347] * 3, n_test=[450] * 3, accuracy=[0.971, 0.976, 0.981], macro_f1=[0.97] * 3)
    rows.update(columns)
    pd.DataFrame({k: v for k, v in rows.items() if v is not None}).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("value, expected", [
    ("0.976", PoolAccuracy(None, 0.976, 0.0, 1)),
    (" 0.976 @ 1347 ", PoolAccuracy(1347, 0.976, 0.0, 1)),
    ("1@10", PoolAccuracy(10, 1.0, 0.0, 1)),
    (0.9, PoolAccuracy(None, 0.9, 0.0, 1)),
])
def test_pool_accuracy_numbers(value, expected):
    assert read_pool_accuracy(value) == expected


def test_pool_accuracy_file_gives_mean_se_and_seeds(tmp_path):
    got = read_pool_accuracy(_pool_csv(tmp_path / "c.pool.csv"))
    acc = np.array([0.971, 0.976, 0.981])
    assert got.n_labels == 1347 and got.n_seeds == 3
    assert got.accuracy == pytest.approx(acc.mean())
    assert got.se == pytest.approx(acc.std(ddof=1) / np.sqrt(3))
    # a bare table (the user's own measurement): n_labels and accuracy are enough
    bare = _pool_csv(tmp_path / "mine.csv", dataset=None, model=None, seed=None, label_noise=None, n_test=None,
                     macro_f1=None, accuracy=[0.9, 0.9, 0.9])
    assert read_pool_accuracy(str(bare)) == PoolAccuracy(1347, 0.9, 0.0, 3)


def test_pool_accuracy_file_selects_dataset_and_model(tmp_path):
    path = _pool_csv(tmp_path / "two.pool.csv", dataset=["digits", "digits", "breast_cancer"],
                     seed=[0, 1, 0], n_labels=[1347, 1347, 427])
    with pytest.raises(ValueError, match=r"mixes 2 datasets \(breast_cancer, digits\): choose one with --dataset"):
        read_pool_accuracy(path)
    assert read_pool_accuracy(path, dataset="breast_cancer") == PoolAccuracy(427, 0.981, 0.0, 1)
    with pytest.raises(ValueError, match="no rows of dataset 'mnist1d'"):
        read_pool_accuracy(path, dataset="mnist1d")


@pytest.mark.parametrize("value, message", [
    ("97.6", r"must be a fraction in \(0, 1\], got 97.6: write e.g. 0.976"),
    ("0", r"must be a fraction in \(0, 1\], got 0"),
    ("nan", r"must be a fraction in \(0, 1\], got nan"),
    ("-0.5@100", r"must be a fraction"),
    ("0.9@0", "pool size after @ must be a whole number"),
    ("0.9@12.5", "pool size after @ must be a whole number"),
    ("0.9@1e300", "pool size after @ must be a whole number"),
    ("0.9@", "neither a number nor a readable .pool.csv"),
    ("ninety", "neither a number nor a readable .pool.csv"),
    ("", "--pool-accuracy is empty"),
    ("missing.pool.csv", "cannot read --pool-accuracy missing.pool.csv: no such file"),
])
def test_pool_accuracy_refuses_bad_values_in_one_line(value, message):
    with pytest.raises((ValueError, OSError), match=message) as info:
        read_pool_accuracy(value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("columns, message", [
    (dict(accuracy=None), r"lacks the column\(s\) accuracy"),
    (dict(accuracy=[0.9, 1.2, 0.9]), r"'accuracy' .* row 2 holds 1.2"),
    (dict(accuracy=[0.9, "x", 0.9]), r"'accuracy' .* must be numeric; row 2"),
    (dict(n_labels=[1347, 1348, 1347]), r"mixes pool sizes \(1,347, 1,348\)"),
    (dict(n_labels=[0, 0, 0]), r"'n_labels' .* row 1 holds 0"),
    (dict(label_noise=[0.0, 0.1, 0.0]), "mixes label noise levels"),
    (dict(seed=[0, 0, 1]), "seed 0 twice"),
    (dict(model=["logreg", "mlp", "mlp"]), "choose one with --model"),
])
def test_pool_accuracy_refuses_bad_files_in_one_line(tmp_path, columns, message):
    path = _pool_csv(tmp_path / "bad.pool.csv", **columns)
    with pytest.raises(ValueError, match=message) as info:
        read_pool_accuracy(str(path))
    assert "\n" not in str(info.value) and "bad.pool.csv" in str(info.value)


def test_pool_accuracy_refuses_odd_files(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(ValueError, match="empty.csv is empty"):
        read_pool_accuracy(tmp_path / "empty.csv")
    with pytest.raises(OSError, match="it is a folder"):
        read_pool_accuracy(str(tmp_path))
    with pytest.raises(OSError, match="not a regular file"):
        read_pool_accuracy("/dev/zero")
    big = tmp_path / "big.pool.csv"
    with big.open("wb") as fh:
        fh.truncate(MAX_POOL_BYTES + 1)
    with pytest.raises(OSError, match="over the .* limit of a .pool.csv"):
        read_pool_accuracy(big)
    (tmp_path / "header.csv").write_text("n_labels,accuracy\n")
    with pytest.raises(ValueError, match="has no rows"):
        read_pool_accuracy(tmp_path / "header.csv")
    (tmp_path / "twice.csv").write_text("n_labels,Accuracy,accuracy\n10,0.9,0.9\n")
    with pytest.raises(ValueError, match="twice|as 'Accuracy' and 'accuracy'"):
        read_pool_accuracy(tmp_path / "twice.csv")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.floats(allow_nan=True, allow_infinity=True),
                 st.from_regex(r"-?[0-9.e+-]{1,8}@-?[0-9.e+]{0,8}", fullmatch=True)))
def test_pool_accuracy_any_input_is_a_result_or_one_line(value):
    try:
        got = read_pool_accuracy(value)
    except (ValueError, OSError) as exc:
        assert "\n" not in str(exc) and "--pool-accuracy" in str(exc)
    else:
        assert 0.0 < got.accuracy <= 1.0 and got.se == 0.0 and got.n_seeds == 1
        assert got.n_labels is None or 1 <= got.n_labels
