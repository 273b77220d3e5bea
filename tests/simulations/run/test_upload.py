"""simulations.run.upload.fit_once: a labeled file too small for the page's settings gets fitted ones, once."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from simulations.run.upload import fit_once

PAGE = {"sim_initial": 20, "sim_batch": 50, "sim_rounds": 10}


def _asked(values: dict) -> dict:  # the settings the page reads off its state
    return {"initial": values["sim_initial"], "batch_size": values["sim_batch"], "rounds": values["sim_rounds"]}


@settings(max_examples=60, deadline=None)
@given(pool=st.integers(3, 2000), classes=st.integers(2, 10), typed=st.integers(1, 9))
def test_a_small_file_is_fitted_once_and_what_is_typed_after_stands(pool, classes, typed):
    values = dict(PAGE)
    facts = (pool + 100, pool, classes)
    small = PAGE["sim_initial"] + PAGE["sim_batch"] * PAGE["sim_rounds"] > pool
    note = fit_once(values, "a", "tiny*.csv", facts, _asked(values))
    assert (note is not None) == small
    if small:  # fitted: every label the settings ask fits in the pool, the note names the file as given
        assert values["sim_initial"] + values["sim_batch"] * values["sim_rounds"] <= pool
        assert "tiny*.csv" in note
    else:
        assert values == PAGE
    values["sim_rounds"] = typed  # the user changes a setting: the same file is never fitted again
    assert fit_once(values, "a", "tiny*.csv", facts, _asked(values)) == note
    assert values["sim_rounds"] == typed
    assert fit_once(values, "a", "tiny*.csv", None, _asked(values)) is None  # unreadable: no note, nothing changed
    assert values["sim_rounds"] == typed


def test_another_small_file_is_fitted_anew_and_a_large_one_leaves_the_settings():
    values = dict(PAGE)
    assert fit_once(values, "a", "a.csv", (150, 120, 3), _asked(values))
    first = dict(values)
    assert "b.csv" in fit_once(values, "b", "b.csv", (70, 60, 2), _asked(values))
    assert values["fitted_for"] == "b" and values != first
    before = dict(values)
    assert fit_once(values, "c", "c.csv", (10_000, 9_000, 2), _asked(values)) is None
    assert values == before  # enough rows: nothing fitted, no note
