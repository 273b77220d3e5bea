"""A campaign's latest measurement and the noise of the test set that measured it.

:class:`Measurement` is what the steering (:mod:`planner.decide.campaign.steer`) and
the value of measuring further (:mod:`planner.decide.voi`) weigh a measured
accuracy by; it reads a Plan's curves table and nothing else of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["MIN_ACCURACY_SE", "Measurement", "measurement", "score_se"]

#: The smallest standard error a measured accuracy is given (a test set of about 10^11 examples): a smaller
#: --accuracy-se or a larger --test-size reads as this one, so no precision 1 / se**2 overflows.
MIN_ACCURACY_SE = 1e-6


def score_se(score: float, n: float) -> float:
    """The standard error of a score measured as a share of ``n`` test labels, ``sqrt(max(s (1 - s), 1 / (4 n)) / n)``:
    the binomial's, floored at a quarter of a count so that a score of 0 or 1 keeps a noise (the one formula every
    reader of a test split's noise uses).

    >>> round(score_se(0.9, 100), 4)
    0.03
    """
    n = max(float(n), 1.0)
    return math.sqrt(max(score * (1 - score), 0.25 / n) / n)


@dataclass(frozen=True)
class Measurement:
    """The campaign's latest measured accuracy and the noise of the test set that measured it.

    ``se`` is the standard error of one measurement: binomial from
    ``test_size`` examples (``sqrt(a (1 - a) / n)``), as given
    (``--accuracy-se``), or, with neither, estimated from the scatter of the
    measured rounds around the forecast's mean curve (``source`` says which).
    A macro-F1 or balanced accuracy read from the round's confusion matrix on
    ``tested`` test labels (source ``confusion matrix``,
    :func:`planner.decide.campaign.stop_rule.measured_reading`) has the binomial noise
    of ``test_size`` examples, its effective test size.
    """

    accuracy: float
    labels: float
    se: float
    test_size: float
    source: str
    tested: float = math.nan

    def se_at(self, p) -> np.ndarray:
        """Standard error of a measurement when the true accuracy is ``p``."""
        p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
        if math.isfinite(self.test_size):
            return np.maximum(np.sqrt(p * (1 - p) / self.test_size), MIN_ACCURACY_SE)
        return np.full(p.shape, max(self.se, MIN_ACCURACY_SE))

    def loglik(self, y, p) -> np.ndarray:
        """Log-likelihood (up to a constant in ``p``) of measuring ``y`` when the true accuracy is ``p``
        (broadcast): binomial with ``test_size`` examples, else normal with ``se``."""
        y = np.asarray(y, dtype=float)
        p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
        if math.isfinite(self.test_size):
            n = self.test_size
            return n * (y * np.log(p) + (1 - y) * np.log1p(-p))
        return -0.5 * ((y - p) / max(self.se, MIN_ACCURACY_SE)) ** 2

    def describe(self) -> str:
        pts = f"+/-{100 * self.se:.1f} points"
        if self.source == "test set":
            return f"{pts} from a {self.test_size:,.0f}-example test set"
        if self.source == "confusion matrix":
            return (f"{pts} from a {self.tested:,.0f}-example test set's confusion matrix, as noisy as a share of "
                    f"{self.test_size:,.0f} examples")
        if self.source == "standard error":
            return f"{pts} (the standard error given)"
        return f"{pts} estimated from the rounds' scatter (give the test set's size with --test-size)"


def measurement(plan, strategy: str, d, *, test_size: float | None = None,
                accuracy_se: float | None = None) -> Measurement:
    """The latest measured accuracy of ``strategy``'s rounds in ``plan.curves`` and its noise."""
    rows = plan.curves[plan.curves["strategy"].astype(str) == strategy]
    n = rows["n_labels"].to_numpy(dtype=float)
    acc = rows["accuracy"].to_numpy(dtype=float)
    last = float(n.max())
    a = float(acc[n == last].mean())
    if test_size is not None:
        t = float(test_size)
        if not math.isfinite(t) or t < 1:
            raise ValueError(f"test set size must be a whole number >= 1, got {test_size}; fix --test-size")
        se = score_se(a, t)
        return Measurement(a, last, max(se, MIN_ACCURACY_SE), t, "test set")
    if accuracy_se is not None:
        se = float(accuracy_se)
        if not math.isfinite(se) or not 0 < se < 0.5:
            raise ValueError(f"accuracy standard error must be in (0, 0.5), got {accuracy_se}; fix --accuracy-se")
        return Measurement(a, last, max(se, MIN_ACCURACY_SE), math.nan, "standard error")
    counts = np.unique(n)
    means = np.array([acc[n == c].mean() for c in counts])      # the rounds' measured (mean) accuracy
    resid = means - d.accuracy(counts).mean(axis=0)
    se = float(math.sqrt(np.sum(resid**2) / max(resid.size - 2, 1))) if counts.size >= 4 else 0.01
    return Measurement(a, last, max(se, 0.002), math.nan, "scatter of the rounds")
