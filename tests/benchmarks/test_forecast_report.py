"""benchmarks/forecast/report.py: one batch's report steps in one command."""

from pathlib import Path

import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rep():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "report.py", "forecast_report_under_test")


def test_the_steps_are_a_report_of_the_batchs_sets_in_order(rep, tmp_path):
    assert len(rep.batch_sets(61)) == 24 and "caramel_scorch3" in rep.batch_sets(61)
    todo = rep.steps(31, ["a", "b"], tmp_path)
    what = [w for w, _, _ in todo]
    assert what[0] == "build the truth" and what[-4] == "campaign misses" and len(set(what)) == len(what)
    argv = {w: " ".join(a) for w, a, _ in todo}
    assert "--batches 31 --out-dir benchmarks/.data/forecast/b31build" in argv["build the truth"]
    join = argv["join the builds"].split()
    assert join[-3:] == ["benchmarks/.data/forecast/b31build", "--out", "benchmarks/.data/forecast/sk_truth_b31.parquet"]
    for w in ("decisions", "campaign"):
        assert "--datasets skl:a,skl:b" in argv[w] and "--part report" in argv[w]
    assert "--tag b31-report" in argv["curves"] and "--truth same --tag b31-report-same" in argv["curves, the same truth"]
    assert all(log.parent == tmp_path for _, _, log in todo)
    # the report ends with the three shipped records' clean checks on its own rows
    assert what[-3:] == ["T's check", "C's check", "P's check"]
    assert argv["T's check"].endswith("--record planner/data/track_record.csv --check benchmarks/.data/forecast/b31rep")
    for w, record in (("C's check", "replan_record"), ("P's check", "pilot_record")):
        assert argv[w].endswith(f"--record planner/data/{record}.csv --check benchmarks/.data/campaign/b31_rows.json")
        assert (ROOT / "planner" / "data" / f"{record}.csv").is_file()


def test_an_empty_batch_and_absent_calibration_rows_are_one_line(rep, tmp_path, capsys):
    assert rep.main(["--batch", "999", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("--batch 999: no set of the spec table") and err.count("\n") == 1
    rows, logs = tmp_path / "cal" / "decisions_calibration.json", tmp_path / "logs"
    assert rep.main(["--batch", "61", "--logs", str(logs), "--calibration-rows", str(rows)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"--calibration-rows {rows}: no such file") and err.count("\n") == 1
    assert not logs.exists() and not (ROOT / "benchmarks" / ".data" / "forecast" / "b61build").exists()


def test_a_dry_run_prints_every_command_and_without_the_calibration_part_reads_scored_constants(rep, tmp_path, capsys):
    full = {w: a for w, a, _ in rep.steps(31, ["a"], tmp_path)}
    bare = {w: a for w, a, _ in rep.steps(31, ["a"], tmp_path, None)}
    assert set(full) == set(bare)
    assert bare["decisions"][-2:] == ["--constants", "scored"] and "--constants" not in full["decisions"]
    assert rep.main(["--batch", "61", "--logs", str(tmp_path / "logs"), "--no-calibration-part", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "--constants scored" in out and out.count("# ") == len(bare)
    assert not (tmp_path / "logs").exists()
