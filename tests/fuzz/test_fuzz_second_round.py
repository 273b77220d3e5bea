"""The second round of hostile input (issue 21): files that would take the machine, vendor files, grids,
replan's numbers and names. Each case: one line naming the input, exit 2 from the CLI, nothing left behind,
and no more memory or time than the input's honest size needs."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli import main
from planner.decide.vendors import read_vendors
from planner.forecast.io import read_curves
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_CELL, NASTY_TEXT, curves_csv
from tests.fuzz.promise import assert_cli_refusal, assert_one_line, refused


# ------------------------------------------------------------------ Parquet: the dictionary bomb (#4)

def _dictionary_bomb(path: Path, extra: dict | None = None) -> Path:
    """~60 kB on disk, 18 GB decoded: one 900 kB string, dictionary-encoded, repeated over 20,000 rows."""
    n = 20_000
    strings = pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, dtype=np.int32)), pa.array(["x" * 900_000]))
    columns = {"strategy": strings,
               "n_labels": np.arange(1, n + 1), "accuracy": np.full(n, 0.5)}
    pq.write_table(pa.table({**columns, **(extra or {})}), path, compression="zstd")
    assert path.stat().st_size < 1_000_000
    return path


def _run_limited(argv: list[str], limit_bytes: int = 6 << 30):
    """``alplan ARGV`` in a fresh process under an address-space limit (the bomb would need 18 GB): a read
    that decodes it fails there, not on this machine."""
    import resource
    import subprocess
    import sys

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "planner.cli", *argv], capture_output=True, text=True,
                          preexec_fn=limit, env={**os.environ, "PYTHONPATH": os.getcwd()}, timeout=300)


@pytest.mark.parametrize("command", ["plan", "replan", "vendors", "simulate"])
def test_a_parquet_dictionary_bomb_is_refused_by_every_command_that_reads_parquet(tmp_path, command):
    """Each in its own process under a 6 GB address-space limit: were the guard to fail, that process would
    fail, not the machine."""
    bomb = _dictionary_bomb(tmp_path / "pilot.parquet")
    labeled = _dictionary_bomb(tmp_path / "data.parquet", {"label": np.arange(20_000) % 2})
    argv = {"plan": ["plan", str(bomb), "--target", "0.9", "--label-price", "1"],
            "replan": ["replan", str(bomb), "--target", "0.9", "--label-price", "1"],
            "vendors": ["plan", _small_curves(tmp_path), "--target", "0.9", "--vendors", str(bomb), "--vendor", "a"],
            "simulate": ["simulate", "--data", str(labeled), "--strategies", "random", "--seeds", "1",
                         "--initial", "4", "--batch-size", "2", "--rounds", "1", "--out", str(tmp_path / "o.csv"),
                         "--db", str(tmp_path / "r.db")]}[command]
    done = _run_limited(argv)  # 6 GB: well below the 18 GB the bomb decodes to
    err = done.stderr
    assert_cli_refusal(done.returncode, err, argv[0])
    assert "decodes to 18," in err and ("pilot.parquet" in err or "data.parquet" in err)
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "r.db").exists()


def test_a_dictionary_column_of_small_values_reads_as_before(tmp_path):
    df = pd.DataFrame({"strategy": ["random", "margin"] * 30, "n_labels": np.repeat(np.arange(1, 31), 2) * 10,
                       "accuracy": np.linspace(0.5, 0.9, 60), "kind": pd.Categorical(["a", "b"] * 30)})
    df.to_parquet(tmp_path / "ok.parquet")
    pd.testing.assert_frame_equal(read_curves(tmp_path / "ok.parquet"), read_curves(df))


def _small_curves(tmp_path: Path) -> str:
    return str(curves_csv(tmp_path / "small.csv"))


# ------------------------------------------------------------------ vendors files (#9)

def _vendors(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "v.csv"
    path.write_text(text)
    return path


HEAD = "name,price_per_label,turnaround_days\n"


@pytest.mark.parametrize("text, match", [
    ("name,Name,price_per_label,turnaround_days\na,b,1,2\n", r"v\.csv has the column 'Name' as 'name' and 'Name'"),
    (HEAD + "a,nan,2\n", r"v\.csv: column 'price_per_label' .*row 1: empty \(NaN\)"),
    (HEAD + "a,1,2\nb,1e300,3\n", r"v\.csv: price_per_label in row 2 is 1e\+300"),
    (HEAD + "a,1,2\nb,1,1e300\n", r"v\.csv: turnaround_days in row 2"),
    (HEAD + "a,1,inf\n", r"v\.csv: column 'turnaround_days' must be finite \(row 1: inf\)"),
    (HEAD + "".join(f"v{i},1,1\n" for i in range(1_001)), r"v\.csv lists 1,001 vendors, over the limit"),
])
def test_a_bad_vendors_file_names_the_file_and_the_row(tmp_path, text, match):
    with pytest.raises(ValueError, match=match) as info:
        read_vendors(_vendors(tmp_path, text))
    assert_one_line(info.value)


def test_a_vendors_fifo_device_or_huge_file_is_refused_before_reading(tmp_path):
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    for path, match in ((fifo, "not a regular file"), (Path("/dev/zero"), "not a regular file")):
        with pytest.raises(OSError, match=match) as info:
            read_vendors(path)
        assert_one_line(info.value)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:  # sparse: 250 MB that cost no disk
        fh.write(HEAD.encode() + b"a,1,2\n")
        fh.truncate(250_000_000)
    with pytest.raises(OSError, match=r"huge\.csv is 250\.0 MB, over the") as info:
        read_vendors(huge)
    assert stat.S_ISREG(huge.stat().st_mode)


def test_a_bad_vendors_file_is_one_cli_line_naming_the_file(tmp_path, capsys):
    vendors = _vendors(tmp_path, HEAD + "a,1,2\nb,1e300,3\n")
    err = refused(["plan", _small_curves(tmp_path), "--target", "0.9", "--vendors", vendors, "--vendor", "b"], capsys)
    assert "v.csv" in err and "row 2" in err and "--label-price" not in err


@FUZZ
@given(cells=st.lists(st.tuples(NASTY_TEXT, NASTY_CELL, NASTY_CELL), min_size=0, max_size=5),
       header=st.sampled_from([HEAD, "Name,name,price_per_label,turnaround_days\n", "name,price_per_label\n",
                               "NAME , Price_Per_Label,turnaround_days\n"]))
def test_any_vendors_file_is_read_cleanly_or_refused_in_one_line(tmp_path_factory, cells, header):
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf).writerows(cells)
    path = tmp_path_factory.mktemp("v") / "v.csv"
    path.write_text(header + buf.getvalue(), errors="replace")
    try:
        table = read_vendors(path)
    except (ValueError, OSError) as exc:
        assert_one_line(exc)
        assert "v.csv" in str(exc)
        return
    assert np.isfinite(table[["price_per_label", "turnaround_days"]].to_numpy()).all()
    assert (table["price_per_label"] > 0).all() and (table["price_per_label"] <= 1e6).all()


# ------------------------------------------------------------------ grid files (#7, #8, #14)

GRID = 'datasets = ["digits"]\nmodels = ["{model}"]\nstrategies = ["{strategy}"]\nseeds = 1\ninitial = 10\n' \
       'batch_sizes = [10]\nrounds = 1\n'


@pytest.mark.parametrize("text, argv, match", [
    (GRID.format(model="mlp", strategy="bald") + "mc_samples = 1000000000\n", [],
     r"mc_samples must be a whole number from 1 to 1,000"),
    ("x = " + "[" * 500 + "]" * 500 + "\n", [], r"nests arrays or tables too deeply"),
    ("[a]\n" + "b = {c = " * 400 + "1" + "}" * 400 + "\n", [], r"nests arrays or tables too deeply|not valid TOML"),
    (GRID.format(model="logreg", strategy="random"), ["--cluster", "tcp://127.0.0.1:1"], r"cannot reach"),
])
def test_a_hostile_grid_is_one_line_and_leaves_no_alplan_folder(tmp_path, monkeypatch, capsys, text, argv, match):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALPLAN_DB", raising=False)
    (tmp_path / "g.toml").write_text(text)
    err = refused(["grid", "g.toml", *argv], capsys)
    assert re.search(match, err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.toml"]


# ------------------------------------------------------------------ replan: one campaign's rows (#6, #10, #11)

def _campaigns(tmp_path: Path) -> tuple[Path, Path]:
    """Three strategies' measured rounds, and strategy a's rows alone."""
    rng = np.random.default_rng(1)
    rows = [(s, seed, n, {"a": 0.9, "b": 0.7, "c": 0.99}[s] - 0.4 * (n / 20) ** -0.7 + rng.normal(0, 0.01))
            for s in "abc" for seed in range(3) for n in (20, 40, 80, 120, 160, 200)]
    table = pd.DataFrame(rows, columns=["strategy", "seed", "n_labels", "accuracy"])
    table.to_csv(tmp_path / "multi.csv", index=False)
    table[table["strategy"] == "a"].to_csv(tmp_path / "alone.csv", index=False)
    return tmp_path / "multi.csv", tmp_path / "alone.csv"


def _replan_json(capsys, *argv) -> dict:
    import json

    assert main(["replan", *map(str, argv), "--target", "0.85", "--label-price", "1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["order"]


def test_replans_answer_for_a_strategy_does_not_depend_on_the_other_strategies_rows(tmp_path, capsys):
    multi, alone = _campaigns(tmp_path)
    shared = _replan_json(capsys, multi, "--strategy", "a")
    own = _replan_json(capsys, alone)
    assert shared == own
    informed = _replan_json(capsys, multi, "--strategy", "a", "--with-other-strategies")
    assert any("informed by the table's 2 other strategies" in n for n in informed["notes"])


def test_replan_fits_only_the_asked_strategy_of_many(tmp_path, capsys, monkeypatch):
    rows = [(f"s{k}", n, 0.9 - 0.4 * (n / 20) ** -0.7) for k in range(150) for n in (20, 40, 80)]
    path = tmp_path / "many.csv"
    pd.DataFrame(rows, columns=["strategy", "n_labels", "accuracy"]).to_csv(path, index=False)
    import planner.decide.verdict as verdict

    fitted = []
    real = verdict.draw_table
    monkeypatch.setattr(verdict, "draw_table", lambda df, **kw: fitted.append(set(df["strategy"])) or real(df, **kw))
    assert _replan_json(capsys, path, "--strategy", "s5")["strategy"] == "s5"
    assert fitted == [{"s5"}]
    err = refused(["plan", path, "--target", "0.8", "--label-price", "1"], capsys)  # a plan compares at most 100
    assert "150 strategies, over the 100" in err


def test_many_notes_are_summarised(tmp_path, capsys):
    rows = [(f"s{k}", n, 0.9 - 0.4 * (n / 20) ** -0.7 + 0.001 * k) for k in range(12) for n in (20, 40, 80)]
    path = tmp_path / "twelve.csv"
    pd.DataFrame(rows, columns=["strategy", "n_labels", "accuracy"]).to_csv(path, index=False)
    assert main(["plan", str(path), "--target", "0.8", "--label-price", "1"]) == 0
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("note:")]
    assert len(notes) == 7 and notes[-1].startswith("note: and ") and "more notes" in notes[-1]


@pytest.mark.parametrize("flag, value", [
    ("--pool-size", "50"), ("--pool-size", "1"), ("--confidence", "1e-300"), ("--confidence", "0.2"),
    ("--confidence", "1"), ("--confidence", "nan"), ("--value-per-point", "1e308"), ("--value-per-point", "inf"),
    ("--value-per-point", "nan"), ("--value-per-point", "0"),
])
def test_replans_out_of_range_numbers_are_refused(tmp_path, capsys, flag, value):
    _, alone = _campaigns(tmp_path)
    err = refused(["replan", alone, "--target", "0.85", "--label-price", "1", flag, value], capsys)  # argparse's too
    assert flag in err and "$inf" not in err


# ------------------------------------------------------------------ large curves tables (#5)

def test_a_large_curves_table_is_condensed_before_the_fit_and_says_so(tmp_path, capsys):
    from planner.forecast.selection import MAX_FIT_LABEL_COUNTS, MAX_FIT_SEEDS, select_curves

    rng = np.random.default_rng(0)
    n = 120_000
    strategy, seed = rng.choice(["random", "margin"], n), rng.integers(0, 150, n)
    labels = rng.integers(20, 20_000, n)
    accuracy = np.clip(0.95 - 0.5 * (labels / 20) ** -0.5 + rng.normal(0, 0.01, n), 0, 1)
    table = pd.DataFrame({"strategy": strategy, "seed": seed, "n_labels": labels, "accuracy": accuracy})
    picked = select_curves(read_curves(table))
    assert picked.groupby("strategy")["seed"].nunique().max() <= MAX_FIT_SEEDS
    assert picked.groupby("strategy")["n_labels"].nunique().max() <= MAX_FIT_LABEL_COUNTS
    assert not picked.duplicated(["strategy", "seed", "n_labels"]).any()
    notes = " ".join(picked.attrs["notes"])
    assert "120,000 rows were averaged" in notes and "first 100 runs" in notes and "geometric grid" in notes
    path = tmp_path / "big.csv"
    table.to_csv(path, index=False)
    assert main(["replan", str(path), "--strategy", "margin", "--target", "0.9", "--label-price", "1"]) == 0
    assert "rows were averaged" in capsys.readouterr().out


def test_a_small_table_is_fitted_as_it_is(tmp_path):
    from planner.forecast.selection import select_curves

    multi, _ = _campaigns(tmp_path)
    table = read_curves(multi)
    pd.testing.assert_frame_equal(select_curves(table), table)


# ------------------------------------------------------------------ names with Unicode line breaks (#12)

@pytest.mark.parametrize("bad", ["a\u2028b", "a\u2029b", "a\x85b", "a\x9bb"])
def test_names_with_unicode_line_or_paragraph_separators_are_refused(tmp_path, bad):
    from simulations.results.store import Store

    rows = [(name, n, 0.5 + 0.001 * n) for name in ("random", bad) for n in (20, 40, 80)]
    with pytest.raises(ValueError, match="line break or control character") as info:
        read_curves(pd.DataFrame(rows, columns=["strategy", "n_labels", "accuracy"]))
    assert_one_line(info.value)
    with pytest.raises(ValueError, match="line break or control character"):
        read_vendors(_vendors(tmp_path, HEAD + f"{bad},1,2\n"))
    with Store(tmp_path / "r.db") as store, pytest.raises(ValueError, match="line break or control character"):
        store.save_scenario(bad, {"label_price": 1})


def test_a_run_length_encoded_parquet_column_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """10^6 equal numbers are a few kB on disk and 8 MB in memory: the bound counts rows x width first."""
    from simulations.results.schema import read_parquet_bounded

    path = tmp_path / "rle.parquet"
    pq.write_table(pa.table({"n_labels": np.full(1_000_000, 7, dtype=np.int64)}), path)
    assert path.stat().st_size < 100_000

    def no_read(*args, **kwargs):
        raise AssertionError("the file was read before its size was bounded")

    monkeypatch.setattr(pq.ParquetFile, "read", no_read)
    with pytest.raises(ValueError, match=r"rle\.parquet decodes to 8 MB or more, over the 1 MB limit") as info:
        read_parquet_bounded(path, "rle.parquet", 1_000_000)
    assert_one_line(info.value)
