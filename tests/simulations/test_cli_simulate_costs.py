"""`alplan simulate --cost-column` as a user runs it: the curves table's annotation_cost, and bad input refused
with exit 2 and one line naming the column."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.cli import main
from simulations.results.schema import CURVE_COLUMNS


def _data(tmp_path, seconds=None, n=120):
    rng = np.random.default_rng(0)
    y = np.arange(n) % 2
    df = pd.DataFrame({"f1": rng.normal(size=n) + y, "f2": rng.normal(size=n), "label": y,
                       "seconds": 10.0 + (np.arange(n) % 9) * 5.0 if seconds is None else seconds})
    path = tmp_path / "mine.csv"
    df.to_csv(path, index=False)
    return path


def _simulate(path, out, *flags):
    return main(["simulate", "--data", str(path), "--seeds", "2", "--initial", "6", "--batch-size", "5",
                 "--rounds", "3", "--workers", "1", "--out", str(out), *flags])


def test_each_run_records_its_cumulative_annotation_cost(tmp_path):
    path, out = _data(tmp_path), tmp_path / "c.csv"
    assert _simulate(path, out, "--cost-column", "seconds", "--strategies", "random,margin,roi") == 0
    df = pd.read_csv(out)
    assert tuple(df.columns) == CURVE_COLUMNS
    assert set(df["strategy"]) == {"random", "margin", "roi"}
    for _, run in df.groupby(["strategy", "seed"]):
        spent = run.sort_values("round")["annotation_cost"].to_numpy()
        assert np.all(np.diff(spent) >= 10.0 * 5)  # five labels a round, each at least 10 seconds
        assert spent[0] >= 10.0 * 6
    first = df[df["round"] == 0].groupby("seed")["annotation_cost"].nunique()
    assert (first == 1).all()  # every strategy starts from the same initial set, at the same cost


def test_without_the_flag_the_cost_is_a_feature_and_the_column_is_empty(tmp_path):
    path, out = _data(tmp_path), tmp_path / "c.csv"
    assert _simulate(path, out, "--strategies", "random") == 0
    assert pd.read_csv(out)["annotation_cost"].isna().all()


@pytest.mark.parametrize("seconds, flags, words", [
    (None, ["--cost-column", "time"], "no cost column 'time'"),
    (["12s"] * 120, ["--cost-column", "seconds"], "cost column 'seconds' is not numeric"),
    ([-1.0] + [3.0] * 119, ["--cost-column", "seconds"], "cost column 'seconds' is negative"),
    ([np.nan] + [3.0] * 119, ["--cost-column", "seconds"], "cost column 'seconds' has a missing, NaN or inf"),
    (None, ["--strategies", "random,roi"], "strategy 'roi' divides each example's score by its annotation cost"),
])
def test_bad_cost_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, seconds, flags, words):
    path, out = _data(tmp_path, seconds), tmp_path / "c.csv"
    assert _simulate(path, out, *flags) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and words in err and "Traceback" not in err
    assert not out.exists()


def test_a_proxy_data_set_has_no_cost_column(tmp_path, capsys):
    out = tmp_path / "c.csv"
    assert main(["simulate", "--dataset", "digits", "--cost-column", "seconds", "--out", str(out)]) == 2
    assert "give --data PATH" in capsys.readouterr().err and not out.exists()
