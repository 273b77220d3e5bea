"""Hostile --model, --model-params and --warm-start values for the wrapped scikit-learn estimators, on the command
line and in grid files: exit 0, or one line and exit 2 with nothing written."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from planner.cli import main
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_NUMBER, NASTY_TEXT
from tests.fuzz.promise import answered_or_refused, assert_cli_refusal, refused, run_cli

SIM = ["--dataset", "breast_cancer", "--strategies", "random", "--seeds", "1", "--initial", "6", "--batch-size", "4",
       "--rounds", "1"]

#: Model names a hostile user types after ``sklearn:``: no letter run that could name a real module on import.
HOSTILE_MODEL = st.one_of(
    NASTY_TEXT,
    st.text(alphabet="xq_.:/ \\\n\x00é;()'\"$`-", max_size=40),
    st.sampled_from(["os.path", "os.system", "subprocess.Popen", "builtins.eval", "builtins.object", "sys.exit",
                     "os.__class__", "..", ".x", "x.", "x..y", "sklearn", "sklearn.", "x" * 300 + ".y",
                     "sklearn.linear_model.LinearRegression", "sklearn.mixture.GaussianMixture",
                     "sklearn.ensemble.VotingClassifier", "sklearn.ensemble.RandomForestRegressor"]),
)


@FUZZ
@given(path=HOSTILE_MODEL, prefixed=st.booleans())
def test_any_model_name_is_refused_in_one_line_and_nothing_is_written(path, prefixed, capsys):
    with tempfile.TemporaryDirectory() as folder:
        out, db = Path(folder) / "c.csv", Path(folder) / "r.db"
        refused(["simulate", *SIM, "--model", ("sklearn:" if prefixed else "") + path, "--db", db, "--out", out],
                capsys)
        assert list(Path(folder).iterdir()) == []


@FUZZ
@given(model=st.sampled_from(["forest", "boosting", "knn", "sklearn:sklearn.tree.DecisionTreeClassifier"]),
       key=st.sampled_from(["n_estimators", "max_iter", "n_neighbors", "max_depth", "min_samples_leaf",
                            "learning_rate", "criterion", "weights", "random_state", "n_jobs", "bogus", "estimator",
                            "steps", "memory"]),
       value=st.one_of(NASTY_NUMBER, NASTY_TEXT), warm=st.booleans())
def test_any_model_params_run_or_are_refused_in_one_line(model, key, value, warm, capsys):
    text = value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)
    if "," in text or "=" in text or "\x00" in text:
        text = "x"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "c.csv"
        argv = ["simulate", *SIM, "--model", model, "--model-params", f"{key}={text}", "--out", out]
        if answered_or_refused(argv + (["--warm-start"] if warm else []), capsys, out) != 0:
            assert list(Path(folder).iterdir()) == []


@FUZZ
@given(models=st.lists(st.one_of(HOSTILE_MODEL.map(lambda p: "sklearn:" + p),
                                 st.sampled_from(["forest", "knn", "boosting"])), min_size=1, max_size=3),
       strategy=st.sampled_from(["random", "badge", "egl", "bald", "adversarial", "typiclust"]))
def test_a_grid_file_with_hostile_models_is_refused_before_the_database_exists(models, strategy, capsys):
    import json

    with tempfile.TemporaryDirectory() as folder:
        grid, db = Path(folder) / "g.toml", Path(folder) / "g.db"
        grid.write_text(f"models = {json.dumps(models)}\nstrategies = [\"{strategy}\"]\nseeds = 1\n"
                        "datasets = [\"breast_cancer\"]\ninitial = 6\nbatch_sizes = 4\nrounds = 1\n")
        rc, _, err = run_cli(["grid", grid, "--db", db, "--dry-run"], capsys)
        if rc == 0:  # only presets with a strategy they serve
            assert set(models) <= {"forest", "knn", "boosting"} and strategy in ("random", "typiclust")
            return
        assert_cli_refusal(rc, err, "grid")
        assert not db.exists()


def test_refusing_a_model_imports_no_module_it_names():
    before = set(sys.modules)
    for path in ("xq.x", "x" * 50 + ".q", "x.__init__"):
        assert main(["simulate", *SIM, "--model", "sklearn:" + path, "--out", "never.csv"]) == 2
    assert not {m for m in set(sys.modules) - before if m.startswith(("x", "q"))}
