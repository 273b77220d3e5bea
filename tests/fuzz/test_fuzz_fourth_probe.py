"""Hostile input to the newest surfaces, by kind: old and read-only databases, printed user strings, closed pipes,
reads outside the measured range, derived rates, yes/no columns, and what a command says it stored or wrote.
Each is a property where it is one: every printed string neutralised, every derived rate bounded, every read
outside the measured curve noted."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.costs import UPPER_BOUNDS
from planner.decide.scenario import DEFAULTS, build_scenario
from planner.forecast.messages import _STEERING, printable
from tests.fuzz.conftest import EXAMPLES, FUZZ
from tests.fuzz.hostile import curves_csv
from tests.fuzz.promise import assert_cli_refusal, refused, run_cli

ROOT = Path(__file__).resolve().parents[2]
#: Properties that run whole commands per example get a fifth of the budget (at least 5).
SLOW = settings(FUZZ, max_examples=max(5, EXAMPLES // 5))


_cli = run_cli


def _curves(path: Path, *, initial: int = 20) -> Path:
    return curves_csv(path, (initial, 2 * initial, 4 * initial))


def _spec(dataset: str, seed: int = 0) -> dict:
    spec = dict(dataset=dataset, model="logreg", strategy="random", seed=seed, initial=20, batch_size=10,
                rounds=2, label_noise=0.0)
    spec["key"] = f"{seed}|" + "|".join(repr(spec[k]) for k in sorted(spec))
    return spec


def _rows(spec: dict) -> pd.DataFrame:
    from simulations.results.store import CURVE_COLUMNS

    n = spec["rounds"] + 1
    acc = np.linspace(0.5, 0.8, n)
    return pd.DataFrame({
        "dataset": spec["dataset"], "model": spec["model"], "strategy": spec["strategy"], "seed": spec["seed"],
        "batch_size": spec["batch_size"], "label_noise": spec["label_noise"], "round": np.arange(n),
        "n_labels": 20 + 10 * np.arange(n), "accuracy": acc, "macro_f1": acc, "balanced_accuracy": acc,
        "minority_recall": acc, "train_seconds": 0.01, "query_seconds": 0.001, "stop_agreement": np.nan,
        "pool_confidence": 0.5,
    }).reindex(columns=list(CURVE_COLUMNS))  # the columns a run without them leaves empty, NaN


def _database(path: Path, *datasets: str) -> Path:
    from simulations.results.store import Store

    with Store(path) as store:
        for i, name in enumerate(datasets):
            spec = _spec(name, i)
            store.write_run(spec, _rows(spec), {"wall_seconds": 1.5, "cpu_seconds": 1.0})
    return path


# ------------------------------------------------------------ old and read-only databases

@pytest.mark.parametrize("flags", [[], ["--all"]], ids=["runs", "runs-all"])
def test_runs_reads_a_database_of_the_first_schema_and_a_read_only_copy(tmp_path, capsys, flags):
    path = _database(tmp_path / "old.db", "digits")
    with sqlite3.connect(path) as conn:  # as the file was before cpu_seconds existed
        conn.execute("ALTER TABLE runs DROP COLUMN cpu_seconds")
    conn.close()
    before = path.read_bytes()
    rc, out, err = _cli(["runs", "--db", path, *flags], capsys)
    assert rc == 0, err
    assert "1 runs done" in out and "digits" in out
    assert path.read_bytes() == before  # listing alters nothing
    locked = tmp_path / "locked"
    locked.mkdir()
    copy = Path(shutil.copy(path, locked / "old.db"))
    copy.chmod(stat.S_IRUSR)
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        rc, out, err = _cli(["runs", "--db", copy, *flags], capsys)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert rc == 0, err
    assert "digits" in out


# ------------------------------------------------------------ printed user strings

@settings(FUZZ)
@given(text=st.text(max_size=200))
def test_printable_shows_every_steering_character_as_its_escape_and_leaves_the_rest(text):
    shown = printable(text)
    assert not _STEERING.search(shown)
    if not _STEERING.search(text):
        assert shown == text
    assert printable(shown) == shown  # once is enough


#: Names a stored data set may hold: terminal escapes, bidirectional overrides, bells, DEL, C1 controls.
HOSTILE_NAMES = st.one_of(
    st.sampled_from(["\x1b[2J\x1b[31mdigits", "evil\x1b]0;title\x07", "abc\u202edcba", "a\x7fb\x9bc", "\x00x"]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40),
)


@SLOW
@given(name=HOSTILE_NAMES, flags=st.sampled_from([[], ["--all"]]))
def test_runs_prints_any_stored_name_as_text(tmp_path_factory, capsys, name, flags):
    path = _database(tmp_path_factory.mktemp("db") / "runs.db", name)
    rc, out, err = _cli(["runs", "--db", path, *flags], capsys)
    assert rc == 0, err
    assert not _STEERING.search(out), repr(out)
    assert not _STEERING.search(err), repr(err)


def test_a_closed_pipe_ends_quietly(tmp_path):
    path = _database(tmp_path / "runs.db", *(f"set-{i}" for i in range(400)))
    script = (f"import sys; sys.argv = ['alplan', 'runs', '--all', '--db', {str(path)!r}]; "
              "from planner.cli import main; sys.exit(main())")
    reader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              cwd=ROOT)
    reader.stdout.read(10)
    reader.stdout.close()  # as `| head -c 10` does
    err = reader.stderr.read().decode()
    rc = reader.wait(timeout=120)
    assert err == "", err
    assert rc in (0, 141)


# ------------------------------------------------------------ reads outside the measured curve

@SLOW
@given(labels=st.integers(1, 49))
def test_budget_labels_below_the_initial_labels_buy_no_al_path(tmp_path_factory, capsys, labels):
    curves = _curves(tmp_path_factory.mktemp("c") / "c.csv", initial=50)
    rc, out, err = _cli(["budget", curves, "--labels", labels, "--initial", 50, "--label-price", 1, "--json"],
                        capsys)
    assert rc == 0, err
    rows = {r["strategy"]: r for r in json.loads(out)["strategies"]}
    assert rows["margin"]["labels"] == 0 and rows["margin"]["accuracy"] is None
    assert not rows["margin"]["best"]
    assert "50 labels it starts from" in rows["margin"]["note"]
    assert rows["random"]["labels"] == labels
    assert "below the measured curve" in rows["random"]["note"]


@SLOW
@given(labels=st.integers(1, 19) | st.integers(81, 5_000))
def test_every_budget_read_outside_the_measured_curve_is_noted(tmp_path_factory, capsys, labels):
    curves = _curves(tmp_path_factory.mktemp("c") / "c.csv")
    rc, out, err = _cli(["budget", curves, "--labels", labels, "--label-price", 1, "--json"], capsys)
    assert rc == 0, err
    random = next(r for r in json.loads(out)["strategies"] if r["strategy"] == "random")
    # past the extrapolation limit (16x the 80 labels measured) the note names the limit: "beyond 16x the measured curve"
    assert re.search("below the measured curve" if labels < 20 else r"beyond (\d+x )?the measured curve", random["note"])


# ------------------------------------------------------------ derived rates

@settings(FUZZ)
@given(salary=st.floats(0, UPPER_BOUNDS["yearly_salary"]), weeks=st.floats(1e-300, 52.0),
       price=st.floats(1e-6, UPPER_BOUNDS["label_price"]), qa=st.floats(1e-3, UPPER_BOUNDS["qa_multiplier"]),
       votes=st.integers(1, UPPER_BOUNDS["votes"]))
def test_every_derived_rate_is_bounded_or_refused_in_one_line(salary, weeks, price, qa, votes):
    values = {**DEFAULTS, "label_price": price, "vendor": None, "day_rate": None, "salary": salary,
              "working_weeks": weeks, "qa_multiplier": qa, "votes": votes, "gpu_hours_per_round": None,
              "gpu_hour_price": None, "final_compute": None, "batch_size": None, "initial": None,
              "pool_size": None, "label_error": None}
    try:
        scenario = build_scenario(**values)
    except ValueError as exc:
        text = str(exc)
        assert "\n" not in text
        assert "--salary" in text or "--label-price" in text or "--votes" in text, text
        return
    assert np.isfinite(scenario.engineering_day_rate) and scenario.engineering_day_rate <= UPPER_BOUNDS["day_rate"]
    assert np.isfinite(scenario.engineering_cost)
    assert scenario.price_per_label <= UPPER_BOUNDS["label_price"]


def test_a_salary_over_a_sliver_of_a_week_is_refused_by_plan_and_budget(tmp_path, capsys):
    curves = _curves(tmp_path / "c.csv")
    for command in (["plan", curves, "--target", 0.7], ["budget", curves, "--labels", 100]):
        rc, out, err = _cli([*command, "--label-price", 1, "--salary", 1e9, "--working-weeks", 1e-300], capsys)
        assert_cli_refusal(rc, err, command[0])
        assert "--working-weeks" in err and out == ""


# ------------------------------------------------------------ yes/no columns

@pytest.mark.parametrize("command", ["fit", "plan", "budget"])
def test_a_yes_no_column_is_no_metric(tmp_path, capsys, command):
    path = _curves(tmp_path / "c.csv")
    table = pd.read_csv(path)
    table["flag"] = table["accuracy"] > 0.6
    table.to_csv(path, index=False)
    extra = {"fit": ["--target", 0.5], "plan": ["--target", 0.5, "--label-price", 1],
             "budget": ["--labels", 50, "--label-price", 1]}[command]
    assert "yes/no" in refused([command, path, "--metric", "flag", *extra], capsys)


# ------------------------------------------------------------ what a command says it stored or wrote

def test_plan_says_where_it_wrote_the_report(tmp_path, capsys):
    report = tmp_path / "r.html"
    rc, out, err = _cli(["plan", _curves(tmp_path / "c.csv"), "--target", 0.7, "--label-price", 1,
                         "--report", report], capsys)
    assert rc == 0 and report.is_file()
    assert f"wrote the report to {report}" in err


@pytest.mark.slow
def test_simulate_without_db_says_it_stored_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALPLAN_DB", raising=False)
    argv = ["simulate", "--dataset", "breast_cancer", "--model", "logreg", "--strategies", "random", "--seeds", 1,
            "--initial", 10, "--batch-size", 10, "--rounds", 1]
    rc, out, err = _cli([*argv, "--out", "c.csv"], capsys)
    assert rc == 0, err
    assert "not stored in a database: add --db PATH" in err
    assert not (tmp_path / ".alplan").exists()
    rc, out, err = _cli([*argv, "--out", "d.csv", "--db", "runs.db"], capsys)
    assert rc == 0, err
    assert "stored in runs.db" in err
    assert os.path.getsize(tmp_path / "runs.db") > 0
