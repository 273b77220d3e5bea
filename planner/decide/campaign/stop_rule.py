"""The stop rule: when a measured score says a target is met, and how sure that is.

One module holds what a stop rests on, for every surface that says "stop": a campaign's answer
(:func:`measured_point`, which :func:`planner.decide.campaign.next_step.next_step` reads), ``alplan replan FILE``
and the page's uploaded-curve steering (:func:`planner.decide.campaign.steer.replan`), and the benchmarks' replay of a
campaign (:func:`first_stop`).

- The measured score's posterior: :func:`jeffreys` (a share measured on ``n`` test labels, Beta(k + 1/2, n - k + 1/2))
  or the measurement alone (:func:`measurement_alone`, as ``replan``'s evidence reads it); where earlier rounds say
  what to expect, :func:`held_out` (their forecast at the labels in hand, re-weighted by the measurement's
  likelihood, :func:`posterior`) weighs a lucky last round against the curve behind it. Those rounds were measured
  on the same test split, whose sampling error they share: they can lower the chance the split's count gives, never
  raise it, so the chance stated is the smaller of the two (``benchmarks/know_design.md``, D3).
- One reading of one measured score, the same numbers on every surface (:func:`measured`, a :class:`Measured`):
  P(true score >= target), the score's range given its test labels, the stop and the test labels that would settle
  an unsure reading; the campaign's folder and ``replan``'s file are adapters that build its inputs.
- A campaign's reading (:func:`measured_point`, a :class:`MeasuredPoint`): its last measured round (:func:`last_round`,
  on the test labels that measured it, :func:`round_test_size`) read by :func:`measured` against the rounds before it;
  :func:`first_stop` replays it after every round, where a campaign's answer would first have said stop.
- The rule (:class:`StopRule`): **stop only where the measured score meets the target and P(true score >= target)
  is at least the rule's level**, the confidence the answer uses unless the user asked to stop at a lower chance
  (``--stop-chance``, never below :data:`MIN_STOP_CHANCE`). A hit that is less sure is no stop: the answer prices
  what would make it sure (:mod:`planner.decide.campaign.settle`).
- The test split's resolution: :func:`trusted_score` (the lowest score its count alone confirms),
  :func:`labels_to_tell` (the test labels whose one measurement tells a score from the target), and
  :meth:`StopRule.within_noise` (the split alone cannot tell the score from the target either way: a score read
  below the target there is not "not met" either).
- Macro-F1 and balanced accuracy are no share of the test labels: :func:`reading` draws their posterior from the
  round's confusion matrix on the test split (:func:`metric_draws`; ``benchmarks/stop_design.md``) and reads the
  count-based quantities above at its effective test size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from statistics import NormalDist
import warnings

import numpy as np
import pandas as pd

from planner.decide.campaign.measurement import Measurement, score_se
from planner.decide.summaries import DEFAULT_LEVEL
from planner.forecast.confusion import (CONFUSION_PATTERN, MAX_CONFUSION_CLASSES, MAX_CONFUSION_TOTAL,  # noqa: F401
                                        read_confusion)

__all__ = ["CONFUSION_DRAWS", "CONFUSION_METRICS", "CONFUSION_PATTERN", "HELD_OUT_DRAWS", "HELD_OUT_SEED",
           "MAX_CONFUSION_CLASSES", "MAX_CONFUSION_TOTAL",
           "MIN_STOP_CHANCE", "Measured", "MeasuredPoint", "Reading", "StopRule", "check_stop_chance",
           "confusion_score", "first_stop", "held_out", "jeffreys", "last_round", "measured", "measured_point",
           "measured_reading", "metric_draws", "posterior", "read_confusion", "reading", "round_test_size",
           "tell_apart_size", "labels_to_tell", "measurement_alone", "trusted_score"]

#: The lowest chance a user may ask a stop at: below a coin flip the target is more likely missed than met.
MIN_STOP_CHANCE = 0.5
#: The metrics whose posterior is drawn from the test split's confusion matrix (:func:`metric_draws`); every other
#: metric's measured score is read as a share of the test labels (:func:`jeffreys`).
CONFUSION_METRICS = ("macro_f1", "balanced_accuracy")
#: Monte Carlo draws of a confusion matrix's posterior (P's standard error at most 0.008).
CONFUSION_DRAWS = 4000
#: The draws and the seed of the forecast a measured hit is held against (:func:`held_out`, in :func:`measured`):
#: the rule's own, so the same rounds give the same chance on every surface, whatever draws a plan was asked for.
HELD_OUT_DRAWS = 400
HELD_OUT_SEED = 0


def jeffreys(score: float, n: float, target: float, level: float = DEFAULT_LEVEL) -> tuple[float, float, float, float]:
    """(P(true >= ``target``), median, low, high) of a share ``score`` measured on ``n`` test labels: the Jeffreys
    posterior Beta(k + 1/2, n - k + 1/2), ``k = score * n``; low and high bound its central ``level``.

    >>> [round(x, 3) for x in jeffreys(0.9, 100, 0.85)]
    [0.925, 0.899, 0.856, 0.933]
    """
    from scipy.special import betainc, betaincinv   # lazy: start-up time (scipy)

    a, b = score * n + 0.5, n - score * n + 0.5
    tail = (1 - level) / 2
    return (float(1.0 - betainc(a, b, target)), float(betaincinv(a, b, 0.5)), float(betaincinv(a, b, tail)),
            float(betaincinv(a, b, 1 - tail)))


def posterior(acc: np.ndarray, meas, target: float) -> tuple[np.ndarray, float, float, float, float]:
    """The true score's posterior from a forecast's draws there and the latest measurement ``meas``
    (:class:`planner.decide.campaign.measurement.Measurement`).

    The prior is a kernel density over the draws' scores ``acc`` (shape (B,); normal kernels, Silverman's bandwidth,
    at least 0.002), so a precise measurement outside the draws' range still moves the posterior to it; the
    measurement is normal with the test's standard error at the measured score. Returns the draws' posterior weights
    (the kernels'), P(true score >= target), and its median, 10% and 90% points.
    """
    from scipy.special import ndtr   # lazy: start-up time (scipy)

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
    from planner.decide.verdict import Plan   # lazy: start-up time (pandas, scipy)

    if earlier["n_labels"].nunique() < 3:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            acc = Plan(earlier, n_draws=n_draws, seed=seed).draws.get(strategy, noise).accuracy([float(at)])[:, 0]
        except (ValueError, KeyError, FloatingPointError):
            return None
    return tuple(posterior(acc, meas, target)[1:])


def measurement_alone(meas, target: float, read=None) -> tuple[float, tuple[float, float, float]]:
    """(P(true score >= ``target``), (its median, 10% and 90% points)) from the latest measurement ``meas``
    (:class:`planner.decide.campaign.measurement.Measurement`) alone, where :func:`held_out` has no earlier rounds to weigh it
    against: its :class:`Reading` ``read`` (a confusion matrix's draws), else Jeffreys' share of its test labels, else
    normal with its standard error (a test of unknown size)."""
    from scipy.special import ndtr   # lazy: start-up time (scipy)

    a = meas.accuracy
    if read is not None or math.isfinite(meas.test_size):
        p, *qs = read.weigh(target) if read is not None else jeffreys(a, meas.test_size, target)
        return p, tuple(qs)
    return float(ndtr((a - target) / meas.se)), (a, a - 1.2816 * meas.se, a + 1.2816 * meas.se)


def trusted_score(target: float, test_size: float, confidence: float) -> float:
    """The lowest measured score that ``test_size`` test labels confirm above ``target`` with ``confidence`` by their
    count alone: the ``s`` at which :func:`jeffreys`'s P(true >= target) is ``confidence`` (what the stop rule reads
    from the test alone); 1.0 where not even a perfect score on that count does.

    >>> round(trusted_score(0.8, 1000, 0.9), 4)
    0.8161
    """
    from scipy.optimize import brentq   # lazy: start-up time (scipy)

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
    from scipy.special import ndtri   # lazy: start-up time (scipy)

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
    from scipy.special import ndtri   # lazy: start-up time (scipy)

    a = float(accuracy)
    if not math.isfinite(a) or a >= target:
        return math.nan
    z, gap = float(ndtri(confidence)), target - a
    if gap > z * float(meas.se_at(a)):
        return math.nan
    return float(math.ceil(a * (1 - a) * (z / gap) ** 2))


def _present(confusion) -> np.ndarray:
    """``confusion`` (counts) on the classes a measured score averages over: those with a test id or a prediction."""
    c = np.asarray(confusion, dtype=float)
    keep = (c.sum(axis=0) + c.sum(axis=1)) > 0
    return c[keep][:, keep]


def confusion_score(confusion, metric: str) -> float:
    """``metric`` (accuracy, macro_f1, balanced_accuracy) of a confusion matrix of counts, as the campaign measures
    it (:func:`simulations.run.loop.score_predictions`).

    >>> round(confusion_score([[50, 2], [3, 5]], "macro_f1"), 4)
    0.8095
    """
    c = _present(confusion)
    tp, true, pred = np.diag(c), c.sum(axis=1), c.sum(axis=0)
    if metric == "accuracy":
        return float(tp.sum() / c.sum())
    if metric == "balanced_accuracy":
        return float(np.mean(tp[true > 0] / true[true > 0]))
    if metric == "macro_f1":
        return float(np.mean(2 * tp / (true + pred)))
    raise ValueError(f"no score {metric!r} of a confusion matrix: give accuracy, macro_f1 or balanced_accuracy")


def metric_draws(confusion, metric: str, *, n_draws: int = CONFUSION_DRAWS, seed: int = 0) -> np.ndarray:
    """``n_draws`` draws of the true ``metric`` (macro_f1, balanced_accuracy, accuracy) on the pool from a test split's
    confusion matrix (``benchmarks/stop_design.md``): the pool's class shares Dirichlet(test ids per class + 1/2),
    each true class's predictions Dirichlet(its row + 1/2), the score of each draw's population; one generator from
    ``seed``."""
    c = _present(confusion)
    true = c.sum(axis=1)
    rows = np.flatnonzero(true > 0)
    if metric not in ("accuracy", *CONFUSION_METRICS) or rows.size == 0:
        raise ValueError(f"no draws of {metric!r} from a confusion matrix without test ids")
    rng = np.random.default_rng(seed)
    k, out = c.shape[0], []
    chunk = max(1, int(4e6 // (rows.size * k)))
    for start in range(0, int(n_draws), chunk):
        b = min(chunk, int(n_draws) - start)
        g = rng.standard_gamma(c[rows][None, :, :] + 0.5, size=(b, rows.size, k))
        r = g / g.sum(axis=2, keepdims=True)                       # (b, rows, k): each true class's predictions
        recall = r[:, np.arange(rows.size), rows]
        if metric == "balanced_accuracy":
            out.append(recall.mean(axis=1))
            continue
        pi = rng.dirichlet(true[rows] + 0.5, size=b)                # (b, rows): the pool's class shares
        if metric == "accuracy":
            out.append((pi * recall).sum(axis=1))
            continue
        share_true = np.zeros((b, k))
        share_true[:, rows] = pi
        tp = np.zeros((b, k))
        tp[:, rows] = pi * recall
        share_pred = np.einsum("bj,bjk->bk", pi, r)
        out.append(np.mean(2 * tp / (share_true + share_pred), axis=1))
    return np.concatenate(out)


@dataclass(frozen=True)
class Reading:
    """A measured ``score`` on ``test_size`` test labels and its posterior: Jeffreys' share of the test labels, or
    ``draws`` of the true score (:func:`metric_draws`); ``effective``: the test labels whose Jeffreys share has the
    posterior's variance (the test size for a share), which the count-based quantities read."""

    score: float
    test_size: float
    effective: float
    draws: np.ndarray | None = None

    def weigh(self, target: float, level: float = DEFAULT_LEVEL) -> tuple[float, float, float, float]:
        """(P(true >= ``target``), median, low, high): low and high bound the central ``level``."""
        if self.draws is None:
            return jeffreys(self.score, self.test_size, target, level)
        tail = (1 - level) / 2
        q = np.quantile(self.draws, [0.5, tail, 1 - tail])
        return float(np.mean(self.draws >= target)), float(q[0]), float(q[1]), float(q[2])

    def to_tell(self, target: float, confidence: float) -> float:
        """The test labels more whose one measurement would tell the score from ``target`` with ``confidence``
        (:func:`labels_to_tell` at the effective size, in test labels at the same confusion proportions)."""
        more = labels_to_tell(self.score, target, self.effective, confidence)
        if more <= 0 or not math.isfinite(more):
            return more
        return float(math.ceil((self.effective + more) * self.test_size / self.effective - self.test_size))


def reading(score: float, test_size: float, metric: str = "accuracy", confusion=None, *, seed: int = 0) -> Reading:
    """The posterior of a ``score`` measured on ``test_size`` test labels: for :data:`CONFUSION_METRICS` with the
    round's ``confusion`` matrix (counts, or its text; None or empty: none kept), :func:`metric_draws` and their
    effective test size ``m (1 - m) / v - 2`` (the draws' mean and variance, at least 1); otherwise Jeffreys' share.

    >>> reading(0.9, 1000).effective
    1000.0
    """
    n = max(float(test_size), 1.0)
    if metric not in CONFUSION_METRICS or confusion is None or (isinstance(confusion, str) and not confusion.strip()):
        return Reading(float(score), n, n)
    if isinstance(confusion, float) and math.isnan(confusion):
        return Reading(float(score), n, n)
    matrix = read_confusion(confusion) if isinstance(confusion, str) else np.asarray(confusion)
    draws = metric_draws(matrix, metric, seed=seed)
    m, v = float(draws.mean()), float(draws.var())
    effective = m * (1 - m) / v - 2 if v > 0 else math.inf
    return Reading(float(score), n, float(max(effective, 1.0)), draws)


def measured_reading(meas, curves, strategy: str, metric: str):
    """(``meas``, None) where ``metric`` is read as a share or ``strategy``'s last round in ``curves`` keeps no
    confusion matrix (a ``confusion`` column, as a campaign's ``curve.csv``); else ``meas``
    (:class:`planner.decide.campaign.measurement.Measurement`) at the :func:`reading`'s effective test size, and the reading.
    A cell that is no confusion matrix is a ValueError naming it."""
    if metric not in CONFUSION_METRICS or "confusion" not in curves.columns:
        return meas, None
    rows = curves[curves["strategy"].astype(str) == str(strategy)]
    cells = rows.loc[rows["n_labels"] == rows["n_labels"].max(), "confusion"]
    if len(cells) != 1 or not isinstance(cells.iloc[0], str) or not cells.iloc[0].strip():
        return meas, None   # none kept, or several runs' last rounds: their mean is no one test's reading
    tested = rows.loc[cells.index, "test_size"].iloc[0] if "test_size" in rows.columns else None
    try:
        matrix = read_confusion(cells.iloc[0], tested=tested)
    except ValueError as exc:
        raise ValueError(f"the confusion column of {strategy}'s last round: {exc}: fix the cell, or drop the "
                         "column to read the score as a share of the test labels") from None
    read = reading(meas.accuracy, float(matrix.sum()), metric, matrix)
    n, a = read.effective, float(meas.accuracy)
    return replace(meas, se=score_se(a, n), test_size=n, source="confusion matrix",
                   tested=read.test_size), read


def check_stop_chance(stop_chance: float | None, confidence: float) -> float | None:
    """``stop_chance`` as asked (None: the confidence decides), a probability from :data:`MIN_STOP_CHANCE` to the
    ``confidence``; a ValueError naming ``--stop-chance`` otherwise."""
    if stop_chance is None:
        return None
    p, c = float(stop_chance), float(confidence)
    if math.isfinite(p) and MIN_STOP_CHANCE <= p <= c:
        return p
    if not (math.isfinite(p) and 0 <= p <= 1):
        why = "a chance is a probability"
    elif p < MIN_STOP_CHANCE:
        why = f"below {MIN_STOP_CHANCE:g} the target is more likely missed than met"
    else:
        why = ("it only lowers the chance a stop needs below the confidence; to ask for a surer stop, raise "
               "--confidence instead")
    raise ValueError(f"--stop-chance must be a probability from {MIN_STOP_CHANCE:g} to the confidence ({c:g}), "
                     f"got {p:g}: {why}; leave it out to stop at the confidence")


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

    @property
    def give_up_below(self) -> float:
        """The chance of reaching a target at or below which an answer gives it up: ``1 - confidence``, the chance a
        stop leaves of falling short (a campaign's :meth:`out_of_reach`, and ``replan FILE``'s give-up level unless
        the user set one)."""
        return 1.0 - float(self.confidence)

    def out_of_reach(self, p_reach: float) -> bool:
        """Whether a target the forecast reaches within the pool with chance ``p_reach`` is out of reach: at most
        :attr:`give_up_below`, where the answer gives up rather than orders."""
        return bool(math.isfinite(p_reach) and p_reach <= self.give_up_below)

    def within_noise(self, score: float, target: float, test_size: float) -> bool:
        """Whether ``test_size`` test labels alone cannot tell a measured ``score`` from ``target`` at the
        confidence, on either side."""
        p = jeffreys(score, max(float(test_size), 1.0), target)[0]
        return bool(1 - self.confidence < p < self.confidence)


@dataclass(frozen=True)
class Measured:
    """The stop rule's reading of one measured score (:func:`measured`), the same on every surface.

    ``p_met``: P(true score >= target), from the rounds before the measurement forecast to its labels and
    re-weighted by it where ``held_out`` (where that is below the measurement alone's), else from the measurement
    alone; ``median``, ``low``, ``high``: the score's
    posterior given its test labels alone (``low`` and ``high`` bound its central
    :data:`planner.decide.summaries.DEFAULT_LEVEL`); ``stop``: the rule's (:meth:`StopRule.stops`); ``within_noise``:
    the test labels alone cannot tell the score from the target (:meth:`StopRule.within_noise`);
    ``settle_test_labels``: the test labels more that would tell an unsure hit, or
    a reading within the noise, from the target (:meth:`Reading.to_tell`; NaN where the rule stops, for a score
    below the target outside the noise, or for a test of unknown size); ``effective_test``: the test labels the
    count-based quantities read (NaN: a test of unknown size)."""

    p_met: float
    median: float
    low: float
    high: float
    held_out: bool
    stop: bool
    within_noise: bool
    settle_test_labels: float
    effective_test: float


def measured(meas, target: float, rule: StopRule, *, read: Reading | None = None, rounds=None,
             strategy: str | None = None) -> Measured:
    """The stop rule's reading (:class:`Measured`) of the measurement ``meas``
    (:class:`planner.decide.campaign.measurement.Measurement`: the score, its training labels and its test labels, at the
    effective size for a confusion matrix's ``read``) against ``target``: what a campaign's folder
    (:func:`measured_point`) and a curve file (:func:`planner.decide.campaign.steer.replan`) both
    state.

    ``read``: the measurement's :class:`Reading` (None: Jeffreys' share of ``meas.test_size``, or normal with
    ``meas.se`` for a test of unknown size). ``rounds``: a curves table (``strategy``, ``n_labels``, ``accuracy``,
    optionally ``seed``) whose ``strategy`` rounds before ``meas.labels`` a measured hit is held against
    (:func:`held_out`, at :data:`HELD_OUT_DRAWS` and :data:`HELD_OUT_SEED`, on those columns alone: the rounds as
    measured, whatever label noise, metric or draws a plan of them was asked for), where they doubt it more than
    the measurement alone does; a score below the target is weighed by the measurement alone, and never stops."""
    score = float(meas.accuracy)
    known = math.isfinite(meas.test_size)
    if read is None and known:
        read = reading(score, meas.test_size)
    p, (median, low, high) = measurement_alone(meas, target, read)
    held = None
    if score >= target and rounds is not None and strategy is not None:
        own = rounds[(rounds["strategy"].astype(str) == str(strategy)) & (rounds["n_labels"] < float(meas.labels))]
        earlier = pd.DataFrame({"strategy": str(strategy), "seed": own["seed"] if "seed" in own else 0,
                                "n_labels": own["n_labels"].astype(float), "accuracy": own["accuracy"].astype(float)})
        held = held_out(earlier, str(strategy), float(meas.labels), meas, target, n_draws=HELD_OUT_DRAWS,
                        seed=HELD_OUT_SEED)
        held = held if held is not None and held[0] < p else None   # the rounds before share the test split:
        if held is not None:                                          # they can doubt the reading, not firm it
            p = held[0]
    p = min(max(float(p), 0.0), 1.0)
    stop = rule.stops(score, target, p)
    effective = read.effective if read is not None else math.nan
    noise = bool(read is not None and rule.within_noise(score, target, effective))
    settle = (read.to_tell(target, rule.confidence) if read is not None and not stop and (score >= target or noise)
              else math.nan)
    return Measured(p_met=p, median=float(median), low=float(low), high=float(high), held_out=held is not None,
                    stop=stop, within_noise=noise, settle_test_labels=float(settle), effective_test=float(effective))


@dataclass(frozen=True)
class MeasuredPoint:
    """The campaign's last measured round against the target: ``score`` on ``test_size`` test labels at ``labels``
    training labels (``strategy`` picked it), the true score's ``low``-``high`` range (at
    :data:`planner.decide.summaries.DEFAULT_LEVEL`),
    ``p_met`` = P(true score >= target) by the stop rule, ``held_out`` whether earlier rounds weighed the hit,
    ``stop`` the rule's answer at ``stop_level`` (the confidence, or ``stop_chance`` where the user asked to stop at
    a lower chance), ``within_noise`` whether the test split alone cannot tell the score from the target at the
    confidence (either side), and ``settle_test_labels``: where the answer is no stop and the score meets the target
    or lies within that noise, the test labels more whose one measurement would tell the score from the target with
    the confidence (inf where no count would); ``ids_left``: the pool's ids never asked, the most test labels the
    campaign can still add (:attr:`settle_possible`: whether they would settle it); ``effective_test``: the test labels
    whose share has the score's noise (:func:`reading`); ``majority_share``: the largest
    class's share of the round's test labels, read from its confusion matrix (NaN: none kept), and ``macro_f1`` the
    round's macro-F1 (NaN: not measured), which :attr:`at_base_rate` reads. :func:`measured_point` builds it."""

    labels: int
    score: float
    test_size: int
    strategy: str
    round: int
    target: float
    confidence: float
    low: float
    high: float
    p_met: float
    held_out: bool
    stop: bool
    settle_test_labels: float = math.nan
    metric: str = "accuracy"
    ids_left: int = 0
    stop_chance: float | None = None
    within_noise: bool = False
    effective_test: float = math.nan
    majority_share: float = math.nan
    macro_f1: float = math.nan

    @property
    def at_base_rate(self) -> bool:
        """Whether a measured accuracy is no more than the test split's noise above the majority class's share of its
        test labels (one-sided at the confidence): a model that always answers the majority class would score about
        as much, and macro-F1 or balanced accuracy sees past it. False for other metrics or without a matrix."""
        share = float(self.majority_share)
        if self.metric != "accuracy" or not math.isfinite(share):
            return False
        z = NormalDist().inv_cdf(float(self.confidence))
        se = score_se(share, self.test_size)
        return bool(self.score <= share + z * se)

    @property
    def test_noise_size(self) -> float:
        """The test labels whose share has the measured score's noise (:attr:`effective_test`: fewer than
        :attr:`test_size` for macro-F1 and balanced accuracy read from the round's confusion matrix; NaN: the test
        size), which the count-based quantities read (:func:`trusted_score`)."""
        return float(self.effective_test) if math.isfinite(self.effective_test) else float(self.test_size)

    @property
    def stop_level(self) -> float:
        """The least ``p_met`` at which a measured hit stops (:attr:`StopRule.level`)."""
        return StopRule(self.confidence, self.stop_chance).level

    @property
    def met(self) -> bool:
        """Whether the test split read the score at or above the target (a reading: :attr:`stop` says whether the
        rule takes it as met)."""
        return self.score >= self.target

    @property
    def unsure(self) -> bool:
        """A reading the rule does not take as met yet: at or above the target but not a stop, or below it within
        the test split's noise."""
        return not self.stop and (self.met or self.within_noise)

    @property
    def settle_possible(self) -> bool:
        """Where a reading is unsure: whether the pool's ids left hold the test labels that would settle it."""
        return math.isfinite(self.settle_test_labels) and self.settle_test_labels <= self.ids_left

    def to_dict(self) -> dict:
        out = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}
        out["met"] = self.met
        out["stop_level"] = self.stop_level
        out["settle_possible"] = self.settle_possible if self.unsure else None
        return out

    @classmethod
    def from_dict(cls, d: dict) -> MeasuredPoint:
        """The point :meth:`to_dict` wrote (its derived keys, and any the record adds, are read again from the
        fields); a number the JSON holds as null (not finite) is NaN."""
        def field_of(f):
            v = d[f.name]
            return math.nan if v is None and f.type == "float" else v

        return cls(**{f.name: field_of(f) for f in fields(cls) if f.name in d})


def last_round(rounds: pd.DataFrame) -> pd.Series:
    """The last of a campaign's measured ``rounds`` (the highest ``round``)."""
    return rounds.sort_values("round").iloc[-1]


def round_test_size(last: pd.Series, test_labels: float) -> float:
    """The test labels that measured the round ``last`` (its ``test_size``, else ``test_labels``, the campaign's)."""
    return float(last["test_size"]) if "test_size" in last and pd.notna(last["test_size"]) else float(test_labels)


def measured_point(facts, target: float, confidence: float, metric: str = "accuracy",
                   stop_chance: float | None = None) -> MeasuredPoint | None:
    """The last measured round of a campaign's ``facts`` (a :class:`planner.decide.campaign.facts.CampaignFacts`: its
    ``rounds``, ``test_labels`` and ``left``) weighed against ``target`` by the stop rule (:class:`StopRule` at
    ``confidence``, or ``stop_chance`` where asked); None before a measure. The numbers are :func:`measured`'s, as
    ``replan FILE`` states them: P(true score >= target) of a hit from the test split's count alone or, where lower,
    from the rounds before it (three label counts at least, same strategy) forecast to the labels in hand and
    re-weighted by the measurement; a score below the target is weighed by its count alone, and never stops."""
    if facts.rounds.empty:
        return None
    return _point(facts.rounds, facts.test_labels, facts.left, target, confidence, metric, stop_chance)


def _point(rounds: pd.DataFrame, test_labels: float, left: int, target: float, confidence: float, metric: str,
           stop_chance: float | None) -> MeasuredPoint:
    """:func:`measured_point` of measured ``rounds`` (not empty), ``test_labels`` where the last round keeps no
    ``test_size``, and ``left`` pool ids never asked."""
    last = last_round(rounds)
    score, now, strategy = float(last[metric]), int(last["n_labels"]), str(last["strategy"])
    n = max(round_test_size(last, test_labels), 1.0)
    read = reading(score, n, metric, last.get("confusion"))
    se = score_se(score, read.effective)
    own = rounds[rounds["strategy"].astype(str) == strategy]
    table = pd.DataFrame({"strategy": strategy, "seed": 0, "n_labels": own["n_labels"].astype(float),
                          "accuracy": own[metric].astype(float)})
    m = measured(Measurement(score, float(now), se, read.effective, "test set"), target,
                 StopRule(confidence, stop_chance), read=read, rounds=table, strategy=strategy)
    f1 = last.get("macro_f1")
    return MeasuredPoint(labels=now, score=score, test_size=int(n), strategy=strategy, round=int(last["round"]),
                         target=float(target), confidence=float(confidence), low=m.low, high=m.high, p_met=m.p_met,
                         held_out=m.held_out, stop=m.stop, settle_test_labels=m.settle_test_labels, metric=metric,
                         ids_left=int(max(left, 0)), stop_chance=stop_chance, within_noise=m.within_noise,
                         effective_test=m.effective_test, majority_share=_majority_share(last.get("confusion")),
                         macro_f1=float(f1) if f1 is not None and pd.notna(f1) else math.nan)


def _majority_share(confusion) -> float:
    """The largest class's share of the test labels of a round's confusion matrix (rows: the true classes); NaN where
    the round keeps none."""
    if not isinstance(confusion, str) or not confusion.strip():
        return math.nan
    try:
        rows = read_confusion(confusion).sum(axis=1)
    except (ValueError, OverflowError, MemoryError):
        return math.nan
    total = float(rows.sum())
    return float(rows.max()) / total if total > 0 else math.nan


def first_stop(rounds: pd.DataFrame, target: float, *, confidence: float = 0.9, metric: str = "accuracy",
               after: int = 0, stop_chance: float | None = None) -> tuple[float, int]:
    """Where the answer, taken after each of ``rounds`` (a campaign's measured rounds, ``test_size`` on each),
    first says stop at or after ``after`` training labels (inf: never), and the rounds measured at or above the
    target before it that the stop rule did not trust (each one more round paid): a replay of the campaign, each
    round read as :func:`measured_point` reads the last (one pool id left)."""
    untrusted = 0
    for k, n in enumerate(rounds["n_labels"]):
        if n < after:
            continue
        seen = rounds.iloc[:k + 1]
        point = _point(seen, int(seen["test_size"].iloc[-1]), 1, target, confidence, metric, stop_chance)
        if point.stop:
            return float(n), untrusted
        untrusted += int(point.met)
    return math.inf, untrusted
