"""The corpus's variants of scikit-learn's bundled sets, one function per variant,
``(X, y, which, seed) -> (X, y)`` (``which`` the variant as the spec names it, e.g. ``flip25``)."""

from __future__ import annotations

import decimal
from statistics import NormalDist

import numpy as np
from sklearn.preprocessing import PowerTransformer

from .registry import pieces, reach_border, redraw, variant


@variant
def flip(X, y, which, seed):
    return X, redraw(y, seed, int(which[4:]) / 100)

@variant
def rank(X, y, which, seed):
    # every feature replaced by its rank among the examples (scaled to [0, 1])
    return np.argsort(np.argsort(X, axis=0, kind="stable"), axis=0) / max(X.shape[0] - 1, 1), y

@variant
def moments(X, y, which, seed):
    # digits: the ink's mass, centroid and central moments of orders 2 and 3 (10 features)
    img = X.reshape(-1, 8, 8)
    r, c = np.indices((8, 8))
    mass = img.sum(axis=(1, 2))
    cr, cc = (img * r).sum(axis=(1, 2)) / mass, (img * c).sum(axis=(1, 2)) / mass
    dr, dc = r[None] - cr[:, None, None], c[None] - cc[:, None, None]
    central = [(img * dr**i * dc**j).sum(axis=(1, 2)) / mass for i, j in
               ((2, 0), (1, 1), (0, 2), (3, 0), (2, 1), (1, 2), (0, 3))]
    return np.column_stack([mass, cr, cc, *central]), y

@variant
def autocorr(X, y, which, seed):
    # digits: the ink's autocorrelation at the 13 shifts (dr, dc), 0 <= dr <= 2, |dc| <= 2
    img = X.reshape(-1, 8, 8)   # those of dr = 0 with dc >= 0 (the others repeat them), summed over the overlap
    shifts = [(0, 0), (0, 1), (0, 2)] + [(dr, dc) for dr in (1, 2) for dc in range(-2, 3)]
    return np.stack([(img[:, : 8 - dr, max(0, -dc) : 8 - max(0, dc)] * img[:, dr:, max(0, dc) : 8 + min(0, dc)])
                     .sum(axis=(1, 2)) for dr, dc in shifts], axis=1), y

@variant
def topology(X, y, which, seed):
    # digits: at ink > 4 and > 10, the ink's pixels, its 8-connected pieces, its holes
    img, r = X.reshape(-1, 8, 8), np.indices((8, 8))[0]   # (4-connected background pieces off the border), the
    cols = []   # holes' pixels and their mean row (-1 without a hole) (10 features)
    for level in (4, 10):
        ink = img > level
        hole = ~ink & ~reach_border(~ink)
        area = hole.sum(axis=(1, 2))
        cols += [ink.sum(axis=(1, 2)), pieces(ink, diagonal=True), pieces(hole, diagonal=False), area,
                 np.where(area > 0, (hole * r).sum(axis=(1, 2)) / np.maximum(area, 1), -1.0)]
    return np.column_stack(cols).astype(float), y

@variant
def inkneighbours(X, y, which, seed):
    # digits: in the top and the bottom 4 rows, the ink pixels (> 4) with k = 0..8
    ink = X.reshape(-1, 8, 8) > 4   # of their 8 neighbours inked (one in the other half counts too) (18 features)
    p = np.pad(ink, ((0, 0), (1, 1), (1, 1)))
    count = sum(p[:, 1 + dr : 9 + dr, 1 + dc : 9 + dc].astype(int) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                if (dr, dc) != (0, 0))
    top = np.arange(8)[:, None] < 4
    return np.stack([(ink & (count == k) & half).sum(axis=(1, 2)) for half in (top, ~top) for k in range(9)],
                    axis=1).astype(float), y

@variant
def zca(X, y, which, seed):
    # the standardized features times the inverse square root of their covariance (ZCA whitening)
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    w, V = np.linalg.eigh(np.cov(Z, rowvar=False, bias=True))
    return Z @ (V / np.sqrt(w)) @ V.T, y

@variant
def turns(X, y, which, seed):
    # digits: each image turned counter-clockwise by k = 0..3 quarter turns, k drawn per image
    img = X.reshape(-1, 8, 8).copy()   # from the set's seed (the same turns for every run) (64)
    k = np.random.default_rng(seed).integers(0, 4, size=img.shape[0])
    for q in (1, 2, 3):
        img[k == q] = np.rot90(img[k == q], q, axes=(1, 2))
    return img.reshape(-1, 64), y

@variant
def occlude(X, y, which, seed):
    # digits: an S x S block of each image blanked (0) at a place drawn per image
    s, img = int(which[7:]), X.reshape(-1, 8, 8).copy()   # from the set's seed (the same for every run) (64)
    r, c = np.random.default_rng(seed).integers(0, 9 - s, size=(2, img.shape[0]))
    at = np.arange(8)
    rows = (at[None] >= r[:, None]) & (at[None] < r[:, None] + s)
    cols = (at[None] >= c[:, None]) & (at[None] < c[:, None] + s)
    img[rows[:, :, None] & cols[:, None, :]] = 0.0
    return img.reshape(-1, 64), y

@variant
def swaps(X, y, which, seed):
    # P% of the examples with two of their features swapped (misrecorded), the
    rng = np.random.default_rng(seed)   # examples and the pairs drawn from the set's seed
    hit = np.flatnonzero(rng.random(X.shape[0]) < int(which[5:]) / 100)
    a = rng.integers(0, X.shape[1], size=hit.size)
    b = (a + rng.integers(1, X.shape[1], size=hit.size)) % X.shape[1]   # another feature
    X = X.copy()
    X[hit, a], X[hit, b] = X[hit, b], X[hit, a]
    return X, y

@variant
def junk(X, y, which, seed):
    # K standard normal features appended, irrelevant to the label (drawn from the set's
    rng = np.random.default_rng([seed, 1])   # seed's second stream: a +flip draws from the first)
    return np.hstack([X, rng.standard_normal((X.shape[0], int(which[4:])))]), y

@variant
def blend(X, y, which, seed):
    # each example moved P% of the way to another example drawn at random (any class;
    rng = np.random.default_rng([seed, 1])   # the set's seed's second stream), its label kept
    other = (np.arange(X.shape[0]) + rng.integers(1, X.shape[0], size=X.shape[0])) % X.shape[0]
    w = int(which[5:]) / 100
    return (1 - w) * X + w * X[other], y

@variant
def edgeflip(X, y, which, seed):
    # the P% of the examples nearest the nearest-class-mean boundary (standardized
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # features, two classes), each label flipped with probability 1/2
    d0, d1 = (((Z - Z[y == c].mean(axis=0)) ** 2).sum(axis=1) for c in (0, 1))   # (the set's seed): noise at the
    near = np.argsort(np.abs(d0 - d1), kind="stable")[: int(round(y.size * int(which[8:]) / 100))]   # boundary
    flip = near[np.random.default_rng(seed).random(near.size) < 0.5]
    y = y.copy()
    y[flip] = 1 - y[flip]
    return X, y

@variant
def twolabs(X, y, which, seed):
    # half the examples (drawn from the set's seed's second stream) measured by a second lab:
    rng = np.random.default_rng([seed, 1])   # each feature times its own factor from 1/2 to 2 (log-uniform), the
    second = rng.random(X.shape[0]) < 0.5   # same for all of them (a batch effect)
    factor = np.exp(rng.uniform(-np.log(2), np.log(2), size=X.shape[1]))
    return np.where(second[:, None], X * factor, X), y

@variant
def permute(X, y, which, seed):
    # K features (drawn from the set's seed's second stream), each shuffled across the
    rng = np.random.default_rng([seed, 1])   # examples: their values kept, their link to the label lost
    X = X.copy()
    for j in rng.choice(X.shape[1], size=int(which[7:]), replace=False):
        X[:, j] = X[rng.permutation(X.shape[0]), j]
    return X, y

@variant
def cauchy(X, y, which, seed):
    # every feature plus P% of its standard deviation times standard Cauchy noise,
    noise = np.random.default_rng(seed).standard_cauchy(X.shape)   # drawn from the set's seed (heavy-tailed
    return X + int(which[6:]) / 100 * X.std(axis=0) * noise, y   # measurement errors, the same for every run)

@variant
def roll(X, y, which, seed):
    # each example's standardized features moved cyclically k places to the right, k
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # drawn per example from 0..K (the set's seed's second stream:
    k = np.random.default_rng([seed, 1]).integers(0, int(which[4:]) + 1, size=X.shape[0])   # misaligned records)
    return np.take_along_axis(Z, (np.arange(X.shape[1])[None] - k[:, None]) % X.shape[1], axis=1), y

@variant
def fftabs(X, y, which, seed):
    # digits: the magnitudes of the image's 8x8 2-d discrete Fourier transform (where the
    return np.abs(np.fft.fft2(X.reshape(-1, 8, 8))).reshape(-1, 64), y   # ink is, cyclically, forgotten) (64)

@variant
def sigfig(X, y, which, seed):
    # every value rounded to K significant figures, halves up (the values as
    k = int(which[6:])   # recorded in decimal: 0.085 to 0.09 with K = 1; a coarse instrument)

    def figures(v: float) -> float:
        d = decimal.Decimal(repr(v))
        step = decimal.Decimal(1).scaleb(d.adjusted() - k + 1)
        return float(d.quantize(step, rounding=decimal.ROUND_HALF_UP)) if v else 0.0

    return np.array([[figures(v) for v in row] for row in X.tolist()]), y

@variant
def classshuffle(X, y, which, seed):
    # iris: each measurement's values shuffled among the flowers of each class, from
    rng, out = np.random.default_rng(seed), X.copy()   # the set's seed (measurement by measurement, class by class:
    for j in range(X.shape[1]):   # the measurements independent within a class, each one's distribution kept)
        for c in np.unique(y):
            rows = np.flatnonzero(y == c)
            out[rows, j] = X[rng.permutation(rows), j]
    return out, y

@variant
def haar(X, y, which, seed):
    # digits: one level of the 2-d Haar wavelet: each 2x2 block (a b / c d) as its sum and its
    q = X.reshape(-1, 4, 2, 4, 2)   # differences across, down and along the diagonal, each halved (an
    a, b, c, d = q[:, :, 0, :, 0], q[:, :, 0, :, 1], q[:, :, 1, :, 0], q[:, :, 1, :, 1]   # orthonormal change of
    bands = [a + b + c + d, a - b + c - d, a + b - c - d, a - b - c + d]   # basis), four 4x4 bands, the sums
    return np.concatenate([band.reshape(-1, 16) / 2 for band in bands], axis=1), y   # first (64)

@variant
def dither(X, y, which, seed):
    # digits: each image dithered to 0 or 16 (Floyd-Steinberg error diffusion: pixel by pixel,
    img, out = X.reshape(-1, 8, 8).copy(), np.zeros((X.shape[0], 8, 8))   # row by row, each set to 16 from 8 on,
    for r in range(8):   # else 0, its error passed on 7/16 to the right, 3/16 below left, 5/16 below and 1/16
        for c in range(8):   # below right, what falls outside the image lost: a newspaper's halftone) (64)
            out[:, r, c] = np.where(img[:, r, c] >= 8, 16.0, 0.0)
            err = img[:, r, c] - out[:, r, c]
            for dr, dc, w in ((0, 1, 7), (1, -1, 3), (1, 0, 5), (1, 1, 1)):
                if r + dr < 8 and 0 <= c + dc < 8:
                    img[:, r + dr, c + dc] += err * w / 16
    return out.reshape(-1, 64), y

@variant
def covnoise(X, y, which, seed):
    # every feature plus normal noise correlated as the features are, of P% of their
    L = np.linalg.cholesky(np.corrcoef(X, rowvar=False))   # covariance (on the standardized features: P% of
    z = np.random.default_rng(seed).standard_normal(X.shape)   # their correlation matrix), drawn from the set's
    noise = np.sqrt(int(which[8:]) / 100) * (z @ L.T) * X.std(axis=0)   # seed (errors shared by related
    return X + noise, y   # measurements, the same for every run)

@variant
def weakest(X, y, which, seed):
    # the K features least correlated with the label (the smallest absolute Pearson
    r = np.array([abs(np.corrcoef(X[:, j], y)[0, 1]) for j in range(X.shape[1])])   # correlation), in their
    return X[:, np.sort(np.argsort(r, kind="stable")[: int(which[7:])])], y   # order: the telling ones dropped

@variant
def topk(X, y, which, seed):
    # each example's K standardized features of the largest magnitude kept, the others 0
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # (ties to the earlier feature: a sparse code of what stands out in
    keep = np.zeros(Z.shape, dtype=bool)   # each example)
    np.put_along_axis(keep, np.argsort(-np.abs(Z), axis=1, kind="stable")[:, : int(which[4:])], True, axis=1)
    return np.where(keep, Z, 0.0), y

@variant
def baseline(X, y, which, seed):
    # each example's standardized features all plus one value, normal of sd S, drawn
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # per example from the set's seed's second stream (an instrument
    shift = np.random.default_rng([seed, 1]).normal(0.0, float(which[8:]), size=X.shape[0])   # whose zero drifts
    return Z + shift[:, None], y   # from sample to sample)

@variant
def kmeans(X, y, which, seed):
    # the Euclidean distances of each example's standardized features to K centres
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # found by k-means (Lloyd's steps until no example changes centre,
    k = int(which[6:])   # from K examples drawn from the set's seed; a centre left empty stays): clusters found
    centres = Z[np.random.default_rng(seed).choice(X.shape[0], size=k, replace=False)]   # without the labels (K)
    near = np.full(X.shape[0], -1)
    while True:
        d = np.sqrt(((Z[:, None, :] - centres[None]) ** 2).sum(axis=2))
        if np.array_equal(d.argmin(axis=1), near):
            return d, y
        near = d.argmin(axis=1)
        centres = np.array([Z[near == j].mean(axis=0) if (near == j).any() else centres[j] for j in range(k)])

@variant
def residuals(X, y, which, seed):
    # iris: each measurement less its least-squares fit (with an intercept) on the other
    out = np.empty_like(X)   # three over all the flowers: what each one says that the others do not (4)
    for j in range(X.shape[1]):
        A = np.c_[np.ones(X.shape[0]), np.delete(X, j, axis=1)]
        out[:, j] = X[:, j] - A @ np.linalg.lstsq(A, X[:, j], rcond=None)[0]
    return out, y

@variant
def lbp(X, y, which, seed):
    # digits: local binary patterns: each pixel's 8 neighbours (0 outside), clockwise from the top
    img = X.reshape(-1, 8, 8)   # left, each 1 when at least the pixel; the pattern's code the count of 1s when it
    pad = np.pad(img, ((0, 0), (1, 1), (1, 1)))   # changes at most twice around the ring, else 9 (rotation-
    ring = ((0, 0), (0, 1), (0, 2), (1, 2), (2, 2), (2, 1), (2, 0), (1, 0))   # invariant uniform patterns: flat,
    bits = np.stack([pad[:, r : r + 8, c : c + 8] >= img for r, c in ring], axis=-1)   # an edge, a corner, a
    turns = (bits != np.roll(bits, 1, axis=-1)).sum(axis=-1)   # line's end ...); the counts of the 10 codes in
    code = np.where(turns <= 2, bits.sum(axis=-1), 9).reshape(-1, 2, 4, 2, 4).transpose(0, 1, 3, 2, 4)   # each
    quads = code.reshape(-1, 4, 16)   # 4x4 quadrant (top left, top right, bottom left, bottom right), a texture's
    return np.stack([(quads == k).sum(axis=2) for k in range(10)], axis=2).reshape(-1, 40).astype(float), y   # (40)

@variant
def yeojohnson(X, y, which, seed):
    # every feature Yeo-Johnson transformed with its own power, the one of the largest
    power = PowerTransformer(method="yeo-johnson", standardize=False)   # normal likelihood (scikit-learn's fit):
    return power.fit_transform(X), y   # skewed measurements made near normal, each by its own curve

@variant
def decorr(X, y, which, seed):
    # the features in order, each kept unless its absolute Pearson correlation with
    r, keep = np.abs(np.corrcoef(X, rowvar=False)), []   # one already kept is over P/100: one of each group of
    for j in range(X.shape[1]):   # near-copies (the radius, perimeter and area ones ...)
        if (r[j, keep] <= int(which[6:]) / 100).all():
            keep.append(j)
    return X[:, keep], y

@variant
def cummax(X, y, which, seed):
    # each example's standardized features as their running maximum in the features' order (a
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # record: the largest so far)
    return np.maximum.accumulate(Z, axis=1), y

@variant
def recentre(X, y, which, seed):
    # digits: each image moved by whole pixels, zeros in from the border, so that its ink's
    img, (r, c) = X.reshape(-1, 8, 8), np.indices((8, 8))   # centre of mass (the pixels' values as weights) lies
    mass = img.sum(axis=(1, 2))   # nearest the image's centre (3.5, 3.5): rint(3.5 - the centre's row) down and
    down = np.rint(3.5 - (img * r).sum(axis=(1, 2)) / mass).astype(np.int64)   # rint(3.5 - its column) across (a
    across = np.rint(3.5 - (img * c).sum(axis=(1, 2)) / mass).astype(np.int64)   # scanner's centring) (64)
    pad = np.pad(img, ((0, 0), (8, 8), (8, 8)))
    moved = [pad[i, 8 - d : 16 - d, 8 - a : 16 - a] for i, (d, a) in enumerate(zip(down, across))]
    return np.stack(moved).reshape(-1, 64), y

@variant
def fillholes(X, y, which, seed):
    # digits: the ink's holes filled: each background pixel (at most L) that no
    img = X.reshape(-1, 8, 8)   # path of 4-connected background pixels joins to the border set to 16 (a 0's, a
    background = img <= int(which[9:])   # 6's, an 8's or a 9's loop inked in) (64)
    return np.where(background & ~reach_border(background), 16.0, img).reshape(-1, 64), y

@variant
def rff(X, y, which, seed):
    # K random Fourier features of the standardized features, cos(z W + b), W normal of sd
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # 1 / sqrt(d) (d features) and b uniform on [0, 2 pi), drawn from
    rng = np.random.default_rng(seed)   # the set's seed, W first, the same for every run (an RBF kernel's features)
    W = rng.normal(0.0, 1.0 / np.sqrt(Z.shape[1]), size=(Z.shape[1], int(which[3:])))
    return np.cos(Z @ W + rng.uniform(0.0, 2 * np.pi, size=int(which[3:]))), y

@variant
def spin(X, y, which, seed):
    # iris: each flower's sepal (length, width) and petal (length, width) turned by one angle
    turn = np.random.default_rng(seed).uniform(0.0, 2 * np.pi, size=X.shape[0])   # uniform on [0, 2 pi) drawn per
    cos, sin = np.cos(turn)[:, None], np.sin(turn)[:, None]   # flower, the same for every run: both parts' sizes
    length, width, out = X[:, [0, 2]], X[:, [1, 3]], np.empty_like(X)   # and the angle between them kept,
    out[:, [0, 2]], out[:, [1, 3]] = cos * length - sin * width, sin * length + cos * width   # their direction
    return out, y   # lost

@variant
def kpca(X, y, which, seed):
    # the first K components of an RBF kernel PCA of the standardized features: the
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # kernel exp(-|z - z'|^2 / d) (d features), centred, its K top
    gram = np.exp(-((Z[:, None] - Z[None]) ** 2).sum(axis=2) / Z.shape[1])   # eigenvectors times the roots of
    centre = np.eye(Z.shape[0]) - 1.0 / Z.shape[0]   # their eigenvalues, each signed so that its entry largest
    vals, vecs = np.linalg.eigh(centre @ gram @ centre)   # in size is positive
    vals, vecs = vals[::-1][: int(which[4:])], vecs[:, ::-1][:, : int(which[4:])]
    vecs = vecs * np.sign(vecs[np.abs(vecs).argmax(axis=0), np.arange(vecs.shape[1])])
    return vecs * np.sqrt(vals), y

@variant
def sobel(X, y, which, seed):
    # digits: each pixel's gradient magnitude sqrt(gx^2 + gy^2), gx the 3x3 Sobel filter
    pad = np.pad(X.reshape(-1, 8, 8), ((0, 0), (1, 1), (1, 1)))   # [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] across,
    at = {(r, c): pad[:, r : r + 8, c : c + 8] for r in range(3) for c in range(3)}   # gy its transpose down, 0
    gx = at[0, 2] + 2 * at[1, 2] + at[2, 2] - at[0, 0] - 2 * at[1, 0] - at[2, 0]   # outside the image (the
    gy = at[2, 0] + 2 * at[2, 1] + at[2, 2] - at[0, 0] - 2 * at[0, 1] - at[0, 2]   # strokes' edges: an edge
    return np.hypot(gx, gy).reshape(-1, 64), y   # detector's picture, the ink's middle dark) (64)

@variant
def hash(X, y, which, seed):
    # the standardized features hashed into K buckets (the hashing trick, a count
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # sketch): feature j to bucket (a random permutation of the
    rng = np.random.default_rng(seed)   # features' indices)[j] mod K, times a sign +-1, both drawn from the set's
    bucket = rng.permutation(Z.shape[1]) % int(which[4:])   # seed, the permutation first, the same for every
    sign = 2.0 * rng.integers(0, 2, size=Z.shape[1]) - 1   # run; each bucket the sum of its signed features (K)
    return np.stack([(Z * sign)[:, bucket == b].sum(axis=1) for b in range(int(which[4:]))], axis=1), y

@variant
def swapnoise(X, y, which, seed):
    # P% of the values (each with chance P/100), each replaced by the same
    rng = np.random.default_rng(seed)   # feature's value of an example drawn uniformly (itself possible), drawn
    swap = rng.random(X.shape) < int(which[9:]) / 100   # from the set's seed, the choices first, the same for
    donor = rng.integers(0, X.shape[0], size=X.shape)   # every run (swap noise: values filed under another
    return np.where(swap, X[donor, np.arange(X.shape[1])], X), y   # case)

@variant
def hypersph(X, y, which, seed):
    # the standardized features as hyperspherical coordinates: the radius |z|, the angles
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # atan2(|z_(j+1..d)|, z_j) in [0, pi] for j = 1 .. d - 2 and the
    tail = np.sqrt(np.cumsum(Z[:, ::-1] ** 2, axis=1)[:, ::-1])   # last atan2(z_d, z_(d-1)) in (-pi, pi] (iris:
    angles = [np.arctan2(tail[:, j + 1], Z[:, j]) for j in range(Z.shape[1] - 2)]   # a size and a direction)
    return np.column_stack([tail[:, 0], *angles, np.arctan2(Z[:, -1], Z[:, -2])]), y   # (d)

@variant
def transpose(X, y, which, seed):
    # digits: each image transposed (mirrored about its main diagonal, (r, c) to (c, r))
    flip = np.random.default_rng(seed).random(X.shape[0]) < 0.5   # with chance 1/2 drawn per image from the set's
    return np.where(flip[:, None], X.reshape(-1, 8, 8).transpose(0, 2, 1).reshape(-1, 64), X), y   # seed, the

@variant
def rankgauss(X, y, which, seed):
    # each feature's average rank among the examples (ties sharing theirs), r of 1..n, as
    s = np.sort(X, axis=0)   # the standard normal quantile of (r - 1/2) / n (a rank-Gauss scaling) (d)
    r = np.column_stack([(np.searchsorted(s[:, j], X[:, j], "left") + np.searchsorted(s[:, j], X[:, j], "right")
                          + 1) / 2 for j in range(X.shape[1])])
    return np.vectorize(NormalDist().inv_cdf)((r - 0.5) / X.shape[0]), y

@variant
def hadamard(X, y, which, seed):
    # digits: the image's 2-d Walsh-Hadamard transform, H M H / 8 with H Sylvester's 8x8
    h = np.array([[1.0]])   # matrix of +-1 (its rows the Walsh functions in natural order): the ink against 64
    for _ in range(3):   # square-wave patterns, the first coefficient the ink's sum over 8 (64)
        h = np.block([[h, h], [h, -h]])
    return (h @ X.reshape(-1, 8, 8) @ h / 8).reshape(-1, 64), y

@variant
def inkspreads(X, y, which, seed):
    # digits: the ink-weighted standard deviation of the column in each row, then of the
    img, at = X.reshape(-1, 8, 8), np.arange(8.0)   # row in each column (0 where a row or column has no ink) (16)

    def spread(ink, pos):   # ink (examples, lines, 8) at positions pos: each line's weighted deviation
        mass = np.maximum(ink.sum(axis=2, keepdims=True), 1e-12)
        mean = (ink * pos).sum(axis=2, keepdims=True) / mass
        return np.sqrt((ink * (pos - mean) ** 2).sum(axis=2) / mass[:, :, 0])

    return np.hstack([spread(img, at), spread(img.transpose(0, 2, 1), at)]), y

@variant
def borderline(X, y, which, seed):
    # breast_cancer: malignant (0), benign (1) or, either, an example with one of its 10
    Z = (X - X.mean(axis=0)) / X.std(axis=0)   # nearest others (standardized, Euclidean) of the other diagnosis
    d2 = ((Z[:, None, :] - Z[None, :, :]) ** 2).sum(axis=2)   # (2: borderline) (d)
    np.fill_diagonal(d2, np.inf)
    near = np.argsort(d2, axis=1, kind="stable")[:, :10]
    return X, np.where((y[near] != y[:, None]).any(axis=1), 2, y)

@variant
def thirds9(X, y, which, seed):
    # digits: the ink of each cell of a 3 x 3 grid, rows and columns cut 0-2, 3-4, 5-7, the
    img = X.reshape(-1, 8, 8)   # top row of cells first (9)
    cuts = (slice(0, 3), slice(3, 5), slice(5, 8))
    return np.stack([img[:, r, c].sum(axis=(1, 2)) for r in cuts for c in cuts], axis=1), y

@variant
def rowextent8(X, y, which, seed):
    # digits: each row's (column's) extent, the pixels from its first
    img = X.reshape(-1, 8, 8)   # inked one to its last (0 for a blank line; 1-8), top to bottom (left to right) (8)
    if which == "colextent8":
        img = img.transpose(0, 2, 1)
    inked = img > 0
    first = np.argmax(inked, axis=2)
    last = 7 - np.argmax(inked[:, :, ::-1], axis=2)
    return np.where(inked.any(axis=2), last - first + 1, 0).astype(np.float64), y
