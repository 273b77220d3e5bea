"""The words of a campaign's sources beside its answer: training on a source alone, as measured
(:class:`planner.decide.source_path.SourcePath`)."""

from __future__ import annotations

from planner.present.words import accuracy, count, metric_words, money, percent, target_text

__all__ = ["source_lines", "source_path_lines", "source_pick_line"]


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


def _answer_path(pick) -> str:
    what = f"{pick.answer_strategy}, " if pick.answer_strategy else ""
    more = "more than " if pick.answer_more_than else ""
    return (f"the answer's path ({what}{count(round(pick.answer_labels))} labels more for {more}"
            f"{money(pick.answer_cost)}, the labels in hand sunk)")


def _source_path(pick) -> str:
    return (f"training on source {pick.source} alone ({count(pick.source_labels)} of its labels for "
            f"{money(pick.source_cost)}; P(true score >= target) {percent(pick.source_p)})")


def source_pick_line(pick) -> str:
    """One sentence: which is cheaper to the target from here, the answer's path or training on a source alone,
    and by how much; or why the two are not compared (:class:`planner.decide.source_path.SourcePick`)."""
    head = f"Cheapest to the {target_text(pick.target)} target from here: "
    ask = f"P(true score >= target) of at least {percent(pick.confidence)}"
    if pick.source is None:
        names = ", ".join(pick.unmeasured) or ", ".join(pick.unpriced)
        if pick.unmeasured:
            return (f"Source {names} is not measured meeting the {target_text(pick.target)} target with {ask}: "
                    "the answer above stands.")
        return (f"Source {names} is measured meeting the {target_text(pick.target)} target but has no price per "
                "label: give --source-price P with `campaign add --source` to compare it with the answer above.")
    if pick.cheapest == "source" and pick.by is None:
        return f"{head}{_source_path(pick)}; no path of the answer reaches the target in most forecasts."
    if pick.cheapest == "source":
        return f"{head}{_source_path(pick)}, {money(pick.by)} less than {_answer_path(pick)}."
    if pick.answer_status == "met":
        return (f"{head}the answer above, {money(pick.by)} less: the labels in hand meet the target, nothing more to "
                f"buy, against {_source_path(pick)}.")
    if pick.cheapest == "answer":
        return f"{head}{_answer_path(pick)}, {money(pick.by)} less than {_source_path(pick)}."
    if pick.answer_status == "unpriced":
        return (f"Training on source {pick.source} alone meets the {target_text(pick.target)} target at "
                f"{count(pick.source_labels)} of its labels for {money(pick.source_cost)}; the answer above rests on "
                "the measurements alone, without a price to compare.")
    return f"Not told which is cheaper: {_answer_path(pick)} against {_source_path(pick)}."


def source_lines(paths, pick) -> list[str]:
    """The lines after a campaign's answer: each source alone (:func:`source_path_lines`), then the pick."""
    return [*source_path_lines(paths), *([source_pick_line(pick)] if paths and pick is not None else [])]
