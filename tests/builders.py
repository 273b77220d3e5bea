"""Builders of the tests' inputs: curves tables drawn from a known mean curve, the files they are written to, and
campaign folders labeled round by round.

A test names the mean curve it means (``lambda n, eff: 0.95 - 0.9 * (n / eff) ** -0.5``) and the builder adds the
loops, the noise and the columns; one row per (strategy, seed, count), noise drawn in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

#: random beside a margin that needs half its labels.
TWO = (("random", 1.0), ("margin", 0.5))


def curve_table(rng, mean: Callable, strategies: Iterable = TWO, *, counts: Iterable = range(20, 420, 20),
                seeds: int = 3, noise: float = 0.003, rounds: bool = False, **columns) -> pd.DataFrame:
    """A curves table: ``mean(n, eff)`` plus ``N(0, noise)`` for each strategy ``(name, eff)``, seed and count.

    Parameters
    ----------
    rng : numpy.random.Generator
        Draws the noise, one value a row.
    mean : callable
        ``mean(n, eff) -> accuracy`` for a label count ``n`` and a strategy's ``eff``.
    strategies : iterable of (str, float)
        The strategies and their ``eff``.
    counts : iterable of int
        The label counts of every run.
    seeds : int
        Runs a strategy.
    noise : float
        Standard deviation of the noise.
    rounds : bool
        Add a ``round`` column (the count's index).
    **columns
        Constant columns (``batch_size=20``, ``dataset="toy"``).

    Returns
    -------
    pandas.DataFrame
        Columns strategy, seed, n_labels, accuracy (round) and ``columns``.
    """
    counts = list(counts)
    rows = []
    for strategy, eff in strategies:
        for seed in range(seeds):
            for r, n in enumerate(counts):
                row = {"strategy": strategy, "seed": seed, "n_labels": n,
                       "accuracy": mean(n, eff) + rng.normal(0, noise), **columns}
                rows.append({**row, "round": r} if rounds else row)
    return pd.DataFrame(rows)


def proxy_table(rng, name, c, a, alpha, strategies, *, rounds=12, seeds=2, batch=20) -> pd.DataFrame:
    """A proxy data set ``name``'s curves: ``c - a (n / eff)^-alpha`` plus N(0, 0.002) for each (strategy, eff),
    ``rounds`` batches of ``batch`` labels."""
    return curve_table(rng, lambda n, eff: c - a * (n / eff) ** -alpha, strategies, seeds=seeds, noise=0.002,
                       counts=range(batch, batch * (rounds + 1), batch), dataset=name, batch_size=batch)


def csv_file(folder, table: pd.DataFrame, name: str = "curves.csv"):
    """``table`` written to ``folder / name`` (no index); the path."""
    path = folder / name
    table.to_csv(path, index=False)
    return path


def campaign_folder(camp, pool, rounds: int, labels: Callable, *, strategy: str = "random", initial: int = 20,
                    batch_size: int = 20, test_size: int = 60):
    """A campaign on ``pool`` started with ``alplan campaign start`` at ``camp`` and labeled round by round: round
    ``r``'s labels are the file ``labels(camp, r)`` writes, added with ``campaign add``, then ``campaign next`` asks
    for the next batch (``rounds`` times). Returns ``camp``."""
    from planner.cli import main

    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--strategy", strategy, "--initial",
                 str(initial), "--batch-size", str(batch_size), "--test-size", str(test_size)]) == 0
    for r in range(rounds + 1):
        assert main(["campaign", "add", str(camp), str(labels(camp, r))]) == 0
        if r < rounds:
            assert main(["campaign", "next", str(camp)]) == 0
    return camp


def priced_answer(act="switch", reason="verdict", strategy="margin", *, cost=500.0, labels=100.0, reachable=True,
                  beyond=(), p_met=None, batch=20, target=0.9, held=0):
    """A campaign's answer with a verdict whose row for ``strategy`` costs ``cost`` from here and buys ``labels`` in
    all, ``held`` of them in hand (a stop on a measured hit with ``p_met``)."""
    from types import SimpleNamespace

    row = SimpleNamespace(strategy=strategy, reachable=reachable, total_cost=cost, labels_bought=labels,
                          beyond_limit=beyond)
    verdict = SimpleNamespace(decision=SimpleNamespace(strategies=(row,)))
    return SimpleNamespace(act=act, reason=reason, strategy=strategy, target=target, forecast=verdict,
                           facts=SimpleNamespace(batch_size=batch, train_labels=held),
                           measured=None if p_met is None else SimpleNamespace(p_met=p_met))
