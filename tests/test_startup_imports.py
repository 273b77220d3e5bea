"""The CLI imports only what a command uses: each light command runs in a fresh interpreter, and the heavy packages
left in ``sys.modules`` after it are those it needs (scikit-learn for a wrapped estimator's picks, torch for a
network's, scipy for a measured score's range), never one it does not. The commands and the packages are listed
once, in ``LIGHT`` and ``HEAVY``; ``benchmarks/bench_startup.py`` times the same commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.campaign import standing, steps
from planner.decide.campaign.asked import AskedQuestion
from tests.planner.campaign.campaign_fixtures import breast_cancer_files, label_batch

ROOT = Path(__file__).resolve().parents[1]

#: The packages a light command may not import unless it needs them (top-level names).
HEAVY = ("sklearn", "torch", "altair", "scipy", "pandas", "streamlit", "dask")

#: (name, the arguments after ``alplan`` with FOLDER for a copy of that campaign, the heavy packages it needs).
LIGHT = [
    ("--help", ["--help"], ()),
    ("strategies", ["strategies"], ()),
    ("datasets", ["datasets"], ()),
    ("models", ["models"], ()),
    ("status", ["campaign", "status", "logreg"], ("pandas",)),
    ("status, a target asked", ["campaign", "status", "asked"], ("pandas", "scipy")),   # the measured score's range
    ("next, margin with logreg", ["campaign", "next", "logreg"], ("pandas",)),   # logreg is numpy's
    ("next, random with a forest", ["campaign", "next", "forest", "--strategy", "random"], ("pandas",)),
    ("next, random with an mlp", ["campaign", "next", "mlp", "--strategy", "random"], ("pandas",)),
    ("next, margin with a forest", ["campaign", "next", "forest"], ("pandas", "sklearn", "scipy")),
]

_CHILD = """
import contextlib, io, json, sys
from planner.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        rc = main(sys.argv[1:])
    except SystemExit as stop:
        rc = stop.code
print(json.dumps({"rc": rc, "heavy": sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))}))
"""


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory) -> Path:
    """Campaigns on a small pool with round 0 labeled and measured: ``logreg`` (margin), ``asked`` (the same, a
    target asked), ``forest`` (margin, 5 trees) and ``mlp`` (margin)."""
    work = tmp_path_factory.mktemp("startup")
    pool, _, truth = breast_cancer_files(work, n=200)
    for name, model, params in (("logreg", "logreg", {}), ("forest", "forest", {"n_estimators": 5}),
                                ("mlp", "mlp", {})):
        steps.start(work / name, pool, model=model, model_params=params, strategy="margin", seed=0, initial=30,
                    batch_size=10, test_size=50)
        steps.add_labels(work / name, [label_batch(work / name, 0, truth, work / f"{name}-0.csv")])
    assert main(["campaign", "measure", str(work / "logreg")]) == 0   # measured.csv: the score a target is held to
    shutil.copytree(work / "logreg", work / "asked")
    standing.write_question(work / "asked", AskedQuestion("plan", 0.99, "accuracy", 0.9, None,
                                                          ["--target", "0.99", "--label-price", "0.5"]))
    return work


@pytest.mark.parametrize(("name", "argv", "needs"), LIGHT, ids=[name for name, _, _ in LIGHT])
def test_a_light_command_imports_no_heavy_package_it_does_not_use(name, argv, needs, campaigns, tmp_path):
    if argv[0] == "campaign":   # a copy: `next` writes its batch
        folder = shutil.copytree(campaigns / argv[2], tmp_path / argv[2])
        argv = [*argv[:2], str(folder), *argv[3:]]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{_CHILD}", *argv], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["rc"] == 0, run.stderr[-2000:]
    extra, unused = set(got["heavy"]) - set(needs), set(needs) - set(got["heavy"])
    assert not extra, f"`alplan {' '.join(argv)}` imports {sorted(extra)}, which it does not use"
    assert not unused, f"`alplan {' '.join(argv)}` no longer imports {sorted(unused)}: take it out of LIGHT"
