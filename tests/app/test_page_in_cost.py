"""Deciding in annotation cost on the page: offered where the curves carry an annotation_cost column, and priced as
``alplan plan --in-cost`` prices it (the same chance as the CLI on the same table and inputs), with the line that
says what each strategy's labels were priced at."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from apptest_helpers import app_env, run, shown  # noqa: F401  (app_env: the module's fixture)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "decide"))
from test_verdict_cases import digits_like  # noqa: E402

from planner.cli import main  # noqa: E402

INPUTS = {"target": 0.95, "label_price": 2.0, "engineering_days": 1.0, "compute_per_round": 0.1}


def costed() -> bytes:
    """digits_like's curves with each run's cumulative seconds: the random initial set at 3 s a label, then random's
    labels at 3 s and margin's picks at 5 s, a little more on later seeds."""
    curves = digits_like()
    seed = curves["seed"].to_numpy()
    per = np.where(curves["strategy"] == "margin", 5.0, 3.0) + 0.2 * seed
    curves["annotation_cost"] = 20 * 3.0 + (curves["n_labels"] - 20) * per
    return curves.to_csv(index=False).encode()


def _page(table: bytes, in_cost: bool | None):
    at = run()
    at.radio(key="source").set_value("Upload a pilot learning curve")
    run(at)
    at.file_uploader(key="curve_file").upload("curves.csv", table, "text/csv")
    for key, value in INPUTS.items():
        at.number_input(key=key).set_value(value)
    run(at)
    if in_cost is not None:
        at.checkbox(key="in_cost").set_value(in_cost)
        run(at)
    return at


def _cli(tmp_path, capsys, in_cost: bool) -> dict:
    path = tmp_path / "curves.csv"
    path.write_bytes(costed())
    args = [str(path), "--target", "0.95", "--label-price", "2", "--engineering-days", "1", "--compute-per-round",
            "0.1", "--json"] + (["--in-cost"] if in_cost else [])
    capsys.readouterr()
    assert main(["plan", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _chance(at) -> str:
    return next(shown(m.value) for m in at.metric if shown(m.label) == "P(AL cheaper)")


def test_the_page_decides_in_cost_as_the_cli_does(tmp_path, capsys):
    at = _page(costed(), True)
    assert not at.error, [e.value for e in at.error]
    out = _cli(tmp_path, capsys, True)
    assert _chance(at) == f"{100 * out['probability_al_cheaper']:.0f}%"
    said = [shown(c.value) for c in at.caption]
    assert any(line.startswith("Priced in annotation cost: random's labels cost") for line in said), said
    # in labels the same table gives the CLI's chance in labels, and margin's dearer picks lower it
    at = _page(costed(), False)
    labels = _cli(tmp_path, capsys, False)
    assert _chance(at) == f"{100 * labels['probability_al_cheaper']:.0f}%"
    assert out["probability_al_cheaper"] < labels["probability_al_cheaper"]


def test_a_table_without_costs_offers_no_choice():
    at = _page(digits_like().to_csv(index=False).encode(), None)
    assert not at.error and not [c for c in at.checkbox if c.key == "in_cost"]


def test_the_report_says_what_each_strategys_labels_were_priced_at(tmp_path):
    import io
    from types import SimpleNamespace

    import pandas as pd

    from planner.decide.costs import Scenario
    from planner.decide.inputs import priced_in_cost
    from planner.decision import decide
    from planner.present.page_lines import priced_lines
    from planner.present.report import render_report

    curves = pd.read_csv(io.BytesIO(costed()))
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
    import io

    import pandas as pd

    curves = pd.read_csv(io.BytesIO(costed()))
    curves["annotation_cost"] = curves["annotation_cost"].map(lambda c: f"{c:g}s")
    at = _page(curves.to_csv(index=False).encode(), True)
    said = [shown(e.value) for e in at.error]
    assert len(said) == 1, said
    assert "not a number" in said[0] and 'untick "Decide in annotation cost"' in said[0]
    assert "--in-cost" not in said[0]
