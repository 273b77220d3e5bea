"""Simulate the curves the calibration benchmark measures the planner against.

One documented, resumable command per set (runs already in the database are
skipped, runs an interruption cut short are re-run):

    nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set al-calibration
    nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set truth
    nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set all     # both, al-calibration first
    .venv/bin/python benchmarks/calibration/make_truth.py --quick                  # smoke version (~1 min)
    nice -n 10 .venv/bin/python benchmarks/calibration/make_truth.py --set truth --seeds 10,11,12 \
        --db benchmarks/.data/truth_signals.db    # the campaign replay's truth seeds, with the stopping signals

Sets and their default databases (``benchmarks/calibration/configs.py`` has
the configs):

* ``truth`` -> ``benchmarks/.data/truth.db``: logreg on mnist1d, three
  synthetic variants, digits and breast_cancer (pilot seeds 0-2, truth seeds
  10-29), then mlp on digits (pilot seeds 0-2, truth seeds 10-15); strategies
  random, margin, entropy, least_confidence, coreset.
* ``al-calibration`` -> ``benchmarks/.data/al_calibration.db``: long logreg
  curves on synthetic data sets disjoint from the truth configs, seeds
  100-104. When it completes (not ``--quick``), the file
  ``benchmarks/.data/AL_CALIBRATION_READY`` says so.

Runs are executed in this one process (one torch thread), through
``simulations.run.executors.run_grid`` with ``db=``. Progress goes to stdout and to
``--log`` (default ``benchmarks/.data/<set>.log``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "benchmarks" / ".data"
sys.path.insert(0, str(HERE.parent))  # so `calibration` imports as a package

from calibration.configs import SETS, check_disjoint  # noqa: E402

DEFAULT_DB = {
    "truth": DATA / "truth.db",
    "al-calibration": DATA / "al_calibration.db",
    "quick": DATA / "truth_quick.db",
    "al-calibration-quick": DATA / "al_calibration_quick.db",
}
READY = DATA / "AL_CALIBRATION_READY"


def _log(fh, text: str) -> None:
    line = f"{time.strftime('%H:%M:%S')} {text}"
    print(line, flush=True)
    if fh is not None:
        fh.write(line + "\n")
        fh.flush()


def run_set(name: str, db: Path, log_path: Path, dry_run: bool = False, seeds: tuple | None = None) -> dict:
    """Run every config of set ``name`` into ``db`` (only ``seeds``, if given); return a summary dict."""
    from simulations.results.store import Store
    from simulations.run.executors import run_grid

    configs = SETS[name]
    db.parent.mkdir(parents=True, exist_ok=True)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    t_set = time.perf_counter()
    with open(log_path, "a") as fh:
        _log(fh, f"== set {name} -> {db} ({len(configs)} configs)")
        for cfg in configs:
            _log(fh, "   " + cfg.describe())
        if dry_run:
            store = Store(db)
            try:
                done = store.completed_keys()
            finally:
                store.close()
            for cfg in configs:
                keys = {s.key() for s in cfg.specs()}
                _log(fh, f"   {cfg.name}: {len(keys & done)}/{len(keys)} runs done")
            return {}
        timings = {}
        for cfg in configs:
            t0 = time.perf_counter()
            last = [0.0]

            def progress(done: int, total: int, info: str, _cfg=cfg, _last=last) -> None:
                now = time.perf_counter()
                if done == total or now - _last[0] > 20:
                    _last[0] = now
                    _log(fh, f"   [{_cfg.name}] {done}/{total} {info}")

            specs = cfg.specs() if seeds is None else cfg.specs([x for x in cfg.seeds if x in seeds])
            _log(fh, f"-- {cfg.name}: {len(specs)} runs")
            run_grid(specs, db=str(db), workers=1, progress=progress)
            timings[cfg.name] = time.perf_counter() - t0
            _log(fh, f"-- {cfg.name} done in {timings[cfg.name]:.0f} s")
        total = time.perf_counter() - t_set
        _log(fh, f"== set {name} complete in {total:.0f} s")
    return {"seconds": total, "per_config": timings}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("truth", "al-calibration", "all"), default="truth",
                    help="which set to simulate (all = al-calibration, then truth)")
    ap.add_argument("--db", type=Path, default=None,
                    help="results database (default benchmarks/.data/truth.db or al_calibration.db; "
                         "not allowed with --set all)")
    ap.add_argument("--quick", action="store_true", help="tiny smoke version (separate *_quick.db)")
    ap.add_argument("--log", type=Path, default=None, help="progress log (default benchmarks/.data/<set>.log)")
    ap.add_argument("--dry-run", action="store_true", help="only say how many runs each config has done")
    ap.add_argument("--seeds", default=None,
                    help="comma-separated seeds: only the runs of these seeds (e.g. 10,11,12 for the campaign "
                         "replay's stopping rules into a database of their own)")
    args = ap.parse_args(argv)
    seeds = None
    if args.seeds is not None:
        try:
            seeds = tuple(int(x) for x in args.seeds.split(",") if x.strip())
        except ValueError:
            ap.error(f"--seeds must be comma-separated integers, got {args.seeds!r}")
    check_disjoint()
    names = ["al-calibration", "truth"] if args.set == "all" else [args.set]
    if args.db is not None and len(names) > 1:
        ap.error("--db names one database: give --set truth or --set al-calibration with it")
    for name in names:
        key = name + "-quick" if args.quick and name == "al-calibration" else ("quick" if args.quick else name)
        db = args.db or DEFAULT_DB[key]
        log = args.log or DATA / f"{key}.log"
        summary = run_set(key, Path(db), Path(log), dry_run=args.dry_run, seeds=seeds)
        if name == "al-calibration" and not args.quick and not args.dry_run:
            configs = "; ".join(c.describe() for c in SETS["al-calibration"])
            READY.write_text(
                f"{Path(db).resolve()}\n"
                f"AL-calibration curves (logreg, strategies random/margin/entropy/least_confidence/coreset, "
                f"seeds 100-104, synthetic data disjoint from the truth configs): {configs}\n"
                f"finished {time.strftime('%Y-%m-%d %H:%M:%S')} in {summary['seconds']:.0f} s\n"
                "The curves table calls all four data sets 'synthetic': split them by run key, "
                "Store(db).curves(keys=[s.key() for s in cfg.specs()]) for cfg in "
                "benchmarks/calibration/configs.py AL_CALIBRATION (or by dataset_params in Store.runs()'s config JSON).\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
