"""alplan: margin sampling with alplan's own logreg, through ``run_one``.

Runs in alplan's venv, called by benchmarks/bench_peers.py; prints one JSON line (see _common.py).
"""

import time

_T0 = time.perf_counter()
import os  # noqa: E402

import numpy as np  # noqa: E402

from simulations.data.datasets import load  # noqa: E402
import simulations.learners.models  # noqa: E402,F401  (the learners: part of the import cost)
from simulations.run.config import SimulationConfig  # noqa: E402
import simulations.run.loop as loop  # noqa: E402
import simulations.strategies  # noqa: E402,F401

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import pairs, run, same_arrays  # noqa: E402

DATASET = "digits"
#: ALPLAN_BENCH_WARM_START=1 (bench_peers.py's ``alplan-warm``): refit from the last round's weights.
WARM_START = os.environ.get("ALPLAN_BENCH_WARM_START", "0") == "1"
#: ALPLAN_BENCH_WORKERS=N (bench_peers.py's ``alplan-workers``): all seeds at once through
#: ``run_grid(specs, workers=N)``, a local process pool, as ``alplan simulate --workers N`` runs them;
#: ``default``: on the machine's usable cores, as ``alplan simulate`` runs them without ``--workers``.
_WORKERS = os.environ.get("ALPLAN_BENCH_WORKERS", "1")
WORKERS = None if _WORKERS == "default" else int(_WORKERS)


# What run_one actually drew as its initial set, per seed: checked against the file.
_seen_initial: dict[int, np.ndarray] = {}
_current_seed = [None]


def _record_initial_sets() -> None:
    """Wrap ``loop.initial_indices`` (run_one looks it up at call time) to record its answers."""
    original = loop.initial_indices

    def recording(y, k, rng):
        out = original(y, k, rng)
        _seen_initial.setdefault(_current_seed[0], out.copy())
        return out

    loop.initial_indices = recording

_breakdown = {"train_seconds": 0.0, "query_seconds": 0.0, "fits": 0, "queries": 0}
_first_total = [0.0]


def prepare(d: dict, seed: int) -> None:
    """Untimed: alplan's Dataset for the seed (must equal the file) and the run's spec."""
    d["dataset"] = load(DATASET, seed=seed)
    same_arrays(d["dataset"], d, f"seed {seed}")


def _spec(d: dict, seed: int, batch_size: int, rounds: int, **extra):
    return SimulationConfig(
        datasets=(DATASET,), model="logreg", strategies=("margin",), seeds=(seed,),
        initial=len(d["init_pos"]), batch_size=batch_size, rounds=rounds, warm_start=WARM_START, **extra).runs()[0]


def experiment_all(data: dict, batch_size: int, rounds: int) -> dict[int, list[tuple[int, float]]]:
    """Every seed at once on a pool of ``WORKERS`` local processes (pool start-up included).

    Each worker loads the seed's data set itself (``dataset_params`` seed =
    the run's seed: the split the benchmark file holds, checked in ``prepare``)."""
    from simulations.run.executors import run_grid

    specs = [_spec(d, seed, batch_size, rounds, dataset_params=(("seed", seed),)) for seed, d in data.items()]
    curves = run_grid(specs, workers=WORKERS)
    return {seed: pairs(g) for seed, g in curves.groupby("seed", sort=False)}


def experiment(d: dict, seed: int, batch_size: int, rounds: int) -> list[tuple[int, float]]:
    spec = _spec(d, seed, batch_size, rounds)
    _current_seed[0] = seed
    start = time.perf_counter()
    curve = loop.run_one(spec, dataset=d["dataset"])
    if seed not in _breakdown.setdefault("seeds_done", []):  # first repeat only
        _breakdown["seeds_done"].append(seed)
        _breakdown["train_seconds"] += float(curve["train_seconds"].sum())
        _breakdown["query_seconds"] += float(curve["query_seconds"].sum())
        _breakdown["fits"] += len(curve)
        _breakdown["queries"] += len(curve) - 1
        _first_total[0] += time.perf_counter() - start
    return pairs(curve)


def extra() -> dict:
    b = {k: v for k, v in _breakdown.items() if k != "seeds_done"}
    b["other_seconds"] = _first_total[0] - b["train_seconds"] - b["query_seconds"]
    return {"breakdown": b, "initial_matches": _initial_matches()}


def _initial_matches() -> bool | None:
    if not _seen_initial:
        return None
    return all(np.array_equal(_seen_initial[s], _DATA[s]["init_pos"]) for s in _seen_initial)


_DATA: dict = {}

if __name__ == "__main__":
    def _prepare(d, seed):
        prepare(d, seed)
        _DATA[seed] = d

    _record_initial_sets()
    name = "alplan" + (" (warm start)" if WARM_START else "") + (
        " (all cores)" if WORKERS is None else f" ({WORKERS} workers)" if WORKERS > 1 else "")
    run(name, version("alplan"), IMPORT_SECONDS, experiment, prepare=_prepare,
        extra=extra if WORKERS == 1 else None, experiment_all=experiment_all if WORKERS != 1 else None)
