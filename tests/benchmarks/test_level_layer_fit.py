"""benchmarks/forecast/level_layer.py: round 46's layer per level of the pilot's last mean, its fit, its reading of
stored rows and its labels check."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import level_layer as ll  # noqa: E402
from test_family_layer_fit import stored_rows  # noqa: E402


def level_rows(shift_by_level: dict, tag: str = "c", **kw) -> tuple[pd.DataFrame, dict]:
    """``stored_rows`` per pilot level with the truth ``shift`` logits off the median; and ``{case_id: level}``."""
    out, levels = [], {}
    for i, (level, shift) in enumerate(shift_by_level.items()):
        r = stored_rows({"kNN": shift}, seed=i, **kw)
        r["key"] = r["key"] + f"-{tag}{i}"
        r["case_id"] = [f"{tag}{i}-{j % 7}" for j in range(len(r))]
        levels |= {c: level for c in r["case_id"]}
        out.append(r)
    return pd.concat(out, ignore_index=True), levels


def test_the_levels_of_a_cases_file_are_the_mean_of_its_runs_at_the_last_count(tmp_path, monkeypatch):
    cases = pd.DataFrame({"case_id": ["a", "b"], "n": [[10, 20, 40], [10, 20]], "S": [2, 1],
                          "Y": [[0.5, 0.6, 0.7, 0.5, 0.62, 0.9], [0.3, 0.4]]})
    cases.to_parquet(tmp_path / "cases_skl_v99.parquet")
    monkeypatch.setattr(ll, "DATA", tmp_path)
    ll._levels_of.cache_clear()
    assert ll.case_levels(["skl:v99_x"]) == pytest.approx({"a": 0.8, "b": 0.4})
    with pytest.raises(ValueError, match="cases_skl_v98"):
        ll.case_levels(["skl:v98_y"])
    rows = pd.DataFrame({"case_id": ["a", "b", "zz"], "key": ["skl:v99_x"] * 3})
    with pytest.raises(ValueError, match="case zz"):
        ll.with_level(rows)


def test_the_fit_recovers_each_levels_shift_and_leaves_thin_levels_out():
    rows, levels = level_rows({0.5: 0.4, 0.95: -0.3})
    t = ll.fit_level_layer(rows, levels=levels)
    assert set(t["stratum"]) == {"level<=0.60", "level<=0.97"}
    assert t[t.stratum == "level<=0.60"]["shift"].to_numpy() == pytest.approx(0.4, abs=0.08)
    assert t[t.stratum == "level<=0.97"]["shift"].to_numpy() == pytest.approx(-0.3, abs=0.08)
    assert (ll.fit_level_layer(rows, factors=False, levels=levels)[["low", "high"]] == 1.0).all().all()
    thin, thin_levels = level_rows({0.8: 0.2}, tag="thin", rows_per_bin=40)
    both = pd.concat([rows, thin], ignore_index=True)
    assert "level<=0.85" not in set(ll.fit_level_layer(both, levels=levels | thin_levels)["stratum"])


def test_applying_the_layer_moves_only_its_levels():
    rows, levels = level_rows({0.5: 0.6, 0.8: 0.0})
    low = np.array([levels[c] == 0.5 for c in rows["case_id"]])
    fitted = ll.fit_level_layer(rows[low], factors=False, levels=levels)
    moved = ll.apply_level_layer(rows, fitted, levels)
    assert (moved.loc[low, "q50"].to_numpy() > rows.loc[low, "q50"].to_numpy()).all()
    assert moved.loc[low, "abs_err"].median() < rows.loc[low, "abs_err"].median()
    np.testing.assert_array_equal(moved.loc[~low, "q50"].to_numpy(), rows.loc[~low, "q50"].to_numpy())
    np.testing.assert_array_equal(ll.apply_level_layer(rows, fitted.iloc[:0], levels)["q50"], rows["q50"])


def numbers(wrong=0.13, within=0.55, pooled=0.86, strata=None):
    return {"wrong_unreach": wrong, "within_2x": within, "mae_8x": 0.03, "pooled": pooled,
            "strata": strata or {"<=2x": (500, 0.85), "2-4x": (400, 0.86), "beyond": (50, 0.5)}}


def test_the_labels_check_reads_each_clause():
    base = numbers()
    assert ll.labels_check(base, numbers()) == []
    assert ll.labels_check(base, numbers(wrong=0.12, within=0.541)) == []            # within 0.01 lower
    assert "wrongly unreachable" in ll.labels_check(base, numbers(wrong=0.131))[0]
    assert "within 2x" in ll.labels_check(base, numbers(within=0.539))[0]
    out = numbers(strata={"<=2x": (500, 0.89), "2-4x": (400, 0.86), "beyond": (50, 0.2)})
    assert ll.labels_check(base, out) == ["labels coverage <=2x 0.8900 out of band, further than R0's"]
    r0_out = numbers(strata={"<=2x": (500, 0.90), "2-4x": (400, 0.86), "beyond": (50, 0.5)})
    assert ll.labels_check(r0_out, out) == []                                        # no further out than R0's
    assert "pooled" in ll.labels_check(numbers(pooled=0.883), numbers(pooled=0.8831))[0]
    assert ll.labels_check(numbers(pooled=0.883), numbers(pooled=0.8829)) == []


def test_the_labels_numbers_read_the_8x_prefix_and_every_ratio_stratum():
    acc = pd.DataFrame({"case_id": ["a", "a", "b", "b", "c"], "source": "skl",
                        "prefix_kind": ["frac8", "frac8", "frac8", "frac8", "frac4"], "n": [10, 20, 10, 40, 5],
                        "abs_err": [0.5, 0.02, 0.5, 0.04, 0.9], "covered": True})
    lab = pd.DataFrame({"case_id": ["a", "a", "b", "b", "c"], "source": "skl",
                        "prefix_kind": ["frac8", "frac8", "frac8", "frac8", "frac4"],
                        "truth_finite": [True, True, True, False, True], "within2x": [True, False, True, True, False],
                        "wrong_unreach": [False, True, False, False, True],
                        "stratum_ratio": ["<=2x", "2-4x", "2-4x", "beyond", "<=2x"],
                        "covered": [True, False, True, True, False]})
    got = ll.labels_numbers(acc, lab)
    assert got["mae_8x"] == pytest.approx(0.03)                          # each frac8 case at its largest count
    assert got["within_2x"] == pytest.approx(0.75) and got["wrong_unreach"] == pytest.approx(1 / 3)
    assert got["pooled"] == pytest.approx(0.6)
    assert got["strata"] == {"<=2x": (2, 0.5), "2-4x": (2, 0.5), "beyond": (1, 1.0)}


def test_the_level_reading_gives_each_bins_residual_beyond_4x_in_order():
    rows, levels = level_rows({0.95: -0.4, 0.5: 0.4})
    got = ll.level_reading(rows, levels)
    assert list(got.index) == ["level<=0.60", "level<=0.97"]                # low to high, whatever the rows' order
    assert got.loc["level<=0.60", "median_resid"] > 0 > got.loc["level<=0.97", "median_resid"]
    far = rows[rows["ratio"] > 4.0]
    assert got["rows"].sum() == len(far) and got.loc["level<=0.60", "datasets"] == 8
    assert got.loc["level<=0.60", "coverage"] == pytest.approx(
        far[[levels[c] == 0.5 for c in far["case_id"]]]["covered"].mean())


def test_the_lower_refit_widens_the_lower_tail_about_the_tables_own_shift_never_narrowing_it():
    rows, levels = level_rows({0.5: 0.4, 0.95: -0.8, 0.8: 0.3}, rows_per_bin=1000)
    low_bin = np.array([levels[c] == 0.5 for c in rows["case_id"]])
    m = np.log(rows["q50"] / (1 - rows["q50"]))
    rows.loc[low_bin, "q10"] = 1 / (1 + np.exp(-(m[low_bin] - 0.4)))   # the 10% point 0.4 logits below: too narrow
    v3 = ll.upward_only(ll.fit_level_layer(rows, factors=False, levels=levels))
    v4 = ll.lower_refit(rows, v3, every_bin=False, levels=levels)
    v5 = ll.lower_refit(rows, v3, every_bin=True, levels=levels)
    by = lambda t, key: t[t.stratum == key].reset_index(drop=True)  # noqa: E731
    # the moved bin's lower factor: the 90% point of N(0, 0.5) / 0.4 about the moved median, x 1.05
    assert by(v4, "level<=0.60")["low"].to_numpy() == pytest.approx(0.64 / 0.4 * 1.05, rel=0.15)
    # a moved bin whose lower tail is wide enough keeps 1 (never narrower); shifts and upper factors as V3's
    assert (by(v4, "level<=0.85")["low"] == 1.0).all()
    pd.testing.assert_frame_equal(v4[["stratum", "ratio", "shift", "high"]], v3[["stratum", "ratio", "shift", "high"]])
    pd.testing.assert_frame_equal(by(v4, "level<=0.97"), by(v3, "level<=0.97"))   # V4: the unmoved bin untouched
    # V5 widens the unmoved bin about its unmoved median (the truth 0.8 logits below it, noise 0.5, the tail 1 away)
    assert by(v5, "level<=0.97")["low"].to_numpy() == pytest.approx((0.8 + 0.64) * 1.05, rel=0.1)
    assert (by(v5, "level<=0.97")["shift"] == 0).all() and (v5["high"] == 1.0).all()
    pd.testing.assert_frame_equal(by(v5, "level<=0.60"), by(v4, "level<=0.60"))


def test_round_48s_labels_rule_gates_the_issues_ratio_strata_only():
    base = numbers(strata={"<=2x": (500, 0.85), "beyond": (900, 0.91)})
    wider_beyond = numbers(strata={"<=2x": (500, 0.85), "beyond": (900, 0.93)})
    assert "labels coverage beyond" in ll.labels_check(base, wider_beyond)[0]          # rounds 46-47: every stratum
    assert ll.labels_check(base, wider_beyond, gate=ll.ISSUE_STRATA) == []           # round 48: read beside
    out = numbers(strata={"<=2x": (500, 0.90), "beyond": (900, 0.91)})
    assert ll.labels_check(base, out, gate=ll.ISSUE_STRATA) == [
        "labels coverage <=2x 0.9000 out of band, further than R0's"]
    assert "wrongly unreachable" in ll.labels_check(base, numbers(wrong=0.2), gate=ll.ISSUE_STRATA)[0]


def scores49(*, strata=(0.82, 0.80, 0.78, 0.79), in_band=16, pooled=0.80, mae=0.028, below=0.12) -> dict:
    """score44's numbers with the issue's four ratio strata and the share below the 10% point beyond 2x."""
    cells = {f"stratum_ratio={s}": v for s, v in zip(ll.ISSUE_STRATA, strata)}
    return {"cells": cells, "in_band": in_band, "pooled": pooled, "mae_beyond_4x": mae, "above_90": 0.07,
            "below_10": below}


def test_round_49s_screen_takes_v5_only_with_every_ratio_stratum_in_band_and_a_lower_tail_nearer_ten_percent():
    v4 = scores49(strata=(0.82, 0.80, 0.74, 0.79), below=0.138)
    assert ll.choose49({"V4": v4, "V5": scores49(below=0.116)}) == "V5"
    assert ll.choose49({"V4": v4, "V5": scores49(below=0.09)}) == "V5"                 # 0.01 off, against 0.038
    assert ll.choose49({"V4": v4, "V5": scores49(below=0.17)}) == "V4"                 # further from 0.10
    assert ll.choose49({"V4": v4, "V5": scores49(strata=(0.82, 0.80, 0.749, 0.79))}) == "V4"   # a stratum out
    assert ll.choose49({"V4": v4, "V5": scores49(strata=(0.89, 0.80, 0.78, 0.79))}) == "V4"    # above the band
    assert ll.choose49({"V4": v4, "V5": scores49(in_band=15)}) == "V4"                 # a cell lost
    assert ll.choose49({"V4": v4, "V5": scores49(pooled=0.885)}) == "V4"               # pooled out of band
    assert ll.choose49({"V4": v4, "V5": scores49(mae=0.029)}) == "V4"                  # error beyond the allowance
