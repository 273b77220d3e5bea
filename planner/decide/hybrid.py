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

Which measurement stands for the user's remainder. The simulator measures the
share and its accuracy twice: on the simulated pool's remainder (what the
strategy's picks left, easier than a random sample when they took the hard
examples) and on the test split (examples drawn at random). The ``n`` picks
change a remainder by what they took out, a fixed number of examples, so in a
pool of ``N`` the remainder reads as the simulated remainder for the
``R_sim(n)`` examples it held and as the test split for the other
``N - n - h - R_sim(n)``: the remainder's weight is ``w = R_sim(n) / (N - n - h)``
(1: a pool the simulated size, read as MCAL reads its own pool). A pool at
least :data:`FAR_LARGER` times the simulated one reads the test split alone
(``w = 0``). Tables without the test-split columns read the remainder, with a
note. In every draw the machine labels that are right,
``share * a_m * (N - n - h)``, are capped at what the model can be right on in
the pool, its accuracy at ``n`` (the same draw of the accuracy curve) times
``N``: ``share * a_m <= accuracy * N / (N - n - h)``, which is the accuracy
itself for a pool far larger than the training and held-out labels.

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

from planner.decide.costs import Scenario, labels_dollars
from planner.decide.summaries import DEFAULT_LEVEL, json_number
from planner.forecast.messages import short, shorten
from planner.forecast.io import read_curves
from planner.forecast.selection import select_curves

__all__ = ["ALL_HUMAN", "BOTH", "DEFAULT_HOLDOUT", "FAR_LARGER", "PAGE_BAR", "RANDOM_SPLIT", "REMAINDER", "SURE",
           "HybridPath", "HybridPlan", "all_human_cost", "check_hybrid_table", "cost_parts", "hybrid_bars",
           "label_accuracy_of", "plan_hybrid", "remainder_weight"]

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
#: Training counts whose quoted cost lies within this share of the cheapest count as cheapest, and the answer takes
#: the fewest training labels among them; 0: the cheapest alone (a tolerance of 0.02 kept less of the hindsight
#: saving, benchmarks/RESULTS.md "Hybrid labeling").
TOLERANCE = 0.0
#: A pool at least this many times the simulated one (training labels and remainder) reads the test split alone.
FAR_LARGER = 10.0
#: How an answer reads the machine labels (``reads``): the simulated remainder, the test split, or both.
REMAINDER, RANDOM_SPLIT, BOTH = "remainder", "random split", "both"
#: The answer that labels everything by hand.
ALL_HUMAN = "all-human"
_BAR_TOL = 1e-6
#: How far a row's test-split machine labels right may exceed its test accuracy (rounding in a written table).
_PRODUCT_TOL = 1e-6
_ALL_COLUMNS = ("machine_target", "machine_share", "machine_accuracy", "machine_remainder", "test_machine_share",
                "test_machine_accuracy")


@dataclass(frozen=True)
class HybridPath:
    """One strategy's answer: how many labels humans and the model deliver, what it costs and how accurate it is.

    ``hybrid`` False: labeling everything by hand is the answer (cheaper, or no
    split meets the promise). The split quoted is the median draw's: the model
    labels ``machine_labels`` (whole), people the other ``human_labels``, and
    ``costs`` are the cost lines of exactly those counts, which sum to
    ``total_cost``; ``total_cost_low`` and ``total_cost_high`` are the
    ``level`` central range of the draws' totals (widened to hold the quote).
    ``machine_share`` is ``machine_labels`` over the remainder (the pool less the
    training and held-out labels) and ``machine_accuracy`` the accuracy of all
    the draws' machine labels together (right labels over machine labels),
    never right on more than ``model_accuracy * N / (N - n - h)`` of the remainder.
    ``reads``: :data:`REMAINDER`, :data:`RANDOM_SPLIT` or :data:`BOTH` (with
    ``remainder_weight``); ``rests_on``: "measured" up to ``largest_measured``
    training labels, "extrapolated" beyond.
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
    model_accuracy: float | None = None
    reads: str | None = None
    remainder_weight: float | None = None
    rests_on: str | None = None
    largest_measured: int | None = None

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in (
            "strategy", "hybrid", "meets", "machine_bar", "training_labels", "holdout_labels", "human_labels",
            "machine_labels", "total_cost", "total_cost_low", "total_cost_high", "expected_label_accuracy",
            "p_meets", "machine_accuracy", "machine_share", "model_accuracy", "reads", "remainder_weight",
            "rests_on", "largest_measured")}
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
    simulated_pool: int | None = None
    reading: str = ""
    label_price: float | None = None

    def row(self, strategy: str) -> HybridPath | None:
        return next((p for p in self.strategies if p.strategy == strategy), None)

    def to_dict(self) -> dict:
        return {
            "label_accuracy": self.label_accuracy, "pool_size": self.pool_size, "holdout": self.holdout,
            "vendor_accuracy": json_number(self.vendor_accuracy), "all_human_cost": json_number(self.all_human_cost),
            "all_human_meets": self.all_human_meets, "recommendation": self.recommendation,
            "savings": json_number(self.savings), "machine_bars": list(self.bars), "level": self.level,
            "sure": self.sure, "simulated_pool": self.simulated_pool, "reading": self.reading,
            "label_price": json_number(self.label_price),
            "strategies": [p.to_dict() for p in self.strategies], "notes": list(self.notes),
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


def _first(mask) -> int:
    return int(np.argmax(np.asarray(mask)))


def check_hybrid_table(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its hybrid columns as numbers that agree with each other.

    Raises
    ------
    ValueError
        one line naming the column, the row and the fix: a value that is no number, a bar outside (0, 1), a
        share or an accuracy outside [0, 1], an empty accuracy where the model labeled something, a bar or a
        strategy whose shares are all empty, a negative remainder, or test-split machine labels right on more
        examples than the test accuracy counts.
    """
    out = table.copy()
    for column in (c for c in _ALL_COLUMNS if c in out.columns):
        raw = out[column]
        values = pd.to_numeric(raw, errors="coerce")
        text = raw.notna() & values.isna()
        if text.any():
            r = _first(text)
            raise ValueError(f"{column} must hold numbers; row {r + 1} has {short(raw.iloc[r])}: give numbers "
                             "(an empty cell where nothing was measured)")
        infinite = ~np.isfinite(values.fillna(0.0))
        if infinite.any():
            r = _first(infinite)
            raise ValueError(f"{column} must be finite; row {r + 1} has {values.iloc[r]}: give the measured value")
        out[column] = values.astype(float)
    bar = out["machine_target"]
    bad = bar.notna() & ~bar.between(0.0, 1.0, inclusive="neither")
    if bad.any():
        r = _first(bad)
        raise ValueError(f"machine_target must be accuracy bars strictly between 0 and 1; row {r + 1} has "
                         f"{bar.iloc[r]:g}: give each bar as a fraction such as 0.95 (--hybrid-accuracy 0.95)")
    for share, acc in (("machine_share", "machine_accuracy"), ("test_machine_share", "test_machine_accuracy")):
        if share not in out.columns:
            continue
        v = out[share]
        if (v > 1).any():
            r = _first(v > 1)
            raise ValueError(f"{share} must be a share between 0 and 1; row {r + 1} has {v.iloc[r]:g}: give the "
                             "share of the examples the model labels as a fraction (0.45, not 45)")
        if (v < 0).any():
            r = _first(v < 0)
            raise ValueError(f"{share} must be a share between 0 and 1; row {r + 1} has {v.iloc[r]:g}: give the "
                             "share of the examples the model labels, 0 where it labels none")
        if acc not in out.columns:
            continue
        a = out[acc]
        outside = a.notna() & ~a.between(0.0, 1.0)
        if outside.any():
            r = _first(outside)
            raise ValueError(f"{acc} must be an accuracy between 0 and 1; row {r + 1} has {a.iloc[r]:g}: give the "
                             "share of the machine labels that were right, as a fraction (0.97, not 97)")
        empty = (v > 0) & a.isna()
        if empty.any():
            r = _first(empty)
            raise ValueError(f"{acc} is empty on row {r + 1}, where {share} is {v.iloc[r]:g}: give the share of "
                             f"those machine labels that were right (or a {share} of 0)")
    if "machine_remainder" in out.columns and (out["machine_remainder"] < 0).any():
        r = _first(out["machine_remainder"] < 0)
        raise ValueError(f"machine_remainder must be a count of examples, 0 or more; row {r + 1} has "
                         f"{out['machine_remainder'].iloc[r]:g}: give how many examples the remainder held")
    if "machine_share" in out.columns:
        for (strategy, b), g in out[bar.notna()].groupby(["strategy", "machine_target"], sort=True):
            if g["machine_share"].notna().any():
                continue
            where = f"at bar {b:g} for {short(str(strategy))}"
            if "machine_remainder" in g.columns and g["machine_remainder"].eq(0).all():
                raise ValueError(f"machine_remainder is 0 on every row {where}: the held-out split took the whole "
                                 "unlabeled pool, leaving the model nothing to label; simulate with a smaller "
                                 "--hybrid-holdout")
            raise ValueError(f"machine_share is empty on every row {where}: give the share of the remainder the "
                             f"model labeled at each measurement (simulate with --hybrid-accuracy {b:g})")
    if {"test_machine_share", "test_machine_accuracy"} <= set(out.columns):
        right = out["test_machine_share"] * out["test_machine_accuracy"].fillna(0.0)
        over = right > out["accuracy"] + _PRODUCT_TOL
        if over.any():
            r = _first(over)
            raise ValueError(
                f"test_machine_share x test_machine_accuracy is {right.iloc[r]:.4f} on row {r + 1}, above the "
                f"accuracy {out['accuracy'].iloc[r]:.4f} of that row: a model is right on no more of the test split "
                "than its accuracy counts; give both measured on the split the accuracy was measured on")
    return out


def _machine_accuracy(rows: pd.DataFrame, strategy: str, bar: float, n_draws: int, seed: int,
                      share: str = "machine_share", accuracy: str = "machine_accuracy") -> np.ndarray:
    """Per draw, the accuracy the simulated machine labels truly had at ``bar``: one measured round's (of any
    run, among the rounds that machine-labeled something at the larger half of the label counts measured,
    drawn in proportion to the share it labeled), so the draws spread as much as single rounds do; ``bar``
    itself where no round machine-labeled anything (then no draw labels anything either).

    The larger counts: the more a model labels, the closer its threshold sits to the bar and its labels'
    accuracy to the bar; the early rounds' few sure labels would promise too much for the shares forecast."""
    g = rows[(rows["strategy"] == strategy) & rows[share].gt(0) & rows[accuracy].notna()]
    if g.empty:
        return np.full(n_draws, bar)
    g = g[g["n_labels"] >= g["n_labels"].median()]
    w = g[share].to_numpy(float)
    values = g[accuracy].to_numpy(float)
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), int(round(bar * 1e6)), len(strategy)]))
    return values[rng.choice(values.size, size=n_draws, p=w / w.sum())]


def _share_plan(rows: pd.DataFrame, seed: int, n_draws: int, dataset, model, batch_size, column="machine_share"):
    """The verdict's joint draws (a :class:`planner.decide.verdict.Plan`) of one bar's ``column`` curves (a
    share, or the test accuracy) planned on as the metric."""
    from planner.decide.verdict import get_plan   # lazy: start-up time (scipy)

    keep = [c for c in ("dataset", "model", "strategy", "seed", "batch_size", "label_noise", "n_labels")
            if c in rows.columns]
    table = rows[keep].assign(accuracy=rows[column].to_numpy(float)).reset_index(drop=True)
    return get_plan(table, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)


def remainder_weight(training_labels, pool_size: int, holdout: int, simulated_remainder, simulated_pool: float):
    """The weight of the simulated remainder in the machine labels of the remainder of a pool of ``pool_size``
    (the rest read on the test split): ``R_sim(n) / (N - n - h)`` in [0, 1]; 0 for a pool at least
    :data:`FAR_LARGER` times ``simulated_pool`` (the training labels and remainder the simulation held).

    Parameters
    ----------
    training_labels, simulated_remainder : ndarray of shape (G,)
        Training counts and the simulated remainder's size at each.
    """
    n = np.asarray(training_labels, dtype=float)
    rest = np.maximum(float(pool_size) - n - float(holdout), 1.0)
    w = np.clip(np.asarray(simulated_remainder, dtype=float) / rest, 0.0, 1.0)
    if float(pool_size) - float(holdout) >= FAR_LARGER * float(simulated_pool):
        w = np.zeros_like(w)
    return w


def _simulated_remainder(rows: pd.DataFrame, strategy: str, grid: np.ndarray) -> tuple[np.ndarray, float]:
    """The simulated remainder's size at each training count of ``grid`` (its median over runs at the counts
    measured, interpolated; beyond the largest, smaller by the labels bought since) and the simulated pool
    (training labels and remainder, the largest measured)."""
    g = rows.loc[rows["strategy"] == strategy, ["n_labels", "machine_remainder"]].dropna()
    if g.empty:
        return np.zeros(grid.size), 0.0
    med = g.groupby("n_labels")["machine_remainder"].median()
    n, r = med.index.to_numpy(float), med.to_numpy(float)
    out = np.interp(grid, n, r)
    beyond = grid > n[-1]
    out[beyond] = np.maximum(r[-1] - (grid[beyond] - n[-1]), 0.0)
    return out, float((g["n_labels"] + g["machine_remainder"]).max())


def _within_measured(share: np.ndarray, rows: pd.DataFrame, strategy: str, grid: np.ndarray,
                     column: str) -> np.ndarray:
    """Share draws (B, G) kept, at the training counts the simulation measured around, between the least and the
    most any run measured there (interpolated between measured counts): no draw quotes a machine share where
    every run measured none, nor one no run came near. Beyond the largest count measured the draws stand."""
    g = rows.loc[rows["strategy"] == strategy, ["n_labels", column]].dropna()
    if g.empty:
        return share
    by = g.groupby("n_labels")[column]
    n, low, high = by.min().index.to_numpy(float), by.min().to_numpy(float), by.max().to_numpy(float)
    inside = grid <= n[-1]
    out = share.copy()
    out[:, inside] = np.clip(share[:, inside], np.interp(grid[inside], n, low), np.interp(grid[inside], n, high))
    return out


def _bar_draws(rows, s, bar, grid, N, h, seed, n_draws, key, test_split: bool):
    """Per draw and training count of ``grid``: the share of the remainder the model labels, the share it
    labels right (capped at what it can be right on), the accuracy curve, the remainder's weight, and where
    the cap lowered it. ``key`` = (dataset, model, batch_size)."""
    rem = _share_plan(rows, seed, n_draws, *key)
    flat = rows.loc[rows["strategy"] == s, "machine_share"].max() <= 0
    s_rem = np.zeros((rem.n_draws, grid.size)) if flat else rem.draws.get(s).accuracy(grid)
    s_rem = _within_measured(s_rem, rows, s, grid, "machine_share")
    a_rem = _machine_accuracy(rows, s, bar, rem.n_draws, seed)
    model = _share_plan(rows, seed, n_draws, *key, column="accuracy").draws.get(s).accuracy(grid)
    rest = N - grid - h
    t = rows.dropna(subset=["test_machine_share"]) if test_split else rows.iloc[:0]
    if s in set(t["strategy"]):
        flat_t = t.loc[t["strategy"] == s, "test_machine_share"].max() <= 0
        s_test = (np.zeros_like(s_rem) if flat_t
                  else _share_plan(t, seed, n_draws, *key, column="test_machine_share").draws.get(s).accuracy(grid))
        s_test = _within_measured(s_test, t, s, grid, "test_machine_share")
        a_test = _machine_accuracy(t, s, bar, rem.n_draws, seed, "test_machine_share", "test_machine_accuracy")
        r_sim, pool_sim = (_simulated_remainder(rows, s, grid) if "machine_remainder" in rows.columns
                           else (np.zeros(grid.size), 0.0))
        w = remainder_weight(grid, N, h, r_sim, pool_sim) if pool_sim > 0 else np.zeros(grid.size)
    else:
        s_test, a_test, w = np.zeros_like(s_rem), np.zeros(rem.n_draws), np.ones(grid.size)
    share = w * s_rem + (1 - w) * s_test
    right = w * s_rem * a_rem[:, None] + (1 - w) * s_test * a_test[:, None]
    cap = np.clip(model, 0.0, 1.0) * N / rest[None, :]
    capped = right > cap + 1e-12
    return share, np.minimum(right, cap), model, w, capped


def plan_hybrid(curves, scenario: Scenario, label_accuracy: float, pool_size: int, *, holdout: int = DEFAULT_HOLDOUT,
                vendors: pd.DataFrame | None = None, seed: int = 0, n_draws: int = 400,
                level: float = DEFAULT_LEVEL, dataset: str | None = None, model: str | None = None,
                batch_size: int | None = None, sure: float = SURE, tolerance: float = TOLERANCE) -> HybridPlan:
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
    sure : float in (0, 1]
        The share of the draws that must deliver ``label_accuracy`` (:data:`SURE`).
    tolerance : float >= 0
        A split whose quoted cost is within this share of its strategy's cheapest at the same bar counts as
        cheapest; the fewest training labels among those is taken (:data:`TOLERANCE`).

    Returns
    -------
    HybridPlan
    """
    _check_shares(sure, tolerance)
    table, bars = _hybrid_table(curves, label_accuracy, pool_size, holdout, dataset=dataset, model=model,
                                batch_size=batch_size)
    first = _share_plan(table[np.abs(table["machine_target"] - bars[0]) < _BAR_TOL].dropna(subset=["machine_share"]),
                        seed, n_draws, dataset, model, batch_size)
    scen = first.resolve(scenario, vendors)
    a_v, assumed = _people_accuracy(table, scen)
    ask = _Ask(float(label_accuracy), int(pool_size), int(holdout), a_v, level, float(sure), float(tolerance), seed,
               n_draws, (dataset, model, batch_size),
               "test_machine_share" in table.columns and table["test_machine_share"].notna().any())
    q, N, h = ask.q, ask.N, ask.h
    delay_order = scen.turnaround * float(scen.delay_cost_per_day)
    all_human = all_human_cost(scen, N)
    paths, frames, capped_any = [], [], 0.0
    for s in first.strategies:
        best, closest, shown, n_measured = _strategy_splits(table, s, bars, scen, ask)
        frames.extend(shown)
        path = _answer(s, best, closest, q, N, h, a_v, all_human, delay_order, n_measured)
        if path.hybrid:
            chosen = best if path.meets and best is not None else closest
            capped_any = max(capped_any, float(chosen[4][7][:, chosen[2]].mean()))
        paths.append(path)
    if not paths:
        raise ValueError("no strategy of the curves table has machine-share measurements to plan on")
    meeting = [p for p in paths if p.meets]
    rec = min(meeting, key=lambda p: p.total_cost) if meeting else None
    recommendation = None if rec is None else (rec.strategy if rec.hybrid else ALL_HUMAN)
    savings = None if rec is None or a_v < q else all_human - rec.total_cost
    simulated_pool = _pool_simulated(table)
    reading = _reading(N, h, simulated_pool, ask.test_split)
    notes = assumed + tuple(first.notes) + (reading,) + (
        f"the held-out split is {h:,} human labels; the machine-share curves were measured with the simulator's "
        "own held-out split",)
    if capped_any >= 0.005:
        notes += (f"in {100 * capped_any:.0f}% of the forecasts of a split shown, the machine labels would be right "
                  "on more of the pool than the model's accuracy at that training count allows: they are counted "
                  "at that accuracy",)
    return HybridPlan(label_accuracy=q, pool_size=N, holdout=h, vendor_accuracy=a_v, all_human_cost=all_human,
                      all_human_meets=a_v >= q - 1e-12, strategies=tuple(paths), recommendation=recommendation,
                      savings=savings, bars=bars, level=level, sure=float(sure),
                      curve=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(), notes=notes,
                      simulated_pool=simulated_pool, reading=reading, label_price=float(scen.price_per_label))


def _check_shares(sure, tolerance) -> None:
    """``sure`` a share of the draws in (0, 1], ``tolerance`` a share of the cheapest cost in [0, 1)."""
    if isinstance(sure, bool) or not isinstance(sure, (int, float)) or not 0.0 < float(sure) <= 1.0:
        raise ValueError(f"sure must be a share of the draws in (0, 1] such as 0.9, got {sure!r}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0.0 <= float(tolerance) < 1.0:
        raise ValueError(f"tolerance must be a share of the cheapest cost in [0, 1) such as 0.02, got {tolerance!r}")


def _hybrid_table(curves, label_accuracy: float, pool_size: int, holdout: int, *, dataset, model,
                  batch_size) -> tuple[pd.DataFrame, tuple]:
    """``(table, bars)``: the curves table read with every bar's rows, its hybrid columns checked, one data set,
    model and batch size selected, and the bars it recorded; ``label_accuracy`` one of them, and the pool large
    enough for the curves measured and the held-out split."""
    table = read_curves(curves, all_bars=True)
    hybrid_bars(table)   # the columns are there
    table = check_hybrid_table(table)
    bars = _check_inputs(label_accuracy, pool_size, holdout, hybrid_bars(table))
    table = select_curves(table, dataset=dataset, model=model, batch_size=batch_size)
    N, h = int(pool_size), int(holdout)
    n_measured = float(table["n_labels"].max())
    if N < n_measured:
        raise ValueError(f"--pool-size {N:,} is smaller than the {int(n_measured):,} labels the curves measured: "
                         "give the number of examples of the whole pool to label")
    n_first = float(table["n_labels"].min())
    if N - h <= n_first:
        raise ValueError(f"--pool-size {N:,} leaves no examples to machine-label after the {h:,} held-out and "
                         f"{int(n_first):,} training labels: give the whole pool's size or a smaller --holdout")
    return table, bars


def _people_accuracy(table: pd.DataFrame, scen: Scenario) -> tuple[float, tuple[str, ...]]:
    """``(a_v, notes)``: the accuracy of the people's labels (one minus the scenario's label error, else the label
    noise the curves were simulated at) and the note that says where it differs from the simulated shares'."""
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
    return a_v, assumed


@dataclass(frozen=True)
class _Ask:
    """What :func:`plan_hybrid` is asked, as its splits read it: the delivered label accuracy ``q``, the pool ``N``,
    the held-out split ``h``, the people's label accuracy ``a_v``, the ranges' ``level``, the share of draws that
    must deliver ``sure``, the cost ``tolerance``, the draws' ``seed`` and number, the selection ``key`` (data set,
    model, batch size) and whether the table measured the test split's shares."""

    q: float
    N: int
    h: int
    a_v: float
    level: float
    sure: float
    tolerance: float
    seed: int
    n_draws: int
    key: tuple
    test_split: bool


def _strategy_splits(table: pd.DataFrame, s: str, bars, scen: Scenario, ask: _Ask) -> tuple:
    """``(best, closest, frames, n_measured)`` of strategy ``s`` over every bar: the cheapest split that meets the
    promise (the fewest training labels within the tolerance of the cheapest; None where none does), the split
    likeliest to meet it, the frames of every split priced, and the largest count ``s`` measured. ``best`` and
    ``closest``: ``(median cost, bar, index, grid, per-draw arrays)``."""
    best = closest = None
    frames, n_measured = [], 0
    for bar in bars:
        rows = table[(np.abs(table["machine_target"] - bar) < _BAR_TOL)].dropna(subset=["machine_share"])
        if s not in set(rows["strategy"]):
            continue
        plan = _share_plan(rows, ask.seed, ask.n_draws, *ask.key)
        n_measured = max(n_measured, int(plan.draws.get(s).n_max))
        found = _bar_splits(plan, rows, s, bar, scen, ask)
        if found is None:
            continue
        frame, grid, med, p_meet, ok, arrays = found
        frames.append(frame)
        if ok.any():   # the fewest training labels within the tolerance of the cheapest (grid ascending)
            j = int(np.flatnonzero(ok & (med <= (1 + ask.tolerance) * np.min(med[ok])))[0])
            if best is None or med[j] < best[0]:
                best = (float(med[j]), bar, j, grid, arrays)
        j = int(np.lexsort((med, -p_meet))[0])   # likeliest to meet the promise, then cheapest
        if closest is None or p_meet[j] > closest[0]:
            closest = (float(p_meet[j]), bar, j, grid, arrays)
    return best, closest, frames, n_measured


def _bar_splits(plan, rows: pd.DataFrame, s: str, bar: float, scen: Scenario, ask: _Ask):
    """Every split of strategy ``s`` at machine bar ``bar`` (``plan``: the bar's share curves, ``rows`` their
    table), one per training count of the grid: ``(frame, grid, median cost, P(meets), meets, per-draw arrays)``;
    None where no training count of the grid can be bought."""
    q, N, h, a_v, level = ask.q, ask.N, ask.h, ask.a_v, ask.level
    d = plan.draws.get(s)
    n_lo = max(float(plan.initial(s)), 1.0)
    n_hi = min(float(N - h - 1), MAX_EXTRAPOLATION * d.n_max)
    if n_hi < n_lo:
        return None
    grid = _bought(plan, s, np.unique(np.round(np.geomspace(n_lo, n_hi, GRID_POINTS))), scen, N - h - 1)
    if grid.size == 0:
        return None
    share, right, model_acc, w, capped = _bar_draws(rows, s, bar, grid, N, h, ask.seed, ask.n_draws, ask.key,
                                                    ask.test_split)
    rest = (N - grid - h)[None, :]
    machine = rest * share
    train = plan.price(s, grid, scen)
    parts = cost_parts(train, scen, grid, share, N, h)
    total = sum(parts.values())
    acc = ((N - machine) * a_v + rest * right) / N
    p_meet = (acc >= q - 1e-12).mean(axis=0)
    mean_acc = acc.mean(axis=0)
    # the split quoted: the median draw's machine labels, whole, and the cost lines of exactly those counts
    quoted_machine = np.floor(np.median(share, axis=0) * rest[0] + 1e-9)
    quoted = {k: v[0] for k, v in cost_parts(train, scen, grid, quoted_machine / rest[0], N, h).items()}
    med = sum(quoted.values())
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    low = np.minimum(np.quantile(total, lo_q, axis=0), med)
    high = np.maximum(np.quantile(total, hi_q, axis=0), med)
    ok = (p_meet >= ask.sure) & (mean_acc >= q - 1e-12) & np.isfinite(med)
    frame = pd.DataFrame({
        "strategy": s, "machine_bar": bar, "training_labels": grid.astype(int), "total_cost": med,
        "total_cost_low": low, "total_cost_high": high,
        "human_labels": N - quoted_machine, "machine_labels": quoted_machine,
        "remainder_weight": w, "meets": ok})
    arrays = (total, acc, machine, share, right, model_acc, w, capped, quoted, quoted_machine, low, high)
    return frame, grid, med, p_meet, ok, arrays



def _pool_simulated(table: pd.DataFrame) -> int | None:
    """The training labels and remainder the simulation held (the largest measured), None where not recorded."""
    if "machine_remainder" not in table.columns or table["machine_remainder"].isna().all():
        return None
    return int((table["n_labels"] + table["machine_remainder"]).max())


def _reading(N: int, h: int, simulated_pool: int | None, test_split: bool) -> str:
    """How the machine labels are read for the pool asked, in the words of the answer's notes."""
    if not test_split:
        return ("the machine shares are read on the simulated pool's remainder, which a strategy's picks can leave "
                "easier than your pool's: simulate again with --hybrid-accuracy (it also measures them on the test "
                "split, examples drawn at random) to plan a pool larger than the simulated one")
    if simulated_pool is None:
        return ("the machine shares are read on the test split (examples drawn at random): the table does not "
                "record the simulated remainder's size (machine_remainder)")
    besides = N - h   # the training labels and remainder of the pool asked, as the simulated size counts them
    size = f"your pool of {N:,} holds {besides:,} examples besides the {h:,} held out"
    simulated = f"the {simulated_pool:,} simulated (training labels and remainder)"
    if besides >= FAR_LARGER * simulated_pool:
        return (f"{size}, {besides / simulated_pool:,.0f} times {simulated}: the machine shares are read on the "
                "test split (examples drawn at random), not on the simulated remainder, which the strategy's picks "
                "can leave easier")
    if besides <= simulated_pool:
        return (f"{size}, no more than {simulated}: the machine shares are read on the simulated pool's remainder, "
                "the examples the strategy's picks leave")
    return (f"{size}, {besides / simulated_pool:.1f} times {simulated}: the examples the simulated remainder held "
            "are read as it measured (the picks took the hardest out of them), the others as the test split "
            "measured (examples drawn at random); 'read on' gives the remainder's weight")


def all_human_cost(scenario: Scenario, pool_size: int) -> float:
    """Labeling every example by hand: one order of ``pool_size`` labels and its delay (no model, no engineering)."""
    order = labels_dollars(max(float(pool_size), float(scenario.min_order)), scenario.price_per_label)
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
    humans = np.round(rest[None, :] * (1.0 - share), 6)   # a whole count stays whole
    return {
        "training_label_cost": np.broadcast_to(train["label_cost"], share.shape),
        "holdout_cost": np.full(share.shape, max(holdout, m) * price),
        "remainder_cost": np.where(humans > 0, np.maximum(humans, m), 0.0) * price,
        "compute_cost": np.broadcast_to(train["compute_cost"], share.shape),
        "engineering_cost": np.full(share.shape, float(scenario.engineering_cost)),
        "delay_cost": np.broadcast_to(train["delay_cost"] + scenario.turnaround * float(scenario.delay_cost_per_day),
                                      share.shape),
    }


def _answer(s, best, closest, q, N, h, a_v, all_human, delay_order, n_measured: int) -> HybridPath:
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
    _, bar, j, grid, (_, acc, _, share, right, model_acc, w, _, quoted, machine, low, high) = \
        chosen if meets else closest
    mean_share = float(share[:, j].mean())
    machine_int = int(machine[j])
    weight = float(w[j])
    reads = REMAINDER if weight >= 1 - 1e-9 else RANDOM_SPLIT if weight <= 1e-9 else BOTH
    costs = {k: float(v[j]) for k, v in quoted.items()}
    return HybridPath(
        strategy=s, hybrid=True, meets=meets, machine_bar=float(bar), training_labels=int(grid[j]),
        holdout_labels=h, human_labels=N - machine_int, machine_labels=machine_int,
        total_cost=sum(costs.values()), total_cost_low=float(low[j]), total_cost_high=float(high[j]), costs=costs,
        expected_label_accuracy=float(acc[:, j].mean()), p_meets=float((acc[:, j] >= q - 1e-12).mean()),
        machine_accuracy=float(right[:, j].mean() / mean_share) if mean_share > 0 else None,
        machine_share=machine_int / float(N - grid[j] - h), model_accuracy=float(model_acc[:, j].mean()),
        reads=reads,
        remainder_weight=weight, rests_on="measured" if grid[j] <= n_measured else "extrapolated",
        largest_measured=int(n_measured))


def _bought(plan, strategy: str, grid: np.ndarray, scenario: Scenario, most: int) -> np.ndarray:
    """The training counts of ``grid`` as the strategy's path buys them (an AL path in its initial set and whole
    rounds), within ``most``: the counts quoted are the counts paid for."""
    bought = plan.price(strategy, grid, scenario)["labels_bought"]
    return np.unique(bought[np.isfinite(bought) & (bought <= most)])


def _by_hand_parts(all_human: float, delay_order: float) -> dict:
    return {"training_label_cost": 0.0, "holdout_cost": 0.0, "remainder_cost": all_human - delay_order,
            "compute_cost": 0.0, "engineering_cost": 0.0, "delay_cost": delay_order}
