"""Query strategies: score, then select; one registry for the API, the CLI and the tests.

>>> from simulations.strategies import get, available, query, QueryContext
>>> s = get("margin")                  # or "combined:margin+coreset"
>>> sorted(s.needs)
['probs']
>>> ctx = QueryContext(n_pool=3, n_classes=2, probs=np.array([[.9, .1], [.5, .5], [.7, .3]]))
>>> query(s, ctx, 1, np.random.default_rng(0)).tolist()
[1]

Positions ``0 .. n_pool - 1`` index the UNLABELED candidates (``pool_pos``).
A strategy never sees the labeled pool except through ``labeled_embeddings``.
Importing this package does not import torch (``alplan strategies`` stays fast);
the two strategies that need it (``dal``, ``adversarial``) import it when called.
"""

from __future__ import annotations

import warnings

import numpy as np

from simulations.strategies.base import DATA_NEEDS, NEEDS, QueryContext, Strategy
from simulations.strategies.registry import REGISTRY, fresh, parse_combined

__all__ = ["QueryContext", "Strategy", "NEEDS", "DATA_NEEDS", "get", "available", "query"]


def available() -> dict[str, str]:
    """Every registered strategy: ``{name: one-line summary}``, in registry order.

    ``combined:A+B`` (any two names below) is accepted by :func:`get` as well.
    """
    return {name: s.summary for name, s in REGISTRY.items()}


def get(name: str) -> Strategy:
    """The strategy called ``name``, or ``combined:A+B`` built from two registered ones.

    Raises
    ------
    ValueError
        One line listing the valid names, for an unknown or malformed name.
    """
    if not isinstance(name, str):
        raise ValueError(f"a strategy name must be a string, got {type(name).__name__}")
    key = name.strip()
    if key in REGISTRY:
        return fresh(REGISTRY[key])  # a strategy with state over a run (cluster_margin) gets a new one
    if key.lower().startswith("combined:"):
        return parse_combined(key)
    valid = ", ".join(REGISTRY)
    raise ValueError(
        f"unknown strategy {name!r}: choose one of {valid}, or combined:A+B of two of them"
    )


def _all_finite(arr: np.ndarray) -> bool:
    """True when no element is NaN or inf, without an array-sized temporary on the fast path."""
    if arr.size == 0:
        return True
    if np.isfinite(np.sum(arr, dtype=np.float64)):
        return True  # NaN and inf propagate through a float64 sum; float32 cannot overflow it
    flat = arr.reshape(-1)
    step = 1 << 20
    return all(np.isfinite(flat[i : i + step]).all() for i in range(0, flat.size, step))


def _check_context(strategy: Strategy, ctx: QueryContext) -> None:
    if not isinstance(ctx, QueryContext):
        raise TypeError(f"ctx must be a QueryContext, got {type(ctx).__name__}")
    n = ctx.n_pool
    if n < 0 or ctx.n_classes < 1:
        raise ValueError(f"bad query context: n_pool={n}, n_classes={ctx.n_classes}")
    for need in sorted(strategy.needs):
        if getattr(ctx, need) is None:
            raise ValueError(
                f"strategy {strategy.name!r} needs {need!r} but the query context has none"
            )
    rows = {
        "probs": (ctx.probs, 0, 2),
        "mc_probs": (ctx.mc_probs, 1, 3),
        "embeddings": (ctx.embeddings, 0, 2),
        "grad_embeddings": (ctx.grad_embeddings, 0, 2),
        "features": (ctx.features, 0, 2),
    }
    for field, (arr, axis, ndim) in rows.items():
        if arr is None or field not in strategy.needs:
            continue
        if arr.ndim != ndim or arr.shape[axis] != n:
            raise ValueError(
                f"query context {field} has shape {arr.shape}: expected {ndim} axes "
                f"with {n} candidates on axis {axis}"
            )
        if not _all_finite(arr):
            raise ValueError(f"query context {field} contains NaN or inf: check the model's outputs")
    if "costs" in strategy.needs:
        costs = ctx.costs
        if costs.ndim != 1 or costs.shape[0] != n:
            raise ValueError(f"query context costs has shape {costs.shape}: expected ({n},), one per candidate")
        if not _all_finite(costs) or (costs < 0).any():
            raise ValueError("query context costs must be finite and >= 0: check the data's cost column")
    if "embeddings" in strategy.needs and ctx.labeled_embeddings is not None:
        lab = ctx.labeled_embeddings
        if lab.size and ctx.embeddings is not None and (lab.ndim != 2 or lab.shape[1] != ctx.embeddings.shape[1]):
            raise ValueError(
                f"labeled_embeddings has shape {lab.shape}: expected (n_labeled, "
                f"{ctx.embeddings.shape[1]}) like the candidates' embeddings"
            )
        if not _all_finite(lab):
            raise ValueError("query context labeled_embeddings contains NaN or inf: check the model's outputs")


def query(strategy: Strategy | str, ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    """Ask ``strategy`` for a batch of ``k`` candidates.

    Parameters
    ----------
    strategy : Strategy or str
        A strategy or a registry name.
    ctx : QueryContext
        Holds (at least) what ``strategy.needs`` declares.
    k : int
        Batch size. Clipped to ``ctx.n_pool`` with a ``UserWarning`` when larger.
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (min(k, n_pool),)
        Unique positions into the unlabeled candidates, most wanted first.
    """
    if isinstance(strategy, str):
        strategy = get(strategy)
    if not isinstance(rng, np.random.Generator):
        raise TypeError("rng must be a numpy.random.Generator (np.random.default_rng(seed))")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise ValueError(f"batch size must be a whole number, got {k!r}")
    k = int(k)
    if k < 0:
        raise ValueError(f"batch size must be >= 0, got {k}")
    _check_context(strategy, ctx)
    if k > ctx.n_pool:
        warnings.warn(
            f"batch size {k} exceeds the {ctx.n_pool} unlabeled candidates left; "
            f"selecting all {ctx.n_pool}",
            UserWarning,
            stacklevel=2,
        )
        k = ctx.n_pool
    if k == 0:
        return np.empty(0, dtype=np.int64)
    out = np.asarray(strategy.select(ctx, k, rng))
    if out.ndim != 1 or out.shape[0] != k or not np.issubdtype(out.dtype, np.integer):
        raise RuntimeError(
            f"strategy {strategy.name!r} returned {out.shape} {out.dtype}, expected {k} integers"
        )
    if out.size and (out.min() < 0 or out.max() >= ctx.n_pool):
        raise RuntimeError(f"strategy {strategy.name!r} returned a position outside [0, {ctx.n_pool})")
    if np.unique(out).size != k:
        raise RuntimeError(f"strategy {strategy.name!r} returned duplicate positions")
    return out.astype(np.int64, copy=False)
