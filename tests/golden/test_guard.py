"""``alplan plan``, ``budget``, ``replan`` and ``hybrid`` print what they printed when the outputs were recorded
(``python tests/golden/make_guard.py``): text and ``--json``, on the README's example and on the fuzz suites'
representative tables. A change of structure moves no number and no word.

The comparison is the same on every machine, and it is ``test_golden``'s: every line and every word as recorded,
and every number (a JSON value, or a figure inside a line of text) within the goldens' relative tolerance
``RTOL``. Another CPU's floating-point kernels move the last digits of a float; a reader sees none of that, and it
passes. A printed figure of up to four significant digits moved by one, a changed word, or a lost line fails: the
tests below feed the comparison the recorded outputs, altered each way.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest

from .make_guard import CASES, EXPECTED, printed
from .test_golden import _FIGURE, _diff

RUNS = [(case, suffix) for case in CASES for suffix in ("txt", "json")]
IDS = [f"{c}-{s}" for c, s in RUNS]
TEXTS = list(CASES)


def differences(suffix: str, out: str, err: str, want: str, want_err: str) -> list[str]:
    """Where the printed ``out`` and ``err`` differ from the recorded ``want`` and ``want_err`` (JSON value by
    value, text line by line; every number within the goldens' tolerance, every word the same)."""
    if suffix == "json":
        got_out, want_out = json.loads(out), json.loads(want)
    else:
        got_out, want_out = out.splitlines(), want.splitlines()
    return _diff(got_out, want_out) + _diff(err.splitlines(), want_err.splitlines(), "stderr")


def recorded(case: str, suffix: str) -> tuple[str, str]:
    """The recorded stdout and stderr of ``case`` as ``suffix`` (``txt`` or ``json``)."""
    err = EXPECTED / f"{case}.{suffix}.err"
    return ((EXPECTED / f"{case}.{suffix}").read_bytes().decode("utf-8"),
            err.read_bytes().decode("utf-8") if err.exists() else "")


def against_recorded(case: str, suffix: str, out: str, err: str | None = None) -> list[str]:
    """:func:`differences` of ``out`` (and ``err``, else the recorded stderr) from ``case``'s recorded output."""
    want, want_err = recorded(case, suffix)
    return differences(suffix, out, want_err if err is None else err, want, want_err)


@pytest.mark.parametrize(("case", "suffix"), RUNS, ids=IDS)
def test_the_cli_prints_the_recorded_output(case, suffix, monkeypatch):
    monkeypatch.setenv("ALPLAN_WORKERS", "1")
    rc, out, err = printed([*CASES[case], *(["--json"] if suffix == "json" else [])])
    assert rc == 0, err
    found = against_recorded(case, suffix, out, err)
    assert not found, f"{case} ({suffix}) prints other than recorded:\n" + "\n".join(found[:20])


# --- the comparison itself, on the recorded outputs ----------------------------------------------------------------

def _numbers(value, change):
    """``value`` (parsed JSON) with every number (not a bool) ``x`` replaced by ``change(x)``."""
    if isinstance(value, dict):
        return {k: _numbers(v, change) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v, change) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return change(value)
    return value


def _leaves(value, where=()):
    """The paths to every number (not a bool) of ``value`` (parsed JSON)."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*where, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*where, i))]
    return [where] if isinstance(value, (int, float)) and not isinstance(value, bool) else []


def _set(value, path, new):
    """A copy of ``value`` (parsed JSON) with the leaf at ``path`` set to ``new``."""
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _set(value[path[0]], path[1:], new)
    return copy


def _get(value, path):
    for key in path:
        value = value[key]
    return value


def _significant(figure: str) -> int:
    """How many significant digits a printed figure has (``16,150``: 5; ``0.4``: 1)."""
    return len(re.sub(r"\D", "", figure).lstrip("0"))


def _last_digit_moved(figure: str) -> str:
    """``figure`` with its last digit moved by one (down from 9, else up), no carry."""
    at = max(i for i, c in enumerate(figure) if c.isdigit())
    return figure[:at] + ("8" if figure[at] == "9" else str(int(figure[at]) + 1)) + figure[at + 1:]


@pytest.mark.parametrize("case", TEXTS)
def test_another_machines_last_digits_pass(case):
    want, _ = recorded(case, "json")
    flip = itertools.cycle((1e-8, -1e-8))
    # every float off by a relative 1e-8, as another OpenBLAS kernel computes it (1.4109942203193802 recorded,
    # 1.410994236402817 on another machine)
    moved = _numbers(json.loads(want), lambda x: x * (1 + next(flip)) if isinstance(x, float) else x)
    assert moved != json.loads(want)
    assert not against_recorded(case, "json", json.dumps(moved, indent=2))
    # a count of six digits or more moved by one in its last digit, as a far extrapolation moves with the kernel
    text, _ = recorded(case, "txt")
    far = _FIGURE.sub(lambda m: _last_digit_moved(m.group()) if _significant(m.group()) >= 6 else m.group(), text)
    assert not against_recorded(case, "txt", far)


def test_the_kernel_difference_another_machine_printed_passes():
    want, _ = recorded("readme.plan", "json")
    assert '"extrapolation_ratio": 1.4109942203193802' in want
    assert not against_recorded("readme.plan", "json",
                                want.replace("1.4109942203193802", "1.410994236402817"))


@pytest.mark.parametrize("case", TEXTS)
def test_a_printed_figure_moved_by_one_fails(case):
    text, _ = recorded(case, "txt")
    figures = [m for m in _FIGURE.finditer(text) if _significant(m.group()) <= 4]
    assert figures
    for m in figures:
        moved = text[:m.start()] + _last_digit_moved(m.group()) + text[m.end():]
        assert against_recorded(case, "txt", moved), (case, m.group(), text[max(m.start() - 40, 0):m.end() + 40])


@pytest.mark.parametrize("case", TEXTS)
def test_a_json_number_moved_a_tenth_of_a_percent_or_one_unit_fails(case):
    want = json.loads(recorded(case, "json")[0])
    paths = _leaves(want)
    assert paths
    for path in paths:
        x = _get(want, path)
        new = x + 1 if isinstance(x, int) and abs(x) < 1000 else x + max(abs(x), 1e-3) * 1e-3
        assert against_recorded(case, "json", json.dumps(_set(want, path, new))), (case, path, x, new)


@pytest.mark.parametrize("case", TEXTS)
def test_a_changed_word_or_a_lost_or_added_line_fails(case):
    text, _ = recorded(case, "txt")
    lines = text.splitlines(keepends=True)
    for i in range(len(lines)):
        assert against_recorded(case, "txt", "".join(lines[:i] + lines[i + 1:])), (case, "line lost", i)
        assert against_recorded(case, "txt", "".join(lines[:i + 1] + lines[i:])), (case, "line twice", i)
    for m in re.finditer(r"[A-Za-z]{2,}", text):
        word = m.group()
        changed = word[:-1] + ("a" if word[-1] != "a" else "b")
        assert against_recorded(case, "txt", text[:m.start()] + changed + text[m.end():]), (case, word)


@pytest.mark.parametrize(("old", "new"), [("254", "264"), ("98%", "97%"), ("saving $369", "saving $379"),
                                          ("recommended", "recommend"), ("$2.23", "$2.24")])
def test_the_readme_plan_fails_a_moved_number_or_word(old, new):
    text, _ = recorded("readme.plan", "txt")
    assert old in text
    assert against_recorded("readme.plan", "txt", text.replace(old, new, 1))
    assert against_recorded("readme.plan", "txt", "\n".join(text.splitlines()[:-1]))   # its last line lost


def test_the_readme_plans_json_fails_a_moved_number_a_changed_word_or_a_lost_key():
    want = json.loads(recorded("readme.plan", "json")[0])
    random = want["strategies"][0]
    assert random["strategy"] == "random" and random["labels"] == 254
    for key, value in [("labels", 264), ("probability_cheapest", 0.03), ("basis", "measured"), ("warning", "")]:
        changed = {**want, "strategies": [{**random, key: value}, *want["strategies"][1:]]}
        assert against_recorded("readme.plan", "json", json.dumps(changed)), key
    lost = {**want, "strategies": [{k: v for k, v in random.items() if k != "asymptote"}, *want["strategies"][1:]]}
    assert against_recorded("readme.plan", "json", json.dumps(lost))
    assert against_recorded("readme.plan", "json", json.dumps({**want, "extra": 1}))
