"""prefix_bound.py: learned predictors of the accuracy at 8x, fitted and scored by data set."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import prefix_bound as pb  # noqa: E402


def _frame(n_keys=12, learners=("knn", "tree"), seed=0):
    """Rows of the script's shape: per (data set, learner) one case with truths at 2x, 4x and 8x; the gain is the
    last slope per doubling times the doublings (knn) or nothing (tree: flat)."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n_keys):
        for ln in learners:
            slope = rng.uniform(0.0, 0.03)
            y_end = rng.uniform(0.6, 0.9)
            for r in (2.0, 4.0, 8.0):
                gain = slope * np.log2(r) if ln == "knn" else 0.0
                f = {c: 0.0 for c in pb.FEATURES}
                f.update(y_end=y_end, slope2=slope, slope4=slope, log2_ratio=np.log2(r), gain_doubling=slope)
                rows.append({"case_id": f"{k}/{ln}", "key": f"lcdb:{k}", "learner": ln,
                             "family": "kNN" if ln == "knn" else "tree", "regime": "rising",
                             "n": 100 * r, "ratio": r, "truth": y_end + gain, **f, "gain": gain})
    return pd.DataFrame(rows)


def test_the_shape_features_read_the_prefix_mean():
    n = np.array([16.0, 32.0, 64.0, 128.0])
    Y = np.array([[0.60, 0.62, 0.64, 0.66], [0.62, 0.64, 0.66, 0.68]])
    f = pb.shape_features(n, Y)
    assert f["best"] == pytest.approx(0.67) and f["log2_n_end"] == pytest.approx(7.0)
    assert f["slope2"] == pytest.approx(0.02) and f["slope4"] == pytest.approx(0.02) and f["bend"] == pytest.approx(0)
    bent = pb.shape_features(n, np.array([[0.50, 0.60, 0.66, 0.67]]))
    assert bent["slope2"] == pytest.approx(0.01) and bent["bend"] < 0


def test_folds_keep_each_data_set_whole_and_use_every_fold():
    df = _frame()
    f = pb.folds(df["key"])
    assert df.assign(f=f).groupby("key")["f"].nunique().eq(1).all()
    assert set(f) == set(range(pb.FOLDS))
    assert (pb.folds(df["key"]) == f).all()   # seeded


def test_the_analogs_read_rows_of_the_same_learner_only():
    df = _frame()
    pred = pb.predict_analogs(df, df, k=len(df))   # every row of the learner: its mean gain
    tree = df["learner"] == "tree"
    assert np.allclose(pred[tree], df.loc[tree, "y_end"])          # the flat learner's analogs never rise
    assert (pred[~tree] > df.loc[~tree, "y_end"]).all()


def test_the_trees_learn_the_gain_and_beat_the_last_point_at_the_largest_count():
    df = _frame(n_keys=40)
    train, test = df[df["key"].str[5:].astype(int) < 30], df[df["key"].str[5:].astype(int) >= 30]
    model = pb.fit_gbm(train, {"max_depth": 3, "learning_rate": 0.1, "min_samples_leaf": 5})
    pred = pb.predict_gbm(model, test)
    naive = pb.at_largest(test, test["y_end"].to_numpy(float))["abs_err"].median()
    learned = pb.at_largest(test, pred)
    assert set(learned["ratio"]) == {8.0} and learned["abs_err"].median() < 0.5 * naive
    # a learner the training rows lack is a missing category, not an error
    unseen = test.assign(learner="mlp")
    assert np.isfinite(pb.predict_gbm(model, unseen)).all()


def test_the_cross_validation_picks_the_option_with_the_least_error():
    df = _frame()
    best, errors = pb.cross_validate(df, lambda fit, held, scale: held["y_end"].to_numpy(float)
                                     + scale * held["gain"].to_numpy(float), [0.0, 1.0, 2.0])
    assert best == 1.0 and errors[1] == pytest.approx(0.0) and errors[0] > 0 and errors[2] > 0


def test_a_missing_cases_file_or_a_bad_jobs_is_one_line(tmp_path, capsys):
    assert pb.main(["--cases", str(tmp_path / "none.parquet"), "--no-shipped"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.parquet" in err[0]
    assert pb.main(["--jobs", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("--jobs")
