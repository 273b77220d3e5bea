"""A chance tempered toward 1/2 by how far the decisive label counts lie beyond the pilot: fitted and scored.

Reads the rows ``evaluate_decisions.py`` stored (``decisions_<part>.json``), nothing refitted. Per row:

* ``share``: the raw share of draws in which AL is cheaper (``share_al_cheaper``);
* ``reach``: how far the decision lies beyond the measurements, in doublings:
  ``log2(max(L_random, L_best_al) / n_pilot)`` clipped to [0, :data:`REACH_CAP`], with ``L`` the median forecast
  labels to the target of random and of the AL strategy the verdict weighed (``forecast_labels``; a path whose
  median never reaches counts :data:`REACH_CAP`) and ``n_pilot = pilot_frac * budget``;
* the tempered chance ``1/2 + (share - 1/2) * exp(-k * reach)``, ``k >= 0`` one number fitted by least Brier on
  the ``--fit`` runs' rows pooled (a grid of :data:`K_GRID`).

``--design logistic`` fits, instead, ``logit(p') = a + b logit(share) + c reach`` (share clipped to [0.01, 0.99]) by
maximum likelihood on the same pooled rows: a recalibration that may pull toward either side, with the pick
following ``p'`` (AL iff above 1/2); its regret is scored beside the raw share's.

Scored on each ``--score`` run apart, per pilot: Brier of the raw share, of the tempered chance and of the run's
own constant (its rate of AL truly cheaper, in hindsight), and the worst reliability band (bands of 0.2 with at
least 10 cases) of each. The pass mark: Brier at most the constant's on every run and pilot, and every band within
0.10.

Usage::

    .venv/bin/python benchmarks/forecast/temper.py --fit DIR_A,DIR_B --score NAME=DIR_C,NAME=DIR_D [--part ...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
from decisions_table import worst_band

REACH_CAP = 6.0
K_GRID = np.round(np.arange(0.0, 3.0001, 0.01), 4)
K2_GRID = np.round(np.arange(0.0, 2.0001, 0.02), 4)


def reach(row: dict, which: str = "farther") -> float:
    """Doublings from the pilot's last count to the farther (or, ``which="nearer"``, the nearer) of random's and the
    weighed AL path's median labels."""
    n_pilot = float(row["pilot_frac"]) * float(row["budget"])
    fl = row.get("forecast_labels") or {}
    keys = ["random"] + ([row["best_al"]] if row.get("best_al") else [])
    far = []
    for k in keys:
        v = fl.get(k)
        v = math.inf if v in (None, "inf") else float(v)
        far.append(v)
    top = (max(far) if which == "farther" else min(far)) if far else math.inf
    if not math.isfinite(top) or n_pilot <= 0:
        return REACH_CAP
    return float(min(REACH_CAP, max(0.0, math.log2(top / n_pilot))))


def tempered(share: np.ndarray, r: np.ndarray, k: float, k0: float = 0.0) -> np.ndarray:
    return 0.5 + (share - 0.5) * np.exp(-(k0 + k * r))


def _scored(rows: list[dict]) -> list[dict]:
    return [r for r in rows if not r.get("refused") and r.get("share_al_cheaper") not in (None, "inf")
            and math.isfinite(float(r["share_al_cheaper"]))]


def arrays(rows: list[dict], which: str = "farther") -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(share, reach, truth, pilot_frac)`` of the rows with a verdict and a finite share."""
    ok = _scored(rows)
    return (np.array([float(r["share_al_cheaper"]) for r in ok]), np.array([reach(r, which) for r in ok]),
            np.array([float(r["al_truly_cheaper"]) for r in ok]), np.array([float(r["pilot_frac"]) for r in ok]))


def fit_k(share: np.ndarray, r: np.ndarray, y: np.ndarray) -> float:
    """The ``k`` of :data:`K_GRID` with the least Brier (the smallest on ties)."""
    if share.size == 0:
        raise ValueError("no rows to fit on")
    briers = [float(np.mean((tempered(share, r, k) - y) ** 2)) for k in K_GRID]
    return float(K_GRID[int(np.argmin(briers))])


def fit_k0_k(share: np.ndarray, r: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """``(k0, k)`` on the grid :data:`K2_GRID` squared with the least Brier of ``exp(-(k0 + k reach))``."""
    if share.size == 0:
        raise ValueError("no rows to fit on")
    best, arg = np.inf, (0.0, 0.0)
    for k0 in K2_GRID:
        for k in K2_GRID:
            b = float(np.mean((tempered(share, r, k, k0) - y) ** 2))
            if b < best - 1e-15:
                best, arg = b, (float(k0), float(k))
    return arg


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 0.01, 0.99)
    return np.log(p / (1.0 - p))


def recalibrated(share: np.ndarray, r: np.ndarray, coef) -> np.ndarray:
    a, b, c = coef
    return 1.0 / (1.0 + np.exp(-(a + b * _logit(share) + c * r)))


def fit_logistic(share: np.ndarray, r: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """``(a, b, c)`` of :func:`recalibrated` by maximum likelihood (Newton's method from the identity)."""
    if share.size == 0:
        raise ValueError("no rows to fit on")
    x = np.column_stack([np.ones_like(share), _logit(share), r])
    w = np.array([0.0, 1.0, 0.0])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        g = x.T @ (y - p)
        h = (x * (p * (1 - p))[:, None]).T @ x + 1e-9 * np.eye(3)
        step = np.linalg.solve(h, g)
        w = w + step
        if np.max(np.abs(step)) < 1e-10:
            break
    return float(w[0]), float(w[1]), float(w[2])


def regret_of(rows: list[dict], p: np.ndarray) -> float:
    """Mean regret when the pick follows ``p`` (AL iff above 1/2: the AL path the rule picked, else the one it
    weighed; random otherwise); a row where no path reaches keeps its stored pick."""
    out = []
    for row, pi in zip(rows, p):
        rec = row.get("recommendation")
        if rec is None:
            out.append(float(row["regret_rec"]))
            continue
        pick = (rec if rec != "random" else row.get("best_al")) if pi > 0.5 else "random"
        if pick is None or pick not in row["paths"]:
            pick = rec
        out.append(float(row["paths"][pick]["cost_if_picked"]) / float(row["cheapest"]) - 1.0)
    return float(np.mean(out)) if out else math.nan


def score(rows: list[dict], k: float, k0: float = 0.0, which: str = "farther", coef=None) -> list[dict]:
    """Per pilot: Brier and worst band of the raw share and of the tempered chance (``coef``: the logistic
    design's), the constant's Brier, and the regret of the pick each implies."""
    ok = _scored(rows)
    share, r, y, frac = arrays(rows, which)
    out = []
    for f in sorted(set(frac.tolist())):
        m = frac == f
        s, rr, yy = share[m], r[m], y[m]
        t = tempered(s, rr, k, k0) if coef is None else recalibrated(s, rr, coef)
        c = np.full_like(yy, yy.mean())
        sub = [row for row, keep in zip(ok, m) if keep]
        out.append({"pilot": f, "cases": int(m.sum()), "rate": float(yy.mean()), "median_reach": float(np.median(rr)),
                    "brier_raw": float(np.mean((s - yy) ** 2)), "brier_tempered": float(np.mean((t - yy) ** 2)),
                    "brier_constant": float(np.mean((c - yy) ** 2)),
                    "band_raw": worst_band(s, yy), "band_tempered": worst_band(t, yy),
                    "regret_raw": regret_of(sub, s), "regret_tempered": regret_of(sub, t)})
    return out


def _rows(d: str, part: str) -> list[dict]:
    f = Path(d) / f"decisions_{part}.json"
    if not f.is_file():
        raise ValueError(f"no {f}: run evaluate_decisions.py --part {part} --out-dir {d} first")
    return json.loads(f.read_text())["rows"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", required=True, help="comma-separated run directories whose rows fit k (pooled)")
    ap.add_argument("--fit-part", default="calibration")
    ap.add_argument("--score", required=True, help="comma-separated NAME=DIR runs scored apart")
    ap.add_argument("--part", default="selection")
    ap.add_argument("--reach", choices=("farther", "nearer"), default="farther",
                    help="read the reach of the farther (default) or the nearer of the two paths' median labels")
    ap.add_argument("--two", action="store_true", help="fit exp(-(k0 + k reach)): a shrink at no reach as well")
    ap.add_argument("--design", choices=("shrink", "logistic"), default="shrink",
                    help="shrink toward 1/2 (default) or the logistic recalibration a + b logit(share) + c reach")
    args = ap.parse_args(argv)
    try:
        fit_rows = [r for d in args.fit.split(",") if d.strip() for r in _rows(d.strip(), args.fit_part)]
        fit_arrays = arrays(fit_rows, args.reach)[:3]
        coef = fit_logistic(*fit_arrays) if args.design == "logistic" else None
        k0, k = (0.0, 0.0) if coef else fit_k0_k(*fit_arrays) if args.two else (0.0, fit_k(*fit_arrays))
        runs = []
        for item in (x for x in args.score.split(",") if x.strip()):
            if "=" not in item:
                raise ValueError(f"--score {item!r}: give NAME=DIR")
            name, d = item.split("=", 1)
            runs.append((name, _rows(d.strip(), args.part)))
    except (ValueError, OSError, KeyError) as e:
        print(str(e).splitlines()[0], file=sys.stderr)
        return 2
    share, r, y, _ = arrays(fit_rows, args.reach)
    fitted = tempered(share, r, k, k0) if coef is None else recalibrated(share, r, coef)
    what = (f"a = {coef[0]:.3f}, b = {coef[1]:.3f}, c = {coef[2]:.3f}" if coef
            else f"k0 = {k0:.2f}, k = {k:.2f}")
    print(f"reach of the {args.reach} path; {what} (fitted on {share.size} rows; Brier raw "
          f"{np.mean((share - y) ** 2):.4f}, tempered {np.mean((fitted - y) ** 2):.4f})\n")
    print("| run | pilot | cases | rate | median reach | Brier raw | Brier tempered | Brier constant | worst band raw "
          "| worst band tempered | regret raw | regret tempered | pass (tempered) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, rows in runs:
        for s in score(rows, k, k0, args.reach, coef):
            ok = (s["brier_tempered"] <= s["brier_constant"] and s["band_tempered"] <= 0.10
                  and s["regret_tempered"] <= s["regret_raw"] + 0.01)
            print(f"| {name} | 1/{round(1 / s['pilot'])} | {s['cases']} | {s['rate']:.3f} | {s['median_reach']:.2f} | "
                  f"{s['brier_raw']:.4f} | {s['brier_tempered']:.4f} | {s['brier_constant']:.4f} | "
                  f"{s['band_raw']:.3f} | {s['band_tempered']:.3f} | {s['regret_raw']:.3f} | "
                  f"{s['regret_tempered']:.3f} | {'yes' if ok else 'no'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
