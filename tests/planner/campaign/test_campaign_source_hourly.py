"""A source paid by the hour is priced per label at its measured seconds per label: its labels' annotation times
(a seconds column, or Label Studio's lead_time), kept with each label; without times it has no price per label."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from campaign_fixtures import FIXTURES, label_studio_campaign
from test_campaign_sources import labeled, labeled_once, source_file  # noqa: F401  (labeled, labeled_once: fixtures)

from planner.cli import main
from planner.campaign import sources, steps
from planner.campaign.state import SOURCE_SETTINGS, SOURCES
from tests.seeds import SEED


@settings(max_examples=40, deadline=None)
@given(hourly=st.floats(0.5, 500), seconds=st.lists(st.one_of(st.none(), st.floats(0.1, 600)), min_size=1,
                                                    max_size=30), per_label=st.booleans())
def test_an_hourly_source_is_priced_at_its_mean_seconds_per_label(tmp_path_factory, hourly, seconds, per_label):
    """For any times: the price per label is the hourly price times the mean of the timed labels' seconds, over
    3,600; no time, no price per label; a price per label given stands as given."""
    folder = tmp_path_factory.mktemp("prices")
    given_price = 0.07 if per_label else None
    (folder / SOURCE_SETTINGS).write_text(json.dumps({"format": 1, "sources": {"v": {
        "price_per_label": given_price, "price_per_hour": None if per_label else hourly, "turnaround_days": None}}}))
    table = pd.DataFrame({"id": [str(i) for i in range(len(seconds))], "label": "a", "source": "v", "file": "f.csv",
                          "round_added": 0, "seconds": [np.nan if s is None else s for s in seconds]})
    [(name, got)] = sources.source_prices(folder, table).items()
    timed = [s for s in seconds if s is not None]
    assert name == "v" and got["timed"] == len(timed)
    if per_label:
        assert got["price_per_label"] == given_price
    elif timed:
        assert got["seconds_per_label"] == pytest.approx(np.mean(timed))
        assert got["price_per_label"] == pytest.approx(hourly * np.mean(timed) / 3600)
    else:
        assert got["price_per_label"] is None and got["seconds_per_label"] is None


def test_a_timed_hourly_source_is_measured_priced_and_weighed(labeled, tmp_path, capsys):
    camp, truth = labeled
    path = source_file(tmp_path / "vendor.csv", truth, wrong=0.05)
    rng = np.random.default_rng(SEED)
    table = pd.read_csv(path, dtype=str).assign(seconds=rng.uniform(5, 25, len(truth)).round(2))
    table.to_csv(path, index=False)
    assert main(["campaign", "add", str(camp), str(path), "--source", "vendor", "--source-hourly", "36"]) == 0
    assert f"{len(truth):,} of the new timed" in capsys.readouterr().out
    held = sources.read_sources(camp)
    assert np.allclose(held.sort_values("id")["seconds"], table.sort_values("id")["seconds"].astype(float))
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    [m] = json.loads(capsys.readouterr().out)["sources"]
    mean = table["seconds"].astype(float).mean()
    assert m["seconds_per_label"] == pytest.approx(mean) and m["timed"] == len(truth)
    assert m["price_per_label"] == pytest.approx(36 * mean / 3600) and m["price_per_hour"] == 36
    assert main(["campaign", "status", str(camp)]) == 0
    assert f"$36.00 an hour x {mean:,.3g} s a label (the mean of its {len(truth):,} timed labels)" in \
        capsys.readouterr().out
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    ask = ["plan", str(camp), "--target", "0.99", "--label-price", "1"]   # no stop: the source lines follow the answer
    assert main([*ask, "--explain"]) == 0   # the source lines, among the details
    assert f"an hour x {mean:,.3g} s a label measured on {len(truth):,} of its labels" in capsys.readouterr().out
    assert main([*ask, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert {p["kind"] for p in got["sources"]} == {"source", "relabel", "fill"}
    for path_ in got["sources"]:   # the source alone, re-labeled, filling: its labels at the measured price per label
        assert path_["price_per_label"] == pytest.approx(36 * mean / 3600)
    for option in got["source_pick"]["options"]:
        assert option["source_label_cost"] == pytest.approx(option["labels"] * 36 * mean / 3600)


def test_an_hourly_source_without_times_has_no_price_per_label(labeled, tmp_path, capsys):
    camp, truth = labeled
    path = source_file(tmp_path / "llm.csv", truth, wrong=0.05)
    assert main(["campaign", "add", str(camp), str(path), "--source", "llm", "--source-hourly", "30"]) == 0
    capsys.readouterr()
    assert main(["campaign", "status", str(camp), "--json"]) == 0
    [m] = json.loads(capsys.readouterr().out)["sources"]
    assert (m["price_per_label"], m["seconds_per_label"], m["timed"]) == (None, None, 0)
    assert main(["campaign", "status", str(camp)]) == 0
    assert "no price per label: its labels carry no annotation time" in capsys.readouterr().out


def test_label_studio_lead_times_time_a_source(tmp_path):
    camp, ids = label_studio_campaign(tmp_path / "camp")
    pd.DataFrame({"id": ids, "label": ["cat", "dog"] * (len(ids) // 2)}).to_parquet(tmp_path / "human.parquet")
    steps.add_labels(camp, [tmp_path / "human.parquet"])
    _, added = sources.add_source(camp, [FIXTURES / "ls_export.json"], source="pool", hourly=20.0)
    held = sources.read_sources(camp)
    assert added.timed == held["seconds"].notna().sum() > 0
    [m] = sources.measure_sources(steps.Campaign.load(camp))
    assert m.price_per_label == pytest.approx(20 * held["seconds"].mean() / 3600)


def test_a_sources_table_written_without_times_reads_with_none_timed(labeled, tmp_path):
    camp, truth = labeled
    sources.add_source(camp, [source_file(tmp_path / "v.csv", truth)], source="v", price=0.01)
    table = pd.read_csv(camp / SOURCES, dtype=str, keep_default_na=False)
    table.drop(columns="seconds").to_csv(camp / SOURCES, index=False)   # as a campaign written before times
    held = sources.read_sources(camp)
    assert len(held) == len(truth) and held["seconds"].isna().all()
    table.assign(seconds="soon").to_csv(camp / SOURCES, index=False)
    with pytest.raises(ValueError, match="row 2, column .seconds.: .soon. is not a number"):
        sources.read_sources(camp)
