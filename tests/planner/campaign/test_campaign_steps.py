"""A campaign's steps: the simulator's picks and curve, partial batches, labels in, state on files."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, label_batch, run_campaign

from planner.cli import main
from planner.campaign import measuring, steps
from planner.campaign.cache import CACHE
from planner.campaign.state import ASKED, CURVE, LABELS, SETTINGS, Campaign, batch_paths
from simulations.data.datasets import count_test_rows, random_split, split_rng
from simulations.results.schema import CURVE_COLUMNS, METRIC_COLUMNS
from simulations.run.config import SimulationConfig
from simulations.run.loop import _Run


# forest at random: the pick fits no model, and the model stream still stands where the simulator's fits leave it
@pytest.mark.parametrize(("model", "strategy", "seed"), [("logreg", "margin", 0), ("forest", "entropy", 3),
                                                         ("forest", "random", 1)])
def test_a_campaign_labeled_by_a_script_picks_the_simulators_batches_and_measures_its_curve(
        tmp_path, model, strategy, seed):
    pool, labeled, truth = breast_cancer_files(tmp_path)
    camp, rounds, test_size = tmp_path / "camp", 3, 100
    params = {"n_estimators": 20} if model == "forest" else {}
    steps.start(camp, pool, model=model, model_params=params, strategy=strategy, seed=seed, initial=12,
                batch_size=10, test_size=test_size)
    run_campaign(camp, truth, rounds, tmp_path)
    _, curve = measuring.measure(camp)

    config = SimulationConfig(
        datasets=("file",), data_file=str(labeled), model=model, strategies=(strategy,), seeds=(seed,), initial=12,
        batch_size=10, rounds=rounds, dataset_params=(("seed", seed), ("test_size", test_size)),
        model_params=tuple(params.items()), blind_start=True)
    config.validate()
    run = _Run(config.runs()[0], stop_signals=False)
    simulated = run.run_alone()

    # the same ids, round by round, in the order picked
    pool_rows, _ = random_split(len(truth), count_test_rows("pool", len(truth), test_size), split_rng(seed))
    asked = Campaign.load(camp).asked
    for r, picked in enumerate(run.labeled_parts):
        ids = truth["id"].to_numpy()[pool_rows[picked]]
        assert asked.loc[(asked["round"] == r) & (asked["role"] == "train"), "id"].tolist() == ids.tolist()
    # and the same curve
    assert curve["n_labels"].tolist() == simulated["n_labels"].tolist()
    for column in METRIC_COLUMNS:
        np.testing.assert_allclose(curve[column], simulated[column], rtol=0, atol=1e-12)


def test_the_cli_campaign_and_simulate_write_the_same_curve(tmp_path, capsys):
    pool, labeled, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--initial", "10", "--batch-size", "10",
                 "--test-size", "80", "--seed", "2"]) == 0
    said = capsys.readouterr().out
    assert "80 test ids and 10 initial ids" in said and "random sample" in said
    for r in range(3):
        assert main(["campaign", "add", str(camp), str(label_batch(camp, r, truth, tmp_path / f"l{r}.csv"))]) == 0
        if r < 2:
            assert main(["campaign", "next", str(camp)]) == 0
    assert main(["campaign", "measure", str(camp), "--out", str(tmp_path / "measured.parquet")]) == 0
    assert main(["simulate", "--data", str(labeled), "--strategies", "margin", "--seeds", "1", "--seed-start", "2",
                 "--initial", "10", "--batch-size", "10", "--rounds", "2", "--dataset-params",
                 "seed=2,test_size=80", "--blind-start", "--out", str(tmp_path / "sim.csv")]) == 0
    ours, theirs = pd.read_csv(camp / CURVE), pd.read_csv(tmp_path / "sim.csv")
    assert list(ours.columns) == [*CURVE_COLUMNS, "test_size", "n_classes", "confusion", "labels_in_hand",
                                  "setup_paid_by", "pool_size"] and set(ours["test_size"]) == {80}
    assert set(ours["labels_in_hand"]) == {30} and set(ours["pool_size"]) == {len(truth) - 80}   # what it paid for
    assert set(ours["setup_paid_by"]) == {"margin"}   # the campaign's strategy picked rounds 1 and 2
    same = ["model", "strategy", "seed", "batch_size", "round", "n_labels", *METRIC_COLUMNS]
    pd.testing.assert_frame_equal(ours[same], theirs[same])
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "measured.parquet")[same], ours[same])


def _at_round_one(tmp_path):
    """A campaign whose first batch (10 ids) has just been picked: (its folder, the truth)."""
    pool, _, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=60)
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "l0.csv")])
    steps.next_batch(camp)
    return camp, truth


def test_a_partial_batch_counts_what_came_back(tmp_path):
    camp, truth = _at_round_one(tmp_path)
    _, added = steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv", keep=4)])
    assert added.new == 4 and added.out_by_round == {1: 6}
    _, curve = measuring.measure(camp)
    assert curve["n_labels"].tolist() == [10, 14]
    c, rows = steps.next_batch(camp)  # the 6 still out are not asked twice
    still_out = set(Campaign.load(camp).asked.query("round == 1")["id"]) - set(c.labels["id"])
    assert len(still_out) == 6 and not still_out & set(rows["id"])
    # the late labels count in the open round; the models that picked the batches keep what they had
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1-all.csv")])
    _, later = measuring.measure(camp)
    assert later["n_labels"].tolist() == [10, 14, 20]
    np.testing.assert_array_equal(later["accuracy"][:2], curve["accuracy"])
    steps.add_labels(camp, [label_batch(camp, 2, truth, tmp_path / "l2.csv")])
    assert measuring.measure(camp)[1]["n_labels"].tolist() == [10, 14, 30]


def test_a_round_that_brought_nothing_back_is_not_picked_from_again(tmp_path):
    camp, _ = _at_round_one(tmp_path)
    with pytest.raises(ValueError, match="none of the 10 ids of round 1 has a label in labels.csv yet"):
        steps.next_batch(camp)


def test_label_studio_round_trip_and_status(tmp_path, capsys):
    from campaign_fixtures import label_studio_export

    pool, _, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=40)
    tasks = json.loads(batch_paths(camp, 0)[1].read_text())
    assert all(set(t) == {"data"} and "id" in t["data"] for t in tasks) and len(tasks) == 50
    known = dict(zip(truth["id"], truth["label"]))
    answered = {t["data"]["id"]: known[t["data"]["id"]] for t in tasks[:45]}
    export = tmp_path / "export.json"
    export.write_text(json.dumps(label_studio_export(tasks, answered, cancelled={tasks[0]["data"]["id"]})))
    _, added = steps.add_labels(camp, [export])
    assert (added.new, added.blank, added.cancelled) == (44, 5, 1)  # 5 unanswered tasks, one cancelled annotation
    assert all(t["data"]["alplan_id"] == t["data"]["id"] for t in tasks)
    assert main(["campaign", "status", str(camp)]) == 0
    said = capsys.readouterr().out
    assert "round 0" in said and "still out" in said


def test_state_is_readable_files_and_the_pool_is_untouched(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path)
    before = pool.read_bytes()
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=5, test_size=30)
    run_campaign(camp, truth, 2, tmp_path)
    measuring.write_curve(*measuring.measure(camp))
    assert pool.read_bytes() == before
    settings = json.loads((camp / SETTINGS).read_text())
    assert settings["round"] == 2 and settings["pool"]["path"] == str(pool.resolve())
    asked, labels = pd.read_csv(camp / ASKED), pd.read_csv(camp / LABELS)
    assert list(asked.columns) == ["id", "round", "role", "rank", "score"]
    assert asked.query("role == 'train'")["round"].value_counts().sort_index().tolist() == [10, 5, 5]
    assert asked.query("round > 0")["score"].notna().all()  # margin writes its score beside each id
    assert len(labels) == len(asked) and labels["id"].is_unique
    hidden = [p.name for p in camp.rglob("*") if p.name.startswith(".") and p.name != CACHE]
    assert hidden == [".campaign.lock"]  # no temporary file left behind: the folder's lock only (and its cache)


def test_a_command_cut_short_before_its_commit_is_run_again_to_the_same_batch(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=40)
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "l0.csv")])
    settings, labels = (camp / SETTINGS).read_bytes(), (camp / LABELS).read_bytes()
    _, first = steps.next_batch(camp)
    (camp / SETTINGS).write_bytes(settings)  # the crash: asked.csv written, campaign.json not
    (camp / LABELS).write_bytes(labels)
    _, again = steps.next_batch(camp)
    assert again["id"].tolist() == first["id"].tolist()
    assert len(Campaign.load(camp).asked.query("round == 1")) == 10
