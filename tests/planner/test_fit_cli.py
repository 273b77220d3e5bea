"""`alplan fit`: the forecast per strategy, JSON, the annotation cost to the target (``--in-cost``), and exit code
2 on bad input."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from tests.builders import csv_file, curve_table

#: A strategy's plateau; the annotation cost it pays a label.
PLATEAU = {"random": 0.93, "margin": 0.96, "roi": 0.95}
PER_LABEL = {"random": 10.0, "margin": 15.0, "roi": 8.0}


def table(strategies=("random", "margin"), noise=0.005):
    return curve_table(np.random.default_rng(0), lambda n, c: c - 0.55 * (n / 10) ** -0.6,
                       [(s, PLATEAU[s]) for s in strategies], counts=range(20, 220, 20), noise=noise)


def write_curves(path):
    table().to_csv(path, index=False)
    return path


def write_costed(path, *, cost=True):
    """margin buys labels 1.5 times as dear as random's and learns faster per label; roi buys cheap ones."""
    df = table(PLATEAU, noise=0.004)
    df["annotation_cost"] = df["n_labels"] * df["strategy"].map(PER_LABEL) + df["seed"] if cost else np.nan
    df.to_csv(path, index=False)
    return path


@pytest.fixture
def run(cli):
    return lambda *argv: cli("fit", *argv)


def test_text_forecast_lists_every_strategy(tmp_path, run):
    path = write_curves(tmp_path / "c.csv")
    code, out, err = run(path, "--target", 0.85)
    assert code == 0, err
    assert "random" in out and "margin" in out
    assert "85%" in out and "80% range" in out


def test_json_forecast(tmp_path, run):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(path, "--target", 0.85, "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["target"] == 0.85
    by = {s["strategy"]: s for s in doc["strategies"]}
    assert set(by) == {"random", "margin"}
    for s in by.values():
        assert s["reachable"] is True
        assert s["labels_low"] <= s["labels"] <= s["labels_high"]
        assert 0 <= s["p_unreachable"] <= 1
        assert abs(sum(s["families"].values()) - 1) < 1e-3
        assert 0 < s["asymptote"] <= 1
    # margin climbs faster in this table: fewer labels to the same target
    assert by["margin"]["labels"] < by["random"]["labels"]


def test_unreachable_target_is_reported_as_such(tmp_path, run):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(path, "--target", 0.995, "--json", "--strategy", "random")
    assert code == 0
    (s,) = json.loads(out)["strategies"]
    assert s["reachable"] is False and s["labels"] is None
    assert s["p_unreachable"] > 0.5
    code, out, _ = run(path, "--target", 0.995, "--strategy", "random")
    assert "not reached" in out


def test_same_input_same_output(tmp_path, run):
    path = write_curves(tmp_path / "c.csv")
    first = run(path, "--target", 0.85, "--json")[1]
    second = run(path, "--target", 0.85, "--json")[1]
    assert first == second


def test_strategy_filter(tmp_path, run):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(path, "--target", 0.85, "--json", "--strategy", "margin")
    assert code == 0
    assert [s["strategy"] for s in json.loads(out)["strategies"]] == ["margin"]


def test_percent_table_is_converted_and_said(tmp_path, run):
    path = tmp_path / "c.csv"
    write_curves(path)
    df = pd.read_csv(path)
    df["accuracy"] *= 100
    df.to_csv(path, index=False)
    code, out, _ = run(path, "--target", 0.85, "--json")
    assert code == 0
    assert "percent" in json.loads(out)["metric_note"]


def bad_curves(tmp_path, kind):
    path = tmp_path / "c.csv"
    df = table() if kind in ("missing", "nan", "few", "ok") else pd.read_csv(write_costed(path, cost=kind == "costed"))
    if kind in ("missing", "no cost"):
        df = df.drop(columns=["accuracy" if kind == "missing" else "annotation_cost"])
    elif kind == "nan":
        df.loc[5, "accuracy"] = np.nan
    elif kind == "few":
        df = df[df["n_labels"] <= 40]
    df.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("kind, args, words", [
    ("missing", ["--target", "0.9"], ["accuracy", "column"]),
    ("nan", ["--target", "0.9"], ["NaN", "row 6"]),
    ("few", ["--target", "0.9"], ["at least 3"]),
    ("ok", ["--target", "95"], ["(0, 1)", "0.95"]),
    ("ok", ["--target", "0"], ["(0, 1)"]),
    ("ok", ["--target", "0.9", "--strategy", "coreset"], ["coreset", "random, margin"]),
    ("empty cost", ["--target", "0.85", "--in-cost"], ["has no annotation_cost"]),
    ("no cost", ["--target", "0.85", "--in-cost"], ["simulate with --cost-column"]),
    ("costed", ["--target", "0.85", "--price-per-unit", "0.01"], ["give --in-cost too"]),
    ("costed", ["--target", "0.85", "--in-cost", "--price-per-unit", "-1"], ["--price-per-unit must be dollars"]),
    ("costed", ["--target", "0.85", "--in-cost", "--pool-accuracy", "0.97"], ["leave it out with --in-cost"]),
])
def test_bad_input_exits_2_with_one_line(tmp_path, run, kind, args, words):
    code, out, err = run(bad_curves(tmp_path, kind), *args)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("alplan fit: error:")
    for word in words:
        assert word in lines[0]


def test_missing_file_exits_2(tmp_path, run):
    code, _, err = run(tmp_path / "nope.csv", "--target", 0.9)
    assert code == 2 and "no such file" in err and len(err.strip().splitlines()) == 1


def test_table_with_several_data_sets_needs_dataset(tmp_path, run):
    path = write_curves(tmp_path / "a.csv")
    a = pd.read_csv(path).assign(dataset="digits")
    b = pd.read_csv(path).assign(dataset="mnist1d", accuracy=lambda d: d["accuracy"] - 0.3)
    both = csv_file(tmp_path, pd.concat([a, b]), "both.csv")
    code, _, err = run(both, "--target", 0.6)
    assert code == 2 and "--dataset" in err and "digits, mnist1d" in err
    code, _, err = run(both, "--target", 0.6, "--dataset", "cifar")
    assert code == 2 and "digits, mnist1d" in err
    code, out, _ = run(both, "--target", 0.85, "--json", "--dataset", "digits")
    alone = run(path, "--target", 0.85, "--json")[1]
    assert code == 0
    strip = lambda doc: [{k: v for k, v in s.items()} for s in json.loads(doc)["strategies"]]
    assert strip(out) == strip(alone)


def test_the_cost_to_target_is_forecast_and_priced(tmp_path, run):
    path = write_costed(tmp_path / "c.csv")
    code, out, _ = run(path, "--target", "0.85", "--in-cost", "--price-per-unit", "0.0125", "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["in_cost"]["unit"] == "annotation_cost" and answer["in_cost"]["price_per_unit"] == 0.0125
    facts = answer["in_cost"]
    per = {"random": facts["random_cost_per_label"],
           **{s: p["cost_per_label"] for s, p in facts["strategies"].items()}}
    assert per["random"] == pytest.approx(10.0, abs=0.02) and per["margin"] == pytest.approx(15.0, abs=0.02)
    code, labels_out, _ = run(path, "--target", "0.85", "--json")
    in_labels = {s["strategy"]: s for s in json.loads(labels_out)["strategies"]}
    for s in answer["strategies"]:
        for end in ("", "_low", "_high"):   # the labels are fit's own; their cost at $0.0125 a unit
            assert s["labels" + end] == in_labels[s["strategy"]]["labels" + end]
            assert s["dollars" + end] == pytest.approx(s["cost" + end] * 0.0125, abs=0.01)
        # each strategy's cost is about its labels times what it paid a label
        assert s["cost"] == pytest.approx(s["labels"] * per[s["strategy"]], rel=0.25)
        assert s["cost_low"] <= s["cost"] <= s["cost_high"]
    code, text, _ = run(path, "--target", "0.85", "--in-cost", "--price-per-unit", "0.0125")
    assert code == 0 and text.startswith("Annotation cost (the curves' annotation_cost, in its unit) to reach")
    assert "Cost per label, in units of annotation_cost" in text
    assert "At $0.0125 a unit, the cost to target: random $" in text
