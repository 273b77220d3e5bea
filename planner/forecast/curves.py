"""Learning-curve forecasts: fit accuracy-vs-labels, extrapolate with intervals.

A curve is fitted with every parametric family of :data:`FAMILIES` (the
learning-curve literature: Domhan et al. 2015; Viering & Loog 2022; LCDB,
Mohr et al. 2022) plus the last-value baseline. Each family is fitted on
``x = n / n_max`` (label counts scaled by the largest anchor) by bounded
multi-start least squares: all starts are screened at once by a batched
Levenberg-Marquardt, the best is polished by scipy's trust-region
``least_squares(method="trf")`` within bounds. Residuals are weighted by the
spread across seeds. Families whose extrapolation is non-finite or
decreasing are rejected.

The families are combined by their *out-of-sample* skill: each is refitted on
a prefix of the anchors and scored on the held-out tail (backtest). Weights
are a family prior (:data:`PRIOR`: power laws first) times
``exp(-T * excess tail error)``, so a family that merely bends through the
training points gets little weight.

The families and their fits live in :mod:`planner.forecast.families`;
:mod:`planner.forecast.draws` turns fits into draws (the run-level
Bayesian bootstrap, the campaign deviation, and the calibrated extrapolation
of the plateau and rate beyond the data). :func:`fit_curve` is the one-curve
view of those draws: the same model the verdict uses.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DEFAULT_LEVEL", "FAMILIES", "Family", "FittedCurve", "fit_curve", "MAX_LABELS"]

#: The central share of every range the planner quotes (a forecast's interval, a verdict's ranges, a measured
#: score's, a source's accuracy, a time premium): the default of each ``level`` parameter, which callers may set
#: (as statsmodels' ``conf_int(alpha)``).
DEFAULT_LEVEL = 0.8

from planner.forecast.families import (  # noqa: F401  (FAMILIES and MAX_LABELS are part of this module's surface)
    FAMILIES,
    MAX_LABELS,
    Family,
    prepare,
)


# ------------------------------------------------------------ fitted curve


class FittedCurve:
    """One learning curve's forecast: a view of its draws (:class:`planner.forecast.draws.StrategyDraws`).

    Built by :func:`fit_curve`; the same model the verdict uses (run-level
    Bayesian bootstrap, campaign deviation, calibrated extrapolation of the
    plateau and rate), so ``alplan fit`` and ``alplan plan`` agree.

    Attributes
    ----------
    families : dict[str, float]
        Family name -> ensemble weight.
    n_max, n_min : float
        Largest and smallest measured label counts.
    asymptote : float
        Median plateau of the draws.
    n_bootstrap : int
        Number of draws.
    draws : planner.forecast.draws.StrategyDraws
    """

    def __init__(self, draws):
        self.draws = draws
        self.families: dict[str, float] = dict(draws.families)
        self.n_max = float(draws.n_max)
        self.n_min = float(draws.n_min)
        self.anchors = np.asarray(draws.anchors, dtype=float)
        self.mean_accuracy = np.asarray(draws.mean, dtype=float)
        self.n_bootstrap = int(draws.n_draws)
        from planner.forecast.draws import median_plateau  # lazy: start-up time

        self.asymptote = median_plateau(draws.plateau)

    def predict(self, n) -> np.ndarray:
        """Median forecast of accuracy at label counts ``n`` (array-like), in [0, 1]."""
        return np.median(self.sample_predictions(n), axis=0)

    def sample_predictions(self, n) -> np.ndarray:
        """Draws of the accuracy curve at ``n``: shape (n_bootstrap, len(n)), in [0, 1]."""
        return self.draws.accuracy(self._as_n(n))

    def interval(self, n, level: float = DEFAULT_LEVEL) -> tuple[np.ndarray, np.ndarray]:
        """Central predictive interval of one campaign's accuracy at ``n``: ``(low, high)``."""
        level = _check_level(level)
        s = self.sample_predictions(n)
        lo, hi = np.quantile(s, [(1 - level) / 2, (1 + level) / 2], axis=0)
        return np.clip(lo, 0.0, 1.0), np.clip(hi, 0.0, 1.0)

    def labels_samples(self, target: float) -> np.ndarray:
        """Labels each draw needs to reach ``target``, shape (n_bootstrap,); ``inf`` where its plateau is below."""
        return self.draws.labels(_check_target(target)).copy()

    def labels_for(self, target: float, level: float | None = None) -> float:
        """Labels needed to reach ``target``: the median draw (``level=None``) or the ``level`` quantile.

        ``inf`` when that share of the draws never reaches the target.
        """
        samples = self.labels_samples(target)
        q = 0.5 if level is None else _check_level(level)
        return float(np.quantile(samples, q, method="inverted_cdf"))

    def p_unreachable(self, target: float) -> float:
        """Probability that the curve plateaus below ``target``."""
        return float(np.mean(np.isinf(self.labels_samples(target))))

    def to_dict(self) -> dict:
        """A JSON-ready summary of the fit (families, weights, plateau)."""
        return {
            "families": {k: round(v, 4) for k, v in self.families.items()},
            "asymptote": round(self.asymptote, 6),
            "n_min": self.n_min,
            "n_max": self.n_max,
            "n_bootstrap": self.n_bootstrap,
        }

    def __repr__(self) -> str:
        fams = ", ".join(f"{k}={v:.2f}" for k, v in self.families.items())
        return f"FittedCurve(families={{{fams}}}, asymptote={self.asymptote:.4f}, n_max={self.n_max:g})"

    @staticmethod
    def _as_n(n) -> np.ndarray:
        arr = np.atleast_1d(np.asarray(n, dtype=float)).ravel()
        if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
            raise ValueError("label counts to predict at must be finite and positive")
        return arr


def check_target(target) -> float:
    """A target accuracy in (0, 1), or ``ValueError`` with one line saying how to give it."""
    try:
        t = float(target)
    except (TypeError, ValueError):
        raise ValueError(f"target must be an accuracy in (0, 1), got {target!r}: e.g. --target 0.95") from None
    if not 0.0 < t < 1.0:
        raise ValueError(f"target must be an accuracy in (0, 1), got {target!r}: e.g. --target 0.95 for 95%")
    return t


def check_level(level, name: str = "level") -> float:
    """A probability level in (0, 1) (an interval level, a confidence), or one-line ``ValueError``."""
    try:
        q = float(level)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number in (0, 1), got {level!r}") from None
    if not 0.0 < q < 1.0:
        raise ValueError(f"{name} must be in (0, 1), got {level!r}: e.g. 0.8 for an 80% interval")
    return q


_check_target = check_target
_check_level = check_level


# -------------------------------------------------------------- public API


def fit_curve(n_labels, accuracy, *, seeds=None, n_bootstrap: int = 200, seed: int = 0,
              kind: str = "random", calibration: dict | None = None, analog=None, spread=None,
              library=None, neural: bool = False, metric: str | None = None) -> FittedCurve:
    """Fit a learning curve and its bootstrap uncertainty.

    Parameters
    ----------
    n_labels : array-like of shape (n_points,)
        Label counts (>= 1). Repeated counts (several seeds) are allowed.
    accuracy : array-like of shape (n_points,)
        Accuracy at each count, as a fraction in [0, 1].
    seeds : array-like of shape (n_points,), optional
        Run id of each point; the bootstrap resamples runs. Without it,
        repeated counts are taken as replicates in order of appearance, and
        a single run is bootstrapped over its points.
    n_bootstrap : int
        Draws (>= 2).
    seed : int
        Seed of the draws: the same inputs and seed give the same output.
    kind : {"random", "al"}
        Which calibration of the extrapolation error applies: random
        sampling's (LCDB) or active learning's (the simulator's long curves).
    calibration, analog, spread : optional
        The extrapolation table, the share of analog draws and the spread factors, as
        :func:`planner.forecast.draws.draw_table` takes them (default the shipped ones; benchmarks compare
        designs through them).
    library : planner.forecast.analogs.Library, optional
        The analog curves to draw from (default the shipped library; the benchmarks forecast a
        calibration-part curve from a library without its own data set).
    neural : bool
        The learner is a neural network: the spread factors fitted on neural learners' curves apply, where the
        table has them (:func:`planner.forecast.spread.spread_keys`).
    metric : str, optional
        The metric the curve measures (default accuracy): a metric with strata of its own
        (:data:`planner.forecast.spread.METRIC_STRATA`, macro-F1) reads the spread factors fitted on its curves.

    Returns
    -------
    FittedCurve

    Raises
    ------
    ValueError
        Fewer than 3 distinct label counts, non-finite values, counts below 1,
        accuracy outside [0, 1], or no family could be fitted.
    """
    if isinstance(n_bootstrap, bool) or not isinstance(n_bootstrap, (int, np.integer)) or n_bootstrap < 2:
        raise ValueError(f"n_bootstrap must be a whole number >= 2, got {n_bootstrap!r}")
    if kind not in ("random", "al"):
        raise ValueError(f"kind must be 'random' or 'al', got {kind!r}")
    from planner.forecast.bootstrap import raw_tails  # lazy: start-up time
    from planner.forecast.draws import StrategyDraws  # lazy: start-up time
    from planner.forecast.extrapolation import calibration_for, load_calibration  # lazy: start-up time
    from planner.forecast.spread import spread_for  # lazy: start-up time

    d = prepare(n_labels, accuracy, seeds)
    rng = np.random.default_rng(np.random.SeedSequence(int(seed)))
    raw = raw_tails(d.n, d.Y, n_draws=int(n_bootstrap), rng=rng)
    cal = calibration_for(calibration or load_calibration(), kind, raw.regime)
    spr = spread_for(spread, kind, raw.regime, neural=bool(neural), metric=metric)
    return FittedCurve(StrategyDraws("curve", raw, cal, kind=kind, analog=analog, spread=spr, library=library))
