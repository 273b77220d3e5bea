"""What a path to a target accuracy costs: labels, engineering, compute, time.

A :class:`Scenario` holds the prices; :func:`path_costs` prices a number of
labels for one strategy (vectorised, so the bootstrap samples of a forecast are
priced in one call). Random sampling buys all its labels in one batch (one
order, no engineering, no per-round compute); an active-learning (AL) strategy
buys an initial set and then ``ceil((labels - initial) / batch_size)`` rounds
(:func:`whole_batches`, the one rounding of an order to whole batches)
of ``batch_size`` labels, each round paying retraining + pool scoring compute
and one vendor turnaround.

Label noise: :func:`majority_vote_error` (repeated labeling, exact binomial)
and :func:`effective_sample_factor` (the effective-sample-size approximation
used when no curves were simulated at the vendor's error rate).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
import functools
import warnings

import numpy as np

__all__ = [
    "DEFAULT_DAY_RATE",
    "DEFAULT_TURNAROUND_DAYS",
    "WORKDAYS_PER_WEEK",
    "PoolShape",
    "Scenario",
    "Standing",
    "day_rate_from_salary",
    "effective_sample_factor",
    "fixed_costs",
    "hourly_price",
    "labels_dollars",
    "majority_vote_error",
    "path_costs",
    "round_cost",
    "whole_batches",
]

DEFAULT_DAY_RATE = 400.0  # $ per engineering day when neither a rate nor a salary is given
DEFAULT_TURNAROUND_DAYS = 2.0  # vendor days per labeling batch when none is given
WORKDAYS_PER_WEEK = 5


def labels_dollars(labels, price_per_label):
    """What ``labels`` labels cost at ``price_per_label``: the one pricing of a count of labels, which a path's
    label cost (:func:`path_costs`, at the labels it bills), a settle step (:mod:`planner.decide.campaign.settle`) and a
    source's path (:mod:`planner.decide.campaign.source_path`) read. None without a count or a price; a float for a number,
    floats for an array.

    >>> labels_dollars(40, 0.5), labels_dollars(None, 0.5), labels_dollars(40, None)
    (20.0, None, None)
    """
    if labels is None or price_per_label is None:
        return None
    cost = np.asarray(labels, dtype=float) * float(price_per_label)
    return float(cost) if cost.ndim == 0 else cost


def hourly_price(price_per_hour: float, seconds_per_label: float) -> float:
    """The price of a label paid by the hour: ``price_per_hour * seconds_per_label / 3600`` (``--price-per-hour``
    with ``--seconds-per-label``, a source's hourly rate at its measured seconds a label).

    >>> hourly_price(45, 10)
    0.125
    """
    return float(price_per_hour) * float(seconds_per_label) / 3600.0


def whole_batches(labels, batch_size: int, *, at_least: int = 0):
    """The whole batches of ``batch_size`` an order of ``labels`` takes: ``ceil(labels / batch_size)``, at least
    ``at_least`` (a count a float's hair above whole batches, under 1e-12 of a batch, takes none more). An int for
    a number, floats for an array (the bootstrap's counts priced in one call).

    >>> whole_batches(250, 100), whole_batches(200, 100), whole_batches(0, 100, at_least=1)
    (3, 2, 1)
    """
    rounds = np.maximum(np.ceil(np.asarray(labels, dtype=float) / batch_size - 1e-12), float(at_least))
    return int(rounds) if rounds.ndim == 0 else rounds


def day_rate_from_salary(yearly_salary: float, working_weeks: float = 50.0) -> float:
    """Cost of one engineering day from a yearly salary.

    ``100_000 / (50 weeks * 5 days) = 400`` $ a day, so two weeks cost $4,000.
    """
    return float(yearly_salary) / (float(working_weeks) * WORKDAYS_PER_WEEK)


def majority_vote_error(error_rate: float, votes: int) -> float:
    """Error of the majority of ``votes`` independent labels, each wrong w.p. ``error_rate``.

    Exact binomial: the majority is wrong when fewer than half the votes are
    right; an exact tie (even ``votes``) is broken by a coin flip. This treats
    every wrong vote as agreeing with the others (the binary worst case), so it
    is an upper bound on the plurality error over more than two classes.

    Examples
    --------
    >>> round(majority_vote_error(0.1, 3), 3)   # 3 e^2 (1 - e) + e^3
    0.028
    """
    e = float(error_rate)
    k = int(votes)
    if k < 1:
        raise ValueError(f"votes must be at least 1, got {votes}")
    if not 0.0 <= e <= 1.0:
        raise ValueError(f"error rate must be in [0, 1], got {error_rate}")
    if k == 1:
        return e
    def pmf(j: int) -> float:  # P(exactly j of the k votes are right)
        return math.comb(k, j) * (1.0 - e) ** j * e ** (k - j)

    wrong_majority = sum(pmf(j) for j in range((k - 1) // 2 + 1))  # fewer than k/2 right
    tie = pmf(k // 2) if k % 2 == 0 else 0.0
    return float(wrong_majority + 0.5 * tie)


def effective_sample_factor(error_rate: float, n_classes: int) -> float:
    """Fraction of a clean sample that ``n`` labels with flip rate ``e`` are worth.

    ``n_eff = n * (1 - e * C / (C - 1)) ** 2`` for labels flipped uniformly to
    one of the other ``C - 1`` classes: the label's correlation with the truth
    shrinks by ``1 - e C / (C - 1)``. An approximation, used only when the
    curves table holds no runs simulated at that noise rate.
    """
    c = int(n_classes)
    if c < 2:
        raise ValueError(f"n_classes must be at least 2, got {n_classes}")
    shrink = 1.0 - float(error_rate) * c / (c - 1)
    if shrink <= 0:
        raise ValueError(
            f"a label error rate of {error_rate:g} over {c} classes carries no signal; "
            f"it must be below {(c - 1) / c:.3g}"
        )
    return shrink**2


#: Upper bounds of the scenario's numbers: beyond them a value is a typo (1e308 overflows every cost into
#: inf or 300-digit dollars), never a plan. Keyed by field name.
UPPER_BOUNDS: dict[str, float] = {
    "label_price": 1e6,          # $ per label
    "day_rate": 1e6,             # $ per engineering day
    "yearly_salary": 1e9,        # $
    "engineering_days": 36_500,  # 100 years
    "compute_per_round": 1e9,    # $
    "final_compute": 1e9,        # $
    "turnaround_days": 3_650,    # 10 years a batch
    "qa_multiplier": 1_000,
    "delay_cost_per_day": 1e9,   # $
    "batch_size": 1e9,           # labels
    "pool_size": 1e12,
    "initial_labels": 1e9,
    "n_classes": 1e6,
    "votes": 99,
    "min_order": 1e9,
    "al_label_premium": 1_000,   # AL's labels at most a thousand times random's
    "labels_in_hand": 1e12,
    "short_at": 1e12,
}


def _finite_nonneg(name: str, value, *, flag: str, high: float | None = None) -> None:
    if value is None:
        return
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}; fix {flag}") from None
    if not math.isfinite(v) or v < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value}; fix {flag}")
    if high is not None and v > high:
        raise ValueError(f"{name} must be at most {high:,.0f}, got {value:g}; fix {flag}")


def _whole_at_least(name: str, value, low: int, flag: str) -> None:
    """A whole number from ``low`` to its :data:`UPPER_BOUNDS` entry (None passes), or one line naming ``flag``."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
        raise ValueError(f"{name.replace('_', ' ')} must be a whole number >= {low}, got {value!r}; fix {flag}")
    if value > UPPER_BOUNDS[name]:
        raise ValueError(f"{name.replace('_', ' ')} must be at most {UPPER_BOUNDS[name]:,.0f}, "
                         f"got {int(value):,}; fix {flag}")


@dataclass(frozen=True)
class Standing:
    """What a campaign re-deciding on its own labels has sunk and where it measured: the part of a
    :class:`Scenario` that is a campaign's history, not a price (:attr:`Scenario.standing`, built by
    :func:`planner.decide.campaign.redecide.sunk_scenario`; the measured point by
    :func:`planner.decide.campaign.next_step.measured_from`).

    Parameters
    ----------
    labels_in_hand : int
        Training labels already bought: sunk, so a path is billed only for the labels it needs beyond them
        (``max(billed - labels_in_hand, 0)``). 0: nothing in hand.
    setup_paid : bool
        AL's engineering set-up is already done (the campaign has picked with an AL strategy): sunk, so an AL path
        is charged neither its engineering days nor their calendar time.
    short_at : int
        The training labels at which a campaign measured its score short of the target (0: none): no path reaches
        the target at or below that count, whatever a forecast from runs on a subset of them says.
    measured_score, measured_test_size : float or None, int
        The score the campaign measured at ``short_at`` training labels and the test labels it was measured on
        (None, 0: none). Every path then continues its own forecast curve from that score: in each draw the labels
        it still buys are those its curve needs to climb from the measured score (a draw of its Jeffreys posterior)
        to the target (:func:`planner.decide.paths.from_measured`).
    measured_strategy : str or None
        The strategy that picked the campaign's last measured round: the curve the campaign climbs from its
        measured score (None: random).
    """

    labels_in_hand: int = 0
    setup_paid: bool = False
    short_at: int = 0
    measured_score: float | None = None
    measured_test_size: int = 0
    measured_strategy: str | None = None

    def validate(self) -> None:
        """Raise ``ValueError`` with one line naming the bad value and the fix."""
        _whole_at_least("labels_in_hand", self.labels_in_hand, 0, "the campaign's labels")
        _whole_at_least("short_at", self.short_at, 0, "the campaign's measured labels")
        if self.measured_score is not None:
            v = float(self.measured_score)
            n = self.measured_test_size
            if not math.isfinite(v) or not 0.0 <= v <= 1.0:
                raise ValueError(f"measured score must be a share in [0, 1], got {self.measured_score!r}; fix the "
                                 "campaign's measured.csv (run `alplan campaign measure DIR`)")
            if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1 or not self.short_at:
                raise ValueError(f"a measured score needs its test labels (>= 1, got {n!r}) and the training labels "
                                 "it was measured at; fix the campaign's measured.csv")
        if not isinstance(self.setup_paid, (bool, np.bool_)):
            raise ValueError(f"setup_paid must be True or False, got {self.setup_paid!r}")


#: A fresh project's standing: nothing sunk, nothing measured (:attr:`Scenario.standing` None).
NOTHING_SUNK = Standing()


@dataclass(frozen=True)
class PoolShape:
    """The shape of the pool a project labels from: its size, its AL rounds' sizes, its classes and the accuracy
    it reaches labeled whole; the part of a :class:`Scenario` that is the task, not a price (:attr:`Scenario.pool`,
    read through the scenario's attributes of the same names; :meth:`Scenario.with_pool` sets them).

    Parameters
    ----------
    pool_size : int or None
        Unlabeled examples that exist: a path needing more is unreachable.
    batch_size, initial_labels : int or None
        Labels per AL round and the initial labeled set; None means inferred
        from the curves table.
    n_classes : int
        Classes of the task; used by the effective-sample-size correction.
    pool_accuracy : float or None
        Accuracy measured with the whole pool labeled (the proxy's or the
        user's file's ceiling, ``alplan simulate --full-pool``): no path
        reaches a target above it within the pool.
    pool_accuracy_se : float or None
        Standard error of ``pool_accuracy`` (spread over seeds, or the test
        set's binomial noise); default: the binomial noise of a 500-example test set.
    """

    pool_size: int | None = None
    batch_size: int | None = None
    initial_labels: int | None = None
    n_classes: int = 10
    pool_accuracy: float | None = None
    pool_accuracy_se: float | None = None

    def validate(self) -> None:
        """Raise ``ValueError`` with one line naming the bad value and the fix."""
        for name, flag, low in (
            ("batch_size", "--batch-size", 1),
            ("pool_size", "--pool-size", 1),
            ("initial_labels", "--initial", 1),
            ("n_classes", "--n-classes", 2),
        ):
            _whole_at_least(name, getattr(self, name), low, flag)
        if self.pool_accuracy is not None:
            v = float(self.pool_accuracy)
            if not math.isfinite(v) or not 0.0 < v <= 1.0:
                raise ValueError(f"pool accuracy must be an accuracy in (0, 1], got {self.pool_accuracy!r}; "
                                 "fix --pool-accuracy (e.g. 0.976)")
        if self.pool_accuracy_se is not None:
            v = float(self.pool_accuracy_se)
            if not math.isfinite(v) or not 0.0 <= v < 0.5:
                raise ValueError(f"pool accuracy's standard error must be in [0, 0.5), got {self.pool_accuracy_se!r}")


#: :meth:`Scenario.to_dict`'s flat keys in their order, the pool's among them where the JSON has them.
_FLAT_ORDER = ("label_price", "engineering_days", "day_rate", "compute_per_round", "turnaround_days", "batch_size",
               "pool_size", "qa_multiplier", "delay_cost_per_day", "yearly_salary", "working_weeks", "final_compute",
               "initial_labels", "label_error", "n_classes", "votes", "vendor", "min_order", "confidence",
               "pool_accuracy", "pool_accuracy_se", "al_label_premium", "label_premiums", "standing")


def _read_through(part: str, name: str, note: str = "") -> property:
    """A read-only :class:`Scenario` attribute ``name`` that reads its ``part`` (``pool``: :class:`PoolShape`;
    ``standing``: :class:`Standing`, nothing sunk where None)."""
    owner = "PoolShape" if part == "pool" else "Standing"

    def read(self):
        held = getattr(self, part)
        return getattr(NOTHING_SUNK if held is None else held, name)

    return property(read, doc=f":attr:`{owner}.{name}`" + (f" ({note})." if note else "."))


@dataclass(frozen=True)
class Scenario:
    """Prices and constraints of one labeling project.

    Parameters
    ----------
    label_price : float or None
        $ per label from the vendor. None only when ``vendor`` names a row of
        the vendors table, whose ``price_per_label`` is then used.
    engineering_days : float
        Engineering days to set up the AL loop (AL strategies only).
    day_rate : float or None
        $ per engineering day. Give this or ``yearly_salary``, not both;
        neither means ``DEFAULT_DAY_RATE``.
    yearly_salary, working_weeks : float
        Alternative to ``day_rate``: ``yearly_salary / (working_weeks * 5)``.
    compute_per_round : float
        $ of compute per AL round (retraining + scoring the pool, i.e.
        GPU-hours x price per GPU-hour).
    final_compute : float or None
        $ of compute for the final training run, paid by every strategy;
        None means the same as ``compute_per_round``.
    turnaround_days : float or None
        Calendar days the vendor takes per labeling batch; None means the
        vendor's, or ``DEFAULT_TURNAROUND_DAYS``.
    qa_multiplier : float
        QA / overhead multiplier on the label bill (1.0 = none).
    delay_cost_per_day : float
        $ lost per calendar day until the model ships (0 = time is free).
    label_error : float or None
        Error rate of the purchased labels (None: the vendor's, else the
        noise level the curves were simulated at).
    votes : int
        Labels bought per item (majority vote): ``votes`` times the price,
        with the error of :func:`majority_vote_error`.
    vendor : str or None
        Name of a row of the vendors table supplying price, turnaround,
        error rate and minimum order.
    min_order : int
        Smallest order the vendor accepts (labels); a smaller batch is billed
        as ``min_order`` labels.
    confidence : float
        Probability of reaching the target with the label budget bought
        (the budget is this quantile of the bootstrap forecast).
    al_label_premium : float, array_like of shape (B,) or None
        What a label an AL strategy picks costs, as a multiple of a label
        picked at random (annotators paid by the hour take longer on the
        uncertain examples AL picks: a campaign measures it,
        :mod:`planner.campaign.premium`). It applies to AL's labels after
        its initial set, which is drawn at random. None: not stated, priced
        as 1.0 (left out of :meth:`to_dict`). A float is one number, the same
        in every forecast draw (a premium stated); B numbers are a premium
        measured with its uncertainty, one per forecast draw (kept as a tuple;
        :meth:`premium_per_draw`): draw ``i``'s AL labels are priced at the
        ``i``-th. :attr:`premium`, what a single quoted count is priced at and
        :meth:`to_dict` states, is then their median.
    label_premiums : mapping of str to (float, array_like of shape (B,) or a premium curve), or None
        Each AL strategy's own premium, kept as sorted ``(strategy, premium)`` pairs: one number, one per draw (a
        tuple), or a premium that depends on the labels bought (``alplan plan --in-cost``: what its labels up to
        that count cost in a table's ``annotation_cost`` over random's,
        :class:`planner.forecast.in_cost.PremiumCurve`: any object with ``at(labels)``, the premium at each count,
        ``per_draw(labels)``, draw ``b``'s at ``labels[b]``, and ``median()``, the one number quoted). A strategy
        it names is priced at its own premium (:meth:`premium_of`, :meth:`premium_at`, :meth:`premium_per_draw`);
        any other at :attr:`premium`. Given with ``al_label_premium`` it is refused. None: every AL strategy at
        :attr:`premium`.
    pool : PoolShape
        The pool's size, AL's batch and initial set, the classes and the whole pool's accuracy
        (:class:`PoolShape`; read through :attr:`pool_size`, :attr:`batch_size`, :attr:`initial_labels`,
        :attr:`n_classes`, :attr:`pool_accuracy` and :attr:`pool_accuracy_se`).
    standing : Standing or None
        What a campaign has sunk and where it measured (:class:`Standing`; read through :attr:`labels_in_hand`,
        :attr:`setup_paid`, :attr:`short_at`, :attr:`measured_score`, :attr:`measured_test_size` and
        :attr:`measured_strategy`). None: a fresh project, nothing sunk (a :class:`Standing` with nothing in it
        is kept as None).
    """

    label_price: float | None = None
    engineering_days: float = 10.0
    day_rate: float | None = None
    compute_per_round: float = 0.0
    turnaround_days: float | None = None
    qa_multiplier: float = 1.0
    delay_cost_per_day: float = 0.0
    yearly_salary: float | None = None
    working_weeks: float = 50.0
    final_compute: float | None = None
    label_error: float | None = None
    votes: int = 1
    vendor: str | None = None
    min_order: int = 0
    confidence: float = 0.9
    al_label_premium: float | None = None
    label_premiums: tuple | None = None
    pool: PoolShape = PoolShape()
    standing: Standing | None = None

    def __post_init__(self) -> None:
        if self.standing == NOTHING_SUNK:
            object.__setattr__(self, "standing", None)
        if self.label_premiums is not None:   # (strategy, premium) pairs, sorted; a per-draw premium a tuple
            pairs = self.label_premiums.items() if isinstance(self.label_premiums, Mapping) else self.label_premiums
            try:
                kept = tuple(sorted(((str(k), v if hasattr(v, "per_draw") else float(v) if np.ndim(v) == 0 else
                                      tuple(float(x) for x in np.asarray(v, dtype=float).reshape(-1)))
                                     for k, v in pairs), key=lambda kv: kv[0]))
            except (TypeError, ValueError):
                raise ValueError(f"label premiums must map each strategy to a number or one number per draw, got "
                                 f"{self.label_premiums!r}") from None
            object.__setattr__(self, "label_premiums", kept)
        premium = self.al_label_premium
        if premium is not None and not isinstance(premium, (int, float, np.number)):   # per-draw premiums
            try:
                values = tuple(float(v) for v in np.asarray(premium, dtype=float).reshape(-1))
            except (TypeError, ValueError):
                raise ValueError(f"AL label premium must be a number or one number per draw, got {premium!r}; fix "
                                 "--al-label-premium") from None
            if np.ndim(premium) != 1 or not values:
                raise ValueError("AL label premium per draw must be a non-empty list of numbers; fix "
                                 "--al-label-premium (one number: one premium for every draw)")
            object.__setattr__(self, "al_label_premium", values)

    # ------------------------------------------------------------ checks

    def validate(self) -> None:
        """Raise ``ValueError`` with one line naming the bad value and the fix."""
        if self.label_price is None and self.vendor is None:
            raise ValueError("no label price: give --label-price (dollars per label) or --vendor NAME")
        if self.label_price is not None:
            _finite_nonneg("label price", self.label_price, flag="--label-price", high=UPPER_BOUNDS["label_price"])
            if float(self.label_price) <= 0:
                raise ValueError(
                    f"label price must be > 0, got {self.label_price}; give the dollars paid per label"
                )
        for name, flag in (
            ("engineering_days", "--engineering-days"),
            ("day_rate", "--day-rate"),
            ("compute_per_round", "--compute-per-round"),
            ("turnaround_days", "--turnaround-days"),
            ("qa_multiplier", "--qa-multiplier"),
            ("delay_cost_per_day", "--delay-cost-per-day"),
            ("yearly_salary", "--salary"),
            ("final_compute", "--final-compute"),
            ("label_error", "--label-error"),
        ):
            _finite_nonneg(name.replace("_", " "), getattr(self, name), flag=flag, high=UPPER_BOUNDS.get(name))
        if self.day_rate is not None and self.yearly_salary is not None:
            raise ValueError("give a day rate (--day-rate) or a yearly salary (--salary), not both")
        _finite_nonneg("working weeks", self.working_weeks, flag="--working-weeks")
        if not 0 < float(self.working_weeks) <= 52.2:
            raise ValueError(f"working weeks must be in (0, 52], got {self.working_weeks}; fix --working-weeks")
        if float(self.qa_multiplier) <= 0:
            raise ValueError(f"QA multiplier must be > 0, got {self.qa_multiplier}; 1.0 means no overhead")
        self._validate_derived()
        if not isinstance(self.pool, PoolShape):
            raise ValueError(f"a scenario's pool must be a PoolShape, got {self.pool!r}")
        self.pool.validate()
        for name, flag, low in (
            ("votes", "--votes", 1),
            ("min_order", "--min-order", 0),
        ):
            _whole_at_least(name, getattr(self, name), low, flag)
        if self.standing is not None:
            if not isinstance(self.standing, Standing):
                raise ValueError(f"a scenario's standing must be a Standing, got {self.standing!r}")
            self.standing.validate()
        if not 0.0 < float(self.confidence) < 1.0:
            raise ValueError(f"confidence must be in (0, 1), got {self.confidence}; e.g. --confidence 0.9")
        if self.label_error is not None:
            effective_sample_factor(majority_vote_error(self.label_error, self.votes), self.n_classes)
        if self.al_label_premium is not None:
            per_draw = isinstance(self.al_label_premium, tuple)
            for value in (self.al_label_premium if per_draw else (self.al_label_premium,)):
                _finite_nonneg("AL label premium", value, flag="--al-label-premium",
                               high=UPPER_BOUNDS["al_label_premium"])
                if float(value) <= 0:
                    raise ValueError(f"AL label premium must be > 0, got {value}; fix "
                                     "--al-label-premium (1.0: AL's labels cost what random's do)")
        if self.label_premiums is not None:
            if self.al_label_premium is not None:
                raise ValueError("give --al-label-premium or --in-cost (each strategy's premium measured in the "
                                 "curves' annotation_cost), not both")
            for strategy, value in self.label_premiums:
                if hasattr(value, "per_draw"):   # a premium curve: its median quoted, checked as a number
                    value = value.median()
                for v in (value if isinstance(value, tuple) else (value,)):
                    if not math.isfinite(v) or not 0 < v <= UPPER_BOUNDS["al_label_premium"]:
                        raise ValueError(f"{strategy}'s label premium must be > 0 and at most "
                                         f"{UPPER_BOUNDS['al_label_premium']:,.0f}, got {v:g}")

    def _validate_derived(self) -> None:
        """Every derived rate within the bound of the rate it stands for, not only its parts: a salary over a
        sliver of a week is a day rate no --day-rate may give."""
        if self.yearly_salary is not None:
            rate = self.engineering_day_rate
            if not math.isfinite(rate) or rate > UPPER_BOUNDS["day_rate"]:
                shown = f"${rate:,.0f}" if math.isfinite(rate) and rate < 1e15 else "more than $1 trillion"
                raise ValueError(f"--salary {self.yearly_salary:,.0f} over --working-weeks {self.working_weeks:g} "
                                 f"is a day rate of {shown}, above the ${UPPER_BOUNDS['day_rate']:,.0f} a day "
                                 "allowed; check both (or give --day-rate)")
        if self.label_price is not None:
            price = self.price_per_label
            if not math.isfinite(price) or price > UPPER_BOUNDS["label_price"]:
                raise ValueError(f"the price per delivered label (--label-price x --qa-multiplier x --votes) is "
                                 f"above ${UPPER_BOUNDS['label_price']:,.0f}; lower one of them")

    # ------------------------------------------------------ derived values

    pool_size = _read_through("pool", "pool_size", "None: no limit")
    batch_size = _read_through("pool", "batch_size", "None: from the curves table")
    initial_labels = _read_through("pool", "initial_labels", "None: from the curves table")
    n_classes = _read_through("pool", "n_classes")
    pool_accuracy = _read_through("pool", "pool_accuracy", "None: not measured")
    pool_accuracy_se = _read_through("pool", "pool_accuracy_se", "None: the default")
    labels_in_hand = _read_through("standing", "labels_in_hand", "0: nothing in hand")
    setup_paid = _read_through("standing", "setup_paid")
    short_at = _read_through("standing", "short_at", "0: none")
    measured_score = _read_through("standing", "measured_score", "None: none")
    measured_test_size = _read_through("standing", "measured_test_size", "0: none")
    measured_strategy = _read_through("standing", "measured_strategy", "None: random")

    def with_pool(self, **changes) -> "Scenario":
        """This scenario with its :class:`PoolShape`'s fields ``changes`` set (unchecked: :meth:`validate` checks)."""
        return replace(self, pool=replace(self.pool, **changes))

    def with_standing(self, **changes) -> "Scenario":
        """This scenario with its :class:`Standing`'s fields ``changes`` set (unchecked: :meth:`validate` checks)."""
        return replace(self, standing=replace(self.standing or NOTHING_SUNK, **changes))

    @property
    def engineering_day_rate(self) -> float:
        """$ per engineering day: ``day_rate``, else from the salary, else the default."""
        if self.day_rate is not None:
            return float(self.day_rate)
        if self.yearly_salary is not None:
            return day_rate_from_salary(self.yearly_salary, self.working_weeks)
        return DEFAULT_DAY_RATE

    @property
    def engineering_cost(self) -> float:
        """$ of engineering to set up AL."""
        return float(self.engineering_days) * self.engineering_day_rate

    @property
    def price_per_label(self) -> float:
        """$ actually paid per labeled item: price x QA multiplier x votes."""
        if self.label_price is None:
            raise ValueError("no label price: give --label-price or a --vendor found in the vendors table")
        return float(self.label_price) * float(self.qa_multiplier) * int(self.votes)

    @property
    def premium(self) -> float:
        """The multiple of a random label's price that an AL pick costs (1.0 when not stated; the median of the
        per-draw premiums where the premium carries its uncertainty)."""
        if self.al_label_premium is None:
            return 1.0
        if isinstance(self.al_label_premium, tuple):
            return float(np.median(self.al_label_premium))
        return float(self.al_label_premium)

    def _own_premium(self, strategy: str | None):
        """``strategy``'s entry of :attr:`label_premiums` (a float, a tuple or a premium curve), or None where it has
        none."""
        if strategy is None or self.label_premiums is None:
            return None
        return dict(self.label_premiums).get(str(strategy))

    def premium_of(self, strategy: str | None) -> float:
        """The one number ``strategy``'s AL picks are quoted at: its own premium (the median of its per-draw
        premiums; a premium curve's over its whole measured curve) where :attr:`label_premiums` names it, else
        :attr:`premium`."""
        own = self._own_premium(strategy)
        if own is None:
            return self.premium
        if hasattr(own, "per_draw"):
            return float(own.median())
        return float(np.median(own)) if isinstance(own, tuple) else float(own)

    def premium_at(self, strategy: str | None, labels) -> float | np.ndarray:
        """What counts ``labels`` (shape (n,)) of ``strategy`` price its AL picks at: a premium that depends on the
        labels bought read at each count (shape (n,)), else :meth:`premium_of`."""
        own = self._own_premium(strategy)
        if own is not None and hasattr(own, "per_draw"):
            return own.at(labels)
        return self.premium_of(strategy)

    def premium_per_draw(self, n_draws: int, strategy: str | None = None, labels=None) -> float | np.ndarray:
        """The premium each of ``n_draws`` forecast draws prices ``strategy``'s AL labels at: one number where the
        premium is stated, the per-draw premiums (shape (n_draws,)) where it carries its uncertainty; the
        strategy's own where :attr:`label_premiums` names it, else the scenario's one premium. A premium that
        depends on the labels bought gives draw ``b`` its own at ``labels[b]`` (shape (n_draws,))."""
        own = self._own_premium(strategy)
        if own is not None and hasattr(own, "per_draw"):
            return own.per_draw(np.broadcast_to(np.inf if labels is None else labels, (int(n_draws),)))
        premium = self.al_label_premium if own is None else own
        if not isinstance(premium, tuple):
            return self.premium if own is None else float(own)
        if len(premium) != int(n_draws):
            raise ValueError(f"the AL label premium carries {len(premium):,} draws and the forecast "
                             f"{int(n_draws):,}; draw the premium once per forecast draw")
        return np.asarray(premium, dtype=float)

    @property
    def turnaround(self) -> float:
        """Calendar days per labeling batch."""
        return DEFAULT_TURNAROUND_DAYS if self.turnaround_days is None else float(self.turnaround_days)

    @property
    def final_compute_cost(self) -> float:
        """$ of the final training run."""
        return float(self.compute_per_round if self.final_compute is None else self.final_compute)

    @property
    def effective_label_error(self) -> float | None:
        """Error of a delivered label after ``votes``-way majority voting (None: unspecified)."""
        if self.label_error is None:
            return None
        return majority_vote_error(self.label_error, self.votes)

    def with_vendor(self, vendor_row) -> "Scenario":
        """This scenario bought from ``vendor_row`` (a mapping with the vendors-table columns).

        Choosing a vendor is choosing its terms: the vendor's price,
        turnaround, error rate (when the table gives one) and minimum order
        replace the scenario's.
        """
        changes = {
            "vendor": str(vendor_row["name"]),
            "label_price": float(vendor_row["price_per_label"]),
            "min_order": int(vendor_row.get("min_order", 0) or 0),
            "turnaround_days": float(vendor_row["turnaround_days"]),
        }
        error = vendor_row.get("error_rate")
        if error is not None and not (isinstance(error, float) and math.isnan(error)):
            changes["label_error"] = float(error)
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """JSON-able fields plus the derived day rate and price per label."""
        out = asdict(self)
        out.update(out.pop("pool"))
        out = {name: out[name] for name in _FLAT_ORDER}
        standing = out.pop("standing") or asdict(NOTHING_SUNK)   # flat, its keys where the JSON has them
        premiums = out.pop("label_premiums")
        out.update(labels_in_hand=standing.pop("labels_in_hand"), setup_paid=standing.pop("setup_paid"),
                   label_premiums=premiums, **standing)
        if self.al_label_premium is None:
            del out["al_label_premium"]
        elif isinstance(self.al_label_premium, tuple):   # per-draw premiums: their median, what a quote is priced at
            out["al_label_premium"] = self.premium
        if self.label_premiums is None:
            del out["label_premiums"]
        else:   # each strategy's premium quoted: the median of its per-draw premiums
            out["label_premiums"] = {k: self.premium_of(k) for k, _ in self.label_premiums}
        for sunk in ("labels_in_hand", "setup_paid", "short_at", "measured_test_size"):   # nothing sunk: the dict every answer printed without them
            if not out[sunk]:
                del out[sunk]
        for measured in ("measured_score", "measured_strategy"):
            if out[measured] is None:
                del out[measured]
        out["engineering_day_rate"] = self.engineering_day_rate
        out["engineering_cost"] = self.engineering_cost
        out["turnaround"] = self.turnaround
        if self.label_price is not None:
            out["price_per_label"] = self.price_per_label
        return out


def _old_keywords(init):
    """``Scenario.__init__`` that also takes the keywords of the release before :class:`PoolShape` and
    :class:`Standing` held them (``Scenario(pool_size=5000)``, ``dataclasses.replace(s, labels_in_hand=40)``): each
    set on the scenario's pool or standing, with a DeprecationWarning naming the new form. Kept for one release."""
    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        if len(args) > _SAME_PLACES:   # the last release's sixth place was batch_size: never read as another field
            raise TypeError(f"Scenario takes at most {_SAME_PLACES} fields by position (label_price to "
                            f"turnaround_days), got {len(args)}: give the others by keyword")
        moved = {part: {k: kwargs.pop(k) for k in names if k in kwargs} for part, names in _MOVED.items()}
        for part, old in moved.items():
            if not old:
                continue
            kind = type(_MOVED_FROM[part]).__name__
            shown = ", ".join(f"{k}=..." for k in old)
            warnings.warn(f"Scenario({shown}) is deprecated and goes in the next release: give "
                          f"Scenario({part}={kind}({shown})), or scenario.with_{part}({shown})",
                          DeprecationWarning, stacklevel=2)
            kwargs[part] = replace(kwargs.get(part) or _MOVED_FROM[part], **old)
        init(self, *args, **kwargs)

    return __init__


#: The keywords ``Scenario`` took before its pool's shape and its standing had types of their own, by the part that
#: holds them now, and each part's empty value.
_MOVED = {"pool": tuple(f.name for f in fields(PoolShape)), "standing": tuple(f.name for f in fields(Standing))}
_MOVED_FROM = {"pool": PoolShape(), "standing": NOTHING_SUNK}
#: The leading fields ``Scenario`` takes by position in the same places as the last release.
_SAME_PLACES = 5
Scenario.__init__ = _old_keywords(Scenario.__init__)


def path_costs(
    labels,
    *,
    active: bool,
    scenario: Scenario,
    initial: int,
    batch_size: int,
    premium=None,
) -> dict[str, np.ndarray]:
    """Price the path that buys ``labels`` labels with one strategy.

    Parameters
    ----------
    labels : array_like of shape (n,)
        Labels needed (the forecast; may be fractional, ``inf`` = unreachable).
    active : bool
        True for an AL strategy (initial set + rounds), False for random
        sampling (one batch).
    scenario : Scenario
        Prices; must have a label price (vendor already applied).
    initial, batch_size : int
        AL's initial labeled set and labels per round.
    premium : float, ndarray of shape (n,) or None
        The AL label premium of each count (:meth:`Scenario.premium_per_draw`: the priced paths give each forecast
        draw its own); None: ``scenario.premium``.

    Returns
    -------
    dict of ndarray of shape (n,)
        ``labels`` (needed, rounded up), ``labels_bought``, ``labels_billed``
        (minimum orders included; the labels in hand, ``scenario.labels_in_hand``, not billed again), ``rounds``, ``label_cost``,
        ``engineering_cost``, ``compute_cost``, ``delay_cost``,
        ``fixed_cost`` (:func:`fixed_costs`: everything but labels),
        ``total_cost``, ``calendar_days``, ``labels_premium`` (the billed
        labels AL picked, which cost ``scenario.premium`` times the price;
        0 for random and AL's initial set), ``labels_priced`` (the billed
        labels weighted by their premium: ``label_cost`` / price per label)
        and ``reachable`` (bool). Entries of
        unreachable paths (infinite labels, or more than ``pool_size``) are
        ``inf``.
    """
    n = np.atleast_1d(np.asarray(labels, dtype=float))
    finite = np.isfinite(n)
    need = np.full(n.shape, np.inf)
    need[finite] = np.ceil(np.maximum(n[finite], 1.0) - 1e-9)
    if active:
        need[finite] = np.maximum(need[finite], initial)  # AL buys at least its initial set
    reachable = finite.copy()
    if scenario.pool_size is not None:
        reachable &= need <= scenario.pool_size
    # Unreachable rows are priced as inf without arithmetic on inf (no inf - inf
    # or inf * 0, hence no NaN and no RuntimeWarning): only reachable rows are priced.
    premium = scenario.premium if premium is None else premium
    if np.ndim(premium):
        premium = np.broadcast_to(np.asarray(premium, dtype=float), n.shape)[reachable]
    priced = _price_reachable(need[reachable], active, scenario, initial, batch_size, premium)
    out = {}
    for key, value in priced.items():
        full = np.full(n.shape, np.inf)
        full[reachable] = value
        out[key] = full
    out["reachable"] = reachable
    return out


def round_cost(scenario: Scenario) -> float:
    """What one more AL round costs besides its labels: its compute and one turnaround of delay."""
    return float(scenario.compute_per_round) + float(scenario.delay_cost_per_day) * scenario.turnaround


def fixed_costs(rounds, *, active: bool, scenario: Scenario) -> dict[str, np.ndarray]:
    """Every cost of a path besides its labels, for ``rounds`` AL rounds (array).

    Random sampling: one order (its turnaround), the final training, no
    engineering. AL: the engineering set-up, compute for every round plus the
    final training, and one vendor turnaround per round after the set-up
    (which overlaps the first order). A set-up already paid
    (``scenario.setup_paid``) is sunk: neither its cost nor its days are counted.

    Returns
    -------
    dict of ndarray like ``rounds``: ``engineering_cost, compute_cost,
    delay_cost, calendar_days, fixed_cost`` (the sum of the three costs).
    """
    rounds = np.asarray(rounds, dtype=float)
    turnaround = scenario.turnaround
    if active:
        paid = bool(scenario.setup_paid)
        engineering = np.full_like(rounds, 0.0 if paid else scenario.engineering_cost)
        compute = rounds * float(scenario.compute_per_round) + scenario.final_compute_cost
        calendar = max(0.0 if paid else float(scenario.engineering_days), turnaround) + rounds * turnaround
    else:
        engineering = np.zeros_like(rounds)
        compute = np.full_like(rounds, scenario.final_compute_cost)
        calendar = np.full_like(rounds, turnaround)
    delay = calendar * float(scenario.delay_cost_per_day)
    return {"engineering_cost": engineering, "compute_cost": compute, "delay_cost": delay,
            "calendar_days": calendar, "fixed_cost": engineering + compute + delay}


def _price_reachable(need: np.ndarray, active: bool, scenario: Scenario, initial: int,
                     batch_size: int, premium) -> dict[str, np.ndarray]:
    """Price finite label counts ``need`` (shape (k,), whole, within the pool), AL's picks at ``premium`` (a
    float, or one per count)."""
    price = scenario.price_per_label
    m = int(scenario.min_order)
    if active:
        rounds = whole_batches(need - initial, batch_size)
        bought = initial + rounds * batch_size
        if scenario.pool_size is not None:  # the last round takes what is left
            bought = np.minimum(bought, max(scenario.pool_size, initial))
        last = bought - initial - np.maximum(rounds - 1, 0) * batch_size
        billed = max(initial, m) + np.maximum(rounds - 1, 0) * max(batch_size, m)
        billed = billed + np.where(rounds > 0, np.maximum(last, m), 0.0)
    else:
        rounds = np.ones_like(need)
        bought = need
        billed = np.maximum(need, m)
    in_hand = int(scenario.labels_in_hand)
    # the labels AL picks (the first order is drawn at random), of those still to buy beyond the ones in hand
    picked = np.maximum(billed - max(initial, m, in_hand), 0.0) if active else np.zeros_like(billed)
    billed = np.maximum(billed - in_hand, 0.0)   # the labels in hand are sunk
    fixed = fixed_costs(rounds, active=active, scenario=scenario)
    priced = billed if np.ndim(premium) == 0 and premium == 1.0 else billed + (premium - 1.0) * picked
    label_cost = labels_dollars(priced, price)
    return {
        "labels": need,
        "labels_bought": bought,
        "labels_billed": billed,
        "rounds": rounds,
        "label_cost": label_cost,
        "labels_premium": picked,
        "labels_priced": priced,
        **fixed,
        "total_cost": label_cost + fixed["fixed_cost"],
    }
