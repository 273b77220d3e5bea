"""Read-only databases and full disks (issue 11): one line, the database intact, nothing left behind.

A real full disk is a small tmpfs when the tests run as root (mount); otherwise the file-size limit
(RLIMIT_FSIZE, in a child process with SIGXFSZ ignored) makes every write past it fail the same way.
A read-only database is a read-only bind mount as root, file permissions otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner.cli import main
from simulations.config import SimulationConfig
from simulations.executors import run_grid
from simulations.store import Store

CONFIG = SimulationConfig(datasets=("digits",), model="logreg", strategies=("random",), seeds=(0, 1, 2),
                          initial=10, batch_size=10, rounds=3)
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
    rc = main(["simulate", "--db", str(read_only_db), "--strategies", "random", "--seeds", "2", "--initial", "10",
               "--batch-size", "10", "--rounds", "3", "--out", str(read_only_db.parent.parent / "o.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and "is read-only" in err[0], err
