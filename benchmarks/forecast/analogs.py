"""Build the planner's analog library from the calibration part, and compare designs on the selection part.

``build``: every calibration-part case of the evaluation corpus (LCDB 1.0, the scikit-learn AL truth, the simulator's
curves; ``split.py`` decides the part, the LCDB holdout ids are in no part) whose truth reaches at least
``--min-ratio`` times its prefix's labels becomes one library row: the prefix's features
(:func:`planner.forecast.analogs.features`, from the same raw draws ``calibrate.py`` fits on) and the tail its truth
followed (:func:`planner.forecast.analogs.fit_outcome`), with its data set's split key and source (so a test can check
that only calibration-part data sets are in it). Writes ``planner/data/analogs.csv``.

``select``: scores designs (share of analog draws x neighbours) on the selection part's cases, accuracy at the truth
ratios, tail only, per stratum (source, runs, shape, kind, ratio): 80% coverage, the share of truths below the
interval, median absolute error of the median, and the 80% interval score. Only the calibration part is read to build,
only the selection part to choose; the report part is never read here.

Usage::

    nice -n 10 .venv/bin/python benchmarks/forecast/analogs.py build
    nice -n 10 .venv/bin/python benchmarks/forecast/analogs.py select --cal planner/data/extrapolation.csv \\
        --weights 0,0.5,1 --k 25,50,100,200
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(ROOT), str(HERE)) if p not in sys.path]

import calibrate  # noqa: E402
from files import write_whole  # noqa: E402
from planner.forecast import analogs  # noqa: E402
from planner.forecast.extrapolation import (calibration_for, calibration_from_frame, draw_tails,  # noqa: E402
                                            tail_accuracy)

OUT = ROOT / "planner" / "data" / "analogs.csv"
SOURCES = ("lcdb", "skl", "sim")
LEVEL = 0.8


def slope_of(p) -> np.ndarray:
    """The raw draws' fitted slope at n_max (raw_tails stores rate = slope / (plateau - y_end))."""
    return p.rate * np.maximum(p.plateau - p.y_end, 0.0)


def library_row(p, min_ratio: float) -> dict | None:
    if p.ratio.size < 2 or p.ratio.max() < min_ratio:
        return None
    x = analogs.features(p.y_end, slope_of(p), p.regime, p.se_logit, p.kind)
    s, g, a = analogs.fit_outcome(float(np.median(p.y_end)), p.ratio, p.truth, p.se_logit)
    return {**dict(zip(analogs.FEATURES, x)), "s": round(s, 4), "g": round(g, 4), "a": round(a, 4),
            "source": p.case.source, "key": p.case.key}


def build(args) -> int:
    prepared = calibrate.load_prepared("calibration", args.sources.split(","), args.limit)
    rows = [r for p in prepared if (r := library_row(p, args.min_ratio)) is not None]
    df = pd.DataFrame(rows)
    keys = df["key"]
    print(f"{len(df)} library curves from {keys.nunique()} data sets "
          f"({df.groupby('source').size().to_dict()}); outcome medians "
          f"s {df.s.median():.3f}, g {df.g.median():.3f}, a {df.a.median():.3f}")
    for c in analogs.FEATURES:
        df[c] = df[c].round(4)
    write_whole(Path(args.out), lambda tmp: df.to_csv(tmp, index=False))
    print(f"wrote {args.out}")
    return 0


def samples(p, cal_table: dict, lib, cfg) -> np.ndarray:
    """(B, k) accuracy draws at the case's truth ratios under a design (the planner's own ``draw_tails``)."""
    cal = calibration_for(cal_table, p.kind, p.regime)
    y_end, plateau, rate, _ = draw_tails(p.y_end, p.plateau, p.rate, p.z, p.se_logit, cal, slope=slope_of(p),
                                         regime=p.regime, kind=p.kind, analog=cfg, library=lib)
    return np.clip(tail_accuracy(y_end, plateau, rate, p.ratio), 0.0, 1.0)


def score(prepared: list, cal_table: dict, lib, cfg) -> pd.DataFrame:
    rows = []
    a = 1 - LEVEL
    for p in prepared:
        s = samples(p, cal_table, lib, cfg)
        lo, med, hi = np.quantile(s, [a / 2, 0.5, 1 - a / 2], axis=0)
        for j, r in enumerate(p.ratio):
            t = p.truth[j]
            rows.append({"source": p.case.source, "runs": p.regime.runs, "shape": p.regime.shape, "kind": p.kind,
                         "key": p.case.key, "ratio": r, "covered": lo[j] <= t <= hi[j], "below": t < lo[j],
                         "abs_err": abs(med[j] - t),
                         "iscore": (hi[j] - lo[j]) + 2 / a * (max(lo[j] - t, 0) + max(t - hi[j], 0))})
    df = pd.DataFrame(rows)
    df["ratio_bin"] = pd.cut(df["ratio"], [1, 2, 4, 8, 16.0001], labels=["<=2x", "2-4x", "4-8x", "8-16x"])
    return df


def select(args) -> int:
    cal_table = calibration_from_frame(pd.read_csv(args.cal))
    lib = analogs.Library.from_frame(pd.read_csv(OUT))
    prepared = calibrate.load_prepared("selection", args.sources.split(","), args.limit)
    print(f"library: {len(lib)} curves; selection: {len(prepared)} cases")
    summary = []
    for w in [float(v) for v in args.weights.split(",")]:
        for k in ([int(v) for v in args.k.split(",")] if w > 0 else [0]):
            df = score(prepared, cal_table, lib, analogs.AnalogConfig(weight=w, k=k))
            row = {"weight": w, "k": k, "coverage": df.covered.mean(), "below": df.below.mean(),
                   "mae": df.abs_err.median(), "iscore": df.iscore.mean()}
            for by in ("source", "runs", "shape", "ratio_bin"):
                for v, g in df.groupby(by, observed=True):
                    row[f"{v}"] = round(float(g.covered.mean()), 3)
            # the worst stratum of the grid: source x runs x shape x ratio
            cells = df.groupby(["source", "runs", "shape", "ratio_bin"], observed=True).covered.agg(["mean", "size"])
            cells = cells[cells["size"] >= 30]
            row["worst_cell"] = round(float(cells["mean"].min()), 3)
            row["cells_in_band"] = round(float(((cells["mean"] >= 0.75) & (cells["mean"] <= 0.88)).mean()), 3)
            summary.append(row)
            print(pd.DataFrame([row]).round(3).to_string(index=False), flush=True)
    out = pd.DataFrame(summary)
    print(out.round(3).to_string(index=False))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the library from the calibration part")
    b.add_argument("--sources", default=",".join(SOURCES))
    b.add_argument("--limit", type=int, default=0, help="at most this many cases per source (seeded; 0 = all)")
    b.add_argument("--min-ratio", type=float, default=4.0, help="truth to at least this many times the prefix")
    b.add_argument("--out", default=str(OUT))
    s = sub.add_parser("select", help="score designs on the selection part")
    s.add_argument("--sources", default=",".join(SOURCES))
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--cal", default=str(ROOT / "planner" / "data" / "extrapolation.csv"))
    s.add_argument("--weights", default="0,0.5,1")
    s.add_argument("--k", default="25,50,100,200")
    args = ap.parse_args(argv)
    return build(args) if args.cmd == "build" else select(args)


if __name__ == "__main__":
    raise SystemExit(main())
