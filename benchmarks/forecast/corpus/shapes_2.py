"""The corpus's generated shapes, part 2 of 2: one function per shape, ``(n, rng, params) -> (X, y)``."""

from __future__ import annotations

import numpy as np

from .registry import flip_binary, knight_distances, redraw_among, shape


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
def damping(n, rng, params):
    # a cosine of random frequency, phase and amplitude whose envelope decays by exp(-rate y /
    k, d = int(params["classes"]), int(params["n_features"])   # (k - 1)) over the window, plus Gaussian noise
    y = rng.integers(0, k, size=n)
    omega, phase = rng.uniform(0.5, 1.5, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
    amp, t = rng.uniform(0.5, 1.5, size=n), np.arange(d)[None]
    envelope = amp[:, None] * np.exp(-float(params["rate"]) * (y / (k - 1))[:, None] * t / (d - 1))
    clean = envelope * np.cos(omega[:, None] * t + phase[:, None])
    return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def echo_lag(n, rng, params):
    # white noise plus its echo ``gain`` times as loud, y + 1 samples late, plus noise
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    s = rng.standard_normal((n, d + k))   # x_t = s_{t+k} + gain s_{t+k-1-y}
    late = np.take_along_axis(s, np.arange(d)[None] + k - 1 - y[:, None], axis=1)
    X = s[:, k:] + float(params["gain"]) * late
    return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def modulation(n, rng, params):
    # a carrier of random frequency and phase: a pure tone (0), amplitude-modulated (1)
    d = int(params["n_features"])   # or frequency-modulated (2) at a slow random rate and phase, plus noise
    y = rng.integers(0, 3, size=n)
    omega, phase = rng.uniform(1.0, 2.0, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
    rate, slow = rng.uniform(0.1, 0.3, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
    t = np.arange(d)[None]
    wave = np.sin(rate[:, None] * t + slow[:, None])
    am = (y == 1)[:, None] * float(params["depth"]) * wave
    fm = (y == 2)[:, None] * float(params["beta"]) * wave
    clean = (1.0 + am) * np.cos(omega[:, None] * t + phase[:, None] + fm)
    return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def distinct_count(n, rng, params):
    # features whole numbers 0 .. values - 1: how many distinct values D the first
    k, m = int(params["classes"]), int(params["counted"])   # ``counted`` take, class D - low clipped
    X = rng.integers(0, int(params["values"]), size=(n, int(params["n_features"]))).astype(np.float64)
    distinct = 1 + (np.diff(np.sort(X[:, :m], axis=1), axis=1) != 0).sum(axis=1)
    y = np.clip(distinct - int(params["low"]), 0, k - 1).astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def subset_sum(n, rng, params):
    # ``counted`` whole numbers 1..9 and a target 1..``top``: whether some non-empty subset
    m = int(params["counted"])   # of the numbers sums to the target (all 2^m - 1 subsets tried)
    items = rng.integers(1, 10, size=(n, m))
    target = rng.integers(1, int(params["top"]) + 1, size=n)
    subsets = (np.arange(1, 2**m)[:, None] >> np.arange(m)[None]) & 1
    y = ((items @ subsets.T) == target[:, None]).any(axis=1).astype(np.int64)
    return np.c_[items, target].astype(np.float64), flip_binary(y, rng, params)

@shape
def queen_attack(n, rng, params):
    # two squares (x0, x1), (x2, x3) of a chessboard (whole numbers 0..7, the other
    X = rng.integers(0, 8, size=(n, int(params["n_features"]))).astype(np.float64)   # features too): on one line
    dr, dc = X[:, 0] - X[:, 2], X[:, 1] - X[:, 3]   # for a queen: a row, a column or a diagonal (or the same)
    y = ((dr == 0) | (dc == 0) | (np.abs(dr) == np.abs(dc))).astype(np.int64)
    return X, flip_binary(y, rng, params)

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
def palindrome(n, rng, params):
    # a share ``share`` of palindromes (the second half the first reversed, plus Gaussian
    d = int(params["n_features"])   # ``noise``) among uniform features, ``flip`` of the labels at random
    y = (rng.random(n) < float(params["share"])).astype(np.int64)
    X = rng.uniform(-1.0, 1.0, size=(n, d))
    mirrored = X[:, : d // 2][:, ::-1] + rng.normal(0.0, float(params["noise"]), size=(n, d // 2))
    X[:, d - d // 2 :] = np.where(y[:, None] == 1, mirrored, X[:, d - d // 2 :])
    return X, flip_binary(y, rng, params)

@shape
def repeat_period(n, rng, params):
    # a random standard normal pattern of 2 + y samples repeated over ``n_features``
    k, d = int(params["classes"]), int(params["n_features"])   # samples, plus Gaussian noise
    y = rng.integers(0, k, size=n)
    pattern = rng.standard_normal((n, k + 1))
    X = np.take_along_axis(pattern, np.arange(d)[None] % (2 + y)[:, None], axis=1)
    return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def matrix_rank(n, rng, params):
    # a ``size`` x ``size`` matrix (row by row) of rank y + 1: the sum of y + 1 outer
    m = int(params["size"])   # products of standard normal vectors, plus Gaussian noise
    y = rng.integers(0, m, size=n)
    U, V = rng.standard_normal((n, m, m)), rng.standard_normal((n, m, m))
    used = (np.arange(m)[None] <= y[:, None]).astype(np.float64)   # the first y + 1 of the m products
    M = np.einsum("nir,nr,njr->nij", U, used, V)
    return M.reshape(n, m * m) + rng.normal(0.0, float(params["noise"]), size=(n, m * m)), y.astype(np.int64)

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
def poker_hand(n, rng, params):
    # 5 cards dealt from a deck of 52, each as its suit 1..4 and rank 1..13 (ace 1): a
    cards = np.argsort(rng.random((n, 52)), axis=1)[:, :5]   # high card (0), one pair (1), two pairs (2) or better
    suit, rank = cards // 13 + 1, cards % 13 + 1   # (3: three of a kind, a straight, ace low or high, a flush, a
    counts = -np.sort(-(rank[:, :, None] == np.arange(1, 14)[None, None]).sum(axis=1), axis=1)   # full house,
    low = np.sort(rank, axis=1)   # four of a kind); ``counts``: the ranks' counts, most first
    straight = (counts[:, 0] == 1) & ((low[:, 4] - low[:, 0] == 4) | (low == [1, 10, 11, 12, 13]).all(axis=1))
    better = (counts[:, 0] >= 3) | straight | (suit == suit[:, :1]).all(axis=1)
    y = np.select([better, counts[:, 1] == 2, counts[:, 0] == 2], [3, 2, 1], 0)
    return np.stack([suit, rank], axis=2).reshape(n, 10).astype(np.float64), y.astype(np.int64)

@shape
def life_rule(n, rng, params):
    # a 3x3 patch of Conway's Game of Life, the first 9 of ``n_features`` coin features (row
    X = (rng.random((n, int(params["n_features"]))) < float(params["density"])).astype(np.float64)   # by row, alive
    near = X[:, :9].sum(axis=1) - X[:, 4]   # with probability ``density``): whether the centre lives on, its live
    y = ((near == 3) | ((X[:, 4] == 1) & (near == 2))).astype(np.int64)   # neighbours 3, or 2 and it alive
    return X, flip_binary(y, rng, params)

@shape
def edf_feasible(n, rng, params):
    # ``jobs`` jobs on one machine from time 0, their durations uniform on [0, 1], then
    m = int(params["jobs"])   # their deadlines uniform on [0, ``horizon``]: whether every job can be done by its
    dur = rng.uniform(0.0, 1.0, size=(n, m))   # deadline (earliest deadline first, the best order)
    due = rng.uniform(0.0, float(params["horizon"]), size=(n, m))
    order = np.argsort(due, axis=1)
    done = np.cumsum(np.take_along_axis(dur, order, axis=1), axis=1)
    y = (done <= np.take_along_axis(due, order, axis=1)).all(axis=1).astype(np.int64)
    return np.hstack([dur, due]), flip_binary(y, rng, params)

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
def orbit_kind(n, rng, params):
    # a body at a distance uniform on [1, ``far``] from a planet of radius 1 (GM = 1) at a
    r, angle = rng.uniform(1.0, float(params["far"]), size=n), rng.uniform(0.0, 2 * np.pi, size=n)   # random angle,
    circular = np.c_[-np.sin(angle), np.cos(angle)] / np.sqrt(r)[:, None]   # its velocity the circular orbit's
    kick = rng.normal(0.0, float(params["speed"]), size=(n, 2))   # (counter-clockwise) plus Gaussian ``speed``
    X = np.c_[r * np.cos(angle), r * np.sin(angle), circular + kick]   # (x, y, vx, vy): a bound orbit clear of
    x, yy, vx, vy = X.T   # the planet (0), a crash (1: the nearest approach below 1, bound or coming in), an escape
    energy, h = (vx**2 + vy**2) / 2 - 1 / r, x * vy - yy * vx   # (2)
    nearest = h**2 / (1 + np.sqrt(np.maximum(1 + 2 * energy * h**2, 0.0)))   # the periapsis h^2 / (1 + e)
    inward = x * vx + yy * vy < 0
    crash = (nearest < 1) & ((energy < 0) | inward)
    return X, np.where(crash, 1, np.where(energy >= 0, 2, 0)).astype(np.int64)

@shape
def waveform(n, rng, params):
    # 5 equally likely classes of ``n_features`` samples of a wave of 2 to 4 periods per
    d = int(params["n_features"])   # window at a random phase and amplitude 0.5 to 1.5: a sine (0), a square wave
    y = rng.integers(0, 5, size=n)   # (1), a triangle wave (2), a rising (3) or falling (4) sawtooth, plus noise
    periods, phase = rng.uniform(2.0, 4.0, size=n), rng.uniform(0.0, 1.0, size=n)
    amp = rng.uniform(0.5, 1.5, size=n)
    u = np.mod(periods[:, None] * np.arange(d)[None] / d + phase[:, None], 1.0)   # the place within its period
    waves = np.stack([np.sin(2 * np.pi * u), np.where(u < 0.5, 1.0, -1.0), 1 - 4 * np.abs(u - 0.5), 2 * u - 1,
                      1 - 2 * u])
    clean = amp[:, None] * waves[y, np.arange(n)]
    return clean + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

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
def mendel_cross(n, rng, params):
    # two parents' genotypes at ``n_features`` / 2 loci (whole numbers 0..2, the dominant
    L = int(params["n_features"]) // 2   # alleles, each a coin), the first parent's loci then the second's: a
    G = rng.binomial(2, 0.5, size=(n, 2 * L))   # child's phenotype at the first two loci, each parent passing a
    passed = rng.random((n, 2, 2)) < G[:, [[0, 1], [L, L + 1]]] / 2   # dominant allele with probability
    dominant = passed.any(axis=1)   # genotype / 2 (parent, locus): class 2 (dominant at locus 0) + (at locus 1)
    return G.astype(np.float64), (2 * dominant[:, 0] + dominant[:, 1]).astype(np.int64)

@shape
def blackjack(n, rng, params):
    # ``n_features`` cards (whole numbers 1..13, drawn with replacement), the first
    X = rng.integers(1, 14, size=(n, int(params["n_features"])))   # ``counted`` the hand: its best total (picture
    value = np.minimum(X[:, : int(params["counted"])], 10)   # cards 10, an ace 1 or 11) under 17 (0), 17 to 21
    hard = value.sum(axis=1)   # (1) or bust (2)
    total = np.where((value == 1).any(axis=1) & (hard <= 11), hard + 10, hard)
    y = np.select([total > 21, total >= 17], [2, 1], 0).astype(np.int64)
    return X.astype(np.float64), redraw_among(y, rng, 3, params)

@shape
def clock_hands(n, rng, params):
    # a time on a 12-hour clock, the hour (whole number 0..11) and the minutes (uniform on
    k = int(params["classes"])   # [0, 60)), the other features uniform on [0, 1]: the angle between the hands, 0 to
    hour, minute = rng.integers(0, 12, size=n), rng.uniform(0.0, 60.0, size=n)   # 180 degrees, in ``classes``
    gap = np.mod(30.0 * hour - 5.5 * minute, 360.0)   # equal bins
    angle = np.minimum(gap, 360.0 - gap)
    X = np.c_[hour, minute, rng.uniform(0.0, 1.0, size=(n, int(params["n_features"]) - 2))]
    return X, np.minimum((angle * k / 180).astype(np.int64), k - 1)

@shape
def interval_depth(n, rng, params):
    # ``intervals`` intervals [s, s + l), their starts s uniform on [0, 1], then their
    m, k = int(params["intervals"]), int(params["classes"])   # lengths l on [0, ``length``]: the most that
    start = rng.uniform(0.0, 1.0, size=(n, m))   # overlap at one point D (at some start), class D - low clipped to
    length = rng.uniform(0.0, float(params["length"]), size=(n, m))
    cover = (start[:, None, :] <= start[:, :, None]) & (start[:, :, None] < (start + length)[:, None, :])
    depth = cover.sum(axis=2).max(axis=1)   # 0 .. k - 1; cover[e, a, b]: interval b holds interval a's start
    y = np.clip(depth - int(params["low"]), 0, k - 1).astype(np.int64)
    return np.hstack([start, length]), redraw_among(y, rng, k, params)

@shape
def queue_wait(n, rng, params):
    # ``customers`` customers at one server: the gaps between arrivals uniform on [0,
    m = int(params["customers"])   # ``gap``] (the first before the first customer), then the service times
    gap = rng.uniform(0.0, float(params["gap"]), size=(n, m))   # uniform on [0, 1] (the last after every wait):
    serve = rng.uniform(0.0, 1.0, size=(n, m))   # whether some customer waits longer than ``level`` (Lindley)
    wait, longest = np.zeros(n), np.zeros(n)
    for c in range(1, m):
        wait = np.maximum(0.0, wait + serve[:, c - 1] - gap[:, c])
        longest = np.maximum(longest, wait)
    return np.hstack([gap, serve]), flip_binary((longest > float(params["level"])).astype(np.int64), rng, params)

@shape
def stack_sortable(n, rng, params):
    # ``n_features`` uniform features on [0, 1], a sequence: whether one stack sorts
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # it (Knuth: no i < j < k with x_k < x_i <
    d, bad = X.shape[1], np.zeros(n, dtype=bool)   # x_j, the pattern 231)
    for i in range(d):
        for j in range(i + 1, d):
            for k in range(j + 1, d):
                bad |= (X[:, k] < X[:, i]) & (X[:, i] < X[:, j])
    return X, flip_binary((~bad).astype(np.int64), rng, params)

@shape
def titration(n, rng, params):
    # a strong acid of concentration log-uniform on [0.01, 1] mol/L and volume uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [10, 50] mL mixed with a strong base
    X[:, :4] = np.c_[0.01 ** (1 - X[:, 0]), 10 + 40 * X[:, 1], 0.01 ** (1 - X[:, 2]), 10 + 40 * X[:, 3]]   # alike
    ca, va, cb, vb = X[:, :4].T   # (the other features uniform on [0, 1]): the mixture's pH (water's ion product
    excess = (ca * va - cb * vb) / (va + vb)   # 1e-14: [H+] - 1e-14 / [H+] the acid's excess, mol/L) below
    root = np.sqrt(excess**2 + 4e-14)   # ``acid`` (0), up to ``base`` (1) or above (2); [H+] = (excess + root) / 2,
    h = np.where(excess > 0, (excess + root) / 2, 2e-14 / (root - excess))   # the same as 2e-14 / (root - excess)
    y = (-np.log10(h) >= float(params["acid"])).astype(np.int64) + (-np.log10(h) > float(params["base"]))
    return X, redraw_among(y, rng, 3, params)

@shape
def bounce_count(n, rng, params):
    # a ball dropped from h uniform on [1, 10] m, its coefficient of restitution e
    k = int(params["classes"])   # uniform on [0.3, 0.9], a bar at b uniform on [0.1, 2] m (the other features
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 1]): how many bounces rise
    X[:, :3] = X[:, :3] * [9.0, 0.6, 1.9] + [1.0, 0.3, 0.1]   # above the bar (the j-th to h e^(2j)), clipped to
    h, e, b = X[:, :3].T   # classes - 1
    bounces = (h[:, None] * e[:, None] ** (2 * np.arange(1, 40))[None] > b[:, None]).sum(axis=1)
    return X, redraw_among(np.minimum(bounces, k - 1).astype(np.int64), rng, k, params)

@shape
def thin_lens(n, rng, params):
    # an object at u uniform on [0.1, 4] from a thin lens of focal length f, |f| uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [0.2, 2], diverging (f < 0) with
    X[:, 0] = 0.1 + 3.9 * X[:, 0]   # probability ``diverging`` (the other features uniform on [0, 1]): its image
    X[:, 1] = np.where(rng.random(n) < float(params["diverging"]), -1.0, 1.0) * (0.2 + 1.8 * X[:, 1])   # virtual
    u, f = X[:, 0], X[:, 1]   # and magnified (0), real and magnified (1), real and reduced (2) or virtual and
    image, scale = u * f / (u - f), np.abs(f / (f - u))   # reduced (3); 1 / u + 1 / v = 1 / f, magnified v / u
    y = np.where(image > 0, np.where(scale > 1, 1, 2), np.where(scale > 1, 0, 3)).astype(np.int64)
    return X, redraw_among(y, rng, 4, params)

@shape
def percolation(n, rng, params):
    # a ``side`` x ``side`` grid of sites, row by row, each open with probability ``p``:
    s = int(params["side"])   # whether open sites joined side by side lead from the top row to the bottom one
    X = (rng.random((n, s * s)) < float(params["p"])).astype(np.float64)
    sites = X.reshape(n, s, s) > 0
    reach = np.zeros_like(sites)
    reach[:, 0] = sites[:, 0]
    for _ in range(s * s):   # (a path visits at most every site)
        p = np.pad(reach, ((0, 0), (1, 1), (1, 1)))
        reach = sites & (reach | p[:, :-2, 1:-1] | p[:, 2:, 1:-1] | p[:, 1:-1, :-2] | p[:, 1:-1, 2:])
    return X, flip_binary(reach[:, -1].any(axis=1).astype(np.int64), rng, params)

@shape
def electoral_split(n, rng, params):
    # ``districts`` districts, party A's vote share in each uniform on 1/2 -+
    m, w = int(params["districts"]), float(params["spread"])   # ``spread``, then each one's turnout uniform on
    share = rng.uniform(0.5 - w, 0.5 + w, size=(n, m))   # [0.2, 1]: A wins most districts and the popular vote
    turnout = rng.uniform(0.2, 1.0, size=(n, m))   # (0), B both (1), A the districts alone (2) or B the
    seats = (share > 0.5).sum(axis=1) > m / 2   # districts alone (3)
    popular = (share * turnout).sum(axis=1) > turnout.sum(axis=1) / 2
    return np.hstack([share, turnout]), np.select([seats & popular, ~seats & ~popular, seats], [0, 1, 2], 3)

@shape
def block_stack(n, rng, params):
    # ``blocks`` blocks of width 1 stacked, each one's centre moved from the centre of
    m, k = int(params["blocks"]), int(params["classes"])   # the one below by an offset uniform on -+``shift``
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (the offsets from the bottom up, then the
    X[:, : m - 1] = (2 * X[:, : m - 1] - 1) * float(params["shift"])   # other features uniform on [0, 1]): how many
    centre = np.c_[np.zeros(n), np.cumsum(X[:, : m - 1], axis=1)]   # blocks fall (all those above the lowest
    off = np.stack([np.abs(centre[:, j + 1 :].mean(axis=1) - centre[:, j]) > 0.5 for j in range(m - 1)], axis=1)
    lowest = np.where(off.any(axis=1), off.argmax(axis=1), m - 1)   # block their centre of mass is not over),
    return X, redraw_among(np.minimum(m - 1 - lowest, k - 1).astype(np.int64), rng, k, params)   # clipped to k - 1

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
def loan_payoff(n, rng, params):
    # a loan of P uniform on [10, 100] at a yearly rate r uniform on [0.01, 0.12], M
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0.1, 1.5] paid each month
    X[:, :3] = X[:, :3] * [90.0, 0.11, 1.4] + [10.0, 0.01, 0.1]   # (interest r / 12 a month; the other features
    P, i, M = X[:, 0], X[:, 1] / 12, X[:, 2]   # uniform on [0, 1]): never paid off (0: M at most the interest),
    owed = [P * (1 + i) ** t - M * ((1 + i) ** t - 1) / i for t in (120, 240)]   # after 20 years (1), within 20
    y = np.select([M <= P * i, owed[1] > 0, owed[0] > 0], [0, 1, 2], 3)   # (2) or within 10 (3)
    return X, redraw_among(y.astype(np.int64), rng, 4, params)

@shape
def gamblers_ruin(n, rng, params):
    # a stake a (whole number 1 .. ``target`` - 1) bet 1 at a time at a win probability
    t, steps = int(params["target"]), int(params["steps"])   # p uniform on [0.4, 0.6] (the other features
    a, p = rng.integers(1, t, size=n), rng.uniform(0.4, 0.6, size=n)   # uniform on [0, 1]): whether a walk of
    X = np.c_[a, p, rng.uniform(0.0, 1.0, size=(n, int(params["n_features"]) - 2))]   # ``steps`` bets drawn per
    purse = a[:, None] + np.cumsum(np.where(rng.random((n, steps)) < p[:, None], 1, -1), axis=1)   # example
    rich, ruin = purse >= t, purse <= 0   # reaches ``target`` before 0 (0 if neither by then: noisy by nature)
    first = [np.where(e.any(axis=1), e.argmax(axis=1), steps) for e in (rich, ruin)]
    return X, (first[0] < first[1]).astype(np.int64)

@shape
def colour_names(n, rng, params):
    # a colour's red, green and blue uniform on [0, 1] (the other features uniform on [0,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 1]): black (0: its brightest channel below
    r, g, b = X[:, :3].T   # ``dark``), grey (1: its channels within ``grey`` of each other), else its hue's sixth
    top, spread = X[:, :3].argmax(axis=1), np.ptp(X[:, :3], axis=1)   # centred on red (2), yellow, green, cyan,
    hue = np.select([top == 0, top == 1], [np.mod((g - b) / spread, 6), (b - r) / spread + 2], (r - g) / spread + 4)
    sixth = np.floor(np.mod(hue + 0.5, 6)).astype(np.int64)   # blue or magenta (7); hue in sixths of a turn
    y = np.select([X[:, :3].max(axis=1) < float(params["dark"]), spread < float(params["grey"])], [0, 1], 2 + sixth)
    return X, y.astype(np.int64)

@shape
def balance_scale(n, rng, params):
    # a balance with two weights on each arm, each weight uniform on [1, 5] at a
    X = rng.uniform(0.0, 1.0, size=(n, 8))   # distance uniform on [0.5, 2.5] from the pivot (weight, distance:
    X[:, 0::2], X[:, 1::2] = 1 + 4 * X[:, 0::2], 0.5 + 2 * X[:, 1::2]   # the left arm's two, then the right's):
    turn = X[:, 0] * X[:, 1] + X[:, 2] * X[:, 3] - X[:, 4] * X[:, 5] - X[:, 6] * X[:, 7]   # the left arm down
    tol = float(params["tolerance"])   # (0: its moment more than ``tolerance`` the larger), level (1) or the
    y = np.where(turn > tol, 0, np.where(turn < -tol, 2, 1)).astype(np.int64)   # right arm down (2)
    return X, redraw_among(y, rng, 3, params)

@shape
def bowling_score(n, rng, params):
    # ``frames`` frames of bowling and a fill frame for the last one's bonus: each
    k = int(params["frames"]) + 1   # frame's first roll uniform on 0..10 pins, its second on 0 .. the pins left
    first = rng.integers(0, 11, size=(n, k))   # (0 after a strike; the features frame by frame, first and
    second = np.floor(rng.random((n, k)) * (11 - first)).astype(np.int64)   # second roll): the score, a strike
    X = np.stack([first, second], axis=2).reshape(n, 2 * k).astype(np.float64)   # (10 at the first roll) adding
    a, b, ahead = first[:, :-1], second[:, :-1], np.c_[first, np.zeros(n, dtype=np.int64)]   # the next two rolls,
    after = np.where(first[:, 1:] == 10, ahead[:, 2:], second[:, 1:])   # a spare (10 in two) the next one (the
    score = a + b + np.where(a + b == 10, first[:, 1:], 0) + np.where(a == 10, after, 0)   # fill frame's rolls
    cuts = [int(params["low"]), int(params["high"])]   # count as bonus alone): under ``low`` (0), under
    return X, np.digitize(score.sum(axis=1), cuts).astype(np.int64)   # ``high`` (1) or more (2)

@shape
def tank_fill(n, rng, params):
    # an empty tank of height H uniform on [1, 3] filled at q uniform on [0.5, 3], drained
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # through a hole at c sqrt(h), c uniform on
    X[:, :3] = X[:, :3] * [2.0, 2.5, 1.3] + [1.0, 0.5, 0.2]   # [0.2, 1.5] (Torricelli; the other features uniform
    height, q, c = X[:, :3].T   # on [0, 1]): never overflowing (0: the level q^2 / c^2 it tends to at most H),
    s = c * np.sqrt(height) / q   # overflowing after ``time`` (1) or within it (2); the time to H is (2 q / c^2)
    full = np.full(n, np.inf)   # (-s - ln(1 - s)), s = c sqrt(H) / q
    full[s < 1] = 2 * q[s < 1] / c[s < 1] ** 2 * (-s[s < 1] - np.log1p(-s[s < 1]))
    y = np.where(np.isinf(full), 0, np.where(full > float(params["time"]), 1, 2)).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def lift_trips(n, rng, params):
    # ``people`` people of mass uniform on [40, 110] kg queue for a lift of ``capacity``
    X = rng.uniform(40.0, 110.0, size=(n, int(params["people"])))   # kg that takes them in turn, each trip until
    trips, load = np.ones(n, dtype=np.int64), np.zeros(n)   # the next one does not fit: whether it takes more
    for j in range(X.shape[1]):   # than ``trips`` trips
        full = load + X[:, j] > float(params["capacity"])
        trips, load = trips + full, np.where(full, X[:, j], load + X[:, j])
    return X, flip_binary((trips > int(params["trips"])).astype(np.int64), rng, params)

@shape
def dart_score(n, rng, params):
    # a dart at (x, y) mm from a dartboard's centre, each normal of sd ``spread`` (drawn
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # after the other features, uniform on [0,
    X[:, :2] = rng.normal(0.0, float(params["spread"]), size=(n, 2))   # 1]): its score under ``low`` (0), under
    r = np.hypot(X[:, 0], X[:, 1])   # ``high`` (1) or more (2); the board: bull to 6.35 mm (50), outer bull
    clock = np.mod(90.0 - np.degrees(np.arctan2(X[:, 1], X[:, 0])) + 9.0, 360.0)   # to 15.9 (25), treble ring
    sector = np.array([20, 1, 18, 4, 13, 6, 10, 15, 2, 17, 3, 19, 7, 16, 8, 11, 14, 9, 12, 5])[   # 99-107, double
        np.floor(clock / 18.0).astype(np.int64)]   # 162-170, off the board past 170; 20 at the top, then clockwise
    score = np.select([r <= 6.35, r <= 15.9, (r > 99) & (r <= 107), (r > 162) & (r <= 170), r > 170],
                      [50, 25, 3 * sector, 2 * sector, 0], sector)
    return X, np.digitize(score, [int(params["low"]), int(params["high"])]).astype(np.int64)

@shape
def thermostat(n, rng, params):
    # ``readings`` temperatures: the first uniform on [16, 24] C, then a random walk of
    k = int(params["readings"])   # normal steps of sd 1.5; a heater, off at first, switched on below ``low`` and
    X = np.cumsum(np.c_[rng.uniform(16.0, 24.0, size=n), rng.normal(0.0, 1.5, size=(n, k - 1))], axis=1)   # off
    on = np.zeros(n, dtype=bool)   # above ``high`` (hysteresis): whether it is on after the last reading
    for j in range(k):
        on = (on | (X[:, j] < float(params["low"]))) & (X[:, j] <= float(params["high"]))
    return X, flip_binary(on.astype(np.int64), rng, params)

@shape
def snakes_ladders(n, rng, params):
    # ``rolls`` dice rolls on a board of ``squares`` squares from square 0: a move
    end, jump = int(params["squares"]), np.arange(int(params["squares"]) + 1)   # past the last one is lost, the
    jump[[3, 13, 22, 8, 18, 26]] = [12, 24, 29, 2, 6, 15]   # ladders 3-12, 13-24, 22-29, the snakes 8-2, 18-6,
    X = rng.integers(1, 7, size=(n, int(params["rolls"]))).astype(np.float64)   # 26-15: the square reached before
    where = np.zeros(n, dtype=np.int64)   # ``low`` (0), before ``high`` (1) or later (2)
    for j in range(X.shape[1]):
        step = where + X[:, j].astype(np.int64)
        where = np.where(step <= end, jump[np.minimum(step, end)], where)
    return X, np.digitize(where, [int(params["low"]), int(params["high"])]).astype(np.int64)

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
def noise_level(n, rng, params):
    # ``sources`` machines, each of a sound power level uniform on [70, 100] dB at a
    k = int(params["sources"])   # distance uniform on [2, 50] m (level, distance: machine by machine), each heard
    X = rng.uniform(0.0, 1.0, size=(n, 2 * k))   # at its level - 20 log10(distance) - 11 dB (a point source in the
    X[:, 0::2], X[:, 1::2] = 70 + 30 * X[:, 0::2], 2 + 48 * X[:, 1::2]   # open): whether together, 10 log10 of the
    each = X[:, 0::2] - 20 * np.log10(X[:, 1::2]) - 11   # sum of their 10^(dB / 10), they are above ``limit`` dB
    total = 10 * np.log10((10 ** (each / 10)).sum(axis=1))
    return X, flip_binary((total > float(params["limit"])).astype(np.int64), rng, params)

@shape
def change_coins(n, rng, params):
    # a price of 0..9 euros and 0..99 cents paid with a note of 10, 20 or 50 euros
    X = np.c_[rng.integers(0, 10, size=n), rng.integers(0, 100, size=n),   # (euros, cents, note): how many notes
              np.array([10, 20, 50])[rng.integers(0, 3, size=n)]].astype(np.float64)   # and coins the change takes,
    left = (100 * (X[:, 2] - X[:, 0]) - X[:, 1]).astype(np.int64)   # the largest first (20, 10 and 5 euro notes,
    pieces = np.zeros(n, dtype=np.int64)   # 2 and 1 euro, 50 .. 1 cent coins), under ``low`` (0), under ``high``
    for d in (2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1):   # (1) or more (2)
        pieces, left = pieces + left // d, left % d
    return X, np.digitize(pieces, [int(params["low"]), int(params["high"])]).astype(np.int64)

@shape
def bike_gear(n, rng, params):
    # a cyclist's cadence uniform on [50, 110] rpm, a chainring of 30..52 teeth, a cog of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 11..32 teeth, a wheel uniform on [0.5, 0.7]
    X[:, :4] = X[:, :4] * [60.0, 23.0, 22.0, 0.2] + [50.0, 30.0, 11.0, 0.5]   # m across (the other features
    X[:, 1:3] = np.floor(X[:, 1:3])   # uniform on [0, 1]): the speed, cadence x chainring / cog x pi x wheel, under
    cadence, ring, cog, wheel = X[:, :4].T   # ``slow`` km/h (0), under ``fast`` (1) or more (2)
    speed = cadence * ring / cog * np.pi * wheel * 60 / 1000
    y = np.digitize(speed, [float(params["slow"]), float(params["fast"])]).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def exposure(n, rng, params):
    # a camera at f/1.4 .. f/16 (sqrt(2)^s, s 1..8), a shutter of 2^-u s (u uniform on [0,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 10]), ISO 100 x 2^i (i 0..6) and a scene's
    X[:, 0], X[:, 1] = 2 ** ((np.floor(8 * X[:, 0]) + 1) / 2), 2 ** (-10 * X[:, 1])   # light uniform on [0, 14]
    X[:, 2], X[:, 3] = 100 * 2 ** np.floor(7 * X[:, 2]), 14 * X[:, 3]   # EV at ISO 100 (the other features uniform
    f, shutter, iso, scene = X[:, :4].T   # on [0, 1]); the camera set for log2(f^2 / shutter) - log2(ISO / 100) EV:
    over = scene - (np.log2(f**2 / shutter) - np.log2(iso / 100))   # the photo underexposed (0) or overexposed (2)
    stops = float(params["stops"])   # by more than ``stops`` stops, or within them (1)
    return X, np.where(over < -stops, 0, np.where(over > stops, 2, 1)).astype(np.int64)

@shape
def green_wave(n, rng, params):
    # a car at a speed uniform on [8, 17] m/s through ``lights`` traffic lights ``spacing``
    k, cycle = int(params["lights"]), float(params["cycle"])   # m apart (the first ``spacing`` m ahead), each green
    X = rng.uniform(0.0, 1.0, size=(n, k + 1))   # for ``green`` s of every ``cycle`` s from its offset, uniform on
    X[:, 0], X[:, 1:] = 8 + 9 * X[:, 0], cycle * X[:, 1:]   # [0, ``cycle``) s: at a red light it waits for the
    t, stops = np.zeros(n), np.zeros(n, dtype=np.int64)   # green, then drives on at once; the red lights it stops
    for j in range(k):   # at, under ``low`` (0), under ``high`` (1) or more (2)
        t = t + float(params["spacing"]) / X[:, 0]
        phase = np.mod(t - X[:, 1 + j], cycle)
        red = phase >= float(params["green"])
        stops, t = stops + red, np.where(red, t + cycle - phase, t)
    return X, np.digitize(stops, [int(params["low"]), int(params["high"])]).astype(np.int64)

@shape
def parcel_size(n, rng, params):
    # a parcel's three sides, each log-uniform on [1, 100] cm (in no order), and its mass
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # log-uniform on [0.05, 25] kg (the other
    X[:, :3], X[:, 3] = 100 ** X[:, :3], 0.05 * 500 ** X[:, 3]   # features uniform on [0, 1]): the post's size, its
    side = -np.sort(-X[:, :3], axis=1)   # sides (longest first) and mass within the size's: a large letter (0: 35.3
    fits = [(side <= s).all(axis=1) & (X[:, 3] <= m)   # x 25 x 2.5 cm, 0.75 kg), a small parcel (1: 45 x 35 x 16,
            for s, m in (([35.3, 25.0, 2.5], 0.75), ([45.0, 35.0, 16.0], 2.0), ([61.0, 46.0, 46.0], 20.0))]   # 2),
    y = np.select(fits, [0, 1, 2], 3).astype(np.int64)   # a medium one (2: 61 x 46 x 46, 20) or larger (3)
    return X, redraw_among(y, rng, 4, params)

@shape
def tennis_game(n, rng, params):
    # ``points`` points of a tennis game, each the server's (1) with chance ``serve``,
    X = (rng.random((n, int(params["points"]))) < float(params["serve"])).astype(np.float64)   # else the receiver's
    won, lost = np.cumsum(X, axis=1), np.cumsum(1 - X, axis=1)   # (0): the game goes to the first to 4 points
    over = (np.maximum(won, lost) >= 4) & (np.abs(won - lost) >= 2)   # and 2 ahead (deuce, advantage); the
    at = np.argmax(over, axis=1)   # server's (0), the receiver's (1) or not over after the points (2)
    server = won[np.arange(n), at] > lost[np.arange(n), at]
    return X, np.where(over.any(axis=1), np.where(server, 0, 1), 2).astype(np.int64)

@shape
def sunburn(n, rng, params):
    # a UV index uniform on [1, 11], a skin of Fitzpatrick type 1..6 (burning after 200,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 250, 300, 450, 600 or 1000 J/m^2 of
    X[:, 0], X[:, 1] = 1 + 10 * X[:, 0], 1 + np.floor(6 * X[:, 1])   # erythemal UV), a sunscreen of SPF 1, 4, 15
    X[:, 2] = np.array([1.0, 4.0, 15.0, 30.0])[np.floor(4 * X[:, 2]).astype(np.int64)]   # or 30 and 10..300
    X[:, 3] = 10 + 290 * X[:, 3]   # minutes outside (the other features uniform on [0, 1]): the dose, 0.025
    uvi, skin, spf, minutes = X[:, :4].T   # W/m^2 a UV index unit, through the sunscreen, against the skin's
    burn = np.array([200.0, 250.0, 300.0, 450.0, 600.0, 1000.0])[skin.astype(np.int64) - 1]   # burning dose:
    dose = uvi * 0.025 * 60 * minutes / spf / burn   # under a quarter (0: no redness), under one (1: pink) or
    return X, redraw_among(np.digitize(dose, [0.25, 1.0]).astype(np.int64), rng, 3, params)   # more (2: burnt)

@shape
def point_of_sail(n, rng, params):
    # a true wind of uniform on [4, 24] knots from uniform on [0, 180] degrees off the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # bow, a boat making uniform on [0, 8] knots
    X[:, :3] = X[:, :3] * [20.0, 180.0, 8.0] + [4.0, 0.0, 0.0]   # (the other features uniform on [0, 1]): the
    tws, twa, bs = X[:, 0], np.radians(X[:, 1]), X[:, 2]   # apparent wind, the true wind plus the boat's own
    awa = np.degrees(np.arctan2(tws * np.sin(twa), tws * np.cos(twa) + bs))   # headwind, at under 35 degrees off
    return X, np.digitize(awa, [35.0, 60.0, 100.0, 150.0]).astype(np.int64)   # the bow (0: in irons), under 60

@shape
def rain_run(n, rng, params):
    # rain falling at uniform on [2, 9] m/s, blown along one's way at uniform on [-2, 8] m/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # (negative: against), a walk of uniform on
    X[:, :5] = X[:, :5] * [10.0, 7.0, 1.0, 4.0, 0.4] + [-2.0, 2.0, 1.0, 3.0, 0.1]   # [1, 2] m/s, a run of uniform
    wind, fall, walk, run, top = X[:, :5].T   # on [3, 7] m/s, a body's top area uniform on [0.1, 0.5] of its front
    wet = [(fall * top + np.abs(v - wind)) / v for v in (walk, run)]   # (the other features uniform on [0, 1]):
    y = np.digitize(wet[1] / wet[0], [0.2, 0.5]).astype(np.int64)   # the rain caught on a way, (fall top + |v -
    return X, y   # wind|) / v, running against walking: under 1/5 (0), under 1/2 (1) or more (2: hardly worth it)

@shape
def lake_ice(n, rng, params):
    # a lake under 1..60 days of frost at a mean uniform on [-25, -1] C under snow uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [0, 30] cm (the other features uniform
    X[:, :3] = X[:, :3] * [60.0, 24.0, 30.0] + [1.0, -25.0, 0.0]   # on [0, 1]): its ice by Stefan's law, 2.7 / (1
    X[:, 0] = np.floor(X[:, 0])   # + snow / 20) cm a root of the frost's degree days (snow insulates), under 10 cm
    days, temp, snow = X[:, :3].T   # (0: stay off), under 20 (1: walk), under 30 (2: a snowmobile) or more (3: a
    ice = 2.7 / (1 + snow / 20) * np.sqrt(-days * temp)   # car)
    return X, redraw_among(np.digitize(ice, [10.0, 20.0, 30.0]).astype(np.int64), rng, 4, params)

@shape
def sleep_cycles(n, rng, params):
    # to bed at uniform on [21.5, 25) h, up at uniform on [5.5, 8.5) h the next morning,
    X = rng.uniform(0.0, 1.0, size=(n, 4)) * [3.5, 3.0, 40.0, 30.0] + [21.5, 5.5, 5.0, 80.0]   # asleep after
    bed, wake, onset, cycle = X.T   # uniform on [5, 45] minutes, in sleep cycles of uniform on [80, 110] minutes:
    full = np.floor(((wake + 24 - bed) * 60 - onset) / cycle)   # the full cycles slept, under ``low`` (0), each of
    return X, np.digitize(full, np.arange(int(params["low"]), int(params["high"]) + 1)).astype(np.int64)   # them

@shape
def thunder_storm(n, rng, params):
    # two counts from a flash to its thunder, each uniform on [2, 30] s, uniform on [1,
    X = rng.uniform(0.0, 1.0, size=(n, 4)) * [28.0, 28.0, 9.0, 40.0] + [2.0, 2.0, 1.0, -5.0]   # 10] minutes apart,
    first, second, minutes, temp = X.T   # in air at uniform on [-5, 35] C (sound at 331.3 + 0.606 C m/s): whether
    closing = (331.3 + 0.606 * temp) * (first - second) / (60 * minutes) * 3.6   # the storm comes nearer by more
    return X, flip_binary((closing > float(params["speed"])).astype(np.int64), rng, params)   # than ``speed`` km/h

@shape
def scuba_dive(n, rng, params):
    # a dive to uniform on [8, 40] m for uniform on [5, 80] minutes on a tank of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [10, 15] l at 200 bar, breathing uniform on
    X[:, :4] = X[:, :4] * [32.0, 75.0, 5.0, 13.0] + [8.0, 5.0, 10.0, 12.0]   # [12, 25] l a minute at the surface
    depth, minutes, tank, sac = X[:, :4].T   # (the other features uniform on [0, 1]): past the no-decompression
    limit = np.interp(depth, [10, 12, 14, 16, 18, 20, 22, 25, 30, 35, 40],   # limit (a recreational table's, 219
                      [219, 147, 98, 72, 56, 45, 37, 29, 20, 14, 9])   # minutes at 10 m to 9 at 40, interpolated:
    air = tank * (200 - float(params["reserve"])) / (sac * (1 + depth / 10))   # 2), else past the air down to a
    y = np.where(minutes > limit, 2, np.where(minutes > air, 1, 0)).astype(np.int64)   # ``reserve`` bar at the
    return X, redraw_among(y, rng, 3, params)   # depth's pressure (1) or within both (0)

@shape
def stair_step(n, rng, params):
    # a stair up a storey of uniform on [2.4, 3.6] m in 12..22 risers with treads (the
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # going) uniform on [0.20, 0.34] m (the other
    X[:, :3] = X[:, :3] * [1.2, 11.0, 0.14] + [2.4, 12.0, 0.20]   # features uniform on [0, 1]): by Blondel's
    X[:, 1] = np.floor(X[:, 1])   # rule, 2 risers + 1 going a stride of 0.60-0.65 m, too steep (1: a riser over
    rise, going = X[:, 0] / X[:, 1], X[:, 2]   # 0.19 m or a stride over 0.65), too shallow (2: a stride under
    stride = 2 * rise + going   # 0.60) or comfortable (0)
    y = np.where((rise > 0.19) | (stride > 0.65), 1, np.where(stride < 0.60, 2, 0)).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def golf_putt(n, rng, params):
    # a straight putt from uniform on [1, 5] m, struck at uniform on [1, 4] m/s uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # -+2 degrees off the line to the hole, on a
    X[:, :4] = X[:, :4] * [4.0, 3.0, 4.0, 2.0] + [1.0, 1.0, -2.0, 2.0]   # green of Stimpmeter uniform on [2, 4] m
    dist, speed, aim, stimp = X[:, 0], X[:, 1], np.radians(X[:, 2]), X[:, 3]   # (a ball at 1.83 m/s rolls that
    slow = 1.83**2 / (2 * stimp)   # far: a deceleration of 1.83^2 / (2 stimp)) (the other features uniform on
    left = speed**2 - 2 * slow * dist * np.cos(aim)   # [0, 1]): the squared speed left level with the hole;
    holed = (dist * np.abs(np.sin(aim)) < 0.054) & (left <= 1.31**2)   # short (0: it stops before), holed (1:
    return X, np.where(left < 0, 0, np.where(holed, 1, 2)).astype(np.int64)   # passing within the hole's 5.4 cm

@shape
def ski_grade(n, rng, params):
    # a ski run of ``segments`` segments, each dropping uniform on [20, 150] m over
    k = int(params["segments"])   # uniform on [200, 600] m across the map (the drops, then the lengths): graded by
    X = rng.uniform(0.0, 1.0, size=(n, 2 * k))   # its steepest gradient, under 25% (0: green), under 40% (1:
    X[:, :k], X[:, k:] = 20 + 130 * X[:, :k], 200 + 400 * X[:, k:]   # blue), under 55% (2: red) or more (3: black)
    return X, np.digitize((X[:, :k] / X[:, k:]).max(axis=1), [0.25, 0.40, 0.55]).astype(np.int64)

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

@shape
def beaufort(n, rng, params):
    # an anemometer log-uniform on [2, 50] m up reading a mean wind uniform on [0, 18] m/s
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # over ground of roughness log-uniform on
    X[:, 0], X[:, 1], X[:, 2] = 2 * 25 ** X[:, 0], 18 * X[:, 1], 0.0002 * 5000 ** X[:, 2]   # [2e-4, 1] m (sea to
    z, v, z0 = X[:, :3].T   # town) (the other features uniform on [0, 1]): the wind at the standard 10 m by the
    b = np.round((v * np.log(10 / z0) / np.log(z / z0) / 0.836) ** (2 / 3))   # log law, v ln(10 / z0) / ln(z /
    return X, (np.clip(b, 1, 8) - 1).astype(np.int64)   # z0), on the Beaufort scale, (v10 / 0.836)^(2/3)

@shape
def paint_tins(n, rng, params):
    # a room of uniform on [2.5, 7.5] x [2, 5] m and uniform on [2.2, 3] m high with 0..4
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # doors and windows of 1.8 m^2 each, 1 or 2
    X[:, :6] = X[:, :6] * [5.0, 3.0, 0.8, 5.0, 2.0, 4.0] + [2.5, 2.0, 2.2, 0.0, 1.0, 8.0]   # coats of a paint
    X[:, 3], X[:, 4] = np.floor(X[:, 3]), np.floor(X[:, 4])   # covering uniform on [8, 12] m^2 a litre (the other
    length, width, height, openings, coats, cover = X[:, :6].T   # features uniform on [0, 1]): the litres for the
    litres = (2 * (length + width) * height - 1.8 * openings) * coats / cover   # walls, in tins of ``tin``
    tins = np.ceil(litres / float(params["tin"]))   # litres: 1 (0), 2, ..., 5 or 6 or more (5)
    return X, (np.clip(tins, 1, 6) - 1).astype(np.int64)

@shape
def shower_mix(n, rng, params):
    # hot water at uniform on [45, 70] C and cold at uniform on [5, 20] C, each tap running
    X = rng.uniform(0.0, 1.0, size=(n, 4)) * [25.0, 15.0, 8.0, 8.0] + [45.0, 5.0, 1.0, 1.0]   # uniform on [1, 9]
    hot, cold, hot_flow, cold_flow = X.T   # l/min (hot, cold, their flows): the mixed water's temperature, the
    mix = (hot_flow * hot + cold_flow * cold) / (hot_flow + cold_flow)   # flows' weighted mean, under 33 C (0:
    y = np.digitize(mix, [33.0, 40.0, float(params["scald"])]).astype(np.int64)   # cold), under 40 (1: warm),
    return X, redraw_among(y, rng, 4, params)   # under ``scald`` (2: hot) or more (3: scalding)

@shape
def laundry_dry(n, rng, params):
    # washing on the line at uniform on [5, 30] C and [30, 95]% humidity in a wind of
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [0, 8] m/s for uniform on [1, 8]
    X[:, :5] = X[:, :5] * [25.0, 65.0, 8.0, 7.0, 0.6] + [5.0, 30.0, 0.0, 1.0, 0.2]   # hours, holding uniform on
    temp, humidity, wind, hours, water = X[:, :5].T   # [0.2, 0.8] kg of water a m^2 (the other features uniform
    sat = 610.94 * np.exp(17.625 * temp / (temp + 243.04))   # on [0, 1]): the vapour's saturation pressure (Pa,
    ratio = [0.622 * p / (101325 - p) for p in (sat, humidity / 100 * sat)]   # Magnus), the air's humidity ratio
    rate = (25 + 19 * wind) * (ratio[0] - ratio[1]) / 4   # saturated and as it is, the evaporation a quarter of
    y = np.digitize(rate * hours / water, [0.7, 1.0]).astype(np.int64)   # open water's (25 + 19 v) (x_s - x)
    return X, y   # kg/m^2/h: the water gone under 70% (0: wet), under all of it (1: damp) or all (2: dry)

@shape
def wifi_bars(n, rng, params):
    # a laptop log-uniform on [1, 40] m from a router behind 0..4 walls on the 2.4 or the 5
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # GHz band (0, 1) sending uniform on [15, 23]
    X[:, 0], X[:, 3] = 40 ** X[:, 0], 15 + 8 * X[:, 3]   # dBm (the other features uniform on [0, 1]): the signal,
    X[:, 1], X[:, 2] = np.floor(5 * X[:, 1]), np.floor(2 * X[:, 2])   # the power less the indoor path loss, 20
    dist, walls, band, power = X[:, :4].T   # log10(f MHz) + 30 log10(d) - 28 (ITU's), and 4 dB a wall at 2.4 GHz
    mhz, wall = np.where(band == 1, 5200.0, 2437.0), np.where(band == 1, 6.0, 4.0)   # or 6 at 5 GHz, in bars:
    rssi = power - (20 * np.log10(mhz) + 30 * np.log10(dist) - 28) - walls * wall   # under -80 dBm (0), -72,
    return X, np.digitize(rssi, [-80.0, -72.0, -65.0, -55.0]).astype(np.int64)   # -65, -55 (3) or more (4)

@shape
def phone_battery(n, rng, params):
    # a phone's battery of uniform on [2500, 5000] mAh at uniform on [0.7, 1] of its
    X = rng.uniform(0.0, 1.0, size=(n, 5)) * [2500.0, 0.3, 7.0, 0.8, 8.0] + [2500.0, 0.7, 1.0, 0.2, 8.0]   # health,
    capacity, health, screen, brightness, standby = X.T   # uniform on [1, 8] hours of screen at a brightness
    used = screen * (250 + 300 * brightness) + 20 * standby   # uniform on [0.2, 1] (250 + 300 b mA) and uniform on
    left = 1 - used / (capacity * health)   # [8, 16] hours of standby (20 mA): the charge left at night, none (0:
    return X, np.digitize(left, [0.0, 0.2, 0.5]).astype(np.int64)   # flat), under 20% (1), under 50% (2) or more

@shape
def quake_felt(n, rng, params):
    # an earthquake of magnitude uniform on [3, 8] at a distance log-uniform on [5, 500] km
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # and a depth uniform on [5, 60] km, felt on
    X[:, 0], X[:, 1], X[:, 2] = 3 + 5 * X[:, 0], 5 * 100 ** X[:, 1], 5 + 55 * X[:, 2]   # rock or soft ground (0,
    X[:, 3] = np.floor(2 * X[:, 3])   # 1) (the other features uniform on [0, 1]): the intensity, 1.5 M - 3
    mag, dist, depth, soft = X[:, :4].T   # log10(the hypocentre's distance) + 3, half a degree more on soft ground,
    mmi = 1.5 * mag - 3.0 * np.log10(np.hypot(dist, depth)) + 3.0 + 0.5 * soft   # rounded: I or less (0: not
    return X, (np.clip(np.round(mmi), 1, 8) - 1).astype(np.int64)   # felt), II .. VII (1 .. 6) or VIII or more (7)

@shape
def balloon_lift(n, rng, params):
    # 1..20 helium balloons uniform on [0.2, 0.4] m across holding a payload uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [5, 150] g (strings included) in air at
    X[:, 0], X[:, 1:4] = 1 + np.floor(20 * X[:, 0]), X[:, 1:4] * [0.2, 145.0, 35.0] + [0.2, 5.0, 0.0]   # uniform
    count, diameter, payload, temp = X[:, :4].T   # on [0, 35] C (the other features uniform on [0, 1]): each
    kelvin = temp + 273.15   # balloon lifts its volume times the air's less the helium's density (the gas law at
    gas = 101325 / kelvin * (1 / 287.05 - 1 / 2077.1) * 1000   # 101325 Pa, g/m^3) less its rubber, 11 g/m^2 of
    spare = count * (np.pi / 6 * diameter**3 * gas - 11 * np.pi * diameter**2) - payload   # its surface: the
    y = np.digitize(spare, [0.0, float(params["spare"])]).astype(np.int64)   # bunch sinks (0), rises with under
    return X, redraw_among(y, rng, 3, params)   # ``spare`` g to spare (1) or rises (2)

@shape
def toast_brown(n, rng, params):
    # bread uniform on [1, 2.5] cm thick, frozen or not (1, 0), in a toaster of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [600, 1200] W at a setting 1..6 (40 s
    X[:, 0], X[:, 2] = 1 + np.floor(6 * X[:, 0]), np.floor(2 * X[:, 2])   # each; setting, thickness, frozen,
    X[:, 1], X[:, 3] = 1 + 1.5 * X[:, 1], 600 + 600 * X[:, 3]   # power; the other features uniform on [0, 1]):
    setting, thick, frozen, watts = X[:, :4].T   # the kJ of the toasting, less 25 to thaw a frozen slice, over the
    dose = (watts * 40 * setting / 1000 - 25 * frozen) / np.sqrt(thick / 1.5)   # root of its thickness against
    y = np.digitize(dose, [60.0, 110.0, 160.0]).astype(np.int64)   # 1.5 cm (a thick slice stays moist): under 60
    return X, redraw_among(y, rng, 4, params)   # (0: pale), under 110 (1: golden), under 160 (2: dark) or more

@shape
def fire_exit(n, rng, params):
    # 20..400 people leaving by doors of uniform on [0.8, 4] m in all, the farthest uniform
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # on [10, 60] m away, walking at uniform on
    X[:, 0], X[:, 1:4] = 20 + np.floor(381 * X[:, 0]), X[:, 1:4] * [3.2, 50.0, 0.6] + [0.8, 10.0, 0.8]   # [0.8,
    people, width, walk, speed = X[:, :4].T   # 1.4] m/s (the other features uniform on [0, 1]): the last one's
    seconds = walk / speed + people / (1.3 * width)   # walk plus the queue through the doors at 1.3 people a
    return X, np.digitize(seconds / 60, [2.0, 4.0]).astype(np.int64)   # second a metre: everyone out in under

@shape
def ice_cream_melt(n, rng, params):
    # a scoop of uniform on [50, 150] g of ice cream at -5 C in air at uniform on [15,
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # 40] C for uniform on [1, 20] minutes, in
    X[:, :3], X[:, 3] = X[:, :3] * [100.0, 25.0, 19.0] + [50.0, 15.0, 1.0], np.floor(2 * X[:, 3])   # the sun
    grams, temp, minutes, sun = X[:, :4].T   # or not (1, 0; the other features uniform on [0, 1]): the heat in,
    melted = 0.004 * grams ** (2 / 3) * (temp + 5) * (1 + sun) * minutes / grams   # through its surface,
    return X, np.digitize(melted, [0.25, 0.6]).astype(np.int64)   # grams^(2/3), twice in the sun: the share melted,

@shape
def cookie_bake(n, rng, params):
    # cookies of dough uniform on [0.5, 1.5] cm thick baked uniform on [6, 18] minutes at
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [150, 220] C, with the fan or
    X[:, :3], X[:, 3] = X[:, :3] * [1.0, 12.0, 70.0] + [0.5, 6.0, 150.0], np.floor(2 * X[:, 3])   # not (1, 0;
    thick, minutes, temp, fan = X[:, :4].T   # the other features uniform on [0, 1]): the browning, the minutes
    brown = minutes * 2 ** ((temp - 180) / 15) * (1 + 0.25 * fan) / thick   # twice as fast each 15 C, a quarter
    return X, np.digitize(brown, [8.0, 18.0]).astype(np.int64)   # faster with the fan, over the thickness:

@shape
def jar_lid(n, rng, params):
    # a jar's lid of uniform on [4, 10] cm across held down by a vacuum of uniform on [10, 60]
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # kPa, gripped with uniform on [50, 300] N,
    X[:, :3], X[:, 3] = X[:, :3] * [6.0, 50.0, 250.0] + [4.0, 10.0, 50.0], np.floor(2 * X[:, 3])   # with a
    cm, kpa, grip, towel = X[:, :4].T   # towel or not (1, 0; the other features uniform on [0, 1]): it opens (1)
    r = cm / 200   # when the hand's friction torque (0.4 of the grip, 0.8 with the towel, at the rim) beats the
    held = 0.3 * kpa * 1000 * np.pi * r**2 * r   # seal's (0.3 of the vacuum's force on the lid, at the rim)
    y = (grip * (0.4 + 0.4 * towel) * r > held).astype(np.int64)
    return X, flip_binary(y, rng, params)   # ``flip`` of the labels at random

@shape
def pizza_share(n, rng, params):
    # 1 to 4 pizzas of uniform on [25, 45] cm across shared by 2 to 8 people each wanting
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [300, 900] cm^2 (the other
    X[:, 0], X[:, 1] = X[:, 0] * 20 + 25, np.floor(4 * X[:, 1]) + 1   # features uniform on [0, 1]): the pizza
    X[:, 2], X[:, 3] = np.floor(7 * X[:, 2]) + 2, X[:, 3] * 600 + 300   # over the appetite, under 0.9 (0: still
    cm, pizzas, people, want = X[:, :4].T   # hungry), under 1.2 (1: just right) or more (2: leftovers)
    share = pizzas * np.pi * (cm / 2) ** 2 / (people * want)
    return X, np.digitize(share, [0.9, 1.2]).astype(np.int64)

@shape
def taxi_fare(n, rng, params):
    # a taxi ride of uniform on [1, 30] km after uniform on [0, 20] minutes' waiting, by
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # night or day (1, 0; the other features
    X[:, :2], X[:, 2] = X[:, :2] * [29.0, 20.0] + [1.0, 0.0], np.floor(2 * X[:, 2])   # uniform on [0, 1]): 3
    km, wait, night = X[:, :3].T   # flag fall, 2.2 a km for the first 10 km and 1.4 a km after, 0.5 a minute
    fare = (3 + 2.2 * np.minimum(km, 10) + 1.4 * np.maximum(km - 10, 0) + 0.5 * wait) * (1 + 0.3 * night)
    y = np.digitize(fare, [30.0, 50.0]).astype(np.int64)   # waiting, 30% more by night: under 30 (0), under 50
    return X, redraw_among(y, rng, 3, params)   # (1) or more (2), ``flip`` of the labels redrawn

@shape
def fridge_magnet(n, rng, params):
    # a magnet pulling uniform on [1, 10] N at contact holds a picture of uniform on
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # [5, 100] g through 0 to 20 sheets of paper
    X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 9 + 1, np.floor(21 * X[:, 1]), X[:, 2] * 95 + 5   # (the other
    pull, sheets, grams = X[:, :3].T   # features uniform on [0, 1]): the pull falls as (1 + sheets / 10)^-2, the
    hold = 0.5 * pull / (1 + sheets / 10) ** 2   # friction 0.5 of it, over the picture's weight: under 1 (0:
    ratio = hold / (grams * 9.81 / 1000)   # slides), under 2.5 (1: holds) or more (2: firm)
    return X, np.digitize(ratio, [1.0, 2.5]).astype(np.int64)

@shape
def fuse_trip(n, rng, params):
    # a kettle of uniform on [0, 3000] W, a heater of uniform on [0, 2500] W and a microwave
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # of uniform on [0, 1200] W on a 230 V
    X[:, :3], X[:, 3] = X[:, :3] * [3000.0, 2500.0, 1200.0], np.array([10.0, 13.0, 16.0])[np.floor(3 * X[:, 3])
                                                                                          .astype(np.int64)]
    kettle, heater, micro, amps = X[:, :4].T   # circuit fused at 10, 13 or 16 A (the other features uniform on
    y = ((kettle + heater + micro) / 230 > amps).astype(np.int64)   # [0, 1]): the fuse blows (1) when the
    return X, flip_binary(y, rng, params)   # current passes it, ``flip`` of the labels at random

@shape
def gutter_flow(n, rng, params):
    # a roof of uniform on [20, 150] m^2 in rain of uniform on [5, 80] mm/h drained by 1
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # to 4 downpipes along a gutter sloping
    X[:, 0], X[:, 1], X[:, 2] = X[:, 0] * 130 + 20, X[:, 1] * 75 + 5, np.floor(4 * X[:, 2]) + 1   # uniform on
    X[:, 3] = X[:, 3] * 0.9 + 0.1   # [0.1, 1]% (the other features uniform on [0, 1]): the rain's litres a
    area, rain, pipes, slope = X[:, :4].T   # second over the pipes' (0.5 + slope) l/s each: under 0.8 (0:
    load = area * rain / 3600 / (pipes * (0.5 + slope))   # copes), under 1 (1: brimming) or more (2:
    return X, np.digitize(load, [0.8, 1.0]).astype(np.int64)   # overflows)

@shape
def street_flood(n, rng, params):
    # uniform on [0, 150] mm of rain on soil uniform on [0, 1] wet with drains taking
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # uniform on [10, 50] mm (the other features
    X[:, 0], X[:, 2] = X[:, 0] * 150, X[:, 2] * 40 + 10   # uniform on [0, 1]): the runoff, 30% of the rain on dry
    rain, wet, drains = X[:, :3].T   # soil to all of it on soaked, past the drains: none (0), under 30 mm (1:
    runoff = rain * (0.3 + 0.7 * wet) - drains   # puddles), under 70 (2: flooded) or more (3: deep)
    return X, np.digitize(runoff, [0.0, 30.0, 70.0], right=True).astype(np.int64)

@shape
def freezer_cut(n, rng, params):
    # a power cut of uniform on [0, 48] hours to a freezer uniform on [0, 1] full, its
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # door opened 0 to 5 times, in a room on
    X[:, 0], X[:, 2] = X[:, 0] * 48, np.floor(6 * X[:, 2])   # [15, 35] C (the other features uniform on [0,
    X[:, 3] = X[:, 3] * 20 + 15   # 1]): it holds (24 + 24 full) hours times 25 / the room's C, less 4 hours an
    hours, full, opened, room = X[:, :4].T   # opening; the food thaws (1) when the cut is longer, ``flip`` of the
    y = (hours > (24 + 24 * full) * 25 / room - 4 * opened).astype(np.int64)   # labels at random
    return X, flip_binary(y, rng, params)

@shape
def speed_camera(n, rng, params):
    # a road's limit uniform on [30, 120] km/h, a car at uniform on [0.8, 1.6] times
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # it (the other features uniform on [0, 1]):
    X[:, 0] = 30 + 90 * X[:, 0]   # the excess over the limit, under 5% (0: nothing), under 10% (1: a warning),
    X[:, 1] = X[:, 0] * (0.8 + 0.8 * X[:, 1])   # under 25% (2: a fine), under 50% (3: points) or more (4: a ban)
    excess = X[:, 1] / X[:, 0] - 1
    return X, np.digitize(excess, [0.05, 0.10, 0.25, 0.50]).astype(np.int64)

@shape
def camera_shake(n, rng, params):
    # a photo at a shutter of 0.001 * 250^u s (log-uniform on [1/1000, 1/4]) through a
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # lens of uniform on [15, 300] mm with
    X[:, 0] = 0.001 * 250.0 ** X[:, 0]   # uniform on [0, 4] stops of stabilisation (the other features uniform on
    X[:, 1:3] = X[:, 1:3] * [285.0, 4.0] + [15.0, 0.0]   # [0, 1]): the shake, the seconds times the mm over 2^stops
    secs, mm, stops = X[:, :3].T   # (the rule of one over the focal length): under 0.5 (0: sharp), under 1 (1:
    shake = secs * mm / 2**stops   # acceptable), under 2.5 (2: soft) or more (3: blurred)
    return X, np.digitize(shake, [0.5, 1.0, 2.5]).astype(np.int64)

@shape
def noise_carry(n, rng, params):
    # a sound of uniform on [40, 120] dB at a distance of 10^u m (log-uniform on [1, 500];
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))   # the other features uniform on [0, 1]): it
    X[:, 0] = 40 + 80 * X[:, 0]   # is heard (1) when the dB less 20 log10 of the distance pass 30 (the
    X[:, 1] = 500.0 ** X[:, 1]   # background)
    return X, (X[:, 0] - 20 * np.log10(X[:, 1]) > 30).astype(np.int64)
