"""`alplan campaign` refuses bad input with one line, exit 2 and nothing written; `replan` reads a campaign."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, files_of, label_batch, run_campaign
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import steps
from planner.campaign.state import LABELS, Campaign
from planner.decide.campaign.acts import ORDERS


def refused(capsys, argv, *, says: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"alplan {argv[0]}: error: "), err
    assert says in err, err


@pytest.fixture()
def started(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=10, test_size=40)
    return camp, pool, truth


@pytest.mark.parametrize(("change", "says"), [
    (lambda df: df.rename(columns={"id": "key"}), "has no id column 'id'"),
    (lambda df: df.assign(id=["same"] * len(df)), "appears 569 times"),
    (lambda df: df.assign(f3="text"), None),   # a text column is left unread, not refused
    (lambda df: df.assign(f3=np.nan), "has NaN"),
])
def test_start_refuses_a_bad_pool_and_writes_nothing(tmp_path, capsys, change, says):
    pool, _, _ = breast_cancer_files(tmp_path)
    change(pd.read_csv(pool)).to_csv(pool, index=False)
    camp = tmp_path / "camp"
    argv = ["campaign", "start", str(camp), "--pool", str(pool), "--test-size", "40"]
    if says is None:
        assert main(argv) == 0
        assert json.loads((camp / "campaign.json").read_text())["pool"]["features"].count("f3") == 0
        return
    refused(capsys, argv, says=says)
    assert not camp.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["labeled.csv", "pool.csv"]


def test_start_refuses_a_parquet_pool_without_its_id_column_and_reads_one_with_it(tmp_path, capsys):
    pool, _, _ = breast_cancer_files(tmp_path)
    df = pd.read_csv(pool)
    df.drop(columns="id").to_parquet(tmp_path / "noid.parquet")
    refused(capsys, ["campaign", "start", str(tmp_path / "c1"), "--pool", str(tmp_path / "noid.parquet")],
            says="has no id column")
    df.assign(url="http://x").to_parquet(tmp_path / "pool.parquet")
    assert main(["campaign", "start", str(tmp_path / "c2"), "--pool", str(tmp_path / "pool.parquet"),
                 "--strategy", "bald"]) == 2  # logreg has no MC dropout: refused before anything is read
    assert "needs MC-dropout" in capsys.readouterr().err
    assert main(["campaign", "start", str(tmp_path / "c2"), "--pool", str(tmp_path / "pool.parquet")]) == 0


def test_start_refuses_a_folder_that_is_not_empty(started, capsys):
    camp, pool, _ = started
    before = files_of(camp)
    refused(capsys, ["campaign", "start", str(camp), "--pool", str(pool)], says="is a campaign")
    assert files_of(camp) == before


def test_add_refuses_conflicts_unasked_ids_and_bad_label_types(started, capsys, tmp_path):
    camp, _, truth = started
    good = label_batch(camp, 0, truth, tmp_path / "good.csv")
    batch = pd.read_csv(good, dtype={"id": str})
    cases = {
        "clash.csv": (pd.concat([batch, batch.head(1).assign(label=1 - batch["label"].iloc[0])]),
                      "has two labels"),
        "unasked.csv": (pd.concat([batch, pd.DataFrame({"id": ["nowhere"], "label": [0]})]), "never asked"),
        "fraction.csv": (batch.assign(label=0.5), "a number with a fraction"),
        "nolabel.csv": (batch.rename(columns={"label": "class"}), "has no column 'label'"),
    }
    before = files_of(camp)
    for name, (table, says) in cases.items():
        table.to_csv(tmp_path / name, index=False)
        refused(capsys, ["campaign", "add", str(camp), str(tmp_path / name)], says=says)
        assert files_of(camp) == before
    refused(capsys, ["campaign", "add", str(camp), str(camp / LABELS)], says="the campaign's own files")
    assert main(["campaign", "add", str(camp), str(good)]) == 0
    text = batch.assign(label=np.where(batch["label"] == 1, "benign", "malignant"))
    text.to_csv(tmp_path / "text.csv", index=False)
    before = files_of(camp)
    refused(capsys, ["campaign", "add", str(camp), str(tmp_path / "text.csv")], says="has two labels")
    flipped = batch.head(1).assign(label=1 - batch["label"].iloc[0])
    flipped.to_csv(tmp_path / "flip.csv", index=False)
    refused(capsys, ["campaign", "add", str(camp), str(tmp_path / "flip.csv")], says="(labels.csv)")
    assert files_of(camp) == before


def test_next_refuses_one_class_and_a_changed_pool(started, capsys, tmp_path):
    camp, pool, truth = started
    one = label_batch(camp, 0, truth.assign(label=0), tmp_path / "one.csv")
    assert main(["campaign", "add", str(camp), str(one)]) == 0
    before = files_of(camp)
    refused(capsys, ["campaign", "next", str(camp)], says="the labeled set has one class")
    assert files_of(camp) == before

    camp2 = tmp_path / "camp2"
    steps.start(camp2, pool, initial=10, batch_size=10, test_size=40)
    steps.add_labels(camp2, [label_batch(camp2, 0, truth, tmp_path / "l0.csv")])
    pd.read_csv(pool).drop(columns="f7").to_csv(pool, index=False)
    before = files_of(camp2)
    refused(capsys, ["campaign", "next", str(camp2)], says="has no feature column 'f7'")
    pd.read_csv(tmp_path / "labeled.csv").drop(columns="label").assign(
        id=truth["id"]).to_csv(pool, index=False)  # same columns, in another order: other bytes
    refused(capsys, ["campaign", "next", str(camp2)], says="changed since the campaign started")
    assert files_of(camp2) == before


def test_replan_reads_the_campaign_from_its_first_labels(started, capsys, tmp_path):
    camp, _, truth = started
    flags = ["--target", "0.99", "--label-price", "0.04", "--budget", "300", "--json"]
    refused(capsys, ["replan", str(camp), "--target", "0.9"], says="--label-price")
    assert main(["replan", str(camp), *flags]) == 0   # nothing labeled yet: label the first ids
    assert json.loads(capsys.readouterr().out)["answer"]["act"] == "label"
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "l0.csv", keep=40)])  # the test ids only
    refused(capsys, ["campaign", "next", str(camp)], says="no training labels are in hand yet")
    run_campaign(camp, truth, 3, tmp_path)
    assert main(["replan", str(camp), *flags]) == 0   # measured on the way: the answer starts from the last round
    got = json.loads(capsys.readouterr().out)
    answer, measured = got["answer"], got["measured"]
    n = got["campaign"]["labels_in_hand"]["training"]
    assert measured["labels"] == n and n > 0
    assert measured["round"] == 3 and answer["act"] in {"stop", "continue", "switch"}
    assert main(["campaign", "status", str(camp)]) == 0   # the question recorded: status weighs the same point
    said = capsys.readouterr().out
    assert f"Measured: {100 * measured['score']:.1f}% accuracy at {n} training labels" in said
    assert said.strip().splitlines()[-1] == (f"next: `{answer['command']}`" if answer["command"] else
                                            "next: nothing to buy; the measured score stands.")   # the same answer


def test_measure_refuses_to_write_over_the_pool(started, capsys, tmp_path):
    camp, pool, truth = started
    run_campaign(camp, truth, 1, tmp_path)
    before = pool.read_bytes()
    refused(capsys, ["campaign", "measure", str(camp), "--out", str(pool)], says="its pool")
    assert pool.read_bytes() == before


@settings(max_examples=20, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 49), st.booleans()), max_size=60), st.integers(1, 4))
def test_adding_labels_never_loses_or_double_counts_an_id(tmp_path_factory, answers, files):
    """However the labels come back (split over files, repeated, in any order), each id asked and answered is
    held exactly once, and the counts the command reports add up."""
    folder = tmp_path_factory.mktemp("prop")
    camp = _started_once(tmp_path_factory)
    asked = Campaign.load(camp).asked["id"].tolist()
    truth = {i: n % 2 for n, i in enumerate(asked)}
    rows = [(asked[k], truth[asked[k]]) for k, _ in answers]
    paths, held = [], set()
    for part in range(files):
        chunk = rows[part::files]
        path = folder / f"part{part}.csv"
        pd.DataFrame(chunk, columns=["id", "label"]).to_csv(path, index=False)
        paths.append(path)
    import shutil

    work = folder / "camp"
    shutil.copytree(camp, work)
    total_new = 0
    for path in paths:
        _, added = steps.add_labels(work, [path])
        total_new += added.new
        held |= set(pd.read_csv(path, dtype={"id": str})["id"])
    labels = Campaign.load(work).labels
    assert labels["id"].is_unique and set(labels["id"]) == held and total_new == len(held)
    assert sum(added.out_by_round.values()) + added.test_out == len(asked) - len(held)


_ONCE: dict = {}


def _started_once(factory):
    if "camp" not in _ONCE:
        folder = factory.mktemp("base")
        pool, _, _ = breast_cancer_files(folder, n=120)
        steps.start(folder / "camp", pool, initial=10, batch_size=5, test_size=40)
        _ONCE["camp"] = folder / "camp"
    return _ONCE["camp"]


def test_an_npz_pool_names_its_id_array(tmp_path, capsys):
    rng = np.random.default_rng(0)
    np.savez(tmp_path / "pool.npz", X=rng.normal(size=(80, 3)), key=np.arange(100, 180))
    refused(capsys, ["campaign", "start", str(tmp_path / "c1"), "--pool", str(tmp_path / "pool.npz")],
            says="must hold arrays 'X' and 'id'")
    assert main(["campaign", "start", str(tmp_path / "c2"), "--pool", str(tmp_path / "pool.npz"), "--id-column", "key",
                 "--test-size", "10", "--initial", "6"]) == 0
    asked = Campaign.load(tmp_path / "c2").asked
    assert len(asked) == 16 and set(asked["id"].astype(int)) <= set(range(100, 180))


def _counted(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


@settings(max_examples=8, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n_test=st.integers(1, 3), initial=st.integers(2, 4), blank=st.integers(0, 2), batch=st.integers(1, 2),
       features=st.integers(1, 2))
def test_every_count_the_campaign_prints_agrees_with_its_noun(tmp_path_factory, capsys, n_test, initial, blank, batch,
                                                              features):
    """``1 row``, ``2 rows``: whatever the counts, every line start, add, measure and next print (but the `next:`
    advice) reads "1 <noun>" in the singular."""
    import re

    folder = tmp_path_factory.mktemp("plural")
    rng = np.random.default_rng(0)
    pool = folder / "pool.csv"
    pd.DataFrame({"id": [f"x{i}" for i in range(30)], **{f"f{j}": rng.normal(size=30) for j in range(features)}}
                 ).to_csv(pool, index=False)
    camp = folder / "camp"
    said = []

    def run(*argv) -> None:
        assert main(["campaign", *map(str, argv)]) == 0
        said.append(capsys.readouterr().out)

    run("start", camp, "--pool", pool, "--test-size", n_test, "--initial", initial, "--batch-size", batch)
    asked = Campaign.load(camp).asked
    labels = {i: "ab"[n % 2] for n, i in enumerate(asked["id"])}
    first = list(labels.items())[:-blank] if blank else list(labels.items())
    rows = first + [(i, "") for i, _ in list(labels.items())[len(first):]]
    pd.DataFrame(rows, columns=["id", "label"]).to_csv(folder / "l0.csv", index=False)
    run("add", camp, folder / "l0.csv", "--allow-new-class")
    pd.DataFrame(list(labels.items()), columns=["id", "label"]).to_csv(folder / "l1.csv", index=False)
    run("add", camp, folder / "l1.csv", "--allow-new-class")
    run("measure", camp)
    run("next", camp)
    # the `next:` lines, the advice, are worded elsewhere
    text = "\n".join(line for out in said for line in out.splitlines() if not line.startswith("next: "))
    assert not re.search(r"(?<![\d.,])1 (test |initial |labeled |such )?(ids|labels|rows|tasks|columns|counts)\b",
                         text), text
    n_train = len(labels) - n_test
    assert f"{_counted(n_test, 'test id')} and {_counted(initial, 'initial id')} to label" in said[0]
    assert f"features: {_counted(features, 'column')} of pool.csv" in said[0]
    assert f"added {_counted(len(first), 'label')} (0 already in hand)" in said[1]
    assert (f"; {_counted(blank, 'row')} without a label" in said[1]) == bool(blank)
    assert f"added {_counted(blank, 'label')} ({len(first):,} already in hand)" in said[2]
    assert f"wrote 1 row to {camp / 'curve.csv'} (tested on {_counted(n_test, 'label')})" in said[3], said[3]
    assert f"round 1: {_counted(batch, 'id')} picked by margin" in said[4]
    assert n_train == initial


def test_refusals_that_count_one_id_say_it_in_the_singular(started, tmp_path, capsys):
    camp, _, truth = started
    ids = Campaign.load(camp).asked["id"].tolist()
    pd.DataFrame({"id": [ids[0], "nowhere"], "label": ["0", "1"]}).to_csv(tmp_path / "u.csv", index=False)
    refused(capsys, ["campaign", "add", str(camp), str(tmp_path / "u.csv")],
            says="1 labeled id was never asked by this campaign (first: 'nowhere')")
    pd.DataFrame({"id": [ids[0], ids[0]], "label": ["0", "1"]}).to_csv(tmp_path / "c.csv", index=False)
    refused(capsys, ["campaign", "add", str(camp), str(tmp_path / "c.csv")], says="(1 such id in all)")


@pytest.mark.parametrize("act", ["stop", "continue", "switch", "split", "label", "measure"])
def test_the_export_line_says_what_the_answer_says(act):
    """The line after `campaign export` never speaks of labels to order where the answer says stop."""
    from planner.cli.campaign import export_then

    line = export_then("train.csv", SimpleNamespace(act=act))
    assert line.startswith("then: train your model on train.csv")
    assert ("orders human labels" in line) == (act in ORDERS)
    assert ("stop" in line) == (act == "stop")
