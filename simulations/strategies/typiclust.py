"""TypiClust (Hacohen, Dekel & Weinshall 2022): typical points from uncovered clusters.

Meant for low budgets: cluster the representation into ``n_labeled + k``
clusters (at most ``max_clusters``), then repeatedly take the cluster holding
the fewest labeled points (the largest on ties) and query its most *typical*
unlabeled point: the inverse mean distance to its nearest neighbours
within the cluster.
"""

from __future__ import annotations

import warnings

import numpy as np

from simulations.strategies.selectors import as_float32_sets


def typicality(X: np.ndarray, n_neighbors: int = 20) -> np.ndarray:
    """Inverse mean Euclidean distance to the ``n_neighbors`` nearest other points.

    Parameters
    ----------
    X : ndarray of shape (n, d)

    Returns
    -------
    typicality : ndarray of shape (n,)
        Higher = denser neighbourhood. A lone point gets 0.
    """
    from sklearn.neighbors import NearestNeighbors  # lazy: start-up time

    n = X.shape[0]
    if n < 2:
        return np.zeros(n)
    kk = min(n_neighbors, n - 1)
    dist, _ = NearestNeighbors(n_neighbors=kk + 1).fit(X).kneighbors(X)
    return 1.0 / (dist[:, 1:].mean(axis=1) + 1e-8)


def typiclust_select(
    embeddings: np.ndarray,
    labeled_embeddings: np.ndarray | None,
    k: int,
    rng: np.random.Generator,
    *,
    max_clusters: int = 500,
    min_cluster_size: int = 5,
    n_neighbors: int = 20,
    max_points: int = 20000,
) -> np.ndarray:
    """Choose ``k`` typical candidates, each from the least-covered cluster at its turn.

    Clustering uses k-means (scikit-learn, seeded from ``rng``; mini-batch
    k-means above 10,000 points). Pools larger than ``max_points`` are
    subsampled with ``rng`` first. Clusters smaller than
    ``min_cluster_size`` are used only when no larger one has candidates left
    (as in the paper's code).

    Parameters
    ----------
    embeddings : ndarray of shape (n_candidates, h)
    labeled_embeddings : ndarray of shape (n_labeled, h) or None
    k : int
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
    """
    from sklearn.cluster import KMeans, MiniBatchKMeans  # lazy: start-up time
    from sklearn.exceptions import ConvergenceWarning  # lazy: start-up time

    U, L = as_float32_sets(embeddings, labeled_embeddings)
    n, h = U.shape
    k = min(int(k), n)
    cand = np.arange(n) if n <= max(max_points, k) else np.sort(rng.choice(n, size=max(max_points, k), replace=False))
    X = np.concatenate([L, U[cand]])
    n_lab = L.shape[0]
    n_clusters = max(1, min(n_lab + k, max_clusters, X.shape[0]))
    seed = int(rng.integers(2**31 - 1))
    if n_clusters == 1:
        labels = np.zeros(X.shape[0], dtype=np.int64)
    else:
        with warnings.catch_warnings():
            # duplicate points give fewer distinct clusters than asked: harmless here
            warnings.simplefilter("ignore", ConvergenceWarning)
            if X.shape[0] > 10000:
                km = MiniBatchKMeans(n_clusters, random_state=seed, n_init=3, batch_size=2048)
            else:
                km = KMeans(n_clusters, random_state=seed, n_init=1)
            labels = km.fit_predict(X)
    sizes = np.bincount(labels, minlength=n_clusters)
    covered = np.bincount(labels[:n_lab], minlength=n_clusters).astype(np.int64)
    cand_labels = labels[n_lab:]
    free = np.ones(cand.size, dtype=bool)
    remaining = np.bincount(cand_labels, minlength=n_clusters)
    typ_cache: dict[int, np.ndarray] = {}
    out = np.empty(k, dtype=np.int64)
    for t in range(k):
        has_free = remaining > 0
        big = has_free & (sizes >= min_cluster_size)
        eligible = np.flatnonzero(big if big.any() else has_free)
        # fewest labeled points first; the largest cluster on ties
        c = int(eligible[np.lexsort((-sizes[eligible], covered[eligible]))[0]])
        if c not in typ_cache:
            typ_cache[c] = typicality(X[labels == c], n_neighbors)
        members = np.flatnonzero(labels == c)  # rows of X
        typ = typ_cache[c]
        is_cand = members >= n_lab
        options = np.flatnonzero(is_cand & free[np.maximum(members - n_lab, 0)])
        best = options[np.argmax(typ[options])]
        j = int(members[best] - n_lab)  # index into cand
        out[t] = cand[j]
        free[j] = False
        remaining[c] -= 1
        covered[c] += 1
    return out
