"""The user's own labeled file (CSV, Parquet or NPZ) as a data set, each file checked before it is read.

Bad files raise ``ValueError``/``OSError`` with one line saying what is wrong and how to fix it: a missing, huge or
non-regular file, a table that decompresses past its limits, a missing label column, non-numeric or non-finite
features, a single class, a bad cost column.
"""

from __future__ import annotations

import csv
import hashlib
import stat
import time
import zipfile
from pathlib import Path

import numpy as np

from simulations.data.base import DEFAULT_TEST_SIZE, Dataset, _finish
from simulations.results.schema import read_parquet_bounded

__all__ = ["DEFAULT_MAX_FILE_BYTES", "annotation_costs", "file_digest", "file_key", "load_file", "unreadable"]

#: Refuse user files larger than this (bytes) unless ``max_bytes`` says otherwise.
DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024
#: A compressed file (NPZ, Parquet) may hold at most this many times ``max_bytes`` once decompressed.
DECOMPRESSED_FACTOR = 5
#: The most values (rows x features) a user file may hold: 100 million float32 = 400 MB.
MAX_FILE_CELLS = 100_000_000
#: Largest feature magnitude: beyond it float32 standardization overflows.
MAX_FEATURE_ABS = 1e30


#: A file modified less than this many nanoseconds ago is read again each time: a file system stamps a write with
#: a coarse clock, so a second write within the same tick can leave the stamp as it was ("racy git").
RACY_NS = 2_000_000_000


def file_key(path: str | Path) -> tuple | None:
    """(the resolved path, size, modification time in ns, inode) of the file ``path``: what changes whenever its
    bytes do, as git's index keys a file's hash on them; None for a file modified in the last :data:`RACY_NS`
    (its bytes may change without its stamp).

    Raises
    ------
    OSError
        The file cannot be read.
    """
    path = Path(path).resolve()
    st = path.stat()
    if time.time_ns() - st.st_mtime_ns < RACY_NS:
        return None
    return str(path), st.st_size, st.st_mtime_ns, st.st_ino


#: The digests this process computed, by :func:`file_key` (the newest few).
_DIGESTS: dict = {}


def file_digest(path: str | Path) -> str:
    """sha256 of a file's bytes (identifies the data behind a run); computed once per process while the file's
    :func:`file_key` stays the same."""
    key = file_key(path)
    known = None if key is None else _DIGESTS.get(key)
    if known is not None:
        return known
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    if key is not None:
        if len(_DIGESTS) >= 8:
            _DIGESTS.clear()
        _DIGESTS[key] = digest
    return digest


def _human_bytes(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _check_file(path: Path, max_bytes: int) -> None:
    """A regular file of at most ``max_bytes``, checked before a byte of it is read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise OSError(f"data file {path} does not exist: check its path") from None
    except OSError as exc:
        raise OSError(f"cannot read data file {path}: {exc.strerror or type(exc).__name__}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OSError(f"data file {path} is a folder: give a CSV, Parquet or NPZ file")
    if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends, a FIFO blocks
        raise OSError(f"data file {path} is not a regular file (a device, pipe or socket): "
                      "give a CSV, Parquet or NPZ file")
    size = info.st_size
    if size > max_bytes:
        raise OSError(
            f"data file {path} is {_human_bytes(size)}, over the {_human_bytes(max_bytes)} limit: subsample it"
        )
    if size == 0:
        raise ValueError(f"data file {path} is empty: it needs a header and labeled rows")


def _check_cells(name: str, rows: int, columns: int, nbytes: int, max_bytes: int) -> None:
    """Refuse a table whose decompressed size is too large, from its header, before it is loaded."""
    limit = DECOMPRESSED_FACTOR * max_bytes
    if rows * max(columns, 1) > MAX_FILE_CELLS or nbytes > limit:
        raise ValueError(
            f"{name} holds {rows:,} x {columns:,} values ({_human_bytes(nbytes)} decompressed), over the limit of "
            f"{MAX_FILE_CELLS:,} values and {_human_bytes(limit)}: subsample it"
        )


def _csv_header(path: Path) -> list[str]:
    """The column names of a CSV's first line, as written (pandas renames a repeated name to ``name.1``), without
    the byte-order mark Excel's "CSV UTF-8" puts before them."""
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        line = fh.readline(1 << 20)
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


def _check_unique_columns(name: str, columns) -> None:
    seen: dict[str, str] = {}
    for column in columns:
        folded = str(column).strip().lower()
        if folded in seen:
            same = "twice" if seen[folded] == str(column) else f"as {seen[folded]!r} and {str(column)!r}"
            raise ValueError(f"{name} has the column {str(column).strip()!r} {same} (names are matched ignoring "
                             "case and spaces): rename or remove one")
        seen[folded] = str(column)


def unreadable(path: Path, exc: BaseException, kind: str) -> BaseException:
    """What to raise when reading ``path`` as ``kind`` (CSV, Parquet, ...) failed with ``exc``: ``exc`` itself when
    it is a missing file or already names the file, else one line ``cannot read NAME as KIND: ...``."""
    if isinstance(exc, FileNotFoundError) or str(exc).startswith(path.name):
        return exc
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ValueError(f"cannot read {path.name} as {kind}: {first}")


def _read_table(path: Path, label_column: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                cost_column: str | None = None) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], np.ndarray | None]:
    import pandas as pd  # lazy: start-up time

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            _check_unique_columns(path.name, _csv_header(path))
            df = pd.read_csv(path, encoding="utf-8-sig")
        else:
            import pyarrow.parquet as pq  # lazy: start-up time

            meta = pq.ParquetFile(path).metadata  # the footer: sizes before anything is decompressed
            _check_unique_columns(path.name, meta.schema.names)
            _check_cells(path.name, meta.num_rows, meta.num_columns,
                         sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)), max_bytes)

            df = read_parquet_bounded(path, path.name, DECOMPRESSED_FACTOR * max_bytes)  # dictionary pages too
    except (OSError, ValueError) as exc:  # pandas' parser errors and UnicodeDecodeError are ValueErrors
        raise unreadable(path, exc, suffix[1:].upper()) from None
    columns = [str(c) for c in df.columns]
    df.columns = columns
    _check_unique_columns(path.name, columns)
    if label_column not in columns:
        shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
        raise ValueError(
            f"{path.name} has no label column {label_column!r} (columns: {shown}): "
            "give the name of its label column"
        )
    costs = None if cost_column is None else annotation_costs(df, cost_column, path.name, label_column)
    features = [c for c in columns if c not in (label_column, cost_column)]
    if not features:
        raise ValueError(f"{path.name} has no feature columns besides {label_column!r}: add numeric feature columns")
    for c in features:
        kind = df[c].dtype.kind
        if kind not in "biuf":
            raise ValueError(
                f"{path.name}: feature column {c!r} is not numeric ({df[c].dtype}): "
                "encode it as numbers or drop it"
            )
    labels = df[label_column]
    if labels.isna().any():
        row = int(np.flatnonzero(labels.isna().to_numpy())[0])
        raise ValueError(f"{path.name}: label column {label_column!r} is missing a value (data row {row + 1}): fill or drop that row")
    X = df[features].to_numpy(dtype=np.float64)
    return X, labels.to_numpy(), tuple(features), costs


#: The largest annotation cost one example may carry (in the cost column's unit): beyond it a sum could overflow.
MAX_COST = 1e12


def annotation_costs(df, cost_column: str, name: str, label_column: str = "label") -> np.ndarray:
    """The per-example annotation cost column ``cost_column`` of the table ``df`` (read from the file ``name``).

    The column is no feature: a cost such as the seconds an annotator took, or a text's length, is known of the
    examples a campaign has labeled, not of a new one, so a model never trains on it.

    Returns
    -------
    ndarray of shape (n_rows,), float64
        Finite, >= 0, at most :data:`MAX_COST`.

    Raises
    ------
    ValueError
        One line naming the column and the fix: absent, the label column itself, not numeric, a missing value,
        NaN or inf, negative, or beyond :data:`MAX_COST`.
    """
    columns = [str(c) for c in df.columns]
    fix = "give --cost-column the name of a numeric column of per-example costs (seconds, text length)"
    if cost_column not in columns:
        shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
        raise ValueError(f"{name} has no cost column {cost_column!r} (columns: {shown}): {fix}")
    if cost_column == label_column:
        raise ValueError(f"{name}: --cost-column {cost_column!r} is the label column: {fix}")
    column = df[cost_column]
    if column.dtype.kind not in "biuf":
        raise ValueError(f"{name}: cost column {cost_column!r} is not numeric ({column.dtype}): write each "
                         "example's cost as a number (seconds, characters), or give another --cost-column")
    values = column.to_numpy(dtype=np.float64)
    bad = ~np.isfinite(values)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} has a missing, NaN or inf value (data row "
                         f"{row + 1}): give every example a cost, or drop that row")
    if (values < 0).any():
        row = int(np.flatnonzero(values < 0)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} is negative ({values[row]:g}, data row {row + 1}): "
                         "a cost is >= 0; fix that value")
    if (values > MAX_COST).any():
        row = int(np.flatnonzero(values > MAX_COST)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} reaches {values[row]:.3g} (data row {row + 1}), "
                         f"beyond {MAX_COST:.0e}: rescale it (e.g. to minutes or hours)")
    return values


def _npz_member_headers(path: Path, zf) -> dict[str, tuple[tuple[int, ...], np.dtype, int]]:
    """``{array name: (shape, dtype, declared decompressed bytes)}`` of an NPZ, read from the .npy headers only."""
    headers = {}
    for info in zf.infolist():
        if not info.filename.endswith(".npy"):
            continue
        with zf.open(info) as fh:
            version = np.lib.format.read_magic(fh)
            if version == (1, 0):
                shape, _, dtype = np.lib.format.read_array_header_1_0(fh, max_header_size=10_000)
            else:
                shape, _, dtype = np.lib.format.read_array_header_2_0(fh, max_header_size=10_000)
        headers[info.filename[:-4]] = (tuple(int(n) for n in shape), dtype, int(info.file_size))
    return headers


def _read_npz(path: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> tuple[np.ndarray, np.ndarray]:
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic not in (b"PK\x03\x04", b"PK\x05\x06"):  # np.load would try to unpickle anything else
        raise ValueError(f"{path.name} is not an NPZ file (a zip of arrays): "
                         "save it with np.savez(path, X=features, y=labels)")
    try:
        with zipfile.ZipFile(path) as zf:
            headers = _npz_member_headers(path, zf)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        msg = (str(exc).splitlines() or ["unreadable"])[0] or type(exc).__name__
        raise ValueError(f"cannot read {path.name} as NPZ: {msg}") from None
    if not {"X", "y"} <= set(headers):
        raise ValueError(
            f"{path.name} must hold arrays 'X' and 'y' (found: {', '.join(sorted(headers)) or 'none'}): "
            "save it with np.savez(path, X=features, y=labels)"
        )
    for key in ("X", "y"):
        shape, dtype, declared = headers[key]
        if dtype.hasobject:
            raise ValueError(f"{path.name} holds Python objects in {key!r}, which are not loaded: "
                             "store plain numeric arrays X and y")
        cells = int(np.prod(shape, dtype=object)) if shape else 1
        rows = shape[0] if shape else 1
        _check_cells(path.name, rows, cells // max(rows, 1), max(cells * dtype.itemsize, declared), max_bytes)
    try:
        with np.load(path, allow_pickle=False) as npz:
            X, y = npz["X"], npz["y"]
    except ValueError as exc:
        msg = str(exc).splitlines()[0] if str(exc) else "unreadable"
        raise ValueError(f"cannot read {path.name} as NPZ: {msg}") from None
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise ValueError(f"cannot read {path.name} as NPZ: {str(exc).splitlines()[0] if str(exc) else 'bad file'}") from None
    if X.dtype.kind not in "biuf":
        raise ValueError(f"{path.name}: X must be numeric, got dtype {X.dtype}: encode the features as numbers")
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim < 2 or X.shape[0] == 0:
        raise ValueError(f"{path.name}: X has shape {X.shape}: expected (n_examples, n_features)")
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError(f"{path.name}: y has shape {y.shape} but X has {X.shape[0]} rows: give one label per row")
    if y.dtype.kind not in "biuUS":
        raise ValueError(f"{path.name}: y must hold integer or string labels, got dtype {y.dtype}")
    return X, y


def load_file(
    path: str | Path,
    *,
    label_column: str = "label",
    seed: int = 0,
    test_size=DEFAULT_TEST_SIZE,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    blind: bool = False,
    cost_column: str | None = None,
) -> Dataset:
    """Load the user's own labeled data: CSV or Parquet (a label column) or NPZ (``X``, ``y``).

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.parquet``/``.pq`` or ``.npz``.
    label_column : str
        Label column of a CSV/Parquet file; every other column is a feature
        and must be numeric.
    seed : int
        Seeds the stratified test split.
    test_size : float or int
        Test fraction in (0, 1) or count.
    max_bytes : int
        Refuse files larger than this.
    blind : bool
        Draw the test split uniformly at random instead of stratified by class.
    cost_column : str, optional
        A CSV/Parquet column of per-example annotation costs (:func:`annotation_costs`): not a feature; the
        pool's costs become ``cost_pool``.

    Returns
    -------
    Dataset
        Named after the file; ``input_shape`` is ``(n_features,)`` for tables
        and the per-example shape of ``X`` for an NPZ with more than 2 axes.

    Raises
    ------
    OSError
        Missing file, or a file over ``max_bytes``.
    ValueError
        Unknown format, missing label column, non-numeric features, NaN/inf,
        a single class, or a class with fewer than 2 examples; a bad cost column.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet", ".pq", ".npz"):
        raise ValueError(f"data file {path.name} must end in .csv, .parquet or .npz")
    if cost_column is not None and suffix == ".npz":
        raise ValueError(f"--cost-column names a column of a CSV or Parquet file, and {path.name} is an NPZ: "
                         "write the data as CSV/Parquet with the cost column, or leave --cost-column out")
    _check_file(path, int(max_bytes))
    costs = None
    if suffix == ".npz":
        X, labels = _read_npz(path, int(max_bytes))
        input_shape = tuple(X.shape[1:]) if X.ndim > 2 else (X.shape[1],)
        X = X.reshape(X.shape[0], -1)
        feature_names = None
    else:
        X, labels, feature_names, costs = _read_table(path, label_column, int(max_bytes), cost_column)
        input_shape = (X.shape[1],)
    if X.shape[0] == 0:
        raise ValueError(f"{path.name} has no rows: it needs labeled examples")
    finite = np.isfinite(X)
    if not finite.all():
        row, col = (int(v[0]) for v in np.nonzero(~finite))
        where = f"column {feature_names[col]!r}" if feature_names else f"feature {col}"
        raise ValueError(f"{path.name}: {where} has NaN or inf (data row {row + 1}): fill or drop those values")
    big = float(np.max(np.abs(X))) if X.size else 0.0
    if big > MAX_FEATURE_ABS:  # standardizing in float32 would overflow to inf
        raise ValueError(f"{path.name}: a feature value reaches {big:.3g}, beyond {MAX_FEATURE_ABS:.0e}: "
                         "rescale the features (e.g. to units or a log scale)")
    classes, y = np.unique(labels, return_inverse=True)
    y = y.astype(np.int64).reshape(-1)
    if classes.size < 2:
        raise ValueError(f"{path.name}: every label is {str(classes[0])!r}: a classifier needs at least 2 classes")
    counts = np.bincount(y, minlength=classes.size)
    if counts.min() < 2:
        rare = str(classes[int(np.argmin(counts))])  # "1", never "np.int64(1)"
        raise ValueError(
            f"{path.name}: class {rare!r} has only {int(counts.min())} example: "
            "every class needs at least 2 (one for the pool, one for the test split)"
        )
    return _finish(
        path.name, X, y, tuple(str(c) for c in classes), input_shape,
        f"user file {path} ({X.shape[0]} rows, {X.shape[1]} features)",
        seed=seed, test_size=test_size, blind=blind, costs=costs,
    )
