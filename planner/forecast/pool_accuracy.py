"""The accuracy measured with the whole pool labeled: a number, ``ACC@POOL``, or a ``.pool.csv`` file.

A proxy's ceiling (``alplan simulate --full-pool``) or the user's own
measurement; every forecast is capped by it within the pool.
"""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from planner.forecast.io import MAX_LABELS, _check_unique_columns, _csv_header, _human_bytes, _numeric

__all__ = ["MAX_POOL_BYTES", "PoolAccuracy", "read_pool_accuracy"]


class PoolAccuracy(NamedTuple):
    """The measured accuracy with the whole pool labeled (a proxy's ceiling, or the user's own measurement).

    Fields
    ------
    n_labels : int or None
        The pool size it was measured at (None when a bare number gives none).
    accuracy : float
        Mean over the seeds, a fraction in (0, 1].
    se : float
        Standard error of that mean over the seeds (0.0 for one seed or a bare number: no spread known).
    n_seeds : int
        Seeds (rows) it averages; 1 for a bare number.
    """

    n_labels: int | None
    accuracy: float
    se: float
    n_seeds: int


#: Largest ``.pool.csv`` read (bytes): one row per data set, model and seed.
MAX_POOL_BYTES = 10 * 1024 * 1024
_POOL_NUMBER = re.compile(r"^\s*([^@\s]+)\s*(?:@\s*([^@\s]+)\s*)?$")


def _pool_fraction(text: str, flag: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{flag} {text!r} is neither a number nor a readable .pool.csv file: give an accuracy "
                         "such as 0.976 (or 0.976@1347 with the pool size), or the .pool.csv of "
                         "`alplan simulate --full-pool`") from None
    if not 0.0 < value <= 1.0:  # NaN fails too
        raise ValueError(f"{flag} accuracy must be a fraction in (0, 1], got {text}: write e.g. 0.976 for 97.6%")
    return value


def _pool_size(text: str, flag: str) -> int:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (np.isfinite(value) and value == round(value) and 1 <= value <= MAX_LABELS):
        raise ValueError(f"{flag} pool size after @ must be a whole number from 1 to {MAX_LABELS:,}, got {text!r}: "
                         "write e.g. 0.976@1347")
    return int(value)


def read_pool_accuracy(value, *, dataset: str | None = None, model: str | None = None,
                       flag: str = "--pool-accuracy", metric: str = "accuracy",
                       from_curves: tuple[str, ...] = ()) -> PoolAccuracy:
    """Read the score measured with the whole pool labeled: a number, ``ACC@POOL``, or a ``.pool.csv`` file.

    The score is the one planned on (``metric``): a number or ``ACC@POOL`` states it directly; from a
    ``.pool.csv`` its column ``metric`` is read (``alplan simulate --full-pool`` writes every metric).

    Parameters
    ----------
    value : str, float or os.PathLike
        ``0.976`` (no pool size known), ``"0.976@1347"`` (measured with 1,347
        labels), or the ``.pool.csv`` written by ``alplan simulate
        --full-pool`` (columns ``n_labels``, ``accuracy``, optionally
        ``dataset``, ``model``, ``seed``, ``label_noise``, ...; any CSV with
        those columns, one row per seed).
    dataset, model : str, optional
        Which rows of a file holding several data sets or models.
    from_curves : tuple of str
        Which of ``"dataset"``, ``"model"`` were read from the curves' own
        rows rather than chosen by a flag: a file without rows of them is of
        another data set or learner, and is refused as such.
    flag : str
        How the input is named in messages.
    metric : str
        The column planned on (``accuracy``, ``macro_f1``, ...): the one read from a file.

    Returns
    -------
    PoolAccuracy
        ``(n_labels or None, accuracy mean, standard error, n_seeds)``.

    Raises
    ------
    ValueError / OSError
        One line naming the input and the fix: a number outside (0, 1], a bad
        pool size, a missing, oversized or unreadable file, a missing column,
        a non-numeric or out-of-range cell, rows that mix data sets, models,
        label noise or pool sizes, or a seed given twice.
    """
    if isinstance(value, bool):
        raise ValueError(f"{flag} must be an accuracy such as 0.976 or a .pool.csv file, got {value!r}")
    if isinstance(value, (int, float, np.integer, np.floating)):
        return PoolAccuracy(None, _pool_fraction(repr(float(value)), flag), 0.0, 1)
    if not isinstance(value, (str, os.PathLike)):
        raise ValueError(f"{flag} must be an accuracy such as 0.976 or a .pool.csv file, got {type(value).__name__}")
    text = os.fspath(value)
    if not text.strip():
        raise ValueError(f"{flag} is empty: give an accuracy such as 0.976 (or 0.976@1347), or a .pool.csv file")
    path = Path(text)
    shown = text if text.isprintable() else repr(text)   # a name with a line break is shown escaped
    try:
        info = path.stat()
    except (OSError, ValueError):  # no such file (or a name the OS refuses): a number, or a missing file
        return _pool_number(text, path, flag, shown)
    name = path.name or text
    name = name if name.isprintable() else repr(name)
    score = str(metric).strip().lower() or "accuracy"
    df = _pool_table(_pool_bytes(path, info, flag, shown, name), flag, name, score)
    where = f"{flag} {name}"
    return _pool_measurement(_pool_rows(df, where, dataset, model, from_curves), where, score)


def _pool_number(text: str, path: Path, flag: str, shown: str) -> PoolAccuracy:
    """:func:`read_pool_accuracy` of a ``text`` that names no file: ``ACC`` or ``ACC@POOL``; a name that looks like
    a file's (a ``.csv`` or a path, without ``@``) is a missing file."""
    looks_like_file = path.suffix.lower() == ".csv" or os.sep in text
    if "@" in text or not looks_like_file:
        match = _POOL_NUMBER.match(text)
        if match is None:  # two @, or spaces inside: neither a number nor a file
            raise ValueError(f"{flag} {text!r} is neither a number nor a readable .pool.csv file: give an "
                             "accuracy such as 0.976 (or 0.976@1347 with the pool size), or the .pool.csv of "
                             "`alplan simulate --full-pool`")
        accuracy = _pool_fraction(match.group(1), flag)
        n_labels = _pool_size(match.group(2), flag) if match.group(2) is not None else None
        return PoolAccuracy(n_labels, accuracy, 0.0, 1)
    raise OSError(f"cannot read {flag} {shown}: no such file; give the .pool.csv of "
                  "`alplan simulate --full-pool`, or a number such as 0.976")


def _pool_bytes(path: Path, info: os.stat_result, flag: str, shown: str, name: str) -> bytes:
    """The bytes of the ``.pool.csv`` at ``path`` (``info``: its stat): a regular file of at most
    :data:`MAX_POOL_BYTES`, readable and not blank."""
    if stat.S_ISDIR(info.st_mode):
        raise OSError(f"cannot read {flag} {shown}: it is a folder; give a .pool.csv file")
    if not stat.S_ISREG(info.st_mode):
        raise OSError(f"cannot read {flag} {shown}: it is not a regular file (a device, pipe or socket); "
                      "give a .pool.csv file")
    if info.st_size > MAX_POOL_BYTES:
        raise OSError(f"cannot read {flag} {shown}: it is {_human_bytes(info.st_size)}, over the "
                      f"{_human_bytes(MAX_POOL_BYTES)} limit of a .pool.csv; give one row per seed")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_POOL_BYTES + 1)
    except OSError as exc:
        raise OSError(f"cannot read {flag} {shown}: {exc.strerror or type(exc).__name__}; "
                      "check the file's permissions") from None
    if not data.strip():
        raise ValueError(f"{flag} {name} is empty: give the .pool.csv of `alplan simulate --full-pool` "
                         "(columns n_labels, accuracy)")
    return data


def _pool_table(data: bytes, flag: str, name: str, score: str) -> pd.DataFrame:
    """The ``.pool.csv`` in ``data`` as a table with its column names stripped and lower case, holding
    ``n_labels`` and the ``score`` planned on, and some rows."""
    _check_unique_columns(_csv_header(data[:1 << 20], ","), f"{flag} {name}")
    try:
        df = pd.read_csv(io.BytesIO(data))
    except pd.errors.EmptyDataError:
        raise ValueError(f"{flag} {name} is empty: give a table with columns n_labels, accuracy") from None
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"cannot read {flag} {name} as CSV: {first}; give the .pool.csv of "
                         "`alplan simulate --full-pool`") from None
    df.columns = [str(c).strip().lower() for c in df.columns]
    where = f"{flag} {name}"
    missing = [c for c in ("n_labels", score) if c not in df.columns]
    if missing:
        raise ValueError(f"{where} lacks the column(s) {', '.join(missing)}: give the .pool.csv of "
                         f"`alplan simulate --full-pool` (columns n_labels and every metric, {score} "
                         "planned on, one row per seed)")
    if df.empty:
        raise ValueError(f"{where} has no rows: give one row per seed (n_labels, accuracy)")
    return df


def _pool_rows(df: pd.DataFrame, where: str, dataset: str | None, model: str | None,
               from_curves: tuple[str, ...]) -> pd.DataFrame:
    """The rows of one data set and one model: the ones asked for, or the only ones there are (see
    :func:`read_pool_accuracy`'s ``from_curves``)."""
    for column, wanted, option in (("dataset", dataset, "--dataset"), ("model", model, "--model")):
        if column not in df.columns:
            continue
        values = df[column].astype(str)
        names = sorted(values.unique())
        if wanted is not None:
            if str(wanted) not in names and column in from_curves:
                raise ValueError(f"{where} is of {column} {', '.join(map(repr, names[:6]))} and the curves of "
                                 f"{column} {str(wanted)!r}: give the .pool.csv of the curves' own data set and "
                                 "learner")
            if str(wanted) not in names:
                raise ValueError(f"{where} has no rows of {column} {str(wanted)!r}: it holds "
                                 f"{', '.join(names[:6])}; choose one with {option}")
            df = df[values == str(wanted)]
        elif len(names) > 1:
            raise ValueError(f"{where} mixes {len(names)} {column}s ({', '.join(names[:6])}): "
                             f"choose one with {option}, or keep one {column}'s rows")
    return df


def _pool_measurement(df: pd.DataFrame, where: str, score: str) -> PoolAccuracy:
    """The mean ``score`` over the rows (one per seed) and its standard error, at their one pool size; cells out
    of range, mixed label noise or pool sizes, and a seed given twice are refused."""
    accuracy = _numeric(df, score, where).to_numpy()
    sizes = _numeric(df, "n_labels", where).to_numpy()
    if "label_noise" in df.columns:
        noise = _numeric(df, "label_noise", where)
        if noise.nunique() > 1:
            raise ValueError(f"{where} mixes label noise levels ({', '.join(f'{v:g}' for v in sorted(noise.unique())[:6])}): "
                             "keep the rows of the noise your vendor has")
    bad = (accuracy <= 0.0) | (accuracy > 1.0)
    if bad.any():
        row = int(np.argmax(bad))
        raise ValueError(f"column {score!r} in {where} must be a fraction in (0, 1]; row {row + 1} holds "
                         f"{accuracy[row]:g}: fix or remove it")
    bad = (sizes < 1) | (sizes > MAX_LABELS) | (sizes != np.round(sizes))
    if bad.any():
        row = int(np.argmax(bad))
        raise ValueError(f"column 'n_labels' in {where} must be a whole number from 1 to {MAX_LABELS:,}; "
                         f"row {row + 1} holds {sizes[row]:g}: fix or remove it")
    if np.unique(sizes).size > 1:
        shown = ", ".join(f"{int(v):,}" for v in np.unique(sizes)[:6])
        raise ValueError(f"{where} mixes pool sizes ({shown}): keep the rows of one data set")
    if "seed" in df.columns:
        seeds = df["seed"].astype(str)
        twice = seeds[seeds.duplicated()]
        if len(twice):
            raise ValueError(f"{where} has seed {twice.iloc[0]} twice: keep one row per seed")
    n = int(accuracy.size)
    se = float(np.std(accuracy, ddof=1) / np.sqrt(n)) if n > 1 else 0.0
    return PoolAccuracy(int(sizes[0]), float(np.mean(accuracy)), se, n)
