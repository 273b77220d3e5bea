"""Fake curves tables of the forecast corpus's shapes, for the tests of benchmarks/forecast (no fixtures here:
a module of its own name, not a conftest, so that it cannot be confused with another directory's conftest)."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pandas as pd

def loaded_script(path, name: str):
    """Import the benchmark script at ``path`` as module ``name`` for a fixture's life (``yield from``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up
    try:
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.modules.pop(name, None)


A, B, C = 0.92, 0.8, 0.5  # the fake true curve: acc(n) = A - B * n ** -C


def true_curve(n):
    return A - B * np.asarray(n, dtype=float) ** -C


def al_table(datasets=("fake-a", "fake-b", "fake-c", "fake-d"), seeds=(0, 1, 2, 3), noise=0.0,
             budget=1280, step=20, initial=10, seed=0) -> pd.DataFrame:
    """An AL curves table (``dataset, model, strategy, seed, n_labels, accuracy, budget``), as sk_truth.parquet."""
    rng = np.random.default_rng(seed)
    rows = []
    n = np.arange(initial, budget + 1, step)
    for ds in datasets:
        for model in ("logreg", "mlp"):
            for strategy in ("random", "margin"):
                for s in seeds:
                    acc = np.clip(true_curve(n) + noise * rng.standard_normal(n.size), 0, 1)
                    rows.append(pd.DataFrame({"dataset": ds, "model": model, "strategy": strategy, "seed": s,
                                              "n_labels": n, "accuracy": acc, "budget": budget}))
    return pd.concat(rows, ignore_index=True)


def lcdb_table(ids=(1, 2), learners=("SVC_rbf", "sklearn.tree.DecisionTreeClassifier"), seeds=(0, 1, 1000),
               noise=0.0, seed=0) -> pd.DataFrame:
    """An LCDB-extract-shaped table (``openmlid, learner, seed, n_train, accuracy``), anchors 16 * sqrt(2)^k."""
    rng = np.random.default_rng(seed)
    anchors = np.round(16 * np.sqrt(2.0) ** np.arange(20)).astype(int)
    rows = []
    for i in ids:
        for lrn in learners:
            for s in seeds:
                acc = np.clip(true_curve(anchors) + noise * rng.standard_normal(anchors.size), 0, 1)
                rows.append(pd.DataFrame({"openmlid": i, "learner": lrn, "seed": s, "n_train": anchors,
                                          "accuracy": acc}))
    return pd.concat(rows, ignore_index=True)


def named_in(ev, part: str) -> str:
    """A data-set key that evaluate_decisions' split (``ev.split_part``) puts in ``part``."""
    return next(k for k in (f"skl:synthetic{i}" for i in range(1000)) if ev.split_part(k) == part)


def decisions_truth(ev, parts=("calibration", "selection"), f1_below: float | None = None) -> pd.DataFrame:
    """A loop table as evaluate_decisions reads it: a data set a part of ``parts``, 6 seeds, random slower than
    margin, kcenter never better; macro-F1 ``f1_below`` under accuracy (0 where None)."""
    rows, n = [], np.arange(20, 801, 26)
    rng = np.random.default_rng(0)
    for part in parts:
        dataset = named_in(ev, part)
        for seed in range(6):
            for strategy, speed in (("random", 1.0), ("margin", 2.0), ("kcenter", 0.8)):
                acc = np.clip(0.92 - 0.5 * (speed * n / 20.0) ** -0.7 + rng.normal(0, 0.003, n.size), 0, 1)
                for r, (k, a) in enumerate(zip(n, acc)):
                    rows.append({"dataset": dataset, "model": "m", "strategy": strategy, "seed": seed,
                                 "batch_size": 26, "label_noise": 0.0, "round": r, "n_labels": int(k),
                                 "accuracy": float(a), "macro_f1": 0.0 if f1_below is None else float(a) - f1_below,
                                 "pool_size": 1000, "budget": 800, "part": part})
    return pd.DataFrame(rows)
