"""Fit and screen a layer on the forecast's spread table per stratum (rounds 44 and 45; not adopted).

The shipped spread table (``planner/data/spread.csv``) was fitted in rounds 10-19 on the corpus of that time.
This layer corrects it per stratum (the first of :func:`planner.forecast.draws.spread_keys` the shipped table
holds for a curve: kind, young / levelling / rising, seed means or a single run, neural or not) and per ratio knot,
fitted as round 39's family layer is (:func:`family_layer.fit_strata`: the shift is the median of ``y - m`` in
logits, the factors the split-conformal 90% points times 1.05) on rows of the **shipped design**: the base
forecast's stored rows (the reports scored before any layer, or the no-layer runs beside later ones) moved by
the shipped family table where the planner applies it (:func:`planner.forecast.draws.takes_family_layer`), so the
layer corrects what the family layer leaves. A stratum's layer composes with its row of the spread table at the
same knots (shifts add, factors multiply: :func:`planner.forecast.draws.compose_spread`), so a candidate runs through
the planner as a spread table with the layer folded in (:func:`compose_into_spread`, ``--write``), written to
``--out``, a work tree's ``planner/data/spread.csv``.

Candidates (``benchmarks/plans/round44.md``): R0 (no regime layer: the shipped design), R1 (the shifts alone), R2
(shifts and factors). :func:`choose44` applies the plan's accuracy screen on the selection rows; the labels check
of the pick needs the draws (``evaluate_curves.py`` with the pick's table in place).

Usage (round 44)::

    .venv/bin/python benchmarks/forecast/regime_layer.py \\
        --fit-tags s39-report,s40-report,s41-report,s42-report,s43-report,s44-report,s45-report \\
        --check-tags s46L0-report,s47L0-report,s49L0-report,s50L0-report --check-shipped-tags s51-report \\
        [--write R1 --out <work tree>/planner/data/spread.csv]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from family_layer import BAND, SCALE, apply_layer, fit_strata, move_rows, write_table  # noqa: E402
from planner.forecast.draws import (  # noqa: E402
    load_spread,
    spread_from_frame,
    spread_keys,
    takes_family_layer,
)
from spread import deviations  # noqa: E402
from summarize import pooled_rows, strata_cells  # noqa: E402

#: The layer's table: one row per spread stratum (a key of ``planner/data/spread.csv``) and knot.
COLUMNS = ("stratum", "ratio", "shift", "low", "high", "n_rows", "n_datasets")
SPREAD_TABLE = ROOT / "planner" / "data" / "spread.csv"
FAMILY_TABLE = ROOT / "planner" / "data" / "family_spread.csv"
#: Round 44's cells: a learner counts when its rows come from at least this many data sets.
MIN_LEARNER_SETS = 5
#: Round 44's allowance on the median absolute error beyond 4x.
ERROR_ALLOWANCE = 0.0005
#: Round 44's order among ties: the smaller change first.
ROUND44_ORDER = ("R1", "R2")


def with_stratum(acc: pd.DataFrame, table: dict | None = None) -> pd.DataFrame:
    """``acc`` with a ``stratum`` column: the spread stratum the planner reads for each row's curve (the first of
    :func:`spread_keys` for its kind, regime group, runs and whether its learner is neural that ``table``, default
    the shipped spread table, holds; ``""`` where none)."""
    table = load_spread() if table is None else table
    out = acc.copy()
    runs = np.where(out["runs"].to_numpy() >= 2, "seeds", "single")
    keys = [next((k for k in spread_keys(str(kd), str(g), r, neural=fam == "neural") if k in table), "")
            for kd, g, r, fam in zip(out["kind"], out["group"], runs, out["family"])]
    out["stratum"] = keys
    return out


def shipped_rows(tags: str, part: str = "report", *, family_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The stored accuracy rows of ``tags`` (scored without the family layer) moved by the shipped family table as
    the planner applies it: the shipped design's rows."""
    table = pd.read_csv(FAMILY_TABLE) if family_table is None else family_table
    return apply_layer(pooled_rows("skl", part, split_tags(tags), "acc"), table, takes_family_layer)


def fit_regime_layer(acc: pd.DataFrame, *, min_rows: int = 100, min_datasets: int = 5, factors: bool = True,
                     scale: float = SCALE) -> pd.DataFrame:
    """The layer's table (:data:`COLUMNS`) fitted on the shipped design's rows:
    :func:`family_layer.fit_strata` by spread stratum. Without ``factors`` every factor is 1 (R1)."""
    a = deviations(with_stratum(acc))
    rows = fit_strata(a, "stratum", min_rows=min_rows, min_datasets=min_datasets, factors=factors, scale=scale)
    return pd.DataFrame(rows, columns=list(COLUMNS))


def apply_regime_layer(acc: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """``acc``'s rows moved by the regime layer ``table`` of their stratum."""
    return move_rows(with_stratum(acc), spread_from_frame(table, scale=1.0), "stratum")


def compose_into_spread(layer: pd.DataFrame, spread: pd.DataFrame) -> pd.DataFrame:
    """``spread`` (a spread table as ``planner/data/spread.csv`` stores it) with ``layer`` folded into the rows of its
    strata: the factors multiplied, the shifts added (an absent or blank shift is 0). The planner reads the result
    as :func:`~planner.forecast.draws.compose_spread` of the two."""
    out = spread.copy()
    shift = out["shift"].fillna(0.0) if "shift" in out.columns else pd.Series(0.0, index=out.index)
    at = {(str(r.stratum), round(float(r.ratio), 4)): r for r in layer.itertuples(index=False)}
    for i, row in out.iterrows():
        own = at.get((str(row["stratum"]), round(float(row["ratio"]), 4)))
        if own is not None:
            out.loc[i, "low"] = row["low"] * own.low
            out.loc[i, "high"] = row["high"] * own.high
            shift[i] = shift[i] + own.shift
    out["shift"] = shift
    return out


def score44(acc: pd.DataFrame, *, min_learner_sets: int = MIN_LEARNER_SETS) -> dict:
    """Round 44's numbers: the coverage of every cell (the issue's 8 strata, then each learner with rows from at
    least ``min_learner_sets`` data sets), how many are in :data:`BAND`, the pooled coverage, and the median
    absolute error beyond 4x; beside them, the shares of rows beyond 2x whose truth lies above the 90% point and
    below the 10% point."""
    cells = strata_cells(acc)
    cells |= {f"learner={k}": float(g["covered"].mean()) for k, g in acc.groupby("learner", sort=True)
              if g["key"].nunique() >= min_learner_sets}
    far = acc[acc["ratio"] > 4.0]
    beyond2 = acc[acc["ratio"] > 2.0]
    return {"cells": cells, "in_band": sum(BAND[0] <= v <= BAND[1] for v in cells.values()),
            "pooled": float(acc["covered"].mean()), "mae_beyond_4x": float(far["abs_err"].median()),
            "above_90": float((beyond2["truth"] > beyond2["q90"]).mean()),
            "below_10": float((beyond2["truth"] < beyond2["q10"]).mean())}


def choose44(scores: dict[str, dict], *, allowance: float = ERROR_ALLOWANCE,
             order: tuple[str, ...] = ROUND44_ORDER) -> str:
    """Round 44's accuracy screen (``benchmarks/plans/round44.md``): a candidate qualifies with (a) pooled coverage
    in the band, (b) at least as many cells in band as R0 and (c) a median absolute error beyond 4x at most R0's +
    ``allowance``. Of those, the most cells in band, then the lower error; a tie to the earlier of ``order``
    (:data:`ROUND44_ORDER`; round 46's level layer: ``("V1", "V2")``). ``R0`` when none qualifies."""
    base = scores["R0"]
    ok = [k for k in order if k in scores
          and BAND[0] <= scores[k]["pooled"] <= BAND[1]
          and scores[k]["in_band"] >= base["in_band"]
          and scores[k]["mae_beyond_4x"] <= base["mae_beyond_4x"] + allowance]
    if not ok:
        return "R0"
    return min(ok, key=lambda k: (-scores[k]["in_band"], round(scores[k]["mae_beyond_4x"], 6), order.index(k)))


def screen_rows(fit_tags: str, check_tags: str, check_shipped_tags: str,
                check_part: str = "report") -> tuple[pd.DataFrame, pd.DataFrame]:
    """A screen's rows: the fit part's (``fit_tags``, scored without the family layer, moved by it:
    :func:`shipped_rows`) and the checked ones (``check_tags`` likewise, ``check_shipped_tags`` as stored), stored
    under ``check_part``. ``ValueError`` (one line) without checked rows or with a data set on both sides."""
    fit_rows = shipped_rows(fit_tags)
    parts = ([shipped_rows(check_tags, check_part)] if check_tags else []) + (
        [pooled_rows("skl", check_part, split_tags(check_shipped_tags), "acc")] if check_shipped_tags else [])
    if not parts:
        raise ValueError("give --check-tags or --check-shipped-tags: the rows the screen reads")
    check = pd.concat(parts, ignore_index=True)
    both = sorted(set(fit_rows["key"]) & set(check["key"]))
    if both:
        raise ValueError(f"data set {both[0]} is in both the fitted and the checked rows: check on other sets")
    return fit_rows, check


def split_tags(tags: str) -> list[str]:
    """``"a,b, c"`` -> ``["a", "b", "c"]`` (blanks dropped)."""
    return [t.strip() for t in tags.split(",") if t.strip()]


def print_scores(scores: dict[str, dict]) -> None:
    """The screen's table: each cell's coverage per candidate, then the counts and errors the rule reads."""
    names = list(scores["R0"]["cells"])
    print("| cell | " + " | ".join(scores) + " |\n|---|" + "---:|" * len(scores))
    for c in names:
        print(f"| {c} | " + " | ".join(f"{scores[k]['cells'][c]:.3f}" for k in scores) + " |")
    for label, field, fmt in (("cells in band", "in_band", "{}"), ("pooled coverage", "pooled", "{:.3f}"),
                              ("median abs error beyond 4x", "mae_beyond_4x", "{:.5f}"),
                              ("truth above the 90% point beyond 2x", "above_90", "{:.3f}"),
                              ("truth below the 10% point beyond 2x", "below_10", "{:.3f}")):
        print(f"| {label} | " + " | ".join(fmt.format(scores[k][field]) for k in scores) + " |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit-tags", required=True,
                    help="comma-separated stored report tags scored without the family layer: the fit part")
    ap.add_argument("--check-tags", default="", help="selection tags scored without the family layer")
    ap.add_argument("--check-shipped-tags", default="", help="selection tags scored under the shipped design")
    ap.add_argument("--check-part", default="report", choices=("calibration", "selection", "report"),
                    help="the part the checked tags' rows were stored under (evaluate_curves.py --part)")
    ap.add_argument("--min-rows", type=int, default=100)
    ap.add_argument("--min-datasets", type=int, default=5)
    ap.add_argument("--write", choices=("R1", "R2", "chosen"), default=None,
                    help="write the shipped spread table with that candidate folded in to --out (chosen: the rule's "
                         "pick; nothing when it is R0)")
    ap.add_argument("--out", type=Path, default=None,
                    help="with --write: a work tree's planner/data/spread.csv (the candidate's runs read it there)")
    args = ap.parse_args(argv)
    if args.write is not None and args.out is None:
        print("--write needs --out: a work tree's planner/data/spread.csv (this one's ships)", file=sys.stderr)
        return 2
    try:
        fit_rows, check = screen_rows(args.fit_tags, args.check_tags, args.check_shipped_tags, args.check_part)
    except (OSError, ValueError) as exc:
        print(f"tags: {exc}", file=sys.stderr)
        return 2
    tables = {"R0": pd.DataFrame(columns=list(COLUMNS)),
              "R1": fit_regime_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets,
                                     factors=False),
              "R2": fit_regime_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets)}
    scores = {k: score44(apply_regime_layer(check, t)) for k, t in tables.items()}
    print(f"fit: {fit_rows['key'].nunique()} data sets, {len(fit_rows):,} rows; "
          f"check: {check['key'].nunique()} data sets, {len(check):,} rows\n")
    print(tables["R2"].to_string(index=False), "\n")
    print_scores(scores)
    pick = choose44(scores)
    print(f"\nthe rule picks {pick}")
    if args.write is not None:
        name = pick if args.write == "chosen" else args.write
        if name == "R0":
            print("R0 has no table: nothing written")
            return 0
        write_table(compose_into_spread(tables[name], pd.read_csv(SPREAD_TABLE)), args.out)
        print(f"wrote the spread table with {name} folded in ({tables[name]['stratum'].nunique()} strata) -> "
              f"{args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
