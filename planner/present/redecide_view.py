"""A re-decision on a campaign's own labels (:class:`planner.decide.campaign.redecide.Redecision`) in words: the verdict's
text (:func:`planner.present.verdict_view.to_text`), what was treated as sunk, how the strategies were measured and
what that cannot see (the campaign's act and its command: :mod:`planner.present.next_step_view`)."""

from __future__ import annotations

import math

from planner.decide.campaign.redecide import Redecision
from planner.present.verdict_sentence import strategies_words
from planner.present.verdict_view import to_text
from planner.present.words import count, money, plural

__all__ = ["measured_line", "redecide_lines", "sunk_line", "sunk_text"]


def sunk_line(r: Redecision) -> str:
    """What the costs leave out as already paid."""
    return sunk_text(r.train_labels, r.test_labels, r.setup_paid_by,
                     r.decision.scenario.get("engineering_cost", math.nan))


def sunk_text(train_labels: int, test_labels: int, paid_by: str | None, setup_cost: float) -> str:
    """"Treated as sunk: ..." for a campaign's labels in hand and its AL set-up (``paid_by``: the AL strategy whose
    picks paid it, None where not paid)."""
    labels = (f"the {plural(train_labels, 'training label')} and {plural(test_labels, 'test label')} in hand "
              "(not charged again)")
    if paid_by is not None:
        paid = f"; AL's set-up ({money(setup_cost)}), paid when {paid_by} picked for the campaign"
    else:
        paid = (f"; AL's set-up ({money(setup_cost)}) is still charged to every AL path: the campaign has not picked "
                "with an AL strategy")
    return f"Treated as sunk: {labels}{paid}."


def measured_line(r: Redecision) -> str:
    """How the strategies were measured on the labels in hand, and what those runs cannot see."""
    m = r.measured
    active = [s for s in m["strategies"] if s != "random"]
    al = (f", {strategies_words(active)} to {count(m['budget'])}" if active else "")
    own = (f" of the {count(m['random_from'])} labels random picked (AL's picks are no random sample of the pool)"
           if m["random_from"] < r.train_labels else "")
    aside = m.get("set_aside") or []
    named = strategies_words(aside) if aside else ""
    told = (f" {named[:1].upper()}{named[1:]} led margin by no more than the runs' spread, so {'it is' if len(aside) == 1 else 'they are'} "
            "weighed as margin (margin is the AL path unless another leads it clearly)." if aside else "")
    return (f"Measured on your labels: {m['seeds']} runs each from {count(m['initial'])} of the "
            f"{plural(r.train_labels, 'training label')} ({count(m['batch_size'])} a round), random sampling to "
            f"{count(m['random_budget'])}{own}{al}, tested on the {plural(r.test_labels, 'test label')}; forecast for "
            f"the pool of {plural(r.pool_size, 'example')}.{told} These runs cannot see AL's advantage beyond the "
            "labeled set's size: picking from the whole pool, AL picks from far more examples.")


def redecide_lines(r: Redecision, metrics=None) -> list[str]:
    """The forecast of a campaign's answer in words: the verdict's text (``metrics``: its recommendation's lines
    where a source's option leads), what it treated as sunk and how the strategies were measured (the act and its
    command: :mod:`planner.present.next_step_view`)."""
    return [to_text(r.decision, metrics), sunk_line(r), measured_line(r)]
