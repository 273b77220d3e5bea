"""The planner's shipped records (``planner/data/*.csv``, :mod:`planner.decide.track_record`) read from a test's folder."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from importlib import resources

import pytest

import planner.decide.track_record as tr
import planner.forecast.tables as tables


@contextmanager
def records_from(folder):
    """Within the block, ``planner/data/<name>`` is read from ``folder / "data" / name``; the block gets a function
    that makes the next load read the files again. The shipped manifest is copied there (it lists the tables), and
    the shipped files are read again after the block."""
    (folder / "data").mkdir(exist_ok=True)
    shutil.copy(str(resources.files("planner") / "data" / tables.MANIFEST), folder / "data" / tables.MANIFEST)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tables.resources, "files", lambda _pkg: folder)
        tables.shipped.cache_clear()
        tr._read.cache_clear()
        try:
            yield tr._read.cache_clear
        finally:
            tr._read.cache_clear()
            tables.shipped.cache_clear()
