"""Curves simulated on a user's uploaded labeled file, as on a proxy data set (the page's "Upload labeled pilot data").

The file is read through :func:`simulations.data.uploads.uploaded_file`, so
every message names the user's file, never a temporary path.
"""

from __future__ import annotations

import pandas as pd

from simulations.data.uploads import uploaded_file
from simulations.run.config import SimulationConfig

__all__ = ["simulate_upload"]


def simulate_upload(data: bytes, name: str, settings: dict, round_progress=None) -> pd.DataFrame:
    """Curves simulated on the uploaded file: ``settings`` are SimulationConfig keywords (no data set)."""
    from simulations.run.executors import run_grid

    with uploaded_file(data, name) as path:
        config = SimulationConfig(datasets=("file",), data_file=str(path), **settings)
        config.validate()
        return run_grid(config, round_progress=round_progress)
