"""Forecast cases: learning-curve prefixes with their truth, for calibrating and scoring forecasts.

The curve-level cases. A *case* is what a user would have in hand (a prefix of one learning curve: runs x label
counts) together with what happened next (the truth). The cases are built from any curves table with one row per (data
set, learner, strategy, seed, label count) and stored compactly in
``benchmarks/.data/forecast/cases_<source>.parquet`` (one row per case, list columns). :func:`load_cases` reads them
back as :class:`Case` objects.

Sources (``--source``)
----------------------
``lcdb``
    LCDB 1.0 test-accuracy curves (``benchmarks/.data/lcdb_curves.parquet`` from
    ``benchmarks/calibration/lcdb_extract.py``): every learner, every id not in ``shared/lcdb_holdout.txt`` (refused
    again here), falling curves included; strategy ``random``. A curve = (data set, learner); its runs are LCDB's
    seeds (``1000 * outer + inner``). At most 6 learners per data set are kept, chosen by a seeded
    draw per data set (``sha256("alplan-cases-v1:" + key)``), so that a part holds a few thousand cases.
``sim``
    the simulator's own long logreg/mlp curves (``benchmarks/.data/forecast/sim_curves.parquet`` from
    ``make_sim_curves.py``), strategies random and margin.
``skl``
    the independent scikit-learn AL truth (``benchmarks/.data/forecast/sk_truth.parquet``: ``dataset, model,
    strategy, seed, n_labels, accuracy, budget``).

Keys are ``<source>:<dataset>``; each case carries ``split.part(key)``, computed when it is loaded.

Prefixes (``prefix_kind``)
--------------------------
* LCDB (no budget): ``first4``, ``first6``, ``first8`` (the first k anchors of the curve) and ``frac16``, ``frac8``,
  ``frac4`` (every anchor with n <= N / 16, N / 8, N / 4, N = the curve's largest anchor).
* AL sources (a budget): ``frac16``, ``frac8``, ``frac4`` of the budget (``budget`` column, else the curve's largest
  label count).

A prefix needs at least 3 label counts (the forecasters' minimum) and at least one truth label count after it;
otherwise no case is made.

Runs: ``single_run=False`` ("seed means"), up to 5 of the curve's runs (a seeded choice; LCDB has
5-125), each a row of ``Y``; ``single_run=True``, one run alone, several such cases per curve and prefix
(distinct runs, seeded; 1 for LCDB, 5 = every run for the AL sources, whose curves are few).

Truth
-----
Let ``n_end`` be the prefix's largest label count. Truth label counts are the curve's label counts with ``n / n_end``
in (1, 16] (up to 16 x 1.03: LCDB's rounded anchors put 16x of 45 at 724; thinned to at most 4 per doubling,
log-spaced, for AL curves measured every round; the full resolution is used for the label truths).

* ``truth_acc``: mean accuracy over the curve's runs at each truth count, excluding the single run's own seed for
  single-run cases (``truth_source = "all_seeds"`` / ``"other_seeds"``; ``"same_seed"`` when a single-run curve has no
  other run: then it is the run's own later points).
* ``truth_acc_same``: the mean over the case's own runs (the continuation the user would see: the same seeds' later
  points; NaN where a run lacks it).

Labels-to-target truths: targets ``t = truth_acc at ratio 2, 4, 8, 16 - 1e-9`` (``target_kind`` ``r2`` .. ``r16``; the
truth count whose ratio is nearest in log2, within 0.26) and one target ``above`` = max(truth_acc) + 0.005 (when below
1): never reached within the horizon. A target is kept only when it is above both the prefix's last mean accuracy and
the truth at ``n_end`` (when measured), i.e. it is not reached yet. ``target_labels`` = the first label count where
the truth curve (``truth_acc``, full resolution, starting from the truth at ``n_end``) reaches ``t``, log-linearly
interpolated between consecutive counts; ``inf`` = not reached up to ``horizon_n`` (the largest truth count).

Features (from the prefix only: what the user sees): :func:`prefix_features` (the counts, runs, last mean, the gain
per doubling over the last doubling, the noise of the mean at the end, ``regime`` levelling or rising, ``falls``),
with ``learner``, ``family``, ``strategy`` and ``kind`` (``random`` or ``al``: the ``fit_curve`` calibration to use).

Usage (from the repository root)::

    nice -n 10 .venv/bin/python benchmarks/forecast/cases.py --source lcdb   # or sim, skl
    from benchmarks.forecast.cases import load_cases    # or with benchmarks/forecast on sys.path
    cases = load_cases("lcdb", part="selection")
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import split  # noqa: E402
from files import write_whole  # noqa: E402

ROOT = HERE.parents[1]
DATA = ROOT / "benchmarks" / ".data"
OUT_DIR = DATA / "forecast"
SOURCES = ("lcdb", "sim", "skl")
INPUTS = {"lcdb": DATA / "lcdb_curves.parquet", "sim": OUT_DIR / "sim_curves.parquet",
          "skl": OUT_DIR / "sk_truth.parquet"}
SALT = "alplan-cases-v1:"
HORIZON = 16.0
#: LCDB's anchors are rounded powers of sqrt(2) (45 -> 724 is 16.09x): ratios up to 16 * RATIO_TOL count as 16x
RATIO_TOL = 1.03
MIN_POINTS = 3
FIRST_K = (4, 6, 8)
FRACS = (16, 8, 4)
TARGET_RATIOS = (2, 4, 8, 16)
ABOVE_MARGIN = 0.005
THIN_PER_DOUBLING = 4
PARTS = ("calibration", "selection", "report")

__all__ = ["Case", "build_cases", "load_cases", "family_of", "prefix_features", "cases_path"]


@dataclass
class Case:
    """One forecast case: a curve prefix (what the user has) and its truth (what happened next).

    ``n`` (m,) ascending label counts of the prefix; ``Y`` (S, m) accuracy by run (NaN where a run lacks a count);
    ``truth_n`` (k,) later label counts (n / n_end in (1, 16]); ``truth_acc`` (k,) mean over the truth runs;
    ``truth_acc_same`` (k,) mean over the case's own runs; ``targets`` (T,) accuracy targets, ``target_labels`` (T,)
    labels the truth needs (``inf`` = not within ``horizon_n``), ``target_kind`` (T,) ``r2``/``r4``/``r8``/
    ``r16``/``above``; ``targets_same``, ``target_labels_same``, ``target_kind_same``: the same built on
    ``truth_acc_same`` (the case's own runs continued); ``features`` (from the prefix only, see the module doc)."""

    case_id: str
    key: str
    part: str
    source: str
    learner: str
    family: str
    strategy: str
    prefix_kind: str
    single_run: bool
    seeds: np.ndarray
    n: np.ndarray
    Y: np.ndarray
    truth_n: np.ndarray
    truth_acc: np.ndarray
    truth_acc_same: np.ndarray
    truth_source: str
    horizon_n: float
    targets: np.ndarray
    target_labels: np.ndarray
    target_kind: tuple
    features: dict = field(default_factory=dict)
    targets_same: np.ndarray = field(default_factory=lambda: np.zeros(0))
    target_labels_same: np.ndarray = field(default_factory=lambda: np.zeros(0))
    target_kind_same: tuple = ()

    @property
    def kind(self) -> str:
        """``"random"`` or ``"al"``: which ``fit_curve`` calibration applies."""
        return "random" if self.strategy == "random" else "al"

    @property
    def n_end(self) -> float:
        return float(self.n[-1])


def family_of(learner: str) -> str:
    """Learner family of a learner name: the planner's :func:`planner.forecast.draws.learner_family` (linear,
    tree, kNN, NB, SVM, neural or other), which reads the same names at run time."""
    from planner.forecast.learners import learner_family

    return learner_family(learner)


def _mean_curve(Y: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nanmean(Y, axis=0)


def prefix_features(n: np.ndarray, Y: np.ndarray) -> dict:
    """Regime features of a prefix (``n`` (m,), ``Y`` (S, m)), of its mean curve ``y`` over log2 n: ``gain_doubling``
    the least-squares slope over n >= n_end / 2 (at least the last 3 points); ``noise`` of the mean at the end (the
    runs' sd at the last point / sqrt(runs), else a single run's ``1.4826 MAD(diff(y)) / sqrt(2)``); ``rise_z`` =
    gain / noise, ``rise_frac`` = gain / the prefix's total gain per doubling; ``regime`` ``levelling`` where the gain
    is at most max(0.005, 2 noise), else ``rising``; ``drop`` the largest fall below the running maximum, ``falls`` =
    drop > max(0.01, 3 noise)."""
    n, Y = np.asarray(n, dtype=float), np.atleast_2d(np.asarray(Y, dtype=float))
    (S, m), y, lx = Y.shape, _mean_curve(Y), np.log2(np.asarray(n, dtype=float))
    last_k = np.isfinite(Y[:, -1]).sum()
    spread_last = float(np.nanstd(Y[:, -1], ddof=1)) if last_k >= 2 else float("nan")
    d = np.diff(y)
    if last_k >= 2:
        noise = spread_last / math.sqrt(last_k)
    elif d.size >= 2:
        noise = 1.4826 * float(np.median(np.abs(d - np.median(d)))) / math.sqrt(2)
    else:
        noise = float("nan")
    noise = float(noise) if np.isfinite(noise) else float("nan")
    sel = n >= n[-1] / 2
    if sel.sum() < 3:
        sel = np.zeros(m, dtype=bool)
        sel[-min(3, m):] = True
    xs, ys = lx[sel], y[sel]
    gain_doubling = float(np.polyfit(xs, ys, 1)[0]) if xs.size >= 2 and np.ptp(xs) > 0 else float("nan")
    slope_last = float((y[-1] - y[-2]) / (lx[-1] - lx[-2])) if m >= 2 else float("nan")
    total_gain, span = float(y[-1] - y[0]), float(lx[-1] - lx[0])
    per_doubling = total_gain / span if span > 0 else float("nan")
    noise_eff = noise if np.isfinite(noise) else 0.0
    rise_z = gain_doubling / noise if np.isfinite(noise) and noise > 0 else float("nan")
    rise_frac = gain_doubling / per_doubling if total_gain > 0 and np.isfinite(per_doubling) else float("nan")
    regime = "levelling" if gain_doubling <= max(0.005, 2 * noise_eff) else "rising"
    drop = float(np.max(np.maximum.accumulate(y) - y))
    return {"m": int(m), "n_runs": int(S), "n_min": float(n[0]), "n_end": float(n[-1]), "y_first": float(y[0]),
            "y_end": float(y[-1]), "total_gain": total_gain, "slope_last": slope_last, "gain_doubling": gain_doubling,
            "noise": noise, "spread_last": spread_last, "rise_z": float(rise_z), "rise_frac": float(rise_frac),
            "regime": regime, "drop": drop, "falls": bool(drop > max(0.01, 3 * noise_eff))}


def _seeded(*parts) -> np.random.Generator:
    h = hashlib.sha256((SALT + "|".join(str(p) for p in parts)).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "little"))


def normalise(df: pd.DataFrame, source: str) -> pd.DataFrame:
    """A curves table as columns ``key, learner, strategy, seed, n, acc, budget`` (budget NaN when absent).

    Accepts LCDB's extract (``openmlid, learner, seed, n_train, accuracy``) or an AL table (``dataset, model, strategy,
    seed, n_labels, accuracy`` [, ``budget``]; ``dataset`` a bare name or already the split key ``<source>:<name>``; a
    stored ``part`` column is ignored: parts come from ``split.py``). Raises one-line ``ValueError`` on a bad table."""
    cols = set(df.columns)
    if {"openmlid", "learner", "seed", "n_train", "accuracy"} <= cols:
        out = pd.DataFrame({"key": "lcdb:" + df["openmlid"].astype(int).astype(str),
                            "learner": df["learner"].astype(str), "strategy": "random",
                            "seed": df["seed"].astype(np.int64), "n": df["n_train"].astype(float),
                            "acc": df["accuracy"].astype(float), "budget": np.nan})
    else:
        need = {"dataset", "model", "strategy", "seed", "n_labels", "accuracy"}
        if missing := sorted(need - cols):
            raise ValueError(f"curves table for source {source!r} lacks columns {missing}: give dataset, model, "
                             "strategy, seed, n_labels, accuracy (LCDB: openmlid, learner, seed, n_train, accuracy)")
        # a table may already hold split keys ("skl:wine", as sk_truth.py writes) or bare names ("wine")
        key = df["dataset"].astype(str).map(lambda d: split.key_of(d, source))
        out = pd.DataFrame({"key": key, "learner": df["model"].astype(str), "strategy": df["strategy"].astype(str),
                            "seed": df["seed"].astype(np.int64), "n": df["n_labels"].astype(float),
                            "acc": df["accuracy"].astype(float),
                            "budget": df["budget"].astype(float) if "budget" in cols else np.nan})
    hold = {f"lcdb:{i}" for i in split.holdout_ids()}
    bad = sorted(set(out["key"]) & hold)
    if bad:
        raise ValueError(f"{bad[0]} is an LCDB holdout id (shared/lcdb_holdout.txt): drop the reserved ids "
                         "(benchmarks/calibration/lcdb_extract.py does)")
    if not np.all(np.isfinite(out["n"])) or (out["n"] < 1).any():
        raise ValueError("label counts must be finite and >= 1")
    out = out[np.isfinite(out["acc"])]
    if ((out["acc"] < 0) | (out["acc"] > 1)).any():
        raise ValueError("accuracy must be a fraction in [0, 1]: convert percent first")
    return out


def _thin(ratios: np.ndarray, per_doubling: int = THIN_PER_DOUBLING) -> np.ndarray:
    """Indices of ``ratios`` (ascending, > 1) keeping at most ``per_doubling`` per doubling: nearest to a log grid."""
    if ratios.size == 0:
        return np.arange(0)
    lr = np.log2(ratios)
    if lr.size <= 1 or np.min(np.diff(lr)) >= 1.0 / per_doubling - 1e-9:
        return np.arange(ratios.size)
    grid = np.arange(1, int(np.ceil(lr[-1] * per_doubling)) + 1) / per_doubling
    keep = {int(np.argmin(np.abs(lr - g))) for g in grid}
    keep.add(ratios.size - 1)
    return np.array(sorted(keep))


def _labels_to(t: float, n0: float, a0: float, tn: np.ndarray, ta: np.ndarray) -> float:
    """First label count where the truth (start ``(n0, a0)``, then ``(tn, ta)``) reaches ``t``; inf if never."""
    pn = np.concatenate([[n0], tn])
    pa = np.concatenate([[a0], ta])
    hit = np.flatnonzero(pa[1:] >= t)
    if hit.size == 0:
        return float("inf")
    j = hit[0] + 1
    a_prev, a_j = pa[j - 1], pa[j]
    if not np.isfinite(a_prev) or a_prev >= t or a_j <= a_prev:
        return float(pn[j])
    w = (t - a_prev) / (a_j - a_prev)
    return float(np.exp(np.log(pn[j - 1]) + w * (np.log(pn[j]) - np.log(pn[j - 1]))))


def _targets(n_end: float, a0: float, floor_t: float, tn: np.ndarray, ta: np.ndarray) -> tuple[list, list, list]:
    """Targets (truth at ratio 2..16 minus 1e-9, and ``above`` its max), their truth labels and kinds.

    ``(n_end, a0)`` starts the truth curve ``(tn, ta)``; targets at or below ``floor_t`` are dropped."""
    targets, labels, kinds = [], [], []
    if tn.size == 0:
        return targets, labels, kinds
    lr = np.log2(tn / n_end)
    for r in TARGET_RATIOS:
        j = int(np.argmin(np.abs(lr - math.log2(r))))
        if abs(lr[j] - math.log2(r)) > 0.26:
            continue
        t = float(ta[j]) - 1e-9
        if t <= floor_t:
            continue
        targets.append(t)
        labels.append(_labels_to(t, n_end, a0, tn, ta))
        kinds.append(f"r{r}")
    t_above = float(np.max(ta)) + ABOVE_MARGIN
    if t_above < 1.0 and t_above > floor_t:
        targets.append(t_above)
        labels.append(float("inf"))
        kinds.append("above")
    return targets, labels, kinds


def _prefix_specs(anchors: np.ndarray, budget: float | None) -> list[tuple[str, float]]:
    """(prefix_kind, n_end) pairs for a curve with label counts ``anchors`` (ascending)."""
    out = [(f"first{k}", float(anchors[k - 1])) for k in FIRST_K if anchors.size > k] if budget is None else []
    top = anchors[-1] if budget is None else budget
    for f in FRACS:
        inside = anchors[anchors <= top / f * (1 + 1e-9)]
        if inside.size:
            out.append((f"frac{f}", float(inside[-1])))
    return out


def _curve_cases(source: str, key: str, learner: str, strategy: str, mat: pd.DataFrame,
                 budget: float | None, max_runs: int, singles: int = 1) -> list[dict]:
    """Every case of one curve. ``mat``: accuracy pivot (index seed, columns n ascending)."""
    anchors = mat.columns.to_numpy(dtype=float)
    seeds_all = mat.index.to_numpy()
    A = mat.to_numpy(dtype=float)
    rng = _seeded(key, learner, strategy)
    chosen = np.sort(rng.choice(seeds_all.size, size=min(max_runs, seeds_all.size), replace=False))
    # the single run: a seeded choice among the runs measured at the first 3 anchors
    ok_runs = np.flatnonzero(np.isfinite(A[:, : min(3, A.shape[1])]).all(axis=1))
    single_list = []
    if ok_runs.size and singles > 0:
        first = int(rng.choice(ok_runs))
        rest = rng.permutation(np.setdiff1d(ok_runs, [first]))[: singles - 1]
        single_list = [first] + [int(x) for x in rest]
    fam = family_of(learner)
    kind_part = split.part(key)
    out = []
    for prefix_kind, n_end in _prefix_specs(anchors, budget):
        pm = anchors <= n_end
        tm = (anchors > n_end) & (anchors <= HORIZON * n_end * RATIO_TOL)
        if not tm.any():
            continue
        for single in [None] + single_list:
            single_run = single is not None
            rows = np.array([single]) if single_run else chosen
            Yp = A[np.ix_(rows, np.flatnonzero(pm))]
            cols = np.isfinite(Yp).any(axis=0)
            if cols.sum() < MIN_POINTS or not cols[-1]:
                continue  # too few points, or the prefix's last count lacks these runs
            n_p = anchors[pm][cols]
            Yp = Yp[:, cols]
            others = np.setdiff1d(np.arange(seeds_all.size), rows) if single_run else np.arange(seeds_all.size)
            truth_src = "other_seeds" if single_run else "all_seeds"
            if single_run and others.size == 0:
                others, truth_src = rows, "same_seed"
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns: NaN, dropped below
                t_all = np.nanmean(A[np.ix_(others, np.flatnonzero(tm))], axis=0)
                t_same = np.nanmean(A[np.ix_(rows, np.flatnonzero(tm))], axis=0)
                a_end = np.nanmean(A[others, np.flatnonzero(anchors == n_end)[0]])
            tn_full = anchors[tm]
            good = np.isfinite(t_all)
            tn_full, t_all, t_same = tn_full[good], t_all[good], t_same[good]
            if tn_full.size == 0:
                continue
            feats = prefix_features(n_p, Yp)
            y_end = feats["y_end"]
            floor_t = max(y_end, a_end) if np.isfinite(a_end) else y_end
            a0 = a_end if np.isfinite(a_end) else y_end
            ratios = tn_full / n_end
            targets, labels, tkinds = _targets(n_end, a0, floor_t, tn_full, t_all)
            fin = np.isfinite(t_same)
            targets_s, labels_s, tkinds_s = _targets(n_end, y_end, y_end, tn_full[fin], t_same[fin])
            keep = _thin(ratios) if budget is not None else np.arange(tn_full.size)
            run_tag = f"single:{seeds_all[single]}" if single_run else f"means{rows.size}"
            out.append({"case_id": f"{source}|{key}|{learner}|{strategy}|{prefix_kind}|{run_tag}",
                        "key": key, "part": kind_part, "source": source, "learner": learner, "family": fam,
                        "strategy": strategy, "prefix_kind": prefix_kind, "single_run": bool(single_run),
                        "seeds": seeds_all[rows].astype(np.int64).tolist(),
                        "n": n_p.tolist(), "S": int(Yp.shape[0]), "Y": Yp.ravel().tolist(),
                        "truth_n": tn_full[keep].tolist(), "truth_acc": t_all[keep].tolist(),
                        "truth_acc_same": t_same[keep].tolist(), "truth_source": truth_src,
                        "horizon_n": float(tn_full[-1]),
                        "targets": targets, "target_labels": labels, "target_kind": tkinds,
                        "targets_same": targets_s, "target_labels_same": labels_s, "target_kind_same": tkinds_s,
                        "budget": float(budget) if budget is not None else float("nan"),
                        "n_truth_runs": int(others.size), **{f"f_{k}": v for k, v in feats.items()}})
    return out


def build_cases(df: pd.DataFrame, source: str, *, max_runs: int = 5, max_curves: int | None = None,
                singles: int = 1) -> pd.DataFrame:
    """Cases (one row per case, list columns) from a curves table (see :func:`normalise`).

    ``singles``: single-run cases per curve and prefix (distinct runs, a
    seeded choice; the first is the same whatever ``singles`` is).

    ``max_curves``: at most this many curves (learner x strategy) per data
    set, a seeded choice per data set (None: all)."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: choose one of {', '.join(SOURCES)}")
    if max_runs < 1:
        raise ValueError(f"max_runs must be >= 1, got {max_runs}")
    t = normalise(df, source)
    budgets = t.groupby(["key", "learner", "strategy"], sort=True)["budget"].max()
    rows = []
    for key, g_key in t.groupby("key", sort=True):
        curves = sorted(g_key.groupby(["learner", "strategy"], sort=True).groups)
        if max_curves is not None and len(curves) > max_curves:
            pick = _seeded(key, "curves").choice(len(curves), size=max_curves, replace=False)
            curves = [curves[i] for i in sorted(pick)]
        for learner, strategy in curves:
            g = g_key[(g_key["learner"] == learner) & (g_key["strategy"] == strategy)]
            mat = g.pivot_table(index="seed", columns="n", values="acc", aggfunc="mean").sort_index(axis=1)
            b = budgets.get((key, learner, strategy), np.nan)
            budget = None
            if source != "lcdb":
                budget = float(b) if np.isfinite(b) else float(mat.columns.max())
            rows.extend(_curve_cases(source, key, learner, strategy, mat, budget, max_runs, singles))
    return pd.DataFrame(rows)


def cases_path(source: str) -> Path:
    return OUT_DIR / f"cases_{source}.parquet"


def _row_to_case(r) -> Case:
    S = int(r["S"])
    n = np.asarray(r["n"], dtype=float)
    feats = {k[2:]: (v.item() if hasattr(v, "item") else v) for k, v in r.items() if k.startswith("f_")}
    feats.update(learner=r["learner"], family=r["family"], strategy=r["strategy"],
                 kind="random" if r["strategy"] == "random" else "al",
                 single_run=bool(r["single_run"]), source=r["source"], prefix_kind=r["prefix_kind"])
    return Case(case_id=r["case_id"], key=r["key"], part=r["part"], source=r["source"], learner=r["learner"],
                family=r["family"], strategy=r["strategy"], prefix_kind=r["prefix_kind"],
                single_run=bool(r["single_run"]), seeds=np.asarray(r["seeds"], dtype=np.int64),
                n=n, Y=np.asarray(r["Y"], dtype=float).reshape(S, n.size),
                truth_n=np.asarray(r["truth_n"], dtype=float), truth_acc=np.asarray(r["truth_acc"], dtype=float),
                truth_acc_same=np.asarray(r["truth_acc_same"], dtype=float), truth_source=r["truth_source"],
                horizon_n=float(r["horizon_n"]), targets=np.asarray(r["targets"], dtype=float),
                target_labels=np.asarray(r["target_labels"], dtype=float), target_kind=tuple(r["target_kind"]),
                features=feats, targets_same=np.asarray(r.get("targets_same", []), dtype=float),
                target_labels_same=np.asarray(r.get("target_labels_same", []), dtype=float),
                target_kind_same=tuple(r.get("target_kind_same", ())))


def cases_from_frame(frame: pd.DataFrame, part: str | None = None) -> list[Case]:
    """:class:`Case` objects from a cases frame (as :func:`build_cases` returns), optionally one part."""
    if len(frame):  # the part is split.py's, read now (a stored column may predate a new split)
        frame = frame.assign(part=frame["key"].map(split.part))
    if part is not None:
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}: choose one of {', '.join(PARTS)}")
        frame = frame[frame["part"] == part]
    return [_row_to_case(r) for r in frame.to_dict("records")]


def load_cases(source: str, part: str | None = None, path: str | Path | None = None) -> list[Case]:
    """The stored cases of ``source`` (``lcdb``, ``sim``, ``skl``), optionally only one ``part``."""
    p = Path(path) if path is not None else cases_path(source)
    if not p.exists():
        raise FileNotFoundError(f"no cases file {p}: build it with "
                                f"`python benchmarks/forecast/cases.py --source {source}`")
    return cases_from_frame(pd.read_parquet(p), part)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", choices=SOURCES, required=True)
    ap.add_argument("--input", type=Path, default=None, help="curves table (default per source, see the module doc)")
    ap.add_argument("--out", type=Path, default=None, help="default benchmarks/.data/forecast/cases_<source>.parquet")
    args = ap.parse_args(argv)
    src = args.input or INPUTS[args.source]
    if not Path(src).exists():
        hint = {"lcdb": "benchmarks/calibration/lcdb_extract.py", "sim": "benchmarks/forecast/make_sim_curves.py",
                "skl": "the scikit-learn AL truth script (benchmarks/forecast/sk_truth.py)"}[args.source]
        print(f"no curves table {src}: build it with {hint}, or give --input", file=sys.stderr)
        return 2
    lcdb = args.source == "lcdb"   # LCDB: 6 curves of a data set, 1 single-run case each; else every curve, 5
    t0 = time.perf_counter()
    try:
        df = pd.read_parquet(src)
        cases = build_cases(df, args.source, max_runs=5, max_curves=6 if lcdb else None, singles=1 if lcdb else 5)
    except (ValueError, OSError) as exc:
        print(f"{src}: {exc}", file=sys.stderr)
        return 2
    if cases.empty:
        print(f"{src}: no curve gave a case (each needs >= {MIN_POINTS} prefix points and a later point)", file=sys.stderr)
        return 2
    out = args.out or cases_path(args.source)
    write_whole(out, lambda tmp: cases.to_parquet(tmp, index=False))
    print(f"wrote {out}: {len(cases)} cases from {cases['key'].nunique()} data sets in "
          f"{time.perf_counter() - t0:.1f} s")
    print(cases.groupby(["part", "prefix_kind", "single_run"]).size().unstack().to_string())
    print(cases.groupby(["part", "f_regime"]).size().unstack().to_string())
    print("falls:", int(cases["f_falls"].sum()), " families:", cases["family"].value_counts().to_dict())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
