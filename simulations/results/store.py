"""The results database: one SQLite file holding runs, their curve rows and saved scenarios.

One file (WAL mode, so the dashboard can read while a grid writes) with these
tables:

``runs``
    one row per run (= one curve), keyed by ``RunSpec.key()`` (a hash of the
    full run configuration): data set, model, strategy, seed, batch size,
    label noise, the configuration as JSON, the code version that produced
    it, its status (``running``, ``done``, ``failed``) and its timings.
``curves``
    the curves table (``simulations.results.schema.CURVE_COLUMNS``), one row per
    (run, round), tied to its run by key.
``hybrid_bars``
    the curve rows of the second and later hybrid accuracy bars of a run
    (``simulations.results.schema.HYBRID_COLUMNS`` per run, round and bar):
    the run's ``curves`` row of a round holds its lowest bar, and
    :meth:`Store.curves` returns one row per (run, round, bar), as the
    simulator does.
``scenarios``
    saved dashboard scenarios: name -> JSON object, with created/updated
    timestamps.

The tables' columns and SQL, and the curves table's dtypes, are in :mod:`simulations.results.tables`; the
atomic writer of an export in :mod:`simulations.results.writing`.

A run's curve rows and its ``done`` status are written in ONE transaction,
and every read returns only ``done`` runs, so a reader never sees half a run
and re-running a grid never duplicates rows.  A run that was interrupted
(``kill -9``, a power cut) stays ``running`` with no curve rows and is simply
run again next time.

Examples
--------
>>> with Store("runs.db") as store:                      # doctest: +SKIP
...     todo = [s for s in specs if s.key() not in store.completed_keys()]
...     store.write_run(spec, curves_df, {"wall_seconds": 1.2})
...     store.curves(strategy="margin")
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from simulations.results.location import DEFAULT_DB  # one definition: the CLI's and the page's
from simulations.results.schema import CURVE_COLUMNS, HYBRID_COLUMNS, LATER_COLUMNS, LINE_BREAKING
from simulations.results.tables import (_BAR_VALUES, _IDENTITY, _LATER_TABLES, _LEGACY_COLUMNS, _RUN_COLUMNS,
                                        _RUN_NAMES, _SCHEMA, _STATUSES, _TABLES, APPLICATION_ID, CURVE_DTYPES,
                                        FULL_POOL, SCHEMA_VERSION, _curve_column_sql, _null, _split_bars,
                                        normalize_curves)
from simulations.results.writing import umask_file_mode, write_table_atomic

__all__ = [
    "CURVE_DTYPES",
    "DEFAULT_DB",
    "Store",
    "code_version",
    "normalize_curves",
    "umask_file_mode",
    "write_table_atomic",
]


# ----------------------------------------------------------------- helpers


@functools.cache
def code_version() -> str:
    """The alplan version that produces results here, with the git commit when known.

    Returns
    -------
    str
        e.g. ``"alplan 0.1.0+g1a2b3c4"`` (``+dirty`` when the checkout has
        uncommitted changes), or ``"alplan 0.1.0"`` outside a git checkout.
    """
    try:
        text = f"alplan {version('alplan')}"
    except Exception:  # not installed as a distribution
        text = "alplan unknown"
    here = Path(__file__).resolve().parents[1]  # the simulations package
    try:
        commit = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no", "--", "."],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return text
    if commit:
        text += f"+g{commit}" + (".dirty" if dirty else "")
    return text


def _spec_dict(spec: Any) -> dict:
    """The run configuration of ``spec`` as a plain dict (RunSpec or mapping)."""
    if isinstance(spec, Mapping):
        return dict(spec)
    to_dict = getattr(spec, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    raise ValueError(f"expected a RunSpec (with .key() and .to_dict()), got {type(spec).__name__}")


def _spec_key(spec: Any) -> str:
    if isinstance(spec, str):
        return spec
    key = getattr(spec, "key", None)
    if callable(key):
        return str(key())
    if isinstance(spec, Mapping) and "key" in spec:
        return str(spec["key"])
    raise ValueError(f"expected a RunSpec (with .key()), got {type(spec).__name__}")


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (tuple, set, frozenset)):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _as_list(value: Any) -> list | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)


# ------------------------------------------------------------------- store


class Store:
    """The results database: runs, curve rows and saved scenarios in one SQLite file.

    Parameters
    ----------
    path : str or PathLike
        The database file; created (with its tables) when missing, unless
        ``readonly``.  Its folder must exist.
    readonly : bool
        Open for reading only (the dashboard while a grid writes); the file
        must exist.
    timeout : float
        Seconds to wait for another writer's lock before giving up.

    Raises
    ------
    OSError
        when the folder does not exist, the path is a folder, or (readonly)
        the file does not exist.
    ValueError
        when the file is not an alplan results database.

    Notes
    -----
    One ``Store`` may be shared by threads (calls are serialized); separate
    processes should open their own.  Use it as a context manager, or call
    :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False, timeout: float = 60.0):
        if path is None or str(path).strip() == "":
            raise ValueError("the database path is empty; give a file name such as runs.db")
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        directory = self.path.parent if str(self.path.parent) else Path(".")
        if self.path.is_dir():
            raise OSError(f"database path {self.path} is a folder; give a file name such as {self.path / 'runs.db'}")
        if readonly and not self.path.exists():
            raise OSError(
                f"no results database at {self.path}; run `alplan grid` or `alplan simulate --db {self.path}` first"
            )
        if not directory.is_dir():
            raise OSError(f"cannot open database {self.path}: folder {directory} does not exist; create it first")
        self._created = not self.path.exists()  # a new file is removed again if opening it fails
        if not readonly and not os.access(self.path if not self._created else directory, os.W_OK):
            what = "file" if not self._created else f"folder {directory}"
            raise OSError(f"database {self.path} is read-only (its {what} cannot be written); choose a writable "
                          "--db, or fix the permissions")
        try:
            self._conn = self._connect(timeout)
        except sqlite3.Error as exc:
            raise OSError(f"cannot open database {self.path}: {exc}") from None
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._setup()
            else:
                self._check_schema()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            self._remove_if_created()
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise ValueError(
                    f"{self.path} is not an alplan results database (SQLite): {exc}; choose another --db"
                ) from None
            raise self._write_error(exc) from None
        except BaseException:
            self._conn.close()
            self._remove_if_created()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        """The connection: read-write, or for reading only ``mode=ro`` (``immutable=1`` where the folder is
        read-only, so that SQLite needs no -shm file it could not create: nobody can be writing there)."""
        options = dict(timeout=timeout, isolation_level=None, check_same_thread=False)
        if not self.readonly:
            return sqlite3.connect(str(self.path), **options)
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        directory = self.path.parent if str(self.path.parent) else Path(".")
        wal = Path(str(self.path) + "-wal")
        if not os.access(directory, os.W_OK) and not (wal.exists() and wal.stat().st_size):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, **options)
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        except sqlite3.OperationalError as exc:  # a WAL file in a folder where its -shm cannot be made
            conn.close()
            if "readonly" not in str(exc) and "unable to open" not in str(exc):
                raise
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, **options)
        return conn

    # ---------------------------------------------------------- lifecycle

    def _write_error(self, exc: BaseException) -> OSError:
        """One line for a database that cannot be written: full disk, read-only file, I/O error."""
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        lowered = text.lower()
        if self.readonly:
            return OSError(f"cannot read database {self.path}: {text}; check the disk and the file")
        if "full" in lowered or "disk i/o" in lowered:
            return OSError(f"cannot write database {self.path}: the disk is full or failing ({text}); free some "
                           "space and run again (runs already stored are kept)")
        if "readonly" in lowered or "read-only" in lowered:
            return OSError(f"cannot write database {self.path}: it is read-only ({text}); choose a writable --db")
        return OSError(f"cannot use database {self.path}: {text}")

    def _remove_if_created(self) -> None:
        """Remove the file this Store created (and its -wal/-shm/-journal): nothing is left behind."""
        if not getattr(self, "_created", False):
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink()

    def discard_if_new_and_empty(self) -> bool:
        """Close, and remove the database file if this Store created it and it holds no finished or failed run
        and no scenario (a run left ``running`` would only be run again).

        A command that fails on a new ``--db`` (a full disk) leaves nothing behind; returns True if removed.
        """
        empty = False
        if getattr(self, "_created", False) and self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                empty = not self._read("SELECT 1 FROM runs WHERE status != 'running' LIMIT 1") and \
                    not self._read("SELECT 1 FROM scenarios LIMIT 1")
        self.close()
        if empty:
            self._remove_if_created()
        return empty

    def _recognise(self) -> str:
        """Whose file this is, read without writing a byte: ``"alplan"`` (alplan's application id),
        ``"legacy"`` (an alplan database from before the id: alplan's exact table layout and its
        schema-version row) or ``"new"`` (an empty file).

        Raises
        ------
        ValueError
            for any other SQLite file (another program's), in one line; nothing is changed.
        """
        conn = self._db()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith("sqlite_")}
        if app_id == APPLICATION_ID:
            return "alplan"
        if app_id == 0 and not tables and self.path.stat().st_size == 0:
            return "new"
        if app_id == 0 and _TABLES <= tables <= _TABLES | _LATER_TABLES:
            columns = {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in _TABLES}
            if all(_LEGACY_COLUMNS[t] <= columns[t] for t in _TABLES) and conn.execute(
                    "SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone():
                return "legacy"
        what = (f"application id {app_id:#x}" if app_id else
                f"tables {', '.join(sorted(tables))}" if tables else "no alplan tables")
        raise ValueError(f"{self.path} is a SQLite file of another program ({what}), not an alplan results "
                         "database; it was left untouched: choose another --db")

    def _setup(self) -> None:
        # refuse another program's file before changing anything (the journal mode too)
        kind = "new" if self._created else self._recognise()
        if kind == "new":  # the id first: another process opening the file meanwhile sees alplan's
            self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # e.g. a network file system without shared memory
            raise OSError(f"cannot switch {self.path} to WAL mode (got {mode!r}); put the database on a local disk")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        with self._transaction():
            if kind != "alplan":  # a new file, or one from before the id: stamp it
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._conn.execute(statement)
            have = {r[1] for r in self._conn.execute("PRAGMA table_info(runs)")}
            for name, kind in _RUN_COLUMNS:  # columns added since the file was made (all nullable)
                if name not in have:
                    self._conn.execute(f"ALTER TABLE runs ADD COLUMN {name} {kind}")
            have = self._curve_columns()
            for name in LATER_COLUMNS:  # old runs read back NaN; in this one transaction: all or none
                if name not in have:
                    self._conn.execute(f"ALTER TABLE curves ADD COLUMN {_curve_column_sql(name)}")
            have = self._columns("hybrid_bars")
            for name in _BAR_VALUES:
                if name not in have:
                    self._conn.execute(f"ALTER TABLE hybrid_bars ADD COLUMN {name} REAL")
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self._conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise ValueError(
                    f"{self.path} was written by a newer alplan (schema {row[0]} > {SCHEMA_VERSION}); upgrade alplan"
                )

    def _curve_columns(self) -> set[str]:
        return self._columns("curves")

    def _columns(self, table: str) -> set[str]:
        """The columns ``table`` has in this file (an old file opened read-only may lack later ones)."""
        return {r[1] for r in self._db().execute(f"PRAGMA table_info({table})")}

    def _check_schema(self) -> None:
        if self._recognise() == "new" or not _TABLES <= {
                r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
            raise ValueError(f"{self.path} is not an alplan results database; choose another --db")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            conn = getattr(self, "_conn", None)
            if conn is not None:
                conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}{', readonly=True' if self.readonly else ''})"

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError(f"the database {self.path} is closed; open a new Store")
        return self._conn

    class _Tx:
        def __init__(self, store: Store):
            self.store = store

        def __enter__(self):
            self.store._lock.acquire()
            try:
                self.store._db().execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                self.store._lock.release()
                if "locked" in str(error) or "busy" in str(error):
                    raise
                raise self.store._write_error(error) from None
            except BaseException:
                self.store._lock.release()
                raise
            return self.store._conn

        def __exit__(self, exc_type, exc, tb):
            try:
                if exc_type is None:
                    try:
                        self.store._conn.execute("COMMIT")
                    except sqlite3.OperationalError as error:
                        with contextlib.suppress(sqlite3.Error):
                            self.store._conn.execute("ROLLBACK")
                        raise self.store._write_error(error) from None
                else:
                    with contextlib.suppress(sqlite3.Error):  # a full disk may have rolled back already
                        self.store._conn.execute("ROLLBACK")
                    if isinstance(exc, sqlite3.OperationalError) and not (
                            "locked" in str(exc) or "busy" in str(exc)):
                        raise self.store._write_error(exc) from None  # one line, not an sqlite traceback
            finally:
                self.store._lock.release()

    def _transaction(self) -> Store._Tx:
        if self.readonly:
            raise ValueError(f"the database {self.path} was opened read-only; open Store(path) to write")
        return Store._Tx(self)

    def _read(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._lock:
            return self._db().execute(sql, tuple(params)).fetchall()

    # --------------------------------------------------------------- runs

    def completed_keys(self) -> set[str]:
        """Keys of the runs whose curves are complete (status ``done``)."""
        return {r[0] for r in self._read("SELECT key FROM runs WHERE status = 'done'")}

    def status(self, keys: Iterable[str] | None = None) -> dict[str, str]:
        """Key -> status (``running``, ``done``, ``failed``) of the runs the database knows."""
        rows = self._read("SELECT key, status FROM runs")
        if keys is None:
            return dict(rows)
        wanted = set(keys)
        return {k: s for k, s in rows if k in wanted}

    def _run_identity(self, spec: Any, curves: pd.DataFrame | None = None) -> dict:
        info = _spec_dict(spec)
        ident = {}
        for column in _IDENTITY:
            if column in info:
                ident[column] = info[column]
            elif curves is not None and len(curves):
                ident[column] = curves[column].iloc[0]
            else:
                raise ValueError(f"run spec lacks {column!r}; pass a RunSpec")
        ident["dataset"], ident["model"], ident["strategy"] = (
            str(ident["dataset"]), str(ident["model"]), str(ident["strategy"])
        )
        if ident["dataset"] == "file" and info.get("data_file"):  # the user's file: its rows carry its name
            ident["dataset"] = Path(str(info["data_file"])).name
        ident["seed"], ident["batch_size"] = int(ident["seed"]), int(ident["batch_size"])
        ident["label_noise"] = float(ident["label_noise"])
        try:
            config = json.dumps(info, sort_keys=True, default=_json_default, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"run spec cannot be stored as JSON: {exc}") from None
        return {"key": _spec_key(spec), **ident, "config": config}

    def mark_running(self, spec: Any, *, worker: str | None = None) -> None:
        """Record that ``spec`` has started (unless it is already ``done``).

        An interrupted run stays ``running`` with no curve rows; the next grid
        runs it again.
        """
        ident = self._run_identity(spec)
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO runs (key, dataset, model, strategy, seed, batch_size, label_noise, config, "
                "code_version, status, attempts, worker, started_at) "
                "VALUES (:key, :dataset, :model, :strategy, :seed, :batch_size, :label_noise, :config, "
                ":code_version, 'running', 1, :worker, :now) "
                "ON CONFLICT(key) DO UPDATE SET status = 'running', attempts = attempts + 1, "
                "worker = :worker, started_at = :now, finished_at = NULL, error = NULL "
                "WHERE runs.status != 'done'",
                {**ident, "code_version": code_version(), "worker": worker, "now": now},
            )

    def mark_failed(self, spec: Any, error: str) -> None:
        """Record that ``spec`` failed with ``error`` (one line); no curve rows are kept."""
        ident = self._run_identity(spec)
        now = time.time()
        message = (str(error).strip().splitlines() or [""])[0][:1000]
        with self._transaction() as db:
            db.execute(
                "DELETE FROM curves WHERE run_key = ? AND run_key NOT IN "
                "(SELECT key FROM runs WHERE status = 'done')",
                (ident["key"],),
            )
            db.execute(
                "INSERT INTO runs (key, dataset, model, strategy, seed, batch_size, label_noise, config, "
                "code_version, status, attempts, finished_at, error) "
                "VALUES (:key, :dataset, :model, :strategy, :seed, :batch_size, :label_noise, :config, "
                ":code_version, 'failed', 1, :now, :error) "
                "ON CONFLICT(key) DO UPDATE SET status = 'failed', finished_at = :now, error = :error "
                "WHERE runs.status != 'done'",
                {**ident, "code_version": code_version(), "now": now, "error": message},
            )

    def write_run(self, spec: Any, curves_df: pd.DataFrame, timings: Mapping[str, Any] | None = None) -> None:
        """Store one finished run: its curve rows and its ``done`` status, in ONE transaction.

        Parameters
        ----------
        spec : RunSpec
            the run (``.key()`` and ``.to_dict()``).
        curves_df : DataFrame of shape (n_rounds + 1, >= 12)
            the run's rows of the curves table, one per round.
        timings : mapping, optional
            ``wall_seconds``, ``cpu_seconds`` (of the worker process),
            ``started_at``/``finished_at`` (epoch seconds),
            ``worker`` (host/process that ran it), ``code_version`` (of the
            worker); missing entries are filled in.

        Raises
        ------
        ValueError
            when the rows are empty, lack a column, repeat a round, or belong
            to another run than ``spec``.

        Notes
        -----
        Writing a run that is already stored replaces its rows: never duplicates.
        """
        timings = dict(timings or {})
        curves = normalize_curves(curves_df)
        if curves.empty:
            raise ValueError("a run must have at least one curve row (round 0); got none")
        curves, bars = _split_bars(curves)
        ident = self._run_identity(spec, curves)
        for column in _IDENTITY:
            values = set(curves[column].tolist())
            if values != {ident[column]}:
                raise ValueError(
                    f"curve rows do not belong to run {ident['key'][:12]}: "
                    f"{column} is {sorted(map(str, values))}, the spec says {ident[column]!r}"
                )
        curves = curves.sort_values("round", kind="stable")
        now = time.time()
        record = {
            **ident,
            "code_version": str(timings.get("code_version") or code_version()),
            "n_rounds": int(len(curves)),
            "worker": timings.get("worker") or socket.gethostname(),
            "started_at": timings.get("started_at"),
            "finished_at": timings.get("finished_at", now),
            "wall_seconds": timings.get("wall_seconds"),
            "cpu_seconds": timings.get("cpu_seconds"),
            "train_seconds": float(curves["train_seconds"].sum()),
            "query_seconds": float(curves["query_seconds"].sum()),
        }
        rows = list(zip([ident["key"]] * len(curves), *(curves[c].tolist() for c in CURVE_COLUMNS)))
        placeholders = ", ".join("?" * (len(CURVE_COLUMNS) + 1))
        quoted = ", ".join(f'"{c}"' for c in CURVE_COLUMNS)
        with self._transaction() as db:
            db.execute("DELETE FROM curves WHERE run_key = ?", (ident["key"],))
            db.execute(
                "INSERT INTO runs (key, dataset, model, strategy, seed, batch_size, label_noise, config, "
                "code_version, status, attempts, n_rounds, worker, started_at, finished_at, wall_seconds, "
                "cpu_seconds, train_seconds, query_seconds, error) "
                "VALUES (:key, :dataset, :model, :strategy, :seed, :batch_size, :label_noise, :config, "
                ":code_version, 'done', 1, :n_rounds, :worker, :started_at, :finished_at, :wall_seconds, "
                ":cpu_seconds, :train_seconds, :query_seconds, NULL) "
                "ON CONFLICT(key) DO UPDATE SET status = 'done', config = :config, code_version = :code_version, "
                "n_rounds = :n_rounds, worker = :worker, started_at = COALESCE(:started_at, runs.started_at), "
                "finished_at = :finished_at, wall_seconds = :wall_seconds, cpu_seconds = :cpu_seconds, "
                "train_seconds = :train_seconds, "
                "query_seconds = :query_seconds, error = NULL",
                record,
            )
            db.executemany(f"INSERT INTO curves (run_key, {quoted}) VALUES ({placeholders})", rows)
            db.execute("DELETE FROM hybrid_bars WHERE run_key = ?", (ident["key"],))
            db.executemany(
                f'INSERT INTO hybrid_bars (run_key, "round", machine_target, {", ".join(_BAR_VALUES)}) '
                f"VALUES (?, ?, ?, {', '.join('?' * len(_BAR_VALUES))})",
                [(ident["key"], int(r), float(t), *map(_null, values)) for r, t, *values in zip(
                    bars["round"], bars["machine_target"], *(bars[c] for c in _BAR_VALUES))])

    def delete_runs(self, *, status: str | Sequence[str] | None = None, keys: Iterable[str] | None = None) -> int:
        """Delete runs (and their curve rows) by status and/or key; return how many."""
        clauses, params = self._run_filter(status=status, keys=keys)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._transaction() as db:
            doomed = [r[0] for r in db.execute(f"SELECT key FROM runs{where}", params)]
            db.executemany("DELETE FROM curves WHERE run_key = ?", [(k,) for k in doomed])
            db.executemany("DELETE FROM hybrid_bars WHERE run_key = ?", [(k,) for k in doomed])
            db.executemany("DELETE FROM runs WHERE key = ?", [(k,) for k in doomed])
        return len(doomed)

    @staticmethod
    def _run_filter(prefix: str = "", *, status=None, keys=None, **columns) -> tuple[list[str], list]:
        clauses: list[str] = []
        params: list = []
        statuses = _as_list(status)
        if statuses is not None:
            bad = [s for s in statuses if s not in _STATUSES]
            if bad:
                raise ValueError(f"unknown run status {bad[0]!r}; use one of {', '.join(_STATUSES)}")
            clauses.append(f"{prefix}status IN ({', '.join('?' * len(statuses))})")
            params += statuses
        for column, value in columns.items():
            values = _as_list(value)
            if values is None:
                continue
            if column == "label_noise":
                values = [float(v) for v in values]
            elif column in ("seed", "batch_size"):
                values = [int(v) for v in values]
            else:
                values = [str(v) for v in values]
            clauses.append(f"{prefix}{column} IN ({', '.join('?' * len(values))})")
            params += values
        key_list = _as_list(keys)
        if key_list is not None:
            clauses.append(f"{prefix}key IN (SELECT value FROM json_each(?))")
            params.append(json.dumps([str(k) for k in key_list]))
        return clauses, params

    def curves(
        self,
        *,
        dataset: str | Sequence[str] | None = None,
        model: str | Sequence[str] | None = None,
        strategy: str | Sequence[str] | None = None,
        seed: int | Sequence[int] | None = None,
        batch_size: int | Sequence[int] | None = None,
        label_noise: float | Sequence[float] | None = None,
        keys: Iterable[str] | None = None,
        with_key: bool = False,
    ) -> pd.DataFrame:
        """The curves table of the completed runs, optionally filtered.

        Each filter takes one value or a list of values.  Only ``done`` runs
        are returned, each with all its rounds.

        Returns
        -------
        DataFrame of shape (n_rows, len(CURVE_COLUMNS))
            ``CURVE_COLUMNS`` in order (plus a leading ``run_key`` column when
            ``with_key``), sorted by data set, model, strategy, batch size,
            label noise, seed, round. The later columns (``LATER_COLUMNS``)
            are NaN where not recorded (runs stored before they existed).
            The whole-pool ceilings (:mod:`simulations.run.ceiling`, strategy
            ``"full-pool"``) are left out unless ``strategy`` names it.
        """
        clauses, params = self._run_filter(
            "r.", status="done", keys=keys, dataset=dataset, model=model, strategy=strategy,
            seed=seed, batch_size=batch_size, label_noise=label_noise,
        )
        if FULL_POOL not in (_as_list(strategy) or ()):  # ceilings are no AL curve: only when asked for by name
            clauses.append("r.strategy != ?")
            params.append(FULL_POOL)
        with self._lock:  # an old file opened read-only may lack the later columns
            have = self._curve_columns()
        cols = ", ".join(f'c."{c}"' if c in have else f'NULL AS "{c}"' for c in CURVE_COLUMNS)
        sql = (
            f"SELECT c.run_key, {cols} FROM curves c JOIN runs r ON r.key = c.run_key "
            f"WHERE {' AND '.join(clauses)} "
            'ORDER BY c.dataset, c.model, c.strategy, c.batch_size, c.label_noise, c.seed, c.run_key, c."round"'
        )
        rows = self._read(sql, params)
        raw = pd.DataFrame.from_records(rows, columns=("run_key", *CURVE_COLUMNS))
        raw = self._with_bars(raw)
        out = normalize_curves(raw)
        if with_key:
            out.insert(0, "run_key", pd.array(raw["run_key"].tolist(), dtype="str"))
        return out

    def _with_bars(self, raw: pd.DataFrame) -> pd.DataFrame:
        """``raw`` (curve rows with ``run_key``) with the rows of every run's later hybrid bars added after its
        lowest bar's, in bar order (an old file opened read-only may lack the table: nothing to add)."""
        if raw.empty:
            return raw
        with self._lock:
            tables = {r[0] for r in self._db().execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "hybrid_bars" not in tables:
            return raw
        keys = json.dumps(sorted(set(raw["run_key"].tolist())))
        have = self._columns("hybrid_bars")
        values = ", ".join(c if c in have else f"NULL AS {c}" for c in _BAR_VALUES)
        extra = self._read(f'SELECT run_key, "round", machine_target, {values} FROM hybrid_bars '
                           "WHERE run_key IN (SELECT value FROM json_each(?))", (keys,))
        if not extra:
            return raw
        bars = pd.DataFrame.from_records(extra, columns=("run_key", "round", *HYBRID_COLUMNS))
        base = raw.drop(columns=list(HYBRID_COLUMNS))
        added = base.merge(bars, on=["run_key", "round"], how="inner")[raw.columns]
        raw = raw.assign(_order=np.arange(len(raw)), _bar=0.0)
        position = dict(zip(zip(raw["run_key"], raw["round"]), raw["_order"]))
        added = added.assign(_order=[position[k] for k in zip(added["run_key"], added["round"])],
                             _bar=added["machine_target"].astype(float))
        both = pd.concat([raw, added], ignore_index=True).sort_values(["_order", "_bar"], kind="stable")
        return both.drop(columns=["_order", "_bar"]).reset_index(drop=True)

    def runs(self, *, status: str | Sequence[str] | None = None) -> pd.DataFrame:
        """One row per run the database knows: identity, status, code version, timings.

        Returns
        -------
        DataFrame
            columns key, dataset, model, strategy, seed, batch_size,
            label_noise, config (JSON), code_version, status, attempts,
            n_rounds, worker, started_at, finished_at (UTC timestamps),
            wall_seconds, cpu_seconds, train_seconds, query_seconds, error;
            sorted like
            :meth:`curves`.
        """
        clauses, params = self._run_filter(status=status)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._lock:  # an old file opened read-only may lack the later columns (cpu_seconds)
            have = self._columns("runs")
        cols = ", ".join(name if name in have else f"NULL AS {name}" for name in _RUN_NAMES)
        rows = self._read(
            f"SELECT {cols} FROM runs{where} "
            "ORDER BY dataset, model, strategy, batch_size, label_noise, seed, key",
            params,
        )
        df = pd.DataFrame.from_records(rows, columns=_RUN_NAMES)
        for column in ("seed", "batch_size", "attempts"):
            df[column] = df[column].astype("int64")
        df["n_rounds"] = df["n_rounds"].astype("Int64")
        for column in ("label_noise", "wall_seconds", "cpu_seconds", "train_seconds", "query_seconds"):
            df[column] = df[column].astype("float64")
        for column in ("started_at", "finished_at"):
            df[column] = pd.to_datetime(df[column].astype("float64"), unit="s", utc=True)
        return df

    def export(self, path: str | os.PathLike, **filters: Any) -> Path:
        """Write the completed curves (optionally filtered, see :meth:`curves`) to CSV/Parquet atomically."""
        return write_table_atomic(self.curves(**filters), path)

    # ---------------------------------------------------------- scenarios

    @staticmethod
    def _scenario_name(name: Any) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ValueError("a scenario needs a non-empty name")
        name = name.strip()
        if re.search(LINE_BREAKING, name):
            raise ValueError(f"scenario name {name!r} holds a line break or control character; give a one-line name")
        if len(name) > 200:
            raise ValueError(f"scenario name is {len(name)} characters long; keep it under 200")
        return name

    def save_scenario(self, name: str, data: Mapping[str, Any]) -> None:
        """Save (or overwrite) scenario ``name`` as a JSON object.

        Raises
        ------
        ValueError
            when the name is empty or ``data`` is not a JSON-serializable
            mapping with finite numbers.
        """
        name = self._scenario_name(name)
        if not isinstance(data, Mapping):
            raise ValueError(f"scenario {name!r} must be a dict of settings, got {type(data).__name__}")
        try:
            blob = json.dumps(dict(data), sort_keys=True, default=_json_default, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"scenario {name!r} cannot be saved as JSON: {exc}") from None
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO scenarios (name, data, created_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (name, blob, now, now),
            )

    def load_scenario(self, name: str) -> dict:
        """The saved scenario ``name`` as a dict; ValueError naming the saved ones if absent."""
        name = self._scenario_name(name)
        row = self._read("SELECT data FROM scenarios WHERE name = ?", (name,))
        if not row:
            saved = self.list_scenarios()
            hint = f"saved: {', '.join(saved)}" if saved else "none is saved yet"
            raise ValueError(f"no saved scenario named {name!r}; {hint}")
        return json.loads(row[0][0])

    def list_scenarios(self) -> list[str]:
        """Names of the saved scenarios, sorted."""
        return [r[0] for r in self._read("SELECT name FROM scenarios ORDER BY name")]

    def scenarios(self) -> pd.DataFrame:
        """The saved scenarios: name, created_at, updated_at (UTC timestamps), sorted by name."""
        rows = self._read("SELECT name, created_at, updated_at FROM scenarios ORDER BY name")
        df = pd.DataFrame.from_records(rows, columns=("name", "created_at", "updated_at"))
        for column in ("created_at", "updated_at"):
            df[column] = pd.to_datetime(df[column].astype("float64"), unit="s", utc=True)
        return df

    def delete_scenario(self, name: str) -> bool:
        """Delete scenario ``name``; True if it existed."""
        name = self._scenario_name(name)
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM scenarios WHERE name = ?", (name,))
        return cursor.rowcount > 0

