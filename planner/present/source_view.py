"""The words of a campaign's sources beside its answer: training on a source alone, as measured
(:class:`planner.decide.source_path.SourcePath`)."""

from __future__ import annotations

from planner.present.words import accuracy, count, metric_words, money, percent, target_text

__all__ = ["source_path_lines"]


def _price(p) -> str:
    if p.price_per_label is not None:
        return f"at {money(p.price_per_label)} a label"
    if p.price_per_hour is not None:
        return f"at {money(p.price_per_hour)} an hour (no price per label to total)"
    return "unpriced (give --source-price P with `campaign add --source`)"


def source_path_lines(paths) -> list[str]:
    """One line per source: the fewest of its labels measured to meet the target, their price, and the chance the
    true score there meets it; or the best it reached within the counts measured. An aside: the answer above is the
    campaign's."""
    lines = []
    for p in paths:
        what = f"{metric_words(p.metric)} {accuracy(p.score)}"
        head = f"Aside: train on source {p.source} alone ({_price(p)}): "
        if p.reached_at is not None:
            cost = f" ({money(p.cost)} of its labels)" if p.cost is not None else ""
            lines.append(f"{head}{what} measured at {count(p.reached_at)} of its labels{cost}, meeting the "
                         f"{target_text(p.target)} target; P(true score >= target) {percent(p.p_reach)} on "
                         f"{count(p.test_size)} human test labels. Not a path of the answer above.")
        else:
            lines.append(f"{head}best {what} at {count(p.at)} of its labels, below the {target_text(p.target)} "
                         f"target within the {count(p.measured_max)} measured.")
    return lines
