"""The strategy registry: each entry composes a score with a selector and declares its needs.

Adding a strategy is one ``_register`` call here; the contract tests pick it up.
"""

from __future__ import annotations

import numpy as np

from simulations.strategies import scores
from simulations.strategies.adversarial import adversarial_select
from simulations.strategies.base import NEEDS, QueryContext, SelectFn, Strategy, require
from simulations.strategies.cluster_margin import ClusterMargin
from simulations.strategies.coreset import robust_k_center
from simulations.strategies.dal import dal_select
from simulations.strategies.selectors import k_center_greedy, kmeans_pp, top_k
from simulations.strategies.typiclust import typiclust_select

REGISTRY: dict[str, Strategy] = {}


def _register(name: str, summary: str, needs: set[str] | frozenset[str], select: SelectFn, fresh=None,
              requires: set[str] | frozenset[str] = frozenset(), score=None) -> None:
    unknown = (set(needs) | set(requires)) - NEEDS
    if unknown:  # pragma: no cover - programming error caught at import
        raise AssertionError(f"strategy {name}: unknown needs {sorted(unknown)}")
    if score is None:  # a score, then top_k: the score it ranks by
        score = getattr(select, "score", None)
    REGISTRY[name] = Strategy(name=name, summary=summary, needs=frozenset(needs), select=select, fresh=fresh,
                              requires=frozenset(requires), score=score)


def fresh(strategy: Strategy) -> Strategy:
    """``strategy`` ready for a new run: a new selector when it keeps state over a run."""
    if strategy.fresh is None:
        return strategy
    return Strategy(name=strategy.name, summary=strategy.summary, needs=strategy.needs,
                    select=strategy.fresh(), fresh=strategy.fresh, requires=strategy.requires, score=strategy.score)


def _score_then_top_k(score_fn, field: str) -> SelectFn:
    def select(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
        return top_k(score_fn(require(ctx, field)), k, rng)

    def score(ctx: QueryContext) -> np.ndarray:
        return score_fn(require(ctx, field))

    select.__name__ = f"select_{score_fn.__name__}"
    select.score = score
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



def _roi_score(ctx: QueryContext) -> np.ndarray:
    return scores.return_on_investment(require(ctx, "probs"), require(ctx, "costs"))


def _select_roi(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return top_k(_roi_score(ctx), k, rng)


_register(
    "roi",
    "return on investment: margin's uncertainty divided by the example's annotation cost (needs --cost-column)",
    {"probs", "costs"},
    _select_roi,
    score=_roi_score,
)

# ------------------------------------------------------------ Bayesian (MC dropout)

_register(
    "bald",
    "BALD: mutual information between label and weights, from MC-dropout samples",
    {"mc_probs"},
    _score_then_top_k(scores.bald, "mc_probs"),
)
_register(
    "mc_entropy",
    "entropy of the MC-dropout mean prediction",
    {"mc_probs"},
    _score_then_top_k(scores.mc_entropy, "mc_probs"),
)

# ------------------------------------------------------------------ diversity


def _select_coreset(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return k_center_greedy(require(ctx, "embeddings"), ctx.labeled_embeddings, k, rng)


def _select_coreset_robust(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return robust_k_center(require(ctx, "embeddings"), ctx.labeled_embeddings, k, rng)


def _select_dal(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return dal_select(require(ctx, "embeddings"), ctx.labeled_embeddings, k, rng)


def _select_typiclust(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return typiclust_select(require(ctx, "embeddings"), ctx.labeled_embeddings, k, rng)


_register(
    "coreset",
    "core-set: greedy k-center on embeddings, farthest from the labeled set",
    {"embeddings"},
    _select_coreset,
)
_register(
    "coreset_robust",
    "core-set with outliers: greedy k-center refined by a MIP on a subsample",
    {"embeddings"},
    _select_coreset_robust,
)
_register(
    "dal",
    "discriminative AL: points a labeled-vs-unlabeled classifier finds most unlabeled",
    {"embeddings"},
    _select_dal,
)
_register(
    "typiclust",
    "typical points from the least-labeled clusters (for low budgets)",
    {"embeddings"},
    _select_typiclust,
)

# ------------------------------------------------------------ hybrid / model-based


def _select_egl(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    grad_len = scores.expected_gradient_length(require(ctx, "probs"), require(ctx, "embeddings"))
    return top_k(grad_len, k, rng)


def _select_badge(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return kmeans_pp(require(ctx, "grad_embeddings"), k, rng)


def _new_cluster_margin() -> SelectFn:
    return ClusterMargin()


def _select_cluster_margin(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    """Without a run (a query by name): cluster this context's pool, then select."""
    return _new_cluster_margin()(ctx, k, rng)


def _select_adversarial(ctx: QueryContext, k: int, rng: np.random.Generator) -> np.ndarray:
    return adversarial_select(require(ctx, "model"), require(ctx, "features"), k, rng)


_register(
    "egl",
    "expected gradient length of the last layer, sum_y p_y ||p - e_y|| ||h||",
    {"probs", "embeddings"},
    _select_egl,
    requires={"grad_embeddings"},  # a gradient length: meaningful only for a learner with a linear last layer
)
_register(
    "badge",
    "BADGE: k-means++ seeding on last-layer gradient embeddings (uncertain and diverse)",
    {"grad_embeddings"},
    _select_badge,
)
_register(
    "cluster_margin",
    "Cluster-Margin: the pool clustered once (HAC), then the smallest margins round-robin over "
    "their clusters, smallest first (for large batches)",
    {"probs", "embeddings", "features"},
    _select_cluster_margin,
    fresh=_new_cluster_margin,
)
_register(
    "adversarial",
    "DeepFool: smallest perturbation that flips the prediction (subsampled pool)",
    {"model", "features"},
    _select_adversarial,
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
    a, b = fresh(REGISTRY[parts[0]]), fresh(REGISTRY[parts[1]])
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
        requires=a.requires | b.requires,
    )
