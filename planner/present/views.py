"""The one presenter of a verdict: every sentence, row, metric and number format, built from a Decision.

The page (``app.py``), the HTML report (:mod:`planner.present.report`) and the CLI
(``alplan plan``, ``fit``, ``replan``) all read what this module builds and
format no number of their own, so they say the same thing the same way.

Number formats (one of each):

* :func:`money`: thousands separators; whole dollars from $100, cents below;
  never scientific notation (a price under a cent keeps two significant
  figures: ``$0.0077``).
* :func:`count`: a label count with thousands separators; ``"not reached"``
  where the forecast never gets there; ``"more than the pool"`` beyond the
  pool.
* :func:`percent`: a probability or share; never rounds 0.9975 to 100% or
  0.001 to 0% (it takes one more decimal, then says ``">99.9%"`` /
  ``"<0.1%"``).
* :func:`plural`: ``"1 label"``, ``"2 labels"``.

Nothing here computes a number the Decision does not hold: the presenter
picks, words and formats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from planner.forecast.limits import EXTRAPOLATION_LIMIT

__all__ = [
    "BEYOND_NOTE",
    "MORE_THAN_POOL",
    "Metric",
    "VerdictView",
    "approx",
    "basis_text",
    "break_even_line",
    "budget_line",
    "chance_text",
    "cheapest_in",
    "count",
    "count_range",
    "days",
    "money",
    "percent",
    "pilot_line",
    "split_percents",
    "plural",
    "table_note",
    "present",
    "price_line",
    "sentence",
    "target_text",
    "one_line",
    "to_text",
]

RANDOM = "random"
MORE_THAN_POOL = "more than the pool"
#: The pick's tag beside its name in a table: the answer the sentence and the metric give, in their words
#: (where the verdict cannot tell, random sampling is what to do for now, until the run at N labels).
RECOMMENDED_TAG = "recommended"
LEANING_TAG = "for now, can't tell yet"
NOT_REACHED = "not reached"


# ------------------------------------------------------------------ formats


def _finite(x) -> bool:
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
    if not _finite(x):
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
    if not _finite(n):
        return NOT_REACHED
    if pool is not None and float(n) > float(pool) + 0.5:
        return MORE_THAN_POOL
    if abs(float(n)) > PRINTED_CAP:
        return "more than 1 trillion"
    return f"{float(n):,.0f}"


def approx(n, *, pool=None) -> str:
    """A label count rounded to two significant figures for a sentence: 3,127 -> 3,100."""
    if not _finite(n) or (pool is not None and float(n) > float(pool) + 0.5):
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
    if not _finite(p):
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
    x = [float(v) if _finite(v) else math.nan for v in shares]
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


#: The page's help beside the metric it offers (the curves' columns of fractions in [0, 1]).
METRIC_HELP = ("The score the target is stated in, as the curves measure it: accuracy, macro F1, balanced accuracy, "
               "the rarer class's recall (two classes) or a column of your own in [0, 1]. Imbalanced classes: "
               "plan on macro F1 or balanced accuracy, which the majority class alone cannot reach.")


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
    return f"{count(n)} {word if _finite(n) and round(float(n)) == 1 else many}"


def days(x) -> str:
    """Calendar days: ``35``, ``2.5``; ``-`` when unknown."""
    if not _finite(x):
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


def _beyond(r) -> tuple:
    """The fields result ``r`` carries at the extrapolation limit (none for a result that has no such list)."""
    return tuple(getattr(r, "beyond_limit", ()) or ())


def figure(r, key: str, fmt, unit: str = "", *, compact: bool = False) -> str:
    """Field ``key`` of a result ``r`` formatted by ``fmt``; one listed in ``r.beyond_limit`` through
    :func:`beyond_limit` (``compact`` in a table cell)."""
    value = getattr(r, key)
    if key in _beyond(r):
        return beyond_limit(fmt(value) if _finite(value) else "-", unit, compact=compact)
    return fmt(value)


def count_range(low, high, *, pool=None, n_max=None, beyond=(), compact: bool = False) -> str:
    """``low to high``: ``not reached`` when even the low end is; ``low to not reached`` when open; ``-``
    when even the low end is beyond the pool (the count reads ``more than the pool``).

    The high end reads ``more than the pool`` beyond the pool; an end named in ``beyond``
    (``"labels_low"``, ``"labels_high"``: carried at the extrapolation limit) reads ``more than N
    (beyond what the measurements can tell)``, and the whole range does when both ends are; an end
    further than :data:`FAR_MARK` times the largest measured count ``n_max`` is marked ``(Nx measured)``.
    ``compact``: a table cell's form, ``258 to more than 5,120`` (:func:`beyond_limit`).
    """
    if not _finite(low):
        return NOT_REACHED
    if count(low, pool=pool) == MORE_THAN_POOL:  # the whole range is beyond the pool: the count says so
        return "-"
    if "labels_low" in beyond:
        return beyond_limit(count(low, pool=pool), compact=compact)
    if "labels_high" in beyond and _finite(high):
        return f"{count(low, pool=pool)} to {beyond_limit(count(high, pool=pool), compact=compact)}"
    return f"{count(low, pool=pool)} to {far_count(high, pool=pool, n_max=n_max)}"


def far_count(n, *, pool=None, n_max=None) -> str:
    """A label count that may be a long extrapolation (see :func:`count_range`)."""
    text = count(n, pool=pool)
    if not _finite(n) or text == MORE_THAN_POOL or not n_max or not _finite(n_max):
        return text
    ratio = float(n) / float(n_max)
    if ratio > FAR_MARK:
        return f"{text} ({ratio:.0f}x measured)"
    return text


# ------------------------------------------------------------------ pieces


def _pool(d):
    pool = (d.scenario or {}).get("pool_size")
    return None if pool is None else int(pool)


def _rows(d) -> dict:
    return {r.strategy: r for r in d.strategies}


def basis_text(r, pool=None) -> str:
    """What a row's labels rest on: ``measured``, ``extrapolated 3.1x``, ``transferred``, ``whole pool``."""
    return r.basis or "-"


def _far_money(d, x, key: str = "") -> str:
    """A dollar figure of the verdict (``key`` its field): none beyond what labeling the whole pool costs,
    and one the verdict lists in ``beyond_limit`` read as beyond the measurements (:func:`beyond_limit`)."""
    if key and key in _beyond(d):   # a saving against random priced at its limit: "more than" it
        return beyond_limit(money(x) if _finite(x) else "-")
    if not _finite(x):
        return money(x)
    pool = _pool(d)
    price = float((d.scenario or {}).get("price_per_label") or 0.0)
    if pool is None or not price > 0:
        return money(x)
    fixed = max((r.total_cost - r.label_cost for r in d.strategies
                 if _finite(r.total_cost) and _finite(r.label_cost)), default=0.0)
    if abs(float(x)) <= pool * price + fixed:
        return money(x)
    return f"{'-' if x < 0 else ''}more than labeling the whole pool costs"


def _money_of(cost, labels, pool) -> str:
    """A dollar figure for buying ``labels``: none (``-``) when the labels exceed the pool."""
    if pool is not None and _finite(labels) and float(labels) > pool + 0.5:
        return "-"
    return money(cost)


def cheapest_in(d) -> dict[str, str]:
    """Each row's "cheapest in" share as printed (:func:`split_percents`: they sum to 100%, and random's reads a
    threshold of the rule's chance, 30%, 50% or 70%, only when it is exactly that); ``-`` for every row
    when no path reaches the target in most forecasts (the chance then reads "n/a" too: shares of the few
    forecasts that reach it would read as a pick among paths that do not get there)."""
    if getattr(d, "recommendation", None) is None and not any(r.reachable for r in d.strategies):
        return {r.strategy: "-" for r in d.strategies}
    return cheapest_texts({r.strategy: r.probability_cheapest for r in d.strategies})


def cheapest_texts(shares: dict[str, float]) -> dict[str, str]:
    """The "cheapest in" shares by strategy as printed (:func:`split_percents`): random's never reads a threshold of
    the rule's chance (100% minus it: 30%, 50%, 70%) unless it is exactly that, so the chance printed beside the
    pick never reads as the threshold it is on the other side of.

    >>> cheapest_texts({"random": 0.306, "margin": 0.347, "entropy": 0.347})
    {'random': '30.6%', 'margin': '34.7%', 'entropy': '34.7%'}
    """
    from planner.decide.rule import UNDECIDED

    thresholds = tuple(round(100 * (1 - p), 9) for p in (UNDECIDED[0], 0.5, UNDECIDED[1]))
    names = list(shares)
    texts = split_percents(list(shares.values()), {names.index(RANDOM): thresholds} if RANDOM in names else None)
    return dict(zip(names, texts))


def chance_text(d) -> str:
    """The chance that AL is cheaper than random (:attr:`Decision.probability_al_cheaper`) as printed: 100% minus
    random's printed "cheapest in" share (:func:`cheapest_in`), which it equals; ``n/a`` without one."""
    rnd = cheapest_in(d).get(RANDOM)
    if not _finite(d.probability_al_cheaper) or rnd in (None, "n/a", "-"):
        return "n/a"
    if rnd in ("0%", "100%"):
        return "100%" if rnd == "0%" else "0%"
    digits = rnd[:-1]
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = 10 ** decimals
    units = 100 * scale - round(float(digits) * scale)
    return "0%" if units == 0 else "100%" if units == 100 * scale else f"{units / scale:.{decimals}f}%"


def _chance(d) -> str:
    """The one chance that AL is cheaper than random (:attr:`Decision.probability_al_cheaper`), in words."""
    return f"the chance that AL is cheaper than random is {chance_text(d)}"


def _median_saving(savings: float, d=None) -> str:
    """The recommended AL path's saving against random (random's total minus its total, both at the median
    labels), in words (the plurality pick can cost more there where other AL strategies take the draws it does
    not win)."""
    if d is not None and "savings" in _beyond(d):
        if _finite(savings):   # random priced at its extrapolation limit: a lower bound
            return f"saving more than {money(savings)} (random sampling priced at its extrapolation limit)"
        return f"saving {beyond_limit('-')} (a total lies beyond the extrapolation limit)"
    if savings > 0:
        return f"saving {money(savings) if d is None else _far_money(d, savings)} (at the median labels)"
    if savings < 0:
        return f"though at the median labels it costs {money(-savings)} more than random"
    return "at the median labels saving nothing against random"


def _about(r, pool=None, *, unit: bool = True, held: float = 0.0) -> str:
    """A row's labels in a sentence: ``~3,100 labels``, or carried at the extrapolation limit ``more than 8,000
    labels (beyond what the measurements can tell)``; ``the labels in hand (~200)`` where they are no more than
    the ``held`` labels in hand (:func:`in_hand`)."""
    if "labels" in _beyond(r):
        return figure(r, "labels", count, "labels")
    if in_hand(r, held):
        return f"the labels in hand (~{approx(r.labels, pool=pool)})"
    return f"~{approx(r.labels, pool=pool)}" + (" labels" if unit else "")


def held_labels(d) -> float:
    """The training labels a campaign's verdict has in hand (its scenario's ``labels_in_hand``; 0: none)."""
    held = (getattr(d, "scenario", None) or {}).get("labels_in_hand") or 0
    return float(held) if _finite(held) else 0.0


def in_hand(r, held: float) -> bool:
    """Whether row ``r`` reaches the target with no more labels than the ``held`` labels in hand (the median
    forecast reaches it within them): its count then reads "in hand", not a quote to buy."""
    return held > 0 and _finite(r.labels) and r.labels <= held + 0.5 and "labels" not in _beyond(r)


def _strategies_words(names) -> str:
    """``random sampling``, ``random sampling and margin``, ``random sampling, margin and entropy``."""
    words = ["random sampling" if n == RANDOM else str(n) for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


#: The can't-tell plan's first words: what to do now, whichever path the forecasts end up picking.
START_RANDOM = "Start labeling at random (no set-up; these labels serve either path)"


def _cant_tell(d) -> str:
    """The can't-tell answer after its first words, from :attr:`Decision.decide_later` (waiting until the labels
    in hand double, on the same draws): label at random because it reaches the target first; label at random and
    decide again at N (what waiting forgoes and what deciding then is expected to save); or, where deciding later
    is not expected to pay, label at random on the lean, and check again at N."""
    later = getattr(d, "decide_later", None)
    rnd = _rows(d).get(RANDOM)
    t, m = target_text(d.target), metric_words(getattr(d, "metric", "accuracy"))
    if later is None:
        return (f"{START_RANDOM} and run this again once random sampling"
                + (f" and {d.best_al} are" if d.best_al else " is") + " measured further.")
    n, h = later.labels, later.labels_in_hand
    if not _finite(n):
        return (f"{START_RANDOM}; deciding again when the labels in hand double cannot be priced ({later.basis}): "
                f"more seeds of the pilot, not more labels, would tell.")
    again = f"~{approx(n)} labels (twice the {approx(h)} in hand)"
    if rnd is not None and d.random_reaches_by(n):
        return (f"Label at random: random sampling reaches {t} {m} with {_about(rnd, held=held_labels(d))} for "
                f"{figure(rnd, 'total_cost', money)}, before deciding again at {again} could change the answer.")
    if not later.priced:
        return f"{START_RANDOM} and decide again at {again}."
    waits = (f"waiting forgoes {money(later.cost)} of AL's advantage on the random labels bought until then, and "
             f"deciding then is expected to save {money(later.value)} of what a wrong pick now would cost")
    if d.action_now == "random_then_decide":
        return f"{START_RANDOM} and decide again at {again}: {waits}."
    return (f"Deciding later is not expected to pay ({waits}, no more): label at random, the lean (no set-up; it can "
            f"be stopped or switched at no cost), and check again at {again}.")


def _decide_again(d) -> str:
    """The re-decision every random path carries (:attr:`Decision.decide_at_labels`), after a sentence; empty
    where there is none (random sampling reaches the target first, or the count passes the pool)."""
    n = getattr(d, "decide_at_labels", math.nan)
    if not _finite(n) or not d.can_tell:
        return ""
    return f" Decide again at ~{approx(n)} labels, when the labels in hand double."


def sentence(d) -> str:
    """One plain sentence a manager can repeat; every number is a field of ``d``."""
    if not d.can_tell:
        return f"Can't tell yet: {_chance(d)}, too close to even for these curves to decide. {_cant_tell(d)}"
    return _clear(d) + _decide_again(d)


def _clear(d) -> str:
    """The sentence of a verdict that can tell (:func:`sentence`), without its re-decision."""
    t = target_text(d.target)
    m = metric_words(getattr(d, "metric", "accuracy"))
    rows = _rows(d)
    pool = _pool(d)
    rnd = rows.get(RANDOM)
    if d.recommendation is None:
        why = "no AL strategy is in the table" if not any(r.active for r in d.strategies) else ""
        return (f"No strategy reaches {t} {m} in most forecasts with these curves"
                + (f" within the pool of {plural(pool, 'label')}" if pool else "")
                + (f" ({why})" if why else "") + "; lower the target or measure further.")
    rec = rows[d.recommendation]
    shares = cheapest_in(d)
    whole = " (the whole pool)" if pool is not None and _finite(rec.labels) and rec.labels >= pool else ""
    if rec.active:
        if rnd is None:
            return (f"{rec.strategy} reaches {t} {m} with {_about(rec, held=held_labels(d))}{whole} for "
                    f"{figure(rec, 'total_cost', money)}; the table has no random-sampling curve to compare with.")
        if not rnd.reachable:
            bound = (f"; {_median_saving(d.savings, d)}" if "savings" in _beyond(d) and _finite(d.savings)
                     else "")
            return (f"{rec.strategy} reaches {t} {m} with {_about(rec, held=held_labels(d))}{whole} for "
                    f"{figure(rec, 'total_cost', money)}; random sampling does not reach it in most forecasts "
                    f"({rnd.reason}){bound}.")
        extra_days = rec.calendar_days - rnd.calendar_days
        when = f"it takes {days(extra_days)} more calendar days" if extra_days > 0.5 else "it takes no longer"
        if "calendar_days" in _beyond(rec) or "calendar_days" in _beyond(rnd):
            when = "its calendar time lies beyond the extrapolation limit"
        return (
            f"{rec.strategy} reaches {t} {m} with {_about(rec, held=held_labels(d))}{whole} instead of "
            f"{_about(rnd, pool, unit=False, held=held_labels(d))} at random and is the cheapest path in "
            f"{shares[rec.strategy]} of the forecasts (random sampling in "
            f"{shares[RANDOM]}; {_chance(d)}), "
            f"{_median_saving(d.savings, d)} after {money(rec.engineering_cost)} of engineering; {when}."
        )
    # random recommended
    head = (f"Label at random: {_about(rec, held=held_labels(d))}{whole} reach {t} {m} for "
            f"{figure(rec, 'total_cost', money)}")
    if d.best_al is not None and _finite(d.probability_al_cheaper) and d.probability_al_cheaper > 0.5:
        al = rows[d.best_al]
        return (f"Label at random: AL is cheaper in {chance_text(d)} of the forecasts but loses more when it "
                f"loses (its set-up is paid whatever happens): averaged over the forecasts {al.strategy} costs "
                f"{money(al.capped_mean_cost)} against {money(rec.capped_mean_cost)} at random; {_about(rec, held=held_labels(d))}{whole} "
                f"reach {t} {m} for {figure(rec, 'total_cost', money)}.")
    if d.best_al is None:
        tail = ("no AL strategy reaches it in most forecasts" if any(r.active for r in d.strategies)
                else "the table has no AL strategy to compare")
        return f"{head}; {tail}."
    al = rows[d.best_al]
    saved = rec.labels - al.labels
    fixed_extra = al.total_cost - al.label_cost - (rec.total_cost - rec.label_cost)
    min_order = int(d.scenario.get("min_order") or 0)
    billed = getattr(al, "labels_billed", math.nan)
    if saved > 0 and min_order and _finite(billed) and billed > al.labels_bought + 0.5:
        # the vendor's minimum order, not engineering, eats the saving: say so
        why = (f"the vendor's minimum order of {plural(min_order, 'label')} a batch bills its "
               f"~{approx(al.labels_bought)} labels as {count(billed)} ({money(al.label_cost)} of labels, against "
               f"{money(rec.label_cost)} at random)")
        if al.label_cost < rec.label_cost:
            why += f", and what that still saves is less than its extra {money(fixed_extra)} of engineering and compute"
    elif _finite(d.break_even_label_price_median):  # AL is billed for fewer labels in most forecasts
        what = (f"the ~{approx(saved)} label it saves is" if approx(saved) == "1" else
                f"the ~{approx(saved)} labels it saves are" if saved > 0 else "the labels it saves are")
        need = _labels_to_save(d, pool, "labels", lambda n: f"~{approx(n)}")
        why = (f"{what} worth less than its extra {money(fixed_extra)} of engineering and compute (it would "
               f"need to save {need})")
    else:
        why = "it is not billed for fewer labels than random in most forecasts"
    more = f" ({_chance(d)})" if _finite(d.probability_al_cheaper) else ""
    return (f"{head}, the cheapest path in {shares[rec.strategy]} of the forecasts; the AL pick, "
            f"{al.strategy}, is the cheapest in {shares[al.strategy]}, because {why}{more}.")


def _labels_to_save(d, pool, unit: str, fmt) -> str:
    """The labels AL must save to pay for itself (``d.break_even_labels_saved``) by ``fmt``: ``more than the pool``
    beyond the pool (no saving can be larger), else carried at the extrapolation limit in words."""
    n = d.break_even_labels_saved
    if count(n, pool=pool) == MORE_THAN_POOL:
        return MORE_THAN_POOL
    return figure(d, "break_even_labels_saved", count, unit) if "break_even_labels_saved" in _beyond(d) else fmt(n)


def _break_even_range(d) -> str:
    """The per-forecast break-even label price's interval in words: "$a to $b" ("no price" where none reaches)."""
    hi = d.break_even_label_price_high
    return f"{money(d.break_even_label_price_low)} to {money(hi) if _finite(hi) else 'no price'}"


def break_even_text(d) -> str:
    """The quoted break-even label price (:attr:`Decision.break_even_label_price`: where the rule's pick changes
    between random and AL) as the metric shows it."""
    be = d.break_even_label_price
    if _without_random(d):
        return NO_RANDOM
    if d.best_al is None or be is None or (isinstance(be, float) and math.isnan(be)):
        return "none"
    if be == 0:
        return "any price"
    return money(be) if _finite(be) else "no price"


#: What the chance, the saving and the break-even read in a table of AL strategies without random sampling.
NO_RANDOM = "no random curve"


def _without_random(d) -> bool:
    """The table holds AL strategies and no random-sampling curve: nothing to compare them with."""
    return any(r.active for r in d.strategies) and not any(r.strategy == RANDOM for r in d.strategies)


def break_even_line(d) -> str:
    """The break-even line: what AL must save, and the label price at and above which the rule picks AL (it agrees
    with the pick by construction), with the spread of the AL pick's break-even over the forecasts."""
    if _without_random(d):
        return ("Break-even: the table has no random-sampling curve, so what AL saves is not known; measure random "
                "sampling on the same pool, or forecast it from proxy curves, to compare.")
    if d.best_al is None:
        if not any(r.active for r in d.strategies):
            return "Break-even: the table has no AL strategy to compare with random sampling."
        return "Break-even: no AL strategy reaches the target in most forecasts."
    parts = []
    if _finite(d.break_even_labels_saved):
        rng, far, pool = "", _beyond(d), _pool(d)
        low, high = d.break_even_labels_saved_low, d.break_even_labels_saved_high
        need = _labels_to_save(d, pool, "paid labels", lambda n: plural(n, "paid label"))
        if (need != MORE_THAN_POOL and "break_even_labels_saved" not in far and _finite(low) and _finite(high)
                and round(low) != round(high)):
            ends = ("labels_high",) if "break_even_labels_saved_high" in far else ()
            rng = f" ({count_range(low, high, pool=pool, beyond=ends)})"
        parts.append(f"{d.best_al} must save {need}{rng} to pay for itself")
    be = d.break_even_label_price
    spread = (f" ({d.best_al}'s own break-even over the forecasts: {round(100 * d.level)}% range "
              f"{_break_even_range(d)})" if _finite(d.break_even_label_price_low) else "")
    if not _finite(be) and not (isinstance(be, float) and math.isinf(be)):
        pass
    elif be == 0:
        parts.append(f"the verdict picks AL at any label price{spread}")
    elif _finite(be):
        parts.append(f"the verdict picks AL at {money(be)} a label and above, random sampling below{spread}")
    else:
        parts.append(f"no label price makes the verdict pick AL{spread}")
    premium = premium_part(d)
    if premium:
        parts.append(premium)
    if not parts:
        return "Break-even: not known on these forecasts." + chance_step_text(d)
    return "Break-even: " + "; ".join(parts) + "." + chance_step_text(d)


def chance_step_text(d) -> str:
    """Why the chance moves in one step at one price (:attr:`Decision.chance_step_share`: many draws change sides
    at once, as where random sampling needs exactly the whole pool), after a space; empty elsewhere."""
    share, price = getattr(d, "chance_step_share", math.nan), getattr(d, "chance_step_price", math.nan)
    if not _finite(share) or not _finite(price):
        return ""
    labels, many = getattr(d, "chance_step_random_labels", math.nan), getattr(d, "chance_step_random_share", math.nan)
    pool = _pool(d)
    rnd = _rows(d).get(RANDOM)
    needs = (f"the whole pool ({plural(pool, 'label')})" if pool is not None and _finite(labels) and labels >= pool
             else f"exactly {plural(labels, 'label')}")
    if rnd is not None and _finite(labels) and _finite(rnd.n_max) and labels == math.floor(rnd.n_max) + 1:
        needs += " (the first count past its measurements, whose mean is below the target)"
    why = (f"random sampling needs {needs} in {percent(many)} of the forecasts, and "
           if _finite(many) and many >= share / 2 else "")
    return (f" The chance that AL is cheaper moves in one step near {money(price)} a label: {why}in "
            f"{percent(share)} of the forecasts {d.best_al} saves the same number of billed labels, so they "
            f"change sides together at that one price.")


def premium_part(d) -> str | None:
    """The break-even premium, where the verdict was priced with an AL label premium: the multiple of random's
    label cost at which the pick turns from AL to random sampling."""
    stated = (d.scenario or {}).get("al_label_premium")
    be = getattr(d, "break_even_premium", math.nan)
    if stated is None or not isinstance(be, float) or math.isnan(be):
        return None
    now = f"AL's labels priced at {float(stated):.2f}x now"
    if be == 0:
        return f"random sampling is picked even were AL's picked labels free ({now})"
    if math.isinf(be):
        return f"AL is picked however much longer its labels take, up to 1,000x random's ({now})"
    return f"the verdict picks AL while its labels cost less than {be:.2f}x random's, random sampling above ({now})"


def price_line(d) -> str:
    """The price the verdict used, per label, QA and votes included."""
    return f"Your price: {money(d.scenario.get('price_per_label'))} a label (QA and votes included)."


def budget_line(d) -> str | None:
    """"To reach the target with probability P, buy N labels ($)": the recommendation's budget.

    None when there is no recommendation; a sentence saying why when the
    budget cannot be bought (beyond the pool).
    """
    rec = next((r for r in d.strategies if r.strategy == d.recommendation), None)
    if rec is None:
        return None
    pool = _pool(d)
    conf = percent(d.confidence)
    if not _finite(rec.budget_at_confidence):
        where = f"within the pool of {plural(pool, 'label')}" if pool else "within the forecasts"
        return (f"No budget reaches the target with probability {conf} {where}: the {d.recommendation} path "
                "falls short in more of the forecasts than that.")
    n_max = getattr(rec, "n_max", math.nan)
    if "budget_at_confidence" in _beyond(rec):
        return (f"To reach the target with probability {conf}, buy "
                f"{figure(rec, 'budget_at_confidence', count, 'labels')}; measure further before ordering that "
                "many.")
    labels = far_count(rec.budget_at_confidence, pool=pool, n_max=n_max)
    label_cost = getattr(rec, "label_cost_at_confidence", math.nan)
    billed = getattr(rec, "labels_billed_at_confidence", math.nan)
    price = (d.scenario or {}).get("price_per_label")
    bills = ""
    if _finite(billed) and _finite(price) and count(billed) != count(rec.budget_at_confidence):
        bills = f"billed as {count(billed)} at {money(price)}: "
    elif _finite(price):
        bills = f"at {money(price)} a label: "
    what = (f"{bills}{money(label_cost)} of labels, {money(rec.cost_at_confidence)} in all with engineering and "
            "compute" if _finite(label_cost) and money(label_cost) != money(rec.cost_at_confidence)
            else f"{bills}{money(rec.cost_at_confidence)} of labels")
    short, reach = split_percents([rec.p_short, 1.0 - rec.p_short])
    if reach == conf:
        head = f"To reach the target with probability {conf}, buy {labels} {'label' if labels == '1' else 'labels'}"
    else:   # the draws' own share at that budget (a median above the quantile, whole labels)
        head = (f"To reach the target with probability {conf} ({reach} of the forecasts), buy {labels} "
                f"{'label' if labels == '1' else 'labels'}")
    head = f"{head} ({what})"
    if rec.p_short <= 0:
        return f"{head}; it falls short in none of the forecasts."
    extra = getattr(rec, "short_extra_cost", math.nan)
    tail = f"; it falls short in {'the other ' if reach != conf else ''}{short} of the forecasts"
    if _finite(extra) and money(extra) not in ("$0.00", "$0"):
        tail += f", where a second order costs a median {_far_money(d, extra)} more"
    return f"{head}{tail}."


_LEARNERS = {"neural": "neural networks", "other": "learners other than neural networks", "any": "every learner"}


def track_line(d) -> str | None:
    """How verdicts like this one fared on held-out AL curves (:attr:`Decision.track_record`); None without one.
    Regrets are mean shares above the cheapest path's cost, so a pick that cost 9% more reads "9% above"."""
    t = getattr(d, "track_record", None)
    if t is None:
        return None
    where = (f"{_LEARNERS[t.learner]}, random's forecast "
             + ("at any distance" if t.ratio == "any" else f"{t.ratio} its largest measured count"))
    head = f"Track record: on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark ({where}), "

    def above(x):   # a cost above the cheapest, as a share of it (can pass 100%)
        return f"{100 * float(x):,.0f}%"

    spread = (f"{above(t.regret)} above the cheapest path on average ({above(t.task_low)} to {above(t.task_high)} "
              "in 8 of 10 tasks)")
    if t.pick == "al":
        return (f"{head}when the verdict picked an AL strategy, following it cost {spread}, against "
                f"{above(t.regret_random)} for labeling at random; random was in fact cheaper in "
                f"{percent(t.other_cheaper)} of cases.")
    if t.pick == "random":
        return (f"{head}when the verdict picked random sampling, following it cost {spread}; the AL strategy it "
                f"weighed was in fact cheaper in {percent(t.other_cheaper)} of cases.")
    return (f"{head}when no path reached the target in most forecasts, labeling at random cost {spread}. "
            "Measure further before relying on either path.")


# ------------------------------------------------------------------ the view


@dataclass(frozen=True)
class Metric:
    """One headline number: its label, its value, a caption under it and the help behind its '?'."""

    label: str
    value: str
    caption: str = ""
    help: str = ""
    named: bool = False  # the label holds a strategy's name (user text: a page escapes it)


@dataclass(frozen=True)
class VerdictView:
    """Everything the page, the report and the CLI show of a Decision, worded and formatted once."""

    sentence: str
    metrics: tuple[Metric, ...]
    break_even: str
    price: str
    budget: str | None
    rows: tuple[dict, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    reasons: tuple[str, ...]
    rule: str
    band: str
    show_billed: bool = False
    columns: dict = field(default_factory=dict)
    track: str | None = None
    pilot: str = ""


#: The verdict table's columns: key -> (header, help). The page, the report and the CLI use these names.
COLUMNS = {
    "strategy": ("strategy", "random = label at random; the others are AL strategies"),
    "labels": ("labels to target", f"median over the forecasts; {BEYOND_NOTE}"),
    "range": ("{band}", "labels to target: 'not reached' = open-ended (the target is not reached in the upper "
                        "part of the forecasts); '(Nx measured)' = an end N times the largest measured count; "
                        f"{BEYOND_NOTE}"),
    "basis": ("rests on", "measured; extrapolated Nx = N times the largest measured count; beyond the "
                          "extrapolation limit = further than any forecast was scored; whole pool = by "
                          "labeling every example of the pool; transferred = from a random pilot and the "
                          "proxies' label-efficiency ratios"),
    "p_cheapest": ("cheapest in", "share of the forecasts in which this path is the cheapest of all (among those "
                   "in which some path reaches the target; a tie split between the tied paths): the column sums "
                   "to 100%, and the AL rows together are the chance that AL is cheaper"),
    "p_cheaper": ("beats random in (share of forecasts)", "share of the forecasts in which this path alone costs "
                  "less than random (not the verdict's chance that AL is cheaper)"),
    "saving": ("saving", "random's total minus this path's total (both columns at the median labels); "
                         f"{BEYOND_NOTE}; {BEYOND_CELL_NOTE}"),
    "labels_billed": ("labels billed", "labels paid for: every batch is billed at least the vendor's minimum "
                                       "order"),
    "total": ("total", "dollars: labels + engineering + compute + delay, at the median label count; "
                       f"{BEYOND_NOTE}"),
    "days": ("days", f"calendar days to the target: set-up, then one turnaround per batch; {BEYOND_NOTE}"),
    "rounds": ("rounds", "labeling rounds after the initial set (random: one order)"),
    "labels_bought": ("labels bought", "labels to target rounded up to whole batches"),
    "label_cost": ("labels $", "labels billed x price x QA multiplier x votes"),
    "engineering_cost": ("engineering $", "set-up days x day rate (AL only)"),
    "compute_cost": ("compute $", "compute per round x rounds + the final training"),
    "delay_cost": ("delay $", "calendar days x cost of a day's delay"),
    "note": ("note", "why a path is out of reach, or how far its forecast reaches beyond the data"),
}
#: The page's verdict table: what fits a 1,024 px window. What the labels rest on is in the line above it
#: (curves_line) and in the breakdown, with the days.
TABLE = ("strategy", "labels", "range", "p_cheapest", "saving", "total")
BREAKDOWN = ("strategy", "basis", "rounds", "labels_bought", "labels_billed", "label_cost",
             "engineering_cost", "compute_cost", "delay_cost", "total", "days")


def _row(d, r, pool) -> dict:
    """A strategy's cells; ``capped`` names the columns whose cell reads a figure carried at the extrapolation limit
    (compactly, :func:`beyond_limit`: the table says the words once, :func:`table_note`)."""
    active_rnd = RANDOM in _rows(d)
    far, capped = _beyond(r), []

    def cell(column: str, key: str, fmt) -> str:
        text = figure(r, key, fmt, compact=True)
        if text != fmt(getattr(r, key)):
            capped.append(column)
        return text

    saving = "-"
    if r.active and active_rnd and r.reachable:
        saving = (beyond_limit(money(r.savings_vs_random) if _finite(r.savings_vs_random) else "-", compact=True)
                  if "savings_vs_random" in far else _far_money(d, r.savings_vs_random))
        if "savings_vs_random" in far:
            capped.append("saving")
    in_pool = pool is None or not _finite(r.labels) or r.labels <= pool + 0.5
    labels = (lambda v: count(v, pool=pool))
    span = count_range(r.labels_low, r.labels_high, pool=pool, n_max=r.n_max, beyond=far, compact=True)
    if span != count_range(r.labels_low, r.labels_high, pool=pool, n_max=r.n_max):
        capped.append("range")
    recommended = r.strategy == d.recommendation
    row = {
        "strategy": r.strategy,
        "recommended": recommended,
        "tag": (RECOMMENDED_TAG if d.can_tell else LEANING_TAG) if recommended else "",
        "labels": cell("labels", "labels", labels) + (" (in hand)" if in_hand(r, held_labels(d)) else ""),
        "range": span,
        "basis": basis_text(r, pool),
        "p_cheapest": cheapest_in(d)[r.strategy] if _finite(r.probability_cheapest) else "-",
        "p_cheaper": percent(r.probability_cheaper_than_random) if r.active and active_rnd else "-",
        "saving": saving,
        "labels_billed": cell("labels_billed", "labels_billed", labels) if _finite(r.labels_billed) else "-",
        "total": cell("total", "total_cost", money) if in_pool else _money_of(r.total_cost, r.labels, pool),
        "days": cell("days", "calendar_days", days) if in_pool else "-",
        "rounds": cell("rounds", "rounds", count) if _finite(r.rounds) else "-",
        "labels_bought": cell("labels_bought", "labels_bought", labels) if _finite(r.labels_bought) else "-",
        "label_cost": cell("label_cost", "label_cost", money) if in_pool else "-",
        "engineering_cost": money(r.engineering_cost),
        "compute_cost": cell("compute_cost", "compute_cost", money) if in_pool else "-",
        "delay_cost": cell("delay_cost", "delay_cost", money) if in_pool else "-",
        "note": "; ".join(x for x in (r.reason, r.warning) if x),
    }
    return {**row, "capped": tuple(capped)}


def _metrics(d) -> tuple[Metric, ...]:
    from planner.decide.rule import UNDECIDED

    band = f"{round(100 * d.level)}% range"
    rec = d.recommendation
    shown, lean = rec or "none reaches the target", ""
    at = d.decide_at_labels
    if not d.can_tell:  # the plan under the value: the value stays whole in a 1,024 px window
        shown, lean = "can't tell yet", ("label at random for now" + (f"; decide at ~{approx(at)} labels"
                                                                       if _finite(at) else ""))
    elif _finite(at):
        lean = f"decide again at ~{approx(at)} labels"
    out = [Metric("Recommended path", shown, lean,
                  help="The path the decision rule (below the table) picks: an AL strategy when the chance that AL "
                       "is cheaper is above 50%, random sampling otherwise; the AL strategy is margin sampling, "
                       "unless another is the cheapest in clearly more forecasts; none when that path does not "
                       "reach the target in most forecasts. \"Can't tell yet\" where the chance that AL is cheaper "
                       f"is between {percent(UNDECIDED[0])} and {percent(UNDECIDED[1])}: there the pick was the "
                       "cheapest path in a third of alplan's held-out loop tasks or fewer.")]
    rows = _rows(d)
    if rec not in (None, RANDOM) and RANDOM in rows:
        cap = (f"{band} {_far_money(d, d.savings_low)} to {_far_money(d, d.savings_high)}"
               if _finite(d.savings_low) and _finite(d.savings_high) else "")
        out.append(Metric("Savings vs random", _far_money(d, d.savings, "savings"), cap,
                          "Random sampling's total minus the recommended path's, both at the median labels (the "
                          "table's 'saving'); the range is that of the difference over the forecasts."))
    elif rec == RANDOM and d.best_al is not None:
        extra = -d.al_savings
        out.append(Metric(f"{d.best_al} vs random",
                          _far_money(d, extra, "al_savings") if not _finite(extra)
                          else f"{money(extra)} more" if extra >= 0 else f"{money(-extra)} less",
                          help="The best AL strategy's total minus random sampling's, both at the median labels; "
                               "random is recommended, so there is no saving to show.", named=True))
    else:
        why = ("The table has no AL strategy: nothing to compare." if not any(r.active for r in d.strategies)
               else "No AL path reaches the target in most forecasts." if rec else
               "No path reaches the target in most forecasts: nothing to compare.")
        if rec is not None and RANDOM not in rows:
            why = "The table has no random-sampling curve to compare with."
        out.append(Metric("Savings vs random", NO_RANDOM if _without_random(d) else "n/a", help=why))
    reachable_any = any(r.reachable for r in d.strategies)
    p = NO_RANDOM if _without_random(d) else chance_text(d) if reachable_any else "n/a"
    out.append(Metric("P(AL cheaper)", p,
                      help="The chance that the cheapest AL path costs less than random sampling: the share of the "
                           "forecasts in which some path reaches the target in which an AL path is the cheapest, "
                           "ties split; 100% minus random's 'cheapest in'. The pick reads it; 'n/a' when no path "
                           "reaches the target in most forecasts. The sentence and the report quote the same "
                           "number."))
    out.append(Metric("Break-even label price", break_even_text(d),
                      help="Per label: at this price and above the verdict picks AL, below it random sampling (the "
                           "same rule on the same forecasts, re-priced); 'any price' when AL is picked at every "
                           "price, 'no price' when at none, 'none' when no AL path reaches the target."))
    return tuple(out)


def present(d) -> VerdictView:
    """The view of a Decision: sentence, metrics, lines, rows, warnings and notes, all formatted."""
    pool = _pool(d)
    rows = tuple(_row(d, r, pool) for r in d.strategies)
    min_order = int((d.scenario or {}).get("min_order") or 0)
    show_billed = bool(min_order) and any(
        _finite(r.labels_billed) and _finite(r.labels_bought) and r.labels_billed > r.labels_bought
        for r in d.strategies)
    reasons = tuple(f"{r.strategy}: {r.reason}" for r in d.strategies if r.reason)
    band = f"{round(100 * d.level)}% range"
    columns = {k: (h.format(band=band), help_) for k, (h, help_) in COLUMNS.items()}
    return VerdictView(
        sentence=sentence(d), metrics=_metrics(d), break_even=break_even_line(d), price=price_line(d),
        budget=budget_line(d), rows=rows, warnings=tuple(d.warnings), notes=tuple(d.notes), reasons=reasons,
        rule=f"Rule: {d.decision_rule}.", band=band, show_billed=show_billed, columns=columns, track=track_line(d),
        pilot=pilot_page_line(d),
    )


def table_columns(view: VerdictView) -> tuple[str, ...]:
    """The verdict table's columns (labels billed only where a minimum order bills more than bought)."""
    cols = list(TABLE)
    if view.show_billed:
        cols.insert(cols.index("total"), "labels_billed")
    return tuple(cols)


def pilot_line(ext) -> str:
    """The verdict's "extend the pilot" line (:class:`planner.decide.voi.PilotExtension`): N more labels, what they
    cost, the expected saving, advised or not. The page and ``alplan plan`` print it as is."""
    if not _finite(ext.cost):
        return f"Extending the pilot: not priced ({ext.basis})."
    each = (f"{count(ext.labels - ext.pilot_labels)} more for each of the {len(ext.measured)} measured strategies"
            if len(ext.measured) > 1 else f"{count(ext.labels - ext.pilot_labels)} more")
    what = (f"extending the pilot to {plural(ext.labels, 'label')} ({each}) costs {money(ext.cost)} and is expected "
            f"to save {money(ext.value)} of what a wrong pick would cost")
    record = pilot_track_text(getattr(ext, "track_record", None))
    if ext.advised:
        return (f"Extend the pilot, then decide: {what} (the pick changes in {percent(ext.p_pick_changes)} "
                f"of the simulated pilots).{record}")
    return f"Decide now: {what}, less than it costs.{record}"


def pilot_page_line(d) -> str:
    """The verdict's line on extending the pilot (:attr:`Decision.pilot_extension`), as the page, the report and
    ``alplan plan`` show it: where the verdict cannot tell, the sentence already gives that advice, and this line
    only its track record; elsewhere :func:`pilot_line`, empty when it says nothing (not advised and an expected
    saving that rounds to $0.00) or without an extension."""
    ext = getattr(d, "pilot_extension", None)
    if ext is None or not d.can_tell:   # where it cannot tell, the sentence gives the one piece of advice
        return ""
    if not ext.advised and _finite(ext.value) and abs(ext.value) < 0.005:
        return ""
    return pilot_line(ext)


def pool_in_use_line(pool) -> str:
    """The sidebar's line under the pool input: the pool the verdict uses (a proxy's own when none was typed)."""
    return "Pool in use: no limit." if pool is None else f"Pool in use: {plural(pool, 'example')}."


def pilot_track_text(t) -> str:
    """The pilot line's track record (:class:`planner.decide.track_record.PilotRecord`), after a space; empty
    without one."""
    if t is None:
        return ""

    def gain(x: float) -> str:
        return f"saving {100 * x:.0f}%" if x >= 0 else f"losing {100 * -x:.0f}%"

    return (f" Track record: in verdicts replayed on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark, "
            f"extensions predicted to save {t.band} of their cost ended {gain(t.value_realized)} of it on average "
            f"(between {gain(t.task_low)} and {gain(t.task_high)} in 8 of 10 tasks) and paid for themselves in "
            f"{percent(t.paid)} of cases.")


def one_line(text, prefix: str = "") -> str:
    """The page's one line for an error: ``prefix`` (an input's name, ``"data.csv: "``) and the message's first
    line, the name said once where the message already starts with it."""
    first = _first_line(text)
    return first if prefix and first.startswith(prefix) else prefix + first


def _first_line(text, default: str = "") -> str:
    """The first line of a message (``default`` for an empty one)."""
    return (str(text).strip().splitlines() or [default])[0]


#: The page's table tags the pick in fewer words than the CLI's (the sentence above it says the rest): its table
#: fits a 1,024 px window.
PAGE_TAGS = {RECOMMENDED_TAG: "pick", LEANING_TAG: "for now"}


def strategy_cell(row: dict, *, page: bool = False) -> str:
    """A table's strategy cell: the name, and the pick's tag (``random (recommended)``, or ``random (for now, can't
    tell yet)`` where the verdict cannot tell; on the page, ``page``: ``random (pick)``, ``random (for now)``)."""
    tag = row.get("tag")
    if tag and page:
        tag = PAGE_TAGS.get(tag, tag)
    return row["strategy"] + (f" ({tag})" if tag else "")


def to_text(d) -> str:
    """The CLI's verdict: a table (columns wide enough for their cells), the sentence, the lines (the pilot's
    after the budget's), the notes."""
    view = present(d)
    cols = table_columns(view)
    cols = cols[:3] + ("basis",) + cols[3:] + ("days",)  # no window to fit: what they rest on, and the days
    heads = [view.columns[c][0] for c in cols]
    cells = [[strategy_cell(row) if c == "strategy" else row[c] for c in cols] for row in view.rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(heads)]

    def line(values):
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths)))

    pool, measured = _pool(d), (d.scenario or {}).get("pool_accuracy")
    named = ("" if pool is None else f"; the pool: {plural(pool, 'example')}"
             + (f", {accuracy(measured)} measured with all of it labeled" if _finite(measured) else ""))
    lines = [f"Target {metric_words(getattr(d, 'metric', 'accuracy'))} {target_text(d.target)} "
             f"({d.n_draws:,} joint forecasts{named})", line(heads),
             "-" * len(line(heads))]
    lines += [line(r) for r in cells]
    if note := table_note(view.rows, cols):
        lines.append(f"note: {note}")
    lines += ["", view.sentence]
    for m in view.metrics:
        lines.append(f"{m.label}: {m.value}" + (f" ({m.caption})" if m.caption else ""))
    lines.append(view.break_even)
    if view.budget:
        lines.append(view.budget)
    if view.pilot:
        lines.append(view.pilot)
    if view.track:
        lines.append(view.track)
    lines.append(view.rule)
    lines += [f"warning: {w}" for w in view.warnings]
    lines += [f"note: {n}" for n in view.notes]
    lines += [f"note: {r}" for r in view.reasons if not any(r.split(": ", 1)[1] in n for n in view.notes)]
    return "\n".join(lines)


# ------------------------------------------------------------------ inputs

#: The scenario's inputs as the report lists them: key -> (label with its unit, format).
_INPUTS = {
    "label_price": ("label price (per label, as quoted)", money),
    "price_per_label": ("price per label paid (QA and votes included)", money),
    "vendor": ("vendor", str),
    "qa_multiplier": ("QA / overhead multiplier", lambda v: f"x{float(v):g}"),
    "votes": ("votes per item", lambda v: f"{int(v)}"),
    "label_error": ("label error rate", percent),
    "n_classes": ("classes in the task", lambda v: count(v)),
    "engineering_days": ("engineering days to set up AL", lambda v: f"{days(v)} days"),
    "engineering_day_rate": ("engineering day rate", lambda v: f"{money(v)} a day"),
    "yearly_salary": ("yearly salary", lambda v: f"{money(v)} a year"),
    "working_weeks": ("working weeks a year", lambda v: f"{days(v)} weeks"),
    "engineering_cost": ("engineering cost (AL only)", money),
    "compute_per_round": ("compute per AL round", money),
    "final_compute": ("compute of the final training", money),
    "turnaround": ("turnaround per batch", lambda v: f"{days(v)} days"),
    "batch_size": ("AL batch size", lambda v: plural(v, "label")),
    "initial_labels": ("AL initial labeled set", lambda v: plural(v, "label")),
    "pool_size": ("unlabeled pool", lambda v: plural(v, "example")),
    "min_order": ("vendor's minimum order", lambda v: plural(v, "label")),
    "delay_cost_per_day": ("cost of a day's delay", lambda v: f"{money(v)} a day"),
    "confidence": ("confidence for the label budget", percent),
}


def scenario_rows(scenario: dict) -> list[tuple[str, str]]:
    """The scenario's inputs (``Decision.scenario``) as (label with unit, value) rows; unset ones left out."""
    rows = []
    for key, (label, fmt) in _INPUTS.items():
        value = scenario.get(key)
        if value is None or (key in ("min_order", "yearly_salary") and not value) \
                or (key == "working_weeks" and not scenario.get("yearly_salary")):
            continue
        rows.append((label, fmt(value)))
    return rows


# ------------------------------------------------------------------ the page's other panels


def accuracy(a) -> str:
    """A test accuracy: ``95.3%``; ``-`` when unknown."""
    if not _finite(a):
        return "-"
    text = f"{100 * float(a):.1f}%"
    return ">99.9%" if text == "100.0%" and float(a) < 1 else text


def transfer_texts(strategies) -> tuple[str, str]:
    """(the page's transfer checkbox, its caption when off) for a one-strategy pilot: random sampling's (the AL
    strategies come from the proxy) or one AL strategy's (random sampling comes from the proxy)."""
    reverse = {str(s) for s in strategies} != {RANDOM}
    return (PAGE_TEXT["use_reverse_transfer" if reverse else "use_transfer"][0],
            PAGE_TEXT["reverse_transfer_off" if reverse else "transfer_off"][0])


def curves_line(source: dict, curves, decision) -> str:
    """Which curves a verdict rests on and how its labels were got (shown beside the verdict).

    ``source``: ``kind`` (proxy, file, transferred, pilot), ``name`` and, for a proxy, ``about``.
    """
    kind, name = source["kind"], source.get("name")
    if kind == "proxy":
        about = source.get("about") or ""
        what = (f"a proxy data set, {name}" + (f" ({about})" if about else "")
                + ", simulated here: a stand-in, not your task (upload a pilot curve or labeled pilot data "
                  "for your own)")
    elif kind == "file":
        what = f"your labeled data {name}, simulated here"
    elif kind == "transferred" and curves is not None and "random" not in set(curves["strategy"].astype(str)):
        what = f"your pilot {name}; random sampling transferred from the proxy simulation"
    elif kind == "transferred":
        what = f"your random-sampling pilot {name}; the AL strategies transferred from the proxy simulation"
    else:
        what = f"your pilot learning curve {name}"
    parts = [f"Curves: {what}"]
    if "model" in curves.columns and curves["model"].notna().any():
        parts.append("model " + ", ".join(sorted(set(curves["model"].dropna().astype(str)))))
    n = curves["n_labels"].astype(float)
    parts.append(f"measured from {count(n.min())} to {count(n.max())} labels")
    if "seed" in curves.columns:
        parts.append(f"{plural(curves['seed'].nunique(), 'seed')} (runs)")
    rests = "; ".join(f"{r.strategy}: {r.basis}" for r in decision.strategies if r.basis)
    return ", ".join(parts) + (f". Labels to target rest on: {rests}." if rests else ".")


def budget_rows(frame) -> list[dict]:
    """The reverse question's table (``planner.decide.whatif.accuracy_for_budget``), every cell formatted."""
    return [{k: v for k, v in row.items() if k != "capped"} for row in _budget_cells(frame)]


def budget_note(frame) -> str:
    """The note under the reverse question's table (:func:`table_note`): empty where no cell is capped."""
    return table_note(_budget_cells(frame), BUDGET_CAPPED)


def _budget_cells(frame) -> list[dict]:
    """:func:`budget_rows` with each row's ``capped`` columns (read "more than": :func:`table_note`)."""
    out = []
    for r in frame.to_dict("records"):
        lo, hi = r.get("accuracy_low"), r.get("accuracy_high")
        far = set(r.get("beyond_limit") or ())

        def acc(key: str) -> str:
            return beyond_limit(accuracy(r[key]), compact=True) if key in far and _finite(r[key]) else accuracy(r[key])

        span = (acc("accuracy_low") if "accuracy_low" in far else f"{acc('accuracy_low')} to "
                f"{acc('accuracy_high')}") if _finite(lo) and _finite(hi) else "-"
        capped = ("accuracy",) * ("accuracy" in far and _finite(r["accuracy"])) + ("range",) * (
            span != "-" and bool(far & {"accuracy_low", "accuracy_high"}))
        out.append({
            "strategy": r["strategy"], "labels": count(r["labels"]), "total": money(r["total_cost"]),
            "accuracy": acc("accuracy"), "range": span,
            "best": bool(r.get("best")), "note": r.get("note") or "", "capped": capped,
        })
    return out


#: The reverse question's columns that may read a figure carried at the extrapolation limit.
BUDGET_CAPPED = ("accuracy", "range")
#: The page's reverse-question table: its columns, in order (the cells are ``KEY_text``, :func:`budget_rows`).
BUDGET_TABLE = ("strategy", "labels_text", "total_text", "accuracy_text", "range_text", "best", "note")


def budget_text(frame, *, metric: str = "accuracy", dollars=None, labels=None, pool=None,
                level: float = 0.8) -> str:
    """``alplan budget``'s answer: what the budget buys per strategy (:func:`planner.decide.whatif.accuracy_for_budget`),
    the page's reverse question in a table."""
    what = (f"{money(dollars)} in all (labels, engineering, compute, delay)" if dollars is not None
            else plural(labels, "label"))
    head = f"What {what} buys" + (f", within the pool of {plural(pool, 'label')}" if pool else "")
    rows = _budget_cells(frame)
    heads = ["strategy", "labels", metric_words(metric), f"{round(100 * level)}% range", "labels $", "total",
             "note"]
    label_cost = list(frame["label_cost"]) if "label_cost" in frame else [math.nan] * len(rows)
    cells = [[r["strategy"] + (" (best)" if r["best"] else ""), r["labels"], r["accuracy"], r["range"],
              money(c) if _finite(c) else "-", r["total"] if r["total"] != "n/a" else "-", r["note"]]
             for r, c in zip(rows, label_cost)]
    note = table_note(rows, BUDGET_CAPPED)
    return "\n".join([head] + _table_text(heads, cells) + ([f"note: {note}"] if note else []))


# ------------------------------------------------------------------ a running campaign


def ceiling_line(ceiling: dict) -> str:
    """A proxy's score with its whole pool labeled (:func:`planner.decide.inputs.ceiling_for`), in words."""
    metric = str(ceiling.get("metric") or "accuracy")
    named = "" if metric == "accuracy" else f" {metric_words(metric)}"
    if ceiling.get("given"):  # the user's own measurement (the page's whole-pool score, the CLI's --pool-accuracy)
        return (f"With the whole pool labeled your model measured {accuracy(ceiling['accuracy'])}{named} (as you "
                "entered it): no path reaches more.")
    return (f"With the proxy's whole pool of {count(ceiling['n_pool'])} labeled, the model measures "
            f"{accuracy(ceiling['accuracy'])}{named} ({plural(ceiling['seeds'], 'seed')}): no path reaches more "
            "within that pool (set a pool size to price another).")


def order_text(o, name: str | None = None, campaign: str | None = None) -> str:
    """A campaign's next order (:class:`planner.decide.campaign.OrderAdvice`) in words: the action, what it rests on.

    ``name``: what to call the curve (``"your campaign"`` when the file named no strategy). ``campaign``: the
    folder of the ``alplan campaign`` read, whose command places the order.
    """
    place = (f"`alplan campaign next {campaign} --batch-size {int(round(float(o.order)))}`"
             if campaign and _finite(o.order) else "")
    m = metric_words(getattr(o, "metric", "accuracy"))
    target = target_text(o.target) + ("" if m == "accuracy" else f" {m}")
    conf = percent(o.confidence)
    meas = (f"measured {accuracy(o.measured)} at {plural(o.current_labels, 'label')} ({o.test_noise})"
            if _finite(o.measured) else "")
    evidence = (f"the rounds and that test put the {m} here at {accuracy(o.accuracy_now)} "
                f"(80% range {accuracy(o.accuracy_now_low)} to {accuracy(o.accuracy_now_high)}), "
                f"P(true {m} >= {target_text(o.target)}) = {percent(o.p_true)}")
    within = (f"within the {o.budget_source} ({plural(o.budget_labels, 'label')})"
              if _finite(o.budget_labels) else "at all")
    if o.action == "stop":
        if o.measured_hit:
            head = (f"Stop: the target {target} is met - {meas} meets it, and nothing in the rounds says it is "
                    f"noise ({evidence}; confidence asked: {conf}).")
        else:
            head = (f"Stop: the target {target} is met with probability {percent(o.p_true)} (asked: {conf}) - "
                    f"{meas}; {evidence}.")
    elif o.action == "give up":
        recorded = (f" (in replayed campaigns, a later test met the target after "
                    f"{percent(o.p_within_recorded)} of the answers stating that)"
                    if _finite(getattr(o, "p_within_recorded", math.nan)) else "")
        level = getattr(o, "give_up_below", math.nan)
        allowed = (f"at most the {percent(level)} you set to give up at" if _finite(level)
                   else f"at most the {percent(1 - o.confidence)} that {conf} confidence allows")
        head = (f"Give up on {target}: it is reached {within} in only {percent(o.p_within_budget)} of the "
                f"forecasts{recorded}, {allowed}; lower the target, raise the budget, change the model, or "
                "measure more rounds to be sure.")
    else:
        at_conf = (f"{figure(o, 'order_at_confidence', count, 'more labels')} reach it with probability {conf}"
                   if "order_at_confidence" in _beyond(o) else
                   f"{plural(o.order_at_confidence, 'more label', 'more labels')} reach it with probability {conf}"
                   if _finite(o.order_at_confidence) else f"no order within the budget reaches it with probability {conf}")
        risk = ("" if o.p_within_budget >= 0.995 else
                f" The target is reached {within} in {percent(o.p_within_budget)} of the forecasts; the order is "
                "sized for those, and the next rounds will tell.")
        if o.reason == "learn" and o.learn:
            share = float(o.learn["value_share"])
            counted = ("" if share >= 1 else
                       f" (the forecast's own estimate; {percent(share)} of it, {money(share * o.learn['value'])}, is "
                       "counted, since replayed campaigns realized less)")
            head = (f"Order {plural(o.order, 'label')} (one round{': ' + place if place else ''}) to learn before "
                    "a larger order: what its "
                    f"measurement tells is worth {money(o.learn['value'])} in expected savings{counted} against "
                    f"{money(o.learn['cost'])} of extra cost for stepping (expected total "
                    f"{money(o.learn['cost_with'])} with the round, {money(o.learn['cost_without'])} ordering "
                    f"{count(o.learn['order_without'])} now); {at_conf}.{risk}")
        elif "order" in _beyond(o):
            head = (f"Order {figure(o, 'order', count, 'labels')} to reach the target {target}; measure further "
                    f"before ordering that many; {at_conf}.{risk}")
        else:
            head = (f"Order {plural(o.order, 'label')} next{' (' + place + ')' if place else ''}: then the target "
                    f"{target} is reached with probability "
                    f"{percent(o.p_reach_after)}, in {o.expected_orders:.1f} orders on average "
                    f"({money(o.per_order_cost)} an order besides its labels); {at_conf}.{risk}")
        if o.measured_hit:
            head += (f" The {meas} meets the target, but it cannot be trusted: {evidence}, at most the "
                     f"{percent(1 - o.confidence)} that {conf} confidence allows.")
    if _finite(o.labels_needed):
        hi = (figure(o, "labels_needed_high", count) if _finite(o.labels_needed_high)
              else "not reached in the upper forecasts")
        needed = (f"Labels needed in all: {figure(o, 'labels_needed', count)} ({round(100 * 0.8)}% range "
                  + (f"{figure(o, 'labels_needed_low', count)})" if "labels_needed_low" in _beyond(o)
                     else f"{count(o.labels_needed_low)} to {hi})"))
    else:
        needed = "Labels needed in all: not reached in most forecasts"
    lines = [head]
    if _finite(o.budget_labels) and _finite(getattr(o, "budget_accuracy", math.nan)):
        lines.append(f"{budget_buys(o)} {accuracy(o.budget_accuracy)} (80% range {accuracy(o.budget_accuracy_low)} "
                     f"to {accuracy(o.budget_accuracy_high)}); it reaches {target} in {percent(o.p_within_budget)} "
                     "of the forecasts.")
    basis = o.basis if not name else f"{name}, {o.basis}"
    lines.append(f"{needed}. Rests on: {basis}.")
    track = replan_track_line(o)
    if track:
        lines.append(track)
    lines += [f"note: {_named(n, o.strategy, name)}" for n in order_notes(o, campaign=campaign is not None)]
    return "\n".join(lines)


#: The single-run note's advice for a campaign: it is one run, and cannot be run again with other seeds.
CAMPAIGN_SINGLE_RUN_ADVICE = ("each round this campaign measures narrows it (a campaign is one run of its seed: "
                              "simulate 3 or more seeds on a proxy data set to see the spread)")


def order_notes(o, *, campaign: bool = False) -> list[str]:
    """A campaign's notes (:class:`planner.decide.campaign.OrderAdvice`): those it carries, then, where the
    target lies within the test's noise of what the budget buys, :func:`near_noise_note`. ``alplan replan --json``
    prints these as the order's ``notes``; ``campaign``: read from a campaign's folder, the single-run note
    advises what a campaign can do (:data:`CAMPAIGN_SINGLE_RUN_ADVICE`)."""
    from planner.decide.notes import SINGLE_RUN_ADVICE

    notes = list(o.notes)
    if campaign:
        notes = [n[:-len(SINGLE_RUN_ADVICE)] + CAMPAIGN_SINGLE_RUN_ADVICE if n.endswith(f"; {SINGLE_RUN_ADVICE}")
                 else n for n in notes]
    tell = getattr(o, "test_size_to_tell", math.nan)
    if _finite(tell):
        notes.append(near_noise_note(o.budget_accuracy, o.target, o.budget_accuracy_se, o.confidence, tell))
    return notes


def _named(note: str, strategy: str, name: str | None) -> str:
    """``note`` with the curve's internal strategy name at its start (a note such as "random (ends at 0.88): ...")
    replaced by ``name``, what the user calls the curve (``"your campaign"`` when the file named no strategy)."""
    if name and note.startswith((f"{strategy}:", f"{strategy} (")):
        return name + note[len(strategy):]
    return note


def replan_track_line(o) -> str | None:
    """How answers like this one fared in replayed campaigns held out from every fit
    (:attr:`planner.decide.campaign.OrderAdvice.track_record`); None without one."""
    t = getattr(o, "track_record", None)
    if t is None:
        return None
    head = (f"Track record: in campaigns replayed on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark, "
            f"after {'give-ups' if t.action == 'give up' else 'orders' if t.action == 'order' else 'answers'} "
            f"stating a {t.band} chance of reaching the target within the budget")
    spread = f"({percent(t.task_low)} to {percent(t.task_high)} in 8 of 10 tasks)"
    if t.action == "give up":
        return (f"{head}, a later test of the same run would have met the target within the budget in "
                f"{percent(t.hit_later)} of them {spread}.")
    return f"{head}, a later test met the target within the budget after {percent(t.hit_later)} of them {spread}."


def near_noise_note(level: float, target: float, se: float, confidence: float, tell: float) -> str:
    """A give-up's words when the target is within the test's noise of the accuracy ``level`` the budget buys: ``se``
    is one measurement's standard error there, ``tell`` the test-set size that tells the two apart
    (:func:`planner.decide.campaign.tell_apart_size`)."""
    from scipy.special import ndtr

    lucky = float(ndtr((level - target) / se))
    return (f"the target {target_text(target)} is within this test's noise of the {accuracy(level)} the "
            f"forecasts put at the budget: with +/-{100 * se:.1f} points a measurement, one reading in "
            f"{max(round(1 / lucky), 1):,} there meets the target even if the accuracy stays at "
            f"{accuracy(level)} ({percent(lucky)}), so such a reading would not tell. A test set of about "
            f"{tell:,.0f} examples tells {target_text(target)} from {accuracy(level)} with "
            f"{percent(confidence)} confidence: a larger test set, not more labels, is what decides this target")


def budget_buys(o) -> str:
    """"The budget (N labels) buys": with a dollar budget, what it is (dollars still to spend) and what it pays
    for (the labels left after the fixed costs of every order the schedule can place)."""
    dollars = getattr(o, "budget_dollars", math.nan)
    orders = int(getattr(o, "budget_orders", 1) or 1)
    fees = (f"one order's fixed cost ({money(o.per_order_cost)})" if orders == 1 else
            f"the fixed costs of up to {orders:,} orders ({money(o.per_order_cost)} each, "
            f"{money(orders * o.per_order_cost)} if every order falls short)")
    if not _finite(dollars):
        return f"The {o.budget_source} ({plural(o.budget_labels, 'label')}) buys"
    more = o.budget_labels - o.current_labels
    if not o.budget_source.startswith("$"):   # the pool or the labels budget comes first: the dollars cover it
        return (f"The {o.budget_source} ({plural(o.budget_labels, 'label')}; the {money(dollars)} still to spend "
                f"covers its {plural(more, 'more label', 'more labels')} and {fees}) buys")
    return (f"The {money(dollars)} still to spend (what was spent before not counted) buys "
            f"{plural(more, 'more label', 'more labels')} ({count(o.budget_labels)} in all) after {fees}, which buy")


#: The page's help for the campaign's confidence: it sets the stop and the give-up (README, "Where steering is
#: known to fall short", has the trade-off as replayed).
CAMPAIGN_CONFIDENCE_HELP = ("Stop once the target is reached with this probability; give up when fewer than 1 minus "
                            "this of the forecasts reach it within the budget. Higher: fewer wrong give-ups, more "
                            "spent before giving up on a target out of reach.")
#: The campaign's facts besides its rounds: (key, label, step, upper end or None, help); 0 means "not given".
CAMPAIGN_INPUTS = (
    ("campaign_test_size", "Test set size (examples)", 100, None, "Examples in the test set that measured the "
     "accuracy: its noise decides whether a measured hit is trusted. 0 = estimate it from the rounds' scatter."),
    ("campaign_budget", "Budget (labels in all)", 500, None, "Labels the campaign may have in all, those already "
     "labeled included. 0 = no cap but the pool."),
    ("campaign_budget_dollars", "Budget left ($)", 100.0, None, "Dollars still to spend from now on (what was spent "
     "before not counted), on labels and every order's fixed cost: the whole schedule of orders fits in it. "
     "0 = no cap."),
    ("campaign_order_cost", "Fixed cost per order ($)", 50.0, None, "Besides its labels, the compute and the "
     "turnaround delay in the sidebar: a vendor fee, engineering per round. Dearer orders mean fewer, larger ones."),
    ("campaign_give_up_below", "Give up below (P)", 0.01, 0.99, "With a budget or the pool: give up when, in replayed "
     "campaigns, a later test met the target after at most this share of answers like this one (`alplan replan "
     "--give-up-below`). Lower: fewer wrong give-ups, more spent on targets out of reach. 0 = 1 - the confidence."),
)


def order_metrics(o) -> tuple[Metric, ...]:
    """The campaign answer's headline numbers (the page shows them under :func:`order_text`)."""
    ordering = o.action == "order"
    return (
        Metric("Next order (labels)", figure(o, "order", count) if ordering else o.action,
               help="Labels to buy next (rounded to whole batches); 'stop' once the target is reached with the "
                    "confidence asked; 'give up' once it is out of reach with that confidence."),
        Metric("P(reached after it)", percent(o.p_reach_after),
               help="Share of the forecasts (from the rounds measured so far) that reach the target after the "
                    "next order."),
        Metric(f"Order for {percent(o.confidence)} confidence",
               figure(o, "order_at_confidence", count) if ordering else o.action,
               help="Labels to buy now to reach the target with this probability in one order."),
        Metric("Expected orders", f"{o.expected_orders:.1f}" if ordering else "-",
               help="Orders the cheapest schedule places on average until the target is reached."),
        Metric("P(true accuracy ≥ target) now", percent(o.p_true),
               help="From the rounds measured so far and the test set's noise."),
        Metric("Budget buys", accuracy(o.budget_accuracy) if _finite(o.budget_accuracy) else "-",
               help="The accuracy at the budget (or the pool), median of the forecasts; the range is in the text."),
    )


def stop_text(s, order=None, name: str | None = None) -> str:
    """The dollar-optimal stop (:class:`planner.decide.campaign.StopAdvice`) in words.

    With the ``order`` advice beside it: once the order says stop (the
    target is reached), buying on is worded as what accuracy beyond the
    target is worth, never as a second, contrary instruction.
    """
    who = name or s.strategy
    until = figure(s, "labels", count, "labels") if "labels" in _beyond(s) else f"~{count(s.labels)} labels"
    head = (f"{who}: buying pays until {until} ({round(100 * s.level)}% range "
            f"{count_range(s.labels_low, s.labels_high, beyond=_beyond(s))}) at {money(s.value_per_point)} per "
            "accuracy point")
    gain = 100 * s.expected_gain_next
    now = (f"the next batch is expected to buy {gain:.2f} points ({money(s.value_per_point * gain)}) for "
           f"{money(s.cost_next)}")
    if s.stop_now:
        verdict = "stop buying now"
    elif order is not None and order.action == "stop":
        verdict = ("the target is reached; buy on only if accuracy beyond the target is worth "
                   f"{money(s.value_per_point)} a point to you")
    elif order is not None and order.action == "give up":
        verdict = "each batch still buys more accuracy than it costs, though the target stays out of reach"
    else:
        verdict = "keep buying"
    return f"{head}; {now}: {verdict}. Rests on: {s.basis}."


def campaign_text(order, stop=None, name: str | None = None, campaign: str | None = None) -> str:
    """The CLI's and the page's answer for a running campaign: the order, then the stop (when asked); ``campaign``:
    the folder of the ``alplan campaign`` read (the order names its command)."""
    return order_text(order, name, campaign) + ("" if stop is None else "\n" + stop_text(stop, order, name))


# ------------------------------------------------------------------ alplan fit


def _table_text(heads: list[str], cells: list[list[str]]) -> list[str]:
    """A plain-text table, every column as wide as its widest cell (nothing cut), the first left-aligned."""
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(heads)]

    def line(values):
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths)))

    return [line(heads), "-" * len(line(heads)), *(line(r) for r in cells)]


def fit_text(summary) -> str:
    """``alplan fit``'s table (:class:`planner.present.fit_summary.FitSummary`): labels to the target per strategy."""
    from planner.forecast.regime import FEW_POINTS

    unit = "labels" if getattr(summary, "in_cost", None) is None else "cost"
    what = "Labels" if unit == "labels" else "Annotation cost (the curves' annotation_cost, in its unit)"
    lines = [f"{what} to reach {metric_words(getattr(summary, 'metric', 'accuracy'))} {target_text(summary.target)} "
             f"({percent(summary.level)} range); "
             f"{summary.metric_note}."]
    lines += [f"{note}." for note in summary.notes]
    cells = [[s.strategy, figure(s, "labels", count, compact=True) if _finite(s.labels) else NOT_REACHED,
              count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=_beyond(s), compact=True),
              percent(s.p_unreachable),
              accuracy(s.asymptote), f"{accuracy(s.asymptote_low)} to {accuracy(s.asymptote_high)}",
              (f"too young to tell ({FEW_POINTS} counts or fewer)" if s.regime.endswith(":young") else
               {"rise": "rising", "level": "levelling off"}.get(s.regime.split(":")[0], "-")),
              ", ".join(f"{k} {v:.2f}" for k, v in s.families.items())]
             for s in summary.strategies]
    lines += _table_text(["strategy", unit, f"{percent(summary.level)} range", "P(not reached)", "plateau",
                          f"plateau {percent(summary.level)} range", "at its end", "families"], cells)
    capped = [{"capped": ("labels",) * (_finite(s.labels) and "labels" in _beyond(s))
               + ("range",) * (count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=_beyond(s))
                               != count_range(s.labels_low, s.labels_high, n_max=s.n_max))}
              for s in summary.strategies]
    if note := table_note(capped, ("labels", "range")):
        lines.append(f"note: {note}")
    if unit == "cost":
        lines.append(in_cost_line(summary))
    return "\n".join(lines)


def in_cost_line(summary) -> str:
    """``alplan fit --in-cost``'s closing line: what each strategy paid a label, and the cost to target priced."""
    paid = "; ".join(f"{k} {v:.3g}" for k, v in summary.in_cost.per_label.items())
    line = f"Measured cost per label (summed cost over summed labels): {paid}."
    if summary.price_per_unit is None:
        return line + " Give --price-per-unit to price the cost in dollars."
    priced = []
    for s in summary.strategies:
        if not _finite(s.labels):
            priced.append(f"{s.strategy} {NOT_REACHED}")
            continue
        high = summary.dollars(s.labels_high)
        priced.append(f"{s.strategy} {money(summary.dollars(s.labels))} ({money(summary.dollars(s.labels_low))} to "
                      + (money(high) if math.isfinite(high) else NOT_REACHED) + ")")
    return line + f" At ${summary.price_per_unit:g} a unit, the cost to target: " + "; ".join(priced) + "."


# ------------------------------------------------------------------ the page's inputs and its own lines

#: The page's number inputs: widget key -> (label, help, number_input options); the campaign's order inputs
#: are :data:`CAMPAIGN_INPUTS`.
PAGE_INPUTS: dict[str, tuple[str, str | None, dict]] = {
    "target": ("Target", "The score to reach (0-1).", dict(min_value=0.05, max_value=0.999, step=0.005,
                                                              format="%.3f")),
    "label_price": ("Label price ($ per label)", "What one label costs you, before QA overhead.",
                    dict(min_value=0.0001, step=0.01, format="%.4f")),
    "qa_multiplier": ("QA / overhead multiplier", "Multiplies the label cost: 1.2 = 20% extra for review and "
                      "overhead.", dict(min_value=1.0, step=0.05)),
    "engineering_days": ("Engineering days to set up AL", "One-off engineering time to build the active-learning "
                         "loop.", dict(min_value=0.0, step=1.0)),
    "day_rate": ("Day rate ($)", "Cost of one engineering day.", dict(min_value=0.0, step=50.0)),
    "salary": ("Yearly salary ($)", "Fully loaded yearly cost of the engineer.", dict(min_value=0.0, step=5000.0)),
    "working_weeks": ("Working weeks per year", "A day costs salary / (5 x working weeks).",
                      dict(min_value=1.0, max_value=52.0, step=1.0)),
    "compute_per_round": ("Compute per AL round ($)", "Retraining and scoring the pool once (GPU hours x price).",
                          dict(min_value=0.0, step=0.5)),
    "turnaround_days": ("Turnaround per batch (days)", "Calendar days from sending a batch to the labelers to "
                        "getting it back.", dict(min_value=0.0, step=0.5)),
    "batch_size": ("AL batch size (labels per round)", "Labels bought per active-learning round; empty: the batch "
                   "size of the curves.", dict(value=None, min_value=1, step=10, placeholder="as in the curves")),
    "pool_size": ("Unlabeled pool size", "Examples available to label: no path can buy more than this; empty: no "
                  "limit.", dict(value=None, min_value=1, step=1000, placeholder="unlimited")),
    "delay_cost_per_day": ("Cost of a day's delay ($)", "Optional: what each calendar day until the target costs "
                           "you.", dict(min_value=0.0, step=100.0)),
    "n_classes": ("Classes in your task", "Used by the label-noise correction (noisy labels are worth less with "
                  "fewer classes); empty: the classes of the data the curves come from.",
                  dict(value=None, min_value=2, step=1, placeholder="from the data")),
    "label_error": ("Label error rate", "Share of bought labels that are wrong; empty: the vendor's error rate, else "
                    "the noise the curves were simulated at.", dict(value=None, min_value=0.0, max_value=0.99, step=0.01,
                                                                   format="%.3f",
                                                                   placeholder="the vendor's, else as simulated")),
    "votes": ("Votes per item", "Labels bought per item, majority vote: the price times the votes, fewer errors.",
              dict(min_value=1, max_value=15, step=1)),
    "confidence": ("Confidence for the label budget", "'Buy N labels to reach the target with this probability' "
                   "below the verdict.", dict(min_value=0.5, max_value=0.99, step=0.05, format="%.2f")),
    "sim_seeds": ("Seeds", None, dict(min_value=1, max_value=20, step=1)),
    "sim_initial": ("Initial labels", None, dict(min_value=2, step=10)),
    "sim_batch": ("Batch size", None, dict(min_value=1, step=10)),
    "sim_rounds": ("Rounds", "Rounds after the initial labels: at least 2, so a curve has 3 label counts.",
                   dict(min_value=2, max_value=500, step=5)),
    "pool_score": ("Whole-pool score (optional)", "The score (0-1, on the target metric) your model measured with "
                   "every example of the pool labeled: no forecast goes above it (`alplan plan --pool-accuracy`). "
                   "Empty: not measured.", dict(value=None, min_value=0.001, max_value=1.0, step=0.01, format="%.3f",
                                                placeholder="not measured")),
    "campaign_confidence": ("Confidence for the order", CAMPAIGN_CONFIDENCE_HELP,
                            dict(min_value=0.5, max_value=0.99, step=0.05, format="%.2f")),
    "value_per_point": ("What one accuracy point is worth ($)", "Dollars one accuracy point (0.01) is worth to you; "
                        "0 = skip the optimal-stop advice.", dict(min_value=0.0, step=100.0)),
    "budget": ("Budget ($)", "Everything included: labels, engineering, compute and delay.",
               dict(min_value=1.0, step=500.0)),
}


#: The bounds of a page input, checked by :func:`out_of_range` (the widget itself takes any number, so a value
#: out of bounds reaches the page and is named there, rather than only turning its box red).
BOUNDS = ("min_value", "max_value")


def page_input(key: str) -> tuple[str, str | None, dict]:
    """``(label, help, number_input options)`` of :data:`PAGE_INPUTS` ``key``; its bounds are left to
    :func:`out_of_range`."""
    label, text, options = PAGE_INPUTS[key]
    return label, text, {k: v for k, v in options.items() if k not in BOUNDS}


def out_of_range(values, keys) -> str | None:
    """The first of the page's number inputs ``keys`` whose value in ``values`` lies outside its bounds
    (:data:`PAGE_INPUTS`), or is empty where it may not be, as one line naming the input and the fix; None when
    every one is within them."""
    for key in dict.fromkeys(keys):
        label, _, options = PAGE_INPUTS[key]
        value, low, high = values.get(key), options.get("min_value"), options.get("max_value")
        if value is None and "value" in options:  # may be left empty: not given
            continue
        if value is None:
            return f"{label} is empty: enter a number{'' if low is None else f' of at least {low:g}'}; the verdict waits"
        if low is not None and not value >= low:
            return f"{label} is {value:g}, below its least value {low:g}: enter {low:g} or more; the verdict waits"
        if high is not None and not value <= high:
            return f"{label} is {value:g}, above its greatest value {high:g}: enter {high:g} or less; the verdict waits"
    return None


def failure_line(exc: BaseException, name: str) -> str:
    """Why the page shows no verdict, in one line: a refused input's own line (``ValueError``, ``OSError``), else
    what failed on the curves ``name`` and what to try."""
    first = _first_line(exc, type(exc).__name__)
    if isinstance(exc, (ValueError, OSError)):
        return first
    return (f"no verdict on {name}: {type(exc).__name__}: {first}; change an input or the curves, and report this "
            "if it stays")


def setup_lines(setup) -> list[str]:
    """What completing the page's scenario decided (:class:`planner.decide.inputs.Setup`), in words: the pool a
    labeled file caps, the classes assumed, the whole-pool accuracy applied."""
    lines, s, entered = [], setup.scenario, setup.pool_entered
    if setup.pool_capped:
        held = setup.source.test_rows
        lines.append(f"Pool: the {plural(setup.source.pool, 'row')} of {setup.source.name}"
                     + (f" left once its {plural(held, 'row')} of test split are held out" if held else "")
                     + (f" (not the {count(entered)} entered: the file holds fewer)" if entered else "")
                     + "; no path can buy more labels than that.")
    if setup.classes_assumed:
        lines.append(f"Classes: {s.n_classes} assumed for the label-noise correction (a pilot curve does not say); "
                     "set 'Classes in your task' in the sidebar.")
    if setup.ceiling:
        lines.append(ceiling_line(setup.ceiling))
    return lines


def batch_line(curves_batch: int, your_batch) -> str | None:
    """Why a batch other than the curves' changes the rounds, not the labels (None when they agree)."""
    if your_batch is None or int(your_batch) == curves_batch:
        return None
    return (f"Labels to target are as measured with AL batches of {curves_batch}: your batch of {int(your_batch)} "
            "changes only the number of rounds (their compute and turnaround), not the labels; simulate at batch "
            f"{int(your_batch)} to measure its effect.")


def _on_workers(workers: int) -> str:
    return f" on {workers} workers" if workers > 1 else " on one process"


def simulation_line(n_runs: int, n_rounds: int, duration: str, cancelled: bool, workers: int = 1) -> str:
    """Why the page asks before a simulation: the user cancelled it, or it is long (``duration``: measured, its
    runs spread over ``workers`` processes)."""
    why = "You cancelled the simulation" if cancelled else "This simulation is long"
    return (f"{why}: {n_runs} runs of {n_rounds // max(n_runs, 1)} rounds, about {duration}{_on_workers(workers)} "
            "on this machine (measured). Fewer seeds, strategies or rounds, or the logreg model, make it shorter; "
            "finished runs are kept.")


def simulating_line(n_runs: int, duration: str, workers: int = 1) -> str:
    """The caption while a simulation runs: its runs, the time it was measured to take, and on how many workers."""
    return f"Simulating {n_runs} runs: about {duration}{_on_workers(workers)} (measured on this machine)."


def upload_limit_line(name: str, size: int, limit_mb: int) -> str:
    """A file over the page's upload limit."""
    return f"{name} is {size / 2**20:.1f} MB; the limit is {limit_mb} MB: upload a smaller sample"


def table_rows(strategies: list[dict], view) -> list[dict]:
    """The verdict's table (``Decision.to_dict()["strategies"]``) with this view's words per cell (``KEY_text``)
    and the recommended flag."""
    rows = []
    for fields_, words in zip(strategies, view.rows):
        row = dict(fields_, **{f"{key}_text": words[key] for key in COLUMNS})
        row.update(p_cheaper=words["p_cheaper"], range=words["range"], recommended=words["recommended"],
                   strategy_text=strategy_cell(words, page=True))   # the row `alplan plan` tags
        rows.append(row)
    return rows


#: Another AL path "clearly cheaper" than the one the rule weighs: no dearer at the median nor on average over the
#: forecasts (the average the rule's cost gate reads), and at most this share of it on one of the two.
CLEARLY_CHEAPER = 0.8


def cheaper_al_line(d) -> str | None:
    """Where another AL path is clearly cheaper than the one the rule weighs (``best_al``, whose figures the
    metrics show), a sentence naming both and why the rule weighs the dearer one; None elsewhere."""
    from planner.decide.rule import PREFERENCE, PREFERRED_AL

    rows = {r.strategy: r for r in d.strategies}
    weighed = rows.get(d.best_al) if d.best_al is not None else None
    if weighed is None or not (_finite(weighed.total_cost) and weighed.total_cost > 0):
        return None

    def ratios(r) -> tuple[float, float]:
        both = _finite(r.capped_mean_cost) and _finite(weighed.capped_mean_cost) and weighed.capped_mean_cost > 0
        mean = r.capped_mean_cost / weighed.capped_mean_cost if both else r.total_cost / weighed.total_cost
        return r.total_cost / weighed.total_cost, mean

    others = [r for r in d.strategies if r.active and r.reachable and r.strategy != weighed.strategy
              and _finite(r.total_cost) and max(ratios(r)) <= 1 and min(ratios(r)) <= CLEARLY_CHEAPER]
    if not others:
        return None
    r = min(others, key=lambda x: ratios(x)[1])
    pool = _pool(d)
    why = (f"the rule weighs {PREFERRED_AL} unless another AL path is the cheapest in a share over "
           f"{round(100 * PREFERENCE)} points above {PREFERRED_AL}'s" if weighed.strategy == PREFERRED_AL
           else "the rule weighs the AL path that is the cheapest in the most forecasts")
    average = (lambda x: f" and {money(x.capped_mean_cost)} on average" if _finite(x.capped_mean_cost) else "")
    return (f"{r.strategy} looks clearly cheaper than {weighed.strategy}, the AL path weighed above: "
            f"{approx(r.labels, pool=pool)} labels for {money(r.total_cost)} at the median{average(r)} over the "
            f"forecasts, against {approx(weighed.labels, pool=pool)} for {money(weighed.total_cost)}"
            f"{average(weighed)}; {why}. To weigh {r.strategy}, plan without {weighed.strategy}.")


def table_heads(view, curves_batch: int) -> dict[str, tuple[str, str]]:
    """The verdict table's column heads and help (``KEY_text`` -> (head, help)); the labels' name the curves' batch."""
    heads = {f"{key}_text": view.columns[key] for key in COLUMNS}
    head, text = view.columns["labels"]
    heads["labels_text"] = (head, f"{text}, as measured with AL batches of {curves_batch}")
    return heads


def budget_heads(view) -> dict[str, tuple[str, str | None]]:
    """The reverse question's column heads and help (:func:`budget_rows`, ``KEY_text``)."""
    return {"labels_text": ("labels bought", None), "total_text": ("total $", None),
            "accuracy_text": ("accuracy (median)", BEYOND_NOTE),
            "range_text": (view.band, f"accuracy over the forecasts; {BEYOND_NOTE}")}


#: The page's other words: widget key -> (label, help); a caption's key -> (text, None).
PAGE_TEXT: dict[str, tuple[str, str | None]] = {
    "intro": ("alplan simulates active-learning strategies, fits their learning curves and prices every path to your "
              "target: labels, engineering, compute and calendar time.", None),
    "price_source": ("Label price from", "Type a price per label, or take it from a vendor in the vendor table."),
    "sim_strategies": ("Strategies", "Keep 'random': it is the baseline every AL strategy is priced against."),
    "curve_file": ("Pilot learning curve (CSV: n_labels, accuracy[, strategy, seed])",
                   "One row per measurement; accuracy in 0-1 (or percent)."),
    "data_file": ("Labeled pilot data (CSV, Parquet or NPZ with arrays X and y)",
                  "Features plus a label column; it is simulated here like a proxy set."),
    "campaign_file": ("Measured rounds (CSV: n_labels, accuracy[, strategy, seed])",
                      "One row per measurement; accuracy in 0-1 (or percent)."),
    "use_transfer": ("The pilot is random sampling only: estimate the AL strategies from the proxy simulation "
                     "(label-efficiency ratios measured on the proxy)", None),
    "transfer_off": ("Transfer is off: the verdict has random sampling only, so there is no AL strategy to compare.",
                     None),
    "use_reverse_transfer": ("The pilot is one AL strategy only (a campaign's curve.csv): estimate random sampling "
                             "from the proxy simulation (that strategy's label-efficiency ratio, reversed)", None),
    "reverse_transfer_off": ("Transfer is off: the verdict has no random-sampling curve, so what AL saves is not "
                             "known.", None),
    "steer": ("Upload the rounds measured so far: the next order to reach the target with the scenario in the sidebar "
              "(prices, turnaround, delay, pool), as `alplan replan`.", None),
    "vendor": ("Vendor", "Price, turnaround and label error come from the vendor table (editable on the page)."),
    "vendor_turnaround": ("Turnaround per batch (days, the vendor's)",
                          "Calendar days per batch, from the vendor table: edit it there."),
}


def not_offered_line(model: str, refused) -> str:
    """The strategies a learner cannot serve, why, and which learners can."""
    if set(refused) <= {"bald", "mc_entropy"}:
        return (f"Not offered with {model}: {', '.join(refused)} (they need MC-dropout samples; this learner has no "
                "dropout). Choose mlp or cnn for them.")
    return (f"Not offered with {model}: {', '.join(refused)} (they need gradients or MC-dropout samples, which a "
            "scikit-learn estimator lacks). Choose mlp or cnn for them (logreg serves all but bald and mc_entropy).")
