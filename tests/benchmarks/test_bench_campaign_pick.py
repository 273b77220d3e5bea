"""benchmarks/bench_campaign_pick.py: the pool it times is what a campaign reads (ids, features, a text column)."""

from pathlib import Path

import numpy as np
import pandas as pd
from forecast_fakes import loaded_script

from planner.campaign.pool import read_pool

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_pool_reads_as_a_campaign_pool_with_its_text_column_unread(tmp_path):
    for bench in loaded_script(ROOT / "benchmarks" / "bench_campaign_pick.py", "bench_campaign_pick_under_test"):
        labels, ids = bench.make_pool(tmp_path / "pool.parquet", 500, 4, seed=1)
        pool = read_pool(tmp_path / "pool.parquet", "id")
        assert pool.features == ("f0", "f1", "f2", "f3") and pool.skipped == ("note",)
        assert pool.X.shape == (500, 4) and pool.X.dtype == np.float32
        np.testing.assert_array_equal(pool.ids, ids)
        assert set(np.unique(labels)) == {0, 1}
        assert pd.read_parquet(tmp_path / "pool.parquet")["note"].nunique() == 1
