"""The default number of worker processes: affinity mask, cgroup CPU quota, memory, the user's choice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulations.run import cores
from simulations.run.config import SimulationConfig
from tests.simulations.builders import small_config

SPECS = small_config(("random", "margin"), range(6), rounds=2).runs()  # 12 runs


@pytest.mark.parametrize("text, cpus", [
    ("max 100000\n", None), ("200000 100000\n", 2.0), ("150000 100000", 1.5), ("50000 100000", 0.5),
    ("400000", 4.0), ("", None), ("not a quota", None), ("-1 100000", None), ("100000 0", None),
])
def test_a_cgroup_cpu_max_line_gives_its_cpus(text, cpus):
    assert cores.cpu_quota(text) == cpus


def test_the_quota_is_read_from_the_cgroup_files(tmp_path):
    (tmp_path / "cpu.max").write_text("300000 100000\n")
    assert cores.usable_cores(range(16), root=tmp_path) == 3
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert cores.usable_cores(range(16), root=tmp_path) == 16
    (tmp_path / "cpu.max").unlink()  # cgroup v1
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("250000\n")
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert cores.usable_cores(range(16), root=tmp_path) == 3  # 2.5 CPUs: a third worker still gets half a core
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("-1\n")
    assert cores.usable_cores(range(16), root=tmp_path) == 16
    assert cores.usable_cores(range(4), root=tmp_path / "absent") == 4


@settings(max_examples=25, derandomize=True, database=None)
@given(n=st.integers(1, 256), quota=st.one_of(st.none(), st.floats(0.01, 512)))
def test_usable_cores_are_the_affinity_at_most_the_quota_and_at_least_one(n, quota):
    got = cores.usable_cores(range(n), quota)
    assert 1 <= got <= n
    assert got == (n if quota is None else max(1, min(n, -int(-quota // 1))))


def test_this_machine_has_at_least_one_usable_core():
    import os

    assert 1 <= cores.usable_cores() <= (os.cpu_count() or 1)


def test_workers_asked_for_as_n_or_all_but_k():
    assert cores.requested_workers(3, cores=8) == 3
    assert cores.requested_workers("-1", cores=8) == 7
    assert cores.requested_workers(-20, cores=8) == 1
    for bad in (0, "0", "x", "1.5", True):
        with pytest.raises(ValueError, match="-K for all 8 usable cores but K"):
            cores.requested_workers(bad, cores=8)


def test_the_default_is_every_core_capped_by_runs_and_memory(monkeypatch):
    monkeypatch.delenv(cores.ENV, raising=False)
    assert cores.grid_workers(SPECS, cores=8, memory=None) == 8
    assert cores.grid_workers(SPECS, cores=64, memory=None) == 12  # never more workers than runs
    assert cores.grid_workers(SPECS[:1], cores=8, memory=None) == 1
    per_worker = cores.worker_bytes(SPECS)
    assert cores.grid_workers(SPECS, cores=8, memory=int(3 * per_worker / cores.MEMORY_SHARE)) == 3
    assert cores.grid_workers(SPECS, cores=8, memory=0) == 1  # always one
    assert cores.grid_workers(SPECS, -1, cores=8, memory=None) == 7
    assert cores.grid_workers(SPECS, 5, cores=2, memory=None) == 5  # a number above the cores is taken as given
    assert cores.grid_workers(SPECS, 5, cores=2, memory=0) == 1  # ... one above what memory holds is not
    assert cores.grid_workers(SPECS, 40, cores=8, memory=None) == 12


def test_a_bigger_data_set_or_torch_needs_more_memory_a_worker():
    small = cores.worker_bytes(SPECS)
    big = SimulationConfig(datasets=("synthetic",), dataset_params=(("n_features", 50), ("n_samples", 1_000_000)),
                           strategies=("margin",), seeds=(0,), rounds=2).runs()
    mlp = SimulationConfig(datasets=("digits",), model="mlp", strategies=("margin",), seeds=(0,), rounds=2).runs()
    assert cores.worker_bytes(big) >= small + cores.DATA_COPIES * 4 * 50 * 1_000_000 - cores.DATA_COPIES * 2**23
    assert cores.worker_bytes(mlp) > small


def test_the_environment_variable_sets_the_default(monkeypatch):
    monkeypatch.setenv(cores.ENV, "-1")
    assert cores.grid_workers(SPECS, cores=8, memory=None) == 7
    monkeypatch.setenv(cores.ENV, "2")
    assert cores.grid_workers(SPECS, cores=8, memory=None) == 2
    assert cores.grid_workers(SPECS, 1, cores=8, memory=None) == 1  # the argument wins over the variable
    monkeypatch.setenv(cores.ENV, "all")
    with pytest.raises(ValueError, match="ALPLAN_WORKERS='all'"):
        cores.grid_workers(SPECS, cores=8, memory=None)


def test_a_number_asked_from_any_source_is_capped_by_memory_and_runs_and_the_cap_is_said(monkeypatch):
    monkeypatch.delenv(cores.ENV, raising=False)
    per_worker = cores.worker_bytes(SPECS)
    memory = int(3 * per_worker / cores.MEMORY_SHARE)
    n, note = cores.worker_plan(SPECS, 999_999, source="grid.toml's workers", cores=2, memory=memory)
    assert n == 3 and note.startswith("workers: 999,999 asked by grid.toml's workers, 3 used: memory holds 3")
    assert "there are 12 runs" in note
    n, note = cores.worker_plan(SPECS, 40, cores=2, memory=None)
    assert (n, note) == (12, "workers: 40 asked by --workers, 12 used: there are 12 runs")
    monkeypatch.setenv(cores.ENV, "999999")
    n, note = cores.worker_plan(SPECS, cores=2, memory=memory)
    assert n == 3 and "asked by ALPLAN_WORKERS" in note
    assert cores.worker_plan(SPECS, 2, cores=2, memory=None) == (2, None)  # as asked: nothing to say
