"""Behaviour of each strategy and selector on fake arrays built so the right answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from simulations.strategies import QueryContext, query
from simulations.strategies import scores
from simulations.strategies.selectors import cluster_round_robin, k_center_greedy, kmeans_pp, top_k

SEEDS = [0, 3, 99]


def _rng(seed):
    return np.random.default_rng(seed)


# ------------------------------------------------------------------ selectors


@pytest.mark.parametrize("seed", SEEDS)
def test_top_k_returns_the_k_largest_in_order(seed):
    rng = _rng(seed)
    s = rng.normal(size=300)
    out = top_k(s, 10, rng)
    np.testing.assert_array_equal(out, np.argsort(-s)[:10])


def test_top_k_includes_every_tied_score_above_the_cut():
    s = np.array([1.0, 5.0, 5.0, 0.0, 5.0, 2.0])
    out = top_k(s, 4, _rng(0))
    assert set(out[:3].tolist()) == {1, 2, 4} and out[3] == 5


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("max_lazy", [0, 2, 32])
def test_k_center_greedy_takes_the_farthest_point_each_time(seed, max_lazy):
    """Lazy updates change the cost, never the answer: each pick is the farthest point."""
    rng = _rng(seed)
    X = rng.normal(size=(150, 5)).astype(np.float32) * rng.uniform(0.5, 5)
    C = rng.normal(size=(8, 5)).astype(np.float32)
    out = k_center_greedy(X, C, 40, _rng(1), max_lazy=max_lazy)
    Xd, centers = X.astype(np.float64), list(C.astype(np.float64))
    used = np.zeros(len(X), bool)
    for i in out:
        d = ((Xd[:, None] - np.array(centers)[None]) ** 2).sum(-1).min(1)
        d[used] = -1.0
        assert d[i] >= d.max() * (1 - 1e-4)
        used[i] = True
        centers.append(Xd[i])


def test_k_center_greedy_without_labeled_set_starts_at_random_then_goes_far():
    X = np.array([[0, 0], [0.1, 0], [10, 0], [0, 10], [0.2, 0.1]], dtype=np.float32)
    firsts = {int(k_center_greedy(X, None, 1, _rng(s))[0]) for s in range(30)}
    assert len(firsts) > 1
    out = k_center_greedy(X, X[:1], 2, _rng(0))
    assert set(out.tolist()) == {2, 3}


@pytest.mark.parametrize("seed", SEEDS)
def test_kmeans_pp_never_takes_a_duplicate_while_distinct_points_remain(seed):
    rng = _rng(seed)
    big_a, big_b, small = np.array([10.0, 0.0]), np.array([0.0, 9.0]), np.array([0.1, 0.1])
    X = np.repeat(np.stack([small, big_a, big_b]), 30, axis=0)
    X = X[rng.permutation(len(X))].astype(np.float32)
    out = kmeans_pp(X, 3, rng)
    assert np.linalg.norm(X[out[0]]) == pytest.approx(10.0)  # largest gradient first
    assert len({tuple(X[i]) for i in out}) == 3


def test_round_robin_visits_small_clusters_first():
    labels = np.array([0] * 10 + [1] * 2 + [2] * 5)
    out = cluster_round_robin(labels, 3, _rng(0))
    assert sorted(labels[out].tolist()) == [0, 1, 2] and labels[out[0]] == 1


# ------------------------------------------------------------------ Bayesian


def _mc_case():
    T = 6
    disagree = np.array([[0.99, 0.01], [0.01, 0.99]] * (T // 2))  # confident, contradicting
    flat = np.full((T, 2), 0.5)  # uncertain, agreeing
    sure = np.tile([0.97, 0.03], (T, 1))
    return np.stack([sure, flat, disagree, sure], axis=1)  # (T, 4, 2)


def test_bald_prefers_disagreement_over_plain_uncertainty():
    mc = _mc_case()
    ctx = QueryContext(n_pool=4, n_classes=2, mc_probs=mc)
    assert query("bald", ctx, 1, _rng(0)).tolist() == [2]
    b = scores.bald(mc)
    assert b[1] == pytest.approx(0.0, abs=1e-9) and b[2] > 0.5


def test_mc_entropy_scores_the_mean_prediction():
    mc = _mc_case()
    ctx = QueryContext(n_pool=4, n_classes=2, mc_probs=mc)
    assert set(query("mc_entropy", ctx, 2, _rng(0)).tolist()) == {1, 2}
    np.testing.assert_allclose(scores.mc_entropy(mc)[[1, 2]], np.log(2), rtol=1e-6)


# ------------------------------------------------------------------ core-set


@pytest.mark.parametrize("seed", SEEDS)
def test_coreset_picks_the_points_far_from_the_labeled_set(seed):
    rng = _rng(seed)
    near = rng.normal(size=(200, 8)) * 0.3
    far = rng.normal(size=(3, 8)) * 0.3 + np.array([[20] + [0] * 7, [0, -20] + [0] * 6, [0, 0, 20] + [0] * 5])
    emb = np.concatenate([near, far]).astype(np.float32)
    lab = (rng.normal(size=(10, 8)) * 0.3).astype(np.float32)
    ctx = QueryContext(n_pool=203, n_classes=3, embeddings=emb, labeled_embeddings=lab)
    assert set(query("coreset", ctx, 3, rng).tolist()) == {200, 201, 202}


def _three_blobs_and_an_outlier(rng):
    centres = np.array([[0.0, 0.0], [12.0, 0.0], [0.0, 12.0]])
    blobs = np.concatenate([c + rng.normal(size=(100, 2)) * 0.5 for c in centres])
    return np.concatenate([blobs, [[60.0, 60.0]]]).astype(np.float32)


@pytest.mark.parametrize("seed", SEEDS)
def test_coreset_robust_ignores_a_lone_outlier_that_greedy_chases(seed):
    X = _three_blobs_and_an_outlier(_rng(seed))
    ctx = QueryContext(n_pool=301, n_classes=2, embeddings=X, labeled_embeddings=np.empty((0, 2), np.float32))
    greedy = query("coreset", ctx, 3, _rng(seed))
    robust = query("coreset_robust", ctx, 3, _rng(seed))
    assert 300 in greedy.tolist()
    assert 300 not in robust.tolist()
    assert sorted((robust // 100).tolist()) == [0, 1, 2]  # one center per blob


# ------------------------------------------------------------------ DAL


@pytest.mark.parametrize("seed", SEEDS)
def test_dal_queries_the_region_the_labeled_set_does_not_represent(seed):
    rng = _rng(seed)
    lab = rng.normal(size=(100, 2)).astype(np.float32)
    pool = np.concatenate([rng.normal(size=(100, 2)), rng.normal(size=(30, 2)) * 0.5 + 5]).astype(np.float32)
    ctx = QueryContext(n_pool=130, n_classes=2, embeddings=pool, labeled_embeddings=lab)
    out = query("dal", ctx, 10, rng)
    assert (out >= 100).sum() >= 6  # random would take 2.3 on average


# ------------------------------------------------------------------ EGL


def test_egl_matches_the_autograd_gradient_norm_of_a_softmax_layer():
    import torch

    rng = _rng(0)
    h = torch.tensor(rng.normal(size=(7, 5)), dtype=torch.float64)
    W = torch.tensor(rng.normal(size=(3, 5)), dtype=torch.float64, requires_grad=True)
    probs = torch.softmax(h @ W.T, dim=1).detach()
    expected = np.zeros(7)
    for i in range(7):
        for y in range(3):
            loss = torch.nn.functional.cross_entropy((h[i : i + 1] @ W.T), torch.tensor([y]))
            (g,) = torch.autograd.grad(loss, W)
            expected[i] += probs[i, y].item() * g.norm().item()
    got = scores.expected_gradient_length(probs.numpy(), h.numpy())
    np.testing.assert_allclose(got, expected, rtol=1e-9)


def test_egl_prefers_uncertain_points_with_large_representations():
    probs = np.array([[0.5, 0.5], [0.99, 0.01], [0.5, 0.5]])
    emb = np.array([[1.0, 0.0], [5.0, 0.0], [3.0, 4.0]], dtype=np.float32)
    ctx = QueryContext(n_pool=3, n_classes=2, probs=probs, embeddings=emb)
    assert query("egl", ctx, 3, _rng(0)).tolist() == [2, 0, 1]


# ------------------------------------------------------------------ adversarial


class LinearModel:
    def __init__(self, W, b):
        import torch

        self.W = torch.tensor(W, dtype=torch.float32)
        self.b = torch.tensor(b, dtype=torch.float32)

    def forward_logits(self, x):
        return x @ self.W.T + self.b


def test_deepfool_distance_is_the_distance_to_a_linear_boundary():
    from simulations.strategies.adversarial import deepfool_distance

    rng = _rng(0)
    W = rng.normal(size=(2, 4))
    b = rng.normal(size=2)
    X = rng.normal(size=(50, 4)).astype(np.float32)
    dw, db = W[1] - W[0], b[1] - b[0]
    exact = np.abs(X @ dw + db) / np.linalg.norm(dw)
    got = deepfool_distance(LinearModel(W, b), X)
    np.testing.assert_allclose(got, exact * 1.02, rtol=1e-3, atol=1e-3)


@pytest.mark.parametrize("seed", SEEDS)
def test_adversarial_picks_the_points_closest_to_the_boundary(seed):
    rng = _rng(seed)
    W = np.array([[0.0, 0.0], [3.0, 0.0]])  # boundary: x0 = 0
    X = rng.uniform(-5, 5, size=(60, 2)).astype(np.float32)
    ctx = QueryContext(n_pool=60, n_classes=2, features=X, model=LinearModel(W, np.zeros(2)))
    out = query("adversarial", ctx, 5, rng)
    assert set(out.tolist()) == set(np.argsort(np.abs(X[:, 0]))[:5].tolist())


# ------------------------------------------------------------------ BADGE, TypiClust, Cluster-Margin


@pytest.mark.parametrize("seed", SEEDS)
def test_badge_picks_diverse_high_gradient_points(seed):
    rng = _rng(seed)
    confident = rng.normal(size=(40, 6)) * 0.01  # tiny gradients
    directions = np.eye(6)[:3] * 10
    uncertain = np.repeat(directions, 5, axis=0) + rng.normal(size=(15, 6)) * 0.01
    g = np.concatenate([confident, uncertain]).astype(np.float32)
    ctx = QueryContext(n_pool=55, n_classes=3, grad_embeddings=g)
    largest = int(np.argmax(np.linalg.norm(g, axis=1)))
    for s in range(10):
        out = query("badge", ctx, 4, _rng(seed * 100 + s))
        assert out[0] == largest  # the largest gradient comes first
        groups = [int(i - 40) // 5 for i in out if i >= 40]
        assert len(groups) == len(set(groups))  # never two near-identical gradients


@pytest.mark.parametrize("seed", SEEDS)
def test_typiclust_picks_dense_points_from_different_clusters(seed):
    rng = _rng(seed)
    centres = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    core = np.concatenate([c + rng.normal(size=(40, 2)) * 0.3 for c in centres])
    halo = np.concatenate([c + rng.normal(size=(20, 2)) * 4.0 for c in centres])
    X = np.concatenate([core, halo]).astype(np.float32)
    ctx = QueryContext(n_pool=len(X), n_classes=3, embeddings=X, labeled_embeddings=np.empty((0, 2), np.float32))
    out = query("typiclust", ctx, 3, rng)
    assert (out < 120).all()  # dense cores, not the halo
    assert sorted((out // 40).tolist()) == [0, 1, 2]  # one per cluster


# Cluster-Margin (the pool clustered once, smallest cluster first): tests/simulations/strategies/test_cluster_margin.py


@pytest.mark.parametrize("seed", SEEDS)
def test_kmeans_pp_draws_exactly_in_proportion_to_squared_distance(seed):
    """The lazy rejection sampler follows D^2 exactly (chi-square, lenient threshold)."""
    from scipy.stats import chisquare

    X = _rng(seed).normal(size=(6, 3)).astype(np.float32)
    first = int(np.argmax((X.astype(np.float64) ** 2).sum(1)))
    d2 = ((X.astype(np.float64) - X[first]) ** 2).sum(1)
    draws = 3000
    counts = np.zeros(6)
    for s in range(draws):
        counts[kmeans_pp(X, 2, _rng([seed, s]), max_pending=1)[1]] += 1
    assert counts[first] == 0
    mask = d2 > 0
    assert chisquare(counts[mask], draws * d2[mask] / d2.sum()).pvalue > 1e-4


@pytest.mark.parametrize("seed", SEEDS)
def test_typiclust_skips_the_cluster_the_labeled_set_already_covers(seed):
    rng = _rng(seed)
    centres = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    X = np.concatenate([c + rng.normal(size=(40, 2)) for c in centres]).astype(np.float32)
    lab = (centres[0] + rng.normal(size=(2, 2)) * 0.3).astype(np.float32)  # cluster 0 is labeled
    ctx = QueryContext(n_pool=120, n_classes=3, embeddings=X, labeled_embeddings=lab)
    out = query("typiclust", ctx, 2, rng)
    assert sorted((out // 40).tolist()) == [1, 2]
