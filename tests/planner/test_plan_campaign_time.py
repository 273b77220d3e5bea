"""`alplan plan CAMPAIGN_DIR` prices AL's labels at the time premium the campaign measured (its picks against the
random test labels), one bootstrap replicate per forecast draw, says so, and --al-label-premium overrides it with
one number."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files  # noqa: E402

from planner.campaign.state import batch_paths  # noqa: E402
from tests.builders import campaign_folder, csv_file  # noqa: E402

FLAGS = ["--target", "0.99", "--label-price", "2", "--engineering-days", "5", "--day-rate", "400"]


def planted_campaign(work: Path, *, premium: float = 1.5, spread: float = 0.2, exact: bool = False) -> Path:
    """A margin campaign whose annotators took about 10 s on a test id and ``premium`` times that on a pick, each
    label's time spread by a mean-one lognormal of log-scale ``spread``; ``exact``: each round's times rescaled so
    its test ids' and its picks' mean times are exactly 10 s and ``premium`` x 10 s (the spread alone differs)."""
    work.mkdir(parents=True, exist_ok=True)
    pool, _, truth = breast_cancer_files(work)
    label = dict(zip(truth["id"], truth["label"]))
    rng = np.random.default_rng(5)

    def timed_labels(camp, r):
        batch = pd.read_csv(batch_paths(camp, r)[0], dtype={"id": str})
        test = (batch["role"] == "test").to_numpy()
        noise = rng.lognormal(-spread ** 2 / 2, spread, len(batch))
        if exact:
            for part in (test, ~test):
                if part.any():
                    noise[part] /= noise[part].mean()
        seconds = np.where(test, 10.0, 10.0 * premium) * noise
        return csv_file(work, pd.DataFrame({"id": batch["id"], "label": [label[i] for i in batch["id"]],
                                            "seconds": seconds}), f"{r}.csv")

    return campaign_folder(work / "camp", pool, 3, timed_labels, strategy="margin")


@pytest.fixture(scope="module")
def timed_campaign(tmp_path_factory):
    """A margin campaign whose annotators took about 10 s on a test id and 15 s on a pick."""
    return planted_campaign(tmp_path_factory.mktemp("timed"))


def test_plan_on_a_campaign_prices_the_measured_premium_and_says_so(timed_campaign, cli):
    out = cli.json("plan", timed_campaign, *FLAGS)
    decision = out["forecast"]   # the forecast's whole verdict
    premium = decision["scenario"]["al_label_premium"]
    assert 1.3 < premium < 1.7 and decision["break_even_premium"] is not None
    note = decision["notes"][0]
    assert note.startswith(f"AL's labels (margin) took {premium:.1f}x as long as the random test ids (80% range ")
    assert "120 labels" in note and "--al-label-premium X overrides it" in note
    assert "this range is priced into the forecasts" in note and f"(median {premium:.2f}x;" in note


def test_the_chance_moves_toward_even_as_the_premiums_spread_grows(tmp_path, cli):
    """The same campaign, its picks taking exactly 1.5x the test ids' mean time, the times spread narrowly or
    widely: the measured premium's range widens, and the chance that AL is cheaper moves toward even."""
    flags = ["--target", "0.993", "--label-price", "20", "--engineering-days", "1", "--day-rate", "400"]
    seen = {}
    for spread in (0.05, 1.2):
        camp = planted_campaign(tmp_path / f"s{spread}", premium=1.5, spread=spread, exact=True)
        out = cli.json("plan", camp, *flags)
        seen[spread] = out["forecast"]
    narrow, wide = seen[0.05], seen[1.2]
    assert narrow["recommendation"] == wide["recommendation"]
    assert abs(narrow["scenario"]["al_label_premium"] - 1.5) < 0.02   # the per-draw premiums' median
    assert abs(wide["scenario"]["al_label_premium"] - 1.5) < 0.1
    assert "(80% range 1.5-1.5x" in narrow["notes"][0] and "(80% range 1.5-1.5x" not in wide["notes"][0]
    assert 0.5 < wide["probability_al_cheaper"] < narrow["probability_al_cheaper"]

    spans = {k: [float(v) for v in re.search(r"80% range ([0-9.]+)-([0-9.]+)x", d["notes"][0]).groups()]
             for k, d in (("narrow", narrow), ("wide", wide))}
    assert spans["wide"][1] - spans["wide"][0] > spans["narrow"][1] - spans["narrow"][0]
