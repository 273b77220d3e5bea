"""A campaign's one answer on the command line, read one way: the campaign's facts (its files, read once), then the
evidence (the measured rounds, the strategies' runs on the labels in hand where the act is open, the sources' curves),
then the decision (:func:`planner.decide.next_step.next_step` and the sources' pick), then its record
(:class:`planner.decide.campaign_answer.CampaignAnswer`), then its views. ``alplan plan DIR`` and ``replan DIR``
take it (with the forecast where the measurements leave the act open) and keep it (``answer.json``); ``campaign
status``, ``measure`` and ``add`` repeat it until labels are added or the question changes, and otherwise say the
answer the files give without a forecast. The page shows the same record.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.common import UsageError

__all__ = ["answer_campaign", "campaign_facts", "check_answer_flags", "measure_added", "page_answer",
           "page_campaign", "standing_answer"]

#: Flags that say how an answer is shown or written, not what is asked: left out of the question recorded.
_OUTPUT_FLAGS = {"--json": 0, "--report": 1, "--explain": 0}


def campaign_facts(folder):
    """The :class:`planner.decide.next_step.CampaignFacts` of the campaign in ``folder``, its sources whose labels
    changed since their curves were measured among them."""
    from planner.decide.next_step import CampaignFacts
    from simulations.campaign.sources import unmeasured_sources
    from simulations.campaign.standing import standing

    return CampaignFacts(**standing(folder), sources_unmeasured=unmeasured_sources(folder))


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


def _record(facts, question, ns, *, aside=(), pick=None, previous=None, stamp=""):
    """The :class:`planner.decide.campaign_answer.CampaignAnswer` of ``ns`` with its command and lead."""
    from planner.present.lead_view import lead_of
    from planner.present.next_step_view import record

    return record(ns, question, aside=aside, pick=pick, lead=lead_of(ns, pick, aside), previous=previous, stamp=stamp)


def standing_answer(folder) -> dict:
    """The campaign's answer as ``campaign status``, ``measure`` and ``add`` say it (the record's JSON): the answer
    ``alplan plan DIR`` last gave where nothing moved since (no label added, no order placed, the same question);
    otherwise the answer its files give without a forecast, the order in force being the last answer's, and what
    changed. A question that no longer reads is treated as no question asked, and the answer says so."""
    import dataclasses

    from planner.decide.next_step import next_step
    from planner.present.next_step_view import for_folder
    from simulations.campaign.standing import answer_stamp

    facts = campaign_facts(folder)
    q, note = _question(folder)
    stamp = answer_stamp(folder, q)
    stored = _kept(folder)
    if stored is not None and stored.get("stamp") == stamp and q is not None:
        return for_folder(stored, folder)
    was = stored if _same_question(stored, q) else None
    at = _order_in_force(was, facts)
    if at is not None:
        facts = dataclasses.replace(facts, decide_at=at)
    ns = next_step(facts) if q is None else next_step(facts, q["target"], confidence=q["confidence"],
                                                      metric=q["metric"], stop_chance=q["stop_chance"])
    out = _record(facts, q, ns, previous=was, stamp=stamp).to_dict()
    return {**out, "question_note": note} if note else out


def _kept(folder) -> dict | None:
    """The answer kept in ``folder`` (:func:`simulations.campaign.standing.read_answer`) where it has this layout
    (:data:`planner.decide.campaign_answer.SCHEMA_VERSION`); None otherwise: a kept answer of another layout is
    taken again, never repeated."""
    from planner.decide.campaign_answer import SCHEMA_VERSION
    from simulations.campaign.standing import read_answer

    stored = read_answer(folder)
    if stored is None or stored.get("schema_version") != SCHEMA_VERSION or type(stored["schema_version"]) is not int:
        return None
    try:
        from planner.present.next_step_view import for_folder

        for_folder(stored, folder)   # renders: its fields are those of this layout
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return stored


def _same_question(stored: dict | None, question: dict | None) -> bool:
    """Whether the answer ``stored`` answered ``question`` (its target, metric, confidence and flags; ``plan`` and
    ``replan`` ask the same)."""
    if stored is None or question is None or not isinstance(stored.get("question"), dict):
        return False
    keys = ("target", "metric", "confidence", "stop_chance", "flags")
    return all(stored["question"].get(k) == question.get(k) for k in keys)


def _question(folder) -> tuple:
    """(the question last asked, or None; the line that says why it is treated as none, where its file no longer
    reads)."""
    from simulations.campaign.files import question_problem, read_question
    from simulations.campaign.words import question_line

    q = read_question(folder)
    why = question_problem(folder) if q is None else None
    return (None, question_line(folder, why)) if why else (q, None)


def _order_in_force(was: dict | None, facts) -> int | None:
    """The count to decide again of the last answer (``was``, the same question) where it ordered more of the
    strategy in force and that count lies ahead; None otherwise (the campaign's own order stands)."""
    if not was:
        return None
    a = was.get("answer") or {}
    at = a.get("decide_at_labels")
    same = a.get("strategy") == facts.strategy if a.get("act") != "split" else a.get("strategy") == facts.split
    if a.get("act") in ("continue", "switch", "split") and same and isinstance(at, int) and at > facts.train_labels:
        return at
    return None


def _measured_here(folder: str, facts):
    """Where no measure has scored the labels in hand (or a source's labels changed since its curve was measured):
    the campaign measured now, in memory (as ``campaign measure`` does: its curve, and its sources' curves where it
    has sources, else None), and ``facts`` with its rounds; (None, facts) where they are measured already. The
    answer writes the measure only once it is given (a refused command writes nothing)."""
    fresh = facts.measured_labels == facts.train_labels and not facts.sources_unmeasured
    if not (facts.test_labels and facts.train_labels) or fresh:
        return None, facts
    import dataclasses

    from simulations.campaign import sources, steps
    from simulations.campaign.standing import named_rounds

    c, curve = steps.measure(folder)
    held = sources.read_sources(folder)
    side = None if held.empty else sources.source_curves(c, held)[0]
    return (c, curve, side), dataclasses.replace(facts, rounds=named_rounds(c, curve.attrs["rounds"]),
                                                 sources_unmeasured=())


def _fresh_sources(measured):
    """The sources' curves measured now (:func:`_measured_here`) and their prices; None where nothing was measured
    now."""
    if measured is None or measured[2] is None:
        return None
    from simulations.campaign.sources import source_prices

    return measured[2], source_prices(measured[0].folder)


def _write_measure(measured) -> str:
    """Write the measure taken by :func:`_measured_here` (the caller holds the folder's lock); the line that says
    so."""
    from simulations.campaign import sources, steps

    c, curve, side = measured
    path = steps.write_curve(c, curve)
    also = "" if side is None else f" and {sources.write_source_curve(c, side)}"
    last = curve.attrs["rounds"].sort_values("round").iloc[-1]
    return (f"measured the labels in hand first (as `alplan campaign measure`): round {int(last['round'])}, "
            f"{int(last['n_labels']):,} training labels, accuracy {float(last['accuracy']):.3f}; wrote {path}{also}")


def measure_added(folder) -> str | None:
    """After ``campaign add``: the labels in hand that no measure has scored, measured and kept as ``alplan campaign
    measure`` keeps them (the folder's lock held), so that ``add`` ends with the answer they lead to rather than with
    the measure; the line that says so. None where they are measured already, or where the measure does not run
    (``campaign measure`` then says why, and the answer names it)."""
    from simulations.campaign.state import locked

    try:
        with locked(folder):
            measured, _ = _measured_here(str(folder), campaign_facts(folder))
            return None if measured is None else _write_measure(measured)
    except ValueError:
        return None


def check_answer_flags(args: argparse.Namespace, folder: str) -> None:
    """Every flag of ``plan DIR`` / ``replan DIR`` checked before any answer, whatever the answer turns out to be
    (stop included): the prices, the vendors table, the strategies the campaign's learner would measure."""
    import math

    from planner.cli.prices import _read_vendor_table, _scenario
    from simulations.results.schema import METRIC_COLUMNS
    from simulations.run.labels_in_hand import check_strategies

    if str(args.metric) not in METRIC_COLUMNS:
        raise UsageError(f"--metric {args.metric!r} is not a score a campaign measures: give one of "
                         f"{', '.join(METRIC_COLUMNS)}")
    budget = getattr(args, "budget", None)
    if budget is not None and not (math.isfinite(budget) and budget >= 1 and budget == int(budget)):
        raise UsageError(f"--budget must be a whole number of labels >= 1 (those the campaign may have in all, the "
                         f"labels in hand included), got {budget:g}")
    _scenario(args)
    _read_vendor_table(args)
    check_strategies(folder, getattr(args, "strategies", None))
    if getattr(args, "report", None):
        from planner.cli.common import _outputs

        _outputs({"the campaign": None}).claim("--report", args.report, suffixes=(".html", ".htm"))


def answer_campaign(args: argparse.Namespace, command: str) -> int:
    """``alplan plan DIR`` / ``alplan replan DIR``: the campaign's one answer. Where the measured score, the pool or
    the budget settle it, no forecast is taken (a second); otherwise every candidate strategy is measured on the
    labels in hand and priced from here (:func:`planner.cli.campaign_plan.campaign_redecision`). It reads the
    campaign once (a snapshot: it never waits on the folder's lock), answers, then keeps the measure it took, the
    question and the answer where the lock is free (else says they were not kept)."""
    import dataclasses

    from planner.cli.campaign_plan import campaign_redecision
    from planner.cli.prices import _scenario
    from planner.decide.next_step import measured_from
    from simulations.campaign.files import DERIVED, check_replaceable
    from simulations.campaign.standing import answer_stamp
    from simulations.campaign.state import ANSWER, QUESTION

    folder = str(args.curves if command == "plan" else args.measured)
    check_answer_flags(args, folder)
    measured, facts = _measured_here(folder, campaign_facts(folder))
    q = {"command": command, "target": float(args.target), "metric": str(args.metric),
         "confidence": float(args.confidence), "stop_chance": args.stop_chance,
         "flags": _question_flags(args, folder)}
    aside = _source_paths(folder, q["target"], q["metric"], _fresh_sources(measured))
    check_replaceable(folder, (*DERIVED, QUESTION, ANSWER))   # every input read and checked before anything is written
    ns, verdict = _answer(facts, q["target"], lambda: campaign_redecision(args, folder,
                                                                          measured=measured_from(facts, q["metric"])),
                          confidence=q["confidence"], metric=q["metric"], budget=getattr(args, "budget", None),
                          label_price=_price_or_none(lambda: _scenario(args).price_per_label),
                          stop_chance=q["stop_chance"])
    pick = _pick(ns, aside, lambda: _scenario(args).price_per_label)
    stored, stamp = _kept(folder), answer_stamp(folder, q)
    rec = _record(facts, q, ns, aside=aside, pick=pick, stamp=stamp,
                  previous=stored if _same_question(stored, q) else None)
    if stored is not None and stored.get("stamp") == stamp and _same_question(stored, q) and rec.changed is None:
        rec = dataclasses.replace(rec, changed=stored.get("changed"))   # asked again on nothing new: the same answer
    if verdict is None and getattr(args, "report", None):
        print(f"--report: no report written: the answer ({ns.act}) rests on the measurements alone, without a "
              "forecast to report", file=sys.stderr)
    out = rec.to_dict()
    _keep(folder, measured, q, out)
    _print_answer(args, out, verdict, rec)
    return 0


def _keep(folder: str, measured, question: dict, record: dict) -> None:
    """Keep what the answer took (the measure, the question, the answer) under the folder's lock where it is free; a
    line on standard error either way."""
    from simulations.campaign.standing import write_answer, write_question
    from simulations.campaign.state import LockBusy, locked

    try:
        with locked(folder, timeout=0):
            if measured is not None:
                print(_write_measure(measured), file=sys.stderr)
            write_question(folder, **question)
            write_answer(folder, record)
    except LockBusy as busy:
        who = f" ({busy.holder})" if busy.holder else ""
        print(f"another alplan command{who} holds the campaign's folder: this answer is given from its files as "
              "they were read, and neither it nor its measure was kept; `campaign status` says it once that command "
              "is done", file=sys.stderr)


def _print_answer(args: argparse.Namespace, record: dict, verdict, rec) -> None:
    """The answer's views: its JSON, or its text (its lead; with --explain, its details: the forecast's lines and
    the sources'), then the vendors."""
    from planner.cli.prices import _print_vendor_table, _vendor_table_field

    if args.json:
        print(json.dumps({**record, **_vendor_table_field(args)}, indent=2, allow_nan=False))
        return
    from planner.cli.checks import _summarise_notes
    from planner.present.lead_view import campaign_text, source_after

    print(_summarise_notes(campaign_text(record, verdict, rec.aside, rec.pick, explain=bool(args.explain),
                                         after=source_after(record, rec.aside, rec.pick))))
    _print_vendor_table(args)


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
        price = _price_or_none(price_per_label)
    return source_pick(ns, aside, price)


def _price_or_none(price_per_label) -> float | None:
    """``price_per_label()``, or None where the scenario has no price per label."""
    try:
        return price_per_label()
    except ValueError:
        return None


def _source_paths(folder: str, target: float, metric: str, sources=None) -> list:
    """Training on each of the campaign's sources alone, read from its measured curves (``source_curve.csv``,
    written by ``campaign measure``, checked by its reader) against the target, and forecast past them up to the
    ids a path may label (the pool's non-test ids): :func:`planner.decide.source_path.source_paths`; empty where the
    campaign has none. ``sources``: (the sources' curves table, their price settings) in memory in place of the
    campaign's files."""
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


def _answer(facts, target: float, forecast, *, confidence: float, metric: str, budget=None, label_price=None,
            stop_chance=None):
    """(the answer, the forecast's Redecision or None): from the measurements alone where they settle it, else
    with ``forecast()`` (every strategy measured on the labels in hand, priced from here); ``label_price`` prices
    what would settle an unsure measured hit."""
    from planner.decide.next_step import next_step

    ask = dict(confidence=confidence, metric=metric, budget=budget, label_price=label_price, stop_chance=stop_chance)
    ns = next_step(facts, target, **ask)
    if not (ns.act == "decide" or (ns.act == "continue" and ns.reason == "standing")):
        return ns, None
    verdict = forecast()
    return next_step(facts, target, verdict=verdict, **ask), verdict


def page_answer(folder: str, scenario, target: float, *, confidence: float, metric: str = "accuracy",
                given: frozenset = frozenset(), premium_stated: bool = False, stamp=None, sources=None,
                stop_chance: float | None = None, charts: bool = False) -> tuple:
    """(the answer's record JSON, its words: ``alplan plan DIR --explain``'s, the lead before the first blank line)
    the page shows for the campaign in ``folder`` under the page's
    ``scenario``: the answer ``alplan plan DIR`` gives at the same prices (``given``: the campaign-shaped fields the
    user set, kept; the page's whole-pool score belongs to its own curves, not to the campaign's). Labels in hand
    that no measure has scored are measured in memory: the page writes nothing to the campaign. ``stamp``: what the
    page's cache keys on (:func:`simulations.campaign.standing.files_stamp`), unread here. ``sources``: the sources'
    curves and prices in memory in place of its files (:func:`_source_paths`). ``charts``: a third item, the
    campaign's charts (:func:`planner.present.campaign_page.campaign_charts`: the cost from here by target from the
    forecast the answer took, the rounds measured)."""
    import dataclasses

    from planner.cli.campaign_plan import campaign_plan, campaign_priced
    from planner.decide.next_step import measured_from
    from planner.present.lead_view import campaign_text, source_after
    from simulations.campaign.files import read_question
    from simulations.run.labels_in_hand import labels_in_hand

    measured, facts = _measured_here(folder, campaign_facts(folder))
    sources = sources or _fresh_sources(measured)
    scenario = dataclasses.replace(scenario, pool_accuracy=None, pool_accuracy_se=None)

    taken = {}

    def forecast():
        held = labels_in_hand(folder)
        planned = campaign_plan(held, None, metric)
        answer, priced = campaign_priced(planned, held, scenario, target, folder=folder, given=given,
                                         measured=measured_from(facts, metric), premium_stated=premium_stated)
        taken.update(plan=planned[0], scenario=priced, level=answer.decision.level)
        return answer

    ns, verdict = _answer(facts, target, forecast, confidence=confidence, metric=metric,
                          label_price=_price_or_none(lambda: scenario.price_per_label), stop_chance=stop_chance)
    aside = _source_paths(folder, target, metric, sources)
    pick = _pick(ns, aside, lambda: scenario.price_per_label)
    q = read_question(folder)
    asked = q if q is not None and (q["target"], q["metric"], q["confidence"], q["stop_chance"]) == \
        (target, metric, confidence, stop_chance) else None
    rec = _record(facts, asked, ns, aside=aside, pick=pick)
    out = rec.to_dict()
    said = campaign_text(out, verdict, aside, pick, explain=True, after=source_after(out, aside, pick))
    return (out, said, _campaign_charts(facts.rounds, taken, target, metric)) if charts else (out, said)


def _campaign_charts(rounds, taken: dict, target: float, metric: str) -> dict:
    """:func:`planner.present.campaign_page.campaign_charts` of the rounds measured and the forecast ``taken`` (its
    Plan, sunk scenario and level; empty where the answer took none): the cost from here at the targets around
    ``target`` (:func:`planner.present.report.target_grid`, ``target`` among them)."""
    from planner.decide.whatif import cost_by_target
    from planner.present.campaign_page import campaign_charts
    from planner.present.report import target_grid

    cost = None
    if taken:
        plan = taken["plan"]
        cost = cost_by_target(plan, taken["scenario"], target_grid(plan.curves, target), level=taken["level"])
    return campaign_charts(rounds, cost, target, metric)


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
    blocks = (text, "\n".join(measured), "\n".join(keep_lines(folder, name, mine, price, turnaround_days, hourly,
                                                                label_column)))
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
