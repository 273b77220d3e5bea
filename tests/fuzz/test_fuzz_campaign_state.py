"""Hostile input to a campaign's own state and to what comes back into it: hand-edited and half-written state
files, a folder held by another command, commands run side by side, Label Studio's exports as its converter
writes them (ids overwritten, controls that are not one choice, cancelled and repeated annotations), and ids of
every character class. Each case names what it expects (kept, or refused with a phrase) before it runs; a
refusal is one line, exit 2, and leaves every file of the campaign as it was."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.campaign import state, steps
from planner.campaign.state import ASKED, LABELS, SETTINGS, Campaign, batch_paths
from tests.fuzz.conftest import EXAMPLES, FUZZ
from tests.fuzz.promise import assert_cli_refusal, refused, run_cli

ROOT = Path(__file__).resolve().parents[2]
#: Properties that run whole campaigns per example get a fifth of the budget (at least 5).
SLOW = settings(FUZZ, max_examples=max(5, EXAMPLES // 5))


def _campaign(root: Path, ids=None, *, id_column: str = "id") -> Path:
    ids = list(ids) if ids is not None else [f"x{i}" for i in range(40)]
    rng = np.random.default_rng(0)
    pool = root / "pool.csv"
    pd.DataFrame({id_column: ids, "f1": rng.normal(size=len(ids)), "f2": rng.normal(size=len(ids))}).to_csv(
        pool, index=False, quoting=csv.QUOTE_NONNUMERIC)
    steps.start(root / "camp", pool, id_column=id_column, initial=6, batch_size=4, test_size=6)
    return root / "camp"


def _tasks(camp: Path) -> list[dict]:
    return json.loads(batch_paths(camp, 0)[1].read_text(encoding="utf-8"))


def _annotation(n: int, label, *, cancelled: bool = False, kind: str = "choices", name: str = "label") -> dict:
    value = {"choices": [label]} if kind == "choices" else {kind: label}
    return {"id": 900 + n, "completed_by": 1, "was_cancelled": cancelled, "lead_time": 3.5,
            "created_at": "2026-11-20T10:15:00.000000Z", "updated_at": "2026-11-20T10:15:00.000000Z",
            "result": [{"id": f"r{n}", "from_name": name, "to_name": "text", "type": kind, "value": value,
                        "origin": "manual"}]}


def _full(camp: Path, answer: Callable[[int, dict], list]) -> list[dict]:
    """Label Studio's full JSON export of round 0's tasks, ``answer(n, task)`` giving each task's annotations."""
    return [{"id": 61 + n, "data": t["data"], "annotations": answer(n, t), "predictions": [], "meta": {},
             "project": 3, "inner_id": n + 1} for n, t in enumerate(_tasks(camp))]


def _min(camp: Path, label_of: Callable[[int, dict], object], *, name: str = "label", keep_id: bool = True
         ) -> list[dict]:
    """convert_to_json_min's records of round 0's tasks: the data, ``id`` set to the task id, the answer under
    the control's name, then the annotation's fields over the data's."""
    out = []
    for n, t in enumerate(_tasks(camp)):
        record = dict(t["data"]) if keep_id else {k: v for k, v in t["data"].items() if k != "alplan_id"}
        record["id"] = 61 + n
        record[name] = label_of(n, t)
        record.update({"annotator": 1, "annotation_id": 900 + n, "created_at": "2026-11-20T10:15:00.000000Z",
                       "updated_at": "2026-11-20T10:15:00.000000Z", "lead_time": 3.5})
        out.append(record)
    return out


@dataclass(frozen=True)
class Case:
    """One hostile input: ``expect`` is ``"kept: N"`` (N labels added) or ``"refused: PHRASE"``."""

    name: str
    expect: str
    make: Callable[[Path, Path], list]   # (tmp, camp) -> argv after `alplan campaign`


def _write(path: Path, obj) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _edit_settings(camp: Path, edit) -> None:
    settings = json.loads((camp / SETTINGS).read_text())
    (camp / SETTINGS).write_text(json.dumps(edit(settings)))


CASES = [
    # ---- the campaign's own state, edited or cut short by hand
    Case("campaign.json cut in half", "refused: cannot read",
         lambda tmp, camp: ((camp / SETTINGS).write_text((camp / SETTINGS).read_text()[:200]), ["status", camp])[1]),
    Case("campaign.json a list", "refused: it holds a list",
         lambda tmp, camp: ((camp / SETTINGS).write_text("[1, 2]"), ["next", camp])[1]),
    Case("round -1", "refused: 'round' is -1",
         lambda tmp, camp: (_edit_settings(camp, lambda s: {**s, "round": -1}), ["status", camp])[1]),
    Case("a random stream that is not one", "refused: 'query_rng' is",
         lambda tmp, camp: (_edit_settings(camp, lambda s: {**s, "query_rng": {"bit_generator": "MT19937"}}),
                            ["next", camp])[1]),
    Case("decide_at set by hand past the pool", "refused: 'decide_at' is 100,000, more training labels than the pool",
         lambda tmp, camp: (_edit_settings(camp, lambda s: {**s, "decide_at": 100_000}), ["status", camp])[1]),
    Case("labels.csv's used_from edited to text", "refused: is not a whole number",
         lambda tmp, camp: ((camp / LABELS).write_text('"id","label","used_from","source"\n"x1","a","soon","f"\n'),
                            ["status", camp])[1]),
    Case("asked.csv without its score column", "refused: has the columns",
         lambda tmp, camp: (pd.read_csv(camp / ASKED, dtype=str).drop(columns="score").to_csv(camp / ASKED,
                                                                                                index=False),
                            ["status", camp])[1]),
    # ---- Label Studio's exports
    Case("full JSON, one annotation per task", "kept: 12",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", _full(camp, lambda n, t: [_annotation(n, "ab"[n % 2])]))]),
    Case("full JSON, every annotation cancelled", "kept: 0",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", _full(
             camp, lambda n, t: [_annotation(n, "a", cancelled=True)]))]),
    Case("full JSON of an old Label Studio ('completions')", "kept: 12",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", [
             {"id": t["id"], "data": t["data"], "completions": t["annotations"]}
             for t in _full(camp, lambda n, t: [_annotation(n, "ab"[n % 2])])])]),
    Case("full JSON, two annotators who disagree", "refused: has two labels",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", _full(
             camp, lambda n, t: [_annotation(n, "a"), _annotation(n + 50, "b")]))]),
    Case("full JSON, a taxonomy answer", "refused: taxonomy answer (control 'kind')",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", _full(
             camp, lambda n, t: [_annotation(n, [["A", "B"]], kind="taxonomy", name="kind")]))]),
    Case("full JSON, a rating answer", "refused: rating answer",
         lambda tmp, camp: ["add", camp, _write(tmp / "e.json", _full(
             camp, lambda n, t: [_annotation(n, 4, kind="rating", name="stars")]))]),
    Case("JSON-MIN, id overwritten by the task id", "kept: 12",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: "ab"[n % 2]))]),
    Case("JSON-MIN, the control named role (the role field overwritten)", "kept: 12",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: "ab"[n % 2], name="role")),
                            "--label-column", "role"]),
    Case("JSON-MIN, the control named id", "kept: 12",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: "ab"[n % 2], name="id")),
                            "--label-column", "id"]),
    Case("JSON-MIN of tasks without alplan_id", "refused: export the project as JSON (not JSON-MIN)",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: "a", keep_id=False))]),
    Case("JSON-MIN, several choices", "refused: several choices",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: [{"choices": ["a", "b"]}]))]),
    Case("JSON-MIN, a textarea answer under another name", "refused: text answer (control 'note')",
         lambda tmp, camp: ["add", camp, _write(tmp / "m.json", _min(camp, lambda n, t: [{"text": ["x", "y"]}],
                                                                       name="note"))]),
    Case("Label Studio's CSV re-saved by Excel (BOM, CRLF)", "kept: 12",
         lambda tmp, camp: ["add", camp, _excel(tmp / "e.csv", _min(camp, lambda n, t: "ab"[n % 2]))]),
    Case("an empty export", "kept: 0", lambda tmp, camp: ["add", camp, _write(tmp / "e.json", [])]),
]


def _excel(path: Path, records: list[dict]) -> Path:
    keys = sorted({k for r in records for k in r})
    buf = [",".join(f'"{k}"' for k in keys)]
    for r in records:
        buf.append(",".join(f'"{r[k]}"' if isinstance(r.get(k), str) else str(r.get(k, "")) for k in keys))
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(buf).encode("utf-8") + b"\r\n")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_case_gets_what_it_expects(case, tmp_path, capsys):
    camp = _campaign(tmp_path)
    kind, _, detail = case.expect.partition(": ")
    argv = case.make(tmp_path, camp)
    before = {p.relative_to(camp): p.read_bytes() for p in camp.rglob("*") if p.is_file()}
    rc, out, err = run_cli(["campaign", *argv], capsys)
    if kind == "refused":
        assert_cli_refusal(rc, err, "campaign")
        assert detail in err, err
        assert {p.relative_to(camp): p.read_bytes() for p in camp.rglob("*") if p.is_file()} == before
    else:
        assert rc == 0, err
        assert f"added {int(detail):,} labels" in out, out
        assert out.strip().splitlines()[-1].startswith("next: ")
        held = Campaign.load(camp).labels
        assert held["id"].is_unique and set(held["id"]) <= set(Campaign.load(camp).asked["id"])


def test_a_folder_another_command_holds_is_waited_for_then_refused_in_one_line(tmp_path, capsys, monkeypatch):
    # expected: a line at once that it waits (naming the holder), then refused in one line, "has held the
    # campaign's lock", nothing written
    camp = _campaign(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from planner.campaign.state import "
                               "locked\nwith locked(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)",
                               str(camp)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(state, "LOCK_TIMEOUT", 0.5)
        pd.DataFrame({"id": ["x1"], "label": ["a"]}).to_csv(tmp_path / "l.csv", index=False)
        rc, _, err = run_cli(["campaign", "add", camp, tmp_path / "l.csv"], capsys)
        waiting, refusal = err.strip().splitlines()
        assert waiting.startswith("waiting for the campaign's lock ") and f"(process {holder.pid}: " in waiting
        assert_cli_refusal(rc, refusal, "campaign")
        assert f"another alplan command (process {holder.pid}: " in refusal
        assert "has held the campaign's lock" in refusal
    finally:
        holder.kill()
        holder.wait()
    assert Campaign.load(camp).labels.empty


def test_leftovers_of_a_killed_command_are_swept_by_the_next_one(tmp_path, capsys):
    # expected: kept; the temporary copies and the start marker a kill left are gone after the next `add`
    camp = _campaign(tmp_path)
    for name in (".asked.csv.k1ll3d", ".labels.csv.x", ".campaign-starting", "batches/.round-000.csv.q"):
        (camp / name).write_text("half")
    ids = Campaign.load(camp).asked["id"].tolist()
    pd.DataFrame({"id": ids, "label": ["a", "b"] * 6}).to_csv(tmp_path / "l.csv", index=False)
    rc, out, err = run_cli(["campaign", "add", camp, tmp_path / "l.csv"], capsys)
    assert rc == 0, err
    kept = sorted(p.name for p in camp.rglob(".*") if ".cache" not in p.relative_to(camp).parts)
    assert kept == [".campaign.lock"]   # the measure's cache (.cache/) is no leftover


def test_adds_and_measures_side_by_side_keep_every_label(tmp_path):
    # expected: kept; 3 adds of disjoint files and a status, run at once, leave all 12 labels
    camp = _campaign(tmp_path)
    ids = Campaign.load(camp).asked["id"].tolist()
    files = []
    for k in range(3):
        path = tmp_path / f"p{k}.csv"
        pd.DataFrame({"id": ids[4 * k:4 * k + 4], "label": ["a", "b", "a", "b"]}).to_csv(path, index=False)
        files.append(["add", str(camp), str(path)])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-m", "planner.cli", "campaign", *argv], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for argv in (*files, ["status", str(camp)])]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, outs
    assert sorted(Campaign.load(camp).labels["id"]) == sorted(ids)


#: Ids of every character class: letters, marks, numbers, punctuation, symbols, separators, controls, formats.
EVERY_CLASS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=10)


@SLOW
@given(ids=st.lists(EVERY_CLASS, min_size=30, max_size=40), export=st.sampled_from(["csv", "json", "min"]))
def test_ids_of_every_character_class_go_out_and_come_back_the_same(tmp_path_factory, capsys, ids, export):
    # expected: kept; every asked id is a pool id, comes back through the export as itself, is asked once
    ids = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
    if len(ids) < 24:
        return
    tmp = tmp_path_factory.mktemp("ids")
    camp = _campaign(tmp, ids)
    asked = Campaign.load(camp).asked["id"].tolist()
    assert set(asked) <= set(ids) and len(set(asked)) == len(asked)
    if export == "csv":
        path = tmp / "l.csv"
        pd.DataFrame({"id": asked, "label": ["a", "b"] * 6}).to_csv(path, index=False, quoting=csv.QUOTE_ALL)
    elif export == "json":
        path = _write(tmp / "e.json", _full(camp, lambda n, t: [_annotation(n, "ab"[n % 2])]))
    else:
        path = _write(tmp / "m.json", _min(camp, lambda n, t: "ab"[n % 2]))
    rc, out, err = run_cli(["campaign", "add", camp, path], capsys)
    assert rc == 0, err
    held = Campaign.load(camp).labels
    assert sorted(held["id"]) == sorted(asked)
    rc, out, err = run_cli(["campaign", "next", camp], capsys)
    assert rc == 0, err
    after = Campaign.load(camp).asked
    assert after["id"].is_unique and set(after["id"]) <= set(ids)


#: The training labels the 40-id pool of :func:`_campaign` can give: its rows less its 6 test ids.
POOL_GIVES = 34
DECIDE_AT = st.one_of(st.integers(-3, 10**6), st.sampled_from([0, 1, 33, 34, 35, 40, 100_000, 10**18, True, 2.5,
                                                                "34", None]),
                      st.floats(allow_nan=True, allow_infinity=True))


@FUZZ
@given(at=DECIDE_AT)
def test_decide_at_set_by_hand_is_kept_only_within_what_the_pool_can_give(tmp_path_factory, capsys, at):
    """campaign.json's ``decide_at`` is read by every command through its one reader: a whole count the pool can
    give is kept and quoted; any other value is refused in one line naming the file and the field."""
    camp = _campaign(tmp_path_factory.mktemp("decide-at"))
    _edit_settings(camp, lambda s: {**s, "decide_at": at})
    before = {p.relative_to(camp): p.read_bytes() for p in camp.rglob("*") if p.is_file()}
    rc, out, err = run_cli(["campaign", "status", camp], capsys)
    sound = at is None or (isinstance(at, int) and not isinstance(at, bool) and 1 <= at <= POOL_GIVES)
    if sound:
        assert rc == 0, err
        return
    assert_cli_refusal(rc, err, "campaign")
    assert "campaign.json" in err and "'decide_at'" in err, err
    assert {p.relative_to(camp): p.read_bytes() for p in camp.rglob("*") if p.is_file()} == before


@FUZZ
@given(at=st.one_of(st.none(), st.integers(1, 10**6)), strategy=st.sampled_from(["random", "margin"]),
       initial=st.integers(1, 34))
def test_start_writes_no_decide_at_its_own_reader_refuses(tmp_path_factory, capsys, at, strategy, initial):
    """``campaign start --decide-at N`` past what the pool can give is refused; a random campaign's default (its
    initial labels doubled) is held within it; whatever start writes, ``status`` reads."""
    root = tmp_path_factory.mktemp("start-at")
    rng = np.random.default_rng(0)
    pd.DataFrame({"id": [f"x{i}" for i in range(40)], "f1": rng.normal(size=40)}).to_csv(root / "pool.csv",
                                                                                          index=False)
    argv = ["campaign", "start", root / "camp", "--pool", root / "pool.csv", "--strategy", strategy, "--initial",
            initial, "--batch-size", 4, "--test-size", 6, *([] if at is None else ["--decide-at", at])]
    rc, out, err = run_cli(argv, capsys)
    if at is not None and at > POOL_GIVES:
        assert_cli_refusal(rc, err, "campaign")
        assert "--decide-at" in err and not (root / "camp").exists()
        return
    assert rc == 0, err
    written = json.loads((root / "camp" / SETTINGS).read_text()).get("decide_at")
    assert written is None or 1 <= written <= POOL_GIVES
    rc, out, err = run_cli(["campaign", "status", root / "camp"], capsys)
    assert rc == 0, err
