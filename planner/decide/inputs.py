"""The scenario a plan reads, completed from the user's inputs and from where the curves come.

The page (``app.py``) and the CLI (``alplan plan`` / ``replan``) take these
facts from here, so they agree on them:

* the curves' source (:class:`CurveSource`): a proxy data set simulated here,
  the user's pilot curve (with AL transferred from the proxy when it is random
  sampling only, :func:`wants_transfer`), or the user's labeled data simulated
  here;
* the pool: what the user entered, capped at a labeled file's pool, the rows
  an AL run labels from once the test split is held out (:func:`pool_size`,
  :func:`file_pool`); ``alplan plan`` checks the same facts (:func:`check_pool`);
* the classes: entered, else the data's (a labeled file's, a proxy's, a curves table's ``n_classes`` column:
  :func:`curve_classes`), else the default (:func:`n_classes`);
* the whole-pool score (the ceiling no path exceeds), on the metric planned
  on: applied on the pool it was measured on (:func:`with_ceiling`,
  :func:`ceiling_for`); a proxy's pool holds whichever metric is chosen;
* a vendor's turnaround, as the verdict applies it (:func:`vendor_turnaround`);
* a campaign's ``curve.csv`` given as a pilot: its labels in hand, paid set-up, pool and order size read from its
  columns (:func:`planner.decide.campaign.redecide.curve_sunk`), as ``alplan plan`` reads them from its folder;
* whether a simulation is long enough to ask first (:func:`ask_first`);
* deciding in annotation cost where the curves carry it (:func:`has_cost`, :func:`priced_in_cost`): each
  strategy's labels priced at what they cost, as ``alplan plan --in-cost`` prices them.

Nothing here simulates: the caller (the page, or the CLI lazily) runs
``simulations`` and hands in the curves table and the measured numbers.
:func:`complete` builds the :class:`Setup` the page plans on.

>>> setup = complete({**DEFAULTS, "label_price": 0.1, "vendor": None, "batch_size": None, "pool_size": 5000,
...                   "n_classes": None, "label_error": None},
...                  CurveSource("file", "pilot.csv", rows=1600, classes=3, test_rows=400))
>>> setup.scenario.pool_size, setup.pool_capped, setup.scenario.n_classes, setup.classes_assumed
(1200, True, 3, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from planner.decide.costs import DEFAULT_TURNAROUND_DAYS, Scenario
from planner.decide.campaign.redecide import curve_sunk, sunk_from
from planner.decide.hybrid import PAGE_BAR
from planner.decide.scenario import DEFAULTS as SCENARIO_DEFAULTS, build_scenario
from planner.forecast.pool_accuracy import read_pool_accuracy
from planner.decide.vendors import find_vendor
from planner.forecast.in_cost import COST_COLUMN, label_premiums
from planner.forecast.draws import DEFAULT_DRAWS
from planner.forecast.selection import select_curves

__all__ = ["DEFAULTS", "KINDS", "SAVED_KEYS", "CurveSource", "Setup", "ask_first", "ceiling_fits", "ceiling_for",
           "premium", "campaign_facts", "check_pool", "check_pool_facts", "complete", "curve_classes", "file_pool",
           "given_ceiling", "n_classes", "has_cost", "offered", "PoolAsked", "pool_size", "priced_in_cost",
           "read_pool_score", "scenario_from_curves", "simulation_settings", "vendor_turnaround", "wants_ceiling",
           "wants_transfer", "with_ceiling", "with_premiums"]

#: Where curves come from: a proxy data set simulated here, the user's pilot curve, that pilot with the AL
#: strategies transferred from the proxy, the user's labeled data simulated here.
KINDS = ("proxy", "pilot", "transferred", "file")

#: The pool's fields a campaign's sunk facts set (:func:`planner.decide.campaign.redecide.sunk_scenario`), with its standing
#: (the labels in hand, the set-up paid).
SUNK_SHAPE = ("pool_size", "batch_size", "initial_labels")

#: The page's starting inputs: the scenario's (the CLI's defaults) and the simulation's; the classes come from
#: the data (None), the batch, pool and label error are "not given" (None).
DEFAULTS: dict[str, object] = {
    **{k: v for k, v in SCENARIO_DEFAULTS.items() if k != "n_classes"},
    "metric": "accuracy", "vendor": None, "batch_size": None, "pool_size": None, "n_classes": None,
    "label_error": None, "sim_dataset": "digits", "sim_model": "logreg",
    "sim_strategies": ["random", "margin", "entropy", "coreset"], "sim_seeds": 3, "sim_initial": 20,
    "sim_batch": 10, "sim_rounds": 30, "label_column": "label", "use_transfer": True, "budget": 1000.0,
    "campaign_confidence": 0.9, "value_per_point": 0.0, "pool_score": None,
    "campaign_give_up_below": 0.1,   # `alplan replan`'s default: 1 - the campaign's confidence
    "al_label_premium": 1.0,   # AL's labels priced as random's, as the CLI prices them without --al-label-premium
    "in_cost": False,          # in labels, as the CLI decides without --in-cost
}

#: The inputs a saved scenario keeps (the page's widget keys).
SAVED_KEYS = ("target", "metric", "price_source", "label_price", "vendor", "qa_multiplier", "al_label_premium",
              "engineering_days",
              "rate_source", "day_rate", "salary", "working_weeks", "compute_per_round", "turnaround_days",
              "batch_size", "pool_size", "delay_cost_per_day", "n_classes", "label_error", "votes", "confidence",
              "source", "sim_dataset", "sim_model", "sim_strategies", "sim_seeds", "sim_initial", "sim_batch",
              "sim_rounds", "label_column", "use_transfer", "pool_score")


@dataclass(frozen=True)
class CurveSource:
    """Where the curves come from.

    ``kind``: one of :data:`KINDS`; ``name``: the proxy data set or the user's file; ``about``: what a proxy
    data set is; ``rows``: a labeled file's rows; ``test_rows``: those of them held out as its test split
    (the pool holds the rest, :attr:`pool`); ``classes``: the data's classes (None for a pilot curve, which
    does not say); ``measured``: the most labels the user's own pilot curve measured (a pool cannot be smaller,
    :func:`check_pool`; None for curves simulated here).
    """

    kind: str
    name: str
    about: str | None = None
    rows: int | None = None
    classes: int | None = None
    test_rows: int | None = None
    measured: float | None = None

    @property
    def pool(self) -> int | None:
        """The examples an AL run on a labeled file labels from: its rows less its test split (:func:`file_pool`)."""
        return file_pool(self.rows, self.test_rows)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown curve source {self.kind!r}; one of {', '.join(KINDS)}")


@dataclass(frozen=True)
class Setup:
    """A completed scenario and what completing it decided.

    ``scenario``: validated, what the plan prices; ``pool_entered``: the pool the user gave (None: none);
    ``pool_capped``: the labeled file's rows became the pool (the user gave none, or more);
    ``classes_assumed``: neither the user nor the data gave the classes, the default was taken;
    ``ceiling``: the whole-pool accuracy applied (``accuracy``, ``se``, ``n_pool``, ``seeds``), or None;
    ``in_cost``: what each strategy's labels were priced at when deciding in annotation cost
    (:class:`planner.forecast.in_cost.LabelPremiums`), or None; ``sunk``: what the campaign whose ``curve.csv`` the
    user's pilot is has paid for, read from its columns (:func:`planner.decide.campaign.redecide.curve_sunk`), or None;
    ``unsunk``: the scenario before those facts were applied (None where none were), what the steering of another
    campaign starts from.
    """

    scenario: Scenario
    source: CurveSource
    pool_entered: int | None = None
    pool_capped: bool = False
    classes_assumed: bool = False
    ceiling: Mapping | None = None
    in_cost: object = None
    sunk: object = None
    unsunk: Scenario | None = None

    def campaign_scenario(self, measured=None) -> Scenario:
        """The scenario for a user's own campaign: the proxy's whole-pool accuracy and pool left out (the
        campaign's rounds were measured on the user's task, not on the proxy's pool: its pool is the one the
        user entered, or none); the campaign's own pool where its rounds carry one (``pool_size``,
        :func:`campaign_facts`)."""
        scenario = self.scenario
        if self.unsunk is not None:   # the pilot campaign's sunk labels, pool and order size are its own
            scenario = replace(scenario.with_pool(**{k: getattr(self.unsunk, k) for k in SUNK_SHAPE}),
                               standing=self.unsunk.standing)
        if self.ceiling and not self.ceiling.get("given"):
            scenario = scenario.with_pool(pool_accuracy=None, pool_accuracy_se=None)
        if self.source.kind == "proxy" and self.pool_entered is None:
            scenario = scenario.with_pool(pool_size=None)
        pool = campaign_facts(measured).get("pool_size") if measured is not None else None
        return scenario if pool is None else scenario.with_pool(pool_size=pool, pool_accuracy=None,
                                                                pool_accuracy_se=None)

    def campaign_inputs(self, measured, given: Mapping) -> tuple[Scenario, dict]:
        """(scenario, the steering's inputs) for a campaign's measured rounds: :meth:`campaign_scenario`, and the
        test size its rounds carry where the user gave none (0)."""
        out = dict(given)
        if not out.get("test_size") and campaign_facts(measured).get("test_size") is not None:
            out["test_size"] = campaign_facts(measured)["test_size"]
        return self.campaign_scenario(measured), out


def campaign_facts(measured) -> dict:
    """What a campaign's measured rounds say about it beyond the curve: its pool (``pool_size``) and its test
    split's size (``test_size``), each one whole number >= 1 on every row (a column of them); absent otherwise.

    Raises
    ------
    ValueError
        a column that is not one whole number >= 1, naming it and the fix.
    """
    out = {}
    for column in ("pool_size", "test_size"):
        if column not in getattr(measured, "columns", ()):
            continue
        values = pd.to_numeric(measured[column], errors="coerce").dropna().unique()
        if values.size == 0:
            continue
        if values.size > 1 or not np.isfinite(values[0]) or values[0] < 1 or values[0] != int(values[0]) \
                or values[0] > 1e12:
            raise ValueError(f"the campaign's {column} column must hold one whole number >= 1 on every row, got "
                             f"{', '.join(f'{v:g}' for v in values[:3])}: give the campaign's {column.replace('_', ' ')}")
        out[column] = int(values[0])
    return out


def wants_transfer(kind: str, strategies, curves=None) -> bool:
    """A pilot curve of one strategy: random sampling only (the AL strategies can only come from the proxy, a
    transfer), or one AL strategy only, such as a curve measured by hand on one AL strategy (random sampling can only
    come from the proxy: the reverse transfer, :func:`planner.forecast.transfer.transfer`). Not a campaign's
    ``curve.csv`` (``curves`` with a ``labels_in_hand`` column): it is planned on its own strategies, as
    ``alplan plan`` plans it."""
    own = curves is not None and "labels_in_hand" in {str(c).strip().lower() for c in curves.columns}
    return kind == "pilot" and len({str(s) for s in strategies}) == 1 and not own


def wants_ceiling(kind: str, metric: str | None = None) -> bool:
    """The whole-pool scores are measured for a proxy, every metric at once (a user's file has no stored one);
    :func:`complete` applies the one of the metric planned on (``metric`` does not change the answer)."""
    return kind == "proxy"


def ceiling_for(ceiling: Mapping | None, metric: str) -> Mapping | None:
    """The whole-pool measurement (``accuracy``, ``se``, ``n_pool``, ``seeds``, ``metric``) on ``metric``: from the
    measurement's ``metrics`` (every score, :func:`simulations.run.ceiling.pool_ceiling`), its top-level pair
    on accuracy; a metric it lacks keeps the pool only (``accuracy`` None). None without a measurement."""
    if not ceiling:
        return None
    out = {**{k: v for k, v in ceiling.items() if k != "metrics"}, "metric": metric}
    scores = ceiling.get("metrics")
    if scores is None:   # a measurement of accuracy alone
        return out if metric == "accuracy" else {**out, "accuracy": None, "se": None}
    chosen = scores.get(metric)
    return {**out, "accuracy": None if chosen is None else chosen["accuracy"],
            "se": None if chosen is None else chosen.get("se")}


def given_ceiling(value, metric: str, *, flag: str = "--pool-accuracy") -> dict:
    """The user's own whole-pool score, read as ``alplan plan --pool-accuracy`` reads a number
    (:func:`planner.forecast.pool_accuracy.read_pool_accuracy`, naming the input ``flag``), as the ceiling
    :func:`complete` applies on ``metric`` (``given`` True: the user's measurement, kept for their campaign)."""
    read = read_pool_accuracy(float(value), flag=flag, metric=metric)
    score = {"accuracy": read.accuracy, "se": read.se or None}
    return {**score, "n_pool": read.n_labels, "seeds": read.n_seeds, "given": True, "metrics": {metric: score}}


def file_pool(rows: int | None, test_rows: int | None) -> int | None:
    """A labeled file's pool: its rows less the test split an AL run holds out (None without the rows); the
    pool the page plans on and the one ``alplan simulate --full-pool`` measures on the same file."""
    if rows is None:
        return None
    return int(rows) - int(test_rows or 0)


def check_pool(size: int | None, measured: float, *, flag: str = "--pool-size") -> None:
    """A pool smaller than the labels already measured cannot be the pool: one ``ValueError`` line naming
    ``flag`` (``--pool-size``, or ``--pool-accuracy`` whose pool size it brings)."""
    if size is None or int(size) >= measured:
        return
    if flag == "--pool-accuracy":
        raise ValueError(f"--pool-accuracy was measured on a pool of {int(size):,}, smaller than the "
                         f"{measured:,.0f} labels already measured: give the score measured on the whole pool, "
                         "with its full size")
    raise ValueError(f"{flag} {int(size):,} is smaller than the {measured:,.0f} labels already measured: give the "
                     "pool's full size, the labeled examples included")


#: How far (in accuracy) a measured point may lie above the whole pool's score before the score is refused as
#: not this pool's: an AL subset can beat the whole pool by a little, and both carry test noise (plus 2 standard
#: errors of each).
POOL_SCORE_SLACK = 0.02


def check_pool_score(accuracy: float, se: float, curves, *, flag: str = "--pool-accuracy") -> None:
    """A whole-pool score below what the curves already measured is not this pool's: one ``ValueError`` line
    (``curves``: the rows planned on, columns strategy, n_labels, accuracy (the metric's values), optional seed).
    Every forecast is capped at the score, so a lower one would contradict the measurements themselves."""
    if curves is None or len(curves) == 0:
        return
    by = [c for c in ("strategy", "n_labels") if c in curves.columns]
    points = curves.groupby(by)["accuracy"].agg(["mean", "std", "count"]).reset_index()
    noise = (points["std"].fillna(0.0) / points["count"] ** 0.5).to_numpy()
    excess = points["mean"].to_numpy() - 2 * noise - (float(accuracy) + 2 * float(se) + POOL_SCORE_SLACK)
    if not (excess > 0).any():
        return
    top = points.iloc[int(excess.argmax())]
    who = f"{top['strategy']} " if "strategy" in points.columns else ""
    raise ValueError(f"{flag} {float(accuracy):.1%} is below what the curves already measured ({who}"
                     f"{top['mean']:.1%} at {top['n_labels']:,.0f} labels), and the whole pool labeled scores at "
                     "least that: give the whole pool's score of these curves' data set, learner and metric")


def ask_first(n_runs: int, seconds: float, cancelled: bool, long_seconds: float) -> bool:
    """Whether to ask before simulating: runs are missing and the simulation is long, or the user cancelled it."""
    return bool(n_runs) and (cancelled or seconds > long_seconds)


def pool_size(entered: int | None, rows: int | None) -> int | None:
    """The pool: what was entered, never more than a labeled file's pool ``rows`` (:attr:`CurveSource.pool`)."""
    if rows is not None and (entered is None or int(entered) > int(rows)):
        return int(rows)
    return None if entered is None else int(entered)


def n_classes(entered: int | None, known: int | None) -> tuple[int, bool]:
    """(classes, assumed): the entered count, else the data's, else the default (``assumed`` True)."""
    if entered:
        return int(entered), False
    if known:
        return int(known), False
    return int(SCENARIO_DEFAULTS["n_classes"]), True


def ceiling_fits(pool: int | None, n_pool: int | None) -> bool:
    """A whole-pool accuracy measured on ``n_pool`` examples holds for a scenario's ``pool`` (None: not given)."""
    return not n_pool or pool is None or int(pool) == int(n_pool)


def with_ceiling(scenario: Scenario, accuracy: float, se: float | None, n_pool: int | None) -> Scenario:
    """``scenario`` with the whole-pool accuracy (and its pool size, when the scenario gave none), validated.

    Raises ``ValueError`` when the scenario's pool is not the one the accuracy was measured on.
    """
    if not ceiling_fits(scenario.pool_size, n_pool):
        raise ValueError(f"--pool-accuracy was measured on a pool of {int(n_pool):,} and --pool-size says "
                         f"{int(scenario.pool_size):,}: give the accuracy measured on that pool, or drop one of them")
    size = scenario.pool_size if scenario.pool_size is not None else n_pool
    out = scenario.with_pool(pool_accuracy=accuracy, pool_accuracy_se=se or None,
                             pool_size=None if size is None else int(size))
    out.validate()
    return out


@dataclass(frozen=True)
class PoolAsked:
    """The pool as the user stated it, before the curves are known: ``value``, the whole pool's score as given
    (``--pool-accuracy``: a number, ``ACC@POOL`` or a ``.pool.csv``; None: not given), ``size`` (``--pool-size``;
    None: not given), on ``metric``; ``dataset``, ``model``: which rows of a file (None: those the curves name).
    :func:`scenario_from_curves` reads and checks it against the curves and applies it."""
    value: object = None
    size: int | None = None
    metric: str = "accuracy"
    dataset: str | None = None
    model: str | None = None


def read_pool_score(value, curves=None, *, metric: str = "accuracy", dataset: str | None = None,
                    model: str | None = None):
    """The whole pool's score ``value`` (:func:`planner.forecast.pool_accuracy.read_pool_accuracy`, a
    ``PoolAccuracy``; None where not given) on ``metric``: a file's rows of ``dataset`` and ``model``, else of the
    data set and learner ``curves`` name (a file of another is refused)."""
    if value is None:
        return None
    metric = str(metric).strip()
    metric = "accuracy" if metric.lower() in ("accuracy", "acc") else metric
    chosen = {"dataset": dataset, "model": model}
    named = {c: str(curves[c].iloc[0]) for c, v in chosen.items()
             if v is None and curves is not None and c in curves.columns and curves[c].nunique() == 1}
    return read_pool_accuracy(value, metric=metric, from_curves=tuple(named), **{**chosen, **named})


def check_pool_facts(curves, pool, size: int | None, *, dataset: str | None = None, model: str | None = None,
                     strategy: str | None = None) -> None:
    """The pool against what the curves measured (the rows of ``dataset``, ``model`` and ``strategy`` where
    given): a pool smaller than the labels already measured, whichever brings the size (``size``, or the whole
    pool's score ``pool``, a ``PoolAccuracy`` or None), and a whole-pool score below the measured points, cannot be
    this pool's (one ``ValueError`` line)."""
    flag = "--pool-size"
    if size is None and pool is not None and pool.n_labels:
        size, flag = int(pool.n_labels), "--pool-accuracy"
    if size is None and pool is None:
        return
    rows = curves
    for column, value in (("dataset", dataset), ("model", model), ("strategy", strategy)):
        if value is not None and column in rows.columns:
            rows = rows[rows[column].astype(str) == str(value)]
    if rows.empty:
        return  # the selection names what it lacks
    check_pool(size, float(rows["n_labels"].max()), flag=flag)
    if pool is not None:
        check_pool_score(pool.accuracy, pool.se, rows)


def scenario_from_curves(scenario: Scenario, curves, asked: PoolAsked | None = None) -> Scenario:
    """``scenario`` (built from the user's inputs: :func:`planner.decide.scenario.build_scenario`) completed once the
    ``curves`` are known: the whole pool's score ``asked`` (:class:`PoolAsked`) read from the rows of the data set
    and learner the curves name, checked against them with the pool's size, and applied as the ceiling
    (:func:`with_ceiling`); ``scenario`` itself where nothing is asked of the pool."""
    if asked is None:
        return scenario
    pool = read_pool_score(asked.value, curves, metric=asked.metric, dataset=asked.dataset, model=asked.model)
    check_pool_facts(curves, pool, asked.size, dataset=asked.dataset, model=asked.model)
    return scenario if pool is None else with_ceiling(scenario, pool.accuracy, pool.se, pool.n_labels)


def vendor_names(vendors, chosen: str | None) -> tuple[list[str], str | None]:
    """The ``vendors`` table's names, and ``chosen`` where it is one of them, else the first (None: no vendor)."""
    names = [str(v) for v in vendors["name"]]
    return names, chosen if chosen in names else next(iter(names), None)


def vendor_turnaround(vendors, name: str | None) -> float:
    """The turnaround (days a batch) the verdict uses with vendor ``name`` of the ``vendors`` table."""
    if not name:
        return DEFAULT_TURNAROUND_DAYS
    return float(Scenario(label_price=0.0).with_vendor(find_vendor(vendors, name)).turnaround_days)


def simulation_settings(values: Mapping, *, proxy: bool = True) -> dict:
    """The simulation's settings (``SimulationConfig`` keywords) from the page's inputs (``sim_*`` keys);
    ``proxy=False``: without the data set (an uploaded file is simulated)."""
    out = dict(model=values["sim_model"], strategies=tuple(values["sim_strategies"]),
               seeds=tuple(range(int(values["sim_seeds"]))), initial=int(values["sim_initial"]),
               batch_size=int(values["sim_batch"]), rounds=int(values["sim_rounds"]),
               hybrid_accuracy=(PAGE_BAR,))  # "Label the whole pool?" plans on it
    return {"datasets": (values["sim_dataset"],), **out} if proxy else out


def offered(strategies, refused, chosen) -> tuple[list[str], list[str]]:
    """(strategies offered, the chosen ones kept): a strategy the learner cannot serve is not offered; when none
    of the chosen is left, random and margin (those offered)."""
    shown = [s for s in strategies if s not in set(refused)]
    return shown, [s for s in chosen if s in shown] or [s for s in ("random", "margin") if s in shown]


def premium(value) -> float | None:
    """The page's AL label premium as the scenario takes it: None where AL's labels are priced as random's (1, or
    not given), as ``alplan plan`` without ``--al-label-premium``; else the multiple."""
    return None if value is None or float(value) == 1.0 else float(value)


def curve_classes(curves) -> int | None:
    """The classes a curves table states: its ``n_classes`` column's one whole value of at least 2 (a campaign's
    or a user's table may carry it), else None (absent, empty or not one such value)."""
    if curves is None:
        return None
    column = next((c for c in curves.columns if str(c).strip().lower() == "n_classes"), None)
    if column is None:
        return None

    values = pd.to_numeric(curves[column], errors="coerce").dropna().unique()
    if len(values) != 1 or values[0] < 2 or values[0] != int(values[0]):
        return None
    return int(values[0])


def has_cost(curves) -> bool:
    """Whether a curves table carries its runs' annotation cost (an ``annotation_cost`` column with a value): the
    page then offers deciding in it."""
    if curves is None:
        return False
    column = next((c for c in curves.columns if str(c).strip().lower() == COST_COLUMN), None)
    return column is not None and bool(curves[column].notna().any())


def priced_in_cost(scenario: Scenario, curves, *, seed: int = 0, name: str = "the curves table",
                   cost_name: str = "--in-cost"):
    """``(scenario, priced)``: ``scenario`` with each AL strategy's labels priced at its measured premium over
    random's cost per label (:func:`planner.forecast.in_cost.label_premiums` on the curves a Plan reads, one
    replicate per forecast draw drawn with ``seed``), as ``alplan plan --in-cost`` without --price-per-unit prices
    them: the label price is random's price per label. A stated AL label premium is refused (one line), and so is
    a table that cannot be priced, its line saying to leave ``cost_name`` (a flag) out or to untick it (the page's
    box)."""
    if scenario.al_label_premium is not None:
        raise ValueError("deciding in annotation cost measures each AL strategy's premium in the curves' "
                         "annotation_cost: set the AL label premium back to 1, or decide in labels")
    off = f"leave {cost_name} out" if cost_name.startswith("--") else f'untick "{cost_name}"'
    priced = label_premiums(select_curves(curves), n_draws=DEFAULT_DRAWS, seed=seed, name=name, off=off)
    return with_premiums(scenario, priced), priced


def with_premiums(scenario: Scenario, priced) -> Scenario:
    """``scenario`` with each AL strategy's labels priced at its measured premium (``priced``: a
    :class:`planner.forecast.in_cost.LabelPremiums`; None: unchanged), validated."""
    if priced is None:
        return scenario
    scenario = replace(scenario, label_premiums=priced.premiums)
    scenario.validate()
    return scenario


def complete(values: Mapping, source: CurveSource, *, by_vendor: bool = False, by_salary: bool = False,
             ceiling: Mapping | None = None, pool_name: str = "--pool-size",
             score_name: str = "--pool-accuracy", curves=None, cost_name: str = "--in-cost") -> Setup:
    """The scenario the page plans on, from its inputs (``values``: the widget keys of :data:`SAVED_KEYS`).

    ``by_vendor``: the price, turnaround and label error come from ``values["vendor"]``; ``by_salary``: the
    engineering day is priced from the salary. ``ceiling``: the whole-pool scores the caller measured
    (``accuracy``, ``se``, ``n_pool``, ``seeds``, ``metrics``: :func:`ceiling_for`), applied on
    ``values["metric"]`` when the scenario's pool is the one it was measured on; its pool is the pool when
    none was entered, whichever the metric. Raises ``ValueError`` (one line naming the input) on a bad input; a
    pool smaller than the labels the user's pilot measured (``source.measured``) is refused as ``alplan plan``
    refuses it (:func:`check_pool`), naming the pool's input ``pool_name``. The user's own curves
    (``source.kind`` pilot or transferred) are capped at ``values["pool_score"]`` when given
    (:func:`given_ceiling`, naming it ``score_name``), as ``--pool-accuracy`` caps them in ``alplan plan``.
    ``values["in_cost"]`` on ``curves`` that carry an annotation cost (:func:`has_cost`) prices each strategy's
    labels at what they cost (:func:`priced_in_cost`), as ``alplan plan --in-cost`` does; a table it cannot price
    is refused naming that choice ``cost_name`` (the page's control, or the flag). A pilot that is a campaign's
    ``curve.csv`` (its columns: :func:`planner.decide.campaign.redecide.curve_sunk`) is planned as ``alplan plan`` plans it:
    its labels in hand and a paid set-up sunk, its pool and order size unless the user entered them
    (:func:`planner.decide.campaign.redecide.sunk_scenario`).
    """
    entered = values.get("pool_size")
    if source.measured is not None:
        check_pool(entered, source.measured, flag=pool_name)
    pool = pool_size(entered, source.pool)
    metric = str(values.get("metric") or "accuracy")
    if not ceiling and source.kind in ("pilot", "transferred") and values.get("pool_score") is not None:
        ceiling = given_ceiling(values["pool_score"], metric, flag=score_name)
    ceiling = ceiling_for(ceiling, metric)
    if pool is None and ceiling and ceiling.get("n_pool"):
        pool = int(ceiling["n_pool"])   # the measured pool, on every metric
    classes, assumed = n_classes(values.get("n_classes"), source.classes or curve_classes(curves))

    def number(key: str, kind=float):
        return None if values.get(key) is None else kind(values[key])

    scenario = build_scenario(
        label_price=None if by_vendor else number("label_price"), vendor=values.get("vendor") if by_vendor else None,
        engineering_days=number("engineering_days"), day_rate=None if by_salary else number("day_rate"),
        salary=number("salary") if by_salary else None, working_weeks=number("working_weeks"),
        compute_per_round=number("compute_per_round"), gpu_hours_per_round=None, gpu_hour_price=None,
        final_compute=None, turnaround_days=None if by_vendor else number("turnaround_days"),
        batch_size=number("batch_size", int), initial=None, pool_size=pool,
        qa_multiplier=number("qa_multiplier"), delay_cost_per_day=number("delay_cost_per_day"),
        label_error=number("label_error"), n_classes=classes, votes=number("votes", int),
        confidence=number("confidence"), al_label_premium=premium(values.get("al_label_premium")),
    )
    sunk = curve_sunk(curves) if source.kind == "pilot" and curves is not None else None
    unsunk = scenario if sunk is not None else None
    if sunk is not None:   # a campaign's curve.csv: what it paid for is sunk, its pool and order size, as `plan` reads
        given = frozenset(k for k in ("pool_size", "batch_size") if values.get(k) is not None)
        try:
            scenario = sunk_from(scenario, sunk, given)
        except ValueError as exc:   # a pool entered below the labels in hand: named as the caller names it
            raise ValueError(str(exc).replace("--pool-size", pool_name)) from None
    applied = None
    if ceiling and ceiling.get("accuracy") is not None and ceiling_fits(scenario.pool_size, ceiling.get("n_pool")):
        scenario = with_ceiling(scenario, ceiling["accuracy"], ceiling.get("se"), ceiling.get("n_pool"))
        applied = ceiling
    priced = None
    if values.get("in_cost") and has_cost(curves):
        scenario, priced = priced_in_cost(scenario, curves, name=source.name, cost_name=cost_name)
    capped = source.pool is not None and pool != (None if entered is None else int(entered))
    return Setup(scenario, source, None if entered is None else int(entered), capped, assumed, applied, priced, sunk,
                 unsunk)
