"""report_size.py: the selection part resampled to reports of a fresh report's size."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import report_size as rs  # noqa: E402


def _acc(covered_by_key: dict) -> pd.DataFrame:
    out = []
    for key, cov in covered_by_key.items():
        for i in range(40):
            out.append({"key": key, "covered": i < cov * 40, "stratum_ratio": ["<=2x", "2-4x", "4-8x", "8-16x"][i % 4],
                        "regime": "rising" if i % 2 else "levelling",
                        "single_run": "seed means" if i % 5 == 0 else "single run"})
    return pd.DataFrame(out)


def test_a_report_reads_the_coverage_of_the_sets_it_draws():
    rng = np.random.default_rng(0)
    acc = _acc({f"s{i}": 0.8 for i in range(10)})
    same = rs.coverage_draws(acc, 4, 50, rng)
    # every set alike: every report reads the whole part's coverage, stratum by stratum
    for col, v in rs.STRATA:
        assert np.allclose(same[f"{col}={v}"], acc[acc[col] == v]["covered"].mean())
    mixed = rs.coverage_draws(_acc({**{f"a{i}": 0.5 for i in range(5)}, **{f"b{i}": 1.0 for i in range(5)}}),
                              4, 400, rng)
    col = mixed["regime=rising"]
    assert col.min() < 0.75 < 0.88 < col.max() and abs(col.mean() - 0.75) < 0.02   # sets differ: reports swing


def test_the_worst_bin_reads_only_bins_of_enough_cases_and_grows_when_the_map_is_off():
    rng = np.random.default_rng(1)
    rows = []
    for s in range(12):
        for i in range(100):
            p = 0.1 if i < 60 else 0.9
            rows.append({"dataset": f"d{s}", "pilot_frac": 0.125, "p_al_cheaper": p,
                         "al_truly_cheaper": float((i % 10) < p * 10)})
    dec = pd.DataFrame(rows)
    good = rs.reliability_draws(dec, 3, 20, rng)["worst bin at 0.125"]
    assert np.allclose(good, 0.0)   # the observed rate is the stated one in both bins
    off = rs.reliability_draws(dec.assign(p_al_cheaper=np.where(dec["p_al_cheaper"] > 0.5, 0.7, 0.1)), 3, 20, rng)
    assert np.allclose(off["worst bin at 0.125"], 0.2)
    # a bin below 30 cases is not read: 1 of the 100 rows of each set at 0.5, observed 1
    lone = dec.copy()
    lone.loc[lone.index % 100 == 0, ["p_al_cheaper", "al_truly_cheaper"]] = [0.5, 1.0]
    assert rs.reliability_draws(lone, 3, 5, rng)["worst bin at 0.125"].max() < 0.05
