"""Which curves of a validated table one plan reads: one data set, one model, one AL batch size.

:func:`select_curves` is the one curve-selection entry point of ``plan``,
``fit``, the charts and transfer; a table too large for a fit is condensed to
what a fit can use, and says so.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["MAX_FIT_LABEL_COUNTS", "MAX_FIT_ROWS", "MAX_FIT_SEEDS", "MAX_STRATEGIES", "select_curves"]

#: A curves table longer than this is condensed before a fit (rows averaged per run and label count, runs
#: and label counts capped): what a fit can use of 10^6 rows, in bounded time and memory.
MAX_FIT_ROWS = 20_000
MAX_FIT_SEEDS = 100
#: Most strategies one plan fits and compares.
MAX_STRATEGIES = 100
MAX_FIT_LABEL_COUNTS = 200


def _choose(df: pd.DataFrame, column: str, wanted, flag: str, what: str) -> pd.DataFrame:
    """Rows of one value of ``column``: the one given, or the only one there is."""
    if column not in df.columns:
        if wanted is not None:
            raise ValueError(f"the curves table has no {column} column, so {flag} {wanted} cannot select; drop it")
        return df
    values = df[column].astype(str)
    names = sorted(values.unique())
    if wanted is not None:
        if str(wanted) not in names:
            raise ValueError(f"{what} {str(wanted)!r} is not in the curves table; choose one of: {', '.join(names)}")
        return df[values == str(wanted)]
    if len(names) > 1:
        raise ValueError(f"the curves table mixes {len(names)} {what}s ({', '.join(names[:6])}); "
                         f"plan one at a time: choose it with {flag} NAME")
    return df


def select_curves(curves: pd.DataFrame, *, dataset=None, model=None, batch_size=None) -> pd.DataFrame:
    """The rows of one data set, one model and one AL batch size of a validated curves table.

    The one curve-selection entry point of ``plan``, ``fit``, the charts and
    transfer: a table mixing data sets, models or batch sizes is refused
    unless the caller picks one (curves of different set-ups are never pooled
    into one fit). Label-noise levels are kept: the planner uses the level
    matching the labels bought. ``attrs["notes"]`` lists what was selected.
    """
    attrs = dict(curves.attrs)
    df = _choose(curves, "dataset", dataset, "--dataset", "data set")
    df = _choose(df, "model", model, "--model", "model")
    if "batch_size" in df.columns:
        sizes = pd.to_numeric(df["batch_size"], errors="coerce")
        if sizes.isna().any():
            raise ValueError("batch_size in the curves table must be a number in every row; fix or drop the column")
        df = df.assign(batch_size=sizes.round().astype(np.int64))
        df = _choose(df, "batch_size", None if batch_size is None else int(batch_size), "--curves-batch-size", "batch size")
    if "label_noise" in df.columns:
        noise = pd.to_numeric(df["label_noise"], errors="coerce")
        if noise.isna().any() or (noise < 0).any() or (noise >= 1).any():
            raise ValueError("label_noise in the curves table must be a rate in [0, 1) in every row; "
                             "fix or drop the column")
        df = df.assign(label_noise=noise.astype(float))
    df = df.reset_index(drop=True).copy()
    df.attrs = attrs
    notes = list(attrs.get("notes", ()))
    picked = [f"{c} {df[c].iloc[0]}" for c in ("dataset", "model", "batch_size") if c in df.columns
              and curves[c].astype(str).nunique() > 1]
    if picked:
        notes.append("selected " + ", ".join(picked))
    n_strategies = df["strategy"].nunique() if "strategy" in df.columns else 1
    if n_strategies > MAX_STRATEGIES:  # each is fitted and priced: 20,000 would take many minutes
        raise ValueError(f"the curves table holds {n_strategies:,} strategies, over the {MAX_STRATEGIES:,} one plan "
                         "compares: keep the strategies you would choose between (replan fits one: --strategy)")
    if len(df) > MAX_FIT_ROWS:  # 10^6 rows would take the fit past 10 GB and minutes
        df, said = _condense(df)
        notes.extend(said)
    df.attrs = attrs
    df.attrs["notes"] = tuple(notes)
    return df


def _condense(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """A large table cut to what a fit can use: one row per (strategy, noise level, seed, label count), the
    mean of its accuracies; at most ``MAX_FIT_SEEDS`` runs and ``MAX_FIT_LABEL_COUNTS`` label counts per
    strategy (the first runs in file order; label counts on a geometric grid, both ends kept). Says so."""
    notes: list[str] = []
    n_rows = len(df)
    if "seed" not in df.columns:  # replicate rows without a run id: the k-th row at a label count is run k
        df = df.assign(seed=df.groupby(["strategy", "n_labels"], sort=False).cumcount())
    keys = ["strategy", *(["label_noise"] if "label_noise" in df.columns else []), "seed", "n_labels"]
    rest = {c: ("mean" if c == "accuracy" else "first") for c in df.columns if c not in keys}
    df = df.groupby(keys, sort=False, dropna=False).agg(rest).reset_index()[list(df.columns)]
    if len(df) < n_rows:
        notes.append(f"the {n_rows:,} rows were averaged to {len(df):,}: one per strategy, run and label count")
    seeds_kept = df.groupby("strategy", sort=False)["seed"].transform(
        lambda x: x.map({v: i for i, v in enumerate(dict.fromkeys(x))}))
    if (seeds_kept >= MAX_FIT_SEEDS).any():
        most = int(df.groupby("strategy", sort=False)["seed"].nunique().max())
        df = df[(seeds_kept < MAX_FIT_SEEDS).to_numpy()]
        notes.append(f"the fit uses the first {MAX_FIT_SEEDS} runs of each strategy (of up to {most:,})")
    keep = np.ones(len(df), dtype=bool)
    thinned = 0
    for _, index in df.groupby("strategy", sort=False).groups.items():
        counts = np.unique(df.loc[index, "n_labels"].to_numpy(dtype=float))
        if counts.size <= MAX_FIT_LABEL_COUNTS:
            continue
        grid = np.geomspace(counts[0], counts[-1], MAX_FIT_LABEL_COUNTS)
        chosen = counts[np.unique(np.clip(np.searchsorted(counts, grid), 0, counts.size - 1))]
        positions = df.index.get_indexer(index)
        keep[positions] = np.isin(df.loc[index, "n_labels"].to_numpy(dtype=float), chosen)
        thinned = max(thinned, counts.size)
    if thinned:
        df = df[keep]
        notes.append(f"the fit uses {MAX_FIT_LABEL_COUNTS} label counts per strategy on a geometric grid "
                     f"(of up to {thinned:,})")
    return df.reset_index(drop=True), notes
