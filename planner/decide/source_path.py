"""Training on a source's labels alone, from its measured curve: an aside beside a campaign's answer.

A campaign's sources (:mod:`simulations.campaign.sources`) each have a measured curve: the learner trained on the
source's labels at a few counts, scored on the human test labels (``source_curve.csv``, strategy ``source:NAME``).
:func:`source_paths` reads it against the target: the fewest source labels measured at or above it, with the chance
that the true score there meets the target (the Jeffreys posterior of the score measured on the test labels, as
the campaign's stop rule reads a measured score), and what those labels cost at the source's price per label. A
target not met within the counts measured is said so, with the best score measured; nothing is forecast beyond
them. The verdict's own paths are not changed by it.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

__all__ = ["SourcePath", "source_paths", "PREFIX"]

#: A source's curves in the curves table: ``source:NAME``.
PREFIX = "source:"


@dataclass(frozen=True)
class SourcePath:
    """Training on one source alone, as measured.

    Parameters
    ----------
    source : str
    metric : str
    target : float
    reached_at : int or None
        The fewest source labels whose measured score meets ``target`` (None: not within the counts measured).
    score : float
        The score at ``reached_at``, or the best score measured where the target is not met.
    at : int
        The count of ``score``.
    measured_max : int
        The most source labels measured.
    test_size : int
        The human test labels each score is measured on.
    p_reach : float
        P(true score >= target) at ``at`` (Jeffreys posterior of ``score`` on ``test_size`` labels).
    price_per_label, price_per_hour : float or None
        The source's price as given.
    cost : float or None
        ``reached_at`` labels at ``price_per_label`` (None without a price per label, or where it is not reached).
    """

    source: str
    metric: str
    target: float
    reached_at: int | None
    score: float
    at: int
    measured_max: int
    test_size: int
    p_reach: float
    price_per_label: float | None
    price_per_hour: float | None
    cost: float | None

    def to_dict(self) -> dict:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in asdict(self).items()}


def source_paths(curve: pd.DataFrame, prices: dict, target: float, metric: str = "accuracy") -> list[SourcePath]:
    """Each source of ``curve`` (the sources' curves table: ``strategy`` ``source:NAME``, ``n_labels``, ``metric``,
    ``test_size``) read against ``target`` at ``prices`` (``{name: {"price_per_label", "price_per_hour"}}``); a
    source whose curve lacks ``metric`` or holds no finite score is left out."""
    from planner.decide.next_step import _jeffreys

    out = []
    if curve is None or curve.empty or metric not in curve.columns or "strategy" not in curve.columns:
        return out
    for name, part in curve.groupby("strategy", sort=False):
        name = str(name)
        if not name.startswith(PREFIX):
            continue
        part = part[pd.to_numeric(part[metric], errors="coerce").notna()].sort_values("n_labels")
        if part.empty:
            continue
        source = name[len(PREFIX):]
        met = part[part[metric].astype(float) >= target]
        row = met.iloc[0] if len(met) else part.loc[part[metric].astype(float).idxmax()]
        n_test = float(row["test_size"]) if "test_size" in part.columns and pd.notna(row["test_size"]) else math.nan
        score = float(row[metric])
        p = _jeffreys(score, n_test, target)[0] if math.isfinite(n_test) and n_test > 0 else math.nan
        price = prices.get(source, {})
        per_label = price.get("price_per_label")
        reached = int(row["n_labels"]) if len(met) else None
        out.append(SourcePath(source, metric, float(target), reached, score, int(row["n_labels"]),
                              int(part["n_labels"].max()), int(n_test) if math.isfinite(n_test) else 0, float(p),
                              per_label, price.get("price_per_hour"),
                              None if reached is None or per_label is None else reached * float(per_label)))
    return out
