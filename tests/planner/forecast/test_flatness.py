"""A curve measured flat within its noise is read flat, with the words "flat at X% since N labels"; a fall beyond
its noise is named as a dip; a rising curve or a fall within the noise is neither."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from planner.decide.rows import curve_facts
from planner.forecast.draws import draw_table
from planner.forecast.flatness import curve_flatness
from planner.present.words import curve_note
from tests.seeds import SEED

#: Label counts of the generated curves: seven doublings from 50.
N = 50 * 2.0 ** np.arange(7)


def _note(d) -> str:
    """The words a verdict's row gives a strategy's curve (its facts, then the view's words)."""
    return curve_note(type("Row", (), curve_facts(d))())


@settings(max_examples=6, deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate))
@given(ceiling=st.floats(0.6, 0.95), gap=st.floats(0.15, 0.4), test_size=st.sampled_from([500, 1000, 3000]),
       runs=st.integers(1, 5), family=st.integers(0, 2**16))
def test_curves_flat_at_a_known_ceiling_are_read_flat_at_it(ceiling, gap, test_size, runs, family):
    """Curves that flatten at a known ceiling (their last two doublings gain a fifth of the noise of the runs'
    mean), each score read on a test split of known size: nine in ten or more are read flat, and the level read
    lies within two binomial standard errors of the ceiling in nine in ten or more."""
    rng = np.random.default_rng([SEED, family])
    se = np.sqrt(ceiling * (1 - ceiling) / test_size)
    rate = max(np.log(gap / (0.2 * se / np.sqrt(runs))) / np.log(N[-3] / N[0]), 1.0)
    true = ceiling - gap * (N / N[0]) ** -rate
    reads = [curve_flatness(N, rng.binomial(test_size, true, size=(runs, N.size)) / test_size,
                            np.full(N.size, test_size)) for _ in range(40)]
    assert np.mean([f.flat for f in reads]) >= 0.9
    assert np.mean([abs(f.level - ceiling) <= 2 * se for f in reads]) >= 0.9


def test_a_flat_tail_reads_flat_at_its_level_since_the_count_it_began():
    """Measured at 100-6,400 labels, at 95.5% from 1,600 and 95.8% at 6,400 (three runs 0.4 points apart):
    flat, and the verdict's words say so."""
    n = np.array([100, 200, 400, 800, 1600, 3200, 6400.0])
    mean = np.array([0.80, 0.87, 0.915, 0.94, 0.955, 0.957, 0.958])
    Y = mean[None, :] + np.array([0.004, -0.004, 0.0])[:, None]
    f = curve_flatness(n, Y)
    assert f.flat and f.flat_since == 1600
    rows = pd.DataFrame([dict(strategy="random", n_labels=v, accuracy=Y[s, j], seed=s) for s in range(3)
                         for j, v in enumerate(n)])
    d = draw_table(rows, n_draws=50, seed=SEED).get("random")
    assert d.flatness == f
    assert _note(d) == f"flat at {100 * f.level:.1f}% since 1,600 labels"


def test_a_rising_curve_is_not_read_flat():
    n = np.array([100, 200, 400, 800, 1600.0])
    Y = np.array([[0.60, 0.66, 0.72, 0.78, 0.84], [0.61, 0.67, 0.73, 0.79, 0.85]])
    f = curve_flatness(n, Y)
    assert not f.flat and f.gain > 0.05 and f.dips == ()


def test_a_dip_beyond_the_noise_is_named():
    """Five runs rising to 80% at 3,200 labels, their mean at 400 labels 5 points below 200 labels'."""
    n = np.array([50, 100, 200, 400, 800, 1600, 3200.0])
    mean = np.array([0.55, 0.63, 0.69, 0.64, 0.76, 0.785, 0.80])
    rng = np.random.default_rng(SEED)
    rows = pd.DataFrame([dict(strategy="random", n_labels=v, accuracy=mean[j] + rng.normal(0, 0.004), seed=s)
                         for s in range(5) for j, v in enumerate(n)])
    d = draw_table(rows, n_draws=50, seed=SEED).get("random")
    (dip,) = d.flatness.dips
    assert (dip.before, dip.at) == (200, 400) and dip.high - dip.low > 0.04
    assert _note(d).startswith("dips at 400 labels (") and _note(d).endswith("), beyond its noise")


def test_a_fall_within_the_noise_is_no_dip():
    n = np.array([100, 200, 400, 800.0])
    Y = np.array([[0.70, 0.75, 0.745, 0.78], [0.71, 0.76, 0.74, 0.79], [0.69, 0.74, 0.75, 0.77]])
    assert curve_flatness(n, Y).dips == ()
