"""The cost-aware strategy ``roi``: margin's uncertainty per unit of annotation cost (Haertel et al. 2008)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from simulations.strategies import QueryContext, get, query
from simulations.strategies.scores import margin, return_on_investment


def _ctx(probs, costs) -> QueryContext:
    probs = np.asarray(probs, dtype=np.float32)
    return QueryContext(n_pool=probs.shape[0], n_classes=probs.shape[1], probs=probs,
                        costs=None if costs is None else np.asarray(costs, dtype=np.float64))


def test_of_two_equally_uncertain_examples_roi_picks_the_cheaper():
    probs = [[0.55, 0.45], [0.9, 0.1], [0.45, 0.55], [0.99, 0.01]]
    for costs, cheap in (([30.0, 50.0, 10.0, 50.0], 2), ([10.0, 50.0, 30.0, 50.0], 0)):
        for seed in range(5):
            assert query("roi", _ctx(probs, costs), 1, np.random.default_rng(seed)).tolist() == [cheap]


def test_roi_trades_uncertainty_against_cost():
    # margin takes the most uncertain; roi the one whose uncertainty per second is highest
    probs, costs = [[0.5, 0.5], [0.8, 0.2]], [100.0, 10.0]
    assert query("margin", _ctx(probs, None), 1, np.random.default_rng(0)).tolist() == [0]
    assert query("roi", _ctx(probs, costs), 1, np.random.default_rng(0)).tolist() == [1]
    assert return_on_investment(np.array(probs), np.array(costs)) == pytest.approx([1.0 / 100, 0.4 / 10])


def test_a_free_example_comes_first_and_free_ones_by_uncertainty():
    probs = np.array([[0.5, 0.5], [0.9, 0.1], [0.6, 0.4], [0.7, 0.3]])
    scores = return_on_investment(probs, np.array([1e-6, 0.0, 0.0, 5.0]))
    assert np.argsort(-scores).tolist() == [2, 1, 0, 3]


@settings(max_examples=25, derandomize=True, deadline=None, database=None)
@given(logits=arrays(np.float64, (12, 3), elements=st.floats(-5, 5)), cost=st.floats(1e-3, 1e6))
def test_on_constant_costs_roi_ranks_as_margin(logits, cost):
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    a, b = margin(p), return_on_investment(p, np.full(12, cost))
    assert np.array_equal(np.sign(a[:, None] - a[None, :]), np.sign(b[:, None] - b[None, :]))


def test_roi_needs_costs_that_the_learner_does_not_give():
    s = get("roi")
    assert "costs" in s.needs and "costs" not in s.learner_needs
    with pytest.raises(ValueError, match="'roi' needs 'costs'"):
        query(s, _ctx([[0.5, 0.5]], None), 1, np.random.default_rng(0))
    with pytest.raises(ValueError, match="costs must be finite and >= 0"):
        query(s, _ctx([[0.5, 0.5], [0.6, 0.4]], [1.0, -1.0]), 1, np.random.default_rng(0))


def test_the_page_does_not_offer_roi_and_every_learner_serves_it():
    from simulations.run.config import available_choices, refused_strategies

    assert "roi" not in available_choices()[2] and "margin" in available_choices()[2]
    assert "roi" not in refused_strategies("forest")
