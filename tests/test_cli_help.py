"""The CLI says what it does and what it defaults to (issue 10: CLI and README, item 5), and a bad flag in one line."""

from __future__ import annotations

import ast
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from planner.cli import _scenario, build_parser, main
from planner.decide.scenario import DEFAULTS
from tests.builders import csv_file, curve_table


def _help(command: str) -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sub.choices[command].format_help()


def test_help_exits_zero():
    proc = subprocess.run([sys.executable, "-m", "planner.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "simulate" in proc.stdout and "plan" in proc.stdout


@pytest.mark.parametrize("argv, named", [
    (["plan", "c.csv", "--target", "0.9", "--label-price", "-5"], "--label-price"),
    (["plan", "c.csv", "--target", "0.9", "--no-such-flag"], "--no-such-flag"),
    (["plan", "c.csv"], "--target"),
    (["no-such-command"], "no-such-command"),
])
def test_a_bad_flag_value_is_one_line_without_the_usage(capsys, argv, named):
    # a negative price, a flag the command lacks, a missing argument, no such command: one line naming it
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("alplan") and ": error: " in err[0] and named in err[0], err
    assert "--help" in err[0]   # where the usage is


def test_help_shows_defaults():
    text = " ".join(_help("simulate").split())
    assert "(default: 20)" in text and "(default: random,margin)" in text and "(default: logreg)" in text
    plan = " ".join(_help("plan").split())
    assert "(default: 5.0)" in plan and "(default: 0.9)" in plan
    assert "default: None" not in plan and "(default: False)" not in plan


def test_the_cli_and_the_page_share_one_set_of_scenario_defaults():
    """Issue 20: the CLI defaulted to 10 engineering days and $0 compute, the page to 5 days and $0.10."""
    args = build_parser().parse_args(["plan", "curves.csv", "--target", "0.9", "--label-price", "1"])
    scen = _scenario(args)
    assert scen.engineering_days == DEFAULTS["engineering_days"] == 5.0
    assert scen.compute_per_round == DEFAULTS["compute_per_round"] == 0.10
    assert scen.engineering_day_rate == DEFAULTS["day_rate"] and scen.turnaround == DEFAULTS["turnaround_days"]
    for key in ("working_weeks", "qa_multiplier", "delay_cost_per_day", "n_classes", "votes", "confidence"):
        assert getattr(args, key) == DEFAULTS[key], key
    # the page's widget defaults start from the same dict (no literal of its own for these inputs)
    tree = ast.parse((Path(__file__).parents[1] / "planner" / "decide" / "inputs.py").read_text())
    page = next(n.value for n in ast.walk(tree) if isinstance(n, ast.AnnAssign)
                and getattr(n.target, "id", "") == "DEFAULTS")
    literal = {k.value for k in page.keys if k is not None}
    assert None in page.keys and not literal & (set(DEFAULTS) - {"n_classes"})
    assert "SCENARIO_DEFAULTS" in ast.unparse(page)
    help_text = " ".join(_help("plan").split())
    assert f"default {DEFAULTS['turnaround_days']:g} as in the dashboard" in help_text
    assert f"default {DEFAULTS['compute_per_round']:g}, as in the dashboard" in help_text


def test_combined_strategies_are_listed_everywhere(capsys):
    assert main(["strategies"]) == 0
    out = capsys.readouterr().out
    assert "combined:A+B" in out and "combined:margin+coreset" in out
    assert "combined:A+B" in " ".join(_help("simulate").split())
    assert "combined:A+B" in build_parser().format_help()


def test_models_lists_each_learner_with_what_it_supports(capsys):
    assert main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    text = "\n".join(lines)
    for name in ("logreg", "mlp", "cnn"):
        assert any(line.startswith(name) for line in lines)
    logreg = lines[[i for i, line in enumerate(lines) if line.startswith("logreg")][0] + 1]
    assert "no MC dropout" in logreg and "all but bald, mc_entropy" in logreg
    assert "MC dropout (bald, mc_entropy); strategies: all" in text


def test_output_files_follow_the_umask(tmp_path):
    """Each umask in one fresh interpreter (one start-up for all): the report and the simulated curves it writes are
    mode 0o666 less the umask in force when each command ran."""
    masks = (0o022, 0o002)
    curves = csv_file(tmp_path, curve_table(np.random.default_rng(0), lambda n, e: 0.95 - 0.9 * (n / e) ** -0.5,
                                            seeds=2, counts=range(20, 220, 20), batch_size=20))
    runs = []
    for mask in masks:
        runs.append((mask, ["plan", str(curves), "--target", "0.9", "--label-price", "1",
                            "--report", str(tmp_path / f"r{mask}.html")]))
        runs.append((mask, ["simulate", "--rounds", "1", "--seeds", "1", "--out", str(tmp_path / f"c{mask}.csv")]))
    code = ("import json, os, sys\nfrom planner.cli import main\n"
            "for mask, argv in json.loads(sys.argv[1]):\n"
            "    os.umask(mask)\n"
            "    rc = main(argv)\n"
            "    assert rc == 0, (mask, argv, rc)\n")
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(runs)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=600)
    assert proc.returncode == 0, proc.stderr
    for mask in masks:
        for written in (tmp_path / f"r{mask}.html", tmp_path / f"c{mask}.csv"):
            assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~mask, (written, oct(mask))
