"""Property-based fuzzing of every input alplan reads (issue 11): curve tables, labeled files, grid files,
flag values and the text it writes. Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES)."""

from __future__ import annotations

import io
import json
import math
import tempfile
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from planner.cli import build_parser, main
from planner.forecast.io import MAX_LABELS, MAX_TEST_SIZE, read_curves
from planner.present.report import _script_json
from simulations.data.datasets import load_file
from simulations.results.schema import FORMULA_STARTS, to_safe_csv
from simulations.run.config import MAX_RUNS, RunSpec
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import (NASTY_NUMBER, NASTY_TEXT, curve_table_csv, grid_toml, labeled_file)
from tests.fuzz.promise import answered_or_refused, assert_cli_refusal, assert_one_line


# ------------------------------------------------------------------ curve tables

@FUZZ
@given(data=curve_table_csv())
def test_any_curve_table_is_read_cleanly_or_refused_in_one_line(data):
    try:
        df = read_curves(data, name="pilot.csv")
    except (ValueError, OSError) as exc:
        assert_one_line(exc)
        return
    assert {"strategy", "n_labels", "accuracy"} <= set(df.columns)
    assert df["accuracy"].between(0, 1).all()
    n = df["n_labels"].to_numpy()
    assert np.all(n >= 1) and np.all(n <= MAX_LABELS) and np.all(n == np.round(n))
    names = df["strategy"].astype(str)
    assert (names.str.strip() != "").all() and not names.str.contains(r"[\x00-\x1f\x7f]").any()
    folded = [c.strip().lower() for c in df.columns]
    assert len(folded) == len(set(folded))
    if "test_size" in folded:   # the test split behind each row: whole numbers within bounds, or unknown
        sizes = df["test_size"].to_numpy(dtype=float)
        known = sizes[np.isfinite(sizes)]
        assert np.all((known >= 1) & (known <= MAX_TEST_SIZE) & (known == np.round(known)))


@FUZZ
@given(data=curve_table_csv())
def test_the_same_table_from_a_file_gives_the_same_answer(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pilot.csv"
        path.write_bytes(data)
        outcomes = []
        for source in (data, path):
            try:
                outcomes.append(read_curves(source, name="pilot.csv").to_dict("list"))
            except (ValueError, OSError) as exc:
                outcomes.append(str(exc))
        assert outcomes[0] == outcomes[1] or (isinstance(outcomes[0], str) and isinstance(outcomes[1], str))


# ------------------------------------------------------------------ labeled files

@FUZZ
@given(file=labeled_file())
def test_any_labeled_file_loads_or_is_refused_in_one_line(file):
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"mine{suffix}"
        path.write_bytes(data)
        try:
            ds = load_file(path)
        except (ValueError, OSError) as exc:
            assert_one_line(exc)
            assert "mine" in str(exc)  # names the user's file
            return
        assert ds.n_pool + ds.n_test <= 40 and ds.n_classes >= 2
        assert np.isfinite(ds.X_pool).all() and np.isfinite(ds.X_test).all()


@FUZZ
@given(file=labeled_file())
def test_simulate_on_any_labeled_file_exits_0_or_2_and_leaves_nothing(file, capsys):
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path, out, db = Path(folder) / f"mine{suffix}", Path(folder) / "c.csv", Path(folder) / "r.db"
        path.write_bytes(data)
        if answered_or_refused(["simulate", "--data", path, "--strategies", "random", "--seeds", "1", "--initial", "4",
                                "--batch-size", "2", "--rounds", "1", "--db", db, "--out", out], capsys, out) == 0:
            return
        leftovers = sorted(p.name for p in Path(folder).iterdir() if p.name != path.name)
        assert leftovers == [] or leftovers == ["r.db", "r.db-shm", "r.db-wal"] and not _stored_runs(db), leftovers


def _stored_runs(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM runs WHERE status = 'done'").fetchone()[0]


# ------------------------------------------------------------------ grid files

class _TooManyRuns(BaseException):
    """Raised by the counting spy below past MAX_RUNS runs built (a BaseException: no refusal swallows it)."""


@FUZZ
@given(text=grid_toml())
def test_any_grid_file_dry_runs_or_is_refused_in_one_line_quickly(text, capsys):
    # quickly: the grid's size is checked before its runs are built, so no more than MAX_RUNS runs ever are, a run
    # for every one counted and one per data set for its checks (benchmarks/bench_fuzz.py times the dry run)
    built = []
    real = RunSpec.__init__

    def counted(self, *a, **kw):
        built.append(1)
        if len(built) > 2 * MAX_RUNS:
            raise _TooManyRuns(f"over {2 * MAX_RUNS:,} runs built for {text!r}")
        real(self, *a, **kw)

    with tempfile.TemporaryDirectory() as folder, mock.patch.object(RunSpec, "__init__", counted):
        grid, db = Path(folder) / "g.toml", Path(folder) / "r.db"
        grid.write_text(text)
        rc = main(["grid", str(grid), "--dry-run", "--db", str(db)])
        captured = capsys.readouterr()
        if rc == 0:
            assert captured.out.count("\n") == 1 and " runs in g.toml" in captured.out
            assert int(captured.out.split()[0]) <= len(built) <= 2 * int(captured.out.split()[0])
        else:
            assert_cli_refusal(rc, captured.err, "grid")
        assert not db.exists()  # a dry run writes nothing


# ------------------------------------------------------------------ flag values

def _flag(value) -> str:
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


@FUZZ
@given(initial=NASTY_NUMBER, batch=NASTY_NUMBER, rounds=st.sampled_from([1, 2, 0, -1, 10**17, "x", 1.5]),
       seeds=st.sampled_from([1, 0, -1, 10**9, 10**30, "2"]), seed_start=NASTY_NUMBER,
       noise=NASTY_NUMBER, params=st.sampled_from(["", "hidden=1000000000", "max_iter=10000000000",
                                                   "weight_decay=1e308", "weight_decay=-1", "bogus=1", "=", "max_iter=5"]))
def test_simulate_flag_values_exit_0_or_2_and_leave_nothing(initial, batch, rounds, seeds, seed_start, noise,
                                                            params, capsys):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "c.csv"
        argv = ["simulate", "--dataset", "digits", "--strategies", "random", "--seeds", _flag(seeds),
                "--seed-start", _flag(seed_start), "--initial", _flag(initial), "--batch-size", _flag(batch),
                "--rounds", _flag(rounds), "--label-noise", _flag(noise), "--out", str(out)]
        answered_or_refused(argv + (["--model-params", params] if params else []), capsys, out)


PRICE_FLAGS = ["--label-price", "--day-rate", "--salary", "--engineering-days", "--compute-per-round",
               "--turnaround-days", "--delay-cost-per-day", "--qa-multiplier", "--initial", "--batch-size",
               "--pool-size", "--votes", "--n-classes", "--label-error", "--confidence", "--working-weeks",
               "--al-label-premium", "--price-per-hour", "--seconds-per-label"]


@FUZZ
@given(values=st.dictionaries(st.sampled_from(PRICE_FLAGS), NASTY_NUMBER, min_size=1, max_size=5))
def test_any_price_flags_give_a_finite_scenario_or_one_line(values, capsys):
    from planner.cli import _scenario

    argv = ["plan", "curves.csv", "--target", "0.9", "--label-price", "1"]
    for flag, value in values.items():
        argv += [flag, _flag(value)]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        assert exc.code == 2 and "Traceback" not in capsys.readouterr().err
        return
    try:
        scenario = _scenario(args)
    except (ValueError, OSError) as exc:
        assert_one_line(exc)
        return
    for cost in (scenario.price_per_label, scenario.engineering_cost):
        assert math.isfinite(cost) and cost < 1e18
    for days in (scenario.turnaround_days or 0.0,):
        assert math.isfinite(days)


# ------------------------------------------------------------------ what alplan writes

@FUZZ
@given(names=st.lists(NASTY_TEXT, min_size=1, max_size=6), numbers=st.lists(NASTY_NUMBER, min_size=1, max_size=6))
def test_csv_cells_never_start_a_formula_and_read_back(names, numbers):
    import csv

    k = min(len(names), len(numbers))
    df = pd.DataFrame({"strategy": names[:k], "value": pd.to_numeric(pd.Series(numbers[:k]), errors="coerce")})
    text = to_safe_csv(df)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == k + 1
    for row in rows[1:]:
        assert not row[0].startswith(FORMULA_STARTS)
        assert row[0].lstrip("'") == row[0][1:] or row[0] in names or row[0] == ""
    back = [r[0] for r in rows[1:]]
    assert [b[1:] if b.startswith("'") and n.startswith(FORMULA_STARTS) else b for b, n in zip(back, names)] == \
        [n if n is not None else "" for n in names[:k]]


@FUZZ
@given(name=NASTY_TEXT)
def test_chart_json_in_a_script_element_has_no_markup_and_reads_back(name):
    spec = {"data": {"values": [{"strategy": name, "x": 1}]}, "title": name}
    text = _script_json(spec)
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == spec
