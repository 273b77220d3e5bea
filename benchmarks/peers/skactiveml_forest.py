"""scikit-activeml: margin sampling with a random forest (``SklearnClassifier``).

Runs inside .venv-skactiveml (benchmarks/setup_peers.sh), called by benchmarks/bench_sklearn_learners.py; prints
one JSON line (see _common.py).
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402

import skactiveml  # noqa: E402
from skactiveml.classifier import SklearnClassifier  # noqa: E402
from skactiveml.pool import UncertaintySampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from _common import TREES, run_forest, timed  # noqa: E402

MISSING = -1


def experiment(d, name, seed, batch_size, rounds, clock):
    """One AL run: fit, score on the test set, query a batch (the query predicts the pool); ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    n_classes = int(max(y_true.max(), d["y_test"].max())) + 1
    y = np.full(len(y_true), MISSING, dtype=np.int64)
    y[d["init_pos"]] = y_true[d["init_pos"]]
    clf = SklearnClassifier(RandomForestClassifier(n_estimators=TREES, random_state=seed),
                            classes=np.arange(n_classes), missing_label=MISSING, random_state=seed)
    qs = UncertaintySampling(method="margin_sampling", missing_label=MISSING, random_state=seed)
    spent = [0.0]
    timed_proba = timed(clf.predict_proba, spent)
    curve = []
    for r in range(rounds + 1):
        with clock("fit"):
            clf.fit(X, y)
        with clock("test"):
            accuracy = float(np.mean(clf.predict(d["X_test"]) == d["y_test"]))
        curve.append((int(np.sum(y != MISSING)), accuracy))
        if r == rounds:
            break
        clf.predict_proba = timed_proba
        spent[0] = 0.0
        t0 = time.perf_counter()
        idx = qs.query(X, y, clf, fit_clf=False, batch_size=batch_size)
        total = time.perf_counter() - t0
        del clf.predict_proba
        clock.add("pool_proba", spent[0])
        clock.add("selection", total - spent[0])
        y[idx] = y_true[idx]
    return curve


if __name__ == "__main__":
    run_forest("scikit-activeml", skactiveml.__version__, IMPORT_SECONDS, experiment)
