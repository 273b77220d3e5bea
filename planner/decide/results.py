"""What a verdict says: each strategy's path (:class:`StrategyPlan`), the verdict (:class:`Decision`), their JSON.

Every field is read off the same joint draws (:mod:`planner.decide.verdict`):

* ``probability_al_cheaper``: the one chance that AL is cheaper than random
  which the sentence, the metrics, the text, the report and the charts show
  (:func:`planner.decide.rule.probability_shown`), read from
  ``share_of_draws_al_cheaper``: among the draws in which some path reaches
  the target, the share in which the cheapest AL path of that draw costs less
  than random in the same draw (ties count one half; 0 if no draw reaches).
  With a pool it also reads where random's quoted labels lie in it
  (``random_share_of_pool``) and how far random's measured labels are into it
  (``pilot_share_of_pool``). ``probability_no_path``: the share of draws in
  which no path reaches the target.
* ``probability_cheapest`` (per strategy row; "cheapest in (share of
  forecasts)"): share of draws in which that path is the cheapest of all (a tie counts for each tied path; a draw in
  which no path reaches the target counts for none).
* ``recommendation`` and ``best_al``: by the decision rule
  (:mod:`planner.decide.rule`); its pairwise probability of beating random is
  ``probability_best_al_cheaper``.
* ``savings``: random's ``total_cost`` minus the recommendation's, as the
  table prints them (so the saving is the difference of the two totals
  shown); ``savings_low``/``savings_high``: the central interval of the
  per-draw differences, widened to hold it. ``al_savings`` likewise for
  ``best_al``.
* ``break_even_label_price`` (per raw label): the price at which the rule's
  pick, re-run on the same draws, changes between random sampling and AL
  (:func:`planner.decide.rows.rule_break_even`); so AL is recommended only at
  or above it and random only below it (``inf``: no price makes the rule pick
  AL; 0: AL at any price). ``break_even_label_price_low``/``_high``: the
  central interval of ``best_al``'s per-draw break-even prices against random
  (widened to hold the quote); ``break_even_label_price_median`` their median
  (the even-odds price of ``best_al`` alone) and ``break_even_within_2x`` the
  share of draws within a factor 2 of the quote.
* ``can_tell``: False where the chance shown lies strictly within
  :data:`planner.decide.rule.UNDECIDED` (30-70%) and the verdict weighs an AL
  strategy against a reachable random path: the sentence then says "can't
  tell yet" and ``measure_next_labels`` (both paths measured to twice the
  largest count measured so far, within the pool) says what to measure;
  ``recommendation`` stays the rule's pick, the lean.
* ``break_even_labels_saved``: per draw, AL's extra non-label cost divided by
  the price per label: how many labels AL must save to pay for itself.
* Forecast risk (Mahmood et al., NeurIPS 2022): ``budget_at_confidence`` is
  the ``confidence`` quantile of the labels (never below the quoted median;
  ``null`` beyond the pool); ``short_extra_cost`` is the median extra cost of
  a second order over the draws that fall short. There is no expected cost:
  a mean over draws whose tails extrapolate to millions of labels is
  dominated by those few draws; ``cost_at_confidence``, ``p_short`` and
  ``short_extra_cost`` say what the risk costs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from planner.decide.rule import DECISION_RULE, can_tell, probability_shown
from planner.decide.summaries import json_number
from planner.decide.track_record import TrackRecord
from planner.forecast.draws import RANDOM

__all__ = ["Decision", "StrategyPlan"]


@dataclass(frozen=True)
class StrategyPlan:
    """One strategy's path to the target, summarised from the draws.

    Label counts are medians over the draws (``labels``) with the
    ``Decision.level`` interval (``labels_low``, ``labels_high``; ``inf`` =
    open-ended). The cost lines price the median label count, so they add up
    to ``total_cost`` (the median of the per-draw totals: cost rises with
    labels). ``basis`` says what the labels rest on; ``warning`` flags a
    forecast far beyond the data or the pool.

    The extrapolation limit (:mod:`planner.forecast.limits`): no count is
    quoted beyond ``label_limit``. A field whose figure lies beyond it is
    listed in ``beyond_limit`` and carries the figure at the limit (a count
    at ``label_limit``, a cost or a day count priced there): it reads "more
    than" that value. A saving with a total beyond the limit on either side
    has no bound: it is NaN (JSON ``null``) and listed too.
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
    short_extra_cost: float = math.nan
    savings_vs_random: float = math.nan
    probability_cheaper_than_random: float = math.nan
    probability_cheapest: float = math.nan
    break_even_label_price: float = math.nan
    break_even_labels_saved: float = math.nan
    asymptote: float = math.nan
    n_max: float = math.nan
    extrapolation_ratio: float = math.nan
    basis: str = ""
    warning: str | None = None
    noise: str = ""
    reason: str | None = None
    labels_billed: float = math.nan  # labels paid for: minimum orders included (>= labels_bought)
    label_cost_at_confidence: float = math.nan  # the labels' part of cost_at_confidence
    label_limit: float = math.inf   # the largest label count quoted (planner.forecast.limits.label_limit)
    beyond_limit: tuple[str, ...] = ()   # fields carried at the limit (read "more than"), or null (a saving)

    def to_dict(self) -> dict:
        out = {}
        for key, value in self.__dict__.items():
            if key == "beyond_limit":
                out[key] = list(value)
                continue
            if key in ("labels", "labels_low", "labels_high", "labels_bought", "labels_billed", "rounds",
                       "budget_at_confidence", "label_limit"):
                value = int(value) if isinstance(value, (int, float)) and math.isfinite(value) else None
            out[key] = json_number(value)
        return out


@dataclass(frozen=True)
class Decision:
    """The verdict for one target: every field is read off the same joint draws.

    Attributes
    ----------
    target : float
    strategies : tuple of StrategyPlan
        Random first.
    recommendation : str or None
        By :data:`planner.decide.rule.DECISION_RULE`; None if no path reaches the target in most draws.
    best_al : str or None
        The reachable AL strategy cheaper than random in the most draws.
    savings, savings_low, savings_high : float
        Median (and interval) over draws of random's cost minus the recommendation's.
    al_savings : float
        Median over draws of random's cost minus ``best_al``'s (negative: AL dearer).
    share_of_draws_al_cheaper : float
        Among the draws in which some path reaches the target, the share where the cheapest AL path of the draw
        beats random (:attr:`probability_al_cheaper` is the chance shown, read from it).
    probability_best_al_cheaper : float
        Share of draws where ``best_al`` beats random (the rule's number).
    break_even_label_price (_low, _high) : float
        Per raw label: the price at which the rule's pick changes between random and AL on the same draws (inf:
        none; see the module docstring); the interval is ``best_al``'s per-draw break-even prices.
    break_even_within_2x : float
        Share of draws whose break-even price is within a factor 2 of the quote.
    break_even_label_price_median : float
        ``best_al``'s per-draw break-even prices' median: above it ``best_al`` is cheaper than random in most draws.
    probability_no_path : float
        Share of draws in which no path (AL or random) reaches the target: :attr:`probability_al_cheaper` is read
        among the others.
    random_share_of_pool : float
        Random's quoted labels over the pool (``inf`` where random does not reach the target); NaN without a
        pool. P(AL cheaper)'s map reads it (:func:`planner.decide.p_calibration.calibrated_p`).
    pilot_share_of_pool : float
        Random's largest measured count over the pool; NaN without a pool. P(AL cheaper)'s map reads it too.
    metric : str
        The column the forecast ran on and the target is stated in (``accuracy`` unless ``--metric``).
    track_record : TrackRecord or None
        How verdicts like this one fared on AL curves held out from every fit
        (:func:`planner.decide.track_record.track_record`: the stratum of random's extrapolation ratio, the
        learner and this verdict's pick); None without random sampling or an AL strategy in the table.
    break_even_labels_saved (_low, _high) : float
    level, confidence : float
    notes : tuple of str
        What the numbers rest on, approximations, data notes.
    warnings : tuple of str
        Forecasts far beyond the data or the pool.
    decision_rule : str
    n_draws : int
    scenario : dict
    vendors : tuple of dict
    beyond_limit : tuple of str
        Summary fields (``savings``, ``al_savings`` and their ranges) left NaN (JSON ``null``) because a total
        they subtract lies beyond the extrapolation limit (:class:`StrategyPlan`'s ``beyond_limit``).
    """

    target: float
    strategies: tuple[StrategyPlan, ...]
    recommendation: str | None
    best_al: str | None
    savings: float
    savings_low: float
    savings_high: float
    al_savings: float
    share_of_draws_al_cheaper: float
    probability_best_al_cheaper: float
    break_even_label_price: float
    break_even_label_price_low: float
    break_even_label_price_high: float
    break_even_labels_saved: float
    break_even_labels_saved_low: float
    break_even_labels_saved_high: float
    level: float
    confidence: float
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    decision_rule: str = DECISION_RULE
    n_draws: int = 0
    scenario: dict = field(default_factory=dict)
    vendors: tuple[dict, ...] = ()
    break_even_within_2x: float = math.nan
    break_even_label_price_median: float = math.nan
    probability_no_path: float = math.nan
    random_share_of_pool: float = math.nan
    pilot_share_of_pool: float = math.nan
    track_record: TrackRecord | None = None
    metric: str = "accuracy"
    beyond_limit: tuple[str, ...] = ()   # summary fields left null: a total they subtract lies beyond the limit

    def _pool_shares(self) -> dict:
        return {"share_of_pool": None if math.isnan(self.random_share_of_pool) else self.random_share_of_pool,
                "pilot_share_of_pool": None if math.isnan(self.pilot_share_of_pool) else self.pilot_share_of_pool}

    @property
    def probability_al_cheaper(self) -> float:
        """The chance that AL is cheaper than random that every answer shows
        (:func:`planner.decide.rule.probability_shown` of :attr:`share_of_draws_al_cheaper`)."""
        return probability_shown(self.share_of_draws_al_cheaper, self.n_draws, **self._pool_shares())

    @property
    def can_tell(self) -> bool:
        """False where the pilot cannot tell AL from random: the verdict weighs an AL strategy against a
        reachable random path and :attr:`probability_al_cheaper` lies strictly within
        :data:`planner.decide.rule.UNDECIDED`."""
        rnd = next((r for r in self.strategies if r.strategy == RANDOM), None)
        if self.recommendation is None or self.best_al is None or rnd is None or not rnd.reachable:
            return True
        return can_tell(self.probability_al_cheaper)

    @property
    def measure_next_labels(self) -> float:
        """Where the verdict cannot tell (:attr:`can_tell` False): the label count to measure random sampling
        and the AL pick to next, twice the largest count either was measured at, within the pool; NaN otherwise,
        and where the measurements already cover the pool (more runs, not more labels, would tell)."""
        if self.can_tell:
            return math.nan
        measured = max(r.n_max for r in self.strategies if r.strategy in (RANDOM, self.best_al))
        pool = self.scenario.get("pool_size")
        nxt = float(min(2.0 * measured, pool)) if pool else 2.0 * measured
        return nxt if nxt > measured else math.nan

    def row(self, strategy: str) -> StrategyPlan:
        for r in self.strategies:
            if r.strategy == strategy:
                return r
        raise KeyError(strategy)

    def to_frame(self) -> pd.DataFrame:
        """One row per strategy (all StrategyPlan fields)."""
        return pd.DataFrame([r.__dict__ for r in self.strategies])

    def to_dict(self) -> dict:
        """The JSON of ``alplan plan --json``: no NaN, ``null`` where unknown. ``probability_al_cheaper`` (the
        chance shown) and ``share_of_draws_al_cheaper`` (the raw share it reads) are ``null`` when no path reaches the target in most forecasts, as the page shows "n/a"
        there: the share then reads a minority of the draws (those in which some path reaches).
        ``probability_no_path`` (the share of draws in which no path reaches) is always a number."""
        out = {
            "target": self.target,
            "metric": self.metric,
            "strategies": [r.to_dict() for r in self.strategies],
            "recommendation": self.recommendation,
            "can_tell": self.can_tell,
            "measure_next_labels": json_number(self.measure_next_labels),
        }
        unknown = () if any(r.reachable for r in self.strategies) else (
            "probability_al_cheaper", "share_of_draws_al_cheaper")
        for key in ("savings", "probability_al_cheaper", "share_of_draws_al_cheaper",
                    "break_even_label_price", "break_even_labels_saved",
                    "best_al", "al_savings", "savings_low", "savings_high", "probability_best_al_cheaper",
                    "break_even_label_price_low", "break_even_label_price_high",
                    "break_even_labels_saved_low", "break_even_labels_saved_high", "break_even_within_2x",
                    "break_even_label_price_median", "probability_no_path"):
            out[key] = None if key in unknown else json_number(getattr(self, key))
        out.update({
            "decision_rule": self.decision_rule,
            "level": self.level,
            "confidence": self.confidence,
            "n_draws": self.n_draws,
            "notes": list(self.notes),
            "warnings": list(self.warnings),
            "scenario": {k: json_number(v) for k, v in self.scenario.items()},
            "vendors": [{k: json_number(v) for k, v in d.items()} for d in self.vendors],
            "track_record": (None if self.track_record is None
                             else {k: json_number(v) for k, v in self.track_record.to_dict().items()}),
            "beyond_limit": list(self.beyond_limit),
        })
        return out
