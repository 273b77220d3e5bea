"""A curves table counted in annotation cost instead of labels (``alplan fit --in-cost``).

A table simulated with ``alplan simulate --cost-column NAME`` records, beside ``n_labels``, each run's cumulative
annotation cost (``annotation_cost``: the summed cost of the labeled examples, in the cost column's unit). Read
with :func:`in_cost`, the same curves are indexed by that cost: accuracy against cost spent, one point per run and
round, so the curve fits forecast the cost to a target as they forecast labels. The count a forecast works in must
be whole, so the cost is rounded to whole units, and refused where that would move a point by more than 1%.

:func:`label_premiums` reads the same column the other way (``alplan plan --in-cost``): the forecasts stay in
labels, and each strategy's labels are priced at what it paid a label. Random sampling's cost per label is the
base; an AL strategy's premium is its cost per label picked beyond its initial set over random's, with one seeded
bootstrap replicate over the table's runs per forecast draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from planner.forecast.messages import short

__all__ = ["COST_COLUMN", "MIN_UNITS", "CostCurves", "LabelPremiums", "in_cost", "label_premiums"]

#: The curves-table column of each run's cumulative annotation cost.
COST_COLUMN = "annotation_cost"
#: The smallest cumulative cost a point may have: rounded to whole units, it moves by at most 1%.
MIN_UNITS = 50.0
#: The largest cumulative cost a point may have (the bound on a count the forecast reads).
MAX_UNITS = 1_000_000_000


@dataclass(frozen=True)
class CostCurves:
    """A curves table indexed by annotation cost, and what each strategy paid a label.

    Attributes
    ----------
    curves : DataFrame
        The table with ``n_labels`` replaced by the whole cost units spent (``labels`` kept beside it).
    per_label : dict of str to float
        Each strategy's measured cost per label: its summed cost over its summed labels, over every row.
    """

    curves: pd.DataFrame
    per_label: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"unit": COST_COLUMN, "cost_per_label": {k: round(v, 6) for k, v in self.per_label.items()}}


def in_cost(curves: pd.DataFrame, *, name: str = "the curves table") -> CostCurves:
    """``curves`` (a table read by :func:`planner.forecast.io.read_curves`) indexed by its ``annotation_cost``.

    Raises
    ------
    ValueError
        One line naming the fix: no ``annotation_cost`` column, a row without a cost, a cost below
        :data:`MIN_UNITS` (too coarse a unit to count in) or above :data:`MAX_UNITS`, or a cost that falls
        within a run.
    """
    cost = _costs(curves, name)
    if (cost < MIN_UNITS).any():
        low = float(cost.min())
        raise ValueError(f"{name}: {COST_COLUMN} is as low as {low:g}, and counted in whole units it would move by "
                         f"more than 1%: give the costs in a finer unit (seconds, not minutes), at least "
                         f"{MIN_UNITS:g} a point")
    if (cost > MAX_UNITS).any():
        raise ValueError(f"{name}: {COST_COLUMN} reaches {float(cost.max()):.3g}, beyond {MAX_UNITS:,}: give the "
                         "costs in a coarser unit")
    out = curves.copy()
    out["labels"] = out["n_labels"]
    out["n_labels"] = np.round(cost).astype(np.int64)
    _check_runs(out.assign(_cost=cost), "labels", name)
    sums = pd.DataFrame({"strategy": out["strategy"].astype(str), "cost": cost, "labels": out["labels"]})
    sums = sums.groupby("strategy", sort=False)[["cost", "labels"]].sum()
    per_label = {str(k): float(r["cost"] / r["labels"]) for k, r in sums.iterrows()}
    out.attrs = dict(curves.attrs)
    return CostCurves(curves=out, per_label=per_label)


#: The columns that tell one run of a curves table from another (with ``strategy``).
RUN_KEYS = ("dataset", "model", "seed", "batch_size", "label_noise")
#: Where a premium replicate is kept: within what ``--al-label-premium`` accepts (above 0, at most 1,000).
PREMIUM_BOUNDS = (1e-3, 1000.0)


def _costs(curves: pd.DataFrame, name: str) -> np.ndarray:
    """The ``annotation_cost`` column as floats (shape (rows,)); refused without the column or with a row lacking
    a cost."""
    lower = {str(c).strip().lower(): c for c in curves.columns}
    if COST_COLUMN not in lower:
        raise ValueError(f"{name} has no {COST_COLUMN} column: simulate with --cost-column NAME (a column of "
                         "per-example costs in --data), or leave --in-cost out")
    cost = pd.to_numeric(curves[lower[COST_COLUMN]], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(cost)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        strategy = short(str(curves["strategy"].iloc[row]))
        raise ValueError(f"{name}: {strategy}'s row {row + 1} has no {COST_COLUMN} (its data carried no cost column):"
                         f" give a table simulated with --cost-column throughout, or leave --in-cost out")
    return cost


def _check_runs(table: pd.DataFrame, labels: str, name: str) -> None:
    """Refuse a run (``strategy`` and :data:`RUN_KEYS`) whose cumulative ``_cost`` falls as its ``labels`` grow."""
    keys = [c for c in ("dataset", "model", "strategy", "seed", "batch_size", "label_noise") if c in table.columns]
    if not keys:
        return
    ordered = table.sort_values([*keys, labels], kind="stable")
    falls = ordered.groupby(keys, sort=False, dropna=False)["_cost"].diff() < 0
    if falls.any():
        row = int(ordered.index[np.flatnonzero(falls.to_numpy())[0]])
        raise ValueError(f"{name}: {COST_COLUMN} falls within a run (row {row + 1}): a run's cumulative cost "
                         "never falls; give the table as simulate wrote it")


@dataclass(frozen=True)
class LabelPremiums:
    """What each strategy of a curves table paid a label, as ``alplan plan --in-cost`` prices it.

    Attributes
    ----------
    random_per_label : float
        Random sampling's cost per label (units of ``annotation_cost``): its runs' summed cost over their summed
        labels, at each run's last measured count.
    per_label : dict of str to float
        Each AL strategy's cost per label picked beyond its initial set: its runs' summed cost beyond the first
        measured count over their summed labels beyond it.
    premiums : dict of str to tuple of float
        Per AL strategy its premium in each forecast draw (``n_draws`` numbers): its cost per picked label over
        random's cost per label, both from one bootstrap resample of the runs.
    runs : dict of str to int
        The runs each strategy's cost rests on (random's included).
    price_per_unit : float or None
        Dollars a unit of annotation cost (``--price-per-unit``): the label price is then this times
        :attr:`random_per_label`; None: the label price given is random's price per label.
    """

    random_per_label: float
    per_label: dict = field(default_factory=dict)
    premiums: dict = field(default_factory=dict)
    runs: dict = field(default_factory=dict)
    price_per_unit: float | None = None

    def premium(self, strategy: str) -> float:
        """``strategy``'s premium quoted: the median of its per-draw premiums."""
        return float(np.median(self.premiums[strategy]))

    def premium_range(self, strategy: str, level: float = 0.8) -> tuple[float, float]:
        """The central ``level`` range of ``strategy``'s per-draw premiums."""
        draws = np.asarray(self.premiums[strategy], dtype=float)
        return float(np.quantile(draws, (1 - level) / 2)), float(np.quantile(draws, (1 + level) / 2))

    @property
    def label_price(self) -> float | None:
        """Random's price per label at :attr:`price_per_unit` (None without one)."""
        return None if self.price_per_unit is None else self.price_per_unit * self.random_per_label

    def to_dict(self, level: float = 0.8) -> dict:
        """The facts of the pricing: the unit, random's cost per label, each AL strategy's premium and range."""
        out = {"unit": COST_COLUMN, "random_cost_per_label": round(self.random_per_label, 6),
               "price_per_unit": self.price_per_unit,
               "label_price": None if self.label_price is None else round(self.label_price, 6),
               "level": level, "runs": dict(self.runs), "strategies": {}}
        for s in self.premiums:
            low, high = self.premium_range(s, level)
            out["strategies"][s] = {"cost_per_label": round(self.per_label[s], 6),
                                    "premium": round(self.premium(s), 6), "premium_low": round(low, 6),
                                    "premium_high": round(high, 6)}
        return out


def _run_sums(curves: pd.DataFrame, cost: np.ndarray, name: str) -> pd.DataFrame:
    """Per run (``strategy`` and :data:`RUN_KEYS`): its first and last measured count and cumulative cost."""
    keys = [c for c in RUN_KEYS if c in curves.columns]
    table = pd.DataFrame({"strategy": curves["strategy"].astype(str).to_numpy(),
                          **{k: curves[k].to_numpy() for k in keys},
                          "labels": pd.to_numeric(curves["n_labels"], errors="coerce").to_numpy(dtype=float),
                          "_cost": cost})
    _check_runs(table, "labels", name)
    table = table.sort_values([*keys, "labels"], kind="stable")
    grouped = table.groupby(["strategy", *keys], sort=True, dropna=False)
    out = grouped.agg(first_labels=("labels", "first"), last_labels=("labels", "last"),
                      first_cost=("_cost", "first"), last_cost=("_cost", "last")).reset_index()
    out["run"] = [tuple(r) for r in out[keys].itertuples(index=False)] if keys else [()] * len(out)
    return out


def label_premiums(curves: pd.DataFrame, *, n_draws: int, seed: int = 0, price_per_unit: float | None = None,
                   name: str = "the curves table", random: str = "random") -> LabelPremiums:
    """Each strategy's labels priced at its own measured cost per label (``alplan plan --in-cost``).

    Parameters
    ----------
    curves : DataFrame
        The curves the verdict reads (one data set, model and batch size), with an ``annotation_cost`` column.
    n_draws : int
        The forecast's draws: one premium replicate each, paired one to one.
    seed : int
        Seeds the bootstrap (``np.random.SeedSequence(seed).spawn``): the same table and seed, the same premiums.
    price_per_unit : float or None
        Dollars a unit of annotation cost, kept on the result (:attr:`LabelPremiums.label_price`).
    name : str
        The table's name in a refusal.

    Returns
    -------
    LabelPremiums
        Random's cost per label, each AL strategy's cost per picked label and its ``n_draws`` premiums. Each
        replicate resamples the runs with replacement: the same resample for every strategy where they share
        their runs (the same seeds: one initial set, one test split), each its own otherwise.

    Raises
    ------
    ValueError
        One line naming the fix: no ``annotation_cost`` column, a row without a cost, a cumulative cost that
        falls within a run, no random sampling, random's labels costing nothing, or an AL strategy with no label
        beyond its initial set.
    """
    if isinstance(n_draws, bool) or int(n_draws) < 1:
        raise ValueError(f"n_draws must be a whole number >= 1, got {n_draws!r}")
    cost = _costs(curves, name)
    runs = _run_sums(curves, cost, name)
    if random not in set(runs["strategy"]):
        raise ValueError(f"{name} has no {random} sampling runs: --in-cost prices each strategy's labels against "
                         f"{random}'s cost per label; simulate {random} too, or leave --in-cost out")
    units, labels, run_ids = {}, {}, {}
    for s, mine in runs.groupby("strategy", sort=False):
        s = str(s)
        if s == random:
            units[s], labels[s] = mine["last_cost"].to_numpy(), mine["last_labels"].to_numpy()
        else:   # the labels it picked: beyond its first measured count, the initial set drawn at random
            units[s] = (mine["last_cost"] - mine["first_cost"]).to_numpy()
            labels[s] = (mine["last_labels"] - mine["first_labels"]).to_numpy()
        run_ids[s] = list(mine["run"])
        if labels[s].sum() <= 0:
            raise ValueError(f"{name}: {short(s)} has no labels beyond its initial set to measure what its labels "
                             "cost: simulate more than one round, or leave --in-cost out")
    if units[random].sum() <= 0:
        raise ValueError(f"{name}: {random}'s labels cost nothing ({COST_COLUMN} 0): give the per-example costs, or "
                         "leave --in-cost out")
    rng = np.random.default_rng(np.random.SeedSequence(int(seed)).spawn(1)[0])
    B = int(n_draws)
    shared = all(run_ids[s] == run_ids[random] for s in run_ids)
    common = rng.integers(0, len(run_ids[random]), size=(B, len(run_ids[random]))) if shared else None

    def per_draw(s: str) -> np.ndarray:
        idx = common if shared else rng.integers(0, len(units[s]), size=(B, len(units[s])))
        spent, bought = units[s][idx].sum(axis=1), labels[s][idx].sum(axis=1)
        return spent / np.where(bought > 0, bought, np.nan)

    base = per_draw(random)
    low, high = PREMIUM_BOUNDS
    premiums, per_label = {}, {}
    for s in sorted(units, key=lambda k: (k != random, k)):
        if s == random:
            continue
        per_label[s] = float(units[s].sum() / labels[s].sum())
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = per_draw(s) / base
        ratio = np.where(np.isfinite(ratio), ratio, per_label[s] / float(units[random].sum() / labels[random].sum()))
        premiums[s] = tuple(float(v) for v in np.clip(ratio, low, high))
    return LabelPremiums(random_per_label=float(units[random].sum() / labels[random].sum()), per_label=per_label,
                         premiums=premiums, runs={s: len(v) for s, v in run_ids.items()},
                         price_per_unit=price_per_unit)
