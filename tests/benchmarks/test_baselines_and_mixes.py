"""The plain pow3 / mmf4 forecasters, the users' scenario mix, the macro-F1 curves and the users' corpus rows."""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks" / "forecast"))

import baselines  # noqa: E402
import cases as cases_mod  # noqa: E402
import evaluate_curves as evc  # noqa: E402
from forecast_fakes import al_table, decisions_truth, loaded_script  # noqa: E402

EVAL = ROOT / "benchmarks" / "forecast" / "evaluate_decisions.py"
N = np.array([16, 23, 32, 45, 64, 91, 128], dtype=float)
FEW = settings(max_examples=12, deadline=None, derandomize=True)


@pytest.fixture(scope="module")
def ev():
    yield from loaded_script(EVAL, "evaluate_decisions_mixes_under_test")


@FEW
@given(a=st.floats(0.7, 0.98), b=st.floats(0.1, 0.6), c=st.floats(0.2, 1.5))
def test_pow3_recovers_a_noiseless_power_law_and_extrapolates_it(a, b, c):
    Y = np.tile(a - b * (N / N[0]) ** -c, (2, 1))
    fit = baselines.pow3(N, Y, {})
    far = np.array([512.0, 1024.0])
    pred = np.median(fit.sample_predictions(far), axis=0)
    assert pred == pytest.approx(a - b * (far / N[0]) ** -c, abs=2e-3)


@FEW
@given(a=st.floats(0.1, 0.4), c=st.floats(0.7, 0.98), m=st.floats(20.0, 100.0), d=st.floats(0.5, 2.5))
def test_mmf4_recovers_its_noiseless_curve(a, c, m, d):
    Y = baselines.mmf4_curve(N, a, c, math.log(m), d)[None, :]
    fit = baselines.mmf4(N, Y, {})
    pred = np.median(fit.sample_predictions(N), axis=0)
    assert pred == pytest.approx(Y[0], abs=2e-3)


@FEW
@given(seed=st.integers(0, 2**16), which=st.sampled_from(["pow3", "mmf4"]),
       t=st.lists(st.floats(0.5, 0.999), min_size=2, max_size=4))
def test_baseline_draws_are_accuracies_and_labels_to_target_grow_with_the_target(seed, which, t):
    rng = np.random.default_rng(seed)
    Y = np.clip(0.9 - 0.4 * (N / 16) ** -0.5 + rng.normal(0, 0.02, (3, N.size)), 0, 1)
    Y[0, -1] = np.nan  # a missing point is skipped
    fit = evc.resolve_forecaster(which)(N, Y, {"kind": "random"})
    d = fit.sample_predictions(np.array([200.0, 2000.0]))
    assert d.shape == (baselines.N_BOOT, 2) and np.all((d >= 0) & (d <= 1))
    t = np.sort(t)
    labels = [fit.labels_samples(x) for x in t]
    for lo, hi in zip(labels, labels[1:]):   # per draw: a higher target never needs fewer labels
        assert np.all(hi >= lo)
    assert np.all((labels[0] >= N[0]) | np.isinf(labels[0]))


def test_baselines_refuse_a_prefix_of_two_counts_and_score_in_the_harness():
    with pytest.raises(ValueError, match="at least 3 label counts"):
        baselines.pow3(N[:2], np.array([[0.5, 0.6]]), {})
    cases = cases_mod.cases_from_frame(cases_mod.build_cases(al_table(noise=0.0), "skl"))[:12]
    case_df, acc, _ = evc.evaluate(cases, "pow3")
    assert not case_df["refused"].any() and len(acc)
    # the fakes are a power law: the plain fit extrapolates it closely
    assert acc["abs_err"].median() < 0.01


@pytest.fixture(scope="module")
def users_f1(ev, tmp_path_factory):
    """The table, and the decisions JSON of one run in the users' mix on its macro-F1 curves (read only)."""
    out = tmp_path_factory.mktemp("users_f1")
    table = decisions_truth(ev, ("selection",), f1_below=0.1)  # its macro-F1 0.1 below accuracy
    table.to_parquet(out / "sk_truth.parquet")
    assert ev.main(["--truth", str(out / "sk_truth.parquet"), "--out-dir", str(out), "--mix", "users",
                    "--constants", "scored", "--metric", "macro_f1"]) == 0
    return table, out


def test_the_users_mix_crosses_its_prices_days_and_day_rates_and_prices_them(ev, users_f1):
    from planner.decide.costs import path_costs

    _, out = users_f1
    data = json.loads((out / "decisions_selection.json").read_text())
    rows = data["rows"]
    assert data["mix"] == "users" and "Scenario mix `users`" in (out / "decisions_selection.md").read_text()
    m = ev.MIXES["users"]
    assert {r["engineering_days"] for r in rows} == set(m["engineering_days"]) and min(m["engineering_days"]) >= 1
    assert {r["day_rate"] for r in rows} == {400.0, 800.0} and {r["compute_per_round"] for r in rows} == {0.0}
    assert {r["label_price"] for r in rows} == set(m["label_prices"])
    assert min(m["label_prices"]) == 0.02 and max(m["label_prices"]) == 5.0
    assert len(rows) == 2 * 3 * len(ev._cases("users"))
    for r in rows[:40]:   # every truth cost is alplan's own price of that path at the row's day rate
        s = ev.scenario(r["label_price"], r["engineering_days"], 0.0, r["budget"], r["day_rate"])
        want = path_costs([r["true_labels"]["margin"]], active=True, scenario=s, initial=r["initial"],
                          batch_size=r["batch_size"])["total_cost"][0]
        assert r["true_costs"]["margin"] == pytest.approx(float(want))


def test_macro_f1_curves_are_read_when_asked_and_a_missing_column_exits_2(ev, users_f1, tmp_path, capsys):
    table, out = users_f1
    f1 = json.loads((out / "decisions_selection.json").read_text())
    assert f1["metric"] == "macro_f1" and "the curves read: `macro_f1`" in (out / "decisions_selection.md").read_text()
    # the targets are random's truth level: on macro-F1 they sit 0.1 lower than on the accuracy curves
    on_accuracy = [t for _, t in ev.group_truth(table)["targets"]]
    assert len(on_accuracy) == 3
    assert sorted({round(r["target"], 6) for r in f1["rows"]}) == pytest.approx(
        sorted({round(t - 0.1, 6) for t in on_accuracy}), abs=1e-6)
    capsys.readouterr()
    table.drop(columns=["macro_f1"]).to_parquet(tmp_path / "no.parquet")
    assert ev.main(["--truth", str(tmp_path / "no.parquet"), "--metric", "macro_f1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "macro_f1" in err


def test_the_users_corpus_rows_are_imbalanced_two_class_tasks_with_and_without_label_noise():
    rows = [r for r in csv.DictReader(open(ROOT / "benchmarks" / "forecast" / "corpus_specs.csv"))
            if r["name"].startswith("users_")]
    imb = [r for r in rows if r["family"] == "imbalanced"]
    weights = {tuple(json.loads(r["params"])["weights"]) for r in imb}
    flips = {json.loads(r["params"])["flip_y"] for r in imb}
    assert {(0.9, 0.1), (0.95, 0.05)} <= weights and {0.0, 0.06} <= flips
    assert {r["part"] for r in rows} == {"calibration", "selection", "report"}
    # the calibration sets (batch 63) are the macro-F1 strata's data: never in a part a design is chosen on
    assert {r["part"] for r in rows if r["batch"] == "63"} == {"calibration"}
    learners = {x for r in rows for x in r["learners"].split()}
    assert {"rf50", "gb50", "knn"} <= learners


def test_the_comparison_reads_stored_rows_by_prefix_and_by_kind(tmp_path, capsys):
    import compare_forecasters as cf
    import pandas as pd

    def rows(err):
        out = []
        for i, (key, learner, family, regime, prefix) in enumerate([
                ("skl:users_imb95", "rf50", "tree", "levelling", "frac8"),
                ("skl:users_trees4", "knn15", "kNN", "rising", "frac4"),
                ("sim:syn-imb4", "mlp", "neural", "rising", "frac8")]):
            for ratio in (2.0, 8.0):
                out.append({"case_id": i, "key": key, "learner": learner, "family": family, "regime": regime,
                            "prefix_kind": prefix, "ratio": ratio, "abs_err": err * ratio, "covered": ratio < 4})
        return pd.DataFrame(out)

    for tag, err in (("shipped", 0.01), ("pow3", 0.005)):
        rows(err).to_parquet(tmp_path / f"curves_x_selection_{tag}_acc.parquet")
        rows(err).assign(covered=True).to_parquet(tmp_path / f"curves_x_selection_{tag}_labels.parquet")
    table = cf.by_prefix({t: pd.read_parquet(tmp_path / f"curves_x_selection_{t}_acc.parquet")
                          for t in ("shipped", "pow3")})
    at8 = table[(table["prefix"] == "frac8") & (table["rows"] == "at 8x")].iloc[0]
    assert at8["shipped MAE"] == pytest.approx(0.08) and at8["pow3 MAE"] == pytest.approx(0.04)
    assert at8["best"] == "pow3" and at8["shipped cov80"] == 0.0 and at8["shipped n"] == 2
    assert at8["first - best other (SE)"].startswith("+0.04000 (")
    kinds = cf.by_kind(rows(0.01), rows(0.01).assign(covered=True))
    got = kinds[kinds["prefix"] == "all"].set_index("kind")
    assert set(got.index) == {"levelling", "rising", "imbalanced", "tree ensemble", "neural", "other learners"}
    assert got.loc["imbalanced", "cases"] == 2 and got.loc["tree ensemble", "acc cov80"] == 0.5
    assert cf.main(["--source", "x", "--tags", "shipped,pow3", "--dir", str(tmp_path)]) == 0
    assert "| frac8 | at 8x |" in capsys.readouterr().out
    assert cf.main(["--source", "x", "--tags", "nope", "--dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
