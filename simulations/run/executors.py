"""Running a grid's runs: in this process, on local processes, or on a Dask cluster.

:func:`run_grid` runs the cells of a grid (:mod:`simulations.run.grid`)

* in this process (``workers=1``, the default of the Python call),
* on a pool of local processes (``workers=N``; ``workers=None``: the
  machine's usable cores, :func:`simulations.run.cores.grid_workers`, as
  ``alplan simulate``, ``alplan grid`` and the dashboard run them), or
* on a Dask cluster (``cluster="tcp://HOST:8786"``),

and, with ``db=``, stores each run in the results database as it finishes
(the caller is the only writer), skips the runs the database already holds
and re-runs the ones an interruption cut short.  Every run uses one thread
(BLAS, OpenMP and torch: :func:`simulations.run.cores.one_thread`), so
workers x threads <= cores and a run gives the same numbers whichever way
it ran, and the combined table comes back in the order of the specs.

Examples
--------
>>> from simulations.run.grid import load_grid
>>> from simulations.run.executors import run_grid     # doctest: +SKIP
>>> curves = run_grid(load_grid("grid.toml").specs(), db="runs.db", workers=2)
"""

from __future__ import annotations

import contextlib
import logging
import math
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

import pandas as pd

from simulations.results.store import Store, code_version, normalize_curves
from simulations.run import lockstep
from simulations.run.cores import (NUMPY_MODELS, TORCH_STRATEGIES, grid_workers,  # noqa: F401  (re-exported)
                                   one_thread, uses_torch)
from simulations.run.grid import _check_address, _is_int, _label, expand

__all__ = ["execute_group", "local_cluster", "run_grid", "start_forkserver", "uses_torch"]

Progress = Callable[[int, int, str], None]


# ------------------------------------------------------------- the worker


def execute_group(group: Sequence[Any], progress: Callable[[int, int], None] | None = None) -> tuple[list, list]:
    """Run a lockstep group (:class:`simulations.run.lockstep.RunGroup`): the unit of work of every executor.

    Returns
    -------
    curves, timings : lists, one entry per run of the group: its rows of the curves table (``CURVE_DTYPES``),
        and ``started_at``, ``finished_at`` (epoch seconds), ``wall_seconds``, ``cpu_seconds`` (its share of the
        group's), ``worker`` (host:pid) and ``code_version`` of the worker.
    """
    if progress is None and _ROUNDS is not None:  # a pool worker: each round goes to the grid's process
        key = group[0].key()
        progress = lambda done, total: _ROUNDS.put((key, done))  # noqa: E731
    started = time.time()
    t0, c0 = time.perf_counter(), time.process_time()
    with one_thread(uses_torch(tuple(group))):
        curves = lockstep.run_group(list(group), progress=progress)
    share = len(group)
    timings = {
        "started_at": started,
        "finished_at": time.time(),
        "wall_seconds": (time.perf_counter() - t0) / share,
        "cpu_seconds": (time.process_time() - c0) / share,
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "code_version": code_version(),
    }
    return [normalize_curves(c) for c in curves], [dict(timings) for _ in curves]


# Imported once by the forkserver, so that each worker starts warm.
# torch (~1 s and ~200 MB a process) only when a run of the grid uses it: see _preload.
_PRELOAD = ["simulations.data.datasets", "simulations.run.loop", "simulations.learners.models", "simulations.strategies",
            "simulations.data.oracle", "simulations.run.grid", "simulations.run.executors"]


def _preload(todo: Sequence[Any]) -> list[str]:
    """Modules the forkserver imports for the runs ``todo``: torch first if any of them uses it."""
    return (["torch"] if any(uses_torch(spec) for spec in todo) else []) + _PRELOAD


def _fork_is_safe(todo: Sequence[Any]) -> bool:
    """Whether pool workers may be forked from this process directly.

    Only when nothing can be holding a lock that the child would inherit
    locked: this process runs a single thread (not a Streamlit or Dask
    process), has not imported torch (its thread pools deadlock after a
    fork) and no run of ``todo`` will use torch. Then a worker starts in
    milliseconds instead of the forkserver's second or two of imports.
    """
    return ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and "torch" not in sys.modules and not any(uses_torch(spec) for spec in todo))


@contextlib.contextmanager
def _bare_main() -> Iterator[None]:
    """Start workers with a bare ``__main__``: a forkserver or spawned worker re-runs the main module from its
    path, and a Streamlit page's script is the main module while it runs (a worker would run the page again).
    The workers need nothing of it: they run :func:`execute_group` on run specs."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is None:
            sys.modules.pop("__main__", None)
        else:
            sys.modules["__main__"] = main


def start_forkserver(todo: Sequence[Any], workers: int) -> bool:
    """Start now the forkserver that a pool of ``workers`` for the runs ``todo`` forks its workers from.

    The server imports the simulator, and torch if a run uses it, in a
    process of its own, while the caller goes on: the page starts it before
    it times a study, so that the import (about 3 s with torch) overlaps the
    timing instead of delaying the simulation. It is started once per
    process; later pools fork from it. Returns False, and starts nothing,
    where the pool would run in this process or fork its workers directly.
    """
    if (workers <= 1 or len(todo) <= 1 or _fork_is_safe(todo)
            or "forkserver" not in multiprocessing.get_all_start_methods()):
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload(_preload(todo))
    with _bare_main():  # the server imports the main module from its path: not the page's script
        forkserver.ensure_running()
    return True


#: Seconds between a pool worker's checks that the process that started the grid is still alive.
WATCHDOG_SECONDS = 1.0


def _client_alive(client_pid: int) -> bool:
    try:
        os.kill(client_pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else (a reused pid): treat as gone only if not ours
        return False
    return True


def _watch_client(client_pid: int, parent_pid: int) -> None:
    """Exit this worker (mid-run too) once the grid's process is gone: nobody would store its result."""
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != parent_pid or not _client_alive(client_pid):
            os._exit(1)


#: In a pool worker that reports rounds: the queue each finished round of a run goes to (its group's key, rounds done).
_ROUNDS: Any = None


def _init_pool_worker(client_pid: int | None = None, rounds: Any = None) -> None:
    """A pool worker's set-up: Ctrl-C left to the grid's process, a watchdog on it, one thread for BLAS, OpenMP
    and torch (as :func:`execute_group` runs each run: workers x threads <= cores), and the queue of rounds."""
    global _ROUNDS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    os.environ["OMP_NUM_THREADS"] = "1"  # one thread for torch, should a run import it later
    if client_pid is not None:  # after kill -9 of the grid's process, its workers exit within a second or two
        threading.Thread(target=_watch_client, args=(client_pid, os.getppid()), name="alplan-watchdog",
                         daemon=True).start()
    for name in ("MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits  # lazy: start-up time (set after the thread variables above)

    threadpool_limits(limits=1)  # the pools already loaded (forked or preloaded): no idle threads per worker
    _ROUNDS = rounds
    if "torch" in sys.modules:  # preloaded by the forkserver
        sys.modules["torch"].set_num_threads(1)
    import simulations.run.loop  # noqa: F401  # lazy: start-up time (paid once per worker, before its first run)


# ------------------------------------------------------------ executors

# Each executor is a generator: it receives the runs to do and yields
# (spec, curves, timings) as each finishes; ``started(spec)`` is called when a
# run is handed to a worker.


Rounds = Callable[[str, int], None]  # (a unit's key, its rounds done so far)


def _serial(todo: list, started: Callable[[Any], None], rounds: Rounds | None = None) -> Iterator[tuple]:
    for spec in todo:
        started(spec)
        key = spec[0].key()
        try:
            curves, timings = execute_group(spec, None if rounds is None else lambda done, _: rounds(key, done))
        except Exception as exc:
            raise _RunFailed(spec, exc) from exc
        yield spec, curves, timings


class _RunFailed(Exception):
    def __init__(self, spec: Any, error: BaseException):
        super().__init__(str(error))
        self.spec, self.error = spec, error


def _windowed(submit: Callable[[Any], Any], wait_some: Callable[[set], set], result: Callable[[Any], tuple],
              cancel: Callable[[set], None], todo: list, window: int,
              started: Callable[[Any], None]) -> Iterator[tuple]:
    """Keep ``window`` runs in flight; yield each as it finishes, in completion order."""
    queue = list(reversed(todo))
    running: dict[Any, Any] = {}
    try:
        while queue or running:
            while queue and len(running) < window:
                spec = queue.pop()
                started(spec)
                running[submit(spec)] = spec
            failed = None
            for fut in wait_some(set(running)):
                spec = running.pop(fut)
                try:
                    curves, timings = result(fut)
                except Exception as exc:
                    failed = failed or _RunFailed(spec, exc)
                    continue
                yield spec, curves, timings  # the runs that finished with it are still stored
            if failed is not None:
                raise failed from failed.error
    finally:
        if running:
            cancel(set(running))


def _local_pool(todo: list, started: Callable[[Any], None], workers: int,
                rounds: Rounds | None = None) -> Iterator[tuple]:
    n = max(1, min(workers, len(todo)))
    # forkserver, not fork: forking a process whose torch thread pools have run can deadlock.
    # The server imports the simulator (and torch, if a run uses it) once; each worker forks from it in ~0.1 s.
    # It is started once per process, so a later pool keeps the first one's preload: a run that needs torch
    # then imports it in its worker (one thread: _init_pool_worker's environment and execute_group).
    if _fork_is_safe(todo):  # workers start in milliseconds, with everything already imported
        context = multiprocessing.get_context("fork")
    elif "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_preload(todo))
    else:  # Windows: no forkserver
        context = multiprocessing.get_context("spawn")
    queue = context.SimpleQueue() if rounds is not None else None
    pool = ProcessPoolExecutor(max_workers=n, mp_context=context, initializer=_init_pool_worker,
                               initargs=(os.getpid(), queue))
    clean = False
    procs: list = []

    def submit(spec):
        with _bare_main() if context.get_start_method() != "fork" else contextlib.nullcontext():
            fut = pool.submit(execute_group, spec)  # workers start here, on demand
        procs[:] = list((getattr(pool, "_processes", None) or {}).values())
        return fut

    def wait_some(futs: set) -> set:
        while True:  # with rounds to report: every quarter second, the rounds the workers finished meanwhile
            done = wait(futs, timeout=None if queue is None else 0.25, return_when=FIRST_COMPLETED).done
            while queue is not None and not queue.empty():
                rounds(*queue.get())
            if done:
                return done

    try:
        yield from _windowed(
            submit=submit,
            wait_some=wait_some,
            result=_pool_result,
            cancel=lambda futs: [f.cancel() for f in futs],
            todo=todo, window=2 * n, started=started,
        )
        clean = True
    finally:
        if not clean:  # interrupted or failed: do not wait for runs nobody will store
            for proc in procs:
                with contextlib.suppress(OSError, ValueError):
                    proc.kill()
        pool.shutdown(wait=clean, cancel_futures=True)


CONNECT_TIMEOUT = 20.0  # seconds to reach a scheduler
WORKER_TIMEOUT = 60.0  # seconds to wait for its first worker


def _host_port(address: str) -> tuple[str, int]:
    """``tcp://HOST:PORT`` (or ``HOST:PORT``, ``[::1]:PORT``) -> (HOST, PORT)."""
    rest = address.split("://", 1)[-1]
    host, _, port = rest.rpartition(":")
    return host.strip("[]"), int(port)


def _probe(address: str, timeout: float) -> None:
    """Fail at once, in one line, when nothing can listen at ``address`` (bad name, closed port, no route)."""
    host, port = _host_port(address)
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(f"cannot reach the Dask scheduler at {address}: host {host!r} is not known "
                      f"({exc.strerror or exc}); check the address") from None
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except ConnectionRefusedError:
        raise OSError(f"cannot reach the Dask scheduler at {address}: nothing listens on port {port}; "
                      f"start one with `dask scheduler` and check the address") from None
    except TimeoutError:
        raise OSError(f"cannot reach the Dask scheduler at {address}: no answer within {timeout:.0f} s; "
                      "check the address and the firewall") from None
    except OSError as exc:
        raise OSError(f"cannot reach the Dask scheduler at {address}: {exc.strerror or exc}; "
                      "check the address and the firewall") from None


def _client_within(address: str, timeout: float):
    """``distributed.Client(address)``, or OSError after ``timeout`` seconds whatever the other end does.

    Client's own ``timeout`` does not cover a listener that accepts and then
    says nothing (or speaks HTTP): its handshake waits minutes. The client is
    made on a helper thread; one that finishes after the deadline is closed.
    """

    from distributed import Client  # lazy: start-up time (dask only for --cluster)

    box: dict[str, Any] = {}
    done = threading.Event()

    def make() -> None:
        try:
            client = Client(address, timeout=f"{timeout}s", set_as_default=False)
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        else:
            if box.get("abandoned"):
                with contextlib.suppress(Exception), _quiet_dask():
                    client.close(timeout=2)
            box["client"] = client
        finally:
            done.set()

    threading.Thread(target=make, name="alplan-dask-connect", daemon=True).start()
    if not done.wait(timeout + 2.0):
        box["abandoned"] = True
        raise OSError(f"the Dask scheduler at {address} did not answer within {timeout:.0f} s (is it a Dask "
                      "scheduler? an HTTP or other service on that port never answers); check the address")
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, (OSError, TimeoutError)):
            raise OSError(
                f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}); "
                f"start one with `dask scheduler` and check the address and firewall"
            ) from None
        raise exc
    return box["client"]


#: Loggers that print tracebacks when a scheduler or a worker goes away; the grid reports that in one line.
_DASK_LOGGERS = ("distributed", "distributed.client", "distributed.core", "distributed.comm",
                 "distributed.batched", "distributed.utils", "tornado", "tornado.application", "asyncio")


@contextlib.contextmanager
def _quiet_dask() -> Iterator[None]:
    """Silence Dask's own logging (tracebacks of a lost scheduler) while a grid uses the cluster."""
    loggers = [logging.getLogger(name) for name in _DASK_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _connect(address: str):
    """A Dask client on ``address`` with at least one worker; OSError in one line otherwise."""
    address = _check_address(address)
    try:
        import distributed  # noqa: F401  # lazy: optional dependency
    except ImportError:  # pragma: no cover - distributed is a dependency
        raise OSError("--cluster needs dask.distributed: pip install 'dask[distributed]'") from None
    _probe(address, CONNECT_TIMEOUT)
    client = _client_within(address, CONNECT_TIMEOUT)
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except (TimeoutError, OSError):
        client.close()
        raise OSError(
            f"no Dask worker joined the scheduler at {address} within {WORKER_TIMEOUT:.0f} s; "
            f"start some with `dask worker {address}` on machines with alplan installed"
        ) from None
    return client


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


#: Dask configuration for the workers (a file in ``$DASK_CONFIG``): glibc keeps its own memory trimming. Dask's
#: nanny sets MALLOC_TRIM_THRESHOLD_=65536, which fixes malloc's mmap threshold: every large array is then mapped
#: and unmapped anew, and a forest run predicting a large pool costs about 1.45x the CPU time it costs in a local
#: pool (benchmarks/RESULTS.md, "A 1,000,000-row forest grid"). docs/operations.md gives it for one's own cluster.
WORKER_CONFIG = """distributed:
  nanny:
    pre-spawn-environ:
      MALLOC_TRIM_THRESHOLD_: null
"""


@contextlib.contextmanager
def local_cluster(n_workers: int = 2, *, host: str = "127.0.0.1", timeout: float = 90.0,
                  local_directory: str | os.PathLike | None = None) -> Iterator[str]:
    """A real Dask cluster on this machine: ``dask scheduler`` + ``n_workers`` ``dask worker`` processes.

    The same programs one starts on several machines (see the README), here
    on ``host`` with free ports, one single-threaded worker process each; all
    are stopped on exit.  For trying ``--cluster`` and for the tests.

    Yields
    ------
    str
        the scheduler address, ``tcp://127.0.0.1:PORT``.
    """

    from distributed import Client  # lazy: start-up time (dask only for --cluster)

    port = _free_port(host)
    address = f"tcp://{host}:{port}"
    # each process exits once this one is gone (a kill -9 leaves no scheduler or worker behind)
    settings = tempfile.TemporaryDirectory(prefix="alplan-dask-config-")
    Path(settings.name, "alplan-workers.yaml").write_text(WORKER_CONFIG)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "ALPLAN_WATCH_PID": str(os.getpid()),
           "DASK_CONFIG": settings.name}
    watchdog = str(Path(__file__).with_name("dask_watchdog.py"))
    workdir = tempfile.TemporaryDirectory(prefix="alplan-dask-") if local_directory is None else None
    folder = str(local_directory or workdir.name)
    dask = [sys.executable, "-m", "dask"]
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    procs = []
    try:
        procs.append(subprocess.Popen(
            [*dask, "scheduler", "--host", host, "--port", str(port), "--no-dashboard", "--preload", watchdog],
            **quiet))
        for _ in range(n_workers):
            procs.append(subprocess.Popen(
                [*dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", host,
                 "--no-dashboard", "--local-directory", folder, "--death-timeout", "60",
                 "--preload", watchdog, "--preload-nanny", watchdog], **quiet))
        deadline = time.monotonic() + timeout
        while True:
            dead = [p for p in procs if p.poll() is not None]
            if dead:
                raise OSError(f"a Dask process exited at start-up (code {dead[0].returncode}): {dead[0].args[2:4]}")
            try:
                with Client(address, timeout="5s", set_as_default=False) as client:
                    client.wait_for_workers(n_workers, timeout=max(1.0, deadline - time.monotonic()))
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise OSError(f"the local Dask cluster at {address} did not start within {timeout:.0f} s") from None
                time.sleep(0.5)
        yield address
    finally:
        for proc in reversed(procs):  # workers first, then the scheduler
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(procs):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if workdir is not None:
            workdir.cleanup()
        settings.cleanup()


def _dask(todo: list, started: Callable[[Any], None], address: str) -> Iterator[tuple]:
    from distributed import as_completed  # lazy: start-up time (dask only for --cluster)

    with _quiet_dask():  # a lost scheduler is reported in one line, not a logged traceback
        yield from _dask_runs(todo, started, address, as_completed)


def _dask_runs(todo: list, started: Callable[[Any], None], address: str, as_completed) -> Iterator[tuple]:
    client = _connect(address)
    try:
        slots = max(1, sum(client.nthreads().values()))
        finished = as_completed(loop=client.loop)

        def submit(spec):
            fut = client.submit(execute_group, spec, pure=False,
                                key=f"alplan-run-{spec.key()[:16]}-{os.urandom(4).hex()}")
            finished.add(fut)
            return fut

        def wait_some(futs: set) -> set:
            return {next(finished)}

        yield from _windowed(
            submit=submit, wait_some=wait_some, result=_dask_result,
            cancel=lambda futs: client.cancel(list(futs)),
            todo=todo, window=2 * slots, started=started,
        )
    finally:
        client.close()


def _dask_result(fut) -> tuple:
    from distributed import KilledWorker  # lazy: start-up time (dask only for --cluster)

    try:
        return fut.result()
    except (ModuleNotFoundError, ImportError) as exc:
        raise OSError(
            f"a Dask worker cannot import alplan ({exc}); install the project on every worker (pip install -e .)"
        ) from None
    except KilledWorker:  # the run took down several workers in turn (memory?)
        raise OSError(
            "Dask workers died while running it (out of memory?); give workers more memory, then run again"
        ) from None
    except CancelledError:
        raise OSError("the Dask scheduler dropped it (restarted or lost?); run again to resume") from None


def _pool_result(fut: Future) -> tuple:
    try:
        return fut.result()
    except BrokenProcessPool:
        raise OSError(
            "a worker process died while running it (out of memory or killed); run again to resume"
        ) from None


# --------------------------------------------------------------- run_grid


def _eta(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "?"
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


def run_grid(
    config_or_specs: Any,
    *,
    db: str | os.PathLike | Store | None = None,
    workers: int | None = 1,
    cluster: str | None = None,
    progress: Progress | None = None,
    round_progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """Run every cell of a grid and return the combined curves table.

    The runs that share a data set, learner and round schedule
    (:func:`simulations.run.lockstep.group_runs`) go to a worker together and
    train in lockstep; a pool or cluster gets at least one group per worker.

    Parameters
    ----------
    config_or_specs : SimulationConfig, Grid or sequence of RunSpec
        the runs.
    db : path or Store, optional
        results database: runs it already holds are skipped, runs an
        interruption cut short are run again, and each run is stored (rows
        and ``done`` status in one transaction) as soon as it finishes.
    workers : int or None
        local worker processes: 1 = run here, in this process; ``N`` > 1 (at
        most one per run); ``-K`` all usable cores but ``K``; None = the
        machine's usable cores, or ``$ALPLAN_WORKERS`` when set
        (:func:`simulations.run.cores.grid_workers`).
    cluster : str, optional
        Dask scheduler address (``tcp://HOST:8786``); the workers need alplan
        installed.  This process remains the only database writer.
    progress : callable(done, total, info), optional
        called as runs finish; ``info`` says what finished, how many are
        left and the ETA (the workers counted); the first call says how
        many runs there are to run, and on how many workers.
    round_progress : callable(rounds_done, rounds_total), optional
        in this process or on local workers (not on a cluster): called after
        every round of every run (the rounds of stored runs count as done),
        so a progress bar moves from the first round.

    Returns
    -------
    DataFrame of shape (n_runs * (n_rounds + 1), 14)
        ``CURVE_COLUMNS`` with ``CURVE_DTYPES``, runs in the order of the
        specs, rounds ascending; the same whichever way it ran.

    Raises
    ------
    ValueError
        bad arguments, or a run that fails on bad input (recorded as
        ``failed`` in the database).
    OSError
        an unusable database path or an unreachable cluster.
    """
    cluster = _checked_where(workers, cluster)
    specs = expand(config_or_specs)
    total = len(specs)

    own_store = db is not None and not isinstance(db, Store)
    store = Store(db) if own_store else db
    ok = False
    try:
        skipped = store.completed_keys() & {s.key() for s in specs} if store is not None else set()
        todo = [s for s in specs if s.key() not in skipped]
        results: dict[str, pd.DataFrame] = {}
        if cluster is None:
            workers = grid_workers(todo, workers)
        if progress is not None:
            note = f"{len(skipped)} already in the database, " if skipped else ""
            where = f" on {workers} workers" if cluster is None and workers > 1 and todo else ""
            progress(len(skipped), total, f"{note}{len(todo)} to run{where}")
        on_round = _round_news(specs, skipped, round_progress)
        runs = _dispatch(todo, _marks_running(store, cluster, workers), cluster, workers, on_round)
        _take_runs(runs, on_round, store, results, progress, skipped=len(skipped), total=total, todo=len(todo),
                   cluster=cluster, workers=workers)
        if store is not None:
            results = _stored_runs(store, specs)
        ok = True
    finally:
        if own_store and not ok:  # a new database that stored nothing (a full disk) is not left behind
            store.discard_if_new_and_empty()
        elif own_store:
            store.close()
    parts = [results[s.key()].sort_values("round", kind="stable") for s in specs]
    return normalize_curves(pd.concat(parts, ignore_index=True))


def _marks_running(store: Store | None, cluster: str | None, workers: int) -> Callable[[Any], None]:
    """What a unit's start records: each of its runs marked running in ``store`` (where there is one), on the
    cluster, on a local worker or on this host."""

    def started(unit: Any) -> None:
        if store is not None:
            for spec in unit:
                store.mark_running(spec, worker=cluster or ("local" if workers > 1 else socket.gethostname()))

    return started


def _dispatch(todo: list, started: Callable[[Any], None], cluster: str | None, workers: int,
              on_round: Rounds | None) -> Iterator[tuple]:
    """The runs of ``todo``, grouped and sent where they run (the cluster, a local pool or this process); their
    results as they finish."""
    # one group per worker at least; a cluster's size is known only once connected: up to 8 pieces
    units = lockstep.group_runs(todo, parts=8 if cluster is not None else workers)
    if not todo:
        return iter(())
    if cluster is not None:
        return _dask(units, started, cluster)
    if workers > 1 and len(todo) > 1:
        return _local_pool(units, started, workers, on_round)
    return _serial(units, started, on_round)


def _checked_where(workers: int | None, cluster: str | None) -> str | None:
    """:func:`run_grid`'s ``workers`` and ``cluster`` checked (not both); the cluster's address as checked."""
    if workers is not None and (not _is_int(workers) or workers == 0):
        raise ValueError(f"workers must be a whole number >= 1 (or -K: all usable cores but K), got {workers!r}")
    if cluster is not None and workers not in (None, 1):
        raise ValueError("give --workers or --cluster, not both (Dask workers set their own parallelism)")
    if cluster is not None:
        cluster = _check_address(cluster)
    return cluster


def _round_news(specs: list, skipped: set, round_progress: Callable[[int, int], None] | None) -> Rounds | None:
    """The grid's rounds counted for ``round_progress`` (told at once of the rounds of the stored runs): the
    callback that a unit (its first run's key) has ``done`` rounds done; None without ``round_progress``."""
    rounds_total = sum(len(s.batch_sizes()) + 1 for s in specs)
    rounds_done = [sum(len(s.batch_sizes()) + 1 for s in specs if s.key() in skipped)]
    unit_rounds: dict[str, int] = {}
    if round_progress is None:
        return None
    round_progress(rounds_done[0], rounds_total)

    def on_round(key: str, done: int) -> None:
        """A unit (its first run's key) has ``done`` rounds done: the grid's count moves by the news."""
        before = unit_rounds.get(key, 0)
        if done > before:
            unit_rounds[key] = done
            rounds_done[0] += done - before
            round_progress(rounds_done[0], rounds_total)

    return on_round


def _take_runs(runs: Iterator[tuple], on_round: Rounds | None, store: Store | None, results: dict[str, pd.DataFrame],
               progress: Progress | None, *, skipped: int, total: int, todo: int, cluster: str | None,
               workers: int) -> None:
    """Store each finished unit's runs (or keep them in ``results`` without a store) and tell ``progress``, with
    the ETA; a run that fails is marked failed with the rest of its unit and raised as one line; the workers stop
    when this returns or raises."""
    t0, finished, run_seconds = time.perf_counter(), 0, 0.0
    try:
        for unit, unit_curves, unit_timings in runs:
            if on_round is not None:  # its last rounds, should their news come after the result
                on_round(unit[0].key(), sum(len(s.batch_sizes()) + 1 for s in unit))
            for i, (spec, curves, timings) in enumerate(zip(unit, unit_curves, unit_timings)):
                if store is not None:
                    try:
                        store.write_run(spec, curves, timings)
                    except ValueError as exc:  # rows the store refuses: failed, not left running
                        raise _RunFailed(list(unit[i:]), exc) from exc
                else:
                    results[spec.key()] = curves
                finished += 1
                run_seconds += float(timings.get("wall_seconds", 0.0))
                if progress is not None:
                    left = todo - finished
                    # a run's mean time spread over the workers (a cluster's: the rate runs finished at)
                    eta = _eta((time.perf_counter() - t0) / finished * left if cluster else
                               run_seconds / finished * left / min(workers, max(left, 1)))
                    progress(skipped + finished, total, f"{_label(spec)} done; {left} left, ETA {eta}")
    except _RunFailed as failed:
        if store is not None:
            for spec in failed.spec:  # the group that failed
                store.mark_failed(spec, f"{type(failed.error).__name__}: {failed.error}")
        failed.spec = failed.spec[0]
        error = failed.error
        if isinstance(error, (ValueError, OSError)):
            message = (str(error).strip().splitlines() or [type(error).__name__])[0]
            kind = OSError if isinstance(error, OSError) else ValueError
            raise kind(f"run {_label(failed.spec)} failed: {message}") from error
        raise error
    finally:  # stop the workers now on failure or Ctrl-C, not when the generator is collected
        close = getattr(runs, "close", None)
        if close is not None:
            close()


def _stored_runs(store: Store, specs: list) -> dict[str, pd.DataFrame]:
    """Each run's curve as the store holds it, by its key; a run deleted meanwhile by another process is an
    OSError."""
    table = store.curves(keys=[s.key() for s in specs], with_key=True)
    results = {key: part.drop(columns="run_key") for key, part in table.groupby("run_key", sort=False)}
    missing = [s for s in specs if s.key() not in results]
    if missing:  # another process deleted runs meanwhile
        raise OSError(f"runs vanished from {store.path} while the grid ran ({_label(missing[0])}); run again")
    return results

