"""Named scenarios in the results database, as the dashboard's sidebar saves and loads them.

A scenario is the page's inputs (``keys`` of its state) plus its vendor table
(``VENDOR_TABLE_KEY``, JSON-ready records). Saving over an existing name asks
first: the first Save answers with a warning, a second Save of the same name
replaces it. Every answer is ``(kind, message)``: kind ``success``,
``warning`` or ``error``, message one line. No streamlit here: ``state`` is any
mutable mapping (the page passes its session state).
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path

from simulations.results.store import Store

__all__ = ["VENDOR_TABLE_KEY", "load", "names", "save"]

VENDOR_TABLE_KEY = "vendor_table_saved"
PENDING = "overwrite_pending"


def names(db: Path) -> list[str]:
    """The saved scenarios' names ([] when the database cannot be read)."""
    try:
        with Store(db) as store:
            return store.list_scenarios()
    except (ValueError, OSError):
        return []


def load(db: Path, name: str | None, state: MutableMapping, keys: Sequence[str],
         vendors: Callable[[list], object]) -> tuple[str, str]:
    """Load scenario ``name`` into ``state`` (its ``keys``; its vendor table checked by ``vendors(records)``
    into ``state["vendor_base"]``, the editor's old edits dropped)."""
    if not name:
        return "error", "pick a saved scenario to load"
    try:
        with Store(db) as store:
            saved = store.load_scenario(name)
        table = saved.get(VENDOR_TABLE_KEY)
        base = None if table is None else vendors(table)
    except (ValueError, OSError) as exc:
        return "error", f"scenario {name!r}: {str(exc).splitlines()[0]}"
    state.update({key: saved[key] for key in keys if key in saved})
    if base is not None:
        state["vendor_base"] = base
        state.pop("vendors_editor", None)
        state.pop("vendor_table", None)
    return "success", f"loaded scenario {name!r}"


def save(db: Path, name: str, state: MutableMapping, keys: Sequence[str], vendor_records: list[dict]) -> tuple[str, str]:
    """Save ``state``'s ``keys`` and the vendor table as ``name``; an existing name is replaced on the second ask."""
    name = (name or "").strip()
    try:
        with Store(db) as store:
            exists = name in store.list_scenarios()
            if exists and state.get(PENDING) != name:
                state[PENDING] = name
                return "warning", f"a scenario named {name!r} exists: press Save again to replace it"
            store.save_scenario(name, {**{k: state.get(k) for k in keys}, VENDOR_TABLE_KEY: vendor_records})
    except (ValueError, OSError) as exc:
        return "error", str(exc).splitlines()[0]
    state.pop(PENDING, None)
    return "success", f"{'replaced' if exists else 'saved'} scenario {name!r}"
