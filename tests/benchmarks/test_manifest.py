"""planner/data/MANIFEST.csv: every shipped table is listed with the command that rebuilds it."""

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "planner" / "data"


def _manifest() -> list[dict]:
    with open(DATA / "MANIFEST.csv", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["table", "builder", "corpus", "commit"]
        return list(reader)


def test_every_file_in_planner_data_is_listed_once():
    tables = [r["table"] for r in _manifest()]
    assert len(tables) == len(set(tables))
    assert set(tables) == {p.name for p in DATA.iterdir() if p.is_file() and p.name != "MANIFEST.csv"}


def test_every_builder_names_scripts_and_flags_that_exist():
    for r in _manifest():
        assert r["corpus"].strip() and re.fullmatch(r"[0-9a-f]{7,40}", r["commit"]), r["table"]
        if r["builder"].startswith("hand-written"):
            continue
        assert f"planner/data/{r['table']}" in r["builder"], r["table"]   # the command writes the table it lists
        for command in r["builder"].split("&&"):
            words = command.split()
            scripts = [w for w in words if w.startswith("benchmarks/") and w.endswith(".py")]
            if not scripts:
                continue
            script = ROOT / scripts[0]
            assert script.is_file(), f"{r['table']}: {script} does not exist"
            text = script.read_text()
            for flag in (w for w in words[words.index(scripts[0]) + 1:] if w.startswith("--")):
                assert f'"{flag}"' in text, f"{r['table']}: {scripts[0]} has no {flag}"


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="no git history here")
def test_each_commit_is_the_last_one_that_wrote_its_table():
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
    if shallow == "true":
        pytest.skip("a shallow clone: its oldest commit seems to write every table")
    for r in _manifest():
        last = subprocess.run(["git", "log", "-1", "--format=%H", "--", f"planner/data/{r['table']}"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()
        if not last:
            pytest.skip("a shallow history without the tables' commits")
        assert last.startswith(r["commit"]), f"{r['table']}: last written by {last[:7]}, the manifest says {r['commit']}"


def test_every_builder_script_starts():
    """Each builder imports what it needs from the planner as it is now (``--help`` runs its imports)."""
    scripts = sorted({w for r in _manifest() for w in r["builder"].split()
                      if w.startswith("benchmarks/") and w.endswith(".py")})
    assert scripts
    for script in scripts:
        done = subprocess.run([sys.executable, script, "--help"], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0 and "usage" in done.stdout, f"{script}: {done.stderr[-500:]}"
