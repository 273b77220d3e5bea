"""The page's AL label premium prices AL's picked labels as ``alplan plan --al-label-premium`` does: the same
chance, pick and savings as the CLI on the same curves, and dearer AL labels never raise the chance that AL is
cheaper."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from apptest_helpers import app_env, run, shown  # noqa: F401  (app_env: the module's fixture)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "decide"))
from test_verdict_cases import digits_like  # noqa: E402

from planner.cli import main  # noqa: E402


def _page(premium: float):
    at = run()
    at.radio(key="source").set_value("Upload a pilot learning curve")
    run(at)
    at.file_uploader(key="curve_file").upload("curves.csv", digits_like().to_csv(index=False).encode(), "text/csv")
    for key, value in {"target": 0.95, "label_price": 2.0, "engineering_days": 1.0, "compute_per_round": 0.1,
                       "al_label_premium": premium}.items():
        at.number_input(key=key).set_value(value)
    return run(at)


def _cli(tmp_path, premium: float, capsys) -> dict:
    path = tmp_path / "curves.csv"
    digits_like().to_csv(path, index=False)
    args = [str(path), "--target", "0.95", "--label-price", "2", "--engineering-days", "1",
            "--compute-per-round", "0.1", "--json"]
    if premium != 1.0:
        args += ["--al-label-premium", str(premium)]
    capsys.readouterr()
    assert main(["plan", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _chance(at) -> str:
    return next(shown(m.value) for m in at.metric if shown(m.label) == "P(AL cheaper)")


@pytest.mark.parametrize("premium", [1.0, 1.6])
def test_the_page_prices_the_premium_as_the_cli_does(tmp_path, capsys, premium):
    at = _page(premium)
    assert not at.error, [e.value for e in at.error]
    out = _cli(tmp_path, premium, capsys)
    assert _chance(at) == f"{100 * out['probability_al_cheaper']:.0f}%"


def test_dearer_al_labels_never_raise_the_chance():
    chances = [float(_chance(_page(p)).rstrip("%")) for p in (1.0, 1.5, 3.0)]
    assert chances == sorted(chances, reverse=True) and chances[0] > chances[-1], chances
