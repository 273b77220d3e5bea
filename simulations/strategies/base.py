"""The two types every query strategy is built from: what it is given, and what it is.

Positions ``0 .. n_pool - 1`` always index the UNLABELED candidates (``pool_pos``);
only the loop maps them back to rows of the data set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from simulations.learners.models import Learner

#: The names a strategy may list in ``Strategy.needs``; the loop computes only these.
NEEDS: frozenset[str] = frozenset(
    {"probs", "mc_probs", "embeddings", "grad_embeddings", "features", "model", "costs"}
)
#: The needs the data serve, not the learner: each candidate's annotation cost (a data set's cost column).
DATA_NEEDS: frozenset[str] = frozenset({"costs"})


@dataclass(frozen=True)
class QueryContext:
    """Everything a strategy may look at, for one query round.

    The loop fills only the fields the strategy's ``needs`` declares; the rest
    stay ``None``.

    Parameters
    ----------
    n_pool : int
        Number of unlabeled candidates.
    n_classes : int
        Number of classes.
    probs : ndarray of shape (n_pool, n_classes), optional
        Predicted class probabilities (need ``"probs"``).
    mc_probs : ndarray of shape (T, n_pool, n_classes), optional
        MC-dropout samples of the probabilities (need ``"mc_probs"``).
    embeddings : ndarray of shape (n_pool, h), optional
        Penultimate-layer representation of the candidates (need ``"embeddings"``).
    labeled_embeddings : ndarray of shape (n_labeled, h), optional
        The same representation of the labeled set (need ``"embeddings"`` too).
    grad_embeddings : ndarray of shape (n_pool, g), optional
        Last-layer gradient embeddings (need ``"grad_embeddings"``).
    features : ndarray of shape (n_pool, n_features), optional
        Flat float32 input features of the candidates (need ``"features"``).
    model : Learner, optional
        The trained learner; strategies use only ``forward_logits`` (need ``"model"``).
    costs : ndarray of shape (n_pool,), optional
        Each candidate's annotation cost, finite and >= 0, in the unit of the data's cost column (need
        ``"costs"``).
    """

    n_pool: int
    n_classes: int
    probs: np.ndarray | None = None
    mc_probs: np.ndarray | None = None
    embeddings: np.ndarray | None = None
    labeled_embeddings: np.ndarray | None = None
    grad_embeddings: np.ndarray | None = None
    features: np.ndarray | None = None
    model: "Learner | Any | None" = None
    costs: np.ndarray | None = None


SelectFn = Callable[[QueryContext, int, np.random.Generator], np.ndarray]


@dataclass(frozen=True)
class Strategy:
    """A named query strategy: a ``select`` function and what it needs.

    Parameters
    ----------
    name : str
        Registry name, e.g. ``"margin"`` or ``"combined:margin+coreset"``.
    summary : str
        One line for ``alplan strategies``.
    needs : frozenset of str
        Subset of :data:`NEEDS`: what the loop must put in the context.
    select : callable ``(ctx, k, rng) -> ndarray of int of shape (k,)``
        Returns ``k`` unique positions in ``[0, ctx.n_pool)``, most wanted first.
        Called through :func:`simulations.strategies.query`, which clips ``k``
        and validates the context and the answer.
    fresh : callable ``() -> select`` or None
        For a strategy that keeps state over one run (``cluster_margin``
        clusters the pool once): a new selector for a new run;
        :func:`simulations.strategies.get` calls it.
    requires : frozenset of str
        Subset of :data:`NEEDS` the learner must be able to give for the
        score to mean what it says, beyond ``needs`` (the loop computes
        none of it): ``egl`` reads probabilities and embeddings, but its
        score is a last-layer gradient length, so it requires a learner
        with ``grad_embeddings``.
    score : callable ``(ctx) -> ndarray of shape (n_pool,)`` or None
        The per-candidate score ``select`` ranks by (higher: wanted more), for a strategy that is a score
        then ``top_k``; None for one that selects a batch as a whole (coreset, random). A campaign writes it
        beside each picked id.
    """

    name: str
    summary: str
    needs: frozenset[str]
    select: SelectFn
    fresh: "Callable[[], SelectFn] | None" = None
    requires: frozenset[str] = frozenset()
    score: "Callable[[QueryContext], np.ndarray] | None" = None

    @property
    def learner_needs(self) -> frozenset[str]:
        """Everything the learner must serve: ``needs`` and ``requires``, less what the data serve
        (:data:`DATA_NEEDS`)."""
        return (self.needs | self.requires) - DATA_NEEDS


def require(ctx: QueryContext, field: str) -> np.ndarray:
    """Return ``ctx.<field>`` as an array, or raise ValueError naming the missing need."""
    value = getattr(ctx, field)
    if value is None:
        need = "embeddings" if field == "labeled_embeddings" else field
        raise ValueError(
            f"the query context has no {field}: the strategy must declare {need!r} in its needs"
        )
    return value
