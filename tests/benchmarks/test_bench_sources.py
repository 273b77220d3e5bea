"""benchmarks/bench_sources.py: planted sources played through the campaign's CLI, one tiny case."""

from pathlib import Path

import numpy as np
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bs():
    yield from loaded_script(ROOT / "benchmarks" / "bench_sources.py", "bench_sources_under_test")


@pytest.fixture(scope="module")
def whole(bs):
    """The tiny case's rows with the source on the whole pool, played once for the tests that read them."""
    return bs.play(("breast_cancer", 0, True))


def test_planted_sources_have_the_accuracy_they_are_built_for(bs):
    y = np.repeat([0, 1, 2], [800, 150, 50])
    labels = {kind: bs.planted(kind, y, 3, np.random.default_rng(0)) for kind in bs.SOURCES}
    assert abs(np.mean(labels["near2"] == y) - 0.98) < 0.015 and abs(np.mean(labels["noise15"] == y) - 0.85) < 0.03
    assert abs(np.mean(labels["useless"] == y) - 1 / 3) < 0.05
    weak = labels["rare_weak"]
    assert np.mean(weak[y == 2] == 2) < np.mean(weak[y == 1] == 1) < np.mean(weak[y == 0] == 0)   # weakest on rarest


@pytest.mark.slow
def test_one_case_gives_a_row_per_source_and_price_and_a_coverage_fraction(bs, whole):
    rows = whole
    assert {r["source"] for r in rows} == set(bs.SOURCES) and len(rows) == 2 * len(bs.SOURCES)
    for r in rows:
        assert r["pick"] in ("answer", "source") and r["hindsight"] == min(r["human_cost"], r["source_cost"])
        assert r["regret"] >= 0 and r["low"] <= r["measured"] <= r["high"] and 0 <= r["planted"] <= 1
        assert r["hindsight3"] == min(r["human_cost"], r["source_cost"], r["relabel_cost"]) and r["regret3"] >= 0
        assert r["regret3_without"] >= 0 and r["relabel_cheapest"] <= (r["hindsight3"] == r["relabel_cost"])
        assert r["fill_cost"] > 0 and r["fill_cheapest"] == (r["fill_cost"] < r["hindsight3"])
    s = bs.summary(rows)
    assert set(s["relabel"]) == {"all", *bs.SOURCES} and 0 <= s["relabel"]["all"]["picked"] <= 1
    assert 0 <= s["relabel"]["all"]["fill_cheapest"] <= 1
    assert s["intervals"] == len(bs.SOURCES) and 0 <= s["coverage"] <= 1 and 0 <= s["source_cheapest"] <= 1
    near = [r for r in rows if r["source"] == "near2"]
    assert all(r["planted"] > 0.95 and r["measured"] > 0.9 for r in near)


@pytest.mark.slow
def test_a_source_on_a_share_of_the_pool_is_forecast_past_it_and_the_whole_pool_is_not(bs, whole):
    trial = bs.play(("breast_cancer", 0, True, 0.3))
    assert not any(f for r in whole for *_, f in r["points"]) and not any(r["pick_forecast"] for r in whole)
    assert any(f for r in trial for *_, f in r["points"]) and {r["share"] for r in trial} == {0.3}
    for r in trial:
        measured = [n for n, _, f in r["points"] if not f]
        assert all(n > max(measured, default=0) for n, _, f in r["points"] if f)
    assert 0 <= bs.summary(trial)["forecast_picked"] <= bs.summary(trial)["source_picked"]
