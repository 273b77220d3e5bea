"""The strategy registry: each entry composes a score with a selector and declares its needs.

Adding a strategy is one ``_register`` call here; the contract tests pick it up.
"""

from __future__ import annotations

import numpy as np

from simulations.strategies import scores
from simulations.strategies.base import NEEDS, QueryContext, SelectFn, Strategy, require
from simulations.strategies.selectors import top_k

REGISTRY: dict[str, Strategy] = {}


def _register(name: str, summary: str, needs: set[str] | frozenset[str], select: SelectFn) -> None:
    unknown = set(needs) - NEEDS
    if unknown:  # pragma: no cover - programming error caught at import
        raise AssertionError(f"strategy {name}: unknown needs {sorted(unknown)}")
    REGISTRY[name] = Strategy(name=name, summary=summary, needs=frozenset(needs), select=select)


def _score_then_top_k(score_fn, field: str) -> SelectFn:
    def select(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
        return top_k(score_fn(require(ctx, field)), k, rng)

    select.__name__ = f"select_{score_fn.__name__}"
    return select


# ------------------------------------------------------------------ random


def _select_random(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return rng.choice(ctx.n_pool, size=k, replace=False).astype(np.int64)


_register("random", "uniform at random: the baseline every AL strategy must beat", set(), _select_random)

# ------------------------------------------------------------- uncertainty

_register(
    "least_confidence",
    "lowest top-class probability, 1 - max p",
    {"probs"},
    _score_then_top_k(scores.least_confidence, "probs"),
)
_register(
    "margin",
    "smallest gap between the two most probable classes",
    {"probs"},
    _score_then_top_k(scores.margin, "probs"),
)
_register(
    "entropy",
    "highest predictive entropy",
    {"probs"},
    _score_then_top_k(scores.entropy, "probs"),
)


# ------------------------------------------------------------------ combined


def parse_combined(spec: str) -> Strategy:
    """Build ``combined:A+B``: half of each batch from A, the rest from B, no duplicates."""
    body = spec.split(":", 1)[1]
    parts = [p.strip() for p in body.split("+")]
    valid = ", ".join(REGISTRY)
    if len(parts) != 2 or not all(parts):
        raise ValueError(
            f"malformed strategy {spec!r}: write combined:A+B with two of {valid}"
        )
    for p in parts:
        if p not in REGISTRY:
            raise ValueError(
                f"unknown strategy {p!r} in {spec!r}: combined:A+B takes two of {valid}"
            )
    a, b = REGISTRY[parts[0]], REGISTRY[parts[1]]
    if a.name == b.name:
        raise ValueError(f"malformed strategy {spec!r}: combine two different strategies")

    def select(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
        k_a = (k + 1) // 2
        k_b = k - k_a
        first = np.asarray(a.select(ctx, k_a, rng), dtype=np.int64)
        if k_b == 0:
            return first
        # Ask B for enough that k_b remain after dropping A's picks.
        second = np.asarray(b.select(ctx, min(ctx.n_pool, k_b + k_a), rng), dtype=np.int64)
        second = second[~np.isin(second, first)][:k_b]
        return np.concatenate([first, second])

    return Strategy(
        name=f"combined:{a.name}+{b.name}",
        summary=f"half of each batch from {a.name}, half from {b.name}",
        needs=a.needs | b.needs,
        select=select,
    )
