"""The files a command writes: checked against what it reads before anything runs, written to temporary files
beside their targets, and moved into place together once the whole command has succeeded.

Nothing a user owns is overwritten: an output that is one of the command's inputs (data, curves, database,
vendor file, grid file) is refused, naming both; a sibling output (``curves.pool.csv`` beside ``curves.csv``)
replaces only a file of its own kind. A failure leaves no output and no temporary file, and a message never
names a temporary file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path


class OutputRefused(ValueError):
    """An output path that would destroy an input, or cannot be written at all."""


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name one file: the same resolved path, or (both existing) the same inode."""
    a, b = Path(a).expanduser(), Path(b).expanduser()
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except (OSError, RuntimeError):  # a symlink loop, a path too long: not provably the same file
        return False


class Outputs:
    """The outputs of one command.

    Parameters
    ----------
    inputs : mapping of flag -> path or None
        What the command reads, by the flag (or argument) that named it; ``None`` entries are skipped.

    Use :meth:`claim` for each output before any work, :meth:`write` to stage its content, :meth:`commit` at
    the very end; as a context manager, staged files are removed when the block raises.
    """

    def __init__(self, inputs: Mapping[str, str | os.PathLike | None]):
        self.inputs = {flag: Path(path) for flag, path in inputs.items() if path is not None and str(path)}
        self.claimed: dict[str, Path] = {}
        self.staged: list[tuple[str, Path, Path]] = []  # (flag, temporary file, target)

    # ------------------------------------------------------------ before the command runs
    def claim(self, flag: str, path: str | os.PathLike, *, suffixes: tuple[str, ...] = (),
              replaces: Callable[[Path], bool] | None = None, sibling_of: str | None = None) -> Path:
        """Check that ``path`` (named by ``flag``) can be written without destroying anything; return it.

        ``suffixes``: the endings it must have. ``replaces``: for a sibling output the user did not name, a test
        that an existing file there is one of its own kind (any other file is refused). ``sibling_of``: the flag
        whose path this one is derived from (named in the refusal).
        """
        path = Path(path).expanduser()
        said = f"{flag} {path}" if sibling_of is None else f"{path} (written beside {sibling_of})"
        if suffixes and path.suffix.lower() not in suffixes:
            raise OutputRefused(f"{flag} must end in {' or '.join(suffixes)}, got {path.name!r}")
        if path.is_dir():
            example = path / ("out" + (suffixes[0] if suffixes else ""))
            raise OutputRefused(f"{said} is a folder; give a file name inside it, such as {example}")
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise OSError(f"cannot write {path}: folder {directory} does not exist")
        if not os.access(directory, os.W_OK | os.X_OK):  # found now, not after hours of runs
            raise OSError(f"cannot write {path} ({flag}): folder {directory} is not writable; give a path in a "
                          "folder you can write to")
        for other, source in [*self.inputs.items(), *self.claimed.items()]:
            if same_file(path, source):
                what = "your input" if other in self.inputs else "another output of this command"
                raise OutputRefused(f"{said} is the same file as {other} {source}: writing it would destroy "
                                    f"{what}; give another output path")
        if path.exists() and not path.is_file():
            raise OutputRefused(f"{said} exists and is not a regular file; give another output path")
        if replaces is not None and path.exists() and not replaces(path):
            raise OutputRefused(f"{said} already exists and is not a file this command writes; it is left as it "
                                f"is: move it, or give another {sibling_of or flag}")
        self.claimed[flag] = path
        return path

    # ------------------------------------------------------------ while it runs
    def write(self, flag: str, writer: Callable[[Path], object]) -> None:
        """Stage the output ``flag``: ``writer(tmp)`` writes a temporary file beside the target (same suffix)."""
        target = self.claimed[flag]
        directory = target.parent if str(target.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=directory)
            os.close(fd)
        except OSError as exc:
            raise OSError(f"cannot write {target} ({flag}): {exc.strerror or type(exc).__name__}") from None
        self.staged.append((flag, Path(tmp), target))
        try:
            writer(Path(tmp))
        except OSError as exc:
            raise OSError(f"cannot write {target} ({flag}): {exc.strerror or type(exc).__name__}") from None

    def commit(self, mode: int) -> None:
        """Move every staged file into place (the command has succeeded), with file ``mode`` (the user's umask:
        ``simulations.results.store.umask_file_mode``, which the CLI passes; planner never imports simulations)."""
        for flag, tmp, target in self.staged:
            try:
                os.chmod(tmp, mode)  # mkstemp made it 0600: the output follows the user's umask
                os.replace(tmp, target)
            except OSError as exc:
                raise OSError(f"cannot write {target} ({flag}): {exc.strerror or type(exc).__name__}") from None
        self.staged = []

    def discard(self) -> None:
        for _, tmp, _ in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged = []

    def __enter__(self) -> "Outputs":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()  # after commit() nothing is left to discard
