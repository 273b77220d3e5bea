"""The whole-pool ceiling: simulations.run.ceiling.full_pool_accuracy, its cache in the store, `simulate --full-pool`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.cli import build_parser, main
from simulations import full_pool_accuracy
from simulations.learners.models import make_learner
from simulations.results.store import Store
from simulations.run.ceiling import FULL_POOL, POOL_COLUMNS, full_pool_specs, pool_summary_lines
from simulations.run.config import RunSpec, SimulationConfig
from simulations.run.loop import load_dataset, macro_f1, run_one
from tests.simulations.builders import cli_refusal

ROOT = Path(__file__).resolve().parents[3]


def _config(**changes) -> SimulationConfig:
    settings = dict(datasets=("breast_cancer",), strategies=("random",), seeds=(0, 1), rounds=1)
    settings.update(changes)
    return SimulationConfig(**settings)


def test_table_has_one_row_per_seed_and_is_deterministic():
    cfg = _config(seeds=(0, 1, 2), label_noise=0.1)
    first = full_pool_accuracy(cfg)
    ds = load_dataset(cfg.runs()[0])
    assert tuple(first.columns) == POOL_COLUMNS
    assert first["seed"].tolist() == [0, 1, 2]
    assert (first["n_labels"] == ds.n_pool).all() and (first["n_test"] == ds.n_test).all()
    assert (first["dataset"] == "breast_cancer").all() and (first["model"] == "logreg").all()
    assert (first["label_noise"] == 0.1).all()
    pd.testing.assert_frame_equal(full_pool_accuracy(cfg), first)
    # the noisy labels are drawn per seed: three seeds do not all give the same accuracy at 10% noise
    assert first["accuracy"].nunique() > 1


def test_equals_logreg_trained_on_the_whole_pool_by_hand():
    cfg = _config(seeds=(3,))
    ds = load_dataset(cfg.runs()[0])
    learner = make_learner("logreg", n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape)
    learner.fit(ds.X_pool, ds.y_pool, rng=np.random.default_rng(0))
    pred = learner.predict(ds.X_test)
    row = full_pool_accuracy(cfg).iloc[0]
    assert row["accuracy"] == float(np.mean(pred == ds.y_test))
    assert row["macro_f1"] == macro_f1(ds.y_test, pred, ds.n_classes)
    assert row["n_labels"] == ds.n_pool


def test_model_params_reach_the_learner():
    strong = full_pool_accuracy(_config(seeds=(0,), model_params=(("weight_decay", 1e4),)))
    plain = full_pool_accuracy(_config(seeds=(0,)))
    assert strong["accuracy"].iloc[0] < plain["accuracy"].iloc[0]  # a huge penalty flattens the model


@pytest.mark.parametrize("strategy", ["random", "margin"])
@pytest.mark.parametrize("seed", [0, 1])
def test_an_al_run_that_labels_the_whole_pool_ends_at_the_ceiling(strategy, seed):
    ceiling = full_pool_accuracy(_config(seeds=(seed,))).iloc[0]
    n = int(ceiling["n_labels"])
    spec = RunSpec(dataset="breast_cancer", model="logreg", strategy=strategy, seed=seed, initial=20,
                   batch_size=150, rounds=3, budget=n)
    curve = run_one(spec)
    assert curve["n_labels"].iloc[-1] == n
    assert curve["accuracy"].iloc[-1] == ceiling["accuracy"]
    assert curve["macro_f1"].iloc[-1] == ceiling["macro_f1"]


def test_mlp_ceiling_is_deterministic_given_the_seed():
    cfg = _config(model="mlp", seeds=(0,), model_params=(("hidden", 8), ("steps", 30)))
    first = full_pool_accuracy(cfg)
    pd.testing.assert_frame_equal(full_pool_accuracy(cfg), first)
    assert 0.5 < first["accuracy"].iloc[0] <= 1.0


def test_stored_once_and_read_back_without_refitting(tmp_path, monkeypatch):
    db = tmp_path / "runs.db"
    cfg = _config(label_noise=0.05)
    first = full_pool_accuracy(cfg, db=db)

    def refit(spec):
        raise AssertionError("the stored ceiling was fitted again")

    monkeypatch.setattr("simulations.run.ceiling.full_pool_one", refit)
    pd.testing.assert_frame_equal(full_pool_accuracy(cfg, db=db), first)
    with Store(db, readonly=True) as store:
        runs = store.runs()
        assert runs["strategy"].tolist() == [FULL_POOL, FULL_POOL]
        assert runs["status"].tolist() == ["done", "done"] and runs["attempts"].tolist() == [1, 1]
        assert store.curves().empty  # the AL curves table never holds a ceiling
        stored = store.curves(strategy=FULL_POOL)
    assert stored["accuracy"].tolist() == first["accuracy"].tolist()
    assert (stored["n_labels"] == first["n_labels"]).all()


def test_the_cache_key_names_everything_that_changes_the_ceiling(tmp_path):
    base = full_pool_specs(_config(seeds=(0,)))[0]
    others = [
        full_pool_specs(_config(seeds=(1,)))[0],
        full_pool_specs(_config(seeds=(0,), label_noise=0.1))[0],
        full_pool_specs(_config(seeds=(0,), model_params=(("weight_decay", 2.0),)))[0],
        full_pool_specs(_config(seeds=(0,), dataset_params=(("test_size", 0.3),)))[0],
        full_pool_specs(_config(seeds=(0,), model="mlp"))[0],
    ]
    keys = {base.key(), *(o.key() for o in others)}
    assert len(keys) == 1 + len(others)
    assert base.key() == full_pool_specs(_config(seeds=(0,), strategies=("margin",), rounds=5))[0].key()
    assert "model_spec_version" in others[-1].to_dict()  # a learner's spec bump gives its ceilings new keys
    al_keys = {s.key() for s in _config(seeds=(0,)).runs()}
    assert base.key() not in al_keys


def test_a_changed_data_file_is_a_new_ceiling(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "mine.csv"

    def write(shift):
        y = np.arange(120) % 2
        pd.DataFrame({"a": rng.normal(size=120) + shift * y, "b": rng.normal(size=120), "label": y}).to_csv(
            path, index=False)

    write(2.0)
    cfg = SimulationConfig(datasets=("file",), data_file=str(path), strategies=("random",), seeds=(0,),
                           initial=6, batch_size=5, rounds=1)
    first = full_pool_accuracy(cfg, db=tmp_path / "r.db")
    assert first["dataset"].tolist() == ["mine.csv"]
    write(0.0)
    again = full_pool_accuracy(cfg, db=tmp_path / "r.db")
    with Store(tmp_path / "r.db", readonly=True) as store:
        assert len(store.runs()) == 2  # the new file's hash is a new key: computed, not read back
    assert again["accuracy"].iloc[0] != first["accuracy"].iloc[0]


def test_kill_9_mid_computation_leaves_no_row(tmp_path):
    """The process dies inside the fit: the run stays 'running' with no curve row, and is computed next time."""
    db = tmp_path / "runs.db"
    script = textwrap.dedent(f"""
        import os, signal
        import simulations.run.ceiling as ceiling
        from simulations.run.config import SimulationConfig

        def die(spec):
            os.kill(os.getpid(), signal.SIGKILL)

        ceiling.full_pool_one = die
        ceiling.full_pool_accuracy(SimulationConfig(datasets=("breast_cancer",), seeds=(0,), rounds=1),
                                   db={str(db)!r})
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        assert store.runs()["status"].tolist() == ["running"]
        assert store.curves(strategy=FULL_POOL).empty
        table = full_pool_accuracy(_config(seeds=(0,)), db=store)
        assert store.runs()["status"].tolist() == ["done"]
        assert len(store.curves(strategy=FULL_POOL)) == 1
    assert table["accuracy"].iloc[0] == full_pool_accuracy(_config(seeds=(0,)))["accuracy"].iloc[0]


def test_summary_line():
    table = pd.DataFrame({"dataset": ["digits"] * 3, "model": ["logreg"] * 3, "seed": [0, 1, 2],
                          "label_noise": [0.0] * 3, "n_labels": [1347] * 3, "n_test": [450] * 3,
                          "accuracy": [0.971, 0.976, 0.980], "macro_f1": [0.97] * 3})
    assert pool_summary_lines(table) == [
        "digits logreg: with the whole pool of 1,347 labeled: accuracy 0.976 (0.971-0.980 over 3 seeds)"]
    same = table.assign(accuracy=0.9)
    assert pool_summary_lines(same)[0].endswith("accuracy 0.900 (the same over 3 seeds)")
    assert pool_summary_lines(table.iloc[:1].assign(label_noise=0.1))[0] == (
        "digits logreg: with the whole pool of 1,347 labeled at label noise 0.1: accuracy 0.971 (1 seed)")


# ------------------------------------------------------------------ CLI


def test_simulate_full_pool_writes_the_pool_csv_and_prints_the_ceiling(tmp_path, capsys):
    out = tmp_path / "curves.parquet"
    db = tmp_path / "runs.db"
    argv = ["simulate", "--dataset", "breast_cancer", "--strategies", "random", "--seeds", "2", "--rounds", "1",
            "--label-noise", "0.1", "--out", str(out), "--db", str(db), "--full-pool"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    pool = pd.read_csv(tmp_path / "curves.pool.csv")
    assert tuple(pool.columns) == POOL_COLUMNS and pool["seed"].tolist() == [0, 1]
    assert pool_summary_lines(pool) == captured.out.strip().splitlines()
    assert "with the whole pool of 427 labeled at label noise 0.1: accuracy" in captured.out
    assert len(pd.read_parquet(out)) == 2 * 2  # the curves are written too
    assert main(argv) == 0  # again: read back from the database
    assert capsys.readouterr().out == captured.out
    with Store(db, readonly=True) as store:
        runs = store.runs()
    assert (runs.loc[runs["strategy"] == FULL_POOL, "attempts"] == 1).all()
    assert (runs["strategy"] == FULL_POOL).sum() == 2


def test_simulate_without_full_pool_writes_no_pool_csv(tmp_path, capsys):
    out = tmp_path / "c.csv"
    assert main(["simulate", "--dataset", "breast_cancer", "--strategies", "random", "--seeds", "1",
                 "--rounds", "1", "--out", str(out)]) == 0
    assert out.exists() and not (tmp_path / "c.pool.csv").exists()
    assert capsys.readouterr().out == ""


def test_simulate_full_pool_bad_input_writes_nothing(tmp_path, capsys):
    assert "weight_decay" in cli_refusal(capsys, ["simulate", "--dataset", "breast_cancer", "--seeds", "1", "--rounds",
                                                  "1", "--model-params", "weight_decay=-1", "--out",
                                                  tmp_path / "c.csv", "--full-pool"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["plan", "replan", "fit"])
def test_pool_accuracy_flag_is_read_into_args(tmp_path, command):
    pool = tmp_path / "p.pool.csv"
    pd.DataFrame({"dataset": ["digits", "digits"], "model": ["logreg"] * 2, "seed": [0, 1],
                  "label_noise": [0.0, 0.0], "n_labels": [1347, 1347], "n_test": [450, 450],
                  "accuracy": [0.97, 0.98], "macro_f1": [0.97, 0.98]}).to_csv(pool, index=False)
    from planner.cli import _read_pool_accuracy

    for value, expected in ((str(pool), (1347, 0.975, 0.005, 2)), ("0.976@1347", (1347, 0.976, 0.0, 1))):
        args = build_parser().parse_args([command, "c.csv", "--target", "0.9", "--pool-accuracy", value])
        _read_pool_accuracy(args)
        assert tuple(args.pool_accuracy) == pytest.approx(expected)
    args = build_parser().parse_args([command, "c.csv", "--target", "0.9"])
    _read_pool_accuracy(args)
    assert args.pool_accuracy is None


@pytest.mark.parametrize("command", ["plan", "replan", "fit"])
def test_bad_pool_accuracy_is_one_line_exit_2(tmp_path, capsys, command):
    curves = tmp_path / "c.csv"
    pd.DataFrame({"strategy": ["random"] * 3, "n_labels": [10, 20, 30], "accuracy": [0.5, 0.6, 0.65]}).to_csv(
        curves, index=False)
    assert cli_refusal(capsys, [command, curves, "--target", "0.9", "--pool-accuracy", "97.6"]) == (
        f"alplan {command}: error: --pool-accuracy accuracy must be a fraction in (0, 1], got 97.6: "
        "write e.g. 0.976 for 97.6%")


def _measured_curves(path, *, dataset="digits", model="logreg"):
    """A random pilot measured to about 83% at 200 labels, its data set and learner named in its rows."""
    rows = [{"dataset": dataset, "model": model, "strategy": "random", "seed": seed, "n_labels": n,
             "accuracy": 0.888 - 0.3 * (n / 20) ** -0.7 + 0.002 * seed} for seed in (0, 1) for n in range(20, 201, 20)]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


PRICES = {"plan": ["--target", "0.9", "--label-price", "0.1"], "budget": ["--labels", "500", "--label-price", "0.1"],
          "replan": ["--target", "0.9", "--label-price", "0.1"], "fit": ["--target", "0.9"]}


@pytest.mark.parametrize("command", ["plan", "budget", "replan", "fit"])
@pytest.mark.parametrize("column, other", [("dataset", "breast_cancer"), ("model", "forest")])
def test_a_pool_file_of_another_data_set_or_learner_is_refused(tmp_path, capsys, command, column, other):
    # no --dataset or --model: the curves' own columns say which data set and learner the pool must be of
    curves = _measured_curves(tmp_path / "c.csv")
    pool = tmp_path / "p.pool.csv"
    pd.DataFrame({"dataset": ["digits"] * 2, "model": ["logreg"] * 2, "seed": [0, 1], "label_noise": [0.0, 0.0],
                  "n_labels": [1347, 1347], "accuracy": [0.97, 0.98]}).assign(**{column: other}).to_csv(pool,
                                                                                                       index=False)
    err = cli_refusal(capsys, [command, curves, *PRICES[command], "--pool-accuracy", pool])
    assert f"{column} {other!r}" in err and "the curves" in err and "p.pool.csv" in err, err
    # the pool of the curves' own data set and learner is read
    pool.write_text(pool.read_text().replace(other, "digits" if column == "dataset" else "logreg"))
    assert main([command, str(curves), *PRICES[command], "--pool-accuracy", str(pool)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("command", ["plan", "budget", "replan", "fit"])
def test_a_pool_score_below_the_curves_own_measurements_is_refused(tmp_path, capsys, command):
    curves = _measured_curves(tmp_path / "c.csv")
    top = pd.read_csv(curves).groupby("n_labels")["accuracy"].mean().max()
    err = cli_refusal(capsys, [command, curves, *PRICES[command], "--pool-accuracy", "0.5@1000"])
    assert err.startswith(f"alplan {command}: error: --pool-accuracy 50.0% is below") and f"{top:.1%}" in err
    # a whole-pool score at the measurements' level (within their noise) is kept
    assert main([command, str(curves), *PRICES[command], "--pool-accuracy", f"{top - 0.01:.3f}@1000"]) == 0
    capsys.readouterr()


def test_runs_export_holds_only_al_curves(tmp_path, capsys):
    db = tmp_path / "runs.db"
    assert main(["simulate", "--dataset", "breast_cancer", "--strategies", "random", "--seeds", "2", "--rounds", "1",
                 "--out", str(tmp_path / "c.csv"), "--db", str(db), "--full-pool"]) == 0
    capsys.readouterr()
    assert main(["runs", "--db", str(db), "--export", str(tmp_path / "all.csv")]) == 0
    exported = pd.read_csv(tmp_path / "all.csv")
    assert set(exported["strategy"]) == {"random"} and len(exported) == 2 * 2
    assert "wrote 4 rows (2 runs)" in capsys.readouterr().err
