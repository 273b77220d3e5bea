"""Discriminative Active Learning (Gissin & Shalev-Shwartz 2019).

A small MLP learns to tell labeled from unlabeled points on the learner's
representation; the candidates it is most sure are *unlabeled* are the ones
the labeled set represents worst. The batch is chosen in sub-batches: after
each, the chosen points join the labeled side and the discriminator is
retrained. torch is imported here only, when the strategy runs.
"""

from __future__ import annotations

import numpy as np

from simulations.strategies.selectors import as_float32_sets, top_k


def _init_mlp(sizes: list[int], gen):
    import torch  # lazy: start-up time

    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1.0 / np.sqrt(fan_in)
        w = (torch.rand(fan_out, fan_in, generator=gen) * 2 - 1) * bound
        b = (torch.rand(fan_out, generator=gen) * 2 - 1) * bound
        params += [w.requires_grad_(), b.requires_grad_()]
    return params


def _forward(params, x):
    import torch  # lazy: start-up time

    for i in range(0, len(params) - 2, 2):
        x = torch.relu(x @ params[i].T + params[i + 1])
    return (x @ params[-2].T + params[-1]).squeeze(-1)


def dal_select(
    embeddings: np.ndarray,
    labeled_embeddings: np.ndarray | None,
    k: int,
    rng: np.random.Generator,
    *,
    n_sub_batches: int = 10,
    hidden: int = 64,
    steps: int = 100,
    batch: int = 128,
    lr: float = 3e-3,
    max_train_unlabeled: int = 5000,
) -> np.ndarray:
    """Choose ``k`` candidates in sub-batches with a labeled-vs-unlabeled discriminator.

    A 2-hidden-layer MLP (seeded from ``rng``) trains for ``steps`` Adam steps
    on class-balanced minibatches (half labeled, half unlabeled, which the
    paper achieves with class weights), then the candidates with the highest
    predicted probability of being unlabeled form the first sub-batch; they
    move to the labeled side and the MLP fine-tunes for ``steps // 4`` steps
    before each next sub-batch (the paper retrains from scratch; the warm
    start costs a quarter of the time).
    Training sees at most ``max_train_unlabeled`` unlabeled points (drawn
    with ``rng``); every candidate is scored. With no labeled set yet, the
    first sub-batch is drawn at random.

    Parameters
    ----------
    embeddings : ndarray of shape (n_candidates, h)
    labeled_embeddings : ndarray of shape (n_labeled, h) or None
    k : int
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
    """
    import torch  # lazy: start-up time

    U, L = as_float32_sets(embeddings, labeled_embeddings)
    n, h = U.shape
    k = min(int(k), n)
    # Standardize with pool + labeled statistics so the MLP sees unit-scale inputs.
    both = np.concatenate([U, L])
    mean, std = both.mean(axis=0), both.std(axis=0) + np.float32(1e-6)
    del both
    Ut = torch.from_numpy((U - mean) / std)
    Lt = torch.from_numpy((L - mean) / std)
    gen = torch.Generator().manual_seed(int(rng.integers(2**62)))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a tiny MLP: one thread is faster and machine-independent
    try:
        return _dal_loop(Ut, Lt, k, rng, gen, n_sub_batches, hidden, steps, batch, lr, max_train_unlabeled)
    finally:
        torch.set_num_threads(threads)


def _dal_loop(Ut, Lt, k, rng, gen, n_sub_batches, hidden, steps, batch, lr, max_train_unlabeled):
    import torch  # lazy: start-up time


    n, h = Ut.shape
    available = np.ones(n, dtype=bool)
    chosen: list[np.ndarray] = []
    sizes = [k // n_sub_batches + (1 if i < k % n_sub_batches else 0) for i in range(n_sub_batches)]
    params = opt = None
    half = max(1, batch // 2)
    y = torch.cat([torch.zeros(half), torch.ones(half)])  # 1 = unlabeled
    for size in (s for s in sizes if s > 0):
        pos = np.flatnonzero(available)
        if Lt.shape[0] == 0:
            pick = pos[rng.choice(pos.size, size=size, replace=False)]
        else:
            train_u = pos if pos.size <= max_train_unlabeled else rng.choice(pos, max_train_unlabeled, replace=False)
            Xu = Ut[torch.from_numpy(train_u)]
            n_steps = max(1, steps // 4)  # warm start: later sub-batches fine-tune
            if params is None:
                params = _init_mlp([h, hidden, hidden, 1], gen)
                opt = torch.optim.Adam(params, lr=lr)
                n_steps = steps
            for _ in range(n_steps):
                li = torch.randint(Lt.shape[0], (half,), generator=gen)
                ui = torch.randint(Xu.shape[0], (half,), generator=gen)
                logits = _forward(params, torch.cat([Lt[li], Xu[ui]]))
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y)
                opt.zero_grad()
                loss.backward()
                opt.step()
            with torch.no_grad():
                scores = np.concatenate(
                    [
                        _forward(params, Ut[torch.from_numpy(c)]).numpy()
                        for c in np.array_split(pos, pos.size // 65536 + 1)
                    ]
                ).astype(np.float64)
            pick = pos[top_k(scores, size, rng)]
        chosen.append(pick)
        available[pick] = False
        Lt = torch.cat([Lt, Ut[torch.from_numpy(pick)]])
    return np.concatenate(chosen).astype(np.int64) if chosen else np.empty(0, np.int64)
