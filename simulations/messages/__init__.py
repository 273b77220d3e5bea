"""Short forms for error messages: a refusal is one line of at most ``MAX_MESSAGE`` characters.

The planner's CLI formats its lines with ``planner.forecast.messages`` the same way (``simulations`` never imports
``planner``, so each half holds its own few lines). The data, the learners, the run and the campaign read it; it
imports none of them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: Longest error line: the input, the row or key, and the fix.
MAX_MESSAGE = 300
#: Most characters of one value quoted in a message.
MAX_VALUE = 60


def short(value, limit: int = MAX_VALUE) -> str:
    """``repr(value)``, cut to ``limit`` characters with "... (N characters)" when longer."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[:limit - 20]}... ({len(text):,} characters)"


def shorten(values: Iterable, most: int = 8, *, quote: bool = False) -> str:
    """The first ``most`` of ``values``, comma-separated, then "and N more"; each value cut by :func:`short`."""
    values = list(values)
    shown = [short(v) if quote else str(v)[:MAX_VALUE] for v in values[:most]]
    rest = len(values) - len(shown)
    return ", ".join(shown) + (f" and {rest:,} more" if rest > 0 else "")


def closest_first(wrong, valid: Iterable, most: int = 12) -> str:
    """``valid`` for a line refusing ``wrong``: the names most like it first (a misspelt key's own name leads),
    then the rest in their order, cut by :func:`shorten`."""
    valid = [str(v) for v in valid]
    close = difflib.get_close_matches(str(wrong), valid, n=3, cutoff=0.6)
    return shorten(close + [v for v in valid if v not in close], most)
