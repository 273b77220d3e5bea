"""Two forecasts' stored curve rows on the same sets, read side by side (rounds 39 and 40).

A design's report (``report.py``'s tag ``s<N>-report``) against the design before it run on the same sets (its
rows under another tag): per learner, the signed and absolute median error beyond 4x, the 80% coverage and the
three "at 8x" readings (``summarize.at_8x``'s: the prefix up to 1/8 of the largest size, scored at its largest);
then the 8x readings' paired differences over resamples of the data sets. Round 40's plan reads a learner's line
as "holds" when the size of its signed error beyond 4x falls and "hurts" when it grows by more than 0.005.

Usage (round 39: v46 with the family layer against v46 without it)::

    .venv/bin/python benchmarks/forecast/paired_readings.py --before s46L0-report --after s46-report --resample 1000
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

from planner.forecast.draws import learner_family  # noqa: E402
from summarize import pooled_rows  # noqa: E402

#: How much larger in size a signed error may grow before a line reads "hurts" (round 40's plan).
HURTS = 0.005


def at_8x(acc: pd.DataFrame, lab: pd.DataFrame) -> np.ndarray:
    """(median absolute accuracy error, labels within 2x, wrongly "unreachable") at 8x, as ``summarize.at_8x``."""
    a = acc[acc["prefix_kind"] == "frac8"]
    a = a[a["n"] == a.groupby("case_id")["n"].transform("max")]
    every = lab[lab["prefix_kind"] == "frac8"]
    fin = every[every["truth_finite"]]
    return np.array([a["abs_err"].median(), every["within2x"].mean(), fin["wrong_unreach"].mean()])


def reading(acc: pd.DataFrame, lab: pd.DataFrame) -> dict:
    """One side's numbers for one group of rows."""
    far = acc[acc["ratio"] > 4.0]
    return {"rows": len(far), "signed": float(far["err"].median()), "abs": float(far["abs_err"].median()),
            "coverage": float(acc["covered"].mean()), "at_8x": at_8x(acc, lab)}


def verdict(before: float, after: float) -> str:
    """Round 40's plan's word for a change of the signed error beyond 4x."""
    if abs(after) < abs(before):
        return "holds"
    return "hurts" if abs(after) > abs(before) + HURTS else "neither"


def by_learner(sides: dict) -> list[str]:
    """The per-learner table, then the learners other than the MLP together (markdown lines)."""
    out = ["| learner (family) | rows beyond 4x | signed median error beyond 4x, before -> after | abs | 80% coverage "
           "(all rows) | at 8x: abs error | within 2x | wrongly unreachable | reading |",
           "|---|---:|---|---|---|---|---|---|---|"]
    learners = sorted(set(sides["after"][0]["learner"]))
    for who in learners + ["every learner but the MLP"]:
        r = {}
        for k, (a, lab) in sides.items():
            pick = (lambda d: d["learner"] != "mlp_small") if who.startswith("every") else \
                (lambda d, w=who: d["learner"] == w)
            r[k] = reading(a[pick(a)], lab[pick(lab)])
        b, f = r["before"], r["after"]
        fam = "" if who.startswith("every") else f" ({learner_family(who)})"
        pair = lambda x, y, fmt: f"{fmt.format(x)} -> {fmt.format(y)}"  # noqa: E731
        out.append(f"| {who}{fam} | {f['rows']} | {pair(b['signed'], f['signed'], '{:+.4f}')} | "
                   f"{pair(b['abs'], f['abs'], '{:.4f}')} | {pair(b['coverage'], f['coverage'], '{:.3f}')} | "
                   + " | ".join(pair(b["at_8x"][i], f["at_8x"][i], "{:.3f}") for i in range(3))
                   + f" | {verdict(b['signed'], f['signed'])} |")
    return out


def paired_8x(sides: dict, resamples: int, seed: int = 39) -> list[str]:
    """The 8x readings' differences (after minus before) on every set and over ``resamples`` resamples of them."""
    keys = sorted(set(sides["after"][0]["key"]))
    per = {k: {key: (a[a["key"] == key], lab[lab["key"] == key]) for key in keys} for k, (a, lab) in sides.items()}

    def diff(ks) -> np.ndarray:
        got = {k: at_8x(pd.concat([per[k][x][0] for x in ks]), pd.concat([per[k][x][1] for x in ks])) for k in per}
        return got["after"] - got["before"]

    whole = diff(keys)
    rng = np.random.default_rng(seed)
    d = np.array([diff(rng.choice(keys, len(keys))) for _ in range(resamples)])
    lo, hi = np.quantile(d, [0.05, 0.95], axis=0)
    better = ((d[:, 0] < 0).mean(), (d[:, 1] > 0).mean(), (d[:, 2] < 0).mean())
    names = ("median abs error", "labels within 2x", "wrongly unreachable")
    return [f"- {n}: {w:+.4f} on all {len(keys)} sets; 90% over {resamples:,} resamples {a:+.4f} to {b:+.4f}; "
            f"better in {s:.1%}" for n, w, a, b, s in zip(names, whole, lo, hi, better)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="the stored report tag of the design before")
    ap.add_argument("--after", required=True, help="the stored report tag of the design reported")
    ap.add_argument("--resample", type=int, default=1000, help="resamples of the data sets for the 8x differences")
    args = ap.parse_args(argv)
    if args.resample < 1:
        raise SystemExit(f"--resample must be a whole number >= 1, got {args.resample}")
    sides = {k: (pooled_rows("skl", "report", [t], "acc"), pooled_rows("skl", "report", [t], "labels"))
             for k, t in (("before", args.before), ("after", args.after))}
    if set(sides["before"][0]["key"]) != set(sides["after"][0]["key"]):
        raise SystemExit(f"tags {args.before!r} and {args.after!r} hold different data sets: read pairs of one set")
    print("\n".join(by_learner(sides)))
    print(f"\nAt 8x, {args.after} minus {args.before}:\n")
    print("\n".join(paired_8x(sides, args.resample)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
