"""The corpus's generated shapes, one function per shape (the rest are rows of ``box`` or
``steps``, in ``formula.py``), ``(n, rng, params) -> (X, y)``."""

from __future__ import annotations

import numpy as np
from sklearn import datasets as skd

from .registry import flip_binary, knight_distances, redraw_among, shape


@shape
def swiss(n, rng, params, seed):
    X, t = skd.make_swiss_roll(n_samples=n, noise=float(params["noise"]), random_state=seed)
    edges = np.quantile(t, np.linspace(0.0, 1.0, int(params["bands"]) + 1)[1:-1])
    return X, np.searchsorted(edges, t).astype(np.int64)

@shape
def bag_of_words(n, rng, params):
    # word counts of ``length`` draws from a class's mix of shared and own word shares
    d, k = int(params["n_features"]), int(params["classes"])
    shared = float(params["shared"])
    P = shared * rng.dirichlet(np.ones(d)) + (1 - shared) * rng.dirichlet(np.full(d, float(params["alpha"])), k)
    y = rng.integers(0, k, size=n)
    return rng.multinomial(int(params["length"]), P[y]).astype(float), y.astype(np.int64)

@shape
def first_above(n, rng, params):
    # the first of the first ``counted`` features above ``threshold`` (``counted``: none)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["counted"])
    above = X[:, :k] > float(params["threshold"])
    y = np.where(above.any(axis=1), above.argmax(axis=1), k).astype(np.int64)
    return X, redraw_among(y, rng, k + 1, params)

@shape
def simplex_peak(n, rng, params):
    # ``parts`` shares uniform on the simplex: which is above ``threshold``, or none
    k = int(params["parts"])
    P = rng.dirichlet(np.ones(k), size=n)
    X = np.c_[P, rng.random((n, int(params["n_features"]) - k))]
    over = P > float(params["threshold"])   # a threshold of 0.5 or more: at most one share over it
    y = np.where(over.any(axis=1), over.argmax(axis=1) + 1, 0).astype(np.int64)
    return X, redraw_among(y, rng, k + 1, params)

@shape
def carries(n, rng, params):
    # two ``bits``-bit numbers (highest bit first): how many carries their sum makes
    b = int(params["bits"])
    X = rng.integers(0, 2, size=(n, 2 * b))
    carry, y = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    for j in range(b - 1, -1, -1):   # from the lowest bits, x_{b-1} and x_{2b-1}, up
        carry = (X[:, j] + X[:, b + j] + carry >= 2).astype(np.int64)
        y += carry
    return X.astype(np.float64), redraw_among(y, rng, b + 1, params)

@shape
def root_count(n, rng, params):
    # how many roots of x0 + x1 t + x2 t^2 lie in [-1, 1]
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    a0, a1, a2 = X[:, 0], X[:, 1], X[:, 2]
    disc = a1**2 - 4 * a0 * a2
    root = np.sqrt(np.maximum(disc, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):   # a2 = 0 has probability 0
        inside = (np.abs((-a1 - root) / (2 * a2)) <= 1).astype(np.int64) + (np.abs((-a1 + root) / (2 * a2)) <= 1)
    return X, redraw_among(np.where(disc >= 0, inside, 0).astype(np.int64), rng, 3, params)

@shape
def mandelbrot(n, rng, params):
    # whether c = (1.3 x0 - 0.7) + 1.3 x1 i stays bounded for ``iterations`` steps
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c = (1.3 * X[:, 0] - 0.7) + 1.3j * X[:, 1]   # [-2, 0.6] x [-1.3, 1.3] i
    z, bounded = np.zeros(n, dtype=complex), np.ones(n, dtype=bool)
    for _ in range(int(params["iterations"])):
        z = np.where(bounded, z * z + c, z)   # an escaped point stays where it escaped
        bounded &= np.abs(z) <= 2.0
    return X, flip_binary(bounded.astype(np.int64), rng, params)

@shape
def convex_position(n, rng, params):
    # 4 points (x0, x1) .. (x6, x7): whether none lies in the others' triangle
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    P = X[:, :8].reshape(n, 4, 2)

    def turn(a, b, c):   # the sign of the turn a -> b -> c
        return np.sign((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0]))

    inside = np.zeros(n, dtype=bool)
    for i in range(4):
        a, b, c = (P[:, j] for j in range(4) if j != i)
        s = turn(a, b, P[:, i])
        inside |= (s == turn(b, c, P[:, i])) & (s == turn(c, a, P[:, i]))
    return X, flip_binary((~inside).astype(np.int64), rng, params)

@shape
def koch_snowflake(n, rng, params):
    # inside Koch's snowflake (even-odd rule) of ``levels`` levels around the origin
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    turn = rng.uniform(0.0, 2 * np.pi)   # a triangle of circumradius ``radius``, counter-clockwise; each level
    P = float(params["radius"]) * np.exp(1j * (turn + 2 * np.pi * np.arange(3) / 3))   # bumps every edge out
    for _ in range(int(params["levels"])):
        a, d = P, (np.roll(P, -1) - P) / 3
        P = np.stack([a, a + d, a + d + d * np.exp(-1j * np.pi / 3), a + 2 * d], axis=1).ravel()
    q, e = X[:, 0] + 1j * X[:, 1], np.roll(P, -1)   # a ray from each point to the right: odd crossings, inside
    straddle = (P.imag[None] > q.imag[:, None]) != (e.imag[None] > q.imag[:, None])
    with np.errstate(divide="ignore", invalid="ignore"):
        at = P.real[None] + (q.imag[:, None] - P.imag[None]) * (e.real - P.real)[None] / (e.imag - P.imag)[None]
    inside = (straddle & (at > q.real[:, None])).sum(axis=1) % 2 == 1
    return X, flip_binary(inside.astype(np.int64), rng, params)

@shape
def ar_process(n, rng, params):
    # x_t = a x_{t-1} + e_t, stationary from the start, a = phi (2 y / (k - 1) - 1)
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    a = float(params["phi"]) * (2 * y / (k - 1) - 1)
    e = rng.standard_normal((n, d))
    X = np.empty((n, d))
    X[:, 0] = e[:, 0] / np.sqrt(1 - a**2)
    for t in range(1, d):
        X[:, t] = a * X[:, t - 1] + e[:, t]
    return X, y.astype(np.int64)

@shape
def records(n, rng, params):
    # the records (left-to-right maxima) R among the first ``counted`` features in their
    k, m = int(params["classes"]), int(params["counted"])   # order: class R - 1, clipped to classes - 1
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
    before = np.maximum.accumulate(X[:, :m], axis=1)[:, :-1]   # the largest so far, before each feature
    records = 1 + (X[:, 1:m] > before).sum(axis=1)
    return X, redraw_among(np.clip(records - 1, 0, k - 1).astype(np.int64), rng, k, params)

@shape
def incircle(n, rng, params):
    # whether p = (x6, x7) lies inside the circle through a = (x0, x1), b, c: the in-circle
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # determinant, signed by abc's turn
    a, b, c, p = (X[:, 2 * i : 2 * i + 2] for i in range(4))
    rows = np.stack([np.c_[q - p, ((q - p) ** 2).sum(axis=1)] for q in (a, b, c)], axis=1)
    turn = np.sign((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])
    return X, flip_binary((np.linalg.det(rows) * turn > 0).astype(np.int64), rng, params)

@shape
def segments_cross(n, rng, params):
    # whether the segments (x0, x1)-(x2, x3) and (x4, x5)-(x6, x7) cross: each one's
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # ends on the two sides of the other's line
    p, q, r, s = (X[:, 2 * i : 2 * i + 2] for i in range(4))

    def side(a, b, c):   # the sign of the turn a -> b -> c
        return np.sign((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])

    cross = (side(p, q, r) * side(p, q, s) < 0) & (side(r, s, p) * side(r, s, q) < 0)
    return X, flip_binary(cross.astype(np.int64), rng, params)

@shape
def condorcet(n, rng, params):
    # ``voters`` voters' standard normal utilities for 3 candidates (voter by voter): the
    v = int(params["voters"])   # candidate beating both others by majority (0, 1, 2) or none, a cycle (3)
    X = rng.standard_normal((n, 3 * v))
    U = X.reshape(n, v, 3)
    beaten = [sum(2 * (U[:, :, a] > U[:, :, b]).sum(axis=1) > v for b in range(3) if b != a) for a in range(3)]
    wins = np.stack(beaten, axis=1)   # (n, 3): how many of the two others each candidate beats
    y = np.where((wins == 2).any(axis=1), np.argmax(wins, axis=1), 3).astype(np.int64)
    return X, y

@shape
def graph_components(n, rng, params):
    # the complete graph's edges on ``nodes`` nodes, one uniform feature each (in
    m = int(params["nodes"])   # np.triu_indices order), present below ``p``: its connected pieces C, class C - 1
    i, j = np.triu_indices(m, 1)   # clipped to classes - 1
    X = rng.uniform(0.0, 1.0, size=(n, i.size))
    A = np.zeros((n, m, m), dtype=bool)
    A[:, i, j] = A[:, j, i] = X < float(params["p"])
    reach = A | np.eye(m, dtype=bool)[None]
    for _ in range(m):   # joined by a path: the closure of the edges
        reach = reach | (np.einsum("nij,njk->nik", reach.astype(np.int64), reach.astype(np.int64)) > 0)
    pieces = (~np.tril(reach, -1).any(axis=2)).sum(axis=1)   # nodes joined to no lower-numbered one
    k = int(params["classes"])
    return X, np.clip(pieces - 1, 0, k - 1).astype(np.int64)

@shape
def nim_sum(n, rng, params):
    # ``heaps`` heaps of 0..``top`` (whole numbers; the other features too): whether the first
    h = int(params["heaps"])   # player wins Nim, the heaps' bitwise exclusive or not 0
    heaps = rng.integers(0, int(params["top"]) + 1, size=(n, int(params["n_features"])))
    y = (np.bitwise_xor.reduce(heaps[:, :h], axis=1) != 0).astype(np.int64)
    return heaps.astype(np.float64), flip_binary(y, rng, params)

@shape
def knight_moves(n, rng, params):
    # two squares (x0, x1), (x2, x3) of a chessboard (whole numbers 0..7, the other
    k = int(params["classes"])   # features too): the fewest knight's moves D between them, class D - 1 clipped
    X = rng.integers(0, 8, size=(n, int(params["n_features"])))   # to 0 .. classes - 1
    moves = knight_distances()[8 * X[:, 0] + X[:, 1], 8 * X[:, 2] + X[:, 3]]
    return X.astype(np.float64), redraw_among(np.clip(moves - 1, 0, k - 1).astype(np.int64), rng, k, params)

@shape
def tictactoe(n, rng, params):
    # a noughts-and-crosses board, 9 features row by row: 1 a cross, -1 a nought, 0 empty
    e = float(params["empty"])   # (a share ``empty``): a line of three crosses, of noughts, neither or both
    X = rng.choice([-1.0, 0.0, 1.0], p=[(1 - e) / 2, e, (1 - e) / 2], size=(n, 9))
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    total = np.stack([X[:, list(line)].sum(axis=1) for line in lines], axis=1)
    return X, ((total == 3).any(axis=1) + 2 * (total == -3).any(axis=1)).astype(np.int64)   # 0, 1, 2 or 3 (both)

@shape
def inertia(n, rng, params):
    # a symmetric ``size`` x ``size`` matrix, its upper triangle (row by row) the features,
    m = int(params["size"])   # Gaussian, the diagonal's of standard deviation 1 and the others' ``coupling``: how
    i, j = np.triu_indices(m)   # many of its eigenvalues are positive (0 .. size)
    X = rng.standard_normal((n, i.size)) * np.where(i == j, 1.0, float(params["coupling"]))
    A = np.zeros((n, m, m))
    A[:, i, j] = A[:, j, i] = X
    y = (np.linalg.eigvalsh(A) > 0).sum(axis=1).astype(np.int64)
    return X, redraw_among(y, rng, m + 1, params)

@shape
def bipartite(n, rng, params):
    # a graph on ``nodes`` nodes, one coin feature per edge (np.triu_indices order), present
    m = int(params["nodes"])   # with probability ``p``: whether it is bipartite (no cycle of odd length: no closed
    i, j = np.triu_indices(m, 1)   # walk of odd length up to ``nodes``)
    X = (rng.random((n, i.size)) < float(params["p"])).astype(np.float64)
    A = np.zeros((n, m, m), dtype=np.int64)
    A[:, i, j] = A[:, j, i] = X
    walks, odd = A, np.zeros(n, dtype=bool)
    for length in range(2, m + 1):
        walks = walks @ A
        if length % 2:
            odd |= np.trace(walks, axis1=1, axis2=2) > 0
    return X, flip_binary((~odd).astype(np.int64), rng, params)

@shape
def epidemic_size(n, rng, params):
    # an SIR epidemic, its infection rate b uniform on [0.1, 1], its recovery rate g
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.1, 0.5], the share
    X[:, :3] = X[:, :3] * [0.9, 0.4, 0.8] + [0.1, 0.1, 0.2]   # susceptible s uniform on [0.2, 1] (the other
    r0, s = X[:, 0] / X[:, 1], X[:, 2]   # features uniform on [0, 1]): the share ever infected z, the root of z =
    lo, hi = np.zeros(n), s.copy()   # s (1 - exp(-b z / g)) above 0 (0 if b s / g <= 1; bisection), up to ``low``
    for _ in range(60):   # (0), up to ``high`` (1) or above (2)
        mid = (lo + hi) / 2
        up = s * (1 - np.exp(-r0 * mid)) > mid
        lo, hi = np.where(up, mid, lo), np.where(up, hi, mid)
    z = np.where(r0 * s > 1, lo, 0.0)
    return X, ((z > float(params["low"])).astype(np.int64) + (z > float(params["high"])))

@shape
def sandpile(n, rng, params):
    # a ``side`` x ``side`` sandpile (heights 0..3, row by row), its centre at 3, given a
    s = int(params["side"])   # grain there: how many topplings follow (a site of 4 or more gives a grain to each
    X = rng.integers(0, 4, size=(n, s * s)).astype(np.float64)   # side neighbour, those off the edge lost; the
    X[:, s * s // 2] = 3.0   # count is the same in any order), under ``low`` (0), under ``high`` (1) or more (2)
    h = X.reshape(n, s, s).astype(np.int64)
    h[:, s // 2, s // 2] += 1
    topples = np.zeros(n, dtype=np.int64)
    while (h >= 4).any():
        over = h >= 4
        p = np.pad(over, ((0, 0), (1, 1), (1, 1))).astype(np.int64)
        topples += over.sum(axis=(1, 2))
        h = h - 4 * over + p[:, :-2, 1:-1] + p[:, 2:, 1:-1] + p[:, 1:-1, :-2] + p[:, 1:-1, 2:]
    return X, np.digitize(topples, [int(params["low"]), int(params["high"])]).astype(np.int64)

@shape
def domino_run(n, rng, params):
    # a row of ``dominoes`` dominoes of heights uniform on [2, 5] cm, then the gaps between
    k = int(params["dominoes"])   # them uniform on [0.5, 4] cm: the first one pushed, a falling one topples the
    X = rng.uniform(0.0, 1.0, size=(n, 2 * k - 1))   # next when the gap after it is less than its height; how many
    X[:, :k], X[:, k:] = 2 + 3 * X[:, :k], 0.5 + 3.5 * X[:, k:]   # fall, under ``low`` (0), under ``high`` (1) or
    fallen = 1 + np.cumprod(X[:, k:] < X[:, : k - 1], axis=1).sum(axis=1)   # more (2)
    return X, np.digitize(fallen, [int(params["low"]), int(params["high"])]).astype(np.int64)

@shape
def clothing_size(n, rng, params):
    # a build b uniform on [0, 1] and a height uniform on [155, 195] cm: a chest of 82 +
    X = rng.uniform(0.0, 1.0, size=(n, 4))   # 44 b, a waist of 64 + 44 b and hips of 88 + 42 b cm, each plus normal
    build = X[:, 0].copy()   # noise of sd 4, 5 and 4 cm (chest, waist, hips, height): the size, XS to XXL (0..5),
    X[:, 0] = 82 + 44 * build + rng.normal(0.0, 4.0, size=n)   # the largest that any of the three needs (chests up
    X[:, 1] = 64 + 44 * build + rng.normal(0.0, 5.0, size=n)   # to 88, 96, 104, 112, 120 cm, waists to 72 .. 104,
    X[:, 2] = 88 + 42 * build + rng.normal(0.0, 4.0, size=n)   # hips to 94 .. 126, by 8), ``flip`` of the labels
    X[:, 3] = 155 + 40 * X[:, 3]   # redrawn
    need = [np.digitize(X[:, j], first + 8.0 * np.arange(5)) for j, first in enumerate((88.0, 72.0, 94.0))]
    return X, redraw_among(np.maximum.reduce(need).astype(np.int64), rng, 6, params)
