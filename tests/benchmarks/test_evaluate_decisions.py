"""benchmarks/forecast/evaluate_decisions.py: truth costs, scores, and a small end-to-end run."""

import contextlib
import io
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from forecast_fakes import decisions_truth, loaded_script, named_in

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "benchmarks" / "forecast" / "evaluate_decisions.py"


@pytest.fixture(scope="module")
def ev():
    yield from loaded_script(EVAL, "evaluate_decisions_under_test")


def test_first_crossing_is_the_first_measured_count_at_or_above(ev):
    curve = pd.Series([0.5, 0.7, 0.69, 0.8], index=[20, 40, 60, 80])
    assert ev.first_crossing(curve, 0.69) == 40
    assert ev.first_crossing(curve, 0.8) == 80
    assert ev.first_crossing(curve, 0.81) == math.inf


@pytest.fixture(scope="module")
def scored_run(ev, tmp_path_factory):
    """``copy(variant, to)``: the script's run on the synthetic truth, made once a module and copied into ``to``;
    returns what the run printed. ``full``: both parts, the constants read on the calibration part; ``alone``: the
    selection part alone, ``--constants scored``."""
    made: dict[str, tuple[Path, str]] = {}

    def copy(variant: str, to: Path) -> str:
        if variant not in made:
            out, table, flags = tmp_path_factory.mktemp(variant), decisions_truth(ev), []
            if variant == "alone":
                table, flags = table[table["part"] == "selection"], ["--constants", "scored"]
            table.to_parquet(out / "sk_truth.parquet")
            with contextlib.redirect_stdout(io.StringIO()) as printed:
                assert ev.main(["--truth", str(out / "sk_truth.parquet"), "--out-dir", str(out), *flags]) == 0
            made[variant] = out, printed.getvalue()
        shutil.copytree(made[variant][0], to, dirs_exist_ok=True)
        return made[variant][1]

    return copy


def test_end_to_end_on_a_synthetic_truth(ev, tmp_path, scored_run):
    printed = scored_run("full", tmp_path)
    scored = named_in(ev, "selection")
    md = (tmp_path / "decisions_selection.md").read_text()
    assert md == printed.rstrip("\n") + "\n"
    assert "| all | 1/8 |" in md and "| all | 1/4 |" in md and "regret <= 0.6 x always-random" in md
    data = json.loads((tmp_path / "decisions_selection.json").read_text())
    rows = data["rows"]
    assert {r["dataset"] for r in rows} == {scored} and len(rows) == 2 * 3 * 18
    assert data["naive_al"] == "margin" and 0 < data["base_rate"] < 1  # AL pays only where labels are dear
    for r in rows:
        assert r["regret_rec"] >= 0 and 0 <= r["p_al_cheaper"] <= 1
        assert r["true_labels"]["random"] <= 800  # every target is reachable by random within the budget
    # AL's edge (2x fewer labels) pays at $5 a label with no engineering: the verdict should mostly see it
    easy = [r for r in rows if r["label_price"] == 5.0 and r["engineering_days"] == 0]
    assert all(r["al_truly_cheaper"] == 1 for r in easy)
    dear = [r for r in rows if r["label_price"] == 0.05 and r["engineering_days"] == 10]
    assert all(r["al_truly_cheaper"] == 0 for r in dear)
    assert np.mean([r["recommendation"] == "margin" for r in easy]) > 0.5
    # every design of the rule is scored on the verdict's own draws; the shipped one is the verdict itself
    from planner.decide.rule import DESIGN, DESIGNS
    for r in rows:
        assert set(r["designs"]) == set(DESIGNS)
        assert r["designs"][DESIGN]["recommendation"] == r["recommendation"]
        assert r["designs"][DESIGN]["chance"] == pytest.approx(r["p_al_cheaper"], nan_ok=True)
        assert all(d["cost"] >= r["cheapest"] - 1e-9 for d in r["designs"].values())


def test_missing_truth_exits_2(ev, tmp_path, capsys):
    assert ev.main(["--truth", str(tmp_path / "nope.parquet")]) == 2
    assert "run benchmarks/forecast/sk_truth.py first" in capsys.readouterr().err


def test_stored_paths_reproduce_the_shipped_pick_and_a_reach_threshold_moves_it(ev, tmp_path, scored_run):
    scored_run("full", tmp_path)
    rows = json.loads((tmp_path / "decisions_selection.json").read_text())["rows"]
    for r in rows:
        assert set(r["paths"]) == {"random", "margin", "kcenter"}
        assert all(0 <= p["reach"] <= 1 and 0 <= p["cheapest"] <= 1 for p in r["paths"].values())
        assert ev.pick_at_reach(r["paths"], 0.5) == r["recommendation"]     # the shipped rule, re-applied
    # margin is the cheapest path in most draws but reaches in only 60% of them: eligible at 0.5, not at 0.7
    paths = {"random": {"reach": 1.0, "cheapest": 0.25, "pairwise": 0.0, "median_cost": 100.0, "capped_mean_cost": 100.0},
             "margin": {"reach": 0.6, "cheapest": 0.55, "pairwise": 0.55, "median_cost": 90.0, "capped_mean_cost": 90.0},
             "kcenter": {"reach": 0.9, "cheapest": 0.2, "pairwise": 0.3, "median_cost": 120.0, "capped_mean_cost": 95.0}}
    assert ev.pick_at_reach(paths, 0.5) == "margin"
    assert ev.pick_at_reach(paths, 0.7) == "kcenter"         # AL is still cheaper in 75%: the eligible AL path
    dear = {**paths, "random": {**paths["random"], "cheapest": 0.6}, "margin": {**paths["margin"], "cheapest": 0.35}}
    assert ev.pick_at_reach(dear, 0.7) == "random"           # AL cheaper in 40%: random at any threshold
    costly = {**paths, "kcenter": {**paths["kcenter"], "capped_mean_cost": 130.0}}
    assert ev.pick_at_reach(costly, 0.7) == "random"         # cheaper in 75% of the draws, dearer on average


def test_the_rule_prefers_margin_unless_another_al_strategy_is_clearly_cheapest_more_often(ev, tmp_path, capsys):
    """k-center cheapest in 50% of the draws, margin in 20%, random in 30%: AL is cheaper in 70%. Without margin's
    head start the AL path is k-center; with it margin (0.5 is not over 0.2 + 0.4). At 70% k-center is the AL path
    again."""
    paths = {"random": {"reach": 1.0, "cheapest": 0.3, "pairwise": None, "median_cost": 100.0, "capped_mean_cost": 100.0},
             "margin": {"reach": 0.9, "cheapest": 0.2, "pairwise": 0.5, "median_cost": 98.0, "capped_mean_cost": 98.0},
             "kcenter": {"reach": 0.9, "cheapest": 0.5, "pairwise": 0.6, "median_cost": 95.0, "capped_mean_cost": 95.0}}
    assert ev.pick_at_reach(paths, 0.5, preference=0.0) == "kcenter"
    assert ev.pick_at_reach(paths, 0.5) == "margin"
    far = {**paths, "random": {**paths["random"], "cheapest": 0.1}, "kcenter": {**paths["kcenter"], "cheapest": 0.7}}
    assert ev.pick_at_reach(far, 0.5) == "kcenter"
    near = {**far, "kcenter": {**far["kcenter"], "cheapest": 0.55}}   # margin the AL pick, and it beats random
    assert ev.pick_at_reach(near, 0.5) == "margin" and ev.pick_at_reach(near, 0.5, preference=0.0) == "kcenter"
    no_margin = {k: v for k, v in paths.items() if k != "margin"}   # without margin: no head start to give
    assert ev.pick_at_reach(no_margin, 0.5) == ev.pick_at_reach(no_margin, 0.5, preference=0.0) == "kcenter"


def test_pooled_runs_are_one_part_and_overlaps_are_refused(ev, tmp_path, scored_run):
    one, two = tmp_path / "one", tmp_path / "two"
    scored_run("full", one)
    run = json.loads((one / "decisions_selection.json").read_text())
    # a second report of another data set: the same rows under another name
    two.mkdir()
    (two / "decisions_selection.json").write_text(json.dumps(
        {**run, "rows": [{**r, "dataset": "skl:another"} for r in run["rows"]]}))
    assert all(r["quote"] is None or math.isfinite(r["quote"]) for r in run["rows"] if r.get("quote_key"))
    both = ev.pooled([str(one), str(two)], "selection")
    assert len(both["rows"]) == 2 * len(run["rows"])
    assert (both["base_rate"], both["naive_al"]) == (run["base_rate"], run["naive_al"])
    # the same data set in two runs, a directory without the file: refused
    for bad in ([one, one], [one, tmp_path / "none"]):
        with pytest.raises(ValueError):
            ev.pooled([str(d) for d in bad], "selection")


def test_the_worst_reliability_band_is_read_over_the_bins_of_ten_cases_or_more(ev, tmp_path, scored_run):
    # 20 cases at P 0.3 with AL cheaper in 3: the 0.2-0.4 bin reads 0.15, off by 0.15; 5 at P 0.9 never
    # cheaper (a bin of fewer than 10 cases) do not count
    rows = ([{"pilot_frac": 0.25, "refused": None, "p_al_cheaper": 0.3, "al_truly_cheaper": float(i < 3)}
             for i in range(20)]
            + [{"pilot_frac": 0.25, "refused": None, "p_al_cheaper": 0.9, "al_truly_cheaper": 0.0} for _ in range(5)])
    every = {b["bin"]: b for b in ev.reliability(rows)}["0.2-0.4"]
    assert (every["n"], every["observed"]) == (20, 0.15)
    assert ev.worst_bin(rows) == pytest.approx(0.15)
    # a scored run prints the target
    scored_run("full", tmp_path)
    md = (tmp_path / "decisions_selection.md").read_text()
    assert "| worst reliability band (>= 10 cases) off by <= 0.1 | 1/4 |" in md


def test_the_constants_can_be_read_on_the_scored_sets_when_no_calibration_part_is_built(ev, tmp_path, capsys,
                                                                                        scored_run):
    table = decisions_truth(ev)
    both, alone = tmp_path / "both", tmp_path / "alone"
    alone.mkdir()
    table[table["part"] == "selection"].to_parquet(alone / "sk_truth.parquet")
    assert ev.main(["--truth", str(alone / "sk_truth.parquet"), "--out-dir", str(alone)]) == 2
    assert "--constants scored" in capsys.readouterr().err and not (alone / "decisions_selection.json").exists()
    md = scored_run("full", both) + scored_run("alone", alone)
    cal, own = (json.loads((d / "decisions_selection.json").read_text()) for d in (both, alone))
    assert (cal["constants"], own["constants"]) == ("calibration", "scored")
    assert own["rows"] == cal["rows"]                      # the verdicts do not read the constants
    # the selection set's own truth gives its own base rate (the two synthetic sets differ only in their noise)
    rate = sum(r["al_truly_cheaper"] for r in own["rows"]) / len(own["rows"])
    assert own["base_rate"] == pytest.approx(rate) and own["naive_al"] == "margin"
    assert "(these data sets, in hindsight)" in (alone / "decisions_selection.md").read_text()
    assert "(calibration part)" in (both / "decisions_selection.md").read_text() and "hindsight" in md


def test_reports_read_on_their_own_sets_pool_with_the_constants_read_again_on_the_pooled_rows(ev, tmp_path,
                                                                                              scored_run):
    one, two, cal = tmp_path / "one", tmp_path / "two", tmp_path / "cal"
    two.mkdir()
    scored_run("alone", one), scored_run("full", cal)
    run = json.loads((one / "decisions_selection.json").read_text())
    # a second report whose own sets read AL truly cheaper in every case: its own base rate is 1
    rows2 = [{**r, "dataset": "skl:another", "al_truly_cheaper": 1.0} for r in run["rows"]]
    (two / "decisions_selection.json").write_text(json.dumps({**run, "base_rate": 1.0, "rows": rows2}))
    both = ev.pooled([str(one), str(two)], "selection")
    rates = [r["al_truly_cheaper"] for r in run["rows"] + rows2]
    assert both["base_rate"] == pytest.approx(sum(rates) / len(rates)) and both["constants"] == "scored"
    assert run["base_rate"] < both["base_rate"] < 1.0 and both["naive_al"] == "margin"
    # a report read on the calibration part and one read on its own sets do not pool
    (cal / "decisions_selection.json").write_text(json.dumps(
        {**json.loads((cal / "decisions_selection.json").read_text()), "rows": rows2}))
    with pytest.raises(ValueError, match="pool runs that read them alike"):
        ev.pooled([str(one), str(cal)], "selection")
