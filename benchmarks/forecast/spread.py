"""Fit the planner's spread factors (``planner/data/spread.csv``) on the calibration part: split conformal.

The parametric error rows (``calibrate.py``) and the analog tails (``analogs.py``) are fitted each on their own; the
draws the planner reads mix them. This script scores that mix on the calibration part and writes, per regime
(:class:`planner.forecast.draws.Spread`), how far the draws must spread around their median to hold the truth as often
as they say. For every truth at ratio ``r = n / n_max`` in (1, 16], in logits around the draws' median ``m`` with 10%
and 90% draws ``l`` and ``h``:

    above = (y - m) / (h - m),   below = (m - y) / (m - l)

and per (stratum, ratio bin) the factors are their 90% quantiles (with the split-conformal ``(1 + 1/n)`` correction):
moved by them, the 10% and 90% draws would have held 90% of the bin's truths on their side. Bins
``(1, 2], (2, 4], (4, 8], (8, 16]``, knots at their geometric centres. Strata as the planner looks them up
(:func:`planner.forecast.draws.spread_for`): ``kind:group:runs``, ``kind:runs``, ``kind``, ``all``. ``--merge-neural``
fits the neural learners' own ``nn:`` strata on the neural rows and writes them into the table at ``--out``, spelled
out per ``nn:kind:group:runs`` and floored by the factors every curve's strata give (:func:`floor_neural`: a neural
stratum may widen a range, never narrow it); ``--young-share S`` moves the young ``nn:`` strata ``S`` of the way back
to their own factors, and ``--blend-from TABLE --blend-share S`` moves every ``nn:`` factor to
``TABLE^(1 - S) x refit^S`` (:func:`blend_neural`). A stratum is written only when every bin holds at least
``--min-rows`` truths from at least ``--min-datasets`` data sets (else the curve falls back to the next). Factors are
kept within [1/4, 4]. ``--merge-metric PREFIX`` does for a metric's curves what ``--merge-neural`` does for neural
learners': it reads rows scored on curves of that metric alone (``evaluate_curves.py --metric``), fits
``PREFIX:kind:group:runs``, ``PREFIX:kind:runs`` and ``PREFIX:kind``, and writes them spelled out per
``PREFIX:kind:group:runs``, floored by every curve's strata (:func:`floor_metric`), in place of the table's
``PREFIX:`` rows (:data:`planner.forecast.spread.METRIC_STRATA` names the metrics the planner reads them for).

Reads the rows ``evaluate_curves.py --part calibration --tag TAG`` (seed-means truths) and ``--tag TAG-same`` (single
runs on their own continuation) wrote, paired as ``summarize.py`` pairs them; those rows must come from a forecast
without spread factors and with the analog library less the curve's own data set (``evaluate_curves.py``'s
``without_spread_own_set_out``), else the factors would be fitted on their own output. Only the calibration part is
read.

Usage (the shipped table: every curve's strata, then the neural ones merged in)::

    for s in lcdb skl sim; do for t in mean same; do
      .venv/bin/python benchmarks/forecast/evaluate_curves.py --source $s --part calibration --jobs 2 \\
          --truth $t --tag cal$([ $t = same ] && echo -same) \\
          --forecaster benchmarks/forecast/evaluate_curves.py:without_spread_own_set_out
    done; done
    .venv/bin/python benchmarks/forecast/spread.py --tag cal --out planner/data/spread.csv
    # the same scoring on the calibration part's neural cases alone (tag cal-nn, lcdb and skl), then
    git show 9520f6d:planner/data/spread.csv > /tmp/spread_blend.csv
    .venv/bin/python benchmarks/forecast/spread.py --tag cal-nn --sources lcdb,skl --merge-neural \\
        --young-share 0.5 --blend-from /tmp/spread_blend.csv --blend-share 0.5 --out planner/data/spread.csv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import logit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(ROOT), str(HERE)) if p not in sys.path]

from files import write_whole  # noqa: E402
from planner.forecast.spread import spread_keys  # noqa: E402
from summarize import rows as paired_rows  # noqa: E402

OUT = ROOT / "planner" / "data" / "spread.csv"
EDGES = (1.0, 2.0, 4.0, 8.0, 16.0)
KNOTS = tuple(float(np.sqrt(a * b)) for a, b in zip(EDGES[:-1], EDGES[1:]))
LEVEL = 0.9
#: The key columns of :func:`deviations`: the neural learners' ``nn:`` strata, then every row's, most specific
#: first.
LEVELS = ("n3", "n2", "n1", "n0", "s3", "s2", "s1", "s0")
BOUNDS = (0.25, 4.0)
_EPS = 1e-6
#: Accuracies are clipped to [LOGIT_CLIP, 1 - LOGIT_CLIP] before their logits are taken.
LOGIT_CLIP = 1e-4


def deviations(acc: pd.DataFrame) -> pd.DataFrame:
    """The rows with their strata, ratio bin and the two normalized deviations."""
    a = acc[(acc["ratio"] > 1.0) & (acc["ratio"] <= EDGES[-1] * 1.0001)].copy()
    if "group" not in a.columns or a["group"].eq("").any():
        raise ValueError("rows without the planner's regime group: re-run evaluate_curves.py on this code")
    runs = np.where(a["runs"] >= 2, "seeds", "single")
    # the planner's lookup keys (most specific first), one column per level; neural learners' rows also under
    # the nn: keys (None for the others)
    keys = [spread_keys(k, g, r) for k, g, r in zip(a["kind"], a["group"], runs)]
    nn_keys = [[x for x in spread_keys(k, g, r, neural=True) if x.startswith("nn:")] + [None] * 4
               for k, g, r in zip(a["kind"], a["group"], runs)]
    neural = (a["family"] == "neural").to_numpy()
    for level, (col, nn_col) in enumerate(zip(LEVELS[4:], LEVELS[:4])):
        a[col] = [k[level] for k in keys]
        a[nn_col] = [k[level] if is_nn else None for k, is_nn in zip(nn_keys, neural)]
    a["bin"] = np.searchsorted(np.array(EDGES[1:-1]), a["ratio"].to_numpy(), side="left")
    m, lo, hi, y = (logit(np.clip(a[c].to_numpy(dtype=float), LOGIT_CLIP, 1 - LOGIT_CLIP)) for c in ("q50", "q10", "q90", "truth"))
    a["d"], a["up"], a["down"] = y - m, np.maximum(hi - m, _EPS), np.maximum(m - lo, _EPS)
    return a


def conformal(x: np.ndarray) -> float:
    """The ``LEVEL`` quantile with the split-conformal correction, within :data:`BOUNDS`."""
    q = min(1.0, LEVEL * (1 + 1 / x.size))
    return float(np.clip(np.quantile(x, q, method="higher"), *BOUNDS))


def fit(a: pd.DataFrame, *, min_rows: int, min_datasets: int, neural: bool = False,
        levels: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Per stratum and ratio bin, the factors (``low``, ``high``); with ``neural`` also the ``nn:`` strata;
    ``levels``: only those key columns of :func:`deviations`."""
    out = []
    for level in levels or (LEVELS if neural else LEVELS[4:]):
        for key, g in a.groupby(level, sort=True, dropna=True):
            bins = [g[g["bin"] == b] for b in range(len(KNOTS))]
            if any(len(b) < min_rows or b["key"].nunique() < min_datasets for b in bins):
                continue
            for knot, gb in zip(KNOTS, bins):
                d = gb["d"].to_numpy()
                above, below = d / gb["up"].to_numpy(), -d / gb["down"].to_numpy()
                out.append({"stratum": key, "ratio": round(knot, 6), "low": round(conformal(below), 4),
                            "high": round(conformal(above), 4), "shift": 0.0, "n_rows": len(gb),
                            "n_datasets": int(gb["key"].nunique()),
                            "sources": "+".join(sorted(gb["source"].unique()))})
    return pd.DataFrame(out)


def fit_metric(a: pd.DataFrame, prefix: str, *, min_rows: int, min_datasets: int) -> pd.DataFrame:
    """The factors of a metric's own strata, ``PREFIX:kind:group:runs``, ``PREFIX:kind:runs`` and ``PREFIX:kind``,
    on rows of that metric's curves (:func:`deviations`'s ``s3``, ``s2`` and ``s1`` keys under ``prefix``); a
    stratum is written where every ratio bin has enough rows (:func:`fit`)."""
    levels = ("s3", "s2", "s1")
    b = a.assign(**{col: prefix + ":" + a[col].astype(str) for col in levels})
    return fit(b, min_rows=min_rows, min_datasets=min_datasets, levels=levels)


def floor_metric(table: pd.DataFrame, own: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """``table`` with its ``PREFIX:`` rows replaced by ``own``'s strata spelled out per ``PREFIX:kind:group:runs``
    (its own, else ``PREFIX:kind:runs``, else ``PREFIX:kind``), each factor the larger of the metric stratum's and the one
    every curve's strata give that curve, per side and knot: a metric's stratum may widen a range, never narrow
    it. A regime neither of its strata covers keeps every curve's factors (no row is written)."""
    from planner.forecast.spread import spread_from_frame

    mine = spread_from_frame(own) if len(own) else {}

    def own_for(kind, group, runs, regime):
        keys = (f"{prefix}:{kind}:{group}:{runs}", f"{prefix}:{kind}:{runs}", f"{prefix}:{kind}")
        return next((mine[k] for k in keys if k in mine), None)

    return _floored(table, prefix, own_for)


def between_in_logs(start: float, end: float, share: float) -> float:
    """The factor ``share`` of the way from ``start`` to ``end`` in logs: ``start^(1 - share) x end^share``
    (partial pooling between two fits' factors)."""
    return float(start) ** (1.0 - share) * float(end) ** share


#: Label counts of the grown regime :func:`floor_neural` looks strata up for (any count above FEW_POINTS).
FLOOR_POINTS = 6


def spelled_out():
    """Every ``(kind, group, runs, regime)`` a table is spelled out for (kind random or al, group level, rise or
    few, runs seeds or single), with a regime of that group to look strata up by."""
    from planner.forecast.regime import FEW_POINTS, Regime

    for kind in ("random", "al"):
        for group in ("level", "rise", "few"):
            for runs in ("seeds", "single"):
                yield kind, group, runs, (
                    Regime(shape="level", runs=runs, gain=0.0, gain_se=1.0, points=FEW_POINTS) if group == "few"
                    else Regime(shape=group, runs=runs, gain=0.0, gain_se=1.0, points=FLOOR_POINTS))


def floor_neural(table: pd.DataFrame, young_share: float = 0.0) -> pd.DataFrame:
    """The table with its ``nn:`` strata spelled out per ``nn:kind:group:runs`` (kind random or al, group level, rise or
    few, runs seeds or single), each factor the larger of the neural stratum's and the one every curve's strata give
    that curve (:func:`planner.forecast.draws.spread_for`), per side and knot: a stratum fitted on neural curves alone
    may widen a range, never narrow it. With ``young_share`` ``s`` above 0 the young strata (group few) move ``s`` of
    the way from the floored factors to the neural stratum's own, in logs (``floored^(1 - s) x own^s``). The pooled
    ``nn:`` rows they replace are dropped; every other stratum is kept as it is."""
    from planner.forecast.spread import spread_for, spread_from_frame

    spreads = spread_from_frame(table)

    def own(kind, group, runs, regime):
        nn = spread_for(spreads, kind, regime, neural=True)
        return nn if nn is not None and nn.key.startswith("nn:") else None

    return _floored(table, "nn", own, young_share=young_share)


def _floored(table: pd.DataFrame, prefix: str, own_for, *, young_share: float = 0.0) -> pd.DataFrame:
    """``table`` with its ``PREFIX:`` rows replaced by ``own_for(kind, group, runs, regime)``'s factors (a
    :class:`~planner.forecast.spread.Spread` or None: no row) spelled out per ``PREFIX:kind:group:runs``
    (:func:`spelled_out`), each factor the larger of its own and the one every curve's strata give that curve,
    per side and knot, then ``young_share`` of the way back to its own for the young strata (in logs); every
    other stratum kept as it is."""
    from planner.forecast.spread import spread_for, spread_from_frame

    keep = table[~table["stratum"].str.startswith(prefix + ":")]
    generic = {k: v for k, v in spread_from_frame(keep).items() if not k.startswith("nn:")}
    rows = []
    for kind, group, runs, regime in spelled_out():
        own, base = own_for(kind, group, runs, regime), spread_for(generic, kind, regime)
        if own is None or base is None:
            continue
        if not np.allclose(own.ratios, base.ratios):
            raise ValueError(f"strata {own.key} and {base.key} have different knots")
        s = float(young_share) if group == "few" else 0.0
        for j, knot in enumerate(own.ratios):
            rows.append({"stratum": f"{prefix}:{kind}:{group}:{runs}", "ratio": round(float(knot), 6),
                         "low": round(float(between_in_logs(max(own.low[j], base.low[j]), own.low[j], s)), 4),
                         "high": round(float(between_in_logs(max(own.high[j], base.high[j]), own.high[j], s)), 4),
                         "shift": round(float(0.0 if own.shift is None else own.shift[j]), 4),
                         "n_rows": own.n_rows, "n_datasets": own.n_datasets,
                         "sources": f"{own.key} floored by {base.key}"
                                    + (f", then {s:g} of the way to its own" if s else "")})
    out = pd.concat([keep, pd.DataFrame(rows)], ignore_index=True)
    out["shift"] = out["shift"].fillna(0.0) if "shift" in out.columns else 0.0
    return out


def blend_neural(start: pd.DataFrame, fitted: pd.DataFrame, share: float) -> pd.DataFrame:
    """``fitted`` with each of its ``nn:`` factors moved back toward ``start``'s for the same stratum and knot:
    ``start^(1 - share) x fitted^share`` (:func:`between_in_logs`: partial pooling between an earlier table's
    neural strata and a refit on a larger calibration part; shipped at share 0.5). ``nn:`` rows ``start`` lacks, and every other row, are ``fitted``'s."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be from 0 to 1, got {share}")
    out = fitted.copy()
    old = start[start["stratum"].str.startswith("nn:")].set_index(["stratum", "ratio"])[["low", "high"]]
    for i, row in out[out["stratum"].str.startswith("nn:")].iterrows():
        k = (row["stratum"], row["ratio"])
        if k not in old.index:
            continue
        for side in ("low", "high"):
            out.at[i, side] = round(between_in_logs(old.at[k, side], row[side], share), 4)
        out.at[i, "sources"] = f"{row['sources']}, then {1.0 - share:g} of the way back to the previous table's"
    return out


def write(table: pd.DataFrame, out: Path) -> pd.DataFrame:
    """Write ``table`` to ``out`` in one step (a shift column of zeros left out: absent means 0 to the planner);
    the table as written."""
    if "shift" in table.columns and not table["shift"].fillna(0.0).any():
        table = table.drop(columns="shift")
    write_whole(out, lambda tmp: table.to_csv(tmp, index=False))
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tag", required=True, help="evaluate_curves.py's tag of the calibration-part rows")
    ap.add_argument("--sources", default="lcdb,sim,skl")
    ap.add_argument("--min-rows", type=int, default=100)
    ap.add_argument("--min-datasets", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--merge-neural", action="store_true",
                    help="fit only the nn: strata (on the neural rows) and write them into the table at --out "
                         "in place of its nn: strata, spelled out per kind:group:runs and floored by every "
                         "curve's (floor_neural), every other stratum kept as it is")
    ap.add_argument("--young-share", type=float, default=0.0,
                    help="with --merge-neural: the young nn: strata move this share of the way from the floored "
                         "factors to their own, in logs (0: floored)")
    ap.add_argument("--blend-from", type=Path, default=None,
                    help="with --merge-neural: move every nn: factor back toward this table's, by 1 - --blend-share "
                         "in logs")
    ap.add_argument("--blend-share", type=float, default=1.0,
                    help="with --blend-from: the share of the way from that table's nn: factors to the refit's")
    ap.add_argument("--merge-metric", default=None, metavar="PREFIX",
                    help="fit only a metric's own strata (PREFIX:kind:group:runs, PREFIX:kind:runs, PREFIX:kind) on --tag's rows, scored on "
                         "curves of that metric alone, and write them into the table at --out in place of its "
                         "PREFIX: rows, spelled out per kind:group:runs and floored by every curve's (floor_metric)")
    args = ap.parse_args(argv)
    if args.merge_metric is not None and (args.merge_neural or not args.merge_metric.isalnum()):
        raise SystemExit("--merge-metric takes a prefix of letters and digits (f1), without --merge-neural")
    if not 0.0 <= args.blend_share <= 1.0:
        raise SystemExit(f"--blend-share must be from 0 to 1, got {args.blend_share}")
    if args.blend_from is not None and not args.merge_neural:
        raise SystemExit("--blend-from goes with --merge-neural")
    if not 0.0 <= args.young_share <= 1.0:
        raise SystemExit(f"--young-share must be from 0 to 1, got {args.young_share}")
    acc = pd.concat([paired_rows(s, "calibration", args.tag, "acc") for s in args.sources.split(",")])
    if set(acc["part"]) != {"calibration"}:
        raise SystemExit("spread.py reads the calibration part only")
    a = deviations(acc)
    if args.merge_metric is not None:
        own = fit_metric(a, args.merge_metric, min_rows=args.min_rows, min_datasets=args.min_datasets)
        if own.empty:
            raise SystemExit(f"no {args.merge_metric}: stratum has enough rows; lower --min-rows or --min-datasets")
        write(floor_metric(pd.read_csv(args.out), own, args.merge_metric), args.out)
        print(own.to_string(index=False))
        print(f"\n{own['stratum'].nunique()} {args.merge_metric}: strata from {len(a):,} calibration rows "
              f"({a['key'].nunique()} data sets), spelled out and floored -> {args.out}")
        return 0
    table = fit(a, min_rows=args.min_rows, min_datasets=args.min_datasets, neural=args.merge_neural)
    if args.merge_neural:
        nn = table[table["stratum"].str.startswith("nn:")]
        if nn.empty:
            raise SystemExit("no nn: stratum has enough neural rows; lower --min-rows or --min-datasets")
        old = pd.read_csv(args.out)
        table = floor_neural(pd.concat([old[~old["stratum"].str.startswith("nn:")], nn], ignore_index=True),
                             young_share=args.young_share)
        if args.blend_from is not None:
            table = blend_neural(pd.read_csv(args.blend_from), table, args.blend_share)
    if "all" not in set(table["stratum"]):
        raise SystemExit("too few rows for even the 'all' stratum; lower --min-rows")
    table = write(table, args.out)
    print(table.to_string(index=False))
    print(f"\n{len(table['stratum'].unique())} strata from {len(a):,} calibration rows "
          f"({a['key'].nunique()} data sets) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
