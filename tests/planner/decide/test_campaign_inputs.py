"""The page's steering reads a campaign as `alplan replan` does: the campaign's own pool and test size where its
rounds carry them, never the proxy's pool; the give-up level starts at the CLI's default."""

import pandas as pd
import pytest

from planner.decide import inputs
from planner.decide.costs import Scenario

ROUNDS = pd.DataFrame({"strategy": "random", "n_labels": [50, 100, 150], "accuracy": [0.6, 0.7, 0.75]})


def setup(kind="proxy", entered=None, pool=1_348):
    return inputs.Setup(Scenario(label_price=1.0, pool_size=pool, pool_accuracy=0.97),
                        inputs.CurveSource(kind, "digits"), pool_entered=entered)


def test_a_campaign_is_not_steered_on_the_proxys_pool():
    scen, given = setup().campaign_inputs(ROUNDS, {"test_size": 0, "budget": 0})
    assert scen.pool_size is None and given == {"test_size": 0, "budget": 0}
    assert setup(entered=5_000, pool=5_000).campaign_scenario(ROUNDS).pool_size == 5_000
    assert setup("file", pool=800).campaign_scenario(ROUNDS).pool_size == 800   # the user's own file's pool


def test_a_campaign_that_carries_its_pool_and_test_size_is_steered_on_them():
    carried = ROUNDS.assign(pool_size=3_000, test_size=250)
    scen, given = setup().campaign_inputs(carried, {"test_size": 0, "budget": 0})
    assert scen.pool_size == 3_000 and scen.pool_accuracy is None and given["test_size"] == 250
    _, given = setup().campaign_inputs(carried, {"test_size": 400})
    assert given["test_size"] == 400   # what the user typed wins


@pytest.mark.parametrize("column, values", [("pool_size", [3_000, 3_001, 3_000]), ("test_size", [0.5, 0.5, 0.5])])
def test_a_campaign_column_that_is_not_one_whole_number_is_one_line(column, values):
    with pytest.raises(ValueError, match=f"the campaign's {column} column must hold one whole number") as info:
        inputs.campaign_facts(ROUNDS.assign(**{column: values}))
    assert "\n" not in str(info.value)


def test_the_give_up_level_starts_at_the_clis_default():
    assert inputs.DEFAULTS["campaign_give_up_below"] == pytest.approx(1 - inputs.DEFAULTS["campaign_confidence"])
