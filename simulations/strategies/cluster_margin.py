"""Cluster-Margin (Citovsky et al., NeurIPS 2021): cluster the pool once, then margins round-robin over clusters.

The paper's algorithm, as implemented here:

1. **Once per run** (at the first query, with the model trained on the
   initial set): embed the whole pool (the unlabeled candidates and the
   labeled set), and cluster it by hierarchical agglomerative clustering with
   average linkage, cut at a distance threshold ``eps``. The clusters are then
   fixed for the run, although the model (and so the embeddings) changes.
2. **Every round:** take the ``margin_multiple * k`` candidates with the
   smallest margins, group them by their pool cluster, and pick round-robin
   over those clusters, *smallest first*, a random member each turn, until
   ``k`` are chosen.

The threshold ``eps``: the paper tunes it per data set; here it is set once
per run from the pool itself, as the average-linkage merge height at which
the clustered points fall into ``round(sqrt(n))`` clusters (a cut at a
distance, not at a cluster count: the dendrogram of average linkage is
monotone, so the two are the same cut; digits: 1,437 pool points, 38
clusters). ``threshold=`` gives an explicit ``eps`` instead.

Memory stays bounded: at most ``max_points`` points (a seeded uniform sample
of the pool) are clustered exactly (average linkage needs their condensed
distance matrix, ``max_points^2 / 2`` floats); every other point joins the
cluster of its nearest clustered point.

Clusters follow points across rounds by their *input features* (a 64-bit
hash of each row: identical rows share a cluster anyway), because candidate
positions shift every round. A :class:`ClusterMargin` holds one run's
clusters; ``simulations.strategies.get("cluster_margin")`` returns a fresh one
(the loop asks for the strategy once per run). Candidates it has not seen
(another pool) make it cluster again.
"""

from __future__ import annotations

import math

import numpy as np

from simulations.strategies import scores
from simulations.strategies.base import require
from simulations.strategies.selectors import as_float32_sets, cluster_round_robin, top_k

__all__ = ["ClusterMargin", "row_keys", "pool_clusters"]


def row_keys(features: np.ndarray) -> np.ndarray:
    """An exact 64-bit hash of each row's bytes (same row, same key; no float arithmetic).

    Parameters
    ----------
    features : ndarray of shape (n, d)

    Returns
    -------
    ndarray of uint64 of shape (n,)
    """
    X = np.ascontiguousarray(features, dtype=np.float32)
    words = X.view(np.uint32).reshape(X.shape[0], -1).astype(np.uint64)
    h = np.full(X.shape[0], np.uint64(1469598103934665603))
    prime = np.uint64(1099511628211)
    with np.errstate(over="ignore"):
        for j in range(words.shape[1]):  # FNV-1a over 32-bit words, wrapping in uint64
            h ^= words[:, j]
            h *= prime
    return h


def pool_clusters(embeddings: np.ndarray, rng: np.random.Generator, *, max_points: int = 2500,
                  threshold: float | None = None) -> tuple[np.ndarray, float]:
    """Average-linkage clusters of the pool cut at a distance threshold.

    Parameters
    ----------
    embeddings : ndarray of shape (n, h)
    rng : numpy.random.Generator
        Draws the clustered sample when ``n > max_points``.
    max_points : int
        Points clustered exactly; the others join their nearest one's cluster.
    threshold : float or None
        ``eps``; None: the height that leaves ``round(sqrt(m))`` clusters of the ``m`` clustered points.

    Returns
    -------
    labels : ndarray of int64 of shape (n,)
    eps : float
    """
    from scipy.cluster.hierarchy import fcluster, linkage  # lazy: start-up time

    E = np.asarray(embeddings, dtype=np.float64)
    n = E.shape[0]
    if n < 2:
        return np.zeros(n, dtype=np.int64), 0.0
    sample = np.sort(rng.choice(n, size=max_points, replace=False)) if n > max_points else np.arange(n)
    Z = linkage(E[sample], method="average")
    m = sample.shape[0]
    if threshold is None:
        c = min(max(int(round(math.sqrt(m))), 1), m)
        heights = Z[:, 2]  # monotone for average linkage; merge m - c leaves c clusters
        low = heights[m - c - 1] if m - c - 1 >= 0 else 0.0
        high = heights[m - c] if m - c < heights.shape[0] else low
        eps = float((low + high) / 2) if high > low else float(low)
    else:
        eps = float(threshold)
    sub = fcluster(Z, t=eps, criterion="distance").astype(np.int64)
    if m == n:
        return sub, eps
    labels = np.empty(n, dtype=np.int64)
    labels[sample] = sub
    rest = np.setdiff1d(np.arange(n), sample, assume_unique=True)
    S = E[sample]
    s2 = (S ** 2).sum(axis=1)
    for start in range(0, rest.shape[0], 4096):  # nearest clustered point, in chunks (bounded memory)
        chunk = rest[start:start + 4096]
        d2 = s2[None, :] - 2.0 * E[chunk] @ S.T
        labels[chunk] = sub[np.argmin(d2, axis=1)]
    return labels, eps


class ClusterMargin:
    """One run's Cluster-Margin selector: ``select(ctx, k, rng)``, clustering the pool at its first call.

    Parameters
    ----------
    margin_multiple : int
        ``k_m = margin_multiple * k`` smallest-margin candidates per round (the paper's k_m / k).
    max_points : int
        Points clustered exactly (see :func:`pool_clusters`).
    threshold : float or None
        Explicit distance threshold ``eps``.
    """

    def __init__(self, margin_multiple: int = 10, max_points: int = 2500, threshold: float | None = None):
        self.margin_multiple = margin_multiple
        self.max_points = max_points
        self.threshold = threshold
        self.keys_: np.ndarray | None = None  # sorted row keys of the clustered candidates
        self.labels_: np.ndarray | None = None  # their cluster ids
        self.eps_: float | None = None
        self.n_clusterings_ = 0

    def _cluster(self, ctx, keys: np.ndarray, rng: np.random.Generator) -> None:
        U, L = as_float32_sets(ctx.embeddings, ctx.labeled_embeddings)
        labels, self.eps_ = pool_clusters(np.concatenate([U, L]), rng, max_points=self.max_points,
                                          threshold=self.threshold)
        order = np.argsort(keys, kind="stable")
        self.keys_, self.labels_ = keys[order], labels[: U.shape[0]][order]
        self.n_clusterings_ += 1

    def _lookup(self, keys: np.ndarray) -> np.ndarray | None:
        if self.keys_ is None or self.keys_.shape[0] == 0:
            return None
        at = np.minimum(np.searchsorted(self.keys_, keys), self.keys_.shape[0] - 1)
        if not np.array_equal(self.keys_[at], keys):
            return None  # a candidate this run's clustering has not seen: another pool
        return self.labels_[at]

    def __call__(self, ctx, k: int, rng: np.random.Generator) -> np.ndarray:
        margin = scores.margin(require(ctx, "probs"))
        keys = row_keys(require(ctx, "features"))
        labels = self._lookup(keys)
        if labels is None:
            self._cluster(ctx, keys, rng)
            labels = self._lookup(keys)
        n = margin.shape[0]
        k = min(int(k), n)
        m = min(n, max(k, self.margin_multiple * k))
        shortlist = top_k(margin, m, rng)
        if m <= k:
            return shortlist[:k]
        return shortlist[cluster_round_robin(labels[shortlist], k, rng)]
