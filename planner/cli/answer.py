"""A campaign's one answer on the command line: ``alplan plan DIR`` and ``alplan replan DIR`` take it (with the
forecast where the measurements leave the act open), ``alplan campaign status`` and ``measure`` render it from
the question last asked. The decision is :func:`planner.decide.next_step.next_step`; the words are
:mod:`planner.present.next_step_view`, led by a source's option where it is cheapest in expectation
(:mod:`planner.present.lead_view`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.common import UsageError

__all__ = ["answer_campaign", "campaign_facts", "page_answer", "page_campaign", "standing_answer"]

#: Flags that say how an answer is shown or written, not what is asked: left out of the question recorded.
_OUTPUT_FLAGS = {"--json": 0, "--report": 1}


def campaign_facts(folder):
    """The :class:`planner.decide.next_step.CampaignFacts` of the campaign in ``folder``."""
    from planner.decide.next_step import CampaignFacts
    from simulations.campaign.standing import standing

    return CampaignFacts(**standing(folder))


def _question_flags(args: argparse.Namespace, folder: str) -> list[str]:
    """The flags of the command line as given, without the command, the folder and the output flags."""
    argv = list(getattr(args, "argv", None) or [])
    if argv and argv[0] == args.command:
        argv = argv[1:]
    out, skip, dropped = [], 0, False
    for word in argv:
        if skip:
            skip -= 1
            continue
        name = word.split("=", 1)[0]
        if name in _OUTPUT_FLAGS:
            skip = _OUTPUT_FLAGS[name] if "=" not in word else 0
            continue
        if not dropped and word == folder:
            dropped = True
            continue
        out.append(word)
    return out


def standing_answer(folder):
    """(answer, question) of the campaign in ``folder`` from its files and the question last recorded: what
    ``campaign status`` and ``measure`` print, in a fraction of a second (no forecast is taken)."""
    from planner.decide.next_step import next_step
    from simulations.campaign.files import read_question

    facts = campaign_facts(folder)
    q = read_question(folder)
    if q is None:
        return next_step(facts), None
    return next_step(facts, q["target"], confidence=q["confidence"], metric=q["metric"]), q


def _measured_here(folder: str, facts):
    """Where no measure has scored the labels in hand: the campaign measured now, in memory (as ``campaign
    measure`` does: its curve, and its sources' curves where it has sources, else None), and ``facts`` with its
    rounds; (None, facts) where they are measured already. The answer writes the measure only once it is given (a
    refused command writes nothing)."""
    if not (facts.test_labels and facts.train_labels) or facts.measured_labels == facts.train_labels:
        return None, facts
    import dataclasses

    from simulations.campaign import steps
    from simulations.campaign.standing import named_rounds

    from simulations.campaign import sources

    c, curve = steps.measure(folder)
    held = sources.read_sources(folder)
    side = None if held.empty else sources.source_curves(c, held)[0]
    return (c, curve, side), dataclasses.replace(facts, rounds=named_rounds(c, curve.attrs["rounds"]))


def _fresh_sources(folder: str, measured):
    """The sources' curves measured now with the labels in hand (:func:`_measured_here`) and their prices, in place
    of a ``source_curve.csv`` the labels added since have made stale; None where nothing was measured now."""
    if measured is None or measured[2] is None:
        return None
    from simulations.campaign.sources import source_prices

    return measured[2], source_prices(folder)


def _write_measure(measured) -> str:
    """Write the measure taken by :func:`_measured_here`; the line that says so."""
    from simulations.campaign import sources, steps

    c, curve, side = measured
    path = steps.write_curve(c, curve)
    also = "" if side is None else f" and {sources.write_source_curve(c, side)}"
    last = curve.attrs["rounds"].sort_values("round").iloc[-1]
    return (f"measured the labels in hand first (as `alplan campaign measure`): round {int(last['round'])}, "
            f"{int(last['n_labels']):,} training labels, accuracy {float(last['accuracy']):.3f}; wrote {path}{also}")


def answer_campaign(args: argparse.Namespace, command: str) -> int:
    """``alplan plan DIR`` / ``alplan replan DIR``: the campaign's one answer. Where the measured score, the pool or
    the budget settle it, no forecast is taken (a second); otherwise every candidate strategy is measured on the
    labels in hand and priced from here (:func:`planner.cli.campaign_plan.campaign_redecision`). The measure it took
    and the question are written once the answer is given."""
    from planner.cli.campaign_plan import campaign_redecision
    from planner.cli.prices import _scenario
    from planner.decide.next_step import measured_from
    from planner.present.next_step_view import next_command
    from planner.present.redecide_view import redecide_lines
    from simulations.campaign.standing import write_question

    from simulations.campaign.files import DERIVED, check_replaceable
    from simulations.campaign.state import QUESTION

    folder = str(args.curves if command == "plan" else args.measured)
    measured, facts = _measured_here(folder, campaign_facts(folder))
    q = {"command": command, "target": float(args.target), "metric": str(args.metric),
         "confidence": float(args.confidence), "flags": _question_flags(args, folder)}
    aside = _source_paths(folder, q["target"], q["metric"], _fresh_sources(folder, measured))
    check_replaceable(folder, (*DERIVED, QUESTION))   # every input read and checked before anything is written
    ns, verdict = _answer(facts, q["target"], lambda: campaign_redecision(args, folder,
                                                                          measured=measured_from(facts, q["metric"])),
                          confidence=q["confidence"], metric=q["metric"], budget=getattr(args, "budget", None))
    verdict_lines = [] if verdict is None else redecide_lines(verdict)
    pick = _pick(ns, aside, lambda: _scenario(args).price_per_label)
    if verdict is None and getattr(args, "report", None):
        print(f"--report: no report written: the answer ({ns.act}) rests on the measurements alone, without a "
              "forecast to report", file=sys.stderr)
    if measured is not None:
        print(_write_measure(measured), file=sys.stderr)
    write_question(folder, **q)
    command_line = next_command(ns, q)
    if args.json:
        out = verdict.to_dict() if verdict is not None else {}
        out["answer"] = {**ns.to_dict(), "command": command_line, **_lead_fields(ns, pick)}
        if verdict is not None:
            out["campaign"]["next"] = {"strategy": ns.strategy, "decide_at_labels": ns.to_dict()["decide_at_labels"],
                                       "command": command_line}
        from planner.cli.prices import _vendor_table_field

        out.update(_vendor_table_field(args))
        if aside:
            out["sources"] = [p.to_dict() for p in aside]
            out["source_pick"] = pick.to_dict()
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        from planner.cli.prices import _print_vendor_table
        from planner.cli.verdict import _summarise_notes
        from planner.present.lead_view import campaign_words, source_after

        print(_summarise_notes(campaign_words(ns, q, verdict_lines, aside, pick)))
        _print_vendor_table(args)
        for line in source_after(aside, pick):
            print(line)
    return 0


def _lead_fields(ns, pick) -> dict:
    """The answer's ``lead`` (``answer``, or the kind of the option it leads with), and where an option leads,
    ``lead_option`` (as in ``source_pick.options``) and ``lead_command`` (the command that carries it out)."""
    from planner.present.lead_view import lead_command, led

    if not led(pick):
        return {"lead": "answer"}
    return {"lead": pick.lead, "lead_option": pick.shown.to_dict(), "lead_command": lead_command(ns, pick)}


def _pick(ns, aside: list, price_per_label):
    """The cheaper in expectation of the answer's path and a source alone
    (:func:`planner.decide.source_path.source_pick`, the human labels at ``price_per_label()``, asked only where the
    answer stops on a measured hit or a source has a re-label curve; None where the scenario has no price per
    label); None without sources."""
    from planner.decide.source_path import source_pick

    if not aside:
        return None
    price = None
    if (ns.act == "stop" and ns.reason == "met") or any(p.kind == "relabel" for p in aside):
        try:
            price = price_per_label()
        except ValueError:
            price = None
    return source_pick(ns, aside, price)


def _source_paths(folder: str, target: float, metric: str, sources=None) -> list:
    """Training on each of the campaign's sources alone, read from its measured curves (``source_curve.csv``,
    written by ``campaign measure``) against the target, and forecast past them up to the ids a path may label (the
    pool's non-test ids): :func:`planner.decide.source_path.source_paths`; empty where the campaign has none.
    ``sources``: (the sources' curves table, their price settings) in memory in place of the campaign's files, the
    table read back from the CSV text ``campaign measure`` would write, so a number reads as from the file."""
    from planner.decide.source_path import source_paths
    from simulations.campaign.files import read_source_curve
    from simulations.campaign.sources import source_prices
    from simulations.campaign.state import Campaign
    from simulations.campaign.steps import POOL_SIZE_COLUMN, sunk_columns

    c = Campaign.load(folder)
    curve = read_source_curve(c, None if sources is None else sources[0])
    if curve is None:
        return []
    prices = source_prices(c.folder) if sources is None else sources[1]
    pool = int(sunk_columns(c)[POOL_SIZE_COLUMN])
    return source_paths(curve, prices, target, metric, pool_size=pool)


def _answer(facts, target: float, forecast, *, confidence: float, metric: str, budget=None):
    """(the answer, the forecast's Redecision or None): from the measurements alone where they settle it, else
    with ``forecast()`` (every strategy measured on the labels in hand, priced from here)."""
    from planner.decide.next_step import next_step

    ask = dict(confidence=confidence, metric=metric, budget=budget)
    ns = next_step(facts, target, **ask)
    if not (ns.act == "decide" or (ns.act == "continue" and ns.reason == "standing")):
        return ns, None
    verdict = forecast()
    return next_step(facts, target, verdict=verdict, **ask), verdict


def page_answer(folder: str, scenario, target: float, *, confidence: float, metric: str = "accuracy",
                given: frozenset = frozenset(), premium_stated: bool = False, stamp=None, sources=None) -> tuple:
    """(the answer, its words) the page shows for the campaign in ``folder`` under the page's ``scenario``: the
    answer ``alplan plan DIR`` gives at the same prices (``given``: the campaign-shaped fields the user set, kept;
    the page's whole-pool score belongs to its own curves, not to the campaign's). Labels in hand that no measure
    has scored are measured in memory: the page writes nothing to the campaign. ``stamp``: what the page's cache
    keys on (:func:`simulations.campaign.standing.files_stamp`), unread here. Where the campaign has sources, the
    words end with the lines ``plan DIR`` prints after its answer (:func:`planner.present.source_view.source_lines`);
    ``sources``: the sources' curves and prices in memory in place of its files (:func:`_source_paths`)."""
    import dataclasses

    from planner.cli.campaign_plan import campaign_plan, campaign_priced
    from planner.decide.next_step import measured_from
    from planner.present.lead_view import campaign_words, source_after
    from planner.present.redecide_view import redecide_lines
    from simulations.run.labels_in_hand import labels_in_hand

    measured, facts = _measured_here(folder, campaign_facts(folder))
    sources = sources or _fresh_sources(folder, measured)
    scenario = dataclasses.replace(scenario, pool_accuracy=None, pool_accuracy_se=None)

    def forecast():
        held = labels_in_hand(folder)
        return campaign_priced(campaign_plan(held, None, metric), held, scenario, target, folder=folder, given=given,
                               measured=measured_from(facts, metric), premium_stated=premium_stated)[0]

    ns, verdict = _answer(facts, target, forecast, confidence=confidence, metric=metric)
    aside = _source_paths(folder, target, metric, sources)
    pick = _pick(ns, aside, lambda: scenario.price_per_label)
    text = campaign_words(ns, None, [] if verdict is None else redecide_lines(verdict), aside, pick)
    return ns, "\n".join([text, *source_after(aside, pick)])


def page_campaign(folder: str, scenario, target: float, *, upload=None, source: str = "", price=None, hourly=None,
                  turnaround_days=None, label_column: str = "label", **ask) -> str:
    """The words the page shows for the campaign in ``folder``: its answer (:func:`page_answer`, ``ask`` its
    keywords); with ``upload`` (a source's labels file: (its name, its bytes)), the answer ``alplan plan DIR`` gives
    once ``alplan campaign add DIR FILE --source NAME`` and ``alplan campaign measure DIR`` have kept them
    (:func:`simulations.campaign.sources.preview_source`, in memory: nothing is written to the campaign), the
    source measured as ``campaign status`` and ``campaign measure`` say it, and those two commands."""
    if not upload:
        return page_answer(folder, scenario, target, **ask)[1]
    from planner.present.source_view import keep_lines
    from simulations.campaign.sources import PREFIX, preview_source
    from simulations.campaign.words import source_curve_lines, source_lines

    name, data = upload
    got = preview_source(folder, data, name, source=source, label_column=label_column, price=price, hourly=hourly,
                         turnaround_days=turnaround_days)
    mine = got.added.source
    text = page_answer(folder, scenario, target, sources=(got.curve, got.prices), **ask)[1]
    measured = [*source_lines([m for m in got.measures if m.source == mine]),
                *source_curve_lines(got.curve[got.curve["strategy"] == PREFIX + mine],
                                    {k: n for k, n in got.untrained.items() if k == mine})]
    blocks = (text, "\n".join(measured), "\n".join(keep_lines(folder, name, mine, price, turnaround_days, hourly, label_column)))
    return "\n\n".join(block for block in blocks if block)


def refuse_replan_flags(args: argparse.Namespace) -> None:
    """`replan DIR` gives the campaign's one answer: the flags that steer a curves file do not apply to a folder."""
    given = [flag for flag, value in (("--strategy", args.strategy), ("--test-size", args.test_size),
                                      ("--accuracy-se", args.accuracy_se), ("--budget-dollars", args.budget_dollars),
                                      ("--value-per-point", args.value_per_point),
                                      ("--give-up-below", args.give_up_below),
                                      ("--with-other-strategies", args.with_other_strategies or None),
                                      ("--order-cost", args.order_cost or None))
             if value is not None]
    if given:
        raise UsageError(f"{given[0]} steers a curves file; on a campaign's folder `replan` gives the campaign's one "
                         f"answer (as `alplan plan DIR`), from its own strategy and test labels: leave {given[0]} "
                         f"out, or give the file ({Path(args.measured) / 'curve.csv'})")

