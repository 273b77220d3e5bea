"""replan_giveup.py: round 52's screen of replan's give-up by issue 19's replay targets (``benchmarks/plans/round52.md``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import replan_giveup as rg  # noqa: E402

META = {"truth": "t.parquet", "part": "report", "datasets": ["skl:v1_a"], "n_runs": 4, "seconds": 1.0,
        "planner": "abc", "utc": "now", "confidence": 0.9}


def _row(policy, kind, *, reached=True, ratio=1.2, gave_up=False, spend=100.0, seed=0, after_hit=0, justified=0):
    return {"dataset": "skl:v1_a", "config": "skl:v1_a/knn/10/0.0", "strategy": "margin", "seed": seed,
            "kind": kind, "target": 0.9, "scenario": "$2 + $50/order", "policy": policy, "reached": reached,
            "truly": reached, "ratio": ratio, "orders": 1, "gave_up": gave_up, "after_hit": after_hit,
            "justified": justified, "learn": 0, "refused": 0, "top_dollars": 0.5, "spend": spend,
            "start_hit": False}


def _rows(*, replan_reached=(True,) * 10, replan_spend=20.0, double_spend=100.0):
    rows = []
    for i, hit in enumerate(replan_reached):
        rows += [_row("replan", "reachable", reached=hit, ratio=1.2, gave_up=not hit, seed=i),
                 _row("double", "reachable", reached=True, ratio=2.0, seed=i),
                 _row("hindsight", "reachable", ratio=1.0, seed=i)]
    rows += [_row("replan", "unreachable", reached=False, gave_up=True, spend=replan_spend),
             _row("double", "unreachable", reached=False, spend=double_spend)]
    return rows


def test_the_eight_targets_are_read_off_the_rows_with_their_shortfalls():
    checks = rg.targets52(_rows(), META)
    assert len(checks) == 8 and all(c[1] for c in checks) and sum(c[3] for c in checks) == 0
    assert not any(c[0].startswith(rg.NOT_COUNTED) for c in checks)
    worse = {c[0]: c for c in rg.targets52(_rows(replan_reached=(True,) * 8 + (False,) * 2, replan_spend=30.0),
                                           META)}
    reached = worse["reached >= 90% of reachable campaigns"]
    assert not reached[1] and reached[3] == pytest.approx(0.1)                    # 80% against 90%
    assert worse["reached never below double's rate"][3] == pytest.approx(0.2)    # 80% against double's 100%
    spend = worse["unreachable: spend <= 1/4 of double's"]
    assert not spend[1] and spend[3] == pytest.approx(0.05)                       # 0.30 of double's against 0.25
    with pytest.raises(ValueError, match="of the 8 targets"):
        rg.targets52([r for r in _rows() if r["policy"] != "double"], META)


def test_choose52_takes_the_most_met_then_the_smaller_shortfall_then_f0():
    def score(met, short):
        return [("t", i < met, "", short / 8) for i in range(8)]

    assert rg.choose52({"F0": score(5, 0.1), "T": score(6, 0.5)}) == "T"
    assert rg.choose52({"F0": score(6, 0.3), "T": score(6, 0.2)}) == "T"
    assert rg.choose52({"F0": score(6, 0.2), "T": score(6, 0.2)}) == "F0"
    assert rg.choose52({"T": score(6, 0.2), "F0": score(6, 0.2)}) == "F0"


def test_the_command_prints_the_table_and_a_bad_file_is_one_line(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"meta": META, "rows": _rows(replan_reached=(True,) * 8 + (False,) * 2)}))
    b.write_text(json.dumps({"meta": META, "rows": _rows()}))
    assert rg.main([f"F0={a}", f"T={b}"]) == 0
    out = capsys.readouterr().out
    assert "| **met** | 6 of 8 | 8 of 8 |" in out and out.strip().endswith("choose52: T")
    assert rg.main([f"F0={tmp_path / 'none.json'}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("replan_giveup.py:")
    assert rg.main(["F0"]) == 2 and "give NAME=ROWS_JSON" in capsys.readouterr().err
