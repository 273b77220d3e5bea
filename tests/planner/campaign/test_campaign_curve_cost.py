"""`campaign measure`'s curve carries the annotation seconds of the training labels in hand: each row's
annotation_cost is their sum where every one of them is timed, and empty where any is not."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files

from planner.campaign import measuring, steps
from planner.campaign.state import Campaign, batch_paths


def _timed(camp, round_, truth, out, seconds_of):
    """Round ``round_``'s batch labeled with a seconds column (``seconds_of(id)``: a time, or None for none)."""
    batch = pd.read_csv(batch_paths(camp, round_)[0], dtype={"id": str}).merge(truth.astype({"id": str}), on="id")
    batch["seconds"] = [seconds_of(i) for i in batch["id"]]
    batch[["id", "label", "seconds"]].to_csv(out, index=False)
    return out


@pytest.fixture()
def campaign(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path, n=200)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, test_size=30, batch_size=5)
    return camp, truth


def _train_seconds(camp, through, seconds_of):
    """The seconds planted on the training labels of rounds 0 to ``through``."""
    asked = Campaign.load(camp).asked
    train = asked[(asked["role"] == "train") & (asked["round"] <= through)]
    return sum(seconds_of(i) for i in train["id"])


def test_each_row_sums_its_training_labels_seconds_where_all_are_timed(campaign, tmp_path):
    camp, truth = campaign
    seconds_of = lambda i: 1.0 + int(i[2:]) % 7   # noqa: E731  (ex0042 -> 1 + 42 % 7)
    for r in range(3):
        steps.add_labels(camp, [_timed(camp, r, truth, tmp_path / f"l{r}.csv", seconds_of)])
        if r < 2:
            steps.next_batch(camp)
    _, curve = measuring.measure(camp)
    assert list(curve["round"]) == [0, 1, 2]
    for _, row in curve.iterrows():
        # the test labels' seconds are not the training set's cost
        assert row["annotation_cost"] == pytest.approx(_train_seconds(camp, int(row["round"]), seconds_of))
    assert curve["annotation_cost"].is_monotonic_increasing


def test_a_row_with_an_untimed_training_label_is_left_empty(campaign, tmp_path):
    camp, truth = campaign
    timed = lambda i: 4.0   # noqa: E731
    steps.add_labels(camp, [_timed(camp, 0, truth, tmp_path / "l0.csv", timed)])
    steps.next_batch(camp)
    first = pd.read_csv(batch_paths(camp, 1)[0], dtype={"id": str})["id"].iloc[0]
    steps.add_labels(camp, [_timed(camp, 1, truth, tmp_path / "l1.csv", lambda i: None if i == first else 4.0)])
    _, curve = measuring.measure(camp)
    by_round = curve.set_index("round")["annotation_cost"]
    assert by_round[0] == pytest.approx(4.0 * 10) and math.isnan(by_round[1])


def test_a_campaign_without_times_keeps_the_column_empty(campaign, tmp_path):
    camp, truth = campaign
    batch = pd.read_csv(batch_paths(camp, 0)[0], dtype={"id": str}).merge(truth.astype({"id": str}), on="id")
    batch[["id", "label"]].to_csv(tmp_path / "l0.csv", index=False)
    steps.add_labels(camp, [tmp_path / "l0.csv"])
    _, curve = measuring.measure(camp)
    assert curve["annotation_cost"].isna().all()
