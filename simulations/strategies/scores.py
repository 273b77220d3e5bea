"""Scoring functions: arrays in, one score per candidate out (higher = query first).

They are pure functions of numpy arrays, so they are tested with fake
probabilities and never need a model.
"""

from __future__ import annotations

import numpy as np

_TINY = 1e-12


def _entropy_rows(p: np.ndarray) -> np.ndarray:
    """Shannon entropy (nats) along the last axis."""
    return -np.sum(p * np.log(np.clip(p, _TINY, None)), axis=-1)


def least_confidence(probs: np.ndarray) -> np.ndarray:
    """``1 - max_c p(c | x)``.

    Parameters
    ----------
    probs : ndarray of shape (n_candidates, n_classes)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    return 1.0 - np.max(probs, axis=1)


def margin(probs: np.ndarray) -> np.ndarray:
    """Negative margin between the two most probable classes: ``-(p_1 - p_2)``.

    The smallest margin gets the highest score.

    Parameters
    ----------
    probs : ndarray of shape (n_candidates, n_classes)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    if probs.shape[1] < 2:
        return np.zeros(probs.shape[0], dtype=np.float64)
    top2 = np.partition(probs, probs.shape[1] - 2, axis=1)[:, -2:]
    return -(top2[:, 1] - top2[:, 0]).astype(np.float64)


def entropy(probs: np.ndarray) -> np.ndarray:
    """Predictive entropy ``-sum_c p log p`` (nats).

    Parameters
    ----------
    probs : ndarray of shape (n_candidates, n_classes)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    return _entropy_rows(np.asarray(probs, dtype=np.float64))


def mc_entropy(mc_probs: np.ndarray) -> np.ndarray:
    """Entropy of the MC-dropout mean prediction ``H[mean_t p_t]`` (max entropy, DAL code).

    Parameters
    ----------
    mc_probs : ndarray of shape (T, n_candidates, n_classes)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    return _entropy_rows(np.mean(mc_probs, axis=0, dtype=np.float64))


def bald(mc_probs: np.ndarray) -> np.ndarray:
    """BALD mutual information ``H[mean_t p_t] - mean_t H[p_t]`` (Houlsby et al. 2011).

    High where the dropout samples are individually confident but disagree.

    Parameters
    ----------
    mc_probs : ndarray of shape (T, n_candidates, n_classes)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    mc = np.asarray(mc_probs, dtype=np.float64)
    expected_entropy = np.mean(_entropy_rows(mc), axis=0)
    return np.maximum(_entropy_rows(mc.mean(axis=0)) - expected_entropy, 0.0)


def expected_gradient_length(probs: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
    """Expected norm of the last-layer gradient, ``sum_y p_y ||p - e_y|| ||h||`` (Settles 2008).

    For a softmax last layer ``W h`` with cross-entropy loss, the gradient for
    label ``y`` is ``(p - e_y) h^T`` whose Frobenius norm is ``||p - e_y|| ||h||``,
    and ``||p - e_y||^2 = ||p||^2 - 2 p_y + 1``.

    Parameters
    ----------
    probs : ndarray of shape (n_candidates, n_classes)
    embeddings : ndarray of shape (n_candidates, h)

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    p = np.asarray(probs, dtype=np.float64)
    sq = np.sum(p * p, axis=1, keepdims=True)
    per_label = np.sqrt(np.clip(sq - 2.0 * p + 1.0, 0.0, None))
    h_norm = np.linalg.norm(np.asarray(embeddings, dtype=np.float64), axis=1)
    return np.sum(p * per_label, axis=1) * h_norm


#: The smallest cost ROI divides by: a positive cost below it is read as this (the ratio stays finite).
_MIN_COST = 1e-300


def return_on_investment(probs: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """Return on investment (Haertel et al. 2008): margin's uncertainty per unit of annotation cost.

    The benefit is margin's uncertainty ``1 - (p_1 - p_2)`` in [0, 1] (ranked alone, it is margin); the
    investment is the candidate's known annotation cost. Haertel et al. rank by ``(benefit - cost) / cost``,
    which orders candidates exactly as ``benefit / cost`` does. A candidate that costs nothing ranks above
    every paid one (among the free ones, by uncertainty).

    Parameters
    ----------
    probs : ndarray of shape (n_candidates, n_classes)
    costs : ndarray of shape (n_candidates,)
        Finite, >= 0, any unit (the ranking does not depend on it).

    Returns
    -------
    scores : ndarray of shape (n_candidates,)
    """
    benefit = 1.0 + margin(probs)
    costs = np.asarray(costs, dtype=np.float64)
    free = costs <= 0.0
    out = benefit / np.maximum(costs, _MIN_COST)
    if free.any():
        paid = out[~free]
        out[free] = (float(paid.max()) if paid.size else 0.0) + 1.0 + benefit[free]
    return out
