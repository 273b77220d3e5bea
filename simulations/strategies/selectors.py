"""Batch selectors: scores or representations in, ``k`` positions out (most wanted first).

Every selector takes an explicit ``rng`` and never builds an
``n_pool x n_pool`` matrix: memory stays linear in the pool.
"""

from __future__ import annotations

import numpy as np


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
