"""`alplan plan` on a real margin campaign's curve.csv near its crossing: a range with the test split's noise.

A campaign of sklearn's digits, labeled with their true labels: margin picks, 200 training labels in hand, every
round scored on the 449 test labels. Its curve crosses a target between two rounds and dips below it at a later
one, as one run on 449 test labels does. The answer says the target is reached with the labels in hand, and its
80% range spans the counts measured within the test split's noise of the target.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from campaign_fixtures import run_campaign
from sklearn.datasets import load_digits

from planner.cli import main
from planner.campaign import steps
from planner.campaign.state import CURVE


def digits_campaign(folder):
    """A margin campaign of 10 rounds of 20 labels on the digits (its pool.csv without labels), measured."""
    X, y = load_digits(return_X_y=True)
    ids = [f"d{i:04d}" for i in range(len(y))]
    pool = pd.DataFrame(X, columns=[f"p{i}" for i in range(X.shape[1])])
    pool.insert(0, "id", ids)
    pool.to_csv(folder / "pool.csv", index=False)
    camp = folder / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(folder / "pool.csv"), "--strategy", "margin"]) == 0
    run_campaign(camp, pd.DataFrame({"id": ids, "label": y}), 9, folder)
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


def margin_row(text: str) -> tuple[str, str]:
    """(labels to target, 80% range) of the margin row of `alplan plan`'s table."""
    line = next(line for line in text.splitlines() if line.startswith("margin"))
    cells = re.split(r"\s{2,}", line.strip())
    return cells[1], cells[2]


def test_plan_on_a_campaigns_curve_near_its_crossing_shows_the_test_noise(tmp_path, capsys):
    camp = digits_campaign(tmp_path)
    capsys.readouterr()
    curve = pd.read_csv(camp / CURVE)
    assert set(curve["test_size"]) == {449}   # the curve says what it was measured on
    assert set(curve["n_classes"]) == {10}    # and the task's classes, which the page reads
    a = curve["accuracy"].to_numpy()
    dips = [j for j in range(3, a.size - 1) if a[j] < a[j - 1]]
    assert dips, a                            # measured on 449 test labels, one run's curve is not monotone
    target = round(float(a[dips[-1]]) + 0.002, 4)   # crossed before that dip, measured below it there
    assert a[-1] > target and a[:dips[-1]].max() > target
    assert main(["plan", str(camp / CURVE), "--target", str(target), "--label-price", "1"]) == 0
    out = capsys.readouterr().out
    labels, span = margin_row(out)
    low, high = (int(x.replace(",", "")) for x in span.split(" to "))
    assert labels == "200 (in hand)", out      # 200 training labels in hand: reached with them
    assert "with the labels in hand (~200)" in out
    crossed = curve["n_labels"].to_numpy()[np.argmax(a > target)]
    assert low <= crossed < 200 <= high, out  # the range spans the noisy crossing, not "200 to 200"
