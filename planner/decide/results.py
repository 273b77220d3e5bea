"""What a verdict says: each strategy's path (:class:`StrategyPlan`), the verdict (:class:`Decision`), their JSON.

Every field is read off the same joint draws (:mod:`planner.decide.verdict`),
by the one rule of :mod:`planner.decide.rule`:

* ``probability_cheapest`` (per strategy row; "cheapest in"): among the
  draws in which some path reaches the target, the share in which that path
  is the cheapest (a path that misses the target in a draw is never the
  cheapest there; a tie is split equally between the tied paths), so the
  rows' shares sum to 1. ``probability_no_path``: the share of all draws in
  which no path reaches the target, left out of every share. Where no path
  reaches the target in most forecasts (no pick), every row's share and
  ``probability_al_cheaper`` are NaN (JSON ``null``): shares of the few draws
  that reach it would read as a pick among paths that do not get there, and
  every view (the text's "-" and "n/a", the JSON, a campaign's ``paths``)
  reads that one NaN.
* ``probability_al_cheaper``: the one chance that AL is cheaper than random
  which the sentence, the metrics, the text, the report and the charts show:
  among the same draws, the share in which the cheapest AL path costs less
  than random (ties split), i.e. one minus random's ``probability_cheapest``.
  ``share_of_draws_al_cheaper`` is the same number under its older name.
* ``probability_reaches`` (per strategy row): the share of all draws in which
  the path reaches the target within its extrapolation limit; the rule weighs
  an AL path only where it is above one half.
* ``recommendation`` and ``best_al``: the path to take now, by the decision
  rule (:func:`planner.decide.rule.pick_now`: where the pilot cannot tell,
  random sampling, whose labels serve either path), and the AL path weighed;
  ``best_al``'s pairwise probability of beating random is
  ``probability_best_al_cheaper``. ``action_now`` names the same act.
* ``savings``: random's ``total_cost`` minus the recommendation's, as the
  table prints them (so the saving is the difference of the two totals
  shown); ``savings_low``/``savings_high``: the central interval of the
  per-draw differences, widened to hold it. ``al_savings`` (``_low``,
  ``_high``) likewise for ``best_al``.
* ``break_even_label_price`` (per raw label): the price at which the rule's
  pick, re-run on the same draws, changes between random sampling and AL
  (:func:`planner.decide.break_even.rule_break_even`); so AL is recommended only at
  or above it and random only below it (``inf``: no price makes the rule pick
  AL; 0: AL at any price). ``break_even_label_price_low``/``_high``: the
  central interval of ``best_al``'s per-draw break-even prices against random
  (widened to hold the quote); ``break_even_label_price_median`` their median
  (the even-odds price of ``best_al`` alone) and ``break_even_within_2x`` the
  share of draws within a factor 2 of the quote.
* ``can_tell``: False where the chance lies strictly within
  :data:`planner.decide.rule.UNDECIDED` (30-70%) and the verdict weighs an AL
  strategy against random sampling: the sentence then says "can't tell yet"
  with the one piece of advice of ``decide_later``
  (:func:`planner.decide.voi.decide_later`): label at random, and decide again
  when the labels in hand double (``decide_at_labels``), with what waiting
  forgoes of AL's advantage and what deciding then is expected to save; or
  label at random where random sampling reaches the target first or deciding
  later is not expected to pay. ``recommendation`` is ``random`` there.
* ``decide_at_labels``: on every random path (``action_now`` ``random`` or
  ``random_then_decide``) whose labels lie beyond twice those in hand, the
  count at which to decide again; null elsewhere.
* ``savings`` listed in ``beyond_limit`` with a number: a lower bound, the AL
  pick against random sampling priced at its extrapolation limit (random's
  median lies beyond it or is not reached): it reads "more than". Only where the pick's labels lie within
  a short extrapolation (its row's ``saving_told``); further out ``savings`` is null, listed, and the pick's
  row says why (``saving_untold``).
* ``chance_step_share`` and ``chance_step_price``: where at least 10% of the
  draws change sides at one label price (``best_al`` saving the same billed
  labels in all of them, as where random needs exactly the whole pool), that
  share and price, with the label count random needs in most of them
  (``chance_step_random_labels``) and its share of all draws
  (``chance_step_random_share``): the chance moves in one step there.
* ``break_even_labels_saved``: per draw, AL's extra non-label cost divided by
  the price per label: how many labels AL must save to pay for itself.
* Forecast risk (Mahmood et al., NeurIPS 2022): ``budget_at_confidence`` is
  the ``confidence`` quantile of the labels (never below the quoted median;
  ``null`` beyond the pool), billed as ``labels_billed_at_confidence`` labels
  for ``label_cost_at_confidence`` (billed labels x the price per label);
  ``p_short`` is the share of draws that need more, and ``short_extra_cost``
  the median extra cost of a second order over those of them that reach the
  target.
* ``capped_mean_cost`` (per row): the path's mean total over the draws in
  which some path reaches the target, a draw in which it does not reach it,
  or reaches it beyond its extrapolation limit, priced at the limit or the
  pool (a mean over uncapped draws would be dominated by the few whose tails
  extrapolate to millions of labels); the rule weighs it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from planner.decide.rule import DECISION_RULE, can_tell
from planner.decide.summaries import json_number
from planner.decide.track_record import PilotRecord, TrackRecord
from planner.forecast.draws import RANDOM

__all__ = ["DecideLater", "Decision", "PilotExtension", "StrategyPlan"]


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
    has no bound: it is NaN (JSON ``null``) and listed too; but an AL row within
    its limit against random beyond its own (or not reached) carries the saving
    against random priced at that limit, a lower bound, listed ("more than"), only where its labels lie within
    :data:`planner.decide.rows.SHORT_EXTRAPOLATION` times its largest measured count (``extrapolation_ratio``);
    further out the saving is untold: null, listed, ``saving_told`` False and ``saving_untold`` naming why.
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
    capped_mean_cost: float = math.nan
    savings_vs_random: float = math.nan
    probability_cheaper_than_random: float = math.nan
    probability_cheapest: float = math.nan
    probability_reaches: float = math.nan
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
    labels_billed_at_confidence: float = math.nan  # the labels that part bills (minimum orders included)
    flat_at: float = math.nan      # the measured curve's level where it is flat (planner.forecast.flatness), else NaN
    flat_since: float = math.nan   # the count from which it is flat
    dip_at: float = math.nan       # the count where the measured mean first falls beyond its noise, else NaN
    dip_from: float = math.nan     # the mean at the count before it
    dip_to: float = math.nan       # the mean at dip_at
    saving_told: bool = True   # False: the saving against random is untold (``savings_vs_random`` null), why below
    saving_untold: str | None = None   # planner.decide.rows.UNTOLD_EXTRAPOLATED, or None where told

    def to_dict(self) -> dict:
        out = {}
        for key, value in self.__dict__.items():
            if key == "beyond_limit":
                out[key] = list(value)
                continue
            if key in ("labels", "labels_low", "labels_high", "labels_bought", "labels_billed", "rounds",
                       "budget_at_confidence", "label_limit", "labels_billed_at_confidence", "flat_since", "dip_at"):
                value = int(value) if isinstance(value, (int, float)) and math.isfinite(value) else None
            out[key] = json_number(value)
        return out


def plain_fields(obj) -> dict:
    """A result's fields as JSON takes them: a NaN or infinite float is None, a tuple a list, a result its own
    ``to_dict()``."""
    out = {}
    for k, v in obj.__dict__.items():
        if isinstance(v, float) and not math.isfinite(v):
            v = None
        out[k] = list(v) if isinstance(v, tuple) else v.to_dict() if hasattr(v, "to_dict") else v
    return out


@dataclass(frozen=True)
class PilotExtension:
    """Whether to extend the pilot before deciding, and what that is worth
    (:func:`planner.decide.voi.extend_pilot`).

    ``labels``: the pilot's label count after the extension, for each strategy in ``measured``
    (``pilot_labels`` before it); ``value``: the expected regret saved (dollars); ``cost``: what the extension
    costs (``inf``: not priced, ``basis`` says why); ``advised``: ``value > cost``. ``regret_now`` and
    ``regret_after`` are the mean regrets of deciding now and after it. ``track_record``: how answers predicting
    a like share of their cost fared in replays (:func:`planner.decide.track_record.pilot_record`; None when not
    priced).
    """

    labels: float
    value: float
    cost: float
    advised: bool
    regret_now: float
    regret_after: float
    pick_now: str | None
    p_pick_changes: float
    measured: tuple = ()
    basis: str = ""
    pilot_labels: float = math.nan
    track_record: PilotRecord | None = None

    @property
    def priced(self) -> bool:
        """True where an extension within the pool and the label limit was priced."""
        return math.isfinite(self.cost)

    def to_dict(self) -> dict:
        return plain_fields(self)


@dataclass(frozen=True)
class DecideLater:
    """Label at random until the labels in hand double, then decide again (:func:`planner.decide.voi.decide_later`).

    ``labels``: N, the count at which to decide again (twice ``labels_in_hand``, random sampling's largest measured
    count or else the pilot's; NaN where that passes the pool, ``basis`` says why); ``p_random_first``: the share of
    the draws in which random sampling reaches the target by N, and ``random_first``: whether the verdict's random
    row (its quoted median) does. Where the verdict cannot tell: ``value``, the expected regret saved by deciding at
    N rather than now; ``cost``, what waiting costs, the AL advantage forgone on the random labels bought until N
    (the labels themselves serve either path: not a cost); ``advised``: value above cost, and random sampling does
    not reach the target first. ``regret_now`` and ``regret_after`` (waiting's, its cost included) are the mean regrets;
    ``p_pick_changes`` the share of simulated re-decisions whose pick differs from ``pick_now``. Elsewhere
    ``value`` is NaN and ``cost`` inf (not priced).
    """

    labels: float
    labels_in_hand: float
    value: float
    cost: float
    advised: bool
    regret_now: float
    regret_after: float
    pick_now: str | None
    p_pick_changes: float
    p_random_first: float
    basis: str = ""
    random_first: bool = False

    @property
    def priced(self) -> bool:
        """True where waiting until N was priced (the verdict cannot tell, and N lies within the pool)."""
        return math.isfinite(self.cost) and math.isfinite(self.labels)

    def to_dict(self) -> dict:
        return plain_fields(self)


@dataclass(frozen=True)
class Decision:
    """The verdict for one target: every field is read off the same joint draws.

    Attributes
    ----------
    target : float
    strategies : tuple of StrategyPlan
        Random first.
    recommendation : str or None
        The path to take now: by :data:`planner.decide.rule.DECISION_RULE`, random sampling where the pilot cannot
        tell (:func:`planner.decide.rule.pick_now`); None if no path reaches the target in most draws and the pilot
        can tell.
    best_al : str or None
        The reachable AL strategy cheaper than random in the most draws.
    savings, savings_low, savings_high : float
        Median (and interval) over draws of random's cost minus the recommendation's.
    al_savings, al_savings_low, al_savings_high : float
        Median (and interval) over draws of random's cost minus ``best_al``'s (negative: AL dearer).
    probability_al_cheaper : float
        The chance shown and read by the rule: among the draws in which some path reaches the target, the share
        where the cheapest AL path of the draw beats random (ties split): one minus random's "cheapest in" share
        (:func:`planner.decide.rule.chance_shown`). ``share_of_draws_al_cheaper`` is an alias.
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
        Share of draws in which no path (AL or random) reaches the target: :attr:`probability_al_cheaper` and
        every "cheapest in" share are read among the others.
    probability_untold : float
        Among the draws in which some path reaches the target, the share the pilot cannot tell (random's labels,
        or those of the draw's cheapest AL path, lie beyond the extrapolation limit): each is split half to
        random sampling and half among the AL paths in the shares and the chance
        (:func:`planner.decide.rule.untold_draws`).
    random_share_of_pool : float
        Random's quoted labels over the pool (``inf`` where random does not reach the target); NaN without a
        pool (one of the facts :func:`planner.decide.rule.chance_shown` is given).
    pilot_share_of_pool : float
        Random's largest measured count over the pool; NaN without a pool (likewise).
    pilot_extension : PilotExtension or None
        The value of measuring every strategy further before deciding (:func:`planner.decide.voi.extend_pilot`),
        on the same draws; None where no strategy was measured. Where the verdict can tell, its own line.
    decide_later : DecideLater or None
        Label at random until the labels in hand double, then decide again (:func:`planner.decide.voi.decide_later`):
        N and the share of draws random reaches the target by then, and where the verdict cannot tell, what waiting
        costs and is expected to save (the sentence's advice, :attr:`action_now`); None only where it is not built.
    chance_step_share, chance_step_price, chance_step_random_labels, chance_step_random_share : float
        Where one label price flips at least 10% of the draws (those in which some path reaches) at once: that
        share, the price, the labels random needs in most of them and their share of all draws; NaN elsewhere.
    metric : str
        The column the forecast ran on and the target is stated in (``accuracy`` unless ``--metric``).
    track_record : TrackRecord or None
        How verdicts like this one fared on AL curves held out from every fit
        (:func:`planner.decide.track_record.track_record`: the stratum of random's extrapolation ratio, the
        learner and this verdict's pick); None without random sampling or an AL strategy in the table.
    break_even_labels_saved (_low, _high) : float
        A count resting on AL's compute and delay beyond its extrapolation limit is carried at the count priced
        there and listed in ``beyond_limit`` (read "more than"; :func:`planner.decide.break_even.cap_break_even`).
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
        they subtract lies beyond the extrapolation limit (:class:`StrategyPlan`'s ``beyond_limit``), or carried
        as a lower bound (a number: the AL pick against random priced at its limit, read "more than"), and the
        break-even counts carried at the limit.
    """

    target: float
    strategies: tuple[StrategyPlan, ...]
    recommendation: str | None
    best_al: str | None
    savings: float
    savings_low: float
    savings_high: float
    al_savings: float
    probability_al_cheaper: float
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
    beyond_limit: tuple[str, ...] = ()   # summary fields left null (a total they subtract lies beyond the limit)
    #                                      or carried at it (the break-even counts)
    pilot_extension: PilotExtension | None = None
    probability_untold: float = math.nan
    decide_later: DecideLater | None = None
    chance_step_share: float = math.nan   # the largest share of draws whose pick flips at one price
    chance_step_price: float = math.nan   # that price (per raw label)
    chance_step_random_labels: float = math.nan   # the labels random needs in most of those draws
    chance_step_random_share: float = math.nan   # the share of all draws in which it needs exactly that many
    break_even_premium: float = math.nan   # the AL label premium at which the pick turns to random (a premium stated)
    al_savings_low: float = math.nan   # the interval of random's cost minus best_al's over the draws
    al_savings_high: float = math.nan

    def _pool_shares(self) -> dict:
        return {"share_of_pool": None if math.isnan(self.random_share_of_pool) else self.random_share_of_pool,
                "pilot_share_of_pool": None if math.isnan(self.pilot_share_of_pool) else self.pilot_share_of_pool}

    @property
    def share_of_draws_al_cheaper(self) -> float:
        """The same number as :attr:`probability_al_cheaper` (kept for the readers of its older name)."""
        return self.probability_al_cheaper

    @property
    def can_tell(self) -> bool:
        """False where the pilot cannot tell AL from random: the verdict weighs an AL strategy that reaches the
        target against random sampling (reachable or not: its forecast may lie beyond what the pilot can tell) and
        :attr:`probability_al_cheaper` lies strictly within :data:`planner.decide.rule.UNDECIDED`."""
        rnd = next((r for r in self.strategies if r.strategy == RANDOM), None)
        if self.best_al is None or rnd is None or not math.isfinite(self.probability_al_cheaper):
            return True
        return can_tell(self.probability_al_cheaper)

    def random_reaches_by(self, labels: float) -> bool:
        """True where random sampling's row reaches the target with at most ``labels`` (its quoted median, within
        the extrapolation limit)."""
        rnd = next((r for r in self.strategies if r.strategy == RANDOM), None)
        return (rnd is not None and rnd.reachable and "labels" not in rnd.beyond_limit
                and math.isfinite(rnd.labels) and rnd.labels <= labels)

    @property
    def action_now(self) -> str:
        """What to do now, in one word the page, the report and the CLI put in one sentence and
        :attr:`recommendation` names as a path:

        * ``"random_then_decide"``: the pilot cannot tell (:attr:`can_tell` False), random sampling does not reach
          the target by :attr:`decide_later`'s N in most forecasts, and deciding then is expected to save more
          than waiting costs: label at random (no set-up; the labels serve either path) and decide again at
          :attr:`decide_at_labels`;
        * ``"random"``: random sampling is the pick, or the pilot cannot tell and either random sampling reaches
          the target first or deciding later is not expected to pay (the answer acts on the lean);
        * ``"active_learning"``: the pick is an AL path;
        * ``"none"``: no path reaches the target in most forecasts.
        """
        if not self.can_tell:
            later = self.decide_later
            waits = (later is not None and later.priced and later.advised
                     and not self.random_reaches_by(later.labels))
            return "random_then_decide" if waits else "random"
        if self.recommendation is None:
            return "none"
        return "random" if self.recommendation == RANDOM else "active_learning"

    @property
    def decide_at_labels(self) -> float:
        """The label count at which to decide again, on every random path: where :attr:`action_now` is
        ``"random_then_decide"``, or ``"random"`` and random sampling does not reach the target by then, N of
        :attr:`decide_later` (the labels in hand doubled, within the pool); NaN otherwise and where no such count
        fits the pool."""
        later = self.decide_later
        if later is None or not math.isfinite(later.labels):
            return math.nan
        act = self.action_now
        if act == "random_then_decide" or (act == "random" and not self.random_reaches_by(later.labels)):
            return float(later.labels)
        return math.nan

    @property
    def measure_next_labels(self) -> float:
        """Where the verdict cannot tell (:attr:`can_tell` False): :attr:`decide_at_labels`, the count to measure
        random sampling (and the AL strategies, on those labels) to before deciding; NaN otherwise."""
        return math.nan if self.can_tell else self.decide_at_labels

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
        chance shown and read by the rule) and its alias ``share_of_draws_al_cheaper`` are ``null`` when no path
        reaches the target in most forecasts, as the page shows "n/a" there: the share then reads a minority of
        the draws (those in which some path reaches). ``probability_no_path`` (the share of draws in which no path
        reaches) is always a number. ``recommendation`` is the path to take now, the act :attr:`action_now` names
        (``"random"`` for ``"random_then_decide"``: label at random until :attr:`decide_at_labels`); ``best_al``
        is the AL path weighed. ``decide_later``: :attr:`decide_later` (what waiting until N costs and is expected
        to save, ``null`` without one); ``extend_pilot``: :attr:`pilot_extension` (``null`` without one)."""
        out = {
            "target": self.target,
            "metric": self.metric,
            "strategies": [r.to_dict() for r in self.strategies],
            "recommendation": self.recommendation,
            "can_tell": self.can_tell,
            "action_now": self.action_now,
            "decide_at_labels": json_number(self.decide_at_labels),
            "measure_next_labels": json_number(self.measure_next_labels),
        }
        unknown = () if any(r.reachable for r in self.strategies) else (
            "probability_al_cheaper", "share_of_draws_al_cheaper")
        for key in ("savings", "probability_al_cheaper", "share_of_draws_al_cheaper",
                    "break_even_label_price", "break_even_labels_saved",
                    "best_al", "al_savings", "al_savings_low", "al_savings_high", "savings_low", "savings_high", "probability_best_al_cheaper",
                    "break_even_label_price_low", "break_even_label_price_high",
                    "break_even_labels_saved_low", "break_even_labels_saved_high", "break_even_within_2x",
                    "break_even_label_price_median", "probability_no_path", "probability_untold",
                    "chance_step_share", "chance_step_price", "chance_step_random_labels",
                    "chance_step_random_share"):
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
            "decide_later": None if self.decide_later is None else self.decide_later.to_dict(),
            "extend_pilot": None if self.pilot_extension is None else self.pilot_extension.to_dict(),
        })
        if "al_label_premium" in self.scenario:   # priced with a stated AL label premium
            out["break_even_premium"] = json_number(self.break_even_premium)
        return out
