"""`alplan plan CAMPAIGN_DIR` prices AL's labels at the time premium the campaign measured (its picks against the
random test labels), says so, and --al-label-premium overrides it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "simulations" / "campaign"))
from campaign_fixtures import breast_cancer_files  # noqa: E402

from planner.cli import main  # noqa: E402
from simulations.campaign.state import batch_paths  # noqa: E402

FLAGS = ["--target", "0.97", "--label-price", "2", "--engineering-days", "5", "--day-rate", "400", "--json"]


@pytest.fixture(scope="module")
def timed_campaign(tmp_path_factory):
    """A margin campaign whose annotators took about 10 s on a test id and 15 s on a pick."""
    work = tmp_path_factory.mktemp("timed")
    pool, _, truth = breast_cancer_files(work)
    label = dict(zip(truth["id"], truth["label"]))
    rng = np.random.default_rng(5)
    camp = work / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--strategy", "margin", "--initial", "20",
                 "--batch-size", "20", "--test-size", "60"]) == 0
    for r in range(4):
        batch = pd.read_csv(batch_paths(camp, r)[0], dtype={"id": str})
        base = np.where(batch["role"] == "test", 10.0, 15.0)
        pd.DataFrame({"id": batch["id"], "label": [label[i] for i in batch["id"]],
                      "seconds": base * rng.lognormal(-0.02, 0.2, len(batch))}).to_csv(work / f"{r}.csv", index=False)
        assert main(["campaign", "add", str(camp), str(work / f"{r}.csv")]) == 0
        if r < 3:
            assert main(["campaign", "next", str(camp)]) == 0
    return camp


def test_plan_on_a_campaign_prices_the_measured_premium_and_says_so(timed_campaign, capsys):
    assert main(["plan", str(timed_campaign), *FLAGS]) == 0
    out = json.loads(capsys.readouterr().out)
    decision = out.get("decision", out)
    premium = decision["scenario"]["al_label_premium"]
    assert 1.3 < premium < 1.7 and decision["break_even_premium"] is not None
    note = decision["notes"][0]
    assert note.startswith(f"AL's labels (margin) took {premium:.1f}x as long as the random test ids (80% range ")
    assert "120 labels" in note and "--al-label-premium X overrides it" in note


def test_the_flag_overrides_the_measured_premium(timed_campaign, capsys):
    assert main(["plan", str(timed_campaign), *FLAGS, "--al-label-premium", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    decision = out.get("decision", out)
    assert decision["scenario"]["al_label_premium"] == 1.0
    assert not any(n.startswith("AL's labels") for n in decision["notes"])
