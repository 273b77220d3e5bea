"""AL's labels measured against random's on a campaign's own pool: the split rounds' paired differences.

A split round (``alplan campaign next DIR --split S``) asks half its batch at random and half by the AL strategy
``S``; ``campaign measure`` fits the labels in hand before the round plus each half (equal sizes, the same model
stream), scores both on the test labels and keeps the difference (``split.csv``). :func:`measured_advantage` reads
those differences into one :class:`MeasuredAdvantage`: their mean over the rounds, the 80% range quoted
(:data:`planner.decide.summaries.DEFAULT_LEVEL`) and the one-sided bounds at the stop rule's confidence, from
Student's t over the rounds with a spread at least the rounds' paired test noise. One round alone decides nothing:
the spread between rounds is not measured yet. A switch to AL asks the confidence; going back to random, which
costs nothing, asks only that the mean be no gain.

Pure: numbers in, numbers out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from planner.decide.summaries import DEFAULT_LEVEL

__all__ = ["MIN_SPLIT_ROUNDS", "MeasuredAdvantage", "measured_advantage", "t_quantile"]

#: The split rounds before a measured advantage decides (the spread between rounds needs two).
MIN_SPLIT_ROUNDS = 2


def t_quantile(p: float, df: int) -> float:
    """Student's t quantile at ``p`` with ``df`` degrees of freedom (the normal's for ``df`` < 1)."""
    from scipy.special import ndtri, stdtrit   # lazy: start-up time (scipy, which `campaign status` does not need)

    return float(ndtri(p)) if df < 1 else float(stdtrit(df, p))


@dataclass(frozen=True)
class MeasuredAdvantage:
    """What the split rounds measured: ``strategy``'s part against random's, ``rounds`` rounds of ``labels`` each
    (the mean part size), the ``metric``'s mean difference (AL's model less random's, on the same test labels),
    its ``low``-``high`` range at ``level`` and its one-sided bounds ``lower``/``upper`` at ``confidence``.

    :attr:`finding`, from :data:`MIN_SPLIT_ROUNDS` rounds on (``unclear`` before): ``pays`` where the lower bound is
    above 0 (AL's labels beat random's with the confidence: with the set-up paid by the split, every further AL label
    saves), ``loses`` where the mean is at most 0 (AL's labels measured no better than random's: going back to
    random costs nothing, so no confidence is asked of it), ``unclear`` otherwise."""

    strategy: str
    metric: str
    rounds: int
    labels: float
    mean: float
    low: float
    high: float
    lower: float
    upper: float
    level: float
    confidence: float

    @property
    def finding(self) -> str:
        if self.rounds < MIN_SPLIT_ROUNDS:
            return "unclear"
        if self.lower > 0:
            return "pays"
        if self.mean <= 0:
            return "loses"
        return "unclear"

    def to_dict(self) -> dict:
        out = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}
        out["finding"] = self.finding
        return out

    @classmethod
    def from_dict(cls, d: dict) -> MeasuredAdvantage:
        """The advantage :meth:`to_dict` wrote (its ``finding`` read again from the fields); null numbers are NaN."""
        return cls(**{f.name: math.nan if d[f.name] is None and f.type == "float" else d[f.name] for f in fields(cls)})


def measured_advantage(splits, metric: str, confidence: float, level: float = DEFAULT_LEVEL) -> MeasuredAdvantage | None:
    """The measured advantage of the last split strategy's labels over random's (see the module docstring) from
    ``splits`` (``split.csv``'s rows: ``strategy``, ``labels``, ``random_<metric>``, ``al_<metric>``,
    ``paired_se``); None without a split round scored on ``metric``."""
    if splits is None or len(splits) == 0 or f"al_{metric}" not in splits:
        return None
    strategy = str(splits["strategy"].iloc[-1])
    own = splits[splits["strategy"].astype(str) == strategy]
    diff = (own[f"al_{metric}"].astype(float) - own[f"random_{metric}"].astype(float)).dropna()
    if diff.empty:
        return None
    r = len(diff)
    mean = float(diff.mean())
    noise = own.loc[diff.index, "paired_se"].astype(float).dropna()
    floor = float((noise ** 2).mean()) if len(noise) else 0.0
    spread = float(diff.var(ddof=1)) if r > 1 else 0.0
    se = math.sqrt(max(spread, floor) / r)
    df = r - 1 if r > 1 else 0

    def bound(p: float) -> float:
        return mean + t_quantile(p, df) * se

    tail = (1 - level) / 2
    return MeasuredAdvantage(strategy=strategy, metric=metric, rounds=r,
                             labels=float(own.loc[diff.index, "labels"].astype(float).mean()), mean=mean,
                             low=bound(tail), high=bound(1 - tail), lower=bound(1 - confidence),
                             upper=bound(confidence), level=level, confidence=float(confidence))
