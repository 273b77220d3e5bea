"""Label the whole pool for less: humans label part of it, a model trained on their labels labels the rest.

The question (Qiu, Chintalapudi and Govindan, "Minimum Cost Human-Machine
Active Labeling", ICLR 2023): a pool of ``N`` examples must all be labeled,
and the delivered data set's label accuracy must be at least ``Q``. Humans
label ``n`` training examples (chosen by a strategy), a held-out split of
``h`` examples (on which the machine labels' accuracy is checked), and the
low-confidence part of the remainder; the model labels the examples it is
sure of, at a machine accuracy bar ``q >= Q`` recorded by the simulator
(``alplan simulate --hybrid-accuracy``).

For every strategy, bar and training count ``n`` on a grid, every joint draw
(:mod:`planner.forecast.draws`, the verdict's machinery run on the
``machine_share`` curves) gives:

* ``machine_labels = (N - n - h) * share(n)``, ``human_labels = N - machine_labels``;
* the total cost: the training labels as an AL path buys them (rounds, compute
  per round and the final training, :func:`planner.decide.costs.path_costs`),
  the held-out split and the remainder's human labels at the price per label,
  the engineering set-up (paid by every path that machine-labels, random's
  too) and the delay of one more vendor order;
* the delivered label accuracy ``(human_labels * a_v + machine_labels * a_m) / N``
  with ``a_v`` the vendor's accuracy (after majority voting; without a
  vendor error, the noise the curves were simulated at) and ``a_m`` the
  accuracy the simulated machine labels truly had at that bar (one measured
  round's at the larger half of the measured label counts, resampled per
  draw).

A split meets the promise when the mean delivered accuracy is at least ``Q``
and at least :data:`SURE` of the draws deliver ``Q``. Each strategy's answer is
its split of lowest median total cost among those that meet it; where
labeling everything by hand meets ``Q`` and costs no more, the answer is to
label everything by hand. The recommendation is the cheapest answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from planner.decide.costs import Scenario
from planner.decide.summaries import DEFAULT_LEVEL, json_number

__all__ = ["ALL_HUMAN", "DEFAULT_HOLDOUT", "PAGE_BAR", "SURE", "HybridPath", "HybridPlan", "all_human_cost",
           "cost_parts", "hybrid_bars", "label_accuracy_of", "plan_hybrid"]

#: The held-out split's size: the simulator's default (``simulations.run.hybrid.DEFAULT_HOLDOUT``).
DEFAULT_HOLDOUT = 500
#: Share of draws that must deliver the accuracy promise for a split to meet it.
SURE = 0.9
#: Training counts are planned up to this multiple of the largest count measured (and within the pool).
MAX_EXTRAPOLATION = 4.0
#: Points of the training-count grid.
GRID_POINTS = 60
#: The accuracy bar the page's simulations record (and its section asks for first).
PAGE_BAR = 0.95
#: The answer that labels everything by hand.
ALL_HUMAN = "all-human"
_BAR_TOL = 1e-6


@dataclass(frozen=True)
class HybridPath:
    """One strategy's answer: how many labels humans and the model deliver, what it costs and how accurate it is.

    ``hybrid`` False: labeling everything by hand is the answer (cheaper, or no
    split meets the promise). Costs are medians over the draws, with the
    ``level`` central range; the parts sum to ``total_cost`` in every draw.
    """

    strategy: str
    hybrid: bool
    meets: bool
    machine_bar: float | None
    training_labels: int
    holdout_labels: int
    human_labels: int
    machine_labels: int
    total_cost: float
    total_cost_low: float
    total_cost_high: float
    costs: dict
    expected_label_accuracy: float
    p_meets: float
    machine_accuracy: float | None
    machine_share: float | None

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in (
            "strategy", "hybrid", "meets", "machine_bar", "training_labels", "holdout_labels", "human_labels",
            "machine_labels", "total_cost", "total_cost_low", "total_cost_high", "expected_label_accuracy",
            "p_meets", "machine_accuracy", "machine_share")}
        out.update({k: v for k, v in self.costs.items()})
        return {k: json_number(v) for k, v in out.items()}


@dataclass(frozen=True)
class HybridPlan:
    """The answer of ``alplan hybrid`` and the page's "Label the whole pool?" section."""

    label_accuracy: float
    pool_size: int
    holdout: int
    vendor_accuracy: float
    all_human_cost: float
    all_human_meets: bool
    strategies: tuple[HybridPath, ...]
    recommendation: str | None
    savings: float | None
    bars: tuple[float, ...]
    level: float = DEFAULT_LEVEL
    sure: float = SURE
    curve: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False, repr=False)
    notes: tuple[str, ...] = ()

    def row(self, strategy: str) -> HybridPath | None:
        return next((p for p in self.strategies if p.strategy == strategy), None)

    def to_dict(self) -> dict:
        return {
            "label_accuracy": self.label_accuracy, "pool_size": self.pool_size, "holdout": self.holdout,
            "vendor_accuracy": json_number(self.vendor_accuracy), "all_human_cost": json_number(self.all_human_cost),
            "all_human_meets": self.all_human_meets, "recommendation": self.recommendation,
            "savings": json_number(self.savings), "machine_bars": list(self.bars), "level": self.level,
            "sure": self.sure, "strategies": [p.to_dict() for p in self.strategies], "notes": list(self.notes),
        }


def hybrid_bars(curves: pd.DataFrame) -> tuple[float, ...]:
    """The accuracy bars a curves table recorded (``machine_target``), ascending.

    Raises
    ------
    ValueError
        when the table has no hybrid columns (naming the simulate flag that makes them).
    """
    missing = [c for c in ("machine_target", "machine_share", "machine_accuracy") if c not in curves.columns]
    bars = pd.to_numeric(curves["machine_target"], errors="coerce").dropna() if not missing else pd.Series([])
    if missing or bars.empty:
        raise ValueError("the curves table has no hybrid columns (machine_target, machine_share, machine_accuracy): "
                         "simulate with `alplan simulate --hybrid-accuracy Q` (for example 0.95) to record them")
    return tuple(sorted({round(float(b), 9) for b in bars}))


def _check_inputs(label_accuracy, pool_size, holdout, bars) -> tuple[float, ...]:
    from planner.forecast.messages import shorten

    if isinstance(label_accuracy, bool) or not isinstance(label_accuracy, (int, float)) \
            or not math.isfinite(float(label_accuracy)) or not 0.0 < float(label_accuracy) < 1.0:
        raise ValueError(f"--label-accuracy must be an accuracy strictly between 0 and 1 such as 0.95, "
                         f"got {label_accuracy!r}")
    if isinstance(pool_size, bool) or not isinstance(pool_size, (int, np.integer)) or pool_size < 1:
        raise ValueError(f"--pool-size must be a whole number of examples >= 1, got {pool_size!r}")
    if isinstance(holdout, bool) or not isinstance(holdout, (int, np.integer)) or holdout < 1:
        raise ValueError(f"--holdout must be a whole number of examples >= 1, got {holdout!r}")
    q = float(label_accuracy)
    if not any(abs(b - q) < _BAR_TOL for b in bars):
        raise ValueError(f"the curves table recorded the accuracy bar(s) {shorten([f'{b:g}' for b in bars])}, not "
                         f"{q:g}: simulate with `alplan simulate --hybrid-accuracy {q:g}` or plan for a recorded bar")
    return tuple(b for b in bars if b >= q - _BAR_TOL)


def _machine_accuracy(rows: pd.DataFrame, strategy: str, bar: float, n_draws: int, seed: int) -> np.ndarray:
    """Per draw, the accuracy the simulated machine labels truly had at ``bar``: one measured round's (of any
    run, among the rounds that machine-labeled something at the larger half of the label counts measured,
    drawn in proportion to the share it labeled), so the draws spread as much as single rounds do; ``bar``
    itself where no round machine-labeled anything.

    The larger counts: the more a model labels, the closer its threshold sits to the bar and its labels'
    accuracy to the bar; the early rounds' few sure labels would promise too much for the shares forecast."""
    g = rows[(rows["strategy"] == strategy) & rows["machine_share"].gt(0) & rows["machine_accuracy"].notna()]
    if g.empty:
        return np.full(n_draws, bar)
    g = g[g["n_labels"] >= g["n_labels"].median()]
    w = g["machine_share"].to_numpy(float)
    values = g["machine_accuracy"].to_numpy(float)
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), int(round(bar * 1e6)), len(strategy)]))
    return values[rng.choice(values.size, size=n_draws, p=w / w.sum())]


def _share_plan(rows: pd.DataFrame, seed: int, n_draws: int, dataset, model, batch_size):
    """The verdict's joint draws (a :class:`planner.decide.verdict.Plan`) of the machine-share curves of one
    bar: ``machine_share`` planned on as the metric."""
    from planner.decide.verdict import get_plan

    keep = [c for c in ("dataset", "model", "strategy", "seed", "batch_size", "label_noise", "n_labels")
            if c in rows.columns]
    table = rows[keep].assign(accuracy=rows["machine_share"].to_numpy(float)).reset_index(drop=True)
    return get_plan(table, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)


def plan_hybrid(curves, scenario: Scenario, label_accuracy: float, pool_size: int, *, holdout: int = DEFAULT_HOLDOUT,
                vendors: pd.DataFrame | None = None, seed: int = 0, n_draws: int = 400,
                level: float = DEFAULT_LEVEL, dataset: str | None = None, model: str | None = None,
                batch_size: int | None = None) -> HybridPlan:
    """Plan hybrid labeling of a pool of ``pool_size`` examples to a delivered label accuracy ``label_accuracy``.

    Parameters
    ----------
    curves : DataFrame or path
        A curves table with the hybrid columns (every bar's rows).
    scenario : Scenario
        Prices (a vendor is applied from ``vendors`` or the shipped table).
    label_accuracy : float in (0, 1)
        The whole delivered data set's label accuracy; a bar the table recorded.
    pool_size : int
        Examples to label; at least the largest label count the curves measured.
    holdout : int
        The human-labeled held-out split.

    Returns
    -------
    HybridPlan
    """
    from planner.forecast.io import read_curves
    from planner.forecast.selection import select_curves

    table = read_curves(curves, all_bars=True)
    bars = _check_inputs(label_accuracy, pool_size, holdout, hybrid_bars(table))
    table = select_curves(table, dataset=dataset, model=model, batch_size=batch_size)
    for column in ("machine_target", "machine_share", "machine_accuracy"):
        table[column] = pd.to_numeric(table[column], errors="coerce")
    q, N, h = float(label_accuracy), int(pool_size), int(holdout)
    n_measured = float(table["n_labels"].max())
    if N < n_measured:
        raise ValueError(f"--pool-size {N:,} is smaller than the {int(n_measured):,} labels the curves measured: "
                         "give the number of examples of the whole pool to label")
    n_first = float(table["n_labels"].min())
    if N - h <= n_first:
        raise ValueError(f"--pool-size {N:,} leaves no examples to machine-label after the {h:,} held-out and "
                         f"{int(n_first):,} training labels: give the whole pool's size or a smaller --holdout")
    first = _share_plan(table[np.abs(table["machine_target"] - bars[0]) < _BAR_TOL].dropna(subset=["machine_share"]),
                        seed, n_draws, dataset, model, batch_size)
    scen = first.resolve(scenario, vendors)
    error = scen.effective_label_error
    assumed = ()
    if error is None:
        noise = pd.to_numeric(table.get("label_noise", pd.Series([0.0])), errors="coerce").dropna()
        error = float(noise.min()) if len(noise) else 0.0
        assumed = (f"people's labels are taken to be {100 * (1 - error):.1f}% accurate (the label noise the curves "
                   "were simulated at): give --label-error or a --vendor with an error rate to price your vendor's",)
    a_v = 1.0 - float(error)
    simulated = pd.to_numeric(table.get("label_noise", pd.Series([0.0])), errors="coerce").dropna()
    simulated = float(simulated.min()) if len(simulated) else 0.0
    if not assumed and abs(simulated - float(error)) > 1e-3:
        assumed = (f"the machine shares were simulated with labels {100 * (1 - simulated):.1f}% accurate, your "
                   f"people's are {100 * a_v:.1f}%: simulate with --label-noise {float(error):.3g} to plan on "
                   "shares learned from labels like theirs",)
    delay_order = scen.turnaround * float(scen.delay_cost_per_day)
    all_human = all_human_cost(scen, N)
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    paths, frames = [], []
    for s in first.strategies:
        best = None   # (median cost, p, bar, j, per-draw arrays)
        closest = None
        for bar in bars:
            rows = table[(np.abs(table["machine_target"] - bar) < _BAR_TOL)].dropna(subset=["machine_share"])
            if s not in set(rows["strategy"]):
                continue
            plan = _share_plan(rows, seed, n_draws, dataset, model, batch_size)
            d = plan.draws.get(s)
            n_lo = max(float(plan.initial(s)), 1.0)
            n_hi = min(float(N - h - 1), MAX_EXTRAPOLATION * d.n_max)
            if n_hi < n_lo:
                continue
            grid = np.unique(np.round(np.geomspace(n_lo, n_hi, GRID_POINTS)))
            flat = rows.loc[rows["strategy"] == s, "machine_share"].max() <= 0
            share = np.zeros((plan.n_draws, grid.size)) if flat else d.accuracy(grid)
            a_m = _machine_accuracy(rows, s, bar, plan.n_draws, seed)
            machine = (N - grid - h)[None, :] * share
            parts = cost_parts(plan.price(s, grid, scen), scen, grid, share, N, h)
            total = sum(parts.values())
            acc = label_accuracy_of(machine, N, a_v, a_m[:, None])
            p_meet = (acc >= q - 1e-12).mean(axis=0)
            mean_acc = acc.mean(axis=0)
            med = np.median(total, axis=0)
            ok = (p_meet >= SURE) & (mean_acc >= q - 1e-12) & np.isfinite(med)
            frames.append(pd.DataFrame({
                "strategy": s, "machine_bar": bar, "training_labels": grid.astype(int), "total_cost": med,
                "total_cost_low": np.quantile(total, lo_q, axis=0), "total_cost_high": np.quantile(total, hi_q, axis=0),
                "human_labels": np.median(N - machine, axis=0), "machine_labels": np.median(machine, axis=0),
                "meets": ok}))
            arrays = (total, acc, machine, share, a_m, parts)
            if ok.any():
                j = int(np.flatnonzero(ok)[np.argmin(med[ok])])
                if best is None or med[j] < best[0]:
                    best = (float(med[j]), bar, j, grid, arrays)
            j = int(np.lexsort((med, -p_meet))[0])   # likeliest to meet the promise, then cheapest
            if closest is None or p_meet[j] > closest[0]:
                closest = (float(p_meet[j]), bar, j, grid, arrays)
        paths.append(_answer(s, best, closest, q, N, h, a_v, all_human, delay_order, level))
    if not paths:
        raise ValueError("no strategy of the curves table has machine-share measurements to plan on")
    meeting = [p for p in paths if p.meets]
    rec = min(meeting, key=lambda p: p.total_cost) if meeting else None
    recommendation = None if rec is None else (rec.strategy if rec.hybrid else ALL_HUMAN)
    savings = None if rec is None or a_v < q else all_human - rec.total_cost
    notes = assumed + tuple(first.notes) + (
        f"the held-out split is {h:,} human labels; the machine-share curves were measured with the simulator's "
        "own held-out split",)
    return HybridPlan(label_accuracy=q, pool_size=N, holdout=h, vendor_accuracy=a_v, all_human_cost=all_human,
                      all_human_meets=a_v >= q - 1e-12, strategies=tuple(paths), recommendation=recommendation,
                      savings=savings, bars=bars, level=level,
                      curve=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(), notes=notes)


def all_human_cost(scenario: Scenario, pool_size: int) -> float:
    """Labeling every example by hand: one order of ``pool_size`` labels and its delay (no model, no engineering)."""
    order = max(float(pool_size), float(scenario.min_order)) * scenario.price_per_label
    return order + scenario.turnaround * float(scenario.delay_cost_per_day)


def label_accuracy_of(machine_labels, pool_size: int, vendor_accuracy: float, machine_accuracy):
    """The delivered data set's label accuracy: people's labels at the vendor's accuracy, the model's at its own."""
    machine_labels = np.asarray(machine_labels, dtype=float)
    return ((pool_size - machine_labels) * vendor_accuracy + machine_labels * machine_accuracy) / pool_size


def cost_parts(train: dict, scenario: Scenario, training_labels, share, pool_size: int,
               holdout: int) -> dict[str, np.ndarray]:
    """Every cost of hybrid splits, per draw and training count.

    Parameters
    ----------
    train : dict
        :func:`planner.decide.costs.path_costs` of the ``training_labels`` (shape (G,)).
    scenario : Scenario
        Resolved (a price per label).
    training_labels : ndarray of shape (G,)
    share : ndarray of shape (B, G)
        The share of the remainder (the pool less the training and held-out labels) the model labels.
    pool_size, holdout : int

    Returns
    -------
    dict of ndarray of shape (B, G)
        ``training_label_cost, holdout_cost, remainder_cost, compute_cost, engineering_cost, delay_cost``:
        their sum is the total cost.
    """
    share = np.atleast_2d(np.asarray(share, dtype=float))
    price, m = scenario.price_per_label, float(scenario.min_order)
    rest = pool_size - np.asarray(training_labels, dtype=float) - holdout
    humans = rest[None, :] * (1.0 - share)
    return {
        "training_label_cost": np.broadcast_to(train["label_cost"], share.shape),
        "holdout_cost": np.full(share.shape, max(holdout, m) * price),
        "remainder_cost": np.where(humans > 0, np.maximum(humans, m), 0.0) * price,
        "compute_cost": np.broadcast_to(train["compute_cost"], share.shape),
        "engineering_cost": np.full(share.shape, float(scenario.engineering_cost)),
        "delay_cost": np.broadcast_to(train["delay_cost"] + scenario.turnaround * float(scenario.delay_cost_per_day),
                                      share.shape),
    }


def _answer(s, best, closest, q, N, h, a_v, all_human, delay_order, level) -> HybridPath:
    """One strategy's row: its cheapest split that meets the promise, by hand where that is cheaper (or no
    split meets it and by hand does), else the split likeliest to meet it (``meets`` False)."""
    by_hand_meets = a_v >= q - 1e-12
    chosen = best
    if best is not None and by_hand_meets and best[0] >= all_human:
        chosen = None
    if chosen is None and (by_hand_meets or closest is None):
        return HybridPath(strategy=s, hybrid=False, meets=by_hand_meets, machine_bar=None, training_labels=0,
                          holdout_labels=0, human_labels=N, machine_labels=0, total_cost=all_human,
                          total_cost_low=all_human, total_cost_high=all_human,
                          costs=_by_hand_parts(all_human, delay_order),
                          expected_label_accuracy=a_v, p_meets=1.0 if by_hand_meets else 0.0,
                          machine_accuracy=None, machine_share=None)
    meets = chosen is not None
    _, bar, j, grid, (total, acc, machine, share, a_m, parts) = chosen if meets else closest
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    machine_j = float(np.median(machine[:, j]))
    machine_int = int(math.floor(machine_j))
    return HybridPath(
        strategy=s, hybrid=True, meets=meets, machine_bar=float(bar), training_labels=int(grid[j]),
        holdout_labels=h, human_labels=N - machine_int, machine_labels=machine_int,
        total_cost=float(np.median(total[:, j])), total_cost_low=float(np.quantile(total[:, j], lo_q)),
        total_cost_high=float(np.quantile(total[:, j], hi_q)),
        costs={k: float(np.median(v[:, j])) for k, v in parts.items()},
        expected_label_accuracy=float(acc[:, j].mean()), p_meets=float((acc[:, j] >= q - 1e-12).mean()),
        machine_accuracy=float(a_m.mean()), machine_share=float(np.median(share[:, j])))


def _by_hand_parts(all_human: float, delay_order: float) -> dict:
    return {"training_label_cost": 0.0, "holdout_cost": 0.0, "remainder_cost": all_human - delay_order,
            "compute_cost": 0.0, "engineering_cost": 0.0, "delay_cost": delay_order}
