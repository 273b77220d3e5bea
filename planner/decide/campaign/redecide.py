"""Re-deciding on a campaign's own labels (``alplan plan CAMPAIGN_DIR``): the sunk costs, the verdict, the next step.

The curves come from every candidate strategy simulated on the labels in hand
(the campaign composes that: :mod:`planner.campaign.in_hand`); this module
prices them for the rest of the pool. What was already paid is sunk
(:func:`sunk_scenario`, the scenario's :class:`planner.decide.costs.Standing`):
the training labels in hand are not billed again (``labels_in_hand``), nor an AL
set-up the campaign already paid for by picking with an AL strategy
(``setup_paid``); the test labels were never
part of a path's price. An AL path from here starts from the labels in hand
(its initial set) and buys the campaign's order size a round.

:class:`Redecision` carries the verdict with the campaign's facts and the next
step: on a random path, the count at which to decide again (the verdict's own,
at the latest when the labels in hand double: :func:`planner.decide.campaign.counts.labels_doubled`, the one
count of that rule); on an AL path, the strategy to switch to.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from planner.decide.costs import Scenario, Standing
from planner.decide.campaign.counts import labels_doubled
from planner.decide.paths import measured_levels
from planner.decide.results import Decision
from planner.decide.summaries import json_number
from planner.forecast.draws import RANDOM

__all__ = ["CURVE_SUNK_COLUMNS", "CurveSunk", "Redecision", "curve_sunk", "in_campaign_labels", "pool_score",
           "redecide_at", "sunk_from", "sunk_scenario", "told_from_margin"]

#: The columns a campaign's ``curve.csv`` carries beside its curve (``alplan campaign measure`` writes them, the same on
#: every row): the training labels in hand, the test labels in hand, the AL strategy whose picks paid the set-up
#: (empty: not paid), the examples a path may label (the pool without its test split) and the next order's size.
CURVE_SUNK_COLUMNS = ("labels_in_hand", "test_size", "setup_paid_by", "pool_size", "batch_size")


@dataclass(frozen=True)
class CurveSunk:
    """What a campaign has paid for, read from its curve's columns (:func:`curve_sunk`); the fields of
    ``planner.campaign.in_hand.Sunk``, which reads them from the campaign's folder."""

    train_labels: int
    test_labels: int
    paid_by: str | None
    pool_size: int
    batch_size_now: int


def curve_sunk(curves) -> CurveSunk | None:
    """What the campaign whose measured curve is ``curves`` has paid for (:data:`CURVE_SUNK_COLUMNS`), or None for a
    table without a ``labels_in_hand`` column (not a campaign's curve).

    Raises
    ------
    ValueError
        One line: a column missing, or not one value on every row (whole numbers >= 1; ``pool_size`` at least
        ``labels_in_hand``), naming it and the fix.
    """
    columns = {str(c).strip().lower(): c for c in getattr(curves, "columns", ())}
    if "labels_in_hand" not in columns:
        return None
    fix = "measure the campaign again (`alplan campaign measure DIR`) and use its curve.csv as written"
    missing = [c for c in CURVE_SUNK_COLUMNS if c not in columns]
    if missing:
        raise ValueError(f"the campaign's curve has labels_in_hand but lacks {', '.join(missing)}: {fix}")
    facts = {}
    for name in CURVE_SUNK_COLUMNS:
        column = curves[columns[name]]
        if name == "setup_paid_by":
            values = column.dropna().astype(str).str.strip().unique()
            values = [v for v in values if v]
            if len(set(values)) > 1:
                raise ValueError(f"the campaign's setup_paid_by column must name one strategy on every row, got "
                                 f"{', '.join(sorted(set(values))[:3])}: {fix}")
            facts[name] = values[0] if values else None
            continue
        values = pd.to_numeric(column, errors="coerce").unique()
        one = values[0] if values.size == 1 else math.nan
        if not (math.isfinite(one) and 1 <= one <= 1e12 and one == int(one)):
            raise ValueError(f"the campaign's {name} column must hold one whole number >= 1 on every row, got "
                             f"{', '.join(f'{v:g}' for v in values[:3])}: {fix}")
        facts[name] = int(values[0])
    if facts["pool_size"] < facts["labels_in_hand"]:
        raise ValueError(f"the campaign's pool_size {facts['pool_size']:,} is smaller than its labels_in_hand "
                         f"{facts['labels_in_hand']:,}: {fix}")
    return CurveSunk(facts["labels_in_hand"], facts["test_size"], facts["setup_paid_by"], facts["pool_size"],
                     facts["batch_size"])


def told_from_margin(curves, preferred: str = "margin"):
    """``curves`` (every strategy simulated on a campaign's labels in hand) without the AL strategies that the runs
    cannot tell from ``preferred``, and their names: at the largest label count both measured, the runs' paired
    differences (the same seed, the same initial set) must lead ``preferred`` by more than their spread (their
    mean above their standard deviation). Runs on a few dozen labels pick among AL strategies by noise
    otherwise, and an extrapolation from them is no ground to leave margin, the preferred AL strategy. Unchanged
    where ``preferred`` was not measured."""
    names = list(dict.fromkeys(curves["strategy"].astype(str)))
    if preferred not in names or "seed" not in curves.columns:
        return curves, ()
    base = curves[curves["strategy"].astype(str) == preferred]
    aside = []
    for s in names:
        if s in (preferred, RANDOM):
            continue
        own = curves[curves["strategy"].astype(str) == s]
        common = set(own["n_labels"]) & set(base["n_labels"])
        if not common:
            continue
        at = max(common)
        a = own[own["n_labels"] == at].groupby("seed")["accuracy"].mean()
        b = base[base["n_labels"] == at].groupby("seed")["accuracy"].mean()
        d = (a - b).dropna()
        lead = float(d.mean()) if len(d) else math.nan
        spread = float(d.std(ddof=1)) if len(d) > 1 else math.inf
        if not lead > spread:
            aside.append(s)
    if not aside:
        return curves, ()
    kept = curves[~curves["strategy"].astype(str).isin(aside)].reset_index(drop=True)
    kept.attrs = dict(curves.attrs)
    return kept, tuple(aside)


def sunk_scenario(scenario: Scenario, *, labels_in_hand: int, setup_paid: bool, pool_size: int,
                  batch_size: int, given: frozenset = frozenset(), n_classes: int | None = None) -> Scenario:
    """``scenario`` with the campaign's sunk costs (its :class:`planner.decide.costs.Standing`) and its pool's shape
    (:class:`planner.decide.costs.PoolShape`): the training labels in hand (also an AL path's initial set), the
    set-up paid or not, the pool left to label, the order size and the campaign's class count (``n_classes``, where
    known: two at least); ``given`` names the fields the user set (``pool_size``, ``batch_size``,
    ``initial_labels``, ``n_classes``), which are kept.

    Raises
    ------
    ValueError
        One line: a user's pool smaller than the labels in hand.
    """
    standing = replace(scenario.standing or Standing(), labels_in_hand=int(labels_in_hand),
                       setup_paid=bool(setup_paid))
    shape = [("pool_size", pool_size), ("batch_size", batch_size), ("initial_labels", labels_in_hand)]
    if n_classes is not None and int(n_classes) >= 2:
        shape.append(("n_classes", n_classes))
    changes = {field: int(value) for field, value in shape if field not in given or getattr(scenario, field) is None}
    out = replace(scenario.with_pool(**changes), standing=standing)
    if out.pool_size is not None and out.pool_size < labels_in_hand:
        raise ValueError(f"--pool-size {out.pool_size:,} is smaller than the {labels_in_hand:,} training labels in "
                         "hand: give the whole pool's size (without the test split), or leave --pool-size out")
    out.validate()
    return out


def sunk_from(scenario: Scenario, sunk, given: frozenset = frozenset()) -> Scenario:
    """:func:`sunk_scenario` of what a campaign paid for, ``sunk`` (its training labels, the strategy that paid the
    set-up or None, its pool without the test split, its order size and, where it knows it, its class count: a
    :class:`CurveSunk` read from a curve, or what :mod:`planner.campaign` reads from a folder): the one way every
    surface prices a campaign from here (``plan`` on a campaign's curve, ``plan DIR``, the page)."""
    return sunk_scenario(scenario, labels_in_hand=sunk.train_labels, setup_paid=sunk.paid_by is not None,
                         pool_size=sunk.pool_size, batch_size=sunk.batch_size_now, given=given,
                         n_classes=getattr(sunk, "n_classes", None))


def pool_score(plan, scenario: Scenario, labels_in_hand: int) -> float:
    """The median over ``plan``'s draws of random sampling's score with the pool's every id labeled
    (``scenario.pool_size``): each draw's climb from the labels in hand to the pool's end added to the true score the
    campaign measured at the labels in hand (that draw's level, :func:`planner.decide.paths.measured_levels`), or the
    draw's own score there where nothing was measured; NaN without a pool larger than the labels in hand."""
    end = scenario.pool_size
    if end is None or end <= labels_in_hand or RANDOM not in plan.strategies:
        return math.nan
    acc = plan.draws.get(RANDOM).accuracy([float(labels_in_hand), float(end)])
    levels = measured_levels(scenario, plan.n_draws, plan.seed)
    ends = acc[:, 1] if levels is None else np.clip(levels + np.maximum(acc[:, 1] - acc[:, 0], 0.0), 0.0, 1.0)
    return float(np.median(ends))


def redecide_at(decision: Decision, *, labels_in_hand: int, pool_size: int, share: float) -> float:
    """On a random path (``action_now`` random, or random then decide): the campaign's label count at which to decide
    again; NaN on any other path.

    The verdict's own count (:attr:`Decision.decide_at_labels`) is a count of random sampling's runs on the labeled
    set, which label ``share`` of it: the campaign holds ``count / share`` labels when a re-decision measures that
    far. At the latest when the labels in hand double, within the pool.
    """
    if decision.action_now not in ("random", "random_then_decide"):
        return math.nan
    latest = labels_doubled(int(labels_in_hand))
    at = decision.decide_at_labels
    count = latest if not math.isfinite(at) else min(latest, math.ceil(float(at) / float(share)))
    count = min(max(count, int(labels_in_hand) + 1), int(pool_size))
    return float(count) if count > labels_in_hand else math.nan


def in_campaign_labels(decision: Decision, at: float, *, labels_in_hand: int) -> Decision:
    """``decision`` whose count to decide again at (its ``decide_later``'s, read by the sentence and the JSON) is
    ``at``, the campaign's own count (:func:`redecide_at`), counted from the ``labels_in_hand``: one count in every
    part of the answer. Without its pilot extension: a campaign runs one strategy at a time, so measuring every
    strategy further is not an act it can take (its answer's next order measures further)."""
    decision = replace(decision, pilot_extension=None)
    later = decision.decide_later
    if later is None:
        return decision
    if not math.isfinite(at) or not math.isfinite(decision.decide_at_labels):
        return replace(decision, decide_later=replace(later, labels_in_hand=float(labels_in_hand)))
    return replace(decision, decide_later=replace(later, labels=float(at), labels_in_hand=float(labels_in_hand)))


@dataclass(frozen=True)
class Redecision:
    """The verdict on a campaign's own labels, with what it treated as sunk and the next step.

    Parameters
    ----------
    decision : Decision
        The verdict for the rest of the pool (its rows priced under :func:`sunk_scenario`).
    folder : str
        The campaign's folder, as the user named it.
    strategy_now : str
        The strategy of the campaign's next round as it stands.
    train_labels, test_labels : int
        Labels in hand (sunk).
    setup_paid_by : str or None
        The AL strategy whose picks paid the set-up; None where it is not paid.
    setup_cost : float
        What the set-up costs (sunk where ``setup_paid_by`` is set).
    pool_size : int
        Examples a path may label (the pool without its test split).
    measured : dict
        How the strategies were measured on the labels in hand: ``strategies``, ``seeds``, ``initial``,
        ``batch_size``, ``budget`` and ``share`` (an AL strategy's labels a run, and their share of the labeled set),
        ``random_budget`` and ``random_share`` (random sampling's), ``random_from`` (the labels random's runs read:
        those random picked where the campaign also holds labels AL picked).
    decide_at_labels : float
        On a random path, the campaign's count at which to decide again (:func:`redecide_at`); NaN otherwise.
    pool_score : float
        The forecast's median score with the pool's every id labeled (random sampling's draws there, continued from
        the campaign's measured score: :func:`pool_score`); NaN where not told.
    reach_at : callable or None
        ``reach_at(score) -> float``: the chance that some path reaches ``score`` within the pool on the same draws
        and prices (one less ``at_target(score)``'s ``probability_no_path``, without the rest of its verdict); None
        where not built.
    at_target : callable or None
        ``at_target(score) -> Redecision``: the verdict for another target on the same draws, scenario and vendors
        (what prices the training labels that would settle an untrusted measured hit,
        :mod:`planner.decide.campaign.settle`); None where not built.
    plan, scenario : object or None
        The forecast's :class:`planner.decision.Plan` (its draws) and the scenario it was priced under (sunk, at the
        campaign's measured premium): what a report of it and its charts read (the command line's --report, the
        page's cost by target); None where not built.
    """

    decision: Decision
    folder: str
    strategy_now: str
    train_labels: int
    test_labels: int
    setup_paid_by: str | None
    setup_cost: float
    pool_size: int
    measured: dict
    decide_at_labels: float = math.nan
    pool_score: float = math.nan
    at_target: object = field(default=None, compare=False, repr=False)
    reach_at: object = field(default=None, compare=False, repr=False)
    plan: object = field(default=None, compare=False, repr=False)
    scenario: object = field(default=None, compare=False, repr=False)

    @property
    def next_strategy(self) -> str | None:
        """The strategy of the next command: the AL pick, random on a random path, None where no path reaches."""
        action = self.decision.action_now
        if action == "active_learning":
            return self.decision.recommendation
        if action in ("random", "random_then_decide"):
            return RANDOM
        return None

    @property
    def sunk_labels(self) -> int:
        return int(self.train_labels + self.test_labels)

    def to_dict(self) -> dict:
        """The verdict's JSON (``Decision.to_dict``), its ``decide_at_labels`` in the campaign's labels, and a
        ``campaign`` part: the sunk costs and how the strategies were measured (the campaign's answer adds its next
        step: :mod:`planner.campaign.service`)."""
        out = self.decision.to_dict()
        out["decide_at_labels"] = json_number(self.decide_at_labels)
        out["pool_score"] = json_number(self.pool_score)
        out["campaign"] = {
            "folder": self.folder, "strategy_now": self.strategy_now,
            "labels_in_hand": {"training": self.train_labels, "test": self.test_labels},
            "sunk": {"labels": self.sunk_labels, "setup_paid": self.setup_paid_by is not None,
                     "setup_paid_by": self.setup_paid_by,
                     "setup_cost": json_number(self.setup_cost) if self.setup_paid_by else 0.0},
            "pool_size": self.pool_size, "measured_on_labels_in_hand": dict(self.measured),
        }
        return out
