"""Learners: multinomial logistic regression, an MLP with dropout, a small conv net; and the registry.

The registry (:func:`available`, :func:`make_learner`) also holds the wrapped scikit-learn-style estimators
(``forest``, ``boosting``, ``knn`` and ``sklearn:package.module.Class``: :mod:`simulations.learners.estimators`).

Every learner has the same surface (:class:`Learner`): ``fit`` (from scratch
by default, warm start as an option), class probabilities, MC-dropout
samples, penultimate embeddings, last-layer gradient embeddings (BADGE) and a
differentiable ``forward_logits`` on torch tensors.

Determinism: all randomness (initial weights, minibatch order, dropout masks)
comes from a ``torch.Generator`` seeded from the ``rng`` passed in; nothing
touches numpy's or torch's global generators. The same data and the same
``rng`` state give bitwise-identical weights.

``logreg`` is fitted by a compact full-batch L-BFGS on numpy float64 arrays
with a hand-written gradient: on the few-hundred-example problems of an AL
loop it was 2-4x faster than the same loop on torch tensors and than
``torch.optim.LBFGS`` (per-op overhead dominates at this size; the compact
form of L-BFGS cuts the per-iteration op count further), and it
converges to the same optimum as scikit-learn's ``LogisticRegression``
(same objective: ``weight_decay`` = 1 / C).

>>> import numpy as np
>>> from simulations.learners.models import make_learner
>>> m = make_learner("logreg", n_features=4, n_classes=3, input_shape=(4,))
>>> X = np.random.default_rng(0).normal(size=(30, 4)).astype(np.float32)
>>> y = np.arange(30) % 3
>>> m.fit(X, y, rng=np.random.default_rng(0)).predict_proba(X).shape
(30, 3)
"""

from __future__ import annotations

import math

import numpy as np

from simulations.learners.base import (  # noqa: F401  (re-exported: the learners' surface and checks)
    PREDICT_CHUNK,
    Learner,
    _check_samples,
    _check_X,
    _check_Xy,
    _grad_embedding,
    _softmax,
)
from simulations.learners.torch_utils import LazyModule, torch
from simulations.learners.torch_utils import as_tensor as _as_tensor
from simulations.learners.torch_utils import torch_generator as _torch_generator
from simulations.learners.torch_utils import torch_seed as _torch_seed
from simulations.learners.torch_utils import torch_threads as _torch_threads
from simulations.learners import estimators
from simulations.learners import batched
from simulations.messages import closest_first, short

F = LazyModule("torch.nn.functional")

__all__ = ["Learner", "LogReg", "MLP", "CNN", "available", "capabilities", "import_framework", "is_known",
           "make_learner", "param_names", "skip_fit", "PREDICT_CHUNK"]


def _check_number(model: str, key: str, value, low: float, *, low_open: bool = False, high: float | None = None) -> float:
    """A finite number in range, or a one-line ValueError naming the learner parameter."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{model}: {key} must be a number, got {value!r}") from None
    if isinstance(value, bool) or not np.isfinite(out) or (out <= low if low_open else out < low) or (
        high is not None and out >= high
    ):
        bound = (f"> {low}" if low_open else f">= {low}") + (f" and < {high}" if high is not None else "")
        raise ValueError(f"{model}: {key} must be a number {bound}, got {value!r}")
    return out


#: Upper bound of a whole-number learner parameter (steps, batch_size, ...): checked before anything is allocated.
MAX_WHOLE_PARAM = 1_000_000
#: Widest layer (``hidden``) and conv (``channels``): a 1e9-unit layer is a typo, not a model.
MAX_WIDTH = 4096
#: Longest L-BFGS history (logreg ``memory``): its buffers grow with memory**2 and memory x weights, so 1,000
#: pairs of a 784 x 10 model take about 0.3 GB where a million would take terabytes.
MAX_LBFGS_MEMORY = 1_000
#: Most torch threads a learner asks for (``num_threads``): each is an OS thread with its own stack.
MAX_THREADS = 256


def _check_whole(model: str, key: str, value, low: int = 1, high: int = MAX_WHOLE_PARAM) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise ValueError(f"{model}: {key} must be a whole number from {low} to {high:,}, got {value!r}")
    return int(value)


# ------------------------------------------------------------------ logreg


def _lbfgs_logreg(
    X: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    weight_decay: float,
    W0: np.ndarray | None,
    tol: float,
    max_iter: int,
    memory: int,
) -> tuple[np.ndarray, int, bool]:
    """Minimize mean cross-entropy + weight_decay / (2 n) * ||W||^2 (bias free) by L-BFGS.

    The same objective as scikit-learn's ``LogisticRegression(C=1/weight_decay)``:
    for two classes the penalty is doubled, since scikit-learn's binary model
    penalises one weight vector ``w = w1 - w0`` (tested against its weights).

    Parameters
    ----------
    X : ndarray of shape (n, d)
    y : ndarray of int of shape (n,)
    W0 : ndarray of shape (d + 1, C) or None
        Start (last row = bias); zeros when None.

    Returns
    -------
    W : ndarray of shape (d + 1, C), float64
    n_iter : int
    converged : bool
        Max absolute gradient <= ``tol`` (or no further decrease possible).
    """
    C, d1 = n_classes, X.shape[1] + 1
    loss_grad = _logreg_loss(X, y, n_classes, weight_decay)
    history = _CompactLBFGS(int(memory), C * d1)
    w = np.zeros(C * d1) if W0 is None else np.array(np.asarray(W0, dtype=np.float64).T).reshape(C * d1)
    f, g = loss_grad(w)
    n_iter = 0
    converged = False
    while True:
        if np.abs(g).max() <= tol:
            converged = True
            break
        if n_iter >= max_iter:
            break
        direction = history.direction(g)
        slope = float(g @ direction)
        if slope >= 0:  # not a descent direction (numerical): restart from steepest descent
            history.clear()
            direction = _steepest(g)
            slope = float(g @ direction)
        w_new, f_new, g_new = _backtrack(loss_grad, w, f, direction, slope)
        history.add(w_new, w, g_new, g)
        decrease = f - f_new
        w, f, g = w_new, f_new, g_new
        n_iter += 1
        if decrease <= 1e-12 * max(abs(f), 1.0):  # stalled at machine precision
            converged = bool(np.abs(g).max() <= max(tol, 1e-3))
            break
    return np.ascontiguousarray(w.reshape(C, d1).T), n_iter, converged


def _logreg_loss(X: np.ndarray, y: np.ndarray, n_classes: int, weight_decay: float):
    """The objective of :func:`_lbfgs_logreg` and its gradient: ``loss_grad(w) -> (f, g)``, ``w`` and ``g`` of
    shape (n_classes * (d + 1),), class-major (each class's weights, then its bias)."""
    n, d = X.shape
    C = n_classes
    d1 = d + 1
    # Class-major layout: logits are (C, n), so the per-example reductions
    # (max, sum over classes) run along contiguous rows; numpy's axis-1
    # reduction over 10 classes was 35x slower and dominated the fit.
    XaT = np.empty((d1, n), dtype=np.float64)
    XaT[:d] = X.T
    XaT[d] = 1.0
    Xa_n = np.ascontiguousarray(XaT.T) / n  # (n, d + 1), C order for a fast GEMM
    # Two classes: the softmax's penalty on both class vectors is half of scikit-learn's
    # on its one sigmoid vector (w0 = -w1 = w/2 at the optimum), so it is doubled to keep
    # the objective of LogisticRegression(C=1/weight_decay); three or more classes match as is.
    lam = weight_decay / n * (2.0 if C == 2 else 1.0)
    label_at = y * n + np.arange(n)  # flat index of (y_i, i) in the (C, n) logits
    N = C * d1

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        W = w.reshape(C, d1)
        Z = W @ XaT
        top = Z.max(axis=0)
        label_sum = Z.ravel()[label_at].sum()
        Z -= top
        np.exp(Z, out=Z)
        se = Z.sum(axis=0)
        Z /= se
        Z.ravel()[label_at] -= 1.0
        G = Z @ Xa_n
        Wr = W[:, :d]
        G[:, :d] += lam * Wr
        f = (np.log(se).sum() + top.sum() - label_sum) / n + 0.5 * lam * float(np.vdot(Wr, Wr))
        return float(f), G.reshape(N)

    return loss_grad


def _steepest(g: np.ndarray) -> np.ndarray:
    """The steepest-descent direction, scaled to a unit L1 norm: the first step, and the step after a restart."""
    return g * (-1.0 / max(float(np.abs(g).sum()), 1e-12))


def _backtrack(loss_grad, w: np.ndarray, f: float, direction: np.ndarray,
               slope: float) -> tuple[np.ndarray, float, np.ndarray]:
    """Backtracking Armijo line search from the full step: the new point, its loss and its gradient."""
    step = 1.0
    while True:
        w_new = w + direction if step == 1.0 else w + step * direction
        f_new, g_new = loss_grad(w_new)
        if f_new <= f + 1e-4 * step * slope or step < 1e-10:
            return w_new, f_new, g_new
        step *= 0.5


class _CompactLBFGS:
    """The history of compact L-BFGS (Byrd, Nocedal & Schnabel 1994) and its search direction.

    H g comes from a few matrix products instead of the two-loop recursion's 4 * memory small ops. The pairs
    (s_i, y_i) sit interleaved in one buffer, so one product gives both S g and Y g; R^-1 (R = upper triangle of
    S^T Y) and Y^T Y are updated incrementally. The live pairs are the window [lo, hi) of a buffer twice the
    memory, so dropping the oldest pair is a shift of ``lo``, and the window moves back to the front once every
    ``memory`` iterations instead of copying the history every iteration.
    """

    def __init__(self, memory: int, size: int):
        self.m, self.N = memory, size
        cap = 2 * memory
        self.SY = np.zeros((cap, 2, size))
        self.R_inv = np.zeros((cap, cap))
        self.YY = np.zeros((cap, cap))
        self.sy_diag = np.zeros(cap)
        self.lo = self.hi = 0

    def clear(self) -> None:
        self.lo = self.hi = 0

    def direction(self, g: np.ndarray) -> np.ndarray:
        """The search direction -H g (steepest descent while the history is empty)."""
        lo, hi, N = self.lo, self.hi, self.N
        k = hi - lo
        if k == 0:
            return _steepest(g)
        B = self.SY[lo:hi].reshape(2 * k, N)
        ab = B @ g  # s_i . g and y_i . g, interleaved
        Ri = self.R_inv[lo:hi, lo:hi]
        gamma = self.sy_diag[hi - 1] / self.YY[hi - 1, hi - 1]
        t = Ri @ ab[0::2]
        coef = np.empty(2 * k)
        coef[0::2] = Ri.T @ (self.sy_diag[lo:hi] * t + gamma * (self.YY[lo:hi, lo:hi] @ t - ab[1::2]))
        coef[1::2] = -gamma * t
        direction = coef @ B
        direction += gamma * g
        np.negative(direction, out=direction)
        return direction

    def add(self, w_new: np.ndarray, w: np.ndarray, g_new: np.ndarray, g: np.ndarray) -> None:
        """Keep the pair (w_new - w, g_new - g) where its curvature is positive, dropping the oldest pair beyond
        the memory."""
        SY, R_inv, YY, sy_diag = self.SY, self.R_inv, self.YY, self.sy_diag
        lo, hi = self.lo, self.hi
        if hi == len(sy_diag):  # window at the end of the buffer: move it to the front
            keep = hi - lo
            SY[:keep] = SY[lo:hi]
            R_inv[:keep, :keep] = R_inv[lo:hi, lo:hi]
            YY[:keep, :keep] = YY[lo:hi, lo:hi]
            sy_diag[:keep] = sy_diag[lo:hi]
            lo, hi = 0, keep  # what lies beyond is rewritten (row hi zeroed) before it is read
        pair = SY[hi]
        np.subtract(w_new, w, out=pair[0])
        np.subtract(g_new, g, out=pair[1])
        sy = float(pair[0] @ pair[1])
        if sy > 1e-12:
            if hi - lo == self.m:  # drop the oldest pair: R^-1 loses its first row and column
                lo += 1
            k = hi - lo
            uy = SY[lo:hi + 1].reshape(2 * (k + 1), self.N) @ pair[1]  # s_i . y_new, y_i . y_new
            R_inv[lo:hi, hi] = (R_inv[lo:hi, lo:hi] @ uy[0:2 * k:2]) * (-1.0 / sy)
            R_inv[hi, lo:hi] = 0.0
            R_inv[hi, hi] = 1.0 / sy
            yy = uy[1::2]
            YY[hi, lo:hi + 1] = yy
            YY[lo:hi, hi] = yy[:k]
            sy_diag[hi] = sy
            hi += 1
        self.lo, self.hi = lo, hi


class LogReg(Learner):
    """Multinomial logistic regression, fitted to convergence by full-batch L-BFGS.

    Parameters
    ----------
    weight_decay : float
        L2 penalty on the weights (not the bias), on the summed loss:
        scikit-learn's ``C`` is ``1 / weight_decay``.
    tol : float
        Stop when the largest absolute gradient of the mean loss is below this.
    max_iter : int
        Iteration bound.
    memory : int
        L-BFGS history length.

    Notes
    -----
    The "embedding" of logreg is the input itself; ``mc_proba`` repeats
    ``predict_proba`` (no dropout).
    """

    name = "logreg"
    PARAMS = ("weight_decay", "tol", "max_iter", "memory")

    def __init__(self, *, n_features, n_classes, input_shape, warm_start=False,
                 weight_decay=1.0, tol=1e-4, max_iter=200, memory=10):
        super().__init__(n_features=n_features, n_classes=n_classes, input_shape=input_shape, warm_start=warm_start)
        self.weight_decay = weight_decay
        self.tol = tol
        self.max_iter = max_iter
        self.memory = memory

    def validate_params(self) -> None:
        _check_number("logreg", "weight_decay", self.weight_decay, 0.0)
        _check_number("logreg", "tol", self.tol, 0.0, low_open=True)
        _check_whole("logreg", "max_iter", self.max_iter)
        _check_whole("logreg", "memory", self.memory, high=MAX_LBFGS_MEMORY)

    def fit(self, X, y, *, rng):
        X, y = _check_Xy(X, y, self.n_features, self.n_classes)
        self.validate_params()
        W0 = self.W_ if (self.warm_start and getattr(self, "fitted_", False)) else None
        W, self.n_iter_, self.converged_ = _lbfgs_logreg(
            X, y, self.n_classes, float(self.weight_decay), W0, float(self.tol), int(self.max_iter), int(self.memory)
        )
        self.W_ = W
        self.coef_ = W[:-1].T.copy()  # (C, d) like scikit-learn
        self.intercept_ = W[-1].copy()
        self._W32 = np.ascontiguousarray(W[:-1], dtype=np.float32)
        self._b32 = W[-1].astype(np.float32)
        self._torch_params = None
        self.fitted_ = True
        return self

    def _logits_and_embedding(self, X):
        logits = np.asarray(X, dtype=np.float32) @ self._W32
        logits += self._b32
        return logits, X

    @property
    def embedding_dim(self) -> int:
        return self.n_features

    def forward_logits(self, x: torch.Tensor) -> torch.Tensor:
        self._check_fitted()
        if self._torch_params is None:
            self._torch_params = (torch.from_numpy(self._W32.copy()), torch.from_numpy(self._b32.copy()))
        W, b = self._torch_params
        return x @ W + b


# --------------------------------------------------------------- torch nets


def _init_uniform(shape: tuple[int, ...], fan_in: int, gen: torch.Generator) -> torch.nn.Parameter:
    bound = 1.0 / math.sqrt(max(fan_in, 1))
    t = torch.empty(shape, dtype=torch.float32)
    t.uniform_(-bound, bound, generator=gen)
    return torch.nn.Parameter(t)


class _TorchNet(Learner):
    """Shared settings and inference for the torch learners.

    Subclasses define ``_build(gen) -> dict[str, Parameter]``,
    ``_before_dropout(params, x)`` (the network up to its first dropout, and
    the dense ReLU layers after it; :meth:`_forward` and :meth:`mc_proba`
    run the rest) and ``fit``
    (:func:`simulations.learners.batched.fit_mlps` / :func:`~simulations.learners.batched.fit_cnns`:
    the code that also trains a group of runs in lockstep).
    """

    has_dropout = True
    PARAMS = ("dropout", "lr", "weight_decay", "steps", "batch_size", "num_threads", "epochs", "loss_tol")

    @classmethod
    def fit_seed(cls, rng: np.random.Generator) -> int:
        """The seed of the ``torch.Generator`` a fit trains with (``torch_utils.torch_seed``)."""
        return _torch_seed(rng)

    def __init__(self, *, n_features, n_classes, input_shape, warm_start=False,
                 dropout=0.25, lr=3e-3, weight_decay=1e-4, steps=300, batch_size=64, num_threads=1,
                 epochs=None, loss_tol=0.05):
        super().__init__(n_features=n_features, n_classes=n_classes, input_shape=input_shape, warm_start=warm_start)
        self.dropout = dropout
        self.epochs = epochs
        self.loss_tol = loss_tol
        self.lr = lr
        self.weight_decay = weight_decay
        self.steps = steps
        self.batch_size = batch_size
        self.num_threads = num_threads

    def validate_params(self) -> None:
        _check_number(self.name, "dropout", self.dropout, 0.0, high=1.0)
        _check_number(self.name, "lr", self.lr, 0.0, low_open=True)
        _check_number(self.name, "weight_decay", self.weight_decay, 0.0)
        _check_whole(self.name, "steps", self.steps)
        _check_whole(self.name, "batch_size", self.batch_size)
        if self.num_threads is not None:
            _check_whole(self.name, "num_threads", self.num_threads, high=MAX_THREADS)
        if self.epochs is not None:
            _check_whole(self.name, "epochs", self.epochs)
        _check_number(self.name, "loss_tol", self.loss_tol, 0.0)

    def _logits_and_embedding(self, X):
        with torch.no_grad(), _torch_threads(self.num_threads if X.shape[0] <= 4096 else None):
            logits, h = self._forward(self.params_, _as_tensor(X))
        return logits.numpy(), h.numpy()

    def forward_logits(self, x: torch.Tensor) -> torch.Tensor:
        self._check_fitted()
        return self._forward(self.params_, x)[0]

    def mc_proba(self, X, T, *, rng):
        """MC-dropout samples, all ``T`` passes in one batched product.

        What comes before the first dropout (the first layer of an ``mlp``, the
        convolutions of a ``cnn``) is computed once; the masks come from their
        own stream (bits as in :func:`simulations.learners.batched.dropout_bits`); the
        logits are laid out class-major, ``(T, C, n)``, where a softmax over a
        few classes is ~10x cheaper than over the last axis.
        """
        self._check_fitted()
        X, T = _check_X(X, self.n_features), _check_samples(T)

        masks = np.random.default_rng(_torch_generator(rng).initial_seed())  # the masks' own stream
        p_drop = float(self.dropout)
        scale = 1.0 / (1.0 - p_drop) if p_drop > 0 else 1.0
        prm = self.params_
        rows = max(1, min(PREDICT_CHUNK, (1 << 24) // (T * max(prm["w0"].shape))))  # <= 16M mask values at a time

        def dropped(a: torch.Tensor) -> torch.Tensor:  # (k, w) or (T, k, w) -> (T, k, w), each sample's mask
            if p_drop <= 0:
                return a.expand(T, -1, -1)
            keep = batched.dropout_bits([masks], (T,) + tuple(a.shape[-2:]), p_drop)[0]
            return torch.from_numpy(np.multiply(keep, a.numpy(), dtype=np.float32))

        out = np.empty((T, X.shape[0], self.n_classes), dtype=np.float32)
        with torch.no_grad(), _torch_threads(self.num_threads if X.shape[0] <= 4096 else None):
            for start in range(0, X.shape[0], rows):
                xt = _as_tensor(X[start:start + rows])
                a, hidden = self._before_dropout(prm, xt)
                a = dropped(a)
                # inverted dropout's 1 / (1 - p) folded into the next layer's weights (one pass less)
                for w, b in hidden:
                    a = dropped(F.relu(F.linear(a, w * scale, b)))
                logits = torch.matmul(prm["wo"] * scale, a.transpose(1, 2)).add_(prm["bo"][:, None])
                out[:, start:start + xt.shape[0]] = torch.softmax(logits, dim=1).numpy().transpose(0, 2, 1)
        return out

    def _before_dropout(self, p, x):
        """(the input of the first dropout for the rows ``x``, [(weight, bias) of each dense ReLU layer after it])."""
        raise NotImplementedError

    def _forward(self, p, x):
        """Inference (dropout off): (logits, penultimate representation) of the rows ``x``."""
        h, hidden = self._before_dropout(p, x)
        for w, b in hidden:
            h = F.relu(F.linear(h, w, b))
        return F.linear(h, p["wo"], p["bo"]), h


class MLP(_TorchNet):
    """A multilayer perceptron with ReLU and dropout (so MC dropout works).

    Parameters
    ----------
    hidden : int
        Width of each hidden layer.
    layers : int
        Number of hidden layers, 1 or 2.
    dropout, lr, weight_decay, steps, batch_size, num_threads, epochs, loss_tol
        Training: Adam from scratch each fit, in passes over the labeled set
        (minibatches of ``batch_size``, full batch when the set is smaller),
        ``steps`` steps at most (300), or exactly ``epochs`` passes; a fit
        stops early once a pass's mean training loss is below ``loss_tol``
        (0.05 by default, 0 = never), so small labeled sets take few steps:
        the "train until the training set is fitted" rule of deep AL
        benchmarks (Ash et al. 2020, BADGE: 99% training accuracy). On the
        dashboard's digits scenario it cut the steps from 9,300 to 4,464 a
        run's 31 fits with final accuracy within 0.8 points
        (benchmarks/RESULTS.md). See :mod:`simulations.learners.batched`.
    """

    name = "mlp"
    PARAMS = ("hidden", "layers")

    def __init__(self, *, n_features, n_classes, input_shape, warm_start=False, hidden=128, layers=1, **train):
        super().__init__(n_features=n_features, n_classes=n_classes, input_shape=input_shape, warm_start=warm_start, **train)
        self.hidden = hidden
        self.layers = layers

    def validate_params(self):
        super().validate_params()
        if isinstance(self.layers, bool) or self.layers not in (1, 2):
            raise ValueError(f"mlp: layers must be 1 or 2, got {self.layers!r}")
        _check_whole("mlp", "hidden", self.hidden, high=MAX_WIDTH)

    @property
    def embedding_dim(self) -> int:
        return int(self.hidden)

    def fit(self, X, y, *, rng):
        """Train (see :mod:`simulations.learners.batched`: the same code trains a group of runs in lockstep)."""
        X, y = _check_Xy(X, y, self.n_features, self.n_classes)
        self.validate_params()
        gen = _torch_generator(rng)
        with _torch_threads(self.num_threads):
            batched.fit_mlps([self], [X], [y], [gen])
        return self

    def _before_dropout(self, p, x):
        return F.relu(F.linear(x, p["w0"], p["b0"])), ([(p["w1"], p["b1"])] if "w1" in p else [])

    def _build(self, gen):
        h, d, C = int(self.hidden), self.n_features, self.n_classes
        p = {"w0": _init_uniform((h, d), d, gen), "b0": _init_uniform((h,), d, gen)}
        if self.layers == 2:
            p["w1"] = _init_uniform((h, h), h, gen)
            p["b1"] = _init_uniform((h,), h, gen)
        p["wo"] = _init_uniform((C, h), h, gen)
        p["bo"] = _init_uniform((C,), h, gen)
        return p


class CNN(_TorchNet):
    """A small conv net for image-like inputs: (1, H, W) images or (1, L) sequences.

    Two conv layers (16 and 32 channels, ReLU, 2x max-pool after each), a
    dense layer of ``hidden`` units with dropout (the embedding), then the
    classes. Refuses tabular data (``input_shape`` without a channel axis).
    Trained with the budget rules of :class:`MLP` by
    :func:`simulations.learners.batched.fit_cnns` (alone or in a lockstep group).
    """

    name = "cnn"
    PARAMS = ("hidden", "channels")

    def __init__(self, *, n_features, n_classes, input_shape, warm_start=False, hidden=64, channels=(16, 32), **train):
        super().__init__(n_features=n_features, n_classes=n_classes, input_shape=input_shape, warm_start=warm_start, **train)
        self.hidden = hidden
        self.channels = channels

    @property
    def embedding_dim(self) -> int:
        return int(self.hidden)

    def _dims(self) -> tuple[int, tuple[int, ...]]:
        shape = tuple(int(s) for s in self.input_shape)
        if len(shape) not in (2, 3) or math.prod(shape) != self.n_features:
            raise ValueError(
                f"cnn needs image-like inputs such as (1, 8, 8) or (1, 40); this data set is tabular "
                f"(input shape {shape}): use --model logreg or mlp"
            )
        return shape[0], shape[1:]

    def _channel_pair(self) -> tuple[int, int]:
        """``channels`` as (first, second) conv widths; one number n means (n, 2n)."""
        c = self.channels
        if isinstance(c, (int, np.integer)) and not isinstance(c, bool):
            c = (int(c), 2 * int(c))
        if not isinstance(c, (tuple, list)) or len(c) != 2:
            raise ValueError(f"cnn: channels must be one whole number or two, got {self.channels!r}")
        return (_check_whole("cnn", "channels", c[0], high=MAX_WIDTH),
                _check_whole("cnn", "channels", c[1], high=MAX_WIDTH))

    def validate_params(self):
        super().validate_params()
        _check_whole("cnn", "hidden", self.hidden, high=MAX_WIDTH)
        self._channel_pair()
        self._dims()

    def fit(self, X, y, *, rng):
        """Train (see :func:`simulations.learners.batched.fit_cnns`: the same code trains a group of runs in lockstep)."""
        X, y = _check_Xy(X, y, self.n_features, self.n_classes)
        self.validate_params()
        gen = _torch_generator(rng)
        with _torch_threads(self.num_threads):
            batched.fit_cnns([self], [X], [y], [gen])
        return self

    def _build(self, gen):
        c_in, spatial = self._dims()
        k = 3 if len(spatial) == 2 else 5
        c1, c2 = self._channel_pair()
        ksz = (k,) * len(spatial)
        p = {
            "c1": _init_uniform((c1, c_in) + ksz, c_in * k ** len(spatial), gen),
            "c1b": _init_uniform((c1,), c_in * k ** len(spatial), gen),
            "c2": _init_uniform((c2, c1) + ksz, c1 * k ** len(spatial), gen),
            "c2b": _init_uniform((c2,), c1 * k ** len(spatial), gen),
        }
        flat = c2 * math.prod(max(s // 4, 1) if s >= 4 else 1 for s in spatial)
        p["w0"] = _init_uniform((int(self.hidden), flat), flat, gen)
        p["b0"] = _init_uniform((int(self.hidden),), flat, gen)
        p["wo"] = _init_uniform((self.n_classes, int(self.hidden)), int(self.hidden), gen)
        p["bo"] = _init_uniform((self.n_classes,), int(self.hidden), gen)
        return p

    def _before_dropout(self, p, x):
        return self._features(p, x), [(p["w0"], p["b0"])]

    def _features(self, p, x):
        """The convolutions' output, flattened: (rows, flat)."""
        c_in, spatial = self._dims()
        x = x.reshape((x.shape[0], c_in) + tuple(spatial))
        if len(spatial) == 2:
            conv, pool, pad = F.conv2d, F.max_pool2d, 1
        else:
            conv, pool, pad = F.conv1d, F.max_pool1d, 2
        h = F.relu(conv(x, p["c1"], p["c1b"], padding=pad))
        if min(h.shape[2:]) >= 2:
            h = pool(h, 2)
        h = F.relu(conv(h, p["c2"], p["c2b"], padding=pad))
        if min(h.shape[2:]) >= 2:
            h = pool(h, 2)
        return h.flatten(1)


_LEARNERS: dict[str, tuple[type[Learner], str]] = {
    "logreg": (LogReg, "multinomial logistic regression, L-BFGS to convergence (weight_decay = 1/C)"),
    "mlp": (MLP, "1-2 hidden layers with dropout (MC dropout works), Adam"),
    "cnn": (CNN, "small conv net for image-like inputs (digits, mnist1d); not for tabular data"),
}


def _estimators():
    """The wrapped scikit-learn-style estimators (presets and ``sklearn:`` paths): imported on first use."""
    return estimators


def available() -> dict[str, str]:
    """Every named learner: ``{name: one-line summary}`` (the networks and logreg, then the estimator presets).

    ``sklearn:package.module.Class`` names any other scikit-learn-style
    classifier (:func:`is_known`); it is not listed here.
    """
    return {**{name: summary for name, (_, summary) in _LEARNERS.items()},
            **{name: p.summary for name, p in _estimators().PRESETS.items()}}


def is_known(name) -> bool:
    """Whether ``name`` is a learner: a listed one, or written ``sklearn:...`` (its class is checked when built)."""
    return isinstance(name, str) and (name in _LEARNERS or _estimators().is_estimator_name(name))


def unknown_model(name) -> ValueError:
    """The one-line refusal of an unknown model name, listing the valid ones."""
    return ValueError(f"unknown model {short(name)}: choose one of {', '.join(available())}, "
                      "or sklearn:package.module.Class")


def capabilities(name: str, **params) -> frozenset[str]:
    """What the learner ``name`` with ``params`` can serve a strategy (no data needed).

    Raises ``ValueError`` for an unknown name. Constructors only store their
    arguments, so a placeholder shape is enough to ask; a wrapped estimator
    serves the same needs whatever its class (nothing is imported).
    """
    if not is_known(name):
        raise unknown_model(name)
    if name not in _LEARNERS:
        return _estimators().CAPABILITIES
    cls = _LEARNERS[name][0]
    known = {k: v for k, v in params.items() if k in _param_names(cls)}
    return cls(n_features=1, n_classes=2, input_shape=(1,), **known).capabilities()


def _param_names(cls: type[Learner]) -> set[str]:
    """The parameters ``cls`` declares (``PARAMS``), its bases' included: never its constructor's own
    arguments (the data's shape, ``warm_start``, ``**train``)."""
    return {name for klass in cls.__mro__ for name in vars(klass).get("PARAMS", ())}


def param_names(name: str) -> tuple[str, ...]:
    """The parameters learner ``name`` declares, sorted (what --model-params may set).

    A wrapped estimator's are its ``get_params()`` keys (a pipeline preset's:
    its classifier step's); an ``sklearn:`` path is imported and checked here.
    """
    if not is_known(name):
        raise unknown_model(name)
    if name not in _LEARNERS:
        return _estimators().param_names(name)
    return tuple(sorted(_param_names(_LEARNERS[name][0])))


def skip_fit(name: str, rng: np.random.Generator) -> None:
    """Draw from the model stream ``rng`` what fitting learner ``name`` draws (``Learner.fit_seed``), fitting and
    importing nothing: a random pick needs no model, and the stream stands where a fit would leave it.

    Raises ``ValueError`` for an unknown name.
    """
    if not is_known(name):
        raise unknown_model(name)
    (_LEARNERS[name][0] if name in _LEARNERS else _estimators().EstimatorLearner).fit_seed(rng)


def import_framework(name: str) -> None:
    """Import what learner ``name`` trains with (torch for ``mlp`` and ``cnn``: 1-2 s the first time in a process;
    scikit-learn's estimator for a wrapped one).

    A timing that follows then measures training, not imports (the dashboard's time estimate).
    """
    if name not in _LEARNERS and is_known(name):
        _estimators().param_names(name)  # builds the template: its modules imported
        return
    cls = _LEARNERS[name][0] if name in _LEARNERS else None
    if cls is not None and issubclass(cls, _TorchNet):
        torch.get_num_threads()


def make_learner(name: str, *, n_features: int, n_classes: int, input_shape: tuple[int, ...] | None = None,
                 warm_start: bool = False, **params) -> Learner:
    """Build the learner ``name`` for data of this shape.

    Raises
    ------
    ValueError
        Unknown name (listing the valid ones), unknown parameter, or ``cnn``
        on tabular data; for a wrapped estimator also a parameter of the wrong
        type or range, a class that is not a classifier, or a warm start it
        cannot do.
    """
    if not is_known(name):
        raise unknown_model(name)
    if input_shape is None:
        input_shape = (int(n_features),)
    if name not in _LEARNERS:
        learner = _estimators().EstimatorLearner(n_features=int(n_features), n_classes=int(n_classes),
                                                 input_shape=tuple(input_shape), warm_start=bool(warm_start),
                                                 model=name, params=params)
        learner.validate_params()
        return learner
    cls = _LEARNERS[name][0]
    allowed = _param_names(cls)
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise ValueError(f"model {name!r} has no parameter {unknown[0]!r}: valid parameters are "
                         f"{closest_first(unknown[0], sorted(allowed))}")
    learner = cls(n_features=int(n_features), n_classes=int(n_classes), input_shape=tuple(input_shape),
                  warm_start=bool(warm_start), **params)
    learner.validate_params()  # bad values and cnn-on-tabular fail here, before any run
    return learner
