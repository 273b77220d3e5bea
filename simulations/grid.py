"""Grids of runs: expansion, TOML grid files, resumable execution on processes or Dask.

A grid is data sets x models x strategies x seeds x batch sizes x label-noise
levels; each cell is one run (``RunSpec``) that ``simulations.loop.run_one``
turns into one curve.  :func:`run_grid` runs the cells

* in this process (``workers=1``, the default),
* on a pool of local processes (``workers=N``), or
* on a Dask cluster (``cluster="tcp://HOST:8786"``),

and, with ``db=``, stores each run in the results database as it finishes
(the caller is the only writer), skips the runs the database already holds
and re-runs the ones an interruption cut short.  Every worker runs torch
with one thread, so a run gives the same numbers whichever way it ran, and
the combined table comes back in the order of the specs.

Examples
--------
>>> from simulations.grid import load_grid, run_grid     # doctest: +SKIP
>>> grid = load_grid("grid.toml")
>>> curves = run_grid(grid.specs(), db="runs.db", workers=2)
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import socket
import sys
import time
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from simulations.store import Store, code_version, normalize_curves

__all__ = ["Grid", "execute_run", "expand", "load_grid", "local_cluster", "parse_grid", "run_grid", "uses_torch"]

Progress = Callable[[int, int, str], None]

# ------------------------------------------------------------- expansion


def expand(config_or_specs: Any) -> list:
    """The runs of a ``SimulationConfig``, a :class:`Grid`, or a sequence of ``RunSpec``.

    Raises
    ------
    ValueError
        when the grid is empty or lists the same run twice.
    """
    if hasattr(config_or_specs, "runs") and callable(config_or_specs.runs):
        validate = getattr(config_or_specs, "validate", None)
        if callable(validate):
            validate()
        specs = list(config_or_specs.runs())
    elif hasattr(config_or_specs, "specs") and callable(config_or_specs.specs):
        specs = list(config_or_specs.specs())
    elif isinstance(config_or_specs, Sequence) and not isinstance(config_or_specs, (str, bytes)):
        specs = list(config_or_specs)
    else:
        raise ValueError(
            f"run_grid needs a SimulationConfig, a Grid or a list of RunSpec, got {type(config_or_specs).__name__}"
        )
    if not specs:
        raise ValueError("the grid has no runs; give at least one data set, strategy and seed")
    seen: dict[str, Any] = {}
    for spec in specs:
        if not (hasattr(spec, "key") and callable(spec.key)):
            raise ValueError(f"run_grid needs RunSpec objects, got {type(spec).__name__}")
        key = spec.key()
        if key in seen:
            raise ValueError(f"the grid lists the same run twice ({_label(spec)}); remove the repeated value")
        seen[key] = spec
    return specs


def _label(spec: Any) -> str:
    d = spec.to_dict() if hasattr(spec, "to_dict") else {}
    parts = [str(d.get(k)) for k in ("dataset", "model", "strategy") if k in d]
    if "seed" in d:
        parts.append(f"seed {d['seed']}")
    if "batch_size" in d:
        parts.append(f"batch {d['batch_size']}")
    if d.get("label_noise"):
        parts.append(f"noise {d['label_noise']}")
    return " ".join(parts) or spec.key()[:12]


# ------------------------------------------------------------ grid files

_LIST_KEYS = {  # key -> what it must be (each also accepts a single value)
    "datasets": "a list of data set names",
    "models": "a list of model names",
    "strategies": "a list of strategy names",
    "batch_sizes": "a whole number >= 1 or a list of them",
    "label_noise": "a number in [0, 1) or a list of them",
    "seeds": "a number of seeds (>= 1) or a list of seed integers",
}
_SCALAR_KEYS = {
    "initial": (int, "a whole number >= 1"),
    "rounds": (int, "a whole number >= 1"),
    "budget": (int, "a whole number >= 1"),
    "data_file": (str, "a file path"),
    "label_column": (str, "a column name"),
    "warm_start": (bool, "true or false"),
    "mc_samples": (int, "a whole number >= 1"),
    "dataset_params": (dict, "a table"),
    "model_params": (dict, "a table"),
}
_RUN_KEYS = {
    "db": (str, "a database file path"),
    "out": (str, "an output path ending in .csv or .parquet"),
    "workers": (int, "a whole number >= 1"),
    "cluster": (str, "a Dask scheduler address such as tcp://HOST:8786"),
}
_ALIASES = {"dataset": "datasets", "model": "models", "strategy": "strategies", "batch_size": "batch_sizes"}
_MATRIX_KEYS = ("confusion",)
GRID_KEYS = tuple(sorted({*_LIST_KEYS, *_SCALAR_KEYS, *_RUN_KEYS, *_ALIASES, *_MATRIX_KEYS}))
_ROW_SUM_TOL = 1e-6  # as simulations.oracle.Oracle.from_noise


@dataclass(frozen=True)
class Grid:
    """A parsed grid file: the simulation configs it expands to, and how to run them.

    Attributes
    ----------
    configs : tuple of SimulationConfig
        one per (model, batch size, label noise); each expands to data sets x
        strategies x seeds.
    db, out, cluster : str or None
        database, output table and Dask scheduler named in the file (paths
        are relative to the file's folder).
    workers : int or None
        local worker processes named in the file.
    """

    configs: tuple
    db: str | None = None
    out: str | None = None
    workers: int | None = None
    cluster: str | None = None

    def specs(self) -> list:
        """Every run of the grid, in order (models, batch sizes, noise, then data sets, strategies, seeds)."""
        return expand([spec for config in self.configs for spec in config.runs()])


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and math.isfinite(value)


def _listify(source: str, key: str, value: Any, check: Callable[[Any], bool]) -> tuple:
    values = value if isinstance(value, list) else [value]
    if not values or not all(check(v) for v in values):
        raise ValueError(f"{source}: {key!r} must be {_LIST_KEYS[key]}, got {value!r}")
    return tuple(values)


def _confusion(source: str, value: Any) -> tuple[tuple[float, ...], ...]:
    """The ``confusion`` key: a square row-stochastic matrix ``[true][observed]``, checked in one line."""
    example = "e.g. [[0.95, 0.05], [0.20, 0.80]] for 2 classes"
    if (not isinstance(value, list) or not value or not all(isinstance(row, list) and row for row in value)
            or not all(_is_number(v) for row in value for v in row)):
        raise ValueError(
            f"{source}: 'confusion' must be a matrix written as a list of rows of numbers, one row per true "
            f"class, entry j of row i = P(label j | true class i); {example}"
        )
    n = len(value)
    for i, row in enumerate(value, 1):
        if len(row) != n:
            raise ValueError(
                f"{source}: 'confusion' must be square (one row and one column per class): it has {n} rows "
                f"but row {i} has {len(row)} entries"
            )
    for i, row in enumerate(value, 1):
        if any(v < 0 for v in row):
            raise ValueError(f"{source}: 'confusion' row {i} has a negative entry ({min(row):g}); "
                             "entries are probabilities >= 0")
        total = math.fsum(row)
        if abs(total - 1.0) > _ROW_SUM_TOL:
            raise ValueError(f"{source}: 'confusion' row {i} sums to {total:.6g}; each row must sum to 1 "
                             f"(the label probabilities of one true class)")
    return tuple(tuple(float(v) for v in row) for row in value)


def parse_grid(data: Mapping[str, Any], *, source: str = "grid", base: str | os.PathLike | None = None) -> Grid:
    """Validate a grid mapping (a parsed TOML file) and build its :class:`Grid`.

    Parameters
    ----------
    data : mapping
        keys from ``GRID_KEYS``: ``datasets``, ``models``, ``strategies``,
        ``seeds`` (a count or a list), ``batch_sizes``, ``label_noise`` (one
        value or a list each), ``confusion`` (instead of ``label_noise``: the
        oracle's confusion matrix, a list of rows, row ``i`` = true class
        ``i``, entry ``j`` = P(label ``j`` | true class ``i``), each row
        summing to 1, one row and column per class of every data set),
        ``initial``, ``rounds`` or ``budget``, ``data_file``,
        ``label_column``, ``warm_start``, ``mc_samples``,
        ``[dataset_params]``, ``[model_params]``, and how to run: ``db``,
        ``out``, ``workers``, ``cluster``.
    source : str
        name used in error messages (the file name).
    base : path, optional
        folder that relative ``db``, ``out`` and ``data_file`` paths are
        relative to.

    Raises
    ------
    ValueError
        one line naming the unknown keys or the key with a wrong type.
    """
    from simulations.config import SimulationConfig

    unknown = sorted(set(data) - set(GRID_KEYS))
    if unknown:
        raise ValueError(
            f"{source}: unknown key(s) {', '.join(map(repr, unknown))}; known keys: {', '.join(GRID_KEYS)}"
        )
    data = dict(data)
    for alias, key in _ALIASES.items():
        if alias in data:
            if key in data:
                raise ValueError(f"{source}: give {key!r} or {alias!r}, not both")
            data[key] = data.pop(alias)

    def is_name(v: Any) -> bool:
        return isinstance(v, str) and v.strip() != ""

    datasets = _listify(source, "datasets", data.get("datasets", "digits"), is_name)
    models = _listify(source, "models", data.get("models", "logreg"), is_name)
    strategies = _listify(source, "strategies", data.get("strategies", ["random", "margin"]), is_name)
    batch_sizes = _listify(source, "batch_sizes", data.get("batch_sizes", 20), lambda v: _is_int(v) and v >= 1)
    noises = _listify(source, "label_noise", data.get("label_noise", 0.0), lambda v: _is_number(v) and 0 <= v < 1)
    seeds_value = data.get("seeds", 3)
    if _is_int(seeds_value):
        if seeds_value < 1:
            raise ValueError(f"{source}: 'seeds' must be {_LIST_KEYS['seeds']}, got {seeds_value}")
        seeds = tuple(range(seeds_value))
    else:
        seeds = _listify(source, "seeds", seeds_value, _is_int)

    settings: dict[str, Any] = {}
    for key, (kind, what) in {**_SCALAR_KEYS, **_RUN_KEYS}.items():
        if key not in data:
            continue
        value = data[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if ok and kind is int and value < 1:
            ok = False
        if ok and kind is str and not value.strip():
            ok = False
        if not ok:
            raise ValueError(f"{source}: {key!r} must be {what}, got {value!r}")
        settings[key] = value
    if "rounds" in settings and "budget" in settings:
        raise ValueError(f"{source}: give 'rounds' or 'budget', not both")
    if "confusion" in data:
        if "label_noise" in data:
            raise ValueError(f"{source}: give 'label_noise' or 'confusion', not both "
                             "(the confusion matrix sets the label noise)")
        settings["confusion"] = _confusion(source, data["confusion"])

    def resolve(path: str) -> str:
        p = Path(path).expanduser()
        return str(p if p.is_absolute() or base is None else Path(base) / p)

    for key in ("db", "out", "data_file"):
        if key in settings:
            settings[key] = resolve(settings[key])
    if "out" in settings and Path(settings["out"]).suffix.lower() not in (".csv", ".parquet"):
        raise ValueError(f"{source}: 'out' must end in .csv or .parquet, got {settings['out']!r}")
    if "cluster" in settings:
        _check_address(settings["cluster"])

    common: dict[str, Any] = {"datasets": datasets, "strategies": strategies, "seeds": seeds}
    for key in ("initial", "rounds", "budget", "data_file", "label_column", "warm_start", "mc_samples", "confusion"):
        if key in settings:
            common[key] = settings[key]
    for key in ("dataset_params", "model_params"):
        if key in settings:
            common[key] = tuple(sorted(settings[key].items()))
    configs = []
    for model in models:
        for batch_size in batch_sizes:
            for noise in noises:
                config = SimulationConfig(model=model, batch_size=batch_size, label_noise=float(noise), **common)
                try:
                    config.validate()
                except ValueError as exc:
                    raise ValueError(f"{source}: {str(exc).strip().splitlines()[0]}") from None
                configs.append(config)
    grid = Grid(configs=tuple(configs), db=settings.get("db"), out=settings.get("out"),
                workers=settings.get("workers"), cluster=settings.get("cluster"))
    grid.specs()  # duplicates -> ValueError now, not after hours of running
    return grid


def load_grid(path: str | os.PathLike) -> Grid:
    """Read and validate a grid TOML file (see :func:`parse_grid` for its keys).

    Raises
    ------
    OSError
        when the file cannot be read.
    ValueError
        when it is not valid TOML or a key is unknown or of the wrong type.
    """
    path = Path(path)
    if not path.is_file():
        raise OSError(f"grid file {path} does not exist" if not path.exists() else f"grid file {path} is not a file")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path.name} is not valid TOML: not UTF-8 text") from None
    return parse_grid(data, source=path.name, base=path.parent)


_ADDRESS = re.compile(r"^(?:(tcp|tls|ws|wss|ucx)://)?\[?[A-Za-z0-9_.:-]+\]?:(\d{1,5})$")


def _check_address(address: str) -> str:
    if not isinstance(address, str) or not _ADDRESS.match(address.strip()):
        raise ValueError(f"cluster address must look like tcp://HOST:8786, got {address!r}")
    return address.strip()


# ------------------------------------------------------------- the worker


#: Learners that run without torch (numpy only); every other one (mlp, cnn) is a torch net.
NUMPY_MODELS = frozenset({"logreg"})
#: Strategies that import torch when called (see ``simulations.strategies``); the rest are numpy / scikit-learn.
TORCH_STRATEGIES = frozenset({"dal", "adversarial"})


def uses_torch(spec: Any) -> bool:
    """Whether the run ``spec`` uses torch: a torch learner, or a torch strategy (also inside ``combined:A+B``)."""
    strategy = str(spec.strategy).strip()
    parts = strategy.split(":", 1)[1].split("+") if strategy.lower().startswith("combined:") else [strategy]
    return str(spec.model) not in NUMPY_MODELS or any(p.strip() in TORCH_STRATEGIES for p in parts)


@contextlib.contextmanager
def _one_torch_thread(needed: bool = True) -> Iterator[None]:
    """Run a block with one torch thread; without ``needed`` (and torch not yet imported) leave torch alone."""
    if not needed and "torch" not in sys.modules:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def execute_run(spec: Any) -> tuple[pd.DataFrame, dict]:
    """Run one grid cell (where it is sent: this process, a pool process, a Dask worker).

    torch runs with one thread, so the numbers do not depend on where it ran;
    a run that does not use torch (:func:`uses_torch`) does not import it.

    Returns
    -------
    curves : DataFrame of shape (n_rounds + 1, 14)
        the run's rows of the curves table (``CURVE_DTYPES``).
    timings : dict
        ``started_at``, ``finished_at`` (epoch seconds), ``wall_seconds``,
        ``cpu_seconds`` (this process's CPU time during the run), ``worker``
        (host:pid), ``code_version`` of the worker.
    """
    from simulations.loop import run_one

    started = time.time()
    t0, c0 = time.perf_counter(), time.process_time()
    with _one_torch_thread(uses_torch(spec)):
        curves = run_one(spec)
    timings = {
        "started_at": started,
        "finished_at": time.time(),
        "wall_seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "code_version": code_version(),
    }
    return normalize_curves(curves), timings


# Imported once by the forkserver, so that each worker starts warm.
# torch (~1 s and ~200 MB a process) only when a run of the grid uses it: see _preload.
_PRELOAD = ["simulations.datasets", "simulations.loop", "simulations.models", "simulations.strategies",
            "simulations.oracle", "simulations.grid"]


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
    import multiprocessing
    import threading

    return ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and "torch" not in sys.modules and not any(uses_torch(spec) for spec in todo))


def _init_pool_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    os.environ["OMP_NUM_THREADS"] = "1"  # one thread for torch, should a run import it later
    os.environ["MKL_NUM_THREADS"] = "1"
    if "torch" in sys.modules:  # preloaded by the forkserver
        sys.modules["torch"].set_num_threads(1)
    import simulations.loop  # noqa: F401  (pay the import once, before the first run)


# ------------------------------------------------------------ executors

# Each executor is a generator: it receives the runs to do and yields
# (spec, curves, timings) as each finishes; ``started(spec)`` is called when a
# run is handed to a worker.


def _serial(todo: list, started: Callable[[Any], None]) -> Iterator[tuple]:
    for spec in todo:
        started(spec)
        try:
            curves, timings = execute_run(spec)
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


def _local_pool(todo: list, started: Callable[[Any], None], workers: int) -> Iterator[tuple]:
    import multiprocessing

    n = max(1, min(workers, len(todo)))
    # forkserver, not fork: forking a process whose torch thread pools have run can deadlock.
    # The server imports the simulator (and torch, if a run uses it) once; each worker forks from it in ~0.1 s.
    # It is started once per process, so a later pool keeps the first one's preload: a run that needs torch
    # then imports it in its worker (one thread: _init_pool_worker's environment and execute_run).
    if _fork_is_safe(todo):  # workers start in milliseconds, with everything already imported
        context = multiprocessing.get_context("fork")
    elif "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_preload(todo))
    else:  # Windows: no forkserver
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=n, mp_context=context, initializer=_init_pool_worker)
    clean = False
    procs: list = []

    def submit(spec):
        fut = pool.submit(execute_run, spec)
        procs[:] = list((getattr(pool, "_processes", None) or {}).values())  # workers start on demand
        return fut

    try:
        yield from _windowed(
            submit=submit,
            wait_some=lambda futs: wait(futs, return_when=FIRST_COMPLETED).done,
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


def _connect(address: str):
    """A Dask client on ``address`` with at least one worker; OSError in one line otherwise."""
    address = _check_address(address)
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - distributed is a dependency
        raise OSError("--cluster needs dask.distributed: pip install 'dask[distributed]'") from None
    try:
        client = Client(address, timeout=f"{CONNECT_TIMEOUT}s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise OSError(
            f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}); "
            f"start one with `dask scheduler` and check the address and firewall"
        ) from None
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
    import signal
    import subprocess
    import sys
    import tempfile

    from distributed import Client

    port = _free_port(host)
    address = f"tcp://{host}:{port}"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    workdir = tempfile.TemporaryDirectory(prefix="alplan-dask-") if local_directory is None else None
    folder = str(local_directory or workdir.name)
    dask = [sys.executable, "-m", "dask"]
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    procs = []
    try:
        procs.append(subprocess.Popen(
            [*dask, "scheduler", "--host", host, "--port", str(port), "--no-dashboard"], **quiet))
        for _ in range(n_workers):
            procs.append(subprocess.Popen(
                [*dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", host,
                 "--no-dashboard", "--local-directory", folder, "--death-timeout", "60"], **quiet))
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


def _dask(todo: list, started: Callable[[Any], None], address: str) -> Iterator[tuple]:
    from distributed import as_completed

    client = _connect(address)
    try:
        slots = max(1, sum(client.nthreads().values()))
        finished = as_completed(loop=client.loop)

        def submit(spec):
            fut = client.submit(execute_run, spec, pure=False,
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
    from distributed import KilledWorker

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
    workers: int = 1,
    cluster: str | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Run every cell of a grid and return the combined curves table.

    Parameters
    ----------
    config_or_specs : SimulationConfig, Grid or sequence of RunSpec
        the runs.
    db : path or Store, optional
        results database: runs it already holds are skipped, runs an
        interruption cut short are run again, and each run is stored (rows
        and ``done`` status in one transaction) as soon as it finishes.
    workers : int
        local worker processes (1 = run here, in this process).
    cluster : str, optional
        Dask scheduler address (``tcp://HOST:8786``); the workers need alplan
        installed.  This process remains the only database writer.
    progress : callable(done, total, info), optional
        called as runs finish; ``info`` says what finished, how many are
        left and the ETA.

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
    if not _is_int(workers) or workers < 1:
        raise ValueError(f"workers must be a whole number >= 1, got {workers!r}")
    if cluster is not None and workers > 1:
        raise ValueError("give --workers or --cluster, not both (Dask workers set their own parallelism)")
    if cluster is not None:
        cluster = _check_address(cluster)
    specs = expand(config_or_specs)
    total = len(specs)

    own_store = db is not None and not isinstance(db, Store)
    store = Store(db) if own_store else db
    try:
        skipped = store.completed_keys() & {s.key() for s in specs} if store is not None else set()
        todo = [s for s in specs if s.key() not in skipped]
        results: dict[str, pd.DataFrame] = {}
        if progress is not None:
            note = f"{len(skipped)} already in the database, " if skipped else ""
            progress(len(skipped), total, f"{note}{len(todo)} to run")

        def started(spec: Any) -> None:
            if store is not None:
                store.mark_running(spec, worker=cluster or ("local" if workers > 1 else socket.gethostname()))

        if not todo:
            runs: Iterator[tuple] = iter(())
        elif cluster is not None:
            runs = _dask(todo, started, cluster)
        elif workers > 1 and len(todo) > 1:
            runs = _local_pool(todo, started, workers)
        else:
            runs = _serial(todo, started)

        t0 = time.perf_counter()
        finished = 0
        try:
            for spec, curves, timings in runs:
                if store is not None:
                    store.write_run(spec, curves, timings)
                else:
                    results[spec.key()] = curves
                finished += 1
                if progress is not None:
                    left = len(todo) - finished
                    rate = (time.perf_counter() - t0) / finished
                    progress(len(skipped) + finished, total,
                             f"{_label(spec)} done; {left} left, ETA {_eta(rate * left)}")
        except _RunFailed as failed:
            if store is not None:
                store.mark_failed(failed.spec, f"{type(failed.error).__name__}: {failed.error}")
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

        if store is not None:
            table = store.curves(keys=[s.key() for s in specs], with_key=True)
            results = {key: part.drop(columns="run_key") for key, part in table.groupby("run_key", sort=False)}
            missing = [s for s in specs if s.key() not in results]
            if missing:  # another process deleted runs meanwhile
                raise OSError(f"runs vanished from {store.path} while the grid ran ({_label(missing[0])}); run again")
    finally:
        if own_store:
            store.close()
    parts = [results[s.key()].sort_values("round", kind="stable") for s in specs]
    return normalize_curves(pd.concat(parts, ignore_index=True))

