"""A command that only answers never waits on the campaign's lock; one that must wait says so at once, naming who
holds it; every flag of `plan DIR` is checked whatever the answer turns out to be, a stop included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from campaign_fixtures import files_of, labeled_campaign

from planner.cli import main
from planner.campaign import state

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def held(tmp_path):
    """A measured campaign whose folder another process holds (its lock taken, as `campaign add` would)."""
    camp, _ = labeled_campaign(tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    holder = subprocess.Popen([sys.executable, "-m", "planner.cli", "campaign", "status", str(camp)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)   # a real command, then ours
    holder.wait()
    script = ("import sys, time\nfrom planner.campaign.state import locked\nwith locked(sys.argv[1]):\n"
              "    print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", script, str(camp)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert proc.stdout.readline().strip() == "held"   # the lock is observably held
        yield camp, proc.pid
    finally:
        proc.kill()
        proc.wait()


def test_plan_answers_at_once_from_the_files_and_keeps_nothing_while_another_command_holds_the_folder(held, capsys):
    camp, pid = held
    before = files_of(camp)
    capsys.readouterr()
    assert main(["plan", str(camp), "--target", "0.99", "--label-price", "1"]) == 0
    out, err = capsys.readouterr()
    assert "Measured: " in out and "next: " in out.lower()
    assert f"process {pid}" in err and "neither it nor its measure was kept" in err
    assert files_of(camp) == before


def test_a_command_that_must_wait_says_so_at_once_and_gives_up_in_one_line(held, capsys, monkeypatch):
    camp, pid = held
    monkeypatch.setattr(state, "LOCK_TIMEOUT", 0.5)
    before = files_of(camp)
    capsys.readouterr()
    assert main(["campaign", "measure", str(camp)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("waiting for the campaign's lock") and f"process {pid}" in err[0]
    assert len(err) == 2 and "has held the campaign's lock" in err[1] and f"process {pid}" in err[1]
    assert files_of(camp) == before


@pytest.mark.parametrize("flags", [["--strategies", "margin,bogus"], ["--label-price", "-1"],
                                   ["--vendors", "no-such-vendors.csv"], ["--report", "out.txt"]])
def test_every_flag_is_checked_before_the_answer_a_stop_included(tmp_path, capsys, flags):
    camp, _ = labeled_campaign(tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    assert main(["plan", str(camp), "--target", "0.3", "--label-price", "1"]) == 0   # measured above it: stop
    assert "Stop: " in capsys.readouterr().out
    before = files_of(camp)
    try:
        code = main(["plan", str(camp), "--target", "0.3", "--label-price", "1", *flags])
    except SystemExit as exc:   # refused by the parser
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert files_of(camp) == before


@pytest.mark.parametrize("command, flags, named", [
    ("plan", ["--metric", "bogus"], "--metric 'bogus'"), ("replan", ["--metric", "bogus"], "--metric 'bogus'"),
    ("replan", ["--budget", "-5"], "--budget"), ("replan", ["--budget", "nan"], "--budget"),
    ("plan", ["--strategies", "margin,roi"], "'roi'"), ("plan", ["--strategies", "roi"], "'roi'")])
def test_a_flag_a_campaign_cannot_take_is_refused_in_one_line_naming_it(tmp_path, capsys, command, flags, named):
    camp, _ = labeled_campaign(tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    before = files_of(camp)
    capsys.readouterr()
    assert main([command, str(camp), "--target", "0.9", "--label-price", "1", *flags]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and named in err[0] and "Traceback" not in err[0], err
    if "roi" in named:   # as a campaign refuses it (docs/methods.md): no cost column applies to a folder
        assert "unlabeled pool" in err[0] and "--cost-column" not in err[0]
    assert files_of(camp) == before


def test_an_order_to_a_count_the_pool_cannot_reach_is_refused_with_the_largest_allowed(tmp_path, capsys):
    camp, _ = labeled_campaign(tmp_path)   # 200 rows, 40 test ids: 160 training labels at most
    before = files_of(camp)
    capsys.readouterr()
    assert main(["campaign", "next", str(camp), "--decide-at", "161"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--decide-at 161" in err[0] and err[0].endswith("give at most 160"), err
    assert files_of(camp) == before
    assert main(["campaign", "next", str(camp), "--decide-at", "160"]) == 0
