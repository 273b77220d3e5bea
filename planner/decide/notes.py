"""What a verdict's draws rest on, in the words its ``notes`` carry: single runs and neural learners.

The draws (:class:`planner.forecast.draws.Draws`) carry the facts; the notes
are part of the verdict's JSON (``alplan plan --json``) and of ``alplan fit``'s,
so their words are made here, once, for both.
"""

from __future__ import annotations

__all__ = ["draw_notes", "neural_note", "single_run_note"]


def single_run_note(strategy: str) -> str:
    """The note of a strategy measured on one run."""
    return (f"{strategy}: one run, so the run-to-run spread is unknown and the interval covers the fit only; "
            "measure 3 or more seeds")


def neural_note(models) -> str:
    """What a forecast of a neural network's curve should be read with ("" without neural ``models``)."""
    if not models:
        return ""
    return (f"model {', '.join(models)} is a neural network: on curves held out from every fit, neural learners' "
            "ranges held the truth less often than their level says (benchmarks/RESULTS.md); allow for more spread "
            "than shown")


def draw_notes(draws) -> list[str]:
    """The notes of a table's joint draws (:class:`planner.forecast.draws.Draws`): each single-run strategy's,
    then the neural learner's."""
    out = [single_run_note(s) for s in draws.single_run]
    if draws.neural_models:
        out.append(neural_note(draws.neural_models))
    return out
