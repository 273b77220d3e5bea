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

**Annotation time.** Each label keeps the seconds its annotation took where the
file gives them (:attr:`Returned.seconds`, NaN where it does not; nothing is
invented): Label Studio's ``lead_time`` (the full JSON: each annotation's; JSON-MIN
and CSV: each record's), or in a CSV or Parquet file the column named by
``time_column``, by default ``seconds`` (else ``lead_time``) when the file has one
(Label Studio's CSV export: ``lead_time`` first, whatever the task's data holds).
A time is a number of seconds from 0 to :data:`MAX_SECONDS`; an empty cell is no
time.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from planner.campaign.pool import checked_file
from planner.campaign.schema import not_finite_number
from simulations.data.datasets import DEFAULT_MAX_FILE_BYTES, _check_unique_columns, _csv_header, unreadable
from simulations.results.schema import read_parquet_bounded

__all__ = ["Returned", "read_labels", "LABEL_SUFFIXES", "label_text", "TASK_ID", "TASK_FIELDS", "MIN_KEYS",
           "MAX_SECONDS", "TIME_COLUMNS", "seconds_value", "own_field"]

LABEL_SUFFIXES = (".csv", ".parquet", ".pq", ".json")
#: The key of the pool's id in the campaign's Label Studio tasks.
TASK_ID = "alplan_id"
#: The campaign's own fields in each Label Studio task, beside the pool's id column (``role``: test or train;
#: renamed by :func:`own_field` where the id column has its name).
TASK_FIELDS = (TASK_ID, "role")
#: The keys Label Studio's JSON-MIN and CSV exports write over a task's data.
MIN_KEYS = ("id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement", "history")
#: What a Label Studio control that is not one choice should be exported as instead.
_INSTEAD = ("a campaign takes one class per example: answer with a single-choice <Choices> control and export "
            "again, or give a CSV of id and label columns")
#: The most seconds one annotation may take (30 days): a larger time is not a number of seconds.
MAX_SECONDS = 30 * 86_400.0
#: The time columns a CSV or Parquet file of labels is read with when none is named, first found first.
TIME_COLUMNS = ("seconds", "lead_time")
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
    seconds : ndarray of shape (len(labels),) or None
        The annotation time of each label row, in seconds (NaN: the file gave none); None: no time at all.
    """

    labels: pd.DataFrame
    blank: int
    cancelled: int = 0
    seconds: np.ndarray | None = None


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
        if not text or text.lower() == "nan":   # a missing number written as text: no label yet
            return None
        if not_finite_number(text):
            raise ValueError(f"{where} is {text!r}, a number that is not finite: labels are class names (text or "
                             "whole numbers); give the class")
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


def seconds_value(value, where: str) -> float:
    """An annotation time in seconds (NaN where absent); one line when it is not 0 to :data:`MAX_SECONDS` seconds."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.nan
    if isinstance(value, (bool, np.bool_, dict, list)):
        raise ValueError(f"{where} is {_shown_value(value)}, not a number of seconds: give the annotation time in "
                         "seconds, or leave the cell empty")
    try:
        v = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{where} is {_shown_value(value)}, not a number of seconds: give the annotation time in "
                         "seconds, or leave the cell empty") from None
    if math.isnan(v):
        return math.nan
    if not 0.0 <= v <= MAX_SECONDS:
        raise ValueError(f"{where} is {_shown_value(value)}: an annotation time must be from 0 to "
                         f"{MAX_SECONDS:,.0f} seconds (30 days); fix the cell or leave it empty")
    return v


def _shown_value(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def own_field(name: str, id_column: str) -> str:
    """The name of the campaign's own field ``name`` (a task's ``role``, a batch CSV's ``rank``...) beside the pool's
    id column ``id_column``: ``name``, or ``alplan_NAME`` where the id column is called ``name``, so the pool's id is
    never written over. (The id's own key, :data:`TASK_ID`, holds the id whatever the id column is called.)"""
    return f"alplan_{name}" if name == id_column and name != TASK_ID else name


def read_labels(path: str | Path, id_column: str, label_column: str, *, time_column: str | None = None,
                max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Returned:
    """Read the labels in ``path`` (``.csv``, ``.parquet``/``.pq``, or a Label Studio ``.json`` export), with
    each label's annotation time where the file has one (``time_column``: a CSV or Parquet file's column of
    seconds; default ``seconds``, else ``lead_time``, when present).

    Raises
    ------
    ValueError, OSError
        One line: an unreadable file, a missing id, label or named time column, a label that is not a class
        name, a time that is not a number of seconds.
    """
    path, suffix = checked_file(path, LABEL_SUFFIXES, "labels file", ".csv, .parquet or .json (a Label Studio "
                                "export)", max_bytes)
    if suffix == ".json":
        if time_column is not None and time_column != "lead_time":
            raise ValueError(f"--time-column {time_column!r} names a column of a CSV or Parquet file: a Label "
                             f"Studio export ({path.name}) carries its times as lead_time; leave --time-column out")
        return _read_label_studio(path, id_column, label_column)
    df, id_column, time_column = _read_table(path, suffix, id_column, label_column, time_column)
    from_label_studio = "annotation_id" in df.attrs.get("columns", ())
    ids, labels, seconds, blank = [], [], [], 0
    times = df[time_column].tolist() if time_column is not None else [None] * len(df)
    for row, (i, v, t) in enumerate(zip(df[id_column].tolist(), df[label_column].tolist(), times), start=1):
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
        seconds.append(seconds_value(t, f"{path.name}: the time in data row {row} (column {time_column!r})"))
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank, seconds=_times(seconds))


def _times(seconds: list[float]) -> np.ndarray | None:
    out = np.asarray(seconds, dtype=float)
    return out if len(out) and not np.isnan(out).all() else None


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


def _read_table(path: Path, suffix: str, id_column: str, label_column: str, time_column: str | None = None
                ) -> tuple[pd.DataFrame, str, str | None]:
    """The id, label (and time) columns of a CSV or Parquet file, the name of the id column read (``alplan_id``
    in a Label Studio CSV export of the campaign's tasks) and of the time column read (None: no time)."""
    try:
        if suffix == ".csv":
            columns = _csv_header(path)
            _check_unique_columns(path.name, columns)
            id_column = TASK_ID if TASK_ID in columns else id_column
            _need(path.name, columns, id_column, label_column, time_column)
            time_column = _time_column(columns, time_column, (id_column, label_column))
            use = [id_column, label_column] + ([time_column] if time_column else [])
            df = pd.read_csv(path, usecols=use, dtype=str, keep_default_na=False,
                             na_values=[""], encoding="utf-8-sig")
            df = df.astype(object).where(df.notna(), None)
        else:
            columns = [str(c) for c in pq.ParquetFile(path).schema_arrow.names]
            _check_unique_columns(path.name, columns)
            id_column = TASK_ID if TASK_ID in columns else id_column
            _need(path.name, columns, id_column, label_column, time_column)
            time_column = _time_column(columns, time_column, (id_column, label_column))
            use = [id_column, label_column] + ([time_column] if time_column else [])
            df = read_parquet_bounded(path, path.name)[use]
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise unreadable(path, exc, suffix[1:].upper()) from None
    df.attrs["columns"] = tuple(columns)
    return df, id_column, time_column


def _time_column(columns, named: str | None, taken: tuple[str, ...]) -> str | None:
    """The column of seconds to read: the one named, else the first of :data:`TIME_COLUMNS` the file has."""
    if named is not None:
        return named
    order = TIME_COLUMNS[::-1] if "annotation_id" in columns else TIME_COLUMNS   # Label Studio's CSV: its lead_time
    return next((c for c in order if c in columns and c not in taken), None)


def _need(name: str, columns, id_column: str, label_column: str, time_column: str | None = None) -> None:
    needed = [(id_column, "the campaign's --id-column"), (label_column, "--label-column")]
    if time_column is not None:
        needed.append((time_column, "--time-column (or leave it out: a file without times is fine)"))
    for column, flag in needed:
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
    ids, labels, seconds, blank, cancelled = [], [], [], 0, 0
    for n, task in enumerate(tasks, start=1):
        if not isinstance(task, dict):
            raise ValueError(f"{path.name}: task {n} is not an object: export the project as JSON or JSON-MIN")
        full = isinstance(task.get("data"), dict)
        record = task["data"] if full else task
        text_id = _task_id(record, id_column, full, path.name, n)
        where = f"{path.name}: the label of task {n} (id {text_id!r})"
        timed = f"{path.name}: the lead_time of task {n} (id {text_id!r})"
        if full:
            found, was_cancelled = _task_labels(task, where, label_column, timed)
        else:
            if label_column not in task:
                _refuse_other_answers(task, label_column, id_column, where)
            label = label_text(task.get(label_column), where)
            found = [(label, seconds_value(task.get("lead_time"), timed) if label is not None else math.nan)]
            was_cancelled = False
        found = [f for f in found if f[0] is not None]
        if not found:
            if was_cancelled:
                cancelled += 1
            else:
                blank += 1
        for label, time in found:  # two annotators who disagree give two labels: the caller reports the conflict
            ids.append(text_id)
            labels.append(label)
            seconds.append(time)
    return Returned(pd.DataFrame({"id": ids, "label": labels}, dtype=object), blank, cancelled,
                    seconds=_times(seconds))


def _refuse_other_answers(record: dict, label_column: str, id_column: str, where: str) -> None:
    """A JSON-MIN record without ``label_column`` that answers under another control's name: one line naming it
    (a record of the task's data alone is a task nobody annotated)."""
    if "annotation_id" not in record or record.get("annotation_id") is None:
        return
    data = {*TASK_FIELDS, own_field("role", id_column), id_column, *MIN_KEYS}
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


def _task_labels(task: dict, where: str, label_column: str, timed: str = "lead_time"
                 ) -> tuple[list[tuple[str | None, float]], bool]:
    """(the choice and ``lead_time`` of each annotation that was not cancelled, whether an annotation was
    cancelled)."""
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
        out.append((label_text(value[0], where), seconds_value(ann.get("lead_time"), timed)))
    return out, cancelled
