"""Fit and screen the forecast's layer per learner family (``planner/data/family_spread.csv``; round 39).

The shipped forecast knows one learner family, the neural networks (their own
``nn:`` spread strata). Read over the reports v39-v45, its median error beyond
4x has a sign per learner that holds report after report (k-NN, the RBF SVM and
the forest read low, Gaussian NB high), so this layer moves and scales the
shipped draws per family: a correction of the shipped forecast, fitted on its
own stored rows (not a refit of the spread table, which stays as shipped).

For each family (:func:`planner.forecast.draws.learner_family`) and ratio bin
(1-2x, 2-4x, 4-8x, 8-16x), on the fit part's accuracy rows beyond the measured
end, in logits about the stored median ``m`` (10% and 90% points ``l``, ``h``,
truth ``y``): ``shift`` is the median of ``y - m``; ``low`` and ``high`` are
the split-conformal 90% quantiles of ``(m + shift - y) / (m - l)`` and
``(y - m - shift) / (h - m)`` (``spread.py``'s :func:`centred` and
:func:`conformal`), times ``--scale`` (1.05: the shipped table's out-of-sample
allowance, round 19). A family is written only when every bin holds at least
``--min-rows`` rows from at least ``--min-datasets`` data sets. The planner
composes the layer with a curve's spread at the same knots (shifts add,
factors multiply: :func:`planner.forecast.draws.compose_spread`).

The screen (round 39's rule, ``benchmarks/plans/round39.md``) reads the
candidates on the selection part's stored rows: each row's 10/50/90% points
moved by the layer at its ratio, as the planner interpolates it (accuracy rows
only; the labels rows and the decisions need the draws). Candidates: L0 (no
layer), L1 (the shifts alone), L2 (shifts and factors).

Usage (round 39; tags of ``report.py``'s stored rows, ``summarize.py``'s pairing)::

    .venv/bin/python benchmarks/forecast/family_layer.py \\
        --fit-tags s39-report,s40-report,s41-report \\
        --check-tags s42-report,s43-report,s44-report,s45-report            # the screen; writes nothing
    .venv/bin/python benchmarks/forecast/family_layer.py --fit-tags ... --check-tags ... --write L2   # ship one

Round 41 (``benchmarks/plans/round41.md``) chooses among layers on learner configurations the fit never saw:
L0, the shipped L1 (refitted on ``--l1-tags``, round 39's fit part, which gives the shipped table), K (L1 with the
SVM shift only where the model's name states no kernel but the RBF: the planner's
:func:`~planner.forecast.draws.takes_family_layer`) and X (a shift every configuration of the family agrees on,
fitted on ``--fit-tags``: :func:`fit_agreeing_layer`), by :func:`choose41`, on rows stored under
``--check-part``. K was chosen (2026-11-25 23:02 UTC) and ships as that planner rule. Round 43
(``benchmarks/forecast/family_drop.py --round 43``) then left the linear family's shift out; the shipped table is
``--fit-tags s39-report,s40-report,s41-report --check-tags s42-report,s43-report,s44-report,s45-report --write L1
--drop-family linear``::

    .venv/bin/python benchmarks/forecast/family_layer.py --round 41 \\
        --fit-tags s39-report,...,s45-report,s46L0-report,s47L0-report \\
        --check-tags s48L0-sel --check-part selection [--write chosen]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import expit, logit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from evaluate_curves import RESOLUTION  # noqa: E402
from planner.forecast.draws import (  # noqa: E402
    FAMILY_LAYER_COLUMNS,
    SPREAD_SCALE,
    family_layer_from_frame,
    takes_family_layer,
)
from spread import KNOTS, LOGIT_CLIP, centred, conformal, deviations  # noqa: E402
from summarize import pooled_rows, strata_cells  # noqa: E402

OUT = ROOT / "planner" / "data" / "family_spread.csv"
#: The out-of-sample allowance on the factors: the shipped spread table's (round 19).
SCALE = SPREAD_SCALE
BAND = (0.75, 0.88)


def fit_strata(a: pd.DataFrame, by: str, *, min_rows: int = 100, min_datasets: int = 5, factors: bool = True,
               scale: float = SCALE) -> list[dict]:
    """Per value of column ``by`` of ``deviations``' rows ``a`` and per knot: ``{by, ratio, shift, low, high,
    n_rows, n_datasets}`` (the shift the median of ``y - m``, the factors the split-conformal 90% points times
    ``scale``; without ``factors`` 1). A value is written only when every knot's bin holds at least ``min_rows``
    rows from at least ``min_datasets`` data sets. Round 39's family layer and round 44's regime layer
    (``regime_layer.py``) are both this fit."""
    out = []
    for value, g in a.groupby(by, sort=True):
        bins = [g[g["bin"] == b] for b in range(len(KNOTS))]
        if any(len(b) < min_rows or b["key"].nunique() < min_datasets for b in bins):
            continue
        for knot, gb in zip(KNOTS, bins):
            shift, above, below = centred(gb, True)
            low, high = (conformal(below) * scale, conformal(above) * scale) if factors else (1.0, 1.0)
            out.append({by: value, "ratio": round(knot, 6), "shift": round(shift, 4), "low": round(low, 4),
                        "high": round(high, 4), "n_rows": len(gb), "n_datasets": int(gb["key"].nunique())})
    return out


def fit_layer(acc: pd.DataFrame, *, min_rows: int = 100, min_datasets: int = 5, factors: bool = True,
              scale: float = SCALE) -> pd.DataFrame:
    """The layer's table (:data:`planner.forecast.draws.FAMILY_LAYER_COLUMNS`) fitted on stored accuracy rows
    (``family``, ``key``, ``ratio``, ``q10``, ``q50``, ``q90``, ``truth`` and the regime columns ``deviations``
    needs): :func:`fit_strata` by family. Without ``factors`` every factor is 1 (the shifts alone: round 39's L1)."""
    a = deviations(acc)
    learners = {fam: "+".join(sorted(g["learner"].astype(str).unique())) for fam, g in a.groupby("family")}
    out = [{**r, "learners": learners[r["family"]]}
           for r in fit_strata(a, "family", min_rows=min_rows, min_datasets=min_datasets, factors=factors,
                               scale=scale)]
    return pd.DataFrame(out, columns=list(FAMILY_LAYER_COLUMNS))


def fit_agreeing_layer(acc: pd.DataFrame, *, min_config_datasets: int = 2, min_datasets: int = 5) -> pd.DataFrame:
    """Round 41's X: per family and ratio bin, each configuration's (``learner``'s) median of ``y - m`` in logits,
    counting configurations with rows from at least ``min_config_datasets`` data sets in the bin; the family's
    shift is the smallest in size when all of them share a sign, else 0 (a shift only where every configuration
    seen agrees on its direction). A family needs rows from at least ``min_datasets`` data sets in every bin, else
    it gets no row. Factors 1 (round 39's L1 form)."""
    a = deviations(acc)
    out = []
    for fam, g in a.groupby("family", sort=True):
        bins = [g[g["bin"] == b] for b in range(len(KNOTS))]
        if any(b["key"].nunique() < min_datasets for b in bins):
            continue
        for knot, gb in zip(KNOTS, bins):
            per = [float(np.median(c["d"])) for _, c in gb.groupby("learner", sort=True)
                   if c["key"].nunique() >= min_config_datasets]
            same_sign = bool(per) and (all(x > 0 for x in per) or all(x < 0 for x in per))
            shift = min(per, key=abs) if same_sign else 0.0
            out.append({"family": fam, "ratio": round(knot, 6), "shift": round(shift, 4), "low": 1.0, "high": 1.0,
                        "n_rows": len(gb), "n_datasets": int(gb["key"].nunique()),
                        "learners": "+".join(sorted(g["learner"].astype(str).unique()))})
    return pd.DataFrame(out, columns=list(FAMILY_LAYER_COLUMNS))


def apply_layer(acc: pd.DataFrame, table: pd.DataFrame, applies=None) -> pd.DataFrame:
    """``acc``'s rows with their 10/50/90% points moved by the layer of their family at their ratio (rows at or
    inside the measured end, and families the layer lacks, unchanged), and ``covered`` and ``abs_err``
    recomputed as ``evaluate_curves.py`` counts them. ``applies(learner)``, when given, says which rows' learners
    take their family's layer (round 41's K: the planner's :func:`~planner.forecast.draws.takes_family_layer`)."""
    return move_rows(acc, family_layer_from_frame(table), "family", applies)


def move_rows(acc: pd.DataFrame, layer: dict, by: str, applies=None) -> pd.DataFrame:
    """``acc``'s rows beyond the measured end moved by ``layer[row[by]]`` (a :class:`~planner.forecast.draws.Spread`)
    at their ratio, as the planner moves draws about their median; rows whose ``by`` the layer lacks, or whose
    learner ``applies`` refuses, unchanged; ``covered``, ``err`` and ``abs_err`` recomputed."""
    out = acc.copy()
    for value, idx in out.groupby(by).groups.items():
        spr = layer.get(str(value))
        if spr is None:
            continue
        g = out.loc[idx]
        if applies is not None:
            g = g[[bool(applies(str(m))) for m in g["learner"]]]
        beyond = g["ratio"].to_numpy(float) > 1.0
        if not beyond.any():
            continue
        g = g[beyond]
        lo, hi, sh = spr.at(g["ratio"].to_numpy(float))
        m, l, h = (logit(np.clip(g[c].to_numpy(float), LOGIT_CLIP, 1 - LOGIT_CLIP)) for c in ("q50", "q10", "q90"))
        out.loc[g.index, "q50"] = expit(m + sh)
        out.loc[g.index, "q10"] = expit(m + sh - lo * (m - l))
        out.loc[g.index, "q90"] = expit(m + sh + hi * (h - m))
    y = out["truth"].to_numpy(float)
    out["covered"] = (out["q10"] - RESOLUTION <= y) & (y <= out["q90"] + RESOLUTION)
    out["err"] = out["q50"] - y
    out["abs_err"] = out["err"].abs()
    return out


def score(acc: pd.DataFrame) -> dict:
    """The rule's numbers: the coverage of every cell (the issue's 8 strata, then each learner), how many are in
    :data:`BAND`, the pooled coverage, and the median absolute error of the median beyond 4x; read beside them
    (round 41), the signed median error beyond 4x per learner and per family and the share of rows beyond 4x
    whose truth lies above the 90% point."""
    cells = strata_cells(acc)
    cells |= {f"learner={k}": float(g["covered"].mean()) for k, g in acc.groupby("learner", sort=True)}
    inside = sum(BAND[0] <= v <= BAND[1] for v in cells.values())
    far = acc[acc["ratio"] > 4.0]
    signed = {f"learner={k}": float(g["err"].median()) for k, g in far.groupby("learner", sort=True)}
    signed |= {f"family={k}": float(g["err"].median()) for k, g in far.groupby("family", sort=True)}
    return {"cells": cells, "in_band": inside, "pooled": float(acc["covered"].mean()),
            "mae_beyond_4x": float(far["abs_err"].median()), "signed_beyond_4x": signed,
            "above_90_beyond_4x": float((far["truth"] > far["q90"] + RESOLUTION).mean())}


def choose(scores: dict[str, dict]) -> str:
    """Round 39's rule: L1 or L2 replaces L0 only with (a) more cells in band than L0, (b) pooled coverage within
    the band, (c) a median absolute error beyond 4x not above L0's; of those, the most cells in band, a tie to
    L1."""
    base = scores["L0"]
    ok = [k for k in ("L1", "L2") if k in scores
          and scores[k]["in_band"] > base["in_band"]
          and BAND[0] <= scores[k]["pooled"] <= BAND[1]
          and scores[k]["mae_beyond_4x"] <= base["mae_beyond_4x"]]
    if not ok:
        return "L0"
    return max(ok, key=lambda k: (scores[k]["in_band"], k == "L1"))


#: Round 41's order among ties: the smaller change first.
ROUND41_ORDER = ("K", "X", "L0")


def choose41(scores: dict[str, dict], *, gain: float = 0.001) -> str:
    """Round 41's rule (``benchmarks/plans/round41.md``): the shipped L1 stays unless a candidate has (a) pooled
    coverage within the band, (b) at least as many cells in band as L1 and a median absolute error beyond 4x at
    least ``gain`` below L1's, or more cells in band and that error not above L1's. Of those, the most cells in
    band, then the lowest error; a tie goes to the earlier of :data:`ROUND41_ORDER`."""
    base = scores["L1"]

    def qualifies(s: dict) -> bool:
        if not BAND[0] <= s["pooled"] <= BAND[1]:
            return False
        if s["in_band"] >= base["in_band"] and s["mae_beyond_4x"] <= base["mae_beyond_4x"] - gain:
            return True
        return s["in_band"] > base["in_band"] and s["mae_beyond_4x"] <= base["mae_beyond_4x"]

    ok = [k for k in ROUND41_ORDER if k in scores and qualifies(scores[k])]
    if not ok:
        return "L1"
    return min(ok, key=lambda k: (-scores[k]["in_band"], round(scores[k]["mae_beyond_4x"], 6),
                                  ROUND41_ORDER.index(k)))


def _rows(tags: str, part: str = "report") -> pd.DataFrame:
    return pooled_rows("skl", part, [t.strip() for t in tags.split(",") if t.strip()], "acc")


def _disjoint(named: dict[str, pd.DataFrame], check: pd.DataFrame) -> None:
    for what, rows in named.items():
        both = sorted(set(rows["key"]) & set(check["key"]))
        if both:
            raise SystemExit(f"data set {both[0]} is in both the {what} and the checked rows: check on other sets")


def _print_scores(scores: dict[str, dict], *, extra: bool) -> None:
    names = list(scores[next(iter(scores))]["cells"])
    print("| cell | " + " | ".join(scores) + " |\n|---|" + "---:|" * len(scores))
    for c in names:
        print(f"| {c} | " + " | ".join(f"{scores[k]['cells'][c]:.3f}" for k in scores) + " |")
    fields = [("cells in band", "in_band", "{}"), ("pooled coverage", "pooled", "{:.3f}"),
              ("median abs error beyond 4x", "mae_beyond_4x", "{:.4f}")]
    if extra:
        fields.append(("truth above the 90% point beyond 4x", "above_90_beyond_4x", "{:.3f}"))
    for label, field, fmt in fields:
        print(f"| {label} | " + " | ".join(fmt.format(scores[k][field]) for k in scores) + " |")
    if extra:
        print("\nsigned median error beyond 4x (forecast - truth)\n")
        print("| cell | " + " | ".join(scores) + " |\n|---|" + "---:|" * len(scores))
        for c in scores[next(iter(scores))]["signed_beyond_4x"]:
            print(f"| {c} | " + " | ".join(f"{scores[k]['signed_beyond_4x'][c]:+.4f}" for k in scores) + " |")


def write_table(table: pd.DataFrame, out: Path) -> None:
    """``table`` to the CSV ``out`` whole or not at all (a temporary file, then a rename): the layers' tables."""
    tmp = out.with_suffix(".csv.tmp")
    table.to_csv(tmp, index=False)
    tmp.replace(out)


def _write(table: pd.DataFrame, name: str, out: Path) -> None:
    write_table(table, out)
    print(f"wrote {name} ({table['family'].nunique()} families) -> {out}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--round", type=int, choices=(39, 41), default=39,
                    help="39: candidates L0, L1, L2 fitted on --fit-tags; 41: L0, L1 (fitted on --l1-tags), K "
                         "(L1, the SVM shift for the RBF kernel only) and X (fitted on --fit-tags)")
    ap.add_argument("--fit-tags", required=True, help="comma-separated stored report tags the layer is fitted on")
    ap.add_argument("--l1-tags", default="s39-report,s40-report,s41-report",
                    help="round 41: the tags the shipped L1 was fitted on (round 39's fit part)")
    ap.add_argument("--check-tags", required=True, help="comma-separated stored tags the screen reads")
    ap.add_argument("--check-part", default="report", choices=("calibration", "selection", "report"),
                    help="the part the checked tags' rows were stored under (evaluate_curves.py --part)")
    ap.add_argument("--min-rows", type=int, default=100)
    ap.add_argument("--min-datasets", type=int, default=5)
    ap.add_argument("--write", choices=("L0", "L1", "L2", "X", "chosen"), default=None,
                    help="write that candidate's table to --out (L0: no family; chosen: the rule's pick; K "
                         "writes L1's table, its rule is the planner's)")
    ap.add_argument("--drop-family", action="append", default=[], metavar="FAMILY",
                    help="leave this family's rows out of the written table (round 43: linear); repeatable")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    fit_rows, check = _rows(args.fit_tags), _rows(args.check_tags, args.check_part)
    empty = pd.DataFrame(columns=list(FAMILY_LAYER_COLUMNS))
    if args.round == 39:
        _disjoint({"fitted": fit_rows}, check)
        tables = {"L0": empty,
                  "L1": fit_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets, factors=False),
                  "L2": fit_layer(fit_rows, min_rows=args.min_rows, min_datasets=args.min_datasets)}
        scores = {k: score(apply_layer(check, t)) for k, t in tables.items()}
        shown = tables["L2"]
    else:
        l1_rows = _rows(args.l1_tags)
        _disjoint({"fitted": fit_rows, "L1's fitted": l1_rows}, check)
        tables = {"L0": empty,
                  "L1": fit_layer(l1_rows, min_rows=args.min_rows, min_datasets=args.min_datasets, factors=False),
                  "X": fit_agreeing_layer(fit_rows, min_datasets=args.min_datasets)}
        tables["K"] = tables["L1"]
        scores = {k: score(apply_layer(check, tables[k], takes_family_layer if k == "K" else None))
                  for k in ("L0", "L1", "K", "X")}
        shown = tables["X"]
    print(f"fit: {fit_rows['key'].nunique()} data sets, {len(fit_rows):,} rows; "
          f"check: {check['key'].nunique()} data sets, {len(check):,} rows\n")
    print(shown.to_string(index=False), "\n")
    _print_scores(scores, extra=args.round == 41)
    pick = choose(scores) if args.round == 39 else choose41(scores)
    print(f"\nthe rule picks {pick}")
    if args.write is not None:
        name = pick if args.write == "chosen" else args.write
        if name not in tables:
            raise SystemExit(f"--write {name}: not a candidate of round {args.round}")
        table = tables[name][~tables[name]["family"].isin(args.drop_family)]
        _write(table, name + "".join(f" without {f}" for f in args.drop_family), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
