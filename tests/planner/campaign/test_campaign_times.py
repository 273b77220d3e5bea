"""Each label's annotation time, as the files that bring labels back carry it: Label Studio's lead_time (full JSON,
JSON-MIN, CSV, written as its converter writes them), a column of seconds in CSV or Parquet; kept in labels.csv
(format 3) and read back exactly; campaigns of formats 1 and 2 still read."""

from __future__ import annotations

import csv
import json
import math

import pandas as pd
import pytest
from campaign_fixtures import FIXTURES, label_studio_campaign
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import steps
from planner.campaign.labels import MAX_SECONDS, read_labels
from planner.campaign.state import LABELS, SETTINGS, Campaign


@pytest.fixture()
def ls_campaign(tmp_path):
    return label_studio_campaign(tmp_path / "camp", "ls_timed.json")


def planted(ids: list[str]) -> dict:
    """The seconds and annotations the ls_timed fixtures plant per id (see fixtures/label_studio.py)."""
    out = {i: (round(3.5 + 1.75 * n, 3), 1) for n, i in enumerate(ids)}
    out[ids[2]] = (32.5, 2)          # two annotators, both paid for
    out[ids[4]] = (6.0, 1)           # the cancelled annotation is not a label
    out[ids[7]] = (math.nan, None)   # an annotation without its time: none invented
    return out


@pytest.mark.parametrize("name", ["ls_timed.json", "ls_timed_min.json", "ls_timed.csv"])
def test_label_studio_lead_time_is_kept_per_label_summed_over_annotations(ls_campaign, capsys, name):
    camp, ids = ls_campaign
    assert main(["campaign", "add", str(camp), str(FIXTURES / name)]) == 0
    assert "15 of them timed" in capsys.readouterr().out
    held = Campaign.load(camp).labels.set_index("id")
    for i, (seconds, annotations) in planted(ids).items():
        got = held.loc[i]
        assert (math.isnan(seconds) and pd.isna(got["seconds"])) or got["seconds"] == seconds, (i, got["seconds"])
        assert (pd.isna(got["annotations"]) if annotations is None else got["annotations"] == annotations)
        assert got["round_added"] == 0
    assert json.loads((camp / SETTINGS).read_text())["format"] == 3


def test_a_csv_or_parquet_column_of_seconds_is_read_and_a_file_without_times_invents_none(tmp_path):
    pd.DataFrame({"id": ["a", "b", "c"], "label": ["x", "y", "x"], "seconds": [1.5, None, 30.0]}).to_csv(
        tmp_path / "s.csv", index=False)
    pd.DataFrame({"id": ["a", "b"], "label": ["x", "y"], "took": [2.0, 4.0]}).to_parquet(tmp_path / "t.parquet")
    pd.DataFrame({"id": ["a"], "label": ["x"]}).to_csv(tmp_path / "none.csv", index=False)
    got = read_labels(tmp_path / "s.csv", "id", "label")
    assert got.seconds[0] == 1.5 and math.isnan(got.seconds[1]) and got.seconds[2] == 30.0
    assert list(read_labels(tmp_path / "t.parquet", "id", "label", time_column="took").seconds) == [2.0, 4.0]
    assert read_labels(tmp_path / "t.parquet", "id", "label").seconds is None   # 'took' is not read unless named
    assert read_labels(tmp_path / "none.csv", "id", "label").seconds is None


@pytest.mark.parametrize(("cell", "says"), [("-3", "from 0 to"), ("soon", "not a number of seconds"),
                                             ("1e9", "from 0 to")])
def test_a_time_that_is_not_seconds_is_refused_in_one_line_and_nothing_is_written(tmp_path, capsys, cell, says):
    camp = tmp_path / "camp"
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"id": [f"p{i}" for i in range(30)], "f": range(30)}).to_csv(pool, index=False)
    steps.start(camp, pool, initial=4, test_size=4, batch_size=2)
    ids = Campaign.load(camp).asked["id"].tolist()
    pd.DataFrame({"id": ids[:2], "label": ["x", "y"], "seconds": ["5", cell]}).to_csv(tmp_path / "l.csv", index=False)
    before = (camp / LABELS).read_bytes()
    assert main(["campaign", "add", str(camp), str(tmp_path / "l.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err and "data row 2" in err, err
    assert (camp / LABELS).read_bytes() == before
    assert main(["campaign", "add", str(camp), str(tmp_path / "l.csv"), "--time-column", "sec"]) == 2
    assert "--time-column" in capsys.readouterr().err


def test_labels_csv_round_trips_times_exactly_and_an_old_format_upgrades_when_a_time_comes(tmp_path):
    camp = tmp_path / "camp"
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"id": [f"=p{i}" for i in range(30)], "f": range(30)}).to_csv(pool, index=False)
    steps.start(camp, pool, initial=4, test_size=4, batch_size=2)
    ids = Campaign.load(camp).asked["id"].tolist()
    # a campaign of format 2, written before labels had times
    settings = json.loads((camp / SETTINGS).read_text())
    settings["format"] = 2
    (camp / SETTINGS).write_text(json.dumps(settings))
    pd.DataFrame({"id": ids[:2], "label": ["x", "y"]}).to_csv(tmp_path / "a.csv", index=False)
    steps.add_labels(camp, [tmp_path / "a.csv"])
    assert json.loads((camp / SETTINGS).read_text())["format"] == 2   # no time: kept in its own format
    with open(camp / LABELS, newline="") as fh:
        assert next(csv.reader(fh)) == ["id", "label", "used_from", "source"]
    times = [0.1 + 0.2, 1 / 3, 1e-7, 12345.678901234]
    pd.DataFrame({"id": ids[2:6] + ids[:1], "label": ["x", "y", "x", "y", "x"],
                  "seconds": times + [7.0]}).to_csv(tmp_path / "b.csv", index=False)
    steps.add_labels(camp, [tmp_path / "b.csv"])
    c = Campaign.load(camp)
    assert c.format == 3 and c.asked["id"].tolist() == ids
    held = c.labels.set_index("id")
    assert held.loc[ids[2:6], "seconds"].tolist() == times   # floats read back bit for bit
    assert held.loc[ids[0], "seconds"] == 7.0 and held.loc[ids[1]].isna()["seconds"]   # a time given late is taken
    before = {p: p.read_bytes() for p in (camp / LABELS, camp / "asked.csv")}
    c.save(settings=False)
    assert {p: p.read_bytes() for p in before} == before


@settings(max_examples=8, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(times=st.lists(st.one_of(st.none(), st.floats(0, MAX_SECONDS)), min_size=12, max_size=12),
       formula=st.booleans())
def test_any_time_reads_back_bit_for_bit_through_add_and_next(tmp_path_factory, times, formula):
    folder = tmp_path_factory.mktemp("times")
    pool = folder / "pool.csv"
    prefix = "=" if formula else "-"
    pd.DataFrame({"id": [f"{prefix}p{i}" for i in range(40)], "f": range(40)}).to_csv(pool, index=False)
    camp = folder / "camp"
    steps.start(camp, pool, initial=6, test_size=6, batch_size=4)
    ids = Campaign.load(camp).asked["id"].tolist()
    given_ = {i: t for i, t in zip(ids, times)}
    pd.DataFrame({"id": ids, "label": ["x", "y"] * 6, "seconds": [math.nan if t is None else t for t in times]}
                 ).to_csv(folder / "back.csv", index=False)
    steps.add_labels(camp, [folder / "back.csv"], allow_new_class=True)
    steps.next_batch(camp)   # rewrites labels.csv (used_from)
    held = Campaign.load(camp).labels.set_index("id")
    for i, t in given_.items():
        got = held.loc[i, "seconds"]
        assert (t is None and pd.isna(got)) or got == t, (i, t, got)
    assert Campaign.load(camp).asked["id"].tolist()[:12] == ids


def test_a_label_studio_csv_is_timed_by_its_lead_time_even_when_the_tasks_data_holds_seconds(ls_campaign, tmp_path):
    camp, ids = ls_campaign
    export = pd.read_csv(FIXTURES / "ls_timed.csv", dtype=str, keep_default_na=False)
    export.assign(seconds="999").to_csv(tmp_path / "with_seconds.csv", index=False, quoting=csv.QUOTE_NONNUMERIC)
    steps.add_labels(camp, [tmp_path / "with_seconds.csv"])
    held = Campaign.load(camp).labels.set_index("id")
    assert held.loc[ids[2], "seconds"] == 32.5 and held.loc[ids[0], "seconds"] == 3.5
