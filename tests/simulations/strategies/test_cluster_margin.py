"""Cluster-Margin as Citovsky et al. (2021): HAC of the pool once per run at a distance threshold,
then the smallest-margin candidates round-robin over their pool clusters, smallest cluster first.

The old version re-clustered the shortlist into exactly k clusters every round, so "smallest first"
never mattered and the clusters changed with the model (issue 10, item 4).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from simulations.strategies import QueryContext, get, query
from simulations.strategies.cluster_margin import ClusterMargin, pool_clusters, row_keys

SEEDS = [0, 3, 99]


def _blobs(rng, sizes, spread=0.1, gap=100.0):
    centres = np.arange(len(sizes))[:, None] * gap * np.ones((1, 2))
    X = np.concatenate([c + spread * rng.normal(size=(n, 2)) for c, n in zip(centres, sizes)]).astype(np.float32)
    which = np.repeat(np.arange(len(sizes)), sizes)
    return X, which


def _ctx(X, probs, labeled=None, emb=None):
    emb = X if emb is None else emb
    return QueryContext(n_pool=X.shape[0], n_classes=probs.shape[1], probs=probs, embeddings=emb, features=X,
                        labeled_embeddings=np.empty((0, X.shape[1]), np.float32) if labeled is None else labeled)


def _uncertain(n):
    return np.full((n, 2), 0.5)  # every candidate equally uncertain: the clusters decide


@pytest.mark.parametrize("seed", SEEDS)
def test_smallest_cluster_first(seed):
    rng = np.random.default_rng(seed)
    X, which = _blobs(rng, [50, 30, 3])
    every = dict(margin_multiple=100, threshold=10.0)  # every point a margin candidate
    pick = ClusterMargin(**every)(_ctx(X, _uncertain(len(X))), 1, rng)
    assert which[pick].tolist() == [2]  # the 3-point cluster comes first
    picks = ClusterMargin(**every)(_ctx(X, _uncertain(len(X))), 3, rng)
    assert sorted(which[picks].tolist()) == [0, 1, 2]  # then one from each, round-robin


@pytest.mark.parametrize("seed", SEEDS)
def test_only_the_smallest_margins_are_candidates(seed):
    rng = np.random.default_rng(seed)
    X, which = _blobs(rng, [40, 40])
    gap = np.concatenate([np.linspace(0.01, 0.1, 10), rng.uniform(0.6, 0.9, 70)])
    probs = np.stack([(1 + gap) / 2, (1 - gap) / 2], axis=1)
    picks = ClusterMargin(margin_multiple=5, threshold=10.0)(_ctx(X, probs), 2, rng)
    assert (picks < 10).all()  # the 5 * 2 smallest margins, all in cluster 0


def test_the_pool_is_clustered_once_per_run_and_kept_while_the_model_changes():
    rng = np.random.default_rng(0)
    X, which = _blobs(rng, [20, 20, 20])
    strategy = get("cluster_margin")  # the loop asks for it once per run
    assert isinstance(strategy.select, ClusterMargin)
    select = ClusterMargin(margin_multiple=100, threshold=10.0)
    strategy = replace(strategy, select=select)
    first = query(strategy, _ctx(X, _uncertain(60)), 3, rng)
    assert sorted(which[first].tolist()) == [0, 1, 2]
    assert select.n_clusterings_ == 1
    keep = np.setdiff1d(np.arange(60), first)
    scrambled = rng.normal(size=(keep.size, 2)).astype(np.float32)  # the new model's embeddings: no structure
    second = query(strategy, _ctx(X[keep], _uncertain(keep.size), emb=scrambled), 3, rng)
    assert select.n_clusterings_ == 1  # the clusters of the first round stay
    assert sorted(which[keep][second].tolist()) == [0, 1, 2]
    assert get("cluster_margin").select is not select  # a new run gets its own clustering


def test_the_labeled_set_is_part_of_the_clustered_pool():
    rng = np.random.default_rng(1)
    X, which = _blobs(rng, [30, 30])
    lab = (np.array([[200.0, 200.0]]) + 0.1 * rng.normal(size=(5, 2))).astype(np.float32)
    labels, _ = pool_clusters(np.concatenate([X, lab]), rng, threshold=10.0)
    assert len(set(labels[-5:].tolist())) == 1 and labels[-1] not in set(labels[:60].tolist())


def test_default_threshold_gives_about_sqrt_n_clusters_and_large_pools_stay_bounded():
    rng = np.random.default_rng(2)
    E = rng.normal(size=(400, 3))
    labels, eps = pool_clusters(E, rng)
    assert len(np.unique(labels)) == 20 and eps > 0
    big = rng.normal(size=(6000, 3))
    labels, _ = pool_clusters(big, np.random.default_rng(0), max_points=500)
    assert labels.shape == (6000,) and len(np.unique(labels)) == 22  # round(sqrt(500)) clusters, all assigned
    again, _ = pool_clusters(big, np.random.default_rng(0), max_points=500)
    assert np.array_equal(labels, again)  # seeded


def test_row_keys_follow_rows_not_positions():
    X = np.random.default_rng(0).normal(size=(50, 4)).astype(np.float32)
    keys = row_keys(X)
    assert len(set(keys.tolist())) == 50
    assert np.array_equal(row_keys(X[::-1]), keys[::-1])
