"""Hybrid labeling: how much of the unlabeled remainder a model can label itself at an accuracy bar.

After each round the model's predictions split the pool's unlabeled remainder
in two: the examples it is sure of are machine-labeled, the rest go to humans.
The split is a confidence threshold (on the predicted class's probability).
It is chosen on a held-out split that humans labeled (and that is paid for):
the lowest threshold whose machine labels, on the held-out examples at or
above it, have a one-sided lower confidence bound on their accuracy at least
the bar ``Q`` (:func:`accuracy_lower_bound`: Wilson's score bound at
:data:`BOUND_CONFIDENCE`). The lowest such threshold machine-labels the
largest share of the remainder.

The held-out labels are as noisy as the people's labels (the run's label
noise ``e``, a flip to another of ``C`` classes): a model that is right agrees
with them only ``1 - e`` of the time. So the bound on the agreement ``b`` is
read as a bound on the accuracy against the truth,
``(b - e / (C - 1)) / (1 - e C / (C - 1))`` (:func:`noise_corrected`), the
agreement of an accuracy ``a`` with labels flipped uniformly at rate ``e``
being ``a (1 - e) + (1 - a) e / (C - 1)``.

The curves table records, per round and bar, ``machine_target`` (``Q``),
``machine_share`` (the share of the remainder at or above the threshold),
``machine_accuracy`` (the accuracy those machine labels truly had, against
the true labels, known in simulation) and ``machine_remainder`` (how many
examples the remainder holds). The strategy's picks take examples out of the
simulated pool, so the remainder is not a random sample of the data: an
uncertainty strategy leaves the easy examples behind. The same threshold is
therefore also applied to the test split, a random sample never trained on:
``test_machine_share`` and ``test_machine_accuracy`` are what the model
labels of examples drawn at random, the numbers that hold for a pool far
larger than the simulated one. The model's machine labels on the test split
are right on at most as many examples as its test accuracy counts, so
``test_machine_share * test_machine_accuracy <= accuracy`` in every row.

Everything here works on arrays (no learner), so it is tested with fake
probabilities.
"""

from __future__ import annotations

import math

import numpy as np

from simulations.results.schema import HYBRID_COLUMNS

__all__ = ["BOUND_CONFIDENCE", "DEFAULT_HOLDOUT", "MAX_TARGETS", "HOLDOUT_SHARE", "Threshold",
           "accuracy_lower_bound", "choose_threshold", "holdout_size", "holdout_split", "machine_labels", "measure",
           "noise_corrected", "with_bars"]

#: One-sided confidence of the lower bound on the held-out accuracy of the machine labels.
BOUND_CONFIDENCE = 0.95
#: Size of the human-labeled held-out split, unless the pool is small (then :data:`HOLDOUT_SHARE` of it).
DEFAULT_HOLDOUT = 500
#: Largest share of the unlabeled pool the default held-out split takes.
HOLDOUT_SHARE = 0.25
#: Most accuracy bars one run records.
MAX_TARGETS = 16

_Z = 1.6448536269514722  # the standard normal's 95% quantile (BOUND_CONFIDENCE)


def holdout_size(requested: int | None, n_unlabeled: int) -> int:
    """The held-out split's size: ``requested``, or :data:`DEFAULT_HOLDOUT` capped at :data:`HOLDOUT_SHARE` of
    the unlabeled pool (at least 1 while the pool has an example)."""
    if requested is not None:
        return int(min(int(requested), n_unlabeled))
    return int(min(DEFAULT_HOLDOUT, max(int(n_unlabeled * HOLDOUT_SHARE), min(1, n_unlabeled))))


def accuracy_lower_bound(correct, total) -> np.ndarray:
    """One-sided Wilson score lower bound on an accuracy of ``correct`` hits in ``total`` trials (0 where none).

    Parameters
    ----------
    correct, total : array_like of shape (k,)

    Returns
    -------
    ndarray of shape (k,), in [0, 1], at :data:`BOUND_CONFIDENCE`.
    """
    k = np.asarray(correct, dtype=float)
    n = np.asarray(total, dtype=float)
    out = np.zeros(np.broadcast(k, n).shape)
    ok = n > 0
    nn = np.broadcast_to(n, out.shape)[ok]
    p = np.broadcast_to(k, out.shape)[ok] / nn
    z2 = _Z * _Z
    centre = p + z2 / (2 * nn)
    half = _Z * np.sqrt(np.maximum(p * (1 - p) / nn + z2 / (4 * nn * nn), 0.0))
    out[ok] = np.clip((centre - half) / (1 + z2 / nn), 0.0, 1.0)
    return out


def noise_corrected(agreement, noise: float = 0.0, n_classes: int = 2) -> np.ndarray:
    """The accuracy against the truth whose agreement with labels flipped uniformly at rate ``noise`` (among
    ``n_classes``) is ``agreement``; the agreement itself without noise. Increasing in ``agreement``, clipped to
    [0, 1]."""
    b = np.asarray(agreement, dtype=float)
    e = float(noise)
    if e <= 0.0 or n_classes < 2:
        return b
    other = e / (n_classes - 1)
    return np.clip((b - other) / (1.0 - e - other), 0.0, 1.0)


class Threshold(tuple):
    """``(threshold, estimate, bound, n_above)``: the chosen confidence threshold (``inf``: none qualifies), the
    held-out accuracy at or above it, its lower bound, and how many held-out examples lie at or above it."""

    @property
    def threshold(self) -> float:
        return self[0]


def choose_threshold(conf_holdout, correct_holdout, target: float, *, noise: float = 0.0,
                     n_classes: int = 2) -> Threshold:
    """The lowest confidence threshold whose held-out machine labels have a lower accuracy bound >= ``target``.

    Parameters
    ----------
    conf_holdout : ndarray of shape (n_holdout,)
        The model's confidence (max class probability) on the held-out examples.
    correct_holdout : ndarray of bool of shape (n_holdout,)
        Whether its prediction equals the human label of each held-out example.
    target : float in (0, 1)
    noise : float
        Flip rate of the held-out labels (:func:`noise_corrected`); 0: they are the truth.
    n_classes : int

    Returns
    -------
    Threshold
        A threshold ``t`` labels every example with confidence ``>= t``; ties
        are kept together (a threshold never splits equal confidences).
    """
    if not 0.0 < float(target) < 1.0:
        raise ValueError(f"accuracy bar must be in (0, 1), got {target!r}")
    conf = np.asarray(conf_holdout, dtype=float)
    hit = np.asarray(correct_holdout, dtype=bool)
    if conf.size == 0:
        return Threshold((math.inf, math.nan, 0.0, 0))
    order = np.argsort(-conf, kind="stable")
    c = conf[order]
    hits = np.cumsum(hit[order])
    n = np.arange(1, c.size + 1)
    ends = np.flatnonzero(np.r_[c[1:] != c[:-1], True])   # the last of each run of equal confidences
    bound = noise_corrected(accuracy_lower_bound(hits[ends], n[ends]), noise, n_classes)
    ok = np.flatnonzero(bound >= float(target))
    if ok.size == 0:
        return Threshold((math.inf, math.nan, 0.0, 0))
    j = ends[ok[-1]]   # the most examples: the lowest threshold
    estimate = float(noise_corrected(hits[j] / n[j], noise, n_classes))
    return Threshold((float(c[j]), estimate, float(bound[ok[-1]]), int(n[j])))


def machine_labels(conf_remainder, correct_remainder, threshold: float) -> tuple[float, float]:
    """``(share, accuracy)`` of the remainder machine-labeled at ``threshold``: NaN share for an empty
    remainder, NaN accuracy when nothing is machine-labeled."""
    conf = np.asarray(conf_remainder, dtype=float)
    if conf.size == 0:
        return math.nan, math.nan
    above = conf >= threshold
    k = int(above.sum())
    if k == 0:
        return 0.0, math.nan
    return k / conf.size, float(np.mean(np.asarray(correct_remainder, dtype=bool)[above]))


def measure(probs_holdout, labels_holdout, probs_remainder, truth_remainder, targets, *, noise: float = 0.0,
            n_classes: int = 2, probs_test=None, truth_test=None) -> list[tuple[float, ...]]:
    """One round's hybrid numbers, one ``(machine_target, machine_share, machine_accuracy, machine_remainder,
    test_machine_share, test_machine_accuracy)`` per bar (the test pair NaN without a test split).

    Parameters
    ----------
    probs_holdout : ndarray of shape (n_holdout, n_classes)
    labels_holdout : ndarray of int of shape (n_holdout,)
        The held-out split's human labels (noisy as the oracle's).
    probs_remainder : ndarray of shape (n_remainder, n_classes)
    truth_remainder : ndarray of int of shape (n_remainder,)
        The remainder's true labels (what the machine labels are scored against).
    targets : sequence of float in (0, 1)
    noise, n_classes : the held-out labels' flip rate and the classes (:func:`noise_corrected`)
    probs_test : ndarray of shape (n_test, n_classes), optional
    truth_test : ndarray of int of shape (n_test,), optional
        The test split and its true labels: the same thresholds applied to examples drawn at random.
    """
    ph = np.asarray(probs_holdout)
    pr = np.asarray(probs_remainder)
    conf_h = ph.max(axis=1) if ph.size else np.zeros(0)
    hit_h = ph.argmax(axis=1) == np.asarray(labels_holdout) if ph.size else np.zeros(0, dtype=bool)
    conf_r = pr.max(axis=1) if pr.size else np.zeros(0)
    hit_r = pr.argmax(axis=1) == np.asarray(truth_remainder) if pr.size else np.zeros(0, dtype=bool)
    pt = np.zeros((0, 1)) if probs_test is None else np.asarray(probs_test)
    conf_t = pt.max(axis=1) if pt.size else np.zeros(0)
    hit_t = pt.argmax(axis=1) == np.asarray(truth_test) if pt.size else np.zeros(0, dtype=bool)
    out = []
    for q in targets:
        t = choose_threshold(conf_h, hit_h, float(q), noise=noise, n_classes=n_classes)
        share, acc = machine_labels(conf_r, hit_r, t.threshold)
        out.append((float(q), share, acc, float(conf_r.size), *machine_labels(conf_t, hit_t, t.threshold)))
    return out


def holdout_split(seed: int, unlabeled, size: int | None, y_pool, oracle) -> tuple[np.ndarray, np.ndarray]:
    """The human-labeled held-out split of a run: ``(data_idx, human labels)``.

    Drawn from the initial unlabeled pool by a stream of its own (the sixth
    child of the run's ``SeedSequence``), labeled by the run's oracle (as
    noisy as the training labels) with a stream of its own too, so the
    learning curve is the same with or without hybrid bars. The strategy may
    buy a held-out example for training (its label is then paid once); from
    that round on it is trained on and left out of the held-out check, so the
    examples checked are always a uniform sample of the unlabeled pool, the
    examples the model labels.

    Parameters
    ----------
    seed : int
    unlabeled : ndarray of int of shape (n_unlabeled,)
        ``data_idx`` of the pool not in the initial labeled set.
    size : int or None
        :func:`holdout_size`'s ``requested``.
    y_pool : ndarray of int of shape (n_pool,)
    oracle : simulations.data.oracle.Oracle
    """
    pick_ss, label_ss = np.random.SeedSequence(int(seed)).spawn(6)[5].spawn(2)
    unlabeled = np.asarray(unlabeled)
    k = holdout_size(size, unlabeled.shape[0])
    idx = np.sort(unlabeled[np.random.default_rng(pick_ss).choice(unlabeled.shape[0], size=k, replace=False)])
    return idx, oracle.label(np.asarray(y_pool)[idx], np.random.default_rng(label_ss))


def with_bars(curves, measured: list[list[tuple[float, ...]]]):
    """The run's curves table (one row per round) with its hybrid numbers: one row per (round, bar), the bars
    ascending within each round; ``measured[i]`` holds round ``i``'s tuples of :func:`measure`, in the order
    of ``simulations.results.schema.HYBRID_COLUMNS``."""
    import pandas as pd  # lazy: start-up time


    columns = list(curves.columns)
    at = [columns.index(c) for c in HYBRID_COLUMNS]
    rows = []
    for i, bars in enumerate(measured):
        base = curves.iloc[i].tolist()
        for values in sorted(bars):
            row = list(base)
            for j, v in zip(at, values):
                row[j] = v
            rows.append(row)
    return pd.DataFrame.from_records(rows, columns=columns)
