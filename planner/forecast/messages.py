"""One form for every refusal: the input, the row or key, and the fix, in one line of at most ``MAX_MESSAGE``
characters; long lists end in "and N more"; a value too long to show is cut, with its length.

``simulations`` keeps the same few lines in ``simulations/run/messages.py`` (it never imports ``planner``); the CLI
passes every error line, from either half, through :func:`one_line`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Longest error line.
MAX_MESSAGE = 300
#: Most characters of one value quoted in a message.
MAX_VALUE = 60
#: Temporary files the outputs are staged in (``.NAME.XXXX.tmp`` / ``.NAME.XXXX.tmp.csv``): never shown.
_TEMP_NAME = re.compile(r"""['"]?[^\s'"]*/?\.[^\s/'"]+\.[A-Za-z0-9_]{6,}\.tmp(?:\.\w+)?['"]?""")


def short(value, limit: int = MAX_VALUE) -> str:
    """``repr(value)``, cut to ``limit`` characters with "... (N characters)" when longer."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[:limit - 20]}... ({len(text):,} characters)"


def shorten(values: Iterable, most: int = 8, *, quote: bool = False) -> str:
    """The first ``most`` of ``values``, comma-separated, then "and N more"; each value cut to ``MAX_VALUE``."""
    values = list(values)
    shown = [short(v) if quote else str(v)[:MAX_VALUE] for v in values[:most]]
    rest = len(values) - len(shown)
    return ", ".join(shown) + (f" and {rest:,} more" if rest > 0 else "")


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """``message`` as one line of at most ``limit`` characters, without any temporary file's name.

    Only its first line is kept, runs of white space become one space, and a line still too long keeps its
    start and its end (where the fix is), joined by " ... ".
    """
    text = str(message).strip()
    text = text.splitlines()[0] if text else ""
    text = _TEMP_NAME.sub("a temporary file", " ".join(text.split()))
    if len(text) <= limit:
        return text
    tail = limit // 3
    return f"{text[:limit - tail - 5].rstrip()} ... {text[-tail:].lstrip()}"
