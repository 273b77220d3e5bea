"""The CLI's JSON on five fixed curves tables matches the recorded golden outputs.

A deliberate change of numbers regenerates them (``python tests/golden/make_golden.py``) in its own
commit, which says why; any other difference is a regression.

Numbers are compared as statsmodels compares its stored results: with a tolerance, never to the last
digit. Floating-point results differ across machines (BLAS kernels, CPU features, thread counts), and a
count extrapolated far beyond the measurements moves with them. So every number, whether a JSON value
or a figure inside a sentence, must agree within a relative ``RTOL``.
``test_golden_holds_on_other_blas_kernels`` runs the comparison, and the guard's (``test_guard.py``), under
other BLAS kernels and thread counts, as another machine would: the cases dealt among the kernels, so that every
case runs on one other kernel.
"""

from __future__ import annotations

import json
import math
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

from .make_golden import EXPECTED, SHAPES, TABLES, commands

ROOT = Path(__file__).resolve().parents[2]
CASES = [(name, command) for name in SHAPES for command in ("plan", "fit", "replan")]

#: Relative tolerance for every number: far above the last-digit noise of another BLAS kernel
#: (measured: 3e-7 on a label count of 24 million), far below a change a reader would see.
RTOL = 1e-4
#: A figure inside a sentence: a number with optional thousands separators and decimals.
_FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _close(got: float, want: float) -> bool:
    """Whether two numbers agree within ``RTOL``."""
    return math.isclose(got, want, rel_tol=RTOL, abs_tol=1e-9)


def _figures(text: str) -> tuple[list[str], list[float]]:
    """A sentence split into its words and its figures, so figures compare with a tolerance."""
    words = _FIGURE.split(text)
    figures = [float(f.replace(",", "")) for f in _FIGURE.findall(text)]
    return words, figures


def _diff(got, want, where="$"):
    """Paths where ``got`` differs from ``want`` (numbers, also inside strings, within the tolerance)."""
    if isinstance(want, dict) and isinstance(got, dict):
        out = [f"{where}.{k}: missing" for k in want if k not in got]
        out += [f"{where}.{k}: unexpected" for k in got if k not in want]
        for key in want.keys() & got.keys():
            out += _diff(got[key], want[key], f"{where}.{key}")
        return out
    if isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            return [f"{where}: {len(got)} items, want {len(want)}"]
        return [d for i, (g, w) in enumerate(zip(got, want)) for d in _diff(g, w, f"{where}[{i}]")]
    numbers = (int, float)
    if isinstance(got, numbers) and isinstance(want, numbers) \
            and not isinstance(got, bool) and not isinstance(want, bool):
        if _close(got, want):
            return []
    elif isinstance(got, str) and isinstance(want, str):
        (got_words, got_figures), (want_words, want_figures) = _figures(got), _figures(want)
        if got_words == want_words and all(map(_close, got_figures, want_figures)):
            return []
    elif type(got) is type(want) and got == want:
        return []
    return [f"{where}: {got!r}, want {want!r}"]


@pytest.mark.parametrize(("name", "command"), CASES, ids=[f"{n}-{c}" for n, c in CASES])
def test_cli_json_matches_golden(name, command, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = commands(name, (TABLES / f"{name}.csv").relative_to(ROOT))[command]
    assert main(args) == 0
    got = json.loads(capsys.readouterr().out)
    want = json.loads((EXPECTED / f"{name}.{command}.json").read_text())
    differences = _diff(got, want)
    assert not differences, "\n".join(differences[:20])


def test_diff_sees_a_changed_number():
    assert _diff({"a": [1.0, {"b": "x"}]}, {"a": [1.0, {"b": "x"}]}) == []
    assert _diff({"a": [1.001]}, {"a": [1.0]}) == ["$.a[0]: 1.001, want 1.0"]
    assert _diff({"a": "y"}, {"a": "x"}) == ["$.a: 'y', want 'x'"]
    assert _diff({"a": 24320268}, {"a": 24320272}) == []  # another BLAS kernel's last digits
    assert _diff({"a": 24330000}, {"a": 24320272}) != []
    assert _diff({"a": 0}, {"a": 1}) != []
    assert _diff({"a": True}, {"a": 1}) != []


def test_diff_reads_figures_inside_sentences():
    assert _diff("needs 24,320,268 labels", "needs 24,320,272 labels") == []
    assert _diff("needs 25,320,268 labels", "needs 24,320,272 labels") != []
    assert _diff("needs 1,000 labels", "buys 1,000 labels") != []
    assert _diff("P 40%", "P 41%") != []


#: Other machines, as far as one machine can play them: other OpenBLAS kernels and thread counts.
KERNELS = [("Prescott", "1"), ("Haswell", "2"), ("Sandybridge", "1")]


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"), reason="OpenBLAS kernel names are x86's")
@pytest.mark.parametrize(("kernel", "threads"), KERNELS, ids=[f"{k}-{t}" for k, t in KERNELS])
def test_golden_holds_on_other_blas_kernels(kernel, threads):
    from .test_guard import IDS

    env = {**os.environ, "OPENBLAS_CORETYPE": kernel, "OMP_NUM_THREADS": threads,
           "OPENBLAS_NUM_THREADS": threads, "MKL_NUM_THREADS": threads}
    here, guard = Path(__file__).resolve(), Path(__file__).with_name("test_guard.py")
    every = ([f"{here}::test_cli_json_matches_golden[{n}-{c}]" for n, c in CASES]
             + [f"{guard}::test_the_cli_prints_the_recorded_output[{i}]" for i in IDS])
    mine = every[KERNELS.index((kernel, threads))::len(KERNELS)]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *mine],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    assert f"{len(mine)} passed" in run.stdout, run.stdout[-3000:]
