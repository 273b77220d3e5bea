"""A round's ``confusion`` cell edited by hand (a count past int64, the matrix scaled, padded with classes the
campaign never labeled, cut short, text), in ``measured.csv`` or ``curve.csv``, and every command that reads it run:
``campaign status``, ``plan DIR``, ``campaign measure`` and ``replan FILE --metric macro_f1``. Each one answers,
rebuilds the derived file (``measure``), or refuses in one line naming the file, exit 2, with the folder as it was;
never a traceback. A cell that is no matrix of the campaign's classes counting its row's test labels is refused by
every command that reads it (the campaign's folder and ``replan FILE`` alike), and ``measure`` writes it again."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.campaign.state import CURVE, MEASURED
from tests.fuzz.conftest import FUZZ
from tests.fuzz.promise import assert_cli_refusal, folder_bytes, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, run_campaign  # noqa: E402

#: The campaign's test split and its classes (breast cancer: two).
TEST_SIZE, CLASSES = 40, 2


@pytest.fixture(scope="session")
def measured(tmp_path_factory) -> Path:
    """A campaign on 200 rows of breast cancer (30 initial, batches of 5, 40 test ids), rounds 0 to 2 labeled and
    measured, round 3's batch out."""
    from planner.campaign import steps
    from planner.cli import main

    work = tmp_path_factory.mktemp("confusion")
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "camp"
    steps.start(camp, pool, initial=30, batch_size=5, test_size=TEST_SIZE, seed=2)
    run_campaign(camp, truth, 2, work)
    steps.next_batch(camp)
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


COMMANDS = {
    "status": lambda camp, name: ["campaign", "status", camp],
    "plan": lambda camp, name: ["plan", camp, "--target", "0.9", "--label-price", "0.1", "--metric", "macro_f1"],
    "measure": lambda camp, name: ["campaign", "measure", camp],
    "replan FILE": lambda camp, name: ["replan", camp / name, "--target", "0.9", "--label-price", "0.1", "--metric",
                                       "macro_f1"],
}


def _matrix(rows) -> str:
    return ";".join(" ".join(str(v) for v in row) for row in rows)


@st.composite
def confusion_cell(draw, sound: str) -> str:
    """A ``confusion`` cell mutated from ``sound`` (the round's own matrix)."""
    rows = [[int(v) for v in r.split(" ")] for r in sound.split(";")]
    kind = draw(st.sampled_from(["fixed", "scaled", "padded", "random", "transposed", "cut"]))
    if kind == "fixed":
        return draw(st.sampled_from([
            "99999999999999999999 0;0 1", "abc", "25 1;1", "", " ", "-1 0;0 1", "1e3", "0 0;0 0", "40",
            "9223372036854775807 0;0 0", "9223372036854775808 0;0 0", "18446744073709551616 1;1 1",
            "1 2 3;4 5 6;7 8 9", f"{sound} ", f"{sound};", "0" * 5000, "1" * 5000 + " 0;0 0", "١ 0;0 1"]))
    if kind == "scaled":
        k = draw(st.sampled_from([0, 2, 1000, 10**6, 10**18, 2**63]))
        return _matrix([[v * k for v in row] for row in rows])
    if kind == "padded":
        side = draw(st.integers(3, 300))
        return _matrix([[(rows[i][j] if i < 2 and j < 2 else 0) for j in range(side)] for i in range(side)])
    if kind == "transposed":
        return _matrix([list(r) for r in zip(*rows)])
    if kind == "cut":
        return sound[:draw(st.integers(0, max(len(sound) - 1, 0)))]
    side = draw(st.integers(1, 4))
    return _matrix([[draw(st.integers(0, 2**70)) for _ in range(side)] for _ in range(side)])


def _reads(cell: str, tested: int, classes: int, accuracy: float | None) -> bool:
    """Whether ``cell`` is a round's confusion matrix as the docs promise it (empty: none kept): square, at most
    ``classes`` classes, counts summing to ``tested``, its diagonal's share ``accuracy`` (where given)."""
    text = cell.strip()
    if not text:
        return True
    if not re.fullmatch(r"[0-9]+( [0-9]+)*(;[0-9]+( [0-9]+)*)*", text):
        return False
    rows = [[int(v) for v in r.split(" ")] for r in text.split(";")]
    total = sum(map(sum, rows))
    if any(len(r) != len(rows) for r in rows) or len(rows) > classes or total != tested:
        return False
    return accuracy is None or abs(sum(r[i] for i, r in enumerate(rows)) / total - accuracy) <= 1e-6


@pytest.mark.parametrize("command", list(COMMANDS))
@FUZZ
@given(data=st.data(), name=st.sampled_from([MEASURED, CURVE]))
def test_a_hand_edited_confusion_cell_is_answered_rebuilt_or_refused_in_one_line(command, data, name, measured,
                                                                                tmp_path_factory, capsys):
    work = tmp_path_factory.getbasetemp() / f"confusion-{command.replace(' ', '')}"
    if work.exists():
        shutil.rmtree(work)
    camp = work / "camp"
    shutil.copytree(measured, camp)
    table = pd.read_csv(camp / name, dtype=str, keep_default_na=False)
    at = data.draw(st.integers(0, len(table) - 1), label="row")
    cell = data.draw(confusion_cell(table.loc[at, "confusion"]), label="cell")
    table.loc[at, "confusion"] = cell
    table.to_csv(camp / name, index=False)
    before = folder_bytes(camp)

    rc, out, err = run_cli(COMMANDS[command](camp, name), capsys)
    told = f"{command} with {name} row {at} = {cell[:60]!r}"
    assert "Traceback" not in out + err, f"{told}: {err[-3000:]}"
    if command == "measure":   # derived: written again from the labels, whatever the cell holds
        assert rc == 0, f"{told}: {err[-2000:]}"
        rebuilt = pd.read_csv(camp / name, dtype=str, keep_default_na=False)
        assert all(_reads(c, TEST_SIZE, CLASSES, float(a)) for c, a in zip(rebuilt["confusion"],
                                                                           rebuilt["accuracy"])), told
        return
    sound = _reads(cell, TEST_SIZE, CLASSES, float(table.loc[at, "accuracy"]))
    if rc != 0:
        assert_cli_refusal(rc, err, "campaign" if command == "status" else command.split()[0])
        assert name in err, f"{told}: the refusal names another file: {err}"
        assert folder_bytes(camp) == before, f"{told}: a file of the campaign changed on a refusal"
    if command == "status" and name == MEASURED or command == "plan" and name == MEASURED:
        assert (rc == 0) == sound, f"{told}: exit {rc}: {err[-1000:]}"
    if command == "replan FILE":   # no campaign to say its classes: the file's own test_size bounds the counts
        assert rc == 0 or not _reads(cell, TEST_SIZE, 1000, None), f"{told}: refused a sound cell: {err}"
        assert rc != 0 or _reads(cell, TEST_SIZE, 1000, None), f"{told}: answered on a cell that is no matrix of " \
                                                                f"its test labels: {out[-500:]}"


@pytest.mark.parametrize("edit", ["count past int64", "scaled by 1,000", "2,000 classes"])
@pytest.mark.parametrize("command", ["status", "plan", "replan FILE"])
def test_the_issue_cells_are_refused_by_the_campaign_and_by_replan_file_alike(command, edit, measured,
                                                                              tmp_path_factory, capsys):
    """The cells of issue 126 in the last round of measured.csv: the campaign's folder and ``replan FILE`` on the
    same file refuse them in one line (``replan FILE`` read a 1,000-times matrix as a 40,000-example test set's)."""
    work = tmp_path_factory.getbasetemp() / "confusion-issue"
    if work.exists():
        shutil.rmtree(work)
    camp = work / "camp"
    shutil.copytree(measured, camp)
    table = pd.read_csv(camp / MEASURED, dtype=str, keep_default_na=False)
    last = table["confusion"].iloc[-1]
    table.loc[table.index[-1], "confusion"] = {
        "count past int64": "99999999999999999999 0;0 1",
        "scaled by 1,000": _matrix([[int(v) * 1000 for v in r.split(" ")] for r in last.split(";")]),
        "2,000 classes": ";".join([" ".join(["0"] * 2000)] * 2000),
    }[edit]
    table.to_csv(camp / MEASURED, index=False)
    before = folder_bytes(camp)
    rc, out, err = run_cli(COMMANDS[command](camp, MEASURED), capsys)
    assert_cli_refusal(rc, err, "campaign" if command == "status" else command.split()[0])
    assert MEASURED in err and "confusion" in err and folder_bytes(camp) == before
