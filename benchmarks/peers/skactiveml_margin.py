"""scikit-activeml: margin sampling with sklearn's LogisticRegression.

Runs inside .venv-skactiveml (benchmarks/setup_peers.sh), called by
benchmarks/bench_peers.py; prints one JSON line (see _common.py).
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import skactiveml  # noqa: E402
from skactiveml.classifier import SklearnClassifier  # noqa: E402
from skactiveml.pool import UncertaintySampling  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from _common import run  # noqa: E402

MISSING = -1


def experiment(d: dict, seed: int, batch_size: int, rounds: int) -> list[tuple[int, float]]:
    """One AL run: fit, score on the test set, query a batch; ``rounds`` times."""
    X, y_true = d["X_pool"], d["y_pool"]
    n_classes = int(max(y_true.max(), d["y_test"].max())) + 1
    y = np.full(len(y_true), MISSING, dtype=np.int64)
    y[d["init_pos"]] = y_true[d["init_pos"]]
    clf = SklearnClassifier(LogisticRegression(), classes=np.arange(n_classes), missing_label=MISSING,
                            random_state=seed)
    qs = UncertaintySampling(method="margin_sampling", missing_label=MISSING, random_state=seed)
    curve = []
    for r in range(rounds + 1):
        clf.fit(X, y)
        accuracy = float(np.mean(clf.predict(d["X_test"]) == d["y_test"]))
        curve.append((int(np.sum(y != MISSING)), accuracy))
        if r == rounds:
            break
        idx = qs.query(X, y, clf, fit_clf=False, batch_size=batch_size)
        y[idx] = y_true[idx]
    return curve


if __name__ == "__main__":
    run("scikit-activeml", skactiveml.__version__, IMPORT_SECONDS, experiment)
