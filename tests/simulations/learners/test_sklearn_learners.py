"""The wrapped scikit-learn-style estimators: presets, ``sklearn:`` paths, capabilities, determinism, parameters.

Small settings throughout (a few rounds, small labeled sets); speed lives in benchmarks/bench_sklearn_learners.py.
"""

from __future__ import annotations

import re
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from simulations.learners import estimators
from simulations.learners.models import capabilities, is_known, make_learner, param_names
from simulations.results.schema import CURVE_COLUMNS
from simulations.run.config import RunSpec, SimulationConfig, parse_params, refused_strategies
from simulations.run.loop import run_one
from tests.simulations.builders import TIMINGS, cli_refusal, same_curves, write

PRESETS = ("forest", "boosting", "knn")
#: Served on input features: the uncertainty scores, the diversity strategies and cluster_margin.
SERVED = ("random", "margin", "entropy", "least_confidence", "cluster_margin", "typiclust", "coreset", "dal")
#: Need gradients, MC dropout or a differentiable model.
REFUSED = ("badge", "egl", "bald", "mc_entropy", "adversarial")
PROPERTY = settings(max_examples=25, derandomize=True, database=None, deadline=None)
FAST = {"forest": (("n_estimators", 10),), "boosting": (("max_iter", 20), ("min_samples_leaf", 3)), "knn": ()}


def _spec(model: str, strategy: str = "margin", seed: int = 0, **extra) -> RunSpec:
    fields = dict(dataset="breast_cancer", model=model, strategy=strategy, seed=seed, initial=10, batch_size=10,
                  rounds=2, model_params=FAST.get(model, ()))
    return RunSpec(**{**fields, **extra})


def _validate(model: str, params: str = "", strategies=("random",)) -> None:
    """A one-round config of ``model`` with ``params`` (``--model-params`` text) checked."""
    SimulationConfig(model=model, strategies=strategies, seeds=(0,), rounds=1,
                     model_params=parse_params(params) if params else ()).validate()


def _one_line(exc: pytest.ExceptionInfo) -> str:
    text = str(exc.value)
    assert text and "\n" not in text and "Traceback" not in text, text
    return text


@pytest.fixture(scope="module")
def cancer():
    from simulations.data.datasets import load

    return load("breast_cancer", seed=0)


# ----------------------------------------------------------------- presets and the loop


@pytest.mark.parametrize("model", PRESETS)
def test_each_preset_runs_a_short_loop_and_learns(model):
    curves = run_one(_spec(model, model_params=(), batch_size=25))  # the preset as shipped, default parameters
    assert tuple(curves.columns) == CURVE_COLUMNS
    assert curves["model"].unique().tolist() == [model]
    assert curves["n_labels"].tolist() == [10, 35, 60]
    # breast_cancer: far above the majority class (0.63); boosting's leaves hold 20 examples, so it splits from 40 on
    assert curves["accuracy"].iloc[-1] > 0.85


@pytest.mark.parametrize("model", [*PRESETS, "sklearn:sklearn.tree.DecisionTreeClassifier"])
def test_one_seed_gives_one_curve_bit_for_bit(model):
    a, b = run_one(_spec(model)), run_one(_spec(model))
    same_curves(a, b)
    other = run_one(_spec(model, seed=1))
    measured = ["accuracy", "pool_confidence"]
    assert not np.array_equal(other[measured].to_numpy(), a[measured].to_numpy())  # the seed matters


@pytest.mark.parametrize("strategy", SERVED)
def test_every_served_strategy_runs_on_a_preset(strategy):
    curves = run_one(_spec("forest", strategy))
    assert curves["n_labels"].tolist() == [10, 20, 30] and curves["accuracy"].between(0, 1).all()


def test_a_user_class_runs_and_is_named_in_the_curves():
    name = "sklearn:sklearn.linear_model.LogisticRegression"
    curves = run_one(_spec(name, "typiclust", model_params=(("C", 0.5),)))
    assert curves["model"].unique().tolist() == [name]


# ----------------------------------------------------------------- the wrapper


def _labeled(ds, n=40, seed=0):
    idx = np.random.default_rng(seed).choice(ds.n_pool, n, replace=False)
    return ds.X_pool[idx], ds.y_pool[idx]


def test_every_fit_clones_the_template_and_never_fits_it(cancer):
    m = make_learner("forest", n_features=cancer.n_features, n_classes=2, n_estimators=5)
    X, y = _labeled(cancer)
    rng = np.random.default_rng(0)
    first = m.fit(X, y, rng=rng).estimator_
    second = m.fit(X, y, rng=rng).estimator_
    assert first is not second and first is not m.template_ and second is not m.template_
    assert not hasattr(m.template_, "estimators_")  # the template stays unfitted
    assert first.random_state != second.random_state  # each fit a fresh forest from the run's stream


def test_random_state_comes_from_the_runs_stream_unless_the_user_sets_it(cancer):
    X, y = _labeled(cancer)
    m = make_learner("forest", n_features=cancer.n_features, n_classes=2, n_estimators=5)
    m.fit(X, y, rng=np.random.default_rng(7))
    assert m.estimator_.random_state == int(np.random.default_rng(7).integers(0, 2**31 - 1))
    mine = make_learner("forest", n_features=cancer.n_features, n_classes=2, n_estimators=5, random_state=3)
    assert mine.fit(X, y, rng=np.random.default_rng(7)).estimator_.random_state == 3


def test_warm_start_keeps_the_fitted_estimator_where_it_continues_an_optimisation(cancer):
    X, y = _labeled(cancer)
    m = make_learner("sklearn:sklearn.linear_model.SGDClassifier", n_features=cancer.n_features, n_classes=2,
                     warm_start=True, loss="log_loss", max_iter=50, tol=None)
    rng = np.random.default_rng(0)
    first = m.fit(X, y, rng=rng).estimator_
    coef = first.coef_.copy()
    assert m.fit(X, y, rng=rng).estimator_ is first and first.warm_start
    assert not np.array_equal(first.coef_, coef)  # went on from where it was


@pytest.mark.parametrize("model, words", [("forest", "adds members"), ("boosting", "adds members"),
                                          ("knn", "has no warm start")])
def test_a_warm_start_the_estimator_cannot_do_is_refused(model, words):
    with pytest.raises(ValueError, match=words) as err:
        make_learner(model, n_features=3, n_classes=2, warm_start=True)
    assert "--warm-start" in _one_line(err)


def test_probabilities_cover_every_class_and_one_labeled_class_predicts_it(cancer):
    from simulations.data.datasets import load

    digits = load("digits", seed=0)
    X, y = digits.X_pool[digits.y_pool < 3][:30], digits.y_pool[digits.y_pool < 3][:30]
    m = make_learner("boosting", n_features=digits.n_features, n_classes=10, max_iter=5)
    probs = m.fit(X, y, rng=np.random.default_rng(0)).predict_proba(digits.X_test[:20])
    assert probs.shape == (20, 10) and np.allclose(probs.sum(axis=1), 1.0) and (probs[:, 3:] == 0).all()
    one = make_learner("boosting", n_features=digits.n_features, n_classes=10)
    probs = one.fit(X[y == 2], y[y == 2], rng=np.random.default_rng(0)).predict_proba(digits.X_test[:5])
    assert (probs[:, 2] == 1).all() and probs.sum() == 5
    assert m.embed(digits.X_test[:4]).shape == (4, digits.n_features)


def test_knn_takes_no_more_neighbours_than_labeled_examples(cancer):
    m = make_learner("knn", n_features=cancer.n_features, n_classes=2, n_neighbors=15)
    idx = np.concatenate([np.flatnonzero(cancer.y_pool == 0)[:2], np.flatnonzero(cancer.y_pool == 1)[:2]])
    X, y = cancer.X_pool[idx], cancer.y_pool[idx]
    assert m.fit(X, y, rng=np.random.default_rng(0)).predict_proba(cancer.X_test).shape == (cancer.n_test, 2)
    assert m.estimator_.named_steps["knn"].n_neighbors == 4
    X, y = _labeled(cancer, n=40)
    assert m.fit(X, y, rng=np.random.default_rng(0)).estimator_.named_steps["knn"].n_neighbors == 15


# ----------------------------------------------------------------- capabilities


@pytest.mark.parametrize("model", [*PRESETS, "sklearn:sklearn.tree.DecisionTreeClassifier"])
def test_estimators_declare_what_they_serve_and_refuse_the_rest(model):
    assert capabilities(model) == {"probs", "embeddings", "features"}
    assert set(refused_strategies(model)) == set(REFUSED)
    SimulationConfig(model=model, strategies=SERVED, seeds=(0,), rounds=1).runs()  # accepted


@pytest.mark.parametrize("strategy", [*REFUSED, "combined:margin+badge"])
def test_a_strategy_a_preset_cannot_serve_is_refused_in_one_line_before_anything_runs(strategy):
    with pytest.raises(ValueError, match=f"which model 'knn' cannot give") as err:
        SimulationConfig(model="knn", strategies=("random", strategy), seeds=(0,), rounds=1).runs()
    assert "--model" in _one_line(err)


def test_logreg_still_serves_egl_and_badge():
    assert not {"egl", "badge", "adversarial"} & set(refused_strategies("logreg"))


# ----------------------------------------------------------------- sklearn: paths


HOSTILE_PATHS = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="abc._:/ \\\n\x00é;()'\"$`", max_size=40),
    st.builds(lambda parts: ".".join(parts), st.lists(st.text(alphabet="ab_1é-", max_size=6), max_size=6)),
    st.integers(201, 5000).map(lambda n: "a." + "b" * n),
)


@PROPERTY
@given(text=HOSTILE_PATHS)
def test_an_import_path_is_dotted_ascii_identifiers_or_one_line_and_nothing_is_imported(text):
    before = set(sys.modules)
    try:
        module, cls = estimators.parse_import_path("sklearn:" + text)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc) and len(str(exc)) <= 400
    else:
        assert re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", module, re.ASCII)
        assert re.fullmatch(r"[A-Za-z_]\w*", cls, re.ASCII) and not cls.startswith("__")
        assert f"{module}.{cls}" == text and len(text) <= estimators.MAX_PATH
    assert set(sys.modules) == before


@pytest.mark.parametrize("name, words", [
    ("sklearn:os.path", "not a class"),
    ("sklearn:os.system", "not a class"),
    ("sklearn:subprocess.Popen", "not a scikit-learn classifier"),
    ("sklearn:builtins.object", "not a scikit-learn classifier"),
    ("sklearn:sklearn.linear_model.LinearRegression", "no predict_proba"),
    ("sklearn:sklearn.mixture.GaussianMixture", "not a classifier"),
    ("sklearn:sklearn.ensemble.VotingClassifier", "cannot be built without arguments"),
    ("sklearn:no_such_package_xyz.Model", "cannot import"),
    ("sklearn:sklearn.ensemble.NoSuchClassifier", "has no 'NoSuchClassifier'"),
    ("sklearn:os", "dotted Python names"),
    ("sklearn:os.__class__", "'__'"),
    ("sklearn:", "dotted Python names"),
])
def test_what_is_not_a_classifier_class_is_refused_before_it_is_instantiated(name, words, monkeypatch):
    import subprocess

    def never(*args, **kwargs):  # pragma: no cover - the assertion is that it is not reached
        raise AssertionError("instantiated")

    monkeypatch.setattr(subprocess.Popen, "__init__", never)
    with pytest.raises(ValueError, match=re.escape(words)) as err:
        make_learner(name, n_features=3, n_classes=2)
    _one_line(err)


def test_an_import_path_is_a_model_everywhere_but_its_class_is_checked_when_built():
    assert is_known("sklearn:anything.At") and is_known("forest") and not is_known("svm")
    with pytest.raises(ValueError, match="unknown model 'svm'.*forest, boosting, knn.*sklearn:") as err:
        _validate("svm")
    _one_line(err)


# ----------------------------------------------------------------- --model-params


def test_parameters_are_the_estimators_own():
    assert "n_estimators" in param_names("forest") and "max_iter" in param_names("boosting")
    assert "n_neighbors" in param_names("knn") and "steps" not in param_names("knn")  # the k-NN step's, not the pipeline's


@pytest.mark.parametrize("model, text, words", [
    ("forest", "bogus=1", "has no parameter 'bogus'"),
    ("forest", "n_estimators=2.5", "'n_estimators' parameter of RandomForestClassifier"),
    ("forest", "n_estimators=0", "'n_estimators' parameter of RandomForestClassifier"),
    ("forest", "n_estimators=10000000", "from -1,000,000 to 10,000"),
    ("boosting", "max_iter=20000", "max_iter must be a whole number from -1,000,000 to 10,000"),
    ("forest", "max_depth=2000000", "from -1,000,000 to 1,000,000"),
    ("forest", "bootstrap=3", "'bootstrap' parameter of RandomForestClassifier"),
    ("forest", "criterion=nonsense", "'criterion' parameter"),
    ("boosting", "learning_rate=inf", "finite number"),
    ("boosting", "loss=" + "x" * 300, "over the 200 limit"),
    ("knn", "n_neighbors=abc", "'n_neighbors' parameter of KNeighborsClassifier"),
    ("knn", "steps=1", "has no parameter 'steps'"),
])
def test_a_bad_model_param_is_one_line_naming_it(model, text, words):
    with pytest.raises(ValueError, match=re.escape(words)) as err:
        _validate(model, text)
    _one_line(err)


@pytest.mark.parametrize("model, text, names", [
    ("forest", "n_estimator=50", "n_estimators"), ("boosting", "max_iters=5", "max_iter"),
    ("knn", "n_neighbours=3", "n_neighbors"), ("logreg", "weightdecay=0.1", "weight_decay"),
])
def test_an_unknown_model_param_lists_the_closest_names_first(model, text, names):
    with pytest.raises(ValueError, match="has no parameter") as err:
        _validate(model, text)
    assert _one_line(err).split("valid parameters are ", 1)[1].startswith(names)


@pytest.mark.parametrize("model, text", [
    ("forest", "max_features=0.5"), ("forest", "max_features=3"), ("forest", "max_features=log2"),
    ("boosting", "early_stopping=false"), ("boosting", "early_stopping=auto"), ("forest", "class_weight=balanced"),
    ("sklearn:sklearn.svm.SVC", "probability=true"),
])
def test_a_value_scikit_learn_accepts_is_accepted(model, text):
    # the estimator's own constraints decide, not the type of the parameter's default
    _validate(model, text, ("random", "margin"))


@pytest.mark.parametrize("model, text, words", [
    ("forest", "max_features=1.5", "'max_features' parameter of RandomForestClassifier"),
    ("forest", "max_features=abc", "'max_features' parameter of RandomForestClassifier"),
    ("boosting", "early_stopping=sometimes", "'early_stopping' parameter of HistGradientBoostingClassifier"),
])
def test_a_value_scikit_learn_refuses_is_its_one_line(model, text, words):
    with pytest.raises(ValueError, match=re.escape(words)) as err:
        _validate(model, text)
    assert _one_line(err).startswith(f"model {model!r}: ")


def test_an_estimator_without_predict_proba_as_built_is_refused_before_any_run(tmp_path, capsys):
    # SVC declares predict_proba on its class, but an instance has it only with probability=True
    with pytest.raises(ValueError, match=r"SVC.*probability=True.*--model-params probability=true") as err:
        _validate("sklearn:sklearn.svm.SVC")
    _one_line(err)
    assert "probability=true" in cli_refusal(capsys, [
        "simulate", "--model", "sklearn:sklearn.svm.SVC", "--strategies", "random,margin", "--rounds", "1",
        "--seeds", "1", "--db", tmp_path / "r.db", "--out", tmp_path / "c.csv"])
    assert list(tmp_path.iterdir()) == []
    grid = write(tmp_path / "g.toml", 'models = ["sklearn:sklearn.svm.SVC"]\nstrategies = ["random"]\nseeds = 1\n'
                 'rounds = 1\n')
    err = cli_refusal(capsys, ["grid", grid, "--db", tmp_path / "g.db"], tmp_path / "g.db")
    assert "add [model_params] probability=true" in err and "--model-params" not in err  # the file's key, not the flag


@PROPERTY
@given(value=st.one_of(st.integers(), st.floats(), st.booleans(), st.none(), st.text(max_size=300),
                       st.tuples(st.integers(), st.floats())))
def test_any_value_of_a_parameter_is_accepted_valid_or_refused_in_one_line(value):
    try:
        m = make_learner("forest", n_features=3, n_classes=2, max_depth=value)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert m.template_.max_depth == value or list(value) == m.template_.max_depth


# ----------------------------------------------------------------- the command line and grids


def test_cli_refuses_a_bad_model_in_one_line_exit_2_and_writes_nothing(tmp_path, capsys):
    for argv in (["--model", "sklearn:subprocess.Popen"], ["--model", "forest", "--model-params", "n_trees=5"],
                 ["--model", "boosting", "--strategies", "random,badge"]):
        err = cli_refusal(capsys, ["simulate", *argv, "--rounds", "1", "--seeds", "1", "--db", tmp_path / "r.db",
                                   "--out", tmp_path / "c.csv"])
        assert err.startswith("alplan simulate: error:") and list(tmp_path.iterdir()) == [], err


def test_models_and_strategies_say_which_learner_serves_what(capsys):
    assert main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for name in PRESETS:
        at = [i for i, line in enumerate(lines) if line.startswith(name + " ")][0]
        assert "no gradients" in lines[at + 1] and "all but bald, mc_entropy, egl, badge, adversarial" in lines[at + 1]
    assert any(line.startswith("sklearn:package.module.Class") for line in lines)
    assert main(["strategies"]) == 0
    out = capsys.readouterr().out.splitlines()
    badge = out[[i for i, line in enumerate(out) if line.startswith("badge ")][0] + 1]
    assert "not with forest, boosting, knn" in badge


def test_a_grid_file_runs_the_new_learners_into_the_database_and_resumes(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text('datasets = ["breast_cancer"]\nmodels = ["knn", "sklearn:sklearn.tree.DecisionTreeClassifier"]\n'
                    'strategies = ["random", "margin"]\nseeds = 2\ninitial = 10\nbatch_sizes = 10\nrounds = 2\n')
    db, out = tmp_path / "g.db", tmp_path / "c.csv"
    assert main(["grid", str(grid), "--db", str(db), "--out", str(out), "--workers", "2"]) == 0
    first = pd.read_csv(out)
    assert set(first["model"]) == {"knn", "sklearn:sklearn.tree.DecisionTreeClassifier"} and len(first) == 8 * 3
    capsys.readouterr()
    assert main(["grid", str(grid), "--db", str(db), "--dry-run"]) == 0
    assert "8 already in" in capsys.readouterr().out
    alone = pd.concat([run_one(RunSpec(dataset="breast_cancer", model=m, strategy=s, seed=seed, initial=10,
                                       batch_size=10, rounds=2))
                       for m in ("knn", "sklearn:sklearn.tree.DecisionTreeClassifier")
                       for s in ("random", "margin") for seed in (0, 1)], ignore_index=True)
    cols = [c for c in CURVE_COLUMNS if c not in TIMINGS]
    pd.testing.assert_frame_equal(first[cols].reset_index(drop=True), alone[cols], check_exact=False, rtol=1e-12,
                                  check_dtype=False)


def test_a_grid_file_refuses_a_bad_import_path_before_the_database_exists(tmp_path, capsys):
    grid = write(tmp_path / "g.toml", 'models = ["sklearn:os.path"]\nstrategies = ["random"]\nseeds = 1\nrounds = 1\n')
    assert "not a class" in cli_refusal(capsys, ["grid", grid, "--db", tmp_path / "g.db"], tmp_path / "g.db")


def test_worker_processes_give_the_curves_of_one_process_bit_for_bit():
    from simulations.run.executors import run_grid

    specs = [_spec(m, s, seed) for m in PRESETS for s in ("margin", "coreset") for seed in (0, 1)]
    here, pool = run_grid(specs), run_grid(specs, workers=2)
    same_curves(here, pool)


def test_the_time_estimate_and_the_progress_bar_cover_a_preset():
    from simulations.run.estimate import measure_rounds
    from simulations.run.executors import run_grid

    settings = dict(datasets=("breast_cancer",), model="forest", model_params=(("n_estimators", 10),),
                    strategies=("margin",), seeds=(0, 1), initial=10, batch_size=10, rounds=4)
    cost = measure_rounds(settings, 2)
    assert cost.per_run > 0 and min(cost.first, cost.middle, cost.last) >= 0 and cost.rounds == 5
    seen = []
    run_grid(SimulationConfig(**settings), round_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (10, 10) and [d for d, _ in seen] == sorted(d for d, _ in seen)
