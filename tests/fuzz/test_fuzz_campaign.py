"""Hostile pools and label files for `alplan campaign`: it runs, or refuses in one line with exit 2 and nothing
written (no campaign folder, no changed state file). Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from planner.campaign import measuring, steps
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_CELL, NASTY_NUMBER, NASTY_TEXT, labeled_file
from tests.fuzz.promise import assert_cli_refusal, run_cli


@FUZZ
@given(file=labeled_file())
def test_any_file_as_a_pool_starts_a_campaign_or_is_refused_leaving_nothing(file, capsys):
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        pool, camp = Path(folder) / f"pool{suffix}", Path(folder) / "camp"
        pool.write_bytes(data)
        rc, _, err = run_cli(["campaign", "start", camp, "--pool", pool, "--id-column", "f1", "--initial", "2",
                              "--test-size", "2"], capsys)
        if rc == 0:
            assert (camp / "campaign.json").is_file()
            return
        assert_cli_refusal(rc, err, "campaign")
        assert sorted(p.name for p in Path(folder).iterdir()) == [pool.name]


@st.composite
def returned_labels(draw, ids: list[str]) -> tuple[str, bytes]:
    """(suffix, bytes) of a file of labels: a CSV of hostile cells, or a Label Studio export with odd shapes."""
    n = draw(st.integers(0, 12))
    picked = [draw(st.one_of(st.sampled_from(ids), NASTY_CELL)) for _ in range(n)]
    if draw(st.booleans()):
        timed = draw(st.booleans())   # a column of seconds, as hostile as the rest

        def cell() -> str:
            return str(draw(NASTY_CELL)).replace(',', ';')

        rows = [f"{str(i).replace(',', ';')},{cell()}" + (f",{cell()}" if timed else "") for i in picked]
        header = draw(st.sampled_from(["id,label", "id,Label", "label,id", "id"])) + (",seconds" if timed else "")
        text = "\n".join([header, *rows]) + "\n"
        return ".csv", text.replace("\r", " ").encode("utf-8", errors="replace")
    value = st.one_of(NASTY_CELL, st.lists(NASTY_CELL, max_size=2), st.dictionaries(st.text(max_size=3), NASTY_CELL))
    tasks = [{"data": {"id": str(i)}, "annotations": [{"was_cancelled": draw(st.booleans()), "result": [
        {"type": "choices", "value": {"choices": draw(st.one_of(st.lists(value, max_size=2), value))}}],
        "lead_time": draw(st.one_of(NASTY_NUMBER, NASTY_CELL))}]} for i in picked]
    return ".json", json.dumps(draw(st.one_of(st.just(tasks), value)), allow_nan=True).encode()



def _campaign(root: Path) -> Path:
    rng = np.random.default_rng(0)
    pool = root / "pool.csv"
    pd.DataFrame({"id": [f"x{i}" for i in range(30)], "f": rng.normal(size=30)}).to_csv(pool, index=False)
    steps.start(root / "camp", pool, initial=4, batch_size=2, test_size=4)
    return root / "camp"


def _labeled(root: Path) -> Path:
    """:func:`_campaign` with its round 0 labeled 0, 1, 0, ... by people."""
    camp = _campaign(root)
    asked = pd.read_csv(camp / "asked.csv", dtype={"id": str})
    asked.assign(label=[i % 2 for i in range(len(asked))])[["id", "label"]].to_csv(root / "round0.csv", index=False)
    steps.add_labels(camp, [root / "round0.csv"])
    return camp


@FUZZ
@given(data=st.data())
def test_any_labels_file_is_added_or_refused_leaving_the_campaign_as_it_was(data, capsys):
    with tempfile.TemporaryDirectory() as folder:
        camp = _campaign(Path(folder))
        ids = pd.read_csv(camp / "asked.csv", dtype={"id": str})["id"].tolist()
        suffix, payload = data.draw(returned_labels(ids))
        path = Path(folder) / f"back{suffix}"
        path.write_bytes(payload)
        before = {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()}
        rc, _, err = run_cli(["campaign", "add", camp, path], capsys)
        if rc == 0:
            labels = pd.read_csv(camp / "labels.csv", dtype={"id": str})
            assert labels["id"].is_unique and set(labels["id"]) <= set(ids)
            if "seconds" in labels:   # a time kept is a number of seconds
                assert ((labels["seconds"] >= 0) | labels["seconds"].isna()).all()
            measuring.status(camp)   # and the premium's report reads it
            return
        assert_cli_refusal(rc, err, "campaign")
        assert {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()} == before


SWITCH_VALUE = st.one_of(NASTY_NUMBER, NASTY_TEXT, st.sampled_from(
    ["random", "margin", "entropy", "coreset", "bald", "cluster_margin", "combined:margin+random"]))


@FUZZ
@given(flags=st.dictionaries(st.sampled_from(["--strategy", "--batch-size", "--decide-at"]), SWITCH_VALUE,
                             max_size=3))
def test_any_switch_on_next_picks_as_asked_or_is_refused_leaving_the_campaign_as_it_was(flags, capsys):
    with tempfile.TemporaryDirectory() as folder:
        camp = _labeled(Path(folder))
        before = {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()}
        rc, _, err = run_cli(["campaign", "next", camp, *(f"{k}={v}" for k, v in flags.items())], capsys)
        if rc == 0:
            settings = json.loads((camp / "campaign.json").read_text())
            picked = pd.read_csv(camp / "asked.csv", dtype={"id": str}).query("round == 1")
            assert settings["strategy"] == flags.get("--strategy", "margin")
            assert len(picked) == min(settings["batch_size"], 22)
            assert settings.get("stretches", [{"from_round": 1}])[-1]["from_round"] == 1
            return
        argparse_said = "alplan campaign next: error:" in err
        assert_cli_refusal(rc, err, "campaign next" if argparse_said else "campaign")
        assert {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()} == before
