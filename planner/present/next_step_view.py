"""A campaign's one answer in words, rendered from its typed record
(:class:`planner.decide.campaign.answer.CampaignAnswer`, which :func:`planner.decide.campaign.answer.answer_record`
builds whole): a lead of at most :data:`MAX_LEAD` lines (the measured point with the chance the true score meets the
target, the act with its order (:data:`ACT_LINES`), what the order's path costs from here, and the one command that
carries it out, as the record holds it), then the details ``--explain`` prints (the measured point's range, what would
settle an unsure hit, the forecast's lines, what the split rounds measured, what changed). ``alplan plan DIR``,
``alplan replan DIR``, ``alplan campaign status``, ``measure`` and ``add`` and the page print these lines from the
same record, so they say the same act with the same numbers; no count is computed here."""

from __future__ import annotations

import math
import shlex

from planner.decide.campaign.acts import ORDERS, Act, Reason, Until, decide_words, more_test_command
from planner.decide.campaign.advantage import MIN_SPLIT_ROUNDS
from planner.decide.campaign.answer import CampaignAnswer
from planner.decide.campaign.settle import expected_labels
from planner.decide.campaign.stop_rule import MeasuredPoint
from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.verdict_sentence import strategies_words
from planner.present.words import count, metric_words, money, percent, plural, target_text

__all__ = ["ACT_LINES", "EXPLAIN", "MAX_LEAD", "act_line", "advantage_line", "answer_parts", "answer_text",
           "brief_measured_line", "chance_text", "changed_line", "cost_line", "lead_and_details", "measured_line",
           "measured_lines", "next_line", "score_text", "settle_line", "standing_lines"]

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


def chance_text(m: MeasuredPoint) -> str:
    """``the true accuracy is at or above 63% with a chance of 38%``: the stop rule's P of the measured point."""
    return (f"the true {metric_words(m.metric)} is at or above {target_text(m.target)} with a chance of "
            f"{percent(m.p_met)}")


def _asked(m: MeasuredPoint) -> str:
    """The level a stop asks: the confidence, or the chance the user asked to stop at."""
    if m.stop_chance is not None:
        return f"the {percent(m.stop_chance)} chance you asked a stop at"
    return f"the {percent(m.confidence)} a stop asks"


def _picked_by(rec: CampaignAnswer) -> str:
    """The order that picked the measured round: its strategy, or ``split S/AL`` where the round was measured
    split."""
    m = rec.measured
    split = next((s for r, s in rec.split_rounds if r == m.round), None)
    return m.strategy if split is None else f"split {m.strategy}/{split}"


def _side(m: MeasuredPoint) -> str:
    return "meets" if m.stop else "reads at or above" if m.met else "is below"


def measured_line(rec: CampaignAnswer) -> str:
    """The last measured round against the target (the record's ``measured``) and the stop rule's reading of it: a
    reading is called met only where the rule stops on it (P(true score >= target) at its level, never below a half);
    a reading within the test split's noise of the target says so, with the test labels that would tell. A round
    measured split is named as the split order that picked it."""
    m = rec.measured
    what, target = metric_words(m.metric), m.target
    base = (f"Measured: {score_text(m.score, target)} {what} at {plural(m.labels, 'training label')} "
            f"({_picked_by(rec)}, round {m.round}; on {plural(m.test_size, 'test label')}, "
            f"{percent(DEFAULT_LEVEL)} range "
            f"{score_text(m.low, target)} to {score_text(m.high, target)}): {_side(m)} the {target_text(target)} "
            "target.")
    how = "the rounds before it, forecast to here, and the test labels" if m.held_out else "the test labels alone"
    if m.stop:
        return f"{base} By {how}, {chance_text(m)}: at least {_asked(m)}."
    if m.met:
        return f"{base} Not sure yet: by {how}, {chance_text(m)}, below {_asked(m)}."
    if not m.within_noise:
        return base
    more = m.settle_test_labels
    tell = "" if not math.isfinite(more) else (
        f"; about {plural(math.ceil(more), 'more test label')}"
        f"{'' if rec.settle_dollars is None else ' (' + money(rec.settle_dollars) + ')'} would tell"
        f"{'' if m.settle_possible else ', more than the ' + plural(m.ids_left, 'id') + ' the pool has left'}")
    return (f"{base} It lies within your {plural(m.test_size, 'test label')}' noise of the target: not shown "
            f"missed either ({chance_text(m)}){tell}.")


def _train_words(o, s, ids_left: int, trusted: str) -> str:
    """More training labels, from the settle option ``o`` of ``s`` (a
    :class:`planner.decide.campaign.settle.PricedSettle`)."""
    name = strategies_words([s.strategy]) if s.strategy else "the answer's strategy"
    if o.why == "no forecast":
        return "more training labels: no forecast taken yet says how many"
    if o.why == "unreached":
        return f"more training labels: the forecast's median on {name} does not reach {trusted} within what it can tell"
    said = (f"more training labels: the forecast's median on {name} reaches {trusted} at "
            f"{plural(o.labels_total, 'training label')}, {count(o.labels)} more in whole rounds{_priced(o)}")
    if o.why == "pool":
        return f"{said}, more than the {plural(ids_left, 'id')} the pool has left"
    return f"{said}, beyond the budget" if o.why == "budget" else said


def _test_words(o, ids_left: int, folder: str) -> str:
    """More test labels, from the settle option ``o``, with the command that draws them where the pool holds them
    (:func:`planner.decide.campaign.acts.more_test_command`, on the campaign's ``folder``)."""
    if o.why == "no count":
        return "more test labels: no count settles a score this close to the target"
    if o.why == "held out":
        return ("more test labels: none this count can name: the test labels alone clear the target, the rounds "
                "before it are what doubt it")
    said = f"more test labels: about {count(o.labels)} more{_priced(o)}"
    if o.why == "pool":
        return f"{said}, more than the {plural(ids_left, 'id')} the pool has left"
    return f"{said}, drawn by `{more_test_command(folder, o.labels)}`" if o.possible else said


def _priced(o) -> str:
    return "" if o.dollars is None else f" ({money(o.dollars)})"


def settle_line(rec: CampaignAnswer) -> str | None:
    """Where the stop rule does not trust a measured hit: the steps that would settle it, each priced, the cheaper one
    the pool allows (or what the test split can and cannot show where it allows neither), and stopping with its
    chance of falling short; all read from the record's ``settle`` (None where it has no priced steps)."""
    s, m = rec.settle, rec.measured
    if s is None or not s.options or m is None:
        return None
    what, target, left = metric_words(m.metric), m.target, int(m.ids_left)
    trusted = score_text(s.trusted_score, target)
    train, test, stop = s.option("train"), s.option("test"), s.option("stop")
    stop = (f"stop now: a {percent(s.p_below)} chance the true {what} is below {target_text(target)}"
            f"{'' if stop.dollars is None else ', at no further cost'}")
    at = "" if s.label_price is None else f", at {money(s.label_price)} a label"
    test_words = _test_words(test, left, rec.facts.folder)
    head = f"What would settle it{at}: {_train_words(train, s, left, trusted)}; {test_words}; or {stop}."
    if s.cheaper == "train":
        return (f"{head} The cheaper step the pool allows: {plural(train.labels, 'more training label')}"
                f"{_priced(train)}, and the order below buys toward them.")
    if s.cheaper == "test":
        return (f"{head} The cheaper step the pool allows: about {plural(test.labels, 'more test label')}"
                f"{_priced(test)}: draw them with the command above, label them, `campaign add` them, then "
                "`campaign measure`; or follow the act below.")
    none = ("Nothing the pool allows settles it" if train.why != "no forecast" else
            "The test ids the pool has left cannot settle it, and no forecast yet prices the training labels")
    return (f"{head} {none}: your {plural(s.test_size, 'test label')} tell the true {what} from the "
            f"{target_text(target)} target at {percent(s.confidence)} confidence only from a measured {trusted} "
            "up, not closer; stopping now carries that chance.")


def brief_measured_line(rec: CampaignAnswer) -> str:
    """The last measured round against the target in one short line (a round measured split named as the split
    order that picked it), with the stop rule's chance that the true score meets the target; :func:`measured_line`
    says it with its range and what the chance rests on."""
    m = rec.measured
    sure = "Not sure yet: t" if m.met and not m.stop else "T"
    return (f"Measured: {score_text(m.score, m.target)} {metric_words(m.metric)} at "
            f"{plural(m.labels, 'training label')} ({_picked_by(rec)}, round {m.round}): {_side(m)} the "
            f"{target_text(m.target)} target. {sure}{chance_text(m)[1:]}.{base_rate_text(m)}")


def base_rate_text(m: MeasuredPoint) -> str:
    """Where a measured accuracy is within the test split's noise of the majority class's share of its test labels
    (:attr:`planner.decide.campaign.stop_rule.MeasuredPoint.at_base_rate`): a sentence that says so and names the metrics that
    see past it; "" otherwise."""
    if not m.at_base_rate:
        return ""
    f1 = "" if not math.isfinite(m.macro_f1) else f" ({m.macro_f1:.2f} here)"
    return (f" The majority class is {percent(m.majority_share)} of your test labels: a model that always answers it "
            f"scores about as much, so this accuracy shows no learning; macro-F1{f1} or balanced accuracy sees past "
            "it (`--metric macro_f1`).")


def cost_line(rec: CampaignAnswer) -> str | None:
    """What reaching the target costs from here on the path the order follows (its median dollars and labels from
    the labels in hand, and its chance of being the cheapest), for an order; None without a forecast or an order."""
    if rec.act == Act.TEST:
        return _test_cost_line(rec)
    line = _path_cost_line(rec)
    return line if line is None or rec.tell is None else f"{line} {tell_text(rec)}"


def tell_text(rec: CampaignAnswer) -> str:
    """The test split the question needs (the record's ``tell``): the test labels that tell the target from what the
    pool likely gives, against those in hand."""
    t, m = rec.tell, rec.measured
    goal, likely = target_text(m.target), score_text(t.pool_score, m.target)
    if t.more is None:
        return (f"The pool likely gives {likely} (the forecast's median with every id labeled), the target itself: no "
                "count of test labels tells them apart.")
    head = f"Telling the {goal} target from the {likely} the pool likely gives (the forecast's median with every id labeled)"
    if not t.possible:
        return (f"{head} takes more test labels than the {plural(int(rec.facts.left), 'id')} the pool has left: "
                "no test split it holds tells them apart.")
    dollars = "" if t.dollars is None else f", {money(t.dollars)}"
    return (f"{head} takes about {plural(t.test_labels, 'test label')} ({count(t.more)} more{dollars}): "
            f"`{more_test_command(rec.facts.folder, t.more)}` draws them.")


def _path_cost_line(rec: CampaignAnswer) -> str | None:
    """What reaching the target costs from here on the path an order follows; None without a forecast or an
    order."""
    path = rec.path
    if path is None or rec.act not in ORDERS or rec.target is None:
        return None
    name, goal = strategies_words([path.strategy]), target_text(rec.target)
    name += " (the split order follows its forecast)" if rec.act == Act.SPLIT else ""
    if not path.reachable or path.dollars_from_here is None or path.labels_from_here is None:
        share = "fewer than half" if path.p_reaches is None else percent(path.p_reaches)
        return (f"Cost: no median to quote: by {name} the {goal} target is reached within the pool in {share} of "
                "the forecasts.")
    more = "more than " if path.more_than else ""
    cheapest = "" if path.p_cheapest is None else f"; the cheapest path in {percent(path.p_cheapest)} of the forecasts"
    return (f"Cost: {more}{money(path.dollars_from_here)} from here to the {goal} target by {name}, "
            f"{more}{plural(path.labels_from_here, 'more label')} (the forecast's median{cheapest}).")


def _test_cost_line(rec: CampaignAnswer) -> str | None:
    """A ``test`` act's cost: its test labels against the training labels it was weighed against, and the expectation
    that chose it (:func:`planner.decide.campaign.settle.expected_labels`)."""
    s = rec.settle
    if s is None:
        return None
    train, test = s.option("train"), s.option("test")
    c_train, c_test = expected_labels(train, test, 1.0 - s.p_below)
    against = (f"training to the score your test labels confirm takes {plural(train.labels, 'label')}{_priced(train)}"
               if train.possible else "no training order the forecast names confirms the target")
    return (f"Cost: {plural(test.labels, 'test label')}{_priced(test)}; {against}. In expectation "
            f"{count(round(c_test))} labels, the {percent(s.p_below)} chance that the larger test split shows the "
            f"target missed counted{'' if not math.isfinite(c_train) else ', against ' + count(round(c_train))}.")


def measured_lines(rec: CampaignAnswer) -> list[str]:
    """The measured point (:func:`measured_line`) and, where the stop rule does not trust a hit, what would settle it
    (:func:`settle_line`); none before a measure."""
    if rec.measured is None:
        return []
    settle = settle_line(rec)
    return [measured_line(rec), *([settle] if settle else [])]


def _order_words(rec: CampaignAnswer) -> str:
    """``order N labels (R rounds of B)`` and where the order ends, counted from the labels in hand."""
    order = (f"order {plural(rec.order, 'label')} ({plural(rec.order_rounds, 'round')} of "
             f"{count(int(rec.facts.batch_size))})")
    at, held = rec.decide_at, int(rec.facts.train_labels)
    if at is None:
        return order
    if rec.until == Until.SURE:
        return (f"{order}: the forecast's labels to the score your test labels confirm, from the {count(held)} in "
                f"hand, in whole rounds; then measure, and decide again at {plural(at, 'training label')} in hand")
    if rec.until == Until.FORECAST:
        return (f"{order}: the forecast's labels to the target from the {count(held)} in hand, in whole rounds; then "
                f"measure, and decide again at {plural(at, 'training label')} in hand")
    if rec.until == Until.POOL:
        return f"{order}: every id the pool has left; then measure, and decide again at {plural(at, 'training label')}"
    if rec.until == Until.BUDGET:
        return f"{order}: to the budget; then measure, and decide again at {plural(at, 'training label')} in hand"
    return f"{order}, then decide again at {plural(at, 'training label')} in hand"


def _stop_line(rec: CampaignAnswer) -> str:
    m, held = rec.measured, int(rec.facts.train_labels)
    if rec.reason == Reason.MET:
        asked = "" if m.stop_chance is None else f" at a {percent(m.stop_chance)} chance, as asked"
        return (f"Stop{asked}: measured {score_text(m.score, m.target)} at {plural(held, 'training label')}; "
                f"{chance_text(m)}; buy no more labels.")
    at = "" if m is None else f" ({score_text(m.score, m.target)} {metric_words(m.metric)} measured)"
    if rec.reason == Reason.POOL:
        return (f"Stop: every id of the pool has been asked; the {plural(held, 'training label')} in hand are what "
                f"the pool gives{at}.")
    return f"Stop: the budget of {plural(rec.budget, 'label')} is spent{at}; more labels need a larger budget."


def _test_line(rec: CampaignAnswer) -> str:
    """A ``test`` act: the test labels that tell the measured score from the target, and why not training labels."""
    m, s = rec.measured, rec.settle
    return (f"Buy test labels, not training labels: {plural(rec.order, 'more test label')} tell the measured "
            f"{score_text(m.score, m.target)} from the {target_text(m.target)} target at {percent(m.confidence)} "
            f"confidence{'' if s is None or s.cheaper != 'test' else ', for less in expectation than training'}. "
            "Draw them with the command below, label them and `campaign add` them; the answer is taken again on the "
            "larger test split.")


def _give_up_line(rec: CampaignAnswer) -> str:
    """A ``give up`` act: the target's chance within the pool, and the target the pool reaches at the confidence."""
    r, m = rec.reach, rec.measured
    what, goal = metric_words(m.metric), target_text(m.target)
    head = (f"Give up on the {goal} target: the forecast reaches it within the pool in {percent(r.p_target)} of its "
            f"draws, at most the {percent(1 - r.confidence)} chance a stop leaves of falling short; stop paying for "
            "it.")
    if not math.isfinite(r.score):
        return (f"{head} Not even the measured range's low ({score_text(m.low, m.target)}) is reached with "
                f"{percent(r.confidence)} confidence.")
    held = int(rec.facts.train_labels)
    cost = ("with the labels in hand" if r.labels_total is None or r.labels_total <= held else
            f"at {plural(r.labels_total, 'training label')} ({count(r.labels_total - held)} more"
            f"{'' if r.dollars is None else ', ' + money(r.dollars)} from here)")
    lower = decide_words(rec.facts.folder, None, r.score)
    return (f"{head} With {percent(r.confidence)} confidence the pool reaches {100 * r.score:.1f}% {what} {cost}: "
            f"`{lower}` asks that target.")


def _label_line(rec: CampaignAnswer) -> str:
    """A ``label`` act: the test ids drawn, the round's ids out, or the first test and initial ids."""
    f = rec.facts
    if rec.reason == Reason.TEST_OUT:
        return (f"Label the {plural(int(f.test_out), 'test id')} drawn and add them: the answer is taken again on the "
                "larger test split.")
    if rec.reason == Reason.IDS_OUT:
        at = f.decide_at
        order = (f" The order in force runs to {plural(at, 'training label')} in hand, where the answer is taken "
                 "again." if isinstance(at, int) and at > int(f.train_labels) else "")
        return (f"Label the {plural(int(f.round_out), 'id')} of round {int(f.round)} and add them; then measure "
                f"the labels in hand.{order}")
    return "Label the test ids and the initial ids, and add them: the answer rests on what they measure."


def _measure_line(rec: CampaignAnswer) -> str:
    f = rec.facts
    if rec.reason == Reason.SOURCES:
        return (f"Measure source {', '.join(f.sources_unmeasured)} on the labels in hand: the answer weighs "
                "each source's measured curve, and its labels changed since the last measure.")
    return (f"Measure the {plural(int(f.train_labels), 'training label')} in hand: the answer starts from their score "
            "on the test labels.")


def _decide_line(rec: CampaignAnswer) -> str:
    return (f"Decide again: {plural(int(rec.facts.train_labels), 'training label')} in hand, and the order in force "
            "ran its course; the forecast decides what to order next.")


def _split_line(rec: CampaignAnswer) -> str:
    order, name = _order_words(rec), strategies_words([rec.strategy])
    return (f"Split the order again, half at random and half by {name}: {order}. {name[0].upper()}{name[1:]}'s "
            "labels and random's are not told apart yet; each split round measures them on your test labels.")


def _order_line(rec: CampaignAnswer) -> str:
    """A ``continue`` or ``switch`` act: the strategy, the order and why."""
    f = rec.facts
    order = _order_words(rec)
    name = strategies_words([rec.strategy])
    if f.split and rec.act == Act.CONTINUE and rec.reason in (Reason.STANDING, Reason.FEW, Reason.NO_TARGET):
        name = f"the split order (half random, half {strategies_words([f.split])})"   # no --strategy
    if rec.reason == Reason.FEW:
        return (f"Continue with {name}: {order}: a forecast measures every strategy on the labels in hand, and needs "
                f"{plural(int(f.forecast_from), 'training label')} at least.")
    head = f"{'Switch to' if rec.act == Act.SWITCH else 'Continue with'} {name}: {order}."
    if rec.reason == Reason.UNREACHED:
        head += (" The target is reached within the pool in fewer than half of the forecasts; labeling at random "
                 "measures how far the curve still rises, and each measure weighs it again.")
    elif rec.reason == Reason.REFUSED:
        head += (" The forecast's pick cannot run with the campaign's learner; random sampling serves every "
                 "learner.")
    elif rec.reason == Reason.MEASURED:
        head += (f" The split rounds measured {name}'s labels ahead of random's on your pool."
                 if rec.strategy != "random" else
                 " The split rounds measured no gain from AL's labels on your pool: random sampling costs no AL "
                 "machinery.")
    elif rec.reason == Reason.STANDING and rec.question is not None:
        head += " This is the order in force; the answer is taken again with the forecast at that count."
    return head


#: Each act's sentence (:func:`act_line`): a new act is a line here.
ACT_LINES = {
    Act.LABEL: _label_line,
    Act.MEASURE: _measure_line,
    Act.STOP: _stop_line,
    Act.DECIDE: _decide_line,
    Act.CONTINUE: _order_line,
    Act.SWITCH: _order_line,
    Act.SPLIT: _split_line,
    Act.TEST: _test_line,
    Act.GIVE_UP: _give_up_line,
}


def act_line(rec: CampaignAnswer) -> str:
    """The act in one sentence, from the answer (:class:`planner.decide.campaign.answer.CampaignAnswer`):
    :data:`ACT_LINES`'s for its act."""
    return ACT_LINES[rec.act](rec)


def advantage_line(adv) -> str | None:
    """What the split rounds measured (the answer's :class:`planner.decide.campaign.advantage.MeasuredAdvantage`), in words;
    None without a split round."""
    if adv is None:
        return None
    name, what, k = strategies_words([adv.strategy]), metric_words(adv.metric), count(round(adv.labels))

    def points(x) -> str:
        return "?" if not math.isfinite(x) else f"{100 * x:+.1f}"

    finding = {"pays": f"{name}'s labels beat random's with {percent(adv.confidence)} confidence",
               "loses": f"{name}'s labels measured no better than random's",
               "unclear": "not told apart yet"}[adv.finding]
    if adv.rounds < MIN_SPLIT_ROUNDS:
        finding = "one round decides nothing: the spread between rounds is not measured yet"
    return (f"Measured on your pool: a round's {k} labels by {name} moved {what} {points(adv.mean)} points against "
            f"random's {k} ({percent(adv.level)} range {points(adv.low)} to {points(adv.high)}), over "
            f"{plural(adv.rounds, 'split round')}: {finding}.")


def changed_line(rec: CampaignAnswer) -> str | None:
    """Where the answer replaces a standing one that said otherwise: what the rounds since measured, and what
    changed."""
    was, m = rec.changed, rec.measured
    if not was:
        return None
    since = (f"the round at {plural(m.labels, 'training label')} measured {score_text(m.score, m.target)} "
             f"{metric_words(m.metric)}" if m is not None else
             f"the labels added since {count(was.labels_in_hand)} in hand")
    if was.act != rec.act or was.strategy != rec.strategy:
        before = f"{was.act}{'' if not was.strategy else ' with ' + strategies_words([was.strategy])}"
        now = f"{rec.act}{'' if not rec.strategy else ' with ' + strategies_words([rec.strategy])}"
        return f"Changed: {since}: {now}, not {before} (the answer at {plural(was.labels_in_hand, 'training label')})."
    if rec.decide_at is not None and was.decide_at_labels is not None:
        return (f"Changed: {since}: decide again at {count(rec.decide_at)}, not {count(was.decide_at_labels)} "
                f"(the answer at {plural(was.labels_in_hand, 'training label')}).")
    return None


def next_line(rec: CampaignAnswer, head: str = "Next") -> str:
    """``Next: `COMMAND``` (``Next: nothing to buy...`` on a stop)."""
    if rec.command is None:
        return f"{head}: nothing to buy; the measured score stands."
    return f"{head}: `{rec.command}`"


def _brief(rec: CampaignAnswer) -> list[str]:
    """The measured point in one line (none before a measure)."""
    return [] if rec.measured is None else [brief_measured_line(rec)]


def _rests_on(rec: CampaignAnswer) -> list[str]:
    """What the split rounds measured (:func:`advantage_line`) where the act rests on it; none otherwise."""
    adv = advantage_line(rec.advantage) if rec.reason == Reason.MEASURED else None
    return [adv] if adv else []


def standing_lines(rec: CampaignAnswer) -> list[str]:
    """What ``campaign add``, ``measure`` and ``status`` end with, at most :data:`MAX_LEAD` lines: the measured point
    against the target last asked, why no question stands (where none does), what changed, the act (and what the split
    rounds measured, where it rests on that), what the order's path costs and ``next: `COMMAND```."""
    lines = _brief(rec)
    if rec.question_note:
        lines.append(rec.question_note)
    if rec.question is None and rec.act in (Act.DECIDE, Act.CONTINUE):
        target = "TARGET" if rec.target is None else f"{rec.target:g}"
        lines.append(f"no target asked yet: `alplan plan {shlex.quote(str(rec.facts.folder))} --target {target}` with "
                     "your target weighs the measured score against it and says what to order")
    changed, cost = changed_line(rec), cost_line(rec)
    return [*lines, *([changed] if changed else []), act_line(rec), *_rests_on(rec), *([cost] if cost else []),
            next_line(rec, head="next")]


def answer_parts(rec: CampaignAnswer, verdict_lines=()) -> tuple[list[str], list[str]]:
    """(the lead, the details) of the answer in words. The lead, at most :data:`MAX_LEAD` lines with the line that
    names ``--explain``: the measured point, the act (and what the split rounds measured, where it rests on that),
    what the order's path costs and the command. The details: the measured point with its range and what would settle
    it, the forecast's lines (``verdict_lines``, where one was taken), what the split rounds measured and what
    changed."""
    rests, cost, changed = _rests_on(rec), cost_line(rec), changed_line(rec)
    lead = [*_brief(rec), act_line(rec), *rests, *([cost] if cost else []), next_line(rec)]
    adv = [] if rests else [line for line in [advantage_line(rec.advantage)] if line]
    return lead, [*measured_lines(rec), *verdict_lines, *adv, *([changed] if changed else [])]


def answer_text(rec: CampaignAnswer, verdict_lines=(), *, explain: bool = False) -> str:
    """The answer in words: its lead (:func:`answer_parts`), then with ``explain`` a blank line and its details;
    without, the line that names ``--explain`` where there are details."""
    return lead_and_details(*answer_parts(rec, verdict_lines), explain=explain)


def lead_and_details(lead: list[str], details: list[str], *, explain: bool) -> str:
    """``lead``, then ``details`` after a blank line (``explain``) or the line that names ``--explain`` where there
    are any: the page reads the lead as the text before the first blank line."""
    if not details:
        return "\n".join(lead)
    return "\n".join([*lead, "", *details] if explain else [*lead, EXPLAIN])
