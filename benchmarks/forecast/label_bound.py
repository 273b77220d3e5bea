"""How often labels-to-target would land within 2x with a forecaster's own accuracy errors and the truth's shape.

Issue 18 asks, for LCDB at 8x (prefix up to 1/8 of the largest size), both a
median absolute accuracy error <= 0.010 and labels-to-target within 2x of
the truth for >= 55% of targets. The two are tied by the curve's shape: a
target ``t = truth(r)`` (the truth's accuracy at ``r`` times the prefix's
last count) is met within 2x exactly when the forecast's curve crosses ``t``
between ``r / 2`` and ``2 r``, and on a curve that gains ``d`` accuracy per
doubling there, an accuracy error larger than ``d`` moves the crossing out
of that window.

This script makes that precise on scored rows (``evaluate_curves.py``
output). Take a forecaster whose median curve has the truth's exact shape
and the *measured* error ``e = median forecast - truth`` at ``r``; its label
count for ``t`` is within 2x exactly when

    truth(r) - truth(2 r) <= e <= truth(r) - truth(r / 2).

Where ``2 r`` is beyond the truth's horizon, the gain of the doubling below
stands in for the one above (curves are concave in log n, so this is
generous). The share of (case, target) rows meeting it is what a forecast
of the truth's shape would score with those accuracy errors. It is an
estimate, not a bound: a forecast of another shape, whose error changes
along n, can land within 2x more or less often. Scaling ``e`` shows what
error the criterion needs.

Usage::

    .venv/bin/python benchmarks/forecast/label_bound.py --source lcdb --part calibration --tag v8-cal
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from summarize import rows as scored_rows  # noqa: E402

RATIOS = (2.0, 4.0, 8.0)
SCALES = (1.0, 0.75, 0.5, 0.35, 0.25, 0.15)


def window_rows(acc: pd.DataFrame, prefix_kind: str = "frac8") -> pd.DataFrame:
    """One row per (case, target ratio r): the error ``e`` at r and the truth's gains below and above it.

    ``acc``: accuracy rows of ``evaluate_curves.py`` (``case_id``, ``prefix_kind``, ``ratio``, ``truth``,
    ``q50``, ``regime``). A ratio counts when a truth count lies within 20% of it (in log); the truth at
    ``r / 2 = 1`` is the case's own last measured mean, which the rows do not hold, so ``r = 2`` needs a
    truth near 1x and is otherwise skipped.
    """
    a = acc[acc["prefix_kind"] == prefix_kind]
    out = []
    for cid, g in a.groupby("case_id", sort=False):
        r, tr, q = (g[c].to_numpy(dtype=float) for c in ("ratio", "truth", "q50"))

        def at(x):
            k = int(np.argmin(np.abs(np.log(r / x))))
            return (tr[k], q[k]) if abs(np.log(r[k] / x)) < 0.2 else (np.nan, np.nan)

        for x in RATIOS:
            t, m = at(x)
            lo, hi = at(x / 2)[0], at(2 * x)[0]
            if not (np.isfinite(t) and np.isfinite(lo)):
                continue
            d_lo = max(t - lo, 0.0)
            d_hi = max(hi - t, 0.0) if np.isfinite(hi) else d_lo
            out.append({"case_id": cid, "ratio": x, "e": m - t, "gain_below": d_lo, "gain_above": d_hi,
                        "regime": g["regime"].iloc[0]})
    return pd.DataFrame(out, columns=["case_id", "ratio", "e", "gain_below", "gain_above", "regime"])


def within_2x_possible(w: pd.DataFrame, scale: float = 1.0) -> pd.Series:
    """Whether a truth-shaped forecast with error ``scale * e`` crosses the target within 2x (per row)."""
    e = w["e"] * scale
    return (e >= -w["gain_above"]) & (e <= w["gain_below"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="lcdb")
    ap.add_argument("--part", default="calibration", choices=("calibration", "selection", "report"))
    ap.add_argument("--tag", required=True)
    ap.add_argument("--prefix-kind", default="frac8")
    args = ap.parse_args(argv)
    w = window_rows(scored_rows(args.source, args.part, args.tag, "acc"), args.prefix_kind)
    if w.empty:
        raise SystemExit(f"no {args.prefix_kind} rows with truths at 2x / 4x / 8x in {args.source} {args.part}")
    ok = within_2x_possible(w)
    print(f"{args.source}, {args.part} part, tag {args.tag}, prefix {args.prefix_kind}: {w.case_id.nunique()} cases, "
          f"{len(w)} (case, target) rows")
    by = w.assign(ok=ok).groupby("ratio")
    print("| target at | rows | median abs error | median gain per doubling below | within 2x possible |")
    print("|---|---:|---:|---:|---:|")
    for r, g in by:
        print(f"| {r:g}x | {len(g)} | {g.e.abs().median():.4f} | {g.gain_below.median():.4f} | {g.ok.mean():.2f} |")
    print(f"| all | {len(w)} | {w.e.abs().median():.4f} | {w.gain_below.median():.4f} | {ok.mean():.2f} |")
    print("\nby regime:", {k: round(float(v), 2) for k, v in w.assign(ok=ok).groupby("regime").ok.mean().items()})
    print("\nerrors scaled | median abs error at the largest ratio | within 2x possible")
    top = w["ratio"] == w["ratio"].max()
    for s in SCALES:
        print(f"x{s:<5g} | {np.median(np.abs(w.e[top] * s)):.4f} | {within_2x_possible(w, s).mean():.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
