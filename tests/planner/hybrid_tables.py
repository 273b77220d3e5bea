"""Curves tables with hybrid columns for the planner's tests: shares that rise with labels and fall with the bar."""

import numpy as np
import pandas as pd

BARS = (0.9, 0.95, 0.99)
#: The training labels and remainder a ``split=True`` table's simulation held (its held-out split aside).
SIMULATED = 1_000


def hybrid_table(*, seeds=3, rounds=8, bars=BARS, gain=1.0, seed=0, split=False) -> pd.DataFrame:
    """One row per (strategy, seed, round, bar); margin's shares rise ``gain`` times faster than random's.

    ``split``: with the test-split columns and the remainder's size, as the simulator writes them: margin's
    picks take hard examples out of a pool of :data:`SIMULATED`, so its remainder's share is the test split's
    share of those examples over the fewer left (random's remainder is a random one: its share is the test
    split's), and the test split's machine labels are right on no more than the test accuracy."""
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
                    row = {"dataset": "toy", "model": "logreg", "strategy": strategy, "seed": s,
                           "batch_size": 20, "label_noise": 0.0, "round": r, "n_labels": n,
                           "accuracy": acc, "machine_target": bar, "machine_share": min(share, 1.0),
                           "machine_accuracy": min(mach, 1.0) if share > 0 else np.nan}
                    if split:
                        mach = min(mach, 1.0) if share > 0 else np.nan
                        test = min(share, acc / mach) if share > 0 else 0.0
                        left = SIMULATED - n
                        rem = test if strategy == "random" else min(1.0, test * SIMULATED / left)
                        row.update(machine_share=rem, machine_accuracy=min(1.0, mach + 0.01) if rem > 0 else np.nan,
                                   machine_remainder=float(left), test_machine_share=test,
                                   test_machine_accuracy=mach if test > 0 else np.nan)
                    rows.append(row)
    return pd.DataFrame(rows)
