"""Grids: expansion, grid files, resumable runs in a database, local worker processes.

Small settings throughout (digits, logreg, a few rounds); the Dask cluster
tests live in test_dask_cluster.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from planner.cli import main
from simulations.results.store import DEFAULT_DB as STORE_DEFAULT_DB
from simulations.results.store import Store
from simulations.run.config import DEFAULT_DB
from simulations.run.executors import run_grid
from simulations.run.grid import load_grid, parse_grid
from tests.simulations.builders import SMALL, cli_refusal, same_table, small_config, write


@pytest.fixture(scope="module")
def config():
    return small_config(("random", "margin"), (0, 1))


@pytest.fixture(scope="module")
def reference(config):
    """The grid run here, in this process, without a database."""
    return run_grid(config)


def test_grid_table_is_ordered_like_the_specs(config, reference):
    specs = config.runs()
    rounds = SMALL["rounds"] + 1
    assert len(reference) == len(specs) * rounds
    for i, spec in enumerate(specs):
        block = reference.iloc[i * rounds:(i + 1) * rounds]
        d = spec.to_dict()
        assert set(block["strategy"]) == {d["strategy"]} and set(block["seed"]) == {d["seed"]}
        assert block["round"].tolist() == list(range(rounds))
        assert block["n_labels"].tolist() == [20 + 10 * r for r in range(rounds)]
    assert reference["accuracy"].between(0, 1).all()


def test_database_run_and_rerun_give_the_same_table(config, reference, tmp_path):
    db = tmp_path / "runs.db"
    calls = []
    first = run_grid(config, db=db, progress=lambda d, t, info: calls.append((d, t, info)))
    same_table(first, reference)
    assert [c[0] for c in calls] == list(range(len(config.runs()) + 1))
    assert all(c[1] == len(config.runs()) for c in calls)
    assert "ETA" in calls[-1][2]

    calls.clear()
    again = run_grid(config, db=db, progress=lambda d, t, info: calls.append((d, t, info)))
    pd.testing.assert_frame_equal(again, first)  # read back bit for bit, timings included
    assert calls == [(4, 4, "4 already in the database, 0 to run")]
    with Store(db) as store:
        assert len(store.runs()) == 4 and (store.runs()["status"] == "done").all()
        assert (store.runs()["cpu_seconds"] > 0).all() and (store.runs()["wall_seconds"] > 0).all()
        keyed = store.curves(with_key=True)
        assert not keyed.duplicated(["run_key", "round"]).any()
        # forget one run: only that one runs again
        store.delete_runs(keys=[config.runs()[1].key()])
    calls.clear()
    third = run_grid(config, db=db, progress=lambda d, t, info: calls.append((d, t, info)))
    same_table(third, reference)
    assert calls[0] == (3, 4, "3 already in the database, 1 to run") and calls[-1][0] == 4


def test_two_worker_processes_give_the_same_table(config, reference, tmp_path):
    db = tmp_path / "runs.db"
    table = run_grid(config, db=db, workers=2)
    same_table(table, reference)
    with Store(db) as store:
        workers = set(store.runs()["worker"])
    assert all(str(os.getpid()) not in w for w in workers)  # ran in other processes


def test_a_grid_of_several_cells_expands_every_combination(tmp_path):
    grid = parse_grid({"datasets": ["digits"], "models": ["logreg"], "strategies": ["random", "margin"],
                       "seeds": [3, 5], "batch_sizes": [5, 10], "label_noise": [0.0, 0.1], "initial": 20,
                       "rounds": 2})
    specs = grid.specs()
    assert len(specs) == 2 * 2 * 2 * 2
    assert len({s.key() for s in specs}) == 16
    cells = {(d["strategy"], d["seed"], d["batch_size"], d["label_noise"]) for d in (s.to_dict() for s in specs)}
    assert cells == {(st, se, b, n) for st in ("random", "margin") for se in (3, 5) for b in (5, 10) for n in (0.0, 0.1)}


def test_duplicate_runs_are_refused(config):
    with pytest.raises(ValueError, match="same run twice"):
        run_grid(config.runs() + config.runs()[:1])
    with pytest.raises(ValueError, match="listed twice"):
        parse_grid({"seeds": [1, 1]})


def test_bad_workers_and_cluster_arguments(config):
    with pytest.raises(ValueError, match="workers"):
        run_grid(config, workers=0)
    with pytest.raises(ValueError, match="not both"):
        run_grid(config, workers=2, cluster="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="tcp://HOST:8786"):
        run_grid(config, cluster="not an address")


GRID_TOML = """
datasets = ["digits"]
models = ["logreg"]
strategies = ["random", "margin"]
seeds = {seeds}
batch_sizes = [10]
label_noise = 0.0
initial = 20
rounds = 3
db = "runs.db"
"""


def test_grid_file_paths_are_relative_to_the_file(tmp_path):
    grid = load_grid(write(tmp_path / "grid.toml", GRID_TOML.format(seeds=2) + 'out = "curves.parquet"\nworkers = 2\n'))
    assert grid.db == str(tmp_path / "runs.db") and grid.out == str(tmp_path / "curves.parquet")
    assert grid.workers == 2 and grid.cluster is None
    assert [s.to_dict()["seed"] for s in grid.specs()] == [0, 1, 0, 1]


@pytest.mark.parametrize("text, match", [
    ('strategies = ["random"]\nseed = 3\nfoo = 1\n', r"unknown key\(s\) 'foo', 'seed'; known keys: "),
    ('seeds = "three"\n', r"'seeds' must be a number of seeds"),
    ('seeds = 0\n', r"'seeds' must be a number of seeds \(>= 1\)"),
    ('strategies = ["random", "nope"]\n', r"grid.toml: unknown strategy 'nope'"),
    ('batch_sizes = [10, 0]\n', r"'batch_sizes' must be a whole number >= 1"),
    ('label_noise = 1.5\n', r"'label_noise' must be a number in \[0, 1\)"),
    ('rounds = 2.5\n', r"'rounds' must be a whole number >= 1, got 2.5"),
    ('warm_start = "yes"\n', r"'warm_start' must be true or false"),
    ('rounds = 2\nbudget = 100\n', r"give 'rounds' or 'budget', not both"),
    ('out = "x.xlsx"\n', r"'out' must end in \.csv or \.parquet"),
    ('cluster = "here"\n', r"tcp://HOST:8786"),
    ('strategies = [1, 2]\n', r"'strategies' must be a list of strategy names"),
    ('rounds = \n', r"grid.toml is not valid TOML"),
    ('confusion = 0.1\n', r"'confusion' must be a matrix written as a list of rows of numbers"),
    ('confusion = [0.9, 0.1]\n', r"'confusion' must be a matrix written as a list of rows of numbers"),
    ('confusion = [[0.9, "x"], [0.1, 0.9]]\n', r"'confusion' must be a matrix written as a list of rows"),
    ('confusion = [[0.9, 0.1], [0.1, 0.8, 0.1]]\n', r"'confusion' must be square .*: it has 2 rows but row 2 has 3"),
    ('confusion = [[1.1, -0.1], [0.2, 0.8]]\n', r"'confusion' row 1 has a negative entry \(-0.1\)"),
    ('confusion = [[0.9, 0.2], [0.2, 0.8]]\n', r"'confusion' row 1 sums to 1.1; each row must sum to 1"),
    ('confusion = [[0.9, 0.1], [0.2, 0.8]]\nlabel_noise = 0.1\n', r"give 'label_noise' or 'confusion', not both"),
    ('datasets = ["digits"]\nconfusion = [[0.9, 0.1], [0.2, 0.8]]\n',
     r"^grid.toml: confusion matrix has shape \(2, 2\): expected \(10, 10\), one row per true class$"),
])
def test_bad_grid_files_fail_in_one_line(tmp_path, text, match):
    with pytest.raises(ValueError, match=match) as info:
        load_grid(write(tmp_path / "grid.toml", text))
    assert "\n" not in str(info.value)


def noisy_digits(p_right: float = 0.9) -> list[list[float]]:
    """A 10-class confusion matrix: each digit is labeled as the next one with probability 1 - p_right."""
    return [[p_right if j == i else (1 - p_right if j == (i + 1) % 10 else 0.0) for j in range(10)]
            for i in range(10)]


def test_grid_file_confusion_matrix_reaches_the_runs(tmp_path, capsys):
    matrix = noisy_digits(0.9)
    path = write(tmp_path / "grid.toml", GRID_TOML.format(seeds=1).replace("label_noise = 0.0\n", "")
                 + "confusion = [\n" + "".join(f"  {row},\n" for row in matrix) + "]\n")
    grid = load_grid(path)
    specs = grid.specs()
    expected = small_config(("random", "margin"), confusion=tuple(map(tuple, matrix))).runs()
    assert specs == expected
    assert all(s.confusion == tuple(map(tuple, matrix)) for s in specs)
    assert all(s.label_noise == pytest.approx(0.1) for s in specs)  # the matrix's error rate
    # through the CLI: the runs are stored with that noise level, and differ from clean-label runs
    assert main(["grid", str(path)]) == 0
    with Store(tmp_path / "runs.db", readonly=True) as store:
        runs = store.runs()
    assert len(runs) == 2 and runs["label_noise"].tolist() == pytest.approx([0.1, 0.1])
    noisy = run_grid(grid, db=tmp_path / "runs.db")  # read back, in the order of the specs
    clean = run_grid(small_config(("random", "margin")))
    assert noisy["n_labels"].tolist() == clean["n_labels"].tolist()
    assert noisy["accuracy"].tolist() != clean["accuracy"].tolist()  # trained on the oracle's noisy labels


def test_cli_grid_with_a_bad_confusion_matrix_exits_2_with_one_line(tmp_path, capsys):
    path = write(tmp_path / "grid.toml", GRID_TOML.format(seeds=1).replace("label_noise = 0.0\n", "")
                 + "confusion = [[0.5, 0.6], [0.2, 0.8]]\n")
    err = cli_refusal(capsys, ["grid", path], tmp_path / "runs.db")
    assert err.startswith("alplan grid: error: grid.toml: 'confusion' row 1 sums to 1.1")


def test_cli_grid_bad_input_exits_2_with_one_line(tmp_path, capsys):
    assert "does not exist" in cli_refusal(capsys, ["grid", tmp_path / "missing.toml"])
    path = write(tmp_path / "grid.toml", "colour = 'red'\n")
    assert "unknown key(s) 'colour'" in cli_refusal(capsys, ["grid", path])
    path.write_text(GRID_TOML.format(seeds=1))
    out = tmp_path / "nowhere" / "c.csv"
    assert "does not exist" in cli_refusal(capsys, ["grid", path, "--out", out], tmp_path / "runs.db")  # nothing ran


def test_cli_grid_then_runs_and_export(tmp_path, capsys, config, reference):
    path = write(tmp_path / "grid.toml", GRID_TOML.format(seeds=2))
    out = tmp_path / "curves.csv"
    assert main(["grid", str(path), "--dry-run"]) == 0
    assert "4 runs in grid.toml: 0 already in" in capsys.readouterr().out
    assert not (tmp_path / "runs.db").exists()
    assert main(["grid", str(path), "--out", str(out)]) == 0
    same_table(Store(tmp_path / "runs.db", readonly=True).curves(), reference.sort_values(
        ["strategy", "seed", "round"], ignore_index=True))
    written = pd.read_csv(out)
    assert len(written) == len(reference)
    capsys.readouterr()

    assert main(["grid", str(path), "--dry-run", "--workers", "2"]) == 0
    assert "4 runs in grid.toml: 4 already in" in capsys.readouterr().out

    assert main(["runs", "--db", str(tmp_path / "runs.db")]) == 0
    text = capsys.readouterr().out
    assert "4 runs done, 0 interrupted or running, 0 failed" in text
    assert "margin" in text and "0-1" in text  # seeds 0-1 per strategy

    assert main(["runs", "--db", str(tmp_path / "runs.db"), "--all"]) == 0
    assert capsys.readouterr().out.count(" done ") == 4

    export = tmp_path / "export.parquet"
    assert main(["runs", "--db", str(tmp_path / "runs.db"), "--export", str(export)]) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(export), Store(tmp_path / "runs.db", readonly=True).curves())
    assert main(["runs", "--db", str(tmp_path / "runs.db"), "--export", str(tmp_path / "x.json")]) == 2
    assert not (tmp_path / "x.json").exists()


def test_cli_runs_without_a_database_says_how_to_make_one(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALPLAN_DB", raising=False)
    assert DEFAULT_DB is STORE_DEFAULT_DB  # one definition, read by the CLI and the page
    assert "no results database at .alplan/runs.db" in cli_refusal(capsys, ["runs"])
    monkeypatch.setenv("ALPLAN_DB", str(tmp_path / "elsewhere.db"))
    assert "no results database at " + str(tmp_path / "elsewhere.db") in cli_refusal(capsys, ["runs"])


def test_cli_simulate_with_db_stores_runs(tmp_path, capsys, reference):
    out = tmp_path / "c.parquet"
    db = tmp_path / "sim.db"
    argv = ["simulate", "--dataset", "digits", "--model", "logreg", "--strategies", "random,margin",
            "--seeds", "2", "--initial", "20", "--batch-size", "10", "--rounds", "3", "--db", str(db),
            "--out", str(out)]
    assert main(argv) == 0
    same_table(pd.read_parquet(out), reference)
    assert main(argv) == 0  # second time: everything from the database
    assert "4 already in the database" in capsys.readouterr().err
    assert len(Store(db, readonly=True).runs()) == 4


def _poll_done(db: Path, proc: subprocess.Popen, want: int, rounds: int, timeout: float = 120) -> set:
    """Wait until ``want`` runs are done, checking on the way that a reader only sees whole runs."""
    deadline = time.monotonic() + timeout
    done: set = set()
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store(db, readonly=True) as reader:
                    curves = reader.curves(with_key=True)
                    done = reader.completed_keys()
            except ValueError:  # the file exists but its tables are not created yet
                time.sleep(0.05)
                continue
            counts = curves.groupby("run_key").size()
            assert (counts == rounds + 1).all(), "a reader saw a run with missing rounds"
            assert set(counts.index) <= done  # (done is read after the curves: it can only grow)
            done = set(counts.index)
            if len(done) >= want:
                return done
        time.sleep(0.05)
    return done


def test_kill_9_mid_grid_then_rerun_gives_the_uninterrupted_table(tmp_path):
    # 24 runs: the kill comes on the 2nd stored run (an event), with 22 runs of work left as margin for a slow poller
    path = write(tmp_path / "grid.toml", GRID_TOML.format(seeds=12))
    grid = load_grid(path)
    total = len(grid.specs())
    db = tmp_path / "runs.db"
    alplan = [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())"]
    proc = subprocess.Popen([*alplan, "grid", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=tmp_path)
    try:
        done = _poll_done(db, proc, want=2, rounds=3)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        err = proc.stderr.read().decode()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err[-2000:]
    assert 2 <= len(done) < total, "the grid finished before it could be killed"
    with Store(db) as store:
        status = store.status()
        assert set(status.values()) <= {"done", "running"}
        assert len(store.curves()) == len(store.completed_keys()) * 4  # no half-written run

    resumed = run_grid(grid, db=db)
    uninterrupted = run_grid(grid)
    same_table(resumed, uninterrupted)
    with Store(db) as store:
        assert len(store.runs()) == total and (store.runs()["status"] == "done").all()
        keyed = store.curves(with_key=True)
        assert len(keyed) == total * 4 and not keyed.duplicated(["run_key", "round"]).any()


def test_a_failing_run_is_recorded_and_reported_in_one_line(tmp_path):
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    data = tmp_path / "pilot.csv"
    pd.DataFrame(X[:400]).assign(label=y[:400]).to_csv(data, index=False)
    config = small_config(datasets=("file",), data_file=str(data), rounds=2)
    specs = config.runs()
    data.write_text(data.read_text() + "0," * 64 + "1\n")  # the data changes after the grid was configured
    db = tmp_path / "runs.db"
    with pytest.raises(ValueError, match=r"^run file logreg random seed 0 batch 10 failed: data file .* changed") as info:
        run_grid(specs, db=db)
    assert "\n" not in str(info.value)
    with Store(db) as store:
        runs = store.runs()
        assert runs["status"].tolist() == ["failed"] and "changed" in runs["error"].iloc[0]
        assert store.curves().empty


# ------------------------------------------------------ torch only when used

TORCH_PROBE = '''
import json, sys
from pathlib import Path

import psutil

from simulations.run.config import SimulationConfig
from simulations.run.executors import run_grid


def maps_torch(pid):
    """Whether process pid has libtorch mapped (None if it is gone)."""
    try:
        return "libtorch" in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return None


if __name__ == "__main__":
    model, db, workers, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    config = SimulationConfig(datasets=("digits",), model=model, strategies=("random", "margin"),
                              seeds=tuple(range(seeds)), initial=20, batch_size=10, rounds=2)
    curves = run_grid(config, db=db, workers=workers)
    # the pool's workers have exited; the forkserver they were forked from lives until this process ends
    children = [maps_torch(p.pid) for p in psutil.Process().children(recursive=True)]
    print(json.dumps({"rows": len(curves), "torch": "torch" in sys.modules,
                      "children": [c for c in children if c is not None]}))
'''


def _probe(tmp_path: Path, *args) -> dict:
    import json

    script = tmp_path / "probe.py"
    script.write_text(TORCH_PROBE)
    proc = subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_uses_torch_names_torch_learners_and_strategies():
    from simulations.run.executors import uses_torch

    def spec(model, strategy):
        return small_config((strategy,), model=model).runs()[0]

    assert not uses_torch(spec("logreg", "margin"))
    assert not uses_torch(spec("logreg", "combined:margin+coreset"))
    assert uses_torch(spec("mlp", "random")) and uses_torch(spec("cnn", "random"))
    assert uses_torch(spec("logreg", "dal")) and uses_torch(spec("logreg", "combined:margin+adversarial"))


def test_logreg_runs_of_every_other_strategy_do_not_import_torch():
    """uses_torch's strategy list is complete: the rest run on logreg without torch (and the listed ones need it)."""
    code = (
        "import sys\n"
        "from simulations.run.config import SimulationConfig\n"
        "from simulations.run.executors import TORCH_STRATEGIES, execute_group, uses_torch\n"
        "from simulations.strategies import available\n"
        "from simulations.learners.models import capabilities\n"
        "from simulations.strategies import get\n"
        "names = [n for n in available() if n not in TORCH_STRATEGIES and get(n).needs <= capabilities('logreg')]\n"
        "config = SimulationConfig(datasets=('digits',), model='logreg', strategies=tuple(names), seeds=(0,),\n"
        "                          initial=20, batch_size=10, rounds=1)\n"
        "for spec in config.runs():\n"
        "    assert not uses_torch(spec)\n"
        "    execute_group([spec])\n"
        "    assert 'torch' not in sys.modules, spec.strategy\n"
        "dal = SimulationConfig(datasets=('digits',), model='logreg', strategies=('dal',), seeds=(0,),\n"
        "                       initial=20, batch_size=10, rounds=1).runs()[0]\n"
        "execute_group([dal])\n"
        "assert 'torch' in sys.modules\n"
        "print(len(names))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert int(proc.stdout) >= 10


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/PID/maps (Linux)")
def test_logreg_grid_on_two_workers_never_imports_torch(tmp_path):
    db = tmp_path / "runs.db"
    t0 = time.perf_counter()
    first = _probe(tmp_path, "logreg", db, 2, 2)
    print(f"2-worker 4-run logreg grid in a fresh process: {time.perf_counter() - t0:.2f} s")
    assert first["rows"] == 4 * 3
    assert first["torch"] is False  # this process
    # the workers were forked from this torch-free process (no forkserver left), or a forkserver without torch
    assert not any(first["children"])
    again = _probe(tmp_path, "logreg", db, 2, 2)  # nothing left to do
    assert again == {"rows": 12, "torch": False, "children": []}


def test_forked_pool_gives_the_same_table_as_one_process():
    code = ("import pandas as pd\n"
            "from simulations import SimulationConfig, simulate\n"
            "from simulations.run.executors import _fork_is_safe, run_grid\n"
            "config = SimulationConfig(strategies=('random', 'margin'), seeds=(0, 1), datasets=('digits',),\n"
            "                          initial=20, batch_size=10, rounds=3)\n"
            "assert _fork_is_safe(config.runs())\n"
            "t = ['train_seconds', 'query_seconds']\n"
            "a, b = run_grid(config, workers=2).drop(columns=t), simulate(config).drop(columns=t)\n"
            "pd.testing.assert_frame_equal(a, b, check_exact=True, check_dtype=False)\n"
            "print('same')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "same"


def test_pool_workers_fork_directly_only_when_it_is_safe():
    """Forked workers start in milliseconds, but only a single-threaded, torch-free
    process running torch-free runs may fork them (else: the forkserver)."""
    import threading

    from simulations.run.executors import _fork_is_safe

    def spec(model):
        return small_config(("margin",), model=model).runs()[0]

    code = ("import sys, threading\n"
            "from simulations.run.executors import _fork_is_safe\n"
            "from simulations.run.config import SimulationConfig\n"
            "logreg = SimulationConfig(strategies=('margin',), seeds=(0,), initial=20, batch_size=10, rounds=1).runs()\n"
            "mlp = SimulationConfig(model='mlp', strategies=('margin',), seeds=(0,), initial=20, batch_size=10,\n"
            "                       rounds=1).runs()\n"
            "before = _fork_is_safe(logreg), _fork_is_safe(logreg + mlp)\n"
            "import torch\n"
            "print(before, _fork_is_safe(logreg))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "(True, False) False"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:  # a second thread (a Streamlit server, a Dask client) may hold a lock the child would inherit
        assert not _fork_is_safe([spec("logreg")])
    finally:
        stop.set()
        other.join()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/PID/maps (Linux)")
def test_torch_grid_preloads_torch_and_a_finished_one_does_not_import_it(tmp_path):
    db = tmp_path / "runs.db"
    first = _probe(tmp_path, "mlp", db, 2, 1)
    assert first["rows"] == 2 * 3
    assert any(first["children"])  # the forkserver holds torch: workers start warm (and the probe sees it)
    again = _probe(tmp_path, "mlp", db, 2, 1)  # every run is in the database
    assert again == {"rows": 6, "torch": False, "children": []}


@pytest.mark.parametrize("extra, key", [
    ("hybrid_accuracy = [0.9]\nhybrid_holdout = 100000\n", "'hybrid_holdout'"),
    ("hybrid_holdout = 100\n", "'hybrid_accuracy'"),
    ('models = ["forest"]\nwarm_start = true\n', "'warm_start'"),
])
def test_a_grid_files_refusal_names_the_keys_the_user_wrote_never_a_flag(tmp_path, capsys, extra, key):
    grid = write(tmp_path / "g.toml", 'strategies = ["random"]\nseeds = 1\ninitial = 10\nbatch_sizes = 10\nrounds = 1\n'
                 + extra)
    err = cli_refusal(capsys, ["grid", grid, "--dry-run", "--db", tmp_path / "r.db"])
    assert err.startswith("alplan grid: error: g.toml: ") and key in err, err
    assert " --" not in err.removeprefix("alplan grid: error: "), err


FORKSERVER_PROBE = """
import json, sys, time
from multiprocessing import forkserver
from simulations.run.config import SimulationConfig
from simulations.run.executors import run_grid, start_forkserver
small = dict(datasets=("digits",), strategies=("random", "margin"), seeds=(0,), initial=20, batch_size=10, rounds=2)
logreg = SimulationConfig(model="logreg", **small).runs()
mlp = SimulationConfig(model="mlp", **small).runs()
out = {"logreg forks": start_forkserver(logreg, 2), "one worker": start_forkserver(mlp, 1),
       "started": start_forkserver(mlp, 2), "torch here": "torch" in sys.modules}
pid = forkserver._forkserver._forkserver_pid
deadline = time.monotonic() + 120
while time.monotonic() < deadline and "libtorch" not in open(f"/proc/{pid}/maps").read():
    time.sleep(0.2)
out["server holds torch"] = "libtorch" in open(f"/proc/{pid}/maps").read()
pool, here = run_grid(mlp, workers=2), run_grid(mlp, workers=1)
cols = [c for c in pool.columns if not c.endswith("_seconds")]
out["same curves"] = pool[cols].equals(here[cols])
out["same server"] = forkserver._forkserver._forkserver_pid == pid
print(json.dumps(out))
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the forkserver's memory map in /proc")
def test_the_forkserver_starts_early_with_torch_and_the_grid_forks_from_it(tmp_path):
    """start_forkserver (the page calls it before it times a study) starts the server that imports torch in the
    background; the grid's pool then forks from that same server, with the same curves as one process. Nothing
    starts where the pool would fork directly (logreg in a single-threaded process) or run here (one worker)."""
    import json

    script = tmp_path / "forkserver_probe.py"
    script.write_text(FORKSERVER_PROBE)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3])))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == {
        "logreg forks": False, "one worker": False, "started": True, "torch here": False,
        "server holds torch": True, "same curves": True, "same server": True}


def test_a_grid_files_workers_are_capped_by_runs_and_memory_and_the_cap_is_printed(tmp_path, capsys):
    path = write(tmp_path / "grid.toml", GRID_TOML.format(seeds=3) + "workers = 999999\n")
    assert main(["grid", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "6 to run on " in out and "999999 worker" not in out
    assert "workers: 999,999 asked by grid.toml's workers" in out and "there are 6 runs" in out
