"""Torch helpers the learners (``models``) and their lockstep fits (``batched``) share.

Both learner modules import from here and ``models`` imports ``batched``,
never the other way round. Importing this module does not import torch: the
lazy ``torch`` loads it on first use, so ``logreg`` runs never do.
"""

from __future__ import annotations

import importlib
from contextlib import contextmanager
from typing import Iterator

import numpy as np

__all__ = ["LazyModule", "as_tensor", "torch", "torch_generator", "torch_seed", "torch_threads"]


class LazyModule:
    """Imports a module on first attribute access: ``logreg`` runs never load torch
    (saves ~1 s of import and ~200 MB of memory per process)."""

    def __init__(self, name: str):
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


torch = LazyModule("torch")


@contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run a block with ``n`` torch threads (tiny models train faster on one)."""
    old = torch.get_num_threads()
    change = n is not None and n > 0 and n != old
    if change:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if change:
            torch.set_num_threads(old)


def torch_seed(rng: np.random.Generator) -> int:
    """The one draw from ``rng`` that seeds a ``torch.Generator`` (torch not imported)."""
    if not isinstance(rng, np.random.Generator):
        raise TypeError("rng must be a numpy.random.Generator (np.random.default_rng(seed))")
    return int(rng.integers(0, 2**63 - 1))


def torch_generator(rng: np.random.Generator) -> "torch.Generator":
    """A ``torch.Generator`` seeded by one draw from ``rng`` (:func:`torch_seed`)."""
    seed = torch_seed(rng)
    gen = torch.Generator()
    gen.manual_seed(seed)
    return gen


def as_tensor(X: np.ndarray) -> "torch.Tensor":
    """float32 tensor sharing memory with ``X`` when it is writable, else a copy."""
    X = np.ascontiguousarray(X, dtype=np.float32)
    if not X.flags.writeable:
        X = X.copy()
    return torch.from_numpy(X)
