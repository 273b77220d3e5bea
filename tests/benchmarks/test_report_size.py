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
    for col, v in rs.ISSUE_STRATA:
        assert np.allclose(same[f"{col}={v}"], acc[acc[col] == v]["covered"].mean())
    mixed = rs.coverage_draws(_acc({**{f"a{i}": 0.5 for i in range(5)}, **{f"b{i}": 1.0 for i in range(5)}}),
                              4, 400, rng)
    col = mixed["regime=rising"]
    assert col.min() < 0.75 < 0.88 < col.max() and abs(col.mean() - 0.75) < 0.02   # sets differ: reports swing
