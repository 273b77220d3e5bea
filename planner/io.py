"""Reading the curves table (CSV, Parquet or a DataFrame) for the planner.

``read_curves`` accepts any table with at least ``n_labels`` and a metric
column, validates it and returns accuracy as a fraction in [0, 1]:

* metric: ``accuracy`` (or ``acc``), else ``error`` / ``error_rate`` (converted
  to accuracy = 1 - error). Values above 1 mean percent and are divided by 100.
  ``df.attrs["metric_note"]`` states what was detected and converted.
* ``strategy``: optional. A table without it is one curve of labels bought at
  random, named ``"random"`` (the baseline every plan compares against);
  ``df.attrs["strategy_note"]`` says so.
* ``seed``: optional run id; kept when present (the bootstrap resamples runs).

Column names are matched case-insensitively and ignoring surrounding spaces.
Every problem raises ``ValueError`` (``OSError`` for an unreadable file) with
one line naming the problem and the fix.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["read_curves", "select_curves", "DEFAULT_STRATEGY", "MIN_LABEL_COUNTS"]

#: Strategy name given to a table without a ``strategy`` column.
DEFAULT_STRATEGY = "random"
#: Distinct label counts a strategy needs for a curve fit.
MIN_LABEL_COUNTS = 3

_ACCURACY_NAMES = ("accuracy", "acc")
_ERROR_NAMES = ("error", "error_rate")


def _load(source) -> tuple[pd.DataFrame, str]:
    if isinstance(source, pd.DataFrame):
        return source.copy(), "the table"
    if not isinstance(source, (str, os.PathLike)):
        raise ValueError(f"read_curves takes a file path or a DataFrame, got {type(source).__name__}")
    path = Path(source)
    name = path.name or str(path)
    if not path.exists():
        raise OSError(f"cannot read {path}: no such file; check the path")
    if path.is_dir():
        raise OSError(f"cannot read {path}: it is a folder; give a .csv or .parquet file")
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".pq", ".csv", ".txt", ".tsv", ""):
        raise ValueError(f"cannot read {name}: unsupported file type {suffix!r}; give a .csv or .parquet file")
    kind = "Parquet" if suffix in (".parquet", ".pq") else "CSV"
    try:
        if kind == "Parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",")
    except pd.errors.EmptyDataError:
        raise ValueError(f"{name} is empty: give a table with columns strategy, n_labels, accuracy") from None
    except PermissionError as exc:
        raise OSError(f"cannot read {path}: permission denied; check the file's permissions") from exc
    except (OSError, ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"cannot read {name} as {kind}: {first}; check the file format") from None
    return df, name


def _numeric(df: pd.DataFrame, column: str, where: str) -> pd.Series:
    values = pd.to_numeric(df[column], errors="coerce")
    bad = values.isna() & df[column].notna()
    if bad.any():
        row = int(np.argmax(bad.to_numpy()))
        raise ValueError(
            f"column {column!r} in {where} must be numeric; row {row + 1} holds {df[column].iloc[row]!r}: fix or remove it"
        )
    values = values.astype(float)
    missing = ~np.isfinite(values.to_numpy())
    if missing.any():
        row = int(np.argmax(missing))
        raw = df[column].iloc[row]
        what = "missing (NaN)" if pd.isna(raw) else f"{raw!r}"
        raise ValueError(f"column {column!r} in {where} is {what} in row {row + 1}: fill in or remove that row")
    return values


def read_curves(source) -> pd.DataFrame:
    """Read and validate a curves table.

    Parameters
    ----------
    source : str, os.PathLike or pandas.DataFrame
        A ``.csv`` / ``.parquet`` file, or a DataFrame (not modified).

    Returns
    -------
    pandas.DataFrame
        The table with normalised column names, a ``strategy`` column (str),
        ``n_labels`` and ``accuracy`` (float, accuracy in [0, 1]), ``seed``
        when given. ``attrs["metric_note"]`` says which metric column was used
        and any conversion; ``attrs["strategy_note"]`` is set when the
        strategy column was missing.

    Raises
    ------
    OSError
        The file is missing or unreadable.
    ValueError
        Empty table, missing columns, non-numeric / NaN / inf values,
        label counts below 1, metric outside its range, or a strategy with
        fewer than 3 distinct label counts.
    """
    df, where = _load(source)
    df.columns = [str(c).strip() for c in df.columns]
    lower = {c.lower(): c for c in df.columns}
    metric_col = next((lower[k] for k in _ACCURACY_NAMES if k in lower), None)
    is_error = False
    if metric_col is None:
        metric_col = next((lower[k] for k in _ERROR_NAMES if k in lower), None)
        is_error = metric_col is not None
    missing = [c for c in ("n_labels",) if c not in lower]
    if metric_col is None:
        missing.append("accuracy")
    if missing:
        have = ", ".join(map(str, df.columns[:8])) or "none"
        raise ValueError(
            f"{where} lacks column(s) {', '.join(missing)} (has: {have}); "
            "give at least strategy, n_labels and accuracy (or error)"
        )
    if len(df) == 0:
        raise ValueError(f"{where} has no rows: give one row per (strategy, seed, n_labels) measurement")
    rename = {lower["n_labels"]: "n_labels", metric_col: "accuracy" if not is_error else metric_col}
    for k in ("strategy", "seed"):
        if k in lower:
            rename[lower[k]] = k
    df = df.rename(columns=rename)
    metric_name = "accuracy" if not is_error else metric_col

    df["n_labels"] = _numeric(df, "n_labels", where)
    metric = _numeric(df, metric_name, where)
    if (df["n_labels"] < 1).any():
        row = int(np.argmax((df["n_labels"] < 1).to_numpy()))
        raise ValueError(
            f"n_labels in {where} must be at least 1; row {row + 1} has {df['n_labels'].iloc[row]:g}: "
            "give the number of labeled examples"
        )

    kind = "error rate" if is_error else "accuracy"
    notes = []
    if metric.max() > 1.0:
        if metric.max() > 100.0 or metric.min() < 0.0:
            raise ValueError(
                f"{metric_name} in {where} runs from {metric.min():g} to {metric.max():g}: "
                "give fractions in [0, 1] or percent in [0, 100]"
            )
        metric = metric / 100.0
        notes.append(f"{metric_name} read as percent (values above 1) and divided by 100")
    if metric.min() < 0.0:
        raise ValueError(
            f"{metric_name} in {where} has negative values (min {metric.min():g}): "
            "give fractions in [0, 1] or percent in [0, 100]"
        )
    if is_error:
        df["accuracy"] = 1.0 - metric
        notes.append(f"column {metric_col!r} read as an error rate; accuracy = 1 - {metric_col}")
    else:
        df["accuracy"] = metric
    df.attrs["metric_note"] = "; ".join(notes) if notes else f"{kind} read as a fraction in [0, 1]"

    if "strategy" not in df.columns:
        df.insert(0, "strategy", DEFAULT_STRATEGY)
        df.attrs["strategy_note"] = (
            f"no strategy column: all rows taken as one curve named {DEFAULT_STRATEGY!r}"
        )
    else:
        if df["strategy"].isna().any():
            row = int(np.argmax(df["strategy"].isna().to_numpy()))
            raise ValueError(f"strategy in {where} is empty in row {row + 1}: name the strategy of every row")
        df["strategy"] = df["strategy"].astype(str).str.strip()
    if "seed" in df.columns:
        seeds = pd.to_numeric(df["seed"], errors="coerce")
        if seeds.isna().any() or not np.all(np.isfinite(seeds.to_numpy(dtype=float))):
            # non-numeric run ids are fine as labels, but not missing ones
            if df["seed"].isna().any():
                row = int(np.argmax(df["seed"].isna().to_numpy()))
                raise ValueError(f"seed in {where} is missing in row {row + 1}: fill it in or drop the seed column")
        else:
            if np.all(seeds == np.round(seeds)):
                df["seed"] = seeds.astype(np.int64)

    counts = df.groupby("strategy", sort=False)["n_labels"].nunique()
    few = counts[counts < MIN_LABEL_COUNTS]
    if len(few):
        name, k = few.index[0], int(few.iloc[0])
        raise ValueError(
            f"strategy {name!r} in {where} has {k} distinct label count(s); a curve needs at least "
            f"{MIN_LABEL_COUNTS}: add measurements at more label counts"
        )
    return df.reset_index(drop=True)


def _choose(df: pd.DataFrame, column: str, wanted, flag: str, what: str) -> pd.DataFrame:
    """Rows of one value of ``column``: the one given, or the only one there is."""
    if column not in df.columns:
        if wanted is not None:
            raise ValueError(f"the curves table has no {column} column, so {flag} {wanted} cannot select; drop it")
        return df
    values = df[column].astype(str)
    names = sorted(values.unique())
    if wanted is not None:
        if str(wanted) not in names:
            raise ValueError(f"{what} {str(wanted)!r} is not in the curves table; choose one of: {', '.join(names)}")
        return df[values == str(wanted)]
    if len(names) > 1:
        raise ValueError(f"the curves table mixes {len(names)} {what}s ({', '.join(names[:6])}); "
                         f"plan one at a time: choose it with {flag} NAME")
    return df


def select_curves(curves: pd.DataFrame, *, dataset=None, model=None, batch_size=None) -> pd.DataFrame:
    """The rows of one data set, one model and one AL batch size of a validated curves table.

    The one curve-selection entry point of ``plan``, ``fit``, the charts and
    transfer: a table mixing data sets, models or batch sizes is refused
    unless the caller picks one (curves of different set-ups are never pooled
    into one fit). Label-noise levels are kept: the planner uses the level
    matching the labels bought. ``attrs["notes"]`` lists what was selected.
    """
    attrs = dict(curves.attrs)
    df = _choose(curves, "dataset", dataset, "--dataset", "data set")
    df = _choose(df, "model", model, "--model", "model")
    if "batch_size" in df.columns:
        sizes = pd.to_numeric(df["batch_size"], errors="coerce")
        if sizes.isna().any():
            raise ValueError("batch_size in the curves table must be a number in every row; fix or drop the column")
        df = df.assign(batch_size=sizes.round().astype(np.int64))
        df = _choose(df, "batch_size", None if batch_size is None else int(batch_size), "--curves-batch-size", "batch size")
    if "label_noise" in df.columns:
        noise = pd.to_numeric(df["label_noise"], errors="coerce")
        if noise.isna().any() or (noise < 0).any() or (noise >= 1).any():
            raise ValueError("label_noise in the curves table must be a rate in [0, 1) in every row; "
                             "fix or drop the column")
        df = df.assign(label_noise=noise.astype(float))
    df = df.reset_index(drop=True).copy()
    df.attrs = attrs
    notes = list(attrs.get("notes", ()))
    picked = [f"{c} {df[c].iloc[0]}" for c in ("dataset", "model", "batch_size") if c in df.columns
              and curves[c].astype(str).nunique() > 1]
    if picked:
        notes.append("selected " + ", ".join(picked))
    df.attrs["notes"] = tuple(notes)
    return df
