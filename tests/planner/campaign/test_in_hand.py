"""A campaign's labels in hand as a small labeled pool: the campaign's own labels and test split, every strategy
simulated on it by the simulator's loop; the sunk facts and the stretches of strategies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "campaign"))
from campaign_fixtures import breast_cancer_files, run_campaign  # noqa: E402

from planner.campaign import steps  # noqa: E402
from planner.campaign.cache import CACHE  # noqa: E402
from simulations.run.config import SimulationConfig  # noqa: E402
from planner.campaign.in_hand import (POOL_SHARE, RANDOM_SHARE, ROUNDS, SEEDS, campaign_of_curve, labels_in_hand,  # noqa: E402
                                            measure_strategies, schedule, strategy_of_round, sunk_facts)
from simulations.run.loop import simulate  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    work = tmp_path_factory.mktemp("labels")
    pool, _, truth = breast_cancer_files(work)
    camp = work / "camp"
    steps.start(camp, pool, initial=20, batch_size=20, test_size=50, strategy="random")
    run_campaign(camp, truth, 2, work)
    return camp, pool, truth


def test_the_labeled_pool_is_the_campaigns_labels_and_its_test_split(campaign):
    camp, pool, truth = campaign
    held = labels_in_hand(camp)
    ds = held.dataset
    assert (held.train_labels, held.test_labels, held.pool_size) == (60, 50, 569 - 50)
    assert held.paid_by is None and held.strategy_now == "random" and held.batch_size_now == 20
    asked = pd.read_csv(camp / "asked.csv", dtype={"id": str})
    labels = pd.read_csv(camp / "labels.csv", dtype={"id": str, "label": str})
    test = labels[labels["id"].isin(asked.loc[asked["role"] == "test", "id"])]
    train = labels[labels["id"].isin(asked.loc[asked["role"] == "train", "id"])]
    assert np.array_equal(ds.y_test, test["label"].astype(int).to_numpy())
    assert np.array_equal(ds.y_pool, train["label"].astype(int).to_numpy())
    # the features: the pool's rows, standardized with the non-test pool's statistics (as the campaign's fits)
    X = pd.read_csv(pool).set_index("id")
    rest = X.drop(index=asked.loc[asked["role"] == "test", "id"]).to_numpy(dtype=np.float64)
    mean, std = rest.mean(axis=0), rest.std(axis=0)
    expect = (X.loc[test["id"]].to_numpy() - mean) / std
    np.testing.assert_allclose(ds.X_test, expect, rtol=1e-3, atol=1e-3)
    assert not ds.X_pool.flags.writeable and not ds.y_test.flags.writeable


#: ``measure_strategies(labels_in_hand(FOLDER), ["margin"])`` on two forked workers, in a fresh interpreter (a test
#: process may hold a thread or torch, where the runs are not forked), written to PICKLE; prints whether they forked.
_FORKED = r"""
import json, os, sys
from planner.campaign import in_hand
os.environ["ALPLAN_WORKERS"] = "2"
forked, real = [], in_hand._on_cores
in_hand._on_cores = lambda *a: forked.append(real(*a)) or forked[-1]
in_hand.measure_strategies(in_hand.labels_in_hand(sys.argv[1]), ["margin"]).to_pickle(sys.argv[2])
print(json.dumps(len(forked) == 1 and forked[0] is not None))
"""


def test_every_strategy_is_simulated_by_the_loop_on_the_labels_in_hand(campaign, tmp_path):
    """On two forked workers (conftest.py runs the other tests' in their process): the loop's runs here."""
    camp = Path(shutil.copytree(campaign[0], tmp_path / "camp", ignore=shutil.ignore_patterns(CACHE)))
    held = labels_in_hand(camp)
    proc = subprocess.run([sys.executable, "-c", _FORKED, str(camp), str(tmp_path / "curves.pkl")],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout.splitlines()[-1]) is True   # the runs were spread over forked workers
    curves = pd.read_pickle(tmp_path / "curves.pkl")
    runs = schedule(60, 2)
    assert set(curves["strategy"]) == {"random", "margin"} and curves["seed"].nunique() == SEEDS
    assert set(curves["dataset"]) == {held.dataset.name}
    top = curves.groupby("strategy")["n_labels"].max()
    assert curves["n_labels"].min() == runs["initial"] and (top["margin"], top["random"]) == (30, 54)
    config = SimulationConfig(datasets=(held.dataset.name,), strategies=("margin",), seeds=tuple(range(SEEDS)),
                              initial=runs["initial"], batch_size=runs["batch_size"], budget=runs["budget"])
    timed = ["train_seconds", "query_seconds"]
    margin = curves[curves["strategy"] == "margin"].reset_index(drop=True)
    pd.testing.assert_frame_equal(simulate(config, dataset=held.dataset).drop(columns=timed),
                                  margin.drop(columns=timed))   # the loop's own curves
    rnd = simulate(config.with_(strategies=("random",), budget=54), dataset=held.dataset)
    pd.testing.assert_frame_equal(rnd.drop(columns=timed),
                                  curves[curves["strategy"] == "random"].reset_index(drop=True).drop(columns=timed))
    with pytest.raises(ValueError, match="must name it alone"):
        simulate(config.with_(datasets=("digits",)), dataset=held.dataset)
    with pytest.raises(ValueError, match="the run needs 80 labels but the pool"):
        simulate(config.with_(budget=80), dataset=held.dataset)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(n=st.integers(40, 100_000), classes=st.integers(2, 20))
def test_the_schedule_labels_half_the_labeled_set_in_about_ten_rounds(n, classes):
    s = schedule(n, classes)
    # half of them, or the fewest three label counts a curve is fitted on past an initial set of every class twice
    assert 1 <= s["initial"] < s["budget"] <= max(n * POOL_SHARE, s["initial"] + 2)
    assert s["initial"] >= min(2 * classes, n - 2)
    assert s["budget"] <= s["random_budget"] <= max(n * RANDOM_SHARE, s["budget"])
    rounds = -(-(s["budget"] - s["initial"]) // s["batch_size"])
    assert 2 <= rounds <= ROUNDS + 1


def test_the_set_up_is_paid_once_an_al_strategy_has_picked(campaign, tmp_path):
    settings_ = {"strategy": "margin", "batch_size": 60,
                 "stretches": [{"from_round": 1, "strategy": "random", "batch_size": 20},
                               {"from_round": 3, "strategy": "margin", "batch_size": 60}]}
    assert strategy_of_round(settings_, 2) == ("random", 20)
    assert strategy_of_round(settings_, 3) == ("margin", 60)
    assert strategy_of_round({"strategy": "margin", "batch_size": 20}, 1) == ("margin", 20)
    camp, _, _ = campaign
    assert sunk_facts(camp).paid_by is None      # random picked rounds 1 and 2
    copy = tmp_path / "camp"
    import shutil

    shutil.copytree(camp, copy)
    doc = json.loads((copy / "campaign.json").read_text())

    def switched(at: int) -> None:   # margin at 40 a round from round ``at``, as `campaign next --strategy` writes
        doc.update(strategy="margin", batch_size=40,
                   stretches=[{"from_round": 1, "strategy": "random", "batch_size": 20},
                              {"from_round": at, "strategy": "margin", "batch_size": 40}])
        (copy / "campaign.json").write_text(json.dumps(doc))

    switched(2)
    sunk = sunk_facts(copy)
    assert (sunk.paid_by, sunk.batch_size_now, sunk.train_labels, sunk.test_labels) == ("margin", 40, 60, 50)
    switched(3)   # the switch takes effect at the next round: margin has not picked yet
    assert sunk_facts(copy).paid_by is None and sunk_facts(copy).batch_size_now == 40
    doc["stretches"] = "margin"
    (copy / "campaign.json").write_text(json.dumps(doc))
    with pytest.raises(ValueError, match="broken stretches list"):
        sunk_facts(copy)


def test_a_campaigns_curve_is_known_by_its_folder(campaign, tmp_path):
    camp, _, _ = campaign
    assert campaign_of_curve(camp / "curve.csv") == camp
    assert campaign_of_curve(camp / "asked.csv") is None
    assert campaign_of_curve(tmp_path / "curve.csv") is None


def test_random_runs_read_only_the_labels_random_picked(campaign, tmp_path):
    """After an AL stretch and a split round, random sampling's runs read the initial set, the random rounds and
    the split's random half alone (AL's picks are no random sample of the pool); AL's runs read every label."""
    import shutil

    from campaign_fixtures import label_batch

    from planner.campaign.state import Campaign
    from planner.campaign.in_hand import picked_at_random, runs_of

    camp, _, truth = campaign
    copy = tmp_path / "camp"
    shutil.copytree(camp, copy)
    assert labels_in_hand(copy).random_labels == labels_in_hand(copy).train_labels == 60   # random picked them all
    steps.next_batch(copy, strategy="margin")
    steps.add_labels(copy, [label_batch(copy, 3, truth, tmp_path / "l3.csv")])
    steps.next_batch(copy, split="margin")
    steps.add_labels(copy, [label_batch(copy, 4, truth, tmp_path / "l4.csv")])
    c = Campaign.load(copy)
    train = c.asked[c.asked["role"] == "train"]
    expect = (train["round"] <= 2) | (train["part"].fillna("") == "random")
    assert np.array_equal(picked_at_random(c, train["id"].to_numpy(dtype=object)), expect.to_numpy())
    held = labels_in_hand(copy)
    assert (held.train_labels, held.random_labels) == (100, 70)
    runs = runs_of(held)
    assert runs["random_from"] == 70 and runs["random_budget"] == int(70 * RANDOM_SHARE)
    curves = measure_strategies(held, ["margin"])
    own = held.dataset.__class__(**{**held.dataset.__dict__, "X_pool": held.dataset.X_pool[held.random_rows],
                                    "y_pool": held.dataset.y_pool[held.random_rows]})
    config = SimulationConfig(datasets=(held.dataset.name,), strategies=("random",), seeds=tuple(range(SEEDS)),
                              initial=runs["initial"], batch_size=runs["batch_size"], budget=runs["random_budget"])
    timed = ["train_seconds", "query_seconds"]
    pd.testing.assert_frame_equal(simulate(config, dataset=own).drop(columns=timed),
                                  curves[curves["strategy"] == "random"].reset_index(drop=True).drop(columns=timed))
    assert curves.loc[curves["strategy"] == "margin", "n_labels"].max() == runs["budget"] == 50


@settings(max_examples=60, deadline=None, derandomize=True)
@given(n=st.integers(40, 100_000), classes=st.integers(2, 20), share=st.floats(0.0, 1.0))
def test_random_runs_read_random_picks_within_them_and_all_labels_otherwise(n, classes, share):
    """Random's runs read the labels random picked where the campaign also holds AL's and random's hold
    MIN_TRAIN_LABELS and the runs' initial set and two rounds, never past them; otherwise every label, on the
    schedule unchanged."""
    from types import SimpleNamespace

    from planner.campaign.in_hand import MIN_TRAIN_LABELS, runs_of

    own = int(round(share * n))
    runs = runs_of(SimpleNamespace(train_labels=n, n_classes=classes, random_labels=own))
    plain = schedule(n, classes)
    assert {k: runs[k] for k in plain if k != "random_budget"} == {k: v for k, v in plain.items() if k != "random_budget"}
    least = plain["initial"] + 2 * plain["batch_size"]   # what a run on random's picks needs (the initial set is shared)
    if own == n or own < max(MIN_TRAIN_LABELS, least):
        assert runs["random_from"] == n and runs["random_budget"] == plain["random_budget"]
    else:
        assert runs["random_from"] == own and least <= runs["random_budget"] <= own
        assert runs["random_budget"] >= int(own * RANDOM_SHARE)
