"""A campaign's one answer (:class:`planner.decide.next_step.NextStep`) in words: the measured point, the act, and
the one command that carries it out. ``alplan plan DIR``, ``alplan replan DIR``, ``alplan campaign status`` and
``measure`` and the page print these lines, so they say the same act with the same numbers."""

from __future__ import annotations

import math
import shlex

from planner.decide.next_step import MeasuredPoint, NextStep
from planner.present.verdict_sentence import strategies_words
from planner.present.words import count, metric_words, percent, plural, target_text

__all__ = ["act_line", "answer_text", "decide_command", "measured_line", "next_command", "next_line", "score_text",
           "standing_lines"]


def score_text(score: float, target: float) -> str:
    """``score`` as a percent with the decimals that keep its side of ``target`` plain (83.0% never stands for
    82.96% beside an 83% target)."""
    for decimals in (1, 2, 3):
        text = f"{100 * float(score):.{decimals}f}"
        shown = float(text) / 100
        if (shown >= target) == (score >= target) and (score == target or shown != target):
            return f"{text}%"
    return f"{100 * float(score):.3f}%"


def measured_line(m: MeasuredPoint) -> str:
    """The last measured round against the target."""
    what = metric_words(m.metric)
    side = "meets" if m.met else "is below"
    base = (f"Measured: {score_text(m.score, m.target)} {what} at {plural(m.labels, 'training label')} "
            f"({m.strategy}, round {m.round}; on {plural(m.test_size, 'test label')}, 80% range "
            f"{score_text(m.low, m.target)} to {score_text(m.high, m.target)}): {side} the {target_text(m.target)} "
            "target.")
    if not m.met:
        return base
    how = "the rounds before it, forecast to here, and the test labels" if m.held_out else "the test labels alone"
    if m.stop:
        return (f"{base} The stop rule trusts a measured hit unless the evidence puts the true {what} below the "
                f"target with {percent(m.confidence)} confidence: here P(true {what} >= target) = "
                f"{percent(m.p_met)}, from {how}.")
    settle = ("" if not math.isfinite(m.settle_test_labels) else
              f"; about {plural(m.settle_test_labels, 'more test label')} would settle it")
    return (f"{base} But {how} put the true {what} below the target: P(true {what} >= target) = "
            f"{percent(m.p_met)}, at most {percent(1 - m.confidence)}, so the hit is not trusted yet{settle}.")


def _quoted(folder: str) -> str:
    return shlex.quote(str(folder))


def decide_command(ns: NextStep, question: dict | None) -> str:
    """The command that takes the answer again with the forecast: the question last asked (its command and
    flags), else ``alplan plan DIR --target T`` with this answer's target."""
    folder = _quoted(ns.facts.folder)
    if question is not None:
        return " ".join(["alplan", question["command"], folder, *map(shlex.quote, question["flags"])])
    if ns.target is not None:
        return f"alplan plan {folder} --target {ns.target:g}"
    return f"alplan plan {folder} --target TARGET"


def next_command(ns: NextStep, question: dict | None = None) -> str | None:
    """The one command that carries ``ns`` out; None where the answer is to stop."""
    f = ns.facts
    folder = _quoted(f.folder)
    if ns.act == "stop":
        return None
    if ns.act == "label":
        return f"alplan campaign add {folder} LABELS"
    if ns.act == "measure":
        return f"alplan campaign measure {folder}"
    if ns.act == "decide":
        return decide_command(ns, question)
    words = ["alplan", "campaign", "next", folder]
    if ns.verdict is not None or ns.strategy != f.strategy:   # the forecast's pick, named
        words += ["--strategy", shlex.quote(ns.strategy)]
    if math.isfinite(ns.decide_at) and ns.reason != "standing":
        words += ["--decide-at", f"{int(ns.decide_at)}"]
    return " ".join(words)


def act_line(ns: NextStep) -> str:
    """The act in one sentence."""
    f = ns.facts
    if ns.act == "stop":
        m = ns.measured
        if ns.reason == "met":
            return (f"Stop: the campaign measured the target met at {plural(f.train_labels, 'training label')}; buy "
                    "no more labels.")
        at = "" if m is None else f" ({score_text(m.score, m.target)} {metric_words(m.metric)} measured)"
        if ns.reason == "pool":
            return (f"Stop: every id of the pool has been asked; the {plural(f.train_labels, 'training label')} "
                    f"in hand are what the pool gives{at}.")
        return (f"Stop: the budget of {plural(ns.budget, 'label')} is spent{at}; more labels need a larger "
                "budget.")
    if ns.act == "label":
        if ns.reason == "ids out":
            return (f"Label the {plural(f.round_out, 'id')} of round {f.round} and add them; then measure the "
                    "labels in hand.")
        return "Label the test ids and the initial ids, and add them: the answer rests on what they measure."
    if ns.act == "measure":
        return (f"Measure the {plural(f.train_labels, 'training label')} in hand: the answer starts from their "
                "score on the test labels.")
    if ns.act == "decide":
        if ns.reason == "no target":
            return "Decide with a target: the answer weighs the measured score against it."
        return (f"Decide again: {plural(f.train_labels, 'training label')} in hand, and the order in force ran "
                "its course; the forecast decides what to order next.")
    order = (f"order {plural(ns.order, 'label')} ({plural(math.ceil(ns.order / f.batch_size), 'round')} of "
             f"{count(f.batch_size)})")
    again = (f", then decide again at {plural(ns.decide_at, 'training label')} in hand"
             if math.isfinite(ns.decide_at) else "")
    if ns.reason == "few":
        return (f"Continue with {strategies_words([ns.strategy])}: {order}{again}: a forecast measures every "
                f"strategy on the labels in hand, and needs {plural(f.forecast_from, 'training label')} at least.")
    if ns.act == "switch":
        head = f"Switch to {strategies_words([ns.strategy])}: {order}{again}."
    else:
        head = f"Continue with {strategies_words([ns.strategy])}: {order}{again}."
    if ns.reason == "unreached":
        head += (" No path reaches the target within the pool in most forecasts; labeling at random measures how "
                 "far the curve still rises, and each measure weighs it again.")
    elif ns.reason == "refused":
        head += (f" The forecast's pick cannot run with the campaign's learner; random sampling serves every "
                 "learner.")
    return head


def next_line(ns: NextStep, question: dict | None = None, head: str = "Next") -> str:
    """``Next: `COMMAND``` (``Next: nothing to buy...`` on a stop)."""
    command = next_command(ns, question)
    if command is None:
        return f"{head}: nothing to buy; the measured score stands."
    return f"{head}: `{command}`"


def standing_lines(ns: NextStep, question: dict | None) -> list[str]:
    """What ``campaign add``, ``measure`` and ``status`` end with: the measured point against the target last asked,
    the act, and ``next: `COMMAND```."""
    lines = [measured_line(ns.measured)] if ns.measured is not None else []
    if question is None and ns.act in ("decide", "continue"):
        lines.append(f"no target asked yet: `{decide_command(ns, None)}` with your target weighs the measured score "
                     "against it and says what to order")
    return lines + [act_line(ns), next_line(ns, question, head="next")]


def answer_text(ns: NextStep, question: dict | None = None, verdict_lines=()) -> str:
    """The answer in words: the measured point, the forecast's lines (``verdict_lines``, where one was taken),
    the act and the command."""
    lines = []
    if ns.measured is not None:
        lines.append(measured_line(ns.measured))
    lines += list(verdict_lines)
    lines += [act_line(ns), next_line(ns, question)]
    return "\n".join(lines)
