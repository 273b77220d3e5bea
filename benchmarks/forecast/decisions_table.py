"""Several ``evaluate_decisions.py`` runs side by side: regret, Brier and reliability per run and pilot.

Reads each run's stored rows (``DIR/decisions_<part>.json``), nothing refitted, and prints one markdown row per
(run, pilot): cases; the rate of AL truly cheaper; the verdict's mean regret against always labeling at random's
(and their ratio); the Brier score of the chance shown (``p_al_cheaper``), of the raw share of draws
(``share_al_cheaper``) and of the run's own constant (its rate, in hindsight); and the worst reliability band
(bands of 0.2 with at least 10 cases) of the shown chance and of the raw share.

Usage::

    .venv/bin/python benchmarks/forecast/decisions_table.py "loop acc, harness=DIR1" "loop acc, users=DIR2"
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

BANDS = np.linspace(0.0, 1.0, 6)


def worst_band(p: np.ndarray, y: np.ndarray, min_cases: int = 10) -> float:
    """The largest |mean chance - observed rate| over the bands of 0.2 holding at least ``min_cases`` cases."""
    worst = 0.0
    for i in range(len(BANDS) - 1):
        m = (p >= BANDS[i]) & ((p < BANDS[i + 1]) if i < len(BANDS) - 2 else (p <= BANDS[i + 1]))
        if m.sum() >= min_cases:
            worst = max(worst, abs(float(p[m].mean()) - float(y[m].mean())))
    return worst


def _num(v) -> float:
    if v is None:
        return math.nan
    return float(v) if v not in ("inf", "-inf") else float(v)


def summary(rows: list[dict]) -> list[dict]:
    """Per pilot: the scores above over the rows with a verdict."""
    ok = [r for r in rows if not r.get("refused")]
    out = []
    for frac in sorted({float(r["pilot_frac"]) for r in ok}):
        at = [r for r in ok if float(r["pilot_frac"]) == frac]
        y = np.array([float(r["al_truly_cheaper"]) for r in at])
        shown = np.array([_num(r.get("p_al_cheaper")) for r in at])
        raw = np.array([_num(r.get("share_al_cheaper")) for r in at])
        good = np.isfinite(shown) & np.isfinite(raw)
        rec = float(np.mean([_num(r["regret_rec"]) for r in at]))
        rnd = float(np.mean([_num(r["regret_random"]) for r in at]))
        yy = y[good]
        out.append({"pilot": frac, "cases": len(at), "rate": float(y.mean()), "regret": rec, "regret_random": rnd,
                    "ratio": rec / rnd if rnd > 0 else math.nan,
                    "brier_shown": float(np.mean((shown[good] - yy) ** 2)),
                    "brier_raw": float(np.mean((raw[good] - yy) ** 2)),
                    "brier_constant": float(np.mean((yy.mean() - yy) ** 2)),
                    "band_shown": worst_band(shown[good], yy), "band_raw": worst_band(raw[good], yy)})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="NAME=DIR: a directory evaluate_decisions.py wrote (--out-dir)")
    ap.add_argument("--part", default="selection")
    args = ap.parse_args(argv)
    loaded = []
    for item in args.runs:
        if "=" not in item:
            print(f"{item!r}: give NAME=DIR", file=sys.stderr)
            return 2
        name, d = item.rsplit("=", 1)
        f = Path(d) / f"decisions_{args.part}.json"
        if not f.is_file():
            print(f"no {f}: run evaluate_decisions.py --part {args.part} --out-dir {d} first", file=sys.stderr)
            return 2
        loaded.append((name, json.loads(f.read_text())["rows"]))
    print("| run | pilot | cases | AL truly cheaper | regret: verdict / always random (ratio) | Brier: shown / raw "
          "share / constant | worst band: shown / raw |")
    print("|---|---|---|---|---|---|---|")
    for name, rows in loaded:
        for s in summary(rows):
            print(f"| {name} | 1/{round(1 / s['pilot'])} | {s['cases']} | {s['rate']:.3f} | {s['regret']:.3f} / "
                  f"{s['regret_random']:.3f} ({s['ratio']:.2f}x) | {s['brier_shown']:.4f} / {s['brier_raw']:.4f} / "
                  f"{s['brier_constant']:.4f} | {s['band_shown']:.3f} / {s['band_raw']:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
