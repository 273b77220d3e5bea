"""The forecast's fits kept by a lent store (planner.forecast.memo): read back, the draws are the same to the bit;
a store that returns anything but what it kept is fitted again; without a store nothing is kept."""

from __future__ import annotations

import numpy as np
import pytest

import planner.forecast.bootstrap as bootstrap
from planner.forecast.draws import draw_table
from planner.forecast.io import read_curves
from planner.forecast.memo import lending
from tests.builders import proxy_table
from tests.seeds import SEED


class Store:
    """A store in memory; ``spoil(kept)`` changes what it returns."""

    def __init__(self, spoil=None):
        self.kept, self.spoil = {}, spoil

    def arrays(self, key):
        kept = self.kept.get(key)
        return kept if kept is None or self.spoil is None else self.spoil(dict(kept))

    def keep(self, key, arrays):
        self.kept[key] = dict(arrays)


@pytest.fixture(scope="module")
def curves():
    return read_curves(proxy_table(np.random.default_rng(SEED), "p", 0.95, 0.6, 0.5, [("random", 1.0),
                                                                                     ("margin", 1.6)]))


def _tails(draws) -> list:
    return [np.concatenate([d.y_end, d.plateau, d.rate]) for d in (draws.get(s) for s in draws.strategies)]


def _fits(monkeypatch) -> list:
    calls = []
    real = bootstrap.fit_all
    monkeypatch.setattr(bootstrap, "fit_all", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_fits_read_back_give_the_same_draws_and_fit_nothing(curves, monkeypatch):
    plain = _tails(draw_table(curves, n_draws=200, seed=3))
    store = Store()
    with lending(store):
        first = _tails(draw_table(curves, n_draws=200, seed=3))
        calls = _fits(monkeypatch)
        again = _tails(draw_table(curves, n_draws=200, seed=3))
    assert store.kept and not calls
    for a, b, c in zip(plain, first, again):
        assert a.tobytes() == b.tobytes() == c.tobytes()


@pytest.mark.parametrize("spoil", [lambda k: {}, lambda k: {**k, "scores": k["scores"].astype(np.float32)},
                                   lambda k: {**k, "fit_names": np.arange(3)}, lambda k: {**k, "fit_0": np.zeros((2, 2))}])
def test_a_store_that_returns_other_arrays_is_fitted_again(curves, monkeypatch, spoil):
    plain = _tails(draw_table(curves, n_draws=200, seed=3))
    store = Store(spoil)
    with lending(store):
        draw_table(curves, n_draws=200, seed=3)
        calls = _fits(monkeypatch)
        again = _tails(draw_table(curves, n_draws=200, seed=3))
    assert calls
    assert all(a.tobytes() == b.tobytes() for a, b in zip(plain, again))


def test_without_a_store_nothing_is_kept_and_a_lent_one_is_given_back(curves):
    store = Store()
    with lending(store):
        pass
    draw_table(curves, n_draws=50, seed=1)
    assert not store.kept
