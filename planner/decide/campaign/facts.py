"""The parts of a campaign's answer that its facts and its measurements give: what the campaign holds
(:class:`CampaignFacts`, read from its files by :mod:`planner.campaign`), its last measured round against the target
as the stop rule reads it (:class:`MeasuredPoint`), what the pool reaches where the answer gives a target up
(:class:`Reach`) and the test split the question needs (:class:`Tell`). The answer's record
(:class:`planner.decide.campaign.answer.CampaignAnswer`) carries them; :mod:`planner.decide.campaign.next_step`
fills them in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from statistics import NormalDist

import pandas as pd

from planner.decide.campaign.measurement import score_se
from planner.decide.campaign.stop_rule import StopRule

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
    whose share has the score's noise (:func:`planner.decide.campaign.stop_rule.reading`); ``majority_share``: the largest
    class's share of the round's test labels, read from its confusion matrix (NaN: none kept), and ``macro_f1`` the
    round's macro-F1 (NaN: not measured), which :attr:`at_base_rate` reads."""

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
        size), which the count-based quantities read (:func:`planner.decide.campaign.stop_rule.trusted_score`)."""
        return float(self.effective_test) if math.isfinite(self.effective_test) else float(self.test_size)

    @property
    def stop_level(self) -> float:
        """The least ``p_met`` at which a measured hit stops (:attr:`planner.decide.campaign.stop_rule.StopRule.level`)."""
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
