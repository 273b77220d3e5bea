"""A curves table counted in annotation cost instead of labels (``alplan fit --in-cost``).

A table simulated with ``alplan simulate --cost-column NAME`` records, beside ``n_labels``, each run's cumulative
annotation cost (``annotation_cost``: the summed cost of the labeled examples, in the cost column's unit). Read
with :func:`in_cost`, the same curves are indexed by that cost: accuracy against cost spent, one point per run and
round, so the curve fits forecast the cost to a target as they forecast labels. The count a forecast works in must
be whole, so the cost is rounded to whole units, and refused where that would move a point by more than 1%.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from planner.forecast.messages import short

__all__ = ["COST_COLUMN", "MIN_UNITS", "CostCurves", "in_cost"]

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
    keys = [c for c in ("dataset", "model", "strategy", "seed", "batch_size", "label_noise") if c in out.columns]
    if keys:
        ordered = out.assign(_cost=cost).sort_values([*keys, "labels"], kind="stable")
        falls = ordered.groupby(keys, sort=False, dropna=False)["_cost"].diff() < 0
        if falls.any():
            row = int(ordered.index[np.flatnonzero(falls.to_numpy())[0]])
            raise ValueError(f"{name}: {COST_COLUMN} falls within a run (row {row + 1}): a run's cumulative cost "
                             "never falls; give the table as simulate wrote it")
    sums = pd.DataFrame({"strategy": out["strategy"].astype(str), "cost": cost, "labels": out["labels"]})
    sums = sums.groupby("strategy", sort=False)[["cost", "labels"]].sum()
    per_label = {str(k): float(r["cost"] / r["labels"]) for k, r in sums.iterrows()}
    out.attrs = dict(curves.attrs)
    return CostCurves(curves=out, per_label=per_label)
