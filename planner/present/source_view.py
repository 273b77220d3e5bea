"""The words of a campaign's sources beside its answer: training on a source alone, as measured, and past its
measured counts as forecast, said as a forecast; and its labels re-labeled by people where the learner disagrees,
as measured on the ids people labeled too; and the human labels in hand with its labels for the rest of the pool
(:class:`planner.decide.campaign.source_path.SourcePath`)."""

from __future__ import annotations

import shlex

from planner.present.words import accuracy, count, metric_words, money, percent, target_text

__all__ = ["keep_lines", "source_lines", "source_path_lines", "source_pick_line"]


def _price(p) -> str:
    if p.price_per_hour is not None and p.seconds_per_label is not None:
        return (f"at {money(p.price_per_hour)} an hour x {p.seconds_per_label:,.3g} s a label measured on "
                f"{count(p.timed)} of its labels = {money(p.price_per_label)} a label")
    if p.price_per_label is not None:
        return f"at {money(p.price_per_label)} a label"
    if p.price_per_hour is not None:
        return (f"at {money(p.price_per_hour)} an hour (no price per label to total: its labels carry no annotation "
                "time)")
    return "unpriced (give --source-price P with `campaign add --source`)"


def source_path_lines(paths) -> list[str]:
    """One line per source: the fewest of its labels measured to meet the target, their price, and the chance the
    true score there meets it; or the best it reached within the counts measured. An aside: the answer above is the
    campaign's."""
    lines = []
    for p in paths:
        what = f"{metric_words(p.metric)} {accuracy(p.score)}"
        if p.kind == "fill":
            lines.append(_fill_line(p, what))
            continue
        relabel = p.kind == "relabel"
        head = (f"Aside: re-label source {p.source}'s disagreements (its labels {_price(p)}, people's where the "
                "learner cross-fitted on them disagrees): " if relabel else
                f"Aside: train on source {p.source} alone ({_price(p)}): ")
        if p.reached_at is not None:
            cost = f" ({money(p.cost)} of its labels)" if p.cost is not None else ""
            again = f", {count(p.relabels(p.reached_at))} of them re-labeled by people" if relabel else ""
            lines.append(f"{head}{what} measured at {count(p.reached_at)} of its labels{cost}{again}, meeting the "
                         f"{target_text(p.target)} target; P(true score >= target) {percent(p.p_reach)} on "
                         f"{count(p.test_size)} human test labels. Not a path of the answer above.")
        else:
            where = (" (measured only on ids people labeled too: past them, not measured nor forecast" +
                     _share_words(p) + ")" if relabel else "")
            lines.append(f"{head}best {what} at {count(p.at)} of its labels, below the {target_text(p.target)} "
                         f"target within the {count(p.measured_max)} measured{where}.{_forecast_words(p)}")
    return lines


def _fill_line(p, what: str) -> str:
    """A fill path's aside: as measured at the human labels in hand, its source labels' price; not weighed."""
    m = p.source_labels(p.at)
    cost = f": {money(m * p.price_per_label)} of its labels" if p.price_per_label is not None else ""
    met = "meeting" if p.reached_at is not None else "below"
    return (f"Aside: the {count(p.at)} human labels in hand plus source {p.source}'s labels of the other {count(m)} "
            f"ids ({_price(p)}{cost}): {what} measured, {met} the {target_text(p.target)} target; P(true score >= "
            f"target) {percent(p.p_reach)} on {count(p.test_size)} human test labels. Not weighed against the answer "
            "above: weighed by expected cost, this path raises the pick's regret on planted sources.")


def _share_words(p) -> str:
    """Of a re-label path: the share of the source's labels the learner disagrees with at its largest count."""
    if not p.source_shares:
        return ""
    n, d = p.source_shares[-1]
    return f"; the learner disagrees with {percent(d)} of its {count(n)} labels, the share people would re-label"


def _forecast_words(p) -> str:
    """After a source measured short of the target: the fewest labels past its measured counts that most forecasts
    say reach it (else the most forecast, and how few reach it there), or why nothing is forecast."""
    if p.forecast:
        reach = next(((n, q) for n, q in p.forecast if q >= 0.5), None)
        n, q = reach or p.forecast[-1]
        end = "" if reach else (" (the pool's end)" if p.pool_size is not None and n >= p.pool_size
                                else " (the extrapolation limit)")
        cost = p.forecast_cost(n)
        price = f", {money(cost)}" if cost is not None else ""
        bound = f", bounded by its accuracy on {count(p.tested[1])} test ids" if p.tested else ""
        return (f" Forecast: {'' if reach else 'even '}{count(n)} of its labels{end} reach "
                f"{target_text(p.target)} in {'' if reach else 'only '}{percent(q)} of forecasts{price}; a forecast, "
                f"not measured{bound}.")
    if p.forecast_none == "counts":
        return (f" Not forecast past them: {len(p.points)} label counts measured, a forecast needs 3 "
                "(`campaign measure` measures more where the source labels more of the pool).")
    if p.forecast_none == "unfit":
        return " Not forecast past them: its measured curve could not be forecast."
    if p.forecast_none == "accuracy":
        return (" Not forecast past them: its accuracy on the test ids, which bounds a forecast, is not measured "
                "(it labels none of them, or `campaign measure` has not written it on its curve).")
    return ""


def _answer_path(pick) -> str:
    what = f"{pick.answer_strategy}, " if pick.answer_strategy else ""
    more = "more than " if pick.answer_more_than else ""
    return (f"the answer's path ({what}{count(round(pick.answer_labels))} labels more for {more}"
            f"{money(pick.answer_cost)}, the labels in hand sunk)")


def _what(pick) -> str:
    return (f"re-labeling source {pick.source}'s disagreements" if pick.source_kind == "relabel" else
            f"training on source {pick.source} alone")


def _source_path(pick) -> str:
    if pick.source_kind == "relabel":
        o = pick.shown
        cost = (f"{count(o.labels)} of its labels for {money(o.source_label_cost)} and {count(o.relabels)} re-labeled "
                f"by people for {money(o.relabel_cost)}, {money(o.cost)} in all")
        return (f"{_what(pick)} ({cost}, measured at {accuracy(o.score)}; P {percent(o.p)} that the true score "
                "meets the target)")
    if pick.source_forecast:
        return (f"training on source {pick.source} alone (forecast: {count(pick.source_labels)} of its labels reach "
                f"{target_text(pick.target)} in {percent(pick.source_p)} of forecasts, {money(pick.source_cost)}; "
                "past the counts measured)")
    return (f"training on source {pick.source} alone ({count(pick.source_labels)} of its labels for "
            f"{money(pick.source_cost)}, measured at {accuracy(pick.source_score)}; P {percent(pick.source_p)} that "
            "the true score meets the target)")


def _option_words(pick, o) -> str:
    """A measured option of ``pick`` in words (its labels, price, score and chance)."""
    what = (f"re-labeling source {o.source}'s disagreements" if o.kind == "relabel" else
            f"training on source {o.source} alone")
    return (f"{what} at its best measured count ({count(o.labels)} of its labels for {money(o.cost)}, measured at "
            f"{accuracy(o.score)}; P {percent(o.p)} that the true score meets the target)")


def _expected(pick) -> str:
    more = "more than " if pick.answer_more_than else ""
    return (f"if it falls short, {_answer_path(pick)} still follows: {more}{money(pick.source_expected_cost)} "
            "in expectation")


def _met_line(pick, head: str) -> str:
    """The pick where the answer stops on a measured hit: the hit's chance of falling short, priced at one more
    order, weighed against a source alone."""
    if not pick.answer_more_than:
        return (f"{head}the answer above: the labels in hand meet the target, nothing more to buy, against "
                f"{_source_path(pick)}.")
    p, expected = float(pick.answer_p), float(pick.answer_expected_cost)
    order = f"one more order of {count(round(pick.answer_labels))} labels"
    if p < 1:
        order += f" ({money(expected / (1 - p))})"
    stop = (f"the answer above stops with P {percent(p)} that the labels in hand meet the target, and where they "
            f"fall short at least {order} follows: more than {money(expected)} in expectation")
    if pick.cheapest in ("source", "relabel"):
        return (f"{head}{_source_path(pick)}, {money(pick.source_expected_cost)} in expectation with the answer's "
                f"stop after it where it falls short; {stop}: the source at least {money(pick.by)} less.")
    path = _source_path(pick)
    return (f"{path[0].upper()}{path[1:]} costs {money(pick.source_expected_cost)} in expectation with the "
            f"answer's stop after it where it falls short; {stop}: cheaper only where falling short costs more.")


def source_pick_line(pick) -> str:
    """One sentence: which is cheaper in expectation to the target from here, the answer's path or training on a
    source alone to one of its measured counts, with the chance the source meets the target and what the answer's
    path still costs if it falls short; or why the two are not compared
    (:class:`planner.decide.campaign.source_path.SourcePick`)."""
    head = f"Cheapest in expectation to the {target_text(pick.target)} target from here: "
    if pick.source is None:
        if pick.unmeasured:
            return (f"Source {', '.join(pick.unmeasured)} has no chance of the {target_text(pick.target)} target "
                    "measured (no test size in its curve): the answer above stands.")
        return (f"Source {', '.join(pick.unpriced)} has no price per label: give --source-price P with `campaign "
                "add --source` to weigh it against the answer above.")
    if pick.answer_status == "unreached":
        if pick.cheapest is None:
            return (f"Source {pick.source} is measured with no chance of the {target_text(pick.target)} target "
                    f"({_source_path(pick)}), and no path of the answer reaches it in most forecasts.")
        return f"{head}{_source_path(pick)}; no path of the answer reaches the target in most forecasts."
    if pick.answer_status == "met":
        return _met_line(pick, head)
    if pick.cheapest in ("source", "relabel"):
        at_least = "at least " if pick.answer_more_than else ""
        return f"{head}{_source_path(pick)}; {_expected(pick)}, {at_least}{money(pick.by)} less."
    if pick.cheapest == "answer":
        best = pick.best_measured
        if best is not None and pick.by_best_measured is not None and best is not pick.shown:
            return (f"{head}{_answer_path(pick)}, {money(pick.by_best_measured)} less than {_option_words(pick, best)} "
                    f"with the answer's path after it where it falls short ({money(best.expected_cost)} in "
                    "expectation).")
        return (f"{head}{_answer_path(pick)}, {money(pick.by)} less than {_source_path(pick)} with the answer's "
                f"path after it where it falls short ({money(pick.source_expected_cost)} in expectation).")
    if pick.answer_status == "unpriced" and pick.source_kind == "relabel":
        path = _source_path(pick)
        return (f"{path[0].upper()}{path[1:]}: the answer above rests on the measurements alone, without a price "
                "to compare.")
    if pick.answer_status == "unpriced" and pick.source_forecast:
        return (f"Training on source {pick.source} alone, forecast: {count(pick.source_labels)} of its labels reach "
                f"{target_text(pick.target)} in {percent(pick.source_p)} of forecasts, {money(pick.source_cost)}; "
                "the answer above rests on the measurements alone, without a price to compare.")
    if pick.answer_status == "unpriced":
        return (f"Training on source {pick.source} alone: {count(pick.source_labels)} of its labels for "
                f"{money(pick.source_cost)}, measured at {accuracy(pick.source_score)} (P {percent(pick.source_p)} "
                "that the true score meets the target); the answer above rests on the measurements alone, without a "
                "price to compare.")
    return f"Not told which is cheaper in expectation: {_answer_path(pick)} against {_source_path(pick)}."


def source_lines(paths, pick, with_pick: bool = True) -> list[str]:
    """The lines after a campaign's answer: each source alone and re-labeled (:func:`source_path_lines`), then the
    pick (``with_pick``: not where the answer leads with it), then which re-labels have no human price to be weighed
    at."""
    unpriced = [] if pick is None or not pick.relabel_unpriced else [
        f"Re-labeling the disagreements of source {', '.join(pick.relabel_unpriced)} is not weighed: give the price "
        "per human label (--label-price P) to price its re-labels."]
    weighed = with_pick and any(p.kind != "fill" for p in paths)   # a fill path alone is said, not weighed
    return [*source_path_lines(paths), *([source_pick_line(pick)] if weighed and pick is not None else []), *unpriced]


def keep_lines(folder, file: str, source: str, price=None, turnaround_days=None, hourly=None,
               label_column: str = "label") -> list[str]:
    """The lines under a source's labels the page measured without writing them: the commands that keep them in the
    campaign in ``folder`` (``alplan campaign add`` with the source's name, label column, price per label or per
    hour and turnaround as given, then ``alplan campaign measure``), each word quoted for a POSIX shell."""
    add = ["alplan", "campaign", "add", str(folder), str(file), "--source", str(source)]
    add += [] if label_column == "label" else ["--label-column", str(label_column)]
    for flag, value in (("--source-price", price), ("--source-hourly", hourly),
                        ("--source-turnaround-days", turnaround_days)):
        if value is not None:
            add += [flag, repr(float(value))]
    return ["Nothing above is written to the campaign. To keep this source (the labels file where you keep it):",
            shlex.join(add), shlex.join(["alplan", "campaign", "measure", str(folder)])]
