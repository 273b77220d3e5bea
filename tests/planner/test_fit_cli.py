"""`alplan fit`: the forecast per strategy, JSON, and exit code 2 on bad input."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from planner.cli import main


def write_curves(path, *, seeds=3, rng=None, **overrides):
    rng = rng or np.random.default_rng(0)
    rows = []
    for strategy, c in (("random", 0.93), ("margin", 0.96)):
        for seed in range(seeds):
            for n in range(20, 220, 20):
                acc = c - 0.55 * (n / 10) ** -0.6 + rng.normal(0, 0.005)
                rows.append({"strategy": strategy, "seed": seed, "n_labels": n, "accuracy": acc})
    df = pd.DataFrame(rows)
    for k, v in overrides.items():
        df[k] = v
    df.to_csv(path, index=False)
    return path


def run(capsys, *argv):
    code = main(["fit", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_forecast_lists_every_strategy(tmp_path, capsys):
    path = write_curves(tmp_path / "c.csv")
    code, out, err = run(capsys, path, "--target", 0.85)
    assert code == 0, err
    assert "random" in out and "margin" in out
    assert "85%" in out and "80% range" in out


def test_json_forecast(tmp_path, capsys):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(capsys, path, "--target", 0.85, "--json")
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


def test_unreachable_target_is_reported_as_such(tmp_path, capsys):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(capsys, path, "--target", 0.995, "--json", "--strategy", "random")
    assert code == 0
    (s,) = json.loads(out)["strategies"]
    assert s["reachable"] is False and s["labels"] is None
    assert s["p_unreachable"] > 0.5
    code, out, _ = run(capsys, path, "--target", 0.995, "--strategy", "random")
    assert "not reached" in out


def test_same_input_same_output(tmp_path, capsys):
    path = write_curves(tmp_path / "c.csv")
    first = run(capsys, path, "--target", 0.85, "--json")[1]
    second = run(capsys, path, "--target", 0.85, "--json")[1]
    assert first == second


def test_strategy_filter(tmp_path, capsys):
    path = write_curves(tmp_path / "c.csv")
    code, out, _ = run(capsys, path, "--target", 0.85, "--json", "--strategy", "margin")
    assert code == 0
    assert [s["strategy"] for s in json.loads(out)["strategies"]] == ["margin"]


def test_percent_table_is_converted_and_said(tmp_path, capsys):
    path = tmp_path / "c.csv"
    write_curves(path)
    df = pd.read_csv(path)
    df["accuracy"] *= 100
    df.to_csv(path, index=False)
    code, out, _ = run(capsys, path, "--target", 0.85, "--json")
    assert code == 0
    assert "percent" in json.loads(out)["metric_note"]


def bad_curves(tmp_path, kind):
    path = write_curves(tmp_path / "c.csv")
    df = pd.read_csv(path)
    if kind == "missing":
        df = df.drop(columns=["accuracy"])
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
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, kind, args, words):
    path = bad_curves(tmp_path, kind)
    code, out, err = run(capsys, path, *args)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("alplan fit: error:")
    for word in words:
        assert word in lines[0]


def test_missing_file_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path / "nope.csv", "--target", 0.9)
    assert code == 2 and "no such file" in err and len(err.strip().splitlines()) == 1


def test_table_with_several_data_sets_needs_dataset(tmp_path, capsys):
    path = write_curves(tmp_path / "a.csv")
    a = pd.read_csv(path).assign(dataset="digits")
    b = pd.read_csv(path).assign(dataset="mnist1d", accuracy=lambda d: d["accuracy"] - 0.3)
    both = tmp_path / "both.csv"
    pd.concat([a, b]).to_csv(both, index=False)
    code, _, err = run(capsys, both, "--target", 0.6)
    assert code == 2 and "--dataset" in err and "digits, mnist1d" in err
    code, _, err = run(capsys, both, "--target", 0.6, "--dataset", "cifar")
    assert code == 2 and "digits, mnist1d" in err
    code, out, _ = run(capsys, both, "--target", 0.85, "--json", "--dataset", "digits")
    alone = run(capsys, path, "--target", 0.85, "--json")[1]
    assert code == 0
    strip = lambda doc: [{k: v for k, v in s.items()} for s in json.loads(doc)["strategies"]]
    assert strip(out) == strip(alone)
