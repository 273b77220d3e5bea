"""The progress bar's time left (simulations/run/estimate.py Eta): nothing until it can be right within 2x, then
within 2x of the time the simulation really had left, whatever its start-up and however its rounds grow."""

import io
import re

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
    assert eta.text(0, 40) == "simulating: 0/40 rounds, about 1 min 15 s left (estimate)"
    clock.now = 60.0
    assert eta.now() == "simulating: 0/40 rounds, about 15 s left (estimate)"
    clock.now = 76.0  # the estimate ran out: it is not said again, nor "about 0 s"
    assert eta.now() == "simulating: 0/40 rounds, longer than estimated"
    assert eta.text(40, 40) == "simulating: 40/40 rounds, finishing"


def _seconds(text: str) -> float | None:
    """The time left a bar's text quotes ("about 1 min 5 s left"), None where it quotes none."""
    found = re.search(r"about (?:(\d+) h )?(?:(\d+) min )?(?:(\d+) s)?(?: left)", text)
    if not found:
        return None
    h, m, s = (int(g or 0) for g in found.groups())
    return 3600 * h + 60 * m + s


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.sampled_from([0.0, 5.0]), st.sampled_from([0.05, 0.5]), st.sampled_from([1, 4]),
       st.sampled_from([1.0, 5.0, 30.0]), st.sampled_from([None, 1.0, 20.0]), st.integers(0, 10))
def test_a_time_said_that_runs_out_is_never_replaced_by_a_smaller_one(startup, first, waves, tail, estimate, seed):
    """Rounds that turn dearer at the end (``tail`` times the last fifth; the probe: "about 0 s left" for 12 s),
    the bar redrawn every half second between rounds: no text says "about 0 s"; once the estimate has run out,
    every text says "longer than estimated" until a measured time left is said, and once a measured time left has
    run out, every text until the rounds are done says "longer than estimated"."""
    rng = np.random.default_rng(seed)
    rounds = 60
    seconds = first * rng.lognormal(0.0, 0.2, rounds) * np.where(np.arange(rounds) >= 0.8 * rounds, tail, 1.0)
    clock = Clock()
    eta = Eta(estimate, None, clock=clock)
    said: list[tuple[float, str]] = [(clock.now, eta.text(0, rounds))]
    clock.now += startup
    for i in range(0, rounds, waves):
        step = float(np.sum(seconds[i:i + waves]))
        for _ in range(int(step / 0.5)):  # redrawn between the rounds' news
            clock.now += 0.5
            said.append((clock.now, eta.now()))
        clock.now += step - 0.5 * int(step / 0.5)
        said.append((clock.now, eta.text(min(i + waves, rounds), rounds)))
    deadline, measured = None, False  # when the time last quoted runs out; whether it was measured
    for now, text in said:
        quoted = _seconds(text)
        assert quoted != 0, text
        if "finishing" in text:
            continue
        if deadline is not None and now > deadline + 1.0:  # 1 s: the text's rounding
            late = text.endswith("longer than estimated")
            assert late or (not measured and quoted is not None and "(estimate)" not in text), (now, deadline, text)
            if late:
                continue
        if quoted is not None:
            deadline, measured = now + quoted, "(estimate)" not in text


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
