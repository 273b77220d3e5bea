"""The analog forecaster (planner/forecast/analogs.py): library rows, neighbours, and the draws they drive."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.special import expit, logit

import planner.forecast.extrapolation as draws_mod
from planner.forecast import analogs
from planner.forecast.analogs import AnalogConfig, Library, analog_rows, features, fit_outcome
from planner.forecast.curves import fit_curve
from planner.forecast.draws import draw_table
from planner.forecast.extrapolation import Extrapolation, calibration_for, load_calibration
from planner.forecast.regime import FEW_POINTS, Regime, curve_regime

ROOT = Path(__file__).resolve().parents[3]


def _tail(s, g, a, y0=0.8, r=np.array([1.5, 2.0, 4.0, 8.0, 16.0])):
    Y = expit(logit(y0) + s)
    P = expit(logit(Y) + g)
    return r, P - (P - Y) * r ** (-a)


@pytest.mark.parametrize("s,g,a", [(0.0, 0.6, 0.5), (0.05, 1.2, 0.3), (0.0, 0.0, 1.0), (-0.1, 0.3, 1.5)])
def test_fit_outcome_recovers_the_tail_it_is_given(s, g, a):
    r, acc = _tail(s, g, a)
    fs, fg, fa = fit_outcome(0.8, r, acc, se_logit=0.05)
    fs *= 0.05  # in the end point's standard errors
    r2 = np.array([3.0, 6.0, 12.0])
    _, want = _tail(s, g, a, r=r2)
    _, got = _tail(fs, fg, fa, r=r2)
    assert np.max(np.abs(got - want)) < 0.004


def test_a_truth_below_its_start_is_a_flat_lower_tail():
    fs, fg, fa = fit_outcome(0.9, np.array([2.0, 4.0, 8.0]), np.array([0.88, 0.881, 0.879]), se_logit=0.05)
    assert fs < 0 and fg < 0.05
    fs *= 0.05  # in the end point's standard errors
    assert abs(expit(logit(0.9) + fs) - 0.88) < 0.005


def _regime(gain=0.01, gain_se=0.002, runs="seeds"):
    return Regime(shape="rise" if gain > 0.004 else "level", runs=runs, gain=gain, gain_se=gain_se, points=6,
                  point_se=0.004)


def test_features_read_runs_kind_and_the_gain():
    y = np.full(50, 0.9)
    rising = features(y, np.full(50, 0.02), _regime(0.02, 0.002), 0.05, "random")
    flat = features(y, np.zeros(50), _regime(0.0005, 0.002, runs="single"), 0.05, "al")
    names = list(analogs.FEATURES)
    assert rising[names.index("single")] == 0 and flat[names.index("single")] == 1
    assert rising[names.index("al")] == 0 and flat[names.index("al")] == 1
    assert rising[names.index("gain")] > flat[names.index("gain")]
    assert rising[names.index("gain_t")] == pytest.approx(10.0) and flat[names.index("gain_t")] < 1
    assert rising[names.index("level")] == pytest.approx(logit(0.9))


def _library(g_of_gain, n=400, seed=0):
    """A synthetic library: headroom g as a function of the measured gain feature."""
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        gain = rng.uniform(0.0, 0.3)
        rows.append({"level": rng.normal(1.5, 0.5), "slope": gain, "gain": gain, "gain_t": rng.uniform(0, 10),
                     "log_se": rng.normal(-3, 0.3), "single": float(rng.integers(0, 2)), "al": 0.0, "few": 0.0,
                     "s": 0.0, "g": g_of_gain(gain), "a": 0.5})
    return Library.from_frame(pd.DataFrame(rows))


def test_neighbours_are_near_sorted_by_headroom_and_respect_runs():
    lib = _library(lambda gain: 5 * gain)
    x = np.array([1.5, 0.05, 0.05, 5.0, -3.0, 1.0, 0.0, 0.0])
    idx = lib.neighbours(x, 40)
    assert idx.size == 40 and np.all(np.diff(lib.g[idx]) >= 0)
    assert np.all(lib.X[idx, analogs.FEATURES.index("single")] == 1.0)  # a runs mismatch is far
    assert np.median(np.abs(lib.X[idx, 2] - 0.05)) < np.median(np.abs(lib.X[:, 2] - 0.05))


def test_analog_rows_take_an_even_deterministic_share():
    assert analog_rows(400, 0.0).sum() == 0 and analog_rows(400, 1.0).all()
    r = analog_rows(400, 0.5)
    assert r.sum() == 200 and np.array_equal(r, analog_rows(400, 0.5))
    assert analog_rows(10, 0.3).sum() == 3


def _curves(level_off: bool):
    n = np.array([50, 70, 100, 140, 200, 280, 400])
    rows = []
    for seed in range(3):
        noise = np.random.default_rng(seed).normal(0, 0.002, n.size)
        acc = (0.9 - 0.0005 * np.log(n) if level_off else 0.95 - 0.5 * n ** -0.5) + noise
        rows += [{"strategy": "random", "n_labels": int(k), "accuracy": float(a), "seed": seed}
                 for k, a in zip(n, acc)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("headroom,expect_rise", [(0.0, False), (1.5, True)])
def test_the_analogs_drive_the_tail(monkeypatch, headroom, expect_rise):
    """With every draw an analog, the tail is what the library's curves did next: flat or climbing (the
    regime's spread factors, which move every draw's tail away from the draws' median, left out)."""
    monkeypatch.setattr(draws_mod, "load_library", lambda: _library(lambda gain: headroom))
    d = draw_table(_curves(level_off=False), n_draws=200, seed=1,
                   analog=AnalogConfig(weight=1.0, k=50), spread={}).get("random")
    at = d.accuracy([400.0, 3200.0])
    gain = np.median(at[:, 1] - at[:, 0])
    assert (gain > 0.02) if expect_rise else (abs(gain) < 1e-9)


def test_weight_zero_is_the_parametric_forecast(monkeypatch):
    monkeypatch.setattr(draws_mod, "load_library", lambda: _library(lambda gain: 3.0))
    a = draw_table(_curves(True), n_draws=100, seed=2, analog=AnalogConfig(weight=0.0)).get("random")
    monkeypatch.setattr(draws_mod, "load_library", lambda: None)
    b = draw_table(_curves(True), n_draws=100, seed=2, analog=AnalogConfig(weight=0.5)).get("random")
    assert np.array_equal(a.plateau, b.plateau) and np.array_equal(a.labels(0.9), b.labels(0.9))


def test_the_shipped_library_holds_only_calibration_part_data_sets():
    path = ROOT / "planner" / "data" / "analogs.csv"
    if not path.exists():
        pytest.skip("no shipped analog library")
    sys.path.insert(0, str(ROOT / "benchmarks" / "forecast"))
    try:
        import split
    finally:
        sys.path.pop(0)
    df = pd.read_csv(path)
    assert len(df) >= 1000 and set(analogs.FEATURES + analogs.OUTCOMES) <= set(df.columns)
    hold = {f"lcdb:{i}" for i in split.holdout_ids()}
    keys = set(df["key"])
    assert not keys & hold
    assert {split.part(k) for k in keys} == {"calibration"}
    assert analogs.load_library() is not None and len(analogs.load_library()) == len(df)


def _cal(mu):
    return Extrapolation(mu_plateau=mu, sd_plateau=0.5, mu_rate=0.0, sd_rate=0.5, corr=0.0, sd_level=0.5)


def test_a_young_curve_reads_the_young_rows_first_then_falls_back():
    n = np.array([20.0, 40.0, 60.0, 80.0, 100.0])
    Y = np.array([[0.70, 0.75, 0.79, 0.81, 0.83]])
    young, grown = curve_regime(n[:FEW_POINTS], Y[:, :FEW_POINTS]), curve_regime(n, Y)
    assert young.few and young.points == FEW_POINTS and not grown.few
    table = {"random": _cal(0.0), "al": _cal(0.1), f"al:{young.shape}": _cal(0.2), "al:few": _cal(0.3),
             f"al:few:{young.runs}": _cal(0.4), f"al:{grown.key}": _cal(0.5)}
    assert calibration_for(table, "al", young).mu_plateau == 0.4        # kind:few:runs
    del table[f"al:few:{young.runs}"]
    assert calibration_for(table, "al", young).mu_plateau == 0.3        # kind:few
    del table["al:few"]
    assert calibration_for(table, "al", young).mu_plateau == 0.2        # then as any curve: kind:shape
    assert calibration_for(table, "al", grown).mu_plateau == 0.5        # a grown curve never reads the young rows
    assert calibration_for({"random": _cal(0.0), "al:few": _cal(0.3)}, "al", grown).mu_plateau == 0.0


def test_the_shipped_tables_hold_young_rows_and_young_analogs():
    cal = load_calibration()
    assert {"random:few", "al:few"} <= set(cal)
    assert all(cal[k].n_curves >= 40 for k in cal if ":few" in k)
    lib = analogs.load_library()
    few = lib.X[:, analogs.FEATURES.index("few")]
    assert set(np.unique(few)) == {0.0, 1.0} and 100 <= few.sum() < 0.2 * len(few)


def test_young_curves_pick_young_analogs():
    y = np.full(50, 0.8)
    young = Regime(shape="level", runs="single", gain=0.02, gain_se=0.03, points=3, point_se=0.02)
    grown = Regime(shape="level", runs="single", gain=0.02, gain_se=0.03, points=6, point_se=0.02)
    fy = features(y, np.full(50, 0.02), young, 0.1, "al")
    fg = features(y, np.full(50, 0.02), grown, 0.1, "al")
    k = analogs.FEATURES.index("few")
    assert fy[k] == 1.0 and fg[k] == 0.0 and np.array_equal(np.delete(fy, k), np.delete(fg, k))
    lib = analogs.load_library()
    # young prefixes are a minority of the library (12% from split v6), yet most of a young curve's neighbours
    base = np.mean(lib.X[:, k] == 1.0)
    assert base < 0.2 and np.mean(lib.X[lib.neighbours(fy, 50), k] == 1.0) > 0.75
    assert np.mean(lib.X[lib.neighbours(fg, 50), k] == 0.0) > 0.9


def test_a_curve_can_be_forecast_from_a_library_it_is_given(monkeypatch):
    """``fit_curve(library=...)`` draws its analog tails from that library, not the shipped one (how the
    benchmarks forecast a calibration-part curve without its own data set's curves)."""
    monkeypatch.setattr(draws_mod, "load_library", lambda: _library(lambda gain: 0.0))
    t = _curves(level_off=False)
    kw = dict(seeds=t["seed"], n_bootstrap=200, seed=1, analog=AnalogConfig(weight=1.0, k=50), spread={})
    flat = fit_curve(t["n_labels"], t["accuracy"], **kw).sample_predictions([400.0, 3200.0])
    given = fit_curve(t["n_labels"], t["accuracy"], library=_library(lambda gain: 1.5), **kw)
    rise = given.sample_predictions([400.0, 3200.0])
    assert abs(np.median(flat[:, 1] - flat[:, 0])) < 1e-9 and np.median(rise[:, 1] - rise[:, 0]) > 0.02
