"""benchmarks/forecast/spread.py: split-conformal spread factors from scored rows."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sp():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "spread.py", "spread_under_test")


def rows(rng, n, *, kind="al", group="rise", runs=1, key_count=6, truth_scale=1.0, family="linear", offset=0.0):
    """Scored rows whose truths are normal in logits around the median (moved by ``offset``) with the draws'
    10/90% at -+1.2816 (a forecast of sd 1) and truths of sd ``truth_scale``: the right factor is
    ``truth_scale`` on both sides (about the median moved by ``offset``)."""
    ratio = np.exp(rng.uniform(np.log(1.01), np.log(16), n))
    z = rng.standard_normal(n) * truth_scale + offset
    m = rng.uniform(-1, 2, n)
    ex = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    return pd.DataFrame({"ratio": ratio, "q50": ex(m), "q10": ex(m - 1.2816), "q90": ex(m + 1.2816),
                         "truth": ex(m + z), "kind": kind, "group": group, "runs": runs,
                         "key": [f"lcdb:{i % key_count}" for i in range(n)], "source": "lcdb",
                         "part": "calibration", "family": family})


def test_factors_recover_how_much_wider_the_truth_is_than_the_draws(sp):
    rng = np.random.default_rng(0)
    table = sp.fit(sp.deviations(rows(rng, 8000, truth_scale=2.0)), min_rows=100, min_datasets=5)
    own = table[table["stratum"] == "al:rise:single"]
    assert len(own) == 4 and own["ratio"].tolist() == pytest.approx(list(sp.KNOTS))
    assert own["high"].between(1.8, 2.2).all() and own["low"].between(1.8, 2.2).all()
    # the coarser strata a curve falls back to are written too
    assert {"al:single", "al", "all"} <= set(table["stratum"])


def test_a_stratum_with_too_few_rows_or_data_sets_is_left_to_its_fallback(sp):
    rng = np.random.default_rng(1)
    a = pd.concat([rows(rng, 6000), rows(rng, 200, group="level"), rows(rng, 3000, group="few", key_count=3)])
    strata = set(sp.fit(sp.deviations(a), min_rows=100, min_datasets=5)["stratum"])
    assert "al:rise:single" in strata
    assert "al:level:single" not in strata        # 200 rows over four ratio bins: < 100 in each
    assert "al:few:single" not in strata          # three data sets


def test_rows_without_the_planners_stratum_are_refused(sp):
    a = rows(np.random.default_rng(2), 50).assign(group="")
    with pytest.raises(ValueError, match="evaluate_curves"):
        sp.deviations(a)


def test_factors_stay_within_bounds(sp):
    rng = np.random.default_rng(3)
    table = sp.fit(sp.deviations(rows(rng, 4000, truth_scale=20.0)), min_rows=100, min_datasets=5)
    assert table["high"].max() <= sp.BOUNDS[1] and table["low"].min() >= sp.BOUNDS[0]


def test_neural_rows_get_their_own_strata_beside_every_curves(sp):
    rng = np.random.default_rng(4)
    a = pd.concat([rows(rng, 8000), rows(rng, 8000, truth_scale=2.0, family="neural").assign(
        key=lambda d: d["key"].str.replace("lcdb:", "skl:nn"))])
    table = sp.fit(sp.deviations(a), min_rows=100, min_datasets=5, neural=True)
    own = table[table["stratum"] == "nn:al:rise:single"]
    assert len(own) == 4 and own["high"].between(1.8, 2.2).all()
    pooled = table[table["stratum"] == "al:rise:single"]
    assert pooled["high"].between(1.2, 1.9).all()       # every curve's rows, the neural ones among them
    assert not {s for s in sp.fit(sp.deviations(a), min_rows=100, min_datasets=5)["stratum"]   # the default
                if s.startswith("nn:")}


def stratum(name, low, high) -> pd.DataFrame:
    """A fitted stratum's four rows (one a ratio knot) with the factors ``low`` and ``high``."""
    return pd.DataFrame({"stratum": name, "ratio": [1.414214, 2.828427, 5.656854, 11.313708], "low": low,
                         "high": high, "n_rows": 200, "n_datasets": 8, "sources": "lcdb"})


def test_floored_neural_strata_widen_every_curves_factors_and_never_narrow_them(sp):
    table = pd.concat([stratum("all", 1.0, 1.0), stratum("al:rise:single", 1.2, 0.9), stratum("random", 0.8, 0.8),
                       stratum("nn:grown:single", 0.5, 1.6), stratum("nn:grown", 1.5, 0.5),
                       stratum("nn:few", 3.0, 3.0)], ignore_index=True)
    out = sp.floor_neural(table)
    nn = out[out["stratum"].str.startswith("nn:")]
    # every (kind, group, runs) spelled out, young curves' too; the pooled nn: rows gone
    assert set(nn["stratum"]) == {f"nn:{k}:{g}:{r}" for k in ("random", "al") for g in ("level", "rise", "few")
                                  for r in ("seeds", "single")}
    young = nn[nn["stratum"] == "nn:al:few:single"]                                   # nn:few, floored by all
    assert young["low"].tolist() == [3.0] * 4 and young["high"].tolist() == [3.0] * 4
    one = nn[nn["stratum"] == "nn:al:rise:single"]
    assert one["low"].tolist() == [1.2] * 4 and one["high"].tolist() == [1.6] * 4   # max of 0.5|1.2, 1.6|0.9
    seeds = nn[nn["stratum"] == "nn:random:level:seeds"]                              # nn:grown, floored by random
    assert seeds["low"].tolist() == [1.5] * 4 and seeds["high"].tolist() == [0.8] * 4
    # every other stratum kept as it was (no shift)
    rest = out[~out["stratum"].str.startswith("nn:")].reset_index(drop=True)
    assert (rest["shift"] == 0).all() and (nn["shift"] == 0).all()
    pd.testing.assert_frame_equal(rest.drop(columns="shift"),
                                  table[~table["stratum"].str.startswith("nn:")].reset_index(drop=True))
    # a neural stratum's shift is carried to every stratum spelled out from it, never floored
    shifted = table.assign(shift=np.where(table["stratum"] == "nn:few", -0.3, 0.0))
    young = sp.floor_neural(shifted).query("stratum == 'nn:random:few:seeds'")
    assert young["shift"].tolist() == [-0.3] * 4 and young["low"].tolist() == [3.0] * 4


def test_young_neural_strata_can_keep_their_own_factors(sp):
    table = pd.concat([stratum("all", 1.0, 1.0), stratum("nn:grown", 0.5, 0.5), stratum("nn:few", 1.5, 0.3)],
                      ignore_index=True)
    floored, own, half = (sp.floor_neural(table, young_share=s) for s in (0.0, 1.0, 0.5))
    pick = lambda t, s: t[t["stratum"] == s]  # noqa: E731
    assert pick(floored, "nn:al:few:single")[["low", "high"]].values.tolist() == [[1.5, 1.0]] * 4
    assert pick(own, "nn:al:few:single")[["low", "high"]].values.tolist() == [[1.5, 0.3]] * 4   # as fitted
    assert pick(own, "nn:al:few:single")["sources"].str.endswith("then 1 of the way to its own").all()
    # half way in logs: the geometric mean of the floored and the own factor
    assert pick(half, "nn:al:few:single")["high"].tolist() == pytest.approx([(1.0 * 0.3) ** 0.5] * 4, abs=1e-4)
    assert pick(half, "nn:al:few:single")["low"].tolist() == [1.5] * 4
    # grown strata are floored either way
    for t in (floored, own, half):
        assert pick(t, "nn:random:rise:seeds")[["low", "high"]].values.tolist() == [[1.0, 1.0]] * 4


def test_blended_neural_factors_lie_part_way_back_to_the_start_tables_in_logs(sp):
    start = pd.DataFrame({"stratum": ["nn:al:rise:seeds", "nn:al:rise:seeds", "al:rise:seeds"],
                          "ratio": [1.414214, 2.828427, 1.414214], "low": [0.5, 1.0, 0.9],
                          "high": [0.5, 2.0, 0.9], "sources": "start"})
    fitted = pd.DataFrame({"stratum": ["nn:al:rise:seeds", "nn:al:rise:seeds", "nn:al:few:seeds", "al:rise:seeds"],
                           "ratio": [1.414214, 2.828427, 1.414214, 1.414214], "low": [2.0, 1.0, 3.0, 1.5],
                           "high": [2.0, 0.5, 3.0, 1.5], "sources": "refit"})
    out = sp.blend_neural(start, fitted, 0.5).set_index(["stratum", "ratio"])
    assert out.loc[("nn:al:rise:seeds", 1.414214), ["low", "high"]].tolist() == [1.0, 1.0]   # sqrt(0.5 x 2)
    assert out.loc[("nn:al:rise:seeds", 2.828427), ["low", "high"]].tolist() == [1.0, 1.0]   # sqrt(2 x 0.5)
    # a stratum the start table lacks, and every curve's strata, are the refit's
    assert out.loc[("nn:al:few:seeds", 1.414214), "low"] == 3.0
    assert out.loc[("al:rise:seeds", 1.414214), "low"] == 1.5
    assert "back to the previous table" in out.loc[("nn:al:rise:seeds", 1.414214), "sources"]
    # share 1 keeps the refit, share 0 the start table's factors
    assert sp.blend_neural(start, fitted, 1.0)["low"].tolist() == fitted["low"].tolist()
    assert sp.blend_neural(start, fitted, 0.0)["low"].tolist()[:2] == [0.5, 1.0]
    with pytest.raises(ValueError, match="share"):
        sp.blend_neural(start, fitted, 1.5)


def test_a_metrics_strata_are_fitted_on_its_rows_spelled_out_and_never_narrower_than_every_curves(sp):
    rng = np.random.default_rng(1)
    a = sp.deviations(pd.concat([rows(rng, 4000, kind="random", group="rise", truth_scale=2.0),
                                 rows(rng, 4000, kind="al", group="level", runs=3, truth_scale=0.5)]))
    own = sp.fit_metric(a, "f1", min_rows=100, min_datasets=5)
    assert set(own["stratum"]) == {"f1:random:rise:single", "f1:random:single", "f1:random", "f1:al:level:seeds",
                                   "f1:al:seeds", "f1:al"}
    assert own.query("stratum == 'f1:random:rise:single'")["high"].between(1.8, 2.2).all()
    knots = list(sp.KNOTS)
    base = pd.DataFrame({"stratum": "all", "ratio": knots, "low": 1.0, "high": 1.0, "n_rows": 200, "n_datasets": 8,
                         "sources": "lcdb"})
    old_f1 = base.assign(stratum="f1:al:rise:seeds", low=9.0)          # an earlier fit's row: replaced
    out = sp.floor_metric(pd.concat([base, old_f1], ignore_index=True), own, "f1")
    f1 = out[out["stratum"].str.startswith("f1:")]
    assert set(f1["stratum"]) == {f"f1:{k}:{g}:{r}" for k in ("random", "al") for g in ("level", "rise", "few")
                                  for r in ("seeds", "single")}
    wide = f1[f1["stratum"] == "f1:random:rise:single"]                # its own 2x, read from f1:random:single
    assert wide["high"].between(1.8, 2.2).all()
    narrow = f1[f1["stratum"] == "f1:al:level:seeds"]                  # its own 0.5: floored at every curve's 1
    assert narrow["low"].tolist() == [1.0] * 4 and narrow["high"].tolist() == [1.0] * 4
    assert (f1["low"] >= 1.0).all() and (f1["high"] >= 1.0).all() and not (f1["low"] == 9.0).any()
    pd.testing.assert_frame_equal(out[~out["stratum"].str.startswith("f1:")].drop(columns="shift"), base)
    # a regime without enough rows of its own (about 75 a ratio bin) is spelled out from its kind's stratum
    few = sp.deviations(pd.concat([rows(rng, 300, kind="random", group="rise", truth_scale=3.0),
                                   rows(rng, 4000, kind="random", group="level", truth_scale=1.5)]))
    thin = sp.fit_metric(few, "f1", min_rows=100, min_datasets=5)
    assert "f1:random:rise:single" not in set(thin["stratum"]) and "f1:random:level:single" in set(thin["stratum"])
    spelled = sp.floor_metric(base, thin, "f1").set_index("stratum")
    pd.testing.assert_series_equal(spelled.loc["f1:random:rise:single", "high"],
                                   thin.set_index("stratum").loc["f1:random:single", "high"].clip(lower=1.0),
                                   check_names=False, check_index=False)
