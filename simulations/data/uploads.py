"""A user's uploaded labeled file, read as a data set (the dashboard's "Upload labeled pilot data"; simulated by
:mod:`simulations.run.upload`).

The upload arrives as bytes and a name; it is written to a temporary file
named like the user's, so every message names the user's file, never a
temporary path.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from simulations.data.datasets import load_file

__all__ = ["upload_facts", "uploaded_file"]


@contextlib.contextmanager
def uploaded_file(data: bytes, name: str):
    """The upload as a file named like the user's; a ValueError / OSError raised inside names that name."""
    safe = Path(name).name.strip() or "upload"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        try:
            yield path
        except (ValueError, OSError) as exc:  # one line about the user's file: no temporary folder in it
            kind = OSError if isinstance(exc, OSError) else ValueError
            raise kind(str(exc).replace(str(path), safe).replace(folder + os.sep, "")) from None


def upload_facts(data: bytes, name: str, label_column: str, max_bytes: int) -> tuple[int, int, int]:
    """(rows, rows left for the AL pool after the test split, classes), read by the simulation's own loader
    within ``max_bytes`` (a decompression bomb stops here)."""
    with uploaded_file(data, name) as path:
        ds = load_file(path, label_column=label_column, max_bytes=max_bytes)
        return ds.n_pool + ds.n_test, ds.n_pool, ds.n_classes

