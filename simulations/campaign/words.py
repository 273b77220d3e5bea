"""Counts in the campaign's words: ``1 row``, ``2 rows`` (``simulations`` never imports ``planner``, whose
presenter has its own)."""

from __future__ import annotations

__all__ = ["plural"]


def plural(n: int, word: str, words: str | None = None) -> str:
    """``n`` and ``word`` agreeing: ``1 label``, ``0 labels``, ``1,500 labels`` (``words``: the plural where it is
    not ``word`` + ``s``)."""
    return f"{n:,} {word if n == 1 else words or word + 's'}"
