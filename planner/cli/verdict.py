"""``alplan fit``, ``plan``, ``budget`` and ``hybrid``: a curves table (or a campaign's folder) in, a forecast or
a verdict out; with the selection flags, and the checks of the metric and pool that ``replan`` shares (the price
flags and the scenario: :mod:`planner.cli.prices`).

``plan CAMPAIGN_DIR`` gives the campaign's answer (:mod:`planner.cli.answer` over
:func:`planner.campaign.answer`). ``simulations`` is imported only inside the commands.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from pathlib import Path

from planner.cli.checks import (_check_metric, _check_numbers, _check_pool, _given,
                                _read_pool_accuracy, _summarise_notes, _sunk_scenario, _write_report)
from planner.cli.common import UsageError, _csv_list, _outputs, _positive_int, _seed, _shown_int
from planner.cli.prices import (_add_in_cost_args, _add_price_args, _check_price_per_unit, _in_cost, _price_notes,
                                _price_scenario, _print_vendor_table, _read_vendor_table, _scenario,
                                _vendor_table_field)



def add_metric_arg(p: argparse.ArgumentParser) -> None:
    """``--metric NAME``: the curves table's column a command plans on (fit, plan, replan; one line per command)."""
    p.add_argument("--metric", default="accuracy", metavar="NAME",
                   help="the curves table's column to plan on, and the one --target is stated in: accuracy, "
                        "macro_f1, balanced_accuracy, minority_recall, or any column of fractions in [0, 1]")


def cmd_fit(args: argparse.Namespace) -> int:
    from planner.present.fit_summary import fit_summary  # lazy: start-up time

    _check_metric(args)
    if args.in_cost or args.price_per_unit is not None:
        return _fit_in_cost(args)
    if args.pool_accuracy is not None:
        from planner.forecast.io import read_curves  # lazy: start-up time

        curves = read_curves(args.curves, metric=args.metric)
        _read_pool_accuracy(args, curves)
        _check_pool(curves, args)
    summary = fit_summary(args.curves, target=args.target, strategy=args.strategy, dataset=args.dataset,
                          model=args.model, batch_size=args.curves_batch_size, seed=args.seed,
                          pool_accuracy=args.pool_accuracy, metric=args.metric)
    if args.json:
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(summary.to_text())
    return 0


def _fit_in_cost(args: argparse.Namespace) -> int:
    """`fit --in-cost`: the labels to the target forecast as `fit` forecasts them, each strategy's priced in
    annotation cost as `plan --in-cost` prices them (planner.present.fit_summary.cost_to_target), and at
    --price-per-unit in dollars."""
    from planner.present.fit_summary import fit_summary  # lazy: start-up time

    if not args.in_cost:
        raise UsageError("--price-per-unit prices the annotation cost to target: give --in-cost too")
    _check_price_per_unit(args.price_per_unit)
    if args.pool_accuracy is not None:
        raise UsageError("--pool-accuracy caps a forecast in labels: leave it out with --in-cost")
    summary = fit_summary(args.curves, target=args.target, strategy=args.strategy, dataset=args.dataset,
                          model=args.model, batch_size=args.curves_batch_size, seed=args.seed, metric=args.metric,
                          in_cost=True, price_per_unit=args.price_per_unit, name=Path(args.curves).name)
    print(json.dumps(summary.to_dict(), indent=2, allow_nan=False) if args.json else summary.to_text())
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from planner.decide.inputs import with_premiums  # lazy: start-up time
    from planner.decision import get_plan  # lazy: start-up time
    from planner.forecast.io import read_curves  # lazy: start-up time

    if Path(args.curves).is_dir():
        return _plan_campaign(args)
    if args.explain:
        raise UsageError("--explain gives the details of a campaign's answer; a curves table's plan prints them all: "
                         "give the campaign's folder, or leave --explain out")
    if args.strategies is not None:
        raise UsageError("--strategies names the strategies measured on a campaign's labels: give the campaign's "
                         "folder, or leave --strategies out (a curves table plans the strategies it holds)")
    pool_file = args.pool_accuracy if args.pool_accuracy and Path(args.pool_accuracy).exists() else None
    outputs = _outputs({"the curves table": args.curves, "--proxies": args.proxies, "--vendors": args.vendors,
                        "--pool-accuracy": pool_file})
    if args.report:
        outputs.claim("--report", args.report, suffixes=(".html", ".htm"))
    _check_numbers(args)
    _check_metric(args)
    curves = read_curves(args.curves, metric=args.metric)
    _read_pool_accuracy(args, curves)
    _check_pool(curves, args)  # against what the user measured (before any transfer from proxies)
    priced = _in_cost(args, curves)
    sunk = _campaign_sunk(args, curves)
    curves = _tested_on(curves, args.test_size, sunk)
    if args.proxies:  # the curves are the user's random pilot: transfer AL from the proxies
        from planner.forecast.transfer import transfer  # lazy: start-up time

        curves = transfer(curves, args.proxies, seed=args.seed)
    scenario = _scenario(args)
    if sunk is not None:   # a campaign's own curve: what it paid for is sunk, as in `plan CAMPAIGN_DIR`
        scenario = _sunk_scenario(scenario, sunk, _given(args))
    scenario = with_premiums(scenario, priced)   # each strategy's labels at what they cost (--in-cost)
    vendors = _read_vendor_table(args)
    # one set of joint draws: the verdict, the text, the JSON and the report all read it
    plan = get_plan(curves, seed=args.seed, dataset=args.dataset, model=args.model,
                    batch_size=args.curves_batch_size)
    decision = plan.decide(scenario, args.target, vendors=vendors, test_size=args.test_size)
    decision = dataclasses.replace(decision, notes=_price_notes(args) + tuple(decision.notes))
    if priced is not None:   # the answer says what each strategy's labels were priced at
        from planner.present.cost_view import priced_facts, priced_line  # lazy: start-up time

        said = priced_facts(priced, decision)   # at each path's count
        decision = dataclasses.replace(decision, notes=(priced_line(said),) + tuple(decision.notes))
    if args.json:
        out = decision.to_dict()
        if priced is not None:
            out["in_cost"] = said
        out.update(_vendor_table_field(args))
        text = json.dumps(out, indent=2, allow_nan=False)
    else:
        from planner.present.verdict_view import to_text  # lazy: start-up time

        text = _summarise_notes(to_text(decision))
        if sunk is not None:
            from planner.present.redecide_view import sunk_text  # lazy: start-up time

            text += "\n" + sunk_text(sunk.train_labels, sunk.test_labels, sunk.paid_by,
                                     decision.scenario.get("engineering_cost", math.nan))
    return _answer_plan(args, outputs, plan, scenario, vendors, decision, text)


def _tested_on(curves, test_size: float | None, sunk):
    """``curves`` with the test split's size on every row (``test_size``: what a one-run curve's draws read its
    measurement noise from): --test-size where given, else the table's own column, else the campaign's test labels
    in hand where the table is a campaign's curve.csv."""
    if test_size is not None:
        from planner.forecast.io import MAX_TEST_SIZE  # lazy: start-up time

        if not (math.isfinite(test_size) and test_size >= 1 and test_size == int(test_size)):
            raise UsageError(f"--test-size must be a whole number of test examples >= 1, got {test_size:g}")
        # a larger split's noise is nil at any accuracy a curve reads
        return _keep_attrs(curves, curves.assign(test_size=float(min(test_size, MAX_TEST_SIZE))))
    if sunk is not None and sunk.test_labels >= 1:
        known = curves["test_size"] if "test_size" in curves.columns else None
        filled = float(sunk.test_labels) if known is None else known.fillna(float(sunk.test_labels))
        return _keep_attrs(curves, curves.assign(test_size=filled))
    return curves


def _keep_attrs(before, after):
    after.attrs = dict(before.attrs)
    return after


def _campaign_sunk(args: argparse.Namespace, curves):
    """The sunk costs of the campaign whose curve.csv `plan` reads: from its folder where the file lies in it
    (planner.campaign.in_hand.Sunk), else from the curve's own columns (planner.decide.campaign.redecide.curve_sunk: a
    copy moved out of its folder reads the same); None for any other table."""
    from planner.decide.campaign.redecide import curve_sunk  # lazy: start-up time
    from planner.campaign.in_hand import campaign_of_curve, sunk_facts  # lazy: start-up time

    folder = campaign_of_curve(args.curves)
    return sunk_facts(folder) if folder is not None else curve_sunk(curves)


def _answer_plan(args: argparse.Namespace, outputs, plan, scenario, vendors, decision, text: str) -> int:
    """`plan`'s last step: the --report file (the vendor's price, turnaround and error applied), the answer, the
    vendor table."""
    if args.report:
        _write_report(outputs, args.report, plan, scenario, decision, vendors, args.seed)
    print(text)
    if not args.json:
        _print_vendor_table(args)
    return 0


def _plan_campaign(args: argparse.Namespace) -> int:
    """`plan CAMPAIGN_DIR`: the campaign's one answer (planner.cli.answer)."""
    from planner.cli.answer import answer_campaign  # lazy: start-up time

    if args.proxies:
        raise UsageError("--proxies transfers AL to a random pilot's curve; a campaign's folder is measured on its own "
                         "labels: leave --proxies out")
    if args.in_cost or args.price_per_unit is not None:
        raise UsageError("--in-cost prices a curves table's annotation_cost; a campaign's folder is priced at the "
                         "time premium its labels measured: leave --in-cost out")
    _check_numbers(args)
    _check_metric(args)
    scenario = _price_scenario(args)   # the price flags checked before any run; the pool is the curves' to name
    return answer_campaign(args, "plan", scenario)


def _planned(args: argparse.Namespace, curves, priced=None):
    """``budget``'s and ``replan``'s common start on read ``curves``: the pool's score and size checked against
    them, then the scenario (each strategy's labels priced at ``priced``, :func:`_in_cost`, where given), the
    vendor table and the plan (its draws) from the flags."""
    from planner.decide.inputs import with_premiums  # lazy: start-up time
    from planner.decision import get_plan  # lazy: start-up time

    _read_pool_accuracy(args, curves)
    _check_pool(curves, args)
    scenario = with_premiums(_scenario(args), priced)
    vendors = _read_vendor_table(args)
    plan = get_plan(curves, seed=args.seed, dataset=args.dataset, model=args.model,
                    batch_size=args.curves_batch_size)
    return scenario, vendors, plan


def cmd_budget(args: argparse.Namespace) -> int:
    """What a budget buys per strategy: the reverse question of the page, read off the same draws."""
    from planner.decide.summaries import DEFAULT_LEVEL, json_number  # lazy: start-up time
    from planner.decide.whatif import accuracy_for_budget  # lazy: start-up time
    from planner.forecast.io import read_curves  # lazy: start-up time

    _check_numbers(args)
    _check_metric(args)
    if args.dollars is not None and not (math.isfinite(args.dollars) and args.dollars > 0):
        raise UsageError(f"--dollars must be a positive number of dollars, got {args.dollars:g}")
    from planner.decide.campaign.steer import MAX_BUDGET_DOLLARS, MAX_BUDGET_LABELS  # lazy: start-up time

    if args.dollars is not None and args.dollars > MAX_BUDGET_DOLLARS:
        raise UsageError(f"--dollars must be at most ${MAX_BUDGET_DOLLARS:,.0f}, got {args.dollars:g}")
    if args.labels is not None and args.labels > MAX_BUDGET_LABELS:
        raise UsageError(f"--labels must be at most {MAX_BUDGET_LABELS:,.0f}, got {_shown_int(args.labels)}")
    curves = read_curves(args.curves, metric=args.metric)
    in_cost = _in_cost(args, curves)
    scenario, vendors, plan = _planned(args, curves, in_cost)
    frame = accuracy_for_budget(plan, scenario, args.dollars, labels=args.labels, vendors=vendors)
    said = None
    if in_cost is not None:   # each strategy's premium at the labels the budget buys: the one its bill used
        from planner.present.cost_view import priced_facts  # lazy: start-up time

        said = priced_facts(in_cost, at=dict(zip(frame["strategy"].astype(str), frame["labels"].astype(float))))
    if args.json:
        priced = plan.resolve(scenario, vendors)
        out = {"metric": plan.metric, "dollars": args.dollars, "labels": args.labels, "level": DEFAULT_LEVEL,
               "pool_size": priced.pool_size, "pool_accuracy": priced.pool_accuracy,
               **({"notes": list(_price_notes(args))} if _price_notes(args) else {}),
               "strategies": [{k: json_number(v) for k, v in r.items()} for r in frame.to_dict("records")],
               **({} if said is None else {"in_cost": said}), **_vendor_table_field(args)}
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        from planner.present.budget_view import budget_text  # lazy: start-up time

        print(budget_text(frame, metric=plan.metric, dollars=args.dollars, labels=args.labels,
                          pool=scenario.pool_size, level=DEFAULT_LEVEL))
        if said is not None:
            from planner.present.cost_view import priced_line  # lazy: start-up time

            print(f"note: {priced_line(said, counted='the budget buys')}")
        for note in _price_notes(args):
            print(f"note: {note}")
        _print_vendor_table(args)
    return 0


def cmd_hybrid(args: argparse.Namespace) -> int:
    """Label the whole pool: how many labels people buy and how many a model gives, at the accuracy asked."""
    from planner.decide.hybrid import plan_hybrid  # lazy: start-up time

    _check_numbers(args)
    if args.pool_size is None:
        raise UsageError("--pool-size is required: give the number of examples of the whole pool to label")
    scenario = _price_scenario(args)
    answer = plan_hybrid(args.curves, scenario, args.label_accuracy, args.pool_size, holdout=args.holdout,
                         vendors=_read_vendor_table(args), seed=args.seed, dataset=args.dataset, model=args.model,
                         batch_size=args.curves_batch_size)
    if args.json:
        print(json.dumps({**answer.to_dict(), **_vendor_table_field(args)}, indent=2, allow_nan=False))
    else:
        from planner.present.hybrid_view import hybrid_text  # lazy: start-up time

        print(hybrid_text(answer))
        _print_vendor_table(args)
    return 0




def _add_selection_args(p: argparse.ArgumentParser) -> None:
    """Which curves of a table to use (planner.forecast.selection.select_curves) and the seed of the draws."""
    p.add_argument("--dataset", default=None, help="which data set of a curves table holding several")
    p.add_argument("--model", default=None, help="which model (learner) of a curves table holding several")
    p.add_argument("--curves-batch-size", type=_positive_int, default=None,
                   help="which simulated AL batch size of a curves table holding several "
                        "(--batch-size is the AL batch size you plan to buy)")
    p.add_argument("--seed", type=_seed, default=0, help="seed of the joint draws")
    p.add_argument("--pool-accuracy", default=None, metavar="FILE_OR_NUMBER",
                   help="the score measured with the whole pool labeled, on the metric planned on (--metric): "
                        "a number (0.976, or 0.976@1347 with the pool size) states that metric's score; the "
                        ".pool.csv of `alplan simulate --full-pool` holds every metric and its --metric column "
                        "is read. No figure goes above it")


def add_parsers(sub) -> None:
    """`fit`, `plan`, `budget` and `hybrid`."""
    p = sub.add_parser("fit", help="fit learning curves and forecast labels to a target")
    p.add_argument("curves", help="curves table (CSV/Parquet): strategy, n_labels, accuracy[, seed]")
    p.add_argument("--target", type=float, required=True, help="target accuracy, in (0, 1)")
    p.add_argument("--strategy", default=None, help="fit only this strategy")
    _add_selection_args(p)
    add_metric_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--in-cost", action="store_true",
                   help="forecast the annotation cost to the target instead of the labels: the curves' "
                        "annotation_cost column (simulate --cost-column), in its unit")
    p.add_argument("--price-per-unit", type=float, default=None, metavar="DOLLARS",
                   help="with --in-cost: dollars a unit of annotation cost (e.g. 0.0125 a second at $45 an hour)")
    p.set_defaults(func=cmd_fit)

    p = sub.add_parser("plan", help="price every path to a target accuracy and give the verdict")
    p.add_argument("curves", help="curves table (CSV/Parquet): strategy, n_labels, accuracy[, seed, label_noise, "
                   "batch_size]; or the folder of an `alplan campaign`: every strategy measured on its labels in hand, "
                   "the costs already paid not charged again")
    p.add_argument("--target", type=float, required=True, help="target accuracy, in (0, 1)")
    _add_price_args(p)
    _add_selection_args(p)
    add_metric_arg(p)
    p.add_argument("--proxies", default=None,
                   help="proxy curves (many data sets x strategies): CURVES is then your random-only pilot, "
                        "and each AL strategy is forecast from its label efficiency on the proxies; or one AL "
                        "strategy's pilot (a campaign's curve.csv), and random sampling is forecast from it")
    p.add_argument("--json", action="store_true", help="print JSON (with extend_pilot: the value of extending "
                                                          "the pilot before deciding)")
    p.add_argument("--test-size", type=float, default=None,
                   help="examples in the pilot's test set (the noise of its measured accuracy; default: "
                        "estimated from the rounds' scatter)")
    p.add_argument("--report", default=None, help="write a self-contained HTML report")
    p.add_argument("--strategies", type=_csv_list, default=None,
                   help="with a campaign's folder: the strategies measured on its labels (random always; default "
                        "margin, entropy and coreset, those the campaign's learner serves)")
    p.add_argument("--explain", action="store_true",
                   help="with a campaign's folder: after the answer's lead (at most six lines: what was measured, the "
                        "act, what its path costs, the chance, the command), its details: the forecast's table and "
                        "ranges, the rule, the notes, the sources' lines")
    _add_in_cost_args(p)
    p.set_defaults(func=cmd_plan)

    p = sub.add_parser("budget", help="what a budget buys: each strategy's accuracy (median and 80%% range) for "
                                      "N labels or D dollars")
    p.add_argument("curves", help="curves table (CSV/Parquet): strategy, n_labels, accuracy[, seed]")
    spend = p.add_mutually_exclusive_group(required=True)
    spend.add_argument("--labels", type=_positive_int, default=None, help="labels bought (capped by --pool-size)")
    spend.add_argument("--dollars", type=float, default=None,
                       help="dollars in all: labels, engineering, compute and delay, as `plan` prices them")
    _add_price_args(p)
    _add_selection_args(p)
    add_metric_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_in_cost_args(p)
    p.set_defaults(func=cmd_budget)

    p = sub.add_parser("hybrid", help="label a whole pool for less: how many labels people buy and how many a "
                                      "model trained on them gives, at a delivered label accuracy")
    p.add_argument("curves", help="curves table simulated with --hybrid-accuracy (machine_target, machine_share, "
                                  "machine_accuracy)")
    p.add_argument("--label-accuracy", type=float, required=True, metavar="Q",
                   help="label accuracy of the whole delivered data set, in (0, 1); a bar the table recorded")
    p.add_argument("--holdout", type=_positive_int, default=500,
                   help="human-labeled held-out examples the model's labels are checked on")
    _add_price_args(p)
    p.add_argument("--dataset", default=None, help="which data set of a curves table holding several")
    p.add_argument("--model", default=None, help="which model (learner) of a curves table holding several")
    p.add_argument("--curves-batch-size", type=_positive_int, default=None,
                   help="which AL batch size of a curves table holding several")
    p.add_argument("--seed", type=_seed, default=0, help="seed of the joint draws")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_hybrid)
