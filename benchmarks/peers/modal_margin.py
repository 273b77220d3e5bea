"""modAL: margin sampling with sklearn's LogisticRegression.

Runs inside .venv-modal (benchmarks/setup_peers.sh: modAL-python 0.4.2.1 needs scikit-learn < 1.8, its ``teach()``
passes ``force_all_finite``), called by benchmarks/bench_peers.py; prints one JSON line (see _common.py).
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from modAL.models import ActiveLearner  # noqa: E402
from modAL.uncertainty import margin_sampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import run  # noqa: E402


def experiment(d: dict, seed: int, batch_size: int, rounds: int) -> list[tuple[int, float]]:
    """One AL run: score on the test set, query a batch, teach (refit); ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    init = d["init_pos"]
    learner = ActiveLearner(estimator=LogisticRegression(), query_strategy=margin_sampling, X_training=X[init],
                            y_training=y_true[init])
    unlabeled = np.ones(len(y_true), dtype=bool)
    unlabeled[init] = False
    curve = []
    for r in range(rounds + 1):
        accuracy = float(learner.score(d["X_test"], d["y_test"]))
        curve.append((int(len(y_true) - unlabeled.sum()), accuracy))
        if r == rounds:
            break
        candidates = np.flatnonzero(unlabeled)
        rel, _ = learner.query(X[candidates], n_instances=batch_size)
        idx = candidates[rel]
        learner.teach(X[idx], y_true[idx])
        unlabeled[idx] = False
    return curve


if __name__ == "__main__":
    run("modAL", version("modAL-python"), IMPORT_SECONDS, experiment)
