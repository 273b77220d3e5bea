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
* ``test_size``: optional, the examples in the test split that measured each
  row (a campaign's ``curve.csv`` carries it); a curve of one run then draws
  its measured points with that split's binomial noise. Whole numbers from 1
  to :data:`MAX_TEST_SIZE`, or empty where not known.
* ``labels_in_hand``, ``setup_paid_by``, ``pool_size``: optional, kept as read: what a campaign had paid for
  when its ``curve.csv`` was measured (its training labels in hand, the AL strategy whose picks paid the set-up,
  the pool without its test split); ``alplan plan`` and the page read them
  (:func:`planner.decide.campaign.redecide.curve_sunk`), never as a metric.
* ``metric``: the column the forecast runs on (``read_curves(..., metric=NAME)``,
  the CLI's ``--metric``; default accuracy as above). Any numeric column of
  fractions in [0, 1] measured for every strategy and run (``macro_f1``,
  ``balanced_accuracy``, ``minority_recall``, a column of the user's own). Its
  values become the forecast's working column ``accuracy`` (the rest of the
  planner reads that one column, whatever was measured) and
  ``df.attrs["metric"]`` names it, so every answer can say what it targets.

Column names are matched case-insensitively and ignoring surrounding spaces.
Every problem raises ``ValueError`` (``OSError`` for an unreadable file) with
one line naming the problem and the fix.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from planner.forecast.confusion import MAX_CONFUSION_TOTAL, read_confusion
from planner.forecast.learners import neural_models
from planner.forecast.messages import LINE_BREAKING
from planner.forecast.parquet import read_parquet_bounded
from planner.forecast.spread import metric_prefix

__all__ = ["read_curves", "first_bar", "DEFAULT_STRATEGY", "MIN_LABEL_COUNTS", "DEFAULT_METRIC", "SHIPPED_ON_ACCURACY",
           "SHIPPED_ON_ACCURACY_BUT_SPREAD", "shipped_note",
           "metric_choice", "metric_columns"]

#: Strategy name given to a table without a ``strategy`` column.
DEFAULT_STRATEGY = "random"
#: Distinct label counts a strategy needs for a curve fit.
MIN_LABEL_COUNTS = 3
#: A curve whose mean accuracy at its largest label count is this much below its first one falls: warned.
FALLING_TOLERANCE = 0.02

_ACCURACY_NAMES = ("accuracy", "acc")
_ERROR_NAMES = ("error", "error_rate")

#: The metric a plan targets unless told otherwise.
DEFAULT_METRIC = "accuracy"
#: Columns that describe a run or a round (its stopping signals too, read off the pool), never a score to plan on.
_NOT_METRICS = frozenset({"strategy", "seed", "n_labels", "round", "dataset", "model", "batch_size", "label_noise",
                          "train_seconds", "query_seconds", "run_key", "stop_agreement", "pool_confidence",
                          "machine_target", "machine_share", "machine_accuracy", "test_size", "labels_in_hand",
                          "setup_paid_by", "pool_size"})
#: The one note an answer on another metric than accuracy carries: what the shipped tables were fitted on.
SHIPPED_ON_ACCURACY = ("the shipped tables (extrapolation error, analog curves, run-to-run spread, track records) "
                       "were fitted on accuracy curves alone: they are applied to {metric} as they are")
#: The same note for a metric with run-to-run spread factors of its own (:data:`planner.forecast.spread.METRIC_STRATA`).
SHIPPED_ON_ACCURACY_BUT_SPREAD = ("the shipped tables (extrapolation error, analog curves, track records) were fitted "
                                  "on accuracy curves alone: they are applied to {metric} as they are; the "
                                  "run-to-run spread was fitted on {metric} curves")


def shipped_note(metric: str, neural: bool = False) -> str:
    """What an answer on ``metric`` (not accuracy) says of the shipped tables it reads; a neural network's curve
    (``neural``) reads the neural learners' spread on any metric."""
    own = metric_prefix(metric) and not neural
    return (SHIPPED_ON_ACCURACY_BUT_SPREAD if own else SHIPPED_ON_ACCURACY).format(metric=metric)


#: Largest curves file read (bytes): a curves table is small; /dev/zero or a log is not one.
MAX_CURVES_BYTES = 200 * 1024 * 1024
#: Largest table read (rows x columns), checked from a Parquet file's metadata before it is decompressed.
MAX_CELLS = 50_000_000
#: Most bytes a Parquet curves table may decode to in memory (checked before its values are decoded).
MAX_DECODED_BYTES = 4 * MAX_CURVES_BYTES
#: Largest test split a ``test_size`` column may name.
MAX_TEST_SIZE = MAX_CONFUSION_TOTAL
#: Largest label count: more labels than any data set holds (1e300 is a typo, not a plan).
MAX_LABELS = 1_000_000_000


def _human_bytes(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _check_unique_columns(columns, where: str) -> None:
    """Column names are matched ignoring case and spaces: two that fold to one name are an error."""
    seen: dict[str, str] = {}
    for column in columns:
        folded = str(column).strip().lower()
        if folded in seen:
            first = seen[folded]
            same = "twice" if first == str(column) else f"as {first!r} and {str(column)!r}"
            raise ValueError(
                f"{where} has the column {str(column).strip()!r} {same} (names are matched ignoring case and "
                "spaces): rename or remove one"
            )
        seen[folded] = str(column)


def _csv_header(head: bytes, sep: str) -> list[str]:
    """The column names of a CSV's first line, as written (pandas renames a repeated name to ``name.1``)."""
    line = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    try:
        return next(csv.reader(io.StringIO(line), delimiter=sep), [])
    except csv.Error:
        return []


def _read_csv_bytes(data: bytes, name: str, sep: str = ",") -> pd.DataFrame:
    if not data.strip():
        raise ValueError(f"{name} is empty: give a table with columns strategy, n_labels, accuracy")
    _check_unique_columns(_csv_header(data[:1 << 20], sep), name)
    try:
        return pd.read_csv(io.BytesIO(data), sep=sep)
    except pd.errors.EmptyDataError:
        raise ValueError(f"{name} is empty: give a table with columns strategy, n_labels, accuracy") from None
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"cannot read {name} as CSV: {first}; check the file format") from None


def _load(source, name: str | None = None) -> tuple[pd.DataFrame, str]:
    if isinstance(source, pd.DataFrame):
        return source.copy(), name or "the table"
    if isinstance(source, (bytes, bytearray)):  # an upload: its name is the user's file name
        if len(source) > MAX_CURVES_BYTES:
            raise ValueError(f"{name or 'the upload'} is {_human_bytes(len(source))}, over the "
                             f"{_human_bytes(MAX_CURVES_BYTES)} limit of a curves table: give one row per measurement")
        return _read_csv_bytes(bytes(source), name or "the upload"), name or "the upload"
    if not isinstance(source, (str, os.PathLike)):
        raise ValueError(f"read_curves takes a file path or a DataFrame, got {type(source).__name__}")
    path = Path(source)
    name = name or path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise OSError(f"cannot read {path}: no such file; check the path") from None
    except OSError as exc:
        raise OSError(f"cannot read {path}: {exc.strerror or type(exc).__name__}; check the path") from None
    if stat.S_ISDIR(info.st_mode):
        raise OSError(f"cannot read {path}: it is a folder; give a .csv or .parquet file")
    if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends, a FIFO blocks: neither is a table
        raise OSError(f"cannot read {path}: it is not a regular file (a device, pipe or socket); "
                      "give a .csv or .parquet file")
    if info.st_size > MAX_CURVES_BYTES:
        raise OSError(f"cannot read {path}: it is {_human_bytes(info.st_size)}, over the "
                      f"{_human_bytes(MAX_CURVES_BYTES)} limit of a curves table; give one row per measurement")
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".pq", ".csv", ".txt", ".tsv", ""):
        raise ValueError(f"cannot read {name}: unsupported file type {suffix!r}; give a .csv or .parquet file")
    kind = "Parquet" if suffix in (".parquet", ".pq") else "CSV"
    try:
        if kind == "Parquet":
            meta = pq.ParquetFile(path).metadata  # the footer only: rows and columns before decompressing
            if meta.num_rows * max(meta.num_columns, 1) > MAX_CELLS:
                raise ValueError(f"{name} holds {meta.num_rows:,} rows x {meta.num_columns:,} columns, over the "
                                 f"{MAX_CELLS:,}-cell limit of a curves table; give one row per measurement")
            _check_unique_columns(meta.schema.names, name)
            # the decoded size too: a dictionary page repeats one large value over every row
            df = read_parquet_bounded(path, name, MAX_DECODED_BYTES)
        else:
            with path.open("rb") as fh:
                data = fh.read(MAX_CURVES_BYTES + 1)
            return _read_csv_bytes(data, name, sep="\t" if suffix == ".tsv" else ","), name
    except PermissionError as exc:
        raise OSError(f"cannot read {path}: permission denied; check the file's permissions") from exc
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"cannot read {name} as {kind}: {first}; check the file format") from None
    except ValueError as exc:
        if str(exc).startswith((name, "cannot read")):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"cannot read {name} as {kind}: {first}; check the file format") from None
    return df, name


def _shown(value) -> str:
    """A cell as the user wrote it: ``inf``, ``'abc'``; never a numpy repr such as ``np.float64(inf)``."""
    if isinstance(value, np.generic):
        value = value.item()
    return f"{value:g}" if isinstance(value, float) else repr(value)


def _numeric(df: pd.DataFrame, column: str, where: str) -> pd.Series:
    values = pd.to_numeric(df[column], errors="coerce")
    bad = values.isna() & df[column].notna()
    if bad.any():
        row = int(np.argmax(bad.to_numpy()))
        raise ValueError(
            f"column {column!r} in {where} must be numeric; row {row + 1} holds {_shown(df[column].iloc[row])}: "
            "fix or remove it"
        )
    values = values.astype(float)
    missing = ~np.isfinite(values.to_numpy())
    if missing.any():
        row = int(np.argmax(missing))
        raw = df[column].iloc[row]
        what = "missing (NaN)" if pd.isna(raw) else _shown(raw)
        raise ValueError(f"column {column!r} in {where} is {what} in row {row + 1}: fill in or remove that row")
    return values


def _is_yes_no(series: pd.Series) -> bool:
    """Whether a column holds yes/no values (True/False), which are no score, whatever pandas made of them."""
    if series.dtype.kind == "b":
        return True
    present = series.dropna()
    return bool(len(present)) and series.dtype.kind == "O" and all(isinstance(v, (bool, np.bool_)) for v in present)


def _test_sizes(column: pd.Series, where: str) -> pd.Series:
    """The ``test_size`` column as floats: whole numbers in [1, MAX_TEST_SIZE], NaN where empty."""
    values = pd.to_numeric(column, errors="coerce")
    bad = (column.notna() & column.astype(str).str.strip().ne("") & values.isna()) | (values.notna() & (
        (values < 1) | (values > MAX_TEST_SIZE) | (values != np.round(values))))
    if bad.any():
        row = int(np.argmax(bad.to_numpy()))
        raise ValueError(f"test_size in {where} must be a whole number of test examples from 1 to "
                         f"{MAX_TEST_SIZE:,}; row {row + 1} has {str(column.iloc[row])[:40]!r}: fix it, leave it "
                         "empty, or drop the column")
    return values.astype(float)


def _check_confusions(df: pd.DataFrame, where: str) -> None:
    """Each row's ``confusion`` cell (a round's confusion matrix on its test split, as a campaign's curve.csv keeps
    it; empty: none kept) one :func:`planner.forecast.confusion.read_confusion` reads, its counts the row's
    ``test_size`` where the row has one."""
    sizes = df["test_size"] if "test_size" in df.columns else pd.Series(np.nan, index=df.index)
    for at, (cell, tested) in enumerate(zip(df["confusion"], sizes)):
        if not str(cell).strip() or (not isinstance(cell, str) and pd.isna(cell)):
            continue
        try:
            read_confusion(str(cell), tested=tested)
        except ValueError as exc:
            raise ValueError(f"confusion in {where}, row {at + 1}, {exc}: fix the cell, leave it empty, or drop the "
                             "column to read the score as a share of the test labels") from None


def metric_columns(df: pd.DataFrame) -> list[str]:
    """The columns of ``df`` a plan can target: numeric, every value a fraction in [0, 1], none missing.

    Accuracy first (when the table has it, or an ``acc``/``error`` column the
    reader converts), then the others in table order. What the page offers
    beside the target.
    """
    lower = {str(c).strip().lower() for c in df.columns}
    out = [DEFAULT_METRIC] if lower & {*_ACCURACY_NAMES, *_ERROR_NAMES} else []
    for column in df.columns:
        name = str(column).strip()
        if name.lower() in _NOT_METRICS or name.lower() in (*_ACCURACY_NAMES, *_ERROR_NAMES) \
                or _is_yes_no(df[column]):  # yes/no is no score
            continue
        values = pd.to_numeric(df[column], errors="coerce") if df[column].dtype.kind not in "biuf" else df[column]
        if len(values) and values.notna().all() and values.between(0.0, 1.0).all():
            out.append(name)
    return out


def metric_choice(curves: pd.DataFrame, wanted, kind: str = "") -> tuple[list[str], str, pd.DataFrame]:
    """The page's metric beside the target: ``(metrics offered, the one chosen, the curves read on it)``.

    The metrics are :func:`metric_columns` (accuracy alone for curves of kind
    ``"transferred"``: their AL strategies were transferred on accuracy);
    ``wanted`` is kept if offered, else accuracy; on accuracy the curves are
    returned as they are.
    """
    offered = [DEFAULT_METRIC] if kind == "transferred" else (metric_columns(curves) or [DEFAULT_METRIC])
    chosen = wanted if wanted in offered else DEFAULT_METRIC
    return offered, chosen, (curves if chosen == DEFAULT_METRIC else read_curves(curves, metric=chosen))


def _metric_name(metric) -> str:
    if not isinstance(metric, str) or not metric.strip() or not metric.strip().isprintable():
        raise ValueError(f"metric {metric!r} is not a column name: give one such as --metric macro_f1")
    return metric.strip()


def _metric_as_accuracy(df: pd.DataFrame, metric: str, where: str) -> tuple[pd.DataFrame, str]:
    """``df`` with the metric's values as the forecast's working column ``accuracy`` (the table's own
    accuracy, acc and error columns dropped) and the metric's name as the table writes it, or
    ``ValueError`` in one line: an unknown, non-numeric, out-of-range, percent or partly missing metric."""
    lower = {str(c).strip().lower(): c for c in df.columns}
    column = lower.get(metric.lower())
    usable = metric_columns(df)
    offer = f"its metrics are {', '.join(usable)}" if usable else "it has no column of fractions in [0, 1]"
    if column is None:
        raise ValueError(f"--metric {metric}: {where} has no such column; {offer}: choose one")
    if metric.lower() in _NOT_METRICS:
        raise ValueError(f"--metric {metric}: that column of {where} describes the runs, it is no score to plan "
                         f"on; {offer}: choose one")
    raw = df[column]
    if _is_yes_no(raw):
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} holds yes/no values, no "
                         f"score to plan on; {offer}: choose one")
    values = pd.to_numeric(raw, errors="coerce")
    text = values.isna() & raw.notna()
    if text.any():
        row = int(np.argmax(text.to_numpy()))
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} is not numeric (row "
                         f"{row + 1} holds {_shown(raw.iloc[row])}); {offer}: choose one")
    values = values.astype(float)
    gaps = ~np.isfinite(values.to_numpy())
    if gaps.all():
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} holds no values"
                         + (" (recorded for two classes only)" if metric.lower() == "minority_recall" else "")
                         + f"; {offer}: choose one")
    if gaps.any():
        keys = [lower[k] for k in ("strategy", "seed") if k in lower]
        if keys:
            lacking = df.loc[gaps, keys].astype(str).drop_duplicates()
            runs = [" ".join(f"{k.strip().lower()} {v}" for k, v in zip(keys, row))
                    for row in lacking.itertuples(index=False)]
            which = f"for {', '.join(runs[:4])}" + (f" and {len(runs) - 4:,} more" if len(runs) > 4 else "")
        else:
            which = f"in row {int(np.argmax(gaps)) + 1}"
        rows = f"{int(gaps.sum()):,} row{'s' if gaps.sum() > 1 else ''}"
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} is missing {which} ({rows}): "
                         "every strategy and run must measure it; fill it in, drop those runs, or plan on another "
                         "metric")
    low, high = float(values.min()), float(values.max())
    if 2.0 < high <= 100.0 and low >= 0.0 and 2 * int((values > 1.0).sum()) > len(values):  # mostly > 1: percent
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} runs from {low:g} to "
                         f"{high:g}, percent it seems; give it as fractions in [0, 1] (divide by 100)")
    if low < 0.0 or high > 1.0:
        raise ValueError(f"--metric {metric}: column {str(column).strip()!r} in {where} runs from {low:g} to "
                         f"{high:g}, outside [0, 1]; give a score that is a fraction in [0, 1]")
    drop = [c for c in df.columns if str(c).strip().lower() in (*_ACCURACY_NAMES, *_ERROR_NAMES)]
    out = df.drop(columns=drop).assign(accuracy=values.to_numpy())
    out.attrs = dict(df.attrs)
    return out, str(column).strip()


def first_bar(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with one row per (run, round): where it records several hybrid bars (``machine_target``), only the
    lowest bar's rows (the other columns repeat across bars). A table without ``machine_target`` is returned as is."""
    if "machine_target" not in df.columns:
        return df
    bars = df["machine_target"].dropna().unique()
    if len(bars) < 2:
        return df
    keep = df["machine_target"].isna() | (df["machine_target"] == min(bars))
    out = df[keep.to_numpy()].reset_index(drop=True)
    out.attrs = dict(df.attrs)
    return out


def read_curves(source, *, name: str | None = None, metric: str | None = None,
                all_bars: bool = False) -> pd.DataFrame:
    """Read and validate a curves table.

    Parameters
    ----------
    source : str, os.PathLike, bytes or pandas.DataFrame
        A ``.csv`` / ``.parquet`` file (a regular file of at most
        ``MAX_CURVES_BYTES``), the bytes of an uploaded CSV, or a DataFrame
        (not modified).
    name : str, optional
        What messages call the input (an upload's file name); default the
        file's name.
    metric : str, optional
        The column to forecast (see the module docstring); default the
        metric a DataFrame already read carries (``attrs["metric"]``), else
        accuracy.
    all_bars : bool
        Keep every hybrid accuracy bar's rows (``machine_target``: one row per
        run, round and bar); by default a table recording several bars keeps
        one row per (run, round), the lowest bar's.

    Returns
    -------
    pandas.DataFrame
        The table with normalised column names, a ``strategy`` column (str),
        ``n_labels`` and ``accuracy`` (float in [0, 1]: the metric's values),
        ``seed`` when given. ``attrs["metric"]`` names the metric; on another
        metric than accuracy ``attrs["notes"]`` says the shipped tables were
        fitted on accuracy (:data:`SHIPPED_ON_ACCURACY`). ``attrs["metric_note"]`` says which metric column was used
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
    df, where = _load(source, name)
    _check_unique_columns(df.columns, where)
    if not all_bars:
        df = first_bar(df)
    df, planned = _planned_metric(df, metric, where)
    df, metric_col, is_error = _named_columns(df, where)
    metric_name = "accuracy" if not is_error else metric_col
    df["n_labels"] = _numeric(df, "n_labels", where)
    values = _numeric(df, metric_name, where)
    _check_label_counts(df["n_labels"], where)
    _set_accuracy(df, values, metric_name, metric_col, is_error, planned, where)
    _check_strategies(df, where)
    _check_seeds(df, where)
    if "test_size" in df.columns:
        df["test_size"] = _test_sizes(df["test_size"], where)
    if "confusion" in df.columns:
        _check_confusions(df, where)
    _check_curve_lengths(df, where)
    falling = _falling_notes(df, planned)
    out = df.reset_index(drop=True)
    out.attrs = dict(df.attrs)
    if falling:
        out.attrs["notes"] = tuple(out.attrs.get("notes", ())) + tuple(falling[:3]) + (
            (f"{len(falling) - 3} more strategies fall as labels grow",) if len(falling) > 3 else ())
    return out


def _planned_metric(df: pd.DataFrame, metric: str | None, where: str) -> tuple[pd.DataFrame, str]:
    """The metric :func:`read_curves` plans on (``metric``, else the one a table read before carries, else accuracy)
    and the table with that metric's values as its accuracy column (another metric of a table read on accuracy)."""
    carried = df.attrs.get("metric")   # a table read before: its working column already holds that metric
    planned = _metric_name(metric if metric is not None else (carried or DEFAULT_METRIC))
    if planned.lower() in _ACCURACY_NAMES:
        planned = DEFAULT_METRIC
    elif planned.lower() in _ERROR_NAMES:
        raise ValueError(f"--metric {planned}: an error rate falls as labels grow; plan on accuracy (the default "
                         f"reads a column named {planned} as accuracy = 1 - {planned})")
    if carried not in (None, DEFAULT_METRIC, planned):  # its accuracy was replaced by another metric's values
        raise ValueError(f"{where} was read on {carried}; read the file again to plan on {planned}")
    if carried in (None, DEFAULT_METRIC) and planned != DEFAULT_METRIC:  # read on accuracy: its columns are all kept
        df, planned = _metric_as_accuracy(df, planned, where)
    return df, planned


def _named_columns(df: pd.DataFrame, where: str) -> tuple[pd.DataFrame, str, bool]:
    """The table with its columns stripped and renamed to the names :func:`read_curves` reads (``n_labels``,
    ``accuracy``, ``strategy``, ``seed``, ``test_size``, whatever their case), the metric's column and whether it
    holds an error rate; a table lacking ``n_labels`` or a metric, or with no rows, is refused."""
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
    for k in ("strategy", "seed", "test_size"):
        if k in lower:
            rename[lower[k]] = k
    return df.rename(columns=rename), metric_col, is_error


def _check_label_counts(n_labels: pd.Series, where: str) -> None:
    """Every label count a whole number from 1 to :data:`MAX_LABELS`."""
    if (n_labels < 1).any():
        row = int(np.argmax((n_labels < 1).to_numpy()))
        raise ValueError(
            f"n_labels in {where} must be at least 1; row {row + 1} has {n_labels.iloc[row]:g}: "
            "give the number of labeled examples"
        )
    fractional = (n_labels != np.round(n_labels)).to_numpy()
    if fractional.any():
        row = int(np.argmax(fractional))
        raise ValueError(
            f"n_labels in {where} must be whole numbers; row {row + 1} has {n_labels.iloc[row]:g}: "
            "give the number of labeled examples"
        )
    if (n_labels > MAX_LABELS).any():
        row = int(np.argmax((n_labels > MAX_LABELS).to_numpy()))
        raise ValueError(
            f"n_labels in {where} is {n_labels.iloc[row]:g} in row {row + 1}, above {MAX_LABELS:,}: "
            "give the number of labeled examples"
        )


def _set_accuracy(df: pd.DataFrame, metric: pd.Series, metric_name: str, metric_col: str, is_error: bool,
                  planned: str, where: str) -> None:
    """Set ``df``'s ``accuracy`` column from the metric's values (percent divided by 100, an error rate turned into
    accuracy) and its ``attrs``: the metric, what was read and how, and on another metric than accuracy the note
    that the shipped tables were fitted on accuracy."""
    kind = "error rate" if is_error else "accuracy"
    notes = []
    if metric.max() > 1.0:
        if metric.max() > 100.0 or metric.min() < 0.0:
            raise ValueError(
                f"{metric_name} in {where} runs from {metric.min():g} to {metric.max():g}: "
                "give fractions in [0, 1] or percent in [0, 100]"
            )
        low = (metric <= 1.0).to_numpy()
        if 2 * int(low.sum()) >= len(metric):  # mostly fractions and a few values above 1: not percent
            row = int(np.argmax(~low))
            raise ValueError(
                f"{metric_name} in {where} mixes scales: {int(low.sum())} of {len(metric)} values are at most 1 "
                f"(fractions) but row {row + 1} holds {metric.iloc[row]:g}; give all values as fractions in "
                "[0, 1] or all as percent in [0, 100]"
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
    df.attrs["metric"] = planned
    if planned != DEFAULT_METRIC:
        df.attrs["metric_note"] = f"{planned} read as a fraction in [0, 1]"

        shipped = shipped_note(planned, neural=bool(neural_models(df)))
        if shipped not in df.attrs.get("notes", ()):
            df.attrs["notes"] = (*df.attrs.get("notes", ()), shipped)


def _check_strategies(df: pd.DataFrame, where: str) -> None:
    """A ``strategy`` column of one-line names in every row (stripped), or, where there is none, one inserted that
    names every row :data:`DEFAULT_STRATEGY` (said in ``attrs["strategy_note"]``)."""
    if "strategy" not in df.columns:
        df.insert(0, "strategy", DEFAULT_STRATEGY)
        df.attrs["strategy_note"] = (
            f"no strategy column: all rows taken as one curve named {DEFAULT_STRATEGY!r}"
        )
        return
    if df["strategy"].isna().any():
        row = int(np.argmax(df["strategy"].isna().to_numpy()))
        raise ValueError(f"strategy in {where} is empty in row {row + 1}: name the strategy of every row")
    df["strategy"] = df["strategy"].astype(str).str.strip()
    blank = (df["strategy"] == "").to_numpy()
    if blank.any():
        row = int(np.argmax(blank))
        raise ValueError(f"strategy in {where} is blank in row {row + 1}: name the strategy of every row")
    control = df["strategy"].str.contains(LINE_BREAKING, regex=True).to_numpy()
    if control.any():
        row = int(np.argmax(control))
        raise ValueError(f"strategy in {where} holds a line break or control character in row {row + 1} "
                         f"({df['strategy'].iloc[row]!r}): give each strategy a one-line name")


def _check_seeds(df: pd.DataFrame, where: str) -> None:
    """A ``seed`` column, where there is one, filled in every row; whole numbers become integers."""
    if "seed" not in df.columns:
        return
    seeds = pd.to_numeric(df["seed"], errors="coerce")
    if seeds.isna().any() or not np.all(np.isfinite(seeds.to_numpy(dtype=float))):
        # non-numeric run ids are fine as labels, but not missing ones
        if df["seed"].isna().any():
            row = int(np.argmax(df["seed"].isna().to_numpy()))
            raise ValueError(f"seed in {where} is missing in row {row + 1}: fill it in or drop the seed column")
    else:
        if np.all(seeds == np.round(seeds)):
            df["seed"] = seeds.astype(np.int64)


def _check_curve_lengths(df: pd.DataFrame, where: str) -> None:
    """Every strategy measured at :data:`MIN_LABEL_COUNTS` label counts or more."""
    counts = df.groupby("strategy", sort=False)["n_labels"].nunique()
    few = counts[counts < MIN_LABEL_COUNTS]
    if len(few):
        name, k = few.index[0], int(few.iloc[0])
        raise ValueError(
            f"strategy {name!r} in {where} has {k} distinct label count(s); a curve needs at least "
            f"{MIN_LABEL_COUNTS}: add measurements at more label counts"
        )


def _falling_notes(df: pd.DataFrame, planned: str) -> list[str]:
    """A note for each strategy whose mean ``planned`` metric falls as labels grow (data, not an error)."""
    falling = []
    for name, group in df.groupby("strategy", sort=False):
        means = group.groupby("n_labels")["accuracy"].mean()
        first, last = float(means.iloc[0]), float(means.iloc[-1])
        if last < first - FALLING_TOLERANCE and np.corrcoef(np.log(means.index), means.to_numpy())[0, 1] < -0.5:
            # real learners dip (a sigmoid-kernel SVC, naive Bayes, LDA): data, not an error
            falling.append(
                f"{planned} of strategy {name!r} falls as labels grow ({first:.3g} at {means.index[0]:g} labels, "
                f"{last:.3g} at {means.index[-1]:g}): forecast from what it shows (no climb back is assumed)"
                + ("; if the column holds an error rate, name it error" if planned == DEFAULT_METRIC else ""))
    return falling
