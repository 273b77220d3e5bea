"""The curves table: the contract between the simulator and the planner.

One row per (run, round). See DESIGN.md.
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
)
