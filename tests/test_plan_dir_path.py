"""Following ``alplan plan DIR --target T`` from the flag to the printed sentence (issue 125): the spine, the planner
files on the call stack where the stop rule decides (:meth:`planner.decide.campaign.stop_rule.StopRule.stops`),
where the act's sentence is worded (:func:`planner.present.next_step_view.act_line`) and where the answer's first line is
written to stdout, crosses at most 12 files, with at most one climb back up a layer.

The stacks are recorded from the CLI's ``main`` run in-process under :func:`sys.setprofile`. Layers, top to bottom:
``planner/cli``, ``planner/campaign``, ``planner/present``, ``planner/decide``, ``planner/forecast``; a climb is a call
on one of those stacks from a module of a lower layer into a module of a higher one (frames outside ``planner/`` in
between, such as pandas calling back, do not hide it).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.decide.campaign.stop_rule import StopRule
from planner.present.next_step_view import act_line
from tests.builders import campaign_folder
from tests.planner.campaign.campaign_fixtures import breast_cancer_files, label_batch

ROOT = Path(__file__).resolve().parents[1]
PLANNER = ROOT / "planner"
#: The layers of planner, top to bottom.
LAYERS = ("cli", "campaign", "present", "decide", "forecast")
MAX_FILES, MAX_CLIMBS = 12, 1


class _Stdout(io.StringIO):
    """stdout as the command writes it: a Python ``write`` the profiler sees called."""

    def write(self, s):
        return super().write(s)


def _layer(file: str) -> int | None:
    """The rank of ``file``'s layer (0: cli, the top); None for a module of planner's top level."""
    parts = Path(file).parts
    return LAYERS.index(parts[1]) if len(parts) > 2 and parts[1] in LAYERS else None


def _stack(frame) -> list[tuple[str, str]]:
    """(file under the repository, function) of each frame of ``frame``'s stack in planner/, outermost first."""
    out = []
    while frame is not None:
        path = Path(frame.f_code.co_filename).resolve()
        if path.is_relative_to(PLANNER):
            out.append((path.relative_to(ROOT).as_posix(), frame.f_code.co_name))
        frame = frame.f_back
    return out[::-1]


def traced(argv: list[str]) -> tuple[int, str, list, list]:
    """(exit code, stdout, the stacks where the stop rule decided or the act's sentence was worded, the stacks where a
    line was written to stdout)."""
    stops, writes = [], []
    decide, word, write = StopRule.stops.__code__, act_line.__code__, _Stdout.write.__code__

    def hook(frame, event, arg):
        if event != "call":
            return
        if frame.f_code is decide or frame.f_code is word:
            stops.append(_stack(frame))
        elif frame.f_code is write and str(frame.f_locals.get("s", "")).strip():
            writes.append(_stack(frame.f_back))

    out = _Stdout()
    with contextlib.redirect_stdout(out):
        sys.setprofile(hook)
        try:
            rc = main(argv)
        finally:
            sys.setprofile(None)
    return rc, out.getvalue(), stops, writes


def climbs(stacks) -> list[str]:
    """Each call on ``stacks`` from a lower layer into a higher one, once, as ``caller -> callee``."""
    found = []
    for stack in stacks:
        for (f, fn), (g, gn) in zip(stack, stack[1:]):
            a, b = _layer(f), _layer(g)
            call = f"{f}:{fn} -> {g}:{gn}"
            if a is not None and b is not None and b < a and call not in found:
                found.append(call)
    return found


@pytest.fixture(scope="module")
def campaign(tmp_path_factory) -> Path:
    """A random campaign on breast cancer, three rounds labeled and measured."""
    work = tmp_path_factory.mktemp("plan_dir_path")
    pool, _, truth = breast_cancer_files(work)
    camp = campaign_folder(work / "camp", pool, 3, lambda camp, r: label_batch(camp, r, truth, work / f"l{r}.csv"))
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


@pytest.mark.parametrize("target", ["0.9", "0.995"], ids=["a stop", "the forecast"])
def test_plan_dir_crosses_few_files_from_the_flag_to_the_sentence(campaign, target):
    rc, text, stops, writes = traced(["plan", str(campaign), "--target", target, "--label-price", "2"])
    assert rc == 0 and stops and writes, (rc, text)
    sentence = [s for s in writes if s][:1]   # the answer's sentence: the command's first words on stdout
    stacks = [*stops, *sentence]
    spine = sorted({f for stack in stacks for f, _ in stack})
    up = climbs(stacks)
    said = (f"{len(spine)} files on the spine (at most {MAX_FILES}):\n  " + "\n  ".join(spine)
            + f"\n{len(up)} climbs (at most {MAX_CLIMBS}):\n  " + "\n  ".join(up) + "\nthe stacks:\n"
            + "\n".join("  " + " > ".join(f"{f}:{fn}" for f, fn in s) for s in stacks))
    assert len(spine) <= MAX_FILES and len(up) <= MAX_CLIMBS, said
    assert any(f.endswith("stop_rule.py") for f in spine) and any(f.startswith("planner/cli/") for f in spine), said
    assert "planner/present/next_step_view.py" in spine, said


def test_a_climb_is_a_call_from_a_lower_layer_into_a_higher_one():
    stack = [("planner/cli/answer.py", "a"), ("planner/decide/x.py", "b"), ("planner/present/y.py", "c"),
             ("planner/forecast/z.py", "d"), ("planner/curves.py", "e"), ("planner/decide/w.py", "f")]
    assert climbs([stack, stack]) == ["planner/decide/x.py:b -> planner/present/y.py:c"]
