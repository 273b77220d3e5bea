"""Lockstep training: the runs of a grid that share a data set, learner and round schedule train as one.

A grid's runs (seeds x strategies) of one data set and one ``mlp`` learner
fit networks of the same shape on labeled sets of the same size every round.
Trained one by one, each of the ~300 Adam steps of a fit costs ~1 ms of
Python and framework overhead for a few microseconds of arithmetic. Here the
``R`` networks are stacked (weights of shape ``(R, ...)``) and trained by
batched matrix products (``torch.baddbmm``) with hand-written gradients
(ReLU and dropout's derivative in one fused ``threshold_backward``) and
torch's fused Adam kernel on one flat ``(R, P)`` parameter buffer: ~25
tensor operations a step for the whole group instead of ~100 per run.

Each run keeps its own data, labeled set, minibatch order and dropout masks
(drawn a pass at a time as bit planes of its own raw stream, seeded from its
own ``rng``: :func:`_keep_bits`), and its own early stop; query steps stay
per run (:func:`run_group`). A run trained alone goes through the same code
with ``R = 1``, and at one torch thread (the learners' default
``num_threads=1``) each member gets bitwise what it gets alone
(tests/simulations/test_lockstep.py checks the whole curve). With more
threads some kernels split their work by the group's size, and the last
bits may differ.

Training budget of one fit (``mlp``): passes over the labeled set in
minibatches of ``batch_size`` (full batch while the labeled set is smaller:
the last batch of a pass may be short, as a PyTorch ``DataLoader``), at most
``steps`` Adam steps, or exactly ``epochs`` passes when ``epochs`` is given;
with ``loss_tol > 0`` a run stops once the mean training loss of a pass is
below it (checked after every pass, a step budget that follows the
labeled-set size).

>>> from simulations.lockstep import group_runs
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from typing import Any, Callable

import numpy as np

__all__ = ["fit_mlps", "group_key", "group_runs", "run_group"]


def _mlp_layout(learner) -> list[tuple[str, tuple[int, ...]]]:
    h, d, C = int(learner.hidden), int(learner.n_features), int(learner.n_classes)
    names = [("w0", (h, d)), ("b0", (h,))]
    if learner.layers == 2:
        names += [("w1", (h, h)), ("b1", (h,))]
    return names + [("wo", (C, h)), ("bo", (C,))]


def _same_training(a, b) -> bool:
    keys = ("hidden", "layers", "dropout", "lr", "weight_decay", "steps", "batch_size", "epochs", "loss_tol")
    return type(a) is type(b) and all(getattr(a, k) == getattr(b, k) for k in keys) and \
        (a.n_features, a.n_classes) == (b.n_features, b.n_classes)


def _dyadic(p: float) -> tuple[int, int] | None:
    """``(m, t)`` with ``p = t / 2**m``, ``t`` odd and ``m <= 8`` (0.25 -> (2, 1), 0.5 -> (1, 1)); else None."""
    for m in range(1, 9):
        t = p * (1 << m)
        if abs(t - round(t)) < 1e-12 and int(round(t)) % 2 == 1:
            return m, int(round(t))
    return None


def _keep_bits(rngs: Sequence[np.random.Generator], shape: tuple[int, ...], p: float) -> np.ndarray:
    """(len(rngs), *shape) bool: one keep mask per generator, each from its own raw 64-bit stream.

    A unit is kept when its ``m``-bit uniform number ``U`` is at least
    ``t = p * 2**m``, so P(keep) = 1 - p exactly. When ``p`` is a dyadic
    fraction ``t / 2**m`` (0.25, 0.5, 0.125, ...: ``m <= 8``), ``U`` is
    bit-sliced: ``m`` planes of random bits, one bit a unit each, compared
    with ``t`` by bitwise operations on whole bytes (at 0.25: ``keep =
    a | b``, two random bits a unit instead of a byte). Other ``p`` compare
    16-bit numbers (``p`` to within 1/65536). The bits come from the
    generator's ``random_raw`` words (~8x faster than ``Generator.bytes``).
    """
    count = math.prod(shape)
    R = len(rngs)
    plan = _dyadic(p)
    if plan is None:
        t = min(int(round(p * 65536)), 65535)
        words = -(-count // 4)
        u = np.stack([rng.bit_generator.random_raw(words) for rng in rngs]).view(np.uint16)[:, :count]
        return (u >= t).reshape((R,) + tuple(shape))
    m, t = plan
    words = -(-count // 64)
    planes = np.stack([rng.bit_generator.random_raw(m * words) for rng in rngs]).view(np.uint8)
    planes = planes.reshape(R, m, words * 8)
    gt, eq = None, None  # U > t and U == t on the bits read so far (most significant first)
    for i in range(m - 1, -1, -1):
        u = planes[:, m - 1 - i]
        if (t >> i) & 1:
            eq = u.copy() if eq is None else np.bitwise_and(eq, u, out=eq)
        else:
            hit = u if eq is None else eq & u
            gt = hit.copy() if gt is None else np.bitwise_or(gt, hit, out=gt)
            eq = ~u if eq is None else np.bitwise_and(eq, ~u, out=eq)
    keep = eq if gt is None else np.bitwise_or(gt, eq, out=gt)
    bits = np.unpackbits(keep, axis=1, count=count, bitorder="little")
    return bits.view(bool).reshape((R,) + tuple(shape))


def fit_mlps(learners: Sequence[Any], Xs: Sequence[np.ndarray], ys: Sequence[np.ndarray],
             gens: Sequence[Any], profile: dict | None = None) -> list[int]:
    """Train ``R`` MLPs of one configuration in lockstep (in place); returns each one's step count.

    Parameters
    ----------
    learners : sequence of simulations.models.MLP
        The same training settings and shapes (:func:`_same_training`).
    Xs, ys : sequences of ndarray
        Each run's labeled set, all of the same size ``n``: (n, d) float32, (n,) int64.
    gens : sequence of torch.Generator
        Each run's stream: initial weights, minibatch order, dropout masks.
    profile : dict, optional
        Adds the seconds spent in ``forward``, ``backward``, ``optimizer``
        and ``draws`` (dropout masks) to its keys (benchmarks/bench_neural.py).
    """
    import torch
    import torch.nn.functional as F

    from simulations.models import _as_tensor

    first = learners[0]
    R = len(learners)
    n = int(Xs[0].shape[0])
    layout = _mlp_layout(first)
    sizes = [math.prod(s) for _, s in layout]
    P = sum(sizes)
    p = float(first.dropout)
    lr, wd = float(first.lr), float(first.weight_decay)
    b1, b2, eps = 0.9, 0.999, 1e-8
    bs = min(int(first.batch_size), n)
    per_pass = -(-n // bs)
    budget = int(first.epochs) * per_pass if first.epochs is not None else int(first.steps)
    loss_tol = float(first.loss_tol)

    flat = torch.empty((R, P), dtype=torch.float32)
    for r, (learner, gen) in enumerate(zip(learners, gens)):
        if learner.warm_start and getattr(learner, "fitted_", False):
            params = learner.params_
        else:
            params = learner._build(gen)
        torch.cat([params[name].detach().reshape(-1) for name, _ in layout], out=flat[r])
    views, off = {}, 0
    for (name, shape), size in zip(layout, sizes):
        views[name] = flat[:, off:off + size].unflatten(1, shape) if len(shape) > 1 else flat[:, off:off + size]
        off += size
    m_buf = torch.zeros_like(flat)
    v_buf = torch.zeros_like(flat)
    grad = torch.empty_like(flat)
    adam_step = torch.zeros((), dtype=torch.float32)
    # one tensor a run: the kernel's vector loop then splits each run's P values as it does alone
    adam_rows = [list(t.unbind(0)) for t in (flat, grad, m_buf, v_buf)]
    stopped_at = [budget] * R
    frozen: dict[int, torch.Tensor] = {}  # a run that stopped early: its weights then (the group trains on)

    X = torch.stack([_as_tensor(x) for x in Xs])  # (R, n, d)
    y = torch.stack([torch.from_numpy(np.array(v, dtype=np.int64)) for v in ys])  # (R, n)
    d = X.shape[2]
    rows = torch.arange(R)[:, None]
    minus_one = torch.full((R, 1, bs), -1.0)
    mask_rngs = [np.random.default_rng(int(torch.randint(0, 2**62, (1,), generator=g))) for g in gens]
    two = "w1" in views
    scale = 1.0 / (1.0 - p) if p > 0 else 1.0

    clock = time.perf_counter if profile is not None else None
    relu_backward = torch.ops.aten.threshold_backward  # grad where the output is > 0, else 0: one fused pass
    h = views["w0"].shape[1]

    def pass_masks() -> list[torch.Tensor | None]:
        """This pass's dropout masks, one (R, n, h) float tensor (0 or 1 / (1 - p)) a hidden layer.

        Drawn once a pass from each run's own stream; a step takes its rows.
        """
        if p <= 0:
            return [None, None]
        t0 = clock() if clock is not None else 0.0
        out = []
        for _ in range(2 if two else 1):
            keep = torch.from_numpy(_keep_bits(mask_rngs, (n, h), p))
            out.append(keep.to(torch.float32).mul_(scale))
        if clock is not None:
            profile["draws"] += clock() - t0
        return out + [None]

    step = 0
    with torch.no_grad():
        while step < budget:
            perm = torch.stack([torch.randperm(n, generator=g) for g in gens])
            Xp = X[rows, perm]  # (R, n, d): this pass's order, one gather
            yp = y[rows, perm]
            K0, K1 = pass_masks()[:2]
            pass_loss = torch.zeros(R)
            for start in range(0, n, bs):
                if step >= budget:
                    break
                xb, yb = Xp[:, start:start + bs], yp[:, start:start + bs]
                b = xb.shape[1]
                if clock is not None:
                    t_start = clock()
                # hidden = relu(z) * mask; its derivative is scale where hidden > 0, else 0
                h0 = torch.baddbmm(views["b0"].unsqueeze(1), xb, views["w0"].transpose(1, 2)).relu_()
                if K0 is not None:
                    h0.mul_(K0[:, start:start + b])
                hl = h0
                if two:
                    hl = torch.baddbmm(views["b1"].unsqueeze(1), h0, views["w1"].transpose(1, 2)).relu_()
                    if K1 is not None:
                        hl.mul_(K1[:, start:start + b])
                logits = torch.baddbmm(views["bo"].unsqueeze(1), hl, views["wo"].transpose(1, 2))
                # (R, C, b) view: a softmax across a few classes is ~3x cheaper on this axis
                logits = logits.transpose(1, 2)
                if loss_tol > 0:
                    g = torch.log_softmax(logits, 1)
                    pass_loss -= g.gather(1, yb.unsqueeze(1)).sum((1, 2))  # summed cross-entropy, per run
                    g = g.exp_()
                else:
                    g = torch.softmax(logits, 1)
                if clock is not None:
                    t_fwd = clock()
                    profile["forward"] += t_fwd - t_start
                g.scatter_add_(1, yb.unsqueeze(1), minus_one[:, :, :b])
                g.mul_(scale / b)  # dropout's scale of the hidden layers' derivative, folded in here
                g_wo = torch.bmm(g, hl)
                g_bo = g.sum(2)
                if scale != 1.0:
                    g_wo.mul_(1.0 / scale)
                    g_bo.mul_(1.0 / scale)
                g_h = relu_backward(torch.bmm(g.transpose(1, 2), views["wo"]), hl, 0)
                if two:
                    g_w1 = torch.bmm(g_h.transpose(1, 2), h0)
                    g_b1 = g_h.sum(1)
                    g_h = relu_backward(torch.bmm(g_h, views["w1"]), h0, 0)
                    if scale != 1.0:
                        g_h.mul_(scale)
                g_w0 = torch.bmm(g_h.transpose(1, 2), xb)
                g_b0 = g_h.sum(1)
                parts = [g_w0, g_b0] + ([g_w1, g_b1] if two else []) + [g_wo, g_bo]
                torch.cat([t.reshape(R, -1) for t in parts], dim=1, out=grad)
                if clock is not None:
                    t_bwd = clock()
                    profile["backward"] += t_bwd - t_fwd
                # Adam: torch.optim.Adam's fused update (its kernel: one pass instead of ~10), L2 weight decay
                step += 1
                adam_step += 1
                torch._fused_adam_(*adam_rows, [], [adam_step] * R, lr=lr, beta1=b1, beta2=b2,
                                   weight_decay=wd, eps=eps, amsgrad=False, maximize=False)
                if clock is not None:
                    profile["optimizer"] += clock() - t_bwd
            if loss_tol > 0 and step < budget:
                below = (pass_loss / n < loss_tol).tolist()
                for r, done in enumerate(below):
                    if done and r not in frozen:
                        frozen[r] = flat[r].clone()
                        stopped_at[r] = step
                if len(frozen) == R:
                    break
    for r, weights in frozen.items():
        flat[r] = weights
    for r, learner in enumerate(learners):
        learner.params_ = {name: views[name][r].clone() for name, _ in layout}
        learner.n_steps_ = stopped_at[r]
        learner.fitted_ = True
    return stopped_at


# ------------------------------------------------------------ groups of runs

#: Learners whose runs train in lockstep; the others run one after the other inside a group.
LOCKSTEP_MODELS = frozenset({"mlp"})


def group_key(spec: Any) -> tuple:
    """Runs with the same key can train in lockstep: data set, learner, its settings and the round schedule."""
    if spec.model not in LOCKSTEP_MODELS:
        return ("alone", spec.key())
    return (spec.data_key(), spec.model, tuple(spec.model_params), int(spec.initial),
            tuple(spec.batch_sizes()), bool(spec.warm_start))


class RunGroup(tuple):
    """A unit of work for the executors: runs (``RunSpec``) that train in lockstep, in grid order."""

    def key(self) -> str:
        return self[0].key()

    def __repr__(self) -> str:
        return f"RunGroup({len(self)} runs, first {self[0].key()[:12]})"


def group_runs(specs: Sequence[Any], *, parts: int = 1, max_size: int = 64) -> list[RunGroup]:
    """Split ``specs`` into lockstep groups (order kept inside each; groups in order of their first run).

    Parameters
    ----------
    parts : int
        Split each group into at least this many pieces when it has the runs
        (one per worker, so a pool keeps every worker busy).
    max_size : int
        At most this many runs train together (bounds a worker's memory).
    """
    buckets: dict[tuple, list] = {}
    for spec in specs:
        buckets.setdefault(group_key(spec), []).append(spec)
    out: list[RunGroup] = []
    for members in buckets.values():
        pieces = max(1, min(len(members), max(int(parts), -(-len(members) // max(int(max_size), 1)))))
        size = -(-len(members) // pieces)
        out.extend(RunGroup(members[i:i + size]) for i in range(0, len(members), size))
    return out


def _fit_together(runs: list, round_: int) -> None:
    """Fit every run's learner on its training set: lockstep where the learners allow it, else one by one."""
    from simulations.models import MLP, _torch_generator, _torch_threads, _check_Xy

    sets = [run.training_set() for run in runs]
    batches: dict[tuple, list[int]] = {}
    for i, (run, (X, _)) in enumerate(zip(runs, sets)):
        learner = run.learner
        key = ("mlp", X.shape[0]) if type(learner) is MLP else ("alone", i)
        batches.setdefault(key, []).append(i)
    for key, members in batches.items():
        compatible = key[0] == "mlp" and all(_same_training(runs[members[0]].learner, runs[i].learner) for i in members)
        groups = [members] if compatible else [[i] for i in members]
        for group in groups:
            t0 = time.perf_counter()
            if key[0] == "mlp":
                learners = [runs[i].learner for i in group]
                Xys = [_check_Xy(*sets[i], learners[0].n_features, learners[0].n_classes) for i in group]
                for learner in learners:
                    learner.validate_params()
                gens = [_torch_generator(runs[i].model_rng) for i in group]  # as MLP.fit: one draw each
                with _torch_threads(learners[0].num_threads):
                    fit_mlps(learners, [X for X, _ in Xys], [y for _, y in Xys], gens)
            else:
                runs[group[0]].learner.fit(*sets[group[0]], rng=runs[group[0]].model_rng)
            share = (time.perf_counter() - t0) / len(group)
            for i in group:
                runs[i].record(round_, share)


def run_group(specs: Sequence[Any], *, progress: Callable[[int, int], None] | None = None) -> list:
    """Run ``specs`` in lockstep: round by round, each run queries alone, then all fit together.

    Each run's curve is what :func:`simulations.loop.run_one` gives it alone
    (the same streams; batched products bitwise equal on CPU), except
    ``train_seconds``: the group's fit time divided among its runs.

    Parameters
    ----------
    progress : callable ``(rounds_done, rounds_total)``, optional
        Called after every round of the group (rounds of all its runs).

    Returns
    -------
    list of DataFrame
        One curves table per spec, in order.
    """
    from simulations.loop import _Run

    runs = [_Run(spec) for spec in specs]
    total = sum(run.n_rounds for run in runs)
    done = 0
    for round_ in range(max(run.n_rounds for run in runs)):
        live = [run for run in runs if round_ < run.n_rounds]
        if round_ > 0:
            for run in live:
                run.query(round_)
        _fit_together(live, round_)
        done += len(live)
        if progress is not None:
            progress(done, total)
    return [run.curves() for run in runs]
