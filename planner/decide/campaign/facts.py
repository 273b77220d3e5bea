"""The parts of a campaign's answer that its facts and its measurements give: what the campaign holds
(:class:`CampaignFacts`, read from its files by :mod:`planner.campaign`), its last measured round against the target
as the stop rule reads it (:class:`MeasuredPoint`, defined and built with the rule in
:mod:`planner.decide.campaign.stop_rule`, and importable here), what the pool reaches where the answer gives a target
up (:class:`Reach`) and the test split the question needs (:class:`Tell`). The answer's record
(:class:`planner.decide.campaign.answer.CampaignAnswer`) carries them; :mod:`planner.decide.campaign.next_step`
fills them in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import pandas as pd

from planner.decide.campaign.stop_rule import MeasuredPoint

__all__ = ["CampaignFacts", "MeasuredPoint", "Reach", "Tell"]


@dataclass(frozen=True)
class CampaignFacts:
    """What a campaign holds, read from its files (composed by :func:`planner.campaign.service.campaign_facts`).

    ``rounds``: every measured round, one row each (``round``, ``n_labels``, ``strategy``: the stretch that
    picked it, and the metric columns); empty before the first measure. ``round_out``: the current round's ids
    still out when none of them is labeled yet (0 otherwise). ``left``: pool
    ids never asked (what further orders can pick from). ``decide_at``: the count at which the order in force
    decides again (None: none set). ``refused``: strategies the campaign's learner cannot serve.
    ``forecast_from``: the training labels a forecast needs (every strategy is measured on them).
    ``sources_unmeasured``: the sources whose labels changed since their curves were last measured.
    ``splits``: each split round's two parts scored apart (``split.csv``; None or empty: no split round);
    ``split``: the AL strategy of the split order in force ("" where none is); ``test_out``: test ids drawn
    (``campaign next --test N``) and not labeled yet.
    """

    folder: str
    strategy: str
    batch_size: int
    train_labels: int
    test_labels: int
    left: int
    rounds: pd.DataFrame
    round: int = 0
    round_out: int = 0
    decide_at: int | None = None
    refused: tuple = ()
    forecast_from: int = 0
    sources_unmeasured: tuple = ()
    splits: pd.DataFrame | None = None
    split: str = ""
    test_out: int = 0

    @property
    def measured_labels(self) -> int | None:
        """The training labels of the last measured round; None before the first measure."""
        if self.rounds.empty:
            return None
        return int(self.rounds.sort_values("round")["n_labels"].iloc[-1])

    @property
    def measured_now(self) -> bool:
        """Whether the last measure scored the labels in hand: its training labels are those in hand and, where its
        row keeps the test labels it was scored on (``test_size``), so are the test labels (``campaign next --test
        N`` adds test ids); False before the first measure."""
        if self.measured_labels != self.train_labels:
            return False
        last = self.rounds.sort_values("round").iloc[-1]
        tested = last["test_size"] if "test_size" in last else None
        return tested is None or pd.isna(tested) or int(tested) == self.test_labels


@dataclass(frozen=True)
class Reach:
    """What the pool reaches where the answer gives a target up (``give up``): ``p_target``, the forecast's chance
    that some path reaches the target within the pool; ``score``, the highest score it reaches within the pool at the
    ``confidence`` asked (to a tenth of a point; NaN where not even the measured range's low is reached so); and on
    ``strategy``'s path to that score, ``labels_total`` (in all) and ``dollars`` from here (None: not told)."""

    p_target: float
    confidence: float
    score: float = math.nan
    strategy: str | None = None
    labels_total: int | None = None
    dollars: float | None = None

    def to_dict(self) -> dict:
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, d: dict | None) -> Reach | None:
        if not d:
            return None
        return cls(**{f.name: (math.nan if d[f.name] is None and f.name in ("p_target", "score") else d[f.name])
                      for f in fields(cls)})


@dataclass(frozen=True)
class Tell:
    """The test split the question needs: ``pool_score``, the forecast's median score with the pool's every id
    labeled (:func:`planner.decide.campaign.redecide.pool_score`); ``test_labels``, the test labels whose one measurement tells
    that score from the target at the confidence (``s (1 - s) (z / (s - T))^2``; None: no count does, a score at the
    target); ``more`` of them than in hand; ``dollars`` for those at the label price (None: no price); ``possible``:
    the pool's ids left hold them."""

    pool_score: float
    test_labels: int | None
    more: int | None
    dollars: float | None
    possible: bool

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict | None) -> Tell | None:
        return None if not d else cls(**{f.name: d[f.name] for f in fields(cls)})
