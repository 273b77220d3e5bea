"""The independent scikit-learn AL truth's runner (benchmarks/forecast/sk_truth.py): small, deterministic, alplan-free."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]
SK_TRUTH = ROOT / "benchmarks" / "forecast" / "sk_truth.py"


@pytest.fixture(scope="module")
def sk():
    yield from loaded_script(SK_TRUTH, "sk_truth_under_test")


def _tiny(sk):
    return replace(sk.SPECS["iris"], learners=("gnb",), max_budget=60)


def test_sk_truth_imports_no_alplan_module():
    code = (f"import runpy, sys; sys.argv = ['sk_truth']; runpy.run_path({str(SK_TRUTH)!r}, run_name='not_main'); "
            "import json; print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert "sklearn" in modules  # the check would see an import if there were one
    alplan = [m for m in modules if m.split(".")[0] in ("planner", "simulations", "app")]
    assert alplan == []


def test_import_guard_names_alplan_modules(sk):
    assert sk.alplan_modules({"planner.decide.costs", "numpy", "simulations", "apple"}) == ["planner.decide.costs", "simulations"]


def test_tiny_run_is_deterministic_with_the_documented_columns(sk, tmp_path):
    spec = _tiny(sk)
    a = sk.build([spec], [0, 1], runs_dir=tmp_path / "a" / "runs", out_dir=tmp_path / "a", log=lambda m: None)
    b = sk.build([spec], [0, 1], runs_dir=tmp_path / "b" / "runs", out_dir=tmp_path / "b", log=lambda m: None)
    pd.testing.assert_frame_equal(a, b)
    assert list(a.columns) == sk.COLUMNS
    table = pd.read_parquet(tmp_path / "a" / "sk_truth.parquet")
    pd.testing.assert_frame_equal(table, a)
    assert set(a["strategy"]) == set(sk.strategies_for(spec, "gnb"))
    assert a["accuracy"].between(0, 1).all() and a["macro_f1"].between(0, 1).all()
    assert (a["label_noise"] == 0).all() and (a["part"] == sk.SPECS["iris"].part).all()
    for _, g in a.groupby(["strategy", "seed"]):
        n = g.sort_values("round")["n_labels"].to_numpy()
        assert (np.diff(n) > 0).all() and n[-1] == g["budget"].iloc[0]
    # seeds differ (a split per seed), strategies share their initial set within a seed
    first = a[a["round"] == 0].groupby("seed")["accuracy"].agg(["min", "max"])
    assert (first["min"] == first["max"]).all()
    ceiling = pd.read_parquet(tmp_path / "a" / "sk_ceiling.parquet")
    assert set(ceiling["strategy"]) == {"full_pool"} and len(ceiling) == 2
    assert (ceiling["n_labels"] == ceiling["pool_size"]).all()


def test_cached_runs_are_reused(sk, tmp_path):
    spec = _tiny(sk)
    sk.build([spec], [0], runs_dir=tmp_path / "runs", out_dir=tmp_path, log=lambda m: None)
    files = sorted((tmp_path / "runs").rglob("*.parquet"))
    stamps = [f.stat().st_mtime_ns for f in files]
    sk.build([spec], [0], runs_dir=tmp_path / "runs", out_dir=tmp_path, log=lambda m: None)
    assert [f.stat().st_mtime_ns for f in files] == stamps


def test_queries_pick_the_uncertain_and_the_far(sk):
    proba = np.array([[0.5, 0.5], [0.9, 0.1], [0.6, 0.4]])
    for s in ("margin", "entropy", "least_confidence"):
        assert int(np.argmax(sk.uncertainty(proba, s))) == 0
    X = np.array([[0.0], [1.0], [10.0], [2.0]])
    picked = sk.kcenter_greedy(X, np.array([0]), np.array([1, 2, 3]), 2)
    assert picked.tolist() == [1, 2]  # 10 is farthest from {0}; then 2 (distance 2) beats 1 (distance 1)


def test_bad_flags_exit_2_with_one_line(sk, capsys):
    assert sk.main(["--datasets", "nope"]) == 2
    assert sk.main(["--jobs", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("unknown data set(s) nope in --datasets") and err[1].startswith("--jobs must be")
    assert sk.main(["--batches", "x"]) == 2
    assert capsys.readouterr().err.startswith("--batches must be comma-separated whole numbers")
