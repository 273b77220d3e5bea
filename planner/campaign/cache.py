"""What a campaign's answer computes from its files alone, kept in the campaign's ``.cache/`` folder.

The strategies' runs on the labels in hand (:func:`planner.campaign.in_hand.measure_strategies`) and the
sources' curves (:func:`planner.campaign.sources.source_curves`) depend only on the campaign's files and the code
that computes them: each is stored under the sha256 of everything it reads (:func:`digest`) and of that code
(:func:`code_stamp`), so a second question on the same labels reads them back instead of computing them again.

A cache never changes an answer: a hit returns exactly what a miss computed (a table through Parquet, curve rows
through JSON, whose floats read back to the same bits). Each file is checked like every file of the campaign before
it is trusted: only a regular file is read, its size bounded before it is read (:data:`MAX_BYTES`), its content
sealed with a digest of what was written (an edited one is a miss), and what it returns checked by its caller
(types, ranges, no NaN, text or null where a number is due). A file that fails any check is a miss: computed again
and written again, never written into the campaign's files; writes are atomic (a temporary file, then
``os.replace``) and best effort (a folder that cannot be written just computes). ``.cache/`` is not the campaign's
state: no command reads it for a fact, ``export`` and the refusals' checks leave it out, and deleting it is always
safe.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import stat
import zipfile
from pathlib import Path

import simulations
from simulations.results.schema import METRIC_COLUMNS, read_parquet_bounded

__all__ = ["CACHE", "MAX_BYTES", "ArrayStore", "cached_rows", "cached_table", "code_stamp", "digest", "frame_digest",
           "curve_rows_ok", "number_ok", "readable", "rows_seal", "table_seal"]

#: The campaign's cache folder.
CACHE = ".cache"
#: Tables (the strategies' runs) kept per campaign: the newest ones, so a few questions asked in turn all hit.
MAX_TABLES = 4
#: Curve entries kept per campaign beside those the last computation used.
MAX_ROWS = 64
#: Array files (the forecast's fits) kept per campaign: the newest ones.
MAX_ARRAYS = 48
#: Most bytes a cache file may hold to be read (checked before it is read): larger ones are a miss.
MAX_BYTES = 64 * 2**20


def readable(path: Path, limit: int = MAX_BYTES) -> bool:
    """Whether ``path`` is a regular file of at most ``limit`` bytes: what a cache reads (a FIFO, a device, a folder
    or a file too large to be one the cache wrote is a miss, never opened)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size <= limit


def number_ok(value, low: float = -math.inf, high: float = math.inf, *, nan: bool = False) -> bool:
    """Whether a cached cell ``value`` is a number (not text, a flag or null) in [``low``, ``high``]; NaN too where
    ``nan``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if math.isnan(value):
        return nan
    return low <= value <= high


def curve_rows_ok(rows, columns, *, whole=("seed", "batch_size", "round", "n_labels")) -> bool:
    """Whether each of ``rows`` reads as a row of a curves table with ``columns``: text where the column is text
    (``dataset``, ``model``, ``strategy``), scores in [0, 1] (``minority_recall`` NaN allowed), the ``whole``
    columns whole numbers >= 0, every other cell a number or NaN, never text or null."""
    for row in rows:
        if not isinstance(row, list) or len(row) != len(columns):
            return False
        for name, value in zip(columns, row):
            if name in ("dataset", "model", "strategy"):
                ok = isinstance(value, str)
            elif name in METRIC_COLUMNS:
                ok = number_ok(value, 0, 1, nan=name == "minority_recall")
            elif name in whole:
                ok = number_ok(value, 0) and float(value).is_integer()
            else:
                ok = number_ok(value, nan=True) and not math.isinf(value)
            if not ok:
                return False
    return True


def table_seal(table, key: str) -> str:
    """sha256 of ``key`` and of ``table``'s columns, dtypes, index and cells: what tells a cached table as written
    from one edited since."""
    import pandas as pd  # lazy: start-up time

    h = hashlib.sha256(key.encode() + b"\0")
    h.update(json.dumps([[str(c), str(t)] for c, t in table.dtypes.items()]).encode())
    h.update(pd.util.hash_pandas_object(table, index=True).to_numpy().tobytes())
    return h.hexdigest()


def rows_seal(entries: dict) -> str:
    """sha256 of a rows file's entries as JSON writes them: what tells one as written from one edited since."""
    return hashlib.sha256(json.dumps(entries, sort_keys=True, allow_nan=True).encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def code_stamp() -> str:
    """sha256 of the code a cached result depends on: every module of the ``simulations`` package and of the
    campaign's (this package), numpy's version."""
    import numpy as np  # lazy: start-up time


    h = hashlib.sha256(f"numpy {np.__version__}\n".encode())
    for root in (Path(simulations.__file__).resolve().parent, Path(__file__).resolve().parent):
        for path in sorted(root.rglob("*.py")):
            h.update(f"{root.name}/{path.relative_to(root).as_posix()}".encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def digest(*parts) -> str:
    """sha256 of ``parts`` (text, numbers, bytes, numpy arrays, nested lists and dicts) and of :func:`code_stamp`."""
    import numpy as np  # lazy: start-up time

    h = hashlib.sha256(code_stamp().encode())

    def feed(value) -> None:
        if isinstance(value, np.ndarray):
            h.update(f"array {value.dtype.str} {value.shape}\0".encode())
            h.update(value.tobytes() if value.dtype.kind != "O" else json.dumps([str(v) for v in value.ravel()])
                     .encode())
        elif isinstance(value, bytes):
            h.update(b"bytes %d\0" % len(value) + value)
        elif isinstance(value, dict):
            h.update(b"dict\0")
            for k in sorted(value, key=str):
                feed(str(k))
                feed(value[k])
        elif isinstance(value, (list, tuple)):
            h.update(b"list %d\0" % len(value))
            for item in value:
                feed(item)
        else:
            h.update(f"{type(value).__name__} {value!r}\0".encode())

    for part in parts:
        feed(part)
    return h.hexdigest()


def frame_digest(table, columns) -> bytes:
    """The cells of ``table``'s ``columns``, in order, as bytes :func:`digest` reads (each cell as text)."""
    return json.dumps([[str(v) for v in table[c].tolist()] for c in columns]).encode()


def _folder(folder) -> Path:
    return Path(folder) / CACHE


def _write(path: Path, write) -> None:
    """:func:`planner.campaign.state.write_atomic` of ``write`` onto ``path``; nothing where the folder cannot be
    written."""
    from planner.campaign.state import write_atomic  # lazy: start-up time

    try:
        path.parent.mkdir(exist_ok=True)
        write_atomic(path, write)
    except (OSError, ValueError, TypeError):
        pass


def _stored_table(path: Path, key: str, valid):
    """The table kept at ``path`` under ``key``: None where it is absent, not a regular file, too large, damaged,
    stored under another key, edited since it was written (its seal) or not ``valid``."""
    import pyarrow as pa  # lazy: start-up time


    if not readable(path):
        return None
    try:
        import pyarrow.parquet as pq  # lazy: start-up time

        meta = pq.read_schema(path).metadata or {}
        if meta.get(b"alplan_key") != key.encode():
            return None
        table = read_parquet_bounded(path, path.name, MAX_BYTES)
        if meta.get(b"alplan_seal") != table_seal(table, key).encode():
            return None
        return table if valid(table) else None
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, pa.ArrowException):
        return None   # damaged: a miss


def cached_table(folder, name: str, key: str, compute, valid=lambda table: True):
    """The DataFrame ``compute()`` returns, read back from ``folder``'s cache where ``key`` was stored before
    (``name``: what it is, a file name's start) and the table read back is ``valid(table)`` (its caller's check of
    its columns, types and ranges: one that fails is a miss)."""
    import pandas as pd  # lazy: start-up time
    import pyarrow as pa  # lazy: start-up time
    import pyarrow.parquet as pq  # lazy: start-up time

    path = _folder(folder) / f"{name}-{key[:32]}.parquet"
    stored = _stored_table(path, key, valid)
    if stored is not None:
        return stored
    table = compute()
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name}: a cached table must be a DataFrame")

    def write(tmp: str) -> None:
        data = pa.Table.from_pandas(table, preserve_index=True)
        seal = table_seal(data.to_pandas(), key).encode()   # as it reads back
        pq.write_table(data.replace_schema_metadata({**(data.schema.metadata or {}), b"alplan_key": key.encode(),
                                                     b"alplan_seal": seal}), tmp)

    _write(path, write)
    _prune(path.parent, f"{name}-", MAX_TABLES)
    return table


def _prune(where: Path, prefix: str, keep: int) -> None:
    """Remove all but the ``keep`` newest files named ``prefix*`` in ``where``."""
    try:
        files = sorted((p for p in where.iterdir() if p.name.startswith(prefix)),
                       key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for p in files[keep:]:
            p.unlink(missing_ok=True)
    except OSError:
        pass


def _cell_ok(value) -> bool:
    return value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _read_rows(path: Path, width: int) -> dict:
    """The entries of the rows file ``path`` (key -> list of rows of ``width`` cells); {} where it is not a regular
    file, is too large, is damaged or was edited since it was written (its seal)."""
    if not readable(path):
        return {}
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(kept, dict) or set(kept) != {"entries", "seal"} or not isinstance(kept["entries"], dict):
        return {}
    entries = kept["entries"]
    if kept["seal"] != rows_seal(entries):
        return {}
    ok = all(isinstance(rows, list) and all(isinstance(row, list) and len(row) == width
                                            and all(_cell_ok(v) for v in row) for row in rows)
             for rows in entries.values())
    return entries if ok else {}


class RowCache:
    """Curve rows by key in ``folder``'s cache file ``name``.json (rows of ``width`` cells): :meth:`get` them,
    then :meth:`save` keeps the entries used since it was opened and the newest others."""

    def __init__(self, folder, name: str, width: int):
        self.path, self.width = _folder(folder) / f"{name}.json", int(width)
        self.stored = _read_rows(self.path, self.width)
        self.used: dict = {}

    def get(self, key: str, compute, valid=lambda rows: True) -> list:
        """The rows ``compute()`` returns (a list of rows), stored under ``key``; rows read back that are not
        ``valid(rows)`` (the caller's check of their cells: None stands for NaN) are a miss, computed again."""
        rows = None
        if key in self.stored:
            rows = [[math.nan if v is None else v for v in row] for row in self.stored[key]]
            try:
                rows = rows if valid([list(row) for row in rows]) else None
            except (TypeError, ValueError, IndexError):
                rows = None
            if rows is None:
                del self.stored[key]   # written again by save
        if rows is None:
            rows = [list(row) for row in compute()]
        self.used[key] = rows
        return [list(row) for row in rows]

    def save(self) -> None:
        if all(k in self.stored for k in self.used) and len(self.stored) <= MAX_ROWS:
            return
        def write(tmp: str) -> None:
            keep = {k: [[_plain(v) for v in row] for row in rows] for k, rows in self.used.items()}
            for k, rows in self.stored.items():
                if len(keep) >= MAX_ROWS:
                    break
                keep.setdefault(k, rows)
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump({"entries": keep, "seal": rows_seal(keep)}, fh, allow_nan=False)

        _write(self.path, write)


def _plain(value):
    """A cell as JSON keeps it exactly: None for NaN, Python's int and float for numpy's."""
    import numpy as np  # lazy: start-up time

    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        raise ValueError("an infinite cell is not cached")
    return value


def _arrays_seal(key: str, arrays: dict) -> str:
    """sha256 of ``key`` and of each array's name, dtype, shape and bytes: what tells a kept fit from one edited."""
    import numpy as np  # lazy: start-up time

    h = hashlib.sha256(key.encode() + b"\0")
    for name in sorted(arrays):
        a = np.ascontiguousarray(arrays[name])
        h.update(f"{name} {a.dtype.str} {a.shape}\0".encode() + (a.tobytes() if a.dtype.kind != "O" else b""))
    return h.hexdigest()


def cached_rows(folder, name: str, width: int) -> RowCache:
    """A :class:`RowCache` of ``folder``."""
    return RowCache(folder, name, width)


class ArrayStore:
    """Arrays by key in ``folder``'s cache, one ``.npz`` a key, read without pickles: the store the forecast keeps
    its fits in (:mod:`planner.forecast.memo`); the newest :data:`MAX_ARRAYS` kept."""

    def __init__(self, folder):
        self.where = _folder(folder)

    def _path(self, key: str) -> Path:
        return self.where / f"{key[:37]}.npz"

    def arrays(self, key: str) -> dict | None:
        """The arrays kept under ``key``; None where none are, or the file is not what was kept."""

        import numpy as np  # lazy: start-up time

        path = self._path(key)
        if not readable(path):
            return None
        try:
            with np.load(path, allow_pickle=False) as z:
                if str(z["alplan_key"]) != key:
                    return None
                got = {k: z[k] for k in z.files if k not in ("alplan_key", "alplan_seal")}
                if str(z["alplan_seal"]) != _arrays_seal(key, got):
                    return None
                return got
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            return None

    def keep(self, key: str, arrays: dict) -> None:
        import numpy as np  # lazy: start-up time

        seal = _arrays_seal(key, arrays)

        def write(tmp: str) -> None:
            with open(tmp, "wb") as fh:
                np.savez(fh, alplan_key=np.array(key), alplan_seal=np.array(seal), **arrays)

        _write(self._path(key), write)
        _prune(self.where, key.split("-")[0] + "-", MAX_ARRAYS)
