"""planner.decide.inputs: the scenario the page and the CLI plan on, completed without Streamlit; the page's steering
reads a campaign as `alplan replan` does: the campaign's own pool and test size where its rounds carry them, never
the proxy's pool; the give-up level starts at the CLI's default."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from planner.decide import inputs
from planner.decide.costs import DEFAULT_TURNAROUND_DAYS, PoolShape, Scenario
from planner.decide.vendors import read_vendors
from planner.present.page_lines import setup_lines

PAGE = {**inputs.DEFAULTS, "label_price": 0.1, "vendor": None, "pool_size": None, "n_classes": None}
CEILING = {"accuracy": 0.97, "se": 0.004, "n_pool": 1500, "seeds": 3}


def test_a_labeled_file_caps_the_pool_at_its_rows():
    file = inputs.CurveSource("file", "pilot.csv", rows=1200, classes=3)
    for entered, pool, capped in ((None, 1200, True), (5000, 1200, True), (800, 800, False), (1200, 1200, False)):
        setup = inputs.complete({**PAGE, "pool_size": entered}, file)
        assert (setup.scenario.pool_size, setup.pool_capped, setup.pool_entered) == (pool, capped, entered)
    curve = inputs.complete({**PAGE, "pool_size": 5000}, inputs.CurveSource("pilot", "curve.csv"))
    assert (curve.scenario.pool_size, curve.pool_capped) == (5000, False)  # a curve says nothing of the pool


def test_classes_come_from_the_user_else_the_data_else_the_default():
    assert inputs.n_classes(4, 3) == (4, False)
    assert inputs.n_classes(None, 3) == (3, False)
    assert inputs.n_classes(None, None) == (10, True)
    setup = inputs.complete(PAGE, inputs.CurveSource("pilot", "curve.csv"))
    assert (setup.scenario.n_classes, setup.classes_assumed) == (10, True)


def test_a_curves_tables_n_classes_column_gives_the_classes():
    """A 4-class campaign's curve that says so is not planned on the 10 classes assumed for a curve that does not
    (the probe: "Classes: 10 assumed" beside a 4-class task)."""
    curve = pd.DataFrame({"strategy": ["margin"] * 3, "n_labels": [800, 840, 880], "accuracy": [0.8, 0.81, 0.82],
                          "n_classes": [4, 4, 4]})
    assert inputs.curve_classes(curve) == 4
    setup = inputs.complete({**PAGE, "label_error": 0.05}, inputs.CurveSource("pilot", "curve.csv"), curves=curve)
    assert (setup.scenario.n_classes, setup.classes_assumed) == (4, False)
    entered = inputs.complete({**PAGE, "n_classes": 3}, inputs.CurveSource("pilot", "curve.csv"), curves=curve)
    assert entered.scenario.n_classes == 3   # what the user entered first
    for column in ([None] * 3, [4, 4, 5], [1, 1, 1], [2.5] * 3, ["x"] * 3):
        assert inputs.curve_classes(curve.assign(n_classes=column)) is None, column
    assert inputs.curve_classes(curve.drop(columns="n_classes")) is None


def test_the_classes_assumed_are_said_only_where_the_label_noise_correction_uses_them():
    pilot = inputs.CurveSource("pilot", "curve.csv")
    assert not any(line.startswith("Classes") for line in setup_lines(inputs.complete(PAGE, pilot)))
    (said,) = [line for line in setup_lines(inputs.complete({**PAGE, "label_error": 0.05}, pilot))
               if line.startswith("Classes")]
    assert "10 assumed" in said and "Classes in your task" in said and "n_classes column" in said


def test_the_ceiling_applies_on_its_own_pool_only():
    proxy = inputs.CurveSource("proxy", "digits", about="8x8 digits", classes=10)
    fits = inputs.complete(PAGE, proxy, ceiling=CEILING)
    assert fits.ceiling == {**CEILING, "metric": "accuracy"}
    assert (fits.scenario.pool_accuracy, fits.scenario.pool_accuracy_se, fits.scenario.pool_size) == (0.97, 0.004, 1500)
    other = inputs.complete({**PAGE, "pool_size": 9000}, proxy, ceiling=CEILING)  # another pool: no ceiling
    assert other.ceiling is None and other.scenario.pool_accuracy is None and other.scenario.pool_size == 9000
    with pytest.raises(ValueError, match="measured on a pool of 1,500 and --pool-size says 9,000"):
        inputs.with_ceiling(other.scenario, 0.97, 0.004, 1500)  # the CLI refuses what the page leaves out
    assert inputs.with_ceiling(other.scenario, 0.97, 0.0, None).pool_accuracy_se is None


def test_transfer_and_ceiling_are_wanted_where_they_apply():
    assert inputs.wants_transfer("pilot", pd.Series(["random", "random"]))
    assert not inputs.wants_transfer("pilot", ["random", "margin"])
    assert inputs.wants_transfer("pilot", ["margin", "margin"])   # a campaign's curve: random from the proxy
    assert not inputs.wants_transfer("pilot", ["margin", "entropy"])
    assert not inputs.wants_transfer("file", ["random"])
    assert inputs.wants_ceiling("proxy", "accuracy") and inputs.wants_ceiling("proxy", "macro_f1")
    assert not inputs.wants_ceiling("file", "accuracy")


def test_a_long_or_cancelled_simulation_asks_first_and_a_stored_one_never():
    assert inputs.ask_first(4, 120.0, False, 60.0)
    assert not inputs.ask_first(4, 30.0, False, 60.0)
    assert inputs.ask_first(4, 30.0, True, 60.0)
    assert not inputs.ask_first(0, 500.0, True, 60.0)


def test_the_vendor_turnaround_is_the_one_the_verdict_applies():
    table = read_vendors(None)
    name = str(table["name"].iloc[-1])
    want = float(table["turnaround_days"].iloc[-1])
    assert inputs.vendor_turnaround(table, name) == want
    assert inputs.vendor_turnaround(table, name.upper()) == want  # found as the verdict finds it
    assert inputs.vendor_turnaround(table, None) == DEFAULT_TURNAROUND_DAYS
    setup = inputs.complete({**PAGE, "vendor": name}, inputs.CurveSource("pilot", "c.csv"), by_vendor=True)
    assert setup.scenario.vendor == name and setup.scenario.label_price is None


def test_a_bad_input_is_one_line_naming_it():
    with pytest.raises(ValueError, match="--label-price|label_price"):
        inputs.complete({**PAGE, "label_price": -1.0}, inputs.CurveSource("pilot", "c.csv"))
    with pytest.raises(ValueError, match="unknown curve source"):
        inputs.CurveSource("webcam", "x")


def test_the_setup_is_frozen():
    setup = inputs.complete(PAGE, inputs.CurveSource("pilot", "c.csv"))
    with pytest.raises(AttributeError):
        setup.pool_capped = True


SCORES = {**CEILING, "metrics": {"accuracy": {"accuracy": 0.97, "se": 0.004},
                                 "macro_f1": {"accuracy": 0.91, "se": 0.01}}}


@pytest.mark.parametrize("metric", ["accuracy", "macro_f1", "balanced_accuracy"])
def test_switching_the_metric_keeps_the_pool_and_its_ceiling(metric):
    proxy = inputs.CurveSource("proxy", "digits", about="8x8 digits", classes=10)
    setup = inputs.complete({**PAGE, "metric": metric}, proxy, ceiling=SCORES)
    assert setup.scenario.pool_size == 1500   # the proxy's measured pool, whichever the metric
    measured = SCORES["metrics"].get(metric)
    if measured is None:   # a score the whole pool was not measured on: the pool stays, no ceiling is invented
        assert setup.ceiling is None and setup.scenario.pool_accuracy is None
    else:
        assert setup.scenario.pool_accuracy == measured["accuracy"] and setup.ceiling["metric"] == metric


def test_an_uploaded_files_pool_is_its_rows_less_the_test_split_as_the_cli_measures_it():
    file = inputs.CurveSource("file", "data.csv", rows=4000, classes=2, test_rows=1000)
    assert file.pool == inputs.file_pool(4000, 1000) == 3000
    setup = inputs.complete(PAGE, file)
    assert (setup.scenario.pool_size, setup.pool_capped) == (3000, True)
    inputs.check_pool(3000, 3000.0)
    with pytest.raises(ValueError, match="--pool-size 2,000 is smaller than the 3,000 labels"):
        inputs.check_pool(2000, 3000.0)
    with pytest.raises(ValueError, match="--pool-accuracy was measured on a pool of 2,000"):
        inputs.check_pool(2000, 3000.0, flag="--pool-accuracy")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8), max_size=5, unique=True), st.one_of(st.none(), st.text(max_size=8)))
def test_the_vendor_kept_is_one_of_the_table_or_the_first(names, chosen):
    table = pd.DataFrame({"name": names})
    listed, vendor = inputs.vendor_names(table, chosen)
    assert listed == names
    assert vendor == (chosen if chosen in names else (names[0] if names else None))


# ------------------------------------------------------------ steering a campaign


ROUNDS = pd.DataFrame({"strategy": "random", "n_labels": [50, 100, 150], "accuracy": [0.6, 0.7, 0.75]})


def steering(kind="proxy", entered=None, pool=1_348):
    return inputs.Setup(Scenario(label_price=1.0, pool=PoolShape(pool_size=pool, pool_accuracy=0.97)),
                        inputs.CurveSource(kind, "digits"), pool_entered=entered)


def test_a_campaign_is_not_steered_on_the_proxys_pool():
    scen, given = steering().campaign_inputs(ROUNDS, {"test_size": 0, "budget": 0})
    assert scen.pool_size is None and given == {"test_size": 0, "budget": 0}
    assert steering(entered=5_000, pool=5_000).campaign_scenario(ROUNDS).pool_size == 5_000
    assert steering("file", pool=800).campaign_scenario(ROUNDS).pool_size == 800   # the user's own file's pool


def test_a_campaign_that_carries_its_pool_and_test_size_is_steered_on_them():
    carried = ROUNDS.assign(pool_size=3_000, test_size=250)
    scen, given = steering().campaign_inputs(carried, {"test_size": 0, "budget": 0})
    assert scen.pool_size == 3_000 and scen.pool_accuracy is None and given["test_size"] == 250
    _, given = steering().campaign_inputs(carried, {"test_size": 400})
    assert given["test_size"] == 400   # what the user typed wins


@pytest.mark.parametrize("column, values", [("pool_size", [3_000, 3_001, 3_000]), ("test_size", [0.5, 0.5, 0.5])])
def test_a_campaign_column_that_is_not_one_whole_number_is_one_line(column, values):
    with pytest.raises(ValueError, match=f"the campaign's {column} column must hold one whole number") as info:
        inputs.campaign_facts(ROUNDS.assign(**{column: values}))
    assert "\n" not in str(info.value)


def test_the_give_up_level_starts_at_the_clis_default():
    assert inputs.DEFAULTS["campaign_give_up_below"] == pytest.approx(1 - inputs.DEFAULTS["campaign_confidence"])
