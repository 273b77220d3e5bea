"""benchmarks/forecast/track_record.py: stored report rows to planner/data/track_record.csv."""

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from forecast_fakes import loaded_script

import planner.decide.track_record as tr
from tests.planner.shipped_records import records_from

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "forecast" / "track_record.py"


@pytest.fixture(scope="module")
def tb():
    yield from loaded_script(SCRIPT, "track_record_under_test")


#: What the rule read of every path: random cheapest in 45% of the draws, margin in 55%: the rule picks margin.
AL_PATHS = {"random": {"reach": 1.0, "cheapest": 0.25, "pairwise": None, "median_cost": 100.0, "capped_mean_cost": 100.0},
            "margin": {"reach": 1.0, "cheapest": 0.75, "pairwise": 0.75, "median_cost": 90.0, "capped_mean_cost": 90.0}}
RANDOM_PATHS = {"random": {**AL_PATHS["random"], "cheapest": 0.7},
                "margin": {**AL_PATHS["margin"], "cheapest": 0.3, "pairwise": 0.3}}


def _row(dataset, model, paths, costs, *, random_labels=100.0, frac=0.125):
    return {"dataset": dataset, "model": model, "pilot_frac": frac, "refused": None, "budget": 800, "batch_size": 20,
            "initial": 20, "cheapest": min(costs.values()), "true_costs": dict(costs), "best_al": "margin",
            "recommendation": None, "forecast_labels": {"random": random_labels, "margin": 50.0},
            "paths": {k: {**v, "cost_if_picked": costs[k]} for k, v in paths.items()}}


def test_the_pilot_count_is_the_truth_grid_cut_at_the_pilot(tb):
    # 20 + whole batches of 20 up to 1/8 of 800 = 100 labels; at 1/4, 200; a cut between grid points rounds down
    assert tb.pilot_n_max(_row("s", "m", AL_PATHS, {"random": 1, "margin": 1})) == 100
    assert tb.pilot_n_max(_row("s", "m", AL_PATHS, {"random": 1, "margin": 1}, frac=0.25)) == 200
    assert tb.pilot_n_max({"initial": 20, "batch_size": 13, "budget": 398, "pilot_frac": 0.125}) == 46


def test_cases_take_the_shipped_rule_on_stored_paths_and_their_strata(tb):
    rows = [_row("skl:v1_a", "mlp_small", AL_PATHS, {"random": 200.0, "margin": 100.0}, random_labels=500.0),
            _row("skl:v1_b", "gnb", AL_PATHS, {"random": 100.0, "margin": 150.0}, random_labels=math.inf),
            _row("skl:v1_c", "gnb", RANDOM_PATHS, {"random": 100.0, "margin": 80.0}, random_labels=150.0)]
    t = tb.case_table(rows).set_index("dataset")
    a, b, c = (t.loc[k] for k in ("skl:v1_a", "skl:v1_b", "skl:v1_c"))
    # a: the MLP, random's 500 labels are 5x the pilot's 100; margin picked and truly cheapest; random cost 2x
    assert (a["learner"], a["ratio"], a["pick"], a["regret"], a["regret_random"], a["other_cheaper"]) == \
        ("neural", "4-8x", "al", 0.0, 1.0, 0.0)
    # b: random never reaches in the median forecast; margin picked, random truly cheaper
    assert (b["learner"], b["ratio"], b["pick"], b["regret"], b["other_cheaper"]) == ("other", "beyond 8x", "al", 0.5,
                                                                                    1.0)
    # c: random picked (1.5x its pilot), margin was cheaper: the other choice would have cost less
    assert (c["ratio"], c["pick"], c["regret"], c["regret_random"], c["other_cheaper"]) == ("up to 2x", "random",
                                                                                          0.25, 0.25, 1.0)
    # the shipped rule, margin's head start included: k-center is the cheapest AL path in 50% of the draws, margin
    # in 20% (+40 points), random in 30%: AL is cheaper in 70%, and its path is margin (without the head start,
    # k-center); margin was truly the cheapest
    three = {"random": {**AL_PATHS["random"], "cheapest": 0.3}, "margin": {**AL_PATHS["margin"], "cheapest": 0.2},
             "kcenter": {**AL_PATHS["margin"], "cheapest": 0.5, "pairwise": 0.6}}
    d = tb.case_table([_row("skl:v1_d", "gnb", three, {"random": 100.0, "margin": 90.0, "kcenter": 120.0})]).iloc[0]
    assert (d["pick"], d["regret"], d["other_cheaper"]) == ("al", 0.0, 0.0)
    with pytest.raises(ValueError, match="forecast labels"):
        tb.case_table([{**rows[0], "forecast_labels": {}}])


def _table(n_sets, learner="other", ratio="2-4x", pick="al", regret=0.2):
    """Two cases per data set, costing 0 and 2 x ``regret`` x (i mod 3): the set's own mean is ``regret`` x
    (i mod 3)."""
    return pd.DataFrame([{"dataset": f"skl:v9_{i}", "learner": learner, "ratio": ratio, "pick": pick, "pilot": 0.125,
                          "regret": 2 * regret * (i % 3) * k, "regret_random": 0.5, "other_cheaper": float(i % 2)}
                         for i in range(n_sets) for k in range(2)])


def test_strata_need_enough_data_sets_and_pool_into_any(tb):
    few = _table(tr.MIN_SETS - 1)
    assert tb.strata(few).empty
    t = pd.concat([_table(tr.MIN_SETS, "neural", "4-8x"), _table(tr.MIN_SETS - 1, "other", "4-8x")],
                  ignore_index=True)
    t.loc[t["learner"] == "other", "dataset"] += "_o"
    s = tb.strata(t).set_index(["learner", "ratio", "pick"])
    assert ("other", "4-8x", "al") not in s.index                    # 7 sets: left out
    assert s.loc[("neural", "4-8x", "al"), "data_sets"] == tr.MIN_SETS
    assert s.loc[("any", "4-8x", "al"), "data_sets"] == 2 * tr.MIN_SETS - 1
    assert s.loc[("any", "any", "al"), "cases"] == len(t)
    row = s.loc[("neural", "4-8x", "al")]
    # its 8 tasks' own means are 0, 0.2, 0.4, 0, 0.2, 0.4, 0, 0.2: the range is their 10% and 90% points
    assert (row["task_low"], row["task_high"]) == pytest.approx((0.0, 0.4))
    assert row["regret"] == pytest.approx(t[t["learner"] == "neural"]["regret"].mean())


def test_the_check_counts_the_tasks_inside_the_range(tb):
    shipped = pd.DataFrame([{"learner": "any", "ratio": "any", "pick": "al", "data_sets": 8, "regret": 0.2,
                             "task_low": 0.1, "task_high": 0.3, "regret_random": 0.5}])
    other = _table(3, regret=0.2)   # the three sets' own means: 0 (below), 0.2 (inside), 0.4 (above)
    line = tb.check_lines(shipped, other)[2]
    assert line.endswith("| 1 of 3 |") and "| 3, 6, 0.200 / 0.500 |" in line


def _same_check_from_the_file(tb, record, check, printed, capsys, what):
    """``--record`` on the file just written reads ``check`` as the build's own ``--check`` did: the same table."""
    def table(text):
        return [line for line in text.splitlines() if line.startswith(("|", "The clean-check rule"))]

    assert tb.main(["--record", str(record), "--check", check]) == 0
    again = capsys.readouterr().out
    assert again.startswith(f"{what} as written in {record} (") and table(again) == table(printed)
    assert len(table(printed)) >= 3


def test_the_rule_reads_strata_with_four_tasks_or_more_and_replans_gaps(tb):
    counts = [(3, 4), (1, 2), (8, 10)]               # the stratum of 2 tasks is left out: 11 of 14 inside
    assert tb.rule_line(counts).startswith("The clean-check rule: over the 2 strata with at least 4 tasks here, 11 of 14")
    assert "(0.786;" in tb.rule_line(counts) and tb.rule_line(counts).endswith(": held.")
    assert tb.rule_line([(2, 4), (7, 10)]).endswith("**not held**.")     # 9 of 14 = 0.643
    assert "largest gap between shares is 0.080" in tb.rule_line(counts, [0.05, 0.5, -0.08])   # the 2-task gap left out
    assert tb.rule_line(counts, [0.05, 0.5, -0.08]).endswith(": held.")
    assert tb.rule_line(counts, [0.05, 0.0, 0.12]).endswith("**not held**.")                    # share held, gap not
    assert tb.rule_line([(1, 3)]).startswith("No stratum has 4 or more tasks")


def test_a_written_record_is_checked_as_it_stands_and_bad_ones_get_one_line(tb, tmp_path, capsys):
    shipped = ROOT / "planner" / "data" / "pilot_record.csv"
    assert tb.main(["--record", str(shipped)]) == 2                                  # nothing to check against
    assert "--record needs --check" in capsys.readouterr().err
    assert tb.main(["--record", str(shipped), "--check", "x.json", "--out", str(tmp_path / "o.csv")]) == 2
    assert "writes none" in capsys.readouterr().err and not (tmp_path / "o.csv").exists()
    other = tmp_path / "other.csv"
    other.write_text("band,answers\n50-100%,3\n")
    assert tb.main(["--record", str(other), "--check", "x.json"]) == 2
    assert "not a record file" in capsys.readouterr().err
    empty = tmp_path / "empty.csv"
    empty.write_text(",".join(tr.PILOT_COLUMNS) + "\n")
    assert tb.main(["--record", str(empty), "--check", "x.json"]) == 2
    assert "at least one stratum" in capsys.readouterr().err
    assert tb.main(["--record", str(tmp_path / "absent.csv"), "--check", "x.json"]) == 2
    assert "absent.csv" in capsys.readouterr().err
    assert tb.main(["--record", str(shipped), "--check", str(tmp_path / "none.json")]) == 2   # rows not there
    assert "track_record.py:" in capsys.readouterr().err


def test_the_script_writes_a_file_the_planner_loads_and_checks_other_reports(tb, tmp_path, capsys):
    dirs = []
    for r in range(2):
        d = tmp_path / f"rep{r}"
        d.mkdir()
        rows = [_row(f"skl:v{30 + r}_{i}", "gnb" if i % 2 else "mlp_small", AL_PATHS,
                     {"random": 200.0, "margin": 100.0 + 30 * (i % 3)}, random_labels=500.0) for i in range(8)]
        (d / "decisions_report.json").write_text(json.dumps({"part": "report", "base_rate": 0.5, "naive_al": "margin",
                                                             "rows": rows}))
        dirs.append(str(d))
    out = tmp_path / "data" / "track_record.csv"
    out.parent.mkdir()
    assert tb.main(["--pool", dirs[0] + "," + dirs[1], "--out", str(out), "--check", dirs[1]]) == 0
    printed = capsys.readouterr().out
    assert "| al | any | 4-8x |" in printed and "| 8 of 8 |" in printed
    _same_check_from_the_file(tb, out, dirs[1], printed, capsys, "the verdict's record")
    written = pd.read_csv(out)
    assert list(written.columns) == list(tr.COLUMNS)
    assert set(written["reports"]) == {"2 report parts of the held-out scikit-learn AL truth (16 data sets, "
                                       "batches 30-31)"}
    with records_from(tmp_path):
        assert tr.track_record(5.0, True, "al").data_sets == 8          # the MLP's own stratum
    assert tb.main(["--pool", dirs[0] + "," + dirs[0]]) == 2            # a data set in two runs: one line
    assert "is in" in capsys.readouterr().err


# ------------------------------------------------------------ replan's record (--replays)


def _replay_row(dataset, trace, *, gave_up=False, policy="replan", scenario="$2 + $50/order", seed=0):
    return {"dataset": dataset, "config": f"{dataset}/mlp_small/10/0.0", "strategy": "margin", "seed": seed,
            "target": 0.9, "scenario": scenario, "policy": policy, "gave_up": gave_up, "trace": trace}


def _replay_file(path, rows, datasets, confidence=0.9, pilots=()):
    meta = {"truth": "t.parquet", "part": "report", "datasets": datasets, "confidence": confidence, "n_runs": 1,
            "seconds": 1.0, "planner": "abc", "utc": "now"}
    path.write_text(json.dumps({"meta": meta, "rows": rows, "pilots": list(pilots)}))
    return str(path)


def test_answers_are_read_off_the_trace_and_a_spent_budget_is_left_out(tb):
    rows = [_replay_row("skl:v1_a", [[0.35, True], [0.62, True]]),                 # two orders, met later
            _replay_row("skl:v1_a", [[0.25, False], [0.04, False]], gave_up=True, seed=1),   # an order, a give-up
            _replay_row("skl:v1_a", [[0.4, False]], gave_up=True),                  # a give-up at P 0.4: spent budget
            _replay_row("skl:v1_a", [[0.5, True]], policy="double"),                # not replan
            _replay_row("skl:v1_a", [])]                                            # a stop at once: no answer
    t = tb.answer_table(rows, 0.9)
    assert list(zip(t["band"], t["action"], t["hit"])) == [("30-50%", "order", 1.0), ("50-70%", "order", 1.0),
                                                           ("20-30%", "order", 0.0), ("2-5%", "give up", 0.0)]
    assert t["campaign"].nunique() == 2
    # at a confidence of 0.6, a give-up at 0.4 is one on the evidence
    assert ("30-50%", "give up") in set(zip(*tb.answer_table(rows, 0.6)[["band", "action"]].to_numpy().T))
    # replays since round 52 say which give-ups were at a spent budget, whatever the P stated
    flagged = [{**_replay_row("skl:v1_a", [[0.25, False], [0.04, False]], gave_up=True, seed=2), "spent": True},
               {**_replay_row("skl:v1_a", [[0.3, False], [0.2, False]], gave_up=True, seed=3), "spent": False}]
    t = tb.answer_table(flagged, 0.9)
    assert list(zip(t["band"], t["action"])) == [("20-30%", "order"), ("20-30%", "order"), ("10-20%", "give up")]
    with pytest.raises(ValueError, match="not a probability"):
        tb.answer_table([_replay_row("skl:v1_a", [[1.5, True]])], 0.9)
    with pytest.raises(ValueError, match="no replan answers"):
        tb.answer_table(rows[3:], 0.9)


def test_replan_strata_need_enough_data_sets_and_answers(tb):
    rows = []
    for i in range(10):   # 10 data sets: each 12 orders at P 0.2, met later after i of them; one give-up each
        ds = f"skl:v2_{i}"
        rows += [_replay_row(ds, [[0.2, k < i]], seed=k) for k in range(12)]
        rows.append(_replay_row(ds, [[0.05, False]], gave_up=True, seed=99))
    s = tb.replan_strata(tb.answer_table(rows, 0.9)).set_index(["band", "action"])
    order = s.loc[("10-20%", "order")]
    assert (order["data_sets"], order["campaigns"], order["answers"]) == (10, 120, 120)
    assert order["hit_later"] == pytest.approx(45 / 120) and order["p_said"] == pytest.approx(0.2)
    assert (order["task_low"], order["task_high"]) == pytest.approx((0.9 / 12, 8.1 / 12))   # 10-90% of i / 12
    assert ("2-5%", "give up") not in s.index             # 10 answers: fewer than MIN_ANSWERS
    assert tb.replan_strata(tb.answer_table(rows, 0.9), min_sets=11).empty


def test_the_replays_script_writes_a_file_replan_loads_and_checks_another_replay(tb, tmp_path, capsys):
    files = []
    for r in range(2):
        rows = []
        for i in range(8):
            ds = f"skl:v{40 + r}_{i}"
            rows += [_replay_row(ds, [[0.75, k % 4 != 0]], seed=k) for k in range(8)]
            rows += [_replay_row(ds, [[0.45, k % 2 == 0], [0.03, False]], gave_up=True, seed=10 + k) for k in range(8)]
        files.append(_replay_file(tmp_path / f"v{40 + r}_rows.json", rows, sorted({x["dataset"] for x in rows})))
    out = tmp_path / "data" / "replan_record.csv"
    out.parent.mkdir()
    assert tb.main(["--replays", ",".join(files), "--out", str(out), "--check", files[1]]) == 0
    printed = capsys.readouterr().out
    assert "| 70-90% | order | 16, 0.750, 0.750 (0.750-0.750) | 8, 64, 0.750, 0.750 | +0.000 | 8 of 8 |" in printed
    _same_check_from_the_file(tb, out, files[1], printed, capsys, "replan's record")
    assert "the largest gap between shares is 0.000 (within 0.10 needed): held." in printed
    written = pd.read_csv(out)
    assert list(written.columns) == list(tr.REPLAN_COLUMNS)
    assert set(written["reports"]) == {"2 campaign replays of the held-out scikit-learn AL truth (16 data sets, "
                                       "batches 40-41)"}
    with records_from(tmp_path):
        assert tr.replan_record(0.8, "order").answers == 128
        assert tr.replan_record(0.03, "give up").hit_later == 0.0 and tr.replan_record(0.4, "order").hit_later == 0.5
    assert tb.main(["--replays", files[0] + "," + files[0]]) == 2       # a data set in two runs: one line
    assert "is in" in capsys.readouterr().err
    assert tb.main(["--replays", str(tmp_path / "none.json")]) == 2
    assert "track_record.py:" in capsys.readouterr().err


def _pilot_row(dataset, value, cost, now, always, seed=0):
    return {"config": f"{dataset}/mlp_small/10/0.0", "seed": seed, "target": 0.9, "scenario": "$2 + $50/order",
            "value": value, "cost": cost, "regret_now": now, "regret_always": always, "advised": value > cost}


def test_pilot_strata_read_the_realized_value_over_the_cost(tb):
    rows = []
    for i in range(10):   # 10 data sets, 12 answers each predicting 60% of a $100 cost; data set i realizes $10 i
        rows += [_pilot_row(f"skl:v3_{i}", 60.0, 100.0, 50.0 + 10 * i, 50.0, seed=k) for k in range(12)]
        rows.append(_pilot_row(f"skl:v3_{i}", 5.0, 100.0, 30.0, 40.0, seed=99))     # under 10%: a loss of $10
    rows.append(_pilot_row("skl:v3_0", 5.0, float("inf"), 30.0, 40.0, seed=98))   # not priced: left out
    t = tb.pilot_table(rows)
    assert len(t) == 130 and set(t["band"]) == {"50-100%", "under 10%"}
    s = tb.pilot_strata(t).set_index("band")
    b = s.loc["50-100%"]
    assert (b["data_sets"], b["answers"]) == (10, 120) and b["value_said"] == pytest.approx(0.6)
    assert b["value_realized"] == pytest.approx(0.45) and b["paid"] == pytest.approx(0.0)   # $10 i never beats $100
    assert (b["task_low"], b["task_high"]) == pytest.approx((0.09, 0.81))   # 10-90% of i / 10
    assert "under 10%" not in s.index                    # 10 answers: fewer than MIN_ANSWERS
    assert tb.pilot_strata(t, min_sets=11).empty
    with pytest.raises(ValueError, match="no priced pilot extensions"):
        tb.pilot_table(rows[-1:])


def test_the_pilots_script_writes_a_file_the_verdict_loads_and_checks_another_replay(tb, tmp_path, capsys):
    files = []
    for r in range(2):
        pilots = []
        for i in range(8):
            ds = f"skl:v{50 + r}_{i}"
            pilots += [_pilot_row(ds, 30.0, 100.0, 20.0 + (k % 2) * 150.0, 20.0, seed=k) for k in range(8)]
        files.append(_replay_file(tmp_path / f"v{50 + r}_rows.json", [],
                                  sorted({p["config"].split("/")[0] for p in pilots}), pilots=pilots))
    out = tmp_path / "data" / "pilot_record.csv"
    out.parent.mkdir()
    assert tb.main(["--pilots", ",".join(files), "--out", str(out), "--check", files[1]]) == 0
    printed = capsys.readouterr().out
    assert "| 25-50% | 16, 0.300, 0.750 (0.750 to 0.750), 0.500 | 8, 64, 0.300, 0.750, 0.500 | 8 of 8 |" in printed
    _same_check_from_the_file(tb, out, files[1], printed, capsys, "the pilot extension's record")
    assert "over the 1 strata with at least 4 tasks here, 8 of 8 (stratum, task) pairs lie in range (1.000;" in printed
    written = pd.read_csv(out)
    assert list(written.columns) == list(tr.PILOT_COLUMNS)
    with records_from(tmp_path):
        rec = tr.pilot_record(30.0, 100.0)
        assert rec.answers == 128 and rec.paid == 0.5 and tr.pilot_record(5.0, 100.0) is None
    assert tb.main(["--pilots", files[0] + "," + files[0]]) == 2        # a data set in two runs: one line
    assert "is in" in capsys.readouterr().err
