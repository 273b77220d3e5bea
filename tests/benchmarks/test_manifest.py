"""planner/data/MANIFEST.csv: every shipped table is listed with the command that rebuilds it."""

import csv
import json
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


#: Each script run as ``python SCRIPT --help`` would run it (its folder first on the path, as ``__main__``), in a
#: process of its own forked from one interpreter that loaded numpy, pandas and scipy once: exit code, stdout, stderr.
_HELP = r"""
import importlib, json, os, runpy, sys, traceback
for name in ("numpy", "pandas", "scipy.optimize", "scipy.stats"):
    importlib.import_module(name)
results = []
for script, out, err in json.loads(sys.argv[1]):
    pid = os.fork()
    if pid == 0:
        os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
        os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
        sys.argv, sys.path[0] = [script, "--help"], os.path.dirname(os.path.abspath(script))
        try:
            runpy.run_path(script, run_name="__main__")
            rc = 0
        except SystemExit as stop:
            rc = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        except BaseException:
            traceback.print_exc()
            rc = 1
        sys.stdout.flush(); sys.stderr.flush()
        os._exit(rc)
    results.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(json.dumps(results))
"""


def test_every_builder_script_starts(tmp_path):
    """Each builder imports what it needs from the planner as it is now (``--help`` runs its imports)."""
    scripts = sorted({w for r in _manifest() for w in r["builder"].split()
                      if w.startswith("benchmarks/") and w.endswith(".py")})
    assert scripts
    cases = [(script, str(tmp_path / f"{i}.out"), str(tmp_path / f"{i}.err")) for i, script in enumerate(scripts)]
    proc = subprocess.run([sys.executable, "-c", _HELP, json.dumps(cases)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120 * len(cases), env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    codes = json.loads(proc.stdout.splitlines()[-1])
    assert len(codes) == len(scripts)
    for (script, out, err), rc in zip(cases, codes):
        stdout, stderr = Path(out).read_text(), Path(err).read_text()
        assert rc == 0 and "usage" in stdout, f"{script}: {stderr[-500:]}"
