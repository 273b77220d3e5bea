"""Batch selectors: scores or representations in, ``k`` positions out (most wanted first).

Every selector takes an explicit ``rng`` and never builds an
``n_pool x n_pool`` matrix: memory stays linear in the pool.
"""

from __future__ import annotations

import numpy as np


def as_float32_sets(
    embeddings: np.ndarray, labeled_embeddings: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Candidates and labeled set as float32; ``None`` labeled -> shape ``(0, h)``.

    Returns
    -------
    U : ndarray of shape (n_candidates, h)
    L : ndarray of shape (n_labeled, h)
    """
    U = np.asarray(embeddings, dtype=np.float32)
    h = U.shape[1]
    if labeled_embeddings is None:
        return U, np.empty((0, h), np.float32)
    return U, np.asarray(labeled_embeddings, dtype=np.float32).reshape(-1, h)


def top_k(scores: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """The ``k`` highest scores, highest first; ties broken at random with ``rng``.

    Runs in O(n) (a partition, then a sort of the ``k`` winners only).

    Parameters
    ----------
    scores : ndarray of shape (n_candidates,)
    k : int
        ``0 <= k <= n_candidates``.
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
    """
    scores = np.asarray(scores)
    n = scores.shape[0]
    if np.isnan(scores).any():
        raise ValueError("strategy scores contain NaN: check that the model's outputs are finite")
    if k <= 0 or n == 0:
        return np.empty(0, dtype=np.int64)
    k = min(k, n)
    threshold = np.partition(scores, n - k)[n - k]
    above = np.flatnonzero(scores > threshold)
    tied = np.flatnonzero(scores == threshold)
    tied = rng.choice(tied, size=k - above.size, replace=False) if tied.size else tied
    above = rng.permutation(above)  # random order among equal scores, then a stable sort
    above = above[np.argsort(-scores[above], kind="stable")]
    return np.concatenate([above, tied]).astype(np.int64, copy=False)


def _sq_norms(X: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", X, X)


def _min_sq_dist(
    X: np.ndarray, sq: np.ndarray, C: np.ndarray, csq: np.ndarray, *, block: int = 1 << 22
) -> np.ndarray:
    """``min_j ||X_i - C_j||^2`` for every row of X, in row chunks of at most ``block`` distances.

    Uses ``||x||^2 - 2 x.c + ||c||^2`` (one BLAS matrix product per chunk), so
    memory stays ``O(n + block)`` whatever the sizes.
    """
    n = X.shape[0]
    out = np.full(n, np.inf, dtype=np.float32)
    if C.shape[0] == 0 or n == 0:
        return out
    rows = max(1, block // max(1, C.shape[0]))
    for start in range(0, n, rows):
        stop = min(n, start + rows)
        d = X[start:stop] @ C.T
        d *= -2.0
        d += csq[None, :]
        out[start:stop] = d.min(axis=1) + sq[start:stop]
    np.maximum(out, 0.0, out=out)
    return out


def k_center_greedy(
    X: np.ndarray,
    centers: np.ndarray | None,
    k: int,
    rng: np.random.Generator,
    *,
    max_lazy: int = 32,
) -> np.ndarray:
    """Greedy k-center (Sener & Savarese 2018): repeatedly take the point farthest from all centers.

    The centers are the labeled set's points plus those chosen so far. Exact
    greedy, made fast by lazy updates: each point keeps an upper bound of its
    squared distance to the nearest center; only the current leader is
    refreshed against the centers added since its last refresh, and when more
    than ``max_lazy`` leaders in a row turn out stale, every point is
    refreshed at once with one BLAS matrix product. Memory is ``O(n)``: never
    a pool x pool matrix.

    Parameters
    ----------
    X : ndarray of shape (n_candidates, d)
        Candidate representations (converted to float32).
    centers : ndarray of shape (n_labeled, d) or None
        The labeled set's representations. When empty, the first point is
        drawn at random with ``rng``.
    k : int
        Points to choose, ``<= n_candidates``.
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
        In the order chosen (each the farthest point at its turn).
    """
    X = np.ascontiguousarray(X, dtype=np.float32)
    n, dim = X.shape
    k = min(int(k), n)
    out = np.empty(k, dtype=np.int64)
    if k <= 0:
        return out
    sq = _sq_norms(X)
    if centers is not None and len(centers):
        C0 = np.ascontiguousarray(centers, dtype=np.float32)
        upper = _min_sq_dist(X, sq, C0, _sq_norms(C0))
    else:
        upper = np.full(n, np.inf, dtype=np.float32)
    new = np.empty((k, dim), dtype=np.float32)  # centers chosen here
    new_sq = np.empty(k, dtype=np.float32)
    stamp = np.zeros(n, dtype=np.int64)  # new centers already folded into upper[i]
    synced = 0  # every point is exact against new[:synced]
    for t in range(k):
        if t == 0 and np.isinf(upper).all():
            i = int(rng.integers(n))
        else:
            stale = 0
            while True:
                i = int(np.argmax(upper))
                s = int(stamp[i])
                if s >= t:
                    break
                d = sq[i] - 2.0 * (new[s:t] @ X[i]) + new_sq[s:t]
                upper[i] = min(upper[i], max(float(d.min()), 0.0))
                stamp[i] = t
                stale += 1
                if stale > max_lazy:  # refresh everyone against new[synced:t] in one product
                    live = upper > -np.inf
                    fresh = _min_sq_dist(X, sq, new[synced:t], new_sq[synced:t])
                    np.minimum(upper, fresh, out=upper, where=live)
                    stamp[:] = t
                    synced = t
                    stale = 0
        out[t] = i
        new[t] = X[i]
        new_sq[t] = sq[i]
        upper[i] = -np.inf
        stamp[i] = k
    return out


def kmeans_pp(X: np.ndarray, k: int, rng: np.random.Generator, *, max_pending: int = 32) -> np.ndarray:
    """k-means++ seeding (Arthur & Vassilvitskii 2007), as BADGE uses it (Ash et al. 2020).

    The first point is the one with the largest norm (BADGE's choice: the
    largest gradient); each next point is drawn with probability proportional
    to its squared distance ``D^2`` to the nearest point chosen so far, so the
    batch is both high-magnitude and diverse.

    Exact ``D^2`` sampling without a pass over the pool per pick: points keep
    an upper bound ``w >= D^2`` from the last full refresh; a point drawn
    with probability proportional to ``w`` is refreshed against the centers
    chosen since and accepted with probability ``D^2 / w`` (rejection
    sampling, so accepted draws follow ``D^2`` exactly). Every ``max_pending``
    picks, or after a run of rejections, all bounds are refreshed at once
    with one BLAS matrix product. Memory ``O(n)``.

    Parameters
    ----------
    X : ndarray of shape (n_candidates, d)
    k : int
        Points to choose, ``<= n_candidates``.
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
    """
    X = np.ascontiguousarray(X, dtype=np.float32)
    n, dim = X.shape
    k = min(int(k), n)
    out = np.empty(k, dtype=np.int64)
    if k <= 0:
        return out
    sq = _sq_norms(X)
    chosen = np.zeros(n, dtype=bool)
    centers = np.empty((k, dim), dtype=np.float32)
    csq = np.empty(k, dtype=np.float32)
    upper = np.full(n, np.inf, dtype=np.float64)  # >= D^2, exact against centers[:stamp[i]]
    stamp = np.zeros(n, dtype=np.int64)
    weights = cum = None
    synced = 0  # every point is exact against centers[:synced]
    i = int(np.argmax(sq))
    for t in range(k):
        out[t] = i
        chosen[i] = True
        centers[t] = X[i]
        csq[t] = sq[i]
        if t == k - 1:
            break
        rejections = 0
        while True:
            if cum is None or t + 1 - synced > max_pending or rejections >= 16:
                fresh = _min_sq_dist(X, sq, centers[synced : t + 1], csq[synced : t + 1])
                np.minimum(upper, fresh, out=upper)
                upper[chosen] = 0.0
                synced = t + 1
                stamp[:] = synced
                weights = upper.copy()
                cum = np.cumsum(weights)
                rejections = 0
                if not cum[-1] > 0:  # every remaining point duplicates a chosen one
                    i = int(rng.choice(np.flatnonzero(~chosen)))
                    break
            j = min(int(np.searchsorted(cum, rng.random() * cum[-1], side="right")), n - 1)
            if chosen[j] or weights[j] <= 0:
                rejections += 1
                continue
            s = int(stamp[j])
            if s < t + 1:
                d = sq[j] - 2.0 * (centers[s : t + 1] @ X[j]) + csq[s : t + 1]
                upper[j] = min(upper[j], max(float(d.min()), 0.0))
                stamp[j] = t + 1
            if rng.random() * weights[j] < upper[j]:
                i = j
                break
            rejections += 1
    return out


def cluster_round_robin(labels: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Round-robin over clusters, smallest cluster first, a random member each turn.

    Cluster-Margin's sampling step (Citovsky et al. 2021).

    Parameters
    ----------
    labels : ndarray of int of shape (n,)
        Cluster id of each point.
    k : int
        Points to choose, ``<= n``.
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
        Indices into ``labels``.
    """
    labels = np.asarray(labels)
    k = min(int(k), labels.shape[0])
    ids, sizes = np.unique(labels, return_counts=True)
    order = ids[np.argsort(sizes, kind="stable")]
    members = [rng.permutation(np.flatnonzero(labels == c)) for c in order]
    out: list[int] = []
    turn = 0
    while len(out) < k:
        for m in members:
            if turn < m.size:
                out.append(int(m[turn]))
                if len(out) == k:
                    break
        turn += 1
    return np.asarray(out, dtype=np.int64)
