"""``alplan fit``'s table: labels to the target per strategy, read from a
:class:`planner.present.fit_summary.FitSummary` (:func:`fit_text`)."""

from __future__ import annotations

import math

from planner.present.words import (AT_LEAST, NOT_REACHED, accuracy, beyond_fields, count, count_range, figure, finite,
                                   metric_words, money, percent, table_note, table_text, target_text)

__all__ = ["fit_text", "in_cost_line"]

def fit_text(summary) -> str:
    """``alplan fit``'s table (:class:`planner.present.fit_summary.FitSummary`): labels to the target per strategy."""
    from planner.forecast.regime import FEW_POINTS

    unit = "labels" if getattr(summary, "in_cost", None) is None else "cost"
    what = "Labels" if unit == "labels" else "Annotation cost (the curves' annotation_cost, in its unit)"
    lines = [f"{what} to reach {metric_words(getattr(summary, 'metric', 'accuracy'))} {target_text(summary.target)} "
             f"({percent(summary.level)} range); "
             f"{summary.metric_note}."]
    lines += [f"{note}." for note in summary.notes]
    cells = [[s.strategy, figure(s, "labels", count, compact=True) if finite(s.labels) else NOT_REACHED,
              count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=beyond_fields(s), compact=True),
              percent(s.p_unreachable),
              accuracy(s.asymptote), f"{accuracy(s.asymptote_low)} to {accuracy(s.asymptote_high)}",
              (f"too young to tell ({FEW_POINTS} counts or fewer)" if s.regime.endswith(":young") else
               {"rise": "rising", "level": "levelling off"}.get(s.regime.split(":")[0], "-")),
              ", ".join(f"{k} {v:.2f}" for k, v in s.families.items())]
             for s in summary.strategies]
    lines += table_text(["strategy", unit, f"{percent(summary.level)} range", "P(not reached)", "plateau",
                          f"plateau {percent(summary.level)} range", "at its end", "families"], cells)
    spans = [(count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=beyond_fields(s), compact=True),
              count_range(s.labels_low, s.labels_high, n_max=s.n_max)) for s in summary.strategies]
    capped = [{"capped": ("labels",) * (finite(s.labels) and "labels" in beyond_fields(s))
               + ("range",) * (cell != plain and not cell.startswith(AT_LEAST))}
              for s, (cell, plain) in zip(summary.strategies, spans)]
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
        if not finite(s.labels):
            priced.append(f"{s.strategy} {NOT_REACHED}")
            continue
        high = summary.dollars(s.labels_high)
        priced.append(f"{s.strategy} {money(summary.dollars(s.labels))} ({money(summary.dollars(s.labels_low))} to "
                      + (money(high) if math.isfinite(high) else NOT_REACHED) + ")")
    return line + f" At ${summary.price_per_unit:g} a unit, the cost to target: " + "; ".join(priced) + "."
