"""A campaign never loses a label: concurrent writers, commands killed part way, ids and labels that read back as
written, Label Studio's exports as its converter writes them, classes the test split lacks, files from Excel, the
user's own folder and hand-edited state."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import (breast_cancer_files, excel_csv, files_of, label_batch, label_studio_campaign,
                               label_studio_export, label_studio_min, run_campaign, shown_cells)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import sources, state, steps
from planner.campaign.labels import label_text
from planner.campaign.state import ASKED, LABELS, SETTINGS, Campaign, batch_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[3]


def refused(capsys, argv, *, says: str) -> str:
    assert main([str(a) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"alplan {argv[0]}: error: "), err
    assert says in err, err
    return err


def small_pool(folder: Path, ids, *, id_column: str = "id", seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    pool = folder / "pool.csv"
    pd.DataFrame({id_column: list(ids), "f1": rng.normal(size=len(ids)), "f2": rng.normal(size=len(ids))}
                 ).to_csv(pool, index=False, quoting=csv.QUOTE_NONNUMERIC)  # text quoted: a lone \r stays in its id
    return pool


# ------------------------------------------------------------------ concurrency and crashes

def test_five_concurrent_add_processes_keep_every_label(tmp_path):
    pool, _, truth = breast_cancer_files(tmp_path, n=120)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=5, test_size=10)
    labels = pd.read_csv(label_batch(camp, 0, truth, tmp_path / "all.csv"), dtype={"id": str})
    parts = []
    for k in range(5):  # disjoint files of 4 labels each
        path = tmp_path / f"part{k}.csv"
        labels.iloc[4 * k:4 * k + 4].to_csv(path, index=False)
        parts.append(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with state.locked(camp):  # every process starts while the lock is held, then they all go at once
        procs = [subprocess.Popen([sys.executable, "-m", "planner.cli", "campaign", "add", str(camp), str(p)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
                 for p in parts]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 5, outs
    assert all("added 4 labels" in out for out, _ in outs)
    kept = Campaign.load(camp).labels
    assert sorted(kept["id"]) == sorted(labels["id"]) and kept["id"].is_unique


def test_concurrent_source_and_human_add_processes_keep_every_label(tmp_path):
    """Three processes adding sources' deliveries and two adding human labels, started together: every label is kept,
    each in its own file, with where it came from."""
    from planner.campaign.sources import read_sources

    pool, _, truth = breast_cancer_files(tmp_path, n=120)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=5, test_size=10)
    labels = pd.read_csv(label_batch(camp, 0, truth, tmp_path / "all.csv"), dtype={"id": str})
    steps.add_labels(camp, [_part(labels.iloc[:12], tmp_path / "first.csv")])
    humans = [_part(labels.iloc[12 + 4 * k:16 + 4 * k], tmp_path / f"human{k}.csv") for k in range(2)]
    given = {f"s{k}": truth.astype({"id": str}).iloc[40 * k:40 * k + 40] for k in range(3)}
    deliveries = {name: _part(part, tmp_path / f"{name}.csv") for name, part in given.items()}
    argv = ([["campaign", "add", str(camp), str(p)] for p in humans]
            + [["campaign", "add", str(camp), str(p), "--source", name] for name, p in deliveries.items()])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with state.locked(camp):  # every process starts while the lock is held, then they all go at once
        procs = [subprocess.Popen([sys.executable, "-m", "planner.cli", *a], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT) for a in argv]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(argv), outs
    assert sorted(Campaign.load(camp).labels["id"]) == sorted(labels["id"].iloc[:20])
    kept = read_sources(camp)
    for name, part in given.items():
        mine = kept[kept["source"] == name]
        assert dict(zip(mine["id"], mine["label"].astype(str))) == dict(zip(part["id"], part["label"].astype(str)))
        assert set(mine["file"]) == {f"{name}.csv"}


def _part(table: pd.DataFrame, path: Path) -> Path:
    table.to_csv(path, index=False)
    return path


def _state_of(camp: Path) -> dict:
    """The campaign's files, with the timings a rerun measures anew left out."""
    files = {str(k): v for k, v in files_of(camp).items() if not str(k).startswith(".")}
    settings = json.loads(files.pop(SETTINGS))
    settings.pop("query_seconds")
    return {**files, SETTINGS: settings}


def _killed_at(k: int, command) -> bool:
    """Run ``command()`` in a forked child that kills itself (SIGKILL) at its ``k``-th file move; True when the
    child died there, False when it finished first."""
    pid = os.fork()
    if pid == 0:  # the child: no cleanup of any kind runs after the kill
        moves = [0]
        real = os.replace

        def replace(a, b):
            moves[0] += 1
            if moves[0] == k:
                os.kill(os.getpid(), signal.SIGKILL)
            real(a, b)

        os.replace = replace
        try:
            command()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


@pytest.mark.parametrize("step", ["start", "add", "next"])
def test_a_command_killed_at_any_file_leaves_a_state_the_same_command_completes(tmp_path, step):
    pool, _, truth = breast_cancer_files(tmp_path, n=120)
    base = tmp_path / "base"
    if step != "start":
        steps.start(base, pool, initial=10, batch_size=5, test_size=10)
    labels = label_batch(base, 0, truth, tmp_path / "l0.csv") if step != "start" else None
    if step == "next":
        steps.add_labels(base, [labels])

    def run(camp: Path):
        if step == "start":
            return lambda: steps.start(camp, pool, initial=10, batch_size=5, test_size=10)
        if step == "add":
            return lambda: steps.add_labels(camp, [labels])
        return lambda: steps.next_batch(camp)

    done = tmp_path / "done"
    if step != "start":
        shutil.copytree(base, done)
    run(done)()
    expected = _state_of(done)
    for k in range(1, 12):
        camp = tmp_path / f"k{k}"
        if step != "start":
            shutil.copytree(base, camp)
        if not _killed_at(k, run(camp)):
            break
        if not state.is_campaign(camp) or step != "start":
            run(camp)()  # the same command, run again, completes it
        assert _state_of(camp) == expected, k
    else:
        pytest.fail("the command moved more files than expected")
    assert k > 1


# ------------------------------------------------------------------ read back as written

ID_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)
HOSTILE = st.sampled_from(["=1+2", "+1", "-1", "@SUM(A1)", "'=x", "a,b", 'q"x', "\ttab", "a\rb", "a\nb", "名前",
                           "é", "in ner", "007", "1.0", "nan", "NA", "", "\x00z", "\ufeffbom", "#c", "a;b"])


def _class_name(text: str) -> str | None:
    """``text`` as the campaign keeps a label (None: not one, such as a number with a fraction)."""
    try:
        return label_text(text, "a label")
    except ValueError:
        return None


@settings(max_examples=8, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ids=st.lists(st.one_of(HOSTILE, ID_TEXT), min_size=24, max_size=30),
       labels=st.lists(st.one_of(HOSTILE, ID_TEXT), min_size=2, max_size=4))
def test_any_id_and_label_read_back_as_written_and_no_id_is_asked_twice(tmp_path_factory, ids, labels):
    ids = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    labels = list(dict.fromkeys(t for t in map(_class_name, labels) if t))
    if len(ids) < 20 or len(labels) < 2:
        return
    folder = tmp_path_factory.mktemp("ids")
    pool = small_pool(folder, ids)
    camp = folder / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    c = Campaign.load(camp)
    assert set(c.asked["id"]) <= set(ids) and c.asked["id"].is_unique
    given_labels = {i: labels[n % len(labels)] for n, i in enumerate(c.asked["id"])}
    back = folder / "back.csv"
    pd.DataFrame({"id": list(given_labels), "label": list(given_labels.values())}).to_csv(
        back, index=False, quoting=csv.QUOTE_ALL)
    steps.add_labels(camp, [back], allow_new_class=True)
    held = Campaign.load(camp).labels
    assert dict(zip(held["id"], held["label"])) == given_labels
    # a source's labels of every pool id, each with its seconds: read back as given, apart from the human labels
    said = {i: labels[(n + 1) % len(labels)] for n, i in enumerate(ids)}
    timed = {i: round(0.5 + n * 1.25, 2) for n, i in enumerate(ids)}
    pd.DataFrame({"id": list(said), "label": list(said.values()), "seconds": list(timed.values())}).to_csv(
        folder / "llm.csv", index=False, quoting=csv.QUOTE_ALL)
    sources.add_source(camp, [folder / "llm.csv"], source="llm")
    kept = sources.read_sources(camp)
    assert dict(zip(kept["id"], kept["label"])) == said and dict(zip(kept["id"], kept["seconds"])) == timed
    assert dict(zip(Campaign.load(camp).labels["id"], Campaign.load(camp).labels["label"])) == given_labels
    if len(set(given_labels[i] for i in c.asked.loc[c.asked["role"] == "train", "id"])) >= 2:
        steps.next_batch(camp)
        after = Campaign.load(camp).asked
        assert after["id"].is_unique  # never asked twice, a test id never asked for training
        assert set(after.loc[after["role"] == "test", "id"]) == set(c.asked.loc[c.asked["role"] == "test", "id"])
        assert set(after["id"]) <= set(ids)


def test_labels_minus_one_and_plus_one_keep_the_campaign_going(tmp_path, capsys):
    ids = [f"@user_{i}" for i in range(60)]
    pool = small_pool(tmp_path, ids)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=10, batch_size=5, test_size=10)
    asked = Campaign.load(camp).asked["id"].tolist()
    assert set(asked) <= set(ids)
    pd.DataFrame({"id": asked, "label": ["-1", "+1"] * 10}).to_csv(tmp_path / "l0.csv", index=False)
    assert main(["campaign", "add", str(camp), str(tmp_path / "l0.csv")]) == 0
    assert main(["campaign", "next", str(camp)]) == 0
    picked = Campaign.load(camp).asked.query("round == 1")["id"].tolist()
    assert not set(picked) & set(asked)
    pd.DataFrame({"id": picked, "label": ["-1"] * len(picked)}).to_csv(tmp_path / "l1.csv", index=False)
    assert main(["campaign", "add", str(camp), str(tmp_path / "l1.csv")]) == 0
    held = Campaign.load(camp).labels
    assert set(held["label"]) == {"-1", "1"} and set(held["id"]) == set(asked) | set(picked)
    assert '"-1"' in (camp / LABELS).read_text() and "'" not in (camp / LABELS).read_text()


GUARDED = st.builds(lambda head, tail: head + tail,
                   st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'", "'=", "'@", "''", "'-"]),
                   st.text("xy1@=", min_size=1, max_size=3))


@settings(max_examples=12, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ids=st.lists(GUARDED, min_size=30, max_size=40), form=st.sampled_from(["csv", "excel", "filled batch"]))
def test_ids_keyed_as_the_batch_csv_shows_them_come_back_as_the_ids_asked(tmp_path_factory, capsys, ids, form):
    """Labels keyed by the id as the batch CSV shows it (``'@user_0`` for ``@user_0``; an id that starts with a
    quote as itself), in a CSV, in a CSV saved by Excel, or in the batch CSV filled in and saved by Excel, are
    stored under the ids asked; where the CSV shows two asked ids alike (``=x`` and ``'=x``) the file is refused
    in one line, and nothing is written."""
    from simulations.results.schema import FORMULA_STARTS

    pool_ids = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    if len(pool_ids) < 20:
        return
    folder = tmp_path_factory.mktemp("shown")
    camp = folder / "camp"
    steps.start(camp, small_pool(folder, pool_ids), initial=6, batch_size=4, test_size=6)
    asked = Campaign.load(camp).asked["id"].tolist()
    cells = shown_cells(batch_paths(camp, 0)[0])
    shown = [row[0] for row in cells[1:]]
    assert len(shown) == len(asked)
    truth = {i: "ab"[n % 2] for n, i in enumerate(asked)}
    if form == "csv":
        back = folder / "back.csv"
        pd.DataFrame({"id": shown, "label": list(truth.values())}).to_csv(back, index=False)
    elif form == "excel":
        back = excel_csv(folder / "back.csv", [["id", "label"], *([i, lab] for i, lab in zip(shown, truth.values()))])
    else:
        back = excel_csv(folder / "back.csv", [cells[0] + ["label"],
                                               *(row + [lab] for row, lab in zip(cells[1:], truth.values()))])
    alike = [i for i in asked if i.startswith(FORMULA_STARTS) and "'" + i in asked]
    before = files_of(camp)
    if alike:
        guarded = "'" + alike[0]
        refused(capsys, ["campaign", "add", camp, back], says=f"names two ids this campaign asked, {guarded!r}")
        assert files_of(camp) == before
        return
    assert main(["campaign", "add", str(camp), str(back)]) == 0, capsys.readouterr().err
    held = Campaign.load(camp).labels
    assert dict(zip(held["id"], held["label"])) == truth


def test_labels_keyed_as_the_batch_csv_shows_ids_like_formulas_are_kept(tmp_path, capsys):
    ids = [f"@user_{i}" for i in range(60)]
    camp = tmp_path / "camp"
    steps.start(camp, small_pool(tmp_path, ids), initial=10, batch_size=5, test_size=10)
    shown = pd.read_csv(batch_paths(camp, 0)[0], dtype=str)["id"].tolist()
    assert all(i.startswith("'@user_") for i in shown)
    pd.DataFrame({"id": shown, "label": ["a", "b"] * 10}).to_csv(tmp_path / "l.csv", index=False)
    assert main(["campaign", "add", str(camp), str(tmp_path / "l.csv")]) == 0
    assert sorted(Campaign.load(camp).labels["id"]) == sorted(i[1:] for i in shown)


def test_a_filled_in_batch_csv_with_guarded_ids_is_taken_back(tmp_path):
    pool = small_pool(tmp_path, [f"={i}" for i in range(40)])
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    batch = pd.read_csv(batch_paths(camp, 0)[0], dtype=str, keep_default_na=False)
    assert batch["id"].str.startswith("'=").all()  # the spreadsheet file keeps its guard
    batch.assign(label=["a", "b"] * 6).to_csv(tmp_path / "filled.csv", index=False)
    _, added = steps.add_labels(camp, [tmp_path / "filled.csv"])
    assert added.new == 12 and set(Campaign.load(camp).labels["id"]) == {i[1:] for i in batch["id"]}


def test_a_campaign_of_the_first_format_still_loads_and_keeps_its_format(tmp_path):
    from simulations.results.schema import to_safe_csv

    pool = small_pool(tmp_path, [f"@u{i}" if i % 2 else f"-{i}" for i in range(40)])
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    c = Campaign.load(camp)
    ids = c.asked["id"].tolist()
    settings = json.loads((camp / SETTINGS).read_text())
    settings["format"] = 1
    (camp / SETTINGS).write_text(json.dumps(settings))  # as the first format wrote its tables: through the guard
    to_safe_csv(c.asked, camp / ASKED)
    to_safe_csv(pd.DataFrame({"id": ids[:2], "label": ["-x", "=x"], "used_from": [np.nan] * 2,
                              "source": ["a.csv"] * 2}), camp / LABELS)
    assert "'@u" in (camp / ASKED).read_text() or "'-" in (camp / ASKED).read_text()
    old = Campaign.load(camp)
    assert old.asked["id"].tolist() == ids and old.labels["label"].tolist() == ["-x", "=x"]
    pd.DataFrame({"id": [ids[2]], "label": ["'=y"]}).to_csv(tmp_path / "q.csv", index=False)
    with pytest.raises(ValueError, match="format 1"):  # it would read back as =y
        steps.add_labels(camp, [tmp_path / "q.csv"])
    pd.DataFrame({"id": ids[2:], "label": ["+y"] * (len(ids) - 2)}).to_csv(tmp_path / "l.csv", index=False)
    steps.add_labels(camp, [tmp_path / "l.csv"])
    again = Campaign.load(camp)
    assert again.format == 1 and again.labels["id"].tolist() == ids
    assert again.labels["label"].tolist() == ["-x", "=x"] + ["+y"] * (len(ids) - 2)


# ------------------------------------------------------------------ Label Studio as its converter writes

@pytest.fixture()
def ls_campaign(tmp_path):
    return label_studio_campaign(tmp_path / "camp")


@pytest.mark.parametrize(("name", "column", "cancelled"), [
    ("ls_export.json", "label", 1), ("ls_export_min.json", "label", 0), ("ls_export.csv", "label", 0),
    ("ls_role_min.json", "role", 0)])
def test_label_studio_exports_of_the_campaigns_tasks_all_come_back(ls_campaign, capsys, name, column, cancelled):
    camp, ids = ls_campaign
    expected = {i: ["cat", "dog"][n % 2] for n, i in enumerate(ids) if n not in (3, 5)}
    if name == "ls_role_min.json":
        expected = {i: ["cat", "dog"][n % 2] for n, i in enumerate(ids)}
    assert main(["campaign", "add", str(camp), str(FIXTURES / name), "--label-column", column]) == 0
    out = capsys.readouterr().out
    held = Campaign.load(camp).labels
    assert dict(zip(held["id"], held["label"])) == expected
    assert ("; 1 task cancelled in Label Studio" in out) == bool(cancelled), out
    assert out.strip().splitlines()[-1].startswith("next: ")


@pytest.mark.parametrize("kind", ["taxonomy", "rating", "textarea"])
@pytest.mark.parametrize("form", ["", "_min"])
def test_a_label_studio_answer_that_is_not_one_choice_names_its_control(ls_campaign, capsys, kind, form):
    camp, _ = ls_campaign
    before = files_of(camp)
    err = refused(capsys, ["campaign", "add", camp, FIXTURES / f"ls_{kind}{form}.json"], says="not one choice")
    assert {"taxonomy": "taxonomy", "rating": "rating", "textarea": "text"}[kind] in err
    assert "single-choice <Choices>" in err and files_of(camp) == before


def test_json_min_of_tasks_without_alplan_id_says_to_export_json(tmp_path, capsys):
    pool = small_pool(tmp_path, [f"x{i}" for i in range(40)])
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    records = [{"id": 61 + n, "role": "test", "label": "cat", "annotator": 1, "annotation_id": 900 + n,
                "created_at": None, "updated_at": None, "lead_time": 2.0} for n in range(3)]
    (tmp_path / "old.json").write_text(json.dumps(records, indent=2))
    refused(capsys, ["campaign", "add", camp, tmp_path / "old.json"], says="export the project as JSON (not JSON-MIN)")


#: Every field name a batch's tasks file and CSV write, and names Label Studio's exports write over a task's data.
OWN_NAMES = ["role", "alplan_role", "alplan_id", "rank", "score", "alplan_rank", "alplan_score", "data", "id",
             "label", "lead_time", "annotator", "annotation_id", "created_at", "updated_at"]


@settings(max_examples=14, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(id_column=st.one_of(st.sampled_from(OWN_NAMES), st.text("abrlo_ei", min_size=1, max_size=8)),
       export=st.sampled_from(["json", "min"]))
def test_no_id_column_name_collides_with_the_tasks_own_fields(tmp_path_factory, id_column, export):
    """Whatever the pool's id column is called (``role`` included), every task shows the id under that name and
    under ``alplan_id``, its role under a key of its own, the batch CSV's columns are distinct, and Label Studio's
    exports of the tasks come back under the ids asked."""
    from planner.campaign.labels import TASK_ID

    if id_column in ("f1", "f2"):   # the pool's feature columns
        return
    folder = tmp_path_factory.mktemp("idcol")
    camp = folder / "camp"
    steps.start(camp, small_pool(folder, [f"r{i}" for i in range(40)], id_column=id_column), id_column=id_column,
                initial=6, batch_size=4, test_size=6)
    asked = Campaign.load(camp).asked
    tasks = json.loads(batch_paths(camp, 0)[1].read_text())
    for task, (i, role) in zip(tasks, zip(asked["id"], asked["role"]), strict=True):
        data = task["data"]
        assert data[TASK_ID] == i and data[id_column] == i
        others = {k: v for k, v in data.items() if k not in (TASK_ID, id_column)}
        assert list(others.values()) == [role], data
    assert list(pd.read_csv(batch_paths(camp, 0)[0], dtype=str).iloc[:, 0]) == asked["id"].tolist()
    truth = {i: "ab"[n % 2] for n, i in enumerate(asked["id"])}
    made = label_studio_export(tasks, truth) if export == "json" else label_studio_min(tasks, truth)
    (folder / "e.json").write_text(json.dumps(made))
    _, added = steps.add_labels(camp, [folder / "e.json"])
    held = Campaign.load(camp).labels
    assert added.new == len(truth) and dict(zip(held["id"], held["label"])) == truth


# ------------------------------------------------------------------ classes the test split does not hold

def test_a_class_no_test_label_holds_is_refused_then_kept_on_request_and_earlier_rounds_stay(tmp_path, capsys):
    pool, _, truth = breast_cancer_files(tmp_path, n=300)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=20, batch_size=10, test_size=60)
    run_campaign(camp, truth, 2, tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    before = pd.read_csv(camp / "curve.csv")
    steps.next_batch(camp)
    batch = pd.read_csv(label_batch(camp, 3, truth, tmp_path / "l3.csv"), dtype=str)
    batch.loc[:2, "label"] = "2"  # a third class, first labeled in round 3
    batch.to_csv(tmp_path / "l3.csv", index=False)
    state_before = files_of(camp)
    refused(capsys, ["campaign", "add", camp, tmp_path / "l3.csv"], says="class '2' (3 training labels) is held "
            "by none of the 60 test labels")
    assert files_of(camp) == state_before
    assert main(["campaign", "add", str(camp), str(tmp_path / "l3.csv"), "--allow-new-class"]) == 0
    assert "'2' is held by none of the test labels" in capsys.readouterr().out
    assert main(["campaign", "measure", str(camp)]) == 0
    out = capsys.readouterr().out
    after = pd.read_csv(camp / "curve.csv")
    now = ["train_seconds", "labels_in_hand", "setup_paid_by", "pool_size"]   # the campaign's state, not the rounds'
    pd.testing.assert_frame_equal(after.iloc[:len(before)].drop(columns=now), before.drop(columns=now))
    assert set(after["labels_in_hand"]) == {50}
    assert "differs from the last measure" not in out and len(after) == len(before) + 1


def test_measure_says_when_an_earlier_round_changed_because_its_labels_did(tmp_path, capsys):
    pool, _, truth = breast_cancer_files(tmp_path, n=300)
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=20, batch_size=10, test_size=60)
    test_ids = Campaign.load(camp).asked.query("role == 'test'")["id"]
    some = truth[truth["id"].isin(set(test_ids))].iloc[:30]
    batch = pd.read_csv(label_batch(camp, 0, truth, tmp_path / "l0.csv"), dtype={"id": str})
    batch[~batch["id"].isin(set(test_ids) - set(some["id"]))].to_csv(tmp_path / "l0.csv", index=False)
    steps.add_labels(camp, [tmp_path / "l0.csv"])
    assert main(["campaign", "measure", str(camp)]) == 0
    steps.add_labels(camp, [label_batch(camp, 0, truth, tmp_path / "rest.csv")])
    capsys.readouterr()
    assert main(["campaign", "measure", str(camp)]) == 0
    out = capsys.readouterr().out
    assert "round 0 differs from the last measure" in out and "the test labels in hand changed" in out


# ------------------------------------------------------------------ Excel, the user's folder, hand-edited state

def test_a_pool_and_labels_saved_by_excel_as_csv_utf8_are_read(tmp_path):
    rng = np.random.default_rng(1)
    rows = ["id,f1,f2"] + [f"e{i},{rng.normal():.4f},{rng.normal():.4f}" for i in range(40)]
    (tmp_path / "pool.csv").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")  # Excel's bytes
    camp = tmp_path / "camp"
    steps.start(camp, tmp_path / "pool.csv", initial=6, batch_size=4, test_size=6)
    ids = Campaign.load(camp).asked["id"].tolist()
    assert set(ids) <= {f"e{i}" for i in range(40)}
    text = "id,label\r\n" + "".join(f"{i},{'ab'[n % 2]}\r\n" for n, i in enumerate(ids))
    (tmp_path / "back.csv").write_bytes(b"\xef\xbb\xbf" + text.encode())
    _, added = steps.add_labels(camp, [tmp_path / "back.csv"])
    assert added.new == 12


def test_start_uses_an_empty_shared_folder_in_place_and_refuses_a_full_one(tmp_path, capsys):
    pool = small_pool(tmp_path, [f"x{i}" for i in range(40)])
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o2775)
    before = shared.stat()
    assert main(["campaign", "start", str(shared), "--pool", str(pool), "--initial", "6", "--test-size", "6"]) == 0
    after = shared.stat()
    assert stat.S_IMODE(after.st_mode) == 0o2775 and after.st_gid == before.st_gid and after.st_ino == before.st_ino
    assert (shared / "batches").stat().st_gid == before.st_gid
    capsys.readouterr()
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    refused(capsys, ["campaign", "start", full, "--pool", pool], says="is not an empty folder (it holds 'notes.txt')")
    assert sorted(p.name for p in full.iterdir()) == ["notes.txt"]
    refused(capsys, ["campaign", "start", shared, "--pool", pool], says="is a campaign")


@pytest.mark.parametrize(("edit", "says"), [
    (lambda s: {"format": 1}, "missing 'name', 'pool', 'model'"),
    (lambda s: {**s, "round": 7}, "'round' is 7 but asked.csv holds rounds up to 0"),
    (lambda s: {**s, "seed": "zero", "batch_size": -3},
     "'seed' is 'zero', not a whole number from 0 to 4,294,967,295; 'batch_size' is -3"),
    (lambda s: {**s, "pool": {**s["pool"], "rows": "many"}}, "'pool'.'rows' is 'many'"),
    (lambda s: {**s, "stretches": [{"from_round": "x"}]}, "a broken stretches list"),
    (lambda s: {**s, "format": 9}, "format 9, which this alplan cannot read"),
])
def test_a_hand_edited_campaign_json_names_every_problem_in_one_line(tmp_path, capsys, edit, says):
    pool = small_pool(tmp_path, [f"x{i}" for i in range(40)])
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    settings = json.loads((camp / SETTINGS).read_text())
    (camp / SETTINGS).write_text(json.dumps(edit(settings)))
    for step in ("next", "status", "measure"):
        refused(capsys, ["campaign", step, camp], says=says)


def test_a_stretches_list_is_allowed(tmp_path):
    pool = small_pool(tmp_path, [f"x{i}" for i in range(40)])
    camp = tmp_path / "camp"
    steps.start(camp, pool, initial=6, batch_size=4, test_size=6)
    settings = json.loads((camp / SETTINGS).read_text())
    settings["stretches"] = [{"from_round": 1, "strategy": "margin", "batch_size": 4}]
    (camp / SETTINGS).write_text(json.dumps(settings))
    assert Campaign.load(camp).settings["stretches"][0]["batch_size"] == 4
    settings["stretches"].append({"from_round": 3, "strategy": "random", "batch_size": 8})
    (camp / SETTINGS).write_text(json.dumps(settings))   # a stretch the campaign never reached, and not in force
    with pytest.raises(ValueError, match="the last stretch starts at round 3, beyond the next round to pick .1.; "
                                         "'strategy' is 'margin' but the last stretch .from round 3. says 'random'; "
                                         "'batch_size' is 4 but"):
        Campaign.load(camp)


# ------------------------------------------------------------------ what the commands say

def test_every_campaign_command_ends_with_the_next_command_and_start_prices_the_test_split(tmp_path, capsys,
                                                                                          monkeypatch):
    pool, _, truth = breast_cancer_files(tmp_path, n=200)
    camp = tmp_path / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--initial", "10", "--label-price", "3",
                 "--batch-size", "5"]) == 0
    out = capsys.readouterr().out
    assert "the test split: 50 ids (by default a quarter of the pool" in out and "50 labels at $3.00: $150.00" in out
    assert "`--test-size N` lowers it" in out
    lasts = [out.strip().splitlines()[-1]]
    for argv in (["add", str(camp), str(label_batch(camp, 0, truth, tmp_path / "l0.csv"))], ["status", str(camp)],
                 ["next", str(camp)], ["status", str(camp)], ["measure", str(camp)]):
        assert main(["campaign", *argv]) == 0
        lasts.append(capsys.readouterr().out.strip().splitlines()[-1])
    assert all(line.startswith("next: ") for line in lasts), lasts
    # add measures the labels it completes and ends with the answer they lead to, as status then says it
    assert "alplan campaign add" in lasts[0] and "alplan campaign next" in lasts[1] == lasts[2]
    assert "label the ids in" in lasts[3]
    assert lasts[4] == lasts[5] == f"next: `alplan campaign add {camp} LABELS`"   # round 1's ids are out
    monkeypatch.setattr(state, "network_filesystem", lambda folder, mounts=None: "nfs4")
    assert main(["campaign", "status", str(camp)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any("network file system (nfs4)" in line for line in lines) and lines[-1].startswith("next: ")
    refused(capsys, ["campaign", "start", tmp_path / "c2", "--pool", pool, "--label-price", "-1"],
            says="--label-price must be dollars per label")


def test_the_file_system_of_a_folder_is_read_from_the_mount_table():
    mounts = ("/dev/sda1 / ext4 rw 0 0\nserver:/export /mnt/team nfs4 rw 0 0\n"
              "//nas/share /mnt/team/smb cifs rw 0 0\n")
    assert state.network_filesystem("/mnt/team/camp", mounts) == "nfs4"
    assert state.network_filesystem("/mnt/team/smb/x", mounts) == "cifs"
    assert state.network_filesystem("/home/me/camp", mounts) is None
    assert state.network_filesystem("/mnt/teamwork", mounts) is None


@pytest.mark.parametrize("argv", [["campaign", "status"], ["campaign", "measure"], ["campaign", "next"],
                                  ["plan", "{f}", "--target", "0.9", "--label-price", "0.1"],
                                  ["replan", "{f}", "--target", "0.9", "--label-price", "0.1"]])
def test_a_folder_that_is_a_loop_of_symbolic_links_is_refused_in_one_line(tmp_path, capsys, argv):
    """A campaign folder given as a link that leads back to itself: the page's answer raises what the page catches
    (ValueError or OSError), one line naming the folder; every command refuses it in one line, exit 2."""
    from planner.campaign.page import page_answer
    from planner.decide.costs import Scenario
    from tests.fuzz.promise import assert_cli_refusal, assert_one_line, run_cli

    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    folder = tmp_path / "a"
    with pytest.raises((ValueError, OSError)) as err:
        page_answer(str(folder), Scenario(label_price=0.1), 0.9, confidence=0.9)
    assert_one_line(str(err.value))
    assert str(folder) in str(err.value)
    words = [w.format(f=folder) for w in argv] if "{f}" in argv else [*argv, str(folder)]
    rc, _, err = run_cli(words, capsys)
    assert_cli_refusal(rc, err, words[0] if words[0] != "campaign" else "campaign")
    assert str(folder) in err and sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
