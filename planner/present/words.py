"""The number words every view shares: money, counts, percents, days, accuracies, ranges, the extrapolation limit.

Renders no answer of its own and reads no results object beyond a field and its ``beyond_limit`` list
(:func:`figure`): every view in :mod:`planner.present` formats its numbers with these, and none formats its own.

* :func:`money`: thousands separators; whole dollars from $100, cents below;
  never scientific notation (a price under a cent keeps two significant
  figures: ``$0.0077``).
* :func:`count`: a label count with thousands separators; ``"not reached"``
  where the forecast never gets there; ``"more than the pool"`` beyond the
  pool. :func:`approx`: a count in a sentence, two significant figures.
* :func:`percent`: a probability or share; never rounds 0.9975 to 100% or
  0.001 to 0% (it takes one more decimal, then says ``">99.9%"`` /
  ``"<0.1%"``). :func:`split_percents`: shares that sum to 100% as printed.
* :func:`plural`: ``"1 label"``, ``"2 labels"``.
* :func:`minimum_billed`: what a vendor's minimum order bills where it bills more labels than are bought;
  :func:`billed_aside`: a path's bill beside its labels in a sentence.
* :func:`beyond_limit`, :func:`figure`, :func:`count_range`: a figure carried at the extrapolation limit, in
  words once; :func:`table_note`: what a table says of such cells under it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.forecast.limits import EXTRAPOLATION_LIMIT

__all__ = ["BEYOND", "BEYOND_CELL", "BEYOND_CELL_NOTE", "BEYOND_NOTE", "FAR_MARK", "METRIC_WORDS", "MORE_THAN_POOL",
           "Metric", "NOT_REACHED", "PRINTED_CAP", "RANDOM", "accuracy", "approx", "beyond_fields", "beyond_limit",
           "billed_aside", "count", "count_range", "curve_note", "days", "far_count", "figure", "finite", "held_labels",
           "in_hand", "is_whole_pool", "metric_words", "minimum_billed", "money", "percent", "plural", "split_percents",
           "table_note", "table_text", "target_text"]

RANDOM = "random"


MORE_THAN_POOL = "more than the pool"


NOT_REACHED = "not reached"


def finite(x) -> bool:
    try:
        return x is not None and math.isfinite(float(x))
    except (TypeError, ValueError):
        return False


#: The largest figure printed as a number: beyond it dollars read "more than $1 trillion", counts "more than 1
#: trillion" (a figure of 300 digits tells a reader nothing more).
PRINTED_CAP = 1e12


def money(x) -> str:
    """Dollars: ``$1,234`` from $100, ``$12.34`` below, ``$0.0077`` under a cent; ``-`` when unknown.

    >>> money(2087.4), money(15.4), money(0.3851), money(0.007692), money(0.005), money(2.524e-06), money(1e300)
    ('$2,087', '$15.40', '$0.39', '$0.0077', '$0.005', 'under $0.0001', 'more than $1 trillion')
    """
    if not finite(x):
        return "-"
    x = float(x)
    sign = "-" if x < 0 else ""
    a = abs(x)
    if a > PRINTED_CAP:
        return "less than -$1 trillion" if sign else "more than $1 trillion"
    if round(a, 2) >= 100:
        return f"{sign}${a:,.0f}"
    if a >= 0.01 or a == 0:
        return f"{sign}${a:,.2f}"
    if a < 0.0001:
        return f"{sign}under $0.0001" if sign else "under $0.0001"
    decimals = -math.floor(math.log10(a)) + 1  # two significant figures, fixed-point
    return f"{sign}${a:.{decimals}f}".rstrip("0")


def count(n, *, pool=None) -> str:
    """A label count: ``4,999``; ``not reached`` (inf); ``more than the pool`` beyond ``pool``.

    >>> count(4999), count(float("inf")), count(5000, pool=300), count(1), count(2e15)
    ('4,999', 'not reached', 'more than the pool', '1', 'more than 1 trillion')
    """
    if n is None or (isinstance(n, float) and math.isnan(n)):
        return "-"
    if not finite(n):
        return NOT_REACHED
    if pool is not None and float(n) > float(pool) + 0.5:
        return MORE_THAN_POOL
    if abs(float(n)) > PRINTED_CAP:
        return "more than 1 trillion"
    return f"{float(n):,.0f}"


def approx(n, *, pool=None) -> str:
    """A label count rounded to two significant figures for a sentence: 3,127 -> 3,100."""
    if not finite(n) or (pool is not None and float(n) > float(pool) + 0.5):
        return count(n, pool=pool)
    x = float(n)
    if x < 100:
        return f"{x:,.0f}"
    digits = int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, -digits):,.0f}"


def percent(p) -> str:
    """A probability or share as a percent that never reads 100% or 0% unless it is exactly that.

    >>> percent(0.9975), percent(0.001), percent(0.63), percent(1.0), percent(0.0), percent(0.99999)
    ('99.8%', '0.1%', '63%', '100%', '0%', '>99.9%')
    """
    if not finite(p):
        return "n/a"
    p = float(p)
    if p <= 0:
        return "0%"
    if p >= 1:
        return "100%"
    for decimals in (0, 1):
        text = f"{100 * p:.{decimals}f}"
        if float(text) not in (0.0, 100.0):
            return f"{text}%"
    return ">99.9%" if p > 0.5 else "<0.1%"


def split_percents(shares, exact_only=None) -> list[str]:
    """Shares that sum to 1 as percents that sum to 100 (largest remainder: the shares' floors, then one more
    unit to the largest remainders), whole percents unless a share that is not 0 (or not 1) would read 0% (or
    100%), or share ``i`` would read one of the percents ``exact_only[i]`` it is not (a rule's threshold): then
    one decimal, then two. NaN shares read ``n/a`` and take no part.

    >>> split_percents([0.245, 0.245, 0.51]), split_percents([0.004, 0.996]), split_percents([1 / 3] * 3)
    (['25%', '24%', '51%'], ['0.4%', '99.6%'], ['34%', '33%', '33%'])
    >>> split_percents([0.306, 0.347, 0.347]), split_percents([0.306, 0.347, 0.347], {0: (30, 50, 70)})
    (['30%', '35%', '35%'], ['30.6%', '34.7%', '34.7%'])
    """
    exact_only = exact_only or {}
    x = [float(v) if finite(v) else math.nan for v in shares]
    ok = [i for i, v in enumerate(x) if not math.isnan(v)]
    out = ["n/a"] * len(x)
    if not ok:
        return out
    total = sum(x[i] for i in ok)
    for decimals in (0, 1, 2):
        scale = 100 * 10 ** decimals
        exact = [x[i] / total * scale if total > 0 else 0.0 for i in ok]
        units = [math.floor(e + 1e-9) for e in exact]
        order = sorted(range(len(ok)), key=lambda k: (-(exact[k] - units[k]), k))
        for k in order[:max(scale - sum(units), 0)]:
            units[k] += 1
        off = any(round(u * 100 / scale, 9) in exact_only.get(i, ())
                  and abs(100 * x[i] / total - u * 100 / scale) > 1e-9 for u, i in zip(units, ok))
        if all((u > 0) == (x[i] > 0) and (u < scale) == (x[i] < 1) for u, i in zip(units, ok)) and not off \
                or decimals == 2:
            for u, i in zip(units, ok):
                out[i] = "0%" if u == 0 else "100%" if u == scale else f"{u / 10 ** decimals:.{decimals}f}%"
            return out
    return out


#: How the text names the metrics the simulator records; any other column is named as the table names it.
METRIC_WORDS = {"accuracy": "accuracy", "macro_f1": "macro F1", "balanced_accuracy": "balanced accuracy",
                "minority_recall": "minority-class recall"}


def metric_words(metric) -> str:
    """The metric a target is stated in, in words: ``macro F1``; a user's own column by its name."""
    return METRIC_WORDS.get(str(metric), str(metric))


def target_text(target: float) -> str:
    """An accuracy target: ``95%``, ``97.5%``."""
    text = f"{100 * float(target):.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def plural(n, word: str, words: str | None = None) -> str:
    """``1 label``, ``2 labels``, ``1,500 labels`` (``n`` formatted with :func:`count`)."""
    many = words or f"{word}s"
    return f"{count(n)} {word if finite(n) and round(float(n)) == 1 else many}"


def minimum_billed(billed, bought, min_order, pool=None) -> str:
    """What a vendor's minimum order bills where it raises the bill above the labels bought: ``billed as the
    vendor's 1,000-label minimum order`` (one order), ``billed as 20,000 labels, 20 orders at the vendor's
    1,000-label minimum each`` (every order raised to it), and where the bill passes the pool, ``, more than the
    pool's 1,348 examples: every order pays the minimum, however few labels it sends``. Empty where no minimum
    order raised the bill."""
    if not (min_order and finite(billed) and finite(bought)) or billed <= bought + 0.5:
        return ""
    orders, minimum = billed / min_order, f"the vendor's {count(min_order)}-label minimum"
    if abs(billed - min_order) < 0.5:
        said = f"billed as {minimum} order"
    elif abs(orders - round(orders)) < 1e-9:  # every order at the minimum
        said = f"billed as {count(billed)} labels, {round(orders)} orders at {minimum} each"
    else:
        said = f"billed as {count(billed)} labels, each order raised to {minimum}"
    if finite(pool) and pool and billed > pool:
        said += (f", more than the pool's {count(pool)} examples: every order pays the minimum, however few labels "
                 "it sends")
    return said


def billed_aside(r, held: float = 0.0, min_order: int = 0, pool=None) -> str:
    """What row ``r``'s path is billed for, in parentheses after its labels in a sentence, where that differs from
    the labels said: a vendor's minimum order (:func:`minimum_billed`, random's single order too), AL's whole
    batches `` (billed as 140, in whole batches)``; empty where the two agree, for a count carried at the
    extrapolation limit, or with labels in hand (the bill then counts only the labels still to buy)."""
    billed, bought = getattr(r, "labels_billed", math.nan), getattr(r, "labels_bought", math.nan)
    if held > 0 or not finite(billed) or not finite(r.labels) or "labels" in beyond_fields(r):
        return ""
    if minimum := minimum_billed(billed, bought, min_order, pool):
        return f" ({minimum})"
    if not r.active or count(billed) == approx(r.labels):
        return ""
    how = ", in whole batches" if finite(bought) and abs(billed - bought) < 0.5 else ""
    return f" (billed as {count(billed)}{how})"


def days(x) -> str:
    """Calendar days: ``35``, ``2.5``; ``-`` when unknown."""
    if not finite(x):
        return "-"
    x = float(x)
    return f"{x:,.0f}" if abs(x - round(x)) < 0.05 else f"{x:,.1f}"


#: A range end further than this multiple of the largest measured count is marked as a long extrapolation.
FAR_MARK = 4.0


#: What a figure carried at the extrapolation limit (``beyond_limit`` of a result) says of itself.
BEYOND = "beyond what the measurements can tell"


#: A table cell carried at the extrapolation limit with no number to show (a saving against such a total).
BEYOND_CELL = "beyond the limit"


#: What a table says once, under it, where a cell reads a figure carried at the extrapolation limit in its
#: compact form (:func:`beyond_limit` with ``compact``), and what its columns' help says of such a cell.
BEYOND_NOTE = f"'more than N' = {BEYOND} (past the limit: {EXTRAPOLATION_LIMIT:g}x the largest measured count)"


#: What the note adds where a cell reads :data:`BEYOND_CELL`.
BEYOND_CELL_NOTE = f"'{BEYOND_CELL}' = a saving against it"


def beyond_limit(text: str, unit: str = "", *, compact: bool = False) -> str:
    """A figure carried at the extrapolation limit, in words, once: the one place these words are made.

    ``text`` is the limit's value as formatted (:func:`count`, :func:`money`, :func:`days`); a format that
    already reads "more than" (``money(2e12)``) is not prefixed again, and ``-`` (no number) reads
    :data:`BEYOND` alone. ``compact``: a table cell's form, ``more than N`` (:data:`BEYOND_CELL` for no number),
    the table saying what that means once under it (:func:`table_note`).

    >>> beyond_limit("8,000", "labels"), beyond_limit("more than $1 trillion"), beyond_limit("-")
    ('more than 8,000 labels (beyond what the measurements can tell)', 'more than $1 trillion (beyond what the measurements can tell)', 'beyond what the measurements can tell')
    >>> beyond_limit("8,000", compact=True), beyond_limit("$10,016", compact=True), beyond_limit("-", compact=True)
    ('more than 8,000', 'more than $10,016', 'beyond the limit')
    """
    text = str(text).strip()
    if text in ("", "-"):
        return BEYOND_CELL if compact else BEYOND
    if text == MORE_THAN_POOL:
        return text
    more = text if text.startswith(("more than ", "less than ")) else f"more than {text}"
    more += f" {unit}" if unit else ""
    return more if compact else f"{more} ({BEYOND})"


def table_note(rows, columns) -> str:
    """The note under a table whose rows (``capped``: the columns whose cell reads a figure carried at the
    extrapolation limit, compactly) show such a cell in ``columns``: :data:`BEYOND_NOTE` (and
    :data:`BEYOND_CELL_NOTE` where such a cell reads :data:`BEYOND_CELL`); empty where none does."""
    cells = [(row, column) for row in rows for column in row.get("capped", ()) if column in set(columns)]
    if not cells:
        return ""
    bare = any(row.get(column) == BEYOND_CELL for row, column in cells)
    return BEYOND_NOTE + (f"; {BEYOND_CELL_NOTE}" if bare else "")


def beyond_fields(r) -> tuple:
    """The fields result ``r`` carries at the extrapolation limit (none for a result that has no such list)."""
    return tuple(getattr(r, "beyond_limit", ()) or ())


def figure(r, key: str, fmt, unit: str = "", *, compact: bool = False) -> str:
    """Field ``key`` of a result ``r`` formatted by ``fmt``; one listed in ``r.beyond_limit`` through
    :func:`beyond_limit` (``compact`` in a table cell)."""
    value = getattr(r, key)
    if key in beyond_fields(r):
        return beyond_limit(fmt(value) if finite(value) else "-", unit, compact=compact)
    return fmt(value)


#: A range whose low end lies within this factor of a high end carried at the extrapolation limit reads as one
#: figure, ``at least N`` (:func:`count_range`).
NEAR_ENDS = 1.1
#: How such a range begins; in a table cell it needs no note under the table (it quotes no limit).
AT_LEAST = "at least "


def count_range(low, high, *, pool=None, n_max=None, beyond=(), compact: bool = False) -> str:
    """``low to high``: ``not reached`` when even the low end is, or when even the low end is beyond the pool
    (the count reads ``more than the pool``): one word for a range no count within the pool reaches;
    ``low to not reached`` when open.

    The high end reads ``more than the pool`` beyond the pool; an end named in ``beyond``
    (``"labels_low"``, ``"labels_high"``: carried at the extrapolation limit) reads ``more than N
    (beyond what the measurements can tell)``, and the whole range does when both ends are (``at least N`` when
    the low end N lies within :data:`NEAR_ENDS` of it); an end
    further than :data:`FAR_MARK` times the largest measured count ``n_max`` is marked ``(Nx measured)``, N
    to one decimal as what the labels rest on says it (``extrapolated 4.2x``).
    ``compact``: a table cell's form, ``258 to more than 5,120`` (:func:`beyond_limit`).
    """
    if not finite(low):
        return NOT_REACHED
    if count(low, pool=pool) == MORE_THAN_POOL:  # the whole range is beyond the pool: no count in it reaches
        return NOT_REACHED
    if "labels_low" in beyond:
        return beyond_limit(count(low, pool=pool), compact=compact)
    if "labels_high" in beyond and finite(high):
        if float(high) <= NEAR_ENDS * float(low):   # "3,000 to more than 3,009" says one thing: at least 3,000
            return f"{AT_LEAST}{count(low, pool=pool)}" + ("" if compact else f" ({BEYOND})")
        return f"{count(low, pool=pool)} to {beyond_limit(count(high, pool=pool), compact=compact)}"
    return f"{count(low, pool=pool)} to {far_count(high, pool=pool, n_max=n_max)}"


def is_whole_pool(n, pool) -> bool:
    """A label count that is the whole pool (within half a label), or more: said as such, never as a bare count.

    >>> is_whole_pool(1348, 1348), is_whole_pool(1347.6, 1348), is_whole_pool(1300, 1348), is_whole_pool(50, None)
    (True, True, False, False)
    """
    return pool is not None and finite(n) and float(n) >= float(pool) - 0.5


def far_count(n, *, pool=None, n_max=None) -> str:
    """A label count that may be a long extrapolation (see :func:`count_range`)."""
    text = count(n, pool=pool)
    if not finite(n) or text == MORE_THAN_POOL or not n_max or not finite(n_max):
        return text
    ratio = float(n) / float(n_max)
    if ratio > FAR_MARK:
        return f"{text} ({ratio:.1f}x measured)"
    return text


@dataclass(frozen=True)
class Metric:
    """One headline number: its label, its value, a caption under it and the help behind its '?'."""

    label: str
    value: str
    caption: str = ""
    help: str = ""
    named: bool = False  # the label holds a strategy's name (user text: a page escapes it)


def accuracy(a) -> str:
    """A test accuracy: ``95.3%``; ``-`` when unknown."""
    if not finite(a):
        return "-"
    text = f"{100 * float(a):.1f}%"
    return ">99.9%" if text == "100.0%" and float(a) < 1 else text


def curve_note(r) -> str:
    """What a strategy's measured curve shows at its top, from a row's ``flat_at``, ``flat_since``, ``dip_at``,
    ``dip_from`` and ``dip_to``; ``""`` where it shows nothing.

    >>> class R: flat_at, flat_since, dip_at, dip_from, dip_to = 0.958, 1600.0, 400.0, 0.812, 0.79
    >>> curve_note(R())
    'flat at 95.8% since 1,600 labels; dips at 400 labels (81.2% to 79.0%), beyond its noise'
    """
    parts = []
    if finite(getattr(r, "flat_at", math.nan)):
        parts.append(f"flat at {accuracy(r.flat_at)} since {count(r.flat_since)} labels")
    if finite(getattr(r, "dip_at", math.nan)):
        parts.append(f"dips at {count(r.dip_at)} labels ({accuracy(r.dip_from)} to {accuracy(r.dip_to)}), "
                     "beyond its noise")
    return "; ".join(parts)


def table_text(heads: list[str], cells: list[list[str]]) -> list[str]:
    """A plain-text table, every column as wide as its widest cell (nothing cut), the first left-aligned."""
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(heads)]

    def line(values):
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths)))

    return [line(heads), "-" * len(line(heads)), *(line(r) for r in cells)]


def held_labels(d) -> float:
    """The training labels a campaign's verdict has in hand (its scenario's ``labels_in_hand``; 0: none)."""
    held = (getattr(d, "scenario", None) or {}).get("labels_in_hand") or 0
    return float(held) if finite(held) else 0.0


def in_hand(r, held: float) -> bool:
    """Whether row ``r`` reaches the target with no more labels than the ``held`` labels in hand (the median
    forecast reaches it within them): its count then reads "in hand", not a quote to buy."""
    return held > 0 and finite(r.labels) and r.labels <= held + 0.5 and "labels" not in beyond_fields(r)
