"""The verdict: which path reaches the target accuracy for the least money.

:func:`decide` fits every strategy's learning curve (``planner.curves``),
forecasts the labels each needs to reach the target (with a bootstrap
interval), prices each path (``planner.costs``) and compares active learning
(AL) with random sampling.

Fits are the expensive part, so they live in a :class:`Plan`, built once per
curves table and queried many times: :meth:`Plan.decide`,
:meth:`Plan.cost_vs_target`, :meth:`Plan.break_even_map`,
:meth:`Plan.sensitivity`, :meth:`Plan.vendor_comparison`,
:meth:`Plan.best_accuracy_for_budget`. The module-level functions of the same
names take a curves table *or* a Plan; given a table they reuse a Plan from a
small cache keyed by the table's contents, so the dashboard and the report fit
each curve once. Every one takes ``vendors=`` (the table a ``scenario.vendor``
is looked up in; default the shipped one); :meth:`Plan.resolve` gives the
scenario with the vendor's price, turnaround and error applied.

Definitions (per AL strategy ``s``, against random sampling ``r``):

* ``savings`` = total cost of random - total cost of the recommendation
  (0 when random is recommended).
* ``probability_al_cheaper``: share of bootstrap draws in which the cheapest AL
  strategy (at the point forecast) costs less than random, draws paired by
  index (ties and both-unreachable count one half).
* fixed extra cost of AL = (engineering + compute + delay cost of s) -
  (compute + delay cost of r): what AL costs besides labels.
* ``break_even_labels_saved`` = fixed extra cost / price per label: how many
  labels AL must save to pay for itself.
* ``break_even_label_price`` = fixed extra cost / (labels r buys - labels s
  buys), per raw label: above this price AL is cheaper.
* forecast risk (Mahmood et al., NeurIPS 2022, "Optimizing Data Collection for
  Machine Learning"): ``budget_at_confidence`` is the ``confidence`` quantile
  of the bootstrap labels; ``expected_cost`` averages, over the bootstrap, the
  cost of buying that budget and, where it falls short, buying the missing
  labels in a second order (random: one more batch, its turnaround and another
  final training; AL: the further rounds). It averages over the draws that
  reach the target at all; ``p_unreachable`` is the share that do not.
"""

from __future__ import annotations

import hashlib
import math
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from planner.costs import Scenario, effective_sample_factor, path_costs

__all__ = [
    "RANDOM",
    "Decision",
    "Plan",
    "StrategyPlan",
    "best_accuracy_for_budget",
    "break_even_map",
    "cost_vs_target",
    "decide",
    "sensitivity",
    "vendor_comparison",
]

RANDOM = "random"
DEFAULT_LEVEL = 0.8
_NOISE_TOL = 1e-6
_CACHE_SIZE = 4
_PLAN_CACHE: OrderedDict[tuple, "Plan"] = OrderedDict()


# ----------------------------------------------------------------- helpers


def _json_number(value):
    """A JSON-safe number: None for NaN/inf, int for whole floats of label counts."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return v if math.isfinite(v) else None
    return value


def _check_target(target) -> float:
    try:
        t = float(target)
    except (TypeError, ValueError):
        raise ValueError(f"target must be an accuracy in (0, 1), got {target!r}: e.g. --target 0.95") from None
    if not 0.0 < t < 1.0:
        raise ValueError(f"target must be an accuracy in (0, 1), got {target!r}: e.g. --target 0.95 for 95%")
    return t


def _check_level(level, name="level") -> float:
    q = float(level)
    if not 0.0 < q < 1.0:
        raise ValueError(f"{name} must be in (0, 1), got {level!r}: e.g. 0.8")
    return q


def _quantile(samples: np.ndarray, q: float) -> float:
    """Quantile that is an element of ``samples`` (inf-safe, no interpolation)."""
    if samples.size == 0:
        return math.inf
    return float(np.quantile(samples, q, method="inverted_cdf"))


def _labels_needed(x: float, floor: int) -> float:
    """A forecast label count as bought: whole, at least ``floor``; inf stays inf."""
    return float(max(math.ceil(x - 1e-9), floor)) if math.isfinite(x) else math.inf


def _fmt_int(x: float) -> str:
    return f"{x:,.0f}" if math.isfinite(x) else "unreachable"


def _approx(x: float) -> str:
    """A label count rounded to two significant figures for speech: 3,127 -> 3,100."""
    if not math.isfinite(x):
        return "unreachable"
    if x < 100:
        return f"{x:,.0f}"
    digits = int(math.floor(math.log10(abs(x)))) - 1
    return f"{round(x, -digits):,.0f}"


def _fmt_money(x: float) -> str:
    if not math.isfinite(x):
        return "-"
    return f"${x:,.0f}" if abs(x) >= 100 else f"${x:,.2f}"


def _pct(target: float) -> str:
    text = f"{100 * target:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _lower_columns(df: pd.DataFrame) -> dict[str, str]:
    return {str(c).strip().lower(): c for c in df.columns}


# -------------------------------------------------------------- results


@dataclass(frozen=True)
class StrategyPlan:
    """One strategy's path to the target.

    Label counts are labels *needed* (forecast); ``labels_bought`` adds AL's
    full last batch. Costs are in dollars, times in calendar days; ``inf``
    means unreachable (``null`` in JSON) and ``reason`` says why. ``*_low`` /
    ``*_high`` are the bootstrap interval at ``Decision.level``.
    """

    strategy: str
    active: bool
    reachable: bool
    labels: float
    labels_low: float
    labels_high: float
    labels_bought: float
    rounds: float
    label_cost: float
    engineering_cost: float
    compute_cost: float
    delay_cost: float
    total_cost: float
    total_cost_low: float
    total_cost_high: float
    calendar_days: float
    calendar_days_low: float
    calendar_days_high: float
    p_unreachable: float
    budget_at_confidence: float
    cost_at_confidence: float
    p_short: float
    expected_cost: float
    savings_vs_random: float = math.nan
    break_even_label_price: float = math.nan
    break_even_labels_saved: float = math.nan
    asymptote: float = math.nan
    noise: str = ""
    reason: str | None = None

    def to_dict(self) -> dict:
        out = {}
        for key, value in self.__dict__.items():
            if key in ("labels", "labels_low", "labels_high", "labels_bought", "rounds", "budget_at_confidence"):
                value = int(value) if math.isfinite(value) else None
            out[key] = _json_number(value)
        return out


@dataclass(frozen=True)
class Decision:
    """The verdict for one target (see the module docstring for definitions).

    Attributes
    ----------
    target : float
        Target accuracy in (0, 1).
    strategies : tuple of StrategyPlan
        One row per strategy, random first.
    recommendation : str or None
        Cheapest reachable strategy (point forecast); None if none reaches.
    best_al : str or None
        Cheapest reachable AL strategy.
    savings : float
        Random's total cost minus the recommendation's (NaN if undefined).
    al_savings : float
        Random's total cost minus the best AL strategy's (negative: AL dearer).
    probability_al_cheaper, break_even_label_price, break_even_labels_saved : float
        For ``best_al`` against random; NaN if undefined (see ``notes``).
    level, confidence : float
        Interval level of ``*_low/_high`` and the budget confidence.
    notes : tuple of str
        Why something is unknown, approximations used, data notes.
    scenario : dict
        The scenario priced (vendor applied).
    vendors : tuple of dict
        Per-vendor summary when a vendors table was given.
    """

    target: float
    strategies: tuple[StrategyPlan, ...]
    recommendation: str | None
    best_al: str | None
    savings: float
    al_savings: float
    probability_al_cheaper: float
    break_even_label_price: float
    break_even_labels_saved: float
    level: float
    confidence: float
    notes: tuple[str, ...] = ()
    scenario: dict = field(default_factory=dict)
    vendors: tuple[dict, ...] = ()

    def row(self, strategy: str) -> StrategyPlan:
        for r in self.strategies:
            if r.strategy == strategy:
                return r
        raise KeyError(strategy)

    def to_frame(self) -> pd.DataFrame:
        """One row per strategy (all StrategyPlan fields)."""
        return pd.DataFrame([r.__dict__ for r in self.strategies])

    def to_dict(self) -> dict:
        """The JSON of ``alplan plan --json``: no NaN, ``null`` where unknown."""
        return {
            "target": self.target,
            "strategies": [r.to_dict() for r in self.strategies],
            "recommendation": self.recommendation,
            "savings": _json_number(self.savings),
            "probability_al_cheaper": _json_number(self.probability_al_cheaper),
            "break_even_label_price": _json_number(self.break_even_label_price),
            "break_even_labels_saved": _json_number(
                round(self.break_even_labels_saved, 6) if math.isfinite(self.break_even_labels_saved) else None
            ),
            "best_al": self.best_al,
            "al_savings": _json_number(self.al_savings),
            "level": self.level,
            "confidence": self.confidence,
            "notes": list(self.notes),
            "scenario": {k: _json_number(v) for k, v in self.scenario.items()},
            "vendors": [{k: _json_number(v) for k, v in d.items()} for d in self.vendors],
        }

    # ------------------------------------------------------------ text

    def sentence(self) -> str:
        """One plain sentence a manager can repeat."""
        t = _pct(self.target)
        rows = {r.strategy: r for r in self.strategies}
        rnd = rows.get(RANDOM)
        if self.recommendation is None:
            return f"No strategy is forecast to reach {t} accuracy with these curves and this pool; lower the target or measure further."
        rec = rows[self.recommendation]
        p = "" if not math.isfinite(self.probability_al_cheaper) else f" (P={self.probability_al_cheaper:.2f})"
        if rec.active:
            eng = rec.engineering_cost
            if rnd is None:
                return (f"{rec.strategy} reaches {t} accuracy with ~{_approx(rec.labels)} labels for "
                        f"{_fmt_money(rec.total_cost)}; the table has no random-sampling curve to compare with.")
            if not rnd.reachable:
                return (f"{rec.strategy} reaches {t} accuracy with ~{_approx(rec.labels)} labels for "
                        f"{_fmt_money(rec.total_cost)}; random sampling cannot ({rnd.reason}).")
            extra_days = rec.calendar_days - rnd.calendar_days
            when = (f"it takes {extra_days:,.0f} more calendar days" if extra_days > 0.5
                    else "it takes no longer")
            return (
                f"{rec.strategy} reaches {t} accuracy with ~{_approx(rec.labels)} labels instead of "
                f"~{_approx(rnd.labels)} at random, saving {_fmt_money(self.savings)}{p} after "
                f"{_fmt_money(eng)} of engineering; {when}."
            )
        # random recommended
        if self.best_al is None:
            tail = "no AL strategy in the table reaches it" if any(r.active for r in self.strategies) else "the table has no AL strategy to compare"
            return f"Label at random: ~{_approx(rec.labels)} labels reach {t} accuracy for {_fmt_money(rec.total_cost)}; {tail}."
        al = rows[self.best_al]
        saved = rec.labels - al.labels
        if saved > 0:
            why = (f"the {_fmt_int(saved)} labels it saves are worth less than its "
                   f"{_fmt_money(al.total_cost - al.label_cost - (rec.total_cost - rec.label_cost))} of engineering and compute"
                   f" (it would need to save {_fmt_int(self.break_even_labels_saved)})")
        else:
            why = "it does not save labels here"
        return (
            f"Label at random: ~{_approx(rec.labels)} labels reach {t} accuracy for "
            f"{_fmt_money(rec.total_cost)}; the best AL strategy, {al.strategy}, would cost "
            f"{_fmt_money(al.total_cost - rec.total_cost)} more{p.replace('P=', 'P(AL cheaper)=')} because {why}."
        )

    def to_text(self) -> str:
        """A compact table, the one sentence, and the notes."""
        head = f"{'strategy':<18}{'labels':>10}{'80% range':>22}{'rounds':>8}{'total $':>12}{'days':>8}"
        head = head.replace("80%", f"{round(100 * self.level)}%")
        lines = [f"Target accuracy {_pct(self.target)}", head, "-" * len(head)]
        for r in self.strategies:
            rng = f"{_fmt_int(r.labels_low)}-{_fmt_int(r.labels_high)}" if math.isfinite(r.labels_low) else "-"
            mark = " *" if r.strategy == self.recommendation else ""
            rounds = f"{r.rounds:,.0f}" if math.isfinite(r.rounds) else "-"
            days = f"{r.calendar_days:,.0f}" if math.isfinite(r.calendar_days) else "-"
            lines.append(
                f"{r.strategy[:17]:<18}{_fmt_int(r.labels):>10}{rng:>22}{rounds:>8}"
                f"{_fmt_money(r.total_cost):>12}{days:>8}{mark}"
            )
        lines.append("")
        lines.append(self.sentence())
        extras = []
        if math.isfinite(self.break_even_labels_saved):
            extras.append(f"AL must save {_fmt_int(self.break_even_labels_saved)} labels to pay for itself")
        if math.isfinite(self.break_even_label_price):
            extras.append(f"break-even label price ${self.break_even_label_price:,.4g}")
        if extras:
            lines.append("; ".join(extras) + ".")
        rec = next((r for r in self.strategies if r.strategy == self.recommendation), None)
        if rec is not None and math.isfinite(rec.budget_at_confidence):
            lines.append(
                f"To reach the target with probability {self.confidence:.0%}, buy {_fmt_int(rec.budget_at_confidence)} "
                f"labels ({_fmt_money(rec.cost_at_confidence)}); expected cost with a second order if short: "
                f"{_fmt_money(rec.expected_cost)} (point estimate {_fmt_money(rec.total_cost)})."
            )
        for note in self.notes:
            lines.append(f"note: {note}")
        for r in self.strategies:
            if r.reason and not any(r.reason in note for note in self.notes):
                lines.append(f"note: {r.strategy}: {r.reason}")
        return "\n".join(lines)


# ----------------------------------------------------------------- the plan


class Plan:
    """Fitted curves of one curves table, queried for many scenarios and targets.

    Parameters
    ----------
    curves : DataFrame or path
        A curves table (``planner.io.read_curves`` validates it): at least
        ``strategy, n_labels, accuracy``; optional ``seed``, ``label_noise``,
        ``batch_size``, ``dataset``.
    n_bootstrap : int
        Bootstrap replicates per fit.
    seed : int
        Seed of every bootstrap: the same table and seed give the same plan.
    dataset : str or None
        Which data set of a table holding several.
    """

    def __init__(self, curves, *, n_bootstrap: int = 200, seed: int = 0, dataset: str | None = None):
        from planner.io import read_curves

        self.transfer_note = getattr(curves, "attrs", {}).get("transfer_note", "")
        df = read_curves(curves)
        cols = _lower_columns(df)
        if "dataset" in cols:
            names = sorted(df[cols["dataset"]].astype(str).unique())
            if dataset is not None:
                if str(dataset) not in names:
                    raise ValueError(f"data set {dataset!r} is not in the curves table; choose one of: {', '.join(names)}")
                df = df[df[cols["dataset"]].astype(str) == str(dataset)]
            elif len(names) > 1:
                raise ValueError(
                    f"the curves table mixes {len(names)} data sets ({', '.join(names[:5])}); "
                    "plan one at a time: choose it with --dataset NAME"
                )
        self.curves = df
        self.n_bootstrap = int(n_bootstrap)
        self.seed = int(seed)
        self.metric_note = df.attrs.get("metric_note", "")
        strategies = list(dict.fromkeys(df["strategy"].astype(str)))
        if RANDOM in strategies:
            strategies.remove(RANDOM)
            strategies.insert(0, RANDOM)
        self.strategies: tuple[str, ...] = tuple(strategies)
        noise_col = cols.get("label_noise")
        if noise_col is not None:
            noise = pd.to_numeric(df[noise_col], errors="coerce")
            if noise.isna().any() or (noise < 0).any() or (noise >= 1).any():
                raise ValueError("label_noise in the curves table must be a rate in [0, 1) in every row; fix or drop the column")
            self._noise = noise.to_numpy(dtype=float)
        else:
            self._noise = np.zeros(len(df))
        self._batch_col = cols.get("batch_size")
        self._fits: dict = {}
        self._labels_cache: dict = {}
        self._masks: dict[str, np.ndarray] = {}
        self._facts: dict = {}

    # -------------------------------------------------------- table facts

    def _mask(self, strategy: str) -> np.ndarray:
        if strategy not in self._masks:
            self._masks[strategy] = (self.curves["strategy"].astype(str) == strategy).to_numpy()
        return self._masks[strategy]

    def _rows(self, strategy: str, noise: float | None = None) -> pd.DataFrame:
        mask = self._mask(strategy)
        if noise is not None:
            mask = mask & (np.abs(self._noise - noise) < _NOISE_TOL)
        return self.curves[mask]

    def noise_levels(self, strategy: str) -> np.ndarray:
        """Label-noise levels the table holds for ``strategy`` (sorted)."""
        key = ("noise", strategy)
        if key not in self._facts:
            self._facts[key] = np.unique(np.round(self._noise[self._mask(strategy)], 9))
        return self._facts[key]

    def initial(self, strategy: str) -> int:
        """Smallest label count measured for ``strategy`` (the initial labeled set)."""
        key = ("initial", strategy)
        if key not in self._facts:
            self._facts[key] = int(round(float(self.curves["n_labels"].to_numpy()[self._mask(strategy)].min())))
        return self._facts[key]

    def batch_size(self) -> int:
        """Labels per AL round: the ``batch_size`` column, else the typical step between rounds."""
        active = [s for s in self.strategies if s != RANDOM] or list(self.strategies)
        rows = self.curves[self.curves["strategy"].astype(str).isin(active)]
        if self._batch_col is not None:
            b = pd.to_numeric(rows[self._batch_col], errors="coerce").dropna()
            if len(b) and float(b.median()) >= 1:
                return int(round(float(b.median())))
        steps = []
        keys = ["strategy"] + (["seed"] if "seed" in rows.columns else [])
        for _, g in rows.groupby(keys, sort=False):
            n = np.unique(g["n_labels"].to_numpy(dtype=float))
            if n.size >= 2:
                steps.append(np.diff(n))
        if not steps:
            raise ValueError("cannot infer the AL batch size from the curves table; give --batch-size")
        return max(1, int(round(float(np.median(np.concatenate(steps))))))

    def fit(self, strategy: str, noise: float | None = None):
        """The fitted curve of ``strategy`` (at label-noise level ``noise``), fitted once."""
        from planner.curves import fit_curve

        if strategy not in self.strategies:
            raise ValueError(f"strategy {strategy!r} is not in the curves table; it has: {', '.join(self.strategies)}")
        if noise is None:
            noise = float(self.noise_levels(strategy)[0])
        key = (strategy, round(float(noise), 9))
        if key not in self._fits:
            rows = self._rows(strategy, noise)
            seed = int(np.random.SeedSequence([self.seed, zlib.crc32(strategy.encode()), int(noise * 1e6)]).generate_state(1)[0])
            try:
                self._fits[key] = fit_curve(
                    rows["n_labels"].to_numpy(dtype=float),
                    rows["accuracy"].to_numpy(dtype=float),
                    seeds=rows["seed"].to_numpy() if "seed" in rows.columns else None,
                    n_bootstrap=self.n_bootstrap,
                    seed=seed,
                )
            except ValueError as exc:
                first = str(exc).strip().splitlines()[0]
                raise ValueError(f"strategy {strategy!r}: {first}") from None
        return self._fits[key]

    def _noise_choice(self, strategy: str, error: float | None, n_classes: int) -> tuple[float, float, str]:
        """(noise level to fit, label multiplier, note) for labels with error rate ``error``."""
        levels = self.noise_levels(strategy)
        base = float(levels[0])
        if error is None:
            return base, 1.0, "" if base == 0 else f"curves simulated at label noise {base:g}"
        match = levels[np.abs(levels - error) < 1e-3]
        if match.size:
            return float(match[0]), 1.0, f"curves simulated at label noise {float(match[0]):g}"
        factor = effective_sample_factor(base, n_classes) / effective_sample_factor(error, n_classes)
        return base, factor, (
            f"label error {error:.3g} approximated by an effective sample size "
            f"(n_eff = n (1 - e C/(C-1))^2, C={n_classes}) from curves at noise {base:g}"
        )

    def labels(self, strategy: str, target: float, scenario: Scenario | None = None) -> tuple[float, np.ndarray, str]:
        """Labels ``strategy`` needs to reach ``target``: (point, bootstrap samples, noise note)."""
        error = None if scenario is None else scenario.effective_label_error
        n_classes = 10 if scenario is None else scenario.n_classes
        level, factor, note = self._noise_choice(strategy, error, n_classes)
        key = (strategy, level, round(float(target), 9))
        if key not in self._labels_cache:
            fc = self.fit(strategy, level)
            self._labels_cache[key] = (float(fc.labels_for(target)), np.asarray(fc.labels_samples(target), dtype=float))
        point, samples = self._labels_cache[key]
        return point * factor, samples * factor, note

    # ------------------------------------------------------------ scenario

    def resolve(self, scenario: Scenario, vendors: pd.DataFrame | None = None) -> Scenario:
        """Validate ``scenario`` and apply its vendor (from ``vendors`` or the shipped table)."""
        if not isinstance(scenario, Scenario):
            raise ValueError("scenario must be a planner.costs.Scenario")
        scenario.validate()
        if scenario.vendor is not None:
            from planner.vendors import find_vendor, read_vendors

            table = read_vendors(vendors)
            scenario = scenario.with_vendor(find_vendor(table, scenario.vendor))
            scenario.validate()
        return scenario

    def _shape(self, scenario: Scenario, strategy: str) -> tuple[int, int]:
        initial = scenario.initial_labels or self.initial(strategy)
        batch = scenario.batch_size or self._batch
        return int(initial), int(batch)

    @property
    def _batch(self) -> int:
        if not hasattr(self, "_batch_cached"):
            self._batch_cached = self.batch_size()
        return self._batch_cached

    def _price(self, strategy: str, labels, scenario: Scenario) -> dict[str, np.ndarray]:
        initial, batch = self._shape(scenario, strategy)
        return path_costs(labels, active=strategy != RANDOM, scenario=scenario, initial=initial, batch_size=batch)

    def _point_totals(self, scenario: Scenario, target: float) -> dict[str, dict[str, float]]:
        """Point-forecast costs of every strategy (no bootstrap), for grids."""
        out = {}
        for s in self.strategies:
            point, _, _ = self.labels(s, target, scenario)
            c = self._price(s, [point], scenario)
            out[s] = {k: float(v[0]) for k, v in c.items()}
        return out

    # ------------------------------------------------------------- decide

    def decide(
        self,
        scenario: Scenario,
        target: float,
        *,
        level: float = DEFAULT_LEVEL,
        vendors: pd.DataFrame | None = None,
    ) -> Decision:
        """The verdict for ``target`` under ``scenario`` (see :func:`decide`)."""
        target = _check_target(target)
        level = _check_level(level)
        vendor_table = vendors
        scen = self.resolve(scenario, vendors)
        conf = float(scen.confidence)
        lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
        notes: list[str] = []
        if self.metric_note and "fraction" not in self.metric_note:
            notes.append(self.metric_note)
        if self.transfer_note:
            notes.append(self.transfer_note)
        pool = scen.pool_size
        rows: list[StrategyPlan] = []
        sample_totals: dict[str, np.ndarray] = {}
        for s in self.strategies:
            active = s != RANDOM
            point, samples, noise_note = self.labels(s, target, scen)
            if noise_note and noise_note not in notes:
                notes.append(noise_note)
            fc = self.fit(s, self._noise_choice(s, scen.effective_label_error, scen.n_classes)[0])
            c = self._price(s, [point], scen)
            lab_lo, lab_hi = _quantile(samples, lo_q), _quantile(samples, hi_q)
            c_lo = self._price(s, [lab_lo], scen)
            c_hi = self._price(s, [lab_hi], scen)
            cs = self._price(s, samples, scen)
            sample_totals[s] = cs["total_cost"]
            reachable = bool(c["reachable"][0])
            floor = self._shape(scen, s)[0] if active else 1  # AL buys at least its initial set
            reason = None
            if not math.isfinite(point):
                reason = (f"the fitted curve levels off below {_pct(target)} "
                          f"(it approaches {fc.asymptote:.3f})")
            elif not reachable:
                reason = f"needs ~{_fmt_int(point)} labels but the pool holds only {pool:,}"
            # forecast risk: buy the confidence quantile, pay a second order if short
            budget = _quantile(samples, conf)
            if pool is not None and budget > pool:
                budget = math.inf
            p_short = float(np.mean(samples > budget)) if math.isfinite(budget) else 1.0
            if math.isfinite(budget):
                cb = self._price(s, [budget], scen)
                cost_at_conf = float(cb["total_cost"][0])
                ok = np.isfinite(cs["total_cost"])
                if ok.any():
                    need = samples[ok]
                    bought = np.maximum(need, budget)
                    cost = self._price(s, bought, scen)["total_cost"]
                    if not active:  # a second order: another batch, its turnaround, another final training
                        short = need > budget
                        extra = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
                        topup = np.maximum(scen.min_order - (need - budget), 0.0) * scen.price_per_label
                        cost = cost + short * (extra + topup)
                    expected = float(np.mean(cost))
                else:
                    expected = math.inf
            else:
                cost_at_conf = expected = math.inf
            rows.append(
                StrategyPlan(
                    strategy=s,
                    active=active,
                    reachable=reachable,
                    labels=_labels_needed(point, floor),
                    labels_low=_labels_needed(lab_lo, floor),
                    labels_high=_labels_needed(lab_hi, floor),
                    labels_bought=float(c["labels_bought"][0]),
                    rounds=float(c["rounds"][0]),
                    label_cost=float(c["label_cost"][0]),
                    engineering_cost=float(c["engineering_cost"][0]),
                    compute_cost=float(c["compute_cost"][0]),
                    delay_cost=float(c["delay_cost"][0]),
                    total_cost=float(c["total_cost"][0]),
                    total_cost_low=float(c_lo["total_cost"][0]),
                    total_cost_high=float(c_hi["total_cost"][0]),
                    calendar_days=float(c["calendar_days"][0]),
                    calendar_days_low=float(c_lo["calendar_days"][0]),
                    calendar_days_high=float(c_hi["calendar_days"][0]),
                    p_unreachable=float(np.mean(~np.isfinite(cs["total_cost"]))),
                    budget_at_confidence=float(math.ceil(budget)) if math.isfinite(budget) else math.inf,
                    cost_at_confidence=cost_at_conf,
                    p_short=p_short,
                    expected_cost=expected,
                    asymptote=float(fc.asymptote),
                    noise=noise_note,
                    reason=reason,
                )
            )
        by_name = {r.strategy: r for r in rows}
        rnd = by_name.get(RANDOM)
        if rnd is None:
            notes.append("the curves table has no 'random' strategy: savings and break-even need random-sampling runs")
        reachable_rows = [r for r in rows if r.reachable]
        recommendation = min(reachable_rows, key=lambda r: (r.total_cost, r.active)).strategy if reachable_rows else None
        al_rows = [r for r in reachable_rows if r.active]
        best_al = min(al_rows, key=lambda r: r.total_cost).strategy if al_rows else None
        if recommendation is None:
            notes.append(f"no strategy is forecast to reach {_pct(target)}" + (f" within the pool of {pool:,}" if pool else ""))
        elif best_al is None and any(r.active for r in rows):
            notes.append("no AL strategy is forecast to reach the target: P(AL cheaper) and break-even are undefined")

        # break-even per AL row, against random's fixed costs
        price = scen.price_per_label
        raw = price / float(scen.label_price)  # qa x votes
        random_fixed = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
        final = []
        for r in rows:
            if r.active and r.reachable:
                fixed_extra = (r.total_cost - r.label_cost) - random_fixed
                be_saved = fixed_extra / price
                be_price = math.nan
                if rnd is not None and rnd.reachable:
                    labels_saved = (rnd.label_cost - r.label_cost) / price
                    if labels_saved > 0:
                        be_price = max(fixed_extra, 0.0) / (labels_saved * raw)
                r = replace(r, break_even_labels_saved=be_saved, break_even_label_price=be_price,
                            savings_vs_random=(rnd.total_cost - r.total_cost) if rnd is not None and rnd.reachable else math.nan)
            elif not r.active and r.reachable:
                r = replace(r, savings_vs_random=0.0)
            final.append(r)
        by_name = {r.strategy: r for r in final}
        rnd = by_name.get(RANDOM)
        random_ok = rnd is not None and rnd.reachable
        if rnd is not None and not rnd.reachable:
            notes.append(f"random sampling does not reach the target: {rnd.reason}")
        savings = (rnd.total_cost - by_name[recommendation].total_cost) if (random_ok and recommendation) else math.nan
        al_savings = p_cheaper = be_price = be_saved = math.nan
        if best_al is not None:
            al = by_name[best_al]
            be_saved = al.break_even_labels_saved
            be_price = al.break_even_label_price
            if random_ok:
                al_savings = rnd.total_cost - al.total_cost
                if not math.isfinite(be_price):
                    notes.append(f"{best_al} is not billed for fewer labels than random here "
                                 "(full batches, minimum orders): no label price makes it cheaper")
            if rnd is not None:
                a, b = sample_totals[best_al], sample_totals[RANDOM]
                m = min(a.size, b.size)
                a, b = a[:m], b[:m]
                p_cheaper = float(np.mean(a < b) + 0.5 * np.mean(a == b))
        vendor_rows: tuple[dict, ...] = ()
        if vendor_table is not None:
            vc = self.vendor_comparison(scenario if scenario.vendor is None else replace(scenario, vendor=None),
                                        target, vendor_table)
            summary = []
            for name, g in vc.groupby("vendor", sort=False):
                ok = g[g["reachable"]]
                best = ok.loc[ok["total_cost"].idxmin()] if len(ok) else None
                summary.append({
                    "vendor": name,
                    "price_per_label": float(g["price_per_label"].iloc[0]),
                    "label_error": float(g["label_error"].iloc[0]),
                    "turnaround_days": float(g["turnaround_days"].iloc[0]),
                    "recommendation": None if best is None else str(best["strategy"]),
                    "total_cost": math.inf if best is None else float(best["total_cost"]),
                    "calendar_days": math.inf if best is None else float(best["calendar_days"]),
                })
            vendor_rows = tuple(summary)
        return Decision(
            target=target,
            strategies=tuple(final),
            recommendation=recommendation,
            best_al=best_al,
            savings=savings,
            al_savings=al_savings,
            probability_al_cheaper=p_cheaper,
            break_even_label_price=be_price,
            break_even_labels_saved=be_saved,
            level=level,
            confidence=conf,
            notes=tuple(notes),
            scenario=scen.to_dict(),
            vendors=vendor_rows,
        )

    # ---------------------------------------------------------- dashboards

    def cost_vs_target(self, scenario: Scenario, targets, *, level: float = DEFAULT_LEVEL, vendors=None) -> pd.DataFrame:
        """Cost of every strategy at every target accuracy.

        Returns
        -------
        DataFrame with one row per (target, strategy): ``target, strategy,
        labels, labels_low, labels_high, total_cost, total_cost_low,
        total_cost_high, calendar_days, reachable`` (inf where unreachable).
        """
        scen = self.resolve(scenario, vendors)
        level = _check_level(level)
        rows = []
        for t in np.atleast_1d(np.asarray(targets, dtype=float)):
            t = _check_target(t)
            for s in self.strategies:
                point, samples, _ = self.labels(s, t, scen)
                lo, hi = _quantile(samples, (1 - level) / 2), _quantile(samples, (1 + level) / 2)
                c = self._price(s, [point, lo, hi], scen)
                rows.append({
                    "target": t, "strategy": s,
                    "labels": c["labels"][0], "labels_low": c["labels"][1], "labels_high": c["labels"][2],
                    "total_cost": c["total_cost"][0], "total_cost_low": c["total_cost"][1],
                    "total_cost_high": c["total_cost"][2], "calendar_days": c["calendar_days"][0],
                    "reachable": bool(c["reachable"][0]),
                })
        return pd.DataFrame(rows)

    def _savings(self, scen: Scenario, target: float) -> tuple[float, str | None, str | None]:
        """(random total - best AL total, best AL, cheapest) at the point forecast."""
        totals = self._point_totals(scen, target)
        finite = {s: v["total_cost"] for s, v in totals.items() if math.isfinite(v["total_cost"])}
        winner = min(finite, key=lambda s: (finite[s], s != RANDOM)) if finite else None
        al = {s: v for s, v in finite.items() if s != RANDOM}
        best = min(al, key=al.get) if al else None
        if RANDOM not in finite or best is None:
            return math.nan, best, winner
        return finite[RANDOM] - al[best], best, winner

    def break_even_map(self, scenario: Scenario, targets, prices, *, vendors=None) -> pd.DataFrame:
        """Where AL wins, over target accuracy x label price.

        Returns
        -------
        DataFrame with one row per (target, label_price): ``target,
        label_price, winner`` (cheapest strategy, None if none reaches),
        ``best_al``, ``savings`` (random - best AL; NaN if either is
        unreachable) and ``al_wins`` (bool).
        """
        scen = self.resolve(scenario, vendors)
        prices = np.atleast_1d(np.asarray(prices, dtype=float))
        if not np.all(np.isfinite(prices)) or np.any(prices <= 0):
            raise ValueError("label prices for the break-even map must be finite and > 0")
        rows = []
        for t in np.atleast_1d(np.asarray(targets, dtype=float)):
            t = _check_target(t)
            for p in prices:
                sv, best, winner = self._savings(replace(scen, label_price=float(p)), t)
                rows.append({"target": t, "label_price": float(p), "winner": winner, "best_al": best,
                             "savings": sv, "al_wins": bool(winner is not None and winner != RANDOM)})
        return pd.DataFrame(rows)

    def sensitivity(self, scenario: Scenario, target: float, *, swing: float = 0.5, vendors=None) -> pd.DataFrame:
        """Tornado table: AL savings when each input moves down / up by ``swing``.

        Savings = random's total cost - the best AL strategy's (re-chosen for
        each variant). Inputs that are zero are moved to nothing and skipped.

        Returns
        -------
        DataFrame sorted by swing (largest first): ``input, base_value,
        low_value, high_value, savings_low, savings_high, base, swing``.
        """
        target = _check_target(target)
        if not 0 < float(swing) < 1:
            raise ValueError(f"swing must be in (0, 1), got {swing}: e.g. 0.5 for -/+50%")
        scen = self.resolve(scenario, vendors)
        base, _, _ = self._savings(scen, target)
        if not math.isfinite(base):
            raise ValueError(
                f"savings at {_pct(target)} are undefined: random sampling or every AL strategy misses the target"
            )
        inputs = {
            "label price": ("label_price", scen.label_price, float),
            "engineering days": ("engineering_days", scen.engineering_days, float),
            "day rate": ("day_rate", scen.engineering_day_rate, float),
            "compute per round": ("compute_per_round", scen.compute_per_round, float),
            "turnaround days": ("turnaround_days", scen.turnaround, float),
            "delay cost per day": ("delay_cost_per_day", scen.delay_cost_per_day, float),
            "QA multiplier": ("qa_multiplier", scen.qa_multiplier, float),
            "batch size": ("batch_size", scen.batch_size or self._batch, int),
        }
        rows = []
        for label, (name, value, kind) in inputs.items():
            value = float(value)
            if value <= 0:
                continue
            if name == "turnaround_days" and scen.delay_cost_per_day == 0:
                continue  # time is free: turnaround changes no dollar
            out = {"input": label, "base_value": value}
            for side, mult in (("low", 1 - swing), ("high", 1 + swing)):
                v = kind(value * mult)
                if kind is int:
                    v = max(1, int(round(value * mult)))
                changes = {name: v}
                if name == "day_rate":
                    changes["yearly_salary"] = None
                s = replace(scen, **changes)
                out[f"{side}_value"] = float(v)
                out[f"savings_{side}"] = self._savings(s, target)[0]
            rows.append(out)
        df = pd.DataFrame(rows)
        df["base"] = base
        df["swing"] = (df["savings_high"] - df["savings_low"]).abs()
        return df.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)

    def vendor_comparison(self, scenario: Scenario, target: float, vendors=None, *, votes=(1,)) -> pd.DataFrame:
        """Every strategy's cost to ``target`` with each vendor (and ``votes`` labels per item).

        Returns
        -------
        DataFrame with one row per (vendor, votes, strategy): ``vendor,
        votes, strategy, price_per_label`` (per delivered label),
        ``label_error`` (after voting), ``turnaround_days, labels,
        total_cost, calendar_days, reachable, recommended, noise``.
        """
        from planner.vendors import read_vendors

        target = _check_target(target)
        table = read_vendors(vendors)
        base = replace(scenario, vendor=None, label_price=scenario.label_price or 1.0)
        base.validate()
        rows = []
        for v in table.to_dict("records"):
            for k in votes:
                scen = replace(base.with_vendor(v), votes=int(k))
                scen.validate()
                name = v["name"] if int(k) == 1 else f"{v['name']} x{int(k)}"
                block = []
                for s in self.strategies:
                    point, _, note = self.labels(s, target, scen)
                    c = self._price(s, [point], scen)
                    block.append({
                        "vendor": name, "votes": int(k), "strategy": s,
                        "price_per_label": scen.price_per_label, "label_error": scen.effective_label_error,
                        "turnaround_days": scen.turnaround, "labels": float(c["labels"][0]),
                        "total_cost": float(c["total_cost"][0]), "calendar_days": float(c["calendar_days"][0]),
                        "reachable": bool(c["reachable"][0]), "noise": note or "as simulated",
                    })
                finite = [b for b in block if b["reachable"]]
                best = min(finite, key=lambda b: b["total_cost"])["strategy"] if finite else None
                for b in block:
                    b["recommended"] = b["strategy"] == best
                rows.extend(block)
        return pd.DataFrame(rows)

    def best_accuracy_for_budget(self, scenario: Scenario, budget: float, *, level: float = DEFAULT_LEVEL,
                                 vendors=None) -> pd.DataFrame:
        """The best accuracy each strategy reaches for a total budget of ``budget`` dollars.

        The largest label count whose total cost (labels, engineering,
        compute, delay) fits the budget, capped by the pool, and the fitted
        accuracy there with its interval.

        Returns
        -------
        DataFrame with one row per strategy: ``strategy, budget, labels,
        total_cost, accuracy, accuracy_low, accuracy_high, best, note``
        (labels 0 and accuracy NaN when the budget does not cover the fixed
        costs).
        """
        b = float(budget)
        if not math.isfinite(b) or b <= 0:
            raise ValueError(f"budget must be a positive number of dollars, got {budget}")
        scen = self.resolve(scenario, vendors)
        level = _check_level(level)
        rows = []
        for s in self.strategies:
            initial, _ = self._shape(scen, s)
            lo = initial if s != RANDOM else 1
            cap = scen.pool_size if scen.pool_size is not None else int(min(b / scen.price_per_label + 1, 1e12))
            cost = lambda n: float(self._price(s, [n], scen)["total_cost"][0])  # noqa: E731
            level_n, factor, note = self._noise_choice(s, scen.effective_label_error, scen.n_classes)
            fc = self.fit(s, level_n)
            if cap < lo or cost(lo) > b:
                rows.append({"strategy": s, "budget": b, "labels": 0, "total_cost": math.nan, "accuracy": math.nan,
                             "accuracy_low": math.nan, "accuracy_high": math.nan,
                             "note": f"{_fmt_money(b)} does not cover the fixed costs and the first {lo:,} labels"})
                continue
            hi = cap
            if cost(hi) <= b:
                n = hi
            else:
                low = lo  # cost(low) <= b < cost(hi)
                while hi - low > 1:
                    mid = (low + hi) // 2
                    if cost(mid) <= b:
                        low = mid
                    else:
                        hi = mid
                n = low
            n_eff = max(n / factor, 1.0)  # noise: n labels are worth n / factor clean ones
            acc = float(fc.predict([n_eff])[0])
            a_lo, a_hi = fc.interval([n_eff], level=level)
            rows.append({"strategy": s, "budget": b, "labels": int(n), "total_cost": cost(n), "accuracy": acc,
                         "accuracy_low": float(a_lo[0]), "accuracy_high": float(a_hi[0]), "note": note})
        df = pd.DataFrame(rows)
        acc = df["accuracy"].to_numpy(dtype=float)
        df["best"] = False
        if np.isfinite(acc).any():
            df.loc[int(np.nanargmax(acc)), "best"] = True
        return df


# ----------------------------------------------------------- module API


def _fingerprint(curves: pd.DataFrame) -> str:
    h = hashlib.sha256()
    h.update(",".join(map(str, curves.columns)).encode())
    h.update(pd.util.hash_pandas_object(curves, index=False).to_numpy().tobytes())
    return h.hexdigest()


def get_plan(curves, *, seed: int = 0, n_bootstrap: int = 200, dataset: str | None = None) -> Plan:
    """A Plan for ``curves`` (a Plan is returned as is), cached by the table's contents."""
    if isinstance(curves, Plan):
        return curves
    if not isinstance(curves, pd.DataFrame):
        return Plan(curves, seed=seed, n_bootstrap=n_bootstrap, dataset=dataset)
    key = (_fingerprint(curves), int(seed), int(n_bootstrap), dataset)
    plan = _PLAN_CACHE.get(key)
    if plan is None:
        plan = Plan(curves, seed=seed, n_bootstrap=n_bootstrap, dataset=dataset)
        _PLAN_CACHE[key] = plan
        if dataset is not None:  # later calls with the selected table find it too
            _PLAN_CACHE[(_fingerprint(plan.curves), int(seed), int(n_bootstrap), None)] = plan
        while len(_PLAN_CACHE) > _CACHE_SIZE:
            _PLAN_CACHE.popitem(last=False)
    else:
        _PLAN_CACHE.move_to_end(key)
    return plan


def decide(curves, scenario: Scenario, target: float, *, vendors=None, seed: int = 0,
           level: float = DEFAULT_LEVEL, dataset: str | None = None) -> Decision:
    """Price every strategy's path to ``target`` and give the verdict.

    Parameters
    ----------
    curves : DataFrame, path or Plan
        The curves table (``strategy, n_labels, accuracy[, seed, label_noise,
        batch_size]``), or a Plan built from it.
    scenario : Scenario
        Prices; ``scenario.vendor`` picks a row of ``vendors`` (or of the
        shipped defaults).
    target : float
        Target accuracy in (0, 1).
    vendors : DataFrame, path or None
        A vendors table; when given, the Decision also compares every vendor.
    seed : int
        Bootstrap seed: the same inputs and seed give the same Decision.
    level : float
        Interval level of the ``*_low`` / ``*_high`` fields.

    Returns
    -------
    Decision
    """
    return get_plan(curves, seed=seed, dataset=dataset).decide(scenario, target, level=level, vendors=vendors)


def cost_vs_target(curves, scenario: Scenario, targets, *, seed: int = 0, vendors=None) -> pd.DataFrame:
    """See :meth:`Plan.cost_vs_target`."""
    return get_plan(curves, seed=seed).cost_vs_target(scenario, targets, vendors=vendors)


def break_even_map(curves, scenario: Scenario, targets, prices, *, seed: int = 0, vendors=None) -> pd.DataFrame:
    """See :meth:`Plan.break_even_map`."""
    return get_plan(curves, seed=seed).break_even_map(scenario, targets, prices, vendors=vendors)


def sensitivity(curves, scenario: Scenario, target: float, *, swing: float = 0.5, seed: int = 0,
                vendors=None) -> pd.DataFrame:
    """See :meth:`Plan.sensitivity`."""
    return get_plan(curves, seed=seed).sensitivity(scenario, target, swing=swing, vendors=vendors)


def vendor_comparison(curves, scenario: Scenario, target: float, vendors=None, *, votes=(1,), seed: int = 0) -> pd.DataFrame:
    """See :meth:`Plan.vendor_comparison`."""
    return get_plan(curves, seed=seed).vendor_comparison(scenario, target, vendors, votes=votes)


def best_accuracy_for_budget(curves, scenario: Scenario, budget: float, *, seed: int = 0,
                             vendors=None) -> pd.DataFrame:
    """See :meth:`Plan.best_accuracy_for_budget`."""
    return get_plan(curves, seed=seed).best_accuracy_for_budget(scenario, budget, vendors=vendors)
