"""``alplan datasets``, ``strategies``, ``models``, ``simulate``, ``grid`` and ``runs``: the commands that list
what ``simulations`` offers, run it and read its results database.

``simulations`` is imported only inside the commands (and the stdlib-only config for the parser's help), so
``alplan --help`` answers without importing torch.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.common import (TABLE_SUFFIXES, UsageError, _commit, _csv_list, _nonneg_float, _outputs,
                                _positive_int, _progress_bar, _workers, write_table)

def _is_pool_table(path: Path) -> bool:
    """Whether ``path`` holds a whole-pool table of ``simulate --full-pool`` (the one file it may replace)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).split(b"\n", 1)[0].decode("utf-8", "replace").strip().split(",")
    except OSError:
        return False
    return head[:3] == ["dataset", "model", "seed"] and "accuracy" in head


def cmd_datasets(args: argparse.Namespace) -> int:
    from simulations.data.datasets import available  # lazy: start-up time

    for name, summary in available().items():
        print(f"{name:<16} {summary}")
    print(f"{'file':<16} your own labeled data: --dataset file --data PATH (CSV/Parquet with --label-column, or NPZ with X, y)")
    return 0


COMBINED_HELP = "half of each batch from A, the rest from B (any two names above), e.g. combined:margin+coreset"


def cmd_strategies(args: argparse.Namespace) -> int:
    from simulations.learners.models import available as models  # lazy: start-up time
    from simulations.run.config import refused_strategies  # lazy: start-up time
    from simulations.strategies import available  # lazy: start-up time

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
    from simulations.learners.models import capabilities  # lazy: start-up time
    from simulations.run.config import refused_strategies  # lazy: start-up time

    can = capabilities(name)
    refused = refused_strategies(name)
    gradients = "grad_embeddings" in can
    supports = ["probabilities", "embeddings" if gradients else "input features as embeddings",
                "gradient embeddings (badge)" if gradients else "no gradients"]
    supports.append("MC dropout (bald, mc_entropy)" if "mc_probs" in can else "no MC dropout")
    return f"supports: {', '.join(supports)}; strategies: " + (f"all but {', '.join(refused)}" if refused else "all")


def cmd_models(args: argparse.Namespace) -> int:
    from simulations.learners.models import available  # lazy: start-up time

    for name, summary in available().items():
        print(f"{name:<8} {summary}")
        print(f"{'':<8} {_supports_line(name)}")
    print(f"sklearn:package.module.Class {SKLEARN_HELP}")
    print(f"{'':<8} {_supports_line('forest')}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from simulations.run.config import SimulationConfig, parse_params  # lazy: start-up time
    from simulations.run.loop import simulate  # lazy: start-up time

    from planner.present.outputs import OutputRefused, same_file  # lazy: start-up time

    if args.db:
        _db_path(args.db)  # a bad path fails now, before any run
        if args.data and same_file(args.db, args.data):
            raise OutputRefused(f"--db {args.db} is the same file as --data {args.data}: the database would destroy "
                                "your data; give another --db")
    outputs = _outputs({"--data": args.data, "--db": args.db})
    out = outputs.claim("--out", args.out, suffixes=TABLE_SUFFIXES)
    if args.full_pool:
        from simulations.run.ceiling import pool_csv_path  # lazy: start-up time

        pool_out = outputs.claim("--full-pool", pool_csv_path(out), replaces=_is_pool_table, sibling_of="--out")
    if args.rounds is not None and args.budget is not None:
        raise UsageError("give --rounds or --budget, not both")
    if args.seeds < 1 or args.seed_start < 0:
        raise UsageError(f"--seeds must be >= 1 and --seed-start >= 0, got {args.seeds} and {args.seed_start}")
    from simulations.run.config import MAX_RUNS, MAX_SEED  # lazy: start-up time

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
    from simulations.run.cores import worker_plan  # lazy: start-up time

    n_workers, cap = worker_plan(config.runs(), args.workers) if not args.cluster else (1, None)
    if cap:
        print(cap, file=sys.stderr)
    if rounds is not None or args.db or args.cluster or n_workers > 1:
        from simulations.run.executors import run_grid  # lazy: start-up time

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
    from simulations.run.ceiling import full_pool_accuracy, pool_summary_lines  # lazy: start-up time

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
    from planner.forecast.messages import short  # lazy: start-up time

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


# ------------------------------------------- results database and grids
# `alplan runs` and `alplan grid` (simulations/results/store.py, simulations/run/grid.py).

def _default_db() -> Path:
    """$ALPLAN_DB, else the default database: the dashboard's (simulations.run.config.default_db)."""
    from simulations.run.config import default_db  # lazy: start-up time

    return default_db()


def _db_path(db: str | None, *, create_default: bool = True) -> Path:
    """The database path: ``db``, or the default (whose folder is created)."""
    if db is None:
        from simulations.run.config import default_db  # lazy: start-up time

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
    from simulations.run.executors import run_grid  # lazy: start-up time
    from simulations.run.grid import load_grid  # lazy: start-up time

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
    from planner.present.outputs import OutputRefused, same_file  # lazy: start-up time

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
        from simulations.results.store import Store  # lazy: start-up time

        done: set = set()
        if db.exists():
            with Store(db, readonly=True) as store:
                done = store.completed_keys() & {s.key() for s in specs}
        from simulations.run.cores import worker_plan  # lazy: start-up time

        left = [s for s in specs if s.key() not in done]
        n_workers, cap = worker_plan(left, workers, source=workers_from)
        where = f"--cluster {cluster}" if cluster else f"{n_workers} worker process(es)"
        print(f"{len(specs)} runs in {Path(args.grid).name}: {len(done)} already in {db}, "
              f"{len(specs) - len(done)} to run on {where}")
        if cap and not cluster:
            print(cap)
        return 0
    if cluster is None:
        from simulations.run.cores import worker_plan  # lazy: start-up time

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
    from simulations.results.store import Store  # lazy: start-up time

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
    import pandas as pd  # lazy: start-up time

    print(pd.DataFrame(rows).to_string(index=False, na_rep="-"))
    return 0


def add_parsers(sub) -> None:
    """`datasets`, `strategies`, `models` and `simulate`."""
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


def add_results_parsers(sub) -> None:
    """`grid` and `runs`."""
    # -- results database and grids (simulations/results/store.py, simulations/run/grid.py)
    from simulations.run.config import DEFAULT_DB  # lazy: start-up time; stdlib only: --help stays fast
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
