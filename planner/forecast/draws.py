"""Joint draws: a curves table becomes plausible *campaign* curves, one set for every strategy.

Every number of a verdict (labels, costs, savings, P(AL cheaper), break-even
values, budgets) is computed per draw from the objects built here, so the
numbers agree with each other by construction.

One draw ``b`` of a strategy's curve is built in three steps:

1. **Runs, resampled jointly.** Runs are identified by their seed, and runs
   with the same seed share their initial labeled set, so the seeds are
   resampled *once* for the whole table: Bayesian-bootstrap weights
   ``w_b ~ Dirichlet(1, ..., 1)`` over the seeds (the same weights for every
   strategy) give the draw's mean curve. A Bayesian bootstrap never collapses
   to a handful of identical resamples when there are only 3 seeds.
2. **One campaign, not the mean of many.** A user runs one campaign, so each
   draw adds a run-to-run deviation: the runs' logit residuals around their
   mean, combined with Gaussian multipliers ``g_b`` shared by every strategy
   (so the seed pairing between strategies is kept) and scaled to a Student
   t with ``S - 1`` degrees of freedom times ``sqrt(1 + 1/S)``: the
   predictive spread of a new run when the run-to-run variance is itself
   estimated from ``S`` runs. With 3 seeds this is honestly wide; more seeds
   narrow it.
3. **Fit, then extrapolate on the parameters that matter.** Each draw's
   points are fitted by the learning-curve ensemble of :mod:`planner.forecast.curves`
   (the family of each draw is chosen in proportion to the ensemble weight).
   Within the measured range the draw is its fitted curve. Beyond the largest
   measured count ``n_max`` every draw follows a power law with a plateau,

       acc(n) = plateau - (plateau - y_end) * (n / n_max) ** -rate,

   continuous with the fit at ``n_max`` (``y_end``), monotone and bounded by
   its plateau. The fitted plateau and rate are perturbed by an
   extrapolation error whose size is *calibrated from data* for the curve's
   regime (:func:`curve_regime`: random sampling or AL, rising or levelling
   off, seed means or a single run), in ``planner/data/extrapolation.csv``,
   made by ``benchmarks/forecast/calibrate.py`` on the calibration part of
   the evaluation corpus (LCDB 1.0, the simulator's curves, an independent
   scikit-learn AL truth; split by data set before any fit):
   ``logit(plateau) + mu_p + sd_p z1``, ``log(rate) + mu_r + sd_r z2``, and
   the draw's level moved by ``sd_level`` measured standard errors.
   A target is unreachable in a draw exactly when the draw's plateau is
   below it; no horizon constant decides reachability.

4. **Or an analog's tail.** A share of the draws (``planner/data/
   analogs_config.csv``) takes instead the tail that a similar measured
   curve followed (:mod:`planner.forecast.analogs`: the nearest prefixes of the
   calibration part's curves by what the measurements show, their level
   shift, headroom and rate beyond their own prefix).

5. **Then the spread the regime needs.** Every draw's tail is finally moved
   away from (or towards) the draws' median, in logits, by the factor the
   curve's regime showed it needs at that extrapolation ratio
   (:class:`Spread`, ``planner/data/spread.csv``, split conformal on the
   calibration part: above the median by the 90% quantile of the truths'
   excess over the 90% draw in units of its distance from the median, below
   by the same for the 10% draw); 1 at ``n_max``, so the measured part is
   untouched, and each draw stays non-decreasing. A neural network's curve
   reads factors fitted on neural learners' curves alone, young and grown
   curves apart (:func:`spread_keys`), never below the ones every curve's
   strata give it: grown neural curves keep climbing where their fit levels
   off, young ones fall short of it, more often than other learners' curves.

The plateau error ``z1`` is shared by all strategies of a table (they train
the same model on the same pool, so their plateaus are one unknown; the
analog draws pick their neighbour by the same ``z1``); the rate error ``z2``
is each strategy's own.
"""

from __future__ import annotations

import io
import math
import re
import zlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
from scipy.special import gammaincinv, stdtrit

from planner.forecast.analogs import AnalogConfig, analog_tails, load_config, load_library
from planner.forecast.families import (
    FAMILIES,
    LAST,
    MAX_LABELS,
    CurveData,
    backtest,
    batched_lm,
    ensemble_weights,
    evaluate,
    expit,
    fit_all,
    logit,
    matrix_data,
    run_matrix,
)

__all__ = [
    "DEFAULT_DRAWS",
    "median_plateau",
    "RANDOM",
    "Draws",
    "Extrapolation",
    "RawTails",
    "Spread",
    "StrategyDraws",
    "TransferredDraws",
    "end_se_logit",
    "extrapolate",
    "calibration_for",
    "calibration_from_frame",
    "curve_regime",
    "Regime",
    "draw_table",
    "draw_tails",
    "load_calibration",
    "load_spread",
    "SPREAD_SCALE",
    "spread_for",
    "spread_keys",
    "learner_family",
    "table_family",
    "layer_family",
    "takes_family_layer",
    "load_family_layer",
    "level_key",
    "level_layer_for",
    "load_level_layer",
    "compose_spread",
    "family_note",
    "curve_age",
    "raw_tails",
    "share_plateau",
    "tail_accuracy",
]

RANDOM = "random"
#: Joint draws per table: enough for stable 10% / 90% quantiles and probabilities to +-0.03.
DEFAULT_DRAWS = 400
#: Ratio to n_max out to which a family must be non-decreasing to be used.
_CHECK_RATIO = 1e4
#: Points of the within-data grid of every draw (log-spaced, plus the anchors).
_GRID = 64
_TINY = 1e-9


def median_plateau(plateau: np.ndarray) -> float:
    """The median plateau, as the labels' median reads it: a target below it is reached in most draws.

    The upper median (``method="higher"``), so that "the median draw reaches
    the target" and "the target is below the median plateau" agree for an
    even number of draws too.
    """
    return float(np.quantile(np.asarray(plateau, dtype=float), 0.5, method="higher"))


# ------------------------------------------------------------ calibration


@dataclass(frozen=True)
class Extrapolation:
    """Calibrated error of the tail parameters beyond the measured data.

    ``logit(plateau) += mu_plateau + sd_plateau * z1`` and
    ``log(rate) += mu_rate + sd_rate * (corr * z1 + sqrt(1 - corr**2) * z2)``
    with ``z1, z2`` independent standard normals, and the whole draw's level
    (within the data and beyond) moves by ``sd_level * se * z3`` in logits,
    ``se`` the measured standard error of one point at the curve's end
    (:attr:`Regime.point_se`, in logits): a curve measured on a small test
    set, or on one run, is less sure of its own level.
    """

    mu_plateau: float = 0.0
    sd_plateau: float = 0.0
    mu_rate: float = 0.0
    sd_rate: float = 0.0
    corr: float = 0.0
    sd_level: float = 0.0
    n_curves: int = 0
    n_datasets: int = 0
    source: str = "uncalibrated"


#: A curve levels off when its measured gain per doubling of the labels over its last doubling
#: is below this (accuracy points as a fraction) ...
LEVEL_GAIN = 0.004
#: ... or below this many standard errors of that gain (the noise of the measurement).
LEVEL_SE = 1.0
#: A curve measured at this many label counts or fewer is *young*: its slope and level say little about its
#: tail (3-point prefixes of the independent AL truth were covered 0.68 against 0.81 for 4 or more, 30% of
#: truths above the 90% draw), so its error is calibrated on young curves alone (``kind:few``).
FEW_POINTS = 3


@dataclass(frozen=True)
class Regime:
    """What the measured part of a curve shows, the conditions its extrapolation error is calibrated on.

    Computed from the measurements alone (never from a fit), so a user's
    curve and a calibration curve are classified by one rule.

    Attributes
    ----------
    shape : {"rise", "level"}
        ``"level"``: the gain per doubling of the labels over the last
        doubling measured is below :data:`LEVEL_GAIN` or below
        :data:`LEVEL_SE` standard errors (falling ends included).
    runs : {"seeds", "single"}
        Several runs (seeds) or one.
    gain : float
        Measured gain per doubling at the end (least squares over the last doubling).
    gain_se : float
        Its standard error (from the spread between runs, or a single run's scatter).
    points : int
        Distinct label counts measured.
    point_se : float
        Standard error of the mean accuracy at one label count near the end.
    """

    shape: str
    runs: str
    gain: float
    gain_se: float
    points: int
    point_se: float = 0.0

    @property
    def key(self) -> str:
        return f"{self.shape}:{self.runs}"

    @property
    def few(self) -> bool:
        """Measured at :data:`FEW_POINTS` label counts or fewer: a young curve."""
        return self.points <= FEW_POINTS

    @property
    def group(self) -> str:
        """The calibration's second level: the shape, or ``"few"`` for a young curve (its shape is too
        uncertain to choose by). Rows are keyed ``kind:group:runs`` (:func:`calibration_for`, and
        ``benchmarks/forecast/calibrate.py`` fitting them)."""
        return "few" if self.few else self.shape


def curve_regime(n, Y) -> Regime:
    """The :class:`Regime` of a measured curve: counts ``n`` (m,) ascending, accuracy by run ``Y`` (S, m)."""
    n = np.asarray(n, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    runs = int(np.sum(np.any(np.isfinite(Y), axis=1)))
    y = np.nanmean(Y, axis=0)
    lg = np.log2(n)
    end = lg >= lg[-1] - 1.0
    if end.sum() < 3:
        end = np.zeros(n.size, dtype=bool)
        end[-min(3, n.size):] = True
    x, v = lg[end], y[end]
    xc = x - x.mean()
    sxx = float(np.sum(xc * xc))
    gain = float(np.sum(xc * (v - v.mean())) / sxx) if sxx > 0 else 0.0
    k = np.sum(np.isfinite(Y[:, end]), axis=0)
    if runs >= 2 and np.any(k >= 2):
        sd = np.nanstd(Y[:, end][:, k >= 2], axis=0, ddof=1)
        point_se = float(np.nanmedian(sd / np.sqrt(k[k >= 2])))
    else:
        resid = v - (v.mean() + gain * xc)
        dof = max(int(end.sum()) - 2, 1)
        diffs = np.diff(y) / math.sqrt(2.0) if y.size >= 2 else np.zeros(1)
        point_se = float(max(math.sqrt(float(np.sum(resid**2)) / dof), np.median(np.abs(diffs)) * 1.4826))
    gain_se = point_se / math.sqrt(sxx) if sxx > 0 else float("inf")
    level = gain < LEVEL_GAIN or gain < LEVEL_SE * gain_se
    return Regime(shape="level" if level else "rise", runs="seeds" if runs >= 2 else "single",
                  gain=gain, gain_se=gain_se, points=int(n.size), point_se=point_se)


def calibration_for(cal: dict, kind: str, regime: Regime | None) -> Extrapolation:
    """The calibrated error for a curve of ``kind`` (``"random"``/``"al"``) in ``regime``.

    Looks up ``kind:group:runs``, then ``kind:group`` (:attr:`Regime.group`: the shape, or ``few``), a
    young curve then as any other (``kind:shape:runs``, ``kind:shape``), then ``kind``, then ``random``.
    """
    keys = []
    if regime is not None:
        for group in dict.fromkeys((regime.group, regime.shape)):
            keys += [f"{kind}:{group}:{regime.runs}", f"{kind}:{group}"]
    keys += [kind, "random"]
    for k in keys:
        if k in cal:
            return cal[k]
    raise KeyError(kind)


def calibration_from_frame(df: pd.DataFrame) -> dict[str, Extrapolation]:
    """``{key: Extrapolation}`` from a table (``kind``, the :class:`Extrapolation` fields, ``n_curves``, ``n_datasets``, ``source``; as ``calibrate.py`` writes it)."""
    out = {}
    for row in df.to_dict("records"):
        out[str(row["kind"])] = Extrapolation(
            mu_plateau=float(row["mu_plateau"]), sd_plateau=float(row["sd_plateau"]),
            mu_rate=float(row["mu_rate"]), sd_rate=float(row["sd_rate"]), corr=float(row["corr"]),
            sd_level=float(row.get("sd_level", 0.0)) if pd.notna(row.get("sd_level", 0.0)) else 0.0,
            n_curves=int(row["n_curves"]), n_datasets=int(row["n_datasets"]), source=str(row["source"]),
        )
    if "random" not in out:
        raise ValueError("the extrapolation table has no 'random' row")
    out.setdefault("al", out["random"])
    return out


@lru_cache(maxsize=1)
def load_calibration() -> dict[str, Extrapolation]:
    """The shipped calibration: ``{key: Extrapolation}``, keys as :func:`calibration_for` reads them."""
    text = resources.files("planner").joinpath("data/extrapolation.csv").read_text()
    import io

    try:
        return calibration_from_frame(pd.read_csv(io.StringIO(text)))
    except ValueError:
        raise RuntimeError("planner/data/extrapolation.csv has no 'random' row: the package is broken, "
                           "reinstall it") from None


@dataclass(frozen=True)
class Spread:
    """How far a regime's draws must spread beyond ``n_max``: factors by extrapolation ratio.

    ``ratios`` (k,) ascending knots (n / n_max > 1: the ratio bins' geometric
    centres), ``low`` and ``high`` (k,) the factors for the deviations below
    and above the draws' median (in logits), ``shift`` (k,) how far the
    median itself moves (in logits; zero unless the table gives a ``shift``
    column: round 11's neural strata). Between knots a factor is linear in log
    ratio, from 1 at ``n_max`` (the shift from 0); beyond the last knot it
    stays.
    """

    ratios: np.ndarray
    low: np.ndarray
    high: np.ndarray
    key: str = ""
    n_rows: int = 0
    n_datasets: int = 0
    shift: np.ndarray | None = None

    def at(self, ratio) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The (low, high) factors and the median's shift at ``ratio`` (array, >= 1)."""
        x = np.log(np.maximum(np.asarray(ratio, dtype=float), 1.0))
        knots = np.concatenate([[0.0], np.log(self.ratios)])
        shift = np.zeros(self.ratios.size) if self.shift is None else self.shift
        return (np.interp(x, knots, np.concatenate([[1.0], self.low])),
                np.interp(x, knots, np.concatenate([[1.0], self.high])),
                np.interp(x, knots, np.concatenate([[0.0], shift])))


def spread_from_frame(df: pd.DataFrame, scale: float = 1.0) -> dict[str, Spread]:
    """``{stratum: Spread}`` from a table (``stratum, ratio, low, high, n_rows, n_datasets``, optionally
    ``shift``, blank or absent meaning 0; one row per knot, as ``benchmarks/forecast/spread.py`` writes it),
    every ``low`` and ``high`` factor times ``scale`` (> 0; :data:`SPREAD_SCALE` for the shipped table)."""
    scale = float(scale)
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"spread scale must be a finite number > 0, got {scale}")
    out = {}
    for key, g in df.groupby("stratum", sort=False):
        g = g.sort_values("ratio")
        r, lo, hi = (g[c].to_numpy(dtype=float) for c in ("ratio", "low", "high"))
        sh = g["shift"].to_numpy(dtype=float) if "shift" in g.columns else np.zeros(r.size)
        sh = np.where(np.isnan(sh), 0.0, sh)
        if not (np.all(np.isfinite(r)) and np.all(r > 1) and np.all(np.isfinite(lo)) and np.all(np.isfinite(hi))
                and np.all(lo > 0) and np.all(hi > 0) and np.all(np.isfinite(sh))):
            raise ValueError(f"spread table: stratum {key!r} has a ratio <= 1, a factor that is not positive or "
                             "a shift that is not finite")
        out[str(key)] = Spread(r, lo * scale, hi * scale, key=str(key), n_rows=int(g["n_rows"].min()),
                               n_datasets=int(g["n_datasets"].min()), shift=sh if np.any(sh) else None)
    return out


#: Every factor of the shipped table times this when the planner loads it (round 19's design W). The table is
#: fitted on the calibration part's data sets by split conformal; on data sets it was not fitted on its ranges
#: held the truth less often than they say (LCDB's selection part 0.757 against 0.795 in sample; the fresh
#: scikit-learn reports 0.745-0.824), because data sets differ more than the rows of one collection of them.
#: Chosen on the selection part among 1, 1.05, 1.10 and 1.15: 1.05 held the most of the issue's strata within
#: 0.75-0.88 (34 of 39 cells against 32; LCDB's beyond 4x now in, no decision score worse;
#: ``benchmarks/plans/round19.md``; RESULTS.md, "Forecasts on curves nobody tuned on", nineteenth round).
SPREAD_SCALE = 1.05


@lru_cache(maxsize=1)
def load_spread() -> dict[str, Spread]:
    """The shipped spread factors (``planner/data/spread.csv``) times :data:`SPREAD_SCALE`: ``{stratum: Spread}``,
    empty without the file."""
    f = resources.files("planner").joinpath("data/spread.csv")
    if not f.is_file():
        return {}
    try:
        return spread_from_frame(pd.read_csv(io.StringIO(f.read_text())), scale=SPREAD_SCALE)
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/spread.csv is broken ({exc}): reinstall the package") from None


def spread_keys(kind: str, group: str | None = None, runs: str | None = None, *, neural: bool = False) -> list[str]:
    """The spread strata of a curve, most specific first: ``kind:group:runs``, ``kind:runs``, ``kind``, ``all``
    (the first two need the regime's ``group`` and ``runs``).

    A neural network's curve (:func:`neural_models`) looks first under ``nn:`` strata fitted on neural learners'
    curves alone, which never pool young curves with grown ones (:func:`curve_age`): ``nn:kind:group:runs``,
    ``nn:kind:age:runs``, ``nn:age:runs``, ``nn:age``; then under every curve's. A young neural curve tends to
    be forecast too high and a grown one too low, so pooled strata cancel the two (round 8's ``nn:kind:runs``;
    round 10 in ``benchmarks/RESULTS.md``). ``benchmarks/forecast/spread.py`` fits its rows under the same keys.
    """
    keys = [f"{kind}:{group}:{runs}", f"{kind}:{runs}"] if group is not None and runs is not None else []
    keys += [kind, "all"]
    if not neural or group is None or runs is None:
        return keys
    age = curve_age(group)
    nn = dict.fromkeys((f"nn:{kind}:{group}:{runs}", f"nn:{kind}:{age}:{runs}", f"nn:{age}:{runs}", f"nn:{age}"))
    return list(nn) + keys


def curve_age(group: str) -> str:
    """``"few"`` for a young curve (:attr:`Regime.group` ``few``: measured at :data:`FEW_POINTS` counts or
    fewer), else ``"grown"``."""
    return "few" if group == "few" else "grown"


def spread_for(table: dict | None, kind: str, regime: Regime | None, *, neural: bool = False,
               family: str | None = None, layer: dict | None = None, level: float | None = None) -> Spread | None:
    """The spread of a curve of ``kind`` in ``regime`` from ``table`` (``None``: the shipped one), at the first of
    :func:`spread_keys` it holds (``neural``: the learner is a neural network), composed where the table gives a
    spread with the learner ``family``'s layer (:func:`learner_family`; ``layer``: ``{family: Spread}``, ``None``
    the shipped one, :func:`load_family_layer`) where the layer has the family, and then with the level layer of a
    curve whose last mean accuracy is ``level`` (:func:`level_layer_for`; round 46)."""
    table = load_spread() if table is None else table
    keys = (spread_keys(kind, regime.group, regime.runs, neural=neural) if regime is not None
            else spread_keys(kind, neural=neural))
    base = next((table[k] for k in keys if k in table), None)
    if base is None:
        return None
    for own in ((load_family_layer() if layer is None else layer).get(family) if family is not None else None,
                level_layer_for(level)):
        base = base if own is None else compose_spread(base, own)
    return base


#: The upper edges of the level layer's bins of a curve's last mean accuracy (right-closed).
LEVEL_EDGES = (0.60, 0.75, 0.85, 0.92, 0.97)


def level_key(level: float) -> str:
    """The level bin of a curve's last mean accuracy: ``level<=0.60`` ... ``level<=0.97``, ``level>0.97``."""
    for edge in LEVEL_EDGES:
        if level <= edge:
            return f"level<={edge:.2f}"
    return f"level>{LEVEL_EDGES[-1]:.2f}"


@lru_cache(maxsize=1)
def load_level_layer() -> dict[str, Spread]:
    """The level layer (``planner/data/level_spread.csv``): ``{level bin: Spread}``, empty without the file (no
    table ships since round 51: chosen on the scikit-learn loop, it moved LCDB's medians out of their ranges)."""
    f = resources.files("planner").joinpath("data/level_spread.csv")
    if not f.is_file():
        return {}
    try:
        return spread_from_frame(pd.read_csv(io.StringIO(f.read_text())), scale=1.0)
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/level_spread.csv is broken ({exc}): reinstall the package") from None


def level_layer_for(level: float | None) -> Spread | None:
    """The level layer's row (:func:`load_level_layer`) for a curve whose last mean accuracy is ``level`` (round 46:
    fitted on held-out curves, where those ending low were forecast too low; round 48: the lower factor refitted
    about the moved median; round 49: about the unmoved median too, where curves ending high ended below it more
    often than the range said); ``None`` where the level is unknown, the layer lacks its bin or the bin moves nothing
    (the layer never moves a forecast down)."""
    if level is None or not np.isfinite(level):
        return None
    own = load_level_layer().get(level_key(float(level)))
    if own is None or (not np.any(own.shift if own.shift is not None else 0.0)
                       and np.all(own.low == 1.0) and np.all(own.high == 1.0)):
        return None
    return own


# --------------------------------------------------------- the learner's family

#: The columns of the family layer's table (``planner/data/family_spread.csv``, written by
#: ``benchmarks/forecast/family_layer.py``): one row per family and knot; ``learners``, the learner configurations its
#: rows came from (the note names them).
FAMILY_LAYER_COLUMNS = ("family", "ratio", "shift", "low", "high", "n_rows", "n_datasets", "learners")


def learner_family(name: str) -> str:
    """The family of a learner's name: ``neural``, ``SVM``, ``NB``, ``kNN``, ``tree``, ``linear`` or ``other``.

    A neural network as :func:`neural_models` reads one (a token of the name starting with one of
    :data:`NEURAL_NAMES`); else matched on the lower-cased last dotted component (``sklearn.tree.X`` -> ``x``)
    and its ``_``/``-`` tokens, the first rule winning: SVM (svc, svm), NB (naive bayes, a name ending in
    ``nb``), kNN (neighbors, knn), tree (tree, forest, boosting, rf/gb + digits (``rf50``), gbm), linear
    (logistic, logreg, linear (incl. LDA), ridge, sgd, perceptron, passive-aggressive, lr); QDA and anything
    else is ``other``.
    """
    full = str(name).lower()
    if any(t == "nn" or t.startswith(NEURAL_NAMES) for t in re.split(r"[^a-z0-9]+", full)):
        return "neural"
    # a dotted module path (sklearn.tree.X) -> its last part; "logreg_c0.1" keeps its dot
    short = full.rsplit(".", 1)[-1] if re.fullmatch(r"[a-z_]\w*(\.[a-z_]\w*)+", full) else full
    tokens = set(re.split(r"[-_.\s]+", short))
    if "quadratic" in short or "qda" in tokens:
        return "other"
    if "svc" in short or "svm" in short:
        return "SVM"
    if "naive_bayes" in full or "bayes" in short or any(t.endswith("nb") for t in tokens):
        return "NB"
    if "neighbor" in short or "knn" in short:
        return "kNN"
    if any(w in short for w in ("tree", "forest", "boost", "gbm", "gbdt")) or \
            any(re.fullmatch(r"(rf|gb|hgb)\d*", t) for t in tokens):
        return "tree"
    if any(w in short for w in ("logistic", "logreg", "linear", "ridge", "sgd", "perceptron", "passiveaggressive")) \
            or tokens & {"lr", "lda"}:
        return "linear"
    return "other"


def table_family(curves: pd.DataFrame) -> str | None:
    """The one family (:func:`learner_family`) of the table's ``model`` names; ``None`` without the column, for
    ``other``, or when its models are of several families."""
    if "model" not in curves.columns:
        return None
    fams = {learner_family(m) for m in curves["model"].dropna().astype(str).unique()}
    return fams.pop() if len(fams) == 1 and "other" not in fams else None


#: Kernels other than the RBF an SVM's name may state. The SVM layer was fitted on RBF SVCs (scikit-learn's default
#: kernel); on configurations no fit held it helped an RBF SVC at another C and hurt a linear- and a cubic-kernel
#: SVC (benchmarks/RESULTS.md, rounds 40 and 41), so an SVM whose name states one of these takes no layer.
OTHER_KERNELS = ("poly", "linear", "sigmoid", "precomputed")


def takes_family_layer(name: str) -> bool:
    """Whether a model of this name takes its family's layer: every model but an SVM (:func:`learner_family`)
    whose name states a kernel of :data:`OTHER_KERNELS` (a bare ``SVC`` is scikit-learn's RBF)."""
    return learner_family(name) != "SVM" or not any(k in str(name).lower() for k in OTHER_KERNELS)


def layer_family(curves: pd.DataFrame) -> str | None:
    """The family whose layer the table's forecast reads: :func:`table_family`, or ``None`` when one of its models
    takes no layer (:func:`takes_family_layer`)."""
    family = table_family(curves)
    if family is None or all(takes_family_layer(m) for m in curves["model"].dropna().astype(str).unique()):
        return family
    return None


def family_layer_from_frame(df: pd.DataFrame) -> dict[str, Spread]:
    """``{family: Spread}`` from a table of :data:`FAMILY_LAYER_COLUMNS` (factors as given: not scaled)."""
    missing = [c for c in FAMILY_LAYER_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"family layer: missing column(s) {', '.join(missing)}")
    return spread_from_frame(df.rename(columns={"family": "stratum"}), scale=1.0)


def family_layer_and_learners(df: pd.DataFrame) -> tuple[dict[str, Spread], dict[str, str]]:
    """:func:`family_layer_from_frame`'s layer and, per family, the learners its rows were fitted on."""
    return family_layer_from_frame(df), {str(k): str(g["learners"].iloc[0]) for k, g in df.groupby("family")}


@lru_cache(maxsize=1)
def _shipped_family_layer() -> tuple[dict[str, Spread], dict[str, str]]:
    """The shipped family layer and, per family, the learners it was fitted on; empty without the file."""
    f = resources.files("planner").joinpath("data/family_spread.csv")
    if not f.is_file():
        return {}, {}
    try:
        return family_layer_and_learners(pd.read_csv(io.StringIO(f.read_text())))
    except (ValueError, KeyError) as exc:
        raise RuntimeError(f"planner/data/family_spread.csv is broken ({exc}): reinstall the package") from None


def load_family_layer() -> dict[str, Spread]:
    """The shipped family layer (``planner/data/family_spread.csv``): ``{family: Spread}``, empty without the
    file or its rows (no table ships since round 51: chosen on the scikit-learn loop, it moved LCDB's medians out
    of their ranges)."""
    return _shipped_family_layer()[0]


def family_layer_learners() -> dict[str, str]:
    """Per family of the shipped layer, the learner configurations its shift was fitted on (``+``-joined)."""
    return _shipped_family_layer()[1]


def compose_spread(base: Spread, layer: Spread) -> Spread:
    """``base`` then ``layer``, at their common knots: the shifts add and the factors multiply (moving the draws
    by ``base`` about their median and then by ``layer`` about the moved median is one move by these)."""
    if base.ratios.shape != layer.ratios.shape or not np.allclose(base.ratios, layer.ratios, rtol=1e-5):
        raise ValueError(f"spread {base.key!r} and layer {layer.key!r} have different knots")
    zero = np.zeros(base.ratios.size)
    shift = (zero if base.shift is None else base.shift) + (zero if layer.shift is None else layer.shift)
    return Spread(base.ratios, base.low * layer.low, base.high * layer.high, key=f"{base.key}+{layer.key}",
                  n_rows=base.n_rows, n_datasets=base.n_datasets, shift=shift if np.any(shift) else None)


# --------------------------------------------------------- one strategy


@dataclass(frozen=True)
class RawTails:
    """Per-draw curves of one strategy before the extrapolation error.

    Attributes
    ----------
    n : ndarray of shape (m,)
        Measured label counts (ascending).
    grid : ndarray of shape (G,)
        Label counts from ``n[0]`` to ``n[-1]`` where ``inside`` is given.
    inside : ndarray of shape (B, G)
        Each draw's fitted curve within the data (non-decreasing).
    y_end, plateau, rate : ndarray of shape (B,)
        Fitted accuracy at ``n_max``, the fitted family's plateau (>= y_end)
        and the power-law rate of the approach to it at ``n_max``.
    z : ndarray of shape (B, 3)
        Standard normals for the extrapolation error (plateau, rate, level).
    families : dict
        Ensemble weights of the families used.
    runs : int
        Runs (seeds) behind the curve.
    mean : ndarray of shape (m,)
        Mean measured accuracy at each count.
    slope : ndarray of shape (B,)
        Fitted d accuracy / d log n at ``n_max`` (>= 0).
    regime : Regime
        What the measurements show at their end (:func:`curve_regime`).
    """

    n: np.ndarray
    grid: np.ndarray
    inside: np.ndarray
    y_end: np.ndarray
    plateau: np.ndarray
    rate: np.ndarray
    z: np.ndarray
    families: dict
    runs: int
    mean: np.ndarray
    slope: np.ndarray
    regime: Regime | None = None


def _family_plateau(name: str, theta: np.ndarray, n_max: float) -> np.ndarray:
    """Limit of each parameter row of a family as n grows (the c parameter where there is one)."""
    if name == "vap3":  # exp(a + b/x + c log x): its level where the monotone check ends
        big = np.array([_CHECK_RATIO])
        return evaluate(FAMILIES[name], big, big * n_max, theta)[:, 0]
    idx = FAMILIES[name].params.index("c")
    return theta[:, idx]


def _fit_draws(n: np.ndarray, points: np.ndarray, weights: np.ndarray, y_mean: np.ndarray,
               sigma: np.ndarray, rng: np.random.Generator):
    """Fit the ensemble to the mean, then every draw's points from that warm start.

    Returns (families, family name per draw, parameters per draw as a list of
    (name, rows, theta)).
    """
    n_max = n[-1]
    check = n_max * _CHECK_RATIO
    fits = fit_all(n, y_mean, sigma, check)
    scores = backtest(CurveData(n=n, y=y_mean, sigma=sigma, Y=y_mean[None, :]), check)
    fam_w = ensemble_weights(scores, set(fits), n.size)
    fam_w = {k: w for k, w in fam_w.items() if k == LAST or k in fits} or {LAST: 1.0}
    total = sum(fam_w.values())
    fam_w = {k: w / total for k, w in fam_w.items()}
    B = points.shape[0]
    names = list(fam_w)
    raw = np.array([fam_w[k] for k in names]) * B
    alloc = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - alloc))[: B - alloc.sum()]:
        alloc[i] += 1
    order = rng.permutation(B)
    x = n / n_max
    groups = []
    start = 0
    for name, b in zip(names, alloc):
        if b == 0:
            continue
        rows = order[start : start + b]
        start += b
        if name == LAST:
            groups.append((name, rows, None))
            continue
        fam = FAMILIES[name]
        theta0 = np.repeat(fits[name][None, :], b, axis=0)
        # every draw keeps its own fit (never reset to the full-data fit): within the data
        # it is made non-decreasing, and beyond it only its level, slope and plateau are used
        theta = batched_lm(fam, x, n, points[rows], weights[rows], theta0)
        groups.append((name, rows, theta))
    return fam_w, groups


def raw_tails(n, Y, *, n_draws: int = DEFAULT_DRAWS, rng: np.random.Generator,
              run_weights: np.ndarray | None = None, multipliers: np.ndarray | None = None,
              t_quantile: np.ndarray | None = None, z: np.ndarray | None = None) -> RawTails:
    """Draws of one strategy's campaign curve, before the extrapolation error.

    Parameters
    ----------
    n : array-like of shape (m,)
        Distinct measured label counts, ascending (at least 3).
    Y : array-like of shape (S, m)
        Accuracy of each run (seed) at each count, NaN where not measured.
    n_draws : int
        Draws ``B``.
    rng : numpy.random.Generator
        Source of every random number not given explicitly.
    run_weights : ndarray of shape (B, S), optional
        Bayesian-bootstrap weights of the runs (rows sum to 1); shared by the
        strategies of a table. Default: drawn here.
    multipliers : ndarray of shape (B, S), optional
        Standard-normal multipliers of the run residuals (campaign
        deviation); shared by the strategies of a table.
    t_quantile : ndarray of shape (B,), optional
        Uniform numbers in (0, 1) that set each draw's chi-square scale (the
        Student-t widening for few runs); shared by the strategies.
    z : ndarray of shape (B, 3), optional
        Standard normals of the extrapolation error (plateau, rate, level).

    Returns
    -------
    RawTails
    """
    n = np.asarray(n, dtype=float)
    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    if n.ndim != 1 or Y.shape[1] != n.size or n.size < 3:
        raise ValueError("raw_tails needs n of shape (m,), m >= 3, and Y of shape (S, m)")
    B = int(n_draws)
    S, m = Y.shape
    present = np.isfinite(Y)
    Yc = np.clip(np.where(present, Y, 0.0), 1e-4, 1 - 1e-4)
    d = matrix_data(n, Y)
    if run_weights is None:
        run_weights = rng.dirichlet(np.ones(S), size=B)
    if multipliers is None:
        multipliers = rng.standard_normal((B, S))
    if t_quantile is None:
        t_quantile = rng.uniform(size=B)
    if z is None:
        z = rng.standard_normal((B, 3))
    base_w = 1.0 / d.sigma**2
    if S >= 2:
        w = run_weights[:, :, None] * present[None, :, :]          # (B, S, m)
        wsum = w.sum(axis=1)
        mean_b = np.where(wsum > 0, (w * Yc[None]).sum(axis=1) / np.maximum(wsum, _TINY), d.y[None, :])
        # campaign deviation: residuals of the runs around their mean, in logits
        mean_logit = logit(np.clip(d.y, 1e-4, 1 - 1e-4))
        resid = np.where(present, logit(Yc) - mean_logit[None, :], 0.0)   # (S, m)
        k = present.sum(axis=0)
        dof = max(S - 1, 1)
        scale = np.sqrt((1.0 + 1.0 / S) / dof)
        chi = 2.0 * gammaincinv(dof / 2.0, np.clip(t_quantile, 1e-6, 1 - 1e-6))  # chi-square quantile
        kappa = np.sqrt(dof / chi)
        dev = kappa[:, None] * scale * (multipliers @ resid)          # (B, m)
        dev = np.where(k[None, :] >= 2, dev, 0.0)
        points = expit(logit(mean_b) + dev)
        W = np.repeat(base_w[None, :], B, axis=0)
    else:
        # one run: its points are resampled (fit uncertainty only; run-to-run spread unknown)
        idx = rng.integers(0, m, size=(B, m))
        counts = np.zeros((B, m))
        np.add.at(counts, (np.repeat(np.arange(B), m), idx.ravel()), 1.0)
        points = np.repeat(d.y[None, :], B, axis=0)
        W = counts * base_w[None, :]
    fam_w, groups = _fit_draws(n, points, W, d.y, d.sigma, rng)

    grid = np.unique(np.concatenate([np.geomspace(n[0], n[-1], _GRID), n]))
    inside = np.empty((B, grid.size))
    y_end = np.empty(B)
    plateau = np.empty(B)
    slope = np.zeros(B)
    n_max = n[-1]
    h = 0.05
    probe = n_max * np.exp(np.array([-h, 0.0, h]))
    for name, rows, theta in groups:
        if name == LAST:
            level = points[rows, -1]
            inside[rows] = level[:, None]
            y_end[rows] = level
            plateau[rows] = level
            continue
        fam = FAMILIES[name]
        inside[rows] = np.clip(evaluate(fam, grid / n_max, grid, theta), 0.0, 1.0)
        at = np.clip(evaluate(fam, probe / n_max, probe, theta), 0.0, 1.0)
        slope[rows] = (at[:, 2] - at[:, 0]) / (2 * h)
        plateau[rows] = np.clip(_family_plateau(name, theta, n_max), 0.0, 1.0)
    bad = ~np.all(np.isfinite(inside), axis=1)
    if bad.any():  # a draw the family cannot evaluate: its measured mean points instead
        inside[bad] = np.interp(np.log(grid), np.log(n), d.y)[None, :]
    inside = np.maximum.accumulate(inside, axis=1)
    y_end = inside[:, -1]
    gap = np.maximum(plateau - y_end, 0.0)
    rising = (gap > 1e-6) & (slope > 1e-9)
    rate = np.where(rising, slope / np.maximum(gap, _TINY), np.nan)
    typical = float(np.nanmedian(rate)) if np.any(rising) else 0.5
    rate = np.where(rising, rate, typical)
    plateau = np.where(rising, plateau, y_end)
    return RawTails(n=n, grid=grid, inside=inside, y_end=y_end, plateau=plateau,
                    rate=np.clip(rate, 1e-3, 10.0), z=np.asarray(z, dtype=float), families=fam_w, runs=S, mean=d.y,
                    slope=np.where(rising, slope, 0.0), regime=curve_regime(n, Y))


def share_plateau(raws: list[RawTails]) -> list[RawTails]:
    """Give the strategies of one table (same data, model, pool) one plateau per draw.

    Every strategy trains the same model on the same pool, and with the pool
    exhausted they hold the same labels: their curves end at one accuracy.
    Each draw takes the highest plateau its strategies' fits support (AL
    curves, nearer their plateau, identify it best); each strategy keeps its
    level and slope at ``n_max``, so its rate becomes ``slope / (plateau -
    y_end)``. A draw with no measured rise keeps its strategy's typical rate.
    """
    if len(raws) < 2:
        return raws
    common = np.max(np.stack([r.plateau for r in raws]), axis=0)
    out = []
    for r in raws:
        gap = common - r.y_end
        rising = (r.slope > 1e-9) & (gap > 1e-6)
        rate = np.where(rising, r.slope / np.maximum(gap, _TINY), r.rate)
        out.append(replace(r, plateau=np.maximum(common, r.y_end), rate=np.clip(rate, 1e-3, 10.0)))
    return out


def end_se_logit(point_se: float, y_end_mean: float) -> float:
    """The measured standard error of the curve's end point in logits (capped at 2): what the level error scales."""
    y = float(np.clip(y_end_mean, 1e-3, 1 - 1e-3))
    return min(float(point_se) / (y * (1 - y)), 2.0)


def extrapolate(y_end, plateau, rate, z, se_logit, cal: Extrapolation):
    """The calibrated tail of draws: ``(y_end, plateau, rate, shift)`` after the error model.

    Arrays of shape ``(..., B)`` (``z``: ``(..., B, 3)`` standard normals for the plateau, the rate and
    the level; ``se_logit`` broadcast against ``(..., B)``), so one draw set and a stack of calibration
    cases go through the same code. ``logit(plateau) += mu_p + sd_p z1``, kept at or above ``y_end``
    (a draw whose perturbed plateau falls below the level it reached is flat from ``n_max`` on);
    ``log(rate) += mu_r + sd_r (corr z1 + sqrt(1 - corr^2) z2)``; the level (``y_end`` and the plateau,
    and the caller's within-data curve by ``shift``) moves by ``shift = sd_level * se_logit * z3`` logits.
    """
    z = np.asarray(z, dtype=float)
    z1, z2 = z[..., 0], z[..., 1]
    lp = logit(np.clip(plateau, 1e-6, 1 - 1e-6)) + cal.mu_plateau + cal.sd_plateau * z1
    plateau = np.maximum(expit(lp), y_end)
    c = float(np.clip(cal.corr, -0.99, 0.99))
    lr = np.log(rate) + cal.mu_rate + cal.sd_rate * (c * z1 + math.sqrt(1 - c * c) * z2)
    rate = np.clip(np.exp(lr), 1e-3, 10.0)
    shift = np.zeros(np.shape(y_end))
    if z.shape[-1] >= 3 and cal.sd_level > 0:
        shift = cal.sd_level * se_logit * z[..., 2]
    if np.any(shift):
        y_end = expit(logit(y_end) + shift)
        plateau = np.maximum(expit(logit(plateau) + shift), y_end)
    return y_end, plateau, rate, shift


def draw_tails(y_end, plateau, rate, z, se_logit, cal: Extrapolation, *, slope, regime: Regime | None, kind: str,
               analog: AnalogConfig | None = None, library=None):
    """The tail of every draw of one curve: ``(y_end, plateau, rate, shift)``, as :class:`StrategyDraws` uses it.

    Every draw first gets the calibrated parametric error (:func:`extrapolate`); then the share of draws
    ``analog`` names (default the shipped ``planner/data/analogs_config.csv``) takes an analog's tail from
    ``library`` (default the shipped one; :func:`planner.forecast.analogs.analog_tails`). An analog's level
    shift moves its tail's start, not the measured part of the draw, so its ``shift`` is 0. Arrays of
    shape (B,) (``z``: (B, 3)); ``slope`` and ``regime`` are the raw draws' (:class:`RawTails`).
    """
    y_end_t, plateau_t, rate_t, shift = extrapolate(y_end, plateau, rate, z, se_logit, cal)
    lib = library if library is not None else load_library()
    cfg = analog if analog is not None else load_config()
    if lib is None or cfg.weight <= 0 or regime is None:
        return y_end_t, plateau_t, rate_t, shift
    rows, ye, pl, rt, _ = analog_tails(y_end, slope, regime, se_logit, kind, np.asarray(z)[:, 0], lib, cfg)
    y_end_t, plateau_t, rate_t = y_end_t.copy(), plateau_t.copy(), rate_t.copy()
    shift = np.array(np.broadcast_to(shift, y_end_t.shape), dtype=float)
    y_end_t[rows], plateau_t[rows], rate_t[rows], shift[rows] = ye, pl, rt, 0.0
    return y_end_t, plateau_t, rate_t, shift


def _shift(p: np.ndarray, delta: np.ndarray) -> np.ndarray:
    """``p`` (B, ...) moved by ``delta`` (B,) in logits."""
    if not np.any(delta):
        return p
    d = delta.reshape((-1,) + (1,) * (np.ndim(p) - 1))
    return expit(logit(p) + d)


def tail_accuracy(y_end, plateau, rate, ratio) -> np.ndarray:
    """Accuracy of each draw at ``ratio = n / n_max >= 1``: shape (B, R)."""
    r = np.maximum(np.atleast_1d(np.asarray(ratio, dtype=float)), 1.0)
    y_end = np.asarray(y_end, dtype=float)[:, None]
    plateau = np.asarray(plateau, dtype=float)[:, None]
    rate = np.asarray(rate, dtype=float)[:, None]
    return plateau - (plateau - y_end) * r[None, :] ** (-rate)


def _spread_about_median(logits: np.ndarray, low, high, shift=0.0) -> np.ndarray:
    """``logits`` (B, ...) moved away from their median over the draws (axis 0), deviations below it scaled by
    ``low`` and above it by ``high``, and the median moved by ``shift`` (all broadcast against one draw's
    shape); back to accuracy."""
    m = np.median(logits, axis=0, keepdims=True)
    dev = logits - m
    return expit(m + shift + np.where(dev > 0, high, low) * dev)


def _interp_columns(log_grid: np.ndarray, values: np.ndarray, x: float) -> np.ndarray:
    """Every row of ``values`` (B, T), given on the ascending ``log_grid`` (T,), read at ``x`` (linear in log)."""
    k = int(np.clip(np.searchsorted(log_grid, x), 1, log_grid.size - 1))
    f = (x - log_grid[k - 1]) / (log_grid[k] - log_grid[k - 1])
    return values[:, k - 1] + f * (values[:, k] - values[:, k - 1])


def _first_crossing(grid: np.ndarray, curves: np.ndarray, target: float) -> np.ndarray:
    """First n on ``grid`` where each non-decreasing row reaches ``target`` (log-linear); inf if never."""
    reached = curves >= target
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
            frac = np.where(y1 > y0, (target - y0) / np.where(y1 > y0, y1 - y0, 1.0), 1.0)
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
    spread : Spread or None
        The regime's spread factors; with them the tail is read from a grid of the moved draws.
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
        self.n_min, self.n_max = float(raw.n[0]), float(raw.n[-1])
        self.runs = raw.runs
        self.families = dict(raw.families)
        se = end_se_logit(raw.regime.point_se, raw.mean[-1]) if raw.regime is not None else 0.0
        self.y_end, self.plateau, self.rate, shift = draw_tails(
            raw.y_end, raw.plateau, raw.rate, raw.z, se, cal, slope=raw.slope, regime=raw.regime, kind=kind,
            analog=analog, library=library)
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
            moved = _spread_about_median(logit(np.clip(self.plateau, 1e-9, 1 - 1e-9)), lo, hi, sh)
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
        out = _spread_about_median(logit(np.clip(acc, 1e-9, 1 - 1e-9)), lo, hi, sh)
        out[:, 0] = self.y_end
        return r, np.maximum.accumulate(out, axis=1)

    @property
    def mean(self) -> np.ndarray:
        return self.raw.mean

    def labels(self, target: float) -> np.ndarray:
        """Labels each draw needs to reach ``target``: shape (B,), ``inf`` where its plateau is below.

        Never below the smallest measured count (nothing is known below it).
        """
        key = round(float(target), 12)
        out = self._labels.get(key)
        if out is None:
            t = float(target)
            out = _first_crossing(self.grid, self.inside, t)
            beyond = ~np.isfinite(out)
            if beyond.any() and self._tail is not None:
                n = _first_crossing(self.n_max * self._tail_ratio, self._tail[beyond], t)
                out[beyond] = np.where(n > MAX_LABELS, np.inf, n)
            elif beyond.any():
                ye, pl, rt = self.y_end[beyond], self.plateau[beyond], self.rate[beyond]
                ok = pl > t
                n = np.full(ye.size, np.inf)
                logr = np.log(np.maximum(pl[ok] - ye[ok], _TINY) / np.maximum(pl[ok] - t, _TINY)) / rt[ok]
                top = math.log(MAX_LABELS / self.n_max)
                far = logr > top   # beyond any label count: not reached
                n[ok] = np.where(far, np.inf, self.n_max * np.exp(np.clip(logr, 0.0, top)))
                out[beyond] = n
            out = np.maximum(out, self.n_min)
            self._labels[key] = out
        return out

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

    def describe(self) -> str:
        return f"measured on {self.runs} run{'s' if self.runs != 1 else ''} up to {self.n_max:,.0f} labels"


class TransferredDraws:
    """An AL strategy forecast from random sampling's draws and the proxies' label-efficiency ratios.

    In draw ``b``: ``labels_b(t) = random.labels_b(t) * ratio_b(t / A)``, with
    ``A`` random's median plateau and ``log ratio_b(f) = m(f) + s(f) * t_b *
    sqrt(1 + 1/P)``: ``m, s`` the mean and spread of the ``P`` proxies' log
    ratios at that fraction of the plateau, the spread shrunk towards a prior
    (:data:`PRIOR_LOG_RATIO_SD`, one proxy means wide) and ``t_b`` a Student
    t draw.
    """

    kind = "transferred"
    #: Prior spread of a log label-efficiency ratio between tasks (weight of one proxy).
    PRIOR_LOG_RATIO_SD = 0.35

    def __init__(self, strategy: str, base: StrategyDraws, ratios: pd.DataFrame, *, t_quantile: np.ndarray):
        self.strategy = strategy
        self.base = base
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

    def log_ratio(self, target: float) -> np.ndarray:
        f = float(target) / max(self._reach, _TINY)
        m = np.interp(f, self._fractions, self._mean)
        s = np.interp(f, self._fractions, self._sd)
        return m + s * self._t

    def labels(self, target: float) -> np.ndarray:
        key = round(float(target), 12)
        out = self._labels.get(key)
        if out is None:
            base = self.base.labels(target)
            out = np.maximum(base * np.exp(np.minimum(self.log_ratio(target), 50.0)), self.n_min)
            out[out > MAX_LABELS] = np.inf
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

    def describe(self) -> str:
        return (f"transferred from random's curve x label-efficiency ratio {self.ratio_median:.2f} "
                f"({self.ratio_low:.2f}-{self.ratio_high:.2f} over {len(self.proxies)} "
                f"prox{'ies' if len(self.proxies) != 1 else 'y'})")


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
    notes : list of str
        What the draws rest on (selection, transfer, single runs).
    neural : bool
        The table's learner is a neural network (:func:`neural_models`): its spread strata, and the verdict's
        track record, read neural learners' rows.
    family : str or None
        The table's learner family whose layer (:func:`load_family_layer`) moves the spread draws' median
        (:func:`layer_family`); ``None`` when the table names no model, models of several families, another, or
        an SVM with a kernel other than the RBF.
    """

    strategies: tuple[str, ...]
    n_draws: int
    seed: int
    by_key: dict = field(default_factory=dict)        # (strategy, noise) -> StrategyDraws
    initial: dict = field(default_factory=dict)       # strategy -> smallest measured count
    notes: list = field(default_factory=list)
    neural: bool = False
    family: str | None = None

    def noise_levels(self, strategy: str) -> np.ndarray:
        return np.array(sorted(n for s, n in self.by_key if s == strategy))

    def get(self, strategy: str, noise: float | None = None):
        if noise is None:
            noise = float(self.noise_levels(strategy)[0])
        return self.by_key[(strategy, round(float(noise), 9))]


#: A ``model`` is a neural network when a token of its name (split at anything not a letter or digit) starts
#: with one of these: the simulator's ``mlp`` and ``cnn``, and the usual names elsewhere; or is ``nn``.
NEURAL_NAMES = ("mlp", "cnn", "rnn", "lstm", "gru", "dnn", "neural", "transformer", "bert", "vit", "resnet",
                "densenet", "mobilenet", "efficientnet", "convnet", "net")


def neural_models(curves: pd.DataFrame) -> list[str]:
    """The table's ``model`` names that are neural networks (sorted; none without the column)."""
    if "model" not in curves.columns:
        return []
    names = sorted({str(m) for m in curves["model"].dropna()})
    return [m for m in names if learner_family(m) == "neural"]


def neural_note(curves: pd.DataFrame) -> str:
    """What a forecast of a neural network's curve should be read with ("" for other models)."""
    return _neural_text(neural_models(curves))


def _neural_text(neural: list[str]) -> str:
    """:func:`neural_note` for the table's neural ``model`` names (:func:`neural_models`)."""
    if not neural:
        return ""
    return (f"model {', '.join(neural)} is a neural network: on curves held out from every fit, neural learners' "
            "ranges held the truth less often than their level says (benchmarks/RESULTS.md); allow for more spread "
            "than shown")


def family_note(curves: pd.DataFrame) -> str:
    """What a forecast of the table's curves carries for its learner family ("" for none or a family without a
    layer): :func:`layer_family` and :func:`load_family_layer`."""
    return _family_text(layer_family(curves))


def _family_text(family: str | None) -> str:
    """The note of a table of learner ``family`` ("" for none, or a family the shipped layer lacks)."""
    if family is None or family not in load_family_layer():
        return ""
    learners = family_layer_learners()[family].replace("+", " and ")
    return (f"the model is read as family {family}: beyond the measured labels its forecast's median is moved by "
            f"that family's correction, fitted on held-out curves of scikit-learn's {learners} only; another "
            "configuration of the family can read differently (benchmarks/RESULTS.md, rounds 39-43)")


def _ending(strategies: dict[str, float]) -> str:
    """``{strategy: its last mean accuracy}`` as the level notes name them."""
    return ", ".join(f"{s} (ends at {v:.3f})" for s, v in sorted(strategies.items()))


def _level_text(raised: dict[str, float]) -> str:
    """The note of the strategies whose forecast the level layer moves (``{strategy: its last mean accuracy}``)."""
    return (f"{_ending(raised)}: curves ending this low were forecast too low on held-out curves, so beyond the "
            "measured labels the median is moved up by the level's correction and the range below it widened (some "
            "such curves stay low; benchmarks/RESULTS.md, rounds 46 and 48)")


def _widened_text(widened: dict[str, float]) -> str:
    """The note of the strategies whose range below the median the level layer widens without moving the median
    (``{strategy: its last mean accuracy}``)."""
    return (f"{_ending(widened)}: curves ending at this level ended below the median forecast more often than its "
            "range said on held-out curves, so beyond the measured labels the range below the median is widened by "
            "the level's factor; the median is not moved (benchmarks/RESULTS.md, round 49)")


def draw_table(curves: pd.DataFrame, *, n_draws: int = DEFAULT_DRAWS, seed: int = 0,
               ratios: pd.DataFrame | None = None, calibration: dict | None = None,
               analog: AnalogConfig | None = None, spread: dict | None = None) -> Draws:
    """Joint draws of every strategy (and label-noise level) of a selected curves table.

    Parameters
    ----------
    curves : DataFrame
        A validated, selected curves table (``planner.forecast.io.select_curves``):
        ``strategy, n_labels, accuracy`` and optional ``seed``, ``label_noise``.
    n_draws : int
        Joint draws.
    seed : int
        Seed of every draw: the same table and seed give the same draws.
    ratios : DataFrame, optional
        Label-efficiency ratios of AL strategies on proxies
        (:func:`planner.forecast.transfer.efficiency_ratios`): each becomes a
        :class:`TransferredDraws` built on random's draws.
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
    ss = np.random.SeedSequence([int(seed), B])
    rng = np.random.default_rng(ss)
    # the shared randomness of the table: run weights, campaign multipliers, t scale, plateau error
    shared_w = rng.exponential(size=(B, len(seeds)))   # normalised per strategy: Dirichlet on any subset
    shared_g = rng.standard_normal((B, len(seeds)))
    shared_u = rng.uniform(size=B)
    shared_z1 = rng.standard_normal(B)
    noise = (pd.to_numeric(curves["label_noise"], errors="coerce").to_numpy(dtype=float)
             if "label_noise" in curves.columns else np.zeros(len(curves)))
    out = Draws(strategies=tuple(strategies), n_draws=B, seed=int(seed))
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
            w = shared_w[:, cols]
            w = w / w.sum(axis=1, keepdims=True)
            own = np.random.default_rng(np.random.SeedSequence([int(seed), B, zlib.crc32(s.encode()),
                                                                int(round(level * 1e6))]))
            z = np.column_stack([shared_z1, own.standard_normal((B, 2))])
            raw = raw_tails(n, Y, n_draws=B, rng=own, run_weights=w, multipliers=shared_g[:, cols],
                            t_quantile=shared_u, z=z)
            levels.setdefault(round(float(level), 9), []).append((s, raw))
        if raw.runs == 1:
            out.notes.append(f"{s}: one run, so the run-to-run spread is unknown and the interval covers the fit "
                             "only; measure 3 or more seeds")
    neural = neural_models(curves)   # the model column read once each: the note, the spread lookup, the record
    out.neural = bool(neural)
    out.family = layer_family(curves)
    if neural:
        out.notes.append(_neural_text(neural))
    family_text = _family_text(out.family) if spread is None or spread else ""   # the layer rides on the spread
    if family_text:
        out.notes.append(family_text)
    raised, widened = {}, {}
    for level, items in levels.items():
        shared = share_plateau([raw for _, raw in items])
        for (s, _), raw in zip(items, shared):
            kind = "random" if s == RANDOM else "al"
            end = float(raw.mean[-1])
            spr = spread_for(spread, kind, raw.regime, neural=bool(neural), family=out.family, level=end)
            own = level_layer_for(end)
            if spr is not None and own is not None:   # a bin that moves the median up, or only widens below it
                (raised if own.shift is not None and np.any(own.shift > 0) else widened).setdefault(s, end)
            out.by_key[(s, level)] = StrategyDraws(s, raw, calibration_for(cal, kind, raw.regime), noise=level,
                                                   kind=kind, analog=analog, spread=spr)
    if raised:
        out.notes.append(_level_text(raised))
    if widened:
        out.notes.append(_widened_text(widened))
    if ratios is not None and len(ratios):
        if RANDOM not in strategies:
            raise ValueError("transfer needs the pilot's random-sampling curve")
        base = out.get(RANDOM)
        t_rng = np.random.default_rng(np.random.SeedSequence([int(seed), B, 7]))
        u = t_rng.uniform(size=B)   # one transfer error per draw, shared by the AL strategies
        for s, g in ratios.groupby("strategy", sort=True):
            s = str(s)
            if s in strategies:
                continue
            out.by_key[(s, base.noise)] = TransferredDraws(s, base, g, t_quantile=u)
            out.initial[s] = out.initial[RANDOM]
            strategies.append(s)
        out.strategies = tuple(strategies)
    return out
