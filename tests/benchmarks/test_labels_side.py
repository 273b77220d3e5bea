"""benchmarks/forecast/labels_side.py: the truth's labels read off its isotonic fit, and the side of the median."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ls():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "labels_side.py", "labels_side_under_test")


def test_a_noisy_bump_does_not_reach_the_target_on_the_isotonic_fit(ls):
    n, acc = [10, 20, 40, 80], [0.5, 0.8, 0.7, 0.9]
    # the first crossing is the bump at 20; the isotonic fit pools 20 and 40 at 0.75 and crosses 0.8 a third of
    # the way (in log labels) from 40 to 80
    assert ls.iso_crossing(n, acc, 0.8) == pytest.approx(40 * 2 ** (1 / 3))
    assert ls.iso_crossing(n, acc, 0.5) == 10.0
    assert ls.iso_crossing(n, acc, 0.95) == np.inf
    assert ls.iso_crossing(n, [0.5, np.nan, 0.7, 0.9], 0.6) == pytest.approx(10 * 4 ** 0.5)   # NaN counts dropped


def test_the_accuracy_rows_are_split_by_whether_the_truth_rose(ls):
    acc = pd.DataFrame({"source": "skl", "truth": [0.9, 0.9, 0.7, 0.7], "q50": [0.85, 0.95, 0.75, 0.65],
                        "f_y_end": [0.8, 0.8, 0.8, 0.8]})
    out = ls.accuracy_side(acc)
    assert out.loc[("skl", "truth above the prefix's end"), "truth_above_median"] == 0.5
    assert out.loc[("skl", "truth at or below it"), "truth_above_median"] == 0.5
    assert out["rows"].tolist() == [2, 2]
