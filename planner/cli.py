"""The ``alplan`` command line: the one composition root inside a package.

Only this module may import ``simulations``, and only lazily, inside the
commands that need it, so ``alplan --help`` answers without importing torch.

Every user error (bad flag value, bad file, bad table) is raised as
``ValueError`` / ``OSError`` by the library and turned here into one line on
stderr and exit code 2; nothing is written when a command fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import sys
from pathlib import Path

from planner.decide.scenario import DEFAULTS

EXIT_USAGE = 2
#: The exit status of a command whose reader closed the pipe (as a Unix tool stopped by SIGPIPE).
EXIT_PIPE_CLOSED = 141


class _PrintableStream:
    """Standard output with every character that would steer the terminal shown as its escape: names read
    from a file or a database (a data set, a strategy) print as text, never as a colour or a cursor move."""

    def __init__(self, stream):
        from planner.forecast.messages import printable

        self._stream, self._printable = stream, printable

    def write(self, text: str) -> int:
        self._stream.write(self._printable(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null: the reader is gone, and the interpreter's last flush must not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's captured stream)
        pass


class UsageError(ValueError):
    """A problem with the command line itself."""


class _OneLineParser(argparse.ArgumentParser):
    """argparse's parser, whose errors (a bad flag value, an unknown flag, a missing argument) are one line that
    points at ``--help``, not the command's whole usage first; every command's parser is one too."""

    def error(self, message: str):
        from planner.forecast.messages import one_line

        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)} (see `{self.prog} --help`)\n")


# ---------------------------------------------------------------- helpers


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {_shown_int(value)}")
    return value


def _workers(text: str) -> int:
    """--workers: N >= 1 worker processes (1: this one), or -K: all usable cores but K."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value == 0:
        raise argparse.ArgumentTypeError(f"expected N >= 1 worker processes, or -K for all usable cores but K "
                                         f"(-1 leaves one free), got {text[:40]!r}")
    return value


def _shown_int(value: int) -> str:
    """A whole number as a message shows it: a number of hundreds of digits is named by its length."""
    from planner.forecast.messages import short_numbers

    return short_numbers(str(value))


MAX_SEED = 2**32 - 1  # == simulations.run.config.MAX_SEED (not imported: keeps --help fast)


def _seed(text: str) -> int:
    """A seed: a whole number from 0 to 2**32 - 1 (what numpy's generators take)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to {MAX_SEED:,}, got {_shown_int(value)}")
    return value


#: The confidences a plan or a campaign may ask for: below one half the advice reads backwards ("give up" when
#: the target is reached in most forecasts); above 0.999 it rests on the draws' extreme tail.
CONFIDENCE_RANGE = (0.5, 0.999)
#: Most dollars one accuracy point may be worth (--value-per-point): beyond it no price changes the stop.
MAX_VALUE_PER_POINT = 1e12


def _check_numbers(args: argparse.Namespace) -> None:
    """--confidence within ``CONFIDENCE_RANGE``, --value-per-point finite and at most ``MAX_VALUE_PER_POINT``."""
    low, high = CONFIDENCE_RANGE
    if not low <= args.confidence <= high:  # NaN fails too
        raise UsageError(f"--confidence must be a probability from {low:g} to {high:g}, got {args.confidence:g}")
    value = getattr(args, "value_per_point", None)
    if value is not None and not 0 < value <= MAX_VALUE_PER_POINT:
        raise UsageError(f"--value-per-point must be > 0 dollars and at most {MAX_VALUE_PER_POINT:,.0f} per "
                         f"accuracy point, got {value:g}")


def add_metric_arg(p: argparse.ArgumentParser) -> None:
    """``--metric NAME``: the curves table's column a command plans on (fit, plan, replan; one line per command)."""
    p.add_argument("--metric", default="accuracy", metavar="NAME",
                   help="the curves table's column to plan on, and the one --target is stated in: accuracy, "
                        "macro_f1, balanced_accuracy, minority_recall, or any column of fractions in [0, 1]")


def _check_metric(args: argparse.Namespace) -> None:
    """The target inside the metric's range, and no flag that only speaks of accuracy on another metric."""
    metric = str(args.metric).strip()
    if metric.lower() in ("accuracy", "acc"):
        return
    target = getattr(args, "target", None)
    if target is not None and not 0.0 < target < 1.0:  # NaN fails too
        raise UsageError(f"--target {target:g} is outside the range of {metric} (a fraction from 0 to 1): give it "
                         f"as a fraction, e.g. --target {min(target / 100, 0.95) if target > 1 else 0.8:g}")
    if getattr(args, "proxies", None) is not None:
        raise UsageError(f"--proxies holds accuracy, and this plan is on {metric}: drop --proxies, or plan on "
                         "accuracy")


def _nonneg_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text}")
    return value


def _csv_list(text: str) -> tuple[str, ...]:
    items = tuple(s.strip() for s in text.split(",") if s.strip())
    if not items:
        raise argparse.ArgumentTypeError("expected a comma-separated list, got nothing")
    return items


def write_table(df, path: str | os.PathLike) -> None:
    """Write a DataFrame as CSV or Parquet (by suffix), atomically.

    Only the simulate/grid/runs commands write tables, and they already load
    ``simulations``; the writer itself is the results store's.
    """
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".parquet"):
        raise UsageError(f"--out must end in .csv or .parquet, got {path.name!r}")
    from simulations.results.store import write_table_atomic

    write_table_atomic(df, path)


TABLE_SUFFIXES = (".csv", ".parquet")


def _outputs(inputs: dict):
    """The command's outputs, checked against ``inputs`` (flag -> path) before it runs (planner.present.outputs)."""
    from planner.present.outputs import Outputs

    return Outputs(inputs)


def _commit(outputs) -> None:
    """Move the staged outputs into place with the user's umask (the results store's definition)."""
    from simulations.results.store import umask_file_mode

    outputs.commit(umask_file_mode())


def _is_pool_table(path: Path) -> bool:
    """Whether ``path`` holds a whole-pool table of ``simulate --full-pool`` (the one file it may replace)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).split(b"\n", 1)[0].decode("utf-8", "replace").strip().split(",")
    except OSError:
        return False
    return head[:3] == ["dataset", "model", "seed"] and "accuracy" in head


def _progress_bar(total_hint: str):
    """A progress callback ``(done, total, info)`` drawing a bar with its ETA on a terminal (None elsewhere); what
    was done before its first call (runs stored earlier) counts in the bar, not in the rate."""
    if not sys.stderr.isatty():
        return None
    import shutil

    from tqdm import tqdm

    from simulations.run.estimate import Eta, duration

    bar, eta = None, Eta()
    narrow = shutil.get_terminal_size((80, 24)).columns < 20   # a terminal that says it has no width: 80 columns

    def update(done: int, total: int, info: str = "") -> None:
        nonlocal bar
        if bar is None:   # the time left only once it can be right within 2x (Eta), never tqdm's first guess
            bar = tqdm(total=total, initial=done, unit=total_hint, file=sys.stderr, dynamic_ncols=not narrow,
                       ncols=80 if narrow else None, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} {unit} [{elapsed}{postfix}]")
        left = eta.seconds_left(done, total)
        bar.total = total
        bar.n = done
        bar.set_postfix_str(", ".join(x for x in (info, left is not None and done < total
                                                  and f"about {duration(left)} left") if x), refresh=False)
        bar.refresh()
        if done >= total:
            bar.close()

    return update


# --------------------------------------------------------------- commands


def cmd_datasets(args: argparse.Namespace) -> int:
    from simulations.data.datasets import available

    for name, summary in available().items():
        print(f"{name:<16} {summary}")
    print(f"{'file':<16} your own labeled data: --dataset file --data PATH (CSV/Parquet with --label-column, or NPZ with X, y)")
    return 0


COMBINED_HELP = "half of each batch from A, the rest from B (any two names above), e.g. combined:margin+coreset"


def cmd_strategies(args: argparse.Namespace) -> int:
    from simulations.learners.models import available as models
    from simulations.run.config import refused_strategies
    from simulations.strategies import available

    for name, summary in available().items():
        print(f"{name:<16} {summary}")
        refused = [m for m in models() if name in refused_strategies(m)]
        if "forest" in refused:
            refused.append("sklearn:package.module.Class")
        if refused:
            print(f"{'':<16} not with {', '.join(refused)} (see `alplan models`)")
    print(f"{'combined:A+B':<16} {COMBINED_HELP}")
    return 0


WORKERS_HELP = ("local worker processes: N (1: this process alone), or -K for all usable cores but K (-1 leaves "
                "one free); default: $ALPLAN_WORKERS, else one per usable core (affinity, cgroup quota), as "
                "memory allows")
SKLEARN_HELP = ("any scikit-learn-style classifier you have installed (fit, predict_proba, classes_), "
                "e.g. sklearn:sklearn.ensemble.ExtraTreesClassifier; it serves what forest serves")


def _supports_line(name: str) -> str:
    """What learner ``name`` serves, and which strategies it refuses: `alplan models`' second line."""
    from simulations.learners.models import capabilities
    from simulations.run.config import refused_strategies

    can = capabilities(name)
    refused = refused_strategies(name)
    gradients = "grad_embeddings" in can
    supports = ["probabilities", "embeddings" if gradients else "input features as embeddings",
                "gradient embeddings (badge)" if gradients else "no gradients"]
    supports.append("MC dropout (bald, mc_entropy)" if "mc_probs" in can else "no MC dropout")
    return f"supports: {', '.join(supports)}; strategies: " + (f"all but {', '.join(refused)}" if refused else "all")


def cmd_models(args: argparse.Namespace) -> int:
    from simulations.learners.models import available

    for name, summary in available().items():
        print(f"{name:<8} {summary}")
        print(f"{'':<8} {_supports_line(name)}")
    print(f"sklearn:package.module.Class {SKLEARN_HELP}")
    print(f"{'':<8} {_supports_line('forest')}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from simulations.run.config import SimulationConfig, parse_params
    from simulations.run.loop import simulate

    from planner.present.outputs import OutputRefused, same_file

    if args.db:
        _db_path(args.db)  # a bad path fails now, before any run
        if args.data and same_file(args.db, args.data):
            raise OutputRefused(f"--db {args.db} is the same file as --data {args.data}: the database would destroy "
                                "your data; give another --db")
    outputs = _outputs({"--data": args.data, "--db": args.db})
    out = outputs.claim("--out", args.out, suffixes=TABLE_SUFFIXES)
    if args.full_pool:
        from simulations.run.ceiling import pool_csv_path

        pool_out = outputs.claim("--full-pool", pool_csv_path(out), replaces=_is_pool_table, sibling_of="--out")
    if args.rounds is not None and args.budget is not None:
        raise UsageError("give --rounds or --budget, not both")
    if args.seeds < 1 or args.seed_start < 0:
        raise UsageError(f"--seeds must be >= 1 and --seed-start >= 0, got {args.seeds} and {args.seed_start}")
    from simulations.run.config import MAX_RUNS, MAX_SEED

    if args.seeds > MAX_RUNS or args.seed_start + args.seeds - 1 > MAX_SEED:  # checked before any list is built
        raise UsageError(f"--seeds must be at most {MAX_RUNS:,} and the last seed at most {MAX_SEED:,}, "
                         f"got --seeds {args.seeds} from --seed-start {args.seed_start}")
    dataset = args.dataset or ("file" if args.data else "digits")
    config = SimulationConfig(
        datasets=(dataset,),
        model=args.model,
        strategies=args.strategies,
        seeds=tuple(range(args.seed_start, args.seed_start + args.seeds)),
        initial=args.initial,
        batch_size=args.batch_size,
        rounds=args.rounds,
        budget=args.budget,
        label_noise=args.label_noise,
        data_file=args.data,
        label_column=args.label_column,
        dataset_params=parse_params(args.dataset_params),
        model_params=parse_params(args.model_params),
        warm_start=args.warm_start,
        hybrid_accuracy=_accuracy_bars(args.hybrid_accuracy),
        hybrid_holdout=args.hybrid_holdout,
        blind_start=args.blind_start,
        cost_column=args.cost_column,
    )
    config.validate()
    rounds = None if args.cluster else _progress_bar("rounds")   # a terminal: every round moves the bar
    from simulations.run.cores import worker_plan

    n_workers, cap = worker_plan(config.runs(), args.workers) if not args.cluster else (1, None)
    if cap:
        print(cap, file=sys.stderr)
    if rounds is not None or args.db or args.cluster or n_workers > 1:
        from simulations.run.executors import run_grid

        curves = run_grid(
            config, db=args.db, workers=args.workers, cluster=args.cluster,
            progress=None if rounds is not None else _progress_bar("runs") or _run_log(),
            round_progress=rounds,
        )
    else:   # piped, one process, nothing stored: quiet
        curves = simulate(config)
    if not args.full_pool:
        with outputs:
            outputs.write("--out", lambda tmp: write_table(curves, tmp))
            _commit(outputs)
        stored = f"; stored in {args.db}" if args.db else " (not stored in a database: add --db PATH to keep the runs)"
        print(f"wrote {len(curves)} rows to {out}{stored}", file=sys.stderr)
        return 0
    from simulations.run.ceiling import full_pool_accuracy, pool_summary_lines

    pool = full_pool_accuracy(config, db=args.db)  # stored with the runs when --db is given: fitted once
    with outputs:  # both files, or neither: the ceiling goes with the curves it belongs to
        outputs.write("--full-pool", lambda tmp: write_table(pool, tmp))
        outputs.write("--out", lambda tmp: write_table(curves, tmp))
        _commit(outputs)
    for line in pool_summary_lines(pool):
        print(line)
    print(f"wrote {len(curves)} rows to {out} and {len(pool)} whole-pool rows to {pool_out}", file=sys.stderr)
    return 0


def _accuracy_bars(text: str | None) -> tuple[float, ...]:
    """--hybrid-accuracy's bars (``0.95,0.99``) as numbers; empty without the flag."""
    from planner.forecast.messages import short

    if text is None:
        return ()
    bars = []
    for item in str(text).split(","):
        try:
            bars.append(float(item))
        except ValueError:
            raise UsageError(f"--hybrid-accuracy must be accuracies in (0, 1) separated by commas, such as "
                             f"0.95,0.99; got {short(item)}") from None
    return tuple(bars)


def cmd_fit(args: argparse.Namespace) -> int:
    from planner.present.fit_summary import fit_summary

    _check_metric(args)
    if args.in_cost or args.price_per_unit is not None:
        return _fit_in_cost(args)
    if args.pool_accuracy is not None:
        from planner.forecast.io import read_curves

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
    """`fit --in-cost`: the curves indexed by their annotation_cost (planner.forecast.in_cost), the cost to the
    target forecast as labels are, and priced at --price-per-unit."""
    import dataclasses

    from planner.forecast.in_cost import in_cost
    from planner.forecast.io import read_curves
    from planner.present.fit_summary import fit_summary

    if not args.in_cost:
        raise UsageError("--price-per-unit prices the annotation cost to target: give --in-cost too")
    if args.price_per_unit is not None and not 0 < args.price_per_unit <= 1e6:
        raise UsageError(f"--price-per-unit must be dollars per unit of annotation cost in (0, 1,000,000], got "
                         f"{args.price_per_unit:g}")
    if args.pool_accuracy is not None:
        raise UsageError("--pool-accuracy caps a forecast in labels: leave it out with --in-cost")
    curves = read_curves(args.curves, metric=args.metric)
    costed = in_cost(curves, name=Path(args.curves).name)
    summary = fit_summary(costed.curves, target=args.target, strategy=args.strategy, dataset=args.dataset,
                          model=args.model, batch_size=args.curves_batch_size, seed=args.seed, metric=args.metric)
    summary = dataclasses.replace(summary, in_cost=costed, price_per_unit=args.price_per_unit)
    print(json.dumps(summary.to_dict(), indent=2, allow_nan=False) if args.json else summary.to_text())
    return 0


def _read_pool_accuracy(args: argparse.Namespace, curves=None) -> None:
    """``args.pool_accuracy``: the --pool-accuracy text read into a ``planner.forecast.pool_accuracy.PoolAccuracy``
    (or None); a file's rows of --dataset and --model, else of the data set and learner ``curves`` name (a file of
    another is refused)."""
    if args.pool_accuracy is not None:
        from planner.forecast.pool_accuracy import read_pool_accuracy

        metric = str(getattr(args, "metric", "accuracy")).strip()
        metric = "accuracy" if metric.lower() in ("accuracy", "acc") else metric
        chosen = {"dataset": args.dataset, "model": args.model}
        named = {c: str(curves[c].iloc[0]) for c, v in chosen.items()
                 if v is None and curves is not None and c in curves.columns and curves[c].nunique() == 1}
        args.pool_accuracy = read_pool_accuracy(args.pool_accuracy, metric=metric, from_curves=tuple(named),
                                                **{**chosen, **named})


def _scenario(args: argparse.Namespace):
    """The Scenario of the price flags (`plan`, `replan`), validated: the builder the dashboard uses too, and the
    whole-pool accuracy applied as the dashboard applies it (planner.decide.inputs.with_ceiling)."""
    from planner.decide.inputs import with_ceiling

    scenario = _price_scenario(args)
    pool = getattr(args, "pool_accuracy", None)
    if pool is None:
        return scenario
    return with_ceiling(scenario, pool.accuracy, pool.se, pool.n_labels)


def _price_scenario(args: argparse.Namespace):
    from planner.decide.scenario import build_scenario

    compute = args.compute_per_round
    if compute is None:  # the shared default, unless the GPU flags price the round
        gpu = args.gpu_hours_per_round is not None or args.gpu_hour_price is not None
        compute = 0.0 if gpu else DEFAULTS["compute_per_round"]
    if args.gpu_hours_per_round is not None and args.gpu_hour_price is not None:
        from planner.decide.costs import UPPER_BOUNDS

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
    return hourly * seconds / 3600.0


def cmd_plan(args: argparse.Namespace) -> int:
    from planner.decision import get_plan
    from planner.forecast.io import read_curves

    if Path(args.curves).is_dir():
        return _plan_campaign(args)
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
    sunk = _campaign_sunk(args)
    curves = _tested_on(curves, args.test_size, sunk)
    if args.proxies:  # the curves are the user's random pilot: transfer AL from the proxies
        from planner.forecast.transfer import transfer

        curves = transfer(curves, args.proxies, seed=args.seed)
    scenario = _scenario(args)
    if sunk is not None:   # a campaign's own curve: what it paid for is sunk, as in `plan CAMPAIGN_DIR`
        scenario = _sunk_scenario(args, scenario, sunk)
    vendors = _read_vendor_table(args)
    # one set of joint draws: the verdict, the text, the JSON and the report all read it
    plan = get_plan(curves, seed=args.seed, dataset=args.dataset, model=args.model,
                    batch_size=args.curves_batch_size)
    decision = plan.decide(scenario, args.target, vendors=vendors, test_size=args.test_size)
    if args.json:
        out = decision.to_dict()
        out.update(_vendor_table_field(args))
        text = json.dumps(out, indent=2, allow_nan=False)
    else:
        from planner.present.verdict_view import to_text

        text = _summarise_notes(to_text(decision))
        if sunk is not None:
            from planner.present.redecide_view import sunk_text

            text += "\n" + sunk_text(sunk.train_labels, sunk.test_labels, sunk.paid_by,
                                     decision.scenario.get("engineering_cost", math.nan))
    return _answer_plan(args, outputs, plan, scenario, vendors, decision, text)


def _tested_on(curves, test_size: float | None, sunk):
    """``curves`` with the test split's size on every row (``test_size``: what a one-run curve's draws read its
    measurement noise from): --test-size where given, else the table's own column, else the campaign's test labels
    in hand where the table is a campaign's curve.csv."""
    if test_size is not None:
        from planner.forecast.io import MAX_TEST_SIZE

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


def _campaign_sunk(args: argparse.Namespace):
    """The sunk costs (simulations.run.labels_in_hand.Sunk) of the campaign whose curve.csv `plan` reads; None for
    any other table."""
    from simulations.run.labels_in_hand import campaign_of_curve, sunk_facts

    folder = campaign_of_curve(args.curves)
    return None if folder is None else sunk_facts(folder)


def _sunk_scenario(args: argparse.Namespace, scenario, sunk):
    """``scenario`` with the campaign's sunk costs and shape (planner.decide.redecide.sunk_scenario); the flags the
    user gave kept."""
    from planner.decide.redecide import sunk_scenario

    given = frozenset(f for f, v in (("pool_size", args.pool_size), ("batch_size", args.batch_size),
                                     ("initial_labels", args.initial)) if v is not None)
    try:
        return sunk_scenario(scenario, labels_in_hand=sunk.train_labels, setup_paid=sunk.paid_by is not None,
                             pool_size=sunk.pool_size, batch_size=sunk.batch_size_now, given=given)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _answer_plan(args: argparse.Namespace, outputs, plan, scenario, vendors, decision, text: str) -> int:
    """`plan`'s last step: the --report file (the vendor's price, turnaround and error applied), the answer, the
    vendor table."""
    if args.report:
        from planner.present.report import render_report

        html = render_report(plan, plan.resolve(scenario, vendors), decision, vendors=vendors, seed=args.seed)
        with outputs:
            outputs.write("--report", lambda tmp: tmp.write_text(html, encoding="utf-8"))
            _commit(outputs)
        print(f"wrote the report to {args.report}", file=sys.stderr)
    print(text)
    if not args.json:
        _print_vendor_table(args)
    return 0


def campaign_plan(held, strategies=None, metric: str = "accuracy", *, seed: int = 0, progress=None):
    """The Plan of a campaign's labels in hand (simulations.run.labels_in_hand.LabelsInHand ``held``): every
    candidate strategy (``strategies``; None: the defaults the learner can serve) simulated on them and fitted once;
    :func:`campaign_decision` prices it. ``alplan plan DIR`` and the loop benchmark compose the same two steps."""
    from planner.decision import get_plan
    from planner.forecast.io import read_curves
    from simulations.run.labels_in_hand import measure_strategies

    curves = read_curves(measure_strategies(held, strategies, progress=progress), metric=metric)
    return get_plan(curves, seed=seed)


def campaign_decision(plan, held, scenario, target: float, *, vendors=None, test_size: float | None = None,
                      folder: str | None = None):
    """The verdict for the rest of a campaign's pool from :func:`campaign_plan`'s ``plan``, ``scenario`` already sunk
    (planner.decide.redecide.sunk_scenario): a :class:`planner.decide.redecide.Redecision` whose count to decide
    again is in the campaign's own labels."""
    from planner.decide.redecide import Redecision, in_campaign_labels, redecide_at
    from simulations.run.labels_in_hand import POOL_SHARE, RANDOM_SHARE, SEEDS, schedule

    runs = schedule(held.train_labels, held.dataset.n_classes)
    test_size = test_size if test_size is not None else float(held.test_labels)
    decision = plan.decide(scenario, target, vendors=vendors, test_size=test_size)
    measured = {"strategies": list(plan.strategies), "seeds": SEEDS, **runs, "share": POOL_SHARE,
                "random_share": RANDOM_SHARE}
    at = redecide_at(decision, labels_in_hand=held.train_labels, pool_size=scenario.pool_size, share=RANDOM_SHARE)
    decision = in_campaign_labels(decision, at, labels_in_hand=held.train_labels)
    return Redecision(decision=decision, folder=str(folder if folder is not None else held.folder),
                      strategy_now=held.strategy_now, train_labels=held.train_labels, test_labels=held.test_labels,
                      setup_paid_by=held.paid_by, setup_cost=float(decision.scenario.get("engineering_cost", 0.0)),
                      pool_size=scenario.pool_size, measured=measured, decide_at_labels=at)


def _plan_campaign(args: argparse.Namespace) -> int:
    """`plan CAMPAIGN_DIR`: every candidate strategy measured on the campaign's labels in hand
    (simulations.run.labels_in_hand), forecast for the rest of the pool with the costs already paid left out
    (planner.decide.redecide), and the next command."""
    from simulations.run.labels_in_hand import labels_in_hand, schedule

    if args.proxies:
        raise UsageError("--proxies transfers AL to a random pilot's curve; a campaign's folder is measured on its own "
                         "labels: leave --proxies out")
    pool_file = args.pool_accuracy if args.pool_accuracy and Path(args.pool_accuracy).exists() else None
    outputs = _outputs({"the campaign": None, "--vendors": args.vendors, "--pool-accuracy": pool_file})
    if args.report:
        outputs.claim("--report", args.report, suffixes=(".html", ".htm"))
    _check_numbers(args)
    _check_metric(args)
    _scenario(args)   # the price flags checked before any run
    held = labels_in_hand(args.curves)
    runs = schedule(held.train_labels, held.dataset.n_classes)

    bar = _progress_bar("runs")   # on a terminal: a heavy learner's runs take minutes

    def started(done: int, total: int, info: str = "") -> None:   # first called once the runs are checked
        if done == 0:
            print(f"measuring the strategies on the {held.train_labels:,} training labels in hand ({total:,} runs)",
                  file=sys.stderr)
        if bar is not None:
            bar(done, total, info)

    plan = campaign_plan(held, args.strategies, args.metric, seed=args.seed, progress=started)
    _read_pool_accuracy(args, plan.curves)
    _check_pool(plan.curves, args)
    scenario = _sunk_scenario(args, _scenario(args), held)
    scenario, timed = _measured_premium(args, scenario, n_draws=plan.draws.n_draws)
    vendors = _read_vendor_table(args)
    answer = campaign_decision(plan, held, scenario, args.target, vendors=vendors, test_size=args.test_size,
                               folder=str(args.curves))
    decision = answer.decision
    if timed is not None:   # the answer says what its AL labels were priced at, and where that came from
        decision = dataclasses.replace(decision, notes=(timed,) + tuple(decision.notes))
        answer = dataclasses.replace(answer, decision=decision)
    if args.json:
        from planner.present.redecide_view import next_command

        out = answer.to_dict()
        out["campaign"]["next"]["command"] = next_command(answer)
        out.update(_vendor_table_field(args))
        text = json.dumps(out, indent=2, allow_nan=False)
    else:
        from planner.present.redecide_view import redecide_text

        text = _summarise_notes(redecide_text(answer))
    return _answer_plan(args, outputs, plan, scenario, vendors, decision, text)


def _measured_premium(args: argparse.Namespace, scenario, *, n_draws: int):
    """`plan CAMPAIGN_DIR` without --al-label-premium: the AL time premium the campaign measured
    (simulations.campaign.premium) priced with its uncertainty, one bootstrap replicate per forecast draw (drawn
    with --seed), and the sentence that says so; unchanged (None) where the flag is given or too few labels are
    timed."""
    if args.al_label_premium is not None:
        return scenario, None
    from simulations.campaign.premium import measured_premium, premium_draws, premium_sentence
    from simulations.campaign.state import Campaign
    from simulations.campaign.steps import annotation_time, timed_labels

    campaign = Campaign.load(args.curves)
    found = measured_premium(annotation_time(campaign)[0])
    if found is None:
        return scenario, None
    draws = premium_draws(timed_labels(campaign), found.strategy, n_draws=n_draws, seed=args.seed)
    priced = dataclasses.replace(scenario, al_label_premium=draws)
    priced.validate()
    return priced, (f"{premium_sentence(found)}: this range is priced into the forecasts, each drawing AL's labels "
                    f"at its own premium (median {priced.premium:.2f}x; --al-label-premium X overrides it with one "
                    "number).")


def _read_vendor_table(args: argparse.Namespace):
    """The user's vendors table (--vendors), or None; each of its vendors checked against the scenario's flags
    (an error rate that carries no signal over --n-classes names the file, the row and the vendor)."""
    if not args.vendors:
        return None
    from planner.decide.vendors import check_vendors, read_vendors

    table = read_vendors(args.vendors)
    check_vendors(table, _price_scenario_for_vendors(args))
    return table


def _price_scenario_for_vendors(args: argparse.Namespace):
    """The scenario the vendors are priced under (the flags, with any price: each vendor brings its own)."""
    from planner.decide.costs import Scenario

    return Scenario(label_price=1.0, n_classes=args.n_classes, votes=args.votes)


def _vendor_table_field(args: argparse.Namespace) -> dict:
    """``{"vendor_table": ...}``: where --vendor's terms came from (the user's file or the shipped table)."""
    if not args.vendor:
        return {}
    return {"vendor_table": Path(args.vendors).name if args.vendors else "shipped"}


def _print_vendor_table(args: argparse.Namespace) -> None:
    if args.vendor:
        where = f"your vendors file {Path(args.vendors).name}" if args.vendors else "the shipped vendors table"
        print(f"note: vendor {args.vendor!r} is priced from {where}")


def cmd_budget(args: argparse.Namespace) -> int:
    """What a budget buys per strategy: the reverse question of the page, read off the same draws."""
    from planner.decide.summaries import DEFAULT_LEVEL, json_number
    from planner.decide.whatif import accuracy_for_budget
    from planner.decision import get_plan
    from planner.forecast.io import read_curves

    _check_numbers(args)
    _check_metric(args)
    if args.dollars is not None and not (math.isfinite(args.dollars) and args.dollars > 0):
        raise UsageError(f"--dollars must be a positive number of dollars, got {args.dollars:g}")
    from planner.decide.steer import MAX_BUDGET_DOLLARS, MAX_BUDGET_LABELS

    if args.dollars is not None and args.dollars > MAX_BUDGET_DOLLARS:
        raise UsageError(f"--dollars must be at most ${MAX_BUDGET_DOLLARS:,.0f}, got {args.dollars:g}")
    if args.labels is not None and args.labels > MAX_BUDGET_LABELS:
        raise UsageError(f"--labels must be at most {MAX_BUDGET_LABELS:,.0f}, got {_shown_int(args.labels)}")
    curves = read_curves(args.curves, metric=args.metric)
    _read_pool_accuracy(args, curves)
    _check_pool(curves, args)
    scenario = _scenario(args)
    vendors = _read_vendor_table(args)
    plan = get_plan(curves, seed=args.seed, dataset=args.dataset, model=args.model,
                    batch_size=args.curves_batch_size)
    frame = accuracy_for_budget(plan, scenario, args.dollars, labels=args.labels, vendors=vendors)
    if args.json:
        priced = plan.resolve(scenario, vendors)
        out = {"metric": plan.metric, "dollars": args.dollars, "labels": args.labels, "level": DEFAULT_LEVEL,
               "pool_size": priced.pool_size, "pool_accuracy": priced.pool_accuracy,
               "strategies": [{k: json_number(v) for k, v in r.items()} for r in frame.to_dict("records")],
               **_vendor_table_field(args)}
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        from planner.present.budget_view import budget_text

        print(budget_text(frame, metric=plan.metric, dollars=args.dollars, labels=args.labels,
                          pool=scenario.pool_size, level=DEFAULT_LEVEL))
        _print_vendor_table(args)
    return 0


def cmd_hybrid(args: argparse.Namespace) -> int:
    """Label the whole pool: how many labels people buy and how many a model gives, at the accuracy asked."""
    from planner.decide.hybrid import plan_hybrid

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
        from planner.present.hybrid_view import hybrid_text

        print(hybrid_text(answer))
        _print_vendor_table(args)
    return 0


#: Notes printed in full; beyond them one line counts the rest (--json lists them all).
MAX_NOTES_SHOWN = 6


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


def _check_pool(curves, args: argparse.Namespace) -> None:
    """The pool against what the curves measured, in fit, plan, budget and replan: a pool smaller than the labels
    already measured, whichever flag brings the size (--pool-size, or --pool-accuracy ACC@POOL or its .pool.csv),
    and a whole-pool score below the measured points, cannot be this pool's."""
    pool = getattr(args, "pool_accuracy", None)
    size, flag = getattr(args, "pool_size", None), "--pool-size"
    if size is None and pool is not None and pool.n_labels:
        size, flag = int(pool.n_labels), "--pool-accuracy"
    if size is None and pool is None:
        return
    rows = curves
    for column in ("dataset", "model", "strategy"):  # the rows the command reads, as its flags choose them
        value = getattr(args, column, None)
        if value is not None and column in rows.columns:
            rows = rows[rows[column].astype(str) == str(value)]
    if rows.empty:
        return  # the selection names what it lacks
    from planner.decide.inputs import check_pool, check_pool_score   # the page's pool facts: one place

    try:
        check_pool(size, float(rows["n_labels"].max()), flag=flag)
        if pool is not None:
            check_pool_score(pool.accuracy, pool.se, rows)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_replan(args: argparse.Namespace) -> int:
    from planner.decide.steer import optimal_stop, replan
    from planner.decision import get_plan
    from planner.forecast.io import read_curves

    _check_numbers(args)
    _check_metric(args)
    folder = str(args.measured) if Path(args.measured).is_dir() else None
    measured = _campaign_measured(args)
    curves = _campaign_rows(read_curves(measured, metric=args.metric), args.strategy, args.with_other_strategies)
    _read_pool_accuracy(args, curves)
    _check_pool(curves, args)
    scenario = _scenario(args)
    vendors = _read_vendor_table(args)
    plan = get_plan(curves, seed=args.seed, dataset=args.dataset, model=args.model,
                    batch_size=args.curves_batch_size)
    if args.test_size is not None and args.accuracy_se is not None:
        raise UsageError("give the test set's size (--test-size) or the accuracy's standard error (--accuracy-se), "
                         "not both")
    if args.test_size is not None and not (math.isfinite(args.test_size) and args.test_size >= 1
                                           and args.test_size == int(args.test_size)):
        raise UsageError(f"--test-size must be a whole number of test examples >= 1, got {args.test_size:g}")
    order = replan(plan, scenario, args.target, strategy=args.strategy, confidence=args.confidence,
                   test_size=args.test_size, accuracy_se=args.accuracy_se, budget=args.budget,
                   budget_dollars=args.budget_dollars, order_cost=args.order_cost, seed=args.seed,
                   give_up_below=args.give_up_below, vendors=vendors)
    stop = (optimal_stop(plan, scenario, value_per_point=args.value_per_point, strategy=order.strategy,
                         vendors=vendors) if args.value_per_point is not None else None)
    if args.json:
        from planner.present.steering_view import order_notes

        out = {"order": {**order.to_dict(), "notes": order_notes(order, campaign=folder is not None)},
               "optimal_stop": None if stop is None else stop.to_dict(), **_vendor_table_field(args)}
        print(json.dumps(out, indent=2, allow_nan=False))
    else:
        from planner.present.steering_view import campaign_text

        name = "your campaign" if curves.attrs.get("strategy_note") else None
        print(_summarise_notes(campaign_text(order, stop, name=name, campaign=folder)))
        _print_vendor_table(args)
    return 0


# ------------------------------------------- a campaign on the user's own pool


def cmd_campaign(args: argparse.Namespace) -> int:
    from simulations.campaign.commands import run

    return run(args)


def _campaign_measured(args: argparse.Namespace):
    """`replan DIR`: a campaign's folder reads as its measured curve, its test labels as --test-size and its
    strategy as --strategy (unless given)."""
    if not Path(args.measured).is_dir():
        return args.measured
    from simulations.campaign.state import campaign_facts

    curve, n_test, strategy = campaign_facts(args.measured)
    if args.test_size is None and args.accuracy_se is None:
        args.test_size = float(n_test)
    if args.strategy is None:
        args.strategy = strategy
    return curve


# ------------------------------------------- results database and grids
# `alplan runs` and `alplan grid` (simulations/results/store.py, simulations/run/grid.py).

def _default_db() -> Path:
    """$ALPLAN_DB, else the default database: the dashboard's (simulations.run.config.default_db)."""
    from simulations.run.config import default_db

    return default_db()


def _db_path(db: str | None, *, create_default: bool = True) -> Path:
    """The database path: ``db``, or the default (whose folder is created)."""
    if db is None:
        from simulations.run.config import default_db

        return default_db(create=create_default)
    path = Path(db)
    if path.is_dir():
        raise OSError(f"--db {db} is a folder; give a file name such as {path / 'runs.db'}")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OSError(f"--db {db}: folder {directory} does not exist; create it first")
    return path


def _remove_if_made_and_empty(folder: Path, made: bool) -> None:
    """Remove the default database's folder if this command made it and it holds nothing."""
    if made:
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            pass


def _run_log():
    """Progress as one line per finished run on stderr (when there is no terminal for a bar)."""

    def update(done: int, total: int, info: str = "") -> None:
        print(f"[{done}/{total}] {info}", file=sys.stderr, flush=True)

    return update


def cmd_grid(args: argparse.Namespace) -> int:
    from simulations.run.executors import run_grid
    from simulations.run.grid import load_grid

    grid = load_grid(args.grid, overridden=[k for k in ("db", "out") if getattr(args, k)])
    if args.workers is not None and args.cluster is not None:
        raise UsageError("give --workers or --cluster, not both")
    if args.workers is not None or args.cluster is not None:  # the command line wins over the file
        workers, cluster = args.workers, args.cluster
    else:
        workers, cluster = grid.workers, grid.cluster
    workers_from = "--workers" if args.workers is not None else f"{Path(args.grid).name}'s workers"
    out = args.out or grid.out
    made_folder = not _default_db().parent.exists() and not (args.db or grid.db)
    db = _db_path(args.db or grid.db, create_default=not args.dry_run)
    from planner.present.outputs import OutputRefused, same_file

    db_flag = "--db" if args.db else (f"{Path(args.grid).name}'s db" if grid.db else "the database")
    data_files = {f"{Path(args.grid).name}'s data_file": c.data_file for c in grid.configs[:1] if c.data_file}
    for flag, source in (("the grid file", args.grid), *data_files.items()):
        if same_file(db, source):
            raise OutputRefused(f"{db_flag} {db} is the same file as {flag} {source}: the database would destroy "
                                "it; give another database path")
    outputs = _outputs({"the grid file": args.grid, db_flag: db, **data_files})
    out_flag = "--out" if args.out else f"{Path(args.grid).name}'s out"
    if out is not None:
        outputs.claim(out_flag, out, suffixes=TABLE_SUFFIXES)
    specs = grid.specs()
    if args.dry_run:
        from simulations.results.store import Store

        done: set = set()
        if db.exists():
            with Store(db, readonly=True) as store:
                done = store.completed_keys() & {s.key() for s in specs}
        from simulations.run.cores import worker_plan

        left = [s for s in specs if s.key() not in done]
        n_workers, cap = worker_plan(left, workers, source=workers_from)
        where = f"--cluster {cluster}" if cluster else f"{n_workers} worker process(es)"
        print(f"{len(specs)} runs in {Path(args.grid).name}: {len(done)} already in {db}, "
              f"{len(specs) - len(done)} to run on {where}")
        if cap and not cluster:
            print(cap)
        return 0
    if cluster is None:
        from simulations.run.cores import worker_plan

        _, cap = worker_plan(specs, workers, source=workers_from)
        if cap:
            print(cap, file=sys.stderr)
    try:
        curves = run_grid(specs, db=db, workers=workers, cluster=cluster,
                          progress=_progress_bar("runs") or _run_log())
    except BaseException:
        _remove_if_made_and_empty(db.parent, made_folder)  # an unreachable cluster leaves no empty .alplan/
        raise
    if out is not None:
        with outputs:
            outputs.write(out_flag, lambda tmp: write_table(curves, tmp))
            _commit(outputs)
    where = f"; wrote {len(curves)} rows to {out}" if out is not None else f"; {len(curves)} rows"
    print(f"grid: {len(specs)} runs done, stored in {db}{where}", file=sys.stderr)
    return 0


def _compact_ints(values) -> str:
    """[0, 1, 2, 5] -> '0-2,5'."""
    values = sorted(set(int(v) for v in values))
    parts, start = [], None
    for i, v in enumerate(values):
        if start is None:
            start = v
        if i + 1 == len(values) or values[i + 1] != v + 1:
            parts.append(str(start) if start == v else f"{start}-{v}")
            start = None
    return ",".join(parts)


def cmd_runs(args: argparse.Namespace) -> int:
    from simulations.results.store import Store

    path = _db_path(args.db, create_default=False) if args.db else _default_db()
    outputs = _outputs({"--db" if args.db else "the database": path})
    if args.export:
        outputs.claim("--export", args.export, suffixes=TABLE_SUFFIXES)
    with Store(path, readonly=True) as store:
        if args.export:
            curves = store.curves(with_key=True)  # AL curves only: the whole-pool ceilings are no curve
            n_runs = curves.pop("run_key").nunique()
            with outputs:
                outputs.write("--export", lambda tmp: write_table(curves, tmp))
                _commit(outputs)
            print(f"wrote {len(curves)} rows ({n_runs} runs) to {args.export}", file=sys.stderr)
            return 0
        runs = store.runs()
        n_scenarios = len(store.list_scenarios())
    counts = runs["status"].value_counts() if len(runs) else {}
    print(
        f"{path}: {counts.get('done', 0)} runs done, {counts.get('running', 0)} interrupted or running, "
        f"{counts.get('failed', 0)} failed; {n_scenarios} saved scenario(s)"
    )
    if runs.empty:
        return 0
    if args.all:
        table = runs.assign(key=runs["key"].str[:12], wall_seconds=runs["wall_seconds"].round(2))[
            ["key", "dataset", "model", "strategy", "batch_size", "label_noise", "seed", "status",
             "n_rounds", "wall_seconds", "worker", "code_version", "error"]
        ]
        print(table.to_string(index=False, na_rep="-"))
        return 0
    rows = []
    ident = ["dataset", "model", "strategy", "batch_size", "label_noise"]
    for values, group in runs.groupby(ident, sort=True):
        done = group[group["status"] == "done"]
        rows.append({
            **dict(zip(ident, values)),
            "done": len(done),
            "running": int((group["status"] == "running").sum()),
            "failed": int((group["status"] == "failed").sum()),
            "seeds": _compact_ints(done["seed"]) if len(done) else "-",
            "rounds": int(done["n_rounds"].max()) if len(done) else 0,
            "wall_s/run": round(float(done["wall_seconds"].mean()), 2) if done["wall_seconds"].notna().any()
            else float("nan"),
        })
    import pandas as pd

    print(pd.DataFrame(rows).to_string(index=False, na_rep="-"))
    return 0


# ----------------------------------------------------------------- parser


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
                   help="probability of reaching the target with the budget bought (0.5 to 0.999)")
    p.add_argument("--price-per-hour", type=_nonneg_float, default=None, metavar="DOLLARS",
                   help="annotators paid by the hour: dollars an hour (with --seconds-per-label, instead of "
                        "--label-price)")
    p.add_argument("--seconds-per-label", type=_nonneg_float, default=None, metavar="S",
                   help="seconds a random label takes (the test labels' mean in `alplan campaign status`)")
    p.add_argument("--al-label-premium", type=_nonneg_float, default=None, metavar="X",
                   help="AL's picked labels cost X times a random label (annotators take longer on the uncertain "
                        "examples; `alplan campaign status` measures it); default 1.0. Stated, the break-even line "
                        "also gives the premium at which AL stops paying")


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


class _HelpFormatter(argparse.HelpFormatter):
    """``--help`` shows each option's default, unless its help already names it or it has none."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (not action.option_strings or action.required or default is None or default is False
                or default is argparse.SUPPRESS or "default" in text.lower()):
            return text
        shown = ",".join(map(str, default)) if isinstance(default, (tuple, list)) else str(default)
        return f"{text} (default: {shown.replace('%', '%%')})"


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="alplan",
        description="Does active learning beat labeling more at random, for our task, at our prices?",
        epilog="Strategies are named as in `alplan strategies`; combined:A+B takes half of each batch "
               "from A and the rest from B (e.g. combined:margin+coreset). Learners: `alplan models`.",
        formatter_class=_HelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _add_parser = sub.add_parser

    def add_parser(name: str, **kwargs) -> argparse.ArgumentParser:
        return _add_parser(name, formatter_class=_HelpFormatter, **kwargs)

    sub.add_parser = add_parser  # every command's --help shows its defaults

    p = sub.add_parser("datasets", help="list the proxy data sets")
    p.set_defaults(func=cmd_datasets)
    p = sub.add_parser("strategies", help="list the query strategies (and combined:A+B)")
    p.set_defaults(func=cmd_strategies)
    p = sub.add_parser("models", help="list the learners and what each supports (MC dropout, embeddings)")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser("simulate", help="run query strategies on a data set and write the curves table")
    p.add_argument("--dataset", default=None, help="proxy data set name (default digits), or 'file' with --data")
    p.add_argument("--data", default=None, help="your own labeled data: CSV, Parquet or NPZ")
    p.add_argument("--label-column", default="label", help="label column of --data (CSV/Parquet)")
    p.add_argument("--cost-column", default=None, metavar="NAME",
                   help="a column of --data (CSV/Parquet) holding each example's annotation cost (seconds, text "
                        "length; not a feature): every run records its labeled set's cumulative cost "
                        "(annotation_cost), and the strategy roi divides by it")
    p.add_argument("--model", default="logreg", help="learner: logreg, mlp, cnn, forest, boosting, knn, or "
                   "sklearn:package.module.Class for a scikit-learn-style classifier you have (see `alplan models`)")
    p.add_argument("--strategies", type=_csv_list, default=("random", "margin"),
                   help="comma-separated strategy names (see `alplan strategies`); combined:A+B takes half "
                        "of each batch from A and the rest from B")
    p.add_argument("--seeds", type=int, default=3, help="number of seeds")
    p.add_argument("--seed-start", type=int, default=0, help="first seed")
    p.add_argument("--initial", type=int, default=20, help="initial labeled set size")
    p.add_argument("--batch-size", type=int, default=20, help="labels bought per round")
    p.add_argument("--rounds", type=int, default=None,
                   help="labeling rounds after the initial set (default 10 unless --budget is given)")
    p.add_argument("--budget", type=int, default=None, help="total labels (instead of --rounds)")
    p.add_argument("--label-noise", type=_nonneg_float, default=0.0, help="oracle label flip rate in [0, 1)")
    p.add_argument("--dataset-params", default=None,
                   help="data set parameters, e.g. n_samples=100000,n_features=20,class_sep=0.8,imbalance=5")
    p.add_argument("--model-params", default=None, help="learner parameters, e.g. weight_decay=0.5, "
                   "hidden=256,layers=2 or n_estimators=300 (a scikit-learn estimator: its get_params() keys)")
    p.add_argument("--warm-start", action="store_true", help="continue training from the previous round (default: "
                   "from scratch; a scikit-learn estimator: where it has warm_start and is not an ensemble)")
    p.add_argument("--workers", type=_workers, default=None, help=WORKERS_HELP)
    p.add_argument("--cluster", default=None, help="Dask scheduler address, e.g. tcp://HOST:8786")
    p.add_argument("--db", default=None, help="also store the runs in this SQLite results database (resumable, "
                   "read by `alplan runs`); without --db, simulate writes --out alone and stores nothing")
    p.add_argument("--out", required=True, help="output table: .csv or .parquet")
    p.add_argument("--hybrid-accuracy", default=None, metavar="Q[,Q...]",
                   help="also record, every round, the share of the unlabeled pool the model can label itself at "
                        "these accuracy bars (for `alplan hybrid`)")
    p.add_argument("--hybrid-holdout", type=_positive_int, default=None, metavar="N",
                   help="human-labeled held-out examples the bars are checked on (default 500, at most a quarter "
                        "of the unlabeled pool)")
    p.add_argument("--blind-start", action="store_true",
                   help="draw the test split and the initial set at random without the labels, as `alplan "
                        "campaign` must (default: stratified, every class in the initial set)")
    p.add_argument("--full-pool", action="store_true",
                   help="also measure each seed's accuracy with the WHOLE pool labeled (the ceiling every curve "
                        "ends below; stored in --db), print it and write it to OUT_STEM.pool.csv")
    p.set_defaults(func=cmd_simulate)

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
    p.set_defaults(func=cmd_replan)

    # -- a campaign on the user's own pool (simulations/campaign/commands.py; stdlib only at import: --help stays fast)
    from simulations.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)

    # -- results database and grids (simulations/results/store.py, simulations/run/grid.py)
    from simulations.run.config import DEFAULT_DB  # stdlib only: --help stays fast
    p = sub.add_parser("grid", help="run a grid of simulations from a TOML file (resumable, parallel)")
    p.add_argument("grid", help="grid TOML: datasets, models, strategies, seeds, batch_sizes, label_noise, rounds, ...")
    p.add_argument("--db", default=None,
                   help=f"results database (default: the file's db, else $ALPLAN_DB, else {DEFAULT_DB})")
    p.add_argument("--workers", type=_workers, default=None, help=WORKERS_HELP)
    p.add_argument("--cluster", default=None, help="Dask scheduler address, e.g. tcp://HOST:8786")
    p.add_argument("--out", default=None, help="also write the grid's curves table: .csv or .parquet")
    p.add_argument("--dry-run", action="store_true", help="only say how many runs there are and how many are left")
    p.set_defaults(func=cmd_grid)

    p = sub.add_parser("runs", help="list what the results database holds; export its curves")
    p.add_argument("--db", default=None, help=f"results database (default $ALPLAN_DB, else {DEFAULT_DB})")
    p.add_argument("--all", action="store_true", help="one line per run (default: one per curve family)")
    p.add_argument("--export", default=None, help="write every completed run's curves to .csv or .parquet")
    p.set_defaults(func=cmd_runs)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with one line on bad flags (_OneLineParser)
    stdout, sys.stdout = sys.stdout, _PrintableStream(sys.stdout)
    try:
        status = args.func(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # `alplan runs | head`: the reader has what it wanted; end quietly
        sys.stdout = stdout
        _quiet_stdout()
        return EXIT_PIPE_CLOSED
    except (ValueError, OSError) as exc:  # user errors: one line, exit 2
        from planner.forecast.messages import one_line

        message = one_line(exc) or type(exc).__name__
        print(f"alplan {args.command}: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("alplan: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout = stdout


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
