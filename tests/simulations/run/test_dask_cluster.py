"""A grid through a real Dask cluster: `dask scheduler` + two `dask worker` processes on 127.0.0.1.

One cluster per module (its start-up dominates the time); every process is
stopped in the fixture's finally-block (simulations.run.executors.local_cluster).
"""

from __future__ import annotations

import os

import pandas as pd
import pytest

from planner.cli import main
from simulations.results.store import Store
from simulations.run import executors as grid_module
from simulations.run.executors import local_cluster, run_grid
from tests.simulations.builders import same_curves, small_config

pytestmark = pytest.mark.cluster



@pytest.fixture(scope="module")
def cluster():
    with local_cluster(n_workers=2, host="127.0.0.1") as address:
        assert address.startswith("tcp://127.0.0.1:")
        yield address


@pytest.fixture(scope="module")
def config():
    return small_config(("random", "margin"), (0, 1))


def test_grid_through_the_cluster_equals_the_local_run(cluster, config, tmp_path):
    local = run_grid(config)
    db = tmp_path / "runs.db"
    calls = []
    remote = run_grid(config, cluster=cluster, db=db, progress=lambda d, t, i: calls.append(d))
    same_curves(remote, local)
    assert calls == [0, 1, 2, 3, 4]
    with Store(db, readonly=True) as store:
        runs = store.runs()
    assert (runs["status"] == "done").all() and len(runs) == 4
    assert all(str(os.getpid()) not in w for w in runs["worker"])  # computed by the workers
    # a re-run reads everything back from the database: nothing is sent to the cluster
    again = run_grid(config, cluster=cluster, db=db, progress=lambda d, t, i: calls.append((d, i)))
    pd.testing.assert_frame_equal(again, remote)
    assert calls[-1] == (4, "4 already in the database, 0 to run")


def test_cli_simulate_on_the_cluster(cluster, config, tmp_path, capsys):
    out = tmp_path / "c.parquet"
    argv = ["simulate", "--dataset", "digits", "--model", "logreg", "--strategies", "random,margin",
            "--seeds", "2", "--initial", "20", "--batch-size", "10", "--rounds", "3",
            "--cluster", cluster, "--out", str(out)]
    assert main(argv) == 0
    table = pd.read_parquet(out)
    local = run_grid(config)
    same_curves(table, local)


def test_unreachable_scheduler_is_one_line(config, capsys, monkeypatch):
    monkeypatch.setattr(grid_module, "CONNECT_TIMEOUT", 2.0)
    port = grid_module._free_port()
    with pytest.raises(OSError, match="cannot reach the Dask scheduler at tcp://127.0.0.1") as info:
        run_grid(config, cluster=f"tcp://127.0.0.1:{port}")
    assert "\n" not in str(info.value)


def test_the_workers_keep_glibcs_own_memory_trimming(cluster):
    """Dask's nanny would set MALLOC_TRIM_THRESHOLD_=65536 (a forest run then costs about 1.45x its CPU time);
    the local cluster's workers run without it, still on one thread."""
    from distributed import Client

    def setting():  # nested: sent by value, the workers cannot import this test module
        import os

        return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS")

    with Client(cluster, set_as_default=False) as client:
        settings = client.run(setting)
    assert len(settings) == 2 and set(settings.values()) == {(None, "1")}, settings
