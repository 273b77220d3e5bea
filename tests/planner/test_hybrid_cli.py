"""`alplan simulate --hybrid-accuracy` (with a database, resumed, and from a grid file) and `alplan hybrid`: the JSON,
the text and the refusals (one line, exit 2)."""

import pandas as pd
import pytest

from planner.cli import _price_scenario, build_parser, main
from planner.decide.hybrid import DEFAULT_HOLDOUT, plan_hybrid
from planner.present.hybrid_view import hybrid_sentence
from tests.planner.hybrid_tables import hybrid_table

ROW_KEYS = {"strategy", "human_labels", "machine_labels", "total_cost", "total_cost_low", "total_cost_high",
            "expected_label_accuracy", "p_meets", "training_labels", "holdout_labels", "machine_bar"}


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sim")
    argv = ["simulate", "--strategies", "random,margin", "--seeds", "2", "--rounds", "5",
            "--hybrid-accuracy", "0.9,0.95", "--db", str(folder / "runs.db"), "--out", str(folder / "curves.csv")]
    assert main(argv) == 0
    return folder, argv


def test_a_simulation_with_bars_resumes_and_exports_them(simulated, cli):
    folder, argv = simulated
    first = pd.read_csv(folder / "curves.csv")
    assert len(first) == 2 * 2 * 6 * 2 and sorted(first["machine_target"].unique()) == [0.9, 0.95]
    again = folder / "again.csv"
    assert main(argv[:-1] + [str(again)]) == 0  # every run is in the database: read back, not rerun
    pd.testing.assert_frame_equal(pd.read_csv(again), first)
    code, _, err = cli("runs", "--db", str(folder / "runs.db"), "--export", str(folder / "export.csv"))
    assert code == 0, err
    order = ["strategy", "seed", "round", "machine_target"]
    pd.testing.assert_frame_equal(pd.read_csv(folder / "export.csv").sort_values(order, ignore_index=True),
                                  first.sort_values(order, ignore_index=True))


def test_a_grid_file_records_the_bars(tmp_path, cli):
    grid = tmp_path / "grid.toml"
    grid.write_text('strategies = ["random"]\nseeds = 1\nrounds = 2\nhybrid_accuracy = [0.95, 0.9]\n'
                    'hybrid_holdout = 100\n')
    code, _, err = cli("grid", str(grid), "--out", str(tmp_path / "g.csv"), "--db", str(tmp_path / "g.db"))
    assert code == 0, err
    table = pd.read_csv(tmp_path / "g.csv")
    assert list(table["machine_target"]) == [0.9, 0.95] * 3
    grid.write_text('strategies = ["random"]\nhybrid_accuracy = [1.5]\n')
    code, _, err = cli("grid", str(grid), "--dry-run", "--db", str(tmp_path / "g.db"))
    assert code == 2 and "hybrid_accuracy" in err and len(err.strip().splitlines()) == 1


def _hybrid(folder, *flags) -> list[str]:
    """``alplan hybrid`` on the simulated curves at a 0.9 bar and a pool of 50,000, with ``flags``."""
    return ["hybrid", str(folder / "curves.csv"), "--label-accuracy", "0.9", "--pool-size", "50000", *flags]


def test_the_json_answers_per_strategy_as_the_library_does(simulated, cli):
    folder, _ = simulated
    data = cli.json(*_hybrid(folder, "--label-price", "0.2"))
    assert {"all_human_cost", "recommendation", "savings", "label_accuracy", "pool_size"} <= set(data)
    assert data["all_human_cost"] == pytest.approx(50000 * 0.2)
    for row in data["strategies"]:
        assert ROW_KEYS <= set(row)
        assert row["human_labels"] + row["machine_labels"] == 50000
    args = build_parser().parse_args(["hybrid", "x", "--label-accuracy", "0.9", "--label-price", "0.2"])
    same = plan_hybrid(folder / "curves.csv", _price_scenario(args), 0.9, 50000, holdout=DEFAULT_HOLDOUT)
    assert [r["total_cost"] for r in data["strategies"]] == pytest.approx([p.total_cost for p in same.strategies])
    code, out, err = cli(*_hybrid(folder, "--label-price", "0.2"))
    assert code == 0 and out.startswith(hybrid_sentence(same))


def test_a_vendor_prices_the_human_labels_and_its_error_counts(simulated, cli):
    folder, _ = simulated
    data = cli.json(*_hybrid(folder, "--vendor", "crowd-basic"))
    assert data["vendor_table"] == "shipped" and data["vendor_accuracy"] < 1


@pytest.mark.parametrize("argv, match", [
    (["--label-accuracy", "1.2"], "strictly between 0 and 1"),
    (["--label-accuracy", "0"], "strictly between 0 and 1"),
    (["--label-accuracy", "0.97"], "--hybrid-accuracy 0.97"),
    (["--label-accuracy", "0.9", "--pool-size", "50"], "smaller than"),
])
def test_bad_input_is_one_line_and_exit_2(simulated, cli, argv, match):
    folder, _ = simulated
    full = ["hybrid", str(folder / "curves.csv"), "--pool-size", "50000", "--label-price", "0.2"] + argv
    code, out, err = cli(*full)
    assert code == 2 and not out
    assert match in err and len(err.strip().splitlines()) == 1


def test_a_table_without_the_columns_names_the_simulate_flag(tmp_path, cli):
    path = tmp_path / "plain.csv"
    hybrid_table().drop(columns=["machine_target", "machine_share", "machine_accuracy"]).to_csv(path, index=False)
    code, out, err = cli("hybrid", str(path), "--label-accuracy", "0.95", "--pool-size", "9000",
                          "--label-price", "0.1")
    assert code == 2 and "alplan simulate --hybrid-accuracy" in err and len(err.strip().splitlines()) == 1
    code, out, err = cli("hybrid", str(path), "--label-accuracy", "0.95", "--label-price", "0.1")
    assert code == 2 and "--pool-size" in err


def test_a_pool_far_larger_than_the_simulated_one_says_it_reads_the_random_split(simulated, cli):
    """digits' pool of 1,348 planned for 50,000: the answer reads the test split, in the JSON and in the text."""
    folder, _ = simulated
    data = cli.json(*_hybrid(folder, "--label-price", "1"))
    assert data["simulated_pool"] <= 1_348 and "test split" in data["reading"] and data["reading"] in data["notes"]
    for row in data["strategies"]:
        if row["hybrid"]:
            assert row["reads"] == "random split" and row["remainder_weight"] == 0
            assert row["rests_on"] in ("measured", "extrapolated")
            rest = 50_000 - row["training_labels"] - row["holdout_labels"]
            assert row["machine_share"] * row["machine_accuracy"] <= row["model_accuracy"] * 50_000 / rest + 1e-9
    code, out, err = cli(*_hybrid(folder, "--label-price", "1"))
    assert code == 0 and "read on" in out and "times the" in out


def test_a_share_given_as_a_percent_is_refused_naming_the_column(tmp_path, cli):
    path = tmp_path / "percent.csv"
    table = hybrid_table()
    table.assign(machine_share=table["machine_share"] * 100).to_csv(path, index=False)
    code, out, err = cli("hybrid", str(path), "--label-accuracy", "0.95", "--pool-size", "9000",
                          "--label-price", "0.1")
    assert code == 2 and not out and len(err.strip().splitlines()) == 1
    assert "machine_share must be a share between 0 and 1" in err and "(0.45, not 45)" in err
