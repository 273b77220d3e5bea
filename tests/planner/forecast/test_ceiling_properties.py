"""A curve's ceiling is no higher than its measurements allow; a flat tail is read as flat; a dip widens the range."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from planner.decide.rows import curve_facts
from planner.forecast.ceiling import curve_ceiling
from planner.forecast.draws import draw_table
from planner.present.words import curve_note
from tests.seeds import SEED

#: Label counts of the generated curves: seven doublings from 50.
N = 50 * 2.0 ** np.arange(7)


def _flattening(rng, ceiling, gap, rate, runs, test_size):
    """Runs of ``ceiling - gap (n / 50) ** -rate``, each score read on ``test_size`` test examples."""
    true = ceiling - gap * (N / N[0]) ** -rate
    rows = [dict(strategy="random", n_labels=n, accuracy=rng.binomial(test_size, t) / test_size, seed=s,
                 test_size=test_size) for s in range(runs) for n, t in zip(N, true)]
    return pd.DataFrame(rows)


@settings(max_examples=3, deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate))
@given(ceiling=st.floats(0.6, 0.95), gap=st.floats(0.15, 0.4), test_size=st.sampled_from([500, 1000, 3000]),
       runs=st.integers(3, 5), family=st.integers(0, 2**16))
def test_draws_of_curves_flat_at_a_known_ceiling_do_not_rise_past_it(ceiling, gap, test_size, runs, family):
    """Curves that flatten at a known ceiling (flat within the noise over their last two doublings), measured
    with the binomial noise of their test split by several runs: over a family of such curves, the median
    draw's plateau is not above the ceiling plus the measurement noise, and of the curves read as flat (all but
    at most two of a family of twelve) no more than 10% of the draws are.

    A draw is one campaign's curve as its own test split measures it, so its level carries one measurement's
    noise (and the Student-t spread of a new run about a few runs' mean): "the measurement noise" is its band,
    two binomial standard errors, the width within which :mod:`planner.forecast.ceiling` calls a curve flat and a
    fall no dip."""
    rng = np.random.default_rng([SEED, family])
    se = np.sqrt(ceiling * (1 - ceiling) / test_size)
    noise = 2.0 * se
    # steep enough that the last two doublings gain a fifth of the noise of the runs' mean: flat there
    rate = np.log(gap / (0.2 * se / np.sqrt(runs))) / np.log(N[-3] / N[0])
    medians, above, flat = [], [], []
    for _ in range(12):
        d = draw_table(_flattening(rng, ceiling, gap, max(rate, 1.0), runs, test_size), n_draws=60,
                       seed=int(rng.integers(2**31))).get("random")
        medians.append(np.median(d.plateau))
        above.append(d.plateau > ceiling + noise)
        flat.append(d.ceiling.plateau)
    assert np.median(medians) <= ceiling + noise
    # a flat curve whose noise makes its last two doublings gain beyond two standard errors (about 1 in 30) is
    # read as rising, and bounded by what that gain's upper bound adds over four doublings
    assert sum(flat) >= 10
    assert np.mean([a for a, f in zip(above, flat) if f]) <= 0.10


def test_a_flat_tail_reads_flat_at_its_level_since_the_count_it_began():
    """Measured at 100-6,400 labels, flat at about 96% from 1,600 on: a plateau, and the words say so."""
    n = np.array([100, 200, 400, 800, 1600, 3200, 6400.0])
    mean = np.array([0.80, 0.87, 0.915, 0.94, 0.955, 0.957, 0.958])
    rng = np.random.default_rng(SEED)
    Y = mean[None, :] + rng.normal(0, 0.004, size=(3, n.size))   # a test split of ~2,000: sd 0.4 points
    c = curve_ceiling(n, Y)
    assert c.plateau and c.flat_since == 1600
    assert c.value < 0.965   # not the 97% a rising reading of the curve would promise
    rows = pd.DataFrame([dict(strategy="random", n_labels=v, accuracy=Y[s, j], seed=s) for s in range(3)
                         for j, v in enumerate(n)])
    d = draw_table(rows, n_draws=100, seed=SEED).get("random")
    assert np.all(np.isinf(d.labels(0.97)))
    facts = curve_facts(d)
    note = curve_note(type("Row", (), facts)())
    assert note == f"flat at {100 * c.level:.1f}% since 1,600 labels"


def test_a_rising_curve_is_not_read_as_flat():
    n = np.array([100, 200, 400, 800, 1600.0])
    Y = np.array([[0.60, 0.66, 0.72, 0.78, 0.84], [0.61, 0.67, 0.73, 0.79, 0.85]])
    c = curve_ceiling(n, Y)
    assert not c.plateau and c.gain > 0.05
    assert 0.85 < c.value <= 1.0
    assert curve_note(type("Row", (), curve_facts(_Draws(c, 1600.0)))()) == ""


class _Draws:
    def __init__(self, ceiling, n_max):
        self.ceiling, self.n_max = ceiling, n_max


def _with_dip(depth):
    """Five runs rising to 80% at 3,200 labels, the mean at 400 labels ``depth`` below 200 labels' score."""
    n = np.array([50, 100, 200, 400, 800, 1600, 3200.0])
    mean = np.array([0.55, 0.63, 0.69, 0.73, 0.76, 0.785, 0.80])
    mean[3] = mean[2] - depth
    rng = np.random.default_rng(SEED)
    rows = [dict(strategy="random", n_labels=v, accuracy=mean[j] + rng.normal(0, 0.004), seed=s)
            for s in range(5) for j, v in enumerate(n)]
    return pd.DataFrame(rows)


def test_a_dip_beyond_the_noise_is_named_and_widens_the_range():
    smooth = draw_table(_with_dip(-0.04), n_draws=200, seed=SEED).get("random")   # 400 labels on the rise
    dipped = draw_table(_with_dip(0.05), n_draws=200, seed=SEED).get("random")
    assert smooth.ceiling.dips == ()
    (dip,) = dipped.ceiling.dips
    assert (dip.before, dip.at) == (200, 400) and dip.high - dip.low > 0.04
    facts = curve_facts(dipped)
    assert curve_note(type("Row", (), facts)()).startswith("dips at 400 labels (")
    at = [3200 * 8.0]
    width = [np.subtract(*np.quantile(d.accuracy(at)[:, 0], [0.9, 0.1])) for d in (smooth, dipped)]
    assert width[1] > 1.2 * width[0]


def test_a_fall_within_the_noise_is_no_dip():
    n = np.array([100, 200, 400, 800.0])
    Y = np.array([[0.70, 0.75, 0.745, 0.78], [0.71, 0.76, 0.74, 0.79], [0.69, 0.74, 0.75, 0.77]])
    assert curve_ceiling(n, Y).dips == ()
