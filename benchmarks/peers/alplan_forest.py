"""alplan: margin sampling with the ``forest`` preset, through ``run_one`` (or ``run_grid`` on worker processes).

Runs in alplan's venv, called by benchmarks/bench_sklearn_learners.py; prints one JSON line (see _common.py).
``ALPLAN_BENCH_WORKERS=N``: every run at once through
``run_grid(specs, workers=N)`` (as ``alplan simulate --workers N`` or ``alplan grid`` run them; N = 1 in this
process, N > 1 on a local process pool, its start-up included; ``default``: the machine's usable cores, as
``alplan simulate`` runs them without ``--workers``), without the phase breakdown.
"""

import time

_T0 = time.perf_counter()
import os  # noqa: E402

import simulations.learners.estimators  # noqa: E402,F401  (the wrapper: part of the import cost)
import simulations.run.loop as loop  # noqa: E402
import simulations.strategies  # noqa: E402,F401
from simulations.data.datasets import load  # noqa: E402
from simulations.run.config import SimulationConfig  # noqa: E402
import sklearn.ensemble  # noqa: E402,F401  (the forest: imported by the peers' scripts too)

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import PackageNotFoundError, version  # noqa: E402

import sklearn  # noqa: E402


def _version() -> str:
    """alplan's version (``source`` when run from a checkout on PYTHONPATH) and the scikit-learn it runs on."""
    try:
        own = version("alplan")
    except PackageNotFoundError:
        own = "source"
    return f"{own}, scikit-learn {sklearn.__version__}"

from _common import TREES, pairs, run_forest, same_arrays, timed  # noqa: E402

#: Set (to N): every run through ``run_grid(specs, workers=N)`` (N = 1: this process), no phase breakdown.
WORKERS = os.environ.get("ALPLAN_BENCH_WORKERS")


def _spec(dataset, d, seed, batch_size, rounds):
    return SimulationConfig(datasets=(dataset,), model="forest", model_params=(("n_estimators", TREES),),
                            strategies=("margin",), seeds=(seed,), initial=len(d["init_pos"]),
                            batch_size=batch_size, rounds=rounds, dataset_params=(("seed", seed),)).runs()[0]


_context = loop.query_context


def experiment(d, name, seed, batch_size, rounds, clock):
    """One run through ``run_one``; the phases from the curves table and a timer on the query's predictions."""
    dataset = name.rsplit("_", 1)[0]
    ds = load(dataset, seed=seed)
    same_arrays(ds, d, name)
    spent = [0.0]
    loop.query_context = timed(_context, spent)  # the strategy's inputs: predict_proba on the unlabeled pool
    t0 = time.perf_counter()
    curve = loop.run_one(_spec(dataset, d, seed, batch_size, rounds), dataset=ds)
    total = time.perf_counter() - t0
    loop.query_context = _context
    fit, query = float(curve["train_seconds"].sum()), float(curve["query_seconds"].sum())
    clock.add("fit", fit)
    clock.add("pool_proba", spent[0])
    clock.add("selection", query - spent[0])
    clock.add("test", total - fit - query)  # test predictions, stopping signals, bookkeeping
    return pairs(curve)


def experiment_all(data: dict, batch_size: int, rounds: int) -> dict:
    from simulations.run.executors import run_grid

    specs = [_spec(name.rsplit("_", 1)[0], d, int(name.rsplit("_", 1)[1]), batch_size, rounds)
             for name, d in data.items()]
    curves = run_grid(specs, workers=None if WORKERS == "default" else int(WORKERS))
    return {f"{dataset}_{seed}": pairs(g) for (dataset, seed), g in curves.groupby(["dataset", "seed"], sort=False)}


if __name__ == "__main__":
    if WORKERS is not None:
        run_forest(f"alplan ({WORKERS} workers)", _version(), IMPORT_SECONDS, experiment_all=experiment_all)
    else:
        run_forest("alplan", _version(), IMPORT_SECONDS, experiment)
