"""A source's labels uploaded beside a campaign on the page: the words are those the CLI gives once `alplan campaign
add DIR FILE --source NAME` and `alplan campaign measure DIR` have kept them (the answer of `alplan plan DIR`, the
source measured as `campaign status` and `campaign measure` say it), computed in memory: nothing is written to the
campaign, and the commands shown keep it. Bad input is refused in one line, as the CLI refuses it."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import breast_cancer_files, files_of, run_campaign  # noqa: E402

from planner.campaign.page import page_campaign  # noqa: E402
from planner.decide.costs import Scenario  # noqa: E402
from planner.campaign import measuring, steps  # noqa: E402

PRICE = 0.5   # the human labels' price, on the page and on the command line
ASK = dict(confidence=0.9, metric="accuracy")
SAID = ("Aside: ", "Cheapest ", "Source ", "Training on source", "Re-labeling source")   # `plan DIR` after its answer


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    """A random campaign on 200 rows of breast cancer (40 test ids, 45 training labels), measured, and a source's
    labels of the whole pool with 5% of them wrong (ids as strings, labels as the people gave them)."""
    work = tmp_path_factory.mktemp("source-page")
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "a camp"
    steps.start(camp, pool, strategy="random", initial=30, batch_size=5, test_size=40, seed=2)
    run_campaign(camp, truth, 3, work)
    c, curve = measuring.measure(camp)
    measuring.write_curve(c, curve)
    flip = np.random.default_rng(3).random(len(truth)) < 0.05
    labels = np.where(flip, 1 - truth["label"].astype(int), truth["label"].astype(int))
    return camp, pd.DataFrame({"id": truth["id"], "label": labels})


def copied(camp: Path, tmp: Path) -> Path:
    return Path(shutil.copytree(camp, tmp / "camp copy"))


def page(folder: Path, path: Path, target: float, **source) -> str:
    return page_campaign(str(folder), Scenario(label_price=PRICE), target, upload=(path.name, path.read_bytes()),
                         **source, **ASK)


def kept_by_the_cli(cli, folder: Path, path: Path, target: float, **source) -> tuple[str, str, str]:
    """(the page's words on ``folder`` after the CLI's add and measure, the source lines of `plan DIR`, what
    `campaign status` and `campaign measure` print)."""
    flags = ["--source", source["source"]] + (["--label-column", source["label_column"]] if "label_column" in source
                                               else [])
    for flag, key in (("--source-price", "price"), ("--source-hourly", "hourly"),
                      ("--source-turnaround-days", "turnaround_days")):
        if source.get(key) is not None:
            flags += [flag, repr(float(source[key]))]
    assert cli("campaign", "add", folder, path, *flags)[0] == 0
    code, measured, _ = cli("campaign", "measure", folder)
    assert code == 0
    status = cli("campaign", "status", folder)[1]
    after = page_campaign(str(folder), Scenario(label_price=PRICE), target, **ASK)
    code, out, err = cli("plan", folder, "--target", target, "--label-price", PRICE, "--explain")   # as the page
    assert code == 0, err
    return after, "\n".join(line for line in out.splitlines() if line.startswith(SAID)), status + measured


def check_same(cli, folder: Path, path: Path, target: float, **source) -> str:
    before = files_of(folder)
    said = page(folder, path, target, **source)
    assert files_of(folder) == before   # nothing written to the campaign
    after, plan_lines, printed = kept_by_the_cli(cli, folder, path, target, **source)
    # the page's answer, once the CLI kept the source: the same, to the last digit; then the source measured and
    # the commands that keep it
    assert said.startswith(after + "\n\n"), (said, after)
    answer, (*measured, keep) = after, said[len(after) + 2:].split("\n\n")
    measured = "\n".join(measured)
    assert answer.endswith(plan_lines) if plan_lines else not any(line.startswith(SAID) for line in answer.splitlines())
    for line in measured.splitlines():   # the source as `campaign status` and `campaign measure` say it
        assert line in printed.splitlines(), (line, printed)
    commands = keep.splitlines()[1:]
    add = shlex.split(commands[0])
    assert add[:7] == ["alplan", "campaign", "add", str(folder), path.name, "--source", source["source"]]
    assert shlex.split(commands[1]) == ["alplan", "campaign", "measure", str(folder)]
    return said


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keep=st.sets(st.integers(0, 199), max_size=200), invert=st.booleans(),
       price=st.one_of(st.none(), st.floats(0, 10)), turnaround=st.one_of(st.none(), st.floats(0, 30)))
def test_any_share_of_a_source_reads_on_the_page_as_the_cli_says_it_once_kept(campaign, cli, tmp_path_factory, keep,
                                                                               invert, price, turnaround):
    camp, labels = campaign
    tmp = tmp_path_factory.mktemp("any")
    rows = sorted(set(range(len(labels))) - keep if invert else keep)
    path = tmp / "vendor labels.csv"
    labels.iloc[rows].to_csv(path, index=False)
    said = check_same(cli, copied(camp, tmp), path, 0.5, source="vendor-a", price=price, turnaround_days=turnaround)
    add = shlex.split(said.splitlines()[-2])
    assert ("--source-price" in add, "--source-turnaround-days" in add) == (price is not None, turnaround is not None)


def test_a_timed_source_paid_by_the_hour_in_its_own_column_reads_as_the_cli_says_it(campaign, cli, tmp_path):
    """Its labels in a column of another name, with their seconds: priced per label at its measured seconds, and
    the command that keeps it names the column and the hourly price."""
    camp, labels = campaign
    path = tmp_path / "vendor.csv"
    seconds = np.random.default_rng(5).uniform(4, 20, len(labels)).round(1)
    labels.rename(columns={"label": "answer"}).assign(seconds=seconds).to_csv(path, index=False)
    said = check_same(cli, copied(camp, tmp_path), path, 0.5, source="vendor-h", hourly=30.0, label_column="answer")
    add = shlex.split(said.splitlines()[-2])
    assert add[add.index("--label-column") + 1] == "answer" and add[add.index("--source-hourly") + 1] == "30.0"
    assert f"$30.00 an hour x {seconds.mean():,.3g} s a label" in said


def test_a_forecast_answer_with_a_second_source_reads_as_the_cli_says_it(campaign, cli, tmp_path):
    """A target the labels in hand do not meet (the answer forecast), a source already kept beside the new one."""
    camp, labels = campaign
    folder = copied(camp, tmp_path)
    first = tmp_path / "first.csv"
    labels.iloc[::2].to_csv(first, index=False)
    assert cli("campaign", "add", folder, first, "--source", "first", "--source-price", "0.02")[0] == 0
    assert cli("campaign", "measure", folder)[0] == 0
    path = tmp_path / "llm.json"
    pd.DataFrame({"id": labels["id"], "label": labels["label"].astype(str)}).to_json(path, orient="records")
    said = check_same(cli, folder, path, 0.99, source="gpt_4o_mini", price=0.01)
    assert "source gpt_4o_mini alone" in said and "source first alone" in said


@pytest.mark.parametrize(("change", "says"), [
    (dict(ids=["nope"]), "not in the campaign's pool"),
    (dict(source="bad name!"), "is not a source name"),
    (dict(source="margin"), "is the name of a strategy"),
    (dict(label="7"), "which none of the human labels holds"),
    (dict(price=-1.0), "--source-price must be dollars per label from 0"),
    (dict(price=float("nan")), "--source-price must be dollars per label from 0"),
    (dict(name="labels.txt"), "must end in"),
])
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(campaign, tmp_path, change, says):
    camp, labels = campaign
    folder = copied(camp, tmp_path)
    table = labels.head(60).astype({"label": str})
    if "ids" in change:
        table.loc[3, "id"] = change["ids"][0]
    if "label" in change:
        table.loc[5, "label"] = change["label"]
    path = tmp_path / change.get("name", "vendor.csv")
    table.to_csv(path, index=False)
    before = files_of(folder)
    with pytest.raises(ValueError) as refused:
        page(folder, path, 0.5, source=change.get("source", "vendor-a"), price=change.get("price", 0.05))
    assert says in str(refused.value) and "\n" not in str(refused.value)
    assert files_of(folder) == before
