"""Read-only databases and full disks (issue 11): one line, the database intact, nothing left behind.

A real full disk is a small tmpfs when the tests run as root (mount); otherwise the file-size limit
(RLIMIT_FSIZE, in a child process with SIGXFSZ ignored) makes every write past it fail the same way.
A read-only database is a read-only bind mount as root, file permissions otherwise.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from planner.cli import main
from simulations.results import store as store_module
from simulations.results.store import Store
from simulations.run.executors import run_grid
from tests.simulations.builders import cli_refusal, small_config

CONFIG = small_config(seeds=(0, 1, 2), initial=10)
IS_ROOT = os.geteuid() == 0


def _mount(*args) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 kB file system (tmpfs), as root only."""
    if not IS_ROOT:
        pytest.skip("mounting a tmpfs needs root; see test_new_database_over_the_file_size_limit")
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Write zeros until the disk is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while os.write(fd, bytes(4096)):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def test_a_new_database_on_a_full_disk_is_one_line_and_leaves_nothing(tiny_disk, capsys):
    fill(tiny_disk)
    rc = main(["simulate", "--db", str(tiny_disk / "new.db"), "--strategies", "random", "--seeds", "1",
               "--initial", "10", "--batch-size", "10", "--rounds", "1", "--out", str(tiny_disk.parent / "o.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and err[-1].startswith("alplan simulate: error: cannot write database") and "full" in err[-1]
    assert leftovers(tiny_disk, "new.db") == []
    assert not (tiny_disk.parent / "o.csv").exists()


def test_a_disk_that_fills_mid_grid_keeps_the_stored_runs(tiny_disk):
    db = tiny_disk / "runs.db"

    def progress(done, total, info):
        if done == 1:  # the first run is stored: now the disk fills up
            fill(tiny_disk)

    with pytest.raises(OSError, match=r"^cannot write database .*runs.db: the disk is full") as info:
        run_grid(CONFIG, db=db, progress=progress)
    assert "\n" not in str(info.value)
    (tiny_disk / "filler").unlink()
    with Store(db, readonly=True) as store:
        assert len(store.completed_keys()) == 1 and store.runs()["status"].tolist().count("done") == 1
    full = run_grid(CONFIG, db=db)  # room again: the grid resumes and completes
    assert full["seed"].nunique() == 3


def test_new_database_over_the_file_size_limit(tmp_path):
    """The same promise without root: every write past 8 kB fails (RLIMIT_FSIZE) in a child process."""
    code = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        from planner.cli import main
        sys.exit(main(["simulate", "--db", {str(tmp_path / "new.db")!r}, "--strategies", "random",
                       "--seeds", "2", "--initial", "10", "--batch-size", "10", "--rounds", "2",
                       "--out", {str(tmp_path / "o.csv")!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    lines = [line for line in done.stderr.splitlines() if not line.startswith("[")]
    assert done.returncode == 2, done.stderr[-2000:]
    assert len(lines) == 1 and lines[0].startswith("alplan simulate: error: cannot write database"), done.stderr
    assert leftovers(tmp_path, "new.db") == [] and not (tmp_path / "o.csv").exists()


@pytest.fixture
def read_only_db(tmp_path):
    """A results database with one run, in a folder that cannot be written."""
    folder = tmp_path / "ro"
    folder.mkdir()
    run_grid(CONFIG.with_(seeds=(0,)), db=folder / "runs.db")
    if IS_ROOT:
        view = tmp_path / "view"
        view.mkdir()
        if not _mount("--bind", "-o", "ro", str(folder), str(view)):
            pytest.skip("cannot bind-mount read-only here")
        yield view / "runs.db"
        subprocess.run(["umount", "-l", str(view)], check=False)
    else:
        (folder / "runs.db").chmod(0o444)
        folder.chmod(0o555)
        yield folder / "runs.db"
        folder.chmod(0o755)


def test_a_read_only_database_is_one_line(read_only_db, capsys):
    assert "is read-only" in cli_refusal(capsys, ["simulate", "--db", read_only_db, "--strategies", "random", "--seeds",
                                                  "2", "--initial", "10", "--batch-size", "10", "--rounds", "3",
                                                  "--out", read_only_db.parent.parent / "o.csv"])


@pytest.mark.parametrize("command", [["runs"], ["runs", "--export", "EXPORT"], ["grid", "GRID", "--dry-run"]])
def test_a_read_only_database_in_a_read_only_folder_can_be_read(read_only_db, tmp_path, capsys, command):
    """Issue 21 #3: reading needs no write access (no -shm to create): the commands that only read work."""
    grid = tmp_path / "g.toml"
    grid.write_text('datasets = ["digits"]\nmodels = ["logreg"]\nstrategies = ["random"]\nseeds = [0, 1, 2]\n'
                    'initial = 10\nbatch_sizes = [10]\nrounds = 3\n')
    export = tmp_path / "out.csv"
    argv = [{"EXPORT": str(export), "GRID": str(grid)}.get(a, a) for a in command] + ["--db", str(read_only_db)]
    rc = main(argv)
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    if "--export" in command:
        assert len(pd.read_csv(export)) == 4
    elif "--dry-run" in command:
        assert "1 already in" in captured.out
    else:
        assert "1 runs done" in captured.out
    assert leftovers(read_only_db.parent, read_only_db.name) == [read_only_db.name]


def _foreign_meta(path: Path) -> None:
    """Another program's file: a table named meta (a common name), rollback journal."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('owner', 'someone else')")
    conn.close()


def _foreign_lookalike(path: Path) -> None:
    """alplan's four table names, other columns."""
    with sqlite3.connect(path) as conn:
        for table in ("meta", "runs", "curves", "scenarios"):
            conn.execute(f"CREATE TABLE {table} (id INTEGER)")
    conn.close()


def _foreign_app_id(path: Path) -> None:
    """alplan's exact layout, but stamped by another program (its own application id)."""
    with sqlite3.connect(path) as conn:
        conn.executescript(store_module._SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        conn.execute("PRAGMA application_id = 1234")
    conn.close()


def _foreign_empty(path: Path) -> None:
    """A SQLite file with a header and no tables yet (another program's, about to be filled)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()


@pytest.mark.parametrize("make", [_foreign_meta, _foreign_lookalike, _foreign_app_id, _foreign_empty])
def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path, capsys, make):
    """Issue 21 #1, #2: refused in one line, every byte unchanged (no WAL switch: header bytes 18-19),
    no -wal/-shm left, for writing (simulate, grid) and reading (runs) alike."""
    other = tmp_path / "h.db"
    make(other)
    before = other.read_bytes()
    for argv in (["simulate", "--strategies", "random", "--seeds", "1", "--initial", "10", "--batch-size", "10",
                  "--rounds", "1", "--out", str(tmp_path / "o.csv")], ["runs"]):
        err = cli_refusal(capsys, [*argv, "--db", other])
        assert "another program" in err or "not an alplan" in err, err
        assert other.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["h.db"]


def test_a_database_from_before_the_application_id_is_read_then_stamped_on_first_write(tmp_path):
    """An alplan database made before the id existed (its layout, no id) keeps working: read as it is,
    stamped with alplan's id on the first write."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # exactly what earlier versions wrote
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(store_module._SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.close()
    with Store(path, readonly=True) as r:
        assert r.runs().empty
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    conn.close()
    run_grid(CONFIG.with_(seeds=(0,)), db=path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == store_module.APPLICATION_ID
    conn.close()
    with Store(path, readonly=True) as r:
        assert len(r.completed_keys()) == 1


def test_a_new_database_carries_alplans_application_id(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    assert int.from_bytes(path.read_bytes()[68:72], "big") == store_module.APPLICATION_ID
