"""The neural peer experiment (benchmarks/bench_neural.py): settings shared by the three scripts.

digits (alplan's split of data seed 0, pool-standardized), an MLP 64-128-10
with ReLU and dropout 0.25, trained from fresh weights every round by Adam
(lr 3e-3, weight decay 1e-4) for ``EPOCHS`` passes over the labeled set in
shuffled minibatches of 64 (the last one short, as a DataLoader); BALD on 20
MC-dropout samples of the whole unlabeled pool; test accuracy of the
deterministic network (dropout off). ``init_pos`` in each seed's file is the
initial set alplan draws for a run with that seed.
"""

import os

EPOCHS = int(os.environ.get("ALPLAN_BENCH_EPOCHS", "30"))
HIDDEN = 128
DROPOUT = 0.25
LR = 3e-3
WEIGHT_DECAY = 1e-4
BATCH = 64
MC_SAMPLES = 20
