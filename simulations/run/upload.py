"""Curves simulated on a user's uploaded labeled file, as on a proxy data set (the page's "Upload labeled pilot data").

The file is read through :func:`simulations.data.uploads.uploaded_file`, so
every message names the user's file, never a temporary path.
"""

from __future__ import annotations

from collections.abc import MutableMapping

import pandas as pd

from simulations.data.uploads import uploaded_file
from simulations.run import estimate
from simulations.run.config import SimulationConfig
from simulations.run.executors import run_grid

__all__ = ["fit_once", "fitted_to_file", "simulate_upload"]


def simulate_upload(data: bytes, name: str, settings: dict, round_progress=None) -> pd.DataFrame:
    """Curves simulated on the uploaded file: ``settings`` are SimulationConfig keywords (no data set)."""
    with uploaded_file(data, name) as path:
        config = SimulationConfig(datasets=("file",), data_file=str(path), **settings)
        config.validate()
        return run_grid(config, workers=None, round_progress=round_progress)  # on the machine's cores


def fitted_to_file(name: str, pool_rows: int, classes: int, settings: dict) -> dict | None:
    """Settings fitted to a file too small for ``settings`` (``initial``, ``batch_size``, ``rounds``), with a
    ``note`` saying why; None when the file holds enough rows for them."""
    need = int(settings["initial"]) + int(settings["batch_size"]) * int(settings["rounds"])
    if need <= pool_rows:
        return None
    fitted = estimate.fitted_settings(pool_rows, classes)
    return dict(fitted, note=estimate.fitting_note(name, pool_rows, need, fitted))


def fit_once(values: MutableMapping, digest: str, name: str, facts, settings: dict) -> str | None:
    """The page's simulation settings fitted to a labeled file once: the first time the file ``digest`` (``name``,
    ``facts`` its ``(rows, pool rows, classes)``, ``None`` when it cannot be read) is too small for ``settings``,
    its fitted settings (:func:`fitted_to_file`) replace them in ``values`` (the page's state, changed in place), so
    what the user types afterwards stands. Returns the note to show while that file is the one fitted, else None."""
    if facts is not None and values.get("fitted_for") != digest:
        fitted = fitted_to_file(name, facts[1], facts[2], settings)
        if fitted:
            values.update(fitted_for=digest, fitted_note=fitted.pop("note"), **fitted)
    return values.get("fitted_note") if facts is not None and values.get("fitted_for") == digest else None
