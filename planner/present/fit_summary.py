"""The fit summary behind ``alplan fit``: one learning-curve forecast per strategy.

For each strategy of a curves table: the fitted families and their weights,
the asymptote, the labels needed to reach a target with their range (``level``: 80% by default), and
the probability that the target is unreachable (the curve plateaus below it).
The results object, :class:`FitSummary`, is worded by :mod:`planner.present.fit_view`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from planner.decide.verdict import get_plan
from planner.decide.notes import neural_note
from planner.decide.paths import ceiling_draws
from planner.decide.costs import Scenario
from planner.decide.inputs import with_ceiling, with_premiums
from planner.decide.rows import capped_labels
from planner.forecast.curves import DEFAULT_LEVEL, FittedCurve, _check_level, _check_target
from planner.forecast.draws import DEFAULT_DRAWS
from planner.forecast.in_cost import label_premiums
from planner.forecast.io import read_curves
from planner.forecast.learners import neural_models
from planner.forecast.selection import select_curves
from planner.present.fit_view import fit_text

__all__ = ["StrategyForecast", "FitSummary", "fit_summary", "fit_strategies", "select_dataset"]


@dataclass(frozen=True)
class StrategyForecast:
    """The forecast for one strategy (labels are ``None`` in JSON when unreachable)."""

    strategy: str
    n_runs: int
    n_max: float
    accuracy_at_n_max: float
    families: dict[str, float]
    asymptote: float
    labels: float               # point forecast, inf if unreachable
    labels_low: float           # 10% quantile of the bootstrap
    labels_high: float          # 90% quantile, inf if > 10% of draws never reach
    p_unreachable: float
    accuracy_interval_at_n_max: tuple[float, float]
    asymptote_low: float = math.nan    # 10% / 90% of the draws' plateaus (capped by the pool's accuracy)
    asymptote_high: float = math.nan
    regime: str = ""                   # what the curve shows at its end: "rise" or "level", "seeds" or "single",
    #                                    and ":young" when measured at 3 label counts or fewer (calibrated apart)
    label_limit: float = math.inf      # the largest count quoted (planner.forecast.limits); beyond it, carried at
    beyond_limit: tuple[str, ...] = ()  # it and named here (read "more than")
    cost: float = math.nan             # with --in-cost: the annotation cost of the labels the path buys (units of
    cost_low: float = math.nan         # annotation_cost; inf if unreachable), its range, and the ends carried at
    cost_high: float = math.nan        # the extrapolation limit ("labels", "labels_low", "labels_high": the cost
    cost_beyond_limit: tuple[str, ...] = ()   # at the labels of that name)

    @property
    def reachable(self) -> bool:
        return math.isfinite(self.labels)

    def to_dict(self) -> dict:
        def num(v: float):
            return None if not math.isfinite(v) else round(float(v), 1)

        return {
            "strategy": self.strategy,
            "runs": self.n_runs,
            "n_max": self.n_max,
            "accuracy_at_n_max": round(self.accuracy_at_n_max, 4),
            "families": {k: round(v, 4) for k, v in self.families.items()},
            "asymptote": round(self.asymptote, 4),
            "asymptote_low": None if not math.isfinite(self.asymptote_low) else round(self.asymptote_low, 4),
            "asymptote_high": None if not math.isfinite(self.asymptote_high) else round(self.asymptote_high, 4),
            "regime": self.regime,
            "reachable": self.reachable,
            "labels": num(self.labels),
            "labels_low": num(self.labels_low),
            "labels_high": num(self.labels_high),
            "p_unreachable": round(self.p_unreachable, 3),
            "label_limit": num(self.label_limit),
            "beyond_limit": list(self.beyond_limit),
        }


@dataclass(frozen=True)
class FitSummary:
    """Forecasts for every strategy of a table, for one target."""

    target: float
    level: float
    strategies: tuple[StrategyForecast, ...]
    metric_note: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    metric: str = "accuracy"
    in_cost: dict | None = None         # the pricing's facts (planner.forecast.in_cost.LabelPremiums.to_dict, at each
    #                                     path's labels): each strategy's cost then reads its labels at them
    price_per_unit: float | None = None  # dollars a unit of annotation cost (with in_cost)

    def dollars(self, units: float) -> float:
        """``units`` of annotation cost priced at ``price_per_unit`` (NaN without a price; inf stays inf)."""
        return math.nan if self.price_per_unit is None else float(units) * self.price_per_unit

    def to_dict(self) -> dict:
        out = {
            "target": self.target,
            "metric": self.metric,
            "level": self.level,
            "metric_note": self.metric_note,
            "notes": list(self.notes),
            "strategies": [s.to_dict() for s in self.strategies],
        }
        if self.in_cost is not None:  # beside the labels, their annotation cost (and its dollars)
            out["in_cost"] = self.in_cost
            for row, s in zip(out["strategies"], self.strategies):
                for key in ("cost", "cost_low", "cost_high"):
                    value = getattr(s, key)
                    row[key] = round(value, 1) if math.isfinite(value) else None
                    if self.price_per_unit is not None:
                        value = self.dollars(value)
                        row[key.replace("cost", "dollars")] = round(value, 2) if math.isfinite(value) else None
                row["cost_beyond_limit"] = [k.replace("labels", "cost") for k in s.cost_beyond_limit]
        return out

    def to_text(self) -> str:
        """The table of ``alplan fit`` (:func:`planner.present.fit_view.fit_text`)."""
        return fit_text(self)


def fit_strategies(curves: pd.DataFrame, *, strategy: str | None = None, n_bootstrap: int = DEFAULT_DRAWS,
                   seed: int = 0) -> dict[str, FittedCurve]:
    """One :class:`FittedCurve` per strategy of a validated, selected curves table.

    The strategies are drawn jointly, by the verdict's own :class:`planner.decide.verdict.Plan`
    (the same cached draws for the same table, seed and number of draws), so
    ``alplan fit``, ``alplan plan`` and the charts read one forecast.
    ``strategy`` restricts the result to one strategy (``ValueError`` listing
    the valid names if absent).
    """
    names = list(pd.unique(curves["strategy"]))
    if strategy is not None and strategy not in names:
        raise ValueError(f"unknown strategy {strategy!r}; the table has: {', '.join(map(str, names))}")
    draws = get_plan(curves, seed=int(seed), n_draws=int(n_bootstrap)).draws
    return {name: FittedCurve(draws.get(str(name))) for name in names if strategy is None or name == strategy}


def select_dataset(curves: pd.DataFrame, dataset: str | None = None, *, model: str | None = None,
                   batch_size: int | None = None) -> pd.DataFrame:
    """:func:`planner.forecast.selection.select_curves`, keeping the lowest label-noise level (said in ``attrs["notes"]``)."""
    curves = select_curves(curves, dataset=dataset, model=model, batch_size=batch_size)
    if "label_noise" in curves.columns and curves["label_noise"].nunique() > 1:
        attrs = dict(curves.attrs)
        low = float(curves["label_noise"].min())
        curves = curves[curves["label_noise"] == low].copy()
        curves.attrs = attrs
        curves.attrs["notes"] = tuple(attrs.get("notes", ())) + (
            f"several label-noise levels: fitted the curves at label noise {low:g}",)
    return curves


def _regime_text(regime) -> str:
    """``shape:runs`` of a :class:`planner.forecast.regime.Regime`, ``:young`` added for a young curve; "" without one."""
    if regime is None:
        return ""
    return regime.key + (":young" if regime.few else "")


def fit_summary(source, *, target: float, strategy: str | None = None, dataset: str | None = None,
                model: str | None = None, batch_size: int | None = None,
                n_bootstrap: int = DEFAULT_DRAWS, seed: int = 0, pool_accuracy=None,
                metric: str | None = None, in_cost: bool = False, price_per_unit: float | None = None,
                name: str = "the curves table", level: float = DEFAULT_LEVEL) -> FitSummary:
    """Read a curves table (path or DataFrame) and forecast labels to ``target`` per strategy.

    ``pool_accuracy`` (a :class:`planner.forecast.pool_accuracy.PoolAccuracy`: the accuracy measured with
    the whole pool labeled) caps every forecast as the verdict does: a draw
    whose ceiling is below the target never reaches it, one above reaches it
    by the pool's end at the latest. ``metric``: the column to forecast
    (:func:`planner.forecast.io.read_curves`; default accuracy).

    ``in_cost`` (``alplan fit --in-cost``): beside each strategy's labels, their annotation cost, priced as
    ``alplan plan --in-cost`` prices them (:func:`cost_to_target`); ``price_per_unit``: dollars a unit of it.
    ``name``: the table's name in a refusal; ``level``: the central share of every range quoted.
    """
    target, level = _check_target(target), _check_level(level)
    curves = select_dataset(read_curves(source, metric=metric), dataset, model=model, batch_size=batch_size)
    fits = fit_strategies(curves, strategy=strategy, n_bootstrap=n_bootstrap, seed=seed)
    ceiling = None

    notes_extra: list[str] = [n for n in (neural_note(neural_models(curves)),) if n]
    if pool_accuracy is not None:
        ceiling = ceiling_draws(pool_accuracy.accuracy, pool_accuracy.se, seed=seed, n_draws=n_bootstrap)
        top = max((fc.asymptote for fc in fits.values()), default=0.0)
        if top > pool_accuracy.accuracy + 0.005:
            notes_extra.append(f"the curves alone level off at up to {top:.1%}; with the whole pool labeled the model "
                               f"measured {pool_accuracy.accuracy:.1%}, so no forecast goes above that within the pool")
    # the labels and their range are the verdict's own (planner.decide.rows.capped_labels over Plan.paths): the
    # same draws, the same measurements' bound, the same ceiling, the same whole counts and the same limit

    scen = Scenario(label_price=1.0)
    if pool_accuracy is not None:
        scen = with_ceiling(scen, pool_accuracy.accuracy, pool_accuracy.se, pool_accuracy.n_labels)
    plan = get_plan(curves, seed=int(seed), n_draws=int(n_bootstrap))
    paths = plan.paths(scen, target, level)
    priced, costs = None, {}
    if in_cost:
        priced, costs = cost_to_target(plan, curves, target, seed=int(seed), price_per_unit=price_per_unit,
                                       name=name, level=level)
    rows = []
    for name, fc in fits.items():
        part = curves[curves["strategy"] == name]
        path = paths[str(name)]
        samples = path.labels
        median, lo, hi, beyond = capped_labels(path, scen)
        plateaus = np.asarray(fc.draws.plateau, dtype=float)
        if ceiling is not None:
            plateaus = np.minimum(plateaus, ceiling)
        plateau_lo, plateau_hi = (float(v) for v in np.quantile(plateaus, [(1 - level) / 2, (1 + level) / 2]))
        ilo, ihi = fc.interval([fc.n_max], level)
        rows.append(StrategyForecast(
            strategy=str(name),
            n_runs=int(part["seed"].nunique()) if "seed" in part.columns else 1,
            n_max=fc.n_max,
            accuracy_at_n_max=float(part.loc[part["n_labels"] == part["n_labels"].max(), "accuracy"].mean()),
            families=fc.families,
            asymptote=fc.asymptote if pool_accuracy is None else min(fc.asymptote, float(pool_accuracy.accuracy)),
            asymptote_low=plateau_lo, asymptote_high=plateau_hi,
            regime=_regime_text(getattr(getattr(fc.draws, "raw", None), "regime", None)),
            labels=median,
            labels_low=float(lo),
            labels_high=float(hi),
            p_unreachable=float(np.mean(np.isinf(samples))),
            accuracy_interval_at_n_max=(float(ilo[0]), float(ihi[0])),
            label_limit=path.quote.limit, beyond_limit=beyond, **costs.get(str(name), {}),
        ))
    notes = (tuple(curves.attrs[k] for k in ("strategy_note",) if k in curves.attrs) + tuple(curves.attrs["notes"])
             + tuple(notes_extra))
    facts = None
    if priced is not None:   # the pricing of the strategies fitted, each at its path's labels
        facts = priced.to_dict(level, at={r.strategy: r.labels for r in rows})
        facts["strategies"] = {s: p for s, p in facts["strategies"].items() if s in {r.strategy for r in rows}}
    return FitSummary(target=target, level=level, strategies=tuple(rows),
                      metric_note=curves.attrs.get("metric_note", ""), notes=notes,
                      metric=curves.attrs.get("metric", "accuracy"), in_cost=facts, price_per_unit=price_per_unit)


#: A row's fields carried at the extrapolation limit, and the end of the cost range each one is.
_COST_ENDS = {"label_cost": "labels", "total_cost_low": "labels_low", "total_cost_high": "labels_high"}


def cost_to_target(plan, curves: pd.DataFrame, target: float, *, seed: int = 0, price_per_unit: float | None = None,
                   name: str = "the curves table", level: float = DEFAULT_LEVEL):
    """``(priced, costs)``: each strategy's labels to ``target`` priced in annotation cost, as ``alplan plan
    --in-cost`` prices them.

    The forecast stays in labels (``plan``'s draws: one model); each strategy's labels are priced by
    :func:`planner.forecast.in_cost.label_premiums` (``priced``, one premium replicate per draw, drawn with
    ``seed``): random's at its cost per label, an AL strategy's picks after its initial set at its premium at the
    count its path buys, AL billed in whole batches. ``costs`` maps each strategy to its row's fields of
    :class:`StrategyForecast`: the verdict's own row (:meth:`planner.decide.verdict.Plan.decide`, nothing but labels
    priced, at one unit a random label) times random's cost per label, so the median and range are those of the
    row `plan --in-cost` prints, in units of ``annotation_cost``.
    """
    priced = label_premiums(curves, n_draws=plan.n_draws, seed=seed, price_per_unit=price_per_unit, name=name)
    unit = with_premiums(Scenario(label_price=1.0, engineering_days=0.0), priced)   # labels only, a label at 1
    decision = plan.decide(unit, target, level=level)
    base = priced.random_per_label
    costs = {}
    for r in decision.strategies:
        carried = tuple(_COST_ENDS[k] for k in r.beyond_limit if k in _COST_ENDS)
        costs[r.strategy] = {"cost": r.label_cost * base, "cost_low": r.total_cost_low * base,
                             "cost_high": r.total_cost_high * base, "cost_beyond_limit": carried}
    return priced, costs
