"""Hostile --strategies and hostile stretches in campaign.json for `alplan plan CAMPAIGN_DIR`: it answers, or
refuses in one line with exit 2, and the campaign's files are left as they were. Budget: tests/fuzz/conftest.py."""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from planner.campaign import steps
from planner.campaign.cache import CACHE
from planner.campaign.standing import read_answer
from planner.campaign.state import batch_paths
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_CELL
from tests.fuzz.promise import assert_cli_refusal, run_cli

FLAGS = ["--target", "0.9", "--label-price", "1"]


@functools.lru_cache(maxsize=1)
def _campaign() -> Path:
    """A labeled campaign (60 training and 20 test labels of a separable pool), built once."""
    root = Path(tempfile.mkdtemp(prefix="alplan-fuzz-redecide-"))
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, size=200)
    pool = root / "pool.csv"
    pd.DataFrame({"id": [f"x{i}" for i in range(200)], "f": rng.normal(size=200) + 2 * y,
                  "g": rng.normal(size=200)}).to_csv(pool, index=False)
    truth = dict(zip([f"x{i}" for i in range(200)], y))
    camp = root / "camp"
    steps.start(camp, pool, initial=60, batch_size=10, test_size=20, strategy="random")
    batch = pd.read_csv(batch_paths(camp, 0)[0], dtype={"id": str})
    batch.assign(label=batch["id"].map(truth))[["id", "label"]].to_csv(root / "l.csv", index=False)
    steps.add_labels(camp, [root / "l.csv"])
    return camp


def _copy(folder: Path) -> Path:
    camp = folder / "camp"
    shutil.copytree(_campaign(), camp)
    return camp


#: What an answer writes once it is given: the measure it took, the question asked and the answer. Nothing else
#: changes, and a refusal writes nothing.
ANSWER_FILES = {"curve.csv", "measured.csv", "question.json", "answer.json"}


def _files(camp: Path, answered: bool = False) -> dict:
    """The campaign's files (its cache left out: not state) with their bytes."""
    return {p.name: p.read_bytes() for p in camp.rglob("*")
            if p.is_file() and CACHE not in p.relative_to(camp).parts and not (answered and p.name in ANSWER_FILES)}


@FUZZ
@given(names=st.lists(st.one_of(st.sampled_from(["random", "margin", "entropy", "bald", "coreset", "egl",
                                                 "combined:margin+coreset", "typiclust"]), NASTY_CELL.map(str)),
                      min_size=1, max_size=3))
def test_any_strategies_answer_or_are_refused_leaving_the_campaign_as_it_was(names, capsys):
    text = ",".join(n.replace(",", ";") for n in names)
    with tempfile.TemporaryDirectory() as folder:
        camp = _copy(Path(folder))
        before = _files(camp)
        rc, out, err = run_cli(["plan", camp, *FLAGS, "--json", "--strategies", text], capsys)
        assert _files(camp, rc == 0) == {k: v for k, v in before.items() if rc != 0 or k not in ANSWER_FILES}
        if rc == 0:
            got = json.loads(out)
            assert got["forecast"]["campaign"]["measured_on_labels_in_hand"]["strategies"][0] == "random"
            assert read_answer(camp) == got   # the answer kept as printed
            return
        assert_cli_refusal(rc, err, "plan")


@FUZZ
@given(stretches=st.one_of(NASTY_CELL, st.lists(st.one_of(NASTY_CELL, st.fixed_dictionaries(
    {"from_round": st.one_of(st.integers(-3, 5), NASTY_CELL), "strategy": st.one_of(st.just("margin"), NASTY_CELL)},
    optional={"batch_size": st.one_of(st.integers(-2, 50), NASTY_CELL)})), max_size=3)))
def test_any_stretches_answer_or_are_refused_in_one_line(stretches, capsys):
    with tempfile.TemporaryDirectory() as folder:
        camp = _copy(Path(folder))
        doc = json.loads((camp / "campaign.json").read_text())
        doc["stretches"] = stretches
        (camp / "campaign.json").write_text(json.dumps(doc, allow_nan=True))
        before = _files(camp)
        rc, _, err = run_cli(["plan", camp, *FLAGS, "--strategies", "margin"], capsys)
        assert _files(camp, rc == 0) == {k: v for k, v in before.items() if rc != 0 or k not in ANSWER_FILES}
        if rc != 0:
            assert_cli_refusal(rc, err, "plan")
