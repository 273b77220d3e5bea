"""What the forecast computes from a measured curve alone, kept by a store the caller lends (a campaign's cache).

The families' fits to a strategy's mean curve and their backtest (:func:`planner.forecast.bootstrap._fit_draws`)
depend only on the curve's counts, values and noise and on this package's code: a second question on the same curves
(another target, price or confidence; ``replan DIR`` after ``plan DIR``) reads them back instead of fitting again.
:func:`lending` lends a store for the calls inside it; without one, nothing is kept. A store is any object with
``arrays(key) -> dict of ndarray or None`` and ``keep(key, arrays)`` (``planner.campaign.cache.ArrayStore``: a
campaign's ``.cache/``); it returns exactly what was kept, or None for anything it cannot read.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import scipy

__all__ = ["lending", "remembered_fits"]

_STORE: contextvars.ContextVar = contextvars.ContextVar("alplan_forecast_store", default=None)


@contextlib.contextmanager
def lending(store) -> Iterator[None]:
    """The forecast keeps its fits in ``store`` (None: nowhere) for the calls inside."""
    token = _STORE.set(store)
    try:
        yield
    finally:
        _STORE.reset(token)


@functools.lru_cache(maxsize=1)
def _code() -> str:
    """sha256 of this package's modules and of numpy's and scipy's versions: what the fits depend on beside their
    inputs."""
    h = hashlib.sha256(f"numpy {np.__version__} scipy {scipy.__version__}\n".encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _key(*arrays: np.ndarray) -> str:
    h = hashlib.sha256(_code().encode())
    for a in arrays:
        a = np.ascontiguousarray(a, dtype=np.float64)
        h.update(f"{a.shape}".encode() + a.tobytes())
    return "fits-" + h.hexdigest()


def remembered_fits(n: np.ndarray, y: np.ndarray, sigma: np.ndarray, check: float,
                    compute: Callable[[], tuple[dict, dict]]) -> tuple[dict, dict]:
    """``compute()``'s (fits: family -> parameters, in order; scores: family -> backtest score) for the curve
    (``n``, ``y``, ``sigma``) checked up to ``check``, read from the lent store where it kept them."""
    store = _STORE.get()
    if store is None:
        return compute()
    key = _key(n, y, sigma, np.array([check]))
    kept = store.arrays(key)
    if kept is not None:
        try:
            return _unpack(kept)
        except (KeyError, ValueError, TypeError, IndexError):
            pass   # not what was kept: fitted again
    fits, scores = compute()
    store.keep(key, _pack(fits, scores))
    return fits, scores


def _pack(fits: dict, scores: dict) -> dict[str, np.ndarray]:
    out = {"fit_names": np.array(list(fits), dtype=str), "score_names": np.array(list(scores), dtype=str),
           "scores": np.array([scores[k] for k in scores], dtype=np.float64)}
    out.update({f"fit_{i}": np.asarray(theta, dtype=np.float64) for i, theta in enumerate(fits.values())})
    return out


def _unpack(kept: dict) -> tuple[dict, dict]:
    names, score_names, values = kept["fit_names"], kept["score_names"], kept["scores"]
    if names.dtype.kind != "U" or score_names.dtype.kind != "U" or values.dtype != np.float64 \
            or values.shape != score_names.shape:
        raise ValueError("not the fits kept")
    fits = {str(name): kept[f"fit_{i}"] for i, name in enumerate(names)}
    if any(theta.dtype != np.float64 or theta.ndim != 1 for theta in fits.values()):
        raise ValueError("not the fits kept")
    return fits, {str(k): float(v) for k, v in zip(score_names, values)}
