"""Hostile and broken input to the simulator's CLI, grids, databases and workers (issue 11)."""

import sqlite3

import numpy as np
import pandas as pd
import pytest

from planner.cli import main


def _labeled_csv(path, n=120):
    rng = np.random.default_rng(0)
    y = np.arange(n) % 2
    pd.DataFrame({"f1": rng.normal(size=n) + y, "f2": rng.normal(size=n), "label": y}).to_csv(path, index=False)
    return path


def test_simulate_own_file_into_a_database_stores_the_run(tmp_path, capsys):
    data = _labeled_csv(tmp_path / "good.csv")
    db, out = tmp_path / "runs.db", tmp_path / "c.csv"
    rc = main(["simulate", "--data", str(data), "--db", str(db), "--strategies", "random", "--seeds", "1",
               "--initial", "6", "--batch-size", "5", "--rounds", "2", "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    assert set(pd.read_csv(out)["dataset"]) == {"good.csv"}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT dataset, status FROM runs").fetchall() == [("good.csv", "done")]


def test_grid_with_a_data_file_runs_and_resumes(tmp_path, capsys):
    _labeled_csv(tmp_path / "good.csv")
    grid = tmp_path / "g.toml"
    grid.write_text('datasets = ["file"]\ndata_file = "good.csv"\nstrategies = ["random"]\nseeds = 2\n'
                    'initial = 6\nbatch_sizes = 5\nrounds = 2\ndb = "runs.db"\n')
    assert main(["grid", str(grid)]) == 0, capsys.readouterr().err
    assert main(["grid", str(grid), "--dry-run"]) == 0
    assert "2 already in" in capsys.readouterr().out


# ------------------------------------------------------------ numeric bounds

SMALL = ["--strategies", "random", "--initial", "6", "--batch-size", "5"]


@pytest.mark.parametrize("flags, words", [
    (["--seeds", "1000000000"], "--seeds must be at most 100,000"),
    (["--seed-start", "100000000000000000000000"], "the last seed at most 4,294,967,295"),
    (["--budget", "1000000000000"], "--budget must be a whole number from 1 to 100,000,000"),
    (["--budget", "50000000", "--batch-size", "1"], "more than 100,000 rounds"),
    (["--rounds", "100000000000000000"], "--rounds must be a whole number from 1 to 100,000"),
    (["--initial", "1000000000000"], "--initial must be a whole number from 1 to 100,000,000"),
    (["--model", "mlp", "--model-params", "hidden=1000000000"], "mlp: hidden must be a whole number from 1 to 4,096"),
    (["--model", "cnn", "--model-params", "channels=100000000"], "cnn: channels must be a whole number from 1 to 4,096"),
    (["--model-params", "max_iter=10000000000"], "logreg: max_iter must be a whole number from 1 to 1,000,000"),
])
def test_huge_simulation_numbers_are_refused_before_allocating(tmp_path, capsys, flags, words):
    out = tmp_path / "c.csv"
    rc = main(["simulate", *SMALL[:2], *flags, "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and words in err and "\n" not in err, err
    assert not out.exists()


def write_grid(tmp_path, text, name="g.toml"):
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("text, words", [
    ("seeds = 100000000\n", "the grid has 200,000,000 runs, over the 100,000 limit"),
    ('strategies = ["random", "margin", "entropy"]\nseeds = 40000\n', "120,000 runs"),
    ("rounds = 100000000000000000\n", "'rounds' must be a whole number from 1 to 100,000"),
    ("seeds = [0, 99999999999]\n", "seed must be a whole number from 0 to 4,294,967,295"),
    ('[dataset_params]\ntest_size = "lots"\n', "test_size must be a fraction in (0, 1) or a whole count, got 'lots'"),
    ("confusion = [[0, 1], [1, 0]]\n", "only zeros on its diagonal"),
    ('out = "/etc/alplan.csv"\n', "outside the grid file's folder"),
    ('db = "../../runs.db"\n', "outside the grid file's folder"),
])
def test_bad_grid_values_are_refused_quickly_in_one_line(tmp_path, capsys, text, words):
    grid = write_grid(tmp_path, text)
    rc = main(["grid", str(grid), "--dry-run"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and words in err and "\n" not in err, err
    assert err.startswith("alplan grid: error: g.toml")


def test_the_command_line_may_write_where_the_grid_file_may_not(tmp_path, capsys):
    inner = tmp_path / "inner"
    inner.mkdir()
    grid = write_grid(inner, 'out = "../c.csv"\ndb = "../r.db"\nstrategies = ["random"]\nseeds = 1\n')
    assert main(["grid", str(grid), "--dry-run"]) == 2
    capsys.readouterr()
    assert main(["grid", str(grid), "--dry-run", "--out", str(tmp_path / "c.csv"), "--db", str(tmp_path / "r.db")]) == 0
    assert "1 runs in g.toml" in capsys.readouterr().out


def test_a_huge_grid_file_is_refused_before_parsing(tmp_path, capsys):
    grid = write_grid(tmp_path, "# " + "x" * 2_000_000 + "\n")
    assert main(["grid", str(grid), "--dry-run"]) == 2
    assert "over the 1,000,000-byte limit" in capsys.readouterr().err
