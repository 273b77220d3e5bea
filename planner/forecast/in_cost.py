"""What each strategy of a curves table paid a label (``alplan plan --in-cost``, ``budget --in-cost``,
``fit --in-cost`` and the page's "Decide in annotation cost").

A table simulated with ``alplan simulate --cost-column NAME`` records, beside ``n_labels``, each run's cumulative
annotation cost (``annotation_cost``: the summed cost of the labeled examples, in the cost column's unit).
:func:`label_premiums` reads it: the forecasts stay in labels, and each strategy's labels are priced at what it
paid a label. Random sampling's cost per label is the base; an AL strategy's premium is its cost per label picked
beyond its initial set over random's, with one seeded bootstrap replicate over the table's runs per forecast draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from planner.forecast.curves import DEFAULT_LEVEL
from planner.forecast.messages import short

__all__ = ["COST_COLUMN", "LabelPremiums", "PremiumCurve", "label_premiums"]

#: The curves-table column of each run's cumulative annotation cost.
COST_COLUMN = "annotation_cost"

#: The columns that tell one run of a curves table from another.
RUN_KEYS = ("dataset", "model", "strategy", "seed", "batch_size", "label_noise")
#: What a premium may be: within what ``--al-label-premium`` accepts (above 0, at most 1,000). A strategy whose
#: measured premium (over every run, at any count) exceeds the upper bound is refused; a premium below the lower
#: bound (picks that cost nothing) is priced at it, and a bootstrap replicate beyond either is held at it (the
#: answer says so where a quoted premium sits at the floor).
PREMIUM_BOUNDS = (1e-3, 1000.0)


#: How a refusal tells the CLI's user to decide in labels instead (the page names its own control).
LEAVE_OUT = "leave --in-cost out"


def _costs(curves: pd.DataFrame, name: str, off: str = LEAVE_OUT) -> np.ndarray:
    """The ``annotation_cost`` column as floats (shape (rows,)); refused without the column, with a cost that is
    not a number (``12.3s``) or infinite, or with a row lacking a cost. ``off``: how to decide in labels
    instead, in the refusal."""
    lower = {str(c).strip().lower(): c for c in curves.columns}
    if COST_COLUMN not in lower:
        raise ValueError(f"{name} has no {COST_COLUMN} column: simulate with --cost-column NAME (a column of "
                         f"per-example costs in --data), or {off}")
    column = curves[lower[COST_COLUMN]]
    cost = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(cost)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        value = column.iloc[row]
        where = f"{name}: row {row + 1} (strategy {short(str(curves['strategy'].iloc[row]))})"
        if isinstance(value, str) and value.strip() and not np.isinf(cost[row]):
            raise ValueError(f"{where}: {COST_COLUMN} holds {short(value.strip())}, not a number: write every cost "
                             f"as a plain number in one unit (12.3, not '12.3s'), or {off}")
        if np.isinf(cost[row]):
            raise ValueError(f"{where}: {COST_COLUMN} is infinite: give each run's finite cumulative cost, or {off}")
        raise ValueError(f"{where} has no {COST_COLUMN} (its data carried no cost column): give a table simulated "
                         f"with --cost-column throughout, or {off}")
    return cost


def _check_runs(table: pd.DataFrame, labels: str, name: str) -> None:
    """Refuse a run (:data:`RUN_KEYS`) whose cumulative ``_cost`` falls as its ``labels`` grow."""
    keys = [c for c in RUN_KEYS if c in table.columns]
    if not keys:
        return
    ordered = table.sort_values([*keys, labels], kind="stable")
    falls = ordered.groupby(keys, sort=False, dropna=False)["_cost"].diff() < 0
    if falls.any():
        row = int(ordered.index[np.flatnonzero(falls.to_numpy())[0]])
        raise ValueError(f"{name}: {COST_COLUMN} falls within a run (row {row + 1}): a run's cumulative cost "
                         "never falls; give the table as simulate wrote it")


def _interp_rows(counts: np.ndarray, table: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Row ``b`` of ``table`` (shape (B, K), one value per count of ``counts``, shape (K,)) read at ``labels[b]``:
    linear between the counts, held at the ends (a count past the last: the whole measured curve's value)."""
    x = np.asarray(labels, dtype=float)
    x = np.where(np.isfinite(x), np.clip(x, counts[0], counts[-1]), counts[-1])
    if len(counts) == 1:
        return table[:, 0].copy()
    j = np.clip(np.searchsorted(counts, x, side="right"), 1, len(counts) - 1)
    w = (x - counts[j - 1]) / (counts[j] - counts[j - 1])
    rows = np.arange(table.shape[0])
    return table[rows, j - 1] * (1 - w) + table[rows, j] * w


@dataclass(frozen=True, eq=False)
class PremiumCurve:
    """One AL strategy's premium as a function of the labels its path buys: its cost per label picked up to that
    count over random's cost per label (what :attr:`planner.decide.costs.Scenario.label_premiums` prices with).

    Attributes
    ----------
    counts : ndarray of shape (K,)
        The label counts the strategy measured beyond its initial set, ascending.
    point : ndarray of shape (K,)
        The premium at each count over every run.
    draws : ndarray of shape (B, K)
        The premium at each count in each bootstrap replicate of the runs (replicate ``b`` prices forecast draw
        ``b``).

    Past the last measured count the premium holds its value there (the whole measured curve's cost per label):
    the cost of labels beyond the measurements is not seen.
    """

    counts: np.ndarray
    point: np.ndarray
    draws: np.ndarray

    def at(self, labels) -> np.ndarray:
        """The premium over every run at each of ``labels`` (shape (n,))."""
        x = np.atleast_1d(np.asarray(labels, dtype=float))
        x = np.where(np.isfinite(x), x, self.counts[-1])
        return np.interp(x, self.counts, self.point)

    def per_draw(self, labels) -> np.ndarray:
        """Replicate ``b``'s premium at ``labels[b]`` (shape (B,)): forecast draw ``b`` priced at its own count."""
        x = np.atleast_1d(np.asarray(labels, dtype=float))
        if x.shape != (self.draws.shape[0],):
            raise ValueError(f"the label premium carries {self.draws.shape[0]:,} draws and the forecast "
                             f"{x.size:,}; draw the premium once per forecast draw")
        return _interp_rows(self.counts, self.draws, x)

    def median(self) -> float:
        """The premium quoted for the whole measured curve: the replicates' median at the last count."""
        return float(np.median(self.draws[:, -1]))

    def quote(self, count: float | None = None, level: float = DEFAULT_LEVEL) -> tuple[float, float, float]:
        """(median, low, high) of the replicates' premium at ``count`` (None: the whole measured curve)."""
        at = np.full(self.draws.shape[0], np.inf if count is None else float(count))
        values = _interp_rows(self.counts, self.draws, at)
        return (float(np.median(values)), float(np.quantile(values, (1 - level) / 2)),
                float(np.quantile(values, (1 + level) / 2)))


@dataclass(frozen=True)
class LabelPremiums:
    """What each strategy of a curves table paid a label, as ``alplan plan --in-cost`` prices it.

    Attributes
    ----------
    random_per_label : float
        Random sampling's cost per label (units of ``annotation_cost``): its runs' summed cost over their summed
        labels, at each run's last measured count.
    per_label : dict of str to float
        Each AL strategy's cost per label picked beyond its initial set, over its whole measured curve: its runs'
        summed cost beyond the first measured count over their summed labels beyond it.
    premiums : dict of str to PremiumCurve
        Per AL strategy its premium at each count it measured, over every run and in each of ``n_draws`` bootstrap
        replicates of the runs (random's cost per label read off the same replicate).
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

    @property
    def label_price(self) -> float | None:
        """Random's price per label at :attr:`price_per_unit` (None without one)."""
        return None if self.price_per_unit is None else self.price_per_unit * self.random_per_label

    def to_dict(self, level: float = DEFAULT_LEVEL, at: dict | None = None) -> dict:
        """The facts of the pricing: the unit, random's cost per label, and per AL strategy its premium at
        ``at[strategy]`` labels (its path's count, or what a budget buys; absent, not finite or none: the whole
        measured curve) with the ``level`` range of the replicates there, and over the whole measured curve. At a
        count the premium is the one a bill of that many labels is priced at (:meth:`PremiumCurve.at`, over every
        run; the range widened to hold it); over the whole curve, the replicates' median
        (:meth:`PremiumCurve.median`, what the scenario quotes)."""
        out = {"unit": COST_COLUMN, "random_cost_per_label": round(self.random_per_label, 6),
               "price_per_unit": self.price_per_unit,
               "label_price": None if self.label_price is None else round(self.label_price, 6),
               "level": level, "runs": dict(self.runs), "strategies": {}}
        for s, curve in self.premiums.items():
            count = (at or {}).get(s)
            count = float(count) if count is not None and np.isfinite(count) and count > 0 else None
            mid, low, high = curve.quote(count, level)
            if count is not None:   # the premium the bill of ``count`` labels uses
                mid = float(curve.at([count])[0])
                low, high = min(low, mid), max(high, mid)
            whole = curve.quote(None, level)[0]
            out["strategies"][s] = {"cost_per_label": round(self.per_label[s], 6),
                                    "at_labels": None if count is None else round(count),
                                    "premium": round(mid, 6), "premium_low": round(low, 6),
                                    "premium_high": round(high, 6), "whole_curve_premium": round(whole, 6),
                                    "measured_to": int(curve.counts[-1])}
        return out


def _run_sums(curves: pd.DataFrame, cost: np.ndarray, name: str) -> pd.DataFrame:
    """Per run (``strategy`` and the rest of :data:`RUN_KEYS`): its measured counts and cumulative costs, ascending."""
    keys = [c for c in RUN_KEYS if c != "strategy" and c in curves.columns]
    table = pd.DataFrame({"strategy": curves["strategy"].astype(str).to_numpy(),
                          **{k: curves[k].to_numpy() for k in keys},
                          "labels": pd.to_numeric(curves["n_labels"], errors="coerce").to_numpy(dtype=float),
                          "_cost": cost})
    _check_runs(table, "labels", name)
    table = table.sort_values([*keys, "labels"], kind="stable")
    grouped = table.groupby(["strategy", *keys], sort=True, dropna=False)
    out = grouped.agg(labels=("labels", list), costs=("_cost", list)).reset_index()
    out["run"] = [tuple(r) for r in out[keys].itertuples(index=False)] if keys else [()] * len(out)
    return out


def _picked(labels: list, costs: list, grid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One AL run's (cost, labels) picked beyond its first count at each count of ``grid`` (shape (K,)): its
    cumulative cost read linearly between its counts, and past its last count at its own mean cost per pick."""
    n, c = np.asarray(labels, dtype=float), np.asarray(costs, dtype=float)
    picks = np.maximum(grid - n[0], 0.0)
    rate = (c[-1] - c[0]) / (n[-1] - n[0]) if n[-1] > n[0] else 0.0
    spent = np.where(grid <= n[-1], np.interp(grid, n, c) - c[0], c[-1] - c[0] + (grid - n[-1]) * rate)
    return np.maximum(spent, 0.0), picks


def label_premiums(curves: pd.DataFrame, *, n_draws: int, seed: int = 0, price_per_unit: float | None = None,
                   name: str = "the curves table", random: str = "random", off: str = LEAVE_OUT) -> LabelPremiums:
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
    off : str
        How a refusal says to decide in labels instead (the page names its own control).

    Returns
    -------
    LabelPremiums
        Random's cost per label, each AL strategy's cost per picked label and its premium at each count it measured
        (:class:`PremiumCurve`: what its labels up to that count cost a label, over random's), in each of
        ``n_draws`` replicates. Each replicate resamples the runs with replacement: the same resample for every
        strategy where they share their runs (the same seeds: one initial set, one test split), each its own
        otherwise.

    Raises
    ------
    ValueError
        One line naming the fix: no ``annotation_cost`` column, a row without a cost (or one that is no number,
        or infinite), a cumulative cost that falls within a run, no random sampling, random's labels costing
        nothing, an AL strategy with no label beyond its initial set, or one whose premium exceeds the upper bound
        of :data:`PREMIUM_BOUNDS`.
    """
    if isinstance(n_draws, bool) or int(n_draws) < 1:
        raise ValueError(f"n_draws must be a whole number >= 1, got {n_draws!r}")
    cost = _costs(curves, name, off)
    runs = _run_sums(curves, cost, name)
    if random not in set(runs["strategy"]):
        raise ValueError(f"{name} has no {random} sampling runs: --in-cost prices each strategy's labels against "
                         f"{random}'s cost per label; simulate {random} too, or {off}")
    mine = {str(s): g for s, g in runs.groupby("strategy", sort=False)}
    run_ids = {s: list(g["run"]) for s, g in mine.items()}
    rnd = mine[random]
    rnd_cost = np.array([c[-1] for c in rnd["costs"]])
    rnd_labels = np.array([n[-1] for n in rnd["labels"]])
    if rnd_cost.sum() <= 0:
        raise ValueError(f"{name}: {random}'s labels cost nothing ({COST_COLUMN} 0): give the per-example costs, or "
                         f"{off}")
    spent, picked, grids = {}, {}, {}
    for s in sorted(k for k in mine if k != random):
        g = mine[s]
        firsts = np.array([n[0] for n in g["labels"]])
        grid = np.unique(np.concatenate([np.asarray(n, dtype=float) for n in g["labels"]]))
        grid = grid[grid > firsts.min()]
        if not len(grid):
            raise ValueError(f"{name}: {short(s)} has no labels beyond its initial set to measure what its labels "
                             f"cost: simulate more than one round, or {off}")
        parts = [_picked(n, c, grid) for n, c in zip(g["labels"], g["costs"])]
        spent[s], picked[s], grids[s] = (np.stack([p[0] for p in parts]), np.stack([p[1] for p in parts]), grid)
    rng = np.random.default_rng(np.random.SeedSequence(int(seed)).spawn(1)[0])
    B = int(n_draws)
    shared = all(run_ids[s] == run_ids[random] for s in run_ids)

    def weights(n_runs: int) -> np.ndarray:   # (B, runs): how often each run is drawn in each replicate
        idx = rng.integers(0, n_runs, size=(B, n_runs))
        return np.stack([np.bincount(row, minlength=n_runs) for row in idx]).astype(float)

    common = weights(len(rnd)) if shared else None
    w = common if shared else weights(len(rnd))
    base_draws = (w @ rnd_cost) / (w @ rnd_labels)
    base = float(rnd_cost.sum() / rnd_labels.sum())
    low, high = PREMIUM_BOUNDS
    premiums, per_label = {}, {}
    for s in spent:
        w = common if shared else weights(len(spent[s]))
        with np.errstate(divide="ignore", invalid="ignore"):
            point = spent[s].sum(axis=0) / picked[s].sum(axis=0) / base
            draws = (w @ spent[s]) / (w @ picked[s]) / base_draws[:, None]
        point = np.where(np.isfinite(point), point, 1.0)
        if point.max() > high:   # a premium beyond the bound is refused, not priced at it
            k = int(np.argmax(point))
            raise ValueError(f"{name}: strategy {short(s)}: its picked labels up to {grids[s][k]:,.0f} cost "
                             f"{point[k]:,.4g}x random's a label, beyond the {high:,.0f}x a label premium may be: give every "
                             f"strategy's {COST_COLUMN} in one unit, or {off}")
        draws = np.where(np.isfinite(draws), draws, point[None, :])
        premiums[s] = PremiumCurve(counts=grids[s], point=np.clip(point, low, high), draws=np.clip(draws, low, high))
        per_label[s] = float(spent[s][:, -1].sum() / picked[s][:, -1].sum())
    return LabelPremiums(random_per_label=base, per_label=per_label, premiums=premiums,
                         runs={s: len(v) for s, v in run_ids.items()}, price_per_unit=price_per_unit)
