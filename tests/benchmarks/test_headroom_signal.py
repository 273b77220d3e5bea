"""benchmarks/forecast/headroom_signal.py: round 46's screen of the pool's disagreement (its labeled sets rebuilt
exactly, its features, its readings)."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import headroom_signal as hs  # noqa: E402
import sk_truth as skt  # noqa: E402


def test_the_random_runs_labeled_set_is_rebuilt_exactly():
    spec = skt.quick_spec(skt.SPECS["clf10_hard"])
    sp = skt.make_split(spec, 1, learner="gnb")
    run = skt.run_al(sp, "gnb", "random", 1)
    for n, measured in zip(run["n_labels"], run["accuracy"]):
        lab = hs.random_labeled(sp, 1, n)
        assert lab.size == n and np.unique(lab).size == n
        # the fit on the rebuilt set scores what the run measured at every count
        assert hs.disagreement(sp, "gnb", 1, lab, b=0)["acc"] == pytest.approx(float(measured))
    assert hs.random_labeled(sp, 1, 1e9).size == sp.budget                  # never past the budget


def test_the_features_of_one_labeled_set():
    spec = skt.quick_spec(skt.SPECS["iris"])
    sp = skt.make_split(spec, 0, learner="knn")
    small, large = hs.random_labeled(sp, 0, 12), hs.random_labeled(sp, 0, sp.budget // 2)
    a, b = hs.disagreement(sp, "knn", 0, small), hs.disagreement(sp, "knn", 0, large)
    for f in (a, b):
        assert 0.0 <= f["disagree"] <= 1.0 and 0.0 <= f["acc"] <= 1.0
        assert f["headroom"] == pytest.approx(f["disagree"] / max(1.0 - f["acc"], 1e-3))
    assert a["disagree"] > b["disagree"]          # a committee on 12 labels disagrees more than one on the budget
    assert hs.disagreement(sp, "knn", 0, small) == a                        # seeded
    whole = hs.disagreement(sp, "knn", 0, np.arange(sp.y_pool.size))      # no pool left to disagree on
    assert np.isnan(whole["disagree"]) and 0.0 <= whole["acc"] <= 1.0


def test_the_screen_reads_a_feature_that_tracks_the_residual():
    rng = np.random.default_rng(0)
    keys = [f"skl:s{i}" for i in range(40)]
    h = rng.uniform(0.3, 1.5, 40)
    feats = pd.DataFrame({"key": keys, "learner": "knn", "seed": 0, "acc": 0.8, "train_acc": 1.0,
                          "disagree": h * 0.2, "headroom": h})
    rows = pd.DataFrame([{"case_id": k, "key": k, "learner": "knn", "family": "kNN" if i % 2 else "tree",
                          "n": n, "ratio": r, "resid": 0.12 * (hv - 0.9) + rng.normal(0, 0.005)}
                         for i, (k, hv) in enumerate(zip(keys, h)) for n, r in ((100, 5.0), (200, 10.0))])
    out = hs.screen(feats, rows)
    assert out["partial_rho_headroom"] > 0.8 and out["gain"] > 0.3 and out["pass"]
    sep = out["separation"]   # the accuracy is the same everywhere here: only the disagreement separates
    last = rows[rows["n"] == 200]
    assert sep["climbers"] == int((last["resid"] > hs.CLIMB).sum()) and sep["cases"] == len(last)
    assert sep["climbers"] > 0 and sep["auc_disagreement"] > 0.75 and sep["auc_disagreement"] > sep["auc_accuracy"] + 0.2
    flat = hs.screen(feats.assign(headroom=rng.permutation(h)), rows)
    assert not flat["pass"]


def test_the_screen_passes_only_with_both_marks():
    assert hs.passes(0.3, 0.06) and hs.passes(hs.MIN_PARTIAL_RHO, hs.MIN_RELATIVE_GAIN)
    assert not hs.passes(0.9, 0.04) and not hs.passes(0.19, 0.9)
