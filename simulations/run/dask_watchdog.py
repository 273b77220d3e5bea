"""Dask preload for the processes :func:`simulations.run.executors.local_cluster` starts.

The scheduler, each worker's nanny and each worker load this file
(``--preload``, ``--preload-nanny``): a daemon thread exits the process once
the process that started the cluster (``ALPLAN_WATCH_PID``) is gone, so a
``kill -9`` of it leaves no Dask process behind (the pool workers' watchdog,
``executors._watch_client``, does the same).
"""

from __future__ import annotations

import os
import threading
import time

#: Seconds between checks that the cluster's owner is still alive.
WATCH_SECONDS = 1.0


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(") ", 1)[1][:1] != "Z"
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc (macOS): ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


def _watch(pid: int) -> None:
    while True:
        time.sleep(WATCH_SECONDS)
        if not _alive(pid):
            os._exit(1)


def dask_setup(server) -> None:  # noqa: ARG001  (the Dask preload hook)
    pid = int(os.environ.get("ALPLAN_WATCH_PID", "0") or 0)
    if pid > 0:
        threading.Thread(target=_watch, args=(pid,), name="alplan-watchdog", daemon=True).start()
