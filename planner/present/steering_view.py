"""Steering a running campaign (``alplan replan`` and the page's steering section): the next order and its notes, read
from a :class:`planner.decide.campaign.steer.OrderAdvice`, and the dollar-optimal stop, read from a
:class:`planner.decide.campaign.steer.StopAdvice` (:func:`campaign_text`, :func:`order_metrics`); the steering inputs'
labels and help (:data:`CAMPAIGN_INPUTS`)."""

from __future__ import annotations

import math

from planner.decide.campaign.acts import Action
from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.words import (Metric, accuracy, beyond_fields, count, count_range, figure, finite, metric_words,
                                   money, percent, plural, target_text)

__all__ = ["CAMPAIGN_CONFIDENCE_HELP", "CAMPAIGN_INPUTS", "budget_buys",
           "campaign_text", "near_noise_note", "order_metrics", "order_notes", "order_text", "replan_track_line",
           "stop_text"]

def order_text(o, name: str | None = None) -> str:
    """A campaign's next order (:class:`planner.decide.campaign.steer.OrderAdvice`) in words: the action, what it rests on.

    ``name``: what to call the curve (``"your campaign"`` when the file named no strategy).
    """
    m = metric_words(getattr(o, "metric", "accuracy"))
    target = target_text(o.target) + ("" if m == "accuracy" else f" {m}")
    conf = percent(o.confidence)
    meas = (f"measured {accuracy(o.measured)} at {plural(o.current_labels, 'label')} ({o.test_noise})"
            if finite(o.measured) else "")
    how = ("the rounds before it, forecast to here, and that measurement" if getattr(o, "held_out", False)
           else "that measurement alone")
    evidence = (f"that measurement puts the {m} here at {accuracy(o.accuracy_now)} "
                f"({percent(DEFAULT_LEVEL)} range {accuracy(o.accuracy_now_low)} to {accuracy(o.accuracy_now_high)}); "
                f"by {how}, "
                f"P(true {m} >= {target_text(o.target)}) = {percent(o.p_true)}")
    within = (f"within the {o.budget_source} ({plural(o.budget_labels, 'label')})"
              if finite(o.budget_labels) else "at all")
    asked = (f"the {percent(o.stop_chance)} chance you asked a stop at" if finite(getattr(o, "stop_chance", math.nan))
             else f"the {conf} a stop asks")
    if o.action == Action.STOP:
        at = "" if not finite(getattr(o, "stop_chance", math.nan)) else f" at a {percent(o.stop_chance)} chance, as asked"
        head = (f"Stop{at}: the target {target} is met - {meas} meets it, and {evidence}, at least {asked}.")
    elif o.action == Action.GIVE_UP:
        recorded = (f" (in replayed campaigns, a later test met the target after "
                    f"{percent(o.p_within_recorded)} of the answers stating that)"
                    if finite(getattr(o, "p_within_recorded", math.nan)) else "")
        level = getattr(o, "give_up_below", math.nan)
        allowed = (f"at most the {percent(level)} you set to give up at" if finite(level)
                   else f"at most the {percent(1 - o.confidence)} that {conf} confidence allows")
        head = (f"Give up on {target}: it is reached {within} in only {percent(o.p_within_budget)} of the "
                f"forecasts{recorded}, {allowed}; lower the target, raise the budget, change the model, or "
                "measure more rounds to be sure.")
    else:
        at_conf = (f"{figure(o, 'order_at_confidence', count, 'more labels')} reach it with probability {conf}"
                   if "order_at_confidence" in beyond_fields(o) else
                   f"{plural(o.order_at_confidence, 'more label', 'more labels')} reach it with probability {conf}"
                   if finite(o.order_at_confidence) else f"no order within the budget reaches it with probability {conf}")
        risk = ("" if o.p_within_budget >= 0.995 else
                f" The target is reached {within} in {percent(o.p_within_budget)} of the forecasts; the order is "
                "sized for those, and the next rounds will tell.")
        if "order" in beyond_fields(o):
            head = (f"Order {figure(o, 'order', count, 'labels')} to reach the target {target}; measure further "
                    f"before ordering that many; {at_conf}.{risk}")
        else:   # an unsure hit the forecast calls reached already: the stop rule's reading below says why not
            at_conf = "" if o.measured_hit and o.order_at_confidence == 0 else f"; {at_conf}"
            head = (f"Order {plural(o.order, 'label')} next: then the target "
                    f"{target} is reached with probability "
                    f"{percent(o.p_reach_after)}, in {o.expected_orders:.1f} orders on average "
                    f"({money(o.per_order_cost)} an order besides its labels){at_conf}.{risk}")
        if o.measured_hit:
            head += (f" The {meas} reads at or above the target, but it is not sure yet: {evidence}, below "
                     f"{asked}.")
    if finite(o.labels_needed):
        hi = (figure(o, "labels_needed_high", count) if finite(o.labels_needed_high)
              else "not reached in the upper forecasts")
        needed = (f"Labels needed in all: {figure(o, 'labels_needed', count)} ({percent(DEFAULT_LEVEL)} range "
                  + (f"{figure(o, 'labels_needed_low', count)})" if "labels_needed_low" in beyond_fields(o)
                     else f"{count(o.labels_needed_low)} to {hi})"))
    else:
        needed = "Labels needed in all: not reached in most forecasts"
    lines = [head]
    if finite(o.budget_labels) and finite(getattr(o, "budget_accuracy", math.nan)):
        lines.append(f"{budget_buys(o)} {accuracy(o.budget_accuracy)} ({percent(DEFAULT_LEVEL)} range "
                     f"{accuracy(o.budget_accuracy_low)} "
                     f"to {accuracy(o.budget_accuracy_high)}); it reaches {target} in {percent(o.p_within_budget)} "
                     "of the forecasts.")
    basis = o.basis if not name else f"{name}, {o.basis}"
    lines.append(f"{needed}. Rests on: {basis}.")
    track = replan_track_line(o)
    if track:
        lines.append(track)
    lines += [f"note: {_named(n, o.strategy, name)}" for n in order_notes(o)]
    return "\n".join(lines)


def order_notes(o) -> list[str]:
    """A campaign's notes (:class:`planner.decide.campaign.steer.OrderAdvice`): those it carries, then, where the
    target lies within the test's noise of what the budget buys, :func:`near_noise_note`. ``alplan replan --json``
    prints these as the order's ``notes``."""
    notes = list(o.notes)
    tell = getattr(o, "test_size_to_tell", math.nan)
    if finite(tell):
        notes.append(near_noise_note(o.budget_accuracy, o.target, o.budget_accuracy_se, o.confidence, tell))
    return notes


def _named(note: str, strategy: str, name: str | None) -> str:
    """``note`` with the curve's internal strategy name at its start (a note such as "random (ends at 0.88): ...")
    replaced by ``name``, what the user calls the curve (``"your campaign"`` when the file named no strategy)."""
    if name and note.startswith((f"{strategy}:", f"{strategy} (")):
        return name + note[len(strategy):]
    return note


def replan_track_line(o) -> str | None:
    """How answers like this one fared in replayed campaigns held out from every fit
    (:attr:`planner.decide.campaign.steer.OrderAdvice.track_record`); None without one."""
    t = getattr(o, "track_record", None)
    if t is None:
        return None
    after = "give-ups" if t.action == Action.GIVE_UP else "orders" if t.action == Action.ORDER else "answers"
    head = (f"Track record: in campaigns replayed on {plural(t.data_sets, 'held-out AL task')} of alplan's benchmark, "
            f"after {after} "
            f"stating a {t.band} chance of reaching the target within the budget")
    spread = f"({percent(t.task_low)} to {percent(t.task_high)} in 8 of 10 tasks)"
    if t.action == Action.GIVE_UP:
        return (f"{head}, a later test of the same run would have met the target within the budget in "
                f"{percent(t.hit_later)} of them {spread}.")
    return f"{head}, a later test met the target within the budget after {percent(t.hit_later)} of them {spread}."


def near_noise_note(level: float, target: float, se: float, confidence: float, tell: float) -> str:
    """A give-up's words when the target is within the test's noise of the accuracy ``level`` the budget buys: ``se``
    is one measurement's standard error there, ``tell`` the test-set size that tells the two apart
    (:func:`planner.decide.campaign.stop_rule.tell_apart_size`)."""
    from scipy.special import ndtr   # lazy: start-up time (scipy)

    lucky = float(ndtr((level - target) / se))
    return (f"the target {target_text(target)} is within this test's noise of the {accuracy(level)} the "
            f"forecasts put at the budget: with +/-{100 * se:.1f} points a measurement, one reading in "
            f"{max(round(1 / lucky), 1):,} there meets the target even if the accuracy stays at "
            f"{accuracy(level)} ({percent(lucky)}), so such a reading would not tell. A test set of about "
            f"{tell:,.0f} examples tells {target_text(target)} from {accuracy(level)} with "
            f"{percent(confidence)} confidence: a larger test set, not more labels, is what decides this target")


def budget_buys(o) -> str:
    """"The budget (N labels) buys": with a dollar budget, what it is (dollars still to spend) and what it pays
    for (the labels left after the fixed costs of every order the schedule can place)."""
    dollars = getattr(o, "budget_dollars", math.nan)
    orders = int(getattr(o, "budget_orders", 1) or 1)
    fees = (f"one order's fixed cost ({money(o.per_order_cost)})" if orders == 1 else
            f"the fixed costs of up to {orders:,} orders ({money(o.per_order_cost)} each, "
            f"{money(orders * o.per_order_cost)} if every order falls short)")
    if not finite(dollars):
        return f"The {o.budget_source} ({plural(o.budget_labels, 'label')}) buys"
    more = o.budget_labels - o.current_labels
    if not o.budget_source.startswith("$"):   # the pool or the labels budget comes first: the dollars cover it
        return (f"The {o.budget_source} ({plural(o.budget_labels, 'label')}; the {money(dollars)} still to spend "
                f"covers its {plural(more, 'more label', 'more labels')} and {fees}) buys")
    return (f"The {money(dollars)} still to spend (what was spent before not counted) buys "
            f"{plural(more, 'more label', 'more labels')} ({count(o.budget_labels)} in all) after {fees}, which buy")


#: The page's help for the campaign's confidence: it sets the stop and the give-up (README, "Where steering is
#: known to fall short", has the trade-off as replayed).
CAMPAIGN_CONFIDENCE_HELP = ("Stop once the target is reached with this probability; give up when fewer than 1 minus "
                            "this of the forecasts reach it within the budget. Higher: fewer wrong give-ups, more "
                            "spent before giving up on a target out of reach.")


#: The campaign's facts besides its rounds: (key, label, step, upper end or None, help); 0 means "not given".
CAMPAIGN_INPUTS = (
    ("campaign_test_size", "Test set size (examples)", 100, None, "Examples in the test set that measured the "
     "accuracy: its noise decides whether a measured hit is trusted. 0 = estimate it from the rounds' scatter."),
    ("campaign_budget", "Budget (labels in all)", 500, None, "Labels the campaign may have in all, those already "
     "labeled included. 0 = no cap but the pool."),
    ("campaign_budget_dollars", "Budget left ($)", 100.0, None, "Dollars still to spend from now on (what was spent "
     "before not counted), on labels and every order's fixed cost: the whole schedule of orders fits in it. "
     "0 = no cap."),
    ("campaign_order_cost", "Fixed cost per order ($)", 50.0, None, "Besides its labels, the compute and the "
     "turnaround delay in the sidebar: a vendor fee, engineering per round. Dearer orders mean fewer, larger ones."),
    ("campaign_give_up_below", "Give up below (P)", 0.01, 0.99, "With a budget or the pool: give up when, in replayed "
     "campaigns, a later test met the target after at most this share of answers like this one (`alplan replan "
     "--give-up-below`). Lower: fewer wrong give-ups, more spent on targets out of reach. 0 = 1 - the confidence."),
)


def order_metrics(o) -> tuple[Metric, ...]:
    """The campaign answer's headline numbers (the page shows them under :func:`order_text`)."""
    ordering = o.action == Action.ORDER
    return (
        Metric("Next order (labels)", figure(o, "order", count) if ordering else o.action,
               help="Labels to buy next (rounded to whole batches); 'stop' once the target is reached with the "
                    "confidence asked; 'give up' once it is out of reach with that confidence."),
        Metric("P(reached after it)", percent(o.p_reach_after),
               help="Share of the forecasts (from the rounds measured so far) that reach the target after the "
                    "next order."),
        Metric(f"Order for {percent(o.confidence)} confidence",
               figure(o, "order_at_confidence", count) if ordering else o.action,
               help="Labels to buy now to reach the target with this probability in one order."),
        Metric("Expected orders", f"{o.expected_orders:.1f}" if ordering else "-",
               help="Orders the cheapest schedule places on average until the target is reached."),
        Metric("P(true accuracy ≥ target) now", percent(o.p_true),
               help="From the rounds measured so far and the test set's noise."),
        Metric("Budget buys", accuracy(o.budget_accuracy) if finite(o.budget_accuracy) else "-",
               help="The accuracy at the budget (or the pool), median of the forecasts; the range is in the text."),
    )


def stop_text(s, order=None, name: str | None = None) -> str:
    """The dollar-optimal stop (:class:`planner.decide.campaign.steer.StopAdvice`) in words.

    With the ``order`` advice beside it: once the order says stop (the
    target is reached), buying on is worded as what accuracy beyond the
    target is worth, never as a second, contrary instruction.
    """
    who = name or s.strategy
    until = figure(s, "labels", count, "labels") if "labels" in beyond_fields(s) else f"~{count(s.labels)} labels"
    head = (f"{who}: buying pays until {until} ({round(100 * s.level)}% range "
            f"{count_range(s.labels_low, s.labels_high, beyond=beyond_fields(s))}) at {money(s.value_per_point)} per "
            "accuracy point")
    gain = 100 * s.expected_gain_next
    now = (f"the next batch is expected to buy {gain:.2f} points ({money(s.value_per_point * gain)}) for "
           f"{money(s.cost_next)}")
    if s.stop_now:
        verdict = "stop buying now"
    elif order is not None and order.action == Action.STOP:
        verdict = ("the target is reached; buy on only if accuracy beyond the target is worth "
                   f"{money(s.value_per_point)} a point to you")
    elif order is not None and order.action == Action.GIVE_UP:
        verdict = "each batch still buys more accuracy than it costs, though the target stays out of reach"
    else:
        verdict = "keep buying"
    return f"{head}; {now}: {verdict}. Rests on: {s.basis}."


def campaign_text(order, stop=None, name: str | None = None) -> str:
    """The CLI's and the page's answer for a measured curve: the order, then the stop (when asked)."""
    return order_text(order, name) + ("" if stop is None else "\n" + stop_text(stop, order, name))
