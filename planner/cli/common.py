"""What every ``alplan`` command shares: the argument types, the parser whose errors are one line, the help
formatter that shows defaults, the staged output writing and the progress bar, and :func:`run_command`, which
turns a user error (``ValueError`` / ``OSError``) into one line on stderr and exit code 2.

Imports only the standard library and ``planner`` at the top; ``simulations`` only inside the functions that
write tables or draw the bar.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

EXIT_USAGE = 2
#: The exit status of a command whose reader closed the pipe (as a Unix tool stopped by SIGPIPE).
EXIT_PIPE_CLOSED = 141


class _PrintableStream:
    """Standard output with every character that would steer the terminal shown as its escape: names read
    from a file or a database (a data set, a strategy) print as text, never as a colour or a cursor move."""

    def __init__(self, stream):
        from planner.forecast.messages import printable  # lazy: start-up time

        self._stream, self._printable = stream, printable

    def write(self, text: str) -> int:
        self._stream.write(self._printable(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null: the reader is gone, and the interpreter's last flush must not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's captured stream)
        pass


class UsageError(ValueError):
    """A problem with the command line itself."""


class _OneLineParser(argparse.ArgumentParser):
    """argparse's parser, whose errors (a bad flag value, an unknown flag, a missing argument) are one line that
    points at ``--help``, not the command's whole usage first; every command's parser is one too."""

    def error(self, message: str):
        from planner.forecast.messages import one_line  # lazy: start-up time

        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)} (see `{self.prog} --help`)\n")


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _positive_int(text: str) -> int:
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {_shown_int(value)}")
    return value


def _workers(text: str) -> int:
    """--workers: N >= 1 worker processes (1: this one), or -K: all usable cores but K."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value == 0:
        raise argparse.ArgumentTypeError(f"expected N >= 1 worker processes, or -K for all usable cores but K "
                                         f"(-1 leaves one free), got {text[:40]!r}")
    return value


def _shown_int(value: int) -> str:
    """A whole number as a message shows it: a number of hundreds of digits is named by its length."""
    from planner.forecast.messages import short_numbers  # lazy: start-up time

    return short_numbers(str(value))


MAX_SEED = 2**32 - 1  # == simulations.run.config.MAX_SEED (not imported: keeps --help fast)


def _seed(text: str) -> int:
    """A seed: a whole number from 0 to 2**32 - 1 (what numpy's generators take)."""
    value = _whole_number(text)
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to {MAX_SEED:,}, got {_shown_int(value)}")
    return value


def _nonneg_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text}")
    return value


def _csv_list(text: str) -> tuple[str, ...]:
    items = tuple(s.strip() for s in text.split(",") if s.strip())
    if not items:
        raise argparse.ArgumentTypeError("expected a comma-separated list, got nothing")
    return items


def write_table(df, path: str | os.PathLike) -> None:
    """Write a DataFrame as CSV or Parquet (by suffix), atomically.

    Only the simulate/grid/runs commands write tables, and they already load
    ``simulations``; the writer itself is the results store's.
    """
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".parquet"):
        raise UsageError(f"--out must end in .csv or .parquet, got {path.name!r}")
    from simulations.results.store import write_table_atomic  # lazy: start-up time

    write_table_atomic(df, path)


TABLE_SUFFIXES = (".csv", ".parquet")


def _outputs(inputs: dict):
    """The command's outputs, checked against ``inputs`` (flag -> path) before it runs (planner.present.outputs)."""
    from planner.present.outputs import Outputs  # lazy: start-up time

    return Outputs(inputs)


def _commit(outputs) -> None:
    """Move the staged outputs into place with the user's umask (the results store's definition)."""
    from simulations.results.store import umask_file_mode  # lazy: start-up time

    outputs.commit(umask_file_mode())


def _progress_bar(total_hint: str):
    """A progress callback ``(done, total, info)`` drawing a bar with its ETA on a terminal (None elsewhere); what
    was done before its first call (runs stored earlier) counts in the bar, not in the rate."""
    if not sys.stderr.isatty():
        return None

    from tqdm import tqdm  # lazy: start-up time

    from simulations.run.estimate import Eta, duration  # lazy: start-up time

    bar, eta = None, Eta()
    narrow = shutil.get_terminal_size((80, 24)).columns < 20   # a terminal that says it has no width: 80 columns

    def update(done: int, total: int, info: str = "") -> None:
        nonlocal bar
        if bar is None:   # the time left only once it can be right within 2x (Eta), never tqdm's first guess
            bar = tqdm(total=total, initial=done, unit=total_hint, file=sys.stderr, dynamic_ncols=not narrow,
                       ncols=80 if narrow else None, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} {unit} [{elapsed}{postfix}]")
        left = eta.seconds_left(done, total)
        bar.total = total
        bar.n = done
        bar.set_postfix_str(", ".join(x for x in (info, left is not None and done < total
                                                  and f"about {duration(left)} left") if x), refresh=False)
        bar.refresh()
        if done >= total:
            bar.close()

    return update


class _HelpFormatter(argparse.HelpFormatter):
    """``--help`` shows each option's default, unless its help already names it or it has none."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (not action.option_strings or action.required or default is None or default is False
                or default is argparse.SUPPRESS or "default" in text.lower()):
            return text
        shown = ",".join(map(str, default)) if isinstance(default, (tuple, list)) else str(default)
        return f"{text} (default: {shown.replace('%', '%%')})"


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command ``args.func``: a user error is one line on stderr and exit code 2, a reader that
    closed the pipe ends it quietly, and names print as text (:class:`_PrintableStream`)."""
    stdout, sys.stdout = sys.stdout, _PrintableStream(sys.stdout)
    try:
        status = args.func(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # `alplan runs | head`: the reader has what it wanted; end quietly
        sys.stdout = stdout
        _quiet_stdout()
        return EXIT_PIPE_CLOSED
    except (ValueError, OSError) as exc:  # user errors: one line, exit 2
        from planner.forecast.messages import one_line  # lazy: start-up time

        message = one_line(exc) or type(exc).__name__
        print(f"alplan {args.command}: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("alplan: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout = stdout
