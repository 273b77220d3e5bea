import subprocess
import sys

from planner.cli import main


def test_help_exits_zero():
    proc = subprocess.run([sys.executable, "-m", "planner.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "simulate" in proc.stdout and "plan" in proc.stdout


def test_unknown_command_exits_2(capsys):
    try:
        main(["no-such-command"])
    except SystemExit as exc:
        assert exc.code == 2
    else:  # pragma: no cover
        raise AssertionError("argparse should exit")
