"""The proxy data sets: scikit-learn's bundled digits and breast cancer data, MNIST-1D and tunable Gaussian classes.

>>> sorted(available())
['breast_cancer', 'digits', 'mnist1d', 'synthetic']
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Callable

import numpy as np

from simulations.data.base import DEFAULT_TEST_SIZE, Dataset, _finish

__all__ = ["MAX_SYNTHETIC_SAMPLES", "available", "load", "make_synthetic"]

#: The largest synthetic pool ``load("synthetic", n_samples=...)`` builds.
MAX_SYNTHETIC_SAMPLES = 1_000_000


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


def _sklearn_bundled(filename: str) -> Path | None:
    """Path of a data file bundled with scikit-learn, found WITHOUT importing it.

    Importing ``sklearn.datasets`` takes ~0.7 s (it pulls in most of
    scikit-learn); reading the two small bundled files directly takes ~10 ms.
    None if scikit-learn is not installed or the file is not where it ships it.
    """
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
        from sklearn.datasets import load_digits  # lazy: start-up time

        bunch = load_digits()
        return bunch.data, bunch.target
    data = np.loadtxt(path, delimiter=",")  # what load_digits itself reads
    return data[:, :-1], data[:, -1].astype(int)


def _load_breast_cancer() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """scikit-learn's breast cancer data as ``load_breast_cancer()`` returns them, with the target names."""
    path = _sklearn_bundled("breast_cancer.csv")
    if path is None:
        from sklearn.datasets import load_breast_cancer  # lazy: start-up time

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
        from mnist1d.data import get_dataset_args, make_dataset  # lazy: start-up time

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
