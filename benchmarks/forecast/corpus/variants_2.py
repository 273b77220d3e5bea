"""The corpus's variants of scikit-learn's bundled sets, part 2 of 2: one function per variant,
``(X, y, which, seed) -> (X, y)`` (``which`` the variant as the spec names it, e.g. ``flip25``)."""

from __future__ import annotations

import numpy as np

from .registry import variant


@variant
def highproline(X, y, which, seed):
    # wine: every measurement but proline (the last), the label whether the proline is
    return X[:, :12], (X[:, 12] >= 750).astype(np.int64)   # 750 mg/L or more (a cultivar's mark, read from the

@variant
def sepal2petal3(X, y, which, seed):
    # iris: the sepal's length and width alone, the label the petal's length under 2.5 cm
    return X[:, :2], np.digitize(X[:, 2], [2.5, 4.8]).astype(np.int64)   # (0), under 4.8 (1) or more (2) (2)

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
def smooth3(X, y, which, seed):
    # breast_cancer: its smoothness alone (the radius's local variation), the mean, the
    return X[:, [4, 14, 24]], y   # standard error and the worst (3)

@variant
def symfrac6(X, y, which, seed):
    # breast_cancer: its symmetry and fractal dimension, the mean, the standard error and the
    return X[:, [8, 9, 18, 19, 28, 29]], y   # worst (6)

@variant
def highalcohol(X, y, which, seed):
    # wine: every measurement but the alcohol (the first), the label whether the alcohol
    return X[:, 1:], (X[:, 0] >= 13.0).astype(np.int64)   # is 13% or more (12)

@variant
def ashmag(X, y, which, seed):
    # wine: its ash, the ash's alcalinity and the magnesium alone (3)
    return X[:, 2:5], y

@variant
def nopetallen(X, y, which, seed):
    # iris: every measurement but the petal's length (3)
    return X[:, [0, 1, 3]], y

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
def worst5(X, y, which, seed):
    # breast_cancer: the worst radius, texture, perimeter, area and smoothness alone (5)
    return X[:, 20:25], y

@variant
def worstshape4(X, y, which, seed):
    # breast_cancer: the worst compactness, concavity, concave points and symmetry (4)
    return X[:, 25:29], y

@variant
def errors5(X, y, which, seed):
    # breast_cancer: the standard errors of the radius, texture, perimeter, area and smoothness
    return X[:, 10:15], y   # alone (5)

@variant
def colourod(X, y, which, seed):
    # wine: its colour intensity, hue and OD280/OD315 alone (3)
    return X[:, 9:12], y

@variant
def nocolour(X, y, which, seed):
    # wine: every measurement but the colour intensity and the hue (11)
    return np.delete(X, [9, 10], axis=1), y

@variant
def logscale(X, y, which, seed):
    # iris: the log of each measurement (4)
    return np.log(X), y

@variant
def sqrts(X, y, which, seed):
    # iris: the square root of each measurement (4)
    return np.sqrt(X), y

@variant
def diagpair(X, y, which, seed):
    # digits: the pixels of the main diagonal, then of the other (top right first) (16)
    img, i = X.reshape(-1, 8, 8), np.arange(8)
    return np.c_[img[:, i, i], img[:, i, 7 - i]], y

@variant
def mean5(X, y, which, seed):
    # breast_cancer: the mean radius, texture, perimeter, area and smoothness alone (5)
    return X[:, 0:5], y

@variant
def phenols4(X, y, which, seed):
    # wine: its total phenols, flavanoids, nonflavanoid phenols and proanthocyanins alone (4)
    return X[:, 5:9], y

@variant
def ratios2(X, y, which, seed):
    # iris: the sepal's length over its width, the petal's length over its width (2)
    return np.c_[X[:, 0] / X[:, 1], X[:, 2] / X[:, 3]], y

@variant
def colink(X, y, which, seed):
    # digits: the ink of each column, left to right (8)
    return X.reshape(-1, 8, 8).sum(axis=1), y

@variant
def texsmooth2(X, y, which, seed):
    # breast_cancer: the mean texture and the mean smoothness alone (2)
    return X[:, [1, 4]], y

@variant
def alcmalic2(X, y, which, seed):
    # wine: its alcohol and malic acid alone (2)
    return X[:, 0:2], y

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
def worsttexsmooth2(X, y, which, seed):
    # breast_cancer: the worst texture and the worst smoothness alone (2)
    return X[:, [21, 24]], y

@variant
def compsym2(X, y, which, seed):
    # breast_cancer: the mean compactness and the mean symmetry alone (2)
    return X[:, [5, 8]], y

@variant
def alcproline2(X, y, which, seed):
    # wine: its alcohol and proline alone (2)
    return X[:, [0, 12]], y

@variant
def flavhue2(X, y, which, seed):
    # wine: its flavanoids and hue alone (2)
    return X[:, [6, 10]], y

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
def worstradconc2(X, y, which, seed):
    # breast_cancer: the worst radius and the worst concave points alone (2)
    return X[:, [20, 27]], y

@variant
def smoothfrac2(X, y, which, seed):
    # breast_cancer: the mean smoothness and the mean fractal dimension alone (2)
    return X[:, [4, 9]], y

@variant
def ashcolour2(X, y, which, seed):
    # wine: its ash and colour intensity alone (2)
    return X[:, [2, 9]], y

@variant
def magod2(X, y, which, seed):
    # wine: its magnesium and OD280/OD315 of diluted wines alone (2)
    return X[:, [4, 11]], y

@variant
def slenpwid2(X, y, which, seed):
    # iris: the sepal's length and the petal's width alone (2)
    return X[:, [0, 3]], y

@variant
def swidplen2(X, y, which, seed):
    # iris: the sepal's width and the petal's length alone (2)
    return X[:, [1, 2]], y

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
def perimconcav2(X, y, which, seed):
    # breast_cancer: the mean perimeter and the mean concavity alone (2)
    return X[:, [2, 6]], y

@variant
def worstcompfrac2(X, y, which, seed):
    # breast_cancer: the worst compactness and the worst fractal dimension alone (2)
    return X[:, [25, 29]], y

@variant
def alkphenols2(X, y, which, seed):
    # wine: its alcalinity of ash and total phenols alone (2)
    return X[:, [3, 5]], y

@variant
def nonflavproan2(X, y, which, seed):
    # wine: its nonflavanoid phenols and proanthocyanins alone (2)
    return X[:, [7, 8]], y

@variant
def slenplen2(X, y, which, seed):
    # iris: the sepal's length and the petal's length alone (2)
    return X[:, [0, 2]], y

@variant
def swidpwid2(X, y, which, seed):
    # iris: the sepal's width and the petal's width alone (2)
    return X[:, [1, 3]], y

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
def areasym2(X, y, which, seed):
    # breast_cancer: the mean area and the mean symmetry alone (2)
    return X[:, [3, 8]], y

@variant
def worstperimsmooth2(X, y, which, seed):
    # breast_cancer: the worst perimeter and the worst smoothness alone (2)
    return X[:, [22, 24]], y

@variant
def malicmag2(X, y, which, seed):
    # wine: its malic acid and magnesium alone (2)
    return X[:, [1, 4]], y

@variant
def alkhue2(X, y, which, seed):
    # wine: its alcalinity of ash and hue alone (2)
    return X[:, [3, 10]], y

@variant
def plenpwid2(X, y, which, seed):
    # iris: the petal's length and the petal's width alone (2)
    return X[:, [2, 3]], y

@variant
def slenswid2(X, y, which, seed):
    # iris: the sepal's length and the sepal's width alone (2)
    return X[:, [0, 1]], y

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
def texconcpts2(X, y, which, seed):
    # breast_cancer: the mean texture and the mean concave points alone (2)
    return X[:, [1, 7]], y

@variant
def worstareasym2(X, y, which, seed):
    # breast_cancer: the worst area and the worst symmetry alone (2)
    return X[:, [23, 28]], y

@variant
def flavproline2(X, y, which, seed):
    # wine: its flavanoids and proline alone (2)
    return X[:, [6, 12]], y

@variant
def malicod2(X, y, which, seed):
    # wine: its malic acid and OD280/OD315 of diluted wines alone (2)
    return X[:, [1, 11]], y

@variant
def slenplenpwid3(X, y, which, seed):
    # iris: the sepal's length, the petal's length and the petal's width (the sepal's
    return X[:, [0, 2, 3]], y   # width left out) (3)

@variant
def slenswidplen3(X, y, which, seed):
    # iris: the sepal's length, the sepal's width and the petal's length (the petal's
    return X[:, [0, 1, 2]], y   # width left out) (3)

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
def radfrac2(X, y, which, seed):
    # breast_cancer: the mean radius and the mean fractal dimension alone (2)
    return X[:, [0, 9]], y

@variant
def worstconcsym2(X, y, which, seed):
    # breast_cancer: the worst concavity and the worst symmetry alone (2)
    return X[:, [26, 28]], y

@variant
def alcflav2(X, y, which, seed):
    # wine: its alcohol and flavanoids alone (2)
    return X[:, [0, 6]], y

@variant
def phenolscolour2(X, y, which, seed):
    # wine: its total phenols and colour intensity alone (2)
    return X[:, [5, 9]], y

@variant
def lenwidprods2(X, y, which, seed):
    # iris: the sepal's length times the petal's length, the sepal's width times the
    return np.c_[X[:, 0] * X[:, 2], X[:, 1] * X[:, 3]], y   # petal's width (2)

@variant
def swidplenpwid3(X, y, which, seed):
    # iris: the sepal's width, the petal's length and the petal's width (the sepal's
    return X[:, [1, 2, 3]], y   # length left out) (3)

@variant
def rowmedian8(X, y, which, seed):
    # digits: each row's median pixel, the mean of its 4th and 5th smallest (0-16), top to
    return np.median(X.reshape(-1, 8, 8), axis=2), y   # bottom (8)

@variant
def colmedian8(X, y, which, seed):
    # digits: each column's median pixel, the mean of its 4th and 5th smallest (0-16), left
    return np.median(X.reshape(-1, 8, 8), axis=1), y   # to right (8)

@variant
def areaconcav2(X, y, which, seed):
    # breast_cancer: the mean area and the mean concavity alone (2)
    return X[:, [3, 6]], y

@variant
def worsttexfrac2(X, y, which, seed):
    # breast_cancer: the worst texture and the worst fractal dimension alone (2)
    return X[:, [21, 29]], y

@variant
def hueproline2(X, y, which, seed):
    # wine: its hue and proline alone (2)
    return X[:, [10, 12]], y

@variant
def malicash2(X, y, which, seed):
    # wine: its malic acid and ash alone (2)
    return X[:, [1, 2]], y

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
def radcomp2(X, y, which, seed):
    # breast_cancer: the mean radius and the mean compactness alone (2)
    return X[:, [0, 5]], y

@variant
def worstradtex2(X, y, which, seed):
    # breast_cancer: the worst radius and the worst texture alone (2)
    return X[:, [20, 21]], y

@variant
def alccolour2(X, y, which, seed):
    # wine: its alcohol and colour intensity alone (2)
    return X[:, [0, 9]], y

@variant
def alkproan2(X, y, which, seed):
    # wine: its alcalinity of ash and proanthocyanins alone (2)
    return X[:, [3, 8]], y

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
def texsym2(X, y, which, seed):
    # breast_cancer: the mean texture and the mean symmetry alone (2)
    return X[:, [1, 8]], y

@variant
def worstsmoothconcpts2(X, y, which, seed):
    # breast_cancer: the worst smoothness and the worst concave points alone (2)
    return X[:, [24, 27]], y

@variant
def magproline2(X, y, which, seed):
    # wine: its magnesium and proline alone (2)
    return X[:, [4, 12]], y

@variant
def ashnonflav2(X, y, which, seed):
    # wine: its ash and nonflavanoid phenols alone (2)
    return X[:, [2, 7]], y

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
def perimfrac2(X, y, which, seed):
    # breast_cancer: the mean perimeter and the mean fractal dimension alone (2)
    return X[:, [2, 9]], y

@variant
def worstareaconcav2(X, y, which, seed):
    # breast_cancer: the worst area and the worst concavity alone (2)
    return X[:, [23, 26]], y

@variant
def alkmag2(X, y, which, seed):
    # wine: its alcalinity of ash and magnesium alone (2)
    return X[:, [3, 4]], y

@variant
def ashproan2(X, y, which, seed):
    # wine: its ash and proanthocyanins alone (2)
    return X[:, [2, 8]], y

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
