"""benchmarks/forecast/family_drop.py: a candidate's rows composed per learner from two stored runs, and round 42's
rule."""

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "forecast"))

import family_drop as fd  # noqa: E402

LEARNERS = {"logreg_c0.1": "linear", "gnb": "NB", "knn": "kNN", "svc_poly": "SVM"}


def runs(unreach_shipped: float, unreach_before: float):
    """A shipped run and a no-layer run of the same two sets: every learner's 8x labels wrongly "unreachable" at the
    given share (of 10 targets), its accuracy covered, so each composed row tells which run it came from."""
    def one(unreach, tag):
        acc, lab = [], []
        for key in ("skl:a", "skl:b"):
            for learner, fam in LEARNERS.items():
                case = f"{key}|{learner}"
                for stratum in ("<=2x", "2-4x", "4-8x", "8-16x"):
                    acc.append({"key": key, "learner": learner, "family": fam, "case_id": case, "source": "skl",
                                "prefix_kind": "frac8", "n": 100, "abs_err": 0.01, "covered": True,
                                "stratum_ratio": stratum, "regime": "rising", "single_run": "single run",
                                "run": tag})
                for i in range(10):
                    lab.append({"key": key, "learner": learner, "family": fam, "case_id": case, "source": "skl",
                                "prefix_kind": "frac8", "truth_finite": True, "within2x": True,
                                "wrong_unreach": i < round(10 * unreach), "run": tag})
        return pd.DataFrame(acc), pd.DataFrame(lab)
    return one(unreach_shipped, "shipped"), one(unreach_before, "before")


def test_a_dropped_family_reads_the_no_layer_run_and_an_svm_stating_another_kernel_does_too():
    (sa, sl), (ba, bl) = runs(0.3, 0.1)
    k = fd.compose(sa, ba, ())
    assert dict(zip(k["learner"], k["run"])) == {"logreg_c0.1": "shipped", "gnb": "shipped", "knn": "shipped",
                                                  "svc_poly": "before"}              # K's kernel rule
    n1 = fd.compose(sa, ba, ("linear",))
    assert dict(zip(n1["learner"], n1["run"]))["logreg_c0.1"] == "before"
    assert dict(zip(n1["learner"], n1["run"]))["gnb"] == "shipped"
    assert len(n1) == len(sa) and not n1.duplicated(["case_id", "stratum_ratio"]).any()
    n2 = fd.compose(sl, bl, ("linear", "NB"))
    assert set(n2.loc[n2["run"] == "before", "learner"]) == {"logreg_c0.1", "gnb", "svc_poly"}
    with pytest.raises(ValueError, match="different data sets"):
        fd.compose(sa, ba[ba["key"] == "skl:a"], ())


def test_the_scores_read_the_composed_rows(monkeypatch):
    monkeypatch.setattr(fd, "MIN_LEARNER_ROWS", 8)                   # each learner here: 2 sets x 4 rows
    (sa, sl), (ba, bl) = runs(0.3, 0.1)
    k = fd.score(fd.compose(sa, ba, ()), fd.compose(sl, bl, ()))
    n2 = fd.score(fd.compose(sa, ba, ("linear", "NB")), fd.compose(sl, bl, ("linear", "NB")))
    assert k["unreach"] == pytest.approx((3 * 0.3 + 0.1) / 4)        # three learners shipped, svc_poly before
    assert n2["unreach"] == pytest.approx((0.3 + 3 * 0.1) / 4)
    assert n2["families"]["linear"][2] == pytest.approx(0.1) and k["families"]["linear"][2] == pytest.approx(0.3)
    assert k["in_band"] == 0                                          # every row covered: 1.0, out of the band
    assert {c for c in k["cells"] if c.startswith("learner=")} == {f"learner={m}" for m in LEARNERS}
    small = fd.score(fd.compose(sa, ba, ()).head(30), fd.compose(sl, bl, ()))
    assert {c for c in small["cells"] if c.startswith("learner=")} == {"learner=logreg_c0.1", "learner=gnb",
                                                                       "learner=knn"}   # svc_poly: under 8 rows


def s(unreach, within=0.55, mae=0.03, band=15):
    return {"unreach": unreach, "within2x": within, "mae8": mae, "in_band": band}


def test_round_42s_rule():
    assert fd.choose({"K": s(0.12), "N1": s(0.116), "N2": s(0.110)}) == "N2"
    assert fd.choose({"K": s(0.12), "N1": s(0.112), "N2": s(0.110)}) == "N1"      # within 0.002: the smaller change
    assert fd.choose({"K": s(0.12), "N1": s(0.117), "N2": s(0.116)}) == "K"       # under 0.005 lower
    assert fd.choose({"K": s(0.12), "N1": s(0.10, within=0.54), "N2": s(0.10, mae=0.032)}) == "K"
    assert fd.choose({"K": s(0.12), "N1": s(0.10, band=14), "N2": s(0.11)}) == "N2"   # N1 loses a cell


def test_a_pair_is_written_part_tag_twice(capsys):
    assert fd._pair("report:s49-report=report:s49L0-report") == (("report", "s49-report"), ("report", "s49L0-report"))
    with pytest.raises(SystemExit):
        fd.main(["--pair", "s49-report"])
    assert "PART:TAG=PART:TAG" in capsys.readouterr().err


def s43(unreach, within=0.55, mae=0.030, cells=None):
    base = {"stratum_ratio=<=2x": 0.8, "regime=rising": 0.8, "learner=logreg_c0.1": 0.8, "learner=logreg_c10": 0.8,
            "learner=mlp_small": 0.8, "learner=logreg_l1": 0.7}                 # logreg_l1: not an issue learner
    return {"unreach": unreach, "within2x": within, "mae8_exact": mae, "cells": base | (cells or {})}


def test_round_43s_rule_reads_the_issues_strata_and_learners_only():
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100)}) == "N1"
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.107)}) == "K"                       # under 0.005 lower
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100, within=0.544)}) == "K"
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100, mae=0.0312)}) == "K"           # 0.0012 higher
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100, mae=0.0309)}) == "N1"
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100, cells={"learner=logreg_c10": 0.74})}) == "K"
    assert fd.choose43({"K": s43(0.111), "N1": s43(0.100, cells={"regime=rising": 0.89})}) == "K"


def test_the_unrounded_error_is_the_median_at_the_largest_count(monkeypatch):
    monkeypatch.setattr(fd, "MIN_LEARNER_ROWS", 8)
    (sa, sl), (ba, bl) = runs(0.3, 0.1)
    sa["abs_err"] = 0.01234                                          # 24 of the 32 composed rows
    k = fd.score(fd.compose(sa, ba, ()), fd.compose(sl, bl, ()))
    assert k["mae8_exact"] == pytest.approx(0.01234) and k["mae8"] == pytest.approx(0.012)
