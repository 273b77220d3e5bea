"""``alplan replan``: a running campaign's measured rounds (or its folder) in, the next order and whether to stop
out. Shares the price flags of :mod:`planner.cli.prices` and the selection and pool flags and checks of
:mod:`planner.cli.verdict`."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from planner.cli.common import UsageError
from planner.cli.prices import _add_price_args, _price_scenario, _print_vendor_table, _vendor_table_field
from planner.cli.verdict import (_add_selection_args, _check_metric, _check_numbers, _planned, _summarise_notes,
                                 add_metric_arg)

def _names(values, most: int = 8) -> str:
    values = list(values)
    return ", ".join(map(repr, values[:most])) + (f" and {len(values) - most:,} more" if len(values) > most else "")


def _campaign_rows(curves, strategy: str | None, with_others: bool):
    """A campaign is one run of one strategy: only its rows are fitted, so the other rows of the table cannot
    move its answer, unless ``--with-other-strategies`` asks for them (and the answer's notes say so)."""
    if strategy is None:
        if with_others:
            raise UsageError("--with-other-strategies needs --strategy: name the campaign's strategy")
        return curves
    names = list(dict.fromkeys(curves["strategy"].astype(str)))
    if strategy not in names:
        raise ValueError(f"strategy {strategy!r} is not in the curves; it has {len(names):,}: {_names(names)}")
    attrs = dict(curves.attrs)
    if with_others:
        if len(names) > 1:
            attrs["notes"] = (*attrs.get("notes", ()), f"the forecast for {strategy} is informed by the table's "
                              f"{len(names) - 1:,} other strategies (--with-other-strategies)")
        out = curves
    else:
        out = curves[curves["strategy"].astype(str) == strategy].reset_index(drop=True)
    out.attrs = attrs
    return out


def cmd_replan(args: argparse.Namespace) -> int:
    from planner.decide.campaign.steer import optimal_stop, replan  # lazy: start-up time
    from planner.forecast.io import read_curves  # lazy: start-up time

    _check_numbers(args)
    _check_metric(args)
    if Path(args.measured).is_dir():   # a campaign's folder: its one answer, as `plan DIR` gives it
        from planner.cli.answer import answer_campaign, refuse_replan_flags  # lazy: start-up time

        refuse_replan_flags(args)
        scenario = _price_scenario(args)   # the price flags checked before any run; the pool is the curves' to name
        return answer_campaign(args, "replan", scenario)
    if args.explain:
        raise UsageError("--explain gives the details of a campaign's answer; replan on a measured rounds file prints "
                         "them all: leave --explain out, or give the campaign's folder")
    curves = _campaign_rows(read_curves(args.measured, metric=args.metric), args.strategy, args.with_other_strategies)
    scenario, vendors, plan = _planned(args, curves)
    if args.test_size is not None and args.accuracy_se is not None:
        raise UsageError("give the test set's size (--test-size) or the accuracy's standard error (--accuracy-se), "
                         "not both")
    if args.test_size is not None and not (math.isfinite(args.test_size) and args.test_size >= 1
                                           and args.test_size == int(args.test_size)):
        raise UsageError(f"--test-size must be a whole number of test examples >= 1, got {args.test_size:g}")
    order = replan(plan, scenario, args.target, strategy=args.strategy, confidence=args.confidence,
                   test_size=args.test_size, accuracy_se=args.accuracy_se, budget=args.budget,
                   budget_dollars=args.budget_dollars, order_cost=args.order_cost,
                   give_up_below=args.give_up_below, vendors=vendors, stop_chance=args.stop_chance)
    stop = (optimal_stop(plan, scenario, value_per_point=args.value_per_point, strategy=order.strategy,
                         vendors=vendors) if args.value_per_point is not None else None)
    if args.json:
        from planner.present.steering_view import order_notes  # lazy: start-up time

        out = {"order": {**order.to_dict(), "notes": order_notes(order)},
               "optimal_stop": None if stop is None else stop.to_dict(), **_vendor_table_field(args)}
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        from planner.present.steering_view import campaign_text  # lazy: start-up time

        name = "your campaign" if curves.attrs.get("strategy_note") else None
        print(_summarise_notes(campaign_text(order, stop, name=name)))
        _print_vendor_table(args)
    return 0


def add_parsers(sub) -> None:
    """`replan`."""
    p = sub.add_parser("replan", help="steer a running campaign: the next order and whether to stop")
    p.add_argument("measured", help="the campaign's measured rounds (CSV/Parquet): n_labels, accuracy[, strategy, "
                   "seed]; or the folder of an `alplan campaign` (its measured curve, test size and strategy)")
    p.add_argument("--target", type=float, required=True, help="target accuracy, in (0, 1)")
    p.add_argument("--strategy", default=None, help="the campaign's strategy, when the table holds several: only its "
                   "rows are fitted")
    p.add_argument("--with-other-strategies", action="store_true",
                   help="let the table's other strategies inform the campaign's forecast (the answer says so)")
    p.add_argument("--value-per-point", type=float, default=None,
                   help="dollars one accuracy point (0.01) is worth: also print the dollar-optimal stop")
    p.add_argument("--test-size", type=float, default=None,
                   help="examples in the test set that measured the accuracy (its binomial noise decides whether "
                        "a measured hit is trusted; default: estimated from the rounds' scatter); with --metric "
                        "minority_recall the rarer class's examples; macro F1 is noisier than that: prefer "
                        "--accuracy-se")
    p.add_argument("--accuracy-se", type=float, default=None,
                   help="standard error of the measured accuracy, in 0-1 (instead of --test-size)")
    p.add_argument("--budget", type=float, default=None,
                   help="labels the campaign may have in all, those already labeled included")
    p.add_argument("--budget-dollars", type=float, default=None,
                   help="dollars still to spend from now on (what was already spent not counted), on labels and "
                        "on every order's fixed cost: the whole schedule of orders must fit in it")
    p.add_argument("--order-cost", type=float, default=0.0,
                   help="fixed dollars per order besides compute and delay (vendor fee, engineering per round)")
    p.add_argument("--give-up-below", type=float, default=None,
                   help="with a budget or pool: give up when replayed campaigns met the target after at most this "
                        "share of answers like this one (default 1 - confidence; lower: fewer wrong give-ups, more "
                        "spent on targets out of reach; README, 'Steering a running campaign')")
    _add_price_args(p)
    _add_selection_args(p)
    add_metric_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--explain", action="store_true",
                   help="with a campaign's folder: after the answer's lead (at most six lines: what was measured, the "
                        "act, what its path costs, the chance, the command), its details: the forecast's table and "
                        "ranges, the rule, the notes, the sources' lines")
    p.set_defaults(func=cmd_replan)
