"""A campaign's answer with one voice: where training on a source (or its labels re-labeled where the learner
disagrees) is cheapest in expectation to the target from here
(:attr:`planner.decide.campaign.source_path.SourcePick.lead`; never over a stop on a measured hit), the answer leads with
it, in one sentence (what to do, its price, the measured score and the chance the true score meets the target, then
the human path if it falls short, its labels counted from the labels in hand, and what the lead saves in
expectation), with the command that writes its training set and what follows it; the forecast's recommendation
lines describe that lead; the answer's own act and command follow as what to do if it falls short, and the separate
"cheapest in expectation" sentence is not said again. Where the answer's path is cheapest, or the two cannot be
compared, the words are the answer's own (:func:`planner.present.next_step_view.answer_parts`) and the source
lines among its details (:func:`planner.present.source_view.source_lines`); after a stop on a measured hit, no source
is named. Either way the words are a lead of at most six lines (the measured point, the act or option, what it costs,
the chance, the command) and details that ``--explain`` and the page's expander show. Every view reads the typed
answer (:class:`planner.decide.campaign.answer.CampaignAnswer`): its forecast, its sources' paths and their pick
among its fields."""

from __future__ import annotations

import shlex

from planner.decide.campaign.acts import Act
from planner.decide.campaign.answer import CampaignAnswer, Published, led
from planner.present.next_step_view import act_line, answer_parts, brief_measured_line, changed_line, \
    lead_and_details, measured_lines, next_line
from planner.present.redecide_view import redecide_lines
from planner.present.source_view import _source_path, source_lines
from planner.present.verdict_sentence import strategies_words
from planner.present.words import accuracy, count, metric_words, money, percent, target_text

__all__ = ["campaign_parts", "campaign_text", "lead_lines", "lead_metrics", "lead_sentence", "source_after"]

#: The head of the fallback's act and of its command, after a lead.
SHORT = "If it falls short"


def _path_of(pick, paths):
    o = pick.shown
    return next((p for p in paths if p.source == o.source and p.kind == o.kind), None)


def _do(pick, paths) -> str:
    """What the lead does, its price, and its score with the chance it meets the target."""
    o, goal = pick.shown, target_text(pick.target)
    path = _path_of(pick, paths)
    what = metric_words(path.metric) if path is not None else "score"
    if o.kind == "relabel":
        return (f"Re-label source {o.source}'s disagreements: {count(o.labels)} of its labels for "
                f"{money(o.source_label_cost)} and {count(o.relabels)} re-labeled by people for "
                f"{money(o.relabel_cost)}, {money(o.cost)} in all, measured at {accuracy(o.score)} {what}, "
                f"P {percent(o.p)} that the true {what} meets the {goal} target")
    if o.kind == "source" and o.forecast:
        measured = f" (it labeled {count(path.measured_max)})" if path is not None else ""
        return (f"Train on {count(o.labels)} of source {o.source}'s labels{measured}: {money(o.cost)}, forecast past "
                f"the counts measured to reach the {goal} target in {percent(o.p)} of forecasts")
    if o.kind == "source":
        return (f"Train on {count(o.labels)} of source {o.source}'s labels: {money(o.cost)}, measured at "
                f"{accuracy(o.score)} {what}, P {percent(o.p)} that the true {what} meets the {goal} target")
    words = _source_path(pick)
    return f"{words[0].upper()}{words[1:]}"


def _act(rec: CampaignAnswer) -> str:
    if rec.act == Act.STOP:
        return "stop on the labels in hand"
    if rec.act == Act.SPLIT:
        return f"split the order between random sampling and {strategies_words([rec.strategy])}"
    if rec.act == Act.TEST:
        return f"draw {count(rec.order)} more test labels"
    if rec.act == Act.GIVE_UP:
        return "give up on the target"
    verb = "switch to" if rec.act == Act.SWITCH else "continue with"
    return f"{verb} {strategies_words([rec.strategy])}" if rec.strategy else rec.act.value


def _human(rec: CampaignAnswer, pick) -> str:
    """The human path if the lead falls short (the answer's act), and what the lead saves against it in
    expectation; its labels counted from the labels in hand."""
    more = "more than " if pick.answer_more_than else ""
    at_least = "at least " if pick.answer_more_than else ""
    if pick.answer_status == "unreached":
        return f"{_act(rec)}, though no path of the human labels reaches the target in most forecasts"
    expected = "" if pick.source_expected_cost is None else f"{more}{money(pick.source_expected_cost)} in expectation"
    saved = "" if pick.by is None else f", {at_least}{money(pick.by)} less than the human path alone"
    labels = "" if pick.answer_labels is None else f", {count(round(pick.answer_labels))} labels more"
    cost = "" if pick.answer_cost is None else f" for {more}{money(pick.answer_cost)} (the labels in hand sunk)"
    return f"{_act(rec)}{labels}{cost}: {expected}{saved}"


def lead_sentence(rec: CampaignAnswer, pick, paths) -> str:
    """The lead in one sentence: what to do, its price, its score and chance, then the human path if it falls
    short, with the expected cost and saving (:data:`planner.decide.campaign.source_path.RULE`)."""
    return f"{_do(pick, paths)}; if it falls short: {_human(rec, pick)}."


def _after_export(rec: CampaignAnswer, pick) -> str:
    """What follows the export of the lead's training set: train on it, and the human path's command where it
    falls short."""
    o = pick.shown
    where = f"`{rec.command}`" if rec.command else "nothing more to buy"
    return (f"Then: train your model on the exported file (the campaign measured that training set at "
            f"{accuracy(o.score)} on its test ids); if the model falls short in use, the human path follows: {where}.")


def lead_lines(rec: CampaignAnswer, pick, paths) -> list[str]:
    """The lead, its command (``Next: `EXPORT```; a forecast count: have the source label more, add and measure),
    then the answer's act and command as the fallback."""
    o = pick.shown
    folder = shlex.quote(str(rec.facts.folder))
    command = rec.lead.command
    lines = [lead_sentence(rec, pick, paths)]
    if command is not None:
        lines.append(f"Next: `{command}`")
    elif o.kind == "source" and o.forecast:
        path = _path_of(pick, paths)
        more = f"{count(o.labels - path.measured_max)} more" if path is not None else "more"
        lines.append(f"Next: have source {o.source} label {more} ids of the pool, then `alplan campaign add {folder} "
                     f"LABELS --source {shlex.quote(o.source)}` and `alplan campaign measure {folder}`")
    act = act_line(rec)
    return [*lines, f"{SHORT}: {act[0].lower()}{act[1:]}", next_line(rec, head="Next if it falls short")]


def lead_metrics(pick, paths) -> list[str]:
    """The verdict's lines where an option leads: the recommended path, what it saves against the human path and
    its chance, in place of the human verdict's own (its path follows as the fallback)."""
    o = pick.shown
    words = _do(pick, paths)
    more = "at least " if pick.answer_more_than else ""
    saving = "n/a" if pick.by is None else f"{more}{money(pick.by)} in expectation against the human path alone"
    return [f"Recommended path: {words[0].lower()}{words[1:]} (if it falls short: the human path below)",
            f"Savings vs the human path: {saving}",
            f"P(meets the target): {percent(o.p)}" + (" of forecasts" if o.forecast else " (measured)")]


def campaign_parts(rec: CampaignAnswer, after=()) -> tuple[list[str], list[str]]:
    """(the lead, the details) of the campaign's answer in words. Where an option of its sources' pick leads: the
    lead is the measured point in one line, the option (:func:`lead_lines`) and the answer as its fallback; the
    details, the measured point with its range, the forecast's lines (where one was taken; its recommendation lines
    describe the lead), what changed and what follows the export. Otherwise the answer's own
    (:func:`planner.present.next_step_view.answer_parts`). ``after``: the source lines, among the details."""
    verdict, paths, pick = rec.forecast, rec.aside, rec.pick
    is_led = led(pick) and rec.lead.kind != "answer"
    verdict_lines = [] if verdict is None or isinstance(verdict, Published) else \
        redecide_lines(verdict, lead_metrics(pick, paths) if is_led else None)
    if not is_led:
        lead, details = answer_parts(rec, verdict_lines)
        return lead, [*details, *after]
    changed = changed_line(rec)
    brief = [] if rec.measured is None else [brief_measured_line(rec)]
    then = [_after_export(rec, pick)] if rec.lead.command is not None else []
    return ([*brief, *lead_lines(rec, pick, paths)],
            [*measured_lines(rec), *verdict_lines, *([changed] if changed else []), *then, *after])


def campaign_text(rec: CampaignAnswer, *, explain: bool = False, after=()) -> str:
    """The campaign's answer in words (:func:`campaign_parts`): its lead, then with ``explain`` a blank line and its
    details; without, the line that names ``--explain`` where there are details."""
    return lead_and_details(*campaign_parts(rec, after), explain=explain)


def source_after(rec: CampaignAnswer) -> list[str]:
    """The source lines after the answer (:func:`planner.present.source_view.source_lines` of its sources' paths and
    pick), less the pick's sentence where the pick leads the answer (it is said once, as the answer's lead); none
    after a stop on a measured hit (a stop names no source)."""
    if rec.met_stop:
        return []
    return source_lines(rec.aside, rec.pick, with_pick=not led(rec.pick))
