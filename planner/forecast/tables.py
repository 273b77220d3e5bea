"""The tables ``planner/data`` ships, found through its manifest.

``planner/data/MANIFEST.csv`` lists every shipped table (column ``table``, with
the command that rebuilds it, the corpus it was fitted on and the commit). A
loader asks for a table by name: a table the manifest does not list is absent,
even if a file of that name lies in the folder (a stray CSV cannot switch a
layer on); a listed table that is missing or unreadable is a ``RuntimeError``
naming it.
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

import pandas as pd

__all__ = ["MANIFEST", "listed", "read_table", "shipped"]

#: The manifest's name in ``planner/data``.
MANIFEST = "MANIFEST.csv"


@lru_cache(maxsize=1)
def shipped() -> frozenset[str]:
    """The names of the tables the manifest lists."""
    try:
        text = resources.files("planner").joinpath(f"data/{MANIFEST}").read_text()
        names = pd.read_csv(io.StringIO(text), dtype=str)["table"]
    except (OSError, ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/{MANIFEST} is missing or broken ({exc}): reinstall the package") from None
    return frozenset(str(n).strip() for n in names.dropna())


def listed(name: str) -> bool:
    """Whether the manifest lists the table ``name`` (a file name in ``planner/data``, e.g. ``spread.csv``)."""
    return name in shipped()


def read_table(name: str, *, required: bool = True, **read_csv) -> pd.DataFrame | None:
    """The shipped table ``name`` as a DataFrame (``read_csv``: keywords for :func:`pandas.read_csv`).

    ``None`` when the manifest does not list it and it is optional (``required=False``); a table that is required
    but unlisted, or listed but missing or unreadable, is a ``RuntimeError`` naming it.
    """
    if not listed(name):
        if required:
            raise RuntimeError(f"planner/data/{MANIFEST} does not list {name}: reinstall the package")
        return None
    try:
        text = resources.files("planner").joinpath(f"data/{name}").read_text()
        return pd.read_csv(io.StringIO(text), **read_csv)
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"planner/data/{name} is listed in {MANIFEST} but missing or broken ({exc}): "
                           "reinstall the package") from None
