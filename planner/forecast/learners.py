"""Learner names read: which ``model`` names are neural networks, and the family of a learner.

A neural network's curve reads spread strata fitted on neural learners' curves
(:func:`planner.forecast.spread.spread_keys`) and the verdict's track record
for neural learners; the family groups the evaluation corpus's learners.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["NEURAL_NAMES", "learner_family", "neural_models"]

NEURAL_NAMES = ("mlp", "cnn", "rnn", "lstm", "gru", "dnn", "neural", "transformer", "bert", "vit", "resnet",
                "densenet", "mobilenet", "efficientnet", "convnet", "net")


def learner_family(name: str) -> str:
    """The family of a learner's name: ``neural``, ``SVM``, ``NB``, ``kNN``, ``tree``, ``linear`` or ``other``.

    A neural network as :func:`neural_models` reads one (a token of the name starting with one of
    :data:`NEURAL_NAMES`); else matched on the lower-cased last dotted component (``sklearn.tree.X`` -> ``x``)
    and its ``_``/``-`` tokens, the first rule winning: SVM (svc, svm), NB (naive bayes, a name ending in
    ``nb``), kNN (neighbors, knn), tree (tree, forest, boosting, rf/gb + digits (``rf50``), gbm), linear
    (logistic, logreg, linear (incl. LDA), ridge, sgd, perceptron, passive-aggressive, lr); QDA and anything
    else is ``other``.
    """
    full = str(name).lower()
    if any(t == "nn" or t.startswith(NEURAL_NAMES) for t in re.split(r"[^a-z0-9]+", full)):
        return "neural"
    # a dotted module path (sklearn.tree.X) -> its last part; "logreg_c0.1" keeps its dot
    short = full.rsplit(".", 1)[-1] if re.fullmatch(r"[a-z_]\w*(\.[a-z_]\w*)+", full) else full
    tokens = set(re.split(r"[-_.\s]+", short))
    if "quadratic" in short or "qda" in tokens:
        return "other"
    if "svc" in short or "svm" in short:
        return "SVM"
    if "naive_bayes" in full or "bayes" in short or any(t.endswith("nb") for t in tokens):
        return "NB"
    if "neighbor" in short or "knn" in short:
        return "kNN"
    if any(w in short for w in ("tree", "forest", "boost", "gbm", "gbdt")) or \
            any(re.fullmatch(r"(rf|gb|hgb)\d*", t) for t in tokens):
        return "tree"
    if any(w in short for w in ("logistic", "logreg", "linear", "ridge", "sgd", "perceptron", "passiveaggressive")) \
            or tokens & {"lr", "lda"}:
        return "linear"
    return "other"


def neural_models(curves: pd.DataFrame) -> list[str]:
    """The table's ``model`` names that are neural networks (sorted; none without the column)."""
    if "model" not in curves.columns:
        return []
    names = sorted({str(m) for m in curves["model"].dropna()})
    return [m for m in names if learner_family(m) == "neural"]
