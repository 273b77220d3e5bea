"""The verdict: joint draws and a scenario in, one result object out.

Every number is computed per draw from :mod:`planner.forecast.draws` and then
summarised, so the table, the headline, the metrics, the break-even line and
the charts read the same draws and cannot disagree.

Per draw ``b`` and strategy ``s``: the labels needed to reach the target
(``inf`` where the draw's plateau is below it or the pool is too small), the
path's cost lines (:func:`planner.decide.costs.path_costs`) and its total.

* ``probability_al_cheaper``: among the draws in which some path reaches the
  target, the share in which the cheapest AL path of that draw costs less than
  random in the same draw (ties count one half; 0 if no draw reaches);
  ``probability_al_cheaper_calibrated``, that share calibrated on held-out AL
  curves (:func:`calibrated_p`), is what the page and the CLI show as P(AL
  cheaper); with a pool the map also reads where random's quoted labels lie in
  it (``random_share_of_pool``; round 23) and how far random's measured labels
  are into it (``pilot_share_of_pool``; round 37). Until round 21 of the forecast
  evaluation a draw in which no path reaches counted as a tie, one half; on
  held-out curves AL was then cheaper in
  0-1% of the cases that read 20-40%, and the share among the reaching draws
  read the outcomes better (benchmarks/RESULTS.md, "Forecasts on curves nobody
  tuned on", twenty-first round). ``probability_no_path``: the share of draws
  in which no path reaches the target.
* ``probability_cheapest`` (per strategy row): share of draws in which that
  path is the cheapest of all (a tie counts for each tied path; a draw in
  which no path reaches the target counts for none).
* **The decision rule**: recommend the path that is the cheapest in the most
  draws, among the *reachable* paths (those that reach the target, within
  the pool, in more than half of the draws); random sampling on a tie; none
  when no path is reachable. It is the pick that most often turns out the
  cheapest in hindsight. Since round 25 the AL path it weighs against random
  is ``best_al`` (below): margin sampling unless another AL strategy is the
  cheapest in clearly more draws. (Until round 9 of the forecast evaluation the rule
  asked an AL strategy to beat random in most draws with a positive median
  saving; on held-out curves that left AL's savings on the table where no
  single AL strategy beat random in most draws though one of them was the
  cheapest path most often: benchmarks/RESULTS.md, "Forecasts on curves
  nobody tuned on", ninth round.)
* ``best_al``: the reachable AL strategy cheapest in the most draws, margin
  sampling's share counted :data:`PREFERENCE` higher (round 25: at small
  pilots the AL strategies' forecasts differ by less than they can tell; ties
  by the pairwise probability of beating random, then the lower median cost);
  its pairwise probability of beating random is
  ``probability_best_al_cheaper``. When an AL path is recommended it is
  ``best_al``.
* ``savings``: median over draws of random's cost minus the recommendation's.
* ``break_even_label_price`` (per raw label, for ``best_al``): per draw, AL's
  extra non-label cost divided by the labels it saves; above it AL is
  cheaper in that draw. Quoted only when AL saves labels in most draws and
  one price is more likely within a factor 2 of the true one than not: the
  price most likely within a factor 2 (the centre of the factor-4 window
  holding the most draws, inside the interval; :func:`break_even_quote`),
  when at least :data:`MIN_QUOTE_SHARE` of the draws lie in that window.
  Wherever AL saves labels in most draws, the interval,
  ``break_even_within_2x`` (the share of draws within 2x of that likeliest
  price, quoted or not) and ``break_even_label_price_median`` (the draws'
  median: above it AL is cheaper in most draws, the even-odds price where a
  verdict between random and ``best_al`` alone switches) are given.
* ``break_even_labels_saved``: per draw, AL's extra non-label cost divided by
  the price per label: how many labels AL must save to pay for itself.
* Forecast risk (Mahmood et al., NeurIPS 2022): ``budget_at_confidence`` is
  the ``confidence`` quantile of the labels (never below the quoted median;
  ``null`` beyond the pool); ``short_extra_cost`` is the median extra cost of
  a second order over the draws that fall short (robust where a few draws
  need orders of magnitude more labels and dominate the mean). There is no
  ``expected_cost``: a mean over draws whose tails extrapolate to millions
  of labels was dominated by those few draws (2,012,828 dollars on a $183
  path); ``cost_at_confidence``, ``p_short`` and ``short_extra_cost`` say
  what the risk costs.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

import numpy as np
import pandas as pd
from scipy.special import expit, logit

from planner.decide.costs import Scenario, effective_sample_factor, fixed_costs, path_costs
from planner.forecast.curves import check_level, check_target
from planner.decide.notes import draw_notes
from planner.decide.track_record import TrackRecord, track_record
from planner.forecast.draws import DEFAULT_DRAWS, RANDOM, draw_table, median_plateau

__all__ = ["RANDOM", "Decision", "Plan", "StrategyPlan", "DECISION_RULE", "get_plan", "decide"]

DEFAULT_LEVEL = 0.8
#: A forecast further than this multiple of the largest measured count is flagged.
FAR_EXTRAPOLATION = 4.0
#: The AL strategy the rule prefers among those the forecasts cannot tell apart (round 25's M): on the
#: calibration part of the held-out AL truth it was the AL strategy truly cheapest most often, and always picking
#: it the naive AL policy with the least regret; alplan's simulator and most AL code call it ``margin``.
PREFERRED_AL = "margin"
#: Another AL strategy is the rule's AL pick only when it is the cheapest path in more than this share of the
#: draws beyond :data:`PREFERRED_AL` (chosen on the selection part among 0.1-1.0; RESULTS.md, twenty-fifth round).
PREFERENCE = 0.4
DECISION_RULE = (
    "recommend the path that is the cheapest in the most forecasts, among the paths that reach the target in most "
    "of them (random sampling on a tie), of random sampling and one AL strategy: margin sampling, unless another is "
    f"the cheapest in a share over {100 * PREFERENCE:.0f} points above margin's"
)
_CACHE_SIZE = 4
_PLAN_CACHE: OrderedDict[tuple, "Plan"] = OrderedDict()


# ----------------------------------------------------------------- helpers


def _json_number(value):
    """A JSON-safe number: None for NaN/inf."""
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


def quantile(samples: np.ndarray, q: float) -> float:
    """Quantile that is an element of ``samples`` (inf-safe, no interpolation)."""
    samples = np.asarray(samples, dtype=float)
    samples = samples[~np.isnan(samples)]
    if samples.size == 0:
        return math.nan
    return float(np.quantile(samples, q, method="inverted_cdf"))


def likeliest_within_2x(samples: np.ndarray) -> tuple[float, float]:
    """The value most likely within a factor 2 of the truth when ``samples`` are draws of it, and that likelihood.

    The centre ``q`` of the window ``[q / 2, 2 q]`` holding the most draws (``q = 2 b`` for the draw ``b`` at
    the window's lower end): the best single number to quote when a quote counts as right within a factor 2.
    Positive finite draws only (a draw of 0 or inf is never within a factor 2 of a positive number); among
    windows holding as many, the one whose centre is nearest the draws' median in log. Returns ``(q, share of
    all draws in its window)``, ``(nan, 0.0)`` without a positive finite draw.
    """
    x = np.asarray(samples, dtype=float)
    x = x[~np.isnan(x)]
    pos = np.sort(x[np.isfinite(x) & (x > 0)])
    if pos.size == 0:
        return math.nan, 0.0
    count = np.searchsorted(pos, 4.0 * pos * (1 + 1e-12), side="right") - np.arange(pos.size)
    best = np.flatnonzero(count == count.max())
    med = quantile(x, 0.5)
    ref = math.log(med) if math.isfinite(med) and med > 0 else math.log(float(np.median(pos)))
    j = best[np.argmin(np.abs(np.log(2.0 * pos[best]) - ref))]
    return float(2.0 * pos[j]), float(count[j] / x.size)


#: The break-even price is quoted as one number only where at least this share of the draws lie within a factor
#: 2 of it (the quote is more likely right than wrong). Below it the draws spread too far for one number: the
#: answer gives the range and the median instead. Round 14 (design S, no fitted number): on the calibration and
#: selection parts' decisions the quotes kept were within 2x of the truth 8-16 points more often than every
#: likeliest price was (0.55-0.66 against 0.46-0.57), for 43-68% of the cases (RESULTS.md, "Forecasts on curves
#: nobody tuned on", fourteenth round).
MIN_QUOTE_SHARE = 0.5


class BreakEvenQuote(NamedTuple):
    """:func:`break_even_quote`'s answer (nan where it does not apply)."""

    quote: float        # the quoted price; nan when withheld or not billed fewer labels in most draws
    low: float          # the central interval's ends
    high: float
    within_2x: float    # the share of draws within a factor 2 of ``likeliest``
    median: float       # the draws' median (inf when AL is not billed fewer labels in most draws)
    likeliest: float    # the price most likely within 2x (quoted when ``within_2x >= MIN_QUOTE_SHARE``)


def break_even_quote(prices: np.ndarray, level: float) -> BreakEvenQuote:
    """The break-even label price from its per-draw ``prices``.

    Where it is finite in most draws (AL is billed fewer labels in most forecasts): ``low`` and ``high`` are the
    central ``level`` interval's ends, ``likeliest`` the price most likely within a factor 2 of the true one
    (:func:`likeliest_within_2x`), kept inside that interval (0 when AL alone reaches the target in most draws),
    and ``within_2x`` the share of draws within a factor 2 of it. It is the ``quote`` when that share is at least
    :data:`MIN_QUOTE_SHARE`; otherwise the quote is withheld (nan). Elsewhere all but the median are nan. The
    median (the even-odds price) is returned either way.
    """
    prices = np.asarray(prices, dtype=float)
    median = quantile(prices, 0.5)
    if not math.isfinite(median):
        return BreakEvenQuote(math.nan, math.nan, math.nan, math.nan, median, math.nan)
    low, high = quantile(prices, (1 - level) / 2), quantile(prices, (1 + level) / 2)
    if median == 0:
        q, share = 0.0, float(np.mean(prices == 0))
    else:
        q = float(np.clip(likeliest_within_2x(prices)[0], low, high))
        share = float(np.mean((prices >= q / 2) & (prices <= 2 * q)))
    return BreakEvenQuote(q if share >= MIN_QUOTE_SHARE else math.nan, low, high, share, median, q)


#: Which draws P(AL cheaper)'s share reads, in ``benchmarks/forecast/recalibrate_p.py --share``'s letters: ``"R"``
#: (since round 21), among the draws in which some path reaches the target; until then ``"S"``, every draw, one in
#: which no path reaches counted as a tie. ``evaluate_decisions.py`` stores it with each case (``share_kind``).
P_SHARE = "R"


def p_less(a: np.ndarray, b: np.ndarray) -> float:
    """P(a < b) over paired draws; ties (both unreachable included) count one half."""
    return float(np.mean(a < b) + 0.5 * np.mean(a == b))


def share_logit(share, n_draws) -> np.ndarray:
    """The logit of a share of ``n_draws`` draws, clipped half a draw inside (0, 1)."""
    share, n = np.asarray(share, dtype=float), np.maximum(np.asarray(n_draws, dtype=float), 1.0)
    return logit(np.clip(share, 0.5 / n, 1 - 0.5 / n))


#: Where random's quoted labels lie in the pool, as P(AL cheaper)'s map reads it (round 23's X2): the share of the
#: pool, clipped to this range (random unreachable within the pool: the upper end).
POOL_SHARE_RANGE = (0.125, 4.0)


def pool_log_share(share_of_pool) -> np.ndarray:
    """``log2`` of random's labels over the pool, clipped to :data:`POOL_SHARE_RANGE` (``inf`` -> its upper end)."""
    x = np.asarray(share_of_pool, dtype=float)
    return np.log2(np.clip(x, *POOL_SHARE_RANGE))


#: How far the measured labels are into the pool, as P(AL cheaper)'s map reads it (round 37's A2): random's largest
#: measured count over the pool, clipped to this range.
PILOT_SHARE_RANGE = (1 / 16, 1.0)


def pilot_log_share(pilot_share_of_pool) -> np.ndarray:
    """``log2`` of random's largest measured count over the pool, clipped to :data:`PILOT_SHARE_RANGE`."""
    return np.log2(np.clip(np.asarray(pilot_share_of_pool, dtype=float), *PILOT_SHARE_RANGE))


@lru_cache(maxsize=1)
def _p_maps() -> dict[str, tuple[float, ...]]:
    """Both rows of ``planner/data/p_al_cheaper.csv``, read and checked once:
    ``{"no": (a, b), "yes": (a, b, c, d, e)}``."""
    try:
        table = pd.read_csv(io.StringIO(resources.files("planner").joinpath("data/p_al_cheaper.csv").read_text()))
        rows = {str(r["pool"]): r for r in table.to_dict("records")}
        maps = {k: tuple(float(rows[k][c]) for c in ("a", "b", "c", "d", "e")) for k in ("no", "yes")}
        shares = {str(rows[k]["share"]) for k in ("no", "yes")}
    except (OSError, ValueError, KeyError, IndexError) as exc:
        raise RuntimeError(f"planner/data/p_al_cheaper.csv is missing or broken ({exc}): reinstall the package") from None
    if shares != {P_SHARE}:
        share = next(iter(shares - {P_SHARE}))
        raise RuntimeError(f"planner/data/p_al_cheaper.csv maps share {share!r}, but the verdict reads {P_SHARE!r}: "
                           "refit it with benchmarks/forecast/recalibrate_p.py")
    ends = pool_log_share(np.array(POOL_SHARE_RANGE))
    for pool, (a, b, c, d, e) in maps.items():
        if not (all(math.isfinite(v) for v in (a, b, c, d, e)) and np.all(b + d * ends > 0)) or (
                pool == "no" and (c or d or e)):
            raise RuntimeError("planner/data/p_al_cheaper.csv needs finite coefficients, a slope b + d g > 0 over the "
                               "pool's range and c = d = e = 0 without a pool: reinstall the package")
    return {"no": maps["no"][:2], "yes": maps["yes"]}


def load_p_calibration(with_pool: bool = False) -> tuple[float, ...]:
    """The shipped calibration of P(AL cheaper) (``planner/data/p_al_cheaper.csv``, fitted by
    ``benchmarks/forecast/recalibrate_p.py``, to the share :data:`P_SHARE`; since round 37 on the v39-v41 reports'
    cases, the fit part of a fresh split): ``(a, b)`` without a pool, ``(a, b, c, d, e)`` with one
    (:func:`calibrated_p`)."""
    return _p_maps()["yes" if with_pool else "no"]


def calibrated_p(share, n_draws, coef: tuple[float, ...] | None = None, share_of_pool=None,
                 pilot_share_of_pool=None):
    """P(AL cheaper) calibrated: ``expit(a + b L + c g + d g L + e h)`` with ``L`` the share's logit
    (:func:`share_logit`), ``g`` = :func:`pool_log_share` of ``share_of_pool`` (random's quoted labels over the
    pool; ``None`` without a pool: ``g`` = 0) and ``h`` = :func:`pilot_log_share` of ``pilot_share_of_pool``
    (random's largest measured count over the pool; round 37). ``coef`` = ``(a, b)``, ``(a, b, c, d)`` or
    ``(a, b, c, d, e)``; by default the shipped :func:`load_p_calibration` map, the pool's when ``share_of_pool``
    is given. A map with ``e != 0`` needs ``pilot_share_of_pool`` with the pool (``ValueError``). Monotone in the
    share; NaN stays
    NaN. On AL curves held out from every fit the share of draws is less extreme than the outcomes
    (benchmarks/RESULTS.md, round 11), and among the cases it reads 20-60% AL was cheaper more often where random's
    labels lie early in the pool and less often where they lie beyond it (round 23); the map reads both. Since
    round 37 it is fitted on former report sets (v39-v41, a fresh split's fit part) with the pilot term; on the 48
    sets of its two reports it scored as the map before within noise (benchmarks/RESULTS.md, thirty-seventh and
    thirty-eighth rounds)."""
    with_pool = share_of_pool is not None
    a, b, c, d, e = (tuple(load_p_calibration(with_pool) if coef is None else coef) + (0.0, 0.0, 0.0))[:5]
    L = share_logit(share, n_draws)
    g = pool_log_share(share_of_pool) if with_pool else 0.0
    z = a + b * L + c * g + d * g * L
    if with_pool and e:
        if pilot_share_of_pool is None:
            raise ValueError("this map of P(AL cheaper) reads how far the measured labels are into the pool: "
                             "give pilot_share_of_pool")
        z = z + e * pilot_log_share(pilot_share_of_pool)
    out = np.where(np.isnan(np.asarray(share, dtype=float)), np.nan, expit(z))
    return float(out) if out.ndim == 0 else out


def _cheapest_credit(T: np.ndarray) -> np.ndarray:
    """``T`` (S, B) per-draw totals -> (S, B): 1 where the path is (one of) the draw's cheapest, 0 if none reaches."""
    mins = T.min(axis=0)
    return ((T == mins) & np.isfinite(mins)).astype(float)


def _wmedian(x: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Per row of weights ``W`` (M, B): the smallest ``x`` whose cumulative weight reaches half (with uniform
    weights, :func:`quantile` at 0.5)."""
    order = np.argsort(x, kind="stable")
    cw = np.cumsum(W[:, order], axis=1)
    k = np.argmax(cw >= 0.5 * cw[:, -1:] * (1 - 1e-12), axis=1)   # the tolerance: 200 x 1/400 may sum below 0.5
    return x[order][k]


def rule_picks(totals: dict[str, np.ndarray], weights: np.ndarray) -> dict[str, np.ndarray]:
    """:data:`DECISION_RULE` under M beliefs over the draws (``weights`` (M, B), rows summing to 1): the one
    implementation, read by :meth:`Plan.rule` (uniform weights) and the pilot's preposterior
    (:func:`planner.decide.voi.weighted_rule`).

    Returns ``recommendation`` and ``best_al`` (index arrays (M,) into ``list(totals)``, -1 for none) and, per
    belief and strategy (M, S), ``reach`` (P(reaches the target)), ``cheapest`` (P(cheapest path)) and
    ``pairwise`` (P(cheaper than random); 0 for random itself or without random).
    """
    names = list(totals)
    W = np.atleast_2d(np.asarray(weights, dtype=float))
    T = np.stack([np.asarray(totals[s], dtype=float) for s in names])   # (S, B)
    # shares rounded to 12 decimals: equal counts of draws compare equal whatever the order of the sums
    reach = np.round(W @ np.isfinite(T).T.astype(float), 12)
    share = np.round(W @ _cheapest_credit(T).T, 12)
    r = names.index(RANDOM) if RANDOM in names else -1
    al = [k for k in range(len(names)) if k != r]
    pair = np.zeros_like(share)
    if r >= 0:
        pair[:, al] = np.round(W @ ((T[al] < T[r]).astype(float) + 0.5 * (T[al] == T[r])).T, 12)
    med = np.stack([_wmedian(T[k], W) for k in range(len(names))], axis=1)
    rec = np.full(W.shape[0], -1)
    best = np.full(W.shape[0], -1)
    preferred = names.index(PREFERRED_AL) if PREFERRED_AL in names else -1
    for m in range(W.shape[0]):
        rec[m], best[m] = pick_path(reach[m], share[m], pair[m], med[m], r, preferred=preferred)
    return {"recommendation": rec, "best_al": best, "reach": reach, "cheapest": share, "pairwise": pair}


def pick_path(reach, cheapest, pairwise, median_cost, random: int, *, min_reach: float = 0.5, preferred: int = -1,
              preference: float = PREFERENCE) -> tuple[int, int]:
    """:data:`DECISION_RULE`'s choice from what it reads of every path (sequences indexed alike; shares rounded
    to 12 decimals; ``random`` the index of random sampling, -1 for none): ``(recommendation, best_al)``, -1
    for none. An AL path is eligible when it reaches the target in more than half of the draws and in at least
    ``min_reach`` of them (0.5: the shipped rule; ``benchmarks/forecast/evaluate_decisions.py --reach-sweep``
    tries others). ``best_al`` is the eligible one cheapest most often, the ``preferred`` one (the index of
    :data:`PREFERRED_AL`, -1 for none) counted ``preference`` higher: another AL path is ``best_al`` only when it
    is the cheapest in more than ``preference`` more of the draws (round 25; 0 is the rule before it). Ties go
    by P(cheaper than random), then the lower median cost. Random sampling is recommended when it is reachable
    and cheapest at least as often as ``best_al`` (its own share, without the preference)."""
    ok = [k for k in range(len(reach)) if k != random and reach[k] > 0.5 and reach[k] >= min_reach - 1e-12]

    def rank(k):
        bonus = preference if k == preferred else 0.0
        return (round(cheapest[k] + bonus, 12), pairwise[k], -median_cost[k])

    best = max(ok, key=rank) if ok else -1
    random_wins = random >= 0 and reach[random] > 0.5 and (best < 0 or cheapest[random] >= cheapest[best])
    return (random if random_wins else best), best


def _diff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a - b per draw with inf - inf = 0 (both unreachable: no difference)."""
    both = ~np.isfinite(a) & ~np.isfinite(b) & (np.sign(a) == np.sign(b))
    with np.errstate(invalid="ignore"):
        out = a - b
    return np.where(both, 0.0, out)


# -------------------------------------------------------------- results


@dataclass(frozen=True)
class StrategyPlan:
    """One strategy's path to the target, summarised from the draws.

    Label counts are medians over the draws (``labels``) with the
    ``Decision.level`` interval (``labels_low``, ``labels_high``; ``inf`` =
    open-ended). The cost lines price the median label count, so they add up
    to ``total_cost`` (the median of the per-draw totals: cost rises with
    labels). ``basis`` says what the labels rest on; ``warning`` flags a
    forecast far beyond the data or the pool.
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

    def to_dict(self) -> dict:
        out = {}
        for key, value in self.__dict__.items():
            if key in ("labels", "labels_low", "labels_high", "labels_bought", "labels_billed", "rounds",
                       "budget_at_confidence"):
                value = int(value) if isinstance(value, (int, float)) and math.isfinite(value) else None
            out[key] = _json_number(value)
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
        By :data:`DECISION_RULE`; None if no path reaches the target in most draws.
    best_al : str or None
        The reachable AL strategy cheaper than random in the most draws.
    savings, savings_low, savings_high : float
        Median (and interval) over draws of random's cost minus the recommendation's.
    al_savings : float
        Median over draws of random's cost minus ``best_al``'s (negative: AL dearer).
    probability_al_cheaper : float
        Among the draws in which some path reaches the target, the share where the cheapest AL path of the draw
        beats random.
    probability_best_al_cheaper : float
        Share of draws where ``best_al`` beats random (the rule's number).
    break_even_label_price (_low, _high) : float
        Per raw label, for ``best_al``; NaN when it saves no labels in most draws. The quote is the price
        most likely within a factor 2 of the true one (:func:`break_even_quote`), NaN (withheld, the interval
        kept) when fewer than :data:`MIN_QUOTE_SHARE` of the draws lie within a factor 2 of it.
    break_even_within_2x : float
        Share of draws whose break-even price is within a factor 2 of that likeliest price.
    break_even_label_price_median : float
        The per-draw break-even prices' median: above it ``best_al`` is cheaper than random in most draws.
    probability_no_path : float
        Share of draws in which no path (AL or random) reaches the target: :attr:`probability_al_cheaper` is read
        among the others.
    random_share_of_pool : float
        Random's quoted labels over the pool (``inf`` where random does not reach the target); NaN without a
        pool. P(AL cheaper)'s map reads it (:func:`calibrated_p`).
    pilot_share_of_pool : float
        Random's largest measured count over the pool; NaN without a pool. P(AL cheaper)'s map reads it too
        (round 37).
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

    @property
    def probability_al_cheaper_calibrated(self) -> float:
        """:attr:`probability_al_cheaper` through :func:`calibrated_p` (with a pool, at
        :attr:`random_share_of_pool` and :attr:`pilot_share_of_pool`): the P(AL cheaper) the page and the CLI show."""
        where = None if math.isnan(self.random_share_of_pool) else self.random_share_of_pool
        measured = None if math.isnan(self.pilot_share_of_pool) else self.pilot_share_of_pool
        return calibrated_p(self.probability_al_cheaper, self.n_draws, share_of_pool=where,
                            pilot_share_of_pool=measured)

    def row(self, strategy: str) -> StrategyPlan:
        for r in self.strategies:
            if r.strategy == strategy:
                return r
        raise KeyError(strategy)

    def to_frame(self) -> pd.DataFrame:
        """One row per strategy (all StrategyPlan fields)."""
        return pd.DataFrame([r.__dict__ for r in self.strategies])

    def to_dict(self) -> dict:
        """The JSON of ``alplan plan --json``: no NaN, ``null`` where unknown. P(AL cheaper) (the share and the
        calibrated value) is ``null`` when no path reaches the target in most forecasts, as the page shows "n/a"
        there: the share then reads a minority of the draws (those in which some path reaches), and until round 21
        it counted the others as ties, where on held-out AL curves AL was cheaper in 0-1% of the cases that read
        20-40% (benchmarks/RESULTS.md, "Forecasts on curves nobody tuned on", twentieth round).
        ``probability_no_path`` (the share of draws in which no path reaches) is always a number."""
        out = {
            "target": self.target,
            "metric": self.metric,
            "strategies": [r.to_dict() for r in self.strategies],
            "recommendation": self.recommendation,
        }
        unknown = () if any(r.reachable for r in self.strategies) else (
            "probability_al_cheaper", "probability_al_cheaper_calibrated")
        for key in ("savings", "probability_al_cheaper", "probability_al_cheaper_calibrated",
                    "break_even_label_price", "break_even_labels_saved",
                    "best_al", "al_savings", "savings_low", "savings_high", "probability_best_al_cheaper",
                    "break_even_label_price_low", "break_even_label_price_high",
                    "break_even_labels_saved_low", "break_even_labels_saved_high", "break_even_within_2x",
                    "break_even_label_price_median", "probability_no_path"):
            out[key] = None if key in unknown else _json_number(getattr(self, key))
        out.update({
            "decision_rule": self.decision_rule,
            "level": self.level,
            "confidence": self.confidence,
            "n_draws": self.n_draws,
            "notes": list(self.notes),
            "warnings": list(self.warnings),
            "scenario": {k: _json_number(v) for k, v in self.scenario.items()},
            "vendors": [{k: _json_number(v) for k, v in d.items()} for d in self.vendors],
            "track_record": (None if self.track_record is None
                             else {k: _json_number(v) for k, v in self.track_record.to_dict().items()}),
        })
        return out

    def sentence(self) -> str:
        """One plain sentence a manager can repeat (see :mod:`planner.present.views`)."""
        from planner.present.views import sentence

        return sentence(self)

    def break_even_line(self) -> str:
        """The break-even line (see :mod:`planner.present.views`)."""
        from planner.present.views import break_even_line

        return break_even_line(self)

    def to_text(self) -> str:
        """The CLI's plain-text verdict (see :mod:`planner.present.views`)."""
        from planner.present.views import to_text

        return to_text(self)


# ----------------------------------------------------------------- the plan


@dataclass(frozen=True)
class _Path:
    """Per-draw numbers of one strategy under one scenario and target."""

    strategy: str
    active: bool
    labels: np.ndarray        # (B,) labels needed (noise factor applied), inf = unreachable
    costs: dict               # path_costs of the draws
    note: str
    draws: object             # StrategyDraws / TransferredDraws
    floor: int


class Plan:
    """The joint draws of one curves table, priced for many scenarios and targets.

    Parameters
    ----------
    curves : DataFrame or path
        A curves table; ``planner.forecast.io.select_curves`` picks one data set,
        model and batch size (``dataset``, ``model``, ``batch_size``).
        ``curves.attrs["transfer_ratios"]`` (set by
        :func:`planner.forecast.transfer.transfer`) adds transferred AL strategies.
    n_draws : int
        Joint draws.
    seed : int
        The same table and seed give the same draws and verdicts.
    """

    def __init__(self, curves, *, n_draws: int = DEFAULT_DRAWS, seed: int = 0, dataset: str | None = None,
                 model: str | None = None, batch_size: int | None = None):
        from planner.forecast.io import read_curves, select_curves

        attrs = dict(getattr(curves, "attrs", {}) or {})
        df = select_curves(read_curves(curves), dataset=dataset, model=model, batch_size=batch_size)
        ratios = attrs.get("transfer_ratios")
        ratios = pd.DataFrame(ratios) if ratios is not None else None
        self.curves = df
        self.seed = int(seed)
        self.n_draws = int(n_draws)
        self.draws = draw_table(df, n_draws=int(n_draws), seed=int(seed), ratios=ratios)
        self.strategies: tuple[str, ...] = self.draws.strategies
        self.metric_note = df.attrs.get("metric_note", "")
        self.metric: str = df.attrs.get("metric", "accuracy")   # what the curves measure and the target states
        self.transfer_note = attrs.get("transfer_note", "")
        self.notes = list(df.attrs.get("notes", ())) + draw_notes(self.draws)
        self._batch_cached: int | None = None

    # -------------------------------------------------------- table facts

    def initial(self, strategy: str) -> int:
        return int(self.draws.initial[strategy])

    def batch_size(self) -> int:
        """Labels per AL round: the ``batch_size`` column, else the typical step between rounds."""
        if self._batch_cached is None:
            df = self.curves
            active = [s for s in self.strategies if s != RANDOM and s in set(df["strategy"])] or list(self.strategies)
            rows = df[df["strategy"].astype(str).isin(active)]
            batch = None
            if "batch_size" in rows.columns:
                b = pd.to_numeric(rows["batch_size"], errors="coerce").dropna()
                if len(b) and float(b.median()) >= 1:
                    batch = int(round(float(b.median())))
            if batch is None:
                steps = []
                keys = ["strategy"] + (["seed"] if "seed" in rows.columns else [])
                for _, g in rows.groupby(keys, sort=False):
                    n = np.unique(g["n_labels"].to_numpy(dtype=float))
                    if n.size >= 2:
                        steps.append(np.diff(n))
                if not steps:
                    raise ValueError("cannot infer the AL batch size from the curves table; give --batch-size")
                batch = max(1, int(round(float(np.median(np.concatenate(steps))))))
            self._batch_cached = batch
        return self._batch_cached

    def noise_levels(self, strategy: str) -> np.ndarray:
        return self.draws.noise_levels(strategy)

    def _noise_choice(self, strategy: str, error: float | None, n_classes: int) -> tuple[float, float, str]:
        """(noise level of the curves used, label multiplier, note) for labels with error rate ``error``."""
        levels = self.noise_levels(strategy)
        base = float(levels[0])
        if error is None:
            return base, 1.0, "" if base == 0 else f"curves simulated at label noise {base:g}"
        match = levels[np.abs(levels - error) < 1e-3]
        if match.size:
            return float(match[0]), 1.0, f"curves simulated at label noise {float(match[0]):g}"
        factor = effective_sample_factor(base, n_classes) / effective_sample_factor(error, n_classes)
        return base, factor, (
            f"label error {error:.3g} approximated: labels with that error are counted as fewer clean ones (each worth "
            f"{1 / factor:.2f} of a clean label with {n_classes} classes), from curves simulated at label noise "
            f"{base:g}"
        )

    # ------------------------------------------------------------ scenario

    def resolve(self, scenario: Scenario, vendors: pd.DataFrame | None = None) -> Scenario:
        """Validate ``scenario`` and apply its vendor (from ``vendors`` or the shipped table)."""
        if not isinstance(scenario, Scenario):
            raise ValueError("scenario must be a planner.decide.costs.Scenario")
        scenario.validate()
        if scenario.vendor is not None:
            from planner.decide.vendors import find_vendor, read_vendors

            table = read_vendors(vendors)
            scenario = scenario.with_vendor(find_vendor(table, scenario.vendor))
            scenario.validate()
        return scenario

    def _shape(self, scenario: Scenario, strategy: str) -> tuple[int, int]:
        initial = scenario.initial_labels or self.initial(strategy)
        batch = scenario.batch_size or self.batch_size()
        return int(initial), int(batch)

    def price(self, strategy: str, labels, scenario: Scenario) -> dict[str, np.ndarray]:
        initial, batch = self._shape(scenario, strategy)
        return path_costs(labels, active=strategy != RANDOM, scenario=scenario, initial=initial, batch_size=batch)

    def label_draws(self, strategy: str, target: float, scenario: Scenario):
        """(labels per draw, noise note, the strategy's draws) for ``target`` under ``scenario``."""
        level, factor, note = self._noise_choice(strategy, scenario.effective_label_error, scenario.n_classes)
        d = self.draws.get(strategy, level)
        labels = d.labels(target)
        if factor != 1.0:
            labels = labels * factor
        return labels, note, d

    def paths(self, scenario: Scenario, target: float) -> dict[str, _Path]:
        """Every strategy's per-draw labels and costs (the scenario already resolved)."""
        drawn = {s: self.label_draws(s, target, scenario) for s in self.strategies}
        pool = scenario.pool_size
        ceiling = self.pool_ceiling(scenario)
        if pool is not None and ceiling is not None:
            # The accuracy measured with the whole pool labeled is where every strategy ends: in a draw
            # whose ceiling is at or above the target every strategy reaches it by the pool's end, in
            # one below it none does, however its curve was forecast to climb.
            drawn = {s: (within_ceiling(labels, d.n_max, target, ceiling, pool), note, d)
                     for s, (labels, note, d) in drawn.items()}
        elif pool is not None and len(drawn) > 1:
            # At the pool's end every strategy has labeled the same examples: the same model, the same
            # accuracy. So in a draw where some strategy reaches the target within the pool, every
            # strategy reaches it by the pool at the latest (a flat start never makes random "unreachable"
            # where labeling the whole pool would do).
            within = np.vstack([labels for labels, _, _ in drawn.values()]).min(axis=0) <= pool
            drawn = {s: (np.where(within, np.minimum(labels, float(pool)), labels), note, d)
                     for s, (labels, note, d) in drawn.items()}
        out = {}
        for s, (labels, note, d) in drawn.items():
            floor = self._shape(scenario, s)[0] if s != RANDOM else int(d.n_min)
            out[s] = _Path(s, s != RANDOM, labels, self.price(s, labels, scenario), note, d, floor)
        return out

    def pool_ceiling(self, scenario: Scenario) -> np.ndarray | None:
        """Per draw, the accuracy with the whole pool labeled (``scenario.pool_accuracy`` and its noise), or None."""
        if scenario.pool_accuracy is None:
            return None
        return ceiling_draws(scenario.pool_accuracy, scenario.pool_accuracy_se, seed=self.seed, n_draws=self.n_draws)

    # ------------------------------------------------------------ the rule

    @staticmethod
    def rule(totals: dict[str, np.ndarray], share_of_pool: float | None = None,
             pilot_share_of_pool: float | None = None) -> dict:
        """Apply :data:`DECISION_RULE` to per-draw totals ``{strategy: (B,)}``.

        Returns ``recommendation, best_al, pairwise (strategy -> P(cheaper than
        random)), cheapest (strategy -> share of draws in which it is the
        cheapest path), p_al_cheaper (the share of draws), p_al_calibrated
        (:func:`calibrated_p`, at ``share_of_pool``: random's quoted labels over the pool, None without a pool;
        :meth:`random_share_of_pool`; and ``pilot_share_of_pool``: :meth:`pilot_share_of_pool`), p_no_path (the
        share of draws in which no path reaches the target; p_al_cheaper is read among the others), reachable
        (set)``.
        """
        names = list(totals)
        n_draws = len(totals[names[0]])
        picks = rule_picks(totals, np.full((1, n_draws), 1.0 / n_draws))
        name = lambda k: names[int(k)] if k >= 0 else None  # noqa: E731
        rnd = totals.get(RANDOM)
        al = [s for s in names if s != RANDOM]
        finite = np.isfinite(np.stack([totals[s] for s in names]))   # (S, B): the path reaches in the draw
        some = finite.any(axis=0)                                     # some path reaches the target in the draw
        p_al = math.nan
        if rnd is not None and al:
            lowest = np.min(np.stack([totals[s] for s in al]), axis=0)
            p_al = p_less(lowest[some], rnd[some]) if some.any() else 0.0
        return {"recommendation": name(picks["recommendation"][0]), "best_al": name(picks["best_al"][0]),
                "pairwise": {s: p_less(totals[s], rnd) for s in al} if rnd is not None else {},
                "cheapest": dict(zip(names, picks["cheapest"][0].tolist())), "p_al_cheaper": p_al,
                "p_al_calibrated": calibrated_p(p_al, n_draws, share_of_pool=share_of_pool,
                                                pilot_share_of_pool=pilot_share_of_pool),
                "p_no_path": float(np.mean(~some)),
                "reachable": {s for s, reach in zip(names, finite.mean(axis=1)) if reach > 0.5}}

    # ------------------------------------------------------------- decide

    def decide(self, scenario: Scenario, target: float, *, level: float = DEFAULT_LEVEL,
               vendors: pd.DataFrame | None = None) -> Decision:
        """The verdict for ``target`` under ``scenario`` (see the module docstring).

        Three parts: the rows (:meth:`strategy_row`, one per strategy, with
        its forecast risk from :meth:`forecast_risk`), the verdict's summary
        numbers (the rule, savings, break-even) and, given ``vendors``, the
        vendor summary (:meth:`vendor_summary`).
        """
        target = check_target(target)
        level = check_level(level)
        scen = self.resolve(scenario, vendors)
        notes: list[str] = []
        if self.metric_note and "fraction" not in self.metric_note:
            notes.append(self.metric_note)
        if self.transfer_note:
            notes.append(self.transfer_note)
        notes.extend(self.notes)
        if scen.pool_accuracy is not None:
            acc = float(scen.pool_accuracy)
            plateau = max(median_plateau(self.draws.get(s).plateau) for s in self.strategies)
            where = f"the whole pool of {scen.pool_size:,}" if scen.pool_size else "the whole pool"
            if target > acc:
                notes.append(f"with {where} labeled the model measured {acc:.1%}: {target:.1%} is beyond this pool "
                             "in most forecasts")
            elif plateau > acc + 0.005:
                notes.append(f"the curves alone would climb to {plateau:.1%}; with {where} labeled the model measured "
                             f"{acc:.1%}, so no forecast goes above that within the pool")
        paths = self.paths(scen, target)
        totals = {s: p.costs["total_cost"] for s, p in paths.items()}
        where = self.random_share_of_pool(paths, scen, target)
        measured = self.pilot_share_of_pool(scen)
        ruled = self.rule(totals, where, measured)
        rows = []
        for s, p in paths.items():
            if p.note:
                notes.append(p.note)
            if p.draws.kind == "transferred":
                notes.append(f"{s}: {p.draws.describe()}")
            rows.append(self.strategy_row(p, paths, ruled, scen, target, level))
        warnings = [r.warning for r in rows if r.warning]
        rec, best_al = ruled["recommendation"], ruled["best_al"]
        rnd_row = next((r for r in rows if r.strategy == RANDOM), None)
        pool = scen.pool_size
        if rnd_row is not None and not rnd_row.reachable:
            notes.append(f"random sampling does not reach the target: {rnd_row.reason}")
        if RANDOM not in totals:
            notes.append("the curves table has no 'random' strategy: savings and break-even need random-sampling runs")
        if rec is None:
            notes.append(f"no strategy reaches {target:.4g} in most forecasts"
                         + (f" within the pool of {pool:,}" if pool else ""))
        summary = self._summary(paths, totals, ruled, scen, level)
        if best_al is not None and not math.isfinite(summary["break_even_label_price_median"]) \
                and rnd_row is not None and rnd_row.reachable:
            notes.append(f"{best_al} is not billed for fewer labels than random in most forecasts "
                         "(labels, full batches, minimum orders): no label price makes it reliably cheaper")
        vendor_rows: tuple[dict, ...] = ()
        if vendors is not None:
            vendor_rows = self.vendor_summary(scenario if scenario.vendor is None else replace(scenario, vendor=None),
                                              target, vendors)
        return Decision(
            target=target, strategies=tuple(rows), recommendation=rec, best_al=best_al,
            probability_al_cheaper=ruled["p_al_cheaper"], probability_no_path=ruled["p_no_path"], level=level,
            confidence=float(scen.confidence),
            notes=tuple(dict.fromkeys(notes)), warnings=tuple(dict.fromkeys(warnings)),
            n_draws=self.n_draws, scenario=scen.to_dict(), vendors=vendor_rows,
            random_share_of_pool=math.nan if where is None else where,
            pilot_share_of_pool=math.nan if measured is None else measured, track_record=self._track(rnd_row, rec),
            metric=self.metric, **summary,
        )

    def _track(self, rnd_row: StrategyPlan | None, rec: str | None) -> TrackRecord | None:
        """The verdict's stratum in the track record: random's forecast labels over its largest measured count,
        the learner and the pick; None where the verdict weighs no AL strategy against random."""
        if rnd_row is None or len(self.strategies) < 2:
            return None
        ratio = rnd_row.labels / rnd_row.n_max   # inf where random's median forecast never reaches
        pick = "none" if rec is None else "random" if rec == RANDOM else "al"
        return track_record(ratio, self.draws.neural, pick)

    def _summary(self, paths: dict, totals: dict, ruled: dict, scen: Scenario, level: float) -> dict:
        """The verdict's numbers beside the rows: savings, the best AL strategy's saving and break-even."""
        lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
        rnd_total = totals.get(RANDOM)
        rec, best_al = ruled["recommendation"], ruled["best_al"]
        out = dict.fromkeys(("savings", "savings_low", "savings_high", "al_savings", "probability_best_al_cheaper",
                             "break_even_label_price", "break_even_label_price_low", "break_even_label_price_high",
                             "break_even_labels_saved", "break_even_labels_saved_low",
                             "break_even_labels_saved_high", "break_even_within_2x",
                             "break_even_label_price_median"), math.nan)
        if rnd_total is not None and rec is not None:
            sv = np.zeros_like(rnd_total) if rec == RANDOM else _diff(rnd_total, totals[rec])
            out.update(savings=quantile(sv, 0.5), savings_low=quantile(sv, lo_q), savings_high=quantile(sv, hi_q))
        if best_al is not None and rnd_total is not None:
            out["al_savings"] = quantile(_diff(rnd_total, totals[best_al]), 0.5)
            out["probability_best_al_cheaper"] = ruled["pairwise"][best_al]
            be = self._break_even(paths[RANDOM], paths[best_al], scen)
            q = break_even_quote(be["price"], level)
            if math.isfinite(q.median):   # the quote itself only where it is more likely right than wrong
                out.update(break_even_label_price=q.quote, break_even_label_price_low=q.low,
                           break_even_label_price_high=q.high, break_even_within_2x=q.within_2x,
                           break_even_label_price_median=q.median)
            out.update(break_even_labels_saved=quantile(be["labels"], 0.5),
                       break_even_labels_saved_low=quantile(be["labels"], lo_q),
                       break_even_labels_saved_high=quantile(be["labels"], hi_q))
        return out

    @staticmethod
    def quoted_labels(p: _Path, scen: Scenario, target: float) -> tuple[float, bool]:
        """The labels a strategy's row quotes (the draws' median, never at or below a measured count whose mean
        accuracy is below the target) and whether that is the whole pool (the measurements ask for more than the
        pool holds while the draws' median reaches the target within it)."""
        pool = scen.pool_size
        median = quantile(p.labels, 0.5)
        point = respect_measurements(p.draws, target, median)
        whole_pool = pool is not None and math.isfinite(median) and median <= pool < point
        return (float(pool), True) if whole_pool else (point, False)

    def pilot_share_of_pool(self, scen: Scenario) -> float | None:
        """Random sampling's largest measured count over the pool (P(AL cheaper)'s map reads it: round 37); None
        without a pool or random sampling in the table."""
        if scen.pool_size is None or RANDOM not in self.strategies:
            return None
        return float(self.draws.get(RANDOM).n_max) / float(scen.pool_size)

    def random_share_of_pool(self, paths: dict, scen: Scenario, target: float) -> float | None:
        """The labels random's row quotes (:meth:`quoted_labels`, whole) over the pool (``inf`` where random does
        not reach the target in most draws); None without a pool or a random path."""
        if scen.pool_size is None or RANDOM not in paths:
            return None
        rnd = paths[RANDOM]
        return _whole(self.quoted_labels(rnd, scen, target)[0], rnd.floor) / float(scen.pool_size)

    def strategy_row(self, p: _Path, paths: dict, ruled: dict, scen: Scenario, target: float,
                     level: float) -> StrategyPlan:
        """One strategy's row: its labels (median, range), costs, basis, reason, warning and forecast risk.

        The median and both ends of the range never sit at or below a
        measured count whose mean accuracy is below the target; with a pool,
        a path that reaches the target by labeling the whole pool (in most
        forecasts) is quoted at the pool, as the rule priced it.
        """
        s, d, need = p.strategy, p.draws, p.labels
        lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
        pool = scen.pool_size
        point, whole_pool = self.quoted_labels(p, scen, target)
        lab_lo = respect_measurements(d, target, quantile(need, lo_q))
        lab_hi = respect_measurements(d, target, quantile(need, hi_q))
        if whole_pool:
            lab_lo, lab_hi = min(lab_lo, point), min(lab_hi, point)
        c = self.price(s, [point], scen)
        reachable = s in ruled["reachable"] and bool(c["reachable"][0])
        total = p.costs["total_cost"]
        tot_lo, tot_hi = quantile(total, lo_q), quantile(total, hi_q)
        if math.isfinite(point):  # the interval holds the point (moved past a measurement below target)
            lab_lo, lab_hi = min(lab_lo, point), max(lab_hi, point)
            tc = float(c["total_cost"][0])
            tot_lo, tot_hi = min(tot_lo, tc), max(tot_hi, tc)
        ratio = point / d.n_max if math.isfinite(point) else math.inf
        lab_lo, lab_hi = _whole(lab_lo, p.floor), _whole(lab_hi, p.floor)
        if d.kind == "transferred":
            basis = "transferred"
        elif not math.isfinite(point):
            basis = "unreachable"
        elif whole_pool or (pool is not None and point >= pool and point > d.n_max):
            basis = "whole pool"
        elif point <= d.n_max:
            basis = "measured"
        else:
            basis = f"extrapolated {ratio:.1f}x"
        reason = warning = None
        plateau = median_plateau(d.plateau)
        if not math.isfinite(point):
            if plateau < target:
                reason = (f"its curve levels off below {100 * target:.4g}% in most forecasts, "
                          f"median plateau {100 * plateau:.1f}%")
            elif pool is not None:
                reason = (f"it needs more labels than the pool of {pool:,} holds in most forecasts "
                          f"(its curve would level off at {100 * plateau:.1f}%, above the target)")
            else:
                reason = f"the forecasts do not reach {100 * target:.4g}% in most draws"
        elif pool is not None and point > pool:
            reason = f"needs ~{_whole(point, p.floor):,.0f} labels but the pool holds only {pool:,}"
            reachable = False
        warn = []
        if math.isfinite(point) and ratio > FAR_EXTRAPOLATION:
            warn.append(f"{s}: ~{_whole(point, p.floor):,.0f} labels is {ratio:.1f}x the largest measured count "
                        f"({d.n_max:,.0f}): a long extrapolation; measure further to confirm")
        elif math.isfinite(point) and math.isfinite(lab_hi) and lab_hi / d.n_max > FAR_EXTRAPOLATION \
                and not (pool is not None and lab_hi > pool):
            warn.append(f"{s}: the upper end of its {round(100 * level)}% range is {lab_hi / d.n_max:,.1f}x the "
                        f"largest measured count ({d.n_max:,.0f}): a long extrapolation")
        if pool is not None and math.isfinite(lab_hi) and lab_hi > pool:
            warn.append(f"{s}: the upper end of its range ({lab_hi:,.0f}) exceeds the pool of {pool:,} "
                        f"({lab_hi / pool:.1f}x)")
        if warn:
            warning = "; ".join([warn[0]] + [w.removeprefix(f"{s}: ") for w in warn[1:]])
        cal = p.costs["calendar_days"]
        row = dict(
            strategy=s, active=p.active, reachable=reachable,
            labels=_whole(point, p.floor), labels_low=lab_lo, labels_high=lab_hi,
            labels_bought=float(c["labels_bought"][0]), labels_billed=float(c["labels_billed"][0]),
            rounds=float(c["rounds"][0]),
            label_cost=float(c["label_cost"][0]), engineering_cost=float(c["engineering_cost"][0]),
            compute_cost=float(c["compute_cost"][0]), delay_cost=float(c["delay_cost"][0]),
            total_cost=float(c["total_cost"][0]), total_cost_low=tot_lo, total_cost_high=tot_hi,
            calendar_days=float(c["calendar_days"][0]),
            calendar_days_low=quantile(cal, lo_q), calendar_days_high=quantile(cal, hi_q),
            p_unreachable=float(np.mean(~np.isfinite(total))),
            asymptote=plateau, n_max=float(d.n_max),
            extrapolation_ratio=ratio, basis=basis, warning=warning, noise=p.note, reason=reason,
            probability_cheapest=ruled["cheapest"].get(s, math.nan),
            **self.forecast_risk(p, scen, point),
        )
        rnd = paths.get(RANDOM)
        if rnd is not None:
            if p.active:
                row["savings_vs_random"] = quantile(_diff(rnd.costs["total_cost"], total), 0.5)
                row["probability_cheaper_than_random"] = ruled["pairwise"][s]
                be = self._break_even(rnd, p, scen)
                q = break_even_quote(be["price"], level)
                row["break_even_label_price"] = q.quote if math.isfinite(q.quote) else q.median
                row["break_even_labels_saved"] = quantile(be["labels"], 0.5)
            else:
                row["savings_vs_random"] = 0.0
        return StrategyPlan(**row)

    def forecast_risk(self, p: _Path, scen: Scenario, point: float) -> dict:
        """The label budget that reaches the target with ``scen.confidence`` and what falling short costs.

        ``budget_at_confidence``: the confidence quantile of the labels, never
        below the quoted median ``point`` (a budget under the median reaches
        the target in fewer than half of the forecasts); ``inf`` beyond the
        pool. ``p_short``: share of the draws needing more. ``short_extra_cost``:
        the median, over the draws that fall short and reach the target, of
        the extra cost of a second order (robust where a few draws need orders
        of magnitude more labels).
        """
        need, s = p.labels, p.strategy
        budget = quantile(need, float(scen.confidence))
        if math.isfinite(budget) and math.isfinite(point):
            budget = max(budget, point)
        pool = scen.pool_size
        if pool is not None and budget > pool:
            budget = math.inf
        if not math.isfinite(budget):
            return dict(budget_at_confidence=math.inf, cost_at_confidence=math.inf, p_short=1.0,
                        short_extra_cost=math.nan)
        budget = float(math.ceil(budget))
        cost_at_conf = float(self.price(s, [budget], scen)["total_cost"][0])
        ok = np.isfinite(p.costs["total_cost"])
        short = ok & (need > budget)
        extra = math.nan
        if short.any():
            cost = self.price(s, need[short], scen)["total_cost"]
            if s == RANDOM:  # a second order: another batch, its turnaround, another final training
                fixed = scen.final_compute_cost + scen.delay_cost_per_day * scen.turnaround
                topup = np.maximum(scen.min_order - (need[short] - budget), 0.0) * scen.price_per_label
                cost = cost + fixed + topup
            extra = quantile(cost - cost_at_conf, 0.5)
        return dict(budget_at_confidence=budget, cost_at_confidence=cost_at_conf,
                    p_short=float(np.mean(need > budget)), short_extra_cost=extra)

    def vendor_summary(self, scenario: Scenario, target: float, vendors) -> tuple[dict, ...]:
        """Per vendor: its terms and the recommended path's cost and days (from
        :func:`planner.present.dashboards.cost_by_vendor`)."""
        from planner.present.dashboards import cost_by_vendor

        vc = cost_by_vendor(self, scenario, target, vendors)
        summary = []
        for name, g in vc.groupby("vendor", sort=False):
            rec_rows = g[g["recommended"]]
            best = rec_rows.iloc[0] if len(rec_rows) else None
            summary.append({
                "vendor": name,
                "price_per_label": float(g["price_per_label"].iloc[0]),
                "label_error": float(g["label_error"].iloc[0]),
                "turnaround_days": float(g["turnaround_days"].iloc[0]),
                "recommendation": None if best is None else str(best["strategy"]),
                "total_cost": math.inf if best is None else float(best["total_cost"]),
                "calendar_days": math.inf if best is None else float(best["calendar_days"]),
            })
        return tuple(summary)

    @staticmethod
    def _break_even(rnd: _Path, al: _Path, scenario: Scenario) -> dict[str, np.ndarray]:
        """Per draw: the raw label price above which ``al`` beats random, and the labels it must save.

        ``price``: inf where AL is not billed for fewer labels (never cheaper); 0
        where only AL reaches the target. ``labels``: AL's extra non-label cost
        / price per label (inf where AL does not reach the target).
        """
        price = scenario.price_per_label
        raw_factor = price / float(scenario.label_price)  # QA x votes: the break-even is per raw label
        rc, ac = rnd.costs, al.costs
        al_ok = np.isfinite(ac["total_cost"])
        rnd_ok = np.isfinite(rc["total_cost"])
        # random's non-label cost does not depend on its labels (one order, one training)
        rnd_fixed = float(fixed_costs(np.ones(1), active=False, scenario=scenario)["fixed_cost"][0])
        extra = np.full(al_ok.shape, np.inf)
        extra[al_ok] = ac["fixed_cost"][al_ok] - rnd_fixed
        saved = np.full(al_ok.shape, -np.inf)
        both = al_ok & rnd_ok
        saved[both] = rc["labels_billed"][both] - ac["labels_billed"][both]
        be = np.full(al_ok.shape, np.inf)
        pays = both & (saved > 0)
        be[pays] = np.maximum(extra[pays], 0.0) / (saved[pays] * raw_factor)  # per raw label
        be[al_ok & ~rnd_ok] = 0.0   # only AL reaches the target
        return {"price": be, "labels": extra / price}

    def forecast_frame(self, *, n_end: float | None = None, level: float = DEFAULT_LEVEL,
                       n_points: int = 60) -> pd.DataFrame:
        """Each strategy's draws on a grid of label counts: median and band (the learning-curve chart).

        Returns
        -------
        DataFrame with columns ``strategy, n_labels, accuracy, low, high,
        kind`` (``measured``, ``extrapolated`` or ``transferred``).
        """
        level = check_level(level)
        n_min = max(min(self.draws.get(s).n_min for s in self.strategies), 1.0)
        n_obs = max(self.draws.get(s).n_max for s in self.strategies)
        n_end = float(n_end) if n_end is not None and math.isfinite(n_end) else 3.0 * n_obs
        n_end = max(n_end, n_obs)
        grid = np.unique(np.round(np.geomspace(n_min, n_end, n_points)))
        frames = []
        for s in self.strategies:
            d = self.draws.get(s)
            acc = d.accuracy(grid)
            lo, mid, hi = (np.quantile(acc, q, axis=0) for q in ((1 - level) / 2, 0.5, (1 + level) / 2))
            kind = np.where(grid <= d.n_max, "measured", "extrapolated")
            if d.kind == "transferred":
                kind = np.full(grid.size, "transferred")
            frames.append(pd.DataFrame({"strategy": s, "n_labels": grid, "accuracy": mid, "low": lo, "high": hi,
                                        "kind": kind}))
        return pd.concat(frames, ignore_index=True)


def respect_measurements(d, target: float, point: float) -> float:
    """A label count of ``d``'s forecast, never at or below a measured count whose mean accuracy is below ``target``."""
    if d.kind != "measured" or not math.isfinite(point):
        return point
    below = d.anchors[d.mean < target]
    if below.size == 0:
        return point
    last = float(below.max())
    if point > last:
        return point
    later = d.anchors[d.anchors > last]
    return float(later[0]) if later.size else math.floor(last) + 1.0


def within_ceiling(labels: np.ndarray, n_max: float, target: float, ceiling: np.ndarray,
                   pool: float | None) -> np.ndarray:
    """Labels per draw under the accuracy measured with the whole pool labeled (``ceiling`` per draw).

    A draw whose ceiling is at or above the target reaches it by the pool's end at the latest; one below
    it never does, unless the strategy reached the target within its own measurements (``labels <=
    n_max``): the ceiling bounds the extrapolation, not what was measured.
    """
    cap = float(pool) if pool else np.inf
    return np.where((target <= ceiling) | (labels <= n_max), np.minimum(labels, cap), np.inf)


def ceiling_draws(accuracy: float, se: float | None, *, seed: int, n_draws: int) -> np.ndarray:
    """Per draw, the accuracy measured with the whole pool labeled: ``accuracy`` plus its noise.

    ``se`` None or 0 (one measurement): the binomial noise of a typical 500-example test set.
    """
    acc = float(accuracy)
    if not se:
        se = math.sqrt(max(acc * (1 - acc), 1e-4) / 500.0)
    z = np.random.default_rng(np.random.SeedSequence([int(seed), int(n_draws), 0xCE1])).standard_normal(int(n_draws))
    return np.clip(acc + float(se) * z, 0.0, 1.0)


def _whole(x: float, floor: int) -> float:
    """A label count as bought: whole, at least ``floor``; inf stays inf."""
    return float(max(math.ceil(x - 1e-9), floor)) if math.isfinite(x) else math.inf


# ----------------------------------------------------------- module API


def _fingerprint(curves: pd.DataFrame) -> str:
    h = hashlib.sha256()
    h.update(",".join(map(str, curves.columns)).encode())
    h.update(str(curves.attrs.get("metric", "accuracy")).encode())  # the same values planned on another metric
    h.update(pd.util.hash_pandas_object(curves, index=False).to_numpy().tobytes())
    ratios = curves.attrs.get("transfer_ratios")
    if ratios is not None:
        h.update(pd.util.hash_pandas_object(pd.DataFrame(ratios), index=False).to_numpy().tobytes())
    return h.hexdigest()


def get_plan(curves, *, seed: int = 0, n_draws: int = DEFAULT_DRAWS, dataset: str | None = None,
             model: str | None = None, batch_size: int | None = None) -> Plan:
    """A Plan for ``curves`` (a Plan is returned as is), cached by the table's contents."""
    if isinstance(curves, Plan):
        return curves
    if not isinstance(curves, pd.DataFrame):
        return Plan(curves, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)
    key = (_fingerprint(curves), int(seed), int(n_draws), dataset, model, batch_size)
    plan = _PLAN_CACHE.get(key)
    if plan is None:
        plan = Plan(curves, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)
        _PLAN_CACHE[key] = plan
        while len(_PLAN_CACHE) > _CACHE_SIZE:
            _PLAN_CACHE.popitem(last=False)
    else:
        _PLAN_CACHE.move_to_end(key)
    return plan


def decide(curves, scenario: Scenario, target: float, *, vendors=None, seed: int = 0,
           level: float = DEFAULT_LEVEL, dataset: str | None = None) -> Decision:
    """Price every strategy's path to ``target`` and give the verdict (see :class:`Plan`)."""
    return get_plan(curves, seed=seed, dataset=dataset).decide(scenario, target, level=level, vendors=vendors)
