"""`--pool-accuracy` on every metric: a .pool.csv whose metric columns hold anything, read on the metric planned
on, is used or refused in one line (exit 2, nothing written); a plain number is that metric's score."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_CELL
from tests.fuzz.promise import assert_cli_refusal, run_cli

METRICS = ("accuracy", "macro_f1", "balanced_accuracy", "minority_recall")


def _curves(path):
    rng = np.random.default_rng(0)
    rows = []
    for strategy, eff in (("random", 1.0), ("margin", 1.6)):
        for seed in range(2):
            for r in range(6):
                n = 20 + 20 * r
                acc = float(np.clip(0.95 - 0.6 * (n * eff / 20) ** -0.5 + rng.normal(0, 0.003), 0, 1))
                rows.append({"strategy": strategy, "seed": seed, "n_labels": n, "accuracy": acc,
                             "macro_f1": acc - 0.02, "balanced_accuracy": acc - 0.01, "minority_recall": acc - 0.1})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@FUZZ
@given(metric=st.sampled_from(METRICS), cells=st.lists(NASTY_CELL, min_size=4, max_size=4),
       n_pool=st.one_of(st.integers(-5, 10**10), NASTY_CELL), drop=st.sampled_from([None, *METRICS]))
def test_any_pool_table_on_any_metric_is_used_or_refused_in_one_line(tmp_path_factory, capsys, metric, cells,
                                                                      n_pool, drop):
    folder = tmp_path_factory.mktemp("pool")
    curves = _curves(folder / "c.csv")
    row = {"dataset": "x", "model": "logreg", "seed": 0, "label_noise": 0.0, "n_labels": n_pool, "n_test": 100,
           **dict(zip(METRICS, cells))}
    table = pd.DataFrame([row]).drop(columns=[drop] if drop else [])
    pool = folder / "c.pool.csv"
    table.to_csv(pool, index=False)
    rc, out, err = run_cli(["plan", str(curves), "--target", "0.8", "--label-price", "1", "--metric", metric,
                            "--pool-accuracy", str(pool), "--json"], capsys)
    if rc == 0:
        verdict = json.loads(out)
        assert verdict["metric"] == metric and verdict["scenario"]["pool_accuracy"] == float(row[metric])
    else:
        assert_cli_refusal(rc, err, "plan")


@FUZZ
@given(metric=st.sampled_from(METRICS), value=st.one_of(st.floats(allow_nan=True), st.text(max_size=12)))
def test_a_plain_pool_score_is_the_metric_planned_on_or_one_line(tmp_path_factory, capsys, metric, value):
    curves = _curves(tmp_path_factory.mktemp("plain") / "c.csv")
    rc, out, err = run_cli(["budget", str(curves), "--labels", "500", "--label-price", "1", "--metric", metric,
                            f"--pool-accuracy={value}", "--json"], capsys)
    if rc == 0:
        answer = json.loads(out)
        score = answer["pool_accuracy"]
        assert answer["metric"] == metric and 0 < score <= 1
        for s in answer["strategies"]:
            assert s["accuracy_high"] is None or s["accuracy_high"] <= score + 1e-12
    else:
        assert_cli_refusal(rc, err, "budget")
