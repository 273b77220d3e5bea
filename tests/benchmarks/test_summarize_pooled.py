"""summarize.py --tag with several tags: one design's reports read pooled (round 20)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import summarize  # noqa: E402


def _write(data: Path, tag: str, key: str, covered: float) -> None:
    """A report's stored rows (both truths) of one data set, ``covered`` of them covered."""
    n = 100
    for suffix, runs in (("", "seed means"), ("-same", "single run")):
        base = pd.DataFrame({"case_id": np.arange(n) // 4, "key": key, "prefix_kind": "frac8",
                             "n": np.arange(n) % 4 + 1.0, "single_run": runs,
                             "stratum_ratio": np.tile(["<=2x", "2-4x", "4-8x", "8-16x"], n // 4),
                             "regime": "rising", "family": "neural", "abs_err": 0.01, "truth": 0.9,
                             "covered": np.arange(n) < covered * n})
        base.to_parquet(data / f"curves_skl_report_{tag}{suffix}_acc.parquet")
        base.assign(within2x=True, truth_finite=True, wrong_unreach=False).to_parquet(
            data / f"curves_skl_report_{tag}{suffix}_labels.parquet")


def test_several_tags_pool_their_rows_and_a_data_set_in_two_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(summarize, "DATA", tmp_path)
    _write(tmp_path, "r1", "skl:a", 0.6)
    _write(tmp_path, "r2", "skl:b", 1.0)
    _write(tmp_path, "r3", "skl:a", 1.0)
    pooled = summarize.pooled_rows("skl", "report", ["r1", "r2"], "acc")
    assert len(pooled) == 400 and set(pooled["key"]) == {"skl:a", "skl:b"}
    assert pooled["covered"].mean() == 0.8
    assert summarize.main(["--part", "report", "--tag", "r1,r2", "--sources", "skl"]) == 0
    assert "0.800" in capsys.readouterr().out
    for tags in ("r1,r3", "r1,nothere"):
        assert summarize.main(["--part", "report", "--tag", tags, "--sources", "skl"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"--tag {tags}: ")
    summarize.main(["--part", "report", "--tag", "r1,r3", "--sources", "skl"])   # the line names the data set
    assert "data set skl:a is in the rows of tag 'r1' and of tag 'r3'" in capsys.readouterr().err
