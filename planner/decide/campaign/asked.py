"""The question a campaign's answer answers, as the answer records it (the JSON's ``question``) and the campaign's
``question.json`` keeps it: :class:`AskedQuestion`. Standard library only.

The campaign's :class:`planner.campaign.question.Question` is what a command line or the page asks (with the budget,
the strategies and the seed the forecast runs on); :meth:`planner.campaign.question.Question.asked` is the part of
it an answer records, this record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["AskedQuestion"]


@dataclass(frozen=True)
class AskedQuestion:
    """The question an answer was asked: the ``target`` score on ``metric``, the stop rule's ``confidence`` and
    ``stop_chance`` (None: the confidence decides), and ``command`` (``plan`` or ``replan``) and ``flags``: the
    command line that asked it, the folder, --json and --report left out. :meth:`to_dict` writes the published
    layout (``docs/campaign_answer.schema.json``'s ``question``, and ``question.json``); :meth:`from_dict` reads it
    back; neither checks more than the layout's keys (:func:`planner.campaign.files.read_question` checks a file's
    values)."""

    command: str
    target: float
    metric: str
    confidence: float
    stop_chance: float | None
    flags: tuple[str, ...]

    def __post_init__(self):
        object.__setattr__(self, "command", str(self.command))
        object.__setattr__(self, "target", float(self.target))
        object.__setattr__(self, "metric", str(self.metric))
        object.__setattr__(self, "confidence", float(self.confidence))
        object.__setattr__(self, "stop_chance", None if self.stop_chance is None else float(self.stop_chance))
        object.__setattr__(self, "flags", tuple(str(f) for f in self.flags))

    def to_dict(self) -> dict:
        """The question's JSON, its keys in the published order."""
        return {"command": self.command, "target": self.target, "metric": self.metric,
                "confidence": self.confidence, "stop_chance": self.stop_chance, "flags": list(self.flags)}

    @classmethod
    def from_dict(cls, d: dict) -> AskedQuestion:
        """The question whose :meth:`to_dict` is ``d`` (a KeyError where a key is missing)."""
        return cls(d["command"], d["target"], d["metric"], d["confidence"], d["stop_chance"], d["flags"])

    def same_as(self, other: AskedQuestion | None) -> bool:
        """Whether ``other`` asks the same (target, metric, confidence, stop chance and flags): ``plan`` and
        ``replan`` ask the same."""
        return other is not None and replace(self, command=other.command) == other

    def stamped(self) -> dict:
        """What an answer's stamp digests of the question (:func:`planner.campaign.standing.answer_stamp`): its JSON
        without the command, as :meth:`same_as` compares it."""
        return {k: v for k, v in self.to_dict().items() if k != "command"}
