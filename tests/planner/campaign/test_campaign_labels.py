"""The labels that come back, in each format a labeling tool or vendor returns."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, label_batch

from planner.campaign import steps
from planner.campaign.labels import read_labels


def test_csv_parquet_and_label_studio_json_min_read_the_same_labels(tmp_path):
    pd.DataFrame({"id": ["a", "b", "c"], "label": ["cat", None, "dog"]}).to_csv(tmp_path / "l.csv", index=False)
    pd.DataFrame({"id": [1, 2, 3], "label": [0.0, 1.0, None]}).to_parquet(tmp_path / "l.parquet")
    (tmp_path / "min.json").write_text(json.dumps([{"alplan_id": "a", "id": 61, "sentiment": "cat", "annotator": 3},
                                                   {"alplan_id": "c", "id": 62, "sentiment": "dog"},
                                                   {"alplan_id": "b", "id": 63}]))
    csv, pq = read_labels(tmp_path / "l.csv", "id", "label"), read_labels(tmp_path / "l.parquet", "id", "label")
    ls = read_labels(tmp_path / "min.json", "id", "sentiment")
    assert csv.labels.values.tolist() == ls.labels.values.tolist() == [["a", "cat"], ["c", "dog"]]
    assert csv.blank == ls.blank == 1
    assert pq.labels.values.tolist() == [["1", "0"], ["2", "1"]] and pq.blank == 1


@pytest.mark.parametrize(("result", "says"), [
    ([{"type": "choices", "value": {"choices": ["cat", "dog"]}}], "several choices"),
    ([{"type": "choices", "value": {"choices": [0.25]}}], "a number with a fraction"),
    ([{"type": "choices", "value": {"choices": [{"x": 1}]}}], "not a class name"),
])
def test_a_label_studio_answer_that_is_not_one_class_is_refused_in_one_line(tmp_path, result, says):
    (tmp_path / "e.json").write_text(json.dumps([{"data": {"id": "a"}, "annotations": [{"result": result}]}]))
    with pytest.raises(ValueError, match=says) as info:
        read_labels(tmp_path / "e.json", "id", "label")
    assert "\n" not in str(info.value) and "e.json" in str(info.value)


def test_two_annotators_who_disagree_are_reported_not_kept(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path, n=100)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=5, test_size=20)
    first = pd.read_csv(label_batch(camp, 0, truth, tmp_path / "l0.csv"), dtype={"id": str}).iloc[0]
    tasks = [{"data": {"id": first["id"]}, "annotations": [
        {"result": [{"type": "choices", "value": {"choices": [str(v)]}}]} for v in (0, 1)]}]
    (tmp_path / "e.json").write_text(json.dumps(tasks))
    with pytest.raises(ValueError, match=f"id '{first['id']}' has two labels, '0' \\(e.json\\) and '1' \\(e.json\\)"):
        steps.add_labels(camp, [tmp_path / "e.json"])
