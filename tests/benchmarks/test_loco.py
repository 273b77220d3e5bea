"""Leave one corpus out (benchmarks/forecast/loco.py) and calibrate.py's fit without the plateau shift."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
FORECAST = ROOT / "benchmarks" / "forecast"
sys.path.insert(0, str(FORECAST))

import calibrate  # noqa: E402
import loco  # noqa: E402

N = np.array([20.0, 40.0, 80.0, 160.0])
Y = np.array([[0.60, 0.70, 0.78, 0.83], [0.62, 0.69, 0.77, 0.84]])


def _cases(rng, count, shift):
    """Prepared-like cases whose truths follow tails with the plateau moved up by ``shift`` logits."""
    out = []
    ratio = np.array([2.0, 4.0, 8.0, 16.0])
    for _ in range(count):
        y_end = rng.uniform(0.6, 0.8)
        plateau = np.full(100, y_end + rng.uniform(0.02, 0.1))
        rate = np.full(100, 0.7)
        true_plateau = 1 / (1 + np.exp(-(np.log(plateau[0] / (1 - plateau[0])) + shift)))
        truth = true_plateau - (true_plateau - y_end) * ratio ** -0.7 + rng.normal(0, 0.005, ratio.size)
        out.append(SimpleNamespace(y_end=np.full(100, y_end), plateau=plateau, rate=rate,
                                   z=rng.standard_normal((100, 3)), se_logit=0.05, ratio=ratio, truth=truth))
    return out


def test_the_fit_finds_a_shift_and_without_it_holds_the_shift_at_zero():
    cases = _cases(np.random.default_rng(0), 80, shift=0.8)
    theta, score, base = calibrate.fit(cases)
    theta0, score0, base0 = calibrate.fit(cases, shift=False)
    assert theta[0] > 0.3                       # the truths lie above the fitted plateaus: a positive shift
    assert theta0[0] == 0.0 and theta0.size == theta.size
    assert base0 == pytest.approx(base)
    assert score < score0 <= base               # the shift helps here, and the rest of the fit still helps


def test_the_fit_without_a_shift_needs_none_where_the_truth_has_none():
    cases = _cases(np.random.default_rng(1), 80, shift=0.0)
    theta, score, _ = calibrate.fit(cases)
    _, score0, _ = calibrate.fit(cases, shift=False)
    assert abs(theta[0]) < 0.3
    assert score0 == pytest.approx(score, rel=0.15)


def _median_at(fitted, n=1280.0):
    return float(np.median(fitted.sample_predictions(np.array([n]))))


def test_with_table_reads_the_named_table_and_defaults_to_the_shipped(tmp_path, monkeypatch):
    shipped = pd.read_csv(ROOT / "planner" / "data" / "extrapolation.csv")
    shipped.assign(mu_plateau=0.0).to_csv(tmp_path / "zero.csv", index=False)
    monkeypatch.delenv(loco.ENV, raising=False)
    from evaluate_curves import default_forecaster

    base = _median_at(default_forecaster(N, Y, {"kind": "random"}))
    assert _median_at(loco.with_table(N, Y, {"kind": "random"})) == pytest.approx(base)
    monkeypatch.setenv(loco.ENV, str(tmp_path / "zero.csv"))
    lower = _median_at(loco.with_table(N, Y, {"kind": "random"}))
    assert lower < base - 0.002                 # every shipped random row lifts the plateau: without it, lower


def test_use_table_replaces_the_planners_table_for_the_process(tmp_path, monkeypatch):
    import planner.forecast.extrapolation as ex

    shipped = pd.read_csv(ROOT / "planner" / "data" / "extrapolation.csv")
    shipped.assign(mu_plateau=0.0).to_csv(tmp_path / "zero.csv", index=False)
    monkeypatch.setenv(loco.ENV, str(tmp_path / "zero.csv"))
    monkeypatch.setattr(ex, "read_table", ex.read_table)   # restored after the test
    ex.load_calibration.cache_clear()
    try:
        loco.use_table()
        cal = ex.load_calibration()
        assert all(e.mu_plateau == 0.0 for e in cal.values())
        assert not math.isclose(cal["random"].sd_plateau, 0.0)
    finally:
        monkeypatch.undo()
        ex.load_calibration.cache_clear()
    assert ex.load_calibration()["random"].mu_plateau > 0
