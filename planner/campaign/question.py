"""What the campaign's answer is asked (:class:`Question`) and at what prices (:class:`Prices`): the command line's
flags and the page's widgets, each turned into these two once by its adapter. Standard library only at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.decide.campaign.asked import AskedQuestion

__all__ = ["Prices", "Question"]


@dataclass(frozen=True)
class Question:
    """The question a campaign's answer answers: the ``target`` score on ``metric``, the stop rule's ``confidence``
    and ``stop_chance``, the ``budget`` (training labels the campaign may hold in all; None: none), the
    ``strategies`` the forecast measures (None: the defaults the learner can serve) and its ``seed``; ``command``
    and ``flags``: the command line that asked it, as the answer records it (``question.json``) and repeats it."""
    target: float
    metric: str = "accuracy"
    confidence: float = 0.9   # planner.decide.scenario.DEFAULTS['confidence'], the CLI's --confidence
    stop_chance: float | None = None
    budget: float | None = None
    strategies: tuple | None = None
    command: str = "plan"
    flags: tuple = ()
    seed: int = 0

    def asked(self):
        """The question as the answer records it and ``question.json`` keeps it (a
        :class:`planner.decide.campaign.asked.AskedQuestion`)."""
        return AskedQuestion(self.command, self.target, self.metric, self.confidence, self.stop_chance, self.flags)


@dataclass(frozen=True)
class Prices:
    """The prices a campaign's forecast is taken at, as values: the user's ``scenario`` (a
    :class:`planner.decide.costs.Scenario`, built once from the flags or the widgets), completed once the strategies
    are measured by the pool the user stated (``pool``: a :class:`planner.decide.inputs.PoolAsked`, whose
    --pool-accuracy rows are named by the curves' data set and learner; None: none stated;
    :func:`planner.decide.inputs.scenario_from_curves`); ``given``: the campaign-shaped fields the user set, kept;
    ``premium_stated``: AL's time premium was stated (else the campaign's measured one prices AL's labels);
    ``vendors``: the user's vendors table (None: the shipped one); ``test_size``: the test labels the forecast
    assumes (None: the campaign's). :attr:`label_price` is the scenario's."""
    scenario: object = None
    pool: object = None
    given: frozenset = field(default_factory=frozenset)
    premium_stated: bool = False
    vendors: object = None
    test_size: float | None = None

    @property
    def label_price(self) -> float | None:
        """The user's price per label (the scenario's ``price_per_label``; None where it has none, as under a
        vendor's price), which prices what would settle an unsure measured hit."""
        if self.scenario is None:
            return None
        try:
            return self.scenario.price_per_label
        except ValueError:
            return None
