"""Round 54, A: how well do learned predictors read the accuracy at 8x from a prefix to 1/8? (``plans/round54.md``)

Issue 18 asks, for LCDB at 8x (every anchor up to 1/8 of the curve's largest size, ``frac8``, scored at the
largest), a median absolute accuracy error of at most 0.010; the shipped forecast has read 0.025-0.028 on LCDB's
parts since round 22. This script asks whether that is the forecast's fault or the prefix's: it fits predictors of
the later accuracy directly to LCDB's truths, on the calibration part, and scores them on round 51's
``selection2`` (:func:`lcdb_layers.part51`). ``report2`` and the holdout ids are never read.

Rows: one per (case, truth count) of the ``frac8`` cases (``cases.py --source lcdb``), the truth as
``summarize.rows`` scores it (the mean of the other runs for seed means, ``truth_acc``; the run's own later points
for single runs, ``truth_acc_same``). Every predictor gives the accuracy at each truth count; the 8x error is read
at each case's largest truth count, as :func:`summarize.at_8x` does.

Predictors:

* ``naive``: the prefix's last mean accuracy, flat;
* ``shipped``: the shipped forecast's median (``evaluate_curves.evaluate`` with the default forecaster, on the
  same cases; ``--no-shipped`` skips it);
* ``gbm``: scikit-learn's ``HistGradientBoostingRegressor`` (absolute loss) on the prefix's features
  (:data:`FEATURES`, the learner and its family as categories) and the log2 ratio of the truth count to the
  prefix's last, fitted to the gain over the last mean; its settings (:data:`GBM_GRID`) chosen by a 5-fold
  cross-validation grouped by data set inside the calibration part;
* ``analogs``: the k rows of the same learner in the calibration part nearest in (last mean, slopes over the last
  2 and 4 points, log2 ratio), standardized; their mean gain; k (:data:`KS`) by the same cross-validation.

Read: the median absolute error at 8x, overall and per stratum (rising or levelling off, seed means or single
run), and :func:`label_bound.within_2x_possible` on each predictor's errors (the share of targets a forecast of
the truth's shape with those errors would place within 2x).

Usage::

    nice -n 10 .venv/bin/python benchmarks/forecast/prefix_bound.py --jobs 2
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from cases import load_cases  # noqa: E402
from label_bound import window_rows, within_2x_possible  # noqa: E402
from lcdb_layers import part51  # noqa: E402

#: Case features read from the prefix alone (``cases.py``'s, plus :func:`shape_features`').
FEATURES = ("m", "n_runs", "single_run", "y_end", "y_first", "total_gain", "slope_last", "gain_doubling", "noise",
            "rise_z", "drop", "best", "slope2", "slope4", "bend", "log2_n_end", "log2_ratio")
CATEGORIES = ("learner", "family")
#: The gradient-boosting settings the grouped cross-validation chooses among.
GBM_GRID = tuple({"max_depth": d, "learning_rate": lr, "min_samples_leaf": leaf}
                 for d in (3, None) for lr in (0.05, 0.1) for leaf in (20, 80))
#: The analogs' counts the grouped cross-validation chooses among.
KS = (5, 10, 25, 50, 100)
ANALOG_COLS = ("y_end", "slope2", "slope4", "log2_ratio")
FOLDS = 5
PREFIX = "frac8"


def _slope(x: np.ndarray, y: np.ndarray) -> float:
    """Least-squares slope of ``y`` on ``x`` (NaN with fewer than 2 points)."""
    if len(x) < 2:
        return float("nan")
    return float(np.polyfit(x, y, 1)[0])


def shape_features(n: np.ndarray, Y: np.ndarray) -> dict:
    """The prefix's best mean, its slopes per doubling over the last 2 and 4 points, and their difference."""
    y = np.nanmean(Y, axis=0)
    x = np.log2(n)
    s2, s4 = _slope(x[-2:], y[-2:]), _slope(x[-4:], y[-4:])
    return {"best": float(np.nanmax(y)), "slope2": s2, "slope4": s4, "bend": s2 - s4,
            "log2_n_end": float(x[-1])}


def case_rows(cases) -> pd.DataFrame:
    """One row per (case, truth count): the prefix's features, the log2 ratio and the truth as scored."""
    out = []
    for c in cases:
        f = {k: c.features.get(k, np.nan) for k in FEATURES}   # the shape and the ratio are set below
        f.update(shape_features(np.asarray(c.n, float), np.asarray(c.Y, float)))
        f["single_run"] = float(bool(c.single_run))
        truth = c.truth_acc_same if c.single_run else c.truth_acc
        for n, t in zip(c.truth_n, truth):
            if not np.isfinite(t):
                continue
            out.append({"case_id": c.case_id, "key": c.key, "learner": c.learner, "family": c.family,
                        "regime": c.features.get("regime", ""),
                        "n": float(n), "ratio": float(n) / float(c.n[-1]), "truth": float(t), **f,
                        "log2_ratio": float(np.log2(float(n) / float(c.n[-1])))})
    df = pd.DataFrame(out)
    df["gain"] = df["truth"] - df["y_end"]
    return df


def _encode(df: pd.DataFrame, codes: dict) -> np.ndarray:
    """:data:`FEATURES` and :data:`CATEGORIES` as one array, the categories by ``codes`` (the training rows'; an
    unseen one is missing to the trees)."""
    num = df[list(FEATURES)].to_numpy(float)
    cat = np.column_stack([df[c].astype(str).map(codes[c]).to_numpy(float) for c in CATEGORIES])
    return np.column_stack([num, cat])


def fit_gbm(train: pd.DataFrame, params: dict) -> tuple:
    """The trees fitted to ``train``'s gains, with the category codes they were fitted under."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    codes = {c: {v: i for i, v in enumerate(sorted(train[c].astype(str).unique()))} for c in CATEGORIES}
    cat = np.r_[np.zeros(len(FEATURES), bool), np.ones(len(CATEGORIES), bool)]
    model = HistGradientBoostingRegressor(loss="absolute_error", max_iter=300, early_stopping=False,
                                          categorical_features=cat, random_state=0, **params)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(_encode(train, codes), train["gain"].to_numpy(float))
    return model, codes


def predict_gbm(fitted: tuple, rows: pd.DataFrame) -> np.ndarray:
    """:func:`fit_gbm`'s accuracy at ``rows``: the last mean plus the predicted gain."""
    model, codes = fitted
    return rows["y_end"].to_numpy(float) + model.predict(_encode(rows, codes))


def predict_analogs(train: pd.DataFrame, rows: pd.DataFrame, k: int) -> np.ndarray:
    """The mean gain of the ``k`` nearest training rows of the same learner (standardized :data:`ANALOG_COLS`;
    a learner the training rows lack: every learner's rows)."""
    from sklearn.neighbors import NearestNeighbors

    cols = list(ANALOG_COLS)
    mu, sd = train[cols].mean(), train[cols].std().replace(0, 1.0)
    pred = np.full(len(rows), np.nan)
    groups = {ln: g for ln, g in train.groupby("learner")}
    for ln, g in rows.groupby("learner"):
        pool = groups.get(ln, train)
        pool = pool.dropna(subset=cols)
        q = ((g[cols] - mu) / sd).fillna(0.0).to_numpy(float)
        nn = NearestNeighbors(n_neighbors=min(k, len(pool))).fit(((pool[cols] - mu) / sd).to_numpy(float))
        idx = nn.kneighbors(q, return_distance=False)
        pred[rows.index.get_indexer(g.index)] = g["y_end"].to_numpy(float) + pool["gain"].to_numpy(float)[idx].mean(1)
    return pred


def at_largest(rows: pd.DataFrame, pred: np.ndarray) -> pd.DataFrame:
    """Each case's row at its largest truth count, with ``abs_err`` of ``pred``."""
    r = rows.assign(pred=pred, abs_err=np.abs(pred - rows["truth"].to_numpy(float)))
    return r[r["n"] == r.groupby("case_id")["n"].transform("max")]


def folds(keys: pd.Series, k: int = FOLDS) -> np.ndarray:
    """A fold per row, by data set (sorted keys dealt round-robin after a seeded shuffle)."""
    uniq = np.array(sorted(keys.unique()))
    rng = np.random.default_rng(54)
    rng.shuffle(uniq)
    fold_of = {key: i % k for i, key in enumerate(uniq)}
    return keys.map(fold_of).to_numpy(int)


def cross_validate(train: pd.DataFrame, predict, options) -> tuple:
    """The option with the least grouped cross-validated median absolute error at the largest count, and every
    option's error: ``predict(fit_rows, score_rows, option) -> predictions``."""
    f = folds(train["key"])
    errors = {}
    for i, opt in enumerate(options):
        pred = np.full(len(train), np.nan)
        for j in range(FOLDS):
            fit, held = train[f != j], train[f == j]
            pred[f == j] = predict(fit, held, opt)
        errors[i] = float(at_largest(train, pred)["abs_err"].median())
    best = min(errors, key=errors.get)
    return options[best], errors


def within_2x(rows: pd.DataFrame, pred: np.ndarray) -> float:
    """:func:`label_bound.within_2x_possible` on ``pred`` as a forecast's median (targets at 2x, 4x and 8x)."""
    acc = rows.assign(q50=pred, prefix_kind=PREFIX)
    w = window_rows(acc)
    return float(within_2x_possible(w).mean()) if len(w) else float("nan")


def strata_table(rows: pd.DataFrame, preds: dict) -> list[str]:
    lines = ["| predictor | cases | median abs error at 8x | rising | levelling off | seed means | single runs "
             "| within 2x possible |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, p in preds.items():
        a = at_largest(rows, p)
        med = {s: float(g["abs_err"].median()) for s, g in a.groupby("regime")}
        single = {bool(s): float(g["abs_err"].median()) for s, g in a.groupby("single_run")}
        lines.append(f"| {name} | {a.case_id.nunique()} | {a.abs_err.median():.4f} | {med.get('rising', np.nan):.4f} "
                     f"| {med.get('levelling', np.nan):.4f} | {single.get(False, np.nan):.4f} "
                     f"| {single.get(True, np.nan):.4f} | {within_2x(rows, p):.2f} |")
    return lines


def shipped_predictions(cases, rows: pd.DataFrame, jobs: int) -> np.ndarray:
    """The shipped forecast's median at every row (``evaluate_curves.evaluate``'s accuracy rows; seed means
    against the mean truth and single runs against their own, as ``summarize.rows`` reads them)."""
    from evaluate_curves import evaluate

    means = [c for c in cases if not c.single_run]
    singles = [c for c in cases if c.single_run]
    parts = []
    for group, truth in ((means, "mean"), (singles, "same")):
        if group:
            parts.append(evaluate(group, "default", jobs=jobs, truth=truth)[1][["case_id", "n", "q50"]])
    q = pd.concat(parts, ignore_index=True).drop_duplicates(["case_id", "n"])
    merged = rows[["case_id", "n"]].merge(q, on=["case_id", "n"], how="left")
    return merged["q50"].to_numpy(float)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=1, help="workers for the shipped forecast's fits (default 1)")
    ap.add_argument("--no-shipped", action="store_true", help="skip the shipped forecast (its fits take minutes)")
    ap.add_argument("--cases", type=Path, default=None, help="LCDB cases file (default cases.py's)")
    args = ap.parse_args(argv)
    if not 1 <= args.jobs <= 64:
        print(f"--jobs must be a whole number from 1 to 64, got {args.jobs}", file=sys.stderr)
        return 2
    try:
        cal = [c for c in load_cases("lcdb", "calibration", args.cases) if c.prefix_kind == PREFIX]
        former = [c for part in ("selection", "report") for c in load_cases("lcdb", part, args.cases)]
    except FileNotFoundError as exc:
        print(str(exc).splitlines()[0], file=sys.stderr)
        return 2
    # round 51's selection2 only: report2's cases are dropped before any row of them is made
    sel = [c for c in former if c.prefix_kind == PREFIX and part51(c.key) == "selection2"]
    t0 = time.perf_counter()
    train, test = case_rows(cal), case_rows(sel)
    print(f"LCDB {PREFIX}: calibration {train.case_id.nunique()} cases ({train.key.nunique()} data sets, "
          f"{len(train)} rows); selection2 {test.case_id.nunique()} cases ({test.key.nunique()} data sets)")
    params, gbm_cv = cross_validate(train, lambda fit, held, p: predict_gbm(fit_gbm(fit, p), held),
                                    list(GBM_GRID))
    k, knn_cv = cross_validate(train, lambda fit, held, kk: predict_analogs(fit, held, kk), list(KS))
    print(f"gbm settings chosen: {params} (grouped CV median abs error at 8x: "
          + ", ".join(f"{v:.4f}" for v in gbm_cv.values()) + ")")
    print(f"analogs: k = {k} (CV: " + ", ".join(f"{kk}: {knn_cv[i]:.4f}" for i, kk in enumerate(KS)) + ")")
    naive_cv = float(at_largest(train, train["y_end"].to_numpy(float))["abs_err"].median())
    print(f"naive on the calibration part: {naive_cv:.4f}")
    preds = {"naive (last mean)": test["y_end"].to_numpy(float)}
    if not args.no_shipped:
        preds["shipped forecast (median)"] = shipped_predictions(sel, test, args.jobs)
    preds["gbm"] = predict_gbm(fit_gbm(train, params), test)
    preds["analogs"] = predict_analogs(train, test, k)
    print(f"\nselection2 ({time.perf_counter() - t0:.0f} s):\n")
    print("\n".join(strata_table(test, preds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
