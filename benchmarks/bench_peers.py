"""alplan's simulator side by side with scikit-activeml and modAL.

The same experiment in all three libraries: digits, logistic regression, margin sampling, 20 initial labels, batch 20,
30 rounds, 5 seeds. Every library gets the exact same arrays per seed (alplan's stratified pool/test split and
standardization from ``simulations.data.datasets.load("digits", seed=s)`` and alplan's initial labeled set), written
to a temporary ``.npz`` per seed. Each library runs in a fresh subprocess of its own venv (alplan: this interpreter;
peers: ``.venv-skactiveml``, ``.venv-modal`` from ``benchmarks/setup_peers.sh``) so imports are timed cold-process and
the experiments never share a process.

Per library: experiment wall time (all seeds; median of ``--repeats``, after imports and data loading), the process's
CPU time over the same span (all threads; on a loaded machine it is what an idle machine's wall time would approach,
with ``--threads 1``), import time (median of 3 fresh processes), final accuracy mean ± sd over seeds, and alplan's
speed-up over it.

    python benchmarks/bench_peers.py            # the full experiment (a few minutes)
    python benchmarks/bench_peers.py --threads 1   # like for like on one thread each
    python benchmarks/bench_peers.py --quick    # 2 seeds, 10 rounds, 1 repeat (< 1 min)

Results go to the "Simulator vs peer libraries (scikit-activeml, modAL)" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PEERS = Path(__file__).resolve().parent / "peers"
sys.path.insert(0, str(PEERS))
from _common import run_script, write_arrays  # noqa: E402

SPEEDUP_TARGET = 10.0
ACCURACY_TOLERANCE = 0.01  # 1 point


@dataclass(frozen=True)
class Library:
    name: str
    python: Path
    script: str
    env: tuple[tuple[str, str], ...] = ()

    @property
    def is_alplan(self) -> bool:
        return self.script == "alplan_margin.py"


LIBRARIES = {
    # alplan in one process (`--workers 1`), every round's model retrained from scratch.
    "alplan": Library("alplan", Path(sys.executable), "alplan_margin.py"),
    # The same runs on every usable core: run_grid's local process pool (``alplan simulate``'s default),
    # pool start-up included. The peers use both cores too (BLAS/OpenMP threads): see their CPU time.
    "alplan-workers": Library("alplan (all cores)", Path(sys.executable), "alplan_margin.py",
                              (("ALPLAN_BENCH_WORKERS", "default"),)),
    # warm_start=True (not the default): each round's L-BFGS starts from the last round's weights.
    "alplan-warm": Library("alplan (warm start)", Path(sys.executable), "alplan_margin.py",
                           (("ALPLAN_BENCH_WARM_START", "1"),)),
    "skactiveml": Library("scikit-activeml", ROOT / ".venv-skactiveml" / "bin" / "python", "skactiveml_peer.py logreg"),
    "modal": Library("modAL", ROOT / ".venv-modal" / "bin" / "python", "modal_peer.py logreg")}


THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def run_library(lib: Library, common: list[str], repeats: int, import_samples: int = 3, threads: int | None = None) -> dict:
    """Run one library's script: the experiment, then import-only processes."""
    env = {"ALPLAN_BENCH_WARM_START": "0", "ALPLAN_BENCH_WORKERS": "1", **dict(lib.env)}
    if threads is not None:
        env.update({var: str(threads) for var in THREAD_VARS})
    result = run_script(lib.python, lib.script, [*common, "--repeats", str(repeats)], env)
    if "error" in result:
        return {"library": lib.name, "error": result["error"]}
    imports = [result["import_seconds"]]
    for _ in range(import_samples - 1):
        extra = run_script(lib.python, lib.script, [*common, "--repeats", "0"], env)
        if "error" not in extra:
            imports.append(extra["import_seconds"])
    result["import_samples"] = imports
    return result


def median_cpu(result: dict) -> float:
    """Median experiment CPU seconds; NaN when unknown (parallel runs)."""
    cpu = result["experiment_cpu_seconds"]
    return float("nan") if any(c is None for c in cpu) else statistics.median(cpu)


def final_accuracies(result: dict, n_final: int) -> np.ndarray:
    """Accuracy of each seed's curve at ``n_final`` labels (NaN if the curve stops early)."""
    out = []
    for curve in result["curves"].values():
        points = dict((int(n), a) for n, a in curve)
        out.append(points.get(n_final, np.nan))
    return np.asarray(out, dtype=float)


def curve_gap(a: dict, b: dict) -> tuple[float, float] | None:
    """Mean and max |accuracy difference| over every (seed, n_labels) both curves have."""
    diffs = []
    for seed, curve in a["curves"].items():
        other = dict((int(n), acc) for n, acc in b["curves"].get(seed, []))
        diffs += [abs(acc - other[int(n)]) for n, acc in curve if int(n) in other]
    return (float(np.mean(diffs)), float(np.max(diffs))) if diffs else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5, help="seeds 0..N-1")
    parser.add_argument("--initial", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3, help="experiment repeats (median)")
    parser.add_argument("--libraries", default="alplan,alplan-workers,alplan-warm,skactiveml,modal",
                        help="comma-separated subset of: " + ", ".join(LIBRARIES))
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 2 seeds, 10 rounds, 1 repeat, 1 thread unless --threads")
    parser.add_argument("--threads", type=int, default=None,
                        help="set OMP/OpenBLAS/MKL threads for every library (default: library defaults)")
    parser.add_argument("--json", default=None, help="also write the raw results here")
    args = parser.parse_args(argv)
    if args.quick:  # a smoke run; one thread keeps it short on a loaded machine
        args.seeds, args.rounds, args.repeats = 2, 10, 1
        args.threads = 1 if args.threads is None else args.threads
    names = [s.strip() for s in args.libraries.split(",") if s.strip()]
    unknown = [n for n in names if n not in LIBRARIES]
    if unknown:
        parser.error(f"unknown libraries {unknown}; choose from {list(LIBRARIES)}")
    if min(args.seeds, args.initial, args.batch_size, args.rounds, args.repeats) < 1:
        parser.error("--seeds, --initial, --batch-size, --rounds and --repeats must be >= 1")

    seeds = list(range(args.seeds))
    n_import = 1 if args.quick else 3
    n_final = args.initial + args.rounds * args.batch_size
    load = os.getloadavg()[0]
    print(f"# bench_peers: digits, logreg, margin, initial {args.initial}, batch {args.batch_size}, "
          f"{args.rounds} rounds, {len(seeds)} seeds, median of {args.repeats} repeats")
    threads = (f"{args.threads} BLAS/OpenMP threads" if args.threads else "BLAS/OpenMP threads: library defaults")
    print(f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"{threads}, load avg at start {load:.2f}\n")

    results = {}
    with tempfile.TemporaryDirectory(prefix="alplan-peers-") as tmp:
        folder = Path(tmp)
        write_arrays(folder, [(f"seed_{s}", "digits", s) for s in seeds], args.initial)
        common = ["--data", str(folder), "--seeds", ",".join(map(str, seeds)),
                  "--batch-size", str(args.batch_size), "--rounds", str(args.rounds)]
        for name in names:
            start = time.perf_counter()
            results[name] = run_library(LIBRARIES[name], common, args.repeats, import_samples=n_import,
                                        threads=args.threads)
            results[name]["process_seconds"] = time.perf_counter() - start
        print_table(results, n_final, args.repeats, n_import)
    print(f"\n# load avg at end {os.getloadavg()[0]:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 1 if any("error" in r for r in results.values()) else 0


def print_table(results: dict, n_final: int, repeats: int, n_import: int) -> None:
    """The side-by-side table, then the verdict on the targets."""
    base = results.get("alplan")
    ok = base is not None and "error" not in base
    base_wall = statistics.median(base["experiment_seconds"]) if ok else None
    base_cpu = median_cpu(base) if ok else None
    print(f"| library | version | import (s), median of {n_import} | experiment wall (s), "
          f"median of {repeats} | repeats (s) | experiment CPU (s) | accuracy at {n_final} labels, "
          f"mean ± sd | alplan speed-up (wall) | (CPU) |")
    print("|---|---|---:|---:|---|---:|---:|---:|---:|")
    verdicts = []
    for name, r in results.items():
        if "error" in r:
            print(f"| {LIBRARIES[name].name} | - | - | - | - | - | {r['error']} | - | - |")
            continue
        wall = statistics.median(r["experiment_seconds"])
        cpu = median_cpu(r)
        acc = final_accuracies(r, n_final)
        sd = np.std(acc, ddof=1) if len(acc) > 1 else 0.0
        if LIBRARIES[name].is_alplan or not ok:
            up_wall = up_cpu = "-"
        else:
            up_wall, up_cpu = f"{wall / base_wall:.1f}x", f"{cpu / base_cpu:.1f}x"
        reps = ", ".join(f"{t:.2f}" for t in r["experiment_seconds"])
        cpu_text = "-" if np.isnan(cpu) else f"{cpu:.2f}"
        print(f"| {r['library']} | {r['version']} | {statistics.median(r['import_samples']):.2f} | "
              f"{wall:.2f} | {reps} | {cpu_text} | {np.mean(acc):.3f} ± {sd:.3f} | {up_wall} | {up_cpu} |")
        if LIBRARIES[name].is_alplan:
            continue
        for own_name, own in results.items():
            if not LIBRARIES[own_name].is_alplan or "error" in own:
                continue
            own_wall = statistics.median(own["experiment_seconds"])
            own_cpu = median_cpu(own)
            gap = float(np.mean(final_accuracies(own, n_final)) - np.mean(acc))
            cpu_speedup = "-" if np.isnan(own_cpu) else f"{cpu / own_cpu:.1f}x"
            whole = curve_gap(own, r)
            whole_text = (f"; whole curves differ by {whole[0] * 100:.1f} points on average "
                          f"(max {whole[1] * 100:.1f})" if whole else "")
            verdicts.append(f"{own['library']} vs {r['library']}: speed-up {wall / own_wall:.1f}x wall, "
                            f"{cpu_speedup} CPU ({'meets' if wall / own_wall >= SPEEDUP_TARGET else 'MISSES'} "
                            f"the {SPEEDUP_TARGET:.0f}x target on wall time); final accuracy {gap * 100:+.1f} points "
                            f"({'within' if abs(gap) <= ACCURACY_TOLERANCE else 'OUTSIDE'} 1 point){whole_text}")
    if ok and "breakdown" in base:
        b = base["breakdown"]
        print(f"\n{base['library']} wall time of the first repeat, from the curves table: "
              f"train {b['train_seconds']:.2f} s ({b['fits']} fits, "
              f"{1e3 * b['train_seconds'] / max(b['fits'], 1):.1f} ms each), "
              f"query {b['query_seconds']:.2f} s ({b['queries']} queries, "
              f"{1e3 * b['query_seconds'] / max(b['queries'], 1):.1f} ms each), "
              f"everything else (test predictions, F1, bookkeeping) {b['other_seconds']:.2f} s")
    if ok and "initial_matches" in base:
        print(f"alplan's run_one drew the initial sets the peers got: "
              f"{'yes' if base['initial_matches'] else 'NO (not comparable)'}")
    for line in verdicts:
        print(line)


if __name__ == "__main__":
    sys.exit(main())
