"""Training on a source's labels alone, from its measured curve: an aside beside a campaign's answer.

A campaign's sources (:mod:`planner.campaign.sources`) each have a measured curve: the learner trained on the
source's labels at a few counts, scored on the human test labels (``source_curve.csv``, strategy ``source:NAME``).
:func:`source_paths` reads it against the target: the fewest source labels measured at or above it, with the chance
that the true score there meets the target (the Jeffreys posterior of the score measured on the test labels, as
the campaign's stop rule reads a measured score), and what those labels cost at the source's price per label. A
target not met within the counts measured is said so, with the best score measured. Past the largest measured count,
where the source could label more of the pool than it did (a trial batch), :func:`source_forecast` reads the
planner's own forecast of the measured curve (:class:`planner.decide.verdict.Plan` on it as a table of one run):
at the doubling counts past it and the last count it may quote (the pool's non-test ids or the extrapolation limit,
the fewer), the share of draws that reach the target, each draw bounded by what the source's measured accuracy
allows: past its measurements a learner trained on labels right X% of the time scores at most the better of X (drawn
from the Jeffreys posterior of the source's accuracy on the test ids it labels) and the level the draw measured at
its largest count (``benchmarks/source_forecast_design.md``). The verdict's own paths are not changed by it.

:func:`source_pick` weighs the two paths a user can take from here by their expected cost: the campaign's answer's
path, at what the verdict prices for the labels it still buys to the target (the labels in hand sunk: the forecast
priced them so), and training on a source alone to one of its measured or forecast counts ``n``. That costs ``n``
labels at the source's price per label (bought labels: a source's labels are no labels in hand) and, with the chance
``1 - P`` that the true score there falls short of the target (a forecast count: the share of forecasts that fall
short), the answer's path after it: ``n p + (1 - P) A``. The least of ``A`` and every such expected cost is the
pick. A forecast count never leads over a measured path that says the target is out of reach: where another
source's path measured at least as many labels, measured at least as high as the forecast source ever did, and
reads P below :data:`OUT_OF_REACH` at every count (and every count it forecasts), the forecast option is listed,
``barred`` with that source's name, and not taken. A source's price is its labels alone: its turnaround and the
learner's compute are not priced.

**Re-labeled where the learner disagrees.** A source's labels with people re-labeling the ids where the campaign's
learner, cross-fitted on them, disagrees (``relabel:NAME`` in the same table, measured only on ids people labeled
too; each row's ``disagreement`` the share re-labeled) is a path of its own (``kind`` ``relabel``): to ``n`` labels
it costs ``n`` at the source's price and its re-labels ``r`` (``disagreement x n``) at the human price per label the
answer is priced at, and is weighed by the same rule, ``n p + r p_h + (1 - P) A``, at its measured counts only (not
forecast past them: see ``benchmarks/sources_relabel_design.md``). Without a human price its options are not
priced.

**The human labels in hand, then the source's for the rest.** Training on the campaign's human training labels plus
the source's labels of every other non-test id it covers (``fill:NAME``, each row's ``source_labels`` the source's
labels ``m`` beside ``k`` human labels) is read as a path of its own (``kind`` ``fill``) at the labels in hand, the
largest count measured (a smaller count costs as much and scores what fewer human labels give), never forecast: the
human labels sunk, it costs ``m`` at the source's price. It is said beside the answer, and not weighed by the pick:
weighed by the rule, ``m p + (1 - P) A``, it raises the pick's mean regret on planted sources
(``benchmarks/sources_fill_design.md``).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
import warnings

import numpy as np
import pandas as pd

from planner.decide.campaign.acts import Act, Reason
from planner.decide.campaign.stop_rule import jeffreys
from planner.decide.costs import labels_dollars
from planner.forecast.limits import label_limit

__all__ = ["SourcePath", "SourceOption", "SourcePick", "source_paths", "source_forecast", "source_pick", "answer_price",
           "answer_expected", "PREFIX", "RELABEL", "FILL", "DISAGREEMENT", "SOURCE_LABELS", "SOURCE_TESTED", "RULE",
           "FORECAST_DRAWS", "MIN_FORECAST_COUNTS", "OUT_OF_REACH", "accuracy_ceiling"]

#: A source's curves in the curves table: ``source:NAME``; its labels re-labeled where the learner disagrees:
#: ``relabel:NAME``, each row's share re-labeled in :data:`DISAGREEMENT`.
PREFIX = "source:"
RELABEL = "relabel:"
DISAGREEMENT = "disagreement"
#: The human training labels in hand with the source's labels of the rest: ``fill:NAME``, each row's source labels
#: in :data:`SOURCE_LABELS`.
FILL = "fill:"
SOURCE_LABELS = "source_labels"
#: A source curve's rows carry the test ids its accuracy was measured on here (their ``label_noise`` its error there).
SOURCE_TESTED = "source_tested"
#: A measured path says the target is out of reach where P is below this at every count (it prints as 0%).
OUT_OF_REACH = 0.005
#: Each path's kind by the head of its curve's name.
HEADS = {"source": PREFIX, "relabel": RELABEL, "fill": FILL}
#: The draws of a source's forecast (:class:`planner.decide.verdict.Plan`, seed 0).
FORECAST_DRAWS = 400
#: The fewest distinct measured counts a forecast's draws read (:func:`planner.forecast.bootstrap.raw_tails`).
MIN_FORECAST_COUNTS = 3


@dataclass(frozen=True)
class SourcePath:
    """Training on one source alone, as measured.

    Parameters
    ----------
    source : str
    metric : str
    target : float
    reached_at : int or None
        The fewest source labels whose measured score meets ``target`` (None: not within the counts measured).
    score : float
        The score at ``reached_at``, or the best score measured where the target is not met.
    at : int
        The count of ``score``.
    measured_max : int
        The most source labels measured.
    test_size : int
        The human test labels each score is measured on.
    p_reach : float
        P(true score >= target) at ``at`` (Jeffreys posterior of ``score`` on ``test_size`` labels).
    price_per_label, price_per_hour : float or None
        The source's price as given; a source paid by the hour is priced per label at its measured
        ``seconds_per_label`` (None where its labels carry no time: then it has no price per label).
    cost : float or None
        ``reached_at`` labels at ``price_per_label`` (None without a price per label, or where it is not reached).
    points : tuple of (int, float, float)
        Each count measured: (source labels, score, P(true score >= target)), fewest labels first.
    forecast : tuple of (int, float)
        Each count forecast past ``measured_max`` (:func:`source_forecast`): (source labels, the share of forecasts
        reaching the target), fewest labels first; empty where none is.
    forecast_none : str
        Why there is no forecast: ``counts`` (fewer than :data:`MIN_FORECAST_COUNTS` counts measured), ``pool``
        (the source labels every id a path may label), ``unknown`` (no pool size given), ``unfit`` (the draws
        could not be read), ``accuracy`` (the source's accuracy on the test ids, which bounds a forecast, is not on
        its curve: it labels none of them), ``relabel`` (a re-label path is quoted at its measured counts only) or
        ``fill`` (a fill path at the human labels in hand only); empty where there is a forecast.
    pool_size : int or None
        The ids a path may label (the pool's non-test ids), where known.
    seconds_per_label : float or None
        The mean annotation time of the source's timed labels; ``timed`` of them.
    kind : str
        ``source`` (the source's labels alone), ``relabel`` (its labels, people's where the learner disagrees) or
        ``fill`` (the human training labels in hand, the source's for every other non-test id it labels: ``reached_at``,
        ``score``, ``p_reach`` and ``cost`` read at the labels in hand, the largest count measured).
    shares : tuple of (int, float)
        The share of ids the learner disagrees on at each count measured (this path's own, fewest labels first).
    source_shares : tuple of (int, float)
        A re-label path's: the same share along the source curve's counts (no truth needed): what re-labeling more
        of the source's labels would send to people.
    fills : tuple of (int, int)
        A fill path's: (human labels, source labels beside them) at each count measured.
    tested : tuple of (int, int)
        A source path's accuracy on the test ids it labels, (right, of), that bounds its forecast; empty where none
        is measured.
    """

    source: str
    metric: str
    target: float
    reached_at: int | None
    score: float
    at: int
    measured_max: int
    test_size: int
    p_reach: float
    price_per_label: float | None
    price_per_hour: float | None
    cost: float | None
    points: tuple = ()
    forecast: tuple = ()
    forecast_none: str = "unknown"
    pool_size: int | None = None
    seconds_per_label: float | None = None
    timed: int = 0
    kind: str = "source"
    shares: tuple = ()
    source_shares: tuple = ()
    fills: tuple = ()
    tested: tuple = ()

    def source_labels(self, n: int) -> int:
        """The source's labels a path to ``n`` labels buys: ``n``, or on a fill path those beside ``n`` human labels."""
        return int(dict(self.fills).get(n, 0)) if self.kind == "fill" else int(n)

    def forecast_cost(self, n: int) -> float | None:
        """``n`` of the source's labels at its price per label (None without one); a re-label path's re-labels are
        priced by :func:`source_pick`, at the human price."""
        return labels_dollars(n, self.price_per_label)

    def relabels(self, n: int) -> int:
        """The ids people re-label on a re-label path to ``n`` labels (0 on a source alone): its own measured share
        at ``n``, else the source curve's at the largest count at most ``n`` (else this path's last), times ``n``."""
        if self.kind != "relabel":
            return 0
        own = dict(self.shares)
        if n in own:
            return int(round(own[n] * n))
        below = [d for k, d in self.source_shares if k <= n] or [d for _, d in self.shares[-1:]]
        return int(round(below[-1] * n)) if below and math.isfinite(below[-1]) else 0

    def to_dict(self) -> dict:
        out = {k: _finite(v) for k, v in asdict(self).items()
               if k not in ("points", "forecast", "shares", "source_shares", "fills", "tested")}
        out["points"] = [{"labels": n, "score": _finite(y), "p": _finite(q), "relabels": self.relabels(n),
                          "source_labels": self.source_labels(n)} for n, y, q in self.points]
        out["forecast"] = [{"labels": n, "p": _finite(q), "cost": self.forecast_cost(n), "relabels": self.relabels(n)}
                           for n, q in self.forecast]
        out["tested"] = dict(zip(("right", "of"), self.tested)) if self.tested else None
        return out

    def out_of_reach(self) -> bool:
        """Measured and read P below :data:`OUT_OF_REACH` at every count, measured and forecast (a fill path: never
        read so, its counts are human labels)."""
        qs = [q for *_, q in self.points] + [q for _, q in self.forecast]
        return self.kind != "fill" and bool(self.points) and all(math.isfinite(q) and q < OUT_OF_REACH for q in qs)


def _finite(v):
    return None if isinstance(v, float) and not math.isfinite(v) else v


def source_paths(curve: pd.DataFrame, prices: dict, target: float, metric: str = "accuracy",
                 pool_size: int | None = None) -> list[SourcePath]:
    """Each source of ``curve`` (the sources' curves table: ``strategy`` ``source:NAME``, ``relabel:NAME`` or
    ``fill:NAME``, ``n_labels``, ``metric``, ``test_size``, optionally ``disagreement`` and ``source_labels``) read
    against ``target`` at ``prices`` (``{name: {"price_per_label", "price_per_hour"}}``), with
    P(true score >= target) at each count measured and, with ``pool_size`` (the ids a path may label), the share of
    forecasts reaching it past them (:func:`source_forecast`); a source whose curve lacks ``metric`` or holds no
    finite score is left out."""
    out = []
    if curve is None or curve.empty or metric not in curve.columns or "strategy" not in curve.columns:
        return out
    shares = {str(name): _shares(part) for name, part in curve.groupby("strategy", sort=False)}
    for name, part in curve.groupby("strategy", sort=False):
        name = str(name)
        kind = next((k for k, head in HEADS.items() if name.startswith(head)), None)
        if kind is None:
            continue
        part = part[pd.to_numeric(part[metric], errors="coerce").notna()].sort_values("n_labels")
        if part.empty:
            continue
        source = name[len(HEADS[kind]):]
        score = part[metric].astype(float)
        tested = (pd.to_numeric(part["test_size"], errors="coerce") if "test_size" in part.columns
                  else pd.Series(math.nan, index=part.index))
        p_reach = _p_reach(score, tested, target)
        met = part[score >= target] if kind != "fill" else part.iloc[-1:][score.iloc[-1:] >= target]
        i = met.index[0] if len(met) else score.idxmax() if kind != "fill" else part.index[-1]
        price = prices.get(source, {})
        per_label = price.get("price_per_label")
        reached = int(part.at[i, "n_labels"]) if len(met) else None
        n_test = float(tested[i])
        fills = _fills(part) if kind == "fill" else ()
        bought = None if reached is None else dict(fills).get(reached, 0) if kind == "fill" else reached
        forecast, forecast_none = (source_forecast(part, target, metric, pool_size) if kind == "source"
                                   else ((), kind))
        out.append(SourcePath(
            source, metric, float(target), reached, score=float(score[i]), at=int(part.at[i, "n_labels"]),
            measured_max=int(part["n_labels"].max()), test_size=int(n_test) if math.isfinite(n_test) else 0,
            p_reach=float(p_reach[i]), price_per_label=per_label, price_per_hour=price.get("price_per_hour"),
            cost=None if bought is None or per_label is None else bought * float(per_label),
            points=tuple((int(n), float(y), float(q)) for n, y, q in zip(part["n_labels"], score, p_reach)),
            forecast=forecast, forecast_none=forecast_none, pool_size=pool_size,
            seconds_per_label=price.get("seconds_per_label"), timed=int(price.get("timed") or 0), kind=kind,
            shares=shares[name], source_shares=shares.get(PREFIX + source, ()) if kind == "relabel" else (),
            fills=fills, tested=_tested(part) if kind == "source" else ()))
    return out


def _tested(part: pd.DataFrame) -> tuple:
    """(right, of) of a source curve's accuracy on the test ids it labels (its rows' :data:`SOURCE_TESTED` and their
    ``label_noise``, the error there); empty where none is measured."""
    if SOURCE_TESTED not in part.columns or "label_noise" not in part.columns:
        return ()
    n = pd.to_numeric(part[SOURCE_TESTED], errors="coerce").astype(float)
    e = pd.to_numeric(part["label_noise"], errors="coerce").astype(float)
    ok = n.map(math.isfinite) & (n >= 1) & e.between(0, 1)
    if not ok.any():
        return ()
    of = int(n[ok].iloc[-1])
    return int(round((1 - float(e[ok].iloc[-1])) * of)), of


def _shares(part: pd.DataFrame) -> tuple:
    """((count, share the learner disagrees on), ...) of one curve, fewest labels first; empty without the column."""
    if DISAGREEMENT not in part.columns:
        return ()
    d = pd.to_numeric(part[DISAGREEMENT], errors="coerce")
    keep = d.notna()
    return tuple(sorted((int(n), float(x)) for n, x in zip(part["n_labels"][keep], d[keep])))


def _fills(part: pd.DataFrame) -> tuple:
    """((human labels, source labels beside them), ...) of a fill curve, fewest first; 0 without the column."""
    m = pd.to_numeric(part.get(SOURCE_LABELS, pd.Series(0, index=part.index)), errors="coerce").fillna(0)
    return tuple((int(n), int(x)) for n, x in zip(part["n_labels"], m))


def _forecast_counts(n_max: int, pool_size: int) -> list[int]:
    """The counts forecast past ``n_max``: doubling, then the last one quoted (the pool's end or the extrapolation
    limit, the fewer)."""
    end = int(min(float(pool_size), label_limit(n_max)))
    counts, n = [], 2 * n_max
    while n < end:
        counts.append(n)
        n *= 2
    return counts + [end] if end > n_max else counts


def source_forecast(part: pd.DataFrame, target: float, metric: str = "accuracy",
                    pool_size: int | None = None) -> tuple[tuple, str]:
    """(forecast, why none) of one source's measured curve ``part`` (``n_labels``, ``metric``, ``test_size``):
    the planner's forecast of it (:class:`planner.decide.verdict.Plan`, :data:`FORECAST_DRAWS` draws, seed 0; a
    random-order curve of one run, each draw's points moved by its test split's noise), read at
    :func:`_forecast_counts` past its largest count: ``((labels, share of draws reaching target), ...)``. A draw's
    labels to the target are bound by the measurements (:func:`planner.decide.paths.bound_by_measurements`: never
    where a measured point falls short; a draw short at the last count continues from what it measured there), so
    the share never falls as the count grows; and a draw reaches it past them only where its
    :func:`accuracy_ceiling` (the source's accuracy on the test ids, :data:`SOURCE_TESTED`) is at or above it. See
    :class:`SourcePath` for why none."""
    from planner.decide.paths import bound_by_measurements   # lazy: start-up time (scipy)
    from planner.decide.verdict import Plan   # lazy: start-up time (scipy)

    if pool_size is None:
        return (), "unknown"
    n = pd.to_numeric(part["n_labels"], errors="coerce")
    n_max = int(n.max())
    if part["n_labels"].nunique() < MIN_FORECAST_COUNTS:
        return (), "counts"
    counts = _forecast_counts(n_max, int(pool_size))
    if not counts:
        return (), "pool"
    tested = _tested(part)
    if not tested:
        return (), "accuracy"
    table = pd.DataFrame({"strategy": "random", "seed": 0, "n_labels": n.astype(float),
                          "accuracy": pd.to_numeric(part[metric], errors="coerce").astype(float)})
    if "test_size" in part.columns:
        table["test_size"] = pd.to_numeric(part["test_size"], errors="coerce")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            d = Plan(table, n_draws=FORECAST_DRAWS, seed=0).draws.get("random")
            labels = bound_by_measurements(d, float(target), d.labels(float(target)))
            labels = np.where(accuracy_ceiling(d, *tested) >= float(target), labels, np.inf)
        except (ValueError, KeyError, FloatingPointError):
            return (), "unfit"
    return tuple((k, float(np.mean(labels <= k))) for k in counts), ""


def accuracy_ceiling(d, right: int, of: int):
    """Per draw of a source's measured curve ``d`` (:class:`planner.forecast.draws.StrategyDraws`), the most it may
    score past its measured counts: a learner trained on labels right X% of the time scores at most the better of X
    and the level the draw measured at its largest count (its measured point, moved by the test split's noise where
    the curve carries it). X is drawn per draw from the Jeffreys posterior of the source's accuracy, ``right`` of
    ``of`` test ids: Beta(right + 1/2, of - right + 1/2) read at each draw's seeded quantile (the same quantiles
    whatever the counts, so a source measured right less often is never drawn a higher ceiling); shape (B,)."""
    from scipy.special import betaincinv   # lazy: start-up time (scipy)

    level = d.measured[:, -1] if d.measured is not None else np.full(d.n_draws, float(d.mean[-1]))
    u = np.random.default_rng([0, 0x5EC]).random(d.n_draws)
    return np.maximum(level, betaincinv(right + 0.5, of - right + 0.5, u))


def _p_reach(score: pd.Series, tested: pd.Series, target: float) -> pd.Series:
    """P(true score >= ``target``) at each measured ``score`` (the Jeffreys posterior on its ``tested`` human test
    labels); NaN where the test size is not known."""
    return pd.Series([jeffreys(float(y), float(n), target)[0] if math.isfinite(n) and n > 0 else math.nan
                      for y, n in zip(score, tested.astype(float))], index=score.index)


#: The pick's rule, as ``source_pick`` in ``--json`` states it.
RULE = ("expected_cost = cost + (1 - p) * answer_expected_cost for each option, cost = source_label_cost (labels x "
        "the source's price) + relabel_cost (relabels x the human price per label; 0 unless kind is relabel); "
        "the pick is the least of "
        "answer_expected_cost and every expected_cost (ties to the answer; an answer_expected_cost read 'more than' "
        "is a floor: the answer is then not told cheaper); without a price for the answer's path, the option with "
        "the highest p to the percent, then the lowest cost, where p > 0; a forecast option barred (by a measured "
        "path of another source with at least its labels, a best score at least its source's best measured, and p "
        "below 0.005 at every count) is listed and not taken")


@dataclass(frozen=True)
class SourceOption:
    """Training on a source alone to one of its measured counts: ``labels`` at ``cost``, measured at ``score`` with
    ``p`` = P(true score >= target), and its expected cost from here (``cost + (1 - p) * answer_expected_cost``;
    None where the answer's path has no price). ``forecast``: a count past the measured ones, ``p`` the share of
    forecasts reaching the target there and ``score`` NaN (nothing measured). ``kind`` ``relabel``: the source's
    labels with ``relabels`` of them re-labeled by people where the learner disagrees; ``cost`` is
    ``source_label_cost`` (the source's labels) plus ``relabel_cost`` (the re-labels at the human price).
    ``barred``: a forecast option not taken, the source of the measured path that says the target is out of reach
    where it is forecast (:func:`source_pick`); empty where it may be taken."""

    source: str
    labels: int
    cost: float
    score: float
    p: float
    expected_cost: float | None
    forecast: bool = False
    kind: str = "source"
    relabels: int = 0
    source_label_cost: float = 0.0
    relabel_cost: float = 0.0
    barred: str = ""

    def to_dict(self) -> dict:
        return {k: _finite(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class SourcePick:
    """The cheaper in expectation of the campaign's answer's path and training on a source alone, to the target from
    here.

    Parameters
    ----------
    target : float
    answer_strategy : str or None
        The strategy of the answer's path (None where the answer names none).
    answer_status : str
        ``priced``: the verdict prices the path (``answer_cost``); ``met``: the measured score meets the target,
        nothing more to buy (``answer_cost`` 0); ``unreached``: no path of the verdict reaches the target in most
        forecasts; ``unpriced``: the answer rests on the measurements alone (no forecast taken).
    answer_cost : float or None
        What the verdict prices the answer's path from here (the labels in hand sunk); None unless priced or met.
    answer_labels : float or None
        The labels the answer's path buys from here.
    answer_more_than : bool
        ``answer_expected_cost`` is a floor, read "more than": ``answer_cost`` carried at the extrapolation limit, or
        the answer's stop priced at one more order.
    answer_p : float
        Where the answer stops on a measured hit: P(true score >= target) there (the stop rule's); NaN otherwise.
    answer_expected_cost : float or None
        What the rule weighs for the answer's path: ``answer_cost`` where priced; where the answer stops on a
        measured hit, ``(1 - answer_p)`` times one more order of ``answer_labels`` human labels at the price per
        label (a floor: the hit falls short with that chance, and then at least that order is still to buy), or 0
        without a price per label; None without a price.
    options : tuple of SourceOption
        Every measured count of every source priced per label with a known chance, and every count forecast past
        them (``forecast``; ``barred`` where a measured path says the target is out of reach there: not taken),
        fewest labels first.
    shown : SourceOption or None
        The option shown beside the answer: of the options not barred, the least expected cost (the highest ``p``,
        then the lowest cost, where the answer's path has no price); None without one. ``source``,
        ``source_labels``, ``source_cost``, ``source_score``, ``source_p``, ``source_expected_cost`` and
        ``source_forecast`` read its fields (None, NaN, False without one); the JSON carries them under those names.
    cheapest : str or None
        ``answer``, ``source`` or ``relabel`` (the shown option's kind) by :data:`RULE`; None where the two cannot
        be compared (the answer not priced, a
        source no cheaper at an answer's price read "more than", or no option).
    by : float or None
        How much cheaper ``cheapest`` is in expectation (None where the answer's path has no price).
    unmeasured : tuple of str
        The sources priced per label without a known chance at any count (no test size).
    unpriced : tuple of str
        The sources without a price per label.
    relabel_unpriced : tuple of str
        The sources with a re-label curve whose re-labels have no human price to be priced at.
    """

    target: float
    answer_strategy: str | None
    answer_status: str
    answer_cost: float | None
    answer_labels: float | None
    answer_more_than: bool
    answer_p: float
    answer_expected_cost: float | None
    options: tuple
    shown: SourceOption | None
    cheapest: str | None
    by: float | None
    unmeasured: tuple = ()
    unpriced: tuple = ()
    relabel_unpriced: tuple = ()

    # the option shown, field by field (None, NaN or False without one)
    source = property(lambda self: None if self.shown is None else self.shown.source)
    source_labels = property(lambda self: None if self.shown is None else self.shown.labels)
    source_cost = property(lambda self: None if self.shown is None else self.shown.cost)
    source_score = property(lambda self: math.nan if self.shown is None else self.shown.score)
    source_p = property(lambda self: math.nan if self.shown is None else self.shown.p)
    source_expected_cost = property(lambda self: None if self.shown is None else self.shown.expected_cost)
    source_forecast = property(lambda self: self.shown is not None and self.shown.forecast)
    source_kind = property(lambda self: None if self.shown is None else self.shown.kind)
    source_relabels = property(lambda self: 0 if self.shown is None else self.shown.relabels)
    #: What the campaign's answer leads with: ``answer``, or the kind of the option shown where it is cheapest; a
    #: stop on a measured hit always leads (the measured score stands; the pick's sentence follows it).
    lead = property(lambda self: self.cheapest if self.shown is not None and self.cheapest not in (None, "answer")
                    and self.answer_status != "met" else "answer")

    @property
    def best_measured(self) -> SourceOption | None:
        """The measured option (not a forecast count) most likely to meet the target, the cheaper of equals: what a
        comparison in the answer's favour names; None without one."""
        measured = [o for o in self.options if not o.forecast]
        return min(measured, key=lambda o: (-round(o.p, 2), o.cost, o.labels), default=None)

    @property
    def by_best_measured(self) -> float | None:
        """How much less the answer's path costs in expectation than :attr:`best_measured` (None where either has no
        price)."""
        best = self.best_measured
        if best is None or best.expected_cost is None or self.answer_expected_cost is None:
            return None
        return float(best.expected_cost - self.answer_expected_cost)

    def to_dict(self) -> dict:
        out = {k: _finite(v) for k, v in asdict(self).items() if k not in ("options", "shown")}
        for k in ("source", "source_labels", "source_cost", "source_score", "source_p", "source_expected_cost",
                  "source_forecast", "source_kind", "source_relabels"):
            out[k] = _finite(getattr(self, k))
        out["options"] = [o.to_dict() for o in self.options]
        out["unmeasured"], out["unpriced"] = list(self.unmeasured), list(self.unpriced)
        out["relabel_unpriced"] = list(self.relabel_unpriced)
        best = self.best_measured
        out["best_measured"] = None if best is None else best.to_dict()
        out["by_best_measured"] = _finite(self.by_best_measured)
        out["rule"] = RULE
        return out


def _barred(p, n: int, paths) -> str:
    """The source of a measured path that says the target is out of reach (:meth:`SourcePath.out_of_reach`) and bars
    ``p``'s forecast at ``n`` labels: another source's path (alone or re-labeled), measured at ``n`` labels or more,
    its best measured score at least the best ``p`` measured; empty where none does."""
    best = max((y for _, y, _ in p.points), default=-math.inf)
    return next((o.source for o in paths if o.source != p.source and o.kind in ("source", "relabel")
                 and o.measured_max >= n and o.out_of_reach() and max(y for _, y, _ in o.points) >= best), "")


def answer_price(answer) -> tuple[str, float | None, float | None, bool]:
    """(status, cost, labels bought, more than) of the path of ``answer`` (a
    :class:`planner.decide.campaign.answer.CampaignAnswer`): its forecast's row for the answer's strategy, priced from
    the labels in hand (see :class:`SourcePick`'s ``answer_status``)."""
    if answer.act == Act.STOP and answer.reason == Reason.MET:
        return "met", 0.0, 0.0, False
    verdict = answer.forecast
    if verdict is None or answer.strategy is None:
        return "unpriced", None, None, False
    row = next((s for s in verdict.decision.strategies if s.strategy == answer.strategy), None)
    if row is None or answer.reason == Reason.UNREACHED or not (row.reachable and math.isfinite(row.total_cost)):
        return "unreached", None, None, False
    bought = max(float(row.labels_bought) - float(answer.facts.train_labels), 0.0)   # from the labels in hand
    return "priced", float(row.total_cost), bought, "total_cost" in row.beyond_limit


def answer_expected(answer, price_per_label: float | None = None) -> tuple:
    """(status, cost, labels, more than, P, expected cost) of the path of ``answer``, as :class:`SourcePick` reads
    it: :func:`answer_price`, and where the answer stops on a measured hit, that hit's chance of falling short
    priced at one more order (the campaign's batch) at ``price_per_label``."""
    status, cost, labels, more = answer_price(answer)
    measured = getattr(answer, "measured", None)
    if status != "met" or measured is None or not math.isfinite(getattr(measured, "p_met", math.nan)):
        return status, cost, labels, more, math.nan, cost
    p = min(max(float(measured.p_met), 0.0), 1.0)
    if price_per_label is None or not math.isfinite(price_per_label):
        return status, cost, labels, more, p, cost
    order = float(answer.facts.batch_size)
    return status, cost, order, True, p, labels_dollars((1 - p) * order, price_per_label)


def source_pick(answer, paths, price_per_label: float | None = None) -> SourcePick:
    """The cheaper in expectation of ``answer``'s path (:func:`answer_expected`, the human labels at
    ``price_per_label``) and training on one of ``paths`` (:func:`source_paths`: a source alone, or its labels
    re-labeled by people where the learner disagrees, the re-labels at ``price_per_label``) to one of its measured or
    forecast counts, by :data:`RULE`: see :class:`SourcePick`. A fill path (the human labels in hand, the source's
    labels for the rest) is not weighed."""
    status, answer_cost, labels, more, answer_p, cost = answer_expected(answer, price_per_label)
    human = price_per_label is not None and math.isfinite(price_per_label) and price_per_label >= 0
    weighed = ("source", "relabel") if human else ("source",)   # a fill path is said, not weighed
    priced = [p for p in paths if p.price_per_label is not None and p.kind in weighed]

    def option(p, n, y, q, forecast):
        own, r = labels_dollars(n, p.price_per_label), p.relabels(n)
        total = own + (labels_dollars(r, price_per_label) if r else 0.0)
        return SourceOption(p.source, n, total, y, q, None if cost is None else total + (1 - q) * cost, forecast,
                            p.kind, r, own, total - own, _barred(p, n, paths) if forecast else "")

    options = sorted([*(option(p, n, y, q, False) for p in priced for n, y, q in p.points if math.isfinite(q)),
                      *(option(p, n, math.nan, q, True) for p in priced for n, q in p.forecast if math.isfinite(q))],
                     key=lambda o: (o.labels, o.kind != "source", o.source))
    eligible = [o for o in options if not o.barred]
    if cost is None:
        best = min(eligible, key=lambda o: (-round(o.p, 2), o.cost, o.labels, o.kind != "source", o.source),
                   default=None)
    else:
        best = min(eligible, key=lambda o: (o.expected_cost, o.labels, o.kind != "source", o.source), default=None)
    cheapest, by = None, None
    if best is not None and status == "unreached":
        cheapest = best.kind if best.p > 0 else None
    elif best is not None and cost is not None:
        if best.expected_cost < cost:
            cheapest, by = best.kind, cost - best.expected_cost
        elif not more:
            cheapest, by = "answer", best.expected_cost - cost
    return SourcePick(float(answer.target), answer.strategy, status, answer_cost, labels, more, answer_p, cost,
                      tuple(options), best, cheapest, by,
                      tuple(p.source for p in priced if p.kind == "source"
                            and not any(math.isfinite(q) for *_, q in p.points)),
                      tuple(p.source for p in paths if p.price_per_label is None and p.kind == "source"),
                      tuple(p.source for p in paths if p.kind == "relabel" and p.price_per_label is not None
                            and not human))
