"""Lockstep runs: the runs of a grid that share a data set, learner and round schedule train as one.

A grid's runs (seeds x strategies) of one data set and one ``mlp`` or ``cnn``
learner fit networks of the same shape on labeled sets of the same size
every round: :func:`group_runs` groups them, :func:`run_group` runs a group
round by round (queries per run) and fits the group's networks together with
the batched training of :mod:`simulations.learners.batched` (``fit_mlps``,
``fit_cnns``; the design, the budget rules and the bitwise guarantees are
documented there). A run alone goes through the same code with one member.

>>> from simulations.run.lockstep import group_runs
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Callable

from simulations.learners.batched import fit_cnns, fit_mlps, same_training  # the group's fitters (importable from here)
from simulations.learners.models import CNN, MLP, _check_Xy, _torch_generator, _torch_threads
from simulations.run.loop import _Run

__all__ = ["LOCKSTEP_MODELS", "fit_cnns", "fit_mlps", "group_key", "group_runs", "run_group"]


#: Learners whose runs train in lockstep; the others run one after the other inside a group.
LOCKSTEP_MODELS = frozenset({"mlp", "cnn"})

def group_key(spec: Any) -> tuple:
    """Runs with the same key can train in lockstep: data set, learner, its settings and the round schedule."""
    if spec.model not in LOCKSTEP_MODELS:
        return ("alone", spec.key())
    return (spec.data_key(), spec.model, tuple(spec.model_params), int(spec.initial),
            tuple(spec.batch_sizes()), bool(spec.warm_start))


class RunGroup(tuple):
    """A unit of work for the executors: runs (``RunSpec``) that train in lockstep, in grid order."""

    def key(self) -> str:
        return self[0].key()

    def __repr__(self) -> str:
        return f"RunGroup({len(self)} runs, first {self[0].key()[:12]})"


def group_runs(specs: Sequence[Any], *, parts: int = 1, max_size: int = 64) -> list[RunGroup]:
    """Split ``specs`` into lockstep groups (order kept inside each; groups in order of their first run).

    Parameters
    ----------
    parts : int
        Split each group into at least this many pieces when it has the runs
        (one per worker, so a pool keeps every worker busy).
    max_size : int
        At most this many runs train together (bounds a worker's memory).
    """
    buckets: dict[tuple, list] = {}
    for spec in specs:
        buckets.setdefault(group_key(spec), []).append(spec)
    out: list[RunGroup] = []
    for members in buckets.values():
        pieces = max(1, min(len(members), max(int(parts), -(-len(members) // max(int(max_size), 1)))))
        size = -(-len(members) // pieces)
        out.extend(RunGroup(members[i:i + size]) for i in range(0, len(members), size))
    return out


def _fit_together(runs: list, round_: int) -> None:
    """Fit every run's learner on its training set: lockstep where the learners allow it, else one by one."""
    fitters = {MLP: fit_mlps, CNN: fit_cnns}
    sets = [run.training_set() for run in runs]
    batches: dict[tuple, list[int]] = {}
    for i, (run, (X, _)) in enumerate(zip(runs, sets)):
        learner = run.learner
        key = (type(learner).name, X.shape[0]) if type(learner) in fitters else ("alone", i)
        batches.setdefault(key, []).append(i)
    for key, members in batches.items():
        fit = fitters.get(type(runs[members[0]].learner)) if key[0] != "alone" else None
        compatible = fit is not None and all(same_training(runs[members[0]].learner, runs[i].learner) for i in members)
        groups = [members] if compatible else [[i] for i in members]
        for group in groups:
            t0 = time.perf_counter()
            if fit is not None:
                learners = [runs[i].learner for i in group]
                Xys = [_check_Xy(*sets[i], learners[0].n_features, learners[0].n_classes) for i in group]
                for learner in learners:
                    learner.validate_params()
                gens = [_torch_generator(runs[i].model_rng) for i in group]  # as MLP.fit / CNN.fit: one draw each
                with _torch_threads(learners[0].num_threads):
                    fit(learners, [X for X, _ in Xys], [y for _, y in Xys], gens)
            else:
                runs[group[0]].learner.fit(*sets[group[0]], rng=runs[group[0]].model_rng)
            share = (time.perf_counter() - t0) / len(group)
            for i in group:
                runs[i].record(round_, share)


def run_group(specs: Sequence[Any], *, progress: Callable[[int, int], None] | None = None) -> list:
    """Run ``specs`` in lockstep: round by round, each run queries alone, then all fit together.

    Each run's curve is what :func:`simulations.run.loop.run_one` gives it alone
    (the same streams; batched products bitwise equal on CPU), except
    ``train_seconds``: the group's fit time divided among its runs.

    Parameters
    ----------
    progress : callable ``(rounds_done, rounds_total)``, optional
        Called after every round of the group (rounds of all its runs).

    Returns
    -------
    list of DataFrame
        One curves table per spec, in order.
    """
    runs = [_Run(spec) for spec in specs]
    total = sum(run.n_rounds for run in runs)
    done = 0
    for round_ in range(max(run.n_rounds for run in runs)):
        live = [run for run in runs if round_ < run.n_rounds]
        if round_ > 0:
            for run in live:
                run.query(round_)
        _fit_together(live, round_)
        done += len(live)
        if progress is not None:
            progress(done, total)
    return [run.curves() for run in runs]
