"""Calibrate the planner's learning-curve extrapolation error from held-out tails.

The planner (``planner.draws``) forecasts accuracy beyond the measured label
counts with a power-law tail per draw::

    acc(n) = plateau - (plateau - y_end) * (n / n_max) ** (-rate)

whose parameters come from ``raw_tails`` (fits to the measured prefix) and an
error model with five numbers (:class:`planner.draws.Extrapolation`)::

    plateau_b = expit(logit(raw.plateau_b) + mu_plateau + sd_plateau * z1_b)   (floored at y_end)
    rate_b    = raw.rate_b * exp(mu_rate + sd_rate * (corr * z1_b + sqrt(1 - corr^2) * z2_b))

This script fits those five numbers by minimising a mean CRPS with the draws'
standard normals fixed (common random numbers, so the objective is a smooth
function of the parameters), and cross-validates the fit by data set. Two
objectives (``--objective``; both are fitted and reported, the named one is
shipped):

``labels`` (default)
    what the planner consumes. For each curve and each truth anchor r
    (n / n_max in (1, 16]) whose truth accuracy t exceeds the prefix's last
    mean accuracy: predicted labels per draw = ``StrategyDraws.labels(t)``
    (closed form from the tail, inf where the draw's plateau <= t; replicated
    by ``planner_labels_ratio`` and cross-checked against the planner), true
    labels = where the truth curve (log-interpolated) first reaches t; score =
    sample CRPS of log2(predicted / true) with inf and anything beyond capped
    at +8, averaged over targets, then curves. Draws that already reach t
    inside the data (y_end >= t) are scored at n_max (the planner's value is in
    [n_min, n_max]; the cache lacks the within-data curves; such draws do not
    depend on the five numbers).
``accuracy``
    CRPS of the predicted accuracy at the held-out anchors.

Two kinds of curves:

``random``
    LCDB 1.0 (Mohr et al. 2022) test-accuracy curves, one per (OpenML data
    set, learner), seeds (outer x inner splits) as runs; from
    ``benchmarks/.data/lcdb_curves.parquet`` (``lcdb_extract.py``, which
    already dropped the held-out ids of ``shared/lcdb_holdout.txt``; asserted
    again here). Prefix = the first 4, 5 or 6 anchors (one per curve, chosen
    at random among those leaving truth anchors out to >= 8x n_max); truth =
    mean accuracy over seeds at every anchor with n / n_max in (1, 16].
``al``
    the simulator's own long active-learning curves (non-random strategies),
    from the SQLite db named in ``benchmarks/.data/AL_CALIBRATION_READY``; one
    curve per (data set, model, strategy, batch size, label noise), seeds as
    runs; prefix = rounds with n_labels <= budget / 8, truth = seed means at
    up to 8 log-spaced later rounds (n / n_max in (1, 16]; the budget ends at ~8x).

For every curve ``raw_tails`` runs once on its prefix (cached in
``benchmarks/.data/raw_tails_<kind>_<hash>.npz``; the hash covers the curve
selection and the source of ``planner/draws.py``). The report (5-fold CV by
data set: fit on 4 folds, score the 5th; the uncalibrated error model as the
baseline) goes to ``benchmarks/.data/calibration_report.md``; the fitted
parameters (on all curves) to ``planner/data/extrapolation.csv``.

Usage (from the repository root, after ``lcdb_extract.py``)::

    nice -n 10 .venv/bin/python benchmarks/calibration/calibrate_extrapolation.py --kind random
    nice -n 10 .venv/bin/python benchmarks/calibration/calibrate_extrapolation.py --kind al

``--kind`` rewrites only that kind's row of the CSV (``--kind both`` does
both). A kind whose fit does not beat the uncalibrated model (all five
numbers 0) in cross-validated CRPS on its own objective is not shipped
(``--keep-fit`` writes the fit anyway): ``random`` is then written as
uncalibrated; ``al`` copies the CSV's ``random`` row (never zeros: zero
extrapolation error would make AL intervals overconfident), saying so in
``source``. Deterministic (fixed seeds
throughout). A cold run (1200 LCDB curves, ~0.35 s of ``raw_tails`` each)
takes about 8-9 minutes on one core; with the cache about 2.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import expit, logit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / ".data"
OUT_CSV = ROOT / "planner" / "data" / "extrapolation.csv"
REPORT = DATA / "calibration_report.md"
HOLDOUT = ROOT.parent / "shared" / "lcdb_holdout.txt"
READY = DATA / "AL_CALIBRATION_READY"

N_DRAWS = 200
N_FOLDS = 5
MAX_CURVES = 1200          # ~0.35 s of raw_tails each: keeps a cold run under 10 minutes on one core
PREFIX_ANCHORS = (4, 5, 6)
MIN_TRUTH_RATIO = 7.5      # the farthest truth anchor must reach ~8x n_max (sqrt(2) grid, rounded)
MAX_TRUTH_RATIO = 16.0
TARGET_RATIO = 8.0         # labels-to-target and coverage are scored at ~8x n_max
MIN_SEEDS_TRUTH = 3        # a truth anchor needs this many runs
AL_TRUTH_POINTS = 8
EPS = 1e-6
LABELS_CAP = 8.0           # log2(predicted / true labels) is capped here (inf: never reached)
OBJECTIVES = ("accuracy", "labels")
PARAMS = ("mu_plateau", "sd_plateau", "mu_rate", "sd_rate", "corr")
CSV_COLUMNS = ("kind", *PARAMS, "n_curves", "n_datasets", "source")


@dataclass
class Item:
    """One curve: measured prefix and held-out truth."""

    key: str
    group: str              # data set (the CV unit)
    n: np.ndarray           # (m,) prefix label counts, ascending distinct
    Y: np.ndarray           # (S, m) prefix accuracy per run, NaN where missing
    ratio: np.ndarray       # (J,) truth n / n_max, in (1, 16]
    truth: np.ndarray       # (J,) mean accuracy over runs


# ---------------------------------------------------------------- curves

def read_holdout(path: Path = HOLDOUT) -> set[int]:
    ids = set()
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.add(int(line))
    return ids


def _truth_points(anchors, means, counts, n_max):
    r = anchors / n_max
    ok = (r > 1 + 1e-9) & (r <= MAX_TRUTH_RATIO + 1e-9) & (counts >= MIN_SEEDS_TRUTH) & np.isfinite(means)
    return r[ok], means[ok]


def lcdb_items(path: Path, max_curves: int = MAX_CURVES, seed: int = 0) -> tuple[list[Item], dict]:
    """LCDB curves with a 4-6 anchor prefix and truth out to >= 8x (held-out ids excluded)."""
    df = pd.read_parquet(path, columns=["openmlid", "learner", "seed", "n_train", "accuracy"])
    holdout = read_holdout()
    df = df[~df["openmlid"].isin(holdout)]
    assert not df["openmlid"].isin(holdout).any()
    df["learner"] = df["learner"].astype(str)
    facts = {"datasets": df["openmlid"].nunique(), "learners": df["learner"].nunique(),
             "curves": df.groupby(["openmlid", "learner"]).ngroups, "rows": len(df)}
    items = []
    for (oid, learner), g in df.groupby(["openmlid", "learner"], sort=True):
        W = g.pivot(index="seed", columns="n_train", values="accuracy")  # unique: lcdb_extract averaged duplicates
        anchors = W.columns.to_numpy(float)
        if len(anchors) < min(PREFIX_ANCHORS) + 1:
            continue
        Yall = W.to_numpy(float)
        means = np.nanmean(Yall, axis=0)
        counts = np.isfinite(Yall).sum(axis=0)
        feasible = []
        for k in PREFIX_ANCHORS:
            if k >= len(anchors):
                continue
            r, t = _truth_points(anchors, means, counts, anchors[k - 1])
            if len(r) and r.max() >= MIN_TRUTH_RATIO:
                feasible.append(k)
        if not feasible:
            continue
        key = f"{oid}/{learner}"
        k = feasible[np.random.default_rng(zlib.crc32(key.encode())).integers(len(feasible))]
        Yp = Yall[:, :k]
        Yp = Yp[np.isfinite(Yp).any(axis=1)]
        r, t = _truth_points(anchors, means, counts, anchors[k - 1])
        items.append(Item(key, str(oid), anchors[:k], Yp, r, t))
    items = _stratified_subsample(items, max_curves, seed)
    return items, facts


def _stratified_subsample(items: list[Item], max_curves: int, seed: int) -> list[Item]:
    """At most ``max_curves`` items, round-robin over data sets (fixed seed)."""
    if len(items) <= max_curves:
        return items
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(items))
    rank, seen = np.empty(len(items)), {}
    for i in order:
        g = items[i].group
        rank[i] = seen.get(g, 0)
        seen[g] = seen.get(g, 0) + 1
    pick = sorted(np.lexsort((rng.random(len(items)), rank))[:max_curves])
    return [items[i] for i in pick]


def al_db_path() -> Path:
    text = READY.read_text().strip()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            p = Path(line.split("=", 1)[-1].strip())
            return p if p.is_absolute() else (ROOT / p)
    raise OSError(f"{READY} names no database")


def al_items(db: Path, single: bool = False) -> tuple[list[Item], dict]:
    """Simulator AL curves (non-random strategies); prefix = first 1/8 of the budget.

    ``single``: every run (seed) of every strategy, random included, is a
    curve of its own, and its truth is that run's own later rounds: what a
    running campaign (one run, :mod:`planner.campaign`) forecasts. Its prefix
    is the first 4 to budget/8 rounds (drawn per run, seeded by the run), as
    a campaign re-plans from its first rounds on; truth up to 16x.
    """
    from simulations.store import Store

    with Store(db, readonly=True) as store:
        df = store.curves(with_key=True)
        runs = store.runs(status="done")
    # the curves table may call several generated data sets by one name ("synthetic"):
    # a data set config is the name plus its parameters (and pool budget), from each run's config JSON
    conf = {}
    for key, text in zip(runs["key"], runs["config"]):
        c = json.loads(text)
        conf[key] = (f"{c.get('dataset')}{json.dumps(c.get('dataset_params') or {}, sort_keys=True)}"
                     f"/budget={c.get('budget')}/initial={c.get('initial')}")
    df = df.assign(config=df["run_key"].map(conf))
    assert df["config"].notna().all()
    cfg = ["config", "model", "strategy", "batch_size", "label_noise"]
    if single:
        cfg = [*cfg, "seed"]
    else:
        df = df[df["strategy"] != "random"]
    facts = {"dataset_configs": df["config"].nunique(), "models": sorted(df["model"].unique()),
             "strategies": sorted(df["strategy"].unique()), "curves": df.groupby(cfg).ngroups,
             "seeds_per_curve": int(df.groupby(cfg)["seed"].nunique().median()), "rows": len(df)}
    items = []
    for key, g in df.groupby(cfg, sort=True):
        W = g.pivot_table(index="seed", columns="n_labels", values="accuracy", aggfunc="mean")
        anchors = W.columns.to_numpy(float)
        Yall = W.to_numpy(float)
        budget = anchors.max()
        k = int(np.searchsorted(anchors, budget / 8.0, side="right"))
        if single:  # a campaign re-plans after every round: prefixes of 4 to that many rounds, one per run
            k = int(np.random.default_rng(zlib.crc32("/".join(map(str, key)).encode())).integers(4, k + 1))
        if k < 3:
            continue
        n_max = anchors[k - 1]
        means = np.nanmean(Yall, axis=0)
        counts = np.isfinite(Yall).sum(axis=0)
        if single:  # the run's own rounds are its truth
            counts = np.where(np.isfinite(means), MIN_SEEDS_TRUTH, 0)
        r, t = _truth_points(anchors, means, counts, n_max)
        if not len(r) or r.max() < MIN_TRUTH_RATIO:
            continue
        # up to AL_TRUTH_POINTS rounds nearest to a log-spaced grid, always the farthest
        grid = np.geomspace(r.min(), r.max(), AL_TRUTH_POINTS)
        sel = np.unique(np.abs(np.log(r)[None, :] - np.log(grid)[:, None]).argmin(axis=1))
        Yp = Yall[:, :k]
        Yp = Yp[np.isfinite(Yp).any(axis=1)]
        items.append(Item("/".join(map(str, key)), str(key[0]), anchors[:k], Yp, r[sel], t[sel]))
    facts["prefix_rounds"] = sorted({len(it.n) for it in items})
    facts["max_truth_ratio"] = sorted({round(float(it.ratio.max()), 2) for it in items})
    return items, facts


# ---------------------------------------------------------------- draws

def _draws_hash() -> str:
    return hashlib.sha1((ROOT / "planner" / "draws.py").read_bytes()).hexdigest()[:10]


def compute_raw(items: list[Item], kind: str, n_draws: int = N_DRAWS) -> dict[str, np.ndarray]:
    """``raw_tails`` on every prefix, stacked to (C, B) arrays (+ z: (C, B, 2)); cached."""
    from planner.draws import raw_tails

    h = hashlib.sha1()
    h.update(_draws_hash().encode())
    h.update(str(n_draws).encode())
    for it in items:
        h.update(it.key.encode())
        h.update(np.ascontiguousarray(it.n).tobytes())
        h.update(np.ascontiguousarray(it.Y).tobytes())
    cache = DATA / f"raw_tails_{kind}_{h.hexdigest()[:12]}.npz"
    if cache.exists():
        with np.load(cache) as f:
            return {k: f[k] for k in f.files}
    t0 = time.perf_counter()
    out = {k: [] for k in ("y_end", "plateau", "rate", "z")}
    for i, it in enumerate(items):
        rng = np.random.default_rng(zlib.crc32(it.key.encode()))
        raw = raw_tails(it.n, it.Y, n_draws=n_draws, rng=rng)
        for k in out:
            out[k].append(np.asarray(getattr(raw, k), float))
        if (i + 1) % 250 == 0:
            el = time.perf_counter() - t0
            print(f"  raw_tails {i + 1}/{len(items)} ({el:.0f} s, ~{el / (i + 1) * (len(items) - i - 1):.0f} s left)",
                  flush=True)
    arrays = {k: np.stack(v) for k, v in out.items()}
    tmp = cache.with_name(cache.stem + ".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    os.replace(tmp, cache)
    print(f"  raw_tails on {len(items)} curves: {time.perf_counter() - t0:.0f} s -> {cache.name}")
    return arrays


# ---------------------------------------------------------------- error model

def tails(raw: dict, p) -> tuple[np.ndarray, np.ndarray]:
    """Calibrated (plateau, rate), (C, B) each: the error model of ``apply_extrapolation``.

    ``raw`` holds y_end, plateau, rate (C, B) and z (C, B, 2); ``logit_plateau``
    is used when present (precomputed).
    """
    mu_p, sd_p, mu_r, sd_r, corr = (np.float32(v) for v in p)
    y_end, z1, z2 = raw["y_end"], raw["z"][..., 0], raw["z"][..., 1]
    lp = raw["logit_plateau"] if "logit_plateau" in raw else logit(np.clip(raw["plateau"], EPS, 1 - EPS))
    plateau = np.maximum(expit(lp + mu_p + sd_p * z1), y_end)
    with np.errstate(over="ignore"):
        rate = raw["rate"] * np.exp(mu_r + sd_r * (corr * z1 + np.sqrt(1 - corr * corr) * z2))
    return plateau, np.clip(rate, 1e-3, 10.0)  # as apply_extrapolation


def accuracy_at(raw: dict, plateau, rate, ratio) -> np.ndarray:
    """Predicted accuracy (C, J, B) at ratios (C, J)."""
    y_end = raw["y_end"][:, None, :]
    P = plateau[:, None, :]
    logr = np.log(ratio).astype(plateau.dtype)
    return P - (P - y_end) * np.exp(-logr[:, :, None] * rate[:, None, :])


def crps(samples: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Sample CRPS, E|X - y| - 0.5 E|X - X'| (sorted-sample formula), over the last axis."""
    x = np.sort(samples, axis=-1)
    B = x.shape[-1]
    w = ((2 * np.arange(1, B + 1) - B - 1) / (B * B)).astype(x.dtype)
    return np.abs(x - y[..., None].astype(x.dtype)).mean(axis=-1, dtype=np.float64) - (x @ w).astype(np.float64)


class Problem:
    """Padded truth arrays for a set of curves and the CRPS objective."""

    def __init__(self, items: list[Item], raw: dict):
        C, J = len(items), max(len(it.ratio) for it in items)
        self.ratio = np.full((C, J), np.nan)
        self.truth = np.full((C, J), np.nan)
        for i, it in enumerate(items):
            self.ratio[i, :len(it.ratio)] = it.ratio
            self.truth[i, :len(it.truth)] = it.truth
        self.mask = np.isfinite(self.ratio)
        self.ratio_f = np.where(self.mask, self.ratio, 2.0)
        self.truth_f = np.where(self.mask, self.truth, 0.5)
        # float32 for speed (the objective is evaluated a few hundred times)
        self.raw = {k: np.asarray(v, np.float32) for k, v in raw.items()}
        self.raw["logit_plateau"] = logit(np.clip(self.raw["plateau"], EPS, 1 - EPS))
        # each curve weighs the same, whatever its number of truth anchors
        self.w = self.mask / self.mask.sum(axis=1, keepdims=True)
        self.items = items
        # labels objective: targets = truth accuracy at the anchors above the prefix's last mean accuracy
        self.lt = np.full((C, J), 0.5)
        self.ltrue = np.ones((C, J))
        self.lmask = np.zeros((C, J), bool)
        for i, it in enumerate(items):
            y_last = float(np.nanmean(it.Y[:, -1]))
            for j, t in enumerate(it.truth):
                if t > y_last:
                    self.lt[i, j] = t
                    self.ltrue[i, j] = truth_labels_ratio(it, y_last, float(t))
                    self.lmask[i, j] = True
        cnt = self.lmask.sum(axis=1, keepdims=True)
        self.lw = np.where(cnt > 0, self.lmask / np.maximum(cnt, 1), 0.0)

    def subset(self, idx):
        new = object.__new__(Problem)
        new.ratio, new.truth, new.mask = self.ratio[idx], self.truth[idx], self.mask[idx]
        new.ratio_f, new.truth_f, new.w = self.ratio_f[idx], self.truth_f[idx], self.w[idx]
        new.raw = {k: v[idx] for k, v in self.raw.items()}
        new.items = [self.items[i] for i in idx]
        new.lt, new.ltrue, new.lmask, new.lw = self.lt[idx], self.ltrue[idx], self.lmask[idx], self.lw[idx]
        return new

    def predict(self, p) -> np.ndarray:
        plateau, rate = tails(self.raw, p)
        return accuracy_at(self.raw, plateau, rate, self.ratio_f)

    def mean_crps(self, p) -> float:
        c = crps(self.predict(p), self.truth_f)
        return float(np.sum(c * self.w) / len(self.w))

    def log2_labels(self, p) -> np.ndarray:
        """Capped log2(predicted / true labels) per (curve, target, draw): (C, J, B)."""
        plateau, rate = tails(self.raw, p)
        r = planner_labels_ratio(self.raw["y_end"][:, None, :], plateau[:, None, :], rate[:, None, :],
                                 self.lt[:, :, None].astype(plateau.dtype))
        with np.errstate(divide="ignore", over="ignore"):
            x = np.log2(r) - np.log2(self.ltrue)[:, :, None].astype(plateau.dtype)
        return np.minimum(np.nan_to_num(x, nan=LABELS_CAP, posinf=LABELS_CAP), LABELS_CAP)

    def labels_crps(self, p) -> float:
        """Mean over curves (those with a target) of the mean over targets of the CRPS of capped log2 ratios."""
        c = crps(self.log2_labels(p), np.zeros(self.lt.shape))
        has = self.lmask.any(axis=1)
        return float(np.sum(c * self.lw) / max(has.sum(), 1))

    def objective(self, p, objective: str) -> float:
        return self.labels_crps(p) if objective == "labels" else self.mean_crps(p)


def _unpack(theta) -> tuple:
    mu_p, ls_p, mu_r, ls_r, c = theta
    return (mu_p, float(np.exp(ls_p)), mu_r, float(np.exp(ls_r)), 0.95 * float(np.tanh(c)))


def _pack(p) -> np.ndarray:
    mu_p, sd_p, mu_r, sd_r, corr = p
    return np.array([mu_p, np.log(max(sd_p, 1e-4)), mu_r, np.log(max(sd_r, 1e-4)),
                     np.arctanh(np.clip(corr / 0.95, -0.999, 0.999))])


def fit(prob: Problem, start=(0.0, 0.3, 0.0, 0.3, 0.0), objective: str = "labels") -> tuple:
    """(mu_plateau, sd_plateau, mu_rate, sd_rate, corr) minimising the objective's mean CRPS (Nelder-Mead)."""
    res = minimize(lambda th: prob.objective(_unpack(th), objective), _pack(start), method="Nelder-Mead",
                   options={"xatol": 2e-3, "fatol": 1e-7, "maxfev": 1500, "adaptive": True})
    p = _unpack(res.x)
    if p[3] < 1e-3:  # no rate error at all: its correlation with the plateau error has no effect
        p = (p[0], p[1], p[2], 0.0, 0.0)
    return p


# ---------------------------------------------------------------- metrics

def labels_ratio(y_end, plateau, rate, target) -> np.ndarray:
    """n / n_max at which each draw's tail reaches ``target`` (1 if already, inf if never)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        frac = (plateau - target[:, None]) / (plateau - y_end)
        r = frac ** (-1.0 / rate)
    r = np.where(plateau <= target[:, None], np.inf, r)
    r = np.where((rate <= 0) & (plateau > target[:, None]) & (y_end < target[:, None]), np.inf, r)
    r = np.where(y_end >= target[:, None], 1.0, r)
    return r


def planner_labels_ratio(y_end, plateau, rate, target):
    """n / n_max each draw needs to reach ``target``, as ``StrategyDraws.labels(target) / n_max``.

    Exact (closed form from the tail) wherever ``y_end < target``; inf where the
    plateau is <= target. Where ``y_end >= target`` the planner finds the
    crossing inside the data (a count in [n_min, n_max]); the cached raw tails
    lack the within-data curves, so this returns 1 there (an upper bound; such
    a draw's value does not depend on the five numbers).
    """
    tiny = np.asarray(1e-9, dtype=np.result_type(plateau, np.float32))  # planner.draws._TINY
    ok = plateau > target
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        ratio = np.exp(np.log(np.maximum(plateau - y_end, tiny) / np.maximum(plateau - target, tiny)) / rate)
    r = np.where(ok, np.maximum(ratio, 1.0), np.inf)
    return np.where(y_end >= target, 1.0, r)


def truth_labels_ratio(it: Item, y_at_nmax: float, target: float) -> float:
    """First n / n_max at which the truth curve (log-interpolated) reaches ``target``."""
    r = np.concatenate([[1.0], it.ratio])
    y = np.concatenate([[y_at_nmax], it.truth])
    hit = np.flatnonzero(y >= target - 1e-12)
    j = int(hit[0])
    if j == 0:
        return 1.0
    f = (target - y[j - 1]) / (y[j] - y[j - 1])
    return float(np.exp(np.log(r[j - 1]) + f * (np.log(r[j]) - np.log(r[j - 1]))))


def metrics(prob: Problem, p) -> dict:
    """CRPS, 80% coverage at ~8x, labels-to-target within 2x, wrongly unreachable."""
    plateau, rate = tails(prob.raw, p)
    C = len(prob.items)
    j8 = np.nanargmin(np.where(prob.mask, np.abs(np.log(prob.ratio_f / TARGET_RATIO)), np.inf), axis=1)
    rows = np.arange(C)
    r8 = prob.ratio_f[rows, j8]
    target = prob.truth_f[rows, j8]
    acc8 = accuracy_at(prob.raw, plateau, rate, r8[:, None])[:, 0, :]
    lo, hi = np.quantile(acc8, [0.1, 0.9], axis=1)
    cover = (target >= lo) & (target <= hi)
    lr = labels_ratio(prob.raw["y_end"], plateau, rate, target)
    pred = np.median(lr, axis=1)  # inf when more than half the draws never reach the target
    true = np.array([truth_labels_ratio(it, float(np.nanmean(it.Y[:, -1])), t)
                     for it, t in zip(prob.items, target)])
    within = np.isfinite(pred) & (pred <= 2 * true) & (pred >= true / 2)
    unreach = ~np.isfinite(pred)
    c_all = crps(accuracy_at(prob.raw, plateau, rate, prob.ratio_f), prob.truth_f)
    c8 = crps(acc8, target)
    has = prob.lmask.any(axis=1)
    lc = crps(prob.log2_labels(p), np.zeros(prob.lt.shape))
    lcrps = float(np.sum(lc * prob.lw) / max(has.sum(), 1))
    return {"n": C, "labels_crps": lcrps, "n_label_curves": int(has.sum()), "crps": float(np.sum(c_all * prob.w) / C), "crps_8x": float(c8.mean()),
            "cover80_8x": float(cover.mean()), "below_lo": float((target < lo).mean()),
            "above_hi": float((target > hi).mean()),
            "labels_within_2x": float(within.mean()), "wrongly_unreachable": float(unreach.mean()),
            "median_ratio_8x": float(np.median(r8)),
            "median_abs_err_8x": float(np.median(np.abs(np.median(acc8, axis=1) - target)))}


def folds(items: list[Item], k: int = N_FOLDS, seed: int = 0) -> np.ndarray:
    """Fold index per item: data sets shuffled (fixed seed) and dealt into k folds."""
    groups = sorted({it.group for it in items})
    k = min(k, len(groups))
    perm = np.random.default_rng(seed).permutation(len(groups))
    fold_of = {groups[g]: i % k for i, g in enumerate(perm)}
    return np.array([fold_of[it.group] for it in items])


# ---------------------------------------------------------------- verification

def check_against_planner(prob: Problem, p, n_check: int = 5) -> float:
    """Max abs difference between this script's error model and planner.draws on a few curves."""
    from types import SimpleNamespace

    from planner.draws import Extrapolation, apply_extrapolation, tail_accuracy

    cal = Extrapolation(**dict(zip(PARAMS, p)))
    mine = prob.predict(p)
    worst = 0.0
    for i in range(min(n_check, len(prob.items))):
        raw = SimpleNamespace(**{k: v[i] for k, v in prob.raw.items()})
        pl, rt = apply_extrapolation(raw, cal)
        r = prob.ratio[i][prob.mask[i]]
        acc = np.asarray(tail_accuracy(raw.y_end, pl, rt, r))  # (B, R)
        worst = max(worst, float(np.max(np.abs(acc.T - mine[i, :len(r)]))))
    return worst


def check_labels_against_planner(items: list[Item], prob: Problem, p, n_draws: int, n_check: int = 4) -> dict:
    """``planner_labels_ratio`` vs ``StrategyDraws.labels(t) / n_max`` on a few curves (raw tails recomputed in float64).

    Returns the max |diff| of log ratios where ``y_end < t`` (must be ~0) and whether
    the planner's within-data crossings (``y_end >= t``) are all <= n_max (the value used here: 1).
    """
    from planner.draws import Extrapolation, StrategyDraws, raw_tails

    cal = Extrapolation(**dict(zip(PARAMS, p)))
    worst, within_ok, n_pairs, n_inside = 0.0, True, 0, 0
    picked = [i for i in range(len(items)) if prob.lmask[i].any()][:n_check]
    for i in picked:
        it = items[i]
        raw = raw_tails(it.n, it.Y, n_draws=n_draws, rng=np.random.default_rng(zlib.crc32(it.key.encode())))
        assert np.allclose(raw.y_end, prob.raw["y_end"][i], atol=1e-6), "cached raw tails differ from a recomputation"
        sd = StrategyDraws("x", raw, cal)
        for t in prob.lt[i][prob.lmask[i]]:
            planner = sd.labels(float(t)) / sd.n_max
            mine = planner_labels_ratio(sd.y_end, sd.plateau, sd.rate, float(t))
            mine = np.where(mine * sd.n_max > 1e12, np.inf, mine)  # planner: above MAX_LABELS is inf
            tail = sd.y_end < t
            a, b = planner[tail], mine[tail]
            assert np.array_equal(np.isinf(a), np.isinf(b)), "unreachable draws differ"
            fin = np.isfinite(a)
            if fin.any():
                worst = max(worst, float(np.max(np.abs(np.log(a[fin]) - np.log(b[fin])))))
            within_ok &= bool(np.all(planner[~tail] <= 1.0 + 1e-12))
            n_pairs += planner.size
            n_inside += int((~tail).sum())
    return {"max_abs_log_diff_tail": worst, "inside_crossings_le_nmax": within_ok,
            "share_draws_crossing_inside": n_inside / max(n_pairs, 1), "curves": len(picked)}


# ---------------------------------------------------------------- main

def run_kind(kind: str, args) -> tuple[dict, str]:
    t0 = time.perf_counter()
    if kind == "random":
        items, facts = lcdb_items(DATA / "lcdb_curves.parquet", args.max_curves)
    else:
        if not READY.exists():
            raise OSError(f"{READY} does not exist yet: the AL results db is not ready")
        db = al_db_path()
        items, facts = al_items(db, single=kind == "single")
        facts["db"] = str(db)
    if len(items) < 10:
        raise ValueError(f"only {len(items)} usable {kind} curves")
    print(f"[{kind}] {len(items)} curves on {len({it.group for it in items})} data sets "
          f"({time.perf_counter() - t0:.0f} s); facts {facts}", flush=True)
    raw = compute_raw(items, kind, args.n_draws)
    prob = Problem(items, raw)
    # draws with a non-finite raw parameter would poison the objective: report and drop curves
    bad = ~(np.isfinite(raw["y_end"]).all(1) & np.isfinite(raw["plateau"]).all(1) & np.isfinite(raw["rate"]).all(1))
    if bad.any():
        print(f"  dropping {bad.sum()} curves with non-finite raw tails")
        prob = prob.subset(np.flatnonzero(~bad))
        items = prob.items
    base = (0.0, 0.0, 0.0, 0.0, 0.0)
    fi = folds(items)

    def pooled(ms):
        out = {}
        for k in ms[0]:
            if k in ("n", "n_label_curves"):
                out[k] = int(sum(m[k] for m in ms))
                continue
            w = np.array([m["n_label_curves" if k == "labels_crps" else "n"] for m in ms], float)
            out[k] = float(np.sum(w * [m[k] for m in ms]) / max(w.sum(), 1))
        return out

    cv_base = pooled([metrics(prob.subset(np.flatnonzero(fi == f)), base) for f in range(fi.max() + 1)])
    by_obj = {}
    for obj in OBJECTIVES:
        t1 = time.perf_counter()
        p_all = fit(prob, objective=obj)
        print(f"  [{obj}] full fit {dict(zip(PARAMS, np.round(p_all, 4)))} in {time.perf_counter() - t1:.0f} s",
              flush=True)
        cv_cal, fold_params = [], []
        for f in range(fi.max() + 1):
            tr, te = np.flatnonzero(fi != f), np.flatnonzero(fi == f)
            pf = fit(prob.subset(tr), objective=obj)  # same cold start: nothing of the held-out fold leaks in
            fold_params.append(pf)
            cv_cal.append(metrics(prob.subset(te), pf))
            print(f"  [{obj}] fold {f}: {dict(zip(PARAMS, np.round(pf, 3)))} held-out "
                  f"crps {cv_cal[-1]['crps']:.4f} labels_crps {cv_cal[-1]['labels_crps']:.4f}", flush=True)
        by_obj[obj] = {"params": p_all, "cv": pooled(cv_cal), "fold_params": fold_params,
                       "in_sample": metrics(prob, p_all)}
    score_key = {"accuracy": "crps", "labels": "labels_crps"}
    obj = args.objective
    chosen = by_obj[obj]
    res = {"kind": kind, "objective": obj, "params": chosen["params"], "n_curves": len(items),
           "n_datasets": len({it.group for it in items}), "facts": facts,
           "cv": chosen["cv"], "cv_base": cv_base, "fold_params": chosen["fold_params"],
           "in_sample": chosen["in_sample"], "in_sample_base": metrics(prob, base), "objectives": by_obj,
           "prefix_anchors": pd.Series([len(it.n) for it in items]).value_counts().sort_index().to_dict(),
           "seconds": time.perf_counter() - t0}
    # Ship the fit only when it beats the uncalibrated model out of sample on its own objective.
    k = score_key[obj]
    res["shipped"] = "fit"
    if not args.keep_fit and res["cv"][k] >= res["cv_base"][k]:
        res["shipped"] = (f"not the fit (its cross-validated {obj} CRPS {res['cv'][k]:.4f} is not below "
                          f"the uncalibrated {res['cv_base'][k]:.4f})")
    try:
        res["planner_check"] = check_against_planner(prob, chosen["params"])
    except Exception as exc:  # report, do not hide
        res["planner_check"] = f"failed: {exc!r}"
    try:
        res["labels_check"] = check_labels_against_planner(items, prob, chosen["params"], args.n_draws)
    except Exception as exc:  # report, do not hide
        res["labels_check"] = f"failed: {exc!r}"
    print(f"  planner cross-check max |diff| = {res['planner_check']}; labels {res['labels_check']}")
    return res, _source(res)


def _source(res) -> str:
    obj = res.get("objective", "accuracy")
    what = "labels-to-target CRPS fit (log2 ratio, capped at 8)" if obj == "labels" else "accuracy CRPS fit"
    if res["shipped"] != "fit":
        if res["kind"] == "al":
            return (f"no AL-specific calibration beat none on {res['n_datasets']} setups; "
                    f"uses random sampling's LCDB calibration")
        if res["kind"] == "single":
            return (f"no single-run calibration beat none on {res['n_curves']} runs; "
                    f"uses random sampling's LCDB calibration")
        return (f"uncalibrated: the {what} on {res['n_curves']} curves on {res['n_datasets']} data sets "
                f"did not beat it in cross-validation")
    if res["kind"] == "random":
        return (f"LCDB 1.0 test accuracy, {res['n_curves']} curves on {res['n_datasets']} non-held-out "
                f"data sets, prefix 4-6 anchors, truth to 16x; {what}")
    if res["kind"] == "single":
        return (f"single runs of the simulator's curves (every strategy, each seed alone, its own later rounds as "
                f"truth), {res['n_curves']} runs on {res['n_datasets']} synthetic data sets disjoint from the "
                f"truth configs, prefix = first 4 rounds to 1/8 of budget, truth to 16x; {what}")
    return (f"simulator AL curves (non-random strategies), {res['n_curves']} curves on "
            f"{res['n_datasets']} data sets, prefix = first 1/8 of budget, truth to the budget (8x); {what}")


def write_csv(results: list[dict]) -> None:
    rows = {}
    if OUT_CSV.exists():
        old = pd.read_csv(OUT_CSV)
        rows = {r["kind"]: r for r in old.to_dict("records")}
    for res in sorted(results, key=lambda r: r["kind"] != "random"):  # random first: al may copy it
        if res["shipped"] == "fit":
            params = [round(float(v), 4) for v in res["params"]]
        elif res["kind"] in ("al", "single") and "random" in rows:
            # never zeros for AL: zero extrapolation error would make AL intervals overconfident
            params = [float(rows["random"][k]) for k in PARAMS]
        else:
            params = [0.0] * len(PARAMS)
        row = {"kind": res["kind"], **dict(zip(PARAMS, params)),
               "n_curves": res["n_curves"], "n_datasets": res["n_datasets"], "source": _source(res)}
        rows[res["kind"]] = row
    df = pd.DataFrame([rows[k] for k in sorted(rows)], columns=list(CSV_COLUMNS))
    OUT_CSV.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT_CSV.with_suffix(".tmp")
    df.to_csv(tmp, index=False)
    os.replace(tmp, OUT_CSV)


def write_report(results: list[dict]) -> None:
    store = DATA / "calibration_results.json"
    allres = json.loads(store.read_text()) if store.exists() else {}
    for res in results:
        allres[res["kind"]] = json.loads(json.dumps(res, default=lambda o: np.asarray(o).tolist()))
    tmp = store.with_suffix(".tmp")
    tmp.write_text(json.dumps(allres, indent=1, default=str))
    os.replace(tmp, store)
    keys = [("crps", "mean CRPS (all truth anchors)"), ("crps_8x", "CRPS at ~8x"),
            ("cover80_8x", "80% interval coverage at ~8x (target 0.75-0.88)"),
            ("below_lo", "truth below the 10% quantile"), ("above_hi", "truth above the 90% quantile"),
            ("labels_within_2x", "labels-to-target within 2x (target >= 0.60)"),
            ("wrongly_unreachable", "wrongly called unreachable (target <= 0.10)"),
            ("median_abs_err_8x", "median |median forecast - truth| at ~8x"),
            ("labels_crps", "labels CRPS (log2 pred/true labels, capped 8; all targets)")]
    lines = ["# Extrapolation calibration report", "",
             "Generated by `benchmarks/calibration/calibrate_extrapolation.py`. "
             "Cross-validated: 5 folds over data sets, fitted on 4, scored on the 5th; pooled over folds. "
             "Baseline: the uncalibrated error model (all five numbers 0).", ""]
    for kind in sorted(allres):
        r = allres[kind]
        lines += [f"## {kind}", "", f"Source: {_source(r)}", "",
                  f"Facts: {r['facts']}; prefix anchors per curve: {r['prefix_anchors']}; "
                  f"{r['seconds']:.0f} s; planner cross-check max |diff| {r['planner_check']}", "",
                  "Fitted on all curves: " + ", ".join(f"{k} = {v:.4f}" for k, v in zip(PARAMS, r["params"])), "",
                  f"Shipped objective: {r.get('objective', 'accuracy')}; written to planner/data/extrapolation.csv: "
                  f"{r['shipped']}", "",
                  "Per-fold fits: " + "; ".join("(" + ", ".join(f"{v:.3f}" for v in fp) + ")"
                                                 for fp in r["fold_params"]), "",
                  f"Labels cross-check vs StrategyDraws.labels: {r.get('labels_check')}", ""]
        objs = r.get("objectives") or {r.get("objective", "accuracy"): r}
        for o, ro in objs.items():
            lines.append(f"Fit with the {o} objective on all curves: "
                         + ", ".join(f"{k} = {v:.4f}" for k, v in zip(PARAMS, ro["params"])))
        lines += ["", "| metric | " + " | ".join(f"CV {o} fit" for o in objs) + " | CV baseline | "
                  + " | ".join(f"in-sample {o} fit" for o in objs) + " |",
                  "|---" * (2 + 2 * len(objs)) + "|"]
        for k, label in keys:
            if k not in r["cv_base"]:
                continue
            lines.append(f"| {label} | " + " | ".join(f"{ro['cv'][k]:.4f}" for ro in objs.values())
                         + f" | {r['cv_base'][k]:.4f} | "
                         + " | ".join(f"{ro['in_sample'][k]:.4f}" for ro in objs.values()) + " |")
        lines.append("")
    tmp = REPORT.with_suffix(".tmp")
    tmp.write_text("\n".join(lines))
    os.replace(tmp, REPORT)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=("random", "al", "single", "both"), default="random",
                    help="random: LCDB curves; al: simulator AL curves (seed means); single: the simulator's "
                         "single runs (a running campaign's forecast); both: random and al")
    ap.add_argument("--max-curves", type=int, default=MAX_CURVES)
    ap.add_argument("--n-draws", type=int, default=N_DRAWS)
    ap.add_argument("--objective", choices=OBJECTIVES, default="labels",
                    help="which fit is shipped (both are fitted and reported): CRPS of accuracy at held-out "
                         "anchors, or of log2(predicted / true labels to reach the truth's accuracy there)")
    ap.add_argument("--keep-fit", action="store_true",
                    help="write the fit even when its cross-validated CRPS is worse than no calibration")
    args = ap.parse_args(argv)
    kinds = ("random", "al") if args.kind == "both" else (args.kind,)
    t0 = time.perf_counter()
    results = []
    for kind in kinds:
        res, _ = run_kind(kind, args)
        results.append(res)
    write_csv(results)
    write_report(results)
    print(f"wrote {OUT_CSV.relative_to(ROOT)} and {REPORT.relative_to(ROOT)} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
