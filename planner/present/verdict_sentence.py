"""The verdict in sentences: the one sentence a manager repeats, the break-even line and the label budget, read from a
:class:`planner.decide.results.Decision` (the track record's and the pilot's lines:
:mod:`planner.present.evidence_lines`).

:mod:`planner.present.verdict_view` puts them beside the tiles and the table. Nothing here computes a number the
Decision does not hold: it picks, words and formats (the formats: :mod:`planner.present.words`).
"""

from __future__ import annotations

import math

from planner.decide.campaign.counts import labels_doubled
from planner.present.words import (MORE_THAN_POOL, RANDOM, approx, beyond_fields, beyond_limit, billed_aside, count,
                                   count_range, curve_note, days, far_count, figure, finite, held_labels, in_hand,
                                   is_whole_pool, metric_words, money, percent, plural, split_percents, target_text)

__all__ = ["NO_RANDOM", "START_RANDOM", "break_even_line", "break_even_range", "break_even_text", "budget_line",
           "chance_step_text", "chance_text", "cheapest_in", "cheapest_texts", "far_money", "pool_of", "premium_part",
           "price_line", "rows_of", "saving_untold", "sentence", "strategies_words", "without_random"]

def pool_of(d):
    pool = (d.scenario or {}).get("pool_size")
    return None if pool is None else int(pool)


def rows_of(d) -> dict:
    return {r.strategy: r for r in d.strategies}


def far_money(d, x, key: str = "") -> str:
    """A dollar figure of the verdict (``key`` its field): none beyond what labeling the whole pool costs,
    and one the verdict lists in ``beyond_limit`` read as beyond the measurements (:func:`beyond_limit`)."""
    if key and key in beyond_fields(d):   # a saving against random priced at its limit: "more than" it
        return beyond_limit(money(x) if finite(x) else "-")
    if not finite(x):
        return money(x)
    pool = pool_of(d)
    price = float((d.scenario or {}).get("price_per_label") or 0.0)
    if pool is None or not price > 0:
        return money(x)
    fixed = max((r.total_cost - r.label_cost for r in d.strategies
                 if finite(r.total_cost) and finite(r.label_cost)), default=0.0)
    if abs(float(x)) <= pool * price + fixed:
        return money(x)
    return f"{'-' if x < 0 else ''}more than labeling the whole pool costs"


def cheapest_in(d) -> dict[str, str]:
    """Each row's "cheapest in" share as printed (:func:`split_percents`: they sum to 100%, and random's reads a
    threshold of the rule's chance, 30%, 50% or 70%, only when it is exactly that); ``-`` for every row
    when no path reaches the target in most forecasts (the Decision holds no share there, and the chance reads
    "n/a": shares of the few forecasts that reach it would read as a pick among paths that do not get there)."""
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
    from planner.decide.rule import UNDECIDED   # lazy: start-up time (pandas, scipy)

    thresholds = tuple(round(100 * (1 - p), 9) for p in (UNDECIDED[0], 0.5, UNDECIDED[1]))
    names = list(shares)
    texts = split_percents(list(shares.values()), {names.index(RANDOM): thresholds} if RANDOM in names else None)
    return dict(zip(names, texts))


def chance_text(d) -> str:
    """The chance that AL is cheaper than random (:attr:`Decision.probability_al_cheaper`) as printed: 100% minus
    random's printed "cheapest in" share (:func:`cheapest_in`), which it equals; ``n/a`` without one."""
    rnd = cheapest_in(d).get(RANDOM)
    if not finite(d.probability_al_cheaper) or rnd in (None, "n/a", "-"):
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


def saving_untold(d) -> str:
    """Why the recommended AL path's saving against random cannot be told, in words (empty where it can): random
    sampling priced at its extrapolation limit against the path's labels extrapolated past a short stretch
    (its row's ``saving_untold``, :data:`planner.decide.rows.SHORT_EXTRAPOLATION`), both extrapolations named, or
    while random's measured gain could still reach the target by that limit (:func:`planner.decide.rows.measured_short`)."""
    from planner.decide.rows import UNTOLD_RANDOM_RISING   # lazy: start-up time (pandas, scipy)

    rec = rows_of(d).get(getattr(d, "recommendation", None))
    if rec is None or getattr(rec, "saving_told", True):
        return ""
    if rec.saving_untold == UNTOLD_RANDOM_RISING:
        return ("the saving cannot be told: random sampling is priced at its extrapolation limit, but its measured "
                "gain per doubling, continued to that limit, could still reach the target")
    return (f"the saving cannot be told: random sampling is priced at its extrapolation limit and "
            f"{rec.strategy}'s ~{approx(rec.labels)} labels are {rec.extrapolation_ratio:.1f}x its largest "
            f"measured count ({count(rec.n_max)})")


def _median_saving(savings: float, d=None) -> str:
    """The recommended AL path's saving against random (random's total minus its total, both at the median
    labels), in words (the plurality pick can cost more there where other AL strategies take the draws it does
    not win)."""
    if d is not None and saving_untold(d):
        return saving_untold(d)
    if d is not None and "savings" in beyond_fields(d):
        if finite(savings):   # random priced at its extrapolation limit: a lower bound
            return f"saving more than {money(savings)} (random sampling priced at its extrapolation limit)"
        return f"saving {beyond_limit('-')} (a total lies beyond the extrapolation limit)"
    if savings > 0:
        return f"saving {money(savings) if d is None else far_money(d, savings)} (at the median labels)"
    if savings < 0:
        return f"though at the median labels it costs {money(-savings)} more than random"
    return "at the median labels saving nothing against random"


def _about(r, pool=None, *, unit: bool = True, whole: bool = False, held: float = 0.0) -> str:
    """A row's labels in a sentence: ``~3,100 labels``, or carried at the extrapolation limit ``more than 8,000
    labels (beyond what the measurements can tell)``; ``whole``: the path labels the whole pool, quoted by its exact
    count, ``1,348 labels (the whole pool)``, as the table counts it; ``the labels in hand (~200)`` where they are
    no more than the ``held`` labels in hand (:func:`planner.present.words.in_hand`); with labels in hand, counted
    from them, ``~300 more labels (~500 in all)``."""
    if whole and pool is not None:
        return f"{count(pool)}" + (" labels" if unit else "") + " (the whole pool)"
    if "labels" in beyond_fields(r):
        return figure(r, "labels", count, "labels")
    if in_hand(r, held):
        return f"the labels in hand (~{approx(r.labels, pool=pool)})"
    if held > 0 and finite(r.labels):   # a campaign's: counted from the labels in hand, the total beside it
        return (f"~{approx(r.labels - held, pool=pool)} more" + (" labels" if unit else "")
                + f" (~{approx(r.labels, pool=pool)} in all)")
    return f"~{approx(r.labels, pool=pool)}" + (" labels" if unit else "")


def strategies_words(names) -> str:
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
    rnd = rows_of(d).get(RANDOM)
    t, m = target_text(d.target), metric_words(getattr(d, "metric", "accuracy"))
    if later is None:
        return (f"{START_RANDOM} and run this again once random sampling"
                + (f" and {d.best_al} are" if d.best_al else " is") + " measured further.")
    n, h = later.labels, later.labels_in_hand
    if not finite(n):
        return (f"{START_RANDOM}; deciding again when the labels in hand double cannot be priced ({later.basis}): "
                f"more seeds of the pilot, not more labels, would tell.")

    doubled = finite(h) and abs(n - labels_doubled(h)) < 0.5
    again = (f"~{approx(n)} labels (twice the {approx(h)} in hand)" if doubled else
             f"~{approx(n)} labels (~{approx(n - h)} more than the {approx(h)} in hand)")   # a campaign's own count
    if rnd is not None and d.random_reaches_by(n):
        return (f"Label at random: random sampling reaches {t} {m} with {_about(rnd, held=held_labels(d))} for "
                f"{figure(rnd, 'total_cost', money)}, before deciding again at {again} could change the answer.")
    if not later.priced:
        return f"{START_RANDOM} and decide again at {again}."
    waits = f"{_forgone(d, later.cost)}, and deciding then is expected to save {money(later.value)} of what a " \
            "wrong pick now would cost"
    if d.action_now == "random_then_decide":
        return f"{START_RANDOM} and decide again at {again}: {waits}."
    return (f"Deciding later is not expected to pay ({waits}, no more): label at random, the lean (no set-up; it can "
            f"be stopped or switched at no cost), and check again at {again}.")


def _forgone(d, cost: float) -> str:
    """What waiting costs (:attr:`DecideLater.cost`): the labels an AL pick at N would not have needed among the
    random labels bought until then. Said as AL's advantage forgone only where the AL pick is cheaper than random at
    the median (``al_savings`` above 0); where it costs more there ("margin vs random: $906 more") the cost is said
    as what it is, the labels an AL pick at N would not have needed."""
    if finite(getattr(d, "al_savings", math.nan)) and d.al_savings > 0:
        return f"waiting forgoes {money(cost)} of AL's advantage on the random labels bought until then"
    return (f"waiting costs {money(cost)} on average, in labels an AL pick then would not have needed among the "
            "random labels bought until then")


def _decide_again(d) -> str:
    """The re-decision every random path carries (:attr:`Decision.decide_at_labels`), after a sentence; empty
    where there is none (random sampling reaches the target first, or the count passes the pool)."""
    n = getattr(d, "decide_at_labels", math.nan)
    if not finite(n) or not d.can_tell:
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
    rows, pool, order = rows_of(d), pool_of(d), int((d.scenario or {}).get("min_order") or 0)
    rnd = rows.get(RANDOM)
    if d.recommendation is None:
        why = "no AL strategy is in the table" if not any(r.active for r in d.strategies) else ""
        return (f"No strategy reaches {t} {m} in most forecasts with these curves"
                + (f" within the pool of {plural(pool, 'label')}" if pool else "")
                + (f" ({why})" if why else "") + "; lower the target or measure further.")
    rec = rows[d.recommendation]
    shares = cheapest_in(d)
    whole = pool is not None and finite(rec.labels) and rec.labels >= pool
    if rec.active:
        if rnd is None:
            return (f"{rec.strategy} reaches {t} {m} with {_about(rec, pool, whole=whole, held=held_labels(d))}{billed_aside(rec, held_labels(d), order, pool)} for "
                    f"{figure(rec, 'total_cost', money)}; the table has no random-sampling curve to compare with.")
        if not rnd.reachable:
            bound = (f"; {_median_saving(d.savings, d)}" if saving_untold(d) or ("savings" in beyond_fields(d)
                                                                              and finite(d.savings)) else "")
            return (f"{rec.strategy} reaches {t} {m} with {_about(rec, pool, whole=whole, held=held_labels(d))}{billed_aside(rec, held_labels(d), order, pool)} for "
                    f"{figure(rec, 'total_cost', money)}; random sampling does not reach it in most forecasts "
                    f"({'; '.join(x for x in (rnd.reason, curve_note(rnd)) if x)}){bound}.")
        extra_days = rec.calendar_days - rnd.calendar_days
        when = f"it takes {days(extra_days)} more calendar days" if extra_days > 0.5 else "it takes no longer"
        if "calendar_days" in beyond_fields(rec) or "calendar_days" in beyond_fields(rnd):
            when = "its calendar time lies beyond the extrapolation limit"
        rnd_whole = pool is not None and finite(rnd.labels) and abs(rnd.labels - pool) < 0.5
        return (
            f"{rec.strategy} reaches {t} {m} with {_about(rec, pool, whole=whole, held=held_labels(d))}{billed_aside(rec, held_labels(d), order, pool)} instead of "
            f"{_about(rnd, pool, unit=False, whole=rnd_whole, held=held_labels(d))} at random and is the cheapest path in "
            f"{shares[rec.strategy]} of the forecasts (random sampling in "
            f"{shares[RANDOM]}; {_chance(d)}), "
            f"{_median_saving(d.savings, d)}"
            f"{'' if saving_untold(d) else f' after {money(rec.engineering_cost)} of engineering'}; {when}."
        )
    # random recommended
    head = (f"Label at random: {_about(rec, pool, whole=whole, held=held_labels(d))}"
            f"{billed_aside(rec, held_labels(d), order, pool)} reach {t} {m} for {figure(rec, 'total_cost', money)}")
    if d.best_al is not None and finite(d.probability_al_cheaper) and d.probability_al_cheaper > 0.5:
        al = rows[d.best_al]
        why = "" if setup_paid(d) else " (its set-up is paid whatever happens)"   # a sunk set-up is no reason
        return (f"Label at random: AL is cheaper in {chance_text(d)} of the forecasts but loses more when it "
                f"loses{why}: averaged over the forecasts {al.strategy} costs "
                f"{money(al.capped_mean_cost)} against {money(rec.capped_mean_cost)} at random; "
                f"{_about(rec, pool, whole=whole, held=held_labels(d))} "
                f"reach {t} {m} for {figure(rec, 'total_cost', money)}.")
    if d.best_al is None:
        tail = ("no AL strategy reaches it in most forecasts" if any(r.active for r in d.strategies)
                else "the table has no AL strategy to compare")
        return f"{head}; {tail}."
    al = rows[d.best_al]
    saved = rec.labels - al.labels
    fixed_extra = al.total_cost - al.label_cost - (rec.total_cost - rec.label_cost)
    billed = getattr(al, "labels_billed", math.nan)
    if saved > 0 and order and finite(billed) and billed > al.labels_bought + 0.5:
        # the vendor's minimum order, not engineering, eats the saving: say so
        why = (f"the vendor's minimum order of {plural(order, 'label')} a batch bills its "
               f"~{approx(al.labels_bought)} labels as {count(billed)} ({money(al.label_cost)} of labels, against "
               f"{money(rec.label_cost)} at random)")
        if al.label_cost < rec.label_cost:
            why += f", and what that still saves is less than its extra {money(fixed_extra)} of engineering and compute"
    elif finite(d.break_even_label_price_median):  # AL is billed for fewer labels in most forecasts
        what = (f"the ~{approx(saved)} label it saves is" if approx(saved) == "1" else
                f"the ~{approx(saved)} labels it saves are" if saved > 0 else "the labels it saves are")
        need = _labels_to_save(d, pool, "labels", lambda n: f"~{approx(n)}")
        why = (f"{what} worth less than its extra {money(fixed_extra)} of engineering and compute (it would "
               f"need to save {need})")
    else:
        why = "it is not billed for fewer labels than random in most forecasts"
    if finite(d.probability_al_cheaper):
        why = _aside(why, _chance(d))
    return (f"{head}, the cheapest path in {shares[rec.strategy]} of the forecasts; the AL pick, "
            f"{al.strategy}, is the cheapest in {shares[al.strategy]}, because {why}.")


def setup_paid(d) -> bool:
    """AL's set-up is already paid (a campaign re-deciding after it): sunk, so no reason for or against AL."""
    return bool((d.scenario or {}).get("setup_paid"))


def _aside(text: str, more: str) -> str:
    """``text`` with ``more`` in parentheses after it: inside its closing parenthesis where it ends in one, so a
    sentence never reads two parentheticals back to back."""
    return f"{text[:-1]}; {more})" if text.endswith(")") else f"{text} ({more})"


def _labels_to_save(d, pool, unit: str, fmt) -> str:
    """The labels AL must save to pay for itself (``d.break_even_labels_saved``) by ``fmt``: ``more than the pool``
    beyond the pool (no saving can be larger), else carried at the extrapolation limit in words."""
    n = d.break_even_labels_saved
    if count(n, pool=pool) == MORE_THAN_POOL:
        return MORE_THAN_POOL
    return figure(d, "break_even_labels_saved", count, unit) if "break_even_labels_saved" in beyond_fields(d) else fmt(n)


def break_even_range(d) -> str:
    """The per-forecast break-even label price's interval in words: "$a to $b" ("no price" where none reaches)."""
    hi = d.break_even_label_price_high
    return f"{money(d.break_even_label_price_low)} to {money(hi) if finite(hi) else 'no price'}"


def no_price_reason(d) -> str:
    """Why no label price makes the verdict pick AL although the AL pick costs less at the median (its saving,
    ``al_savings``, beside the break-even): the rule asks more than a cheaper median. Empty elsewhere."""
    from planner.decide.rule import UNDECIDED   # lazy: start-up time (pandas, scipy)

    be = d.break_even_label_price
    if d.best_al is None or be is None or not math.isinf(be) or not finite(d.al_savings) or d.al_savings <= 0:
        return ""
    return (f"{d.best_al} costs less at the median here, but the verdict picks AL only where it is cheaper in at "
            f"least {UNDECIDED[1]:.0%} of the forecasts and on average, and at no label price is it both")


def break_even_text(d) -> str:
    """The quoted break-even label price (:attr:`Decision.break_even_label_price`: where the rule's pick changes
    between random and AL) as the metric shows it."""
    be = d.break_even_label_price
    if without_random(d):
        return NO_RANDOM
    if d.best_al is None or be is None or (isinstance(be, float) and math.isnan(be)):
        return "none"
    if be == 0:
        return "any price"
    return money(be) if finite(be) else "no price"


#: What the chance, the saving and the break-even read in a table of AL strategies without random sampling.
NO_RANDOM = "no random curve"


def without_random(d) -> bool:
    """The table holds AL strategies and no random-sampling curve: nothing to compare them with."""
    return any(r.active for r in d.strategies) and not any(r.strategy == RANDOM for r in d.strategies)


def break_even_line(d) -> str:
    """The break-even line: what AL must save, and the label price at and above which the rule picks AL (it agrees
    with the pick by construction), with the spread of the AL pick's break-even over the forecasts."""
    if without_random(d):
        return ("Break-even: the table has no random-sampling curve, so what AL saves is not known; measure random "
                "sampling on the same pool, or forecast it from proxy curves, to compare.")
    if d.best_al is None:
        if not any(r.active for r in d.strategies):
            return "Break-even: the table has no AL strategy to compare with random sampling."
        return "Break-even: no AL strategy reaches the target in most forecasts."
    parts = []
    if finite(d.break_even_labels_saved):
        rng, far, pool = "", beyond_fields(d), pool_of(d)
        low, high = d.break_even_labels_saved_low, d.break_even_labels_saved_high
        need = _labels_to_save(d, pool, "paid labels", lambda n: plural(n, "paid label"))
        if (need != MORE_THAN_POOL and "break_even_labels_saved" not in far and finite(low) and finite(high)
                and round(low) != round(high)):
            ends = ("labels_high",) if "break_even_labels_saved_high" in far else ()
            rng = f" ({count_range(low, high, pool=pool, beyond=ends)})"
        parts.append(_labels_part(d, need, rng))
    be = d.break_even_label_price
    spread = (f" ({d.best_al}'s own break-even over the forecasts: {round(100 * d.level)}% range "
              f"{break_even_range(d)})" if finite(d.break_even_label_price_low) else "")
    if not finite(be) and not (isinstance(be, float) and math.isinf(be)):
        pass
    elif be == 0:
        parts.append(f"the verdict picks AL at any label price{spread}")
    elif finite(be):
        parts.append(f"the verdict picks AL at {money(be)} a label and above, random sampling below{spread}")
    elif why := no_price_reason(d):
        parts.append(f"no label price makes the verdict pick AL: {why}{spread}")
    else:
        parts.append(f"no label price makes the verdict pick AL{spread}")
    premium = premium_part(d)
    if premium:
        parts.append(premium)
    if not parts:
        return "Break-even: not known on these forecasts." + chance_step_text(d)
    return "Break-even: " + "; ".join(parts) + "." + chance_step_text(d)


def _labels_part(d, need: str, rng: str) -> str:
    """What AL must save, read beside what it can save: more than random sampling pays for in all says that no
    saving pays for it at this price; a count under one label says any label saved pays; and where AL is billed
    for as many labels as random or more in most forecasts (no per-forecast break-even at the median), that it
    saves none there, as the note and the verdict say."""
    n, al = d.break_even_labels_saved, d.best_al
    rnd = rows_of(d).get(RANDOM)
    paid = rnd.labels_billed if rnd is not None and rnd.reachable else math.nan
    if finite(paid) and round(paid) == 0:
        return f"random sampling buys no more labels, so {al} has none to save"
    if need != MORE_THAN_POOL and finite(paid) and round(n) > round(paid):
        price = (d.scenario or {}).get("price_per_label")
        at = f"at {money(price)} a label " if finite(price) else ""
        return (f"{al} must save {need}{rng} to pay for itself, more than random sampling pays for in all "
                f"({plural(paid, 'label')}), so {at}no saving can pay for it")
    text = (f"any label {al} saves pays for it (its extra cost is under one label's price)" if round(n) == 0
            else f"{_at_price(d)}{al} must save {need}{rng} to pay for itself")
    if finite(paid) and not finite(d.break_even_label_price_median):
        weighs = ("; the verdict's price below weighs the cheapest AL path of each forecast"
                  if finite(d.break_even_label_price) else "")
        text += (f", but it saves none in most forecasts (it is billed for as many labels as random sampling or "
                 f"more{weighs})")
    return text


def _at_price(d) -> str:
    """``at $0.50 a label, `` where the break-even line also quotes the label price at and above which the verdict
    picks AL (a finite one above 0): the labels AL must save are counted at the price given, so "must save more than
    the pool" beside "picks AL at $13.25 and above" says at which price each holds. Empty elsewhere."""
    scen = d.scenario or {}
    be, price, quoted = d.break_even_label_price, scen.get("price_per_label"), scen.get("label_price")
    if not finite(be) or not be > 0 or not finite(price):
        return ""
    paid = "" if finite(quoted) and money(quoted) == money(price) else " paid (QA and votes included)"
    return f"at {money(price)} a label{paid}, "


def chance_step_text(d) -> str:
    """Why the chance moves in one step at one price (:attr:`Decision.chance_step_share`: many draws change sides
    at once, as where random sampling needs exactly the whole pool), after a space; empty elsewhere."""
    share, price = getattr(d, "chance_step_share", math.nan), getattr(d, "chance_step_price", math.nan)
    if not finite(share) or not finite(price):
        return ""
    labels, many = getattr(d, "chance_step_random_labels", math.nan), getattr(d, "chance_step_random_share", math.nan)
    pool = pool_of(d)
    rnd = rows_of(d).get(RANDOM)
    needs = (f"the whole pool ({plural(pool, 'label')})" if pool is not None and finite(labels) and labels >= pool
             else f"exactly {plural(labels, 'label')}")
    if rnd is not None and finite(labels) and finite(rnd.n_max) and labels == math.floor(rnd.n_max) + 1:
        needs += " (the first count past its measurements, whose mean is below the target)"
    why = (f"random sampling needs {needs} in {percent(many)} of the forecasts, and "
           if finite(many) and many >= share / 2 else "")
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
    be_text, now_text = premiums_apart(be, float(stated))
    now = f"AL's labels priced at {now_text}x now"
    if be == 0:
        return f"random sampling is picked even were AL's picked labels free ({now})"
    if math.isinf(be):
        return f"AL is picked however much longer its labels take, up to 1,000x random's ({now})"
    return (f"the verdict picks AL while its labels cost less than {be_text}x random's, random sampling at it and "
            f"above ({now})")


#: The most decimals a premium is printed with to tell it from the break-even premium beside it.
MAX_PREMIUM_DECIMALS = 12


def premiums_apart(break_even: float, now: float) -> tuple[str, str]:
    """The break-even premium and the premium priced now, printed with two decimals, or with as many more as it
    takes to print two different numbers apart (at most :data:`MAX_PREMIUM_DECIMALS`): the printed order is the
    true one, so "AL below 1.270x, priced at 1.274x now" never reads as "below 1.27x, priced at 1.27x".

    >>> premiums_apart(1.2695, 1.2743), premiums_apart(1.5, 2.0), premiums_apart(2.0, 2.0)
    (('1.270', '1.274'), ('1.50', '2.00'), ('2.00', '2.00'))
    """
    digits = 2
    while digits < MAX_PREMIUM_DECIMALS and break_even != now and \
            f"{break_even:.{digits}f}" == f"{now:.{digits}f}":
        digits += 1
    return f"{break_even:.{digits}f}", f"{now:.{digits}f}"


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
    pool = pool_of(d)
    conf = percent(d.confidence)
    if not finite(rec.budget_at_confidence):
        where = f"within the pool of {plural(pool, 'label')}" if pool else "within the forecasts"
        return (f"No budget reaches the target with probability {conf} {where}: the {d.recommendation} path "
                "falls short in more of the forecasts than that.")
    n_max = getattr(rec, "n_max", math.nan)
    if "budget_at_confidence" in beyond_fields(rec):
        return (f"To reach the target with probability {conf}, buy "
                f"{figure(rec, 'budget_at_confidence', count, 'labels')}; measure further before ordering that "
                "many.")
    held = held_labels(d)
    labels = far_count(rec.budget_at_confidence, pool=pool, n_max=n_max)
    if held > 0:   # a campaign's: the labels to buy from those in hand, the total's extrapolation beside them
        far = far_count(rec.budget_at_confidence, pool=pool, n_max=n_max)[len(count(rec.budget_at_confidence)):]
        labels = f"{count(rec.budget_at_confidence - held, pool=pool)} more"
        held_words = f" (from the {count(held)} in hand{'; the total ' + far.strip()[1:-1] if far else ''})"
    else:
        held_words = ""
    label_cost = getattr(rec, "label_cost_at_confidence", math.nan)
    billed = getattr(rec, "labels_billed_at_confidence", math.nan)
    price = (d.scenario or {}).get("price_per_label")
    bills = ""
    if finite(billed) and finite(price) and count(billed) != count(rec.budget_at_confidence - held):
        bills = f"billed as {count(billed)} at {money(price)}: "
    elif finite(price):
        bills = f"at {money(price)} a label: "
    what = (f"{bills}{money(label_cost)} of labels, {money(rec.cost_at_confidence)} in all with engineering and "
            "compute" if finite(label_cost) and money(label_cost) != money(rec.cost_at_confidence)
            else f"{bills}{money(rec.cost_at_confidence)} of labels")
    short, reach = split_percents([rec.p_short, 1.0 - rec.p_short])
    unit = ("label" if labels == "1" else "labels") + held_words
    if is_whole_pool(rec.budget_at_confidence, pool):   # every label the pool holds: said so, never a bare count
        unit += ", the rest of the pool" if held > 0 else ", the whole pool"
    if reach == conf:
        head = f"To reach the target with probability {conf}, buy {labels} {unit}"
    else:   # the draws' own share at that budget (a median above the quantile, whole labels): at least the asked
        head = f"To reach the target with probability at least {conf} (it reaches it in {reach} of the forecasts), " \
               f"buy {labels} {unit}"
    head = f"{head} ({what})"
    if rec.p_short <= 0:
        return f"{head}; it falls short in none of the forecasts."
    extra = getattr(rec, "short_extra_cost", math.nan)
    tail = f"; it falls short in {'the other ' if reach != conf else ''}{short} of the forecasts"
    if finite(extra) and money(extra) not in ("$0.00", "$0"):
        tail += f", where a second order costs a median {far_money(d, extra)} more"
    return f"{head}{tail}."
