"""benchmarks/forecast/family_layer.py: the layer's fit, its reading of stored rows and round 39's rule."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.special import expit

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import family_layer as fl  # noqa: E402

KNOT_RATIOS = (1.5, 3.0, 6.0, 9.0)   # one per ratio bin


def stored_rows(shift_by_family: dict, rows_per_bin=240, datasets=8, seed=0) -> pd.DataFrame:
    """Rows as report.py stores them: the truth sits ``shift`` logits above the median, 10/90% points 1 logit
    away, with noise of 0.5 logits."""
    rng = np.random.default_rng(seed)
    out = []
    for fam, shift in shift_by_family.items():
        for r in KNOT_RATIOS:
            m = rng.normal(1.5, 0.4, rows_per_bin)
            y = m + shift + rng.normal(0, 0.5, rows_per_bin)
            out.append(pd.DataFrame({
                "family": fam, "learner": fam.lower(), "key": [f"skl:{fam}{i % datasets}" for i in range(rows_per_bin)],
                "ratio": r, "stratum_ratio": {1.5: "<=2x", 3.0: "2-4x", 6.0: "4-8x", 9.0: "8-16x"}[r],
                "kind": "random", "group": "level", "runs": 1, "regime": "levelling", "single_run": "single run",
                "q50": expit(m), "q10": expit(m - 1.0), "q90": expit(m + 1.0), "truth": expit(y)}))
    df = pd.concat(out, ignore_index=True)
    df["covered"] = (df.q10 <= df.truth) & (df.truth <= df.q90)
    df["abs_err"] = (df.q50 - df.truth).abs()
    return df


def test_the_fit_recovers_each_familys_shift_and_leaves_thin_families_out():
    rows = stored_rows({"kNN": 0.3, "NB": -0.2})
    t = fl.fit_layer(rows)
    assert list(t.columns) == ["family", "ratio", "shift", "low", "high", "n_rows", "n_datasets", "learners"]
    assert set(t["learners"]) == {"knn", "nb"}   # the learner names the rows came from
    for fam, shift in (("kNN", 0.3), ("NB", -0.2)):
        assert t[t.family == fam]["shift"].to_numpy() == pytest.approx(shift, abs=0.08)
    assert (fl.fit_layer(rows, factors=False)[["low", "high"]] == 1.0).all().all()
    thin = pd.concat([rows, stored_rows({"SVM": 0.1}, rows_per_bin=40, seed=1)], ignore_index=True)
    assert "SVM" not in set(fl.fit_layer(thin)["family"])                      # under 100 rows a bin
    assert "SVM" not in set(fl.fit_layer(stored_rows({"SVM": 0.1}, datasets=3), min_datasets=5)["family"])


def test_applying_the_layer_moves_the_median_and_recounts_coverage():
    rows = stored_rows({"kNN": 0.6})
    layer = fl.fit_layer(rows, factors=False)
    moved = fl.apply_layer(rows, layer)
    assert moved["abs_err"].median() < rows["abs_err"].median()
    assert moved["covered"].mean() > rows["covered"].mean()
    assert (moved["q50"] > rows["q50"]).all()
    inside = rows.assign(ratio=1.0)                                             # at the measured end: untouched
    pd.testing.assert_frame_equal(fl.apply_layer(inside, layer)[["q10", "q50", "q90"]], inside[["q10", "q50", "q90"]])
    other = rows.assign(family="other")                                         # a family the layer lacks
    assert (fl.apply_layer(other, layer)["q50"] == other["q50"]).all()


def score(in_band, pooled=0.8, mae=0.03):
    return {"cells": {}, "in_band": in_band, "pooled": pooled, "mae_beyond_4x": mae}


def test_round_39s_rule():
    assert fl.choose({"L0": score(13), "L1": score(15), "L2": score(15)}) == "L1"      # a tie: the smaller
    assert fl.choose({"L0": score(13), "L1": score(14), "L2": score(15)}) == "L2"
    assert fl.choose({"L0": score(13), "L1": score(13), "L2": score(13)}) == "L0"      # no more cells
    assert fl.choose({"L0": score(13), "L1": score(15, mae=0.031), "L2": score(14)}) == "L2"   # L1's error up
    assert fl.choose({"L0": score(13), "L1": score(15, pooled=0.9), "L2": score(15, pooled=0.74)}) == "L0"


def test_fitted_and_checked_rows_must_be_other_data_sets(monkeypatch, capsys):
    rows = stored_rows({"kNN": 0.3})
    monkeypatch.setattr(fl, "_rows", lambda tags: rows)
    with pytest.raises(SystemExit, match="in both the fitted and the checked rows"):
        fl.main(["--fit-tags", "a", "--check-tags", "b"])


def test_the_screen_prints_the_rule_and_writes_the_pick(monkeypatch, tmp_path, capsys):
    fit, check = stored_rows({"kNN": 0.5}, seed=0), stored_rows({"kNN": 0.5}, seed=1)
    check["key"] = check["key"] + "-new"
    monkeypatch.setattr(fl, "_rows", lambda tags: fit if tags == "fit" else check)
    out = tmp_path / "family_spread.csv"
    assert fl.main(["--fit-tags", "fit", "--check-tags", "check", "--write", "chosen", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "| learner=knn |" in text and "the rule picks" in text
    written = pd.read_csv(out)
    assert set(written["family"]) <= {"kNN"} and not out.with_suffix(".csv.tmp").exists()
