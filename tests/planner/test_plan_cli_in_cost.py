"""`alplan plan --in-cost` and `budget --in-cost` on a table simulated with `simulate --cost-column`: each strategy's
labels priced at what they cost, the label price at --price-per-unit, the answer saying what was priced; bad input
exits 2 with one line."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.cli import main
from tests.builders import csv_file


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """A small labeled set (400 digits) with a cost that grows with an example's distance from its class centroid,
    the same set at its mean cost, and at a cost of nothing for 60% of it (roi picks only free examples, so its
    cumulative cost stays at its initial set's through every round): each simulated with random, margin and roi (3
    seeds, 20 + 6 x 10 labels)."""
    from sklearn.datasets import load_digits

    folder = tmp_path_factory.mktemp("in_cost")
    X, y = load_digits(return_X_y=True)
    X, y = X[:400], y[:400]
    centroids = np.stack([X[y == c].mean(axis=0) for c in range(10)])
    distance = np.linalg.norm(X - centroids[y], axis=1)
    varying = 1.0 + 4.0 * np.argsort(np.argsort(distance)) / (len(y) - 1)
    rng = np.random.default_rng(0)
    free = np.where(rng.random(len(y)) < 0.6, 0.0, rng.uniform(5, 30, len(y)))
    out = {}
    for name, seconds in (("varying", varying), ("constant", np.full(len(y), varying.mean())), ("free", free)):
        data = folder / f"{name}.csv"
        pd.DataFrame(X, columns=[f"p{i}" for i in range(64)]).assign(label=y, seconds=seconds).to_csv(data,
                                                                                                       index=False)
        out[name] = folder / f"{name}-curves.csv"
        assert main(["simulate", "--dataset", "file", "--data", str(data), "--cost-column", "seconds",
                     "--strategies", "random,margin,roi", "--seeds", "3", "--initial", "20", "--batch-size", "10",
                     "--rounds", "6", "--workers", "1", "--out", str(out[name])]) == 0
    return out


def _plan(cli, path, *extra):
    return cli.json("plan", path, "--target", "0.8", "--engineering-days", "0.5", *extra)


def test_each_strategy_is_priced_at_its_own_cost_per_label(tables, cli):
    curves = pd.read_csv(tables["varying"])
    assert curves["annotation_cost"].notna().all()
    out = _plan(cli, tables["varying"], "--in-cost", "--price-per-unit", "0.0125")
    priced = out["in_cost"]
    # random's cost per label from its runs' last rows, the label price that at $0.0125 a unit
    last = curves[curves["strategy"] == "random"].sort_values("n_labels").groupby("seed").tail(1)
    assert priced["random_cost_per_label"] == pytest.approx(last["annotation_cost"].sum() / last["n_labels"].sum())
    assert out["scenario"]["label_price"] == pytest.approx(0.0125 * priced["random_cost_per_label"])
    premiums = {s: p["premium"] for s, p in priced["strategies"].items()}
    whole = {s: p["whole_curve_premium"] for s, p in priced["strategies"].items()}
    assert set(premiums) == {"margin", "roi"} and out["scenario"]["label_premiums"] == pytest.approx(whole)
    # up to the labels its path needs, margin digs into the odd examples (dearer than random's), roi the cheap ones
    assert premiums["margin"] > 1.0 > premiums["roi"]
    rows = {r["strategy"]: r for r in out["strategies"]}
    for s, p in priced["strategies"].items():
        assert p["premium_low"] <= p["premium"] <= p["premium_high"] and p["at_labels"] == rows[s]["labels"]
    assert out["notes"][0].startswith("Priced in annotation cost: random's labels cost")
    assert "break_even_premium" not in out
    # priced dearer than in labels, margin's path costs more; roi's less
    labels = _plan(cli, tables["varying"], "--label-price", out["scenario"]["label_price"])
    cost = {r["strategy"]: r for r in out["strategies"]}
    plain = {r["strategy"]: r for r in labels["strategies"]}
    assert cost["random"]["total_cost"] == pytest.approx(plain["random"]["total_cost"])
    assert cost["margin"]["total_cost"] > plain["margin"]["total_cost"]
    assert cost["roi"]["total_cost"] < plain["roi"]["total_cost"]


def test_constant_costs_give_the_verdict_in_labels(tables, cli):
    out = _plan(cli, tables["constant"], "--in-cost", "--label-price", "1")
    assert all(p["premium"] == pytest.approx(1.0) for p in out["in_cost"]["strategies"].values())
    labels = _plan(cli, tables["constant"], "--label-price", "1")
    assert out["probability_al_cheaper"] == pytest.approx(labels["probability_al_cheaper"], abs=1e-9)
    assert out["recommendation"] == labels["recommendation"]
    assert out["savings"] == pytest.approx(labels["savings"], rel=1e-6, abs=1e-6)


def test_the_text_says_what_was_priced_and_budget_prices_alike(tables, cli):
    code, text, _ = cli("plan", tables["varying"], "--target", "0.8", "--in-cost", "--price-per-unit",
                         "0.0125")
    assert code == 0
    line = next(x for x in text.splitlines() if x.startswith("note: Priced in annotation cost"))
    assert "at $0.0125 a unit" in line and "margin's picked labels" in line and "80% range" in line
    out = cli.json("budget", tables["varying"], "--dollars", "300", "--in-cost", "--label-price", "1")
    assert out["in_cost"]["strategies"]["roi"]["premium"] < 1.0
    code, text, _ = cli("budget", tables["varying"], "--dollars", "300", "--in-cost", "--label-price", "1")
    assert code == 0 and "note: Priced in annotation cost" in text


@pytest.mark.parametrize("command, argv, says", [
    ("plan", ["--in-cost", "--label-price", "1", "--al-label-premium", "1.2"], "leave --al-label-premium out"),
    ("plan", ["--price-per-unit", "0.01"], "give --in-cost too"),
    ("plan", ["--in-cost", "--price-per-unit", "0"], "--price-per-unit must be dollars"),
    ("plan", ["--in-cost", "--price-per-unit", "0.01", "--label-price", "1"], "give one of them"),
    ("plan", ["--in-cost", "--price-per-unit", "0.01", "--vendor", "Scale AI"], "give one of them"),
    ("plan", ["--in-cost"], "--in-cost needs a price"),
    ("budget", ["--price-per-unit", "0.01", "--label-price", "1"], "give --in-cost too"),
])
def test_bad_flags_exit_2_with_one_line(tables, cli, command, argv, says):
    extra = ["--dollars", "300"] if command == "budget" else ["--target", "0.8"]
    code, out, err = cli(command, tables["varying"], *extra, *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and says in err, err


@pytest.mark.parametrize("change, says", [
    (lambda d: d.drop(columns="annotation_cost"), "has no annotation_cost column"),
    (lambda d: d.assign(annotation_cost=d["annotation_cost"].where(d.index != 3)), "has no annotation_cost"),
    (lambda d: d[d["strategy"] != "random"], "has no random sampling runs"),
    # costs written with their unit: the column is there, its cells are no numbers
    (lambda d: d.assign(annotation_cost=[f"{c:.1f}s" for c in d["annotation_cost"]]),
     "annotation_cost holds '"),
    # one strategy's costs in another unit: its premium is beyond the bound, refused rather than priced at it
    (lambda d: d.assign(annotation_cost=np.where(d["strategy"] == "margin", 1e6, 1.0) * d["annotation_cost"]),
     "beyond the 1,000x a label premium may be: give every strategy's annotation_cost in one unit"),
])
def test_a_table_that_cannot_be_priced_exits_2_with_one_line(tables, cli, tmp_path, change, says):
    path = csv_file(tmp_path, change(pd.read_csv(tables["varying"])), "bad.csv")
    for argv in (["plan", "--target", "0.8", "--label-price", "1"], ["budget", "--dollars", "300", "--label-price", "1"],
                 ["fit", "--target", "0.8"]):
        code, out, err = cli(argv[0], path, *argv[1:], "--in-cost")
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and says in err, err


def test_a_campaign_folder_or_proxies_are_refused(tables, cli, tmp_path):
    code, _, err = cli("plan", tables["varying"], "--target", "0.8", "--in-cost", "--label-price", "1",
                        "--proxies", tables["constant"])
    assert code == 2 and "leave --proxies out" in err
    folder = tmp_path / "camp"
    folder.mkdir()
    code, _, err = cli("plan", folder, "--target", "0.8", "--in-cost", "--label-price", "1")
    assert code == 2 and "leave --in-cost out" in err and len(err.strip().splitlines()) == 1


def test_fit_in_cost_prices_the_labels_as_plan_in_cost_does(tables, cli):
    """`fit --in-cost` forecasts labels (one model: the verdict's draws) and prices them as `plan --in-cost` does:
    its cost and range are plan's label cost at one dollar a unit, with no other cost; a range of labels is a range
    of cost, never one run's point; and cost per label means what it means in plan's JSON."""
    fit = cli.json("fit", tables["varying"], "--target", "0.8", "--in-cost")
    plan = _plan(cli, tables["varying"], "--in-cost", "--price-per-unit", "1", "--engineering-days", "0",
                 "--compute-per-round", "0")
    rows = {r["strategy"]: r for r in plan["strategies"]}
    assert {s["strategy"] for s in fit["strategies"]} == set(rows)
    for s in fit["strategies"]:
        r = rows[s["strategy"]]
        assert s["labels"] == r["labels"] and (s["labels_low"], s["labels_high"]) == (r["labels_low"],
                                                                                      r["labels_high"])
        assert s["cost"] == pytest.approx(r["label_cost"], abs=0.06)
        assert (s["cost_low"], s["cost_high"]) == pytest.approx((r["total_cost_low"], r["total_cost_high"]), abs=0.06)
        assert s["cost_low"] <= s["cost"] <= s["cost_high"]
        if s["labels_low"] < s["labels_high"]:
            assert s["cost_low"] < s["cost_high"], s
    assert fit["in_cost"]["random_cost_per_label"] == plan["in_cost"]["random_cost_per_label"]
    assert fit["in_cost"]["strategies"] == plan["in_cost"]["strategies"]


@pytest.mark.parametrize("labels", [30, 50, 60])
def test_budget_quotes_each_premium_its_bill_used(tables, cli, labels):
    """The note and the JSON quote each AL strategy's premium at the labels the budget buys: the one its label
    cost was priced at (20 random initial labels at the label price, the picks after them at the premium)."""
    answer = cli.json("budget", tables["varying"], "--labels", labels, "--in-cost", "--label-price", "1")
    rows = {r["strategy"]: r for r in answer["strategies"]}
    for s, p in answer["in_cost"]["strategies"].items():
        assert p["at_labels"] == rows[s]["labels"] == labels
        assert p["premium"] == pytest.approx((rows[s]["label_cost"] - 20) / (labels - 20), rel=1e-5)
        assert p["premium_low"] <= p["premium"] <= p["premium_high"]
    code, text, _ = cli("budget", tables["varying"], "--labels", labels, "--in-cost", "--label-price", "1")
    for s, p in answer["in_cost"]["strategies"].items():
        assert f"{s}'s picked labels up to the {labels} the budget buys cost {p['premium']:.2f}x" in text


def test_a_price_paid_by_the_hour_is_said_and_the_sentence_says_the_whole_batches_billed(tables, cli):
    hourly = ["--in-cost", "--price-per-hour", "45", "--seconds-per-label", "10"]
    said = "The label price is --price-per-hour $45 x --seconds-per-label 10 / 3,600 seconds an hour = $0.125 a label."
    out = _plan(cli, tables["varying"], *hourly)
    assert said in out["notes"] and out["scenario"]["price_per_label"] == pytest.approx(0.125)
    code, text, _ = cli("plan", tables["varying"], "--target", "0.8", "--engineering-days", "0.5", *hourly)
    assert code == 0 and f"note: {said}" in text
    code, text, _ = cli("budget", tables["varying"], "--labels", "50", *hourly)
    assert code == 0 and f"note: {said}" in text
    assert cli.json("budget", tables["varying"], "--labels", "50", *hourly)["notes"] == [said]
    # the AL path's labels in the sentence beside the whole batches it is billed for
    free = ["--engineering-days", "0", "--compute-per-round", "0", *hourly]
    out = _plan(cli, tables["varying"], *free)
    rec = next(r for r in out["strategies"] if r["strategy"] == out["recommendation"])
    assert rec["active"] and rec["labels_billed"] % 10 == 0 and rec["labels_billed"] > rec["labels"]
    code, text, _ = cli("plan", tables["varying"], "--target", "0.8", *free)
    assert (f"{rec['strategy']} reaches 80% accuracy with ~{rec['labels']} labels (billed as "
            f"{rec['labels_billed']:,.0f}, in whole batches) instead of") in text


def test_a_strategy_whose_picks_cost_nothing_is_priced_at_its_initial_set(tables, cli):
    curves = pd.read_csv(tables["free"])
    roi = curves[curves["strategy"] == "roi"]
    spread = roi.groupby("seed")["annotation_cost"].agg(lambda c: c.max() - c.min())
    assert roi["n_labels"].nunique() == 7 and (spread < 1e-6).all()
    answer = cli.json("fit", tables["free"], "--target", "0.75", "--in-cost")
    facts = answer["in_cost"]
    assert facts["strategies"]["roi"]["cost_per_label"] == pytest.approx(0.0, abs=1e-6)
    row = next(s for s in answer["strategies"] if s["strategy"] == "roi")
    # its 20 random initial labels at random's cost per label, its free picks at the floor of a premium
    assert row["cost"] == pytest.approx(20 * facts["random_cost_per_label"], rel=0.01)
    assert row["cost_low"] <= row["cost"] <= row["cost_high"]
    code, out, err = cli("plan", tables["free"], "--target", "0.75", "--in-cost", "--label-price", "1")
    assert code == 0, err
    assert "its picks priced at 0.001x at least (the least a premium may be" in out

