"""The user's unlabeled pool: ids and the numeric features a model reads, read from the file in place.

A pool is a CSV or Parquet table with an id column (every other numeric
column is a feature unless ``features`` names them; text columns such as a
URL or the example's text are left unread), or an NPZ with an array of ids
and an array ``X`` of features. Parquet is read by columns: only the id and
the feature columns are decoded. The file is never copied or changed.

Ids are kept as text (``"17"``, ``"img_003"``), the form they take in every
file the campaign writes and reads back. Bad pools raise ``ValueError`` or
``OSError`` with one line naming the file and the fix.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulations.data.datasets import (MAX_FEATURE_ABS, MAX_FILE_CELLS, _check_file, _check_unique_columns, _csv_header,
                                       _npz_member_headers, file_key, unreadable)
from simulations.data.files import file_digest

__all__ = ["Pool", "read_pool", "POOL_SUFFIXES", "MAX_POOL_BYTES", "check_ids", "checked_file", "pool_changed",
           "pool_in_place"]

#: The formats a pool may have.
POOL_SUFFIXES = (".csv", ".parquet", ".pq", ".npz")
#: The largest pool file read (bytes on disk): a million rows of 50 float64 features are 400 MB.
MAX_POOL_BYTES = 4 * 1024**3
#: The feature "column" of an NPZ pool: its whole array ``X``.
NPZ_FEATURES = ("X",)


@dataclass(frozen=True)
class Pool:
    """The pool as a model sees it.

    Parameters
    ----------
    ids : ndarray of shape (n_rows,)
        Unique, in the file's row order: int64 when the id column holds whole numbers (hashed as numbers: a
        million ids are looked up without a million strings), else text (object).
    X : ndarray of shape (n_rows, n_features), float32, or None
        Raw (not yet standardized) features; None when only the ids were read.
    features : tuple of str
        The feature columns (``("X",)`` for an NPZ).
    skipped : tuple of str
        Columns left unread (not numeric, or not named by ``features``).
    """

    ids: np.ndarray
    X: np.ndarray | None
    features: tuple[str, ...]
    skipped: tuple[str, ...]

    @property
    def n_rows(self) -> int:
        return int(self.ids.shape[0])

    def text_ids(self, rows: np.ndarray) -> np.ndarray:
        """The ids of file rows ``rows`` as text (object array): the form every campaign file holds (a text id
        exactly as read, a whole number in its plain form)."""
        picked = self.ids[rows]
        if picked.dtype.kind == "O":
            return np.array(picked, dtype=object)
        return np.asarray([str(int(v)) for v in np.atleast_1d(picked)], dtype=object).reshape(np.shape(picked))

    def _index(self):
        """The ids' hash index, built once per pool (every lookup reads it)."""
        import pandas as pd  # lazy: start-up time

        index = self.__dict__.get("_ids_index")
        if index is None:
            index = pd.Index(self.ids)
            object.__setattr__(self, "_ids_index", index)  # not a field: equality and repr ignore it
        return index

    def rows_of(self, ids) -> np.ndarray:
        """The file row of each text id (-1 where the pool has no such id)."""
        import pandas as pd  # lazy: start-up time

        ids = np.asarray(ids, dtype=object)
        if self.ids.dtype.kind == "O":
            return self._index().get_indexer(ids)
        as_int = pd.to_numeric(pd.Series(ids, dtype=object), errors="coerce")
        whole = as_int.notna().to_numpy() & (as_int.fillna(0.5) % 1 == 0).to_numpy()
        found = np.full(ids.shape[0], -1, dtype=np.int64)
        found[whole] = self._index().get_indexer(as_int[whole].astype(np.int64).to_numpy())
        return found


def pool_in_place(meta: dict, *, digest: bool = True) -> Path:
    """The path of a campaign's pool as campaign.json's ``pool`` (``meta``) describes it: the file where it was and,
    with ``digest``, its bytes those the campaign started on (their sha256, computed once per process while the
    file's size and time stay, :func:`simulations.data.files.file_digest`). Every answer checks it before it is
    given, so none is given on a pool moved away or changed.

    Raises
    ------
    OSError
        The pool is gone from its path.
    ValueError
        Its bytes differ from those the campaign started on.
    """
    path = Path(meta["path"])
    if not path.is_file():
        raise OSError(f"the campaign's pool {path} (campaign.json's pool path) is gone: put it back where it was "
                      "(the campaign reads it in place)")
    if digest and file_digest(path) != meta["sha256"]:
        raise pool_changed(path)
    return path


def pool_changed(path: Path) -> ValueError:
    """The one line of a pool whose rows or bytes differ from those the campaign started on."""
    return ValueError(f"the pool {path.name} changed since the campaign started (its rows or bytes differ from "
                      "campaign.json's): restore it, or start a new campaign on the new pool")


def check_ids(name: str, ids: np.ndarray, id_column: str) -> np.ndarray:
    """``ids`` (int64, or text as an object array) unique and non-empty, or one line naming the first missing or
    repeated id."""
    import pandas as pd  # lazy: start-up time

    if ids.dtype.kind in "iu":
        ids = ids.astype(np.int64, copy=False)
    else:
        ids = np.asarray([_id_text(v) for v in ids], dtype=object)
        empty = np.flatnonzero(ids == "")
        if empty.shape[0]:
            raise ValueError(f"{name}: id column {id_column!r} is empty in data row {int(empty[0]) + 1}: "
                             "give every row an id")
    repeated = pd.Index(ids).duplicated()
    if repeated.any():
        first = ids[int(np.argmax(repeated))]
        raise ValueError(f"{name}: id {str(first)!r} appears {int(np.sum(ids == first))} times in column "
                         f"{id_column!r} ({int(repeated.sum()):,} repeated ids in all): give every row its own id")
    return ids


def _id_text(value) -> str:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return ""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value).strip()


def checked_file(path, suffixes: tuple[str, ...], what: str, allowed: str, max_bytes: int) -> tuple[Path, str]:
    """(path, its lower-case suffix) of a regular file of at most ``max_bytes`` with one of ``suffixes``, checked
    before a byte of it is read; else one line naming ``what`` and the ``allowed`` endings."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise ValueError(f"{what} {path.name} must end in {allowed}")
    _check_file(path, int(max_bytes))
    return path, suffix


def read_pool(path: str | Path, id_column: str, features: tuple[str, ...] | None = None, *,
              with_features: bool = True, max_bytes: int = MAX_POOL_BYTES) -> Pool:
    """Read the pool's ids (and its features) from ``path``.

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.parquet``/``.pq`` or ``.npz``.
    id_column : str
        The id column (an NPZ: the name of its id array).
    features : tuple of str, optional
        The feature columns; default every numeric column but the id.
    with_features : bool
        Also read the features (else ``Pool.X`` is None and only the id column is decoded).
    max_bytes : int
        Refuse a larger file.

    Raises
    ------
    ValueError, OSError
        One line: a missing id column, a repeated or empty id, a feature that
        is missing, not numeric, NaN or infinite, an unreadable file.
    """
    path, suffix = checked_file(path, POOL_SUFFIXES, "pool file", ".csv, .parquet or .npz", max_bytes)

    key = (file_key(path), id_column, None if features is None else tuple(features), bool(with_features))
    last = _LAST_POOL[0]
    if key[0] is not None and last is not None and last[0] == key:
        return last[1]
    pool = _read_pool(path, suffix, id_column, features, with_features)
    if key[0] is not None:
        for array in (pool.ids, pool.X):   # shared by the readers of this process: never changed in place
            if array is not None:
                array.flags.writeable = False
        _LAST_POOL[0] = (key, pool)
    return pool


#: The pool this process read last, with its key (:func:`simulations.data.datasets.file_key` and the columns): a
#: command that reads the pool twice (the campaign's measure, then its sources' curves or its labels in hand)
#: reads the file once.
_LAST_POOL: list = [None]


def _read_pool(path: Path, suffix: str, id_column: str, features, with_features: bool) -> Pool:
    if suffix == ".npz":
        ids, X, names, skipped = _read_npz(path, id_column, with_features)
    elif suffix == ".csv":
        ids, X, names, skipped = _read_csv(path, id_column, features, with_features)
    else:
        ids, X, names, skipped = _read_parquet(path, id_column, features, with_features)
    if ids.shape[0] < 2:
        raise ValueError(f"{path.name} has {ids.shape[0]} rows: a pool needs examples to pick from")
    ids = check_ids(path.name, ids, id_column)
    if X is not None and suffix == ".npz":
        _check_finite(path.name, X, names)
    return Pool(ids=ids, X=X, features=tuple(names), skipped=tuple(skipped))


def _no_id(name: str, id_column: str, columns) -> ValueError:
    columns = [str(c) for c in columns]
    shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
    return ValueError(f"{name} has no id column {id_column!r} (columns: {shown}): give the name of its id "
                      "column with --id-column")


def _choose(name: str, id_column: str, columns: list[str], numeric: set[str],
            features: tuple[str, ...] | None) -> tuple[list[str], list[str]]:
    """(feature columns, skipped columns), or one line naming a missing or non-numeric feature."""
    _check_unique_columns(name, columns)
    if id_column not in columns:
        raise _no_id(name, id_column, columns)
    if features is None:
        chosen = [c for c in columns if c != id_column and c in numeric]
        if not chosen:
            raise ValueError(f"{name} has no numeric feature columns besides {id_column!r}: add numeric features "
                             "(the model reads numbers only)")
    else:
        chosen = list(dict.fromkeys(features))
        for c in chosen:
            if c not in columns:
                raise ValueError(f"{name} has no feature column {c!r} (the campaign reads {len(chosen)} features): "
                                 "give the pool the campaign was started with")
            if c == id_column:
                raise ValueError(f"{name}: the id column {id_column!r} cannot be a feature: leave it out of --features")
            if c not in numeric:
                raise ValueError(f"{name}: feature column {c!r} is not numeric: encode it as numbers or leave it "
                                 "out of --features")
    skipped = [c for c in columns if c != id_column and c not in chosen]
    return chosen, skipped


def _read_csv(path: Path, id_column: str, features, with_features: bool):
    import pandas as pd  # lazy: start-up time

    header = _csv_header(path)
    _check_unique_columns(path.name, header)
    if id_column not in header:
        raise _no_id(path.name, id_column, header)
    try:
        usecols = [id_column] if not with_features and features is not None else None
        if usecols is None and features is not None:
            usecols = [id_column, *features]
        df = pd.read_csv(path, usecols=lambda c: usecols is None or c in usecols, dtype={id_column: str},
                         keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    except (OSError, ValueError) as exc:
        raise unreadable(path, exc, "CSV") from None
    columns = [str(c) for c in df.columns]
    df.columns = columns
    if df.shape[0] * max(df.shape[1], 1) > MAX_FILE_CELLS:
        raise ValueError(f"{path.name} holds {df.shape[0]:,} x {df.shape[1]:,} values, over the limit of "
                         f"{MAX_FILE_CELLS:,}: subsample it")
    numeric = {c for c in columns if df[c].dtype.kind in "biuf"}
    chosen, skipped = _choose(path.name, id_column, columns, numeric, features)
    ids = df[id_column].to_numpy(dtype=object, na_value=None)
    X = None
    if with_features:
        XT = np.empty((len(chosen), df.shape[0]), dtype=np.float32)
        for j, c in enumerate(chosen):
            _put(XT, j, df[c].to_numpy(dtype=np.float64, na_value=np.nan), path.name, c)
        X = XT.T
    return ids, X, chosen, skipped


def _read_parquet(path: Path, id_column: str, features, with_features: bool):
    import pyarrow as pa  # lazy: start-up time
    import pyarrow.parquet as pq  # lazy: start-up time

    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError, pa.ArrowException) as exc:
        raise unreadable(path, exc, "Parquet") from None
    schema = pf.schema_arrow
    columns = [str(f.name) for f in schema]
    numeric = {str(f.name) for f in schema
               if pa.types.is_integer(f.type) or pa.types.is_floating(f.type) or pa.types.is_boolean(f.type)}
    chosen, skipped = _choose(path.name, id_column, columns, numeric, features)
    id_type = schema.field(id_column).type
    if pa.types.is_floating(id_type) or pa.types.is_nested(id_type):
        raise ValueError(f"{path.name}: id column {id_column!r} holds {id_type} values: ids must be whole numbers "
                         "or text")
    meta = pf.metadata
    wanted = [id_column, *chosen] if with_features else [id_column]
    if meta.num_rows * len(wanted) > MAX_FILE_CELLS:
        raise ValueError(f"{path.name} holds {meta.num_rows:,} x {len(wanted):,} values to read, over the limit of "
                         f"{MAX_FILE_CELLS:,}: subsample it")
    text_id = pa.types.is_string(id_type) or pa.types.is_large_string(id_type) or pa.types.is_binary(id_type)
    try:
        id_file = pq.ParquetFile(path, read_dictionary=[id_column]) if text_id else pf
        id_table = id_file.read(columns=[id_column])
        column = id_table.column(0)
        if text_id:  # a dictionary smaller than the rows is a repeated id: refused before a value is decoded
            sizes = sum(len(chunk.dictionary) for chunk in column.chunks)
            if column.num_chunks == 1 and sizes < meta.num_rows:
                values = column.chunks[0]
                counts = np.bincount(values.indices.to_numpy(zero_copy_only=False), minlength=sizes)
                first = values.dictionary[int(np.argmax(counts))].as_py()
                raise ValueError(f"{path.name}: id {first!r} appears {int(counts.max())} times in column "
                                 f"{id_column!r}: give every row its own id")
            column = column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
        ids = np.asarray(column.to_pylist(), dtype=object) if text_id else column.to_numpy()
        X = None
        if with_features:
            XT = np.empty((len(chosen), meta.num_rows), dtype=np.float32)  # feature-major: each column written whole
            for j, c in enumerate(chosen):  # one column at a time: never the whole table at once
                values = pf.read(columns=[c]).column(0)
                if values.null_count:
                    row = int(np.flatnonzero(values.is_null().to_numpy(zero_copy_only=False))[0])
                    raise ValueError(f"{path.name}: column {c!r} is missing a value (data row {row + 1}): fill or "
                                     "drop that row")
                _put(XT, j, values.to_numpy(), path.name, c)
            X = XT.T
    except (OSError, pa.ArrowException) as exc:
        raise unreadable(path, exc, "Parquet") from None
    if not text_id and ids.dtype.kind not in "iu":
        ids = np.asarray(ids, dtype=object)
    return ids, X, chosen, skipped


def _put(XT: np.ndarray, j: int, column: np.ndarray, name: str, feature: str) -> None:
    """Column ``column`` into row ``j`` of the feature-major float32 ``XT``, rounded once as a float64 (as the
    simulator reads a file), and checked finite and in range."""
    XT[j] = column if column.dtype.kind == "f" else column.astype(np.float64)
    _check_finite(name, XT[j][:, None], [feature])


def _read_npz(path: Path, id_column: str, with_features: bool):
    with path.open("rb") as fh:
        if fh.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):
            raise ValueError(f"{path.name} is not an NPZ file: save it with np.savez(path, X=features, "
                             f"{id_column}=ids)")
    try:
        with zipfile.ZipFile(path) as zf:
            headers = _npz_member_headers(path, zf)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ValueError(f"cannot read {path.name} as NPZ: {(str(exc).splitlines() or ['unreadable'])[0]}") from None
    if id_column not in headers or "X" not in headers:
        found = ", ".join(sorted(headers)) or "none"
        raise ValueError(f"{path.name} must hold arrays 'X' and {id_column!r} (found: {found}): save it with "
                         f"np.savez(path, X=features, {id_column}=ids), or name the id array with --id-column")
    for key in ("X", id_column):
        shape, dtype, _ = headers[key]
        if dtype.hasobject:
            raise ValueError(f"{path.name} holds Python objects in {key!r}: store plain numbers or text")
        if int(np.prod(shape, dtype=object)) > MAX_FILE_CELLS:
            raise ValueError(f"{path.name}: {key!r} holds over {MAX_FILE_CELLS:,} values: subsample it")
    with np.load(path, allow_pickle=False) as npz:
        ids = npz[id_column]
        X = npz["X"] if with_features else None
    if ids.ndim != 1 or ids.dtype.kind not in "iuUS":
        raise ValueError(f"{path.name}: {id_column!r} must be one whole number or text per row, got "
                         f"{ids.dtype} of shape {ids.shape}")
    if X is not None:
        if X.dtype.kind not in "biuf":
            raise ValueError(f"{path.name}: X must be numeric, got dtype {X.dtype}: encode the features as numbers")
        X = X.reshape(X.shape[0], -1) if X.ndim > 1 else X[:, None]
        if X.shape[0] != ids.shape[0]:
            raise ValueError(f"{path.name}: X has {X.shape[0]} rows but {id_column!r} has {ids.shape[0]}: give one "
                             "id per row")
        X = X.astype(np.float64, copy=False).astype(np.float32)
    if ids.dtype.kind in "US":
        ids = ids.astype(str).astype(object)
    return ids, X, list(NPZ_FEATURES), []


def _check_finite(name: str, X: np.ndarray, features) -> None:
    if X.size and float(np.max(np.abs(X))) <= MAX_FEATURE_ABS:  # one pass: NaN fails the comparison
        return
    bad = ~np.isfinite(X)
    if bad.any():
        row, col = (int(v[0]) for v in np.nonzero(bad))
        where = f"column {features[col]!r}" if len(features) == X.shape[1] else f"feature {col}"
        raise ValueError(f"{name}: {where} has NaN, inf or a missing value (data row {row + 1}): fill or drop "
                         "those values")
    if X.size and float(np.max(np.abs(X))) > MAX_FEATURE_ABS:
        raise ValueError(f"{name}: a feature value is beyond {MAX_FEATURE_ABS:.0e}: rescale the features")
