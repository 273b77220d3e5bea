"""The labels that come back: CSV or Parquet (id and label columns) and Label Studio's exports (JSON, JSON-MIN, CSV).

Every reader returns a table of ``(id, label)`` text pairs, one row per label
found; a row without a label (an empty cell, a task nobody annotated) is not a
label and is counted apart as not returned, and a task whose annotations were
all cancelled (``was_cancelled``) is counted as cancelled. Labels are class
names: text as given (spaces around it dropped), or whole numbers, written in
their plain form (``1``, ``+1``, ``1.0`` and the number 1 are the class
``"1"``); a number with a fraction, several choices or a nested value is refused
with one line. A CSV is read as UTF-8 with or without the byte-order mark
Excel's "CSV UTF-8" writes.

The campaign's Label Studio tasks carry the pool's id under ``alplan_id``
(:data:`TASK_ID`), a key none of Label Studio's exports writes over, and every
reader takes the id from there when it is present:

* the full JSON export: a list of tasks ``{"id": TASK, "data": {"alplan_id":
  ..., ...}, "annotations": [{"result": [{"type": "choices", "from_name":
  LABEL, "value": {"choices": ["cat"]}}], "was_cancelled": false}]}``;
* JSON-MIN: one flat record per annotation, the task's data with ``id`` set to
  Label Studio's task id, each control's answer under its name (a single
  choice as its text) and ``annotator``, ``annotation_id``, ``created_at``,
  ``updated_at``, ``lead_time`` written over the data's keys of those names;
  cancelled annotations are left out of it (so are not counted);
* CSV: the same records as columns (the data's keys written last).

Tasks written without ``alplan_id`` are read by the id column, as before,
except from JSON-MIN where Label Studio's task id took the ``id`` key.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from simulations.campaign.pool import checked_file
from simulations.data.datasets import DEFAULT_MAX_FILE_BYTES, _check_unique_columns, _csv_header, unreadable

__all__ = ["Returned", "read_labels", "LABEL_SUFFIXES", "label_text", "TASK_ID", "MIN_KEYS"]

LABEL_SUFFIXES = (".csv", ".parquet", ".pq", ".json")
#: The key of the pool's id in the campaign's Label Studio tasks.
TASK_ID = "alplan_id"
#: The keys Label Studio's JSON-MIN and CSV exports write over a task's data.
MIN_KEYS = ("id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement", "history")
#: What a Label Studio control that is not one choice should be exported as instead.
_INSTEAD = ("a campaign takes one class per example: answer with a single-choice <Choices> control and export "
            "again, or give a CSV of id and label columns")
_WHOLE = re.compile(r"[+-]?[0-9]+(\.0*)?")
_FRACTION = re.compile(r"[+-]?([0-9]*\.[0-9]+|[0-9]+\.[0-9]*)")


@dataclass(frozen=True)
class Returned:
    """What one file brought back.

    Parameters
    ----------
    labels : DataFrame
        Columns ``id``, ``label`` (text), one row per label found, in file order (an id may repeat).
    blank : int
        Rows or tasks that name an id but carry no label (not returned yet).
    cancelled : int
        Tasks whose every annotation was cancelled (Label Studio's full JSON export): not labeled.
    batch_csv : bool
        A CSV with the columns of the campaign's batch CSV (``role``, ``rank``): its ids may carry the batch
        CSV's formula guard.
    """

    labels: pd.DataFrame
    blank: int
    cancelled: int = 0
    batch_csv: bool = False


def label_text(value, where: str) -> str | None:
    """A label as text (``1.0``, ``"+1"`` -> ``"1"``), None when absent; one line when it cannot be a class name."""
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
        if not text:
            return None
        _check_encodable(text, where)
        if _WHOLE.fullmatch(text):
            return str(int(text.split(".")[0]))
        if _FRACTION.fullmatch(text):
            raise ValueError(f"{where} is {text!r}, a number with a fraction: labels are class names (text or "
                             "whole numbers); give the class, not a score")
        return text
    if isinstance(value, (dict, list)):
        kind = _control_kind(value)
        if kind is not None:
            raise _not_one_choice(where, kind)
    raise ValueError(f"{where} is a {type(value).__name__}, not a class name: give one label per example (text or "
                     "a whole number)")


def _check_encodable(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{where} holds a lone surrogate (\\ud800-\\udfff), not text: fix the file's "
                         "encoding") from None


def _control_kind(value) -> str | None:
    """The Label Studio control type a JSON-MIN value came from (``taxonomy``, ``rating``...), if it shows one."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            if "choices" in item:
                return "choices"
            for key in item:
                if key not in ("start", "end", "x", "y", "width", "height", "rotation", "original_width",
                               "original_height", "type", "id", "parentID"):
                    return str(key)
    return None


def _not_one_choice(where: str, kind: str, control: str | None = None) -> ValueError:
    if kind == "choices":
        return ValueError(f"{where} holds several choices: a campaign takes one class per example (a single-"
                          "choice labeling config)")
    named = f" (control {control!r})" if control else ""
    return ValueError(f"{where} is a {kind} answer{named}, not one choice: {_INSTEAD}")


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
    df, id_column = _read_table(path, suffix, id_column, label_column)
    from_label_studio = "annotation_id" in df.attrs.get("columns", ())
    ids, labels, blank = [], [], 0
    for row, (i, v) in enumerate(zip(df[id_column].tolist(), df[label_column].tolist()), start=1):
        where = f"{path.name}: the label in data row {row}"
        text_id = _id(i, f"{path.name}: the id in data row {row}")
        if text_id is None:
            raise ValueError(f"{path.name}: data row {row} has no id in column {id_column!r}: give every label its id")
        if from_label_studio and isinstance(v, str) and v.lstrip()[:1] in ("[", "{"):
            try:
                v = json.loads(v)
            except ValueError:
                pass
        label = label_text(v, where)
        if label is None:
            blank += 1
            continue
        ids.append(text_id)
        labels.append(label)
    columns = set(df.attrs.get("columns", ()))
    batch_csv = suffix == ".csv" and bool(columns & {"role", "alplan_role"}) and bool(columns & {"rank", "alplan_rank"})
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank, batch_csv=batch_csv)


def _id(value, where: str = "an id") -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value)).lower()
    text = str(value).strip()
    if text:
        _check_encodable(text, where)
    return text or None


def _read_table(path: Path, suffix: str, id_column: str, label_column: str) -> tuple[pd.DataFrame, str]:
    """The id and label columns of a CSV or Parquet file, and the name of the id column read (``alplan_id`` in
    a Label Studio CSV export of the campaign's tasks)."""
    try:
        if suffix == ".csv":
            columns = _csv_header(path)
            _check_unique_columns(path.name, columns)
            id_column = TASK_ID if TASK_ID in columns else id_column
            _need(path.name, columns, id_column, label_column)
            df = pd.read_csv(path, usecols=[id_column, label_column], dtype=str, keep_default_na=False,
                             na_values=[""], encoding="utf-8-sig")
            df = df.astype(object).where(df.notna(), None)
        else:
            import pyarrow.parquet as pq

            from simulations.results.schema import read_parquet_bounded

            columns = [str(c) for c in pq.ParquetFile(path).schema_arrow.names]
            _check_unique_columns(path.name, columns)
            id_column = TASK_ID if TASK_ID in columns else id_column
            _need(path.name, columns, id_column, label_column)
            df = read_parquet_bounded(path, path.name)[[id_column, label_column]]
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise unreadable(path, exc, suffix[1:].upper()) from None
    df.attrs["columns"] = tuple(columns)
    return df, id_column


def _need(name: str, columns, id_column: str, label_column: str) -> None:
    for column, flag in ((id_column, "the campaign's --id-column"), (label_column, "--label-column")):
        if column not in columns:
            shown = ", ".join(map(str, list(columns)[:8])) + (", ..." if len(columns) > 8 else "")
            raise ValueError(f"{name} has no column {column!r} (columns: {shown}): name it with {flag}")


def _read_label_studio(path: Path, id_column: str, label_column: str) -> Returned:
    try:
        tasks = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"cannot read {path.name} as JSON: {str(exc).splitlines()[0] if str(exc) else 'bad file'}"
                         ) from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ValueError(f"{path.name} is not a Label Studio export (a JSON list of tasks): export the project as "
                         "JSON or JSON-MIN")
    ids, labels, blank, cancelled = [], [], 0, 0
    for n, task in enumerate(tasks, start=1):
        if not isinstance(task, dict):
            raise ValueError(f"{path.name}: task {n} is not an object: export the project as JSON or JSON-MIN")
        full = isinstance(task.get("data"), dict)
        record = task["data"] if full else task
        text_id = _task_id(record, id_column, full, path.name, n)
        where = f"{path.name}: the label of task {n} (id {text_id!r})"
        if full:
            found, was_cancelled = _task_labels(task, where, label_column)
        else:
            if label_column not in task:
                _refuse_other_answers(task, label_column, id_column, where)
            found, was_cancelled = [label_text(task.get(label_column), where)], False
        found = [f for f in found if f is not None]
        if not found:
            if was_cancelled:
                cancelled += 1
            else:
                blank += 1
        for label in found:  # two annotators who disagree give two labels: the caller reports the conflict
            ids.append(text_id)
            labels.append(label)
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank, cancelled)


def _refuse_other_answers(record: dict, label_column: str, id_column: str, where: str) -> None:
    """A JSON-MIN record without ``label_column`` that answers under another control's name: one line naming it
    (a record of the task's data alone is a task nobody annotated)."""
    if "annotation_id" not in record or record.get("annotation_id") is None:
        return
    data = {TASK_ID, "role", id_column, *MIN_KEYS}
    for key, value in record.items():
        if key in data:
            continue
        kind = _control_kind(value) if isinstance(value, (dict, list)) else None
        if kind is not None:
            raise _not_one_choice(where, kind, key)
    others = [k for k in record if k not in data]
    if others:
        raise ValueError(f"{where} has no answer named {label_column!r} (it holds {', '.join(map(repr, others[:4]))}): "
                         "name the choices control that holds the class with --label-column")


def _task_id(record: dict, id_column: str, full: bool, name: str, n: int) -> str:
    """The pool id of a task (``alplan_id``, else the id column), or one line saying why it has none."""
    key = TASK_ID if TASK_ID in record else id_column
    min_export = not full and ("annotation_id" in record or "annotator" in record)
    if key != TASK_ID and min_export and key in MIN_KEYS:
        raise ValueError(f"{name}: task {n} is a JSON-MIN record without {TASK_ID!r}: Label Studio wrote its own "
                         f"{key!r} over the data's: export the project as JSON (not JSON-MIN), or import the tasks "
                         "the campaign writes (they carry alplan_id)")
    value = record.get(key)
    text_id = None if isinstance(value, (dict, list)) else _id(value, f"{name}: the id of task {n}")
    if text_id is None:
        raise ValueError(f"{name}: task {n} has no {key!r} in its data: import the tasks the campaign wrote (their "
                         "data carries the id)")
    return text_id


def _task_labels(task: dict, where: str, label_column: str) -> tuple[list[str | None], bool]:
    """(the choice of each annotation that was not cancelled, whether an annotation was cancelled)."""
    out, cancelled = [], False
    annotations = task.get("annotations") or task.get("completions") or []
    if not isinstance(annotations, list):
        raise ValueError(f"{where}: 'annotations' is not a list: export the project as JSON")
    for ann in annotations:
        if not isinstance(ann, dict):
            continue
        if ann.get("was_cancelled") or ann.get("skipped"):
            cancelled = True
            continue
        results = [r for r in (ann.get("result") or []) if isinstance(r, dict) and isinstance(r.get("value"), dict)]
        choices = [r for r in results if "choices" in r["value"]]
        if len(choices) > 1:
            named = [r for r in choices if r.get("from_name") == label_column]
            if len(named) != 1:
                controls = ", ".join(sorted({str(r.get("from_name")) for r in choices}))
                raise ValueError(f"{where} holds the answers of several choices controls ({controls}): name the "
                                 "one that holds the class with --label-column")
            choices = named
        if not choices:
            other = next((r for r in results if r["value"]), None)
            if other is not None:
                kind = str(other.get("type") or _control_kind(other["value"]) or "other")
                raise _not_one_choice(where, kind, other.get("from_name"))
            continue
        value = choices[0]["value"]["choices"]
        if not isinstance(value, list) or len(value) != 1:
            raise _not_one_choice(where, "choices")
        out.append(label_text(value[0], where))
    return out, cancelled
