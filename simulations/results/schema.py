"""The curves table: the contract between the simulator and the planner.

One row per (run, round). See DESIGN.md.

The test scores (:data:`METRIC_COLUMNS`) are measured on the true test labels:
``accuracy``, ``macro_f1``, ``balanced_accuracy`` (mean recall over the classes
of the test set) and ``minority_recall`` (two classes only: the recall of the
class that is rarer among the pool's true labels, the distribution the
training labels are bought from, so it is the same class in every round and
for every strategy; NaN for more than two classes).

The stopping-rule signals (:data:`SIGNAL_COLUMNS`) are computed
only from data the learner has (never the test set); they may be NaN.

Columns added after the first version of the table (:data:`LATER_COLUMNS`)
may be NaN, and tables written before they existed (old databases and
exports, a user's own pilot measurements) lack them: readers fill them with
NaN.
"""

import csv

#: Characters a one-line name may not hold: C0 and C1 controls (\n, \r, NEL...) and the Unicode line and
#: paragraph separators U+2028, U+2029 (a JavaScript string literal ends at them: charts break).
#: Written with \xhh escapes and the two separators as themselves: pandas' pyarrow strings match with RE2, which
#: knows no \u escape (pandas 3.0 passes the pattern to it as is).
LINE_BREAKING = "[\\x00-\\x1f\\x7f-\\x9f\u2028\u2029]"

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
    "balanced_accuracy",
    "minority_recall",
    "train_seconds",
    "query_seconds",
    "stop_agreement",
    "pool_confidence",
    "machine_target",
    "machine_share",
    "machine_accuracy",
    "machine_remainder",
    "test_machine_share",
    "test_machine_accuracy",
    "annotation_cost",
)

#: Stopping-rule signals (float, NaN allowed), see :mod:`simulations.run.stopping`:
#: ``stop_agreement`` is Cohen's kappa between this round's and the previous
#: round's predictions on a fixed stop set drawn from the initial unlabeled pool
#: (NaN in round 0); ``pool_confidence`` the mean max-probability of this
#: round's model on the remaining unlabeled pool (NaN when none remains).
SIGNAL_COLUMNS: tuple[str, ...] = ("stop_agreement", "pool_confidence")

#: Hybrid labeling (``--hybrid-accuracy``, see :mod:`simulations.run.hybrid`): the accuracy bar, the share of the
#: unlabeled remainder the model labels at it, the accuracy those labels truly had, the remainder's size, and the
#: same share and accuracy on the test split (examples drawn at random, never trained on); NaN without the flag.
#: Several bars: one row per (run, round, bar), the bars in ascending order, every other column repeated; readers
#: that plan on the test scores keep one row per (run, round) (the rows of the lowest bar).
HYBRID_COLUMNS: tuple[str, ...] = ("machine_target", "machine_share", "machine_accuracy", "machine_remainder",
                                   "test_machine_share", "test_machine_accuracy")

#: ``annotation_cost``: the labeled set's cumulative annotation cost after the round (the sum of its examples'
#: costs, in the unit of the data's cost column, ``--cost-column``); NaN when the data carry no costs. It never
#: decreases within a run.
COST_COLUMNS: tuple[str, ...] = ("annotation_cost",)

#: The test scores of each round, fractions in [0, 1] (``minority_recall`` NaN for more than two classes).
METRIC_COLUMNS: tuple[str, ...] = ("accuracy", "macro_f1", "balanced_accuracy", "minority_recall")

#: Columns a table may lack (written before they existed): nullable in the database, NaN when read.
LATER_COLUMNS: tuple[str, ...] = ("balanced_accuracy", "minority_recall", *SIGNAL_COLUMNS, *HYBRID_COLUMNS,
                                  *COST_COLUMNS)


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


#: Most bytes a Parquet file may decode to (its values as read into memory), checked before it is read.
MAX_PARQUET_DECODED_BYTES = 1 << 30


def read_parquet_bounded(path, name: str, max_decoded: int | None = None):
    """Read a Parquet file into a DataFrame only if its values decode to at most ``max_decoded`` bytes.

    The footer's sizes are a poor bound: a dictionary-encoded column stores one
    900 kB string once and 20,000 small indices, and decodes to 18 GB.  So the
    bound is built in two steps, neither of which decodes anything large:

    1. the footer: every column chunk's uncompressed size (dictionary pages
       included) must be within the budget;
    2. the string and binary columns are read as dictionaries (their indices
       and the distinct values only) and their decoded size, the sum of the
       lengths of the values the indices point at, must be within the budget
       too; only then are they decoded.

    Raises
    ------
    ValueError
        one line naming ``name`` and the sizes, when over the budget.
    """
    import pyarrow as pa  # lazy: start-up time
    import pyarrow.compute as pc  # lazy: start-up time
    import pyarrow.parquet as pq  # lazy: start-up time

    limit = MAX_PARQUET_DECODED_BYTES if max_decoded is None else int(max_decoded)

    def too_big(nbytes: int) -> ValueError:
        return ValueError(f"{name} decodes to {nbytes / 1e6:,.0f} MB or more, over the {limit / 1e6:,.0f} MB "
                          "limit of a table read into memory (too many rows, or a column repeating a large value): "
                          "subsample it or store its values plainly")

    pf = pq.ParquetFile(path)
    meta = pf.metadata
    stored = 0
    for i in range(meta.num_row_groups):
        group = meta.row_group(i)
        for j in range(group.num_columns):
            stored += max(int(group.column(j).total_uncompressed_size), 0)
    if stored > limit:
        raise too_big(stored)
    schema = pf.schema_arrow
    for field in schema:
        if pa.types.is_nested(field.type):
            raise ValueError(f"{name}: column {field.name!r} holds nested values ({field.type}); "
                             "give a flat table of numbers and text")
    textual = [f.name for f in schema if _is_text(f.type)]
    # fixed-width values decode to rows x width whatever their encoding (a run-length-encoded column of
    # 10^9 equal numbers is a few bytes on disk); text needs at least its offsets
    floor = 0
    for field in schema:
        try:
            width = 8 if _is_text(field.type) else max(field.type.bit_width // 8, 1)
        except ValueError:  # no fixed width (decimal, ...): counted as 16 bytes
            width = 16
        floor += meta.num_rows * width
    if floor > limit:
        raise too_big(floor)
    if textual:  # read as dictionaries: indices plus the distinct values, whatever they decode to
        pf = pq.ParquetFile(path, read_dictionary=textual)
    table = pf.read()
    decoded = table.nbytes
    if decoded > limit:
        raise too_big(decoded)
    for k, field in enumerate(table.schema):
        if not pa.types.is_dictionary(field.type):
            continue
        column = table.column(k)
        for chunk in column.chunks:
            if _is_text(chunk.dictionary.type):  # the lengths of the values the indices point at
                lengths = pc.binary_length(chunk.dictionary).fill_null(0)
                decoded += int(pc.sum(pc.take(lengths, chunk.indices.fill_null(0))).as_py() or 0)
            decoded += 8 * len(chunk)  # the offsets (or, in pandas, one object pointer per row)
            if decoded > limit:
                raise too_big(decoded)
        if field.name in textual:  # stored plainly or as a dictionary: decoded back to its values
            table = table.set_column(k, field.name, column.cast(field.type.value_type))
    return table.to_pandas()


def _is_text(kind) -> bool:
    import pyarrow as pa  # lazy: start-up time

    return (pa.types.is_string(kind) or pa.types.is_binary(kind) or pa.types.is_large_string(kind)
            or pa.types.is_large_binary(kind))
