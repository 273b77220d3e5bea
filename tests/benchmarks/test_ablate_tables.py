"""The table ablations: each switches off its table and nothing else, and the harness resolves them by path."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

FORECAST = Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"
sys.path.insert(0, str(FORECAST))

import ablate_tables  # noqa: E402
import evaluate_curves as ev  # noqa: E402

N = np.array([20.0, 40.0, 80.0, 160.0])
Y = np.array([[0.60, 0.70, 0.78, 0.83], [0.62, 0.69, 0.77, 0.84]])


def _median_at(forecaster, n=1280.0):
    return float(np.median(forecaster(N, Y, {"kind": "random"}).sample_predictions(np.array([n]))))


def test_shipped_is_the_harness_default():
    assert _median_at(ablate_tables.shipped) == pytest.approx(_median_at(ev.default_forecaster))


@pytest.mark.parametrize("name", ["no_spread", "no_analogs", "no_extrapolation"])
def test_each_ablation_resolves_and_changes_the_forecast(name):
    fn = ev.resolve_forecaster(f"{FORECAST / 'ablate_tables.py'}:{name}")
    draws = fn(N, Y, {"kind": "random"}).sample_predictions(np.array([160.0, 1280.0]))
    assert np.isfinite(draws).all() and ((draws >= 0) & (draws <= 1)).all()
    shipped = ablate_tables.shipped(N, Y, {"kind": "random"}).sample_predictions(np.array([160.0, 1280.0]))
    assert not np.allclose(draws, shipped)
