"""Labels from a named source: kept apart from the human labels, never trained on or tested with, measured on the
test ids against the human labels, and trained on as a curve of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import (FIXTURES, breast_cancer_files, files_of, label_batch, label_studio_campaign,
                               labeled_campaign)
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.decide.campaign.answer import CampaignAnswer
from planner.present.next_step_view import act_line
from planner.present.words import money, percent
from planner.campaign import measuring, sources, steps
from planner.campaign.state import CURVE, LABELS, SOURCE_CURVE, SOURCE_SETTINGS, Campaign
from simulations.data.oracle import Oracle
from tests.builders import priced_answer as _answer
from tests.seeds import SEED



def refused(capsys, argv, *, says: str) -> str:
    assert main([str(a) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("alplan campaign: error: "), err
    assert says in err, err
    return err


@pytest.fixture(scope="module")
def labeled_once(tmp_path_factory):
    """:func:`campaign_fixtures.labeled_campaign`, played once per module: no test changes it (each takes a copy)."""
    return labeled_campaign(tmp_path_factory.mktemp("labeled"))


@pytest.fixture()
def labeled(labeled_once, tmp_path):
    """A campaign whose round 0 (40 test ids, 10 initial ids) is labeled by people, and the pool's truth: a copy of
    :func:`labeled_once`'s (its pool beside the original, read only)."""
    camp, truth = labeled_once
    return Path(shutil.copytree(camp, tmp_path / "camp")), truth.copy()


def source_file(path: Path, truth: pd.DataFrame, *, wrong: float = 0.0, ids=None, seed: int = SEED) -> Path:
    """A source's labels of ``ids`` (default: the whole pool), a share ``wrong`` of them flipped."""
    table = truth if ids is None else truth[truth["id"].isin(ids)]
    flip = np.random.default_rng(seed).random(len(table)) < wrong
    table.assign(label=np.where(flip, np.where(table["label"] == "0", "1", "0"), table["label"])).to_csv(
        path, index=False)
    return path


def test_a_source_is_stored_apart_and_never_trains_or_tests(labeled, tmp_path, capsys):
    camp, truth = labeled
    assert main(["campaign", "measure", str(camp)]) == 0
    curve, human = pd.read_csv(camp / CURVE).drop(columns="train_seconds"), (camp / LABELS).read_bytes()
    path = source_file(tmp_path / "vendor.csv", truth, wrong=0.2)
    assert main(["campaign", "add", str(camp), str(path), "--source", "vendor-a", "--source-price", "0.05",
                 "--source-turnaround-days", "2"]) == 0
    assert "from source vendor-a" in capsys.readouterr().out
    assert (camp / LABELS).read_bytes() == human   # the human labels as they were
    held = sources.read_sources(camp)
    assert len(held) == len(truth) and set(held["source"]) == {"vendor-a"} and set(held["file"]) == {"vendor.csv"}
    assert held["round_added"].eq(0).all()
    assert json.loads((camp / SOURCE_SETTINGS).read_text())["sources"]["vendor-a"] == {
        "price_per_label": 0.05, "price_per_hour": None, "turnaround_days": 2.0}
    st_ = measuring.status(camp)
    assert (st_["train_labeled"], st_["test_asked"] - st_["test_out"]) == (10, 40)
    assert main(["campaign", "measure", str(camp)]) == 0
    # the campaign's curve trains and tests on people's labels only (the same scores; the fit's seconds aside)
    pd.testing.assert_frame_equal(pd.read_csv(camp / CURVE).drop(columns="train_seconds"), curve)
    side = pd.read_csv(camp / SOURCE_CURVE)
    assert set(side["strategy"]) == {"source:vendor-a", "relabel:vendor-a", "fill:vendor-a"}
    assert side["n_labels"].max() == len(truth) - 40
    assert (side["test_size"] == 40).all() and side["disagreement"].dropna().between(0, 1).all()
    alone, again = side[side["strategy"] == "source:vendor-a"], side[side["strategy"] == "relabel:vendor-a"]
    assert alone["n_labels"].is_monotonic_increasing and again["n_labels"].tolist() == [10]   # 10 human training ids
    assert 0 < alone["disagreement"].max() and again["label_noise"].iloc[0] <= 0.2 + 0.2
    out = capsys.readouterr().out
    assert "source:vendor-a: trained on the source's labels, scored on 40 human test labels" in out
    # the next batch is picked from the pool as before: a source's labels are no training labels
    c, rows = steps.next_batch(camp)
    assert len(rows) == 10 and not rows["id"].isin(set(Campaign.load(camp).labels["id"])).any()


def test_status_measures_a_source_on_the_test_ids_with_its_interval_and_confusion(labeled, tmp_path, capsys):
    camp, truth = labeled
    test_ids = pd.read_csv(camp / "asked.csv", dtype={"id": str}).query("role == 'test'")["id"]
    path = source_file(tmp_path / "llm.csv", truth, wrong=0.25)
    assert main(["campaign", "add", str(camp), str(path), "--source", "llm", "--source-hourly", "30"]) == 0
    capsys.readouterr()
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    [m] = got["sources"]
    for key in ("source", "labels", "test_covered", "test_scored", "correct", "accuracy", "low", "high", "level",
                "classes", "confusion", "worst_class", "worst_recall", "worst_count", "train_compared", "train_agree",
                "agreement", "enough", "more_needed", "price_per_label", "price_per_hour", "turnaround_days"):
        assert key in m, key
    right = truth.merge(pd.read_csv(path, dtype=str), on="id", suffixes=("", "_src"))
    on_test = right[right["id"].isin(set(test_ids))]
    k = int((on_test["label"] == on_test["label_src"]).sum())
    assert (m["test_scored"], m["correct"], m["price_per_hour"]) == (40, k, 30.0)
    assert m["low"] <= k / 40 <= m["high"] and m["level"] == 0.8
    assert np.asarray(m["confusion"]).sum() == 40 and np.trace(m["confusion"]) == k
    recalls = [row[i] / sum(row) for i, row in enumerate(m["confusion"]) if sum(row)]
    assert m["worst_recall"] == pytest.approx(min(recalls))
    assert m["train_compared"] == 10
    # a source measured on 40 test ids has an interval wider than 10 points: it says how many more would tell it
    assert not m["enough"] and m["more_needed"] > 0
    assert main(["campaign", "status", str(camp)]) == 0
    text = capsys.readouterr().out
    assert f"label {m['more_needed']:,} more test ids with it" in text and "worst class" in text


def test_a_source_on_the_whole_test_split_that_is_right_is_told(tmp_path, capsys):
    pool, _, truth = breast_cancer_files(tmp_path, n=300)
    truth = truth.astype({"id": str, "label": str})
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=150)
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "round0.csv")])
    sources.add_source(camp, [source_file(tmp_path / "v.csv", truth)], source="v")
    [m] = sources.measure_sources(Campaign.load(camp))
    assert m.enough and m.more_needed == 0 and m.accuracy == 1.0 and m.high - m.low <= sources.MAX_WIDTH


@settings(max_examples=12, deadline=None, derandomize=True)
@given(n=st.integers(0, 400), share=st.floats(0, 1))
def test_more_needed_is_the_fewest_test_ids_that_tell_the_accuracy(n, share):
    k = round(share * n)
    low, high = sources.accuracy_range(k, n)
    assert 0 <= low <= (k + 0.5) / (n + 1) <= high <= 1   # the posterior mean
    m = sources.more_needed(k, n)
    p = (k + 0.5) / (n + 1)
    if m == 0:
        assert n >= sources.MIN_TEST and high - low <= sources.MAX_WIDTH
        return
    a, b = sources.accuracy_range(p * (n + m), n + m)
    assert n + m >= sources.MIN_TEST and b - a <= sources.MAX_WIDTH
    a, b = sources.accuracy_range(p * (n + m - 1), n + m - 1)
    assert n + m - 1 < sources.MIN_TEST or b - a > sources.MAX_WIDTH


def test_the_measured_confusion_keeps_class_dependent_noise_and_feeds_an_oracle(labeled, tmp_path):
    camp, truth = labeled
    wrong_on_ones = truth.assign(label=np.where(truth["label"] == "1", "0", truth["label"]))   # never says 1
    wrong_on_ones.to_csv(tmp_path / "weak.csv", index=False)
    sources.add_source(camp, [tmp_path / "weak.csv"], source="weak")
    classes, M = sources.source_confusions(camp)["weak"]
    assert classes == ["0", "1"] and np.allclose(M.sum(axis=1), 1.0)
    assert M[0, 0] > 0.9 and M[1, 0] > 0.9   # class 1 comes back 0: the noise of that class, not a flat rate
    oracle = Oracle.from_noise(M, len(classes))
    y = oracle.label(np.ones(200, dtype=np.int64), np.random.default_rng(SEED))
    assert (y == 0).mean() > 0.8


def test_the_same_label_again_counts_once_and_a_different_one_is_refused(labeled, tmp_path, capsys):
    camp, truth = labeled
    first = source_file(tmp_path / "a.csv", truth, ids=truth["id"][:50])
    assert main(["campaign", "add", str(camp), str(first), "--source", "a"]) == 0
    assert "added 50 labels from source a (0 already in hand" in capsys.readouterr().out
    assert main(["campaign", "add", str(camp), str(first), "--source", "a"]) == 0
    assert "added 0 labels from source a (50 already in hand" in capsys.readouterr().out
    before = files_of(camp)
    other = source_file(tmp_path / "b.csv", truth, ids=truth["id"][:50], wrong=1.0)
    err = refused(capsys, ["campaign", "add", camp, other, "--source", "a"], says="two labels")
    assert "'a.csv'" not in err and "(a.csv)" in err and "(b.csv)" in err and "--source a-2" in err
    assert files_of(camp) == before
    # the second delivery under its own name: both kept, each with where it came from
    assert main(["campaign", "add", str(camp), str(other), "--source", "a-2"]) == 0
    held = sources.read_sources(camp)
    assert held.groupby("source")["file"].first().to_dict() == {"a": "a.csv", "a-2": "b.csv"}
    one_file = tmp_path / "twice.csv"
    pd.DataFrame({"id": ["ex0100", "ex0100"], "label": ["0", "1"]}).to_csv(one_file, index=False)
    refused(capsys, ["campaign", "add", camp, one_file, "--source", "c"], says="two labels")


@pytest.mark.parametrize(("flags", "rows", "says"), [
    (["--source", "v"], [("nope", "0")], "not in the campaign's pool"),
    (["--source", "v"], [("ex0001", "cat")], "class 'cat'"),
    (["--source", "margin"], [("ex0001", "0")], "name of a strategy"),
    (["--source", "random"], [("ex0001", "0")], "name of a strategy"),
    (["--source", ""], [("ex0001", "0")], "not a source name"),
    (["--source", "a b"], [("ex0001", "0")], "not a source name"),
    (["--source", "v", "--source-price", "-1"], [("ex0001", "0")], "--source-price must be"),
    (["--source", "v", "--source-price", "nan"], [("ex0001", "0")], "--source-price must be"),
    (["--source", "v", "--source-price", "1", "--source-hourly", "2"], [("ex0001", "0")], "per label or per hour"),
    (["--source-price", "1"], [("ex0001", "0")], "give it with --source"),
    (["--source", "v", "--allow-new-class"], [("ex0001", "0")], "applies to the human labels"),
])
def test_bad_source_input_is_refused_in_one_line_and_writes_nothing(labeled, tmp_path, capsys, flags, rows, says):
    camp, _ = labeled
    path = tmp_path / "src.csv"
    pd.DataFrame(rows, columns=["id", "label"]).to_csv(path, index=False)
    before = files_of(camp)
    refused(capsys, ["campaign", "add", camp, path, *flags], says=says)
    assert files_of(camp) == before


def test_a_source_before_any_human_label_is_refused(tmp_path, capsys):
    pool, _, truth = breast_cancer_files(tmp_path, n=100)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=20)
    before = files_of(camp)
    refused(capsys, ["campaign", "add", camp, source_file(tmp_path / "v.csv", truth.astype(str)), "--source", "v"],
            says="no human labels are in hand")
    assert files_of(camp) == before


def test_a_label_studio_export_as_label_studio_writes_it_is_a_source(tmp_path, capsys):
    camp, ids = label_studio_campaign(tmp_path / "camp")
    human = pd.DataFrame({"id": ids, "label": ["cat", "dog"] * (len(ids) // 2)})
    human.to_parquet(tmp_path / "human.parquet")
    steps.add_labels(camp, [tmp_path / "human.parquet"])
    assert main(["campaign", "add", str(camp), str(FIXTURES / "ls_export.json"), "--source", "annotator-pool"]) == 0
    held = sources.read_sources(camp)
    expected = {i: ["cat", "dog"][n % 2] for n, i in enumerate(ids) if n not in (3, 5)}   # one cancelled, one blank
    assert dict(zip(held["id"], held["label"])) == expected
    assert set(held["file"]) == {"ls_export.json"}
    [m] = sources.measure_sources(Campaign.load(camp))
    assert m.correct == m.test_scored and m.train_compared + m.test_scored == len(expected)


def test_source_paths_read_the_measured_curve_against_the_target():
    from planner.decide.campaign.source_path import source_paths

    curve = pd.DataFrame({"strategy": ["source:a"] * 3 + ["source:b"] * 2 + ["margin"],
                          "n_labels": [10, 20, 40, 10, 20, 10], "accuracy": [0.8, 0.91, 0.95, 0.7, 0.75, 0.99],
                          "test_size": [200] * 6})
    a, b = source_paths(curve, {"a": {"price_per_label": 0.5}}, 0.9)
    assert (a.source, a.reached_at, a.cost, a.score, a.test_size) == ("a", 20, 10.0, 0.91, 200)
    assert 0.5 < a.p_reach < 1 and [n for n, *_ in a.points] == [10, 20, 40] and a.points[1][2] == a.p_reach
    assert a.points[0][2] < a.p_reach < a.points[2][2]
    assert (b.reached_at, b.cost, b.score, b.at, b.measured_max) == (None, None, 0.75, 20, 20)
    assert source_paths(curve, {}, 0.9, metric="macro_f1") == []


def test_plan_on_a_campaign_with_a_source_adds_its_aside_and_leaves_the_answer(labeled, tmp_path, capsys):
    camp, truth = labeled
    assert main(["campaign", "measure", str(camp)]) == 0
    ask = ["plan", str(camp), "--target", "0.85", "--label-price", "1", "--explain"]   # the lead, then the details
    capsys.readouterr()
    assert main(ask) == 0
    alone = capsys.readouterr().out
    assert main([*ask, "--json"]) == 0
    alone_json = json.loads(capsys.readouterr().out)
    assert "Aside" not in alone and alone_json["sources"] is None and alone_json["source_pick"] is None
    sources.add_source(camp, [source_file(tmp_path / "v.csv", truth, wrong=0.05)], source="v", price=0.01)
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    assert main(ask) == 0
    text = capsys.readouterr().out
    assert main([*ask, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    v, again, fill = got.pop("sources")
    pick, lead_of = got.pop("source_pick"), got.pop("lead")
    # the answer leads with the pick where a source's option is cheapest in expectation, else it is as it was
    lead = (pick["cheapest"] if pick["cheapest"] not in (None, "answer") and pick["answer_status"] != "met"
            else "answer")   # a measured stop always leads
    assert lead_of["kind"] == lead and alone_json.pop("lead") == {"kind": "answer", "option": None, "command": None}
    if lead == "answer":
        assert text.startswith(alone) and lead_of["option"] is None and lead_of["command"] is None
    else:
        led = text.splitlines()
        assert led[0] == alone.splitlines()[0] and led[1].startswith(("Train on ", "Re-label source v's"))
        assert "Cheapest in expectation" not in text and lead_of["option"] in pick["options"]
        assert lead_of["command"] is None or f"Next: `{lead_of['command']}`" in led
        act = act_line(CampaignAnswer.from_dict(alone_json))   # the fallback: act, command
        then = alone.split("\n\n")[0].splitlines()[-1]
        short = led.index(f"If it falls short: {act[0].lower()}{act[1:]}")
        assert led[short + 1] == then.replace("Next:", "Next if it falls short:", 1)
    if got["answer"]["act"] == "stop" and got["answer"]["reason"] == "met":   # a stop on a measured hit names no source
        assert text == alone
    else:
        assert "Aside: train on source v alone (at $0.01 a label)" in text
    for k in ("stamp", "sources", "source_pick"):   # what the answer was taken on: the source's labels among them
        alone_json.pop(k)
    got.pop("stamp")
    assert got == alone_json and v["source"] == "v" and v["price_per_label"] == 0.01 and v["kind"] == "source"
    assert (again["source"], again["kind"], [q["labels"] for q in again["points"]]) == ("v", "relabel", [10])
    assert (fill["kind"], [(q["labels"], q["source_labels"]) for q in fill["points"]]) == ("fill", [(10, 150)])
    assert {o["kind"] for o in pick["options"]} == {"source", "relabel"}
    assert main(["plan", str(camp), "--target", "0.99", "--label-price", "1", "--explain"]) == 0   # out of reach
    far = capsys.readouterr().out
    assert "Aside: train on source v alone (at $0.01 a label)" in far
    assert "Aside: re-label source v's disagreements" in far
    for o in pick["options"]:   # a re-label option's cost is its printed parts, its re-labels at the human price
        assert o["cost"] == pytest.approx(o["source_label_cost"] + o["relabel_cost"])
        assert o["relabel_cost"] == pytest.approx(o["relabels"] * 1.0) and o["source_label_cost"] == o["labels"] * 0.01
        assert o["relabels"] <= o["labels"] and (o["kind"] == "relabel" or o["relabels"] == 0)
    assert (v["forecast"], v["forecast_none"]) == ([], "pool")   # the whole pool labeled: nothing past it
    assert not any(o["forecast"] for o in pick["options"])
    assert pick["cheapest"] in ("answer", "source", None) and pick["target"] == 0.85
    side = pd.read_csv(camp / SOURCE_CURVE).query("strategy == 'source:v'")
    met = side[side["accuracy"] >= 0.85]
    assert v["reached_at"] == (int(met["n_labels"].min()) if len(met) else None)


def test_a_sources_new_price_retires_the_answer_priced_at_the_old_one(labeled, tmp_path, capsys):
    camp, truth = labeled
    path = source_file(tmp_path / "v.csv", truth, wrong=0.05)
    assert main(["campaign", "add", str(camp), str(path), "--source", "v", "--source-price", "0.01"]) == 0
    assert main(["campaign", "measure", str(camp)]) == 0
    ask = ["plan", str(camp), "--target", "0.99", "--label-price", "1", "--json"]
    capsys.readouterr()
    assert main(ask) == 0
    planned = json.loads(capsys.readouterr().out)
    assert {p["price_per_label"] for p in planned["sources"]} == {0.01}
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["answer"] == planned   # nothing moved: the answer repeated
    assert main(["campaign", "add", str(camp), str(path), "--source", "v", "--source-price", "5"]) == 0   # no label new
    capsys.readouterr()
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    standing = json.loads(capsys.readouterr().out)["answer"]
    assert standing["stamp"] != planned["stamp"] and standing["source_pick"] is None   # no pick at the old price
    assert main(ask) == 0
    assert {p["price_per_label"] for p in json.loads(capsys.readouterr().out)["sources"]} == {5.0}


def _curve(scores, n_test=200):
    counts = [100 * 2 ** i for i in range(len(scores))]
    return pd.DataFrame({"strategy": "source:s", "n_labels": counts, "accuracy": scores, "test_size": n_test})


MET = dict(act="stop", reason="met", strategy=None)


@pytest.mark.parametrize(("answer", "price", "cheapest", "labels", "by"), [
    # 91% at 100 labels on 200 test labels (P 0.67), 96% at 200 (P 0.999), 97% at 400
    (_answer(cost=500.0), 0.5, "source", 200, 399.58),      # $100 + 0.1% x $500 against $500
    (_answer(cost=50.0), 0.5, "answer", 100, 16.38),        # $50 + 33% x $50 against $50
    (_answer(cost=50.0, beyond=("total_cost",)), 0.5, None, 100, None),   # the answer's price read "more than"
    (_answer(cost=50.0, beyond=("total_cost",)), 0.1, "source", 200, 29.96),
    (_answer(reason="unreached", strategy="random", cost=float("inf"), reachable=False), 0.5, "source", 200, None),
    (_answer(**MET), 0.5, "answer", 100, 50.0),             # met, no chance of falling short weighed: nothing to buy
    (_answer(**MET, p_met=0.93), 0.5, "answer", 100, 50.0),  # no price per label: as above
    (_answer(act="label", reason="first", strategy=None), 0.5, None, 200, None),
])
def test_the_pick_weighs_the_answers_path_against_a_source_by_expected_cost(answer, price, cheapest, labels, by):
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_pick_line

    paths = source_paths(_curve([0.91, 0.96, 0.97]), {"s": {"price_per_label": price}}, 0.9)
    pick = source_pick(answer, paths)
    assert (pick.cheapest, pick.source_labels) == (cheapest, labels)
    assert (pick.by is None) == (by is None) and (by is None or pick.by == pytest.approx(by, abs=0.01))
    assert pick.source == "s" and pick.source_cost == labels * price and len(pick.options) == 3
    line = source_pick_line(pick)
    # a priced path cheaper than the source is weighed against the source's best measured option, and named so
    best = pick.cheapest == "answer" and pick.answer_status == "priced"
    named, saved = (pick.best_measured, pick.by_best_measured) if best else (pick.shown, by)
    assert len(line.splitlines()) == 1 and "source s" in line and f"P {percent(named.p)} that" in line
    assert (f"{named.labels} of its labels" in line) and (("at its best measured count" in line) == best)
    if saved is not None:
        assert money(saved) in line
    json.dumps(pick.to_dict(), allow_nan=False)


@pytest.mark.parametrize(("held", "more"), [(0, 300), (120, 180), (300, 0), (400, 0)])
def test_the_answers_labels_are_counted_from_the_labels_in_hand(held, more):
    from planner.decide.campaign.source_path import source_paths, source_pick

    paths = source_paths(_curve([0.91, 0.96, 0.97]), {"s": {"price_per_label": 0.5}}, 0.9)
    pick = source_pick(_answer(cost=500.0, labels=300.0, held=held), paths)
    assert (pick.answer_labels, pick.answer_cost) == (more, 500.0)   # 300 in all, the labels in hand sunk


@pytest.mark.parametrize(("label_price", "cheapest"), [(5.0, "source"), (0.02, None)])
def test_a_stop_on_a_measured_hit_is_weighed_to_its_chance_of_falling_short(label_price, cheapest):
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_pick_line

    paths = source_paths(_curve([0.91, 0.96, 0.97]), {"s": {"price_per_label": 0.002}}, 0.9)
    pick = source_pick(_answer(**MET, p_met=0.93, batch=20), paths, label_price)
    # falling short (7%) costs at least one more order: 20 labels at the price
    assert pick.answer_expected_cost == pytest.approx(0.07 * 20 * label_price) and pick.answer_more_than
    assert pick.cheapest == cheapest and pick.answer_cost == 0.0
    line = source_pick_line(pick)
    assert "stops with P 93% that the labels in hand meet the target" in line
    assert line.startswith("Cheapest " if cheapest else "Training on source s alone")


def test_a_source_without_a_chance_measured_or_unpriced_is_said_and_not_picked():
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_pick_line

    untested = source_paths(_curve([0.95, 0.97]).drop(columns="test_size"), {"s": {"price_per_label": 0.01}}, 0.9)
    pick = source_pick(_answer(cost=10_000.0), untested)
    assert (pick.cheapest, pick.source, pick.unmeasured, pick.options) == (None, None, ("s",), ())
    assert "Source s has no chance of the 90% target measured" in source_pick_line(pick)
    unpriced = source_paths(_curve([0.96]), {}, 0.9)
    pick = source_pick(_answer(cost=10_000.0), unpriced)
    assert (pick.cheapest, pick.unpriced) == (None, ("s",)) and "--source-price" in source_pick_line(pick)


def _path(points, price):
    from planner.decide.campaign.source_path import SourcePath

    return SourcePath("s", "accuracy", 0.9, None, 0.5, 100, 100, 100, 0.0, price, None, None, tuple(points))


ANSWERS = st.one_of(
    st.builds(lambda c, more: _answer(cost=c, beyond=("total_cost",) if more else ()),
              st.floats(0, 1e5), st.booleans()),
    st.builds(lambda p: _answer(**MET, p_met=p), st.none() | st.floats(0.5, 1)),
    st.just(_answer(reason="unreached", strategy="random", cost=float("inf"), reachable=False)),
    st.just(_answer(act="label", reason="first", strategy=None)))
POINTS = st.lists(st.tuples(st.integers(1, 10_000), st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(answer=ANSWERS, points=POINTS, price=st.floats(0, 10), label_price=st.none() | st.floats(0, 50))
def test_the_pick_is_the_printed_rule_applied_to_its_own_json(answer, points, price, label_price):
    from planner.decide.campaign.source_path import source_pick

    got = json.loads(json.dumps(source_pick(answer, [_path(points, price)], label_price).to_dict(), allow_nan=False))
    a, options = got["answer_expected_cost"], got["options"]
    assert "expected_cost = cost + (1 - p) * answer_expected_cost" in got["rule"] and len(options) == len(points)
    chosen = next(o for o in options if (o["labels"], o["cost"], o["p"]) ==
                  (got["source_labels"], got["source_cost"], got["source_p"]))
    if a is None:
        best = min(options, key=lambda o: (-round(o["p"], 2), o["cost"]))
        assert (round(chosen["p"], 2), chosen["cost"]) == (round(best["p"], 2), best["cost"])
        want = "source" if got["answer_status"] == "unreached" and chosen["p"] > 0 else None
    else:
        for o in options:
            assert o["expected_cost"] == pytest.approx(o["cost"] + (1 - o["p"]) * a)
        least = min(o["expected_cost"] for o in options)
        assert chosen["expected_cost"] == least
        want = "source" if least < a else None if got["answer_more_than"] else "answer"
    assert got["cheapest"] == want


@settings(max_examples=100, deadline=None)
@given(answer=ANSWERS, points=POINTS, price=st.floats(0, 10), label_price=st.none() | st.floats(0, 50))
def test_a_source_with_no_chance_at_any_count_is_never_picked(answer, points, price, label_price):
    from planner.decide.campaign.source_path import source_pick

    pick = source_pick(answer, [_path([(n, y, 0.0) for n, y, _ in points], price)], label_price)
    assert pick.cheapest != "source"


@settings(max_examples=100, deadline=None)
@given(cost=st.floats(1, 1e5), p=st.floats(0.9, 1), share=st.floats(0, 0.999), n=st.integers(1, 10_000))
def test_a_sure_hit_cheaper_than_the_answer_in_expectation_is_picked(cost, p, share, n):
    from planner.decide.campaign.source_path import source_pick

    # n labels priced at a share of p x the answer's price: cheaper however short of 1 the chance p falls
    pick = source_pick(_answer(cost=cost), [_path([(n, 0.95, p)], share * p * cost / n)])
    assert (pick.cheapest, pick.source_labels) == ("source", n) and pick.by > 0


def _trial(scores, first=20, test=300, source="s", noise=0.0, tested=200):
    """A source's measured curve at ``first`` doubling, its last count its coverage; the source's error ``noise`` on
    the ``tested`` test ids it labels."""
    counts = [first * 2 ** i for i in range(len(scores))]
    return pd.DataFrame({"strategy": f"source:{source}", "n_labels": counts, "accuracy": scores, "test_size": test,
                         "label_noise": noise, "source_tested": tested})


@settings(max_examples=25, deadline=None)
@given(first=st.integers(5, 60), scores=st.lists(st.floats(0.3, 0.99), min_size=3, max_size=6),
       test=st.integers(30, 500), share=st.floats(0.02, 1.0), target=st.floats(0.5, 0.99))
def test_forecast_options_lie_past_the_measured_counts_within_the_pool_and_the_limit(first, scores, test, share,
                                                                                      target):
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.forecast.limits import label_limit

    curve = _trial(scores, first, test)
    n_max = int(curve["n_labels"].max())
    pool = max(n_max, int(np.ceil(n_max / share)))
    [path] = source_paths(curve, {"s": {"price_per_label": 0.01}}, target, pool_size=pool)
    labels = [n for n, _ in path.forecast]
    p = [q for _, q in path.forecast]
    assert all(n_max < n <= min(pool, label_limit(n_max)) for n in labels) and labels == sorted(set(labels))
    assert all(0 <= a <= b <= 1 for a, b in zip([0.0, *p], p))
    assert bool(labels) == (min(pool, label_limit(n_max)) > n_max)
    assert labels == [] or labels[-1] == int(min(pool, label_limit(n_max)))
    assert [(n, y, q) for n, y, q in path.points] == [(n, y, q) for n, y, q in path.points if n <= n_max]
    pick = source_pick(_answer(cost=100.0), [path])
    assert all(o.forecast == (o.labels > n_max) for o in pick.options)
    assert sorted(o.labels for o in pick.options if o.forecast) == labels


def test_a_trial_still_rising_below_the_target_is_forecast_past_its_coverage_and_said_as_a_forecast():
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_lines

    # 500 of a pool of 2,000 ids a path may label (25%), measured at 86% and still rising, target 88%
    curve = _trial([0.70, 0.76, 0.80, 0.83, 0.85, 0.86], first=16)
    [path] = source_paths(curve, {"s": {"price_per_label": 0.002}}, 0.88, pool_size=2_000)
    assert path.reached_at is None and path.measured_max == 512 and path.forecast_none == ""
    assert [n for n, _ in path.forecast] == [1024, 2000] and path.forecast[-1][1] > 0.5
    answer = _answer(cost=500.0)
    answer.target = 0.88
    pick = source_pick(answer, [path])
    assert (pick.cheapest, pick.source_forecast) == ("source", True) and pick.source_labels > 512
    aside, line = source_lines([path], pick)
    n, q = next((n, q) for n, q in path.forecast if q >= 0.5)
    assert "below the 88% target within the 512 measured" in aside
    assert f"Forecast: {n:,} of its labels reach 88% in {percent(q)} of forecasts, {money(n * 0.002)}" in aside
    assert f"forecast: {pick.source_labels:,} of its labels reach 88% in {percent(pick.source_p)} of forecasts" in line
    assert "measured at" not in line
    got = path.to_dict()
    assert got["points"] == [{"labels": n, "score": y, "p": q, "relabels": 0, "source_labels": n}
                             for n, y, q in path.points]
    assert got["forecast"] == [{"labels": n, "p": q, "cost": n * 0.002, "relabels": 0} for n, q in path.forecast]


def test_a_flat_source_well_below_the_target_is_forecast_near_nothing_beyond():
    from planner.decide.campaign.source_path import source_paths

    [path] = source_paths(_trial([0.70, 0.71, 0.70, 0.705, 0.70, 0.702], first=16), {}, 0.9, pool_size=2_000)
    assert path.forecast and all(q < 0.05 for _, q in path.forecast)


def test_a_source_covering_the_pool_or_measured_at_two_counts_is_not_forecast_and_says_why():
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_path_lines

    rising = _trial([0.70, 0.76, 0.80, 0.83], first=16)
    [whole] = source_paths(rising, {"s": {"price_per_label": 0.01}}, 0.88, pool_size=128)
    assert (whole.forecast, whole.forecast_none) == ((), "pool")
    assert not any(o.forecast for o in source_pick(_answer(cost=500.0), [whole]).options)
    assert "Forecast" not in source_path_lines([whole])[0]
    [two] = source_paths(rising.head(2), {"s": {"price_per_label": 0.01}}, 0.88, pool_size=2_000)
    assert (two.forecast, two.forecast_none) == ((), "counts")
    assert "Not forecast past them: 2 label counts measured, a forecast needs 3" in source_path_lines([two])[0]


def test_plan_forecasts_a_trial_source_past_its_coverage_up_to_the_pool(labeled, tmp_path, capsys):
    camp, truth = labeled
    trial = truth["id"].sample(frac=0.25, random_state=SEED)   # a trial batch: a quarter of the pool
    sources.add_source(camp, [source_file(tmp_path / "t.csv", truth, wrong=0.1, ids=trial)], source="t", price=0.01)
    assert main(["campaign", "measure", str(camp)]) == 0
    side = pd.read_csv(camp / SOURCE_CURVE).query("strategy == 'source:t'")
    capsys.readouterr()
    assert main(["plan", str(camp), "--target", "0.99", "--label-price", "1", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    [t] = [s for s in got["sources"] if s["kind"] == "source"]
    pool = 200 - 40   # the pool's ids less the test ids
    assert t["pool_size"] == pool and t["measured_max"] == int(side["n_labels"].max()) < pool
    assert [p["labels"] for p in t["points"]] == side["n_labels"].tolist()
    assert t["forecast"] and t["forecast"][-1]["labels"] == pool
    assert all(t["measured_max"] < f["labels"] <= pool for f in t["forecast"])
    [m] = sources.measure_sources(Campaign.load(camp))   # the accuracy that bounds it, on the curve's rows
    assert (side["source_tested"] == m.test_scored).all() and t["tested"] == {"right": m.correct, "of": m.test_scored}
    options = [o for o in got["source_pick"]["options"] if o["kind"] == "source"]
    assert {(o["labels"], o["p"]) for o in options if o["forecast"]} == {(f["labels"], f["p"]) for f in t["forecast"]}
    assert all(o["labels"] <= t["measured_max"] for o in options if not o["forecast"])
    assert main(["plan", str(camp), "--target", "0.99", "--label-price", "1", "--explain"]) == 0
    assert "a forecast, not measured" in capsys.readouterr().out
