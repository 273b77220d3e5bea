"""The page's metric beside the target: it offers only the scores the curves have, and the verdict and its
sentence are stated in the one chosen."""

from __future__ import annotations

import numpy as np

from apptest_helpers import app_env, no_error, run, sentence, upload  # noqa: F401  (app_env: the module's fixture)
from tests.planner.test_metric import imbalanced_curves


def test_the_proxy_offers_the_scores_it_recorded():
    at = run()
    offered = at.selectbox(key="metric").options
    assert offered[0] == "accuracy" and "macro_f1" in offered and "balanced_accuracy" in offered
    assert "minority_recall" not in offered  # digits has ten classes: no minority recall
    assert "pool_confidence" not in offered and "n_labels" not in offered


def test_an_imbalanced_pilot_is_planned_on_macro_f1():
    at = upload(None, "imbalanced.csv", imbalanced_curves(np.random.default_rng(0)).assign(my_score=0.5))
    assert at.selectbox(key="metric").options == ["accuracy", "macro_f1", "balanced_accuracy", "minority_recall",
                                                 "my_score"]
    assert at.selectbox(key="metric").value == "accuracy"
    at.number_input(key="target").set_value(0.78)
    at.selectbox(key="metric").set_value("macro_f1")
    no_error(run(at))
    assert "78% macro F1" in sentence(at)
    assert any("fitted on accuracy curves alone" in c.value for c in at.caption)


def test_switching_the_metric_keeps_the_proxys_pool_and_its_whole_pool_score():
    at = run()
    pool_line = [c.value for c in at.caption if "Pool in use" in c.value]
    assert pool_line and "no limit" not in pool_line[0]
    at.selectbox(key="metric").set_value("macro_f1")
    no_error(run(at))
    assert [c.value for c in at.caption if "Pool in use" in c.value] == pool_line   # the same pool
    ceiling = [t for t in (c.value for c in at.caption) if "whole pool of" in t] + \
        [m.value for m in at.markdown if "whole pool of" in m.value]
    assert any("macro F1" in t for t in ceiling), ceiling   # the pool's score on the metric planned on
