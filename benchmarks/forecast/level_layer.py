"""Fit and screen a layer per level of the pilot's last mean accuracy (round 46, ``benchmarks/plans/round46.md``).

On v39-v45's shipped-design rows the forecast regresses too little toward the middle: beyond 4x the pilot's labels
the truth ends a median 4.0 accuracy points above the median forecast where the pilot's last mean is at most 0.60,
and 1.4 points below it above 0.92, where the 80% ranges hold 71% (0.92-0.97) and 49% (above 0.97). No stratum of
the spread table (kind, regime, runs, neural) or of the family layer reads the level. This layer does: per level bin
(the planner's :func:`~planner.forecast.draws.level_key`) and ratio knot, fitted as round 39's family layer and round
44's regime layer are (:func:`family_layer.fit_strata`: the shift the median of ``y - m`` in logits, the factors the
split-conformal 90% points times 1.05) on the shipped design's rows of the time (:func:`regime_layer.shipped_rows`).
V1 is the shifts alone, V2 shifts and factors; V3 V1 with no negative shift (round 46's second candidate,
:func:`upward_only`); R0 no layer (the design before round 46). V3 shipped in round 46.

Round 47 (``benchmarks/plans/round47.md``) refits V3's lower factor on the same fit rows (:func:`lower_refit`): V4
where V3 moves the median, V5 in every bin; the screen reads them against V3 on the selection part's rows (the
line "round 47"), the labels check of the pick against V3's rows of the same cases. V4 failed round 46's labels
clauses (the "beyond" stratum); round 48 (``benchmarks/plans/round48.md``, a fresh split) gates only the issue's
ratio strata (:data:`ISSUE_STRATA`), and V4 shipped. Round 49 (``benchmarks/plans/round49.md``) screens V5 against V4
(:func:`choose49`) and **V5 ships** (``planner/data/level_spread.csv`` is ``--write V5``'s table).

The accuracy screen is round 44's (:func:`regime_layer.choose44`); the labels check of the pick needs the draws
(``evaluate_curves.py`` from a work tree whose planner reads the pick's table, written by ``--write``), read by
``--labels-before`` / ``--labels-after``.

Usage (round 46)::

    .venv/bin/python benchmarks/forecast/level_layer.py \\
        --fit-tags s39-report,s40-report,s41-report,s42-report,s43-report,s44-report,s45-report \\
        --check-tags s46L0-report,s47L0-report,s49L0-report,s50L0-report \\
        --check-shipped-tags s51-report,s52-report,s53-report [--write V3 --out planner/data/level_spread.csv]
    .venv/bin/python benchmarks/forecast/level_layer.py --labels-before r44R0-v49,...,s53-report \\
        --labels-after r46V-v49,...,r46V-v53

Round 47: the same screen with ``--check-shipped-tags s51-report,s52-report,s53-report,s54-report`` (``--write V4``
or ``V5``); its labels check ``--labels-before r46V3-v49,...,r46V3-v53,s54V3-report --labels-after
r47V4-v49,...,r47V4-v54``. Round 48 (``benchmarks/plans/round48.md``): the same screen with ``s55R0-report`` added
to ``--check-shipped-tags``; the labels check of V4 against V3 on v49-v55 with ``--issue-strata-only``. Round 49
(``benchmarks/plans/round49.md``): the same screen with ``s56R0-report`` added, V5 against the shipped V4 by
:func:`choose49` (the line "round 49"); its labels check against V4's rows of v49-v56 with ``--issue-strata-only``.
"""

from __future__ import annotations

import argparse
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from family_layer import BAND, SCALE, fit_strata, move_rows, write_table  # noqa: E402
from planner.forecast.draws import LEVEL_EDGES, level_key, spread_from_frame  # noqa: E402
from regime_layer import COLUMNS, choose44, print_scores, score44, screen_rows, shipped_rows, split_tags  # noqa: E402
from spread import KNOTS, conformal, deviations  # noqa: E402
from summarize import DATA, at_8x, pooled_rows  # noqa: E402
from summarize import ISSUE_STRATA as _ISSUE_CELLS  # noqa: E402

#: Round 46's order among ties: the smaller change first.
ROUND46_ORDER = ("V1", "V2")
#: Round 46's second candidate (the plan's "V3"): V1 never moving a forecast down. Round 47's (against the shipped
#: V3): V4, V3 with the lower factor refitted where it moves the median; V5, V4 and the lower factor refitted about
#: the unmoved median in the bins V3 leaves alone (:func:`lower_refit`).
CANDIDATES = ("V1", "V2", "V3", "V4", "V5")
#: Round 47's order among ties: the smaller change first.
ROUND47_ORDER = ("V4", "V5")
#: The labels check's ratio strata: a stratum with at least this many rows must be in band (or no further out).
MIN_STRATUM_ROWS = 100
#: Round 48's labels rule gates only the issue's ratio strata; "beyond" (targets the run never reaches within its
#: horizon, a stratum the truth chooses) is read beside (``benchmarks/plans/round48.md``).
ISSUE_STRATA = tuple(v for c, v in _ISSUE_CELLS if c == "stratum_ratio")


@lru_cache(maxsize=None)
def _levels_of(path: str) -> dict[str, float]:
    c = pd.read_parquet(path, columns=["case_id", "n", "S", "Y"])
    out = {}
    for cid, n, s, y in zip(c["case_id"], c["n"], c["S"], c["Y"]):
        last = np.asarray(y, dtype=float).reshape(int(s), len(n))[:, -1]
        out[str(cid)] = float(np.nanmean(last))
    return out


def case_levels(keys) -> dict[str, float]:
    """``{case_id: the prefix's last mean accuracy}`` for the cases of the scikit-learn sets ``keys``
    (``skl:vNN_*``), read from their ``cases_skl_vNN.parquet``."""
    out: dict[str, float] = {}
    for prefix in sorted({str(k).split(":", 1)[1].split("_", 1)[0] for k in keys}):
        f = DATA / f"cases_skl_{prefix}.parquet"
        if not f.exists():
            raise ValueError(f"no cases file {f.name} for the {prefix}_* sets: run report.py's cases step first")
        out.update(_levels_of(str(f)))
    return out


def with_level(acc: pd.DataFrame, levels: dict[str, float] | None = None) -> pd.DataFrame:
    """``acc`` with ``level`` (the case's pilot's last mean: ``levels[case_id]``, default :func:`case_levels`) and
    ``stratum`` (its :func:`level_key`)."""
    levels = case_levels(acc["key"].unique()) if levels is None else levels
    out = acc.copy()
    out["level"] = out["case_id"].map(levels)
    if out["level"].isna().any():
        missing = out.loc[out["level"].isna(), "case_id"].iloc[0]
        raise ValueError(f"case {missing} is in no cases file: the rows and the cases disagree")
    out["stratum"] = [level_key(v) for v in out["level"]]
    return out


def fit_level_layer(acc: pd.DataFrame, *, min_rows: int = 100, min_datasets: int = 5, factors: bool = True,
                    scale: float = SCALE, levels: dict[str, float] | None = None) -> pd.DataFrame:
    """The layer's table (``regime_layer.COLUMNS``, the level bin in ``stratum``) fitted on the shipped design's
    rows ``acc``: :func:`family_layer.fit_strata` by level bin. Without ``factors`` every factor is 1 (V1)."""
    a = deviations(with_level(acc, levels))
    rows = fit_strata(a, "stratum", min_rows=min_rows, min_datasets=min_datasets, factors=factors, scale=scale)
    return pd.DataFrame(rows, columns=list(COLUMNS))


def level_reading(acc: pd.DataFrame, levels: dict[str, float] | None = None) -> pd.DataFrame:
    """Per level bin, the rows beyond 4x: how many (and from how many data sets), the median of truth - median
    forecast (positive: the forecast reads low), and the 80% coverage (the reading that led to the layer)."""
    a = with_level(acc[acc["ratio"] > 4.0], levels)
    a = a.assign(resid=a["truth"] - a["q50"])
    out = a.groupby("stratum").agg(rows=("resid", "size"), datasets=("key", "nunique"),
                                   median_resid=("resid", "median"), coverage=("covered", "mean"))
    bins = [level_key(edge) for edge in (*LEVEL_EDGES, 1.0)]   # each edge lies in its own bin: low to high
    return out.reindex([b for b in bins if b in out.index])


def upward_only(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every negative shift set to 0 (round 46's V3 from V1: a median moved down turns a target just
    above a levelling curve into "unreachable")."""
    return table.assign(shift=table["shift"].clip(lower=0.0))


def lower_refit(acc: pd.DataFrame, table: pd.DataFrame, *, every_bin: bool, scale: float = SCALE,
                levels: dict[str, float] | None = None) -> pd.DataFrame:
    """Round 47's V4 (``every_bin`` false) and V5 (true) from the upward-only ``table`` (V3) and its fit rows ``acc``:
    per level bin and knot, the lower factor the split-conformal 90% point of ``(m + shift - y) / (m - l)`` times
    ``scale`` (round 39's factor fit about the table's own shift), never below 1; where the shift is 0 only with
    ``every_bin``. The upper factor is left as ``table`` has it (1)."""
    a = deviations(with_level(acc, levels))
    out = table.copy()
    for i, row in out.iterrows():
        if row["shift"] <= 0 and not every_bin:
            continue
        knot = int(np.argmin(np.abs(np.asarray(KNOTS) - row["ratio"])))
        g = a[(a["stratum"] == row["stratum"]) & (a["bin"] == knot)]
        below = (row["shift"] - g["d"].to_numpy()) / g["down"].to_numpy()
        out.loc[i, "low"] = round(max(1.0, conformal(below) * scale), 4)
    return out


def apply_level_layer(acc: pd.DataFrame, table: pd.DataFrame, levels: dict[str, float] | None = None) -> pd.DataFrame:
    """``acc``'s rows moved by the level layer ``table`` of their level bin (``levels``: :func:`with_level`)."""
    if table.empty:
        return acc.copy()
    return move_rows(with_level(acc, levels), spread_from_frame(table, scale=1.0), "stratum")


def choose49(scores: dict[str, dict]) -> str:
    """Round 49's accuracy screen (``benchmarks/plans/round49.md``): V5 against the shipped V4. V5 passes round 44's
    clauses with V4 as the base (:func:`regime_layer.choose44`: pooled coverage in band, at least as many cells in
    band, the error beyond 4x at most V4's + the allowance), every one of the issue's ratio strata
    (:data:`ISSUE_STRATA`) in band, and its share of truths below the 10% point beyond 2x nearer 0.10 than V4's.
    Returns ``"V5"`` or ``"V4"``."""
    v4, v5 = scores["V4"], scores["V5"]
    if choose44({"R0": v4, "V5": v5}, order=("V5",)) != "V5":
        return "V4"
    if not all(BAND[0] <= v5["cells"][f"stratum_ratio={s}"] <= BAND[1] for s in ISSUE_STRATA):
        return "V4"
    return "V5" if abs(v5["below_10"] - 0.10) < abs(v4["below_10"] - 0.10) else "V4"


def _any_part_rows(tags: list[str], kind: str) -> pd.DataFrame:
    """:func:`summarize.pooled_rows` of ``tags`` whatever part each was stored under."""
    parts = []
    for tag in tags:
        found = [p for p in ("report", "selection", "calibration")
                 if (DATA / f"curves_skl_{p}_{tag}_{kind}.parquet").exists()]
        if not found:
            raise ValueError(f"no stored rows for tag {tag!r}")
        parts.append(pooled_rows("skl", found[0], [tag], kind))
    return pd.concat(parts, ignore_index=True)


def labels_numbers(acc: pd.DataFrame, lab: pd.DataFrame) -> dict:
    """The labels check's numbers: at 8x wrongly "unreachable", within 2x and the median error; the labels coverage
    per ratio stratum (with its rows) and pooled."""
    e = at_8x(acc, lab, decimals=None).iloc[0]
    per = lab.groupby("stratum_ratio").agg(rows=("covered", "size"), coverage=("covered", "mean"))
    return {"wrong_unreach": float(e["wrongly_unreachable"]), "within_2x": float(e["within_2x"]),
            "mae_8x": float(e["acc_mae"]), "pooled": float(lab["covered"].mean()),
            "strata": {k: (int(r.rows), float(r.coverage)) for k, r in per.iterrows()}}


def _outside(v: float) -> float:
    return max(BAND[0] - v, v - BAND[1], 0.0)


def labels_check(before: dict, after: dict, *, min_rows: int = MIN_STRATUM_ROWS,
                 gate: tuple[str, ...] | None = None) -> list[str]:
    """The plan's labels clauses the pick fails (empty: it passes). ``gate``: the ratio strata whose coverage
    clause counts (rounds 46-47: every one; round 48: :data:`ISSUE_STRATA`)."""
    fails = []
    if after["wrong_unreach"] > before["wrong_unreach"]:
        fails.append(f"wrongly unreachable {after['wrong_unreach']:.4f} > {before['wrong_unreach']:.4f}")
    if after["within_2x"] < before["within_2x"] - 0.01:
        fails.append(f"within 2x {after['within_2x']:.4f} < {before['within_2x']:.4f} - 0.01")
    for k, (rows, cov) in after["strata"].items():
        further = _outside(cov) > 0 and _outside(cov) > _outside(before["strata"].get(k, (0, cov))[1])
        if (gate is None or k in gate) and rows >= min_rows and further:
            fails.append(f"labels coverage {k} {cov:.4f} out of band, further than R0's")
    if _outside(after["pooled"]) > _outside(before["pooled"]):
        fails.append(f"pooled labels coverage {after['pooled']:.4f} further out of band than R0's "
                     f"{before['pooled']:.4f}")
    return fails


def _labels_main(before_tags: list[str], after_tags: list[str], gate: tuple[str, ...] | None = None) -> int:
    lab_b, lab_a = _any_part_rows(before_tags, "labels"), _any_part_rows(after_tags, "labels")
    acc_b, acc_a = _any_part_rows(before_tags, "acc"), _any_part_rows(after_tags, "acc")
    common = sorted(set(lab_b["case_id"]) & set(lab_a["case_id"]))
    if not common:
        print("the two sides share no case: give tags of the same sets", file=sys.stderr)
        return 2
    keep = lambda df: df[df["case_id"].isin(common)]  # noqa: E731
    b, a = labels_numbers(keep(acc_b), keep(lab_b)), labels_numbers(keep(acc_a), keep(lab_a))
    print(f"{len(common):,} cases of {keep(lab_b)['key'].nunique()} data sets on both sides\n")
    print("| | R0 (before) | pick (after) |\n|---|---:|---:|")
    for label, k in (("at 8x: wrongly unreachable", "wrong_unreach"), ("at 8x: within 2x", "within_2x"),
                     ("at 8x: median error", "mae_8x"), ("labels coverage, pooled", "pooled")):
        print(f"| {label} | {b[k]:.4f} | {a[k]:.4f} |")
    for k in sorted(a["strata"]):
        print(f"| labels coverage {k} (rows) | {b['strata'].get(k, (0, float('nan')))[1]:.4f} | "
              f"{a['strata'][k][1]:.4f} ({a['strata'][k][0]:,}) |")
    fails = labels_check(b, a, gate=gate)
    beside = "" if gate is None else f" (gating the strata {', '.join(gate)}; the others read beside)"
    print(f"\nlabels check{beside}: " + ("passes" if not fails else "fails: " + "; ".join(fails)))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit-tags", default="", help="stored report tags scored without the family layer: the fit part")
    ap.add_argument("--check-tags", default="", help="selection tags scored without the family layer")
    ap.add_argument("--check-shipped-tags", default="", help="selection tags scored under the shipped design")
    ap.add_argument("--check-part", default="report", choices=("calibration", "selection", "report"))
    ap.add_argument("--min-rows", type=int, default=100)
    ap.add_argument("--min-datasets", type=int, default=5)
    ap.add_argument("--write", choices=(*CANDIDATES, "chosen"), default=None,
                    help="write that candidate's table to --out (chosen: round 46's pick of V1 and V2; nothing when it "
                         "is R0; rounds 47-48 wrote V4 by name, round 49 V5)")
    ap.add_argument("--out", type=Path, default=None, help="with --write: a work tree's planner/data/level_spread.csv")
    ap.add_argument("--read-tags", default="", help="only print the level reading of these tags (scored without "
                    "the family layer), moved by the shipped family table: round 46's first look, on the fit part")
    ap.add_argument("--labels-before", default="", help="the labels check: R0's tags (any part)")
    ap.add_argument("--labels-after", default="", help="the labels check: the pick's tags of the same sets")
    ap.add_argument("--issue-strata-only", action="store_true",
                    help="round 48's labels rule: only the issue's ratio strata gate; 'beyond' is read beside")
    args = ap.parse_args(argv)
    try:
        if args.read_tags:
            print(level_reading(shipped_rows(args.read_tags)).round(4).to_string())
            return 0
        if args.labels_before or args.labels_after:
            if not (args.labels_before and args.labels_after):
                print("give both --labels-before and --labels-after", file=sys.stderr)
                return 2
            return _labels_main(split_tags(args.labels_before), split_tags(args.labels_after),
                                ISSUE_STRATA if args.issue_strata_only else None)
        if not args.fit_tags:
            print("give --fit-tags (the screen) or --labels-before/--labels-after (the labels check)", file=sys.stderr)
            return 2
        if args.write is not None and args.out is None:
            print("--write needs --out: a work tree's planner/data/level_spread.csv", file=sys.stderr)
            return 2
        fit_rows, check = screen_rows(args.fit_tags, args.check_tags, args.check_shipped_tags, args.check_part)
        tables = {"R0": pd.DataFrame(columns=list(COLUMNS)),
                  "V1": fit_level_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets,
                                        factors=False),
                  "V2": fit_level_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets)}
        tables["V3"] = upward_only(tables["V1"])
        tables["V4"] = lower_refit(fit_rows, tables["V3"], every_bin=False)
        tables["V5"] = lower_refit(fit_rows, tables["V3"], every_bin=True)
        scores = {k: score44(apply_level_layer(check, t)) for k, t in tables.items()}
    except (OSError, ValueError) as exc:
        print(f"tags: {exc}", file=sys.stderr)
        return 2
    print(f"fit: {fit_rows['key'].nunique()} data sets, {len(fit_rows):,} rows; "
          f"check: {check['key'].nunique()} data sets, {len(check):,} rows\n")
    print(tables["V2"].to_string(index=False), "\n")
    print(tables["V5"].to_string(index=False), "\n")
    print_scores(scores)
    pick = choose44({k: v for k, v in scores.items() if k in ("R0", "V1", "V2")}, order=ROUND46_ORDER)
    print(f"\nthe rule picks {pick} of V1 and V2; V3 against R0 alone: {choose44(scores, order=('V3',))}")
    r47 = choose44({"R0": scores["V3"], "V4": scores["V4"], "V5": scores["V5"]}, order=ROUND47_ORDER)
    print(f"round 47 (V4 and V5 against the shipped V3): {'V3' if r47 == 'R0' else r47}")
    print(f"round 49 (V5 against the shipped V4): {choose49(scores)}")
    if args.write is not None:
        name = pick if args.write == "chosen" else args.write
        if name == "R0":
            print("R0 has no table: nothing written")
            return 0
        write_table(tables[name], args.out)
        print(f"wrote {name} ({tables[name]['stratum'].nunique()} level bins) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
