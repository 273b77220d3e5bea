"""Screen leaving some families' shifts out of the shipped family layer, on stored rows (rounds 42 and 43).

Round 39's layer moves the forecast's median per learner family; for the families whose shift is negative (linear
models, naive Bayes) three reports showed the labels to a target at 8x wrongly called "unreachable" more often.
Leaving a family's shift out gives that family's learners exactly the forecast without the layer, so a candidate's
rows need no new run: on sets scored twice, once under the shipped design and once without any layer (``L0``),
each learner's rows come from the shipped run when its family keeps its shift and it takes the layer
(:func:`planner.forecast.draws.takes_family_layer`), else from the L0 run. Accuracy and labels rows both, seed means
and single runs as ``summarize.py`` pairs them.

The rule (``benchmarks/plans/round42.md``, :func:`choose`): a candidate replaces the shipped K only if at 8x its
wrongly "unreachable" share is at least 0.005 lower, its labels-within-2x share not more than 0.005 lower, its
median absolute accuracy error not more than 0.001 higher, and its 80% coverage cells in band (the issue's 8 strata
and each learner with at least 200 rows) not fewer; of those the lower wrongly "unreachable" share, a tie (within
0.002) to the smaller change. Round 43's rule (``--round 43``, :func:`choose43`, written after round 42's
readings, on a fresh split) weighs N1 against K by the same 8x readings and the issue's coverage strata alone.

Usage (from the repository root; ``PART:TAG`` pairs, the shipped run then the L0 run of the same sets)::

    .venv/bin/python benchmarks/forecast/family_drop.py \\
        --pair report:s46-report=report:s46L0-report --pair report:s47-report=report:s47L0-report \\
        --pair selection:s48K-sel=selection:s48L0-sel --pair report:s49-report=report:s49L0-report
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from family_layer import BAND  # noqa: E402
from planner.forecast.draws import takes_family_layer  # noqa: E402
from summarize import at_8x, rows, strata_cells  # noqa: E402

#: Round 42's candidates: the families whose shift each leaves out (K: none, the shipped design).
CANDIDATES = {"K": (), "N1": ("linear",), "N2": ("linear", "NB")}
#: A learner's coverage is a cell of the rule when it has at least this many accuracy rows.
MIN_LEARNER_ROWS = 200


def compose(shipped: pd.DataFrame, before: pd.DataFrame, dropped: tuple[str, ...]) -> pd.DataFrame:
    """The rows of a candidate that leaves ``dropped`` families' shifts out: ``shipped``'s rows of learners that
    keep a shift, ``before``'s (the same sets without any layer) of the others. Both runs must hold the same sets."""
    if set(shipped["key"]) != set(before["key"]):
        raise ValueError("the shipped and the no-layer rows hold different data sets: pair runs of the same sets")

    def keeps(df: pd.DataFrame):
        return (~df["family"].isin(dropped)) & df["learner"].map(lambda m: takes_family_layer(str(m)))

    return pd.concat([shipped[keeps(shipped)], before[~keeps(before)]], ignore_index=True)


def score(acc: pd.DataFrame, lab: pd.DataFrame) -> dict:
    """The rule's readings: at 8x (``summarize.at_8x``) the median absolute accuracy error, labels within 2x and
    wrongly "unreachable"; the cells in band; per family the three 8x readings."""
    eight = at_8x(acc, lab, decimals=None)
    if len(eight) != 1:
        raise ValueError("score one source at a time")
    e = eight.iloc[0]
    cells = strata_cells(acc)
    sizes = acc.groupby("learner").size()
    cells |= {f"learner={k}": float(acc.loc[acc["learner"] == k, "covered"].mean())
              for k in sorted(sizes[sizes >= MIN_LEARNER_ROWS].index)}
    families = {}
    for fam in sorted(set(acc["family"])):
        f8 = at_8x(acc[acc["family"] == fam], lab[lab["family"] == fam])
        if len(f8):
            families[fam] = (float(f8["acc_mae"].iloc[0]), float(f8["within_2x"].iloc[0]),
                             float(f8["wrongly_unreachable"].iloc[0]))
    # the rule of round 42 reads the error as summarize.py prints it (3 decimals), round 43's unrounded
    return {"mae8": round(float(e["acc_mae"]), 3), "mae8_exact": float(e["acc_mae"]),
            "within2x": round(float(e["within_2x"]), 3),
            "unreach": round(float(e["wrongly_unreachable"]), 3), "cells": cells,
            "in_band": sum(BAND[0] <= v <= BAND[1] for v in cells.values()), "families": families}


def choose(scores: dict[str, dict]) -> str:
    """Round 42's rule (module docstring): ``K`` unless a candidate qualifies."""
    base = scores["K"]
    ok = [k for k in scores if k != "K"
          and scores[k]["unreach"] <= base["unreach"] - 0.005
          and scores[k]["within2x"] >= base["within2x"] - 0.005
          and scores[k]["mae8"] <= base["mae8"] + 0.001
          and scores[k]["in_band"] >= base["in_band"]]
    if not ok:
        return "K"
    best = min(scores[k]["unreach"] for k in ok)
    near = [k for k in ok if scores[k]["unreach"] <= best + 0.002]
    return min(near, key=lambda k: len(CANDIDATES.get(k, ())))


#: Round 43's coverage cells (``benchmarks/plans/round43.md``): the issue's 8 strata and its learners, logistic
#: regression (C = 0.1 and 10) and the MLP.
ROUND43_LEARNERS = ("logreg_c0.1", "logreg_c10", "mlp_small")


def choose43(scores: dict[str, dict]) -> str:
    """Round 43's rule: N1 replaces K if at 8x its wrongly "unreachable" share is at least 0.005 lower, within 2x
    not more than 0.005 lower, the median error (unrounded) not more than 0.001 higher, and every issue stratum
    and issue learner (:data:`ROUND43_LEARNERS`) in the band."""
    base, n1 = scores["K"], scores["N1"]
    cells = [v for c, v in n1["cells"].items()
             if not c.startswith("learner=") or c.split("=", 1)[1] in ROUND43_LEARNERS]
    ok = (n1["unreach"] <= base["unreach"] - 0.005 and n1["within2x"] >= base["within2x"] - 0.005
          and n1["mae8_exact"] <= base["mae8_exact"] + 0.001 and all(BAND[0] <= v <= BAND[1] for v in cells))
    return "N1" if ok else "K"


def _pair(text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    try:
        after, before = text.split("=")
        (pa, ta), (pb, tb) = after.split(":", 1), before.split(":", 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--pair {text!r}: write PART:TAG=PART:TAG (the shipped run, then the "
                                         "run without the layer)") from None
    return (pa, ta), (pb, tb)


def load(pairs, kind: str, dropped: tuple[str, ...]) -> pd.DataFrame:
    """One candidate's ``kind`` rows (``acc`` or ``labels``) over every pair, composed per pair."""
    return pd.concat([compose(rows("skl", pa, ta, kind), rows("skl", pb, tb, kind), dropped)
                      for (pa, ta), (pb, tb) in pairs], ignore_index=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pair", type=_pair, action="append", required=True,
                    help="PART:TAG=PART:TAG: the shipped run's stored rows, then the same sets' without any layer")
    ap.add_argument("--round", type=int, choices=(42, 43), default=42,
                    help="42: K, N1 and N2 by round 42's rule; 43: K and N1 by round 43's")
    args = ap.parse_args(argv)
    scores = {}
    candidates = CANDIDATES if args.round == 42 else {k: CANDIDATES[k] for k in ("K", "N1")}
    for name, dropped in candidates.items():
        acc, lab = load(args.pair, "acc", dropped), load(args.pair, "labels", dropped)
        scores[name] = score(acc, lab)
    print(f"{acc['key'].nunique()} data sets, {len(acc):,} accuracy rows, {len(lab):,} labels rows\n")
    names = list(scores)
    print("| reading | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names))
    for label, field, fmt in (("at 8x: median abs error", "mae8", "{:.4f}"),
                              ("at 8x: median abs error, unrounded", "mae8_exact", "{:.5f}"),
                              ("at 8x: within 2x", "within2x", "{:.3f}"),
                              ("at 8x: wrongly unreachable", "unreach", "{:.3f}"),
                              ("cells in band", "in_band", "{}")):
        print(f"| {label} | " + " | ".join(fmt.format(scores[k][field]) for k in names) + " |")
    for c in scores["K"]["cells"]:
        print(f"| {c} | " + " | ".join(f"{scores[k]['cells'][c]:.3f}" for k in names) + " |")
    print("\nper family at 8x: median abs error / within 2x / wrongly unreachable\n")
    print("| family | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for fam in scores["K"]["families"]:
        print(f"| {fam} | " + " | ".join("{:.3f} / {:.3f} / {:.3f}".format(*scores[k]["families"][fam])
                                         for k in names) + " |")
    print(f"\nround {args.round}'s rule picks {(choose if args.round == 42 else choose43)(scores)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
