"""Planner flags at absurd values (issue 11): one line and exit 2, never overflow warnings or 300-digit costs."""

import pandas as pd
import pytest

from planner.decide.costs import Scenario

PLAN = ["plan", "--target", "0.8", "--label-price", "1"]
REPLAN = ["replan", "--target", "0.8", "--label-price", "1"]


@pytest.fixture
def curves(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"strategy": "random", "n_labels": [20, 50, 100, 200],
                  "accuracy": [0.6, 0.7, 0.78, 0.83]}).to_csv(path, index=False)
    return path


@pytest.mark.filterwarnings("error::RuntimeWarning")   # no overflow warning escapes while the command runs
@pytest.mark.parametrize("argv, words", [
    (["plan", "--target", "0.8", "--label-price", "1e308"],
     "label price must be at most 1,000,000, got 1e+308; fix --label-price"),
    ([*PLAN, "--day-rate", "1e308"], "day rate must be at most 1,000,000"),
    ([*PLAN, "--salary", "1e300"], "yearly salary must be at most"),
    ([*PLAN, "--turnaround-days", "1e300"], "turnaround days must be at most 3,650"),
    ([*PLAN, "--engineering-days", "1e300"], "engineering days must be at most 36,500"),
    ([*PLAN, "--delay-cost-per-day", "1e300"], "delay cost per day must be at most"),
    ([*PLAN, "--compute-per-round", "1e300"], "compute per round must be at most"),
    ([*PLAN, "--initial", "1000000000000"], "initial labels must be at most 1,000,000,000"),
    ([*PLAN, "--pool-size", "10000000000000000"], "pool size must be at most"),
    ([*PLAN, "--votes", "1000"], "votes must be at most 99"),
    ([*REPLAN, "--budget", "1e300"], "budget must be at most 1,000,000,000,000 labels, got 1e+300; fix --budget"),
    ([*REPLAN, "--budget-dollars", "1e300"], "dollar budget must be at most $1,000,000,000,000"),
    ([*REPLAN, "--order-cost", "1e300"], "order cost must be at most $1,000,000,000 an order"),
    ([*REPLAN, "--gpu-hours-per-round", "1e300", "--gpu-hour-price", "2"],
     "fix --gpu-hours-per-round or --gpu-hour-price"),
])
def test_absurd_prices_counts_and_campaign_figures_are_refused(curves, cli, argv, words):
    rc, _, err = cli(argv[0], curves, *argv[1:])
    assert rc == 2 and words in err.strip() and "\n" not in err.strip(), err


@pytest.mark.parametrize("value", ["-1", "4294967296", "1e3"])
def test_a_bad_seed_names_the_flag(curves, cli, capsys, value):
    with pytest.raises(SystemExit) as info:
        cli("fit", curves, "--target", "0.8", "--seed", value)
    assert info.value.code == 2
    assert "argument --seed:" in capsys.readouterr().err


def test_scenario_bounds_are_checked_in_the_library_too():
    with pytest.raises(ValueError, match="label price must be at most"):
        Scenario(label_price=1e308).validate()


@pytest.mark.filterwarnings("error::RuntimeWarning")
@pytest.mark.parametrize("se", ["1e-300", "5e-324", "1e-160"])
def test_a_tiny_accuracy_se_neither_divides_by_zero_nor_warns(curves, cli, se):
    rc, _, err = cli(REPLAN[0], curves, *REPLAN[1:], "--accuracy-se", se)
    assert rc == 0, err
