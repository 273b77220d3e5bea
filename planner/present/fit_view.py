"""``alplan fit``'s table: labels to the target per strategy, read from a
:class:`planner.present.fit_summary.FitSummary` (:func:`fit_text`)."""

from __future__ import annotations

import math

from planner.present.words import (AT_LEAST, NOT_REACHED, accuracy, beyond_fields, beyond_limit, count, count_range,
                                   figure, finite, metric_words, money, percent, table_note, table_text, target_text)

__all__ = ["fit_text", "in_cost_line"]

def fit_text(summary) -> str:
    """``alplan fit``'s table (:class:`planner.present.fit_summary.FitSummary`): labels to the target per strategy;
    with ``--in-cost`` their annotation cost first."""
    from planner.forecast.regime import FEW_POINTS   # lazy: start-up time (numpy)

    costed = getattr(summary, "in_cost", None) is not None
    what = "Annotation cost (the curves' annotation_cost, in its unit)" if costed else "Labels"
    lines = [f"{what} to reach {metric_words(getattr(summary, 'metric', 'accuracy'))} {target_text(summary.target)} "
             f"({percent(summary.level)} range); "
             f"{summary.metric_note}."]
    lines += [f"{note}." for note in summary.notes]

    def labels(s) -> list[str]:
        return [figure(s, "labels", count, compact=True) if finite(s.labels) else NOT_REACHED,
                count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=beyond_fields(s), compact=True)]

    cells = [[s.strategy, *(_cost_cells(s) if costed else []), *labels(s), percent(s.p_unreachable),
              accuracy(s.asymptote), f"{accuracy(s.asymptote_low)} to {accuracy(s.asymptote_high)}",
              (f"too young to tell ({FEW_POINTS} counts or fewer)" if s.regime.endswith(":young") else
               {"rise": "rising", "level": "levelling off"}.get(s.regime.split(":")[0], "-")),
              ", ".join(f"{k} {v:.2f}" for k, v in s.families.items())]
             for s in summary.strategies]
    ranged = f"{percent(summary.level)} range"
    heads = ["cost", ranged, "labels", f"labels {ranged}"] if costed else ["labels", ranged]
    lines += table_text(["strategy", *heads, "P(not reached)", "plateau", f"plateau {ranged}", "at its end",
                         "families"], cells)
    spans = [(count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=beyond_fields(s), compact=True),
              count_range(s.labels_low, s.labels_high, n_max=s.n_max)) for s in summary.strategies]
    capped = [{"capped": ("labels",) * (finite(s.labels) and "labels" in beyond_fields(s))
               + ("range",) * (cell != plain and not cell.startswith(AT_LEAST))
               + ("cost",) * (costed and bool(s.cost_beyond_limit))}
              for s, (cell, plain) in zip(summary.strategies, spans)]
    if note := table_note(capped, ("labels", "range", "cost")):
        lines.append(f"note: {note}")
    if costed:
        lines.append(in_cost_line(summary))
    return "\n".join(lines)


def _cost_cells(s) -> list[str]:
    """A strategy's annotation cost to the target and its range, as table cells (the ends carried at the
    extrapolation limit read "more than")."""
    carried = s.cost_beyond_limit
    mid = (NOT_REACHED if not finite(s.cost) else
           beyond_limit(count(s.cost), compact=True) if "labels" in carried else count(s.cost))
    return [mid, count_range(s.cost_low, s.cost_high, beyond=carried, compact=True)]


def in_cost_line(summary) -> str:
    """``alplan fit --in-cost``'s closing line: how the labels were priced (as ``alplan plan --in-cost`` prices
    them, with its cost per label), and the cost to target in dollars at ``--price-per-unit``."""
    facts = summary.in_cost
    per = [f"random {facts['random_cost_per_label']:.4g}"]
    per += [f"{s} {p['cost_per_label']:.4g}" for s, p in facts["strategies"].items()]
    line = ("The cost is the labels each path buys (an AL path in whole batches after its initial set) priced as "
            "`alplan plan --in-cost` prices them: random's at its cost per label, an AL strategy's picks at its "
            "premium over random's at that count. Cost per label, in units of annotation_cost (random's: its runs' "
            "summed cost over their labels at each run's last count; an AL strategy's: over the labels it picked "
            f"after its initial set, its whole measured curve): {'; '.join(per)}.")
    if summary.price_per_unit is None:
        return line + " Give --price-per-unit to price the cost in dollars."
    priced = []
    for s in summary.strategies:
        if not finite(s.cost):
            priced.append(f"{s.strategy} {NOT_REACHED}")
            continue
        high = summary.dollars(s.cost_high)
        priced.append(f"{s.strategy} {money(summary.dollars(s.cost))} ({money(summary.dollars(s.cost_low))} to "
                      + (money(high) if math.isfinite(high) else NOT_REACHED) + ")")
    return line + f" At ${summary.price_per_unit:g} a unit, the cost to target: " + "; ".join(priced) + "."
