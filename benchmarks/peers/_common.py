"""Shared plumbing of the peer scripts (stdlib + numpy only: runs in every venv).

Every library gets the same arrays, one ``.npz`` per run (``X_pool, y_pool, X_test, y_test, init_pos``: alplan's
split, standardization and initial labeled set, :func:`alplan_arrays`), and prints ONE JSON object on stdout.

The scikit-activeml and modAL scripts take the learner first (:func:`peer`): ``logreg`` goes through ``run``,
``forest`` through ``run_forest``.

``run`` (``bench_peers.py``: logreg + margin; ``bench_neural.py peers``: BALD) reads ``seed_<s>.npz`` per seed,
runs the experiment ``repeats`` times over all seeds and prints::

    {"library": ..., "version": ..., "import_seconds": float,
     "experiment_seconds": [float, ...],          # wall, one per repeat, all seeds
     "experiment_cpu_seconds": [float, ...],      # this process's CPU time (all threads; null
                                                  # for parallel runs: their workers' CPU is not ours)
     "curves": {"<seed>": [[n_labels, accuracy], ...]}}   # from the first repeat

``run_forest`` (``bench_sklearn_learners.py``) reads every ``<dataset>_<seed>.npz`` once: a random forest of
:data:`TREES` trees, margin sampling, and prints::

    {"library", "version", "import_seconds",
     "experiment_seconds": float,                  # wall, every run, after imports and data loading
     "phases": {"fit": s, "pool_proba": s, "selection": s, "test": s},   # where the time went
     "curves": {"<dataset>_<seed>": [[n_labels, accuracy], ...]}}

The BALD experiment's settings (``bench_neural.py peers``): digits (alplan's split of data seed 0), an MLP 64-128-10
with ReLU and dropout 0.25, trained from fresh weights every round by Adam (lr 3e-3, weight decay 1e-4) for
``EPOCHS`` passes over the labeled set in shuffled minibatches of 64 (the last one short, as a DataLoader); BALD on
20 MC-dropout samples of the whole unlabeled pool; test accuracy of the deterministic network (dropout off).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EPOCHS = int(os.environ.get("ALPLAN_BENCH_EPOCHS", "30"))
HIDDEN, DROPOUT, LR, WEIGHT_DECAY, BATCH, MC_SAMPLES = 128, 0.25, 3e-3, 1e-4, 64, 20
#: Trees of the reference forest.
TREES = 100


def alplan_arrays(dataset: str, seed: int, initial: int, data_seed: int | None = None) -> dict:
    """The arrays every library gets: ``load(dataset, seed=data_seed)`` (``seed`` when None) and the initial set
    ``run_one`` draws for a run with ``seed`` (``initial_indices`` on the first of ``SeedSequence(seed).spawn(4)``)."""
    import numpy as np

    import simulations.run.loop as loop
    from simulations.data.datasets import load

    ds = load(dataset, seed=seed if data_seed is None else data_seed)
    init_ss = np.random.SeedSequence(int(seed)).spawn(4)[0]
    init_pos = loop.initial_indices(ds.y_pool, initial, np.random.default_rng(init_ss))
    return {"X_pool": ds.X_pool, "y_pool": ds.y_pool, "X_test": ds.X_test, "y_test": ds.y_test, "init_pos": init_pos}


def write_arrays(folder: Path, runs, initial: int, data_seed: int | None = None) -> None:
    """One ``<name>.npz`` per ``(name, dataset, seed)`` of ``runs``: :func:`alplan_arrays` of that run."""
    import numpy as np

    for name, dataset, seed in runs:
        np.savez(Path(folder) / f"{name}.npz", **alplan_arrays(dataset, seed, initial, data_seed))


def same_arrays(ds, d: dict, what: str) -> None:
    """Refuse a run whose alplan ``Dataset`` ``ds`` is not the benchmark file's arrays ``d``."""
    import numpy as np

    for key in ("X_pool", "y_pool", "X_test", "y_test"):
        if not np.array_equal(getattr(ds, key), d[key]):
            raise SystemExit(f"alplan's {key} of {what} differs from the benchmark file")


def pairs(curve) -> list[tuple[int, float]]:
    """A curves table's ``(n_labels, accuracy)`` rows."""
    return list(zip(curve["n_labels"].tolist(), curve["accuracy"].tolist()))


def run_script(python: Path, script: str, argv: list[str], env: dict) -> dict:
    """Run the peer script ``script`` (its file in this folder, then any leading arguments: ``"modal_peer.py forest"``)
    with ``python`` (``env`` over this process's, warnings off) and return the JSON it prints; ``{"error": ...}`` (the
    interpreter missing, or the last line of its stderr) if none."""
    import subprocess

    if not Path(python).exists():
        return {"error": f"{python} missing: run benchmarks/setup_peers.sh"}
    name, *lead = script.split()
    proc = subprocess.run([str(python), str(HERE / name), *lead, *argv], capture_output=True, text=True, cwd=HERE,
                          env={**os.environ, "PYTHONWARNINGS": "ignore", **env})
    if proc.returncode != 0:
        return {"error": f"exit {proc.returncode}: {(proc.stderr.strip().splitlines() or ['no output'])[-1]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _arrays(path: Path) -> dict:
    import numpy as np

    with np.load(path) as npz:
        return {k: npz[k] for k in npz.files}


def _print(out: dict) -> None:
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


def _curves(curves: dict) -> dict:
    return {str(k): [[int(n), float(a)] for n, a in c] for k, c in curves.items()}


def parse_args(argv=None, seeds: bool = True) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder of the .npz files")
    if seeds:
        parser.add_argument("--seeds", required=True, help="comma-separated seeds")
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--rounds", type=int, required=True)
    if seeds:
        parser.add_argument("--repeats", type=int, default=3)
    return parser.parse_args(argv)


def run(library: str, version: str, import_seconds: float, experiment, argv=None, prepare=None,
        extra=None, experiment_all=None, all_in_process=False) -> None:
    """Time ``experiment(data, seed, batch_size, rounds) -> [(n, acc), ...]``.

    Data are loaded (and ``prepare(data, seed)`` run) before the clock starts;
    each repeat runs every seed. ``--repeats 0`` measures the import alone.
    ``extra()`` (optional) returns more keys for the JSON.
    ``experiment_all(data_by_seed, batch_size, rounds) -> {seed: [(n, acc), ...]}``
    (optional) replaces the per-seed loop: every seed in one call (parallel runs; with
    ``all_in_process`` in this process, so its CPU time is measured)."""
    args = parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    data = {s: _arrays(Path(args.data) / f"seed_{s}.npz") for s in seeds}
    if prepare is not None:
        for s in seeds:
            prepare(data[s], s)
    times, cpu, curves = [], [], {}
    for repeat in range(args.repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        if experiment_all is not None:
            result = experiment_all(data, args.batch_size, args.rounds)
        else:
            result = {s: experiment(data[s], s, args.batch_size, args.rounds) for s in seeds}
        times.append(time.perf_counter() - start)
        # The workers' CPU time is not this process's (and they are the forkserver's
        # children, not ours): unknown for parallel runs.
        cpu.append(None if experiment_all is not None and not all_in_process else time.process_time() - cpu_start)
        if repeat == 0:
            curves = _curves(result)
    out = {"library": library, "version": version, "import_seconds": import_seconds,
           "experiment_seconds": times, "experiment_cpu_seconds": cpu, "curves": curves}
    if extra is not None:
        out.update(extra())
    _print(out)


def timed(fn, spent: list):
    """``fn``, each call's seconds added to ``spent[0]`` (the query's predictions on the pool, inside its time)."""
    def call(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        spent[0] += time.perf_counter() - t0
        return out
    return call


class Clock:
    """Seconds spent per phase: ``with clock("fit"): ...``."""

    def __init__(self):
        self.phases: dict[str, float] = {}
        self._name = None

    def __call__(self, name: str) -> "Clock":
        self._name = name
        return self

    def __enter__(self):
        self._t0 = time.perf_counter()

    def __exit__(self, *exc):
        self.phases[self._name] = self.phases.get(self._name, 0.0) + time.perf_counter() - self._t0

    def add(self, name: str, seconds: float) -> None:
        self.phases[name] = self.phases.get(name, 0.0) + seconds

    def query(self, owner, fn, *args, **kwargs):
        """``fn(*args, **kwargs)``, its seconds split: ``owner.predict_proba``'s (the pool's predictions) to
        ``pool_proba``, the rest to ``selection``."""
        spent = [0.0]
        owner.predict_proba = timed(owner.predict_proba, spent)
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        total = time.perf_counter() - t0
        del owner.predict_proba
        self.add("pool_proba", spent[0])
        self.add("selection", total - spent[0])
        return out


class _NoClock:
    """A :class:`Clock` that times nothing: the ``logreg`` runs' loop without instrumentation."""

    def __call__(self, name: str):
        return _UNTIMED

    def query(self, owner, fn, *args, **kwargs):
        return fn(*args, **kwargs)


_UNTIMED = contextlib.nullcontext()
NO_CLOCK = _NoClock()


def run_forest(library: str, version: str, import_seconds: float, experiment=None, argv=None,
               experiment_all=None) -> None:
    """Time ``experiment(data, run_name, seed, batch_size, rounds, clock) -> [(n, acc), ...]`` over every file, or
    ``experiment_all(data_by_name, batch_size, rounds) -> {name: [(n, acc), ...]}`` in one call (no phases)."""
    args = parse_args(argv, seeds=False)
    data = {path.stem: _arrays(path) for path in sorted(Path(args.data).glob("*.npz"))}
    clock = Clock()
    start = time.perf_counter()
    if experiment_all is not None:
        curves = experiment_all(data, args.batch_size, args.rounds)
    else:
        curves = {name: experiment(d, name, int(name.rsplit("_", 1)[1]), args.batch_size, args.rounds, clock)
                  for name, d in data.items()}
    seconds = time.perf_counter() - start
    _print({"library": library, "version": version, "import_seconds": import_seconds,
            "experiment_seconds": seconds, "phases": clock.phases, "curves": _curves(curves)})


def peer(library: str, version: str, import_seconds: float, experiment) -> None:
    """The main of a script taking the learner first, for ``experiment(data, seed, batch_size, rounds,
    clock=NO_CLOCK)``: ``logreg`` runs it through :func:`run` (its clock left at :data:`NO_CLOCK`), ``forest`` through
    :func:`run_forest` with the phases' clock; the rest of the arguments are theirs."""
    learner, argv = sys.argv[1] if len(sys.argv) > 1 else None, sys.argv[2:]
    if learner == "logreg":
        run(library, version, import_seconds, experiment, argv)
    elif learner == "forest":
        run_forest(library, version, import_seconds, lambda d, name, *args: experiment(d, *args), argv)
    else:
        raise SystemExit(f"usage: {Path(sys.argv[0]).name} logreg|forest --data FOLDER ...")
