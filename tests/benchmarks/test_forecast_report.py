"""benchmarks/forecast/report.py: one report's steps in one command."""

from pathlib import Path

import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rep():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "report.py", "forecast_report_under_test")


def test_the_steps_are_a_report_of_the_new_sets_in_order(rep, tmp_path):
    todo = rep.steps("v31", ["v31_a", "v31_b"], tmp_path)
    what = [w for w, _, _ in todo]
    assert what[0] == "build the truth" and what[-4] == "campaign misses" and len(set(what)) == len(what)
    argv = {w: " ".join(a) for w, a, _ in todo}
    assert "--datasets v31_a,v31_b --out-dir benchmarks/.data/forecast/v31build" in argv["build the truth"]
    join = argv["join the builds"].split()
    assert join[-3:] == ["benchmarks/.data/forecast/v31build", "--out", "benchmarks/.data/forecast/sk_truth_v31.parquet"]
    assert join.count("benchmarks/.data/forecast/v31build") == 1   # this report's build once, last
    for w in ("decisions", "campaign"):
        assert "--datasets skl:v31_a,skl:v31_b" in argv[w] and "--part report" in argv[w]
    assert "--tag s31-report" in argv["curves"] and "--truth same --tag s31-report-same" in argv["curves, the same truth"]
    assert "--check benchmarks/.data/forecast/v31rep/decisions_report.json --resample 2000" in argv["P's maps"]
    assert argv["the rule screen"].endswith("--out-dir benchmarks/.data/forecast/v31rep --rule-screen")
    assert what.index("the rule screen") > what.index("decisions")   # it reads the decisions' rows
    assert all(log.parent == tmp_path for _, _, log in todo)


@pytest.mark.parametrize("prefix, names, says", [("31", ["v31_a"], "--prefix"), ("v31", ["v30_a"], "v31_*"),
                                                 ("v31", [], "v31_*")])
def test_bad_prefixes_and_sets_are_refused_in_one_line(rep, capsys, prefix, names, says):
    with pytest.raises(ValueError, match=r"\*|prefix"):
        rep.steps(prefix, names, Path("logs"))
    assert rep.main(["--prefix", prefix, "--datasets", ",".join(names) or ",", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


def test_p_maps_refit_on_the_calibration_rows_given_and_absent_rows_stop_the_report_first(rep, tmp_path, capsys):
    rows = tmp_path / "cal" / "decisions_calibration.json"
    argv = {w: a for w, a, _ in rep.steps("v31", ["v31_a"], tmp_path, rows)}
    assert argv["P's maps"][2:4] == [str(rows), "--check"]
    assert str(rep.CALIBRATION_ROWS) in {w: " ".join(a) for w, a, _ in rep.steps("v31", ["v31_a"], tmp_path)}["P's maps"]
    logs = tmp_path / "logs"
    assert rep.main(["--prefix", "v99", "--datasets", "v99_x", "--logs", str(logs), "--calibration-rows", str(rows)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"--calibration-rows {rows}: no such file") and err.count("\n") == 1
    assert not logs.exists() and not (ROOT / "benchmarks" / ".data" / "forecast" / "v99build").exists()


def test_a_failing_step_stops_the_report_and_says_which(rep, tmp_path, capsys):
    # a set sk_truth.py does not know: the first step fails for real, writes nothing, and nothing after it runs
    rows = tmp_path / "decisions_calibration.json"
    rows.write_text("{}")
    assert rep.main(["--prefix", "v99", "--datasets", "v99_nothing", "--logs", str(tmp_path),
                     "--calibration-rows", str(rows)]) == 1
    assert "build the truth failed (exit 2)" in capsys.readouterr().err
    assert "unknown data set" in (tmp_path / "build.log").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build.log", "decisions_calibration.json"]
    assert not (ROOT / "benchmarks" / ".data" / "forecast" / "v99build").exists()


def test_a_dry_run_prints_every_command_and_runs_nothing(rep, tmp_path, capsys):
    assert rep.main(["--prefix", "v99", "--datasets", "v99_x", "--logs", str(tmp_path / "logs"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("# ") == len(rep.steps("v99", ["v99_x"], tmp_path)) and "sk_truth.py" in out
    assert not (tmp_path / "logs").exists()


def test_the_report_ends_with_the_three_records_clean_checks_on_its_own_rows(rep, tmp_path):
    todo = rep.steps("v31", ["v31_a"], tmp_path)
    what = [w for w, _, _ in todo]
    assert what[-3:] == ["T's check", "C's check", "P's check"]
    argv = {w: " ".join(a) for w, a, _ in todo}
    assert argv["T's check"].endswith("--record planner/data/track_record.csv --check benchmarks/.data/forecast/v31rep")
    for w, record in (("C's check", "replan_record"), ("P's check", "pilot_record")):
        assert argv[w].endswith(f"--record planner/data/{record}.csv --check benchmarks/.data/campaign/v31_rows.json")
        assert what.index(w) > what.index("campaign")
    assert "--jobs 2" in argv["campaign"]                       # the replay's two workers give one process's rows
    for w, record in (("T's check", "track_record"), ("C's check", "replan_record"), ("P's check", "pilot_record")):
        assert (ROOT / "planner" / "data" / f"{record}.csv").is_file()   # the checks read the files as shipped


def test_without_the_calibration_part_the_decisions_read_constants_on_the_scored_sets(rep, tmp_path, capsys):
    full = {w: a for w, a, _ in rep.steps("v31", ["v31_a"], tmp_path)}
    bare = {w: a for w, a, _ in rep.steps("v31", ["v31_a"], tmp_path, None)}
    assert set(full) - set(bare) == {"P's maps"} and set(bare) < set(full)
    assert bare["decisions"][-2:] == ["--constants", "scored"] and "--constants" not in full["decisions"]
    assert all(bare[w] == full[w] for w in bare if w != "decisions")
    # the command line: absent rows are no obstacle with the flag (a dry run prints the steps without P's maps)
    missing = tmp_path / "none.json"
    assert rep.main(["--prefix", "v99", "--datasets", "v99_x", "--logs", str(tmp_path / "logs"),
                     "--calibration-rows", str(missing), "--no-calibration-part", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "# P's maps" not in out and "--constants scored" in out and out.count("# ") == len(bare)
    assert rep.main(["--prefix", "v99", "--datasets", "v99_x", "--logs", str(tmp_path / "logs"),
                     "--calibration-rows", str(missing)]) == 2
    assert "or pass --no-calibration-part" in capsys.readouterr().err


def test_the_join_reads_the_main_build_only_where_it_is_built(rep, tmp_path, monkeypatch):
    # a new machine holds no main build: the join reads the round builds alone (joining a missing one fails)
    monkeypatch.setattr(rep, "ROOT", tmp_path)
    d = tmp_path / rep.D
    (d / "v30build").mkdir(parents=True)
    (d / "v7build").mkdir()

    def join():   # the directories the join reads: after the script, before --out
        argv = {w: a for w, a, _ in rep.steps("v31", ["v31_a"], tmp_path)}["join the builds"]
        return argv[argv.index("benchmarks/forecast/join_truth.py") + 1:argv.index("--out")]

    assert join() == [str(rep.D / n) for n in ("v7build", "v30build", "v31build")]
    (d / "sk_truth.parquet").write_bytes(b"")
    assert join() == [str(rep.D)] + [str(rep.D / n) for n in ("v7build", "v30build", "v31build")]
