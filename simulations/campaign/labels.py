"""The labels that come back: CSV or Parquet (id and label columns) and Label Studio's JSON export.

Every reader returns a table of ``(id, label)`` text pairs, one row per label
found; a row without a label (an empty cell, a task nobody annotated, a
cancelled annotation) is not a label and is counted apart as not returned.
Labels are class names: text or whole numbers; a number with a fraction, a
list of several choices or a nested value is refused with one line.

Label Studio's full JSON export is a list of tasks ``{"data": {ID: ...},
"annotations": [{"result": [{"type": "choices", "value": {"choices":
["cat"]}}], "was_cancelled": false}]}``; its JSON-MIN export is a list of
flat records ``{ID: ..., LABEL: "cat"}`` (LABEL: the name of the labeling
config's choices control, given as ``--label-column``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from simulations.campaign.pool import checked_file
from simulations.data.datasets import DEFAULT_MAX_FILE_BYTES, _check_unique_columns, _csv_header, unreadable

__all__ = ["Returned", "read_labels", "LABEL_SUFFIXES", "label_text"]

LABEL_SUFFIXES = (".csv", ".parquet", ".pq", ".json")


@dataclass(frozen=True)
class Returned:
    """What one file brought back.

    Parameters
    ----------
    labels : DataFrame
        Columns ``id``, ``label`` (text), one row per label found, in file order (an id may repeat).
    blank : int
        Rows or tasks that name an id but carry no label (not returned yet).
    """

    labels: pd.DataFrame
    blank: int


def label_text(value, where: str) -> str | None:
    """A label as text (``1.0`` -> ``"1"``), None when absent; one line when it cannot be a class name."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value)).lower()
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return None
        if not math.isfinite(value) or not float(value).is_integer():
            raise ValueError(f"{where} is {value!r}, a number with a fraction: labels are class names (text or "
                             "whole numbers); give the class, not a score")
        return str(int(value))
    if isinstance(value, str):
        text = value.strip()
        return text or None
    raise ValueError(f"{where} is a {type(value).__name__}, not a class name: give one label per example (text or "
                     "a whole number)")


def read_labels(path: str | Path, id_column: str, label_column: str, *,
                max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Returned:
    """Read the labels in ``path`` (``.csv``, ``.parquet``/``.pq``, or a Label Studio ``.json`` export).

    Raises
    ------
    ValueError, OSError
        One line: an unreadable file, a missing id or label column, a label
        that is not a class name.
    """
    path, suffix = checked_file(path, LABEL_SUFFIXES, "labels file", ".csv, .parquet or .json (a Label Studio "
                                "export)", max_bytes)
    if suffix == ".json":
        return _read_label_studio(path, id_column, label_column)
    df = _read_table(path, suffix, id_column, label_column)
    ids, labels, blank = [], [], 0
    for row, (i, v) in enumerate(zip(df[id_column].tolist(), df[label_column].tolist()), start=1):
        where = f"{path.name}: the label in data row {row}"
        text_id = _id(i)
        if text_id is None:
            raise ValueError(f"{path.name}: data row {row} has no id in column {id_column!r}: give every label its id")
        label = label_text(v, where)
        if label is None:
            blank += 1
            continue
        ids.append(text_id)
        labels.append(label)
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank)


def _id(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _read_table(path: Path, suffix: str, id_column: str, label_column: str) -> pd.DataFrame:
    try:
        if suffix == ".csv":
            columns = _csv_header(path)
            _check_unique_columns(path.name, columns)
            _need(path.name, columns, id_column, label_column)
            return pd.read_csv(path, usecols=[id_column, label_column], dtype={id_column: str},
                               keep_default_na=False, na_values=[""])
        import pyarrow.parquet as pq

        from simulations.results.schema import read_parquet_bounded

        columns = [str(c) for c in pq.ParquetFile(path).schema_arrow.names]
        _check_unique_columns(path.name, columns)
        _need(path.name, columns, id_column, label_column)
        return read_parquet_bounded(path, path.name)[[id_column, label_column]]
    except (OSError, ValueError) as exc:
        raise unreadable(path, exc, suffix[1:].upper()) from None


def _need(name: str, columns, id_column: str, label_column: str) -> None:
    for column, flag in ((id_column, "the campaign's --id-column"), (label_column, "--label-column")):
        if column not in columns:
            shown = ", ".join(map(str, list(columns)[:8])) + (", ..." if len(columns) > 8 else "")
            raise ValueError(f"{name} has no column {column!r} (columns: {shown}): name it with {flag}")


def _read_label_studio(path: Path, id_column: str, label_column: str) -> Returned:
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"cannot read {path.name} as JSON: {str(exc).splitlines()[0] if str(exc) else 'bad file'}"
                         ) from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ValueError(f"{path.name} is not a Label Studio export (a JSON list of tasks): export the project as "
                         "JSON or JSON-MIN")
    ids, labels, blank = [], [], 0
    for n, task in enumerate(tasks, start=1):
        if not isinstance(task, dict):
            raise ValueError(f"{path.name}: task {n} is not an object: export the project as JSON or JSON-MIN")
        full = isinstance(task.get("data"), dict)
        record = task["data"] if full else task
        text_id = _id(record.get(id_column)) if not isinstance(record.get(id_column), (dict, list)) else None
        if text_id is None:
            raise ValueError(f"{path.name}: task {n} has no {id_column!r} in its data: import the tasks the "
                             "campaign wrote (their data carries the id)")
        where = f"{path.name}: the label of task {n} (id {text_id!r})"
        found = _task_labels(task, where) if full else [label_text(task.get(label_column), where)]
        found = [f for f in found if f is not None]
        if not found:
            blank += 1
        for label in found:  # two annotators who disagree give two labels: the caller reports the conflict
            ids.append(text_id)
            labels.append(label)
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank)


def _task_labels(task: dict, where: str) -> list[str | None]:
    """The choices of a task's annotations that were not cancelled (one per annotation)."""
    out = []
    annotations = task.get("annotations") or task.get("completions") or []
    if not isinstance(annotations, list):
        raise ValueError(f"{where}: 'annotations' is not a list: export the project as JSON")
    for ann in annotations:
        if not isinstance(ann, dict) or ann.get("was_cancelled"):
            continue
        results = ann.get("result") or []
        choices = [r.get("value", {}).get("choices") for r in results
                   if isinstance(r, dict) and isinstance(r.get("value"), dict) and "choices" in r["value"]]
        if not choices:
            continue
        if len(choices) > 1 or not isinstance(choices[0], list) or len(choices[0]) != 1:
            raise ValueError(f"{where} holds several choices: a campaign takes one class per example (a single-"
                             "choice labeling config)")
        out.append(label_text(choices[0][0], where))
    return out
