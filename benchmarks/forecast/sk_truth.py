"""An independent active-learning truth, written with scikit-learn and numpy only (issue 18, item 1).

Nothing here comes from alplan: no ``planner``, no ``simulations`` (checked at
import). The loop, the data, the learners and the query code are this file's
own, so alplan's forecast can be scored on curves it was never shaped on.

* **Data** (:data:`DATASETS`, keys ``skl:<name>``): scikit-learn's bundled
  digits, wine, breast_cancer and iris, and generated sets
  (``make_classification`` of varied difficulty, 2-10 classes, imbalance and
  label noise ``flip_y``; ``make_moons`` / ``make_circles`` with noise; sets
  derived from digits, wine and breast_cancer (class subsets, pooled pixels,
  label noise, parity, half the features); ``make_gaussian_quantiles``,
  ``make_hastie_10_2`` and ``make_blobs``; and, added for the split-v5 report
  part only, XOR, two spirals and a checkerboard generated with numpy; later
  rounds' report-only sets add more numpy shapes, in round 9 a torus, the signs
  of two projections, heteroscedastic classes and a parity of two thresholds
  with label noise at the boundary). Each
  data set's part (calibration / selection / report) is
  ``benchmarks/forecast/split.py``'s ``part("skl:<name>")``.
* **Learners** alplan does not ship (:data:`LEARNERS`): SVC (rbf,
  probabilities), random forest (50 trees), k-NN, Gaussian naive Bayes, a
  small MLP (bounded iterations), logistic regression at C=0.1 and C=10;
  and, round 40's configurations (no earlier set holds them), k-NN with
  k=15 distance-weighted, extremely randomized trees (100 trees), SVC (cubic
  polynomial kernel, probabilities), Bernoulli naive Bayes (the standardized
  features thresholded at 0), logistic loss by SGD and linear discriminant
  analysis; and, round 41's (no earlier set holds them), k-NN with k=3 and
  k=30, histogram gradient boosting (50 iterations), a decision tree of depth
  8, SVC (linear kernel, probabilities), SVC (rbf, C=10, probabilities),
  complement naive Bayes (on min-max scaled features), Gaussian naive Bayes
  with variance smoothing 0.01, logistic regression at C=1 and L1-penalized
  at C=1 (liblinear: two-class sets only), MLPs of 64 and of 32-16 hidden
  units; and, round 41's report's (in no other part), k-NN with k=10
  distance-weighted, gradient boosting (50 trees), SVC (rbf, C=0.3,
  probabilities), multinomial naive Bayes (on min-max scaled features),
  class-balanced logistic regression at C=1 and an MLP of 32 tanh units; two
  or three per data set.
* **Strategies**: random, margin, entropy or least-confidence (alternating by
  pair), and k-center greedy (a coreset on the standardized features).
* **A run** (data set, learner, strategy, seed): a stratified pool/test split
  drawn from the seed (test >= 500 where the data allows), features
  standardized on the pool, an initial set of 20 (at least 2 per class, the
  same for every strategy of a seed; 6 and 36 rounds for wine and iris), then
  30 rounds of a fixed batch ``ceil((budget - initial) / 30)`` up to the
  budget (3/4 of the pool; all of it for the small bundled sets; at most 600
  labels for the slow learners of :data:`EXPENSIVE`).
  Accuracy and macro F1 on the test set after every fit.

Every run is cached under ``benchmarks/.data/forecast/sk_runs/`` (one file per
(data set, learner, strategy, seed), keyed by the spec) so an interrupted run
resumes. The combined curves go to ``benchmarks/.data/forecast/sk_truth.parquet``
(columns :data:`COLUMNS`), the whole-pool accuracy per (data set, learner,
seed) (strategy ``full_pool``) to ``sk_ceiling.parquet``, and the data sets'
facts (family, classes, sizes, budget, part) to ``sk_datasets.json``.

Usage::

    nice -n 10 .venv/bin/python benchmarks/forecast/sk_truth.py --jobs 2   # everything (~15 CPU-min)
    .venv/bin/python benchmarks/forecast/sk_truth.py --quick               # smoke run, < 1 min
    .venv/bin/python benchmarks/forecast/sk_truth.py --only-part selection --jobs 2
"""

from __future__ import annotations

import sys

_BEFORE = set(sys.modules)

import argparse  # noqa: E402
import decimal  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from statistics import NormalDist  # noqa: E402

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn import datasets as skd  # noqa: E402
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
from sklearn.preprocessing import MinMaxScaler, PowerTransformer  # noqa: E402
from sklearn.svm import SVC  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import part as split_part  # noqa: E402  (split.py imports only the standard library)

ALPLAN_PACKAGES = ("planner", "simulations", "app")


def alplan_modules(names) -> list[str]:
    """The alplan modules among ``names`` (module names)."""
    return sorted(m for m in names if m.split(".")[0] in ALPLAN_PACKAGES)


# Independence: importing this file must not pull in any alplan module.
assert not alplan_modules(set(sys.modules) - _BEFORE), (
    f"sk_truth must not import alplan: {alplan_modules(set(sys.modules) - _BEFORE)}"
)

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "benchmarks" / ".data" / "forecast"
RUNS_DIR = OUT_DIR / "sk_runs"
VERSION = "sk-truth-v1"
COLUMNS = ["dataset", "model", "strategy", "seed", "batch_size", "label_noise", "round", "n_labels",
           "accuracy", "macro_f1", "pool_size", "budget", "part"]
N_ROUNDS = 30
INITIAL = 20
#: Learners whose 31 fits cost seconds: their budget is capped so the whole corpus fits in ~12 CPU-minutes.
EXPENSIVE = ("svc_rbf", "rf50", "mlp_small", "extratrees100", "svc_poly", "hgb", "svc_linear", "svc_rbf_c10",
             "mlp_wide", "mlp_deep", "gb50", "svc_rbf_c0.3", "mlp_tanh")
EXPENSIVE_BUDGET = 600
#: The learners of :data:`EXPENSIVE` before round 40: a spec's cache key (:func:`_spec_hash`) reads these, and the
#: later ones (round 40's, round 41's) only where the spec runs them, so the runs cached before keep their keys.
EXPENSIVE_BEFORE_R40 = EXPENSIVE[:3]


# ----------------------------------------------------------------- data


@dataclass(frozen=True)
class DataSpec:
    """One data set: how to build it, how much of it is pool, test and budget."""

    name: str
    family: str
    loader: str              # "bundled:<name>", "classification", "moons", "circles", "gaussian_quantiles", ...
    params: tuple = ()       # generator keyword arguments (sorted (key, value) pairs)
    n_samples: int = 0       # generated sets only
    test: int = 600          # test examples (bundled small sets: a fraction, see load_data)
    budget_frac: float = 0.75
    max_budget: int = 1500   # learners of EXPENSIVE: at most EXPENSIVE_BUDGET
    learners: tuple = ()
    initial: int = INITIAL   # the initial labeled set (at least 2 per class)
    n_rounds: int = N_ROUNDS  # rounds to the budget: batch = ceil((budget - initial) / n_rounds)

    @property
    def key(self) -> str:
        return f"skl:{self.name}"


def _cls(n_classes, *, sep, informative, flip=0.0, weights=None, n_features=20, redundant=2, clusters=2):
    p = dict(n_classes=n_classes, class_sep=sep, n_informative=informative, flip_y=flip,
             n_features=n_features, n_redundant=redundant, n_clusters_per_class=clusters)
    if weights is not None:
        p["weights"] = list(weights)
    return tuple(sorted(p.items()))


#: The data sets (names fixed before any fit; their parts come from split.py), 2-3 learners each.
DATASETS: tuple[DataSpec, ...] = (
    DataSpec("digits", "bundled", "bundled:digits", test=500, learners=("svc_rbf", "knn", "logreg_c0.1")),
    # the two smallest sets: a small initial set and more rounds, so a pilot at 1/8 of the budget has 3 points
    DataSpec("wine", "bundled", "bundled:wine", test=0, budget_frac=1.0, learners=("rf50", "gnb", "logreg_c10"),
             initial=6, n_rounds=36),
    DataSpec("breast_cancer", "bundled", "bundled:breast_cancer", test=0, budget_frac=1.0,
             learners=("svc_rbf", "rf50", "logreg_c10")),
    DataSpec("iris", "bundled", "bundled:iris", test=0, budget_frac=1.0, learners=("knn", "gnb", "logreg_c0.1"),
             initial=6, n_rounds=36),
    DataSpec("clf2_easy", "easy", "classification", _cls(2, sep=1.5, informative=5), 2000,
             learners=("gnb", "mlp_small")),
    DataSpec("clf2_hard", "hard", "classification", _cls(2, sep=0.6, informative=8), 2000,
             learners=("rf50", "logreg_c10")),
    DataSpec("clf2_imb90", "imbalanced", "classification", _cls(2, sep=1.0, informative=6, weights=(0.9, 0.1)),
             2000, learners=("logreg_c0.1", "svc_rbf")),
    DataSpec("clf2_imb95_noisy", "imbalanced", "classification",
             _cls(2, sep=1.0, informative=6, weights=(0.95, 0.05), flip=0.02), 2000,
             learners=("knn", "logreg_c10", "gnb")),
    DataSpec("clf3_flip10", "noisy", "classification", _cls(3, sep=1.0, informative=6, flip=0.10), 2000,
             learners=("svc_rbf", "gnb")),
    DataSpec("clf3_medium", "medium", "classification", _cls(3, sep=1.0, informative=6), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("clf4_hard", "hard", "classification", _cls(4, sep=0.7, informative=8), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("clf5_imb", "imbalanced", "classification",
             _cls(5, sep=1.2, informative=8, weights=(0.5, 0.2, 0.15, 0.1, 0.05)), 2000,
             learners=("rf50", "knn")),
    DataSpec("clf6_medium", "medium", "classification", _cls(6, sep=1.2, informative=10), 2000,
             learners=("logreg_c10", "gnb")),
    DataSpec("clf8_flip5", "noisy", "classification", _cls(8, sep=1.5, informative=12, flip=0.05, clusters=1),
             2000, learners=("mlp_small", "logreg_c0.1")),
    DataSpec("clf10_easy", "easy", "classification", _cls(10, sep=2.0, informative=12, clusters=1), 2000,
             learners=("knn", "rf50")),
    DataSpec("clf10_hard", "hard", "classification", _cls(10, sep=1.0, informative=12, clusters=1), 2000,
             learners=("logreg_c0.1", "gnb")),
    DataSpec("moons_noise30", "shapes", "moons", (("noise", 0.3),), 2000, learners=("svc_rbf", "knn")),
    DataSpec("circles_noise15", "shapes", "circles", (("factor", 0.5), ("noise", 0.15)), 2000,
             learners=("rf50", "knn")),
    DataSpec("clf2_flip20", "noisy", "classification", _cls(2, sep=1.2, informative=5, flip=0.20), 2000,
             learners=("logreg_c0.1", "knn")),
    DataSpec("clf3_redundant", "medium", "classification",
             _cls(3, sep=1.0, informative=4, redundant=10, n_features=30), 2000,
             learners=("gnb", "mlp_small")),
    # Added on 2026-11-23 (split v4) to widen the corpus: seven AL data sets per part let one part's sets (high-
    # ceiling, still-climbing tasks) differ from another's (noisy, flat ones) more than any regime does. Parts
    # from split.py's hash like every set above; real data derived from digits (subsets, pooling, label noise)
    # and generated sets of easy, many-class and clean-shape tasks.
    DataSpec("digits_0to4", "bundled", "digits:0to4", test=400, learners=("knn", "logreg_c10")),
    DataSpec("digits_pool4x4", "bundled", "digits:pool4x4", test=500, learners=("svc_rbf", "gnb")),
    DataSpec("digits_flip10", "noisy", "digits:flip10", test=500, learners=("logreg_c0.1", "rf50")),
    DataSpec("digits_parity", "bundled", "digits:parity", test=500, learners=("mlp_small", "knn")),
    DataSpec("clf3_easy", "easy", "classification", _cls(3, sep=2.0, informative=6), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("clf5_easy", "easy", "classification", _cls(5, sep=2.0, informative=8, clusters=1), 2000,
             learners=("knn", "gnb")),
    DataSpec("clf8_easy", "easy", "classification", _cls(8, sep=2.5, informative=12, clusters=1), 2000,
             learners=("logreg_c10", "mlp_small")),
    DataSpec("clf12_medium", "medium", "classification", _cls(12, sep=1.5, informative=14, clusters=1), 2000,
             learners=("rf50", "logreg_c0.1")),
    DataSpec("clf2_easy_flip2", "easy", "classification", _cls(2, sep=2.0, informative=5, flip=0.02), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("clf4_imb_easy", "imbalanced", "classification",
             _cls(4, sep=2.0, informative=6, weights=(0.6, 0.2, 0.15, 0.05)), 2000, learners=("gnb", "rf50")),
    DataSpec("circles_noise05", "shapes", "circles", (("factor", 0.6), ("noise", 0.05)), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("moons_noise10", "shapes", "moons", (("noise", 0.1),), 2000, learners=("mlp_small", "rf50")),
    DataSpec("clf6_flip10", "noisy", "classification", _cls(6, sep=1.5, informative=8, flip=0.10), 2000,
             learners=("knn", "logreg_c10")),
    DataSpec("clf3_many", "medium", "classification", _cls(3, sep=1.0, informative=20, n_features=40), 2000,
             learners=("logreg_c0.1", "svc_rbf")),
    # Added after the split-v3 report look (2026-11-23): split.py's REPORT_ONLY keeps them in the report part,
    # so no design was ever fitted or chosen on them. Generators the sets above do not use are among them.
    DataSpec("v4_quantiles3", "shapes", "gaussian_quantiles", (("n_classes", 3), ("n_features", 4)), 2000,
             learners=("rf50", "svc_rbf")),
    DataSpec("v4_hastie", "hard", "hastie", (), 2000, learners=("logreg_c10", "knn")),
    DataSpec("v4_blobs6", "medium", "blobs", (("centers", 6), ("cluster_std", 3.0), ("n_features", 8)), 2000,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v4_clf7_imb_flip", "imbalanced", "classification",
             _cls(7, sep=1.1, informative=10, flip=0.05, clusters=1,
                  weights=(0.35, 0.2, 0.15, 0.1, 0.1, 0.05, 0.05)), 2000, learners=("mlp_small", "knn")),
    DataSpec("v4_clf2_wide", "medium", "classification", _cls(2, sep=0.9, informative=10, n_features=60,
                                                                redundant=5), 2000,
             learners=("logreg_c0.1", "rf50")),
    DataSpec("v4_clf4_flip15", "noisy", "classification", _cls(4, sep=1.3, informative=6, flip=0.15), 2000,
             learners=("svc_rbf", "gnb")),
    DataSpec("v4_clf3_sep08", "hard", "classification", _cls(3, sep=0.8, informative=5), 2000,
             learners=("logreg_c10", "mlp_small")),
    DataSpec("v4_moons_noise20", "shapes", "moons", (("noise", 0.2),), 2000, learners=("knn", "gnb")),
    # Added on 2026-11-23 with split v5 (before any v5 fit): 14 more sets whose parts follow split.py's hash
    # (real data derived from digits, wine and breast_cancer; generated sets), then 8 in split.REPORT_ONLY
    # (v5_*: generators and derived data no other set uses).
    DataSpec("digits_classes358", "bundled", "derived:digits:classes358", test=150,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("digits_flip25", "noisy", "derived:digits:flip25", test=500, learners=("knn", "gnb")),
    DataSpec("wine_flip10", "noisy", "derived:wine:flip10", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "knn"), initial=6, n_rounds=36),
    DataSpec("breast_cancer_half", "bundled", "derived:breast_cancer:half", test=0, budget_frac=1.0,
             learners=("gnb", "mlp_small")),
    DataSpec("clf2_imb80_flip5", "imbalanced", "classification",
             _cls(2, sep=1.0, informative=6, weights=(0.8, 0.2), flip=0.05), 2000, learners=("rf50", "gnb")),
    DataSpec("clf3_sep15", "easy", "classification", _cls(3, sep=1.5, informative=4), 2000,
             learners=("knn", "logreg_c10")),
    DataSpec("clf4_medium", "medium", "classification", _cls(4, sep=1.0, informative=8), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("clf5_hard", "hard", "classification", _cls(5, sep=0.7, informative=10), 2000,
             learners=("rf50", "logreg_c0.1")),
    DataSpec("clf8_medium", "medium", "classification", _cls(8, sep=1.2, informative=12, clusters=1), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("clf10_medium", "medium", "classification", _cls(10, sep=1.5, informative=14, clusters=1), 2000,
             learners=("logreg_c10", "gnb")),
    DataSpec("circles_noise25", "shapes", "circles", (("factor", 0.5), ("noise", 0.25)), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("moons_noise05", "shapes", "moons", (("noise", 0.05),), 2000, learners=("knn", "logreg_c10")),
    DataSpec("blobs3_tight", "easy", "blobs", (("centers", 3), ("cluster_std", 1.5), ("n_features", 2)), 2000,
             learners=("gnb", "rf50")),
    DataSpec("quantiles2", "shapes", "gaussian_quantiles", (("n_classes", 2), ("n_features", 6)), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("v5_xor3", "shapes", "xor", (("informative", 3), ("n_features", 8), ("flip", 0.03)), 2000,
             learners=("rf50", "svc_rbf")),
    DataSpec("v5_spirals", "shapes", "spirals", (("noise", 0.6), ("turns", 1.5)), 2000,
             learners=("knn", "mlp_small")),
    DataSpec("v5_checker", "shapes", "checker", (("cells", 4), ("n_features", 4)), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("v5_bc_flip5", "noisy", "derived:breast_cancer:flip5", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "rf50")),
    DataSpec("v5_wine_half", "bundled", "derived:wine:half", test=0, budget_frac=1.0, learners=("gnb", "knn"),
             initial=6, n_rounds=36),
    DataSpec("v5_digits_classes1479", "bundled", "derived:digits:classes1479", test=200,
             learners=("logreg_c10", "mlp_small")),
    DataSpec("v5_clf9_imb", "imbalanced", "classification",
             _cls(9, sep=1.3, informative=10, clusters=1,
                  weights=(0.25, 0.2, 0.15, 0.1, 0.1, 0.08, 0.06, 0.04, 0.02)), 2000,
             learners=("gnb", "logreg_c10")),
    DataSpec("v5_blobs10", "medium", "blobs", (("centers", 10), ("cluster_std", 2.5), ("n_features", 10)), 2000,
             learners=("knn", "logreg_c0.1")),
    # Added on 2026-11-23 with split v6 (06:10 UTC, before any v6 fit): 20 more sets whose parts follow split.py's
    # hash (new parameters of the generators above; digits, wine and breast_cancer derived in new ways), then 8 in
    # split.REPORT_ONLY (v6_*: generators and derived data no other set uses).
    DataSpec("clf2_sep08_flip5", "hard", "classification", _cls(2, sep=0.8, informative=6, flip=0.05), 2000,
             learners=("knn", "logreg_c0.1")),
    DataSpec("clf3_imb70", "imbalanced", "classification",
             _cls(3, sep=1.2, informative=6, weights=(0.7, 0.2, 0.1)), 2000, learners=("gnb", "svc_rbf")),
    DataSpec("clf4_easy_wide", "easy", "classification", _cls(4, sep=2.0, informative=8, n_features=50), 2000,
             learners=("logreg_c10", "rf50")),
    DataSpec("clf6_hard", "hard", "classification", _cls(6, sep=0.8, informative=10), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("clf7_medium", "medium", "classification", _cls(7, sep=1.3, informative=10, clusters=1), 2000,
             learners=("knn", "gnb")),
    DataSpec("clf2_many40", "medium", "classification", _cls(2, sep=1.0, informative=15, n_features=40), 2000,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("clf5_flip15", "noisy", "classification", _cls(5, sep=1.5, informative=8, flip=0.15, clusters=1),
             2000, learners=("rf50", "knn")),
    DataSpec("clf3_hard_imb", "hard", "classification",
             _cls(3, sep=0.7, informative=6, weights=(0.6, 0.3, 0.1)), 2000, learners=("logreg_c0.1", "gnb")),
    DataSpec("moons_noise15", "shapes", "moons", (("noise", 0.15),), 2000, learners=("svc_rbf", "gnb")),
    DataSpec("moons_noise40", "shapes", "moons", (("noise", 0.4),), 2000, learners=("rf50", "logreg_c10")),
    DataSpec("circles_noise10", "shapes", "circles", (("factor", 0.5), ("noise", 0.1)), 2000,
             learners=("knn", "mlp_small")),
    DataSpec("circles_f3", "shapes", "circles", (("factor", 0.3), ("noise", 0.2)), 2000,
             learners=("rf50", "svc_rbf")),
    DataSpec("blobs5_std2", "medium", "blobs", (("centers", 5), ("cluster_std", 2.0), ("n_features", 6)), 2000,
             learners=("logreg_c0.1", "knn")),
    DataSpec("blobs8_std4", "hard", "blobs", (("centers", 8), ("cluster_std", 4.0), ("n_features", 12)), 2000,
             learners=("gnb", "logreg_c10")),
    DataSpec("quantiles3_f8", "shapes", "gaussian_quantiles", (("n_classes", 3), ("n_features", 8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("digits_classes0268", "bundled", "derived:digits:classes0268", test=200,
             learners=("gnb", "logreg_c10")),
    DataSpec("digits_flip5", "noisy", "derived:digits:flip5", test=500, learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("breast_cancer_flip15", "noisy", "derived:breast_cancer:flip15", test=0, budget_frac=1.0,
             learners=("knn", "logreg_c10")),
    DataSpec("wine_classes01", "bundled", "derived:wine:classes01", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "gnb"), initial=6, n_rounds=30),
    DataSpec("clf2_easy_imb95", "imbalanced", "classification",
             _cls(2, sep=2.0, informative=4, weights=(0.95, 0.05)), 2000, learners=("logreg_c10", "knn")),
    DataSpec("v6_rings3", "shapes", "rings", (("classes", 3), ("noise", 0.12)), 2000,
             learners=("knn", "svc_rbf")),
    DataSpec("v6_sine", "shapes", "sine", (("frequency", 3.0), ("flip", 0.04), ("n_features", 5)), 2000,
             learners=("rf50", "mlp_small")),
    DataSpec("v6_swiss4", "shapes", "swiss", (("bands", 4), ("noise", 0.5)), 2000,
             learners=("knn", "logreg_c10")),
    DataSpec("v6_digits_top", "bundled", "derived:digits:top", test=500, learners=("logreg_c0.1", "rf50")),
    DataSpec("v6_bc_tail", "bundled", "derived:breast_cancer:tail", test=0, budget_frac=1.0,
             learners=("svc_rbf", "gnb")),
    DataSpec("v6_iris_flip10", "noisy", "derived:iris:flip10", test=0, budget_frac=1.0,
             learners=("knn", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v6_clf5_nocube", "medium", "classification",
             tuple(sorted(_cls(5, sep=1.5, informative=8, clusters=1) + (("hypercube", False),))), 2000,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v6_clf12_imb_flip", "imbalanced", "classification",
             _cls(12, sep=1.8, informative=14, clusters=1, flip=0.03,
                  weights=(0.2, 0.15, 0.12, 0.1, 0.08, 0.08, 0.07, 0.06, 0.05, 0.04, 0.03, 0.02)), 2000,
             learners=("knn", "mlp_small")),
    # Added on 2026-11-23 (08:30 UTC, round 7, after the v6 report look and before any round-7 result): 8 sets in
    # split.REPORT_ONLY whose generators and derivations no other set uses, five of them with the MLP (the
    # learner whose intervals the v6 report found too narrow).
    DataSpec("v7_sphere6", "shapes", "sphere", (("n_features", 6), ("flip", 0.03)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v7_stripes5", "shapes", "stripes", (("n_features", 4), ("stripes", 5)), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v7_digits_bottom", "bundled", "derived:digits:bottom", test=500, learners=("mlp_small", "knn")),
    DataSpec("v7_digits_noise6", "noisy", "derived:digits:noise6", test=500, learners=("logreg_c0.1", "mlp_small")),
    DataSpec("v7_wine_tail", "bundled", "derived:wine:tail", test=0, budget_frac=1.0,
             learners=("gnb", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v7_iris_half", "bundled", "derived:iris:half", test=0, budget_frac=1.0,
             learners=("knn", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v7_aniso4", "medium", "aniso", (("centers", 4), ("n_features", 5)), 2000,
             learners=("knn", "gnb")),
    DataSpec("v7_mixture3", "hard", "mixture", (("components", 3), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    # Added on 2026-11-23 (11:55 UTC, round 8, after the v7 look and before any round-8 fit): 8 sets in
    # split.REPORT_ONLY whose generators and derivations no other set uses, each with the MLP (the learner whose
    # ranges three report looks found too narrow) and one other learner.
    DataSpec("v8_digits_left", "bundled", "derived:digits:left", test=500, learners=("mlp_small", "svc_rbf")),
    DataSpec("v8_digits_5to9", "bundled", "derived:digits:classes56789", test=300,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v8_bc_even", "bundled", "derived:breast_cancer:even", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v8_wine_classes12", "bundled", "derived:wine:classes12", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v8_helix", "shapes", "helix", (("noise", 0.3), ("turns", 2.0)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v8_sparse_linear", "hard", "sparse_linear", (("informative", 5), ("n_features", 30)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v8_argmax5", "medium", "argmax", (("classes", 5), ("flip", 0.03), ("n_features", 8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v8_sectors6", "shapes", "sectors", (("noise", 0.15), ("sectors", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    # Added on 2026-11-23 (round 9, after the v8 look and before any round-9 result): 8 sets in split.REPORT_ONLY
    # and split.FRESH whose generators and derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v9_torus", "shapes", "torus", (("n_features", 5), ("noise", 0.05)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v9_signs4", "medium", "signs", (("n_features", 10), ("noise", 0.3)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v9_hetero4", "medium", "hetero", (("classes", 4), ("n_features", 6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v9_parity_edge", "noisy", "threshold_parity",
             (("n_features", 6), ("t0", 0.3), ("t1", -0.4), ("width", 0.1)), 2000, learners=("mlp_small", "rf50")),
    DataSpec("v9_digits_centre", "bundled", "derived:digits:centre", test=500, learners=("mlp_small", "knn")),
    DataSpec("v9_digits_017_flip10", "noisy", "derived:digits:classes017+flip10", test=150,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v9_bc_se", "bundled", "derived:breast_cancer:cols10to20", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50")),
    DataSpec("v9_wine_mult", "noisy", "derived:wine:mult0.4", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (17:10 UTC, round 10, after the v9 look and before any round-10 result): 8 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and
    # one other learner.
    DataSpec("v10_ellipses", "shapes", "ellipses", (("n_features", 4), ("noise", 0.08)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v10_waves", "noisy", "waves", (("flip", 0.04), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v10_gauss_xor", "hard", "gauss_xor", (("n_features", 5), ("std", 0.6)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v10_ordinal5", "medium", "ordinal", (("classes", 5), ("n_features", 8), ("noise", 0.4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v10_digits_checker", "bundled", "derived:digits:checkerpix", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v10_digits_2to6", "bundled", "derived:digits:classes23456", test=300,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v10_bc_worst", "bundled", "derived:breast_cancer:cols20to30", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v10_wine_rank", "bundled", "derived:wine:rank", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (17:57 UTC, round 10's second report, after the v10 look and before any result of the
    # verdict's candidate): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other
    # set uses, each with the MLP and one other learner.
    DataSpec("v11_annulus_gap", "shapes", "annulus", (("n_features", 3), ("noise", 0.1)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v11_diag_bands", "medium", "diag_bands", (("bands", 4), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v11_cubic", "hard", "cubic", (("flip", 0.05), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v11_lognormal3", "medium", "lognormal", (("classes", 3), ("n_features", 6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v11_digits_rows_odd", "bundled", "derived:digits:oddrows", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v11_digits_0369", "bundled", "derived:digits:classes0369", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v11_bc_log", "bundled", "derived:breast_cancer:log", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v11_wine_flip5_even", "noisy", "derived:wine:even+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (18:29 UTC, round 10's third report, after the v11 look and before any result of the
    # neural factors' floor): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v12_two_moons3d", "shapes", "moons3d", (("noise", 0.25),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v12_max_abs", "medium", "max_abs", (("classes", 3), ("n_features", 6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v12_product_sign", "hard", "product_sign", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v12_radial_bands", "shapes", "radial_bands", (("bands", 3), ("n_features", 2)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v12_digits_cols_mid", "bundled", "derived:digits:midcols", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v12_digits_1478_flip5", "noisy", "derived:digits:classes1478+flip5", test=200,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v12_bc_sqrt_half", "bundled", "derived:breast_cancer:sqrthalf", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50")),
    DataSpec("v12_wine_pairs", "bundled", "derived:wine:pairsum", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (19:03 UTC, round 10's fourth report, after the v12 look and before any result of the
    # young neural curves' floored strata): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and
    # derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v13_sum_sines", "shapes", "sum_sines", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v13_cross", "shapes", "cross", (("n_features", 3), ("width", 0.3)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v13_norm_ratio", "medium", "norm_ratio", (("n_features", 6),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v13_skew4", "medium", "skew_classes", (("classes", 4), ("n_features", 5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v13_digits_diag", "bundled", "derived:digits:diagonals", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v13_digits_2589", "bundled", "derived:digits:classes2589", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v13_bc_square", "bundled", "derived:breast_cancer:squarehalf", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v13_wine_drop3", "noisy", "derived:wine:dropfirst3+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (20:00 UTC, round 11's report, after the v13 look and before any result of the round's
    # designs): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses,
    # each with the MLP and one other learner.
    DataSpec("v14_bumps", "shapes", "bumps", (("bumps", 6), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v14_angle_bins", "medium", "angle_bins", (("classes", 3), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v14_heavy_tails", "hard", "heavy_tails", (("classes", 3), ("df", 2.0), ("n_features", 5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v14_interval", "hard", "interval", (("flip", 0.05), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v14_digits_sums", "bundled", "derived:digits:rowcolsums", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v14_digits_1367", "bundled", "derived:digits:classes1367", test=200,
             learners=("mlp_small", "gnb")),
    DataSpec("v14_bc_clip", "bundled", "derived:breast_cancer:clip1", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v14_wine_odd_flip8", "noisy", "derived:wine:odd+flip8", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (20:31 UTC, round 11's second report, after the v14 look and before any result of the
    # recalibrated P(AL cheaper)): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v15_quadratic_form", "medium", "quadratic_form", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v15_two_logistics", "hard", "two_logistics", (("n_features", 6),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v15_circle_count", "medium", "circle_count", (("circles", 3), ("n_features", 4)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v15_exp_margin", "hard", "exp_margin", (("flip", 0.04), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v15_digits_maxpool", "bundled", "derived:digits:maxpool4x4", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v15_digits_0457", "bundled", "derived:digits:classes0457", test=200,
             learners=("mlp_small", "knn")),
    DataSpec("v15_bc_ratios", "bundled", "derived:breast_cancer:ratios10", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v15_wine_sqrt_flip6", "noisy", "derived:wine:sqrtall+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (22:04 UTC, round 12's report, after the v15 look and before any result of the round's
    # design): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses,
    # each with the MLP and one other learner.
    DataSpec("v16_polar_checker", "shapes", "polar_checker", (("n_features", 3), ("rings", 3), ("sectors", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v16_min_threshold", "medium", "min_threshold", (("flip", 0.03), ("k", 3), ("n_features", 5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v16_binary_weighted", "medium", "binary_weighted", (("n_features", 12),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v16_mixed_scales", "hard", "mixed_scales", (("n_features", 6),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v16_digits_corner", "bundled", "derived:digits:bottomright", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v16_digits_0168", "bundled", "derived:digits:classes0168", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v16_bc_pca5", "bundled", "derived:breast_cancer:pca5", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50")),
    DataSpec("v16_wine_products_flip4", "noisy", "derived:wine:pairprod+flip4", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    # Added on 2026-11-23 (23:50 UTC, round 13's report, after the v16 look and before any result of the round's
    # design): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses,
    # each with the MLP and one other learner.
    DataSpec("v17_halfspaces_and", "medium", "halfspaces_and", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v17_feature_range", "shapes", "feature_range", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v17_prototypes", "hard", "prototypes", (("classes", 3), ("n_features", 4), ("prototypes", 9)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v17_abs_diff", "medium", "abs_diff", (("flip", 0.05), ("n_features", 4), ("width", 0.5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v17_digits_topleft", "bundled", "derived:digits:topleft", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v17_digits_2579", "bundled", "derived:digits:classes2579", test=200,
             learners=("mlp_small", "rf50")),
    DataSpec("v17_bc_deciles", "bundled", "derived:breast_cancer:deciles", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v17_wine_cbrt_flip5", "noisy", "derived:wine:cbrt+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (00:28 UTC, round 13's second report, after the v17 look and before any result of the
    # second design (E)): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other
    # set uses, each with the MLP and one other learner.
    DataSpec("v18_apollonius", "medium", "apollonius", (("n_features", 4), ("ratio", 1.3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v18_middle_of_three", "hard", "middle_of_three", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v18_l1_ball", "shapes", "l1_ball", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v18_majority", "medium", "majority", (("n_features", 7), ("noise", 0.3)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v18_digits_topright", "bundled", "derived:digits:topright", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v18_digits_3468", "bundled", "derived:digits:classes3468", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v18_bc_absz", "bundled", "derived:breast_cancer:absz", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v18_wine_signz_flip3", "noisy", "derived:wine:signz+flip3", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (01:45 UTC, round 14's report, after the v18 look and before any result of the round's
    # designs): 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses,
    # each with the MLP and one other learner.
    DataSpec("v19_cone", "medium", "cone", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v19_count_above", "medium", "count_above", (("k", 2), ("m", 4), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v19_rotated_quadrants", "hard", "rotated_quadrants", (("flip", 0.04), ("n_features", 3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v19_abs_compare", "shapes", "abs_compare", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v19_digits_bottomleft", "bundled", "derived:digits:bottomleft", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v19_digits_1258", "bundled", "derived:digits:classes1258", test=200,
             learners=("mlp_small", "gnb")),
    DataSpec("v19_bc_quartiles", "bundled", "derived:breast_cancer:quartiles", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v19_wine_squarez_flip4", "noisy", "derived:wine:squarez+flip4", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 15, after the v19 look at 09:52 UTC and before any result of round 15's design):
    # 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the
    # MLP and one other learner.
    DataSpec("v20_segment", "shapes", "segment", (("n_features", 4), ("width", 0.3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v20_product_compare", "medium", "product_compare", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v20_staircase", "shapes", "staircase", (("n_features", 3), ("steps", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v20_proj_argmax3", "medium", "proj_argmax", (("classes", 3), ("flip", 0.04), ("n_features", 6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v20_digits_right", "bundled", "derived:digits:right", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v20_digits_0359", "bundled", "derived:digits:classes0359", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v20_bc_worstgap", "bundled", "derived:breast_cancer:worstgap", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v20_wine_logratio_flip7", "noisy", "derived:wine:logratio+flip7", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 16, after the v20 look at 10:43 UTC and before any result of round 16's design):
    # 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the
    # MLP and one other learner.
    DataSpec("v21_spiral_arms3", "hard", "spiral_arms", (("arms", 3), ("n_features", 3), ("twist", 1.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v21_paraboloid", "medium", "paraboloid", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v21_square_rings", "shapes", "square_rings", (("n_features", 3), ("rings", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v21_l1_l2_ratio", "medium", "l1_l2_ratio", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v21_digits_midring", "bundled", "derived:digits:midring", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v21_digits_0248", "bundled", "derived:digits:classes0248", test=200,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v21_bc_serel", "bundled", "derived:breast_cancer:serel", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v21_wine_unitz_flip5", "noisy", "derived:wine:unitz+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 17, after the v21 look at 11:40 UTC and before any result of round 17's design):
    # 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the
    # MLP and one other learner.
    DataSpec("v22_two_slabs", "medium", "two_slabs", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v22_l1_anchors5", "medium", "l1_anchors", (("anchors", 5), ("n_features", 3)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v22_sine_product3", "hard", "sine_product", (("frequency", 1.5), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v22_random_fourier", "shapes", "random_fourier", (("flip", 0.04), ("n_features", 4), ("scale", 2.0),
                                                                 ("terms", 20)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v22_digits_hgrad", "bundled", "derived:digits:hgrad", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v22_digits_1357", "bundled", "derived:digits:classes1357", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v22_bc_sortz", "bundled", "derived:breast_cancer:sortz", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50")),
    DataSpec("v22_wine_cumz_flip6", "noisy", "derived:wine:cumz+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 19, after the v22 look at 12:13 UTC and before any result of round 19's design):
    # 8 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the
    # MLP and one other learner.
    DataSpec("v23_ball_or_half", "medium", "ball_or_half", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v23_quadratic_softmax3", "medium", "quadratic_softmax", (("classes", 3), ("n_features", 6),
                                                                       ("scale", 3.0)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v23_product_pairs4", "hard", "product_pairs", (("n_features", 6), ("weight", 0.3)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v23_flower5", "shapes", "flower", (("flip", 0.03), ("n_features", 3), ("petals", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v23_digits_bin8", "bundled", "derived:digits:bin8", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v23_digits_0689", "bundled", "derived:digits:classes0689", test=200,
             learners=("mlp_small", "gnb")),
    DataSpec("v23_bc_rproj4", "bundled", "derived:breast_cancer:rproj4", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v23_wine_rowrank_flip8", "noisy", "derived:wine:rowrank+flip8", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 19's second report, after the v23 look at 13:41 UTC; the design unchanged): 8 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and one
    # other learner.
    DataSpec("v24_rank_of_first4", "medium", "rank_of_first", (("classes", 4), ("flip", 0.04), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v24_covariances3", "medium", "covariances", (("classes", 3), ("n_features", 5), ("shift", 0.5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v24_mirrored_relu", "hard", "mirrored_relu", (("flip", 0.05), ("hidden", 12), ("mirror", 0.6),
                                                             ("n_features", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v24_crescent", "shapes", "crescent", (("flip", 0.02), ("n_features", 3), ("offset", 0.45)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v24_digits_hfold", "bundled", "derived:digits:hfold", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v24_digits_2467", "bundled", "derived:digits:classes2467", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v24_bc_diffz", "bundled", "derived:breast_cancer:diffz", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v24_wine_recip_flip12", "noisy", "derived:wine:recip+flip12", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 20, after the v24 look at 14:10 UTC; the design unchanged): 16 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and one
    # other learner.
    DataSpec("v25_pair_angle3", "hard", "pair_angle", (("classes", 3), ("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v25_hamming_ball", "imbalanced", "hamming_ball", (("flip", 0.03), ("n_features", 12), ("radius", 4)),
             2000, learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v25_cylinder", "shapes", "cylinder", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v25_logistic_interaction", "noisy", "logistic_interaction", (("n_features", 6), ("scale", 2.0)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v25_ascents4", "hard", "ascents", (("classes", 4), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v25_hex_cells3", "shapes", "hex_cells", (("n_features", 3), ("size", 0.8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v25_random_tree4", "medium", "random_tree", (("classes", 4), ("depth", 4), ("flip", 0.04),
                                                           ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v25_random_dnf", "medium", "random_dnf", (("flip", 0.05), ("literals", 2), ("n_features", 10),
                                                        ("terms", 3)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v25_nearest_line5", "hard", "nearest_line", (("classes", 5), ("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v25_boxes5", "easy", "boxes", (("classes", 5), ("n_features", 4), ("side", 0.8)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v25_digits_vfold", "bundled", "derived:digits:vfold", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v25_digits_laplace", "bundled", "derived:digits:laplace", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v25_digits_3579", "bundled", "derived:digits:classes3579", test=200,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v25_bc_rbf6", "bundled", "derived:breast_cancer:rbf6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v25_bc_statmean", "bundled", "derived:breast_cancer:statmean", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v25_wine_softmaxz_flip9", "noisy", "derived:wine:softmaxz+flip9", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 20's second report, after the v25 look at 15:01 UTC; the design unchanged): 16 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and one
    # other learner.
    DataSpec("v26_top_two6", "medium", "top_two", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v26_halfspace_vote", "hard", "halfspace_vote", (("flip", 0.04), ("halfspaces", 3), ("n_features", 8)),
             2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v26_twin_discs", "imbalanced", "twin_discs", (("flip", 0.02), ("n_features", 4), ("radius", 0.4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v26_soft_voronoi4", "noisy", "soft_voronoi", (("classes", 4), ("n_features", 3), ("scale", 5.0)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v26_lp_star", "shapes", "lp_star", (("flip", 0.02), ("n_features", 4), ("p", 0.5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v26_teacher_net3", "medium", "teacher_net", (("classes", 3), ("flip", 0.03), ("gain", 3.0),
                                                            ("hidden", 8), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v26_margin_gap", "easy", "margin_gap", (("flip", 0.02), ("gap", 0.1), ("n_features", 10)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v26_triangle", "shapes", "triangle", (("flip", 0.02), ("n_features", 3), ("radius", 1.2)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v26_argmedian5", "hard", "argmedian", (("classes", 5), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v26_poisson_counts4", "imbalanced", "poisson_counts", (("classes", 4), ("n_features", 4),
                                                                     ("offset", -1.0), ("scale", 2.5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v26_digits_profiles", "bundled", "derived:digits:profiles", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v26_digits_dct4x4", "bundled", "derived:digits:dct4x4", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v26_digits_1789", "bundled", "derived:digits:classes1789", test=200,
             learners=("mlp_small", "knn")),
    DataSpec("v26_bc_groupext", "bundled", "derived:breast_cancer:groupext", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v26_wine_rotz_flip10", "noisy", "derived:wine:rotz+flip10", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v26_iris_angles", "bundled", "derived:iris:angles", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 21's report, after the v26 look at 15:37 UTC): 16 sets in split.REPORT_ONLY and
    # split.FRESH whose generators and derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v27_multiplexer6", "hard", "multiplexer", (("address", 2), ("flip", 0.03), ("n_features", 10)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v27_rule_list5", "hard", "rule_list", (("classes", 3), ("flip", 0.03), ("n_features", 6), ("rules", 5)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v27_longest_run", "medium", "longest_run", (("flip", 0.02), ("n_features", 10), ("run", 3)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v27_bag_of_words4", "medium", "bag_of_words", (("alpha", 1.0), ("classes", 4), ("length", 20),
                                                              ("n_features", 15), ("shared", 0.6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v27_positive_count5", "imbalanced", "positive_count", (("counted", 4), ("n_features", 6),
                                                                     ("noise", 0.3)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v27_islands", "imbalanced", "islands", (("flip", 0.02), ("islands", 5), ("n_features", 3),
                                                      ("radius", 0.45)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v27_patchy_noise", "noisy", "patchy_noise", (("blunt", 1.0), ("n_features", 5), ("sharp", 8.0)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v27_bars3", "shapes", "bars", (("noise", 0.6), ("side", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v27_lemniscate", "shapes", "lemniscate", (("flip", 0.02), ("n_features", 3), ("size", 1.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v27_farthest_centre3", "easy", "farthest_centre", (("classes", 3), ("flip", 0.03), ("n_features", 4)),
             2000, learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v27_digits_moments", "bundled", "derived:digits:moments", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v27_digits_diagsums", "bundled", "derived:digits:diagsums", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v27_digits_3589", "bundled", "derived:digits:classes3589", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v27_bc_nosize", "bundled", "derived:breast_cancer:nosize", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v27_wine_tanhz_flip7", "noisy", "derived:wine:tanhz+flip7", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v27_iris_crossprod", "bundled", "derived:iris:crossprod", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 21's second report, after the v27 look at 17:11 UTC; the design unchanged): 16 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and one
    # other learner.
    DataSpec("v28_count_mod3", "hard", "count_mod3", (("counted", 6), ("flip", 0.03), ("n_features", 8)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v28_bilinear_sign", "hard", "bilinear_sign", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v28_max_projection3", "medium", "max_projection", (("classes", 3), ("flip", 0.02), ("n_features", 5)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v28_first_above4", "medium", "first_above", (("counted", 4), ("flip", 0.02), ("n_features", 6),
                                                            ("threshold", 0.3)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v28_zipf_blobs4", "imbalanced", "zipf_blobs", (("classes", 4), ("n_features", 5), ("spread", 1.0)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v28_tail_event", "imbalanced", "tail_event", (("flip", 0.02), ("level", 1.5), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v28_fuzzy_disc", "noisy", "fuzzy_disc", (("n_features", 4), ("scale", 4.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v28_sine_band", "shapes", "sine_band", (("amplitude", 0.5), ("flip", 0.02), ("frequency", 1.5),
                                                      ("n_features", 3), ("width", 0.3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v28_heart", "shapes", "heart", (("flip", 0.02), ("n_features", 3), ("size", 0.8)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v28_dominant_block3", "easy", "dominant_block", (("classes", 3), ("flip", 0.03), ("n_features", 9)),
             2000, learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v28_digits_oddgrid", "bundled", "derived:digits:oddgrid", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v28_digits_transitions", "bundled", "derived:digits:transitions", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v28_digits_2378", "bundled", "derived:digits:classes2378", test=200,
             learners=("mlp_small", "knn")),
    DataSpec("v28_bc_groupnorm", "bundled", "derived:breast_cancer:groupnorm", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v28_wine_clr_flip6", "noisy", "derived:wine:clr+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v28_iris_areas", "bundled", "derived:iris:areas", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 21's third report, after the v28 look at 17:37 UTC; the design unchanged): 16 sets in
    # split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses, each with the MLP and one
    # other learner.
    DataSpec("v29_order_of_extremes", "hard", "order_of_extremes", (("counted", 6), ("flip", 0.03), ("n_features", 8)),
             2000, learners=("mlp_small", "rf50")),
    DataSpec("v29_mod_sum3", "hard", "mod_sum", (("cells", 3), ("classes", 3), ("flip", 0.03), ("n_features", 3)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v29_weighted_voronoi3", "medium", "weighted_voronoi", (("classes", 3), ("flip", 0.02), ("n_features", 4)),
             2000, learners=("mlp_small", "svc_rbf")),
    DataSpec("v29_switch_linear", "medium", "switch_linear", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v29_nested_shells3", "imbalanced", "nested_shells", (("flip", 0.02), ("inner", 0.6), ("n_features", 4),
                                                                    ("outer", 0.9)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v29_joint_exceedance", "imbalanced", "joint_exceedance", (("flip", 0.02), ("level", 0.0),
                                                                         ("n_features", 6)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v29_graded_flips", "noisy", "graded_flips", (("n_features", 5), ("rate", 0.4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v29_horseshoe", "shapes", "horseshoe", (("flip", 0.02), ("gap", 1.5), ("inner", 0.25), ("n_features", 3),
                                                      ("outer", 0.9)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v29_cardioid", "shapes", "cardioid", (("flip", 0.02), ("n_features", 3), ("size", 0.6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v29_parallel_cuts3", "easy", "parallel_cuts", (("classes", 3), ("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v29_digits_polarbins", "bundled", "derived:digits:polarbins", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v29_digits_hasym", "bundled", "derived:digits:hasym", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v29_digits_1459", "bundled", "derived:digits:classes1459", test=200,
             learners=("mlp_small", "gnb")),
    DataSpec("v29_bc_worstratio", "bundled", "derived:breast_cancer:worstratio", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v29_wine_cubez_flip5", "noisy", "derived:wine:cubez+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v29_iris_petalratios", "bundled", "derived:iris:petalratios", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 22's fourth report of R, after the v29 look at 18:10 UTC and the plan at 18:47 UTC;
    # the design unchanged): 16 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses, each with the MLP and one other learner.
    DataSpec("v30_perm_parity3", "hard", "perm_parity", (("counted", 3), ("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v30_hyperbolic_bands3", "hard", "hyperbolic_bands", (("bands", 6), ("classes", 3), ("flip", 0.03),
                                                                   ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v30_nearest_circle3", "medium", "nearest_circle", (("classes", 3), ("flip", 0.02), ("n_features", 4)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v30_walk_crossing", "medium", "walk_crossing", (("flip", 0.02), ("level", 2.0), ("n_features", 8)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v30_lead_gap", "imbalanced", "lead_gap", (("flip", 0.02), ("gap", 0.25), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v30_simplex_peak4", "imbalanced", "simplex_peak", (("flip", 0.02), ("n_features", 6), ("parts", 4),
                                                                 ("threshold", 0.6)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v30_asymmetric_flips", "noisy", "asymmetric_flips", (("n_features", 5), ("rate0", 0.05),
                                                                   ("rate1", 0.3)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v30_yin_yang", "shapes", "yin_yang", (("dot", 0.15), ("flip", 0.02), ("n_features", 3)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v30_pentagram", "shapes", "pentagram", (("flip", 0.02), ("n_features", 3), ("radius", 1.0)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v30_bernoulli_classes3", "easy", "bernoulli_classes", (("classes", 3), ("n_features", 24)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v30_digits_hog4", "bundled", "derived:digits:hog4", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v30_digits_autocorr", "bundled", "derived:digits:autocorr", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v30_digits_0236", "bundled", "derived:digits:classes0236", test=200,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v30_bc_roundness", "bundled", "derived:breast_cancer:roundness", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn")),
    DataSpec("v30_wine_sinz_flip6", "noisy", "derived:wine:sinz+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v30_iris_hypots", "bundled", "derived:iris:hypots", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 23's report, after the v30 look at 19:21 UTC and the plan at 19:51 UTC, its addendum
    # (X2 in X's place) at 19:53 UTC): 16 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v31_closest_pair", "hard", "closest_pair", (("flip", 0.03), ("n_features", 7)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v31_coprime", "hard", "coprime", (("flip", 0.02), ("top", 12)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v31_tone_frequency3", "medium", "tone_frequency", (("classes", 3), ("n_features", 12), ("noise", 0.8)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v31_carries5", "medium", "carries", (("bits", 5), ("flip", 0.02)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v31_two_circles", "imbalanced", "two_circles", (("flip", 0.02), ("max_radius", 0.7),
                                                               ("min_radius", 0.05)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v31_root_count", "imbalanced", "root_count", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v31_same_moments", "noisy", "same_moments", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v31_mandelbrot", "shapes", "mandelbrot", (("flip", 0.03), ("iterations", 10), ("n_features", 3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v31_voronoi_edges", "shapes", "voronoi_edges", (("flip", 0.02), ("n_features", 3), ("sites", 6),
                                                               ("width", 0.1)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v31_tilted_draws4", "easy", "tilted_draws", (("classes", 4), ("n_features", 12), ("tilt", 0.6)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v31_digits_topology", "bundled", "derived:digits:topology", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v31_digits_inkneighbours", "bundled", "derived:digits:inkneighbours", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v31_digits_13579", "bundled", "derived:digits:classes13579", test=300,
             learners=("mlp_small", "gnb")),
    DataSpec("v31_bc_mask30", "noisy", "derived:breast_cancer:mask30", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v31_wine_zca_flip8", "noisy", "derived:wine:zca+flip8", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v31_iris_partgap", "bundled", "derived:iris:partgap", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 24's report of X2, after the v31 look at 21:08 UTC and the plan at 22:08 UTC,
    # benchmarks/plans/round24.md): 16 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v32_least_factor4", "imbalanced", "least_factor", (("bits", 8), ("flip", 0.02)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v32_chirp3", "medium", "chirp", (("classes", 3), ("n_features", 16), ("noise", 0.6), ("sweep", 2.0)),
             2000, learners=("mlp_small", "svc_rbf")),
    DataSpec("v32_change_point5", "hard", "change_point", (("classes", 5), ("jump", 1.5), ("n_features", 21),
                                                            ("noise", 1.0)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v32_sierpinski", "shapes", "sierpinski", (("flip", 0.02), ("levels", 2), ("n_features", 3)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v32_convex_position", "hard", "convex_position", (("flip", 0.03), ("n_features", 8)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v32_paired_blobs6", "easy", "paired_blobs", (("classes", 6), ("gap", 3.0), ("n_features", 5),
                                                           ("spread", 4.0)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v32_cyclic_confusion4", "noisy", "cyclic_confusion", (("classes", 4), ("n_features", 4), ("rate", 0.25)),
             2000, learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v32_line_of_sight", "medium", "line_of_sight", (("flip", 0.02), ("n_features", 5), ("radius", 0.4)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v32_triangle_kind3", "imbalanced", "triangle_kind", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v32_lissajous", "shapes", "lissajous", (("a", 3), ("b", 2), ("flip", 0.02), ("n_features", 3),
                                                      ("width", 0.06)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v32_digits_jitter1", "bundled", "derived:digits:jitter1", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v32_digits_mod3", "bundled", "derived:digits:mod3", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v32_digits_3457", "bundled", "derived:digits:classes3457", test=200,
             learners=("mlp_small", "gnb")),
    DataSpec("v32_bc_thin25", "imbalanced", "derived:breast_cancer:thin25", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v32_wine_polarz_flip6", "noisy", "derived:wine:polarz+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v32_iris_wholecm", "bundled", "derived:iris:wholecm", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    # Added on 2026-11-24 (round 25's report of M, after the v32 look at 22:37 UTC and the plan at 23:18 UTC,
    # benchmarks/plans/round25.md): 16 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v33_koch_snowflake", "shapes", "koch_snowflake", (("flip", 0.02), ("levels", 2), ("n_features", 3),
                                                                ("radius", 0.8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v33_ar_process3", "medium", "ar_process", (("classes", 3), ("n_features", 20), ("phi", 0.5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v33_duty_cycle4", "easy", "duty_cycle", (("classes", 4), ("n_features", 24), ("noise", 0.8)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v33_longest_increasing4", "hard", "longest_increasing", (("classes", 4), ("flip", 0.02), ("low", 3),
                                                                       ("n_features", 10)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v33_det_sign", "hard", "det_sign", (("flip", 0.02), ("n_features", 10)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v33_winding3", "imbalanced", "winding", (("corners", 5), ("flip", 0.02), ("n_features", 10)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v33_dominance3", "imbalanced", "dominance", (("dims", 3), ("flip", 0.02), ("n_features", 7)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v33_dirichlet_concentration3", "noisy", "dirichlet_concentration", (("classes", 3), ("high", 4.0),
                                                                                   ("low", 0.5), ("n_features", 6)),
             2000, learners=("mlp_small", "gnb")),
    DataSpec("v33_repeated_points", "noisy", "repeated_points", (("distinct", 250), ("flip", 0.1), ("n_features", 5)),
             2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v33_polygon_sides6", "medium", "polygon_sides", (("classes", 6), ("n_features", 16), ("noise", 0.03)),
             2000, learners=("mlp_small", "svc_rbf")),
    DataSpec("v33_digits_turns", "bundled", "derived:digits:turns", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v33_digits_primes", "bundled", "derived:digits:primes", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v33_digits_389", "bundled", "derived:digits:classes389", test=200,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v33_bc_spikes5", "noisy", "derived:breast_cancer:spikes5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v33_wine_roundz_flip7", "noisy", "derived:wine:roundz+flip7", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v33_iris_partsums", "bundled", "derived:iris:partsums", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 26's report of the shipped design, after the v33 look at 2026-11-24 23:39 UTC and
    # the plan at 00:11 UTC, benchmarks/plans/round26.md): 24 sets in split.REPORT_ONLY and split.FRESH whose
    # generators and derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v34_records4", "hard", "records", (("classes", 4), ("counted", 10), ("flip", 0.03), ("n_features", 12)),
             2000, learners=("mlp_small", "rf50")),
    DataSpec("v34_incircle", "hard", "incircle", (("flip", 0.02), ("n_features", 8)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v34_segments_cross", "shapes", "segments_cross", (("flip", 0.02), ("n_features", 8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v34_damping3", "medium", "damping", (("classes", 3), ("n_features", 24), ("noise", 0.2), ("rate", 3.0)),
             2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v34_echo_lag6", "noisy", "echo_lag", (("classes", 6), ("gain", 0.8), ("n_features", 30), ("noise", 0.5)),
             2000, learners=("mlp_small", "gnb")),
    DataSpec("v34_modulation3", "noisy", "modulation", (("beta", 2.0), ("depth", 0.6), ("n_features", 32),
                                                        ("noise", 0.5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v34_distinct_count4", "imbalanced", "distinct_count", (("classes", 4), ("counted", 6), ("flip", 0.02),
                                                                     ("low", 3), ("n_features", 8), ("values", 8)),
             2000, learners=("mlp_small", "rf50")),
    DataSpec("v34_subset_sum", "hard", "subset_sum", (("counted", 4), ("flip", 0.02), ("top", 30)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v34_queen_attack", "shapes", "queen_attack", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v34_condorcet4", "imbalanced", "condorcet", (("voters", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v34_graph_components3", "hard", "graph_components", (("classes", 3), ("nodes", 6), ("p", 0.3)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v34_palindrome", "easy", "palindrome", (("flip", 0.02), ("n_features", 10), ("noise", 0.1),
                                                      ("share", 0.3)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v34_repeat_period7", "easy", "repeat_period", (("classes", 7), ("n_features", 32), ("noise", 0.5)),
             2000, learners=("mlp_small", "knn")),
    DataSpec("v34_matrix_rank4", "medium", "matrix_rank", (("noise", 0.05), ("size", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v34_nim_sum", "imbalanced", "nim_sum", (("flip", 0.02), ("heaps", 3), ("n_features", 4), ("top", 7)),
             2000, learners=("mlp_small", "svc_rbf")),
    DataSpec("v34_digits_dilate", "bundled", "derived:digits:dilate", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v34_digits_rowsort", "bundled", "derived:digits:rowsort", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v34_digits_occlude3", "bundled", "derived:digits:occlude3", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v34_bc_oneway15", "noisy", "derived:breast_cancer:oneway15", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v34_bc_swaps10", "noisy", "derived:breast_cancer:swaps10", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v34_wine_junk13_flip5", "noisy", "derived:wine:junk13+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v34_wine_blend30_flip4", "noisy", "derived:wine:blend30+flip4", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50"), initial=6, n_rounds=30),
    DataSpec("v34_iris_swapparts", "bundled", "derived:iris:swapparts", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v34_iris_onehot3", "bundled", "derived:iris:onehot3", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 27's report of the shipped design, after the v34 look at 2026-11-25 00:33 UTC and
    # the plan at 01:19 UTC, benchmarks/plans/round27.md): 24 sets in split.REPORT_ONLY and split.FRESH whose
    # generators and derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v35_knight_moves4", "hard", "knight_moves", (("classes", 4), ("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v35_tictactoe4", "imbalanced", "tictactoe", (("empty", 0.3),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v35_poker_hand4", "imbalanced", "poker_hand", (), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v35_life_rule", "medium", "life_rule", (("density", 0.4), ("flip", 0.02), ("n_features", 12)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v35_edf_feasible", "medium", "edf_feasible", (("flip", 0.02), ("horizon", 4.0), ("jobs", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v35_inertia4", "medium", "inertia", (("coupling", 0.5), ("flip", 0.02), ("size", 3)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v35_orbit_kind3", "shapes", "orbit_kind", (("far", 3.0), ("speed", 0.3)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v35_projectile", "shapes", "projectile", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v35_waveform5", "noisy", "waveform", (("n_features", 32), ("noise", 0.4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v35_bipartite", "hard", "bipartite", (("flip", 0.02), ("nodes", 6), ("p", 0.3)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v35_mendel_cross4", "noisy", "mendel_cross", (("n_features", 8),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v35_blackjack3", "easy", "blackjack", (("counted", 3), ("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v35_clock_hands6", "hard", "clock_hands", (("classes", 6), ("n_features", 3)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v35_interval_depth4", "medium", "interval_depth", (("classes", 4), ("flip", 0.02), ("intervals", 8),
                                                                 ("length", 0.3), ("low", 2)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v35_queue_wait", "imbalanced", "queue_wait", (("customers", 6), ("flip", 0.02), ("gap", 1.2),
                                                            ("level", 0.8)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v35_digits_shear2", "bundled", "derived:digits:shear2", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v35_digits_inkdistance", "bundled", "derived:digits:inkdistance", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v35_digits_salt10", "bundled", "derived:digits:salt10", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v35_bc_mnar10", "noisy", "derived:breast_cancer:mnar10", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v35_bc_edgeflip20", "noisy", "derived:breast_cancer:edgeflip20", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v35_wine_twolabs_flip5", "noisy", "derived:wine:twolabs+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v35_wine_permute4_flip6", "noisy", "derived:wine:permute4+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v35_iris_zoom", "bundled", "derived:iris:zoom", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v35_iris_pairflip20", "noisy", "derived:iris:pairflip20", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 28's report of the shipped design, after the v35 look at 2026-11-25 02:18 UTC and
    # the plan at 03:11 UTC, benchmarks/plans/round28.md): 24 sets in split.REPORT_ONLY and split.FRESH whose
    # generators and derivations no other set uses, each with the MLP and one other learner.
    DataSpec("v36_stack_sortable", "hard", "stack_sortable", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v36_titration3", "imbalanced", "titration", (("acid", 2.0), ("base", 12.0), ("flip", 0.02),
                                                         ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v36_bounce_count5", "medium", "bounce_count", (("classes", 5), ("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v36_thin_lens4", "shapes", "thin_lens", (("diverging", 0.25), ("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v36_total_reflection", "easy", "total_reflection", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v36_elastic_collision3", "medium", "elastic_collision", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v36_percolation", "hard", "percolation", (("flip", 0.02), ("p", 0.6), ("side", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v36_circuit_current3", "easy", "circuit_current", (("flip", 0.02), ("high", 0.4), ("low", 0.15),
                                                                 ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v36_electoral_split4", "imbalanced", "electoral_split", (("districts", 5), ("spread", 0.2)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v36_block_stack4", "hard", "block_stack", (("blocks", 5), ("classes", 4), ("flip", 0.02),
                                                         ("n_features", 5), ("shift", 0.6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v36_ice_water3", "medium", "ice_water", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v36_epidemic_size3", "shapes", "epidemic_size", (("high", 0.4), ("low", 0.05), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v36_loan_payoff4", "medium", "loan_payoff", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v36_gamblers_ruin", "noisy", "gamblers_ruin", (("n_features", 3), ("steps", 400), ("target", 10)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v36_colour_names8", "shapes", "colour_names", (("dark", 0.4), ("grey", 0.15), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v36_digits_erode", "bundled", "derived:digits:erode", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v36_digits_gamma3", "bundled", "derived:digits:gamma3", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v36_digits_integral", "bundled", "derived:digits:integral", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v36_bc_floor25", "noisy", "derived:breast_cancer:floor25", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v36_bc_cauchy5", "noisy", "derived:breast_cancer:cauchy5", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v36_wine_expz_flip6", "noisy", "derived:wine:expz+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v36_wine_roll2_flip5", "noisy", "derived:wine:roll2+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v36_iris_onemissing", "noisy", "derived:iris:onemissing", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v36_iris_prodsum", "bundled", "derived:iris:prodsum", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 29's report, after the v36 look at 2026-11-25 03:41 UTC and the plan at 04:27 UTC,
    # benchmarks/plans/round29.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v37_balance_scale3", "medium", "balance_scale", (("flip", 0.02), ("tolerance", 2.0)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v37_yellow_light4", "shapes", "yellow_light", (("flip", 0.02), ("n_features", 5), ("reaction", 1.5)),
             2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v37_bowling_score3", "medium", "bowling_score", (("frames", 3), ("high", 31), ("low", 24)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v37_buoyancy3", "easy", "buoyancy", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v37_coffee_cooling3", "easy", "coffee_cooling", (("cold", 40.0), ("flip", 0.02), ("hot", 60.0),
                                                               ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v37_ladder_slip", "medium", "ladder_slip", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v37_incline_pulley3", "medium", "incline_pulley", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v37_tank_fill3", "shapes", "tank_fill", (("flip", 0.02), ("n_features", 4), ("time", 1.5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v37_lift_trips", "hard", "lift_trips", (("capacity", 180.0), ("flip", 0.02), ("people", 6),
                                                      ("trips", 3)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v37_dart_score3", "hard", "dart_score", (("high", 15), ("low", 5), ("n_features", 3),
                                                       ("spread", 80.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v37_thermostat", "medium", "thermostat", (("flip", 0.02), ("high", 22.0), ("low", 18.0),
                                                        ("readings", 8)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v37_river_crossing3", "imbalanced", "river_crossing", (("dock", 10.0), ("flip", 0.02),
                                                                     ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v37_snakes_ladders3", "hard", "snakes_ladders", (("high", 20), ("low", 12), ("rolls", 4),
                                                               ("squares", 30)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v37_daylight", "shapes", "daylight", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v37_sandpile3", "hard", "sandpile", (("high", 5), ("low", 2), ("side", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v37_digits_blur3", "bundled", "derived:digits:blur3", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v37_digits_shotnoise", "noisy", "derived:digits:shotnoise", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v37_digits_fftabs", "bundled", "derived:digits:fftabs", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v37_bc_sigfig1", "noisy", "derived:breast_cancer:sigfig1", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v37_bc_bootstrap", "bundled", "derived:breast_cancer:bootstrap", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v37_wine_knnmean3_flip5", "noisy", "derived:wine:knnmean3+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v37_wine_shrink1_flip7", "noisy", "derived:wine:shrink1+flip7", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v37_iris_pairdiffs", "bundled", "derived:iris:pairdiffs", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v37_iris_classshuffle", "bundled", "derived:iris:classshuffle", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 31's report, after the v37 look at 2026-11-25 05:28 UTC and the plan at 06:15 UTC,
    # benchmarks/plans/round31.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v38_body_mass4", "medium", "body_mass", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v38_wind_chill3", "shapes", "wind_chill", (("cold", -10.0), ("flip", 0.02), ("frostbite", -28.0),
                                                         ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v38_domino_run3", "hard", "domino_run", (("dominoes", 6), ("high", 6), ("low", 3)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v38_noise_level", "easy", "noise_level", (("flip", 0.02), ("limit", 58.0), ("sources", 3)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v38_harbour_tide", "shapes", "harbour_tide", (("depth", 2.5), ("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v38_change_coins3", "hard", "change_coins", (("high", 8), ("low", 6)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v38_heart_zone4", "medium", "heart_zone", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v38_bike_gear3", "easy", "bike_gear", (("fast", 21.0), ("flip", 0.02), ("n_features", 5),
                                                     ("slow", 15.0)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v38_pendulum_clock3", "medium", "pendulum_clock", (("flip", 0.02), ("n_features", 4),
                                                                 ("tolerance", 10.0)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v38_exposure3", "hard", "exposure", (("n_features", 5), ("stops", 2.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v38_green_wave3", "hard", "green_wave", (("cycle", 60.0), ("green", 30.0), ("high", 3), ("lights", 4),
                                                       ("low", 2), ("spacing", 200.0)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v38_parcel_size4", "imbalanced", "parcel_size", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v38_tennis_game3", "hard", "tennis_game", (("points", 7), ("serve", 0.55)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v38_dew_frost3", "shapes", "dew_frost", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v38_shelf_sag3", "medium", "shelf_sag", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v38_digits_haar", "bundled", "derived:digits:haar", test=500,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v38_digits_dither", "noisy", "derived:digits:dither", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v38_digits_singular", "bundled", "derived:digits:singular", test=500,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v38_bc_covnoise30", "noisy", "derived:breast_cancer:covnoise30", test=0, budget_frac=1.0,
             learners=("mlp_small", "rf50")),
    DataSpec("v38_bc_weakest10", "bundled", "derived:breast_cancer:weakest10", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v38_wine_topk4_flip6", "noisy", "derived:wine:topk4+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v38_wine_baseline1_flip5", "noisy", "derived:wine:baseline1+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v38_iris_kmeans3", "bundled", "derived:iris:kmeans3", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v38_iris_residuals", "bundled", "derived:iris:residuals", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 32's report, after the v38 look at 2026-11-25 06:44 UTC and the plan at 07:34 UTC,
    # benchmarks/plans/round32.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v39_sunburn3", "medium", "sunburn", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v39_egg_boil3", "shapes", "egg_boil", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v39_point_of_sail5", "shapes", "point_of_sail", (("n_features", 4),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v39_rain_run3", "hard", "rain_run", (("n_features", 6),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v39_lake_ice4", "imbalanced", "lake_ice", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v39_sleep_cycles4", "hard", "sleep_cycles", (("high", 6), ("low", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v39_thunder_storm", "easy", "thunder_storm", (("flip", 0.02), ("speed", 10.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v39_scuba_dive3", "medium", "scuba_dive", (("flip", 0.02), ("n_features", 5), ("reserve", 50.0)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v39_stair_step3", "medium", "stair_step", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v39_arch_bridge", "shapes", "arch_bridge", (("clearance", 0.1), ("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v39_golf_putt3", "imbalanced", "golf_putt", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v39_reading_glasses4", "medium", "reading_glasses", (("flip", 0.02), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v39_ski_grade4", "imbalanced", "ski_grade", (("segments", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v39_clothing_size6", "medium", "clothing_size", (("flip", 0.02),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v39_beaufort8", "hard", "beaufort", (("n_features", 4),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v39_digits_median3", "bundled", "derived:digits:median3", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v39_digits_tilt15", "noisy", "derived:digits:tilt15", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v39_digits_lbp", "bundled", "derived:digits:lbp", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v39_bc_yeojohnson", "bundled", "derived:breast_cancer:yeojohnson", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v39_bc_decorr90", "bundled", "derived:breast_cancer:decorr90", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v39_wine_cummax_flip6", "noisy", "derived:wine:cummax+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v39_wine_wrap3_flip4", "noisy", "derived:wine:wrap3+flip4", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v39_iris_reflect", "bundled", "derived:iris:reflect", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v39_iris_dpnoise30", "noisy", "derived:iris:dpnoise30", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 33's report, after the v39 look at 2026-11-25 09:29 UTC and the plan at 10:52 UTC,
    # benchmarks/plans/round33.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v40_bread_rise3", "medium", "bread_rise", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v40_paint_tins6", "imbalanced", "paint_tins", (("n_features", 7), ("tin", 2.5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v40_shower_mix4", "easy", "shower_mix", (("flip", 0.02), ("scald", 46.0)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v40_laundry_dry3", "hard", "laundry_dry", (("n_features", 6),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v40_tea_steep3", "medium", "tea_steep", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v40_parallel_park3", "shapes", "parallel_park", (("n_features", 5), ("shuffle", 0.5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v40_pipe_corner3", "shapes", "pipe_corner", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v40_fuel_range3", "medium", "fuel_range", (("flip", 0.02), ("n_features", 6), ("spare", 50.0)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v40_wifi_bars5", "hard", "wifi_bars", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v40_marathon_finish4", "imbalanced", "marathon_finish", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v40_tyre_pressure4", "medium", "tyre_pressure", (("flip", 0.02), ("n_features", 5), ("target", 2.3)),
             2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v40_picture_wire", "shapes", "picture_wire", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v40_phone_battery4", "medium", "phone_battery", (), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v40_hill_walk3", "imbalanced", "hill_walk", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v40_quake_felt8", "hard", "quake_felt", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v40_digits_recentre", "bundled", "derived:digits:recentre", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v40_digits_mirror", "noisy", "derived:digits:mirror", test=500,
             learners=("mlp_small", "gnb")),
    DataSpec("v40_digits_fillholes4", "bundled", "derived:digits:fillholes4", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v40_bc_ci95", "bundled", "derived:breast_cancer:ci95", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v40_bc_nopc2", "bundled", "derived:breast_cancer:nopc2", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v40_wine_rff16_flip5", "noisy", "derived:wine:rff16+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v40_wine_hinges_flip7", "noisy", "derived:wine:hinges+flip7", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v40_iris_spin", "noisy", "derived:iris:spin", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v40_iris_kpca2", "bundled", "derived:iris:kpca2", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 34's report, after the v40 look at 2026-11-25 11:45 UTC and the plan at 12:35 UTC,
    # benchmarks/plans/round34.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v41_kettle_boil4", "medium", "kettle_boil", (("efficiency", 0.85), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v41_roof_snow3", "medium", "roof_snow", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v41_candle_burn3", "easy", "candle_burn", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v41_pot_plant4", "hard", "pot_plant", (("n_features", 6),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v41_balloon_lift3", "shapes", "balloon_lift", (("flip", 0.02), ("n_features", 5), ("spare", 30.0)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v41_sledge_run4", "medium", "sledge_run", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v41_picnic_food3", "noisy", "picnic_food", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v41_kite_fly", "shapes", "kite_fly", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v41_toast_brown4", "medium", "toast_brown", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v41_fire_exit3", "imbalanced", "fire_exit", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v41_bath_overflow3", "medium", "bath_overflow", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v41_solar_roof3", "easy", "solar_roof", (("n_features", 6),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v41_wind_turbine4", "hard", "wind_turbine", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v41_cool_box3", "medium", "cool_box", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v41_guitar_string5", "hard", "guitar_string", (("n_features", 4), ("target", 220.0)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v41_digits_sobel", "bundled", "derived:digits:sobel", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v41_digits_negative", "noisy", "derived:digits:negative", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v41_digits_resize25", "noisy", "derived:digits:resize25", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v41_bc_hash8", "bundled", "derived:breast_cancer:hash8", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v41_bc_swapnoise20", "noisy", "derived:breast_cancer:swapnoise20", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v41_wine_simhash16_flip5", "noisy", "derived:wine:simhash16+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v41_wine_gaussbins3_flip6", "noisy", "derived:wine:gaussbins3+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v41_iris_hypersph", "bundled", "derived:iris:hypersph", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v41_iris_typos10", "noisy", "derived:iris:typos10", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 35's report, after the v41 look at 2026-11-25 14:40 UTC and the plan at 15:43 UTC,
    # benchmarks/plans/round35.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v42_bike_brake3", "medium", "bike_brake", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v42_ice_cream_melt3", "medium", "ice_cream_melt", (("n_features", 4),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v42_rain_barrel3", "easy", "rain_barrel", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v42_garden_hose4", "hard", "garden_hose", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v42_sound_hear3", "noisy", "sound_hear", (("flip", 0.03), ("n_features", 4)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v42_shadow_length4", "medium", "shadow_length", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v42_torch_battery3", "imbalanced", "torch_battery", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v42_egg_drop", "shapes", "egg_drop", (("flip", 0.02), ("n_features", 6)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v42_bucket_leak4", "medium", "bucket_leak", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v42_cookie_bake3", "medium", "cookie_bake", (("n_features", 6),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v42_water_freeze3", "medium", "water_freeze", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v42_umbrella_wind3", "shapes", "umbrella_wind", (("n_features", 5),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v42_ladder_reach3", "easy", "ladder_reach", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v42_snowball_roll4", "hard", "snowball_roll", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v42_paper_fold5", "imbalanced", "paper_fold", (("n_features", 4),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v42_digits_transpose", "noisy", "derived:digits:transpose", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v42_digits_posterize4", "bundled", "derived:digits:posterize4", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v42_digits_outline", "bundled", "derived:digits:outline", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v42_bc_rowl1", "bundled", "derived:breast_cancer:rowl1", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v42_bc_winsor5", "bundled", "derived:breast_cancer:winsor5", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v42_wine_rankgauss_flip5", "noisy", "derived:wine:rankgauss+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v42_wine_asinh_flip6", "noisy", "derived:wine:asinh+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v42_iris_ellipse", "bundled", "derived:iris:ellipse", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb"), initial=6, n_rounds=30),
    DataSpec("v42_iris_quarterinch", "bundled", "derived:iris:quarterinch", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 36's report, after the v42 look at 2026-11-25 16:25 UTC and the plan at 16:37 UTC,
    # benchmarks/plans/round36.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v43_bus_catch3", "medium", "bus_catch", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v43_pasta_cook3", "medium", "pasta_cook", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v43_rubber_band3", "easy", "rubber_band", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v43_milk_sour3", "medium", "milk_sour", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v43_marble_ramp4", "hard", "marble_ramp", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v43_jar_lid", "noisy", "jar_lid", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v43_pizza_share3", "imbalanced", "pizza_share", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v43_sand_castle3", "shapes", "sand_castle", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v43_popcorn_pop4", "hard", "popcorn_pop", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v43_campfire_light3", "medium", "campfire_light", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v43_parachute_land3", "easy", "parachute_land", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v43_mirror_view3", "shapes", "mirror_view", (("n_features", 6),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v43_tug_of_war3", "noisy", "tug_of_war", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v43_lemonade_mix4", "medium", "lemonade_mix", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v43_bike_pump4", "imbalanced", "bike_pump", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v43_digits_hadamard", "bundled", "derived:digits:hadamard", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v43_digits_inkruns", "bundled", "derived:digits:inkruns", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v43_digits_loops", "bundled", "derived:digits:loops", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v43_bc_trim3", "bundled", "derived:breast_cancer:trim3", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v43_bc_stage", "bundled", "derived:breast_cancer:stage", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v43_wine_rowminmax_flip5", "noisy", "derived:wine:rowminmax+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v43_wine_dilute_flip6", "noisy", "derived:wine:dilute+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v43_iris_rowstats", "bundled", "derived:iris:rowstats", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v43_iris_decoys", "bundled", "derived:iris:decoys", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 37's report, after the v43 look at 2026-11-25 17:09 UTC and the plan at 17:51 UTC,
    # benchmarks/plans/round37.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v44_taxi_fare3", "medium", "taxi_fare", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v44_jam_set3", "medium", "jam_set", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v44_fridge_magnet3", "easy", "fridge_magnet", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v44_pool_chlorine3", "medium", "pool_chlorine", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v44_tree_fell4", "hard", "tree_fell", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v44_fuse_trip", "noisy", "fuse_trip", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v44_gutter_flow3", "imbalanced", "gutter_flow", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v44_stick_box3", "shapes", "stick_box", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v44_drone_flight4", "hard", "drone_flight", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v44_compost_heat3", "medium", "compost_heat", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v44_altitude_ill3", "easy", "altitude_ill", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v44_sprinkler_arc3", "shapes", "sprinkler_arc", (("n_features", 6),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v44_hay_fever3", "noisy", "hay_fever", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v44_sprint_time4", "medium", "sprint_time", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v44_street_flood4", "imbalanced", "street_flood", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v44_digits_adjprod", "bundled", "derived:digits:adjprod", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v44_digits_inkcentres", "bundled", "derived:digits:inkcentres", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v44_digits_letters", "bundled", "derived:digits:letters", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v44_bc_zhist6", "bundled", "derived:breast_cancer:zhist6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v44_bc_benigntexture", "bundled", "derived:breast_cancer:benigntexture", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v44_wine_phenolics_flip5", "noisy", "derived:wine:phenolics+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v44_wine_pairmax_flip6", "noisy", "derived:wine:pairmax+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v44_iris_widths", "bundled", "derived:iris:widths", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v44_iris_poly2", "bundled", "derived:iris:poly2", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 38's report, after the v44 look at 2026-11-25 18:35 UTC and the plan at 18:50 UTC,
    # benchmarks/plans/round38.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v45_noise_dose3", "medium", "noise_dose", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v45_espresso_shot3", "medium", "espresso_shot", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v45_desk_lamp3", "easy", "desk_lamp", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v45_caffeine_left3", "medium", "caffeine_left", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v45_crane_load4", "hard", "crane_load", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v45_freezer_cut", "noisy", "freezer_cut", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v45_snow_shoe3", "imbalanced", "snow_shoe", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v45_ring_toss3", "shapes", "ring_toss", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v45_chimney_draw4", "hard", "chimney_draw", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v45_heat_stress3", "medium", "heat_stress", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v45_wet_road3", "easy", "wet_road", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v45_rug_fit3", "shapes", "rug_fit", (("n_features", 6),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v45_seed_sprout3", "noisy", "seed_sprout", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v45_zip_line4", "medium", "zip_line", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v45_cliff_dive4", "imbalanced", "cliff_dive", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v45_digits_adjmin", "bundled", "derived:digits:adjmin", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v45_digits_inkspreads", "bundled", "derived:digits:inkspreads", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v45_digits_sevenseg", "bundled", "derived:digits:sevenseg", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v45_bc_concavity6", "bundled", "derived:breast_cancer:concavity6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v45_bc_borderline", "bundled", "derived:breast_cancer:borderline", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v45_wine_head5_flip5", "noisy", "derived:wine:head5+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v45_wine_noproline_flip6", "noisy", "derived:wine:noproline+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v45_iris_lengths", "bundled", "derived:iris:lengths", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v45_iris_interact3", "bundled", "derived:iris:interact3", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 39's report, after the v45 look at 2026-11-25 19:34 UTC and the plan at 20:01 UTC,
    # benchmarks/plans/round39.md): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one other learner.
    DataSpec("v46_microwave_heat3", "medium", "microwave_heat", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v46_star_gaze3", "medium", "star_gaze", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v46_seesaw_tilt3", "easy", "seesaw_tilt", (("n_features", 4),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v46_paint_dry3", "medium", "paint_dry", (("n_features", 5),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v46_hammock_hang4", "hard", "hammock_hang", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v46_canoe_tip", "noisy", "canoe_tip", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v46_ford_wade3", "imbalanced", "ford_wade", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v46_key_hole3", "shapes", "key_hole", (("n_features", 4),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v46_bike_climb4", "hard", "bike_climb", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn")),
    DataSpec("v46_ev_charge3", "medium", "ev_charge", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v46_low_bridge3", "easy", "low_bridge", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v46_beach_shade3", "shapes", "beach_shade", (("n_features", 6),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v46_fruit_ripen3", "noisy", "fruit_ripen", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v46_air_con4", "medium", "air_con", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v46_hail_dent4", "imbalanced", "hail_dent", (("n_features", 4),), 2000,
             learners=("mlp_small", "gnb")),
    DataSpec("v46_digits_rank2", "bundled", "derived:digits:rank2", test=500,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v46_digits_blockstd", "bundled", "derived:digits:blockstd", test=500,
             learners=("mlp_small", "knn")),
    DataSpec("v46_digits_popcount", "bundled", "derived:digits:popcount", test=500,
             learners=("mlp_small", "rf50")),
    DataSpec("v46_bc_size9", "bundled", "derived:breast_cancer:size9", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v46_bc_atypical", "bundled", "derived:breast_cancer:atypical", test=0, budget_frac=1.0,
             learners=("mlp_small", "gnb")),
    DataSpec("v46_wine_colourhue_flip5", "noisy", "derived:wine:colourhue+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v46_wine_tripleprod_flip6", "noisy", "derived:wine:tripleprod+flip6", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v46_iris_perimeters", "bundled", "derived:iris:perimeters", test=0, budget_frac=1.0,
             learners=("mlp_small", "knn"), initial=6, n_rounds=30),
    DataSpec("v46_iris_rowcentre", "bundled", "derived:iris:rowcentre", test=0, budget_frac=1.0,
             learners=("mlp_small", "logreg_c0.1"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 40's report, after the v46 look at 2026-11-25 20:54 UTC and the plan at 21:15 UTC,
    # benchmarks/plans/round40.md): 12 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no
    # other set uses, each with the MLP and one learner configuration no earlier set holds (each on 2 sets).
    DataSpec("v47_aquarium_stock3", "medium", "aquarium_stock", (("n_features", 5),), 2000,
             learners=("mlp_small", "extratrees100")),
    DataSpec("v47_cheese_age3", "noisy", "cheese_age", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("mlp_small", "bnb")),
    DataSpec("v47_water_carry3", "imbalanced", "water_carry", (("n_features", 4),), 2000,
             learners=("mlp_small", "svc_poly")),
    DataSpec("v47_coaster_loop", "noisy", "coaster_loop", (("flip", 0.03), ("n_features", 6)), 2000,
             learners=("mlp_small", "lda")),
    DataSpec("v47_printer_ink4", "medium", "printer_ink", (("n_features", 5),), 2000,
             learners=("mlp_small", "knn15")),
    DataSpec("v47_speed_camera5", "easy", "speed_camera", (("n_features", 4),), 2000,
             learners=("mlp_small", "extratrees100")),
    DataSpec("v47_camera_shake4", "hard", "camera_shake", (("n_features", 5),), 2000,
             learners=("mlp_small", "svc_poly")),
    DataSpec("v47_lawn_mow3", "medium", "lawn_mow", (("flip", 0.02), ("n_features", 5)), 2000,
             learners=("mlp_small", "sgd_log")),
    DataSpec("v47_digits_rowcolmax", "bundled", "derived:digits:rowcolmax", test=500,
             learners=("mlp_small", "knn15")),
    DataSpec("v47_bc_texture3", "bundled", "derived:breast_cancer:texture3", test=0, budget_frac=1.0,
             learners=("mlp_small", "lda")),
    DataSpec("v47_wine_highproline_flip5", "noisy", "derived:wine:highproline+flip5", test=0, budget_frac=1.0,
             learners=("mlp_small", "sgd_log"), initial=6, n_rounds=30),
    DataSpec("v47_iris_sepal2petal3", "bundled", "derived:iris:sepal2petal3", test=0, budget_frac=1.0,
             learners=("mlp_small", "bnb"), initial=6, n_rounds=30),
    # Added on 2026-11-25 (round 41's selection part, after the plan at 22:24 UTC, benchmarks/plans/round41.md; no
    # result of the round yet): 24 sets in split.SELECTION_ONLY whose generators and derivations no other set uses,
    # each with two of 12 learner configurations no earlier set holds, of two families (each on 4 sets; k-NN with
    # k = 30 from 30 labels).
    DataSpec("v48_tea_brew3", "medium", "tea_brew", (("n_features", 5),), 2000, learners=("knn3", "hgb")),
    DataSpec("v48_tyre_grip3", "noisy", "tyre_grip", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("knn30", "dtree8"), initial=30),
    DataSpec("v48_dough_proof4", "medium", "dough_proof", (("n_features", 5),), 2000, learners=("hgb", "svc_linear")),
    DataSpec("v48_kite_lift", "easy", "kite_lift", (("n_features", 4),), 2000, learners=("dtree8", "svc_rbf_c10")),
    DataSpec("v48_digits_ringmeans", "bundled", "derived:digits:ringmeans", test=500,
             learners=("svc_linear", "cnb")),
    DataSpec("v48_digits_rowcolstd", "bundled", "derived:digits:rowcolstd", test=500,
             learners=("svc_rbf_c10", "gnb_vs")),
    DataSpec("v48_snow_melt3", "imbalanced", "snow_melt", (("n_features", 5),), 2000, learners=("cnb", "logreg_c1")),
    DataSpec("v48_bc_smooth3", "bundled", "derived:breast_cancer:smooth3", test=0, budget_frac=1.0,
             learners=("gnb_vs", "logreg_l1")),
    DataSpec("v48_battery_drain4", "hard", "battery_drain", (("n_features", 8),), 2000,
             learners=("logreg_c1", "mlp_wide")),
    DataSpec("v48_bc_symfrac6", "bundled", "derived:breast_cancer:symfrac6", test=0, budget_frac=1.0,
             learners=("logreg_l1", "mlp_deep")),
    DataSpec("v48_ladder_foot", "noisy", "ladder_foot", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("mlp_wide", "knn3")),
    DataSpec("v48_pizza_bake3", "medium", "pizza_bake", (("n_features", 5),), 2000, learners=("mlp_deep", "knn30"),
             initial=30),
    DataSpec("v48_water_butt3", "imbalanced", "water_butt", (("n_features", 4),), 2000,
             learners=("knn3", "svc_rbf_c10")),
    DataSpec("v48_gear_pick5", "easy", "gear_pick", (("n_features", 4),), 2000, learners=("knn30", "cnb"),
             initial=30),
    DataSpec("v48_ice_thick3", "hard", "ice_thick", (("n_features", 7),), 2000, learners=("hgb", "gnb_vs")),
    DataSpec("v48_wine_highalcohol_flip4", "noisy", "derived:wine:highalcohol+flip4", test=0, budget_frac=1.0,
             learners=("dtree8", "logreg_c1"), initial=6, n_rounds=30),
    DataSpec("v48_noise_carry", "easy", "noise_carry", (("n_features", 4),), 2000,
             learners=("svc_linear", "logreg_l1")),
    DataSpec("v48_wine_ashmag_flip6", "noisy", "derived:wine:ashmag+flip6", test=0, budget_frac=1.0,
             learners=("svc_rbf_c10", "mlp_wide"), initial=6, n_rounds=30),
    DataSpec("v48_plant_water4", "noisy", "plant_water", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("cnb", "mlp_deep")),
    DataSpec("v48_iris_nopetallen", "bundled", "derived:iris:nopetallen", test=0, budget_frac=1.0,
             learners=("gnb_vs", "knn3"), initial=6, n_rounds=30),
    DataSpec("v48_crowd_exit3", "hard", "crowd_exit", (("n_features", 6),), 2000, learners=("logreg_c1", "knn30"),
             initial=30),
    DataSpec("v48_jam_gel", "medium", "jam_gel", (("n_features", 5),), 2000, learners=("logreg_l1", "hgb")),
    DataSpec("v48_iris_colranks", "bundled", "derived:iris:colranks", test=0, budget_frac=1.0,
             learners=("mlp_wide", "dtree8"), initial=6, n_rounds=30),
    DataSpec("v48_dew_point4", "medium", "dew_point", (("n_features", 4),), 2000, learners=("mlp_deep", "svc_linear")),
    # Added on 2026-11-25 (round 41's report, after the plan at 22:24 UTC, benchmarks/plans/round41.md, and the v48
    # sets; no result of the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations
    # no other set uses, 12 with two of the shipped table's configurations, 12 with one of 6 learner configurations
    # in no part (each on 2 sets) beside a shipped-table one, two families a set (k-NN with k = 10 from 20 labels).
    DataSpec("v49_boat_drift3", "medium", "boat_drift", (("n_features", 5),), 2000, learners=("svc_rbf", "rf50")),
    DataSpec("v49_digits_rowpeaks", "bundled", "derived:digits:rowpeaks", test=500, learners=("knn", "gnb")),
    DataSpec("v49_oven_preheat3", "hard", "oven_preheat", (("n_features", 7),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v49_wine_colourod_flip5", "noisy", "derived:wine:colourod+flip5", test=0, budget_frac=1.0,
             learners=("logreg_c10", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v49_parcel_post4", "medium", "parcel_post", (("n_features", 5),), 2000, learners=("rf50", "knn")),
    DataSpec("v49_bc_worst5", "bundled", "derived:breast_cancer:worst5", test=0, budget_frac=1.0,
             learners=("gnb", "mlp_small")),
    DataSpec("v49_fell_walk3", "easy", "fell_walk", (("n_features", 4),), 2000, learners=("logreg_c0.1", "svc_rbf")),
    DataSpec("v49_iris_logscale", "bundled", "derived:iris:logscale", test=0, budget_frac=1.0,
             learners=("logreg_c10", "rf50"), initial=6, n_rounds=30),
    DataSpec("v49_fog_light", "noisy", "fog_light", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("knn", "mlp_small")),
    DataSpec("v49_till_queue3", "imbalanced", "till_queue", (("n_features", 4),), 2000,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v49_solar_panel4", "medium", "solar_panel", (("n_features", 5),), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v49_tent_wind3", "hard", "tent_wind", (("n_features", 6),), 2000, learners=("logreg_c10", "knn")),
    DataSpec("v49_bath_fill3", "medium", "bath_fill", (("n_features", 5),), 2000, learners=("knn10_dist", "rf50")),
    DataSpec("v49_digits_quadink", "bundled", "derived:digits:quadink", test=500,
             learners=("knn10_dist", "logreg_c0.1")),
    DataSpec("v49_hose_reach", "easy", "hose_reach", (("n_features", 4),), 2000, learners=("gb50", "knn")),
    DataSpec("v49_mug_cool3", "medium", "mug_cool", (("n_features", 5),), 2000, learners=("gb50", "svc_rbf")),
    DataSpec("v49_bc_worstshape4", "bundled", "derived:breast_cancer:worstshape4", test=0, budget_frac=1.0,
             learners=("svc_rbf_c0.3", "gnb")),
    DataSpec("v49_wine_nocolour_flip4", "noisy", "derived:wine:nocolour+flip4", test=0, budget_frac=1.0,
             learners=("svc_rbf_c0.3", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v49_iris_sqrts", "bundled", "derived:iris:sqrts", test=0, budget_frac=1.0,
             learners=("mnb", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v49_tide_pool3", "imbalanced", "tide_pool", (("n_features", 5),), 2000, learners=("mnb", "rf50")),
    DataSpec("v49_dryer_load3", "noisy", "dryer_load", (("flip", 0.03), ("n_features", 5)), 2000,
             learners=("logreg_bal", "svc_rbf")),
    DataSpec("v49_ski_wax4", "medium", "ski_wax", (("n_features", 4),), 2000, learners=("logreg_bal", "knn")),
    DataSpec("v49_wifi_signal3", "hard", "wifi_signal", (("n_features", 6),), 2000, learners=("mlp_tanh", "gnb")),
    DataSpec("v49_bc_errors5", "bundled", "derived:breast_cancer:errors5", test=0, budget_frac=1.0,
             learners=("mlp_tanh", "logreg_c10")),
    # Added on 2026-11-25 (round 42's report, after the plan at 23:37 UTC, benchmarks/plans/round42.md; no result of
    # the round yet): 12 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses, each with one linear or naive Bayes configuration of the shipped table (logreg_c0.1, logreg_c10, gnb; each
    # on 4 sets) beside one of another family (svc_rbf, rf50, knn, mlp_small; each on 3 sets), no pair twice; the
    # digits set runs k-NN, not a slow learner.
    DataSpec("v50_digits_diagpair", "bundled", "derived:digits:diagpair", test=500, learners=("logreg_c10", "knn")),
    DataSpec("v50_bc_mean5", "bundled", "derived:breast_cancer:mean5", test=0, budget_frac=1.0,
             learners=("gnb", "svc_rbf")),
    DataSpec("v50_wine_phenols4_flip3", "noisy", "derived:wine:phenols4+flip3", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "rf50"), initial=6, n_rounds=30),
    DataSpec("v50_iris_ratios2", "bundled", "derived:iris:ratios2", test=0, budget_frac=1.0,
             learners=("logreg_c10", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v50_jug_heat3", "medium", "jug_heat", (("n_features", 5),), 2000, learners=("gnb", "knn")),
    DataSpec("v50_river_ford3", "hard", "river_ford", (("n_features", 6),), 2000,
             learners=("logreg_c0.1", "svc_rbf")),
    DataSpec("v50_sail_reef", "easy", "sail_reef", (("n_features", 4),), 2000, learners=("logreg_c10", "rf50")),
    DataSpec("v50_wick_burn3", "noisy", "wick_burn", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("gnb", "mlp_small")),
    DataSpec("v50_paint_cover", "noisy", "paint_cover", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c0.1", "knn")),
    DataSpec("v50_bus_late3", "imbalanced", "bus_late", (("n_features", 5),), 2000, learners=("gnb", "rf50")),
    DataSpec("v50_pond_ice4", "hard", "pond_ice", (("n_features", 7),), 2000, learners=("logreg_c10", "svc_rbf")),
    DataSpec("v50_wave_height5", "medium", "wave_height", (("n_features", 4),), 2000,
             learners=("logreg_c0.1", "mlp_small")),
    # Added on 2026-11-26 (round 43's report, after the plan at 00:06 UTC, benchmarks/plans/round43.md; no result of
    # the round yet): 12 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses, each with one logistic regression of the shipped table (logreg_c0.1, logreg_c10; each on 6 sets) beside
    # one of another family (knn, gnb; each on 3 sets; svc_rbf, rf50, mlp_small; each on 2); the digits set runs
    # k-NN, not a slow learner.
    DataSpec("v51_digits_colink", "bundled", "derived:digits:colink", test=500, learners=("logreg_c0.1", "knn")),
    DataSpec("v51_bc_texsmooth2", "bundled", "derived:breast_cancer:texsmooth2", test=0, budget_frac=1.0,
             learners=("logreg_c10", "gnb")),
    DataSpec("v51_wine_alcmalic2_flip4", "noisy", "derived:wine:alcmalic2+flip4", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v51_iris_areas2", "bundled", "derived:iris:areas2", test=0, budget_frac=1.0,
             learners=("logreg_c10", "rf50"), initial=6, n_rounds=30),
    DataSpec("v51_sled_glide3", "medium", "sled_glide", (("n_features", 5),), 2000,
             learners=("logreg_c10", "mlp_small")),
    DataSpec("v51_loaf_rise", "easy", "loaf_rise", (("n_features", 4),), 2000, learners=("logreg_c0.1", "gnb")),
    DataSpec("v51_brake_stop4", "hard", "brake_stop", (("n_features", 7),), 2000, learners=("logreg_c0.1", "rf50")),
    DataSpec("v51_fridge_spoil", "noisy", "fridge_spoil", (("flip", 0.06), ("n_features", 5)), 2000,
             learners=("logreg_c10", "knn")),
    DataSpec("v51_plank_bend3", "noisy", "plank_bend", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c0.1", "mlp_small")),
    DataSpec("v51_lamp_glare3", "imbalanced", "lamp_glare", (("n_features", 5),), 2000,
             learners=("logreg_c10", "svc_rbf")),
    DataSpec("v51_rope_snap", "imbalanced", "rope_snap", (("n_features", 4),), 2000, learners=("logreg_c10", "gnb")),
    DataSpec("v51_coffee_strength5", "medium", "coffee_strength", (("n_features", 4),), 2000,
             learners=("logreg_c0.1", "knn")),
    # Added on 2026-11-26 (round 44's report, after the plan at 01:05 UTC, benchmarks/plans/round44.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, and the sets that start from 6 labels no k-NN of more than 5 neighbours.
    DataSpec("v52_digits_thirds9", "bundled", "derived:digits:thirds9", test=500, learners=("lda", "knn")),
    DataSpec("v52_digits_rowcount8", "bundled", "derived:digits:rowcount8", test=500,
             learners=("gnb", "logreg_c10")),
    DataSpec("v52_bc_worsttexsmooth2", "bundled", "derived:breast_cancer:worsttexsmooth2", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "svc_rbf")),
    DataSpec("v52_bc_compsym2_flip3", "noisy", "derived:breast_cancer:compsym2+flip3", test=0, budget_frac=1.0,
             learners=("knn10_dist", "rf50")),
    DataSpec("v52_wine_alcproline2", "bundled", "derived:wine:alcproline2", test=0, budget_frac=1.0,
             learners=("gnb", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v52_wine_flavhue2_flip5", "noisy", "derived:wine:flavhue2+flip5", test=0, budget_frac=1.0,
             learners=("dtree8", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v52_iris_sums2", "bundled", "derived:iris:sums2", test=0, budget_frac=1.0,
             learners=("knn3", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v52_iris_diffs2_flip4", "noisy", "derived:iris:diffs2+flip4", test=0, budget_frac=1.0,
             learners=("gnb_vs", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v52_hike_pace", "easy", "hike_pace", (("n_features", 4),), 2000, learners=("logreg_c0.1", "gnb")),
    DataSpec("v52_hay_dry", "easy", "hay_dry", (("n_features", 4),), 2000, learners=("mlp_small", "knn")),
    DataSpec("v52_bird_feeder", "easy", "bird_feeder", (("n_features", 4),), 2000,
             learners=("logreg_bal", "svc_rbf")),
    DataSpec("v52_cake_rise3", "medium", "cake_rise", (("n_features", 5),), 2000, learners=("rf50", "logreg_c10")),
    DataSpec("v52_swim_lap3", "medium", "swim_lap", (("n_features", 5),), 2000, learners=("mlp_small", "logreg_c10")),
    DataSpec("v52_chess_clock5", "medium", "chess_clock", (("n_features", 4),), 2000,
             learners=("knn15", "logreg_c0.1")),
    DataSpec("v52_oil_change4", "medium", "oil_change", (("n_features", 5),), 2000, learners=("svc_rbf", "knn")),
    DataSpec("v52_rice_cook3", "medium", "rice_cook", (("n_features", 5),), 2000, learners=("hgb", "gnb")),
    DataSpec("v52_bridge_sway4", "hard", "bridge_sway", (("n_features", 7),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v52_vine_frost3", "hard", "vine_frost", (("n_features", 6),), 2000,
             learners=("svc_linear", "knn")),
    DataSpec("v52_paddle_boat4", "hard", "paddle_boat", (("n_features", 7),), 2000,
             learners=("mlp_tanh", "rf50")),
    DataSpec("v52_roof_leak", "noisy", "roof_leak", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("gnb", "rf50")),
    DataSpec("v52_tyre_wear3", "noisy", "tyre_wear", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("logreg_c0.1", "mlp_small")),
    DataSpec("v52_ferry_delay3", "noisy", "ferry_delay", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("sgd_log", "svc_rbf")),
    DataSpec("v52_bee_forage", "imbalanced", "bee_forage", (("n_features", 4),), 2000,
             learners=("logreg_c10", "knn")),
    DataSpec("v52_flood_gate3", "imbalanced", "flood_gate", (("n_features", 5),), 2000,
             learners=("logreg_c1", "mlp_small")),
    # Added on 2026-11-26 (round 45's report, after the plan at 01:45 UTC, benchmarks/plans/round45.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, and the sets that start from 6 labels no k-NN of more than 5 neighbours.
    DataSpec("v53_digits_colcount8", "bundled", "derived:digits:colcount8", test=500, learners=("bnb", "knn")),
    DataSpec("v53_digits_ringcount4", "bundled", "derived:digits:ringcount4", test=500, learners=("lda", "gnb")),
    DataSpec("v53_bc_worstradconc2", "bundled", "derived:breast_cancer:worstradconc2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "gnb")),
    DataSpec("v53_bc_smoothfrac2_flip4", "noisy", "derived:breast_cancer:smoothfrac2+flip4", test=0, budget_frac=1.0,
             learners=("logreg_l1", "svc_rbf")),
    DataSpec("v53_wine_ashcolour2", "bundled", "derived:wine:ashcolour2", test=0, budget_frac=1.0,
             learners=("knn", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v53_wine_magod2_flip4", "noisy", "derived:wine:magod2+flip4", test=0, budget_frac=1.0,
             learners=("gb50", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v53_iris_slenpwid2", "bundled", "derived:iris:slenpwid2", test=0, budget_frac=1.0,
             learners=("gnb", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v53_iris_swidplen2_flip5", "noisy", "derived:iris:swidplen2+flip5", test=0, budget_frac=1.0,
             learners=("cnb", "rf50"), initial=6, n_rounds=30),
    DataSpec("v53_bin_full", "easy", "bin_full", (("n_features", 4),), 2000, learners=("logreg_c10", "gnb")),
    DataSpec("v53_fence_paint", "easy", "fence_paint", (("n_features", 4),), 2000, learners=("rf50", "logreg_c0.1")),
    DataSpec("v53_pan_sizzle", "easy", "pan_sizzle", (("n_features", 4),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v53_tram_crowd3", "medium", "tram_crowd", (("n_features", 5),), 2000,
             learners=("svc_rbf_c10", "logreg_c10")),
    DataSpec("v53_soup_salt3", "medium", "soup_salt", (("n_features", 5),), 2000, learners=("knn", "gnb")),
    DataSpec("v53_kiln_fire4", "medium", "kiln_fire", (("n_features", 5),), 2000,
             learners=("extratrees100", "knn")),
    DataSpec("v53_parking_fee5", "medium", "parking_fee", (("n_features", 4),), 2000,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("v53_hedge_trim3", "medium", "hedge_trim", (("n_features", 5),), 2000, learners=("rf50", "knn")),
    DataSpec("v53_glacier_flow4", "hard", "glacier_flow", (("n_features", 7),), 2000,
             learners=("mlp_deep", "logreg_c10")),
    DataSpec("v53_drum_pitch4", "hard", "drum_pitch", (("n_features", 7),), 2000, learners=("svc_rbf", "rf50")),
    DataSpec("v53_swing_arc3", "hard", "swing_arc", (("n_features", 6),), 2000, learners=("svc_poly", "knn")),
    DataSpec("v53_door_creak", "noisy", "door_creak", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("knn3", "mlp_small")),
    DataSpec("v53_milk_froth3", "noisy", "milk_froth", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v53_dam_spill3", "noisy", "dam_spill", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_wide", "logreg_c0.1")),
    DataSpec("v53_pipe_burst", "imbalanced", "pipe_burst", (("n_features", 4),), 2000,
             learners=("logreg_c0.1", "mlp_small")),
    DataSpec("v53_avalanche_risk3", "imbalanced", "avalanche_risk", (("n_features", 5),), 2000,
             learners=("svc_rbf_c0.3", "rf50")),
    # Added on 2026-11-26 (round 46's report, after the plan at 03:22 UTC, benchmarks/plans/round46.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, and the sets that start from 6 labels no k-NN of more than 5 neighbours.
    DataSpec("v54_digits_rowasym8", "bundled", "derived:digits:rowasym8", test=500, learners=("mnb", "knn")),
    DataSpec("v54_digits_inkheight8", "bundled", "derived:digits:inkheight8", test=500, learners=("sgd_log", "gnb")),
    DataSpec("v54_bc_perimconcav2", "bundled", "derived:breast_cancer:perimconcav2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "knn")),
    DataSpec("v54_bc_worstcompfrac2_flip5", "noisy", "derived:breast_cancer:worstcompfrac2+flip5", test=0,
             budget_frac=1.0, learners=("knn10_dist", "logreg_c0.1")),
    DataSpec("v54_wine_alkphenols2", "bundled", "derived:wine:alkphenols2", test=0, budget_frac=1.0,
             learners=("logreg_c10", "gnb"), initial=6, n_rounds=30),
    DataSpec("v54_wine_nonflavproan2_flip5", "noisy", "derived:wine:nonflavproan2+flip5", test=0, budget_frac=1.0,
             learners=("dtree8", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v54_iris_slenplen2", "bundled", "derived:iris:slenplen2", test=0, budget_frac=1.0,
             learners=("logreg_c0.1", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v54_iris_swidpwid2_flip4", "noisy", "derived:iris:swidpwid2+flip4", test=0, budget_frac=1.0,
             learners=("gnb_vs", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v54_cup_spill", "easy", "cup_spill", (("n_features", 4),), 2000, learners=("rf50", "logreg_c10")),
    DataSpec("v54_bottle_float", "easy", "bottle_float", (("n_features", 4),), 2000, learners=("gnb", "svc_rbf")),
    DataSpec("v54_stool_wobble", "easy", "stool_wobble", (("n_features", 4),), 2000,
             learners=("knn", "logreg_c0.1")),
    DataSpec("v54_cork_pop3", "medium", "cork_pop", (("n_features", 5),), 2000, learners=("hgb", "logreg_c10")),
    DataSpec("v54_tap_drip3", "medium", "tap_drip", (("n_features", 5),), 2000, learners=("mlp_small", "rf50")),
    DataSpec("v54_yoghurt_set4", "medium", "yoghurt_set", (("n_features", 5),), 2000,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("v54_sand_timer5", "medium", "sand_timer", (("n_features", 4),), 2000, learners=("knn15", "rf50")),
    DataSpec("v54_fan_cool3", "medium", "fan_cool", (("n_features", 5),), 2000, learners=("knn", "mlp_small")),
    DataSpec("v54_spring_stretch4", "hard", "spring_stretch", (("n_features", 7),), 2000,
             learners=("mlp_wide", "logreg_c0.1")),
    DataSpec("v54_tow_rope4", "hard", "tow_rope", (("n_features", 7),), 2000, learners=("svc_rbf", "rf50")),
    DataSpec("v54_bulb_glow3", "hard", "bulb_glow", (("n_features", 6),), 2000, learners=("svc_linear", "knn")),
    DataSpec("v54_nail_hold", "noisy", "nail_hold", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c10", "knn")),
    DataSpec("v54_radiator_warm3", "noisy", "radiator_warm", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("mlp_tanh", "gnb")),
    DataSpec("v54_paper_plane3", "noisy", "paper_plane", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c0.1", "gnb")),
    DataSpec("v54_glass_crack", "imbalanced", "glass_crack", (("n_features", 4),), 2000,
             learners=("logreg_bal", "rf50")),
    DataSpec("v54_cooker_valve3", "imbalanced", "cooker_valve", (("n_features", 5),), 2000,
             learners=("svc_rbf_c10", "mlp_small")),
    # Added on 2026-11-26 (round 47's report, after the plan at 05:43 UTC, benchmarks/plans/round47.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, and the sets that start from 6 labels no k-NN of more than 5 neighbours.
    DataSpec("v55_digits_colasym8", "bundled", "derived:digits:colasym8", test=500, learners=("cnb", "knn")),
    DataSpec("v55_digits_inkwidth8", "bundled", "derived:digits:inkwidth8", test=500,
             learners=("bnb", "logreg_c10")),
    DataSpec("v55_bc_areasym2", "bundled", "derived:breast_cancer:areasym2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v55_bc_worstperimsmooth2_flip4", "noisy", "derived:breast_cancer:worstperimsmooth2+flip4", test=0,
             budget_frac=1.0, learners=("logreg_l1", "gnb")),
    DataSpec("v55_wine_malicmag2", "bundled", "derived:wine:malicmag2", test=0, budget_frac=1.0,
             learners=("rf50", "gnb"), initial=6, n_rounds=30),
    DataSpec("v55_wine_alkhue2_flip5", "noisy", "derived:wine:alkhue2+flip5", test=0, budget_frac=1.0,
             learners=("knn3", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v55_iris_plenpwid2", "bundled", "derived:iris:plenpwid2", test=0, budget_frac=1.0,
             learners=("gnb", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v55_iris_slenswid2_flip4", "noisy", "derived:iris:slenswid2+flip4", test=0, budget_frac=1.0,
             learners=("lda", "rf50"), initial=6, n_rounds=30),
    DataSpec("v55_tent_peg", "easy", "tent_peg", (("n_features", 4),), 2000, learners=("rf50", "knn")),
    DataSpec("v55_iron_crease", "easy", "iron_crease", (("n_features", 4),), 2000,
             learners=("logreg_c10", "svc_rbf")),
    DataSpec("v55_towel_dry", "easy", "towel_dry", (("n_features", 4),), 2000, learners=("knn", "gnb")),
    DataSpec("v55_smoothie_blend3", "medium", "smoothie_blend", (("n_features", 5),), 2000,
             learners=("extratrees100", "logreg_c0.1")),
    DataSpec("v55_hairdryer_heat3", "medium", "hairdryer_heat", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v55_rucksack_load4", "medium", "rucksack_load", (("n_features", 5),), 2000,
             learners=("rf50", "logreg_c0.1")),
    DataSpec("v55_stair_climb5", "medium", "stair_climb", (("n_features", 4),), 2000,
             learners=("knn10_dist", "mlp_small")),
    DataSpec("v55_window_fog3", "medium", "window_fog", (("n_features", 5),), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v55_anchor_drag4", "hard", "anchor_drag", (("n_features", 7),), 2000, learners=("mlp_deep", "rf50")),
    DataSpec("v55_rowing_pace4", "hard", "rowing_pace", (("n_features", 7),), 2000, learners=("logreg_c10", "knn")),
    DataSpec("v55_trampoline_bounce3", "hard", "trampoline_bounce", (("n_features", 6),), 2000,
             learners=("svc_poly", "logreg_c0.1")),
    DataSpec("v55_sandbag_hold", "noisy", "sandbag_hold", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c10", "gnb")),
    DataSpec("v55_sauna_sweat3", "noisy", "sauna_sweat", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("logreg_c1", "knn")),
    DataSpec("v55_skate_glide3", "noisy", "skate_glide", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("logreg_c0.1", "gnb")),
    DataSpec("v55_balloon_pop", "imbalanced", "balloon_pop", (("n_features", 4),), 2000,
             learners=("gb50", "svc_rbf")),
    DataSpec("v55_toaster_smoke3", "imbalanced", "toaster_smoke", (("n_features", 5),), 2000,
             learners=("svc_rbf_c0.3", "mlp_small")),
    # Added on 2026-11-26 (round 48's report, after the plan at 06:40 UTC, benchmarks/plans/round48.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, and the sets that start from 6 labels no k-NN of more than 5 neighbours.
    DataSpec("v56_digits_rowtv8", "bundled", "derived:digits:rowtv8", test=500, learners=("mnb", "logreg_c10")),
    DataSpec("v56_digits_coltv8", "bundled", "derived:digits:coltv8", test=500, learners=("dtree8", "knn")),
    DataSpec("v56_bc_texconcpts2", "bundled", "derived:breast_cancer:texconcpts2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "knn")),
    DataSpec("v56_bc_worstareasym2_flip5", "noisy", "derived:breast_cancer:worstareasym2+flip5", test=0,
             budget_frac=1.0, learners=("sgd_log", "knn")),
    DataSpec("v56_wine_flavproline2", "bundled", "derived:wine:flavproline2", test=0, budget_frac=1.0,
             learners=("rf50", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v56_wine_malicod2_flip4", "noisy", "derived:wine:malicod2+flip4", test=0, budget_frac=1.0,
             learners=("gnb_vs", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v56_iris_slenplenpwid3", "bundled", "derived:iris:slenplenpwid3", test=0, budget_frac=1.0,
             learners=("knn", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v56_iris_slenswidplen3_flip5", "noisy", "derived:iris:slenswidplen3+flip5", test=0, budget_frac=1.0,
             learners=("knn3", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v56_stepladder_tip", "easy", "stepladder_tip", (("n_features", 4),), 2000,
             learners=("rf50", "svc_rbf")),
    DataSpec("v56_birdbath_freeze", "easy", "birdbath_freeze", (("n_features", 4),), 2000,
             learners=("gnb", "svc_rbf")),
    DataSpec("v56_hosepipe_reach", "easy", "hosepipe_reach", (("n_features", 4),), 2000,
             learners=("logreg_c0.1", "knn")),
    DataSpec("v56_pancake_brown3", "medium", "pancake_brown", (("n_features", 5),), 2000,
             learners=("hgb", "mlp_small")),
    DataSpec("v56_greenhouse_warm3", "medium", "greenhouse_warm", (("n_features", 5),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v56_kayak_drift4", "medium", "kayak_drift", (("n_features", 5),), 2000,
             learners=("logreg_c0.1", "mlp_small")),
    DataSpec("v56_scooter_brake5", "medium", "scooter_brake", (("n_features", 4),), 2000,
             learners=("knn15", "svc_rbf")),
    DataSpec("v56_lolly_melt3", "medium", "lolly_melt", (("n_features", 5),), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v56_zipline_speed4", "hard", "zipline_speed", (("n_features", 7),), 2000,
             learners=("mlp_wide", "rf50")),
    DataSpec("v56_bobsled_run4", "hard", "bobsled_run", (("n_features", 7),), 2000, learners=("rf50", "gnb")),
    DataSpec("v56_swingball_spin3", "hard", "swingball_spin", (("n_features", 6),), 2000,
             learners=("svc_linear", "mlp_small")),
    DataSpec("v56_doormat_dry", "noisy", "doormat_dry", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("logreg_c10", "gnb")),
    DataSpec("v56_snowman_build3", "noisy", "snowman_build", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v56_bonfire_smoke3", "noisy", "bonfire_smoke", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_tanh", "logreg_c0.1")),
    DataSpec("v56_mousetrap_snap", "imbalanced", "mousetrap_snap", (("n_features", 4),), 2000,
             learners=("logreg_bal", "gnb")),
    DataSpec("v56_pinata_burst3", "imbalanced", "pinata_burst", (("n_features", 5),), 2000,
             learners=("svc_rbf_c10", "knn")),
    # Added on 2026-11-26 (round 49's report, after the plan at 07:58 UTC, benchmarks/plans/round49.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, the sets that start from 6 labels no k-NN of more than 5 neighbours, and the
    # L1 logistic regression (liblinear) only a two-class set.
    DataSpec("v57_digits_rowjump8", "bundled", "derived:digits:rowjump8", test=500, learners=("cnb", "logreg_c0.1")),
    DataSpec("v57_digits_coljump8", "bundled", "derived:digits:coljump8", test=500, learners=("lda", "knn")),
    DataSpec("v57_bc_radfrac2", "bundled", "derived:breast_cancer:radfrac2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v57_bc_worstconcsym2_flip4", "noisy", "derived:breast_cancer:worstconcsym2+flip4", test=0,
             budget_frac=1.0, learners=("logreg_l1", "knn")),
    DataSpec("v57_wine_alcflav2", "bundled", "derived:wine:alcflav2", test=0, budget_frac=1.0,
             learners=("knn", "gnb"), initial=6, n_rounds=30),
    DataSpec("v57_wine_phenolscolour2_flip5", "noisy", "derived:wine:phenolscolour2+flip5", test=0, budget_frac=1.0,
             learners=("bnb", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v57_iris_lenwidprods2", "bundled", "derived:iris:lenwidprods2", test=0, budget_frac=1.0,
             learners=("logreg_c10", "knn"), initial=6, n_rounds=30),
    DataSpec("v57_iris_swidplenpwid3_flip4", "noisy", "derived:iris:swidplenpwid3+flip4", test=0, budget_frac=1.0,
             learners=("logreg_c1", "gnb"), initial=6, n_rounds=30),
    DataSpec("v57_candle_drip", "easy", "candle_drip", (("n_features", 4),), 2000,
             learners=("rf50", "knn")),
    DataSpec("v57_puddle_jump", "easy", "puddle_jump", (("n_features", 4),), 2000,
             learners=("gnb", "mlp_small")),
    DataSpec("v57_wheelbarrow_tip", "easy", "wheelbarrow_tip", (("n_features", 4),), 2000,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("v57_teapot_steep3", "medium", "teapot_steep", (("n_features", 5),), 2000,
             learners=("extratrees100", "mlp_small")),
    DataSpec("v57_marmalade_set3", "medium", "marmalade_set", (("n_features", 5),), 2000,
             learners=("rf50", "logreg_c0.1")),
    DataSpec("v57_canoe_glide4", "medium", "canoe_glide", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v57_skateboard_stop5", "medium", "skateboard_stop", (("n_features", 4),), 2000,
             learners=("knn10_dist", "svc_rbf")),
    DataSpec("v57_icecube_melt3", "medium", "icecube_melt", (("n_features", 5),), 2000,
             learners=("logreg_c0.1", "svc_rbf")),
    DataSpec("v57_hammock_sag4", "hard", "hammock_sag", (("n_features", 7),), 2000,
             learners=("mlp_deep", "logreg_c10")),
    DataSpec("v57_catapult_throw4", "hard", "catapult_throw", (("n_features", 7),), 2000,
             learners=("logreg_c10", "rf50")),
    DataSpec("v57_yoyo_spin3", "hard", "yoyo_spin", (("n_features", 6),), 2000, learners=("svc_poly", "rf50")),
    DataSpec("v57_gutter_clog", "noisy", "gutter_clog", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v57_sandcastle_stand3", "noisy", "sandcastle_stand", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v57_campfire_glow3", "noisy", "campfire_glow", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("gb50", "gnb")),
    DataSpec("v57_fuse_blow", "imbalanced", "fuse_blow", (("n_features", 4),), 2000,
             learners=("knn15", "logreg_c0.1")),
    DataSpec("v57_popcorn_burn3", "imbalanced", "popcorn_burn", (("n_features", 5),), 2000,
             learners=("svc_rbf_c0.3", "knn")),
    # Added on 2026-11-26 (round 50's report, after the plan at 09:12 UTC, benchmarks/plans/round50.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set
    # uses (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, the sets that start from 6 labels no k-NN of more than 5 neighbours, and no
    # set the L1 logistic regression (liblinear, two classes only).
    DataSpec("v58_digits_rowmedian8", "bundled", "derived:digits:rowmedian8", test=500,
             learners=("gnb_vs", "logreg_c0.1")),
    DataSpec("v58_digits_colmedian8", "bundled", "derived:digits:colmedian8", test=500,
             learners=("knn10_dist", "logreg_c10")),
    DataSpec("v58_bc_areaconcav2", "bundled", "derived:breast_cancer:areaconcav2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "knn")),
    DataSpec("v58_bc_worsttexfrac2_flip5", "noisy", "derived:breast_cancer:worsttexfrac2+flip5", test=0,
             budget_frac=1.0, learners=("sgd_log", "gnb")),
    DataSpec("v58_wine_hueproline2", "bundled", "derived:wine:hueproline2", test=0, budget_frac=1.0,
             learners=("gnb", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v58_wine_malicash2_flip4", "noisy", "derived:wine:malicash2+flip4", test=0, budget_frac=1.0,
             learners=("mnb", "knn"), initial=6, n_rounds=30),
    DataSpec("v58_iris_crossratios2", "bundled", "derived:iris:crossratios2", test=0, budget_frac=1.0,
             learners=("knn", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v58_iris_crosssums2_flip5", "noisy", "derived:iris:crosssums2+flip5", test=0, budget_frac=1.0,
             learners=("knn3", "rf50"), initial=6, n_rounds=30),
    DataSpec("v58_kite_soar", "easy", "kite_soar", (("n_features", 4),), 2000,
             learners=("svc_rbf", "rf50")),
    DataSpec("v58_bucket_overflow", "easy", "bucket_overflow", (("n_features", 4),), 2000,
             learners=("svc_rbf", "gnb")),
    DataSpec("v58_sledge_slide", "easy", "sledge_slide", (("n_features", 4),), 2000,
             learners=("rf50", "gnb")),
    DataSpec("v58_dough_prove3", "medium", "dough_prove", (("n_features", 5),), 2000,
             learners=("knn", "mlp_small")),
    DataSpec("v58_varnish_cure3", "medium", "varnish_cure", (("n_features", 5),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v58_bicycle_climb4", "medium", "bicycle_climb", (("n_features", 5),), 2000,
             learners=("rf50", "logreg_c10")),
    DataSpec("v58_lantern_dim5", "medium", "lantern_dim", (("n_features", 4),), 2000,
             learners=("hgb", "knn")),
    DataSpec("v58_soup_cool3", "medium", "soup_cool", (("n_features", 5),), 2000,
             learners=("dtree8", "mlp_small")),
    DataSpec("v58_glacier_creep4", "hard", "glacier_creep", (("n_features", 7),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v58_rocket_climb4", "hard", "rocket_climb", (("n_features", 7),), 2000,
             learners=("svc_rbf_c10", "logreg_c0.1")),
    DataSpec("v58_drum_echo3", "hard", "drum_echo", (("n_features", 6),), 2000, learners=("mlp_wide", "logreg_c10")),
    DataSpec("v58_kettle_fur", "noisy", "kettle_fur", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("rf50", "mlp_small")),
    DataSpec("v58_orchard_ripen3", "noisy", "orchard_ripen", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v58_flue_draw3", "noisy", "flue_draw", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_tanh", "knn")),
    DataSpec("v58_tyre_burst", "imbalanced", "tyre_burst", (("n_features", 4),), 2000,
             learners=("logreg_bal", "svc_rbf")),
    DataSpec("v58_volcano_erupt3", "imbalanced", "volcano_erupt", (("n_features", 5),), 2000,
             learners=("svc_linear", "gnb")),
    # Added on 2026-11-26 (round 51's report, after the plan at 10:38 UTC and its addendum at 10:45 UTC,
    # benchmarks/plans/round51.md; no result of the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose
    # generators and derivations no other set uses (8 derived from the bundled sets, 3 of them with labels redrawn;
    # 16 generated), each with two learner configurations of different families, no pair twice: 12 sets two of the
    # shipped table's, 12 one of round 40's or 41's configurations (each on 1 set) beside one of the table's (each of
    # the table's 7 on 5 or 6 sets); the digits sets run no slow learner, the sets that start from 6 labels no k-NN of
    # more than 5 neighbours, and the L1 logistic regression (liblinear) only a two-class set.
    DataSpec("v59_digits_rowfaint8", "bundled", "derived:digits:rowfaint8", test=500, learners=("knn15", "gnb")),
    DataSpec("v59_digits_colfaint8", "bundled", "derived:digits:colfaint8", test=500, learners=("cnb", "logreg_c10")),
    DataSpec("v59_bc_radcomp2", "bundled", "derived:breast_cancer:radcomp2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("v59_bc_worstradtex2_flip4", "noisy", "derived:breast_cancer:worstradtex2+flip4", test=0,
             budget_frac=1.0, learners=("logreg_l1", "svc_rbf")),
    DataSpec("v59_wine_alccolour2", "bundled", "derived:wine:alccolour2", test=0, budget_frac=1.0,
             learners=("gnb", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v59_wine_alkproan2_flip5", "noisy", "derived:wine:alkproan2+flip5", test=0, budget_frac=1.0,
             learners=("knn3", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v59_iris_crossdiffs2", "bundled", "derived:iris:crossdiffs2", test=0, budget_frac=1.0,
             learners=("knn", "rf50"), initial=6, n_rounds=30),
    DataSpec("v59_iris_crosshypots2_flip5", "noisy", "derived:iris:crosshypots2+flip5", test=0, budget_frac=1.0,
             learners=("bnb", "rf50"), initial=6, n_rounds=30),
    DataSpec("v59_raft_float", "easy", "raft_float", (("n_features", 4),), 2000,
             learners=("knn", "logreg_c10")),
    DataSpec("v59_wheelchair_ramp", "easy", "wheelchair_ramp", (("n_features", 4),), 2000,
             learners=("gnb", "knn")),
    DataSpec("v59_bell_ring", "easy", "bell_ring", (("n_features", 4),), 2000,
             learners=("mlp_small", "svc_rbf")),
    DataSpec("v59_cider_ferment3", "medium", "cider_ferment", (("n_features", 5),), 2000,
             learners=("rf50", "logreg_c0.1")),
    DataSpec("v59_toffee_harden3", "medium", "toffee_harden", (("n_features", 5),), 2000,
             learners=("gnb", "mlp_small")),
    DataSpec("v59_chilli_heat4", "medium", "chilli_heat", (("n_features", 5),), 2000,
             learners=("rf50", "logreg_c10")),
    DataSpec("v59_motorway_flow5", "medium", "motorway_flow", (("n_features", 4),), 2000,
             learners=("extratrees100", "knn")),
    DataSpec("v59_surf_break3", "medium", "surf_break", (("n_features", 5),), 2000,
             learners=("logreg_c1", "mlp_small")),
    DataSpec("v59_waterfall_roar4", "hard", "waterfall_roar", (("n_features", 7),), 2000,
             learners=("mlp_small", "rf50")),
    DataSpec("v59_meteor_glow4", "hard", "meteor_glow", (("n_features", 7),), 2000,
             learners=("mlp_deep", "svc_rbf")),
    DataSpec("v59_radar_spot3", "hard", "radar_spot", (("n_features", 6),), 2000, learners=("svc_poly", "logreg_c0.1")),
    DataSpec("v59_mould_grow", "noisy", "mould_grow", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("gnb", "logreg_c10")),
    DataSpec("v59_honey_crystal3", "noisy", "honey_crystal", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v59_steak_sear3", "noisy", "steak_sear", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("gb50", "knn")),
    DataSpec("v59_archery_gold", "imbalanced", "archery_gold", (("n_features", 4),), 2000,
             learners=("svc_rbf_c0.3", "gnb")),
    DataSpec("v59_landslide_slip3", "imbalanced", "landslide_slip", (("n_features", 5),), 2000,
             learners=("lda", "mlp_small")),
    # Added on 2026-11-26 (round 52's report, after the plan at 13:01 UTC, benchmarks/plans/round52.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses
    # (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, the sets that start from 6 labels no k-NN of more than 5 neighbours, and the
    # class-weighted logistic regression only an imbalanced set.
    DataSpec("v60_digits_rowcurve8", "bundled", "derived:digits:rowcurve8", test=500, learners=("dtree8", "gnb")),
    DataSpec("v60_digits_colcurve8", "bundled", "derived:digits:colcurve8", test=500,
             learners=("knn10_dist", "logreg_c0.1")),
    DataSpec("v60_bc_texsym2", "bundled", "derived:breast_cancer:texsym2", test=0, budget_frac=1.0,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v60_bc_worstsmoothconcpts2_flip5", "noisy", "derived:breast_cancer:worstsmoothconcpts2+flip5", test=0,
             budget_frac=1.0, learners=("sgd_log", "rf50")),
    DataSpec("v60_wine_magproline2", "bundled", "derived:wine:magproline2", test=0, budget_frac=1.0,
             learners=("knn", "logreg_c10"), initial=6, n_rounds=30),
    DataSpec("v60_wine_ashnonflav2_flip4", "noisy", "derived:wine:ashnonflav2+flip4", test=0, budget_frac=1.0,
             learners=("mnb", "svc_rbf"), initial=6, n_rounds=30),
    DataSpec("v60_iris_crossharms2", "bundled", "derived:iris:crossharms2", test=0, budget_frac=1.0,
             learners=("gnb", "rf50"), initial=6, n_rounds=30),
    DataSpec("v60_iris_partharms2_flip4", "noisy", "derived:iris:partharms2+flip4", test=0, budget_frac=1.0,
             learners=("knn3", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v60_hurdle_clear", "easy", "hurdle_clear", (("n_features", 4),), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("v60_geyser_spout", "easy", "geyser_spout", (("n_features", 4),), 2000,
             learners=("mlp_small", "logreg_c0.1")),
    DataSpec("v60_windmill_grind", "easy", "windmill_grind", (("n_features", 4),), 2000,
             learners=("rf50", "logreg_c10")),
    DataSpec("v60_custard_thicken3", "medium", "custard_thicken", (("n_features", 5),), 2000,
             learners=("svc_rbf", "gnb")),
    DataSpec("v60_cement_stiffen3", "medium", "cement_stiffen", (("n_features", 5),), 2000,
             learners=("knn", "mlp_small")),
    DataSpec("v60_quarry_blast4", "medium", "quarry_blast", (("n_features", 5),), 2000,
             learners=("svc_rbf", "rf50")),
    DataSpec("v60_harvester_reap5", "medium", "harvester_reap", (("n_features", 4),), 2000,
             learners=("hgb", "logreg_c10")),
    DataSpec("v60_ember_fade3", "medium", "ember_fade", (("n_features", 5),), 2000,
             learners=("svc_linear", "knn")),
    DataSpec("v60_tsunami_surge4", "hard", "tsunami_surge", (("n_features", 7),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v60_comet_flare4", "hard", "comet_flare", (("n_features", 7),), 2000,
             learners=("mlp_wide", "logreg_c0.1")),
    DataSpec("v60_telescope_resolve3", "hard", "telescope_resolve", (("n_features", 6),), 2000,
             learners=("svc_rbf_c10", "rf50")),
    DataSpec("v60_seedling_wilt", "noisy", "seedling_wilt", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("gnb", "logreg_c10")),
    DataSpec("v60_butter_churn3", "noisy", "butter_churn", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("knn", "logreg_c0.1")),
    DataSpec("v60_asphalt_soften3", "noisy", "asphalt_soften", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("mlp_tanh", "gnb")),
    DataSpec("v60_basketball_swish", "imbalanced", "basketball_swish", (("n_features", 4),), 2000,
             learners=("logreg_bal", "mlp_small")),
    DataSpec("v60_hurricane_strike3", "imbalanced", "hurricane_strike", (("n_features", 5),), 2000,
             learners=("gnb_vs", "mlp_small")),
    # Added on 2026-11-26 (round 53's report, after the plan at 14:13 UTC, benchmarks/plans/round53.md; no result of
    # the round yet): 24 sets in split.REPORT_ONLY and split.FRESH whose generators and derivations no other set uses
    # (8 derived from the bundled sets, 3 of them with labels redrawn; 16 generated), each with two learner
    # configurations of different families, no pair twice: 12 sets two of the shipped table's, 12 one of round 40's
    # or 41's configurations (each on 1 set) beside one of the table's (each of the table's 7 on 5 or 6 sets); the
    # digits sets run no slow learner, the sets that start from 6 labels no k-NN of more than 5 neighbours, and the
    # L1 logistic regression (liblinear) only a binary set.
    DataSpec("v61_digits_rowextent8", "bundled", "derived:digits:rowextent8", test=500,
             learners=("knn15", "logreg_c10")),
    DataSpec("v61_digits_colextent8", "bundled", "derived:digits:colextent8", test=500, learners=("cnb", "knn")),
    DataSpec("v61_bc_perimfrac2", "bundled", "derived:breast_cancer:perimfrac2", test=0, budget_frac=1.0,
             learners=("gnb", "logreg_c0.1")),
    DataSpec("v61_bc_worstareaconcav2_flip4", "noisy", "derived:breast_cancer:worstareaconcav2+flip4", test=0,
             budget_frac=1.0, learners=("logreg_l1", "rf50")),
    DataSpec("v61_wine_alkmag2", "bundled", "derived:wine:alkmag2", test=0, budget_frac=1.0,
             learners=("knn", "gnb"), initial=6, n_rounds=30),
    DataSpec("v61_wine_ashproan2_flip5", "noisy", "derived:wine:ashproan2+flip5", test=0, budget_frac=1.0,
             learners=("knn3", "gnb"), initial=6, n_rounds=30),
    DataSpec("v61_iris_crossgeoms2", "bundled", "derived:iris:crossgeoms2", test=0, budget_frac=1.0,
             learners=("rf50", "logreg_c0.1"), initial=6, n_rounds=30),
    DataSpec("v61_iris_partgeoms2_flip5", "noisy", "derived:iris:partgeoms2+flip5", test=0, budget_frac=1.0,
             learners=("bnb", "mlp_small"), initial=6, n_rounds=30),
    DataSpec("v61_trebuchet_launch", "easy", "trebuchet_launch", (("n_features", 4),), 2000,
             learners=("svc_rbf", "mlp_small")),
    DataSpec("v61_drawbridge_hoist", "easy", "drawbridge_hoist", (("n_features", 4),), 2000,
             learners=("rf50", "knn")),
    DataSpec("v61_boulder_tumble", "easy", "boulder_tumble", (("n_features", 4),), 2000,
             learners=("gnb", "mlp_small")),
    DataSpec("v61_yogurt_culture3", "medium", "yogurt_culture", (("n_features", 5),), 2000,
             learners=("svc_rbf", "logreg_c10")),
    DataSpec("v61_pottery_glaze3", "medium", "pottery_glaze", (("n_features", 5),), 2000,
             learners=("rf50", "mlp_small")),
    DataSpec("v61_earthquake_rumble4", "medium", "earthquake_rumble", (("n_features", 5),), 2000,
             learners=("svc_rbf", "knn")),
    DataSpec("v61_conveyor_haul5", "medium", "conveyor_haul", (("n_features", 4),), 2000,
             learners=("extratrees100", "svc_rbf")),
    DataSpec("v61_tortoise_hibernate3", "medium", "tortoise_hibernate", (("n_features", 5),), 2000,
             learners=("logreg_c1", "rf50")),
    DataSpec("v61_sonar_ping4", "hard", "sonar_ping", (("n_features", 7),), 2000,
             learners=("mlp_small", "logreg_c10")),
    DataSpec("v61_aurora_shimmer4", "hard", "aurora_shimmer", (("n_features", 7),), 2000,
             learners=("mlp_deep", "logreg_c0.1")),
    DataSpec("v61_microscope_magnify3", "hard", "microscope_magnify", (("n_features", 6),), 2000,
             learners=("svc_poly", "gnb")),
    DataSpec("v61_bean_germinate", "noisy", "bean_germinate", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("knn", "logreg_c10")),
    DataSpec("v61_caramel_scorch3", "noisy", "caramel_scorch", (("flip", 0.04), ("n_features", 5)), 2000,
             learners=("svc_rbf", "logreg_c0.1")),
    DataSpec("v61_naan_blister3", "noisy", "naan_blister", (("flip", 0.05), ("n_features", 5)), 2000,
             learners=("gb50", "logreg_c10")),
    DataSpec("v61_billiard_sink", "imbalanced", "billiard_sink", (("n_features", 4),), 2000,
             learners=("svc_rbf_c0.3", "logreg_c0.1")),
    DataSpec("v61_levee_breach3", "imbalanced", "levee_breach", (("n_features", 5),), 2000,
             learners=("lda", "gnb")),
)

SPECS = {d.name: d for d in DATASETS}


def _data_seed(name: str) -> int:
    """A stable seed for generating data set ``name`` (the same data for every run seed)."""
    return int(hashlib.sha256(f"{VERSION}:{name}".encode()).hexdigest()[:8], 16)


def _redraw(y: np.ndarray, rs: int, rate: float) -> np.ndarray:
    """``y`` (labels 0..C-1) with a share ``rate`` of them replaced by a class drawn uniformly among the C, the
    same for every run (seeded by the data set's ``rs``)."""
    rng = np.random.default_rng(rs)
    flip = rng.random(y.size) < rate
    y = y.astype(np.int64)   # a copy
    y[flip] = rng.integers(0, int(y.max()) + 1, size=int(flip.sum()))
    return y


def _flip_binary(y: np.ndarray, rng: np.random.Generator, params: dict) -> np.ndarray:
    """Two-class labels ``y`` with a share ``params["flip"]`` (default 0) of them flipped at random (in place)."""
    flip = rng.random(y.size) < float(params.get("flip", 0.0))
    y[flip] = 1 - y[flip]
    return y


def _redraw_among(y: np.ndarray, rng: np.random.Generator, k: int, params: dict) -> np.ndarray:
    """Labels ``y`` of ``k`` classes with a share ``params["flip"]`` (default 0) of them redrawn uniformly among the
    ``k`` (in place; the draws of ``rank_of_first``'s)."""
    flip = rng.random(y.size) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, k, size=int(flip.sum()))
    return y


def _pieces(mask: np.ndarray, diagonal: bool) -> np.ndarray:
    """How many connected pieces each 8x8 image of ``mask`` (n, 8, 8) has: pixels joined through their 4 side
    neighbours, and through the 4 corner ones too when ``diagonal``. Each piece's pixels take the smallest flat index
    among them (a minimum spread until nothing changes); a piece is counted at the pixel that keeps its own index."""
    own = np.arange(64).reshape(8, 8)
    label = np.where(mask, own, 64)
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)] + ([(1, 1), (1, -1), (-1, 1), (-1, -1)] if diagonal else [])
    while True:
        p = np.pad(label, ((0, 0), (1, 1), (1, 1)), constant_values=64)
        near = np.min([p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr, dc in steps], axis=0)
        spread = np.where(mask, np.minimum(label, near), 64)
        if np.array_equal(spread, label):
            return (label == own).sum(axis=(1, 2))
        label = spread


def _reach_border(mask: np.ndarray) -> np.ndarray:
    """The pixels of ``mask`` (n, 8, 8) joined to the image's border through 4-connected pixels of ``mask``."""
    edge = np.ones((8, 8), dtype=bool)
    edge[1:-1, 1:-1] = False
    reach = mask & edge
    while True:
        p = np.pad(reach, ((0, 0), (1, 1), (1, 1)))
        grown = mask & (reach | p[:, :-2, 1:-1] | p[:, 2:, 1:-1] | p[:, 1:-1, :-2] | p[:, 1:-1, 2:])
        if np.array_equal(grown, reach):
            return reach
        reach = grown


def _knight_distances() -> np.ndarray:
    """The fewest knight's moves between any two squares of a chessboard, (64, 64), a square's index 8 row + column
    (breadth first: the squares reached in d moves, d = 1, 2, ...)."""
    r, c = np.divmod(np.arange(64), 8)
    dr, dc = np.abs(r[:, None] - r[None]), np.abs(c[:, None] - c[None])
    step = (((dr == 1) & (dc == 2)) | ((dr == 2) & (dc == 1))).astype(np.int64)
    reach, dist = np.eye(64, dtype=bool), np.where(np.eye(64, dtype=bool), 0, -1)
    for moves in range(1, 64):   # (6 moves reach every square)
        reach = reach | (reach.astype(np.int64) @ step > 0)
        dist[(dist < 0) & reach] = moves
    return dist


def _derived(base: str, which: str, rs: int) -> tuple[np.ndarray, np.ndarray]:
    """Real data derived from a bundled set ``base``: ``flip<P>`` (P% of the labels replaced by a uniformly drawn
    class, the same for every run), ``half`` (the first half of the features), ``classes<digits>`` (only those
    classes, e.g. ``classes358``; ``0to4`` is ``classes01234``), ``parity`` (even against odd labels),
    ``pool4x4`` (digits' 8x8 pixels average-pooled 2x2 to 16 features), ``tail`` (the second half of the
    features), ``top`` (digits: the top four rows of the image), ``bottom`` (digits: the bottom four rows),
    ``left`` (digits: the left four columns), ``even`` (the features of even index), ``noise<S>`` (Gaussian noise of standard deviation S added to every feature, the same for every run),
    ``centre`` (digits: the centre 4x4 pixels), ``cols<A>to<B>`` (features A to B-1), ``mult<S>`` (every value
    multiplied by exp(N(0, S^2)), the same for every run), ``<V>+flip<P>`` (variant V, its labels re-indexed
    0..C-1, then P% of them replaced by a uniformly drawn class among those C); later rounds' variants are described
    where they are computed, among them ``profiles`` (digits: each row's first and last inked column), ``dct4x4``
    (digits: the lowest 4x4 frequencies of the image's 2-d DCT), ``groupext`` (breast_cancer: the largest and smallest
    standardized measurement of each of its three statistics), ``rotz`` (the standardized features turned by a random
    rotation, the same for every run), ``angles`` (iris: the sepal's and the petal's width-to-length angle), ``moments``
    (digits: the ink's mass, centroid and central moments of orders 2 and 3), ``diagsums`` (digits: the ink along each
    diagonal and anti-diagonal), ``nosize`` (breast_cancer: every feature but the radius, perimeter and area ones),
    ``tanhz`` (the tanh of every standardized feature), ``crossprod`` (iris: sepal length times petal width and
    sepal width times petal length), ``oddgrid`` (digits: the pixels of odd row and odd column), ``transitions``
    (digits: the ink's on/off changes along each row and down each column), ``groupnorm`` (breast_cancer: the norm of
    each measurement's standardized mean, error and worst), ``clr`` (the centred log-ratios: each log feature minus
    the example's mean log), ``areas`` (iris: the sepal's and the petal's length times width), ``polarbins`` (digits:
    the ink in 4 rings by 4 quadrants around the image's centre), ``hasym`` (digits: the image's left half minus its
    mirrored right half), ``worstratio`` (breast_cancer: each "worst" feature over its mean), ``cubez`` (the cube of
    every standardized feature), ``petalratios`` (iris: the petal's length and width over the sepal's), ``hog4``
    (digits: the gradient's magnitude in 4 orientation bins in each 4x4 quadrant of the image), ``autocorr`` (digits:
    the image's autocorrelation at 13 shifts of up to 2 pixels), ``roundness`` (breast_cancer: three ratios of the
    radius, perimeter and area of the mean and the worst cell, 1 for a circle), ``sinz`` (the sine of every
    standardized feature), ``hypots`` (iris: the sepal's and the petal's diagonal), ``topology`` (digits: at two ink
    thresholds, the ink's pixels, pieces and holes, the holes' pixels and mean row), ``inkneighbours`` (digits: in the
    image's top and bottom half, how many ink pixels have 0 to 8 inked neighbours), ``mask<P>`` (P% of the values
    replaced by their feature's mean, as if missing and imputed, the same for every run), ``zca`` (the standardized
    features whitened: decorrelated, unit variance, rotated back as near the originals as whitening allows),
    ``partgap`` (iris: the distance and angle from the petal's (length, width) to the sepal's), ``jitter<S>``
    (digits: each image moved by up to S pixels down and across, the same moves for every run), ``mod<K>`` (the
    label modulo K), ``thin<P>`` (P% of class 0's examples kept, the same for every run: a rare class),
    ``polarz`` (neighbouring standardized features as a radius and an angle), ``wholecm`` (iris: every
    measurement rounded to the nearest whole centimetre), ``turns`` (digits: each image turned by 0, 90, 180 or 270
    degrees, the same turns for every run), ``primes`` (digits: whether the digit is a prime, 2, 3, 5 or 7),
    ``spikes<P>`` (P% of the values multiplied by 10, as if misrecorded, the same for every run), ``roundz`` (every
    standardized feature rounded to the nearest whole number), ``partsums`` (iris: the sepal's plus the petal's
    length, and the sepal's plus the petal's width), ``dilate`` (digits: each pixel the largest in its 3x3
    neighbourhood), ``rowsort`` (digits: each row's pixels sorted), ``occlude<S>`` (digits: an S x S block of each
    image blanked at a place drawn per image, the same for every run), ``oneway<P>`` (P% of class 0's labels turned
    to class 1, the same for every run: one-sided label noise), ``swaps<P>`` (P% of the examples with two of their
    features swapped, the same for every run), ``junk<K>`` (K standard normal features appended, the same for every
    run), ``blend<P>`` (each example moved P% of the way to another drawn at random, its label kept, the same for
    every run), ``swapparts`` (iris: the sepal's and the petal's measurements swapped for half the flowers, the same
    for every run), ``onehot<K>`` (each feature cut at its K-quantiles into K bins, one-hot), ``shear<S>`` (digits:
    each image sheared across by k / 4 pixels per row, k drawn per image from -S..S, the same for every run),
    ``inkdistance`` (digits: each pixel's chessboard distance to the nearest ink pixel, 0 on the ink: the ink's
    halo), ``salt<P>`` (digits: P% of the pixels set to full ink, the same for every run), ``mnar<P>`` (each
    feature's top P% of values missing and imputed by the mean of the others: missing not at random),
    ``edgeflip<P>`` (the P% of the examples nearest the nearest-class-mean boundary, each label flipped with
    probability 1/2, the same for every run: noise at the boundary), ``twolabs`` (half the examples with each
    feature times its own factor from 1/2 to 2, the same for every run: a second lab's batch effect),
    ``permute<K>`` (K features each shuffled across the examples, the same for every run), ``zoom`` (iris: each
    flower's measurements times one factor from 1/2 to 2 drawn per flower, the same for every run) and
    ``pairflip<P>`` (P% of classes 1 and 2's labels swapped, class 0 untouched, the same for every run),
    ``erode`` (digits: each pixel the smallest of itself and its 4 side neighbours, 0 outside), ``gamma<G>`` (digits:
    each image's pixels 16 (x / 16)^g, g log-uniform on [1 / G, G] drawn per image, the same for every run),
    ``integral`` (digits: the summed-area table), ``floor<P>`` (each feature's values below its P% quantile raised
    to it: a detection limit), ``cauchy<P>`` (every feature plus P% of its standard deviation times standard Cauchy
    noise, the same for every run), ``expz`` (the exponential of every standardized feature), ``roll<K>`` (each
    example's standardized features moved cyclically by 0..K places drawn per example, the same for every run),
    ``onemissing`` (iris: one measurement of each flower, drawn per flower, imputed by its mean over the others, the
    same for every run), ``prodsum`` (iris: the product and the sum of the four measurements), ``blur3`` (digits:
    each pixel the mean of the 3x3 pixels around it, 0 outside), ``shotnoise`` (digits: each pixel a Poisson count of
    mean the pixel, the same for every run), ``fftabs`` (digits: the magnitudes of the image's 2-d discrete Fourier
    transform), ``sigfig<K>`` (every value rounded to K significant figures, halves up), ``bootstrap`` (as many
    examples drawn with replacement, the same for every run), ``knnmean<K>`` (each example's standardized features
    averaged over its K nearest examples, itself included), ``shrink<K>`` (every standardized feature moved K toward 0,
    stopping at 0), ``pairdiffs`` (iris: the differences of every two of a flower's measurements),
    ``classshuffle`` (iris: each measurement shuffled among the flowers of each class, the same for every run),
    ``haar`` (digits: one level of the 2-d Haar wavelet, four 4x4 bands), ``dither`` (digits: each image dithered to
    0 or 16 by Floyd-Steinberg error diffusion), ``singular`` (digits: the image's 8 singular values),
    ``covnoise<P>`` (every feature plus normal noise of P% of the features' covariance, the same for every run),
    ``weakest<K>`` (the K features least correlated with the label), ``topk<K>`` (each example's K standardized
    features of the largest magnitude, the others 0), ``baseline<S>`` (each example's standardized features all
    plus one normal value of sd S, drawn per example, the same for every run), ``kmeans<K>`` (the distances of the
    standardized features to K centres found by k-means from K examples drawn from the set's seed),
    ``residuals`` (iris: each measurement less its least-squares fit on the other three), ``median3`` (digits: each
    pixel the median of the 3x3 pixels around it), ``tilt<D>`` (digits: each image turned by up to D degrees either
    way, bilinearly, the angle drawn per image, the same for every run), ``lbp`` (digits: the counts of the 10
    rotation-invariant uniform local binary patterns in each 4x4 quadrant), ``yeojohnson`` (every feature
    Yeo-Johnson transformed with its maximum-likelihood power), ``decorr<P>`` (the features in order, each dropped
    when correlated over P/100 with one kept), ``cummax`` (each example's standardized features as their running
    maximum), ``wrap<W>`` (every standardized feature wrapped into [-W/2, W/2)), ``reflect`` (iris: each flower's
    standardized measurements negated with chance 1/2, the same for every run), ``dpnoise<P>`` (every value plus Laplace
    noise of scale P% of its feature's standard deviation, the same for every run), ``recentre`` (digits: each image
    moved by whole pixels so that its ink's centre of mass lies nearest the image's centre), ``mirror`` (digits: each
    image mirrored left to right with chance 1/2, the same for every run), ``fillholes<L>`` (digits: the background
    pixels, at most L, that the border does not reach through 4-connected background set to 16), ``ci95``
    (breast_cancer: each measurement's mean less and plus 1.96 standard errors), ``nopc<K>`` (the standardized features
    less their projection on the first K principal directions), ``rff<K>`` (K random Fourier features cos(z W + b) of
    the standardized features, W and b drawn from the set's seed), ``hinges`` (each standardized feature's positive and
    negative part), ``spin`` (iris: each flower's sepal and petal (length, width) turned by one angle drawn per flower,
    the same for every run), ``kpca<K>`` (the first K components of an RBF kernel PCA of the standardized features),
    ``sobel`` (digits: each pixel's gradient magnitude by the Sobel filters), ``negative`` (digits: each image inverted,
    16 less each pixel, with chance 1/2, the same for every run), ``resize<P>`` (digits: each image scaled about its
    centre by a factor log-uniform on [1 / (1 + P/100), 1 + P/100], bilinearly, drawn per image, the same for every
    run), ``hash<K>`` (the standardized features hashed into K buckets with random signs, the same for every run),
    ``swapnoise<P>`` (P% of the values replaced by the same feature's value of a random example, the same for every
    run), ``simhash<K>`` (K bits: the signs of K random Gaussian projections of the standardized features, drawn from
    the set's seed), ``gaussbins<K>`` (each standardized feature's memberships in K Gaussian bins of sd 1 centred
    between -1 and 1), ``hypersph`` (the standardized features as a radius and d - 1 angles), ``typos<P>`` (iris: P% of
    the measurements with their two digits swapped, 5.1 cm read as 1.5, the same for every run), ``transpose`` (digits:
    each image transposed with chance 1/2, the same for every run), ``posterize<K>`` (digits: each pixel rounded to the
    nearest of K grey levels from 0 to 16), ``outline`` (digits: the ink pixels, over 4, with a side neighbour not ink),
    ``rowl1`` (each example's features over their sum), ``winsor<P>`` (each feature clipped to its P% and (100 - P)%
    quantiles), ``rankgauss`` (each feature's average rank as a standard normal quantile), ``asinh`` (the inverse
    hyperbolic sine of every feature), ``ellipse`` (iris: the sepal's and the petal's perimeter and eccentricity as
    ellipses), ``quarterinch`` (iris: every measurement in inches to the nearest quarter), ``hadamard`` (digits: the
    image's 2-d Walsh-Hadamard transform), ``inkruns`` (digits: the longest run of ink pixels, over 4, along each row
    and down each column), ``loops`` (digits: the label as the closed loops of the digit's shape, 0, 1 or 2),
    ``trim<K>`` (the examples with no standardized feature beyond K), ``stage`` (breast_cancer: benign, malignant with
    a mean radius under 17 or not), ``rowminmax`` (each example's standardized features rescaled to [0, 1] by its own
    smallest and largest), ``dilute`` (wine: each wine's concentrations over a factor uniform on [1, 1.5] drawn per
    wine, the same for every run), ``rowstats`` (iris: the mean, standard deviation, smallest and largest of each
    flower's measurements), ``decoys`` (iris: a flower drawn at random's four measurements appended to each
    flower's, the same for every run), ``adjprod`` (digits: the products of every two side-by-side pixels, along the
    rows and down the columns, over 16), ``inkcentres`` (digits: the ink-weighted mean column of each row and mean
    row of each column, 3.5 where there is no ink), ``letters`` (digits: the label as the letters of the digit's
    English name, 3, 4 or 5), ``zhist6`` (each example's standardized features counted into 6 bins cut at -1.5,
    -0.5, 0, 0.5 and 1.5), ``benigntexture`` (breast_cancer: malignant, benign with a mean texture under 18 or not),
    ``phenolics`` (wine: its five phenol measurements alone), ``pairmax`` (the larger of every two neighbouring
    standardized features), ``widths`` (iris: the sepal's and the petal's widths alone), ``poly2`` (iris: the
    measurements and the products of every two of them, squares included), ``adjmin`` (digits: the smaller of every
    two side-by-side pixels, along the rows and down the columns), ``inkspreads`` (digits: the ink-weighted standard
    deviation of the column in each row and of the row in each column, 0 where there is no ink), ``sevenseg``
    (digits: the label as the segments a seven-segment display lights, under 5, 5 or more), ``concavity6``
    (breast_cancer: its compactness, concavity and concave points, mean and worst), ``borderline`` (breast_cancer:
    malignant, benign or an example with one of its 10 nearest standardized neighbours of the other diagnosis),
    ``head5`` (wine: its first five measurements alone), ``noproline`` (wine: every measurement but proline),
    ``lengths`` (iris: the sepal's and the petal's lengths alone), ``interact3`` (iris: the measurements and the
    products of every two and every three different ones), ``rank2`` (digits: each image's best rank-2
    approximation), ``blockstd`` (digits: the standard deviation of each 2x2 block's four pixels), ``popcount``
    (digits: the label as the ones of the digit in binary, 0 to 3), ``size9`` (breast_cancer: its radius, perimeter
    and area, mean, error and worst), ``atypical`` (breast_cancer: malignant, benign or an example with a
    standardized feature beyond 2.5), ``colourhue`` (wine: its colour intensity and hue alone), ``tripleprod`` (the
    products of every three neighbouring standardized features), ``perimeters`` (iris: the sepal's and the petal's
    twice length plus width), ``rowcentre`` (iris: each flower's measurements less their own mean), ``rowcolmax``
    (digits: the brightest pixel of each row and of each column), ``texture3`` (breast_cancer: its texture alone,
    the mean, the standard error and the worst), ``highproline`` (wine: every measurement but proline, the label
    whether the proline is 750 or more), ``sepal2petal3`` (iris: the sepal's length and width alone, the label
    the petal's length under 2.5 cm, under 4.8 or more), ``ringmeans`` (digits: the mean ink of each of the 4 square
    rings from the border in), ``rowcolstd`` (digits: the ink's standard deviation along each row and down each
    column), ``smooth3`` (breast_cancer: its smoothness alone, the mean, the standard error and the worst),
    ``symfrac6`` (breast_cancer: its symmetry and fractal dimension, the mean, the standard error and the worst),
    ``highalcohol`` (wine: every measurement but the alcohol, the label whether it is 13% or more), ``ashmag``
    (wine: its ash, the ash's alcalinity and the magnesium alone), ``nopetallen`` (iris: every measurement but the
    petal's length), ``colranks`` (iris: each measurement's rank among its column's distinct values), ``rowpeaks``
    (digits: the column of each row's brightest pixel), ``quadink`` (digits: the ink of each 4x4 quadrant),
    ``worst5`` (breast_cancer: the worst radius, texture, perimeter, area and smoothness), ``worstshape4``
    (breast_cancer: the worst compactness, concavity, concave points and symmetry), ``errors5`` (breast_cancer: the
    standard errors of the radius, texture, perimeter, area and smoothness), ``colourod`` (wine: its colour
    intensity, hue and OD280/OD315 alone), ``nocolour`` (wine: every measurement but the colour intensity and the
    hue), ``logscale`` (iris: the log of each measurement), ``sqrts`` (iris: the square root of each),
    ``diagpair`` (digits: the pixels of its two diagonals), ``mean5`` (breast_cancer: the mean radius, texture,
    perimeter, area and smoothness), ``phenols4`` (wine: its total phenols, flavanoids, nonflavanoid phenols and
    proanthocyanins alone), ``ratios2`` (iris: the sepal's length over its width and the petal's), ``colink``
    (digits: the ink of each of its 8 columns), ``texsmooth2`` (breast_cancer: the mean texture and smoothness alone),
    ``alcmalic2`` (wine: its alcohol and malic acid alone), ``areas2`` (iris: the sepal's length times its width
    and the petal's), ``thirds9`` (digits: the ink of each cell of a 3 x 3 grid over the image, its rows and columns
    cut 3, 2, 3), ``rowcount8`` (digits: how many pixels of each row are above 8), ``worsttexsmooth2``
    (breast_cancer: the worst texture and smoothness alone), ``compsym2`` (breast_cancer: the mean compactness and
    symmetry alone), ``alcproline2`` (wine: its alcohol and proline alone), ``flavhue2`` (wine: its flavanoids and
    hue alone), ``sums2`` (iris: the sepal's length plus its width and the petal's), ``diffs2`` (iris: the
    sepal's length less its width and the petal's), ``colcount8`` (digits: how many pixels of each column are above
    8), ``ringcount4`` (digits: how many pixels of each of the 4 square rings are above 8), ``worstradconc2``
    (breast_cancer: the worst radius and concave points alone), ``smoothfrac2`` (breast_cancer: the mean smoothness
    and fractal dimension alone), ``ashcolour2`` (wine: its ash and colour intensity alone), ``magod2`` (wine: its
    magnesium and OD280/OD315 alone), ``slenpwid2`` (iris: the sepal's length and the petal's width alone),
    ``swidplen2`` (iris: the sepal's width and the petal's length alone), ``rowasym8`` (digits: how far each row is
    from its mirror image, the absolute differences of its left half and its mirrored right half summed),
    ``inkheight8`` (digits: the rows each column's pixels above 8 span, from the first to the last), ``perimconcav2``
    (breast_cancer: the mean perimeter and concavity alone), ``worstcompfrac2`` (breast_cancer: the worst compactness
    and fractal dimension alone), ``alkphenols2`` (wine: its alcalinity of ash and total phenols alone),
    ``nonflavproan2`` (wine: its nonflavanoid phenols and proanthocyanins alone), ``slenplen2`` (iris: the sepal's
    length and the petal's length alone), ``swidpwid2`` (iris: the sepal's width and the petal's width alone),
    ``colasym8`` (digits: how far each column is from its mirror image, the absolute differences of its top half and
    its mirrored bottom half summed), ``inkwidth8`` (digits: the columns each row's pixels above 8 span, from the
    first to the last), ``areasym2`` (breast_cancer: the mean area and symmetry alone), ``worstperimsmooth2``
    (breast_cancer: the worst perimeter and smoothness alone), ``malicmag2`` (wine: its malic acid and magnesium
    alone), ``alkhue2`` (wine: its alcalinity of ash and hue alone), ``plenpwid2`` (iris: the petal's length and
    width alone), ``slenswid2`` (iris: the sepal's length and width alone), ``rowtv8`` (digits: each row's total
    variation, the absolute differences of its neighbouring pixels summed), ``coltv8`` (digits: each column's),
    ``texconcpts2`` (breast_cancer: the mean texture and concave points alone), ``worstareasym2`` (breast_cancer: the
    worst area and symmetry alone), ``flavproline2`` (wine: its flavanoids and proline alone), ``malicod2`` (wine: its
    malic acid and OD280/OD315 alone), ``slenplenpwid3`` (iris: the sepal's length and the petal's length and width,
    the sepal's width left out), ``slenswidplen3`` (iris: the sepal's length and width and the petal's length, the
    petal's width left out), ``rowjump8`` (digits: each row's largest step, the largest absolute difference of two
    neighbouring pixels), ``coljump8`` (digits: each column's), ``radfrac2`` (breast_cancer: the mean radius and
    fractal dimension alone), ``worstconcsym2`` (breast_cancer: the worst concavity and symmetry alone), ``alcflav2``
    (wine: its alcohol and flavanoids alone), ``phenolscolour2`` (wine: its total phenols and colour intensity
    alone), ``lenwidprods2`` (iris: the sepal's length times the petal's, and the sepal's width times the petal's),
    ``swidplenpwid3`` (iris: the sepal's width and the petal's length and width, the sepal's length left out),
    ``rowmedian8`` (digits: each row's median pixel), ``colmedian8`` (digits: each column's), ``areaconcav2``
    (breast_cancer: the mean area and concavity alone), ``worsttexfrac2`` (breast_cancer: the worst texture and
    fractal dimension alone), ``hueproline2`` (wine: its hue and proline alone), ``malicash2`` (wine: its malic acid
    and ash alone), ``crossratios2`` (iris: the sepal's length over the petal's width, and the sepal's width over the
    petal's length), ``crosssums2`` (iris: the sepal's length plus the petal's width, and the sepal's width plus the
    petal's length), ``rowfaint8`` (digits: how many pixels of each row are faint, inked but not above 8),
    ``colfaint8`` (digits: each column's), ``radcomp2`` (breast_cancer: the mean radius and compactness alone),
    ``worstradtex2`` (breast_cancer: the worst radius and texture alone), ``alccolour2`` (wine: its alcohol and colour
    intensity alone), ``alkproan2`` (wine: its alcalinity of ash and proanthocyanins alone), ``crossdiffs2`` (iris:
    the sepal's length less the petal's width, and the sepal's width less the petal's length) and ``crosshypots2``
    (iris: the diagonal of the sepal's length and the petal's width, and of the sepal's width and the petal's
    length), ``rowcurve8`` (digits: each row's curvature, its absolute second differences summed), ``colcurve8``
    (digits: each column's), ``texsym2`` (breast_cancer: the mean texture and symmetry alone),
    ``worstsmoothconcpts2`` (breast_cancer: the worst smoothness and concave points alone), ``magproline2`` (wine:
    its magnesium and proline alone), ``ashnonflav2`` (wine: its ash and nonflavanoid phenols alone),
    ``crossharms2`` (iris: the harmonic mean of the sepal's length and the petal's width, and of the sepal's width
    and the petal's length), ``partharms2`` (iris: the harmonic mean of the sepal's length and width, and of the
    petal's), ``rowextent8`` (digits: each row's extent, from its first inked pixel to its last), ``colextent8``
    (digits: each column's), ``perimfrac2`` (breast_cancer: the mean perimeter and fractal dimension alone),
    ``worstareaconcav2`` (breast_cancer: the worst area and concavity alone), ``alkmag2`` (wine: its alcalinity of
    ash and magnesium alone), ``ashproan2`` (wine: its ash and proanthocyanins alone), ``crossgeoms2`` (iris: the
    geometric mean of the sepal's length and the petal's width, and of the sepal's width and the petal's length) and
    ``partgeoms2`` (iris: the geometric mean of the sepal's length and width, and of the petal's)."""
    which = {"0to4": "classes01234"}.get(which, which)
    if "+" in which:   # a composition: a variant, then label noise among its own classes
        first, then = which.split("+", 1)
        if not then.startswith("flip"):
            raise ValueError(f"unknown variant {which!r} of {base}")
        X, y = _derived(base, first, rs)
        _, y = np.unique(y, return_inverse=True)
        return X, _redraw(y, rs, int(then[4:]) / 100)
    X, y = getattr(skd, f"load_{base}")(return_X_y=True)
    if which == "pool4x4":
        return X.reshape(-1, 4, 2, 4, 2).mean(axis=(2, 4)).reshape(-1, 16), y
    if which == "parity":
        return X, y % 2
    if which.startswith("flip"):
        return X, _redraw(y, rs, int(which[4:]) / 100)
    if which == "half":
        return X[:, : X.shape[1] // 2], y
    if which == "tail":
        return X[:, X.shape[1] // 2 :], y
    if which == "top":   # digits: the top half of the 8x8 image (4 rows, 32 pixels)
        return X.reshape(-1, 8, 8)[:, :4, :].reshape(-1, 32), y
    if which == "bottom":
        return X.reshape(-1, 8, 8)[:, 4:, :].reshape(-1, 32), y
    if which == "left":   # digits: the left half of the 8x8 image (4 columns, 32 pixels)
        return X.reshape(-1, 8, 8)[:, :, :4].reshape(-1, 32), y
    if which == "even":
        return X[:, ::2], y
    if which.startswith("noise"):
        return X + np.random.default_rng(rs).normal(0.0, float(which[5:]), size=X.shape), y
    if which == "centre":   # digits: the centre 4x4 pixels of the 8x8 image (rows and columns 2-5)
        return X.reshape(-1, 8, 8)[:, 2:6, 2:6].reshape(-1, 16), y
    if which.startswith("cols"):
        lo, hi = (int(v) for v in which[4:].split("to"))
        return X[:, lo:hi], y
    if which.startswith("mult"):
        return X * np.exp(np.random.default_rng(rs).normal(0.0, float(which[4:]), size=X.shape)), y
    if which == "checkerpix":   # digits: the pixels whose row + column is even (32 of 64)
        r, c = np.indices((8, 8))
        return X[:, ((r + c) % 2 == 0).ravel()], y
    if which == "oddrows":   # digits: the odd rows of the 8x8 image (4 rows, 32 pixels)
        return X.reshape(-1, 8, 8)[:, 1::2, :].reshape(-1, 32), y
    if which == "log":   # every feature replaced by log(1 + value) (breast_cancer's features are >= 0)
        return np.log1p(X), y
    if which == "midcols":   # digits: the middle four pixel columns of the 8x8 image (columns 2-5, 32 pixels)
        return X.reshape(-1, 8, 8)[:, :, 2:6].reshape(-1, 32), y
    if which == "sqrthalf":   # the square root of the first half of the features (breast_cancer's are >= 0)
        return np.sqrt(X[:, : X.shape[1] // 2]), y
    if which == "pairsum":   # sums of neighbouring features (0+1, 2+3, ...), standardized first
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return Z[:, 0 : 2 * (Z.shape[1] // 2) : 2] + Z[:, 1 : 2 * (Z.shape[1] // 2) : 2], y
    if which == "diagonals":   # digits: the pixels on the two diagonals of the 8x8 image (16 pixels)
        r, c = np.indices((8, 8))
        return X[:, ((r == c) | (r + c == 7)).ravel()], y
    if which == "squarehalf":   # the square of the second half of the features
        return X[:, X.shape[1] // 2 :] ** 2, y
    if which == "dropfirst3":   # every feature but the first three
        return X[:, 3:], y
    if which == "maxpool4x4":   # digits' 8x8 pixels max-pooled 2x2 to 16 features
        return X.reshape(-1, 4, 2, 4, 2).max(axis=(2, 4)).reshape(-1, 16), y
    if which == "ratios10":   # the ratios of neighbouring features among the first 11 (breast_cancer's are >= 0)
        return X[:, :10] / (X[:, 1:11] + 1e-3), y
    if which == "sqrtall":   # the square root of every feature (wine's are >= 0)
        return np.sqrt(X), y
    if which == "rowcolsums":   # digits: the 8 row sums and the 8 column sums of the 8x8 image (16 features)
        img = X.reshape(-1, 8, 8)
        return np.hstack([img.sum(axis=2), img.sum(axis=1)]), y
    if which == "clip1":   # every feature standardized, then clipped to [-1, 1]
        return np.clip((X - X.mean(axis=0)) / X.std(axis=0), -1.0, 1.0), y
    if which == "bottomright":   # digits: the bottom-right 4x4 pixels of the 8x8 image (16 pixels)
        return X.reshape(-1, 8, 8)[:, 4:, 4:].reshape(-1, 16), y
    if which == "pca5":   # the first 5 principal components of the standardized features
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return Z @ np.linalg.svd(Z, full_matrices=False)[2][:5].T, y
    if which == "pairprod":   # products of neighbouring standardized features (0*1, 2*3, ...)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return Z[:, 0 : 2 * (Z.shape[1] // 2) : 2] * Z[:, 1 : 2 * (Z.shape[1] // 2) : 2], y
    if which == "odd":   # the features of odd index
        return X[:, 1::2], y
    if which == "rank":   # every feature replaced by its rank among the examples (scaled to [0, 1])
        return np.argsort(np.argsort(X, axis=0, kind="stable"), axis=0) / max(X.shape[0] - 1, 1), y
    if which == "topleft":   # digits: the top-left 4x4 pixels of the 8x8 image (16 pixels)
        return X.reshape(-1, 8, 8)[:, :4, :4].reshape(-1, 16), y
    if which == "deciles":   # every feature replaced by its decile bin (0-9) among the examples
        edges = np.quantile(X, np.linspace(0.1, 0.9, 9), axis=0)
        return np.stack([np.searchsorted(edges[:, j], X[:, j], side="right") for j in range(X.shape[1])],
                        axis=1).astype(float), y
    if which == "cbrt":   # the cube root of every feature
        return np.cbrt(X), y
    if which == "topright":   # digits: the top-right 4x4 pixels of the 8x8 image (16 pixels)
        return X.reshape(-1, 8, 8)[:, :4, 4:].reshape(-1, 16), y
    if which == "absz":   # the absolute value of every standardized feature
        return np.abs((X - X.mean(axis=0)) / X.std(axis=0)), y
    if which == "signz":   # the sign of every standardized feature (+1 or -1)
        return np.where(X > X.mean(axis=0), 1.0, -1.0), y
    if which == "bottomleft":   # digits: the bottom-left 4x4 pixels of the 8x8 image (16 pixels)
        return X.reshape(-1, 8, 8)[:, 4:, :4].reshape(-1, 16), y
    if which == "quartiles":   # every feature replaced by its quartile bin (0-3) among the examples
        edges = np.quantile(X, [0.25, 0.5, 0.75], axis=0)
        return np.stack([np.searchsorted(edges[:, j], X[:, j], side="right") for j in range(X.shape[1])],
                        axis=1).astype(float), y
    if which == "squarez":   # the square of every standardized feature
        return ((X - X.mean(axis=0)) / X.std(axis=0)) ** 2, y
    if which == "right":   # digits: the right half of the 8x8 image (4 columns, 32 pixels)
        return X.reshape(-1, 8, 8)[:, :, 4:].reshape(-1, 32), y
    if which == "worstgap":   # breast_cancer: each "worst" feature minus its "mean" (features 20-29 minus 0-9)
        return X[:, 20:30] - X[:, 0:10], y
    if which == "logratio":   # logs of neighbouring features' ratios (log x_j - log x_{j+1}; wine's are > 0)
        L = np.log(X)
        return L[:, :-1] - L[:, 1:], y
    if which == "midring":   # digits: the ring of pixels between the border and the centre 4x4 (20 pixels)
        r, c = np.indices((8, 8))
        ring = np.maximum(np.abs(2 * r - 7), np.abs(2 * c - 7)) == 5   # rows and columns 1-6 but not 2-5
        return X[:, ring.ravel()], y
    if which == "serel":   # breast_cancer: each standard-error feature over its mean (features 10-19 over 0-9)
        return X[:, 10:20] / (X[:, 0:10] + 1e-3), y
    if which == "unitz":   # the standardized features of each example scaled to unit length (its direction only)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return Z / np.linalg.norm(Z, axis=1, keepdims=True), y
    if which == "hgrad":   # digits: differences of horizontally neighbouring pixels (8 rows x 7, 56 features)
        img = X.reshape(-1, 8, 8)
        return (img[:, :, 1:] - img[:, :, :-1]).reshape(-1, 56), y
    if which == "sortz":   # the standardized features of each example sorted (which feature is which is lost)
        return np.sort((X - X.mean(axis=0)) / X.std(axis=0), axis=1), y
    if which == "cumz":   # cumulative sums of the standardized features (z0, z0 + z1, ..., z0 + ... + z_last)
        return np.cumsum((X - X.mean(axis=0)) / X.std(axis=0), axis=1), y
    if which == "bin8":   # digits: every pixel thresholded at 8 (of 0-16): 1 where above, else 0 (64 binary features)
        return (X > 8).astype(float), y
    if which == "rproj4":   # 4 random Gaussian projections of the standardized features, drawn from the set's seed
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return Z @ np.random.default_rng(rs).standard_normal((Z.shape[1], 4)), y
    if which == "rowrank":   # each example's standardized features replaced by their ranks (0..d-1) among its own
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return np.argsort(np.argsort(Z, axis=1, kind="stable"), axis=1, kind="stable").astype(float), y
    if which == "hfold":   # digits: the image folded in half: each left-half pixel plus its mirror image (32 features)
        img = X.reshape(-1, 8, 8)
        return (img[:, :, :4] + img[:, :, :3:-1]).reshape(-1, 32), y
    if which == "diffz":   # differences of neighbouring standardized features (z1 - z0, ..., z_last - z_{last-1})
        return np.diff((X - X.mean(axis=0)) / X.std(axis=0), axis=1), y
    if which == "recip":   # the reciprocal of every feature (wine's are > 0)
        return 1.0 / X, y
    if which == "vfold":   # digits: the image folded top to bottom: each top-half pixel plus its mirror (32 features)
        img = X.reshape(-1, 8, 8)
        return (img[:, :4, :] + img[:, :3:-1, :]).reshape(-1, 32), y
    if which == "laplace":   # digits: the 4-neighbour Laplacian of the inner 6x6 pixels (36 features: edges, not ink)
        img = X.reshape(-1, 8, 8)
        lap = 4 * img[:, 1:-1, 1:-1] - img[:, :-2, 1:-1] - img[:, 2:, 1:-1] - img[:, 1:-1, :-2] - img[:, 1:-1, 2:]
        return lap.reshape(-1, 36), y
    if which == "rbf6":   # Gaussian similarities of the standardized features to 6 examples drawn from the set's seed
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        ref = Z[np.random.default_rng(rs).choice(Z.shape[0], size=6, replace=False)]
        return np.exp(-((Z[:, None, :] - ref[None]) ** 2).sum(axis=2) / (2 * Z.shape[1])), y
    if which == "statmean":   # breast_cancer: each measurement's standardized mean, error and worst averaged (10)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return (Z[:, 0:10] + Z[:, 10:20] + Z[:, 20:30]) / 3, y
    if which == "softmaxz":   # each example's softmax of its standardized features (shares summing to 1)
        E = np.exp((X - X.mean(axis=0)) / X.std(axis=0))
        return E / E.sum(axis=1, keepdims=True), y
    if which == "profiles":   # digits: each row's first and last inked column (pixel > 4; 8 and -1 if none; 16)
        ink = X.reshape(-1, 8, 8) > 4
        any_ink = ink.any(axis=2)
        first = np.where(any_ink, ink.argmax(axis=2), 8)
        last = np.where(any_ink, 7 - ink[:, :, ::-1].argmax(axis=2), -1)
        return np.hstack([first, last]).astype(float), y
    if which == "dct4x4":   # digits: the 4x4 lowest frequencies of the image's orthonormal 2-d DCT-II (16 features)
        k = np.arange(8)
        D = np.sqrt(2 / 8) * np.cos(np.pi * (2 * k[None, :] + 1) * k[:, None] / 16)
        D[0] /= np.sqrt(2)
        return (D @ X.reshape(-1, 8, 8) @ D.T)[:, :4, :4].reshape(-1, 16), y
    if which == "groupext":   # breast_cancer: the largest and smallest standardized measurement of each statistic (6)
        G = ((X - X.mean(axis=0)) / X.std(axis=0)).reshape(-1, 3, 10)   # mean, error, worst
        return np.hstack([G.max(axis=2), G.min(axis=2)]), y
    if which == "rotz":   # the standardized features turned by a random rotation drawn from the set's seed
        Q = np.linalg.qr(np.random.default_rng(rs).standard_normal((X.shape[1], X.shape[1])))[0]
        return ((X - X.mean(axis=0)) / X.std(axis=0)) @ Q, y
    if which == "angles":   # iris: the sepal's and the petal's angle atan2(width, length) (shapes, not sizes; 2)
        return np.arctan2(X[:, 1::2], X[:, 0::2]), y
    if which == "moments":   # digits: the ink's mass, centroid and central moments of orders 2 and 3 (10 features)
        img = X.reshape(-1, 8, 8)
        r, c = np.indices((8, 8))
        mass = img.sum(axis=(1, 2))
        cr, cc = (img * r).sum(axis=(1, 2)) / mass, (img * c).sum(axis=(1, 2)) / mass
        dr, dc = r[None] - cr[:, None, None], c[None] - cc[:, None, None]
        central = [(img * dr**i * dc**j).sum(axis=(1, 2)) / mass for i, j in
                   ((2, 0), (1, 1), (0, 2), (3, 0), (2, 1), (1, 2), (0, 3))]
        return np.column_stack([mass, cr, cc, *central]), y
    if which == "diagsums":   # digits: the ink along each of the 15 diagonals and the 15 anti-diagonals (30)
        img = X.reshape(-1, 8, 8)
        diag = [np.trace(img, offset=k, axis1=1, axis2=2) for k in range(-7, 8)]   # column minus row k
        anti = [np.trace(img[:, :, ::-1], offset=k, axis1=1, axis2=2) for k in range(7, -8, -1)]   # row + column
        return np.column_stack(diag + anti), y
    if which == "nosize":   # breast_cancer: no size (radius, perimeter, area) in any statistic: shape and texture (21)
        return X[:, [j for j in range(X.shape[1]) if j % 10 not in (0, 2, 3)]], y
    if which == "tanhz":   # the tanh of every standardized feature (the tails squashed)
        return np.tanh((X - X.mean(axis=0)) / X.std(axis=0)), y
    if which == "crossprod":   # iris: sepal length times petal width, sepal width times petal length (2)
        return np.c_[X[:, 0] * X[:, 3], X[:, 1] * X[:, 2]], y
    if which == "oddgrid":   # digits: the pixels of odd row and odd column (rows and columns 1, 3, 5, 7; 16 pixels)
        return X.reshape(-1, 8, 8)[:, 1::2, 1::2].reshape(-1, 16), y
    if which == "transitions":   # digits: ink on/off changes (pixel > 4) along each row and down each column (16)
        ink = X.reshape(-1, 8, 8) > 4
        rows = (ink[:, :, 1:] != ink[:, :, :-1]).sum(axis=2)
        cols = (ink[:, 1:, :] != ink[:, :-1, :]).sum(axis=1)
        return np.hstack([rows, cols]).astype(float), y
    if which == "groupnorm":   # breast_cancer: each measurement's norm of its standardized (mean, error, worst) (10)
        G = ((X - X.mean(axis=0)) / X.std(axis=0)).reshape(-1, 3, 10)   # the sign lost: far from typical, either way
        return np.linalg.norm(G, axis=1), y
    if which == "clr":   # the centred log-ratios: each log feature minus the example's mean log (wine's are > 0)
        L = np.log(X)
        return L - L.mean(axis=1, keepdims=True), y
    if which == "areas":   # iris: the sepal's and the petal's length times width (2)
        return np.c_[X[:, 0] * X[:, 1], X[:, 2] * X[:, 3]], y
    if which == "polarbins":   # digits: the ink in 4 rings (of width 1.25 pixels) by 4 quadrants around the centre (16)
        img = X.reshape(-1, 8, 8)
        dr, dc = np.indices((8, 8)) - 3.5
        ring = np.minimum((np.hypot(dr, dc) / 1.25).astype(int), 3)   # the centre's distances: 0.71 to 4.95
        quad = 2 * (dr > 0) + (dc > 0)
        return np.stack([img[:, (ring == i) & (quad == j)].sum(axis=1) for i in range(4) for j in range(4)], axis=1), y
    if which == "hasym":   # digits: the left half minus the mirrored right half (32 features: the asymmetry alone)
        img = X.reshape(-1, 8, 8)
        return (img[:, :, :4] - img[:, :, :3:-1]).reshape(-1, 32), y
    if which == "worstratio":   # breast_cancer: each "worst" feature over its mean (features 20-29 over 0-9)
        return X[:, 20:30] / (X[:, 0:10] + 1e-3), y
    if which == "cubez":   # the cube of every standardized feature (the sign kept, the tails stretched)
        return ((X - X.mean(axis=0)) / X.std(axis=0)) ** 3, y
    if which == "petalratios":   # iris: petal length over sepal length, petal width over sepal width (2)
        return np.c_[X[:, 2] / X[:, 0], X[:, 3] / X[:, 1]], y
    if which == "hog4":   # digits: gradient magnitude in 4 orientation bins in each 4x4 quadrant (16 features)
        img = X.reshape(-1, 8, 8)
        gr, gc = np.gradient(img, axis=(1, 2))   # down the rows, along the columns (central differences)
        mag, ang = np.hypot(gr, gc), np.mod(np.arctan2(gr, gc), np.pi)   # the orientation without its sign
        o = np.mod(np.rint(ang / (np.pi / 4)).astype(int), 4)   # the nearest of 0, 45, 90 and 135 degrees
        r, c = np.indices((8, 8))
        quad = 2 * (r >= 4) + (c >= 4)
        return np.stack([(mag * ((quad == j) & (o == b))).sum(axis=(1, 2)) for j in range(4) for b in range(4)],
                        axis=1), y
    if which == "autocorr":   # digits: the ink's autocorrelation at the 13 shifts (dr, dc), 0 <= dr <= 2, |dc| <= 2
        img = X.reshape(-1, 8, 8)   # those of dr = 0 with dc >= 0 (the others repeat them), summed over the overlap
        shifts = [(0, 0), (0, 1), (0, 2)] + [(dr, dc) for dr in (1, 2) for dc in range(-2, 3)]
        return np.stack([(img[:, : 8 - dr, max(0, -dc) : 8 - max(0, dc)] * img[:, dr:, max(0, dc) : 8 + min(0, dc)])
                         .sum(axis=(1, 2)) for dr, dc in shifts], axis=1), y
    if which == "roundness":   # breast_cancer: the mean and worst P^2 / (4 pi A), A / (pi R^2), P / (2 pi R) (6)
        cols = []
        for at in (0, 20):   # the radius R, perimeter P and area A of the mean (0, 2, 3) and of the worst (20, 22, 23)
            R, P, A = X[:, at], X[:, at + 2], X[:, at + 3]
            cols += [P**2 / (4 * np.pi * A), A / (np.pi * R**2), P / (2 * np.pi * R)]
        return np.column_stack(cols), y
    if which == "sinz":   # the sine of every standardized feature (the tails folded back)
        return np.sin((X - X.mean(axis=0)) / X.std(axis=0)), y
    if which == "hypots":   # iris: the sepal's and the petal's diagonal, sqrt(length^2 + width^2) (2)
        return np.c_[np.hypot(X[:, 0], X[:, 1]), np.hypot(X[:, 2], X[:, 3])], y
    if which == "topology":   # digits: at ink > 4 and > 10, the ink's pixels, its 8-connected pieces, its holes
        img, r = X.reshape(-1, 8, 8), np.indices((8, 8))[0]   # (4-connected background pieces off the border), the
        cols = []   # holes' pixels and their mean row (-1 without a hole) (10 features)
        for level in (4, 10):
            ink = img > level
            hole = ~ink & ~_reach_border(~ink)
            area = hole.sum(axis=(1, 2))
            cols += [ink.sum(axis=(1, 2)), _pieces(ink, diagonal=True), _pieces(hole, diagonal=False), area,
                     np.where(area > 0, (hole * r).sum(axis=(1, 2)) / np.maximum(area, 1), -1.0)]
        return np.column_stack(cols).astype(float), y
    if which == "inkneighbours":   # digits: in the top and the bottom 4 rows, the ink pixels (> 4) with k = 0..8
        ink = X.reshape(-1, 8, 8) > 4   # of their 8 neighbours inked (one in the other half counts too) (18 features)
        p = np.pad(ink, ((0, 0), (1, 1), (1, 1)))
        count = sum(p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc].astype(int) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    if (dr, dc) != (0, 0))
        top = np.arange(8)[:, None] < 4
        return np.stack([(ink & (count == k) & half).sum(axis=(1, 2)) for half in (top, ~top) for k in range(9)],
                        axis=1).astype(float), y
    if which.startswith("mask"):   # P% of the values replaced by their feature's mean (missing, imputed), seeded
        missing = np.random.default_rng(rs).random(X.shape) < int(which[4:]) / 100
        return np.where(missing, X.mean(axis=0), X), y
    if which == "zca":   # the standardized features times the inverse square root of their covariance (ZCA whitening)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        w, V = np.linalg.eigh(np.cov(Z, rowvar=False, bias=True))
        return Z @ (V / np.sqrt(w)) @ V.T, y
    if which == "partgap":   # iris: sepal minus petal, (length, width), as a distance and an angle (2)
        dl, dw = X[:, 0] - X[:, 2], X[:, 1] - X[:, 3]
        return np.c_[np.hypot(dl, dw), np.arctan2(dw, dl)], y
    if which.startswith("jitter"):   # digits: each image moved by up to S pixels down and across, seeded, zeros in
        S, img = int(which[6:]), X.reshape(-1, 8, 8)   # from the border (the same moves for every run) (64)
        dr, dc = np.random.default_rng(rs).integers(-S, S + 1, size=(2, img.shape[0]))
        p = np.pad(img, ((0, 0), (S, S), (S, S)))
        at = np.arange(8) + S   # moved by (dr, dc): pixel (r, c) is the original's (r - dr, c - dc)
        return p[np.arange(img.shape[0])[:, None, None], (at[None] - dr[:, None])[:, :, None],
                 (at[None] - dc[:, None])[:, None, :]].reshape(-1, 64), y
    if which.startswith("mod"):   # the label modulo K (digits' mod3: {0, 3, 6, 9}, {1, 4, 7}, {2, 5, 8})
        return X, y % int(which[3:])
    if which.startswith("thin"):   # P% of class 0's examples kept (drawn from the set's seed), every other one kept
        keep = (y != 0) | (np.random.default_rng(rs).random(y.size) < int(which[4:]) / 100)
        return X[keep], y[keep]
    if which == "polarz":   # neighbouring standardized features (0 and 1, 2 and 3, ...) as a radius and an angle
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # (an odd last feature kept as it is)
        a, b = Z[:, 0 : 2 * (Z.shape[1] // 2) : 2], Z[:, 1 : 2 * (Z.shape[1] // 2) : 2]
        return np.hstack([np.hypot(a, b), np.arctan2(b, a), Z[:, 2 * (Z.shape[1] // 2) :]]), y
    if which == "wholecm":   # iris: every measurement rounded to the nearest whole centimetre (halves up)
        return np.floor(X + 0.5), y
    if which == "turns":   # digits: each image turned counter-clockwise by k = 0..3 quarter turns, k drawn per image
        img = X.reshape(-1, 8, 8).copy()   # from the set's seed (the same turns for every run) (64)
        k = np.random.default_rng(rs).integers(0, 4, size=img.shape[0])
        for q in (1, 2, 3):
            img[k == q] = np.rot90(img[k == q], q, axes=(1, 2))
        return img.reshape(-1, 64), y
    if which == "primes":   # digits: whether the digit is a prime (2, 3, 5, 7: class 1) or not (0, 1, 4, 6, 8, 9)
        return X, np.isin(y, [2, 3, 5, 7]).astype(np.int64)
    if which.startswith("spikes"):   # P% of the values multiplied by 10 (misrecorded), drawn from the set's seed
        spiked = np.random.default_rng(rs).random(X.shape) < int(which[6:]) / 100
        return np.where(spiked, 10.0 * X, X), y
    if which == "roundz":   # every standardized feature rounded to the nearest whole number (halves to even)
        return np.rint((X - X.mean(axis=0)) / X.std(axis=0)), y
    if which == "partsums":   # iris: sepal plus petal length, sepal plus petal width (2)
        return np.c_[X[:, 0] + X[:, 2], X[:, 1] + X[:, 3]], y
    if which == "dilate":   # digits: each pixel the largest in its 3x3 neighbourhood (the ink grown by a pixel) (64)
        p = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))
        near = [p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)]
        return np.max(near, axis=0).reshape(-1, 64), y
    if which == "rowsort":   # digits: each row's 8 pixels sorted, lightest first (each row's ink kept, not where) (64)
        return np.sort(X.reshape(-1, 8, 8), axis=2).reshape(-1, 64), y
    if which.startswith("occlude"):   # digits: an S x S block of each image blanked (0) at a place drawn per image
        s, img = int(which[7:]), X.reshape(-1, 8, 8).copy()   # from the set's seed (the same for every run) (64)
        r, c = np.random.default_rng(rs).integers(0, 9 - s, size=(2, img.shape[0]))
        at = np.arange(8)
        rows = (at[None] >= r[:, None]) & (at[None] < r[:, None] + s)
        cols = (at[None] >= c[:, None]) & (at[None] < c[:, None] + s)
        img[rows[:, :, None] & cols[:, None, :]] = 0.0
        return img.reshape(-1, 64), y
    if which.startswith("oneway"):   # P% of class 0's labels turned to class 1 (one-sided label noise: breast_cancer's
        missed = (y == 0) & (np.random.default_rng(rs).random(y.size) < int(which[6:]) / 100)   # malignant as benign)
        return X, np.where(missed, 1, y)
    if which.startswith("swaps"):   # P% of the examples with two of their features swapped (misrecorded), the
        rng = np.random.default_rng(rs)   # examples and the pairs drawn from the set's seed
        hit = np.flatnonzero(rng.random(X.shape[0]) < int(which[5:]) / 100)
        a = rng.integers(0, X.shape[1], size=hit.size)
        b = (a + rng.integers(1, X.shape[1], size=hit.size)) % X.shape[1]   # another feature
        X = X.copy()
        X[hit, a], X[hit, b] = X[hit, b], X[hit, a]
        return X, y
    if which.startswith("junk"):   # K standard normal features appended, irrelevant to the label (drawn from the set's
        rng = np.random.default_rng([rs, 1])   # seed's second stream: a +flip draws from the first)
        return np.hstack([X, rng.standard_normal((X.shape[0], int(which[4:])))]), y
    if which.startswith("blend"):   # each example moved P% of the way to another example drawn at random (any class;
        rng = np.random.default_rng([rs, 1])   # the set's seed's second stream), its label kept
        other = (np.arange(X.shape[0]) + rng.integers(1, X.shape[0], size=X.shape[0])) % X.shape[0]
        w = int(which[5:]) / 100
        return (1 - w) * X + w * X[other], y
    if which == "swapparts":   # iris: the sepal's (length, width) and the petal's swapped for half the flowers, drawn
        swap = np.random.default_rng(rs).random(X.shape[0]) < 0.5   # from the set's seed (the same for every run)
        return np.where(swap[:, None], X[:, [2, 3, 0, 1]], X), y
    if which.startswith("onehot"):   # each feature cut at its K-quantiles (over the whole set) into K bins, one-hot:
        k = int(which[6:])   # K binary features per feature (a value on a cut in the lower bin)
        cuts = np.quantile(X, np.arange(1, k) / k, axis=0)   # (K - 1, features)
        bins = (X[:, :, None] > cuts.T[None]).sum(axis=2)
        return np.eye(k)[bins].reshape(X.shape[0], -1), y
    if which.startswith("shear"):   # digits: each image sheared across by k / 4 pixels per row, k drawn per image from
        s, img = int(which[5:]), X.reshape(-1, 8, 8)   # -S..S (the set's seed): row r moved round(k (r - 3.5) / 4)
        k = np.random.default_rng(rs).integers(-s, s + 1, size=img.shape[0])   # columns, zeros in (64)
        shift = np.rint(k[:, None] * (np.arange(8)[None] - 3.5) / 4).astype(int)   # (images, rows)
        src = np.arange(8)[None, None, :] - shift[:, :, None]   # pixel (r, c) is the original's (r, c - shift)
        inside = (src >= 0) & (src < 8)
        moved = np.take_along_axis(img, np.clip(src, 0, 7), axis=2)
        return np.where(inside, moved, 0.0).reshape(-1, 64), y
    if which == "inkdistance":   # digits: each pixel's chessboard distance to the nearest ink pixel (> 4), 0 on the
        ink = X.reshape(-1, 8, 8) > 4   # ink: how many 3x3 dilations of the ink reach it (the ink's halo) (64)
        reach, dist = ink, np.zeros(ink.shape)
        for step in range(1, 8):
            p = np.pad(reach, ((0, 0), (1, 1), (1, 1)))
            grown = np.max([p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)], axis=0)
            dist[grown & ~reach] = step
            reach = grown
        return dist.reshape(-1, 64), y
    if which.startswith("salt"):   # digits: P% of the pixels set to full ink (16), drawn from the set's seed (stray
        salted = np.random.default_rng(rs).random(X.shape) < int(which[4:]) / 100   # ink, the same for every run) (64)
        return np.where(salted, 16.0, X), y
    if which.startswith("mnar"):   # each feature's values above its (100 - P)% quantile missing and imputed by the mean
        high = X > np.quantile(X, 1 - int(which[4:]) / 100, axis=0)   # of the values kept: missing not at random (the
        kept_mean = np.where(high, 0.0, X).sum(axis=0) / (~high).sum(axis=0)   # large ones lost)
        return np.where(high, kept_mean, X), y
    if which.startswith("edgeflip"):   # the P% of the examples nearest the nearest-class-mean boundary (standardized
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # features, two classes), each label flipped with probability 1/2
        d0, d1 = (((Z - Z[y == c].mean(axis=0)) ** 2).sum(axis=1) for c in (0, 1))   # (the set's seed): noise at the
        near = np.argsort(np.abs(d0 - d1), kind="stable")[: int(round(y.size * int(which[8:]) / 100))]   # boundary
        flip = near[np.random.default_rng(rs).random(near.size) < 0.5]
        y = y.copy()
        y[flip] = 1 - y[flip]
        return X, y
    if which == "twolabs":   # half the examples (drawn from the set's seed's second stream) measured by a second lab:
        rng = np.random.default_rng([rs, 1])   # each feature times its own factor from 1/2 to 2 (log-uniform), the
        second = rng.random(X.shape[0]) < 0.5   # same for all of them (a batch effect)
        factor = np.exp(rng.uniform(-np.log(2), np.log(2), size=X.shape[1]))
        return np.where(second[:, None], X * factor, X), y
    if which.startswith("permute"):   # K features (drawn from the set's seed's second stream), each shuffled across the
        rng = np.random.default_rng([rs, 1])   # examples: their values kept, their link to the label lost
        X = X.copy()
        for j in rng.choice(X.shape[1], size=int(which[7:]), replace=False):
            X[:, j] = X[rng.permutation(X.shape[0]), j]
        return X, y
    if which == "zoom":   # iris: each flower's four measurements times one factor from 1/2 to 2 (log-uniform, drawn
        factor = np.exp(np.random.default_rng(rs).uniform(-np.log(2), np.log(2), size=X.shape[0]))   # per flower from
        return X * factor[:, None], y   # the set's seed), as if photographed from afar or near: shapes kept, not sizes
    if which.startswith("pairflip"):   # P% of classes 1 and 2's labels swapped, drawn from the set's seed (iris: noise
        swap = (y > 0) & (np.random.default_rng(rs).random(y.size) < int(which[8:]) / 100)   # between versicolor and
        return X, np.where(swap, 3 - y, y)   # virginica alone, setosa untouched)
    if which == "erode":   # digits: each pixel the smallest of itself and its 4 side neighbours, 0 outside the
        p = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))   # image (the ink thinned: an erosion by a cross)
        near = [p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr, dc in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1))]
        return np.min(near, axis=0).reshape(-1, 64), y   # (64)
    if which.startswith("gamma"):   # digits: each image's pixels 16 (x / 16)^g, g log-uniform on [1 / G, G] drawn per
        top = np.log(int(which[5:]))   # image from the set's seed (its contrast changed, the same for every run) (64)
        g = np.exp(np.random.default_rng(rs).uniform(-top, top, size=X.shape[0]))
        return 16.0 * (X / 16.0) ** g[:, None], y
    if which == "integral":   # digits: the summed-area table, pixel (r, c) the ink of the pixels up to row r and up
        return X.reshape(-1, 8, 8).cumsum(axis=1).cumsum(axis=2).reshape(-1, 64), y   # to column c (64)
    if which.startswith("floor"):   # each feature's values below its P% quantile raised to it (a detection limit:
        return np.maximum(X, np.quantile(X, int(which[5:]) / 100, axis=0)), y   # left-censored values)
    if which.startswith("cauchy"):   # every feature plus P% of its standard deviation times standard Cauchy noise,
        noise = np.random.default_rng(rs).standard_cauchy(X.shape)   # drawn from the set's seed (heavy-tailed
        return X + int(which[6:]) / 100 * X.std(axis=0) * noise, y   # measurement errors, the same for every run)
    if which == "expz":   # the exponential of every standardized feature
        return np.exp((X - X.mean(axis=0)) / X.std(axis=0)), y
    if which.startswith("roll"):   # each example's standardized features moved cyclically k places to the right, k
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # drawn per example from 0..K (the set's seed's second stream:
        k = np.random.default_rng([rs, 1]).integers(0, int(which[4:]) + 1, size=X.shape[0])   # misaligned records)
        return np.take_along_axis(Z, (np.arange(X.shape[1])[None] - k[:, None]) % X.shape[1], axis=1), y
    if which == "onemissing":   # iris: one measurement of each flower (drawn per flower from the set's seed) missing
        j = np.random.default_rng(rs).integers(0, X.shape[1], size=X.shape[0])   # and imputed by that measurement's
        miss = np.arange(X.shape[1])[None] == j[:, None]   # mean over the flowers that kept it
        kept_mean = np.where(miss, 0.0, X).sum(axis=0) / (~miss).sum(axis=0)
        return np.where(miss, kept_mean, X), y
    if which == "prodsum":   # iris: the product and the sum of each flower's four measurements (2)
        return np.c_[X.prod(axis=1), X.sum(axis=1)], y
    if which == "blur3":   # digits: each pixel the mean of the 3x3 pixels around it, 0 outside the image (a box
        p = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))   # blur: an out-of-focus scan) (64)
        near = [p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)]
        return (np.sum(near, axis=0) / 9.0).reshape(-1, 64), y
    if which == "shotnoise":   # digits: each pixel a Poisson count whose mean is the pixel, drawn from the set's seed
        return np.random.default_rng(rs).poisson(X).astype(np.float64), y   # (shot noise, the same for every run)
    if which == "fftabs":   # digits: the magnitudes of the image's 8x8 2-d discrete Fourier transform (where the
        return np.abs(np.fft.fft2(X.reshape(-1, 8, 8))).reshape(-1, 64), y   # ink is, cyclically, forgotten) (64)
    if which.startswith("sigfig"):   # every value rounded to K significant figures, halves up (the values as
        k = int(which[6:])   # recorded in decimal: 0.085 to 0.09 with K = 1; a coarse instrument)

        def figures(v: float) -> float:
            d = decimal.Decimal(repr(v))
            step = decimal.Decimal(1).scaleb(d.adjusted() - k + 1)
            return float(d.quantize(step, rounding=decimal.ROUND_HALF_UP)) if v else 0.0

        return np.array([[figures(v) for v in row] for row in X.tolist()]), y
    if which == "bootstrap":   # as many examples drawn with replacement, from the set's seed (a resampled set:
        pick = np.random.default_rng(rs).integers(0, X.shape[0], size=X.shape[0])   # some examples twice or more,
        return X[pick], y[pick]   # about a third never)
    if which.startswith("knnmean"):   # each example's standardized features replaced by their mean over its K
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # nearest examples, itself included (Euclidean; ties to the
        d2 = ((Z[:, None, :] - Z[None, :, :]) ** 2).sum(axis=2)   # earlier example): a smoothed record
        near = np.argsort(d2, axis=1, kind="stable")[:, : int(which[7:])]
        return Z[near].mean(axis=1), y
    if which.startswith("shrink"):   # every standardized feature moved K toward 0, stopping at 0 (a soft
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # threshold: values within K standard deviations of the mean 0)
        return np.sign(Z) * np.maximum(np.abs(Z) - int(which[6:]), 0.0), y
    if which == "pairdiffs":   # iris: the 6 differences of two of a flower's measurements (sepal length minus sepal
        pairs = [(a, b) for a in range(X.shape[1]) for b in range(a + 1, X.shape[1])]   # width, ..., petal length
        return np.stack([X[:, a] - X[:, b] for a, b in pairs], axis=1), y   # minus petal width) (6)
    if which == "classshuffle":   # iris: each measurement's values shuffled among the flowers of each class, from
        rng, out = np.random.default_rng(rs), X.copy()   # the set's seed (measurement by measurement, class by class:
        for j in range(X.shape[1]):   # the measurements independent within a class, each one's distribution kept)
            for c in np.unique(y):
                rows = np.flatnonzero(y == c)
                out[rows, j] = X[rng.permutation(rows), j]
        return out, y
    if which == "haar":   # digits: one level of the 2-d Haar wavelet: each 2x2 block (a b / c d) as its sum and its
        q = X.reshape(-1, 4, 2, 4, 2)   # differences across, down and along the diagonal, each halved (an
        a, b, c, d = q[:, :, 0, :, 0], q[:, :, 0, :, 1], q[:, :, 1, :, 0], q[:, :, 1, :, 1]   # orthonormal change of
        bands = [a + b + c + d, a - b + c - d, a + b - c - d, a - b - c + d]   # basis), four 4x4 bands, the sums
        return np.concatenate([band.reshape(-1, 16) / 2 for band in bands], axis=1), y   # first (64)
    if which == "dither":   # digits: each image dithered to 0 or 16 (Floyd-Steinberg error diffusion: pixel by pixel,
        img, out = X.reshape(-1, 8, 8).copy(), np.zeros((X.shape[0], 8, 8))   # row by row, each set to 16 from 8 on,
        for r in range(8):   # else 0, its error passed on 7/16 to the right, 3/16 below left, 5/16 below and 1/16
            for c in range(8):   # below right, what falls outside the image lost: a newspaper's halftone) (64)
                out[:, r, c] = np.where(img[:, r, c] >= 8, 16.0, 0.0)
                err = img[:, r, c] - out[:, r, c]
                for dr, dc, w in ((0, 1, 7), (1, -1, 3), (1, 0, 5), (1, 1, 1)):
                    if r + dr < 8 and 0 <= c + dc < 8:
                        img[:, r + dr, c + dc] += err * w / 16
        return out.reshape(-1, 64), y
    if which == "singular":   # digits: the 8 singular values of the 8x8 image, largest first (the ink's strength along
        img = X.reshape(-1, 8, 8)   # its principal directions, the same for the image transposed, mirrored or turned
        values = np.linalg.svd(img, compute_uv=False)   # by 90 degrees), to 6 decimals (most images' last ones are 0:
        return np.round(values, 6), y   # no rounding error left to be standardized into a feature) (8)
    if which.startswith("covnoise"):   # every feature plus normal noise correlated as the features are, of P% of their
        L = np.linalg.cholesky(np.corrcoef(X, rowvar=False))   # covariance (on the standardized features: P% of
        z = np.random.default_rng(rs).standard_normal(X.shape)   # their correlation matrix), drawn from the set's
        noise = np.sqrt(int(which[8:]) / 100) * (z @ L.T) * X.std(axis=0)   # seed (errors shared by related
        return X + noise, y   # measurements, the same for every run)
    if which.startswith("weakest"):   # the K features least correlated with the label (the smallest absolute Pearson
        r = np.array([abs(np.corrcoef(X[:, j], y)[0, 1]) for j in range(X.shape[1])])   # correlation), in their
        return X[:, np.sort(np.argsort(r, kind="stable")[: int(which[7:])])], y   # order: the telling ones dropped
    if which.startswith("topk"):   # each example's K standardized features of the largest magnitude kept, the others 0
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # (ties to the earlier feature: a sparse code of what stands out in
        keep = np.zeros(Z.shape, dtype=bool)   # each example)
        np.put_along_axis(keep, np.argsort(-np.abs(Z), axis=1, kind="stable")[:, : int(which[4:])], True, axis=1)
        return np.where(keep, Z, 0.0), y
    if which.startswith("baseline"):   # each example's standardized features all plus one value, normal of sd S, drawn
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # per example from the set's seed's second stream (an instrument
        shift = np.random.default_rng([rs, 1]).normal(0.0, float(which[8:]), size=X.shape[0])   # whose zero drifts
        return Z + shift[:, None], y   # from sample to sample)
    if which.startswith("kmeans"):   # the Euclidean distances of each example's standardized features to K centres
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # found by k-means (Lloyd's steps until no example changes centre,
        k = int(which[6:])   # from K examples drawn from the set's seed; a centre left empty stays): clusters found
        centres = Z[np.random.default_rng(rs).choice(X.shape[0], size=k, replace=False)]   # without the labels (K)
        near = np.full(X.shape[0], -1)
        while True:
            d = np.sqrt(((Z[:, None, :] - centres[None]) ** 2).sum(axis=2))
            if np.array_equal(d.argmin(axis=1), near):
                return d, y
            near = d.argmin(axis=1)
            centres = np.array([Z[near == j].mean(axis=0) if (near == j).any() else centres[j] for j in range(k)])
    if which == "residuals":   # iris: each measurement less its least-squares fit (with an intercept) on the other
        out = np.empty_like(X)   # three over all the flowers: what each one says that the others do not (4)
        for j in range(X.shape[1]):
            A = np.c_[np.ones(X.shape[0]), np.delete(X, j, axis=1)]
            out[:, j] = X[:, j] - A @ np.linalg.lstsq(A, X[:, j], rcond=None)[0]
        return out, y
    if which == "median3":   # digits: each pixel the median of the 3x3 pixels around it, 0 outside the image (a
        pad = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))   # filter that keeps strokes and edges where a
        near = np.stack([pad[:, r : r + 8, c : c + 8] for r in range(3) for c in range(3)])   # mean blurs them, and
        return np.median(near, axis=0).reshape(-1, 64), y   # drops lone specks and thin ends) (64)
    if which.startswith("tilt"):   # digits: each image turned about its centre by an angle uniform on -+D degrees drawn
        turn = np.radians(int(which[4:]) * np.random.default_rng(rs).uniform(-1.0, 1.0, size=X.shape[0]))   # per
        r, c = np.indices((8, 8)).reshape(2, 1, 64) - 3.5   # image from the set's seed: each pixel read at (3.5 + cos r
        cos, sin = np.cos(turn)[:, None], np.sin(turn)[:, None]   # - sin c, 3.5 + sin r + cos c) of the image,
        src_r, src_c = 3.5 + cos * r - sin * c, 3.5 + sin * r + cos * c   # interpolated between its 4 nearest pixels
        r0, c0 = np.floor(src_r).astype(np.int64), np.floor(src_c).astype(np.int64)   # (bilinear), 0 outside: a
        fr, fc = src_r - r0, src_c - c0   # page scanned askew, the same for every run (64)
        pad = np.pad(X.reshape(-1, 8, 8), ((0, 0), (3, 3), (3, 3))).reshape(X.shape[0], 196)
        at = [[np.take_along_axis(pad, (r0 + dr + 3) * 14 + c0 + dc + 3, axis=1) for dc in (0, 1)] for dr in (0, 1)]
        return ((1 - fr) * ((1 - fc) * at[0][0] + fc * at[0][1]) + fr * ((1 - fc) * at[1][0] + fc * at[1][1])), y
    if which == "lbp":   # digits: local binary patterns: each pixel's 8 neighbours (0 outside), clockwise from the top
        img = X.reshape(-1, 8, 8)   # left, each 1 when at least the pixel; the pattern's code the count of 1s when it
        pad = np.pad(img, ((0, 0), (1, 1), (1, 1)))   # changes at most twice around the ring, else 9 (rotation-
        ring = ((0, 0), (0, 1), (0, 2), (1, 2), (2, 2), (2, 1), (2, 0), (1, 0))   # invariant uniform patterns: flat,
        bits = np.stack([pad[:, r : r + 8, c : c + 8] >= img for r, c in ring], axis=-1)   # an edge, a corner, a
        turns = (bits != np.roll(bits, 1, axis=-1)).sum(axis=-1)   # line's end ...); the counts of the 10 codes in
        code = np.where(turns <= 2, bits.sum(axis=-1), 9).reshape(-1, 2, 4, 2, 4).transpose(0, 1, 3, 2, 4)   # each
        quads = code.reshape(-1, 4, 16)   # 4x4 quadrant (top left, top right, bottom left, bottom right), a texture's
        return np.stack([(quads == k).sum(axis=2) for k in range(10)], axis=2).reshape(-1, 40).astype(float), y   # (40)
    if which == "yeojohnson":   # every feature Yeo-Johnson transformed with its own power, the one of the largest
        power = PowerTransformer(method="yeo-johnson", standardize=False)   # normal likelihood (scikit-learn's fit):
        return power.fit_transform(X), y   # skewed measurements made near normal, each by its own curve
    if which.startswith("decorr"):   # the features in order, each kept unless its absolute Pearson correlation with
        r, keep = np.abs(np.corrcoef(X, rowvar=False)), []   # one already kept is over P/100: one of each group of
        for j in range(X.shape[1]):   # near-copies (the radius, perimeter and area ones ...)
            if (r[j, keep] <= int(which[6:]) / 100).all():
                keep.append(j)
        return X[:, keep], y
    if which == "cummax":   # each example's standardized features as their running maximum in the features' order (a
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # record: the largest so far)
        return np.maximum.accumulate(Z, axis=1), y
    if which.startswith("wrap"):   # every standardized feature wrapped into [-W/2, W/2) (z - W floor(z / W + 1/2): a
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # gauge that goes round, the far values read as near ones)
        return Z - int(which[4:]) * np.floor(Z / int(which[4:]) + 0.5), y
    if which == "reflect":   # iris: each flower's standardized measurements negated (z to -z) with chance 1/2, drawn
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # per flower from the set's seed, the same for every run: a sign
        return np.where((np.random.default_rng(rs).random(X.shape[0]) < 0.5)[:, None], -Z, Z), y   # lost
    if which.startswith("dpnoise"):   # every value plus Laplace noise of scale P% of its feature's standard deviation,
        noise = np.random.default_rng(rs).laplace(0.0, 1.0, size=X.shape)   # drawn from the set's seed, the same for
        return X + int(which[7:]) / 100 * X.std(axis=0) * noise, y   # every run (the noise that differential privacy
        # adds to released measurements)
    if which == "recentre":   # digits: each image moved by whole pixels, zeros in from the border, so that its ink's
        img, (r, c) = X.reshape(-1, 8, 8), np.indices((8, 8))   # centre of mass (the pixels' values as weights) lies
        mass = img.sum(axis=(1, 2))   # nearest the image's centre (3.5, 3.5): rint(3.5 - the centre's row) down and
        down = np.rint(3.5 - (img * r).sum(axis=(1, 2)) / mass).astype(np.int64)   # rint(3.5 - its column) across (a
        across = np.rint(3.5 - (img * c).sum(axis=(1, 2)) / mass).astype(np.int64)   # scanner's centring) (64)
        pad = np.pad(img, ((0, 0), (8, 8), (8, 8)))
        moved = [pad[i, 8 - d : 16 - d, 8 - a : 16 - a] for i, (d, a) in enumerate(zip(down, across))]
        return np.stack(moved).reshape(-1, 64), y
    if which == "mirror":   # digits: each image mirrored left to right with chance 1/2, drawn per image from the set's
        img = X.reshape(-1, 8, 8)   # seed, the same for every run (a page read through from its back) (64)
        back = np.random.default_rng(rs).random(img.shape[0]) < 0.5
        return np.where(back[:, None, None], img[:, :, ::-1], img).reshape(-1, 64), y
    if which.startswith("fillholes"):   # digits: the ink's holes filled: each background pixel (at most L) that no
        img = X.reshape(-1, 8, 8)   # path of 4-connected background pixels joins to the border set to 16 (a 0's, a
        background = img <= int(which[9:])   # 6's, an 8's or a 9's loop inked in) (64)
        return np.where(background & ~_reach_border(background), 16.0, img).reshape(-1, 64), y
    if which == "ci95":   # breast_cancer: each of the 10 measurements' 95% interval, its mean less and plus 1.96 of its
        return np.hstack([X[:, :10] - 1.96 * X[:, 10:20], X[:, :10] + 1.96 * X[:, 10:20]]), y   # standard error (20)
    if which.startswith("nopc"):   # the standardized features less their projection on the first K principal
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # directions (the right singular vectors of the K largest singular
        V = np.linalg.svd(Z, full_matrices=False)[2][: int(which[4:])].T   # values): the largest shared variation
        return Z - Z @ V @ V.T, y   # (breast_cancer's: the cells' size) taken out
    if which.startswith("rff"):   # K random Fourier features of the standardized features, cos(z W + b), W normal of sd
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # 1 / sqrt(d) (d features) and b uniform on [0, 2 pi), drawn from
        rng = np.random.default_rng(rs)   # the set's seed, W first, the same for every run (an RBF kernel's features)
        W = rng.normal(0.0, 1.0 / np.sqrt(Z.shape[1]), size=(Z.shape[1], int(which[3:])))
        return np.cos(Z @ W + rng.uniform(0.0, 2 * np.pi, size=int(which[3:]))), y
    if which == "hinges":   # each standardized feature as its positive part max(z, 0) and its negative part max(-z, 0)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # (a ReLU pair: the d positive parts, then the d negative ones)
        return np.hstack([np.maximum(Z, 0.0), np.maximum(-Z, 0.0)]), y
    if which == "spin":   # iris: each flower's sepal (length, width) and petal (length, width) turned by one angle
        turn = np.random.default_rng(rs).uniform(0.0, 2 * np.pi, size=X.shape[0])   # uniform on [0, 2 pi) drawn per
        cos, sin = np.cos(turn)[:, None], np.sin(turn)[:, None]   # flower, the same for every run: both parts' sizes
        length, width, out = X[:, [0, 2]], X[:, [1, 3]], np.empty_like(X)   # and the angle between them kept,
        out[:, [0, 2]], out[:, [1, 3]] = cos * length - sin * width, sin * length + cos * width   # their direction
        return out, y   # lost
    if which.startswith("kpca"):   # the first K components of an RBF kernel PCA of the standardized features: the
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # kernel exp(-|z - z'|^2 / d) (d features), centred, its K top
        gram = np.exp(-((Z[:, None] - Z[None]) ** 2).sum(axis=2) / Z.shape[1])   # eigenvectors times the roots of
        centre = np.eye(Z.shape[0]) - 1.0 / Z.shape[0]   # their eigenvalues, each signed so that its entry largest
        vals, vecs = np.linalg.eigh(centre @ gram @ centre)   # in size is positive
        vals, vecs = vals[::-1][: int(which[4:])], vecs[:, ::-1][:, : int(which[4:])]
        vecs = vecs * np.sign(vecs[np.abs(vecs).argmax(axis=0), np.arange(vecs.shape[1])])
        return vecs * np.sqrt(vals), y
    if which == "sobel":   # digits: each pixel's gradient magnitude sqrt(gx^2 + gy^2), gx the 3x3 Sobel filter
        pad = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))   # [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] across,
        at = {(r, c): pad[:, r : r + 8, c : c + 8] for r in range(3) for c in range(3)}   # gy its transpose down, 0
        gx = at[0, 2] + 2 * at[1, 2] + at[2, 2] - at[0, 0] - 2 * at[1, 0] - at[2, 0]   # outside the image (the
        gy = at[2, 0] + 2 * at[2, 1] + at[2, 2] - at[0, 0] - 2 * at[0, 1] - at[0, 2]   # strokes' edges: an edge
        return np.hypot(gx, gy).reshape(-1, 64), y   # detector's picture, the ink's middle dark) (64)
    if which == "negative":   # digits: each image inverted, 16 less each pixel, with chance 1/2 drawn per image from
        flip = np.random.default_rng(rs).random(X.shape[0]) < 0.5   # the set's seed, the same for every run (a
        return np.where(flip[:, None], 16.0 - X, X), y   # scanner that sometimes returns the negative) (64)
    if which.startswith("resize"):   # digits: each image scaled about its centre by a factor s = (1 + P/100)^u, u
        s = (1 + int(which[6:]) / 100) ** np.random.default_rng(rs).uniform(-1.0, 1.0, size=X.shape[0])   # uniform
        r, c = np.indices((8, 8)).reshape(2, 1, 64) - 3.5   # on [-1, 1] drawn per image from the set's seed: each
        src_r, src_c = 3.5 + r / s[:, None], 3.5 + c / s[:, None]   # pixel read at (3.5 + r / s, 3.5 + c / s) of
        r0, c0 = np.floor(src_r).astype(np.int64), np.floor(src_c).astype(np.int64)   # the image, interpolated
        fr, fc = src_r - r0, src_c - c0   # between its 4 nearest pixels (bilinear), 0 outside: digits written
        pad = np.pad(X.reshape(-1, 8, 8), ((0, 0), (3, 3), (3, 3))).reshape(X.shape[0], 196)   # larger and smaller,
        at = [[np.take_along_axis(pad, (r0 + dr + 3) * 14 + c0 + dc + 3, axis=1) for dc in (0, 1)] for dr in (0, 1)]
        return ((1 - fr) * ((1 - fc) * at[0][0] + fc * at[0][1]) + fr * ((1 - fc) * at[1][0] + fc * at[1][1])), y
        # the same for every run (64)
    if which.startswith("hash"):   # the standardized features hashed into K buckets (the hashing trick, a count
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # sketch): feature j to bucket (a random permutation of the
        rng = np.random.default_rng(rs)   # features' indices)[j] mod K, times a sign +-1, both drawn from the set's
        bucket = rng.permutation(Z.shape[1]) % int(which[4:])   # seed, the permutation first, the same for every
        sign = 2.0 * rng.integers(0, 2, size=Z.shape[1]) - 1   # run; each bucket the sum of its signed features (K)
        return np.stack([(Z * sign)[:, bucket == b].sum(axis=1) for b in range(int(which[4:]))], axis=1), y
    if which.startswith("swapnoise"):   # P% of the values (each with chance P/100), each replaced by the same
        rng = np.random.default_rng(rs)   # feature's value of an example drawn uniformly (itself possible), drawn
        swap = rng.random(X.shape) < int(which[9:]) / 100   # from the set's seed, the choices first, the same for
        donor = rng.integers(0, X.shape[0], size=X.shape)   # every run (swap noise: values filed under another
        return np.where(swap, X[donor, np.arange(X.shape[1])], X), y   # case)
    if which.startswith("simhash"):   # K bits: whether each of K random Gaussian projections of the standardized
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # features is positive (1) or not (0), the directions standard
        W = np.random.default_rng(rs).normal(0.0, 1.0, size=(Z.shape[1], int(which[7:])))   # normal from the set's
        return (Z @ W > 0).astype(np.float64), y   # seed, the same for every run (a locality-sensitive hash) (K)
    if which.startswith("gaussbins"):   # each standardized feature's memberships exp(-(z - m)^2 / 2) in K Gaussian
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # bins of sd 1 centred at K points evenly from -1 to 1 (a soft
        return np.hstack([np.exp(-((Z - m) ** 2) / 2) for m in np.linspace(-1.0, 1.0, int(which[9:]))]), y   # one-
        # hot: the d features' memberships of the first bin, then the second's ...) (K d)
    if which == "hypersph":   # the standardized features as hyperspherical coordinates: the radius |z|, the angles
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # atan2(|z_(j+1..d)|, z_j) in [0, pi] for j = 1 .. d - 2 and the
        tail = np.sqrt(np.cumsum(Z[:, ::-1] ** 2, axis=1)[:, ::-1])   # last atan2(z_d, z_(d-1)) in (-pi, pi] (iris:
        angles = [np.arctan2(tail[:, j + 1], Z[:, j]) for j in range(Z.shape[1] - 2)]   # a size and a direction)
        return np.column_stack([tail[:, 0], *angles, np.arctan2(Z[:, -1], Z[:, -2])]), y   # (d)
    if which.startswith("typos"):   # iris: P% of the measurements (each with chance P/100, drawn from the set's seed,
        tenths = np.rint(X * 10).astype(np.int64)   # the same for every run) with their two digits swapped, a.b cm
        swapped = tenths % 10 + tenths // 10 / 10   # read as b.a (5.1 as 1.5, 0.2 as 2.0: a typist's slip) (4)
        return np.where(np.random.default_rng(rs).random(X.shape) < int(which[5:]) / 100, swapped, X), y
    if which == "transpose":   # digits: each image transposed (mirrored about its main diagonal, (r, c) to (c, r))
        flip = np.random.default_rng(rs).random(X.shape[0]) < 0.5   # with chance 1/2 drawn per image from the set's
        return np.where(flip[:, None], X.reshape(-1, 8, 8).transpose(0, 2, 1).reshape(-1, 64), X), y   # seed, the
        # same for every run (a scan fed in on its side and flipped) (64)
    if which.startswith("posterize"):   # digits: each pixel rounded to the nearest of K grey levels evenly from 0 to
        step = 16 / (int(which[9:]) - 1)   # 16 (halves to even: a printer's few inks) (64)
        return np.round(X / step) * step, y
    if which == "outline":   # digits: the ink's outline: each ink pixel (> 4) with a 4-neighbour that is not ink (0
        ink = np.pad(X.reshape(-1, 8, 8) > 4, ((0, 0), (1, 1), (1, 1)))   # outside the image: paper), 1, every other
        inner = ink[:, :-2, 1:-1] & ink[:, 2:, 1:-1] & ink[:, 1:-1, :-2] & ink[:, 1:-1, 2:]   # pixel 0 (the strokes'
        return (ink[:, 1:-1, 1:-1] & ~inner).reshape(-1, 64).astype(np.float64), y   # edges, hollow) (64)
    if which == "rowl1":   # each example's features over their sum (shares of its total, breast_cancer's are >= 0: a
        return X / X.sum(axis=1, keepdims=True), y   # composition, its scale lost) (d)
    if which.startswith("winsor"):   # each feature clipped to its P% and (100 - P)% quantiles over the set (linear
        lo, hi = np.quantile(X, [int(which[6:]) / 100, 1 - int(which[6:]) / 100], axis=0)   # interpolation:
        return np.clip(X, lo, hi), y   # winsorized, the tails pulled in) (d)
    if which == "rankgauss":   # each feature's average rank among the examples (ties sharing theirs), r of 1..n, as
        s = np.sort(X, axis=0)   # the standard normal quantile of (r - 1/2) / n (a rank-Gauss scaling) (d)
        r = np.column_stack([(np.searchsorted(s[:, j], X[:, j], "left") + np.searchsorted(s[:, j], X[:, j], "right")
                              + 1) / 2 for j in range(X.shape[1])])
        return np.vectorize(NormalDist().inv_cdf)((r - 0.5) / X.shape[0]), y
    if which == "asinh":   # the inverse hyperbolic sine of every feature (near x for small values, near log 2x for
        return np.arcsinh(X), y   # large: wine's proline squashed, its hues kept) (d)
    if which == "ellipse":   # iris: the sepal and the petal as ellipses of axes their length and width: each one's
        out = []   # perimeter (Ramanujan's pi (3 (a + b) - sqrt((3 a + b) (a + 3 b))), a and b the half-axes) and
        for length, width in (X[:, :2].T, X[:, 2:].T):   # eccentricity sqrt(1 - (short / long)^2) (4)
            a, b = length / 2, width / 2
            out += [np.pi * (3 * (a + b) - np.sqrt((3 * a + b) * (a + 3 * b))),
                    np.sqrt(1 - (np.minimum(a, b) / np.maximum(a, b)) ** 2)]
        return np.column_stack(out), y
    if which == "quarterinch":   # iris: every measurement in inches (2.54 cm) to the nearest quarter inch, halves up
        return np.floor(X / 2.54 * 4 + 0.5) / 4, y   # (an imperial ruler's reading) (4)
    if which == "hadamard":   # digits: the image's 2-d Walsh-Hadamard transform, H M H / 8 with H Sylvester's 8x8
        h = np.array([[1.0]])   # matrix of +-1 (its rows the Walsh functions in natural order): the ink against 64
        for _ in range(3):   # square-wave patterns, the first coefficient the ink's sum over 8 (64)
            h = np.block([[h, h], [h, -h]])
        return (h @ X.reshape(-1, 8, 8) @ h / 8).reshape(-1, 64), y
    if which == "inkruns":   # digits: the longest run of ink pixels (> 4) along each row, then down each column (16)
        ink, best = X.reshape(-1, 8, 8) > 4, np.zeros((X.shape[0], 16))
        run_r, run_c = np.zeros((X.shape[0], 8)), np.zeros((X.shape[0], 8))
        for k in range(8):   # the run ending at column k of each row, at row k of each column
            run_r, run_c = (run_r + 1) * ink[:, :, k], (run_c + 1) * ink[:, k, :]
            best = np.maximum(best, np.hstack([run_r, run_c]))
        return best, y
    if which == "loops":   # digits: the label as the closed loops in the digit's printed shape: none (1, 2, 3, 5, 7),
        return X, np.array([1, 0, 0, 0, 1, 0, 1, 0, 2, 1])[y]   # one (0, 4, 6, 9) or two (8) (64)
    if which.startswith("trim"):   # the examples with no standardized feature beyond K standard deviations (the
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # outlying ones dropped, as a cautious analyst might) (d)
        keep = (np.abs(Z) <= int(which[4:])).all(axis=1)
        return X[keep], y[keep]
    if which == "stage":   # breast_cancer: benign (0), malignant with a mean radius under 17 (1: smaller) or not (2:
        return X, np.where(y == 1, 0, np.where(X[:, 0] < 17, 1, 2))   # larger) (d)
    if which == "rowminmax":   # each example's standardized features rescaled to [0, 1] by its own smallest and
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # largest (its profile's shape, its level and spread lost) (d)
        lo, hi = Z.min(axis=1, keepdims=True), Z.max(axis=1, keepdims=True)
        return (Z - lo) / (hi - lo), y
    if which == "dilute":   # wine: each wine watered down by a factor uniform on [1, 1.5] drawn per wine from the
        f = np.random.default_rng(rs).uniform(1.0, 1.5, size=X.shape[0])   # set's seed, the same for every run: its
        out = X / f[:, None]   # 11 concentrations over it, its hue and OD280/OD315 (columns 10 and 11, ratios) kept
        out[:, 10:12] = X[:, 10:12]   # (13)
        return out, y
    if which == "rowstats":   # iris: each flower's four measurements summed up: their mean, standard deviation
        return np.column_stack([X.mean(axis=1), X.std(axis=1), X.min(axis=1), X.max(axis=1)]), y   # (over 4),
        # smallest and largest (which is which lost) (4)
    if which == "decoys":   # iris: another flower's four measurements appended to each flower's, that flower drawn
        other = np.random.default_rng(rs).integers(0, X.shape[0], size=X.shape[0])   # at random per flower from the
        return np.hstack([X, X[other]]), y   # set's seed, the same for every run: real-looking distractors (8)
    if which == "adjprod":   # digits: the products of every two side-by-side pixels, along each row and then down
        img = X.reshape(-1, 8, 8)   # each column, over 16 (the ink's co-occurrences, no single pixel kept) (112)
        across, down = img[:, :, :-1] * img[:, :, 1:] / 16, img[:, :-1, :] * img[:, 1:, :] / 16
        return np.hstack([across.reshape(-1, 56), down.reshape(-1, 56)]), y
    if which == "inkcentres":   # digits: the ink-weighted mean column of each row, then the ink-weighted mean row of
        img, at = X.reshape(-1, 8, 8), np.arange(8.0)   # each column (3.5, the middle, where a row or column has no
        rows, cols = img.sum(axis=2), img.sum(axis=1)   # ink) (16)
        across = np.where(rows > 0, (img * at).sum(axis=2) / np.maximum(rows, 1e-12), 3.5)
        down = np.where(cols > 0, (img * at[:, None]).sum(axis=1) / np.maximum(cols, 1e-12), 3.5)
        return np.hstack([across, down]), y
    if which == "letters":   # digits: the label as the letters of the digit's English name, 3 (one, two, six), 4
        return X, np.array([1, 0, 0, 2, 1, 1, 0, 2, 2, 1])[y]   # (zero, four, five, nine) or 5 (three, seven,
        # eight) (64)
    if which == "zhist6":   # each example's standardized features counted into 6 bins, below -1.5, -0.5, 0, 0.5,
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # 1.5 and above (its profile's spread, which feature is which
        bins = np.digitize(Z, [-1.5, -0.5, 0.0, 0.5, 1.5])   # lost) (6)
        return np.stack([(bins == k).sum(axis=1) for k in range(6)], axis=1).astype(np.float64), y
    if which == "benigntexture":   # breast_cancer: malignant (0), benign with a mean texture under 18 (1: smooth) or
        return X, np.where(y == 0, 0, np.where(X[:, 1] < 18, 1, 2))   # not (2: coarse) (d)
    if which == "phenolics":   # wine: its five phenol measurements alone, total phenols, flavanoids, nonflavanoid
        return X[:, [5, 6, 7, 8, 11]], y   # phenols, proanthocyanins and OD280/OD315 (5)
    if which == "pairmax":   # the larger of every two neighbouring standardized features (d - 1)
        Z = (X - X.mean(axis=0)) / X.std(axis=0)
        return np.maximum(Z[:, :-1], Z[:, 1:]), y
    if which == "widths":   # iris: the sepal's and the petal's widths alone (2)
        return X[:, [1, 3]], y
    if which == "poly2":   # iris: the four measurements and the products of every two of them, squares included,
        i, j = np.triu_indices(X.shape[1])   # in order (4 + 10)
        return np.hstack([X, X[:, i] * X[:, j]]), y
    if which == "adjmin":   # digits: the smaller of every two side-by-side pixels, along each row and then down each
        img = X.reshape(-1, 8, 8)   # column (the ink two neighbours share, no single pixel kept) (112)
        across, down = np.minimum(img[:, :, :-1], img[:, :, 1:]), np.minimum(img[:, :-1, :], img[:, 1:, :])
        return np.hstack([across.reshape(-1, 56), down.reshape(-1, 56)]), y
    if which == "inkspreads":   # digits: the ink-weighted standard deviation of the column in each row, then of the
        img, at = X.reshape(-1, 8, 8), np.arange(8.0)   # row in each column (0 where a row or column has no ink) (16)

        def spread(ink, pos):   # ink (examples, lines, 8) at positions pos: each line's weighted deviation
            mass = np.maximum(ink.sum(axis=2, keepdims=True), 1e-12)
            mean = (ink * pos).sum(axis=2, keepdims=True) / mass
            return np.sqrt((ink * (pos - mean) ** 2).sum(axis=2) / mass[:, :, 0])

        return np.hstack([spread(img, at), spread(img.transpose(0, 2, 1), at)]), y
    if which == "sevenseg":   # digits: the label as the segments a seven-segment display lights for the digit, under
        return X, np.array([2, 0, 1, 1, 0, 1, 2, 0, 2, 2])[y]   # 5 (0: one, four, seven), 5 (1: two, three, five) or
        # more (2: zero, six, eight, nine) (64)
    if which == "concavity6":   # breast_cancer: its compactness, concavity and concave points, the mean and the worst
        return X[:, [5, 6, 7, 25, 26, 27]], y   # (6)
    if which == "borderline":   # breast_cancer: malignant (0), benign (1) or, either, an example with one of its 10
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # nearest others (standardized, Euclidean) of the other diagnosis
        d2 = ((Z[:, None, :] - Z[None, :, :]) ** 2).sum(axis=2)   # (2: borderline) (d)
        np.fill_diagonal(d2, np.inf)
        near = np.argsort(d2, axis=1, kind="stable")[:, :10]
        return X, np.where((y[near] != y[:, None]).any(axis=1), 2, y)
    if which == "head5":   # wine: its first five measurements alone, alcohol, malic acid, ash, the ash's alkalinity
        return X[:, :5], y   # and magnesium (5)
    if which == "noproline":   # wine: every measurement but its last, proline (12)
        return X[:, :12], y
    if which == "lengths":   # iris: the sepal's and the petal's lengths alone (2)
        return X[:, [0, 2]], y
    if which == "interact3":   # iris: the four measurements, the products of every two different ones and of every
        i, j = np.triu_indices(X.shape[1], 1)   # three different ones, in order (4 + 6 + 4)
        triples = [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
        return np.hstack([X, X[:, i] * X[:, j], np.stack([X[:, p].prod(axis=1) for p in triples], axis=1)]), y
    if which == "rank2":   # digits: each image's best rank-2 approximation, the terms of its two largest singular
        u, s, vt = np.linalg.svd(X.reshape(-1, 8, 8))   # values (the nearest image of rank 2 in least squares: the
        return ((u[:, :, :2] * s[:, None, :2]) @ vt[:, :2, :]).reshape(-1, 64), y   # ink's two strongest strokes)
        # (64)
    if which == "blockstd":   # digits: the standard deviation of the four pixels of each 2x2 block (how uneven its
        return X.reshape(-1, 4, 2, 4, 2).std(axis=(2, 4)).reshape(-1, 16), y   # ink is, not how much of it) (16)
    if which == "popcount":   # digits: the label as the ones of the digit written in binary: none (0: zero), one (1:
        return X, np.array([0, 1, 1, 2, 1, 2, 2, 3, 1, 2])[y]   # one, two, four, eight), two (2: three, five, six,
        # nine) or three (3: seven) (64)
    if which == "size9":   # breast_cancer: its size alone, the radius, the perimeter and the area, each the mean, the
        return X[:, [0, 2, 3, 10, 12, 13, 20, 22, 23]], y   # standard error and the worst (9)
    if which == "atypical":   # breast_cancer: malignant (0), benign (1) or, either, an example with a standardized
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # feature beyond 2.5 standard deviations (2: atypical) (d)
        return X, np.where((np.abs(Z) > 2.5).any(axis=1), 2, y)
    if which == "colourhue":   # wine: its colour intensity and its hue alone (what the eye sees of it) (2)
        return X[:, [9, 10]], y
    if which == "tripleprod":   # the products of every three neighbouring standardized features, z0 z1 z2, z1 z2 z3,
        Z = (X - X.mean(axis=0)) / X.std(axis=0)   # ... (d - 2)
        return Z[:, :-2] * Z[:, 1:-1] * Z[:, 2:], y
    if which == "perimeters":   # iris: the sepal's and the petal's perimeters as rectangles, twice the length plus the
        return np.c_[2 * (X[:, 0] + X[:, 1]), 2 * (X[:, 2] + X[:, 3])], y   # width (2)
    if which == "rowcentre":   # iris: each flower's four measurements less their own mean (its overall size lost) (4)
        return X - X.mean(axis=1, keepdims=True), y
    if which == "rowcolmax":   # digits: the brightest pixel of each row, then of each column (where the ink
        img = X.reshape(-1, 8, 8)   # reaches, not its shape) (16)
        return np.hstack([img.max(axis=2), img.max(axis=1)]), y
    if which == "texture3":   # breast_cancer: its texture alone (the grey levels' spread), the mean, the standard
        return X[:, [1, 11, 21]], y   # error and the worst (3)
    if which == "highproline":   # wine: every measurement but proline (the last), the label whether the proline is
        return X[:, :12], (X[:, 12] >= 750).astype(np.int64)   # 750 mg/L or more (a cultivar's mark, read from the
        # rest) (12)
    if which == "sepal2petal3":   # iris: the sepal's length and width alone, the label the petal's length under 2.5 cm
        return X[:, :2], np.digitize(X[:, 2], [2.5, 4.8]).astype(np.int64)   # (0), under 4.8 (1) or more (2) (2)
    if which == "ringmeans":   # digits: the mean ink of each of the 4 square rings, from the border in (4)
        img = X.reshape(-1, 8, 8)
        i, j = np.indices((8, 8))
        ring = np.minimum(np.minimum(i, j), np.minimum(7 - i, 7 - j))
        return np.stack([img[:, ring == r].mean(axis=1) for r in range(4)], axis=1), y
    if which == "rowcolstd":   # digits: the ink's standard deviation along each row, then down each column (16)
        img = X.reshape(-1, 8, 8)
        return np.hstack([img.std(axis=2), img.std(axis=1)]), y
    if which == "smooth3":   # breast_cancer: its smoothness alone (the radius's local variation), the mean, the
        return X[:, [4, 14, 24]], y   # standard error and the worst (3)
    if which == "symfrac6":   # breast_cancer: its symmetry and fractal dimension, the mean, the standard error and the
        return X[:, [8, 9, 18, 19, 28, 29]], y   # worst (6)
    if which == "highalcohol":   # wine: every measurement but the alcohol (the first), the label whether the alcohol
        return X[:, 1:], (X[:, 0] >= 13.0).astype(np.int64)   # is 13% or more (12)
    if which == "ashmag":   # wine: its ash, the ash's alcalinity and the magnesium alone (3)
        return X[:, 2:5], y
    if which == "nopetallen":   # iris: every measurement but the petal's length (3)
        return X[:, [0, 1, 3]], y
    if which == "colranks":   # iris: each measurement replaced by its rank among the column's distinct values (0
        ranks = [np.unique(c, return_inverse=True)[1] for c in X.T]   # the least) (4)
        return np.stack(ranks, axis=1).astype(np.float64), y
    if which == "rowpeaks":   # digits: the column of each row's brightest pixel (the first of a tie; 0 for a blank
        return X.reshape(-1, 8, 8).argmax(axis=2).astype(np.float64), y   # row) (8)
    if which == "quadink":   # digits: the ink of each 4x4 quadrant (top left, top right, bottom left, bottom right) (4)
        img = X.reshape(-1, 2, 4, 2, 4)
        return img.sum(axis=(2, 4)).reshape(-1, 4), y
    if which == "worst5":   # breast_cancer: the worst radius, texture, perimeter, area and smoothness alone (5)
        return X[:, 20:25], y
    if which == "worstshape4":   # breast_cancer: the worst compactness, concavity, concave points and symmetry (4)
        return X[:, 25:29], y
    if which == "errors5":   # breast_cancer: the standard errors of the radius, texture, perimeter, area and smoothness
        return X[:, 10:15], y   # alone (5)
    if which == "colourod":   # wine: its colour intensity, hue and OD280/OD315 alone (3)
        return X[:, 9:12], y
    if which == "nocolour":   # wine: every measurement but the colour intensity and the hue (11)
        return np.delete(X, [9, 10], axis=1), y
    if which == "logscale":   # iris: the log of each measurement (4)
        return np.log(X), y
    if which == "sqrts":   # iris: the square root of each measurement (4)
        return np.sqrt(X), y
    if which == "diagpair":   # digits: the pixels of the main diagonal, then of the other (top right first) (16)
        img, i = X.reshape(-1, 8, 8), np.arange(8)
        return np.c_[img[:, i, i], img[:, i, 7 - i]], y
    if which == "mean5":   # breast_cancer: the mean radius, texture, perimeter, area and smoothness alone (5)
        return X[:, 0:5], y
    if which == "phenols4":   # wine: its total phenols, flavanoids, nonflavanoid phenols and proanthocyanins alone (4)
        return X[:, 5:9], y
    if which == "ratios2":   # iris: the sepal's length over its width, the petal's length over its width (2)
        return np.c_[X[:, 0] / X[:, 1], X[:, 2] / X[:, 3]], y
    if which == "colink":   # digits: the ink of each column, left to right (8)
        return X.reshape(-1, 8, 8).sum(axis=1), y
    if which == "texsmooth2":   # breast_cancer: the mean texture and the mean smoothness alone (2)
        return X[:, [1, 4]], y
    if which == "alcmalic2":   # wine: its alcohol and malic acid alone (2)
        return X[:, 0:2], y
    if which == "areas2":   # iris: the sepal's length times its width, the petal's length times its width (2)
        return np.c_[X[:, 0] * X[:, 1], X[:, 2] * X[:, 3]], y
    if which == "thirds9":   # digits: the ink of each cell of a 3 x 3 grid, rows and columns cut 0-2, 3-4, 5-7, the
        img = X.reshape(-1, 8, 8)   # top row of cells first (9)
        cuts = (slice(0, 3), slice(3, 5), slice(5, 8))
        return np.stack([img[:, r, c].sum(axis=(1, 2)) for r in cuts for c in cuts], axis=1), y
    if which == "rowcount8":   # digits: how many of each row's pixels are above 8 (of 0-16), top to bottom (8)
        return (X.reshape(-1, 8, 8) > 8).sum(axis=2).astype(np.float64), y
    if which == "worsttexsmooth2":   # breast_cancer: the worst texture and the worst smoothness alone (2)
        return X[:, [21, 24]], y
    if which == "compsym2":   # breast_cancer: the mean compactness and the mean symmetry alone (2)
        return X[:, [5, 8]], y
    if which == "alcproline2":   # wine: its alcohol and proline alone (2)
        return X[:, [0, 12]], y
    if which == "flavhue2":   # wine: its flavanoids and hue alone (2)
        return X[:, [6, 10]], y
    if which == "sums2":   # iris: the sepal's length plus its width, the petal's length plus its width (2)
        return np.c_[X[:, 0] + X[:, 1], X[:, 2] + X[:, 3]], y
    if which == "diffs2":   # iris: the sepal's length less its width, the petal's length less its width (2)
        return np.c_[X[:, 0] - X[:, 1], X[:, 2] - X[:, 3]], y
    if which == "colcount8":   # digits: how many of each column's pixels are above 8 (of 0-16), left to right (8)
        return (X.reshape(-1, 8, 8) > 8).sum(axis=1).astype(np.float64), y
    if which == "ringcount4":   # digits: how many pixels of each of the 4 square rings are above 8 (of 0-16), from
        above = X.reshape(-1, 8, 8) > 8   # the border in (4)
        i, j = np.indices((8, 8))
        ring = np.minimum(np.minimum(i, j), np.minimum(7 - i, 7 - j))
        return np.stack([above[:, ring == r].sum(axis=1) for r in range(4)], axis=1).astype(np.float64), y
    if which == "worstradconc2":   # breast_cancer: the worst radius and the worst concave points alone (2)
        return X[:, [20, 27]], y
    if which == "smoothfrac2":   # breast_cancer: the mean smoothness and the mean fractal dimension alone (2)
        return X[:, [4, 9]], y
    if which == "ashcolour2":   # wine: its ash and colour intensity alone (2)
        return X[:, [2, 9]], y
    if which == "magod2":   # wine: its magnesium and OD280/OD315 of diluted wines alone (2)
        return X[:, [4, 11]], y
    if which == "slenpwid2":   # iris: the sepal's length and the petal's width alone (2)
        return X[:, [0, 3]], y
    if which == "swidplen2":   # iris: the sepal's width and the petal's length alone (2)
        return X[:, [1, 2]], y
    if which == "rowasym8":   # digits: each row's left half less its mirrored right half, the absolute differences
        img = X.reshape(-1, 8, 8)   # summed (0 for a row that is its own mirror image; 0-64), top to bottom (8)
        return np.abs(img[:, :, :4] - img[:, :, :3:-1]).sum(axis=2), y
    if which == "inkheight8":   # digits: the rows each column's pixels above 8 span, the first to the last of them
        above = X.reshape(-1, 8, 8) > 8   # (0 for a column with none; 0-8), left to right (8)
        first = above.argmax(axis=1)
        last = 7 - above[:, ::-1, :].argmax(axis=1)
        return np.where(above.any(axis=1), last - first + 1, 0).astype(np.float64), y
    if which == "perimconcav2":   # breast_cancer: the mean perimeter and the mean concavity alone (2)
        return X[:, [2, 6]], y
    if which == "worstcompfrac2":   # breast_cancer: the worst compactness and the worst fractal dimension alone (2)
        return X[:, [25, 29]], y
    if which == "alkphenols2":   # wine: its alcalinity of ash and total phenols alone (2)
        return X[:, [3, 5]], y
    if which == "nonflavproan2":   # wine: its nonflavanoid phenols and proanthocyanins alone (2)
        return X[:, [7, 8]], y
    if which == "slenplen2":   # iris: the sepal's length and the petal's length alone (2)
        return X[:, [0, 2]], y
    if which == "swidpwid2":   # iris: the sepal's width and the petal's width alone (2)
        return X[:, [1, 3]], y
    if which == "colasym8":   # digits: each column's top half less its mirrored bottom half, the absolute
        img = X.reshape(-1, 8, 8)   # differences summed (0 for a column that is its own mirror image; 0-64), left to
        return np.abs(img[:, :4, :] - img[:, :3:-1, :]).sum(axis=1), y   # right (8)
    if which == "inkwidth8":   # digits: the columns each row's pixels above 8 span, the first to the last of them
        above = X.reshape(-1, 8, 8) > 8   # (0 for a row with none; 0-8), top to bottom (8)
        first = above.argmax(axis=2)
        last = 7 - above[:, :, ::-1].argmax(axis=2)
        return np.where(above.any(axis=2), last - first + 1, 0).astype(np.float64), y
    if which == "areasym2":   # breast_cancer: the mean area and the mean symmetry alone (2)
        return X[:, [3, 8]], y
    if which == "worstperimsmooth2":   # breast_cancer: the worst perimeter and the worst smoothness alone (2)
        return X[:, [22, 24]], y
    if which == "malicmag2":   # wine: its malic acid and magnesium alone (2)
        return X[:, [1, 4]], y
    if which == "alkhue2":   # wine: its alcalinity of ash and hue alone (2)
        return X[:, [3, 10]], y
    if which == "plenpwid2":   # iris: the petal's length and the petal's width alone (2)
        return X[:, [2, 3]], y
    if which == "slenswid2":   # iris: the sepal's length and the sepal's width alone (2)
        return X[:, [0, 1]], y
    if which == "rowtv8":   # digits: each row's total variation, the absolute differences of its 7 pairs of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for an even row; 0-112), top to bottom (8)
        return np.abs(np.diff(img, axis=2)).sum(axis=2), y
    if which == "coltv8":   # digits: each column's total variation, the absolute differences of its 7 pairs of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for an even column; 0-112), left to right (8)
        return np.abs(np.diff(img, axis=1)).sum(axis=1), y
    if which == "texconcpts2":   # breast_cancer: the mean texture and the mean concave points alone (2)
        return X[:, [1, 7]], y
    if which == "worstareasym2":   # breast_cancer: the worst area and the worst symmetry alone (2)
        return X[:, [23, 28]], y
    if which == "flavproline2":   # wine: its flavanoids and proline alone (2)
        return X[:, [6, 12]], y
    if which == "malicod2":   # wine: its malic acid and OD280/OD315 of diluted wines alone (2)
        return X[:, [1, 11]], y
    if which == "slenplenpwid3":   # iris: the sepal's length, the petal's length and the petal's width (the sepal's
        return X[:, [0, 2, 3]], y   # width left out) (3)
    if which == "slenswidplen3":   # iris: the sepal's length, the sepal's width and the petal's length (the petal's
        return X[:, [0, 1, 2]], y   # width left out) (3)
    if which == "rowjump8":   # digits: each row's largest step, the largest absolute difference of its 7 pairs of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels (0 for an even row; 0-16), top to bottom (8)
        return np.abs(np.diff(img, axis=2)).max(axis=2), y
    if which == "coljump8":   # digits: each column's largest step, the largest absolute difference of its 7 pairs of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels (0 for an even column; 0-16), left to right (8)
        return np.abs(np.diff(img, axis=1)).max(axis=1), y
    if which == "radfrac2":   # breast_cancer: the mean radius and the mean fractal dimension alone (2)
        return X[:, [0, 9]], y
    if which == "worstconcsym2":   # breast_cancer: the worst concavity and the worst symmetry alone (2)
        return X[:, [26, 28]], y
    if which == "alcflav2":   # wine: its alcohol and flavanoids alone (2)
        return X[:, [0, 6]], y
    if which == "phenolscolour2":   # wine: its total phenols and colour intensity alone (2)
        return X[:, [5, 9]], y
    if which == "lenwidprods2":   # iris: the sepal's length times the petal's length, the sepal's width times the
        return np.c_[X[:, 0] * X[:, 2], X[:, 1] * X[:, 3]], y   # petal's width (2)
    if which == "swidplenpwid3":   # iris: the sepal's width, the petal's length and the petal's width (the sepal's
        return X[:, [1, 2, 3]], y   # length left out) (3)
    if which == "rowmedian8":   # digits: each row's median pixel, the mean of its 4th and 5th smallest (0-16), top to
        return np.median(X.reshape(-1, 8, 8), axis=2), y   # bottom (8)
    if which == "colmedian8":   # digits: each column's median pixel, the mean of its 4th and 5th smallest (0-16), left
        return np.median(X.reshape(-1, 8, 8), axis=1), y   # to right (8)
    if which == "areaconcav2":   # breast_cancer: the mean area and the mean concavity alone (2)
        return X[:, [3, 6]], y
    if which == "worsttexfrac2":   # breast_cancer: the worst texture and the worst fractal dimension alone (2)
        return X[:, [21, 29]], y
    if which == "hueproline2":   # wine: its hue and proline alone (2)
        return X[:, [10, 12]], y
    if which == "malicash2":   # wine: its malic acid and ash alone (2)
        return X[:, [1, 2]], y
    if which == "crossratios2":   # iris: the sepal's length over the petal's width, the sepal's width over the petal's
        return np.c_[X[:, 0] / X[:, 3], X[:, 1] / X[:, 2]], y   # length (2)
    if which == "crosssums2":   # iris: the sepal's length plus the petal's width, the sepal's width plus the petal's
        return np.c_[X[:, 0] + X[:, 3], X[:, 1] + X[:, 2]], y   # length (2)
    if which == "rowfaint8":   # digits: how many pixels of each row are faint, inked but not above 8 (1-8), top to
        return ((X > 0) & (X <= 8)).reshape(-1, 8, 8).sum(axis=2).astype(float), y   # bottom (8)
    if which == "colfaint8":   # digits: how many pixels of each column are faint, inked but not above 8 (1-8), left
        return ((X > 0) & (X <= 8)).reshape(-1, 8, 8).sum(axis=1).astype(float), y   # to right (8)
    if which == "radcomp2":   # breast_cancer: the mean radius and the mean compactness alone (2)
        return X[:, [0, 5]], y
    if which == "worstradtex2":   # breast_cancer: the worst radius and the worst texture alone (2)
        return X[:, [20, 21]], y
    if which == "alccolour2":   # wine: its alcohol and colour intensity alone (2)
        return X[:, [0, 9]], y
    if which == "alkproan2":   # wine: its alcalinity of ash and proanthocyanins alone (2)
        return X[:, [3, 8]], y
    if which == "crossdiffs2":   # iris: the sepal's length less the petal's width, the sepal's width less the petal's
        return np.c_[X[:, 0] - X[:, 3], X[:, 1] - X[:, 2]], y   # length (2)
    if which == "crosshypots2":   # iris: the diagonal of the sepal's length and the petal's width, and of the sepal's
        return np.c_[np.hypot(X[:, 0], X[:, 3]), np.hypot(X[:, 1], X[:, 2])], y   # width and the petal's length (2)
    if which == "rowcurve8":   # digits: each row's curvature, the absolute second differences of its 6 triples of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for a straight row; 0-192), top to bottom (8)
        return np.abs(np.diff(img, n=2, axis=2)).sum(axis=2), y
    if which == "colcurve8":   # digits: each column's curvature, the absolute second differences of its 6 triples of
        img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for a straight column; 0-192), left to right (8)
        return np.abs(np.diff(img, n=2, axis=1)).sum(axis=1), y
    if which == "texsym2":   # breast_cancer: the mean texture and the mean symmetry alone (2)
        return X[:, [1, 8]], y
    if which == "worstsmoothconcpts2":   # breast_cancer: the worst smoothness and the worst concave points alone (2)
        return X[:, [24, 27]], y
    if which == "magproline2":   # wine: its magnesium and proline alone (2)
        return X[:, [4, 12]], y
    if which == "ashnonflav2":   # wine: its ash and nonflavanoid phenols alone (2)
        return X[:, [2, 7]], y
    if which == "crossharms2":   # iris: the harmonic mean of the sepal's length and the petal's width, and of the
        sl, sw, pl, pw = X.T   # sepal's width and the petal's length (2)
        return np.c_[2 * sl * pw / (sl + pw), 2 * sw * pl / (sw + pl)], y
    if which == "partharms2":   # iris: the harmonic mean of the sepal's length and width, and of the petal's length
        sl, sw, pl, pw = X.T   # and width (2)
        return np.c_[2 * sl * sw / (sl + sw), 2 * pl * pw / (pl + pw)], y
    if which in ("rowextent8", "colextent8"):   # digits: each row's (column's) extent, the pixels from its first
        img = X.reshape(-1, 8, 8)   # inked one to its last (0 for a blank line; 1-8), top to bottom (left to right) (8)
        if which == "colextent8":
            img = img.transpose(0, 2, 1)
        inked = img > 0
        first = np.argmax(inked, axis=2)
        last = 7 - np.argmax(inked[:, :, ::-1], axis=2)
        return np.where(inked.any(axis=2), last - first + 1, 0).astype(np.float64), y
    if which == "perimfrac2":   # breast_cancer: the mean perimeter and the mean fractal dimension alone (2)
        return X[:, [2, 9]], y
    if which == "worstareaconcav2":   # breast_cancer: the worst area and the worst concavity alone (2)
        return X[:, [23, 26]], y
    if which == "alkmag2":   # wine: its alcalinity of ash and magnesium alone (2)
        return X[:, [3, 4]], y
    if which == "ashproan2":   # wine: its ash and proanthocyanins alone (2)
        return X[:, [2, 8]], y
    if which == "crossgeoms2":   # iris: the geometric mean of the sepal's length and the petal's width, and of the
        sl, sw, pl, pw = X.T   # sepal's width and the petal's length (2)
        return np.c_[np.sqrt(sl * pw), np.sqrt(sw * pl)], y
    if which == "partgeoms2":   # iris: the geometric mean of the sepal's length and width, and of the petal's length
        sl, sw, pl, pw = X.T   # and width (2)
        return np.c_[np.sqrt(sl * sw), np.sqrt(pl * pw)], y
    if which.startswith("classes"):
        keep = np.isin(y, [int(c) for c in which[7:]])
        return X[keep], y[keep]
    raise ValueError(f"unknown variant {which!r} of {base}")


def _shape(loader: str, n: int, rs: int, params: dict) -> tuple[np.ndarray, np.ndarray]:
    """Generated shapes (numpy; the swiss roll is scikit-learn's): ``xor`` (the parity of the signs of the first
    ``informative`` of ``n_features`` uniform features, ``flip`` of the labels at random), ``spirals`` (two
    interleaved spirals of ``turns`` turns, Gaussian ``noise``), ``checker`` (a ``cells`` x ``cells``
    checkerboard in the first two of ``n_features`` uniform features), ``rings`` (``classes`` concentric rings,
    radial ``noise``), ``sine`` (which side of a sine of ``frequency`` periods over [-1, 1], in the first two of
    ``n_features`` uniform features, ``flip`` of the labels at random), ``swiss`` (scikit-learn's swiss roll cut
    into ``bands`` equal bands along the roll), ``sphere`` (inside or outside the ball holding half the mass of
    ``n_features`` standard normal features, ``flip`` of the labels at random), ``stripes`` (parallel stripes
    across a random direction of ``n_features`` uniform features, ``stripes`` of them alternating), ``aniso``
    (``centers`` Gaussian blobs in ``n_features`` dimensions, sheared by one random linear map), ``mixture``
    (two classes, each a mixture of ``components`` Gaussians with random means, overlapping), ``helix`` (two
    interleaved 3-d helices of ``turns`` turns, Gaussian ``noise``), ``sparse_linear`` (a logistic model on
    ``informative`` of ``n_features`` standard normal features: labels drawn from its probabilities),
    ``argmax`` (the class is which of the first ``classes`` of ``n_features`` uniform features is largest,
    ``flip`` of the labels at random), ``sectors`` (``sectors`` equal angular sectors of the plane around the
    origin, labelled in turn, points on a ring with Gaussian ``noise``), ``torus`` (inside or outside a torus of
    major radius 1 and tube radius 0.35 in the first 3 of ``n_features`` features, the points' distances to the
    tube's centre circle uniform on [0, 0.7], Gaussian ``noise`` on the coordinates, the other features uniform),
    ``signs`` (4 classes: the signs of two random unit projections of ``n_features`` standard normal features,
    each with Gaussian ``noise`` before its sign), ``hetero`` (``classes`` Gaussian classes in ``n_features``
    dimensions with random means and standard deviations from 0.5 to 3, one per class), ``threshold_parity``
    (the parity of ``x0 > t0`` and ``x1 > t1`` in ``n_features`` uniform features on [-1, 1], each label flipped
    with probability 0.5 exp(-d / ``width``), d the distance to the nearer threshold), ``ellipses`` (inside or
    outside an ellipse with semi-axes 1.8 and 0.6 in the first two of ``n_features`` standard normal features, radial
    Gaussian ``noise``), ``waves`` (``sin(3 x0) + cos(2 x1) + 0.5 x2 > 0.5`` in ``n_features`` uniform features,
    ``flip`` of the labels at random), ``gauss_xor`` (four Gaussian clusters of standard deviation ``std`` at
    (+-1, +-1) labelled as an XOR, plus standard normal features up to ``n_features``), ``ordinal`` (``classes``
    equally frequent bins of a random unit projection of ``n_features`` standard normal features plus Gaussian
    ``noise``), ``annulus`` (inside the shell 1.2 < |x| < 1.9 of ``n_features`` standard normal features, radial
    Gaussian ``noise``), ``diag_bands`` (``bands`` equally frequent bands of ``x0 + x1 - 0.5 x2`` in
    ``n_features`` uniform features), ``cubic`` (above or below ``x1 = x0^3 - x0`` in ``n_features`` uniform
    features on [-1.5, 1.5], ``flip`` of the labels at random), ``lognormal`` (``classes`` classes of log-normal
    features: exp of Gaussian classes with random means), ``moons3d`` (two interleaved half circles twisted in 3-d,
    Gaussian ``noise``), ``max_abs`` (which of the first ``classes`` of ``n_features`` standard normal features is
    largest in absolute value), ``product_sign`` (the sign of ``x0 x1 x2`` in ``n_features`` uniform features,
    ``flip`` of the labels at random), ``radial_bands`` (``2 bands`` equally frequent rings of the radius in
    ``n_features`` uniform features, labelled ``0, 1, ..., bands - 1`` in turn twice), ``sum_sines``
    (``sin(4 x0) + sin(3 x1) > 0`` in ``n_features`` uniform features, ``flip`` of the labels at random),
    ``cross`` (inside a cross of arms ``width`` wide in the first two of ``n_features`` uniform features),
    ``norm_ratio`` (whether the first half of ``n_features`` standard normal features has the larger norm),
    ``skew_classes`` (``classes`` classes with random means and centred exponential noise), ``bumps``
    (whether a field of ``bumps`` Gaussian bumps of alternating sign at random centres in the first 3 of
    ``n_features`` uniform features lies above its median), ``angle_bins`` (``classes`` equally frequent bins of
    the cosine between ``n_features`` standard normal features and a random direction), ``heavy_tails``
    (``classes`` classes with random means and Student-t noise of ``df`` degrees of freedom), ``interval``
    (``-0.3 < x0 < 0.4`` and ``x1 > 0`` in ``n_features`` uniform features, ``flip`` of the labels at random),
    ``quadratic_form`` (whether ``x' (A + A') x`` of ``n_features`` standard normal features and a random ``A`` is
    above its median), ``two_logistics`` (labels drawn from one random logistic model where ``x0 > 0`` and another
    where not), ``circle_count`` (how many of ``circles`` random discs of radius 0.6 hold the first two of
    ``n_features`` uniform features), ``exp_margin`` (``exp(x0) - 2 x1^2 > 0.8`` in ``n_features`` uniform
    features, ``flip`` of the labels at random), ``polar_checker`` (a checkerboard of ``rings`` rings by
    ``sectors`` angular sectors in the first two of ``n_features`` uniform features), ``min_threshold`` (whether
    the smallest of the first ``k`` of ``n_features`` uniform features is above the level half the points pass,
    ``flip`` of the labels at random), ``binary_weighted`` (``n_features`` fair coin features: whether a sum of
    them with random exponential weights, plus Gaussian noise of 0.3, is above its median), ``mixed_scales`` (labels
    drawn from a random logistic model of ``n_features`` standard normal features, each feature then multiplied by
    ``10**u``, ``u`` uniform on [-2, 2])), ``halfspaces_and`` (inside two random half-spaces of ``n_features``
    standard normal features at once, cut so that about half the points are, ``flip`` of the labels at random),
    ``feature_range`` (whether the largest minus the smallest of ``n_features`` uniform features is above its
    median), ``prototypes`` (the class, of ``classes`` in turn, of the nearest of ``prototypes`` random points in
    ``n_features`` uniform features), ``abs_diff`` (``|x0 - x1| < width`` in ``n_features`` uniform features,
    ``flip`` of the labels at random), ``apollonius`` (whether ``ratio`` times the distance to one random centre
    is below the distance to another, in ``n_features`` uniform features: inside an Apollonius sphere), ``middle_of_three``
    (whether ``x0`` lies between ``x1`` and ``x2`` of ``n_features`` uniform features), ``l1_ball`` (inside the L1
    ball holding half of ``n_features`` uniform features' points, ``flip`` of the labels at random),
    ``majority`` (whether most of ``n_features`` standard normal features are positive after Gaussian ``noise``),
    ``cone`` (``x0^2 + x1^2 > x2^2 + x3^2`` in ``n_features`` standard normal features, ``flip`` of the labels at
    random), ``count_above`` (whether at least ``k`` of the first ``m`` of ``n_features`` uniform features are above
    0.5), ``rotated_quadrants`` (the quadrant, 4 classes, of the first two of ``n_features`` uniform features turned
    by a random angle, ``flip`` of the labels redrawn), ``abs_compare`` (``|x0| > |x1| + 0.2 x2`` in ``n_features``
    standard normal features, ``flip`` of the labels at random), ``segment`` (whether the first two of
    ``n_features`` uniform features lie within ``width`` of a random segment of length 1.6 centred near the origin),
    ``product_compare`` (``x0 x1 > x2 x3`` in ``n_features`` uniform features on [0, 1], ``flip`` of the labels at
    random), ``staircase`` (``x1 > floor(steps x0) / steps`` in ``n_features`` uniform features on [0, 1]: above a
    staircase of ``steps`` steps), ``proj_argmax`` (which of ``classes`` random unit projections of ``n_features``
    standard normal features is largest, ``flip`` of the labels redrawn), ``spiral_arms`` (which of ``arms``
    interleaved spiral arms, each turning ``twist`` times per unit of radius, holds the first two of ``n_features``
    uniform features), ``paraboloid`` (inside a paraboloid ``z0 > (z1^2 + z2^2) / 2 + c`` in a random rotation ``z``
    of ``n_features`` standard normal features, ``c`` the median, ``flip`` of the labels at random),
    ``square_rings`` (``rings`` equally frequent nested square bands, labelled 0 and 1 in turn, of the largest
    absolute coordinate of the first two of ``n_features`` uniform features turned by a random angle),
    ``l1_l2_ratio`` (whether ``|x|_1 / |x|_2`` of ``n_features`` standard normal features is above its median:
    nearer the diagonals than the axes, ``flip`` of the labels at random), ``two_slabs`` (inside two random oblique
    slabs of ``n_features`` standard normal features at once, each off-centre and holding 70% of the points,
    ``flip`` of the labels at random), ``l1_anchors`` (which of ``anchors`` random points is nearest under the L1
    distance to ``n_features`` uniform features, one class per anchor), ``sine_product`` (3 equally frequent bins
    of ``sin(pi f x0) sin(pi f x1) sin(pi f x2)``, ``f`` the ``frequency``, in ``n_features`` uniform features),
    ``random_fourier`` (whether a random smooth function, a sum of ``terms`` cosines of random frequencies of
    standard deviation ``scale`` and random phases, of the first two of ``n_features`` uniform features is above
    its median, ``flip`` of the labels at random), ``ball_or_half`` (inside a random half-space holding a quarter
    of ``n_features`` standard normal features or a random ball holding a third of the rest, so half the points,
    ``flip`` of the labels at random), ``quadratic_softmax`` (``classes`` classes drawn from a softmax of random
    quadratic scores ``scale (w_k . x + (v_k . x)^2 / 2)``, ``w_k`` and ``v_k`` random unit vectors, of
    ``n_features`` standard normal features: overlapping classes), ``product_pairs`` (4 classes: the signs of
    ``x0 x1 + weight x4`` and ``x2 x3 + weight x5`` in ``n_features`` uniform features), ``flower`` (inside a
    flower of ``petals`` petals, ``r < c (1 + 0.5 cos(petals theta + phase))`` around a random centre near the
    origin, ``c`` such that half the points are, in the first two of ``n_features`` uniform features, ``flip`` of
    the labels at random), ``rank_of_first`` (``classes`` equally frequent classes: how many of ``x1`` to
    ``x_{classes-1}`` lie below ``x0`` in ``n_features`` uniform features, ``flip`` of the labels redrawn),
    ``covariances`` (``classes`` Gaussian classes in ``n_features`` dimensions, each with a random covariance
    ``A_c A_c'`` (``A_c`` standard normal over the square root of ``n_features``) and a random mean ``shift`` from the
    origin: told apart mostly by their shapes), ``mirrored_relu`` (whether ``g(x) + mirror g(-x)``, ``g`` a random
    one-hidden-layer ReLU network of ``hidden`` units, is above its median in ``n_features`` standard normal
    features: mostly an even function, so a small linear part, ``flip`` of the labels at random), ``crescent`` (inside
    a disc of radius 1 around a random centre near the origin but outside a disc of radius 0.55 ``offset`` from it in
    a random direction, in the first two of ``n_features`` uniform features, ``flip`` of the labels at random),
    ``pair_angle`` (``classes`` equal bins of the angle between ``(x0, x1)`` and ``(x2, x3)`` in ``n_features``
    standard normal features, uniform on [0, pi], ``flip`` of the labels redrawn), ``hamming_ball`` (whether
    ``n_features`` fair coin features lie within Hamming distance ``radius`` of a random centre, ``flip`` of the
    labels at random), ``cylinder`` (inside the cylinder around a random line holding half of ``n_features`` standard
    normal features, ``flip`` of the labels at random), ``logistic_interaction`` (labels drawn from a logistic model
    of ``scale (x0 x1 + u . x / 2)``, ``u`` a random unit vector, in ``n_features`` standard normal features),
    ``ascents`` (how many of ``x0 < x1``, ..., ``x_{classes-2} < x_{classes-1}`` hold in ``n_features`` uniform
    features: the middle counts common, the ends rare), ``hex_cells`` (a 3-colouring of a hexagonal tiling of
    spacing ``size``, turned and shifted at random, in the first two of ``n_features`` uniform features),
    ``random_tree`` (the leaf, one of ``2**depth`` labelled ``classes`` in turn in a random order, of a random
    axis-aligned tree of ``depth`` levels in ``n_features`` uniform features, ``flip`` of the labels redrawn),
    ``random_dnf`` (an OR of ``terms`` random ANDs of ``literals`` literals of ``n_features`` fair coin features,
    ``flip`` of the labels at random), ``nearest_line`` (which of ``classes`` random lines in the plane of the first
    two of ``n_features`` uniform features is nearest, ``flip`` of the labels redrawn), ``boxes`` (``classes``
    classes, each uniform in a box of side ``side`` around a random centre in ``n_features`` dimensions: a little
    overlap), ``top_two`` (6 classes: which two of the first 4 of ``n_features`` uniform features are the largest,
    ``flip`` of the labels redrawn), ``halfspace_vote`` (whether most of ``halfspaces`` random half-spaces near the
    origin hold ``n_features`` standard normal features, ``flip`` of the labels at random), ``twin_discs`` (inside
    either of two random discs of radius ``radius`` in the first two of ``n_features`` uniform features, ``flip`` of
    the labels at random), ``soft_voronoi`` (``classes`` classes drawn from a softmax of ``-scale`` times the squared
    distances of ``n_features`` uniform features to random centres), ``lp_star`` (inside the ``|z0|^p + |z1|^p``
    ball holding half the points, ``z`` the first two of ``n_features`` uniform features shifted and turned at
    random: for ``p`` < 1 a four-pointed star, ``flip`` of the labels at random), ``teacher_net`` (the argmax of
    ``classes`` outputs of a random one-hidden-layer tanh network of ``hidden`` units, input weights of scale
    ``gain``, on ``n_features`` standard normal features, ``flip`` of the labels redrawn), ``margin_gap`` (the two
    halves of ``n_features`` uniform features split at the median of a random direction, pushed ``gap`` apart along
    it, ``flip`` of the labels at random), ``triangle`` (inside a triangle, corners about equally spaced on a circle
    of radius ``radius`` at a random turn, in the first two of ``n_features`` uniform features, ``flip`` of the labels
    at random), ``argmedian`` (which of the first ``classes`` of ``n_features`` uniform features is their median),
    ``poisson_counts`` (Poisson counts of rate ``exp(scale u . x + offset)``, ``u`` a random unit vector, capped at
    ``classes - 1``, in ``n_features`` standard normal features: zero the commonest), ``multiplexer`` (``n_features``
    fair coin features: the first ``address`` of them, read as a binary number with ``x0`` the highest bit, pick which
    of the next ``2**address`` is the label, ``flip`` of the labels at random), ``rule_list`` (a decision list of
    ``rules`` random rules ``x_j > t`` or ``x_j < t``, ``t`` uniform on [-0.5, 0.5], in ``n_features`` uniform
    features: the first rule that holds, rule ``i``'s class ``i mod classes``, none ``rules mod classes``, ``flip`` of
    the labels redrawn), ``longest_run`` (whether the longest run of ones among ``n_features`` fair coin features, in
    their order, is ``run`` or longer, ``flip`` of the labels at random), ``bag_of_words`` (``classes`` classes of
    word counts: ``length`` draws among ``n_features`` words, each class's word shares ``shared`` times one shared
    random share plus the rest a Dirichlet(``alpha``) share of its own), ``positive_count`` (how many of the first
    ``counted`` of ``n_features`` standard normal features are positive after Gaussian ``noise``: binomial classes,
    the ends rare), ``islands`` (inside any of ``islands`` random balls of radius ``radius`` in the first three of
    ``n_features`` uniform features: a rare class in pieces, ``flip`` of the labels at random), ``patchy_noise``
    (labels drawn from a logistic model of ``u . x``, of scale ``sharp`` where ``v . x > 0`` and ``blunt`` elsewhere,
    ``u`` and ``v`` random unit vectors, in ``n_features`` standard normal features: one boundary, clean on one side
    and noisy on the other), ``bars`` (``side`` x ``side`` images of one bar, 3 classes: a row, a column or a
    diagonal (the main one for an even draw of the position, the other for an odd), under Gaussian pixel ``noise``),
    ``lemniscate`` (inside the lemniscate ``|z|^4 < size^2 (z0^2 - z1^2)``, ``z`` the first two of ``n_features``
    uniform features shifted and turned at random, ``flip`` of the labels at random), ``farthest_centre`` (which of
    ``classes`` random centres is the farthest from ``n_features`` uniform features: a linear argmax, ``flip`` of the
    labels redrawn), ``count_mod3`` (how many of the first ``counted`` of ``n_features`` fair coin features are one,
    modulo 3, ``flip`` of the labels redrawn), ``bilinear_sign`` (the sign of ``x[:3]' A x[3:6]``, ``A`` a random 3x3
    matrix, in ``n_features`` standard normal features, ``flip`` of the labels at random), ``max_projection`` (which
    of ``classes`` random unit directions has the largest absolute projection of ``n_features`` standard normal
    features, ``flip`` of the labels redrawn), ``first_above`` (the first of the first ``counted`` of ``n_features``
    uniform features above ``threshold``, ``counted`` if none: ``counted + 1`` classes, ``flip`` of the labels
    redrawn), ``zipf_blobs`` (``classes`` Gaussian classes of shares proportional to 1, 1/2, 1/3, ..., unit standard
    deviation and random means of standard deviation ``spread``, in ``n_features`` dimensions), ``tail_event``
    (whether a random unit projection of ``n_features`` standard normal features exceeds ``level``: a rare class,
    ``flip`` of the labels at random), ``fuzzy_disc`` (labels drawn from a logistic model of ``scale (1 - r^2 / m)``,
    ``r`` the distance of the first two of ``n_features`` uniform features to a random centre and ``m`` the median
    of ``r^2``: a disc with a wide, noisy rim), ``sine_band`` (within ``width`` of the curve ``x1 = amplitude
    sin(pi frequency x0 + phase)``, a random phase, in ``n_features`` uniform features, ``flip`` of the labels at
    random), ``heart`` (inside the heart ``(u^2 + v^2 - 1)^3 < u^2 v^3``, ``(u, v)`` the first two of ``n_features``
    uniform features over ``size``, ``flip`` of the labels at random), ``dominant_block`` (which of ``classes``
    consecutive blocks of ``n_features`` uniform features has the largest sum: a linear argmax, ``flip`` of the labels
    redrawn), ``order_of_extremes`` (whether the largest of the first ``counted`` of ``n_features`` uniform features
    comes before the smallest, ``flip`` of the labels at random), ``mod_sum`` (``(floor(cells x0) + floor(cells x1))
    mod classes`` in ``n_features`` uniform features on [0, 1], ``flip`` of the labels redrawn), ``weighted_voronoi``
    (which of ``classes`` centres, about evenly around a circle of radius 0.5 at a random turn, is nearest to the first
    two of ``n_features`` uniform features, each distance divided by the centre's random weight from 0.7 to 1.4:
    circular boundaries, ``flip`` of the labels redrawn), ``switch_linear``
    (the side of one random hyperplane through the origin where ``x0 > 0`` and of another where not, in ``n_features``
    standard normal features, ``flip`` of the labels at random), ``nested_shells`` (3 classes: the distance of
    ``n_features`` standard normal features to a random centre below its ``inner`` quantile, between, or above its
    ``outer`` quantile, ``flip`` of the labels redrawn), ``joint_exceedance`` (whether two random unit projections of
    ``n_features`` standard normal features both exceed ``level``: a rare class, ``flip`` of the labels at random),
    ``graded_flips`` (the side of a random hyperplane through the origin in all but the last of ``n_features``
    uniform features, each label flipped with probability ``rate (x_last + 1) / 2``: noise growing along a feature
    the boundary ignores), ``horseshoe`` (inside the ring ``inner < |z| < outer``, ``z`` the first two of
    ``n_features`` uniform features less a random centre near the origin, but outside a gap of ``gap`` radians at a
    random angle, ``flip`` of the labels at random), ``cardioid`` (inside the cardioid ``r < size (1 - cos(theta -
    t))`` around a cusp at ``size (cos t, sin t)``, ``t`` a random turn, in the first two of ``n_features`` uniform
    features, ``flip`` of the labels at random), ``parallel_cuts`` (``classes`` equally frequent slabs of a random
    projection of ``n_features`` uniform features, ``flip`` of the labels redrawn), ``perm_parity`` (whether the
    order of the first ``counted`` of ``n_features`` uniform features is an even permutation of their sorted order:
    the sign of the product of their differences, ``flip`` of the labels at random), ``hyperbolic_bands``
    (``bands`` equally frequent bins of ``x0 x1``, labelled 0 to ``classes`` - 1 in turn, in ``n_features`` uniform
    features, ``flip`` of the labels redrawn), ``nearest_circle`` (which of ``classes`` random circles, centres in
    [-0.5, 0.5]^2 and radii 0.2 to 0.7, is nearest to the first two of ``n_features`` uniform features, ``flip`` of
    the labels redrawn), ``walk_crossing`` (whether the running sums of ``n_features`` standard normal features, in
    feature order, ever exceed ``level``, ``flip`` of the labels at random), ``lead_gap`` (whether the largest of
    ``n_features`` uniform features on [0, 1] exceeds the second largest by more than ``gap``: a rare class, ``flip``
    of the labels at random), ``simplex_peak`` (``parts`` shares uniform on the simplex, then ``n_features`` -
    ``parts`` uniform features on [0, 1]: which share is above ``threshold`` (at least 0.5), class 0 if none: rare
    classes, ``flip`` of the labels redrawn), ``asymmetric_flips`` (the side of a random hyperplane through the
    origin in ``n_features`` uniform features, class 1 flipped with probability ``rate1`` and class 0 with
    ``rate0``: noise that depends on the class), ``yin_yang`` (the two halves of a yin-yang, each with a dot of
    radius ``dot`` of the other, turned by a random angle, in the first two of ``n_features`` features uniform in the
    unit disc, then uniform on [-1, 1], ``flip`` of the labels at random), ``pentagram`` (inside a five-pointed star
    of outer radius ``radius`` around the origin at a random turn, in the first two of ``n_features`` uniform
    features, ``flip`` of the labels at random), ``bernoulli_classes`` (``classes`` equally likely classes of
    ``n_features`` coin features, each one with probability drawn from 0.1 to 0.9 per class and feature: naive
    Bayes' model), ``closest_pair`` (3 points in the plane, the first six of ``n_features`` uniform features: the
    point left out of the closest pair, ``flip`` of the labels redrawn), ``coprime`` (two integers from 1 to ``top``:
    whether their greatest common divisor is 1, ``flip`` of the labels at random), ``tone_frequency`` (``classes``
    equally likely classes of ``n_features`` samples over one window of a sine of class + 1 periods at a random phase,
    plus Gaussian ``noise``), ``carries`` (two numbers of ``bits`` coin features each, highest bit first: how many
    carries their sum makes, ``bits`` + 1 classes, ``flip`` of the labels redrawn), ``two_circles`` (two circles,
    centres uniform in [-1, 1]^2 and radii uniform on [``min_radius``, ``max_radius``], as 6 features: apart,
    crossing, or one inside the other (the rare class), ``flip`` of the labels redrawn), ``root_count`` (how many
    roots in [-1, 1] the quadratic ``x0 + x1 t + x2 t^2`` has, the first three of ``n_features`` uniform features
    its coefficients: two the rare class, ``flip`` of the labels redrawn), ``same_moments`` (two equally likely
    classes of ``n_features`` features with the same mean and covariance: Laplace of scale 1 / sqrt(2) or uniform
    on [-sqrt(3), sqrt(3)], told apart by their shapes alone), ``mandelbrot`` (whether ``c = (1.3 x0 - 0.7) + 1.3 x1
    i``, the first two of ``n_features`` uniform features, stays within 2 of the origin for ``iterations`` steps of
    ``z -> z^2 + c`` from 0: the Mandelbrot set's outline, ``flip`` of the labels at random), ``voronoi_edges``
    (whether the first two of ``n_features`` uniform features lie nearer than ``width`` to an edge of the Voronoi
    cells of ``sites`` random sites: the second nearest site less than ``width`` farther than the nearest, ``flip``
    of the labels at random), ``tilted_draws`` (``classes`` equally likely classes of ``n_features`` draws among
    the values 0 to ``classes`` - 1: the class's own value with probability ``tilt``, else one of the others,
    equally: which value is over-represented, in whichever features), ``least_factor`` (an integer from 2 to
    2^``bits`` - 1 and its ``bits`` binary digits: whether its least prime factor is 2, 3, 5 or 7 and more, ``flip``
    of the labels redrawn), ``chirp`` (``classes`` equally likely classes of ``n_features`` samples of a sine
    starting at 2.5 to 4.5 periods per window at a random phase, its frequency changing over the window by
    ``sweep`` periods times -1 to 1 in ``classes`` even steps (falling, holding, rising), plus Gaussian ``noise``),
    ``change_point`` (``n_features`` samples of a level 0 that jumps to +-``jump`` at a random step, plus Gaussian
    ``noise``: which of ``classes`` equal stretches of the steps the jump lies in), ``sierpinski`` (whether the first
    two of ``n_features`` uniform features lie in Sierpinski's carpet to ``levels`` levels, the holes the rare class,
    ``flip`` of the labels at random), ``convex_position`` (4 points in the plane, the first eight of ``n_features``
    uniform features: whether none lies inside the triangle of the other three, ``flip`` of the labels at random),
    ``paired_blobs`` (``classes`` equally likely unit Gaussian classes in ``n_features`` dimensions, in pairs: the
    pairs' centres of standard deviation ``spread``, a pair's two means ``gap`` apart along a random direction),
    ``cyclic_confusion`` (``classes`` equally likely unit Gaussian classes at random means of standard deviation 2,
    each label replaced by the next class (the last by 0) with probability ``rate``: noise between fixed pairs of
    classes), ``line_of_sight`` (two points in the plane, the first four of ``n_features`` uniform features: whether
    the segment joining them misses a disc of ``radius`` around a random centre near the origin, ``flip`` of the
    labels at random), ``triangle_kind`` (the first three of ``n_features`` features uniform on [0, 1] as lengths:
    no triangle, an obtuse or an acute one (the rare class), ``flip`` of the labels redrawn) and ``lissajous``
    (whether the first two of ``n_features`` uniform features lie within ``width`` of the Lissajous curve 0.9 (sin(a
    t + phase), sin(b t)) at a random phase, ``flip`` of the labels at random), ``koch_snowflake`` (whether the first
    two of ``n_features`` uniform features lie inside Koch's snowflake of ``levels`` levels grown from an equilateral
    triangle of circumradius ``radius`` around the origin at a random turn, ``flip`` of the labels at random),
    ``ar_process`` (``classes`` equally likely classes of ``n_features`` steps of a stationary AR(1) process with unit
    Gaussian innovations, its coefficient ``phi`` times -1 to 1 in ``classes`` even steps: anti-correlated, white or
    correlated), ``duty_cycle`` (``classes`` equally likely classes of ``n_features`` samples of a +-1 square wave of
    a random period of 4 to 8 samples at a random phase, high for a share 0.2 to 0.8 of each period in ``classes``
    even steps, plus Gaussian ``noise``), ``longest_increasing`` (the length L of the longest increasing subsequence
    of ``n_features`` uniform features in their order: class L - ``low`` clipped to 0 .. ``classes`` - 1, ``flip`` of
    the labels redrawn), ``det_sign`` (the sign of the determinant of the first nine of ``n_features`` standard
    normal features as a 3x3 matrix, row by row, ``flip`` of the labels at random), ``winding`` (a closed polygon of
    ``corners`` corners, the first 2 ``corners`` of ``n_features`` uniform features: its winding number around the
    origin, -1 or less, 0, or 1 or more (3 classes), ``flip`` of the labels redrawn), ``dominance`` (two points of
    ``dims`` coordinates, the first 2 ``dims`` of ``n_features`` uniform features: neither dominates (the common
    class), the first is above the second in every coordinate, or the second above the first, ``flip`` of the labels
    redrawn), ``dirichlet_concentration`` (``classes`` equally likely classes of ``n_features`` shares drawn from a
    symmetric Dirichlet whose concentration runs geometrically from ``low`` to ``high`` over the classes: spiky to
    even shares), ``repeated_points`` (``distinct`` random points of ``n_features`` uniform features, each example a
    copy of one drawn at random, labelled by the side of a random hyperplane through the origin, each copy's label
    flipped with probability ``flip``: repeated points with conflicting labels) and ``polygon_sides`` (``classes``
    equally likely classes of a regular polygon of 3 to ``classes`` + 2 sides, circumradius 0.8 to 1.2 at a random
    turn, its radius at ``n_features`` equally spaced angles, plus Gaussian ``noise``), ``records`` (the number R of
    records, left-to-right maxima, among the first ``counted`` of ``n_features`` uniform features in their order:
    class R - 1 clipped to ``classes`` - 1, ``flip`` of the labels redrawn), ``incircle`` (whether the fourth of four
    points, the first 8 of ``n_features`` uniform features, lies inside the circle through the other three, ``flip``
    of the labels at random), ``segments_cross`` (whether two segments, the first 8 of ``n_features`` uniform
    features as their ends, cross, ``flip`` of the labels at random), ``damping`` (``classes`` equally likely classes
    of ``n_features`` samples of a cosine of random frequency, phase and amplitude whose envelope decays by exp(-
    ``rate`` y / (``classes`` - 1)) over the window, plus Gaussian ``noise``), ``echo_lag`` (``classes`` equally likely
    classes of ``n_features`` samples of white noise plus its echo, ``gain`` times as loud and y + 1 samples late,
    plus Gaussian ``noise``), ``modulation`` (3 equally likely classes of ``n_features`` samples of a carrier of random
    frequency and phase: a pure tone, amplitude-modulated to ``depth`` or frequency-modulated to index ``beta`` at a
    slow random rate, plus Gaussian ``noise``), ``distinct_count`` (``n_features`` whole numbers 0 .. ``values`` - 1:
    the number D of distinct values among the first ``counted``, class D - ``low`` clipped to 0 .. ``classes`` - 1,
    ``flip`` of the labels redrawn), ``subset_sum`` (``counted`` whole numbers 1..9 and a target 1..``top``: whether
    a non-empty subset of the numbers sums to the target, ``flip`` of the labels at random), ``queen_attack`` (two
    squares of a chessboard, the first 4 of ``n_features`` whole numbers 0..7: whether they share a row, a column or
    a diagonal, ``flip`` of the labels at random), ``condorcet`` (``voters`` voters' standard normal utilities for 3
    candidates: the Condorcet winner, or none (a cycle, the rare class)), ``graph_components`` (the complete graph on
    ``nodes`` nodes, one uniform feature per edge, the edge present below ``p``: its number C of connected pieces,
    class C - 1 clipped to ``classes`` - 1), ``palindrome`` (a share ``share`` of palindromes, the second half of the
    ``n_features`` uniform features the first reversed plus Gaussian ``noise``, ``flip`` of the labels at random),
    ``repeat_period`` (``classes`` equally likely classes of a random standard normal pattern of 2 + y samples
    repeated over ``n_features`` samples, plus Gaussian ``noise``), ``matrix_rank`` (a ``size`` x ``size`` matrix of
    rank y + 1, a sum of y + 1 random outer products, plus Gaussian ``noise``) and ``nim_sum`` (``n_features`` heaps
    of 0..``top``: whether the first player wins Nim on the first ``heaps``, their exclusive or not 0 (the common
    class), ``flip`` of the labels at random), ``knight_moves`` (two squares of a chessboard, the first 4 of
    ``n_features`` whole numbers 0..7: the fewest knight's moves D between them, class D - 1 clipped to 0 ..
    ``classes`` - 1, ``flip`` of the labels redrawn), ``tictactoe`` (a noughts-and-crosses board of 9 features, 1, -1
    or 0 (a share ``empty``): a line of three crosses, of noughts, neither or both), ``poker_hand`` (5 cards dealt
    from 52, each a suit and a rank: high card, one pair, two pairs or better), ``life_rule`` (a 3x3 patch of
    Conway's Game of Life, the first 9 of ``n_features`` coin features alive with probability ``density``: whether
    the centre lives on, ``flip`` of the labels at random), ``edf_feasible`` (``jobs`` jobs' durations uniform on [0,
    1] and deadlines uniform on [0, ``horizon``]: whether one machine can meet every deadline, earliest deadline
    first, ``flip`` of the labels at random), ``inertia`` (a symmetric ``size`` x ``size`` matrix, its upper triangle
    Gaussian features, the diagonal's of standard deviation 1 and the others' ``coupling``: how many of its
    eigenvalues are positive, ``flip`` of the labels redrawn), ``orbit_kind`` (a body at 1 to ``far`` radii from a
    planet, its velocity the circular orbit's plus Gaussian ``speed``: a bound orbit clear of the planet, a crash or
    an escape), ``projectile`` (a ball's speed and angle and a wall's distance and height, the first 4 of
    ``n_features``: whether the ball passes over, ``flip`` of the labels at random), ``waveform`` (5 equally likely
    classes of ``n_features`` samples of a wave of 2 to 4 periods at a random phase and amplitude: a sine, a square,
    a triangle, a rising or a falling sawtooth, plus Gaussian ``noise``), ``bipartite`` (a graph on ``nodes`` nodes, a
    coin feature per edge present with probability ``p``: whether it has no odd cycle, ``flip`` of the labels at
    random), ``mendel_cross`` (two parents' genotypes at ``n_features`` / 2 loci, 0..2 dominant alleles: a child's
    phenotype at the first two loci, each allele passed at random: 4 classes, noisy by nature), ``blackjack``
    (``n_features`` cards 1..13, the first ``counted`` a hand: its best total under 17, 17 to 21 or bust, ``flip`` of
    the labels redrawn), ``clock_hands`` (an hour 0..11 and minutes uniform on [0, 60), then uniform features to
    ``n_features``: the angle between a clock's hands in ``classes`` equal bins of 0 to 180 degrees),
    ``interval_depth`` (``intervals`` intervals, starts uniform on [0, 1], lengths on [0, ``length``]: the most that
    overlap at one point D, class D - ``low`` clipped to 0 .. ``classes`` - 1, ``flip`` of the labels redrawn) and
    ``queue_wait`` (``customers`` customers' gaps between arrivals uniform on [0, ``gap``] and service times on [0,
    1]: whether one waits longer than ``level``, ``flip`` of the labels at random), ``stack_sortable``
    (``n_features`` uniform features, a sequence: whether one stack sorts it, no pattern 231, ``flip`` of the labels
    at random), ``titration`` (a strong acid's concentration and volume and a strong base's, the first 4 of
    ``n_features``: the mixture's pH below ``acid``, up to ``base`` or above, ``flip`` of the labels redrawn),
    ``bounce_count`` (a ball's drop height, its coefficient of restitution and a bar's
    height, the first 3 of ``n_features``: how many bounces rise above the bar, clipped to ``classes`` - 1, ``flip``
    of the labels redrawn), ``thin_lens`` (an object's distance and a thin lens's focal length, diverging with
    probability ``diverging``, the first 2 of ``n_features``: the image virtual or real, magnified or reduced,
    ``flip`` of the labels redrawn), ``total_reflection`` (two media's refractive indices and an angle of incidence,
    the first 3 of ``n_features``: whether the light is totally reflected, ``flip`` of the labels at random),
    ``elastic_collision`` (two balls' masses and velocities on a line, the first 4 of ``n_features``: no collision,
    or after an elastic one the first moving back or on, ``flip`` of the labels redrawn), ``percolation`` (a
    ``side`` x ``side`` grid of sites open with probability ``p``: whether open sites lead from the top row to the
    bottom one, ``flip`` of the labels at random), ``circuit_current`` (R1 in series with R2 and R3 in parallel and
    a battery's voltage, the first 4 of ``n_features``: the current through R2 up to ``low``, up to ``high`` or
    above, ``flip`` of the labels redrawn), ``electoral_split`` (``districts`` districts' vote shares for party A
    and their turnouts: who wins the districts and who the popular vote, 4 classes, the split ones rare),
    ``block_stack`` (``blocks`` blocks of width 1 stacked, each moved by an offset uniform on -+``shift`` from the
    one below, then uniform features to ``n_features``: how many fall, clipped to ``classes`` - 1, ``flip`` of the
    labels redrawn), ``ice_water`` (ice's mass and temperature and water's, the first 4 of
    ``n_features``: all frozen, ice and water at 0 C or all liquid, ``flip`` of the labels redrawn),
    ``epidemic_size`` (an SIR epidemic's infection and recovery rates and its share susceptible, the first 3 of
    ``n_features``: its final size up to ``low``, up to ``high`` or above), ``loan_payoff`` (a loan, its yearly rate
    and its monthly payment, the first 3 of ``n_features``: never paid off, after 20 years, within 20 or within 10,
    ``flip`` of the labels redrawn), ``gamblers_ruin`` (a stake 1 .. ``target`` - 1 and a win probability, then
    uniform features to ``n_features``: whether a walk of ``steps`` bets of 1 reaches ``target`` before 0, noisy by
    nature), ``colour_names`` (a colour's red, green and blue, then uniform features to ``n_features``: black
    (below ``dark``), grey (within ``grey``) or the sixth of its hue: 8 classes), ``balance_scale`` (two weights and
    their distances on each arm of a balance: the left arm down, level within ``tolerance`` or the right arm down,
    ``flip`` of the labels redrawn), ``yellow_light`` (a car's speed, its distance to the stop line, the yellow
    light's time and the brakes, the first 4 of ``n_features``: it can stop after ``reaction`` s, go, both or neither,
    ``flip`` of the labels redrawn), ``bowling_score`` (``frames`` frames of bowling and a fill frame, two rolls each:
    the score under ``low``, under ``high`` or more), ``buoyancy`` (a body's mass
    and volume and a liquid's density, the first 3 of ``n_features``: floating high, floating low or sinking,
    ``flip`` of the labels redrawn), ``coffee_cooling`` (a cup's and a room's temperature, a cooling rate and a time,
    the first 4 of ``n_features``: above ``hot``, drinkable or below ``cold``, ``flip`` of the labels redrawn),
    ``ladder_slip`` (a ladder's angle, the floor's friction, a climber's mass and height, the first 4 of
    ``n_features``: whether it slips, ``flip`` of the labels at random), ``incline_pulley`` (a block on a slope tied
    over a pulley to a hanging mass: the masses, the angle and the friction, the first 4 of ``n_features``: the block
    slides down, stays or is pulled up, ``flip`` of the labels redrawn), ``tank_fill`` (a tank's height, its inflow
    and its outlet, the first 3 of ``n_features``: never overflowing, overflowing after ``time`` or within it,
    ``flip`` of the labels redrawn), ``lift_trips`` (``people`` people's masses queueing for a lift of ``capacity``:
    whether it takes more than ``trips`` trips, ``flip`` of the labels at random), ``dart_score`` (a dart's place on
    a dartboard, normal of sd ``spread``, then uniform features to ``n_features``: its score under ``low``, under
    ``high`` or more), ``thermostat`` (``readings`` temperatures of a random walk: whether a heater switched on below
    ``low`` and off above ``high`` is on at the end, ``flip`` of the labels at random), ``river_crossing`` (a river's
    width and flow, a boat's speed and heading, the first 4 of ``n_features``: landing upstream of the dock by more
    than ``dock``, within it or downstream, ``flip`` of the labels redrawn), ``snakes_ladders`` (``rolls`` dice rolls
    on a board of ``squares`` squares with 3 ladders and 3 snakes: the square reached before ``low``, before ``high``
    or later), ``daylight`` (a latitude, a day of the year and an hour, the first 3 of ``n_features``: whether the
    sun is up, ``flip`` of the labels at random) and ``sandpile`` (a ``side`` x ``side`` sandpile, its centre at 3,
    given a grain there: the topplings under ``low``, under ``high`` or more), ``body_mass`` (a person's height and
    mass, the first 2 of ``n_features``: the body mass index under 18.5, 25, 30 or more, ``flip`` of the labels
    redrawn), ``wind_chill`` (the air's temperature and the wind's speed, the first 2 of ``n_features``: the wind
    chill above ``cold``, down to ``frostbite`` or below, ``flip`` of the labels redrawn), ``domino_run``
    (``dominoes`` dominoes' heights and the gaps between them: how many fall, under ``low``, under ``high`` or more),
    ``noise_level`` (``sources`` machines' sound power levels and distances: whether together they are above
    ``limit`` dB, ``flip`` of the labels at random), ``harbour_tide`` (the hours since high water, the days since the
    spring tide and a boat's draught, the first 3 of ``n_features``: whether it floats over a bar ``depth`` m deep,
    ``flip`` of the labels at random), ``change_coins`` (a price's euros and cents and the note paid: the notes and
    coins of the change, under ``low``, under ``high`` or more), ``heart_zone`` (a runner's age, resting and present
    heart rate, the first 3 of ``n_features``: the share of the heart rate reserve under 0.5, 0.7, 0.85 or more,
    ``flip`` of the labels redrawn), ``bike_gear`` (a cadence, a chainring, a cog and a wheel, the first 4 of
    ``n_features``: the speed under ``slow``, under ``fast`` or more, ``flip`` of the labels redrawn),
    ``pendulum_clock`` (a temperature, a rod's expansion and the bob's setting, the first 3 of ``n_features``: the
    clock gaining more than ``tolerance`` s a day, within it or losing more, ``flip`` of the labels redrawn),
    ``exposure`` (an f-number, a shutter time, an ISO and a scene's light, the first 4 of ``n_features``: the photo
    underexposed by more than ``stops``, within them or overexposed), ``green_wave`` (a car's speed and ``lights``
    traffic lights' offsets: the red lights it stops at, under ``low``, under ``high`` or more), ``parcel_size`` (a
    parcel's three sides and its mass, the first 4 of ``n_features``: a large letter, a small, a medium or a larger
    parcel, ``flip`` of the labels redrawn), ``tennis_game`` (``points`` points of a tennis game, each the server's
    with chance ``serve``: the server's game, the receiver's or not over), ``dew_frost`` (a night's temperature and
    humidity and a surface's cooling, the first 3 of ``n_features``: the surface dry, wet with dew or frosted,
    ``flip`` of the labels redrawn), ``shelf_sag`` (a shelf's span, thickness and depth and its load, the first 4
    of ``n_features``: its sag under 1/360 of the span, under 1/180 or more, ``flip`` of the labels redrawn),
    ``sunburn`` (a UV index, a skin type, a sunscreen's SPF and the minutes outside, the first 4 of ``n_features``:
    the dose under a quarter of the skin's burning dose, under one or more, ``flip`` of the labels redrawn),
    ``egg_boil`` (an egg's width and first temperature, the altitude and the minutes boiled, the first 4 of
    ``n_features``: the yolk runny, jammy or hard, ``flip`` of the labels redrawn), ``point_of_sail`` (the true
    wind's speed and angle and the boat's speed, the first 3 of ``n_features``: the apparent wind's angle in 5
    points of sail), ``rain_run`` (the rain's wind and fall, a walk's and a run's speed and a body's top area, the
    first 5 of ``n_features``: the rain caught running against walking, under 1/5, under 1/2 or more),
    ``lake_ice`` (the days of frost, their mean temperature and the snow, the first 3 of ``n_features``: the ice
    under 10, 20, 30 cm or more, ``flip`` of the labels redrawn), ``sleep_cycles`` (a bedtime, a waking time, the
    minutes to fall asleep and a cycle's length: the full cycles slept, under ``low``, each up to ``high`` - 1 or
    more), ``thunder_storm`` (two flash-to-thunder counts, the minutes between them and the air's temperature:
    whether the storm comes nearer by more than ``speed`` km/h, ``flip`` of the labels at random), ``scuba_dive``
    (a depth, a bottom time, a tank and a breathing rate, the first 4 of ``n_features``: past the no-decompression
    limit, past the air down to ``reserve`` bar or within both, ``flip`` of the labels redrawn), ``stair_step`` (a
    storey's height, the risers and the going, the first 3 of ``n_features``: the stair comfortable, too steep or
    too shallow by Blondel's rule, ``flip`` of the labels redrawn), ``arch_bridge`` (an arch's span and crown and a
    lorry's width, height and offset, the first 5 of ``n_features``: whether it passes under by ``clearance`` m,
    ``flip`` of the labels at random), ``golf_putt`` (a putt's distance, speed and aim and the green's speed, the
    first 4 of ``n_features``: short, holed or past), ``reading_glasses`` (a reader's age and refraction and the
    reading distance, the first 3 of ``n_features``: the page beyond the far point, read unaided, with a weak or a
    strong add, ``flip`` of the labels redrawn), ``ski_grade`` (``segments`` segments' drops and lengths: the
    steepest gradient, green, blue, red or black), ``clothing_size`` (a chest, a waist, hips and a height: the size
    XS to XXL that all three fit, ``flip`` of the labels redrawn), ``beaufort`` (an anemometer's height, its reading and
    the ground's roughness, the first 3 of ``n_features``: the wind at 10 m in 8 bands of the Beaufort scale),
    ``bread_rise`` (a dough's yeast, temperature, proving time and salt, the first 4 of ``n_features``: under-proved,
    proved or over-proved, ``flip`` of the labels redrawn), ``paint_tins`` (a room's length, width and height, its doors
    and windows, the coats and the paint's cover, the first 6 of ``n_features``: the tins of ``tin`` litres its walls
    take, 1 to 6 or more), ``shower_mix`` (the hot and the cold water's temperatures and flows: the mixed water cold,
    warm, hot or over ``scald`` C, ``flip`` of the labels redrawn), ``laundry_dry`` (the air's temperature, humidity and
    wind, the hours on the line and the water held, the first 5 of ``n_features``: the washing wet, damp or dry),
    ``tea_steep`` (the water's temperature, the minutes and the grams of tea, the first 3 of ``n_features``: weak, good
    or bitter, ``flip`` of the labels redrawn), ``parallel_park`` (a car's length, width and turning radius and a gap's
    length, the first 4 of ``n_features``: in at one go, in with shuffles (a gap longer by ``shuffle`` m) or not),
    ``pipe_corner`` (two corridors' widths, a ceiling's height and a pipe's length, the first 4 of ``n_features``: round
    the corner level, tilted or not at all, ``flip`` of the labels redrawn), ``fuel_range`` (a tank's litres and how
    full, the speed, the distance and the car's use at 90 km/h, the first 5 of ``n_features``: there with ``spare`` km
    left, there on the reserve or dry, ``flip`` of the labels redrawn), ``wifi_bars`` (a distance, the walls, the band
    and a router's power, the first 4 of ``n_features``: the signal in 5 bars), ``marathon_finish`` (a 10 km time, the
    weekly km and the longest run, the first 3 of ``n_features``: the marathon under 3, 4, 5 hours or more),
    ``tyre_pressure`` (a tyre's pressure and temperature when filled, the weeks since and the temperature now, the first
    4 of ``n_features``: against ``target`` bar, unsafe, low, right or high, ``flip`` of the labels redrawn),
    ``picture_wire`` (a picture's mass, the rings' span, the wire's slack and its rating, the first 4 of ``n_features``:
    whether the wire holds, ``flip`` of the labels at random), ``phone_battery`` (a battery's capacity and health, the
    hours of screen, its brightness and the hours of standby: the charge left at night, none, under 20%, under 50% or
    more), ``hill_walk`` (a walk's length and climb, the pace, the start and the sunset, the first 5 of ``n_features``:
    back an hour before sunset, before it or after, ``flip`` of the labels redrawn), ``quake_felt`` (an earthquake's
    magnitude, distance and depth and the ground, the first 4 of ``n_features``: the intensity felt, I or less, II to
    VII, VIII or more), ``kettle_boil`` (a kettle's litres, the water's temperature, the kettle's power and the
    altitude, the first 4 of ``n_features``: the minutes to the boil at ``efficiency``, under 2, 3, 4 or more),
    ``roof_snow`` (the snow's depth and density, a roof's pitch and its rating, the first 4 of ``n_features``: the load
    under half the rating, under it or over, ``flip`` of the labels redrawn), ``candle_burn`` (a candle's diameter and
    height and its burning rate, the first 3 of ``n_features``: the hours it burns, under 10, 40 or more),
    ``pot_plant`` (a pot's litres, the days since watering, the plant's use and the temperature, the first 4 of
    ``n_features``: the water left, none, under 30%, under 70% or more), ``balloon_lift`` (helium balloons' number and
    diameter, a payload and the air's temperature, the first 4 of ``n_features``: sinking, rising with under ``spare``
    g to spare or rising, ``flip`` of the labels redrawn), ``sledge_run`` (a slope's angle and length and the runners'
    friction, the first 3 of ``n_features``: the sledge stays, or its speed at the bottom under 20 km/h, 40 or more),
    ``picnic_food`` (the hours out of the fridge, the air's temperature and the bacteria at the start, the first 3 of
    ``n_features``: the count under 10^5 a gram, 10^6 or more, ``flip`` of the labels redrawn), ``kite_fly`` (the
    wind, a kite's area and mass and its lift coefficient, the first 4 of ``n_features``: whether it flies, ``flip``
    of the labels at random), ``toast_brown`` (a toaster's setting, the slice's thickness, frozen or not and the
    toaster's power, the first 4 of ``n_features``: pale, golden, dark or burnt, ``flip`` of the labels redrawn),
    ``fire_exit`` (the people, the doors' width, the farthest walk and the walking speed, the first 4 of
    ``n_features``: everyone out in under 2 minutes, 4 or more), ``bath_overflow`` (a bath's length, width and
    overflow, the water's depth and a bather's mass, the first 5 of ``n_features``: the water once in more than 5 cm
    under the overflow, under it or over, ``flip`` of the labels redrawn), ``solar_roof`` (solar panels' peak power,
    the sun's hours, the roof's direction and shade and a household's use, the first 5 of ``n_features``: the share
    of the use made, under half, under all or more), ``wind_turbine`` (the wind at 10 m, a hub's height, the wind's
    shear and the rotor's diameter, the first 4 of ``n_features``: the turbine off, under a quarter of its rated power,
    under it or at it), ``cool_box`` (the ice, a cool box's heat loss, the air's temperature and the hours, the first
    4 of ``n_features``: the ice left, none, under half or more, ``flip`` of the labels redrawn), ``guitar_string`` (a
    string's length, tension and mass a metre, the first 3 of ``n_features``: its pitch against ``target`` Hz, over 50
    cents flat, over 10, within 10, under 50 sharp or more), ``bike_brake`` (a bike's speed, the rider's reaction time,
    the tyres' grip and the obstacle's distance, the first 4 of ``n_features``: stopping over 5 m short of it, short of
    it or not, ``flip`` of the labels redrawn), ``ice_cream_melt`` (a scoop's grams, the air's temperature, the minutes
    and the sun, the first 4 of ``n_features``: the share melted, under a quarter, under 60% or more), ``rain_barrel``
    (a roof's area, the rain's mm, a barrel's litres and how full it is, the first 4 of ``n_features``: the rain caught
    over the room left, under half, under all or more), ``garden_hose`` (the tap's pressure, a hose's length and bore
    and a bucket's litres, the first 4 of ``n_features``: the seconds to fill it, under 15, 30, 60 or more),
    ``sound_hear`` (a sound's level, the distance and the background's level, the first 3 of ``n_features``: not heard,
    faint or clear, ``flip`` of the labels redrawn), ``shadow_length`` (the hour, the sun's height at noon and a pole's
    height, the first 3 of ``n_features``: its shadow under 2 m, 5, 15 or more), ``torch_battery`` (a battery's mAh and
    health, a bulb's watts and the hours on, the first 4 of ``n_features``: the energy left, none, under a fifth or
    more), ``egg_drop`` (an egg's grams, the height, a pad's thickness and its give, the first 4 of ``n_features``:
    whether it breaks, ``flip`` of the labels at random), ``bucket_leak`` (a bucket's radius, the water's depth and a
    hole's mm, the first 3 of ``n_features``: empty in under 2 minutes, 5, 15 or more, ``flip`` of the labels redrawn),
    ``cookie_bake`` (the dough's thickness, the minutes, the oven's temperature and its fan, the first 4 of
    ``n_features``: raw, done or burnt), ``water_freeze`` (a bottle's litres, the water's and the freezer's temperature
    and the hours, the first 4 of ``n_features``: still water, slush or ice, ``flip`` of the labels redrawn),
    ``umbrella_wind`` (the wind, an umbrella's width, its angle off the wind and its ribs' strength, the first 4 of
    ``n_features``: fine, bent or inside out), ``ladder_reach`` (a ladder's length, its foot's distance from the wall
    and a gutter's height, the first 3 of ``n_features``: short, reaching or to spare), ``snowball_roll`` (a snowball's
    radius, the metres rolled, the snow's layer and its stickiness, the first 4 of ``n_features``: its radius under 20
    cm, 30, 40 or more), ``paper_fold`` (a sheet's thickness and length, the first 2 of ``n_features``: the most
    times it folds in half, 4 or fewer, 5, 6, 7 or 8 or more), ``bus_catch`` (the walk's metres and km/h, the bus's
    minutes due and late, the first 4 of ``n_features``: missed, running or in time, ``flip`` of the labels redrawn),
    ``pasta_cook`` (the pasta's mm, the minutes and the altitude, the first 3 of ``n_features``: hard, al dente or
    soft), ``rubber_band`` (a band's rest length, the length pulled to and its age, the first 3 of ``n_features``:
    slack, taut or snapped), ``milk_sour`` (the days open, the fridge's temperature and the hours on the table, the
    first 3 of ``n_features``: fresh, on the turn or sour), ``marble_ramp`` (a ramp's height, the floor's rolling
    resistance and a target's distance, the first 3 of ``n_features``: short of half the way, short of it, within 1 m
    past or further), ``jar_lid`` (a lid's cm, the vacuum, the grip and a towel, the first 4 of ``n_features``:
    whether it opens, ``flip`` of the labels at random), ``pizza_share`` (the pizzas' cm and count, the people and
    their appetite, the first 4 of ``n_features``: still hungry, just right or leftovers), ``sand_castle`` (a tower's
    cm, the sand's grain and its water, the first 3 of ``n_features``: stands, leans or slumps), ``popcorn_pop`` (the
    kernels' moisture, the pan's temperature and the minutes, the first 3 of ``n_features``: under 30% popped, under
    70%, more or burnt), ``campfire_light`` (the kindling's grams, the logs' cm, their moisture and the wind, the first
    4 of ``n_features``: out, smouldering or burning, ``flip`` of the labels redrawn), ``parachute_land`` (a jumper's
    kg, the canopy's area and the ground's altitude, the first 3 of ``n_features``: landing under 5 m/s, 7 or more),
    ``mirror_view`` (a person's height and eyes, a mirror's bottom, its length and its distance, the first 5 of
    ``n_features``: under half of the body seen, under all or all), ``tug_of_war`` (two teams' kg and grips, the
    first 4 of ``n_features``: B wins, a stalemate or A wins, ``flip`` of the labels redrawn), ``lemonade_mix`` (the
    sugar, the lemon juice and the water, the first 3 of ``n_features``: weak, sour, balanced or sweet, ``flip`` of
    the labels redrawn), ``bike_pump`` (a tyre's litres, its pressure before and after and a pump's ml a stroke,
    the first 4 of ``n_features``: the strokes, under 10, 25, 50 or more), ``taxi_fare`` (a ride's km, the minutes
    waiting and night or day, the first 3 of ``n_features``: the fare under 30, 50 or more, ``flip`` of the labels
    redrawn), ``jam_set`` (the sugar's share, the minutes boiled and the pectin, the first 3 of ``n_features``: runny,
    set or rubbery), ``fridge_magnet`` (a magnet's pull, the sheets of paper under it and a picture's grams, the first
    3 of ``n_features``: slides, holds or firm), ``pool_chlorine`` (the chlorine's ppm, the pH and the hours of sun, the
    first 3 of ``n_features``: algae, fine or harsh), ``tree_fell`` (a tree's height, a house's distance and the fall's
    angle off it, the first 3 of ``n_features``: the tip's reach under half the way, under all of it, under 1.5 times
    it or more), ``fuse_trip`` (a kettle's, a heater's and a microwave's watts and the fuse's amps, the first 4 of
    ``n_features``: whether it blows, ``flip`` of the labels at random), ``gutter_flow`` (a roof's area, the rain, the
    downpipes and the gutter's slope, the first 4 of ``n_features``: copes, brimming or overflows), ``stick_box`` (a
    stick's cm and a tray's two sides, the first 3 of ``n_features``: along a side, across the diagonal or not at
    all), ``drone_flight`` (a drone's kg, its battery's Wh and the wind, the first 3 of ``n_features``: the minutes
    aloft, under 8, 16, 30 or more), ``compost_heat`` (a heap's greens and browns, its moisture and the weeks since
    turning, the first 4 of ``n_features``: cold, warm or hot, ``flip`` of the labels redrawn), ``altitude_ill`` (a
    climb's altitude, its days and the days acclimatised, the first 3 of ``n_features``: fine, a headache or ill),
    ``sprinkler_arc`` (a bed's metres east and north, a sprinkler's reach and its arc, the first 4 of ``n_features``:
    dry, misted or soaked), ``hay_fever`` (the pollen, one's sensitivity and the hours since a tablet, the first 3 of
    ``n_features``: fine, sneezing or streaming, ``flip`` of the labels redrawn), ``sprint_time`` (a sprinter's
    reaction, top speed and acceleration, the first 3 of ``n_features``: 100 m under 11.5 s, 12.5, 13.5 or more,
    ``flip`` of the labels redrawn), ``street_flood`` (the rain's mm, the soil's wetness and the drains' mm, the
    first 3 of ``n_features``: no runoff, under 30 mm, under 70 or more), ``noise_dose`` (the dB, the hours and the
    earplugs' dB, the first 3 of ``n_features``: the dose under 0.1, under 1 or more, ``flip`` of the labels
    redrawn), ``espresso_shot`` (the grind's microns, the dose's g and the seconds, the first 3 of ``n_features``:
    sour, balanced or bitter), ``desk_lamp`` (a bulb's lumens, its metres off and the page's tilt, the first 3 of
    ``n_features``: the lux under 80, under 250 or more), ``caffeine_left`` (the mg, the hours before bed and the
    half-life, the first 3 of ``n_features``: the mg left under 50, under 120 or more), ``crane_load`` (a boom's m,
    its angle and the tonnes, the first 3 of ``n_features``: the moment's share of 120 t m under 0.4, 0.7, 1 or
    more), ``freezer_cut`` (a power cut's hours, the freezer's fullness, the door's openings and the room's C, the
    first 4 of ``n_features``: whether the food thaws, ``flip`` of the labels at random), ``snow_shoe`` (a walker's
    kg, a pack's kg, the shoes' m^2 and what the snow bears, the first 4 of ``n_features``: floats, sinks or
    postholes), ``ring_toss`` (a ring's landing east and north of a peg and its radius, the first 3 of
    ``n_features``: a miss, a leaner or a ringer), ``chimney_draw`` (a chimney's m, the flue's C and the day's C,
    the first 3 of ``n_features``: the draft under 20 Pa, 35, 55 or more), ``heat_stress`` (the C, the humidity and
    the wind, the first 3 of ``n_features``: the humidex less the wind under 30, under 40 or more, ``flip`` of the
    labels redrawn), ``wet_road`` (a car's km/h, its tread's mm and the water's mm, the first 3 of
    ``n_features``: grips, skims or aquaplanes), ``rug_fit`` (a rug's two sides and a room's two, the first 4 of
    ``n_features``: fits as laid, only turned or not at all), ``seed_sprout`` (a seed's depth, the soil's C and its
    moisture, the first 3 of ``n_features``: fails, slow or quick, ``flip`` of the labels redrawn), ``zip_line`` (a
    line's m, its slope and a rider's kg, the first 3 of ``n_features``: the end speed under 27 km/h, 35, 43 or
    more, ``flip`` of the labels redrawn), ``cliff_dive`` (a diver's kg, the jump's m and the water's depth, the
    first 3 of ``n_features``: safe, touches, hits the bottom or hurt), ``microwave_heat`` (a microwave's W, the
    food's g and the seconds, the first 3 of ``n_features``: the rise under 20 C, under 50 or more, ``flip`` of the
    labels redrawn), ``star_gaze`` (a telescope's mm, a star's magnitude and the sky's Bortle class, the first 3 of
    ``n_features``: unseen, faint or clear), ``seesaw_tilt`` (two children's kg and the right one's m out, the
    first 3 of ``n_features``: the right down, about level or the left down), ``paint_dry`` (a coat's microns, the
    air's C and its humidity, the first 3 of ``n_features``: dry under 4 hours, 12 or more), ``hammock_hang`` (a
    sitter's kg, the straps' angle and a bounce, the first 3 of ``n_features``: a strap's kN under 1, 1.6, 2.5 or
    more), ``canoe_tip`` (a paddler's kg, the canoe's beam, the waves and the lean, the first 4 of
    ``n_features``: whether it tips, ``flip`` of the labels at random), ``ford_wade`` (a river's depth, its
    current and a walker's height, the first 3 of ``n_features``: wades, stumbles or swept off), ``key_hole`` (a
    key's tip east and north of a lock's centre and the keyhole's size, the first 3 of ``n_features``: on the
    plate, in the slot or in the disc), ``bike_climb`` (a cyclist's W, the kg and the road's grade, the first 3 of
    ``n_features``: under 9 km/h, 13, 19 or more), ``ev_charge`` (a battery's kWh, a charger's kW and the
    minutes, the first 3 of ``n_features``: the charge under 0.5, 0.8 or more, ``flip`` of the labels redrawn),
    ``low_bridge`` (a van's m, a bridge's m and a roof load's, the first 3 of ``n_features``: hits, tight or
    clears), ``beach_shade`` (a spot east and north of an umbrella's pole, its canopy's radius and the sun's angle,
    the first 4 of ``n_features``: sun, the shadow's edge or shade), ``fruit_ripen`` (the days since picking, the
    C and the ethylene, the first 3 of ``n_features``: green, ripe or overripe, ``flip`` of the labels redrawn),
    ``air_con`` (a room's m^2, an air conditioner's kW and the day's C, the first 3 of ``n_features``: the room
    under 22 C, 25, 28 or more, ``flip`` of the labels redrawn), ``hail_dent`` (hailstones' mm, the wind and a
    panel's mm, the first 3 of ``n_features``: none, small dents, dents or cracked), ``aquarium_stock`` (a tank's L,
    the fish's cm and the filter's L/h, the first 3 of ``n_features``: room, full or overstocked), ``cheese_age``
    (the months, the cellar's C and its humidity, the first 3 of ``n_features``: mild, mature or extra mature,
    ``flip`` of the labels redrawn), ``water_carry`` (a hike's hours, the day's C and the water's L, the first 3 of
    ``n_features``: enough, tight or runs out), ``coaster_loop`` (a coaster's drop, a loop's radius and the
    friction's share, the first 3 of ``n_features``: whether it makes the loop, ``flip`` of the labels at random),
    ``printer_ink`` (a cartridge's ml, the pages and their cover, the first 3 of ``n_features``: ran out, low, half
    or plenty), ``speed_camera`` (a road's limit and a car's km/h, the first 2 of ``n_features``: nothing, a warning,
    a fine, points or a ban), ``camera_shake`` (a shutter's s, a lens's mm and the stabilisation's stops, the first 3
    of ``n_features``: sharp, acceptable, soft or blurred), ``lawn_mow`` (the days since mowing, the week's rain
    and the C, the first 3 of ``n_features``: fine, due or overgrown, ``flip`` of the labels redrawn), ``tea_brew``
    (the minutes, the water's C and the leaves' g, the first 3 of ``n_features``: weak, right or bitter),
    ``tyre_grip`` (a tyre's tread mm, the rain's mm/h and the km/h, the first 3 of ``n_features``: grips, caution or
    aquaplanes, ``flip`` of the labels redrawn), ``dough_proof`` (the yeast's g, the C and the hours, the first 3 of
    ``n_features``: flat, under-proofed, proofed or over-proofed), ``kite_lift`` (the wind's m/s, a kite's m^2 and
    kg, the first 3 of ``n_features``: whether it flies), ``snow_melt`` (the snow's cm, the air's C and the hours of
    sun, the first 3 of ``n_features``: gone, melting or stays), ``battery_drain`` (a phone's mAh, the screen's
    hours and brightness, the first 3 of ``n_features``: dead, low, half or plenty), ``ladder_foot`` (a ladder's
    angle, the floor's friction and the climber's share of the way up, the first 3 of ``n_features``: whether it
    slips, ``flip`` of the labels at random), ``pizza_bake`` (the oven's C, the minutes and the dough's mm, the first
    3 of ``n_features``: raw, done or burnt), ``water_butt`` (a roof's m^2, the rain's mm and a barrel's L, the first
    3 of ``n_features``: room, nearly full or overflows), ``gear_pick`` (a cyclist's km/h and the grade, the first 2
    of ``n_features``: gears 0 to 4), ``ice_thick`` (the days of frost, their mean C and the snow's cm, the first 3 of
    ``n_features``: unsafe, walk or drive), ``noise_carry`` (a sound's dB and the m away, the first 2 of
    ``n_features``: whether it is heard), ``plant_water`` (a pot's L, the days since watering and the C, the first 3
    of ``n_features``: wet, moist, dry or wilting, ``flip`` of the labels redrawn), ``crowd_exit`` (the people, the
    doors and their m, the first 3 of ``n_features``: quick, slow or unsafe), ``jam_gel`` (the sugar's share, the
    pectin's g/kg and the boil's minutes, the first 3 of ``n_features``: whether it sets), ``dew_point`` (the
    air's C and humidity, the first 2 of ``n_features``: fog, damp, fresh or dry), ``boat_drift`` (an anchor's kg,
    the wind's and the current's m/s, the first 3 of ``n_features``: holds, drags or adrift), ``oven_preheat`` (an
    oven's kW, its target C and the minutes, the first 3 of ``n_features``: cold, nearly or ready), ``parcel_post``
    (a parcel's kg and longest cm, the first 2 of ``n_features``: small, medium, large or oversize),
    ``fell_walk`` (a walk's km and climb, the first 2 of ``n_features``: short, half a day or a full day),
    ``fog_light`` (a car's km/h and the fog's visibility, the first 2 of ``n_features``: whether its fog lights are
    needed, ``flip`` of the labels at random), ``till_queue`` (the people, their items and the open tills, the first
    3 of ``n_features``: short, long or leave), ``solar_panel`` (a panel's m^2, the hours of sun and its tilt, the
    first 3 of ``n_features``: low, some, good or plenty), ``tent_wind`` (the wind's km/h, the pegs and the guy
    lines, the first 3 of ``n_features``: fine, flaps or collapses), ``bath_fill`` (a bath's L, the tap's L/min and
    the minutes, the first 3 of ``n_features``: shallow, right or overflowing), ``hose_reach`` (a hose's bar, its
    angle and a bed's m, the first 3 of ``n_features``: whether it reaches), ``mug_cool`` (a drink's C poured, the
    minutes and the room's C, the first 3 of ``n_features``: cold, drinkable or hot), ``tide_pool`` (a pool's m up
    the shore and the tide's m, the first 2 of ``n_features``: dry, awash or covered), ``dryer_load`` (the washing's
    kg, the minutes and the heat, the first 3 of ``n_features``: damp, dry or overdried, ``flip`` of the labels
    redrawn), ``ski_wax`` (the snow's C and the air's humidity, the first 2 of ``n_features``: green, blue, violet
    or red wax) and ``wifi_signal`` (a laptop's m from a router, its dBm and the walls, the first 3 of
    ``n_features``: weak, fair or strong), ``jug_heat`` (a kettle's L, its kW and the minutes on, the first 3 of
    ``n_features``: cold, hot or boiling), ``river_ford`` (a river's m deep and its current's m/s, the first 2 of
    ``n_features``: safe, risky or impassable), ``sail_reef`` (the wind's knots and a sail's m^2, the first 2 of
    ``n_features``: whether to reef), ``wick_burn`` (a candle's cm tall and wide and the hours lit, the first 3 of
    ``n_features``: out, low or fine, ``flip`` of the labels redrawn), ``paint_cover`` (a wall's m^2, the paint's L
    and the coats, the first 3 of ``n_features``: whether the paint covers it, ``flip`` of the labels at random),
    ``bus_late`` (a route's km, the traffic and the stops, the first 3 of ``n_features``: on time, late or very
    late), ``pond_ice`` (the frost's days, their mean C and the snow's cm, the first 3 of ``n_features``: unsafe,
    walk, skate or drive) and ``wave_height`` (the wind's m/s and the fetch's km, the first 2 of ``n_features``:
    calm, small, moderate, rough or high), ``sled_glide`` (a slope's degrees and the fresh snow's cm, the first 2 of
    ``n_features``: stuck, slow or fast), ``loaf_rise`` (the yeast's g and the minutes proved, the first 2 of
    ``n_features``: whether the loaf rises), ``brake_stop`` (a car's km/h and the road's grip, the first 2 of
    ``n_features``: short, medium, long or too long a stop), ``fridge_spoil`` (the fridge's C and the days kept, the
    first 2 of ``n_features``: whether the food spoils, ``flip`` of the labels at random), ``plank_bend`` (a load's kg
    and a plank's m of span, the first 2 of ``n_features``: firm, bends or sags, ``flip`` of the labels redrawn),
    ``lamp_glare`` (a lamp's lumens and the m from it, the first 2 of ``n_features``: dim, fine or glare),
    ``rope_snap`` (a load's kg and a rope's mm across, the first 2 of ``n_features``: whether it snaps) and
    ``coffee_strength`` (the coffee's g and the water's ml, the first 2 of ``n_features``: very weak, weak, fine,
    strong or very strong), ``hike_pace`` (a walk's km and hours, the first 2 of ``n_features``: whether the pace
    passes 3 km/h), ``hay_dry`` (the sun's hours and the air's % humidity, the first 2 of ``n_features``: whether the
    hay dries), ``bird_feeder`` (the seed's g and the birds, the first 2 of ``n_features``: whether the feeder runs
    out), ``cake_rise`` (the oven's C and the minutes baked, the first 2 of ``n_features``: raw, done or burnt),
    ``swim_lap`` (a swimmer's strokes a minute and m a stroke, the first 2 of ``n_features``: slow, steady or fast),
    ``chess_clock`` (the moves to play and the minutes left, the first 2 of ``n_features``: blitz, hurried, steady,
    calm or ample), ``oil_change`` (the km since the last change and the engine's years, the first 2 of
    ``n_features``: fine, soon, due or overdue), ``rice_cook`` (the water's ml a 100 g and the minutes, the first 2 of
    ``n_features``: crunchy, cooked or mushy), ``bridge_sway`` (the wind's m/s and the span's m, the first 2 of
    ``n_features``: still, sways, swings or closed), ``vine_frost`` (the night's lowest C and the wind's m/s, the
    first 2 of ``n_features``: no, some or heavy damage), ``paddle_boat`` (the paddlers and the current's m/s, the
    first 2 of ``n_features``: drifts back, holds, slow or fast), ``roof_leak`` (the rain's mm/h and the roof's
    years, the first 2 of ``n_features``: whether it leaks, ``flip`` of the labels at random), ``tyre_wear`` (the km
    driven and the road's roughness, the first 2 of ``n_features``: new, worn or bald, ``flip`` of the labels
    redrawn), ``ferry_delay`` (the waves' m and the wind's m/s, the first 2 of ``n_features``: on time, late or
    cancelled, ``flip`` of the labels redrawn), ``bee_forage`` (the flowers a m^2 and the air's C, the first 2 of
    ``n_features``: whether the bees forage, about a seventh), ``flood_gate`` (the river's m and the rain's mm,
    the first 2 of ``n_features``: open, alert or closed, rare), ``bin_full`` (a household's people and the days
    since the bin was emptied, the first 2 of ``n_features``: whether it overflows), ``fence_paint`` (a fence's m and
    the paint's litres, the first 2 of ``n_features``: whether the paint is enough), ``pan_sizzle`` (a pan's C and
    the oil's ml, the first 2 of ``n_features``: whether it sizzles), ``tram_crowd`` (a tram's passengers and
    carriages, the first 2 of ``n_features``: seats, standing or packed), ``soup_salt`` (the salt's g and the soup's
    litres, the first 2 of ``n_features``: bland, fine or salty), ``kiln_fire`` (a kiln's C and the hours fired, the
    first 2 of ``n_features``: raw, bisque, glaze or cracked), ``parking_fee`` (the hours parked and the fee an
    hour, the first 2 of ``n_features``: free, cheap, fair, dear or steep), ``hedge_trim`` (the weeks since the trim
    and the rain's mm a week, the first 2 of ``n_features``: neat, shaggy or overgrown), ``glacier_flow`` (a
    glacier's slope in degrees and its ice's m, the first 2 of ``n_features``: still, creeps, flows or surges),
    ``drum_pitch`` (a drum skin's tension in N and its m across, the first 2 of ``n_features``: low, mid, high or
    very high), ``swing_arc`` (a swing's rope m and the push's degrees, the first 2 of ``n_features``: gentle,
    lively or wild), ``door_creak`` (a door's years and the air's % humidity, the first 2 of ``n_features``: whether
    it creaks, ``flip`` of the labels at random), ``milk_froth`` (the milk's C at the start and the seconds steamed,
    the first 2 of ``n_features``: flat, silky or scalded, ``flip`` of the labels redrawn), ``dam_spill`` (a
    reservoir's % full and the inflow's m^3/s, the first 2 of ``n_features``: hold, release or spill, ``flip`` of
    the labels redrawn), ``pipe_burst`` (the hours of frost and a pipe's years, the first 2 of ``n_features``:
    whether it bursts, about a seventh), ``avalanche_risk`` (the new snow's cm and the slope's degrees, the first
    2 of ``n_features``: low, high or extreme, rare), ``cup_spill`` (a cup's % full and the walker's m/s, the first 2
    of ``n_features``: whether it spills), ``bottle_float`` (a bottle's litres and the g of ballast in it, the first 2
    of ``n_features``: whether it floats), ``stool_wobble`` (the mm one leg is short and the floor's mm uneven, the
    first 2 of ``n_features``: whether it wobbles), ``cork_pop`` (a bottle's bar when filled at 4 C and the C it is
    warmed to, the first 2 of ``n_features``: still, fizzes or pops), ``tap_drip`` (a washer's years and the mains
    bar, the first 2 of ``n_features``: dry, drips or runs), ``yoghurt_set`` (the milk's C and the hours held, the
    first 2 of ``n_features``: runny, soft, set or sour), ``sand_timer`` (an hourglass's g of sand and its neck's mm,
    the first 2 of ``n_features``: under 3, 6, 12, 24 minutes or longer), ``fan_cool`` (a room's C and a fan's
    speed setting, the first 2 of ``n_features``: cool, comfortable or hot), ``spring_stretch`` (a spring's N/m and
    the kg hung on it, the first 2 of ``n_features``: taut, stretched, long or overstretched), ``tow_rope`` (a car's
    t and the road's degrees uphill, the first 2 of ``n_features``: slack, light, firm or straining), ``bulb_glow``
    (the volts across a filament and its ohms, the first 2 of ``n_features``: dim, bright or dazzling),
    ``nail_hold`` (a nail's mm and the wood's kg/m^3, the first 2 of ``n_features``: whether it holds, ``flip`` of the
    labels at random), ``radiator_warm`` (a valve's turns open and the boiler's C, the first 2 of ``n_features``:
    cold, warm or hot, ``flip`` of the labels redrawn), ``paper_plane`` (the wings' cm and the throw's m/s, the first
    2 of ``n_features``: short, fair or far, ``flip`` of the labels redrawn), ``glass_crack`` (the C of the water's
    jump and the glass's mm, the first 2 of ``n_features``: whether it cracks, about a seventh) and ``cooker_valve``
    (a pressure cooker's kW and the minutes on, the first 2 of ``n_features``: low, cooking or hissing, rare),
    ``tent_peg`` (a peg's cm in the ground and the wind's m/s, the first 2 of ``n_features``: whether it holds),
    ``iron_crease`` (an iron's C and the seconds pressed, the first 2 of ``n_features``: whether the crease comes out),
    ``towel_dry`` (the hours on the line and the air's % humidity, the first 2 of ``n_features``: whether it is dry),
    ``smoothie_blend`` (a blender's speed and the seconds run, the first 2 of ``n_features``: chunky, smooth or
    puree), ``hairdryer_heat`` (a hairdryer's W and its cm away, the first 2 of ``n_features``: cool, warm or hot),
    ``rucksack_load`` (a rucksack's kg and the walker's kg, the first 2 of ``n_features``: light, fair, heavy or
    overloaded), ``stair_climb`` (the floors and the steps a minute, the first 2 of ``n_features``: under 1, 2, 3,
    4.5 minutes or longer), ``window_fog`` (the C a window is colder than the room and the room's % humidity, the
    first 2 of ``n_features``: clear, misty or streaming), ``anchor_drag`` (a boat's t and the wind's m/s, the first 2
    of ``n_features``: holds, creeps, drags or breaks free), ``rowing_pace`` (a rower's strokes a minute and W, the
    first 2 of ``n_features``: easy, steady, hard or race), ``trampoline_bounce`` (a jumper's kg and the trampoline's
    springs, the first 2 of ``n_features``: low, high or soaring), ``sandbag_hold`` (the sandbags and the flood's cm,
    the first 2 of ``n_features``: whether the wall holds, ``flip`` of the labels at random), ``sauna_sweat`` (a
    sauna's C and the minutes sat in, the first 2 of ``n_features``: dry, damp or dripping, ``flip`` of the labels
    redrawn), ``skate_glide`` (the ice's C and the skater's kg, the first 2 of ``n_features``: short, fair or long,
    ``flip`` of the labels redrawn), ``balloon_pop`` (the breaths blown and a balloon's cm, the first 2 of
    ``n_features``: whether it pops, about a sixth), ``toaster_smoke`` (a toaster's setting and the minutes on, the
    first 2 of ``n_features``: pale, golden or smoking, rare), ``stepladder_tip`` (the m of the step stood on and the
    cm leant to one side, the first 2 of ``n_features``: whether it tips), ``birdbath_freeze`` (the night's C and its
    hours, the first 2 of ``n_features``: whether the birdbath ices over), ``hosepipe_reach`` (a hosepipe's m and the
    m to the far bed, the first 2 of ``n_features``: whether it reaches), ``pancake_brown`` (a pan's C and the seconds
    a side, the first 2 of ``n_features``: pale, golden or burnt), ``greenhouse_warm`` (the sun's W/m^2 and the % of
    the vents open, the first 2 of ``n_features``: cool, warm or hot), ``kayak_drift`` (the current's m/s and the
    wind's m/s, the first 2 of ``n_features``: slow, steady, fast or swept), ``scooter_brake`` (a scooter's km/h and
    the road's grip, the first 2 of ``n_features``: under 0.8, 2, 3.5, 6 m to stop or longer), ``lolly_melt`` (the
    air's C and the minutes out, the first 2 of ``n_features``: firm, dripping or melted), ``zipline_speed`` (a
    rider's kg and the line's m of drop, the first 2 of ``n_features``: gentle, brisk, fast or thrilling),
    ``bobsled_run`` (a track's m and the ice's C, the first 2 of ``n_features``: under 42, 50, 60 seconds or slower),
    ``swingball_spin`` (a hit's N and the cord's m, the first 2 of ``n_features``: slow, fast or wild),
    ``doormat_dry`` (the hours since the rain and the boots a day, the first 2 of ``n_features``: whether it is dry,
    ``flip`` of the labels at random), ``snowman_build`` (the snow's cm and the builders, the first 2 of
    ``n_features``: small, tall or towering, ``flip`` of the labels redrawn), ``bonfire_smoke`` (the logs and the
    wood's % damp, the first 2 of ``n_features``: clear, hazy or choking, ``flip`` of the labels redrawn),
    ``mousetrap_snap`` (the mouse's g and the trigger's g, the first 2 of ``n_features``: whether it snaps, about a
    sixth), ``pinata_burst`` (the hits and the stick's kg, the first 2 of ``n_features``: whole, cracked or burst,
    rare), ``candle_drip`` (a candle's cm across and the draught's m/s, the first 2 of ``n_features``: whether it
    drips), ``puddle_jump`` (a puddle's m across and the jumper's m of run-up, the first 2 of ``n_features``: whether
    the jump clears it), ``wheelbarrow_tip`` (a load's kg and its cm off the axle's line, the first 2 of
    ``n_features``: whether the barrow tips), ``teapot_steep`` (the water's C and the minutes, the first 2 of
    ``n_features``: weak, right or stewed), ``marmalade_set`` (the sugar's % and the minutes boiled, the first 2 of
    ``n_features``: runny, set or hard), ``canoe_glide`` (the paddlers and their strokes a minute, the first 2 of
    ``n_features``: drifting, cruising, brisk or racing), ``skateboard_stop`` (a skateboard's km/h and the drag of
    the ground, the first 2 of ``n_features``: under 1, 2, 3.5, 6 m to stop or longer), ``icecube_melt`` (the water's
    C and a cube's cm, the first 2 of ``n_features``: under 5, 20 minutes to melt or longer), ``hammock_sag`` (a
    sitter's kg and the hammock's m of span, the first 2 of ``n_features``: taut, slack, low or on the ground),
    ``catapult_throw`` (the arm's m and the pull's kg, the first 2 of ``n_features``: short, fair, long or over the
    wall), ``yoyo_spin`` (the throw's m/s and the string's cm, the first 2 of ``n_features``: under 3.5, 7 seconds of
    spin or longer), ``gutter_clog`` (the weeks since it was cleared and the trees beside it, the first 2 of
    ``n_features``: whether it clogs, ``flip`` of the labels at random), ``sandcastle_stand`` (the sand's % of water
    and the tower's cm, the first 2 of ``n_features``: stands, leans or falls, ``flip`` of the labels redrawn),
    ``campfire_glow`` (the logs and the wind's m/s, the first 2 of ``n_features``: embers, glowing or roaring,
    ``flip`` of the labels redrawn), ``fuse_blow`` (the amps drawn and the fuse's rated amps, the first 2 of
    ``n_features``: whether it blows, about a sixth), ``popcorn_burn`` (the hob's setting and the minutes on, the
    first 2 of ``n_features``: unpopped, popped or burnt, rare), ``kite_soar`` (the wind's m/s and a kite's square
    m, the first 2 of ``n_features``: whether it lifts), ``bucket_overflow`` (the litres a minute poured and the
    minutes, the first 2 of ``n_features``: whether the bucket overflows), ``sledge_slide`` (a slope's degrees and
    the snow's friction, the first 2 of ``n_features``: whether a sledge slides), ``dough_prove`` (the yeast's g and
    the minutes, the first 2 of ``n_features``: flat, risen or overproofed), ``varnish_cure`` (a coat's mm and the
    room's C, the first 2 of ``n_features``: under 1, 3 hours to dry or longer), ``bicycle_climb`` (a rider's watts
    and the slope's %, the first 2 of ``n_features``: crawling, slow, steady or fast), ``lantern_dim`` (a battery's
    % and the hours on, the first 2 of ``n_features``: five bands of brightness), ``soup_cool`` (the soup's C and
    the minutes left, the first 2 of ``n_features``: warm, hot or scalding), ``glacier_creep`` (the ice's m and the
    slope's degrees, the first 2 of ``n_features``: stuck, creeping, flowing or surging), ``rocket_climb`` (the
    fuel's tonnes and the engine's kN, the first 2 of ``n_features``: grounded, hovering, climbing or soaring),
    ``drum_echo`` (a drum's cm across and the hit's N, the first 2 of ``n_features``: a short, ringing or booming
    echo), ``kettle_fur`` (the water's mg/l of hardness and the months of use, the first 2 of ``n_features``:
    whether the kettle furs, ``flip`` of the labels at random), ``orchard_ripen`` (the hours of sun a day and the
    days, the first 2 of ``n_features``: green, ripe or overripe, ``flip`` of the labels redrawn), ``flue_draw`` (a
    flue's m and the outside C, the first 2 of ``n_features``: smoky, drawing or roaring, ``flip`` of the labels
    redrawn), ``tyre_burst`` (a tyre's bar and the load's kg, the first 2 of ``n_features``: whether it bursts,
    about a sixth), ``volcano_erupt`` (the magma's pressure and the years quiet, the first 2 of ``n_features``:
    quiet, rumbling or erupting, rare), ``raft_float`` (the load's kg and a raft's square m, the first 2 of
    ``n_features``: whether it floats), ``wheelchair_ramp`` (a ramp's cm of rise and m of run, the first 2 of
    ``n_features``: whether a wheelchair can climb it), ``bell_ring`` (a bell's kg and the strike's N, the first 2 of
    ``n_features``: whether it is heard across the square), ``cider_ferment`` (the juice's g/l of sugar and the days,
    the first 2 of ``n_features``: sweet, medium or dry), ``toffee_harden`` (the toffee's C when poured and the
    minutes cooled, the first 2 of ``n_features``: soft, chewy or hard), ``chilli_heat`` (a chilli's thousands of
    Scoville units and the g eaten, the first 2 of ``n_features``: mild, warm, hot or fiery), ``motorway_flow`` (the
    cars a minute and the lanes, the first 2 of ``n_features``: five bands of cars a minute a lane),
    ``surf_break`` (a wave's m and its period's s, the first 2 of ``n_features``: flat, surfable or big),
    ``waterfall_roar`` (the m^3/s over the fall and its m, the first 2 of ``n_features``: quiet, loud, roaring or
    thunderous), ``meteor_glow`` (a meteor's g and its km/s, the first 2 of ``n_features``: faint, bright, a
    fireball or a bolide), ``radar_spot`` (a plane's square m of radar cross-section and its km away, the first 2 of
    ``n_features``: unseen, a blip or clear), ``mould_grow`` (the air's % of humidity and the days, the first 2 of
    ``n_features``: whether mould grows, ``flip`` of the labels at random), ``honey_crystal`` (the honey's C in store
    and the months, the first 2 of ``n_features``: runny, cloudy or set, ``flip`` of the labels redrawn),
    ``steak_sear`` (the pan's C and the minutes a side, the first 2 of ``n_features``: rare, medium or well done,
    ``flip`` of the labels redrawn), ``archery_gold`` (the target's m away and the crosswind's m/s, the first 2 of
    ``n_features``: whether the arrow lands in the gold, about a sixth), ``landslide_slip`` (the rain's mm and the
    slope's degrees, the first 2 of ``n_features``: stable, creeping or slipping, rare), ``hurdle_clear`` (a
    hurdle's cm and the run-up's m/s, the first 2 of ``n_features``: whether it is cleared), ``geyser_spout`` (the
    water column's m and the water's C, the first 2 of ``n_features``: whether it spouts), ``windmill_grind`` (the
    wind's m/s and the sails' m, the first 2 of ``n_features``: whether the mill grinds), ``custard_thicken`` (the
    milk's C and the minutes stirred, the first 2 of ``n_features``: thin, thick or curdled), ``cement_stiffen``
    (the water-cement ratio and the hours, the first 2 of ``n_features``: soft, firm or hard), ``quarry_blast``
    (the charge's kg and the m away, the first 2 of ``n_features``: calm, felt, a tremor or damage),
    ``harvester_reap`` (the header's m and the km/h, the first 2 of ``n_features``: five bands of hectares an hour),
    ``ember_fade`` (a log's kg and the hours since lit, the first 2 of ``n_features``: glowing, smouldering or cold),
    ``tsunami_surge`` (the wave's m at sea and the shelf's m of depth, the first 2 of ``n_features``: minor,
    moderate, major or extreme), ``comet_flare`` (the nucleus' km and the au from the sun, the first 2 of
    ``n_features``: faint, visible, bright or great), ``telescope_resolve`` (the aperture's cm and the pair's
    arcseconds apart, the first 2 of ``n_features``: one star, elongated or split), ``seedling_wilt`` (the days
    without water and the C, the first 2 of ``n_features``: whether it wilts, ``flip`` of the labels at random),
    ``butter_churn`` (the cream's C and the minutes churned, the first 2 of ``n_features``: cream, whipped or
    butter, ``flip`` of the labels redrawn), ``asphalt_soften`` (the air's C and the hours of sun, the first 2 of
    ``n_features``: firm, soft or sticky, ``flip`` of the labels redrawn), ``basketball_swish`` (the shot's m and its
    arc's degrees, the first 2 of ``n_features``: whether it is a swish, about a sixth) and ``hurricane_strike`` (the
    sea's C and the wind shear's m/s, the first 2 of ``n_features``: calm, a storm or a hurricane, rare),
    ``trebuchet_launch`` (the counterweight's kg and the arm's m, the first 2 of ``n_features``: whether the stone
    clears the wall), ``drawbridge_hoist`` (the bridge's tonnes and the winch's kW, the first 2 of ``n_features``:
    whether it rises), ``boulder_tumble`` (the slope's degrees and the m rolled, the first 2 of ``n_features``:
    whether it gathers pace), ``yogurt_culture`` (the milk's C and the hours, the first 2 of ``n_features``:
    runny, set or sour), ``pottery_glaze`` (the kiln's C and the hours fired, the first 2 of ``n_features``: raw,
    glazed or crazed), ``earthquake_rumble`` (the magnitude and the km away, the first 2 of ``n_features``: unfelt,
    light, strong or violent), ``conveyor_haul`` (the belt's m/s and its kg a m, the first 2 of ``n_features``: five
    bands of tonnes an hour), ``tortoise_hibernate`` (the air's C and the hours of daylight, the first 2 of
    ``n_features``: asleep, drowsy or awake), ``sonar_ping`` (the target's km and its m of length, the first 2 of
    ``n_features``: no echo, faint, clear or strong), ``aurora_shimmer`` (the solar wind's km/s and the latitude's
    degrees, the first 2 of ``n_features``: none, faint, bright or a corona), ``microscope_magnify`` (the
    objective's numerical aperture and the cell's micrometres, the first 2 of ``n_features``: a blur, a shape or
    detail), ``bean_germinate`` (the soil's C and the days sown, the first 2 of ``n_features``: whether it
    germinates, ``flip`` of the labels at random), ``caramel_scorch`` (the sugar's C and the minutes, the first 2 of
    ``n_features``: pale, amber or scorched, ``flip`` of the labels redrawn), ``naan_blister`` (the oven's C and the
    minutes, the first 2 of ``n_features``: pale, done or charred, ``flip`` of the labels redrawn), ``billiard_sink``
    (the cut's degrees and the m to the pocket, the first 2 of ``n_features``: whether the ball is potted, about a
    sixth) and ``levee_breach`` (the river's m over the flood mark and the levee's years, the first 2 of
    ``n_features``: holding, seeping or breached, rare)."""
    rng = np.random.default_rng(rs)
    if loader == "xor":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (np.sum(X[:, : int(params["informative"])] > 0, axis=1) % 2).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "spirals":
        y = rng.integers(0, 2, size=n)
        t = np.sqrt(rng.random(n)) * float(params["turns"]) * 2 * np.pi
        r = t / (2 * np.pi)
        X = np.c_[r * np.cos(t + np.pi * y), r * np.sin(t + np.pi * y)]
        return X + rng.normal(0.0, float(params["noise"]) * 0.2, size=X.shape), y.astype(np.int64)
    if loader == "rings":
        k = int(params["classes"])
        y = rng.integers(0, k, size=n)
        t = rng.uniform(0.0, 2 * np.pi, size=n)
        r = 1.0 + y + rng.normal(0.0, float(params["noise"]) * k, size=n)
        return np.c_[r * np.cos(t), r * np.sin(t)], y.astype(np.int64)
    if loader == "sine":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (X[:, 1] > 0.6 * np.sin(np.pi * float(params["frequency"]) * X[:, 0])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "swiss":
        X, t = skd.make_swiss_roll(n_samples=n, noise=float(params["noise"]), random_state=rs)
        edges = np.quantile(t, np.linspace(0.0, 1.0, int(params["bands"]) + 1)[1:-1])
        return X, np.searchsorted(edges, t).astype(np.int64)
    if loader == "sphere":
        d = int(params["n_features"])
        X = rng.standard_normal((n, d))
        y = (np.sum(X**2, axis=1) > d - 2.0 / 3.0).astype(np.int64)   # about the chi-square median
        return X, _flip_binary(y, rng, params)
    if loader == "stripes":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        t = X @ (u / np.linalg.norm(u))
        edges = np.quantile(t, np.linspace(0.0, 1.0, int(params["stripes"]) + 1)[1:-1])
        return X, (np.searchsorted(edges, t) % 2).astype(np.int64)
    if loader == "aniso":
        d, k = int(params["n_features"]), int(params["centers"])
        y = rng.integers(0, k, size=n)
        X = rng.normal(0.0, 2.5, size=(k, d))[y] + rng.standard_normal((n, d))
        return X @ rng.normal(0.0, 1.0, size=(d, d)), y.astype(np.int64)
    if loader == "mixture":
        d, m = int(params["n_features"]), int(params["components"])
        means = rng.normal(0.0, 1.5, size=(2, m, d))
        y = rng.integers(0, 2, size=n)
        return means[y, rng.integers(0, m, size=n)] + rng.standard_normal((n, d)), y.astype(np.int64)
    if loader == "helix":
        y = rng.integers(0, 2, size=n)
        t = rng.uniform(0.0, float(params["turns"]) * 2 * np.pi, size=n)
        X = np.c_[np.cos(t + np.pi * y), np.sin(t + np.pi * y), t / (2 * np.pi)]
        return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)
    if loader == "sparse_linear":
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["informative"])
        w = rng.normal(0.0, 1.5, size=k)
        y = (rng.random(n) < 1.0 / (1.0 + np.exp(-(X[:, :k] @ w)))).astype(np.int64)
        return X, y
    if loader == "argmax":
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        y = np.argmax(X[:, :k], axis=1).astype(np.int64)
        flip = rng.random(n) < float(params.get("flip", 0.0))
        y[flip] = rng.integers(0, k, size=int(flip.sum()))
        return X, y
    if loader == "sectors":
        k = int(params["sectors"])
        a = rng.uniform(0.0, 2 * np.pi, size=n)
        X = np.c_[np.cos(a), np.sin(a)] * rng.uniform(0.5, 1.5, size=(n, 1))
        X = X + rng.normal(0.0, float(params["noise"]), size=X.shape)
        return X, (np.floor(a / (2 * np.pi) * k).astype(np.int64) % k)
    if loader == "torus":
        th, ph = rng.uniform(0.0, 2 * np.pi, size=(2, n))
        rho = rng.uniform(0.0, 0.7, size=n)   # distance to the tube's centre circle: inside when < 0.35
        X = np.c_[(1.0 + rho * np.cos(ph)) * np.cos(th), (1.0 + rho * np.cos(ph)) * np.sin(th), rho * np.sin(ph)]
        X = X + rng.normal(0.0, float(params["noise"]), size=X.shape)
        X = np.c_[X, rng.uniform(-1.5, 1.5, size=(n, int(params["n_features"]) - 3))]
        return X, (rho < 0.35).astype(np.int64)
    if loader == "signs":
        X = rng.standard_normal((n, int(params["n_features"])))
        W = rng.standard_normal((X.shape[1], 2))
        Z = X @ (W / np.linalg.norm(W, axis=0)) + rng.normal(0.0, float(params["noise"]), size=(n, 2))
        return X, (2 * (Z[:, 0] > 0) + (Z[:, 1] > 0)).astype(np.int64)
    if loader == "hetero":
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        means = rng.normal(0.0, 1.5, size=(k, d))
        widths = np.geomspace(0.5, 3.0, k)[rng.permutation(k)]
        return means[y] + rng.standard_normal((n, d)) * widths[y, None], y.astype(np.int64)
    if loader == "threshold_parity":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        a, b = X[:, 0] - float(params["t0"]), X[:, 1] - float(params["t1"])
        y = ((a > 0) ^ (b > 0)).astype(np.int64)
        flip = rng.random(n) < 0.5 * np.exp(-np.minimum(np.abs(a), np.abs(b)) / float(params["width"]))
        y[flip] = 1 - y[flip]
        return X, y
    if loader == "ellipses":
        X = rng.standard_normal((n, int(params["n_features"])))
        r = np.hypot(X[:, 0] / 2.0, X[:, 1] * 1.5) + rng.normal(0.0, float(params["noise"]), size=n)
        return X, (r > 0.9).astype(np.int64)
    if loader == "waves":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (np.sin(3.0 * X[:, 0]) + np.cos(2.0 * X[:, 1]) + 0.5 * X[:, 2] > 0.5).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "gauss_xor":
        y = rng.integers(0, 2, size=n)
        q = rng.integers(0, 2, size=n)
        centre = np.c_[2.0 * q - 1.0, (2.0 * (q ^ y) - 1.0)]
        X = np.c_[centre + rng.normal(0.0, float(params["std"]), size=(n, 2)),
                  rng.standard_normal((n, int(params["n_features"]) - 2))]
        return X, y.astype(np.int64)
    if loader == "ordinal":
        X = rng.standard_normal((n, int(params["n_features"])))
        w = rng.standard_normal(X.shape[1])
        s = X @ (w / np.linalg.norm(w)) + rng.normal(0.0, float(params["noise"]), size=n)
        k = int(params["classes"])
        return X, np.searchsorted(np.quantile(s, np.linspace(0.0, 1.0, k + 1)[1:-1]), s).astype(np.int64)
    if loader == "annulus":
        X = rng.standard_normal((n, int(params["n_features"])))
        r = np.linalg.norm(X, axis=1) + rng.normal(0.0, float(params["noise"]), size=n)
        return X, ((r > 1.2) & (r < 1.9)).astype(np.int64)
    if loader == "diag_bands":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        s = X[:, 0] + X[:, 1] - 0.5 * X[:, 2]
        k = int(params["bands"])
        return X, np.searchsorted(np.quantile(s, np.linspace(0.0, 1.0, k + 1)[1:-1]), s).astype(np.int64)
    if loader == "cubic":
        X = rng.uniform(-1.5, 1.5, size=(n, int(params["n_features"])))
        y = (X[:, 1] > X[:, 0] ** 3 - X[:, 0]).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "lognormal":
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        means = rng.normal(0.0, 0.6, size=(k, d))
        return np.exp(means[y] + rng.standard_normal((n, d))), y.astype(np.int64)
    if loader == "moons3d":
        y = rng.integers(0, 2, size=n)
        t = rng.uniform(0.0, np.pi, size=n)
        X = np.c_[np.cos(t) + y, np.sin(t) * (1 - 2 * y) - 0.5 * y, np.sin(2 * t) * 0.5 * (2 * y - 1)]
        return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)
    if loader == "max_abs":
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["classes"])
        return X, np.argmax(np.abs(X[:, :k]), axis=1).astype(np.int64)
    if loader == "product_sign":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (X[:, 0] * X[:, 1] * X[:, 2] > 0).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "radial_bands":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        r = np.linalg.norm(X, axis=1)
        k = int(params["bands"])
        return X, (np.searchsorted(np.quantile(r, np.linspace(0.0, 1.0, 2 * k + 1)[1:-1]), r) % k).astype(np.int64)
    if loader == "sum_sines":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (np.sin(4.0 * X[:, 0]) + np.sin(3.0 * X[:, 1]) > 0).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "cross":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        w = float(params["width"])
        return X, ((np.abs(X[:, 0]) < w / 2) | (np.abs(X[:, 1]) < w / 2)).astype(np.int64)
    if loader == "norm_ratio":
        X = rng.standard_normal((n, int(params["n_features"])))
        h = X.shape[1] // 2
        return X, (np.linalg.norm(X[:, :h], axis=1) > np.linalg.norm(X[:, h:], axis=1)).astype(np.int64)
    if loader == "skew_classes":
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        means = rng.normal(0.0, 1.0, size=(k, d))
        return means[y] + rng.exponential(1.0, size=(n, d)) - 1.0, y.astype(np.int64)
    if loader == "bumps":
        d, k = int(params["n_features"]), int(params["bumps"])
        X = rng.uniform(-1.0, 1.0, size=(n, d))
        centres = rng.uniform(-1.0, 1.0, size=(k, 3))
        signs = np.where(np.arange(k) % 2 == 0, 1.0, -1.0)
        field = np.exp(-np.sum((X[:, None, :3] - centres[None]) ** 2, axis=2) / 0.5) @ signs
        return X, (field > np.median(field)).astype(np.int64)
    if loader == "angle_bins":
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        cos = X @ (u / np.linalg.norm(u)) / np.linalg.norm(X, axis=1)
        k = int(params["classes"])
        return X, np.searchsorted(np.quantile(cos, np.linspace(0.0, 1.0, k + 1)[1:-1]), cos).astype(np.int64)
    if loader == "heavy_tails":
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        means = rng.normal(0.0, 1.5, size=(k, d))
        return means[y] + rng.standard_t(float(params["df"]), size=(n, d)), y.astype(np.int64)
    if loader == "interval":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = ((X[:, 0] > -0.3) & (X[:, 0] < 0.4) & (X[:, 1] > 0.0)).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "quadratic_form":
        X = rng.standard_normal((n, int(params["n_features"])))
        A = rng.standard_normal((X.shape[1], X.shape[1]))
        q = np.einsum("ij,jk,ik->i", X, A + A.T, X)
        return X, (q > np.median(q)).astype(np.int64)
    if loader == "two_logistics":
        X = rng.standard_normal((n, int(params["n_features"])))
        w1, w2 = rng.standard_normal((2, X.shape[1])) * 2.0
        logits = np.where(X[:, 0] > 0, X @ w1, X @ w2)
        return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-logits))).astype(np.int64)
    if loader == "circle_count":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["circles"])
        centres = rng.uniform(-0.5, 0.5, size=(k, 2))
        inside = np.linalg.norm(X[:, None, :2] - centres[None], axis=2) < 0.6
        return X, inside.sum(axis=1).astype(np.int64)
    if loader == "exp_margin":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (np.exp(X[:, 0]) - 2.0 * X[:, 1] ** 2 > 0.8).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "polar_checker":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        r = np.linalg.norm(X[:, :2], axis=1) / np.sqrt(2.0)
        ring = np.minimum((r * int(params["rings"])).astype(np.int64), int(params["rings"]) - 1)
        sector = ((np.arctan2(X[:, 1], X[:, 0]) + np.pi) / (2 * np.pi) * int(params["sectors"])).astype(np.int64)
        return X, ((ring + np.minimum(sector, int(params["sectors"]) - 1)) % 2).astype(np.int64)
    if loader == "min_threshold":
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["k"])
        y = (X[:, :k].min(axis=1) > 1.0 - 2.0 * 0.5 ** (1.0 / k)).astype(np.int64)   # half of the points above
        return X, _flip_binary(y, rng, params)
    if loader == "binary_weighted":
        X = (rng.random((n, int(params["n_features"]))) < 0.5).astype(float)
        s = X @ rng.exponential(1.0, size=X.shape[1]) + 0.3 * rng.standard_normal(n)
        return X, (s > np.median(s)).astype(np.int64)
    if loader == "mixed_scales":
        Z = rng.standard_normal((n, int(params["n_features"])))
        y = (rng.random(n) < 1.0 / (1.0 + np.exp(-3.0 * Z @ rng.standard_normal(Z.shape[1])))).astype(np.int64)
        return Z * 10.0 ** rng.uniform(-2.0, 2.0, size=Z.shape[1]), y
    if loader == "halfspaces_and":   # inside two random half-spaces at once (about half the points)
        X = rng.standard_normal((n, int(params["n_features"])))
        a, b = X @ rng.standard_normal(X.shape[1]), X @ rng.standard_normal(X.shape[1])
        c = np.quantile(np.minimum(a - np.median(a), b - np.median(b)), 0.5)
        y = ((a - np.median(a) > c) & (b - np.median(b) > c)).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "feature_range":   # whether the largest minus the smallest uniform feature is above its median
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        r = X.max(axis=1) - X.min(axis=1)
        return X, (r > np.median(r)).astype(np.int64)
    if loader == "prototypes":   # the class of the nearest of several random prototypes (a Voronoi labelling)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["prototypes"])
        protos = rng.uniform(-1.0, 1.0, size=(k, X.shape[1]))
        cls = np.arange(k) % int(params["classes"])
        return X, cls[np.argmin(((X[:, None, :] - protos[None]) ** 2).sum(axis=2), axis=1)].astype(np.int64)
    if loader == "abs_diff":   # whether the first two uniform features differ by less than ``width``
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (np.abs(X[:, 0] - X[:, 1]) < float(params["width"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "apollonius":   # ``ratio`` times nearer to one random centre than to another (a sphere)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        a, b = rng.uniform(-0.5, 0.5, size=(2, X.shape[1]))
        return X, (np.linalg.norm(X - a, axis=1) * float(params["ratio"]) < np.linalg.norm(X - b, axis=1)
                   ).astype(np.int64)
    if loader == "middle_of_three":   # whether x0 lies between x1 and x2
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        return X, ((X[:, 0] - X[:, 1]) * (X[:, 0] - X[:, 2]) < 0).astype(np.int64)
    if loader == "l1_ball":   # inside the L1 ball holding half the points
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        r = np.abs(X).sum(axis=1)
        return X, _flip_binary((r < np.median(r)).astype(np.int64), rng, params)
    if loader == "majority":   # whether most of the features, each with Gaussian noise, are positive
        X = rng.standard_normal((n, int(params["n_features"])))
        votes = (X + float(params["noise"]) * rng.standard_normal(X.shape) > 0).sum(axis=1)
        return X, (votes > X.shape[1] / 2).astype(np.int64)
    if loader == "cone":   # whether x0^2 + x1^2 > x2^2 + x3^2 (a double cone)
        X = rng.standard_normal((n, int(params["n_features"])))
        y = (X[:, 0] ** 2 + X[:, 1] ** 2 > X[:, 2] ** 2 + X[:, 3] ** 2).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "count_above":   # whether at least k of the first m uniform features are above 0.5
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        return X, ((X[:, : int(params["m"])] > 0.5).sum(axis=1) >= int(params["k"])).astype(np.int64)
    if loader == "rotated_quadrants":   # the quadrant (4 classes) of (x0, x1) turned by a random angle
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t = rng.uniform(0.0, np.pi / 2)
        u, v = np.cos(t) * X[:, 0] - np.sin(t) * X[:, 1], np.sin(t) * X[:, 0] + np.cos(t) * X[:, 1]
        y = (2 * (u > 0) + (v > 0)).astype(np.int64)
        flip = rng.random(n) < float(params.get("flip", 0.0))
        y[flip] = rng.integers(0, 4, size=int(flip.sum()))
        return X, y
    if loader == "abs_compare":   # whether |x0| > |x1| + 0.2 x2 in standard normal features
        X = rng.standard_normal((n, int(params["n_features"])))
        y = (np.abs(X[:, 0]) > np.abs(X[:, 1]) + 0.2 * X[:, 2]).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "segment":   # whether (x0, x1) lies within ``width`` of a random segment of length 1.6
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c, t = rng.uniform(-0.2, 0.2, size=2), rng.uniform(0.0, np.pi)
        a, d = c - 0.8 * np.array([np.cos(t), np.sin(t)]), 1.6 * np.array([np.cos(t), np.sin(t)])
        s = np.clip((X[:, :2] - a) @ d / (d @ d), 0.0, 1.0)   # the nearest point of the segment: a + s d
        dist = np.linalg.norm(X[:, :2] - (a + s[:, None] * d), axis=1)
        return X, (dist < float(params["width"])).astype(np.int64)
    if loader == "product_compare":   # whether x0 x1 > x2 x3 in uniform features on [0, 1]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
        y = (X[:, 0] * X[:, 1] > X[:, 2] * X[:, 3]).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "staircase":   # whether x1 lies above a staircase of ``steps`` steps in x0 (uniform on [0, 1])
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["steps"])
        return X, (X[:, 1] > np.floor(k * X[:, 0]) / k).astype(np.int64)
    if loader == "proj_argmax":   # which of ``classes`` random unit projections is largest
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["classes"])
        W = rng.standard_normal((X.shape[1], k))
        y = np.argmax(X @ (W / np.linalg.norm(W, axis=0)), axis=1).astype(np.int64)
        flip = rng.random(n) < float(params.get("flip", 0.0))
        y[flip] = rng.integers(0, k, size=int(flip.sum()))
        return X, y
    if loader == "spiral_arms":   # which of ``arms`` spiral arms (``twist`` turns per unit of radius) holds (x0, x1)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["arms"])
        phase = np.mod(np.arctan2(X[:, 1], X[:, 0]) - 2 * np.pi * float(params["twist"]) * np.hypot(X[:, 0], X[:, 1]),
                       2 * np.pi)
        return X, np.minimum((phase / (2 * np.pi) * k).astype(np.int64), k - 1)
    if loader == "paraboloid":   # inside a paraboloid along a random direction (half the points)
        X = rng.standard_normal((n, int(params["n_features"])))
        Z = X @ np.linalg.qr(rng.standard_normal((X.shape[1], X.shape[1])))[0]   # a random rotation
        s = Z[:, 0] - 0.5 * (Z[:, 1] ** 2 + Z[:, 2] ** 2)
        return X, _flip_binary((s > np.median(s)).astype(np.int64), rng, params)
    if loader == "square_rings":   # nested square bands of (x0, x1) turned by a random angle, 0 and 1 in turn
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t = rng.uniform(0.0, np.pi / 2)
        u, v = np.cos(t) * X[:, 0] - np.sin(t) * X[:, 1], np.sin(t) * X[:, 0] + np.cos(t) * X[:, 1]
        m = np.maximum(np.abs(u), np.abs(v))
        k = int(params["rings"])
        return X, (np.searchsorted(np.quantile(m, np.linspace(0.0, 1.0, k + 1)[1:-1]), m) % 2).astype(np.int64)
    if loader == "l1_l2_ratio":   # whether |x|_1 / |x|_2 is above its median (nearer the diagonals than the axes)
        X = rng.standard_normal((n, int(params["n_features"])))
        q = np.abs(X).sum(axis=1) / np.linalg.norm(X, axis=1)
        return X, _flip_binary((q > np.median(q)).astype(np.int64), rng, params)
    if loader == "two_slabs":   # inside two random oblique slabs at once, each off-centre with 70% of the points
        X = rng.standard_normal((n, int(params["n_features"])))
        W = rng.standard_normal((X.shape[1], 2))
        T = np.abs(X @ (W / np.linalg.norm(W, axis=0)) - rng.uniform(-0.5, 0.5, size=2))   # to the mid-planes
        return X, _flip_binary(np.all(T < np.quantile(T, 0.7, axis=0), axis=1).astype(np.int64), rng, params)
    if loader == "l1_anchors":   # which of ``anchors`` random points is nearest under the L1 distance
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        anchors = rng.uniform(-0.7, 0.7, size=(int(params["anchors"]), X.shape[1]))
        return X, np.argmin(np.abs(X[:, None, :] - anchors[None]).sum(axis=2), axis=1).astype(np.int64)
    if loader == "sine_product":   # 3 equally frequent bins of a product of three sines
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        s = np.prod(np.sin(np.pi * float(params["frequency"]) * X[:, :3]), axis=1)
        return X, np.searchsorted(np.quantile(s, [1 / 3, 2 / 3]), s).astype(np.int64)
    if loader == "random_fourier":   # above the median of a random smooth function of (x0, x1)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["terms"])
        freq = rng.normal(0.0, float(params["scale"]), size=(2, k))
        f = np.cos(X[:, :2] @ freq + rng.uniform(0.0, 2 * np.pi, size=k)) @ rng.standard_normal(k)
        return X, _flip_binary((f > np.median(f)).astype(np.int64), rng, params)
    if loader == "ball_or_half":   # inside a random half-space (a quarter) or a random ball (a third of the rest)
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        a = X @ (u / np.linalg.norm(u))
        half = a > np.quantile(a, 0.75)
        dist = np.linalg.norm(X - rng.normal(0.0, 0.8, size=X.shape[1]), axis=1)
        y = (half | (dist < np.quantile(dist[~half], 1 / 3))).astype(np.int64)   # half the points
        return X, _flip_binary(y, rng, params)
    if loader == "quadratic_softmax":   # classes drawn from a softmax of random quadratic scores
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["classes"])
        W, V = rng.standard_normal((2, X.shape[1], k))
        W, V = W / np.linalg.norm(W, axis=0), V / np.linalg.norm(V, axis=0)   # unit columns
        S = float(params["scale"]) * (X @ W + 0.5 * (X @ V) ** 2)
        P = np.exp(S - S.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        return X, np.minimum((rng.random((n, 1)) > np.cumsum(P, axis=1)).sum(axis=1), k - 1).astype(np.int64)
    if loader == "product_pairs":   # 4 classes: the signs of x0 x1 + w x4 and x2 x3 + w x5
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        w = float(params["weight"])
        return X, (2 * (X[:, 0] * X[:, 1] + w * X[:, 4] > 0) + (X[:, 2] * X[:, 3] + w * X[:, 5] > 0)).astype(np.int64)
    if loader == "flower":   # inside a flower of ``petals`` petals around a random centre (half the points)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c, phase = rng.uniform(-0.3, 0.3, size=2), rng.uniform(0.0, 2 * np.pi)
        d = X[:, :2] - c
        edge = 1.0 + 0.5 * np.cos(int(params["petals"]) * np.arctan2(d[:, 1], d[:, 0]) + phase)
        q = np.hypot(d[:, 0], d[:, 1]) / edge
        return X, _flip_binary((q < np.median(q)).astype(np.int64), rng, params)
    if loader == "rank_of_first":   # how many of x1 .. x_{classes-1} lie below x0 (the classes equally frequent)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        y = (X[:, 1:k] < X[:, :1]).sum(axis=1).astype(np.int64)
        flip = rng.random(n) < float(params.get("flip", 0.0))
        y[flip] = rng.integers(0, k, size=int(flip.sum()))
        return X, y
    if loader == "covariances":   # Gaussian classes with random covariances and means near one another
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        A = rng.standard_normal((k, d, d)) / np.sqrt(d)   # class c's covariance: A_c A_c'
        M = rng.standard_normal((k, d))
        M *= float(params["shift"]) / np.linalg.norm(M, axis=1, keepdims=True)   # each mean ``shift`` from the origin
        return M[y] + np.einsum("nij,nj->ni", A[y], rng.standard_normal((n, d))), y.astype(np.int64)
    if loader == "mirrored_relu":   # above the median of g(x) + mirror g(-x), g a random ReLU network: mostly even
        X = rng.standard_normal((n, int(params["n_features"])))
        h = int(params["hidden"])
        W = rng.standard_normal((X.shape[1], h)) / np.sqrt(X.shape[1])
        b, v = rng.normal(0.0, 0.5, size=h), rng.standard_normal(h)
        f = np.maximum(X @ W + b, 0.0) @ v + float(params["mirror"]) * (np.maximum(b - X @ W, 0.0) @ v)
        return X, _flip_binary((f > np.median(f)).astype(np.int64), rng, params)
    if loader == "crescent":   # inside a disc of radius 1 around a random centre, outside one of 0.55 ``offset`` away
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c, t = rng.uniform(-0.2, 0.2, size=2), rng.uniform(0.0, 2 * np.pi)
        o = c + float(params["offset"]) * np.array([np.cos(t), np.sin(t)])
        y = (np.linalg.norm(X[:, :2] - c, axis=1) < 1.0) & (np.linalg.norm(X[:, :2] - o, axis=1) > 0.55)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "pair_angle":   # bins of the angle between (x0, x1) and (x2, x3), uniform on [0, pi]
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["classes"])
        cos = (X[:, 0] * X[:, 2] + X[:, 1] * X[:, 3]) / (np.hypot(X[:, 0], X[:, 1]) * np.hypot(X[:, 2], X[:, 3]))
        y = np.minimum((k * np.arccos(np.clip(cos, -1.0, 1.0)) / np.pi).astype(np.int64), k - 1)
        return X, _redraw_among(y, rng, k, params)
    if loader == "hamming_ball":   # coin features: within Hamming distance ``radius`` of a random centre
        X = rng.integers(0, 2, size=(n, int(params["n_features"]))).astype(float)
        centre = rng.integers(0, 2, size=X.shape[1])
        y = ((X != centre).sum(axis=1) <= int(params["radius"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "cylinder":   # inside a random infinite cylinder (the median distance to a random line)
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        u /= np.linalg.norm(u)
        D = X - rng.normal(0.0, 0.3, size=X.shape[1])   # from a random point of the line
        r2 = (D**2).sum(axis=1) - (D @ u) ** 2
        return X, _flip_binary((r2 < np.median(r2)).astype(np.int64), rng, params)
    if loader == "logistic_interaction":   # labels drawn from a logistic model of x0 x1 plus a random linear part
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        logit = float(params["scale"]) * (X[:, 0] * X[:, 1] + 0.5 * X @ (u / np.linalg.norm(u)))
        return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-logit))).astype(np.int64)
    if loader == "ascents":   # how many of x0 < x1, x1 < x2, ... among the first ``classes`` features hold
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        return X, (np.diff(X[:, :k], axis=1) > 0).sum(axis=1).astype(np.int64)
    if loader == "hex_cells":   # a 3-colouring of a turned hexagonal tiling (the triangular lattice's Voronoi cells)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t, off = rng.uniform(0.0, 2 * np.pi), rng.uniform(0.0, 1.0, size=2)
        R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
        P = X[:, :2] @ R.T / float(params["size"]) + off   # in lattice units
        v = P[:, 1] / (np.sqrt(3) / 2)
        u = P[:, 0] - 0.5 * v   # the lattice point (i, j) sits at (i + j / 2, j sqrt(3) / 2)
        I = np.floor(u)[:, None] + np.array([0, 1, 0, 1])   # the four corners of the point's rhombus
        J = np.floor(v)[:, None] + np.array([0, 0, 1, 1])
        d2 = (I + 0.5 * J - P[:, :1]) ** 2 + (J * np.sqrt(3) / 2 - P[:, 1:]) ** 2
        near = np.argmin(d2, axis=1)
        i, j = I[np.arange(n), near], J[np.arange(n), near]
        return X, np.mod(i - j, 3).astype(np.int64)
    if loader == "random_tree":   # the leaf of a random axis-aligned tree of ``depth`` levels, leaves of ``classes``
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        depth, k = int(params["depth"]), int(params["classes"])
        inner = 2**depth - 1
        feature, threshold = rng.integers(0, X.shape[1], size=inner), rng.uniform(-0.5, 0.5, size=inner)
        leaf_class = rng.permutation(np.arange(2**depth) % k)
        node = np.zeros(n, dtype=np.int64)
        for _ in range(depth):
            node = 2 * node + 1 + (X[np.arange(n), feature[node]] > threshold[node])
        return X, _redraw_among(leaf_class[node - inner], rng, k, params)
    if loader == "random_dnf":   # coin features: an OR of ``terms`` random ANDs of ``literals`` literals each
        X = rng.integers(0, 2, size=(n, int(params["n_features"])))
        terms, literals = int(params["terms"]), int(params["literals"])
        which = np.argsort(rng.random((terms, X.shape[1])), axis=1)[:, :literals]   # distinct features per term
        want = rng.integers(0, 2, size=(terms, literals))
        y = (X[:, which] == want).all(axis=2).any(axis=1).astype(np.int64)
        return X.astype(float), _flip_binary(y, rng, params)
    if loader == "nearest_line":   # which of ``classes`` random lines in the plane of (x0, x1) is nearest
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        phi, c = rng.uniform(0.0, np.pi, size=k), rng.uniform(-0.6, 0.6, size=k)
        dist = np.abs(X[:, :1] * np.cos(phi) + X[:, 1:2] * np.sin(phi) - c)
        return X, _redraw_among(np.argmin(dist, axis=1).astype(np.int64), rng, k, params)
    if loader == "boxes":   # ``classes`` classes, each uniform in its own random box of side ``side``
        d, k = int(params["n_features"]), int(params["classes"])
        y = rng.integers(0, k, size=n)
        centres = rng.uniform(-1.0, 1.0, size=(k, d))
        side = float(params["side"])
        return centres[y] + rng.uniform(-side / 2, side / 2, size=(n, d)), y.astype(np.int64)
    if loader == "top_two":   # which two of the first 4 features are the largest (6 classes, the pair's index)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        top = np.sort(np.argsort(X[:, :4], axis=1)[:, 2:], axis=1)   # the two largest, in index order
        pair = np.array([[-1, 0, 1, 2], [0, -1, 3, 4], [1, 3, -1, 5], [2, 4, 5, -1]])   # (0, 1) 0, ..., (2, 3) 5
        return X, _redraw_among(pair[top[:, 0], top[:, 1]], rng, 6, params)
    if loader == "halfspace_vote":   # the majority vote of ``halfspaces`` random half-spaces near the origin
        X = rng.standard_normal((n, int(params["n_features"])))
        m = int(params["halfspaces"])
        W, b = rng.standard_normal((m, X.shape[1])), rng.normal(0.0, 0.3, size=m)
        y = ((X @ W.T + b > 0).sum(axis=1) > m // 2).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "twin_discs":   # inside either of two random discs of radius ``radius`` in the plane of (x0, x1)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        C = rng.uniform(-0.6, 0.6, size=(2, 2))
        y = (np.linalg.norm(X[:, None, :2] - C[None], axis=2) < float(params["radius"])).any(axis=1)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "soft_voronoi":   # labels drawn from a softmax of ``-scale`` times the squared distances to k centres
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        centres = rng.uniform(-1.0, 1.0, size=(k, X.shape[1]))
        S = -float(params["scale"]) * ((X[:, None] - centres[None]) ** 2).sum(axis=2)
        P = np.exp(S - S.max(axis=1, keepdims=True))
        cdf = np.cumsum(P / P.sum(axis=1, keepdims=True), axis=1)
        return X, np.minimum((rng.random(n)[:, None] > cdf).sum(axis=1), k - 1).astype(np.int64)   # inverse CDF
    if loader == "lp_star":   # inside the L^p "ball" (p < 1: a four-pointed star) holding half the points of (x0, x1)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t, c = rng.uniform(0.0, np.pi / 2), rng.uniform(-0.2, 0.2, size=2)
        R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
        s = (np.abs((X[:, :2] - c) @ R.T) ** float(params["p"])).sum(axis=1)
        return X, _flip_binary((s < np.median(s)).astype(np.int64), rng, params)
    if loader == "teacher_net":   # the argmax of a random one-hidden-layer tanh network of ``hidden`` units
        X = rng.standard_normal((n, int(params["n_features"])))
        h, k = int(params["hidden"]), int(params["classes"])
        W1 = rng.standard_normal((X.shape[1], h)) * float(params["gain"]) / np.sqrt(X.shape[1])
        b1, W2 = rng.normal(0.0, 1.0, size=h), rng.standard_normal((h, k))
        return X, _redraw_among(np.argmax(np.tanh(X @ W1 + b1) @ W2, axis=1), rng, k, params)
    if loader == "margin_gap":   # two halves of a random hyperplane, pushed ``gap`` apart along its normal
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        w = rng.standard_normal(X.shape[1])
        w /= np.linalg.norm(w)
        s = X @ w - np.median(X @ w)
        X = X + float(params["gap"]) * np.sign(s)[:, None] * w
        return X, _flip_binary((s > 0).astype(np.int64), rng, params)
    if loader == "triangle":   # inside a turned, jittered near-equilateral triangle of circumradius ``radius``
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        a = rng.uniform(0.0, 2 * np.pi) + 2 * np.pi * np.arange(3) / 3 + rng.uniform(-0.3, 0.3, size=3)
        V = float(params["radius"]) * np.c_[np.cos(a), np.sin(a)]   # counter-clockwise corners
        E = np.roll(V, -1, axis=0) - V
        cross = E[:, 0] * (X[:, 1:2] - V[:, 1]) - E[:, 1] * (X[:, :1] - V[:, 0])   # left of every edge
        return X, _flip_binary((cross > 0).all(axis=1).astype(np.int64), rng, params)
    if loader == "argmedian":   # which of the first ``classes`` (odd) features is their median
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        return X, np.argsort(X[:, :k], axis=1)[:, k // 2].astype(np.int64)
    if loader == "poisson_counts":   # Poisson counts of log-rate ``scale u . x + offset``, capped: zero the commonest
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        lam = np.exp(float(params["scale"]) * X @ (u / np.linalg.norm(u)) + float(params["offset"]))
        return X, np.minimum(rng.poisson(lam), int(params["classes"]) - 1).astype(np.int64)
    if loader == "multiplexer":   # coin features: the first ``address`` pick which of the next 2**address is the label
        X = rng.integers(0, 2, size=(n, int(params["n_features"])))
        a = int(params["address"])
        slot = X[:, :a] @ (2 ** np.arange(a - 1, -1, -1))   # x0 the highest bit
        y = X[np.arange(n), a + slot].astype(np.int64)
        return X.astype(float), _flip_binary(y, rng, params)
    if loader == "rule_list":   # the class of the first of ``rules`` random threshold rules to hold (a decision list)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        m, k = int(params["rules"]), int(params["classes"])
        feature, threshold = rng.integers(0, X.shape[1], size=m), rng.uniform(-0.5, 0.5, size=m)
        above = rng.random(m) < 0.5   # whether rule i holds above its threshold or below
        first = np.full(n, m)   # the first rule that holds (m: none, the default)
        for i in range(m - 1, -1, -1):
            first = np.where((X[:, feature[i]] > threshold[i]) == above[i], i, first)
        return X, _redraw_among((first % k).astype(np.int64), rng, k, params)   # rule i's class i mod k
    if loader == "longest_run":   # coin features: whether the longest run of ones (in feature order) is ``run`` or more
        X = rng.integers(0, 2, size=(n, int(params["n_features"])))
        run, best = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        for j in range(X.shape[1]):
            run = (run + 1) * X[:, j]
            best = np.maximum(best, run)
        return X.astype(float), _flip_binary((best >= int(params["run"])).astype(np.int64), rng, params)
    if loader == "positive_count":   # how many of the first ``counted`` features are positive after Gaussian noise
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["counted"])
        noisy = X[:, :k] + rng.normal(0.0, float(params["noise"]), size=(n, k))
        return X, (noisy > 0).sum(axis=1).astype(np.int64)   # binomial shares: the ends rare
    if loader == "islands":   # inside any of ``islands`` random balls of radius ``radius`` in (x0, x1, x2): rare
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        C = rng.uniform(-0.7, 0.7, size=(int(params["islands"]), 3))
        y = (np.linalg.norm(X[:, None, :3] - C[None], axis=2) < float(params["radius"])).any(axis=1)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "patchy_noise":   # labels drawn from a logistic model of u . x, sharp where v . x > 0, blunt elsewhere
        X = rng.standard_normal((n, int(params["n_features"])))
        U = rng.standard_normal((X.shape[1], 2))
        U /= np.linalg.norm(U, axis=0)
        scale = np.where(X @ U[:, 1] > 0, float(params["sharp"]), float(params["blunt"]))
        return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-scale * (X @ U[:, 0])))).astype(np.int64)
    if loader == "bars":   # ``side`` x ``side`` images of one bar (a row, a column or a diagonal) under pixel noise
        s = int(params["side"])
        y = rng.integers(0, 3, size=n)
        at = rng.integers(0, s, size=n)   # the row or the column; a diagonal's direction: at % 2
        r, c = np.indices((s, s))
        bar = np.stack([r[None] == at[:, None, None], c[None] == at[:, None, None],
                        np.where((at % 2 == 0)[:, None, None], r == c, r + c == s - 1)])   # (3, n, s, s)
        X = bar[y, np.arange(n)].reshape(n, s * s).astype(float)
        return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)
    if loader == "lemniscate":   # inside a lemniscate (|z|^4 < a^2 (z0^2 - z1^2)) of (x0, x1) shifted and turned
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t, c = rng.uniform(0.0, np.pi), rng.uniform(-0.1, 0.1, size=2)
        z = (X[:, :2] - c) @ np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])   # the lobes along angle t
        r2 = (z**2).sum(axis=1)
        y = r2**2 < float(params["size"]) ** 2 * (z[:, 0] ** 2 - z[:, 1] ** 2)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "farthest_centre":   # which of ``classes`` random centres is the farthest (a linear argmax)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        C = rng.uniform(-0.5, 0.5, size=(k, X.shape[1]))
        y = np.argmax(((X[:, None] - C[None]) ** 2).sum(axis=2), axis=1).astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "bag_of_words":   # word counts of ``length`` draws from a class's mix of shared and own word shares
        d, k = int(params["n_features"]), int(params["classes"])
        shared = float(params["shared"])
        P = shared * rng.dirichlet(np.ones(d)) + (1 - shared) * rng.dirichlet(np.full(d, float(params["alpha"])), k)
        y = rng.integers(0, k, size=n)
        return rng.multinomial(int(params["length"]), P[y]).astype(float), y.astype(np.int64)
    if loader == "count_mod3":   # coin features: how many of the first ``counted`` are one, modulo 3
        X = rng.integers(0, 2, size=(n, int(params["n_features"])))
        y = X[:, : int(params["counted"])].sum(axis=1) % 3
        return X.astype(float), _redraw_among(y.astype(np.int64), rng, 3, params)
    if loader == "bilinear_sign":   # the sign of x[:3]' A x[3:6] for a random 3x3 matrix A
        X = rng.standard_normal((n, int(params["n_features"])))
        A = rng.standard_normal((3, 3))
        y = (np.einsum("ni,ij,nj->n", X[:, :3], A, X[:, 3:6]) > 0).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "max_projection":   # which of ``classes`` random unit directions has the largest |projection|
        X = rng.standard_normal((n, int(params["n_features"])))
        k = int(params["classes"])
        U = rng.standard_normal((X.shape[1], k))
        U /= np.linalg.norm(U, axis=0)
        return X, _redraw_among(np.argmax(np.abs(X @ U), axis=1).astype(np.int64), rng, k, params)
    if loader == "first_above":   # the first of the first ``counted`` features above ``threshold`` (``counted``: none)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["counted"])
        above = X[:, :k] > float(params["threshold"])
        y = np.where(above.any(axis=1), above.argmax(axis=1), k).astype(np.int64)
        return X, _redraw_among(y, rng, k + 1, params)
    if loader == "zipf_blobs":   # Gaussian classes of shares 1, 1/2, 1/3, ... (normalized) around random means
        d, k = int(params["n_features"]), int(params["classes"])
        share = 1.0 / np.arange(1, k + 1)
        y = rng.choice(k, size=n, p=share / share.sum())
        means = rng.normal(0.0, float(params["spread"]), size=(k, d))
        return means[y] + rng.standard_normal((n, d)), y.astype(np.int64)
    if loader == "tail_event":   # whether a random unit projection exceeds ``level``: a rare class
        X = rng.standard_normal((n, int(params["n_features"])))
        u = rng.standard_normal(X.shape[1])
        y = (X @ (u / np.linalg.norm(u)) > float(params["level"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "fuzzy_disc":   # labels drawn from a logistic model of scale (1 - r^2 / median r^2): a noisy rim
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c = rng.uniform(-0.3, 0.3, size=2)
        r2 = ((X[:, :2] - c) ** 2).sum(axis=1)
        p = 1.0 / (1.0 + np.exp(-float(params["scale"]) * (1.0 - r2 / np.median(r2))))
        return X, (rng.random(n) < p).astype(np.int64)
    if loader == "sine_band":   # within ``width`` of x1 = amplitude sin(pi frequency x0 + phase), a random phase
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        phase = rng.uniform(0.0, 2 * np.pi)
        curve = float(params["amplitude"]) * np.sin(np.pi * float(params["frequency"]) * X[:, 0] + phase)
        y = (np.abs(X[:, 1] - curve) < float(params["width"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "heart":   # inside the heart (u^2 + v^2 - 1)^3 < u^2 v^3 of (x0, x1) / size
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        u, v = X[:, 0] / float(params["size"]), X[:, 1] / float(params["size"])
        y = ((u**2 + v**2 - 1) ** 3 < u**2 * v**3).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "dominant_block":   # which of ``classes`` consecutive blocks of the features has the largest sum
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        y = np.argmax(X.reshape(n, k, -1).sum(axis=2), axis=1).astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "order_of_extremes":   # whether the largest of the first ``counted`` comes before the smallest
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["counted"])
        y = (X[:, :k].argmax(axis=1) < X[:, :k].argmin(axis=1)).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "mod_sum":   # (floor(cells x0) + floor(cells x1)) mod classes in uniform features on [0, 1]
        X = rng.random((n, int(params["n_features"])))
        c, k = int(params["cells"]), int(params["classes"])
        y = ((np.floor(X[:, 0] * c) + np.floor(X[:, 1] * c)) % k).astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "weighted_voronoi":   # the nearest of ``classes`` random centres, each distance over a random weight
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        a = rng.uniform(0.0, 2 * np.pi) + 2 * np.pi * np.arange(k) / k   # about evenly around a circle of radius 0.5
        C, w = 0.5 * np.c_[np.cos(a), np.sin(a)] + rng.uniform(-0.1, 0.1, size=(k, 2)), rng.uniform(0.7, 1.4, size=k)
        d = np.linalg.norm(X[:, None, :2] - C[None], axis=2) / w
        return X, _redraw_among(np.argmin(d, axis=1).astype(np.int64), rng, k, params)
    if loader == "switch_linear":   # the side of one random hyperplane where x0 > 0, of another where not
        X = rng.standard_normal((n, int(params["n_features"])))
        W = rng.standard_normal((2, X.shape[1]))
        y = (np.where(X[:, 0] > 0, X @ W[0], X @ W[1]) > 0).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "nested_shells":   # the distance to a random centre: below the inner quantile, between, beyond outer
        X = rng.standard_normal((n, int(params["n_features"])))
        r = np.linalg.norm(X - rng.normal(0.0, 0.3, size=X.shape[1]), axis=1)
        y = (r > np.quantile(r, float(params["inner"]))).astype(np.int64) + (r > np.quantile(r, float(params["outer"])))
        return X, _redraw_among(y, rng, 3, params)
    if loader == "joint_exceedance":   # whether two random unit projections both exceed ``level``: a rare class
        X = rng.standard_normal((n, int(params["n_features"])))
        U = rng.standard_normal((X.shape[1], 2))
        U /= np.linalg.norm(U, axis=0)
        y = (X @ U > float(params["level"])).all(axis=1).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "graded_flips":   # a random hyperplane's side, flipped with probability rate (x_last + 1) / 2
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        w = rng.standard_normal(X.shape[1] - 1)
        y = (X[:, :-1] @ w > 0).astype(np.int64)
        flip = rng.random(n) < float(params["rate"]) * (X[:, -1] + 1) / 2
        y[flip] = 1 - y[flip]
        return X, y
    if loader == "horseshoe":   # inside a ring around a random centre but outside a gap of ``gap`` radians
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c, g = rng.uniform(-0.15, 0.15, size=2), rng.uniform(0.0, 2 * np.pi)
        z = X[:, :2] - c
        r = np.hypot(z[:, 0], z[:, 1])
        off = np.abs(np.angle(np.exp(1j * (np.arctan2(z[:, 1], z[:, 0]) - g))))   # from the gap's middle: 0 to pi
        y = (r > float(params["inner"])) & (r < float(params["outer"])) & (off > float(params["gap"]) / 2)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "cardioid":   # inside r < size (1 - cos(theta - t)) around a cusp at size (cos t, sin t)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t, a = rng.uniform(0.0, 2 * np.pi), float(params["size"])
        z = X[:, :2] - a * np.array([np.cos(t), np.sin(t)])
        y = np.hypot(z[:, 0], z[:, 1]) < a * (1 - np.cos(np.arctan2(z[:, 1], z[:, 0]) - t))
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "parallel_cuts":   # ``classes`` equally frequent slabs of a random projection
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        s = X @ rng.standard_normal(X.shape[1])
        y = np.searchsorted(np.quantile(s, np.arange(1, k) / k), s, side="right").astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "perm_parity":   # whether the order of the first ``counted`` features is an even permutation
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        i, j = np.triu_indices(int(params["counted"]), 1)
        y = (np.prod(X[:, j] - X[:, i], axis=1) > 0).astype(np.int64)   # the Vandermonde product's sign: even
        return X, _flip_binary(y, rng, params)
    if loader == "hyperbolic_bands":   # ``bands`` equally frequent bins of x0 x1, labelled 0 .. classes - 1 in turn
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k, b, s = int(params["classes"]), int(params["bands"]), X[:, 0] * X[:, 1]
        y = np.searchsorted(np.quantile(s, np.arange(1, b) / b), s, side="right") % k
        return X, _redraw_among(y.astype(np.int64), rng, k, params)
    if loader == "nearest_circle":   # which of ``classes`` random circles in the plane of (x0, x1) is nearest
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        k = int(params["classes"])
        C, r = rng.uniform(-0.5, 0.5, size=(k, 2)), rng.uniform(0.2, 0.7, size=k)
        d = np.abs(np.linalg.norm(X[:, None, :2] - C[None], axis=2) - r)
        return X, _redraw_among(np.argmin(d, axis=1).astype(np.int64), rng, k, params)
    if loader == "walk_crossing":   # whether the running sum x0, x0 + x1, ... ever exceeds ``level``
        X = rng.standard_normal((n, int(params["n_features"])))
        y = (np.cumsum(X, axis=1).max(axis=1) > float(params["level"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "lead_gap":   # whether the largest feature leads the second largest by more than ``gap``: rare
        X = rng.random((n, int(params["n_features"])))
        top = np.sort(X, axis=1)[:, -2:]
        y = (top[:, 1] - top[:, 0] > float(params["gap"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "simplex_peak":   # ``parts`` shares uniform on the simplex: which is above ``threshold``, or none
        k = int(params["parts"])
        P = rng.dirichlet(np.ones(k), size=n)
        X = np.c_[P, rng.random((n, int(params["n_features"]) - k))]
        over = P > float(params["threshold"])   # a threshold of 0.5 or more: at most one share over it
        y = np.where(over.any(axis=1), over.argmax(axis=1) + 1, 0).astype(np.int64)
        return X, _redraw_among(y, rng, k + 1, params)
    if loader == "asymmetric_flips":   # a random hyperplane's side; class 1 flipped at ``rate1``, class 0 at ``rate0``
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        y = (X @ rng.standard_normal(X.shape[1]) > 0).astype(np.int64)
        flip = rng.random(n) < np.where(y == 1, float(params["rate1"]), float(params["rate0"]))
        y[flip] = 1 - y[flip]
        return X, y
    if loader == "yin_yang":   # a yin-yang in the unit disc at a random turn: halves split by an S, a dot in each
        r, a = np.sqrt(rng.random(n)), rng.uniform(0.0, 2 * np.pi, size=n)   # (x0, x1) uniform in the unit disc
        X = np.c_[r * np.cos(a), r * np.sin(a), rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"]) - 2))]
        t, dot = rng.uniform(0.0, 2 * np.pi), float(params["dot"])
        u, v = X[:, 0] * np.cos(t) + X[:, 1] * np.sin(t), X[:, 1] * np.cos(t) - X[:, 0] * np.sin(t)
        up, down = np.hypot(u, v - 0.5), np.hypot(u, v + 0.5)   # to the centres of the S's two half-discs
        y = np.where(u < 0, down > 0.5, up < 0.5) ^ (up < dot) ^ (down < dot)
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "pentagram":   # inside a five-pointed star of outer radius ``radius`` around the origin, turned
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        t, R = rng.uniform(0.0, 2 * np.pi), float(params["radius"])
        r_in = R * np.cos(2 * np.pi / 5) / np.cos(np.pi / 5)   # the inner corners' radius (0.38 R)
        phi = np.mod(np.arctan2(X[:, 1], X[:, 0]) - t, 2 * np.pi / 5)
        phi = np.minimum(phi, 2 * np.pi / 5 - phi)   # the angle to the nearest point: 0 to pi / 5 (an inner corner)
        bx, by = r_in * np.cos(np.pi / 5) - R, r_in * np.sin(np.pi / 5)   # the edge from (R, 0) to an inner corner
        y = np.hypot(X[:, 0], X[:, 1]) * (by * np.cos(phi) - bx * np.sin(phi)) < by * R
        return X, _flip_binary(y.astype(np.int64), rng, params)
    if loader == "bernoulli_classes":   # coin features, each one with its class's own random chance (naive Bayes)
        k, d = int(params["classes"]), int(params["n_features"])
        P = rng.uniform(0.1, 0.9, size=(k, d))
        y = rng.integers(0, k, size=n)
        return (rng.random((n, d)) < P[y]).astype(np.float64), y.astype(np.int64)
    if loader == "closest_pair":   # 3 points (x0, x1), (x2, x3), (x4, x5): the one left out of the closest pair
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        P = X[:, :6].reshape(n, 3, 2)
        gaps = np.stack([np.linalg.norm(P[:, (k + 1) % 3] - P[:, (k + 2) % 3], axis=1) for k in range(3)], axis=1)
        return X, _redraw_among(np.argmin(gaps, axis=1).astype(np.int64), rng, 3, params)
    if loader == "coprime":   # two integers from 1 to ``top``: whether their greatest common divisor is 1
        X = rng.integers(1, int(params["top"]) + 1, size=(n, 2))
        y = (np.gcd(X[:, 0], X[:, 1]) == 1).astype(np.int64)
        return X.astype(np.float64), _flip_binary(y, rng, params)
    if loader == "tone_frequency":   # a sine of class + 1 periods over the window, at a random phase, plus noise
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        phase = rng.uniform(0.0, 2 * np.pi, size=n)
        X = np.sin(2 * np.pi * (y[:, None] + 1) * np.arange(d)[None] / d + phase[:, None])
        return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "carries":   # two ``bits``-bit numbers (highest bit first): how many carries their sum makes
        b = int(params["bits"])
        X = rng.integers(0, 2, size=(n, 2 * b))
        carry, y = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        for j in range(b - 1, -1, -1):   # from the lowest bits, x_{b-1} and x_{2b-1}, up
            carry = (X[:, j] + X[:, b + j] + carry >= 2).astype(np.int64)
            y += carry
        return X.astype(np.float64), _redraw_among(y, rng, b + 1, params)
    if loader == "two_circles":   # circles (x0, x1; x4) and (x2, x3; x5): 0 apart, 1 crossing, 2 one inside the other
        X = np.c_[rng.uniform(-1.0, 1.0, size=(n, 4)),
                  rng.uniform(float(params["min_radius"]), float(params["max_radius"]), size=(n, 2))]
        gap = np.hypot(X[:, 0] - X[:, 2], X[:, 1] - X[:, 3])
        y = np.where(gap > X[:, 4] + X[:, 5], 0, np.where(gap < np.abs(X[:, 4] - X[:, 5]), 2, 1))
        return X, _redraw_among(y.astype(np.int64), rng, 3, params)
    if loader == "root_count":   # how many roots of x0 + x1 t + x2 t^2 lie in [-1, 1]
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        a0, a1, a2 = X[:, 0], X[:, 1], X[:, 2]
        disc = a1**2 - 4 * a0 * a2
        root = np.sqrt(np.maximum(disc, 0.0))
        with np.errstate(divide="ignore", invalid="ignore"):   # a2 = 0 has probability 0
            inside = (np.abs((-a1 - root) / (2 * a2)) <= 1).astype(np.int64) + (np.abs((-a1 + root) / (2 * a2)) <= 1)
        return X, _redraw_among(np.where(disc >= 0, inside, 0).astype(np.int64), rng, 3, params)
    if loader == "same_moments":   # Laplace or uniform features of mean 0 and variance 1 alike: the shape tells
        d = int(params["n_features"])
        y = rng.integers(0, 2, size=n)
        peaked = rng.laplace(0.0, 1 / np.sqrt(2), size=(n, d))
        X = np.where(y[:, None] == 0, peaked, rng.uniform(-np.sqrt(3), np.sqrt(3), size=(n, d)))
        return X, y.astype(np.int64)
    if loader == "mandelbrot":   # whether c = (1.3 x0 - 0.7) + 1.3 x1 i stays bounded for ``iterations`` steps
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        c = (1.3 * X[:, 0] - 0.7) + 1.3j * X[:, 1]   # [-2, 0.6] x [-1.3, 1.3] i
        z, bounded = np.zeros(n, dtype=complex), np.ones(n, dtype=bool)
        for _ in range(int(params["iterations"])):
            z = np.where(bounded, z * z + c, z)   # an escaped point stays where it escaped
            bounded &= np.abs(z) <= 2.0
        return X, _flip_binary(bounded.astype(np.int64), rng, params)
    if loader == "voronoi_edges":   # near an edge of ``sites`` random sites' Voronoi cells in the plane of (x0, x1)
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        S = rng.uniform(-1.0, 1.0, size=(int(params["sites"]), 2))
        dist = np.sort(np.linalg.norm(X[:, None, :2] - S[None], axis=2), axis=1)
        y = (dist[:, 1] - dist[:, 0] < float(params["width"])).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "tilted_draws":   # draws among 0 .. classes - 1: the class's own value with probability ``tilt``
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        other = rng.integers(0, k - 1, size=(n, d))
        other += other >= y[:, None]   # one of the k - 1 values other than the class, equally
        X = np.where(rng.random((n, d)) < float(params["tilt"]), y[:, None], other)
        return X.astype(np.float64), y.astype(np.int64)
    if loader == "least_factor":   # an integer m from 2 to 2**bits - 1 and its bits (highest first): the least prime
        b = int(params["bits"])   # factor of m, 2, 3, 5 or 7 and more (4 classes, 5 the rare one)
        m = rng.integers(2, 2**b, size=n)
        bits = (m[:, None] >> np.arange(b - 1, -1, -1)[None]) & 1
        y = np.where(m % 2 == 0, 0, np.where(m % 3 == 0, 1, np.where(m % 5 == 0, 2, 3))).astype(np.int64)
        return np.c_[m, bits].astype(np.float64), _redraw_among(y, rng, 4, params)
    if loader == "chirp":   # a sine whose frequency falls, holds or rises over the window (the class), plus noise
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        start = rng.uniform(2.5, 4.5, size=n)   # periods per window at the window's start
        phase = rng.uniform(0.0, 2 * np.pi, size=n)
        rate = float(params["sweep"]) * (2 * y / (k - 1) - 1)   # the frequency's change over the window
        t = np.arange(d)[None] / d
        X = np.sin(2 * np.pi * (start[:, None] * t + rate[:, None] * t**2 / 2) + phase[:, None])
        return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "change_point":   # a level jumping by +-``jump`` from a random step on, plus noise: in which of
        k, d = int(params["classes"]), int(params["n_features"])   # ``classes`` equal stretches the jump lies
        at = rng.integers(1, d, size=n)   # the first step after the jump, 1 .. d - 1
        sign = rng.choice(np.array([-1.0, 1.0]), size=n)
        X = np.where(np.arange(d)[None] >= at[:, None], float(params["jump"]) * sign[:, None], 0.0)
        X = X + rng.normal(0.0, float(params["noise"]), size=(n, d))
        return X, ((at - 1) * k // (d - 1)).astype(np.int64)
    if loader == "sierpinski":   # whether (x0, x1), mapped to [0, 1)^2, lies in Sierpinski's carpet to ``levels``
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # levels: at no level both ternary
        u, hole = (X[:, :2] + 1.0) / 2.0, np.zeros(n, dtype=bool)   # digits 1 (a square's middle ninth: a hole)
        for _ in range(int(params["levels"])):
            u = 3.0 * u
            digit = np.floor(u)
            hole |= (digit == 1).all(axis=1)
            u = u - digit
        return X, _flip_binary((~hole).astype(np.int64), rng, params)
    if loader == "convex_position":   # 4 points (x0, x1) .. (x6, x7): whether none lies in the others' triangle
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        P = X[:, :8].reshape(n, 4, 2)

        def turn(a, b, c):   # the sign of the turn a -> b -> c
            return np.sign((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0]))

        inside = np.zeros(n, dtype=bool)
        for i in range(4):
            a, b, c = (P[:, j] for j in range(4) if j != i)
            s = turn(a, b, P[:, i])
            inside |= (s == turn(b, c, P[:, i])) & (s == turn(c, a, P[:, i]))
        return X, _flip_binary((~inside).astype(np.int64), rng, params)
    if loader == "paired_blobs":   # ``classes`` / 2 pairs of unit Gaussian classes: the pairs' centres ``spread``
        k, d = int(params["classes"]), int(params["n_features"])   # apart, a pair's two classes ``gap`` apart
        centre = rng.normal(0.0, float(params["spread"]), size=(k // 2, d))
        u = rng.standard_normal((k // 2, d))
        half = float(params["gap"]) / 2 * u / np.linalg.norm(u, axis=1, keepdims=True)
        means = np.stack([centre - half, centre + half], axis=1).reshape(k, d)   # classes 2p and 2p + 1: pair p
        y = rng.integers(0, k, size=n)
        return means[y] + rng.standard_normal((n, d)), y.astype(np.int64)
    if loader == "cyclic_confusion":   # unit Gaussian classes at random means, each label moved to the next class
        k, d = int(params["classes"]), int(params["n_features"])   # (the last to 0) with probability ``rate``
        means = rng.normal(0.0, 2.0, size=(k, d))
        y = rng.integers(0, k, size=n)
        X = means[y] + rng.standard_normal((n, d))
        moved = rng.random(n) < float(params["rate"])
        return X, np.where(moved, (y + 1) % k, y).astype(np.int64)
    if loader == "line_of_sight":   # points (x0, x1) and (x2, x3): whether the segment joining them misses a disc
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # of ``radius`` around a random centre
        centre = rng.uniform(-0.3, 0.3, size=2)   # near the origin (a point inside the disc is blocked too)
        p, v = X[:, 0:2] - centre, X[:, 2:4] - X[:, 0:2]
        t = np.clip(-(p * v).sum(axis=1) / (v * v).sum(axis=1), 0.0, 1.0)   # the segment's point nearest the centre
        gap = np.linalg.norm(p + t[:, None] * v, axis=1)
        return X, _flip_binary((gap > float(params["radius"])).astype(np.int64), rng, params)
    if loader == "triangle_kind":   # sides x0, x1, x2 uniform on [0, 1]: no triangle, an obtuse or an acute one
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
        s = np.sort(X[:, :3], axis=1)
        y = np.where(s[:, 2] >= s[:, 0] + s[:, 1], 0, np.where(s[:, 2] ** 2 > s[:, 0] ** 2 + s[:, 1] ** 2, 1, 2))
        return X, _redraw_among(y.astype(np.int64), rng, 3, params)
    if loader == "lissajous":   # within ``width`` of the Lissajous curve 0.9 (sin(a t + phase), sin(b t)), at a
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # random phase, in the plane (x0, x1)
        phase = rng.uniform(0.0, 2 * np.pi)
        t = np.linspace(0.0, 2 * np.pi, 2000, endpoint=False)   # the curve at 2000 points
        curve = 0.9 * np.c_[np.sin(int(params["a"]) * t + phase), np.sin(int(params["b"]) * t)]
        near = ((X[:, None, :2] - curve[None]) ** 2).sum(axis=2).min(axis=1)
        return X, _flip_binary((near < float(params["width"]) ** 2).astype(np.int64), rng, params)
    if loader == "koch_snowflake":   # inside Koch's snowflake (even-odd rule) of ``levels`` levels around the origin
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        turn = rng.uniform(0.0, 2 * np.pi)   # a triangle of circumradius ``radius``, counter-clockwise; each level
        P = float(params["radius"]) * np.exp(1j * (turn + 2 * np.pi * np.arange(3) / 3))   # bumps every edge out
        for _ in range(int(params["levels"])):
            a, d = P, (np.roll(P, -1) - P) / 3
            P = np.stack([a, a + d, a + d + d * np.exp(-1j * np.pi / 3), a + 2 * d], axis=1).ravel()
        q, e = X[:, 0] + 1j * X[:, 1], np.roll(P, -1)   # a ray from each point to the right: odd crossings, inside
        straddle = (P.imag[None] > q.imag[:, None]) != (e.imag[None] > q.imag[:, None])
        with np.errstate(divide="ignore", invalid="ignore"):
            at = P.real[None] + (q.imag[:, None] - P.imag[None]) * (e.real - P.real)[None] / (e.imag - P.imag)[None]
        inside = (straddle & (at > q.real[:, None])).sum(axis=1) % 2 == 1
        return X, _flip_binary(inside.astype(np.int64), rng, params)
    if loader == "ar_process":   # x_t = a x_{t-1} + e_t, stationary from the start, a = phi (2 y / (k - 1) - 1)
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        a = float(params["phi"]) * (2 * y / (k - 1) - 1)
        e = rng.standard_normal((n, d))
        X = np.empty((n, d))
        X[:, 0] = e[:, 0] / np.sqrt(1 - a**2)
        for t in range(1, d):
            X[:, t] = a * X[:, t - 1] + e[:, t]
        return X, y.astype(np.int64)
    if loader == "duty_cycle":   # a +-1 square wave high for a share 0.2 .. 0.8 (the class) of each period, plus noise
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        period, phase = rng.uniform(4.0, 8.0, size=n), rng.uniform(0.0, 1.0, size=n)
        duty = 0.2 + 0.6 * y / (k - 1)
        high = np.mod(np.arange(d)[None] / period[:, None] + phase[:, None], 1.0) < duty[:, None]
        return np.where(high, 1.0, -1.0) + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "longest_increasing":   # the longest increasing subsequence's length L of the features in order
        k, d = int(params["classes"]), int(params["n_features"])   # (all of them): class L - low, clipped
        X = rng.uniform(0.0, 1.0, size=(n, d))
        ends = np.ones((n, d), dtype=np.int64)   # the longest increasing subsequence ending at feature i
        for i in range(1, d):
            ends[:, i] = 1 + np.where(X[:, :i] < X[:, i : i + 1], ends[:, :i], 0).max(axis=1)
        y = np.clip(ends.max(axis=1) - int(params["low"]), 0, k - 1).astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "det_sign":   # the sign of det [[x0, x1, x2], [x3, x4, x5], [x6, x7, x8]] (its cofactors on row 0)
        X = rng.standard_normal((n, int(params["n_features"])))
        m = X[:, :9].reshape(n, 3, 3)
        det = (m[:, 0, 0] * (m[:, 1, 1] * m[:, 2, 2] - m[:, 1, 2] * m[:, 2, 1])
               - m[:, 0, 1] * (m[:, 1, 0] * m[:, 2, 2] - m[:, 1, 2] * m[:, 2, 0])
               + m[:, 0, 2] * (m[:, 1, 0] * m[:, 2, 1] - m[:, 1, 1] * m[:, 2, 0]))
        return X, _flip_binary((det > 0).astype(np.int64), rng, params)
    if loader == "winding":   # corners (x0, x1), (x2, x3), ... closed: the winding number around the origin, the
        c = int(params["corners"])   # turns summed over the edges; -1 or less: 0, 0: 1, 1 or more: 2
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        angle = np.arctan2(X[:, 1 : 2 * c : 2], X[:, 0 : 2 * c : 2])
        step = np.mod(np.roll(angle, -1, axis=1) - angle + np.pi, 2 * np.pi) - np.pi   # each edge's turn, in (-pi, pi]
        w = np.rint(step.sum(axis=1) / (2 * np.pi)).astype(np.int64)
        return X, _redraw_among(np.clip(w, -1, 1) + 1, rng, 3, params)
    if loader == "dominance":   # a = x[:m], b = x[m:2m]: neither dominates (0), a > b everywhere (1), b > a (2)
        m = int(params["dims"])
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
        a, b = X[:, :m], X[:, m : 2 * m]
        y = np.where((a > b).all(axis=1), 1, np.where((b > a).all(axis=1), 2, 0)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "dirichlet_concentration":   # shares from Dirichlet(alpha_y, ..., alpha_y), alpha from low to high
        k, d = int(params["classes"]), int(params["n_features"])   # geometrically (normalized gamma draws)
        y = rng.integers(0, k, size=n)
        alpha = float(params["low"]) * (float(params["high"]) / float(params["low"])) ** (y / (k - 1))
        g = rng.gamma(np.repeat(alpha[:, None], d, axis=1))
        return g / g.sum(axis=1, keepdims=True), y.astype(np.int64)
    if loader == "repeated_points":   # copies of ``distinct`` random points, labelled by a random hyperplane through
        d = int(params["n_features"])   # the origin, each copy's label flipped on its own
        points = rng.uniform(-1.0, 1.0, size=(int(params["distinct"]), d))
        w = rng.standard_normal(d)
        X = points[rng.integers(0, points.shape[0], size=n)]
        return X, _flip_binary((X @ w > 0).astype(np.int64), rng, params)
    if loader == "polygon_sides":   # a regular polygon of 3 + y sides: its radius at d equally spaced angles
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        sides, scale, turn = 3 + y, rng.uniform(0.8, 1.2, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
        wedge = 2 * np.pi / sides[:, None]   # the angle from the nearest corner's bisector of the edge
        off = np.mod(2 * np.pi * np.arange(d)[None] / d - turn[:, None], wedge) - wedge / 2
        r = scale[:, None] * np.cos(wedge / 2) / np.cos(off)
        return r + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "records":   # the records (left-to-right maxima) R among the first ``counted`` features in their
        k, m = int(params["classes"]), int(params["counted"])   # order: class R - 1, clipped to classes - 1
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
        before = np.maximum.accumulate(X[:, :m], axis=1)[:, :-1]   # the largest so far, before each feature
        records = 1 + (X[:, 1:m] > before).sum(axis=1)
        return X, _redraw_among(np.clip(records - 1, 0, k - 1).astype(np.int64), rng, k, params)
    if loader == "incircle":   # whether p = (x6, x7) lies inside the circle through a = (x0, x1), b, c: the in-circle
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # determinant, signed by abc's turn
        a, b, c, p = (X[:, 2 * i : 2 * i + 2] for i in range(4))
        rows = np.stack([np.c_[q - p, ((q - p) ** 2).sum(axis=1)] for q in (a, b, c)], axis=1)
        turn = np.sign((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])
        return X, _flip_binary((np.linalg.det(rows) * turn > 0).astype(np.int64), rng, params)
    if loader == "segments_cross":   # whether the segments (x0, x1)-(x2, x3) and (x4, x5)-(x6, x7) cross: each one's
        X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # ends on the two sides of the other's line
        p, q, r, s = (X[:, 2 * i : 2 * i + 2] for i in range(4))

        def side(a, b, c):   # the sign of the turn a -> b -> c
            return np.sign((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])

        cross = (side(p, q, r) * side(p, q, s) < 0) & (side(r, s, p) * side(r, s, q) < 0)
        return X, _flip_binary(cross.astype(np.int64), rng, params)
    if loader == "damping":   # a cosine of random frequency, phase and amplitude whose envelope decays by exp(-rate y /
        k, d = int(params["classes"]), int(params["n_features"])   # (k - 1)) over the window, plus Gaussian noise
        y = rng.integers(0, k, size=n)
        omega, phase = rng.uniform(0.5, 1.5, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
        amp, t = rng.uniform(0.5, 1.5, size=n), np.arange(d)[None]
        envelope = amp[:, None] * np.exp(-float(params["rate"]) * (y / (k - 1))[:, None] * t / (d - 1))
        clean = envelope * np.cos(omega[:, None] * t + phase[:, None])
        return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "echo_lag":   # white noise plus its echo ``gain`` times as loud, y + 1 samples late, plus noise
        k, d = int(params["classes"]), int(params["n_features"])
        y = rng.integers(0, k, size=n)
        s = rng.standard_normal((n, d + k))   # x_t = s_{t+k} + gain s_{t+k-1-y}
        late = np.take_along_axis(s, np.arange(d)[None] + k - 1 - y[:, None], axis=1)
        X = s[:, k:] + float(params["gain"]) * late
        return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "modulation":   # a carrier of random frequency and phase: a pure tone (0), amplitude-modulated (1)
        d = int(params["n_features"])   # or frequency-modulated (2) at a slow random rate and phase, plus noise
        y = rng.integers(0, 3, size=n)
        omega, phase = rng.uniform(1.0, 2.0, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
        rate, slow = rng.uniform(0.1, 0.3, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
        t = np.arange(d)[None]
        wave = np.sin(rate[:, None] * t + slow[:, None])
        am = (y == 1)[:, None] * float(params["depth"]) * wave
        fm = (y == 2)[:, None] * float(params["beta"]) * wave
        clean = (1.0 + am) * np.cos(omega[:, None] * t + phase[:, None] + fm)
        return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "distinct_count":   # features whole numbers 0 .. values - 1: how many distinct values D the first
        k, m = int(params["classes"]), int(params["counted"])   # ``counted`` take, class D - low clipped
        X = rng.integers(0, int(params["values"]), size=(n, int(params["n_features"]))).astype(np.float64)
        distinct = 1 + (np.diff(np.sort(X[:, :m], axis=1), axis=1) != 0).sum(axis=1)
        y = np.clip(distinct - int(params["low"]), 0, k - 1).astype(np.int64)
        return X, _redraw_among(y, rng, k, params)
    if loader == "subset_sum":   # ``counted`` whole numbers 1..9 and a target 1..``top``: whether some non-empty subset
        m = int(params["counted"])   # of the numbers sums to the target (all 2^m - 1 subsets tried)
        items = rng.integers(1, 10, size=(n, m))
        target = rng.integers(1, int(params["top"]) + 1, size=n)
        subsets = (np.arange(1, 2**m)[:, None] >> np.arange(m)[None]) & 1
        y = ((items @ subsets.T) == target[:, None]).any(axis=1).astype(np.int64)
        return np.c_[items, target].astype(np.float64), _flip_binary(y, rng, params)
    if loader == "queen_attack":   # two squares (x0, x1), (x2, x3) of a chessboard (whole numbers 0..7, the other
        X = rng.integers(0, 8, size=(n, int(params["n_features"]))).astype(np.float64)   # features too): on one line
        dr, dc = X[:, 0] - X[:, 2], X[:, 1] - X[:, 3]   # for a queen: a row, a column or a diagonal (or the same)
        y = ((dr == 0) | (dc == 0) | (np.abs(dr) == np.abs(dc))).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "condorcet":   # ``voters`` voters' standard normal utilities for 3 candidates (voter by voter): the
        v = int(params["voters"])   # candidate beating both others by majority (0, 1, 2) or none, a cycle (3)
        X = rng.standard_normal((n, 3 * v))
        U = X.reshape(n, v, 3)
        beaten = [sum(2 * (U[:, :, a] > U[:, :, b]).sum(axis=1) > v for b in range(3) if b != a) for a in range(3)]
        wins = np.stack(beaten, axis=1)   # (n, 3): how many of the two others each candidate beats
        y = np.where((wins == 2).any(axis=1), np.argmax(wins, axis=1), 3).astype(np.int64)
        return X, y
    if loader == "graph_components":   # the complete graph's edges on ``nodes`` nodes, one uniform feature each (in
        m = int(params["nodes"])   # np.triu_indices order), present below ``p``: its connected pieces C, class C - 1
        i, j = np.triu_indices(m, 1)   # clipped to classes - 1
        X = rng.uniform(0.0, 1.0, size=(n, i.size))
        A = np.zeros((n, m, m), dtype=bool)
        A[:, i, j] = A[:, j, i] = X < float(params["p"])
        reach = A | np.eye(m, dtype=bool)[None]
        for _ in range(m):   # joined by a path: the closure of the edges
            reach = reach | (np.einsum("nij,njk->nik", reach.astype(np.int64), reach.astype(np.int64)) > 0)
        pieces = (~np.tril(reach, -1).any(axis=2)).sum(axis=1)   # nodes joined to no lower-numbered one
        k = int(params["classes"])
        return X, np.clip(pieces - 1, 0, k - 1).astype(np.int64)
    if loader == "palindrome":   # a share ``share`` of palindromes (the second half the first reversed, plus Gaussian
        d = int(params["n_features"])   # ``noise``) among uniform features, ``flip`` of the labels at random
        y = (rng.random(n) < float(params["share"])).astype(np.int64)
        X = rng.uniform(-1.0, 1.0, size=(n, d))
        mirrored = X[:, : d // 2][:, ::-1] + rng.normal(0.0, float(params["noise"]), size=(n, d // 2))
        X[:, d - d // 2 :] = np.where(y[:, None] == 1, mirrored, X[:, d - d // 2 :])
        return X, _flip_binary(y, rng, params)
    if loader == "repeat_period":   # a random standard normal pattern of 2 + y samples repeated over ``n_features``
        k, d = int(params["classes"]), int(params["n_features"])   # samples, plus Gaussian noise
        y = rng.integers(0, k, size=n)
        pattern = rng.standard_normal((n, k + 1))
        X = np.take_along_axis(pattern, np.arange(d)[None] % (2 + y)[:, None], axis=1)
        return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "matrix_rank":   # a ``size`` x ``size`` matrix (row by row) of rank y + 1: the sum of y + 1 outer
        m = int(params["size"])   # products of standard normal vectors, plus Gaussian noise
        y = rng.integers(0, m, size=n)
        U, V = rng.standard_normal((n, m, m)), rng.standard_normal((n, m, m))
        used = (np.arange(m)[None] <= y[:, None]).astype(np.float64)   # the first y + 1 of the m products
        M = np.einsum("nir,nr,njr->nij", U, used, V)
        return M.reshape(n, m * m) + rng.normal(0.0, float(params["noise"]), size=(n, m * m)), y.astype(np.int64)
    if loader == "nim_sum":   # ``heaps`` heaps of 0..``top`` (whole numbers; the other features too): whether the first
        h = int(params["heaps"])   # player wins Nim, the heaps' bitwise exclusive or not 0
        heaps = rng.integers(0, int(params["top"]) + 1, size=(n, int(params["n_features"])))
        y = (np.bitwise_xor.reduce(heaps[:, :h], axis=1) != 0).astype(np.int64)
        return heaps.astype(np.float64), _flip_binary(y, rng, params)
    if loader == "knight_moves":   # two squares (x0, x1), (x2, x3) of a chessboard (whole numbers 0..7, the other
        k = int(params["classes"])   # features too): the fewest knight's moves D between them, class D - 1 clipped
        X = rng.integers(0, 8, size=(n, int(params["n_features"])))   # to 0 .. classes - 1
        moves = _knight_distances()[8 * X[:, 0] + X[:, 1], 8 * X[:, 2] + X[:, 3]]
        return X.astype(np.float64), _redraw_among(np.clip(moves - 1, 0, k - 1).astype(np.int64), rng, k, params)
    if loader == "tictactoe":   # a noughts-and-crosses board, 9 features row by row: 1 a cross, -1 a nought, 0 empty
        e = float(params["empty"])   # (a share ``empty``): a line of three crosses, of noughts, neither or both
        X = rng.choice([-1.0, 0.0, 1.0], p=[(1 - e) / 2, e, (1 - e) / 2], size=(n, 9))
        lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
        total = np.stack([X[:, list(line)].sum(axis=1) for line in lines], axis=1)
        return X, ((total == 3).any(axis=1) + 2 * (total == -3).any(axis=1)).astype(np.int64)   # 0, 1, 2 or 3 (both)
    if loader == "poker_hand":   # 5 cards dealt from a deck of 52, each as its suit 1..4 and rank 1..13 (ace 1): a
        cards = np.argsort(rng.random((n, 52)), axis=1)[:, :5]   # high card (0), one pair (1), two pairs (2) or better
        suit, rank = cards // 13 + 1, cards % 13 + 1   # (3: three of a kind, a straight, ace low or high, a flush, a
        counts = -np.sort(-(rank[:, :, None] == np.arange(1, 14)[None, None]).sum(axis=1), axis=1)   # full house,
        low = np.sort(rank, axis=1)   # four of a kind); ``counts``: the ranks' counts, most first
        straight = (counts[:, 0] == 1) & ((low[:, 4] - low[:, 0] == 4) | (low == [1, 10, 11, 12, 13]).all(axis=1))
        better = (counts[:, 0] >= 3) | straight | (suit == suit[:, :1]).all(axis=1)
        y = np.select([better, counts[:, 1] == 2, counts[:, 0] == 2], [3, 2, 1], 0)
        return np.stack([suit, rank], axis=2).reshape(n, 10).astype(np.float64), y.astype(np.int64)
    if loader == "life_rule":   # a 3x3 patch of Conway's Game of Life, the first 9 of ``n_features`` coin features (row
        X = (rng.random((n, int(params["n_features"]))) < float(params["density"])).astype(np.float64)   # by row, alive
        near = X[:, :9].sum(axis=1) - X[:, 4]   # with probability ``density``): whether the centre lives on, its live
        y = ((near == 3) | ((X[:, 4] == 1) & (near == 2))).astype(np.int64)   # neighbours 3, or 2 and it alive
        return X, _flip_binary(y, rng, params)
    if loader == "edf_feasible":   # ``jobs`` jobs on one machine from time 0, their durations uniform on [0, 1], then
        m = int(params["jobs"])   # their deadlines uniform on [0, ``horizon``]: whether every job can be done by its
        dur = rng.uniform(0.0, 1.0, size=(n, m))   # deadline (earliest deadline first, the best order)
        due = rng.uniform(0.0, float(params["horizon"]), size=(n, m))
        order = np.argsort(due, axis=1)
        done = np.cumsum(np.take_along_axis(dur, order, axis=1), axis=1)
        y = (done <= np.take_along_axis(due, order, axis=1)).all(axis=1).astype(np.int64)
        return np.hstack([dur, due]), _flip_binary(y, rng, params)
    if loader == "inertia":   # a symmetric ``size`` x ``size`` matrix, its upper triangle (row by row) the features,
        m = int(params["size"])   # Gaussian, the diagonal's of standard deviation 1 and the others' ``coupling``: how
        i, j = np.triu_indices(m)   # many of its eigenvalues are positive (0 .. size)
        X = rng.standard_normal((n, i.size)) * np.where(i == j, 1.0, float(params["coupling"]))
        A = np.zeros((n, m, m))
        A[:, i, j] = A[:, j, i] = X
        y = (np.linalg.eigvalsh(A) > 0).sum(axis=1).astype(np.int64)
        return X, _redraw_among(y, rng, m + 1, params)
    if loader == "orbit_kind":   # a body at a distance uniform on [1, ``far``] from a planet of radius 1 (GM = 1) at a
        r, angle = rng.uniform(1.0, float(params["far"]), size=n), rng.uniform(0.0, 2 * np.pi, size=n)   # random angle,
        circular = np.c_[-np.sin(angle), np.cos(angle)] / np.sqrt(r)[:, None]   # its velocity the circular orbit's
        kick = rng.normal(0.0, float(params["speed"]), size=(n, 2))   # (counter-clockwise) plus Gaussian ``speed``
        X = np.c_[r * np.cos(angle), r * np.sin(angle), circular + kick]   # (x, y, vx, vy): a bound orbit clear of
        x, yy, vx, vy = X.T   # the planet (0), a crash (1: the nearest approach below 1, bound or coming in), an escape
        energy, h = (vx**2 + vy**2) / 2 - 1 / r, x * vy - yy * vx   # (2)
        nearest = h**2 / (1 + np.sqrt(np.maximum(1 + 2 * energy * h**2, 0.0)))   # the periapsis h^2 / (1 + e)
        inward = x * vx + yy * vy < 0
        crash = (nearest < 1) & ((energy < 0) | inward)
        return X, np.where(crash, 1, np.where(energy >= 0, 2, 0)).astype(np.int64)
    if loader == "projectile":   # a ball thrown at a speed uniform on [5, 15] m/s and an angle uniform on [0, pi / 2]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # toward a wall at a distance uniform on
        X[:, :4] = X[:, :4] * [10.0, np.pi / 2, 10.0, 4.0] + [5.0, 0.0, 2.0, 0.0]   # [2, 12] m, of a height uniform on
        v, a, d, h = X[:, :4].T   # [0, 4] m (the other features uniform on [0, 1]): whether it passes over (g = 9.81)
        y = (d * np.tan(a) - 9.81 * d**2 / (2 * (v * np.cos(a)) ** 2) > h).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "waveform":   # 5 equally likely classes of ``n_features`` samples of a wave of 2 to 4 periods per
        d = int(params["n_features"])   # window at a random phase and amplitude 0.5 to 1.5: a sine (0), a square wave
        y = rng.integers(0, 5, size=n)   # (1), a triangle wave (2), a rising (3) or falling (4) sawtooth, plus noise
        periods, phase = rng.uniform(2.0, 4.0, size=n), rng.uniform(0.0, 1.0, size=n)
        amp = rng.uniform(0.5, 1.5, size=n)
        u = np.mod(periods[:, None] * np.arange(d)[None] / d + phase[:, None], 1.0)   # the place within its period
        waves = np.stack([np.sin(2 * np.pi * u), np.where(u < 0.5, 1.0, -1.0), 1 - 4 * np.abs(u - 0.5), 2 * u - 1,
                          1 - 2 * u])
        clean = amp[:, None] * waves[y, np.arange(n)]
        return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
    if loader == "bipartite":   # a graph on ``nodes`` nodes, one coin feature per edge (np.triu_indices order), present
        m = int(params["nodes"])   # with probability ``p``: whether it is bipartite (no cycle of odd length: no closed
        i, j = np.triu_indices(m, 1)   # walk of odd length up to ``nodes``)
        X = (rng.random((n, i.size)) < float(params["p"])).astype(np.float64)
        A = np.zeros((n, m, m), dtype=np.int64)
        A[:, i, j] = A[:, j, i] = X
        walks, odd = A, np.zeros(n, dtype=bool)
        for length in range(2, m + 1):
            walks = walks @ A
            if length % 2:
                odd |= np.trace(walks, axis1=1, axis2=2) > 0
        return X, _flip_binary((~odd).astype(np.int64), rng, params)
    if loader == "mendel_cross":   # two parents' genotypes at ``n_features`` / 2 loci (whole numbers 0..2, the dominant
        L = int(params["n_features"]) // 2   # alleles, each a coin), the first parent's loci then the second's: a
        G = rng.binomial(2, 0.5, size=(n, 2 * L))   # child's phenotype at the first two loci, each parent passing a
        passed = rng.random((n, 2, 2)) < G[:, [[0, 1], [L, L + 1]]] / 2   # dominant allele with probability
        dominant = passed.any(axis=1)   # genotype / 2 (parent, locus): class 2 (dominant at locus 0) + (at locus 1)
        return G.astype(np.float64), (2 * dominant[:, 0] + dominant[:, 1]).astype(np.int64)
    if loader == "blackjack":   # ``n_features`` cards (whole numbers 1..13, drawn with replacement), the first
        X = rng.integers(1, 14, size=(n, int(params["n_features"])))   # ``counted`` the hand: its best total (picture
        value = np.minimum(X[:, : int(params["counted"])], 10)   # cards 10, an ace 1 or 11) under 17 (0), 17 to 21
        hard = value.sum(axis=1)   # (1) or bust (2)
        total = np.where((value == 1).any(axis=1) & (hard <= 11), hard + 10, hard)
        y = np.select([total > 21, total >= 17], [2, 1], 0).astype(np.int64)
        return X.astype(np.float64), _redraw_among(y, rng, 3, params)
    if loader == "clock_hands":   # a time on a 12-hour clock, the hour (whole number 0..11) and the minutes (uniform on
        k = int(params["classes"])   # [0, 60)), the other features uniform on [0, 1]: the angle between the hands, 0 to
        hour, minute = rng.integers(0, 12, size=n), rng.uniform(0.0, 60.0, size=n)   # 180 degrees, in ``classes``
        gap = np.mod(30.0 * hour - 5.5 * minute, 360.0)   # equal bins
        angle = np.minimum(gap, 360.0 - gap)
        X = np.c_[hour, minute, rng.uniform(0.0, 1.0, size=(n, int(params["n_features"]) - 2))]
        return X, np.minimum((angle * k / 180).astype(np.int64), k - 1)
    if loader == "interval_depth":   # ``intervals`` intervals [s, s + l), their starts s uniform on [0, 1], then their
        m, k = int(params["intervals"]), int(params["classes"])   # lengths l on [0, ``length``]: the most that
        start = rng.uniform(0.0, 1.0, size=(n, m))   # overlap at one point D (at some start), class D - low clipped to
        length = rng.uniform(0.0, float(params["length"]), size=(n, m))
        cover = (start[:, None, :] <= start[:, :, None]) & (start[:, :, None] < (start + length)[:, None, :])
        depth = cover.sum(axis=2).max(axis=1)   # 0 .. k - 1; cover[e, a, b]: interval b holds interval a's start
        y = np.clip(depth - int(params["low"]), 0, k - 1).astype(np.int64)
        return np.hstack([start, length]), _redraw_among(y, rng, k, params)
    if loader == "queue_wait":   # ``customers`` customers at one server: the gaps between arrivals uniform on [0,
        m = int(params["customers"])   # ``gap``] (the first before the first customer), then the service times
        gap = rng.uniform(0.0, float(params["gap"]), size=(n, m))   # uniform on [0, 1] (the last after every wait):
        serve = rng.uniform(0.0, 1.0, size=(n, m))   # whether some customer waits longer than ``level`` (Lindley)
        wait, longest = np.zeros(n), np.zeros(n)
        for c in range(1, m):
            wait = np.maximum(0.0, wait + serve[:, c - 1] - gap[:, c])
            longest = np.maximum(longest, wait)
        return np.hstack([gap, serve]), _flip_binary((longest > float(params["level"])).astype(np.int64), rng, params)
    if loader == "stack_sortable":   # ``n_features`` uniform features on [0, 1], a sequence: whether one stack sorts
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # it (Knuth: no i < j < k with x_k < x_i <
        d, bad = X.shape[1], np.zeros(n, dtype=bool)   # x_j, the pattern 231)
        for i in range(d):
            for j in range(i + 1, d):
                for k in range(j + 1, d):
                    bad |= (X[:, k] < X[:, i]) & (X[:, i] < X[:, j])
        return X, _flip_binary((~bad).astype(np.int64), rng, params)
    if loader == "titration":   # a strong acid of concentration log-uniform on [0.01, 1] mol/L and volume uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [10, 50] mL mixed with a strong base
        X[:, :4] = np.c_[0.01 ** (1 - X[:, 0]), 10 + 40 * X[:, 1], 0.01 ** (1 - X[:, 2]), 10 + 40 * X[:, 3]]   # alike
        ca, va, cb, vb = X[:, :4].T   # (the other features uniform on [0, 1]): the mixture's pH (water's ion product
        excess = (ca * va - cb * vb) / (va + vb)   # 1e-14: [H+] - 1e-14 / [H+] the acid's excess, mol/L) below
        root = np.sqrt(excess**2 + 4e-14)   # ``acid`` (0), up to ``base`` (1) or above (2); [H+] = (excess + root) / 2,
        h = np.where(excess > 0, (excess + root) / 2, 2e-14 / (root - excess))   # the same as 2e-14 / (root - excess)
        y = (-np.log10(h) >= float(params["acid"])).astype(np.int64) + (-np.log10(h) > float(params["base"]))
        return X, _redraw_among(y, rng, 3, params)
    if loader == "bounce_count":   # a ball dropped from h uniform on [1, 10] m, its coefficient of restitution e
        k = int(params["classes"])   # uniform on [0.3, 0.9], a bar at b uniform on [0.1, 2] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): how many bounces rise
        X[:, :3] = X[:, :3] * [9.0, 0.6, 1.9] + [1.0, 0.3, 0.1]   # above the bar (the j-th to h e^(2j)), clipped to
        h, e, b = X[:, :3].T   # classes - 1
        bounces = (h[:, None] * e[:, None] ** (2 * np.arange(1, 40))[None] > b[:, None]).sum(axis=1)
        return X, _redraw_among(np.minimum(bounces, k - 1).astype(np.int64), rng, k, params)
    if loader == "thin_lens":   # an object at u uniform on [0.1, 4] from a thin lens of focal length f, |f| uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0.2, 2], diverging (f < 0) with
        X[:, 0] = 0.1 + 3.9 * X[:, 0]   # probability ``diverging`` (the other features uniform on [0, 1]): its image
        X[:, 1] = np.where(rng.random(n) < float(params["diverging"]), -1.0, 1.0) * (0.2 + 1.8 * X[:, 1])   # virtual
        u, f = X[:, 0], X[:, 1]   # and magnified (0), real and magnified (1), real and reduced (2) or virtual and
        image, scale = u * f / (u - f), np.abs(f / (f - u))   # reduced (3); 1 / u + 1 / v = 1 / f, magnified v / u
        y = np.where(image > 0, np.where(scale > 1, 1, 2), np.where(scale > 1, 0, 3)).astype(np.int64)
        return X, _redraw_among(y, rng, 4, params)
    if loader == "total_reflection":   # light from a medium of index n1 uniform on [1, 2.5] toward one of index n2
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [1, 2.5] at an angle uniform on
        X[:, :3] = X[:, :3] * [1.5, 1.5, np.pi / 2] + [1.0, 1.0, 0.0]   # [0, pi / 2] (the other features uniform on
        y = (X[:, 0] * np.sin(X[:, 2]) > X[:, 1]).astype(np.int64)   # [0, 1]): whether it is totally reflected (Snell)
        return X, _flip_binary(y, rng, params)
    if loader == "elastic_collision":   # two balls on a line, the first behind the second: masses uniform on [0.5, 5],
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # then velocities uniform on [-2, 2] (the
        X[:, :4] = X[:, :4] * [4.5, 4.5, 4.0, 4.0] + [0.5, 0.5, -2.0, -2.0]   # other features uniform on [0, 1]): no
        m1, m2, v1, v2 = X[:, :4].T   # collision (0: the first no faster), or after an elastic one the first moving
        after = ((m1 - m2) * v1 + 2 * m2 * v2) / (m1 + m2)   # back (1) or on (2)
        y = np.where(v1 <= v2, 0, np.where(after < 0, 1, 2)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "percolation":   # a ``side`` x ``side`` grid of sites, row by row, each open with probability ``p``:
        s = int(params["side"])   # whether open sites joined side by side lead from the top row to the bottom one
        X = (rng.random((n, s * s)) < float(params["p"])).astype(np.float64)
        sites = X.reshape(n, s, s) > 0
        reach = np.zeros_like(sites)
        reach[:, 0] = sites[:, 0]
        for _ in range(s * s):   # (a path visits at most every site)
            p = np.pad(reach, ((0, 0), (1, 1), (1, 1)))
            reach = sites & (reach | p[:, :-2, 1:-1] | p[:, 2:, 1:-1] | p[:, 1:-1, :-2] | p[:, 1:-1, 2:])
        return X, _flip_binary(reach[:, -1].any(axis=1).astype(np.int64), rng, params)
    if loader == "circuit_current":   # R1 in series with R2 and R3 in parallel, each uniform on [1, 10] ohm, across a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # battery of V uniform on [1, 12] volt (the
        X[:, :4] = X[:, :4] * [9.0, 9.0, 9.0, 11.0] + 1.0   # other features uniform on [0, 1]): the current through
        r1, r2, r3, v = X[:, :4].T   # R2 up to ``low`` (0), up to ``high`` (1) or above (2), in amperes
        current = v * r3 / (r1 * r2 + r1 * r3 + r2 * r3)
        y = (current > float(params["low"])).astype(np.int64) + (current > float(params["high"]))
        return X, _redraw_among(y, rng, 3, params)
    if loader == "electoral_split":   # ``districts`` districts, party A's vote share in each uniform on 1/2 -+
        m, w = int(params["districts"]), float(params["spread"])   # ``spread``, then each one's turnout uniform on
        share = rng.uniform(0.5 - w, 0.5 + w, size=(n, m))   # [0.2, 1]: A wins most districts and the popular vote
        turnout = rng.uniform(0.2, 1.0, size=(n, m))   # (0), B both (1), A the districts alone (2) or B the
        seats = (share > 0.5).sum(axis=1) > m / 2   # districts alone (3)
        popular = (share * turnout).sum(axis=1) > turnout.sum(axis=1) / 2
        return np.hstack([share, turnout]), np.select([seats & popular, ~seats & ~popular, seats], [0, 1, 2], 3)
    if loader == "block_stack":   # ``blocks`` blocks of width 1 stacked, each one's centre moved from the centre of
        m, k = int(params["blocks"]), int(params["classes"])   # the one below by an offset uniform on -+``shift``
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the offsets from the bottom up, then the
        X[:, : m - 1] = (2 * X[:, : m - 1] - 1) * float(params["shift"])   # other features uniform on [0, 1]): how many
        centre = np.c_[np.zeros(n), np.cumsum(X[:, : m - 1], axis=1)]   # blocks fall (all those above the lowest
        off = np.stack([np.abs(centre[:, j + 1 :].mean(axis=1) - centre[:, j]) > 0.5 for j in range(m - 1)], axis=1)
        lowest = np.where(off.any(axis=1), off.argmax(axis=1), m - 1)   # block their centre of mass is not over),
        return X, _redraw_among(np.minimum(m - 1 - lowest, k - 1).astype(np.int64), rng, k, params)   # clipped to k - 1
    if loader == "ice_water":   # ice of mass uniform on [0.1, 2] kg at a temperature uniform on [-80, 0] C put into
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # water of mass uniform on [0.1, 1] kg at
        X[:, :4] = X[:, :4] * [1.9, 80.0, 0.9, 80.0] + [0.1, -80.0, 0.1, 0.0]   # one uniform on [0, 80] C (the other
        mi, ti, mw, tw = X[:, :4].T   # features uniform on [0, 1]; no heat lost, c 2.1 and 4.2 kJ/kg/K, latent heat
        warm, cold = 4.2 * mw * tw, -2.1 * mi * ti   # 334 kJ/kg): all frozen (0), ice and water at 0 C (1) or all
        y = np.where(warm > cold + 334.0 * mi, 2, np.where(cold > warm + 334.0 * mw, 0, 1))   # liquid (2)
        return X, _redraw_among(y.astype(np.int64), rng, 3, params)
    if loader == "epidemic_size":   # an SIR epidemic, its infection rate b uniform on [0.1, 1], its recovery rate g
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.1, 0.5], the share
        X[:, :3] = X[:, :3] * [0.9, 0.4, 0.8] + [0.1, 0.1, 0.2]   # susceptible s uniform on [0.2, 1] (the other
        r0, s = X[:, 0] / X[:, 1], X[:, 2]   # features uniform on [0, 1]): the share ever infected z, the root of z =
        lo, hi = np.zeros(n), s.copy()   # s (1 - exp(-b z / g)) above 0 (0 if b s / g <= 1; bisection), up to ``low``
        for _ in range(60):   # (0), up to ``high`` (1) or above (2)
            mid = (lo + hi) / 2
            up = s * (1 - np.exp(-r0 * mid)) > mid
            lo, hi = np.where(up, mid, lo), np.where(up, hi, mid)
        z = np.where(r0 * s > 1, lo, 0.0)
        return X, ((z > float(params["low"])).astype(np.int64) + (z > float(params["high"])))
    if loader == "loan_payoff":   # a loan of P uniform on [10, 100] at a yearly rate r uniform on [0.01, 0.12], M
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.1, 1.5] paid each month
        X[:, :3] = X[:, :3] * [90.0, 0.11, 1.4] + [10.0, 0.01, 0.1]   # (interest r / 12 a month; the other features
        P, i, M = X[:, 0], X[:, 1] / 12, X[:, 2]   # uniform on [0, 1]): never paid off (0: M at most the interest),
        owed = [P * (1 + i) ** t - M * ((1 + i) ** t - 1) / i for t in (120, 240)]   # after 20 years (1), within 20
        y = np.select([M <= P * i, owed[1] > 0, owed[0] > 0], [0, 1, 2], 3)   # (2) or within 10 (3)
        return X, _redraw_among(y.astype(np.int64), rng, 4, params)
    if loader == "gamblers_ruin":   # a stake a (whole number 1 .. ``target`` - 1) bet 1 at a time at a win probability
        t, steps = int(params["target"]), int(params["steps"])   # p uniform on [0.4, 0.6] (the other features
        a, p = rng.integers(1, t, size=n), rng.uniform(0.4, 0.6, size=n)   # uniform on [0, 1]): whether a walk of
        X = np.c_[a, p, rng.uniform(0.0, 1.0, size=(n, int(params["n_features"]) - 2))]   # ``steps`` bets drawn per
        purse = a[:, None] + np.cumsum(np.where(rng.random((n, steps)) < p[:, None], 1, -1), axis=1)   # example
        rich, ruin = purse >= t, purse <= 0   # reaches ``target`` before 0 (0 if neither by then: noisy by nature)
        first = [np.where(e.any(axis=1), e.argmax(axis=1), steps) for e in (rich, ruin)]
        return X, (first[0] < first[1]).astype(np.int64)
    if loader == "colour_names":   # a colour's red, green and blue uniform on [0, 1] (the other features uniform on [0,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 1]): black (0: its brightest channel below
        r, g, b = X[:, :3].T   # ``dark``), grey (1: its channels within ``grey`` of each other), else its hue's sixth
        top, spread = X[:, :3].argmax(axis=1), np.ptp(X[:, :3], axis=1)   # centred on red (2), yellow, green, cyan,
        hue = np.select([top == 0, top == 1], [np.mod((g - b) / spread, 6), (b - r) / spread + 2], (r - g) / spread + 4)
        sixth = np.floor(np.mod(hue + 0.5, 6)).astype(np.int64)   # blue or magenta (7); hue in sixths of a turn
        y = np.select([X[:, :3].max(axis=1) < float(params["dark"]), spread < float(params["grey"])], [0, 1], 2 + sixth)
        return X, y.astype(np.int64)
    if loader == "balance_scale":   # a balance with two weights on each arm, each weight uniform on [1, 5] at a
        X = rng.uniform(0.0, 1.0, size=(n, 8))   # distance uniform on [0.5, 2.5] from the pivot (weight, distance:
        X[:, 0::2], X[:, 1::2] = 1 + 4 * X[:, 0::2], 0.5 + 2 * X[:, 1::2]   # the left arm's two, then the right's):
        turn = X[:, 0] * X[:, 1] + X[:, 2] * X[:, 3] - X[:, 4] * X[:, 5] - X[:, 6] * X[:, 7]   # the left arm down
        tol = float(params["tolerance"])   # (0: its moment more than ``tolerance`` the larger), level (1) or the
        y = np.where(turn > tol, 0, np.where(turn < -tol, 2, 1)).astype(np.int64)   # right arm down (2)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "yellow_light":   # a car at v uniform on [8, 25] m/s, d uniform on [5, 80] m before the stop line
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # when the light turns yellow for T uniform
        X[:, :4] = X[:, :4] * [17.0, 75.0, 2.5, 4.0] + [8.0, 5.0, 2.0, 3.0]   # on [2, 4.5] s, its brakes a
        v, d, t, a = X[:, :4].T   # uniform on [3, 7] m/s^2 (the other features uniform on [0, 1]): it can stop after
        stop = v * float(params["reaction"]) + v**2 / (2 * a) <= d   # ``reaction`` s and brake before the line,
        go = d <= v * t   # it can reach the line at its speed before red: both (0), stop only (1), go only (2) or
        y = np.select([stop & go, stop, go], [0, 1, 2], 3).astype(np.int64)   # neither (3: the dilemma zone)
        return X, _redraw_among(y, rng, 4, params)
    if loader == "bowling_score":   # ``frames`` frames of bowling and a fill frame for the last one's bonus: each
        k = int(params["frames"]) + 1   # frame's first roll uniform on 0..10 pins, its second on 0 .. the pins left
        first = rng.integers(0, 11, size=(n, k))   # (0 after a strike; the features frame by frame, first and
        second = np.floor(rng.random((n, k)) * (11 - first)).astype(np.int64)   # second roll): the score, a strike
        X = np.stack([first, second], axis=2).reshape(n, 2 * k).astype(np.float64)   # (10 at the first roll) adding
        a, b, ahead = first[:, :-1], second[:, :-1], np.c_[first, np.zeros(n, dtype=np.int64)]   # the next two rolls,
        after = np.where(first[:, 1:] == 10, ahead[:, 2:], second[:, 1:])   # a spare (10 in two) the next one (the
        score = a + b + np.where(a + b == 10, first[:, 1:], 0) + np.where(a == 10, after, 0)   # fill frame's rolls
        cuts = [int(params["low"]), int(params["high"])]   # count as bonus alone): under ``low`` (0), under
        return X, np.digitize(score.sum(axis=1), cuts).astype(np.int64)   # ``high`` (1) or more (2)
    if loader == "buoyancy":   # a body of mass uniform on [0.2, 5] kg and volume uniform on [1, 5] L in a liquid of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # density uniform on [0.7, 1.3] kg/L (the
        X[:, :3] = X[:, :3] * [4.8, 4.0, 0.6] + [0.2, 1.0, 0.7]   # other features uniform on [0, 1]): it floats
        share = X[:, 0] / (X[:, 1] * X[:, 2])   # more than half out (0), floats lower (1) or sinks (2); share: the
        y = (share >= 0.5).astype(np.int64) + (share >= 1.0)   # part under water of a floating body (Archimedes)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "coffee_cooling":   # a cup at T0 uniform on [70, 95] C in a room at Ta uniform on [15, 30] C, cooling
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # at k uniform on [0.02, 0.1] a minute, t
        X[:, :4] = X[:, :4] * [25.0, 15.0, 0.08, 60.0] + [70.0, 15.0, 0.02, 0.0]   # uniform on [0, 60] minutes
        t0, room, k, t = X[:, :4].T   # later (the other features uniform on [0, 1]; Newton: T = Ta + (T0 - Ta)
        temp = room + (t0 - room) * np.exp(-k * t)   # exp(-k t)): too hot (0: above ``hot``), drinkable (1) or too
        y = (temp <= float(params["hot"])).astype(np.int64) + (temp < float(params["cold"]))   # cold (2: below ``cold``)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "ladder_slip":   # a uniform ladder against a smooth wall at an angle uniform on [40, 80] degrees
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (radians) to the floor, the floor's
        X[:, :4] = X[:, :4] * [np.pi * 2 / 9, 0.5, 5.0, 1.0] + [np.pi * 2 / 9, 0.1, 0.0, 0.0]   # friction uniform on
        angle, mu, q, f = X[:, :4].T   # [0.1, 0.6], a climber q (uniform on [0, 5]) times the ladder's mass a share f
        y = ((0.5 + q * f) / np.tan(angle) > mu * (1 + q)).astype(np.int64)   # (uniform on [0, 1]) of the way up (the
        return X, _flip_binary(y, rng, params)   # other features uniform on [0, 1]): whether it slips (moments)
    if loader == "incline_pulley":   # a block of m1 uniform on [1, 5] kg on a slope of angle uniform on [0, 60]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # degrees (radians) tied over a pulley at
        X[:, :4] = X[:, :4] * [4.0, 4.8, np.pi / 3, 0.5] + [1.0, 0.2, 0.0, 0.0]   # the top to a hanging m2 uniform
        m1, m2, angle, mu = X[:, :4].T   # on [0.2, 5] kg, the friction mu uniform on [0, 0.5] (the other features
        pull, grip = m2 - m1 * np.sin(angle), mu * m1 * np.cos(angle)   # uniform on [0, 1]): the block slides down
        y = np.where(pull > grip, 2, np.where(-pull > grip, 0, 1)).astype(np.int64)   # (0), stays (1) or is pulled up
        return X, _redraw_among(y, rng, 3, params)   # (2)
    if loader == "tank_fill":   # an empty tank of height H uniform on [1, 3] filled at q uniform on [0.5, 3], drained
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # through a hole at c sqrt(h), c uniform on
        X[:, :3] = X[:, :3] * [2.0, 2.5, 1.3] + [1.0, 0.5, 0.2]   # [0.2, 1.5] (Torricelli; the other features uniform
        height, q, c = X[:, :3].T   # on [0, 1]): never overflowing (0: the level q^2 / c^2 it tends to at most H),
        s = c * np.sqrt(height) / q   # overflowing after ``time`` (1) or within it (2); the time to H is (2 q / c^2)
        full = np.full(n, np.inf)   # (-s - ln(1 - s)), s = c sqrt(H) / q
        full[s < 1] = 2 * q[s < 1] / c[s < 1] ** 2 * (-s[s < 1] - np.log1p(-s[s < 1]))
        y = np.where(np.isinf(full), 0, np.where(full > float(params["time"]), 1, 2)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "lift_trips":   # ``people`` people of mass uniform on [40, 110] kg queue for a lift of ``capacity``
        X = rng.uniform(40.0, 110.0, size=(n, int(params["people"])))   # kg that takes them in turn, each trip until
        trips, load = np.ones(n, dtype=np.int64), np.zeros(n)   # the next one does not fit: whether it takes more
        for j in range(X.shape[1]):   # than ``trips`` trips
            full = load + X[:, j] > float(params["capacity"])
            trips, load = trips + full, np.where(full, X[:, j], load + X[:, j])
        return X, _flip_binary((trips > int(params["trips"])).astype(np.int64), rng, params)
    if loader == "dart_score":   # a dart at (x, y) mm from a dartboard's centre, each normal of sd ``spread`` (drawn
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # after the other features, uniform on [0,
        X[:, :2] = rng.normal(0.0, float(params["spread"]), size=(n, 2))   # 1]): its score under ``low`` (0), under
        r = np.hypot(X[:, 0], X[:, 1])   # ``high`` (1) or more (2); the board: bull to 6.35 mm (50), outer bull
        clock = np.mod(90.0 - np.degrees(np.arctan2(X[:, 1], X[:, 0])) + 9.0, 360.0)   # to 15.9 (25), treble ring
        sector = np.array([20, 1, 18, 4, 13, 6, 10, 15, 2, 17, 3, 19, 7, 16, 8, 11, 14, 9, 12, 5])[   # 99-107, double
            np.floor(clock / 18.0).astype(np.int64)]   # 162-170, off the board past 170; 20 at the top, then clockwise
        score = np.select([r <= 6.35, r <= 15.9, (r > 99) & (r <= 107), (r > 162) & (r <= 170), r > 170],
                          [50, 25, 3 * sector, 2 * sector, 0], sector)
        return X, np.digitize(score, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "thermostat":   # ``readings`` temperatures: the first uniform on [16, 24] C, then a random walk of
        k = int(params["readings"])   # normal steps of sd 1.5; a heater, off at first, switched on below ``low`` and
        X = np.cumsum(np.c_[rng.uniform(16.0, 24.0, size=n), rng.normal(0.0, 1.5, size=(n, k - 1))], axis=1)   # off
        on = np.zeros(n, dtype=bool)   # above ``high`` (hysteresis): whether it is on after the last reading
        for j in range(k):
            on = (on | (X[:, j] < float(params["low"]))) & (X[:, j] <= float(params["high"]))
        return X, _flip_binary(on.astype(np.int64), rng, params)
    if loader == "river_crossing":   # a river of width uniform on [20, 100] m flowing at uniform on [0, 2] m/s, a boat
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # at uniform on [1, 4] m/s through the water
        X[:, :4] = X[:, :4] * [80.0, 2.0, 3.0, np.pi / 2] + [20.0, 0.0, 1.0, -np.pi / 4]   # headed uniform on -+45
        width, flow, speed, head = X[:, :4].T   # degrees (radians) upstream of straight across (the other features
        drift = (flow - speed * np.sin(head)) * width / (speed * np.cos(head))   # uniform on [0, 1]): it lands more
        dock = float(params["dock"])   # than ``dock`` m upstream of the dock straight across (0), within it (1) or
        y = np.where(drift < -dock, 0, np.where(drift > dock, 2, 1)).astype(np.int64)   # more downstream (2)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "snakes_ladders":   # ``rolls`` dice rolls on a board of ``squares`` squares from square 0: a move
        end, jump = int(params["squares"]), np.arange(int(params["squares"]) + 1)   # past the last one is lost, the
        jump[[3, 13, 22, 8, 18, 26]] = [12, 24, 29, 2, 6, 15]   # ladders 3-12, 13-24, 22-29, the snakes 8-2, 18-6,
        X = rng.integers(1, 7, size=(n, int(params["rolls"]))).astype(np.float64)   # 26-15: the square reached before
        where = np.zeros(n, dtype=np.int64)   # ``low`` (0), before ``high`` (1) or later (2)
        for j in range(X.shape[1]):
            step = where + X[:, j].astype(np.int64)
            where = np.where(step <= end, jump[np.minimum(step, end)], where)
        return X, np.digitize(where, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "daylight":   # a latitude uniform on -+66 degrees, a day of the year uniform on [0, 365) and an hour
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of local solar time uniform on [0, 24)
        X[:, :3] = X[:, :3] * [132.0, 365.0, 24.0] + [-66.0, 0.0, 0.0]   # (the other features uniform on [0, 1]):
        lat = np.radians(X[:, 0])   # whether the sun is up; its declination -23.44 cos(2 pi (day + 10) / 365)
        tilt = np.radians(-23.44) * np.cos(2 * np.pi * (X[:, 1] + 10) / 365)   # degrees, its hour angle 15 (hour -
        up = np.sin(lat) * np.sin(tilt) + np.cos(lat) * np.cos(tilt) * np.cos(np.radians(15 * (X[:, 2] - 12)))   # 12)
        return X, _flip_binary((up > 0).astype(np.int64), rng, params)
    if loader == "sandpile":   # a ``side`` x ``side`` sandpile (heights 0..3, row by row), its centre at 3, given a
        s = int(params["side"])   # grain there: how many topplings follow (a site of 4 or more gives a grain to each
        X = rng.integers(0, 4, size=(n, s * s)).astype(np.float64)   # side neighbour, those off the edge lost; the
        X[:, s * s // 2] = 3.0   # count is the same in any order), under ``low`` (0), under ``high`` (1) or more (2)
        h = X.reshape(n, s, s).astype(np.int64)
        h[:, s // 2, s // 2] += 1
        topples = np.zeros(n, dtype=np.int64)
        while (h >= 4).any():
            over = h >= 4
            p = np.pad(over, ((0, 0), (1, 1), (1, 1))).astype(np.int64)
            topples += over.sum(axis=(1, 2))
            h = h - 4 * over + p[:, :-2, 1:-1] + p[:, 2:, 1:-1] + p[:, 1:-1, :-2] + p[:, 1:-1, 2:]
        return X, np.digitize(topples, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "body_mass":   # a person's height uniform on [1.5, 2] m and mass uniform on [40, 120] kg (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the body mass
        X[:, :2] = X[:, :2] * [0.5, 80.0] + [1.5, 40.0]   # index, mass / height^2, under 18.5 (0: underweight), under
        y = np.digitize(X[:, 1] / X[:, 0] ** 2, [18.5, 25.0, 30.0]).astype(np.int64)   # 25 (1), under 30 (2) or more
        return X, _redraw_among(y, rng, 4, params)   # (3: obese)
    if loader == "wind_chill":   # the air at t uniform on [-30, 10] C, the wind at v uniform on [5, 60] km/h (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the wind chill
        X[:, :2] = X[:, :2] * [40.0, 55.0] + [-30.0, 5.0]   # 13.12 + 0.6215 t - 11.37 v^0.16 + 0.3965 t v^0.16 (the
        t, w = X[:, 0], X[:, 1] ** 0.16   # index of Canada and the US) above ``cold`` (0), down to ``frostbite`` (1) or
        chill = 13.12 + 0.6215 * t - 11.37 * w + 0.3965 * t * w   # below it (2: frostbite within half an hour)
        y = (chill <= float(params["cold"])).astype(np.int64) + (chill < float(params["frostbite"]))
        return X, _redraw_among(y, rng, 3, params)
    if loader == "domino_run":   # a row of ``dominoes`` dominoes of heights uniform on [2, 5] cm, then the gaps between
        k = int(params["dominoes"])   # them uniform on [0.5, 4] cm: the first one pushed, a falling one topples the
        X = rng.uniform(0.0, 1.0, size=(n, 2 * k - 1))   # next when the gap after it is less than its height; how many
        X[:, :k], X[:, k:] = 2 + 3 * X[:, :k], 0.5 + 3.5 * X[:, k:]   # fall, under ``low`` (0), under ``high`` (1) or
        fallen = 1 + np.cumprod(X[:, k:] < X[:, : k - 1], axis=1).sum(axis=1)   # more (2)
        return X, np.digitize(fallen, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "noise_level":   # ``sources`` machines, each of a sound power level uniform on [70, 100] dB at a
        k = int(params["sources"])   # distance uniform on [2, 50] m (level, distance: machine by machine), each heard
        X = rng.uniform(0.0, 1.0, size=(n, 2 * k))   # at its level - 20 log10(distance) - 11 dB (a point source in the
        X[:, 0::2], X[:, 1::2] = 70 + 30 * X[:, 0::2], 2 + 48 * X[:, 1::2]   # open): whether together, 10 log10 of the
        each = X[:, 0::2] - 20 * np.log10(X[:, 1::2]) - 11   # sum of their 10^(dB / 10), they are above ``limit`` dB
        total = 10 * np.log10((10 ** (each / 10)).sum(axis=1))
        return X, _flip_binary((total > float(params["limit"])).astype(np.int64), rng, params)
    if loader == "harbour_tide":   # the hours since high water uniform on [0, 12.42), the days since the spring tide
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 14.77) and a boat's draught
        X[:, :3] = X[:, :3] * [12.42, 14.77, 3.0] + [0.0, 0.0, 1.0]   # uniform on [1, 4] m (the other features uniform
        hours, days, draught = X[:, :3].T   # on [0, 1]); the sea (1.5 m of the moon's tide, 0.5 m of the sun's, in
        rise = (1.5 + 0.5 * np.cos(2 * np.pi * days / 14.77)) * np.cos(2 * np.pi * hours / 12.42)   # step at spring
        floats = float(params["depth"]) + rise > draught   # tide): whether the boat floats over a bar ``depth`` m
        return X, _flip_binary(floats.astype(np.int64), rng, params)   # deep at mean sea level
    if loader == "change_coins":   # a price of 0..9 euros and 0..99 cents paid with a note of 10, 20 or 50 euros
        X = np.c_[rng.integers(0, 10, size=n), rng.integers(0, 100, size=n),   # (euros, cents, note): how many notes
                  np.array([10, 20, 50])[rng.integers(0, 3, size=n)]].astype(np.float64)   # and coins the change takes,
        left = (100 * (X[:, 2] - X[:, 0]) - X[:, 1]).astype(np.int64)   # the largest first (20, 10 and 5 euro notes,
        pieces = np.zeros(n, dtype=np.int64)   # 2 and 1 euro, 50 .. 1 cent coins), under ``low`` (0), under ``high``
        for d in (2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1):   # (1) or more (2)
            pieces, left = pieces + left // d, left % d
        return X, np.digitize(pieces, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "heart_zone":   # a runner's age uniform on [20, 70], resting heart rate uniform on [45, 80] and heart
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # rate uniform on [80, 190] a minute (the
        X[:, :3] = X[:, :3] * [50.0, 35.0, 110.0] + [20.0, 45.0, 80.0]   # other features uniform on [0, 1]): the share
        age, rest, rate = X[:, :3].T   # of the heart rate reserve in use, (rate - rest) / (220 - age - rest)
        y = np.digitize((rate - rest) / (220 - age - rest), [0.5, 0.7, 0.85]).astype(np.int64)   # (Karvonen), under
        return X, _redraw_among(y, rng, 4, params)   # 0.5 (0), under 0.7 (1), under 0.85 (2) or more (3: the red zone)
    if loader == "bike_gear":   # a cyclist's cadence uniform on [50, 110] rpm, a chainring of 30..52 teeth, a cog of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 11..32 teeth, a wheel uniform on [0.5, 0.7]
        X[:, :4] = X[:, :4] * [60.0, 23.0, 22.0, 0.2] + [50.0, 30.0, 11.0, 0.5]   # m across (the other features
        X[:, 1:3] = np.floor(X[:, 1:3])   # uniform on [0, 1]): the speed, cadence x chainring / cog x pi x wheel, under
        cadence, ring, cog, wheel = X[:, :4].T   # ``slow`` km/h (0), under ``fast`` (1) or more (2)
        speed = cadence * ring / cog * np.pi * wheel * 60 / 1000
        y = np.digitize(speed, [float(params["slow"]), float(params["fast"])]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "pendulum_clock":   # a seconds pendulum (994 mm at 20 C) at a temperature uniform on [-10, 40] C, its
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # rod's expansion uniform on [1, 30] x 1e-6
        X[:, :3] = X[:, :3] * [50.0, 29.0, 1.0] + [-10.0, 1.0, -0.5]   # a degree (invar to zinc), its bob set off by
        temp, alpha, off = X[:, :3].T   # uniform on -+0.5 mm (the other features uniform on [0, 1]); its period grows
        length = (994 + off) * (1 + alpha * 1e-6 * (temp - 20))   # as the root of its length: the clock gains more
        late = 86400 * (np.sqrt(length / 994) - 1)   # than ``tolerance`` s a day (0), keeps time within it (1) or loses
        tol = float(params["tolerance"])   # more (2)
        y = np.where(late < -tol, 0, np.where(late > tol, 2, 1)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "exposure":   # a camera at f/1.4 .. f/16 (sqrt(2)^s, s 1..8), a shutter of 2^-u s (u uniform on [0,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 10]), ISO 100 x 2^i (i 0..6) and a scene's
        X[:, 0], X[:, 1] = 2 ** ((np.floor(8 * X[:, 0]) + 1) / 2), 2 ** (-10 * X[:, 1])   # light uniform on [0, 14]
        X[:, 2], X[:, 3] = 100 * 2 ** np.floor(7 * X[:, 2]), 14 * X[:, 3]   # EV at ISO 100 (the other features uniform
        f, shutter, iso, scene = X[:, :4].T   # on [0, 1]); the camera set for log2(f^2 / shutter) - log2(ISO / 100) EV:
        over = scene - (np.log2(f**2 / shutter) - np.log2(iso / 100))   # the photo underexposed (0) or overexposed (2)
        stops = float(params["stops"])   # by more than ``stops`` stops, or within them (1)
        return X, np.where(over < -stops, 0, np.where(over > stops, 2, 1)).astype(np.int64)
    if loader == "green_wave":   # a car at a speed uniform on [8, 17] m/s through ``lights`` traffic lights ``spacing``
        k, cycle = int(params["lights"]), float(params["cycle"])   # m apart (the first ``spacing`` m ahead), each green
        X = rng.uniform(0.0, 1.0, size=(n, k + 1))   # for ``green`` s of every ``cycle`` s from its offset, uniform on
        X[:, 0], X[:, 1:] = 8 + 9 * X[:, 0], cycle * X[:, 1:]   # [0, ``cycle``) s: at a red light it waits for the
        t, stops = np.zeros(n), np.zeros(n, dtype=np.int64)   # green, then drives on at once; the red lights it stops
        for j in range(k):   # at, under ``low`` (0), under ``high`` (1) or more (2)
            t = t + float(params["spacing"]) / X[:, 0]
            phase = np.mod(t - X[:, 1 + j], cycle)
            red = phase >= float(params["green"])
            stops, t = stops + red, np.where(red, t + cycle - phase, t)
        return X, np.digitize(stops, [int(params["low"]), int(params["high"])]).astype(np.int64)
    if loader == "parcel_size":   # a parcel's three sides, each log-uniform on [1, 100] cm (in no order), and its mass
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # log-uniform on [0.05, 25] kg (the other
        X[:, :3], X[:, 3] = 100 ** X[:, :3], 0.05 * 500 ** X[:, 3]   # features uniform on [0, 1]): the post's size, its
        side = -np.sort(-X[:, :3], axis=1)   # sides (longest first) and mass within the size's: a large letter (0: 35.3
        fits = [(side <= s).all(axis=1) & (X[:, 3] <= m)   # x 25 x 2.5 cm, 0.75 kg), a small parcel (1: 45 x 35 x 16,
                for s, m in (([35.3, 25.0, 2.5], 0.75), ([45.0, 35.0, 16.0], 2.0), ([61.0, 46.0, 46.0], 20.0))]   # 2),
        y = np.select(fits, [0, 1, 2], 3).astype(np.int64)   # a medium one (2: 61 x 46 x 46, 20) or larger (3)
        return X, _redraw_among(y, rng, 4, params)
    if loader == "tennis_game":   # ``points`` points of a tennis game, each the server's (1) with chance ``serve``,
        X = (rng.random((n, int(params["points"]))) < float(params["serve"])).astype(np.float64)   # else the receiver's
        won, lost = np.cumsum(X, axis=1), np.cumsum(1 - X, axis=1)   # (0): the game goes to the first to 4 points
        over = (np.maximum(won, lost) >= 4) & (np.abs(won - lost) >= 2)   # and 2 ahead (deuce, advantage); the
        at = np.argmax(over, axis=1)   # server's (0), the receiver's (1) or not over after the points (2)
        server = won[np.arange(n), at] > lost[np.arange(n), at]
        return X, np.where(over.any(axis=1), np.where(server, 0, 1), 2).astype(np.int64)
    if loader == "dew_frost":   # a clear night's air at t uniform on [-10, 25] C and relative humidity uniform on [50,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 100] %, a surface (a car's roof) cooled
        X[:, :3] = X[:, :3] * [35.0, 50.0, 10.0] + [-10.0, 50.0, 0.0]   # below it by uniform on [0, 10] C (the other
        t, rh, cool = X[:, :3].T   # features uniform on [0, 1]); the dew point (Magnus) 243.12 g / (17.62 - g), g =
        g = np.log(rh / 100) + 17.62 * t / (243.12 + t)   # ln(rh / 100) + 17.62 t / (243.12 + t): the surface dry
        surface, dew = t - cool, 243.12 * g / (17.62 - g)   # (0: above the dew point), wet with dew (1) or frosted
        y = np.where(surface > dew, 0, np.where(surface < 0, 2, 1)).astype(np.int64)   # (2: at most it and below 0 C)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "shelf_sag":   # a pine shelf (E = 10 GPa) of span uniform on [0.5, 1.5] m, thickness uniform on [10,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 25] mm and depth uniform on [0.15, 0.35] m
        X[:, :4] = X[:, :4] * [1.0, 15.0, 0.2, 50.0] + [0.5, 10.0, 0.15, 10.0]   # under books of uniform on [10, 60]
        span, thick, depth, load = X[:, :4].T   # kg a metre, resting on its two ends (the other features uniform on [0,
        stiff = 10e9 * depth * (thick / 1000) ** 3 / 12   # 1]): its sag 5 w L^4 / (384 E I), I = depth thick^3 / 12,
        sag = 5 * load * 9.81 * span**4 / (384 * stiff)   # under 1/360 of the span (0), under 1/180 (1) or more (2)
        y = np.digitize(sag / span, [1 / 360, 1 / 180]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "sunburn":   # a UV index uniform on [1, 11], a skin of Fitzpatrick type 1..6 (burning after 200,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 250, 300, 450, 600 or 1000 J/m^2 of
        X[:, 0], X[:, 1] = 1 + 10 * X[:, 0], 1 + np.floor(6 * X[:, 1])   # erythemal UV), a sunscreen of SPF 1, 4, 15
        X[:, 2] = np.array([1.0, 4.0, 15.0, 30.0])[np.floor(4 * X[:, 2]).astype(np.int64)]   # or 30 and 10..300
        X[:, 3] = 10 + 290 * X[:, 3]   # minutes outside (the other features uniform on [0, 1]): the dose, 0.025
        uvi, skin, spf, minutes = X[:, :4].T   # W/m^2 a UV index unit, through the sunscreen, against the skin's
        burn = np.array([200.0, 250.0, 300.0, 450.0, 600.0, 1000.0])[skin.astype(np.int64) - 1]   # burning dose:
        dose = uvi * 0.025 * 60 * minutes / spf / burn   # under a quarter (0: no redness), under one (1: pink) or
        return X, _redraw_among(np.digitize(dose, [0.25, 1.0]).astype(np.int64), rng, 3, params)   # more (2: burnt)
    if loader == "egg_boil":   # an egg of width uniform on [3.8, 4.8] cm from uniform on [4, 22] C (fridge to room)
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # into water boiling at 100 - altitude / 300
        X[:, :4] = X[:, :4] * [1.0, 18.0, 4000.0, 8.0] + [3.8, 4.0, 0.0, 3.0]   # C (an altitude uniform on [0, 4000]
        width, start, altitude, minutes = X[:, :4].T   # m) for uniform on [3, 11] minutes (the other features uniform
        water = 100 - altitude / 300   # on [0, 1]): the yolk's temperature by Williams's formula, water - 0.76 (water -
        yolk = water - 0.76 * (water - start) * np.exp(-minutes / (0.451 * width**2))   # start) exp(-t / (0.451 d^2)),
        y = np.digitize(yolk, [63.0, 70.0]).astype(np.int64)   # under 63 C (0: runny), under 70 (1: jammy) or more (2:
        return X, _redraw_among(y, rng, 3, params)   # hard)
    if loader == "point_of_sail":   # a true wind of uniform on [4, 24] knots from uniform on [0, 180] degrees off the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # bow, a boat making uniform on [0, 8] knots
        X[:, :3] = X[:, :3] * [20.0, 180.0, 8.0] + [4.0, 0.0, 0.0]   # (the other features uniform on [0, 1]): the
        tws, twa, bs = X[:, 0], np.radians(X[:, 1]), X[:, 2]   # apparent wind, the true wind plus the boat's own
        awa = np.degrees(np.arctan2(tws * np.sin(twa), tws * np.cos(twa) + bs))   # headwind, at under 35 degrees off
        return X, np.digitize(awa, [35.0, 60.0, 100.0, 150.0]).astype(np.int64)   # the bow (0: in irons), under 60
        # (1: close-hauled), under 100 (2: a beam reach), under 150 (3: a broad reach) or more (4: running)
    if loader == "rain_run":   # rain falling at uniform on [2, 9] m/s, blown along one's way at uniform on [-2, 8] m/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (negative: against), a walk of uniform on
        X[:, :5] = X[:, :5] * [10.0, 7.0, 1.0, 4.0, 0.4] + [-2.0, 2.0, 1.0, 3.0, 0.1]   # [1, 2] m/s, a run of uniform
        wind, fall, walk, run, top = X[:, :5].T   # on [3, 7] m/s, a body's top area uniform on [0.1, 0.5] of its front
        wet = [(fall * top + np.abs(v - wind)) / v for v in (walk, run)]   # (the other features uniform on [0, 1]):
        y = np.digitize(wet[1] / wet[0], [0.2, 0.5]).astype(np.int64)   # the rain caught on a way, (fall top + |v -
        return X, y   # wind|) / v, running against walking: under 1/5 (0), under 1/2 (1) or more (2: hardly worth it)
    if loader == "lake_ice":   # a lake under 1..60 days of frost at a mean uniform on [-25, -1] C under snow uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0, 30] cm (the other features uniform
        X[:, :3] = X[:, :3] * [60.0, 24.0, 30.0] + [1.0, -25.0, 0.0]   # on [0, 1]): its ice by Stefan's law, 2.7 / (1
        X[:, 0] = np.floor(X[:, 0])   # + snow / 20) cm a root of the frost's degree days (snow insulates), under 10 cm
        days, temp, snow = X[:, :3].T   # (0: stay off), under 20 (1: walk), under 30 (2: a snowmobile) or more (3: a
        ice = 2.7 / (1 + snow / 20) * np.sqrt(-days * temp)   # car)
        return X, _redraw_among(np.digitize(ice, [10.0, 20.0, 30.0]).astype(np.int64), rng, 4, params)
    if loader == "sleep_cycles":   # to bed at uniform on [21.5, 25) h, up at uniform on [5.5, 8.5) h the next morning,
        X = rng.uniform(0.0, 1.0, size=(n, 4)) * [3.5, 3.0, 40.0, 30.0] + [21.5, 5.5, 5.0, 80.0]   # asleep after
        bed, wake, onset, cycle = X.T   # uniform on [5, 45] minutes, in sleep cycles of uniform on [80, 110] minutes:
        full = np.floor(((wake + 24 - bed) * 60 - onset) / cycle)   # the full cycles slept, under ``low`` (0), each of
        return X, np.digitize(full, np.arange(int(params["low"]), int(params["high"]) + 1)).astype(np.int64)   # them
        # up to ``high`` - 1 (1, 2, ...) or ``high`` or more (the last)
    if loader == "thunder_storm":   # two counts from a flash to its thunder, each uniform on [2, 30] s, uniform on [1,
        X = rng.uniform(0.0, 1.0, size=(n, 4)) * [28.0, 28.0, 9.0, 40.0] + [2.0, 2.0, 1.0, -5.0]   # 10] minutes apart,
        first, second, minutes, temp = X.T   # in air at uniform on [-5, 35] C (sound at 331.3 + 0.606 C m/s): whether
        closing = (331.3 + 0.606 * temp) * (first - second) / (60 * minutes) * 3.6   # the storm comes nearer by more
        return X, _flip_binary((closing > float(params["speed"])).astype(np.int64), rng, params)   # than ``speed`` km/h
    if loader == "scuba_dive":   # a dive to uniform on [8, 40] m for uniform on [5, 80] minutes on a tank of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [10, 15] l at 200 bar, breathing uniform on
        X[:, :4] = X[:, :4] * [32.0, 75.0, 5.0, 13.0] + [8.0, 5.0, 10.0, 12.0]   # [12, 25] l a minute at the surface
        depth, minutes, tank, sac = X[:, :4].T   # (the other features uniform on [0, 1]): past the no-decompression
        limit = np.interp(depth, [10, 12, 14, 16, 18, 20, 22, 25, 30, 35, 40],   # limit (a recreational table's, 219
                          [219, 147, 98, 72, 56, 45, 37, 29, 20, 14, 9])   # minutes at 10 m to 9 at 40, interpolated:
        air = tank * (200 - float(params["reserve"])) / (sac * (1 + depth / 10))   # 2), else past the air down to a
        y = np.where(minutes > limit, 2, np.where(minutes > air, 1, 0)).astype(np.int64)   # ``reserve`` bar at the
        return X, _redraw_among(y, rng, 3, params)   # depth's pressure (1) or within both (0)
    if loader == "stair_step":   # a stair up a storey of uniform on [2.4, 3.6] m in 12..22 risers with treads (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # going) uniform on [0.20, 0.34] m (the other
        X[:, :3] = X[:, :3] * [1.2, 11.0, 0.14] + [2.4, 12.0, 0.20]   # features uniform on [0, 1]): by Blondel's
        X[:, 1] = np.floor(X[:, 1])   # rule, 2 risers + 1 going a stride of 0.60-0.65 m, too steep (1: a riser over
        rise, going = X[:, 0] / X[:, 1], X[:, 2]   # 0.19 m or a stride over 0.65), too shallow (2: a stride under
        stride = 2 * rise + going   # 0.60) or comfortable (0)
        y = np.where((rise > 0.19) | (stride > 0.65), 1, np.where(stride < 0.60, 2, 0)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "arch_bridge":   # a parabolic arch of span uniform on [6, 12] m and crown uniform on [3.5, 6] m, a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # lorry of width uniform on [2, 2.6] m and
        X[:, :5] = X[:, :5] * [6.0, 2.5, 0.6, 2.0, 1.5] + [6.0, 3.5, 2.0, 2.5, 0.0]   # height uniform on [2.5, 4.5] m
        span, crown, width, height, off = X[:, :5].T   # uniform on [0, 1.5] m off the centre line (the other
        edge = (2 * off + width) / span   # features uniform on [0, 1]): whether its outer top corner, at edge = (2 off
        room = crown * (1 - edge**2)   # + width) / span of the half span, is under the arch, crown (1 - edge^2), by
        fits = (edge < 1) & (height + float(params["clearance"]) <= room)   # ``clearance`` m
        return X, _flip_binary(fits.astype(np.int64), rng, params)
    if loader == "golf_putt":   # a straight putt from uniform on [1, 5] m, struck at uniform on [1, 4] m/s uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # -+2 degrees off the line to the hole, on a
        X[:, :4] = X[:, :4] * [4.0, 3.0, 4.0, 2.0] + [1.0, 1.0, -2.0, 2.0]   # green of Stimpmeter uniform on [2, 4] m
        dist, speed, aim, stimp = X[:, 0], X[:, 1], np.radians(X[:, 2]), X[:, 3]   # (a ball at 1.83 m/s rolls that
        slow = 1.83**2 / (2 * stimp)   # far: a deceleration of 1.83^2 / (2 stimp)) (the other features uniform on
        left = speed**2 - 2 * slow * dist * np.cos(aim)   # [0, 1]): the squared speed left level with the hole;
        holed = (dist * np.abs(np.sin(aim)) < 0.054) & (left <= 1.31**2)   # short (0: it stops before), holed (1:
        return X, np.where(left < 0, 0, np.where(holed, 1, 2)).astype(np.int64)   # passing within the hole's 5.4 cm
        # radius at 1.31 m/s or less) or missed past it (2)
    if loader == "reading_glasses":   # a reader aged uniform on [20, 75] with a refraction uniform on [-5, 3] dioptres
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (short-sighted below 0) reading at uniform on
        X[:, :3] = X[:, :3] * [55.0, 8.0, 0.25] + [20.0, -5.0, 0.25]   # [0.25, 0.5] m (the other features uniform on
        age, refraction, dist = X[:, :3].T   # [0, 1]): the focusing asked for, 1 / dist + refraction dioptres, against
        amplitude = np.maximum(18.5 - 0.3 * age, 0.5)   # half the eye's range (Hofstetter's mean, at least 0.5, for a
        need = 1 / dist + refraction   # sustained read): the page beyond the eye's far point (0: below 0), read unaided
        add = need - amplitude / 2   # (1), with reading glasses of up to +1.5 (2) or stronger (3)
        y = np.where(need < 0, 0, np.where(add <= 0, 1, np.where(add <= 1.5, 2, 3))).astype(np.int64)
        return X, _redraw_among(y, rng, 4, params)
    if loader == "ski_grade":   # a ski run of ``segments`` segments, each dropping uniform on [20, 150] m over
        k = int(params["segments"])   # uniform on [200, 600] m across the map (the drops, then the lengths): graded by
        X = rng.uniform(0.0, 1.0, size=(n, 2 * k))   # its steepest gradient, under 25% (0: green), under 40% (1:
        X[:, :k], X[:, k:] = 20 + 130 * X[:, :k], 200 + 400 * X[:, k:]   # blue), under 55% (2: red) or more (3: black)
        return X, np.digitize((X[:, :k] / X[:, k:]).max(axis=1), [0.25, 0.40, 0.55]).astype(np.int64)
    if loader == "clothing_size":   # a build b uniform on [0, 1] and a height uniform on [155, 195] cm: a chest of 82 +
        X = rng.uniform(0.0, 1.0, size=(n, 4))   # 44 b, a waist of 64 + 44 b and hips of 88 + 42 b cm, each plus normal
        build = X[:, 0].copy()   # noise of sd 4, 5 and 4 cm (chest, waist, hips, height): the size, XS to XXL (0..5),
        X[:, 0] = 82 + 44 * build + rng.normal(0.0, 4.0, size=n)   # the largest that any of the three needs (chests up
        X[:, 1] = 64 + 44 * build + rng.normal(0.0, 5.0, size=n)   # to 88, 96, 104, 112, 120 cm, waists to 72 .. 104,
        X[:, 2] = 88 + 42 * build + rng.normal(0.0, 4.0, size=n)   # hips to 94 .. 126, by 8), ``flip`` of the labels
        X[:, 3] = 155 + 40 * X[:, 3]   # redrawn
        need = [np.digitize(X[:, j], first + 8.0 * np.arange(5)) for j, first in enumerate((88.0, 72.0, 94.0))]
        return X, _redraw_among(np.maximum.reduce(need).astype(np.int64), rng, 6, params)
    if loader == "beaufort":   # an anemometer log-uniform on [2, 50] m up reading a mean wind uniform on [0, 18] m/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # over ground of roughness log-uniform on
        X[:, 0], X[:, 1], X[:, 2] = 2 * 25 ** X[:, 0], 18 * X[:, 1], 0.0002 * 5000 ** X[:, 2]   # [2e-4, 1] m (sea to
        z, v, z0 = X[:, :3].T   # town) (the other features uniform on [0, 1]): the wind at the standard 10 m by the
        b = np.round((v * np.log(10 / z0) / np.log(z / z0) / 0.836) ** (2 / 3))   # log law, v ln(10 / z0) / ln(z /
        return X, (np.clip(b, 1, 8) - 1).astype(np.int64)   # z0), on the Beaufort scale, (v10 / 0.836)^(2/3)
        # rounded: 1 or less (0: calm, light air), 2 .. 7 (1 .. 6) or 8 or more (7: a gale)
    if loader == "bread_rise":   # dough with yeast uniform on [0.5, 2.5]% of the flour proved at uniform on [18, 32] C
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # for uniform on [30, 180] minutes with salt
        X[:, :4] = X[:, :4] * [2.0, 14.0, 150.0, 1.5] + [0.5, 18.0, 30.0, 1.0]   # uniform on [1, 2.5]% (the other
        yeast, temp, minutes, salt = X[:, :4].T   # features uniform on [0, 1]): its volume 1 + r t, the yeast's rate r
        rate = 0.005 * yeast * 2 ** ((temp - 26) / 10) * (1.5 - 0.25 * salt)   # = 0.005 yeast 2^((T - 26) / 10) (1.5
        y = np.digitize(1 + rate * minutes, [1.6, 2.4]).astype(np.int64)   # - salt / 4) a minute (twice as fast each
        return X, _redraw_among(y, rng, 3, params)   # 10 C, salt slowing it): under 1.6 (0: under-proved), under 2.4
        # (1: proved) or more (2: over-proved)
    if loader == "paint_tins":   # a room of uniform on [2.5, 7.5] x [2, 5] m and uniform on [2.2, 3] m high with 0..4
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # doors and windows of 1.8 m^2 each, 1 or 2
        X[:, :6] = X[:, :6] * [5.0, 3.0, 0.8, 5.0, 2.0, 4.0] + [2.5, 2.0, 2.2, 0.0, 1.0, 8.0]   # coats of a paint
        X[:, 3], X[:, 4] = np.floor(X[:, 3]), np.floor(X[:, 4])   # covering uniform on [8, 12] m^2 a litre (the other
        length, width, height, openings, coats, cover = X[:, :6].T   # features uniform on [0, 1]): the litres for the
        litres = (2 * (length + width) * height - 1.8 * openings) * coats / cover   # walls, in tins of ``tin``
        tins = np.ceil(litres / float(params["tin"]))   # litres: 1 (0), 2, ..., 5 or 6 or more (5)
        return X, (np.clip(tins, 1, 6) - 1).astype(np.int64)
    if loader == "shower_mix":   # hot water at uniform on [45, 70] C and cold at uniform on [5, 20] C, each tap running
        X = rng.uniform(0.0, 1.0, size=(n, 4)) * [25.0, 15.0, 8.0, 8.0] + [45.0, 5.0, 1.0, 1.0]   # uniform on [1, 9]
        hot, cold, hot_flow, cold_flow = X.T   # l/min (hot, cold, their flows): the mixed water's temperature, the
        mix = (hot_flow * hot + cold_flow * cold) / (hot_flow + cold_flow)   # flows' weighted mean, under 33 C (0:
        y = np.digitize(mix, [33.0, 40.0, float(params["scald"])]).astype(np.int64)   # cold), under 40 (1: warm),
        return X, _redraw_among(y, rng, 4, params)   # under ``scald`` (2: hot) or more (3: scalding)
    if loader == "laundry_dry":   # washing on the line at uniform on [5, 30] C and [30, 95]% humidity in a wind of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 8] m/s for uniform on [1, 8]
        X[:, :5] = X[:, :5] * [25.0, 65.0, 8.0, 7.0, 0.6] + [5.0, 30.0, 0.0, 1.0, 0.2]   # hours, holding uniform on
        temp, humidity, wind, hours, water = X[:, :5].T   # [0.2, 0.8] kg of water a m^2 (the other features uniform
        sat = 610.94 * np.exp(17.625 * temp / (temp + 243.04))   # on [0, 1]): the vapour's saturation pressure (Pa,
        ratio = [0.622 * p / (101325 - p) for p in (sat, humidity / 100 * sat)]   # Magnus), the air's humidity ratio
        rate = (25 + 19 * wind) * (ratio[0] - ratio[1]) / 4   # saturated and as it is, the evaporation a quarter of
        y = np.digitize(rate * hours / water, [0.7, 1.0]).astype(np.int64)   # open water's (25 + 19 v) (x_s - x)
        return X, y   # kg/m^2/h: the water gone under 70% (0: wet), under all of it (1: damp) or all (2: dry)
    if loader == "tea_steep":   # uniform on [1, 4] g of tea steeped in water at uniform on [70, 100] C for uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [1, 8] minutes (temperature, minutes, grams;
        X[:, :3] = X[:, :3] * [30.0, 7.0, 3.0] + [70.0, 1.0, 1.0]   # the other features uniform on [0, 1]): the
        temp, minutes, grams = X[:, :3].T   # flavour drawn, g (1 - exp(-0.5 t 2^((T - 90) / 10))), and the tannins, g
        strength = grams * (1 - np.exp(-0.5 * minutes * 2 ** ((temp - 90) / 10)))   # t exp((T - 100) / 15): bitter
        tannin = grams * minutes * np.exp((temp - 100) / 15)   # (2: tannins over 8), else weak (0: flavour under 1.2)
        y = np.where(tannin > 8, 2, np.where(strength < 1.2, 0, 1)).astype(np.int64)   # or good (1)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "parallel_park":   # a car uniform on [3.5, 5.2] m long and [1.6, 2] m wide turning on a circle of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # radius uniform on [4.8, 6.2] m, a kerbside
        X[:, :4] = X[:, :4] * [1.7, 0.4, 1.4, 4.0] + [3.5, 1.6, 4.8, 4.5]   # gap uniform on [4.5, 8.5] m (the other
        length, width, radius, gap = X[:, :4].T   # features uniform on [0, 1]): in at one go (0: the gap longer than
        swing = np.sqrt(radius * width - width**2 / 4)   # the car by half the reach, sqrt(R w - w^2 / 4), of one of
        one_go = gap >= length + swing / 2   # the S-bend's two arcs that move it its width sideways), in with
        shuffles = gap >= length + float(params["shuffle"])   # shuffles (1: longer by ``shuffle`` m) or not at all (2)
        return X, np.where(one_go, 0, np.where(shuffles, 1, 2)).astype(np.int64)
    if loader == "pipe_corner":   # a pipe uniform on [2, 6] m long carried from a corridor uniform on [0.8, 1.6] m wide
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # round a right-angled corner into one of
        X[:, :4] = X[:, :4] * [0.8, 0.8, 0.5, 4.0] + [0.8, 0.8, 2.3, 2.0]   # uniform on [0.8, 1.6] m under a ceiling
        first, second, ceiling, pipe = X[:, :4].T   # uniform on [2.3, 2.8] m (the other features uniform on [0, 1]):
        flat = (first ** (2 / 3) + second ** (2 / 3)) ** 1.5   # level (0: no longer than (a^(2/3) + b^(2/3))^(3/2),
        tilted = np.hypot(flat, ceiling)   # the longest rod round the corner), tilted up to the ceiling (1: no longer
        y = np.where(pipe <= flat, 0, np.where(pipe <= tilted, 1, 2)).astype(np.int64)   # than the hypotenuse of that
        return X, _redraw_among(y, rng, 3, params)   # and the ceiling) or not at all (2)
    if loader == "fuel_range":   # a tank of uniform on [35, 70] l uniform on [0.1, 1] full, a motorway speed uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [80, 140] km/h, uniform on [100, 600] km to
        X[:, :5] = X[:, :5] * [35.0, 0.9, 60.0, 500.0, 3.5] + [35.0, 0.1, 80.0, 100.0, 4.5]   # go, a car using
        tank, full, speed, km, use90 = X[:, :5].T   # uniform on [4.5, 8] l/100 km at 90 km/h (the other features
        use = use90 * (0.6 + 0.4 * (speed / 90) ** 2)   # uniform on [0, 1]), 0.6 of it rolling and 0.4 drag growing as
        reach = 100 * tank * full / use   # the speed squared: there with ``spare`` km left (0), there on the reserve
        spare = float(params["spare"])   # (1) or dry on the way (2)
        y = np.where(reach >= km + spare, 0, np.where(reach >= km, 1, 2)).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "wifi_bars":   # a laptop log-uniform on [1, 40] m from a router behind 0..4 walls on the 2.4 or the 5
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # GHz band (0, 1) sending uniform on [15, 23]
        X[:, 0], X[:, 3] = 40 ** X[:, 0], 15 + 8 * X[:, 3]   # dBm (the other features uniform on [0, 1]): the signal,
        X[:, 1], X[:, 2] = np.floor(5 * X[:, 1]), np.floor(2 * X[:, 2])   # the power less the indoor path loss, 20
        dist, walls, band, power = X[:, :4].T   # log10(f MHz) + 30 log10(d) - 28 (ITU's), and 4 dB a wall at 2.4 GHz
        mhz, wall = np.where(band == 1, 5200.0, 2437.0), np.where(band == 1, 6.0, 4.0)   # or 6 at 5 GHz, in bars:
        rssi = power - (20 * np.log10(mhz) + 30 * np.log10(dist) - 28) - walls * wall   # under -80 dBm (0), -72,
        return X, np.digitize(rssi, [-80.0, -72.0, -65.0, -55.0]).astype(np.int64)   # -65, -55 (3) or more (4)
    if loader == "marathon_finish":   # a runner of 10 km in uniform on [34, 70] minutes training uniform on [10, 80]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # km a week, a longest run uniform on [10, 35]
        X[:, :3] = X[:, :3] * [36.0, 70.0, 25.0] + [34.0, 10.0, 10.0]   # km (the other features uniform on [0, 1]):
        tenk, weekly, longest = X[:, :3].T   # the marathon by Riegel's formula, t (42.195 / 10)^1.06, slower by up to
        riegel = tenk * (42.195 / 10) ** 1.06 * (1 + 0.1 * np.maximum(0.0, (60 - weekly) / 50))   # 10% for under 60
        minutes = riegel + 1.5 * np.maximum(0.0, 28 - longest)   # km a week and 1.5 minutes a km of longest run under
        return X, np.digitize(minutes, [180.0, 240.0, 300.0]).astype(np.int64)   # 28 (the wall): under 3 h (0), 4, 5
        # or more (3)
    if loader == "tyre_pressure":   # a tyre filled to uniform on [1.8, 2.8] bar (gauge) at uniform on [0, 30] C,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 26] weeks ago, now at [-10,
        X[:, :4] = X[:, :4] * [1.0, 30.0, 26.0, 45.0] + [1.8, 0.0, 0.0, -10.0]   # 35] C (the other features uniform
        filled, then, weeks, now = X[:, :4].T   # on [0, 1]): its pressure now, the absolute pressure as the absolute
        bar = (filled + 1.013) * (now + 273.15) / (then + 273.15) - 1.013 - 0.025 * weeks   # temperature (the gas
        y = np.digitize(bar - float(params["target"]), [-0.5, -0.2, 0.2]).astype(np.int64)   # law) less a leak of
        return X, _redraw_among(y, rng, 4, params)   # 0.025 bar a week, against ``target``: over 0.5 under (0: unsafe),
        # over 0.2 under (1: low), within 0.2 (2: right) or over 0.2 over (3: high)
    if loader == "picture_wire":   # a picture of uniform on [1, 15] kg hung at its middle from a wire between two rings
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.3, 1] m apart, the wire
        X[:, :4] = X[:, :4] * [14.0, 0.7, 0.39, 170.0] + [1.0, 0.3, 0.01, 30.0]   # longer by a share uniform on [0.01,
        mass, span, slack, rating = X[:, :4].T   # 0.4], rated for uniform on [30, 200] N (the other features uniform on
        sin = np.sqrt(1 - 1 / (1 + slack) ** 2)   # [0, 1]): each half's tension m g / (2 sin a), the angle's sine from
        held = mass * 9.81 / (2 * sin) <= rating   # the slack alone (the span cancels): whether the wire holds,
        return X, _flip_binary(held.astype(np.int64), rng, params)   # ``flip`` of the labels at random
    if loader == "phone_battery":   # a phone's battery of uniform on [2500, 5000] mAh at uniform on [0.7, 1] of its
        X = rng.uniform(0.0, 1.0, size=(n, 5)) * [2500.0, 0.3, 7.0, 0.8, 8.0] + [2500.0, 0.7, 1.0, 0.2, 8.0]   # health,
        capacity, health, screen, brightness, standby = X.T   # uniform on [1, 8] hours of screen at a brightness
        used = screen * (250 + 300 * brightness) + 20 * standby   # uniform on [0.2, 1] (250 + 300 b mA) and uniform on
        left = 1 - used / (capacity * health)   # [8, 16] hours of standby (20 mA): the charge left at night, none (0:
        return X, np.digitize(left, [0.0, 0.2, 0.5]).astype(np.int64)   # flat), under 20% (1), under 50% (2) or more
    if loader == "hill_walk":   # a walk of uniform on [5, 25] km climbing uniform on [0, 1500] m at uniform on [3.5,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 5.5] km/h on the flat, set off at uniform on
        X[:, :5] = X[:, :5] * [20.0, 1500.0, 2.0, 6.0, 5.0] + [5.0, 0.0, 3.5, 8.0, 16.0]   # [8, 14] h with the sun
        km, ascent, pace, start, sunset = X[:, :5].T   # setting at uniform on [16, 21] h (the other features uniform on
        back = start + (km / pace + ascent / 600) * 7 / 6   # [0, 1]): Naismith's rule, an hour each 600 m up, plus 10
        y = np.where(back <= sunset - 1, 0, np.where(back <= sunset, 1, 2)).astype(np.int64)   # minutes' rest an
        return X, _redraw_among(y, rng, 3, params)   # hour: back an hour before sunset (0), before it (1) or after it
        # (2: in the dark)
    if loader == "quake_felt":   # an earthquake of magnitude uniform on [3, 8] at a distance log-uniform on [5, 500] km
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # and a depth uniform on [5, 60] km, felt on
        X[:, 0], X[:, 1], X[:, 2] = 3 + 5 * X[:, 0], 5 * 100 ** X[:, 1], 5 + 55 * X[:, 2]   # rock or soft ground (0,
        X[:, 3] = np.floor(2 * X[:, 3])   # 1) (the other features uniform on [0, 1]): the intensity, 1.5 M - 3
        mag, dist, depth, soft = X[:, :4].T   # log10(the hypocentre's distance) + 3, half a degree more on soft ground,
        mmi = 1.5 * mag - 3.0 * np.log10(np.hypot(dist, depth)) + 3.0 + 0.5 * soft   # rounded: I or less (0: not
        return X, (np.clip(np.round(mmi), 1, 8) - 1).astype(np.int64)   # felt), II .. VII (1 .. 6) or VIII or more (7)
    if loader == "kettle_boil":   # uniform on [0.3, 1.7] l of water at uniform on [5, 25] C in a kettle of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [1.5, 3] kW at an altitude uniform on [0,
        X[:, :4] = X[:, :4] * [1.4, 20.0, 1.5, 3000.0] + [0.3, 5.0, 1.5, 0.0]   # 3000] m (the other features
        litres, temp, kw, altitude = X[:, :4].T   # uniform on [0, 1]): the water boiling at 100 C less 1 C each 300
        boil = 100 - altitude / 300   # m, heated by ``efficiency`` of the power: 4186 J a litre and a degree, the
        seconds = 4186 * litres * (boil - temp) / (float(params["efficiency"]) * 1000 * kw)   # minutes under 2
        return X, np.digitize(seconds / 60, [2.0, 3.0, 4.0]).astype(np.int64)   # (0), 3, 4 (2) or more (3)
    if loader == "roof_snow":   # snow uniform on [0.1, 1.5] m deep of a density uniform on [100, 500] kg/m^3 (fresh
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # to wet) on a roof of a pitch uniform on
        X[:, :4] = X[:, :4] * [1.4, 400.0, 60.0, 2.0] + [0.1, 100.0, 0.0, 1.0]   # [0, 60] degrees rated for uniform
        depth, density, pitch, rating = X[:, :4].T   # on [1, 3] kN/m^2 (the other features uniform on [0, 1]): the
        shape = np.where(pitch <= 30, 0.8, 0.8 * (60 - pitch) / 30)   # load, Eurocode's shape coefficient (0.8 to 30
        load = shape * density * depth * 9.81 / 1000   # degrees, falling to 0 at 60) times the snow's weight, under
        y = np.digitize(load / rating, [0.5, 1.0]).astype(np.int64)   # half the rating (0: safe), under it (1: clear
        return X, _redraw_among(y, rng, 3, params)   # it) or over (2: at risk)
    if loader == "candle_burn":   # a candle uniform on [2, 8] cm wide and [5, 20] cm high burning uniform on [4, 10] g
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of wax an hour (the other features
        X[:, :3] = X[:, :3] * [6.0, 15.0, 6.0] + [2.0, 5.0, 4.0]   # uniform on [0, 1]): its wax, 0.9 g/cm^3 of a
        diameter, height, rate = X[:, :3].T   # cylinder, over the rate: the hours it burns, under 10 (0), under 40
        hours = 0.9 * np.pi * (diameter / 2) ** 2 * height / rate   # (1) or more (2)
        return X, np.digitize(hours, [10.0, 40.0]).astype(np.int64)
    if loader == "pot_plant":   # a pot of uniform on [1, 20] l of soil watered uniform on [0, 14] days ago, the plant
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # drinking uniform on [0.05, 0.5] l a day at
        X[:, :4] = X[:, :4] * [19.0, 14.0, 0.45, 25.0] + [1.0, 0.0, 0.05, 10.0]   # 20 C, twice as much each 10 C
        litres, days, use, temp = X[:, :4].T   # more, at uniform on [10, 35] C (the other features uniform on [0, 1]):
        left = 1 - days * use * 2 ** ((temp - 20) / 10) / (0.3 * litres)   # the share left of the water the soil
        return X, np.digitize(left, [0.0, 0.3, 0.7]).astype(np.int64)   # held (0.3 of its volume), none (0: wilted),
        # under 30% (1: thirsty), under 70% (2: fine) or more (3: moist)
    if loader == "balloon_lift":   # 1..20 helium balloons uniform on [0.2, 0.4] m across holding a payload uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [5, 150] g (strings included) in air at
        X[:, 0], X[:, 1:4] = 1 + np.floor(20 * X[:, 0]), X[:, 1:4] * [0.2, 145.0, 35.0] + [0.2, 5.0, 0.0]   # uniform
        count, diameter, payload, temp = X[:, :4].T   # on [0, 35] C (the other features uniform on [0, 1]): each
        kelvin = temp + 273.15   # balloon lifts its volume times the air's less the helium's density (the gas law at
        gas = 101325 / kelvin * (1 / 287.05 - 1 / 2077.1) * 1000   # 101325 Pa, g/m^3) less its rubber, 11 g/m^2 of
        spare = count * (np.pi / 6 * diameter**3 * gas - 11 * np.pi * diameter**2) - payload   # its surface: the
        y = np.digitize(spare, [0.0, float(params["spare"])]).astype(np.int64)   # bunch sinks (0), rises with under
        return X, _redraw_among(y, rng, 3, params)   # ``spare`` g to spare (1) or rises (2)
    if loader == "sledge_run":   # a slope of uniform on [5, 30] degrees and [10, 60] m, the runners' friction uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0.03, 0.3] (ice to wet snow; the other
        X[:, :3] = X[:, :3] * [25.0, 50.0, 0.27] + [5.0, 10.0, 0.03]   # features uniform on [0, 1]): the sledge
        angle, length, friction = X[:, :3].T   # stays when friction holds it (0: tan a <= mu), else its speed at the
        pull = np.sin(np.radians(angle)) - friction * np.cos(np.radians(angle))   # bottom, sqrt(2 g L (sin a - mu
        kmh = 3.6 * np.sqrt(2 * 9.81 * length * np.maximum(pull, 0.0))   # cos a)), under 20 km/h (1), 40 (2) or more
        return X, np.where(pull <= 0, 0, 1 + np.digitize(kmh, [20.0, 40.0])).astype(np.int64)   # (3)
    if loader == "picnic_food":   # food out of the fridge for uniform on [0.5, 8] hours at uniform on [15, 40] C with
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 10^b bacteria a gram at first, b uniform
        X[:, :3] = X[:, :3] * [7.5, 25.0, 3.0] + [0.5, 15.0, 2.0]   # on [2, 5] (the other features uniform on [0,
        hours, temp, start = X[:, :3].T   # 1]): after an hour's lag they grow at Ratkowsky's rate (0.0451 (T - 5))^2
        rate = (0.0451 * np.maximum(temp - 5, 0.0)) ** 2   # an hour (natural log; doubling in 20 minutes at 37 C): the
        count = start + np.maximum(hours - 1, 0.0) * rate / np.log(10)   # count's log10 under 5 (0: safe), under 6
        y = np.digitize(count, [5.0, 6.0]).astype(np.int64)   # (1: risky) or more (2: unsafe)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "kite_fly":   # a wind of uniform on [1, 12] m/s on a kite of uniform on [0.3, 2] m^2 and [0.1, 0.8] kg
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # with a lift coefficient uniform on [0.5,
        X[:, :4] = X[:, :4] * [11.0, 1.7, 0.7, 0.5] + [1.0, 0.3, 0.1, 0.5]   # 1] (the other features uniform on [0,
        wind, area, mass, lift = X[:, :4].T   # 1]): whether the lift, rho v^2 A C / 2 (air of 1.225 kg/m^3), holds
        flies = 0.5 * 1.225 * wind**2 * area * lift >= 2 * mass * 9.81   # twice its weight (it and the line's pull)
        return X, _flip_binary(flies.astype(np.int64), rng, params)   # ``flip`` of the labels at random
    if loader == "toast_brown":   # bread uniform on [1, 2.5] cm thick, frozen or not (1, 0), in a toaster of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [600, 1200] W at a setting 1..6 (40 s
        X[:, 0], X[:, 2] = 1 + np.floor(6 * X[:, 0]), np.floor(2 * X[:, 2])   # each; setting, thickness, frozen,
        X[:, 1], X[:, 3] = 1 + 1.5 * X[:, 1], 600 + 600 * X[:, 3]   # power; the other features uniform on [0, 1]):
        setting, thick, frozen, watts = X[:, :4].T   # the kJ of the toasting, less 25 to thaw a frozen slice, over the
        dose = (watts * 40 * setting / 1000 - 25 * frozen) / np.sqrt(thick / 1.5)   # root of its thickness against
        y = np.digitize(dose, [60.0, 110.0, 160.0]).astype(np.int64)   # 1.5 cm (a thick slice stays moist): under 60
        return X, _redraw_among(y, rng, 4, params)   # (0: pale), under 110 (1: golden), under 160 (2: dark) or more
        # (3: burnt)
    if loader == "fire_exit":   # 20..400 people leaving by doors of uniform on [0.8, 4] m in all, the farthest uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [10, 60] m away, walking at uniform on
        X[:, 0], X[:, 1:4] = 20 + np.floor(381 * X[:, 0]), X[:, 1:4] * [3.2, 50.0, 0.6] + [0.8, 10.0, 0.8]   # [0.8,
        people, width, walk, speed = X[:, :4].T   # 1.4] m/s (the other features uniform on [0, 1]): the last one's
        seconds = walk / speed + people / (1.3 * width)   # walk plus the queue through the doors at 1.3 people a
        return X, np.digitize(seconds / 60, [2.0, 4.0]).astype(np.int64)   # second a metre: everyone out in under
        # 2 minutes (0), under 4 (1) or more (2)
    if loader == "bath_overflow":   # a bath of uniform on [1.4, 1.8] x [0.6, 0.8] m with its overflow uniform on [0.3,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 0.4] m up, filled uniform on [0.1, 0.35] m
        X[:, :5] = X[:, :5] * [0.4, 0.2, 0.1, 0.25, 100.0] + [1.4, 0.6, 0.3, 0.1, 20.0]   # deep, a bather of uniform
        length, width, overflow, depth, mass = X[:, :5].T   # on [20, 120] kg (the other features uniform on [0, 1]):
        level = depth + 0.85 * mass / 1000 / (length * width)   # the water raised by 85% of a body of 1 kg a litre
        y = np.digitize(level - overflow, [-0.05, 0.0]).astype(np.int64)   # (Archimedes, straight sides): over 5 cm
        return X, _redraw_among(y, rng, 3, params)   # under the overflow (0: fine), under it (1: near) or over (2)
    if loader == "solar_roof":   # solar panels of uniform on [1, 8] kW peak in uniform on [1, 6] peak sun hours a day,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # facing uniform on [0, 180] degrees from
        X[:, :5] = X[:, :5] * [7.0, 5.0, 180.0, 0.5, 20.0] + [1.0, 1.0, 0.0, 0.0, 5.0]   # south, uniform on [0, 0.5]
        kw, sun, facing, shade, use = X[:, :5].T   # shaded, a household using uniform on [5, 25] kWh a day (the other
        made = kw * sun * 0.8 * (1 - 0.4 * (facing / 180) ** 2) * (1 - shade)   # features uniform on [0, 1]): 80% of
        return X, np.digitize(made / use, [0.5, 1.0]).astype(np.int64)   # peak kWh made, 40% less facing north, the
        # share of the use made, under half (0), under all (1) or more (2)
    if loader == "wind_turbine":   # a wind uniform on [0, 20] m/s at 10 m, a hub uniform on [10, 40] m up, the wind's
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # shear exponent uniform on [0.1, 0.3] (sea
        X[:, :4] = X[:, :4] * [20.0, 30.0, 0.2, 8.0] + [0.0, 10.0, 0.1, 2.0]   # to town) and a rotor uniform on [2,
        v10, hub, shear, rotor = X[:, :4].T   # 10] m across (the other features uniform on [0, 1]): the wind at the
        v = v10 * (hub / 10) ** shear   # hub by the power law; off below 3 m/s or from 25 (0), else the power as v^3 up
        share = np.minimum(v, 12.0) ** 3 / 12.0**3   # to its rated speed of 12 m/s (the rotor cancels): under a
        y = np.where((v < 3) | (v >= 25), 0, 1 + np.digitize(share, [0.25, 1.0]))   # quarter of the rated power (1),
        return X, y.astype(np.int64)   # under it (2) or at it (3)
    if loader == "cool_box":   # uniform on [2, 10] kg of ice in a cool box losing uniform on [0.2, 1.2] W a degree in
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # air at uniform on [15, 35] C for uniform on
        X[:, :4] = X[:, :4] * [8.0, 1.0, 20.0, 42.0] + [2.0, 0.2, 15.0, 6.0]   # [6, 48] hours (the other features
        ice, loss, temp, hours = X[:, :4].T   # uniform on [0, 1]): the heat in, loss (T - 0) 3600 hours J, melting 1
        left = 1 - loss * temp * 3600 * hours / 334000 / ice   # kg each 334 kJ: the share of the ice left, none (0),
        y = np.digitize(left, [0.0, 0.5]).astype(np.int64)   # under half (1) or more (2)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "guitar_string":   # a string uniform on [0.58, 0.62] m long at a tension uniform on [64, 76] N,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.95, 1.05] g a metre (the
        X[:, :3] = X[:, :3] * [0.04, 12.0, 0.1] + [0.58, 64.0, 0.95]   # other features uniform on [0, 1]): its pitch,
        length, tension, grams = X[:, :3].T   # Mersenne's sqrt(T / mu) / (2 L), in cents against ``target`` Hz,
        cents = 1200 * np.log2(np.sqrt(tension / (grams / 1000)) / (2 * length) / float(params["target"]))   # over 50
        return X, np.digitize(cents, [-50.0, -10.0, 10.0, 50.0]).astype(np.int64)   # flat (0), over 10 (1), within
        # 10 (2: in tune), under 50 sharp (3) or more (4)
    if loader == "bike_brake":   # a bike at uniform on [10, 40] km/h, a rider reacting in uniform on [0.5, 2] s, tyres
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # gripping at uniform on [0.2, 0.8] (wet to
        X[:, :4] = X[:, :4] * [30.0, 1.5, 0.6, 35.0] + [10.0, 0.5, 0.2, 5.0]   # dry) and an obstacle uniform on [5,
        kmh, react, grip, gap = X[:, :4].T   # 40] m ahead (the other features uniform on [0, 1]): the stopping
        v = kmh / 3.6   # distance, the reaction's v t and the braking's v^2 / (2 g mu), over 5 m short of the
        stop = v * react + v**2 / (2 * 9.81 * grip)   # obstacle (0: safe), short of it (1: close) or not (2: hits)
        y = np.digitize(stop - gap, [-5.0, 0.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "ice_cream_melt":   # a scoop of uniform on [50, 150] g of ice cream at -5 C in air at uniform on [15,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 40] C for uniform on [1, 20] minutes, in
        X[:, :3], X[:, 3] = X[:, :3] * [100.0, 25.0, 19.0] + [50.0, 15.0, 1.0], np.floor(2 * X[:, 3])   # the sun
        grams, temp, minutes, sun = X[:, :4].T   # or not (1, 0; the other features uniform on [0, 1]): the heat in,
        melted = 0.004 * grams ** (2 / 3) * (temp + 5) * (1 + sun) * minutes / grams   # through its surface,
        return X, np.digitize(melted, [0.25, 0.6]).astype(np.int64)   # grams^(2/3), twice in the sun: the share melted,
        # under a quarter (0: fine), under 60% (1: dripping) or more (2: soup)
    if loader == "rain_barrel":   # a roof of uniform on [5, 40] m^2 in a shower of uniform on [1, 10] mm (90% of it
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # reaching the gutter) into a barrel of
        X[:, :4] = X[:, :4] * [35.0, 9.0, 200.0, 0.8] + [5.0, 1.0, 100.0, 0.0]   # uniform on [100, 300] l already
        roof, mm, barrel, full = X[:, :4].T   # full by uniform on [0, 0.8] (the other features uniform on [0, 1]): the
        caught = 0.9 * roof * mm / (barrel * (1 - full))   # litres caught over the room left, under half (0), under
        return X, np.digitize(caught, [0.5, 1.0]).astype(np.int64)   # all (1) or more (2: it overflows)
    if loader == "garden_hose":   # a tap at uniform on [1, 4] bar through a hose of uniform on [5, 50] m and [12,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 25] mm across filling a bucket of
        X[:, :4] = X[:, :4] * [3.0, 45.0, 13.0, 15.0] + [1.0, 5.0, 12.0, 5.0]   # uniform on [5, 20] l (the other
        bar, metres, mm, bucket = X[:, :4].T   # features uniform on [0, 1]): turbulent flow, 0.05 sqrt(p d^5 / L)
        seconds = 60 * bucket / (0.05 * np.sqrt(bar * mm**5 / metres))   # l/min (d in mm), the seconds to fill it,
        return X, np.digitize(seconds, [15.0, 30.0, 60.0]).astype(np.int64)   # under 15 (0), 30 (1), 60 (2) or
        # more (3)
    if loader == "sound_hear":   # a sound of uniform on [60, 100] dB at 1 m heard uniform on [1, 200] m away over a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # background of uniform on [30, 70] dB (the
        X[:, :3] = X[:, :3] * [40.0, 199.0, 40.0] + [60.0, 1.0, 30.0]   # other features uniform on [0, 1]): the level
        source, metres, background = X[:, :3].T   # less 20 log10 of the distance (spherical spreading) against the
        margin = source - 20 * np.log10(metres) - background   # background, under it (0: not heard), under 10 dB over
        y = np.digitize(margin, [0.0, 10.0]).astype(np.int64)   # (1: faint) or more (2: clear)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "shadow_length":   # a pole of uniform on [0.5, 10] m at uniform on [7, 17] hours on a day the sun
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # stands uniform on [20, 70] degrees at noon
        X[:, :3] = X[:, :3] * [10.0, 50.0, 9.5] + [7.0, 20.0, 0.5]   # (the other features uniform on [0, 1]): the
        hour, noon, height = X[:, :3].T   # sun at noon's elevation times sin(pi (hour - 6) / 12), the shadow the
        shadow = height / np.tan(np.radians(noon * np.sin(np.pi * (hour - 6) / 12)))   # height over its tangent,
        return X, np.digitize(shadow, [2.0, 5.0, 15.0]).astype(np.int64)   # under 2 m (0), 5 (1), 15 (2) or more (3)
    if loader == "torch_battery":   # a torch's battery of uniform on [1000, 3000] mAh at 3.7 V and uniform on [0.6, 1]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of its health, a bulb of uniform on [0.5,
        X[:, :4] = X[:, :4] * [2000.0, 0.4, 1.5, 3.0] + [1000.0, 0.6, 0.5, 1.0]   # 2] W, on for uniform on [1, 4]
        mah, health, watts, hours = X[:, :4].T   # hours (the other features uniform on [0, 1]): the share of the
        left = 1 - watts * hours / (mah * 3.7 / 1000 * health)   # energy left, none (0: dark before the end), under
        return X, np.digitize(left, [0.0, 0.2]).astype(np.int64)   # a fifth (1: dim) or more (2)
    if loader == "egg_drop":   # an egg of uniform on [50, 70] g dropped from uniform on [0.5, 5] m onto padding of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 10] cm of which a share
        X[:, :4] = X[:, :4] * [20.0, 4.5, 10.0, 0.7] + [50.0, 0.5, 0.0, 0.3]   # uniform on [0.3, 1] gives way (the
        grams, height, pad, give = X[:, :4].T   # other features uniform on [0, 1]): the mean force stopping it, m g h
        force = grams / 1000 * 9.81 * height / (give * pad / 100 + 0.005)   # over the stopping distance (the pad's
        return X, _flip_binary((force > 25).astype(np.int64), rng, params)   # give and 5 mm of shell), over 25 N: it
        # breaks (1), ``flip`` of the labels at random
    if loader == "bucket_leak":   # a bucket of uniform on [0.1, 0.2] m radius filled uniform on [0.1, 0.4] m deep with
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # a hole of uniform on [3, 15] mm across (the
        X[:, :3] = X[:, :3] * [0.1, 0.3, 12.0] + [0.1, 0.1, 3.0]   # other features uniform on [0, 1]): Torricelli's
        radius, depth, mm = X[:, :3].T   # drain time, the areas' ratio (a discharge coefficient of 0.6 on the hole)
        hole = 0.6 * np.pi * (mm / 2000) ** 2   # times sqrt(2 h / g): empty in under 2 minutes (0), 5 (1), 15 (2) or
        minutes = np.pi * radius**2 / hole * np.sqrt(2 * depth / 9.81) / 60   # more (3)
        y = np.digitize(minutes, [2.0, 5.0, 15.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 4, params)   # ``flip`` of the labels redrawn
    if loader == "cookie_bake":   # cookies of dough uniform on [0.5, 1.5] cm thick baked uniform on [6, 18] minutes at
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [150, 220] C, with the fan or
        X[:, :3], X[:, 3] = X[:, :3] * [1.0, 12.0, 70.0] + [0.5, 6.0, 150.0], np.floor(2 * X[:, 3])   # not (1, 0;
        thick, minutes, temp, fan = X[:, :4].T   # the other features uniform on [0, 1]): the browning, the minutes
        brown = minutes * 2 ** ((temp - 180) / 15) * (1 + 0.25 * fan) / thick   # twice as fast each 15 C, a quarter
        return X, np.digitize(brown, [8.0, 18.0]).astype(np.int64)   # faster with the fan, over the thickness:
        # under 8 (0: raw), under 18 (1: done) or more (2: burnt)
    if loader == "water_freeze":   # a bottle of uniform on [0.25, 2] l of water at uniform on [5, 25] C in a freezer at
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [-25, -10] C for uniform on
        X[:, :4] = X[:, :4] * [1.75, 20.0, 15.0, 5.5] + [0.25, 5.0, -25.0, 0.5]   # [0.5, 6] hours (the other
        litres, temp, freezer, hours = X[:, :4].T   # features uniform on [0, 1]): the heat out, 5 kJ an hour a degree
        out = 5 * litres ** (2 / 3) * -freezer * hours   # over its surface, litres^(2/3), first cools it to 0 C (4.186
        frozen = (out - 4.186 * litres * temp) / (334 * litres)   # kJ a litre and a degree), then freezes it (334 kJ
        y = np.digitize(frozen, [0.0, 1.0]).astype(np.int64)   # a litre): still water (0), slush (1) or ice (2)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "umbrella_wind":   # a wind of uniform on [0, 20] m/s on an umbrella of uniform on [0.8, 1.4] m across
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # held uniform on [0, 80] degrees off the
        X[:, :4] = X[:, :4] * [20.0, 0.6, 80.0, 60.0] + [0.0, 0.8, 0.0, 20.0]   # wind, its ribs holding uniform on
        wind, across, angle, ribs = X[:, :4].T   # [20, 80] N (the other features uniform on [0, 1]): the drag, rho v^2
        force = 0.5 * 1.225 * wind**2 * np.pi * (across / 2) ** 2 * 1.2 * np.cos(np.radians(angle))   # A C_d / 2
        return X, np.digitize(force / ribs, [0.5, 1.0]).astype(np.int64)   # (C_d 1.2) times the cosine of the
        # angle, under half the ribs' strength (0: fine), under it (1: bends) or more (2: turns inside out)
    if loader == "ladder_reach":   # a ladder of uniform on [2, 6] m with its foot uniform on [0.5, 2] m from a wall and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # a gutter uniform on [2, 6] m up (the other
        X[:, :3] = X[:, :3] * [4.0, 1.5, 4.0] + [2.0, 0.5, 2.0]   # features uniform on [0, 1]): its top,
        length, foot, gutter = X[:, :3].T   # sqrt(L^2 - d^2) up (Pythagoras), under the gutter (0: short), within 0.5
        top = np.sqrt(length**2 - foot**2)   # m over it (1: reaches) or more (2: to spare)
        return X, np.digitize(top - gutter, [0.0, 0.5]).astype(np.int64)
    if loader == "snowball_roll":   # a snowball of uniform on [5, 15] cm radius rolled uniform on [5, 50] m over a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # layer of uniform on [0.5, 3] cm of snow of
        X[:, :4] = X[:, :4] * [10.0, 45.0, 2.5, 0.8] + [5.0, 5.0, 0.5, 0.2]   # which a share uniform on [0.2, 1] sticks
        r0, metres, layer, sticky = X[:, :4].T   # (the other features uniform on [0, 1]): each cm rolled picks a
        radius = np.sqrt(r0**2 + layer * sticky * 100 * metres / np.pi)   # strip 2 r wide, dV = 4 pi r^2 dr, so r^2
        return X, np.digitize(radius, [20.0, 30.0, 40.0]).astype(np.int64)   # grows by t s x / pi: under 20 cm (0),
        # 30 (1), 40 (2) or more (3)
    if loader == "paper_fold":   # a sheet of uniform on [0.03, 0.5] mm thick and uniform on [5, 300] cm long (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the most
        X[:, :2] = X[:, :2] * [0.47, 295.0] + [0.03, 5.0]   # times it folds in half one way, Gallivan's limit: n
        thick, length = X[:, :2].T   # folds need pi t (2^n + 4) (2^n - 1) / 6 of paper; 4 or fewer (0), 5, 6, 7 (3)
        folds = np.floor(np.log2(np.sqrt(6 * length / (np.pi * thick / 10) + 6.25) - 1.5))   # or 8 or more (4): 2^n
        return X, (np.clip(folds, 4, 8) - 4).astype(np.int64)   # the root of x^2 + 3 x - 4 = 6 L / (pi t)
    if loader == "bus_catch":   # a walk of uniform on [100, 1500] m to the stop at uniform on [3, 7] km/h, the bus due
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # in uniform on [2, 20] minutes and late by
        X[:, :4] = X[:, :4] * [1400.0, 4.0, 18.0, 5.0] + [100.0, 3.0, 2.0, 0.0]   # uniform on [0, 5] (the other
        metres, kmh, due, late = X[:, :4].T   # features uniform on [0, 1]): the minutes to spare, the bus's less the
        spare = due + late - metres / (kmh * 1000 / 60)   # walk's, under 0 (0: missed), under 2 (1: running) or more
        y = np.digitize(spare, [0.0, 2.0]).astype(np.int64)   # (2: in time)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "pasta_cook":   # pasta of uniform on [1, 3] mm boiled uniform on [4, 16] minutes at uniform on [0,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 3000] m up (the other features uniform on
        X[:, :3] = X[:, :3] * [2.0, 12.0, 3000.0] + [1.0, 4.0, 0.0]   # [0, 1]): water boils 1 C cooler each 300 m,
        mm, minutes, altitude = X[:, :3].T   # cooking half as fast each 10 C cooler, the heat reaching the core as
        cooked = minutes * 2 ** (-altitude / 3000) / mm**2   # the thickness squared: under 1.6 (0: hard), under 3
        return X, np.digitize(cooked, [1.6, 3.0]).astype(np.int64)   # (1: al dente) or more (2: soft)
    if loader == "rubber_band":   # a rubber band of uniform on [5, 20] cm pulled to uniform on [3, 80] cm, uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 8] years old (the other features
        X[:, :3] = X[:, :3] * [15.0, 77.0, 8.0] + [5.0, 3.0, 0.0]   # uniform on [0, 1]): its strain, the stretch
        rest, pulled, years = X[:, :3].T   # over its rest length, under 0 (0: slack), under its breaking strain (6
        strain = (pulled - rest) / rest   # new, a tenth less each year: perished rubber) (1: taut) or more (2: snaps)
        return X, np.where(strain < 0, 0, np.where(strain < 6 * (1 - years / 10), 1, 2)).astype(np.int64)
    if loader == "milk_sour":   # opened milk kept uniform on [0, 14] days in a fridge at uniform on [2, 12] C, left out
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on the table uniform on [0, 6] hours in
        X[:, :3] = X[:, :3] * [14.0, 10.0, 6.0] + [0.0, 2.0, 0.0]   # all (the other features uniform on [0, 1]): the
        days, fridge, hours = X[:, :3].T   # bacteria's doublings, 0.02 an hour at 4 C and twice as many each 4 C
        doublings = 24 * days * 0.02 * 2 ** ((fridge - 4) / 4) + 0.5 * hours   # warmer, 0.5 an hour on the table:
        return X, np.digitize(doublings, [4.0, 8.0]).astype(np.int64)   # under 4 (0: fresh), under 8 (1: on the
        # turn) or more (2: sour)
    if loader == "marble_ramp":   # a marble let go uniform on [0.05, 0.5] m up a ramp rolls over a floor of rolling
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # resistance uniform on [0.01, 0.1] toward a
        X[:, :3] = X[:, :3] * [0.45, 0.09, 9.0] + [0.05, 0.01, 1.0]   # target uniform on [1, 10] m away (the other
        height, mu, target = X[:, :3].T   # features uniform on [0, 1]): a rolling ball keeps 5/7 of m g h as motion,
        rolls = 5 * height / (7 * mu)   # v^2 = 10 g h / 7, and stops after v^2 / (2 g mu): short of half the way (0),
        y = np.digitize(rolls / target, [0.5, 1.0]) + (rolls > target + 1)   # short of the target (1), within 1 m
        return X, y.astype(np.int64)   # past it (2) or further (3)
    if loader == "jar_lid":   # a jar's lid of uniform on [4, 10] cm across held down by a vacuum of uniform on [10, 60]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # kPa, gripped with uniform on [50, 300] N,
        X[:, :3], X[:, 3] = X[:, :3] * [6.0, 50.0, 250.0] + [4.0, 10.0, 50.0], np.floor(2 * X[:, 3])   # with a
        cm, kpa, grip, towel = X[:, :4].T   # towel or not (1, 0; the other features uniform on [0, 1]): it opens (1)
        r = cm / 200   # when the hand's friction torque (0.4 of the grip, 0.8 with the towel, at the rim) beats the
        held = 0.3 * kpa * 1000 * np.pi * r**2 * r   # seal's (0.3 of the vacuum's force on the lid, at the rim)
        y = (grip * (0.4 + 0.4 * towel) * r > held).astype(np.int64)
        return X, _flip_binary(y, rng, params)   # ``flip`` of the labels at random
    if loader == "pizza_share":   # 1 to 4 pizzas of uniform on [25, 45] cm across shared by 2 to 8 people each wanting
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [300, 900] cm^2 (the other
        X[:, 0], X[:, 1] = X[:, 0] * 20 + 25, np.floor(4 * X[:, 1]) + 1   # features uniform on [0, 1]): the pizza
        X[:, 2], X[:, 3] = np.floor(7 * X[:, 2]) + 2, X[:, 3] * 600 + 300   # over the appetite, under 0.9 (0: still
        cm, pizzas, people, want = X[:, :4].T   # hungry), under 1.2 (1: just right) or more (2: leftovers)
        share = pizzas * np.pi * (cm / 2) ** 2 / (people * want)
        return X, np.digitize(share, [0.9, 1.2]).astype(np.int64)
    if loader == "sand_castle":   # a tower of uniform on [5, 60] cm of sand of grains uniform on [0.1, 1] mm wetted
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # with a share uniform on [0, 0.3] of water
        X[:, :3] = X[:, :3] * [55.0, 0.9, 0.3] + [5.0, 0.1, 0.0]   # (the other features uniform on [0, 1]): the
        cm, grain, water = X[:, :3].T   # capillary bridges hold most at 15% water, none dry or soaked, finer sand more:
        tallest = 2000 * water * (0.3 - water) / np.sqrt(grain)   # the tallest tower 2000 w (0.3 - w) / sqrt(grain);
        y = (cm >= 0.7 * tallest).astype(np.int64) + (cm >= tallest)   # under 70% of it (0: stands), under it
        return X, y.astype(np.int64)   # (1: leans) or not (2: slumps)
    if loader == "popcorn_pop":   # kernels of uniform on [8, 18]% moisture in a pan at uniform on [160, 260] C for
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [1, 6] minutes (the other
        X[:, :3] = X[:, :3] * [10.0, 100.0, 5.0] + [8.0, 160.0, 1.0]   # features uniform on [0, 1]): popping at
        moisture, temp, minutes = X[:, :3].T   # (T - 150) / 50 a minute, the kernels' best yield at 14% moisture:
        popped = (1 - np.exp(-(temp - 150) / 50 * minutes)) * np.exp(-(((moisture - 14) / 4) ** 2))   # the share
        y = np.digitize(popped, [0.3, 0.7])   # popped under 0.3 (0), under 0.7 (1) or more (2), burnt (3) past 400
        return X, np.where(minutes * (temp - 150) > 400, 3, y).astype(np.int64)   # degree-minutes over 150 C
    if loader == "campfire_light":   # a campfire of uniform on [0, 500] g of kindling under logs of uniform on [3, 20]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # cm of wood of uniform on [5, 40]% moisture in
        X[:, :4] = X[:, :4] * [500.0, 17.0, 35.0, 10.0] + [0.0, 3.0, 5.0, 0.0]   # a wind of uniform on [0, 10] m/s
        grams, cm, moisture, wind = X[:, :4].T   # (the other features uniform on [0, 1]): the kindling's heat, less
        heat = grams * (1 - moisture / 45) / cm * np.exp(-(((wind - 3) / 5) ** 2))   # as the wood is wetter, over
        y = np.digitize(heat, [8.0, 20.0]).astype(np.int64)   # the logs' thickness, a breeze of 3 m/s best: under 8
        return X, _redraw_among(y, rng, 3, params)   # (0: out), under 20 (1: smoulders) or more (2: burns), ``flip``
        # of the labels redrawn
    if loader == "parachute_land":   # a jumper of uniform on [50, 130] kg under a canopy of uniform on [15, 60] m^2
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # landing uniform on [0, 3000] m up (the
        X[:, :3] = X[:, :3] * [80.0, 45.0, 3000.0] + [50.0, 15.0, 0.0]   # other features uniform on [0, 1]): the
        kg, area, altitude = X[:, :3].T   # terminal speed sqrt(2 m g / (rho C_d A)), C_d 1.5, the air's density
        rho = 1.225 * np.exp(-altitude / 8500)   # 1.225 kg/m^3 thinning by e each 8.5 km: under 5 m/s (0: soft),
        speed = np.sqrt(2 * kg * 9.81 / (rho * 1.5 * area))   # under 7 (1: hard) or more (2: a sprain)
        return X, np.digitize(speed, [5.0, 7.0]).astype(np.int64)
    if loader == "mirror_view":   # a person of uniform on [1.5, 2] m, the eyes uniform on [0.08, 0.14] m below the top
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of the head, before a wall mirror of
        X[:, :5] = X[:, :5] * [0.5, 0.06, 0.9, 0.8, 2.5] + [1.5, 0.08, 0.1, 0.4, 0.5]   # uniform on [0.4, 1.2] m
        tall, below, bottom, length, _ = X[:, :5].T   # whose bottom is uniform on [0.1, 1] m up, uniform on [0.5,
        eye = tall - below   # 3] m away (the other features uniform on [0, 1]): the mirror shows the body between
        top = np.minimum(tall, 2 * (bottom + length) - eye)   # twice its edges' heights less the eyes' (the law of
        seen = np.maximum(top - np.maximum(0.0, 2 * bottom - eye), 0.0) / tall   # reflection; the distance does not
        return X, np.digitize(seen, [0.5, 1.0]).astype(np.int64)   # matter): under half (0), under all (1), all (2)
    if loader == "tug_of_war":   # two teams of uniform on [150, 400] kg pulling on shoes gripping at uniform on [0.3,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 0.9] (the other features uniform on [0,
        X[:, :4] = X[:, :4] * [250.0, 250.0, 0.6, 0.6] + [150.0, 150.0, 0.3, 0.3]   # 1]): each team's pull at most
        kg_a, kg_b, mu_a, mu_b = X[:, :4].T   # its friction, mu m g: B's over 10% more (0: B wins), neither (1: a
        ratio = mu_a * kg_a / (mu_b * kg_b)   # stalemate) or A's over 10% more (2: A wins)
        y = np.digitize(ratio, [1 / 1.1, 1.1]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "lemonade_mix":   # lemonade of uniform on [0, 200] g of sugar and uniform on [20, 250] ml of lemon
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # juice in uniform on [0.5, 2] l of water (the
        X[:, :3] = X[:, :3] * [200.0, 230.0, 1.5] + [0.0, 20.0, 0.5]   # other features uniform on [0, 1]): sugar and
        sugar, juice, litres = X[:, :3].T   # juice a litre, both under 40 (0: weak), else the sugar's grams over the
        ratio = sugar / juice   # juice's ml under 0.6 (1: sour), under 1.5 (2: balanced) or more (3: sweet)
        y = np.where((sugar / litres < 40) & (juice / litres < 40), 0, 1 + np.digitize(ratio, [0.6, 1.5]))
        return X, _redraw_among(y.astype(np.int64), rng, 4, params)   # ``flip`` of the labels redrawn
    if loader == "bike_pump":   # a tyre of uniform on [0.5, 3] l at uniform on [0, 2] bar over the air's pumped to
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [2, 7] bar with a pump of
        X[:, :4] = X[:, :4] * [2.5, 2.0, 5.0, 300.0] + [0.5, 0.0, 2.0, 100.0]   # uniform on [100, 400] ml a stroke
        litres, start, target, ml = X[:, :4].T   # (the other features uniform on [0, 1]): Boyle's law, each stroke
        strokes = litres * (target - start) / (1.013 * ml / 1000)   # a pump of air at 1.013 bar: the
        return X, np.digitize(strokes, [10.0, 25.0, 50.0]).astype(np.int64)   # strokes, under 10 (0), 25 (1), 50
        # (2) or more (3)
    if loader == "taxi_fare":   # a taxi ride of uniform on [1, 30] km after uniform on [0, 20] minutes' waiting, by
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # night or day (1, 0; the other features
        X[:, :2], X[:, 2] = X[:, :2] * [29.0, 20.0] + [1.0, 0.0], np.floor(2 * X[:, 2])   # uniform on [0, 1]): 3
        km, wait, night = X[:, :3].T   # flag fall, 2.2 a km for the first 10 km and 1.4 a km after, 0.5 a minute
        fare = (3 + 2.2 * np.minimum(km, 10) + 1.4 * np.maximum(km - 10, 0) + 0.5 * wait) * (1 + 0.3 * night)
        y = np.digitize(fare, [30.0, 50.0]).astype(np.int64)   # waiting, 30% more by night: under 30 (0), under 50
        return X, _redraw_among(y, rng, 3, params)   # (1) or more (2), ``flip`` of the labels redrawn
    if loader == "jam_set":   # jam of uniform on [40, 70]% sugar boiled uniform on [2, 30] minutes with uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 10] g/kg of pectin (the other features
        X[:, :3] = X[:, :3] * [30.0, 28.0, 10.0] + [40.0, 2.0, 0.0]   # uniform on [0, 1]): the boil's temperature
        sugar, minutes, pectin = X[:, :3].T   # climbs toward 100 C plus 8 C at 65% sugar (in proportion) as
        temp = 100 + 8 * sugar / 65 * (1 - np.exp(-minutes / 10))   # 1 - exp(-minutes / 10); its firmness, the
        firm = temp - 102 + 0.3 * pectin   # degrees past 102 plus 0.3 a gram of pectin: under 3 (0: runny), under
        return X, np.digitize(firm, [3.0, 5.5]).astype(np.int64)   # 5.5 (1: set) or more (2: rubbery)
    if loader == "fridge_magnet":   # a magnet pulling uniform on [1, 10] N at contact holds a picture of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [5, 100] g through 0 to 20 sheets of paper
        X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 9 + 1, np.floor(21 * X[:, 1]), X[:, 2] * 95 + 5   # (the other
        pull, sheets, grams = X[:, :3].T   # features uniform on [0, 1]): the pull falls as (1 + sheets / 10)^-2, the
        hold = 0.5 * pull / (1 + sheets / 10) ** 2   # friction 0.5 of it, over the picture's weight: under 1 (0:
        ratio = hold / (grams * 9.81 / 1000)   # slides), under 2.5 (1: holds) or more (2: firm)
        return X, np.digitize(ratio, [1.0, 2.5]).astype(np.int64)
    if loader == "pool_chlorine":   # a pool of uniform on [0, 5] ppm of chlorine at a pH uniform on [6.8, 8.2] after
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 10] hours of sun (the other
        X[:, :3] = X[:, :3] * [5.0, 1.4, 10.0] + [0.0, 6.8, 0.0]   # features uniform on [0, 1]): the active share,
        ppm, ph, sun = X[:, :3].T   # hypochlorous acid, 1 / (1 + 10^(pH - 7.5)), a tenth of it lost an hour of
        active = ppm / (1 + 10 ** (ph - 7.5)) * np.exp(-0.1 * sun)   # sun (e-folding): under 0.3 ppm (0: algae),
        return X, np.digitize(active, [0.3, 1.2]).astype(np.int64)   # under 1.2 (1: fine) or more (2: harsh)
    if loader == "tree_fell":   # a tree of uniform on [5, 30] m felled uniform on [0, 90] degrees off a house's wall
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [5, 35] m away (the other
        X[:, :3] = X[:, :3] * [25.0, 30.0, 90.0] + [5.0, 5.0, 0.0]   # features uniform on [0, 1]): the tip's reach
        height, away, angle = X[:, :3].T   # toward the wall, H cos(angle), over its distance: under 0.5 (0: clear),
        reach = height * np.cos(np.radians(angle)) / away   # under 1 (1: short of it), under 1.5 (2: on the house)
        return X, np.digitize(reach, [0.5, 1.0, 1.5]).astype(np.int64)   # or more (3: over it)
    if loader == "fuse_trip":   # a kettle of uniform on [0, 3000] W, a heater of uniform on [0, 2500] W and a microwave
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [0, 1200] W on a 230 V
        X[:, :3], X[:, 3] = X[:, :3] * [3000.0, 2500.0, 1200.0], np.array([10.0, 13.0, 16.0])[np.floor(3 * X[:, 3])
                                                                                              .astype(np.int64)]
        kettle, heater, micro, amps = X[:, :4].T   # circuit fused at 10, 13 or 16 A (the other features uniform on
        y = ((kettle + heater + micro) / 230 > amps).astype(np.int64)   # [0, 1]): the fuse blows (1) when the
        return X, _flip_binary(y, rng, params)   # current passes it, ``flip`` of the labels at random
    if loader == "gutter_flow":   # a roof of uniform on [20, 150] m^2 in rain of uniform on [5, 80] mm/h drained by 1
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # to 4 downpipes along a gutter sloping
        X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 130 + 20, X[:, 1] * 75 + 5, np.floor(4 * X[:, 2]) + 1   # uniform on
        X[:, 3] = X[:, 3] * 0.9 + 0.1   # [0.1, 1]% (the other features uniform on [0, 1]): the rain's litres a
        area, rain, pipes, slope = X[:, :4].T   # second over the pipes' (0.5 + slope) l/s each: under 0.8 (0:
        load = area * rain / 3600 / (pipes * (0.5 + slope))   # copes), under 1 (1: brimming) or more (2:
        return X, np.digitize(load, [0.8, 1.0]).astype(np.int64)   # overflows)
    if loader == "stick_box":   # a stick of uniform on [20, 100] cm laid in a tray of sides uniform on [20, 80] cm
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :3] = X[:, :3] * [80.0, 60.0, 60.0] + 20.0   # it lies along a side (0: no longer than the longer
        stick, a, b = X[:, :3].T   # side), only across the diagonal (1) or not at all (2)
        y = (stick > np.maximum(a, b)).astype(np.int64) + (stick > np.hypot(a, b))
        return X, y.astype(np.int64)
    if loader == "drone_flight":   # a drone of uniform on [0.5, 3] kg on a battery of uniform on [20, 100] Wh in a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # wind of uniform on [0, 12] m/s (the other
        X[:, :3] = X[:, :3] * [2.5, 80.0, 12.0] + [0.5, 20.0, 0.0]   # features uniform on [0, 1]): hovering takes 80
        kg, wh, wind = X[:, :3].T   # kg^1.5 W, times 1 + (wind / 10)^2; 80% of the battery used: the minutes
        minutes = 60 * 0.8 * wh / (80 * kg**1.5 * (1 + (wind / 10) ** 2))   # aloft under 8 (0), under 16 (1),
        return X, np.digitize(minutes, [8.0, 16.0, 30.0]).astype(np.int64)   # under 30 (2) or more (3)
    if loader == "compost_heat":   # a heap of uniform on [0, 100] kg of greens and of browns at uniform on [20, 80]%
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # moisture, turned uniform on [0, 8] weeks
        X[:, :4] = X[:, :4] * [100.0, 100.0, 60.0, 8.0] + [0.0, 0.0, 20.0, 0.0]   # ago (the other features uniform
        greens, browns, moisture, weeks = X[:, :4].T   # on [0, 1]): its carbon to nitrogen ratio (browns 60,
        cn = (60 * browns + 15 * greens) / (browns + greens)   # greens 15) best at 30, its moisture at 55%, its
        heat = (greens + browns) / 100 * np.exp(-(((cn - 30) / 15) ** 2) - ((moisture - 55) / 20) ** 2 - weeks / 8)
        y = np.digitize(heat, [0.1, 0.3]).astype(np.int64)   # mass in hundreds of kg, e-folding 8 weeks after
        return X, _redraw_among(y, rng, 3, params)   # turning: under 0.1 (0: cold), under 0.3 (1: warm) or more
        # (2: hot), ``flip`` of the labels redrawn
    if loader == "altitude_ill":   # a climb to uniform on [2000, 5500] m over uniform on [1, 10] days after uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 14] days of acclimatising (the other
        X[:, :3] = X[:, :3] * [3500.0, 9.0, 14.0] + [2000.0, 1.0, 0.0]   # features uniform on [0, 1]): the metres a
        altitude, days, acclim = X[:, :3].T   # day above 1500 m over a safe 300, less 1/28 each day acclimatised:
        strain = (altitude - 1500) / days / 300 * (1 - acclim / 28)   # under 0.75 (0: fine), under 1.5 (1: a
        return X, np.digitize(strain, [0.75, 1.5]).astype(np.int64)   # headache) or more (2: ill)
    if loader == "sprinkler_arc":   # a flower bed uniform on [-8, 8] m east and north of a sprinkler throwing
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [3, 12] m over an arc of uniform
        X[:, :4] = X[:, :4] * [16.0, 16.0, 9.0, 210.0] + [-8.0, -8.0, 3.0, 90.0]   # on [90, 300] degrees centred
        east, north, reach, arc = X[:, :4].T   # on north (the other features uniform on [0, 1]): outside the arc or
        dist, bearing = np.hypot(east, north), np.degrees(np.abs(np.arctan2(east, north)))   # past 1.5 times the
        inside = bearing <= arc / 2   # reach (0: dry), past the reach (1: misted) or within it (2: soaked)
        y = np.where(inside & (dist <= reach), 2, np.where(inside & (dist <= 1.5 * reach), 1, 0))
        return X, y.astype(np.int64)
    if loader == "hay_fever":   # uniform on [0, 200] grains/m^3 of pollen for someone of sensitivity uniform on [0.5,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 2] uniform on [0, 24] hours after a tablet
        X[:, :3] = X[:, :3] * [200.0, 1.5, 24.0] + [0.0, 0.5, 0.0]   # (the other features uniform on [0, 1]): the
        pollen, sens, hours = X[:, :3].T   # tablet blocks 80%, fading by e each 12 hours: the load under 40 (0:
        load = pollen * sens * (1 - 0.8 * np.exp(-hours / 12))   # fine), under 100 (1: sneezing) or more (2:
        y = np.digitize(load, [40.0, 100.0]).astype(np.int64)   # streaming)
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "sprint_time":   # a 100 m sprint: a reaction of uniform on [0.12, 0.3] s, a top speed of uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [7, 11] m/s reached at uniform on [3, 8]
        X[:, :3] = X[:, :3] * [0.18, 4.0, 5.0] + [0.12, 7.0, 3.0]   # m/s^2 (the other features uniform on [0, 1]): the
        react, top, accel = X[:, :3].T   # time, the reaction plus 100 / v + v / (2 a) (the speed reached within 20
        seconds = react + 100 / top + top / (2 * accel)   # m): under 11.5 (0), under 12.5 (1), under 13.5 (2) or
        y = np.digitize(seconds, [11.5, 12.5, 13.5]).astype(np.int64)   # more (3)
        return X, _redraw_among(y, rng, 4, params)   # ``flip`` of the labels redrawn
    if loader == "street_flood":   # uniform on [0, 150] mm of rain on soil uniform on [0, 1] wet with drains taking
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [10, 50] mm (the other features
        X[:, 0], X[:, 2] = X[:, 0] * 150, X[:, 2] * 40 + 10   # uniform on [0, 1]): the runoff, 30% of the rain on dry
        rain, wet, drains = X[:, :3].T   # soil to all of it on soaked, past the drains: none (0), under 30 mm (1:
        runoff = rain * (0.3 + 0.7 * wet) - drains   # puddles), under 70 (2: flooded) or more (3: deep)
        return X, np.digitize(runoff, [0.0, 30.0, 70.0], right=True).astype(np.int64)
    if loader == "noise_dose":   # uniform on [70, 110] dB for uniform on [0.5, 8] hours through earplugs taking off
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 30] dB (the other features
        X[:, :3] = X[:, :3] * [40.0, 7.5, 30.0] + [70.0, 0.5, 0.0]   # uniform on [0, 1]): the day's noise dose,
        db, hours, plugs = X[:, :3].T   # hours over 8 at 85 dB, doubling each 3 dB more: under 0.1 (0: safe),
        dose = hours / 8 * 2 ** ((db - plugs - 85) / 3)   # under 1 (1: loud) or more (2: harmful), ``flip`` of the
        y = np.digitize(dose, [0.1, 1.0]).astype(np.int64)   # labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "espresso_shot":   # an espresso of a grind uniform on [200, 600] microns, a dose uniform on [14, 22] g
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # pulled uniform on [15, 40] s (the other
        X[:, :3] = X[:, :3] * [400.0, 8.0, 25.0] + [200.0, 14.0, 15.0]   # features uniform on [0, 1]): the
        grind, dose, secs = X[:, :3].T   # extraction, 20% at 400 microns, 18 g and 28 s, as the root of the time,
        extraction = 20 * np.sqrt(secs / 28) * (400 / grind) ** 0.7 * (18 / dose) ** 0.3   # the grind^-0.7 and
        return X, np.digitize(extraction, [18.0, 22.0]).astype(np.int64)   # the dose^-0.3: under 18% (0: sour),
        # under 22% (1: balanced) or more (2: bitter)
    if loader == "desk_lamp":   # a bulb of uniform on [200, 1600] lumens uniform on [0.3, 1.5] m from a page tilted
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 60] degrees off it (the
        X[:, :3] = X[:, :3] * [1400.0, 1.2, 60.0] + [200.0, 0.3, 0.0]   # other features uniform on [0, 1]): the
        lumens, metres, tilt = X[:, :3].T   # page's lux, lumens / (2 pi) times cos(tilt) over the distance squared:
        lux = lumens / (2 * np.pi) * np.cos(np.radians(tilt)) / metres**2   # under 80 (0: dim), under 250 (1:
        return X, np.digitize(lux, [80.0, 250.0]).astype(np.int64)   # reading) or more (2: bright)
    if loader == "caffeine_left":   # uniform on [0, 400] mg of caffeine uniform on [0, 12] hours before bed with a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # half-life uniform on [3, 7] hours (the
        X[:, :3] = X[:, :3] * [400.0, 12.0, 4.0] + [0.0, 0.0, 3.0]   # other features uniform on [0, 1]): the mg left
        mg, hours, half = X[:, :3].T   # at bedtime, mg / 2^(hours / half-life): under 50 (0: sleeps), under 120 (1:
        left = mg * 0.5 ** (hours / half)   # restless) or more (2: awake)
        return X, np.digitize(left, [50.0, 120.0]).astype(np.int64)
    if loader == "crane_load":   # a crane's boom of uniform on [10, 40] m raised uniform on [20, 80] degrees lifting
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [1, 10] t (the other features
        X[:, :3] = X[:, :3] * [30.0, 60.0, 9.0] + [10.0, 20.0, 1.0]   # uniform on [0, 1]): the load's moment, t
        boom, angle, tonnes = X[:, :3].T   # times the boom's reach L cos(angle), over the crane's 120 t m: under
        share = tonnes * boom * np.cos(np.radians(angle)) / 120   # 0.4 (0), under 0.7 (1), under 1 (2: near the
        return X, np.digitize(share, [0.4, 0.7, 1.0]).astype(np.int64)   # limit) or more (3: tips)
    if loader == "freezer_cut":   # a power cut of uniform on [0, 48] hours to a freezer uniform on [0, 1] full, its
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # door opened 0 to 5 times, in a room on
        X[:, 0], X[:, 2] = X[:, 0] * 48, np.floor(6 * X[:, 2])   # [15, 35] C (the other features uniform on [0,
        X[:, 3] = X[:, 3] * 20 + 15   # 1]): it holds (24 + 24 full) hours times 25 / the room's C, less 4 hours an
        hours, full, opened, room = X[:, :4].T   # opening; the food thaws (1) when the cut is longer, ``flip`` of the
        y = (hours > (24 + 24 * full) * 25 / room - 4 * opened).astype(np.int64)   # labels at random
        return X, _flip_binary(y, rng, params)
    if loader == "snow_shoe":   # a walker of uniform on [50, 120] kg with a pack of uniform on [0, 30] kg on shoes of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.05, 0.25] m^2 on snow bearing
        X[:, :4] = X[:, :4] * [70.0, 30.0, 0.2, 10.0] + [50.0, 0.0, 0.05, 5.0]   # uniform on [5, 15] kPa (the other
        kg, pack, area, bears = X[:, :4].T   # features uniform on [0, 1]): the pressure, (kg + pack) g / area in
        ratio = (kg + pack) * 9.81 / area / 1000 / bears   # kPa, over what the snow bears: under 1 (0: floats),
        return X, np.digitize(ratio, [1.0, 1.15]).astype(np.int64)   # under 1.15 (1: sinks) or more (2: postholes)
    if loader == "ring_toss":   # a ring of radius uniform on [0.1, 0.3] m landing uniform on [-0.4, 0.4] m east and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # north of a peg of radius 0.05 m (the other
        X[:, :3] = X[:, :3] * [0.8, 0.8, 0.2] + [-0.4, -0.4, 0.1]   # features uniform on [0, 1]): the peg wholly
        east, north, radius = X[:, :3].T   # inside the ring (2: a ringer), touching its rim (1: a leaner) or clear of
        dist = np.hypot(east, north)   # it (0: a miss)
        y = (dist <= radius + 0.05).astype(np.int64) + (dist < radius - 0.05)
        return X, y.astype(np.int64)
    if loader == "chimney_draw":   # a chimney of uniform on [3, 15] m with flue gas of uniform on [50, 300] C on a day
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [-10, 25] C (the other
        X[:, :3] = X[:, :3] * [12.0, 250.0, 35.0] + [3.0, 50.0, -10.0]   # features uniform on [0, 1]): the draft,
        height, flue, outside = X[:, :3].T   # 3460 Pa K/m times the height times 1/T outside less 1/T inside (in
        draft = 3460 * height * (1 / (outside + 273.15) - 1 / (flue + 273.15))   # kelvin): under 20 Pa (0), under
        return X, np.digitize(draft, [20.0, 35.0, 55.0]).astype(np.int64)   # 35 (1), under 55 (2) or more (3)
    if loader == "heat_stress":   # a day of uniform on [20, 40] C at uniform on [10, 100]% humidity in a wind of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 6] m/s (the other features
        X[:, :3] = X[:, :3] * [20.0, 90.0, 6.0] + [20.0, 10.0, 0.0]   # uniform on [0, 1]): the humidex, C plus
        temp, humid, wind = X[:, :3].T   # 0.5555 (e - 10) with e the vapour's hPa (Magnus), less 0.7 a m/s of wind:
        vapour = humid / 100 * 6.112 * np.exp(17.67 * temp / (temp + 243.5))   # under 30 (0: comfortable), under
        feel = temp + 0.5555 * (vapour - 10) - 0.7 * wind   # 40 (1: uncomfortable) or more (2: dangerous)
        y = np.digitize(feel, [30.0, 40.0]).astype(np.int64)   # ``flip`` of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "wet_road":   # a car at uniform on [40, 130] km/h on tyres of uniform on [1.6, 8] mm tread through
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 10] mm of water (the other
        X[:, :3] = X[:, :3] * [90.0, 6.4, 10.0] + [40.0, 1.6, 0.0]   # features uniform on [0, 1]): its speed past
        speed, tread, water = X[:, :3].T   # the critical 70 km/h plus 6 a mm of tread less 3 a mm of water: under
        margin = speed - (70 + 6 * tread - 3 * water)   # -10 (0: grips), under 10 (1: skims) or more (2:
        return X, np.digitize(margin, [-10.0, 10.0]).astype(np.int64)   # aquaplanes)
    if loader == "rug_fit":   # a rug of sides uniform on [1, 4] m and a room of sides uniform on [1.5, 5] m (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the rug fits
        X[:, :4] = X[:, :4] * [3.0, 3.0, 3.5, 3.5] + [1.0, 1.0, 1.5, 1.5]   # as laid (0: its first side along the
        a, b, c, d = X[:, :4].T   # room's first), only turned a quarter (1) or not at all (2)
        laid, turned = (a <= c) & (b <= d), (b <= c) & (a <= d)
        return X, np.where(laid, 0, np.where(turned, 1, 2)).astype(np.int64)
    if loader == "seed_sprout":   # a seed sown uniform on [0.5, 6] cm deep in soil of uniform on [0, 35] C and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1] moisture (others uniform
        X[:, :3] = X[:, :3] * [5.5, 35.0, 1.0] + [0.5, 0.0, 0.0]   # on [0, 1]): its vigour, a bell at 22 C of width
        depth, temp, wet = X[:, :3].T   # 8, 4 w (1 - w) in the moisture and e^(-depth / 4): under 0.08 (0: fails),
        vigour = np.exp(-(((temp - 22) / 8) ** 2)) * 4 * wet * (1 - wet) * np.exp(-depth / 4)   # under 0.25 (1:
        y = np.digitize(vigour, [0.08, 0.25]).astype(np.int64)   # slow) or more (2: quick), ``flip`` of the labels
        return X, _redraw_among(y, rng, 3, params)   # redrawn
    if loader == "zip_line":   # a zip line of uniform on [50, 300] m dropping uniform on [3, 10]% with a rider of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [30, 120] kg (the others uniform
        X[:, :3] = X[:, :3] * [250.0, 7.0, 90.0] + [50.0, 3.0, 30.0]   # on [0, 1]): the speed at its end under a
        length, slope, kg = X[:, :3].T   # drag of 0.3 v^2 N, v^2 = (kg g s / 0.3) (1 - e^(-0.6 L / kg)): under 27
        v2 = kg * 9.81 * slope / 100 / 0.3 * (1 - np.exp(-0.6 * length / kg))   # km/h (0), under 35 (1), under 43
        y = np.digitize(3.6 * np.sqrt(v2), [27.0, 35.0, 43.0]).astype(np.int64)   # (2) or more (3), ``flip`` of the
        return X, _redraw_among(y, rng, 4, params)   # labels redrawn
    if loader == "cliff_dive":   # a diver of uniform on [40, 110] kg jumping uniform on [2, 12] m into water uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [1, 6] m deep (the other features uniform
        X[:, :3] = X[:, :3] * [70.0, 10.0, 5.0] + [40.0, 2.0, 1.0]   # on [0, 1]): the depth over the depth it takes
        kg, height, depth = X[:, :3].T   # to stop, v^2 / (2 * 30) with v^2 = 2 g h, times (kg / 70)^(1/3): 1.5 or
        need = 2 * 9.81 * height / 60 * (kg / 70) ** (1 / 3)   # more (0: safe), 1 or more (1: touches), 0.6 or
        return X, np.digitize(-depth / need, [-1.5, -1.0, -0.6], right=True).astype(np.int64)   # more (2: hits the
        # bottom) or less (3: hurt)
    if loader == "microwave_heat":   # a microwave of uniform on [600, 1200] W heating uniform on [80, 600] g of food
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # for uniform on [10, 180] s (the other
        X[:, :3] = X[:, :3] * [600.0, 520.0, 170.0] + [600.0, 80.0, 10.0]   # features uniform on [0, 1]): the
        watts, grams, secs = X[:, :3].T   # food's rise in C, 60% of the energy into water's 4.18 J per g and C:
        rise = 0.6 * watts * secs / (4.18 * grams)   # under 20 (0: lukewarm), under 50 (1: hot) or more (2:
        y = np.digitize(rise, [20.0, 50.0]).astype(np.int64)   # scalding), ``flip`` of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "star_gaze":   # a telescope of uniform on [10, 200] mm aperture on a star of magnitude uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [3, 14] under a sky of Bortle class
        X[:, :3] = X[:, :3] * [190.0, 11.0, 8.0] + [10.0, 3.0, 1.0]   # uniform on [1, 9] (the other features
        aperture, mag, bortle = X[:, :3].T   # uniform on [0, 1]): the faintest magnitude seen, 2.1 + 5 log10(mm)
        limit = 2.1 + 5 * np.log10(aperture) - 0.4 * (bortle - 1)   # less 0.4 a Bortle class past 1, less the
        return X, np.digitize(limit - mag, [0.0, 2.0]).astype(np.int64)   # star's: under 0 (0: unseen), under 2
        # (1: faint) or more (2: clear)
    if loader == "seesaw_tilt":   # a seesaw with a child of uniform on [20, 50] kg 1.5 m out on the left and one of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [20, 50] kg uniform on [0.8,
        X[:, :3] = X[:, :3] * [30.0, 30.0, 1.4] + [20.0, 20.0, 0.8]   # 2.2] m out on the right (the other
        left, right, reach = X[:, :3].T   # features uniform on [0, 1]): the left's kg m less the right's: under
        turn = 1.5 * left - reach * right   # -10 (0: the right goes down), under 10 (1: about level) or more (2: the
        return X, np.digitize(turn, [-10.0, 10.0]).astype(np.int64)   # left goes down)
    if loader == "paint_dry":   # a coat of paint of uniform on [50, 250] microns in air of uniform on [5, 30] C and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [20, 90]% humidity (the other
        X[:, :3] = X[:, :3] * [200.0, 25.0, 70.0] + [50.0, 5.0, 20.0]   # features uniform on [0, 1]): the hours to
        microns, temp, humid = X[:, :3].T   # dry, 3 at 100 microns, 20 C and 40%, as the coat^1.5, doubling each
        hours = 3 * (microns / 100) ** 1.5 * 2 ** ((20 - temp) / 10) * 60 / (100 - humid)   # 10 C colder and as
        return X, np.digitize(hours, [4.0, 12.0]).astype(np.int64)   # 1 / (100 - the humidity): under 4 (0: the
        # same afternoon), under 12 (1: overnight) or more (2: days)
    if loader == "hammock_hang":   # a hammock's sitter of uniform on [40, 120] kg, its straps uniform on [10, 40]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # degrees below level, a bounce of uniform
        X[:, :3] = X[:, :3] * [80.0, 30.0, 1.0] + [40.0, 10.0, 1.0]   # on [1, 2] times the weight (the other
        kg, angle, bounce = X[:, :3].T   # features uniform on [0, 1]): each strap's kN, the weight times the bounce
        tension = kg * 9.81 * bounce / (2 * np.sin(np.radians(angle))) / 1000   # over 2 sin(angle): under 1 (0),
        return X, np.digitize(tension, [1.0, 1.6, 2.5]).astype(np.int64)   # under 1.6 (1), under 2.5 (2) or more
        # (3: past a cheap strap's rating)
    if loader == "canoe_tip":   # a paddler of uniform on [50, 110] kg in a canoe of beam uniform on [0.7, 1] m in
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # waves of uniform on [0, 0.6] m leaning
        X[:, :4] = X[:, :4] * [60.0, 0.3, 0.6, 25.0] + [50.0, 0.7, 0.0, 0.0]   # uniform on [0, 25] degrees (the
        kg, beam, waves, lean = X[:, :4].T   # other features uniform on [0, 1]): it tips (1) when the lean plus 40
        y = (lean + 40 * waves > 27 * (beam / 0.85) ** 3 - (kg - 80) / 4).astype(np.int64)   # a m of waves passes
        return X, _flip_binary(y, rng, params)   # 27 (beam / 0.85)^3 less a degree each 4 kg past 80, ``flip`` of
        # the labels at random
    if loader == "ford_wade":   # a river of uniform on [0.1, 1] m deep running uniform on [0.2, 2.5] m/s waded by a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # walker uniform on [1.2, 1.9] m tall (the
        X[:, :3] = X[:, :3] * [0.9, 2.3, 0.7] + [0.1, 0.2, 1.2]   # other features uniform on [0, 1]): the hazard,
        depth, current, height = X[:, :3].T   # the depth times (the current + 0.5) by 1.7 m over the walker's
        hazard = depth * (current + 0.5) * 1.7 / height   # height: under 1.4 (0: wades across), under 1.6 (1:
        return X, np.digitize(hazard, [1.4, 1.6]).astype(np.int64)   # stumbles) or more (2: swept off)
    if loader == "key_hole":   # a key's tip landing uniform on [-0.45, 0.45] east and north of the centre of a lock's
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # plate whose keyhole is of size uniform
        X[:, :3] = X[:, :3] * [0.9, 0.9, 0.4] + [-0.45, -0.45, 0.6]   # on [0.6, 1] (the other features uniform on
        east, north, size = X[:, :3].T   # [0, 1]): the keyhole a disc of radius 0.3 size about (0, 0.15 size) over
        disc = np.hypot(east, north - 0.15 * size) < 0.3 * size   # a slot 0.4 size wide from -0.7 size up to the
        slot = (np.abs(east) < 0.2 * size) & (north > -0.7 * size) & (north < 0.15 * size)   # disc's centre: in
        return X, np.where(disc, 2, np.where(slot, 1, 0)).astype(np.int64)   # the disc (2), in the slot alone (1)
        # or on the plate (0)
    if loader == "bike_climb":   # a cyclist of uniform on [100, 400] W, rider and bike of uniform on [60, 120] kg,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # up a road of uniform on [2, 12]% (the
        X[:, :3] = X[:, :3] * [300.0, 60.0, 10.0] + [100.0, 60.0, 2.0]   # other features uniform on [0, 1]): the
        watts, kg, grade = X[:, :3].T   # km/h the watts hold against the climb and a rolling resistance of 0.005
        speed = 3.6 * watts / (kg * 9.81 * (grade / 100 + 0.005))   # (no air): under 9 (0), under 13 (1), under
        return X, np.digitize(speed, [9.0, 13.0, 19.0]).astype(np.int64)   # 19 (2) or more (3)
    if loader == "ev_charge":   # an electric car's battery of uniform on [40, 100] kWh at 20% on a charger of uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [7, 150] kW for uniform on [5, 60]
        X[:, :3] = X[:, :3] * [60.0, 143.0, 55.0] + [40.0, 7.0, 5.0]   # minutes (the other features uniform on [0,
        kwh, kw, minutes = X[:, :3].T   # 1]): the charge after, 20% plus 90% of the kWh drawn over the battery's:
        charge = 0.2 + 0.9 * kw * minutes / 60 / kwh   # under 0.5 (0), under 0.8 (1) or more (2), ``flip`` of the
        y = np.digitize(charge, [0.5, 0.8]).astype(np.int64)   # labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "low_bridge":   # a van of uniform on [2, 4.2] m under a bridge of uniform on [3, 4.8] m with a load
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [0, 0.8] m on its roof (the
        X[:, :3] = X[:, :3] * [2.2, 1.8, 0.8] + [2.0, 3.0, 0.0]   # other feature uniform on [0, 1]): the bridge
        van, bridge, load = X[:, :3].T   # less the van and the load: under 0 (0: hits), under 0.4 (1: tight) or more
        return X, np.digitize(bridge - van - load, [0.0, 0.4]).astype(np.int64)   # (2: clears)
    if loader == "beach_shade":   # a spot uniform on [-2, 2] m east and north of a beach umbrella's pole, its canopy
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of radius uniform on [0.8, 1.4] m 2 m up,
        X[:, :4] = X[:, :4] * [4.0, 4.0, 0.6, 50.0] + [-2.0, -2.0, 0.8, 30.0]   # the sun uniform on [30, 80]
        east, north, radius, sun = X[:, :4].T   # degrees up in the south (the other features uniform on [0, 1]):
        off = np.hypot(east, north - 2 / np.tan(np.radians(sun)))   # the shadow a disc of the canopy's radius 2 /
        y = np.where(off < radius, 2, np.where(off < radius + 0.5, 1, 0))   # tan(sun) m north of the pole: the
        return X, y.astype(np.int64)   # spot in it (2: shade), within 0.5 m of it (1: its edge) or not (0: sun)
    if loader == "fruit_ripen":   # fruit picked uniform on [0, 14] days ago kept at uniform on [4, 28] C near
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1] of a bowl of bananas'
        X[:, :3] = X[:, :3] * [14.0, 24.0, 1.0] + [0.0, 4.0, 0.0]   # ethylene (the other features uniform on [0,
        days, temp, ethylene = X[:, :3].T   # 1]): its ripening, the days doubled each 10 C past 20 and times 1 +
        ripening = days * 2 ** ((temp - 20) / 10) * (1 + 1.5 * ethylene)   # 1.5 the ethylene: under 4 (0: green),
        y = np.digitize(ripening, [4.0, 10.0]).astype(np.int64)   # under 10 (1: ripe) or more (2: overripe),
        return X, _redraw_among(y, rng, 3, params)   # ``flip`` of the labels redrawn
    if loader == "air_con":   # a room of uniform on [10, 50] m^2 with an air conditioner of uniform on [1.5, 7] kW
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on a day of uniform on [26, 42] C (the
        X[:, :3] = X[:, :3] * [40.0, 5.5, 16.0] + [10.0, 1.5, 26.0]   # other features uniform on [0, 1]): the
        area, kw, outside = X[:, :3].T   # room's C, the day's less the kW over the room's 0.02 kW per C and m^2 of
        room = outside - kw / (0.02 * area)   # loss: under 22 (0: cold), under 25 (1: comfortable), under 28 (2:
        y = np.digitize(room, [22.0, 25.0, 28.0]).astype(np.int64)   # warm) or more (3: hot), ``flip`` of the
        return X, _redraw_among(y, rng, 4, params)   # labels redrawn
    if loader == "hail_dent":   # hailstones of uniform on [5, 50] mm in a wind of uniform on [0, 25] m/s on a car's
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # panel of uniform on [0.6, 1] mm (the
        X[:, :3] = X[:, :3] * [45.0, 25.0, 0.4] + [5.0, 0.0, 0.6]   # other feature uniform on [0, 1]): a stone's
        mm, wind, panel = X[:, :3].T   # energy, its kg (ice of 900 kg/m^3) times its fall speed squared (81 m^2/s^2
        kg = 900 * np.pi / 6 * (mm / 1000) ** 3   # a cm) plus the wind's over 2, over (the panel / 0.8 mm)^2:
        energy = kg * (81 * mm / 10 + wind**2) / 2 / (panel / 0.8) ** 2   # under 1.5 J (0: none), under 6 (1: small
        return X, np.digitize(energy, [1.5, 6.0, 15.0]).astype(np.int64)   # dents), under 15 (2: dents) or more
        # (3: cracked)
    if loader == "aquarium_stock":   # an aquarium of uniform on [40, 300] L holding fish of uniform on [5, 120] cm in
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # all with a filter of uniform on [100,
        X[:, :3] = X[:, :3] * [260.0, 115.0, 1100.0] + [40.0, 5.0, 100.0]   # 1200] L/h (the other features uniform
        litres, fish, flow = X[:, :3].T   # on [0, 1]): its load, the fish's cm over half the litres, times the root
        load = fish / (litres / 2) * np.sqrt(4 * litres / flow)   # of 4 turnovers an hour over the filter's: under
        return X, np.digitize(load, [0.8, 1.3]).astype(np.int64)   # 0.8 (0: room), under 1.3 (1: full) or more (2:
        # overstocked)
    if loader == "cheese_age":   # a cheese aged uniform on [1, 24] months in a cellar of uniform on [6, 16] C at
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [70, 95]% humidity (the other
        X[:, :3] = X[:, :3] * [23.0, 10.0, 25.0] + [1.0, 6.0, 70.0]   # features uniform on [0, 1]): its ripeness,
        months, temp, humid = X[:, :3].T   # the months doubled each 6 C past 11, times the humidity over 85%: under
        ripe = months * 2 ** ((temp - 11) / 6) * humid / 85   # 4 (0: mild), under 12 (1: mature) or more (2: extra
        y = np.digitize(ripe, [4.0, 12.0]).astype(np.int64)   # mature), ``flip`` of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "water_carry":   # a hike of uniform on [1, 10] hours on a day of uniform on [10, 38] C carrying
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.5, 4] L (the other feature
        X[:, :3] = X[:, :3] * [9.0, 28.0, 3.5] + [1.0, 10.0, 0.5]   # uniform on [0, 1]): the litres over the need,
        hours, temp, litres = X[:, :3].T   # 0.3 L an hour and 0.025 more a degree past 15 C: 1.1 or more (0:
        share = litres / (hours * (0.3 + 0.025 * np.maximum(temp - 15, 0)))   # enough), 0.9 or more (1: tight) or
        return X, np.where(share >= 1.1, 0, np.where(share >= 0.9, 1, 2)).astype(np.int64)   # less (2: runs out)
    if loader == "coaster_loop":   # a coaster dropping uniform on [10, 60] m into a loop of radius uniform on [5, 25] m
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # losing uniform on [0, 0.3] of its energy
        X[:, :3] = X[:, :3] * [50.0, 20.0, 0.3] + [10.0, 5.0, 0.0]   # to friction (the other features uniform on
        drop, radius, loss = X[:, :3].T   # [0, 1]): it makes the loop (1) when the drop kept past friction passes 2.5
        y = (drop * (1 - loss) > 2.5 * radius).astype(np.int64)   # radii (the top's speed at least sqrt(g r)),
        return X, _flip_binary(y, rng, params)   # ``flip`` of the labels at random
    if loader == "printer_ink":   # a cartridge of uniform on [5, 30] ml printing uniform on [50, 1000] pages at a cover
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [2, 20]% (the other features
        X[:, :3] = X[:, :3] * [25.0, 950.0, 18.0] + [5.0, 50.0, 2.0]   # uniform on [0, 1]): the ink left, 1 less the
        ml, pages, cover = X[:, :3].T   # ml used (1 a 100 pages at 5%) over the cartridge's: under 0 (0: ran out),
        left = 1 - pages * cover / 500 / ml   # under 0.25 (1: low), under 0.6 (2: half) or more (3: plenty)
        return X, np.digitize(left, [0.0, 0.25, 0.6]).astype(np.int64)
    if loader == "speed_camera":   # a road's limit uniform on [30, 120] km/h, a car at uniform on [0.8, 1.6] times
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # it (the other features uniform on [0, 1]):
        X[:, 0] = 30 + 90 * X[:, 0]   # the excess over the limit, under 5% (0: nothing), under 10% (1: a warning),
        X[:, 1] = X[:, 0] * (0.8 + 0.8 * X[:, 1])   # under 25% (2: a fine), under 50% (3: points) or more (4: a ban)
        excess = X[:, 1] / X[:, 0] - 1
        return X, np.digitize(excess, [0.05, 0.10, 0.25, 0.50]).astype(np.int64)
    if loader == "camera_shake":   # a photo at a shutter of 0.001 * 250^u s (log-uniform on [1/1000, 1/4]) through a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # lens of uniform on [15, 300] mm with
        X[:, 0] = 0.001 * 250.0 ** X[:, 0]   # uniform on [0, 4] stops of stabilisation (the other features uniform on
        X[:, 1:3] = X[:, 1:3] * [285.0, 4.0] + [15.0, 0.0]   # [0, 1]): the shake, the seconds times the mm over 2^stops
        secs, mm, stops = X[:, :3].T   # (the rule of one over the focal length): under 0.5 (0: sharp), under 1 (1:
        shake = secs * mm / 2**stops   # acceptable), under 2.5 (2: soft) or more (3: blurred)
        return X, np.digitize(shake, [0.5, 1.0, 2.5]).astype(np.int64)
    if loader == "lawn_mow":   # a lawn mown uniform on [2, 21] days ago after uniform on [0, 50] mm of rain a week at
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [5, 30] C (the other features
        X[:, :3] = X[:, :3] * [19.0, 50.0, 25.0] + [2.0, 0.0, 5.0]   # uniform on [0, 1]): the grass's mm, the days
        days, rain, temp = X[:, :3].T   # times 0.5 + 0.04 the rain times a tenth of the C past 5: under 10 (0: fine),
        grown = days * (0.5 + 0.04 * rain) * (temp - 5) / 10   # under 25 (1: due) or more (2: overgrown), ``flip``
        y = np.digitize(grown, [10.0, 25.0]).astype(np.int64)   # of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "tea_brew":   # tea steeped uniform on [1, 8] minutes in water of uniform on [70, 100] C with uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [1, 5] g of leaves (the other features
        X[:, :3] = X[:, :3] * [7.0, 30.0, 4.0] + [1.0, 70.0, 1.0]   # uniform on [0, 1]): its strength, the minutes
        minutes, temp, grams = X[:, :3].T   # times the grams times the C past 60 over 40: under 4 (0: weak), under
        strength = minutes * grams * (temp - 60) / 40   # 12 (1: right) or more (2: bitter)
        return X, np.digitize(strength, [4.0, 12.0]).astype(np.int64)
    if loader == "tyre_grip":   # a tyre of uniform on [1.5, 8] mm tread in uniform on [0, 20] mm/h of rain at uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [30, 130] km/h (the other features
        X[:, :3] = X[:, :3] * [6.5, 20.0, 100.0] + [1.5, 0.0, 30.0]   # uniform on [0, 1]): the risk, the km/h over
        tread, rain, speed = X[:, :3].T   # 100 times the rain over twice the tread: under 0.4 (0: grips), under 1.2
        risk = speed / 100 * rain / (2 * tread)   # (1: caution) or more (2: aquaplanes), ``flip`` of the labels
        y = np.digitize(risk, [0.4, 1.2]).astype(np.int64)   # redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "dough_proof":   # dough with uniform on [2, 14] g of yeast rising at uniform on [15, 35] C for uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0.5, 4] hours (the other features
        X[:, :3] = X[:, :3] * [12.0, 20.0, 3.5] + [2.0, 15.0, 0.5]   # uniform on [0, 1]): the rise, the yeast over 7
        yeast, temp, hours = X[:, :3].T   # g times the hours, doubled each 10 C past 25: under 0.6 (0: flat), under
        rise = yeast / 7 * hours * 2 ** ((temp - 25) / 10)   # 1.2 (1: under-proofed), under 2.4 (2: proofed) or
        return X, np.digitize(rise, [0.6, 1.2, 2.4]).astype(np.int64)   # more (3: over-proofed)
    if loader == "kite_lift":   # a kite of uniform on [0.5, 4] m^2 and uniform on [0.1, 1.5] kg in a wind of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 15] m/s (the other features uniform
        X[:, :3] = X[:, :3] * [15.0, 3.5, 1.4] + [0.0, 0.5, 0.1]   # on [0, 1]): it flies (1) when the lift, half the
        wind, area, mass = X[:, :3].T   # air's 1.2 kg/m^3 times the wind squared times the area times a lift
        lift = 0.5 * 1.2 * wind**2 * area * 0.8   # coefficient of 0.8, passes its weight (9.81 N a kg)
        return X, (lift > 9.81 * mass).astype(np.int64)
    if loader == "snow_melt":   # snow of uniform on [5, 100] cm in air of uniform on [-10, 10] C with uniform on [0,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 10] hours of sun (the other features uniform
        X[:, :3] = X[:, :3] * [95.0, 20.0, 10.0] + [5.0, -10.0, 0.0]   # on [0, 1]): the days to melt, the cm over a
        depth, temp, sun = X[:, :3].T   # day's melt (0.5 cm a degree above 0, 0.3 an hour of sun and 0.1): under 3
        days = depth / (0.5 * np.maximum(temp, 0) + 0.3 * sun + 0.1)   # (0: gone), under 20 (1: melting) or more
        return X, np.digitize(days, [3.0, 20.0]).astype(np.int64)   # (2: stays)
    if loader == "battery_drain":   # a phone of uniform on [1000, 5000] mAh whose screen is on uniform on [0.5, 10]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # hours at a brightness of uniform on [0.1,
        X[:, :3] = X[:, :3] * [4000.0, 9.5, 0.9] + [1000.0, 0.5, 0.1]   # 1] (the other features uniform on [0, 1]):
        mah, hours, bright = X[:, :3].T   # the charge left, 1 less the hours times 150 mA and 250 more at full
        left = 1 - hours * (150 + 250 * bright) / mah   # brightness over the mAh: under 0 (0: dead), under 0.2 (1:
        return X, np.digitize(left, [0.0, 0.2, 0.5]).astype(np.int64)   # low), under 0.5 (2: half) or more (3: plenty)
    if loader == "ladder_foot":   # a ladder at uniform on [50, 85] degrees on a floor of friction uniform on [0.2, 0.8]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # with its climber uniform on [0, 1] of the
        X[:, :2] = X[:, :2] * [35.0, 0.6] + [50.0, 0.2]   # way up (the other features uniform on [0, 1]): it slips (1)
        angle, friction, share = X[:, :3].T   # when the friction times the angle's tangent is under 0.5 plus the
        y = (friction * np.tan(np.radians(angle)) < 0.5 + share).astype(np.int64)   # climber's share, ``flip`` of the
        return X, _flip_binary(y, rng, params)   # labels at random
    if loader == "pizza_bake":   # a pizza of uniform on [3, 15] mm dough baked uniform on [4, 20] minutes in an oven of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [180, 300] C (the other features
        X[:, :3] = X[:, :3] * [120.0, 16.0, 12.0] + [180.0, 4.0, 3.0]   # uniform on [0, 1]): the bake, the minutes
        temp, minutes, dough = X[:, :3].T   # times the C past 150 over 10 times the mm: under 8 (0: raw), under 20 (1:
        bake = minutes * (temp - 150) / (10 * dough)   # done) or more (2: burnt)
        return X, np.digitize(bake, [8.0, 20.0]).astype(np.int64)
    if loader == "water_butt":   # a roof of uniform on [10, 100] m^2 in a rain of uniform on [0, 30] mm filling a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # barrel of uniform on [100, 500] L (the other
        X[:, :3] = X[:, :3] * [90.0, 30.0, 400.0] + [10.0, 0.0, 100.0]   # feature uniform on [0, 1]): the fill, 0.8
        roof, rain, barrel = X[:, :3].T   # of the L the roof catches over the barrel's: under 0.6 (0: room), under 0.8
        fill = 0.8 * roof * rain / barrel   # (1: nearly full) or more (2: overflows)
        return X, np.digitize(fill, [0.6, 0.8]).astype(np.int64)
    if loader == "gear_pick":   # a cyclist at uniform on [8, 35] km/h up a grade of uniform on [0, 12]% (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the gear, by
        X[:, :2] = X[:, :2] * [27.0, 12.0] + [8.0, 0.0]   # the km/h over 1 plus a third of the grade: under 5 (0),
        speed, grade = X[:, :2].T   # under 8 (1), under 11 (2), under 16 (3) or more (4)
        return X, np.digitize(speed / (1 + grade / 3), [5.0, 8.0, 11.0, 16.0]).astype(np.int64)
    if loader == "ice_thick":   # a lake after uniform on [0, 60] days at a mean of uniform on [-25, 0] C under uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0, 40] cm of snow (the other features
        X[:, :3] = X[:, :3] * [60.0, 25.0, 40.0] + [0.0, -25.0, 0.0]   # uniform on [0, 1]): the ice's cm, 2.5 times
        days, temp, snow = X[:, :3].T   # the root of the degree-days of frost over 1 plus the snow's twentieth: under
        ice = 2.5 * np.sqrt(days * -temp) / (1 + snow / 20)   # 10 (0: unsafe), under 20 (1: walk) or more (2: drive)
        return X, np.digitize(ice, [10.0, 20.0]).astype(np.int64)
    if loader == "noise_carry":   # a sound of uniform on [40, 120] dB at a distance of 10^u m (log-uniform on [1, 500];
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # the other features uniform on [0, 1]): it
        X[:, 0] = 40 + 80 * X[:, 0]   # is heard (1) when the dB less 20 log10 of the distance pass 30 (the
        X[:, 1] = 500.0 ** X[:, 1]   # background)
        return X, (X[:, 0] - 20 * np.log10(X[:, 1]) > 30).astype(np.int64)
    if loader == "plant_water":   # a pot of uniform on [1, 20] L watered uniform on [0, 14] days ago at uniform on [10,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 35] C (the other features uniform on [0,
        X[:, :3] = X[:, :3] * [19.0, 14.0, 25.0] + [1.0, 0.0, 10.0]   # 1]): the dryness, the days times a twentieth of
        pot, days, temp = X[:, :3].T   # the C over the root of the L: under 0.7 (0: wet), under 1.5 (1: moist), under
        dry = days * temp / 20 / np.sqrt(pot)   # 3 (2: dry) or more (3: wilting), ``flip`` of the labels redrawn
        y = np.digitize(dry, [0.7, 1.5, 3.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 4, params)
    if loader == "crowd_exit":   # a crowd of uniform on [50, 2000] leaving by uniform on [1, 8] doors of uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0.8, 2] m (the other features uniform on [0,
        X[:, :3] = X[:, :3] * [1950.0, 7.0, 1.2] + [50.0, 1.0, 0.8]   # 1]; the doors a real number): the minutes,
        people, doors, width = X[:, :3].T   # 80 a minute through each m of door: under 1.5 (0: quick), under 4 (1:
        minutes = people / (80 * doors * width)   # slow) or more (2: unsafe)
        return X, np.digitize(minutes, [1.5, 4.0]).astype(np.int64)
    if loader == "jam_gel":   # jam of a sugar share uniform on [0.3, 0.7] with uniform on [0, 15] g/kg of pectin boiled
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [2, 20] minutes (the other
        X[:, :3] = X[:, :3] * [0.4, 15.0, 18.0] + [0.3, 0.0, 2.0]   # features uniform on [0, 1]): it sets (1) when 10
        sugar, pectin, boil = X[:, :3].T   # times the sugar, 0.4 the pectin and 0.15 the minutes pass 9.5
        return X, (10 * sugar + 0.4 * pectin + 0.15 * boil > 9.5).astype(np.int64)
    if loader == "dew_point":   # air of uniform on [0, 35] C at uniform on [20, 100]% humidity (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above the dew
        X[:, :2] = X[:, :2] * [35.0, 80.0] + [0.0, 20.0]   # point (Magnus: 243.12 g / (17.62 - g), g the log of the
        temp, humid = X[:, :2].T   # humidity's share plus 17.62 C / (243.12 + C)): under 2 (0: fog), under 5 (1:
        g = np.log(humid / 100) + 17.62 * temp / (243.12 + temp)   # damp), under 10 (2: fresh) or more (3: dry)
        spread = temp - 243.12 * g / (17.62 - g)
        return X, np.digitize(spread, [2.0, 5.0, 10.0]).astype(np.int64)
    if loader == "boat_drift":   # a boat on an anchor of uniform on [2, 30] kg in a wind of uniform on [0, 20] m/s and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # a current of uniform on [0, 2] m/s (the other
        X[:, :3] = X[:, :3] * [28.0, 20.0, 2.0] + [2.0, 0.0, 0.0]   # features uniform on [0, 1]): the pull, 0.05 the
        anchor, wind, current = X[:, :3].T   # wind squared and 20 the current squared, over the anchor's kg: under 0.5
        pull = (0.05 * wind**2 + 20 * current**2) / anchor   # (0: holds), under 1.2 (1: drags) or more (2: adrift)
        return X, np.digitize(pull, [0.5, 1.2]).astype(np.int64)
    if loader == "oven_preheat":   # an oven of uniform on [1, 4] kW heating to uniform on [150, 250] C for uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [2, 20] minutes (the other features
        X[:, :3] = X[:, :3] * [3.0, 100.0, 18.0] + [1.0, 150.0, 2.0]   # uniform on [0, 1]): the share of the heat
        kw, target, minutes = X[:, :3].T   # reached, 12 C a kW-minute over the target's C past 20: under 0.7 (0:
        share = minutes * kw * 12 / (target - 20)   # cold), under 1 (1: nearly) or more (2: ready)
        return X, np.digitize(share, [0.7, 1.0]).astype(np.int64)
    if loader == "parcel_post":   # a parcel of uniform on [0.1, 20] kg whose longest side is uniform on [10, 120] cm
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [19.9, 110.0] + [0.1, 10.0]   # its size, the larger of half the kg and a thirtieth of
        kg, cm = X[:, :2].T   # the cm: under 2 (0: small), under 4 (1: medium), under 7 (2: large) or more (3:
        size = np.maximum(kg / 2, cm / 30)   # oversize)
        return X, np.digitize(size, [2.0, 4.0, 7.0]).astype(np.int64)
    if loader == "fell_walk":   # a walk of uniform on [2, 25] km climbing uniform on [0, 1500] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): Naismith's hours, a
        X[:, :2] = X[:, :2] * [23.0, 1500.0] + [2.0, 0.0]   # fifth of the km and a 600th of the m: under 3 (0:
        km, climb = X[:, :2].T   # short), under 6 (1: half a day) or more (2: a full day)
        return X, np.digitize(km / 5 + climb / 600, [3.0, 6.0]).astype(np.int64)
    if loader == "fog_light":   # a car at uniform on [20, 100] km/h in fog of uniform on [20, 500] m visibility (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): its
        X[:, :2] = X[:, :2] * [80.0, 480.0] + [20.0, 20.0]   # fog lights are needed (1) when the visibility is under
        speed, seen = X[:, :2].T   # twice the km/h, ``flip`` of the labels at random
        y = (seen < 2 * speed).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "till_queue":   # uniform on [0, 40] people with uniform on [1, 30] items each at uniform on [1, 6]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # open tills (the other feature uniform on
        X[:, :3] = X[:, :3] * [40.0, 29.0, 5.0] + [0.0, 1.0, 1.0]   # [0, 1]; the tills a real number): the wait's
        people, items, tills = X[:, :3].T   # minutes, the people times half a minute and 0.1 an item over the tills:
        wait = people * (0.5 + 0.1 * items) / tills   # under 10 (0: short), under 25 (1: long) or more (2: leave)
        return X, np.digitize(wait, [10.0, 25.0]).astype(np.int64)
    if loader == "solar_panel":   # uniform on [1, 10] m^2 of panel in uniform on [0, 10] hours of sun tilted uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 60] degrees off the sun (the other
        X[:, :3] = X[:, :3] * [9.0, 10.0, 60.0] + [1.0, 0.0, 0.0]   # features uniform on [0, 1]): the day's kWh, 0.2
        area, sun, tilt = X[:, :3].T   # a m^2 an hour times the tilt's cosine: under 1 (0: low), under 3 (1: some),
        kwh = 0.2 * area * sun * np.cos(np.radians(tilt))   # under 6 (2: good) or more (3: plenty)
        return X, np.digitize(kwh, [1.0, 3.0, 6.0]).astype(np.int64)
    if loader == "tent_wind":   # a tent in a wind of uniform on [0, 80] km/h held by uniform on [4, 16] pegs and
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 8] guy lines (the other
        X[:, :3] = X[:, :3] * [80.0, 12.0, 8.0] + [0.0, 4.0, 0.0]   # features uniform on [0, 1]; pegs and lines real
        wind, pegs, lines = X[:, :3].T   # numbers): the load, 0.05 the wind squared, over 10 a peg and 15 a line: under
        load = 0.05 * wind**2 / (10 * pegs + 15 * lines)   # 0.5 (0: fine), under 1 (1: flaps) or more (2: collapses)
        return X, np.digitize(load, [0.5, 1.0]).astype(np.int64)
    if loader == "bath_fill":   # a bath of uniform on [100, 250] L filled at uniform on [5, 20] L/min for uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [2, 15] minutes (the other features uniform
        X[:, :3] = X[:, :3] * [150.0, 15.0, 13.0] + [100.0, 5.0, 2.0]   # on [0, 1]): the share filled: under 0.5 (0:
        bath, flow, minutes = X[:, :3].T   # shallow), under 0.9 (1: right) or more (2: overflowing)
        return X, np.digitize(flow * minutes / bath, [0.5, 0.9]).astype(np.int64)
    if loader == "hose_reach":   # a hose at uniform on [1, 6] bar aimed uniform on [10, 60] degrees up at a bed uniform
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [5, 50] m away (the other feature
        X[:, :3] = X[:, :3] * [5.0, 50.0, 45.0] + [1.0, 10.0, 5.0]   # uniform on [0, 1]): it reaches (1) when 10 m a
        bar, angle, far = X[:, :3].T   # bar times the sine of twice the angle passes the distance
        return X, (10 * bar * np.sin(np.radians(2 * angle)) > far).astype(np.int64)
    if loader == "mug_cool":   # a drink poured at uniform on [70, 95] C left uniform on [0, 30] minutes in a room of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [15, 30] C (the other features
        X[:, :3] = X[:, :3] * [25.0, 30.0, 15.0] + [70.0, 0.0, 15.0]   # uniform on [0, 1]): its C by Newton's
        start, minutes, room = X[:, :3].T   # cooling, a time constant of 20 minutes: under 50 (0: cold), under 65 (1:
        temp = room + (start - room) * np.exp(-minutes / 20)   # drinkable) or more (2: hot)
        return X, np.digitize(temp, [50.0, 65.0]).astype(np.int64)
    if loader == "tide_pool":   # a rock pool uniform on [0, 3] m up the shore at a tide of uniform on [0, 4] m (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the sea
        X[:, :2] = X[:, :2] * [3.0, 4.0]   # over the pool, the tide less its height: under 0 (0: dry), under 0.3 (1:
        height, tide = X[:, :2].T   # awash) or more (2: covered)
        return X, np.digitize(tide - height, [0.0, 0.3]).astype(np.int64)
    if loader == "dryer_load":   # a dryer with uniform on [1, 8] kg of washing run uniform on [20, 120] minutes at a
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # heat of uniform on [1, 3] (the other features
        X[:, :3] = X[:, :3] * [7.0, 100.0, 2.0] + [1.0, 20.0, 1.0]   # uniform on [0, 1]): the dryness, the minutes
        kg, minutes, heat = X[:, :3].T   # times the heat over 25 a kg: under 1 (0: damp), under 2 (1: dry) or more (2:
        y = np.digitize(minutes * heat / (25 * kg), [1.0, 2.0]).astype(np.int64)   # overdried), ``flip`` of the labels
        return X, _redraw_among(y, rng, 3, params)   # redrawn
    if loader == "ski_wax":   # snow at uniform on [-25, 0] C in air of uniform on [30, 100]% humidity (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the wax, by the
        X[:, :2] = X[:, :2] * [25.0, 70.0] + [-25.0, 30.0]   # C plus a twentieth of the humidity: under -15 (0: green),
        temp, humid = X[:, :2].T   # under -8 (1: blue), under -3 (2: violet) or more (3: red)
        return X, np.digitize(temp + humid / 20, [-15.0, -8.0, -3.0]).astype(np.int64)
    if loader == "wifi_signal":   # a laptop uniform on [1, 40] m from a router of uniform on [15, 25] dBm through
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 4] walls (the other features
        X[:, :3] = X[:, :3] * [39.0, 10.0, 4.0] + [1.0, 15.0, 0.0]   # uniform on [0, 1]; the walls a real number): the
        metres, dbm, walls = X[:, :3].T   # dBm received, less 40 and 20 log10 of the m and 5 a wall: under -65 (0:
        rssi = dbm - 40 - 20 * np.log10(metres) - 5 * walls   # weak), under -50 (1: fair) or more (2: strong)
        return X, np.digitize(rssi, [-65.0, -50.0]).astype(np.int64)
    if loader == "jug_heat":   # a kettle of uniform on [0.5, 1.7] L at uniform on [1, 3] kW on for uniform on [0, 6]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # minutes (the other features uniform on
        X[:, :3] = X[:, :3] * [1.2, 2.0, 6.0] + [0.5, 1.0, 0.0]   # [0, 1]): the heat given over the 80 C a boil needs
        litres, kw, minutes = X[:, :3].T   # (4.2 kJ a L and C): under 0.6 (0: cold), under 1 (1: hot) or more (2:
        share = kw * 60 * minutes / (4.2 * 80 * litres)   # boiling)
        return X, np.digitize(share, [0.6, 1.0]).astype(np.int64)
    if loader == "river_ford":   # a river uniform on [0, 1.5] m deep with a current of uniform on [0, 3] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [1.5, 3.0]   # depth times the current: under 0.3 (0: safe), under 0.8 (1: risky) or
        depth, current = X[:, :2].T   # more (2: impassable)
        return X, np.digitize(depth * current, [0.3, 0.8]).astype(np.int64)
    if loader == "sail_reef":   # a wind of uniform on [0, 35] knots on a sail of uniform on [10, 40] m^2 (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): reef (1) when
        X[:, :2] = X[:, :2] * [35.0, 30.0] + [0.0, 10.0]   # the wind squared times the sail passes 12,000
        wind, sail = X[:, :2].T
        return X, (wind**2 * sail > 12000).astype(np.int64)
    if loader == "wick_burn":   # a candle uniform on [5, 30] cm tall and [2, 8] cm wide lit uniform on [0, 40] hours
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :3] = X[:, :3] * [25.0, 6.0, 40.0] + [5.0, 2.0, 0.0]   # the cm left, burning 2 over its width an hour:
        tall, wide, hours = X[:, :3].T   # under 0 (0: out), under 5 (1: low) or more (2: fine), ``flip`` of the
        y = np.digitize(tall - 2 * hours / wide, [0.0, 5.0]).astype(np.int64)   # labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "paint_cover":   # a wall of uniform on [5, 60] m^2, uniform on [1, 10] L of paint and uniform on [1,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 3] coats (the other features uniform on
        X[:, :3] = X[:, :3] * [55.0, 9.0, 2.0] + [5.0, 1.0, 1.0]   # [0, 1]; the coats a real number): it covers (1)
        area, litres, coats = X[:, :3].T   # when 10 m^2 a L reach the area times the coats, ``flip`` of the labels at
        y = (10 * litres >= area * coats).astype(np.int64)   # random
        return X, _flip_binary(y, rng, params)
    if loader == "bus_late":   # a route of uniform on [1, 20] km in traffic of uniform on [0, 1] with uniform on [0,
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 30] stops (the other features uniform on
        X[:, :3] = X[:, :3] * [19.0, 1.0, 30.0] + [1.0, 0.0, 0.0]   # [0, 1]): the minutes late, 2 a km in full
        km, traffic, stops = X[:, :3].T   # traffic and 0.3 a stop: under 18 (0: on time), under 30 (1: late) or more
        late = 2 * km * traffic + 0.3 * stops   # (2: very late)
        return X, np.digitize(late, [18.0, 30.0]).astype(np.int64)
    if loader == "pond_ice":   # uniform on [0, 60] days of frost at a mean of uniform on [-20, 0] C under uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 40] cm of snow (the other features
        X[:, :3] = X[:, :3] * [60.0, 20.0, 40.0] + [0.0, -20.0, 0.0]   # uniform on [0, 1]): the ice's cm, 2.7 the
        days, temp, snow = X[:, :3].T   # root of the degree-days over 1 and a 20th of the snow: under 5 (0: unsafe),
        ice = 2.7 * np.sqrt(-days * temp) / (1 + snow / 20)   # under 10 (1: walk), under 20 (2: skate) or more (3:
        return X, np.digitize(ice, [5.0, 10.0, 20.0]).astype(np.int64)   # drive)
    if loader == "wave_height":   # a wind of uniform on [0, 25] m/s over a fetch of uniform on [1, 200] km (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the waves' m,
        X[:, :2] = X[:, :2] * [25.0, 199.0] + [0.0, 1.0]   # 0.02 the wind times the root of the fetch: under 0.5 (0:
        wind, fetch = X[:, :2].T   # calm), under 1 (1: small), under 2 (2: moderate), under 3 (3: rough) or more (4:
        height = 0.02 * wind * np.sqrt(fetch)   # high)
        return X, np.digitize(height, [0.5, 1.0, 2.0, 3.0]).astype(np.int64)
    if loader == "sled_glide":   # a slope of uniform on [0, 30] degrees under uniform on [0, 50] cm of fresh snow
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [30.0, 50.0]   # the degrees less a fifth of the snow: under 0 (0: stuck), under 10 (1:
        slope, snow = X[:, :2].T   # slow) or more (2: fast)
        return X, np.digitize(slope - 0.2 * snow, [0.0, 10.0]).astype(np.int64)
    if loader == "loaf_rise":   # uniform on [1, 10] g of yeast proved uniform on [10, 120] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it rises (1)
        X[:, :2] = X[:, :2] * [9.0, 110.0] + [1.0, 10.0]   # when the g times the minutes pass 300
        yeast, minutes = X[:, :2].T
        return X, (yeast * minutes > 300).astype(np.int64)
    if loader == "brake_stop":   # a car at uniform on [20, 120] km/h on a road of grip uniform on [0.2, 1] (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m to stop,
        X[:, :2] = X[:, :2] * [100.0, 0.8] + [20.0, 0.2]   # the m/s squared over 2 g the grip: under 20 (0: short),
        kmh, grip = X[:, :2].T   # under 50 (1: medium), under 100 (2: long) or more (3: too long)
        metres = (kmh / 3.6) ** 2 / (2 * 9.8 * grip)
        return X, np.digitize(metres, [20.0, 50.0, 100.0]).astype(np.int64)
    if loader == "fridge_spoil":   # food kept at uniform on [0, 12] C for uniform on [0, 10] days (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it spoils (1) when the
        X[:, :2] = X[:, :2] * [12.0, 10.0]   # C times the days pass 30, ``flip`` of the labels at random
        temp, days = X[:, :2].T
        y = (temp * days > 30).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "plank_bend":   # a load of uniform on [0, 50] kg on a plank of uniform on [0.3, 1.5] m of span (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kg
        X[:, :2] = X[:, :2] * [50.0, 1.2] + [0.0, 0.3]   # times the span cubed: under 5 (0: firm), under 30 (1:
        load, span = X[:, :2].T   # bends) or more (2: sags), ``flip`` of the labels redrawn
        y = np.digitize(load * span**3, [5.0, 30.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "lamp_glare":   # a lamp of uniform on [100, 2000] lumens at uniform on [0.5, 5] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the lux, the lumens
        X[:, :2] = X[:, :2] * [1900.0, 4.5] + [100.0, 0.5]   # over the m squared: under 500 (0: dim), under 2,000
        lumens, metres = X[:, :2].T   # (1: fine) or more (2: glare, rare)
        return X, np.digitize(lumens / metres**2, [500.0, 2000.0]).astype(np.int64)
    if loader == "rope_snap":   # a load of uniform on [0, 400] kg on a rope of uniform on [4, 12] mm across (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it snaps (1,
        X[:, :2] = X[:, :2] * [400.0, 8.0] + [0.0, 4.0]   # about a fifth) when the kg pass 6 the mm squared
        load, mm = X[:, :2].T
        return X, (load > 6 * mm**2).astype(np.int64)
    if loader == "coffee_strength":   # uniform on [5, 25] g of coffee in uniform on [100, 400] ml of water (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the g a 100
        X[:, :2] = X[:, :2] * [20.0, 300.0] + [5.0, 100.0]   # ml: under 3 (0: very weak), under 5 (1: weak), under 7
        grams, ml = X[:, :2].T   # (2: fine), under 10 (3: strong) or more (4: very strong)
        return X, np.digitize(100 * grams / ml, [3.0, 5.0, 7.0, 10.0]).astype(np.int64)
    if loader == "hike_pace":   # a walk of uniform on [2, 20] km in uniform on [1, 8] hours (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): brisk (1) when the
        X[:, :2] = X[:, :2] * [18.0, 7.0] + [2.0, 1.0]   # km/h pass 3
        km, hours = X[:, :2].T
        return X, (km / hours > 3).astype(np.int64)
    if loader == "hay_dry":   # uniform on [0, 12] hours of sun in uniform on [20, 100] % humidity (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hay dries (1) when
        X[:, :2] = X[:, :2] * [12.0, 80.0] + [0.0, 20.0]   # the hours times the dry air's % pass 300
        sun, humidity = X[:, :2].T
        return X, (sun * (100 - humidity) > 300).astype(np.int64)
    if loader == "bird_feeder":   # uniform on [0, 500] g of seed for uniform on [0, 40] birds (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it runs out (1) when
        X[:, :2] = X[:, :2] * [500.0, 40.0]   # the g are under 10 a bird
        seed, birds = X[:, :2].T
        return X, (seed < 10 * birds).astype(np.int64)
    if loader == "cake_rise":   # an oven at uniform on [150, 220] C for uniform on [10, 50] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C times
        X[:, :2] = X[:, :2] * [70.0, 40.0] + [150.0, 10.0]   # the minutes over 1,000: under 3.5 (0: raw), under
        temp, minutes = X[:, :2].T   # 6.5 (1: done) or more (2: burnt)
        return X, np.digitize(temp * minutes / 1000, [3.5, 6.5]).astype(np.int64)
    if loader == "swim_lap":   # uniform on [20, 60] strokes a minute of uniform on [1, 2.5] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the m/s: under 0.9
        X[:, :2] = X[:, :2] * [40.0, 1.5] + [20.0, 1.0]   # (0: slow), under 1.5 (1: steady) or more (2: fast)
        rate, stroke = X[:, :2].T
        return X, np.digitize(rate * stroke / 60, [0.9, 1.5]).astype(np.int64)
    if loader == "chess_clock":   # uniform on [1, 40] moves to play in uniform on [0, 60] minutes (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the seconds a move:
        X[:, :2] = X[:, :2] * [39.0, 60.0] + [1.0, 0.0]   # under 15 (0: blitz), under 40 (1: hurried), under 90 (2:
        moves, minutes = X[:, :2].T   # steady), under 240 (3: calm) or more (4: ample)
        return X, np.digitize(60 * minutes / moves, [15.0, 40.0, 90.0, 240.0]).astype(np.int64)
    if loader == "oil_change":   # uniform on [0, 15,000] km since the last change in an engine of uniform on [0, 15]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # years (the other features uniform on
        X[:, :2] = X[:, :2] * [15000.0, 15.0]   # [0, 1]): the thousands of km plus half the years: under 5 (0:
        km, years = X[:, :2].T   # fine), under 9 (1: soon), under 13 (2: due) or more (3: overdue)
        return X, np.digitize(km / 1000 + years / 2, [5.0, 9.0, 13.0]).astype(np.int64)
    if loader == "rice_cook":   # uniform on [100, 250] ml of water a 100 g of rice for uniform on [5, 25] minutes (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the ml
        X[:, :2] = X[:, :2] * [150.0, 20.0] + [100.0, 5.0]   # times the minutes over 1,000: under 2.5 (0: crunchy),
        water, minutes = X[:, :2].T   # under 4 (1: cooked) or more (2: mushy)
        return X, np.digitize(water * minutes / 1000, [2.5, 4.0]).astype(np.int64)
    if loader == "bridge_sway":   # a wind of uniform on [0, 30] m/s on a span of uniform on [50, 500] m (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m/s
        X[:, :2] = X[:, :2] * [30.0, 450.0] + [0.0, 50.0]   # squared times the m over 10,000: under 2 (0: still),
        wind, span = X[:, :2].T   # under 8 (1: sways), under 20 (2: swings) or more (3: closed)
        return X, np.digitize(wind**2 * span / 1e4, [2.0, 8.0, 20.0]).astype(np.int64)
    if loader == "vine_frost":   # a night's lowest of uniform on [-8, 6] C under a wind of uniform on [0, 10] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [14.0, 10.0] + [-8.0, 0.0]   # under 2 over 1 plus a fifth of the wind (a wind stirs
        temp, wind = X[:, :2].T   # the frost away): under 2 (0: no damage), under 5 (1: some) or more (2: heavy)
        return X, np.digitize((2 - temp) / (1 + wind / 5), [2.0, 5.0]).astype(np.int64)
    if loader == "paddle_boat":   # uniform on [1, 6] paddlers against a current of uniform on [0, 2] m/s (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): 1.2 the
        X[:, :2] = X[:, :2] * [5.0, 2.0] + [1.0, 0.0]   # paddlers' square root less the current: under 0 (0:
        paddlers, current = X[:, :2].T   # drifts back), under 0.8 (1: holds), under 1.6 (2: slow) or more (3: fast)
        return X, np.digitize(1.2 * np.sqrt(paddlers) - current, [0.0, 0.8, 1.6]).astype(np.int64)
    if loader == "roof_leak":   # uniform on [0, 50] mm/h of rain on a roof of uniform on [0, 40] years (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it leaks (1)
        X[:, :2] = X[:, :2] * [50.0, 40.0]   # when the mm/h times the years pass 600, ``flip`` of the labels at random
        rain, years = X[:, :2].T
        y = (rain * years > 600).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "tyre_wear":   # uniform on [0, 60,000] km on roads of roughness uniform on [0.5, 2] (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the km times
        X[:, :2] = X[:, :2] * [60000.0, 1.5] + [0.0, 0.5]   # the roughness over 1,000: under 20 (0: new), under 50
        km, rough = X[:, :2].T   # (1: worn) or more (2: bald), ``flip`` of the labels redrawn
        y = np.digitize(km * rough / 1000, [20.0, 50.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "ferry_delay":   # waves of uniform on [0, 4] m in a wind of uniform on [0, 25] m/s (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): twice the m
        X[:, :2] = X[:, :2] * [4.0, 25.0]   # plus a fifth of the m/s: under 4 (0: on time), under 8 (1: late) or more
        waves, wind = X[:, :2].T   # (2: cancelled), ``flip`` of the labels redrawn
        y = np.digitize(2 * waves + wind / 5, [4.0, 8.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "bee_forage":   # uniform on [0, 100] flowers a m^2 at uniform on [5, 35] C (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the bees forage (1,
        X[:, :2] = X[:, :2] * [100.0, 30.0] + [0.0, 5.0]   # about a seventh) when the flowers times the C above 10
        flowers, temp = X[:, :2].T   # pass 1,200
        return X, (flowers * (temp - 10) > 1200).astype(np.int64)
    if loader == "flood_gate":   # a river of uniform on [0, 5] m after uniform on [0, 100] mm of rain (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m plus
        X[:, :2] = X[:, :2] * [5.0, 100.0]   # the mm over 40: under 4.5 (0: open), under 6 (1: alert) or more (2:
        level, rain = X[:, :2].T   # closed, rare)
        return X, np.digitize(level + rain / 40, [4.5, 6.0]).astype(np.int64)
    if loader == "bin_full":   # uniform on [1, 6] people for uniform on [1, 14] days since the bin was emptied (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [5.0, 13.0] + [1.0, 1.0]   # overflows (1) when the people times the days pass 30
        people, days = X[:, :2].T
        return X, (people * days > 30).astype(np.int64)
    if loader == "fence_paint":   # a fence of uniform on [10, 100] m and uniform on [1, 12] litres of paint (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): enough (1)
        X[:, :2] = X[:, :2] * [90.0, 11.0] + [10.0, 1.0]   # when 8 m a litre pass the fence's m
        metres, litres = X[:, :2].T
        return X, (8 * litres > metres).astype(np.int64)
    if loader == "pan_sizzle":   # a pan at uniform on [60, 260] C with uniform on [5, 50] ml of oil (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it sizzles
        X[:, :2] = X[:, :2] * [200.0, 45.0] + [60.0, 5.0]   # (1) when the C less twice the ml pass 120
        temp, oil = X[:, :2].T
        return X, (temp - 2 * oil > 120).astype(np.int64)
    if loader == "tram_crowd":   # uniform on [0, 400] passengers in uniform on [1, 5] carriages (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the passengers a
        X[:, :2] = X[:, :2] * [400.0, 4.0] + [0.0, 1.0]   # carriage: under 40 (0: seats), under 80 (1: standing) or
        passengers, carriages = X[:, :2].T   # more (2: packed)
        return X, np.digitize(passengers / carriages, [40.0, 80.0]).astype(np.int64)
    if loader == "soup_salt":   # uniform on [0, 30] g of salt in uniform on [0.5, 4] litres of soup (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g a litre: under
        X[:, :2] = X[:, :2] * [30.0, 3.5] + [0.0, 0.5]   # 4 (0: bland), under 9 (1: fine) or more (2: salty)
        salt, litres = X[:, :2].T
        return X, np.digitize(salt / litres, [4.0, 9.0]).astype(np.int64)
    if loader == "kiln_fire":   # a kiln at uniform on [600, 1300] C for uniform on [1, 12] hours (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C times the hours'
        X[:, :2] = X[:, :2] * [700.0, 11.0] + [600.0, 1.0]   # square root over 1,000: under 1.5 (0: raw), under 2.5
        temp, hours = X[:, :2].T   # (1: bisque), under 3.5 (2: glaze) or more (3: cracked)
        return X, np.digitize(temp * np.sqrt(hours) / 1000, [1.5, 2.5, 3.5]).astype(np.int64)
    if loader == "parking_fee":   # uniform on [0, 10] hours parked at uniform on [0.5, 4] an hour (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the fee: under 2 (0:
        X[:, :2] = X[:, :2] * [10.0, 3.5] + [0.0, 0.5]   # free), under 5 (1: cheap), under 10 (2: fair), under 20 (3:
        hours, rate = X[:, :2].T   # dear) or more (4: steep)
        return X, np.digitize(hours * rate, [2.0, 5.0, 10.0, 20.0]).astype(np.int64)
    if loader == "hedge_trim":   # uniform on [0, 16] weeks since the trim with uniform on [0, 40] mm of rain a week (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the cm
        X[:, :2] = X[:, :2] * [16.0, 40.0]   # grown, the weeks times 1 plus a twentieth of the mm: under 8 (0: neat),
        weeks, rain = X[:, :2].T   # under 20 (1: shaggy) or more (2: overgrown)
        return X, np.digitize(weeks * (1 + rain / 20), [8.0, 20.0]).astype(np.int64)
    if loader == "glacier_flow":   # a slope of uniform on [1, 30] degrees under uniform on [20, 400] m of ice (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [29.0, 380.0] + [1.0, 20.0]   # slope's sine times the m: under 10 (0: still), under 30
        slope, ice = X[:, :2].T   # (1: creeps), under 70 (2: flows) or more (3: surges)
        return X, np.digitize(np.sin(np.radians(slope)) * ice, [10.0, 30.0, 70.0]).astype(np.int64)
    if loader == "drum_pitch":   # a skin at uniform on [50, 1000] N of tension, uniform on [0.2, 0.8] m across (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [950.0, 0.6] + [50.0, 0.2]   # tension's square root over the m: under 25 (0: low),
        tension, across = X[:, :2].T   # under 45 (1: mid), under 70 (2: high) or more (3: very high)
        return X, np.digitize(np.sqrt(tension) / across, [25.0, 45.0, 70.0]).astype(np.int64)
    if loader == "swing_arc":   # a rope of uniform on [0.5, 4] m pushed to uniform on [5, 80] degrees (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m/s at
        X[:, :2] = X[:, :2] * [3.5, 75.0] + [0.5, 5.0]   # the bottom, sqrt(2 g L (1 - cos a)): under 1.5 (0:
        rope, angle = X[:, :2].T   # gentle), under 3.5 (1: lively) or more (2: wild)
        speed = np.sqrt(2 * 9.81 * rope * (1 - np.cos(np.radians(angle))))
        return X, np.digitize(speed, [1.5, 3.5]).astype(np.int64)
    if loader == "door_creak":   # a door of uniform on [0, 30] years in uniform on [20, 95] % humidity (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it creaks
        X[:, :2] = X[:, :2] * [30.0, 75.0] + [0.0, 20.0]   # (1) when the years times the % pass 1,200, ``flip`` of
        years, humidity = X[:, :2].T   # the labels at random
        y = (years * humidity > 1200).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "milk_froth":   # milk at uniform on [2, 20] C steamed uniform on [5, 60] s (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C at the end,
        X[:, :2] = X[:, :2] * [18.0, 55.0] + [2.0, 5.0]   # 1.2 C a second: under 45 (0: flat), under 68 (1: silky)
        start, seconds = X[:, :2].T   # or more (2: scalded), ``flip`` of the labels redrawn
        y = np.digitize(start + 1.2 * seconds, [45.0, 68.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "dam_spill":   # a reservoir uniform on [40, 100] % full with an inflow of uniform on [0, 500] m^3/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [60.0, 500.0] + [40.0, 0.0]   # the % plus a twentieth of the inflow: under 85 (0:
        full, inflow = X[:, :2].T   # hold), under 105 (1: release) or more (2: spill), ``flip`` of the labels redrawn
        y = np.digitize(full + inflow / 20, [85.0, 105.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "pipe_burst":   # uniform on [0, 48] hours of frost on a pipe of uniform on [0, 60] years (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it bursts (1,
        X[:, :2] = X[:, :2] * [48.0, 60.0]   # about a seventh) when the hours times the years pass 1,400
        frost, years = X[:, :2].T
        return X, (frost * years > 1400).astype(np.int64)
    if loader == "avalanche_risk":   # uniform on [0, 100] cm of new snow on a slope of uniform on [10, 50] degrees
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): a
        X[:, :2] = X[:, :2] * [100.0, 40.0] + [0.0, 10.0]   # twentieth of the cm plus a fifth of the degrees above
        snow, slope = X[:, :2].T   # 30: under 2.5 (0: low), under 7 (1: high) or more (2: extreme, rare)
        return X, np.digitize(snow / 20 + (slope - 30) / 5, [2.5, 7.0]).astype(np.int64)
    if loader == "cup_spill":   # a cup uniform on [50, 100] % full carried at uniform on [0.3, 2.5] m/s (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it spills (1)
        X[:, :2] = X[:, :2] * [50.0, 2.2] + [50.0, 0.3]   # when the % plus 20 times the m/s pass 105
        full, speed = X[:, :2].T
        return X, (full + 20 * speed > 105).astype(np.int64)
    if loader == "bottle_float":   # a bottle of uniform on [0.2, 2] litres holding uniform on [0, 2000] g of ballast
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [1.8, 2000.0] + [0.2, 0.0]   # it floats (1) when the g stay under 800 a litre
        litres, ballast = X[:, :2].T
        return X, (ballast < 800 * litres).astype(np.int64)
    if loader == "stool_wobble":   # one leg uniform on [0, 10] mm short on a floor uniform on [0, 10] mm uneven (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [10.0, 10.0]   # wobbles (1) when the two mm together pass 9
        short, uneven = X[:, :2].T
        return X, (short + uneven > 9).astype(np.int64)
    if loader == "cork_pop":   # a bottle filled to uniform on [1, 6] bar at 4 C, warmed to uniform on [4, 40] C (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the bar
        X[:, :2] = X[:, :2] * [5.0, 36.0] + [1.0, 4.0]   # times 1 plus a thirtieth of the C above 4: under 3.5 (0:
        bar, temp = X[:, :2].T   # still), under 6.5 (1: fizzes) or more (2: pops)
        return X, np.digitize(bar * (1 + (temp - 4) / 30), [3.5, 6.5]).astype(np.int64)
    if loader == "tap_drip":   # a washer of uniform on [0, 20] years at uniform on [1, 6] bar of mains pressure (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [20.0, 5.0] + [0.0, 1.0]   # years times the bar: under 20 (0: dry), under 50 (1: drips)
        years, bar = X[:, :2].T   # or more (2: runs)
        return X, np.digitize(years * bar, [20.0, 50.0]).astype(np.int64)
    if loader == "yoghurt_set":   # milk held at uniform on [25, 50] C for uniform on [2, 14] hours (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 20 times
        X[:, :2] = X[:, :2] * [25.0, 12.0] + [25.0, 2.0]   # the hours: under 50 (0: runny), under 120 (1: soft),
        temp, hours = X[:, :2].T   # under 220 (2: set) or more (3: sour)
        return X, np.digitize((temp - 20) * hours, [50.0, 120.0, 220.0]).astype(np.int64)
    if loader == "sand_timer":   # an hourglass of uniform on [50, 500] g of sand through a neck of uniform on [1, 5] mm
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [450.0, 4.0] + [50.0, 1.0]   # the minutes, the g over 4 times the mm squared: under 3
        sand, neck = X[:, :2].T   # (0), under 6 (1), under 12 (2), under 24 (3) or longer (4)
        return X, np.digitize(sand / (4 * neck**2), [3.0, 6.0, 12.0, 24.0]).astype(np.int64)
    if loader == "fan_cool":   # a room at uniform on [20, 36] C under a fan at uniform on [0, 3] speed (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C felt,
        X[:, :2] = X[:, :2] * [16.0, 3.0] + [20.0, 0.0]   # the room's less 3 times the speed's square root: under 24
        room, speed = X[:, :2].T   # (0: cool), under 29 (1: comfortable) or more (2: hot)
        return X, np.digitize(room - 3 * np.sqrt(speed), [24.0, 29.0]).astype(np.int64)
    if loader == "spring_stretch":   # a spring of uniform on [50, 500] N/m with uniform on [0.5, 10] kg hung on it (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the cm
        X[:, :2] = X[:, :2] * [450.0, 9.5] + [50.0, 0.5]   # it stretches, 100 m g / k: under 5 (0: taut), under 15
        stiffness, kg = X[:, :2].T   # (1: stretched), under 40 (2: long) or more (3: overstretched)
        return X, np.digitize(100 * kg * 9.81 / stiffness, [5.0, 15.0, 40.0]).astype(np.int64)
    if loader == "tow_rope":   # a car of uniform on [0.8, 3] t towed up uniform on [0, 20] degrees (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the rope's kN, m g
        X[:, :2] = X[:, :2] * [2.2, 20.0] + [0.8, 0.0]   # (sin a + 0.015 cos a): under 1.5 (0: slack), under 3.5 (1:
        tonnes, slope = X[:, :2].T   # light), under 6 (2: firm) or more (3: straining)
        pull = tonnes * 9.81 * (np.sin(np.radians(slope)) + 0.015 * np.cos(np.radians(slope)))
        return X, np.digitize(pull, [1.5, 3.5, 6.0]).astype(np.int64)
    if loader == "bulb_glow":   # uniform on [1, 12] V across a filament of uniform on [2, 40] ohms (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the watts, V^2 / R:
        X[:, :2] = X[:, :2] * [11.0, 38.0] + [1.0, 2.0]   # under 1.5 (0: dim), under 6 (1: bright) or more (2:
        volts, ohms = X[:, :2].T   # dazzling)
        return X, np.digitize(volts**2 / ohms, [1.5, 6.0]).astype(np.int64)
    if loader == "nail_hold":   # a nail of uniform on [20, 100] mm in wood of uniform on [300, 900] kg/m^3 (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it holds (1)
        X[:, :2] = X[:, :2] * [80.0, 600.0] + [20.0, 300.0]   # when the mm times the kg/m^3 pass 36,000, ``flip`` of
        mm, density = X[:, :2].T   # the labels at random
        y = (mm * density > 36000).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "radiator_warm":   # a valve uniform on [0, 4] turns open on a boiler at uniform on [40, 80] C (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [4.0, 40.0] + [0.0, 40.0]   # above a room's 20, a quarter of the turns times the
        turns, boiler = X[:, :2].T   # boiler's C above 20: under 12 (0: cold), under 28 (1: warm) or more (2: hot),
        y = np.digitize(turns / 4 * (boiler - 20), [12.0, 28.0]).astype(np.int64)   # ``flip`` of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "paper_plane":   # wings of uniform on [5, 30] cm thrown at uniform on [2, 15] m/s (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the m it glides, the
        X[:, :2] = X[:, :2] * [25.0, 13.0] + [5.0, 2.0]   # cm times the m/s over 10: under 8 (0: short), under 18 (1:
        span, speed = X[:, :2].T   # fair) or more (2: far), ``flip`` of the labels redrawn
        y = np.digitize(span * speed / 10, [8.0, 18.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "glass_crack":   # water uniform on [20, 100] C hotter than a glass of uniform on [2, 8] mm (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it cracks (1,
        X[:, :2] = X[:, :2] * [80.0, 6.0] + [20.0, 2.0]   # about a seventh) when the C over the mm pass 22
        jump, mm = X[:, :2].T
        return X, (jump / mm > 22).astype(np.int64)
    if loader == "cooker_valve":   # a pressure cooker on uniform on [0.5, 3] kW for uniform on [0, 30] minutes (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kW
        X[:, :2] = X[:, :2] * [2.5, 30.0] + [0.5, 0.0]   # times the minutes over 30: under 0.8 (0: low), under 2 (1:
        kw, minutes = X[:, :2].T   # cooking) or more (2: hissing, rare)
        return X, np.digitize(kw * minutes / 30, [0.8, 2.0]).astype(np.int64)
    if loader == "tent_peg":   # a peg driven uniform on [5, 30] cm into the ground in a wind of uniform on [0, 20] m/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [25.0, 20.0] + [5.0, 0.0]   # holds (1) when the cm pass 1.2 times the m/s plus 4
        depth, wind = X[:, :2].T
        return X, (depth > 1.2 * wind + 4).astype(np.int64)
    if loader == "iron_crease":   # an iron at uniform on [80, 220] C pressed for uniform on [1, 10] seconds (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the crease
        X[:, :2] = X[:, :2] * [140.0, 9.0] + [80.0, 1.0]   # comes out (1) when the C above 60 times the seconds pass
        temp, seconds = X[:, :2].T   # 450
        return X, ((temp - 60) * seconds > 450).astype(np.int64)
    if loader == "towel_dry":   # a towel uniform on [0.5, 8] hours on the line in air of uniform on [30, 95] % humidity
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [7.5, 65.0] + [0.5, 30.0]   # is dry (1) when the hours times the % below 100 pass 150
        hours, humidity = X[:, :2].T
        return X, (hours * (100 - humidity) > 150).astype(np.int64)
    if loader == "smoothie_blend":   # a blender at uniform on [1, 10] speed for uniform on [5, 60] seconds (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the speed
        X[:, :2] = X[:, :2] * [9.0, 55.0] + [1.0, 5.0]   # times the seconds: under 100 (0: chunky), under 250 (1:
        speed, seconds = X[:, :2].T   # smooth) or more (2: puree)
        return X, np.digitize(speed * seconds, [100.0, 250.0]).astype(np.int64)
    if loader == "hairdryer_heat":   # a hairdryer of uniform on [600, 2000] W held uniform on [5, 40] cm away (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the W over
        X[:, :2] = X[:, :2] * [1400.0, 35.0] + [600.0, 5.0]   # the cm: under 40 (0: cool), under 90 (1: warm) or more
        watts, cm = X[:, :2].T   # (2: hot)
        return X, np.digitize(watts / cm, [40.0, 90.0]).astype(np.int64)
    if loader == "rucksack_load":   # a rucksack of uniform on [2, 25] kg on a walker of uniform on [45, 110] kg (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [23.0, 65.0] + [2.0, 45.0]   # pack's % of the walker's kg: under 10 (0: light), under 18
        pack, walker = X[:, :2].T   # (1: fair), under 26 (2: heavy) or more (3: overloaded)
        return X, np.digitize(100 * pack / walker, [10.0, 18.0, 26.0]).astype(np.int64)
    if loader == "stair_climb":   # uniform on [1, 20] floors of 18 steps climbed at uniform on [40, 120] steps a minute
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [19.0, 80.0] + [1.0, 40.0]   # the minutes, 18 times the floors over the steps a minute:
        floors, rate = X[:, :2].T   # under 1 (0), under 2 (1), under 3 (2), under 4.5 (3) or longer (4)
        return X, np.digitize(18 * floors / rate, [1.0, 2.0, 3.0, 4.5]).astype(np.int64)
    if loader == "window_fog":   # a window uniform on [0, 20] C colder than a room of uniform on [30, 90] % humidity
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [20.0, 60.0] + [0.0, 30.0]   # C times the % over 100: under 4 (0: clear), under 9 (1:
        gap, humidity = X[:, :2].T   # misty) or more (2: streaming)
        return X, np.digitize(gap * humidity / 100, [4.0, 9.0]).astype(np.int64)
    if loader == "anchor_drag":   # a boat of uniform on [1, 20] t at anchor in a wind of uniform on [2, 25] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the t
        X[:, :2] = X[:, :2] * [19.0, 23.0] + [1.0, 2.0]   # times the m/s squared over 100: under 5 (0: holds), under
        tonnes, wind = X[:, :2].T   # 20 (1: creeps), under 60 (2: drags) or more (3: breaks free)
        return X, np.digitize(tonnes * wind**2 / 100, [5.0, 20.0, 60.0]).astype(np.int64)
    if loader == "rowing_pace":   # a rower at uniform on [18, 40] strokes a minute putting out uniform on [100, 400] W
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [22.0, 300.0] + [18.0, 100.0]   # rate's square root times the W's cube root: under 28
        rate, watts = X[:, :2].T   # (0: easy), under 33 (1: steady), under 38 (2: hard) or more (3: race)
        return X, np.digitize(np.sqrt(rate) * np.cbrt(watts), [28.0, 33.0, 38.0]).astype(np.int64)
    if loader == "trampoline_bounce":   # a jumper of uniform on [20, 100] kg on a trampoline of uniform on [20, 100]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # springs (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [80.0, 80.0] + [20.0, 20.0]   # 1]): the cm, 60 times the springs over the kg: under 50
        kg, springs = X[:, :2].T   # (0: low), under 100 (1: high) or more (2: soaring)
        return X, np.digitize(60 * springs / kg, [50.0, 100.0]).astype(np.int64)
    if loader == "sandbag_hold":   # a wall of uniform on [0, 40] sandbags against a flood of uniform on [0, 100] cm
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [40.0, 100.0]   # holds (1) when 2.5 cm a bag pass the flood's cm, ``flip`` of the labels
        bags, flood = X[:, :2].T   # at random
        y = (2.5 * bags > flood).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "sauna_sweat":   # a sauna at uniform on [60, 100] C sat in for uniform on [2, 20] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
        X[:, :2] = X[:, :2] * [40.0, 18.0] + [60.0, 2.0]   # 50 times the minutes: under 250 (0: dry), under 600 (1:
        temp, minutes = X[:, :2].T   # damp) or more (2: dripping), ``flip`` of the labels redrawn
        y = np.digitize((temp - 50) * minutes, [250.0, 600.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "skate_glide":   # a skater of uniform on [40, 100] kg on ice at uniform on [-20, 0] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m a push
        X[:, :2] = X[:, :2] * [20.0, 60.0] + [-20.0, 40.0]   # glides, a tenth of the kg plus half the C: under 2 (0:
        ice, kg = X[:, :2].T   # short), under 5 (1: fair) or more (2: long), ``flip`` of the labels redrawn
        y = np.digitize(kg / 10 + ice / 2, [2.0, 5.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "balloon_pop":   # a balloon of uniform on [20, 40] cm blown with uniform on [5, 30] breaths (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it pops (1,
        X[:, :2] = X[:, :2] * [25.0, 20.0] + [5.0, 20.0]   # about a sixth) when the breaths pass 0.9 a cm
        breaths, size = X[:, :2].T
        return X, (breaths / size > 0.9).astype(np.int64)
    if loader == "toaster_smoke":   # a toaster at uniform on [1, 6] setting for uniform on [1, 5] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the setting
        X[:, :2] = X[:, :2] * [5.0, 4.0] + [1.0, 1.0]   # times the minutes: under 8 (0: pale), under 20 (1: golden)
        setting, minutes = X[:, :2].T   # or more (2: smoking, rare)
        return X, np.digitize(setting * minutes, [8.0, 20.0]).astype(np.int64)
    if loader == "stepladder_tip":   # a stepladder stood on at a step of uniform on [0.5, 2.5] m, leant uniform on
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0, 60] cm to one side (the other features
        X[:, :2] = X[:, :2] * [2.0, 60.0] + [0.5, 0.0]   # uniform on [0, 1]): it tips (1) when the m times the cm
        height, lean = X[:, :2].T   # pass 40
        return X, (height * lean > 40).astype(np.int64)
    if loader == "birdbath_freeze":   # a night at uniform on [-12, 4] C for uniform on [2, 14] hours (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the birdbath
        X[:, :2] = X[:, :2] * [16.0, 12.0] + [-12.0, 2.0]   # ices over (1) when the C below 0 times the hours pass 20
        temp, hours = X[:, :2].T
        return X, (-temp * hours > 20).astype(np.int64)
    if loader == "hosepipe_reach":   # a hosepipe of uniform on [5, 30] m and a bed uniform on [5, 35] m from the tap
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [25.0, 30.0] + [5.0, 5.0]   # reaches (1) when 1.1 times the hose's m plus 2 pass the
        hose, far = X[:, :2].T   # bed's m (the spray's 2 m and the slack)
        return X, (1.1 * hose + 2 > far).astype(np.int64)
    if loader == "pancake_brown":   # a pan at uniform on [140, 240] C for uniform on [30, 180] seconds a side (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [100.0, 150.0] + [140.0, 30.0]   # above 120 times the seconds over 1000: under 5 (0:
        temp, seconds = X[:, :2].T   # pale), under 11 (1: golden) or more (2: burnt)
        return X, np.digitize((temp - 120) * seconds / 1000, [5.0, 11.0]).astype(np.int64)
    if loader == "greenhouse_warm":   # a greenhouse in sun of uniform on [100, 900] W/m^2 with uniform on [0, 100] %
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of its vents open (the other features
        X[:, :2] = X[:, :2] * [800.0, 100.0] + [100.0, 0.0]   # uniform on [0, 1]): the C it gains, a twentieth of the
        sun, vents = X[:, :2].T   # W/m^2 times 1 less the % over 120: under 9 (0: cool), under 20 (1: warm) or more
        return X, np.digitize(sun * (1 - vents / 120) / 20, [9.0, 20.0]).astype(np.int64)   # (2: hot)
    if loader == "kayak_drift":   # a kayak in a current of uniform on [0.2, 2] m/s and a wind of uniform on [0, 15] m/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [1.8, 15.0] + [0.2, 0.0]   # m it drifts a minute, 60 times the current plus twice the
        current, wind = X[:, :2].T   # wind: under 50 (0: slow), under 80 (1: steady), under 110 (2: fast) or more (3:
        return X, np.digitize(60 * current + 2 * wind, [50.0, 80.0, 110.0]).astype(np.int64)   # swept)
    if loader == "scooter_brake":   # a scooter at uniform on [5, 30] km/h on a road of grip uniform on [0.2, 0.9] (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the m to
        X[:, :2] = X[:, :2] * [25.0, 0.7] + [5.0, 0.2]   # stop, the km/h squared over 254 times the grip: under 0.8
        speed, grip = X[:, :2].T   # (0), under 2 (1), under 3.5 (2), under 6 (3) or longer (4)
        return X, np.digitize(speed**2 / (254 * grip), [0.8, 2.0, 3.5, 6.0]).astype(np.int64)
    if loader == "lolly_melt":   # an ice lolly in air of uniform on [15, 40] C for uniform on [1, 30] minutes (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [25.0, 29.0] + [15.0, 1.0]   # above 10 times the minutes: under 150 (0: firm), under
        temp, minutes = X[:, :2].T   # 400 (1: dripping) or more (2: melted)
        return X, np.digitize((temp - 10) * minutes, [150.0, 400.0]).astype(np.int64)
    if loader == "zipline_speed":   # a rider of uniform on [30, 120] kg down a zipline of uniform on [5, 60] m of drop
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [90.0, 55.0] + [30.0, 5.0]   # drop's square root times the kg's fourth root: under 11
        kg, drop = X[:, :2].T   # (0: gentle), under 14.5 (1: brisk), under 18.5 (2: fast) or more (3: thrilling)
        return X, np.digitize(np.sqrt(drop) * kg**0.25, [11.0, 14.5, 18.5]).astype(np.int64)
    if loader == "bobsled_run":   # a track of uniform on [800, 1600] m on ice at uniform on [-15, -1] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the seconds,
        X[:, :2] = X[:, :2] * [800.0, 14.0] + [800.0, -15.0]   # the m over 25 times 1 plus the C above -15 over 50:
        track, ice = X[:, :2].T   # under 42 (0), under 50 (1), under 60 (2) or slower (3)
        return X, np.digitize(track / 25 * (1 + (ice + 15) / 50), [42.0, 50.0, 60.0]).astype(np.int64)
    if loader == "swingball_spin":   # a swingball hit with uniform on [10, 100] N on a cord of uniform on [0.5, 2] m
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [90.0, 1.5] + [10.0, 0.5]   # N over 10 times the m squared: under 2 (0: slow), under 8
        force, cord = X[:, :2].T   # (1: fast) or more (2: wild)
        return X, np.digitize(force / (10 * cord**2), [2.0, 8.0]).astype(np.int64)
    if loader == "doormat_dry":   # a doormat uniform on [0, 24] hours after the rain, wiped by uniform on [0, 40]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # boots a day (the other features uniform on
        X[:, :2] = X[:, :2] * [24.0, 40.0]   # [0, 1]): it is dry (1) when the hours pass 0.4 a boot plus 6, ``flip``
        hours, boots = X[:, :2].T   # of the labels at random
        y = (hours > 0.4 * boots + 6).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "snowman_build":   # uniform on [2, 40] cm of snow and uniform on [1, 6] builders (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the snowman's cm, 8
        X[:, :2] = X[:, :2] * [38.0, 5.0] + [2.0, 1.0]   # times the square root of the cm times the builders: under 40
        snow, builders = X[:, :2].T   # (0: small), under 70 (1: tall) or more (2: towering), ``flip`` of the labels
        y = np.digitize(8 * np.sqrt(snow * builders), [40.0, 70.0]).astype(np.int64)   # redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "bonfire_smoke":   # a bonfire of uniform on [1, 12] logs of wood uniform on [0, 60] % damp (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the logs times
        X[:, :2] = X[:, :2] * [11.0, 60.0] + [1.0, 0.0]   # the %: under 80 (0: clear), under 250 (1: hazy) or more (2:
        logs, damp = X[:, :2].T   # choking), ``flip`` of the labels redrawn
        y = np.digitize(logs * damp, [80.0, 250.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "mousetrap_snap":   # a mouse of uniform on [10, 30] g on a trigger set to uniform on [5, 25] g (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [20.0, 20.0] + [10.0, 5.0]   # snaps (1, about a sixth) when the mouse's g pass the
        mouse, trigger = X[:, :2].T   # trigger's by 14
        return X, (mouse > trigger + 14).astype(np.int64)
    if loader == "pinata_burst":   # a pinata hit uniform on [1, 20] times with a stick of uniform on [0.2, 1.5] kg (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the hits
        X[:, :2] = X[:, :2] * [19.0, 1.3] + [1.0, 0.2]   # times the kg: under 7 (0: whole), under 18 (1: cracked) or
        hits, stick = X[:, :2].T   # more (2: burst, rare)
        return X, np.digitize(hits * stick, [7.0, 18.0]).astype(np.int64)
    if loader == "candle_drip":   # a candle of uniform on [1, 8] cm across in a draught of uniform on [0, 3] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [7.0, 3.0] + [1.0, 0.0]   # drips (1) when 10 times the m/s over the cm pass 4
        width, draught = X[:, :2].T
        return X, (10 * draught / width > 4).astype(np.int64)
    if loader == "puddle_jump":   # a puddle of uniform on [0.2, 2] m across and a run-up of uniform on [1, 10] m (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [1.8, 9.0] + [0.2, 1.0]   # jump clears it (1) when a fifth of the run-up plus 0.2 m pass
        puddle, runup = X[:, :2].T   # the puddle's m
        return X, (0.2 * runup + 0.2 > puddle).astype(np.int64)
    if loader == "wheelbarrow_tip":   # a load of uniform on [10, 120] kg set uniform on [0, 40] cm off the axle's line
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [110.0, 40.0] + [10.0, 0.0]   # barrow tips (1) when the kg times the cm pass 1200
        load, off = X[:, :2].T
        return X, (load * off > 1200).astype(np.int64)
    if loader == "teapot_steep":   # water at uniform on [70, 100] C for uniform on [1, 8] minutes (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 60 times the
        X[:, :2] = X[:, :2] * [30.0, 7.0] + [70.0, 1.0]   # minutes: under 60 (0: weak), under 150 (1: right) or more
        temp, minutes = X[:, :2].T   # (2: stewed)
        return X, np.digitize((temp - 60) * minutes, [60.0, 150.0]).astype(np.int64)
    if loader == "marmalade_set":   # uniform on [40, 70] % of sugar boiled for uniform on [5, 30] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the % above 35
        X[:, :2] = X[:, :2] * [30.0, 25.0] + [40.0, 5.0]   # times the minutes: under 250 (0: runny), under 550 (1:
        sugar, minutes = X[:, :2].T   # set) or more (2: hard)
        return X, np.digitize((sugar - 35) * minutes, [250.0, 550.0]).astype(np.int64)
    if loader == "canoe_glide":   # uniform on [1, 4] paddlers at uniform on [20, 60] strokes a minute (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the square root
        X[:, :2] = X[:, :2] * [3.0, 40.0] + [1.0, 20.0]   # of the paddlers times the strokes: under 45 (0: drifting),
        paddlers, strokes = X[:, :2].T   # under 65 (1: cruising), under 85 (2: brisk) or more (3: racing)
        return X, np.digitize(np.sqrt(paddlers) * strokes, [45.0, 65.0, 85.0]).astype(np.int64)
    if loader == "skateboard_stop":   # a skateboard at uniform on [5, 25] km/h on ground of drag uniform on [0.3, 1]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [20.0, 0.7] + [5.0, 0.3]   # m to stop, the km/h squared over 100 times the drag: under 1
        speed, drag = X[:, :2].T   # (0), under 2 (1), under 3.5 (2), under 6 (3) or longer (4)
        return X, np.digitize(speed**2 / (100 * drag), [1.0, 2.0, 3.5, 6.0]).astype(np.int64)
    if loader == "icecube_melt":   # an ice cube of uniform on [1, 4] cm in water at uniform on [5, 60] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]; the C first):
        X[:, :2] = X[:, :2] * [55.0, 3.0] + [5.0, 1.0]   # the minutes to melt, 60 times the cm squared over the C:
        temp, cube = X[:, :2].T   # under 5 (0), under 20 (1) or longer (2)
        return X, np.digitize(60 * cube**2 / temp, [5.0, 20.0]).astype(np.int64)
    if loader == "hammock_sag":   # a sitter of uniform on [40, 120] kg in a hammock of uniform on [2, 5] m of span (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the kg
        X[:, :2] = X[:, :2] * [80.0, 3.0] + [40.0, 2.0]   # times the m squared over 100: under 5 (0: taut), under 9
        kg, span = X[:, :2].T   # (1: slack), under 14 (2: low) or more (3: on the ground)
        return X, np.digitize(kg * span**2 / 100, [5.0, 9.0, 14.0]).astype(np.int64)
    if loader == "catapult_throw":   # a catapult's arm of uniform on [0.5, 2] m pulled with uniform on [5, 50] kg (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the m
        X[:, :2] = X[:, :2] * [1.5, 45.0] + [0.5, 5.0]   # times the kg's square root: under 4 (0: short), under 6.5
        arm, pull = X[:, :2].T   # (1: fair), under 9 (2: long) or more (3: over the wall)
        return X, np.digitize(arm * np.sqrt(pull), [4.0, 6.5, 9.0]).astype(np.int64)
    if loader == "yoyo_spin":   # a yoyo thrown at uniform on [1, 6] m/s on a string of uniform on [40, 100] cm (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [5.0, 60.0] + [1.0, 40.0]   # seconds it spins, 100 times the m/s over the cm: under 3.5
        throw, string = X[:, :2].T   # (0), under 7 (1) or longer (2)
        return X, np.digitize(100 * throw / string, [3.5, 7.0]).astype(np.int64)
    if loader == "gutter_clog":   # a gutter uniform on [0, 26] weeks after it was cleared with uniform on [0, 5] trees
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # beside it (the other features uniform on
        X[:, :2] = X[:, :2] * [26.0, 5.0]   # [0, 1]): it clogs (1) when the weeks times 1 plus the trees pass 40,
        weeks, trees = X[:, :2].T   # ``flip`` of the labels at random
        y = (weeks * (1 + trees) > 40).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "sandcastle_stand":   # sand of uniform on [0, 25] % water built into a tower of uniform on [10, 60] cm
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [25.0, 50.0] + [0.0, 10.0]   # cm times 1 plus the % away from 12 over 6 (too dry or too
        water, tower = X[:, :2].T   # wet): under 45 (0: stands), under 80 (1: leans) or more (2: falls), ``flip``
        y = np.digitize(tower * (1 + np.abs(water - 12) / 6), [45.0, 80.0]).astype(np.int64)   # of the labels redrawn
        return X, _redraw_among(y, rng, 3, params)
    if loader == "campfire_glow":   # a campfire of uniform on [1, 10] logs in a wind of uniform on [0, 10] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the logs
        X[:, :2] = X[:, :2] * [9.0, 10.0] + [1.0, 0.0]   # times 10 less the m/s: under 20 (0: embers), under 45 (1:
        logs, wind = X[:, :2].T   # glowing) or more (2: roaring), ``flip`` of the labels redrawn
        y = np.digitize(logs * (10 - wind), [20.0, 45.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "fuse_blow":   # uniform on [1, 15] amps drawn through a fuse rated uniform on [3, 13] amps (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it blows (1,
        X[:, :2] = X[:, :2] * [14.0, 10.0] + [1.0, 3.0]   # about a sixth) when the amps pass the rating by 5
        amps, rating = X[:, :2].T
        return X, (amps > rating + 5).astype(np.int64)
    if loader == "popcorn_burn":   # a pan on a hob set uniform on [1, 10] for uniform on [1, 6] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the setting
        X[:, :2] = X[:, :2] * [9.0, 5.0] + [1.0, 1.0]   # times the minutes: under 10 (0: unpopped), under 38 (1:
        setting, minutes = X[:, :2].T   # popped) or more (2: burnt, rare)
        return X, np.digitize(setting * minutes, [10.0, 38.0]).astype(np.int64)
    if loader == "kite_soar":   # a wind of uniform on [0, 12] m/s on a kite of uniform on [0.5, 3] square m (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it lifts (1)
        X[:, :2] = X[:, :2] * [12.0, 2.5] + [0.0, 0.5]   # when the m/s squared times the square m pass 60
        wind, area = X[:, :2].T
        return X, (wind**2 * area > 60).astype(np.int64)
    if loader == "bucket_overflow":   # uniform on [0.5, 3] litres a minute poured for uniform on [1, 10] minutes (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [2.5, 9.0] + [0.5, 1.0]   # 8-litre bucket overflows (1) when the litres poured pass 8
        rate, minutes = X[:, :2].T
        return X, (rate * minutes > 8).astype(np.int64)
    if loader == "sledge_slide":   # a slope of uniform on [5, 40] degrees under snow of friction uniform on [0.1, 0.7]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): a
        X[:, :2] = X[:, :2] * [35.0, 0.6] + [5.0, 0.1]   # sledge slides (1) when the slope's tangent passes the
        slope, friction = X[:, :2].T   # friction
        return X, (np.tan(np.radians(slope)) > friction).astype(np.int64)
    if loader == "dough_prove":   # uniform on [2, 14] g of yeast for uniform on [20, 180] minutes (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g times the
        X[:, :2] = X[:, :2] * [12.0, 160.0] + [2.0, 20.0]   # minutes: under 500 (0: flat), under 1300 (1: risen) or
        yeast, minutes = X[:, :2].T   # more (2: overproofed)
        return X, np.digitize(yeast * minutes, [500.0, 1300.0]).astype(np.int64)
    if loader == "varnish_cure":   # a coat of uniform on [0.05, 0.5] mm in a room at uniform on [5, 30] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the hours to
        X[:, :2] = X[:, :2] * [0.45, 25.0] + [0.05, 5.0]   # dry, 100 times the mm over the C: under 1 (0), under 3
        coat, temp = X[:, :2].T   # (1) or longer (2)
        return X, np.digitize(100 * coat / temp, [1.0, 3.0]).astype(np.int64)
    if loader == "bicycle_climb":   # a rider of uniform on [100, 400] watts up a slope of uniform on [0, 12] % (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [300.0, 12.0] + [100.0, 0.0]   # km/h, the watts over 8 plus 4 times the %: under 5 (0:
        watts, slope = X[:, :2].T   # crawling), under 10 (1: slow), under 18 (2: steady) or more (3: fast)
        return X, np.digitize(watts / (8 + 4 * slope), [5.0, 10.0, 18.0]).astype(np.int64)
    if loader == "lantern_dim":   # a lantern's battery at uniform on [10, 100] % after uniform on [0, 12] hours on (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [90.0, 12.0] + [10.0, 0.0]   # brightness, the % over 1 plus a third of the hours: under
        battery, hours = X[:, :2].T   # 8 (0), under 16 (1), under 28 (2), under 48 (3) or more (4)
        return X, np.digitize(battery / (1 + hours / 3), [8.0, 16.0, 28.0, 48.0]).astype(np.int64)
    if loader == "soup_cool":   # soup at uniform on [60, 100] C left uniform on [0, 30] minutes (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): its C, 20 plus the C
        X[:, :2] = X[:, :2] * [40.0, 30.0] + [60.0, 0.0]   # above 20 over 1 plus a tenth of the minutes: under 40 (0:
        temp, minutes = X[:, :2].T   # warm), under 60 (1: hot) or more (2: scalding)
        return X, np.digitize((temp - 20) / (1 + minutes / 10) + 20, [40.0, 60.0]).astype(np.int64)
    if loader == "glacier_creep":   # ice of uniform on [50, 500] m on a slope of uniform on [1, 10] degrees (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m a year,
        X[:, :2] = X[:, :2] * [450.0, 9.0] + [50.0, 1.0]   # the hundreds of m squared times the degrees: under 5 (0:
        ice, slope = X[:, :2].T   # stuck), under 20 (1: creeping), under 60 (2: flowing) or more (3: surging)
        return X, np.digitize((ice / 100) ** 2 * slope, [5.0, 20.0, 60.0]).astype(np.int64)
    if loader == "rocket_climb":   # a rocket of uniform on [1, 10] tonnes of fuel on an engine of uniform on [50, 300]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # kN (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [9.0, 250.0] + [1.0, 50.0]   # the kN over 10 times 2 plus the tonnes: under 1 (0:
        fuel, thrust = X[:, :2].T   # grounded), under 2 (1: hovering), under 4 (2: climbing) or more (3: soaring)
        return X, np.digitize(thrust / (10 * (2 + fuel)), [1.0, 2.0, 4.0]).astype(np.int64)
    if loader == "drum_echo":   # a drum of uniform on [20, 80] cm across hit with uniform on [1, 10] N (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the cm times
        X[:, :2] = X[:, :2] * [60.0, 9.0] + [20.0, 1.0]   # the N's square root over 40: under 1.5 (0: short), under 3
        drum, hit = X[:, :2].T   # (1: ringing) or more (2: booming)
        return X, np.digitize(drum * np.sqrt(hit) / 40, [1.5, 3.0]).astype(np.int64)
    if loader == "kettle_fur":   # water of uniform on [0, 300] mg/l of hardness boiled for uniform on [0, 24] months
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [300.0, 24.0]   # kettle furs (1) when the mg/l times the months pass 2000, ``flip`` of
        hardness, months = X[:, :2].T   # the labels at random
        y = (hardness * months > 2000).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "orchard_ripen":   # uniform on [2, 12] hours of sun a day for uniform on [30, 120] days (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the hours
        X[:, :2] = X[:, :2] * [10.0, 90.0] + [2.0, 30.0]   # times the days: under 400 (0: green), under 800 (1: ripe)
        sun, days = X[:, :2].T   # or more (2: overripe), ``flip`` of the labels redrawn
        y = np.digitize(sun * days, [400.0, 800.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "flue_draw":   # a flue of uniform on [3, 15] m on a day of uniform on [-10, 20] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the m times
        X[:, :2] = X[:, :2] * [12.0, 30.0] + [3.0, -10.0]   # 25 less the C over 10: under 10 (0: smoky), under 25 (1:
        height, outside = X[:, :2].T   # drawing) or more (2: roaring), ``flip`` of the labels redrawn
        y = np.digitize(height * (25 - outside) / 10, [10.0, 25.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "tyre_burst":   # a tyre at uniform on [1.5, 4] bar under a load of uniform on [200, 800] kg (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it bursts (1,
        X[:, :2] = X[:, :2] * [2.5, 600.0] + [1.5, 200.0]   # about a sixth) when the bar times the kg pass 2000
        bar, load = X[:, :2].T
        return X, (bar * load > 2000).astype(np.int64)
    if loader == "volcano_erupt":   # magma at a pressure uniform on [0, 10] after uniform on [0, 100] years quiet (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [10.0, 100.0]   # pressure times the years: under 150 (0: quiet), under 600 (1: rumbling)
        pressure, years = X[:, :2].T   # or more (2: erupting, rare)
        return X, np.digitize(pressure * years, [150.0, 600.0]).astype(np.int64)
    if loader == "raft_float":   # a load of uniform on [50, 650] kg on a raft of uniform on [0.5, 3] square m (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [600.0, 2.5] + [50.0, 0.5]   # floats (1) when the kg stay under 200 times the square m
        load, area = X[:, :2].T
        return X, (load < 200 * area).astype(np.int64)
    if loader == "wheelchair_ramp":   # a ramp of uniform on [5, 55] cm of rise over uniform on [0.5, 6.5] m of run (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): a
        X[:, :2] = X[:, :2] * [50.0, 6.0] + [5.0, 0.5]   # wheelchair can climb it (1) when the cm stay under 8 a m of
        rise, run = X[:, :2].T   # run
        return X, (rise < 8 * run).astype(np.int64)
    if loader == "bell_ring":   # a bell of uniform on [1, 20] kg struck with uniform on [5, 100] N (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): it is heard across the
        X[:, :2] = X[:, :2] * [19.0, 95.0] + [1.0, 5.0]   # square (1) when the N over the kg's square root pass 15
        bell, strike = X[:, :2].T
        return X, (strike / np.sqrt(bell) > 15).astype(np.int64)
    if loader == "cider_ferment":   # juice of uniform on [50, 250] g/l of sugar fermented for uniform on [1, 30] days
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [200.0, 29.0] + [50.0, 1.0]   # g/l times the days: under 1500 (0: sweet), under 4000 (1:
        sugar, days = X[:, :2].T   # medium) or more (2: dry)
        return X, np.digitize(sugar * days, [1500.0, 4000.0]).astype(np.int64)
    if loader == "toffee_harden":   # toffee poured at uniform on [110, 160] C cooled for uniform on [0, 30] minutes
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [50.0, 30.0] + [110.0, 0.0]   # C above 100 times 1 plus a tenth of the minutes: under
        temp, minutes = X[:, :2].T   # 60 (0: soft), under 120 (1: chewy) or more (2: hard)
        return X, np.digitize((temp - 100) * (1 + minutes / 10), [60.0, 120.0]).astype(np.int64)
    if loader == "chilli_heat":   # a chilli of uniform on [1, 100] thousand Scoville units, uniform on [1, 20] g eaten
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [99.0, 19.0] + [1.0, 1.0]   # thousands times the g: under 100 (0: mild), under 400 (1:
        scoville, grams = X[:, :2].T   # warm), under 1000 (2: hot) or more (3: fiery)
        return X, np.digitize(scoville * grams, [100.0, 400.0, 1000.0]).astype(np.int64)
    if loader == "motorway_flow":   # uniform on [10, 130] cars a minute on uniform on [1, 4] lanes (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the cars a minute a
        X[:, :2] = X[:, :2] * [120.0, 3.0] + [10.0, 1.0]   # lane: under 10 (0), under 18 (1), under 26 (2), under 36
        cars, lanes = X[:, :2].T   # (3) or more (4)
        return X, np.digitize(cars / lanes, [10.0, 18.0, 26.0, 36.0]).astype(np.int64)
    if loader == "surf_break":   # a wave of uniform on [0.3, 4] m at a period of uniform on [4, 16] s (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): its power, the m
        X[:, :2] = X[:, :2] * [3.7, 12.0] + [0.3, 4.0]   # squared times the s: under 4 (0: flat), under 40 (1:
        height, period = X[:, :2].T   # surfable) or more (2: big)
        return X, np.digitize(height**2 * period, [4.0, 40.0]).astype(np.int64)
    if loader == "waterfall_roar":   # uniform on [1, 50] m^3/s over a fall of uniform on [2, 60] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): its kW, 9.81 times the
        X[:, :2] = X[:, :2] * [49.0, 58.0] + [1.0, 2.0]   # m^3/s times the m: under 1000 (0: quiet), under 4000 (1:
        flow, drop = X[:, :2].T   # loud), under 12000 (2: roaring) or more (3: thunderous)
        return X, np.digitize(9.81 * flow * drop, [1000.0, 4000.0, 12000.0]).astype(np.int64)
    if loader == "meteor_glow":   # a meteor of uniform on [0.1, 10] g at uniform on [11, 71] km/s (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the g times the tens of
        X[:, :2] = X[:, :2] * [9.9, 60.0] + [0.1, 11.0]   # km/s cubed: under 20 (0: faint), under 150 (1: bright),
        mass, speed = X[:, :2].T   # under 800 (2: a fireball) or more (3: a bolide)
        return X, np.digitize(mass * (speed / 10) ** 3, [20.0, 150.0, 800.0]).astype(np.int64)
    if loader == "radar_spot":   # a plane of uniform on [1, 50] square m of radar cross-section at uniform on [10, 200]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # km (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [49.0, 190.0] + [1.0, 10.0]   # the echo, the square m over the hundreds of km to the
        section, km = X[:, :2].T   # 4th: under 5 (0: unseen), under 100 (1: a blip) or more (2: clear)
        return X, np.digitize(section / (km / 100) ** 4, [5.0, 100.0]).astype(np.int64)
    if loader == "mould_grow":   # air of uniform on [40, 100] % humidity for uniform on [0, 30] days (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): mould grows
        X[:, :2] = X[:, :2] * [60.0, 30.0] + [40.0, 0.0]   # (1) when the % above 60 times the days pass 300, ``flip``
        humidity, days = X[:, :2].T   # of the labels at random
        y = ((humidity - 60) * days > 300).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "honey_crystal":   # honey stored at uniform on [5, 30] C for uniform on [0, 12] months (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C under 30
        X[:, :2] = X[:, :2] * [25.0, 12.0] + [5.0, 0.0]   # times the months: under 40 (0: runny), under 120 (1:
        temp, months = X[:, :2].T   # cloudy) or more (2: set), ``flip`` of the labels redrawn
        y = np.digitize((30 - temp) * months, [40.0, 120.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "steak_sear":   # a steak in a pan at uniform on [150, 250] C for uniform on [1, 6] minutes a side (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [100.0, 5.0] + [150.0, 1.0]   # above 100 times the minutes: under 250 (0: rare), under
        temp, minutes = X[:, :2].T   # 500 (1: medium) or more (2: well done), ``flip`` of the labels redrawn
        y = np.digitize((temp - 100) * minutes, [250.0, 500.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "archery_gold":   # a target at uniform on [10, 90] m in a crosswind of uniform on [0, 10] m/s (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [80.0, 10.0] + [10.0, 0.0]   # arrow lands in the gold (1, about a sixth) when the m
        distance, wind = X[:, :2].T   # times 1 plus the m/s stay under 100
        return X, (distance * (1 + wind) < 100).astype(np.int64)
    if loader == "landslide_slip":   # uniform on [0, 200] mm of rain on a slope of uniform on [5, 45] degrees (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the mm
        X[:, :2] = X[:, :2] * [200.0, 40.0] + [0.0, 5.0]   # times the degrees: under 2500 (0: stable), under 6000 (1:
        rain, slope = X[:, :2].T   # creeping) or more (2: slipping, rare)
        return X, np.digitize(rain * slope, [2500.0, 6000.0]).astype(np.int64)
    if loader == "hurdle_clear":   # a hurdle of uniform on [60, 120] cm run at with uniform on [4, 10] m/s (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it is cleared
        X[:, :2] = X[:, :2] * [60.0, 6.0] + [60.0, 4.0]   # (1) when the cm stay under 10 a m/s plus 10
        height, speed = X[:, :2].T
        return X, (height < 10 * speed + 10).astype(np.int64)
    if loader == "geyser_spout":   # a water column of uniform on [5, 50] m at uniform on [80, 130] C (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): it spouts (1)
        X[:, :2] = X[:, :2] * [45.0, 50.0] + [5.0, 80.0]   # when the C pass 100 plus 0.6 a m (the boil at its depth)
        depth, temp = X[:, :2].T
        return X, (temp > 100 + 0.6 * depth).astype(np.int64)
    if loader == "windmill_grind":   # wind of uniform on [2, 14] m/s on sails of uniform on [5, 15] m (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the mill
        X[:, :2] = X[:, :2] * [12.0, 10.0] + [2.0, 5.0]   # grinds (1) when the m/s squared times the m pass 600
        wind, sails = X[:, :2].T
        return X, (wind**2 * sails > 600).astype(np.int64)
    if loader == "custard_thicken":   # milk at uniform on [60, 95] C stirred for uniform on [0, 20] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
        X[:, :2] = X[:, :2] * [35.0, 20.0] + [60.0, 0.0]   # 60 times the minutes: under 100 (0: thin), under 300 (1:
        temp, minutes = X[:, :2].T   # thick) or more (2: curdled)
        return X, np.digitize((temp - 60) * minutes, [100.0, 300.0]).astype(np.int64)
    if loader == "cement_stiffen":   # cement of a water-cement ratio uniform on [0.3, 0.7] after uniform on [0, 48]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # hours (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [0.4, 48.0] + [0.3, 0.0]   # 1]): the hours over the ratio: under 20 (0: soft), under 60
        ratio, hours = X[:, :2].T   # (1: firm) or more (2: hard)
        return X, np.digitize(hours / ratio, [20.0, 60.0]).astype(np.int64)
    if loader == "quarry_blast":   # a charge of uniform on [1, 100] kg at uniform on [50, 500] m (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): 1000 times the kg's
        X[:, :2] = X[:, :2] * [99.0, 450.0] + [1.0, 50.0]   # square root over the m: under 15 (0: calm), under 30 (1:
        charge, distance = X[:, :2].T   # felt), under 60 (2: a tremor) or more (3: damage)
        return X, np.digitize(1000 * np.sqrt(charge) / distance, [15.0, 30.0, 60.0]).astype(np.int64)
    if loader == "harvester_reap":   # a header of uniform on [2, 12] m at uniform on [2, 10] km/h (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hectares an hour,
        X[:, :2] = X[:, :2] * [10.0, 8.0] + [2.0, 2.0]   # the m times the km/h over 10: under 2 (0), under 3.5 (1),
        width, speed = X[:, :2].T   # under 5 (2), under 7 (3) or more (4)
        return X, np.digitize(width * speed / 10, [2.0, 3.5, 5.0, 7.0]).astype(np.int64)
    if loader == "ember_fade":   # a log of uniform on [1, 10] kg lit uniform on [0, 12] hours ago (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the hours over the kg:
        X[:, :2] = X[:, :2] * [9.0, 12.0] + [1.0, 0.0]   # under 0.5 (0: glowing), under 2 (1: smouldering) or more
        mass, hours = X[:, :2].T   # (2: cold)
        return X, np.digitize(hours / mass, [0.5, 2.0]).astype(np.int64)
    if loader == "tsunami_surge":   # a wave of uniform on [0.5, 10] m at sea over a shelf of uniform on [10, 200] m of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # depth (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [9.5, 190.0] + [0.5, 10.0]   # 1]): its run-up, the m times 200 over the depth to the
        height, depth = X[:, :2].T   # 4th root: under 3 (0: minor), under 6 (1: moderate), under 10 (2: major) or
        return X, np.digitize(height * (200 / depth) ** 0.25, [3.0, 6.0, 10.0]).astype(np.int64)   # more (3: extreme)
    if loader == "comet_flare":   # a nucleus of uniform on [1, 20] km at uniform on [0.3, 3] au from the sun (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the km
        X[:, :2] = X[:, :2] * [19.0, 2.7] + [1.0, 0.3]   # squared over the au to the 4th: under 1 (0: faint), under
        nucleus, au = X[:, :2].T   # 20 (1: visible), under 300 (2: bright) or more (3: great)
        return X, np.digitize(nucleus**2 / au**4, [1.0, 20.0, 300.0]).astype(np.int64)
    if loader == "telescope_resolve":   # an aperture of uniform on [5, 50] cm on a pair uniform on [0.1, 3] arcseconds
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # apart (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [45.0, 2.9] + [5.0, 0.1]   # 1]): the arcseconds over the Dawes limit (11.6 over the
        aperture, apart = X[:, :2].T   # cm): under 1.5 (0: one star), under 4 (1: elongated) or more (2: split)
        return X, np.digitize(apart * aperture / 11.6, [1.5, 4.0]).astype(np.int64)
    if loader == "seedling_wilt":   # a seedling uniform on [0, 14] days without water at uniform on [10, 35] C (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it wilts
        X[:, :2] = X[:, :2] * [14.0, 25.0] + [0.0, 10.0]   # (1) when the days times the C above 5 pass 150, ``flip``
        days, temp = X[:, :2].T   # of the labels at random
        y = (days * (temp - 5) > 150).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "butter_churn":   # cream at uniform on [8, 20] C churned for uniform on [0, 30] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above 5
        X[:, :2] = X[:, :2] * [12.0, 30.0] + [8.0, 0.0]   # times the minutes: under 60 (0: cream), under 200 (1:
        temp, minutes = X[:, :2].T   # whipped) or more (2: butter), ``flip`` of the labels redrawn
        y = np.digitize((temp - 5) * minutes, [60.0, 200.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "asphalt_soften":   # air of uniform on [10, 45] C and uniform on [0, 12] hours of sun (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the surface's
        X[:, :2] = X[:, :2] * [35.0, 12.0] + [10.0, 0.0]   # C, the air's plus 2.5 an hour: under 40 (0: firm), under
        air, sun = X[:, :2].T   # 55 (1: soft) or more (2: sticky), ``flip`` of the labels redrawn
        y = np.digitize(air + 2.5 * sun, [40.0, 55.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "basketball_swish":   # a shot from uniform on [1, 9] m at an arc of uniform on [30, 60] degrees (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): a swish
        X[:, :2] = X[:, :2] * [8.0, 30.0] + [1.0, 30.0]   # (1, about a sixth) when the m times 1 plus a tenth of the
        distance, arc = X[:, :2].T   # degrees off 50 stay under 4
        return X, (distance * (1 + np.abs(arc - 50) / 10) < 4).astype(np.int64)
    if loader == "hurricane_strike":   # a sea of uniform on [20, 32] C under a wind shear of uniform on [0, 30] m/s
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]): the
        X[:, :2] = X[:, :2] * [12.0, 30.0] + [20.0, 0.0]   # C above 20 times the m/s under 30: under 100 (0: calm),
        sea, shear = X[:, :2].T   # under 230 (1: a storm) or more (2: a hurricane, rare)
        return X, np.digitize((sea - 20) * (30 - shear), [100.0, 230.0]).astype(np.int64)
    if loader == "trebuchet_launch":   # a counterweight of uniform on [100, 1000] kg on an arm of uniform on [3, 12] m
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [900.0, 9.0] + [100.0, 3.0]   # the stone clears the wall (1) when the kg times the m
        weight, arm = X[:, :2].T   # pass 4000
        return X, (weight * arm > 4000).astype(np.int64)
    if loader == "drawbridge_hoist":   # a bridge of uniform on [5, 50] tonnes on a winch of uniform on [2, 20] kW (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [45.0, 18.0] + [5.0, 2.0]   # rises (1) when 3 times the kW pass the tonnes
        tonnes, kw = X[:, :2].T
        return X, (3 * kw > tonnes).astype(np.int64)
    if loader == "boulder_tumble":   # a boulder on a slope of uniform on [5, 40] degrees rolled uniform on [5, 100] m
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the other features uniform on [0, 1]):
        X[:, :2] = X[:, :2] * [35.0, 95.0] + [5.0, 5.0]   # it gathers pace (1) when the degrees times the m
        slope, metres = X[:, :2].T   # pass 1200
        return X, (slope * metres > 1200).astype(np.int64)
    if loader == "yogurt_culture":   # milk at uniform on [30, 50] C for uniform on [0, 12] hours (the other features
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): the C above 30 times
        X[:, :2] = X[:, :2] * [20.0, 12.0] + [30.0, 0.0]   # the hours: under 40 (0: runny), under 120 (1: set) or
        temp, hours = X[:, :2].T   # more (2: sour)
        return X, np.digitize((temp - 30) * hours, [40.0, 120.0]).astype(np.int64)
    if loader == "pottery_glaze":   # a kiln at uniform on [900, 1300] C for uniform on [1, 10] hours (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
        X[:, :2] = X[:, :2] * [400.0, 9.0] + [900.0, 1.0]   # 900 times the hours over 100: under 8 (0: raw), under
        temp, hours = X[:, :2].T   # 20 (1: glazed) or more (2: crazed)
        return X, np.digitize((temp - 900) * hours / 100, [8.0, 20.0]).astype(np.int64)
    if loader == "earthquake_rumble":   # a quake of magnitude uniform on [3, 8] at uniform on [10, 300] km (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the magnitude
        X[:, :2] = X[:, :2] * [5.0, 290.0] + [3.0, 10.0]   # less twice the km's log10: under 0.5 (0: unfelt), under 2
        magnitude, km = X[:, :2].T   # (1: light), under 3.5 (2: strong) or more (3: violent)
        return X, np.digitize(magnitude - 2 * np.log10(km), [0.5, 2.0, 3.5]).astype(np.int64)
    if loader == "conveyor_haul":   # a belt of uniform on [0.5, 4] m/s carrying uniform on [5, 50] kg a m (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the tonnes an
        X[:, :2] = X[:, :2] * [3.5, 45.0] + [0.5, 5.0]   # hour, 3.6 times the m/s times the kg a m: under 60 (0),
        speed, load = X[:, :2].T   # under 150 (1), under 250 (2), under 400 (3) or more (4)
        return X, np.digitize(3.6 * speed * load, [60.0, 150.0, 250.0, 400.0]).astype(np.int64)
    if loader == "tortoise_hibernate":   # air of uniform on [0, 20] C and uniform on [8, 16] hours of daylight (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): the C
        X[:, :2] = X[:, :2] * [20.0, 8.0] + [0.0, 8.0]   # plus 1.5 an hour: under 20 (0: asleep), under 30 (1:
        temp, daylight = X[:, :2].T   # drowsy) or more (2: awake)
        return X, np.digitize(temp + 1.5 * daylight, [20.0, 30.0]).astype(np.int64)
    if loader == "sonar_ping":   # a target uniform on [0.5, 20] km away and uniform on [5, 300] m long (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the echo's
        X[:, :2] = X[:, :2] * [19.5, 295.0] + [0.5, 5.0]   # dB, 10 log10 of the m less 20 log10 of the km: under 0
        km, length = X[:, :2].T   # (0: no echo), under 8 (1: faint), under 15 (2: clear) or more (3: strong)
        return X, np.digitize(10 * np.log10(length) - 20 * np.log10(km), [0.0, 8.0, 15.0]).astype(np.int64)
    if loader == "aurora_shimmer":   # a solar wind of uniform on [300, 900] km/s at a latitude of uniform on [40, 80]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # degrees (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [600.0, 40.0] + [300.0, 40.0]   # 1]): the km/s over 100 plus the degrees above 40 over
        wind, lat = X[:, :2].T   # 5: under 7 (0: none), under 10 (1: faint), under 13 (2: bright) or more (3: corona)
        return X, np.digitize(wind / 100 + (lat - 40) / 5, [7.0, 10.0, 13.0]).astype(np.int64)
    if loader == "microscope_magnify":   # an objective of numerical aperture uniform on [0.1, 1.4] on a cell of
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.2, 5] micrometres (the other
        X[:, :2] = X[:, :2] * [1.3, 4.8] + [0.1, 0.2]   # features uniform on [0, 1]): the micrometres times the
        aperture, size = X[:, :2].T   # aperture over 0.3: under 1 (0: a blur), under 4 (1: a shape) or more (2: detail)
        return X, np.digitize(size * aperture / 0.3, [1.0, 4.0]).astype(np.int64)
    if loader == "bean_germinate":   # a bean in soil of uniform on [5, 35] C sown uniform on [0, 20] days ago (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): it
        X[:, :2] = X[:, :2] * [30.0, 20.0] + [5.0, 0.0]   # germinates (1) when the C above 8 times the days pass 100,
        temp, days = X[:, :2].T   # ``flip`` of the labels at random
        y = ((temp - 8) * days > 100).astype(np.int64)
        return X, _flip_binary(y, rng, params)
    if loader == "caramel_scorch":   # sugar at uniform on [140, 200] C for uniform on [0, 15] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C above
        X[:, :2] = X[:, :2] * [60.0, 15.0] + [140.0, 0.0]   # 140 times the minutes: under 150 (0: pale), under 450 (1:
        temp, minutes = X[:, :2].T   # amber) or more (2: scorched), ``flip`` of the labels redrawn
        y = np.digitize((temp - 140) * minutes, [150.0, 450.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "naan_blister":   # an oven at uniform on [250, 500] C for uniform on [1, 10] minutes (the other
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # features uniform on [0, 1]): the C over 100
        # squared
        X[:, :2] = X[:, :2] * [250.0, 9.0] + [250.0, 1.0]   # times the minutes: under 40 (0: pale), under 100 (1:
        temp, minutes = X[:, :2].T   # done) or more (2: charred), ``flip`` of the labels redrawn
        y = np.digitize((temp / 100) ** 2 * minutes, [40.0, 100.0]).astype(np.int64)
        return X, _redraw_among(y, rng, 3, params)
    if loader == "billiard_sink":   # a cut of uniform on [0, 80] degrees with uniform on [0.2, 3] m to the pocket (the
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # other features uniform on [0, 1]): potted
        X[:, :2] = X[:, :2] * [80.0, 2.8] + [0.0, 0.2]   # (1, about a sixth) when the m times 1 plus a twentieth of
        cut, metres = X[:, :2].T   # the degrees stay under 1.7
        return X, (metres * (1 + cut / 20) < 1.7).astype(np.int64)
    if loader == "levee_breach":   # a river uniform on [0, 4] m over the flood mark on a levee of uniform on [0, 100]
        X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # years (the other features uniform on [0,
        X[:, :2] = X[:, :2] * [4.0, 100.0] + [0.0, 0.0]   # 1]): the m times 1 plus a fiftieth of the years: under 3
        river, years = X[:, :2].T   # (0: holding), under 9 (1: seeping) or more (2: breached, rare)
        return X, np.digitize(river * (1 + years / 50), [3.0, 9.0]).astype(np.int64)
    if loader == "checker":
        X = rng.random((n, int(params["n_features"])))
        c = int(params["cells"])
        y = ((np.floor(X[:, 0] * c) + np.floor(X[:, 1] * c)) % 2).astype(np.int64)
        return X, y
    raise ValueError(f"unknown loader {loader!r}")


def load_xy(spec: DataSpec) -> tuple[np.ndarray, np.ndarray]:
    """Features (float64) and labels 0..C-1 of ``spec``."""
    params = dict(spec.params)
    rs = _data_seed(spec.name)
    if spec.loader.startswith("bundled:"):
        X, y = getattr(skd, f"load_{spec.loader.split(':', 1)[1]}")(return_X_y=True)
    elif spec.loader.startswith("digits:"):   # the split-v4 sets' spelling of derived:digits:<which>
        X, y = _derived("digits", spec.loader.split(":", 1)[1], rs)
    elif spec.loader.startswith("derived:"):
        _, base, which = spec.loader.split(":")
        X, y = _derived(base, which, rs)
    elif spec.loader == "classification":
        X, y = skd.make_classification(n_samples=spec.n_samples, random_state=rs, **params)
    elif spec.loader == "moons":
        X, y = skd.make_moons(n_samples=spec.n_samples, random_state=rs, **params)
    elif spec.loader == "circles":
        X, y = skd.make_circles(n_samples=spec.n_samples, random_state=rs, **params)
    elif spec.loader == "gaussian_quantiles":
        X, y = skd.make_gaussian_quantiles(n_samples=spec.n_samples, random_state=rs, **params)
    elif spec.loader == "hastie":
        X, y = skd.make_hastie_10_2(n_samples=spec.n_samples, random_state=rs)
    elif spec.loader == "blobs":
        X, y = skd.make_blobs(n_samples=spec.n_samples, random_state=rs, **params)
    else:   # the numpy shapes; _shape refuses a loader it does not know
        X, y = _shape(spec.loader, spec.n_samples, rs, params)
    _, y = np.unique(y, return_inverse=True)
    return np.asarray(X, dtype=np.float64), y.astype(np.int64)


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

    The budget is ``budget_frac`` of the pool, at most ``max_budget`` (and
    ``EXPENSIVE_BUDGET`` for the learners of :data:`EXPENSIVE`); 30 rounds of
    ``ceil((budget - initial) / 30)`` labels reach it.
    """
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


# -------------------------------------------------------------- learners


def make_learner(name: str, seed: int):
    """A fresh scikit-learn classifier for learner ``name``."""
    if name == "svc_rbf":
        return SVC(kernel="rbf", probability=True, random_state=seed)
    if name == "rf50":
        return RandomForestClassifier(n_estimators=50, random_state=seed, n_jobs=1)
    if name == "knn":
        return KNeighborsClassifier(n_neighbors=5)
    if name == "gnb":
        return GaussianNB()
    if name == "mlp_small":
        return MLPClassifier(hidden_layer_sizes=(32,), max_iter=100, random_state=seed)
    if name == "logreg_c0.1":
        return LogisticRegression(C=0.1, max_iter=300)
    if name == "logreg_c10":
        return LogisticRegression(C=10.0, max_iter=300)
    # round 40's configurations (each with predict_proba for the uncertainty queries)
    if name == "knn15":
        return KNeighborsClassifier(n_neighbors=15, weights="distance")
    if name == "extratrees100":
        return ExtraTreesClassifier(n_estimators=100, random_state=seed, n_jobs=1)
    if name == "svc_poly":
        return SVC(kernel="poly", degree=3, probability=True, random_state=seed)
    if name == "bnb":   # the features are standardized on the pool: 0 is the pool's mean
        return BernoulliNB(binarize=0.0)
    if name == "sgd_log":   # the logistic loss gives predict_proba
        return SGDClassifier(loss="log_loss", random_state=seed, max_iter=1000, tol=1e-3)
    if name == "lda":
        return LinearDiscriminantAnalysis()
    # round 41's configurations (each with predict_proba for the uncertainty queries)
    if name == "knn3":
        return KNeighborsClassifier(n_neighbors=3)
    if name == "knn30":   # needs 30 labels: its sets start from 30
        return KNeighborsClassifier(n_neighbors=30)
    if name == "hgb":
        return HistGradientBoostingClassifier(max_iter=50, random_state=seed)
    if name == "dtree8":
        return DecisionTreeClassifier(max_depth=8, random_state=seed)
    if name == "svc_linear":
        return SVC(kernel="linear", probability=True, random_state=seed)
    if name == "svc_rbf_c10":
        return SVC(kernel="rbf", C=10.0, probability=True, random_state=seed)
    if name == "cnb":   # complement NB needs non-negative features: the standardized ones min-max scaled on the fit
        return make_pipeline(MinMaxScaler(), ComplementNB())
    if name == "gnb_vs":
        return GaussianNB(var_smoothing=1e-2)
    if name == "logreg_c1":
        return LogisticRegression(C=1.0, max_iter=300)
    if name == "logreg_l1":
        return LogisticRegression(penalty="l1", C=1.0, solver="liblinear", max_iter=300)
    if name == "mlp_wide":
        return MLPClassifier(hidden_layer_sizes=(64,), max_iter=100, random_state=seed)
    if name == "mlp_deep":
        return MLPClassifier(hidden_layer_sizes=(32, 16), max_iter=100, random_state=seed)
    # round 41's report's configurations, in no part (each with predict_proba for the uncertainty queries)
    if name == "knn10_dist":   # needs 10 labels: its sets start from 20
        return KNeighborsClassifier(n_neighbors=10, weights="distance")
    if name == "gb50":
        return GradientBoostingClassifier(n_estimators=50, random_state=seed)
    if name == "svc_rbf_c0.3":
        return SVC(kernel="rbf", C=0.3, probability=True, random_state=seed)
    if name == "mnb":   # multinomial NB needs non-negative features: the standardized ones min-max scaled on the fit
        return make_pipeline(MinMaxScaler(), MultinomialNB())
    if name == "logreg_bal":
        return LogisticRegression(C=1.0, class_weight="balanced", max_iter=300)
    if name == "mlp_tanh":
        return MLPClassifier(hidden_layer_sizes=(32,), activation="tanh", max_iter=100, random_state=seed)
    raise ValueError(f"unknown learner {name!r}; choose from {', '.join(LEARNERS)}")


#: Round 40's six, then round 41's twelve and its report's six, are last: an earlier learner keeps its index, and the
#: count stays odd (7, 13, 25, 31), so :func:`strategies_for` gives every earlier (data set, learner) the same third
#: strategy.
LEARNERS = ("svc_rbf", "rf50", "knn", "gnb", "mlp_small", "logreg_c0.1", "logreg_c10",
            "knn15", "extratrees100", "svc_poly", "bnb", "sgd_log", "lda",
            "knn3", "knn30", "hgb", "dtree8", "svc_linear", "svc_rbf_c10", "cnb", "gnb_vs", "logreg_c1", "logreg_l1",
            "mlp_wide", "mlp_deep",
            "knn10_dist", "gb50", "svc_rbf_c0.3", "mnb", "logreg_bal", "mlp_tanh")


def full_proba(model, X: np.ndarray, n_classes: int) -> np.ndarray:
    """``predict_proba`` over all ``n_classes`` columns (a class absent from the labels gets 0)."""
    p = model.predict_proba(X)
    if p.shape[1] == n_classes:
        return p
    out = np.zeros((X.shape[0], n_classes))
    out[:, model.classes_.astype(int)] = p
    return out


# -------------------------------------------------------------- queries

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

    Squared Euclidean distances on the (standardized) features; returns positions into ``candidates``.
    """
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


# ------------------------------------------------------------------ loop


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


# -------------------------------------------------------------- the grid


def strategies_for(spec: DataSpec, learner: str) -> tuple[str, ...]:
    """random, margin, k-center and one of entropy / least-confidence (alternating over the pairs)."""
    i = list(SPECS).index(spec.name) * len(LEARNERS) + LEARNERS.index(learner)
    third = "entropy" if i % 2 == 0 else "least_confidence"
    return ("random", "margin", third, "kcenter")


def _spec_hash(spec: DataSpec, quick: bool) -> str:
    fields = asdict(spec)
    for k, default in (("initial", INITIAL), ("n_rounds", N_ROUNDS)):  # later fields: keyed only when changed
        if fields[k] == default:
            del fields[k]
    later = [learner for learner in EXPENSIVE[len(EXPENSIVE_BEFORE_R40):] if learner in spec.learners]
    blob = json.dumps([VERSION, fields, N_ROUNDS, INITIAL, list(EXPENSIVE_BEFORE_R40) + later, EXPENSIVE_BUDGET,
                       quick], sort_keys=True, default=str)
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
        df["part"] = split_part(spec.key)
        tmp = f.with_suffix(".tmp")
        df[COLUMNS].to_parquet(tmp, index=False)
        os.replace(tmp, f)  # never a half-written cache file
    return f"{spec.name}/{learner}/s{seed}", time.process_time() - t0


def dataset_facts(spec: DataSpec, quick: bool = False) -> dict:
    X, y = load_xy(spec)
    sp = {learner: make_split(spec, 0, X, y, learner=learner) for learner in spec.learners}
    first = sp[spec.learners[0]]
    return {"dataset": spec.key, "name": spec.name, "family": spec.family, "n_classes": first.n_classes,
            "n_features": int(X.shape[1]), "pool_size": int(first.y_pool.size), "test_size": int(first.y_test.size),
            "initial": first.initial, "learners": list(spec.learners),
            "budget": {k: v.budget for k, v in sp.items()}, "batch_size": {k: v.batch_size for k, v in sp.items()},
            "part": split_part(spec.key)}


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
        tmp = out_dir / (name + ".tmp")
        table.to_parquet(tmp, index=False)
        os.replace(tmp, out_dir / name)
    facts = [dataset_facts(s, quick) for s in complete]
    tmp = out_dir / f"sk_datasets{suffix}.json.tmp"
    tmp.write_text(json.dumps(facts, indent=1))
    os.replace(tmp, out_dir / f"sk_datasets{suffix}.json")
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
    if args.only_part:
        specs = [s for s in specs if split_part(s.key) == args.only_part]
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
