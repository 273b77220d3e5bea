"""Where the results database lives: one definition for the CLI, the page and the store (stdlib only)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DEFAULT_DB", "default_db"]

#: Where alplan keeps its results database when neither ``--db`` nor ``$ALPLAN_DB`` says (the CLI, the page).
DEFAULT_DB = ".alplan/runs.db"


def default_db(*, create: bool = False) -> Path:
    """The results database of the CLI and the page: ``$ALPLAN_DB``, else :data:`DEFAULT_DB`.

    ``create``: make its folder (a first start).
    """
    path = Path(os.environ.get("ALPLAN_DB") or DEFAULT_DB).expanduser()
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    return path
