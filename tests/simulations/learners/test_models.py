"""Learners: outputs a strategy can use, determinism, convergence, clear refusals."""

import numpy as np
import pytest
import torch

from simulations.data.datasets import load
from simulations.learners.models import PREDICT_CHUNK, make_learner, skip_fit
from tests.simulations.builders import fixed_dropout

FAST = {"logreg": {}, "mlp": {"steps": 60, "hidden": 32}, "cnn": {"steps": 60, "hidden": 16, "channels": (4, 8), "lr": 2e-2}}


@pytest.fixture(scope="module")
def digits():
    return load("digits", seed=0)


@pytest.fixture(scope="module")
def labeled(digits):
    idx = np.random.default_rng(0).choice(digits.n_pool, 200, replace=False)
    return digits.X_pool[idx], digits.y_pool[idx]


def _learner(name, ds, **extra):
    return make_learner(name, n_features=ds.n_features, n_classes=ds.n_classes,
                        input_shape=ds.input_shape, **{**FAST[name], **extra})


@pytest.mark.parametrize("name", sorted(FAST))  # the learners with gradients; the wrapped estimators: test_sklearn_learners.py
def test_outputs_have_the_documented_shapes(name, digits, labeled):
    X, y = labeled
    m = _learner(name, digits).fit(X, y, rng=np.random.default_rng(1))
    Xq = digits.X_test[:50]
    probs = m.predict_proba(Xq)
    assert probs.shape == (50, 10)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)
    assert (probs >= 0).all()
    emb = m.embed(Xq)
    assert emb.ndim == 2 and emb.shape[0] == 50
    assert m.grad_embed(Xq).shape == (50, emb.shape[1] * 10)
    mc = m.mc_proba(Xq, 5, rng=np.random.default_rng(2))
    assert mc.shape == (5, 50, 10)
    np.testing.assert_allclose(mc.sum(axis=2), 1.0, atol=1e-5)
    x = torch.from_numpy(np.array(Xq)).requires_grad_(True)
    logits = m.forward_logits(x)
    assert logits.shape == (50, 10)
    logits.sum().backward()
    assert x.grad is not None and torch.isfinite(x.grad).all()
    np.testing.assert_allclose(torch.softmax(logits.detach(), 1).numpy(), probs, atol=1e-4)
    # Learns something: well above chance (0.1) on held-out digits.
    assert (m.predict(digits.X_test) == digits.y_test).mean() > 0.4


@pytest.mark.parametrize("name", ["mlp", "cnn"])
def test_same_rng_same_weights_bitwise(name, digits, labeled):
    X, y = labeled
    a = _learner(name, digits).fit(X, y, rng=np.random.default_rng(5)).predict_proba(digits.X_test)
    b = _learner(name, digits).fit(X, y, rng=np.random.default_rng(5)).predict_proba(digits.X_test)
    c = _learner(name, digits).fit(X, y, rng=np.random.default_rng(6)).predict_proba(digits.X_test)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_training_leaves_global_generators_alone(digits, labeled):
    X, y = labeled
    torch_state = torch.get_rng_state()
    np_state = np.random.get_state()[1].copy()
    threads = torch.get_num_threads()
    m = _learner("mlp", digits).fit(X, y, rng=np.random.default_rng(0))
    m.mc_proba(X[:10], 3, rng=np.random.default_rng(0))
    assert torch.equal(torch.get_rng_state(), torch_state)
    assert np.array_equal(np.random.get_state()[1], np_state)
    assert torch.get_num_threads() == threads


def test_mc_dropout_varies_only_with_dropout(digits, labeled):
    X, y = labeled
    mlp = _learner("mlp", digits).fit(X, y, rng=np.random.default_rng(0))
    mc = mlp.mc_proba(digits.X_test[:20], 8, rng=np.random.default_rng(0))
    assert np.ptp(mc, axis=0).max() > 1e-3
    again = mlp.mc_proba(digits.X_test[:20], 8, rng=np.random.default_rng(0))
    assert np.array_equal(mc, again)
    lr = _learner("logreg", digits).fit(X, y, rng=np.random.default_rng(0))
    mc = lr.mc_proba(digits.X_test[:20], 4, rng=np.random.default_rng(0))
    assert np.ptp(mc, axis=0).max() == 0  # no dropout: every sample is the prediction


@pytest.mark.parametrize("name,extra", [("mlp", {}), ("mlp", {"layers": 2}), ("cnn", {})])
def test_batched_mc_dropout_is_t_dropout_forward_passes(name, extra, digits, labeled, monkeypatch):
    """The one-product MC pass (layers before the first dropout computed once) = T forward passes with its masks."""
    X, y = labeled
    net = _learner(name, digits, **extra).fit(X, y, rng=np.random.default_rng(0))
    drawn = fixed_dropout(monkeypatch)
    T, rows = 5, digits.X_test[:30]
    mc = net.mc_proba(rows, T, rng=np.random.default_rng(1))
    p, prm = float(net.dropout), net.params_
    with torch.no_grad():
        xt = torch.from_numpy(np.array(rows, dtype=np.float32))
        if name == "cnn":
            first, dense = net._features(prm, xt), [(prm["w0"], prm["b0"])]
        else:
            first = torch.relu(xt @ prm["w0"].T + prm["b0"])
            dense = [(prm["w1"], prm["b1"])] if "w1" in prm else []
        for t in range(T):
            h = first * torch.from_numpy(drawn[0][t]).float() / (1 - p)
            for layer, (w, b) in enumerate(dense, start=1):
                h = torch.relu(h @ w.T + b) * torch.from_numpy(drawn[layer][t]).float() / (1 - p)
            ref = torch.softmax(h @ prm["wo"].T + prm["bo"], dim=1).numpy()
            np.testing.assert_allclose(mc[t], ref, rtol=1e-4, atol=1e-6)
    assert len(drawn) == 1 + len(dense)  # one mask draw a dropout layer for all T samples


@pytest.mark.parametrize("weight_decay", [0.1, 1.0, 10.0])
def test_logreg_reaches_the_same_optimum_as_scikit_learn(digits, labeled, weight_decay):
    from sklearn.linear_model import LogisticRegression

    X, y = labeled
    m = _learner("logreg", digits, weight_decay=weight_decay, tol=1e-6, max_iter=1000)
    m.fit(X, y, rng=np.random.default_rng(0))
    assert m.converged_ and 0 < m.n_iter_ < 1000
    # the reference in float64: on float32 features scikit-learn's L-BFGS stops early on its function-change
    # test (58 iterations at C = 10 whatever the tol, 2.1e-3 from its own float64 optimum)
    ref = LogisticRegression(C=1 / weight_decay, tol=1e-10, max_iter=5000).fit(X.astype(np.float64), y)
    np.testing.assert_allclose(m.predict_proba(digits.X_test), ref.predict_proba(digits.X_test.astype(np.float64)),
                               atol=2e-3)


@pytest.mark.parametrize("memory", [1, 3, 7])
def test_logreg_history_window_reaches_the_same_optimum(digits, labeled, memory):
    """Short L-BFGS memories: every iteration drops the oldest pair and the
    history buffer (twice the memory) moves to the front many times per fit."""
    from sklearn.linear_model import LogisticRegression

    X, y = labeled
    m = _learner("logreg", digits, tol=1e-6, max_iter=2000, memory=memory)
    m.fit(X, y, rng=np.random.default_rng(0))
    assert m.converged_ and m.n_iter_ > 4 * memory
    ref = LogisticRegression(C=1.0, tol=1e-10, max_iter=5000).fit(X.astype(np.float64), y)   # float64: see above
    np.testing.assert_allclose(m.predict_proba(digits.X_test), ref.predict_proba(digits.X_test.astype(np.float64)),
                               atol=2e-3)


def test_logreg_converges_at_default_settings(digits):
    for n in (20, 300, 1000):
        idx = np.random.default_rng(n).choice(digits.n_pool, n, replace=False)
        m = _learner("logreg", digits).fit(digits.X_pool[idx], digits.y_pool[idx], rng=np.random.default_rng(0))
        assert m.converged_ and m.n_iter_ < m.max_iter


def test_logreg_handles_classes_missing_from_the_labels(digits):
    idx = np.flatnonzero(digits.y_pool < 3)[:30]
    m = _learner("logreg", digits).fit(digits.X_pool[idx], digits.y_pool[idx], rng=np.random.default_rng(0))
    assert set(np.unique(m.predict(digits.X_test))) <= {0, 1, 2}


def test_warm_start_continues_from_previous_weights(digits, labeled):
    X, y = labeled
    cold = _learner("logreg", digits, tol=1e-6).fit(X, y, rng=np.random.default_rng(0))
    warm = _learner("logreg", digits, tol=1e-6, warm_start=True)
    warm.fit(X[:150], y[:150], rng=np.random.default_rng(0))
    warm.fit(X, y, rng=np.random.default_rng(0))
    assert warm.n_iter_ < cold.n_iter_
    np.testing.assert_allclose(warm.predict_proba(digits.X_test), cold.predict_proba(digits.X_test), atol=1e-3)


def test_predicts_in_chunks_beyond_one_chunk(digits, labeled):
    X, y = labeled
    m = _learner("logreg", digits).fit(X, y, rng=np.random.default_rng(0))
    big = np.tile(digits.X_test[:10], (PREDICT_CHUNK // 10 + 2, 1))
    probs = m.predict_proba(big)
    assert probs.shape[0] == big.shape[0] > PREDICT_CHUNK
    np.testing.assert_allclose(probs[-10:], probs[:10], atol=1e-6)


def test_cnn_handles_sequences():
    ds = load("mnist1d", n_samples=400)
    m = _learner("cnn", ds).fit(ds.X_pool[:100], ds.y_pool[:100], rng=np.random.default_rng(0))
    assert m.predict_proba(ds.X_test).shape == (ds.n_test, 10)


def test_clear_refusals(digits):
    with pytest.raises(ValueError, match="tabular.*use --model logreg or mlp"):
        make_learner("cnn", n_features=30, n_classes=2, input_shape=(30,))
    with pytest.raises(ValueError, match="logreg, mlp, cnn"):
        make_learner("svm", n_features=4, n_classes=2, input_shape=(4,))
    with pytest.raises(ValueError, match="no parameter 'depth'"):
        make_learner("mlp", n_features=4, n_classes=2, input_shape=(4,), depth=3)
    m = _learner("logreg", digits)
    with pytest.raises(ValueError, match="labels must be integers in"):
        m.fit(digits.X_pool[:5], np.array([0, 1, 2, 3, 10]), rng=np.random.default_rng(0))
    with pytest.raises(RuntimeError, match="not fitted"):
        m.predict_proba(digits.X_test)


@pytest.mark.parametrize("name, params, match", [
    ("logreg", {"weight_decay": -1}, "weight_decay must be a number >= 0"),
    ("logreg", {"tol": 0}, "tol must be a number > 0"),
    ("logreg", {"max_iter": 0}, "max_iter must be a whole number"),
    ("mlp", {"dropout": 1.0}, "dropout must be a number >= 0.0 and < 1.0"),
    ("mlp", {"lr": "fast"}, "lr must be a number"),
    ("mlp", {"layers": 3}, "layers must be 1 or 2"),
    ("mlp", {"steps": 2.5}, "steps must be a whole number"),
    ("cnn", {"channels": (4, 0)}, "channels must be a whole number"),
])
def test_bad_learner_params_one_line(name, params, match):
    with pytest.raises(ValueError, match=match) as info:
        make_learner(name, n_features=64, n_classes=10, input_shape=(1, 8, 8), **params)
    assert "\n" not in str(info.value)


def test_cnn_channels_from_one_number(digits, labeled):
    X, y = labeled
    m = _learner("cnn", digits, channels=4).fit(X[:50], y[:50], rng=np.random.default_rng(0))
    assert m.predict_proba(X[:5]).shape == (5, 10)


@pytest.mark.parametrize(("name", "params"), [*FAST.items(), ("forest", {"n_estimators": 5}), ("knn", {}),
                                              ("sklearn:sklearn.tree.DecisionTreeClassifier", {})])
def test_skip_fit_draws_from_the_model_stream_what_a_fit_draws(name, params, digits, labeled):
    fitted, skipped = np.random.default_rng(7), np.random.default_rng(7)
    make_learner(name, n_features=digits.n_features, n_classes=digits.n_classes, input_shape=digits.input_shape,
                 **params).fit(*labeled, rng=fitted)
    skip_fit(name, skipped)
    assert skipped.bit_generator.state == fitted.bit_generator.state
    assert skipped.integers(2**62) == fitted.integers(2**62)
    with pytest.raises(ValueError, match="unknown model"):
        skip_fit("nope", skipped)
