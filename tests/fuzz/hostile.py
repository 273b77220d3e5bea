"""Hypothesis strategies for hostile input: strings, numbers, column names, tables, files; and the plausible
curves table they are mixed into."""

from __future__ import annotations

import io
import zipfile

import numpy as np
from hypothesis import strategies as st

#: Strings a hostile user types: markup, formulas, script, control characters, very long ones.
NASTY_TEXT = st.one_of(
    st.sampled_from([
        "", " ", "\t", "\n", "random", "margin", "=HYPERLINK(\"http://evil/\",\"x\")", "+1", "-1", "@SUM(A1)",
        "![x](http://203.0.113.9/p.png)", "[click](http://203.0.113.9/)", "<!--<script>", "</script>",
        "<img src=x onerror=alert(1)>", "a\rb", "a\nb", "\x00", "é", "名前", "$1*2_", "`x`", "${x}", "x" * 300,
    ]),
    st.text(max_size=20),
)

#: Numbers at and beyond every bound: huge, tiny, negative, fractional, non-finite, and as text.
NASTY_NUMBER = st.one_of(
    st.sampled_from([0, 1, 2, 20, -1, 1.5, 20.5, 1e9, 1e12, 1e17, 1e300, 1e308, -1e308, 2**63, 2**64,
                     float("nan"), float("inf"), -float("inf"), 0.999999, 100.0, 100.5]),
    st.integers(min_value=-10, max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
)

NASTY_CELL = st.one_of(NASTY_NUMBER, NASTY_TEXT, st.none(), st.booleans())

CURVE_COLUMNS = ["strategy", "n_labels", "accuracy", "seed", "error", "Accuracy", "N_LABELS", " accuracy ",
                 "acc", "label_noise", "batch_size", "=cmd", "strategy", "test_size", " Test_Size"]


@st.composite
def curve_table_csv(draw) -> bytes:
    """A curves table as CSV bytes: mostly plausible, with hostile columns, names and values mixed in."""
    columns = draw(st.lists(st.sampled_from(CURVE_COLUMNS), min_size=1, max_size=5))
    if draw(st.booleans()):
        columns = ["strategy", "n_labels", "accuracy", *[c for c in columns if c not in ("strategy", "n_labels",
                                                                                         "accuracy")]]
    n_rows = draw(st.integers(0, 12))
    plausible = draw(st.booleans())
    rows = []
    names = draw(st.lists(NASTY_TEXT, min_size=1, max_size=3))
    for i in range(n_rows):
        row = []
        for c in columns:
            if plausible and c.strip().lower() == "n_labels":
                row.append(10 * (i % 6 + 1))
            elif plausible and c.strip().lower() in ("accuracy", "acc"):
                row.append(round(0.5 + 0.05 * (i % 6), 3))
            elif plausible and c == "strategy":
                row.append(names[i % len(names)])
            else:
                row.append(draw(NASTY_CELL))
        rows.append(row)
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8", errors="surrogatepass") if draw(st.booleans()) else \
        buf.getvalue().encode("utf-8", errors="replace")


def curves_csv(path, counts=(20, 40, 80, 160)):
    """A plausible curves table at ``path``: random and margin, three seeds, measured at ``counts``; the path."""
    import pandas as pd

    rows = [(s, seed, n, min(0.95, 0.5 + 0.1 * np.log1p(n / 20) + 0.01 * seed))
            for s in ("random", "margin") for seed in range(3) for n in counts]
    pd.DataFrame(rows, columns=["strategy", "seed", "n_labels", "accuracy"]).to_csv(path, index=False)
    return path


def npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array, allow_pickle=True)
    return buf.getvalue()


def forged_npy(shape, dtype="<f8") -> bytes:
    """An .npy header that claims ``shape`` followed by a few bytes: a decompression bomb's promise."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False, "shape": tuple(shape)})
    buf.write(bytes(64))
    return buf.getvalue()


@st.composite
def labeled_file(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of a user's labeled-data file: CSV or NPZ, plausible or hostile."""
    kind = draw(st.sampled_from(["csv", "npz", "npz-forged", "junk"]))
    if kind == "junk":
        return draw(st.sampled_from([".csv", ".npz", ".parquet"])), draw(st.binary(max_size=200))
    if kind == "npz-forged":
        shape = draw(st.sampled_from([(10**12, 10**6), (10**8, 10**3), (2**40,), (50_000, 10_000), (3, 2)]))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("X.npy", forged_npy(shape))
            zf.writestr("y.npy", npy_bytes(np.arange(4) % 2))
        return ".npz", buf.getvalue()
    n = draw(st.integers(0, 40))
    if kind == "npz":
        X = np.asarray(draw(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=32),
                                     min_size=n * 2, max_size=n * 2)), dtype=np.float32).reshape(n, 2)
        y = np.asarray([draw(st.sampled_from([0, 1, 2, 1.5, -1])) for _ in range(n)])
        if draw(st.booleans()):
            y = y.astype(object)  # pickled objects: never loaded
        buf = io.BytesIO()
        np.savez(buf, X=X, y=y)
        return ".npz", buf.getvalue()
    columns = draw(st.lists(st.sampled_from(["f1", "f2", "label", "Label", " label", "=x", "f1"]),
                            min_size=1, max_size=4))
    lines = [",".join(columns)]
    for i in range(n):
        lines.append(",".join(str(draw(st.one_of(st.just(i % 2), NASTY_CELL))).replace(",", ";")
                              .replace("\n", " ").replace("\r", " ") for _ in columns))
    return ".csv", ("\n".join(lines) + "\n").encode("utf-8", errors="replace")


GRID_KEYS = ["datasets", "models", "strategies", "seeds", "batch_sizes", "label_noise", "rounds", "budget",
             "initial", "confusion", "out", "db", "workers", "cluster", "dataset_params", "model_params", "bogus"]


def toml_value(value) -> str:
    import json
    import math

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if value is None:
        return '""'
    return json.dumps(str(value))  # a basic TOML string: JSON's escapes are valid TOML escapes


GRID_VALUE = st.one_of(
    NASTY_NUMBER, NASTY_TEXT, st.booleans(),
    st.lists(st.one_of(NASTY_NUMBER, NASTY_TEXT), max_size=4),
    st.sampled_from([["digits"], ["random", "margin"], [[0, 1], [1, 0]], [[0.9, 0.1], [0.2, 0.8]], 100_000_000,
                     "/etc/alplan.csv", "../../x.db", "tcp://127.0.0.1:1", ["mlp"], 3, [0, 4294967296]]),
)


@st.composite
def grid_toml(draw) -> str:
    """A grid file: a few keys (known or not) with plausible or hostile values."""
    keys = draw(st.lists(st.sampled_from(GRID_KEYS), max_size=5, unique=True))
    lines, tables = [], []
    for key in keys:
        if key in ("dataset_params", "model_params"):
            inner = draw(st.sampled_from(["n_samples", "test_size", "hidden", "max_iter", "bogus"]))
            tables.append(f"[{key}]\n{inner} = {toml_value(draw(GRID_VALUE))}\n")
        else:
            lines.append(f"{key} = {toml_value(draw(GRID_VALUE))}")
    return "\n".join(lines) + "\n" + "".join(tables)
