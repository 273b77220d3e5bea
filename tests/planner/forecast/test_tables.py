"""The shipped tables are found through planner/data/MANIFEST.csv (planner.forecast.tables)."""

import shutil
from importlib import resources

import pandas as pd
import pytest

import planner.forecast.analogs as analogs
import planner.forecast.spread as spread
import planner.forecast.tables as tables

DATA = resources.files("planner") / "data"


def test_every_shipped_csv_is_listed_and_every_listed_table_ships():
    on_disk = {p.name for p in DATA.iterdir() if p.name.endswith(".csv") and p.name != tables.MANIFEST}
    assert set(tables.shipped()) == on_disk
    manifest = pd.read_csv(DATA / tables.MANIFEST, dtype=str)
    assert list(manifest.columns[:1]) == ["table"] and manifest["table"].is_unique


@pytest.fixture
def data_from(tmp_path, monkeypatch):
    """Make planner/data read from ``tmp_path / "data"``, listing the tables given (and clearing the caches)."""
    def use(listed, files):
        folder = tmp_path / "data"
        folder.mkdir(exist_ok=True)
        pd.DataFrame({"table": list(listed)}).to_csv(folder / tables.MANIFEST, index=False)
        for name in files:
            shutil.copy(str(DATA / name), folder / name)
        monkeypatch.setattr(tables.resources, "files", lambda _pkg: tmp_path)
        for cached in (tables.shipped, spread.load_spread, analogs.load_library_frame, analogs.load_library,
                       analogs.load_config):
            cached.cache_clear()
    yield use
    monkeypatch.undo()
    for cached in (tables.shipped, spread.load_spread, analogs.load_library_frame, analogs.load_library,
                   analogs.load_config):
        cached.cache_clear()


def test_a_stray_csv_the_manifest_does_not_list_switches_nothing_on(data_from):
    data_from(listed=[], files=["spread.csv", "analogs.csv", "analogs_config.csv"])
    assert spread.load_spread() == {}
    assert analogs.load_library() is None and analogs.load_config().weight == 0
    assert tables.read_table("spread.csv", required=False) is None


def test_a_listed_table_that_is_missing_or_broken_is_one_error_naming_it(data_from, tmp_path):
    data_from(listed=["spread.csv"], files=[])
    with pytest.raises(RuntimeError, match="planner/data/spread.csv is listed in MANIFEST.csv but missing"):
        spread.load_spread()
    (tmp_path / "data" / "spread.csv").write_text("stratum,ratio\nall,not a number\n")
    spread.load_spread.cache_clear()
    with pytest.raises(RuntimeError, match="planner/data/spread.csv is broken"):
        spread.load_spread()


def test_a_required_table_the_manifest_does_not_list_is_refused(data_from):
    data_from(listed=["spread.csv"], files=["spread.csv"])
    with pytest.raises(RuntimeError, match="does not list analogs.csv"):
        tables.read_table("analogs.csv")


def test_a_missing_manifest_is_one_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tables.resources, "files", lambda _pkg: tmp_path)
    tables.shipped.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="planner/data/MANIFEST.csv is missing or broken"):
            tables.listed("spread.csv")
    finally:
        monkeypatch.undo()
        tables.shipped.cache_clear()
