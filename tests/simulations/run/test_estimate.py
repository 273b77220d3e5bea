"""simulations.run.estimate: the page's time estimate and time left (no clock raced: the arithmetic only)."""

from __future__ import annotations

import re

import pytest

from simulations.run.estimate import RoundCost, duration, eta_text, fitted_settings


def seconds_left(text: str) -> int:
    m = re.search(r"about (?:(\d+) min )?(\d+) s left", text)
    return int(m.group(1) or 0) * 60 + int(m.group(2))


def test_a_run_costs_its_set_up_and_its_rounds():
    flat = RoundCost(first=1.0, middle=1.0, last=1.0, rounds=10, fixed=2.0)
    assert flat.per_run == pytest.approx(12.0)
    rising = RoundCost(first=1.0, middle=2.0, last=3.0, rounds=10)
    assert rising.per_run == pytest.approx(20.0)  # the mean round costs the middle one
    humped = RoundCost(first=1.0, middle=3.0, last=1.0, rounds=10)
    assert humped.per_run == pytest.approx(20.0)
    for cost in (flat, rising, humped):
        shares = [cost.work_done(f / 10) for f in range(11)]
        assert shares[0] == 0 and shares[-1] == pytest.approx(1.0)
        assert all(a <= b for a, b in zip(shares, shares[1:]))


def test_the_time_left_falls_as_dearer_rounds_run():
    """Rounds that grow 3x dearer: counting rounds alone, the time left rose as the run went on (issue 20)."""
    cost = RoundCost(first=1.0, middle=2.0, last=3.0, rounds=100)
    total = cost.per_run
    lefts = []
    for done in range(10, 100, 10):
        elapsed = total * cost.work_done(done / 100)  # the simulation runs exactly as measured
        left = seconds_left(eta_text(done, 100, elapsed, total, cost))
        assert left == pytest.approx(total - elapsed, abs=1)
        lefts.append(left)
    assert lefts == sorted(lefts, reverse=True)
    naive = seconds_left(eta_text(10, 100, total * cost.work_done(0.1)))  # rounds counted alone
    assert naive < 0.8 * lefts[0]  # ... promised too little time left


def test_the_bar_before_the_first_round_and_at_the_end():
    assert eta_text(0, 40, 0.0, 75.0) == "simulating: 0/40 rounds, about 1 min 15 s (estimate)"
    assert eta_text(40, 40, 9.0, 75.0) == "simulating: 40/40 rounds, finishing"
    assert duration(3725) == "1 h 2 min" and duration(8.4) == "8 s"


def test_settings_fitted_to_a_small_file_leave_a_fifth_of_it_unlabeled():
    for n_pool, n_classes in ((600, 3), (120, 2), (40, 10), (5, 2)):
        s = fitted_settings(n_pool, n_classes)
        used = s["sim_initial"] + s["sim_batch"] * s["sim_rounds"]
        assert used <= max(int(0.8 * n_pool), 2) and s["sim_rounds"] >= 1 and s["sim_initial"] >= 2


def test_the_estimate_spreads_the_runs_over_the_workers(tmp_path, monkeypatch):
    from simulations.run.cores import ENV
    from simulations.run.estimate import simulation_estimate

    monkeypatch.delenv(ENV, raising=False)
    settings = dict(datasets=["digits"], strategies=["random", "margin", "entropy"], seeds=[0, 1, 2], initial=20,
                    batch_size=10, rounds=4)
    one_run = RoundCost(first=1.0, middle=1.0, last=1.0, rounds=5, fixed=0.5)  # 5.5 s a run

    timed = []

    def measure(chosen, n_runs):  # times as many runs together as a worker gets
        timed.append(n_runs)
        return one_run

    db = tmp_path / "runs.db"
    assert simulation_estimate(settings, db, measure, workers=1, probe=measure)[2:] == (9 * 5.5, one_run)
    n_runs, rounds, seconds, cost = simulation_estimate(settings, db, measure, workers=4, probe=measure)
    assert (n_runs, rounds, cost.workers) == (9, 45, 4)
    assert seconds == 3 * 5.5  # three waves: 4 + 4 + 1 runs
    assert simulation_estimate(settings, db, measure, workers=20, probe=measure)[3].workers == 9  # a run a worker
    assert timed == [9, 9, 3, 1]  # one worker: the probe cannot bound 9 waves under the long line, so measured


def test_a_probe_that_bounds_the_simulation_under_the_long_line_is_the_estimate(tmp_path):
    """The full measurement runs only where the probe's bound (rounds at PROBE_MARGIN x the dearest) could pass
    LONG_SIMULATION_SECONDS: a short simulation never pays for it, a long one is always measured."""
    from hypothesis import given, settings as hsettings, strategies as st

    from simulations.run.estimate import LONG_SIMULATION_SECONDS, PROBE_MARGIN, simulation_estimate

    chosen = dict(datasets=["digits"], strategies=["random", "margin"], seeds=[0, 1], initial=20, batch_size=10,
                  rounds=4)
    full = RoundCost(first=9.0, middle=9.0, last=9.0, rounds=5)

    @hsettings(max_examples=25, deadline=None)
    @given(st.floats(0.0, 5.0), st.floats(0.0, 5.0), st.integers(1, 4))
    def check(first, last, workers):
        calls = []
        probed = RoundCost(first=first, middle=(first + last) / 2, last=last, rounds=5)
        seconds, cost = simulation_estimate(chosen, tmp_path / "runs.db", lambda s, n: calls.append(n) or full,
                                            workers=workers, probe=lambda s, n: probed)[2:]
        waves = -(-4 // workers)
        bound = waves * 5 * PROBE_MARGIN * max(first, last)
        assert bound >= waves * probed.per_run
        if bound > LONG_SIMULATION_SECONDS:
            assert calls == [waves] and seconds == pytest.approx(waves * full.per_run)
        else:
            assert calls == [] and seconds == pytest.approx(waves * probed.per_run) and seconds <= bound

    check()


def test_the_runs_timed_hold_one_of_each_strategy_first():
    """However many runs a worker gets, the timed ones start with one of each data set and strategy (runs are
    listed strategy by strategy, so the first k would time the first strategies alone)."""
    from collections import namedtuple

    from hypothesis import given, settings as hsettings, strategies as st

    from simulations.run.estimate import MAX_TIMED_RUNS, _mixed

    Spec = namedtuple("Spec", "dataset strategy seed")

    @hsettings(max_examples=60, deadline=None)
    @given(st.integers(1, 3), st.integers(1, 5), st.integers(1, 4), st.integers(-2, 20))
    def check(n_sets, n_strategies, n_seeds, k):
        specs = [Spec(d, s, seed) for d in range(n_sets) for s in range(n_strategies) for seed in range(n_seeds)]
        picked = _mixed(k)(specs)
        size = min(max(k, 1), MAX_TIMED_RUNS, len(specs))
        assert len(picked) == size and len(set(picked)) == size and set(picked) <= set(specs)
        first = [(p.dataset, p.strategy) for p in picked[:n_sets * n_strategies]]
        assert len(set(first)) == len(first)  # no kind twice before every kind is in
        if size >= n_sets * n_strategies:
            assert set(first) == {(d, s) for d in range(n_sets) for s in range(n_strategies)}

    check()
