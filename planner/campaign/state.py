"""A campaign's state: a few readable files in its folder, each written atomically, every change under one lock.

::

    campaign.json            settings (pool path and sha256, id column, features, model, strategy, seed,
                             schedule), the round reached and the random streams' states: the commit point;
                             ``stretches`` (optional): the strategy and batch size of each stretch of rounds,
                             [{"from_round", "strategy", "batch_size"}, ...] (absent: one stretch from round 1,
                             the settings' own; a stretch's ``split``: the AL strategy that picks half of each
                             of its rounds, random the other half); ``decide_at`` (optional): the training
                             labels in hand at which to decide again (``alplan plan DIR``)
    asked.csv                every id asked: id, round, role (test or train), rank, score; part (only where a
                             round was split): the strategy that picked the id within a split round
    labels.csv               every label in hand: id, label, used_from (the first round whose model trained
                             on it; empty for a test label or one not used yet), source (the file it came in);
                             format 3 adds seconds (the annotation time paid for the label: the sum over its
                             annotations' times, empty where the file gave none), annotations (how many timed
                             annotations that sum holds) and round_added (the campaign's round when it came)
    curve.csv                the measured curve (``alplan campaign measure``): the curves table
    sources.csv              labels from named sources (a vendor, a language model), kept apart from the human
                             labels: id, label, source, file, round_added (:mod:`planner.campaign.sources`)
    sources.json             each source's price per label or per hour and its turnaround
    source_curve.csv         the learner trained on each source's labels, scored on the human test labels
    split.csv                each split round's two parts scored apart (``alplan campaign measure``)
    batches/round-NNN.csv    the ids of round NNN to label (round 000: the test split and the initial set)
    batches/round-NNN.tasks.json   the same ids as Label Studio import tasks
    batches/test-F-L.csv     test ids drawn later (``campaign next --test N``), ranked F to L among the test ids
    .campaign.lock           the folder's lock (empty; held while a command changes the campaign)
    .campaign-starting       only while ``start`` writes the campaign (a start cut short is started over)

**Transactions.** Every command that changes the campaign (``start``,
``next``, ``add``, ``measure``) holds the folder's lock (:func:`locked`, an
OS file lock: ``fcntl`` on Linux and macOS) from before it reads the state
until its last file is in place, so two commands run at once take turns and
neither loses the other's labels. The kernel drops the lock of a killed
process. On a network file system (NFS, SMB, sshfs...) such locks may not hold
between machines: :func:`network_filesystem` names the file system and the
commands say so; run a campaign's commands from one machine at a time there.

Each file is replaced whole (written beside itself, then moved into place);
``campaign.json`` is written last, so a command cut short (even by ``kill -9``)
leaves the campaign at the round it had: rows of ``asked.csv`` past that round
are ignored and the same command run again writes the same files.

**Read back as written.** ``asked.csv`` and ``labels.csv`` hold ids and labels
exactly as the campaign took them (a leading ``=``, ``+``, ``-`` or ``@``,
commas, quotes, line breaks, any unicode): every text cell is quoted
(``csv.QUOTE_NONNUMERIC``) and read back as text. They are state, not
spreadsheets: the spreadsheet formula guard
(:func:`simulations.results.schema.to_safe_csv`, a ``'`` before a cell that
starts with ``= + - @``, tab or carriage return) applies to the files meant
for spreadsheets, ``batches/round-NNN.csv`` and ``curve.csv``; open those in a
spreadsheet, not the state. A campaign of format 1 (its tables written through
the guard) is read by taking the guard's ``'`` off again, and keeps being
written in its own format. Format 3 is format 2 with labels.csv's time
columns; a campaign of format 1 or 2 is read with them empty, and keeps its
own format until a label with a time comes, when every table is written in
format 3 (losslessly: the tables in hand hold ids and labels as taken). A
labels.csv without the time columns reads as labels without times in any format.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import json
import math
import os
import shlex
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from planner.campaign.schema import (ASKED_SCHEMA, LABELS_SCHEMA, ROUND_WHY, ROWS_WHY, bounded, check_table,
                                     read_text_table, row_of)
from planner.campaign.snapshot import once, resolved, snapshot, state_bytes, state_text
from simulations import strategies
from simulations.results.schema import FORMULA_STARTS, to_safe_csv
from simulations.results.store import umask_file_mode
from simulations.run.config import MAX_LABELS, MAX_MC_SAMPLES, MAX_SEED

__all__ = ["Campaign", "LockBusy", "lock_holder", "SETTINGS", "ASKED", "LABELS", "CURVE", "MEASURED", "QUESTION",
           "ANSWER", "SOURCES", "SOURCE_SETTINGS", "SOURCE_CURVE", "SPLIT", "PART", "BATCHES", "LOCK", "FORMAT",
           "write_atomic", "write_settings", "batch_paths", "is_campaign", "locked", "network_filesystem",
           "settings_problems", "sweep", "stretches", "stretch_of"]

SETTINGS = "campaign.json"
ASKED = "asked.csv"
LABELS = "labels.csv"
CURVE = "curve.csv"
#: Every round measured, one row each (the curve holds back a stretch too short to fit): what a campaign's answer
#: starts from.
MEASURED = "measured.csv"
#: The question the campaign was last asked (``alplan plan DIR``): the target and the flags, read back by
#: ``status`` and ``measure`` to say stop where the measured score meets the target.
QUESTION = "question.json"
#: The answer last given to that question (``alplan plan DIR``): the record every surface repeats until labels are
#: added or the question changes (:mod:`planner.campaign.standing`).
ANSWER = "answer.json"
#: Labels from named sources, their prices, and the curves of the learner trained on them
#: (:mod:`planner.campaign.sources`): never read as training or test labels.
SOURCES = "sources.csv"
SOURCE_SETTINGS = "sources.json"
SOURCE_CURVE = "source_curve.csv"
#: Each split round's random part and AL part, each added to the labels in hand before the round and scored on the
#: test labels (``campaign measure``): the measured advantage of AL's labels over random's.
SPLIT = "split.csv"
BATCHES = "batches"
LOCK = ".campaign.lock"
#: The marker of a start in progress: a folder holding it (and the campaign's files only) is started over.
STARTING = ".campaign-starting"
#: The format new campaigns are written in; ``READABLE`` lists every format this code reads.
FORMAT = 3
READABLE = (1, 2, 3)
#: The locks this process's threads hold ((lock file, thread) -> depth), so a locked step may call another.
_HELD: dict[str, int] = {}
#: Seconds a command waits for the folder's lock before it gives up with one line.
LOCK_TIMEOUT = 600.0


class LockBusy(OSError):
    """Another command holds a campaign's lock (:func:`locked`): ``holder`` says which, where its lock file does."""

    def __init__(self, message: str, holder: str = ""):
        super().__init__(message)
        self.holder = holder


def lock_holder(folder) -> str:
    """Who holds (or last held) ``folder``'s lock, as its lock file records it: ``process 123: alplan campaign add``;
    empty where it records none."""
    path = Path(folder) / LOCK
    try:
        if not stat.S_ISREG(path.stat().st_mode):   # a FIFO would wait for a writer: never opened
            return ""
        with open(path, "rb") as fh:
            text = fh.read(4096).decode("utf-8", errors="replace").strip()
    except OSError:
        return ""
    pid, _, what = text.partition(" ")
    return f"process {pid}: {what}" if pid.isdigit() and what else ""


def _mark_holder(fd: int) -> None:
    """Record this process in the lock file it holds (its id and command), for a command that must wait."""
    argv = [os.path.basename(sys.argv[0] or "alplan"), *sys.argv[1:3]] if sys.argv else ["alplan"]
    words = " ".join(["alplan", *argv[1:]] if argv[0] in ("__main__.py", "alplan", "-m", "-c") else argv)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {words[:120]}\n".encode("utf-8", "replace"), 0)
    except OSError:
        pass

ASKED_COLUMNS = ("id", "round", "role", "rank", "score")
#: asked.csv's column beyond :data:`ASKED_COLUMNS`, written where a round was split: the strategy that picked the id.
PART = "part"
LABEL_COLUMNS = ("id", "label", "used_from", "source")
#: labels.csv's columns of format 3 beyond :data:`LABEL_COLUMNS`: the annotation time of each label.
TIME_COLUMNS = ("seconds", "annotations", "round_added")
TEXT_COLUMNS = {ASKED: ("id", "role", PART), LABELS: ("id", "label", "source")}

#: File systems whose locks may not hold between machines (``/proc/self/mounts``' types).
NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "afs", "ceph", "glusterfs",
                                 "lustre", "gpfs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2",
                                 "fuse.s3fs", "fuse.gcsfuse", "fuse.rclone", "beegfs", "ocfs2", "gfs2"})


def write_atomic(path: Path, write: Callable[[str], None]) -> None:
    """``write(tmp)`` a file beside ``path``, then move it into place (the user's umask, never half a file)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, umask_file_mode())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def locked(folder, *, timeout: float | None = None) -> Iterator[None]:
    """Hold ``folder``'s lock (``.campaign.lock``, never removed) for the block: one changing command at a time.

    An exclusive ``fcntl.flock`` on the lock file where the OS has one (the kernel releases it when the process
    ends, ``kill -9`` included); else :class:`filelock.FileLock`. A block inside a block of the same
    process that holds it runs under the outer lock.

    Raises
    ------
    OSError
        One line: the lock file cannot be made, or (:class:`LockBusy`) another command held the lock for ``timeout``
        seconds (default :data:`LOCK_TIMEOUT`; 0: do not wait). A command that waits says so at once on standard
        error, naming the process that holds the lock (:func:`lock_holder`).
    """
    folder = Path(folder)
    path = folder / LOCK
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    key = f"{os.path.realpath(path)}\0{threading.get_ident()}"
    if _HELD.get(key):  # this process holds it already: the outer block keeps it
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    holder = lock_holder(folder)
    who = f" ({holder})" if holder else ""
    busy = LockBusy(f"another alplan command{who} has held the campaign's lock {path} for {timeout:.0f} s: let it "
                    "finish, then run this again", holder)
    try:
        import fcntl  # lazy: optional dependency
    except ImportError:  # no fcntl (Windows)
        from filelock import FileLock, Timeout  # lazy: optional dependency

        lock = FileLock(str(path), timeout=timeout)
        try:
            lock.acquire()
        except Timeout:
            raise busy from None
        _HELD[key] = 1
        try:
            sweep(folder)
            yield
        finally:
            _HELD.pop(key, None)
            lock.release()
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OSError(f"cannot lock the campaign in {folder}: {exc.strerror or type(exc).__name__} (the folder "
                      "must be writable)") from None
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = lock_holder(folder)
                    raise LockBusy(f"another alplan command{f' ({holder})' if holder else ''} has held the "
                                   f"campaign's lock {path} for {timeout:.0f} s: let it finish, then run this "
                                   "again", holder) from None
                if not told:
                    _say_waiting(folder, path, timeout)
                    told = True
                time.sleep(0.02)
            except OSError as exc:
                raise OSError(f"cannot lock the campaign in {folder}: {exc.strerror or type(exc).__name__} (a file "
                              "system without locks: run one campaign command at a time)") from None
        _HELD[key] = 1
        _mark_holder(fd)
        try:
            sweep(folder)
            yield
        finally:
            _HELD.pop(key, None)
    finally:
        os.close(fd)  # closing the file drops the lock


def _say_waiting(folder, path: Path, timeout: float) -> None:
    """One line on standard error, at once, where a command waits for the campaign's lock."""
    holder = lock_holder(folder)
    print(f"waiting for the campaign's lock {path}: another alplan command holds it"
          f"{f' ({holder})' if holder else ''}; giving up after {timeout:.0f} s", file=sys.stderr, flush=True)


def sweep(folder) -> None:
    """Remove the temporary copies a killed command left in ``folder`` (``.asked.csv.XXXX``...): only a command
    holding the lock writes them, so under the lock every one is a leftover."""
    folder = Path(folder)
    prefixes = tuple(f".{name}." for name in (SETTINGS, ASKED, LABELS, CURVE, MEASURED, QUESTION, ANSWER, SOURCES,
                                              SOURCE_SETTINGS, SOURCE_CURVE))
    for where, names in ((folder, prefixes), (folder / BATCHES, (".round-", ".test-"))):
        try:
            entries = list(where.iterdir())
        except OSError:
            continue
        for p in entries:
            if p.name.startswith(names) and p.is_file():
                p.unlink(missing_ok=True)
    if (folder / SETTINGS).is_file():
        (folder / STARTING).unlink(missing_ok=True)  # a start killed after its commit


def network_filesystem(folder, mounts: str | None = None) -> str | None:
    """The type of the network file system ``folder`` lies on (``"nfs4"``), None on a local disk or where unknown.

    ``mounts``: the text of ``/proc/self/mounts`` (default: read it; absent off Linux, then None).
    """
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        where = os.path.realpath(folder)
    except (OSError, ValueError):
        return None
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (where == point or where.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def _unguard(value):
    """A format-1 cell without the formula guard's ``'`` (written only before ``= + - @``, tab, carriage return)."""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def guard_ambiguous(value) -> bool:
    """Whether a format-1 campaign cannot store ``value`` as it is (it would read back without its ``'``)."""
    return _unguard(value) != value


def _write_csv(df: pd.DataFrame, path: Path, format_: int) -> None:
    if format_ == 1:
        write_atomic(path, lambda tmp: to_safe_csv(df, tmp))
        return
    write_atomic(path, lambda tmp: df.to_csv(tmp, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"))


def _write_json(obj, path: Path) -> bytes:
    """Write ``obj`` as JSON to ``path`` (atomically); the bytes written."""
    data = (json.dumps(obj, indent=1, allow_nan=False) + "\n").encode("utf-8")

    def write(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)

    write_atomic(path, write)
    return data


def write_settings(folder, settings: dict) -> bytes:
    """Write ``settings`` as the campaign's ``campaign.json`` (the caller holds the folder's lock); the bytes
    written, as :meth:`Campaign.save` writes them."""
    return _write_json(settings, Path(folder) / SETTINGS)


def batch_paths(folder: Path, round_: int) -> tuple[Path, Path]:
    """(CSV, Label Studio tasks) of round ``round_``'s batch."""
    stem = Path(folder) / BATCHES / f"round-{round_:03d}"
    return stem.with_suffix(".csv"), stem.with_suffix(".tasks.json")


def is_campaign(folder) -> bool:
    return (Path(folder) / SETTINGS).is_file()


def _not_a_campaign(folder: Path) -> ValueError:
    return ValueError(f"{folder} is not a campaign folder (no {SETTINGS}): start one with "
                      f"`alplan campaign start {shlex.quote(str(folder))} --pool POOL`")


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _rng_state_ok(state) -> bool:
    if not isinstance(state, dict) or state.get("bit_generator") != "PCG64":
        return False
    try:
        np.random.PCG64().state = state
    except (TypeError, ValueError, KeyError, OverflowError):
        return False
    return True


def _whole_in(low: int, high: int):
    return lambda v: _is_whole(v) and low <= v <= high


def _seconds(v) -> bool:
    try:
        return not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(float(v)) and v >= 0
    except OverflowError:
        return False


#: campaign.json's keys: (check, what it must be).
_SETTINGS_KEYS = {
    "format": (lambda v: v in READABLE, f"one of {', '.join(map(str, READABLE))}"),
    "name": (lambda v: isinstance(v, str), "text"),
    "pool": (lambda v: isinstance(v, dict), "an object"),
    "model": (lambda v: isinstance(v, str), "text"),
    "model_params": (lambda v: isinstance(v, dict), "an object"),
    "strategy": (lambda v: isinstance(v, str), "text"),
    "seed": (_whole_in(0, MAX_SEED), f"a whole number from 0 to {MAX_SEED:,}"),
    "initial": (_whole_in(1, MAX_LABELS), f"a whole number from 1 to {MAX_LABELS:,}"),
    "batch_size": (_whole_in(1, MAX_LABELS), f"a whole number from 1 to {MAX_LABELS:,}"),
    "test_size": (_whole_in(0, MAX_LABELS), f"a whole number from 0 to {MAX_LABELS:,}"),
    "mc_samples": (_whole_in(1, MAX_MC_SAMPLES), f"a whole number from 1 to {MAX_MC_SAMPLES:,}"),
    "round": (_whole_in(0, MAX_LABELS), f"a whole number from 0 to {MAX_LABELS:,}"),
    "model_rng": (lambda v: isinstance(v, list) and all(_rng_state_ok(s) for s in v), "a list of PCG64 states"),
    "query_rng": (_rng_state_ok, "a PCG64 state"),
    "query_seconds": (lambda v: isinstance(v, list) and all(_seconds(s) for s in v), "a list of seconds"),
}
_POOL_KEYS = {
    "path": (lambda v: isinstance(v, str) and v != "", "a path"),
    "sha256": (lambda v: isinstance(v, str), "text"),
    "rows": (_whole_in(2, MAX_LABELS), f"a whole number from 2 to {MAX_LABELS:,}"),
    "id_column": (lambda v: isinstance(v, str), "text"),
    "features": (lambda v: isinstance(v, list) and all(isinstance(f, str) for f in v) and v != [],
                 "a list of column names"),
}


def _stretch_ok(item) -> bool:
    return (isinstance(item, dict) and _whole_in(0, MAX_LABELS)(item.get("from_round"))
            and isinstance(item.get("strategy"), str) and _whole_in(1, MAX_LABELS)(item.get("batch_size"))
            and isinstance(item.get("split", ""), str))


def _key_problems(obj: dict, keys: dict, name: str) -> list[str]:
    """The keys of ``keys`` (key -> (check, what it must be)) that ``obj`` lacks, then those whose value fails its
    check, one clause each; ``name``: how the clauses name ``obj`` ('' for the settings themselves)."""
    missing = [k for k in keys if k not in obj]
    out = [(f"{name} is missing " if name else "missing ") + ", ".join(repr(k) for k in missing)] if missing else []
    return out + [f"{name + '.' if name else ''}{key!r} is {_shown(obj[key])}, not {what}"
                  for key, (ok, what) in keys.items() if key in obj and not ok(obj[key])]


def settings_problems(settings, asked: pd.DataFrame | None = None) -> list[str]:
    """Every problem of a campaign.json read as ``settings`` (and of its round against ``asked``), one clause each;
    empty when it is sound. Keys other than these are left alone (``stretches``: a list of ``{"from_round",
    "strategy", "batch_size"}``, checked when present)."""
    if not isinstance(settings, dict):
        return [f"it holds a {type(settings).__name__}, not an object of settings"]
    problems = _key_problems(settings, _SETTINGS_KEYS, "")
    if isinstance(settings.get("pool"), dict):
        problems += _key_problems(settings["pool"], _POOL_KEYS, "'pool'")
    if "stretches" in settings and not (isinstance(settings["stretches"], list) and settings["stretches"]
                                        and all(_stretch_ok(s) for s in settings["stretches"])
                                        and settings["stretches"][0]["from_round"] == 1
                                        and all(a["from_round"] < b["from_round"] for a, b in
                                                zip(settings["stretches"], settings["stretches"][1:]))):
        problems.append("a broken stretches list (each {from_round, strategy, batch_size}, rounds rising from 1)")
    problems += _strategy_problems(settings)
    try:
        json.dumps(settings, allow_nan=False)
    except (TypeError, ValueError):
        problems.append("a value that is no JSON number or text (NaN or Infinity)")
    problems += _decide_at_problems(settings)
    round_ = settings.get("round")
    if _is_whole(round_) and round_ >= 0:
        if isinstance(settings.get("model_rng"), list) and len(settings["model_rng"]) < round_ + 1:
            problems.append(f"'model_rng' holds {len(settings['model_rng'])} states, not the {round_ + 1} of rounds "
                            f"0 to {round_}")
        if asked is not None and "round" in asked.columns:
            rounds = pd.to_numeric(asked["round"], errors="coerce")
            rounds = rounds[rounds.abs() < float(MAX_LABELS)]   # a cell too large or not finite is asked.csv's own
            reached = int(rounds.max()) if rounds.notna().any() else -1
            if round_ > reached:
                problems.append(f"'round' is {round_} but {ASKED} holds rounds up to {reached}" if reached >= 0
                                else f"'round' is {round_} but {ASKED} holds no ids")
    return problems


def _decide_at_problems(settings: dict) -> list[str]:
    """The clause of :func:`settings_problems` on ``decide_at`` (optional): the training labels in hand at which the
    answer is taken again, a whole number no larger than the pool outside its test split can give (its rows less the
    start's test ids; every command that writes it keeps within them)."""
    at = settings.get("decide_at")
    if at is None:
        return []
    pool = settings.get("pool") if isinstance(settings.get("pool"), dict) else {}
    rows, tested = pool.get("rows"), settings.get("test_size")
    most, held = MAX_LABELS, ""
    if _whole_in(2, MAX_LABELS)(rows):
        split = _whole_in(0, rows - 1)(tested)
        most = rows - tested if split else rows
        held = f"{rows:,} rows less {tested:,} test ids" if split else f"{rows:,} rows"
    if _whole_in(1, most)(at):
        return []
    if _whole_in(1, MAX_LABELS)(at) and held:
        return [f"'decide_at' is {at:,}, more training labels than the pool can give (its {held}): set it to at "
                f"most {most:,}, or remove it"]
    return [f"'decide_at' is {_shown(at)}, not a whole number from 1 to {most:,}"]


def _strategy_problems(settings: dict) -> list[str]:
    """The clauses of :func:`settings_problems` on the strategy names: each one the registry's own name (``alplan
    strategies``), and the last stretch's strategy and batch size those in force."""
    def named(value) -> bool:
        try:
            return strategies.get(value).name == value
        except ValueError:
            return False

    problems = []
    listed = isinstance(settings.get("stretches"), list) and all(_stretch_ok(x) for x in settings["stretches"])
    for where, value in [("'strategy'", settings.get("strategy"))] + [
            (f"the stretch from round {x['from_round']}'s strategy", x["strategy"])
            for x in (settings["stretches"] if listed else ())]:
        if isinstance(value, str) and not named(value):
            problems.append(f"{where} is {_shown(value)}, not a strategy's name ({', '.join(strategies.available())}"
                            ", or combined:A+B)")
    if listed and settings["stretches"]:
        last = settings["stretches"][-1]
        round_ = settings.get("round")
        if _is_whole(round_) and round_ >= 0 and last["from_round"] > round_ + 1:
            problems.append(f"the last stretch starts at round {last['from_round']}, beyond the next round to pick "
                            f"({round_ + 1})")
        for key in ("strategy", "batch_size"):
            if key in settings and settings[key] != last[key]:
                problems.append(f"{key!r} is {_shown(settings[key])} but the last stretch (from round "
                                f"{last['from_round']}) says {_shown(last[key])}")
    return problems


def _shown(value) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _read_state_table(path: Path, format_: int, text: tuple[str, ...]) -> pd.DataFrame:
    """``asked.csv`` or ``labels.csv`` with every cell as text (:func:`planner.campaign.schema.read_text_table`),
    a format-1 campaign's text cells without the formula guard's ``'``."""
    table = read_text_table(path, "restore it from a backup")
    if format_ == 1:
        for c in text:
            if c in table.columns:
                table[c] = table[c].map(_unguard)
    return table


def _check_state_tables(folder: Path, settings: dict, asked: pd.DataFrame, labels: pd.DataFrame) -> tuple:
    """``asked`` and ``labels`` (cells as text) checked against their schemas
    (:data:`planner.campaign.schema.ASKED_SCHEMA`, :data:`~planner.campaign.schema.LABELS_SCHEMA`: rounds
    within campaign.json's, one row per id, a label only for an id asked), converted; ``asked`` without the rows past
    the campaign's round (a cut-short ``next``)."""
    round_, rows = int(settings["round"]), int(settings["pool"]["rows"])
    mend = "fix that cell or restore the file from a backup"
    asked = check_table(asked, folder / ASKED, bounded(ASKED_SCHEMA, round=(round_ + 1, f"{ROUND_WHY}, then one"),
                                                       rank=(rows, ROWS_WHY)), mend)
    asked = asked[asked["round"] <= round_].reset_index(drop=True)  # a cut-short `next`
    labels = check_table(labels, folder / LABELS, bounded(LABELS_SCHEMA, used_from=(round_, ROUND_WHY),
                                                          round_added=(round_, ROUND_WHY)), mend)
    for name, table in ((ASKED, asked), (LABELS, labels)):
        twice = table["id"].duplicated(keep=False)
        if twice.any():
            first = table.loc[twice, "id"].iloc[0]
            at = [row_of(i) for i in table.index[table["id"] == first][:2]]
            raise ValueError(f"{folder / name} holds id {_shown(first)} on rows {at[0]} and {at[1]}: keep one row per "
                             "id (or restore the file from a backup)")
    never = ~labels["id"].isin(set(asked["id"]))
    if never.any():
        at = int(never.to_numpy().argmax())
        raise ValueError(f"{folder / LABELS} row {row_of(at)}: id {_shown(labels['id'].iloc[at])} was never asked "
                         f"(it is not in {ASKED} up to round {round_}, {SETTINGS}'s round): remove that row, or "
                         "restore the file from a backup")
    return asked, labels


#: The campaigns parsed in this process (:meth:`Campaign._parse`), by their folder and the bytes of campaign.json,
#: asked.csv and labels.csv (what the parse reads): a command reading the same files again (``add``'s measure and its
#: answer after the labels are written) parses them once. Callers copy what they change (:meth:`Campaign.load`).
_PARSED: dict = {}
_PARSED_KEPT = 2


@dataclass
class Campaign:
    """A campaign read from its folder: ``settings`` (campaign.json), ``asked`` and ``labels`` (tables)."""

    folder: Path
    settings: dict
    asked: pd.DataFrame
    labels: pd.DataFrame

    @property
    def round(self) -> int:
        return int(self.settings["round"])

    @property
    def format(self) -> int:
        return int(self.settings.get("format", FORMAT))

    # The campaign's derived facts, each defined here once: the answer (planner.campaign.standing), the curve's
    # columns (planner.campaign.steps.sunk_columns) and the labels in hand (planner.campaign.in_hand) read them.

    @property
    def held(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(training labels, test labels) in hand: labels.csv's rows, by the role their id was asked in."""
        role = self.asked.drop_duplicates("id").set_index("id")["role"]
        held = self.labels.assign(role=self.labels["id"].map(role))
        return held[held["role"] == "train"], held[held["role"] == "test"]

    @property
    def labels_in_hand(self) -> tuple[int, int]:
        """(training labels, test labels) in hand."""
        train, test = self.held
        return len(train), len(test)

    @property
    def test_asked(self) -> int:
        """The test ids the campaign set aside."""
        return int((self.asked["role"] == "test").sum())

    @property
    def pool_size(self) -> int:
        """The examples a path may label: the pool's rows less the test ids."""
        return int(self.settings["pool"]["rows"]) - self.test_asked

    @property
    def left(self) -> int:
        """The pool's ids never asked: what further orders can pick from."""
        return max(int(self.settings["pool"]["rows"]) - self.asked["id"].nunique(), 0)

    @property
    def setup_paid_by(self) -> str:
        """The first AL strategy that picked a round of the campaign, or the AL half of one: its set-up is paid
        ("" where none did)."""
        return next((str(st.get("split") or st["strategy"]) for st in stretches(self.settings)
                     if st["from_round"] <= self.round and (st.get("split") or st["strategy"] != "random")), "")

    @classmethod
    def load(cls, folder) -> "Campaign":
        """Read the campaign in ``folder``; one line naming every problem of a hand-edited campaign.json. Inside a
        snapshot (:mod:`planner.campaign.snapshot`) its files are parsed once: each load is a copy of that parse."""
        folder = Path(folder)
        c = once(("campaign", str(resolved(folder))), lambda: cls._parse(folder))
        return cls(folder, copy.deepcopy(c.settings), c.asked.copy(), c.labels.copy())

    @classmethod
    def _parse(cls, folder: Path) -> "Campaign":
        """The campaign in ``folder`` parsed from its files' bytes and checked (:meth:`load`): read back where this
        process parsed the very same bytes of its three state files before (:data:`_PARSED`), the files read once
        (inside a snapshot of the folder) and parsed from those bytes."""
        with snapshot(folder):
            key = None   # a file missing, unreadable or no regular file: parsed as before, which says so
            try:
                if all((folder / n).is_file() for n in (SETTINGS, ASKED, LABELS)):
                    key = (str(folder.resolve()), *(state_bytes(folder / n) for n in (SETTINGS, ASKED, LABELS)))
            except OSError:
                key = None
            if key is not None and key in _PARSED:
                return _PARSED[key]
            if key is not None:
                try:
                    parsed = cls._parse_files(folder)
                except (OSError, ValueError):
                    parsed = None   # refused: the refusal as a read outside a snapshot words it, below
                if parsed is not None:
                    _PARSED[key] = parsed
                    while len(_PARSED) > _PARSED_KEPT:
                        del _PARSED[next(iter(_PARSED))]
                    return parsed
        return cls._parse_files(folder)

    @classmethod
    def _parse_files(cls, folder: Path) -> "Campaign":
        """The campaign in ``folder`` parsed from its files' bytes and checked (:meth:`_parse`)."""
        if not folder.is_dir() or not is_campaign(folder):
            raise _not_a_campaign(folder)
        try:
            settings = json.loads(state_text(folder / SETTINGS))
        except (OSError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ValueError(f"cannot read {folder / SETTINGS}: {first}; restore it from a backup") from None
        if not isinstance(settings, dict) or "format" not in settings:
            raise ValueError(f"{folder / SETTINGS}: " + "; ".join(settings_problems(settings))
                             + ": restore it from a backup")
        if settings["format"] not in READABLE:
            raise ValueError(f"{folder / SETTINGS} is a campaign of format {_shown(settings['format'])}, which this "
                             f"alplan cannot read (it reads formats {', '.join(map(str, READABLE))}): use the alplan "
                             "that started it")
        format_ = int(settings["format"])
        asked = _read_state_table(folder / ASKED, format_, TEXT_COLUMNS[ASKED])
        labels = _read_state_table(folder / LABELS, format_, TEXT_COLUMNS[LABELS])
        timed = LABEL_COLUMNS + TIME_COLUMNS
        label_columns = timed if list(labels.columns) == list(timed) else LABEL_COLUMNS   # times optional
        asked_columns = ASKED_COLUMNS + (PART,) if list(asked.columns) == [*ASKED_COLUMNS, PART] else ASKED_COLUMNS
        for name, table, columns in ((ASKED, asked, asked_columns), (LABELS, labels, label_columns)):
            if list(table.columns) != list(columns):
                raise ValueError(f"{folder / name} has the columns {list(table.columns)}, not {list(columns)}: "
                                 "restore it (a campaign's files are read back as written)")
        for c in TIME_COLUMNS:
            if c not in labels.columns:
                labels[c] = ""
        if PART not in asked.columns:
            asked[PART] = ""
        problems = settings_problems(settings, asked)
        if problems:
            raise ValueError(f"{folder / SETTINGS}: " + "; ".join(problems) + ": fix it or restore it from a backup")
        asked, labels = _check_state_tables(folder, settings, asked, labels)
        return cls(folder, settings, asked, labels)

    def save(self, *, settings: bool = True, asked: bool = True, labels: bool = True) -> None:
        """Write the tables asked for, then campaign.json (the commit point), in the campaign's own format; a
        campaign of format 1 or 2 whose labels carry a time is written whole in format 3."""
        if labels and self.format < 3 and self.labels["seconds"].notna().any():
            self.settings["format"] = 3
            settings = asked = True
        if asked:
            split = self.asked[PART].fillna("").astype(str).ne("").any()   # the column only once a round was split
            _write_csv(self.asked[list(ASKED_COLUMNS + (PART,) if split else ASKED_COLUMNS)], self.folder / ASKED,
                       self.format)
        if labels:
            columns = LABEL_COLUMNS + TIME_COLUMNS if self.format >= 3 else LABEL_COLUMNS
            _write_csv(self.labels[list(columns)], self.folder / LABELS, self.format)
        if settings:
            _write_json(self.settings, self.folder / SETTINGS)

    def state_files(self) -> list[Path]:
        """Every file the campaign owns (an input may be none of them)."""
        files = [self.folder / n for n in (SETTINGS, ASKED, LABELS, CURVE, MEASURED, QUESTION, ANSWER, SOURCES,
                                           SOURCE_SETTINGS, SOURCE_CURVE, SPLIT, LOCK, STARTING)]
        batches = self.folder / BATCHES
        return files + sorted(batches.glob("round-*")) + sorted(batches.glob("test-*"))


def empty_labels() -> pd.DataFrame:
    return pd.DataFrame({"id": pd.Series(dtype=object), "label": pd.Series(dtype=object),
                         "used_from": pd.Series(dtype="Int64"), "source": pd.Series(dtype=object),
                         "seconds": pd.Series(dtype=float), "annotations": pd.Series(dtype="Int64"),
                         "round_added": pd.Series(dtype="Int64")})


def stretches(settings: dict) -> list[dict]:
    """The campaign's stretches, first to last: ``{"from_round", "strategy", "batch_size"}``, the strategy and batch
    size that pick round ``from_round`` and the rounds after it, up to the next stretch's (round 0, the random
    test split and initial set, belongs to none); a split stretch's ``split``: the AL strategy that picks half of
    each of its rounds (its ``strategy``, random, the other half). A campaign.json without ``stretches`` has one,
    from round 1.

    Raises
    ------
    ValueError
        ``stretches`` is not such a list (rounds from 1, rising; a strategy name; a whole batch size >= 1).
    """
    given = settings.get("stretches")
    if given is None:
        return [{"from_round": 1, "strategy": str(settings["strategy"]), "batch_size": int(settings["batch_size"])}]
    ok = isinstance(given, list) and len(given) > 0
    previous = 0
    for item in given if ok else ():
        whole = (isinstance(item, dict) and all(isinstance(item.get(k), int) and not isinstance(item.get(k), bool)
                                                for k in ("from_round", "batch_size")))
        if not (whole and isinstance(item.get("strategy"), str) and item["from_round"] > previous
                and item["batch_size"] >= 1 and isinstance(item.get("split", ""), str)):
            ok = False
            break
        previous = item["from_round"]
    if not ok or given[0]["from_round"] != 1:
        raise ValueError(f"{SETTINGS} has a broken stretches list (each {{from_round, strategy, batch_size}}, rounds "
                         "rising from 1): restore the file from a backup")
    return [dict(item) for item in given]


def stretch_of(settings: dict, round_: int) -> int:
    """The index in :func:`stretches` of the stretch that picked round ``round_`` (round 0: the first)."""
    starts = [s["from_round"] for s in stretches(settings)]
    return max(0, sum(1 for f in starts if f <= round_) - 1)
