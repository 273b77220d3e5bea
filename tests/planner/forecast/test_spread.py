"""The regime's spread factors (planner.forecast.spread.Spread): what they move, and what they leave alone."""

from importlib import resources

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.forecast.bootstrap import raw_tails
from planner.forecast.draws import StrategyDraws, draw_table
from planner.forecast.extrapolation import calibration_for, load_calibration
from planner.forecast.families import logit
from planner.forecast.regime import Regime, curve_age
from planner.forecast.spread import Spread, load_spread, spread_for, spread_from_frame, spread_keys

KNOTS = np.array([2**0.5, 8**0.5, 32**0.5, 128**0.5])


def rising(seed=0, runs=3):
    rng = np.random.default_rng(seed)
    n = np.array([20, 40, 80, 160, 320], dtype=float)
    Y = np.array([0.9 - 0.5 * (n / 10) ** -0.6 + rng.normal(0, 0.004, n.size) for _ in range(runs)])
    return n, Y


def draws(spread=None, seed=0):
    n, Y = rising(seed)
    raw = raw_tails(n, Y, n_draws=300, rng=np.random.default_rng(seed))
    cal = calibration_for(load_calibration(), "random", raw.regime)
    return StrategyDraws("random", raw, cal, kind="random", analog=None, spread=spread)


def flat(value):
    return Spread(KNOTS, np.full(4, value), np.full(4, value), key="test")


def test_factors_start_at_one_follow_the_knots_and_stay_beyond_the_last():
    s = Spread(KNOTS, np.array([0.5, 0.6, 0.7, 0.8]), np.array([1.5, 2.0, 2.5, 3.0]))
    lo, hi, sh = s.at([1.0, KNOTS[1], 1000.0])
    assert lo.tolist() == pytest.approx([1.0, 0.6, 0.8]) and hi.tolist() == pytest.approx([1.0, 2.0, 3.0])
    assert sh.tolist() == [0.0, 0.0, 0.0]   # no shift given: the median stays
    lo, hi, sh = s.at([0.5])   # below n_max nothing moves
    assert lo[0] == hi[0] == 1.0 and sh[0] == 0.0
    moved = Spread(KNOTS, np.ones(4), np.ones(4), shift=np.array([-0.2, -0.4, 0.1, 0.3]))
    sh = moved.at([1.0, KNOTS[0], np.sqrt(KNOTS[0] * KNOTS[1]), KNOTS[3], 1e6])[2]
    assert sh.tolist() == pytest.approx([0.0, -0.2, -0.3, 0.3, 0.3])   # from 0 at n_max, linear in log ratio


def test_a_shift_moves_the_tails_median_and_nothing_measured():
    plain = draws()
    up = draws(Spread(KNOTS, np.ones(4), np.ones(4), shift=np.full(4, 0.3)))
    down = draws(Spread(KNOTS, np.ones(4), np.ones(4), shift=np.full(4, -0.3)))
    inside = np.array([20.0, 100.0, 320.0])
    assert np.array_equal(up.accuracy(inside), plain.accuracy(inside))
    at = [16 * 320.0]
    m0, mu, md = (np.median(logit(d.accuracy(at)[:, 0])) for d in (plain, up, down))
    assert mu - m0 == pytest.approx(0.3, abs=0.02)
    # moved down, a draw's tail stops at the level it reached at n_max (tails never decrease)
    assert -0.3 - 0.02 <= md - m0 < -0.1 and down.accuracy(at).min() >= plain.y_end.min() - 1e-9
    # labels agree: a higher median reaches a target sooner, a lower one later
    t = float(np.median(plain.accuracy(at)))
    assert np.median(up.labels(t)) < np.median(plain.labels(t)) < np.median(down.labels(t))


def test_the_table_reads_a_shift_column_and_refuses_a_non_finite_one():
    base = pd.DataFrame({"stratum": "all", "ratio": KNOTS, "low": 1.0, "high": 1.0, "n_rows": 100, "n_datasets": 5})
    assert spread_from_frame(base)["all"].shift is None
    assert spread_from_frame(base.assign(shift=0.0))["all"].shift is None
    got = spread_from_frame(base.assign(shift=[0.1, np.nan, -0.2, 0.0]))["all"].shift
    assert got.tolist() == pytest.approx([0.1, 0.0, -0.2, 0.0])   # blank = 0
    with pytest.raises(ValueError, match="shift"):
        spread_from_frame(base.assign(shift=[0.1, np.inf, 0.0, 0.0]))


def test_factors_of_one_change_nothing_but_the_grid():
    plain, one = draws(), draws(flat(1.0))
    n = np.array([100.0, 640.0, 2560.0, 5120.0])
    assert np.abs(one.accuracy(n) - plain.accuracy(n)).max() < 2e-3
    for t in (0.85, 0.87, 0.89):
        a, b = plain.labels(t), one.labels(t)
        fin = np.isfinite(a) & (a < 1e4 * plain.n_max)
        assert np.array_equal(np.isfinite(a), np.isfinite(b))
        assert np.abs(np.log(b[fin] / a[fin])).max() < 0.03   # the dense grid's step


def test_a_factor_widens_or_narrows_the_tail_around_its_median_and_never_the_measured_part():
    plain, wide, narrow = draws(), draws(flat(2.0)), draws(flat(0.5))
    inside = np.array([20.0, 100.0, 320.0])
    assert np.array_equal(wide.accuracy(inside), plain.accuracy(inside))
    at = [16 * 320.0]

    def halves(d):
        q = np.quantile(logit(d.accuracy(at)[:, 0]), [0.1, 0.5, 0.9])
        return q[2] - q[1], q[1] - q[0], q[1]

    (up0, lo0, m0), (up2, lo2, m2), (up5, lo5, m5) = halves(plain), halves(wide), halves(narrow)
    assert 1.8 * up0 < up2 < 2.2 * up0 and 0.4 * up0 < up5 < 0.6 * up0 and 0.4 * lo0 < lo5 < 0.6 * lo0
    assert abs(m2 - m0) < 0.05 and abs(m5 - m0) < 0.05
    # below the median a draw's tail cannot fall under the level it reached at n_max (tails never decrease),
    # so widening there stops at the measured end: never lower than the plain draws' lowest end
    assert lo0 <= lo2 + 1e-9 and wide.accuracy(at).min() >= plain.y_end.min() - 1e-9


def test_spread_draws_stay_non_decreasing_and_labels_agree_with_accuracy():
    d = draws(Spread(KNOTS, np.array([1.5, 2.0, 2.5, 3.0]), np.array([0.7, 0.8, 1.2, 1.5])))
    n = np.geomspace(330, 320 * 64, 60)   # beyond n_max (an analog tail may start off the measured end)
    acc = d.accuracy(n)
    assert np.all(np.diff(acc, axis=1) >= -1e-12)
    t = float(np.median(acc[:, 30]))
    lab = d.labels(t)
    # a draw that has reached the target at n needs at most n labels, and one that has not needs more
    reached = acc[:, 30] >= t + 1e-4
    assert np.all(lab[reached] <= n[30] * 1.03)
    assert np.all(lab[acc[:, 30] < t - 1e-4] >= n[30] / 1.03)
    # unreachable exactly where the draw never gets there
    assert np.array_equal(np.isinf(d.labels(0.999)), d.accuracy([1e12])[:, 0] < 0.999)


def test_the_lookup_falls_back_from_the_regime_to_the_kind_to_all():
    table = {k: Spread(KNOTS, np.ones(4), np.ones(4), key=k)
             for k in ("random:level:single", "random:seeds", "al", "all")}
    level1 = Regime(shape="level", runs="single", gain=0.0, gain_se=0.01, points=6)
    young = Regime(shape="level", runs="single", gain=0.0, gain_se=0.01, points=3)
    means = Regime(shape="rise", runs="seeds", gain=0.02, gain_se=0.001, points=6)
    assert spread_for(table, "random", level1).key == "random:level:single"
    assert spread_for(table, "random", means).key == "random:seeds"
    assert spread_for(table, "al", young).key == "al"
    assert spread_for({k: v for k, v in table.items() if k != "al"}, "al", young).key == "all"
    assert spread_for({}, "al", young) is None
    # no table given: the shipped one, looked up by the same keys
    shipped = load_spread()
    assert spread_for(None, "random", level1) is spread_for(shipped, "random", level1) is not None


def test_a_neural_networks_curve_looks_under_its_own_strata_first_and_no_other_curve_does():
    table = {k: Spread(KNOTS, np.ones(4), np.ones(4), key=k)
             for k in ("nn:random:level:single", "nn:grown", "random:level:single", "al", "all")}
    level1 = Regime(shape="level", runs="single", gain=0.0, gain_se=0.01, points=6)
    means = Regime(shape="rise", runs="seeds", gain=0.02, gain_se=0.001, points=6)
    assert spread_for(table, "random", level1, neural=True).key == "nn:random:level:single"
    assert spread_for(table, "random", level1).key == "random:level:single"
    assert spread_for(table, "al", means, neural=True).key == "nn:grown"
    assert spread_for(table, "al", means).key == "al"


def test_a_young_neural_curve_never_reads_a_grown_curves_stratum():
    """Young and grown neural curves miss in opposite directions: their strata are never pooled."""
    young = Regime(shape="level", runs="single", gain=0.0, gain_se=0.01, points=3)
    grown = Regime(shape="rise", runs="single", gain=0.02, gain_se=0.001, points=7)
    assert curve_age(young.group) == "few" and curve_age(grown.group) == "grown"
    keys = spread_keys("al", young.group, young.runs, neural=True)
    assert keys[:3] == ["nn:al:few:single", "nn:few:single", "nn:few"]
    assert not any("grown" in k for k in keys)
    assert not any(k.startswith("nn:") and "few" not in k for k in keys)   # no pooled nn: key
    table = {k: Spread(KNOTS, np.ones(4), np.ones(4), key=k) for k in ("nn:grown:single", "al:few:single", "all")}
    assert spread_for(table, "al", young, neural=True).key == "al:few:single"
    assert spread_for(table, "al", grown, neural=True).key == "nn:grown:single"
    # a curve without a regime reads every curve's strata
    assert spread_keys("al", neural=True) == ["al", "all"]


def test_draws_of_a_neural_model_read_the_neural_strata():
    n, Y = rising(0, runs=3)
    curves = pd.DataFrame([{"strategy": "random", "seed": s, "n_labels": x, "accuracy": y}
                           for s in range(3) for x, y in zip(n, Y[s])])
    table = {"all": flat(1.0), "nn:grown": flat(3.0)}

    def q90_at_8x(model):
        d = draw_table(curves.assign(model=model), n_draws=300, seed=0, spread=table).get("random")
        return float(np.quantile(d.accuracy(8 * n[-1]), 0.9))

    assert q90_at_8x("mlp_small") > q90_at_8x("logreg") + 0.002
    assert q90_at_8x("logreg") == q90_at_8x("LogisticRegression")   # one family (linear): one layer, no nn: strata


def test_a_broken_table_is_refused_in_one_line():
    good = pd.DataFrame({"stratum": ["all"] * 4, "ratio": KNOTS, "low": 1.0, "high": 1.2, "n_rows": 500,
                         "n_datasets": 20})
    assert spread_from_frame(good)["all"].high.tolist() == [1.2] * 4
    for bad in (good.assign(high=-1.0), good.assign(ratio=0.5), good.assign(low=np.nan)):
        with pytest.raises(ValueError, match="stratum 'all'"):
            spread_from_frame(bad)


def test_a_scale_multiplies_every_factor_and_the_shipped_table_is_loaded_at_the_shipped_scale():
    table = pd.DataFrame({"stratum": ["all"] * 4, "ratio": KNOTS, "low": [0.8, 0.9, 1.0, 1.1],
                          "high": [1.0, 1.2, 1.4, 1.6], "n_rows": 500, "n_datasets": 20})
    base, wide = spread_from_frame(table)["all"], spread_from_frame(table, scale=1.1)["all"]
    assert np.allclose(wide.low, 1.1 * base.low) and np.allclose(wide.high, 1.1 * base.high)
    # the measured end keeps factor 1: the scale acts from there on, as the factors do
    assert wide.at(1.0)[0] == base.at(1.0)[0] == 1.0
    assert wide.at(8.0)[1] > base.at(8.0)[1]
    for bad in (0.0, -1.0, np.nan, np.inf):
        with pytest.raises(ValueError, match="spread scale"):
            spread_from_frame(table, scale=bad)

    from planner.forecast import spread as draws

    raw = spread_from_frame(pd.read_csv(resources.files("planner").joinpath("data/spread.csv")))
    shipped = load_spread()
    assert set(shipped) == set(raw)
    for k, s in shipped.items():
        assert np.allclose(s.low, draws.SPREAD_SCALE * raw[k].low)
        assert np.allclose(s.high, draws.SPREAD_SCALE * raw[k].high)


@given(kind=st.sampled_from(("random", "al")), group=st.sampled_from(("level", "rise", "few")),
       runs=st.sampled_from(("seeds", "single")), neural=st.booleans(),
       metric=st.one_of(st.none(), st.sampled_from(("accuracy", "balanced_accuracy", "macro_f1", "Macro_F1 ",
                                                    "minority_recall")), st.text(max_size=12)))
@settings(max_examples=60, deadline=None)
def test_a_macro_f1_curve_looks_under_its_own_stratum_first_and_every_other_metric_reads_accuracys(
        kind, group, runs, neural, metric):
    plain = spread_keys(kind, group, runs, neural=neural)
    keys = spread_keys(kind, group, runs, neural=neural, metric=metric)
    if isinstance(metric, str) and metric.strip().lower() == "macro_f1" and not neural:
        assert keys == [f"f1:{kind}:{group}:{runs}"] + plain
    else:   # another metric, or a neural network's curve: its nn: strata first, as on accuracy
        assert keys == plain
    # without a regime (no group) every curve reads the same keys, whatever its metric
    assert spread_keys(kind, neural=neural, metric=metric) == [kind, "all"]


def test_draws_of_a_macro_f1_table_read_its_strata_and_an_accuracy_table_does_not():
    n, Y = rising(0, runs=3)
    curves = pd.DataFrame([{"strategy": "random", "seed": s, "n_labels": x, "accuracy": y}
                           for s in range(3) for x, y in zip(n, Y[s])])
    table = {"all": flat(1.0), **{f"f1:random:{g}:{r}": flat(3.0) for g in ("level", "rise", "few")
                                  for r in ("seeds", "single")}}

    def q90_at_8x(metric):
        c = curves.copy()
        if metric is not None:
            c.attrs["metric"] = metric
        d = draw_table(c, n_draws=300, seed=0, spread=table).get("random")
        return float(np.quantile(d.accuracy(8 * n[-1]), 0.9))

    assert q90_at_8x("macro_f1") > q90_at_8x("accuracy") + 0.002
    assert q90_at_8x("accuracy") == q90_at_8x(None) == q90_at_8x("balanced_accuracy")
