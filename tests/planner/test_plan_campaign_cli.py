"""`alplan plan CAMPAIGN_DIR`: every strategy measured on a real campaign's labels in hand, the rest of the pool priced
without what was already paid, the next command; bad campaigns refused with one line and exit 2."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, files_of, label_batch  # noqa: E402

from planner.cli import main  # noqa: E402
from planner.decide.campaign.answer import TOP_KEYS  # noqa: E402
from tests.builders import campaign_folder, proxy_table  # noqa: E402

PRICE = 2.0
FLAGS = ["--target", "0.99", "--label-price", str(PRICE), "--engineering-days", "5", "--day-rate", "400"]


def _campaign(work: Path, strategy: str, rounds: int, *, initial: int = 20, test_labels: bool = True) -> Path:
    """A campaign run with the CLI on breast cancer, every batch labeled from the truth (the test ids unless
    ``test_labels`` is False)."""
    work.mkdir(parents=True, exist_ok=True)
    pool, _, truth = breast_cancer_files(work)

    def labels(camp, r):
        path = label_batch(camp, r, truth, work / f"{strategy}-{r}.csv")
        if r == 0 and not test_labels:
            batch = pd.read_csv(path, dtype={"id": str})
            batch[~batch["id"].isin(_test_ids(camp))].to_csv(path, index=False)
        return path

    return campaign_folder(work / f"camp-{strategy}", pool, rounds, labels, strategy=strategy, initial=initial)


def _test_ids(camp: Path) -> set:
    asked = pd.read_csv(camp / "asked.csv", dtype={"id": str})
    return set(asked.loc[asked["role"] == "test", "id"])


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory):
    work = tmp_path_factory.mktemp("campaigns")
    return {"random": _campaign(work, "random", 3), "margin": _campaign(work, "margin", 3)}


def _plan_json(cli, camp, *extra) -> dict:
    return cli.json("plan", camp, *FLAGS, *extra)


def test_plan_on_a_random_campaign_gives_the_verdict_without_charging_the_labels_in_hand(campaigns, cli):
    camp = campaigns["random"]
    got = _plan_json(cli, camp)
    assert tuple(got) == TOP_KEYS
    d = got["forecast"]   # the forecast's whole verdict
    for key in ("recommendation", "action_now", "decide_at_labels", "can_tell", "probability_al_cheaper",
                "strategies", "campaign"):
        assert key in d, key
    c = d["campaign"]
    assert c["labels_in_hand"] == got["campaign"]["labels_in_hand"] == {"training": 80, "test": 60}
    assert c["sunk"]["labels"] == 140 and c["sunk"]["setup_paid"] is False
    assert c["pool_size"] == 569 - 60
    assert c["measured_on_labels_in_hand"]["strategies"] == ["random", "margin", "entropy", "coreset"]
    runs = c["measured_on_labels_in_hand"]
    assert (runs["budget"], runs["random_budget"], runs["random_from"]) == (40, 72, 80)   # random picked them all
    rows = {r["strategy"]: r for r in d["strategies"]}
    for s, r in rows.items():
        if r["labels"] is None or r["labels_billed"] is None:
            continue
        # the labels in hand are not billed again: a path pays only for the labels beyond them
        assert r["label_cost"] == pytest.approx(max(r["labels_billed"], 0) * PRICE)
        assert r["labels_billed"] <= max(r["labels"] - 80, 0) + 20   # at most one order's rounding (AL's batch)
        assert r["engineering_cost"] == (0 if s == "random" else 2000)   # the set-up is not paid yet
    assert d["scenario"]["labels_in_hand"] == 80 and d["scenario"]["initial_labels"] == 80
    assert d["scenario"]["batch_size"] == 20 and d["scenario"]["pool_size"] == 509
    answer, measured = got["answer"], got["measured"]
    command = answer["command"]
    assert measured["labels"] == 80 and not measured["stop"]
    at = answer["decide_at_labels"]
    if 1 - d["probability_no_path"] <= 0.1:   # the target out of the pool's reach: given up, naming what it reaches
        assert answer["act"] == "give up" and command is None and at is None and answer["order"] == 0
        assert answer["reach"]["score"] < 0.99 and answer["reach"]["p_target"] == 1 - d["probability_no_path"]
    elif d["action_now"] == "active_learning":
        assert command == f"alplan campaign next {camp} --strategy {d['recommendation']} --decide-at {at}"
        assert answer["act"] == "switch" and at == 160
    else:   # random, or no path reaches the target: labeling at random measures further
        assert command == f"alplan campaign next {camp} --strategy random --decide-at {at}"
        assert answer["act"] == "continue" and 80 < at <= 160


def test_plan_on_an_al_campaign_treats_its_set_up_as_paid(campaigns, cli):
    d = _plan_json(cli, campaigns["margin"])["forecast"]
    assert d["campaign"]["sunk"] == {"labels": 140, "setup_paid": True, "setup_paid_by": "margin",
                                     "setup_cost": 2000.0}
    assert all(r["engineering_cost"] == 0 for r in d["strategies"])
    assert d["campaign"]["strategy_now"] == "margin"
    # random picked the 20 initial labels alone, too few to run on: random's runs read every label in hand
    assert d["campaign"]["measured_on_labels_in_hand"]["random_from"] == 80


def test_a_switch_to_an_al_strategy_pays_its_set_up_once_it_picks(campaigns, cli, tmp_path):
    camp = tmp_path / "camp"
    shutil.copytree(campaigns["random"], camp)   # campaign.json names the pool by its absolute path
    assert cli("campaign", "next", camp, "--strategy", "margin", "--batch-size", "40")[0] == 0
    assert _plan_json(cli, camp)["answer"]["act"] == "label"   # the switched round is out: label it first
    truth = breast_cancer_files(tmp_path)[2]
    assert cli("campaign", "add", camp, label_batch(camp, 4, truth, tmp_path / "l4.csv"))[0] == 0
    d = _plan_json(cli, camp, "--target", "0.985")["forecast"]   # a target not met yet, both paths priced
    assert d["campaign"]["sunk"]["setup_paid_by"] == "margin" and d["campaign"]["strategy_now"] == "margin"
    assert d["scenario"]["batch_size"] == 40
    assert all(r["engineering_cost"] == 0 for r in d["strategies"])
    runs = d["campaign"]["measured_on_labels_in_hand"]   # random's runs: the 80 labels random picked, not margin's 40
    assert (runs["random_from"], runs["random_budget"]) == (80, 72)
    assert "random sampling to 72 of the 80 labels random picked (AL's picks are no random sample of the pool)" in \
        cli("plan", camp, *FLAGS, "--explain")[1]


def test_plan_text_says_what_was_sunk_and_names_the_next_command(campaigns, cli):
    camp = campaigns["random"]
    code, text, _ = cli("plan", camp, *FLAGS, "--explain")
    assert code == 0
    assert "Treated as sunk: the 80 training labels and 60 test labels in hand (not charged again)" in text
    assert "AL's set-up ($2,000) is still charged to every AL path" in text
    assert "cannot see AL's advantage beyond the labeled set's size" in text
    assert "Measured: 96.7% accuracy at 80 training labels (random, round 3; on 60 test labels" in text
    assert "Next: `alplan campaign next" in text or ("Give up on the 99% target" in text and "Next: nothing to buy" in text)
    assert "Break-even: ." not in text


def test_strategies_override_and_the_learner_refuses_what_it_cannot_serve(campaigns, cli):
    d = _plan_json(cli, campaigns["random"], "--strategies", "margin")["forecast"]
    assert d["campaign"]["measured_on_labels_in_hand"]["strategies"] == ["random", "margin"]
    refused(cli, ["plan", campaigns["random"], *FLAGS, "--strategies", "bald"], "needs MC-dropout")


def test_plan_on_a_margin_campaigns_curve_reads_plainly_and_charges_no_paid_set_up(campaigns, cli):
    camp = campaigns["margin"]
    assert cli("campaign", "measure", camp)[0] == 0
    flags = [*FLAGS[:1], "0.97", *FLAGS[2:]]   # within what margin measured
    code, text, _ = cli("plan", camp / "curve.csv", *flags)
    assert code == 0
    assert "n/a" not in text and "Break-even: ." not in text
    assert "P(AL cheaper): no random curve" in text
    assert "the table has no random-sampling curve, so what AL saves is not known" in text
    assert "paid when margin picked for the campaign" in text
    d = cli.json("plan", camp / "curve.csv", *flags)
    assert [r["engineering_cost"] for r in d["strategies"]] == [0]


def test_plan_on_a_margin_campaigns_curve_with_proxies_forecasts_random_from_it(campaigns, cli, tmp_path):
    rng = np.random.default_rng(3)
    proxies = tmp_path / "proxies.csv"
    pd.concat([proxy_table(rng, name, 0.97, 0.9, 0.5, [("random", 1.0), ("margin", eff)])
               for name, eff in (("p1", 0.5), ("p2", 0.7))]).to_csv(proxies, index=False)
    camp = campaigns["margin"]
    assert cli("campaign", "measure", camp)[0] == 0
    d = _plan_json(cli, camp / "curve.csv", "--proxies", proxies)
    rows = {r["strategy"]: r for r in d["strategies"]}
    assert rows["random"]["basis"] == "transferred" and rows["margin"]["basis"] != "transferred"
    assert any("random sampling transferred from proxies" in n for n in d["notes"])


def refused(cli, argv, says):
    code, _, err = cli(*argv)
    err = err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith("alplan plan: error: "), err
    assert says in err, err


def test_bad_campaigns_are_refused_with_one_line(tmp_path, cli):
    empty = tmp_path / "empty"
    empty.mkdir()
    refused(cli, ["plan", str(empty), *FLAGS], "is not a campaign folder")
    blind = _campaign(tmp_path / "blind", "random", 2, test_labels=False)
    before = files_of(blind)
    refused(cli, ["plan", str(blind), *FLAGS, "--proxies", str(blind / "asked.csv")], "leave --proxies out")
    refused(cli, ["plan", str(blind), *FLAGS, "--confidence", "1.5"], "--confidence")
    assert files_of(blind) == before   # a refused command writes nothing, not even the measure it took
    code, out, _ = cli("plan", blind, *FLAGS)   # no test labels: the answer is to label them
    assert code == 0 and "Label the test ids" in out


def test_too_few_labels_to_forecast_continue_the_order_in_force_to_the_count_a_forecast_needs(tmp_path, cli):
    few = _campaign(tmp_path / "few", "random", 0)   # 20 training labels
    answer = cli.json("plan", few, *FLAGS)["answer"]
    assert answer["act"] == "continue" and answer["reason"] == "few" and answer["decide_at_labels"] == 40
    assert answer["order"] == 20 and answer["command"] == f"alplan campaign next {few} --decide-at 40"
    assert main(answer["command"].split()[1:]) == 0


def test_strategies_need_a_campaign_folder(tmp_path, cli, campaigns):
    refused(cli, ["plan", str(campaigns["random"] / "asked.csv"), *FLAGS, "--strategies", "margin"],
            "--strategies names the strategies measured on a campaign's labels")


@pytest.mark.parametrize("command", ["plan", "replan"])
def test_explain_on_a_curves_file_is_refused_in_one_line(campaigns, cli, command):
    camp = campaigns["random"]
    assert cli("campaign", "measure", camp)[0] == 0
    code, out, err = cli(command, camp / "curve.csv", *FLAGS, "--explain")
    assert code == 2 and not out and len(err.strip().splitlines()) == 1 and "leave --explain out" in err


def test_the_pool_stated_on_a_campaign_caps_its_forecast_and_the_report_is_the_forecast_returned(campaigns, cli,
                                                                                                  tmp_path):
    """--pool-accuracy on a campaign's folder is read once the strategies are measured (the answer takes it as a
    value: planner.decide.inputs.PoolAsked), and --report is written from the forecast the answer returns."""
    camp = tmp_path / "camp"
    shutil.copytree(campaigns["random"], camp, symlinks=True)
    report = tmp_path / "report.html"
    code, out, err = cli("plan", camp, *FLAGS, "--pool-accuracy", "0.995", "--report", report, "--json")
    assert code == 0, err
    forecast = json.loads(out)["forecast"]
    assert forecast is not None and forecast["scenario"]["pool_accuracy"] == pytest.approx(0.995)
    assert report.exists() and f"wrote the report to {report}" in err
    refused(cli, ["plan", str(camp), *FLAGS, "--pool-accuracy", "0.5"], "below what the curves already measured")
