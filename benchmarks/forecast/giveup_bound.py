"""Round 55, A: what can a campaign's first look tell about whether its target is in reach? (``plans/round55.md``)

Issue 19 asks replan to reach at least 90% of reachable campaigns (and never less often than doubling), and to
spend at most a quarter of doubling's spend on targets out of reach. Every give-up level moves one number at the
cost of the other (round 54). This script asks whether a learned rule at the campaign's first look could move both.
It fits classifiers of "reachable" to what the first look knows, scores them out of fold by data set, and composes
each with replan: a campaign whose score is at most t gives up at its first look, and every other campaign is
replan's replayed row at give-up level L. Issue 19's targets are read off the composed rows as
``bench_campaign.py`` reads them.

Rows: ``bench_campaign.py`` runs saved with ``--give-up`` levels (their ``_rows.json``), each read against the truth
table its header names (:func:`bench_campaign.first_look_features`: replan's first P, the measured gap, slope and
rounds, the target's distance from the best round, the prefix's shape, the learner and the strategy).

Classifiers (:data:`MODELS`), each scored out of fold (5 folds, by data set, ``prefix_bound.folds``):

* ``P``: replan's own first P(reached within the budget);
* ``logistic``: a logistic regression on every numeric feature (standardized);
* ``trees``: scikit-learn's ``HistGradientBoostingClassifier`` on every feature, the learner and the strategy as
  categories; its settings (:data:`GRID`) chosen by the out-of-fold log loss on the same folds, which flatters it
  slightly (for a bound, on the trees' side).

A composed campaign that gives up at its first look buys nothing: its labels are its start, its spend $0, and it
reaches the target only if its start does. A campaign whose start meets the target is never given up.

Usage::

    .venv/bin/python benchmarks/forecast/giveup_bound.py benchmarks/.data/campaign/v60G_rows.json \\
        benchmarks/.data/campaign/v61G_rows.json --out benchmarks/.data/campaign/r55_bound.md
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT / "benchmarks"), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from bench_campaign import (CAMPAIGN_KEY, GOALS, campaign_checks, first_look_features, give_up_policy,  # noqa: E402
                            summarize)
from prefix_bound import FOLDS, folds  # noqa: E402
from replan_giveup import NOT_COUNTED as PRINTED_FIGURES  # noqa: E402

#: The numeric first-look features (:func:`bench_campaign.first_look_features`).
NUMERIC = ("logit_p", "gap", "gap_best", "slope", "rounds", "mlp", "points", "best", "slope2", "slope4", "bend",
           "log2_n_end")
CATEGORIES = ("learner", "strategy")
MODELS = ("P", "logistic", "trees")
#: The trees' settings the out-of-fold log loss chooses among.
GRID = tuple({"max_depth": d, "learning_rate": lr, "min_samples_leaf": leaf}
             for d in (3, None) for lr in (0.05, 0.1) for leaf in (20, 80))
#: First-look thresholds: these quantiles of the unreachable campaigns' scores (and none: replan alone).
QUANTILES = tuple(np.round(np.arange(0.0, 0.501, 0.02), 2))
#: The check a first-look give-up cannot serve (it only lowers reach) and the one about printed figures (left out
#: as round 52's rule did): the plan's rule asks reach within :data:`NEAR_DOUBLE` of doubling's instead.
NOT_COUNTED = ("reached never below double's rate", PRINTED_FIGURES)
NEAR_DOUBLE = 0.01
SPEND_AIM, REACH_AIM = GOALS["spend_vs_double"], GOALS["reached"]


def level_policy(level: float, confidence: float) -> str:
    """The saved rows' name of replan at give-up ``level`` (the shipped level, ``1 - confidence``, is "replan")."""
    return "replan" if abs(level - (1.0 - confidence)) < 1e-9 else give_up_policy(level)


def load(paths: list[Path]) -> tuple[dict, pd.DataFrame, float, tuple]:
    """Each saved run's rows by its name (the file's stem), the first-look features of all (``set`` names the
    run), the runs' confidence (they must share one) and the give-up levels every run replayed (its header's
    ``give_ups`` and its own level, ``1 - confidence``), ascending."""
    rows, feats, confidences, levels = {}, [], set(), []
    for path in paths:
        saved = json.loads(Path(path).read_text())
        meta = saved["meta"]
        truth = Path(meta["truth"])
        truth = truth if truth.is_absolute() else ROOT / truth
        name = Path(path).name.removesuffix("_rows.json")
        rows[name] = saved["rows"]
        f = first_look_features(saved["rows"], pd.read_parquet(truth))
        feats.append(f.assign(set=name))
        confidences.add(float(meta.get("confidence", 0.9)))
        levels.append(set(meta.get("give_ups", [])))
    if len(confidences) != 1:
        raise ValueError(f"the runs were replayed at different confidences ({sorted(confidences)})")
    confidence = confidences.pop()
    return (rows, pd.concat(feats, ignore_index=True), confidence,
            tuple(sorted(set.intersection(*levels) | {1.0 - confidence})))


def _matrix(F: pd.DataFrame, codes: dict | None = None) -> tuple[np.ndarray, dict]:
    """The numeric features (missing as 0) and the categories as codes (``codes``: the training rows'; an unseen
    one is missing to the trees)."""
    if codes is None:
        codes = {c: {v: i for i, v in enumerate(sorted(F[c].astype(str).unique()))} for c in CATEGORIES}
    num = F[list(NUMERIC)].astype(float).fillna(0.0).to_numpy()
    cat = np.column_stack([F[c].astype(str).map(codes[c]).to_numpy(float) for c in CATEGORIES])
    return np.column_stack([num, cat]), codes


def _fit_predict(model: str, fit: pd.DataFrame, held: pd.DataFrame, params: dict | None = None) -> np.ndarray:
    """P(reachable) for ``held`` from ``model`` fitted on ``fit``."""
    if model == "P":
        return held["p"].to_numpy(float)
    y = fit["y"].to_numpy(bool)
    if y.all() or not y.any():
        return np.full(len(held), float(y.mean()))
    Xf, codes = _matrix(fit)
    Xh, _ = _matrix(held, codes)
    k = len(NUMERIC)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if model == "logistic":
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            m = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xf[:, :k], y)
            return m.predict_proba(Xh[:, :k])[:, 1]
        from sklearn.ensemble import HistGradientBoostingClassifier

        cat = np.r_[np.zeros(k, bool), np.ones(len(CATEGORIES), bool)]
        m = HistGradientBoostingClassifier(max_iter=300, early_stopping=False, categorical_features=cat,
                                           random_state=0, **(params or {})).fit(Xf, y)
        return m.predict_proba(Xh)[:, 1]


def out_of_fold(F: pd.DataFrame, model: str, params: dict | None = None) -> np.ndarray:
    """``model``'s out-of-fold P(reachable) for every row of ``F`` (folds by data set)."""
    f = folds(F["dataset"])
    q = np.full(len(F), np.nan)
    for j in range(FOLDS):
        if not np.any(f == j):
            continue
        q[f == j] = _fit_predict(model, F[f != j], F[f == j], params)
    return q


def scores(F: pd.DataFrame, log=print) -> tuple[dict, dict]:
    """Every model's out-of-fold scores, and the trees' chosen settings with every setting's log loss."""
    from sklearn.metrics import log_loss

    out = {"P": out_of_fold(F, "P"), "logistic": out_of_fold(F, "logistic")}
    losses = {}
    for i, params in enumerate(GRID):
        t0 = time.perf_counter()
        q = out_of_fold(F, "trees", params)
        losses[i] = (float(log_loss(F["y"].to_numpy(bool), np.clip(q, 1e-6, 1 - 1e-6))), q)
        log(f"trees {params}: log loss {losses[i][0]:.4f} ({time.perf_counter() - t0:.0f}s)")
    best = min(losses, key=lambda i: losses[i][0])
    out["trees"] = losses[best][1]
    return out, {"params": GRID[best], "losses": {i: v[0] for i, v in losses.items()}}


def first_look_give_up(row: dict) -> dict:
    """``row`` (a replan campaign) ended at its first look with a give-up: nothing bought past its start."""
    out = dict(row, orders=0, gave_up=True, after_hit=0, justified=0, learn=0, top_dollars=0.0, trace=row["trace"][:1],
               labels=row["start"], dollars=row["start"] * row["price"], reached=bool(row["start_hit"]), spend=0.0,
               spent=False, truly=False)   # truly: the seeds' mean curve is not read here; no composed reading uses it
    if "hindsight_dollars" in row:
        out["ratio"] = out["dollars"] / row["hindsight_dollars"]
    return out


def compose(rows: list[dict], stop: set, policy: str) -> list[dict]:
    """Doubling's rows, and ``policy``'s as "replan" with every campaign in ``stop`` (keys, :data:`CAMPAIGN_KEY`)
    given up at its first look unless its start meets the target."""
    out = []
    for r in rows:
        if r["policy"] == "double":
            out.append(r)
        elif r["policy"] == policy:
            give = tuple(r[k] for k in CAMPAIGN_KEY) in stop and not r["start_hit"]
            out.append(dict(first_look_give_up(r) if give else r, policy="replan"))
    return out


META = {"truth": "-", "part": "-", "datasets": [], "n_runs": 0, "seconds": 0.0, "planner": "-", "utc": "-"}


def read(rows: list[dict]) -> dict:
    """Issue 19's checks on composed ``rows`` (:func:`bench_campaign.campaign_checks`), with the two numbers the
    give-up trades and doubling's reach."""
    stats = summarize(rows, [], META)[1]
    a, d = stats[("all", "replan")], stats[("all", "double")]
    ua, ud = stats[("unreach", "all", "replan")], stats[("unreach", "all", "double")]
    checks = campaign_checks(stats)
    counted = [c for c in checks if not c[0].startswith(NOT_COUNTED)]
    return {"reached": a["reached"], "double": d["reached"], "spend": ua["spend"] / ud["spend"],
            "mean": a["mean"], "median": a["median"], "met": all(c[1] for c in counted),
            "near_double": a["reached"] >= d["reached"] - NEAR_DOUBLE - 1e-12,
            "failed": [c[0] for c in counted if not c[1]]}


def frontier(rows: dict, F: pd.DataFrame, q: np.ndarray, confidence: float, levels: tuple) -> pd.DataFrame:
    """Every (t, L) composition's reading, pooled and per run."""
    unreach_q = q[~F["y"].to_numpy(bool)]
    thresholds = [(None, -np.inf)] + [(float(k), float(np.quantile(unreach_q, k))) for k in QUANTILES]
    keys = list(F[list(CAMPAIGN_KEY)].itertuples(index=False, name=None))
    out = []
    for k, t in thresholds:
        stop = {key for key, v in zip(keys, q) if v <= t}
        for level in levels:
            policy = level_policy(level, confidence)
            per = {name: compose(r, stop, policy) for name, r in rows.items()}
            readings = {"pooled": read([x for v in per.values() for x in v]), **{n: read(v) for n, v in per.items()}}
            rec = {"quantile": k, "t": t, "level": level}
            for part, rd in readings.items():
                rec.update({f"{part}:{m}": v for m, v in rd.items()})
            rec["candidate"] = all(readings[p]["met"] and readings[p]["near_double"] for p in readings)
            out.append(rec)
    return pd.DataFrame(out)


#: The score bands of :func:`bands` (quantiles of every campaign's score).
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def bands(rows: dict, F: pd.DataFrame, q: np.ndarray, policy: str = "replan") -> list[str]:
    """Where ``policy``'s campaigns fall by their first-look score ``q`` (quintiles of all campaigns' scores): the
    reachable campaigns and the share of them reached, the unreachable ones and the share of their spend (past
    the start) in each band. Markdown lines."""
    score = dict(zip(F[list(CAMPAIGN_KEY)].itertuples(index=False, name=None), q))
    R = pd.DataFrame([{"q": score.get(tuple(r[k] for k in CAMPAIGN_KEY), np.nan), "kind": r["kind"],
                       "reached": r["reached"], "spend": r["spend"]}
                      for v in rows.values() for r in v if r["policy"] == policy]).dropna(subset=["q"])
    cuts = np.quantile(R["q"], BANDS)
    R["band"] = np.clip(np.searchsorted(cuts, R["q"], side="right") - 1, 0, len(BANDS) - 2)
    reach, unreach = R[R["kind"] == "reachable"], R[R["kind"] == "unreachable"]
    total = float(unreach["spend"].sum())
    lines = ["| first-look score (quintile) | reachable campaigns | reached | unreachable campaigns | their spend, "
             "of all spend out of reach |", "|---|---:|---:|---:|---:|"]
    for b in range(len(BANDS) - 1):
        r, u = reach[reach["band"] == b], unreach[unreach["band"] == b]
        lines.append(f"| {cuts[b]:.2f}-{cuts[b + 1]:.2f} | {len(r)} | "
                     f"{100 * r['reached'].mean() if len(r) else float('nan'):.1f}% | {len(u)} | "
                     f"{100 * u['spend'].sum() / total if total > 0 else float('nan'):.1f}% |")
    return lines


def auc(y: np.ndarray, q: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, q))


def report(F: pd.DataFrame, qs: dict, tables: dict, chosen: dict, names: list[str],
           rows: dict | None = None) -> list[str]:
    y = F["y"].to_numpy(bool)
    lines = [f"First looks: {int(y.sum())} reachable and {int((~y).sum())} unreachable campaigns (each price "
             f"scenario a row) on {F['dataset'].nunique()} data sets ({', '.join(names)}); scores out of fold, "
             f"{FOLDS} folds by data set. Trees' settings: {chosen['params']}.", "",
             "| score | AUC, pooled | " + " | ".join(f"AUC, {n}" for n in names) + " |",
             "|---|---:|" + "---:|" * len(names)]
    for m in MODELS:
        per = [auc(y[F["set"] == n], qs[m][(F["set"] == n).to_numpy()]) for n in names]
        lines.append(f"| {m} | {auc(y, qs[m]):.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " |")
    lines += ["", "The frontier, pooled (each score's best composition; t: the give-up threshold on the score, as a "
              "quantile of the unreachable campaigns' scores; L: replan's give-up level for the rest):", "",
              "| score | best reach at spend <= 25% (t, L; spend) | least spend at reach >= 90% (t, L; reach) "
              "| least spend at reach within 1 point of doubling's (t, L; reach, doubling's) | candidates |",
              "|---|---|---|---|---:|"]
    def cell(T: pd.DataFrame, best: str, lowest: bool, then: tuple) -> str:
        """The composition of ``T`` with the highest (or ``lowest``) pooled ``best``: its value, where it is,
        and the pooled numbers ``then``."""
        if T.empty:
            return "none"
        r = T.loc[T[f"pooled:{best}"].idxmin() if lowest else T[f"pooled:{best}"].idxmax()]
        t = "none" if pd.isna(r["quantile"]) else f"{r['quantile']:g}"
        return (f"{100 * r[f'pooled:{best}']:.1f}% (t = {t}, L = {r['level']:g}; "
                + ", ".join(f"{100 * r[f'pooled:{k}']:.1f}%" for k in then) + ")")

    for m in MODELS:
        T = tables[m]
        lines.append(f"| {m} | {cell(T[T['pooled:spend'] <= SPEND_AIM + 1e-12], 'reached', False, ('spend',))} "
                     f"| {cell(T[T['pooled:reached'] >= REACH_AIM - 1e-12], 'spend', True, ('reached',))} "
                     f"| {cell(T[T['pooled:near_double']], 'spend', True, ('reached', 'double'))} "
                     f"| {int(T['candidate'].sum())} |")
    lines += ["", "Per run, at each level with no first-look give-up and at the trees' best spend with reach >= 90% "
              "pooled:", "", "| L | t | " + " | ".join(f"{n}: reached (doubling) / spend" for n in names) + " |",
              "|---:|---|" + "---|" * len(names)]
    T = tables["trees"]
    for level in sorted(T["level"].unique()):
        base = T[(T["level"] == level) & T["quantile"].isna()].iloc[0]
        ok = T[(T["level"] == level) & (T["pooled:reached"] >= REACH_AIM - 1e-12)]
        picks = [("none", base)] + ([("trees", ok.loc[ok["pooled:spend"].idxmin()])] if len(ok) else [])
        for label, r in picks:
            t = "none" if label == "none" else f"q{r['quantile']:.2f}"
            lines.append(f"| {level:g} | {t} | " + " | ".join(
                f"{100 * r[f'{n}:reached']:.1f}% ({100 * r[f'{n}:double']:.1f}%) / {100 * r[f'{n}:spend']:.1f}%"
                for n in names) + " |")
    if rows is not None:
        lines += ["", "Replan at its own level, by the trees' first-look score (pooled):", ""]
        lines += bands(rows, F, qs["trees"])
    n_cand = sum(int(tables[m]["candidate"].sum()) for m in MODELS)
    lines += ["", f"Candidates by the plan's rule (every counted target met, and reach within 1 point of doubling's, "
                  f"pooled and on each run): {n_cand}."]
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=Path, nargs="+", help="bench_campaign.py runs' _rows.json, saved with --give-up")
    ap.add_argument("--out", type=Path, default=None, help="also write the tables here (markdown)")
    args = ap.parse_args(argv)
    try:
        rows, F, confidence, levels = load(args.rows)
    except (OSError, ValueError, KeyError) as exc:
        print(f"{' '.join(map(str, args.rows))}: not bench_campaign.py runs saved with their truth tables ({exc}); "
              "give the _rows.json files their --out wrote", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    qs, chosen = scores(F, log=lambda m: print(m, file=sys.stderr))
    tables = {m: frontier(rows, F, qs[m], confidence, levels) for m in MODELS}
    names = list(rows)
    lines = report(F, qs, tables, chosen, names, rows)
    lines.append(f"\n{time.perf_counter() - t0:.0f} s; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.")
    md = "\n".join(lines)
    print(md)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(md + "\n")
        pd.concat([t.assign(score=m) for m, t in tables.items()]).drop(
            columns=[c for c in tables["P"].columns if c.endswith(":failed")]).to_csv(
            args.out.with_suffix(".csv"), index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
