"""A campaign's cache (``.cache/``): the strategies' runs and the sources' curves read back give the answer computed
afresh, follow the labels, and a damaged or unwritable cache is computed again, never trusted."""

from __future__ import annotations

import contextlib
import io
import math
import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest
from campaign_fixtures import label_batch, sourced_campaign
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import measuring, sources, steps
from planner.campaign.cache import CACHE, cached_rows, digest
from planner.campaign.state import SOURCE_CURVE

PLAN = ["--target", "0.99", "--label-price", "0.5", "--json"]
TIMINGS = ["train_seconds", "query_seconds"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A random campaign of 45 training labels with a source labeling the whole pool, measured; and its truth."""
    work = tmp_path_factory.mktemp("cache")
    camp = sourced_campaign(work, "llm")
    assert main(["campaign", "measure", str(camp)]) == 0
    shutil.rmtree(camp / CACHE)
    return camp, pd.read_csv(work / "pool.csv")[["id"]].assign(label=pd.read_csv(work / "labeled.csv")["label"])


@pytest.fixture()
def camp(built, tmp_path):
    return Path(shutil.copytree(built[0], tmp_path / "camp"))


@pytest.fixture(scope="module")
def planned(built, tmp_path_factory):
    """:func:`built` after its first question (``plan DIR``, which wrote its cache), and that question's answer (its
    folder written DIR): asked once, for the tests that start where it left off."""
    camp = Path(shutil.copytree(built[0], tmp_path_factory.mktemp("planned") / "camp"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["plan", str(camp), *PLAN]) == 0
    assert list((camp / CACHE).glob("runs-*.parquet")), err.getvalue()
    return camp, out.getvalue().replace(str(camp), "DIR")


@pytest.fixture()
def asked(planned, tmp_path):
    """(a copy of :func:`planned`'s folder, its cache with it; the first question's answer)."""
    return Path(shutil.copytree(planned[0], tmp_path / "camp")), planned[1]


def _plan(capsys, folder) -> tuple[str, str]:
    capsys.readouterr()
    assert main(["plan", str(folder), *PLAN]) == 0
    got = capsys.readouterr()
    return got.out.replace(str(folder), "DIR"), got.err


def _fresh(capsys, folder, tmp_path) -> str:
    """``plan DIR``'s answer on a copy of ``folder`` without its cache."""
    copy = Path(shutil.copytree(folder, tmp_path / "fresh", ignore=shutil.ignore_patterns(CACHE)))
    try:
        return _plan(capsys, copy)[0]
    finally:
        shutil.rmtree(copy)


def _no_runs(monkeypatch) -> None:
    import simulations.run.loop as loop

    monkeypatch.setattr(loop, "simulate", lambda *a, **k: pytest.fail("the strategies were run again"))
    monkeypatch.setattr(loop, "run_one", lambda *a, **k: pytest.fail("the strategies were run again"))   # on cores


def test_a_second_question_reads_the_runs_back_and_answers_as_computed_afresh(camp, capsys, monkeypatch):
    first, said = _plan(capsys, camp)
    assert "measuring the strategies" in said and list((camp / CACHE).glob("runs-*.parquet"))
    import planner.forecast.bootstrap as bootstrap

    assert list((camp / CACHE).glob("fits-*.npz"))   # the forecast's fits to the strategies' curves
    with monkeypatch.context() as m:
        _no_runs(m)
        m.setattr(bootstrap, "fit_all", lambda *a, **k: pytest.fail("the curves were fitted again"))
        again, said = _plan(capsys, camp)
    assert again == first and "measuring the strategies" not in said
    shutil.rmtree(camp / CACHE)
    assert _plan(capsys, camp)[0] == first


def test_new_labels_make_the_runs_and_the_changed_curves_anew(asked, built, capsys, tmp_path):
    camp, _ = asked   # asked once already
    assert main(["campaign", "measure", str(camp)]) == 0
    before = pd.read_csv(camp / SOURCE_CURVE)
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 4, built[1].astype({"id": str, "label": str}), tmp_path / "l4.csv")])
    copy = Path(shutil.copytree(camp, tmp_path / "fresh", ignore=shutil.ignore_patterns(CACHE)))
    fits = {camp: [], copy: []}
    real = sources._Trainer._fit
    with pytest.MonkeyPatch.context() as m:
        m.setattr(sources._Trainer, "_fit", lambda self, part: fits[self.c.folder].append(len(part)) or real(self, part))
        for folder in (camp, copy):
            assert main(["campaign", "measure", str(folder)]) == 0
    assert 0 < len(fits[camp]) < len(fits[copy])   # the curves the new human labels change, and those only
    after = pd.read_csv(camp / SOURCE_CURVE)
    mine = after["strategy"] == "source:llm"   # the source's own curve: its labels and the test labels, unchanged
    pd.testing.assert_frame_equal(after[mine].reset_index(drop=True), before[before["strategy"] == "source:llm"]
                                  .reset_index(drop=True))
    pd.testing.assert_frame_equal(after.drop(columns=TIMINGS), pd.read_csv(copy / SOURCE_CURVE).drop(columns=TIMINGS))
    shutil.rmtree(copy)
    assert _plan(capsys, camp)[0] == _fresh(capsys, camp, tmp_path)


@pytest.mark.parametrize("damage", [b"", b"PAR1 not a parquet file", b'{"x": [[1]]}', b"\x00\xff" * 64])
def test_a_damaged_cache_is_computed_again_never_trusted(asked, capsys, tmp_path, damage):
    camp, first = asked   # asked once already: the cache written
    assert main(["campaign", "measure", str(camp)]) == 0
    curve = pd.read_csv(camp / SOURCE_CURVE).drop(columns=TIMINGS)
    for path in (camp / CACHE).iterdir():
        path.write_bytes(damage)
    again, said = _plan(capsys, camp)
    assert again == first and "measuring the strategies" in said
    assert main(["campaign", "measure", str(camp)]) == 0
    pd.testing.assert_frame_equal(pd.read_csv(camp / SOURCE_CURVE).drop(columns=TIMINGS), curve)
    assert _plan(capsys, camp)[1].count("measuring the strategies") == 0   # written again, and read back


def test_a_cache_stored_under_another_key_is_not_read(asked, capsys):
    camp, first = asked   # asked once already: the cache written
    [runs] = (camp / CACHE).glob("runs-*.parquet")
    table = pd.read_parquet(runs).assign(accuracy=0.5)   # the same file name, other numbers, no key
    table.to_parquet(runs)
    assert _plan(capsys, camp)[0] == first


def test_a_folder_that_cannot_hold_a_cache_still_answers(camp, capsys, tmp_path):
    (camp / CACHE).write_text("a file where the cache folder would be")
    first, said = _plan(capsys, camp)
    assert "measuring the strategies" in said and (camp / CACHE).is_file()
    assert first == _fresh(capsys, camp, tmp_path)


def test_a_pool_unchanged_for_a_while_is_read_once_and_shared_read_only(camp, capsys, tmp_path):
    from planner.campaign import pool as pool_module
    from planner.campaign.state import Campaign

    meta = Campaign.load(camp).settings["pool"]
    past = time.time() - 3600
    os.utime(meta["path"], (past, past))
    a = pool_module.read_pool(meta["path"], meta["id_column"], tuple(meta["features"]))
    b = pool_module.read_pool(meta["path"], meta["id_column"], tuple(meta["features"]))
    assert a is b and not a.X.flags.writeable
    assert main(["campaign", "measure", str(camp)]) == 0   # the commands read the shared pool without changing it
    assert _plan(capsys, camp)[0] == _fresh(capsys, camp, tmp_path)
    os.utime(meta["path"])   # touched now: read again
    assert pool_module.read_pool(meta["path"], meta["id_column"], tuple(meta["features"])) is not a


CELL = st.one_of(st.floats(allow_infinity=False), st.integers(-2**62, 2**62), st.text(max_size=8))


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(rows=st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=4))
def test_curve_rows_read_back_to_the_same_bits(rows, tmp_path_factory):
    folder = tmp_path_factory.mktemp("rows")
    key = digest("rows", len(rows))
    cache = cached_rows(folder, "t", 3)
    assert cache.get(key, lambda: rows) == rows
    cache.save()
    back = cached_rows(folder, "t", 3).get(key, lambda: pytest.fail("computed again"))

    def bits(v):
        return ("nan",) if isinstance(v, float) and math.isnan(v) else (type(v), repr(v))

    assert [[bits(v) for v in row] for row in back] == [[bits(v) for v in row] for row in rows]


def test_a_measure_after_a_new_round_refits_that_round_only(camp, built, tmp_path):
    from planner.campaign.state import CURVE, SOURCE_SETTINGS, SOURCES

    for name in (SOURCES, SOURCE_SETTINGS, SOURCE_CURVE):
        (camp / name).unlink(missing_ok=True)
    assert main(["campaign", "measure", str(camp)]) == 0
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 4, built[1].astype({"id": str, "label": str}), tmp_path / "l4.csv")])
    fits = []
    real = measuring._fit   # the measure's fit (planner.campaign.measuring), steps._fit itself
    with pytest.MonkeyPatch.context() as m:
        m.setattr(measuring, "_fit", lambda *a: fits.append(len(a[2])) or real(*a))
        assert main(["campaign", "measure", str(camp)]) == 0
    assert fits == [len(steps._train_labels(steps.Campaign.load(camp), None))]   # the new round's model alone
    copy = Path(shutil.copytree(camp, tmp_path / "fresh", ignore=shutil.ignore_patterns(CACHE)))
    assert main(["campaign", "measure", str(copy)]) == 0
    pd.testing.assert_frame_equal(pd.read_csv(camp / CURVE).drop(columns=TIMINGS),
                                  pd.read_csv(copy / CURVE).drop(columns=TIMINGS))
