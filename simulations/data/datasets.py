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
((1347, 64), (1, 8, 8))

A user's file: ``load_file("pilot.csv", label_column="label")`` (CSV or
Parquet, the other numeric columns are features) or an NPZ with arrays ``X``
and ``y``. Bad files raise ``ValueError``/``OSError`` with one line saying
what is wrong and how to fix it.
"""

from __future__ import annotations

import functools
import hashlib
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

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

#: Refuse user files larger than this (bytes) unless ``max_bytes`` says otherwise.
DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024
#: A compressed file (NPZ, Parquet) may hold at most this many times ``max_bytes`` once decompressed.
DECOMPRESSED_FACTOR = 5
#: The most values (rows x features) a user file may hold: 100 million float32 = 400 MB.
MAX_FILE_CELLS = 100_000_000
#: Largest feature magnitude: beyond it float32 standardization overflows.
MAX_FEATURE_ABS = 1e30
#: The largest synthetic pool ``load("synthetic", n_samples=...)`` builds.
MAX_SYNTHETIC_SAMPLES = 1_000_000
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


# ----------------------------------------------------------------- helpers


def _check_params(name: str, params: dict, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        valid = ", ".join(allowed) if allowed else "none"
        raise ValueError(f"data set {name!r} has no parameter {unknown[0]!r}: valid parameters are {valid}")


def _as_int(name: str, key: str, value, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float, str)):
        raise ValueError(f"{name}: {key} must be a whole number, got {value!r}")
    try:
        as_float = float(value)
    except ValueError:
        raise ValueError(f"{name}: {key} must be a whole number, got {value!r}") from None
    if not as_float.is_integer():
        raise ValueError(f"{name}: {key} must be a whole number, got {value!r}")
    out = int(as_float)
    if out < low or (high is not None and out > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValueError(f"{name}: {key} must be {bound}, got {out}")
    return out


def _as_float(name: str, key: str, value, low: float, high: float | None = None, *, low_open: bool = False) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: {key} must be a number, got {value!r}") from None
    bad_low = out <= low if low_open else out < low
    if not np.isfinite(out) or bad_low or (high is not None and out > high):
        sym = ">" if low_open else ">="
        bound = f"{sym} {low}" + (f" and <= {high}" if high is not None else "")
        raise ValueError(f"{name}: {key} must be a finite number {bound}, got {value!r}")
    return out


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


# ----------------------------------------------------------------- proxies


def _sklearn_bundled(filename: str) -> Path | None:
    """Path of a data file bundled with scikit-learn, found WITHOUT importing it.

    Importing ``sklearn.datasets`` takes ~0.7 s (it pulls in most of
    scikit-learn); reading the two small bundled files directly takes ~10 ms.
    None if scikit-learn is not installed or the file is not where it ships it.
    """
    import importlib.util

    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / "datasets" / "data" / filename
        if path.is_file():
            return path
    return None


def _load_digits() -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's digits as ``load_digits()`` returns them: (1797, 64) pixel counts, labels."""
    path = _sklearn_bundled("digits.csv.gz")
    if path is None:  # an unusual layout: let scikit-learn find its own file
        from sklearn.datasets import load_digits

        bunch = load_digits()
        return bunch.data, bunch.target
    data = np.loadtxt(path, delimiter=",")  # what load_digits itself reads
    return data[:, :-1], data[:, -1].astype(int)


def _load_breast_cancer() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """scikit-learn's breast cancer data as ``load_breast_cancer()`` returns them, with the target names."""
    path = _sklearn_bundled("breast_cancer.csv")
    if path is None:
        from sklearn.datasets import load_breast_cancer

        bunch = load_breast_cancer()
        return bunch.data, bunch.target, tuple(str(c) for c in bunch.target_names)
    with open(path, encoding="utf-8") as fh:  # header: n_samples, n_features, target names
        header = next(fh).strip().split(",")
        data = np.loadtxt(fh, delimiter=",")
    return data[:, :-1], data[:, -1].astype(int), tuple(header[2:])


def _digits(seed: int, test_size=DEFAULT_TEST_SIZE, blind=False) -> Dataset:
    data, target = _load_digits()
    X, y = data.astype(np.float32), target.astype(np.int64)
    return _finish(
        "digits", X, y, tuple(str(c) for c in range(10)), (1, 8, 8),
        "scikit-learn's bundled 8x8 handwritten digits (UCI), 1,797 images",
        seed=seed, test_size=test_size, blind=blind,
    )


def _breast_cancer(seed: int, test_size=DEFAULT_TEST_SIZE, blind=False) -> Dataset:
    data, target, names = _load_breast_cancer()
    X, y = data.astype(np.float32), target.astype(np.int64)
    return _finish(
        "breast_cancer", X, y, names, (X.shape[1],),
        "scikit-learn's bundled Wisconsin breast cancer data, 569 tumours x 30 features",
        seed=seed, test_size=test_size, blind=blind,
    )


def _mnist1d(seed: int, n_samples=10_000, test_size=DEFAULT_TEST_SIZE, blind=False) -> Dataset:
    n_samples = _as_int("mnist1d", "n_samples", n_samples, 100, 200_000)
    X, y = _make_mnist1d(n_samples, seed)
    return _finish(
        "mnist1d", X, y, tuple(str(c) for c in range(10)), (1, X.shape[1]),
        f"MNIST-1D generated locally by the mnist1d package ({n_samples} sequences of length 40)",
        seed=seed, test_size=test_size, blind=blind,
    )


def _make_mnist1d(n_samples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Generate MNIST-1D without touching the caller's global random state.

    ``mnist1d.data.make_dataset`` reseeds numpy's and Python's global
    generators; both are saved before and restored after.
    """
    np_state = np.random.get_state()
    py_state = random.getstate()
    try:
        from mnist1d.data import get_dataset_args, make_dataset

        args = get_dataset_args()
        args.num_samples = int(n_samples)
        args.seed = int(seed)
        args.train_split = 1.0 - 1e-9  # we split (stratified) ourselves
        data = make_dataset(args)
    finally:
        np.random.set_state(np_state)
        random.setstate(py_state)
    X = np.concatenate([data["x"], data["x_test"]]).astype(np.float32)
    y = np.concatenate([data["y"], data["y_test"]]).astype(np.int64)
    return X, y


def _synthetic(
    seed: int,
    n_samples=10_000,
    n_features=20,
    n_classes=3,
    n_informative=None,
    class_sep=1.0,
    imbalance=1.0,
    test_size=DEFAULT_TEST_SIZE,
    blind=False,
) -> Dataset:
    name = "synthetic"
    n_samples = _as_int(name, "n_samples", n_samples, 20, MAX_SYNTHETIC_SAMPLES)
    n_features = _as_int(name, "n_features", n_features, 1, 10_000)
    n_classes = _as_int(name, "n_classes", n_classes, 2, 1_000)
    if n_informative is None:
        n_informative = min(n_features, max(2, n_classes))
    n_informative = _as_int(name, "n_informative", n_informative, 1, n_features)
    class_sep = _as_float(name, "class_sep", class_sep, 0.0, low_open=True)
    imbalance = _as_float(name, "imbalance", imbalance, 1.0)
    if n_samples < 4 * n_classes:
        raise ValueError(f"{name}: n_samples={n_samples} is too few for {n_classes} classes: use at least {4 * n_classes}")
    if n_samples * n_features > 200_000_000:
        raise ValueError(f"{name}: {n_samples} x {n_features} features is too large: keep n_samples * n_features <= 200,000,000")
    X, y = make_synthetic(
        n_samples, n_features, n_classes, n_informative, class_sep, imbalance,
        np.random.default_rng(np.random.SeedSequence([int(seed), 0x51D])),
    )
    return _finish(
        name, X, y, tuple(f"class_{c}" for c in range(n_classes)), (n_features,),
        f"synthetic Gaussian classes: {n_samples} x {n_features} ({n_informative} informative), "
        f"{n_classes} classes, class_sep={class_sep:g}, imbalance={imbalance:g}",
        seed=seed, test_size=test_size, blind=blind,
    )


def make_synthetic(
    n_samples: int,
    n_features: int,
    n_classes: int,
    n_informative: int,
    class_sep: float,
    imbalance: float,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian classes around random centroids, float32, in O(n_samples * n_features) memory.

    Parameters
    ----------
    n_samples, n_features, n_classes, n_informative : int
        Sizes; the class centroids differ only in the first ``n_informative``
        directions before a random rotation mixes them into all features.
    class_sep : float
        Scale of the centroids: larger separates the classes more.
    imbalance : float
        Size ratio of the largest to the smallest class (1 = balanced),
        class sizes falling geometrically in between.
    rng : numpy.random.Generator

    Returns
    -------
    X : ndarray of shape (n_samples, n_features), float32
    y : ndarray of shape (n_samples,), int64
    """
    weights = imbalance ** (-np.arange(n_classes) / max(n_classes - 1, 1))
    weights /= weights.sum()
    counts = np.maximum(np.floor(weights * n_samples).astype(np.int64), 2)
    counts[0] += n_samples - counts.sum()
    y = np.repeat(np.arange(n_classes, dtype=np.int64), counts)
    rng.shuffle(y)
    centroids = rng.standard_normal((n_classes, n_informative)).astype(np.float32)
    centroids *= np.float32(class_sep * 2.0 / np.sqrt(n_informative))
    X = rng.standard_normal((n_samples, n_features), dtype=np.float32)
    X[:, :n_informative] += centroids[y]
    if n_features > 1:
        q, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
        q = q.astype(np.float32)
        chunk = 65_536
        for start in range(0, n_samples, chunk):  # rotate in place, chunk by chunk
            X[start:start + chunk] = X[start:start + chunk] @ q
    return X, y


_PROXIES: dict[str, tuple[Callable[..., Dataset], str]] = {
    "digits": (_digits, "8x8 handwritten digits, 1,797 images, 10 classes (the MNIST stand-in)"),
    "mnist1d": (_mnist1d, "MNIST-1D, 10 classes, generated locally (n_samples, default 10,000): separates models well"),
    "synthetic": (_synthetic, "tunable Gaussian classes: n_samples (<= 1,000,000), n_features, n_classes, class_sep, imbalance"),
    "breast_cancer": (_breast_cancer, "Wisconsin breast cancer, 569 x 30, binary tabular"),
}

_PARAMS: dict[str, tuple[str, ...]] = {
    "digits": ("test_size",),
    "breast_cancer": ("test_size",),
    "mnist1d": ("n_samples", "test_size"),
    "synthetic": ("n_samples", "n_features", "n_classes", "n_informative", "class_sep", "imbalance", "test_size"),
}


def available() -> dict[str, str]:
    """Every proxy data set: ``{name: one-line summary}``.

    A user's own file is loaded with :func:`load_file` (``--dataset file --data PATH``).
    """
    return {name: summary for name, (_, summary) in _PROXIES.items()}


def load(name: str, *, seed: int = 0, blind: bool = False, **params) -> Dataset:
    """Load the proxy data set ``name`` deterministically for ``seed``.

    Parameters
    ----------
    name : str
        One of :func:`available`.
    seed : int
        Seeds the generation (mnist1d, synthetic) and the stratified split.
    **params
        Data set parameters: ``test_size`` (fraction or count; default 25 %,
        at most 20,000) everywhere; ``n_samples`` for mnist1d and synthetic;
        ``n_features, n_classes, n_informative, class_sep, imbalance`` for synthetic.
    blind : bool
        Draw the test split uniformly at random (:func:`random_split`), as a
        campaign on unlabeled data must, instead of stratified by class.

    Raises
    ------
    ValueError
        Unknown name (listing the valid ones) or a bad parameter.
    """
    if name not in _PROXIES:
        hint = " (your own data: --dataset file --data PATH)" if name == "file" else ""
        raise ValueError(f"unknown data set {name!r}: choose one of {', '.join(_PROXIES)}{hint}")
    _check_params(name, params, _PARAMS[name])
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"data set seed must be a whole number >= 0, got {seed!r}")
    return _PROXIES[name][0](int(seed), blind=bool(blind), **params)


# -------------------------------------------------------------- user files


#: A file modified less than this many nanoseconds ago is read again each time: a file system stamps a write with
#: a coarse clock, so a second write within the same tick can leave the stamp as it was ("racy git").
RACY_NS = 2_000_000_000


def file_key(path: str | Path) -> tuple | None:
    """(the resolved path, size, modification time in ns, inode) of the file ``path``: what changes whenever its
    bytes do, as git's index keys a file's hash on them; None for a file modified in the last :data:`RACY_NS`
    (its bytes may change without its stamp).

    Raises
    ------
    OSError
        The file cannot be read.
    """
    import time

    path = Path(path).resolve()
    st = path.stat()
    if time.time_ns() - st.st_mtime_ns < RACY_NS:
        return None
    return str(path), st.st_size, st.st_mtime_ns, st.st_ino


#: The digests this process computed, by :func:`file_key` (the newest few).
_DIGESTS: dict = {}


def file_digest(path: str | Path) -> str:
    """sha256 of a file's bytes (identifies the data behind a run); computed once per process while the file's
    :func:`file_key` stays the same."""
    key = file_key(path)
    known = None if key is None else _DIGESTS.get(key)
    if known is not None:
        return known
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    if key is not None:
        if len(_DIGESTS) >= 8:
            _DIGESTS.clear()
        _DIGESTS[key] = digest
    return digest


def _human_bytes(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _check_file(path: Path, max_bytes: int) -> None:
    """A regular file of at most ``max_bytes``, checked before a byte of it is read."""
    import stat

    try:
        info = path.stat()
    except FileNotFoundError:
        raise OSError(f"data file {path} does not exist: check its path") from None
    except OSError as exc:
        raise OSError(f"cannot read data file {path}: {exc.strerror or type(exc).__name__}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OSError(f"data file {path} is a folder: give a CSV, Parquet or NPZ file")
    if not stat.S_ISREG(info.st_mode):  # /dev/zero never ends, a FIFO blocks
        raise OSError(f"data file {path} is not a regular file (a device, pipe or socket): "
                      "give a CSV, Parquet or NPZ file")
    size = info.st_size
    if size > max_bytes:
        raise OSError(
            f"data file {path} is {_human_bytes(size)}, over the {_human_bytes(max_bytes)} limit: subsample it"
        )
    if size == 0:
        raise ValueError(f"data file {path} is empty: it needs a header and labeled rows")


def _check_cells(name: str, rows: int, columns: int, nbytes: int, max_bytes: int) -> None:
    """Refuse a table whose decompressed size is too large, from its header, before it is loaded."""
    limit = DECOMPRESSED_FACTOR * max_bytes
    if rows * max(columns, 1) > MAX_FILE_CELLS or nbytes > limit:
        raise ValueError(
            f"{name} holds {rows:,} x {columns:,} values ({_human_bytes(nbytes)} decompressed), over the limit of "
            f"{MAX_FILE_CELLS:,} values and {_human_bytes(limit)}: subsample it"
        )


def _csv_header(path: Path) -> list[str]:
    """The column names of a CSV's first line, as written (pandas renames a repeated name to ``name.1``), without
    the byte-order mark Excel's "CSV UTF-8" puts before them."""
    import csv

    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        line = fh.readline(1 << 20)
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


def _check_unique_columns(name: str, columns) -> None:
    seen: dict[str, str] = {}
    for column in columns:
        folded = str(column).strip().lower()
        if folded in seen:
            same = "twice" if seen[folded] == str(column) else f"as {seen[folded]!r} and {str(column)!r}"
            raise ValueError(f"{name} has the column {str(column).strip()!r} {same} (names are matched ignoring "
                             "case and spaces): rename or remove one")
        seen[folded] = str(column)


def unreadable(path: Path, exc: BaseException, kind: str) -> BaseException:
    """What to raise when reading ``path`` as ``kind`` (CSV, Parquet, ...) failed with ``exc``: ``exc`` itself when
    it is a missing file or already names the file, else one line ``cannot read NAME as KIND: ...``."""
    if isinstance(exc, FileNotFoundError) or str(exc).startswith(path.name):
        return exc
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ValueError(f"cannot read {path.name} as {kind}: {first}")


def _read_table(path: Path, label_column: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                cost_column: str | None = None) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], np.ndarray | None]:
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            _check_unique_columns(path.name, _csv_header(path))
            df = pd.read_csv(path, encoding="utf-8-sig")
        else:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata  # the footer: sizes before anything is decompressed
            _check_unique_columns(path.name, meta.schema.names)
            _check_cells(path.name, meta.num_rows, meta.num_columns,
                         sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)), max_bytes)
            from simulations.results.schema import read_parquet_bounded

            df = read_parquet_bounded(path, path.name, DECOMPRESSED_FACTOR * max_bytes)  # dictionary pages too
    except (OSError, ValueError) as exc:  # pandas' parser errors and UnicodeDecodeError are ValueErrors
        raise unreadable(path, exc, suffix[1:].upper()) from None
    columns = [str(c) for c in df.columns]
    df.columns = columns
    _check_unique_columns(path.name, columns)
    if label_column not in columns:
        shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
        raise ValueError(
            f"{path.name} has no label column {label_column!r} (columns: {shown}): "
            "give the name of its label column"
        )
    costs = None if cost_column is None else annotation_costs(df, cost_column, path.name, label_column)
    features = [c for c in columns if c not in (label_column, cost_column)]
    if not features:
        raise ValueError(f"{path.name} has no feature columns besides {label_column!r}: add numeric feature columns")
    for c in features:
        kind = df[c].dtype.kind
        if kind not in "biuf":
            raise ValueError(
                f"{path.name}: feature column {c!r} is not numeric ({df[c].dtype}): "
                "encode it as numbers or drop it"
            )
    labels = df[label_column]
    if labels.isna().any():
        row = int(np.flatnonzero(labels.isna().to_numpy())[0])
        raise ValueError(f"{path.name}: label column {label_column!r} is missing a value (data row {row + 1}): fill or drop that row")
    X = df[features].to_numpy(dtype=np.float64)
    return X, labels.to_numpy(), tuple(features), costs


#: The largest annotation cost one example may carry (in the cost column's unit): beyond it a sum could overflow.
MAX_COST = 1e12


def annotation_costs(df, cost_column: str, name: str, label_column: str = "label") -> np.ndarray:
    """The per-example annotation cost column ``cost_column`` of the table ``df`` (read from the file ``name``).

    The column is no feature: a cost such as the seconds an annotator took, or a text's length, is known of the
    examples a campaign has labeled, not of a new one, so a model never trains on it.

    Returns
    -------
    ndarray of shape (n_rows,), float64
        Finite, >= 0, at most :data:`MAX_COST`.

    Raises
    ------
    ValueError
        One line naming the column and the fix: absent, the label column itself, not numeric, a missing value,
        NaN or inf, negative, or beyond :data:`MAX_COST`.
    """
    columns = [str(c) for c in df.columns]
    fix = "give --cost-column the name of a numeric column of per-example costs (seconds, text length)"
    if cost_column not in columns:
        shown = ", ".join(columns[:8]) + (", ..." if len(columns) > 8 else "")
        raise ValueError(f"{name} has no cost column {cost_column!r} (columns: {shown}): {fix}")
    if cost_column == label_column:
        raise ValueError(f"{name}: --cost-column {cost_column!r} is the label column: {fix}")
    column = df[cost_column]
    if column.dtype.kind not in "biuf":
        raise ValueError(f"{name}: cost column {cost_column!r} is not numeric ({column.dtype}): write each "
                         "example's cost as a number (seconds, characters), or give another --cost-column")
    values = column.to_numpy(dtype=np.float64)
    bad = ~np.isfinite(values)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} has a missing, NaN or inf value (data row "
                         f"{row + 1}): give every example a cost, or drop that row")
    if (values < 0).any():
        row = int(np.flatnonzero(values < 0)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} is negative ({values[row]:g}, data row {row + 1}): "
                         "a cost is >= 0; fix that value")
    if (values > MAX_COST).any():
        row = int(np.flatnonzero(values > MAX_COST)[0])
        raise ValueError(f"{name}: cost column {cost_column!r} reaches {values[row]:.3g} (data row {row + 1}), "
                         f"beyond {MAX_COST:.0e}: rescale it (e.g. to minutes or hours)")
    return values


def _npz_member_headers(path: Path, zf) -> dict[str, tuple[tuple[int, ...], np.dtype, int]]:
    """``{array name: (shape, dtype, declared decompressed bytes)}`` of an NPZ, read from the .npy headers only."""
    headers = {}
    for info in zf.infolist():
        if not info.filename.endswith(".npy"):
            continue
        with zf.open(info) as fh:
            version = np.lib.format.read_magic(fh)
            if version == (1, 0):
                shape, _, dtype = np.lib.format.read_array_header_1_0(fh, max_header_size=10_000)
            else:
                shape, _, dtype = np.lib.format.read_array_header_2_0(fh, max_header_size=10_000)
        headers[info.filename[:-4]] = (tuple(int(n) for n in shape), dtype, int(info.file_size))
    return headers


def _read_npz(path: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> tuple[np.ndarray, np.ndarray]:
    import zipfile

    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic not in (b"PK\x03\x04", b"PK\x05\x06"):  # np.load would try to unpickle anything else
        raise ValueError(f"{path.name} is not an NPZ file (a zip of arrays): "
                         "save it with np.savez(path, X=features, y=labels)")
    try:
        with zipfile.ZipFile(path) as zf:
            headers = _npz_member_headers(path, zf)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        msg = (str(exc).splitlines() or ["unreadable"])[0] or type(exc).__name__
        raise ValueError(f"cannot read {path.name} as NPZ: {msg}") from None
    if not {"X", "y"} <= set(headers):
        raise ValueError(
            f"{path.name} must hold arrays 'X' and 'y' (found: {', '.join(sorted(headers)) or 'none'}): "
            "save it with np.savez(path, X=features, y=labels)"
        )
    for key in ("X", "y"):
        shape, dtype, declared = headers[key]
        if dtype.hasobject:
            raise ValueError(f"{path.name} holds Python objects in {key!r}, which are not loaded: "
                             "store plain numeric arrays X and y")
        cells = int(np.prod(shape, dtype=object)) if shape else 1
        rows = shape[0] if shape else 1
        _check_cells(path.name, rows, cells // max(rows, 1), max(cells * dtype.itemsize, declared), max_bytes)
    try:
        with np.load(path, allow_pickle=False) as npz:
            X, y = npz["X"], npz["y"]
    except ValueError as exc:
        msg = str(exc).splitlines()[0] if str(exc) else "unreadable"
        raise ValueError(f"cannot read {path.name} as NPZ: {msg}") from None
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise ValueError(f"cannot read {path.name} as NPZ: {str(exc).splitlines()[0] if str(exc) else 'bad file'}") from None
    if X.dtype.kind not in "biuf":
        raise ValueError(f"{path.name}: X must be numeric, got dtype {X.dtype}: encode the features as numbers")
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim < 2 or X.shape[0] == 0:
        raise ValueError(f"{path.name}: X has shape {X.shape}: expected (n_examples, n_features)")
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError(f"{path.name}: y has shape {y.shape} but X has {X.shape[0]} rows: give one label per row")
    if y.dtype.kind not in "biuUS":
        raise ValueError(f"{path.name}: y must hold integer or string labels, got dtype {y.dtype}")
    return X, y


def load_file(
    path: str | Path,
    *,
    label_column: str = "label",
    seed: int = 0,
    test_size=DEFAULT_TEST_SIZE,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    blind: bool = False,
    cost_column: str | None = None,
) -> Dataset:
    """Load the user's own labeled data: CSV or Parquet (a label column) or NPZ (``X``, ``y``).

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.parquet``/``.pq`` or ``.npz``.
    label_column : str
        Label column of a CSV/Parquet file; every other column is a feature
        and must be numeric.
    seed : int
        Seeds the stratified test split.
    test_size : float or int
        Test fraction in (0, 1) or count.
    max_bytes : int
        Refuse files larger than this.
    blind : bool
        Draw the test split uniformly at random instead of stratified by class.
    cost_column : str, optional
        A CSV/Parquet column of per-example annotation costs (:func:`annotation_costs`): not a feature; the
        pool's costs become ``cost_pool``.

    Returns
    -------
    Dataset
        Named after the file; ``input_shape`` is ``(n_features,)`` for tables
        and the per-example shape of ``X`` for an NPZ with more than 2 axes.

    Raises
    ------
    OSError
        Missing file, or a file over ``max_bytes``.
    ValueError
        Unknown format, missing label column, non-numeric features, NaN/inf,
        a single class, or a class with fewer than 2 examples; a bad cost column.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet", ".pq", ".npz"):
        raise ValueError(f"data file {path.name} must end in .csv, .parquet or .npz")
    if cost_column is not None and suffix == ".npz":
        raise ValueError(f"--cost-column names a column of a CSV or Parquet file, and {path.name} is an NPZ: "
                         "write the data as CSV/Parquet with the cost column, or leave --cost-column out")
    _check_file(path, int(max_bytes))
    costs = None
    if suffix == ".npz":
        X, labels = _read_npz(path, int(max_bytes))
        input_shape = tuple(X.shape[1:]) if X.ndim > 2 else (X.shape[1],)
        X = X.reshape(X.shape[0], -1)
        feature_names = None
    else:
        X, labels, feature_names, costs = _read_table(path, label_column, int(max_bytes), cost_column)
        input_shape = (X.shape[1],)
    if X.shape[0] == 0:
        raise ValueError(f"{path.name} has no rows: it needs labeled examples")
    finite = np.isfinite(X)
    if not finite.all():
        row, col = (int(v[0]) for v in np.nonzero(~finite))
        where = f"column {feature_names[col]!r}" if feature_names else f"feature {col}"
        raise ValueError(f"{path.name}: {where} has NaN or inf (data row {row + 1}): fill or drop those values")
    big = float(np.max(np.abs(X))) if X.size else 0.0
    if big > MAX_FEATURE_ABS:  # standardizing in float32 would overflow to inf
        raise ValueError(f"{path.name}: a feature value reaches {big:.3g}, beyond {MAX_FEATURE_ABS:.0e}: "
                         "rescale the features (e.g. to units or a log scale)")
    classes, y = np.unique(labels, return_inverse=True)
    y = y.astype(np.int64).reshape(-1)
    if classes.size < 2:
        raise ValueError(f"{path.name}: every label is {str(classes[0])!r}: a classifier needs at least 2 classes")
    counts = np.bincount(y, minlength=classes.size)
    if counts.min() < 2:
        rare = str(classes[int(np.argmin(counts))])  # "1", never "np.int64(1)"
        raise ValueError(
            f"{path.name}: class {rare!r} has only {int(counts.min())} example: "
            "every class needs at least 2 (one for the pool, one for the test split)"
        )
    return _finish(
        path.name, X, y, tuple(str(c) for c in classes), input_shape,
        f"user file {path} ({X.shape[0]} rows, {X.shape[1]} features)",
        seed=seed, test_size=test_size, blind=blind, costs=costs,
    )


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
