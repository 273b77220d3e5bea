"""alplan: BALD with its ``mlp`` learner, every seed's run in one lockstep group (``run_grid``, one process).

Runs in alplan's venv; prints one JSON line (see _common.py). Settings: _common.py, as ``model_params`` (``epochs`` =
the same passes per round). ALPLAN_BENCH_LOCKSTEP=0 runs the seeds one after the other (``run_one``) instead.
"""

import time

_T0 = time.perf_counter()
import os  # noqa: E402

import numpy as np  # noqa: E402

import simulations.learners.models  # noqa: E402,F401
from simulations.run.config import SimulationConfig  # noqa: E402
from simulations.run.executors import run_grid  # noqa: E402
import simulations.run.loop as loop  # noqa: E402
import simulations.strategies  # noqa: E402,F401

import torch  # noqa: E402,F401  (alplan imports it at the first fit: counted with the imports)

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import BATCH, DROPOUT, EPOCHS, HIDDEN, LR, MC_SAMPLES, WEIGHT_DECAY, pairs, run  # noqa: E402

LOCKSTEP = os.environ.get("ALPLAN_BENCH_LOCKSTEP", "1") != "0"


def _specs(data: dict, batch_size: int, rounds: int):
    params = (("batch_size", BATCH), ("dropout", DROPOUT), ("epochs", EPOCHS), ("hidden", HIDDEN),
              ("loss_tol", 0.0), ("lr", LR), ("weight_decay", WEIGHT_DECAY))  # no early stop: the peers' budget
    specs = SimulationConfig(datasets=("digits",), model="mlp", model_params=params, strategies=("bald",),
                             seeds=tuple(data), initial=len(next(iter(data.values()))["init_pos"]),
                             batch_size=batch_size, rounds=rounds, mc_samples=MC_SAMPLES).runs()
    for spec, (seed, d) in zip(specs, data.items()):  # the files hold what run_one draws
        init_ss = np.random.SeedSequence(int(seed)).spawn(4)[0]
        ds = loop.load_dataset(spec)
        drawn = loop.initial_indices(ds.y_pool, len(d["init_pos"]), np.random.default_rng(init_ss))
        if not (np.array_equal(drawn, d["init_pos"]) and np.array_equal(ds.X_pool, d["X_pool"])):
            raise SystemExit(f"alplan's data or initial set for seed {seed} differs from the benchmark file")
    return specs


def experiment_all(data: dict, batch_size: int, rounds: int) -> dict:
    specs = _specs(data, batch_size, rounds)
    if LOCKSTEP:
        curves = run_grid(specs)
    else:
        import pandas as pd

        curves = pd.concat([loop.run_one(s) for s in specs])
    return {seed: pairs(g) for seed, g in curves.groupby("seed", sort=False)}


if __name__ == "__main__":
    torch.set_num_threads(1)
    run("alplan" + ("" if LOCKSTEP else " (one run at a time)"), version("alplan"), IMPORT_SECONDS, None,
        experiment_all=experiment_all, all_in_process=True)
