"""What a campaign's answer can say, as types, and the one command each act carries out.

:class:`Act`, :class:`Reason` and :class:`Until` are the answer's act, why it says it and where its order ends (the
JSON's ``answer.act``, ``answer.reason`` and ``answer.until``, published as ``docs/campaign_answer.schema.json``'s
enums: a test holds them equal). :data:`ORDERS` are the acts that order training labels. :func:`command_for` maps an
act to the one command that carries it out (an ``alplan`` command line, quoted for a POSIX shell; None on a stop or a
give-up): the record (:func:`planner.decide.campaign.answer.answer_record`) writes its command with it, and the views
print that command as written. Adding an act is a member here with its entry in :data:`COMMANDS`, its sentence in
:mod:`planner.present.next_step_view` and its value in the schema.
"""

from __future__ import annotations

import math
import shlex
from enum import StrEnum
from pathlib import Path

__all__ = ["ACTS", "COMMANDS", "ORDERS", "REASONS", "UNTIL", "Act", "Action", "Reason", "Until", "command_for",
           "decide_words", "export_command", "more_test_command"]


class Act(StrEnum):
    """What a campaign's answer can say (the JSON's ``answer.act``; a member equals and prints as its value)."""

    LABEL = "label"
    MEASURE = "measure"
    STOP = "stop"
    DECIDE = "decide"
    CONTINUE = "continue"
    SWITCH = "switch"
    SPLIT = "split"
    TEST = "test"
    GIVE_UP = "give up"


class Reason(StrEnum):
    """Why the answer says its act (the JSON's ``answer.reason``, a key for the words of
    :mod:`planner.present.next_step_view`): no label of a split yet (``first``); labels no measure scored
    (``unmeasured``) or sources whose labels changed (``sources``); the target met by the stop rule (``met``); ids
    of the round still out (``ids out``); the pool or the budget spent (``pool``, ``budget``); too few labels for a
    forecast (``few``); the order in force (``standing``); no target asked (``no target``); the forecast to take
    (``forecast``); the forecast's pick (``verdict``), random where no path reaches (``unreached``) or the learner
    refuses the pick (``refused``); what the split rounds measured (``measured``) or have not told apart yet
    (``measuring``); test ids drawn and not labeled yet (``test ids out``); a reading the test split cannot tell from
    the target, which more test labels settle for less in expectation than training labels (``unsure``); a target
    the forecast gives at most the chance a stop leaves of falling short within the pool (``out of reach``)."""

    FIRST = "first"
    UNMEASURED = "unmeasured"
    MET = "met"
    SOURCES = "sources"
    IDS_OUT = "ids out"
    POOL = "pool"
    BUDGET = "budget"
    FEW = "few"
    STANDING = "standing"
    NO_TARGET = "no target"
    FORECAST = "forecast"
    VERDICT = "verdict"
    UNREACHED = "unreached"
    REFUSED = "refused"
    MEASURED = "measured"
    MEASURING = "measuring"
    TEST_OUT = "test ids out"
    UNSURE = "unsure"
    OUT_OF_REACH = "out of reach"


class Until(StrEnum):
    """Where an order ends (the JSON's ``answer.until``): the forecast's median labels to the target (whole rounds),
    the forecast's median labels to the score the test split confirms (an unsure hit, whole rounds), the count at
    which to decide again, the order in force, the pool's last id, or the budget."""

    FORECAST = "forecast"
    SURE = "sure"
    DECIDE_AGAIN = "decide again"
    STANDING = "standing"
    POOL = "pool"
    BUDGET = "budget"


class Action(StrEnum):
    """What steering a measured curve file says (``alplan replan FILE``: the JSON's ``order.action``,
    :class:`planner.decide.campaign.steer.OrderAdvice`): stop, order more labels, or give the target up."""

    STOP = "stop"
    ORDER = "order"
    GIVE_UP = "give up"


#: The values of :class:`Act`, :class:`Reason` and :class:`Until`, in the order the JSON schema lists them.
ACTS = tuple(a.value for a in Act)
REASONS = tuple(r.value for r in Reason)
UNTIL = tuple(u.value for u in Until)

#: The acts that order training labels (an order of a strategy, or split between random and one), each with the
#: count at which to decide again.
ORDERS = (Act.CONTINUE, Act.SWITCH, Act.SPLIT)


def _quoted(folder) -> str:
    return shlex.quote(str(folder))


def decide_words(folder, question, target) -> str:
    """The command that takes the answer again with the forecast: the question last asked (``question``, a
    :class:`planner.decide.campaign.asked.AskedQuestion`: its command and flags), else ``alplan plan DIR --target
    T`` with ``target`` (``TARGET`` where None)."""
    folder = _quoted(folder)
    if question is not None:
        return " ".join(["alplan", question.command, folder, *map(shlex.quote, question.flags)])
    if target is not None:
        return f"alplan plan {folder} --target {target:g}"
    return f"alplan plan {folder} --target TARGET"


def more_test_command(folder, labels: int) -> str:
    """``alplan campaign next DIR --test N``: ``labels`` more test ids drawn at random from the pool's ids never
    asked (the settle's ``test`` step), the folder quoted for a POSIX shell."""
    return f"alplan campaign next {_quoted(folder)} --test {int(labels)}"


def export_command(folder, source: str, labels: int, kind: str = "source") -> str:
    """``alplan campaign export`` of ``source``'s training set at ``labels`` (``kind`` ``source`` or ``relabel``),
    written beside the campaign's folder, each word quoted for a POSIX shell."""
    folder = Path(str(folder))
    name = f"{folder.name or 'campaign'}-{source}{'-relabeled' if kind == 'relabel' else ''}-{int(labels)}.csv"
    words = ["alplan", "campaign", "export", str(folder), "--source", str(source), "--labels", str(int(labels)),
             "--out", str(folder.parent / name)]
    return shlex.join(words + (["--kind", "relabel"] if kind == "relabel" else []))


def _order_command(folder, *, act, reason, strategy, strategy_now, forecast, decide_at, **_) -> str:
    """``alplan campaign next DIR``: the order of an act of :data:`ORDERS`, the strategy named where the forecast
    picked it or it is not the one in force, the split strategy on a split, and its count to decide again (none for
    the order in force)."""
    words = ["alplan", "campaign", "next", _quoted(folder)]
    if act == Act.SPLIT:
        words += ["--split", shlex.quote(strategy)]
    elif forecast or strategy != strategy_now:   # the forecast's pick, named
        words += ["--strategy", shlex.quote(strategy)]
    if decide_at is not None and math.isfinite(decide_at) and reason != Reason.STANDING:
        words += ["--decide-at", f"{int(decide_at)}"]
    return " ".join(words)


#: Each act's command, from the folder and the answer's values (:func:`command_for`'s keywords); None: no command.
COMMANDS = {
    Act.LABEL: lambda folder, **_: f"alplan campaign add {_quoted(folder)} LABELS",
    Act.MEASURE: lambda folder, **_: f"alplan campaign measure {_quoted(folder)}",
    Act.STOP: None,
    Act.DECIDE: lambda folder, *, question, target, **_: decide_words(folder, question, target),
    Act.CONTINUE: _order_command,
    Act.SWITCH: _order_command,
    Act.SPLIT: _order_command,
    Act.TEST: lambda folder, *, order, **_: more_test_command(folder, order),
    Act.GIVE_UP: None,
}


def command_for(folder, *, act: Act, reason: Reason, strategy: str | None, strategy_now: str, forecast: bool,
                decide_at, question, target, order: int = 0) -> str | None:
    """The one command that carries out the act ``act`` on the campaign in ``folder`` (as the user named it), from
    :data:`COMMANDS`; None on a stop or a give-up. ``order``: the test labels a ``test`` act draws; ``forecast``:
    whether a forecast was taken (its pick is named)."""
    build = COMMANDS[Act(act)]
    if build is None:
        return None
    return build(folder, act=Act(act), reason=reason, strategy=strategy, strategy_now=strategy_now,
                 forecast=forecast, decide_at=decide_at, question=question, target=target, order=order)
