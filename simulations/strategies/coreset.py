"""Core-set selection (Sener & Savarese 2018): greedy k-center and its robust refinement."""

from __future__ import annotations

import numpy as np

from simulations.strategies.selectors import _min_sq_dist, _sq_norms, k_center_greedy


def _pairwise_sq(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    d = _sq_norms(A)[:, None] - 2.0 * (A @ B.T) + _sq_norms(B)[None, :]
    return np.maximum(d, 0.0)


def robust_k_center(
    X: np.ndarray,
    centers: np.ndarray | None,
    k: int,
    rng: np.random.Generator,
    *,
    max_points: int = 600,
    outlier_fraction: float = 0.01,
    n_search: int = 6,
    node_limit: int = 200,
    time_limit: float = 30.0,
) -> np.ndarray:
    """Robust k-center with outliers (Sener & Savarese 2018), on a subsample.

    Starts from the greedy k-center solution, whose covering radius
    ``delta`` is at most twice the optimum, then binary-searches a smaller
    radius in ``[delta / 2, delta]`` for which a mixed-integer program
    (scipy's HiGHS ``milp``) still finds ``k`` centers covering every point
    within that radius but at most ``outlier_fraction`` of them. The MIP is
    the paper's feasibility problem with the assignment variables eliminated
    (a point is covered iff some open center lies within the radius), so it
    has one binary per candidate center and one per possible outlier.

    Large pools are capped: the MIP runs on ``max_points`` candidates (the
    greedy picks plus a random subsample drawn with ``rng``); when ``k`` is too
    large for that, or no better radius is found, the greedy picks are
    returned. ``node_limit`` bounds every MIP so the answer does not depend on
    the machine's speed (``time_limit`` is only a safety net).

    Parameters
    ----------
    X : ndarray of shape (n_candidates, d)
    centers : ndarray of shape (n_labeled, d) or None
    k : int
    rng : numpy.random.Generator

    Returns
    -------
    positions : ndarray of int64 of shape (k,)
        Farthest-from-the-labeled-set first.
    """
    X = np.ascontiguousarray(X, dtype=np.float32)
    n = X.shape[0]
    greedy = k_center_greedy(X, centers, k, rng)
    if k >= n or k > max_points // 2 or n < 3:
        return greedy
    sub = _candidates(n, greedy, k, max_points, rng)
    D, to_lab = _distances(X[sub].astype(np.float64), centers)
    greedy_sub = np.searchsorted(sub, greedy)
    radius = np.minimum(to_lab, D[:, greedy_sub].min(axis=1))
    hi = float(radius.max())
    lo = hi / 2.0
    n_out = int(np.floor(outlier_fraction * sub.size))
    best: np.ndarray | None = None
    for _ in range(n_search):
        mid = 0.5 * (lo + hi)
        found = _cover_within(D, to_lab, mid, k, n_out, greedy_sub, node_limit=node_limit, time_limit=time_limit)
        if found is None:
            lo = mid
        else:
            best, hi = found, mid
    if best is None:
        return greedy
    picked = sub[best]
    order = np.argsort(-to_lab[best], kind="stable")
    return picked[order].astype(np.int64)


def _candidates(n: int, greedy: np.ndarray, k: int, max_points: int, rng: np.random.Generator) -> np.ndarray:
    """The sorted positions the MIP chooses among: every point, or where ``n`` exceeds ``max_points`` the
    greedy picks plus ``max_points - k`` others drawn with ``rng``."""
    if n <= max_points:
        return np.arange(n)
    rest = np.setdiff1d(np.arange(n), greedy, assume_unique=True)
    extra = rng.choice(rest, size=max_points - k, replace=False)
    return np.sort(np.concatenate([greedy, extra]))


def _distances(Xs: np.ndarray, centers: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' pairwise distances, shape (m, m), and each one's distance to the nearest labeled
    center, shape (m,) (inf where there is none)."""
    D = np.sqrt(_pairwise_sq(Xs, Xs))
    if centers is not None and len(centers):
        C = np.asarray(centers, dtype=np.float64)
        to_lab = np.sqrt(_min_sq_dist(Xs, _sq_norms(Xs), C, _sq_norms(C)).astype(np.float64))
    else:
        to_lab = np.full(Xs.shape[0], np.inf)
    return D, to_lab


def _cover_within(
    D: np.ndarray,
    to_lab: np.ndarray,
    delta: float,
    k: int,
    n_out: int,
    greedy_sub: np.ndarray,
    *,
    node_limit: int,
    time_limit: float,
) -> np.ndarray | None:
    """``k`` candidate positions that cover every point within ``delta`` but at most ``n_out`` of them (with
    the labeled set's cover), found by the feasibility MIP; None where it finds none within its limits."""
    from scipy.optimize import Bounds, LinearConstraint, milp  # lazy: start-up time
    from scipy.sparse import csr_array, hstack, identity  # lazy: start-up time

    m = D.shape[0]
    need = to_lab > delta  # points the labeled set does not already cover
    cover = csr_array((D[need] <= delta).astype(np.float64))
    rows = int(need.sum())
    if rows == 0:
        return greedy_sub  # the labeled set covers everything: any k points do
    A_cover = hstack([cover, identity(rows, format="csr")], format="csr")
    A_count = np.concatenate([np.ones(m), np.zeros(rows)])[None, :]
    A_out = np.concatenate([np.zeros(m), np.ones(rows)])[None, :]
    constraints = [
        LinearConstraint(A_cover, lb=np.ones(rows), ub=np.inf),
        LinearConstraint(A_count, lb=k, ub=k),
        LinearConstraint(A_out, lb=0, ub=n_out),
    ]
    res = milp(
        c=np.zeros(m + rows),
        constraints=constraints,
        integrality=np.ones(m + rows),
        bounds=Bounds(0, 1),
        options={"node_limit": node_limit, "time_limit": time_limit, "presolve": True},
    )
    if res.x is None or res.status not in (0, 1):
        return None
    open_ = np.flatnonzero(res.x[:m] > 0.5)
    return open_ if open_.size == k else None
