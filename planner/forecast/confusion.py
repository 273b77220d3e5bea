"""A round's confusion matrix on its test split, as a curves table keeps it (a campaign's ``measured.csv`` and
``curve.csv``, the ``confusion`` column): :func:`read_confusion`, the one reader of the cell, bounded in size before
it is parsed and in its counts by the test labels it can count. Standard library and numpy only.
"""

from __future__ import annotations

import math
import re

import numpy as np

__all__ = ["CONFUSION_PATTERN", "MAX_CONFUSION_CLASSES", "MAX_CONFUSION_TOTAL", "read_confusion"]

#: A confusion matrix as a curves table holds it (a campaign's ``measured.csv`` and ``curve.csv``: ``confusion``):
#: rows of whole counts separated by ``;``, entries by a space; rows the true class, columns the predicted one, in the
#: round's class order.
CONFUSION_PATTERN = r"[0-9]+( [0-9]+)*(;[0-9]+( [0-9]+)*)*"
#: The most classes a confusion matrix read from a table may have where nothing smaller bounds it (a campaign's
#: matrices: the classes of its labels in hand, :func:`planner.campaign.files.read_rounds`).
MAX_CONFUSION_CLASSES = 1000
#: The most test labels a confusion matrix may count where no row's test size says how many, and the largest test
#: split a curves table's ``test_size`` may name (``planner.forecast.io.MAX_TEST_SIZE``).
MAX_CONFUSION_TOTAL = 1_000_000_000


def read_confusion(text, *, classes: int = MAX_CONFUSION_CLASSES, tested: float | None = None,
                   most: int = MAX_CONFUSION_TOTAL) -> np.ndarray:
    """The square matrix of whole counts a curves table's ``confusion`` cell holds (:data:`CONFUSION_PATTERN`, as
    ``campaign measure`` writes it): the one reader of the cell, for a campaign's files and a curves table alike.

    Bounded before it is parsed: at most ``classes`` rows, and no more characters than such a matrix of counts takes;
    its counts sum to ``tested`` (the row's test size) where given, else to at most ``most`` test labels.

    Raises
    ------
    ValueError
        What is wrong with the cell, in words (the caller names the file, the row and the column).

    >>> read_confusion("50 2;3 5").tolist()
    [[50, 2], [3, 5]]
    """
    text = str(text).strip()
    exact = _known(tested)
    total = int(tested) if exact else int(most)
    digits = len(str(max(total, MAX_CONFUSION_TOTAL)))   # the most any one count of a test split can take
    if len(text) > classes * classes * (digits + 1):
        raise ValueError(f"holds {len(text):,} characters, more than a matrix of {classes:,} classes takes")
    if text.count(";") >= classes:
        raise ValueError(f"has {text.count(';') + 1:,} rows, more than the {classes:,} classes it can have")
    if not re.fullmatch(CONFUSION_PATTERN, text):
        raise ValueError(f"{text[:40]!r} is not rows of whole counts separated by ';'")
    cells = [row.split(" ") for row in text.split(";")]
    if any(len(row) != len(cells) for row in cells):
        raise ValueError(f"{text[:40]!r} is not a square matrix ({len(cells)} rows)")
    if any(len(v) > digits for row in cells for v in row):
        raise ValueError(f"holds a count of more than {digits} digits, more test labels than a test split holds")
    rows = [[int(v) for v in row] for row in cells]
    counted = sum(map(sum, rows))   # Python's whole numbers: no count overflows before it is weighed
    if exact and counted != total:
        raise ValueError(f"counts {counted:,} test labels, not the row's test_size {total:,}")
    if counted > total:
        raise ValueError(f"counts {counted:,} test labels, more than the {total:,} a test split may hold")
    return np.asarray(rows, dtype=np.int64)


def _known(count) -> bool:
    """Whether ``count`` is a number (not None, NaN or pandas' NA)."""
    try:
        return count is not None and math.isfinite(float(count))
    except (TypeError, ValueError):
        return False
