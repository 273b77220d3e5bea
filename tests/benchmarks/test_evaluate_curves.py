"""benchmarks/forecast/evaluate_curves.py: the curve-level scores on cases whose truth is known."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import cases as cases_mod  # noqa: E402
import evaluate_curves as ev  # noqa: E402
from forecast_fakes import A, B, C, al_table, lcdb_table  # noqa: E402

SHIFTS = np.linspace(-0.01, 0.01, 201)  # symmetric: the median draw is the curve itself


class _Draws:
    """Draws of ``A + shift - B * n**-C``: ``shift`` per draw."""

    def __init__(self, shifts):
        self.shifts = np.asarray(shifts, dtype=float)

    def sample_predictions(self, n):
        n = np.atleast_1d(np.asarray(n, dtype=float))
        return np.clip(A + self.shifts[:, None] - B * n[None, :] ** -C, 0, 1)

    def labels_samples(self, target):
        gap = A + self.shifts - target
        with np.errstate(divide="ignore", invalid="ignore"):
            n = np.where(gap > 0, (B / np.where(gap > 0, gap, 1.0)) ** (1 / C), np.inf)
        return n


def oracle(n, Y, features):
    return _Draws(SHIFTS)


def overconfident(n, Y, features):
    return _Draws(0.03 + 1e-4 * SHIFTS)


def refusing(n, Y, features):
    raise ValueError("the curve falls")


@pytest.fixture(scope="module")
def exact_cases():
    """Noise-free curves: every run is the true curve, so the truth is known exactly."""
    frame = cases_mod.build_cases(al_table(noise=0.0), "skl")
    lc = cases_mod.build_cases(lcdb_table(noise=0.0), "lcdb")
    return cases_mod.cases_from_frame(frame) + cases_mod.cases_from_frame(lc)


def _overall(summary):
    return summary[summary["dimension"] == "overall"].iloc[0]


@pytest.mark.parametrize("truth", ["mean", "same"])
def test_oracle_covers_everything_with_no_error(exact_cases, truth):
    case_df, acc_df, lab_df = ev.evaluate(exact_cases, oracle, truth=truth)
    s = _overall(ev.summarise(case_df, acc_df, lab_df))
    assert s["refused"] == 0 and s["acc_rows"] > 100 and s["lab_rows"] > 50
    assert s["acc_cov80"] == 1.0 and s["acc_mae"] < 1e-9
    assert np.allclose(acc_df["pit"], 0.5, atol=0.01)  # the truth sits at the median draw (to a mean's last bit)
    assert s["lab_cov80"] == 1.0 and s["lab_within2x"] == 1.0 and s["wrong_unreach"] == 0.0
    assert (~lab_df["truth_finite"]).any()  # the "above" targets: beyond the horizon, counted covered
    assert set(acc_df["stratum_ratio"]) == {"<=2x", "2-4x", "4-8x", "8-16x"}


def test_overconfident_forecast_gets_low_coverage(exact_cases):
    case_df, acc_df, lab_df = ev.evaluate(exact_cases, overconfident)  # too high and too narrow
    summary = ev.summarise(case_df, acc_df, lab_df)
    s = _overall(summary)
    assert s["acc_cov80"] < 0.05 and s["acc_mae"] == pytest.approx(0.03, abs=1e-3)
    assert s["acc_bias"] == pytest.approx(0.03, abs=1e-3) and (acc_df["pit"] < 0.05).mean() > 0.95
    assert s["lab_cov80"] < 0.3
    assert s["acc_crps"] > 0.02
    strata = summary[summary["dimension"] == "single_run"]
    assert set(strata["stratum"]) == {"seed means", "single run"}
    md = ev.markdown(summary, "test")
    assert "## stratum_ratio" in md and "| 8-16x |" in md


def test_refusals_are_counted_and_parallel_runs_agree(exact_cases):
    case_df, acc_df, lab_df = ev.evaluate(exact_cases[:6], refusing)
    assert case_df["refused"].all() and acc_df.empty and lab_df.empty
    assert _overall(ev.summarise(case_df, acc_df, lab_df))["refused"] == 1.0
    one = ev.evaluate(exact_cases[:12], oracle, jobs=1)[1]
    two = ev.evaluate(exact_cases[:12], oracle, jobs=2)[1]
    assert one.equals(two)


def test_crps_matches_its_definition():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 3))
    y = np.array([0.0, 1.0, -2.0])
    direct = np.mean(np.abs(x - y), axis=0) - 0.5 * np.mean(np.abs(x[:, None, :] - x[None, :, :]), axis=(0, 1))
    np.testing.assert_allclose(ev.sample_crps(x, y), direct)


def test_cli_refuses_the_report_part_and_bad_forecasters(capsys):
    assert ev.main(["--part", "report"]) == 2
    assert "--i-mean-report" in capsys.readouterr().err
    assert ev.main(["--forecaster", "no_such_module_xyz:f"]) == 2
    assert "cannot import" in capsys.readouterr().err
    assert ev.main(["--source", "nope"]) == 2


def test_cluster_standard_error_and_crossed_strata(exact_cases):
    import pandas as pd

    same = pd.DataFrame({"key": list("aabbcc"), "covered": [True, False] * 3})
    assert ev.cluster_se(same, "covered") == 0.0  # every data set covers half: no spread
    mixed = pd.DataFrame({"key": list("aabbcc"), "covered": [True, True, False, False, True, False]})
    assert ev.cluster_se(mixed, "covered") > 0.1
    assert np.isnan(ev.cluster_se(mixed[mixed["key"] == "a"], "covered"))
    summary = ev.summarise(*ev.evaluate(exact_cases, overconfident))
    crossed = summary[summary["dimension"] == "stratum_ratio x single_run"]
    assert "8-16x / single run" in set(crossed["stratum"])
    assert crossed["cases"].isna().all()  # row-level strata: no case count
    acc_strata = crossed[~crossed["stratum"].str.startswith("beyond")]  # "beyond": label rows only
    assert len(acc_strata) == 8 and (acc_strata["acc_rows"] > 0).all()


class _Near:
    """Every draw at ``level`` at every n: a forecast that the accuracy stays there."""

    def __init__(self, level):
        self.level = level

    def sample_predictions(self, n):
        return np.full((50, np.atleast_1d(n).size), self.level)

    def labels_samples(self, target):
        return np.where(self.level >= target, 1.0, np.inf) * np.ones(50)


def test_coverage_counts_at_the_resolution_of_a_measured_accuracy(exact_cases):
    """A truth of a perfect score is inside draws of 0.99995 (half an example of a 10,000-example test set),
    not inside draws of 0.999 (one in a thousand); the strict count keeps the old reading."""
    case = exact_cases[0]
    perfect = type(case)(**{**case.__dict__, "truth_acc": np.ones_like(case.truth_acc),
                            "truth_acc_same": np.ones_like(case.truth_acc_same)})
    for level, covered in ((0.99995, True), (0.999, False)):
        _, acc_df, _ = ev.evaluate([perfect], lambda n, Y, f, lv=level: _Near(lv))
        assert acc_df["covered"].all() == covered and not acc_df["covered_strict"].any()


def test_the_own_set_out_forecast_reads_the_case_key_and_drops_its_data_set(exact_cases, monkeypatch):
    """A forecaster gets the case's data-set key; ``without_spread_own_set_out`` forecasts a calibration-part
    curve from the analog library less that data set's curves (the library is built from that part)."""
    import pandas as pd

    seen = []

    def spy(n, Y, features):
        seen.append(features["key"])
        return _Draws(SHIFTS)

    ev.evaluate(exact_cases[:3], spy)
    assert seen == [c.key for c in exact_cases[:3]]
    key = exact_cases[0].key
    from planner.forecast import analogs

    frame = analogs.load_library_frame().head(40).assign(key=["skl:a", key] * 20)
    monkeypatch.setattr(analogs, "load_library_frame", lambda: frame)
    ev._library_without.cache_clear()
    try:
        assert len(ev._library_without(key)) == 20 and len(ev._library_without("skl:other")) == 40
        fit = ev.without_spread_own_set_out(exact_cases[0].n, exact_cases[0].Y, dict(exact_cases[0].features, key=key))
        assert np.all(np.isfinite(fit.sample_predictions(exact_cases[0].truth_n)))
    finally:   # the shipped library is cached: built from the stand-in frame, it would stay for later tests
        for cached in (ev._library_without, analogs.load_library, analogs.load_config):
            cached.cache_clear()
