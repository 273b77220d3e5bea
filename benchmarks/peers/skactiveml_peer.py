"""scikit-activeml: margin sampling with sklearn's LogisticRegression (``logreg``) or a random forest (``forest``).

Runs inside .venv-skactiveml (benchmarks/setup_peers.sh): ``skactiveml_peer.py logreg ...`` for
benchmarks/bench_peers.py, ``skactiveml_peer.py forest ...`` for benchmarks/bench_sklearn_learners.py
(``_common.peer``); prints one JSON line (see _common.py).
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

import skactiveml  # noqa: E402
from skactiveml.classifier import SklearnClassifier  # noqa: E402
from skactiveml.pool import UncertaintySampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from _common import NO_CLOCK, TREES, peer  # noqa: E402

MISSING = -1


def experiment(d, seed, batch_size, rounds, clock=NO_CLOCK):
    """One AL run: fit, score on the test set, query a batch (the query predicts the pool); ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    n_classes = int(max(y_true.max(), d["y_test"].max())) + 1
    y = np.full(len(y_true), MISSING, dtype=np.int64)
    y[d["init_pos"]] = y_true[d["init_pos"]]
    estimator = RandomForestClassifier(n_estimators=TREES, random_state=seed) if FOREST else LogisticRegression()
    clf = SklearnClassifier(estimator, classes=np.arange(n_classes), missing_label=MISSING, random_state=seed)
    qs = UncertaintySampling(method="margin_sampling", missing_label=MISSING, random_state=seed)
    curve = []
    for r in range(rounds + 1):
        with clock("fit"):
            clf.fit(X, y)
        with clock("test"):
            accuracy = float(np.mean(clf.predict(d["X_test"]) == d["y_test"]))
        curve.append((int(np.sum(y != MISSING)), accuracy))
        if r == rounds:
            break
        idx = clock.query(clf, qs.query, X, y, clf, fit_clf=False, batch_size=batch_size)
        y[idx] = y_true[idx]
    return curve


if __name__ == "__main__":
    peer("scikit-activeml", skactiveml.__version__, IMPORT_SECONDS, experiment)
