"""benchmarks/forecast/join_truth.py: sk_truth.py builds joined into one truth table with its facts."""

import json
from pathlib import Path

import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def jt():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "join_truth.py", "join_truth_under_test")


def _build(d: Path, dataset: str, accuracies, budget=100):
    d.mkdir(parents=True, exist_ok=True)
    rows = [{"dataset": dataset, "model": "m", "strategy": "random", "seed": 0, "n_labels": 20 * (i + 1),
             "accuracy": a, "budget": budget} for i, a in enumerate(accuracies)]
    pd.DataFrame(rows).to_parquet(d / "sk_truth.parquet")
    (d / "sk_datasets.json").write_text(json.dumps([{"dataset": dataset, "budget": budget}]))


def test_builds_are_joined_once_each_with_the_facts_beside_the_table(jt, tmp_path, capsys):
    _build(tmp_path / "main", "skl:a", [0.5, 0.6])
    _build(tmp_path / "new", "skl:b", [0.7, 0.8, 0.9])
    _build(tmp_path / "again", "skl:a", [0.1, 0.1], budget=5)   # a repeat of skl:a: the first build's rows win
    out = tmp_path / "joined" / "sk_truth_all.parquet"
    assert jt.main([str(tmp_path / "main"), str(tmp_path / "new"), str(tmp_path / "again"), "--out", str(out)]) == 0
    df = pd.read_parquet(out)
    assert sorted(df["dataset"].unique()) == ["skl:a", "skl:b"] and len(df) == 5
    assert df[df["dataset"] == "skl:a"]["accuracy"].tolist() == [0.5, 0.6]
    facts = json.loads((tmp_path / "joined" / "sk_datasets_all.json").read_text())
    assert facts == [{"dataset": "skl:a", "budget": 100}, {"dataset": "skl:b", "budget": 100}]
    assert "2 data sets, 5 rows" in capsys.readouterr().out


def test_a_missing_build_or_a_name_readers_cannot_follow_is_refused(jt, tmp_path, capsys):
    _build(tmp_path / "main", "skl:a", [0.5, 0.6])
    out = tmp_path / "sk_truth_x.parquet"
    assert jt.main([str(tmp_path / "main"), str(tmp_path / "nothing"), "--out", str(out)]) == 2
    assert "holds no sk_truth.parquet" in capsys.readouterr().err
    assert not out.exists()
    assert jt.main([str(tmp_path / "main"), "--out", str(tmp_path / "joined.parquet")]) == 2
    assert "name it sk_truth" in capsys.readouterr().err
