"""``alplan plan``, ``budget``, ``replan`` and ``hybrid`` print, byte for byte, what they printed when the outputs were
recorded (``python tests/golden/make_guard.py``): text and ``--json``, on the README's example and on the fuzz
suites' representative tables. A change of structure moves no digit and no word.

Bytes are compared on the machine that recorded them (``guard/machine.json``: CPU family, BLAS, library versions).
On another, floating point may differ in the last digits, so the comparison there is ``test_golden``'s: every
number, also inside a sentence, within its relative tolerance, and every word the same.
"""

from __future__ import annotations

import json

import pytest

from .make_guard import CASES, EXPECTED, MACHINE, machine, printed
from .test_golden import _diff

RUNS = [(case, suffix) for case in CASES for suffix in ("txt", "json")]
SAME_MACHINE = json.loads(MACHINE.read_text()) == machine()


def _lines(text: str) -> list[str]:
    return text.splitlines()


@pytest.mark.parametrize(("case", "suffix"), RUNS, ids=[f"{c}-{s}" for c, s in RUNS])
def test_the_cli_prints_the_recorded_bytes(case, suffix, monkeypatch):
    monkeypatch.setenv("ALPLAN_WORKERS", "1")
    rc, out, err = printed([*CASES[case], *(["--json"] if suffix == "json" else [])])
    assert rc == 0, err
    want = (EXPECTED / f"{case}.{suffix}").read_bytes().decode("utf-8")
    err_file = EXPECTED / f"{case}.{suffix}.err"
    want_err = err_file.read_bytes().decode("utf-8") if err_file.exists() else ""
    if SAME_MACHINE:
        assert out == want, f"{case} ({suffix}) prints other bytes than recorded"
        assert err == want_err, f"{case} ({suffix}) writes other bytes to stderr than recorded"
        return
    got_out = json.loads(out) if suffix == "json" else _lines(out)
    want_out = json.loads(want) if suffix == "json" else _lines(want)
    differences = _diff(got_out, want_out) + _diff(_lines(err), _lines(want_err))
    assert not differences, "\n".join(differences[:20])
