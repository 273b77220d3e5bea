"""label_bound.py: the labels-within-2x window a forecast's accuracy error allows."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import label_bound as lb  # noqa: E402


def _rows(errors):
    """One frac8 case per error: truth 0.80 / 0.81 / 0.82 at 2x / 4x / 8x (+1 point per doubling)."""
    out = []
    for i, e in enumerate(errors):
        for r, t in ((2.0, 0.80), (4.0, 0.81), (8.0, 0.82)):
            out.append({"case_id": i, "prefix_kind": "frac8", "ratio": r * 1.05, "truth": t, "q50": t + e,
                        "regime": "rising"})
    return pd.DataFrame(out)


def test_an_error_within_a_doublings_gain_keeps_the_crossing_within_2x():
    w = lb.window_rows(_rows([0.0, 0.009, -0.009, 0.02, -0.02]))
    # 4x: gains 0.01 below and above; 8x: 0.01 below and (beyond the horizon) the same stand-in above
    assert set(w["ratio"]) == {4.0, 8.0} and np.allclose(w["gain_below"], 0.01) and np.allclose(w["gain_above"], 0.01)
    ok = lb.within_2x_possible(w).groupby(w["case_id"]).all()
    assert ok.tolist() == [True, True, True, False, False]
    # errors scaled below the gain per doubling bring the 0.02 ones back inside the window
    assert lb.within_2x_possible(w, 0.45).all() and not lb.within_2x_possible(w, 0.55).all()


def test_rows_of_other_prefixes_and_far_ratios_are_left_out():
    df = _rows([0.0])
    df.loc[df["ratio"] > 8, "ratio"] = 11.0   # no truth near 8x
    w = lb.window_rows(pd.concat([df, df.assign(prefix_kind="first4", case_id=9)]))
    assert w["case_id"].unique().tolist() == [0] and w["ratio"].tolist() == [4.0]
