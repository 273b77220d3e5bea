"""Joint draws: a curves table becomes plausible *campaign* curves, one set for every strategy.

Every number of a verdict (labels, costs, savings, P(AL cheaper), break-even
values, budgets) is computed per draw from the objects built here, so the
numbers agree with each other by construction.

A draw of a strategy's curve is its bootstrapped, fitted measurements
(:mod:`planner.forecast.bootstrap`) continued beyond the largest measured
count by a calibrated tail (:mod:`planner.forecast.extrapolation`: a power law
with a perturbed plateau and rate, or an analog's tail), then spread about the
draws' median as the curve's regime needs (:mod:`planner.forecast.spread`).
The strategies of one table share their run weights, their campaign
multipliers and their plateau error ``z1`` (they train the same model on the
same pool, so their plateaus are one unknown; the analog draws pick their
neighbour by the same ``z1``); the rate error ``z2`` is each strategy's own.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.special import stdtrit

from planner.forecast.analogs import AnalogConfig
from planner.forecast.bootstrap import _TINY, DEFAULT_DRAWS, RawTails, raw_tails, share_plateau
from planner.forecast.extrapolation import (
    Extrapolation,
    calibration_for,
    draw_tails,
    end_se_logit,
    load_calibration,
    tail_accuracy,
)
from planner.forecast.families import MAX_LABELS, expit, logit, run_matrix
from planner.forecast.learners import neural_models
from planner.forecast.spread import Spread, spread_about_median, spread_for

__all__ = ["DEFAULT_DRAWS", "RANDOM", "Draws", "StrategyDraws", "TransferredDraws", "draw_table", "median_plateau"]

RANDOM = "random"


def median_plateau(plateau: np.ndarray) -> float:
    """The median plateau, as the labels' median reads it: a target below it is reached in most draws.

    The upper median (``method="higher"``), so that "the median draw reaches
    the target" and "the target is below the median plateau" agree for an
    even number of draws too.
    """
    return float(np.quantile(np.asarray(plateau, dtype=float), 0.5, method="higher"))


def _shift(p: np.ndarray, delta: np.ndarray) -> np.ndarray:
    """``p`` (B, ...) moved by ``delta`` (B,) in logits."""
    if not np.any(delta):
        return p
    d = delta.reshape((-1,) + (1,) * (np.ndim(p) - 1))
    return expit(logit(p) + d)


def _interp_columns(log_grid: np.ndarray, values: np.ndarray, x: float) -> np.ndarray:
    """Every row of ``values`` (B, T), given on the ascending ``log_grid`` (T,), read at ``x`` (linear in log)."""
    k = int(np.clip(np.searchsorted(log_grid, x), 1, log_grid.size - 1))
    f = (x - log_grid[k - 1]) / (log_grid[k] - log_grid[k - 1])
    return values[:, k - 1] + f * (values[:, k] - values[:, k - 1])


def _first_crossing(grid: np.ndarray, curves: np.ndarray, target) -> np.ndarray:
    """First n on ``grid`` where each non-decreasing row reaches ``target`` (one number, or one per row;
    log-linear); inf if never."""
    target = np.broadcast_to(np.asarray(target, dtype=float), (curves.shape[0],))
    reached = curves >= target[:, None]
    any_hit = reached.any(axis=1)
    j = np.argmax(reached, axis=1)
    out = np.full(curves.shape[0], np.inf)
    rows = np.nonzero(any_hit)[0]
    if rows.size:
        jj = j[rows]
        res = np.full(rows.size, grid[0])
        later = jj > 0
        r2, j2 = rows[later], jj[later]
        if r2.size:
            y0, y1 = curves[r2, j2 - 1], curves[r2, j2]
            frac = np.where(y1 > y0, (target[r2] - y0) / np.where(y1 > y0, y1 - y0, 1.0), 1.0)
            lg = np.log(grid[j2 - 1]) + np.clip(frac, 0, 1) * (np.log(grid[j2]) - np.log(grid[j2 - 1]))
            res[later] = np.exp(lg)
        out[rows] = res
    return out


class StrategyDraws:
    """The draws of one strategy's campaign curve (measured, then extrapolated).

    Attributes
    ----------
    strategy : str
    noise : float
        Label-noise level the curves were measured at.
    kind : str
        ``"measured"``.
    anchors, mean : ndarray of shape (m,)
        Measured label counts and the mean accuracy there.
    n_min, n_max : float
    runs : int
    families : dict
    plateau, rate, y_end : ndarray of shape (B,)
        Calibrated tail of every draw (the plateau after the spread, when there is one).
    flatness : Flatness or None
        Whether the measured curve is flat at its end, since when, and where it dips
        (:mod:`planner.forecast.flatness`).
    spread : Spread or None
        The regime's spread factors; with them the tail is read from a grid of the moved draws.
    measured : ndarray of shape (B, m) or None
        Each draw's measured accuracy at ``anchors`` where it carries the test split's noise (one run on a test
        split of known size, :func:`planner.forecast.bootstrap.raw_tails`); None: ``mean`` for every draw.
    """

    kind = "measured"

    def __init__(self, strategy: str, raw: RawTails, cal: Extrapolation, *, noise: float = 0.0,
                 kind: str = "random", analog: AnalogConfig | None = None, spread: Spread | None = None,
                 library=None):
        self.strategy = strategy
        self.noise = float(noise)
        self.raw = raw
        self.calibration = cal
        self.anchors = raw.n
        self.measured = raw.measured
        self.n_min, self.n_max = float(raw.n[0]), float(raw.n[-1])
        self.runs = raw.runs
        self.families = dict(raw.families)
        se = end_se_logit(raw.regime.point_se, raw.mean[-1]) if raw.regime is not None else 0.0
        self.y_end, self.plateau, self.rate, shift = draw_tails(
            raw.y_end, raw.plateau, raw.rate, raw.z, se, cal, slope=raw.slope, regime=raw.regime, kind=kind,
            analog=analog, library=library)
        self.flatness = raw.flatness
        self.inside = np.maximum.accumulate(_shift(raw.inside, shift), axis=1)
        self.grid = raw.grid
        self.n_draws = raw.y_end.size
        self._labels: dict[float, np.ndarray] = {}
        self.spread = spread
        self._tail = None
        if self.spread is not None:
            self._tail_ratio, self._tail = self._spread_tail()
            self._tail_log = np.log(self._tail_ratio)
            lo, hi, sh = self.spread.at(self._tail_ratio[-1])
            moved = spread_about_median(logit(np.clip(self.plateau, 1e-9, 1 - 1e-9)), lo, hi, sh)
            self.plateau = np.maximum(moved, self._tail[:, -1])

    #: Tail grid of a spread draw: dense up to 10^4 x n_max, then coarse to MAX_LABELS.
    _TAIL_DENSE, _TAIL_COARSE = 320, 48

    def _spread_tail(self) -> tuple[np.ndarray, np.ndarray]:
        """The tail grid's ratios to ``n_max`` (T,) and every draw's tail on it, moved by the regime's spread
        factors (B, T); non-decreasing."""
        top = max(math.log(MAX_LABELS / self.n_max), 1e-6)
        dense = np.linspace(0.0, min(math.log(1e4), top), self._TAIL_DENSE)
        coarse = np.linspace(dense[-1], top, self._TAIL_COARSE + 1)[1:] if top > dense[-1] else np.zeros(0)
        r = np.exp(np.concatenate([dense, coarse]))
        acc = tail_accuracy(self.y_end, self.plateau, self.rate, r)
        lo, hi, sh = self.spread.at(r)
        out = spread_about_median(logit(np.clip(acc, 1e-9, 1 - 1e-9)), lo, hi, sh)
        out[:, 0] = self.y_end
        return r, np.maximum.accumulate(out, axis=1)

    @property
    def mean(self) -> np.ndarray:
        return self.raw.mean

    def below(self, target: float) -> np.ndarray:
        """Where each draw's measurement is below ``target``: shape (B, m) over ``anchors`` (the measured mean's
        in every draw, or each draw's own measured points where they carry the test split's noise)."""
        values = self.mean[None, :] if self.measured is None else self.measured
        return np.broadcast_to(values < float(target), (self.n_draws, self.anchors.size))

    def labels(self, target) -> np.ndarray:
        """Labels each draw needs to reach ``target`` (one number, or one per draw): shape (B,), ``inf`` where its
        plateau is below.

        Never below the smallest measured count (nothing is known below it).
        """
        per_draw = np.ndim(target) > 0
        key = None if per_draw else round(float(target), 12)
        out = None if per_draw else self._labels.get(key)
        if out is None:
            t = np.broadcast_to(np.asarray(target, dtype=float), (self.n_draws,))
            out = _first_crossing(self.grid, self.inside, t)
            beyond = ~np.isfinite(out)
            if beyond.any() and self._tail is not None:
                n = _first_crossing(self.n_max * self._tail_ratio, self._tail[beyond], t[beyond])
                out[beyond] = np.where(n > MAX_LABELS, np.inf, n)
            elif beyond.any():
                ye, pl, rt, t = self.y_end[beyond], self.plateau[beyond], self.rate[beyond], t[beyond]
                ok = pl > t
                n = np.full(ye.size, np.inf)
                logr = np.log(np.maximum(pl[ok] - ye[ok], _TINY) / np.maximum(pl[ok] - t[ok], _TINY)) / rt[ok]
                top = math.log(MAX_LABELS / self.n_max)
                far = logr > top   # beyond any label count: not reached
                n[ok] = np.where(far, np.inf, self.n_max * np.exp(np.clip(logr, 0.0, top)))
                out[beyond] = n
            out = np.maximum(out, self.n_min)
            if not per_draw:
                self._labels[key] = out
        return out

    def past_end(self, target: float, level) -> np.ndarray:
        """Labels each draw needs to reach ``target`` from ``level`` (B,) measured at ``n_max``: its tail's approach
        to its plateau at its rate, started from that level; ``n_max`` where the level is at or above the target,
        ``inf`` where the plateau is not above it or the count lies beyond any label count."""
        t = float(target)
        level = np.broadcast_to(np.asarray(level, dtype=float), (self.n_draws,))
        pl, rt = self.plateau, self.rate
        ok = pl > t
        out = np.full(self.n_draws, np.inf)
        logr = np.log(np.maximum(pl[ok] - level[ok], _TINY) / np.maximum(pl[ok] - t, _TINY)) / rt[ok]
        top = math.log(MAX_LABELS / self.n_max)
        out[ok] = np.where(logr > top, np.inf, self.n_max * np.exp(np.clip(logr, 0.0, top)))
        return np.where(level >= t, self.n_max, out)

    def accuracy(self, n) -> np.ndarray:
        """Accuracy of every draw at label counts ``n``: shape (B, len(n))."""
        n = np.atleast_1d(np.asarray(n, dtype=float))
        out = np.empty((self.n_draws, n.size))
        lg = np.log(self.grid)
        for j, v in enumerate(n):
            if v <= self.n_max:
                out[:, j] = _interp_columns(lg, self.inside, math.log(max(v, self.n_min)))
            elif self._tail is not None:
                x = math.log(min(v / self.n_max, self._tail_ratio[-1]))
                out[:, j] = _interp_columns(self._tail_log, self._tail, x)
            else:
                out[:, j] = tail_accuracy(self.y_end, self.plateau, self.rate, [v / self.n_max])[:, 0]
        return np.clip(out, 0.0, 1.0)


class TransferredDraws:
    """An AL strategy forecast from random sampling's draws and the proxies' label-efficiency ratios.

    In draw ``b``: ``labels_b(t) = random.labels_b(t) * ratio_b(t / A)``, with
    ``A`` random's median plateau and ``log ratio_b(f) = m(f) + s(f) * t_b *
    sqrt(1 + 1/P)``: ``m, s`` the mean and spread of the ``P`` proxies' log
    ratios at that fraction of the plateau, the spread shrunk towards a prior
    (:data:`PRIOR_LOG_RATIO_SD`, one proxy means wide) and ``t_b`` a Student
    t draw.

    ``inverse``: the reverse transfer, random sampling forecast from one AL strategy's draws (``base``) and that
    strategy's ratios: ``labels_b(t) = base.labels_b(t) / ratio_b(t / A)``, ``A`` the AL strategy's median plateau.
    """

    kind = "transferred"
    #: Prior spread of a log label-efficiency ratio between tasks (weight of one proxy).
    PRIOR_LOG_RATIO_SD = 0.35

    def __init__(self, strategy: str, base: StrategyDraws, ratios: pd.DataFrame, *, t_quantile: np.ndarray,
                 inverse: bool = False):
        self.strategy = strategy
        self.base = base
        self.inverse = bool(inverse)
        self.noise = base.noise
        self.n_min, self.n_max = base.n_min, base.n_max
        self.anchors = base.anchors
        self.runs = base.runs
        self.families = base.families
        self.n_draws = base.n_draws
        per = ratios.groupby(["proxy", "fraction"], sort=True)["ratio"].median().reset_index()
        self.proxies = sorted(per["proxy"].unique())
        P = len(self.proxies)
        fr = np.linspace(per["fraction"].min(), per["fraction"].max(), 40) if len(per) else np.array([1.0])
        logs = []
        for p in self.proxies:
            g = per[per["proxy"] == p].sort_values("fraction")
            logs.append(np.interp(fr, g["fraction"].to_numpy(), np.log(g["ratio"].to_numpy())))
        L = np.array(logs)
        self._fractions = fr
        self._mean = L.mean(axis=0)
        emp = L.var(axis=0, ddof=1) if P >= 2 else np.zeros(fr.size)
        nu0 = 1.0
        self._sd = np.sqrt(((P - 1) * emp + nu0 * self.PRIOR_LOG_RATIO_SD**2) / (P - 1 + nu0))
        dof = P - 1 + nu0
        self._t = stdtrit(dof, np.clip(t_quantile, 1e-6, 1 - 1e-6)) * math.sqrt(1 + 1 / P)  # Student t quantile
        self._reach = median_plateau(base.plateau)
        self.plateau = base.plateau
        self.ratio_median = float(np.exp(np.median(self._mean)))
        self.ratio_low = float(np.exp(np.min(L))) if L.size else math.nan
        self.ratio_high = float(np.exp(np.max(L))) if L.size else math.nan
        self._labels: dict[float, np.ndarray] = {}

    def log_ratio(self, target) -> np.ndarray:
        f = np.asarray(target, dtype=float) / max(self._reach, _TINY)
        m = np.interp(f, self._fractions, self._mean)
        s = np.interp(f, self._fractions, self._sd)
        return m + s * self._t

    def labels(self, target) -> np.ndarray:
        """Labels each draw needs to reach ``target`` (one number, or one per draw): shape (B,)."""
        per_draw = np.ndim(target) > 0
        key = None if per_draw else round(float(target), 12)
        out = None if per_draw else self._labels.get(key)
        if out is None:
            base = self.base.labels(target)
            log_ratio = -self.log_ratio(target) if self.inverse else self.log_ratio(target)
            out = np.maximum(base * np.exp(np.minimum(log_ratio, 50.0)), self.n_min)
            out[out > MAX_LABELS] = np.inf
            if not per_draw:
                self._labels[key] = out
        return out

    def accuracy(self, n) -> np.ndarray:
        """Accuracy of every draw at ``n``, by inverting the labels on an accuracy grid."""
        n = np.atleast_1d(np.asarray(n, dtype=float))
        lo = float(np.min(self.base.inside[:, 0]))
        hi = float(np.max(self.plateau))
        levels = np.linspace(lo, max(hi - 1e-4, lo + 1e-3), 80)
        L = np.stack([self.labels(t) for t in levels], axis=1)            # (B, K)
        L = np.maximum.accumulate(L, axis=1)
        out = np.empty((self.n_draws, n.size))
        for j, v in enumerate(n):
            k = np.sum(L <= v, axis=1)                                     # levels reached
            out[:, j] = np.where(k > 0, levels[np.maximum(k - 1, 0)], lo)
        return out


# ------------------------------------------------------------ the table


@dataclass
class Draws:
    """The joint draws of one curves table: every strategy, every label-noise level.

    Attributes
    ----------
    strategies : tuple of str
        Random first.
    n_draws : int
    seed : int
    single_run : list of str
        The strategies measured on one run: their run-to-run spread is unknown.
    neural_models : tuple of str
        The table's ``model`` names that are neural networks (:func:`planner.forecast.learners.neural_models`):
        their spread strata, and the verdict's track record, read neural learners' rows.
    """

    strategies: tuple[str, ...]
    n_draws: int
    seed: int
    by_key: dict = field(default_factory=dict)        # (strategy, noise) -> StrategyDraws
    initial: dict = field(default_factory=dict)       # strategy -> smallest measured count
    single_run: list = field(default_factory=list)
    neural_models: tuple[str, ...] = ()

    @property
    def neural(self) -> bool:
        """The table's learner is a neural network."""
        return bool(self.neural_models)

    def noise_levels(self, strategy: str) -> np.ndarray:
        return np.array(sorted(n for s, n in self.by_key if s == strategy))

    def get(self, strategy: str, noise: float | None = None):
        if noise is None:
            noise = float(self.noise_levels(strategy)[0])
        return self.by_key[(strategy, round(float(noise), 9))]


def draw_table(curves: pd.DataFrame, *, n_draws: int = DEFAULT_DRAWS, seed: int = 0,
               ratios: pd.DataFrame | None = None, calibration: dict | None = None,
               analog: AnalogConfig | None = None, spread: dict | None = None,
               transfer_from: str = RANDOM) -> Draws:
    """Joint draws of every strategy (and label-noise level) of a selected curves table.

    Parameters
    ----------
    curves : DataFrame
        A validated, selected curves table (``planner.forecast.selection.select_curves``):
        ``strategy, n_labels, accuracy`` and optional ``seed``, ``label_noise``.
    n_draws : int
        Joint draws.
    seed : int
        Seed of every draw: the same table and seed give the same draws.
    ratios : DataFrame, optional
        Label-efficiency ratios of AL strategies on proxies
        (:func:`planner.forecast.transfer.efficiency_ratios`): each becomes a
        :class:`TransferredDraws` built on random's draws.
    transfer_from : str
        The pilot's strategy the ratios transfer from: ``random`` (each AL strategy of ``ratios`` forecast from
        random's draws), or the one AL strategy of a table without random sampling (random forecast from its draws
        and its ratios: the reverse transfer).
    calibration : dict, optional
        ``{"random": Extrapolation, "al": Extrapolation}``; default the shipped one.
    analog : AnalogConfig, optional
        Share of draws with an analog tail and neighbours (:mod:`planner.forecast.analogs`); default the shipped one.
    spread : dict, optional
        ``{stratum: Spread}`` (:func:`spread_for` reads it); default the shipped one, ``{}`` for none.

    Returns
    -------
    Draws
    """
    if isinstance(n_draws, bool) or not isinstance(n_draws, (int, np.integer)) or n_draws < 2:
        raise ValueError(f"n_draws must be a whole number >= 2, got {n_draws!r}")
    cal = calibration or load_calibration()
    B = int(n_draws)
    strategies = list(dict.fromkeys(curves["strategy"].astype(str)))
    if RANDOM in strategies:
        strategies.remove(RANDOM)
        strategies.insert(0, RANDOM)
    if "seed" in curves.columns:
        seeds = list(dict.fromkeys(curves["seed"].astype(str)))
    else:
        seeds = [str(k) for k in range(int(curves.groupby(["strategy", "n_labels"]).size().max()))]
    out = Draws(strategies=tuple(strategies), n_draws=B, seed=int(seed))
    levels = _raw_tails_by_level(curves, strategies, seeds, B, int(seed), out)
    out.neural_models = tuple(neural_models(curves))   # the model column read once: the spread lookup, the record
    for level, items in levels.items():
        shared = share_plateau([raw for _, raw in items])
        for (s, _), raw in zip(items, shared):
            kind = "random" if s == RANDOM else "al"
            spr = spread_for(spread, kind, raw.regime, neural=out.neural, metric=curves.attrs.get("metric"))
            out.by_key[(s, level)] = StrategyDraws(s, raw, calibration_for(cal, kind, raw.regime), noise=level,
                                                   kind=kind, analog=analog, spread=spr)
    if ratios is not None and len(ratios):
        _transfer(out, strategies, ratios, transfer_from, int(seed), B)
    return out


def _raw_tails_by_level(curves: pd.DataFrame, strategies: list[str], seeds: list[str], B: int, seed: int,
                        out: Draws) -> dict[float, list]:
    """Every measured strategy's :func:`raw_tails` per label-noise level, ``{level: [(strategy, RawTails)]}``,
    drawn with the table's shared randomness (run weights, campaign multipliers, t scale, plateau error) and each
    strategy's own; records each strategy's initial labels and the single-run ones on ``out``."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, B]))
    shared_w = rng.exponential(size=(B, len(seeds)))   # normalised per strategy: Dirichlet on any subset
    shared_g = rng.standard_normal((B, len(seeds)))
    shared_u = rng.uniform(size=B)
    shared_z1 = rng.standard_normal(B)
    noise = (pd.to_numeric(curves["label_noise"], errors="coerce").to_numpy(dtype=float)
             if "label_noise" in curves.columns else np.zeros(len(curves)))
    levels: dict[float, list] = {}
    for s in strategies:
        mask = (curves["strategy"].astype(str) == s).to_numpy()
        out.initial[s] = int(round(float(curves.loc[mask, "n_labels"].min())))
        for level in np.unique(np.round(noise[mask], 9)):
            rows = curves[mask & (np.abs(noise - level) < 1e-6)]
            try:
                n, Y, runs = run_matrix(rows["n_labels"], rows["accuracy"],
                                         rows["seed"].astype(str) if "seed" in rows.columns else None)
            except ValueError as exc:
                raise ValueError(f"strategy {s!r}: {exc}") from None
            cols = [seeds.index(str(x)) for x in runs]
            tested = None
            if "test_size" in rows.columns:   # the test split behind each count (one run: its noise, per draw)
                tested = (pd.to_numeric(rows["test_size"], errors="coerce").groupby(rows["n_labels"].to_numpy(
                    dtype=float)).min().reindex(n).to_numpy(dtype=float))
            w = shared_w[:, cols]
            w = w / w.sum(axis=1, keepdims=True)
            own = np.random.default_rng(np.random.SeedSequence([seed, B, zlib.crc32(s.encode()),
                                                                int(round(level * 1e6))]))
            z = np.column_stack([shared_z1, own.standard_normal((B, 2))])
            raw = raw_tails(n, Y, n_draws=B, rng=own, run_weights=w, multipliers=shared_g[:, cols],
                            t_quantile=shared_u, z=z, test_size=tested)
            levels.setdefault(round(float(level), 9), []).append((s, raw))
        if raw.runs == 1:
            out.single_run.append(s)
    return levels


def _transfer(out: Draws, strategies: list[str], ratios: pd.DataFrame, transfer_from: str, seed: int,
              B: int) -> None:
    """Add the transferred strategies to ``out``: every AL strategy of ``ratios`` from random's draws, or (the
    reverse transfer, ``transfer_from`` the table's one AL strategy) random from that strategy's draws."""
    u = np.random.default_rng(np.random.SeedSequence([seed, B, 7])).uniform(size=B)   # one error per draw, shared
    if transfer_from != RANDOM:
        if RANDOM in strategies or transfer_from not in strategies:
            raise ValueError(f"the reverse transfer needs the pilot's {transfer_from} curve and no random-sampling "
                             "curve")
        base = out.get(transfer_from)
        g = ratios[ratios["strategy"].astype(str) == transfer_from]
        out.by_key[(RANDOM, base.noise)] = TransferredDraws(RANDOM, base, g, t_quantile=u, inverse=True)
        out.initial[RANDOM] = out.initial[transfer_from]
        out.strategies = (RANDOM, *strategies)
        return
    if RANDOM not in strategies:
        raise ValueError("transfer needs the pilot's random-sampling curve")
    base = out.get(RANDOM)
    for s, g in ratios.groupby("strategy", sort=True):
        s = str(s)
        if s in strategies:
            continue
        out.by_key[(s, base.noise)] = TransferredDraws(s, base, g, t_quantile=u)
        out.initial[s] = out.initial[RANDOM]
        strategies.append(s)
    out.strategies = tuple(strategies)
