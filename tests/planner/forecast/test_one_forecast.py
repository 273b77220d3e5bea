"""One forecast (issue 18): `fit`, `plan` and the charts read the same draws; regimes come from the data."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from planner.decide.costs import PoolShape, Scenario
from planner.decide.verdict import get_plan
from planner.forecast.draws import draw_table
from planner.forecast.learners import neural_models
from planner.forecast.regime import curve_regime
from planner.present.fit_summary import fit_summary
from tests.builders import csv_file, proxy_table


def _table():
    rng = np.random.default_rng(3)
    return proxy_table(rng, "p", 0.95, 0.6, 0.5, [("random", 1.0), ("margin", 2.0)], rounds=10, seeds=3)


def test_fit_and_plan_give_the_same_labels_for_the_same_table():
    df = _table()
    target = 0.9
    summary = fit_summary(df, target=target)
    decision = get_plan(df).decide(Scenario(label_price=0.5, engineering_days=1.0, day_rate=400.0), target)
    batch = int(df["batch_size"].iloc[0])
    for row in summary.strategies:
        planned = decision.row(row.strategy)
        # one computation: the same median and range, whole as bought
        assert (row.labels, row.labels_low, row.labels_high) == (planned.labels, planned.labels_low,
                                                                 planned.labels_high), row.strategy
        assert batch >= 1


def test_fit_reads_the_plans_draws():
    df = _table()
    fits = fit_summary(df, target=0.9)
    plan = get_plan(df)
    paths = plan.paths(Scenario(label_price=1.0), 0.9)
    for row in fits.strategies:
        labels = paths[row.strategy].labels   # the draws' labels, as the verdict bounds them by the measurements
        assert row.labels_low == np.ceil(float(np.quantile(labels, 0.1, method="inverted_cdf")) - 1e-9)


def test_a_curve_flat_for_its_last_doubling_levels_off_and_a_rising_one_rises():
    n = np.array([20, 40, 80, 160, 320, 640], dtype=float)
    flat = np.array([[0.80, 0.90, 0.95, 0.970, 0.971, 0.970], [0.81, 0.91, 0.95, 0.969, 0.972, 0.971]])
    rising = np.array([[0.60, 0.66, 0.72, 0.78, 0.84, 0.90], [0.61, 0.67, 0.73, 0.79, 0.85, 0.91]])
    assert curve_regime(n, flat).shape == "level" and curve_regime(n, flat).runs == "seeds"
    assert curve_regime(n, rising).shape == "rise"
    assert curve_regime(n, rising[:1]).runs == "single"
    # noise the size of the gain hides a rise: a noisy single run that gains 0.5 point a doubling levels off
    noisy = np.array([[0.80, 0.83, 0.81, 0.84, 0.82, 0.85]])
    assert curve_regime(n, noisy).shape == "level"


def test_a_levelled_curve_is_not_forecast_to_climb_far():
    n = np.array([20, 40, 80, 160, 320, 640, 1280], dtype=float)
    rows = [{"strategy": "random", "seed": s, "n_labels": v, "accuracy": a + 0.002 * (s - 1)}
            for s in range(3) for v, a in zip(n, (0.80, 0.90, 0.95, 0.970, 0.975, 0.976, 0.976))]
    fits = fit_summary(pd.DataFrame(rows), target=0.99)
    row = fits.strategies[0]
    # flat at 0.976 over two doublings: 0.99 is not where the median forecast goes
    assert row.asymptote < 0.985
    assert not np.isfinite(row.labels) or row.labels > 8 * 1280


def test_the_accuracy_with_the_whole_pool_labeled_caps_every_path():
    df = _table()     # curves climbing towards 0.95
    plan = get_plan(df)
    base = dict(label_price=0.5, engineering_days=1.0, day_rate=400.0)
    pool = dict(pool_size=2000, pool_accuracy_se=0.002)
    free = plan.decide(Scenario(**base, pool=PoolShape(pool_size=2000)), 0.93)
    assert free.row("random").reachable
    capped = plan.decide(Scenario(**base, pool=PoolShape(**pool, pool_accuracy=0.92)), 0.93)
    # the whole pool measured 0.92: 0.93 is out of this pool's reach for every strategy
    assert not any(r.reachable for r in capped.strategies)
    assert any("measured 92.0%" in n for n in capped.notes)
    below = plan.decide(Scenario(**base, pool=PoolShape(**pool, pool_accuracy=0.96)), 0.93)
    assert below.row("random").labels <= 2000 and below.row("random").reachable


def test_a_bad_pool_accuracy_is_one_line():
    for bad in (0.0, 1.5, float("nan")):
        with pytest.raises(ValueError, match="pool accuracy"):
            Scenario(label_price=1.0, pool=PoolShape(pool_accuracy=bad)).validate()


def test_fit_and_plan_with_the_pool_accuracy_agree_that_a_target_above_it_is_out_of_reach(tmp_path):
    path = csv_file(tmp_path, _table(), "c.csv")
    base = [sys.executable, "-m", "planner.cli"]
    fit = subprocess.run(base + ["fit", str(path), "--target", "0.93", "--pool-accuracy", "0.90@2000", "--json"],
                         capture_output=True, text=True)
    assert fit.returncode == 0, fit.stderr
    rows = json.loads(fit.stdout)["strategies"]
    assert all(r["asymptote"] <= 0.90 and r["p_unreachable"] > 0.9 for r in rows)
    plan = subprocess.run(base + ["plan", str(path), "--target", "0.93", "--label-price", "0.5",
                                  "--pool-accuracy", "0.90@2000", "--json"], capture_output=True, text=True)
    assert plan.returncode == 0, plan.stderr
    out = json.loads(plan.stdout)
    assert out["recommendation"] is None
    assert not any(r["reachable"] for r in out["strategies"])


def test_the_ceiling_never_overrides_what_was_measured():
    df = _table()
    plan = get_plan(df)
    margin_top = df[df["strategy"] == "margin"].groupby("n_labels")["accuracy"].mean()
    target = float(margin_top.iloc[-2])          # margin measured this within its rounds
    scen = Scenario(label_price=0.5, engineering_days=1.0, day_rate=400.0,
                    pool=PoolShape(pool_size=2000, pool_accuracy=target + 0.001,
                                   pool_accuracy_se=0.02))   # a ceiling noisy around the target
    row = plan.decide(scen, target).row("margin")
    assert row.reachable and row.labels <= margin_top.index[-1]
    assert row.labels_high <= margin_top.index[-1]   # no draw loses a target it measured


def test_fit_reports_the_plateau_with_its_interval_and_the_regime():
    n = np.array([20, 40, 80, 160, 320, 640, 1280], dtype=float)
    rows = [{"strategy": "random", "seed": s, "n_labels": v, "accuracy": a + 0.002 * (s - 1)}
            for s in range(3) for v, a in zip(n, (0.80, 0.90, 0.95, 0.970, 0.975, 0.976, 0.976))]
    row = fit_summary(pd.DataFrame(rows), target=0.97).strategies[0]
    assert row.regime == "level:seeds"
    # flat for two doublings at 0.976: not forecast to climb 1.4 points (the example): not the
    # median plateau; the median draw at 16x climbs less than a point (0.52 with split v8's tables, under 0.5
    # with v3's to v6's), and within the 16x the forecast is calibrated for even the 90% draw climbs at most
    # 1.5 points (1.32 with the tables of split v3's calibration part, 1.29 with v2's, 1.41 with v3's before the
    # young-curve rows, 1.40 with v8's: refits move this edge). (The plateau's upper end, beyond any data, may
    # be higher: real levelled curves of flexible learners creep on, and the analogs say so.)
    assert row.asymptote_low <= row.asymptote <= row.asymptote_high < 0.9995
    assert row.asymptote < 0.976 + 0.014
    d = draw_table(pd.DataFrame(rows)).get("random")
    at16 = d.accuracy([1280 * 16])[:, 0]
    assert np.median(at16) < 0.976 + 0.01 and np.quantile(at16, 0.9) < 0.976 + 0.015
    d = row.to_dict()
    assert d["asymptote_low"] is not None and d["regime"] == "level:seeds"


def test_fit_says_when_a_curve_is_too_young_to_tell():
    rows = [{"strategy": "random", "seed": s, "n_labels": v, "accuracy": a + 0.003 * s}
            for s in range(2) for v, a in zip((20, 40, 60), (0.70, 0.69, 0.76))]
    summary = fit_summary(pd.DataFrame(rows), target=0.9)
    assert summary.strategies[0].regime.endswith(":young")
    assert "too young to tell" in summary.to_text()
    more = rows + [{"strategy": "random", "seed": s, "n_labels": 80, "accuracy": 0.79} for s in range(2)]
    grown = fit_summary(pd.DataFrame(more), target=0.9).strategies[0]
    assert not grown.regime.endswith(":young") and grown.to_dict()["regime"] in (
        "rise:seeds", "level:seeds")


def test_a_neural_model_is_told_its_ranges_run_narrow():
    # held-out benchmarks found neural learners' ranges too narrow (RESULTS.md): plan, fit and the CLI say so
    # for the model names of neural networks, and not for others
    assert neural_models(pd.DataFrame({"model": ["mlp", "logreg", "ResNet-50", "elasticnet", "nnls", "cnn"]})) == \
        ["ResNet-50", "cnn", "mlp"]
    assert neural_models(pd.DataFrame({"accuracy": [0.5]})) == []
    df = _table()
    for model, told in (("mlp", True), ("logreg", False)):
        decision = get_plan(df.assign(model=model)).decide(Scenario(label_price=0.5), 0.9)
        said = [n for n in decision.notes if "neural network" in n]
        assert bool(said) is told, (model, decision.notes)
    assert any("neural network" in n for n in fit_summary(df.assign(model="cnn"), target=0.9).notes)
