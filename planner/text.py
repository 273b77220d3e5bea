"""Sentences and the plain-text table of a verdict: they only read the Decision, never compute."""

from __future__ import annotations

import math

from planner.draws import RANDOM

__all__ = ["approx", "break_even_line", "budget_line", "fmt_int", "fmt_money", "fmt_price", "pct", "sentence", "to_text"]


def fmt_int(x: float) -> str:
    return f"{x:,.0f}" if math.isfinite(x) else "not reached"


def approx(x: float) -> str:
    """A label count rounded to two significant figures for speech: 3,127 -> 3,100."""
    if not math.isfinite(x):
        return "not reached"
    if x < 100:
        return f"{x:,.0f}"
    digits = int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, -digits):,.0f}"


def fmt_money(x: float) -> str:
    if not math.isfinite(x):
        return "-"
    sign = "-" if x < 0 else ""
    x = abs(x)
    return f"{sign}${x:,.0f}" if x >= 100 else f"{sign}${x:,.2f}"


def fmt_price(x: float) -> str:
    """A price per label, 4 significant figures ($153.9, $0.0123): the break-even line and its headline."""
    if not math.isfinite(x):
        return "-"
    return f"${x:,.4g}" if abs(x) < 1e4 else fmt_money(x)


def pct(target: float) -> str:
    text = f"{100 * target:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _share(p: float) -> str:
    return f"{100 * p:.0f}%"


def sentence(d) -> str:
    """One plain sentence a manager can repeat; every number is a field of ``d``."""
    t = pct(d.target)
    rows = {r.strategy: r for r in d.strategies}
    rnd = rows.get(RANDOM)
    if d.recommendation is None:
        return (f"No strategy reaches {t} accuracy in most forecasts with these curves"
                + (" and this pool" if d.scenario.get("pool_size") else "")
                + "; lower the target or measure further.")
    rec = rows[d.recommendation]
    if rec.active:
        if rnd is None:
            return (f"{rec.strategy} reaches {t} accuracy with ~{approx(rec.labels)} labels for "
                    f"{fmt_money(rec.total_cost)}; the table has no random-sampling curve to compare with.")
        if not rnd.reachable:
            return (f"{rec.strategy} reaches {t} accuracy with ~{approx(rec.labels)} labels for "
                    f"{fmt_money(rec.total_cost)}, cheaper than random in {_share(d.probability_best_al_cheaper)} of the "
                    f"forecasts; random sampling does not reach it in most of them ({rnd.reason}).")
        extra_days = rec.calendar_days - rnd.calendar_days
        when = f"it takes {extra_days:,.0f} more calendar days" if extra_days > 0.5 else "it takes no longer"
        return (
            f"{rec.strategy} reaches {t} accuracy with ~{approx(rec.labels)} labels instead of "
            f"~{approx(rnd.labels)} at random and is cheaper in {_share(d.probability_best_al_cheaper)} of the "
            f"forecasts, saving {fmt_money(d.savings)} (median) after {fmt_money(rec.engineering_cost)} of "
            f"engineering; {when}."
        )
    # random recommended
    head = f"Label at random: ~{approx(rec.labels)} labels reach {t} accuracy for {fmt_money(rec.total_cost)}"
    if d.best_al is None:
        tail = ("no AL strategy reaches it in most forecasts" if any(r.active for r in d.strategies)
                else "the table has no AL strategy to compare")
        return f"{head}; {tail}."
    al = rows[d.best_al]
    saved = rec.labels - al.labels
    fixed_extra = al.total_cost - al.label_cost - (rec.total_cost - rec.label_cost)
    min_order = int(d.scenario.get("min_order") or 0)
    billed = getattr(al, "labels_billed", math.nan)
    if saved > 0 and min_order and math.isfinite(billed) and billed > al.labels_bought + 0.5:
        # the vendor's minimum order, not engineering, eats the saving: say so
        why = (f"the vendor's minimum order of {min_order:,} labels a batch bills its ~{approx(al.labels_bought)} "
               f"labels as {fmt_int(billed)} ({fmt_money(al.label_cost)} of labels, against "
               f"{fmt_money(rec.label_cost)} at random)")
        if al.label_cost < rec.label_cost:
            why += f", and what that still saves is less than its extra {fmt_money(fixed_extra)} of engineering and compute"
    elif math.isfinite(d.break_even_label_price) and saved > 0:
        why = (f"the ~{approx(saved)} labels it saves are worth less than its extra "
               f"{fmt_money(fixed_extra)} of engineering "
               f"and compute (it would need to save ~{approx(d.break_even_labels_saved)})")
    else:
        why = "it does not save labels in most forecasts"
    more = ""
    if math.isfinite(d.probability_al_cheaper) and d.probability_al_cheaper >= 0.5:
        more = (f" (some AL strategy is cheaper in {_share(d.probability_al_cheaper)} of the forecasts, "
                "but no single one in most)")
    return (f"{head}; the best AL strategy, {al.strategy}, is cheaper in only "
            f"{_share(d.probability_best_al_cheaper)} of the forecasts because {why}{more}.")


def break_even_line(d) -> str:
    """The break-even line: what AL must save, and the label price above which it pays (with intervals)."""
    if d.best_al is None:
        return "Break-even: no AL strategy reaches the target in most forecasts."
    parts = []
    if math.isfinite(d.break_even_labels_saved):
        rng = ""
        if math.isfinite(d.break_even_labels_saved_low) and math.isfinite(d.break_even_labels_saved_high) \
                and round(d.break_even_labels_saved_low) != round(d.break_even_labels_saved_high):
            rng = f" ({fmt_int(d.break_even_labels_saved_low)}-{fmt_int(d.break_even_labels_saved_high)})"
        parts.append(f"{d.best_al} must save {fmt_int(d.break_even_labels_saved)} labels{rng} to pay for itself")
    if math.isfinite(d.break_even_label_price):
        hi = d.break_even_label_price_high
        hi_text = fmt_price(hi) if math.isfinite(hi) else "no price"
        parts.append(f"it is cheaper than random above {fmt_price(d.break_even_label_price)} a label "
                     f"({round(100 * d.level)}% range {fmt_price(d.break_even_label_price_low)} to {hi_text})")
    else:
        parts.append("it saves no labels in most forecasts, so no label price makes it reliably cheaper")
    return "Break-even: " + "; ".join(parts) + "."


def budget_line(d) -> str | None:
    """"To reach the target with probability P, buy N labels ($)": the recommendation's budget (None if none)."""
    rec = next((r for r in d.strategies if r.strategy == d.recommendation), None)
    if rec is None or not math.isfinite(rec.budget_at_confidence):
        return None
    head = (f"To reach the target with probability {d.confidence:.0%}, buy {fmt_int(rec.budget_at_confidence)} "
            f"labels ({fmt_money(rec.cost_at_confidence)})")
    if rec.p_short > 0 and math.isfinite(rec.short_extra_cost):
        return (f"{head}; in the {rec.p_short:.0%} of forecasts where that falls short, a second order costs "
                f"a median {fmt_money(rec.short_extra_cost)} more.")
    return head + "."


def to_text(d) -> str:
    """A compact table, the sentence, the break-even line, the warnings and the notes."""
    head = f"{'strategy':<18}{'labels':>10}{'80% range':>24}{'basis':>18}{'total $':>12}{'days':>8}"
    head = head.replace("80%", f"{round(100 * d.level)}%")
    lines = [f"Target accuracy {pct(d.target)} ({d.n_draws} joint forecasts)", head, "-" * len(head)]
    for r in d.strategies:
        rng = f"{fmt_int(r.labels_low)} to {fmt_int(r.labels_high)}" if math.isfinite(r.labels_low) else "-"
        mark = " *" if r.strategy == d.recommendation else ""
        days = f"{r.calendar_days:,.0f}" if math.isfinite(r.calendar_days) else "-"
        lines.append(f"{r.strategy[:17]:<18}{fmt_int(r.labels):>10}{rng:>24}{r.basis[:17]:>18}"
                     f"{fmt_money(r.total_cost):>12}{days:>8}{mark}")
    lines.append("")
    lines.append(sentence(d))
    if math.isfinite(d.probability_al_cheaper):
        lines.append(f"P(AL cheaper) = {d.probability_al_cheaper:.2f}: the share of forecasts in which the "
                     "cheapest AL path beats random.")
    lines.append(break_even_line(d))
    budget = budget_line(d)
    if budget:
        lines.append(budget)
    lines.append(f"Rule: {d.decision_rule}.")
    for w in d.warnings:
        lines.append(f"warning: {w}")
    for note in d.notes:
        lines.append(f"note: {note}")
    for r in d.strategies:
        if r.reason and not any(r.reason in note for note in d.notes):
            lines.append(f"note: {r.strategy}: {r.reason}")
    return "\n".join(lines)
