"""A plain PyTorch loop: BALD with MC dropout, written the textbook way (nn.Module, DataLoader, torch.optim.Adam).

Runs in alplan's venv; prints one JSON line (see _common.py). Settings: _common.py.
"""

import time

_T0 = time.perf_counter()
import numpy as np  # noqa: E402
import torch  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _T0

from _common import BATCH, DROPOUT, EPOCHS, HIDDEN, LR, MC_SAMPLES, WEIGHT_DECAY, run  # noqa: E402

torch.set_num_threads(1)


def experiment(d: dict, seed: int, batch_size: int, rounds: int) -> list[tuple[int, float]]:
    gen = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    X, y = torch.from_numpy(d["X_pool"]), torch.from_numpy(d["y_pool"].astype(np.int64))
    Xt, yt = torch.from_numpy(d["X_test"]), d["y_test"]
    labelled = np.zeros(len(y), dtype=bool)
    labelled[d["init_pos"]] = True
    model = torch.nn.Sequential(torch.nn.Linear(X.shape[1], HIDDEN), torch.nn.ReLU(), torch.nn.Dropout(DROPOUT),
                                torch.nn.Linear(HIDDEN, int(y.max()) + 1))
    fresh = {k: v.clone() for k, v in model.state_dict().items()}
    curve = []
    for round_ in range(rounds + 1):
        model.load_state_dict(fresh)
        opt = torch.optim.Adam(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
        idx = torch.from_numpy(np.flatnonzero(labelled))
        loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X[idx], y[idx]), batch_size=BATCH,
                                             shuffle=True, generator=gen)
        model.train()
        for _ in range(EPOCHS):
            for xb, yb in loader:
                loss = torch.nn.functional.cross_entropy(model(xb), yb)
                opt.zero_grad()
                loss.backward()
                opt.step()
        model.eval()
        with torch.no_grad():
            curve.append((int(labelled.sum()), float(np.mean(model(Xt).argmax(1).numpy() == yt))))
            if round_ == rounds:
                break
            pool = np.flatnonzero(~labelled)
            model.train()  # MC dropout
            probs = torch.stack([torch.softmax(model(X[pool]), 1) for _ in range(MC_SAMPLES)]).numpy()
        mean = probs.mean(0)
        entropy = -(mean * np.log(mean + 1e-12)).sum(1)
        expected = -(probs * np.log(probs + 1e-12)).sum(2).mean(0)
        labelled[pool[np.argsort(-(entropy - expected), kind="stable")[:batch_size]]] = True
    return curve


if __name__ == "__main__":
    run("pytorch", torch.__version__, IMPORT_SECONDS, experiment)
