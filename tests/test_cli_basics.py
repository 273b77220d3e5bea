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


def test_a_bad_flag_value_is_one_line_without_the_usage(capsys):
    # a negative price, a flag the command lacks, a missing argument: one line naming it, never the usage
    for argv, named in ((["plan", "c.csv", "--target", "0.9", "--label-price", "-5"], "--label-price"),
                        (["plan", "c.csv", "--target", "0.9", "--no-such-flag"], "--no-such-flag"),
                        (["plan", "c.csv"], "--target"),
                        (["no-such-command"], "no-such-command")):
        try:
            main(argv)
        except SystemExit as exc:
            assert exc.code == 2
        else:  # pragma: no cover
            raise AssertionError("argparse should exit")
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("alplan") and ": error: " in err[0] and named in err[0], err
        assert "--help" in err[0]   # where the usage is
