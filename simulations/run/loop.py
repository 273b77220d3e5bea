"""The active-learning loop: one run (:func:`run_one`) and a grid of runs (:func:`simulate`).

A run starts from an initial labeled set drawn from ``(data set, seed)``
only, so every strategy with the same seed starts from the same labels
(paired comparisons). Each round it trains the learner from scratch (or warm),
measures its test scores on the TRUE test labels (:func:`score_predictions`:
accuracy, macro F1, balanced accuracy and, for two classes, the recall of the
class rarer in the pool), computes only
what the strategy ``needs`` on the unlabeled candidates, asks the strategy for
a batch of positions and buys their labels from the (possibly noisy) oracle.

Stopping-rule signals (:data:`simulations.results.schema.SIGNAL_COLUMNS`) are
recorded per round from data the learner has, never the test set: the
agreement (Cohen's kappa) of this round's and the previous round's predictions
on a fixed stop set of at most :data:`STOP_SET_SIZE` examples of the initial
unlabeled pool, and the mean max-probability on the remaining pool. The stop
set comes from its own generator (a fifth child of the run's
``SeedSequence``), so every other random stream, and so the accuracy curve, is
the same as without the signals. With a strategy that reads probabilities,
both signals of a round are read off the next round's query, which predicts
every unlabeled example with the same model (only the stop rows labeled
since are predicted again). A learner whose every prediction call has a cost
of its own (``JOINT_PREDICTIONS``: a forest visits all its trees a call)
predicts the rows the signals need together with the test set, in the one
call a round makes anyway, so the signals cost next to nothing; the rows'
predictions, and so the curves, are the same either way.

Index spaces: the strategy answers with ``pool_pos`` (positions among the
unlabeled candidates); ``cand[pool_pos]`` is the ``data_idx`` (row of the
pool). Only this module maps one to the other.

Large pools: candidate rows are gathered chunk by chunk
(:data:`simulations.learners.models.PREDICT_CHUNK`), the labeled set is a boolean mask,
and nothing of size pool x pool is built.
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np
import pandas as pd

from simulations import strategies
from simulations.data.datasets import Dataset, load_dataset
from simulations.data.oracle import Oracle
from simulations.learners.models import make_learner
from simulations.results.schema import CURVE_COLUMNS, HYBRID_COLUMNS
from simulations.run.config import RunSpec, SimulationConfig, cost_refusal
from simulations.run.cores import one_thread
from simulations.run.hybrid import holdout_split, measure, with_bars
from simulations.run.stopping import cohen_kappa
from simulations.strategies import QueryContext

__all__ = ["run_one", "simulate", "load_dataset", "initial_indices", "blind_initial", "macro_f1",
           "minority_class", "score_predictions", "query_context", "run_streams"]

Progress = Callable[[int, int, str], None]

_CHUNK = 65_536

#: Size of the stop set (the stabilizing-predictions signal), or the pool if smaller.
STOP_SET_SIZE = 1000


def initial_indices(y: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """The initial labeled set: one random example of as many classes as fit, the rest uniform.

    Parameters
    ----------
    y : ndarray of int of shape (n_pool,)
        True pool labels (used only to make every class appear when ``k`` allows).
    k : int
        Size of the set, ``1 <= k <= n_pool``.
    rng : numpy.random.Generator

    Returns
    -------
    ndarray of int64 of shape (k,)
        Unique ``data_idx``.
    """
    n = y.shape[0]
    perm = rng.permutation(n)
    _, first = np.unique(y[perm], return_index=True)  # a random member of each class
    seeds = perm[first]
    seeds = seeds[rng.permutation(seeds.shape[0])][:k]
    if seeds.shape[0] >= k:
        return seeds.astype(np.int64)
    taken = np.zeros(n, dtype=bool)
    taken[seeds] = True
    rest = perm[~taken[perm]][: k - seeds.shape[0]]
    return np.concatenate([seeds, rest]).astype(np.int64)


def blind_initial(n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """The initial labeled set drawn without the labels: ``k`` rows uniformly at random (``blind_start``).

    Parameters
    ----------
    n : int
        Pool size.
    k : int
        ``1 <= k <= n``.
    rng : numpy.random.Generator

    Returns
    -------
    ndarray of int64 of shape (k,)
        Unique ``data_idx``, in the order drawn.
    """
    return rng.permutation(n)[:k].astype(np.int64)


def run_streams(seed: int) -> tuple[np.random.SeedSequence, list[np.random.SeedSequence]]:
    """A run's root ``SeedSequence`` and its four children: initial set, label noise, model, query."""
    root = np.random.SeedSequence(int(seed))
    return root, root.spawn(4)


def macro_f1(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> float:
    """Macro-averaged F1 over the classes present in ``y_true`` or ``y_pred`` (as scikit-learn)."""
    tp = np.bincount(y_true[y_true == y_pred], minlength=n_classes)
    count_true = np.bincount(y_true, minlength=n_classes)
    count_pred = np.bincount(y_pred, minlength=n_classes)
    present = (count_true + count_pred) > 0
    denom = (count_true + count_pred)[present]
    return float(np.mean(2.0 * tp[present] / denom))


def minority_class(y_pool: np.ndarray, n_classes: int) -> int | None:
    """The class whose ``minority_recall`` a two-class run records: the rarer one among the pool's true labels.

    The pool is the distribution the training labels are bought from, and it
    is fixed: the same class in every round and for every strategy and seed
    of a data set (the labeled set's counts would move with each batch). A
    tie goes to the higher label (class 1, the "positive" class of a 0/1 task).

    Parameters
    ----------
    y_pool : ndarray of int of shape (n_pool,)
    n_classes : int

    Returns
    -------
    int or None
        None unless ``n_classes == 2``.
    """
    if n_classes != 2:
        return None
    counts = np.bincount(y_pool, minlength=2)
    return 1 if counts[1] <= counts[0] else 0


def score_predictions(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int,
                minority: int | None = None) -> tuple[float, float, float, float]:
    """The test scores of one model, in the order of ``simulations.results.schema.METRIC_COLUMNS``.

    Parameters
    ----------
    y_true, y_pred : ndarray of int of shape (n_test,)
    n_classes : int
    minority : int, optional
        The class whose recall is the fourth score (:func:`minority_class`); None: NaN.

    Returns
    -------
    (accuracy, macro_f1, balanced_accuracy, minority_recall)
        ``balanced_accuracy`` is the mean recall over the classes present in
        ``y_true`` (as scikit-learn); ``minority_recall`` is NaN when
        ``minority`` is None or absent from ``y_true``.
    """
    hit = y_true == y_pred
    count_true = np.bincount(y_true, minlength=n_classes)
    tp = np.bincount(y_true[hit], minlength=n_classes)
    present = count_true > 0
    balanced = float(np.mean(tp[present] / count_true[present]))
    recall = float("nan")
    if minority is not None and count_true[minority] > 0:
        recall = float(tp[minority] / count_true[minority])
    return float(np.mean(hit)), macro_f1(y_true, y_pred, n_classes), balanced, recall


def _on_candidates(fn: Callable[[np.ndarray], np.ndarray], X: np.ndarray, cand: np.ndarray, axis: int = 0) -> np.ndarray:
    """Apply ``fn`` to ``X[cand]`` chunk by chunk, without copying the whole candidate set."""
    n = cand.shape[0]
    first = fn(X[cand[:_CHUNK]])
    if n <= _CHUNK:
        return first
    # Fill one preallocated output (no list of parts plus a concatenated copy).
    shape = list(first.shape)
    shape[axis] = n
    out = np.empty(shape, dtype=first.dtype)
    index = [slice(None)] * len(shape)
    index[axis] = slice(0, first.shape[axis])
    out[tuple(index)] = first
    del first
    for start in range(_CHUNK, n, _CHUNK):
        part = fn(X[cand[start:start + _CHUNK]])
        index[axis] = slice(start, start + part.shape[axis])
        out[tuple(index)] = part
    return out


def query_context(strategy, learner, X: np.ndarray, n_classes: int, cand: np.ndarray, labeled: np.ndarray,
                  mc_samples: int, rng: np.random.Generator, costs: np.ndarray | None = None):
    """A QueryContext with exactly what ``strategy.needs`` declares, for the candidates ``cand``.

    Parameters
    ----------
    strategy : Strategy
    learner : Learner
        Fitted.
    X : ndarray of shape (n_pool, n_features)
        The pool (standardized); ``cand`` and ``labeled`` index its rows (``data_idx``).
    n_classes : int
    cand : ndarray of int of shape (n_candidates,)
        The unlabeled candidates, sorted: ``cand[pool_pos]`` is a ``data_idx``.
    labeled : ndarray of int of shape (n_labeled,)
    mc_samples : int
    rng : numpy.random.Generator
        The run's query stream (MC dropout draws from it).
    costs : ndarray of shape (n_pool,), optional
        Every pool row's annotation cost (``Dataset.cost_pool``): the candidates' go to a strategy that needs
        ``costs``.

    Raises
    ------
    ValueError
        A strategy that needs ``costs`` without them (one line: give a cost column).
    """
    needs = strategy.needs
    fields: dict[str, object] = {}
    if "probs" in needs:
        fields["probs"] = _on_candidates(learner.predict_proba, X, cand)
    if "mc_probs" in needs:
        if learner.has_dropout:
            fields["mc_probs"] = _on_candidates(lambda x: learner.mc_proba(x, mc_samples, rng=rng), X, cand, axis=1)
        else:  # every sample is the prediction: one read-only broadcast view, not T copies
            probs = fields["probs"] if "probs" in fields else _on_candidates(learner.predict_proba, X, cand)
            fields["mc_probs"] = np.broadcast_to(probs.astype(np.float32), (mc_samples,) + probs.shape)
    if "embeddings" in needs:
        fields["embeddings"] = _on_candidates(learner.embed, X, cand)
        fields["labeled_embeddings"] = learner.embed(X[labeled])
    if "grad_embeddings" in needs:
        fields["grad_embeddings"] = _on_candidates(learner.grad_embed, X, cand)
    if "features" in needs:
        fields["features"] = X[cand]
    if "model" in needs:
        fields["model"] = learner
    if "costs" in needs:
        if costs is None:
            raise ValueError(cost_refusal(strategy.name))
        fields["costs"] = np.asarray(costs[cand], dtype=np.float64)
    return QueryContext(n_pool=int(cand.shape[0]), n_classes=int(n_classes), **fields)


def _mean_confidence(max_proba: np.ndarray) -> float:
    """The mean of the max-probabilities, the same in every process: summed in float64 and rounded to float32.
    A float32 sum (numpy's SIMD pairwise sum, which can depend on the array's memory alignment) moved the last
    digits of ``pool_confidence`` between a local and a worker run under load."""
    return float(np.float32(np.mean(max_proba, dtype=np.float64)))


def _mean_max_proba(learner, X: np.ndarray, cand: np.ndarray) -> float:
    """Mean max-probability of ``learner`` on ``X[cand]`` (chunked, no (n, C) array kept); NaN if empty."""
    if cand.shape[0] == 0:
        return float("nan")
    return _mean_confidence(_on_candidates(lambda x: learner.predict_proba(x).max(axis=1), X, cand))


def run_one(spec: RunSpec, *, dataset: Dataset | None = None, stop_signals: bool = True) -> pd.DataFrame:
    """Run one active-learning simulation: one curve.

    Parameters
    ----------
    spec : RunSpec
        Everything that determines the curve; the result is a pure function of it.
    dataset : Dataset, optional
        The already-loaded data set of ``spec`` (else loaded and cached).
    stop_signals : bool
        Compute the stopping-rule signals ``stop_agreement`` and
        ``pool_confidence`` (else they are NaN). They never change the other
        columns: the accuracy curve is the same either way.

    Returns
    -------
    pandas.DataFrame
        One row per round (round 0 = the initial set), columns ``CURVE_COLUMNS``.
        ``train_seconds`` is the fit of that row's model; ``query_seconds`` the
        selection that bought that round's labels (0 for round 0).
        ``annotation_cost`` is the labeled set's summed cost when the data set carries costs (else NaN).
        ``stop_agreement`` is NaN in round 0; ``pool_confidence`` is NaN when
        no unlabeled example remains.
    """
    return _Run(spec, dataset, stop_signals).run_alone()


class _Run:
    """One run's state between rounds: :func:`run_one` steps one, :mod:`simulations.run.lockstep` a group.

    A round is ``query(round_)`` (round > 0), then a fit on ``training_set()``
    (``learner.fit`` alone, or all learners of a group together), then ``record``.
    """

    def __init__(self, spec: RunSpec, dataset: Dataset | None = None, stop_signals: bool = True):
        self.spec = spec
        self.ds = ds = load_dataset(spec) if dataset is None else dataset
        self.strategy = strategies.get(spec.strategy)
        if self.strategy.needs & strategies.DATA_NEEDS and ds.cost_pool is None:
            raise ValueError(cost_refusal(spec.strategy))
        self.sizes = sizes = spec.batch_sizes()
        if spec.initial < 1 or spec.initial + sum(sizes) > ds.n_pool:
            raise ValueError(
                f"the run needs {spec.initial + sum(sizes)} labels but the pool of {ds.name} "
                f"has only {ds.n_pool} examples: lower --rounds/--budget"
            )
        self.oracle = Oracle.from_noise(spec.confusion if spec.confusion is not None else spec.label_noise, ds.n_classes)
        root_ss, (init_ss, noise_ss, model_ss, query_ss) = run_streams(spec.seed)
        self.noise_rng = np.random.default_rng(noise_ss)
        self.model_rng = np.random.default_rng(model_ss)
        self.query_rng = np.random.default_rng(query_ss)
        self.learner = make_learner(
            spec.model, n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape,
            warm_start=spec.warm_start, **dict(spec.model_params),
        )

        self.labeled_mask = np.zeros(ds.n_pool, dtype=bool)
        self.y_observed = np.full(ds.n_pool, -1, dtype=np.int64)
        init_rng = np.random.default_rng(init_ss)
        first = (blind_initial(ds.n_pool, spec.initial, init_rng) if spec.blind_start
                 else initial_indices(ds.y_pool, spec.initial, init_rng))
        self.labeled_mask[first] = True
        self.y_observed[first] = self.oracle.label(ds.y_pool[first], self.noise_rng)
        self.labeled_parts = [first]
        self.labeled = first
        self.minority = minority_class(ds.y_pool, ds.n_classes)

        self.stop_signals = stop_signals
        self.stop_idx = None
        if stop_signals:  # the stop set: its own stream (the 5th child), so the others are untouched
            stop_rng = np.random.default_rng(root_ss.spawn(1)[0])
            unlabeled = np.flatnonzero(~self.labeled_mask)
            size = min(STOP_SET_SIZE, unlabeled.shape[0])
            self.stop_idx = np.sort(unlabeled[stop_rng.choice(unlabeled.shape[0], size=size, replace=False)])
        self.previous_stop_pred = None
        self.labeled_stop_pred = None  # this model's predictions on the labeled stop rows (joint predictions)
        self.hybrid_bars: list = []   # per round, one tuple of HYBRID_COLUMNS per bar
        if spec.hybrid_accuracy:   # the held-out split: streams of its own, the curve is unchanged

            self.holdout, self.holdout_labels = holdout_split(
                spec.seed, np.flatnonzero(~self.labeled_mask), spec.hybrid_holdout, ds.y_pool, self.oracle)
        # the query's probabilities give the previous round's confidence and stop-set predictions
        self.reuse_probs = "probs" in self.strategy.needs
        self.rows: list[list] = []
        self.query_seconds = 0.0

    @property
    def n_rounds(self) -> int:
        return len(self.sizes) + 1

    def query(self, round_: int) -> None:
        """Buy round ``round_``'s labels (round > 0) with the model of the previous round."""
        ds = self.ds
        t0 = time.perf_counter()
        cand = np.flatnonzero(~self.labeled_mask)  # pool_pos -> data_idx
        ctx = query_context(self.strategy, self.learner, ds.X_pool, ds.n_classes, cand, self.labeled,
                            self.spec.mc_samples, self.query_rng, ds.cost_pool)
        signals = 0.0  # seconds of the previous row's signals, not of the selection
        if self.stop_signals and self.reuse_probs:  # same model, same remaining pool as the previous row
            t1 = time.perf_counter()
            conf_col = CURVE_COLUMNS.index("pool_confidence")
            self.rows[-1][conf_col] = _mean_confidence(ctx.probs.max(axis=1)) if cand.shape[0] else float("nan")
            self._stop_agreement(self._stop_predictions(cand, ctx.probs))
            signals = time.perf_counter() - t1
        pool_pos = strategies.query(self.strategy, ctx, self.sizes[round_ - 1], self.query_rng)
        picked = cand[pool_pos]
        self.query_seconds = time.perf_counter() - t0 - signals
        del ctx, cand
        self.labeled_mask[picked] = True
        self.y_observed[picked] = self.oracle.label(ds.y_pool[picked], self.noise_rng)
        self.labeled_parts.append(picked)
        self.labeled = np.concatenate(self.labeled_parts)

    def training_set(self) -> tuple[np.ndarray, np.ndarray]:
        return self.ds.X_pool[self.labeled], self.y_observed[self.labeled]

    def record(self, round_: int, train_seconds: float) -> None:
        """Measure the freshly fitted model: test scores and stopping signals, one row."""
        ds, spec, learner = self.ds, self.spec, self.learner
        here = self.stop_signals and not (self.reuse_probs and round_ < len(self.sizes))  # else off the next query
        agreement = confidence = float("nan")
        if self.stop_signals and learner.JOINT_PREDICTIONS:
            pred, agreement, confidence = self._joint_predictions(here)
        else:
            pred = learner.predict(ds.X_test)
            if here:
                agreement = self._stop_agreement(learner.predict(ds.X_pool[self.stop_idx]), record=False)
                confidence = _mean_max_proba(learner, ds.X_pool, np.flatnonzero(~self.labeled_mask))
        self.rows.append([
            ds.name, spec.model, spec.strategy, int(spec.seed), int(spec.batch_size), float(spec.label_noise),
            round_, int(self.labeled.shape[0]), *score_predictions(ds.y_test, pred, ds.n_classes, self.minority),
            train_seconds, self.query_seconds if round_ else 0.0, agreement, confidence,
            *[float("nan")] * len(HYBRID_COLUMNS), self._annotation_cost(),
        ])
        if spec.hybrid_accuracy:
            self.hybrid_bars.append(self._hybrid())

    def _annotation_cost(self) -> float:
        """The labeled set's cumulative annotation cost (the sum of its examples' costs); NaN without costs."""
        costs = self.ds.cost_pool
        if costs is None:
            return float("nan")
        return float(np.sum(costs[self.labeled], dtype=np.float64))

    def _joint_predictions(self, here: bool) -> tuple[np.ndarray, float, float]:
        """The test predictions, and what the signals need of this model, in one ``predict_proba`` call.

        ``here``: the stop set's agreement and the pool's confidence, measured now (the pool joins the call when
        it fits one chunk); else only the stop rows already labeled, kept for the next query's agreement.

        Returns
        -------
        pred : ndarray of int64 of shape (n_test,)
        agreement, confidence : float
            NaN unless ``here``.
        """
        ds = self.ds
        stop = self.stop_idx if here else self.stop_idx[self.labeled_mask[self.stop_idx]]
        pool = np.flatnonzero(~self.labeled_mask) if here else stop[:0]
        joint_pool = pool.shape[0] <= _CHUNK
        rows = [ds.X_test, ds.X_pool[stop]] + ([ds.X_pool[pool]] if joint_pool else [])
        probs = self.learner.predict_proba(np.concatenate(rows))
        n_test, n_stop = ds.X_test.shape[0], stop.shape[0]
        pred, stop_pred = probs[:n_test].argmax(axis=1), probs[n_test:n_test + n_stop].argmax(axis=1)
        self.labeled_stop_pred = None if here else stop_pred
        if not here:
            return pred, float("nan"), float("nan")
        if not joint_pool:
            confidence = _mean_max_proba(self.learner, ds.X_pool, pool)
        else:
            confidence = _mean_confidence(probs[n_test + n_stop:].max(axis=1)) if pool.shape[0] else float("nan")
        return pred, self._stop_agreement(stop_pred, record=False), confidence

    def _hybrid(self) -> list[tuple[float, ...]]:
        """This round's hybrid numbers (:func:`simulations.run.hybrid.measure`) on the unlabeled remainder and on
        the test split."""
        ds, learner = self.ds, self.learner
        remainder = np.flatnonzero(~self.labeled_mask)
        remainder = remainder[~np.isin(remainder, self.holdout)]
        probs = (_on_candidates(learner.predict_proba, ds.X_pool, remainder) if remainder.shape[0]
                 else np.zeros((0, ds.n_classes)))
        fresh = ~self.labeled_mask[self.holdout]  # held-out examples the strategy bought are trained on: left out
        return measure(learner.predict_proba(ds.X_pool[self.holdout[fresh]]), self.holdout_labels[fresh], probs,
                       ds.y_pool[remainder], self.spec.hybrid_accuracy, noise=self.spec.label_noise,
                       n_classes=ds.n_classes, probs_test=learner.predict_proba(ds.X_test), truth_test=ds.y_test)

    def _stop_predictions(self, cand: np.ndarray, probs: np.ndarray) -> np.ndarray:
        """The current model's predictions on the stop set, read off the query's probabilities on the candidates
        ``cand`` (sorted ``data_idx``); only the stop rows labeled since are predicted (a row's prediction does
        not depend on the rows predicted with it, so these are the predictions ``learner.predict`` gives)."""
        stop = self.stop_idx
        unlabeled = ~self.labeled_mask[stop]
        pred = np.empty(stop.shape[0], dtype=np.int64)
        pred[unlabeled] = probs[np.searchsorted(cand, stop[unlabeled])].argmax(axis=1)
        if not unlabeled.all():  # predicted with the test set where the learner predicts jointly
            known = self.labeled_stop_pred
            pred[~unlabeled] = known if known is not None else self.learner.predict(self.ds.X_pool[stop[~unlabeled]])
        return pred

    def _stop_agreement(self, stop_pred: np.ndarray, *, record: bool = True) -> float:
        """Cohen's kappa of the stop-set predictions of this model and the previous one (NaN for the first);
        ``record``: written into the last row (its model made ``stop_pred``)."""
        agreement = float("nan")
        if self.previous_stop_pred is not None:
            agreement = cohen_kappa(self.previous_stop_pred, stop_pred, self.ds.n_classes)
        self.previous_stop_pred = stop_pred
        if record:
            self.rows[-1][CURVE_COLUMNS.index("stop_agreement")] = agreement
        return agreement

    def curves(self) -> pd.DataFrame:
        df = pd.DataFrame.from_records(self.rows, columns=list(CURVE_COLUMNS))
        if not self.spec.hybrid_accuracy:
            return df

        return with_bars(df, self.hybrid_bars)

    def run_alone(self) -> pd.DataFrame:
        for round_ in range(self.n_rounds):
            if round_ > 0:
                self.query(round_)
            X, y = self.training_set()
            t0 = time.perf_counter()
            self.learner.fit(X, y, rng=self.model_rng)
            self.record(round_, time.perf_counter() - t0)
        return self.curves()


def simulate(config: SimulationConfig, progress: Progress | None = None, *,
             dataset: Dataset | None = None) -> pd.DataFrame:
    """Run every run of ``config`` (data sets x strategies x seeds) in this process, one thread each run.

    Parameters
    ----------
    config : SimulationConfig
        Validated first (``ValueError``/``OSError`` with one line on bad input,
        before anything runs).
    progress : callable ``(done, total, info)``, optional
        Called once before the first run and after each run.
    dataset : Dataset, optional
        Every run's data set, already built (from arrays: a campaign's labels in hand); ``config.datasets`` is
        then its name alone (:meth:`SimulationConfig.runs_on`).

    Returns
    -------
    pandas.DataFrame
        The curves table, columns ``CURVE_COLUMNS``, one row per (run, round).
    """
    if dataset is None:
        config.validate()
        specs = config.runs()
    else:
        specs = config.runs_on(dataset)
    total = len(specs)
    if progress is not None:
        progress(0, total, "")
    frames = []
    with one_thread(torch_needed=False):  # as on workers: the same numbers whatever the threads or workers
        for done, spec in enumerate(specs, start=1):
            frames.append(run_one(spec, dataset=dataset))
            if progress is not None:
                progress(done, total, f"{spec.dataset} {spec.strategy} seed {spec.seed}")
    return pd.concat(frames, ignore_index=True)
