"""The page's model choice: the presets for proxy data and for uploaded labeled data, never an import path.

AppTest, tiny simulation settings (ALPLAN_APP_QUICK=1) and a temporary results database per module.
"""

from __future__ import annotations

import numpy as np

from apptest_helpers import app_env, labeled_data, parquet, run, shown  # noqa: F401  (app_env: its fixture)

PRESETS = ("forest", "boosting", "knn")
REFUSED = {"badge", "egl", "bald", "mc_entropy", "adversarial"}


def _labeled(n: int = 300) -> bytes:
    return parquet(labeled_data(np.random.default_rng(0), n))


def test_the_default_stays_logreg_on_digits_and_the_presets_are_offered():
    at = run()
    model = at.selectbox(key="sim_model")
    assert model.value == "logreg" and at.selectbox(key="sim_dataset").value == "digits"
    assert set(PRESETS) <= set(model.options)
    assert not any(o.startswith("sklearn:") for o in model.options)
    assert not [t for t in at.text_input if "model" in (t.key or "").lower()]  # no free-text import path


def test_a_preset_on_proxy_data_hides_what_it_cannot_serve_and_simulates():
    at = run()
    at.selectbox(key="sim_model").set_value("forest")
    at.number_input(key="sim_rounds").set_value(2)
    run(at)
    offered = set(at.multiselect(key="sim_strategies").options)
    assert not offered & REFUSED and {"random", "margin", "typiclust", "coreset"} <= offered
    note = next(shown(c.value) for c in at.caption if shown(c.value).startswith("Not offered with forest"))
    assert "badge" in note and "adversarial" in note
    assert not at.error, [e.value for e in at.error]


def test_a_preset_simulates_uploaded_labeled_data():
    at = run()
    at.radio(key="source").set_value("Upload labeled pilot data")
    run(at)
    assert set(PRESETS) <= set(at.selectbox(key="sim_model").options)
    at.selectbox(key="sim_model").set_value("knn")
    at.file_uploader(key="data_file").upload("pilot.parquet", _labeled(), "application/octet-stream")
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert not set(at.multiselect(key="sim_strategies").options) & REFUSED
    assert any(shown(c.value).startswith("Pool: the ") and "rows of pilot.parquet" in shown(c.value)
               for c in at.caption)  # the uploaded file was simulated with knn
