"""The kept answer (``answer.json``) and the campaign's files read as a database: a kept command is rendered for the
folder as the user names it (a copy, a path from a sibling folder), a kept answer of another layout is taken again,
and a file that is not a regular file (a FIFO) is refused or ignored at once, never waited on."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from campaign_fixtures import breast_cancer_files, run_campaign

from planner.cli import main
from planner.decide.campaign.answer import SCHEMA_VERSION
from planner.campaign import steps
from planner.campaign.cache import CACHE
from planner.campaign.standing import read_answer, write_answer
from planner.campaign.state import (ANSWER, ASKED, CURVE, LABELS, LOCK, MEASURED, QUESTION, SETTINGS,
                                        SOURCE_CURVE, SOURCE_SETTINGS, SOURCES, SPLIT)

ROOT = Path(__file__).resolve().parents[3]
PLAN = ["--target", "0.99", "--label-price", "1"]


@pytest.fixture(scope="module")
def asked(tmp_path_factory):
    """A random campaign of 50 training labels (5 a round), measured and asked once (its answer kept: an order
    named by the forecast)."""
    work = tmp_path_factory.mktemp("kept")
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "orig"
    steps.start(camp, pool, strategy="random", initial=10, batch_size=5, test_size=40, seed=3)
    run_campaign(camp, truth.astype({"id": str, "label": str}), 8, work)
    assert main(["plan", str(camp), *PLAN]) == 0
    assert read_answer(camp)["answer"]["command"].startswith(f"alplan campaign next {camp} ")
    return camp


def _next(capsys, argv) -> str:
    capsys.readouterr()
    assert main(argv) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("next: `")]
    assert len(lines) == 1
    return lines[0].split("`")[1]


def test_a_copied_folder_s_kept_command_acts_on_the_copy(asked, tmp_path, capsys):
    copy = Path(shutil.copytree(asked, tmp_path / "copy"))
    kept = read_answer(asked)["answer"]["command"]
    command = _next(capsys, ["campaign", "status", str(copy)])
    assert command == kept.replace(str(asked), str(copy)) and str(asked) not in command
    assert main(["campaign", "status", str(copy), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)["answer"]
    assert got["campaign"]["folder"] == str(copy) and got["answer"]["command"] == command


def test_a_folder_named_from_a_sibling_gets_a_command_that_runs_from_there(asked, tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    shutil.copytree(asked, work / "camp")
    (work / "sibling").mkdir()
    monkeypatch.chdir(work / "sibling")
    command = _next(capsys, ["campaign", "status", "../camp"])
    words = shlex.split(command)
    assert words[:4] == ["alplan", "campaign", "next", "../camp"]
    assert main(words[1:]) == 0   # runs as printed, from where the user stands
    assert (work / "camp" / "batches").is_dir()


def test_a_kept_lead_s_export_is_rendered_for_the_folder_named(tmp_path):
    import pandas as pd

    from planner.decide.campaign.answer import CampaignAnswer, Lead
    from planner.decide.campaign.next_step import CampaignFacts
    from planner.decide.campaign.answer import for_folder

    facts = CampaignFacts(folder="orig", strategy="random", batch_size=10, train_labels=60, test_labels=40, left=100,
                          rounds=pd.DataFrame())
    lead = Lead("source", {"source": "llm", "labels": 60, "kind": "source"},
                "alplan campaign export orig --source llm --labels 60 --out orig-llm-60.csv")
    kept = CampaignAnswer.from_dict(CampaignAnswer("stop", "met", facts, target=0.9, lead=lead).to_dict())
    got = for_folder(kept, "../my camp")
    assert got.lead.command == ("alplan campaign export '../my camp' --source llm --labels 60 --out "
                                "'../my camp-llm-60.csv'")
    assert got.facts.folder == "../my camp" and kept.facts.folder == "orig" and got.command is None
    assert got.to_dict()["campaign"] == {**kept.to_dict()["campaign"], "folder": "../my camp"}


@pytest.mark.parametrize("version", [1, 3, "2", 2.0, None])
def test_a_kept_answer_of_another_layout_is_taken_again_never_repeated(asked, tmp_path, capsys, version):
    copy = Path(shutil.copytree(asked, tmp_path / "copy"))
    record = read_answer(copy)
    old = {**record, "schema_version": version, "answer": {**record["answer"], "command": "alplan campaign next x"}}
    write_answer(copy, old)   # sealed: it reads as written
    assert read_answer(copy)["schema_version"] == version
    capsys.readouterr()
    assert main(["campaign", "status", str(copy), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)["answer"]
    assert got["schema_version"] == SCHEMA_VERSION and type(got["schema_version"]) is int
    assert got["answer"]["command"] != "alplan campaign next x"


#: Every file of a campaign a command reads, and what reads it.
FILES = (QUESTION, ANSWER, SETTINGS, ASKED, LABELS, MEASURED, CURVE, SPLIT, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE,
         LOCK, f"{CACHE}/rounds.json")


#: Each case ``alplan campaign COMMAND FOLDER`` in a process of its own, forked from one interpreter that loaded the
#: CLI and the libraries the commands read with once: the case's exit code and stderr, or "waited" where it ran past
#: its ``limit`` seconds (then killed).
_FORKED = r"""
import importlib, json, os, sys, time, traceback
from planner.cli import main
for name in ("numpy", "pandas", "pyarrow.parquet", "scipy.stats", "scipy.optimize", "planner.cli.campaign",
             "planner.campaign.measuring", "planner.campaign.service"):
    importlib.import_module(name)
limit, results = float(sys.argv[2]), []
for argv, cwd, err in json.loads(sys.argv[1]):
    pid = os.fork()
    if pid == 0:
        os.chdir(cwd)
        os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        try:
            rc = main(argv)
        except SystemExit as stop:
            rc = stop.code if isinstance(stop.code, int) else 1
        except BaseException:
            traceback.print_exc()
            rc = 1
        sys.stdout.flush(); sys.stderr.flush()
        os._exit(rc or 0)
    deadline = time.monotonic() + limit
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    if done[0] == 0:
        os.kill(pid, 9); os.waitpid(pid, 0)
        results.append("waited")
    else:
        results.append(os.waitstatus_to_exitcode(done[1]))
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def fifo_runs(asked, tmp_path_factory):
    """{(command, name): (exit code or "waited", stderr)}: each command on its own copy of ``asked`` whose file
    ``name`` is a FIFO."""
    cases = []
    for command in ("status", "measure"):
        for name in FILES:
            work = tmp_path_factory.mktemp("fifo")
            copy = Path(shutil.copytree(asked, work / "copy"))
            (copy / name).unlink(missing_ok=True)
            os.mkfifo(copy / name)
            cases.append(((command, name), ["campaign", command, str(copy)], str(work), str(work / "stderr.txt")))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _FORKED, json.dumps([c[1:] for c in cases]), "60"], env=env,
                          capture_output=True, text=True, timeout=60 * len(cases) + 120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    codes = json.loads(proc.stdout.splitlines()[-1])
    assert len(codes) == len(cases)
    return {key: (rc, Path(err).read_text()) for (key, _, _, err), rc in zip(cases, codes)}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("command", ["status", "measure"])
def test_a_campaign_file_that_is_a_fifo_is_refused_or_ignored_at_once(fifo_runs, name, command):
    returncode, stderr = fifo_runs[command, name]
    if returncode == "waited":
        pytest.fail(f"`campaign {command}` waited on {name}, a FIFO")
    assert returncode in (0, 2) and "Traceback" not in stderr, stderr
    if returncode == 2:
        assert len(stderr.strip().splitlines()) == 1 and name.split("/")[-1] in stderr
