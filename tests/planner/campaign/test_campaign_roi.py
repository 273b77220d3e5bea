"""A campaign cannot run the cost-aware strategy ``roi``: an unlabeled pool's annotation costs are unknown."""

import pytest

from planner.campaign.steps import _check_strategy


@pytest.mark.parametrize("strategy", ["roi", "combined:roi+random"])
def test_a_campaign_refuses_roi_in_one_line(strategy):
    with pytest.raises(ValueError) as info:
        _check_strategy(strategy, "logreg", {})
    text = str(info.value)
    assert "\n" not in text and "annotation cost" in text and "margin" in text
