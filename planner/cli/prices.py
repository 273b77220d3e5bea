"""The price flags and the scenario they build, shared by ``alplan plan``, ``budget``, ``hybrid`` and ``replan`` (and
a campaign's answer): the flags, the :class:`planner.decide.costs.Scenario` of them (the builder the dashboard uses
too), where the label price came from, ``--in-cost``'s priced labels and the vendors table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import UsageError, _nonneg_float, _positive_int
from planner.decide.costs import UPPER_BOUNDS, PoolShape, Scenario, hourly_price
from planner.decide.scenario import DEFAULTS, build_scenario


def _check_price_per_unit(price: float | None) -> None:
    if price is not None and not 0 < price <= 1e6:   # NaN fails too
        raise UsageError(f"--price-per-unit must be dollars per unit of annotation cost in (0, 1,000,000], got "
                         f"{price:g}")


def _in_cost(args: argparse.Namespace, curves):
    """`plan --in-cost` and `budget --in-cost`: each strategy's measured cost per label
    (planner.forecast.in_cost.label_premiums) on the curves the verdict reads, one premium replicate per forecast
    draw (drawn with --seed); None without --in-cost. With --price-per-unit the label price is that times random's
    cost per label (set on ``args``)."""
    in_cost, per_unit = getattr(args, "in_cost", False), getattr(args, "price_per_unit", None)
    if not in_cost:
        if per_unit is not None:
            raise UsageError("--price-per-unit prices a unit of the curves' annotation cost: give --in-cost too")
        return None
    _check_price_per_unit(per_unit)
    if args.al_label_premium is not None:
        raise UsageError("--in-cost measures each AL strategy's premium from the curves' annotation_cost: leave "
                         "--al-label-premium out, or --in-cost")
    if getattr(args, "proxies", None):
        raise UsageError("--in-cost prices each strategy at what its labels cost in the table, and strategies "
                         "transferred from --proxies have no cost there: leave --proxies out, or --in-cost")
    given = [f for f, v in (("--label-price", args.label_price), ("--vendor", args.vendor),
                            ("--price-per-hour", args.price_per_hour)) if v is not None]
    if per_unit is not None and given:
        raise UsageError(f"--price-per-unit prices random's label at its measured cost, and {given[0]} prices it "
                         f"too: give one of them")
    if per_unit is None and not given:
        raise UsageError("--in-cost needs a price: --price-per-unit (dollars a unit of annotation cost) or "
                         "--label-price (random's price per label)")
    from planner.forecast.draws import DEFAULT_DRAWS  # lazy: start-up time
    from planner.forecast.in_cost import label_premiums  # lazy: start-up time
    from planner.forecast.selection import select_curves  # lazy: start-up time

    chosen = select_curves(curves, dataset=args.dataset, model=args.model, batch_size=args.curves_batch_size)
    priced = label_premiums(chosen, n_draws=DEFAULT_DRAWS, seed=args.seed, price_per_unit=per_unit,
                            name=Path(args.curves).name)
    if per_unit is not None:
        if not priced.label_price <= UPPER_BOUNDS["label_price"]:
            raise UsageError(f"--price-per-unit {per_unit:g} x random's {priced.random_per_label:.3g} units a label "
                             f"is more than ${UPPER_BOUNDS['label_price']:,.0f} a label: check the unit")
        args.label_price = priced.label_price
    return priced


def _scenario(args: argparse.Namespace):
    """The Scenario of the price flags (`plan`, `replan`), validated: the builder the dashboard uses too, and the
    whole-pool accuracy applied as the dashboard applies it (planner.decide.inputs.with_ceiling)."""
    from planner.decide.inputs import with_ceiling  # lazy: start-up time

    scenario = _price_scenario(args)
    pool = getattr(args, "pool_accuracy", None)
    if pool is None:
        return scenario
    return with_ceiling(scenario, pool.accuracy, pool.se, pool.n_labels)


def _price_scenario(args: argparse.Namespace):
    compute = args.compute_per_round
    if compute is None:  # the shared default, unless the GPU flags price the round
        gpu = args.gpu_hours_per_round is not None or args.gpu_hour_price is not None
        compute = 0.0 if gpu else DEFAULTS["compute_per_round"]
    if args.gpu_hours_per_round is not None and args.gpu_hour_price is not None:
        high = UPPER_BOUNDS["compute_per_round"]  # the product's bound, named by the flags the user gave
        if args.gpu_hours_per_round * args.gpu_hour_price > high:
            raise UsageError(f"--gpu-hours-per-round x --gpu-hour-price is more than ${high:,.0f} a round, the "
                             "bound of a round's compute: fix --gpu-hours-per-round or --gpu-hour-price")
    return build_scenario(
        label_price=_hourly_label_price(args), vendor=args.vendor, engineering_days=args.engineering_days,
        day_rate=args.day_rate, salary=args.salary, working_weeks=args.working_weeks,
        compute_per_round=compute, gpu_hours_per_round=args.gpu_hours_per_round,
        gpu_hour_price=args.gpu_hour_price, final_compute=args.final_compute,
        turnaround_days=args.turnaround_days, batch_size=args.batch_size, initial=args.initial,
        pool_size=args.pool_size, qa_multiplier=args.qa_multiplier, delay_cost_per_day=args.delay_cost_per_day,
        label_error=args.label_error, n_classes=args.n_classes, votes=args.votes, confidence=args.confidence,
        al_label_premium=getattr(args, "al_label_premium", None),
    )


def _price_notes(args: argparse.Namespace) -> tuple[str, ...]:
    """The notes that say where the label price came from: --price-per-hour x --seconds-per-label, where it did."""
    hourly, seconds = getattr(args, "price_per_hour", None), getattr(args, "seconds_per_label", None)
    if hourly is None or seconds is None:
        return ()
    from planner.present.cost_view import hourly_price_line  # lazy: start-up time

    return (hourly_price_line(hourly, seconds),)


def _hourly_label_price(args: argparse.Namespace) -> float | None:
    """--label-price, or the price of a label paid by the hour: --price-per-hour x --seconds-per-label / 3600."""
    hourly, seconds = getattr(args, "price_per_hour", None), getattr(args, "seconds_per_label", None)
    if hourly is None and seconds is None:
        return args.label_price
    if hourly is None or seconds is None:
        raise UsageError("give both --price-per-hour and --seconds-per-label (a label paid by the hour), or "
                         "--label-price")
    if args.label_price is not None or args.vendor is not None:
        raise UsageError("give --price-per-hour with --seconds-per-label, or --label-price (or --vendor), not both")
    if hourly > 1e6 or seconds > 30 * 86_400:
        raise UsageError("--price-per-hour must be at most 1,000,000 dollars and --seconds-per-label at most "
                         "2,592,000 (30 days): fix them")
    if hourly * seconds <= 0:
        raise UsageError("--price-per-hour and --seconds-per-label must be > 0: a label is paid for")
    return hourly_price(hourly, seconds)


def _read_vendor_table(args: argparse.Namespace):
    """The user's vendors table (--vendors), or None; each of its vendors checked against the scenario's flags
    (an error rate that carries no signal over --n-classes names the file, the row and the vendor)."""
    if not args.vendors:
        return None
    from planner.decide.vendors import check_vendors, read_vendors  # lazy: start-up time

    table = read_vendors(args.vendors)
    check_vendors(table, _price_scenario_for_vendors(args))
    return table


def _price_scenario_for_vendors(args: argparse.Namespace):
    """The scenario the vendors are priced under (the flags, with any price: each vendor brings its own)."""
    return Scenario(label_price=1.0, pool=PoolShape(n_classes=args.n_classes), votes=args.votes)


def _vendor_table_field(args: argparse.Namespace) -> dict:
    """``{"vendor_table": ...}``: where --vendor's terms came from (the user's file or the shipped table)."""
    if not args.vendor:
        return {}
    return {"vendor_table": Path(args.vendors).name if args.vendors else "shipped"}


def _print_vendor_table(args: argparse.Namespace) -> None:
    if args.vendor:
        where = f"your vendors file {Path(args.vendors).name}" if args.vendors else "the shipped vendors table"
        print(f"note: vendor {args.vendor!r} is priced from {where}")


def _add_price_args(p: argparse.ArgumentParser) -> None:
    """The scenario's price flags, shared by `plan` and `replan`."""
    p.add_argument("--label-price", type=_nonneg_float, default=None, help="price per label ($); or use --vendor")
    p.add_argument("--vendor", default=None, help="buy from this vendor (a name in --vendors, or the shipped defaults)")
    p.add_argument("--vendors", default=None,
                   help="vendors CSV: name, price_per_label, error_rate, turnaround_days, min_order, source; "
                        "the verdict then compares every vendor")
    p.add_argument("--engineering-days", type=_nonneg_float, default=DEFAULTS["engineering_days"],
                   help="engineering days to set up AL")
    p.add_argument("--day-rate", type=_nonneg_float, default=None,
                   help=f"cost of an engineering day ($; default {DEFAULTS['day_rate']:g}, as in the dashboard)")
    p.add_argument("--salary", type=_nonneg_float, default=None, help="yearly salary ($) instead of --day-rate")
    p.add_argument("--working-weeks", type=_nonneg_float, default=DEFAULTS["working_weeks"],
                   help="working weeks a year (with --salary)")
    p.add_argument("--compute-per-round", type=_nonneg_float, default=None,
                   help="compute per AL round ($): retraining + scoring the pool, GPU-hours x price "
                        f"(default {DEFAULTS['compute_per_round']:g}, as in the dashboard)")
    p.add_argument("--gpu-hours-per-round", type=_nonneg_float, default=None,
                   help="GPU-hours per AL round (with --gpu-hour-price, instead of --compute-per-round)")
    p.add_argument("--gpu-hour-price", type=_nonneg_float, default=None, help="price of a GPU-hour ($)")
    p.add_argument("--final-compute", type=_nonneg_float, default=None,
                   help="compute of the final training run ($; default: --compute-per-round)")
    p.add_argument("--turnaround-days", type=_nonneg_float, default=None,
                   help=f"vendor turnaround per labeling batch (days; default {DEFAULTS['turnaround_days']:g} as in "
                        "the dashboard, or the vendor's)")
    p.add_argument("--batch-size", type=_positive_int, default=None, help="labels per AL round (default: from the curves)")
    p.add_argument("--initial", type=_positive_int, default=None, help="AL's initial labeled set (default: from the curves)")
    p.add_argument("--pool-size", type=_positive_int, default=None, help="unlabeled examples available")
    p.add_argument("--qa-multiplier", type=_nonneg_float, default=DEFAULTS["qa_multiplier"],
                   help="QA/overhead multiplier on label cost")
    p.add_argument("--delay-cost-per-day", type=_nonneg_float, default=DEFAULTS["delay_cost_per_day"],
                   help="cost of a day's delay ($)")
    p.add_argument("--label-error", type=_nonneg_float, default=None, help="error rate of the bought labels (default: the vendor's)")
    p.add_argument("--n-classes", type=_positive_int, default=DEFAULTS["n_classes"],
                   help="classes of the task (label-noise correction)")
    p.add_argument("--votes", type=_positive_int, default=DEFAULTS["votes"],
                   help="labels per item, majority vote (price x votes)")
    p.add_argument("--confidence", type=float, default=DEFAULTS["confidence"],
                   help="probability of reaching the target with the budget bought, and the least chance that the "
                        "true score meets the target at which a campaign stops (0.5 to 0.999)")
    p.add_argument("--stop-chance", type=float, default=None, metavar="P",
                   help="stop a campaign at a lower chance P that the target is met (0.5 to the confidence; "
                        "default: the confidence); the answer says it stopped at P, as asked")
    p.add_argument("--price-per-hour", type=_nonneg_float, default=None, metavar="DOLLARS",
                   help="annotators paid by the hour: dollars an hour (with --seconds-per-label, instead of "
                        "--label-price)")
    p.add_argument("--seconds-per-label", type=_nonneg_float, default=None, metavar="S",
                   help="seconds a random label takes (the test labels' mean in `alplan campaign status`)")
    p.add_argument("--al-label-premium", type=_nonneg_float, default=None, metavar="X",
                   help="AL's picked labels cost X times a random label (annotators take longer on the uncertain "
                        "examples; `alplan campaign status` measures it); default 1.0. Stated, the break-even line "
                        "also gives the premium at which AL stops paying")


def _add_in_cost_args(p: argparse.ArgumentParser) -> None:
    """`plan`'s and `budget`'s --in-cost and --price-per-unit: each strategy's labels priced at what they cost."""
    p.add_argument("--in-cost", action="store_true",
                   help="decide in annotation cost: each strategy's labels priced at what they cost in the curves' "
                        "annotation_cost column (simulate --cost-column), an AL strategy's picks at its own "
                        "premium over random's cost per label")
    p.add_argument("--price-per-unit", type=float, default=None, metavar="DOLLARS",
                   help="with --in-cost: dollars a unit of annotation cost; the label price is then this times "
                        "random's cost per label (without it, --label-price is random's price per label)")
