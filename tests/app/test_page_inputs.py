"""The page's inputs through AppTest: a value out of bounds is named in place of the verdict, any failure on the
way to the verdict is one line (never a traceback), and uploaded curves are capped at the whole-pool score the
user measured, as `alplan plan --pool-accuracy` caps them.

Tiny simulation settings (ALPLAN_APP_QUICK=1) and a temporary results database (ALPLAN_DB) per module.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from apptest_helpers import (APP, TIMEOUT, app_env, pilot_curve_csv, run, sentence, shown,  # noqa: F401  (app_env)
                             upload)
from planner.forecast import io as io_module
from planner.present import report
from tests.seeds import SEED


def errors(at: AppTest) -> list[str]:
    return [shown(e.value) for e in at.error]


@pytest.mark.parametrize(("key", "value", "words"), [
    ("label_price", -5.0, "Label price ($ per label) is -5, below its least value 0.0001: enter 0.0001 or more"),
    ("target", 1.5, "Target is 1.5, above its greatest value 0.999: enter 0.999 or less"),
])
def test_an_input_out_of_bounds_is_named_in_place_of_the_verdict(key, value, words):
    """The old verdict does not stay beside a value the page refuses: one line names the input and the fix, and
    the verdict comes back with a value within bounds."""
    at = run()
    before = sentence(at)
    at.number_input(key=key).set_value(value)
    run(at)
    assert [e for e in errors(at) if words in e] and len(errors(at)) == 1, errors(at)
    assert not at.text or sentence(at) != before, "the old verdict stays beside the refused value"
    assert not at.metric
    assert at.selectbox(key="metric").value == "accuracy"  # the rest of the sidebar stays
    at.number_input(key=key).set_value(0.5 if key == "label_price" else 0.9)
    run(at)
    assert not at.error and at.metric and re.search(r"\d", sentence(at))


def test_rounds_too_few_for_a_curve_are_named_before_anything_is_simulated():
    at = run()
    at.number_input(key="sim_rounds").set_value(1)
    run(at)
    assert errors(at) == ["Rounds is 1, below its least value 2: enter 2 or more; the verdict waits"], errors(at)
    assert not at.metric


def test_a_failure_on_the_way_to_the_verdict_is_one_line(monkeypatch):
    """Whatever fails while the verdict is computed (here: a defect, not a refused input), the page shows one line
    where the verdict would be, never a traceback."""
    def broken(*args, **kwargs):
        raise KeyError("strategy")

    monkeypatch.setattr(report, "page_parts", broken)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.error) == 1 and "\n" not in errors(at)[0].strip(), errors(at)
    assert errors(at)[0].startswith("no verdict on digits: KeyError"), errors(at)


def test_curves_unreadable_on_the_chosen_metric_are_one_line(monkeypatch):
    """Curves the page cannot read on the metric beside the target (as the simulation of too few rounds read on
    macro F1 was) are named in one line in place of the verdict, never a traceback; the metric stays offered."""
    def unreadable(curves, wanted, kind=""):
        raise ValueError("strategy 'random' in the table has 2 distinct label count(s); a curve needs at least 3: "
                         "add measurements at more label counts")

    monkeypatch.setattr(io_module, "metric_choice", unreadable)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert errors(at) == ["digits: strategy 'random' in the table has 2 distinct label count(s); a curve needs at "
                          "least 3: add measurements at more label counts"], errors(at)
    assert at.selectbox(key="metric").value == "accuracy" and not at.metric


def test_uploaded_curves_are_capped_at_the_whole_pool_score(rng):
    """A pilot whose curves pass 95% within the measurements, beside a whole-pool score of 93.3%: no path
    reaches 95% (as `alplan plan --pool-accuracy 0.933` answers), and the page says which score capped it."""
    at = upload(None, "pilot.csv", pilot_curve_csv(rng), target=0.95)
    assert not sentence(at).startswith("No path reaches"), sentence(at)
    at.number_input(key="pool_score").set_value(0.933)
    run(at)
    assert not at.error, errors(at)
    assert sentence(at).startswith("No path reaches 95% accuracy"), sentence(at)
    assert any("your model measured 93.3%" in shown(c.value) for c in at.caption), [c.value for c in at.caption]
    at.number_input(key="pool_score").set_value(1.5)
    run(at)
    assert any(e.startswith("Whole-pool score (optional) is 1.5, above its greatest value 1") for e in errors(at))


@pytest.fixture
def rng():
    return np.random.default_rng(SEED)
