"""One snapshot per command (planner/campaign/snapshot.py): ``alplan plan DIR``, ``campaign status`` and ``campaign
export`` read each of the campaign's files once; ``campaign next``, ``add`` and ``measure`` once in their transaction
and once more for the answer after each write; and the answer's stamp is a digest of the bytes it read, not of the
files as a concurrent writer left them."""

from __future__ import annotations

import builtins
import collections
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from campaign_fixtures import played_campaign, sourced_campaign  # noqa: E402

import planner.campaign.service as service  # noqa: E402
from planner.campaign.cache import CACHE  # noqa: E402
from planner.campaign.standing import answer_stamp  # noqa: E402
from planner.decide.campaign.asked import AskedQuestion  # noqa: E402
from planner.campaign.state import ANSWER, LABELS, LOCK, QUESTION, SOURCE_CURVE, batch_paths  # noqa: E402

ASK = ("--target", "0.99", "--label-price", "1")


def _campaign(tmp_path, cli) -> Path:
    """A random campaign of three rounds, measured and asked once (its question and answer kept)."""
    camp, _ = played_campaign(tmp_path, n=300, strategy="random", initial=20, batch_size=20, test_size=60, rounds=2)
    assert cli("campaign", "measure", camp)[0] == 0
    assert cli("plan", camp, *ASK)[0] == 0
    return camp


def _reads(monkeypatch, camp: Path) -> collections.Counter:
    """Opens for reading of the campaign's files from here on (its cache and its lock left out), by file name."""
    reads, real, root = collections.Counter(), builtins.open, camp.resolve()

    def spy(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, Path)) and "r" in mode and "+" not in mode:
            path = Path(file).resolve()
            if root in path.parents and CACHE not in path.relative_to(root).parts and path.name != LOCK:
                reads[str(path.relative_to(root))] += 1
        return real(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    return reads


def test_plan_dir_reads_each_of_the_campaigns_files_once(tmp_path, cli, monkeypatch):
    camp = _campaign(tmp_path, cli)
    reads = _reads(monkeypatch, camp)
    code, _, err = cli("plan", camp, "--target", "0.95", "--label-price", "1")
    monkeypatch.undo()
    assert code == 0, err
    assert {"campaign.json", "asked.csv", "labels.csv", "measured.csv", ANSWER} <= set(reads), reads
    assert max(reads.values()) == 1, {name: n for name, n in reads.items() if n > 1}


#: campaign STEP -> (its arguments after the folder, the most reads of one file: 1 for a step that only reads; a
#: step that writes reads once in its transaction and once for the answer after it, and ``add`` once more in the
#: measure of the labels it added and once for the answer after that).
STEPS = {"status": ((), 1), "status --json": (("--json",), 1), "next": ((), 1), "next --test": (("--test", "5"), 1),
         "measure": ((), 2), "measure --json": (("--json",), 2), "add": (("LABELS",), 4)}


@pytest.mark.parametrize("step", list(STEPS))
def test_each_campaign_step_reads_each_file_once_per_snapshot(step, tmp_path, cli, monkeypatch):
    camp = _campaign(tmp_path, cli)
    flags, most = STEPS[step]
    if flags == ("LABELS",):   # the next batch, labeled: the answer then measures the labels in hand first
        assert cli("campaign", "next", camp)[0] == 0
        batch = pd.read_csv(batch_paths(camp, 3)[0], dtype={"id": str})
        flags = (tmp_path / "labels.csv",)
        pd.DataFrame({"id": batch["id"], "label": 0}).to_csv(flags[0], index=False)
    reads = _reads(monkeypatch, camp)
    code, out, err = cli("campaign", step.split()[0], camp, *flags)
    monkeypatch.undo()
    assert code == 0, err
    assert {"campaign.json", "asked.csv", "labels.csv"} <= set(reads), reads
    if step.startswith(("status", "measure", "add")):   # they end with the answer
        assert {"measured.csv", "question.json", ANSWER} <= set(reads), reads
    if step == "add":
        assert "measured the labels in hand first" in out, out
    assert max(reads.values()) == most, reads


def test_export_reads_each_of_the_campaigns_files_once(tmp_path, cli, monkeypatch):
    camp = sourced_campaign(tmp_path, "llm")
    assert cli("campaign", "measure", camp)[0] == 0
    curve = pd.read_csv(camp / SOURCE_CURVE)
    n = int(curve.loc[curve["strategy"].str.startswith("source"), "n_labels"].iloc[0])
    reads = _reads(monkeypatch, camp)
    code, _, err = cli("campaign", "export", camp, "--source", "llm", "--labels", str(n), "--out",
                       tmp_path / "train.csv")
    monkeypatch.undo()
    assert code == 0, err
    assert {"campaign.json", "asked.csv", "labels.csv", "sources.csv"} <= set(reads), reads
    assert max(reads.values()) == 1, {name: k for name, k in reads.items() if k > 1}


def test_the_reads_are_counted(tmp_path, monkeypatch):
    """The counter sees a second read of a file, whichever way it is opened."""
    camp = tmp_path / "camp"
    camp.mkdir()
    (camp / LABELS).write_text("id,label\n")
    reads = _reads(monkeypatch, camp)
    (camp / LABELS).read_bytes()
    with open(camp / LABELS) as fh:
        fh.read()
    monkeypatch.undo()
    assert reads == {LABELS: 2}


def test_the_stamp_is_of_the_bytes_read_not_of_a_file_changed_meanwhile(tmp_path, cli, monkeypatch):
    """A writer that changes labels.csv while the answer is taken (after the snapshot read it): the kept answer is
    stamped with the bytes the answer was taken on, so the next command sees the change and does not repeat it."""
    camp = _campaign(tmp_path, cli)
    question = json.loads((camp / QUESTION).read_text())
    question["target"] = 0.95
    question["flags"] = ["--target", "0.95", "--label-price", "1"]
    read = answer_stamp(camp, AskedQuestion.from_dict(question))
    real = service._source_paths

    def meanwhile(folder, *args, **kwargs):
        with open(Path(folder) / LABELS, "a", encoding="utf-8") as fh:
            fh.write("\n")   # the same labels, other bytes
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(service, "_source_paths", meanwhile)
    code, _, err = cli("plan", camp, "--target", "0.95", "--label-price", "1")
    monkeypatch.undo()
    assert code == 0, err
    kept = json.loads((camp / ANSWER).read_text())
    assert kept["stamp"] == read != answer_stamp(camp, AskedQuestion.from_dict(question))


def test_plan_dir_parses_the_campaign_once_and_reads_its_pool_once(tmp_path, cli, monkeypatch):
    """Labels in hand no measure has scored: the answer measures them and the strategies on them, each reading the
    campaign's state and its pool; the state is parsed once and the pool read once (snapshot.once)."""
    import planner.campaign.state as state
    import planner.campaign.steps as steps

    camp, _ = played_campaign(tmp_path, n=300, strategy="random", initial=20, batch_size=20, test_size=60, rounds=2)
    calls = collections.Counter()
    parse, pool = state.Campaign._parse.__func__, steps._campaign_pool

    def parsed(cls, folder):
        calls["parse"] += 1
        return parse(cls, folder)

    def read(c, with_features):
        calls["pool"] += 1
        return pool(c, with_features)

    monkeypatch.setattr(state.Campaign, "_parse", classmethod(parsed))
    monkeypatch.setattr(steps, "_campaign_pool", read)
    code, out, err = cli("plan", camp, *ASK)
    assert code == 0, err
    assert "measured the labels in hand first" in out + err and "measuring the strategies" in out + err
    assert calls == {"parse": 1, "pool": 1}
    calls.clear()
    state.Campaign.load(camp)
    state.Campaign.load(camp)
    assert calls == {"parse": 2}   # outside a snapshot each load parses the files
