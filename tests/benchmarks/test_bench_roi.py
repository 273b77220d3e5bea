"""benchmarks/bench_roi.py at tiny settings: its costs follow difficulty, and its table reads off real runs."""

import contextlib
import functools
import io
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from forecast_fakes import loaded_script

from planner.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    """The script, loaded once for the file; ``costly_digits`` (pure, its results only read) computed once per k."""
    for mod in loaded_script(ROOT / "benchmarks" / "bench_roi.py", "bench_roi_under_test"):
        mod.costly_digits = functools.lru_cache(maxsize=None)(mod.costly_digits)
        yield mod


def _cli_in_process(argv, **kw):
    """``subprocess.run`` for the script's ``python -m planner.cli ...`` calls: the same ``main`` run in this process
    (one start-up saved a call), its stdout captured, a non-zero exit raised as ``check=True`` would."""
    assert argv[:3] == [sys.executable, "-m", "planner.cli"] and kw.get("check"), argv
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(list(argv[3:]))
    if rc != 0:
        raise subprocess.CalledProcessError(rc, argv, out.getvalue())
    return subprocess.CompletedProcess(argv, rc, out.getvalue(), "")


def test_costs_run_from_1_to_1_plus_k_and_grow_with_the_distance_to_the_centroid(bench):
    table, cost = bench.costly_digits(4.0)
    assert table.shape == (1797, 65) and "label" in table.columns
    assert cost.min() == 1.0 and cost.max() == 5.0 and np.unique(cost).size == cost.size


def test_the_benchmark_runs_at_tiny_settings_and_reports_every_strategy(bench, tmp_path):
    varying, constant = bench.run(seeds=2, initial=20, batch=20, budget=60, target=0.5, k=4.0, folder=tmp_path)
    assert varying.startswith("| varying |") and constant.startswith("| constant |")
    cells = [c.strip() for c in constant.strip("|").split("|")]
    # with constant costs roi ranks as margin: the same picks, the same cost to target, never cheaper
    assert cells[4:7] == cells[7:10] and cells[10] == "1.00 (1.00-1.00)" and cells[11] == "0/2"
    assert "not reached" not in varying


def test_plan_in_cost_equals_plan_in_labels_where_every_example_costs_the_same(bench, tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "subprocess", SimpleNamespace(run=_cli_in_process))   # the script's own name only
    lines = bench.run(seeds=2, initial=20, batch=20, budget=100, target=0.5, k=4.0, folder=tmp_path,
                      prices=["5"])
    rows = {tuple(c.strip() for c in line.strip("|").split("|")[:2]): line.strip("|").split("|")[3:5]
            for line in lines[5:]}
    assert set(rows) == {(c, t) for c in ("varying", "constant") for t in ("0.90", "0.95")}
    for target in ("0.90", "0.95"):
        in_labels, in_cost = (c.strip() for c in rows[("constant", target)])
        assert in_cost == f"{in_labels} [margin 1.00x, roi 1.00x]"
        premiums = rows[("varying", target)][1].split("[")[1]
        assert "margin 1.00x" not in premiums   # the costs that vary are priced
