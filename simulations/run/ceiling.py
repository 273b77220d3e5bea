"""The ceiling of a proxy: test accuracy with the WHOLE pool labeled, per learner and seed.

Every AL curve of a data set ends at or below what its learner reaches when
every pool example is labeled (with the same label noise). That point is
measured once per (data set or data file hash, model, model spec version,
seed, label noise, model parameters) and kept in the results store as a
one-row run of the pseudo-strategy :data:`FULL_POOL`, under its own run key:
the store's transactional discipline (rows and ``done`` status in one
transaction; ``kill -9`` leaves a ``running`` run with no row) applies as is,
and no new table is needed. :meth:`simulations.results.store.Store.curves` leaves
these rows out unless asked for by ``strategy=FULL_POOL``.

The fit is the one an AL run of the same seed would make with the whole pool:
the same data set split (the split depends on the data set's own ``seed``
parameter, not the run seed), the learner built with the same
hyperparameters, its generator the run's model stream (the third child of
``SeedSequence(seed)``, as for an AL run's first fit), trained from scratch on
every pool example. With label noise, each pool label is drawn once from the
oracle at the run's rate, with the run's noise stream (the second child), in
pool order: the same rate as the AL runs', though not their very draws (an AL
run draws in the order its strategy buys).

>>> from simulations.run.config import SimulationConfig
>>> cfg = SimulationConfig(datasets=("breast_cancer",), seeds=(0,), rounds=2)
>>> full_pool_accuracy(cfg).columns.tolist()                  # doctest: +SKIP
['dataset', 'model', 'seed', 'label_noise', 'n_labels', 'n_test', 'accuracy', 'macro_f1']
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from simulations.data.oracle import Oracle
from simulations.learners.models import make_learner
from simulations.results.schema import CURVE_COLUMNS, METRIC_COLUMNS
from simulations.results.store import FULL_POOL, Store  # FULL_POOL: the strategy name of a stored ceiling (filtered on)
from simulations.run.config import MODEL_SPEC_VERSIONS, SPEC_VERSION, RunSpec, SimulationConfig
from simulations.run.loop import load_dataset, minority_class, score_predictions

__all__ = ["FULL_POOL", "POOL_COLUMNS", "FullPoolSpec", "full_pool_accuracy", "full_pool_one",
           "full_pool_specs", "pool_summary_lines"]

#: Columns of :func:`full_pool_accuracy`'s table (and of ``alplan simulate --full-pool``'s ``.pool.csv``).
POOL_COLUMNS: tuple[str, ...] = (
    "dataset", "model", "seed", "label_noise", "n_labels", "n_test", *METRIC_COLUMNS,
)
#: Bumped when the ceiling's computation changes meaning (part of :meth:`FullPoolSpec.key`).
FULL_POOL_VERSION = 1


@dataclass(frozen=True)
class FullPoolSpec:
    """One ceiling: a data set, a learner and a seed, the whole pool labeled.

    Parameters
    ----------
    dataset, model : str
    seed : int
    label_noise : float
    confusion : tuple of tuple of float or None
    data_file, data_sha256, label_column, dataset_params : the data, as in :class:`RunSpec`
    model_params : tuple of (key, value) pairs
    n_pool, n_test : int
        Sizes of the loaded data set's pool and test split (a function of the
        data fields; kept so that a stored ceiling reads back without loading
        the data).
    blind_start : bool
        The test split drawn without the labels (``--blind-start``), as in :class:`RunSpec`.
    """

    dataset: str
    model: str
    seed: int
    label_noise: float
    n_pool: int
    n_test: int
    confusion: tuple[tuple[float, ...], ...] | None = None
    data_file: str | None = None
    data_sha256: str | None = None
    label_column: str = "label"
    dataset_params: tuple[tuple[str, object], ...] = ()
    model_params: tuple[tuple[str, object], ...] = ()
    blind_start: bool = False

    @classmethod
    def from_run(cls, spec: RunSpec, n_pool: int, n_test: int) -> "FullPoolSpec":
        """The ceiling of the AL run ``spec`` (its data, learner, seed and noise)."""
        return cls(
            dataset=spec.dataset, model=spec.model, seed=int(spec.seed), label_noise=float(spec.label_noise),
            n_pool=int(n_pool), n_test=int(n_test), confusion=spec.confusion, data_file=spec.data_file,
            data_sha256=spec.data_sha256, label_column=spec.label_column, dataset_params=spec.dataset_params,
            model_params=spec.model_params, blind_start=bool(spec.blind_start),
        )

    def to_dict(self) -> dict:
        """JSON-ready dict; ``strategy`` and ``batch_size`` are the store's identity of a ceiling row."""
        d = asdict(self)
        d["dataset_params"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.dataset_params}
        d["model_params"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.model_params}
        d["confusion"] = None if self.confusion is None else [list(r) for r in self.confusion]
        if not self.blind_start:  # a ceiling on a stratified split keeps the key it had before blind starts
            del d["blind_start"]
        d["strategy"] = FULL_POOL
        d["batch_size"] = self.n_pool  # the whole pool, bought at once
        d["kind"] = "full_pool"
        d["full_pool_version"] = FULL_POOL_VERSION
        d["spec_version"] = SPEC_VERSION
        if self.model in MODEL_SPEC_VERSIONS:
            d["model_spec_version"] = MODEL_SPEC_VERSIONS[self.model]
        return d

    def data_key(self) -> tuple:
        """The fields that determine the loaded data set (as :meth:`RunSpec.data_key`)."""
        return (self.dataset, self.data_file, self.data_sha256, self.label_column, self.dataset_params,
                self.blind_start)

    def key(self) -> str:
        """Stable sha256 of the canonical JSON of the fields (never equal to an AL run's key)."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), allow_nan=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def full_pool_specs(config: SimulationConfig) -> list[FullPoolSpec]:
    """One :class:`FullPoolSpec` per (data set, seed) of ``config`` (its learner; the strategies do not matter).

    ``config`` is validated first (``ValueError``/``OSError``, one line).
    """
    config.validate()
    out = []
    for spec in config._specs(strategies=config.strategies[:1], seeds=config.seeds):
        ds = load_dataset(spec)  # cached: validate() loaded it
        out.append(FullPoolSpec.from_run(spec, ds.n_pool, ds.n_test))
    return out


def full_pool_one(spec: FullPoolSpec) -> pd.DataFrame:
    """Fit ``spec``'s learner on the whole pool and measure it: the ceiling as one curves-table row.

    Returns
    -------
    pandas.DataFrame of shape (1, len(CURVE_COLUMNS))
        strategy :data:`FULL_POOL`, round 0, ``n_labels`` = pool size,
        ``batch_size`` = pool size, the test scores (``METRIC_COLUMNS``) on the
        true test labels, the signal and hybrid columns NaN.
    """
    ds = load_dataset(spec)
    if (ds.n_pool, ds.n_test) != (spec.n_pool, spec.n_test):
        raise ValueError(f"data set {ds.name} now has a pool of {ds.n_pool} and a test split of {ds.n_test}, "
                         f"not {spec.n_pool} and {spec.n_test}: configure the ceiling again")
    oracle = Oracle.from_noise(spec.confusion if spec.confusion is not None else spec.label_noise, ds.n_classes)
    _init_ss, noise_ss, model_ss, _query_ss = np.random.SeedSequence(int(spec.seed)).spawn(4)  # as the AL loop
    y_observed = oracle.label(ds.y_pool, np.random.default_rng(noise_ss))  # one draw per example, pool order
    learner = make_learner(spec.model, n_features=ds.n_features, n_classes=ds.n_classes,
                           input_shape=ds.input_shape, **dict(spec.model_params))
    t0 = time.perf_counter()
    learner.fit(ds.X_pool, y_observed, rng=np.random.default_rng(model_ss))
    seconds = time.perf_counter() - t0
    pred = learner.predict(ds.X_test)
    row = [ds.name, spec.model, FULL_POOL, int(spec.seed), int(ds.n_pool), float(spec.label_noise), 0,
           int(ds.n_pool), *score_predictions(ds.y_test, pred, ds.n_classes, minority_class(ds.y_pool, ds.n_classes)),
           seconds, 0.0]
    row += [float("nan")] * (len(CURVE_COLUMNS) - len(row))  # the signals and the hybrid columns
    return pd.DataFrame.from_records([row], columns=list(CURVE_COLUMNS))


Progress = Callable[[int, int, str], None]


def full_pool_accuracy(config: SimulationConfig | list[FullPoolSpec], *, db=None,
                       progress: Progress | None = None) -> pd.DataFrame:
    """The test scores (every metric column) of the learner trained on the whole pool, per data set and seed.

    Parameters
    ----------
    config : SimulationConfig or list of FullPoolSpec
        Its data sets, learner (with its parameters), seeds and label noise;
        the strategies and budget do not matter. Validated first.
    db : str, PathLike or simulations.results.store.Store, optional
        Results database: a ceiling already stored is read back, not refitted;
        a new one is stored (rows and status in one transaction).
    progress : callable ``(done, total, info)``, optional

    Returns
    -------
    pandas.DataFrame
        Columns :data:`POOL_COLUMNS`, one row per (data set, seed) in the
        order of the configuration: ``n_labels`` is the pool size, ``n_test``
        the test split's, every score of :data:`~simulations.results.schema.METRIC_COLUMNS` on the true test
        labels (``minority_recall`` NaN beyond two classes).
        Deterministic given the seeds.
    """
    specs = full_pool_specs(config) if isinstance(config, SimulationConfig) else list(config)
    own = db is not None and not isinstance(db, Store)
    store = Store(db) if own else db
    ok = False
    rows = []
    try:
        if progress is not None:
            progress(0, len(specs), "ceilings")
        for done, spec in enumerate(specs, start=1):
            row = None
            if store is not None:
                stored = store.curves(keys=[spec.key()], strategy=FULL_POOL)
                if len(stored):
                    row = stored.iloc[:1]
            if row is None:
                if store is not None:
                    store.mark_running(spec, worker=socket.gethostname())
                started, cpu0, t0 = time.time(), os.times(), time.perf_counter()
                try:
                    row = full_pool_one(spec)
                except (ValueError, OSError) as exc:
                    if store is not None:
                        store.mark_failed(spec, f"{type(exc).__name__}: {exc}")
                    raise
                if store is not None:
                    cpu1 = os.times()
                    store.write_run(spec, row, {
                        "started_at": started, "wall_seconds": time.perf_counter() - t0,
                        "cpu_seconds": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system),
                    })
            rows.append({
                "dataset": str(row["dataset"].iloc[0]), "model": spec.model, "seed": int(spec.seed),
                "label_noise": float(spec.label_noise), "n_labels": int(row["n_labels"].iloc[0]),
                "n_test": int(spec.n_test), **{m: float(row[m].iloc[0]) for m in METRIC_COLUMNS},
            })
            if progress is not None:
                progress(done, len(specs), f"{spec.dataset} full pool seed {spec.seed}")
        ok = True
    finally:
        if own and not ok:
            store.discard_if_new_and_empty()
        elif own:
            store.close()
    out = pd.DataFrame.from_records(rows, columns=list(POOL_COLUMNS))
    return out.astype({"seed": "int64", "n_labels": "int64", "n_test": "int64", "label_noise": "float64",
                       **dict.fromkeys(METRIC_COLUMNS, "float64")})


def pool_summary_lines(table: pd.DataFrame) -> list[str]:
    """One line per (data set, model, label noise) of a :func:`full_pool_accuracy` table.

    >>> t = pd.DataFrame({"dataset": ["digits"] * 2, "model": ["logreg"] * 2, "seed": [0, 1],
    ...                   "label_noise": [0.0, 0.0], "n_labels": [1347, 1347], "n_test": [450, 450],
    ...                   "accuracy": [0.971, 0.98], "macro_f1": [0.97, 0.98]})
    >>> pool_summary_lines(t)
    ['digits logreg: with the whole pool of 1,347 labeled: accuracy 0.976 (0.971-0.980 over 2 seeds)']
    """
    lines = []
    for (dataset, model, noise), group in table.groupby(["dataset", "model", "label_noise"], sort=False):
        acc = group["accuracy"].to_numpy(dtype=float)
        sizes = sorted(set(int(v) for v in group["n_labels"]))
        pool = ", ".join(f"{v:,}" for v in sizes)
        low, high = f"{acc.min():.3f}", f"{acc.max():.3f}"
        spread = ("1 seed" if len(acc) == 1 else f"the same over {len(acc)} seeds" if low == high
                  else f"{low}-{high} over {len(acc)} seeds")
        noisy = f" at label noise {noise:g}" if noise > 0 else ""
        mean = math.fsum(acc) / len(acc)
        lines.append(f"{dataset} {model}: with the whole pool of {pool} labeled{noisy}: "
                     f"accuracy {mean:.3f} ({spread})")
    return lines


def pool_csv_path(out: str | os.PathLike) -> Path:
    """The ceiling table beside the curves output: ``curves.csv`` -> ``curves.pool.csv``."""
    out = Path(out)
    return out.with_name(f"{out.stem}.pool.csv")


def pool_ceiling(config: SimulationConfig, *, db=None) -> dict | None:
    """The first data set's scores with its whole pool labeled, summarised over the config's seeds.

    ``{"accuracy": mean, "se": standard error over the seeds (None for one seed), "n_pool": pool size,
    "seeds": count, "metrics": {metric: {"accuracy": mean, "se": ...}}}`` (``metrics``: every score of
    :data:`~simulations.results.schema.METRIC_COLUMNS` measured on every seed; the top-level pair is
    accuracy's), or None when nothing could be measured; cached in ``db`` as :func:`full_pool_accuracy` is.
    What the dashboard applies beside a proxy's verdict, on the metric it plans on.
    """
    table = full_pool_accuracy(config, db=db)
    if table.empty:
        return None
    first = table[table["dataset"] == table["dataset"].iloc[0]]
    metrics = {}
    for metric in METRIC_COLUMNS:
        values = first[metric].to_numpy(dtype=float)
        if values.size and np.isfinite(values).all() and 0.0 < values.mean() <= 1.0:
            se = float(np.std(values, ddof=1) / np.sqrt(values.size)) if values.size >= 2 else None
            metrics[metric] = {"accuracy": float(values.mean()), "se": se or None}
    acc = metrics.get("accuracy", {"accuracy": float(first["accuracy"].mean()), "se": None})
    return {"accuracy": acc["accuracy"], "se": acc["se"], "n_pool": int(first["n_labels"].iloc[0]),
            "seeds": int(len(first)), "metrics": metrics}
