"""Does the unlabeled pool say how much a levelling curve has left? (round 46, step 1: a screen, no design).

A learner's test error is noise + bias + variance, and more labels shrink only the variance. The variance part can
be estimated without labels: refit the learner on bootstrap resamples of the labeled set and count the unlabeled
pool points on which a refit's prediction differs from the fit on all of it. A level curve whose committee still
disagrees on many pool points should have headroom; one whose committee agrees should be at its plateau.

This script measures that disagreement at the pilot's end of the scikit-learn truth's random-strategy runs (the
random picks do not depend on the model, so the labeled set at any round is rebuilt exactly from
:func:`sk_truth.initial_set` and the run's generator) and reads it against the stored forecast rows of the same
cases: the residual at the largest count (truth - median), beyond 4x the pilot's labels. It is a screen on the fit
part (``benchmarks/plans/round46.md``): the partial Spearman correlation of the headroom share
``D / (1 - accuracy)`` with the residual, given the learner family, and a leave-one-data-set-out shift by bins of
the share against the rows as they are.

Features per (data set, learner, seed), at the frac8 pilot's last count ``n``:

* ``acc``: test accuracy of the fit on the ``n`` labels (what the curve shows);
* ``train_acc``: its accuracy on those ``n`` labels;
* ``disagree``: mean over ``B`` bootstrap refits of the share of unlabeled pool points where the refit's
  prediction differs from the full fit's;
* ``headroom``: ``disagree / (1 - acc)`` (the share of the test error that is the fit's variance).

Usage::

    .venv/bin/python benchmarks/forecast/headroom_signal.py --prefixes v39,v40,v41,v42,v43,v44,v45 \\
        --tags s39-report,s40-report,s41-report,s42-report,s43-report,s44-report,s45-report --jobs 2
"""

from __future__ import annotations

import argparse
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import spearmanr

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import sk_truth as skt  # noqa: E402
from regime_layer import shipped_rows  # noqa: E402

DATA = HERE.parent / ".data" / "forecast"
#: Bootstrap refits per measurement.
B = 4
#: Round 46's pass marks (the plan): partial Spearman, relative fall of the median absolute error beyond 4x.
MIN_PARTIAL_RHO = 0.2
MIN_RELATIVE_GAIN = 0.05
#: A "climber": its truth ends more than this above the median forecast (accuracy).
CLIMB = 0.05


def random_labeled(sp: skt.Split, seed: int, n_stop: float) -> np.ndarray:
    """The labeled pool positions of :func:`sk_truth.run_al`'s random run of ``seed`` at its last round with at most
    ``n_stop`` labels (the same generator calls in the same order; the model plays no part in random picks)."""
    rng = np.random.default_rng([seed, 11, skt.STRATEGIES.index("random")])
    mask = np.zeros(sp.y_pool.size, dtype=bool)
    mask[skt.initial_set(sp.y_pool, sp.n_classes, sp.initial, seed)] = True
    while True:
        n = int(mask.sum())
        k = min(sp.batch_size, sp.budget - n)
        if n >= sp.budget or n + k > n_stop:
            return np.flatnonzero(mask)
        mask[rng.choice(np.flatnonzero(~mask), size=k, replace=False)] = True


def disagreement(sp: skt.Split, learner: str, seed: int, labeled: np.ndarray, b: int = B) -> dict:
    """The features of one labeled set (module docstring)."""
    rng = np.random.default_rng([seed, 46])
    unl = np.setdiff1d(np.arange(sp.y_pool.size), labeled)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        full = skt.make_learner(learner, seed).fit(sp.X_pool[labeled], sp.y_pool[labeled])
        acc = float((full.predict(sp.X_test) == sp.y_test).mean())
        train = float((full.predict(sp.X_pool[labeled]) == sp.y_pool[labeled]).mean())
        base = full.predict(sp.X_pool[unl]) if unl.size else None
        shares = []
        for i in range(b if unl.size else 0):   # the whole pool labeled: no pool left to disagree on
            pick = labeled[rng.integers(0, labeled.size, labeled.size)]
            if np.unique(sp.y_pool[pick]).size < 2:
                continue
            m = skt.make_learner(learner, seed + 1000 * (i + 1)).fit(sp.X_pool[pick], sp.y_pool[pick])
            shares.append(float((m.predict(sp.X_pool[unl]) != base).mean()))
    d = float(np.mean(shares)) if shares else float("nan")
    return {"n": int(labeled.size), "acc": acc, "train_acc": train, "disagree": d,
            "headroom": d / max(1.0 - acc, 1e-3)}


def _task(args) -> list[dict]:
    name, learner, seeds = args
    spec = skt.SPECS[name]
    X, y = skt.load_xy(spec)
    out = []
    for seed in seeds:
        sp = skt.make_split(spec, seed, X, y, learner=learner)
        lab = random_labeled(sp, seed, sp.budget / 8.0)
        out.append({"key": spec.key, "learner": learner, "seed": seed, **disagreement(sp, learner, seed, lab)})
    return out


def measure(prefixes: list[str], seeds: list[int], jobs: int, cache: Path) -> pd.DataFrame:
    """The features of every (data set, learner, seed) of the ``prefixes``' sets, cached in ``cache``."""
    if cache.exists():
        return pd.read_parquet(cache)
    tasks = [(name, learner, seeds) for name, spec in skt.SPECS.items()
             if any(name.startswith(p + "_") for p in prefixes) for learner in spec.learners]
    rows: list[dict] = []
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        for r in ex.map(_task, tasks, chunksize=1):
            rows.extend(r)
    df = pd.DataFrame(rows)
    tmp = cache.with_suffix(".tmp")
    df.to_parquet(tmp, index=False)
    tmp.replace(cache)
    return df


def case_rows(tags: str) -> pd.DataFrame:
    """The shipped design's stored rows of the random strategy's frac8 seed-means cases beyond 4x."""
    acc = shipped_rows(tags)
    acc = acc[(acc["strategy"] == "random") & (acc["prefix_kind"] == "frac8") & (acc["single_run"] == "seed means")
              & (acc["ratio"] > 4.0)].copy()
    acc["resid"] = acc["truth"] - acc["q50"]
    return acc


def passes(partial_rho: float, gain: float) -> bool:
    """Round 46's screen: the partial Spearman at least :data:`MIN_PARTIAL_RHO` and the relative fall of the median
    absolute error at least :data:`MIN_RELATIVE_GAIN`."""
    return bool(partial_rho >= MIN_PARTIAL_RHO and gain >= MIN_RELATIVE_GAIN)


def _rank_resid(v: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Ranks of ``v`` less their group mean (a partial rank correlation's ingredient)."""
    r = pd.Series(v).rank().to_numpy()
    return r - pd.Series(r).groupby(groups).transform("mean").to_numpy()


def screen(feats: pd.DataFrame, rows: pd.DataFrame, *, bins: int = 4) -> dict:
    """The plan's two readings, and the same per family."""
    f = feats.groupby(["key", "learner"], as_index=False)[["acc", "train_acc", "disagree", "headroom"]].mean()
    d = rows.merge(f, on=["key", "learner"], how="inner")
    last = d[d["n"] == d.groupby("case_id")["n"].transform("max")]
    out: dict = {"cases": int(last["case_id"].nunique()), "datasets": int(last["key"].nunique())}
    for col in ("headroom", "disagree", "train_acc", "acc"):
        rho = spearmanr(last[col], last["resid"]).statistic
        part = np.corrcoef(_rank_resid(last[col].to_numpy(), last["family"].to_numpy()),
                           _rank_resid(last["resid"].to_numpy(), last["family"].to_numpy()))[0, 1]
        out[f"rho_{col}"] = float(rho)
        out[f"partial_rho_{col}"] = float(part)
    # leave one data set out: a shift per (ratio bin, headroom quartile of the others), and per ratio bin alone
    d = d.assign(rbin=np.where(d["ratio"] > 8.0, "8-16x", "4-8x"))
    moved_h = np.full(len(d), np.nan)
    moved_r = np.full(len(d), np.nan)
    keys = d["key"].to_numpy()
    for k in np.unique(keys):
        tr, te = d[keys != k], d[keys == k]
        edges = np.quantile(tr["headroom"], np.linspace(0, 1, bins + 1)[1:-1])
        hb_tr, hb_te = np.digitize(tr["headroom"], edges), np.digitize(te["headroom"], edges)
        sh = tr.assign(hb=hb_tr).groupby(["rbin", "hb"])["resid"].median()
        sr = tr.groupby("rbin")["resid"].median()
        idx = np.flatnonzero(keys == k)
        moved_h[idx] = [sh.get((rb, hb), sr.get(rb, 0.0)) for rb, hb in zip(te["rbin"], hb_te)]
        moved_r[idx] = [sr.get(rb, 0.0) for rb in te["rbin"]]
    base = float(np.median(np.abs(d["resid"])))
    out["mae_beyond4x"] = base
    out["mae_ratio_shift"] = float(np.median(np.abs(d["resid"] - moved_r)))
    out["mae_headroom_shift"] = float(np.median(np.abs(d["resid"] - moved_h)))
    out["gain"] = 1.0 - out["mae_headroom_shift"] / base
    out["gain_over_ratio_shift"] = 1.0 - out["mae_headroom_shift"] / out["mae_ratio_shift"]
    out["pass"] = passes(out["partial_rho_headroom"], out["gain"])
    out["by_family"] = [{"family": name, "cases": len(g),
                         "rho_headroom": float(spearmanr(g["headroom"], g["resid"]).statistic),
                         "median_resid": float(g["resid"].median())} for name, g in last.groupby("family")]
    q = pd.qcut(last["headroom"], bins, duplicates="drop")
    by_q = last.groupby(q, observed=True).agg(cases=("resid", "size"), headroom=("headroom", "median"),
                                              median_resid=("resid", "median"),
                                              mean_abs=("resid", lambda s: s.abs().mean()))
    out["by_quartile"] = by_q.reset_index(drop=True).to_dict("records")
    out["separation"] = separation(last)
    return out


def separation(last: pd.DataFrame, *, climb: float = CLIMB) -> dict:
    """Leave-one-data-set-out AUC of a logistic regression (with the learner family's indicators) separating the
    cases whose truth ends more than ``climb`` above the median forecast, from the pilot's accuracy (in logits), the
    disagreement (in logs), and both (round 46's reading beyond its screen)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import LeaveOneGroupOut, cross_val_predict

    y = (last["resid"] > climb).to_numpy()
    out = {"climbers": int(y.sum()), "cases": int(y.size)}
    if y.all() or not y.any():
        return out   # nothing to separate
    acc = last["acc"].clip(1e-3, 1 - 1e-3)
    cols = {"accuracy": np.log(acc / (1 - acc)).to_numpy(),
            "disagreement": np.log(last["disagree"].clip(1e-3)).to_numpy()}
    fam = pd.get_dummies(last["family"]).astype(float).to_numpy()
    for name, x in (("accuracy", [cols["accuracy"]]), ("disagreement", [cols["disagreement"]]),
                    ("both", [cols["accuracy"], cols["disagreement"]])):
        X = np.column_stack(x + [fam])
        p = cross_val_predict(LogisticRegression(max_iter=1000), X, y, groups=last["key"], cv=LeaveOneGroupOut(),
                              method="predict_proba")[:, 1]
        out[f"auc_{name}"] = float(roc_auc_score(y, p))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prefixes", required=True, help="comma-separated set prefixes, e.g. v39,v40")
    ap.add_argument("--tags", required=True, help="the stored report tags of those sets (comma-separated)")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None,
                    help="default benchmarks/.data/forecast/headroom_<prefixes>.parquet")
    a = ap.parse_args(argv)
    prefixes = [p for p in a.prefixes.split(",") if p]
    cache = a.cache or DATA / f"headroom_{'_'.join(prefixes)}.parquet"
    feats = measure(prefixes, [int(s) for s in a.seeds.split(",")], a.jobs, cache)
    res = screen(feats, case_rows(a.tags))
    for k, v in res.items():
        if isinstance(v, dict):
            print(f"{k}: " + ", ".join(f"{kk} {round(vv, 3) if isinstance(vv, float) else vv}" for kk, vv in v.items()))
        elif isinstance(v, list):
            print(f"{k}:")
            for r in v:
                print("  ", {kk: (round(vv, 4) if isinstance(vv, float) else vv) for kk, vv in r.items()})
        else:
            print(f"{k}: {round(v, 4) if isinstance(v, float) else v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
