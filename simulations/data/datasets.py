"""Proxy data sets, and the user's own labeled file, as a pool and a held-out test split.

Every loader returns a :class:`Dataset`: float32 features standardized with
the pool's statistics, int64 labels in ``[0, n_classes)``, a stratified test
split, and metadata. Everything is a pure function of its arguments (the
``seed`` included): the same call twice gives identical arrays.

>>> from simulations.data.datasets import load, available
>>> sorted(available())
['breast_cancer', 'digits', 'mnist1d', 'synthetic']
>>> ds = load("digits", seed=0)
>>> ds.X_pool.shape, ds.input_shape
((1348, 64), (1, 8, 8))

A user's file: ``load_file("pilot.csv", label_column="label")`` (CSV or
Parquet, the other numeric columns are features) or an NPZ with arrays ``X``
and ``y``. Bad files raise ``ValueError``/``OSError`` with one line saying
what is wrong and how to fix it.

The one entry to the data sets: :class:`Dataset` and its test split live in :mod:`simulations.data.base`, the
proxies in :mod:`simulations.data.proxies`, the user's file in :mod:`simulations.data.files`, all re-exported
here; :func:`load_dataset` loads a run's data set, cached per process.
"""

from __future__ import annotations

import functools

from simulations.data.base import (DEFAULT_TEST_SIZE, MAX_TEST, Dataset, count_test_rows, random_split, split_rng,
                                   standardize, stratified_split)
from simulations.data.files import (DECOMPRESSED_FACTOR, DEFAULT_MAX_FILE_BYTES, MAX_FEATURE_ABS, MAX_FILE_CELLS,
                                    _check_file, _check_unique_columns, _csv_header, _npz_member_headers,
                                    annotation_costs, file_digest, file_key, load_file, unreadable)
from simulations.data.proxies import (MAX_SYNTHETIC_SAMPLES, _load_breast_cancer, _load_digits, available, load,
                                      make_synthetic)

__all__ = [
    "load_dataset",
    "Dataset",
    "available",
    "load",
    "load_file",
    "file_digest",
    "random_split",
    "split_rng",
    "standardize",
    "count_test_rows",
    "DEFAULT_MAX_FILE_BYTES",
    "MAX_SYNTHETIC_SAMPLES",
]


@functools.lru_cache(maxsize=4)
def _load_cached(dataset: str, data_file: str | None, data_sha256: str | None,
                 label_column: str, dataset_params: tuple, blind: bool = False,
                 cost_column: str | None = None) -> Dataset:
    params = dict(dataset_params)
    if dataset == "file":
        if not data_file:
            raise ValueError("dataset 'file' needs your data: give --data PATH (CSV, Parquet or NPZ)")
        unknown = sorted(set(params) - {"seed", "test_size", "max_bytes"})
        if unknown:
            raise ValueError(
                f"your data file has no parameter {unknown[0]!r}: valid parameters are seed, test_size, max_bytes"
            )
        if data_sha256 is not None and file_digest(data_file) != data_sha256:
            raise ValueError(f"data file {data_file} changed since the runs were configured: configure them again")
        return load_file(data_file, label_column=label_column, blind=blind, cost_column=cost_column, **params)
    if cost_column is not None:
        raise ValueError(f"--cost-column names a column of your own data, and {dataset!r} is a proxy data set: "
                         "give --data PATH (CSV/Parquet with the cost column), or leave --cost-column out")
    return load(dataset, blind=blind, **params)


def load_dataset(spec) -> Dataset:
    """The data set of ``spec`` (a :class:`simulations.run.config.RunSpec`), loaded deterministically and cached
    per process (by ``spec.data_key()``)."""
    return _load_cached(*spec.data_key())
