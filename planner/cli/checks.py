"""What the commands that answer from curves or a campaign share: the checks of their flags (confidence, metric,
the pool's score and size), the campaign's sunk scenario, the --report file and the notes' summary. Imported by
``verdict``, ``replan``, ``campaign_plan`` and ``answer``; it imports no group.
"""

from __future__ import annotations

import argparse
import sys

from planner.cli.common import UsageError, _commit

__all__ = ["CONFIDENCE_RANGE", "MAX_NOTES_SHOWN", "MAX_VALUE_PER_POINT"]

#: The confidences a plan or a campaign may ask for: below one half the advice reads backwards ("give up" when
#: the target is reached in most forecasts); above 0.999 it rests on the draws' extreme tail.
CONFIDENCE_RANGE = (0.5, 0.999)
#: Most dollars one accuracy point may be worth (--value-per-point): beyond it no price changes the stop.
MAX_VALUE_PER_POINT = 1e12
#: The most "note:" lines a verdict's text shows.
MAX_NOTES_SHOWN = 6


def _check_numbers(args: argparse.Namespace) -> None:
    """--confidence within ``CONFIDENCE_RANGE``, --value-per-point finite and at most ``MAX_VALUE_PER_POINT``."""
    low, high = CONFIDENCE_RANGE
    if not low <= args.confidence <= high:  # NaN fails too
        raise UsageError(f"--confidence must be a probability from {low:g} to {high:g}, got {args.confidence:g}")
    stop_chance = getattr(args, "stop_chance", None)
    if stop_chance is not None:
        from planner.decide.campaign.stop_rule import check_stop_chance  # lazy: start-up time

        try:
            check_stop_chance(stop_chance, args.confidence)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    value = getattr(args, "value_per_point", None)
    if value is not None and not 0 < value <= MAX_VALUE_PER_POINT:
        raise UsageError(f"--value-per-point must be > 0 dollars and at most {MAX_VALUE_PER_POINT:,.0f} per "
                         f"accuracy point, got {value:g}")


def _check_metric(args: argparse.Namespace) -> None:
    """The target inside the metric's range (accuracy's too: checked before a campaign's folder decides which
    answer is given), and no flag that only speaks of accuracy on another metric."""
    metric = str(args.metric).strip()
    target = getattr(args, "target", None)
    if target is not None and not 0.0 < target < 1.0:  # NaN fails too
        example = target / 100 if 10 <= target < 100 else 0.95 if target >= 1 else 0.8
        raise UsageError(f"--target {target:g} is outside the range of {metric}, a fraction in (0, 1): give it "
                         f"as a fraction, e.g. --target {example:g}")
    if metric.lower() in ("accuracy", "acc"):
        return
    if getattr(args, "proxies", None) is not None:
        raise UsageError(f"--proxies holds accuracy, and this plan is on {metric}: drop --proxies, or plan on "
                         "accuracy")


def _read_pool_accuracy(args: argparse.Namespace, curves=None) -> None:
    """``args.pool_accuracy``: the --pool-accuracy text read into a ``planner.forecast.pool_accuracy.PoolAccuracy``
    (or None); a file's rows of --dataset and --model, else of the data set and learner ``curves`` name (a file of
    another is refused): :func:`planner.decide.inputs.read_pool_score`."""
    if args.pool_accuracy is not None:
        from planner.decide.inputs import read_pool_score  # lazy: start-up time

        args.pool_accuracy = read_pool_score(args.pool_accuracy, curves, metric=getattr(args, "metric", "accuracy"),
                                             dataset=args.dataset, model=args.model)


def _given(args: argparse.Namespace) -> frozenset:
    """The campaign-shaped fields the user set (``pool_size``, ``batch_size``, ``initial_labels``): kept as given."""
    return frozenset(f for f, v in (("pool_size", args.pool_size), ("batch_size", args.batch_size),
                                    ("initial_labels", args.initial),
                                    ("n_classes", "--n-classes" in _flag_names(args) or None)) if v is not None)


def _flag_names(args: argparse.Namespace) -> set:
    """The flags of the command line as given (``--name`` of ``--name=value`` too)."""
    return {str(w).split("=", 1)[0] for w in (getattr(args, "argv", None) or []) if str(w).startswith("--")}


def _sunk_scenario(scenario, sunk, given: frozenset = frozenset()):
    """``scenario`` with the campaign's sunk costs and shape (planner.decide.campaign.redecide.sunk_scenario); the fields
    ``given`` (:func:`_given`) kept."""
    from planner.decide.campaign.redecide import sunk_from  # lazy: start-up time

    try:
        return sunk_from(scenario, sunk, given)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _write_report(outputs, path: str, plan, scenario, decision, vendors, seed: int) -> None:
    """The --report file at ``path`` (claimed in ``outputs``): the HTML report of ``decision`` on ``plan``'s draws,
    the vendor's price, turnaround and error applied (`plan` on a table and on a campaign's folder alike)."""
    from planner.present.report import render_report  # lazy: start-up time

    html = render_report(plan, plan.resolve(scenario, vendors), decision, vendors=vendors, seed=seed)
    with outputs:
        outputs.write("--report", lambda tmp: tmp.write_text(html, encoding="utf-8"))
        _commit(outputs)
    print(f"wrote the report to {path}", file=sys.stderr)


def _summarise_notes(text: str) -> str:
    """The text with at most ``MAX_NOTES_SHOWN`` "note:" lines: 500 strategies do not print 500 notes."""
    lines = text.splitlines()
    notes = [i for i, line in enumerate(lines) if line.lstrip().startswith("note:")]
    if len(notes) <= MAX_NOTES_SHOWN:
        return text
    hidden = set(notes[MAX_NOTES_SHOWN:])
    kept = [line for i, line in enumerate(lines) if i not in hidden]
    kept.insert(notes[MAX_NOTES_SHOWN - 1] + 1, f"note: and {len(hidden):,} more notes (--json lists them all)")
    return "\n".join(kept)


def _check_pool(curves, args: argparse.Namespace) -> None:
    """The pool against what the curves measured, in fit, plan, budget and replan
    (:func:`planner.decide.inputs.check_pool_facts`, on the rows the command's flags choose): a pool smaller than the
    labels already measured, whichever flag brings the size (--pool-size, or --pool-accuracy ACC@POOL or its
    .pool.csv), and a whole-pool score below the measured points, cannot be this pool's."""
    from planner.decide.inputs import check_pool_facts  # lazy: start-up time (the pool facts: one place)

    try:
        check_pool_facts(curves, getattr(args, "pool_accuracy", None), getattr(args, "pool_size", None),
                         dataset=getattr(args, "dataset", None), model=getattr(args, "model", None),
                         strategy=getattr(args, "strategy", None))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
