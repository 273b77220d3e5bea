"""One table of the forecast's targets per stratum, from evaluate_curves.py's stored rows.

The truth each forecast promises: a seed-means curve is scored against the mean of the other runs (``--truth mean``),
a single run against its own continuation (``--truth same``, one campaign). Reads the rows that
``evaluate_curves.py --tag TAG`` and ``--tag TAG-same`` wrote for each source and prints markdown: 80% coverage of
accuracy at n and of labels to target, median absolute accuracy error, labels within 2x and wrongly "unreachable", per
extrapolation ratio, regime (rising / levelling off), runs (seed means / single run), learner family, their crossings
with the ratio, (rows that carry it) the planner's own calibration group (``few``: a young curve) and the family
crossed with young or grown, and, as a diagnostic, whether the truth is a perfect test score.

Usage::

    .venv/bin/python benchmarks/forecast/summarize.py --part selection --tag v2
    .venv/bin/python benchmarks/forecast/summarize.py --part report --tag s23-report,s24-report --sources skl
    # several tags: their rows pooled (one design's reports, each run once); a data set in two of them is refused
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [p for p in (str(ROOT), str(Path(__file__).resolve().parent)) if p not in sys.path]

from planner.forecast.regime import curve_age  # noqa: E402

DATA = ROOT / "benchmarks" / ".data" / "forecast"
#: A truth at or above this accuracy is a perfect score on its test set (test sets hold at most ~2,000 examples).
PERFECT = 0.9995


def rows(source: str, part: str, tag: str, kind: str) -> pd.DataFrame:
    mean = pd.read_parquet(DATA / f"curves_{source}_{part}_{tag}_{kind}.parquet")
    same = pd.read_parquet(DATA / f"curves_{source}_{part}_{tag}-same_{kind}.parquet")
    out = pd.concat([mean[mean["single_run"] == "seed means"], same[same["single_run"] == "single run"]])
    out["source"] = source
    return out


def pooled_rows(source: str, part: str, tags: list[str], kind: str) -> pd.DataFrame:
    """:func:`rows` of several runs' tags, concatenated; a data set scored under two of them would count twice,
    so it raises ``ValueError`` naming it."""
    parts = [rows(source, part, t, kind) for t in tags]
    seen: dict[str, str] = {}
    for t, df in zip(tags, parts):
        for k in sorted(set(df["key"])):
            if k in seen:
                raise ValueError(f"data set {k} is in the rows of tag {seen[k]!r} and of tag {t!r}: pool tags of "
                                 "different data sets")
            seen[k] = t
    return pd.concat(parts, ignore_index=True)


def table(acc: pd.DataFrame, lab: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    a = acc.groupby(by, observed=True).agg(acc_rows=("covered", "size"), acc_cov80=("covered", "mean"),
                                           acc_mae=("abs_err", "median"))
    if "covered_strict" in acc.columns:   # the count without evaluate_curves.RESOLUTION
        a.insert(2, "acc_cov80_strict", acc.groupby(by, observed=True)["covered_strict"].mean())
    fin = lab[lab["truth_finite"]]
    if all(c in lab.columns for c in by):
        labs = lab.groupby(by, observed=True).agg(lab_rows=("covered", "size"), lab_cov80=("covered", "mean"),
                                                  within_2x=("within2x", "mean"))
        wrong = fin.groupby(by, observed=True)["wrong_unreach"].mean().rename("wrongly_unreachable")
        a = a.join(labs, how="outer").join(wrong, how="left")
    return a.round(3)


def at_8x(acc: pd.DataFrame, lab: pd.DataFrame, decimals: int | None = 3) -> pd.DataFrame:
    """The "LCDB at 8x" targets: the prefix of every anchor up to 1/8 of the largest size (``frac8``), scored at its
    largest count (accuracy) and on its targets (labels), per source; rounded to ``decimals`` (``None``: unrounded)."""
    a = acc[acc["prefix_kind"] == "frac8"]
    a = a[a["n"] == a.groupby("case_id")["n"].transform("max")]
    every = lab[lab["prefix_kind"] == "frac8"]
    fin = every[every["truth_finite"]]
    out = a.groupby("source").agg(cases=("case_id", "nunique"), acc_mae=("abs_err", "median"),
                                  acc_cov80=("covered", "mean"))
    # within 2x over every target (one beyond the horizon counts when the forecast says so too); and over the
    # targets the truth reaches
    out = out.join(every.groupby("source").agg(targets=("within2x", "size"), within_2x=("within2x", "mean")))
    out = out.join(fin.groupby("source").agg(within_2x_reached=("within2x", "mean"),
                                             wrongly_unreachable=("wrong_unreach", "mean")), how="left")
    return out if decimals is None else out.round(decimals)


def markdown(df: pd.DataFrame) -> str:
    """A markdown table without tabulate (not a dependency)."""
    df = df.reset_index()
    cells = [[("" if pd.isna(v) else f"{v:.3f}" if isinstance(v, float) else str(v)) for v in r] for r in df.to_numpy()]
    head = "| " + " | ".join(map(str, df.columns)) + " |"
    return "\n".join([head, "|" + "---|" * len(df.columns)] + ["| " + " | ".join(r) + " |" for r in cells])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="selection")
    ap.add_argument("--tag", default="v2", help="evaluate_curves.py's tag, or several, comma-separated: their rows "
                                                 "pooled")
    ap.add_argument("--sources", default="lcdb,sim,skl")
    args = ap.parse_args(argv)
    tags = [t.strip() for t in args.tag.split(",") if t.strip()]
    try:
        acc = pd.concat([pooled_rows(s, args.part, tags, "acc") for s in args.sources.split(",")])
        lab = pd.concat([pooled_rows(s, args.part, tags, "labels") for s in args.sources.split(",")])
    except (OSError, ValueError) as exc:
        print(f"--tag {args.tag}: {exc}", file=sys.stderr)
        return 2
    # a labels row's ratio is the truth's labels over the data: the same bins as accuracy's
    strata = [["source"], ["source", "stratum_ratio"], ["source", "regime"], ["source", "single_run"],
              ["source", "family"], ["source", "stratum_ratio", "regime"], ["source", "stratum_ratio", "single_run"]]
    if "group" in acc.columns:   # the planner's own calibration group (rise / level / few = young)
        strata.append(["source", "group"])
        # young (few points) or grown, per learner family: where the spread strata generalize least
        for df in (acc, lab):
            if "group" in df.columns:
                df["age"] = df["group"].map(curve_age).replace({"few": "young"})
        strata.append(["source", "family", "age"])
    # a diagnostic, not a target's stratum: truths measured at a perfect score (every test example right), which
    # no draw below 100% can cover
    acc = acc.assign(truth_level=acc["truth"].ge(PERFECT).map({True: "perfect (100%)", False: "below 100%"}))
    strata.append(["source", "truth_level"])
    for by in strata:
        print(f"\n### by {' x '.join(by)}\n")
        print(markdown(table(acc, lab, by)))
    print("\n### at 8x (prefix up to 1/8 of the largest size, scored at the largest; targets 0.010 / 0.55 / 0.10)\n")
    print(markdown(at_8x(acc, lab)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
