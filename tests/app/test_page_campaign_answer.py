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


@pytest.fixture(scope="module")
def sourced(tmp_path_factory):
    """A random campaign on 200 rows of breast cancer (40 test ids, 45 training labels), measured, with a source
    whose name reads as markup (underscores) labeling the whole pool, 5% of its labels wrong, at $0.01 a label;
    measured by the test."""
    import numpy as np

    from simulations.campaign import sources

    work = tmp_path_factory.mktemp("sourced")
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "sourced camp"
    steps.start(camp, pool, strategy="random", initial=30, batch_size=5, test_size=40, seed=2)
    run_campaign(camp, truth, 3, work)
    flip = np.random.default_rng(3).random(len(truth)) < 0.05
    truth.assign(label=np.where(flip, 1 - truth["label"].astype(int), truth["label"].astype(int))).to_csv(
        work / "llm.csv", index=False)
    sources.add_source(camp, [work / "llm.csv"], source="gpt_4o_mini", price=0.01)
    return camp


@pytest.mark.parametrize("target", [0.5, 0.99])
def test_the_page_shows_the_clis_source_lines_as_text(sourced, capsys, target):
    assert main(["campaign", "measure", str(sourced)]) == 0
    capsys.readouterr()
    assert main(["plan", str(sourced), "--target", str(target), "--label-price", "0.5"]) == 0
    cli = capsys.readouterr().out.strip().splitlines()
    said = [line for line in cli if line.startswith(("Aside: ", "Cheapest ", "Source ", "Training on source"))]
    assert any("source gpt_4o_mini alone" in line for line in said) and len(said) == 2
    at = run()
    at.number_input(key="target").set_value(target)
    at.number_input(key="label_price").set_value(0.5)
    at.text_input(key="campaign_folder").set_value(str(sourced))
    run(at)
    assert not at.error, [e.value for e in at.error]
    page = next(t.value for t in at.text if "Next: " in t.value).splitlines()
    assert page[-2:] == said
    assert not any("gpt_4o_mini" in m.value for m in at.markdown)   # the source's name only as text
