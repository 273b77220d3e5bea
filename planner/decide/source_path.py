"""Training on a source's labels alone, from its measured curve: an aside beside a campaign's answer.

A campaign's sources (:mod:`simulations.campaign.sources`) each have a measured curve: the learner trained on the
source's labels at a few counts, scored on the human test labels (``source_curve.csv``, strategy ``source:NAME``).
:func:`source_paths` reads it against the target: the fewest source labels measured at or above it, with the chance
that the true score there meets the target (the Jeffreys posterior of the score measured on the test labels, as
the campaign's stop rule reads a measured score), and what those labels cost at the source's price per label. A
target not met within the counts measured is said so, with the best score measured; nothing is forecast beyond
them. The verdict's own paths are not changed by it.

:func:`source_pick` weighs the two paths a user can take from here: the campaign's answer's path, at what the
verdict prices for the labels it still buys to the target (the labels in hand sunk: the forecast priced them so),
and training on a source alone, at the fewest of its labels measured meeting the target with P(true score >=
target) at least the answer's confidence, at the source's price per label (bought labels: a source's labels are
no labels in hand). A source's price is its labels alone: its turnaround and the learner's compute are not priced.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

__all__ = ["SourcePath", "SourcePick", "source_paths", "source_pick", "answer_price", "PREFIX"]

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
    confidence : float or None
        The chance asked of a measured hit (the answer's confidence); None where none was asked.
    sure_at : int or None
        The fewest source labels whose measured score meets ``target`` with P(true score >= target) at least
        ``confidence`` (None: no count measured does).
    sure_p : float
        P(true score >= target) at ``sure_at`` (NaN without one).
    sure_cost : float or None
        ``sure_at`` labels at ``price_per_label`` (None without a price per label or without ``sure_at``).
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
    confidence: float | None = None
    sure_at: int | None = None
    sure_p: float = math.nan
    sure_cost: float | None = None

    def to_dict(self) -> dict:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in asdict(self).items()}


def source_paths(curve: pd.DataFrame, prices: dict, target: float, metric: str = "accuracy",
                 confidence: float | None = None) -> list[SourcePath]:
    """Each source of ``curve`` (the sources' curves table: ``strategy`` ``source:NAME``, ``n_labels``, ``metric``,
    ``test_size``) read against ``target`` at ``prices`` (``{name: {"price_per_label", "price_per_hour"}}``), and
    with ``confidence`` the fewest of its labels measured meeting it with that chance; a source whose curve lacks
    ``metric`` or holds no finite score is left out."""
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
        score = part[metric].astype(float)
        tested = (pd.to_numeric(part["test_size"], errors="coerce") if "test_size" in part.columns
                  else pd.Series(math.nan, index=part.index))
        p_reach = _p_reach(score, tested, target)
        met = part[score >= target]
        i = met.index[0] if len(met) else score.idxmax()
        sure = met.index[p_reach[met.index] >= confidence] if confidence is not None else met.index[:0]
        price = prices.get(source, {})
        per_label = price.get("price_per_label")
        reached = int(part.at[i, "n_labels"]) if len(met) else None
        sure_at = int(part.at[sure[0], "n_labels"]) if len(sure) else None
        n_test = float(tested[i])
        out.append(SourcePath(source, metric, float(target), reached, float(score[i]), int(part.at[i, "n_labels"]),
                              int(part["n_labels"].max()), int(n_test) if math.isfinite(n_test) else 0,
                              float(p_reach[i]), per_label, price.get("price_per_hour"),
                              None if reached is None or per_label is None else reached * float(per_label),
                              None if confidence is None else float(confidence), sure_at,
                              float(p_reach[sure[0]]) if len(sure) else math.nan,
                              None if sure_at is None or per_label is None else sure_at * float(per_label)))
    return out


def _p_reach(score: pd.Series, tested: pd.Series, target: float) -> pd.Series:
    """P(true score >= ``target``) at each measured ``score`` (the Jeffreys posterior on its ``tested`` human test
    labels); NaN where the test size is not known."""
    from planner.decide.measurement import jeffreys

    return pd.Series([jeffreys(float(y), float(n), target)[0] if math.isfinite(n) and n > 0 else math.nan
                      for y, n in zip(score, tested.astype(float))], index=score.index)


@dataclass(frozen=True)
class SourcePick:
    """The cheaper of the campaign's answer's path and training on a source alone, to the target from here.

    Parameters
    ----------
    target, confidence : float
    answer_strategy : str or None
        The strategy of the answer's path (None where the answer names none).
    answer_status : str
        ``priced``: the verdict prices the path (``answer_cost``); ``met``: the measured score meets the target,
        nothing more to buy (``answer_cost`` 0); ``unreached``: no path of the verdict reaches the target in most
        forecasts; ``unpriced``: the answer rests on the measurements alone (no forecast taken).
    answer_cost : float or None
        What the verdict prices the answer's path from here (the labels in hand sunk); None unless priced or met.
    answer_labels : float or None
        The labels the answer's path buys from here.
    answer_more_than : bool
        ``answer_cost`` is carried at the extrapolation limit: read "more than".
    source : str or None
        The cheapest source measured meeting the target with the confidence and priced per label.
    source_labels : int or None
    source_cost : float or None
    source_p : float
        P(true score >= target) at ``source_labels``.
    cheapest : str or None
        ``answer`` or ``source``; None where the two cannot be compared (no source measured at the target, the
        answer not priced, or a source dearer than an answer's price read "more than").
    by : float or None
        How much cheaper ``cheapest`` is (None where the other has no price: the answer's path not reaching).
    unmeasured : tuple of str
        The sources not measured meeting the target with the confidence.
    unpriced : tuple of str
        The sources measured meeting it without a price per label.
    """

    target: float
    confidence: float
    answer_strategy: str | None
    answer_status: str
    answer_cost: float | None
    answer_labels: float | None
    answer_more_than: bool
    source: str | None
    source_labels: int | None
    source_cost: float | None
    source_p: float
    cheapest: str | None
    by: float | None
    unmeasured: tuple = ()
    unpriced: tuple = ()

    def to_dict(self) -> dict:
        out = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in asdict(self).items()}
        out["unmeasured"], out["unpriced"] = list(self.unmeasured), list(self.unpriced)
        return out


def answer_price(answer) -> tuple[str, float | None, float | None, bool]:
    """(status, cost, labels bought, more than) of the path of ``answer`` (a
    :class:`planner.decide.next_step.NextStep`): its verdict's row for the answer's strategy, priced from the
    labels in hand (see :class:`SourcePick`'s ``answer_status``)."""
    if answer.act == "stop" and answer.reason == "met":
        return "met", 0.0, 0.0, False
    verdict = getattr(answer, "verdict", None)
    if verdict is None or answer.strategy is None:
        return "unpriced", None, None, False
    row = next((s for s in verdict.decision.strategies if s.strategy == answer.strategy), None)
    if row is None or answer.reason == "unreached" or not (row.reachable and math.isfinite(row.total_cost)):
        return "unreached", None, None, False
    return "priced", float(row.total_cost), float(row.labels_bought), "total_cost" in row.beyond_limit


def source_pick(answer, paths, confidence: float) -> SourcePick:
    """The cheaper of ``answer``'s path (:func:`answer_price`) and training on one of ``paths`` alone
    (:func:`source_paths` read with ``confidence``): see :class:`SourcePick`."""
    status, cost, labels, more = answer_price(answer)
    sure = [p for p in paths if p.sure_at is not None]
    priced = sorted((p for p in sure if p.sure_cost is not None), key=lambda p: (p.sure_cost, p.source))
    best = priced[0] if priced else None
    cheapest, by = None, None
    if best is not None and status == "unreached":
        cheapest = "source"
    elif best is not None and cost is not None:
        if best.sure_cost < cost:
            cheapest, by = "source", cost - best.sure_cost
        elif not more:
            cheapest, by = "answer", best.sure_cost - cost
    return SourcePick(float(answer.target), float(confidence), answer.strategy, status, cost, labels, more,
                      None if best is None else best.source, None if best is None else best.sure_at,
                      None if best is None else best.sure_cost, math.nan if best is None else best.sure_p,
                      cheapest, by, tuple(p.source for p in paths if p.sure_at is None),
                      tuple(p.source for p in sure if p.sure_cost is None))
