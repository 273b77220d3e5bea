"""A measured reading the stop rule is not sure of, priced: the steps that would settle it and the cost of stopping.

Where a campaign's last measured round meets the target but P(true score >= target) is below the stop rule's level,
or reads below the target within the test split's noise of it (:attr:`planner.decide.campaign.stop_rule.MeasuredPoint.unsure`,
:mod:`planner.decide.campaign.stop_rule`), three steps are weighed, each priced at the user's label price,
as a cost-based stop weighs the next labels against the risk of stopping short (Pullar-Strecker et al. 2022,
"Hitting the target: stopping active learning at the cost-based optimum"):

- ``train``: more training labels. The model improves; the forecast says how many make the hit sure: the
  training labels at which the answer's strategy's forecast median reaches
  :func:`planner.decide.campaign.stop_rule.trusted_score`, the score the campaign's test split confirms by its count alone,
  in whole batches from the labels in hand (the order the answer gives, ``until`` ``sure``). Not possible without a
  forecast, where the forecast does not reach that score, or beyond the pool's ids left or the budget.
- ``test``: more test labels: the count whose one measurement would put the measured score above the target with
  the confidence (the measured point's ``settle_test_labels``), possible only where the pool's ids left hold them.
- ``stop``: stop now, with the chance that the true score is below the target (``1 - p_met``).

The answer recommends (``cheaper``) the step the pool allows that costs less in expectation (:func:`expected_labels`,
at one price per label a count of labels): ``train`` costs its labels; ``test`` its labels, plus, with the chance
``1 - p_met`` that they show the target missed, the training labels still needed after them (none where no
forecast names them). A tie goes to ``train``, which also improves the model; none where neither is possible: then
the test split's resolution is what it can and cannot show, and stopping is the step left. Where ``test`` is the
cheaper, the campaign's answer is that step (act ``test``: ``alplan campaign next DIR --test N`` draws the ids).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.decide.costs import labels_dollars, whole_batches
from planner.decide.campaign.stop_rule import trusted_score

__all__ = ["STEPS", "WHY", "PricedSettle", "SettleOption", "expected_labels", "forecast_labels", "price_settle",
           "price_of", "sure_labels"]

#: The steps weighed, in the order the answer states them.
STEPS = ("train", "test", "stop")
#: Why a step is not possible: no forecast taken; the forecast does not reach the trusted score (within the pool and
#: its extrapolation limit); more labels than the pool's ids left; beyond the budget; no count of test labels settles
#: it (a score at the target); the test labels alone already clear the target and the rounds before it doubt it.
WHY = ("no forecast", "unreached", "pool", "budget", "no count", "held out")


@dataclass(frozen=True)
class SettleOption:
    """One step: ``step`` (:data:`STEPS`), its ``labels`` more (None where no count is known), their ``dollars`` at
    the label price (None without a price or a count), whether the pool allows it (``possible``) and, where not,
    ``why`` (:data:`WHY`); ``labels_total``: for ``train``, the training labels in all at which the forecast reaches
    the trusted score."""

    step: str
    labels: int | None
    dollars: float | None
    possible: bool
    why: str | None = None
    labels_total: int | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class PricedSettle:
    """The priced steps of an unsure measured hit (see the module docstring): ``trusted_score`` on ``test_size``
    test labels at ``confidence``, the strategy whose forecast the ``train`` step reads, ``label_price`` (None where
    unknown), ``p_below`` = 1 - P(true score >= target), the ``options`` (one per :data:`STEPS`) and ``cheaper``:
    the recommended step (``train``, ``test``, or None where neither is possible)."""

    trusted_score: float
    test_size: int
    confidence: float
    strategy: str | None
    label_price: float | None
    p_below: float
    options: tuple
    cheaper: str | None

    def option(self, step: str) -> SettleOption:
        return next(o for o in self.options if o.step == step)

    @classmethod
    def from_dict(cls, d: dict) -> PricedSettle:
        """The priced steps :meth:`to_dict` wrote (the record's own keys beside them ignored)."""
        names = ("trusted_score", "test_size", "confidence", "strategy", "label_price", "p_below", "cheaper")
        return cls(**{k: d[k] for k in names}, options=tuple(SettleOption(**o) for o in d["options"]))

    def to_dict(self) -> dict:
        return {"trusted_score": self.trusted_score, "test_size": self.test_size, "confidence": self.confidence,
                "strategy": self.strategy, "label_price": self.label_price, "p_below": self.p_below,
                "options": [o.to_dict() for o in self.options], "cheaper": self.cheaper}


def price_of(label_price, verdict) -> float | None:
    """The user's label price: the answer's own (``label_price``), else the forecast's scenario's; None without."""
    price = label_price
    if price is None and verdict is not None:
        price = getattr(verdict.decision, "scenario", {}).get("price_per_label")
    try:
        price = float(price)
    except (TypeError, ValueError):
        return None
    return price if math.isfinite(price) and price >= 0 else None


def sure_labels(verdict, strategy: str, m) -> float:
    """The forecast's median training labels (in all) at which ``strategy`` reaches the score the test split
    confirms above the target (:func:`planner.decide.campaign.stop_rule.trusted_score` of the measured point ``m``); NaN where no
    forecast says (none taken, a score no forecast can be asked for, or beyond what it can tell)."""
    at_target = getattr(verdict, "at_target", None)
    if at_target is None or strategy is None:
        return math.nan
    score = trusted_score(m.target, m.test_noise_size, m.confidence)
    try:
        return forecast_labels(at_target(score), strategy) if score < 1.0 else math.nan
    except ValueError:   # a score no forecast can be asked for
        return math.nan


def forecast_labels(verdict, strategy: str) -> float:
    """The forecast's median labels to the target on ``strategy``'s path, in all (the labels in hand included); NaN
    where the path does not reach it, or its count lies beyond the extrapolation limit."""
    try:
        row = verdict.decision.row(strategy)
    except (KeyError, AttributeError):
        return math.nan
    if not row.reachable or "labels" in getattr(row, "beyond_limit", ()) or not math.isfinite(row.labels):
        return math.nan
    return float(row.labels)


def _train(m, f, verdict, strategy, budget, price: float | None) -> SettleOption:
    """More training labels: the forecast's median labels to the score the test split confirms on ``strategy``
    (:func:`sure_labels`), from the labels in hand in whole batches."""
    if verdict is None or getattr(verdict, "at_target", None) is None or strategy is None:
        return SettleOption("train", None, None, False, "no forecast")
    total = sure_labels(verdict, strategy, m)
    if not math.isfinite(total):
        return SettleOption("train", None, None, False, "unreached")
    more = f.batch_size * whole_batches(total - f.train_labels, f.batch_size, at_least=1)
    why = "pool" if more > f.left else "budget" if budget is not None and f.train_labels + more > budget else None
    return SettleOption("train", more, labels_dollars(more, price), why is None, why, int(round(total)))


def _test(m, price: float | None) -> SettleOption:
    """More test labels: the measured point's count that would settle it, within the pool's ids left."""
    need = m.settle_test_labels
    if not math.isfinite(need):
        return SettleOption("test", None, None, False, "no count")
    labels = int(math.ceil(need))
    if labels < 1:   # the count alone clears the target: it names no number that outweighs the rounds before it
        return SettleOption("test", None, None, False, "held out")
    why = None if m.settle_possible else "pool"
    return SettleOption("test", labels, labels_dollars(labels, price), why is None, why)


def expected_labels(train: SettleOption, test: SettleOption, p_met: float) -> tuple[float, float]:
    """(``train``'s, ``test``'s) labels in expectation, inf where the pool does not allow the step: ``train`` its
    labels; ``test`` its labels plus ``train``'s (none where not possible) with the chance ``1 - p_met`` that the
    larger test split shows the target missed."""
    after = float(train.labels) if train.possible else 0.0
    c_train = float(train.labels) if train.possible else math.inf
    c_test = float(test.labels) + (1.0 - float(p_met)) * after if test.possible else math.inf
    return c_train, c_test


def price_settle(m, facts, verdict, strategy: str | None, budget: float | None,
                 label_price: float | None) -> PricedSettle | None:
    """The priced steps of the measured point ``m`` (a :class:`planner.decide.campaign.stop_rule.MeasuredPoint`) where it is
    unsure (:attr:`~planner.decide.campaign.stop_rule.MeasuredPoint.unsure`); None otherwise. ``facts``: the campaign's
    (its labels in hand, batch size and ids left); ``verdict``: the forecast where one was taken, read through its
    ``at_target(score)`` (the verdict for another target on the same draws and prices) on ``strategy``'s path;
    ``budget``: the training labels the campaign may hold; ``label_price``: the user's (None: the forecast's)."""
    if m is None or not m.unsure:
        return None
    price = price_of(label_price, verdict)
    score = trusted_score(m.target, m.test_noise_size, m.confidence)
    train, test = _train(m, facts, verdict, strategy, budget, price), _test(m, price)
    stop = SettleOption("stop", 0, 0.0 if price is not None else None, True)
    c_train, c_test = expected_labels(train, test, m.p_met)
    cheaper = None if not (math.isfinite(c_train) or math.isfinite(c_test)) else "test" if c_test < c_train else "train"
    return PricedSettle(trusted_score=score, test_size=int(m.test_size), confidence=float(m.confidence),
                        strategy=strategy, label_price=price, p_below=min(max(1.0 - m.p_met, 0.0), 1.0),
                        options=(train, test, stop), cheaper=cheaper)
