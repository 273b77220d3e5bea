"""``alplan fit``'s table: labels to the target per strategy, read from a
:class:`planner.present.fit_summary.FitSummary` (:func:`fit_text`)."""

from __future__ import annotations

from planner.present.words import (NOT_REACHED, accuracy, beyond_fields, count, count_range, figure, finite,
                                   metric_words, percent, table_note, table_text, target_text)

__all__ = ["fit_text"]

def fit_text(summary) -> str:
    """``alplan fit``'s table (:class:`planner.present.fit_summary.FitSummary`): labels to the target per strategy."""
    from planner.forecast.regime import FEW_POINTS

    lines = [f"Labels to reach {metric_words(getattr(summary, 'metric', 'accuracy'))} {target_text(summary.target)} "
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
    lines += table_text(["strategy", "labels", f"{percent(summary.level)} range", "P(not reached)", "plateau",
                          f"plateau {percent(summary.level)} range", "at its end", "families"], cells)
    capped = [{"capped": ("labels",) * (finite(s.labels) and "labels" in beyond_fields(s))
               + ("range",) * (count_range(s.labels_low, s.labels_high, n_max=s.n_max, beyond=beyond_fields(s))
                               != count_range(s.labels_low, s.labels_high, n_max=s.n_max))}
              for s in summary.strategies]
    if note := table_note(capped, ("labels", "range")):
        lines.append(f"note: {note}")
    return "\n".join(lines)
