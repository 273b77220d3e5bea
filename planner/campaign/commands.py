"""``alplan campaign``: the commands a data scientist runs between labeling rounds.

:func:`add_parser` registers ``campaign start|next|add|measure|status|export`` on the
CLI (``planner/cli/campaign.py`` calls it; this module loads only the standard
library at import time, so ``alplan --help`` stays fast); :func:`run` runs
one, printing what it did and, on its last line (``next: ...``), the command to
run next. Bad input raises ``ValueError``/``OSError`` with one line (the CLI
exits 2) and nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
from pathlib import Path

__all__ = ["add_parser", "run"]

WHY_RANDOM_TEST = ("The test ids are a uniform random sample of the pool, set aside and never trained on: only a "
                   "random sample measures the accuracy the model will have on the pool as a whole. The ids active "
                   "learning picks are chosen because they are hard, so a score on them would mislead, and a test "
                   "set picked by hand measures the hand that picked it.")


DECIDE_AT_HELP = "training labels in hand at which to decide again with `alplan plan DIR`"


def add_parser(sub, formatter_class=None) -> argparse.ArgumentParser:
    """Register ``campaign`` and its subcommands on the CLI's subparsers ``sub``; return the ``campaign`` parser
    (``formatter_class``: the subcommands' help formatter)."""
    kwargs = {"formatter_class": formatter_class} if formatter_class else {}
    p = sub.add_parser("campaign", help="run active learning on your own pool: start, next batch, add labels, "
                                        "measure the curve")
    steps = p.add_subparsers(dest="step", metavar="STEP")
    steps.required = True

    s = steps.add_parser("start", help="draw the random test split and the initial set: the first ids to label",
                         **kwargs)
    s.add_argument("folder", help="the campaign's folder (new, or empty): its state lives there as files")
    s.add_argument("--pool", required=True, help="your unlabeled pool: CSV, Parquet or NPZ with an id column "
                   "(read in place, never copied or changed)")
    s.add_argument("--id-column", default="id", help="the pool's id column (an NPZ: the name of its id array)")
    s.add_argument("--features", default=None, help="comma-separated feature columns (default: every numeric "
                   "column but the id)")
    s.add_argument("--model", default="logreg", help="learner: logreg, mlp, cnn, forest, boosting, knn, or "
                   "sklearn:package.module.Class (see `alplan models`)")
    s.add_argument("--model-params", default=None, help="learner parameters, e.g. n_estimators=300")
    s.add_argument("--strategy", default="margin", help="query strategy (see `alplan strategies`)")
    s.add_argument("--seed", type=int, default=0, help="seed of the test split, the initial set and every pick")
    s.add_argument("--initial", type=int, default=20, help="initial training ids to label")
    s.add_argument("--batch-size", type=int, default=20, help="ids picked per round")
    s.add_argument("--test-size", type=float, default=None, help="test ids: a count, or a share of the pool in (0, "
                   "1) (default: a quarter of the pool, at most 1,000)")
    s.add_argument("--name", default=None, help="the data set's name in the curve (default: the pool's file name)")
    s.add_argument("--label-price", type=float, default=None, metavar="P", help="dollars per label: also print what "
                   "labeling the test split costs")
    s.add_argument("--decide-at", type=int, default=None, help=DECIDE_AT_HELP + " (random: default twice --initial)")

    s = steps.add_parser("next", help="fit on the labels so far and pick the next batch (ids, scores, ranks); "
                                      "switch the strategy or batch size from this round on; or draw more test ids "
                                      "(--test N)", **kwargs)
    s.add_argument("folder", help="the campaign's folder")
    s.add_argument("--strategy", default=None, help="pick this round and the later ones with this strategy "
                   "(default: the one in force; every label is kept)")
    s.add_argument("--batch-size", type=int, default=None, help="ids picked this round and the later ones "
                   "(default: the size in force)")
    s.add_argument("--decide-at", type=int, default=None, help=DECIDE_AT_HELP + " (a switch to random: default "
                   "twice the training labels in hand)")
    s.add_argument("--split", default=None, metavar="STRATEGY", help="pick half of this round and the later ones at "
                   "random and half with STRATEGY, so `measure` scores AL's labels against random's on your pool "
                   "(ends where --strategy is given)")
    s.add_argument("--test", type=int, default=None, metavar="N", help="instead of a training batch: draw N more "
                   "test ids at random from the pool's ids never asked, to settle a measured hit the stop rule is not "
                   "sure of (`campaign add` takes their labels as test labels; `measure` scores every round on them)")

    s = steps.add_parser("add", help="add the labels that came back: CSV or Parquet (id and label columns) or a "
                                     "Label Studio JSON export", **kwargs)
    s.add_argument("folder", help="the campaign's folder")
    s.add_argument("labels", nargs="+", help="files of labels (.csv, .parquet, or Label Studio's .json export)")
    s.add_argument("--label-column", default="label", help="the label column (Label Studio JSON-MIN and CSV: the "
                   "choices control's name)")
    s.add_argument("--time-column", default=None, metavar="NAME", help="a CSV or Parquet column of seconds spent "
                   "annotating each label (default: 'seconds', else 'lead_time', where the file has one; Label "
                   "Studio's JSON exports: their lead_time)")
    s.add_argument("--allow-new-class", action="store_true", help="keep training labels of a class that none of "
                   "the test labels holds (refused by default: the curve cannot measure that class)")
    s.add_argument("--source", default=None, metavar="NAME", help="the labels come from this source (a vendor, a "
                   "language model), for any ids of the pool: kept apart in sources.csv, never trained on or tested "
                   "with, measured against the human labels")
    s.add_argument("--source-price", type=float, default=None, metavar="P", help="with --source: dollars per label")
    s.add_argument("--source-hourly", type=float, default=None, metavar="H", help="with --source: dollars per hour, "
                   "priced per label at the source's measured seconds per label (its labels' times)")
    s.add_argument("--source-turnaround-days", type=float, default=None, metavar="D", help="with --source: days "
                   "from order to delivery")

    s = steps.add_parser("measure", help="the campaign's curve on the test split, one row per round: the table "
                                         "plan, fit and replan read", **kwargs)
    s.add_argument("folder", help="the campaign's folder")
    s.add_argument("--out", default=None, help="also write the curve here (.csv or .parquet)")
    s.add_argument("--json", action="store_true", help="print the rounds measured, the files written and the "
                   "campaign's answer (as `status --json` carries it) as one JSON object")

    s = steps.add_parser("status", help="where the campaign stands: rounds, labels in hand, ids still out, each "
                                        "source measured", **kwargs)
    s.add_argument("folder", help="the campaign's folder")
    s.add_argument("--json", action="store_true", help="print the facts as one JSON object")

    s = steps.add_parser("export", help="write the training set a source's measured curve was trained on at N "
                                        "labels (id,label; never a test id)", **kwargs)
    s.add_argument("folder", help="the campaign's folder")
    s.add_argument("--source", required=True, metavar="NAME", help="the source, as `campaign add --source` named it")
    s.add_argument("--labels", required=True, type=int, metavar="N", help="a count `campaign measure` trained it at")
    s.add_argument("--out", required=True, metavar="FILE", help="the CSV to write (id,label)")
    s.add_argument("--kind", default="source", choices=("source", "relabel"), help="source: its labels alone; "
                   "relabel: people's labels where the learner cross-fitted on its labels disagrees")
    return p


def _features(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    items = tuple(s.strip() for s in text.split(",") if s.strip())
    if not items:
        raise ValueError("--features is empty: name the feature columns, comma-separated")
    return items


def _test_size(value: float | None):
    if value is None:
        return None
    return int(value) if value >= 1 and float(value).is_integer() else value


def _price(value: float | None) -> float | None:
    if value is not None and (not math.isfinite(value) or value < 0 or value > 1e6):
        raise ValueError(f"--label-price must be dollars per label from 0 to 1,000,000, got {value!r}")
    return value


def _network_note(folder) -> str | None:
    from planner.campaign.state import network_filesystem  # lazy: start-up time

    kind = network_filesystem(folder)
    if kind is None:
        return None
    return (f"note: {folder} is on a network file system ({kind}): its lock may not hold between machines; run this "
            "campaign's commands from one machine at a time")


def _out_line(added) -> str:
    parts = [f"round {r}: {n:,}" for r, n in sorted(added.out_by_round.items())]
    if added.test_out:
        parts.insert(0, f"test: {added.test_out:,}")
    return ("still out: " + ", ".join(parts)) if parts else "every id asked has its label"


def run(args: argparse.Namespace, out=None) -> int:
    """Run the campaign step ``args.step``; print what it did to ``out`` (stdout)."""
    import shlex  # lazy: start-up time

    folder = Path(args.folder)
    step = {"start": _start, "next": _next, "add": _add, "measure": _measure, "export": _export}.get(args.step,
                                                                                                   _status)
    step(args, folder, shlex.quote(str(folder)), out or sys.stdout)
    return 0


def _start(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import steps  # lazy: start-up time
    from planner.campaign.state import batch_paths  # lazy: start-up time
    from simulations.run.config import parse_params  # lazy: start-up time (no simulations for `--help`)
    from planner.campaign.words import plural  # lazy: start-up time

    price = _price(args.label_price)
    c = steps.start(folder, args.pool, id_column=args.id_column, features=_features(args.features),
                    model=args.model, model_params=dict(parse_params(args.model_params)),
                    strategy=args.strategy, seed=args.seed, initial=args.initial, batch_size=args.batch_size,
                    test_size=_test_size(args.test_size), name=args.name, decide_at=args.decide_at)
    s = c.settings
    csv_path, tasks = batch_paths(folder, 0)
    print(f"started the campaign {s['name']!r} in {folder}: {plural(s['test_size'], 'test id')} and "
          f"{plural(s['initial'], 'initial id')} to label, in {csv_path} (Label Studio tasks: {tasks})", file=out)
    share = s["test_size"] / s["pool"]["rows"]
    how = ("by default a quarter of the pool, at most 1,000" if args.test_size is None
           else f"{share:.1%} of the pool's {plural(s['pool']['rows'], 'row')}")
    cost = (f", {plural(s['test_size'], 'label')} at ${price:,.2f}: ${s['test_size'] * price:,.2f}"
            if price is not None else "")
    print(f"the test split: {plural(s['test_size'], 'id')} ({how}){cost}; `--test-size N` lowers it to N "
          "(fewer test labels measure the curve less precisely)", file=out)
    print(WHY_RANDOM_TEST, file=out)
    print(f"features: {plural(len(s['pool']['features']), 'column')} of {Path(s['pool']['path']).name}", file=out)
    _note(folder, out)
    print(f"next: label the ids in {csv_path}, then `alplan campaign add {quoted} LABELS`", file=out)


def _next(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import steps  # lazy: start-up time
    from planner.campaign.state import batch_paths, stretches  # lazy: start-up time
    from planner.campaign.words import order_name, plural  # lazy: start-up time

    if getattr(args, "test", None) is not None:
        return _next_test(args, folder, quoted, out)
    c, rows = steps.next_batch(folder, strategy=args.strategy, batch_size=args.batch_size,
                               decide_at=args.decide_at, split=args.split)
    csv_path, tasks = batch_paths(folder, c.round)
    split = stretches(c.settings)[-1].get("split")
    by = f"half at random, half by {split}" if split else f"by {c.settings['strategy']}"
    print(f"round {c.round}: {plural(len(rows), 'id')} picked {by} with "
          f"{c.settings['model']}, in {csv_path} (rank 1 first; Label Studio tasks: {tasks})", file=out)
    spans = stretches(c.settings)
    if len(spans) > 1 and spans[-1]["from_round"] == c.round:
        print(f"from round {c.round} on: {order_name(spans[-1])}, {plural(spans[-1]['batch_size'], 'id')} a round "
              f"(before: {order_name(spans[-2])}, {spans[-2]['batch_size']:,}); every label is kept", file=out)
    _note(folder, out)
    print(f"next: label the ids in {csv_path}, then `alplan campaign add {quoted} LABELS`", file=out)


#: ``next``'s flags that shape a training batch: none goes with ``--test``, which picks no training batch.
_BATCH_FLAGS = (("strategy", "--strategy"), ("batch_size", "--batch-size"), ("decide_at", "--decide-at"),
                ("split", "--split"))


def _next_test(args: argparse.Namespace, folder, quoted: str, out) -> None:
    """``next --test N``: N more test ids drawn at random from the ids never asked
    (:mod:`planner.campaign.split_draw`)."""
    from planner.campaign.split_draw import more_test_ids  # lazy: start-up time
    from planner.campaign.words import plural  # lazy: start-up time

    given = [flag for key, flag in _BATCH_FLAGS if getattr(args, key, None) is not None]
    if given:
        raise ValueError(f"--test N draws test ids and picks no training batch, so {given[0]} does not go with it: "
                         f"run `alplan campaign next {quoted} {given[0]} ...` apart for the training batch")
    c, rows, (csv_path, tasks) = more_test_ids(folder, args.test)
    total = int((c.asked["role"] == "test").sum())
    print(f"test ids: {plural(len(rows), 'more id')} drawn at random from the pool's ids never asked, in {csv_path} "
          f"(Label Studio tasks: {tasks}); the test split holds {plural(total, 'id')}", file=out)
    _note(folder, out)
    print(f"next: label the ids in {csv_path}, then `alplan campaign add {quoted} LABELS` and `alplan campaign "
          f"measure {quoted}`: every round is scored on the test labels in hand", file=out)


_SOURCE_FLAGS = (("source_price", "--source-price"), ("source_hourly", "--source-hourly"),
                 ("source_turnaround_days", "--source-turnaround-days"))


def _add(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import steps  # lazy: start-up time
    from planner.campaign.words import plural  # lazy: start-up time

    if getattr(args, "source", None) is not None:
        return _add_source(args, folder, quoted, out)
    given = [flag for key, flag in _SOURCE_FLAGS if getattr(args, key, None) is not None]
    if given:
        raise ValueError(f"{given[0]} prices a source: give it with --source NAME")
    c, added = steps.add_labels(folder, args.labels, label_column=args.label_column,
                                allow_new_class=args.allow_new_class, time_column=args.time_column)
    blank = f"; {plural(added.blank, 'row')} without a label (not returned yet)" if added.blank else ""
    cancelled = (f"; {plural(added.cancelled, 'task')} cancelled in Label Studio (not labeled: still out)"
                 if added.cancelled else "")
    timed = f"; {added.timed:,} of them timed" if added.timed else ""
    print(f"added {plural(added.new, 'label')} ({added.known:,} already in hand){timed}{blank}{cancelled}; "
          f"{_out_line(added)}", file=out)
    if added.untested_classes:
        names = ", ".join(repr(k) for k in added.untested_classes)
        kind, verb, it = ("class", "is", "it") if len(added.untested_classes) == 1 else ("classes", "are", "them")
        print(f"{kind} {names} {verb} held by none of the test labels in hand: the curve does not measure {it} "
              f"until test examples of {it} are labeled", file=out)
    _note(folder, out)


def _add_source(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import sources  # lazy: start-up time
    from planner.campaign.words import plural  # lazy: start-up time

    if args.allow_new_class:
        raise ValueError("--allow-new-class applies to the human labels: a source's classes are the campaign's; "
                         "leave it out with --source")
    c, added = sources.add_source(folder, args.labels, source=args.source, label_column=args.label_column,
                                  price=args.source_price, hourly=args.source_hourly,
                                  turnaround_days=args.source_turnaround_days, time_column=args.time_column)
    blank = f"; {plural(added.blank, 'row')} without a label" if added.blank else ""
    blank += f"; {added.timed:,} of the new timed" if added.timed else ""
    print(f"added {plural(added.new, 'label')} from source {added.source} ({added.known:,} already in hand, "
          f"{added.new_test:,} of the new on test ids){blank}; {plural(added.total, 'label')} from it in "
          f"{folder / sources.SOURCES}, kept apart from the human labels: never trained on, never tested with; "
          f"`alplan campaign status {quoted}` measures it on the test ids", file=out)
    _note(folder, out)


def _measure(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import measuring, sources, steps  # lazy: start-up time
    from planner.campaign.files import check_replaceable  # lazy: start-up time
    from planner.campaign.state import SOURCE_CURVE, is_campaign, locked  # lazy: start-up time
    from planner.campaign.words import plural  # lazy: start-up time

    with locked(folder) if is_campaign(folder) else _nothing():
        c, curve = measuring.measure(folder)   # every input read and checked, the derived files rebuilt from the labels
        held = sources.read_sources(c)
        source_curve, untrained = sources.source_curves(c, held)
        check_replaceable(folder)
        changed = measuring.changed_rounds(measuring.previous_curve(c), curve)
        path = measuring.write_curve(c, curve, Path(args.out) if args.out else None)
        if not held.empty or (folder / SOURCE_CURVE).exists():   # no source: an old file of curves goes empty
            source_path = sources.write_source_curve(c, source_curve)
    rounds = curve.attrs["rounds"]
    st = measuring.status(folder)
    n_test = st["test_asked"] - st["test_out"]
    if getattr(args, "json", False):
        _measure_json(curve, changed, held, source_curve, untrained, {
            "curve": str(path), "out": args.out, "source_curves": str(source_path) if not held.empty else None,
            "test_labels": int(n_test)}, out)
        return
    several = rounds["strategy"].nunique() > 1
    for _, r in rounds.sort_values("round").iterrows():
        print(f"round {int(r['round'])}: {int(r['n_labels']):,} labels, accuracy {r['accuracy']:.3f}, "
              f"macro F1 {r['macro_f1']:.3f}" + (f" ({r['strategy']})" if several else ""), file=out)
    for name, k in curve.attrs.get("held_back", {}).items():
        print(f"{name}: {plural(k, 'label count')} measured, fewer than the {steps.MIN_CURVE_COUNTS} a curve is "
              "fitted on: its rounds are shown above and weigh in the answer, but stay out of curve.csv until it "
              "has them", file=out)
    for ch in changed:
        why = "its training labels changed" if ch["training_changed"] else "the test labels in hand changed"
        print(f"round {ch['round']} differs from the last measure (accuracy {ch['before']:.3f} -> "
              f"{ch['now']:.3f}): {why}", file=out)
    print(f"wrote {plural(len(curve), 'row')} to {path}" + (f" and {args.out}" if args.out else "")
          + f" (tested on {plural(n_test, 'label')})", file=out)
    if not held.empty:
        from planner.campaign.words import source_curve_lines  # lazy: start-up time

        for line in source_curve_lines(source_curve, untrained):
            print(line, file=out)
        print(f"wrote the sources' curves ({plural(len(source_curve), 'row')}) to {source_path}, apart from the "
              "campaign's curve", file=out)
    _time_lines(st, out)
    _note(folder, out)


def _measure_json(curve, changed: list, held, source_curve, untrained: dict, wrote: dict, out) -> None:
    """``campaign measure --json``: the rounds measured (each with the strategy of its stretch), each split round's
    two parts, the counts held back from curve.csv, the rounds that differ from the last measure, the sources'
    curves and the files written, as one JSON object (the answer is added by ``planner.cli.campaign``)."""
    def records(frame, columns) -> list[dict]:
        keep = [c for c in columns if c in frame.columns]
        return [{k: _plain(v) for k, v in row.items()} for row in frame[keep].to_dict("records")]

    rounds = curve.attrs["rounds"].sort_values("round")
    facts = {"rounds": records(rounds, ("round", "strategy", "n_labels", "accuracy", "macro_f1")),
             "splits": records(curve.attrs.get("splits", rounds.iloc[:0]), list(curve.attrs.get("splits", []))),
             "held_back": {str(k): int(v) for k, v in curve.attrs.get("held_back", {}).items()},
             "changed": [{k: _plain(v) for k, v in ch.items()} for ch in changed],
             "sources": records(source_curve, list(source_curve.columns)) if not held.empty else [],
             "sources_untrained": {str(k): int(v) for k, v in untrained.items()} if not held.empty else {},
             "wrote": wrote}
    print(json.dumps(facts, indent=1, allow_nan=False), file=out)


def _plain(value):
    """A cell as JSON holds it: a plain int, float, str or bool; NaN as null."""

    import numpy as np  # lazy: start-up time

    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _export(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign.export import export_training_set  # lazy: start-up time
    from planner.campaign.words import plural  # lazy: start-up time

    path, n = export_training_set(folder, args.source, args.labels, args.out, kind=args.kind)
    what = "its labels" if args.kind == "source" else "its labels, people's where the learner disagrees"
    print(f"wrote {plural(n, 'row')} (id,label) to {path}: the training set of source {args.source} at "
          f"{plural(n, 'label')} ({what}), as `campaign measure` trained and scored it; no test id", file=out)


def _status(args: argparse.Namespace, folder, quoted: str, out) -> None:
    from planner.campaign import measuring  # lazy: start-up time
    from planner.campaign.sources import measure_sources  # lazy: start-up time
    from planner.campaign.state import Campaign  # lazy: start-up time
    from planner.campaign.words import order_name, source_lines  # lazy: start-up time

    st = measuring.status(folder)
    measured = measure_sources(Campaign.load(folder))
    if getattr(args, "json", False):
        keys = ("name", "round", "strategy", "model", "test_asked", "test_out", "train_asked", "train_labeled",
                "classes", "batch_size", "decide_at")
        facts = {k: st[k] for k in keys}
        facts["out_by_round"] = {str(r): n for r, n in st["out_by_round"].items()}
        print(json.dumps({"campaign": facts, "sources": [m.to_dict() for m in measured]}, indent=1), file=out)
        return
    print(f"campaign {st['name']!r}: round {st['round']}, {order_name(st['stretches'][-1])} with {st['model']}; "
          f"test labels "
          f"{st['test_asked'] - st['test_out']:,} of {st['test_asked']:,}; training labels "
          f"{st['train_labeled']:,} of {st['train_asked']:,} asked; classes: {', '.join(st['classes']) or 'none yet'}",
          file=out)
    pending = ", ".join(f"round {r}: {n:,}" for r, n in sorted(st["out_by_round"].items()))
    print(f"still out: {pending}" if pending else "every training id asked has its label", file=out)
    if len(st["stretches"]) > 1:
        print("stretches: " + "; ".join(f"from round {x['from_round']}: {order_name(x)}, {x['batch_size']:,} a "
                                        "round" for x in st["stretches"]), file=out)
    _time_lines(st, out)
    for line in source_lines(measured):
        print(line, file=out)
    _note(folder, out)


def _time_lines(st: dict, out) -> None:
    """The annotation-time lines (:func:`planner.campaign.premium.premium_text`), where any label is timed."""
    from planner.campaign.premium import premium_text  # lazy: start-up time

    for line in premium_text(*st["time"]):
        print(line, file=out)


def _nothing():
    return contextlib.nullcontext()


def _note(folder, out) -> None:
    note = _network_note(folder)
    if note:
        print(note, file=out)
