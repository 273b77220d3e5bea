"""Curves tables with hybrid columns for the planner's tests: shares that rise with labels and fall with the bar."""

import numpy as np
import pandas as pd

BARS = (0.9, 0.95, 0.99)


def hybrid_table(*, seeds=3, rounds=8, bars=BARS, gain=1.0, seed=0) -> pd.DataFrame:
    """One row per (strategy, seed, round, bar); margin's shares rise ``gain`` times faster than random's."""
    rng = np.random.default_rng(seed)
    rows = []
    for strategy, speed in (("random", 1.0), ("margin", 1.0 + gain)):
        for s in range(seeds):
            for r in range(rounds + 1):
                n = 20 + 20 * r
                acc = 0.95 - 0.6 * np.exp(-speed * n / 80) + rng.normal(0, 0.005)
                for bar in bars:
                    share = max(0.0, min(1.0, (1.02 - bar * 0.98) * 8 * (1 - np.exp(-speed * n / 120))
                                         + rng.normal(0, 0.01)))
                    mach = bar + (1 - bar) * 0.5 + rng.normal(0, 0.002) if share > 0 else np.nan
                    rows.append({"dataset": "toy", "model": "logreg", "strategy": strategy, "seed": s,
                                 "batch_size": 20, "label_noise": 0.0, "round": r, "n_labels": n,
                                 "accuracy": acc, "machine_target": bar, "machine_share": min(share, 1.0),
                                 "machine_accuracy": min(mach, 1.0) if share > 0 else np.nan})
    return pd.DataFrame(rows)
