"""The stopping signals read off the next query's probabilities are the ones a direct prediction gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simulations.run.config import RunSpec
from simulations.run.loop import _Run, run_one
from tests.simulations.builders import same_curves



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
    same_curves(reused, expected)
    assert reused["stop_agreement"].iloc[1:].notna().all()


@settings(max_examples=6, derandomize=True, database=None, deadline=None)
@given(strategy=st.sampled_from(["margin", "random", "coreset"]), dataset=st.sampled_from(["breast_cancer", "digits"]),
       seed=st.integers(0, 2**32 - 1), batch=st.integers(5, 40))
def test_a_forest_predicts_the_signals_rows_with_the_test_set_and_the_curves_do_not_change(strategy, dataset, seed,
                                                                                           batch):
    """A forest's predict_proba visits every tree a call: the signals' rows join the test set's call (one call a
    round besides the query's), and every column is what separate calls give."""
    spec = RunSpec(dataset=dataset, model="forest", strategy=strategy, seed=seed, initial=10, batch_size=batch,
                   rounds=3, model_params=(("n_estimators", 5),))
    runs = {joint: _Run(spec) for joint in (True, False)}
    calls = {True: 0, False: 0}
    for joint, run in runs.items():
        assert run.learner.JOINT_PREDICTIONS
        run.learner.JOINT_PREDICTIONS = joint
        predict_proba = run.learner.predict_proba

        def counted(X, joint=joint, predict_proba=predict_proba):
            calls[joint] += 1
            return predict_proba(X)

        run.learner.predict_proba = counted
    joint, separate = (runs[j].run_alone() for j in (True, False))
    same_curves(joint, separate)
    queries = 3 if runs[True].reuse_probs else 0  # a query that reads probabilities predicts the pool
    assert calls[True] == 4 + queries  # one call a round for the test set and the signals, plus the queries'
    assert calls[False] > calls[True]
