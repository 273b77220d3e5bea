"""`alplan fit --in-cost`: the annotation cost to the target per strategy, priced per unit; bad input exits 2."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from planner.cli import main


def write_costed(path, *, cost=True):
    """margin buys labels 1.5 times as dear as random's and learns faster per label; roi buys cheap ones."""
    rng = np.random.default_rng(0)
    rows = []
    for strategy, c, per in (("random", 0.93, 10.0), ("margin", 0.96, 15.0), ("roi", 0.95, 8.0)):
        for seed in range(3):
            for n in range(20, 220, 20):
                acc = c - 0.55 * (n / 10) ** -0.6 + rng.normal(0, 0.004)
                rows.append({"strategy": strategy, "seed": seed, "n_labels": n, "accuracy": acc,
                             "annotation_cost": n * per + seed if cost else np.nan})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _fit(capsys, *argv):
    code = main(["fit", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_cost_to_target_is_forecast_and_priced(tmp_path, capsys):
    path = write_costed(tmp_path / "c.csv")
    code, out, _ = _fit(capsys, path, "--target", "0.85", "--in-cost", "--price-per-unit", "0.0125", "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["in_cost"]["unit"] == "annotation_cost" and answer["in_cost"]["price_per_unit"] == 0.0125
    facts = answer["in_cost"]
    per = {"random": facts["random_cost_per_label"],
           **{s: p["cost_per_label"] for s, p in facts["strategies"].items()}}
    assert per["random"] == pytest.approx(10.0, abs=0.02) and per["margin"] == pytest.approx(15.0, abs=0.02)
    code, labels_out, _ = _fit(capsys, path, "--target", "0.85", "--json")
    in_labels = {s["strategy"]: s for s in json.loads(labels_out)["strategies"]}
    for s in answer["strategies"]:
        for end in ("", "_low", "_high"):   # the labels are fit's own; their cost at $0.0125 a unit
            assert s["labels" + end] == in_labels[s["strategy"]]["labels" + end]
            assert s["dollars" + end] == pytest.approx(s["cost" + end] * 0.0125, abs=0.01)
        # each strategy's cost is about its labels times what it paid a label
        assert s["cost"] == pytest.approx(s["labels"] * per[s["strategy"]], rel=0.25)
        assert s["cost_low"] <= s["cost"] <= s["cost_high"]
    code, text, _ = _fit(capsys, path, "--target", "0.85", "--in-cost", "--price-per-unit", "0.0125")
    assert code == 0 and text.startswith("Annotation cost (the curves' annotation_cost, in its unit) to reach")
    assert "Cost per label, in units of annotation_cost" in text
    assert "At $0.0125 a unit, the cost to target: random $" in text


@pytest.mark.parametrize("argv, cost, words", [
    (["--in-cost"], False, "has no annotation_cost"),
    (["--price-per-unit", "0.01"], True, "give --in-cost too"),
    (["--in-cost", "--price-per-unit", "-1"], True, "--price-per-unit must be dollars"),
    (["--in-cost", "--pool-accuracy", "0.97"], True, "leave it out with --in-cost"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, argv, cost, words):
    path = write_costed(tmp_path / "c.csv", cost=cost)
    code, out, err = _fit(capsys, path, "--target", "0.85", *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and words in err


def test_a_table_without_the_column_says_how_to_get_it(tmp_path, capsys):
    path = tmp_path / "plain.csv"
    write_costed(path)
    pd.read_csv(path).drop(columns=["annotation_cost"]).to_csv(path, index=False)
    code, _, err = _fit(capsys, path, "--target", "0.85", "--in-cost")
    assert code == 2 and "simulate with --cost-column" in err


@pytest.fixture(scope="module")
def free_picks(tmp_path_factory):
    """400 digits of which 60% cost nothing to label, simulated with random, margin and roi: roi picks only free
    examples, so its cumulative cost stays at its initial set's through every round."""
    from sklearn.datasets import load_digits

    folder = tmp_path_factory.mktemp("free")
    X, y = load_digits(return_X_y=True)
    X, y = X[:400], y[:400]
    rng = np.random.default_rng(0)
    seconds = np.where(rng.random(len(y)) < 0.6, 0.0, rng.uniform(5, 30, len(y)))
    data = folder / "free.csv"
    pd.DataFrame(X, columns=[f"p{i}" for i in range(64)]).assign(label=y, seconds=seconds).to_csv(data, index=False)
    out = folder / "curves.csv"
    assert main(["simulate", "--dataset", "file", "--data", str(data), "--cost-column", "seconds", "--strategies",
                 "random,margin,roi", "--seeds", "3", "--initial", "20", "--batch-size", "10", "--rounds", "6",
                 "--workers", "1", "--out", str(out)]) == 0
    return out


def test_a_strategy_whose_picks_cost_nothing_is_priced_at_its_initial_set(free_picks, capsys):
    curves = pd.read_csv(free_picks)
    roi = curves[curves["strategy"] == "roi"]
    spread = roi.groupby("seed")["annotation_cost"].agg(lambda c: c.max() - c.min())
    assert roi["n_labels"].nunique() == 7 and (spread < 1e-6).all()
    code, out, err = _fit(capsys, free_picks, "--target", "0.75", "--in-cost", "--json")
    assert code == 0, err
    answer = json.loads(out)
    facts = answer["in_cost"]
    assert facts["strategies"]["roi"]["cost_per_label"] == pytest.approx(0.0, abs=1e-6)
    row = next(s for s in answer["strategies"] if s["strategy"] == "roi")
    # its 20 random initial labels at random's cost per label, its free picks at the floor of a premium
    assert row["cost"] == pytest.approx(20 * facts["random_cost_per_label"], rel=0.01)
    assert row["cost_low"] <= row["cost"] <= row["cost_high"]
    code, out, err = _run_plan(capsys, free_picks)
    assert code == 0, err
    assert "its picks priced at 0.001x at least (the least a premium may be" in out


def _run_plan(capsys, path):
    code = main(["plan", str(path), "--target", "0.75", "--in-cost", "--label-price", "1"])
    got = capsys.readouterr()
    return code, got.out, got.err
