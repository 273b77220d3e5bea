"""benchmarks/bench_campaign.py: the replay's notion of a target reached without a lucky test reading."""

from pathlib import Path

import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bc():
    yield from loaded_script(ROOT / "benchmarks" / "bench_campaign.py", "bench_campaign_under_test")


def test_truly_reached_reads_the_seeds_mean_curve_at_the_labels_bought(bc):
    mean = pd.Series([0.70, 0.80, 0.86, 0.90], index=[25.0, 50.0, 100.0, 200.0])
    assert bc.truly_reached(mean, 100.0, 0.86)
    assert not bc.truly_reached(mean, 99.0, 0.86)             # one label short of the mean curve's count
    assert bc.truly_reached(mean, 200.0, 0.90) and not bc.truly_reached(mean, 200.0, 0.9001)
    # between counts: log-linear (at the geometric middle of 100 and 200, halfway from 0.86 to 0.90)
    assert bc.truly_reached(mean, (100 * 200) ** 0.5, 0.88 - 1e-9)
    assert not bc.truly_reached(mean, (100 * 200) ** 0.5, 0.88 + 1e-6)

