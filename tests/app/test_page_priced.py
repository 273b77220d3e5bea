"""The page prices AL's labels as ``alplan plan`` does: its AL label premium as ``--al-label-premium`` (the same
chance as the CLI on the same curves; dearer AL labels never raise the chance that AL is cheaper), and deciding in
annotation cost, offered where the curves carry an annotation_cost column, as ``--in-cost`` (the same chance, with
the line that says what each strategy's labels were priced at)."""

from __future__ import annotations

import io
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from apptest_helpers import app_env, captions, no_error, one_error, run, shown, upload  # noqa: F401  (app_env)
from planner.decide.costs import Scenario
from planner.decide.inputs import priced_in_cost
from planner.decision import decide
from planner.present.page_lines import priced_lines
from planner.present.report import render_report
from tests.builders import csv_file
from tests.planner.decide.test_verdict_cases import digits_like

INPUTS = {"target": 0.95, "label_price": 2.0, "engineering_days": 1.0, "compute_per_round": 0.1}
FLAGS = ["--target", "0.95", "--label-price", "2", "--engineering-days", "1", "--compute-per-round", "0.1"]


def costed() -> pd.DataFrame:
    """digits_like's curves with each run's cumulative seconds: the random initial set at 3 s a label, then random's
    labels at 3 s and margin's picks at 5 s, a little more on later seeds."""
    curves = digits_like()
    per = np.where(curves["strategy"] == "margin", 5.0, 3.0) + 0.2 * curves["seed"].to_numpy()
    curves["annotation_cost"] = 20 * 3.0 + (curves["n_labels"] - 20) * per
    return pd.read_csv(io.BytesIO(curves.to_csv(index=False).encode()))   # as the page and the CLI read it


def page(table: pd.DataFrame, *, in_cost: bool | None = None, **inputs):
    at = upload(None, "curves.csv", table, **INPUTS, **inputs)
    if in_cost is not None:
        at.checkbox(key="in_cost").set_value(in_cost)
        run(at)
    return at


def cli_chance(cli, tmp_path, table: pd.DataFrame, *flags) -> float:
    path = csv_file(tmp_path, table)
    return cli.json("plan", path, *FLAGS, *flags)["probability_al_cheaper"]


def chance(at) -> str:
    return next(shown(m.value) for m in at.metric if shown(m.label) == "P(AL cheaper)")


@pytest.mark.parametrize("premium", [1.0, 1.6])
def test_the_page_prices_the_premium_as_the_cli_does(tmp_path, cli, premium):
    at = no_error(page(digits_like(), al_label_premium=premium))
    flags = ["--al-label-premium", str(premium)] if premium != 1.0 else []
    assert chance(at) == f"{100 * cli_chance(cli, tmp_path, digits_like(), *flags):.0f}%"


def test_dearer_al_labels_never_raise_the_chance():
    chances = [float(chance(page(digits_like(), al_label_premium=p)).rstrip("%")) for p in (1.0, 1.5, 3.0)]
    assert chances == sorted(chances, reverse=True) and chances[0] > chances[-1], chances


def test_the_page_decides_in_cost_as_the_cli_does(tmp_path, cli):
    at = no_error(page(costed(), in_cost=True))
    in_cost = cli_chance(cli, tmp_path, costed(), "--in-cost")
    assert chance(at) == f"{100 * in_cost:.0f}%"
    said = captions(at)
    assert any(line.startswith("Priced in annotation cost: random's labels cost") for line in said), said
    # in labels the same table gives the CLI's chance in labels, and margin's dearer picks lower it
    labels = cli_chance(cli, tmp_path, costed())
    assert chance(page(costed(), in_cost=False)) == f"{100 * labels:.0f}%"
    assert in_cost < labels


def test_a_table_without_costs_offers_no_choice():
    at = page(digits_like())
    assert not at.error and not [c for c in at.checkbox if c.key == "in_cost"]


def test_the_report_says_what_each_strategys_labels_were_priced_at():
    curves = costed()
    scenario = Scenario(label_price=2.0, engineering_days=1.0, compute_per_round=0.1)
    in_cost, priced = priced_in_cost(scenario, curves)
    d = decide(curves, in_cost, 0.95)
    assert priced_lines(d, SimpleNamespace(in_cost=None)) == []
    line, = priced_lines(d, SimpleNamespace(in_cost=priced))
    assert line.startswith("Priced in annotation cost: random's labels cost")
    html = render_report(curves, in_cost, d, notes=priced_lines(d, SimpleNamespace(in_cost=priced)))
    assert html.count("Priced in annotation cost: random&#x27;s labels cost") == 1


def test_a_table_the_page_cannot_price_names_the_pages_own_control():
    """A cost the page cannot read ('12.3s') is refused in one line that names the page's box, not a CLI flag."""
    curves = costed()
    curves["annotation_cost"] = curves["annotation_cost"].map(lambda c: f"{c:g}s")
    said = one_error(page(curves, in_cost=True))
    assert "not a number" in said and 'untick "Decide in annotation cost"' in said
    assert "--in-cost" not in said
