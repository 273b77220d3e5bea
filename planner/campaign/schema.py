"""The written schema of a campaign's tables: each column's kind and range, checked cell by cell when the table is
read.

A table's reader (:meth:`planner.campaign.state.Campaign.load` for ``asked.csv`` and ``labels.csv``,
:mod:`planner.campaign.files` for the others) reads every cell as text (:func:`read_text_table`) and checks it
against its schema (:func:`check_table`), which turns the cells into numbers. A refusal is one line naming the file,
the row (as a spreadsheet numbers it: the header is row 1) and the column, and how to mend it.

================  ==========================================================================================
kind              a cell holds
================  ==========================================================================================
``text``          any text (``choices``: one of those; ``pattern``: a full match of that regular expression)
``whole``         a whole number from ``low`` to ``high``
``number``        a finite number from ``low`` to ``high``
``score``         a finite number from 0 to 1
``label``         a class name: text that does not read as a number that is not finite (``nan``, ``inf``)
================  ==========================================================================================

A column with ``blank`` may hold empty cells; a column without ``required`` may be missing from the file.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.snapshot import held_bytes
from planner.forecast.confusion import CONFUSION_PATTERN, read_confusion
from simulations.messages import short, shorten

__all__ = ["Column", "ASKED_SCHEMA", "LABELS_SCHEMA",
           "SOURCES_SCHEMA", "ROUNDS_SCHEMA", "SOURCE_CURVE_SCHEMA",
           "SPLIT_SCHEMA",
           "SOURCE_NAME", "ROUND_WHY", "ROWS_WHY", "bounded", "check_table", "confusion_cell", "confusion_counts",
           "first_line", "not_finite_number",
           "read_text_table", "refuse_directory", "row_of"]


@dataclass(frozen=True)
class Column:
    """One column of a table's schema (see the module's table of kinds)."""

    name: str
    kind: str = "text"
    low: float = -math.inf
    high: float = math.inf
    blank: bool = False
    required: bool = True
    choices: tuple = ()
    pattern: str | None = None
    #: Where the bound ``high`` comes from (``campaign.json's round``), said beside it.
    why: str = ""

    def what(self) -> str:
        """What a cell of this column must be, in words."""
        return self._what() + (f" ({self.why})" if self.why else "")

    def _what(self) -> str:
        if self.kind == "label":
            return "a class name"
        if self.kind == "score":
            return "a score from 0 to 1"
        if self.kind in ("whole", "number"):
            noun = "a whole number" if self.kind == "whole" else "a number"
            if math.isfinite(self.high):
                return f"{noun} from {_number(self.low)} to {_number(self.high)}"
            return f"{noun} >= {_number(self.low)}" if math.isfinite(self.low) else noun
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        return "text of the form alplan writes" if self.pattern else "text"


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


#: The most seconds one label's annotations may sum to (about 31 years).
MAX_LABEL_SECONDS = 1e9
#: A source's name (``planner.campaign.sources.check_name``).
SOURCE_NAME = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}"

ASKED_SCHEMA = (Column("id"), Column("round", "whole", 0), Column("role", choices=("test", "train")),
                Column("rank", "whole", 1), Column("score", "number", blank=True),
                Column("part", blank=True, required=False))
LABELS_SCHEMA = (Column("id"), Column("label", "label"), Column("used_from", "whole", 0, blank=True),
                 Column("source", blank=True),
                 Column("seconds", "number", 0, MAX_LABEL_SECONDS, blank=True, required=False),
                 Column("annotations", "whole", 0, 1e6, blank=True, required=False),
                 Column("round_added", "whole", 0, blank=True, required=False))
SOURCES_SCHEMA = (Column("id"), Column("label", "label"), Column("source", pattern=SOURCE_NAME),
                  Column("file", blank=True),
                  Column("round_added", "whole", 0),
                  Column("seconds", "number", 0, MAX_LABEL_SECONDS, blank=True, required=False))
#: measured.csv and curve.csv: every round measured (the columns a campaign's answer reads).
ROUNDS_SCHEMA = (Column("round", "whole", 0), Column("n_labels", "whole", 1), Column("accuracy", "score"),
                 Column("macro_f1", "score"), Column("balanced_accuracy", "score"),
                 Column("minority_recall", "score", blank=True), Column("test_size", "whole", 1, blank=True,
                                                                        required=False),
                 Column("confusion", blank=True, required=False, pattern=CONFUSION_PATTERN))
#: split.csv: each split round's random part and AL part scored apart (``planner.campaign.measuring.SPLIT_COLUMNS``).
SPLIT_SCHEMA = (Column("round", "whole", 1), Column("strategy"), Column("labels", "whole", 1),
                Column("n_before", "whole", 1), Column("test_size", "whole", 1),
                *(Column(f"{part}_{m}", "score", blank=m == "minority_recall") for part in ("random", "al")
                  for m in ("accuracy", "macro_f1", "balanced_accuracy", "minority_recall")),
                Column("paired_se", "number", 0, 1, blank=True))
SOURCE_CURVE_SCHEMA = (Column("strategy", pattern=f"(source|relabel|fill):{SOURCE_NAME}"), Column("round", "whole", 0),
                       Column("n_labels", "whole", 1), Column("accuracy", "score"), Column("macro_f1", "score"),
                       Column("balanced_accuracy", "score"), Column("minority_recall", "score", blank=True),
                       Column("label_noise", "score", blank=True), Column("test_size", "whole", 1),
                       Column("disagreement", "score", blank=True, required=False),
                       Column("source_labels", "whole", 0, blank=True, required=False),
                       Column("source_tested", "whole", 0, blank=True, required=False))


def confusion_cell(matrix) -> str:
    """A square matrix of counts as a ``confusion`` cell holds it (``stop_rule.CONFUSION_PATTERN``).

    >>> confusion_cell([[50, 2], [3, 5]])
    '50 2;3 5'
    """
    return ";".join(" ".join(str(int(v)) for v in row) for row in matrix)


def confusion_counts(cell: str, **bounds) -> list[list[int]] | None:
    """The rows of counts of a ``confusion`` cell (:func:`planner.forecast.confusion.read_confusion`, within its
    ``bounds``: ``classes``, ``tested``, ``most``); None where it is no such matrix."""
    try:
        return read_confusion(cell, **bounds).tolist()
    except ValueError:
        return None


#: Where a campaign's bounds come from.
ROUND_WHY, ROWS_WHY = "campaign.json's round", "campaign.json's pool rows"


def bounded(schema: tuple, **highs) -> tuple:
    """``schema`` with the columns named in ``highs`` bounded above: ``round=(3, "campaign.json's round")``, no round
    beyond 3, the words saying where the bound comes from."""
    return tuple(replace(c, high=highs[c.name][0], why=highs[c.name][1]) if c.name in highs else c for c in schema)


def not_finite_number(text: str) -> bool:
    """Whether ``text`` reads as a number that is not finite (``nan``, ``NaN``, ``inf``, ``-Infinity``): what a
    missing or broken number is written as, never a class name."""
    try:
        return not math.isfinite(float(text))
    except (TypeError, ValueError):
        return False


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (its type's name where it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def refuse_directory(path: Path, mend: str) -> None:
    """One line where ``path`` exists but is no regular file (a folder, a device...): nothing can read or replace it."""
    if path.exists() and not path.is_file():
        raise ValueError(f"{path} is not a file (a folder or another kind of entry): remove it; {mend}")


def read_text_table(path: Path, mend: str, shown: Path | None = None) -> pd.DataFrame:
    """The CSV table at ``path`` with every cell as text (an empty or missing cell as ``""``); one line naming the
    file (as ``shown``, default ``path``) and ``mend`` where it is no regular file or no CSV table."""
    path = Path(path)
    shown = path if shown is None else shown
    if path.exists() and not path.is_file():
        raise ValueError(f"{shown} is not a file (a folder or another kind of entry): remove it; {mend}")
    try:
        data = held_bytes(path)   # a campaign's file inside a snapshot of its folder: the bytes it read
        table = pd.read_csv(path if data is None else io.BytesIO(data), dtype=str, keep_default_na=False,
                            encoding="utf-8")
    except (OSError, ValueError, pd.errors.ParserError) as exc:   # empty, binary, ragged, unreadable
        raise ValueError(f"cannot read {shown}: {first_line(exc).replace(str(path), str(shown))}; {mend}") from None
    return table.fillna("")


def row_of(position: int) -> int:
    """A table's row ``position`` (0 = the first under the header) as a spreadsheet numbers it (the header is 1)."""
    return int(position) + 2


def check_table(table: pd.DataFrame, path: Path, schema: tuple, mend: str) -> pd.DataFrame:
    """``table`` (cells as text, :func:`read_text_table`) checked against ``schema``, its columns converted: ``whole``
    to int64 (``Int64`` where blanks are allowed), ``number`` and ``score`` to float (a blank NaN), text kept.

    Raises
    ------
    ValueError
        One line: a column twice, a required column missing, or the first cell that is not what its column
        holds (the file, the row, the column, the value), each ending with ``mend``.
    """
    names = [str(c) for c in table.columns]
    for name in names:
        twin = re.fullmatch(r"(.+)\.\d+", name)
        if twin and twin.group(1) in names:
            raise ValueError(f"{path} has the column {twin.group(1)!r} twice: {mend}")
    missing = [c.name for c in schema if c.required and c.name not in names]
    if missing:
        raise ValueError(f"{path} has no column {missing[0]!r} (its columns: "
                         f"{shorten(names, 6) if names else 'none'}): {mend}")
    table = table.copy()
    for column in schema:
        if column.name not in names:
            continue
        cells = table[column.name].astype(str).tolist()
        blank = np.fromiter((not c.strip() for c in cells), bool, len(cells))
        bad, values = _bad_cells(cells, blank, column)
        if bad.any():
            at = int(bad.argmax())
            where = f"{path} row {row_of(at)}, column {column.name!r}"
            if blank[at]:
                raise ValueError(f"{where} is empty: {mend}")
            raise ValueError(f"{where}: {short(cells[at])} is not {column.what()}: {mend}")
        if column.kind in ("text", "label"):
            table[column.name] = table[column.name].astype(object)
        else:
            values = pd.Series(values, index=table.index, dtype=float)
            if column.kind == "whole":
                values = values.astype("Int64") if column.blank else values.astype("int64")
            table[column.name] = values
    return table


def _bad_cells(cells: list[str], blank: np.ndarray, column: Column) -> tuple[np.ndarray, np.ndarray | None]:
    """(bad, values) of one column's ``cells`` (text, shape (n,)) whose ``blank`` (bool, shape (n,)) are empty:
    where a cell is not what ``column`` holds (bool, shape (n,)), and a number column's cells as float (a blank
    NaN; shape (n,)), ``None`` for text."""
    n = len(cells)
    if column.kind in ("text", "label"):
        bad = blank & (not column.blank)
        if column.kind == "label":
            bad |= np.fromiter(map(not_finite_number, cells), bool, n)
        if column.choices:
            choices = set(column.choices)
            bad |= ~blank & ~np.fromiter((c in choices for c in cells), bool, n)
        if column.pattern:
            match = re.compile(column.pattern).fullmatch
            bad |= ~blank & ~np.fromiter((match(c) is not None for c in cells), bool, n)
        return bad, None
    raw = np.array(cells, dtype=object)
    raw[blank] = np.nan
    values = np.asarray(pd.to_numeric(raw, errors="coerce"), dtype=float)
    low, high = (0.0, 1.0) if column.kind == "score" else (column.low, column.high)
    with np.errstate(invalid="ignore"):
        ok = ~np.isnan(values) & (values >= low) & (values <= high) & (np.abs(values) < math.inf)
        if column.kind == "whole":
            ok &= values % 1 == 0
    return (blank & (not column.blank)) | (~blank & ~ok), values
