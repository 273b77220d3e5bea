"""How many worker processes a grid gets, and how many BLAS threads each: the machine's usable cores.

A grid's runs (seeds x strategies) are independent, so ``alplan simulate``,
``alplan grid`` and the dashboard run them on worker processes, one per usable
core by default:

* the cores this process may run on (its affinity mask, ``os.sched_getaffinity``),
* at most the CPU quota of its control group where one is set (cgroup v2
  ``/sys/fs/cgroup/cpu.max``, or v1 ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us``:
  a container limited to 4 CPUs gets 4 workers on a 64-core host),
* at most what memory allows: each worker holds its own copy of the data set
  and a learner (:func:`worker_bytes`),
* and never more workers than runs.

The user's choice sets the number within those last two bounds: ``--workers N``
(``N = 1``: one process, this one), ``--workers -K`` (all usable cores but
``K``: ``-1`` leaves one free for the laptop's other work), the environment
variable ``ALPLAN_WORKERS`` with the same values, or a grid file's ``workers``;
a number lowered by memory or runs is said in one line (:func:`worker_plan`). Every run uses one thread for BLAS, OpenMP (threadpoolctl) and
torch, so workers x threads never exceed the cores, and the curves do not
depend on the number of workers: every run draws from its own
``SeedSequence`` and adds its sums in the same order wherever it runs.

>>> cpu_quota("200000 100000"), cpu_quota("max 100000")
(2.0, None)
>>> requested_workers("-1", cores=8), requested_workers(3, cores=8)
(7, 3)
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["ENV", "cpu_quota", "grid_workers", "one_thread", "requested_workers", "usable_cores", "uses_torch",
           "worker_bytes", "worker_plan"]

#: The environment variable that sets the default number of workers (same values as ``--workers``).
ENV = "ALPLAN_WORKERS"
#: Where the control group's files are (the process's own group inside a container).
CGROUP = Path("/sys/fs/cgroup")
#: Memory of a worker process before any data: the interpreter, numpy, pandas, scikit-learn.
BASE_BYTES = 250 * 2**20
#: ... and with torch imported (a torch learner or strategy).
TORCH_BYTES = 450 * 2**20
#: Copies of the data set a run holds at once: the pool and test split, the candidates gathered for a query, the
#: features handed to the learner, its predictions (a rough, generous bound).
DATA_COPIES = 6
#: Share of the available memory the workers may take together.
MEMORY_SHARE = 0.8


#: Learners that run without torch (numpy only); so do the wrapped estimators (``forest``, ``sklearn:...``);
#: every other one (mlp, cnn) is a torch net.
NUMPY_MODELS = frozenset({"logreg"})
#: Strategies that import torch when called (see ``simulations.strategies``); the rest are numpy / scikit-learn.
TORCH_STRATEGIES = frozenset({"dal", "adversarial"})


def uses_torch(spec: Any) -> bool:
    """Whether the run ``spec`` uses torch: a torch learner, or a torch strategy (also inside ``combined:A+B``)."""
    if isinstance(spec, tuple):  # a RunGroup (simulations.run.lockstep)
        return any(uses_torch(one) for one in spec)
    strategy = str(spec.strategy).strip()
    parts = strategy.split(":", 1)[1].split("+") if strategy.lower().startswith("combined:") else [strategy]
    from simulations.learners.estimators import is_estimator_name  # lazy: start-up time

    torch_model = str(spec.model) not in NUMPY_MODELS and not is_estimator_name(str(spec.model))
    return torch_model or any(p.strip() in TORCH_STRATEGIES for p in parts)


@contextlib.contextmanager
def one_thread(torch_needed: bool = True) -> Iterator[None]:
    """Run a block on one thread: the BLAS and OpenMP pools (threadpoolctl) and torch; without ``torch_needed``
    (and torch not yet imported) leave torch alone.

    A run's numbers then do not depend on the threads it had (a parallel sum adds in another order), so they
    are the same on 1 worker or 16; the cores go to runs side by side, workers x threads <= cores."""
    from threadpoolctl import threadpool_limits  # lazy: start-up time

    with threadpool_limits(limits=1):
        if not torch_needed and "torch" not in sys.modules:
            yield
            return
        import torch  # lazy: start-up time

        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(before)



def cpu_quota(text: str) -> float | None:
    """The CPUs a cgroup v2 ``cpu.max`` file allows: ``"QUOTA PERIOD"`` -> QUOTA / PERIOD; None for ``"max ..."``
    (no limit) or text that is not such a line."""
    parts = str(text).split()
    if not parts or parts[0] == "max":
        return None
    try:
        quota = int(parts[0])
        period = int(parts[1]) if len(parts) > 1 else 100_000
    except ValueError:
        return None
    return quota / period if quota > 0 and period > 0 else None


def _cgroup_cpus(root: Path) -> float | None:
    """The CPU quota of this process's control group (v2, else v1), None where none is set or readable."""
    try:
        return cpu_quota((root / "cpu.max").read_text())
    except OSError:
        pass
    try:  # cgroup v1: a quota of -1 means none
        quota = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period = int((root / "cpu" / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
    return quota / period if quota > 0 and period > 0 else None


def usable_cores(affinity: Sequence[int] | None = None, quota: float | None = -1.0, *,
                 root: Path | None = None) -> int:
    """The cores this process may use: its affinity mask, at most its cgroup's CPU quota (rounded up), at least 1.

    Parameters
    ----------
    affinity : sequence of int, optional
        the CPUs it may run on (default ``os.sched_getaffinity(0)``, else ``os.cpu_count()``).
    quota : float or None, optional
        the cgroup's CPUs (None: no quota); default: read from ``root`` (``/sys/fs/cgroup``).
    """
    if affinity is None:
        try:
            n = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # macOS, Windows
            n = os.cpu_count() or 1
    else:
        n = len(affinity)
    if quota is not None and quota < 0:
        quota = _cgroup_cpus(CGROUP if root is None else root)
    if quota is not None:
        n = min(n, math.ceil(quota))
    return max(1, n)


def requested_workers(value: Any, cores: int) -> int:
    """Workers for ``--workers`` / ``ALPLAN_WORKERS`` ``value``: ``N >= 1`` as given, ``-K`` all ``cores`` but
    ``K`` (at least 1).

    Raises
    ------
    ValueError
        one line for 0 or anything but a whole number.
    """
    try:
        n = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        n = None
    if n is None or n == 0:
        raise ValueError(f"workers must be a whole number: N >= 1 worker processes, or -K for all {cores} usable "
                         f"cores but K (-1 leaves one free); got {str(value)[:40]!r}")
    return n if n > 0 else max(1, cores + n)


def _data_bytes(spec: Any) -> int:
    """A rough size of ``spec``'s data set before it is loaded (float32 features)."""
    params = dict(getattr(spec, "dataset_params", ()) or ())
    if getattr(spec, "data_file", None):
        try:
            return 2 * Path(spec.data_file).stat().st_size  # text or compressed columns -> float32: about as big
        except OSError:
            return 0
    n, f = params.get("n_samples"), params.get("n_features")
    if isinstance(n, int) and n > 0:
        return 4 * n * (f if isinstance(f, int) and f > 0 else 40)
    return 8 * 2**20  # the bundled proxies are a few MB at most


def worker_bytes(specs: Sequence[Any]) -> int:
    """Memory one worker needs for the biggest run of ``specs``: a process, torch where a run uses it, and
    :data:`DATA_COPIES` copies of its data set."""
    base = TORCH_BYTES if any(uses_torch(s) for s in specs) else BASE_BYTES
    return base + DATA_COPIES * max((_data_bytes(s) for s in specs), default=0)


def available_bytes() -> int | None:
    """Memory free for new processes: the system's available memory, at most the cgroup's limit less its use."""
    free = None
    try:
        import psutil  # lazy: optional dependency

        free = int(psutil.virtual_memory().available)
    except (ImportError, OSError):
        pass
    try:
        limit = (CGROUP / "memory.max").read_text().strip()
        if limit != "max":
            left = int(limit) - int((CGROUP / "memory.current").read_text())
            free = left if free is None else min(free, left)
    except (OSError, ValueError):
        pass
    return free


def grid_workers(specs: Sequence[Any], requested: Any = None, *, cores: int | None = None,
                 memory: int | None = -1) -> int:
    """The worker processes for the runs ``specs`` (:func:`worker_plan`'s count)."""
    return worker_plan(specs, requested, cores=cores, memory=memory)[0]


def worker_plan(specs: Sequence[Any], requested: Any = None, *, source: str = "--workers", cores: int | None = None,
                memory: int | None = -1) -> tuple[int, str | None]:
    """The worker processes for the runs ``specs``, and a line saying why, when fewer than asked.

    Whatever asks for them (``--workers``, ``$ALPLAN_WORKERS``, a grid file's ``workers``), a pool never has
    more workers than runs, nor more than memory holds (:func:`worker_bytes` each, :data:`MEMORY_SHARE` of the
    available memory): a number above the cores is taken (the user may know better), one above memory is not.

    Parameters
    ----------
    requested : int, str or None
        ``N`` as given, ``-K`` all cores but ``K``; None: the environment variable ``ALPLAN_WORKERS`` if set,
        else every usable core.
    source : str
        what asked for ``requested``, as the line names it (``--workers``, ``grid.toml's workers``).
    cores : int, optional
        usable cores (default :func:`usable_cores`).
    memory : int or None, optional
        bytes available (default :func:`available_bytes`; None: unknown, no cap).

    Returns
    -------
    (int, str or None)
        The workers, and ``"workers: 999,999 asked by ALPLAN_WORKERS, 73 used: memory holds 73 (...)"`` where
        a number asked was lowered (None otherwise).
    """
    cores = usable_cores() if cores is None else cores
    runs = max(1, len(specs))
    asked_by = source if requested is not None else None
    if requested is None and os.environ.get(ENV, "").strip():
        requested = os.environ[ENV]
        asked_by = ENV
        try:
            requested_workers(requested, cores)
        except ValueError as exc:
            raise ValueError(f"{ENV}={requested[:40]!r}: {exc}") from None
    wanted = cores if requested is None else requested_workers(requested, cores)
    memory = available_bytes() if memory == -1 else memory
    each = worker_bytes(specs) if memory is not None else 0
    fit = wanted if memory is None else max(1, int(MEMORY_SHARE * memory // max(each, 1)))
    n = max(1, min(wanted, fit, runs))
    if asked_by is None or n >= wanted:
        return n, None
    why = []
    if fit < wanted:
        why.append(f"memory holds {fit:,} ({memory / 2**30:.1f} GiB free, about {each / 2**20:,.0f} MiB a worker)")
    if runs < wanted:
        why.append(f"there are {runs:,} runs")
    return n, f"workers: {wanted:,} asked by {asked_by}, {n:,} used: {' and '.join(why)}"
