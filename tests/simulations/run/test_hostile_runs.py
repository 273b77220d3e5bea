"""Hostile and broken input to the simulator's CLI, grids, databases and workers (issue 11)."""

import sqlite3

import pandas as pd
import pytest

from planner.cli import main
from tests.simulations.builders import cli_refusal, labeled_csv, write


def test_simulate_own_file_into_a_database_stores_the_run(tmp_path, capsys):
    data = labeled_csv(tmp_path / "good.csv")
    db, out = tmp_path / "runs.db", tmp_path / "c.csv"
    rc = main(["simulate", "--data", str(data), "--db", str(db), "--strategies", "random", "--seeds", "1",
               "--initial", "6", "--batch-size", "5", "--rounds", "2", "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    assert set(pd.read_csv(out)["dataset"]) == {"good.csv"}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT dataset, status FROM runs").fetchall() == [("good.csv", "done")]


def test_grid_with_a_data_file_runs_and_resumes(tmp_path, capsys):
    labeled_csv(tmp_path / "good.csv")
    grid = write(tmp_path / "g.toml", 'datasets = ["file"]\ndata_file = "good.csv"\nstrategies = ["random"]\n'
                 'seeds = 2\ninitial = 6\nbatch_sizes = 5\nrounds = 2\ndb = "runs.db"\n')
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
    assert words in cli_refusal(capsys, ["simulate", *SMALL[:2], *flags, "--out", out], out)


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
    err = cli_refusal(capsys, ["grid", write(tmp_path / "g.toml", text), "--dry-run"])
    assert words in err and err.startswith("alplan grid: error: g.toml")


def test_the_command_line_may_write_where_the_grid_file_may_not(tmp_path, capsys):
    inner = tmp_path / "inner"
    inner.mkdir()
    grid = write(inner / "g.toml", 'out = "../c.csv"\ndb = "../r.db"\nstrategies = ["random"]\nseeds = 1\n')
    assert main(["grid", str(grid), "--dry-run"]) == 2
    capsys.readouterr()
    assert main(["grid", str(grid), "--dry-run", "--out", str(tmp_path / "c.csv"), "--db", str(tmp_path / "r.db")]) == 0
    assert "1 runs in g.toml" in capsys.readouterr().out


def test_a_huge_grid_file_is_refused_before_parsing(tmp_path, capsys):
    grid = write(tmp_path / "g.toml", "# " + "x" * 2_000_000 + "\n")
    assert "over the 1,000,000-byte limit" in cli_refusal(capsys, ["grid", grid, "--dry-run"])
