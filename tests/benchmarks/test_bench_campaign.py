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



def test_the_pilot_replay_skips_a_target_of_a_mean_curve_at_100_percent(bc):
    # a task every seed learns perfectly by 5/8 of the budget: its target at 3/4 of the budget is 1.0, which no
    # planner decides on (the replay used to stop there with the planner's refusal); the one at 1/2 is kept
    rows = []
    for seed in range(3):
        for strategy, gap in (("random", 0.0), ("margin", 0.01)):
            for n in range(10, 321, 10):
                acc = min(1.0, 0.6 + gap + 0.4 * n / 200 + 0.002 * seed)
                rows.append({"dataset": "skl:toy", "model": "knn", "batch_size": 10, "label_noise": 0.0,
                             "strategy": strategy, "seed": seed, "n_labels": n, "accuracy": acc, "budget": 320})
    out = bc.pilot_replay(pd.DataFrame(rows), seeds=1, facts=None, log=lambda m: None)
    assert out and {r["target"] for r in out} == {0.927}
