"""The one reader of a ``confusion`` cell: for every text, a square matrix of int64 counts within its bounds, or a
ValueError saying what is wrong; an oversized cell refused before it is parsed."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.forecast.confusion import MAX_CONFUSION_TOTAL, read_confusion

COUNT = st.one_of(st.integers(0, 60), st.integers(0, 2**70), st.sampled_from([2**63 - 1, 2**63, 10**20]))
MATRIX = st.integers(1, 5).flatmap(lambda k: st.lists(st.lists(COUNT, min_size=k, max_size=k), min_size=k,
                                                      max_size=k))
TEXT = st.one_of(
    MATRIX.map(lambda rows: ";".join(" ".join(map(str, r)) for r in rows)),
    st.text(alphabet="0123456789 ;-.e١x", max_size=40),
    st.sampled_from(["", "  ", "1;2", "1 2;3", "01 0;0 1", "1  2;3 4", " 1 2;3 4 "]),
)


@given(text=TEXT, classes=st.integers(1, 6), tested=st.one_of(st.none(), st.integers(1, 10**12)))
def test_a_cell_reads_as_a_bounded_matrix_of_its_test_labels_or_is_refused(text, classes, tested):
    try:
        matrix = read_confusion(text, classes=classes, tested=tested)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    k = matrix.shape[0]
    assert matrix.dtype == np.int64 and matrix.shape == (k, k) and 1 <= k <= classes
    assert (matrix >= 0).all()
    assert int(matrix.sum()) == tested if tested is not None else int(matrix.sum()) <= MAX_CONFUSION_TOTAL


@pytest.mark.parametrize("text, tested, says", [
    ("99999999999999999999 0;0 1", 60, "more than 10 digits"),
    ("50000 2000;3000 5000", 60, "counts 60,000 test labels, not the row's test_size 60"),
    ("50 2;3 5", None, None),
    ("1 0 0;0 1 0;0 0 1", 3, "more than the 2 classes"),
    ("١ 0;0 1", 2, "is not rows of whole counts"),
])
def test_the_known_hostile_cells(text, tested, says):
    if says is None:
        assert read_confusion(text, classes=2, tested=tested).tolist() == [[50, 2], [3, 5]]
        return
    with pytest.raises(ValueError, match=says):
        read_confusion(text, classes=2, tested=tested)


def test_an_oversized_matrix_is_refused_before_it_is_parsed():
    """A 1,000-class matrix of zeros where two classes are possible: refused on its length, without the million
    counts it holds ever built (its parse would take over a hundred times the text's bytes)."""
    text = ";".join([" ".join(["0"] * 1000)] * 1000)
    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match="characters, more than a matrix of 2 classes"):
            read_confusion(text, classes=2, tested=60)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(text)
