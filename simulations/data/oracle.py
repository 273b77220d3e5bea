"""The labeling oracle: a vendor that returns the true label, or a wrong one at a given rate.

Label quality is either a flip rate (a wrong label is drawn uniformly among
the other classes) or a confusion matrix ``M[true, observed]``. Noisy labels
are drawn with the run's generator, once per queried example; the loop keeps
them, so asking again never re-rolls a label. Test accuracy is always
measured on the true labels.

>>> import numpy as np
>>> oracle = Oracle.from_noise(0.3, n_classes=10)
>>> observed = oracle.label(np.zeros(10_000, dtype=np.int64), np.random.default_rng(0))
>>> 0.27 < (observed != 0).mean() < 0.33
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Oracle"]


@dataclass(frozen=True)
class Oracle:
    """A labeling vendor of a given quality.

    Parameters
    ----------
    n_classes : int
    flip_rate : float
        Probability in [0, 1) that a label comes back wrong (uniform over the
        other classes). Ignored when ``confusion`` is given.
    confusion : ndarray of shape (n_classes, n_classes) or None
        Row-stochastic: ``confusion[t, o]`` is the probability that an example
        of true class ``t`` comes back labeled ``o``.
    """

    n_classes: int
    flip_rate: float = 0.0
    confusion: np.ndarray | None = None

    @classmethod
    def from_noise(cls, noise, n_classes: int) -> "Oracle":
        """Build from a flip rate (float) or a confusion matrix (nested sequence / array).

        Raises
        ------
        ValueError
            A rate outside [0, 1), or a matrix that is not square
            ``n_classes x n_classes``, has negative entries, or rows not summing to 1.
        """
        if n_classes < 1:
            raise ValueError(f"an oracle needs at least 1 class, got {n_classes}")
        if np.ndim(noise) == 0:
            rate = float(noise)
            if not (0.0 <= rate < 1.0):
                raise ValueError(f"label noise must be a flip rate in [0, 1), got {noise!r}")
            if rate > 0 and n_classes < 2:
                raise ValueError("label noise needs at least 2 classes to flip between")
            return cls(n_classes=int(n_classes), flip_rate=rate)
        M = np.asarray(noise, dtype=np.float64)
        if M.shape != (n_classes, n_classes):
            raise ValueError(
                f"confusion matrix has shape {M.shape}: expected ({n_classes}, {n_classes}), "
                "one row per true class"
            )
        if not np.isfinite(M).all() or (M < 0).any():
            raise ValueError("confusion matrix entries must be finite probabilities >= 0")
        if not np.allclose(M.sum(axis=1), 1.0, atol=1e-6):
            raise ValueError("each row of the confusion matrix must sum to 1 (P(observed | true))")
        M = M / M.sum(axis=1, keepdims=True)
        M.flags.writeable = False
        return cls(n_classes=int(n_classes), confusion=M)

    @property
    def error_rate(self) -> float:
        """Expected fraction of wrong labels (uniform class prior for a matrix)."""
        if self.confusion is not None:
            return float(1.0 - np.mean(np.diag(self.confusion)))
        return float(self.flip_rate)

    def label(self, true_labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """The labels the vendor returns for examples of these true classes.

        Parameters
        ----------
        true_labels : ndarray of int of shape (k,)
        rng : numpy.random.Generator
            The run's generator: one draw per example, in order.

        Returns
        -------
        ndarray of int64 of shape (k,)
        """
        y = np.asarray(true_labels, dtype=np.int64)
        if self.confusion is not None:
            cdf = np.cumsum(self.confusion, axis=1)
            u = rng.random(y.shape[0])
            out = (u[:, None] > cdf[y]).sum(axis=1)
            return np.minimum(out, self.n_classes - 1).astype(np.int64)
        if self.flip_rate <= 0:
            return y.copy()
        u = rng.random(y.shape[0])
        # A wrong class uniform among the other n_classes - 1: shift by 1 .. C-1.
        shift = rng.integers(1, self.n_classes, size=y.shape[0])
        return np.where(u < self.flip_rate, (y + shift) % self.n_classes, y).astype(np.int64)
