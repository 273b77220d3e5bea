"""The registry of the corpus's generators, and the helpers their bodies share.

One public mapping, :data:`GENERATORS` (name -> :class:`Generator`), as lmfit keeps its line shapes in one public
tuple: a new generator is one decorated function, and the parametrised test covers it the moment it exists. Three
kinds:

* ``maker`` ``(n, seed, params) -> (X, y)``: scikit-learn's bundled sets and ``make_*`` generators
  (``random_state=seed``);
* ``shape`` ``(n, rng, params) -> (X, y)``: numpy shapes, ``rng = np.random.default_rng(seed)`` (a shape that also
  needs the integer seed takes it as a fourth argument, ``seed``);
* ``variant`` ``(X, y, which, seed) -> (X, y)``: one of scikit-learn's bundled sets (``params["base"]``) transformed;
  ``which`` is the variant as a spec spells it (``flip25``: the generator ``variant:flip`` reads the 25 off it); a
  variant that also reads its parameters takes them as a fifth argument, ``params``.

:func:`generate` runs one and returns float64 features and labels ``0..C-1``.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable

import numpy as np
from sklearn import datasets as skd

#: Every generator by name (variants as ``variant:<name>``), filled by the decorators below.
GENERATORS: dict[str, "Generator"] = {}


@dataclass(frozen=True)
class Generator:
    """One registered generator: its name, kind and function."""

    name: str
    kind: str
    func: Callable


def _register(kind: str, name_or_func, prefix: str = ""):
    def add(func: Callable, name: str | None = None) -> Callable:
        key = prefix + (name or func.__name__)
        if key in GENERATORS:
            raise ValueError(f"generator {key!r} registered twice")
        GENERATORS[key] = Generator(key, kind, func)
        return func

    if callable(name_or_func):
        return add(name_or_func)
    return lambda func: add(func, name_or_func)


def maker(name_or_func):
    """Register a scikit-learn maker ``(n, seed, params)``: ``@maker`` or ``@maker("name")``."""
    return _register("maker", name_or_func)


def shape(name_or_func):
    """Register a numpy shape ``(n, rng, params)``: ``@shape`` or ``@shape("name")``."""
    return _register("shape", name_or_func)


def variant(name_or_func):
    """Register a variant of a bundled set ``(X, y, which, seed)`` as ``variant:<name>``."""
    return _register("variant", name_or_func, prefix="variant:")


def generate(generator: str, params: dict, n_samples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The data set ``generator`` makes from ``params``: features (float64) and labels ``0..C-1`` (int64).

    ``n_samples`` is read by makers and shapes (a bundled set or a variant has its own size); ``seed`` fixes every
    random draw, so the same arguments give the same arrays."""
    g = GENERATORS.get(generator)
    if g is None:
        raise ValueError(f"unknown generator {generator!r}; see corpus.GENERATORS ({len(GENERATORS)} of them)")
    if g.kind == "maker":
        X, y = g.func(n_samples, seed, dict(params))
    elif g.kind == "shape":
        extra = {"seed": seed} if "seed" in inspect.signature(g.func).parameters else {}
        X, y = g.func(n_samples, np.random.default_rng(seed), dict(params), **extra)
    else:
        X, y = getattr(skd, f"load_{params['base']}")(return_X_y=True)
        extra = {"params": params} if "params" in inspect.signature(g.func).parameters else {}
        X, y = g.func(X, y, params["which"], seed, **extra)
        if "redraw" in params:   # then a share of the labels redrawn among the variant's own classes
            _, y = np.unique(y, return_inverse=True)
            y = redraw(y, seed, int(params["redraw"]) / 100)
    _, y = np.unique(y, return_inverse=True)
    return np.asarray(X, dtype=np.float64), y.astype(np.int64)


@maker
def bundled(n, seed, params):
    """scikit-learn's bundled set ``params["name"]`` (digits, wine, breast_cancer, iris)."""
    return getattr(skd, f"load_{params['name']}")(return_X_y=True)


def _sklearn_maker(name: str) -> Callable:
    make = getattr(skd, f"make_{name}")

    def made(n, seed, params):
        return make(n_samples=n, random_state=seed, **params)

    made.__doc__ = f"scikit-learn's ``make_{name}(n_samples=n, random_state=seed, **params)``."
    return made


for _name in ("classification", "moons", "circles", "gaussian_quantiles", "hastie_10_2", "blobs"):
    maker(_name.removesuffix("_10_2"))(_sklearn_maker(_name))


def redraw(y: np.ndarray, seed: int, rate: float) -> np.ndarray:
    """``y`` (labels 0..C-1) with a share ``rate`` replaced by a class drawn uniformly among the C (a copy)."""
    rng = np.random.default_rng(seed)
    flip = rng.random(y.size) < rate
    y = y.astype(np.int64)
    y[flip] = rng.integers(0, int(y.max()) + 1, size=int(flip.sum()))
    return y


def flip_binary(y: np.ndarray, rng: np.random.Generator, params: dict) -> np.ndarray:
    """Two-class labels ``y`` with a share ``params["flip"]`` (default 0) flipped at random (in place)."""
    flip = rng.random(y.size) < float(params.get("flip", 0.0))
    y[flip] = 1 - y[flip]
    return y


def redraw_among(y: np.ndarray, rng: np.random.Generator, k: int, params: dict) -> np.ndarray:
    """Labels ``y`` of ``k`` classes with a share ``params["flip"]`` (default 0) redrawn among the ``k`` (in place)."""
    flip = rng.random(y.size) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, k, size=int(flip.sum()))
    return y


def pieces(mask: np.ndarray, diagonal: bool) -> np.ndarray:
    """How many connected pieces each 8x8 image of ``mask`` (n, 8, 8) has (4-connected, or 8 with ``diagonal``)."""
    own = np.arange(64).reshape(8, 8)
    label = np.where(mask, own, 64)
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)] + ([(1, 1), (1, -1), (-1, 1), (-1, -1)] if diagonal else [])
    while True:
        p = np.pad(label, ((0, 0), (1, 1), (1, 1)), constant_values=64)
        near = np.min([p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr, dc in steps], axis=0)
        spread = np.where(mask, np.minimum(label, near), 64)
        if np.array_equal(spread, label):
            return (label == own).sum(axis=(1, 2))
        label = spread


def reach_border(mask: np.ndarray) -> np.ndarray:
    """The pixels of ``mask`` (n, 8, 8) joined to the image's border through 4-connected pixels of ``mask``."""
    edge = np.ones((8, 8), dtype=bool)
    edge[1:-1, 1:-1] = False
    reach = mask & edge
    while True:
        p = np.pad(reach, ((0, 0), (1, 1), (1, 1)))
        grown = mask & (reach | p[:, :-2, 1:-1] | p[:, 2:, 1:-1] | p[:, 1:-1, :-2] | p[:, 1:-1, 2:])
        if np.array_equal(grown, reach):
            return reach
        reach = grown


def knight_distances() -> np.ndarray:
    """The fewest knight's moves between any two squares of a chessboard, (64, 64), a square's index 8 row + column."""
    r, c = np.divmod(np.arange(64), 8)
    dr, dc = np.abs(r[:, None] - r[None]), np.abs(c[:, None] - c[None])
    step = (((dr == 1) & (dc == 2)) | ((dr == 2) & (dc == 1))).astype(np.int64)
    reach, dist = np.eye(64, dtype=bool), np.where(np.eye(64, dtype=bool), 0, -1)
    for moves in range(1, 64):   # (6 moves reach every square)
        reach = reach | (reach.astype(np.int64) @ step > 0)
        dist[(dist < 0) & reach] = moves
    return dist
