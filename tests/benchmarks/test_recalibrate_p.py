"""benchmarks/forecast/recalibrate_p.py: the calibration of P(AL cheaper), fitted on saved decision rows."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import loaded_script
from scipy.special import expit

from planner.decide.verdict import share_logit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rp():
    yield from loaded_script(ROOT / "benchmarks" / "forecast" / "recalibrate_p.py", "recalibrate_p_under_test")


def _saved(path: Path, part: str, a: float, b: float, n=6000, seed=0, old=False):
    """Decision rows whose outcomes follow expit(a + b logit(share)); ``old``: the share under p_al_cheaper."""
    rng = np.random.default_rng(seed)
    share = np.round(rng.beta(0.6, 0.6, n) * 400) / 400
    y = (rng.random(n) < expit(a + b * share_logit(share, 400))).astype(float)
    rows = [{"refused": None, "al_truly_cheaper": float(v), "pilot_frac": 0.125 if i % 2 else 0.25,
             "n_draws": 400, **({"p_al_cheaper": float(s)} if old else
                                {"share_al_cheaper": float(s), "p_al_cheaper": float("nan")})}
            for i, (s, v) in enumerate(zip(share, y))]
    rows.append({"refused": "falls", "al_truly_cheaper": 1.0, "pilot_frac": 0.25, "p_al_cheaper": None})
    path.write_text(json.dumps({"part": part, "rows": rows}))
    return path


def test_the_fit_recovers_a_known_map_and_writes_it(rp, tmp_path, capsys):
    cal = _saved(tmp_path / "cal.json", "calibration", -0.3, 1.6)
    sel = _saved(tmp_path / "sel.json", "selection", -0.3, 1.6, seed=1, old=True)   # a pre-round-11 file
    out = tmp_path / "p.csv"
    assert rp.main([str(cal), "--check", str(sel), "--out", str(out)]) == 0
    row = pd.read_csv(out).iloc[0]
    assert row["a"] == pytest.approx(-0.3, abs=0.12) and row["b"] == pytest.approx(1.6, abs=0.12)
    assert row["cases"] == 6000   # the refused row is left out
    text = capsys.readouterr().out
    assert text.count("| 1/8 | calibrated |") == 2 and text.count("| 1/4 | share of draws |") == 2


def test_calibrated_probabilities_are_better_where_the_share_is_too_timid(rp, tmp_path):
    c = rp.cases(_saved(tmp_path / "cal.json", "calibration", 0.0, 1.8), "calibration")
    a, b = rp.fit(c)
    y = c["y"].to_numpy(float)
    raw = rp.scored(c["share"].to_numpy(float), y)
    cal = rp.scored(rp.calibrated_p(c["share"].to_numpy(float), 400, (a, b)), y)
    assert cal[0] < raw[0] and cal[1] < raw[1]   # Brier and the worst bin


def test_only_the_calibration_part_is_fitted_on(rp, tmp_path, capsys):
    sel = _saved(tmp_path / "sel.json", "selection", 0.0, 1.0)
    assert rp.main([str(sel), "--out", str(tmp_path / "p.csv")]) == 2
    assert "calibration" in capsys.readouterr().err and not (tmp_path / "p.csv").exists()
