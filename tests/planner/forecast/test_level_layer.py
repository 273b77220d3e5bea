"""The level layer on the spread (round 46): a curve's last mean accuracy picks a bin, whose shift moves its
forecast beyond the measured end."""

import numpy as np
import pandas as pd
import pytest

import planner.forecast.draws as dr
from planner.forecast.draws import Spread, compose_spread, draw_table, level_key, load_level_layer, spread_for
from planner.forecast.families import logit
from tests.planner.forecast.layers_round50 import layers50  # noqa: F401 (a fixture)

KNOTS = np.array([2**0.5, 8**0.5, 32**0.5, 128**0.5])


def test_the_bins_are_right_closed_and_cover_every_accuracy():
    assert [level_key(v) for v in (0.0, 0.6, 0.6001, 0.75, 0.8, 0.92, 0.97, 0.9701, 1.0)] == [
        "level<=0.60", "level<=0.60", "level<=0.75", "level<=0.75", "level<=0.85", "level<=0.92", "level<=0.97",
        "level>0.97", "level>0.97"]


def test_the_planner_ships_no_level_layer_since_round_51():
    """Round 51: the layer chosen on the scikit-learn loop moved LCDB's medians out of their ranges (RESULTS.md)."""
    assert load_level_layer() == {}
    n, curves = low_curves(4)
    assert not any("moved up" in note or "widened" in note for note in draw_table(curves, n_draws=101, seed=0).notes)


def test_round_50s_table_names_bins_the_planner_reads(layers50):
    layer = dr.load_level_layer()
    assert layer
    assert set(layer) <= {level_key(v) for v in (0.5, 0.7, 0.8, 0.9, 0.95, 0.99)}
    for spr in layer.values():
        np.testing.assert_allclose(spr.ratios, KNOTS, rtol=1e-5)


def test_spread_for_composes_the_levels_layer_after_the_familys_and_nothing_else(monkeypatch):
    own = Spread(KNOTS, np.full(4, 1.2), np.full(4, 0.8), key="level<=0.60", shift=np.full(4, 0.3))
    monkeypatch.setattr(dr, "load_level_layer", lambda: {"level<=0.60": own})
    base = Spread(KNOTS, np.ones(4), np.ones(4), key="all")
    fam = Spread(KNOTS, np.ones(4), np.ones(4), key="kNN", shift=np.full(4, 0.1))
    table = {"all": base}
    got = spread_for(table, "random", None, level=0.55)
    want = compose_spread(base, own)
    np.testing.assert_allclose(got.shift, want.shift)
    np.testing.assert_allclose(got.low, want.low)
    both = spread_for(table, "random", None, family="kNN", layer={"kNN": fam}, level=0.55)
    assert both.key == "all+kNN+level<=0.60"                  # the family's layer, then the level's
    np.testing.assert_allclose(both.shift, np.full(4, 0.4))
    assert spread_for(table, "random", None, level=0.8) is base           # a bin the layer lacks
    assert spread_for(table, "random", None, level=None) is base
    assert spread_for(table, "random", None, level=float("nan")) is base
    assert spread_for({}, "random", None, level=0.55) is None             # no spread applies: no layer either


def low_curves(seed: int) -> tuple[np.ndarray, pd.DataFrame]:
    """Three seeds of a curve rising slowly at about 0.5, and its counts."""
    rng = np.random.default_rng(seed)
    n = np.array([20, 40, 80, 160, 320], dtype=float)
    return n, pd.DataFrame([{"strategy": "random", "seed": s, "n_labels": x,
                             "accuracy": 0.62 - 0.3 * (x / 10) ** -0.4 + rng.normal(0, 0.004)}
                            for s in range(3) for x in n])


def its_bin(n: np.ndarray, curves: pd.DataFrame) -> Spread:
    """The level layer's row (as the planner reads it) for ``curves``' last mean accuracy."""
    return dr.load_level_layer()[level_key(curves[curves.n_labels == n[-1]]["accuracy"].mean())]


def test_a_curves_level_moves_its_forecast_beyond_the_measured_end_by_its_bins_shift(layers50, monkeypatch):
    n, curves = low_curves(4)
    spr = its_bin(n, curves)
    shift = float(spr.at([8.0])[2][0])
    assert shift > 0.05                                        # the low bins' forecast moves up
    moved = draw_table(curves, n_draws=301, seed=0)
    monkeypatch.setattr(dr, "load_level_layer", lambda: {})
    plain = draw_table(curves, n_draws=301, seed=0)
    inside = 0.7 * n[-1]   # measured: untouched
    np.testing.assert_allclose(moved.get("random").accuracy([inside]), plain.get("random").accuracy([inside]))
    m_plain = np.median(logit(plain.get("random").accuracy([8 * n[-1]])[:, 0]))
    m_moved = np.median(logit(moved.get("random").accuracy([8 * n[-1]])[:, 0]))
    assert m_moved - m_plain == pytest.approx(shift, abs=0.03)


def test_a_bin_that_moves_nothing_leaves_the_spread_and_says_nothing(monkeypatch):
    still = Spread(KNOTS, np.ones(4), np.ones(4), key="level<=0.92", shift=np.zeros(4))
    monkeypatch.setattr(dr, "load_level_layer", lambda: {"level<=0.92": still})
    base = Spread(KNOTS, np.ones(4), np.ones(4), key="all")
    assert spread_for({"all": base}, "random", None, level=0.9) is base


def test_the_note_names_the_strategies_moved_up(layers50):
    n, curves = low_curves(5)
    notes = draw_table(curves, n_draws=101, seed=0).notes
    assert any("random (ends at 0." in note and "moved up" in note for note in notes)
    high = curves.assign(accuracy=curves["accuracy"] + 0.33)   # ends near 0.9: its bin moves nothing
    assert not any("moved up" in note for note in draw_table(high, n_draws=101, seed=0).notes)


def test_a_broken_shipped_table_is_refused_in_one_line(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "level_spread.csv").write_text("stratum,ratio,shift\nlevel<=0.60,1.41,oops\n")
    monkeypatch.setattr(dr.resources, "files", lambda package: tmp_path)
    dr.load_level_layer.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="level_spread.csv is broken .*reinstall"):
            dr.load_level_layer()
        (tmp_path / "data" / "level_spread.csv").unlink()
        dr.load_level_layer.cache_clear()
        assert dr.load_level_layer() == {}                      # no file: no layer
    finally:
        dr.load_level_layer.cache_clear()


def test_a_low_curves_range_below_its_moved_median_widens_by_its_bins_lower_factor(layers50, monkeypatch):
    n, curves = low_curves(4)
    low = float(its_bin(n, curves).at([8.0])[0][0])
    assert low > 1.05                                           # round 48: the lower factor widens
    moved = draw_table(curves, n_draws=2001, seed=0).get("random").accuracy([8 * n[-1]])[:, 0]
    no_low = {k: Spread(v.ratios, np.ones_like(v.low), v.high, key=v.key, shift=v.shift)
              for k, v in dr.load_level_layer().items()}
    monkeypatch.setattr(dr, "load_level_layer", lambda: no_low)
    plain = draw_table(curves, n_draws=2001, seed=0).get("random").accuracy([8 * n[-1]])[:, 0]
    below = lambda a: np.median(logit(a)) - np.quantile(logit(a), 0.1)  # noqa: E731
    above = lambda a: np.quantile(logit(a), 0.9) - np.median(logit(a))  # noqa: E731
    assert below(moved) / below(plain) == pytest.approx(low, rel=0.1)
    assert above(moved) == pytest.approx(above(plain), rel=0.05)       # the upper side as before


def test_a_bin_that_only_widens_below_says_so_and_not_that_it_moved_the_median(monkeypatch):
    n, curves = low_curves(6)
    high = curves.assign(accuracy=curves["accuracy"] + 0.33)   # ends near 0.88
    wide = Spread(KNOTS, np.full(4, 1.4), np.ones(4), key="level<=0.92", shift=np.zeros(4))
    monkeypatch.setattr(dr, "load_level_layer", lambda: {"level<=0.92": wide})
    notes = draw_table(high, n_draws=101, seed=0).notes
    assert any("random (ends at 0.8" in note and "range below the median is widened" in note
               and "not moved" in note for note in notes)
    assert not any("moved up" in note for note in notes)
    lifted = Spread(KNOTS, np.full(4, 1.4), np.ones(4), key="level<=0.92", shift=np.full(4, 0.1))
    monkeypatch.setattr(dr, "load_level_layer", lambda: {"level<=0.92": lifted})
    notes = draw_table(high, n_draws=101, seed=0).notes
    assert any("moved up" in note for note in notes) and not any("not moved" in note for note in notes)
