"""modAL: margin sampling with sklearn's LogisticRegression (``logreg``) or a random forest (``forest``).

Runs inside .venv-modal (benchmarks/setup_peers.sh: modAL-python 0.4.2.1 needs scikit-learn < 1.8, its ``teach()``
passes ``force_all_finite``): ``modal_peer.py logreg ...`` for benchmarks/bench_peers.py, ``modal_peer.py forest ...``
for benchmarks/bench_sklearn_learners.py (``_common.peer``); prints one JSON line (see _common.py).
"""

import sys
import time

FOREST = sys.argv[1:2] == ["forest"]
_T0 = time.perf_counter()
import numpy as np  # noqa: E402

if FOREST:
    from sklearn.ensemble import RandomForestClassifier  # noqa: E402
else:
    from sklearn.linear_model import LogisticRegression  # noqa: E402

from modAL.models import ActiveLearner  # noqa: E402
from modAL.uncertainty import margin_sampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import NO_CLOCK, TREES, peer  # noqa: E402


def experiment(d, seed, batch_size, rounds, clock=NO_CLOCK):
    """One AL run: score on the test set, query a batch (predicting the pool), teach (refit); ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    init = d["init_pos"]
    with clock("fit"):
        estimator = RandomForestClassifier(n_estimators=TREES, random_state=seed) if FOREST else LogisticRegression()
        learner = ActiveLearner(estimator=estimator, query_strategy=margin_sampling, X_training=X[init],
                                y_training=y_true[init])
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
        rel, _ = clock.query(learner, learner.query, X[candidates], n_instances=batch_size)
        idx = candidates[rel]
        with clock("fit"):
            learner.teach(X[idx], y_true[idx])
        unlabeled[idx] = False
    return curve


if __name__ == "__main__":
    peer("modAL", version("modAL-python"), IMPORT_SECONDS, experiment)
