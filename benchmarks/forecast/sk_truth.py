"""An independent active-learning truth, written with scikit-learn and numpy only.

Nothing here comes from alplan: no ``planner``, no ``simulations`` (checked at import). The loop, the learners and the
query code are this file's own, and the data sets are the corpus's (:mod:`corpus`: the spec table ``corpus_specs.csv``
and its registry of generators), so alplan's forecast can be scored on curves it was never shaped on.

* **Learners** alplan does not ship (:data:`LEARNERS`): SVC (rbf, polynomial, linear; several C), random forest,
  extremely randomized trees, gradient boosting, k-NN (several k), naive Bayes (Gaussian, Bernoulli, complement,
  multinomial), MLPs, logistic regression (several C, L1, balanced), SGD, LDA and a decision tree; two or three per
  data set (the table's ``learners``).
* **Strategies**: random, margin, entropy or least-confidence (alternating by pair), and k-center greedy (a coreset on
  the standardized features).
* **A run** (data set, learner, strategy, seed): a stratified pool/test split drawn from the seed, features
  standardized on the pool, an initial set (at least 2 per class, the same for every strategy of a seed), then
  ``n_rounds`` rounds of a fixed batch up to the budget (``budget_frac`` of the pool, at most ``max_budget``; at most
  600 labels for the slow learners of :data:`EXPENSIVE`). Accuracy and macro F1 on the test set after every fit.

Every run is cached under ``benchmarks/.data/forecast/sk_runs/`` (one file per (data set, learner, strategy, seed),
keyed by the spec) so an interrupted run resumes. The combined curves go to
``benchmarks/.data/forecast/sk_truth.parquet`` (columns :data:`COLUMNS`), the whole-pool accuracy per (data set,
learner, seed) (strategy ``full_pool``) to ``sk_ceiling.parquet``, and the data sets' facts (family, classes, sizes,
budget, part) to ``sk_datasets.json``.

Usage::

    nice -n 10 .venv/bin/python benchmarks/forecast/sk_truth.py --jobs 2   # everything
    .venv/bin/python benchmarks/forecast/sk_truth.py --quick               # smoke run, < 1 min
    .venv/bin/python benchmarks/forecast/sk_truth.py --only-part selection --jobs 2
    .venv/bin/python benchmarks/forecast/sk_truth.py --batches 59,60 --out-dir benchmarks/.data/forecast/b59
"""

from __future__ import annotations

import sys

_BEFORE = set(sys.modules)

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis  # noqa: E402
from sklearn.ensemble import (ExtraTreesClassifier, GradientBoostingClassifier,  # noqa: E402
                              HistGradientBoostingClassifier, RandomForestClassifier)
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import LogisticRegression, SGDClassifier  # noqa: E402
from sklearn.metrics import accuracy_score, f1_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.naive_bayes import BernoulliNB, ComplementNB, GaussianNB, MultinomialNB  # noqa: E402
from sklearn.neighbors import KNeighborsClassifier  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import MinMaxScaler  # noqa: E402
from sklearn.svm import SVC  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import DataSpec, load_xy, read_specs  # noqa: E402  (numpy and scikit-learn only)
from files import write_whole  # noqa: E402

ALPLAN_PACKAGES = ("planner", "simulations", "app")


def alplan_modules(names) -> list[str]:
    """The alplan modules among ``names`` (module names)."""
    return sorted(m for m in names if m.split(".")[0] in ALPLAN_PACKAGES)


# Independence: importing this file must not pull in any alplan module.
assert not alplan_modules(set(sys.modules) - _BEFORE), (
    f"sk_truth must not import alplan: {alplan_modules(set(sys.modules) - _BEFORE)}")

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "benchmarks" / ".data" / "forecast"
RUNS_DIR = OUT_DIR / "sk_runs"
VERSION = "sk-truth-v1"
COLUMNS = ["dataset", "model", "strategy", "seed", "batch_size", "label_noise", "round", "n_labels",
           "accuracy", "macro_f1", "pool_size", "budget", "part"]
#: Learners whose 31 fits cost seconds: their budget is capped so the whole corpus stays affordable.
EXPENSIVE = ("svc_rbf", "rf50", "mlp_small", "extratrees100", "svc_poly", "hgb", "svc_linear", "svc_rbf_c10",
             "mlp_wide", "mlp_deep", "gb50", "svc_rbf_c0.3", "mlp_tanh")
EXPENSIVE_BUDGET = 600
#: The corpus's data sets, in the spec table's order (:mod:`corpus`).
DATASETS: tuple[DataSpec, ...] = read_specs()
SPECS = {d.name: d for d in DATASETS}


@dataclass
class Split:
    X_pool: np.ndarray
    y_pool: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    n_classes: int
    budget: int
    initial: int
    batch_size: int


def make_split(spec: DataSpec, seed: int, X=None, y=None, learner: str | None = None) -> Split:
    """The stratified pool/test split of run seed ``seed``, standardized on the pool.

    The budget is ``budget_frac`` of the pool, at most ``max_budget`` (and ``EXPENSIVE_BUDGET`` for the learners of
    :data:`EXPENSIVE`); ``n_rounds`` rounds of ``ceil((budget - initial) / 30)`` labels reach it."""
    if X is None:
        X, y = load_xy(spec)
    n = len(y)
    test = spec.test if spec.test > 0 else max(int(round(0.3 * n)), 2 * int(y.max() + 1))
    test = min(test, n // 2)
    Xp, Xt, yp, yt = train_test_split(X, y, test_size=test, stratify=y, random_state=seed)
    mu, sd = Xp.mean(axis=0), Xp.std(axis=0)
    sd[sd == 0] = 1.0
    Xp, Xt = (Xp - mu) / sd, (Xt - mu) / sd
    n_classes = int(y.max() + 1)
    cap = min(spec.max_budget, EXPENSIVE_BUDGET) if learner in EXPENSIVE else spec.max_budget
    budget = min(int(spec.budget_frac * len(yp)), cap, len(yp))
    initial = max(spec.initial, 2 * n_classes)
    batch = max(1, math.ceil((budget - initial) / spec.n_rounds))
    return Split(Xp, yp, Xt, yt, n_classes, budget, initial, batch)


def initial_set(y_pool: np.ndarray, n_classes: int, initial: int, seed: int) -> np.ndarray:
    """Indices of the initial labeled set: 2 per class (fewer if a class has fewer), the rest at random."""
    rng = np.random.default_rng([seed, 7])
    picked = []
    for c in range(n_classes):
        idx = np.flatnonzero(y_pool == c)
        picked.extend(rng.choice(idx, size=min(2, idx.size), replace=False).tolist())
    rest = np.setdiff1d(np.arange(y_pool.size), picked)
    picked.extend(rng.choice(rest, size=max(0, initial - len(picked)), replace=False).tolist())
    return np.asarray(picked, dtype=np.int64)


#: Each learner's fresh scikit-learn classifier (from the run's seed), every one with predict_proba for the uncertainty
#: queries. The order is the one :func:`strategies_for` reads: a learner added later goes last, and the count stays
#: odd, so every (data set, learner) keeps its third strategy.
_MAKERS = {
    "svc_rbf": lambda seed: SVC(kernel="rbf", probability=True, random_state=seed),
    "rf50": lambda seed: RandomForestClassifier(n_estimators=50, random_state=seed, n_jobs=1),
    "knn": lambda seed: KNeighborsClassifier(n_neighbors=5),
    "gnb": lambda seed: GaussianNB(),
    "mlp_small": lambda seed: MLPClassifier(hidden_layer_sizes=(32,), max_iter=100, random_state=seed),
    "logreg_c0.1": lambda seed: LogisticRegression(C=0.1, max_iter=300),
    "logreg_c10": lambda seed: LogisticRegression(C=10.0, max_iter=300),
    "knn15": lambda seed: KNeighborsClassifier(n_neighbors=15, weights="distance"),
    "extratrees100": lambda seed: ExtraTreesClassifier(n_estimators=100, random_state=seed, n_jobs=1),
    "svc_poly": lambda seed: SVC(kernel="poly", degree=3, probability=True, random_state=seed),
    "bnb": lambda seed: BernoulliNB(binarize=0.0),   # the features are standardized on the pool: 0 is the pool's mean
    # the logistic loss gives predict_proba
    "sgd_log": lambda seed: SGDClassifier(loss="log_loss", random_state=seed, max_iter=1000, tol=1e-3),
    "lda": lambda seed: LinearDiscriminantAnalysis(),
    "knn3": lambda seed: KNeighborsClassifier(n_neighbors=3),
    "knn30": lambda seed: KNeighborsClassifier(n_neighbors=30),   # needs 30 labels: its sets start from 30
    "hgb": lambda seed: HistGradientBoostingClassifier(max_iter=50, random_state=seed),
    "dtree8": lambda seed: DecisionTreeClassifier(max_depth=8, random_state=seed),
    "svc_linear": lambda seed: SVC(kernel="linear", probability=True, random_state=seed),
    "svc_rbf_c10": lambda seed: SVC(kernel="rbf", C=10.0, probability=True, random_state=seed),
    # complement and multinomial NB need non-negative features: the standardized ones min-max scaled on the fit
    "cnb": lambda seed: make_pipeline(MinMaxScaler(), ComplementNB()),
    "gnb_vs": lambda seed: GaussianNB(var_smoothing=1e-2),
    "logreg_c1": lambda seed: LogisticRegression(C=1.0, max_iter=300),
    "logreg_l1": lambda seed: LogisticRegression(penalty="l1", C=1.0, solver="liblinear", max_iter=300),
    "mlp_wide": lambda seed: MLPClassifier(hidden_layer_sizes=(64,), max_iter=100, random_state=seed),
    "mlp_deep": lambda seed: MLPClassifier(hidden_layer_sizes=(32, 16), max_iter=100, random_state=seed),
    # needs 10 labels: its sets start from 20
    "knn10_dist": lambda seed: KNeighborsClassifier(n_neighbors=10, weights="distance"),
    "gb50": lambda seed: GradientBoostingClassifier(n_estimators=50, random_state=seed),
    "svc_rbf_c0.3": lambda seed: SVC(kernel="rbf", C=0.3, probability=True, random_state=seed),
    "mnb": lambda seed: make_pipeline(MinMaxScaler(), MultinomialNB()),
    "logreg_bal": lambda seed: LogisticRegression(C=1.0, class_weight="balanced", max_iter=300),
    "mlp_tanh": lambda seed: MLPClassifier(hidden_layer_sizes=(32,), activation="tanh", max_iter=100,
                                           random_state=seed),
}
LEARNERS = tuple(_MAKERS)


def make_learner(name: str, seed: int):
    """A fresh scikit-learn classifier for learner ``name``."""
    if name not in _MAKERS:
        raise ValueError(f"unknown learner {name!r}; choose from {', '.join(LEARNERS)}")
    return _MAKERS[name](seed)


def full_proba(model, X: np.ndarray, n_classes: int) -> np.ndarray:
    """``predict_proba`` over all ``n_classes`` columns (a class absent from the labels gets 0)."""
    p = model.predict_proba(X)
    if p.shape[1] == n_classes:
        return p
    out = np.zeros((X.shape[0], n_classes))
    out[:, model.classes_.astype(int)] = p
    return out


STRATEGIES = ("random", "margin", "entropy", "least_confidence", "kcenter")


def _top(scores: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Positions of the ``k`` highest scores, ties broken at random."""
    perm = rng.permutation(scores.size)
    order = np.argsort(-scores[perm], kind="stable")
    return perm[order[:k]]


def uncertainty(proba: np.ndarray, strategy: str) -> np.ndarray:
    """Higher = more informative."""
    if strategy == "margin":
        s = np.sort(proba, axis=1)
        return -(s[:, -1] - s[:, -2])
    if strategy == "entropy":
        p = np.clip(proba, 1e-12, 1.0)
        return -(p * np.log(p)).sum(axis=1)
    if strategy == "least_confidence":
        return 1.0 - proba.max(axis=1)
    raise ValueError(f"{strategy!r} is not an uncertainty strategy")


def kcenter_greedy(X: np.ndarray, labeled: np.ndarray, candidates: np.ndarray, k: int) -> np.ndarray:
    """k-center greedy (Sener & Savarese 2018): repeatedly take the candidate farthest from every center.

    Squared Euclidean distances on the (standardized) features; returns positions into ``candidates``."""
    Xc = X[candidates]
    sq = (Xc**2).sum(axis=1)
    d = np.full(candidates.size, np.inf)
    for start in range(0, labeled.size, 1024):
        L = X[labeled[start:start + 1024]]
        dist = sq[:, None] + (L**2).sum(axis=1)[None, :] - 2.0 * Xc @ L.T
        d = np.minimum(d, dist.min(axis=1))
    chosen = []
    for _ in range(min(k, candidates.size)):
        j = int(np.argmax(d))
        chosen.append(j)
        d = np.minimum(d, ((Xc - Xc[j]) ** 2).sum(axis=1))
        d[j] = -np.inf
    return np.asarray(chosen, dtype=np.int64)


def run_al(sp: Split, learner: str, strategy: str, seed: int) -> pd.DataFrame:
    """One AL run: rows (round, n_labels, accuracy, macro_f1)."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
    rng = np.random.default_rng([seed, 11, STRATEGIES.index(strategy)])
    labeled = initial_set(sp.y_pool, sp.n_classes, sp.initial, seed)
    mask = np.zeros(sp.y_pool.size, dtype=bool)
    mask[labeled] = True
    rows = []
    rnd = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", FutureWarning)  # SVC(probability=True) is deprecated in scikit-learn 1.9
        while True:
            model = make_learner(learner, seed)
            idx = np.flatnonzero(mask)
            model.fit(sp.X_pool[idx], sp.y_pool[idx])
            pred = model.predict(sp.X_test)
            rows.append((rnd, int(mask.sum()), float(accuracy_score(sp.y_test, pred)),
                         float(f1_score(sp.y_test, pred, average="macro", labels=np.arange(sp.n_classes),
                                        zero_division=0))))
            n = int(mask.sum())
            if n >= sp.budget:
                break
            k = min(sp.batch_size, sp.budget - n)
            cand = np.flatnonzero(~mask)
            if strategy == "random":
                pick = rng.choice(cand, size=k, replace=False)
            elif strategy == "kcenter":
                pick = cand[kcenter_greedy(sp.X_pool, np.flatnonzero(mask), cand, k)]
            else:
                proba = full_proba(model, sp.X_pool[cand], sp.n_classes)
                pick = cand[_top(uncertainty(proba, strategy), k, rng)]
            mask[pick] = True
            labeled = np.concatenate([labeled, pick])
            rnd += 1
    return pd.DataFrame(rows, columns=["round", "n_labels", "accuracy", "macro_f1"])


def full_pool_accuracy(sp: Split, learner: str, seed: int) -> tuple[float, float]:
    """(accuracy, macro F1) with the whole pool labeled."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", FutureWarning)
        model = make_learner(learner, seed).fit(sp.X_pool, sp.y_pool)
    pred = model.predict(sp.X_test)
    return (float(accuracy_score(sp.y_test, pred)),
            float(f1_score(sp.y_test, pred, average="macro", labels=np.arange(sp.n_classes), zero_division=0)))


def strategies_for(spec: DataSpec, learner: str) -> tuple[str, ...]:
    """random, margin, k-center and one of entropy / least-confidence (alternating over the pairs)."""
    i = list(SPECS).index(spec.name) * len(LEARNERS) + LEARNERS.index(learner)
    third = "entropy" if i % 2 == 0 else "least_confidence"
    return ("random", "margin", third, "kcenter")


def _spec_hash(spec: DataSpec, quick: bool) -> str:
    """The key of ``spec``'s cached runs: everything that shapes them."""
    capped = [learner for learner in EXPENSIVE if learner in spec.learners]
    blob = json.dumps([VERSION, asdict(spec), capped, EXPENSIVE_BUDGET, quick], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:10]


def quick_spec(spec: DataSpec) -> DataSpec:
    """A smoke-sized version of ``spec`` (small budget)."""
    from dataclasses import replace
    return replace(spec, max_budget=min(spec.max_budget, 120))


def _run_task(task) -> tuple[str, float]:
    """All strategies of one (data set, learner, seed), cached per strategy; returns (label, CPU s)."""
    spec, learner, seed, quick, runs_dir = task
    t0 = time.process_time()
    h = _spec_hash(spec, quick)
    out = Path(runs_dir) / spec.name / learner
    out.mkdir(parents=True, exist_ok=True)
    sp = None
    for strategy in strategies_for(spec, learner) + ("full_pool",):
        f = out / f"{strategy}_s{seed}_{h}.parquet"
        if f.exists():
            continue
        if sp is None:
            sp = make_split(spec, seed, learner=learner)
        if strategy == "full_pool":
            acc, f1 = full_pool_accuracy(sp, learner, seed)
            df = pd.DataFrame({"round": [0], "n_labels": [sp.y_pool.size], "accuracy": [acc], "macro_f1": [f1]})
        else:
            df = run_al(sp, learner, strategy, seed)
        df.insert(0, "seed", seed)
        df.insert(0, "strategy", strategy)
        df.insert(0, "model", learner)
        df.insert(0, "dataset", spec.key)
        df["batch_size"] = sp.batch_size
        df["label_noise"] = 0.0
        df["pool_size"] = sp.y_pool.size
        df["budget"] = sp.budget
        df["part"] = spec.part
        write_whole(f, lambda tmp: df[COLUMNS].to_parquet(tmp, index=False))
    return f"{spec.name}/{learner}/s{seed}", time.process_time() - t0


def dataset_facts(spec: DataSpec, quick: bool = False) -> dict:
    X, y = load_xy(spec)
    sp = {learner: make_split(spec, 0, X, y, learner=learner) for learner in spec.learners}
    first = sp[spec.learners[0]]
    return {"dataset": spec.key, "name": spec.name, "family": spec.family, "n_classes": first.n_classes,
            "n_features": int(X.shape[1]), "pool_size": int(first.y_pool.size), "test_size": int(first.y_test.size),
            "initial": first.initial, "learners": list(spec.learners),
            "budget": {k: v.budget for k, v in sp.items()}, "batch_size": {k: v.batch_size for k, v in sp.items()},
            "part": spec.part}


def build(specs, seeds, *, quick=False, jobs=1, runs_dir=RUNS_DIR, out_dir=OUT_DIR, log=print) -> pd.DataFrame:
    """Run (or read from the cache) every run of ``specs`` x their learners x ``seeds``; write the tables."""
    runs_dir, out_dir = Path(runs_dir), Path(out_dir)
    tasks = [(s, learner, seed, quick, str(runs_dir)) for s in specs for learner in s.learners for seed in seeds]
    t0 = time.time()
    cpu = 0.0
    if jobs > 1:
        from multiprocessing import get_context
        with get_context("spawn").Pool(jobs) as pool:
            for i, (label, c) in enumerate(pool.imap_unordered(_run_task, tasks), 1):
                cpu += c
                if c > 0.5:
                    log(f"[{i}/{len(tasks)}] {label}: {c:.1f} CPU s")
    else:
        for i, task in enumerate(tasks, 1):
            label, c = _run_task(task)
            cpu += c
            if c > 0.5:
                log(f"[{i}/{len(tasks)}] {label}: {c:.1f} CPU s")
    # The tables hold every data set whose runs are all cached (so --only-part runs add up), in DATASETS order.
    frames, complete, missing = [], [], []
    universe = list(specs) + [d for d in ([] if quick else DATASETS) if d.name not in {s.name for s in specs}]
    for s in universe:
        h = _spec_hash(s, quick)
        files = [runs_dir / s.name / learner / f"{strategy}_s{seed}_{h}.parquet"
                 for learner in s.learners for seed in seeds
                 for strategy in strategies_for(s, learner) + ("full_pool",)]
        if all(f.exists() for f in files):
            frames += [pd.read_parquet(f) for f in files]
            complete.append(s)
        else:
            missing.append(s.name)
    order = {d.name: i for i, d in enumerate(DATASETS)}
    complete.sort(key=lambda d: order.get(d.name, -1))
    frames.sort(key=lambda f: order.get(f["dataset"].iloc[0][4:], -1))  # stable: runs keep their order
    df = pd.concat(frames, ignore_index=True)
    if missing and not quick:
        log(f"not yet run (left out of the tables): {', '.join(missing)}")
    curves = df[df["strategy"] != "full_pool"].reset_index(drop=True)
    ceiling = df[df["strategy"] == "full_pool"].reset_index(drop=True)
    suffix = "_quick" if quick else ""
    out_dir.mkdir(parents=True, exist_ok=True)
    for table, name in ((curves, f"sk_truth{suffix}.parquet"), (ceiling, f"sk_ceiling{suffix}.parquet")):
        write_whole(out_dir / name, lambda tmp: table.to_parquet(tmp, index=False))
    facts = [dataset_facts(s, quick) for s in complete]
    write_whole(out_dir / f"sk_datasets{suffix}.json", lambda tmp: tmp.write_text(json.dumps(facts, indent=1)))
    log(f"{len(tasks)} (data set, learner, seed) tasks, {curves.groupby(['dataset', 'model', 'strategy', 'seed']).ngroups} "
        f"runs, {len(curves):,} curve rows; {cpu:.0f} CPU s in this process tree's tasks, {time.time() - t0:.0f} s wall "
        f"-> {out_dir / f'sk_truth{suffix}.parquet'}")
    return curves


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 data sets, 1 learner, 2 seeds, budget 120; "
                    "tables *_quick.parquet")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--only-part", choices=("calibration", "selection", "report"), default=None,
                    help="only the data sets of this split part")
    ap.add_argument("--seeds", type=int, default=8, help="seeds per (data set, learner) (default 8)")
    ap.add_argument("--datasets", default=None, help="comma-separated data set names (default all)")
    ap.add_argument("--batches", default=None, help="comma-separated batches of the spec table (e.g. 59,60)")
    ap.add_argument("--out-dir", default=str(OUT_DIR), help="where the tables go (default benchmarks/.data/forecast)")
    args = ap.parse_args(argv)
    if args.jobs < 1:
        print(f"--jobs must be at least 1, got {args.jobs}", file=sys.stderr)
        return 2
    if args.seeds < 1:
        print(f"--seeds must be at least 1, got {args.seeds}", file=sys.stderr)
        return 2
    specs = list(DATASETS)
    if args.datasets:
        names = [n.strip().removeprefix("skl:") for n in args.datasets.split(",") if n.strip()]
        unknown = [n for n in names if n not in SPECS]
        if unknown:
            print(f"unknown data set(s) {', '.join(unknown)} in --datasets; choose from {', '.join(SPECS)}",
                  file=sys.stderr)
            return 2
        specs = [SPECS[n] for n in names]
    if args.batches:
        try:
            batches = {int(b) for b in args.batches.split(",")}
        except ValueError:
            print(f"--batches must be comma-separated whole numbers, got {args.batches!r}", file=sys.stderr)
            return 2
        specs = [s for s in specs if s.batch in batches]
    if args.only_part:
        specs = [s for s in specs if s.part == args.only_part]
    seeds = list(range(args.seeds))
    if args.quick:
        from dataclasses import replace
        specs = [replace(quick_spec(s), learners=s.learners[-1:]) for s in (specs[:2] if not args.datasets else specs)]
        seeds = seeds[:2]
    out_dir = Path(args.out_dir)
    build(specs, seeds, quick=args.quick, jobs=args.jobs, runs_dir=out_dir / "sk_runs", out_dir=out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
