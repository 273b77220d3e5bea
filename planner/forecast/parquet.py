"""A Parquet file read under a bound on the bytes its values decode to, checked before anything large is decoded.

The curves table and a vendors table read as Parquet pass through :func:`read_parquet_bounded`. ``simulations``
keeps the same lines in ``simulations/results/schema.py`` for the user's data files (neither half imports the
other); ``tests/planner/forecast/test_io_hostile.py`` holds the two the same, character for character.
"""

from __future__ import annotations

__all__ = ["MAX_PARQUET_DECODED_BYTES", "read_parquet_bounded"]


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
