"""A campaign's curve.csv uploaded to the page: its margin row carries the test split's noise, as `alplan fit` does.

The curve of one margin campaign (one run, 449 test labels) that crossed 93.5% between 120 and 140 labels and
measured 0.933 again at 160: the page's 80% range is `alplan fit`'s on the same file, and more than one count.
"""

from __future__ import annotations

import json

import pandas as pd

from apptest_helpers import app_env, run  # noqa: F401  (app_env: the module's fixture)
from planner.cli import main

ACCURACY = [0.584, 0.826, 0.906, 0.904, 0.911, 0.933, 0.940, 0.933, 0.944, 0.949]


def campaign_curve() -> pd.DataFrame:
    return pd.DataFrame({"dataset": "pool.csv", "model": "logreg", "strategy": "margin", "seed": 0, "batch_size": 20,
                         "label_noise": 0.0, "round": range(10), "n_labels": [20 * (r + 1) for r in range(10)],
                         "accuracy": ACCURACY, "test_size": 449})


def test_the_pages_range_is_the_clis_on_a_campaigns_curve(tmp_path, capsys):
    path = tmp_path / "curve.csv"
    campaign_curve().to_csv(path, index=False)
    assert main(["fit", str(path), "--target", "0.935", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)["strategies"][0]
    at = run()
    at.radio(key="source").set_value("Upload a pilot learning curve")
    run(at)
    at.number_input(key="target").set_value(0.935)
    at.file_uploader(key="curve_file").upload("curve.csv", path.read_bytes(), "text/csv")
    run(at)
    at.checkbox(key="use_transfer").uncheck()   # the campaign's own curve alone, as `fit` reads it
    run(at)
    assert not at.error, [e.value for e in at.error]
    row = next(d.value for d in at.dataframe if "total_cost" in d.value.columns).set_index("strategy").loc["margin"]
    assert (row["labels"], row["labels_low"], row["labels_high"]) == (cli["labels"], cli["labels_low"],
                                                                      cli["labels_high"])
    assert row["labels_low"] < row["labels_high"]   # the noise of 449 test labels, not "180 to 180"
