"""The corpus's variants of scikit-learn's bundled sets, part 2 of 2: one function per variant,
``(X, y, which, seed) -> (X, y)`` (``which`` the variant as the spec names it, e.g. ``flip25``)."""

from __future__ import annotations

import numpy as np

from .registry import variant


@variant
def ringmeans(X, y, which, seed):
    # digits: the mean ink of each of the 4 square rings, from the border in (4)
    img = X.reshape(-1, 8, 8)
    i, j = np.indices((8, 8))
    ring = np.minimum(np.minimum(i, j), np.minimum(7 - i, 7 - j))
    return np.stack([img[:, ring == r].mean(axis=1) for r in range(4)], axis=1), y

@variant
def rowcolstd(X, y, which, seed):
    # digits: the ink's standard deviation along each row, then down each column (16)
    img = X.reshape(-1, 8, 8)
    return np.hstack([img.std(axis=2), img.std(axis=1)]), y

@variant
def colranks(X, y, which, seed):
    # iris: each measurement replaced by its rank among the column's distinct values (0
    ranks = [np.unique(c, return_inverse=True)[1] for c in X.T]   # the least) (4)
    return np.stack(ranks, axis=1).astype(np.float64), y

@variant
def rowpeaks(X, y, which, seed):
    # digits: the column of each row's brightest pixel (the first of a tie; 0 for a blank
    return X.reshape(-1, 8, 8).argmax(axis=2).astype(np.float64), y   # row) (8)

@variant
def quadink(X, y, which, seed):
    # digits: the ink of each 4x4 quadrant (top left, top right, bottom left, bottom right) (4)
    img = X.reshape(-1, 2, 4, 2, 4)
    return img.sum(axis=(2, 4)).reshape(-1, 4), y

@variant
def logscale(X, y, which, seed):
    # iris: the log of each measurement (4)
    return np.log(X), y

@variant
def sqrts(X, y, which, seed):
    # iris: the square root of each measurement (4)
    return np.sqrt(X), y

@variant
def ratios2(X, y, which, seed):
    # iris: the sepal's length over its width, the petal's length over its width (2)
    return np.c_[X[:, 0] / X[:, 1], X[:, 2] / X[:, 3]], y

@variant
def colink(X, y, which, seed):
    # digits: the ink of each column, left to right (8)
    return X.reshape(-1, 8, 8).sum(axis=1), y

@variant
def areas2(X, y, which, seed):
    # iris: the sepal's length times its width, the petal's length times its width (2)
    return np.c_[X[:, 0] * X[:, 1], X[:, 2] * X[:, 3]], y

@variant
def thirds9(X, y, which, seed):
    # digits: the ink of each cell of a 3 x 3 grid, rows and columns cut 0-2, 3-4, 5-7, the
    img = X.reshape(-1, 8, 8)   # top row of cells first (9)
    cuts = (slice(0, 3), slice(3, 5), slice(5, 8))
    return np.stack([img[:, r, c].sum(axis=(1, 2)) for r in cuts for c in cuts], axis=1), y

@variant
def rowcount8(X, y, which, seed):
    # digits: how many of each row's pixels are above 8 (of 0-16), top to bottom (8)
    return (X.reshape(-1, 8, 8) > 8).sum(axis=2).astype(np.float64), y

@variant
def sums2(X, y, which, seed):
    # iris: the sepal's length plus its width, the petal's length plus its width (2)
    return np.c_[X[:, 0] + X[:, 1], X[:, 2] + X[:, 3]], y

@variant
def diffs2(X, y, which, seed):
    # iris: the sepal's length less its width, the petal's length less its width (2)
    return np.c_[X[:, 0] - X[:, 1], X[:, 2] - X[:, 3]], y

@variant
def colcount8(X, y, which, seed):
    # digits: how many of each column's pixels are above 8 (of 0-16), left to right (8)
    return (X.reshape(-1, 8, 8) > 8).sum(axis=1).astype(np.float64), y

@variant
def ringcount4(X, y, which, seed):
    # digits: how many pixels of each of the 4 square rings are above 8 (of 0-16), from
    above = X.reshape(-1, 8, 8) > 8   # the border in (4)
    i, j = np.indices((8, 8))
    ring = np.minimum(np.minimum(i, j), np.minimum(7 - i, 7 - j))
    return np.stack([above[:, ring == r].sum(axis=1) for r in range(4)], axis=1).astype(np.float64), y

@variant
def rowasym8(X, y, which, seed):
    # digits: each row's left half less its mirrored right half, the absolute differences
    img = X.reshape(-1, 8, 8)   # summed (0 for a row that is its own mirror image; 0-64), top to bottom (8)
    return np.abs(img[:, :, :4] - img[:, :, :3:-1]).sum(axis=2), y

@variant
def inkheight8(X, y, which, seed):
    # digits: the rows each column's pixels above 8 span, the first to the last of them
    above = X.reshape(-1, 8, 8) > 8   # (0 for a column with none; 0-8), left to right (8)
    first = above.argmax(axis=1)
    last = 7 - above[:, ::-1, :].argmax(axis=1)
    return np.where(above.any(axis=1), last - first + 1, 0).astype(np.float64), y

@variant
def colasym8(X, y, which, seed):
    # digits: each column's top half less its mirrored bottom half, the absolute
    img = X.reshape(-1, 8, 8)   # differences summed (0 for a column that is its own mirror image; 0-64), left to
    return np.abs(img[:, :4, :] - img[:, :3:-1, :]).sum(axis=1), y   # right (8)

@variant
def inkwidth8(X, y, which, seed):
    # digits: the columns each row's pixels above 8 span, the first to the last of them
    above = X.reshape(-1, 8, 8) > 8   # (0 for a row with none; 0-8), top to bottom (8)
    first = above.argmax(axis=2)
    last = 7 - above[:, :, ::-1].argmax(axis=2)
    return np.where(above.any(axis=2), last - first + 1, 0).astype(np.float64), y

@variant
def rowtv8(X, y, which, seed):
    # digits: each row's total variation, the absolute differences of its 7 pairs of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for an even row; 0-112), top to bottom (8)
    return np.abs(np.diff(img, axis=2)).sum(axis=2), y

@variant
def coltv8(X, y, which, seed):
    # digits: each column's total variation, the absolute differences of its 7 pairs of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for an even column; 0-112), left to right (8)
    return np.abs(np.diff(img, axis=1)).sum(axis=1), y

@variant
def rowjump8(X, y, which, seed):
    # digits: each row's largest step, the largest absolute difference of its 7 pairs of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels (0 for an even row; 0-16), top to bottom (8)
    return np.abs(np.diff(img, axis=2)).max(axis=2), y

@variant
def coljump8(X, y, which, seed):
    # digits: each column's largest step, the largest absolute difference of its 7 pairs of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels (0 for an even column; 0-16), left to right (8)
    return np.abs(np.diff(img, axis=1)).max(axis=1), y

@variant
def lenwidprods2(X, y, which, seed):
    # iris: the sepal's length times the petal's length, the sepal's width times the
    return np.c_[X[:, 0] * X[:, 2], X[:, 1] * X[:, 3]], y   # petal's width (2)

@variant
def rowmedian8(X, y, which, seed):
    # digits: each row's median pixel, the mean of its 4th and 5th smallest (0-16), top to
    return np.median(X.reshape(-1, 8, 8), axis=2), y   # bottom (8)

@variant
def colmedian8(X, y, which, seed):
    # digits: each column's median pixel, the mean of its 4th and 5th smallest (0-16), left
    return np.median(X.reshape(-1, 8, 8), axis=1), y   # to right (8)

@variant
def crossratios2(X, y, which, seed):
    # iris: the sepal's length over the petal's width, the sepal's width over the petal's
    return np.c_[X[:, 0] / X[:, 3], X[:, 1] / X[:, 2]], y   # length (2)

@variant
def crosssums2(X, y, which, seed):
    # iris: the sepal's length plus the petal's width, the sepal's width plus the petal's
    return np.c_[X[:, 0] + X[:, 3], X[:, 1] + X[:, 2]], y   # length (2)

@variant
def rowfaint8(X, y, which, seed):
    # digits: how many pixels of each row are faint, inked but not above 8 (1-8), top to
    return ((X > 0) & (X <= 8)).reshape(-1, 8, 8).sum(axis=2).astype(float), y   # bottom (8)

@variant
def colfaint8(X, y, which, seed):
    # digits: how many pixels of each column are faint, inked but not above 8 (1-8), left
    return ((X > 0) & (X <= 8)).reshape(-1, 8, 8).sum(axis=1).astype(float), y   # to right (8)

@variant
def crossdiffs2(X, y, which, seed):
    # iris: the sepal's length less the petal's width, the sepal's width less the petal's
    return np.c_[X[:, 0] - X[:, 3], X[:, 1] - X[:, 2]], y   # length (2)

@variant
def crosshypots2(X, y, which, seed):
    # iris: the diagonal of the sepal's length and the petal's width, and of the sepal's
    return np.c_[np.hypot(X[:, 0], X[:, 3]), np.hypot(X[:, 1], X[:, 2])], y   # width and the petal's length (2)

@variant
def rowcurve8(X, y, which, seed):
    # digits: each row's curvature, the absolute second differences of its 6 triples of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for a straight row; 0-192), top to bottom (8)
    return np.abs(np.diff(img, n=2, axis=2)).sum(axis=2), y

@variant
def colcurve8(X, y, which, seed):
    # digits: each column's curvature, the absolute second differences of its 6 triples of
    img = X.reshape(-1, 8, 8)   # neighbouring pixels summed (0 for a straight column; 0-192), left to right (8)
    return np.abs(np.diff(img, n=2, axis=1)).sum(axis=1), y

@variant
def crossharms2(X, y, which, seed):
    # iris: the harmonic mean of the sepal's length and the petal's width, and of the
    sl, sw, pl, pw = X.T   # sepal's width and the petal's length (2)
    return np.c_[2 * sl * pw / (sl + pw), 2 * sw * pl / (sw + pl)], y

@variant
def partharms2(X, y, which, seed):
    # iris: the harmonic mean of the sepal's length and width, and of the petal's length
    sl, sw, pl, pw = X.T   # and width (2)
    return np.c_[2 * sl * sw / (sl + sw), 2 * pl * pw / (pl + pw)], y

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

@variant
def crossgeoms2(X, y, which, seed):
    # iris: the geometric mean of the sepal's length and the petal's width, and of the
    sl, sw, pl, pw = X.T   # sepal's width and the petal's length (2)
    return np.c_[np.sqrt(sl * pw), np.sqrt(sw * pl)], y

@variant
def partgeoms2(X, y, which, seed):
    # iris: the geometric mean of the sepal's length and width, and of the petal's length
    sl, sw, pl, pw = X.T   # and width (2)
    return np.c_[np.sqrt(sl * sw), np.sqrt(pl * pw)], y

@variant
def classes(X, y, which, seed):
    keep = np.isin(y, [int(c) for c in which[7:]])
    return X[keep], y[keep]
