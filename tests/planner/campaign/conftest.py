"""A campaign's strategies run in the test's own process (``ALPLAN_WORKERS=1``), not on forked workers.

``make test`` already gives every core a test file: forking a pool of workers per question, for runs of a few
dozen labels, only adds processes to the cores (the same questions took about a third longer on two cores). Every
number but the seconds is the same either way (:func:`planner.campaign.in_hand._on_cores`);
``test_in_hand.py::test_every_strategy_is_simulated_by_the_loop_on_the_labels_in_hand`` runs them on forked workers
and holds them to the loop's own runs in this process.
"""

import pytest

from simulations.run.cores import ENV


@pytest.fixture(scope="module", autouse=True)
def _strategies_run_in_this_process():
    """``ALPLAN_WORKERS=1`` for the module, set before its other module fixtures build their campaigns."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV, "1")
        yield
