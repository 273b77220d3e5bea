"""The corpus's generated shapes, part 1 of 2: one function per shape, ``(n, rng, params) -> (X, y)``."""

from __future__ import annotations

import numpy as np
from sklearn import datasets as skd

from .registry import flip_binary, redraw_among, shape


@shape
def xor(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    y = (np.sum(X[:, : int(params["informative"])] > 0, axis=1) % 2).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def spirals(n, rng, params):
    y = rng.integers(0, 2, size=n)
    t = np.sqrt(rng.random(n)) * float(params["turns"]) * 2 * np.pi
    r = t / (2 * np.pi)
    X = np.c_[r * np.cos(t + np.pi * y), r * np.sin(t + np.pi * y)]
    return X + rng.normal(0.0, float(params["noise"]) * 0.2, size=X.shape), y.astype(np.int64)

@shape
def rings(n, rng, params):
    k = int(params["classes"])
    y = rng.integers(0, k, size=n)
    t = rng.uniform(0.0, 2 * np.pi, size=n)
    r = 1.0 + y + rng.normal(0.0, float(params["noise"]) * k, size=n)
    return np.c_[r * np.cos(t), r * np.sin(t)], y.astype(np.int64)

@shape
def swiss(n, rng, params, seed):
    X, t = skd.make_swiss_roll(n_samples=n, noise=float(params["noise"]), random_state=seed)
    edges = np.quantile(t, np.linspace(0.0, 1.0, int(params["bands"]) + 1)[1:-1])
    return X, np.searchsorted(edges, t).astype(np.int64)

@shape
def sphere(n, rng, params):
    d = int(params["n_features"])
    X = rng.standard_normal((n, d))
    y = (np.sum(X**2, axis=1) > d - 2.0 / 3.0).astype(np.int64)   # about the chi-square median
    return X, flip_binary(y, rng, params)

@shape
def stripes(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    t = X @ (u / np.linalg.norm(u))
    edges = np.quantile(t, np.linspace(0.0, 1.0, int(params["stripes"]) + 1)[1:-1])
    return X, (np.searchsorted(edges, t) % 2).astype(np.int64)

@shape
def aniso(n, rng, params):
    d, k = int(params["n_features"]), int(params["centers"])
    y = rng.integers(0, k, size=n)
    X = rng.normal(0.0, 2.5, size=(k, d))[y] + rng.standard_normal((n, d))
    return X @ rng.normal(0.0, 1.0, size=(d, d)), y.astype(np.int64)

@shape
def mixture(n, rng, params):
    d, m = int(params["n_features"]), int(params["components"])
    means = rng.normal(0.0, 1.5, size=(2, m, d))
    y = rng.integers(0, 2, size=n)
    return means[y, rng.integers(0, m, size=n)] + rng.standard_normal((n, d)), y.astype(np.int64)

@shape
def helix(n, rng, params):
    y = rng.integers(0, 2, size=n)
    t = rng.uniform(0.0, float(params["turns"]) * 2 * np.pi, size=n)
    X = np.c_[np.cos(t + np.pi * y), np.sin(t + np.pi * y), t / (2 * np.pi)]
    return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)

@shape
def sparse_linear(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["informative"])
    w = rng.normal(0.0, 1.5, size=k)
    y = (rng.random(n) < 1.0 / (1.0 + np.exp(-(X[:, :k] @ w)))).astype(np.int64)
    return X, y

@shape
def argmax(n, rng, params):
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    y = np.argmax(X[:, :k], axis=1).astype(np.int64)
    flip = rng.random(n) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, k, size=int(flip.sum()))
    return X, y

@shape
def sectors(n, rng, params):
    k = int(params["sectors"])
    a = rng.uniform(0.0, 2 * np.pi, size=n)
    X = np.c_[np.cos(a), np.sin(a)] * rng.uniform(0.5, 1.5, size=(n, 1))
    X = X + rng.normal(0.0, float(params["noise"]), size=X.shape)
    return X, (np.floor(a / (2 * np.pi) * k).astype(np.int64) % k)

@shape
def torus(n, rng, params):
    th, ph = rng.uniform(0.0, 2 * np.pi, size=(2, n))
    rho = rng.uniform(0.0, 0.7, size=n)   # distance to the tube's centre circle: inside when < 0.35
    X = np.c_[(1.0 + rho * np.cos(ph)) * np.cos(th), (1.0 + rho * np.cos(ph)) * np.sin(th), rho * np.sin(ph)]
    X = X + rng.normal(0.0, float(params["noise"]), size=X.shape)
    X = np.c_[X, rng.uniform(-1.5, 1.5, size=(n, int(params["n_features"]) - 3))]
    return X, (rho < 0.35).astype(np.int64)

@shape
def signs(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    W = rng.standard_normal((X.shape[1], 2))
    Z = X @ (W / np.linalg.norm(W, axis=0)) + rng.normal(0.0, float(params["noise"]), size=(n, 2))
    return X, (2 * (Z[:, 0] > 0) + (Z[:, 1] > 0)).astype(np.int64)

@shape
def hetero(n, rng, params):
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    means = rng.normal(0.0, 1.5, size=(k, d))
    widths = np.geomspace(0.5, 3.0, k)[rng.permutation(k)]
    return means[y] + rng.standard_normal((n, d)) * widths[y, None], y.astype(np.int64)

@shape
def threshold_parity(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    a, b = X[:, 0] - float(params["t0"]), X[:, 1] - float(params["t1"])
    y = ((a > 0) ^ (b > 0)).astype(np.int64)
    flip = rng.random(n) < 0.5 * np.exp(-np.minimum(np.abs(a), np.abs(b)) / float(params["width"]))
    y[flip] = 1 - y[flip]
    return X, y

@shape
def ellipses(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    r = np.hypot(X[:, 0] / 2.0, X[:, 1] * 1.5) + rng.normal(0.0, float(params["noise"]), size=n)
    return X, (r > 0.9).astype(np.int64)

@shape
def gauss_xor(n, rng, params):
    y = rng.integers(0, 2, size=n)
    q = rng.integers(0, 2, size=n)
    centre = np.c_[2.0 * q - 1.0, (2.0 * (q ^ y) - 1.0)]
    X = np.c_[centre + rng.normal(0.0, float(params["std"]), size=(n, 2)),
              rng.standard_normal((n, int(params["n_features"]) - 2))]
    return X, y.astype(np.int64)

@shape
def ordinal(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    w = rng.standard_normal(X.shape[1])
    s = X @ (w / np.linalg.norm(w)) + rng.normal(0.0, float(params["noise"]), size=n)
    k = int(params["classes"])
    return X, np.searchsorted(np.quantile(s, np.linspace(0.0, 1.0, k + 1)[1:-1]), s).astype(np.int64)

@shape
def annulus(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    r = np.linalg.norm(X, axis=1) + rng.normal(0.0, float(params["noise"]), size=n)
    return X, ((r > 1.2) & (r < 1.9)).astype(np.int64)

@shape
def diag_bands(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    s = X[:, 0] + X[:, 1] - 0.5 * X[:, 2]
    k = int(params["bands"])
    return X, np.searchsorted(np.quantile(s, np.linspace(0.0, 1.0, k + 1)[1:-1]), s).astype(np.int64)

@shape
def lognormal(n, rng, params):
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    means = rng.normal(0.0, 0.6, size=(k, d))
    return np.exp(means[y] + rng.standard_normal((n, d))), y.astype(np.int64)

@shape
def moons3d(n, rng, params):
    y = rng.integers(0, 2, size=n)
    t = rng.uniform(0.0, np.pi, size=n)
    X = np.c_[np.cos(t) + y, np.sin(t) * (1 - 2 * y) - 0.5 * y, np.sin(2 * t) * 0.5 * (2 * y - 1)]
    return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)

@shape
def max_abs(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["classes"])
    return X, np.argmax(np.abs(X[:, :k]), axis=1).astype(np.int64)

@shape
def radial_bands(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    r = np.linalg.norm(X, axis=1)
    k = int(params["bands"])
    return X, (np.searchsorted(np.quantile(r, np.linspace(0.0, 1.0, 2 * k + 1)[1:-1]), r) % k).astype(np.int64)

@shape
def norm_ratio(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    h = X.shape[1] // 2
    return X, (np.linalg.norm(X[:, :h], axis=1) > np.linalg.norm(X[:, h:], axis=1)).astype(np.int64)

@shape
def skew_classes(n, rng, params):
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    means = rng.normal(0.0, 1.0, size=(k, d))
    return means[y] + rng.exponential(1.0, size=(n, d)) - 1.0, y.astype(np.int64)

@shape
def bumps(n, rng, params):
    d, k = int(params["n_features"]), int(params["bumps"])
    X = rng.uniform(-1.0, 1.0, size=(n, d))
    centres = rng.uniform(-1.0, 1.0, size=(k, 3))
    signs = np.where(np.arange(k) % 2 == 0, 1.0, -1.0)
    field = np.exp(-np.sum((X[:, None, :3] - centres[None]) ** 2, axis=2) / 0.5) @ signs
    return X, (field > np.median(field)).astype(np.int64)

@shape
def angle_bins(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    cos = X @ (u / np.linalg.norm(u)) / np.linalg.norm(X, axis=1)
    k = int(params["classes"])
    return X, np.searchsorted(np.quantile(cos, np.linspace(0.0, 1.0, k + 1)[1:-1]), cos).astype(np.int64)

@shape
def heavy_tails(n, rng, params):
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    means = rng.normal(0.0, 1.5, size=(k, d))
    return means[y] + rng.standard_t(float(params["df"]), size=(n, d)), y.astype(np.int64)

@shape
def quadratic_form(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    A = rng.standard_normal((X.shape[1], X.shape[1]))
    q = np.einsum("ij,jk,ik->i", X, A + A.T, X)
    return X, (q > np.median(q)).astype(np.int64)

@shape
def two_logistics(n, rng, params):
    X = rng.standard_normal((n, int(params["n_features"])))
    w1, w2 = rng.standard_normal((2, X.shape[1])) * 2.0
    logits = np.where(X[:, 0] > 0, X @ w1, X @ w2)
    return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-logits))).astype(np.int64)

@shape
def circle_count(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["circles"])
    centres = rng.uniform(-0.5, 0.5, size=(k, 2))
    inside = np.linalg.norm(X[:, None, :2] - centres[None], axis=2) < 0.6
    return X, inside.sum(axis=1).astype(np.int64)

@shape
def polar_checker(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    r = np.linalg.norm(X[:, :2], axis=1) / np.sqrt(2.0)
    ring = np.minimum((r * int(params["rings"])).astype(np.int64), int(params["rings"]) - 1)
    sector = ((np.arctan2(X[:, 1], X[:, 0]) + np.pi) / (2 * np.pi) * int(params["sectors"])).astype(np.int64)
    return X, ((ring + np.minimum(sector, int(params["sectors"]) - 1)) % 2).astype(np.int64)

@shape
def min_threshold(n, rng, params):
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["k"])
    y = (X[:, :k].min(axis=1) > 1.0 - 2.0 * 0.5 ** (1.0 / k)).astype(np.int64)   # half of the points above
    return X, flip_binary(y, rng, params)

@shape
def binary_weighted(n, rng, params):
    X = (rng.random((n, int(params["n_features"]))) < 0.5).astype(float)
    s = X @ rng.exponential(1.0, size=X.shape[1]) + 0.3 * rng.standard_normal(n)
    return X, (s > np.median(s)).astype(np.int64)

@shape
def mixed_scales(n, rng, params):
    Z = rng.standard_normal((n, int(params["n_features"])))
    y = (rng.random(n) < 1.0 / (1.0 + np.exp(-3.0 * Z @ rng.standard_normal(Z.shape[1])))).astype(np.int64)
    return Z * 10.0 ** rng.uniform(-2.0, 2.0, size=Z.shape[1]), y

@shape
def halfspaces_and(n, rng, params):
    # inside two random half-spaces at once (about half the points)
    X = rng.standard_normal((n, int(params["n_features"])))
    a, b = X @ rng.standard_normal(X.shape[1]), X @ rng.standard_normal(X.shape[1])
    c = np.quantile(np.minimum(a - np.median(a), b - np.median(b)), 0.5)
    y = ((a - np.median(a) > c) & (b - np.median(b) > c)).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def feature_range(n, rng, params):
    # whether the largest minus the smallest uniform feature is above its median
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    r = X.max(axis=1) - X.min(axis=1)
    return X, (r > np.median(r)).astype(np.int64)

@shape
def prototypes(n, rng, params):
    # the class of the nearest of several random prototypes (a Voronoi labelling)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["prototypes"])
    protos = rng.uniform(-1.0, 1.0, size=(k, X.shape[1]))
    cls = np.arange(k) % int(params["classes"])
    return X, cls[np.argmin(((X[:, None, :] - protos[None]) ** 2).sum(axis=2), axis=1)].astype(np.int64)

@shape
def apollonius(n, rng, params):
    # ``ratio`` times nearer to one random centre than to another (a sphere)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    a, b = rng.uniform(-0.5, 0.5, size=(2, X.shape[1]))
    return X, (np.linalg.norm(X - a, axis=1) * float(params["ratio"]) < np.linalg.norm(X - b, axis=1)
               ).astype(np.int64)

@shape
def l1_ball(n, rng, params):
    # inside the L1 ball holding half the points
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    r = np.abs(X).sum(axis=1)
    return X, flip_binary((r < np.median(r)).astype(np.int64), rng, params)

@shape
def majority(n, rng, params):
    # whether most of the features, each with Gaussian noise, are positive
    X = rng.standard_normal((n, int(params["n_features"])))
    votes = (X + float(params["noise"]) * rng.standard_normal(X.shape) > 0).sum(axis=1)
    return X, (votes > X.shape[1] / 2).astype(np.int64)

@shape
def count_above(n, rng, params):
    # whether at least k of the first m uniform features are above 0.5
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    return X, ((X[:, : int(params["m"])] > 0.5).sum(axis=1) >= int(params["k"])).astype(np.int64)

@shape
def rotated_quadrants(n, rng, params):
    # the quadrant (4 classes) of (x0, x1) turned by a random angle
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t = rng.uniform(0.0, np.pi / 2)
    u, v = np.cos(t) * X[:, 0] - np.sin(t) * X[:, 1], np.sin(t) * X[:, 0] + np.cos(t) * X[:, 1]
    y = (2 * (u > 0) + (v > 0)).astype(np.int64)
    flip = rng.random(n) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, 4, size=int(flip.sum()))
    return X, y

@shape
def segment(n, rng, params):
    # whether (x0, x1) lies within ``width`` of a random segment of length 1.6
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c, t = rng.uniform(-0.2, 0.2, size=2), rng.uniform(0.0, np.pi)
    a, d = c - 0.8 * np.array([np.cos(t), np.sin(t)]), 1.6 * np.array([np.cos(t), np.sin(t)])
    s = np.clip((X[:, :2] - a) @ d / (d @ d), 0.0, 1.0)   # the nearest point of the segment: a + s d
    dist = np.linalg.norm(X[:, :2] - (a + s[:, None] * d), axis=1)
    return X, (dist < float(params["width"])).astype(np.int64)

@shape
def proj_argmax(n, rng, params):
    # which of ``classes`` random unit projections is largest
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["classes"])
    W = rng.standard_normal((X.shape[1], k))
    y = np.argmax(X @ (W / np.linalg.norm(W, axis=0)), axis=1).astype(np.int64)
    flip = rng.random(n) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, k, size=int(flip.sum()))
    return X, y

@shape
def paraboloid(n, rng, params):
    # inside a paraboloid along a random direction (half the points)
    X = rng.standard_normal((n, int(params["n_features"])))
    Z = X @ np.linalg.qr(rng.standard_normal((X.shape[1], X.shape[1])))[0]   # a random rotation
    s = Z[:, 0] - 0.5 * (Z[:, 1] ** 2 + Z[:, 2] ** 2)
    return X, flip_binary((s > np.median(s)).astype(np.int64), rng, params)

@shape
def square_rings(n, rng, params):
    # nested square bands of (x0, x1) turned by a random angle, 0 and 1 in turn
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t = rng.uniform(0.0, np.pi / 2)
    u, v = np.cos(t) * X[:, 0] - np.sin(t) * X[:, 1], np.sin(t) * X[:, 0] + np.cos(t) * X[:, 1]
    m = np.maximum(np.abs(u), np.abs(v))
    k = int(params["rings"])
    return X, (np.searchsorted(np.quantile(m, np.linspace(0.0, 1.0, k + 1)[1:-1]), m) % 2).astype(np.int64)

@shape
def l1_l2_ratio(n, rng, params):
    # whether |x|_1 / |x|_2 is above its median (nearer the diagonals than the axes)
    X = rng.standard_normal((n, int(params["n_features"])))
    q = np.abs(X).sum(axis=1) / np.linalg.norm(X, axis=1)
    return X, flip_binary((q > np.median(q)).astype(np.int64), rng, params)

@shape
def two_slabs(n, rng, params):
    # inside two random oblique slabs at once, each off-centre with 70% of the points
    X = rng.standard_normal((n, int(params["n_features"])))
    W = rng.standard_normal((X.shape[1], 2))
    T = np.abs(X @ (W / np.linalg.norm(W, axis=0)) - rng.uniform(-0.5, 0.5, size=2))   # to the mid-planes
    return X, flip_binary(np.all(T < np.quantile(T, 0.7, axis=0), axis=1).astype(np.int64), rng, params)

@shape
def l1_anchors(n, rng, params):
    # which of ``anchors`` random points is nearest under the L1 distance
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    anchors = rng.uniform(-0.7, 0.7, size=(int(params["anchors"]), X.shape[1]))
    return X, np.argmin(np.abs(X[:, None, :] - anchors[None]).sum(axis=2), axis=1).astype(np.int64)

@shape
def sine_product(n, rng, params):
    # 3 equally frequent bins of a product of three sines
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    s = np.prod(np.sin(np.pi * float(params["frequency"]) * X[:, :3]), axis=1)
    return X, np.searchsorted(np.quantile(s, [1 / 3, 2 / 3]), s).astype(np.int64)

@shape
def random_fourier(n, rng, params):
    # above the median of a random smooth function of (x0, x1)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["terms"])
    freq = rng.normal(0.0, float(params["scale"]), size=(2, k))
    f = np.cos(X[:, :2] @ freq + rng.uniform(0.0, 2 * np.pi, size=k)) @ rng.standard_normal(k)
    return X, flip_binary((f > np.median(f)).astype(np.int64), rng, params)

@shape
def ball_or_half(n, rng, params):
    # inside a random half-space (a quarter) or a random ball (a third of the rest)
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    a = X @ (u / np.linalg.norm(u))
    half = a > np.quantile(a, 0.75)
    dist = np.linalg.norm(X - rng.normal(0.0, 0.8, size=X.shape[1]), axis=1)
    y = (half | (dist < np.quantile(dist[~half], 1 / 3))).astype(np.int64)   # half the points
    return X, flip_binary(y, rng, params)

@shape
def quadratic_softmax(n, rng, params):
    # classes drawn from a softmax of random quadratic scores
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["classes"])
    W, V = rng.standard_normal((2, X.shape[1], k))
    W, V = W / np.linalg.norm(W, axis=0), V / np.linalg.norm(V, axis=0)   # unit columns
    S = float(params["scale"]) * (X @ W + 0.5 * (X @ V) ** 2)
    P = np.exp(S - S.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    return X, np.minimum((rng.random((n, 1)) > np.cumsum(P, axis=1)).sum(axis=1), k - 1).astype(np.int64)

@shape
def flower(n, rng, params):
    # inside a flower of ``petals`` petals around a random centre (half the points)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c, phase = rng.uniform(-0.3, 0.3, size=2), rng.uniform(0.0, 2 * np.pi)
    d = X[:, :2] - c
    edge = 1.0 + 0.5 * np.cos(int(params["petals"]) * np.arctan2(d[:, 1], d[:, 0]) + phase)
    q = np.hypot(d[:, 0], d[:, 1]) / edge
    return X, flip_binary((q < np.median(q)).astype(np.int64), rng, params)

@shape
def rank_of_first(n, rng, params):
    # how many of x1 .. x_{classes-1} lie below x0 (the classes equally frequent)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    y = (X[:, 1:k] < X[:, :1]).sum(axis=1).astype(np.int64)
    flip = rng.random(n) < float(params.get("flip", 0.0))
    y[flip] = rng.integers(0, k, size=int(flip.sum()))
    return X, y

@shape
def covariances(n, rng, params):
    # Gaussian classes with random covariances and means near one another
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    A = rng.standard_normal((k, d, d)) / np.sqrt(d)   # class c's covariance: A_c A_c'
    M = rng.standard_normal((k, d))
    M *= float(params["shift"]) / np.linalg.norm(M, axis=1, keepdims=True)   # each mean ``shift`` from the origin
    return M[y] + np.einsum("nij,nj->ni", A[y], rng.standard_normal((n, d))), y.astype(np.int64)

@shape
def mirrored_relu(n, rng, params):
    # above the median of g(x) + mirror g(-x), g a random ReLU network: mostly even
    X = rng.standard_normal((n, int(params["n_features"])))
    h = int(params["hidden"])
    W = rng.standard_normal((X.shape[1], h)) / np.sqrt(X.shape[1])
    b, v = rng.normal(0.0, 0.5, size=h), rng.standard_normal(h)
    f = np.maximum(X @ W + b, 0.0) @ v + float(params["mirror"]) * (np.maximum(b - X @ W, 0.0) @ v)
    return X, flip_binary((f > np.median(f)).astype(np.int64), rng, params)

@shape
def crescent(n, rng, params):
    # inside a disc of radius 1 around a random centre, outside one of 0.55 ``offset`` away
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c, t = rng.uniform(-0.2, 0.2, size=2), rng.uniform(0.0, 2 * np.pi)
    o = c + float(params["offset"]) * np.array([np.cos(t), np.sin(t)])
    y = (np.linalg.norm(X[:, :2] - c, axis=1) < 1.0) & (np.linalg.norm(X[:, :2] - o, axis=1) > 0.55)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def hamming_ball(n, rng, params):
    # coin features: within Hamming distance ``radius`` of a random centre
    X = rng.integers(0, 2, size=(n, int(params["n_features"]))).astype(float)
    centre = rng.integers(0, 2, size=X.shape[1])
    y = ((X != centre).sum(axis=1) <= int(params["radius"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def cylinder(n, rng, params):
    # inside a random infinite cylinder (the median distance to a random line)
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    u /= np.linalg.norm(u)
    D = X - rng.normal(0.0, 0.3, size=X.shape[1])   # from a random point of the line
    r2 = (D**2).sum(axis=1) - (D @ u) ** 2
    return X, flip_binary((r2 < np.median(r2)).astype(np.int64), rng, params)

@shape
def logistic_interaction(n, rng, params):
    # labels drawn from a logistic model of x0 x1 plus a random linear part
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    logit = float(params["scale"]) * (X[:, 0] * X[:, 1] + 0.5 * X @ (u / np.linalg.norm(u)))
    return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-logit))).astype(np.int64)

@shape
def ascents(n, rng, params):
    # how many of x0 < x1, x1 < x2, ... among the first ``classes`` features hold
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    return X, (np.diff(X[:, :k], axis=1) > 0).sum(axis=1).astype(np.int64)

@shape
def hex_cells(n, rng, params):
    # a 3-colouring of a turned hexagonal tiling (the triangular lattice's Voronoi cells)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t, off = rng.uniform(0.0, 2 * np.pi), rng.uniform(0.0, 1.0, size=2)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    P = X[:, :2] @ R.T / float(params["size"]) + off   # in lattice units
    v = P[:, 1] / (np.sqrt(3) / 2)
    u = P[:, 0] - 0.5 * v   # the lattice point (i, j) sits at (i + j / 2, j sqrt(3) / 2)
    I = np.floor(u)[:, None] + np.array([0, 1, 0, 1])   # the four corners of the point's rhombus
    J = np.floor(v)[:, None] + np.array([0, 0, 1, 1])
    d2 = (I + 0.5 * J - P[:, :1]) ** 2 + (J * np.sqrt(3) / 2 - P[:, 1:]) ** 2
    near = np.argmin(d2, axis=1)
    i, j = I[np.arange(n), near], J[np.arange(n), near]
    return X, np.mod(i - j, 3).astype(np.int64)

@shape
def random_tree(n, rng, params):
    # the leaf of a random axis-aligned tree of ``depth`` levels, leaves of ``classes``
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    depth, k = int(params["depth"]), int(params["classes"])
    inner = 2**depth - 1
    feature, threshold = rng.integers(0, X.shape[1], size=inner), rng.uniform(-0.5, 0.5, size=inner)
    leaf_class = rng.permutation(np.arange(2**depth) % k)
    node = np.zeros(n, dtype=np.int64)
    for _ in range(depth):
        node = 2 * node + 1 + (X[np.arange(n), feature[node]] > threshold[node])
    return X, redraw_among(leaf_class[node - inner], rng, k, params)

@shape
def random_dnf(n, rng, params):
    # coin features: an OR of ``terms`` random ANDs of ``literals`` literals each
    X = rng.integers(0, 2, size=(n, int(params["n_features"])))
    terms, literals = int(params["terms"]), int(params["literals"])
    which = np.argsort(rng.random((terms, X.shape[1])), axis=1)[:, :literals]   # distinct features per term
    want = rng.integers(0, 2, size=(terms, literals))
    y = (X[:, which] == want).all(axis=2).any(axis=1).astype(np.int64)
    return X.astype(float), flip_binary(y, rng, params)

@shape
def nearest_line(n, rng, params):
    # which of ``classes`` random lines in the plane of (x0, x1) is nearest
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    phi, c = rng.uniform(0.0, np.pi, size=k), rng.uniform(-0.6, 0.6, size=k)
    dist = np.abs(X[:, :1] * np.cos(phi) + X[:, 1:2] * np.sin(phi) - c)
    return X, redraw_among(np.argmin(dist, axis=1).astype(np.int64), rng, k, params)

@shape
def boxes(n, rng, params):
    # ``classes`` classes, each uniform in its own random box of side ``side``
    d, k = int(params["n_features"]), int(params["classes"])
    y = rng.integers(0, k, size=n)
    centres = rng.uniform(-1.0, 1.0, size=(k, d))
    side = float(params["side"])
    return centres[y] + rng.uniform(-side / 2, side / 2, size=(n, d)), y.astype(np.int64)

@shape
def top_two(n, rng, params):
    # which two of the first 4 features are the largest (6 classes, the pair's index)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    top = np.sort(np.argsort(X[:, :4], axis=1)[:, 2:], axis=1)   # the two largest, in index order
    pair = np.array([[-1, 0, 1, 2], [0, -1, 3, 4], [1, 3, -1, 5], [2, 4, 5, -1]])   # (0, 1) 0, ..., (2, 3) 5
    return X, redraw_among(pair[top[:, 0], top[:, 1]], rng, 6, params)

@shape
def halfspace_vote(n, rng, params):
    # the majority vote of ``halfspaces`` random half-spaces near the origin
    X = rng.standard_normal((n, int(params["n_features"])))
    m = int(params["halfspaces"])
    W, b = rng.standard_normal((m, X.shape[1])), rng.normal(0.0, 0.3, size=m)
    y = ((X @ W.T + b > 0).sum(axis=1) > m // 2).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def twin_discs(n, rng, params):
    # inside either of two random discs of radius ``radius`` in the plane of (x0, x1)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    C = rng.uniform(-0.6, 0.6, size=(2, 2))
    y = (np.linalg.norm(X[:, None, :2] - C[None], axis=2) < float(params["radius"])).any(axis=1)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def soft_voronoi(n, rng, params):
    # labels drawn from a softmax of ``-scale`` times the squared distances to k centres
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    centres = rng.uniform(-1.0, 1.0, size=(k, X.shape[1]))
    S = -float(params["scale"]) * ((X[:, None] - centres[None]) ** 2).sum(axis=2)
    P = np.exp(S - S.max(axis=1, keepdims=True))
    cdf = np.cumsum(P / P.sum(axis=1, keepdims=True), axis=1)
    return X, np.minimum((rng.random(n)[:, None] > cdf).sum(axis=1), k - 1).astype(np.int64)   # inverse CDF

@shape
def lp_star(n, rng, params):
    # inside the L^p "ball" (p < 1: a four-pointed star) holding half the points of (x0, x1)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t, c = rng.uniform(0.0, np.pi / 2), rng.uniform(-0.2, 0.2, size=2)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    s = (np.abs((X[:, :2] - c) @ R.T) ** float(params["p"])).sum(axis=1)
    return X, flip_binary((s < np.median(s)).astype(np.int64), rng, params)

@shape
def teacher_net(n, rng, params):
    # the argmax of a random one-hidden-layer tanh network of ``hidden`` units
    X = rng.standard_normal((n, int(params["n_features"])))
    h, k = int(params["hidden"]), int(params["classes"])
    W1 = rng.standard_normal((X.shape[1], h)) * float(params["gain"]) / np.sqrt(X.shape[1])
    b1, W2 = rng.normal(0.0, 1.0, size=h), rng.standard_normal((h, k))
    return X, redraw_among(np.argmax(np.tanh(X @ W1 + b1) @ W2, axis=1), rng, k, params)

@shape
def margin_gap(n, rng, params):
    # two halves of a random hyperplane, pushed ``gap`` apart along its normal
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    w = rng.standard_normal(X.shape[1])
    w /= np.linalg.norm(w)
    s = X @ w - np.median(X @ w)
    X = X + float(params["gap"]) * np.sign(s)[:, None] * w
    return X, flip_binary((s > 0).astype(np.int64), rng, params)

@shape
def triangle(n, rng, params):
    # inside a turned, jittered near-equilateral triangle of circumradius ``radius``
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    a = rng.uniform(0.0, 2 * np.pi) + 2 * np.pi * np.arange(3) / 3 + rng.uniform(-0.3, 0.3, size=3)
    V = float(params["radius"]) * np.c_[np.cos(a), np.sin(a)]   # counter-clockwise corners
    E = np.roll(V, -1, axis=0) - V
    cross = E[:, 0] * (X[:, 1:2] - V[:, 1]) - E[:, 1] * (X[:, :1] - V[:, 0])   # left of every edge
    return X, flip_binary((cross > 0).all(axis=1).astype(np.int64), rng, params)

@shape
def argmedian(n, rng, params):
    # which of the first ``classes`` (odd) features is their median
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    return X, np.argsort(X[:, :k], axis=1)[:, k // 2].astype(np.int64)

@shape
def poisson_counts(n, rng, params):
    # Poisson counts of log-rate ``scale u . x + offset``, capped: zero the commonest
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    lam = np.exp(float(params["scale"]) * X @ (u / np.linalg.norm(u)) + float(params["offset"]))
    return X, np.minimum(rng.poisson(lam), int(params["classes"]) - 1).astype(np.int64)

@shape
def multiplexer(n, rng, params):
    # coin features: the first ``address`` pick which of the next 2**address is the label
    X = rng.integers(0, 2, size=(n, int(params["n_features"])))
    a = int(params["address"])
    slot = X[:, :a] @ (2 ** np.arange(a - 1, -1, -1))   # x0 the highest bit
    y = X[np.arange(n), a + slot].astype(np.int64)
    return X.astype(float), flip_binary(y, rng, params)

@shape
def rule_list(n, rng, params):
    # the class of the first of ``rules`` random threshold rules to hold (a decision list)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    m, k = int(params["rules"]), int(params["classes"])
    feature, threshold = rng.integers(0, X.shape[1], size=m), rng.uniform(-0.5, 0.5, size=m)
    above = rng.random(m) < 0.5   # whether rule i holds above its threshold or below
    first = np.full(n, m)   # the first rule that holds (m: none, the default)
    for i in range(m - 1, -1, -1):
        first = np.where((X[:, feature[i]] > threshold[i]) == above[i], i, first)
    return X, redraw_among((first % k).astype(np.int64), rng, k, params)   # rule i's class i mod k

@shape
def longest_run(n, rng, params):
    # coin features: whether the longest run of ones (in feature order) is ``run`` or more
    X = rng.integers(0, 2, size=(n, int(params["n_features"])))
    run, best = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    for j in range(X.shape[1]):
        run = (run + 1) * X[:, j]
        best = np.maximum(best, run)
    return X.astype(float), flip_binary((best >= int(params["run"])).astype(np.int64), rng, params)

@shape
def positive_count(n, rng, params):
    # how many of the first ``counted`` features are positive after Gaussian noise
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["counted"])
    noisy = X[:, :k] + rng.normal(0.0, float(params["noise"]), size=(n, k))
    return X, (noisy > 0).sum(axis=1).astype(np.int64)   # binomial shares: the ends rare

@shape
def islands(n, rng, params):
    # inside any of ``islands`` random balls of radius ``radius`` in (x0, x1, x2): rare
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    C = rng.uniform(-0.7, 0.7, size=(int(params["islands"]), 3))
    y = (np.linalg.norm(X[:, None, :3] - C[None], axis=2) < float(params["radius"])).any(axis=1)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def patchy_noise(n, rng, params):
    # labels drawn from a logistic model of u . x, sharp where v . x > 0, blunt elsewhere
    X = rng.standard_normal((n, int(params["n_features"])))
    U = rng.standard_normal((X.shape[1], 2))
    U /= np.linalg.norm(U, axis=0)
    scale = np.where(X @ U[:, 1] > 0, float(params["sharp"]), float(params["blunt"]))
    return X, (rng.random(n) < 1.0 / (1.0 + np.exp(-scale * (X @ U[:, 0])))).astype(np.int64)

@shape
def bars(n, rng, params):
    # ``side`` x ``side`` images of one bar (a row, a column or a diagonal) under pixel noise
    s = int(params["side"])
    y = rng.integers(0, 3, size=n)
    at = rng.integers(0, s, size=n)   # the row or the column; a diagonal's direction: at % 2
    r, c = np.indices((s, s))
    bar = np.stack([r[None] == at[:, None, None], c[None] == at[:, None, None],
                    np.where((at % 2 == 0)[:, None, None], r == c, r + c == s - 1)])   # (3, n, s, s)
    X = bar[y, np.arange(n)].reshape(n, s * s).astype(float)
    return X + rng.normal(0.0, float(params["noise"]), size=X.shape), y.astype(np.int64)

@shape
def lemniscate(n, rng, params):
    # inside a lemniscate (|z|^4 < a^2 (z0^2 - z1^2)) of (x0, x1) shifted and turned
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t, c = rng.uniform(0.0, np.pi), rng.uniform(-0.1, 0.1, size=2)
    z = (X[:, :2] - c) @ np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])   # the lobes along angle t
    r2 = (z**2).sum(axis=1)
    y = r2**2 < float(params["size"]) ** 2 * (z[:, 0] ** 2 - z[:, 1] ** 2)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def farthest_centre(n, rng, params):
    # which of ``classes`` random centres is the farthest (a linear argmax)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    C = rng.uniform(-0.5, 0.5, size=(k, X.shape[1]))
    y = np.argmax(((X[:, None] - C[None]) ** 2).sum(axis=2), axis=1).astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def bag_of_words(n, rng, params):
    # word counts of ``length`` draws from a class's mix of shared and own word shares
    d, k = int(params["n_features"]), int(params["classes"])
    shared = float(params["shared"])
    P = shared * rng.dirichlet(np.ones(d)) + (1 - shared) * rng.dirichlet(np.full(d, float(params["alpha"])), k)
    y = rng.integers(0, k, size=n)
    return rng.multinomial(int(params["length"]), P[y]).astype(float), y.astype(np.int64)

@shape
def count_mod3(n, rng, params):
    # coin features: how many of the first ``counted`` are one, modulo 3
    X = rng.integers(0, 2, size=(n, int(params["n_features"])))
    y = X[:, : int(params["counted"])].sum(axis=1) % 3
    return X.astype(float), redraw_among(y.astype(np.int64), rng, 3, params)

@shape
def bilinear_sign(n, rng, params):
    # the sign of x[:3]' A x[3:6] for a random 3x3 matrix A
    X = rng.standard_normal((n, int(params["n_features"])))
    A = rng.standard_normal((3, 3))
    y = (np.einsum("ni,ij,nj->n", X[:, :3], A, X[:, 3:6]) > 0).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def max_projection(n, rng, params):
    # which of ``classes`` random unit directions has the largest |projection|
    X = rng.standard_normal((n, int(params["n_features"])))
    k = int(params["classes"])
    U = rng.standard_normal((X.shape[1], k))
    U /= np.linalg.norm(U, axis=0)
    return X, redraw_among(np.argmax(np.abs(X @ U), axis=1).astype(np.int64), rng, k, params)

@shape
def first_above(n, rng, params):
    # the first of the first ``counted`` features above ``threshold`` (``counted``: none)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["counted"])
    above = X[:, :k] > float(params["threshold"])
    y = np.where(above.any(axis=1), above.argmax(axis=1), k).astype(np.int64)
    return X, redraw_among(y, rng, k + 1, params)

@shape
def zipf_blobs(n, rng, params):
    # Gaussian classes of shares 1, 1/2, 1/3, ... (normalized) around random means
    d, k = int(params["n_features"]), int(params["classes"])
    share = 1.0 / np.arange(1, k + 1)
    y = rng.choice(k, size=n, p=share / share.sum())
    means = rng.normal(0.0, float(params["spread"]), size=(k, d))
    return means[y] + rng.standard_normal((n, d)), y.astype(np.int64)

@shape
def tail_event(n, rng, params):
    # whether a random unit projection exceeds ``level``: a rare class
    X = rng.standard_normal((n, int(params["n_features"])))
    u = rng.standard_normal(X.shape[1])
    y = (X @ (u / np.linalg.norm(u)) > float(params["level"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def fuzzy_disc(n, rng, params):
    # labels drawn from a logistic model of scale (1 - r^2 / median r^2): a noisy rim
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c = rng.uniform(-0.3, 0.3, size=2)
    r2 = ((X[:, :2] - c) ** 2).sum(axis=1)
    p = 1.0 / (1.0 + np.exp(-float(params["scale"]) * (1.0 - r2 / np.median(r2))))
    return X, (rng.random(n) < p).astype(np.int64)

@shape
def sine_band(n, rng, params):
    # within ``width`` of x1 = amplitude sin(pi frequency x0 + phase), a random phase
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    phase = rng.uniform(0.0, 2 * np.pi)
    curve = float(params["amplitude"]) * np.sin(np.pi * float(params["frequency"]) * X[:, 0] + phase)
    y = (np.abs(X[:, 1] - curve) < float(params["width"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def dominant_block(n, rng, params):
    # which of ``classes`` consecutive blocks of the features has the largest sum
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    y = np.argmax(X.reshape(n, k, -1).sum(axis=2), axis=1).astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def order_of_extremes(n, rng, params):
    # whether the largest of the first ``counted`` comes before the smallest
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["counted"])
    y = (X[:, :k].argmax(axis=1) < X[:, :k].argmin(axis=1)).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def mod_sum(n, rng, params):
    # (floor(cells x0) + floor(cells x1)) mod classes in uniform features on [0, 1]
    X = rng.random((n, int(params["n_features"])))
    c, k = int(params["cells"]), int(params["classes"])
    y = ((np.floor(X[:, 0] * c) + np.floor(X[:, 1] * c)) % k).astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def weighted_voronoi(n, rng, params):
    # the nearest of ``classes`` random centres, each distance over a random weight
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    a = rng.uniform(0.0, 2 * np.pi) + 2 * np.pi * np.arange(k) / k   # about evenly around a circle of radius 0.5
    C, w = 0.5 * np.c_[np.cos(a), np.sin(a)] + rng.uniform(-0.1, 0.1, size=(k, 2)), rng.uniform(0.7, 1.4, size=k)
    d = np.linalg.norm(X[:, None, :2] - C[None], axis=2) / w
    return X, redraw_among(np.argmin(d, axis=1).astype(np.int64), rng, k, params)

@shape
def switch_linear(n, rng, params):
    # the side of one random hyperplane where x0 > 0, of another where not
    X = rng.standard_normal((n, int(params["n_features"])))
    W = rng.standard_normal((2, X.shape[1]))
    y = (np.where(X[:, 0] > 0, X @ W[0], X @ W[1]) > 0).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def nested_shells(n, rng, params):
    # the distance to a random centre: below the inner quantile, between, beyond outer
    X = rng.standard_normal((n, int(params["n_features"])))
    r = np.linalg.norm(X - rng.normal(0.0, 0.3, size=X.shape[1]), axis=1)
    y = (r > np.quantile(r, float(params["inner"]))).astype(np.int64) + (r > np.quantile(r, float(params["outer"])))
    return X, redraw_among(y, rng, 3, params)

@shape
def joint_exceedance(n, rng, params):
    # whether two random unit projections both exceed ``level``: a rare class
    X = rng.standard_normal((n, int(params["n_features"])))
    U = rng.standard_normal((X.shape[1], 2))
    U /= np.linalg.norm(U, axis=0)
    y = (X @ U > float(params["level"])).all(axis=1).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def graded_flips(n, rng, params):
    # a random hyperplane's side, flipped with probability rate (x_last + 1) / 2
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    w = rng.standard_normal(X.shape[1] - 1)
    y = (X[:, :-1] @ w > 0).astype(np.int64)
    flip = rng.random(n) < float(params["rate"]) * (X[:, -1] + 1) / 2
    y[flip] = 1 - y[flip]
    return X, y

@shape
def horseshoe(n, rng, params):
    # inside a ring around a random centre but outside a gap of ``gap`` radians
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    c, g = rng.uniform(-0.15, 0.15, size=2), rng.uniform(0.0, 2 * np.pi)
    z = X[:, :2] - c
    r = np.hypot(z[:, 0], z[:, 1])
    off = np.abs(np.angle(np.exp(1j * (np.arctan2(z[:, 1], z[:, 0]) - g))))   # from the gap's middle: 0 to pi
    y = (r > float(params["inner"])) & (r < float(params["outer"])) & (off > float(params["gap"]) / 2)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def cardioid(n, rng, params):
    # inside r < size (1 - cos(theta - t)) around a cusp at size (cos t, sin t)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t, a = rng.uniform(0.0, 2 * np.pi), float(params["size"])
    z = X[:, :2] - a * np.array([np.cos(t), np.sin(t)])
    y = np.hypot(z[:, 0], z[:, 1]) < a * (1 - np.cos(np.arctan2(z[:, 1], z[:, 0]) - t))
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def parallel_cuts(n, rng, params):
    # ``classes`` equally frequent slabs of a random projection
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    s = X @ rng.standard_normal(X.shape[1])
    y = np.searchsorted(np.quantile(s, np.arange(1, k) / k), s, side="right").astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def perm_parity(n, rng, params):
    # whether the order of the first ``counted`` features is an even permutation
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    i, j = np.triu_indices(int(params["counted"]), 1)
    y = (np.prod(X[:, j] - X[:, i], axis=1) > 0).astype(np.int64)   # the Vandermonde product's sign: even
    return X, flip_binary(y, rng, params)

@shape
def hyperbolic_bands(n, rng, params):
    # ``bands`` equally frequent bins of x0 x1, labelled 0 .. classes - 1 in turn
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k, b, s = int(params["classes"]), int(params["bands"]), X[:, 0] * X[:, 1]
    y = np.searchsorted(np.quantile(s, np.arange(1, b) / b), s, side="right") % k
    return X, redraw_among(y.astype(np.int64), rng, k, params)

@shape
def nearest_circle(n, rng, params):
    # which of ``classes`` random circles in the plane of (x0, x1) is nearest
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    k = int(params["classes"])
    C, r = rng.uniform(-0.5, 0.5, size=(k, 2)), rng.uniform(0.2, 0.7, size=k)
    d = np.abs(np.linalg.norm(X[:, None, :2] - C[None], axis=2) - r)
    return X, redraw_among(np.argmin(d, axis=1).astype(np.int64), rng, k, params)

@shape
def walk_crossing(n, rng, params):
    # whether the running sum x0, x0 + x1, ... ever exceeds ``level``
    X = rng.standard_normal((n, int(params["n_features"])))
    y = (np.cumsum(X, axis=1).max(axis=1) > float(params["level"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def lead_gap(n, rng, params):
    # whether the largest feature leads the second largest by more than ``gap``: rare
    X = rng.random((n, int(params["n_features"])))
    top = np.sort(X, axis=1)[:, -2:]
    y = (top[:, 1] - top[:, 0] > float(params["gap"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

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
def asymmetric_flips(n, rng, params):
    # a random hyperplane's side; class 1 flipped at ``rate1``, class 0 at ``rate0``
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    y = (X @ rng.standard_normal(X.shape[1]) > 0).astype(np.int64)
    flip = rng.random(n) < np.where(y == 1, float(params["rate1"]), float(params["rate0"]))
    y[flip] = 1 - y[flip]
    return X, y

@shape
def yin_yang(n, rng, params):
    # a yin-yang in the unit disc at a random turn: halves split by an S, a dot in each
    r, a = np.sqrt(rng.random(n)), rng.uniform(0.0, 2 * np.pi, size=n)   # (x0, x1) uniform in the unit disc
    X = np.c_[r * np.cos(a), r * np.sin(a), rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"]) - 2))]
    t, dot = rng.uniform(0.0, 2 * np.pi), float(params["dot"])
    u, v = X[:, 0] * np.cos(t) + X[:, 1] * np.sin(t), X[:, 1] * np.cos(t) - X[:, 0] * np.sin(t)
    up, down = np.hypot(u, v - 0.5), np.hypot(u, v + 0.5)   # to the centres of the S's two half-discs
    y = np.where(u < 0, down > 0.5, up < 0.5) ^ (up < dot) ^ (down < dot)
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def pentagram(n, rng, params):
    # inside a five-pointed star of outer radius ``radius`` around the origin, turned
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    t, R = rng.uniform(0.0, 2 * np.pi), float(params["radius"])
    r_in = R * np.cos(2 * np.pi / 5) / np.cos(np.pi / 5)   # the inner corners' radius (0.38 R)
    phi = np.mod(np.arctan2(X[:, 1], X[:, 0]) - t, 2 * np.pi / 5)
    phi = np.minimum(phi, 2 * np.pi / 5 - phi)   # the angle to the nearest point: 0 to pi / 5 (an inner corner)
    bx, by = r_in * np.cos(np.pi / 5) - R, r_in * np.sin(np.pi / 5)   # the edge from (R, 0) to an inner corner
    y = np.hypot(X[:, 0], X[:, 1]) * (by * np.cos(phi) - bx * np.sin(phi)) < by * R
    return X, flip_binary(y.astype(np.int64), rng, params)

@shape
def bernoulli_classes(n, rng, params):
    # coin features, each one with its class's own random chance (naive Bayes)
    k, d = int(params["classes"]), int(params["n_features"])
    P = rng.uniform(0.1, 0.9, size=(k, d))
    y = rng.integers(0, k, size=n)
    return (rng.random((n, d)) < P[y]).astype(np.float64), y.astype(np.int64)

@shape
def closest_pair(n, rng, params):
    # 3 points (x0, x1), (x2, x3), (x4, x5): the one left out of the closest pair
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    P = X[:, :6].reshape(n, 3, 2)
    gaps = np.stack([np.linalg.norm(P[:, (k + 1) % 3] - P[:, (k + 2) % 3], axis=1) for k in range(3)], axis=1)
    return X, redraw_among(np.argmin(gaps, axis=1).astype(np.int64), rng, 3, params)

@shape
def coprime(n, rng, params):
    # two integers from 1 to ``top``: whether their greatest common divisor is 1
    X = rng.integers(1, int(params["top"]) + 1, size=(n, 2))
    y = (np.gcd(X[:, 0], X[:, 1]) == 1).astype(np.int64)
    return X.astype(np.float64), flip_binary(y, rng, params)

@shape
def tone_frequency(n, rng, params):
    # a sine of class + 1 periods over the window, at a random phase, plus noise
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    phase = rng.uniform(0.0, 2 * np.pi, size=n)
    X = np.sin(2 * np.pi * (y[:, None] + 1) * np.arange(d)[None] / d + phase[:, None])
    return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

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
def two_circles(n, rng, params):
    # circles (x0, x1; x4) and (x2, x3; x5): 0 apart, 1 crossing, 2 one inside the other
    X = np.c_[rng.uniform(-1.0, 1.0, size=(n, 4)),
              rng.uniform(float(params["min_radius"]), float(params["max_radius"]), size=(n, 2))]
    gap = np.hypot(X[:, 0] - X[:, 2], X[:, 1] - X[:, 3])
    y = np.where(gap > X[:, 4] + X[:, 5], 0, np.where(gap < np.abs(X[:, 4] - X[:, 5]), 2, 1))
    return X, redraw_among(y.astype(np.int64), rng, 3, params)

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
def same_moments(n, rng, params):
    # Laplace or uniform features of mean 0 and variance 1 alike: the shape tells
    d = int(params["n_features"])
    y = rng.integers(0, 2, size=n)
    peaked = rng.laplace(0.0, 1 / np.sqrt(2), size=(n, d))
    X = np.where(y[:, None] == 0, peaked, rng.uniform(-np.sqrt(3), np.sqrt(3), size=(n, d)))
    return X, y.astype(np.int64)

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
def voronoi_edges(n, rng, params):
    # near an edge of ``sites`` random sites' Voronoi cells in the plane of (x0, x1)
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    S = rng.uniform(-1.0, 1.0, size=(int(params["sites"]), 2))
    dist = np.sort(np.linalg.norm(X[:, None, :2] - S[None], axis=2), axis=1)
    y = (dist[:, 1] - dist[:, 0] < float(params["width"])).astype(np.int64)
    return X, flip_binary(y, rng, params)

@shape
def tilted_draws(n, rng, params):
    # draws among 0 .. classes - 1: the class's own value with probability ``tilt``
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    other = rng.integers(0, k - 1, size=(n, d))
    other += other >= y[:, None]   # one of the k - 1 values other than the class, equally
    X = np.where(rng.random((n, d)) < float(params["tilt"]), y[:, None], other)
    return X.astype(np.float64), y.astype(np.int64)

@shape
def least_factor(n, rng, params):
    # an integer m from 2 to 2**bits - 1 and its bits (highest first): the least prime
    b = int(params["bits"])   # factor of m, 2, 3, 5 or 7 and more (4 classes, 5 the rare one)
    m = rng.integers(2, 2**b, size=n)
    bits = (m[:, None] >> np.arange(b - 1, -1, -1)[None]) & 1
    y = np.where(m % 2 == 0, 0, np.where(m % 3 == 0, 1, np.where(m % 5 == 0, 2, 3))).astype(np.int64)
    return np.c_[m, bits].astype(np.float64), redraw_among(y, rng, 4, params)

@shape
def chirp(n, rng, params):
    # a sine whose frequency falls, holds or rises over the window (the class), plus noise
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    start = rng.uniform(2.5, 4.5, size=n)   # periods per window at the window's start
    phase = rng.uniform(0.0, 2 * np.pi, size=n)
    rate = float(params["sweep"]) * (2 * y / (k - 1) - 1)   # the frequency's change over the window
    t = np.arange(d)[None] / d
    X = np.sin(2 * np.pi * (start[:, None] * t + rate[:, None] * t**2 / 2) + phase[:, None])
    return X + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def change_point(n, rng, params):
    # a level jumping by +-``jump`` from a random step on, plus noise: in which of
    k, d = int(params["classes"]), int(params["n_features"])   # ``classes`` equal stretches the jump lies
    at = rng.integers(1, d, size=n)   # the first step after the jump, 1 .. d - 1
    sign = rng.choice(np.array([-1.0, 1.0]), size=n)
    X = np.where(np.arange(d)[None] >= at[:, None], float(params["jump"]) * sign[:, None], 0.0)
    X = X + rng.normal(0.0, float(params["noise"]), size=(n, d))
    return X, ((at - 1) * k // (d - 1)).astype(np.int64)

@shape
def sierpinski(n, rng, params):
    # whether (x0, x1), mapped to [0, 1)^2, lies in Sierpinski's carpet to ``levels``
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # levels: at no level both ternary
    u, hole = (X[:, :2] + 1.0) / 2.0, np.zeros(n, dtype=bool)   # digits 1 (a square's middle ninth: a hole)
    for _ in range(int(params["levels"])):
        u = 3.0 * u
        digit = np.floor(u)
        hole |= (digit == 1).all(axis=1)
        u = u - digit
    return X, flip_binary((~hole).astype(np.int64), rng, params)

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
def paired_blobs(n, rng, params):
    # ``classes`` / 2 pairs of unit Gaussian classes: the pairs' centres ``spread``
    k, d = int(params["classes"]), int(params["n_features"])   # apart, a pair's two classes ``gap`` apart
    centre = rng.normal(0.0, float(params["spread"]), size=(k // 2, d))
    u = rng.standard_normal((k // 2, d))
    half = float(params["gap"]) / 2 * u / np.linalg.norm(u, axis=1, keepdims=True)
    means = np.stack([centre - half, centre + half], axis=1).reshape(k, d)   # classes 2p and 2p + 1: pair p
    y = rng.integers(0, k, size=n)
    return means[y] + rng.standard_normal((n, d)), y.astype(np.int64)

@shape
def cyclic_confusion(n, rng, params):
    # unit Gaussian classes at random means, each label moved to the next class
    k, d = int(params["classes"]), int(params["n_features"])   # (the last to 0) with probability ``rate``
    means = rng.normal(0.0, 2.0, size=(k, d))
    y = rng.integers(0, k, size=n)
    X = means[y] + rng.standard_normal((n, d))
    moved = rng.random(n) < float(params["rate"])
    return X, np.where(moved, (y + 1) % k, y).astype(np.int64)

@shape
def line_of_sight(n, rng, params):
    # points (x0, x1) and (x2, x3): whether the segment joining them misses a disc
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # of ``radius`` around a random centre
    centre = rng.uniform(-0.3, 0.3, size=2)   # near the origin (a point inside the disc is blocked too)
    p, v = X[:, 0:2] - centre, X[:, 2:4] - X[:, 0:2]
    t = np.clip(-(p * v).sum(axis=1) / (v * v).sum(axis=1), 0.0, 1.0)   # the segment's point nearest the centre
    gap = np.linalg.norm(p + t[:, None] * v, axis=1)
    return X, flip_binary((gap > float(params["radius"])).astype(np.int64), rng, params)

@shape
def triangle_kind(n, rng, params):
    # sides x0, x1, x2 uniform on [0, 1]: no triangle, an obtuse or an acute one
    X = rng.uniform(0.0, 1.0, size=(n, int(params["n_features"])))
    s = np.sort(X[:, :3], axis=1)
    y = np.where(s[:, 2] >= s[:, 0] + s[:, 1], 0, np.where(s[:, 2] ** 2 > s[:, 0] ** 2 + s[:, 1] ** 2, 1, 2))
    return X, redraw_among(y.astype(np.int64), rng, 3, params)

@shape
def lissajous(n, rng, params):
    # within ``width`` of the Lissajous curve 0.9 (sin(a t + phase), sin(b t)), at a
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))   # random phase, in the plane (x0, x1)
    phase = rng.uniform(0.0, 2 * np.pi)
    t = np.linspace(0.0, 2 * np.pi, 2000, endpoint=False)   # the curve at 2000 points
    curve = 0.9 * np.c_[np.sin(int(params["a"]) * t + phase), np.sin(int(params["b"]) * t)]
    near = ((X[:, None, :2] - curve[None]) ** 2).sum(axis=2).min(axis=1)
    return X, flip_binary((near < float(params["width"]) ** 2).astype(np.int64), rng, params)

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
def duty_cycle(n, rng, params):
    # a +-1 square wave high for a share 0.2 .. 0.8 (the class) of each period, plus noise
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    period, phase = rng.uniform(4.0, 8.0, size=n), rng.uniform(0.0, 1.0, size=n)
    duty = 0.2 + 0.6 * y / (k - 1)
    high = np.mod(np.arange(d)[None] / period[:, None] + phase[:, None], 1.0) < duty[:, None]
    return np.where(high, 1.0, -1.0) + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)

@shape
def longest_increasing(n, rng, params):
    # the longest increasing subsequence's length L of the features in order
    k, d = int(params["classes"]), int(params["n_features"])   # (all of them): class L - low, clipped
    X = rng.uniform(0.0, 1.0, size=(n, d))
    ends = np.ones((n, d), dtype=np.int64)   # the longest increasing subsequence ending at feature i
    for i in range(1, d):
        ends[:, i] = 1 + np.where(X[:, :i] < X[:, i : i + 1], ends[:, :i], 0).max(axis=1)
    y = np.clip(ends.max(axis=1) - int(params["low"]), 0, k - 1).astype(np.int64)
    return X, redraw_among(y, rng, k, params)

@shape
def det_sign(n, rng, params):
    # the sign of det [[x0, x1, x2], [x3, x4, x5], [x6, x7, x8]] (its cofactors on row 0)
    X = rng.standard_normal((n, int(params["n_features"])))
    m = X[:, :9].reshape(n, 3, 3)
    det = (m[:, 0, 0] * (m[:, 1, 1] * m[:, 2, 2] - m[:, 1, 2] * m[:, 2, 1])
           - m[:, 0, 1] * (m[:, 1, 0] * m[:, 2, 2] - m[:, 1, 2] * m[:, 2, 0])
           + m[:, 0, 2] * (m[:, 1, 0] * m[:, 2, 1] - m[:, 1, 1] * m[:, 2, 0]))
    return X, flip_binary((det > 0).astype(np.int64), rng, params)

@shape
def winding(n, rng, params):
    # corners (x0, x1), (x2, x3), ... closed: the winding number around the origin, the
    c = int(params["corners"])   # turns summed over the edges; -1 or less: 0, 0: 1, 1 or more: 2
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    angle = np.arctan2(X[:, 1 : 2 * c : 2], X[:, 0 : 2 * c : 2])
    step = np.mod(np.roll(angle, -1, axis=1) - angle + np.pi, 2 * np.pi) - np.pi   # each edge's turn, in (-pi, pi]
    w = np.rint(step.sum(axis=1) / (2 * np.pi)).astype(np.int64)
    return X, redraw_among(np.clip(w, -1, 1) + 1, rng, 3, params)

@shape
def dominance(n, rng, params):
    # a = x[:m], b = x[m:2m]: neither dominates (0), a > b everywhere (1), b > a (2)
    m = int(params["dims"])
    X = rng.uniform(-1.0, 1.0, size=(n, int(params["n_features"])))
    a, b = X[:, :m], X[:, m : 2 * m]
    y = np.where((a > b).all(axis=1), 1, np.where((b > a).all(axis=1), 2, 0)).astype(np.int64)
    return X, redraw_among(y, rng, 3, params)

@shape
def dirichlet_concentration(n, rng, params):
    # shares from Dirichlet(alpha_y, ..., alpha_y), alpha from low to high
    k, d = int(params["classes"]), int(params["n_features"])   # geometrically (normalized gamma draws)
    y = rng.integers(0, k, size=n)
    alpha = float(params["low"]) * (float(params["high"]) / float(params["low"])) ** (y / (k - 1))
    g = rng.gamma(np.repeat(alpha[:, None], d, axis=1))
    return g / g.sum(axis=1, keepdims=True), y.astype(np.int64)

@shape
def repeated_points(n, rng, params):
    # copies of ``distinct`` random points, labelled by a random hyperplane through
    d = int(params["n_features"])   # the origin, each copy's label flipped on its own
    points = rng.uniform(-1.0, 1.0, size=(int(params["distinct"]), d))
    w = rng.standard_normal(d)
    X = points[rng.integers(0, points.shape[0], size=n)]
    return X, flip_binary((X @ w > 0).astype(np.int64), rng, params)

@shape
def polygon_sides(n, rng, params):
    # a regular polygon of 3 + y sides: its radius at d equally spaced angles
    k, d = int(params["classes"]), int(params["n_features"])
    y = rng.integers(0, k, size=n)
    sides, scale, turn = 3 + y, rng.uniform(0.8, 1.2, size=n), rng.uniform(0.0, 2 * np.pi, size=n)
    wedge = 2 * np.pi / sides[:, None]   # the angle from the nearest corner's bisector of the edge
    off = np.mod(2 * np.pi * np.arange(d)[None] / d - turn[:, None], wedge) - wedge / 2
    r = scale[:, None] * np.cos(wedge / 2) / np.cos(off)
    return r + rng.normal(0.0, float(params["noise"]), size=(n, d)), y.astype(np.int64)
