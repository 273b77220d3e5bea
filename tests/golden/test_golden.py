"""The CLI's JSON on five fixed curves tables matches the recorded golden outputs.

A deliberate change of numbers regenerates them (``python tests/golden/make_golden.py``) in its own
commit, which says why; any other difference is a regression.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from planner.cli import main

from .make_golden import EXPECTED, SHAPES, TABLES, commands

ROOT = Path(__file__).resolve().parents[2]
CASES = [(name, command) for name in SHAPES for command in ("plan", "fit", "replan")]


def _diff(got, want, where="$"):
    """Paths where ``got`` differs from ``want`` (floats within a relative 1e-6)."""
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
    if isinstance(want, float) or isinstance(got, float):
        if isinstance(got, (int, float)) and isinstance(want, (int, float)) and not isinstance(got, bool) \
                and math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-9):
            return []
    elif got == want:
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
