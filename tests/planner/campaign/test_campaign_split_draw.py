"""``alplan campaign next DIR --test N``: more test ids drawn at random from the pool's ids never asked, their labels
taken as test labels, every round measured on the larger split, and the answer's chance read from it."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, label_batch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.campaign import steps
from planner.campaign.split_draw import more_test_ids, more_test_paths
from planner.campaign.state import LOCK, Campaign
from planner.cli import main


def _pool(folder: Path, n: int, seed: int) -> Path:
    rng = np.random.default_rng(seed)
    path = folder / "pool.csv"
    pd.DataFrame({"id": [f"p{i}" for i in range(n)], "a": rng.normal(size=n), "b": rng.normal(size=n)}).to_csv(
        path, index=False)
    return path


def _ids(camp: Path, role: str) -> list[str]:
    asked = Campaign.load(camp).asked
    return list(asked.loc[asked["role"] == role, "id"])


def _bytes(camp: Path) -> dict:
    """Every file of the campaign's folder and its bytes, but the lock's (it names the last command that held it)."""
    return {str(p.relative_to(camp)): p.read_bytes() for p in sorted(camp.rglob("*")) if p.is_file() and p.name != LOCK}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(30, 120), test=st.integers(1, 20), initial=st.integers(1, 8), seed=st.integers(0, 2**31),
       draws=st.lists(st.integers(1, 40), min_size=1, max_size=3))
def test_more_test_ids_grow_the_split_by_n_from_ids_never_asked_and_the_same_folder_draws_the_same(
        n, test, initial, seed, draws):
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        camp = work / "camp"
        steps.start(camp, _pool(work, n, seed), test_size=test, initial=initial, seed=seed)
        for k in draws:
            before_test, train = _ids(camp, "test"), _ids(camp, "train")
            left = n - len(before_test) - len(train)
            if k > left:   # refused in one line, the folder as it was
                was = _bytes(camp)
                with pytest.raises(ValueError, match=f"--test {k:,} is more test ids than the pool can give"):
                    more_test_ids(camp, k)
                assert _bytes(camp) == was
                continue
            twin = work / "twin"
            shutil.rmtree(twin, ignore_errors=True)
            shutil.copytree(camp, twin)
            _, rows, (csv_path, _) = more_test_ids(camp, k)
            after = _ids(camp, "test")
            drawn = after[len(before_test):]
            assert after[:len(before_test)] == before_test and len(after) == len(before_test) + k
            assert len(set(after)) == len(after) and not set(after) & set(train)
            assert set(drawn) == set(rows["id"]) and not set(drawn) & set(before_test)
            assert list(pd.read_csv(csv_path, dtype={"id": str})["id"]) == drawn
            assert list(Campaign.load(camp).asked["rank"][-k:]) == list(range(len(before_test) + 1,
                                                                             len(before_test) + k + 1))
            _, again, _ = more_test_ids(twin, k)   # the same folder state: the same ids
            assert list(again["id"]) == drawn


@pytest.mark.parametrize("n", [0, -3, 2.5, True, "4"])
def test_a_count_that_is_no_whole_number_from_one_is_refused_and_nothing_is_written(tmp_path, n):
    camp = tmp_path / "camp"
    steps.start(camp, _pool(tmp_path, 40, 1), test_size=5, initial=4)
    was = _bytes(camp)
    with pytest.raises(ValueError, match="--test must be a whole number from 1"):
        more_test_ids(camp, n)
    assert _bytes(camp) == was


@pytest.mark.parametrize("flags, named", [(["--strategy", "random"], "--strategy"), (["--batch-size", "5"],
                                          "--batch-size"), (["--decide-at", "9"], "--decide-at"),
                                          (["--split", "margin"], "--split")])
def test_the_command_refuses_a_training_batchs_flag_beside_test_in_one_line(tmp_path, capsys, flags, named):
    camp = tmp_path / "camp"
    steps.start(camp, _pool(tmp_path, 40, 1), test_size=5, initial=4)
    was = _bytes(camp)
    assert main(["campaign", "next", str(camp), "--test", "3", *flags]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"so {named} does not go with it" in err[0], err
    assert main(["campaign", "next", str(camp), "--test", "36"]) == 2   # 40 rows, 9 asked: 31 left
    assert "give --test 31 at most" in capsys.readouterr().err
    assert _bytes(camp) == was


def _plan(camp: Path, target: float, capsys) -> dict:
    assert main(["plan", str(camp), "--target", f"{target:.6f}", "--stop-chance", "0.5", "--label-price", "0.1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_start_next_add_test_add_measure_scores_on_the_larger_split_and_the_answer_reads_it(tmp_path, capsys):
    from planner.decide.campaign.stop_rule import reading
    from planner.decide.summaries import DEFAULT_LEVEL as RANGE_LEVEL

    pool, _, truth = breast_cancer_files(tmp_path, n=300)
    camp = tmp_path / "camp"
    steps.start(camp, pool, strategy="margin", initial=20, batch_size=20, test_size=40, seed=3)
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "l0.csv")])
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    assert main(["campaign", "measure", str(camp)]) == 0
    first = pd.read_csv(camp / "measured.csv")
    assert set(first["test_size"]) == {40}

    assert main(["campaign", "next", str(camp), "--test", "60"]) == 0
    said = capsys.readouterr().out
    csv_path = more_test_paths(camp, 41, 100)[0]
    assert str(csv_path) in said and "the test split holds 100 ids" in said
    batch = pd.read_csv(csv_path, dtype={"id": str})
    assert len(batch) == 60 and set(batch["role"]) == {"test"}
    batch.merge(truth.astype({"id": str}), on="id")[["id", "label"]].to_csv(tmp_path / "t.csv", index=False)
    assert main(["campaign", "add", str(camp), str(tmp_path / "t.csv")]) == 0
    assert "measured the labels in hand first" in capsys.readouterr().out   # new test labels: the measure is stale
    assert set(pd.read_csv(camp / "measured.csv")["test_size"]) == {100}
    assert main(["campaign", "measure", str(camp)]) == 0
    assert "tested on 100 labels" in capsys.readouterr().out
    rounds = pd.read_csv(camp / "measured.csv")
    assert set(rounds["test_size"]) == {100} and list(rounds["n_labels"]) == list(first["n_labels"])

    last = rounds.sort_values("round").iloc[-1]
    target = float(last["accuracy"]) - 0.01
    rec = _plan(camp, target, capsys)
    m = rec["measured"]
    assert m["test_size"] == 100 and rec["campaign"]["labels_in_hand"]["test"] == 100
    assert rec["campaign"]["pool_left"] == 300 - 100 - 40
    assert not m["held_out"]   # two label counts: the chance is the test split's count alone
    p = reading(float(last["accuracy"]), 100, "accuracy", last["confusion"]).weigh(target, RANGE_LEVEL)[0]
    p_40 = reading(float(last["accuracy"]), 40, "accuracy", last["confusion"]).weigh(target, RANGE_LEVEL)[0]
    assert m["p_met"] == pytest.approx(p) and abs(p - p_40) > 0.01
