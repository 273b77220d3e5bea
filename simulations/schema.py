"""The curves table: the contract between the simulator and the planner.

One row per (run, round). See DESIGN.md.

The last columns (:data:`SIGNAL_COLUMNS`) are stopping-rule signals, computed
only from data the learner has (never the test set); they may be NaN, and
tables written before they existed (old databases, a user's own pilot
measurements) lack them: readers fill them with NaN.
"""

CURVE_COLUMNS: tuple[str, ...] = (
    "dataset",
    "model",
    "strategy",
    "seed",
    "batch_size",
    "label_noise",
    "round",
    "n_labels",
    "accuracy",
    "macro_f1",
    "train_seconds",
    "query_seconds",
    "stop_agreement",
    "pool_confidence",
)

#: Stopping-rule signals (float, NaN allowed), see :mod:`simulations.stopping`:
#: ``stop_agreement`` is Cohen's kappa between this round's and the previous
#: round's predictions on a fixed stop set drawn from the initial unlabeled pool
#: (NaN in round 0); ``pool_confidence`` the mean max-probability of this
#: round's model on the remaining unlabeled pool (NaN when none remains).
SIGNAL_COLUMNS: tuple[str, ...] = ("stop_agreement", "pool_confidence")


#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    """``value`` as a CSV cell a spreadsheet shows as text: a string starting with ``=``, ``+``, ``-``,
    ``@``, tab or carriage return gets a leading ``'`` (OWASP); anything else is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_safe_csv(df, path_or_buf=None):
    """``df.to_csv(path_or_buf, index=False)`` with every text cell and column name neutralised.

    The one CSV writer of alplan (the CLI's tables, ``Store.export``, the
    dashboard's download): a strategy, data set or file name such as
    ``=HYPERLINK(...)`` is written as ``'=HYPERLINK(...)``, so a spreadsheet
    shows it as text and never evaluates it. Numeric columns are unchanged.

    Returns
    -------
    str or None
        the CSV text when ``path_or_buf`` is None.
    """
    import csv

    out = df.copy(deep=False)
    out.columns = [safe_csv_cell(str(c)) for c in out.columns]
    bare_cr = any("\r" in c for c in out.columns)
    for i in range(df.shape[1]):
        series = df.iloc[:, i]
        if series.dtype.kind in "biufcmM":  # numbers and dates cannot hold a formula
            continue
        cleaned = series.map(safe_csv_cell, na_action="ignore").astype(object)
        bare_cr = bare_cr or any(isinstance(v, str) and "\r" in v for v in cleaned)
        out.iloc[:, i] = cleaned
    # the csv module quotes a "\n" but not a lone "\r", which readers take for a line end: quote text then
    quoting = csv.QUOTE_NONNUMERIC if bare_cr else csv.QUOTE_MINIMAL
    return out.to_csv(path_or_buf, index=False, quoting=quoting)
