"""Round 19's readings (``benchmarks/plans/round19.md``), from rows ``evaluate_curves.py`` stored.

``screens``: the two screens read before design W, on the selection part's rows at the round-18 forecast
(tags ``r18-sel-lcdb`` for LCDB; ``r17-sel-base`` and ``r16-sel-nn-N2-0.5`` for scikit-learn, the neural rows
from the second) and the calibration part's LCDB rows (``r18-cal-lcdb``):

* a learned correction of the median (gradient boosting, absolute loss, on the forecast's own 10/50/90% points,
  gain from the first forecast point, width, log ratio, learner and runs; fitted on the calibration part's LCDB
  rows, scored on the selection part's at 8x) against the shipped median and a flat forecast;
* the spread's logit distances times c, accuracy rows only (approximate: the factor's growth from 1 at the
  measured end to the first knot is read as linear in log ratio).

``cells C1,C2,...``: the rule's 40 cells (source x the issue's strata x accuracy / labels up to 16x) for the
selection rows tagged ``r19-sel-c<C>`` (and ``-same``), the pooled coverage and LCDB's 8x scores.

Usage::

    .venv/bin/python benchmarks/forecast/round19.py screens
    .venv/bin/python benchmarks/forecast/round19.py cells 1.0,1.05,1.10,1.15
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import logit

HERE = Path(__file__).resolve().parent
for _p in (str(HERE), str(HERE.parents[1])):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from summarize import DATA, ISSUE_STRATA, at_8x, rows  # noqa: E402

#: The rule's strata: the issue's, and its learners (logreg and mlp: LCDB's and the AL truth's linear and neural).
STRATA = ISSUE_STRATA + [("family", "linear"), ("family", "neural")]
FEATURES = ["q50", "q50_first", "width", "gain", "lr", "lcode", "single", "runs"]


def _lcdb_rows(part: str, tag: str) -> pd.DataFrame:
    a = pd.read_parquet(DATA / f"curves_lcdb_{part}_{tag}_acc.parquet").sort_values(["case_id", "n"])
    a["q50_first"] = a.groupby("case_id")["q50"].transform("first")
    a["width"], a["gain"] = a["q90"] - a["q10"], a["q50"] - a["q50_first"]
    a["lr"] = np.log2(a["ratio"])
    a["single"] = (a["single_run"] == "single run").astype(int)
    a["y"] = a["truth"] - a["q50"]
    return a


def _at8(a: pd.DataFrame) -> pd.DataFrame:
    b = a[a["prefix_kind"] == "frac8"]
    return b[b["n"] == b.groupby("case_id")["n"].transform("max")]


def screens() -> None:
    from sklearn.ensemble import HistGradientBoostingRegressor

    cal, sel = _lcdb_rows("calibration", "r18-cal-lcdb"), _lcdb_rows("selection", "r18-sel-lcdb")
    codes = {name: i for i, name in enumerate(sorted(set(cal["learner"].astype(str))))}
    for a in (cal, sel):
        a["lcode"] = a["learner"].astype(str).map(codes).fillna(-1)
    s8 = _at8(sel)
    print(f"LCDB selection part at 8x ({len(s8)} cases): median |error| of the shipped median "
          f"{np.median(np.abs(s8['y'])):.4f}; flat from the first forecast point "
          f"{np.median(np.abs(s8['truth'] - s8['q50_first'])):.4f}")
    for name, train in (("the 8x rows", _at8(cal)), ("every row", cal)):
        model = HistGradientBoostingRegressor(loss="absolute_error", max_iter=300, learning_rate=0.05,
                                              max_leaf_nodes=15, min_samples_leaf=40,
                                              categorical_features=[FEATURES.index("lcode")], random_state=0)
        model.fit(train[FEATURES], train["y"])
        err = s8["y"] - model.predict(s8[FEATURES])
        print(f"  corrected, fitted on the calibration part's {name} ({len(train):,}): {np.median(np.abs(err)):.4f}")
    a = pd.concat([rows("lcdb", "selection", "r18-sel-lcdb", "acc"),
                   rows("skl", "selection", "r17-sel-base", "acc").query("family != 'neural'"),
                   rows("skl", "selection", "r16-sel-nn-N2-0.5", "acc").query("family == 'neural'")],
                  ignore_index=True)
    m, lo, hi, y = (logit(np.clip(a[c].to_numpy(dtype=float), 1e-4, 1 - 1e-4)) for c in ("q50", "q10", "q90", "truth"))
    t = np.clip(np.log(a["ratio"].to_numpy()) / np.log(np.sqrt(2)), 0, 1)
    for c in (1.0, 1.1, 1.2, 1.3):
        ce = 1 + (c - 1) * t
        cov = a["covered"] if c == 1.0 else pd.Series((y >= m - ce * (m - lo) - 1e-9) & (y <= m + ce * (hi - m) + 1e-9))
        by = pd.Series(cov.to_numpy()).groupby(a["source"].to_numpy()).mean()
        print(f"spread x {c}: accuracy coverage, LCDB {by['lcdb']:.3f}, scikit-learn {by['skl']:.3f}")


def cells(candidates: list[str]) -> None:
    res = {}
    for c in candidates:
        tag = f"r19-sel-c{c}"
        acc = {s: rows(s, "selection", tag, "acc") for s in ("lcdb", "skl")}
        lab = {s: rows(s, "selection", tag, "labels") for s in ("lcdb", "skl")}
        got = {}
        for s in ("lcdb", "skl"):
            upto16 = lab[s][lab[s]["stratum_ratio"] != "beyond"]
            for col, v in STRATA:
                for what, t in (("accuracy", acc[s]), ("labels up to 16x", upto16)):
                    g = t[t[col] == v]
                    got[(s, f"{col}={v}", what)] = (len(g), float(g["covered"].mean()) if len(g) else np.nan)
        res[c] = (got, pd.concat(acc.values())["covered"].mean(), at_8x(pd.concat(acc.values()), pd.concat(lab.values())))
    keys = list(res[candidates[0]][0])
    kept = [k for k in keys if all(res[c][0][k][0] >= 100 for c in candidates)]
    tab = pd.DataFrame({f"c={c}": [res[c][0][k][1] for k in kept] for c in candidates},
                       index=pd.MultiIndex.from_tuples(kept, names=["source", "stratum", "coverage of"]))
    tab.insert(0, "rows", [res[candidates[0]][0][k][0] for k in kept])
    print(tab.round(3).to_string())
    print(f"\ncells of at least 100 rows: {len(kept)} of {len(keys)}")
    for c in candidates:
        col = tab[f"c={c}"]
        e = res[c][2].loc["lcdb"]
        print(f"c={c}: {int(((col >= 0.75) & (col <= 0.88)).sum())} in band; pooled accuracy coverage {res[c][1]:.3f}; "
              f"LCDB at 8x: error {e['acc_mae']:.3f}, within 2x {e['within_2x']:.3f}, "
              f"wrongly unreachable {e['wrongly_unreachable']:.3f}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["screens"] and len(argv) == 1:
        screens()
    elif argv[:1] == ["cells"] and len(argv) == 2:
        cells(argv[1].split(","))
    else:
        print(__doc__.split("Usage::")[1].rstrip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
