"""lcdb_layers.py: round 51's screen of the layers on LCDB and the loop (``benchmarks/plans/round51.md``)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import lcdb_layers  # noqa: E402
import summarize  # noqa: E402

STRATA = ["<=2x", "2-4x", "4-8x", "8-16x"]


def _frame(key: str, runs: str, covered: float, *, learner: str = "mlp_small", within: float = 0.6,
           wrong: float = 0.05, n: int = 80) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One data set's accuracy and labels rows: ``covered`` of them covered, every stratum alike."""
    i = np.arange(n)
    acc = pd.DataFrame({"case_id": key + (i // 4).astype(str), "key": key, "prefix_kind": "frac8",
                        "n": i % 4 + 1.0, "single_run": runs, "stratum_ratio": np.tile(STRATA, n // 4),
                        "regime": np.where(i % 8 < 4, "rising", "levelling"), "learner": learner,
                        "abs_err": 0.01, "truth": 0.9, "covered": (i % 20) < covered * 20})
    lab = acc.assign(within2x=(i % 20) < within * 20, truth_finite=True, wrong_unreach=(i % 20) < wrong * 20)
    return acc, lab


def _write(data: Path, source: str, part: str, tag: str, key: str, covered: float, **kw) -> None:
    for suffix, runs in (("", "seed means"), ("-same", "single run")):
        acc, lab = _frame(key, runs, covered, **kw)
        acc.to_parquet(data / f"curves_{source}_{part}_{tag}{suffix}_acc.parquet")
        lab.to_parquet(data / f"curves_{source}_{part}_{tag}{suffix}_labels.parquet")


def _keys(part: str, k: int) -> list[str]:
    out = [f"lcdb:{i}" for i in range(1, 400) if lcdb_layers.part51(f"lcdb:{i}") == part]
    return out[:k]


def test_the_split_is_a_fixed_third_by_its_own_salt():
    keys = [f"lcdb:{i}" for i in range(1, 3001)]
    parts = [lcdb_layers.part51(k) for k in keys]
    assert set(parts) == {"report2", "selection2"}
    assert 0.30 < parts.count("report2") / len(parts) < 0.37   # 86 / 256 = 0.336
    assert parts == [lcdb_layers.part51(k) for k in keys]      # no state: the same key, the same part
    # the salt is this round's own: the former split's salt puts other keys in its third
    assert lcdb_layers.SALT51 != "alplan-forecast-split-v8:"


def test_lcdb_rows_keep_only_the_asked_part_from_both_former_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(summarize, "DATA", tmp_path)
    sel_key, rep_key = _keys("selection2", 1)[0], _keys("report2", 1)[0]
    # one id of each new part in each former part's file
    for part, suffix, k1, k2 in (("selection", "sel", sel_key, rep_key), ("report", "report", rep_key, sel_key)):
        for same, runs in (("", "seed means"), ("-same", "single run")):
            a = pd.concat([_frame(k1, runs, 0.8)[0], _frame(k2, runs, 0.5)[0]])
            a.to_parquet(tmp_path / f"curves_lcdb_{part}_X-{suffix}{same}_acc.parquet")
    got = lcdb_layers.lcdb_rows("X", "acc", "selection2")
    assert set(got["key"]) == {sel_key} and len(got) == 2 * 2 * 80
    assert set(lcdb_layers.lcdb_rows("X", "acc", "report2")["key"]) == {rep_key}


def _both(key: str, covered: float, **kw) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A data set's rows as seed means and as a single run."""
    (a1, l1), (a2, l2) = (_frame(key, runs, covered, **kw) for runs in ("seed means", "single run"))
    return pd.concat([a1, a2]), pd.concat([l1, l2])


def test_the_targets_are_the_issues_27_and_a_miss_is_counted_with_its_distance():
    loop = [_both("skl:a", 0.8), _both("skl:b", 0.8, learner="logreg_c10"), _both("skl:c", 0.8, learner="logreg_c0.1")]
    acc_s, lab_s = pd.concat([a for a, _ in loop]), pd.concat([lab for _, lab in loop])
    tg = lcdb_layers.targets51(*_both("lcdb:1", 0.8), acc_s, lab_s)
    assert len(tg) == 27
    assert lcdb_layers.score51(tg) == {"met": 27, "short": 0.0, "targets": 27}
    # LCDB covered 0.6 everywhere: its 8 strata and its two pooled coverages miss by 0.15 each
    s = lcdb_layers.score51(lcdb_layers.targets51(*_both("lcdb:1", 0.6), acc_s, lab_s))
    assert s["met"] == 27 - 10 and s["short"] == pytest.approx(10 * 0.15)
    # a stratum with no rows is a full miss
    s = lcdb_layers.score51(lcdb_layers.targets51(*_frame("lcdb:1", "seed means", 0.8), acc_s, lab_s))
    assert s["met"] == 26 and s["short"] == 1.0
    # the 8x aims: within 2x below 0.55, wrongly unreachable above 0.10
    tg = lcdb_layers.targets51(*_both("lcdb:1", 0.8, within=0.5, wrong=0.15), acc_s, lab_s)
    assert tg["lcdb:8x within 2x"][0] == pytest.approx(0.5) and tg["lcdb:8x wrongly unreachable"][0] == 0.15
    assert lcdb_layers.score51(tg)["met"] == 25
    # the loop's issue learner read on its own rows
    tg = lcdb_layers.targets51(*_both("lcdb:1", 0.8), pd.concat([acc_s, _both("skl:d", 0.2)[0]]), lab_s)
    assert tg["skl:learner=logreg_c10"][0] == 0.8 and tg["skl:learner=mlp_small"][0] == pytest.approx(0.5)


def test_choose51_most_met_then_smaller_shortfall_then_the_shipped_one():
    s = {"V5": {"met": 20, "short": 0.5}, "L5": {"met": 21, "short": 0.9}, "F0": {"met": 21, "short": 0.4}}
    assert lcdb_layers.choose51(s) == "F0"
    s["F0"]["short"] = 0.9
    assert lcdb_layers.choose51(s) == "L5"   # a tie in both: the earlier of the order
    s["V5"] = {"met": 21, "short": 0.9}
    assert lcdb_layers.choose51(s) == "V5"
    assert lcdb_layers.choose51({"L5": {"met": 1, "short": 0.0}}) == "L5"
    assert lcdb_layers.choose51({"X": {"met": 1, "short": 0.0}, "F0": {"met": 1, "short": 0.0}}) == "F0"
    with pytest.raises(ValueError):
        lcdb_layers.choose51({})


def test_a_shortfall_is_the_distance_outside_and_a_missing_value_a_full_miss():
    assert lcdb_layers.shortfall(0.8, 0.75, 0.88) == 0.0
    assert lcdb_layers.shortfall(0.7, 0.75, 0.88) == pytest.approx(0.05)
    assert lcdb_layers.shortfall(0.9, 0.75, 0.88) == pytest.approx(0.02)
    assert lcdb_layers.shortfall(float("nan"), 0.75, 0.88) == 1.0


def test_bad_flags_and_the_report_part_get_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(summarize, "DATA", tmp_path)
    assert lcdb_layers.main(["--lcdb", "V5=x", "--skl", "V5:report:t", "--part", "report2"]) == 2
    assert capsys.readouterr().err.strip() == "--part report2 is read once, at the end: add --i-mean-report"
    for argv in (["--lcdb", "V5", "--skl", "V5:report:t"], ["--lcdb", "V5=x", "--skl", "V5:elsewhere:t"],
                 ["--lcdb", "V5=x", "--skl", "V5:report:t"]):   # the last: no rows stored
        assert lcdb_layers.main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("lcdb_layers: ")


def test_the_table_and_the_pick_from_stored_rows(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(summarize, "DATA", tmp_path)
    sel = _keys("selection2", 2)
    for name, cov in (("A", 0.8), ("B", 0.6)):
        _write(tmp_path, "lcdb", "selection", f"{name}-sel", sel[0], cov)
        _write(tmp_path, "lcdb", "report", f"{name}-report", sel[1], cov)
        _write(tmp_path, "skl", "selection", f"{name}-s", "skl:a", 0.8)
    argv = ["--lcdb", "A=A,B=B", "--skl", "A:selection:A-s", "--skl", "B:selection:B-s"]
    assert lcdb_layers.main(argv) == 0
    out = capsys.readouterr().out
    assert "| lcdb:pooled | 0.75-0.88 | 0.800 | 0.600 (missed) |" in out
    # B misses LCDB's coverage and its pooled coverage
    assert out.rstrip().endswith("choose51: A")
