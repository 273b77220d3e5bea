"""The files the corpus's scripts write: each written whole or not at all, and a truth table's data-set facts
beside it, named as ``sk_truth.py`` names them."""

from __future__ import annotations

from pathlib import Path


def write_whole(path: Path, write) -> None:
    """``write(tmp)`` to a dotted name beside ``path`` (same suffix), then renamed onto it: a reader never finds
    a half-written file. The folder is made first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix}")
    write(tmp)
    tmp.replace(path)


def facts_path(table: Path) -> Path:
    """The data-set facts (``sk_datasets*.json``) beside a truth table (``sk_truth*.parquet``)."""
    return table.with_name(table.name.replace("sk_truth", "sk_datasets").replace(".parquet", ".json"))
