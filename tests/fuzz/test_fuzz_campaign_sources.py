"""Hostile source files and flags for `alplan campaign add --source`: the labels are kept apart, or refused in one
line with exit 2 and the campaign's files as they were. Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.campaign import sources, steps
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_NUMBER, NASTY_TEXT
from tests.fuzz.promise import assert_cli_refusal, run_cli
from tests.fuzz.test_fuzz_campaign import _labeled, returned_labels

SOURCE_FLAG = st.dictionaries(
    st.sampled_from(["--source-price", "--source-hourly", "--source-turnaround-days", "--label-column"]),
    st.one_of(NASTY_NUMBER, NASTY_TEXT, st.sampled_from(["0.05", "label", "12"])), max_size=2)
@st.composite
def delivered(draw, ids: list[str]) -> tuple[str, bytes]:
    """(suffix, bytes) of a source's delivery: mostly the pool's ids and the campaign's classes, some hostile."""
    cell = st.one_of(st.sampled_from(["0", "1", "1.0", " 0 "]), NASTY_TEXT)
    rows = draw(st.lists(st.tuples(st.one_of(st.sampled_from(ids), NASTY_TEXT), cell), max_size=12))
    frame = pd.DataFrame(rows, columns=["id", "label"], dtype=object)
    return ".csv", frame.to_csv(index=False).encode("utf-8", errors="replace")


SOURCE_NAME = st.one_of(st.sampled_from(["llm", "vendor-a", "v.2", "llm", "margin", "random", "-x", "a" * 41]), NASTY_TEXT)


@FUZZ
@given(data=st.data())
def test_any_source_file_and_flags_are_kept_apart_or_refused_leaving_the_campaign_as_it_was(data, capsys):
    with tempfile.TemporaryDirectory() as folder:
        camp = _labeled(Path(folder))
        pool_ids = [f"x{i}" for i in range(30)]
        suffix, payload = data.draw(st.one_of(delivered(pool_ids), returned_labels(pool_ids)))
        path = Path(folder) / f"source{suffix}"
        path.write_bytes(payload)
        name = data.draw(SOURCE_NAME)
        flags = data.draw(SOURCE_FLAG)
        before = {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()}
        rc, _, err = run_cli(["campaign", "add", camp, path, f"--source={name}",
                              *(f"{k}={v}" for k, v in flags.items())], capsys)
        if rc == 0:
            assert (camp / "labels.csv").read_bytes() == before["labels.csv"]   # the human labels as they were
            held = sources.read_sources(camp)
            assert set(held["id"]) <= set(pool_ids) and set(held["label"]) <= {"0", "1"}
            assert not held.duplicated(["source", "id"]).any()
            sources.measure_sources(steps.Campaign.load(camp))   # and status reads it
            return
        argparse_said = "alplan campaign add: error:" in err
        assert_cli_refusal(rc, err, "campaign add" if argparse_said else "campaign")
        assert {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()} == before


@pytest.fixture(scope="module")
def sourced(tmp_path_factory) -> Path:
    """A measured campaign on 200 rows of breast cancer with a source labeling the whole pool."""
    import sys

    from planner.cli import main

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
    from campaign_fixtures import sourced_campaign

    camp = sourced_campaign(tmp_path_factory.mktemp("sourced"), "llm")
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


EXPORT_FLAG = st.dictionaries(
    st.sampled_from(["--source", "--labels", "--out", "--kind"]),
    st.one_of(NASTY_NUMBER, NASTY_TEXT, st.sampled_from(["llm", "30", "60", "45", "relabel", "source", "fill",
                                                          "out.csv", "{camp}/labels.csv", "{camp}", "x/y.csv"])),
    max_size=4)


@FUZZ
@given(flags=EXPORT_FLAG)
def test_any_export_flags_write_the_measured_training_set_or_are_refused(sourced, flags, capsys, tmp_path_factory):
    camp = sourced
    work = tmp_path_factory.mktemp("export")
    flags = {k: str(v).replace("{camp}", str(camp)) for k, v in flags.items()}
    flags.setdefault("--out", "out.csv")
    if not Path(flags["--out"]).is_absolute():
        flags["--out"] = str(work / flags["--out"])
    before = {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()}
    existed = _is_file(flags["--out"])
    rc, _, err = run_cli(["campaign", "export", camp, *(f"{k}={v}" for k, v in flags.items())], capsys)
    assert {p.name: p.read_bytes() for p in camp.iterdir() if p.is_file()} == before   # the campaign as it was
    if rc == 0:
        wrote = pd.read_csv(flags["--out"], dtype=str)
        c = steps.Campaign.load(camp)
        assert len(wrote) == int(flags["--labels"]) and not wrote["id"].isin(
            set(c.asked.loc[c.asked["role"] == "test", "id"])).any()
        return
    argparse_said = "alplan campaign export: error:" in err
    assert_cli_refusal(rc, err, "campaign export" if argparse_said else "campaign")
    assert existed or not _is_file(flags["--out"])   # nothing half-written where the export was refused


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except OSError:   # a name the system refuses is no file
        return False
