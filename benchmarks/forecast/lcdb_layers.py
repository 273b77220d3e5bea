"""Round 51: the family and level layers on LCDB's real curves and on the loop's (``benchmarks/plans/round51.md``).

The family layer (rounds 39-43) and the level layer (rounds 46-49) were chosen on the scikit-learn loop's curves
alone; LCDB was last read in round 22. This screen reads candidates on both corpora at once, by issue 18's own
targets (:func:`targets51`, 27 of them):

* 80% accuracy coverage in 0.75-0.88 in LCDB's 8 issue strata (:data:`summarize.ISSUE_STRATA`), the loop's 8 and
  the loop's three issue learners (:data:`ISSUE_LEARNERS`);
* at 8x (:func:`summarize.at_8x`): labels within 2x at least 0.55 and wrongly "unreachable" at most 0.10, per corpus;
* pooled accuracy coverage and pooled labels-to-target coverage in band, per corpus.

:func:`choose51` takes the candidate meeting the most, then the smaller sum of shortfalls, then the earlier of
V5 (shipped), L5 (no family layer), F0 (neither layer).

LCDB's rows are re-split (:func:`part51`): its calibration part stays; the 74 ids of its former selection and report
parts go a third to ``report2`` and the rest to ``selection2``, by a hash with a salt of this round's own, because
the former report part was looked at (under V5, R0 and round 22's forecast) before this screen was planned. The
screen reads ``selection2``; ``report2`` is read once, at the end (``--part report2 --i-mean-report``).

Usage (stems: ``evaluate_curves.py`` tags without their part's suffix, ``-sel`` and ``-report``; the loop's rows as
``NAME:PART:tag,tag,...``)::

    .venv/bin/python benchmarks/forecast/lcdb_layers.py \\
        --lcdb V5=s51V5-lcdb,L5=s51L5-lcdb,F0=s51F0-lcdb \\
        --skl V5:report:s52-report,s53-report,s54-report,s55-report,s56-report,s57-report \\
        --skl L5:selection:s52L5-sel,s53L5-sel,s54L5-sel,s55L5-sel,s56L5-sel,s57L5-sel \\
        --skl F0:selection:s52F0-sel,s53F0-sel,s54F0-sel,s55F0-sel,s56F0-sel,s57F0-sel
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from family_layer import BAND  # noqa: E402
from regime_layer import split_tags  # noqa: E402
from summarize import at_8x, pooled_rows, rows, strata_cells  # noqa: E402

#: The salt of round 51's LCDB split (:func:`part51`).
SALT51 = "alplan-lcdb-r51:"
#: A key whose hash's first byte is below this goes to ``report2`` (86 / 256: a third).
REPORT2_BELOW = 86
#: The loop's learners the issue names: the MLP and logistic regression at C = 10 and C = 0.1.
ISSUE_LEARNERS = ("mlp_small", "logreg_c10", "logreg_c0.1")
#: The 8x aims: labels within 2x at least, wrongly "unreachable" at most.
WITHIN_2X, UNREACHABLE = 0.55, 0.10
#: The candidates in the order that breaks a tie.
ORDER51 = ("V5", "L5", "F0")
#: LCDB's former parts whose ids are re-split.
FORMER = ("selection", "report")


def part51(key: str) -> str:
    """``"report2"`` or ``"selection2"`` for an LCDB key of the former selection or report part."""
    return "report2" if hashlib.sha256((SALT51 + key).encode()).digest()[0] < REPORT2_BELOW else "selection2"


def lcdb_rows(stem: str, kind: str, part: str) -> pd.DataFrame:
    """LCDB's stored rows of tag stem ``stem`` (``<stem>-sel`` on the former selection part, ``<stem>-report`` on the
    former report part) in ``part`` (``selection2`` or ``report2``)."""
    df = pd.concat([rows("lcdb", "selection", f"{stem}-sel", kind), rows("lcdb", "report", f"{stem}-report", kind)],
                   ignore_index=True)
    return df[df["key"].map(part51) == part].reset_index(drop=True)


def _cover(value: float) -> tuple[float, float, float]:
    return value, BAND[0], BAND[1]


def targets51(acc_l: pd.DataFrame, lab_l: pd.DataFrame, acc_s: pd.DataFrame,
              lab_s: pd.DataFrame) -> dict[str, tuple[float, float, float]]:
    """Issue 18's 27 targets on LCDB's rows (``acc_l``, ``lab_l``) and the loop's (``acc_s``, ``lab_s``):
    ``{name: (value, low, high)}``, met when ``low <= value <= high``."""
    out: dict[str, tuple[float, float, float]] = {}
    for name, acc, lab in (("lcdb", acc_l, lab_l), ("skl", acc_s, lab_s)):
        for cell, v in strata_cells(acc).items():
            out[f"{name}:{cell}"] = _cover(v)
        if name == "skl":
            for learner in ISSUE_LEARNERS:
                out[f"skl:learner={learner}"] = _cover(float(acc.loc[acc["learner"] == learner, "covered"].mean()))
        out[f"{name}:pooled"] = _cover(float(acc["covered"].mean()))
        out[f"{name}:labels pooled"] = _cover(float(lab["covered"].mean()))
        e = at_8x(acc.assign(source=name), lab.assign(source=name), decimals=None).iloc[0]
        out[f"{name}:8x within 2x"] = (float(e["within_2x"]), WITHIN_2X, 1.0)
        out[f"{name}:8x wrongly unreachable"] = (float(e["wrongly_unreachable"]), 0.0, UNREACHABLE)
    return out


def shortfall(value: float, low: float, high: float) -> float:
    """How far ``value`` lies outside ``[low, high]`` (0 inside; a missing value counts 1)."""
    if value != value:   # NaN: no rows
        return 1.0
    return max(low - value, value - high, 0.0)


def score51(tg: dict[str, tuple[float, float, float]]) -> dict:
    """``met`` (targets met) and ``short`` (their summed shortfalls) of :func:`targets51`'s table."""
    shorts = [shortfall(*v) for v in tg.values()]
    return {"met": sum(s == 0.0 for s in shorts), "short": float(sum(shorts)), "targets": len(shorts)}


def choose51(scores: dict[str, dict], order: tuple[str, ...] = ORDER51) -> str:
    """The candidate meeting the most targets, then the smaller summed shortfall, then the earlier of ``order``
    (names not in it after those in it, as given)."""
    if not scores:
        raise ValueError("no candidate scored")
    names = list(scores)
    rank = {k: order.index(k) if k in order else len(order) + names.index(k) for k in names}
    return min(names, key=lambda k: (-scores[k]["met"], round(scores[k]["short"], 6), rank[k]))


def _pairs(text: str) -> dict[str, str]:
    out = {}
    for item in text.split(","):
        name, sep, stem = item.partition("=")
        if not sep or not name.strip() or not stem.strip():
            raise ValueError(f"--lcdb: {item!r} is not NAME=STEM")
        out[name.strip()] = stem.strip()
    return out


def _skl(specs: list[str]) -> dict[str, tuple[str, list[str]]]:
    out = {}
    for spec in specs:
        name, part, tags = (spec.split(":", 2) + ["", ""])[:3]
        tag_list = split_tags(tags)
        if not name or part not in ("selection", "report") or not tag_list:
            raise ValueError(f"--skl: {spec!r} is not NAME:PART:tag,tag,... (PART selection or report)")
        out[name] = (part, tag_list)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lcdb", required=True, help="NAME=STEM,... (LCDB's tags: STEM-sel and STEM-report)")
    ap.add_argument("--skl", action="append", default=[], help="NAME:PART:tag,tag,... (the loop's rows), per name")
    ap.add_argument("--part", default="selection2", choices=("selection2", "report2"))
    ap.add_argument("--i-mean-report", action="store_true", help="allow --part report2 (read once, at the end)")
    args = ap.parse_args(argv)
    if args.part == "report2" and not args.i_mean_report:
        print("--part report2 is read once, at the end: add --i-mean-report", file=sys.stderr)
        return 2
    try:
        lcdb, skl = _pairs(args.lcdb), _skl(args.skl)
        scores, tables = {}, {}
        for name in [n for n in lcdb if n in skl]:
            part, tags = skl[name]
            tg = targets51(lcdb_rows(lcdb[name], "acc", args.part), lcdb_rows(lcdb[name], "labels", args.part),
                           pooled_rows("skl", part, tags, "acc"), pooled_rows("skl", part, tags, "labels"))
            tables[name], scores[name] = tg, score51(tg)
    except (OSError, ValueError) as exc:
        print(f"lcdb_layers: {exc}", file=sys.stderr)
        return 2
    if not scores:
        print("lcdb_layers: no candidate has both --lcdb and --skl rows", file=sys.stderr)
        return 2
    names = list(scores)
    print(f"| target ({args.part}) | aim | " + " | ".join(names) + " |")
    print("|---|---|" + "---:|" * len(names))
    for t, (_, lo, hi) in tables[names[0]].items():
        cells = []
        for n in names:
            v = tables[n][t][0]
            cells.append(f"{v:.3f}" + ("" if shortfall(*tables[n][t]) == 0.0 else " (missed)"))
        print(f"| {t} | {lo:.2f}-{hi:.2f} | " + " | ".join(cells) + " |")
    print("| **met** | | " + " | ".join(f"{scores[n]['met']} of {scores[n]['targets']}" for n in names) + " |")
    print("| shortfall | | " + " | ".join(f"{scores[n]['short']:.3f}" for n in names) + " |")
    print(f"\nchoose51: {choose51(scores)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
