"""Grids of runs: what to run (expansion, TOML grid files), not how.

A grid is data sets x models x strategies x seeds x batch sizes x label-noise
levels; each cell is one run (``RunSpec``) that ``simulations.run.loop.run_one``
turns into one curve.  This module reads and checks grid files and expands
them into runs; :mod:`simulations.run.executors` runs them (this process, local
processes or Dask) and stores them.

Examples
--------
>>> from simulations.run.grid import load_grid
>>> from simulations.run.executors import run_grid     # doctest: +SKIP
>>> grid = load_grid("grid.toml")
>>> curves = run_grid(grid.specs(), db="runs.db", workers=2)
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulations.messages import short
from simulations.run.config import MAX_RUNS, SimulationConfig

__all__ = ["Grid", "expand", "load_grid", "parse_grid"]


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
    "hybrid_accuracy": "an accuracy bar in (0, 1) or a list of them (every run records each)",
}
_SCALAR_KEYS = {
    "initial": (int, "a whole number >= 1"),
    "rounds": (int, "a whole number >= 1"),
    "budget": (int, "a whole number >= 1"),
    "data_file": (str, "a file path"),
    "label_column": (str, "a column name"),
    "warm_start": (bool, "true or false"),
    "mc_samples": (int, "a whole number >= 1"),
    "hybrid_holdout": (int, "a whole number >= 1"),
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
_ROW_SUM_TOL = 1e-6  # as simulations.data.oracle.Oracle.from_noise
MAX_GRID_BYTES = 1_000_000  # a grid file lists values; a bigger one is not a grid


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
        """Every run of the grid, in order (models, batch sizes, noise, then data sets, strategies, seeds).

        Expanded and checked once per grid (a new list each call)."""
        cached = self.__dict__.get("_specs")
        if cached is None:
            cached = tuple(expand([spec for config in self.configs for spec in config.runs()]))
            object.__setattr__(self, "_specs", cached)
        return list(cached)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and math.isfinite(value)


def _listify(source: str, key: str, value: Any, check: Callable[[Any], bool]) -> tuple:
    values = value if isinstance(value, list) else [value]
    if not values or not all(check(v) for v in values):
        raise ValueError(f"{source}: {key!r} must be {_LIST_KEYS[key]}, got {short(value)}")
    return tuple(values)


#: A configuration's message names the command line's flags; in a grid file the user wrote these keys instead.
_FLAG_AS_KEY = {
    "--rounds/--batch-size": "'rounds'/'batch_sizes'", "--data PATH": "data_file = PATH",
    "--dataset file": 'datasets = ["file"]', "--dataset-params": "[dataset_params]",
    "--model-params": "[model_params]", "--batch-size": "'batch_sizes'", "--label-noise": "'label_noise'",
    "--initial": "'initial'", "--rounds": "'rounds'", "--budget": "'budget'", "--model": "'models'",
    "--data": "'data_file'", "--dataset": "'datasets'", "--seeds": "'seeds'", "--seed-start": "'seeds'",
}
_FLAG = re.compile(r"--[a-z][a-z-]*(?:/--[a-z][a-z-]*| PATH| file)?")


def _as_grid_keys(message: str) -> str:
    """``message`` with each command-line flag replaced by the grid file's key for it (a flag the user of a
    grid file never gave is never named to them): ``_FLAG_AS_KEY``'s, else the key of the flag's own name
    (``--hybrid-holdout`` -> ``'hybrid_holdout'``)."""
    def key(match: re.Match) -> str:
        text = match.group(0)
        if text in _FLAG_AS_KEY:
            return _FLAG_AS_KEY[text]
        head, _, rest = text.partition(" ")
        same = head[2:].replace("-", "_")
        named = _FLAG_AS_KEY.get(head, f"'{same}'" if same in GRID_KEYS else head)
        return named + (f" {rest}" if rest else "")

    return _FLAG.sub(key, message)


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
    if math.fsum(row[i] for i, row in enumerate(value)) <= 0:  # as label_noise = 1.0: no label is ever right
        raise ValueError(f"{source}: 'confusion' has only zeros on its diagonal: every label would be wrong "
                         "(label noise 1.0); put each class's probability of a correct label on the diagonal")
    return tuple(tuple(float(v) for v in row) for row in value)


def parse_grid(data: Mapping[str, Any], *, source: str = "grid", base: str | os.PathLike | None = None,
               overridden: Sequence[str] = ()) -> Grid:
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
        ``label_column``, ``warm_start``, ``mc_samples``, ``hybrid_accuracy``
        (an accuracy bar in (0, 1) or a list of them), ``hybrid_holdout``,
        ``[dataset_params]``, ``[model_params]``, and how to run: ``db``,
        ``out``, ``workers``, ``cluster``.
    source : str
        name used in error messages (the file name).
    base : path, optional
        folder that relative ``db``, ``out`` and ``data_file`` paths are
        relative to; the file's ``db`` and ``out`` must lie inside it (a
        grid file someone sent you cannot write to ``/etc`` or ``../..``).
    overridden : sequence of str
        ``"db"`` / ``"out"`` when the command line gives that path instead
        (the file's value is then ignored, not checked).

    Raises
    ------
    ValueError
        one line naming the unknown keys or the key with a wrong type.
    """
    data = _grid_keys(data, source)
    datasets, models, strategies, batch_sizes, noises, seeds = _grid_axes(data, source)
    settings = _grid_settings(data, source)
    _grid_paths(settings, data, source, base, overridden)
    common: dict[str, Any] = {"datasets": datasets, "strategies": strategies, "seeds": seeds}
    for key in ("initial", "rounds", "budget", "data_file", "label_column", "warm_start", "mc_samples", "confusion",
                "hybrid_accuracy", "hybrid_holdout"):
        if key in settings:
            common[key] = settings[key]
    for key in ("dataset_params", "model_params"):
        if key in settings:
            common[key] = tuple(sorted(settings[key].items()))
    grid = Grid(configs=_grid_configs(source, models, batch_sizes, noises, common), db=settings.get("db"),
                out=settings.get("out"), workers=settings.get("workers"), cluster=settings.get("cluster"))
    grid.specs()  # duplicates -> ValueError now, not after hours of running
    return grid


def _grid_keys(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The grid's keys, none unknown, each alias (``dataset``, ...) under its key (``datasets``, ...)."""
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
    return data


def _is_name(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


def _grid_axes(data: dict[str, Any], source: str) -> tuple[tuple, tuple, tuple, tuple, tuple, tuple]:
    """The grid's data sets, models, strategies, batch sizes, label-noise levels and seeds (their defaults where
    not given), each checked; a grid of more than ``MAX_RUNS`` runs is refused before its seeds are listed."""
    datasets = _listify(source, "datasets", data.get("datasets", "digits"), _is_name)
    models = _listify(source, "models", data.get("models", "logreg"), _is_name)
    strategies = _listify(source, "strategies", data.get("strategies", ["random", "margin"]), _is_name)
    batch_sizes = _listify(source, "batch_sizes", data.get("batch_sizes", 20), lambda v: _is_int(v) and v >= 1)
    noises = _listify(source, "label_noise", data.get("label_noise", 0.0), lambda v: _is_number(v) and 0 <= v < 1)
    seeds_value = data.get("seeds", 3)
    if _is_int(seeds_value):
        if seeds_value < 1:
            raise ValueError(f"{source}: 'seeds' must be {_LIST_KEYS['seeds']}, got {seeds_value}")
        n_seeds = seeds_value
    else:
        seeds_value = _listify(source, "seeds", seeds_value, _is_int)
        n_seeds = len(seeds_value)
    # the grid's size is computed before a single run (or the list of seeds) is built
    n_runs = len(datasets) * len(models) * len(strategies) * len(batch_sizes) * len(noises) * n_seeds
    if n_runs > MAX_RUNS:
        raise ValueError(f"{source}: the grid has {n_runs:,} runs, over the {MAX_RUNS:,} limit; "
                         "use fewer seeds or values, or split it into several grid files")
    seeds = tuple(range(seeds_value)) if _is_int(seeds_value) else seeds_value
    return datasets, models, strategies, batch_sizes, noises, seeds


def _grid_settings(data: dict[str, Any], source: str) -> dict[str, Any]:
    """The grid's other keys (one value each, how to run, the confusion matrix, the hybrid bars), each checked."""
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
            raise ValueError(f"{source}: {key!r} must be {what}, got {short(value)}")
        settings[key] = value
    if "rounds" in settings and "budget" in settings:
        raise ValueError(f"{source}: give 'rounds' or 'budget', not both")
    if "confusion" in data:
        if "label_noise" in data:
            raise ValueError(f"{source}: give 'label_noise' or 'confusion', not both "
                             "(the confusion matrix sets the label noise)")
        settings["confusion"] = _confusion(source, data["confusion"])
    if "hybrid_accuracy" in data:
        settings["hybrid_accuracy"] = tuple(_listify(source, "hybrid_accuracy", data["hybrid_accuracy"],
                                                     lambda v: _is_number(v) and 0 < v < 1))
    return settings


def _grid_paths(settings: dict[str, Any], data: dict[str, Any], source: str,
                base: str | os.PathLike | None, overridden: Sequence[str]) -> None:
    """Resolve ``settings``' paths against ``base`` in place, dropping the ones the command line overrides; a
    file's ``db`` or ``out`` outside its folder, an ``out`` that is neither CSV nor Parquet and a malformed
    ``cluster`` address are refused."""
    def resolve(path: str) -> str:
        p = Path(path).expanduser()
        return str(p if p.is_absolute() or base is None else Path(base) / p)

    for key in ("db", "out", "data_file"):
        if key in settings:
            settings[key] = resolve(settings[key])
    if base is not None:  # a grid file writes only inside its own folder; the command line may write anywhere
        folder = Path(base).resolve()
        for key, flag in (("db", "--db"), ("out", "--out")):
            if key in overridden:
                settings.pop(key, None)
            elif key in settings and not Path(settings[key]).resolve().is_relative_to(folder):
                raise ValueError(
                    f"{source}: {key!r} = {data[key]!r} is outside the grid file's folder {folder}; a grid file "
                    f"writes only there: give a path inside it, or pass {flag} on the command line"
                )
    if "out" in settings and Path(settings["out"]).suffix.lower() not in (".csv", ".parquet"):
        raise ValueError(f"{source}: 'out' must end in .csv or .parquet, got {settings['out']!r}")
    if "cluster" in settings:
        _check_address(settings["cluster"])


def _grid_configs(source: str, models: tuple, batch_sizes: tuple, noises: tuple, common: dict[str, Any]) -> tuple:
    """One ``SimulationConfig`` per model, batch size and label-noise level, each sharing ``common``."""
    # Each distinct value is checked once, not each configuration: what depends on the batch size is worst at
    # the smallest (rounds of a budget) or the largest (labels a run needs), what depends on the label noise
    # at the largest (a flip needs two classes; each value's range was checked above); the rest does not
    # depend on either. So each model is validated at those two corners, with every data set and strategy.
    for model in models:
        for batch_size in dict.fromkeys((min(batch_sizes), max(batch_sizes))):
            corner = SimulationConfig(model=model, batch_size=batch_size, label_noise=float(max(noises)), **common)
            try:
                corner.validate()
            except ValueError as exc:
                raise ValueError(f"{source}: {_as_grid_keys(str(exc).strip().splitlines()[0])}") from None
    return tuple(SimulationConfig(model=model, batch_size=batch_size, label_noise=float(noise), **common)
                 for model in models for batch_size in batch_sizes for noise in noises)


def load_grid(path: str | os.PathLike, *, overridden: Sequence[str] = ()) -> Grid:
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
    if path.stat().st_size > MAX_GRID_BYTES:
        raise ValueError(f"{path.name} is {path.stat().st_size:,} bytes, over the {MAX_GRID_BYTES:,}-byte limit "
                         "of a grid file: list values, not runs")
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_GRID_BYTES + 1)
        text = raw.decode("utf-8")
        _check_key_depth(text, path.name)  # before tomllib, whose time grows with the square of a key's parts
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path.name} is not valid TOML: not UTF-8 text") from None
    except RecursionError:  # arrays or tables nested hundreds deep: tomllib recurses once per level
        raise ValueError(f"{path.name} nests arrays or tables too deeply to read; a grid file lists values "
                         "one or two levels deep") from None
    return parse_grid(data, source=path.name, base=path.parent, overridden=overridden)


#: Most parts of one dotted key or table header (``[a.b.c]``: 3): a grid file's keys are one or two deep.
MAX_KEY_PARTS = 16
_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"[^"\n]*"|\'[^\'\n]*\')'
#: A run of more than ``MAX_KEY_PARTS`` dot-joined parts; it starts where no bare-key character precedes it, so
#: the search tries each word once and the scan stays linear in the file's size.
_DEEP_KEY = re.compile(rf'(?<![A-Za-z0-9_-]){_BARE_OR_QUOTED}(?:[ \t]*\.[ \t]*{_BARE_OR_QUOTED}){{{MAX_KEY_PARTS},}}')


def _check_key_depth(text: str, name: str) -> None:
    """Refuse a key or header of more than ``MAX_KEY_PARTS`` dotted parts, in time linear in ``text``."""
    match = _DEEP_KEY.search(text)
    if match is not None:
        line = text.count("\n", 0, match.start()) + 1
        raise ValueError(f"{name} line {line}: a key of more than {MAX_KEY_PARTS} dotted parts; a grid file's keys "
                         "are one or two parts deep, such as [model_params] or model_params.hidden")


_ADDRESS = re.compile(r"^(?:(tcp|tls|ws|wss|ucx)://)?\[?[A-Za-z0-9_.:-]+\]?:(\d{1,5})$")


def _check_address(address: str) -> str:
    if not isinstance(address, str) or not _ADDRESS.match(address.strip()):
        raise ValueError(f"cluster address must look like tcp://HOST:8786, got {address!r}")
    return address.strip()
