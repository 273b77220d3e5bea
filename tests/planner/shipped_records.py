"""The planner's shipped records (``planner/data/*.csv``, :mod:`planner.decide.track_record`) read from a test's folder."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

import planner.decide.track_record as tr


@contextmanager
def records_from(folder):
    """Within the block, ``planner/data/<name>`` is read from ``folder / "data" / name``; the block gets a function
    that makes the next load read the files again. The shipped files are read again after the block."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tr.resources, "files", lambda _pkg: folder)
        tr._read.cache_clear()
        try:
            yield tr._read.cache_clear
        finally:
            tr._read.cache_clear()
