"""modAL: margin sampling with a random forest (``ActiveLearner``).

Runs inside .venv-modal (benchmarks/setup_peers.sh: modAL-python 0.4.2.1 needs scikit-learn < 1.8), called by
benchmarks/bench_sklearn_learners.py; prints one JSON line (see _common.py).
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402

from modAL.models import ActiveLearner  # noqa: E402
from modAL.uncertainty import margin_sampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import TREES, run_forest, timed  # noqa: E402


def experiment(d, name, seed, batch_size, rounds, clock):
    """One AL run: score on the test set, query a batch (predicting the pool), teach (refit); ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    init = d["init_pos"]
    with clock("fit"):
        learner = ActiveLearner(estimator=RandomForestClassifier(n_estimators=TREES, random_state=seed),
                                query_strategy=margin_sampling, X_training=X[init], y_training=y_true[init])
    spent = [0.0]
    learner.predict_proba = timed(learner.predict_proba, spent)
    unlabeled = np.ones(len(y_true), dtype=bool)
    unlabeled[init] = False
    curve = []
    for r in range(rounds + 1):
        with clock("test"):
            accuracy = float(learner.score(d["X_test"], d["y_test"]))
        curve.append((int(len(y_true) - unlabeled.sum()), accuracy))
        if r == rounds:
            break
        candidates = np.flatnonzero(unlabeled)
        spent[0] = 0.0
        t0 = time.perf_counter()
        rel, _ = learner.query(X[candidates], n_instances=batch_size)
        total = time.perf_counter() - t0
        clock.add("pool_proba", spent[0])
        clock.add("selection", total - spent[0])
        idx = candidates[rel]
        with clock("fit"):
            learner.teach(X[idx], y_true[idx])
        unlabeled[idx] = False
    return curve


if __name__ == "__main__":
    run_forest("modAL", version("modAL-python"), IMPORT_SECONDS, experiment)
