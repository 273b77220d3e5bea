"""Runs on the machine's cores: the same curves on any number of workers, one thread a run, round by round
progress from the workers, ``--workers 1`` in this process (small settings: digits, a few rounds)."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from planner.cli import main
from simulations.results.store import Store
from simulations.run.config import SimulationConfig
from simulations.run.cores import ENV
from simulations.run.executors import run_grid
from tests.simulations.builders import cli_refusal, same_curves

SMALL = dict(datasets=("digits",), initial=20, batch_size=10, rounds=3)


@pytest.mark.parametrize("model, params", [("logreg", ()), ("forest", (("n_estimators", 5),))])
def test_the_curves_are_the_same_on_one_and_on_two_workers(model, params):
    config = SimulationConfig(model=model, model_params=params, strategies=("random", "margin"), seeds=(0, 1),
                              **SMALL)
    same_curves(run_grid(config, workers=1), run_grid(config, workers=2))


def test_the_pool_reports_every_round_as_it_finishes():
    config = SimulationConfig(strategies=("random", "margin"), seeds=(0, 1), **SMALL)
    seen: list[tuple[int, int]] = []
    run_grid(config, workers=2, round_progress=lambda done, total: seen.append((done, total)))
    total = 4 * (SMALL["rounds"] + 1)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(set(done)) == total + 1  # every round, once, in order


def test_each_run_has_one_thread_in_this_process(monkeypatch):
    """Its sums add in the same order wherever it runs: one BLAS and OpenMP thread in this process too."""
    from threadpoolctl import threadpool_info

    import simulations.run.lockstep as lockstep

    real, threads = lockstep.run_group, []

    def spy(specs, progress=None):
        threads.extend(pool["num_threads"] for pool in threadpool_info())
        return real(specs, progress=progress)

    monkeypatch.setattr(lockstep, "run_group", spy)
    run_grid(SimulationConfig(strategies=("margin",), seeds=(0,), **SMALL), workers=1)
    assert threads and set(threads) == {1}


def _workers_of(db) -> set[str]:
    with Store(db, readonly=True) as store:
        return set(store.runs()["worker"])


def test_workers_1_runs_in_this_process_and_the_default_on_workers(tmp_path, monkeypatch, capsys):
    argv = ["simulate", "--dataset", "digits", "--strategies", "random,margin", "--seeds", "2", "--initial", "20",
            "--batch-size", "10", "--rounds", "2"]
    monkeypatch.setenv(ENV, "2")
    assert main([*argv, "--workers", "1", "--db", str(tmp_path / "one.db"), "--out", str(tmp_path / "one.csv")]) == 0
    assert all(w.endswith(f":{os.getpid()}") for w in _workers_of(tmp_path / "one.db"))
    capsys.readouterr()
    assert main([*argv, "--db", str(tmp_path / "two.db"), "--out", str(tmp_path / "two.csv")]) == 0
    assert "4 to run on 2 workers" in capsys.readouterr().err
    pool = _workers_of(tmp_path / "two.db")
    assert pool and not any(w.endswith(f":{os.getpid()}") for w in pool)
    same_curves(pd.read_csv(tmp_path / "one.csv"), pd.read_csv(tmp_path / "two.csv"))


@pytest.mark.parametrize("value", ["0", "many", "1.5"])
def test_a_bad_workers_value_is_one_line_and_exit_2(value, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", "--workers", value, "--out", str(tmp_path / "c.csv")])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--workers" in err and "-K for all usable cores but K" in err
    assert not (tmp_path / "c.csv").exists()


def test_a_bad_environment_variable_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV, "lots")
    out = tmp_path / "c.csv"
    argv = ["simulate", "--rounds", "1", "--seeds", "1", "--out", out]
    assert "ALPLAN_WORKERS='lots'" in cli_refusal(capsys, argv, out)


def test_a_cancel_from_the_round_callback_stops_the_workers_and_keeps_the_finished_runs(tmp_path):
    """The page's Cancel raises inside its progress callback: the pool's workers are stopped at once, the runs
    that finished stay stored, and a second call runs only the others."""
    import multiprocessing
    import time

    class Cancelled(Exception):
        pass

    config = SimulationConfig(strategies=("random", "margin", "entropy"), seeds=(0, 1, 2), **SMALL)
    total = 9 * (SMALL["rounds"] + 1)

    def cancel(done, _):
        if done >= total * 3 // 4:  # several runs finished (and were stored) by then, some not
            raise Cancelled

    db = tmp_path / "runs.db"
    with pytest.raises(Cancelled):
        run_grid(config, db=db, workers=2, round_progress=cancel)
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not multiprocessing.active_children()
    with Store(db, readonly=True) as store:
        done = int((store.runs()["status"] == "done").sum())
    assert 0 < done < 9
    seen: list[int] = []
    again = run_grid(config, db=db, workers=2, round_progress=lambda d, t: seen.append(d))
    assert seen[0] == done * (SMALL["rounds"] + 1) and seen[-1] == total
    same_curves(again, run_grid(config, workers=1))
