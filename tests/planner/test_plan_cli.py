"""`alplan plan`: JSON as DESIGN.md documents, one-line errors with exit code 2, no file on failure."""

import json
import os

import numpy as np
import pandas as pd
import pytest

from planner.cli import main

SEED = int(os.environ.get("ALPLAN_TEST_SEED", np.random.SeedSequence().entropy % 2**32))


def curves_table(rng, rounds=12):
    rows = []
    for strategy, eff in (("random", 1.0), ("margin", 0.5)):
        for seed in range(2):
            for r in range(rounds):
                n = 20 * (r + 1)
                acc = 0.95 - 0.9 * (n / eff) ** -0.5 + rng.normal(0, 0.003)
                rows.append({"strategy": strategy, "seed": seed, "batch_size": 20, "round": r,
                             "n_labels": n, "accuracy": acc})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def curves_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "curves.csv"
    curves_table(np.random.default_rng(SEED)).to_csv(path, index=False)
    return path


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_salary_example(curves_csv, capsys):
    code, out, err = run([
        "plan", str(curves_csv), "--target", "0.85", "--label-price", "0.04", "--engineering-days", "10",
        "--salary", "100000", "--working-weeks", "50", "--json",
    ], capsys)
    assert code == 0, err
    assert "NaN" not in out and "Infinity" not in out
    data = json.loads(out)
    assert data["target"] == 0.85
    assert data["break_even_labels_saved"] == pytest.approx(100_000)
    assert data["recommendation"] == "random"  # $4,000 buys 100,000 labels at $0.04
    assert 0 <= data["probability_al_cheaper"] <= 1
    first = data["strategies"][0]
    assert first["strategy"] == "random" and first["rounds"] == 1 and first["engineering_cost"] == 0
    for key in ("labels", "labels_low", "labels_high", "reachable", "rounds", "label_cost",
                "engineering_cost", "compute_cost", "total_cost", "calendar_days"):
        assert key in first


def test_plan_text_and_report(curves_csv, tmp_path, capsys):
    report = tmp_path / "report.html"
    code, out, err = run([
        "plan", str(curves_csv), "--target", "0.88", "--label-price", "40", "--engineering-days", "2",
        "--day-rate", "400", "--compute-per-round", "3", "--turnaround-days", "2", "--report", str(report),
    ], capsys)
    assert code == 0, err
    # random needs ~165 labels, margin ~83 (100 bought in full batches): $2,600 saved for $800 + compute
    assert "margin reaches 88% accuracy with ~" in out
    assert report.is_file() and "<html" in report.read_text(encoding="utf-8").lower()


def test_plan_with_a_vendor(curves_csv, capsys):
    code, out, err = run(["plan", str(curves_csv), "--target", "0.85", "--vendor", "expert", "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["scenario"]["vendor"] == "expert" and data["scenario"]["label_price"] == 2.0


def test_gpu_hours_price_the_rounds(curves_csv, capsys):
    code, out, err = run(["plan", str(curves_csv), "--target", "0.85", "--label-price", "1", "--json",
                          "--gpu-hours-per-round", "2", "--gpu-hour-price", "1.5"], capsys)
    assert code == 0, err
    rows = {r["strategy"]: r for r in json.loads(out)["strategies"]}
    assert rows["random"]["compute_cost"] == pytest.approx(3.0)  # one final training
    assert rows["margin"]["compute_cost"] == pytest.approx(3.0 * (rows["margin"]["rounds"] + 1))


@pytest.mark.parametrize(
    "table, flags, words",
    [
        ("no_accuracy", ["--label-price", "0.04"], "accuracy"),
        ("nan", ["--label-price", "0.04"], "row"),
        ("two_counts", ["--label-price", "0.04"], "3"),
        ("good", ["--label-price", "0"], "label price"),
        ("good", ["--label-price", "0.04", "--target", "1.5"], "(0, 1)"),
        ("good", ["--label-price", "0.04", "--target", "0"], "(0, 1)"),
        ("good", [], "--label-price"),
        ("good", ["--label-price", "0.04", "--day-rate", "400", "--salary", "100000"], "not both"),
        ("good", ["--vendor", "nobody"], "unknown vendor"),
        ("good", ["--label-price", "1", "--gpu-hours-per-round", "2"], "both"),
        ("missing", ["--label-price", "0.04"], "not"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, table, flags, words):
    df = curves_table(np.random.default_rng(SEED))
    path = tmp_path / "curves.csv"
    if table == "no_accuracy":
        df = df.drop(columns="accuracy")
    elif table == "nan":
        df.loc[3, "accuracy"] = np.nan
    elif table == "two_counts":
        df = df[df["n_labels"] <= 40]
    if table != "missing":
        df.to_csv(path, index=False)
    report = tmp_path / "report.html"
    argv = ["plan", str(path), "--target", "0.85", *flags, "--report", str(report)]
    if "--target" in flags:
        argv = ["plan", str(path), *flags, "--report", str(report)]
    code, out, err = run(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], err
    assert "Traceback" not in err
    assert not report.exists()
    assert list(tmp_path.iterdir()) == ([path] if table != "missing" else [])


def test_negative_price_is_refused_by_the_parser(curves_csv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["plan", str(curves_csv), "--target", "0.9", "--label-price", "-1"])
    assert exc.value.code == 2
    assert ">= 0" in capsys.readouterr().err
