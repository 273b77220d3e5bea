"""A campaign's curve.csv uploaded to the page gives `alplan plan DIR/curve.csv`'s answer: the same pool, the same
sunk labels and set-up, the same paths and totals; and the file read out of its folder gives the same answer as in
place (its columns carry what the folder says)."""

from __future__ import annotations

import json
import math
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from apptest_helpers import app_env, run, shown  # noqa: F401  (app_env: the module's fixture)
from planner.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, label_batch, run_campaign  # noqa: E402

from planner.campaign import steps  # noqa: E402

PRICES = ["--label-price", "5", "--engineering-days", "0.5"]


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory):
    """Campaigns on 200 rows of breast cancer (40 test ids), measured: random to 40 training labels, and random to
    20 then margin to 35 (margin's set-up paid)."""
    work = tmp_path_factory.mktemp("camps")
    pool, _, truth = breast_cancer_files(work, n=200)
    random_camp, switched = work / "random camp", work / "switched camp"
    steps.start(random_camp, pool, strategy="random", initial=10, batch_size=5, test_size=40, seed=2)
    run_campaign(random_camp, truth, 6, work)
    steps.start(switched, pool, strategy="random", initial=10, batch_size=5, test_size=40, seed=2)
    run_campaign(switched, truth, 2, work)
    for r in (3, 4, 5):
        steps.next_batch(switched, strategy="margin" if r == 3 else None)
        steps.add_labels(switched, [label_batch(switched, r, truth, work / f"switched-{r}.csv")])
    for camp in (random_camp, switched):
        assert main(["campaign", "measure", str(camp)]) == 0
    return {"random": random_camp, "switched": switched}


def _cli(path: Path, target: float, capsys) -> dict:
    capsys.readouterr()
    assert main(["plan", str(path), "--target", str(target), *PRICES, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _same(page, cli) -> bool:
    """One number, the page's and the JSON's (None or NaN: a path that does not reach the target)."""
    a, b = (math.nan if x is None else float(x) for x in (page, cli))
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


@pytest.mark.parametrize("which", ["random", "switched"])
def test_a_curve_read_out_of_its_folder_gives_the_answer_read_in_place(campaigns, tmp_path, capsys, which):
    curve = campaigns[which] / "curve.csv"
    moved = tmp_path / "curve.csv"
    shutil.copy(curve, moved)
    here, there = _cli(curve, 0.93, capsys), _cli(moved, 0.93, capsys)
    assert here == there
    assert (here["scenario"]["pool_size"], here["scenario"]["labels_in_hand"]) == (160, 40 if which == "random" else 35)
    assert main(["plan", str(moved), "--target", "0.93", *PRICES]) == 0
    sunk = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Treated as sunk:"))
    assert ("paid when margin picked" in sunk) == (which == "switched"), sunk


@pytest.mark.parametrize(("which", "target"), [("random", 0.92), ("switched", 0.93), ("switched", 0.97)])
def test_the_page_gives_the_clis_answer_for_an_uploaded_campaign_curve(campaigns, capsys, which, target):
    path = campaigns[which] / "curve.csv"
    cli = _cli(path, target, capsys)
    at = run()
    at.radio(key="source").set_value("Upload a pilot learning curve")
    run(at)
    at.number_input(key="target").set_value(target)
    at.number_input(key="label_price").set_value(5.0)
    at.number_input(key="engineering_days").set_value(0.5)
    at.file_uploader(key="curve_file").upload("curve.csv", path.read_bytes(), "text/csv")
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert not [c for c in at.checkbox if c.key == "use_transfer"]   # its own strategies, as `plan` plans them
    table = next(d.value for d in at.dataframe if "total_cost" in d.value.columns).set_index("strategy")
    assert sorted(table.index) == sorted(s["strategy"] for s in cli["strategies"])
    for s in cli["strategies"]:
        row = table.loc[s["strategy"]]
        assert _same(row["labels"], s["labels"]), (s["strategy"], row["labels"], s["labels"])
        assert _same(row["total_cost"], s["total_cost"]), (s["strategy"], row["total_cost"], s["total_cost"])
    captions = [shown(c.value) for c in at.caption]
    assert f"Pool in use: {cli['scenario']['pool_size']} examples." in captions
    said = next(c for c in captions if c.startswith("Your campaign's curve:"))
    held = pd.read_csv(path)["labels_in_hand"].iloc[0]
    assert f"the {held} training labels and 40 test labels in hand (not charged again)" in said
    assert ("paid when margin picked" in said) == (which == "switched")


def test_the_pages_setup_sinks_a_campaign_curves_facts_and_the_steering_starts_without_them(campaigns):
    from planner.decide import inputs
    from planner.forecast.io import read_curves

    curves = read_curves(campaigns["switched"] / "curve.csv")
    values = {**inputs.DEFAULTS, "label_price": 5.0, "engineering_days": 0.5}
    setup = inputs.complete(values, inputs.CurveSource("pilot", "curve.csv"), curves=curves)
    s = setup.scenario
    assert (s.labels_in_hand, s.setup_paid, s.pool_size, s.batch_size, s.initial_labels) == (35, True, 160, 5, 35)
    assert not inputs.wants_transfer("pilot", ["margin"], curves)
    plain = setup.campaign_scenario()   # another campaign steered beside it: none of this one's facts
    assert (plain.labels_in_hand, plain.setup_paid, plain.pool_size) == (0, False, None)
    entered = inputs.complete({**values, "pool_size": 150, "batch_size": 7}, inputs.CurveSource("pilot", "curve.csv"),
                              curves=curves).scenario
    assert (entered.pool_size, entered.batch_size, entered.labels_in_hand) == (150, 7, 35)   # the user's kept
