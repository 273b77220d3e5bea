"""A campaign's labels in hand as a small labeled pool, every candidate strategy simulated on it (``alplan plan DIR``).

The campaign's labeled training examples are the pool of a simulation and
its labeled test examples its test split, as ``alplan simulate --data``
treats a labeled file, with the campaign's learner; features are
standardized with the statistics of the campaign's whole non-test pool, as
the campaign's own fits are. Every candidate strategy then runs on it from
several initial sets (:data:`SEEDS`) through :func:`simulations.run.loop.simulate`,
so its curves are those of a simulation and carry the usual run-to-run spread.

The schedule (:func:`schedule`) starts from an initial set of a tenth of the
labeled set (every class twice at least) and buys a fixed batch a round. An
AL strategy labels half of the labeled set (:data:`POOL_SHARE`) in about
:data:`ROUNDS` rounds: it then picks from twice the examples it holds, as it
does in a pool that is mostly unlabeled; past that share every strategy holds
most of the same examples and the curves meet. Random sampling goes on to
:data:`RANDOM_SHARE` of it: a random subset of the labels in hand is a random
sample of the pool where the campaign labeled at random, so its curve is
measured nearly as far as the campaign's own. What the runs cannot see is AL's
advantage beyond the labeled set's size: an AL strategy picking from the whole
pool picks from far more. Where the campaign picked with AL (an AL stretch, or
the AL half of a split round), the labels in hand lean to the examples AL found
hard, and random subsets of them are not random samples of the pool: random
sampling's runs then read only the labels random picked (the initial set,
random rounds, the random half of each split round; :func:`runs_of`), where
those number at least :data:`MIN_TRAIN_LABELS`.

The campaign is read in place through its public readers
(:class:`planner.campaign.state.Campaign`, :func:`planner.campaign.pool.read_pool`); nothing is written.
"""

from __future__ import annotations

import dataclasses
import gc
import math
import multiprocessing
import os
import shlex
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.cache import cached_table, digest
from planner.campaign.state import CURVE, PART, Campaign, batch_paths, is_campaign, stretch_of, stretches
from planner.campaign.steps import _learner, campaign_pool, class_order, refuse_cost_aware
from planner.campaign.words import plural
from simulations.data.datasets import Dataset, standardize
from simulations.results.schema import CURVE_COLUMNS, METRIC_COLUMNS
from simulations.run.config import SimulationConfig, refused_strategies
from simulations.run.cores import ENV, one_thread, requested_workers, usable_cores, uses_torch
from simulations.run import loop

__all__ = ["CANDIDATES", "MIN_TRAIN_LABELS", "POOL_SHARE", "RANDOM_SHARE", "ROUNDS", "SEEDS", "LabelsInHand", "Sunk",
           "campaign_of_curve", "labels_in_hand", "measure_strategies", "picked_at_random", "runs_of", "runs_ok",
           "schedule", "strategy_of_round", "sunk_facts"]

#: The strategies measured unless the user names others: random and the AL strategies the verdict weighs by default
#: (the page's simulation defaults), those the campaign's learner can serve.
CANDIDATES = ("random", "margin", "entropy", "coreset")
#: Runs per strategy: initial sets drawn from seeds 0..SEEDS-1, so the curves carry a run-to-run spread.
SEEDS = 5
#: The share of the labeled training set an AL strategy's runs label.
POOL_SHARE = 0.5
#: The share random sampling's runs label.
RANDOM_SHARE = 0.9
#: About this many rounds after the initial set.
ROUNDS = 10
#: Fewer training labels in hand cannot be simulated (an initial set and rounds within half of them).
MIN_TRAIN_LABELS = 40


@dataclass(frozen=True)
class LabelsInHand:
    """What a campaign holds, read for a re-decision.

    Parameters
    ----------
    dataset : Dataset
        The labeled training examples (``X_pool``, ``y_pool``) and the labeled test examples (``X_test``,
        ``y_test``), standardized with the non-test pool's statistics; named after the campaign.
    folder : Path
    model : str
    model_params : tuple of (key, value)
    strategy_now, batch_size_now : str, int
        The strategy and order size of the campaign's next round.
    paid_by : str or None
        The first AL strategy that picked a round of the campaign (its set-up is paid); None if none did.
    pool_rows, test_asked : int
        The pool's rows and the test ids the campaign set aside.
    round : int
    random_rows : ndarray of int
        The rows of ``X_pool`` whose labels random picked (:func:`picked_at_random`), in order; read-only.
    """

    dataset: object
    folder: Path
    model: str
    model_params: tuple
    strategy_now: str
    batch_size_now: int
    paid_by: str | None
    pool_rows: int
    test_asked: int
    round: int
    random_rows: np.ndarray

    @property
    def train_labels(self) -> int:
        return int(self.dataset.n_pool)

    @property
    def random_labels(self) -> int:
        """The training labels in hand that random picked."""
        return int(self.random_rows.size)

    @property
    def test_labels(self) -> int:
        return int(self.dataset.n_test)

    @property
    def pool_size(self) -> int:
        """The examples a path may label: the pool without the test split."""
        return int(self.pool_rows - self.test_asked)

    @property
    def n_classes(self) -> int:
        """The campaign's classes (those of its labels in hand)."""
        return int(self.dataset.n_classes)


def strategy_of_round(settings: dict, round_: int) -> tuple[str, int]:
    """(strategy, batch size) of the stretch that picks round ``round_`` (>= 1), as campaign.json's ``stretches``
    say (:func:`planner.campaign.state.stretches`).

    Raises
    ------
    ValueError
        A broken ``stretches`` list: one line.
    """
    stretch = stretches(settings)[stretch_of(settings, round_)]
    return str(stretch["strategy"]), int(stretch["batch_size"])


@dataclass(frozen=True)
class Sunk:
    """What a campaign has paid for: labels in hand by role, the AL strategy whose picks paid the set-up (None: not
    paid), the examples a path may label (the pool without its test split) and the next round's order size."""

    train_labels: int
    test_labels: int
    paid_by: str | None
    pool_size: int
    batch_size_now: int


def picked_at_random(c, ids) -> np.ndarray:
    """Per training id of ``ids`` (asked by the campaign ``c``), whether random picked it: the initial set (round
    0), a round of a random stretch, or the random half of a split round (``asked.csv``'s ``part``)."""
    asked = c.asked.drop_duplicates("id").set_index("id")
    rounds = asked["round"].reindex(ids).to_numpy()
    parts = asked[PART].reindex(ids).fillna("").astype(str).to_numpy()   # "" where the round was not split
    by_round = {int(r): "random" if int(r) == 0 else strategy_of_round(c.settings, int(r))[0] for r in set(rounds)}
    return np.array([(part or by_round[int(r)]) == "random" for r, part in zip(rounds, parts)], dtype=bool)


def sunk_facts(folder) -> Sunk:
    """The campaign in ``folder``'s sunk costs (:class:`Sunk`), read from its files alone (the pool is not read).

    Raises
    ------
    ValueError
        Not a campaign.
    """
    c = Campaign.load(folder)   # the facts `campaign measure` writes on its curve.csv (steps.sunk_columns)
    return Sunk(*c.labels_in_hand, c.setup_paid_by or None, c.pool_size, int(c.settings["batch_size"]))


def campaign_of_curve(path) -> Path | None:
    """The campaign folder whose measured curve ``path`` is (its ``curve.csv``), or None."""
    path = Path(path)
    return path.parent if path.name == CURVE and is_campaign(path.parent) else None


def labels_in_hand(folder) -> LabelsInHand:
    """The campaign in ``folder``: its labels in hand as a small labeled pool, and its facts.

    Raises
    ------
    ValueError, OSError
        One line: not a campaign, no test labels in hand, too few training labels (:data:`MIN_TRAIN_LABELS`) or one
        class only, the pool gone or changed.
    """
    c = Campaign.load(folder)
    s = c.settings
    train, test = c.held
    if test.empty:
        raise ValueError(f"no test labels are in hand in {c.folder}: label the test ids of "
                         f"{batch_paths(c.folder, 0)[0]} (role test) and add them; strategies are measured on them")
    if len(train) < MIN_TRAIN_LABELS:
        raise ValueError(f"the campaign in {c.folder} holds {plural(len(train), 'training label')}: measuring the "
                         f"strategies on them needs at least {MIN_TRAIN_LABELS}; label more (`alplan campaign next`), or plan "
                         f"its measured curve (`alplan plan {shlex.quote(str(c.folder / 'curve.csv'))}`)")
    if train["label"].nunique() < 2:
        raise ValueError(f"the campaign's {len(train):,} training labels are all {train['label'].iloc[0]!r}: a "
                         "classifier needs two classes; label more of the pool first")
    pool = campaign_pool(c)
    classes = class_order(pd.concat([train["label"], test["label"]]))
    _learner(s, pool.X.shape[1], len(classes))   # campaign.json's model and its parameters: refused naming the file
    code = {name: i for i, name in enumerate(classes)}
    test_rows = pool.rows_of(c.asked.loc[c.asked["role"] == "test", "id"].to_numpy(dtype=object))
    rest = np.ones(pool.n_rows, dtype=bool)
    rest[test_rows] = False
    X_rest = np.array(pool.X[rest], dtype=np.float32)
    X_train = np.array(pool.X[pool.rows_of(train["id"].to_numpy(dtype=object))], dtype=np.float32)
    X_test = np.array(pool.X[pool.rows_of(test["id"].to_numpy(dtype=object))], dtype=np.float32)
    both = np.concatenate([X_train, X_test])
    standardize(X_rest, both)   # the campaign's own fits read the non-test pool's statistics
    both.flags.writeable = False
    n_train = X_train.shape[0]
    random_rows = _read_only(np.flatnonzero(picked_at_random(c, train["id"].to_numpy(dtype=object))))
    ds = Dataset(name=str(s["name"]), X_pool=both[:n_train], y_pool=_frozen(train["label"], code),
                 X_test=both[n_train:], y_test=_frozen(test["label"], code), classes=tuple(classes),
                 input_shape=(both.shape[1],), source=f"the labels in hand of the campaign in {c.folder}")
    now, batch = str(s["strategy"]), int(s["batch_size"])   # in force: the next round's
    params = tuple(sorted((str(k), v) for k, v in (s.get("model_params") or {}).items()))
    return LabelsInHand(dataset=ds, folder=c.folder, model=str(s["model"]), model_params=params, strategy_now=now,
                        batch_size_now=batch, paid_by=c.setup_paid_by or None, pool_rows=int(s["pool"]["rows"]),
                        test_asked=c.test_asked, round=c.round, random_rows=random_rows)


def _read_only(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def _frozen(labels: pd.Series, code: dict) -> np.ndarray:
    return _read_only(np.asarray([code[v] for v in labels], dtype=np.int64))


def schedule(n_train: int, n_classes: int) -> dict:
    """The runs' ``initial``, ``batch_size``, ``budget`` (an AL strategy's) and ``random_budget`` on ``n_train``
    labeled examples (see the module docstring): every class twice in the initial set, and three label counts a
    run at least (the fewest a curve is fitted on), however many classes share the labels.

    >>> schedule(200, 2)
    {'initial': 20, 'batch_size': 8, 'budget': 100, 'random_budget': 180}
    """
    initial = min(max(2 * int(n_classes), int(n_train) // 10, 2), int(n_train) - 2)
    budget = min(max(int(n_train * POOL_SHARE), initial + 2), int(n_train))   # three label counts at least
    batch = max(1, math.ceil((budget - initial) / ROUNDS))
    return {"initial": initial, "batch_size": batch, "budget": budget,
            "random_budget": max(int(n_train * RANDOM_SHARE), budget)}


def runs_of(held: LabelsInHand) -> dict:
    """The runs on ``held``'s labels (:func:`schedule`), and ``random_from``: the training labels random sampling's
    runs read. Those are the labels random picked where the campaign also holds labels AL picked and random's hold
    :data:`MIN_TRAIN_LABELS` and the runs' initial set and two rounds past it (its ``random_budget`` then a
    :data:`RANDOM_SHARE` of them, two rounds past the initial set at least); otherwise every label in hand."""
    runs = schedule(held.train_labels, held.n_classes)
    own, least = held.random_labels, runs["initial"] + 2 * runs["batch_size"]
    if own == held.train_labels or own < max(MIN_TRAIN_LABELS, least):
        return {**runs, "random_from": held.train_labels}
    return {**runs, "random_budget": max(int(own * RANDOM_SHARE), least), "random_from": own}


def check_strategies(folder, strategies) -> None:
    """The strategies a campaign's answer would measure on its labels in hand (``strategies``; None: the defaults),
    checked against the campaign's learner before any answer is taken, as :func:`measure_strategies` checks them.

    Raises
    ------
    ValueError
        One line: an unknown strategy, or one the campaign's learner cannot serve.
    """
    if strategies is None:
        return

    settings = Campaign.load(folder).settings
    active = tuple(s for s in dict.fromkeys(strategies) if s != "random")
    for name in active:   # as a campaign refuses them (methods.md): an unlabeled pool's costs are unknown
        refuse_cost_aware(name)
    config = SimulationConfig(datasets=("campaign",), model=str(settings["model"]), strategies=("random", *active),
                              seeds=(0,), model_params=tuple((settings.get("model_params") or {}).items()),
                              initial=2, batch_size=1, budget=4)
    config._check_fields(given="campaign")


def measure_strategies(held: LabelsInHand, strategies=None, *, progress=None) -> pd.DataFrame:
    """Every strategy of ``strategies`` (default :data:`CANDIDATES` the learner can serve; random always) simulated on
    the labels in hand, :data:`SEEDS` runs each (the same initial sets), on :func:`schedule`: the curves table.
    ``progress(done, total, info)`` as :func:`simulations.run.loop.simulate` calls it, over all the runs (not
    called where the table is read back from the campaign's cache: :mod:`planner.campaign.cache`, keyed by the
    labels in hand, the learner, the strategies and the code).

    Raises
    ------
    ValueError
        One line: an unknown strategy, or one the campaign's learner cannot serve.
    """
    if strategies is None:
        refused = set(refused_strategies(held.model, held.model_params))
        strategies = [s for s in CANDIDATES if s not in refused]
    active = tuple(s for s in dict.fromkeys(strategies) if s != "random")
    ds = held.dataset
    runs = runs_of(held)
    config = SimulationConfig(datasets=(ds.name,), model=held.model, strategies=("random", *active),
                              seeds=tuple(range(SEEDS)), model_params=held.model_params, initial=runs["initial"],
                              batch_size=runs["batch_size"], budget=runs["budget"])
    config.runs_on(ds)   # every strategy checked before any run
    total = SEEDS * (1 + len(active))
    own = ds if runs["random_from"] == ds.n_pool else dataclasses.replace(
        ds, X_pool=_read_only(ds.X_pool[held.random_rows]), y_pool=_read_only(ds.y_pool[held.random_rows]))

    def measured() -> pd.DataFrame:
        jobs = [(config.with_(strategies=("random",), budget=runs["random_budget"]), own)]
        jobs += [(config.with_(strategies=active), ds)] if active else []
        parts = _on_cores(jobs, progress, total)
        if parts is not None:
            return pd.concat(parts, ignore_index=True)
        told = (lambda done, _total, info="": progress(done, total, info)) if progress is not None else None
        parts = [loop.simulate(jobs[0][0], told, dataset=own)]
        if active:
            later = (lambda done, _total, info="": progress(SEEDS + done, total, info) if done else None) \
                if progress is not None else None
            parts.append(loop.simulate(jobs[1][0], later, dataset=ds))
        return pd.concat(parts, ignore_index=True)


    key = digest("strategies", ds.name, ds.classes, ds.X_pool, ds.y_pool, ds.X_test, ds.y_test, held.model,
                 [list(kv) for kv in held.model_params], ["random", *active], SEEDS, runs, held.random_rows)
    return cached_table(held.folder, "runs", key, measured, lambda table: runs_ok(table, ("random", *active)))


#: The data sets of the runs :func:`_on_cores` hands to its forked workers (they inherit them: nothing is pickled).
_FORKED: list = []


def _run_forked(job: int, spec) -> pd.DataFrame:
    """A forked worker's run: ``spec`` on the data set of job ``job``, on one thread (as :func:`simulate` runs it)."""
    with one_thread(torch_needed=False):
        return loop.run_one(spec, dataset=_FORKED[job])


def _on_cores(jobs: list, progress, total: int) -> list | None:
    """What ``[simulate(config, dataset=ds) for config, ds in jobs]`` returns, the runs spread over the usable cores
    (:func:`simulations.run.cores.usable_cores`, or as many as ``ALPLAN_WORKERS`` asks) by forked workers, each run
    on one thread from its own streams, so every number but the seconds is the same as in this process;
    ``progress(done, total, info)`` as each run ends. None where it cannot fork safely (a thread besides this one, torch imported or
    used), or one core would do: the caller then runs them here."""
    specs = [(j, spec) for j, (config, ds) in enumerate(jobs) for spec in config.runs_on(ds)]
    cores, asked = usable_cores(), os.environ.get(ENV, "").strip()
    try:
        workers = min(len(specs), requested_workers(asked, cores) if asked else cores)
    except ValueError:
        workers = 1   # as before: this process runs them
    if (workers < 2 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1
            or "torch" in sys.modules or any(uses_torch(spec) for _, spec in specs)):
        return None
    _FORKED[:] = [ds for _, ds in jobs]
    gc.freeze()   # the objects alive now leave the collector's reach while workers fork: their pages are not copied
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            if progress is not None:
                progress(0, total, "")
            ends = {pool.submit(_run_forked, j, spec): f"{spec.dataset} {spec.strategy} seed {spec.seed}"
                    for j, spec in specs}
            for done, end in enumerate(as_completed(ends), start=1):
                end.result()
                if progress is not None:
                    progress(done, total, ends[end])
            frames = [end.result() for end in ends]   # in the order submitted: the specs'
    except (OSError, BrokenProcessPool):   # no process to fork, or a worker killed: this process runs them
        return None
    finally:
        gc.unfreeze()
        _FORKED.clear()
    return [pd.concat([f for (j, _), f in zip(specs, frames) if j == k], ignore_index=True) for k in range(len(jobs))]


def runs_ok(table: pd.DataFrame, strategies) -> bool:
    """Whether ``table`` reads as the strategies' runs :func:`measure_strategies` computes: the curves table's
    columns, each of ``strategies`` run :data:`SEEDS` times and no other, whole counts, and scores that are numbers in
    [0, 1] (``minority_recall`` NaN allowed, as for more than two classes): what a cached table must be to be read
    back."""
    if not isinstance(table, pd.DataFrame) or list(table.columns) != list(CURVE_COLUMNS) or table.empty:
        return False
    if set(map(str, table["strategy"])) != set(strategies) or not table["strategy"].map(type).eq(str).all():
        return False
    for name in ("seed", "round", "n_labels", "batch_size"):
        column = table[name]
        if not pd.api.types.is_integer_dtype(column) or column.isna().any() or (column < 0).any():
            return False
    if not table["seed"].isin(range(SEEDS)).all():
        return False
    for name in METRIC_COLUMNS:
        column = table[name]
        if not pd.api.types.is_float_dtype(column):
            return False
        values = column.to_numpy(dtype=float)
        shown = values[~np.isnan(values)] if name == "minority_recall" else values
        if not (np.isfinite(shown).all() and (shown >= 0).all() and (shown <= 1).all()):
            return False
    return True
