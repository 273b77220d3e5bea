"""Forecasters side by side on the rows ``evaluate_curves.py`` stored, per prefix and per kind of curve.

Reads ``benchmarks/.data/forecast/curves_<source>_<part>_<tag>_acc.parquet`` (and ``_labels``) of each
``--tags`` entry (runs of ``evaluate_curves.py --tag <tag>``, e.g. the shipped forecast and the plain ``pow3`` and
``mmf4`` baselines of ``baselines.py``) and prints two markdown tables, nothing refitted:

* **by prefix**: per prefix (``frac8`` = 1/8 of the budget or of the largest size, ``frac4`` = 1/4) the median
  absolute accuracy error and the 80% coverage of accuracy at n, over every truth row after the prefix and over
  the rows at 8x the prefix's last count (``ratio`` in [:data:`AT8_LO`, :data:`AT8_HI`]: LCDB's rounded anchors,
  and for a 1/8 prefix the end of the curve), each forecaster beside the others; ``best`` names the least median, and the last column gives the first
  forecaster's median less the least of the others' with a bootstrap standard error resampling data sets;
* **by kind** (the first tag): 80% coverage of accuracy at n and of labels to target, per kind of curve: the
  prefix's regime (rising / levelling), imbalanced tasks (the spec table's family ``imbalanced``, or a simulator
  config named ``imb``), tree ensembles (forests, extra trees, gradient boosting), neural learners, the rest.

Usage::

    .venv/bin/python benchmarks/forecast/compare_forecasters.py --source lcdb --tags base-default,base-pow3,base-mmf4
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE.parents[1] / "benchmarks" / ".data" / "forecast"
PREFIXES = ("frac8", "frac4")
AT8_LO, AT8_HI = 7.0, 8.6
BOOT = 200
ENSEMBLE = re.compile(r"(rf\d|randomforest|extratree|gradientboost|^gb\d|^hgb|histgradient)", re.I)


def _imbalanced_keys() -> set[str]:
    with open(HERE / "corpus_specs.csv", newline="") as f:
        return {f"skl:{r['name']}" for r in csv.DictReader(f) if r["family"] == "imbalanced"}


def kinds_of(row: pd.Series, imbalanced: set[str]) -> list[str]:
    """The kinds a scored row belongs to (a row can be of several: its regime, and what its task and learner are)."""
    key, learner = str(row["key"]), str(row["learner"])
    name = re.sub(r"^skl:v\d+_", "skl:", key)
    out = [str(row["regime"])]
    if name in imbalanced or (key.startswith("sim:") and "imb" in key):
        out.append("imbalanced")
    if ENSEMBLE.search(learner.split(".")[-1]):
        out.append("tree ensemble")
    if row["family"] == "neural":
        out.append("neural")
    if len(out) == 1:
        out.append("other learners")
    return out


def by_prefix(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per (prefix, rows) with each forecaster's median |error|, coverage and row count."""
    out = []
    for prefix in PREFIXES:
        for rows_name in ("all after the prefix", "at 8x"):
            row = {"prefix": prefix, "rows": rows_name}
            best, best_v = "", np.inf
            for tag, acc in frames.items():
                a = acc[acc["prefix_kind"] == prefix]
                if rows_name == "at 8x":
                    a = a[(a["ratio"] >= AT8_LO) & (a["ratio"] <= AT8_HI)]
                med = float(a["abs_err"].median()) if len(a) else np.nan
                row[f"{tag} n"] = int(len(a))
                row[f"{tag} MAE"] = med
                row[f"{tag} cov80"] = float(a["covered"].mean()) if len(a) else np.nan
                if np.isfinite(med) and med < best_v:
                    best, best_v = tag, med
            row["best"] = best
            row["first - best other (SE)"] = _gap(frames, prefix, rows_name)
            out.append(row)
    return pd.DataFrame(out)


def _rows_of(acc: pd.DataFrame, prefix: str, rows_name: str) -> pd.DataFrame:
    a = acc[acc["prefix_kind"] == prefix]
    return a[(a["ratio"] >= AT8_LO) & (a["ratio"] <= AT8_HI)] if rows_name == "at 8x" else a


def _gap(frames: dict[str, pd.DataFrame], prefix: str, rows_name: str, boot: int = BOOT, seed: int = 0) -> str:
    """The first forecaster's median |error| less the least of the others', with a bootstrap standard error that
    resamples data sets (``key``): rows of one data set move together."""
    tags = list(frames)
    parts = [_rows_of(frames[t], prefix, rows_name) for t in tags]
    if len(tags) < 2 or any(p.empty for p in parts):
        return "-"

    def stat(ps):
        return float(ps[0]["abs_err"].median() - min(p["abs_err"].median() for p in ps[1:]))

    keys = np.array(sorted(set(parts[0]["key"])))
    groups = [{k: g for k, g in p.groupby("key")} for p in parts]
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), 0xC0DE]))
    draws = []
    for _ in range(boot):
        pick = rng.choice(keys, size=keys.size, replace=True)
        ps = [pd.concat([g[k] for k in pick if k in g]) for g in groups]
        draws.append(stat(ps))
    return f"{stat(parts):+.5f} ({np.std(draws, ddof=1):.5f})"


def by_kind(acc: pd.DataFrame, lab: pd.DataFrame) -> pd.DataFrame:
    """80% coverage of accuracy and of labels to target per kind of curve, over every prefix and per prefix."""
    imb = _imbalanced_keys()
    out = []
    tagged = []
    for df in (acc, lab):
        k = df.apply(lambda r: kinds_of(r, imb), axis=1) if len(df) else pd.Series([], dtype=object)
        tagged.append(df.assign(kind=k).explode("kind") if len(df) else df.assign(kind=[]))
    a, lab_k = tagged
    for kind in sorted(set(a["kind"].dropna()) | set(lab_k["kind"].dropna())):
        for prefix in ("all",) + PREFIXES:
            aa = a[(a["kind"] == kind) & ((a["prefix_kind"] == prefix) | (prefix == "all"))]
            ll = lab_k[(lab_k["kind"] == kind) & ((lab_k["prefix_kind"] == prefix) | (prefix == "all"))]
            out.append({"kind": kind, "prefix": prefix, "cases": int(aa["case_id"].nunique()),
                        "acc rows": int(len(aa)), "acc cov80": float(aa["covered"].mean()) if len(aa) else np.nan,
                        "lab rows": int(len(ll)), "lab cov80": float(ll["covered"].mean()) if len(ll) else np.nan,
                        "acc MAE": float(aa["abs_err"].median()) if len(aa) else np.nan})
    return pd.DataFrame(out)


def to_markdown(df: pd.DataFrame) -> str:
    def cell(v):
        if isinstance(v, float):
            return "-" if not np.isfinite(v) else (f"{v:.5f}" if abs(v) < 0.1 else f"{v:.3f}")
        return str(v)
    lines = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in df.itertuples(index=False)]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", required=True, help="the --source of the evaluate_curves.py runs (e.g. lcdb, skl)")
    ap.add_argument("--part", default="selection")
    ap.add_argument("--tags", required=True, help="comma-separated --tag values of the runs, the shipped one first")
    ap.add_argument("--dir", type=Path, default=OUT_DIR, help="where the runs' rows are")
    args = ap.parse_args(argv)
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    frames, labels = {}, {}
    for tag in tags:
        stem = args.dir / f"curves_{args.source}_{args.part}_{tag}"
        try:
            frames[tag] = pd.read_parquet(f"{stem}_acc.parquet")
            labels[tag] = pd.read_parquet(f"{stem}_labels.parquet")
        except (OSError, ValueError) as exc:
            print(f"--tags {tag}: no rows at {stem}_acc.parquet ({str(exc).splitlines()[0]}): run evaluate_curves.py "
                  f"--source {args.source} --part {args.part} --tag {tag} first", file=sys.stderr)
            return 2
    print(f"## {args.source} / {args.part}: by prefix\n")
    print(to_markdown(by_prefix(frames)))
    print(f"\n## {args.source} / {args.part}: 80% coverage by kind ({tags[0]})\n")
    print(to_markdown(by_kind(frames[tags[0]], labels[tags[0]])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
