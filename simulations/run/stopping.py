"""Stopping-rule signals: what a run records of when it could have stopped buying labels.

The loop records two signals per round in the curves table (see
:data:`simulations.results.schema.SIGNAL_COLUMNS`), computed only from data the
learner has, never from the test set:

``stop_agreement``
    Cohen's kappa between the predictions of this round's model and the
    previous round's on a fixed *stop set* (a random subset of the initial
    unlabeled pool, drawn once per run). The *stabilizing predictions* rule
    (Bloodgood & Vijay-Shanker 2009) stops when it stays above a threshold for
    a few rounds.
``pool_confidence``
    the mean max-probability of this round's model on the remaining
    unlabeled pool. The *overall uncertainty* rule (Zhu et al. 2008) stops
    when the model is confident on the pool.

:func:`cohen_kappa` is the agreement the loop records. A campaign's stop is the planner's
(:mod:`planner.decide.campaign.stop_rule`); these signals are columns of the table, not a rule of the product.
"""

from __future__ import annotations

import numpy as np

__all__ = ["cohen_kappa"]


def cohen_kappa(a: np.ndarray, b: np.ndarray, n_classes: int) -> float:
    """Cohen's kappa between two labelings of the same examples.

    Parameters
    ----------
    a, b : ndarray of int of shape (n,)
        Labels in ``[0, n_classes)``.
    n_classes : int

    Returns
    -------
    float
        ``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and
        ``p_e`` the chance agreement from the two label marginals; 1 when both
        labelings put everything in the same single class (``p_e = p_o = 1``);
        NaN when ``n = 0``. In ``[-1, 1]``.
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    if a.shape != b.shape or a.ndim != 1:
        raise ValueError(f"cohen_kappa needs two label arrays of the same shape (n,), got {a.shape} and {b.shape}")
    n = a.shape[0]
    if n == 0:
        return float("nan")
    observed = float(np.mean(a == b))
    pa = np.bincount(a, minlength=n_classes) / n
    pb = np.bincount(b, minlength=n_classes) / n
    chance = float(np.dot(pa, pb))
    if chance >= 1.0:  # both constant and equal: perfect agreement
        return 1.0 if observed >= 1.0 else 0.0
    return float(np.clip((observed - chance) / (1.0 - chance), -1.0, 1.0))
