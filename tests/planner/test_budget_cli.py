"""`alplan budget`: what N labels or D dollars buy per strategy, the numbers the page's reverse question shows
(planner.decide.whatif.accuracy_for_budget on the same draws), bound by the whole pool's measured accuracy; bad
input is one line and exit code 2."""

from pathlib import Path

import pytest

from planner.cli import main
from planner.decide.costs import Scenario
from planner.decide.whatif import accuracy_for_budget
from planner.decision import get_plan
from planner.forecast.io import read_curves

TABLE = Path(__file__).resolve().parents[1] / "golden" / "tables" / "easy_al_wins.csv"


def test_labels_json_is_the_pages_reverse_question(cli):
    data = cli.json("budget", TABLE, "--labels", "150", "--label-price", "0.5")
    page = accuracy_for_budget(get_plan(read_curves(TABLE)),
                               Scenario(label_price=0.5, engineering_days=5, day_rate=400, compute_per_round=0.1),
                               labels=150)
    assert [r["strategy"] for r in data["strategies"]] == list(page["strategy"])
    for row, (_, want) in zip(data["strategies"], page.iterrows()):
        assert row["labels"] == 150 == want["labels"]
        assert row["accuracy"] == pytest.approx(want["accuracy"])
        assert row["accuracy_low"] <= row["accuracy"] <= row["accuracy_high"]
        assert row["accuracy_low"] == pytest.approx(want["accuracy_low"])
        assert row["accuracy_high"] == pytest.approx(want["accuracy_high"])
    assert sum(r["best"] for r in data["strategies"]) == 1


def test_dollars_buy_no_more_than_the_pool_measured(cli):
    argv = ["budget", str(TABLE), "--dollars", "100000", "--label-price", "0.5", "--pool-size", "600",
            "--pool-accuracy", "0.95"]
    rows = cli.json(*argv)["strategies"]
    for r in rows:   # the budget buys the whole pool: every strategy reads the whole pool's measurement there
        assert r["labels"] == 600 and r["whole_pool"] is True
        assert r["accuracy"] <= 0.95 + 1e-9 and r["accuracy_low"] <= r["accuracy"] <= r["accuracy_high"]
    assert len({round(r["accuracy"], 12) for r in rows}) == 1
    # a smaller budget: still never above what the whole pool measured
    for r in cli.json(*argv[:3], "300", *argv[4:])["strategies"]:
        assert r["labels"] == 0 or r["accuracy"] <= 0.95 + 1e-9


def test_text_names_every_strategy_and_what_the_dollars_include(cli):
    code, out, err = cli("budget", str(TABLE), "--dollars", "2500", "--label-price", "0.5")
    assert code == 0, err
    assert out.startswith("What $2,500 in all (labels, engineering, compute, delay) buys")
    for s in ("random", "margin", "entropy"):
        assert s in out
    assert "80% range" in out and "(best)" in out


@pytest.mark.parametrize("flags, words", [
    (["--dollars", "0"], "--dollars"),
    (["--dollars", "-5"], "--dollars"),
    (["--dollars", "nan"], "--dollars"),
    (["--labels", "0"], "--labels"),
    (["--labels", "10", "--dollars", "5"], "not allowed"),
    ([], "one of the arguments --labels --dollars is required"),
    (["--labels", "10", "--label-price", "-1"], "--label-price"),
])
def test_bad_input_is_one_line_and_exit_2(flags, words, capsys):
    try:
        code = main(["budget", str(TABLE), *flags])
    except SystemExit as exc:   # argparse's own refusals
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert words in err.strip().splitlines()[-1] and "Traceback" not in err


def test_a_missing_file_is_one_line(tmp_path, cli):
    code, out, err = cli("budget", str(tmp_path / "nope.csv"), "--labels", "10")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "nope.csv" in err
