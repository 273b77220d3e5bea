"""Label vendors: price, quality, turnaround.

The shipped defaults (``planner/data/vendors.csv``) are INDICATIVE public price
points with their sources in the ``source`` column; edit a copy with your own
quotes and pass it with ``--vendors``.

Columns: ``name`` (unique), ``price_per_label`` ($, > 0), ``error_rate``
(fraction of wrong labels, in [0, 1); optional, default 0), ``turnaround_days``
(calendar days per batch, >= 0), ``min_order`` (labels, >= 0; optional,
default 0), ``source`` (free text; optional).
"""

from __future__ import annotations

from importlib import resources
import io
from pathlib import Path
import stat

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from planner.forecast.io import _check_unique_columns, _csv_header, _human_bytes, _shown
from planner.decide.costs import UPPER_BOUNDS
from planner.forecast.messages import LINE_BREAKING, short, shorten
from planner.forecast.parquet import read_parquet_bounded

__all__ = ["VENDOR_COLUMNS", "check_vendors", "default_vendors_path", "find_vendor", "read_vendors",
           "vendor_records"]

VENDOR_COLUMNS = ("name", "price_per_label", "error_rate", "turnaround_days", "min_order", "source")
_REQUIRED = ("name", "price_per_label", "turnaround_days")


def vendor_records(table: pd.DataFrame) -> list[dict]:
    """A vendors table as JSON-ready records (NaN -> None): how a saved scenario keeps it."""
    return [{k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}
            for row in table.astype(object).to_dict("records")]


def default_vendors_path() -> Path:
    """Path of the shipped vendors table."""
    return Path(str(resources.files("planner") / "data" / "vendors.csv"))


#: Largest vendors file read (bytes): a price list is a few lines; /dev/zero or a log is not one.
MAX_VENDORS_BYTES = 10 * 1024 * 1024
#: Most vendors a table may list (each is priced by every verdict).
MAX_VENDORS = 1_000


def _numeric(df: pd.DataFrame, column: str, where: str) -> pd.Series:
    values = pd.to_numeric(df[column], errors="coerce")
    if values.isna().any():
        row = int(np.flatnonzero(values.isna().to_numpy())[0])
        raw = df[column].iloc[row]
        what = "empty (NaN)" if pd.isna(raw) else _shown(raw)
        raise ValueError(f"{where}: column {column!r} must hold a number in every row "
                         f"(row {row + 1}: {what}); fill it in")
    finite = np.isfinite(values.to_numpy(dtype=float))
    if not finite.all():
        row = int(np.flatnonzero(~finite)[0])
        raise ValueError(f"{where}: column {column!r} must be finite (row {row + 1}: {_shown(values.iloc[row])}); "
                         "fix the value")
    return values.astype(float)


def _bounded(values: pd.Series, column: str, where: str, high: float) -> None:
    """Vendor values within the same bounds as the flags they stand for, naming the file and the row."""
    over = values.to_numpy(dtype=float) > high
    if over.any():
        row = int(np.flatnonzero(over)[0])
        raise ValueError(f"{where}: {column} in row {row + 1} is {values.iloc[row]:g}, over the {high:,g} a "
                         "vendor can charge or take: fix that row")


def _read_file(path: Path, where: str) -> pd.DataFrame:
    """The vendors file, with the curves files' guards: a regular file, of bounded size, one name per column."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise OSError(f"vendors file {path} not found: give the path of a CSV with columns "
                      f"{', '.join(_REQUIRED)}") from None
    except OSError as exc:
        raise OSError(f"cannot read vendors file {path}: {exc.strerror or type(exc).__name__}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OSError(f"vendors file {path} is a folder: give the path of a CSV file")
    if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends, a FIFO blocks
        raise OSError(f"vendors file {path} is not a regular file (a device, pipe or socket): give a CSV file")
    if info.st_size > MAX_VENDORS_BYTES:
        raise OSError(f"vendors file {path} is {_human_bytes(info.st_size)}, over the "
                      f"{_human_bytes(MAX_VENDORS_BYTES)} limit of a vendors table: one row per vendor")
    try:
        if path.suffix.lower() in (".parquet", ".pq"):
            _check_unique_columns(pq.ParquetFile(path).metadata.schema.names, where)
            df = read_parquet_bounded(path, where, 4 * MAX_VENDORS_BYTES)
        else:
            with path.open("rb") as fh:
                data = fh.read(MAX_VENDORS_BYTES + 1)
            _check_unique_columns([c.strip() for c in _csv_header(data[:1 << 20], ",")], where)
            df = pd.read_csv(io.BytesIO(data), skipinitialspace=True)
            names = [c for c in df.columns if str(c).strip().lower() == "name"]
            if names:  # a vendor called NA, N/A or null is a name, not a missing value
                raw = pd.read_csv(io.BytesIO(data), skipinitialspace=True, usecols=names, dtype=str,
                                  keep_default_na=False)
                df[names[0]] = raw[names[0]].to_numpy()
    except PermissionError:
        raise OSError(f"cannot read vendors file {path}: permission denied") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError, ValueError) as exc:
        if str(exc).startswith(where):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"{where} is not a readable CSV ({first}); save it as comma-separated text") from None
    return df


def read_vendors(source: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
    """Read and validate a vendors table.

    Parameters
    ----------
    source : path (CSV or Parquet), DataFrame, or None
        None reads the shipped defaults.

    Returns
    -------
    DataFrame with the columns of :data:`VENDOR_COLUMNS`, one row per vendor,
    in file order.

    Raises
    ------
    OSError
        The file does not exist or cannot be read.
    ValueError
        A column is missing, a value is missing or out of range, or a name
        is repeated (one line naming the problem and the fix).
    """
    if source is None:
        source = default_vendors_path()
    if isinstance(source, pd.DataFrame):
        df = source.copy()
        where = source.attrs.get("where", "vendors table")  # a table read from a file keeps its name
    else:
        path = Path(source)
        where = f"vendors file {path.name}"
        df = _read_file(path, where)

    _check_unique_columns(df.columns, where)  # 'name' and 'Name' are one column: refused, not a traceback
    if len(df) > MAX_VENDORS:
        raise ValueError(f"{where} lists {len(df):,} vendors, over the limit of {MAX_VENDORS:,}: "
                         "keep the vendors you would buy from")
    df.columns = [str(c).strip().lower() for c in df.columns]
    missing = [c for c in _REQUIRED if c not in df.columns]
    if missing:
        raise ValueError(
            f"{where} lacks column(s) {', '.join(missing)}; it needs {', '.join(_REQUIRED)} "
            f"(optional: error_rate, min_order, source)"
        )
    if len(df) == 0:
        raise ValueError(f"{where} has no rows; add at least one vendor")
    names = df["name"].astype("string").str.strip()
    if names.isna().any() or (names == "").any():
        raise ValueError(f"{where}: every vendor needs a name; fill in the 'name' column")
    breaking = names.str.contains(LINE_BREAKING, regex=True).to_numpy()
    if breaking.any():
        row = int(np.argmax(breaking))
        raise ValueError(f"{where}: the vendor name in row {row + 1} ({names.iloc[row]!r}) holds a line break or "
                         "control character: give each vendor a one-line name")
    dupes = names[names.str.lower().duplicated()]
    if len(dupes):
        raise ValueError(f"{where}: vendor name {dupes.iloc[0]!r} appears twice; names must be unique")
    out = pd.DataFrame({"name": names.astype(str)})
    price = _numeric(df, "price_per_label", where)
    if (price <= 0).any():
        name = out["name"][price <= 0].iloc[0]
        raise ValueError(f"{where}: price_per_label of {name!r} must be > 0 (dollars per label)")
    _bounded(price, "price_per_label", where, UPPER_BOUNDS["label_price"])
    out["price_per_label"] = price.to_numpy()
    if "error_rate" in df.columns:
        err = _numeric(df.fillna({"error_rate": 0.0}), "error_rate", where)
    else:
        err = pd.Series(0.0, index=df.index)
    if ((err < 0) | (err >= 1)).any():
        name = out["name"][(err < 0) | (err >= 1)].iloc[0]
        raise ValueError(f"{where}: error_rate of {name!r} must be a fraction in [0, 1), e.g. 0.05 for 5%")
    out["error_rate"] = err.to_numpy()
    turn = _numeric(df, "turnaround_days", where)
    if (turn < 0).any():
        name = out["name"][turn < 0].iloc[0]
        raise ValueError(f"{where}: turnaround_days of {name!r} must be >= 0")
    _bounded(turn, "turnaround_days", where, UPPER_BOUNDS["turnaround_days"])
    out["turnaround_days"] = turn.to_numpy()
    if "min_order" in df.columns:
        mo = _numeric(df.fillna({"min_order": 0}), "min_order", where)
    else:
        mo = pd.Series(0.0, index=df.index)
    if ((mo < 0) | (mo != np.floor(mo))).any():
        name = out["name"][(mo < 0) | (mo != np.floor(mo))].iloc[0]
        raise ValueError(f"{where}: min_order of {name!r} must be a whole number of labels >= 0")
    _bounded(mo, "min_order", where, UPPER_BOUNDS["min_order"])
    out["min_order"] = mo.astype(int).to_numpy()
    out["source"] = df["source"].fillna("").astype(str).to_numpy() if "source" in df.columns else ""
    out = out.reset_index(drop=True)
    out.attrs["where"] = where
    return out


def check_vendors(vendors: pd.DataFrame, scenario) -> None:
    """Each vendor's terms valid under ``scenario`` (its class count, votes): a bad one is named with its file
    and row (an error rate of 0.999 over 10 classes carries no signal), before any verdict prices it."""
    where = vendors.attrs.get("where", "vendors table")
    for row, record in enumerate(vendors.to_dict("records"), 1):
        try:
            scenario.with_vendor(record).validate()
        except ValueError as exc:
            first = str(exc).strip().splitlines()[0]
            raise ValueError(f"{where}: vendor {short(record['name'])} in row {row}: {first}") from None


def find_vendor(vendors: pd.DataFrame, name: str) -> dict:
    """The row of ``vendors`` called ``name`` (case-insensitive), as a dict.

    Raises ``ValueError`` listing the valid names when there is none.
    """
    key = str(name).strip().lower()
    hits = vendors[vendors["name"].str.lower() == key]
    if len(hits) == 0:
        where = vendors.attrs.get("where", "the vendors table")
        raise ValueError(f"unknown vendor {short(name)} in {where}; choose one of: {shorten(vendors['name'])}")
    return hits.iloc[0].to_dict()
