"""Learner names read (planner.forecast.learners): a name's family, and which of a table's models are neural."""

import pandas as pd
import pytest

from planner.forecast.learners import learner_family, neural_models


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


def test_the_neural_models_of_a_table_are_named_sorted_and_none_without_the_column():
    rows = pd.DataFrame({"strategy": ["random"] * 4, "n_labels": [10, 20, 10, 20], "accuracy": [0.5, 0.6, 0.5, 0.6]})
    assert neural_models(rows) == []
    assert neural_models(rows.assign(model=["mlp", "cnn", "logreg", "mlp"])) == ["cnn", "mlp"]
    assert neural_models(rows.assign(model="knn")) == []
