"""Curves tables made from known parametric curves + noise, shared by the planner tests."""

from __future__ import annotations

import pandas as pd


def proxy_table(rng, name, c, a, alpha, strategies, *, rounds=12, seeds=2, batch=20):
    """Rows of ``c - a (n / eff)^-alpha + noise`` for each (strategy, eff): AL at efficiency eff."""
    rows = []
    for strategy, eff in strategies:
        for seed in range(seeds):
            for r in range(rounds):
                n = batch * (r + 1)
                acc = c - a * (n / eff) ** -alpha + rng.normal(0, 0.002)
                rows.append({"dataset": name, "strategy": strategy, "seed": seed, "batch_size": batch,
                             "n_labels": n, "accuracy": acc})
    return pd.DataFrame(rows)
