"""round19.py: the rule's cells (benchmarks/plans/round19.md) counted from stored rows."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import round19  # noqa: E402
import summarize  # noqa: E402


def _write(data: Path, tag: str, share: float, labels_share: float) -> None:
    """Stored rows of both sources and both truths in which ``share`` of the accuracy rows and ``labels_share``
    of the labels rows up to 16x are covered, 200 rows per stratum value; 400 "beyond" rows, none covered."""
    rng = np.random.default_rng(0)
    for source in ("lcdb", "skl"):
        for suffix, runs in (("", "seed means"), ("-same", "single run")):
            n = 800
            base = pd.DataFrame({
                "case_id": np.arange(n) // 4, "prefix_kind": "frac8", "n": np.arange(n) % 4 + 1.0,
                "single_run": runs, "stratum_ratio": np.tile(["<=2x", "2-4x", "4-8x", "8-16x"], n // 4),
                "regime": np.repeat(["rising", "levelling"], n // 2),
                "family": np.where(np.arange(n) % 2 == 0, "linear", "neural"),
                "abs_err": 0.01})
            acc = base.assign(covered=rng.permutation(np.arange(n) < share * n))
            lab = base.assign(covered=rng.permutation(np.arange(n) < labels_share * n), within2x=True,
                              truth_finite=True, wrong_unreach=False)
            beyond = lab.iloc[:400].assign(stratum_ratio="beyond", covered=False)
            acc.to_parquet(data / f"curves_{source}_selection_{tag}{suffix}_acc.parquet")
            pd.concat([lab, beyond]).to_parquet(data / f"curves_{source}_selection_{tag}{suffix}_labels.parquet")


def test_cells_count_the_strata_in_band_and_leave_the_beyond_rows_out(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(summarize, "DATA", tmp_path)
    _write(tmp_path, "r19-sel-cA", share=0.80, labels_share=0.80)    # every cell in band
    _write(tmp_path, "r19-sel-cB", share=0.80, labels_share=0.95)    # the labels cells above it
    round19.cells(["A", "B"])
    out = capsys.readouterr().out
    assert "cells of at least 100 rows: 40 of 40" in out
    assert "c=A: 40 in band; pooled accuracy coverage 0.800" in out
    assert "c=B: 20 in band" in out
    # counted, the "beyond" rows would pull the rising curves' labels cells to 0.40 and 0.48


def test_usage_errors_exit_2(capsys):
    assert round19.main([]) == 2 and round19.main(["cells"]) == 2 and round19.main(["screens", "x"]) == 2
    assert "round19.py cells" in capsys.readouterr().err
