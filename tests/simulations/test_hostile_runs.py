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
