"""How much one fresh report of 8 data sets can say: the selection part resampled to reports of that size.

Each fresh report scores the shipped design on 8 new data sets (16 (data set, learner) pairs). The issue's
targets ask every stratum within 0.75-0.88 and P(AL cheaper) within 0.10 of the observed rate in every bin of
at least 30 cases. This draws reports of ``--sets`` data sets at random from the scikit-learn selection part
(rows ``evaluate_curves.py`` and ``evaluate_decisions.py`` stored for it) and reads, over the draws, how often a
report of that size would put the accuracy coverage of each of the issue's strata in the band, for a design
scored on the whole part as the stored rows say; and, with round 9's
:func:`evaluate_decisions.reliability_spread` (``2 x --sets`` (data set, learner) groups drawn at a time, bins of
at least 30 cases), how often every populated P bin would be within 0.10.

Usage::

    .venv/bin/python benchmarks/forecast/report_size.py --tag r19-sel-c1.05 --decisions benchmarks/.data/forecast/r19sel-c1.05/decisions_selection.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
for _p in (str(HERE), str(HERE.parents[1])):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from evaluate_decisions import reliability_spread  # noqa: E402
from summarize import ISSUE_STRATA, rows, strata_cells  # noqa: E402



def coverage_draws(acc: pd.DataFrame, sets: int, draws: int, rng: np.random.Generator) -> pd.DataFrame:
    """Per draw of ``sets`` data sets: each stratum's accuracy coverage."""
    keys = np.array(sorted(acc["key"].unique()))
    cells = {}
    for col, v in ISSUE_STRATA:
        g = acc[acc[col] == v].groupby("key")["covered"].agg(["sum", "size"])
        cells[f"{col}={v}"] = g.reindex(keys, fill_value=0)
    out = []
    for _ in range(draws):
        pick = rng.choice(keys.size, size=sets, replace=False)
        out.append({k: float(c["sum"].to_numpy()[pick].sum() / max(c["size"].to_numpy()[pick].sum(), 1))
                    for k, c in cells.items()})
    return pd.DataFrame(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tag", required=True, help="evaluate_curves.py's tag of the skl selection rows")
    ap.add_argument("--decisions", type=Path, required=True, help="evaluate_decisions.py's decisions_selection.json")
    ap.add_argument("--sets", type=int, default=8)
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    acc = rows("skl", "selection", args.tag, "acc")
    cov = coverage_draws(acc, args.sets, args.draws, rng)
    whole = strata_cells(acc)
    inband = (cov >= 0.75) & (cov <= 0.88)
    print(f"{acc['key'].nunique()} data sets; {args.draws} reports of {args.sets} drawn (seed {args.seed})\n")
    print("| stratum | whole part | reports: 10% / 50% / 90% | in 0.75-0.88 |")
    print("|---|---|---|---|")
    for k in cov.columns:
        q = cov[k].quantile([0.1, 0.5, 0.9]).to_numpy()
        print(f"| {k} | {whole[k]:.3f} | {q[0]:.3f} / {q[1]:.3f} / {q[2]:.3f} | {inband[k].mean():.0%} |")
    print(f"| every stratum at once | | | {inband.all(axis=1).mean():.0%} |")
    groups = 2 * args.sets
    rel = reliability_spread(json.loads(args.decisions.read_text())["rows"], groups, draws=args.draws,
                             seed=args.seed, min_cases=30)
    print(f"\n| P(AL cheaper), bins of >= 30 cases, {groups} groups drawn | whole part | reports: 10% / 50% / 90% "
          "worst bin | within 0.10 |")
    print("|---|---|---|---|")
    for frac, v in rel.items():
        print(f"| pilot 1/{round(1 / frac)} ({v['groups']} groups) | {v['whole']:.3f} | {v['q10']:.3f} / "
              f"{v['median']:.3f} / {v['q90']:.3f} | {v['within_0.1']:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
