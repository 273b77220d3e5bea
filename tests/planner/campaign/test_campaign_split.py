"""A split order: half of each round at random, half by an AL strategy, one batch file; `measure` scores the two
halves apart on the test labels (split.csv), and the answer weighs what they measured."""

from __future__ import annotations

import hashlib
import json
import pandas as pd
import pytest

from planner.cli import main
from planner.campaign import measuring, steps
from planner.campaign.files import read_splits
from planner.campaign.standing import write_question
from planner.decide.campaign.asked import AskedQuestion
from planner.campaign.state import ASKED, SPLIT, Campaign

from campaign_fixtures import breast_cancer_files, label_batch


def _started(tmp_path, batch: int = 10):
    pool, _, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    steps.start(camp, pool, model="logreg", strategy="random", seed=3, initial=30, batch_size=batch, test_size=150)
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "l0.csv")])
    return camp, truth


def _files(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_split_round_is_half_random_half_by_the_strategy_interleaved_and_goes_on_until_a_strategy_is_given(tmp_path):
    camp, truth = _started(tmp_path)
    c, rows = steps.next_batch(camp, split="margin", decide_at=80)
    assert list(rows["part"]) == ["random", "margin"] * 5   # interleaved by rank: a batch labeled in part holds both
    assert rows.loc[rows["part"] == "random", "score"].isna().all()
    assert rows.loc[rows["part"] == "margin", "score"].notna().all()
    assert c.settings["stretches"][-1] == {"from_round": 1, "strategy": "random", "batch_size": 10, "split": "margin"}
    assert Campaign.load(camp).asked["part"].tolist()[-10:] == list(rows["part"])
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    c, rows = steps.next_batch(camp)   # the split in force goes on
    assert sorted(set(rows["part"])) == ["margin", "random"]
    steps.add_labels(camp, [label_batch(camp, 2, truth, tmp_path / "l2.csv")])
    c, rows = steps.next_batch(camp, strategy="random")   # a strategy given ends it
    assert set(rows["part"]) == {""} and "split" not in c.settings["stretches"][-1]
    assert steps.sunk_columns(c)["setup_paid_by"] == "margin"   # the split paid margin's set-up


@pytest.mark.parametrize("kwargs, words", [({"split": "random"}, "--split random"),
                                           ({"split": "margin", "strategy": "entropy"}, "leave --strategy out"),
                                           ({"split": "margin", "batch_size": 1}, "needs 2 ids")])
def test_a_split_that_cannot_be_taken_is_refused_in_one_line_and_writes_nothing(tmp_path, kwargs, words):
    camp, _ = _started(tmp_path)
    before = _files(camp)
    with pytest.raises(ValueError, match=words):
        steps.next_batch(camp, **kwargs)
    assert _files(camp) == before


def test_measure_scores_each_split_round_s_equal_parts_on_the_test_labels_and_keeps_them(tmp_path):
    camp, truth = _started(tmp_path)
    steps.next_batch(camp, split="margin")
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 2, truth, tmp_path / "l2.csv", keep=5)])   # 3 random, 2 margin back
    c, curve = measuring.measure(camp)
    measuring.write_curve(c, curve)
    table = read_splits(camp)
    assert list(table["round"]) == [1, 2] and list(table["labels"]) == [5, 2]
    assert list(table["n_before"]) == [30, 40] and (table["test_size"] == 150).all()
    for part in ("random", "al"):
        assert table[f"{part}_accuracy"].between(0, 1).all()
    assert (table["paired_se"] >= 0).all()
    again = measuring.measure(camp)[1].attrs["splits"]   # from the cache: the same numbers
    pd.testing.assert_frame_equal(again.reset_index(drop=True), curve.attrs["splits"].reset_index(drop=True),
                                  check_dtype=False)


def test_a_damaged_split_file_is_refused_naming_file_row_and_column_and_measure_rebuilds_it(tmp_path):
    camp, truth = _started(tmp_path)
    steps.next_batch(camp, split="margin")
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    measuring.write_curve(*measuring.measure(camp))
    good = (camp / SPLIT).read_text()
    (camp / SPLIT).write_text(good.replace(good.splitlines()[1].split(",")[5], "nan", 1))
    with pytest.raises(ValueError, match=r"split\.csv.*row 2.*random_accuracy.*campaign measure"):
        read_splits(camp)
    measuring.write_curve(*measuring.measure(camp))
    assert (camp / SPLIT).read_text() == good


def test_a_split_round_written_twice_is_refused_in_one_line_and_measure_mends_it(tmp_path, capsys):
    camp, truth = _started(tmp_path)
    steps.next_batch(camp, split="margin")
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    measuring.write_curve(*measuring.measure(camp))
    good = (camp / SPLIT).read_text()
    head, row = good.splitlines()[:2]
    (camp / SPLIT).write_text(f"{head}\n{row}\n{row}\n")   # one round, counted as two
    with pytest.raises(ValueError, match=r"^split\.csv gives round 1 on rows 2 and 3: .*`alplan campaign measure"):
        read_splits(camp)
    capsys.readouterr()
    assert main(["campaign", "status", str(camp)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "split.csv" in err
    assert main(["campaign", "measure", str(camp)]) == 0   # the mend named works
    assert (camp / SPLIT).read_text() == good


def test_the_cli_says_a_split_round_and_the_asked_file_keeps_the_parts(tmp_path, capsys):
    camp, _ = _started(tmp_path)
    assert main(["campaign", "next", str(camp), "--split", "margin"]) == 0
    assert "half at random, half by margin" in capsys.readouterr().out
    asked = pd.read_csv(camp / ASKED, dtype=str, keep_default_na=False)
    assert list(asked.columns)[-1] == "part" and set(asked["part"]) == {"", "random", "margin"}
    assert main(["campaign", "next", str(camp), "--split", "nosuch"]) == 2
    assert "nosuch" in capsys.readouterr().err


def test_a_split_order_is_named_as_one_in_next_status_and_measure(tmp_path, capsys):
    camp, truth = _started(tmp_path)
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 1, truth, tmp_path / "l1.csv")])
    capsys.readouterr()
    assert main(["campaign", "next", str(camp), "--split", "margin"]) == 0
    said = capsys.readouterr().out
    assert "from round 2 on: split random/margin, 10 ids a round (before: random, 10)" in said, said
    steps.add_labels(camp, [label_batch(camp, 2, truth, tmp_path / "l2.csv")])
    write_question(camp, AskedQuestion("plan", 0.99, "accuracy", 0.9, None, ["--target", "0.99"]))
    assert main(["campaign", "measure", str(camp)]) == 0
    assert "(split random/margin, round 2)" in capsys.readouterr().out
    assert main(["campaign", "status", str(camp)]) == 0
    said = capsys.readouterr().out
    assert "round 2, split random/margin with logreg" in said, said
    assert "stretches: from round 1: random, 10 a round; from round 2: split random/margin, 10 a round" in said, said
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)["answer"]
    assert rec["campaign"]["split_rounds"] == [{"round": 2, "strategy": "margin"}]
