"""The page's number inputs take any number (their boxes have no bounds): each is used, or named in one line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.decide import inputs
from planner.present import page_lines
from tests.fuzz.conftest import FUZZ

NUMBERS = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**15, 10**15))


@FUZZ
@given(key=st.sampled_from(sorted(page_lines.PAGE_INPUTS)), value=NUMBERS,
       kind=st.sampled_from(["pilot", "transferred", "proxy"]))
def test_any_page_input_is_used_or_named_in_one_line(key, value, kind):
    """Out of its bounds an input is named by its label with the fix; within them the scenario is built (the
    whole-pool score of uploaded curves applied) or refused in one line, never another exception."""
    values = {**inputs.DEFAULTS, "label_price": 0.5, key: value}
    problem = page_lines.out_of_range(values, [key])
    if problem is not None:
        assert problem.startswith(page_lines.PAGE_INPUTS[key][0]) and "\n" not in problem and ": enter " in problem
        return
    try:
        setup = inputs.complete(values, inputs.CurveSource(kind, "pilot.csv", measured=100.0),
                                pool_name=page_lines.PAGE_INPUTS["pool_size"][0],
                                score_name=page_lines.PAGE_INPUTS["pool_score"][0])
    except ValueError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    setup.scenario.validate()
    if key == "pool_score" and value is not None and kind != "proxy":
        assert setup.scenario.pool_accuracy == float(value) and setup.ceiling["given"]
