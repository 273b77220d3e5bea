"""Stopping rules: when a run would have stopped buying labels.

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

:func:`stopping_points` reads those columns (a pure function of the table)
and says at which ``n_labels`` each rule first fires, per run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["cohen_kappa", "stopping_points", "RUN_COLUMNS"]

#: The columns that identify one run (one curve) in the curves table.
RUN_COLUMNS: tuple[str, ...] = ("dataset", "model", "strategy", "seed", "batch_size", "label_noise")


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


def stopping_points(
    curves: pd.DataFrame, *, agreement: float = 0.99, rounds: int = 3, confidence: float = 0.9,
) -> pd.DataFrame:
    """The number of labels at which each stopping rule first fires, per run.

    Parameters
    ----------
    curves : DataFrame
        A curves table with ``n_labels`` and the signal columns
        ``stop_agreement`` and ``pool_confidence`` (a missing signal column
        counts as all NaN); runs are told apart by whichever of ``dataset,
        model, strategy, seed, batch_size, label_noise`` it has. Rows are
        ordered by ``round`` when present, else by ``n_labels``.
    agreement : float
        Stabilizing predictions: fires when ``stop_agreement >= agreement``
        for ``rounds`` consecutive rounds, at the last of them (NaN breaks a
        streak).
    rounds : int
        How many consecutive rounds, at least 1.
    confidence : float
        Overall uncertainty: fires at the first round with
        ``pool_confidence >= confidence``.

    Returns
    -------
    DataFrame
        One row per run: the run columns, then ``n_labels_stabilizing`` and
        ``n_labels_confidence`` (float: the ``n_labels`` where the rule
        fires, NaN if it never does).
    """
    if not isinstance(rounds, (int, np.integer)) or isinstance(rounds, bool) or rounds < 1:
        raise ValueError(f"rounds must be an integer of at least 1, got {rounds!r}")
    if "n_labels" not in curves.columns:
        raise ValueError("the curves table lacks column n_labels")
    keys = [c for c in RUN_COLUMNS if c in curves.columns]
    order = "round" if "round" in curves.columns else "n_labels"
    df = curves.copy()
    for column in ("stop_agreement", "pool_confidence"):
        df[column] = pd.to_numeric(df[column], errors="coerce") if column in df.columns else np.nan
    out_columns = [*keys, "n_labels_stabilizing", "n_labels_confidence"]
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype=curves[c].dtype if c in keys else "float64") for c in out_columns})

    def first_fire(g: pd.DataFrame) -> tuple[float, float]:
        g = g.sort_values(order, kind="stable")
        n = g["n_labels"].to_numpy(dtype=float)
        agree = (g["stop_agreement"].to_numpy(dtype=float) >= agreement)  # NaN -> False
        streak = 0
        stab = np.nan
        for i, ok in enumerate(agree):
            streak = streak + 1 if ok else 0
            if streak >= rounds:
                stab = n[i]
                break
        confident = np.flatnonzero(g["pool_confidence"].to_numpy(dtype=float) >= confidence)
        conf = n[confident[0]] if confident.size else np.nan
        return float(stab), float(conf)

    records = []
    groups = df.groupby(keys, sort=True, dropna=False) if keys else [((), df)]
    for key, g in groups:
        key = key if isinstance(key, tuple) else (key,)
        records.append((*key, *first_fire(g)))
    return pd.DataFrame.from_records(records, columns=out_columns)
