"""The results database's tables: their columns and SQL, and the curves table as the database returns it.

:class:`simulations.results.store.Store` creates and migrates these tables; :func:`normalize_curves` gives any
curves table the columns and dtypes the database returns (``CURVE_DTYPES``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from simulations.results.schema import CURVE_COLUMNS, HYBRID_COLUMNS, LATER_COLUMNS

__all__ = ["APPLICATION_ID", "CURVE_DTYPES", "FULL_POOL", "SCHEMA_VERSION", "normalize_curves"]


SCHEMA_VERSION = 1

#: ``PRAGMA application_id`` of an alplan results database (bytes 68-71 of the SQLite header): "alpn".
#: Written when a file is created (or, for a file from before it existed, on its first write), so that
#: alplan recognises its own files positively and never writes into another program's SQLite file.
APPLICATION_ID = 0x616C706E

_TABLES = frozenset({"meta", "runs", "curves", "scenarios"})
#: Tables added since the first version (created on open): a file from before the application id may hold them.
_LATER_TABLES = frozenset({"hybrid_bars"})
#: The columns an alplan database has had from its first version (later ones are added on open).
_LEGACY_COLUMNS = {
    "meta": {"key", "value"},
    "runs": {"key", "dataset", "model", "strategy", "seed", "batch_size", "label_noise", "config", "status"},
    "curves": {"run_key", *(c for c in CURVE_COLUMNS if c not in LATER_COLUMNS)},
    "scenarios": {"name", "data", "created_at", "updated_at"},
}

#: A later hybrid bar's values, beside its run, round and bar, in the ``hybrid_bars`` table.
_BAR_VALUES: tuple[str, ...] = HYBRID_COLUMNS[1:]

#: The dtype of every curves-table column, as the database returns it.
CURVE_DTYPES: dict[str, str] = {
    "dataset": "str",
    "model": "str",
    "strategy": "str",
    "seed": "int64",
    "batch_size": "int64",
    "label_noise": "float64",
    "round": "int64",
    "n_labels": "int64",
    "accuracy": "float64",
    "macro_f1": "float64",
    "balanced_accuracy": "float64",
    "minority_recall": "float64",
    "train_seconds": "float64",
    "query_seconds": "float64",
    "stop_agreement": "float64",
    "pool_confidence": "float64",
    "machine_target": "float64",
    "machine_share": "float64",
    "machine_accuracy": "float64",
    "machine_remainder": "float64",
    "test_machine_share": "float64",
    "test_machine_accuracy": "float64",
    "annotation_cost": "float64",
}
assert tuple(CURVE_DTYPES) == CURVE_COLUMNS
assert all(CURVE_DTYPES[c] == "float64" for c in LATER_COLUMNS)

#: The strategy name of a whole-pool ceiling (== simulations.run.ceiling.FULL_POOL): its one-row runs are no AL curve.
FULL_POOL = "full-pool"

_SQL_TYPES = {"str": "TEXT", "int64": "INTEGER", "float64": "REAL"}
_IDENTITY = ("dataset", "model", "strategy", "seed", "batch_size", "label_noise")
_STATUSES = ("running", "done", "failed")

_RUN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("key", "TEXT PRIMARY KEY"),
    ("dataset", "TEXT NOT NULL"),
    ("model", "TEXT NOT NULL"),
    ("strategy", "TEXT NOT NULL"),
    ("seed", "INTEGER NOT NULL"),
    ("batch_size", "INTEGER NOT NULL"),
    ("label_noise", "REAL NOT NULL"),
    ("config", "TEXT NOT NULL"),
    ("code_version", "TEXT"),
    ("status", "TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed'))"),
    ("attempts", "INTEGER NOT NULL DEFAULT 0"),
    ("n_rounds", "INTEGER"),
    ("worker", "TEXT"),
    ("started_at", "REAL"),
    ("finished_at", "REAL"),
    ("wall_seconds", "REAL"),
    ("cpu_seconds", "REAL"),
    ("train_seconds", "REAL"),
    ("query_seconds", "REAL"),
    ("error", "TEXT"),
)
_RUN_NAMES = tuple(name for name, _ in _RUN_COLUMNS)

def _curve_column_sql(column: str) -> str:
    """The column definition in ``curves``: the later columns are nullable (NaN is stored as NULL)."""
    null = "" if column in LATER_COLUMNS else " NOT NULL"
    return f'"{column}" {_SQL_TYPES[CURVE_DTYPES[column]]}{null}'


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs ({", ".join(f"{n} {t}" for n, t in _RUN_COLUMNS)});
CREATE TABLE IF NOT EXISTS curves (
    run_key TEXT NOT NULL REFERENCES runs(key) ON DELETE CASCADE,
    {", ".join(_curve_column_sql(c) for c in CURVE_COLUMNS)},
    PRIMARY KEY (run_key, "round")
);
CREATE TABLE IF NOT EXISTS hybrid_bars (
    run_key TEXT NOT NULL REFERENCES runs(key) ON DELETE CASCADE,
    "round" INTEGER NOT NULL,
    machine_target REAL NOT NULL,
    {", ".join(f"{c} REAL" for c in _BAR_VALUES)},
    PRIMARY KEY (run_key, "round", machine_target)
);
CREATE INDEX IF NOT EXISTS runs_status ON runs(status);
CREATE TABLE IF NOT EXISTS scenarios (
    name TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""


def normalize_curves(df: pd.DataFrame) -> pd.DataFrame:
    """The curves table with exactly ``CURVE_COLUMNS``, in order, with ``CURVE_DTYPES``.

    Parameters
    ----------
    df : DataFrame with at least the columns of ``CURVE_COLUMNS``
        (a missing later column, ``LATER_COLUMNS``: the newer test scores
        and the stopping signals, is filled with NaN: tables written before
        those columns existed)

    Returns
    -------
    DataFrame of shape (n_rows, len(CURVE_COLUMNS)), fresh RangeIndex.

    Raises
    ------
    ValueError
        when a column is missing or holds values of the wrong kind.
    """
    missing = [c for c in CURVE_COLUMNS if c not in df.columns and c not in LATER_COLUMNS]
    if missing:
        raise ValueError(
            f"curves table lacks column(s) {', '.join(missing)}; "
            f"expected {', '.join(CURVE_COLUMNS)}"
        )
    columns: dict[str, Any] = {}
    for column, dtype in CURVE_DTYPES.items():
        if column not in df.columns:  # a later column (test score or signal) the table predates
            columns[column] = np.full(len(df), np.nan)
            continue
        series = df[column]
        if str(series.dtype) == dtype:  # already right: no conversion
            columns[column] = series.array if dtype == "str" else series.to_numpy()
            continue
        values = series.to_numpy()
        try:
            if dtype == "str":
                columns[column] = pd.array([str(v) for v in values], dtype="str")
            elif dtype == "int64":
                as_float = np.asarray(values, dtype="float64")
                if not np.all(np.isfinite(as_float)) or np.any(as_float != np.round(as_float)):
                    raise ValueError
                columns[column] = np.asarray(values).astype("int64")
            else:
                columns[column] = np.asarray(values, dtype="float64")
        except (TypeError, ValueError):
            raise ValueError(
                f"curves column {column!r} must hold {dtype} values; got {df[column].dtype}"
            ) from None
    return pd.DataFrame(columns, index=pd.RangeIndex(len(df)))


def _null(value: Any) -> float | None:
    value = float(value)
    return None if np.isnan(value) else value


def _split_bars(curves: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A run's rows split into one row per round (its lowest hybrid bar) and the rows of its later bars.

    Raises
    ------
    ValueError
        when a round repeats without distinct hybrid bars.
    """
    repeated = curves["round"].duplicated()
    if not repeated.any():
        return curves, curves.iloc[:0]
    bars = curves["machine_target"]
    if bars.isna().any() or curves.duplicated(["round", "machine_target"]).any():
        raise ValueError("the run's curve rows repeat a round; each round must appear once (once per hybrid "
                         "accuracy bar)")
    ordered = curves.sort_values(["round", "machine_target"], kind="stable")
    first = ~ordered["round"].duplicated()
    return ordered[first.to_numpy()], ordered[~first.to_numpy()]
