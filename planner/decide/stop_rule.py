"""The stop rule: when a measured score says a target is met, and how sure that is.

One module holds what a stop rests on, for every surface that says "stop": a campaign's answer
(:func:`planner.decide.next_step.measured_point`), ``alplan replan FILE`` and the page's uploaded-curve steering
(:func:`planner.decide.steer.replan`), and the benchmarks' replay of a campaign.

- The measured score's posterior: :func:`jeffreys` (a share measured on ``n`` test labels, Beta(k + 1/2, n - k + 1/2))
  and, where earlier rounds say what to expect, :func:`held_out` (their forecast at the labels in hand, re-weighted
  by the measurement's likelihood, :func:`posterior`), so a lucky last round is weighed against the curve behind it.
- The rule (:class:`StopRule`): **stop only where the measured score meets the target and P(true score >= target)
  is at least the rule's level**, the confidence the answer uses unless the user asked to stop at a lower chance
  (``--stop-chance``, never below :data:`MIN_STOP_CHANCE`). A hit that is less sure is no stop: the answer prices
  what would make it sure (:mod:`planner.decide.settle`).
- The test split's resolution: :func:`trusted_score` (the lowest score its count alone confirms),
  :func:`labels_to_tell` (the test labels whose one measurement tells a score from the target), and
  :meth:`StopRule.within_noise` (the split alone cannot tell the score from the target either way: a score read
  below the target there is not "not met" either).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["MIN_STOP_CHANCE", "RANGE_LEVEL", "StopRule", "check_stop_chance", "held_out", "jeffreys", "posterior",
           "tell_apart_size", "labels_to_tell", "trusted_score"]

#: The central share of the true score's posterior an answer quotes as the measured score's range.
RANGE_LEVEL = 0.8
#: The lowest chance a user may ask a stop at: below a coin flip the target is more likely missed than met.
MIN_STOP_CHANCE = 0.5


def jeffreys(score: float, n: float, target: float, level: float = RANGE_LEVEL) -> tuple[float, float, float, float]:
    """(P(true >= ``target``), median, low, high) of a share ``score`` measured on ``n`` test labels: the Jeffreys
    posterior Beta(k + 1/2, n - k + 1/2), ``k = score * n``; low and high bound its central ``level``.

    >>> [round(x, 3) for x in jeffreys(0.9, 100, 0.85)]
    [0.925, 0.899, 0.856, 0.933]
    """
    from scipy.special import betainc, betaincinv

    a, b = score * n + 0.5, n - score * n + 0.5
    tail = (1 - level) / 2
    return (float(1.0 - betainc(a, b, target)), float(betaincinv(a, b, 0.5)), float(betaincinv(a, b, tail)),
            float(betaincinv(a, b, 1 - tail)))


def posterior(acc: np.ndarray, meas, target: float) -> tuple[np.ndarray, float, float, float, float]:
    """The true score's posterior from a forecast's draws there and the latest measurement ``meas``
    (:class:`planner.decide.measurement.Measurement`).

    The prior is a kernel density over the draws' scores ``acc`` (shape (B,); normal kernels, Silverman's bandwidth,
    at least 0.002), so a precise measurement outside the draws' range still moves the posterior to it; the
    measurement is normal with the test's standard error at the measured score. Returns the draws' posterior weights
    (the kernels'), P(true score >= target), and its median, 10% and 90% points.
    """
    from scipy.special import ndtr

    acc = np.asarray(acc, dtype=float)
    y = meas.accuracy
    se = float(meas.se_at(y))
    tau = max(1.06 * float(np.std(acc)) * acc.size ** -0.2, 0.002)
    ll = -0.5 * (y - acc) ** 2 / (tau**2 + se**2)
    w = np.exp(ll - ll.max())
    w /= w.sum()
    prec = 1 / tau**2 + 1 / se**2
    m = (acc / tau**2 + y / se**2) / prec
    sd = 1 / math.sqrt(prec)
    p = float(np.sum(w * ndtr((m - target) / sd)))
    grid = np.linspace(m.min() - 5 * sd, m.max() + 5 * sd, 801)
    cdf = (w[None, :] * ndtr((grid[:, None] - m[None, :]) / sd)).sum(axis=1)
    q = [float(np.clip(grid[min(int(np.searchsorted(cdf, v)), grid.size - 1)], 0.0, 1.0)) for v in (0.5, 0.1, 0.9)]
    return w, p, q[0], q[1], q[2]


def held_out(earlier, strategy: str, at: float, meas, target: float, *, n_draws: int = 400, seed: int = 0,
             noise: float = 0.0) -> tuple[float, float, float, float] | None:
    """(P(true score >= ``target``), its median, 10% and 90% points) at ``at`` labels from the rounds *before* the
    latest measurement: ``earlier`` (a curves table: ``strategy``, ``n_labels``, ``accuracy``, optionally ``seed``)
    forecast to ``at`` (``strategy``'s draws at label noise ``noise``) and re-weighted by ``meas``'s likelihood
    (:func:`posterior`), so the latest measurement is not counted twice. None with fewer than three earlier label
    counts or where they cannot be fitted: then the measurement alone weighs the score (:func:`jeffreys`)."""
    import warnings

    from planner.decide.verdict import Plan

    if earlier["n_labels"].nunique() < 3:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            acc = Plan(earlier, n_draws=n_draws, seed=seed).draws.get(strategy, noise).accuracy([float(at)])[:, 0]
        except (ValueError, KeyError, FloatingPointError):
            return None
    return tuple(posterior(acc, meas, target)[1:])


def trusted_score(target: float, test_size: float, confidence: float) -> float:
    """The lowest measured score that ``test_size`` test labels confirm above ``target`` with ``confidence`` by their
    count alone: the ``s`` at which :func:`jeffreys`'s P(true >= target) is ``confidence`` (what the stop rule reads
    from the test alone); 1.0 where not even a perfect score on that count does.

    >>> round(trusted_score(0.8, 1000, 0.9), 4)
    0.8161
    """
    from scipy.optimize import brentq

    n, t = max(float(test_size), 1.0), float(target)

    def gap(s: float) -> float:
        return jeffreys(s, n, t)[0] - float(confidence)

    if gap(1.0) < 0:
        return 1.0
    return float(brentq(gap, t, 1.0, xtol=1e-9)) if gap(t) < 0 else t


def labels_to_tell(score: float, target: float, test_size: float, confidence: float) -> float:
    """The test labels more (beyond ``test_size``) whose one measurement of ``score`` would tell it from ``target``
    with ``confidence``, one-sided (``s (1 - s) (z / gap)^2`` in all, the normal approximation); 0 where the count in
    hand already does, inf where no count does (a score at the target)."""
    from scipy.special import ndtri

    gap = abs(float(score) - float(target))
    if gap <= 0:
        return math.inf
    need = math.ceil(float(score) * (1 - float(score)) * (float(ndtri(confidence)) / gap) ** 2)
    return float(max(need - float(test_size), 0.0))


def tell_apart_size(accuracy: float, target: float, meas, confidence: float) -> float:
    """The test-set size whose one measurement tells ``target`` from a true ``accuracy`` below it with
    ``confidence`` (one-sided, binomial: ``a (1 - a) (z / gap)^2``), when the campaign's own test cannot: the gap
    is at most ``z`` of its standard errors there. NaN otherwise (no accuracy, at or above the target, or a test
    that already tells them apart)."""
    from scipy.special import ndtri

    a = float(accuracy)
    if not math.isfinite(a) or a >= target:
        return math.nan
    z, gap = float(ndtri(confidence)), target - a
    if gap > z * float(meas.se_at(a)):
        return math.nan
    return float(math.ceil(a * (1 - a) * (z / gap) ** 2))


def check_stop_chance(stop_chance: float | None, confidence: float) -> float | None:
    """``stop_chance`` as asked (None: the confidence decides), a probability from :data:`MIN_STOP_CHANCE` to the
    ``confidence``; a ValueError naming ``--stop-chance`` otherwise."""
    if stop_chance is None:
        return None
    p = float(stop_chance)
    if not (math.isfinite(p) and MIN_STOP_CHANCE <= p <= float(confidence)):
        raise ValueError(f"--stop-chance must be a probability from {MIN_STOP_CHANCE:g} to the confidence "
                         f"({float(confidence):g}), got {stop_chance:g}: below {MIN_STOP_CHANCE:g} the target is more "
                         "likely missed than met; leave it out to stop at the confidence")
    return p


@dataclass(frozen=True)
class StopRule:
    """The stop rule at ``confidence`` (the answer's), or at ``stop_chance`` where the user asked to stop at a lower
    chance (see the module docstring)."""

    confidence: float
    stop_chance: float | None = None

    @property
    def level(self) -> float:
        """The least P(true score >= target) at which a measured hit stops (never below :data:`MIN_STOP_CHANCE`)."""
        return max(float(self.confidence if self.stop_chance is None else self.stop_chance), MIN_STOP_CHANCE)

    def stops(self, score: float, target: float, p_met: float) -> bool:
        """Whether a measured ``score`` with P(true score >= ``target``) = ``p_met`` stops: a measured hit at the
        rule's :attr:`level` or above."""
        return bool(score >= target and p_met >= self.level)

    def within_noise(self, score: float, target: float, test_size: float) -> bool:
        """Whether ``test_size`` test labels alone cannot tell a measured ``score`` from ``target`` at the
        confidence, on either side."""
        p = jeffreys(score, max(float(test_size), 1.0), target)[0]
        return bool(1 - self.confidence < p < self.confidence)
