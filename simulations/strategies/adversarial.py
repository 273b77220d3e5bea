"""Adversarial margin (DeepFool distance; Ducoffe & Precioso 2018, the DAL code's ``AdversarialDeepFool``).

The smaller the perturbation DeepFool needs to flip the model's prediction,
the closer the point lies to the decision boundary, the sooner it is queried.
torch is imported here only, when the strategy runs.
"""

from __future__ import annotations

import numpy as np

from simulations.strategies.selectors import top_k


def deepfool_distance(
    model,
    features: np.ndarray,
    *,
    max_iter: int = 50,
    overshoot: float = 0.02,
    chunk: int = 512,
) -> np.ndarray:
    """Length of the DeepFool perturbation that changes each point's predicted class.

    Batched multi-class DeepFool (Moosavi-Dezfooli et al. 2016): at each step,
    linearise the logits, step to the nearest linearised boundary, repeat
    until the prediction flips. For a linear model this is the exact distance
    to the decision boundary.

    Parameters
    ----------
    model : object with ``forward_logits(x: torch.Tensor) -> torch.Tensor``
        Maps float32 features of shape (n, n_features) to logits (n, C),
        differentiably, each row independent of the others (eval mode).
    features : ndarray of shape (n, n_features)

    Returns
    -------
    distance : ndarray of shape (n,)
        ``inf`` where the prediction never flipped within ``max_iter`` steps.
    """
    import torch  # lazy: start-up time

    X = np.asarray(features, dtype=np.float32)
    out = np.full(X.shape[0], np.inf)
    with torch.enable_grad():
        for start in range(0, X.shape[0], chunk):
            x0 = torch.from_numpy(X[start : start + chunk].copy())
            with torch.no_grad():
                logits0 = model.forward_logits(x0)
            n, n_cls = logits0.shape
            if n_cls < 2:
                continue
            label = logits0.argmax(dim=1)
            r_tot = torch.zeros_like(x0)
            active = torch.ones(n, dtype=torch.bool)
            for _ in range(max_iter):
                idx = torch.nonzero(active).squeeze(1)
                if idx.numel() == 0:
                    break
                x = (x0[idx] + (1 + overshoot) * r_tot[idx]).requires_grad_(True)
                logits = model.forward_logits(x)
                lab = label[idx]
                flipped = logits.argmax(dim=1) != lab
                if flipped.any():
                    active[idx[flipped]] = False
                keep = ~flipped
                if not keep.any():
                    break
                grads = torch.stack(
                    [
                        torch.autograd.grad(logits[:, c].sum(), x, retain_graph=c < n_cls - 1)[0]
                        for c in range(n_cls)
                    ],
                    dim=1,
                )  # (m, C, F)
                rows = torch.arange(idx.numel())
                w = grads - grads[rows, lab][:, None, :]
                f = (logits - logits[rows, lab][:, None]).detach()
                w_norm = w.flatten(2).norm(dim=2) + 1e-8
                ratio = f.abs() / w_norm
                ratio[rows, lab] = torch.inf
                best = ratio.argmin(dim=1)
                w_best = w[rows, best]
                step = (f[rows, best].abs() + 1e-4) / w_norm[rows, best] ** 2
                r = step[:, None] * w_best
                r_tot[idx[keep]] += r[keep].detach()
            done = ~active
            dist = ((1 + overshoot) * r_tot).flatten(1).norm(dim=1)
            chunk_out = np.where(done.numpy(), dist.numpy(), np.inf)
            out[start : start + n] = chunk_out
    return out


def adversarial_select(
    model,
    features: np.ndarray,
    k: int,
    rng: np.random.Generator,
    *,
    max_candidates: int = 1000,
    max_iter: int = 50,
) -> np.ndarray:
    """The ``k`` candidates with the smallest DeepFool distance.

    On a large pool, DeepFool runs on ``max(max_candidates, k)`` candidates
    drawn at random with ``rng``.

    Parameters
    ----------
    model : object with ``forward_logits``
    features : ndarray of shape (n_candidates, n_features)
    k : int
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
    """
    n = features.shape[0]
    cap = max(max_candidates, k)
    cand = np.arange(n) if n <= cap else np.sort(rng.choice(n, size=cap, replace=False))
    dist = deepfool_distance(model, features[cand], max_iter=max_iter)
    return cand[top_k(-dist, k, rng)]
