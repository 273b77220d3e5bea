"""The promise every hostile input must get: one line naming the problem, exit 2, nothing left behind."""

import re

NUMPY_REPR = re.compile(r"np\.(int|uint|float|str|bool)\w*\(")


def assert_one_line(message: str) -> None:
    text = str(message).strip()
    assert text, "an empty error message"
    assert "\n" not in text and "\r" not in text, f"more than one line: {text!r}"
    assert "Traceback" not in text and not NUMPY_REPR.search(text), text


def assert_cli_refusal(rc: int, err: str, command: str) -> None:
    """Exit 2 and one error line ``alplan COMMAND: error: ...`` (argparse's errors too: no usage before it)."""
    assert rc == 2, f"exit {rc}: {err[-2000:]}"
    assert "Traceback" not in err, err[-3000:]
    lines = [line for line in err.strip().splitlines() if line.strip() and not line.startswith("[")]
    last = lines[-1]
    assert last.startswith(f"alplan {command}: error:") or last.startswith("alplan: error:"), err[-2000:]
    assert len(lines) == 1, err[-2000:]
    assert_one_line(last)


def folder_bytes(folder) -> dict:
    """Every file under ``folder`` (its path relative to it -> its bytes): what a refusal leaves as it was."""
    from pathlib import Path

    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(argv, capsys) -> tuple[int, str, str]:
    """``alplan ARGV`` in this process: (exit code, stdout, stderr); argparse's own exit counts as its code."""
    from planner.cli import main

    try:
        rc = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse
        rc = exc.code
    out, err = capsys.readouterr()
    return rc, out, err


def refused(argv, capsys, command: str | None = None) -> str:
    """``alplan ARGV`` refused as :func:`assert_cli_refusal` promises (of ``command``, else ``ARGV[0]``); its
    stderr."""
    rc, _, err = run_cli(argv, capsys)
    assert_cli_refusal(rc, err, command or str(argv[0]))
    return err


def answered_or_refused(argv, capsys, made, command: str | None = None) -> int:
    """``alplan ARGV`` answers (exit 0, the file ``made`` written) or is refused as :func:`assert_cli_refusal`
    promises with ``made`` not written; the exit code."""
    rc, _, err = run_cli(argv, capsys)
    if rc == 0:
        assert made.exists(), err[-2000:]
    else:
        assert_cli_refusal(rc, err, command or str(argv[0]))
        assert not made.exists()
    return rc
