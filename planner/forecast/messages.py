"""One form for every refusal: the input, the row or key, and the fix, in one line of at most ``MAX_MESSAGE``
characters; long lists end in "and N more"; a value too long to show is cut, with its length.

``simulations`` keeps the same few lines in ``simulations/messages/`` (it never imports ``planner``); the CLI passes
every error line, from either half, through :func:`one_line`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Longest error line.
MAX_MESSAGE = 300
#: Most characters of one value quoted in a message.
MAX_VALUE = 60
#: Temporary files the outputs are staged in (``.NAME.XXXX.tmp`` / ``.NAME.XXXX.tmp.csv``): never shown.
#: Most digits of a number printed whole (a trillion dollars has 13; a 10**300 budget is named by its length).
MAX_DIGITS = 20
_LONG_NUMBER = re.compile(r"\d[\d,]{19,}(?:\.\d+)?")
_TEMP_NAME = re.compile(r"""['"]?[^\s'"]*/?\.[^\s/'"]+\.[A-Za-z0-9_]{6,}\.tmp(?:\.\w+)?['"]?""")

#: Characters a one-line name may not hold: C0 and C1 controls (\n, \r, NEL...) and the Unicode line and
#: paragraph separators U+2028, U+2029 (a JavaScript string literal ends at them: charts break). Written with \xhh
#: escapes and the two separators as themselves (pandas' pyarrow strings match with RE2, which knows no \u escape).
#: ``simulations/results/schema.py`` holds the same pattern for the names it stores.
LINE_BREAKING = "[\\x00-\\x1f\\x7f-\\x9f\u2028\u2029]"


#: Characters that steer a terminal or reorder text rather than show something: C0 and C1 controls (line feed and
#: tab aside), DEL, and the bidirectional overrides and isolates.
_STEERING = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every character that would steer a terminal written as its escape (``\\x1b``), so a
    stored or uploaded name prints as the text it is, never as a colour, a cursor move or reordered text."""
    def escape(match: re.Match) -> str:
        code = ord(match.group(0))
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _STEERING.sub(escape, text)


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


def short_numbers(text: str) -> str:
    """``text`` with every number of more than ``MAX_DIGITS`` digits written as "a number of N digits"."""
    def words(match: re.Match) -> str:
        digits = sum(c.isdigit() for c in match.group(0).split(".")[0])
        return match.group(0) if digits <= MAX_DIGITS else f"a number of {digits:,} digits"

    return _LONG_NUMBER.sub(words, text)


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """``message`` as one line of at most ``limit`` characters, without any temporary file's name.

    Only its first line is kept, runs of white space become one space, a number of hundreds of digits is
    named by its length (:func:`short_numbers`), and a line still too long keeps its
    start and its end (where the fix is), joined by " ... ".
    """
    text = str(message).strip()
    text = printable(text.splitlines()[0]) if text else ""
    text = short_numbers(_TEMP_NAME.sub("a temporary file", " ".join(text.split())))
    if len(text) <= limit:
        return text
    tail = limit // 3
    return f"{text[:limit - tail - 5].rstrip()} ... {text[-tail:].lstrip()}"
