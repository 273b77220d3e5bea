"""`alplan simulate` and `alplan datasets` as a user runs them."""

import re
import sys

import numpy as np
import pandas as pd
import pytest

from planner.cli import main
from simulations.results.schema import CURVE_COLUMNS
from tests.simulations.builders import cli_refusal, labeled_csv, same_curves


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_simulate_writes_the_curves_table(tmp_path, capsys, suffix):
    out = tmp_path / f"curves{suffix}"
    rc = main(["simulate", "--dataset", "digits", "--strategies", "random,margin", "--seeds", "2",
               "--initial", "10", "--batch-size", "10", "--rounds", "2", "--out", str(out)])
    assert rc == 0
    df = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
    assert tuple(df.columns) == CURVE_COLUMNS
    assert len(df) == 2 * 2 * 3
    assert sorted(df["n_labels"].unique()) == [10, 20, 30]
    assert "wrote 12 rows" in capsys.readouterr().err


def test_simulate_own_file_and_params(tmp_path):
    data, out = labeled_csv(tmp_path / "mine.csv", 200, label="target"), tmp_path / "c.csv"
    rc = main(["simulate", "--data", str(data), "--label-column", "target",
               "--strategies", "margin", "--seeds", "1", "--initial", "6", "--batch-size", "5",
               "--budget", "21", "--model-params", "weight_decay=0.5", "--out", str(out)])
    assert rc == 0
    df = pd.read_csv(out)
    assert df["n_labels"].tolist() == [6, 11, 16, 21]
    assert set(df["dataset"]) == {"mine.csv"}


def test_synthetic_params_from_the_command_line(tmp_path):
    out = tmp_path / "s.csv"
    rc = main(["simulate", "--dataset", "synthetic", "--dataset-params", "n_samples=3000,n_features=5,n_classes=4",
               "--strategies", "random", "--seeds", "1", "--rounds", "1", "--out", str(out)])
    assert rc == 0 and len(pd.read_csv(out)) == 2


def _bad_file(tmp_path):
    path = tmp_path / "one_class.csv"
    pd.DataFrame({"a": [1.0, 2.0, 3.0], "label": ["x", "x", "x"]}).to_csv(path, index=False)
    return ["--data", str(path)]


@pytest.mark.parametrize("flags, expected", [
    (["--dataset", "imagenet"], "digits, mnist1d, synthetic, breast_cancer"),
    (["--strategies", "random,psychic"], "random, least_confidence, margin"),
    (["--model", "svm"], "logreg, mlp, cnn"),
    (["--batch-size", "0"], "--batch-size"),
    (["--initial", "0"], "--initial"),
    (["--budget", "100000"], "only 1348 examples"),
    (["--rounds", "2", "--budget", "50"], "not both"),
    (["--dataset", "breast_cancer", "--model", "cnn"], "tabular"),
    (["--label-noise", "1.5"], "label-noise"),
    (["--data", "/no/such/file.csv"], "does not exist"),
    ("bad_file", "at least 2 classes"),
    (["--dataset-params", "n_samples"], "key=value"),
    (["--model-params", "depth=3"], "no parameter 'depth'"),
])
def test_bad_flags_exit_2_with_one_line_and_no_file(tmp_path, capsys, flags, expected):
    if flags == "bad_file":
        flags = _bad_file(tmp_path)
    out = tmp_path / "curves.csv"
    assert expected in cli_refusal(capsys, ["simulate", *flags, "--rounds" if "--rounds" not in flags and "--budget"
                                            not in flags else "--seeds", "1", "--out", out], out)
    assert list(tmp_path.glob("*curves*")) == []


def test_bad_output_path(tmp_path, capsys):
    rc = main(["simulate", "--rounds", "1", "--out", str(tmp_path / "missing" / "c.csv")])
    assert rc == 2 and "does not exist" in capsys.readouterr().err
    rc = main(["simulate", "--rounds", "1", "--out", str(tmp_path / "c.xlsx")])
    assert rc == 2 and ".csv or .parquet" in capsys.readouterr().err


def test_datasets_lists_every_proxy_and_file(capsys):
    assert main(["datasets"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.strip().splitlines()]
    assert names == ["digits", "mnist1d", "synthetic", "breast_cancer", "file"]


def test_bad_params_for_own_file(tmp_path, capsys):
    path = tmp_path / "own.csv"
    pd.DataFrame({"a": np.arange(40.0), "label": np.arange(40) % 2}).to_csv(path, index=False)
    out = tmp_path / "c.csv"
    for params, expected in (("foo=1", "no parameter 'foo'"), ("max_bytes=10", "over the 10 bytes limit")):
        argv = ["simulate", "--data", path, "--dataset-params", params, "--rounds", "1", "--out", out]
        assert expected in cli_refusal(capsys, argv, out)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_terminal_gets_a_bar_of_rounds_with_its_eta_and_a_pipe_gets_lines(tmp_path, capsys, monkeypatch, workers):
    argv = ["simulate", "--dataset", "digits", "--strategies", "random,margin", "--seeds", "2", "--initial", "10",
            "--batch-size", "10", "--rounds", "2", "--workers", workers, "--out", str(tmp_path / "c.csv")]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(argv) == 0
    err = capsys.readouterr().err
    frames = [f for f in err.replace("\r", "\n").splitlines() if "rounds" in f]
    # every round of the 4 runs (3 each), each frame with its elapsed time; a time left only as "about ... left"
    # (never tqdm's own first guess, "<00:02" or "?")
    assert any("12/12 rounds" in f for f in frames) and any("/12 rounds" in f and "12/12" not in f for f in frames)
    assert all(re.search(r"\[\d\d:\d\d(\]|, )", f) for f in frames if "/12" in f)
    assert not any(re.search(r"<|\?", f) for f in frames)
    assert all(re.search(r"about [^,\]]+ left", f) for f in frames if " left" in f)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert main([*argv[:-1], str(tmp_path / "d.csv"), "--db", str(tmp_path / "r.db")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("[0/4]") and lines[-2].startswith("[4/4]") and "ETA" in lines[-2]
    same_curves(pd.read_csv(tmp_path / "c.csv"), pd.read_csv(tmp_path / "d.csv"), check_exact=False)  # either way
