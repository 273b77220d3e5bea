"""The stopping signals read off the next query's probabilities are the ones a direct prediction gives."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from simulations.run.config import RunSpec
from simulations.run.loop import _Run, run_one

TIMINGS = ["train_seconds", "query_seconds"]


@settings(max_examples=8, derandomize=True, database=None, deadline=None)
@given(model=st.sampled_from(["logreg", "forest", "knn"]),
       strategy=st.sampled_from(["margin", "entropy", "combined:margin+random", "cluster_margin"]),
       dataset=st.sampled_from(["breast_cancer", "digits"]), seed=st.integers(0, 2**32 - 1),
       batch=st.integers(5, 60))
def test_signals_read_off_the_query_equal_a_direct_prediction(model, strategy, dataset, seed, batch):
    params = (("n_estimators", 5),) if model == "forest" else ()
    spec = RunSpec(dataset=dataset, model=model, strategy=strategy, seed=seed, initial=10, batch_size=batch,
                   rounds=3, model_params=params)
    reused = run_one(spec)
    direct = _Run(spec)
    assert direct.reuse_probs
    direct.reuse_probs = False  # every round predicts its stop set and pool itself
    expected = direct.run_alone()
    pd.testing.assert_frame_equal(reused.drop(columns=TIMINGS), expected.drop(columns=TIMINGS), check_exact=True)
    assert reused["stop_agreement"].iloc[1:].notna().all()
