"""A data set: a pool to label and a held-out test split, standardized with the pool's statistics.

Every loader (:mod:`simulations.data.proxies`, :mod:`simulations.data.files`) ends in :func:`_finish`: the test
split (stratified, or uniformly at random for a blind start), float32 features standardized with the pool's mean
and standard deviation, int64 labels, every array read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["DEFAULT_TEST_SIZE", "Dataset", "count_test_rows", "random_split", "split_rng", "standardize",
           "stratified_split"]

#: Test split: this fraction of the examples, at most ``MAX_TEST`` of them.
DEFAULT_TEST_SIZE = 0.25
MAX_TEST = 20_000


@dataclass(frozen=True)
class Dataset:
    """A pool to label and a held-out test split.

    Parameters
    ----------
    name : str
        Data set name (``digits``, ..., or the user's file name).
    X_pool : ndarray of shape (n_pool, n_features), float32
        Standardized with the pool's mean and standard deviation. Read-only.
    y_pool : ndarray of shape (n_pool,), int64
        True labels in ``[0, n_classes)``. Read-only.
    X_test : ndarray of shape (n_test, n_features), float32
        Standardized with the pool's statistics. Read-only.
    y_test : ndarray of shape (n_test,), int64
    classes : tuple of str
        Class names; index = label.
    input_shape : tuple of int
        Per-example shape for conv nets: ``(1, 8, 8)``, ``(1, 40)``;
        ``(n_features,)`` for tabular data.
    source : str
        Where the data came from, in words.
    cost_pool : ndarray of shape (n_pool,), float64, optional
        Each pool example's annotation cost (seconds, text length: the unit of the user's cost column), finite
        and >= 0; None when the data set carries none. Never a feature. Read-only.
    """

    name: str
    X_pool: np.ndarray
    y_pool: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    classes: tuple[str, ...]
    input_shape: tuple[int, ...]
    source: str
    cost_pool: np.ndarray | None = None

    @property
    def n_classes(self) -> int:
        return len(self.classes)

    @property
    def n_features(self) -> int:
        return int(self.X_pool.shape[1])

    @property
    def n_pool(self) -> int:
        return int(self.X_pool.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.X_test.shape[0])

    @property
    def is_image_like(self) -> bool:
        """True when ``input_shape`` has a channel axis (conv nets apply)."""
        return len(self.input_shape) >= 2


# ----------------------------------------------------------------- the split


def count_test_rows(name: str, n: int, test_size) -> int:
    """Number of test examples for ``n`` examples: a fraction in (0, 1) or a count."""
    try:
        t = float(test_size) if not isinstance(test_size, bool) else float("nan")
    except (TypeError, ValueError):
        t = float("nan")
    if 0 < t < 1:
        count = min(int(round(t * n)), MAX_TEST)
    elif t >= 1 and t.is_integer():
        count = int(t)
    else:
        raise ValueError(f"{name}: test_size must be a fraction in (0, 1) or a whole count, got {test_size!r}")
    if count < 1 or count > n - 1:
        raise ValueError(f"{name}: test_size gives {count} test examples out of {n}; leave at least 1 for each side")
    return count


def stratified_split(y: np.ndarray, n_test: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Split row indices into (pool, test), each class proportionally represented.

    Every class with at least 2 examples keeps at least one in each part.

    Parameters
    ----------
    y : ndarray of int of shape (n,)
        Labels in ``[0, n_classes)``.
    n_test : int
        Test examples wanted (rounded per class, so the total can differ by a few).
    rng : numpy.random.Generator

    Returns
    -------
    pool_idx, test_idx : ndarray of int64
        Sorted, disjoint, covering ``0 .. n-1``.
    """
    n = y.shape[0]
    counts = np.bincount(y)
    want = np.floor(counts * (n_test / n)).astype(np.int64)
    # Largest remainders get the leftover test slots, so the total is exact.
    rest = n_test - int(want.sum())
    if rest > 0:
        frac = counts * (n_test / n) - want
        want[np.argsort(-frac, kind="stable")[:rest]] += 1
    want = np.clip(want, np.minimum(counts, 1), np.maximum(counts - 1, 0))
    perm = rng.permutation(n)
    order = perm[np.argsort(y[perm], kind="stable")]  # grouped by class, random within
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n) - np.repeat(starts, counts)
    is_test = rank < want[y]
    return np.flatnonzero(~is_test), np.flatnonzero(is_test)


def random_split(n: int, n_test: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Split row indices into (pool, test) uniformly at random, without looking at any label.

    What a campaign on unlabeled data can draw (``alplan campaign start``), and
    what ``blind_start`` runs draw so a simulation picks the same test split.

    Parameters
    ----------
    n : int
        Rows.
    n_test : int
        Test rows, ``1 <= n_test < n``.
    rng : numpy.random.Generator

    Returns
    -------
    pool_idx, test_idx : ndarray of int64
        Sorted, disjoint, covering ``0 .. n-1``.
    """
    perm = rng.permutation(n)
    return np.sort(perm[n_test:]), np.sort(perm[:n_test])


def split_rng(seed: int) -> np.random.Generator:
    """The generator of a data set's test split for ``seed`` (stratified or random)."""
    return np.random.default_rng(np.random.SeedSequence([int(seed), 0x5EED]))


def standardize(X_pool: np.ndarray, X_test: np.ndarray) -> None:
    """Standardize both float32 arrays in place with the pool's column mean and standard deviation."""
    mean, std = _column_mean_std(X_pool)
    std[std < 1e-12] = 1.0  # constant features (blank pixels) stay at 0
    mean32, inv32 = mean.astype(np.float32), (1.0 / std).astype(np.float32)
    for X in (X_pool, X_test):
        X -= mean32
        X *= inv32


def _column_mean_std(X: np.ndarray, chunk: int = 65_536) -> tuple[np.ndarray, np.ndarray]:
    """Column mean and standard deviation in float64, chunk by chunk (no full-size temporaries)."""
    n = X.shape[0]
    total = np.zeros(X.shape[1], dtype=np.float64)
    for start in range(0, n, chunk):
        total += X[start:start + chunk].sum(axis=0, dtype=np.float64)
    mean = total / n
    sq = np.zeros(X.shape[1], dtype=np.float64)
    for start in range(0, n, chunk):
        d = X[start:start + chunk].astype(np.float64) - mean
        sq += np.einsum("ij,ij->j", d, d)
    return mean, np.sqrt(sq / n)


def _freeze(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def _finish(
    name: str,
    X: np.ndarray,
    y: np.ndarray,
    classes: tuple[str, ...],
    input_shape: tuple[int, ...],
    source: str,
    *,
    seed: int,
    test_size,
    blind: bool = False,
    costs: np.ndarray | None = None,
) -> Dataset:
    """Split (stratified, or uniformly at random when ``blind``), standardize with pool statistics, cast to
    float32, freeze; ``costs`` (one per row of ``X``) follow the pool's rows into ``cost_pool``."""
    rng = split_rng(seed)
    n_test = count_test_rows(name, y.shape[0], test_size)
    pool_idx, test_idx = random_split(y.shape[0], n_test, rng) if blind else stratified_split(y, n_test, rng)
    X_pool = np.asarray(X[pool_idx], dtype=np.float32)
    X_test = np.asarray(X[test_idx], dtype=np.float32)
    standardize(X_pool, X_test)
    return Dataset(
        name=name,
        X_pool=_freeze(X_pool),
        y_pool=_freeze(np.ascontiguousarray(y[pool_idx], dtype=np.int64)),
        X_test=_freeze(X_test),
        y_test=_freeze(np.ascontiguousarray(y[test_idx], dtype=np.int64)),
        classes=tuple(classes),
        input_shape=tuple(int(s) for s in input_shape),
        source=source,
        cost_pool=None if costs is None else _freeze(np.ascontiguousarray(costs[pool_idx], dtype=np.float64)),
    )
