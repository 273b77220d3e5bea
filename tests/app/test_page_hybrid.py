"""The page's "Label the whole pool?" section says what `alplan hybrid` says on the same curves and prices."""

from streamlit.testing.v1 import AppTest

from tests.app.apptest_helpers import app_env, run, shown  # noqa: F401  (the module's database and quick settings)


def opened() -> AppTest:
    """The page, then the section opened (a closed section plans nothing)."""
    at = run()
    at.session_state["hybrid_open"] = True
    return run(at)


def test_a_closed_section_plans_nothing_and_opening_it_plans():
    at = run()
    inputs = {"hybrid_pool", "label_accuracy"}
    assert not [t.value for t in at.text if "by hand" in t.value] and not inputs & {n.key for n in at.number_input}
    at.session_state["hybrid_open"] = True
    at = run(at)
    assert [t.value for t in at.text if "by hand" in t.value] and inputs <= {n.key for n in at.number_input}


def test_the_section_reads_the_same_computation_as_the_cli():
    at = opened()
    texts = [t.value for t in at.text]
    said = [t for t in texts if "by hand" in t]
    assert said, texts
    at.number_input(key="hybrid_pool").set_value(20_000)
    at = run(at)
    said = [t.value for t in at.text if "by hand" in t.value]
    assert len(said) == 1 and "20,000" in said[0]
    table = next(d.value for d in at.dataframe if "people label" in d.value.columns)
    assert list(table["strategy"])[-1] == "everything by hand"
    assert at.number_input(key="label_accuracy").value == 0.95


def test_a_bar_the_simulation_did_not_record_is_one_line():
    at = opened()
    at.number_input(key="label_accuracy").set_value(0.97)
    at = run(at)
    errors = [shown(e.value) for e in at.error]
    assert any("--hybrid-accuracy 0.97" in e for e in errors), errors


def test_the_pool_to_label_starts_at_the_pool_in_use_and_the_set_up_is_explained():
    import re

    at = opened()
    used = next(shown(c.value) for c in at.caption if shown(c.value).startswith("Pool in use:"))
    pool = int(re.search(r"([\d,]+) example", used).group(1).replace(",", ""))
    assert at.number_input(key="hybrid_pool").value == pool
    said = next(t.value for t in at.text if "by hand" in t.value)
    assert f"{pool:,}" in said and "Set-up: the verdict above charges" in said
