"""Stopping rules read from the curves table: when each rule fires, per run."""

import numpy as np
import pandas as pd
import pytest

from simulations.run.stopping import cohen_kappa, stopping_points

NAN = np.nan


def _run(strategy, seed, agreement, confidence, *, batch_size=10):
    n = len(agreement)
    return pd.DataFrame({
        "dataset": "digits", "model": "logreg", "strategy": strategy, "seed": seed, "batch_size": batch_size,
        "label_noise": 0.0, "round": np.arange(n), "n_labels": 20 + batch_size * np.arange(n),
        "accuracy": np.linspace(0.5, 0.9, n), "stop_agreement": agreement, "pool_confidence": confidence,
    })


def test_each_rule_fires_where_the_signals_first_cross():
    table = pd.concat([
        # agreement >= 0.99 in rounds 2, 4, 5, 6: the first streak of 3 ends at round 6 (n = 80);
        # confidence first >= 0.9 in round 3 (n = 50)
        _run("margin", 0, [NAN, 0.5, 0.995, 0.9, 0.99, 1.0, 0.999, 1.0], [0.3, 0.6, 0.8, 0.91, 0.85, 0.95, 0.96, 0.97]),
        # never stable for 3 rounds, never confident
        _run("random", 0, [NAN, 0.99, 0.99, 0.5, 0.99, 0.99], [0.2, 0.4, 0.5, 0.6, 0.7, 0.89]),
    ], ignore_index=True)
    got = stopping_points(table.sample(frac=1, random_state=0))  # row order does not matter
    assert list(got.columns) == [
        "dataset", "model", "strategy", "seed", "batch_size", "label_noise",
        "n_labels_stabilizing", "n_labels_confidence"]
    got = got.set_index("strategy")
    assert got.loc["margin", "n_labels_stabilizing"] == 80
    assert got.loc["margin", "n_labels_confidence"] == 50
    assert np.isnan(got.loc["random", "n_labels_stabilizing"])
    assert np.isnan(got.loc["random", "n_labels_confidence"])


def test_thresholds_and_streak_length_are_honoured():
    table = _run("margin", 1, [NAN, 0.95, 0.96, 0.97, 0.2], [0.5, 0.7, 0.75, 0.8, 0.85])
    loose = stopping_points(table, agreement=0.95, rounds=3, confidence=0.7).iloc[0]
    assert loose["n_labels_stabilizing"] == 50 and loose["n_labels_confidence"] == 30
    one = stopping_points(table, agreement=0.96, rounds=1).iloc[0]
    assert one["n_labels_stabilizing"] == 40
    strict = stopping_points(table).iloc[0]
    assert np.isnan(strict["n_labels_stabilizing"]) and np.isnan(strict["n_labels_confidence"])
    with pytest.raises(ValueError, match="rounds"):
        stopping_points(table, rounds=0)


def test_nan_breaks_a_streak_and_runs_are_kept_apart():
    a = _run("margin", 0, [NAN, 1.0, 1.0, NAN, 1.0, 1.0, 1.0], [NAN] * 7)
    b = _run("margin", 1, [NAN, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0], [0.95] * 7)
    c = _run("margin", 0, [NAN, 1.0, 1.0, 1.0], [0.1] * 4, batch_size=50)  # another run: other batch size
    got = stopping_points(pd.concat([a, b, c], ignore_index=True))
    assert len(got) == 3
    by = {(r.seed, r.batch_size): r for r in got.itertuples()}
    assert by[(0, 10)].n_labels_stabilizing == 80 and np.isnan(by[(0, 10)].n_labels_confidence)
    assert by[(1, 10)].n_labels_stabilizing == 50 and by[(1, 10)].n_labels_confidence == 20
    assert by[(0, 50)].n_labels_stabilizing == 170


def test_a_table_without_the_signals_never_stops():
    """A user's pilot table (strategy, n_labels, accuracy only): every rule NaN, nothing raises."""
    table = pd.DataFrame({"strategy": ["random"] * 3 + ["margin"] * 3, "n_labels": [10, 20, 30] * 2,
                          "accuracy": [0.5, 0.6, 0.7] * 2})
    got = stopping_points(table)
    assert sorted(got["strategy"]) == ["margin", "random"]
    assert got[["n_labels_stabilizing", "n_labels_confidence"]].isna().all().all()
    assert stopping_points(table.iloc[:0]).empty


def test_cohen_kappa():
    a = np.array([0, 0, 1, 1, 2, 2])
    assert cohen_kappa(a, a, 3) == 1.0
    assert cohen_kappa(np.zeros(5, int), np.zeros(5, int), 3) == 1.0  # chance agreement 1, observed 1
    # two raters, 2 classes: p_o = 0.5, p_e = 0.5 -> 0
    assert cohen_kappa(np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]), 2) == pytest.approx(0.0)
    assert cohen_kappa(np.array([0, 1]), np.array([1, 0]), 2) == pytest.approx(-1.0)
    # a textbook case: p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5 -> 0.4
    x = np.array([1] * 20 + [1] * 5 + [0] * 10 + [0] * 15)
    y = np.array([1] * 20 + [0] * 5 + [1] * 10 + [0] * 15)
    assert cohen_kappa(x, y, 2) == pytest.approx(0.4)
    assert np.isnan(cohen_kappa(np.array([], int), np.array([], int), 2))
