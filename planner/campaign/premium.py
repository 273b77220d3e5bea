"""What AL's labels cost in annotators' time: the seconds per label of each strategy's picks against the random
test ids, labeled by the same people in the same weeks.

The test split is a uniform random sample of the pool, so its labels' times are
what a label costs when it is picked at random; the ids a strategy picks are
labeled alongside them. The **time premium** of a strategy is the mean seconds
per label of its picks divided by the mean of the test labels': the factor by
which its labels cost more (or less) when annotators are paid by the hour. It is
a ratio of means, not of medians, because the bill is the sum of the times; the
medians are reported beside it (annotation times are skewed: one label left open
over lunch moves a mean, not a median). Its interval is a bootstrap of both
samples, resampled independently (at ``level``: :data:`planner.decide.summaries.DEFAULT_LEVEL`, :data:`N_BOOTSTRAP` draws, an
explicit seeded generator). With fewer than :data:`MIN_TIMED` timed labels on
either side the report says there are too few to tell and quotes no ratio.

The same is measured per round, each round's picks against every test label
timed, so a premium that grows as the strategy digs into the hard cases shows;
beside it, the test labels that came in during that round: annotators who speed
up with practice make later rounds look cheaper, and the test labels timed
across the rounds show how much of a round's change is the people, not the
examples. Many rounds each read at ``level`` (80%) would show one in five differing from 1x
by chance alone, so the rounds' intervals are read together: each at
``1 - (1 - level) / k`` for the ``k`` rounds with enough timed labels
(Bonferroni), so that all ``k`` hold at once at ``level``. A round differs
from 1x only where its interval, as printed, leaves 1x out (:func:`differs`);
the text names at most :data:`ROUND_LINES` such rounds, the furthest first.

The initial set (round 0) is drawn at random before any strategy picks: its
labels are no strategy's picks and are left out of every premium (the text says
how many).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from planner.campaign.words import plural
from planner.decide.summaries import DEFAULT_LEVEL

__all__ = ["MIN_TIMED", "N_BOOTSTRAP", "ROUND_LINES", "TimeFigure", "Premium", "label_times", "time_premium",
           "campaign_premiums", "premium_text", "premium_sentence", "measured_premium", "premium_draws", "differs",
           "rounds_level"]

#: Timed labels needed on each side (picks, test labels) before a ratio is quoted: below 20 a few slow labels
#: swing a ratio of means of skewed times by a third or more, and the bootstrap's interval itself is unreliable.
MIN_TIMED = 20
#: Bootstrap draws of the interval.
N_BOOTSTRAP = 2000
#: The per-draw premiums a verdict prices with are kept within these bounds (the verdict's own bounds on a
#: premium: above 0, at most a thousand times random's).
DRAW_BOUNDS = (1e-3, 1000.0)
#: The rounds that differ from 1x named one per line, at most (the furthest from 1x first).
ROUND_LINES = 3
#: The role name of the random test ids in :func:`label_times`, and of the initial set's ids.
TEST = "test"
INITIAL = "initial"


@dataclass(frozen=True)
class TimeFigure:
    """Seconds per label of ``n`` timed labels: ``mean`` and ``median`` (NaN when ``n`` is 0)."""

    n: int
    mean: float
    median: float

    @classmethod
    def of(cls, seconds) -> "TimeFigure":
        x = np.asarray(seconds, dtype=float)
        x = x[np.isfinite(x)]
        if not len(x):
            return cls(0, math.nan, math.nan)
        return cls(int(len(x)), float(x.mean()), float(np.median(x)))


@dataclass(frozen=True)
class Premium:
    """One strategy's time premium over the random test labels.

    Parameters
    ----------
    strategy : str
        The strategy whose picks are timed.
    round : int or None
        The round of the picks (None: every round of the strategy).
    picks, control : TimeFigure
        The picks' seconds per label and the test labels'.
    ratio : float
        ``picks.mean / control.mean`` (NaN when too few).
    median_ratio : float
        ``picks.median / control.median`` (NaN when too few).
    low, high : float
        The bootstrap interval of ``ratio`` at ``level`` (NaN when too few).
    enough : bool
        Both sides hold at least ``min_timed`` timed labels.
    same_round : TimeFigure or None
        Per round: the test labels that came in during that round (the annotators' pace then).
    """

    strategy: str
    round: int | None
    picks: TimeFigure
    control: TimeFigure
    ratio: float
    median_ratio: float
    low: float
    high: float
    enough: bool
    level: float = DEFAULT_LEVEL
    min_timed: int = MIN_TIMED
    same_round: TimeFigure | None = None

    @property
    def labels(self) -> int:
        """Timed labels the ratio rests on (picks and test labels)."""
        return self.picks.n + self.control.n

    def to_dict(self) -> dict:
        out = asdict(self)
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in out.items()}


def time_premium(picks, control, *, rng: np.random.Generator, strategy: str = "", round_: int | None = None,
                 level: float = DEFAULT_LEVEL, n_bootstrap: int = N_BOOTSTRAP, min_timed: int = MIN_TIMED) -> Premium:
    """The time premium of ``picks`` (seconds per label, shape (n,)) over ``control`` (shape (m,)).

    NaN entries are labels without a time and are left out. The interval resamples both samples independently
    ``n_bootstrap`` times with ``rng`` and takes the ratio of means' central ``level`` share.
    """
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level!r}")
    p, c = TimeFigure.of(picks), TimeFigure.of(control)
    enough = p.n >= min_timed and c.n >= min_timed and c.mean > 0 and c.median > 0
    ratio = median_ratio = low = high = math.nan
    if enough:
        x = np.asarray(picks, dtype=float)
        y = np.asarray(control, dtype=float)
        x, y = x[np.isfinite(x)], y[np.isfinite(y)]
        ratio, median_ratio = p.mean / c.mean, p.median / c.median
        bx = x[rng.integers(0, len(x), size=(n_bootstrap, len(x)))].mean(axis=1)
        by = y[rng.integers(0, len(y), size=(n_bootstrap, len(y)))].mean(axis=1)
        draws = bx / np.where(by > 0, by, np.nan)
        draws = draws[np.isfinite(draws)]
        tail = (1.0 - level) / 2.0
        low, high = (float(v) for v in np.quantile(draws, [tail, 1.0 - tail]))
    return Premium(strategy, round_, p, c, ratio, median_ratio, low, high, enough, level, min_timed)


def label_times(asked: pd.DataFrame, labels: pd.DataFrame, strategy_of) -> pd.DataFrame:
    """Every timed label with who picked it: ``id, role, round, strategy, seconds, round_added``.

    ``strategy`` is ``"test"`` for the random test ids, ``"initial"`` for the initial set (round 0) and the
    strategy that picked the round (``strategy_of(round)``) for the rest.
    """
    if "seconds" not in labels.columns:
        return pd.DataFrame(columns=["id", "role", "round", "strategy", "seconds", "round_added"])
    timed = labels.loc[labels["seconds"].notna(), ["id", "seconds", "round_added"]]
    out = asked[["id", "role", "round"]].drop_duplicates("id").merge(timed, on="id")
    out["strategy"] = [TEST if role == TEST else INITIAL if int(r) == 0 else strategy_of(int(r))
                       for role, r in zip(out["role"], out["round"])]
    return out[["id", "role", "round", "strategy", "seconds", "round_added"]].reset_index(drop=True)


def rounds_level(level: float, k: int) -> float:
    """The level of each of ``k`` intervals read together so that all ``k`` hold at once at ``level``
    (Bonferroni: ``1 - (1 - level) / k``; ``level`` itself for one or none)."""
    return 1.0 - (1.0 - level) / max(int(k), 1)


def differs(p: Premium) -> bool:
    """Whether ``p``'s interval, as the text prints it (two decimals), leaves 1x out: the only premium called
    different from 1x."""
    return p.enough and (round(p.low, 2) > 1.0 or round(p.high, 2) < 1.0)


def campaign_premiums(times: pd.DataFrame, *, seed: int = 0, level: float = DEFAULT_LEVEL,
                      min_timed: int = MIN_TIMED) -> tuple[list[Premium], list[Premium]]:
    """(each strategy's premium over all its rounds, the same per round), from :func:`label_times`' table.

    One seeded generator (``seed``) draws every interval, strategies in order of their first round, then rounds.
    The rounds' intervals are at :func:`rounds_level` over the rounds with enough timed labels, so that they hold
    together at ``level``.
    """
    rng = np.random.default_rng(seed)
    control = times.loc[times["strategy"] == TEST, "seconds"].to_numpy(dtype=float)
    picked = times[~times["strategy"].isin([TEST, INITIAL])].sort_values("round", kind="stable")
    overall = [time_premium(g["seconds"].to_numpy(dtype=float), control, rng=rng, strategy=str(s), level=level,
                            min_timed=min_timed)
               for s, g in picked.groupby("strategy", sort=False)]
    tests = times[times["strategy"] == TEST]
    n_control = int(np.isfinite(control).sum())
    told = sum(1 for _, g in picked.groupby("round") if int(np.isfinite(g["seconds"].to_numpy(dtype=float)).sum())
               >= min_timed) if n_control >= min_timed else 0
    each = rounds_level(level, told)
    rounds = []
    for r, g in picked.groupby("round", sort=True):
        same = tests.loc[tests["round_added"] == r, "seconds"] if "round_added" in tests else []
        p = time_premium(g["seconds"].to_numpy(dtype=float), control, rng=rng, strategy=str(g["strategy"].iloc[0]),
                         round_=int(r), level=each, min_timed=min_timed)
        rounds.append(Premium(**{**p.__dict__, "same_round": TimeFigure.of(same)}))
    return overall, rounds


def _s(x: float) -> str:
    return f"{x:,.1f} s"


def _x(x: float) -> str:
    return f"{x:.2f}x"


def _level(level: float) -> str:
    """``80%``, ``98.9%``."""
    return f"{100 * level:.1f}".rstrip("0").rstrip(".") + "%"


def premium_text(overall: list[Premium], rounds: list[Premium], control: TimeFigure,
                 initial: TimeFigure | None = None) -> list[str]:
    """The lines `campaign status` and `campaign measure` print: the test labels' time, the initial set's (left
    out of the picks), each strategy's premium, then the rounds: how many differ from 1x (:func:`differs`), read
    together, and at most :data:`ROUND_LINES` of those one per line, the furthest from 1x first."""
    if control.n == 0 and not overall:
        return []
    lines = [f"annotation time of the random test labels: {control.n:,} timed, median {_s(control.median)}, mean "
             f"{_s(control.mean)}" if control.n else "annotation time: no test label is timed yet (the random test "
             "ids are the control AL's picks are timed against)"]
    if initial is not None and initial.n:
        lines.append(f"the initial set: {initial.n:,} timed, left out of the picks below (drawn at random before any "
                     "strategy picked)")
    for p in overall:
        lines.append(f"{p.strategy}'s picks: " + _figure(p))
    told = [p for p in rounds if p.enough]
    if not told:
        return lines
    apart = sorted((p for p in told if differs(p)), key=lambda p: -max(p.low, 1.0 / max(p.high, 1e-9)))
    few = len(rounds) - len(told)
    joint = 1.0 - (1.0 - told[0].level) * len(told)   # the level they hold at together (rounds_level's inverse)
    together = (f"each round's range at {_level(told[0].level)}, so that the {len(told):,} hold together at "
                f"{_level(joint)}" if len(told) > 1 else f"its range at {_level(told[0].level)}")
    more = apart[ROUND_LINES:]
    lines.append(f"per round: {plural(len(told), 'round')} timed enough to tell"
                 + (f" ({plural(few, 'round')} too few)" if few else "") + ": "
                 + (f"{plural(len(apart), 'differs', 'differ')} from 1x" if apart else "none differs from 1x")
                 + f" ({together})"
                 + (f"; also round {', '.join(str(p.round) for p in more)}" if more else ""))
    for p in apart[:ROUND_LINES]:
        same = (f"; test labels timed in this round: {p.same_round.n:,}, mean {_s(p.same_round.mean)}"
                if p.same_round is not None and p.same_round.n else "")
        lines.append(f"  round {p.round} ({p.strategy}): " + _figure(p) + same)
    return lines


def _figure(p: Premium) -> str:
    if p.picks.n == 0:
        return "no label timed"
    head = f"{p.picks.n:,} timed, median {_s(p.picks.median)}, mean {_s(p.picks.mean)}"
    if not p.enough:
        if p.picks.n >= p.min_timed and p.control.n >= p.min_timed:   # enough labels: the test side's time is 0
            which = "mean" if not p.control.mean > 0 else "median"
            return head + (f": no premium over the random test labels' time, whose {which} is 0 s ({p.control.n:,} "
                           "timed): a premium is a multiple of it; check how the test labels' times were recorded "
                           "(Label Studio's lead_time, or the seconds column)")
        return head + (f": too few timed labels to tell (a premium needs {p.min_timed} on each side, picks and test "
                       "labels)")
    odds = "" if differs(p) else ", not told apart from 1x"
    return (f"{head}: {_x(p.ratio)} the test labels' time per label ({_level(p.level)} range {_x(p.low)}-"
            f"{_x(p.high)}, {p.labels:,} labels; medians {_x(p.median_ratio)}){odds}")


def measured_premium(overall: list[Premium], strategy: str | None = None) -> Premium | None:
    """The premium a verdict on the campaign prices with: ``strategy``'s (default: the AL strategy with the most
    timed picks), None where none has enough timed labels on both sides."""
    told = [p for p in overall if p.enough and p.strategy != "random" and (strategy is None or p.strategy == strategy)]
    return max(told, key=lambda p: p.picks.n) if told else None


def premium_sentence(p: Premium) -> str:
    """"AL's labels took 1.3x as long as the random test ids (80% range 1.1-1.6x, 240 labels)": the line a verdict
    priced with a measured premium says it rests on."""
    return (f"AL's labels ({p.strategy}) took {p.ratio:.1f}x as long as the random test ids ({p.level:.0%} range "
            f"{p.low:.1f}-{p.high:.1f}x, {p.labels:,} labels)")


def premium_draws(times: pd.DataFrame, strategy: str, *, n_draws: int, seed: int) -> np.ndarray:
    """``n_draws`` bootstrap replicates of ``strategy``'s time premium (shape (n_draws,)), from
    :func:`label_times`' table: the verdict prices forecast draw ``i``'s AL labels at replicate ``i``.

    Each replicate resamples the strategy's timed picks and the timed test labels independently, as
    :func:`time_premium`'s interval does, with a generator of its own spawned from ``seed``
    (``np.random.SeedSequence(seed).spawn``): the replicates are independent of the forecast draws they are
    paired with one-to-one, and the same seed gives the same pairing. A replicate is kept within
    :data:`DRAW_BOUNDS` (a resample of the test labels whose times are all 0 has no ratio).
    """
    if isinstance(n_draws, bool) or int(n_draws) < 1:
        raise ValueError(f"n_draws must be a whole number >= 1, got {n_draws!r}")
    x = times.loc[times["strategy"] == strategy, "seconds"].to_numpy(dtype=float)
    y = times.loc[times["strategy"] == TEST, "seconds"].to_numpy(dtype=float)
    x, y = x[np.isfinite(x)], y[np.isfinite(y)]
    if not len(x) or not len(y):
        raise ValueError(f"no timed labels of {strategy!r} or of the random test ids to draw a premium from")
    rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])
    bx = x[rng.integers(0, len(x), size=(int(n_draws), len(x)))].mean(axis=1)
    by = y[rng.integers(0, len(y), size=(int(n_draws), len(y)))].mean(axis=1)
    low, high = DRAW_BOUNDS
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(by > 0, bx / np.where(by > 0, by, 1.0), high)
    return np.clip(ratio, low, high)
