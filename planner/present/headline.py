"""The page's headline: one sentence a manager can repeat (the decision, its typical cost and the cost to be sure)
and the tiles under it, each with its range, read from a :class:`planner.decide.results.Decision`
(:func:`headline`, :func:`headline_tiles`). Every figure is a field of the Decision, formatted as the table and the
"How sure is this?" lines format it (:mod:`planner.present.words`), so the page quotes one number once.

The longer sentence of :func:`planner.present.verdict_sentence.sentence` (why the pick, the chance, the saving) stays
the CLI's and the report's, and the page's "why" line under the tiles.
"""

from __future__ import annotations

import math

from planner.present.verdict_sentence import NO_RANDOM, break_even_text, far_money, pool_of, rows_of, saving_untold
from planner.present.verdict_view import _metrics
from planner.present.words import (RANDOM, Metric, approx, count, finite, held_labels, is_whole_pool, metric_words,
                                   minimum_billed, money, percent, plural, target_text)

__all__ = ["AL_NAME", "al_words", "headline", "headline_tiles", "standin_prefix"]

#: How the headline names active learning the once it names it: the AL pick's strategy in parentheses.
AL_NAME = "active learning ({strategy})"
#: How far (a share) the bill's whole batches must move AL's extra cost per label saved for the tile to say so.
BILLING_MOVES = 0.05
_STRATEGY_WORDS = {"margin": "margin sampling", "entropy": "entropy sampling",
                   "least_confidence": "least-confidence sampling"}


def al_words(strategy: str) -> str:
    """``active learning (margin sampling)``: AL named once, with its strategy in words."""
    return AL_NAME.format(strategy=_STRATEGY_WORDS.get(strategy, strategy))


def standin_prefix(kind: str, name: str) -> str:
    """What the headline starts with where its curves are a stand-in for the user's task (a proxy data set): ``On
    digits, a stand-in for your task: ``; empty for the user's own curves."""
    return f"On {name}, a stand-in for your task: " if kind == "proxy" else ""


def _sure(d, rec) -> str:
    """``to be 90% sure, budget $57.00 (114 labels)`` from the pick's row (``budget_at_confidence``,
    ``cost_at_confidence``), or why no budget is that sure."""
    conf = percent(d.confidence)
    if not finite(rec.budget_at_confidence) or not finite(rec.cost_at_confidence):
        return f"no budget is {conf} sure to reach it" + (f" within the pool of {count(pool_of(d))}"
                                                            if pool_of(d) else "")
    billed = getattr(rec, "labels_billed_at_confidence", math.nan)
    more = (f", billed as {count(billed)}" if (d.scenario or {}).get("min_order") and held_labels(d) <= 0
            and finite(billed) and billed > rec.budget_at_confidence + 0.5 else "")  # a minimum order's bill
    return f"to be {conf} sure, budget {money(rec.cost_at_confidence)} ({_sure_labels(d, rec)}{more})"


def _sure_labels(d, rec) -> str:
    """The labels of the budget to be ``d.confidence`` sure: ``114 labels``; ``the whole pool: 1,348 labels`` where
    that budget is every label the pool holds (:func:`planner.present.words.is_whole_pool`), so the sentence never
    quotes the whole pool as a count a reader takes for a forecast."""
    pool = pool_of(d)
    if is_whole_pool(rec.budget_at_confidence, pool):
        return f"the whole pool: {plural(pool, 'label')}"
    return plural(rec.budget_at_confidence, 'label')


def _typical(d, rec) -> str:
    """``~98 labels reach 90% accuracy for $49.10``: the pick's median labels and total, as the table says them, and
    what a vendor's minimum order bills where it bills more (``, billed as the vendor's 1,000-label minimum order``)."""
    pool = pool_of(d)
    labels = f"~{approx(rec.labels, pool=pool)} labels" if finite(rec.labels) else "the labels"
    billed = minimum_billed(getattr(rec, "labels_billed", math.nan), getattr(rec, "labels_bought", math.nan),
                            int((d.scenario or {}).get("min_order") or 0), pool)  # a minimum order: what it bills
    return (f"{labels} reach {target_text(d.target)} {metric_words(getattr(d, 'metric', 'accuracy'))} for "
            f"{money(rec.total_cost)}" + (f", {billed}" if billed and held_labels(d) <= 0 else ""))


def headline(d, prefix: str = "") -> str:
    """The decision, the typical cost and the cost to be ``d.confidence`` sure, in about 40 words; ``prefix``:
    :func:`standin_prefix` (the sentence then says its curves are a stand-in)."""
    said = _headline(d)
    return f"{prefix}{said[0].lower()}{said[1:]}" if prefix else said


def _headline(d, prefix: str = "") -> str:
    """:func:`headline` without its prefix."""
    rows = rows_of(d)
    pool = pool_of(d)
    t, m = target_text(d.target), metric_words(getattr(d, "metric", "accuracy"))
    if d.recommendation is None:
        within = f" within the pool of {plural(pool, 'label')}" if pool else ""
        return f"{prefix}No path reaches {t} {m} in most forecasts{within}: lower the target or measure further."
    rec = rows[d.recommendation]
    cost = f"{_typical(d, rec)}; {_sure(d, rec)}."
    al = d.best_al if d.best_al is not None else (rec.strategy if rec.active else None)
    if not d.can_tell:
        at = f" at ~{approx(d.decide_at_labels)} labels" if finite(d.decide_at_labels) else ""
        return (f"{prefix}Can't tell yet whether {al_words(al or 'margin')} pays: label at random for now and "
                f"decide again{at}. At random, {cost}")
    if rec.active:
        if RANDOM not in rows:
            return f"{prefix}Use {al_words(rec.strategy)}: {cost}"
        saved = ("" if saving_untold(d) or not finite(d.savings) else
                 f" It saves {far_money(d, d.savings, 'savings')} against labeling at random." if d.savings > 0 else "")
        return f"{prefix}Use {al_words(rec.strategy)}: {cost}{saved}"
    tail = ""
    if al is not None and finite(d.al_savings):
        extra = -d.al_savings
        tail = (f" {al_words(al).capitalize()} would cost {money(extra)} more." if extra > 0
                else f" {al_words(al).capitalize()} would cost {money(-extra)} less, but is cheaper in too few "
                     "forecasts to pick.")
    return f"{prefix}Label at random: {cost}{tail}"


def _cost_tile(d, band: str) -> Metric | None:
    """The pick's total with its range over the forecasts and the budget to be ``d.confidence`` sure."""
    rec = rows_of(d).get(d.recommendation)
    if rec is None:
        return None
    lo, hi = getattr(rec, "total_cost_low", None), getattr(rec, "total_cost_high", None)
    span = (f"{band} {money(lo)} to {money(hi) if finite(hi) else 'not reached'}" if finite(lo) else "")
    whole = " (the whole pool)" if is_whole_pool(rec.budget_at_confidence, pool_of(d)) else ""
    sure = (f"{percent(d.confidence)} sure: {money(rec.cost_at_confidence)}{whole}"
            if finite(rec.cost_at_confidence) else "")
    return Metric("Cost to target", money(rec.total_cost), "; ".join(x for x in (span, sure) if x),
                  help="The recommended path's total (labels, engineering, compute, delay) at the median labels; "
                       "the range is its total over the forecasts; 'sure' is the budget that reaches the target "
                       "with the confidence set in the sidebar (the \"How sure is this?\" line).")


def _more_or_less(x: float) -> str:
    """AL's extra cost in words: ``$12.50 more`` / ``$3.00 less``."""
    return f"{money(x)} more" if x >= 0 else f"{money(-x)} less"


def _extra_range(d, band: str) -> str:
    """Where random is the pick: the range of AL's extra cost over random's (the record's ``al_savings_low`` and
    ``al_savings_high``, negated), ``80% range $3.00 less to $40.00 more``; empty where either is not quoted."""
    if d.recommendation != RANDOM or d.best_al is None:
        return ""
    lo, hi = getattr(d, "al_savings_low", None), getattr(d, "al_savings_high", None)
    if not (finite(lo) and finite(hi)):
        return ""
    return f"{band} {_more_or_less(-hi)} to {_more_or_less(-lo)}"


def _billing_clause(d) -> str:
    """Where whole batches move the break-even price off AL's extra cost over the labels it saves (that cost over the
    labels random's row bills less the AL pick's lies more than :data:`BILLING_MOVES` from it, and nearer the quoted
    price): the clause that says so; empty elsewhere, a count not quoted or no price the break-even."""
    rows = rows_of(d)
    if d.best_al is None or RANDOM not in rows or not finite(d.break_even_label_price) \
            or not d.break_even_label_price > 0:
        return ""
    al, rnd = rows[d.best_al], rows[RANDOM]
    if any("labels" in getattr(r, "beyond_limit", ()) for r in (al, rnd)):
        return ""
    billed = getattr(rnd, "labels_billed", None), getattr(al, "labels_billed", None)
    if not all(finite(x) for x in (*billed, rnd.labels, al.labels)):
        return ""
    fewer, saved = billed[0] - billed[1], rnd.labels - al.labels
    extra = al.total_cost - al.label_cost - (rnd.total_cost - rnd.label_cost)   # engineering, compute, delay
    if not (fewer > 0 and saved > 0 and finite(extra) and extra > 0):
        return ""
    said, bill, even = extra / saved, extra / fewer, d.break_even_label_price
    if abs(bill - said) <= BILLING_MOVES * said or abs(even - bill) >= abs(even - said):
        return ""   # the bill barely moves it, or moves it away from the quote: something else sets the price
    return "labels are paid in whole batches, so not AL's extra cost ÷ the labels it saves"


def headline_tiles(d) -> tuple[Metric, ...]:
    """The tiles under the headline, each with its range: the path, its cost, the saving or AL's extra cost, the
    chance that AL is cheaper and the break-even label price."""
    from planner.decide.rule import UNDECIDED   # lazy: start-up time (pandas, scipy)

    band = f"{round(100 * d.level)}% range"
    path, vs, chance, even = _metrics(d)  # the saving's range: its caption; AL's extra cost's: _extra_range
    tiles = [path]
    if (cost := _cost_tile(d, band)) is not None:
        tiles.append(cost)
    if not vs.caption and (span := _extra_range(d, band)):
        vs = Metric(vs.label, vs.value, span, vs.help + " The range is that of the difference over the forecasts.",
                    named=vs.named)
    tiles.append(vs)
    rule = f"AL is picked at {percent(UNDECIDED[1])} and above, if also cheaper on average"
    if chance.value not in ("n/a", NO_RANDOM):
        chance = Metric(chance.label, chance.value, rule, chance.help)
    tiles.append(chance)
    lo, hi = getattr(d, "break_even_label_price_low", None), getattr(d, "break_even_label_price_high", None)
    if not even.caption and finite(lo) and break_even_text(d) not in ("none", NO_RANDOM):
        even = Metric(even.label, even.value, f"{band} {money(lo)} to {money(hi) if finite(hi) else 'no price'}",
                      even.help)
    if billed := _billing_clause(d):
        even = Metric(even.label, even.value, "; ".join(x for x in (even.caption, billed) if x),
                      even.help + " Whole batches are billed, so it is not AL's extra cost divided by the median "
                                  "labels it saves.")
    tiles.append(even)
    return tuple(tiles)
