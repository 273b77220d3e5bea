"""The reference forest experiment in alplan, scikit-activeml and modAL, and a grid on every core vs 1 process.

breast_cancer and digits, a random forest of 100 trees (scikit-learn's RandomForestClassifier: alplan's ``forest``
preset, scikit-activeml's ``SklearnClassifier``, modAL's ``ActiveLearner``), margin sampling, 5 seeds, 10 initial
labels + 20 rounds of 10. Every library gets the same arrays per (data set, seed): alplan's split and standardization
and the initial set alplan's loop draws (``peers/_common.py``). Each library runs every run in one fresh process of
its own venv (alplan: this interpreter; the peers: ``.venv-skactiveml``, ``.venv-modal`` from
``benchmarks/setup_peers.sh``). The libraries take turns, in an order that rotates each pair, so a change of the
machine's load falls on all of them; each pair gives a ratio (the peer's time over alplan's), and the median ratio is
reported with its range. The phases (fit, predict_proba on the unlabeled pool, the selection, and the rest: test
predictions, and for alplan the stopping signals) are summed over a pair's runs; the medians over pairs are shown.

The grid: the same runs through ``run_grid`` (``alplan grid``'s executor) on 1 process and on the default workers (one
per usable core), in turns; the median speed-up over pairs, and, before and after, how much CPU two busy processes got
together against one (``bench_grid.available_cores``): on a shared machine the most a second worker can add.

    python benchmarks/bench_sklearn_learners.py              # the reference experiment (about 10 minutes)
    python benchmarks/bench_sklearn_learners.py --quick      # 2 seeds, 5 rounds, 2 pairs (a minute)

Results go to the "Random forest with margin sampling: alplan, scikit-activeml, modAL" section of
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PEERS = Path(__file__).resolve().parent / "peers"
sys.path.insert(0, str(PEERS))
from _common import run_script, write_arrays  # noqa: E402

LIBRARIES = {
    "alplan": (Path(sys.executable), "alplan_forest.py", {}),
    "scikit-activeml": (ROOT / ".venv-skactiveml" / "bin" / "python", "skactiveml_peer.py forest", {}),
    "modAL": (ROOT / ".venv-modal" / "bin" / "python", "modal_peer.py forest", {}),
    # alplan from this checkout on modAL's venv: the same scikit-learn as modAL (whose teach() needs <= 1.7)
    "alplan on modAL's scikit-learn": (ROOT / ".venv-modal" / "bin" / "python", "alplan_forest.py",
                                       {"PYTHONPATH": str(ROOT)})}
#: Each peer's time is also divided by alplan's on the same scikit-learn version, where that differs from alplan's.
SAME_SKLEARN = {"modAL": "alplan on modAL's scikit-learn"}
GRID = {"1 process": (Path(sys.executable), "alplan_forest.py", {"ALPLAN_BENCH_WORKERS": "1"}),
        "default": (Path(sys.executable), "alplan_forest.py", {"ALPLAN_BENCH_WORKERS": "default"})}
PHASES = ("fit", "pool_proba", "selection", "test")


def run_one(entry: tuple, common: list[str]) -> dict:
    python, script, env = entry
    out = run_script(python, script, common, env)
    if "error" in out:
        raise SystemExit(f"{script} failed: {out['error']}")
    return out


def turns(entries: dict, pairs: int, common: list[str]) -> dict[str, list[dict]]:
    """Every entry once per pair, the order rotated each pair."""
    names = list(entries)
    out: dict[str, list[dict]] = {name: [] for name in names}
    for i in range(pairs):
        for name in names[i % len(names):] + names[:i % len(names)]:
            out[name].append(run_one(entries[name], common))
            print(f"#   pair {i + 1}: {name} {out[name][-1]['experiment_seconds']:.1f} s", file=sys.stderr)
    return out


def final_accuracy(result: dict, n_final: int) -> float:
    return float(np.mean([dict((n, a) for n, a in c).get(n_final, np.nan) for c in result["curves"].values()]))


def library_table(results: dict, n_final: int) -> None:
    """One row per library: its times, phases, final accuracy and its time over alplan's, pair by pair."""
    base = [r["experiment_seconds"] for r in results["alplan"]]
    print(f"| library | version | import (s) | experiment (s), median | each pair (s) | fit | predict_proba on "
          f"the pool | selection | the rest | accuracy at {n_final}, mean | peer / alplan, median (range) "
          f"| peer / alplan on the peer's scikit-learn |")
    print("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")

    def ratio(times: list[float], over: list[float]) -> str:
        ratios = [t / b for t, b in zip(times, over)]
        return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"

    for name, runs in results.items():
        times = [r["experiment_seconds"] for r in runs]
        phases = [statistics.median(r["phases"].get(p, 0.0) for r in runs) for p in PHASES]
        same = SAME_SKLEARN.get(name)
        over_alplan = "-" if name.startswith("alplan") else ratio(times, base)
        over_same = ratio(times, [r["experiment_seconds"] for r in results[same]]) if same in results else "-"
        print(f"| {name} | {runs[0]['version']} | {statistics.median(r['import_seconds'] for r in runs):.2f} | "
              f"{statistics.median(times):.1f} | {', '.join(f'{t:.1f}' for t in times)} | "
              + " | ".join(f"{p:.1f}" for p in phases)
              + f" | {final_accuracy(runs[0], n_final):.3f} | {over_alplan} | {over_same} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default="breast_cancer,digits")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--initial", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pairs", type=int, default=5, help="turns of the three libraries (0: the grid only)")
    parser.add_argument("--grid-pairs", type=int, default=3, help="turns of 1 process and the default workers")
    parser.add_argument("--quick", action="store_true", help="2 seeds, 5 rounds, 2 pairs, 1 grid pair")
    args = parser.parse_args(argv)
    if args.quick:
        args.seeds, args.rounds, args.pairs, args.grid_pairs = 2, 5, 2, 1
    datasets = [d.strip() for d in args.datasets.split(",") if d.strip()]
    seeds = list(range(args.seeds))
    n_final = args.initial + args.rounds * args.batch_size
    print(f"# bench_sklearn_learners: {', '.join(datasets)}; random forest of 100 trees, margin, {len(seeds)} seeds, "
          f"{args.initial} + {args.rounds} x {args.batch_size}; {args.pairs} pairs, {args.grid_pairs} grid pairs")
    print(f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs (shared with "
          f"other work), load avg at start {os.getloadavg()[0]:.2f}\n")
    with tempfile.TemporaryDirectory(prefix="alplan-forest-") as tmp:
        write_arrays(Path(tmp), [(f"{d}_{s}", d, s) for d in datasets for s in seeds], args.initial)
        common = ["--data", tmp, "--batch-size", str(args.batch_size), "--rounds", str(args.rounds)]
        results = turns(LIBRARIES, args.pairs, common) if args.pairs else {}
        headroom = []
        if args.grid_pairs:
            from bench_grid import available_cores  # what a second process can get on this machine right now

            headroom.append(available_cores(2) / max(available_cores(1), 1e-9))
            grid = turns(GRID, args.grid_pairs, common)
            headroom.append(available_cores(2) / max(available_cores(1), 1e-9))
        else:
            grid = {}
    if results:
        library_table(results, n_final)
    if grid:
        from simulations.run.cores import usable_cores

        one = [r["experiment_seconds"] for r in grid["1 process"]]
        two = [r["experiment_seconds"] for r in grid["default"]]
        ups = [a / b for a, b in zip(one, two)]
        same = all(grid["1 process"][0]["curves"][k] == grid["default"][0]["curves"][k]
                   for k in grid["1 process"][0]["curves"])
        print(f"\ngrid of {len(datasets) * len(seeds)} runs through run_grid: 1 process "
              f"{', '.join(f'{t:.1f}' for t in one)} s; the default ({usable_cores()} usable cores) "
              f"{', '.join(f'{t:.1f}' for t in two)} s; "
              f"speed-up median {statistics.median(ups):.2f}x ({min(ups):.2f}-{max(ups):.2f}); "
              f"the same curves on both: {'yes' if same else 'NO'}")
        print(f"two busy loops together got {headroom[0]:.2f}x / {headroom[-1]:.2f}x the CPU of one, before / after "
              "the grid: the most a second worker could add on this machine then")
    print(f"\n# load avg at end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
