"""Per-draw numbers read as one: quantiles, paired differences, whole label counts and the break-even quote.

Every number of a verdict is computed per draw and then summarised here, so
the table, the headline and the charts read the draws the same way.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from planner.forecast.curves import DEFAULT_LEVEL  # noqa: F401  (the one range level, read from here by planner.decide)

__all__ = ["DEFAULT_LEVEL", "MIN_QUOTE_SHARE", "BreakEvenQuote", "break_even_quote", "json_number",
           "likeliest_within_2x", "p_less", "paired_diff", "quantile", "range_quantiles", "whole"]


def json_number(value):
    """A JSON-safe number: None for NaN/inf."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return v if math.isfinite(v) else None
    return value


def quantile(samples: np.ndarray, q: float) -> float:
    """Quantile that is an element of ``samples`` (inf-safe, no interpolation)."""
    samples = np.asarray(samples, dtype=float)
    samples = samples[~np.isnan(samples)]
    if samples.size == 0:
        return math.nan
    return float(np.quantile(samples, q, method="inverted_cdf"))


def range_quantiles(level: float) -> tuple[float, float]:
    """The quantiles (low, high) that bound the central ``level`` of a set of draws: the range every answer quotes
    (at :data:`DEFAULT_LEVEL` unless asked otherwise).

    >>> [round(q, 12) for q in range_quantiles(0.8)]
    [0.1, 0.9]
    """
    return (1 - level) / 2, (1 + level) / 2


def likeliest_within_2x(samples: np.ndarray) -> tuple[float, float]:
    """The value most likely within a factor 2 of the truth when ``samples`` are draws of it, and that likelihood.

    The centre ``q`` of the window ``[q / 2, 2 q]`` holding the most draws (``q = 2 b`` for the draw ``b`` at
    the window's lower end): the best single number to quote when a quote counts as right within a factor 2.
    Positive finite draws only (a draw of 0 or inf is never within a factor 2 of a positive number); among
    windows holding as many, the one whose centre is nearest the draws' median in log. Returns ``(q, share of
    all draws in its window)``, ``(nan, 0.0)`` without a positive finite draw.
    """
    x = np.asarray(samples, dtype=float)
    x = x[~np.isnan(x)]
    pos = np.sort(x[np.isfinite(x) & (x > 0)])
    if pos.size == 0:
        return math.nan, 0.0
    count = np.searchsorted(pos, 4.0 * pos * (1 + 1e-12), side="right") - np.arange(pos.size)
    best = np.flatnonzero(count == count.max())
    med = quantile(x, 0.5)
    ref = math.log(med) if math.isfinite(med) and med > 0 else math.log(float(np.median(pos)))
    j = best[np.argmin(np.abs(np.log(2.0 * pos[best]) - ref))]
    return float(2.0 * pos[j]), float(count[j] / x.size)


#: The break-even price is quoted as one number only where at least this share of the draws lie within a factor
#: 2 of it (the quote is more likely right than wrong). Below it the draws spread too far for one number: the
#: answer gives the range and the median instead.
MIN_QUOTE_SHARE = 0.5


class BreakEvenQuote(NamedTuple):
    """:func:`break_even_quote`'s answer (nan where it does not apply)."""

    quote: float        # the quoted price; nan when withheld or not billed fewer labels in most draws
    low: float          # the central interval's ends
    high: float
    within_2x: float    # the share of draws within a factor 2 of ``likeliest``
    median: float       # the draws' median (inf when AL is not billed fewer labels in most draws)
    likeliest: float    # the price most likely within 2x (quoted when ``within_2x >= MIN_QUOTE_SHARE``)


def break_even_quote(prices: np.ndarray, level: float) -> BreakEvenQuote:
    """The break-even label price from its per-draw ``prices``.

    Where it is finite in most draws (AL is billed fewer labels in most forecasts): ``low`` and ``high`` are the
    central ``level`` interval's ends, ``likeliest`` the price most likely within a factor 2 of the true one
    (:func:`likeliest_within_2x`), kept inside that interval (0 when AL alone reaches the target in most draws),
    and ``within_2x`` the share of draws within a factor 2 of it. It is the ``quote`` when that share is at least
    :data:`MIN_QUOTE_SHARE`; otherwise the quote is withheld (nan). Elsewhere all but the median are nan. The
    median (the even-odds price) is returned either way.
    """
    prices = np.asarray(prices, dtype=float)
    median = quantile(prices, 0.5)
    if not math.isfinite(median):
        return BreakEvenQuote(math.nan, math.nan, math.nan, math.nan, median, math.nan)
    low, high = (quantile(prices, q) for q in range_quantiles(level))
    if median == 0:
        q, share = 0.0, float(np.mean(prices == 0))
    else:
        q = float(np.clip(likeliest_within_2x(prices)[0], low, high))
        share = float(np.mean((prices >= q / 2) & (prices <= 2 * q)))
    return BreakEvenQuote(q if share >= MIN_QUOTE_SHARE else math.nan, low, high, share, median, q)


def p_less(a: np.ndarray, b: np.ndarray) -> float:
    """P(a < b) over paired draws; ties (both unreachable included) count one half."""
    return float(np.mean(a < b) + 0.5 * np.mean(a == b))


def paired_diff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a - b per draw with inf - inf = 0 (both unreachable: no difference)."""
    both = ~np.isfinite(a) & ~np.isfinite(b) & (np.sign(a) == np.sign(b))
    with np.errstate(invalid="ignore"):
        out = a - b
    return np.where(both, 0.0, out)


def whole(x: float, floor: int) -> float:
    """A label count as bought: whole, at least ``floor``; inf stays inf."""
    return float(max(math.ceil(x - 1e-9), floor)) if math.isfinite(x) else math.inf

