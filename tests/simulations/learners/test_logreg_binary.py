"""Binary logreg is scikit-learn's ``LogisticRegression(C=1/weight_decay)`` (issue 10, item 3).

A 2-class softmax with the penalty on both class vectors is the sigmoid model with the penalty
halved (w0 = -w1 = w/2 at the optimum), i.e. scikit-learn's C = 2/weight_decay: its weights were
28% off the C=1 fit. The learner now doubles the penalty for two classes.
"""

from __future__ import annotations

import numpy as np
import pytest

from simulations.data.datasets import load
from simulations.learners.models import make_learner


@pytest.fixture(scope="module")
def cancer():
    return load("breast_cancer", seed=0)


@pytest.mark.parametrize("weight_decay", [0.3, 1.0, 5.0])
@pytest.mark.parametrize("n", [40, 200])
def test_binary_logreg_has_scikit_learns_weights(cancer, weight_decay, n):
    from sklearn.linear_model import LogisticRegression

    idx = np.random.default_rng(n).choice(cancer.n_pool, n, replace=False)
    X, y = cancer.X_pool[idx], cancer.y_pool[idx]
    m = make_learner("logreg", n_features=cancer.n_features, n_classes=2, weight_decay=weight_decay,
                     tol=1e-9, max_iter=5000).fit(X, y, rng=np.random.default_rng(0))
    ref = LogisticRegression(C=1 / weight_decay, tol=1e-10, max_iter=10000).fit(X, y)
    coef = m.coef_[1] - m.coef_[0]  # the softmax's decision function is the logit difference
    np.testing.assert_allclose(coef, ref.coef_[0], rtol=1e-3, atol=1e-3 * np.abs(ref.coef_).max())
    np.testing.assert_allclose(m.intercept_[1] - m.intercept_[0], ref.intercept_[0], atol=1e-3)
    logits = cancer.X_test @ m.coef_.T + m.intercept_
    np.testing.assert_allclose(logits[:, 1] - logits[:, 0], ref.decision_function(cancer.X_test), rtol=1e-3, atol=2e-3)
