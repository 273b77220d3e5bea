"""benchmarks/forecast/cases.py: prefixes, truths and features of the forecast cases."""

from __future__ import annotations

import math

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import cases as cases_mod  # noqa: E402
import split  # noqa: E402
from forecast_fakes import al_table, lcdb_table  # noqa: E402


@pytest.fixture
def fake_al():
    return al_table(noise=0.01)


@pytest.fixture
def fake_lcdb():
    return lcdb_table(noise=0.01)


def test_prefixes_never_contain_truth_and_parts_follow_split(fake_al):
    frame = cases_mod.build_cases(fake_al, "skl")
    cs = cases_mod.cases_from_frame(frame)
    assert len(cs) == 4 * 2 * 2 * 3 * 2  # data sets x models x strategies x prefixes x (means, single)
    for c in cs:
        assert c.part == split.part(c.key)
        assert c.key.startswith("skl:")
        assert c.n.max() < c.truth_n.min()
        assert c.n.size >= 3 and c.Y.shape == (c.features["n_runs"], c.n.size)
        frac = int(c.prefix_kind[4:])
        assert c.n_end <= 1280 / frac
        assert np.all(c.truth_n / c.n_end <= 16 * cases_mod.RATIO_TOL)
        assert c.kind == ("random" if c.strategy == "random" else "al")
        assert c.family == {"logreg": "linear", "mlp": "neural"}[c.learner]
        if c.single_run:
            assert c.Y.shape[0] == 1 and c.truth_source == "other_seeds"
        else:
            assert c.Y.shape[0] == 4 and c.truth_source == "all_seeds"


def test_single_run_truth_excludes_its_own_seed(fake_al):
    cs = cases_mod.cases_from_frame(cases_mod.build_cases(fake_al, "skl"))
    c = next(c for c in cs if c.single_run and c.prefix_kind == "frac8")
    own = int(c.seeds[0])
    g = fake_al[(fake_al["dataset"] == c.key[4:]) & (fake_al["model"] == c.learner)
                & (fake_al["strategy"] == c.strategy)]
    for n, t, t_same in zip(c.truth_n, c.truth_acc, c.truth_acc_same):
        at = g[g["n_labels"] == n]
        assert t == pytest.approx(at[at["seed"] != own]["accuracy"].mean())
        assert t_same == pytest.approx(at[at["seed"] == own]["accuracy"].iloc[0])


def test_features_come_from_the_prefix_only(fake_al):
    before = {c.case_id: c for c in cases_mod.cases_from_frame(cases_mod.build_cases(fake_al, "skl"))}
    changed = fake_al.copy()
    # rewrite everything after 1/16 of the budget: frac16 prefixes see nothing of it
    late = changed["n_labels"] > 1280 / 16
    changed.loc[late, "accuracy"] = 0.3 + 0.1 * np.sin(changed.loc[late, "n_labels"])
    after = {c.case_id: c for c in cases_mod.cases_from_frame(cases_mod.build_cases(changed, "skl"))}
    frac16 = [k for k in before if "|frac16|" in k]
    assert frac16
    for k in frac16:
        b, a = before[k], after[k]
        np.testing.assert_array_equal(a.n, b.n)
        np.testing.assert_array_equal(a.Y, b.Y)
        assert a.features.keys() == b.features.keys()
        for name, v in b.features.items():
            assert a.features[name] == v or (isinstance(v, float) and math.isnan(v) and math.isnan(a.features[name]))
        assert not np.allclose(a.truth_acc, b.truth_acc)


def test_lcdb_prefix_kinds_and_targets(fake_lcdb):
    cs = cases_mod.cases_from_frame(cases_mod.build_cases(fake_lcdb, "lcdb"))
    kinds = {c.prefix_kind for c in cs}
    assert kinds == {"first4", "first6", "first8", "frac16", "frac8", "frac4"}
    for c in cs:
        assert c.strategy == "random" and c.key.startswith("lcdb:")
        if c.prefix_kind.startswith("first"):
            assert c.n.size == int(c.prefix_kind[5:])
        else:
            assert c.n_end <= fake_lcdb["n_train"].max() / int(c.prefix_kind[4:])
        assert c.family in ("SVM", "tree")
        for t, lab, k in zip(c.targets, c.target_labels, c.target_kind):
            assert t > c.features["y_end"]
            if k == "above":
                assert math.isinf(lab) and t > c.truth_acc.max()
            else:
                r = int(k[1:])
                j = int(np.argmin(np.abs(np.log2(c.truth_n / c.n_end) - math.log2(r))))
                assert c.n_end < lab <= c.truth_n[j] + 1e-9


def test_holdout_ids_and_wrong_parts_are_refused(monkeypatch, fake_al):
    monkeypatch.setattr(split, "holdout_ids", lambda path=None: {424242})
    with pytest.raises(ValueError, match="holdout"):
        cases_mod.build_cases(lcdb_table(ids=(3, 424242)), "lcdb")
    with pytest.raises(ValueError, match="holdout"):
        split.part("lcdb:424242")
    stale = fake_al.copy()
    stale["part"] = "report"  # a stored part (e.g. from an earlier split) is not what split.py says now
    assert {split.part(f"skl:{d}") for d in stale["dataset"].unique()} != {"report"}
    frame = cases_mod.build_cases(stale, "skl")
    assert all(p == split.part(k) for p, k in zip(frame["part"], frame["key"]))
    assert all(c.part == split.part(c.key) for c in cases_mod.cases_from_frame(frame.assign(part="report")))
    with pytest.raises(ValueError, match="percent"):
        cases_mod.build_cases(fake_al.assign(accuracy=fake_al["accuracy"] * 100), "skl")
    with pytest.raises(ValueError, match="lacks columns"):
        cases_mod.build_cases(fake_al.drop(columns="n_labels"), "skl")
    good = fake_al.copy()
    good["part"] = [split.part(f"skl:{d}") for d in good["dataset"]]
    assert len(cases_mod.build_cases(good, "skl")) > 0


def test_regime_features():
    n = 2.0 ** np.arange(3, 10)
    flat = np.vstack([0.9 + 0.001 * np.sin(np.arange(n.size) + s) for s in range(3)])
    rising = np.vstack([0.5 + 0.05 * np.log2(n) + 0.001 * s for s in range(3)])
    falling = np.vstack([np.r_[0.6, 0.7, 0.8, 0.85, 0.8, 0.75, 0.7] + 0.001 * s for s in range(3)])
    f, r, d = (cases_mod.prefix_features(n, Y) for Y in (flat, rising, falling))
    assert f["regime"] == "levelling" and not f["falls"]
    assert r["regime"] == "rising" and r["gain_doubling"] == pytest.approx(0.05)
    assert r["slope_last"] == pytest.approx(0.05) and not r["falls"]
    assert d["falls"] and d["drop"] == pytest.approx(0.15)
    assert r["spread_last"] == pytest.approx(0.001) and r["n_runs"] == 3 and r["m"] == n.size
    single = cases_mod.prefix_features(n, rising[:1])
    assert math.isnan(single["spread_last"]) and single["regime"] == "rising"


def test_round_trip_through_parquet(tmp_path, fake_al):
    frame = cases_mod.build_cases(fake_al, "skl")
    p = tmp_path / "cases_skl.parquet"
    frame.to_parquet(p, index=False)
    allc = cases_mod.load_cases("skl", path=p)
    assert len(allc) == len(frame)
    parts = {c.part for c in allc}
    for part in parts:
        sub = cases_mod.load_cases("skl", part=part, path=p)
        assert sub and all(c.part == part for c in sub)
    with pytest.raises(ValueError, match="unknown part"):
        cases_mod.load_cases("skl", part="test", path=p)


def test_same_run_targets_follow_the_runs_own_continuation(fake_al):
    cs = cases_mod.cases_from_frame(cases_mod.build_cases(fake_al, "skl"))
    c = next(c for c in cs if c.single_run and c.prefix_kind == "frac16" and len(c.targets_same) >= 3)
    for t, lab, k in zip(c.targets_same, c.target_labels_same, c.target_kind_same):
        assert t > c.features["y_end"]
        if k == "above":
            assert math.isinf(lab) and t > np.nanmax(c.truth_acc_same)
        else:
            j = int(np.argmin(np.abs(np.log2(c.truth_n / c.n_end) - math.log2(int(k[1:])))))
            # the thinned truth counts keep the one nearest each power of 2: the target is the run's own accuracy there
            assert t == pytest.approx(c.truth_acc_same[j], abs=1e-8)
            assert c.n_end < lab <= c.truth_n[j] + 1e-9


def test_several_single_runs_per_curve_are_distinct_runs(fake_al):
    one = cases_mod.build_cases(fake_al, "skl", singles=1)
    four = cases_mod.build_cases(fake_al, "skl", singles=4)
    s4 = four[four["single_run"]]
    assert len(s4) == 4 * len(one[one["single_run"]])
    per = s4.groupby(["key", "learner", "strategy", "prefix_kind"])["seeds"].apply(lambda v: len({x[0] for x in v}))
    assert (per == 4).all()
    assert set(one["case_id"]) <= set(four["case_id"])  # the first single run does not depend on singles


@pytest.mark.parametrize("name, family", [
    ("sklearn.tree.ExtraTreeClassifier", "tree"), ("SVC_sigmoid", "SVM"), ("sklearn.naive_bayes.MultinomialNB", "NB"),
    ("sklearn.discriminant_analysis.LinearDiscriminantAnalysis", "linear"),
    ("sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis", "other"),
    ("sklearn.neighbors.KNeighborsClassifier", "kNN"), ("sklearn.neural_network.MLPClassifier", "neural"),
    ("svc_rbf", "SVM"), ("rf50", "tree"), ("knn", "kNN"), ("gnb", "NB"), ("mlp_small", "neural"),
    ("logreg_c0.1", "linear"), ("logreg_c10", "linear"), ("logreg", "linear"), ("cnn", "neural"), ("xyz", "other"),
])
def test_learner_families(name, family):
    assert cases_mod.family_of(name) == family


def test_an_sk_truth_shaped_table_is_accepted():
    """The independent AL truth's own columns (sk_truth.py): 20 initial labels, 30 rounds to the budget."""
    import pandas as pd

    rows = []
    n = 20 + 20 * np.arange(31)
    for ds in ("wine", "clf2_easy"):
        for model in ("rf50", "logreg_c0.1"):
            for strategy in ("random", "kcenter"):
                for seed in range(3):
                    rows.append(pd.DataFrame({
                        "dataset": ds, "model": model, "strategy": strategy, "seed": seed, "batch_size": 20,
                        "label_noise": 0.0, "round": np.arange(31), "n_labels": n,
                        "accuracy": 0.9 - 0.5 * n ** -0.5, "macro_f1": 0.8, "pool_size": 900, "budget": 620,
                        "part": split.part(f"skl:{ds}")}))
    table = pd.concat(rows, ignore_index=True)
    frame = cases_mod.build_cases(table, "skl")
    keyed = table.assign(dataset="skl:" + table["dataset"])  # sk_truth.py writes the split key itself
    assert cases_mod.build_cases(keyed, "skl")["case_id"].tolist() == frame["case_id"].tolist()
    # 1/16 of 620 holds one point (20): no case; 1/8 holds 20, 40, 60; 1/4 holds 8 points
    assert set(frame["prefix_kind"]) == {"frac8", "frac4"}
    assert set(frame["family"]) == {"tree", "linear"}
    assert (frame[frame["prefix_kind"] == "frac8"]["f_m"] == 3).all()
    assert set(frame["part"]) == {split.part("skl:wine"), split.part("skl:clf2_easy")}
