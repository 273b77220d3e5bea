"""The one place a :class:`~planner.decide.costs.Scenario` is built from user inputs (CLI flags, dashboard widgets).

The CLI (``alplan plan`` / ``replan``) and the dashboard (``app.py``) each used
to call ``Scenario(...)`` themselves, and the dashboard left out the number of
classes, the label error, the votes and the confidence, so its label-noise
correction silently assumed 10 classes. :func:`build_scenario` takes every
input as a *required* keyword: a caller that forgets one fails at once instead
of falling back to a default without a word.

>>> s = build_scenario(label_price=0.5, vendor=None, engineering_days=5, day_rate=400, salary=None,
...                    working_weeks=50, compute_per_round=0.1, gpu_hours_per_round=None, gpu_hour_price=None,
...                    final_compute=None, turnaround_days=1, batch_size=None, initial=None, pool_size=None,
...                    qa_multiplier=1, delay_cost_per_day=0, label_error=0.1, n_classes=2, votes=1,
...                    confidence=0.9)
>>> s.n_classes, s.label_error
(2, 0.1)
"""

from __future__ import annotations

from planner.decide.costs import DEFAULT_DAY_RATE, DEFAULT_TURNAROUND_DAYS, PoolShape, Scenario

__all__ = ["DEFAULTS", "build_scenario"]

#: The scenario's defaults: one set, read by the page's widgets and the CLI's flags (``alplan plan``,
#: ``replan``). ``label_price`` is the page's starting price; the CLI asks for --label-price or --vendor.
DEFAULTS: dict[str, float | int] = {
    "label_price": 0.50,
    "engineering_days": 5.0,
    "day_rate": DEFAULT_DAY_RATE,
    "salary": 100_000.0,
    "working_weeks": 50.0,
    "compute_per_round": 0.10,
    "turnaround_days": DEFAULT_TURNAROUND_DAYS,
    "qa_multiplier": 1.0,
    "delay_cost_per_day": 0.0,
    "n_classes": 10,
    "votes": 1,
    "confidence": 0.9,
}


def build_scenario(
    *,
    label_price: float | None,
    vendor: str | None,
    engineering_days: float,
    day_rate: float | None,
    salary: float | None,
    working_weeks: float,
    compute_per_round: float,
    gpu_hours_per_round: float | None,
    gpu_hour_price: float | None,
    final_compute: float | None,
    turnaround_days: float | None,
    batch_size: int | None,
    initial: int | None,
    pool_size: int | None,
    qa_multiplier: float,
    delay_cost_per_day: float,
    label_error: float | None,
    n_classes: int,
    votes: int,
    confidence: float,
    al_label_premium: float | None = None,
) -> Scenario:
    """A validated Scenario from the user's inputs (names as the CLI flags, every one required).

    ``label_price`` or ``vendor`` (a row of the vendors table, whose price,
    turnaround, error rate and minimum order then apply); ``day_rate`` or
    ``salary`` (with ``working_weeks``); ``compute_per_round`` in dollars, or
    ``gpu_hours_per_round`` x ``gpu_hour_price``. ``al_label_premium``: AL's picked labels cost this many times
    a random label (None: not stated, priced as 1.0).

    Raises
    ------
    ValueError
        One line naming the input (as its CLI flag) and the fix.
    """
    if label_price is None and vendor is None:
        raise ValueError("give --label-price (dollars per label) or --vendor NAME (see --vendors)")
    if day_rate is not None and salary is not None:
        raise ValueError("give --day-rate or --salary (with --working-weeks), not both")
    if gpu_hours_per_round is not None or gpu_hour_price is not None:
        if gpu_hours_per_round is None or gpu_hour_price is None:
            raise ValueError("give both --gpu-hours-per-round and --gpu-hour-price (or --compute-per-round in $)")
        if compute_per_round:
            raise ValueError("give --compute-per-round or --gpu-hours-per-round with --gpu-hour-price, not both")
        compute_per_round = float(gpu_hours_per_round) * float(gpu_hour_price)
    scenario = Scenario(  # values as given: Scenario.validate names a bad one (no silent int() or float())
        label_price=label_price,
        engineering_days=engineering_days,
        day_rate=day_rate,
        yearly_salary=salary,
        working_weeks=working_weeks,
        compute_per_round=compute_per_round,
        final_compute=final_compute,
        turnaround_days=turnaround_days,
        pool=PoolShape(pool_size=pool_size, batch_size=batch_size, initial_labels=initial, n_classes=n_classes),
        qa_multiplier=qa_multiplier,
        delay_cost_per_day=delay_cost_per_day,
        label_error=label_error,
        votes=votes,
        vendor=vendor,
        confidence=confidence,
        al_label_premium=al_label_premium,
    )
    scenario.validate()
    return scenario
