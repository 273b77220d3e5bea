"""Extract LCDB 1.0 accuracy learning curves into a compact Parquet table.

LCDB 1.0 (Mohr, Viering, Loog, van Rijn 2022, "LCDB 1.0: An Extensive Learning Curves Database for Classification
Tasks") ships, inside its PyPI source archive (``lcdb==0.1.0``), the file ``lcdb/database-accuracy.csv`` with one row
per (data set, learner, train-size anchor, outer seed, inner seed):

==============  ===========================================================
openmlid        OpenML data set id
learner         scikit-learn learner name (``SVC_linear``, ``sklearn.tree...``)
size_train      anchor: number of labelled training examples (grows by ~sqrt 2)
size_test       size of the outer test split
outer_seed      seed of the outer split (learn vs. test)
inner_seed      seed of the inner split (train vs. validation) and subsample
traintime       fit time in seconds
score_train     accuracy on (up to 1000 of) the training examples
score_valid     accuracy on the inner validation split
score_test      accuracy on the outer test split
==============  ===========================================================

This script keeps ``score_test`` (``score_valid`` where the test score is missing) as the curve's accuracy and writes
``benchmarks/.data/lcdb_curves.parquet`` with columns ``openmlid, learner, seed, n_train, accuracy`` where
``seed = 1000 * outer_seed + inner_seed`` identifies one run.

The OpenML ids in ``shared/lcdb_holdout.txt`` are reserved for independent evaluation: their rows are dropped chunk by
chunk as the CSV is streamed, before anything else looks at them, and the script asserts none remain.

Usage (from the repository root; deterministic, ~1-2 minutes on one core)::

    nice -n 10 .venv/bin/python benchmarks/calibration/lcdb_extract.py

Options: ``--cache DIR`` (sdist cache, default ``benchmarks/.data/lcdb_sdist``), ``--holdout FILE`` (default
``../shared/lcdb_holdout.txt``), ``--out FILE`` (default ``benchmarks/.data/lcdb_curves.parquet``).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks" / "forecast"))
from files import write_whole  # noqa: E402
from split import HOLDOUT_FILE, holdout_ids  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
LCDB_SPEC = "lcdb==0.1.0"  # LCDB 1.0 as released on PyPI
MEMBER = "lcdb/database-accuracy.csv"
USECOLS = ["openmlid", "learner", "size_train", "outer_seed", "inner_seed", "score_valid", "score_test"]


def ensure_sdist(cache: Path) -> Path:
    """Download the lcdb source archive into ``cache`` unless already there."""
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(p for p in cache.iterdir() if p.name.startswith("lcdb") and p.suffix in (".gz", ".zip"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "--no-binary", ":all:", LCDB_SPEC, "-d", str(cache)],
                       check=True)
        found = sorted(p for p in cache.iterdir() if p.name.startswith("lcdb") and p.suffix in (".gz", ".zip"))
    if not found:
        raise OSError(f"no lcdb archive in {cache}")
    return found[-1]


def open_member(archive: Path):
    """Binary stream of ``database-accuracy.csv`` inside a tar.gz or zip sdist."""
    if archive.suffix == ".zip":
        zf = zipfile.ZipFile(archive)
        name = next(n for n in zf.namelist() if n.endswith(MEMBER))
        return zf.open(name)
    tf = tarfile.open(archive, "r:gz")
    member = next(m for m in tf.getmembers() if m.name.endswith(MEMBER))
    return tf.extractfile(member)


def extract(archive: Path, holdout: set[int], chunksize: int = 500_000) -> pd.DataFrame:
    """Stream the accuracy CSV, dropping held-out data sets chunk by chunk."""
    parts = []
    n_raw = 0
    with open_member(archive) as raw:
        reader = pd.read_csv(io.BufferedReader(raw), usecols=USECOLS,
                             chunksize=chunksize,
                             dtype={"learner": "category"})
        for chunk in reader:
            n_raw += len(chunk)
            # Held-out data sets go first, before any other use of the rows.
            chunk = chunk[~chunk["openmlid"].isin(holdout)]
            acc = chunk["score_test"].where(chunk["score_test"].notna(), chunk["score_valid"])
            out = pd.DataFrame({"openmlid": chunk["openmlid"].astype(np.int32), "learner": chunk["learner"].astype(str),
                                "seed": (1000 * chunk["outer_seed"] + chunk["inner_seed"]).astype(np.int32),
                                "n_train": chunk["size_train"].astype(np.int32), "accuracy": acc.astype(np.float32)})
            parts.append(out[out["accuracy"].notna()])
    df = pd.concat(parts, ignore_index=True)
    assert not df["openmlid"].isin(holdout).any(), "held-out data set leaked"
    # Exact duplicate measurements (same run, same anchor) are averaged.
    df = (df.groupby(["openmlid", "learner", "seed", "n_train"], sort=True)["accuracy"]
            .mean().astype(np.float32).reset_index())
    df["learner"] = df["learner"].astype("category")
    df.attrs["n_raw"] = n_raw
    return df


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=DATA / "lcdb_sdist")
    ap.add_argument("--holdout", type=Path, default=HOLDOUT_FILE)
    ap.add_argument("--out", type=Path, default=DATA / "lcdb_curves.parquet")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    holdout = holdout_ids(args.holdout)   # OpenML ids reserved for evaluation (one per line, ``#`` comments)
    if not holdout:
        raise SystemExit(f"no held-out ids found in {args.holdout}")
    archive = ensure_sdist(args.cache)
    df = extract(archive, holdout)
    assert not df["openmlid"].isin(holdout).any()
    write_whole(args.out, lambda tmp: df.to_parquet(tmp, index=False))
    curves = df.groupby(["openmlid", "learner"], observed=True)
    anchors = curves["n_train"].nunique()
    print(df.head())
    print(f"archive {archive.name}; {df.attrs['n_raw']} raw rows; "
          f"{len(holdout)} held-out ids dropped")
    print(f"{df['openmlid'].nunique()} data sets, {df['learner'].nunique()} learners, "
          f"{curves.ngroups} curves (data set x learner), "
          f"{df.groupby(['openmlid', 'learner', 'seed'], observed=True).ngroups} seed-runs, "
          f"{len(df)} rows; anchors per curve median {anchors.median():.0f} "
          f"(min {anchors.min()}, max {anchors.max()}); "
          f"n_train {df['n_train'].min()}..{df['n_train'].max()}")
    print(f"wrote {args.out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
