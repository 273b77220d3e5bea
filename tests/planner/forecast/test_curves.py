"""Learning-curve fits: families, ensemble, bootstrap intervals, labels to target."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.forecast.curves import FAMILIES, FittedCurve, fit_curve

N = np.arange(20, 420, 20, dtype=float)


def power_law(n, c=0.93, a=0.55, alpha=0.6):
    return c - a * (n / 10.0) ** (-alpha)


def seeded_curve(rng, n=N, seeds=5, sd=0.01, **kw):
    """Several seeds of a noisy power-law curve: (n_labels, accuracy, seeds)."""
    ns, ys, ss = [], [], []
    for s in range(seeds):
        ns.append(n)
        ys.append(np.clip(power_law(n, **kw) + rng.normal(0, sd, n.size), 0, 1))
        ss.append(np.full(n.size, s))
    return np.concatenate(ns), np.concatenate(ys), np.concatenate(ss)


@pytest.fixture(params=[0, 1, 2])
def rng(request):
    """Stochastic tests run over several data seeds: they must pass for any."""
    return np.random.default_rng(1000 + request.param)


# ------------------------------------------------------------- registry


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_family_recovers_its_own_curve(name):
    """Noise-free data drawn from a family is fitted back closely by that family."""
    fam = FAMILIES[name]
    lb, ub = np.array(fam.lower), np.array(fam.upper)
    n = np.geomspace(10, 500, 12)
    x = n / n[-1]
    # a curve of this family that rises over the range: take a start point
    y_guess = np.linspace(0.5, 0.85, n.size)
    theta = np.clip(fam.starts(x, y_guess)[0], lb, ub)
    y = np.clip(fam.fn(x, n, theta[None, :])[0], 0, 1)
    assert np.all(np.isfinite(y))
    from planner.forecast.families import fit_family as _fit_family

    fitted = _fit_family(fam, x, n, y, np.ones_like(y))
    assert fitted is not None
    pred = fam.fn(x, n, fitted[0][None, :])[0]
    assert np.max(np.abs(pred - y)) < 5e-3


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_family_has_consistent_bounds_and_starts(name):
    fam = FAMILIES[name]
    assert len(fam.lower) == len(fam.upper) == fam.n_params
    assert all(lo < hi for lo, hi in zip(fam.lower, fam.upper))
    x = np.linspace(0.1, 1, 6)
    starts = fam.starts(x, np.linspace(0.4, 0.8, 6))
    assert starts and all(s.shape == (fam.n_params,) for s in starts)


# ------------------------------------------------------------- the fit


def test_predicts_a_noisy_power_law_within_and_beyond_the_data(rng):
    n, y, s = seeded_curve(rng)
    fc = fit_curve(n, y, seeds=s, n_bootstrap=100, seed=0)
    assert isinstance(fc, FittedCurve)
    assert fc.n_max == 400 and fc.n_min == 20
    inside = np.array([40.0, 200.0, 400.0])
    assert np.max(np.abs(fc.predict(inside) - power_law(inside))) < 0.02
    # 2x beyond the data the forecast is still close to the truth
    assert abs(fc.predict([800.0])[0] - power_law(800.0)) < 0.04
    assert abs(sum(fc.families.values()) - 1) < 1e-9
    assert all(w > 0 for w in fc.families.values())


def test_intervals_bracket_the_forecast_and_widen_beyond_the_data(rng):
    n, y, s = seeded_curve(rng)
    fc = fit_curve(n, y, seeds=s, n_bootstrap=100, seed=0)
    grid = np.array([100.0, 400.0, 1600.0, 6400.0])
    lo, hi = fc.interval(grid, level=0.8)
    assert lo.shape == hi.shape == (4,)
    assert np.all(lo <= hi)
    assert np.all((lo >= 0) & (hi <= 1))
    width = hi - lo
    assert width[3] > width[1]  # extrapolating 16x is less certain than at the data
    lo50, hi50 = fc.interval(grid, level=0.5)
    assert np.all(lo50 >= lo - 1e-12) and np.all(hi50 <= hi + 1e-12)
    samples = fc.sample_predictions(grid)
    assert samples.shape == (100, 4)
    assert np.all((samples >= 0) & (samples <= 1))


def test_labels_to_target_point_quantiles_and_unreachable(rng):
    n, y, s = seeded_curve(rng, c=0.90)
    fc = fit_curve(n, y, seeds=s, n_bootstrap=100, seed=0)
    # a target inside the data: the inversion lands near the true crossing
    target = float(power_law(200.0, c=0.90))
    labels = fc.labels_for(target)
    assert 120 < labels < 330
    assert fc.labels_for(target - 0.05) < labels < fc.labels_for(target + 0.02)
    samples = fc.labels_samples(target)
    assert samples.shape == (100,)
    assert fc.labels_for(target, level=0.1) <= fc.labels_for(target, level=0.9)
    assert fc.p_unreachable(target) < 0.2
    # far above the plateau: unreachable
    assert fc.labels_for(0.99) == math.inf
    assert fc.p_unreachable(0.99) > 0.8
    assert fc.asymptote < 0.97
    # easy target: already met at the smallest measured count or before
    assert fc.labels_for(0.2) <= 20


def test_same_seed_same_output_and_row_order_does_not_matter(rng):
    n, y, s = seeded_curve(rng, seeds=3)
    a = fit_curve(n, y, seeds=s, n_bootstrap=60, seed=7)
    b = fit_curve(n, y, seeds=s, n_bootstrap=60, seed=7)
    grid = np.array([50.0, 500.0, 5000.0])
    np.testing.assert_array_equal(a.sample_predictions(grid), b.sample_predictions(grid))
    np.testing.assert_array_equal(a.labels_samples(0.85), b.labels_samples(0.85))
    perm = rng.permutation(n.size)
    c = fit_curve(n[perm], y[perm], seeds=s[perm], n_bootstrap=60, seed=7)
    np.testing.assert_allclose(c.predict(grid), a.predict(grid), atol=1e-6)


def test_single_run_is_bootstrapped_over_points(rng):
    y = np.clip(power_law(N) + rng.normal(0, 0.01, N.size), 0, 1)
    fc = fit_curve(N, y, n_bootstrap=80, seed=1)
    lo, hi = fc.interval([200.0, 2000.0])
    assert np.all(hi - lo > 0)
    assert abs(fc.predict([200.0])[0] - power_law(200.0)) < 0.03


def test_repeated_counts_without_seeds_are_replicates(rng):
    n, y, _ = seeded_curve(rng, seeds=3)
    fc = fit_curve(n, y, n_bootstrap=40)
    assert abs(fc.predict([300.0])[0] - power_law(300.0)) < 0.02


def test_runs_measured_at_different_counts_fit_without_runtime_warnings(rng):
    """Run 0 measured the even rounds, run 1 the odd ones: half the bootstrap draws hold one run
    only and miss every other anchor (a mean over no runs), and no anchor has two runs (no spread)."""
    n0, n1 = N[0::2], N[1::2]
    n = np.concatenate([n0, n1])
    y = np.clip(power_law(n) + rng.normal(0, 0.01, n.size), 0, 1)
    seeds = np.repeat([0, 1], [n0.size, n1.size])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fc = fit_curve(n, y, seeds=seeds, n_bootstrap=60, seed=3)
        samples = fc.sample_predictions([100.0, 1000.0])
        labels = fc.labels_samples(0.99)  # beyond the asymptote: inf in (nearly) every draw
    assert np.all(np.isfinite(samples)) and samples.shape == (60, 2)
    assert abs(fc.predict([200.0])[0] - power_law(200.0)) < 0.03
    assert labels.shape == (60,) and np.isinf(labels).any()


def test_three_distinct_counts_are_enough():
    fc = fit_curve([10, 20, 40], [0.5, 0.6, 0.66], n_bootstrap=30)
    p = fc.predict([10.0, 40.0, 400.0])
    assert np.all(np.diff(p) >= -1e-9)
    assert abs(p[1] - 0.66) < 0.05


def test_flat_and_decreasing_curves_give_finite_forecasts():
    flat = fit_curve([10, 20, 40, 80], [0.7, 0.7, 0.7, 0.7], n_bootstrap=30)
    # levelling single runs creep on in the calibration data (issue 18: +0.25 in logits on the plateau), and
    # curves ending at 0.60-0.75 ended higher still on held-out data (round 46's level layer: +0.20 logits at
    # 11x): a flat run at 0.70 is forecast to gain under 10 points at 12x (4.6 with split v8's tables and no
    # level layer, 8.3 with it), and never to reach 0.9
    assert 0.7 <= flat.predict([1000.0])[0] < 0.80
    assert flat.labels_for(0.9) == math.inf
    down = fit_curve([10, 20, 40, 80], [0.8, 0.75, 0.7, 0.65], n_bootstrap=30)
    pred = down.predict([10.0, 1e4])
    assert np.all(np.isfinite(pred)) and np.all((pred >= 0) & (pred <= 1))


def test_predictions_stay_within_zero_and_one():
    n = np.array([10, 20, 40, 80, 160.0])
    fc = fit_curve(n, [0.90, 0.97, 0.99, 1.0, 1.0], n_bootstrap=40)
    lo, hi = fc.interval(np.geomspace(1, 1e6, 20))
    assert np.all(lo >= 0) and np.all(hi <= 1)
    assert np.all(fc.predict(np.geomspace(1, 1e6, 20)) <= 1)


@pytest.mark.parametrize(
    "n, acc, kwargs, message",
    [
        ([10, 20], [0.5, 0.6], {}, "at least 3 distinct label counts"),
        ([10, 10, 20, 20], [0.5, 0.5, 0.6, 0.6], {}, "at least 3 distinct label counts"),
        ([10, 20, 30], [0.5, float("nan"), 0.6], {}, "finite"),
        ([10, 20, float("inf")], [0.5, 0.6, 0.7], {}, "finite"),
        ([0, 20, 30], [0.5, 0.6, 0.7], {}, "at least 1"),
        ([10, 20, 30], [50, 60, 70], {}, "fraction in [0, 1]"),
        ([10, 20, 30], [0.5, 0.6], {}, "differ in length"),
        ([], [], {}, "no points"),
        ([10, 20, 30], [0.5, 0.6, 0.7], {"seeds": [0, 1]}, "one seed per point"),
        ([10, 20, 30], [0.5, 0.6, 0.7], {"n_bootstrap": 0}, "n_bootstrap"),
    ],
)
def test_bad_input_raises_one_line_value_error(n, acc, kwargs, message):
    with pytest.raises(ValueError) as info:
        fit_curve(n, acc, **kwargs)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("target", [0.0, 1.0, -0.2, 95.0, float("nan")])
def test_target_outside_unit_interval_is_refused(target):
    fc = fit_curve([10, 20, 40, 80], [0.5, 0.6, 0.66, 0.7], n_bootstrap=20)
    with pytest.raises(ValueError, match=r"target must be"):
        fc.labels_for(target)
    with pytest.raises(ValueError, match=r"target must be"):
        fc.p_unreachable(target)


def test_bad_level_and_bad_n_are_refused():
    fc = fit_curve([10, 20, 40, 80], [0.5, 0.6, 0.66, 0.7], n_bootstrap=20)
    with pytest.raises(ValueError, match="level"):
        fc.interval([10.0], level=1.5)
    with pytest.raises(ValueError, match="positive"):
        fc.predict([-5.0])


# ------------------------------------------------------------- property


counts = st.lists(st.floats(min_value=1, max_value=1e7, allow_nan=False), min_size=3, max_size=12)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=counts,
    acc=st.lists(st.floats(min_value=0, max_value=1, allow_nan=False), min_size=12, max_size=12),
    target=st.floats(min_value=0.01, max_value=0.99),
)
def test_any_finite_input_fits_or_raises_value_error_never_nan(n, acc, target):
    acc = acc[: len(n)]
    try:
        fc = fit_curve(n, acc, n_bootstrap=20, seed=0)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    grid = np.geomspace(1, 1e9, 7)
    pred = fc.predict(grid)
    lo, hi = fc.interval(grid)
    assert np.all(np.isfinite(pred)) and np.all((pred >= 0) & (pred <= 1))
    assert np.all(np.isfinite(lo)) and np.all(np.isfinite(hi)) and np.all(lo <= hi)
    labels = fc.labels_for(target)
    samples = fc.labels_samples(target)
    assert not math.isnan(labels) and labels > 0
    assert not np.any(np.isnan(samples)) and np.all(samples > 0)
    p = fc.p_unreachable(target)
    assert 0 <= p <= 1
    # the median draw decides: unreachable exactly when most draws never get there
    assert (labels == math.inf) == (np.mean(np.isinf(samples)) > 0.5)
    if target > fc.asymptote + 1e-9:  # most plateaus lie below the target
        assert labels == math.inf
