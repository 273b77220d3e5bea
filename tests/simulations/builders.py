"""What the simulator's tests build again and again: small labeled files, grid files, configs, and the checks
of a refusal and of two curves tables that must agree."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from simulations.results.schema import CURVE_COLUMNS
from simulations.run.config import SimulationConfig

#: The wall-clock columns of a curves table: the only ones two runs of the same spec may differ in.
TIMINGS = ["train_seconds", "query_seconds"]
#: A grid small enough for a test: digits, logreg, 20 labels then 3 rounds of 10.
SMALL = dict(datasets=("digits",), model="logreg", initial=20, batch_size=10, rounds=3)


def small_config(strategies=("random",), seeds=(0,), **changes) -> SimulationConfig:
    """A :data:`SMALL` config of ``strategies`` and ``seeds``, with ``changes`` over it."""
    return SimulationConfig(strategies=tuple(strategies), seeds=tuple(seeds), **{**SMALL, **changes})


def same_curves(a: pd.DataFrame, b: pd.DataFrame, **check) -> None:
    """Equal, value for value, in every column but the wall-clock timings."""
    pd.testing.assert_frame_equal(a.drop(columns=TIMINGS), b.drop(columns=TIMINGS), **{"check_exact": True, **check})


def same_table(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Both are curves tables (``CURVE_COLUMNS``) and equal in every column but the wall-clock timings."""
    assert tuple(a.columns) == tuple(b.columns) == CURVE_COLUMNS
    same_curves(a, b)


def labeled_csv(path: Path, n: int = 120, *, label: str = "label", seed: int = 0) -> Path:
    """A two-class table of ``n`` rows at ``path``: features ``f1`` (shifted by the class) and ``f2``."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    pd.DataFrame({"f1": rng.normal(size=n) + y, "f2": rng.normal(size=n), label: y}).to_csv(path, index=False)
    return path


def write(path: Path, text: str) -> Path:
    """``text`` written at ``path``; the path."""
    path.write_text(text)
    return path


def cli_refusal(capsys, argv, *absent: Path) -> str:
    """``alplan argv`` exits 2 with one line on stderr, no traceback, and none of ``absent`` exists; that line."""
    from planner.cli import main

    rc = main([str(a) for a in argv])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert not [p for p in absent if Path(p).exists()]
    return err


def fixed_dropout(monkeypatch) -> list:
    """Dropout masks drawn from numbered generators (the n-th draw's from ``default_rng(n)``) in place of each
    run's own stream; the first run's masks, in the order drawn."""
    import simulations.learners.batched as batched

    drawn = []

    def fixed_masks(rngs, shape, p):
        keep = np.random.default_rng(len(drawn)).random((len(rngs),) + tuple(shape)) >= p
        drawn.append(keep[0])
        return keep

    monkeypatch.setattr(batched, "dropout_bits", fixed_masks)
    return drawn
