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
    monkeypatch.setattr(fl, "_rows", lambda tags, part="report": rows)
    with pytest.raises(SystemExit, match="in both the fitted and the checked rows"):
        fl.main(["--fit-tags", "a", "--check-tags", "b"])


def test_the_screen_prints_the_rule_and_writes_the_pick(monkeypatch, tmp_path, capsys):
    fit, check = stored_rows({"kNN": 0.5}, seed=0), stored_rows({"kNN": 0.5}, seed=1)
    check["key"] = check["key"] + "-new"
    monkeypatch.setattr(fl, "_rows", lambda tags, part="report": fit if tags == "fit" else check)
    out = tmp_path / "family_spread.csv"
    assert fl.main(["--fit-tags", "fit", "--check-tags", "check", "--write", "chosen", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "| learner=knn |" in text and "the rule picks" in text
    written = pd.read_csv(out)
    assert set(written["family"]) <= {"kNN"} and not out.with_suffix(".csv.tmp").exists()


def configs(shifts: dict, family="kNN", datasets=6, seed=0) -> pd.DataFrame:
    """Rows of several configurations of one family, each ``learner`` with its own shift."""
    parts = []
    for i, (learner, shift) in enumerate(shifts.items()):
        r = stored_rows({family: shift}, datasets=datasets, seed=seed + i).assign(learner=learner)
        r["key"] = r["key"] + f"-{learner}"
        parts.append(r)
    return pd.concat(parts, ignore_index=True)


def test_round_41s_x_keeps_a_shift_only_where_every_configuration_agrees_and_takes_the_smallest():
    agree = fl.fit_agreeing_layer(configs({"knn": 0.6, "knn15": 0.25}))
    assert agree["shift"].to_numpy() == pytest.approx(0.25, abs=0.08)          # the smaller of the two
    assert set(agree["learners"]) == {"knn+knn15"} and (agree[["low", "high"]] == 1.0).all().all()
    split = fl.fit_agreeing_layer(configs({"svc_rbf": 0.5, "svc_poly": -0.4}, family="SVM"))
    assert (split["shift"] == 0.0).all() and len(split) == 4                   # opposite signs: no shift
    # a configuration seen on one data set only does not get a say
    lone = configs({"svc_rbf": 0.5}, family="SVM")
    poly = configs({"svc_poly": -0.4}, family="SVM", datasets=1, seed=5)
    assert fl.fit_agreeing_layer(pd.concat([lone, poly]))["shift"].to_numpy() == pytest.approx(0.5, abs=0.08)
    assert fl.fit_agreeing_layer(pd.concat([lone, poly]), min_config_datasets=1)["shift"].eq(0.0).all()
    assert fl.fit_agreeing_layer(configs({"knn": 0.6}, datasets=3)).empty           # under 5 data sets a bin


def test_round_41s_k_moves_only_the_svms_that_state_no_kernel_but_the_rbf():
    rows = pd.concat([configs({"svc_rbf": 0.6}, family="SVM"), configs({"svc_poly": 0.6}, family="SVM", seed=3)],
                     ignore_index=True)
    layer = fl.fit_layer(rows, factors=False)
    moved = fl.apply_layer(rows, layer, fl.takes_family_layer)
    poly = rows["learner"] == "svc_poly"
    assert (moved.loc[poly, "q50"] == rows.loc[poly, "q50"]).all()
    assert (moved.loc[~poly, "q50"] > rows.loc[~poly, "q50"]).all()


def test_round_41s_rule():
    s = {"L0": score(10, mae=0.040), "L1": score(12, mae=0.035), "K": score(12, mae=0.035), "X": score(12, mae=0.036)}
    assert fl.choose41(s) == "L1"                                                 # nothing gains: L1 stays
    assert fl.choose41(s | {"K": score(12, mae=0.0339)}) == "K"                   # the same cells, 0.001 less error
    assert fl.choose41(s | {"K": score(12, mae=0.0345)}) == "L1"                  # less, but under 0.001
    assert fl.choose41(s | {"X": score(13, mae=0.035)}) == "X"                    # more cells, error not above
    assert fl.choose41(s | {"X": score(13, mae=0.0351)}) == "L1"                  # more cells, error above
    assert fl.choose41(s | {"X": score(13, mae=0.030, pooled=0.89)}) == "L1"      # pooled out of the band
    both = s | {"K": score(13, mae=0.034), "X": score(14, mae=0.035)}
    assert fl.choose41(both) == "X"                                               # the most cells first
    tie = s | {"K": score(13, mae=0.030), "X": score(13, mae=0.030)}
    assert fl.choose41(tie) == "K"                                                # a tie: the smaller change
    assert fl.choose41(s | {"L0": score(13, mae=0.030)}) == "L0"


def test_round_41s_screen_reads_l1_x_and_k_on_other_sets_and_writes_x(monkeypatch, tmp_path, capsys):
    l1 = stored_rows({"kNN": 0.5}, seed=0)
    fit = configs({"knn": 0.5, "knn15": 0.3}, seed=1)
    check = configs({"knn3": 0.4}, seed=2)
    check["key"] = check["key"] + "-new"
    seen = {}

    def rows(tags, part="report"):
        seen[tags] = part
        return {"l1": l1, "fit": fit, "check": check}[tags]

    monkeypatch.setattr(fl, "_rows", rows)
    out = tmp_path / "family_spread.csv"
    args = ["--round", "41", "--l1-tags", "l1", "--fit-tags", "fit", "--check-tags", "check",
            "--check-part", "selection"]
    assert fl.main(args + ["--write", "X", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert seen["check"] == "selection" and "| cell | L0 | L1 | K | X |" in text
    assert "| learner=knn3 |" in text and "signed median error beyond 4x" in text and "| family=kNN |" in text
    written = pd.read_csv(out)
    assert set(written["learners"]) == {"knn+knn15"}
    check["key"] = l1["key"]
    with pytest.raises(SystemExit, match="in both the L1's fitted and the checked rows"):
        fl.main(args)


def test_a_family_can_be_left_out_of_the_written_table(monkeypatch, tmp_path, capsys):
    fit, check = stored_rows({"kNN": 0.5, "NB": -0.3}, seed=0), stored_rows({"kNN": 0.5, "NB": -0.3}, seed=1)
    check["key"] = check["key"] + "-new"
    monkeypatch.setattr(fl, "_rows", lambda tags, part="report": fit if tags == "fit" else check)
    out = tmp_path / "family_spread.csv"
    args = ["--fit-tags", "fit", "--check-tags", "check", "--write", "L1", "--out", str(out)]
    assert fl.main(args) == 0 and set(pd.read_csv(out)["family"]) == {"kNN", "NB"}
    assert fl.main(args + ["--drop-family", "NB"]) == 0
    assert set(pd.read_csv(out)["family"]) == {"kNN"} and "L1 without NB" in capsys.readouterr().out
