"""The results database: what a user (the grid, the dashboard, `alplan runs`) sees."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import types

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulations.results.schema import CURVE_COLUMNS, HYBRID_COLUMNS, SIGNAL_COLUMNS
from simulations.results.store import Store, normalize_curves
from tests.seeds import SEED


def make_spec(strategy="random", seed=0, *, dataset="digits", model="logreg", batch_size=10,
              label_noise=0.0, rounds=4):
    """A run described as a mapping (the store accepts RunSpec or a mapping with 'key')."""
    spec = dict(dataset=dataset, model=model, strategy=strategy, seed=seed, initial=20,
                batch_size=batch_size, rounds=rounds, label_noise=label_noise)
    spec["key"] = "|".join(str(spec[k]) for k in sorted(spec))
    return spec


def make_curves(spec, rng: np.random.Generator) -> pd.DataFrame:
    """One run's rows of the curves table (the real schema), with plausible random values."""
    n = spec["rounds"] + 1
    acc = np.sort(rng.uniform(0.3, 0.95, size=n))
    return pd.DataFrame({
        "dataset": spec["dataset"], "model": spec["model"], "strategy": spec["strategy"],
        "seed": spec["seed"], "batch_size": spec["batch_size"], "label_noise": spec["label_noise"],
        "round": np.arange(n), "n_labels": 20 + spec["batch_size"] * np.arange(n),
        "accuracy": acc, "macro_f1": acc - rng.uniform(0, 0.05, size=n),
        "balanced_accuracy": acc - rng.uniform(0, 0.05, size=n), "minority_recall": rng.uniform(0, 1, size=n),
        "train_seconds": rng.uniform(0, 0.1, size=n), "query_seconds": rng.uniform(0, 0.01, size=n),
        "stop_agreement": np.r_[np.nan, rng.uniform(-1, 1, size=n - 1)],  # NaN in round 0, as the loop
        "pool_confidence": rng.uniform(0.1, 1, size=n),
        **{c: np.nan for c in HYBRID_COLUMNS},  # no hybrid bars
        "annotation_cost": (20 + spec["batch_size"] * np.arange(n)) * rng.uniform(1, 3),  # a cost column's sum
    })[list(CURVE_COLUMNS)]


@pytest.fixture
def rng():
    return np.random.default_rng(SEED)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "runs.db") as s:
        yield s


def test_written_run_reads_back_exactly(store, rng):
    spec = make_spec("margin", 3, label_noise=0.05)
    df = make_curves(spec, rng)
    store.mark_running(spec)
    assert store.completed_keys() == set()
    store.write_run(spec, df, {"wall_seconds": 1.5})

    got = store.curves()
    assert tuple(got.columns) == CURVE_COLUMNS
    pd.testing.assert_frame_equal(got, normalize_curves(df))
    assert store.completed_keys() == {spec["key"]}
    runs = store.runs()
    assert runs["status"].tolist() == ["done"]
    assert runs["n_rounds"].tolist() == [5]
    assert runs["wall_seconds"].tolist() == [1.5]
    assert runs["train_seconds"].iloc[0] == pytest.approx(df["train_seconds"].sum())
    assert runs["code_version"].iloc[0].startswith("alplan")
    assert '"strategy": "margin"' in runs["config"].iloc[0]


def test_rewriting_a_run_never_duplicates_rows(store, rng):
    spec = make_spec()
    store.write_run(spec, make_curves(spec, rng))
    second = make_curves(spec, rng)
    store.write_run(spec, second)
    got = store.curves()
    assert len(got) == spec["rounds"] + 1
    pd.testing.assert_frame_equal(got, normalize_curves(second))
    assert len(store.runs()) == 1


def test_interrupted_run_is_invisible_and_reruns_cleanly(tmp_path, rng):
    path = tmp_path / "runs.db"
    done, cut = make_spec("random", 0), make_spec("random", 1)
    with Store(path) as s:
        s.write_run(done, make_curves(done, rng))
        s.mark_running(cut)  # the process dies here
    with Store(path) as s:
        assert s.completed_keys() == {done["key"]}
        assert s.status() == {done["key"]: "done", cut["key"]: "running"}
        assert set(s.curves()["seed"]) == {0}
        s.mark_running(cut)
        s.write_run(cut, make_curves(cut, rng))
        runs = s.runs().set_index("seed")
        assert runs.loc[1, "status"] == "done" and runs.loc[1, "attempts"] == 2
        assert len(s.curves()) == 2 * (cut["rounds"] + 1)


def test_marking_a_done_run_running_keeps_it_done(store, rng):
    spec = make_spec()
    store.write_run(spec, make_curves(spec, rng))
    store.mark_running(spec)
    store.mark_failed(spec, "boom")
    assert store.status() == {spec["key"]: "done"}
    assert len(store.curves()) == spec["rounds"] + 1


def test_failed_run_is_recorded_with_its_error(store):
    spec = make_spec("margin")
    store.mark_running(spec)
    store.mark_failed(spec, "ValueError: unknown model 'xx'\nmore lines")
    runs = store.runs(status="failed")
    assert runs["error"].tolist() == ["ValueError: unknown model 'xx'"]
    assert store.curves().empty and store.completed_keys() == set()


def test_bad_rows_are_rejected_and_nothing_is_written(store, rng):
    spec = make_spec("margin")
    wrong_run = make_curves(make_spec("random"), rng)
    with pytest.raises(ValueError, match="do not belong"):
        store.write_run(spec, wrong_run)
    missing = make_curves(spec, rng).drop(columns=["macro_f1"])
    with pytest.raises(ValueError, match="macro_f1"):
        store.write_run(spec, missing)
    repeated = make_curves(spec, rng)
    repeated.loc[1, "round"] = 0
    with pytest.raises(ValueError, match="repeat"):
        store.write_run(spec, repeated)
    with pytest.raises(ValueError, match="at least one"):
        store.write_run(spec, make_curves(spec, rng).iloc[:0])
    assert store.curves().empty and store.runs().empty


def test_filters_select_runs(store, rng):
    specs = [make_spec(s, seed, batch_size=b) for s in ("random", "margin") for seed in (0, 1) for b in (10, 20)]
    for spec in specs:
        store.write_run(spec, make_curves(spec, rng))
    assert set(store.curves(strategy="margin")["strategy"]) == {"margin"}
    sub = store.curves(strategy=["margin"], seed=[1], batch_size=20)
    assert len(sub) == 5 and set(sub["seed"]) == {1} and set(sub["batch_size"]) == {20}
    assert store.curves(dataset="no-such").empty
    keyed = store.curves(keys=[specs[0]["key"]], with_key=True)
    assert set(keyed["run_key"]) == {specs[0]["key"]} and tuple(keyed.columns[1:]) == CURVE_COLUMNS
    with pytest.raises(ValueError, match="status"):
        store.runs(status="finished")
    assert store.delete_runs(keys=[specs[0]["key"]]) == 1
    assert len(store.runs()) == len(specs) - 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    acc=st.lists(st.floats(0, 1, allow_nan=False), min_size=1, max_size=20),
    noise=st.floats(0, 0.5, allow_nan=False),
    seed=st.integers(-(2**40), 2**40),
)
def test_any_curve_round_trips_bit_for_bit(tmp_path_factory, acc, noise, seed):
    spec = make_spec("entropy", seed, label_noise=noise, rounds=len(acc) - 1)
    df = make_curves(spec, np.random.default_rng(0))
    df["accuracy"] = acc
    with Store(tmp_path_factory.mktemp("db") / "r.db") as s:
        s.write_run(spec, df)
        pd.testing.assert_frame_equal(s.curves(), normalize_curves(df), check_exact=True)


def test_export_csv_and_parquet(store, rng, tmp_path):
    for seed in (0, 1):
        spec = make_spec("margin", seed)
        store.write_run(spec, make_curves(spec, rng))
    expected = store.curves()
    csv = store.export(tmp_path / "out.csv")
    pd.testing.assert_frame_equal(normalize_curves(pd.read_csv(csv)), expected)
    parquet = store.export(tmp_path / "out.parquet", seed=1)
    assert pd.read_parquet(parquet)["seed"].unique().tolist() == [1]
    with pytest.raises(ValueError, match=r"\.csv or \.parquet"):
        store.export(tmp_path / "out.xlsx")
    with pytest.raises(OSError, match="does not exist"):
        store.export(tmp_path / "missing" / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db" and "runs.db" not in p.name) == [
        "out.csv", "out.parquet"]


def test_scenarios_save_load_list_delete(tmp_path, monkeypatch):
    import simulations.results.store as store_module

    clock = iter(range(1_000_000_000, 1_000_000_100))  # a clock that moves by one second a call: no sleep
    monkeypatch.setattr(store_module, "time", types.SimpleNamespace(time=lambda: float(next(clock))))
    path = tmp_path / "runs.db"
    with Store(path) as s:
        s.save_scenario("vendor A", {"label_price": 0.04, "engineering_days": 10, "vendors": ["a", "b"]})
        s.save_scenario("cheap", {"label_price": 0.01})
        first = s.scenarios().set_index("name").loc["cheap"]
        s.save_scenario("cheap", {"label_price": 0.02})
    with Store(path) as s:  # persisted
        assert s.list_scenarios() == ["cheap", "vendor A"]
        assert s.load_scenario("cheap") == {"label_price": 0.02}
        assert s.load_scenario("vendor A")["vendors"] == ["a", "b"]
        again = s.scenarios().set_index("name").loc["cheap"]
        assert again["created_at"] == first["created_at"] and again["updated_at"] > first["updated_at"]
        with pytest.raises(ValueError, match="no saved scenario named 'nope'; saved: cheap, vendor A"):
            s.load_scenario("nope")
        assert s.delete_scenario("cheap") is True
        assert s.delete_scenario("cheap") is False
        assert s.list_scenarios() == ["vendor A"]


@pytest.mark.parametrize("name, data, match", [
    ("", {"a": 1}, "non-empty name"),
    ("x", {"a": float("nan")}, "JSON"),
    ("x", {"a": object()}, "JSON"),
    ("x", [1, 2], "dict"),
])
def test_bad_scenarios_are_refused_in_one_line(store, name, data, match):
    with pytest.raises(ValueError, match=match) as info:
        store.save_scenario(name, data)
    assert "\n" not in str(info.value)
    assert store.list_scenarios() == []


def test_bad_paths_fail_in_one_line(tmp_path):
    cases = []
    with pytest.raises(OSError, match="does not exist") as info:
        Store(tmp_path / "nowhere" / "runs.db")
    cases.append(info)
    with pytest.raises(OSError, match="is a folder") as info:
        Store(tmp_path)
    cases.append(info)
    with pytest.raises(OSError, match="no results database") as info:
        Store(tmp_path / "absent.db", readonly=True)
    cases.append(info)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite, just text " * 100)
    with pytest.raises(ValueError, match="not an alplan results database") as info:
        Store(junk)
    cases.append(info)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(ValueError, match="another program") as info:
        Store(other)
    cases.append(info)
    with pytest.raises(ValueError, match="empty"):
        Store("")
    assert all("\n" not in str(c.value) for c in cases)
    assert not (tmp_path / "absent.db").exists()


def test_readonly_store_reads_but_refuses_writes(tmp_path, rng):
    path = tmp_path / "runs.db"
    spec = make_spec()
    with Store(path) as s:
        s.write_run(spec, make_curves(spec, rng))
    with Store(path, readonly=True) as r:
        assert len(r.curves()) == spec["rounds"] + 1
        with pytest.raises(ValueError, match="read-only"):
            r.save_scenario("x", {})


def test_a_database_from_before_a_new_runs_column_still_works(tmp_path, rng):
    path = tmp_path / "runs.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:  # as the file was before cpu_seconds existed
        conn.execute("ALTER TABLE runs DROP COLUMN cpu_seconds")
    conn.close()
    spec = make_spec()
    with Store(path) as s:
        s.write_run(spec, make_curves(spec, rng), {"cpu_seconds": 0.25})
        assert s.runs()["cpu_seconds"].tolist() == [0.25]


def test_a_database_from_before_the_signal_columns_opens_and_reads_nan(tmp_path, rng):
    path = tmp_path / "runs.db"
    old = make_spec("margin", 0)
    with Store(path) as s:
        s.write_run(old, make_curves(old, rng))
    with sqlite3.connect(path) as conn:  # as the file was before the stopping signals existed
        for column in SIGNAL_COLUMNS:
            conn.execute(f'ALTER TABLE curves DROP COLUMN "{column}"')
    conn.close()
    with Store(path, readonly=True) as r:  # read-only: no ALTER TABLE, still reads
        got = r.curves()
        assert tuple(got.columns) == CURVE_COLUMNS
        assert got[list(SIGNAL_COLUMNS)].isna().all().all()
        assert got["accuracy"].notna().all()
    new = make_spec("margin", 1)
    with Store(path) as s:  # writable: the columns are added, old runs stay NaN, new ones keep their values
        new_df = make_curves(new, rng)
        s.write_run(new, new_df)
        assert s.curves(seed=0)[list(SIGNAL_COLUMNS)].isna().all().all()
        pd.testing.assert_frame_equal(s.curves(seed=1), normalize_curves(new_df), check_exact=True)


def test_database_is_in_wal_mode(tmp_path):
    Store(tmp_path / "runs.db").close()
    with sqlite3.connect(tmp_path / "runs.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


WRITER = textwrap.dedent("""
    import sys, numpy as np, pandas as pd
    sys.path.insert(0, {here!r})
    from test_store import make_spec, make_curves
    from simulations.results.store import Store
    rng = np.random.default_rng(int(sys.argv[2]))
    with Store(sys.argv[1]) as s:
        for seed in range(10_000):
            spec = make_spec("margin", seed, rounds={rounds})
            s.mark_running(spec)
            s.write_run(spec, make_curves(spec, rng))
""")


def test_reader_sees_only_whole_runs_while_a_writer_writes_and_dies(tmp_path):
    """A second process writes big runs; a reader polls; then the writer is killed -9."""
    rounds = 1500
    path = tmp_path / "runs.db"
    Store(path).close()
    script = WRITER.format(here=os.path.dirname(__file__), rounds=rounds)
    proc = subprocess.Popen([sys.executable, "-c", script, str(path), str(SEED)], stderr=subprocess.PIPE)
    seen = set()
    try:
        with Store(path, readonly=True) as reader:
            deadline = time.monotonic() + 60
            while len(seen) < 6 and time.monotonic() < deadline and proc.poll() is None:
                curves = reader.curves(with_key=True)
                counts = curves.groupby("run_key").size()
                assert (counts == rounds + 1).all(), "a reader saw a half-written run"
                assert set(counts.index) <= reader.completed_keys()
                seen |= set(counts.index)
        assert len(seen) >= 6, proc.stderr.read().decode()[-2000:] if proc.poll() is not None else "writer too slow"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    with Store(path) as s:
        curves = s.curves(with_key=True)
        counts = curves.groupby("run_key").size()
        assert (counts == rounds + 1).all()
        assert set(counts.index) == s.completed_keys()
        assert not curves.duplicated(["run_key", "round"]).any()
        assert len(s.runs(status="running")) <= 1


#: The curves table of a database written before balanced_accuracy and minority_recall existed (as alplan
#: created it then: the stopping signals already there, nullable).
_OLD_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (key TEXT PRIMARY KEY, dataset TEXT NOT NULL, model TEXT NOT NULL, strategy TEXT NOT NULL,
    seed INTEGER NOT NULL, batch_size INTEGER NOT NULL, label_noise REAL NOT NULL, config TEXT NOT NULL,
    code_version TEXT, status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0, n_rounds INTEGER, worker TEXT, started_at REAL, finished_at REAL,
    wall_seconds REAL, cpu_seconds REAL, train_seconds REAL, query_seconds REAL, error TEXT);
CREATE TABLE curves (
    run_key TEXT NOT NULL REFERENCES runs(key) ON DELETE CASCADE,
    "dataset" TEXT NOT NULL, "model" TEXT NOT NULL, "strategy" TEXT NOT NULL, "seed" INTEGER NOT NULL,
    "batch_size" INTEGER NOT NULL, "label_noise" REAL NOT NULL, "round" INTEGER NOT NULL,
    "n_labels" INTEGER NOT NULL, "accuracy" REAL NOT NULL, "macro_f1" REAL NOT NULL,
    "train_seconds" REAL NOT NULL, "query_seconds" REAL NOT NULL, "stop_agreement" REAL, "pool_confidence" REAL,
    PRIMARY KEY (run_key, "round"));
CREATE INDEX runs_status ON runs(status);
CREATE TABLE scenarios (name TEXT PRIMARY KEY, data TEXT NOT NULL, created_at REAL NOT NULL,
    updated_at REAL NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
"""
_NEW_SCORES = ["balanced_accuracy", "minority_recall", *HYBRID_COLUMNS, "annotation_cost"]


def _old_database(path, spec, rows: pd.DataFrame) -> None:
    """A database file as an alplan without the newer test scores wrote it, holding one done run."""
    old_columns = [c for c in CURVE_COLUMNS if c not in _NEW_SCORES]
    conn = sqlite3.connect(path)
    conn.executescript(_OLD_SCHEMA)
    conn.execute("INSERT INTO runs (key, dataset, model, strategy, seed, batch_size, label_noise, config, status) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, '{}', 'done')",
                 (spec["key"], spec["dataset"], spec["model"], spec["strategy"], spec["seed"], spec["batch_size"],
                  spec["label_noise"]))
    quoted = ", ".join(f'"{c}"' for c in old_columns)
    conn.executemany(f"INSERT INTO curves (run_key, {quoted}) VALUES ({', '.join('?' * (len(old_columns) + 1))})",
                     [(spec["key"], *row) for row in rows[old_columns].itertuples(index=False)])
    conn.commit()
    conn.close()


def _curve_table_columns(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute("PRAGMA table_info(curves)")]
    finally:
        conn.close()


def test_a_database_from_before_the_newer_scores_reads_and_is_migrated(tmp_path, rng):
    path = tmp_path / "old.db"
    old = make_spec("margin", 0)
    old_rows = make_curves(old, rng)
    _old_database(path, old, old_rows)
    with Store(path, readonly=True) as r:  # read-only: nothing is altered, the new columns read NaN
        got = r.curves()
    assert tuple(got.columns) == CURVE_COLUMNS and got[_NEW_SCORES].isna().all().all()
    np.testing.assert_array_equal(got["macro_f1"], old_rows["macro_f1"])
    assert not set(_NEW_SCORES) & set(_curve_table_columns(path))
    new = make_spec("margin", 1)
    new_rows = make_curves(new, rng)
    with Store(path) as s:  # writable: the columns are added (as NULL for the old run); a new run keeps its values
        s.write_run(new, new_rows)
        assert s.curves(seed=0)[_NEW_SCORES].isna().all().all()
        pd.testing.assert_frame_equal(s.curves(seed=1), normalize_curves(new_rows), check_exact=True)
    assert set(_NEW_SCORES) <= set(_curve_table_columns(path))
    for export in (tmp_path / "export.csv", tmp_path / "export.parquet"):  # the exports carry the new columns
        with Store(path, readonly=True) as r:
            r.export(export)
        read = pd.read_csv(export) if export.suffix == ".csv" else pd.read_parquet(export)
        assert list(read.columns) == list(CURVE_COLUMNS)
        np.testing.assert_array_equal(read.loc[read["seed"] == 1, "minority_recall"], new_rows["minority_recall"])


def test_the_migration_is_all_or_nothing(tmp_path, rng, monkeypatch):
    """A migration that fails half-way (here: the second column's definition is refused) leaves the file as it
    was: no column added, the old rows intact, and a later alplan migrates it whole."""
    import simulations.results.store as store_module

    path = tmp_path / "old.db"
    old = make_spec("random", 0)
    _old_database(path, old, make_curves(old, rng))
    before = _curve_table_columns(path)
    real = store_module._curve_column_sql
    monkeypatch.setattr(store_module, "_curve_column_sql",
                        lambda c: "minority_recall REAL NOT NULL CHECK (" if c == "minority_recall" else real(c))
    with pytest.raises(OSError, match="incomplete input"):
        Store(path)
    assert _curve_table_columns(path) == before
    monkeypatch.setattr(store_module, "_curve_column_sql", real)
    with Store(path) as s:
        assert len(s.curves()) == old["rounds"] + 1
    assert set(_NEW_SCORES) <= set(_curve_table_columns(path))


@pytest.mark.parametrize("missing", [list(SIGNAL_COLUMNS), _NEW_SCORES], ids=["signals", "newer scores"])
def test_a_table_without_newer_columns_is_stored_with_nan(store, rng, missing):
    spec = make_spec()
    store.write_run(spec, make_curves(spec, rng).drop(columns=missing))  # an export from an older alplan
    got = store.curves()
    assert tuple(got.columns) == CURVE_COLUMNS and got[missing].isna().all().all()


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=12))
def test_line_breaking_names_are_found_alike_by_python_and_by_pyarrow_strings(text):
    """pandas' pyarrow-backed strings match with RE2 (no \\u escapes): the pattern reads the same in both engines."""
    import re

    import pyarrow as pa
    import pyarrow.compute as pc

    from simulations.results.schema import LINE_BREAKING

    expected = bool(re.search(LINE_BREAKING, text))
    assert pc.match_substring_regex(pa.array([text]), LINE_BREAKING).to_pylist() == [expected]
    assert expected == any(ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in "\u2028\u2029" for c in text)
