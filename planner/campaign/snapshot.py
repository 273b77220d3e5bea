"""One snapshot of a campaign's folder per command: inside :func:`snapshot`, each of the folder's files is read once,
and every reader of it (the campaign's state, its derived tables, the question, the kept answer, the answer's
stamp) parses the bytes of that one read, and the campaign's state and its pool are parsed once (:func:`once`).
``alplan plan DIR`` and ``replan DIR`` take their answer inside one, so
the answer's stamp (:func:`planner.campaign.standing.answer_stamp`) is a digest of the very bytes the answer was
taken on, whatever a concurrent ``campaign add`` writes meanwhile; ``campaign status`` and ``export`` run inside one
(``planner/cli/campaign.py``). Outside a snapshot every reader reads the file itself. A snapshot is for reading: a
command that writes the folder (``campaign next``, ``add``, ``measure``) takes one for its transaction, under the
folder's lock, and a new one for what it reads after its write, never one across a write it reads back.
Standard library only.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import functools
import io
import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["as_read", "held_bytes", "in_snapshot", "once", "resolved", "snapshot", "state_bytes", "state_text"]

#: The snapshot in force: (its folder, resolved; file name -> the bytes read; file name -> (device, inode, size,
#: modification time) of the file read; key -> what was parsed once, :func:`once`), or None.
_HELD: contextvars.ContextVar = contextvars.ContextVar("planner_campaign_snapshot", default=None)


def resolved(path) -> Path:
    """``path`` made absolute, its symbolic links followed; a loop of links (``RuntimeError`` before Python 3.13,
    ``OSError`` after) is one ValueError line naming it, as every bad folder is."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno != errno.ELOOP:
            raise
        raise ValueError(f"{path} is a loop of symbolic links (a link that leads back to itself): point it at a "
                         "folder, or give the folder's own path") from None


@contextlib.contextmanager
def snapshot(folder) -> Iterator[dict]:
    """Read the files of the campaign in ``folder`` at most once each until the block ends; yields the bytes read so
    far (file name -> bytes). Inside a snapshot of the same folder, the one in force."""
    where = resolved(folder)
    held = _HELD.get()
    if held is not None and held[0] == where:
        yield held[1]
        return
    token = _HELD.set((where, {}, {}, {}))
    try:
        yield _HELD.get()[1]
    finally:
        _HELD.reset(token)


def in_snapshot(func):
    """``func(folder, ...)`` run inside a snapshot of ``folder``: every file it reads, read once."""
    @functools.wraps(func)
    def run(folder, *args, **kwargs):
        with snapshot(folder):
            return func(folder, *args, **kwargs)

    return run


def held_bytes(path) -> bytes | None:
    """The bytes of the campaign file ``path`` as the snapshot in force read them (read now, once, where it has not
    yet); None where no snapshot covers ``path`` (none in force, or a file outside its folder)."""
    held = _HELD.get()
    if held is None:
        return None
    path = Path(path)
    if resolved(path).parent != held[0]:
        return None
    if path.name not in held[1]:
        with open(path, "rb") as fh:
            held[1][path.name] = fh.read()
            st = os.fstat(fh.fileno())
        held[2][path.name] = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    return held[1][path.name]


def as_read(path) -> bool:
    """Whether the file ``path`` is still the one the snapshot in force read (the same file, size and modification
    time: every writer of the campaign replaces a file whole), without reading it again; False where no snapshot
    read it."""
    held = _HELD.get()
    path = Path(path)
    if held is None or resolved(path).parent != held[0] or path.name not in held[2]:
        return False
    try:
        st = path.stat()
    except OSError:
        return False
    return held[2][path.name] == (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def once(key, make):
    """``make()`` once per snapshot in force for ``key`` (the campaign's state parsed, the pool read): what it gave,
    kept until the snapshot ends (callers copy what they change); ``make()`` itself where no snapshot is in force.
    An exception is not kept: a second call makes it again."""
    held = _HELD.get()
    if held is None:
        return make()
    if key not in held[3]:
        held[3][key] = make()
    return held[3][key]


def state_bytes(path) -> bytes:
    """The bytes of ``path``: the snapshot's (:func:`held_bytes`), else the file's."""
    data = held_bytes(path)
    return Path(path).read_bytes() if data is None else data


def state_text(path) -> str:
    """The text of ``path`` (UTF-8, its line ends read as ``Path.read_text`` reads them): the snapshot's, else the
    file's."""
    data = held_bytes(path)
    if data is None:
        return Path(path).read_text(encoding="utf-8")
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()
