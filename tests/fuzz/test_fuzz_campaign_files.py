"""A campaign folder with one file corrupted (a cell set to NaN, text, a negative, a huge or out-of-range number; a
column dropped, renamed or twice; rows cut short, reordered or repeated; the file empty, binary, a folder or gone),
and every command that reads a campaign run on it: ``campaign status``, ``measure``, ``next``, ``add``, ``add
--source``, ``export``, ``plan DIR`` and ``replan DIR``. Each one answers (exit 0, no "nan" or "inf" printed; where
it does not read the file, the answer it gives on the sound folder; ``measure`` writes the files it derives as it
would on the sound folder) or refuses in one line naming the file (exit 2), with every file of the folder and every
user file as they were. Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES per command; the campaign is built
once and copied for each example)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.campaign.state import (ANSWER, ASKED, CURVE, LABELS, MEASURED, QUESTION, SETTINGS, SOURCE_CURVE,
                                        SOURCE_SETTINGS, SOURCES, SPLIT)
from tests.fuzz.conftest import FUZZ
from tests.fuzz.promise import assert_cli_refusal, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, label_batch, run_campaign  # noqa: E402

FILES = (SETTINGS, ASKED, LABELS, MEASURED, CURVE, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE, SPLIT)
DERIVED = (MEASURED, CURVE, SOURCE_CURVE, SPLIT)
#: Columns whose values are wall times: they differ between two measures of the same labels.
TIMED = ("train_seconds", "query_seconds")

#: Each command: its words after `alplan` ({camp}, {work}: the folders), the campaign files it reads (a file it
#: does not read leaves its answer as on the sound folder) and those it writes (a folder in their place: refused).
COMMANDS = {
    "status": (["campaign", "status", "{camp}"],
               {SETTINGS, ASKED, LABELS, MEASURED, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS, SPLIT}, set()),
    "measure": (["campaign", "measure", "{camp}", "--out", "{work}/out.csv"],
                {SETTINGS, ASKED, LABELS, CURVE, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS}, set(DERIVED)),
    "plan": (["plan", "{camp}", "--target", "0.99", "--label-price", "0.1"],
             {SETTINGS, ASKED, LABELS, MEASURED, ANSWER, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE, SPLIT},
             {*DERIVED, QUESTION, ANSWER}),
    "replan": (["replan", "{camp}", "--target", "0.9", "--label-price", "0.1"],
               {SETTINGS, ASKED, LABELS, MEASURED, ANSWER, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE, SPLIT},
               {*DERIVED, QUESTION, ANSWER}),
    "next": (["campaign", "next", "{camp}"], {SETTINGS, ASKED, LABELS}, set()),
    "add": (["campaign", "add", "{camp}", "{work}/more.csv"],
            {SETTINGS, ASKED, LABELS, MEASURED, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS, SPLIT}, set()),
    "add --source": (["campaign", "add", "{camp}", "{work}/vendor.csv", "--source", "vendor", "--source-price",
                      "0.02"], {SETTINGS, ASKED, LABELS, MEASURED, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS, SPLIT},
                     set()),
    "export": (["campaign", "export", "{camp}", "--source", "llm", "--labels", "30", "--out", "{work}/train.csv"],
               {SETTINGS, ASKED, LABELS, MEASURED, QUESTION, ANSWER, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE, SPLIT},
               set()),
}
#: What a command writes outside the campaign: absent before, and after a refusal.
OUTPUTS = ("out.csv", "train.csv")
NOT_A_NUMBER = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)


@pytest.fixture(scope="session")
def sound(tmp_path_factory) -> Path:
    """A measured campaign on 200 rows of breast cancer (margin; 40 test labels; rounds 0 to 2 labeled, two of
    round 3's five, a split round of random and margin: 42 training labels, so ``plan DIR`` forecasts), with a source ``llm`` labeling the whole pool and
    the question ``plan DIR --target 0.9`` recorded; beside it, the user's files: the rest of round 3's labels
    (``more.csv``), a second source's labels (``vendor.csv``) and the pool."""
    from planner.cli import main
    from planner.campaign import sources, steps

    work = tmp_path_factory.mktemp("files")
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "camp"
    steps.start(camp, pool, initial=30, batch_size=5, test_size=40, seed=2)
    run_campaign(camp, truth, 2, work)
    steps.next_batch(camp, strategy="random", split="margin")
    third = pd.read_csv(label_batch(camp, 3, truth, work / "round3.csv"), dtype=str)
    third.iloc[:2].to_csv(work / "first.csv", index=False)
    third.iloc[2:].to_csv(work / "more.csv", index=False)
    steps.add_labels(camp, [work / "first.csv"])
    flip = np.random.default_rng(3).random(len(truth)) < 0.05
    truth.assign(label=np.where(flip, 1 - truth["label"].astype(int), truth["label"].astype(int))).to_csv(
        work / "llm.csv", index=False)
    sources.add_source(camp, [work / "llm.csv"], source="llm", price=0.01)
    truth.iloc[::3].to_csv(work / "vendor.csv", index=False)
    assert main(["campaign", "measure", str(camp)]) == 0
    assert main(["plan", str(camp), "--target", "0.9", "--label-price", "0.1"]) == 0
    assert {p.name for p in camp.iterdir()} >= set(FILES)
    return work


def _fresh(sound: Path, work: Path) -> Path:
    """``work`` holding a copy of the sound campaign and its user's files (the pool at its own path)."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(sound, work)
    return work / "camp"


def _argv(command: str, work: Path) -> list[str]:
    return [w.format(camp=work / "camp", work=work) for w in COMMANDS[command][0]]


def _state(folder: Path) -> dict:
    """Every entry under ``folder``: a file's bytes, a folder's name."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else "folder")
            for p in sorted(folder.rglob("*"))}


def _user_files(sound: Path, work: Path) -> dict:
    """The user's files a command reads: the labels it adds and the campaign's pool (read in place)."""
    return {name: (work / name).read_bytes() for name in ("more.csv", "vendor.csv")} | {
        "pool": (sound / "pool.csv").read_bytes()}


# ------------------------------------------------------------------ corruptions

CELL = st.one_of(
    st.sampled_from(["nan", "NaN", "", " ", "high", "sixty", "many", "-0.2", "-5", "-1", "1.7", "2", "7", "0.5",
                     "1e308", "1e400", "inf", "-inf", "2.5", "100000000000000000000", "None", "True", "x", "llm",
                     "random", "source:x", "fill:llm", "test", "train", "=1+2", "é"]),
    st.integers(-10, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
JSON_VALUE = st.one_of(
    st.sampled_from([float("nan"), float("inf"), -float("inf"), "bogus", "", -1, -0.2, 0, 1, 1.7, 2, 1e308, 10**20,
                     None, True, False, [], {}, "0.9", [1, 2], {"a": 1}, "accuracy", "macro_f1", "replan", 0.5]),
    st.text(max_size=8),
    st.floats(allow_nan=True, allow_infinity=True),
)


def _rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


@st.composite
def csv_corruption(draw, rows: list[list[str]]):
    """A change to a CSV's rows (``rows``: the header first): (what, the new rows or bytes)."""
    head, body = rows[0], rows[1:]
    kind = draw(st.sampled_from(["cell", "cell", "cell", "drop column", "rename column", "twin column", "cut rows",
                                 "reorder rows", "repeat row", "cut bytes"]))
    if kind == "cell" and body:
        i, j = draw(st.integers(0, len(body) - 1)), draw(st.integers(0, len(head) - 1))
        body = [list(r) for r in body]
        body[i][j] = draw(CELL)
        return kind, [head, *body]
    if kind in ("drop column", "rename column", "twin column"):
        j = draw(st.integers(0, len(head) - 1))
        if kind == "drop column":
            return kind, [r[:j] + r[j + 1:] for r in rows]
        if kind == "rename column":
            name = draw(st.sampled_from([head[j].upper(), f" {head[j]}", head[j] + "_x", "x"]))
            return kind, [head[:j] + [name] + head[j + 1:], *body]
        return kind, [r[:j + 1] + r[j:j + 1] + r[j + 1:] for r in rows]
    if kind == "cut rows":
        return kind, rows[:draw(st.integers(0, max(len(rows) - 1, 0)))]
    if kind == "reorder rows" and len(body) > 1:
        order = draw(st.permutations(range(len(body))))
        return kind, [head, *(body[k] for k in order)]
    if kind == "repeat row" and body:
        i = draw(st.integers(0, len(body) - 1))
        return kind, [head, *body[:i + 1], body[i], *body[i + 1:]]
    return "cut bytes", None


def _leaves(obj, path=()):
    """Every path to a value in a JSON object (a key of a dict, an index of a list), the object's own first."""
    out = [path]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _leaves(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:3]):
            out += _leaves(v, path + (i,))
    return out


@st.composite
def json_corruption(draw, obj):
    """A change to a JSON file's object: (what, the new object)."""
    import copy

    obj = copy.deepcopy(obj)
    paths = [p for p in _leaves(obj) if p]
    where = draw(st.sampled_from(paths))
    parent = obj
    for k in where[:-1]:
        parent = parent[k]
    key = where[-1]
    kind = draw(st.sampled_from(["value", "value", "value", "drop key", "rename key"]))
    if kind == "value" or isinstance(parent, list):
        parent[key] = draw(JSON_VALUE)
        return "value", obj
    value = parent.pop(key)
    if kind == "rename key":
        parent[draw(st.sampled_from([str(key).upper(), f"{key}_x", " "]))] = value
    return kind, obj


@st.composite
def corrupted(draw, camp: Path, names=FILES):
    """Corrupt one of the campaign's files ``names`` in place; (the file's name, what was done)."""
    name = draw(st.sampled_from(names))
    path = camp / name
    whole = draw(st.sampled_from(["inside"] * 6 + ["empty", "binary", "folder", "gone"]))
    if whole == "empty":
        path.write_bytes(b"")
    elif whole == "binary":
        path.write_bytes(draw(st.sampled_from([b"\x89PNG\r\n\x1a\n\x00\x00", b"\xff\xfe\x00\x00garbage", b"\x00" * 16,
                                               bytes(range(256))])))
    elif whole in ("folder", "gone"):
        path.unlink()
        if whole == "folder":
            path.mkdir()
    elif path.suffix == ".json":
        kind, obj = draw(json_corruption(json.loads(path.read_text(encoding="utf-8"))))
        path.write_text(json.dumps(obj, allow_nan=True), encoding="utf-8")
        whole = kind
    else:
        whole, rows = draw(csv_corruption(_rows(path)))
        if rows is None:
            data = path.read_bytes()
            path.write_bytes(data[:draw(st.integers(1, max(len(data) - 1, 1)))])
        else:
            _write_rows(path, rows)
    return name, whole


# ------------------------------------------------------------------ the property


_SOUND: dict = {}


def _sound_answer(command: str, sound: Path, work: Path):
    """(exit code, stdout, the derived files as written) of ``command`` on the sound campaign (once per command)."""
    if command not in _SOUND:
        import contextlib

        camp = _fresh(sound, work)
        out, err = io.StringIO(), io.StringIO()
        from planner.cli import main

        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(_argv(command, work))
        assert rc == 0, err.getvalue()[-2000:]
        _SOUND[command] = (rc, out.getvalue(), _derived(camp))
    return _SOUND[command]


def _derived(camp: Path) -> dict:
    """The files ``measure`` derives, without their wall times."""
    out = {}
    for name in DERIVED:
        if (camp / name).is_file():
            table = pd.read_csv(camp / name, dtype=str, keep_default_na=False)
            out[name] = table.drop(columns=[c for c in TIMED if c in table.columns]).to_csv(index=False)
    return out


@pytest.mark.parametrize("command", list(COMMANDS))
@FUZZ
@given(data=st.data())
def test_a_command_on_a_folder_with_one_corrupted_file_answers_or_refuses_naming_it_writing_nothing(
        command, data, sound, tmp_path_factory, capsys):
    work = tmp_path_factory.getbasetemp() / f"corrupt-{command.replace(' ', '')}"
    _, sound_out, sound_derived = _sound_answer(command, sound, work)
    camp = _fresh(sound, work)
    name, how = data.draw(corrupted(camp))
    before, users = _state(camp), _user_files(sound, work)
    reads, writes = COMMANDS[command][1], COMMANDS[command][2]

    rc, out, err = run_cli(_argv(command, work), capsys)
    told = f"{command} with {name} ({how})"
    assert "Traceback" not in out + err, f"{told}: {err[-3000:]}"
    if command == "measure" and name in DERIVED and how != "folder":
        assert rc == 0, f"{told}: measure did not write the file again: {err[-2000:]}"
    if rc != 0:
        assert_cli_refusal(rc, err, "plan" if command == "plan" else "replan" if command == "replan" else "campaign")
        assert name in err, f"{told}: the refusal names another file: {err}"
        assert not (name not in reads and not (name in writes and how == "folder")), f"{told}: refused, unread: {err}"
        assert _state(camp) == before, f"{told}: a file of the campaign changed on a refusal"
        assert _user_files(sound, work) == users and not any((work / o).exists() for o in OUTPUTS), told
        return
    assert rc == 0, f"{told}: exit {rc}: {err[-2000:]}"
    assert not NOT_A_NUMBER.search(out + err), f"{told}: {out}{err}"
    if name == QUESTION and command in ("status", "measure", "add", "add --source", "export"):
        from planner.campaign.files import question_problem

        if question_problem(camp) is not None or (camp / QUESTION).is_dir():
            assert "treated as no question asked" in out, f"{told}: {out}"
    elif name not in reads:
        assert out == sound_out, f"{told}: the answer changed, though the command does not read the file"
    if command == "measure" and name in DERIVED:
        assert _derived(camp) == sound_derived, f"{told}: measure did not write the derived files again"
