"""planner.decide.verdict: the break-even quote most likely within a factor 2 of the truth."""

import math

import numpy as np
import pytest

from planner.decide.verdict import break_even_quote, likeliest_within_2x


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
    # finite in fewer than half the draws: not quoted
    assert all(math.isnan(v) for v in break_even_quote(np.array([1.0, 2.0, np.inf, np.inf, np.inf]), 0.8)[:4])
    # AL alone reaches in most draws: 0
    q, lo, hi, p, _ = break_even_quote(np.array([0.0, 0.0, 0.0, 3.0, np.inf]), 0.8)
    assert q == 0.0 and lo == 0.0 and hi == np.inf and p == pytest.approx(0.6)
    # the quote stays inside the quoted interval: the densest window's centre (100) is above its 90% point
    draws = np.concatenate([np.full(30, 1.0), np.linspace(50, 60, 70)])
    assert likeliest_within_2x(draws)[0] == pytest.approx(100.0)
    q, lo, hi, p, _ = break_even_quote(draws, 0.8)
    assert q == hi < 100 and lo == 1.0 and p == pytest.approx(0.7)
