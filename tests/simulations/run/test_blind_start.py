"""`--blind-start`: the test split and the initial set drawn without the labels, as a campaign draws them."""

import numpy as np

from simulations.data.datasets import count_test_rows, load, random_split, split_rng
from simulations.run.ceiling import FullPoolSpec
from simulations.run.config import SimulationConfig
from simulations.run.loop import _Run, blind_initial, run_streams


def _spec(**changes):
    config = SimulationConfig(datasets=("breast_cancer",), strategies=("margin",), seeds=(4,), initial=6,
                              batch_size=5, rounds=1, **changes)
    return config.runs()[0]


def test_a_run_drawn_by_class_keeps_its_key_and_a_blind_one_gets_its_own():
    drawn, blind = _spec(), _spec(blind_start=True)
    assert "blind_start" not in drawn.to_dict() and blind.to_dict()["blind_start"] is True
    assert drawn.key() != blind.key() and drawn.data_key() != blind.data_key()
    ceiling = FullPoolSpec.from_run(drawn, 400, 100)
    assert "blind_start" not in ceiling.to_dict()
    assert FullPoolSpec.from_run(blind, 400, 100).key() != ceiling.key()


def test_a_blind_run_draws_the_split_and_the_initial_set_uniformly_from_its_seed():
    spec = _spec(blind_start=True)
    run = _Run(spec, stop_signals=False)
    full = load("breast_cancer", seed=0)
    n = full.n_pool + full.n_test
    pool_rows, test_rows = random_split(n, count_test_rows("breast_cancer", n, 0.25), split_rng(0))
    assert run.ds.n_test == test_rows.shape[0] and run.ds.n_pool == pool_rows.shape[0]
    _, (init_ss, *_) = run_streams(4)
    np.testing.assert_array_equal(run.labeled, blind_initial(run.ds.n_pool, 6, np.random.default_rng(init_ss)))
    stratified = _Run(_spec(), stop_signals=False)
    assert not np.array_equal(stratified.labeled, run.labeled)
