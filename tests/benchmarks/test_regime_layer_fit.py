"""benchmarks/forecast/regime_layer.py: the regime layer's strata, fit, reading of stored rows and round 44's rule."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import regime_layer as rl  # noqa: E402
from test_family_layer_fit import stored_rows  # noqa: E402

from planner.forecast.draws import load_spread  # noqa: E402


def regime_rows(groups: dict, **kw) -> pd.DataFrame:
    """``stored_rows`` per (kind, group, runs, family) with the truth ``shift`` logits off the median."""
    out = []
    for i, ((kind, group, runs, family), shift) in enumerate(groups.items()):
        r = stored_rows({family: shift}, seed=i, **kw).assign(kind=kind, group=group, runs=runs)
        r["key"] = r["key"] + f"-{kind}-{group}-{runs}"
        out.append(r)
    return pd.concat(out, ignore_index=True)


def test_each_row_reads_the_stratum_the_planner_reads():
    rows = regime_rows({("random", "level", 1, "kNN"): 0.0, ("al", "rise", 5, "kNN"): 0.0,
                        ("random", "level", 5, "kNN"): 0.0, ("random", "few", 1, "neural"): 0.0}, rows_per_bin=4)
    got = dict(zip(zip(rows["kind"], rows["group"], rows["runs"], rows["family"]), rl.with_stratum(rows)["stratum"]))
    table = load_spread()
    assert got[("random", "level", 1, "kNN")] == "random:level:single"
    assert got[("al", "rise", 5, "kNN")] == "al:rise:seeds"
    want = "random:level:seeds" if "random:level:seeds" in table else "random:seeds"   # no such stratum: the coarser
    assert got[("random", "level", 5, "kNN")] == want
    assert got[("random", "few", 1, "neural")] == "nn:random:few:single"               # a neural learner's own
    assert rl.with_stratum(rows, {})["stratum"].eq("").all()                            # a table with none


def test_the_fit_recovers_each_stratums_shift_and_leaves_thin_strata_out():
    rows = regime_rows({("random", "level", 1, "kNN"): 0.4, ("al", "rise", 1, "kNN"): -0.3})
    t = rl.fit_regime_layer(rows)
    assert list(t.columns) == ["stratum", "ratio", "shift", "low", "high", "n_rows", "n_datasets"]
    assert set(t["stratum"]) == {"random:level:single", "al:rise:single"}
    assert t[t.stratum == "random:level:single"]["shift"].to_numpy() == pytest.approx(0.4, abs=0.08)
    assert t[t.stratum == "al:rise:single"]["shift"].to_numpy() == pytest.approx(-0.3, abs=0.08)
    assert (rl.fit_regime_layer(rows, factors=False)[["low", "high"]] == 1.0).all().all()
    thin = pd.concat([rows, regime_rows({("random", "rise", 1, "kNN"): 0.1}, rows_per_bin=40)], ignore_index=True)
    assert "random:rise:single" not in set(rl.fit_regime_layer(thin)["stratum"])   # under 100 rows a bin


def test_applying_the_layer_moves_only_its_strata():
    rows = regime_rows({("random", "level", 1, "kNN"): 0.6, ("al", "rise", 1, "kNN"): 0.0})
    fitted = rl.fit_regime_layer(rows[rows.kind == "random"], factors=False)
    moved = rl.apply_regime_layer(rows, fitted)
    lvl, other = (rows.kind == "random").to_numpy(), (rows.kind == "al").to_numpy()
    assert (moved.loc[lvl, "q50"].to_numpy() > rows.loc[lvl, "q50"].to_numpy()).all()
    assert moved.loc[lvl, "abs_err"].median() < rows.loc[lvl, "abs_err"].median()
    np.testing.assert_array_equal(moved.loc[other, "q50"].to_numpy(), rows.loc[other, "q50"].to_numpy())


def score(in_band, pooled=0.8, mae=0.03):
    return {"cells": {}, "in_band": in_band, "pooled": pooled, "mae_beyond_4x": mae}


def test_round_44s_rule():
    assert rl.choose44({"R0": score(15), "R1": score(15), "R2": score(15)}) == "R1"          # a tie: the smaller
    assert rl.choose44({"R0": score(15), "R1": score(15), "R2": score(16)}) == "R2"          # more cells
    assert rl.choose44({"R0": score(15), "R1": score(14), "R2": score(14)}) == "R0"          # fewer cells
    assert rl.choose44({"R0": score(15), "R1": score(15, mae=0.0306), "R2": score(15, mae=0.0304)}) == "R2"
    assert rl.choose44({"R0": score(15), "R1": score(15, mae=0.0306), "R2": score(15, mae=0.0306)}) == "R0"
    assert rl.choose44({"R0": score(15), "R1": score(15, pooled=0.89), "R2": score(16, pooled=0.74)}) == "R0"
    assert rl.choose44({"R0": score(15), "R1": score(15, mae=0.0301), "R2": score(15, mae=0.0302)}) == "R1"


def test_the_cells_count_learners_seen_on_enough_data_sets():
    rows = regime_rows({("random", "level", 1, "kNN"): 0.0})
    few = stored_rows({"NB": 0.0}, datasets=3, seed=5).assign(kind="random", group="level", runs=1)
    s = rl.score44(pd.concat([rows, few], ignore_index=True))
    assert "learner=knn" in s["cells"] and "learner=nb" not in s["cells"]
    assert len(s["cells"]) == 8 + 1


def test_fitted_and_checked_rows_must_be_other_data_sets(monkeypatch, capsys):
    rows = regime_rows({("random", "level", 1, "kNN"): 0.3})
    monkeypatch.setattr(rl, "shipped_rows", lambda tags, part="report", **kw: rows)
    assert rl.main(["--fit-tags", "a", "--check-tags", "b"]) == 2
    assert "in both the fitted and the checked rows" in capsys.readouterr().err
    assert rl.main(["--fit-tags", "a"]) == 2
    assert "give --check-tags" in capsys.readouterr().err


def test_a_layer_folded_into_the_spread_table_is_the_planners_composition():
    import io

    from planner.forecast.draws import SPREAD_SCALE, compose_spread, spread_from_frame

    spread = pd.read_csv(rl.SPREAD_TABLE)
    spread = spread.assign(shift=np.where(spread["stratum"] == "random:level:single", 0.02, np.nan))   # some own shift
    strata = ["random:level:single", "al:rise:single"]
    knots = spread[spread.stratum == strata[0]]["ratio"].to_numpy()
    layer = pd.DataFrame([{"stratum": s, "ratio": r, "shift": 0.1 * (i + 1) - 0.05 * j, "low": 0.9 + 0.05 * j,
                           "high": 1.1 + 0.1 * i, "n_rows": 100, "n_datasets": 5}
                          for i, s in enumerate(strata) for j, r in enumerate(knots)], columns=list(rl.COLUMNS))
    written = io.StringIO()
    rl.compose_into_spread(layer, spread).to_csv(written, index=False)
    written.seek(0)
    folded = spread_from_frame(pd.read_csv(written), scale=SPREAD_SCALE)   # as the planner loads a spread.csv
    shipped, own = spread_from_frame(spread, scale=SPREAD_SCALE), spread_from_frame(layer, scale=1.0)
    assert set(folded) == set(shipped)
    for key, base in shipped.items():
        want = compose_spread(base, own[key]) if key in own else base
        np.testing.assert_allclose(folded[key].low, want.low, rtol=1e-12)
        np.testing.assert_allclose(folded[key].high, want.high, rtol=1e-12)
        np.testing.assert_allclose(folded[key].at(want.ratios)[2], want.at(want.ratios)[2], atol=1e-12)
    assert not np.allclose(folded["random:level:single"].high, shipped["random:level:single"].high)


def test_writing_a_candidate_needs_a_work_trees_table(capsys):
    assert rl.main(["--fit-tags", "a", "--check-tags", "b", "--write", "R1"]) == 2
    assert "--write needs --out" in capsys.readouterr().err
