"""The progress bar's time left (simulations/run/estimate.py Eta): nothing until it can be right within 2x, then
within 2x of the time the simulation really had left, whatever its start-up and however its rounds grow."""

import io

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from simulations.run.estimate import Eta, RoundCost


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def replay(startup, seconds, waves, cost=None, estimate=None):
    """Every round's seconds in order (a lockstep grid reports ``waves`` rounds at once): (shown, truth) pairs."""
    clock = Clock()
    eta = Eta(estimate, cost, clock=clock)
    total = len(seconds)
    eta.seconds_left(0, total)
    clock.now += startup
    finish = startup + float(np.sum(seconds))
    out, done = [], 0
    for i in range(0, total, waves):
        clock.now += float(np.sum(seconds[i:i + waves]))
        done = min(i + waves, total)
        out.append((eta.seconds_left(done, total), finish - clock.now, eta.text(done, total)))
    return out


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.sampled_from([0.0, 2.0, 20.0, 60.0]), st.sampled_from([0.01, 0.1, 1.0]), st.sampled_from([1.0, 2.0, 4.0]),
       st.sampled_from([1, 4, 12]), st.sampled_from([40, 252, 1000]), st.integers(0, 10))
def test_a_time_left_shown_is_within_2x_of_the_truth(startup, first, growth, waves, rounds, seed):
    """Rounds that grow up to 2x are counted; dearer growth is weighed by the measured round costs (the page's)."""
    rng = np.random.default_rng(seed)
    base = first * np.linspace(1.0, growth, rounds)
    seconds = base * rng.lognormal(0.0, 0.2, rounds)
    cost = RoundCost(first, first * (1 + growth) / 2, first * growth, rounds) if growth > 2 else None
    for shown, truth, _ in replay(startup, seconds, waves, cost):
        if shown is not None and truth > 1.0:
            assert truth / 2 <= shown <= 2 * truth, (shown, truth)


def test_a_long_start_up_shows_nothing_rather_than_a_wild_first_guess():
    """mnist1d: 20 s before the first round, then 252 rounds of 0.016 s: no hour-long time left first."""
    said = replay(20.0, np.full(252, 0.016), 12)
    assert said[0][0] is None and "timing the rounds" in said[0][2]
    assert all(s is None or s < 10 for s, _, _ in said)


def test_before_the_first_round_the_estimate_and_at_the_end_finishing():
    clock = Clock()
    eta = Eta(75.0, RoundCost(1.0, 1.0, 1.0, 10), clock=clock)
    assert eta.text(0, 40) == "simulating: 0/40 rounds, about 1 min 15 s (estimate)"
    assert eta.text(40, 40) == "simulating: 40/40 rounds, finishing"


def test_the_cli_bar_draws_on_a_terminal_of_no_width_and_never_quotes_tqdms_guess(monkeypatch):
    import os
    import shutil

    from planner import cli

    err = io.StringIO()
    err.isatty = lambda: True
    monkeypatch.setattr(cli.sys, "stderr", err)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((0, 0)))
    update = cli._progress_bar("rounds")
    update(0, 252)
    update(12, 252)
    text = err.getvalue()
    assert "12/252" in text and "?" not in text and "s/rounds" not in text and "rounds/s" not in text
