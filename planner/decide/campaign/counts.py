"""The count to decide again at the latest: the labels in hand doubled. Standard library only, so that a light
command (``alplan campaign next``) reads it without loading the forecast."""

from __future__ import annotations

import math

__all__ = ["DECIDE_AT_MULTIPLE", "labels_doubled"]

#: A random path decides again at the latest, and an AL order runs until, the labels in hand reach this multiple of
#: themselves: they double.
DECIDE_AT_MULTIPLE = 2.0


def labels_doubled(labels_in_hand: float) -> int:
    """The training labels at which to decide again at the latest: the ``labels_in_hand`` doubled
    (:data:`DECIDE_AT_MULTIPLE`), a whole count. The verdict's re-decision (:func:`planner.decide.voi.decide_at`),
    a campaign's (:func:`planner.decide.campaign.redecide.redecide_at`, :func:`planner.decide.campaign.next_step.next_step`) and a
    random campaign's default ``--decide-at`` read it.

    >>> labels_doubled(120), labels_doubled(37.5)
    (240, 75)
    """
    return int(math.ceil(DECIDE_AT_MULTIPLE * float(labels_in_hand)))
