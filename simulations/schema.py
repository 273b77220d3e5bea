"""The curves table: the contract between the simulator and the planner.

One row per (run, round). See DESIGN.md.

The last columns (:data:`SIGNAL_COLUMNS`) are stopping-rule signals, computed
only from data the learner has (never the test set); they may be NaN, and
tables written before they existed (old databases, a user's own pilot
measurements) lack them: readers fill them with NaN.
"""

CURVE_COLUMNS: tuple[str, ...] = (
    "dataset",
    "model",
    "strategy",
    "seed",
    "batch_size",
    "label_noise",
    "round",
    "n_labels",
    "accuracy",
    "macro_f1",
    "train_seconds",
    "query_seconds",
    "stop_agreement",
    "pool_confidence",
)

#: Stopping-rule signals (float, NaN allowed), see :mod:`simulations.stopping`:
#: ``stop_agreement`` is Cohen's kappa between this round's and the previous
#: round's predictions on a fixed stop set drawn from the initial unlabeled pool
#: (NaN in round 0); ``pool_confidence`` the mean max-probability of this
#: round's model on the remaining unlabeled pool (NaN when none remains).
SIGNAL_COLUMNS: tuple[str, ...] = ("stop_agreement", "pool_confidence")
