"""A campaign's forecast at its pilot: every strategy's plateau shift times the shipped pilot factor, nothing else
moved, and no forecast outside a campaign's pilot reads the factor."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from planner.decide.verdict import Plan
from planner.forecast import draws
from planner.forecast.draws import draw_table
from planner.forecast.extrapolation import Extrapolation, at_pilot, pilot_factor
from planner.forecast.tables import listed


def _curves() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = np.array([20, 40, 60, 90, 130, 180])
    rows = [{"strategy": s, "seed": k, "n_labels": int(x), "accuracy": float(0.9 - 0.4 * x ** -0.5 * (1.1 if s ==
            "random" else 0.9) + rng.normal(0, 0.01))} for s in ("random", "margin") for k in range(3) for x in n]
    return pd.DataFrame(rows)


def test_the_pilot_factor_moves_the_plateau_shift_alone():
    cal = Extrapolation(mu_plateau=0.6, sd_plateau=0.5, mu_rate=-0.1, sd_rate=0.7, corr=-0.4, sd_level=0.6,
                        n_curves=3, n_datasets=2, source="x")
    out = at_pilot(cal, 0.25)
    assert out.mu_plateau == pytest.approx(0.15)
    assert replace(out, mu_plateau=0.6) == cal


def test_the_shipped_factor_is_within_0_and_1_and_1_without_a_table():
    f = pilot_factor()
    assert 0.0 <= f <= 1.0
    assert listed("pilot_shift.csv") or f == 1.0


def test_only_a_pilot_forecast_reads_the_factor(monkeypatch):
    curves = _curves()
    base = draw_table(curves, n_draws=200, seed=0)
    monkeypatch.setattr(draws, "pilot_factor", lambda: 0.0)
    same = draw_table(curves, n_draws=200, seed=0)
    pilot = draw_table(curves, n_draws=200, seed=0, pilot=True)
    for s in ("random", "margin"):
        assert np.array_equal(base.get(s).plateau, same.get(s).plateau)
        assert pilot.get(s).calibration == replace(base.get(s).calibration, mu_plateau=0.0)
        assert np.median(pilot.get(s).plateau) < np.median(base.get(s).plateau)
    monkeypatch.setattr(draws, "pilot_factor", lambda: 1.0)
    unmoved = draw_table(curves, n_draws=200, seed=0, pilot=True)
    assert np.array_equal(unmoved.get("random").plateau, base.get("random").plateau)


def test_a_plan_reads_the_pilot_from_its_curves_attrs(monkeypatch):
    monkeypatch.setattr(draws, "pilot_factor", lambda: 0.5)
    curves = _curves()
    plain = Plan(curves, n_draws=100)
    curves.attrs["pilot"] = True
    pilot = Plan(curves, n_draws=100)
    mu = plain.draws.get("random").calibration.mu_plateau
    assert pilot.draws.get("random").calibration.mu_plateau == pytest.approx(0.5 * mu)
