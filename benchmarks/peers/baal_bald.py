"""baal: BALD with MC dropout through ModelWrapper, ActiveLearningDataset and ActiveLearningLoop.

Runs in .venv-baal (benchmarks/setup_peers.sh); prints one JSON line (see _common.py). Settings: _common.py.
DataLoader workers 0 (baal's default 4 would start processes every epoch) and one torch thread, as alplan.
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
import torch  # noqa: E402
from baal.active import ActiveLearningDataset, ActiveLearningLoop  # noqa: E402
from baal.active.heuristics import BALD  # noqa: E402
from baal.bayesian.dropout import Dropout  # noqa: E402
from baal.modelwrapper import ModelWrapper, TrainingArgs  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from importlib.metadata import version  # noqa: E402

from _common import BATCH, DROPOUT, EPOCHS, HIDDEN, LR, MC_SAMPLES, WEIGHT_DECAY, run  # noqa: E402

torch.set_num_threads(1)


def experiment(d: dict, seed: int, batch_size: int, rounds: int) -> list[tuple[int, float]]:
    torch.manual_seed(seed)
    np.random.seed(seed)
    X, y = torch.from_numpy(d["X_pool"]), torch.from_numpy(d["y_pool"].astype(np.int64))
    Xt, yt = torch.from_numpy(d["X_test"]), d["y_test"]
    labelled = np.zeros(len(y), dtype=bool)
    labelled[d["init_pos"]] = True
    dataset = ActiveLearningDataset(torch.utils.data.TensorDataset(X, y), labelled=labelled)
    first, last = torch.nn.Linear(X.shape[1], HIDDEN), torch.nn.Linear(HIDDEN, int(y.max()) + 1)
    model = torch.nn.Sequential(first, torch.nn.ReLU(), Dropout(DROPOUT), last)  # baal's always-on dropout
    fresh = {k: v.clone() for k, v in model.state_dict().items()}
    args = TrainingArgs(optimizer=None, batch_size=BATCH, epoch=EPOCHS, use_cuda=False, workers=0,
                        criterion=torch.nn.CrossEntropyLoss(), replicate_in_memory=True)
    wrapper = ModelWrapper(model, args)
    loop = ActiveLearningLoop(dataset, wrapper.predict_on_dataset, heuristic=BALD(), query_size=batch_size,
                              iterations=MC_SAMPLES, verbose=False)
    curve = []
    for round_ in range(rounds + 1):
        model.load_state_dict(fresh)  # fresh weights and optimizer every round, as alplan
        args.optimizer = torch.optim.Adam(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
        wrapper.train_on_dataset(dataset)
        with torch.no_grad():
            pred = last(torch.relu(first(Xt))).argmax(1).numpy()
        curve.append((int(dataset.n_labelled), float(np.mean(pred == yt))))
        if round_ < rounds:
            loop.step()
    return curve


if __name__ == "__main__":
    import structlog, logging  # noqa: E401

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    run("baal", version("baal"), IMPORT_SECONDS, experiment)
