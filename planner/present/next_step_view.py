"""A campaign's one answer in words, rendered from its record (the JSON of
:class:`planner.decide.campaign_answer.CampaignAnswer`): a lead of at most :data:`MAX_LEAD` lines (the measured point
with the chance the true score meets the target, the act with its order, what the order's path costs from here, and
the one command that carries it out: :func:`next_command` builds that command once, for the record), then the
details ``--explain`` prints (the measured point's range, what would settle an unsure hit, the forecast's lines, what
the split rounds measured, what changed). ``alplan plan DIR``, ``alplan replan DIR``, ``alplan campaign status``,
``measure`` and ``add`` and the page print these lines from the same record, so they say the same act with the same
numbers; no count is computed here."""

from __future__ import annotations

import math
import shlex
from pathlib import Path

from planner.decide.advantage import MIN_SPLIT_ROUNDS
from planner.decide.next_step import NextStep
from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.verdict_sentence import strategies_words
from planner.present.words import count, metric_words, money, percent, plural, target_text

__all__ = ["EXPLAIN", "MAX_LEAD", "act_line", "advantage_line", "answer_parts", "answer_text", "brief_measured_line",
           "chance_text", "changed_line", "cost_line", "decide_command", "export_command", "for_folder",
           "lead_and_details", "measured_line", "measured_lines", "next_command", "next_line", "path_of", "record",
           "score_text", "settle_line", "standing_lines"]

#: The most lines the answer's lead takes (what was measured, the act, the order's path and its cost, the chance,
#: the command; the line that names ``--explain`` among them).
MAX_LEAD = 6
#: The line after a lead whose details ``--explain`` prints.
EXPLAIN = "Why: `--explain` adds the forecast's table and ranges, the rule, the notes and the asides."


def score_text(score: float, target: float) -> str:
    """``score`` as a percent with the decimals that keep its side of ``target`` plain (83.0% never stands for
    82.96% beside an 83% target)."""
    for decimals in (1, 2, 3):
        text = f"{100 * float(score):.{decimals}f}"
        shown = float(text) / 100
        if (shown >= target) == (score >= target) and (score == target or shown != target):
            return f"{text}%"
    return f"{100 * float(score):.3f}%"


def chance_text(m: dict) -> str:
    """``the true accuracy is at or above 63% with a chance of 38%``: the stop rule's P of the measured point."""
    return (f"the true {metric_words(m['metric'])} is at or above {target_text(m['target'])} with a chance of "
            f"{percent(m['p_met'])}")


def _asked(m: dict) -> str:
    """The level a stop asks: the confidence, or the chance the user asked to stop at."""
    if m.get("stop_chance") is not None:
        return f"the {percent(m['stop_chance'])} chance you asked a stop at"
    return f"the {percent(m['confidence'])} a stop asks"


def measured_line(m: dict, split_rounds=()) -> str:
    """The last measured round against the target (the record's ``measured``) and the stop rule's reading of it: a
    reading is called met only where the rule stops on it (P(true score >= target) at its level, never below a half);
    a reading within the test split's noise of the target says so, with the test labels that would tell. A round of
    ``split_rounds`` (the record's ``campaign.split_rounds``) is named as the split order that picked it."""
    what = metric_words(m["metric"])
    target = m["target"]
    side = "meets" if m["stop"] else "reads at or above" if m["met"] else "is below"
    split = next((x["strategy"] for x in split_rounds if x["round"] == m["round"]), None)
    name = m["strategy"] if split is None else f"split {m['strategy']}/{split}"
    base = (f"Measured: {score_text(m['score'], target)} {what} at {plural(m['labels'], 'training label')} "
            f"({name}, round {m['round']}; on {plural(m['test_size'], 'test label')}, {percent(DEFAULT_LEVEL)} range "
            f"{score_text(m['low'], target)} to {score_text(m['high'], target)}): {side} the {target_text(target)} "
            "target.")
    how = ("the rounds before it, forecast to here, and the test labels" if m["held_out"] else
           "the test labels alone")
    if m["stop"]:
        return f"{base} By {how}, {chance_text(m)}: at least {_asked(m)}."
    if m["met"]:
        return f"{base} Not sure yet: by {how}, {chance_text(m)}, below {_asked(m)}."
    if not m.get("within_noise"):
        return base
    more = m.get("settle_test_labels")
    tell = "" if more is None else (
        f"; about {plural(math.ceil(more), 'more test label')}"
        f"{'' if m.get('settle_dollars') is None else ' (' + money(m['settle_dollars']) + ')'} would tell"
        f"{'' if m.get('settle_possible') else ', more than the ' + plural(m['ids_left'], 'id') + ' the pool has left'}")
    return (f"{base} It lies within your {plural(m['test_size'], 'test label')}' noise of the target: not shown "
            f"missed either ({chance_text(m)}){tell}.")


def _train_words(o: dict, s: dict, trusted: str) -> str:
    """More training labels, from the record's ``settle`` option ``o``."""
    name = strategies_words([s["strategy"]]) if s.get("strategy") else "the answer's strategy"
    if o["why"] == "no forecast":
        return "more training labels: no forecast taken yet says how many"
    if o["why"] == "unreached":
        return f"more training labels: the forecast's median on {name} does not reach {trusted} within what it can tell"
    said = (f"more training labels: the forecast's median on {name} reaches {trusted} at "
            f"{plural(o['labels_total'], 'training label')}, {count(o['labels'])} more in whole rounds"
            f"{_priced(o)}")
    if o["why"] == "pool":
        return f"{said}, more than the {plural(s['ids_left'], 'id')} the pool has left"
    return f"{said}, beyond the budget" if o["why"] == "budget" else said


def _test_words(o: dict, s: dict) -> str:
    """More test labels, from the record's ``settle`` option ``o``."""
    if o["why"] == "no count":
        return "more test labels: no count settles a score this close to the target"
    if o["why"] == "held out":
        return ("more test labels: none this count can name: the test labels alone clear the target, the rounds "
                "before it are what doubt it")
    said = f"more test labels: about {count(o['labels'])} more{_priced(o)}"
    return f"{said}, more than the {plural(s['ids_left'], 'id')} the pool has left" if o["why"] == "pool" else said


def _priced(o: dict) -> str:
    return "" if o.get("dollars") is None else f" ({money(o['dollars'])})"


def settle_line(rec: dict) -> str | None:
    """Where the stop rule does not trust a measured hit: the steps that would settle it, each priced, the cheaper one
    the pool allows (or what the test split can and cannot show where it allows neither), and stopping with its
    chance of falling short; all read from the record's ``settle`` (None where it has no priced steps)."""
    s, m = rec.get("settle"), rec.get("measured")
    if not s or not s.get("options") or m is None:
        return None
    what, target = metric_words(m["metric"]), m["target"]
    trusted = score_text(s["trusted_score"], target)
    o = {x["step"]: x for x in s["options"]}
    stop = (f"stop now: a {percent(s['p_below'])} chance the true {what} is below {target_text(target)}"
            f"{'' if o['stop'].get('dollars') is None else ', at no further cost'}")
    at = "" if s.get("label_price") is None else f", at {money(s['label_price'])} a label"
    head = (f"What would settle it{at}: {_train_words(o['train'], s, trusted)}; {_test_words(o['test'], s)}; "
            f"or {stop}.")
    cheaper = s.get("cheaper")
    if cheaper == "train":
        return (f"{head} The cheaper step the pool allows: {plural(o['train']['labels'], 'more training label')}"
                f"{_priced(o['train'])}, and the order below buys toward them.")
    if cheaper == "test":
        return (f"{head} The cheaper step the pool allows: about {plural(o['test']['labels'], 'more test label')}"
                f"{_priced(o['test'])}; no campaign command adds test ids (its test split is drawn at `campaign "
                "start`), so the act below stands.")
    none = ("Nothing the pool allows settles it" if o["train"]["why"] != "no forecast" else
            "The test ids the pool has left cannot settle it, and no forecast yet prices the training labels")
    return (f"{head} {none}: your {plural(s['test_size'], 'test label')} tell the true {what} from the "
            f"{target_text(target)} target at {percent(s['confidence'])} confidence only from a measured {trusted} "
            "up, not closer; stopping now carries that chance.")


def brief_measured_line(m: dict, split_rounds=()) -> str:
    """The last measured round against the target in one short line (the record's ``measured``; a round of
    ``split_rounds`` named as the split order that picked it), with the stop rule's chance that the true score meets
    the target; :func:`measured_line` says it with its range and what the chance rests on."""
    split = next((x["strategy"] for x in split_rounds if x["round"] == m["round"]), None)
    name = m["strategy"] if split is None else f"split {m['strategy']}/{split}"
    side = "meets" if m["stop"] else "reads at or above" if m["met"] else "is below"
    sure = "Not sure yet: t" if m["met"] and not m["stop"] else "T"
    return (f"Measured: {score_text(m['score'], m['target'])} {metric_words(m['metric'])} at "
            f"{plural(m['labels'], 'training label')} ({name}, round {m['round']}): {side} the "
            f"{target_text(m['target'])} target. {sure}{chance_text(m)[1:]}.")


def path_of(rec: dict) -> dict | None:
    """The forecast path from here (one of the record's ``paths``) the answer's order follows: its strategy's, and
    random sampling's for a split order (which runs on random's forecast); None without a forecast."""
    a = rec["answer"]
    name = "random" if a["act"] == "split" else a["strategy"]
    return next((p for p in rec.get("paths") or () if p["strategy"] == name), None)


def cost_line(rec: dict) -> str | None:
    """What reaching the target costs from here on the path the order follows (:func:`path_of`: its median dollars
    and labels from the labels in hand, and its chance of being the cheapest), for an order; None without a forecast
    or an order."""
    a, path = rec["answer"], path_of(rec)
    if path is None or a["act"] not in ("continue", "switch", "split") or a["target"] is None:
        return None
    name, goal = strategies_words([path["strategy"]]), target_text(a["target"])
    name += "'s forecast (the split order follows it)" if a["act"] == "split" else ""
    if not path["reachable"] or path.get("dollars_from_here") is None or path.get("labels_from_here") is None:
        return f"Cost: no {name} path reaches the {goal} target within the pool in most forecasts."
    more = "more than " if path.get("more_than") else ""
    cheapest = "" if path.get("p_cheapest") is None else \
        f"; the cheapest path in {percent(path['p_cheapest'])} of the forecasts"
    return (f"Cost: {more}{money(path['dollars_from_here'])} from here to the {goal} target by {name}, "
            f"{more}{plural(path['labels_from_here'], 'more label')} (the forecast's median{cheapest}).")


def measured_lines(rec: dict) -> list[str]:
    """The measured point (:func:`measured_line`) and, where the stop rule does not trust a hit, what would settle it
    (:func:`settle_line`); none before a measure."""
    if rec["measured"] is None:
        return []
    settle = settle_line(rec)
    split_rounds = rec["campaign"].get("split_rounds") or ()
    return [measured_line(rec["measured"], split_rounds), *([settle] if settle else [])]


def record(ns: NextStep, question: dict | None = None, **parts):
    """The :class:`planner.decide.campaign_answer.CampaignAnswer` of ``ns`` with its one command
    (:func:`next_command`); ``parts``: the record's other parts (``aside``, ``pick``, ``lead``, ``previous``,
    ``stamp``)."""
    from planner.decide.campaign_answer import answer_record

    return answer_record(ns, question, command=next_command(ns, question), **parts)


def _quoted(folder: str) -> str:
    return shlex.quote(str(folder))


def decide_command(ns: NextStep, question: dict | None) -> str:
    """The command that takes the answer again with the forecast: the question last asked (its command and
    flags), else ``alplan plan DIR --target T`` with this answer's target."""
    return _decide_words(ns.facts.folder, question, ns.target)


def _decide_words(folder: str, question: dict | None, target) -> str:
    folder = _quoted(folder)
    if question is not None:
        return " ".join(["alplan", question["command"], folder, *map(shlex.quote, question["flags"])])
    if target is not None:
        return f"alplan plan {folder} --target {target:g}"
    return f"alplan plan {folder} --target TARGET"


def _command(folder: str, *, act: str, reason: str, strategy: str, strategy_now: str, forecast: bool,
             decide_at, question: dict | None, target) -> str | None:
    """The one command that carries out the act ``act`` on the campaign in ``folder`` (as the user named it);
    None on a stop. What :func:`next_command` and :func:`for_folder` both render."""
    quoted = _quoted(folder)
    if act == "stop":
        return None
    if act == "label":
        return f"alplan campaign add {quoted} LABELS"
    if act == "measure":
        return f"alplan campaign measure {quoted}"
    if act == "decide":
        return _decide_words(folder, question, target)
    words = ["alplan", "campaign", "next", quoted]
    if act == "split":
        words += ["--split", shlex.quote(strategy)]
    elif forecast or strategy != strategy_now:   # the forecast's pick, named
        words += ["--strategy", shlex.quote(strategy)]
    if decide_at is not None and math.isfinite(decide_at) and reason != "standing":
        words += ["--decide-at", f"{int(decide_at)}"]
    return " ".join(words)


def next_command(ns: NextStep, question: dict | None = None) -> str | None:
    """The one command that carries ``ns`` out; None where the answer is to stop."""
    f = ns.facts
    return _command(f.folder, act=ns.act, reason=ns.reason, strategy=ns.strategy, strategy_now=f.strategy,
                    forecast=ns.verdict is not None, decide_at=ns.decide_at, question=question, target=ns.target)


def export_command(folder, source: str, labels: int, kind: str = "source") -> str:
    """``alplan campaign export`` of ``source``'s training set at ``labels`` (``kind`` ``source`` or ``relabel``),
    written beside the campaign's folder, each word quoted for a POSIX shell."""
    folder = Path(str(folder))
    name = f"{folder.name or 'campaign'}-{source}{'-relabeled' if kind == 'relabel' else ''}-{int(labels)}.csv"
    words = ["alplan", "campaign", "export", str(folder), "--source", str(source), "--labels", str(int(labels)),
             "--out", str(folder.parent / name)]
    return shlex.join(words + (["--kind", "relabel"] if kind == "relabel" else []))


def for_folder(rec: dict, folder) -> dict:
    """The answer's record ``rec`` (its JSON, kept in ``answer.json``) with its commands rendered for the campaign's
    folder as the user named it (``folder``): a copied folder's kept answer acts on the copy, and one named from
    another directory runs from there. Every other field is as kept."""
    a, lead = rec["answer"], rec.get("lead") or {}
    command = _command(str(folder), act=a["act"], reason=a["reason"], strategy=a["strategy"],
                       strategy_now=rec["campaign"]["strategy_now"], forecast=rec.get("forecast") is not None,
                       decide_at=a["decide_at_labels"], question=rec.get("question"), target=a["target"])
    option = lead.get("option") or {}
    if lead.get("command") is not None:
        lead = {**lead, "command": export_command(folder, option["source"], option["labels"], option["kind"])}
    return {**rec, "campaign": {**rec["campaign"], "folder": str(folder)}, "answer": {**a, "command": command},
            **({"lead": lead} if "lead" in rec else {})}


def _order_words(a: dict, c: dict) -> str:
    """``order N labels (R rounds of B)`` and where the order ends, counted from the labels in hand."""
    order = (f"order {plural(a['order'], 'label')} ({plural(a['rounds'], 'round')} of {count(a['batch_size'])})")
    at = a["decide_at_labels"]
    if at is None:
        return order
    if a.get("until") == "sure":
        return (f"{order}: the forecast's labels to the score your test labels confirm, from the "
                f"{count(c['labels_in_hand']['training'])} in hand, in whole rounds; then measure, and decide again at "
                f"{plural(at, 'training label')} in hand")
    if a.get("until") == "forecast":
        return (f"{order}: the forecast's labels to the target from the {count(c['labels_in_hand']['training'])} "
                f"in hand, in whole rounds; then measure, and decide again at {plural(at, 'training label')} in "
                "hand")
    if a.get("until") == "pool":
        return f"{order}: every id the pool has left; then measure, and decide again at {plural(at, 'training label')}"
    if a.get("until") == "budget":
        return f"{order}: to the budget; then measure, and decide again at {plural(at, 'training label')} in hand"
    return f"{order}, then decide again at {plural(at, 'training label')} in hand"


def _stop_line(rec: dict) -> str:
    a, c, m = rec["answer"], rec["campaign"], rec["measured"]
    held = c["labels_in_hand"]["training"]
    if a["reason"] == "met":
        asked = "" if m.get("stop_chance") is None else f" at a {percent(m['stop_chance'])} chance, as asked"
        return (f"Stop{asked}: measured {score_text(m['score'], m['target'])} at {plural(held, 'training label')}; "
                f"{chance_text(m)}; buy no more labels.")
    at = "" if m is None else f" ({score_text(m['score'], m['target'])} {metric_words(m['metric'])} measured)"
    if a["reason"] == "pool":
        return (f"Stop: every id of the pool has been asked; the {plural(held, 'training label')} in hand are what "
                f"the pool gives{at}.")
    return f"Stop: the budget of {plural(a['budget'], 'label')} is spent{at}; more labels need a larger budget."


def act_line(rec: dict) -> str:
    """The act in one sentence, from the answer's record (:meth:`planner.decide.campaign_answer.CampaignAnswer.to_dict`)."""
    a, c = rec["answer"], rec["campaign"]
    held = c["labels_in_hand"]["training"]
    if a["act"] == "stop":
        return _stop_line(rec)
    if a["act"] == "label":
        if a["reason"] == "ids out":
            at = c.get("decide_at_in_force")
            order = (f" The order in force runs to {plural(at, 'training label')} in hand, where the answer is taken "
                     "again." if isinstance(at, int) and at > held else "")
            return (f"Label the {plural(c['round_out'], 'id')} of round {c['round']} and add them; then measure the "
                    f"labels in hand.{order}")
        return "Label the test ids and the initial ids, and add them: the answer rests on what they measure."
    if a["act"] == "measure":
        if a["reason"] == "sources":
            return (f"Measure source {', '.join(c['sources_unmeasured'])} on the labels in hand: the answer weighs "
                    "each source's measured curve, and its labels changed since the last measure.")
        return f"Measure the {plural(held, 'training label')} in hand: the answer starts from their score on the test labels."
    if a["act"] == "decide":
        return (f"Decide again: {plural(held, 'training label')} in hand, and the order in force ran its course; the "
                "forecast decides what to order next.")
    order = _order_words(a, c)
    name = strategies_words([a["strategy"]])
    if a["act"] == "split":
        return (f"Split the order again, half at random and half by {name}: {order}. {name[0].upper()}{name[1:]}'s "
                "labels and random's are not told apart yet; each split round measures them on your test labels.")
    split = c.get("split_in_force")
    if split and a["act"] == "continue" and a["reason"] in ("standing", "few", "no target"):   # no --strategy: it goes on
        name = f"the split order (half random, half {strategies_words([split])})"
    if a["reason"] == "few":
        return (f"Continue with {name}: {order}: a forecast measures every strategy on the labels in hand, and needs "
                f"{plural(c['forecast_from'], 'training label')} at least.")
    head = f"{'Switch to' if a['act'] == 'switch' else 'Continue with'} {name}: {order}."
    if a["reason"] == "unreached":
        head += (" No path reaches the target within the pool in most forecasts; labeling at random measures how "
                 "far the curve still rises, and each measure weighs it again.")
    elif a["reason"] == "refused":
        head += (" The forecast's pick cannot run with the campaign's learner; random sampling serves every "
                 "learner.")
    elif a["reason"] == "measured":
        head += (f" The split rounds measured {name}'s labels ahead of random's on your pool."
                 if a["strategy"] != "random" else
                 " The split rounds measured no gain from AL's labels on your pool: random sampling costs no AL "
                 "machinery.")
    elif a["reason"] == "standing" and rec.get("question") is not None:
        head += " This is the order in force; the answer is taken again with the forecast at that count."
    return head


def advantage_line(adv: dict | None) -> str | None:
    """What the split rounds measured (the record's ``advantage``), in words; None without a split round."""
    if adv is None:
        return None
    name, what, k = strategies_words([adv["strategy"]]), metric_words(adv["metric"]), count(round(adv["labels"]))

    def points(x) -> str:
        return "?" if x is None else f"{100 * x:+.1f}"

    finding = {"pays": f"{name}'s labels beat random's with {percent(adv['confidence'])} confidence",
               "loses": f"{name}'s labels measured no better than random's",
               "unclear": "not told apart yet"}[adv["finding"]]
    if adv["rounds"] < MIN_SPLIT_ROUNDS:
        finding = "one round decides nothing: the spread between rounds is not measured yet"
    return (f"Measured on your pool: a round's {k} labels by {name} moved {what} {points(adv['mean'])} points against "
            f"random's {k} ({percent(adv['level'])} range {points(adv['low'])} to {points(adv['high'])}), over "
            f"{plural(adv['rounds'], 'split round')}: {finding}.")


def changed_line(rec: dict) -> str | None:
    """Where the answer replaces a standing one that said otherwise: what the rounds since measured, and what changed."""
    was, m = rec.get("changed"), rec.get("measured")
    if not was:
        return None
    a = rec["answer"]
    since = (f"the round at {plural(m['labels'], 'training label')} measured {score_text(m['score'], m['target'])} "
             f"{metric_words(m['metric'])}" if m is not None else
             f"the labels added since {count(was['labels_in_hand'])} in hand")
    if was.get("act") != a["act"] or was.get("strategy") != a["strategy"]:
        before = f"{was.get('act')}{'' if not was.get('strategy') else ' with ' + strategies_words([was['strategy']])}"
        now = f"{a['act']}{'' if not a['strategy'] else ' with ' + strategies_words([a['strategy']])}"
        return f"Changed: {since}: {now}, not {before} (the answer at {plural(was['labels_in_hand'], 'training label')})."
    if a["decide_at_labels"] is not None and was.get("decide_at_labels") is not None:
        return (f"Changed: {since}: decide again at {count(a['decide_at_labels'])}, not {count(was['decide_at_labels'])} "
                f"(the answer at {plural(was['labels_in_hand'], 'training label')}).")
    return None


def next_line(rec: dict, head: str = "Next") -> str:
    """``Next: `COMMAND``` (``Next: nothing to buy...`` on a stop)."""
    command = rec["answer"]["command"]
    if command is None:
        return f"{head}: nothing to buy; the measured score stands."
    return f"{head}: `{command}`"


def _brief(rec: dict) -> list[str]:
    """The measured point in one line (none before a measure)."""
    m = rec["measured"]
    return [] if m is None else [brief_measured_line(m, rec["campaign"].get("split_rounds") or ())]


def _rests_on(rec: dict) -> list[str]:
    """What the split rounds measured (:func:`advantage_line`) where the act rests on it; none otherwise."""
    adv = advantage_line(rec.get("advantage")) if rec["answer"]["reason"] == "measured" else None
    return [adv] if adv else []


def standing_lines(rec: dict) -> list[str]:
    """What ``campaign add``, ``measure`` and ``status`` end with, at most :data:`MAX_LEAD` lines: the measured point
    against the target last asked, why no question stands (where none does), what changed, the act (and what the split
    rounds measured, where it rests on that), what the order's path costs and ``next: `COMMAND```."""
    lines = _brief(rec)
    if rec.get("question_note"):
        lines.append(rec["question_note"])
    if rec["question"] is None and rec["answer"]["act"] in ("decide", "continue"):
        target = "TARGET" if rec["answer"]["target"] is None else f"{rec['answer']['target']:g}"
        lines.append(f"no target asked yet: `alplan plan {_quoted(rec['campaign']['folder'])} --target {target}` with "
                     "your target weighs the measured score against it and says what to order")
    changed, cost = changed_line(rec), cost_line(rec)
    return [*lines, *([changed] if changed else []), act_line(rec), *_rests_on(rec), *([cost] if cost else []),
            next_line(rec, head="next")]


def answer_parts(rec: dict, verdict_lines=()) -> tuple[list[str], list[str]]:
    """(the lead, the details) of the answer in words. The lead, at most :data:`MAX_LEAD` lines with the line that
    names ``--explain``: the measured point, the act (and what the split rounds measured, where it rests on that),
    what the order's path costs and the command. The details: the measured point with its range and what would settle
    it, the forecast's lines (``verdict_lines``, where one was taken), what the split rounds measured and what
    changed."""
    rests, cost, changed = _rests_on(rec), cost_line(rec), changed_line(rec)
    lead = [*_brief(rec), act_line(rec), *rests, *([cost] if cost else []), next_line(rec)]
    adv = [] if rests else [line for line in [advantage_line(rec.get("advantage"))] if line]
    return lead, [*measured_lines(rec), *verdict_lines, *adv, *([changed] if changed else [])]


def answer_text(rec: dict, verdict_lines=(), *, explain: bool = False) -> str:
    """The answer in words: its lead (:func:`answer_parts`), then with ``explain`` a blank line and its details;
    without, the line that names ``--explain`` where there are details."""
    return lead_and_details(*answer_parts(rec, verdict_lines), explain=explain)


def lead_and_details(lead: list[str], details: list[str], *, explain: bool) -> str:
    """``lead``, then ``details`` after a blank line (``explain``) or the line that names ``--explain`` where there
    are any: the page reads the lead as the text before the first blank line."""
    if not details:
        return "\n".join(lead)
    return "\n".join([*lead, "", *details] if explain else [*lead, EXPLAIN])
