"""A campaign's folder on the page gives the CLI's answer: the act and the command `alplan plan DIR` prints at the
same prices, whether the measured score settles it (stop, or too few labels to forecast) or the forecast does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from apptest_helpers import app_env, run  # noqa: F401  (app_env: the module's fixture)
from planner.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "simulations" / "campaign"))
from campaign_fixtures import breast_cancer_files, run_campaign  # noqa: E402

from simulations.campaign import steps  # noqa: E402


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory):
    """Random campaigns on 200 rows of breast cancer (40 test ids), measured: 25 and 45 training labels."""
    work = tmp_path_factory.mktemp("camps")
    pool, _, truth = breast_cancer_files(work, n=200)
    out = {}
    for initial, rounds in ((10, 3), (30, 3)):
        camp = work / f"my camp {initial}"
        steps.start(camp, pool, strategy="random", initial=initial, batch_size=5, test_size=40, seed=2)
        run_campaign(camp, truth, rounds, work)
        out[initial + 5 * rounds] = camp
    return out


def _said(text: str) -> list[str]:
    """The act and the command: the last two lines of an answer."""
    return text.strip().splitlines()[-2:]


@pytest.mark.parametrize(("labels", "target"), [(25, 0.5), (25, 0.99), (45, 0.99)])
def test_the_page_gives_the_clis_answer_for_a_campaign_folder(campaigns, capsys, labels, target):
    camp = campaigns[labels]
    assert main(["plan", str(camp), "--target", str(target), "--label-price", "0.5"]) == 0
    cli = capsys.readouterr().out
    at = run()
    at.number_input(key="target").set_value(target)
    at.number_input(key="label_price").set_value(0.5)
    at.text_input(key="campaign_folder").set_value(str(camp))
    run(at)
    assert not at.error, [e.value for e in at.error]
    page = next(t.value for t in at.text if "Next: " in t.value)
    assert _said(page) == _said(cli)
    assert ("Stop:" in page) == (target == 0.5)
