"""planner.decide.summaries: the break-even quote most likely within a factor 2 of the truth, withheld where it
is more likely wrong than right."""

import math

import numpy as np
import pytest

from planner.decide.summaries import MIN_QUOTE_SHARE, break_even_quote, likeliest_within_2x


def test_the_window_holding_most_draws_wins_over_the_median():
    # five draws near 1, six from 50 to 160, two that never pay: the median is 60, but the window [50, 200]
    # (centre 100) holds all six of the high cluster
    draws = np.array([1, 1.1, 1.2, 1.3, 1.4, 50, 60, 70, 80, 120, 160, np.inf, np.inf])
    q, share = likeliest_within_2x(draws)
    assert q == pytest.approx(100.0) and share == pytest.approx(6 / 13)
    assert np.sum((draws >= q / 2) & (draws <= 2 * q)) == 6


def test_ties_go_to_the_median_and_nothing_positive_gives_nan():
    draws = np.array([1.0, 1.0, 100.0, 100.0, 10.0])    # two windows of two draws; the median is 10
    q, share = likeliest_within_2x(draws)
    assert share == pytest.approx(0.4) and q == 2.0      # centres 2 and 200: 2 is nearer 10 in log
    assert likeliest_within_2x(np.array([1.0, 1.0, 1000.0, 1000.0, np.inf]))[0] == 2000.0   # the median: 1000
    assert math.isnan(likeliest_within_2x(np.array([0.0, np.inf]))[0])


def test_a_lognormal_belief_is_quoted_at_its_median():
    draws = np.random.default_rng(0).lognormal(1.0, 1.0, 4000)
    q, share = likeliest_within_2x(draws)
    assert q == pytest.approx(math.e, rel=0.1) and share == pytest.approx(0.517, abs=0.03)


def test_break_even_quote_keeps_the_shipped_conditions():
    # finite in fewer than half the draws: not quoted, no range; the median (inf) either way
    b = break_even_quote(np.array([1.0, 2.0, np.inf, np.inf, np.inf]), 0.8)
    assert all(math.isnan(v) for v in (b.quote, b.low, b.high, b.within_2x, b.likeliest)) and b.median == np.inf
    # AL alone reaches in most draws: 0
    b = break_even_quote(np.array([0.0, 0.0, 0.0, 3.0, np.inf]), 0.8)
    assert b.quote == 0.0 and b.low == 0.0 and b.high == np.inf and b.within_2x == pytest.approx(0.6)
    # the quote stays inside the quoted interval: the densest window's centre (100) is above its 90% point
    draws = np.concatenate([np.full(30, 1.0), np.linspace(50, 60, 70)])
    assert likeliest_within_2x(draws)[0] == pytest.approx(100.0)
    b = break_even_quote(draws, 0.8)
    assert b.quote == b.likeliest == b.high < 100 and b.low == 1.0 and b.within_2x == pytest.approx(0.7)


def test_a_quote_no_price_holds_within_2x_in_most_draws_is_withheld():
    # spread over four decades: the likeliest window holds well under half the draws
    draws = np.geomspace(0.01, 100.0, 401)
    b = break_even_quote(draws, 0.8)
    assert b.within_2x < MIN_QUOTE_SHARE and math.isnan(b.quote)
    # what the answer keeps: the range, the median, the likeliest price and its share
    assert b.low < b.likeliest < b.high and b.median == pytest.approx(1.0, rel=0.05)
    assert b.within_2x == pytest.approx(np.mean((draws >= b.likeliest / 2) & (draws <= 2 * b.likeliest)))
    # at exactly the share, quoted: half the draws in one window
    tight = np.concatenate([np.full(50, 10.0), np.geomspace(1e3, 1e6, 50)])
    b = break_even_quote(tight, 0.8)
    assert b.within_2x == pytest.approx(0.5) and b.quote == b.likeliest
