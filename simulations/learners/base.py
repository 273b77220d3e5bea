"""The surface every learner gives the AL loop (:class:`Learner`) and the checks its inputs get.

The learners of :mod:`simulations.learners.models` (logreg and the torch networks) and the wrapped
scikit-learn-style estimators of :mod:`simulations.learners.estimators` subclass :class:`Learner`;
:mod:`simulations.learners.models` holds the registry of them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import torch

__all__ = ["Learner", "PREDICT_CHUNK"]

#: Rows per chunk when predicting, so a 1,000,000-row pool never materializes big temporaries.
PREDICT_CHUNK = 65_536


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Row softmax of (n, C) logits, computed class-major (fast reductions), float64."""
    z = np.array(logits.T, dtype=np.float64, order="C")  # (C, n)
    z -= z.max(axis=0)
    np.exp(z, out=z)
    z /= z.sum(axis=0)
    return np.ascontiguousarray(z.T)


def _grad_embedding(probs: np.ndarray, h: np.ndarray) -> np.ndarray:
    """BADGE's last-layer gradient embedding at the predicted label.

    Parameters
    ----------
    probs : ndarray of shape (n, C)
    h : ndarray of shape (n, d)
        Penultimate representation.

    Returns
    -------
    ndarray of shape (n, C * d), float32
        ``(p - onehot(argmax p)) outer h``, flattened class-major.
    """
    g = probs.astype(np.float32, copy=True)
    g[np.arange(g.shape[0]), g.argmax(axis=1)] -= 1.0
    out = g[:, :, None] * h.astype(np.float32, copy=False)[:, None, :]
    return out.reshape(g.shape[0], -1)


def _check_samples(T) -> int:
    """The number of MC-dropout samples: a whole number of at least 1."""
    T = int(T)
    if T < 1:
        raise ValueError(f"T must be at least 1, got {T}")
    return T


def _check_X(X: np.ndarray, n_features: int, what: str = "X") -> np.ndarray:
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[1] != n_features:
        raise ValueError(f"{what} has shape {X.shape}: expected (n, {n_features})")
    return X


def _check_Xy(X: np.ndarray, y: np.ndarray, n_features: int, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    X = _check_X(X, n_features)
    y = np.asarray(y)
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError(f"y has shape {y.shape}: expected ({X.shape[0]},), one label per row of X")
    if X.shape[0] == 0:
        raise ValueError("cannot fit on 0 labeled examples: label at least one")
    if y.dtype.kind not in "iu" or y.min() < 0 or y.max() >= n_classes:
        raise ValueError(f"labels must be integers in [0, {n_classes}), got {y.dtype} in [{y.min()}, {y.max()}]")
    return X, y.astype(np.int64, copy=False)


class Learner:
    """A classifier the AL loop trains and queries.

    Constructors only store their arguments; ``fit`` validates and trains.
    Fitted attributes end in ``_``.

    Parameters
    ----------
    n_features : int
        Flat input width.
    n_classes : int
    input_shape : tuple of int
        Per-example shape (conv nets use it).
    warm_start : bool
        Start ``fit`` from the previous weights instead of from scratch.
    """

    name = "learner"
    has_dropout = False
    #: What the learner can serve a strategy (the strategies' ``needs``, see
    #: ``simulations.strategies.NEEDS``). ``mc_probs`` is added by
    #: :meth:`capabilities` only when forward passes are stochastic (dropout > 0):
    #: without it the MC samples are T copies of one prediction, BALD is rounding
    #: residue and ``mc_entropy`` is ``entropy``.
    BASE_CAPABILITIES = frozenset({"probs", "embeddings", "grad_embeddings", "features", "model"})
    #: The parameters a user may set (--model-params, a grid file's [model_params]); each class declares its own
    #: and inherits its bases'. The data's shape, the name and --warm-start are not among them.
    PARAMS: tuple[str, ...] = ()
    #: A prediction call has a cost of its own whatever its rows (a forest visits each of its trees once a call),
    #: and a row's prediction does not depend on the rows predicted with it: the loop then predicts the rows its
    #: stopping signals need together with the test set, in one call (:mod:`simulations.run.loop`).
    JOINT_PREDICTIONS = False

    def __init__(self, *, n_features: int, n_classes: int, input_shape: tuple[int, ...], warm_start: bool = False):
        self.n_features = n_features
        self.n_classes = n_classes
        self.input_shape = input_shape
        self.warm_start = warm_start

    # -- to implement
    def validate_params(self) -> None:
        """Raise a one-line ValueError for a bad parameter (``make_learner`` calls it)."""

    def fit(self, X: np.ndarray, y: np.ndarray, *, rng: np.random.Generator) -> "Learner":
        """Train on ``X`` (n, n_features) float32 and ``y`` (n,) int; returns self. What it draws from ``rng`` is
        :meth:`fit_seed`'s draw and nothing else."""
        raise NotImplementedError

    @classmethod
    def fit_seed(cls, rng: np.random.Generator) -> int | None:
        """The one draw :meth:`fit` takes from the model stream ``rng`` (None: it draws nothing). A step that needs
        no fitted model (a random pick) calls it in place of ``fit``: the stream then stands where a fit leaves
        it, and every later fit draws as it would have."""
        return None

    def _logits_and_embedding(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def forward_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Differentiable logits: ``x`` (n, n_features) float32 -> (n, n_classes)."""
        raise NotImplementedError

    def capabilities(self) -> frozenset[str]:
        """The strategy needs this learner can serve (``mc_probs`` only with dropout > 0)."""
        stochastic = self.has_dropout and float(getattr(self, "dropout", 0) or 0) > 0
        return self.BASE_CAPABILITIES | ({"mc_probs"} if stochastic else set())

    # -- shared
    def _check_fitted(self) -> None:
        if not getattr(self, "fitted_", False):
            raise RuntimeError(f"{self.name} is not fitted yet: call fit(X, y, rng=...) first")

    def _chunks(self, X: np.ndarray) -> Iterator[np.ndarray]:
        for start in range(0, X.shape[0], PREDICT_CHUNK):
            yield X[start:start + PREDICT_CHUNK]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities.

        Parameters
        ----------
        X : ndarray of shape (n, n_features)

        Returns
        -------
        ndarray of shape (n, n_classes), float64, rows summing to 1
        """
        self._check_fitted()
        X = _check_X(X, self.n_features)
        out = np.empty((X.shape[0], self.n_classes), dtype=np.float64)
        for i, chunk in enumerate(self._chunks(X)):
            logits, _ = self._logits_and_embedding(chunk)
            out[i * PREDICT_CHUNK:i * PREDICT_CHUNK + chunk.shape[0]] = _softmax(logits)
        return out

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Most probable class, ndarray of int64 of shape (n,)."""
        return self.predict_proba(X).argmax(axis=1)

    def embed(self, X: np.ndarray) -> np.ndarray:
        """Penultimate representation, ndarray of shape (n, h), float32."""
        self._check_fitted()
        X = _check_X(X, self.n_features)
        parts = [self._logits_and_embedding(chunk)[1].astype(np.float32, copy=False) for chunk in self._chunks(X)]
        return np.concatenate(parts) if parts else np.empty((0, self.embedding_dim), np.float32)

    def grad_embed(self, X: np.ndarray) -> np.ndarray:
        """Last-layer gradient embedding at the predicted label, shape (n, h * n_classes), float32."""
        self._check_fitted()
        X = _check_X(X, self.n_features)
        parts = []
        for chunk in self._chunks(X):
            logits, h = self._logits_and_embedding(chunk)
            parts.append(_grad_embedding(_softmax(logits), h))
        if not parts:
            return np.empty((0, self.embedding_dim * self.n_classes), np.float32)
        return np.concatenate(parts)

    def mc_proba(self, X: np.ndarray, T: int, *, rng: np.random.Generator) -> np.ndarray:
        """MC-dropout samples of the class probabilities.

        Parameters
        ----------
        X : ndarray of shape (n, n_features)
        T : int
            Number of stochastic forward passes.
        rng : numpy.random.Generator
            Seeds the dropout masks.

        Returns
        -------
        ndarray of shape (T, n, n_classes), float32
            For a learner without dropout (``logreg``) every sample equals
            ``predict_proba`` (a read-only broadcast view).
        """
        self._check_fitted()
        if int(T) < 1:
            raise ValueError(f"T must be at least 1, got {T}")
        probs = self.predict_proba(X).astype(np.float32)
        return np.broadcast_to(probs, (int(T),) + probs.shape)

    @property
    def embedding_dim(self) -> int:
        raise NotImplementedError
