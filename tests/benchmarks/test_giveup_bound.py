"""giveup_bound.py: learned first-look give-ups composed with replan's replayed rows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import giveup_bound as gb  # noqa: E402

SCEN = "$0.10 + $200/order"
LOW = "replan, give up at P <= 0.02"


def _run(tmp_path: Path, name: str, datasets: range, seed: int) -> Path:
    """A saved run and its truth: per data set one config, two strategies x two seeds, two reachable targets just
    above the best round and one unreachable target 5 points above it. Replan's first P says nothing (drawn alike
    for both kinds); replan reaches every reachable target and spends half of doubling's on the unreachable one."""
    rng = np.random.default_rng(seed)
    truth, rows = [], []
    for d in datasets:
        ds = f"skl:{name}_{d}"
        config = f"{ds}/knn/20/0.0"
        for strategy in ("margin", "random"):
            for s in (0, 1):
                acc = 0.70 + 0.01 * np.arange(4) + rng.uniform(0, 0.05)
                truth += [{"dataset": ds, "model": "knn", "batch_size": 20, "label_noise": 0.0, "strategy": strategy,
                           "seed": s, "n_labels": 20.0 * (i + 1), "accuracy": float(a)} for i, a in enumerate(acc)]
                best = float(acc[:3].max())
                for kind, target in (("reachable", best + 0.004), ("reachable", best + 0.006),
                                     ("unreachable", best + 0.05)):
                    base = {"dataset": ds, "config": config, "strategy": strategy, "seed": s, "kind": kind,
                            "target": round(target, 4), "scenario": SCEN, "price": 0.1, "fee": 200.0, "start": 60.0,
                            "start_hit": False, "test_size": 500.0, "after_hit": 0, "justified": 0, "learn": 0,
                            "top_dollars": 0.5, "refused": 0, "trace": [[float(rng.uniform(0.05, 0.9)), True]],
                            "truly": True}
                    if kind == "reachable":
                        base["hindsight_dollars"] = 100.0
                        out = {"orders": 1, "gave_up": False, "labels": 80.0, "dollars": 120.0, "reached": True,
                               "spend": 110.0, "ratio": 1.2}
                        dbl = dict(out, dollars=200.0, ratio=2.0, orders=2)
                    else:
                        out = {"orders": 1, "gave_up": True, "labels": 80.0, "dollars": 506.0, "reached": False,
                               "spend": 500.0}
                        dbl = dict(out, gave_up=False, spend=1000.0, orders=3)
                    rows += [{**base, "policy": p, **out} for p in ("replan", LOW)]
                    rows.append({**base, "policy": "double", **dbl, "trace": []})
    table = tmp_path / f"{name}_truth.parquet"
    pd.DataFrame(truth).to_parquet(table)
    saved = tmp_path / f"{name}_rows.json"
    saved.write_text(json.dumps({"meta": {"truth": str(table), "confidence": 0.9, "give_ups": [0.02]}, "rows": rows,
                                 "pilots": []}))
    return saved


def test_a_first_look_give_up_buys_nothing_and_a_start_at_the_target_is_never_given_up():
    row = {"config": "c", "strategy": "margin", "seed": 0, "target": 0.9, "scenario": SCEN, "policy": "replan",
           "start": 60.0, "price": 0.5, "start_hit": False, "hindsight_dollars": 120.0, "orders": 3, "gave_up": False,
           "labels": 400.0, "dollars": 800.0, "reached": True, "spend": 770.0, "ratio": 6.7, "trace": [[0.3, True],
                                                                                                        [0.6, True]]}
    out = gb.first_look_give_up(row)
    assert (out["orders"], out["gave_up"], out["labels"], out["spend"], out["reached"]) == (0, True, 60.0, 0.0, False)
    assert out["dollars"] == 30.0 and out["ratio"] == pytest.approx(30.0 / 120.0) and out["trace"] == [[0.3, True]]
    key = tuple(row[k] for k in gb.CAMPAIGN_KEY)
    hit = dict(row, seed=1, start_hit=True)
    double = dict(row, policy="double")
    other = dict(row, policy=LOW)
    composed = gb.compose([row, hit, double, other], {key, tuple(hit[k] for k in gb.CAMPAIGN_KEY)}, "replan")
    assert [r["policy"] for r in composed] == ["replan", "replan", "double"]      # the other level is not read
    assert composed[0]["gave_up"] and composed[0]["spend"] == 0.0
    assert composed[1] == dict(hit, policy="replan")                               # started at the target: kept
    assert gb.level_policy(0.1, 0.9) == "replan" and gb.level_policy(0.02, 0.9) == LOW


def test_a_score_that_knows_the_unreachable_targets_is_a_candidate_and_replans_own_p_is_not(tmp_path, monkeypatch):
    monkeypatch.setattr(gb, "QUANTILES", (0.0, 0.5))
    runs = [_run(tmp_path, "va", range(6), 0), _run(tmp_path, "vb", range(6), 1)]
    rows, F, confidence, levels = gb.load(runs)
    assert set(rows) == {"va", "vb"} and confidence == 0.9 and len(F) == 2 * 6 * 4 * 3
    assert levels == pytest.approx((0.02, 0.1))
    qs = {m: gb.out_of_fold(F, m) for m in ("P", "logistic")}
    y = F["y"].to_numpy(bool)
    assert gb.auc(y, qs["logistic"]) == pytest.approx(1.0) and gb.auc(y, qs["P"]) < 0.8
    # with no first-look give-up the composition is the level's own replay: every target but the spend met
    base = gb.read(gb.compose(rows["va"], set(), "replan"))
    assert base["reached"] == 1.0 and base["spend"] == pytest.approx(0.5) and base["failed"] == [
        "unreachable: spend <= 1/4 of double's"]
    T = {m: gb.frontier(rows, F, q, confidence, (0.02, 0.1)) for m, q in qs.items()}
    assert len(T["P"]) == 3 * 2 and T["P"]["quantile"].isna().sum() == 2
    # the logistic score gives up on half the unreachable campaigns at their first look and on no reachable one
    half = T["logistic"][T["logistic"]["quantile"] == 0.5]
    assert half["candidate"].all() and (half["pooled:spend"] <= 0.25 + 1e-12).all()
    assert (half["pooled:reached"] == 1.0).all()
    # replan's own P cannot tell the kinds apart: half of its reachable campaigns go with the unreachable half
    p_half = T["P"][T["P"]["quantile"] == 0.5]
    assert not p_half["candidate"].any() and (p_half["pooled:reached"] < 0.8).all()
    # by the logistic score's quintiles: the lowest holds unreachable campaigns only; the spend shares add up
    table = gb.bands(rows, F, qs["logistic"])
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in table[2:]]
    assert len(cells) == 5 and cells[0][1] == "0" and int(cells[0][3]) > 0
    assert sum(float(c[4].rstrip("%")) for c in cells) == pytest.approx(100.0, abs=0.3)
    assert all(c[2] == "100.0%" for c in cells if c[1] != "0")
    lines = gb.report(F, {**qs, "trees": qs["logistic"]}, {**T, "trees": T["logistic"]},
                      {"params": gb.GRID[0]}, ["va", "vb"], rows)
    assert "Replan at its own level, by the trees' first-look score (pooled):" in lines
    assert any(line.startswith("| logistic | 100.0% (t = 0.5, L = ") for line in lines)   # reach at spend <= 25%
    p_line = next(line for line in lines if line.startswith("| P | "))         # P reaches less at that spend
    assert float(p_line.split("|")[2].split("%")[0]) < 80.0
    assert any(line.startswith("| logistic | 1.000 |") for line in lines)
    assert lines[-1].startswith("Candidates by the plan's rule") and lines[-1].endswith(": 4.")


def test_files_that_are_not_saved_runs_are_one_line(tmp_path, capsys):
    bad = tmp_path / "x_rows.json"
    bad.write_text("{}")
    assert gb.main([str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not bench_campaign.py runs" in err[0]
