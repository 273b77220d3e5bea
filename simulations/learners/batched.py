"""Batched training: many networks of one shape fit as one stack (the training half of lockstep runs).

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
own ``rng``: :func:`dropout_bits`), and its own early stop; query steps stay
per run (:func:`simulations.run.lockstep.run_group`). A run trained alone goes through the same code
with ``R = 1``, and at one torch thread (the learners' default
``num_threads=1``) each member gets bitwise what it gets alone
(tests/simulations/run/test_lockstep.py checks the whole curve). With more
threads some kernels split their work by the group's size, and the last
bits may differ.

Training budget of one fit (``mlp``): passes over the labeled set in
minibatches of ``batch_size`` (full batch while the labeled set is smaller:
the last batch of a pass may be short, as a PyTorch ``DataLoader``), at most
``steps`` Adam steps, or exactly ``epochs`` passes when ``epochs`` is given;
with ``loss_tol > 0`` a run stops once the mean training loss of a pass is
below it (checked after every pass, a step budget that follows the
labeled-set size).

``cnn`` runs (:func:`fit_cnns`) train the same way, on the same shared state
(:class:`_Stack`): the same budget rules, each run's own data, minibatch order
and dropout masks (its own bits, drawn a step and passed to the stacked
forward), the same Adam. The forward is written with batched
products on channels-last tensors (a convolution is an im2col of shifted
copies and one ``torch.baddbmm``; max-pool a max over pairs), and autograd
differentiates the sum of the runs' mean losses, so each run's slice of the
gradient is its own. This too gives each member bitwise what it gives alone
(tests/simulations/run/test_lockstep.py). Two other ways were measured and left
out (benchmarks/RESULTS.md, "cnn on mnist1d"): ``torch.func`` (``vmap`` of
``grad_and_value`` of the one-run loss) costs 2x plain autograd for a run
alone and more than these products for six; a grouped convolution
(``groups=R``) is slower and not bitwise (sums in another order: parameters
~1e-7 apart after 40 steps, so a run's curve would depend on the runs beside it).

>>> from simulations.learners.batched import fit_mlps, fit_cnns
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Sequence
from typing import Any, Callable

import numpy as np

from simulations.learners.torch_utils import as_tensor

__all__ = ["dropout_bits", "fit_cnns", "fit_mlps", "same_training"]


def same_training(a, b) -> bool:
    """Learners that can train in one lockstep fit: the same class, shapes and training settings."""
    keys = ("hidden", "dropout", "lr", "weight_decay", "steps", "batch_size", "epochs", "loss_tol")
    if type(a) is not type(b) or not all(getattr(a, k) == getattr(b, k) for k in keys) or \
            (a.n_features, a.n_classes) != (b.n_features, b.n_classes):
        return False
    if a.name == "cnn":  # conv widths (one number n means (n, 2n)) and the input's shape
        return a._channel_pair() == b._channel_pair() and a._dims() == b._dims()
    return a.layers == b.layers


def _dyadic(p: float) -> tuple[int, int] | None:
    """``(m, t)`` with ``p = t / 2**m``, ``t`` odd and ``m <= 8`` (0.25 -> (2, 1), 0.5 -> (1, 1)); else None."""
    for m in range(1, 9):
        t = p * (1 << m)
        if abs(t - round(t)) < 1e-12 and int(round(t)) % 2 == 1:
            return m, int(round(t))
    return None


def dropout_bits(rngs: Sequence[np.random.Generator], shape: tuple[int, ...], p: float) -> np.ndarray:
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


class _Stack:
    """What the ``R`` runs of one lockstep fit share: stacked parameters, data, streams, Adam, who still trains.

    Both :func:`fit_mlps` and :func:`fit_cnns` train on it. Each run's
    parameters start from its own generator (or its previous fit with
    ``warm_start``), then its dropout masks get their own stream, seeded from
    the same generator. A run whose pass's mean training loss falls below
    ``loss_tol`` leaves the stack (:meth:`stop`), so the others' steps no
    longer pay for it; :meth:`finish` hands each learner its parameters.
    """

    def __init__(self, learners, Xs, ys, gens):
        import torch  # lazy: start-up time

        first = learners[0]
        R = len(learners)
        self.n = n = int(Xs[0].shape[0])
        self.bs = min(int(first.batch_size), n)  # full batch while the labeled set is smaller
        self.budget = int(first.epochs) * -(-n // self.bs) if first.epochs is not None else int(first.steps)
        self.loss_tol = float(first.loss_tol)
        params = [learner.params_ if learner.warm_start and getattr(learner, "fitted_", False)
                  else learner._build(gen) for learner, gen in zip(learners, gens)]
        self.layout = [(name, tuple(t.shape)) for name, t in params[0].items()]
        self.sizes = [math.prod(shape) for _, shape in self.layout]
        self.flat = torch.empty((R, sum(self.sizes)), dtype=torch.float32)
        for r, prm in enumerate(params):
            torch.cat([prm[name].detach().reshape(-1) for name, _ in self.layout], out=self.flat[r])
        self.X = torch.stack([as_tensor(x) for x in Xs])  # (R, n, d)
        self.y = torch.stack([torch.from_numpy(np.array(v, dtype=np.int64)) for v in ys])  # (R, n)
        self.mask_rngs = [np.random.default_rng(int(torch.randint(0, 2**62, (1,), generator=g))) for g in gens]
        self.live, self.gens = list(range(R)), list(gens)  # the runs still training, and their generators
        self.grad = torch.empty_like(self.flat)
        self.adam = _Adam(self.flat, self.grad, first.lr, first.weight_decay)
        self.final: list[Any] = [None] * R
        self.stopped_at = [self.budget] * R

    def views(self, leaves: bool = False) -> dict:
        """Each parameter as a (live runs, ...) view of the stacked buffer (autograd leaves with ``leaves``)."""
        out, off = {}, 0
        for (name, shape), size in zip(self.layout, self.sizes):
            view = self.flat[:, off:off + size].view((self.flat.shape[0],) + shape)
            out[name] = view.detach().requires_grad_() if leaves else view
            off += size
        return out

    def keep_masks(self, shape: tuple[int, ...], p: float, scale: float):
        """(live runs, *shape) float dropout masks (0 or ``scale``), each from its run's own stream."""
        import torch  # lazy: start-up time

        keep = dropout_bits([self.mask_rngs[r] for r in self.live], shape, p)
        return torch.from_numpy(keep).to(torch.float32).mul_(scale)

    def pass_order(self):
        """This pass's order of each live run's labeled set: (X, y) gathered, (L, n, d) and (L, n)."""
        import torch  # lazy: start-up time

        perm = torch.stack([torch.randperm(self.n, generator=g) for g in self.gens])
        rows = torch.arange(len(self.live))[:, None]
        return self.X[rows, perm], self.y[rows, perm]

    def stop(self, pass_loss, step: int) -> bool:
        """After a pass (summed training loss per live run): the runs below ``loss_tol`` stop. True: none left."""
        import torch  # lazy: start-up time

        below = (pass_loss / self.n < self.loss_tol).tolist()
        if not any(below):
            return False
        for j, done in enumerate(below):
            if done:
                self.final[self.live[j]] = self.flat[j].clone()
                self.stopped_at[self.live[j]] = step
        keep = [j for j, done in enumerate(below) if not done]
        if not keep:
            return True
        sel = torch.tensor(keep)  # the others train on without the stopped runs
        self.flat, self.X, self.y = (t.index_select(0, sel) for t in (self.flat, self.X, self.y))
        self.grad = torch.empty_like(self.flat)
        self.adam.keep(sel, self.flat, self.grad)
        self.live, self.gens = [self.live[j] for j in keep], [self.gens[j] for j in keep]
        return False

    def finish(self, learners) -> list[int]:
        """Each learner gets its parameters and step count; returns the step counts."""
        for j, r in enumerate(self.live):
            if self.final[r] is None:
                self.final[r] = self.flat[j].clone()
        for r, learner in enumerate(learners):
            learner.params_ = {name: t.view(shape) for (name, shape), t in zip(self.layout, self.final[r].split(self.sizes))}
            learner.n_steps_ = self.stopped_at[r]
            learner.fitted_ = True
        return self.stopped_at


def fit_mlps(learners: Sequence[Any], Xs: Sequence[np.ndarray], ys: Sequence[np.ndarray],
             gens: Sequence[Any], profile: dict | None = None) -> list[int]:
    """Train ``R`` MLPs of one configuration in lockstep (in place); returns each one's step count.

    Parameters
    ----------
    learners : sequence of simulations.learners.models.MLP
        The same training settings and shapes (:func:`same_training`).
    Xs, ys : sequences of ndarray
        Each run's labeled set, all of the same size ``n``: (n, d) float32, (n,) int64.
    gens : sequence of torch.Generator
        Each run's stream: initial weights, minibatch order, dropout masks.
    profile : dict, optional
        Adds the seconds spent in ``forward``, ``backward``, ``optimizer``
        and ``draws`` (dropout masks) to its keys (benchmarks/bench_neural.py).
    """
    import torch  # lazy: start-up time

    st = _Stack(learners, Xs, ys, gens)
    n, bs, budget, loss_tol = st.n, st.bs, st.budget, st.loss_tol
    p = float(learners[0].dropout)
    scale = 1.0 / (1.0 - p) if p > 0 else 1.0
    views = st.views()
    two = "w1" in views
    clock = time.perf_counter if profile is not None else None
    hidden = views["w0"].shape[1]
    step = 0
    with torch.no_grad():
        while step < budget:
            L = len(st.live)
            Xp, yp = st.pass_order()
            minus_one = torch.full((L, 1, bs), -1.0)
            K0, K1 = _pass_masks(st, (n, hidden), p, scale, 2 if two else 1, clock, profile)
            pass_loss = torch.zeros(L)
            for start in range(0, n, bs):
                if step >= budget:
                    break
                xb, yb = Xp[:, start:start + bs], yp[:, start:start + bs]
                b = xb.shape[1]
                if clock is not None:
                    t_start = clock()
                h0, hl, logits = _mlp_forward(views, xb, None if K0 is None else K0[:, start:start + b],
                                              None if K1 is None else K1[:, start:start + b], two)
                if loss_tol > 0:
                    g = torch.log_softmax(logits, 1)
                    pass_loss -= g.gather(1, yb.unsqueeze(1)).sum((1, 2))  # summed cross-entropy, per run
                    g = g.exp_()
                else:
                    g = torch.softmax(logits, 1)
                if clock is not None:
                    t_fwd = clock()
                    profile["forward"] += t_fwd - t_start
                parts = _mlp_gradients(g, yb, minus_one[:, :, :b], xb, h0, hl, views, scale, two)
                torch.cat([t.reshape(L, -1) for t in parts], dim=1, out=st.grad)
                if clock is not None:
                    t_bwd = clock()
                    profile["backward"] += t_bwd - t_fwd
                step += 1
                st.adam.step()
                if clock is not None:
                    profile["optimizer"] += clock() - t_bwd
            if loss_tol > 0 and step < budget:
                if st.stop(pass_loss, step):
                    break
                views = st.views()
    return st.finish(learners)


def _pass_masks(st: _Stack, shape: tuple[int, int], p: float, scale: float, layers: int,
                clock: Callable[[], float] | None, profile: dict | None) -> list:
    """This pass's dropout masks, one (L, n, h) float tensor (0 or 1 / (1 - p)) a hidden layer, then None.

    Drawn once a pass from each run's own stream; a step takes its rows. ``[None, None]`` without dropout.
    """
    if p <= 0:
        return [None, None]
    t0 = clock() if clock is not None else 0.0
    out = [st.keep_masks(shape, p, scale) for _ in range(layers)]
    if clock is not None:
        profile["draws"] += clock() - t0
    return (out + [None])[:2]


def _mlp_forward(views: dict, xb, K0, K1, two: bool):
    """One minibatch through the stacked MLPs: the hidden layers (after ReLU and dropout) and the logits.

    Returns
    -------
    h0, hl : Tensor of shape (L, b, h)
        The first and the last hidden layer (the same tensor with one hidden layer).
    logits : Tensor of shape (L, C, b)
        A transposed view: a softmax across a few classes is ~3x cheaper on this axis.
    """
    import torch  # lazy: start-up time

    # hidden = relu(z) * mask; its derivative is scale where hidden > 0, else 0
    h0 = torch.baddbmm(views["b0"].unsqueeze(1), xb, views["w0"].transpose(1, 2)).relu_()
    if K0 is not None:
        h0.mul_(K0)
    hl = h0
    if two:
        hl = torch.baddbmm(views["b1"].unsqueeze(1), h0, views["w1"].transpose(1, 2)).relu_()
        if K1 is not None:
            hl.mul_(K1)
    logits = torch.baddbmm(views["bo"].unsqueeze(1), hl, views["wo"].transpose(1, 2))
    return h0, hl, logits.transpose(1, 2)


def _mlp_gradients(g, yb, minus_one, xb, h0, hl, views: dict, scale: float, two: bool) -> list:
    """The mean cross-entropy's gradient of every parameter, in the stack's layout order.

    ``g`` holds the softmax, shape (L, C, b), and becomes the logits' gradient in place; ``minus_one`` is
    (L, 1, b) of -1.
    """
    import torch  # lazy: start-up time

    relu_backward = torch.ops.aten.threshold_backward  # grad where the output is > 0, else 0: one fused pass
    b = xb.shape[1]
    g.scatter_add_(1, yb.unsqueeze(1), minus_one)
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
    return [g_w0, g_b0] + ([g_w1, g_b1] if two else []) + [g_wo, g_bo]


class _Adam:
    """torch.optim.Adam's update (L2 weight decay added to the gradient) of stacked parameters, in place.

    One call of torch's fused Adam kernel a step (one pass over the buffers
    instead of ~10 elementwise ones). Each run's row is its own tensor for the
    kernel, so its vector loop splits a run's ``P`` values the same way in a
    group of any size: one ``(R, P)`` tensor would round some members' last
    bits differently than alone.
    """

    def __init__(self, flat, grad, lr: float, weight_decay: float):
        import torch  # lazy: start-up time

        self.lr, self.wd = float(lr), float(weight_decay)
        self.m, self.v = torch.zeros_like(flat), torch.zeros_like(flat)
        self.count = torch.zeros((), dtype=torch.float32)
        self._rows(flat, grad)

    def _rows(self, flat, grad) -> None:
        self.rows = [list(t.unbind(0)) for t in (flat, grad, self.m, self.v)]

    def step(self) -> None:
        import torch  # lazy: start-up time

        self.count += 1
        torch._fused_adam_(*self.rows, [], [self.count] * len(self.rows[0]), lr=self.lr, beta1=0.9, beta2=0.999,
                           weight_decay=self.wd, eps=1e-8, amsgrad=False, maximize=False)

    def keep(self, sel, flat, grad) -> None:
        """Only the rows ``sel`` train on; ``flat`` and ``grad`` are the new (smaller) buffers."""
        self.m, self.v = self.m.index_select(0, sel), self.v.index_select(0, sel)
        self._rows(flat, grad)


def _conv_cl(h, w, bias):
    """Stacked convolution, channels last, 'same' padding.

    ``h`` (R, b, *spatial, C) and ``w`` (R, O, C, *k) give (R, b, *spatial, O) by
    im2col (the ``k ** ndim`` shifted copies side by side, one ``cat``) and
    one batched product (``torch.baddbmm``): each run's slice is bitwise what
    it is alone, unlike a grouped convolution (``groups=R``), whose sums run
    in another order for ``R`` > 1. (``unfold`` gives the same columns, but
    its backward took 3x longer.)
    """

    import torch  # lazy: start-up time
    import torch.nn.functional as F  # lazy: start-up time

    R, b = h.shape[0], h.shape[1]
    spatial = tuple(h.shape[2:-1])
    k = w.shape[-1]
    pad = k // 2
    hp = F.pad(h, (0, 0) + (pad, pad) * len(spatial))
    shifts = [hp[(slice(None), slice(None)) + tuple(slice(o, o + s) for o, s in zip(offset, spatial))]
              for offset in itertools.product(range(k), repeat=len(spatial))]
    cols = torch.cat(shifts, dim=-1).reshape(R, b * math.prod(spatial), -1)  # (offset, channel) per row
    wt = w.movedim(2, -1).flatten(2)  # (R, O, k ** ndim * C), the same (offset, channel) order
    out = torch.baddbmm(bias.unsqueeze(1), cols, wt.transpose(1, 2))
    return out.view((R, b) + spatial + (w.shape[1],))


_PAIR_MAX = None


def _pair_max(h, d: int):
    """Max over the pairs (0, 1), (2, 3), ... of axis ``d`` (an odd last row dropped), with the gradient to
    the larger of each pair (the first on a tie, as ``max_pool``).

    ``torch.maximum`` forward and a mask made of float operations: on this
    CPU build ``max(dim)`` with its indices, ``where`` and the bool
    comparisons cost 3-10x an arithmetic pass over the same tensor.
    """
    global _PAIR_MAX
    if _PAIR_MAX is None:
        import torch  # lazy: start-up time

        class PairMax(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, d):
                s = x.shape[d] // 2
                pairs = x.narrow(d, 0, 2 * s).unflatten(d, (s, 2))
                first, second = pairs.select(d + 1, 0), pairs.select(d + 1, 1)
                ctx.save_for_backward(torch.sub(first, second).sign_().add_(1).clamp_(max=1))  # 1: first is the max
                ctx.shape, ctx.d = x.shape, d
                return torch.maximum(first, second)

            @staticmethod
            def backward(ctx, g):
                (to_first,) = ctx.saved_tensors
                shape, d = ctx.shape, ctx.d
                s = shape[d] // 2
                full = g.new_zeros(shape) if shape[d] % 2 else g.new_empty(shape)
                pairs = full.narrow(d, 0, 2 * s).unflatten(d, (s, 2))
                g_first = g * to_first
                pairs.select(d + 1, 0).copy_(g_first)
                torch.sub(g, g_first, out=g_first)
                pairs.select(d + 1, 1).copy_(g_first)
                return full, None

        _PAIR_MAX = PairMax
    return _PAIR_MAX.apply(h, d)


def _pool_cl(h):
    """2x max-pool of every spatial axis (floor mode), channels last: the larger of each pair, axis by axis."""
    for d in range(2, h.dim() - 1):
        h = _pair_max(h, d)
    return h


def _cnn_logits(learner, v: dict, xb, masks):
    """Stacked forward of ``R`` CNNs: ``xb`` (R, b, d), parameters ``v`` (R, ...) -> logits (R, b, C).

    :meth:`simulations.learners.models.CNN._forward` (the same function: convolution,
    ReLU, 2x max-pool, twice; dense layer; classes) written with batched
    products on channels-last tensors; ``masks`` are the two inverted-dropout
    masks (R, b, flat) and (R, b, hidden), already scaled (or None).
    """
    import torch  # lazy: start-up time
    import torch.nn.functional as F  # lazy: start-up time

    R, b = xb.shape[:2]
    c_in, spatial = learner._dims()
    h = xb.reshape((R, b, c_in) + tuple(spatial)).movedim(2, -1)
    for w, bias in (("c1", "c1b"), ("c2", "c2b")):
        h = _conv_cl(h, v[w], v[bias])
        if min(h.shape[2:-1]) >= 2:
            h = _pool_cl(h)  # before the ReLU (they commute): half the elements
        h = F.relu(h)
    h = h.movedim(-1, 2).reshape(R, b, -1)  # (R, b, flat): each run's features in CNN._forward's order
    if masks is not None:
        h = h * masks[0]
    h = F.relu(torch.baddbmm(v["b0"].unsqueeze(1), h, v["w0"].transpose(1, 2)))
    if masks is not None:
        h = h * masks[1]
    return torch.baddbmm(v["bo"].unsqueeze(1), h, v["wo"].transpose(1, 2))


def fit_cnns(learners: Sequence[Any], Xs: Sequence[np.ndarray], ys: Sequence[np.ndarray],
             gens: Sequence[Any], profile: dict | None = None) -> list[int]:
    """Train ``R`` CNNs of one configuration in lockstep (in place); returns each one's step count.

    The budget rules of :func:`fit_mlps` (passes over the labeled set, full
    batch when smaller, ``steps`` or ``epochs``, each run's early stop on its
    pass's mean training loss). Gradients by autograd through the stacked
    forward (:func:`_cnn_logits`): the loss is the sum of the runs' mean
    losses, so each run's slice of the gradient is its own. One Adam update
    for all (:class:`_Adam`). A run that stops early leaves the stacked
    tensors, so the others' steps no longer pay for it.

    Parameters
    ----------
    learners : sequence of simulations.learners.models.CNN
        The same training settings and shapes (:func:`same_training`).
    Xs, ys : sequences of ndarray
        Each run's labeled set, all of the same size ``n``: (n, d) float32, (n,) int64.
    gens : sequence of torch.Generator
        Each run's stream: initial weights, minibatch order (``torch.randperm``
        a pass), the seed of its dropout masks' stream (drawn a step, outside
        the stacked forward, and passed in).
    profile : dict, optional
        Adds the seconds spent in ``forward``, ``backward``, ``optimizer``
        and ``draws`` (dropout masks) to its keys (benchmarks/bench_neural.py).
    """
    import torch  # lazy: start-up time
    import torch.nn.functional as F  # lazy: start-up time

    first = learners[0]
    st = _Stack(learners, Xs, ys, gens)
    n, bs, budget, loss_tol = st.n, st.bs, st.budget, st.loss_tol
    p = float(first.dropout)
    scale = 1.0 / (1.0 - p) if p > 0 else 1.0
    hidden, flat_dim = st.layout[[name for name, _ in st.layout].index("w0")][1]
    clock = time.perf_counter if profile is not None else None
    views = st.views(leaves=True)
    step = 0
    while step < budget:
        L = len(st.live)
        Xp, yp = st.pass_order()
        pass_loss = torch.zeros(L)
        for start in range(0, n, bs):
            if step >= budget:
                break
            xb, yb = Xp[:, start:start + bs], yp[:, start:start + bs]
            b = xb.shape[1]
            if clock is not None:
                t0 = clock()
            masks = None
            if p > 0:  # each run's masks from its own stream (fit_mlps' bits): first layer, then hidden
                masks = tuple(st.keep_masks((b, width), p, scale) for width in (flat_dim, hidden))
            if clock is not None:
                t_draw = clock()
                profile["draws"] += t_draw - t0
            logits = _cnn_logits(first, views, xb, masks)
            losses = F.cross_entropy(logits.flatten(0, 1), yb.reshape(-1), reduction="none").view(L, b).sum(1)
            total = losses.sum() / b  # the sum of each run's mean loss: run r's gradient is its own
            if clock is not None:
                t_fwd = clock()
                profile["forward"] += t_fwd - t_draw
            grads = torch.autograd.grad(total, list(views.values()))
            with torch.no_grad():
                torch.cat([g_.reshape(L, -1) for g_ in grads], dim=1, out=st.grad)
                if clock is not None:
                    t_bwd = clock()
                    profile["backward"] += t_bwd - t_fwd
                step += 1
                st.adam.step()
                if loss_tol > 0:
                    pass_loss += losses.detach()
            if clock is not None:
                profile["optimizer"] += clock() - t_bwd
        if loss_tol > 0 and step < budget:
            if st.stop(pass_loss, step):
                break
            views = st.views(leaves=True)
    return st.finish(learners)


# ------------------------------------------------------------ groups of runs
