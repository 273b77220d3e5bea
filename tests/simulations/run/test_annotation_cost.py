"""Each run's cumulative annotation cost (``annotation_cost``) on data that carry per-example costs, and the
cost-aware strategy ``roi`` in the loop."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from simulations.data.datasets import Dataset
from simulations.results.schema import CURVE_COLUMNS
from simulations.run.config import SimulationConfig
from simulations.run.loop import _Run, simulate

N_POOL = 48


def _dataset(costs: np.ndarray | None, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    y = np.arange(N_POOL + 24) % 2
    X = (rng.normal(size=(y.size, 3)) + y[:, None]).astype(np.float32)
    for a in (X, y):
        a.flags.writeable = False
    return Dataset(name="costly", X_pool=X[:N_POOL], y_pool=y[:N_POOL], X_test=X[N_POOL:], y_test=y[N_POOL:],
                   classes=("a", "b"), input_shape=(3,), source="test", cost_pool=costs)


def _config(strategies, seeds=(0,)) -> SimulationConfig:
    return SimulationConfig(datasets=("costly",), strategies=tuple(strategies), seeds=tuple(seeds), initial=4,
                            batch_size=5, rounds=4)


@settings(max_examples=12, derandomize=True, deadline=None, database=None)
@given(costs=arrays(np.float64, N_POOL, elements=st.one_of(st.just(0.0), st.floats(0.0, 1e6))),
       strategy=st.sampled_from(["random", "margin", "roi", "combined:roi+random"]),
       seed=st.integers(0, 2**31 - 1))
def test_cumulative_cost_never_falls_and_is_the_labeled_examples_sum(costs, strategy, seed):
    ds = _dataset(costs)
    (spec,) = _config([strategy], seeds=(seed,)).runs_on(ds)
    run = _Run(spec, ds)
    curve = run.run_alone()
    spent = curve["annotation_cost"].to_numpy()
    assert np.all(np.diff(spent) >= 0)
    for r, part_end in enumerate(range(1, len(run.labeled_parts) + 1)):
        labeled = np.concatenate(run.labeled_parts[:part_end])
        assert curve["n_labels"].iloc[r] == labeled.size
        assert spent[r] == pytest.approx(costs[labeled].sum(), rel=1e-12, abs=0.0)


def test_without_costs_the_column_is_nan_and_the_table_keeps_its_columns():
    curves = simulate(_config(["random", "margin"]), dataset=_dataset(None))
    assert tuple(curves.columns) == CURVE_COLUMNS and CURVE_COLUMNS[-1] == "annotation_cost"
    assert curves["annotation_cost"].isna().all()


def test_roi_without_costs_is_refused_before_any_run_in_one_line():
    with pytest.raises(ValueError) as info:
        _config(["random", "roi"]).runs_on(_dataset(None))
    assert "\n" not in str(info.value) and "'roi'" in str(info.value) and "--cost-column" in str(info.value)
    with pytest.raises(ValueError, match="--cost-column names a column of your own data"):
        SimulationConfig(strategies=("random",), cost_column="seconds").validate()


def test_roi_on_constant_costs_buys_what_margin_buys():
    ds = _dataset(np.full(N_POOL, 7.0))
    curves = simulate(_config(["margin", "roi"], seeds=(0, 1)), dataset=ds)
    by = {s: g.drop(columns=["strategy", "train_seconds", "query_seconds"]).reset_index(drop=True)
          for s, g in curves.groupby("strategy")}
    pd.testing.assert_frame_equal(by["margin"], by["roi"])


def test_roi_spends_less_than_margin_for_the_same_labels_where_costs_vary():
    rng = np.random.default_rng(3)
    ds = _dataset(rng.choice([1.0, 100.0], size=N_POOL))
    curves = simulate(_config(["margin", "roi"], seeds=(0, 1, 2)), dataset=ds)
    last = curves[curves["round"] == 4].groupby("strategy")["annotation_cost"].mean()
    assert last["roi"] < last["margin"]


def test_a_costless_run_keeps_its_key():
    plain, = _config(["margin"]).runs_on(_dataset(None))
    assert "cost_column" not in plain.to_dict()
    costly = SimulationConfig(datasets=("file",), data_file=__file__, cost_column="seconds")
    assert costly._specs(strategies=("margin",), seeds=(0,))[0].cost_column == "seconds"
