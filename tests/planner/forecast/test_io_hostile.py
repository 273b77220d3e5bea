"""Hostile curves tables (issue 11): each refused in one line naming the input and the fix, bounded in time/memory."""

import os

import numpy as np
import pandas as pd
import pytest

import planner.forecast.io
from planner.forecast.io import read_curves
from planner.forecast.pool_accuracy import read_pool_accuracy
from planner.present.fit_summary import fit_strategies


def curve_rows(strategies=("random", "margin"), counts=(20, 40, 80, 160)):
    return [dict(strategy=s, n_labels=n, accuracy=round(0.9 - 2 / n, 4)) for s in strategies for n in counts]


def csv_text(rows, columns=None):
    return pd.DataFrame(rows, columns=columns).to_csv(index=False)


@pytest.mark.parametrize("header", ["strategy,n_labels,accuracy,Accuracy", "strategy,n_labels,accuracy,accuracy",
                                    "strategy,n_labels,accuracy, N_Labels"])
def test_duplicate_or_case_folded_columns_are_refused(tmp_path, cli, header):
    path = tmp_path / "dup.csv"
    path.write_text(header + "\n" + "\n".join(f"random,{n},0.8,0.8" for n in (10, 20, 40)) + "\n")
    code, _, err = cli("fit", path, "--target", "0.9")
    err = err.strip()
    assert code == 2 and "\n" not in err and "dup.csv" in err and "rename or remove one" in err


@pytest.mark.parametrize("row, column, value, match", [
    (3, "accuracy", 1.5, r"mixes scales.*row 4 holds 1.5"),
    (1, "n_labels", 20.5, r"whole numbers; row 2 has 20.5"),
    (2, "n_labels", 1e300, r"row 3, above 1,000,000,000"),
])
def test_a_cell_off_the_columns_scale_is_refused_naming_its_row(row, column, value, match):
    rows = curve_rows()
    rows[row][column] = value
    with pytest.raises(ValueError, match=match):
        read_curves(pd.DataFrame(rows))


def test_all_percent_accuracy_is_read_as_percent():
    percent = pd.DataFrame(curve_rows()).assign(accuracy=lambda d: d["accuracy"] * 100)
    assert read_curves(percent)["accuracy"].max() <= 1


@pytest.mark.parametrize("name, words", [("   ", "blank in row 1"), ("ran\ndom", "line break"),
                                         ("a\rb", "line break")])
def test_blank_and_multiline_strategy_names_are_refused(name, words):
    with pytest.raises(ValueError, match=words):
        read_curves(pd.DataFrame(curve_rows(strategies=(name,))))


def test_a_falling_curve_is_accepted_with_a_warning_and_forecast_from_what_it_shows():
    # real learners dip (issue 18: SVC with a sigmoid kernel, MultinomialNB, LDA): data, not an error
    rows = [dict(strategy="random", seed=s, n_labels=n, accuracy=a - 0.01 * s)
            for s in range(3) for n, a in ((20, 0.95), (50, 0.9), (100, 0.85), (200, 0.8))]
    df = read_curves(pd.DataFrame(rows))
    assert any("falls as labels grow (0.94 at 20 labels, 0.79 at 200)" in n for n in df.attrs["notes"])

    fc = fit_strategies(df)["random"]
    lo, hi = fc.interval([400, 1600])
    assert np.all(hi < 0.95)                  # it does not climb back to where it started
    assert fc.labels_for(0.97) == float("inf")


def test_an_empty_upload_gets_a_sentence_naming_it():
    for data in (b"", b"\n\n"):
        with pytest.raises(ValueError, match=r"^pilot.csv is empty: give a table"):
            read_curves(data, name="pilot.csv")


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_non_regular_files_are_refused_at_once(tmp_path, cli, kind):
    if kind == "device":
        path = "/dev/zero"
    else:
        path = str(tmp_path / "pipe.csv")
        os.mkfifo(path)  # opening it for reading would block forever
    code, _, err = cli("plan", path, "--target", "0.9", "--label-price", "1")
    err = err.strip()
    assert code == 2 and "not a regular file" in err and path in err and "\n" not in err


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text(csv_text(curve_rows()))
    monkeypatch.setattr(planner.forecast.io, "MAX_CURVES_BYTES", 100)
    with pytest.raises(OSError, match=r"over the 100 bytes limit"):
        read_curves(path)


def test_a_parquet_bomb_is_refused_from_its_metadata(tmp_path, monkeypatch):
    path = tmp_path / "bomb.parquet"
    pd.DataFrame({"strategy": ["random"] * 5000, "n_labels": np.arange(1, 5001), "accuracy": 0.5}).to_parquet(path)
    monkeypatch.setattr(planner.forecast.io, "MAX_CELLS", 1000)
    with pytest.raises(ValueError, match=r"5,000 rows x 3 columns, over the 1,000-cell limit"):
        read_curves(path)


@pytest.mark.parametrize("value", ["/\n", "missing\n.csv", "dir/\u2028x.csv"])
def test_a_pool_accuracy_name_with_a_line_break_is_refused_in_one_line(value):
    with pytest.raises((OSError, ValueError)) as info:
        read_pool_accuracy(value)
    msg = str(info.value)
    assert "\n" not in msg and "\u2028" not in msg and "--pool-accuracy" in msg


@pytest.mark.parametrize("value", ["0", "-3", "12.5", "1e12", "many"])
def test_a_bad_test_size_is_refused_in_one_line(value):
    rows = pd.DataFrame(curve_rows()).assign(test_size="449")
    rows.loc[2, "test_size"] = value
    with pytest.raises(ValueError, match=r"test_size in .* whole number of test examples .* row 3 has") as exc:
        read_curves(rows)
    assert "\n" not in str(exc.value)


def test_a_test_size_column_is_read_by_any_case_and_may_be_empty():
    rows = pd.DataFrame(curve_rows()).assign(Test_Size=[449.0] * 4 + [np.nan] * 4)
    sizes = read_curves(rows)["test_size"]
    assert sizes.iloc[:4].tolist() == [449.0] * 4 and sizes.iloc[4:].isna().all()


def test_the_planner_reads_parquet_and_names_with_the_simulators_lines():
    """Neither half imports the other, so each keeps the Parquet guard and the one-line-name pattern; the two
    copies are the same, character for character (a fix to one fails here until the other has it)."""
    import inspect

    import planner.forecast.messages
    import planner.forecast.parquet
    import simulations.results.schema

    for name in ("read_parquet_bounded", "_is_text"):
        planner_copy = inspect.getsource(getattr(planner.forecast.parquet, name))
        assert planner_copy == inspect.getsource(getattr(simulations.results.schema, name)), name
    assert planner.forecast.parquet.MAX_PARQUET_DECODED_BYTES == simulations.results.schema.MAX_PARQUET_DECODED_BYTES
    assert planner.forecast.messages.LINE_BREAKING == simulations.results.schema.LINE_BREAKING

