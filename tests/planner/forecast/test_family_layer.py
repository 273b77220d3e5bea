"""The learner family's layer on the spread (round 39): names to families, the composition, the draws."""

import numpy as np
import pandas as pd
import pytest

from planner.forecast.draws import (
    FAMILY_LAYER_COLUMNS,
    Spread,
    _spread_about_median,
    compose_spread,
    draw_table,
    family_layer_from_frame,
    learner_family,
    family_layer_learners,
    family_note,
    load_family_layer,
    spread_for,
    layer_family,
    table_family,
    takes_family_layer,
)
from planner.forecast.families import logit
import planner.forecast.draws as dr
from tests.planner.forecast.layers_round50 import layers50  # noqa: F401 (a fixture)

KNOTS = np.array([2**0.5, 8**0.5, 32**0.5, 128**0.5])


@pytest.mark.parametrize("name, family", [
    ("knn", "kNN"), ("KNeighborsClassifier", "kNN"), ("sklearn.neighbors.KNeighborsClassifier", "kNN"),
    ("rf50", "tree"), ("RandomForestClassifier", "tree"), ("sklearn.ensemble.GradientBoostingClassifier", "tree"),
    ("svc_rbf", "SVM"), ("LinearSVC", "SVM"), ("gnb", "NB"), ("sklearn.naive_bayes.MultinomialNB", "NB"),
    ("logreg_c0.1", "linear"), ("LogisticRegression", "linear"), ("sklearn.linear_model.Perceptron", "linear"),
    ("mlp_small", "neural"), ("MLPClassifier", "neural"), ("resnet18", "neural"), ("my-bert-base", "neural"),
    ("sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis", "other"), ("my_model", "other"),
])
def test_a_learners_name_gives_its_family(name, family):
    assert learner_family(name) == family


def test_a_table_has_one_family_or_none():
    rows = pd.DataFrame({"strategy": ["random"] * 2, "n_labels": [10, 20], "accuracy": [0.5, 0.6]})
    assert table_family(rows) is None                                           # no model column
    assert table_family(rows.assign(model="knn")) == "kNN"
    assert table_family(rows.assign(model=["knn", "KNeighborsClassifier"])) == "kNN"   # two names, one family
    assert table_family(rows.assign(model=["knn", "rf50"])) is None             # several families
    assert table_family(rows.assign(model="my_model")) is None                  # other


def test_composing_is_moving_twice():
    base = Spread(KNOTS, np.array([0.8, 0.9, 1.1, 1.3]), np.array([1.2, 1.4, 1.5, 1.7]), key="b",
                  shift=np.array([0.0, 0.05, 0.1, 0.2]))
    layer = Spread(KNOTS, np.array([1.1, 1.0, 0.9, 1.2]), np.array([0.9, 1.1, 1.2, 1.0]), key="kNN",
                   shift=np.array([0.03, 0.12, 0.25, 0.31]))
    both = compose_spread(base, layer)
    x = np.random.default_rng(0).normal(0.5, 0.7, size=(301, KNOTS.size))   # odd draws: one median draw
    once = _spread_about_median(x, *base.at(KNOTS))
    twice = _spread_about_median(logit(once), *layer.at(KNOTS))
    np.testing.assert_allclose(_spread_about_median(x, *both.at(KNOTS)), twice, atol=1e-9)
    assert both.key == "b+kNN"
    with pytest.raises(ValueError, match="different knots"):
        compose_spread(base, Spread(KNOTS[:3], np.ones(3), np.ones(3), key="x"))


def test_spread_for_composes_the_familys_layer_only_where_a_spread_applies():
    table = {"all": Spread(KNOTS, np.ones(4), np.ones(4), key="all")}
    layer = {"kNN": Spread(KNOTS, np.ones(4), np.ones(4), key="kNN", shift=np.full(4, 0.2))}
    assert spread_for(table, "random", None, family="kNN", layer=layer).key == "all+kNN"
    assert spread_for(table, "random", None, family="tree", layer=layer).key == "all"   # no layer for it
    assert spread_for(table, "random", None, layer=layer).key == "all"                  # no family
    assert spread_for({}, "random", None, family="kNN", layer=layer) is None            # no spread: no layer


def test_the_planner_ships_no_family_layer_since_round_51():
    """Round 51: the layer chosen on the scikit-learn loop moved LCDB's medians out of their ranges (RESULTS.md)."""
    assert load_family_layer() == {} and family_layer_learners() == {}
    assert family_note(pd.DataFrame({"model": ["knn"]})) == ""
    n, curves = rising_curves(3)
    far = [8 * n[-1]]   # beyond the measured end a kNN's forecast is any learner's
    np.testing.assert_allclose(draw_table(curves.assign(model="knn"), n_draws=101, seed=0).get("random").accuracy(far),
                               draw_table(curves.assign(model="my_model"), n_draws=101, seed=0).get("random").accuracy(far))


def test_round_50s_layer_names_families_the_planner_reads(layers50):
    layer = dr.load_family_layer()
    assert layer
    assert set(layer) <= {"neural", "SVM", "NB", "kNN", "tree", "linear"}
    for spr in layer.values():
        assert np.allclose(spr.ratios, KNOTS, rtol=1e-5)
    learners = dr.family_layer_learners()   # what each shift was fitted on, named in the note
    assert set(learners) == set(layer) and all(learners.values())
    note = family_note(pd.DataFrame({"model": ["knn"]}))
    assert f"scikit-learn's {learners['kNN']} only" in note and "another configuration" in note


def test_a_broken_layer_table_is_refused_in_one_line():
    df = pd.DataFrame({"family": ["kNN"] * 4, "ratio": KNOTS, "shift": 0.1, "low": 1.0, "high": 1.0,
                       "n_rows": 100, "n_datasets": 5, "learners": "knn"})
    assert family_layer_from_frame(df)["kNN"].shift[0] == pytest.approx(0.1)
    with pytest.raises(ValueError, match="missing column"):
        family_layer_from_frame(df.drop(columns="shift"))
    with pytest.raises(ValueError, match="not positive"):
        family_layer_from_frame(df.assign(low=0.0))
    assert list(FAMILY_LAYER_COLUMNS) == list(df.columns)


def rising_curves(seed: int) -> tuple[np.ndarray, pd.DataFrame]:
    """Three seeds of a power law still rising at its last count, and its counts."""
    rng = np.random.default_rng(seed)
    n = np.array([20, 40, 80, 160, 320], dtype=float)
    return n, pd.DataFrame([{"strategy": "random", "seed": s, "n_labels": x,
                             "accuracy": 0.9 - 0.5 * (x / 10) ** -0.6 + rng.normal(0, 0.004)}
                            for s in range(3) for x in n])


def test_a_tables_family_moves_its_forecast_beyond_the_measured_end_by_its_shift(layers50):
    n, curves = rising_curves(3)
    layer = dr.load_family_layer()
    fam = max(layer, key=lambda f: abs(layer[f].at([8.0])[2][0]))   # the family moved most at 8x
    shift = float(layer[fam].at([8.0])[2][0])
    name = {"kNN": "knn", "tree": "rf50", "SVM": "svc_rbf", "NB": "gnb", "linear": "logreg",
            "neural": "mlp_small"}[fam]
    plain = draw_table(curves.assign(model="my_model"), n_draws=301, seed=0)
    moved = draw_table(curves.assign(model=name), n_draws=301, seed=0)
    assert plain.family is None and moved.family == fam
    assert any(f"family {fam}" in note for note in moved.notes)
    assert not any("family" in note for note in plain.notes)
    inside = 0.7 * n[-1]   # measured: untouched
    np.testing.assert_allclose(moved.get("random").accuracy([inside]), plain.get("random").accuracy([inside]))
    if fam == "neural":   # a neural model also reads its own spread strata: only the direction is the layer's
        return
    m_plain = np.median(logit(plain.get("random").accuracy([8 * n[-1]])[:, 0]))
    m_moved = np.median(logit(moved.get("random").accuracy([8 * n[-1]])[:, 0]))
    assert m_moved - m_plain == pytest.approx(shift, abs=0.03)


def test_an_svm_that_states_another_kernel_than_the_rbf_takes_no_layer(layers50):
    """Round 41's K: the SVM shift was fitted on RBF SVCs and hurt a linear and a cubic kernel."""
    for name in ("svc_rbf", "SVC", "sklearn.svm.SVC", "svc_rbf_c10", "knn", "logreg_linear_model"):
        assert takes_family_layer(name), name
    for name in ("svc_poly", "svc_linear", "SVC(kernel='sigmoid')", "LinearSVC", "svm_precomputed"):
        assert not takes_family_layer(name), name
    rows = pd.DataFrame({"strategy": ["random"] * 2, "n_labels": [10, 20], "accuracy": [0.5, 0.6]})
    assert layer_family(rows) is None                                               # no model column
    assert layer_family(rows.assign(model="svc_rbf")) == "SVM"
    assert layer_family(rows.assign(model="svc_poly")) is None
    assert table_family(rows.assign(model="svc_poly")) == "SVM"                     # still read as an SVM
    assert layer_family(rows.assign(model=["SVC", "svc_linear"])) is None           # one of them states it
    assert layer_family(rows.assign(model="knn")) == "kNN"
    assert family_note(rows.assign(model="svc_poly")) == ""
    assert "family SVM" in family_note(rows.assign(model="SVC"))


def test_the_draws_of_a_polynomial_kernel_svm_are_the_unshifted_ones(layers50):
    n, curves = rising_curves(5)
    plain = draw_table(curves.assign(model="my_model"), n_draws=301, seed=0)
    poly = draw_table(curves.assign(model="svc_poly"), n_draws=301, seed=0)
    rbf = draw_table(curves.assign(model="svc_rbf"), n_draws=301, seed=0)
    assert poly.family is None and rbf.family == "SVM"
    far = [8 * n[-1]]
    np.testing.assert_allclose(poly.get("random").accuracy(far), plain.get("random").accuracy(far))
    assert np.median(rbf.get("random").accuracy(far)) > np.median(plain.get("random").accuracy(far))


def test_round_50s_layer_leaves_the_linear_models_unshifted(layers50):
    """Round 43: the linear shift read the plateau lower and made labels read "unreachable" more often."""
    assert "linear" not in dr.load_family_layer()
    assert family_note(pd.DataFrame({"model": ["logreg_c0.1"]})) == ""
    assert "family kNN" in family_note(pd.DataFrame({"model": ["knn"]}))
