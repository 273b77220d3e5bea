"""Writing an output file atomically, with the mode the user's umask gives a new file.

The one writer of the exported tables (``Store.export``, the CLI's outputs, the campaign's files).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from simulations.results.schema import to_safe_csv

__all__ = ["umask_file_mode", "write_table_atomic"]


def umask_file_mode() -> int:
    """Mode of a new file under the process's umask (0o666 & ~umask), as ``open()`` would create it.

    ``tempfile.mkstemp`` creates 0600 files; an atomically written output gets this mode instead.
    Read from /proc (no umask() round trip, which would race other threads), else by setting it back.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_table_atomic(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``df`` as CSV or Parquet (by suffix) atomically; return the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"export path must end in .csv or .parquet, got {path.name!r}")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OSError(f"cannot write {path}: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=directory)
    os.close(fd)
    try:
        if suffix == ".csv":
            to_safe_csv(df, tmp)  # text cells such as "=HYPERLINK(...)" are written as text
        else:
            df.to_parquet(tmp, index=False)
        os.chmod(tmp, umask_file_mode())  # mkstemp made it 0600: the output follows the user's umask
        os.replace(tmp, path)
    except OSError as exc:  # the message names the output, never the temporary file beside it
        Path(tmp).unlink(missing_ok=True)
        raise OSError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
