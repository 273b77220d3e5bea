"""benchmarks/forecast/paired_readings.py: two forecasts' rows on the same sets, side by side."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import paired_readings as pr  # noqa: E402


def rows(bias: dict, seed=0, keys=("skl:a", "skl:b", "skl:c")):
    """Accuracy and labels rows of two learners over three sets; each learner's median off by ``bias``."""
    rng = np.random.default_rng(seed)
    acc, lab = [], []
    for k in keys:
        for learner, b in bias.items():
            for c in range(4):
                case = f"{k}/{learner}/{c}"
                for n, ratio in ((100, 2.0), (400, 8.0)):
                    truth = 0.8 + rng.normal(0, 0.01)
                    acc.append({"key": k, "learner": learner, "case_id": case, "prefix_kind": "frac8", "n": n,
                                "ratio": ratio, "truth": truth, "err": b, "abs_err": abs(b),
                                "covered": abs(b) < 0.02})
                lab.append({"key": k, "learner": learner, "case_id": case, "prefix_kind": "frac8",
                            "within2x": abs(b) < 0.02, "truth_finite": True, "wrong_unreach": b < -0.02})
                # a target the truth never reaches: not a wrong "unreachable", whatever its flag says
                lab.append({"key": k, "learner": learner, "case_id": case, "prefix_kind": "frac8",
                            "within2x": abs(b) < 0.02, "truth_finite": False, "wrong_unreach": True})
    return pd.DataFrame(acc), pd.DataFrame(lab)


def test_the_words_follow_round_40s_plan():
    assert pr.verdict(-0.05, -0.01) == "holds"
    assert pr.verdict(0.01, 0.014) == "neither"          # larger by at most 0.005
    assert pr.verdict(0.035, 0.060) == "hurts"


def test_per_learner_lines_and_the_paired_8x_differences():
    sides = {"before": rows({"knn": -0.05, "mlp_small": 0.0}), "after": rows({"knn": -0.005, "mlp_small": 0.03})}
    table = pr.by_learner(sides)
    knn = next(line for line in table if line.startswith("| knn (kNN)"))
    assert "-0.0500 -> -0.0050" in knn and knn.endswith("| holds |")
    mlp = next(line for line in table if line.startswith("| mlp_small (neural)"))
    assert mlp.endswith("| hurts |")
    assert table[-1].startswith("| every learner but the MLP |")   # k-NN's alone here
    lines = pr.paired_8x(sides, resamples=50)
    # k-NN's error falls 0.045, the MLP's grows 0.03: the median over the rows moves; within 2x is 0.5 both sides
    assert lines[1].startswith("- labels within 2x: +0.0000 on all 3 sets")
    assert lines[2].startswith("- wrongly unreachable: -0.5000 on all 3 sets")   # k-NN's flags gone


def test_two_tags_of_different_sets_are_refused(monkeypatch):
    a, b = rows({"knn": 0.0}), rows({"knn": 0.0}, keys=("skl:x", "skl:y", "skl:z"))
    got = iter([a[0], a[1], b[0], b[1]])
    monkeypatch.setattr(pr, "pooled_rows", lambda *args: next(got))
    with pytest.raises(SystemExit, match="different data sets"):
        pr.main(["--before", "one", "--after", "two"])
    with pytest.raises(SystemExit, match="--resample"):
        pr.main(["--before", "one", "--after", "two", "--resample", "0"])
