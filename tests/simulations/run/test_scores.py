"""The test scores each round records: accuracy, macro F1, balanced accuracy, the minority class's recall."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, recall_score

from simulations import CURVE_COLUMNS, SimulationConfig, simulate
from simulations.data.datasets import load
from simulations.results.schema import METRIC_COLUMNS
from simulations.run.loop import minority_class, score_predictions
from tests.seeds import from_env

SEED = from_env(default=0)


@pytest.mark.filterwarnings("ignore::UserWarning")  # scikit-learn on a test set of one class
@settings(max_examples=200, deadline=None)
@given(st.integers(2, 5), st.data())
def test_scores_agree_with_scikit_learn(n_classes, data):
    n = data.draw(st.integers(1, 60))
    labels = st.lists(st.integers(0, n_classes - 1), min_size=n, max_size=n)
    y_true, y_pred = np.array(data.draw(labels)), np.array(data.draw(labels))
    minority = minority_class(np.array(data.draw(labels)), n_classes)
    acc, f1, balanced, recall = score_predictions(y_true, y_pred, n_classes, minority)
    present = np.union1d(y_true, y_pred)
    assert acc == pytest.approx(accuracy_score(y_true, y_pred))
    assert f1 == pytest.approx(f1_score(y_true, y_pred, average="macro", labels=present, zero_division=0))
    if np.unique(y_true).size == np.unique(np.r_[y_true, y_pred]).size:  # sklearn warns and differs otherwise
        assert balanced == pytest.approx(balanced_accuracy_score(y_true, y_pred))
    if n_classes != 2:
        assert minority is None and np.isnan(recall)
    elif minority in y_true:
        assert recall == pytest.approx(recall_score(y_true, y_pred, pos_label=minority, average="binary"))
    else:  # the class is absent from the test set: no recall to measure
        assert np.isnan(recall)


def test_minority_is_the_rarer_pool_class():
    assert minority_class(np.array([0, 0, 0, 1]), 2) == 1
    assert minority_class(np.array([0, 1, 1, 1]), 2) == 0
    assert minority_class(np.array([0, 1, 0, 1]), 2) == 1  # a tie: the "positive" class
    assert minority_class(np.array([0, 1, 2, 2]), 3) is None


def test_a_run_on_an_imbalanced_set_records_every_score():
    """85/15 synthetic classes: the scores lie in [0, 1] and hold together (accuracy is the test set's
    mix of the two recalls that balanced accuracy averages)."""
    params = (("n_samples", 2000), ("n_features", 10), ("n_classes", 2), ("class_sep", 0.6),
              ("imbalance", 85 / 15))
    cfg = SimulationConfig(datasets=("synthetic",), strategies=("random", "margin"), seeds=(SEED,),
                           initial=10, batch_size=20, rounds=4, dataset_params=params)
    df = simulate(cfg)
    assert tuple(df.columns) == CURVE_COLUMNS
    scores = df[list(METRIC_COLUMNS)]
    assert scores.notna().all().all() and ((scores >= 0) & (scores <= 1)).all().all()
    ds = load("synthetic", seed=SEED, **dict(params))
    assert minority_class(ds.y_pool, 2) == 1 and np.mean(ds.y_pool == 1) == pytest.approx(0.15, abs=0.01)
    share = float(np.mean(ds.y_test == 1))
    majority_recall = 2 * df["balanced_accuracy"] - df["minority_recall"]
    mixed = share * df["minority_recall"] + (1 - share) * majority_recall
    np.testing.assert_allclose(df["accuracy"], mixed, atol=1e-9)
    # on 85/15 accuracy sits above balanced accuracy whenever the rarer class is recalled worse
    worse = df["minority_recall"] < majority_recall
    assert (df.loc[worse, "accuracy"] > df.loc[worse, "balanced_accuracy"]).all()


def test_more_than_two_classes_record_no_minority_recall():
    cfg = SimulationConfig(strategies=("random",), seeds=(SEED,), initial=20, batch_size=20, rounds=2)
    df = simulate(cfg)  # digits: ten classes
    assert df["minority_recall"].isna().all()
    assert df["balanced_accuracy"].between(0, 1).all() and df["macro_f1"].between(0, 1).all()
