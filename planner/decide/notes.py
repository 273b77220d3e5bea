"""What a verdict's draws rest on, in the words its JSON carries: each curve's basis, single runs, neural learners.

The draws (:class:`planner.forecast.draws.Draws`) carry the facts; these words
are part of the answers' JSON (``alplan plan --json``'s notes, ``alplan replan
--json``'s basis, ``alplan fit --json``'s notes), so they are made here, once,
for all of them.
"""

from __future__ import annotations

__all__ = ["basis", "draw_notes", "neural_note", "single_run_note", "SINGLE_RUN_ADVICE"]


def basis(d) -> str:
    """What one strategy's draws rest on (:class:`planner.forecast.draws.StrategyDraws` or
    :class:`planner.forecast.draws.TransferredDraws`)."""
    if d.kind == "transferred" and getattr(d, "inverse", False):
        return (f"transferred from {d.base.strategy}'s curve / its label-efficiency ratio {d.ratio_median:.2f} "
                f"({d.ratio_low:.2f}-{d.ratio_high:.2f} over {len(d.proxies)} "
                f"prox{'ies' if len(d.proxies) != 1 else 'y'})")
    if d.kind == "transferred":
        return (f"transferred from random's curve x label-efficiency ratio {d.ratio_median:.2f} "
                f"({d.ratio_low:.2f}-{d.ratio_high:.2f} over {len(d.proxies)} "
                f"prox{'ies' if len(d.proxies) != 1 else 'y'})")
    return f"measured on {d.runs} run{'s' if d.runs != 1 else ''} up to {d.n_max:,.0f} labels"


#: What the single-run note advises (a campaign, one run by nature, is advised otherwise: planner.present.steering_view).
SINGLE_RUN_ADVICE = "measure 3 or more seeds"


def single_run_note(strategy: str) -> str:
    """The note of a strategy measured on one run."""
    return (f"{strategy}: one run, so the run-to-run spread is unknown and the interval covers the fit only; "
            f"{SINGLE_RUN_ADVICE}")


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
