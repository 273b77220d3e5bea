"""``alplan plan DIR`` and ``replan DIR`` on the command line: their flags checked and turned into the campaign's
question and prices (:mod:`planner.campaign.question`), the campaign's one answer taken and kept by its service
(:func:`planner.campaign.service.answer`), and its views printed (JSON, or the text with the forecast's lines, the
vendors and the sources).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from planner.campaign import Prices, Question, answer
from planner.campaign.snapshot import snapshot
from planner.cli.checks import _given, _summarise_notes, _write_report
from planner.cli.common import UsageError, _outputs, _progress_bar
from planner.cli.prices import _print_vendor_table, _read_vendor_table, _vendor_table_field
from planner.decide.inputs import PoolAsked

__all__ = ["answer_campaign", "check_answer_flags", "refuse_replan_flags"]

#: Flags that say how an answer is shown or written, not what is asked: left out of the question recorded.
_OUTPUT_FLAGS = {"--json": 0, "--report": 1, "--explain": 0}


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


def check_answer_flags(args: argparse.Namespace, folder: str):
    """Every flag of ``plan DIR`` / ``replan DIR`` checked before any answer, whatever the answer turns out to be
    (stop included): the metric, the budget, the vendors table, the strategies the campaign's learner would measure,
    the --report file (the prices are checked as their scenario is built, before). The vendors table, read once (None:
    none given)."""

    from simulations.results.schema import METRIC_COLUMNS  # lazy: start-up time
    from planner.campaign.in_hand import check_strategies  # lazy: start-up time

    if str(args.metric) not in METRIC_COLUMNS:
        raise UsageError(f"--metric {args.metric!r} is not a score a campaign measures: give one of "
                         f"{', '.join(METRIC_COLUMNS)}")
    budget = getattr(args, "budget", None)
    if budget is not None and not (math.isfinite(budget) and budget >= 1 and budget == int(budget)):
        raise UsageError(f"--budget must be a whole number of labels >= 1 (those the campaign may have in all, the "
                         f"labels in hand included), got {budget:g}")
    vendors = _read_vendor_table(args)
    check_strategies(folder, getattr(args, "strategies", None))
    if getattr(args, "report", None):
        _outputs({"the campaign": None}).claim("--report", args.report, suffixes=(".html", ".htm"))
    return vendors


def answer_campaign(args: argparse.Namespace, command: str, scenario) -> int:
    """``alplan plan DIR`` / ``alplan replan DIR``: the campaign's one answer (:func:`planner.campaign.answer`) to
    the flags' question at the flags' prices (``scenario``: the price flags' Scenario, built once by the command),
    kept where the folder's lock is free, then printed; --report written from the forecast where one was taken."""
    folder = str(args.curves if command == "plan" else args.measured)
    with snapshot(folder):   # the flags' checks and the answer read each of the campaign's files once
        return _answered(args, command, folder, scenario)


def _answered(args: argparse.Namespace, command: str, folder: str, scenario) -> int:
    """:func:`answer_campaign` inside the snapshot of ``folder``."""
    vendors = check_answer_flags(args, folder)
    report = getattr(args, "report", None)
    pool_file = getattr(args, "pool_accuracy", None)
    pool_file = pool_file if pool_file and Path(pool_file).exists() else None
    outputs = _outputs({"the campaign": None, "--vendors": args.vendors, "--pool-accuracy": pool_file})
    if report:
        outputs.claim("--report", report, suffixes=(".html", ".htm"))
    question = Question(float(args.target), metric=str(args.metric), confidence=float(args.confidence),
                        stop_chance=args.stop_chance, budget=getattr(args, "budget", None),
                        strategies=getattr(args, "strategies", None), command=command,
                        flags=tuple(_question_flags(args, folder)), seed=args.seed)
    pool = PoolAsked(args.pool_accuracy, size=args.pool_size, metric=str(args.metric), dataset=args.dataset,
                     model=args.model)   # --pool-accuracy's rows are named by the curves the forecast measures
    prices = Prices(scenario=scenario, pool=pool, given=_given(args), premium_stated=args.al_label_premium is not None,
                    vendors=vendors, test_size=getattr(args, "test_size", None))
    rec = answer(folder, question, prices, keep=True, say=lambda line: print(line, file=sys.stderr),
                 progress=_progress_bar("runs"))
    if report and rec.forecast is not None:
        f = rec.forecast
        _write_report(outputs, report, f.plan, f.scenario, f.decision, vendors, args.seed)
    elif report:
        print(f"--report: no report written: the answer ({rec.act}) rests on the measurements alone, without a "
              "forecast to report", file=sys.stderr)
    _print_answer(args, rec)
    return 0


def _print_answer(args: argparse.Namespace, rec) -> None:
    """The answer's views (``rec``: the :class:`planner.decide.campaign.answer.CampaignAnswer`): its JSON, or its
    text (its lead; with --explain, its details: the forecast's lines and the sources'), then the vendors."""
    if args.json:
        print(json.dumps({**rec.to_dict(), **_vendor_table_field(args)}, indent=2, allow_nan=False))
        return
    from planner.present.lead_view import campaign_text, source_after  # lazy: start-up time

    print(_summarise_notes(campaign_text(rec, explain=bool(args.explain), after=source_after(rec))))
    _print_vendor_table(args)


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
