"""A campaign walked as a new user walks it: a 5-class pool nobody tuned on, a source beside the people, every printed
command followed. Every surface says the same order and the same count to decide again, every "more" is counted
from the labels in hand, the JSON keeps one layout, and every step says what comes next."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import jsonschema
import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import files_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.seeds import SEED

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "docs" / "campaign_answer.schema.json").read_text())
PRICES = ["--label-price", "0.4", "--engineering-days", "1"]


def _pool(folder: Path, seed: int) -> pd.DataFrame:
    """A 5-class pool of 700 rows (pool.csv, no labels) and its truth."""
    from sklearn.datasets import make_classification

    X, y = make_classification(n_samples=700, n_features=8, n_informative=5, n_classes=5, n_clusters_per_class=1,
                               class_sep=1.0, flip_y=0.05, random_state=seed)
    ids = [f"w{i:04d}" for i in range(len(y))]
    features = pd.DataFrame(X, columns=[f"f{i}" for i in range(X.shape[1])])
    features.insert(0, "id", ids)
    features.to_csv(folder / "pool.csv", index=False)
    return pd.DataFrame({"id": ids, "label": y.astype(str)})


def _label_asked(camp: Path, truth: pd.DataFrame, out: Path) -> Path:
    """The labels of every id asked and not labeled yet, as people return them."""
    asked = pd.read_csv(camp / "asked.csv", dtype={"id": str})
    held = pd.read_csv(camp / "labels.csv", dtype={"id": str}) if (camp / "labels.csv").exists() else None
    todo = asked if held is None else asked[~asked["id"].isin(set(held["id"]))]
    todo[["id"]].merge(truth, on="id").to_csv(out, index=False)
    return out


def _answer_lines(text: str) -> list[str]:
    return [line for line in text.splitlines()
            if line.startswith(("Measured:", "Continue", "Switch", "Stop", "Label", "Measure", "Next", "next",
                                "Changed", "Train on", "Re-label", "If it falls short"))]


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """The campaign after its initial round, a source added and measured: (folder, truth, work)."""
    from planner.cli import main

    work = tmp_path_factory.mktemp("walk")
    truth = _pool(work, SEED)
    camp = work / "the camp"   # a space: every printed command runs as printed
    assert main(["campaign", "start", str(camp), "--pool", str(work / "pool.csv"), "--strategy", "random",
                 "--initial", "60", "--batch-size", "20", "--test-size", "150", "--seed", str(SEED)]) == 0
    assert main(["campaign", "add", str(camp), str(_label_asked(camp, truth, work / "l0.csv"))]) == 0
    rng = np.random.default_rng(SEED)
    noisy = truth.assign(label=np.where(rng.random(len(truth)) < 0.2, rng.integers(0, 5, len(truth)).astype(str),
                                        truth["label"]))
    noisy.to_csv(work / "llm.csv", index=False)
    return camp, truth, work


def _run(capsys, *argv) -> tuple[str, str]:
    from planner.cli import main

    capsys.readouterr()
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out, out.err


def test_a_source_added_is_measured_next_and_then_the_answer_weighs_it(walked, capsys, tmp_path):
    camp, truth, work = walked
    camp = Path(shutil.copytree(camp, tmp_path / "the camp"))
    out, _ = _run(capsys, "campaign", "add", camp, work / "llm.csv", "--source", "llm", "--source-price", "0.01")
    assert out.splitlines()[-1] == f"next: `alplan campaign measure {shlex.quote(str(camp))}`"
    status, _ = _run(capsys, "campaign", "status", camp)
    assert status.splitlines()[-1] == out.splitlines()[-1]   # status repeats it until the source is measured
    _run(capsys, "campaign", "measure", camp)
    got = json.loads(_run(capsys, "plan", camp, "--target", "0.6", *PRICES, "--json")[0])
    jsonschema.validate(got, SCHEMA)
    assert got["sources"] and got["campaign"]["sources_unmeasured"] == []


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from([0.76, 0.8, 0.84]), rounds=st.integers(1, 3))
def test_every_surface_says_one_order_counted_from_here(walked, capsys, tmp_path_factory, target, rounds):
    camp, truth, work = walked
    camp = Path(shutil.copytree(camp, tmp_path_factory.mktemp("c") / "the camp"))
    ask = ["--target", str(target), *PRICES]
    for k in range(rounds):
        _run(capsys, "campaign", "measure", camp)
        text, _ = _run(capsys, "plan", camp, *ask)
        got = json.loads(_run(capsys, "plan", camp, *ask, "--json")[0])
        jsonschema.validate(got, SCHEMA)
        a, held = got["answer"], got["campaign"]["labels_in_hand"]["training"]
        if got["forecast"] is not None:   # the class count is the campaign's
            assert got["forecast"]["scenario"]["n_classes"] == 5
            assert got["forecast"]["decide_later"] is None or \
                got["forecast"]["decide_later"]["labels_in_hand"] == held
        # status, measure and replan say plan's order and count, until the campaign moves
        status = json.loads(_run(capsys, "campaign", "status", camp, "--json")[0])["answer"]
        assert {k: status["answer"][k] for k in ("act", "order", "decide_at_labels", "command")} == \
            {k: a[k] for k in ("act", "order", "decide_at_labels", "command")}
        for words in (_run(capsys, "campaign", "status", camp)[0], _run(capsys, "campaign", "measure", camp)[0]):
            assert _answer_lines(words)[-2:] == [_answer_lines(text)[-2], "n" + _answer_lines(text)[-1][1:]]
        assert _run(capsys, "replan", camp, *ask)[0] == text
        # every count of the order is counted from the labels in hand and within the pool
        if a["act"] in ("continue", "switch"):
            assert f"order {a['order']:,} label" in text and a["order"] <= got["campaign"]["pool_left"]
            assert a["decide_at_labels"] == held + a["order"]
        for m in re.finditer(r"([\d,]+) (?:more labels|labels more)", text):
            n = int(m.group(1).replace(",", ""))
            assert n <= got["campaign"]["pool_left"], m.group()
        if a["act"] not in ("continue", "switch"):
            break
        command = shlex.split(a["command"])
        before = files_of(camp)
        _run(capsys, *command[1:])
        assert files_of(camp) != before
        _run(capsys, "campaign", "add", camp, _label_asked(camp, truth, tmp_path_factory.mktemp("l") / "l.csv"))


def test_measure_json_carries_the_rounds_and_the_answer_status_gives(walked, capsys, tmp_path):
    camp, truth, work = walked
    camp = Path(shutil.copytree(camp, tmp_path / "the camp"))
    got = json.loads(_run(capsys, "campaign", "measure", camp, "--json")[0])
    measured = pd.read_csv(camp / "measured.csv") if (camp / "measured.csv").exists() else None
    assert [r["round"] for r in got["rounds"]] == sorted(r["round"] for r in got["rounds"]) and got["rounds"]
    if measured is not None:
        assert [r["n_labels"] for r in got["rounds"]] == measured.sort_values("round")["n_labels"].tolist()
    assert got["wrote"]["curve"] == str(camp / "curve.csv")
    jsonschema.validate(got["answer"], SCHEMA)
    status = json.loads(_run(capsys, "campaign", "status", camp, "--json")[0])
    assert got["answer"] == status["answer"]
