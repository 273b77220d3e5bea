"""Every file of a campaign's cache (``.cache/``: the strategies' runs, the rounds' and split rounds' scores, the
sources' curves, the forecast's fits) is checked like every file: one holding NaN, text or null where a number is
due, one too large to read (a sparse file: never read), one cut short, or one forged under its real key is a miss,
computed again; the answer of ``plan DIR --json`` and ``measure`` (its words and the files it writes) equals the
answer given with no cache at all."""

from __future__ import annotations

import json
import math
import os
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import label_batch, sourced_campaign
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import steps
from planner.campaign.cache import CACHE, MAX_BYTES, rows_seal, table_seal
from planner.campaign.state import CURVE, MEASURED, SPLIT

PLAN = ["--target", "0.99", "--label-price", "0.5", "--json"]
TIMINGS = ["train_seconds", "query_seconds"]
#: The cache's files, by the name they start with.
FILES = ("runs-", "rounds.json", "splits.json", "source_curves.json", "fits-")
WAYS = ("nan", "text", "null", "huge", "truncated", "forged")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A random campaign of 45 training labels, one split round (margin) and a source labeling the whole pool,
    asked once and measured (every cache file written); and the answer given on a copy with no cache."""
    work = tmp_path_factory.mktemp("checked")
    camp = sourced_campaign(work, "llm")
    truth = pd.read_csv(work / "pool.csv")[["id"]].assign(label=pd.read_csv(work / "labeled.csv")["label"])
    steps.next_batch(camp, split="margin")
    steps.add_labels(camp, [label_batch(camp, 4, truth.astype({"id": str, "label": str}), work / "l4.csv")])
    assert main(["plan", str(camp), *PLAN]) == 0 and main(["campaign", "measure", str(camp)]) == 0
    assert all(any(p.name.startswith(f) for p in (camp / CACHE).iterdir()) for f in FILES)
    fresh = Path(shutil.copytree(camp, work / "fresh", ignore=shutil.ignore_patterns(CACHE)))
    return camp, _answers(fresh)


def _answers(folder: Path) -> dict:
    """``plan DIR --json``'s answer, then ``measure``'s words and the files it writes (timings left out)."""
    import contextlib
    import io

    out = {}
    for name, argv in (("plan", ["plan", str(folder), *PLAN]), ("measure", ["campaign", "measure", str(folder)])):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            assert main(argv) == 0
        out[name] = buf.getvalue().replace(str(folder), "DIR")
    for name in (CURVE, MEASURED, SPLIT):
        table = pd.read_csv(folder / name)
        out[name] = table.drop(columns=[c for c in TIMINGS if c in table.columns]).to_csv(index=False)
    return out


def _corrupt_rows(path: Path, way: str, pick: int) -> None:
    """A rows file (rounds, splits, source curves) corrupted ``way``, at the ``pick``-th entry; NaN, text and null
    sealed again as written (so the cells' own check must catch them), a forged score left unsealed."""
    kept = json.loads(path.read_text(encoding="utf-8"))
    entries = kept["entries"]
    key = sorted(entries)[pick % len(entries)]
    row = entries[key][0]
    at = next(i for i, v in enumerate(row) if isinstance(v, float) and 0 < v <= 1)   # a score
    row[at] = {"nan": math.nan, "text": "abc", "null": None, "forged": row[at] / 2}[way]
    seal = kept["seal"] if way == "forged" else rows_seal(entries)
    path.write_text(json.dumps({"entries": entries, "seal": seal}, allow_nan=True), encoding="utf-8")


def _corrupt_table(path: Path, way: str, pick: int) -> None:
    """The runs' Parquet corrupted ``way`` at its ``pick``-th row, under its real key; NaN, text and null sealed
    again, a forged score left unsealed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    stored = pq.read_table(path)
    meta = dict(stored.schema.metadata)
    table = stored.to_pandas()
    i = pick % len(table)
    if way == "text":
        table["accuracy"] = [("abc" if j == i else repr(v)) for j, v in enumerate(table["accuracy"])]
    else:
        table.loc[table.index[i], "accuracy"] = {"nan": math.nan, "null": None,
                                                 "forged": 1 - table["accuracy"].iloc[i]}[way]
    data = pa.Table.from_pandas(table, preserve_index=True)
    if way != "forged":
        meta[b"alplan_seal"] = table_seal(data.to_pandas(), meta[b"alplan_key"].decode()).encode()
    pq.write_table(data.replace_schema_metadata({**(data.schema.metadata or {}), **{
        k: v for k, v in meta.items() if k.startswith(b"alplan_")}}), path)


def _corrupt_arrays(path: Path, way: str, pick: int) -> None:
    """A fit's arrays corrupted ``way`` under its real key and seal."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    name = sorted(k for k in arrays if not k.startswith("alplan_") and arrays[k].dtype.kind == "f")[0]
    a = arrays[name].astype(object if way in ("text", "null") else float).ravel()
    a[pick % len(a)] = {"nan": math.nan, "text": "abc", "null": None, "forged": a[pick % len(a)] * 0.5 + 1}[way]
    arrays[name] = a.astype(str) if way == "text" else a.astype(float) if way != "null" else a
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)


def corrupt(folder: Path, start: str, way: str, pick: int) -> None:
    """Every cache file of ``folder`` named ``start``* corrupted ``way``."""
    for path in sorted((folder / CACHE).iterdir()):
        if not path.name.startswith(start):
            continue
        if way == "huge":   # a sparse file past the bound: read, it would exhaust the memory
            with open(path, "r+b") as fh:
                fh.truncate(max(4 * 2**30, 2 * MAX_BYTES))
        elif way == "truncated":
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        elif start.endswith(".json"):
            _corrupt_rows(path, way, pick)
        elif start == "runs-":
            _corrupt_table(path, way, pick)
        else:
            _corrupt_arrays(path, way, pick)


@settings(max_examples=30, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sampled_from(FILES), way=st.sampled_from(WAYS), pick=st.integers(0, 50))
def test_a_cache_file_corrupted_any_way_gives_the_answer_of_no_cache(built, tmp_path_factory, start, way, pick):
    camp, fresh = built
    folder = Path(shutil.copytree(camp, tmp_path_factory.mktemp("case") / "camp"))
    corrupt(folder, start, way, pick)
    assert _answers(folder) == fresh


def test_a_cache_file_too_large_is_never_read(built, tmp_path, monkeypatch):
    """A multi-GB rounds.json (sparse) is a miss without being opened: measure answers as with no cache."""
    folder = Path(shutil.copytree(built[0], tmp_path / "camp"))
    corrupt(folder, "rounds.json", "huge", 0)
    real = Path.read_text

    def read_text(self, *a, **k):
        assert self.stat().st_size <= MAX_BYTES, f"{self} read whole"
        return real(self, *a, **k)

    monkeypatch.setattr(Path, "read_text", read_text)
    assert main(["campaign", "measure", str(folder)]) == 0
    assert os.path.getsize(folder / CACHE / "rounds.json") < MAX_BYTES   # written again
