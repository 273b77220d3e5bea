"""The verdict's evidence lines, one click away from its sentence: the track record (how verdicts like this one fared
on held-out AL tasks) and the pilot's line (extend the pilot, or decide now), read from a
:class:`planner.decide.results.Decision` and its :class:`planner.decide.voi.PilotExtension`. Nothing here computes a
number the Decision does not hold (the formats: :mod:`planner.present.words`).
"""

from __future__ import annotations

from planner.present.words import count, finite, money, percent, plural

__all__ = ["PAST_SHARE", "pilot_line", "pilot_page_line", "pilot_track_text", "track_line"]

#: What the track record's hindsight share is, beside it: a share of past benchmark tasks, so it never reads as the
#: verdict's own chance that AL is cheaper (the "P(AL cheaper)" tile beside it, a share of this verdict's forecasts).
PAST_SHARE = " (past tasks, not this verdict's P(AL cheaper))"

_LEARNERS = {"neural": "neural networks", "other": "learners other than neural networks", "any": "every learner"}


def track_line(d) -> str | None:
    """How verdicts like this one fared on held-out AL curves (:attr:`Decision.track_record`); None without one.
    Regrets are mean shares above the cheapest path's cost, so a pick that cost 9% more reads "9% above"; the share
    in which the other choice was cheaper in hindsight is said as a share of those tasks (:data:`PAST_SHARE`)."""
    t = getattr(d, "track_record", None)
    if t is None:
        return None
    where = (f"{_LEARNERS[t.learner]}, random's forecast "
             + ("at any distance" if t.ratio == "any" else f"{t.ratio} its largest measured count"))
    head = f"Track record: on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark ({where}), "

    def above(x):   # a cost above the cheapest, as a share of it (can pass 100%)
        return f"{100 * float(x):,.0f}%"

    spread = (f"{above(t.regret)} above the cheapest path on average ({above(t.task_low)} to {above(t.task_high)} "
              "in 8 of 10 tasks)")
    if t.pick == "al":
        return (f"{head}when the verdict picked an AL strategy, following it cost {spread}, against "
                f"{above(t.regret_random)} for labeling at random; in hindsight random sampling was cheaper in "
                f"{percent(t.other_cheaper)} of those tasks{PAST_SHARE}.")
    if t.pick == "random":
        return (f"{head}when the verdict picked random sampling, following it cost {spread}; in hindsight the AL "
                f"strategy it weighed was cheaper in {percent(t.other_cheaper)} of those tasks{PAST_SHARE}.")
    return (f"{head}when no path reached the target in most forecasts, labeling at random cost {spread}. "
            "Measure further before relying on either path.")


def pilot_line(ext) -> str:
    """The verdict's "extend the pilot" line (:class:`planner.decide.voi.PilotExtension`): N more labels, what they
    cost, the expected saving, advised or not. The page and ``alplan plan`` print it as is."""
    if not finite(ext.cost):
        return f"Extending the pilot: not priced ({ext.basis})."
    each = (f"{count(ext.labels - ext.pilot_labels)} more for each of the {len(ext.measured)} measured strategies"
            if len(ext.measured) > 1 else f"{count(ext.labels - ext.pilot_labels)} more")
    what = (f"extending the pilot to {plural(ext.labels, 'label')} ({each}) costs {money(ext.cost)} and is expected "
            f"to save {money(ext.value)} of what a wrong pick would cost")
    record = pilot_track_text(getattr(ext, "track_record", None))
    if ext.advised:
        return (f"Extend the pilot, then decide: {what} (the pick changes in {percent(ext.p_pick_changes)} "
                f"of the simulated pilots).{record}")
    return f"Decide now: {what}, less than it costs.{record}"


def pilot_page_line(d) -> str:
    """The verdict's line on extending the pilot (:attr:`Decision.pilot_extension`), as the page, the report and
    ``alplan plan`` show it: where the verdict cannot tell, the sentence already gives that advice, and this line
    only its track record; elsewhere :func:`pilot_line`, empty when it says nothing (not advised and an expected
    saving that rounds to $0.00) or without an extension."""
    ext = getattr(d, "pilot_extension", None)
    if ext is None or not d.can_tell:   # where it cannot tell, the sentence gives the one piece of advice
        return ""
    if not ext.advised and finite(ext.value) and abs(ext.value) < 0.005:
        return ""
    return pilot_line(ext)


def pilot_track_text(t) -> str:
    """The pilot line's track record (:class:`planner.decide.track_record.PilotRecord`), after a space; empty
    without one."""
    if t is None:
        return ""

    def gain(x: float) -> str:
        return f"saving {100 * x:.0f}%" if x >= 0 else f"losing {100 * -x:.0f}%"

    return (f" Track record: in verdicts replayed on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark, "
            f"extensions predicted to save {t.band} of their cost ended {gain(t.value_realized)} of it on average "
            f"(between {gain(t.task_low)} and {gain(t.task_high)} in 8 of 10 tasks) and paid for themselves in "
            f"{percent(t.paid)} of cases.")
