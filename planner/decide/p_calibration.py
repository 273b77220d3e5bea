"""P(AL cheaper) calibrated: the share of draws in which AL is cheaper, mapped to how often it was.

On AL curves held out from every fit the share of draws is less extreme than
the outcomes; the shipped map (``planner/data/p_al_cheaper.csv``, fitted by
``benchmarks/forecast/recalibrate_p.py``) reads the share's logit, where
random's quoted labels lie in the pool and how far the measured labels are
into it.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from scipy.special import expit, logit

from planner.forecast.tables import read_table

__all__ = ["PILOT_SHARE_RANGE", "POOL_SHARE_RANGE", "P_SHARE", "calibrated_p", "load_p_calibration",
           "pilot_log_share", "pool_log_share", "share_logit"]

#: Which draws P(AL cheaper)'s share reads, in ``benchmarks/forecast/recalibrate_p.py --share``'s letters: ``"R"``,
#: among the draws in which some path reaches the target (``"S"``: every draw, one in which no path reaches
#: counted as a tie). ``evaluate_decisions.py`` stores it with each case (``share_kind``).
P_SHARE = "R"


def share_logit(share, n_draws) -> np.ndarray:
    """The logit of a share of ``n_draws`` draws, clipped half a draw inside (0, 1)."""
    share, n = np.asarray(share, dtype=float), np.maximum(np.asarray(n_draws, dtype=float), 1.0)
    return logit(np.clip(share, 0.5 / n, 1 - 0.5 / n))


#: Where random's quoted labels lie in the pool, as P(AL cheaper)'s map reads it: the share of the pool, clipped to
#: this range (random unreachable within the pool: the upper end).
POOL_SHARE_RANGE = (0.125, 4.0)


def pool_log_share(share_of_pool) -> np.ndarray:
    """``log2`` of random's labels over the pool, clipped to :data:`POOL_SHARE_RANGE` (``inf`` -> its upper end)."""
    x = np.asarray(share_of_pool, dtype=float)
    return np.log2(np.clip(x, *POOL_SHARE_RANGE))


#: How far the measured labels are into the pool, as P(AL cheaper)'s map reads it: random's largest measured count
#: over the pool, clipped to this range.
PILOT_SHARE_RANGE = (1 / 16, 1.0)


def pilot_log_share(pilot_share_of_pool) -> np.ndarray:
    """``log2`` of random's largest measured count over the pool, clipped to :data:`PILOT_SHARE_RANGE`."""
    return np.log2(np.clip(np.asarray(pilot_share_of_pool, dtype=float), *PILOT_SHARE_RANGE))


@lru_cache(maxsize=1)
def _p_maps() -> dict[str, tuple[float, ...]]:
    """Both rows of ``planner/data/p_al_cheaper.csv``, read and checked once:
    ``{"no": (a, b), "yes": (a, b, c, d, e)}``."""
    table = read_table("p_al_cheaper.csv")   # listed, there and readable
    try:
        rows = {str(r["pool"]): r for r in table.to_dict("records")}
        maps = {k: tuple(float(rows[k][c]) for c in ("a", "b", "c", "d", "e")) for k in ("no", "yes")}
        shares = {str(rows[k]["share"]) for k in ("no", "yes")}
    except (OSError, ValueError, KeyError, IndexError) as exc:
        raise RuntimeError(f"planner/data/p_al_cheaper.csv is missing or broken ({exc}): "
                           "reinstall the package") from None
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
    ``benchmarks/forecast/recalibrate_p.py`` to the share :data:`P_SHARE`; planner/data/MANIFEST.csv names the
    cases it was fitted on): ``(a, b)`` without a pool, ``(a, b, c, d, e)`` with one (:func:`calibrated_p`)."""
    return _p_maps()["yes" if with_pool else "no"]


def calibrated_p(share, n_draws, coef: tuple[float, ...] | None = None, share_of_pool=None,
                 pilot_share_of_pool=None):
    """P(AL cheaper) calibrated: ``expit(a + b L + c g + d g L + e h)`` with ``L`` the share's logit
    (:func:`share_logit`), ``g`` = :func:`pool_log_share` of ``share_of_pool`` (random's quoted labels over the
    pool; ``None`` without a pool: ``g`` = 0) and ``h`` = :func:`pilot_log_share` of ``pilot_share_of_pool``
    (random's largest measured count over the pool). ``coef`` = ``(a, b)``, ``(a, b, c, d)`` or
    ``(a, b, c, d, e)``; by default the shipped :func:`load_p_calibration` map, the pool's when ``share_of_pool``
    is given. A map with ``e != 0`` needs ``pilot_share_of_pool`` with the pool (``ValueError``). Monotone in the
    share; NaN stays NaN. On AL curves held out from every fit the share of draws is less extreme than the
    outcomes, and among the cases it reads 20-60% AL was cheaper more often where random's labels lie early in the
    pool and less often where they lie beyond it; the map reads both (docs/methods.md)."""
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


