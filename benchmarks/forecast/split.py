"""The evaluation corpus's split by data set: calibration, selection, report.

Every curve of one data set lies in one part. Keys name a data set, never a learner or a strategy: ``lcdb:<openmlid>``
for LCDB 1.0, ``skl:<name>`` for the independent scikit-learn AL truth (``sk_truth.py``), ``sim:<name>`` for the
simulator's own curves.

* ``skl:`` keys: the ``part`` column of the spec table (``benchmarks/forecast/corpus_specs.csv``), fixed when each
  data set was added, before anything was fitted or chosen on it. A key written with the batch in front of the name
  (``skl:v31_coprime``) reads the same row.
* other keys: ``PARTS[sha256(SALT + key) mod 10]``: digits 0-4 calibration (50%), 5-7 selection (30%), 8-9 report
  (20%).

The LCDB ids of ``shared/lcdb_holdout.txt`` are in no part: they are reserved for evaluation outside this project
(:func:`part` refuses them). Every reader computes a data set's part from its key at read time (a ``part`` column
stored in a curves table is ignored).

Usage::

    .venv/bin/python benchmarks/forecast/split.py lcdb:3 skl:wine sim:digits
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from functools import lru_cache
from pathlib import Path

SALT = "alplan-forecast-split-v8:"
PARTS = ("calibration",) * 5 + ("selection",) * 3 + ("report",) * 2
ROOT = Path(__file__).resolve().parents[2]
HOLDOUT_FILE = ROOT.parent / "shared" / "lcdb_holdout.txt"
SPECS_CSV = Path(__file__).resolve().parent / "corpus_specs.csv"


def _hash(salt: str, key: str) -> int:
    return int(hashlib.sha256((salt + key).encode()).hexdigest(), 16)


@lru_cache(maxsize=1)
def corpus_parts(path: Path = SPECS_CSV) -> dict[str, str]:
    """``skl:<name>`` -> part, for every row of the spec table."""
    with open(path, newline="") as f:
        return {f"skl:{r['name']}": r["part"] for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def corpus_batches(path: Path = SPECS_CSV) -> dict[str, int]:
    """``skl:<name>`` (and the key with the batch in front, ``skl:v<N>_<name>``) -> the set's batch."""
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    out = {f"skl:{r['name']}": int(r["batch"]) for r in rows}
    out.update({f"skl:v{r['batch']}_{r['name']}": int(r["batch"]) for r in rows if int(r["batch"])})
    return out


def part(key: str) -> str:
    """``"calibration"``, ``"selection"`` or ``"report"`` for a data-set key such as ``lcdb:3``."""
    key = str(key)
    if key.startswith("lcdb:") and key[5:] in {str(i) for i in holdout_ids()}:
        raise ValueError(f"{key} is an LCDB holdout id (shared/lcdb_holdout.txt): never used here")
    if key.startswith("skl:"):
        parts = corpus_parts()
        name = key if key in parts else re.sub(r"^skl:v\d+_", "skl:", key)
        if name in parts:
            return parts[name]
    return PARTS[_hash(SALT, key) % 10]


def key_of(name: str, source: str) -> str:
    """The split key of a data-set name of ``source``: ``name`` itself when it already is ``source:...``."""
    name = str(name)
    return name if name.startswith(f"{source}:") else f"{source}:{name}"


def holdout_ids(path: Path = HOLDOUT_FILE) -> set[int]:
    """The LCDB ids reserved for independent evaluation (empty when the file is absent)."""
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(int(line))
    return out


if __name__ == "__main__":
    for k in sys.argv[1:]:
        print(k, part(k))
