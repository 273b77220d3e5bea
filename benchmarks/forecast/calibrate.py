"""Fit the planner's regime-aware extrapolation error on the corpus's calibration part.

The planner (:mod:`planner.forecast.draws`) extrapolates every draw of a curve beyond its largest measured count
``n_max`` with a power-law tail whose plateau and rate carry a calibrated error
(:class:`planner.forecast.draws.Extrapolation`: five numbers). One set of five numbers, fitted on the first anchors of
LCDB curves far from their plateau, is too narrow where decisions are made: near the plateau. Here the five numbers
are fitted per *regime*, what the measured part of a curve shows (:func:`planner.forecast.draws.curve_regime`):

* kind: ``random`` (random sampling: LCDB, the random strategy of the AL truths) or ``al`` (any other strategy);
* shape: ``rise`` or ``level`` (levelling off: the gain over the last doubling of the labels is below noise or half a
  point);
* runs: ``single`` (one run) gets rows of its own; a curve of several runs (their mean) reads the ``kind:shape`` row.

For every stratum the numbers minimise the 80% interval score of the forecast accuracy at the truth anchors (n / n_max
in (1, 16], each ratio bin weighing the same) over the stratum's calibration cases, with the draws' standard normals
fixed (common random numbers), by Nelder-Mead from the uncalibrated model. A stratum with fewer than ``--min-cases``
cases falls back to the ``kind:shape`` row, then the ``kind`` row (fitted on all its cases). Only cases of the
``calibration`` part (``benchmarks/forecast/split.py``) are ever read here.

Writes ``planner/data/extrapolation.csv`` (``--out``) and a summary to stdout. Usage (after ``cases.py`` built the
cases)::

    nice -n 10 .venv/bin/python benchmarks/forecast/calibrate.py --sources lcdb,skl,sim --out planner/data/extrapolation.csv
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import inspect
import math
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import planner.forecast.bootstrap as _bootstrap_mod  # noqa: E402
from files import write_whole  # noqa: E402
import planner.forecast.extrapolation as _extrapolation_mod  # noqa: E402
import planner.forecast.families as _families_mod  # noqa: E402  (the families and fits the raw tails come from)
import planner.forecast.regime as _regime_mod  # noqa: E402
from planner.forecast.bootstrap import raw_tails  # noqa: E402
from planner.forecast.extrapolation import Extrapolation, end_se_logit, extrapolate, tail_accuracy  # noqa: E402
from planner.forecast.regime import curve_regime  # noqa: E402

CACHE = ROOT / "benchmarks" / ".data" / "forecast" / "raw_cache"
OUT = ROOT / "planner" / "data" / "extrapolation.csv"
DRAWS = 200
#: Draws per case in the fit's objective (the first of the cached ones): enough for 10%/90% quantiles.
FIT_DRAWS = 100
MAX_RATIO = 16.0
RATIO_BINS = (1.0, 2.0, 4.0, 8.0, 16.0001)
FIELDS = ("mu_plateau", "sd_plateau", "mu_rate", "sd_rate", "corr", "sd_level")


@functools.lru_cache(maxsize=1)
def _code_hash() -> str:
    """Hash of the code the raw tails come from (the cache is invalid when it changes)."""
    parts = [_families_mod] + [getattr(_bootstrap_mod, f) for f in ("raw_tails", "_fit_draws", "_family_plateau")] \
        + [getattr(_regime_mod, f) for f in ("curve_regime", "Regime")]
    src = "".join(inspect.getsource(p) for p in parts)
    return hashlib.sha256(src.encode()).hexdigest()[:12]


def case_kind(case) -> str:
    """``random`` for random sampling (LCDB, a ``random`` strategy), ``al`` otherwise."""
    strategy = getattr(case, "strategy", None)
    return "random" if strategy in (None, "", "random") else "al"


class Prepared:
    """One case's raw tails (before the error model) and its truth beyond ``n_max``."""

    def __init__(self, case, raw, ratio, truth):
        self.case = case
        self.kind = case_kind(case)
        self.regime = raw.regime
        self.y_end, self.plateau, self.rate, self.z = raw.y_end, raw.plateau, raw.rate, raw.z
        self.se_logit = end_se_logit(raw.regime.point_se, np.nanmean(np.atleast_2d(case.Y)[:, -1]))
        self.ratio = ratio          # (k,) n / n_max of the truth anchors beyond the data
        self.truth = truth          # (k,) truth accuracy there

    def stratum(self, depth: int = 3) -> str:
        """``kind[:group[:runs]]`` (``Regime.group``: the shape, or ``few`` for a young curve), as
        ``planner.forecast.draws.calibration_for`` reads them."""
        parts = [self.kind, self.regime.group, self.regime.runs][:depth]
        return ":".join(parts)


def prepare(case, *, draws: int = DRAWS) -> Prepared | None:
    n = np.asarray(case.n, dtype=float)
    Y = np.atleast_2d(np.asarray(case.Y, dtype=float))
    n_max = n[-1]
    tn = np.asarray(case.truth_n, dtype=float)
    # the truth a forecast promises: a seed-means curve forecasts the mean of new runs (the other
    # runs); a single run is one campaign, forecast against its own continuation
    single = bool(getattr(case, "single_run", False))
    ta = np.asarray(case.truth_acc_same if single and hasattr(case, "truth_acc_same") else case.truth_acc, dtype=float)
    keep = (tn > n_max * (1 + 1e-9)) & (tn <= n_max * MAX_RATIO * (1 + 1e-9)) & np.isfinite(ta)
    if not keep.any() or n.size < 3:
        return None
    key = hashlib.sha256(np.ascontiguousarray(n).tobytes() + np.ascontiguousarray(np.nan_to_num(Y, nan=-1)).tobytes()
                         + f"{draws}:{_code_hash()}".encode()).hexdigest()[:20]
    path = CACHE / f"{key}.npz"
    raw = None
    if path.exists():
        try:
            z = np.load(path, allow_pickle=False)
            raw = _Raw(z)
        except (OSError, ValueError, KeyError):
            raw = None
    if raw is None:
        rng = np.random.default_rng(np.random.SeedSequence([0, int(key[:8], 16)]))
        r = raw_tails(n, Y, n_draws=draws, rng=rng)
        write_whole(path, lambda tmp: np.savez(tmp, y_end=r.y_end, plateau=r.plateau, rate=r.rate, z=r.z,
                                               point_se=r.regime.point_se))
        raw = _Raw({"y_end": r.y_end, "plateau": r.plateau, "rate": r.rate, "z": r.z})
    raw.regime = curve_regime(n, Y)
    return Prepared(case, raw, tn[keep] / n_max, ta[keep])


class _Raw:
    def __init__(self, z):
        self.y_end, self.plateau, self.rate, self.z = (np.asarray(z[k]) for k in ("y_end", "plateau", "rate", "z"))
        self.point_se = float(z["point_se"]) if "point_se" in z else None
        self.regime = None


def predict(p: Prepared, cal: Extrapolation) -> np.ndarray:
    """Draws (B, k) of accuracy at the case's truth ratios under ``cal`` (as :class:`planner.forecast.draws.StrategyDraws`)."""
    y_end, plateau, rate, _ = extrapolate(p.y_end, p.plateau, p.rate, p.z, p.se_logit, cal)
    return np.clip(tail_accuracy(y_end, plateau, rate, p.ratio), 0.0, 1.0)


def _cal(theta, n_curves=0, n_datasets=0, source="") -> Extrapolation:
    mu_p, lsd_p, mu_r, lsd_r, corr, lsd_l = theta
    return Extrapolation(mu_plateau=float(mu_p), sd_plateau=float(math.exp(lsd_p)), mu_rate=float(mu_r),
                         sd_rate=float(math.exp(lsd_r)), corr=float(math.tanh(corr)),
                         sd_level=float(math.exp(lsd_l)), n_curves=n_curves,
                         n_datasets=n_datasets, source=source)


class Stack:
    """The cases of one stratum as padded arrays, so an objective evaluation is a few array operations."""

    def __init__(self, cases: list[Prepared], draws: int = FIT_DRAWS):
        K = max(p.ratio.size for p in cases)
        C = len(cases)
        self.y_end = np.stack([p.y_end[:draws] for p in cases])          # (C, B)
        self.plateau = np.stack([p.plateau[:draws] for p in cases])
        self.rate = np.stack([p.rate[:draws] for p in cases])
        self.z = np.stack([p.z[:draws] for p in cases])                  # (C, B, 3)
        self.se_logit = np.array([p.se_logit for p in cases])[:, None]
        self.ratio = np.ones((C, K))
        self.truth = np.zeros((C, K))
        self.mask = np.zeros((C, K), dtype=bool)
        for i, p in enumerate(cases):
            k = p.ratio.size
            self.ratio[i, :k], self.truth[i, :k], self.mask[i, :k] = p.ratio, p.truth, True
        bins = np.digitize(self.ratio, RATIO_BINS[1:-1], right=True)         # 0..3: <=2x, 2-4x, 4-8x, 8-16x
        self.bin_weight = np.zeros((C, K))
        present = [b for b in range(len(RATIO_BINS) - 1) if np.any(self.mask & (bins == b))]
        for b in present:
            sel = self.mask & (bins == b)
            self.bin_weight[sel] = 1.0 / sel.sum() / len(present)

    def samples(self, cal: Extrapolation) -> np.ndarray:
        """(C, B, K) accuracy draws at every truth ratio."""
        y_end, plateau, rate, _ = extrapolate(self.y_end, self.plateau, self.rate, self.z, self.se_logit, cal)
        acc = plateau[..., None] - (plateau - y_end)[..., None] * self.ratio[:, None, :] ** (-rate[..., None])
        return np.clip(acc, 0.0, 1.0)

    def interval_score(self, cal: Extrapolation, level: float = 0.8) -> float:
        """Mean interval score of the central ``level`` interval, each ratio bin weighing the same.

        The interval score (Gneiting & Raftery 2007) is proper for the interval's two quantiles: minimising it puts them
        where the truth falls below and above (1 - level) / 2 of the time, the coverage the planner's intervals promise,
        and rewards narrow intervals."""
        s = self.samples(cal)
        a = 1.0 - level
        B = s.shape[1]
        i_lo, i_hi = int(round(a / 2 * (B - 1))), int(round((1 - a / 2) * (B - 1)))
        part = np.partition(s, (i_lo, i_hi), axis=1)                 # order statistics, no full sort
        lo, hi = part[:, i_lo, :], part[:, i_hi, :]                  # (C, K)
        t = self.truth
        score = (hi - lo) + (2 / a) * np.maximum(lo - t, 0) + (2 / a) * np.maximum(t - hi, 0)
        return float(np.sum(score * self.bin_weight))

def objective(theta, stack: Stack) -> float:
    return stack.interval_score(_cal(theta))


def fit(cases: list[Prepared], start=None) -> tuple[np.ndarray, float, float]:
    stack = Stack(cases)
    x0 = np.array(start if start is not None else [0.0, math.log(0.2), 0.0, math.log(0.3), 0.0, math.log(0.5)])
    base = objective(np.array([0.0, math.log(1e-9), 0.0, math.log(1e-9), 0.0, math.log(1e-9)]), stack)
    # an initial simplex of real steps (scipy's default moves a zero coordinate by 0.00025 only)
    simplex = np.vstack([x0] + [x0 + 0.4 * np.eye(x0.size)[i] for i in range(x0.size)])
    res = minimize(objective, x0, args=(stack,), method="Nelder-Mead",
                   options={"maxiter": 300, "xatol": 1e-3, "fatol": 1e-6, "initial_simplex": simplex})
    return res.x, float(res.fun), base


def coverage(cases: list[Prepared], cal_of, level: float = 0.8) -> pd.DataFrame:
    rows = []
    lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
    for p in cases:
        s = predict(p, cal_of(p))
        lo, hi = np.quantile(s, [lo_q, hi_q], axis=0)
        med = np.median(s, axis=0)
        for j, r in enumerate(p.ratio):
            rows.append({"stratum": p.stratum(), "ratio": r, "covered": lo[j] <= p.truth[j] <= hi[j],
                         "below": p.truth[j] < lo[j], "abs_err": abs(med[j] - p.truth[j])})
    df = pd.DataFrame(rows)
    df["ratio_bin"] = pd.cut(df["ratio"], [1, 2, 4, 8, 16.0001], labels=["<=2x", "2-4x", "4-8x", "8-16x"])
    return df


def load_prepared(part: str, sources, limit: int = 0, log=print) -> list[Prepared]:
    """The prepared cases of one split part (every source; ``limit``: at most that many cases per source, seeded)."""
    from cases import load_cases

    out: list[Prepared] = []
    t0 = time.time()
    for source in sources:
        try:
            cases = load_cases(source, part=part)
        except FileNotFoundError as exc:
            log(f"{source}: no cases ({exc}); skipped")
            continue
        assert all(c.part == part for c in cases)
        if limit and len(cases) > limit:
            idx = np.random.default_rng(0).permutation(len(cases))[:limit]
            cases = [cases[i] for i in sorted(idx)]
        out += [p for c in cases if (p := prepare(c)) is not None]
        log(f"{source}: {len(cases)} {part} cases ({time.time() - t0:.0f} s)")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", default="lcdb,skl,sim")
    ap.add_argument("--min-cases", type=int, default=60)
    ap.add_argument("--limit", type=int, default=0, help="at most this many cases per source (seeded)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--dry-run", action="store_true", help="fit and report, write nothing")
    args = ap.parse_args(argv)
    t0 = time.time()
    prepared = load_prepared("calibration", args.sources.split(","), args.limit)
    fitted: dict[str, Extrapolation] = {}
    for depth in (1, 2, 3):   # kind, kind:shape, kind:shape:runs (seed means read kind:shape)
        groups: dict[str, list[Prepared]] = {}
        for p in prepared:
            groups.setdefault(p.stratum(depth), []).append(p)
        for key, cs in sorted(groups.items()):
            if depth == 3 and key.endswith(":seeds"):
                continue
            if len(cs) < args.min_cases:
                print(f"{key}: {len(cs)} cases, below --min-cases: falls back")
                continue
            parent = ":".join(key.split(":")[:-1])
            start = None
            if parent in fitted:
                e = fitted[parent]
                start = [e.mu_plateau, math.log(e.sd_plateau), e.mu_rate, math.log(e.sd_rate), math.atanh(e.corr),
                         math.log(e.sd_level)]
            theta, val, base = fit(cs, start)
            datasets = len({c.case.key for c in cs})
            sources = sorted({getattr(c.case, "source", "?") for c in cs})
            fitted[key] = _cal(theta, len(cs), datasets,
                               f"calibration part of {'+'.join(sources)}: {len(cs)} cases on {datasets} data sets; "
                               f"interval score {val:.5f} (uncalibrated {base:.5f})")
            print(f"{key}: {len(cs)} cases, {datasets} data sets, interval score {val:.5f} vs {base:.5f} uncalibrated: "
                  f"{fitted[key]}", flush=True)
    if "random" not in fitted:
        print("no random-sampling cases: nothing written")
        return 1
    fitted.setdefault("al", fitted["random"])
    table = dict(fitted)

    def cal_of(p):
        return _extrapolation_mod.calibration_for(table, p.kind, p.regime)

    cov = coverage(prepared, cal_of)
    print(cov.groupby(["stratum", "ratio_bin"], observed=True).agg(
        n=("covered", "size"), coverage=("covered", "mean"), below=("below", "mean"),
        mae=("abs_err", "median")).round(3).to_string())
    if not args.dry_run:
        rows = [{"kind": k, **{f: getattr(e, f) for f in FIELDS}, "n_curves": e.n_curves, "n_datasets": e.n_datasets,
                 "source": e.source} for k, e in table.items()]
        write_whole(Path(args.out), lambda tmp: pd.DataFrame(rows).to_csv(tmp, index=False, float_format="%.4f"))
        print(f"wrote {args.out}")
    print(f"{time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
