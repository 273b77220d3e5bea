"""Counts in the campaign's words: ``1 row``, ``2 rows`` (``simulations`` never imports ``planner``, whose
presenter has its own)."""

from __future__ import annotations

import shlex

__all__ = ["order_name", "plural", "question_line", "source_lines", "source_curve_lines"]


def plural(n: int, word: str, words: str | None = None) -> str:
    """``n`` and ``word`` agreeing: ``1 label``, ``0 labels``, ``1,500 labels`` (``words``: the plural where it is
    not ``word`` + ``s``)."""
    return f"{n:,} {word if n == 1 else words or word + 's'}"


def order_name(stretch: dict) -> str:
    """What picks a stretch's rounds (:func:`planner.campaign.state.stretches`), named as one: ``margin``, or
    ``split random/margin`` where half of each round is picked at random and half by the split's strategy."""
    split = stretch.get("split")
    return f"split {stretch['strategy']}/{split}" if split else str(stretch["strategy"])


def question_line(folder, problem: str) -> str:
    """The line that says the campaign in ``folder`` answers as to no question asked: its question.json does not
    read (``problem``, :func:`planner.campaign.files.question_problem`)."""
    return (f"question.json could not be read ({problem}): treated as no question asked; `alplan plan "
            f"{shlex.quote(str(folder))} --target T` asks again")


def _price(m) -> str:
    parts = []
    if m.price_per_hour is not None and m.seconds_per_label is not None:
        parts.append(f"${m.price_per_hour:,.2f} an hour x {m.seconds_per_label:,.3g} s a label (the mean of its "
                     f"{plural(m.timed, 'timed label')}) = ${m.price_per_label:,.4g} a label")
    elif m.price_per_hour is not None:
        parts.append(f"${m.price_per_hour:,.2f} an hour, no price per label: its labels carry no annotation time "
                     "(add them with a seconds column or Label Studio's lead_time)")
    elif m.price_per_label is not None:
        parts.append(f"${m.price_per_label:,.4g} a label")
    if m.turnaround_days is not None:
        parts.append(f"{m.turnaround_days:g} days' turnaround")
    return f" ({', '.join(parts)})" if parts else ""


def source_lines(measures) -> list[str]:
    """What ``campaign status`` says of each source (:class:`planner.campaign.sources.SourceMeasure`): its
    coverage, its accuracy on the test ids with its interval (or how many more test ids would tell it), its worst
    class, its agreement with the human training labels and its confusion matrix."""
    lines = []
    for m in measures:
        level = f"{m.level:.0%}"
        head = (f"source {m.source}{_price(m)}: {plural(m.labels, 'label')}, {m.test_covered:,} of the "
                f"{plural(m.test_split, 'test id')}")
        if m.test_scored == 0:
            lines.append(f"{head}; none of them has a human test label to score it on: label test ids with it "
                         f"(at least {m.more_needed:,}) to measure it")
        else:
            scored = f"{m.accuracy:.3f} right on {plural(m.test_scored, 'human test label')} ({level} interval " \
                     f"{m.low:.3f}-{m.high:.3f})"
            if m.enough:
                lines.append(f"{head}; accuracy {scored}")
            else:
                room = (f"{m.test_uncovered:,} test ids it has not labeled" if m.more_needed <= m.test_uncovered
                        else f"more than the {m.test_uncovered:,} test ids it has not labeled: a larger test split "
                             "would tell it")
                lines.append(f"{head}; accuracy {scored}: too few to tell within {100 * m.max_width:.0f} "
                             f"points (at least {m.min_test} and an interval that narrow): label "
                             f"{m.more_needed:,} more test ids with it ({room})")
            if m.worst_class is not None:
                lines.append(f"  worst class {m.worst_class!r}: {m.worst_recall:.3f} right on "
                             f"{plural(m.worst_count, 'test id')}")
            cells = "; ".join(f"{t!r}: " + " ".join(f"{v:,}" for v in row) for t, row in zip(m.classes, m.confusion))
            lines.append(f"  confusion (human class: the source's count of each class, in the order "
                         f"{', '.join(repr(k) for k in m.classes)}): {cells}")
        if m.train_compared:
            lines.append(f"  agrees with {m.agreement:.3f} of the {plural(m.train_compared, 'human training label')} "
                         "it also labels")
    return lines


def source_curve_lines(curve, skipped: dict) -> list[str]:
    """What ``campaign measure`` says of the learner trained on each source's labels (``curve``: the sources'
    curves table, :func:`planner.campaign.sources.source_curves`)."""
    import pandas as pd  # lazy: start-up time

    lines = []
    for name, part in curve.groupby("strategy", sort=False):
        points = ", ".join(f"{int(r['n_labels']):,}: {r['accuracy']:.3f}" for _, r in part.iterrows())
        share = ", ".join(f"{int(r['n_labels']):,}: {r['disagreement']:.1%}" for _, r in part.iterrows()
                          if pd.notna(r.get("disagreement")))
        what = ("trained on the source's labels, people's where the learner disagrees (measured on the ids people "
                "labeled too)" if str(name).startswith("relabel:") else "trained on the human training labels, the "
                "source's for every other non-test id it labels (at each count of human labels: the source's "
                f"labels used {_used(part)})" if str(name).startswith("fill:") else "trained on the source's labels")
        lines.append(f"{name}: {what}, scored on {plural(int(part['test_size'].iloc[0]), 'human test label')}: "
                     f"accuracy at {points}" + (f"; the learner disagrees with the source on {share}" if share else ""))
    for name, n in skipped.items():
        lines.append(f"source:{name}: not trained ({plural(n, 'non-test id')} labeled, of fewer than two classes): "
                     "a source is trained on the non-test ids it labels")
    return lines


def _used(part) -> str:
    """``k: m`` of a fill curve's rows: the human labels, the source's labels used beside them."""
    import pandas as pd  # lazy: start-up time

    used = pd.to_numeric(part.get("source_labels", pd.Series(dtype=float)), errors="coerce")
    return ", ".join(f"{int(n):,}: {int(m):,}" for n, m in zip(part["n_labels"], used) if pd.notna(m))
