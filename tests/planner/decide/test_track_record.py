"""planner.decide.track_record: the shipped strata, the stratum a verdict falls in, and what the verdict shows."""

import json
import math

import numpy as np
import pandas as pd
import pytest

import planner.decide.track_record as tr
from planner.decide.costs import PoolShape, Scenario
from planner.decide.voi import PilotExtension
from planner.decision import Plan
from planner.present import evidence_lines, steering_view, verdict_view
from tests.builders import proxy_table
from tests.planner.shipped_records import records_from


def _rec(learner, ratio, pick, regret=0.1, **kw):
    base = dict(learner=learner, ratio=ratio, pick=pick, data_sets=20, cases=400, regret=regret,
                task_low=regret / 2, task_high=regret * 2, regret_random=0.8, other_cheaper=0.2,
                near_cheapest=0.7, reports="2 report parts")
    return tr.TrackRecord(**{**base, **kw})


@pytest.mark.parametrize("ratio, label", [(0.5, "up to 2x"), (2.0, "up to 2x"), (2.0001, "2-4x"), (4.0, "2-4x"),
                                          (7.9, "4-8x"), (8.0, "4-8x"), (8.1, "beyond 8x"), (math.inf, "beyond 8x"),
                                          (math.nan, None), (-1.0, None)])
def test_ratio_bins_are_the_issue_strata(ratio, label):
    assert tr.ratio_bin(ratio) == label


def test_the_shipped_file_holds_every_pick_and_only_strata_on_enough_data_sets():
    table = tr.load_track_records()
    assert {k[2] for k in table} == set(tr.PICKS)
    for pick in tr.PICKS:
        assert (tr.ANY, tr.ANY, pick) in table   # the last fallback exists for every pick
    for (learner, ratio, pick), rec in table.items():
        assert (rec.learner, rec.ratio, rec.pick) == (learner, ratio, pick)
        assert rec.data_sets >= tr.MIN_SETS and rec.cases >= rec.data_sets
        assert all(type(getattr(rec, c)) is int for c in ("data_sets", "cases"))   # counts read as counts
        assert 0 <= rec.task_low <= rec.task_high
        if pick == "random" or pick == "none":   # following random (or nothing) is labeling at random
            assert rec.regret == pytest.approx(rec.regret_random)
        assert "report parts" in rec.reports


def test_fallbacks_go_learner_then_ratio_then_both(monkeypatch):
    table = {("neural", "4-8x", "al"): _rec("neural", "4-8x", "al", 0.09),
             ("any", "2-4x", "al"): _rec("any", "2-4x", "al", 0.29),
             ("other", "any", "al"): _rec("other", "any", "al", 0.30),
             ("any", "any", "al"): _rec("any", "any", "al", 0.19),
             ("any", "any", "random"): _rec("any", "any", "random", 0.08)}
    monkeypatch.setattr(tr, "load_track_records", lambda: table)
    assert tr.track_record(5.0, True, "al").regret == 0.09          # its own stratum
    assert tr.track_record(3.0, True, "al").regret == 0.29          # any learner at that ratio
    assert tr.track_record(5.0, False, "al").regret == 0.30         # the learner at any ratio
    assert tr.track_record(math.nan, True, "al").regret == 0.19     # no ratio: any of both
    assert tr.track_record(20.0, False, "random").regret == 0.08    # always the same pick
    assert tr.track_record(3.0, False, "none") is None              # no stratum of that pick
    with pytest.raises(ValueError, match="pick must be one of"):
        tr.track_record(3.0, False, "margin")


def _write(tmp_path, frame):
    (tmp_path / "data").mkdir(exist_ok=True)
    frame.to_csv(tmp_path / "data" / "track_record.csv", index=False)


@pytest.mark.parametrize("breakage, message", [
    (lambda f: f.drop(columns="near_cheapest"), "no column near_cheapest"),
    (lambda f: f.assign(pick="maybe"), "unknown stratum"),
    (lambda f: f.assign(data_sets=tr.MIN_SETS - 1), "out of range"),
    (lambda f: f.assign(task_low=f["task_high"] + 0.01), "out of range"),
    (lambda f: f.assign(other_cheaper=1.5), "out of range"),
])
def test_a_broken_file_is_one_clear_error(tmp_path, breakage, message):
    good = pd.DataFrame([_rec("any", "any", "al").to_dict()])
    _write(tmp_path, good)
    with records_from(tmp_path) as reread:
        assert tr.load_track_records()[("any", "any", "al")].regret == 0.1   # the fixture itself loads
        reread()
        _write(tmp_path, breakage(good))
        with pytest.raises(RuntimeError, match=f"track_record.csv is missing or broken.*{message}"):
            tr.load_track_records()


def _plan(model, strategies):
    rng = np.random.default_rng(3)
    t = proxy_table(rng, "d", 0.95, 0.6, 0.5, strategies, rounds=8, seeds=3)
    return Plan(t.assign(model=model), seed=0)


def test_the_verdict_names_its_stratum_and_the_json_carries_it():
    plan = _plan("logreg", [("random", 1.0), ("margin", 3.0)])
    d = plan.decide(Scenario(label_price=5.0, pool=PoolShape(pool_size=5000)), 0.9)
    rnd = d.row("random")
    t = d.track_record
    pick = "random" if d.recommendation == "random" else "none" if d.recommendation is None else "al"
    assert t == tr.track_record(rnd.labels / rnd.n_max, False, pick)
    assert t.pick == pick and t.learner in ("other", "any")
    out = json.loads(json.dumps(d.to_dict(), allow_nan=False))["track_record"]
    assert out["pick"] == pick and out["regret"] == pytest.approx(t.regret)
    line = verdict_view.present(d).track
    assert line.startswith("Track record: on ") and f"{100 * t.regret:,.0f}% above the cheapest path" in line
    assert line in verdict_view.to_text(d)


def test_a_neural_learner_reads_the_neural_strata():
    d = _plan("mlp", [("random", 1.0), ("margin", 3.0)]).decide(
        Scenario(label_price=5.0, pool=PoolShape(pool_size=5000)), 0.9)
    assert d.track_record.learner in ("neural", "any")
    keys = tr.load_track_records()
    if ("neural", tr.ratio_bin(d.row("random").labels / d.row("random").n_max), d.track_record.pick) in keys:
        assert d.track_record.learner == "neural"


def test_no_track_record_without_a_choice_to_make():
    d = _plan("logreg", [("random", 1.0)]).decide(Scenario(label_price=5.0, pool=PoolShape(pool_size=5000)), 0.9)
    assert d.track_record is None and d.to_dict()["track_record"] is None
    assert verdict_view.present(d).track is None and "Track record" not in verdict_view.to_text(d)


@pytest.mark.parametrize("pick, words", [
    ("al", ["picked an AL strategy", "117% for labeling at random",
            "in hindsight random sampling was cheaper in 20% of those tasks (past tasks, not this verdict's P(AL "
            "cheaper))"]),
    ("random", ["picked random sampling", "in hindsight the AL strategy it weighed was cheaper in 20% of those tasks "
                "(past tasks, not this verdict's P(AL cheaper))"]),
    ("none", ["no path reached the target", "Measure further"]),
])
def test_the_line_says_what_following_the_verdict_cost(pick, words):
    class D:   # the line reads the record alone
        track_record = _rec("neural", "4-8x", pick, 0.093, regret_random=1.168, other_cheaper=0.2)
    line = evidence_lines.track_line(D())
    assert "20 held-out AL tasks" in line and "neural networks, random's forecast 4-8x its largest" in line
    assert "9% above the cheapest path on average (5% to 19% in 8 of 10 tasks)" in line
    for w in words:
        assert w in line
    D.track_record = _rec("any", "any", pick)
    assert "every learner, random's forecast at any distance" in evidence_lines.track_line(D())


# ------------------------------------------------------------ replan's record


def _replan_rec(band, action, hit=0.3, **kw):
    base = dict(band=band, action=action, data_sets=20, campaigns=300, answers=400, p_said=0.2, hit_later=hit,
                task_low=hit / 2, task_high=min(1.0, hit * 2), reports="2 campaign replays")
    return tr.ReplanRecord(**{**base, **kw})


@pytest.mark.parametrize("p, label", [(0.0, "0-2%"), (0.02, "0-2%"), (0.0201, "2-5%"), (0.05, "2-5%"),
                                      (0.07, "5-10%"), (0.1, "5-10%"), (0.1001, "10-20%"), (0.2, "10-20%"),
                                      (0.3, "20-30%"), (0.5, "30-50%"), (0.69, "50-70%"), (0.9, "70-90%"),
                                      (0.95, "90-100%"), (1.0, "90-100%"), (math.nan, None), (-0.1, None),
                                      (1.2, None)])
def test_p_bands(p, label):
    assert tr.p_band(p) == label


def test_the_shipped_replan_file_covers_every_band_and_reads_calibrated_shares():
    table = tr.load_replan_records()
    assert {b for b, _ in tr.P_BANDS} == {k[0] for k in table}
    for (band, action), rec in table.items():
        assert (rec.band, rec.action) == (band, action) and (band, tr.ANY) in table   # the fallback exists
        assert rec.data_sets >= tr.MIN_SETS and rec.data_sets <= rec.campaigns <= rec.answers
        assert all(type(getattr(rec, c)) is int for c in ("data_sets", "campaigns", "answers"))
        assert rec.task_low <= rec.hit_later <= rec.task_high and "campaign replays" in rec.reports
        lo, hi = next((0.0 if i == 0 else tr.P_BANDS[i - 1][1], top) for i, (b, top) in enumerate(tr.P_BANDS)
                      if b == band)
        assert lo <= rec.p_said <= hi   # the mean P stated lies in its band
    # give-ups on the evidence sit where the recorded P is at most 1 - C (0.9 in the replays): the lowest bands
    gave_up = {b for b, a in table if a == "give up"}
    assert "0-2%" in gave_up <= {"0-2%", "2-5%", "5-10%"}
    assert all(tr.recorded_p(table[(b, "give up")].p_said) <= 0.1 for b in gave_up)
    # the stated P was too low: answers stating 5-10% were followed by a hit more often than 1 in 10
    assert table[("5-10%", "any")].hit_later > 0.1 > table[("5-10%", "any")].p_said


def test_recorded_p_reads_the_record_as_a_non_decreasing_map_through_its_bands(monkeypatch):
    # the shipped record: each band's mean P stated maps onto its share met later; the ends stay
    shipped = tr.load_replan_records()
    for band, _ in tr.P_BANDS:
        rec = shipped[(band, tr.ANY)]
        assert tr.recorded_p(rec.p_said) == pytest.approx(rec.hit_later, abs=1e-9)
    grid = np.linspace(0, 1, 401)
    mapped = [tr.recorded_p(q) for q in grid]
    assert mapped[0] == 0.0 and mapped[-1] == 1.0 and all(np.diff(mapped) >= 0)
    assert math.isnan(tr.recorded_p(math.nan)) and math.isnan(tr.recorded_p(1.5))
    # a band met later less often than the band below it is pooled with it (weighted by answers): no P maps lower
    # for a higher statement
    table = {("0-2%", "any"): _replan_rec("0-2%", "any", 0.02, p_said=0.01, answers=100),
             ("10-20%", "any"): _replan_rec("10-20%", "any", 0.40, p_said=0.15, answers=300),
             ("20-30%", "any"): _replan_rec("20-30%", "any", 0.20, p_said=0.25, answers=100)}
    monkeypatch.setattr(tr, "load_replan_records", lambda: table)
    assert tr.recorded_p(0.15) == pytest.approx(0.35) == tr.recorded_p(0.25)   # (300 x 0.4 + 100 x 0.2) / 400
    assert tr.recorded_p(0.01) == pytest.approx(0.02) and tr.recorded_p(0.005) == pytest.approx(0.01)
    assert tr.recorded_p(0.625) == pytest.approx(0.35 + 0.375 / 0.75 * 0.65)   # halfway from (0.25, .35) to (1, 1)


def test_replan_record_falls_back_to_the_band_and_has_none_for_a_stop(monkeypatch):
    table = {("10-20%", "order"): _replan_rec("10-20%", "order", 0.34),
             ("10-20%", "any"): _replan_rec("10-20%", "any", 0.33),
             ("2-5%", "any"): _replan_rec("2-5%", "any", 0.05)}
    monkeypatch.setattr(tr, "load_replan_records", lambda: table)
    assert tr.replan_record(0.2, "order").hit_later == 0.34
    assert tr.replan_record(0.2, "give up").hit_later == 0.33        # no give-up stratum there: both actions
    assert tr.replan_record(0.05, "give up").hit_later == 0.05
    assert tr.replan_record(0.6, "order") is None                      # no stratum of that band
    assert tr.replan_record(0.2, "stop") is None and tr.replan_record(math.nan, "order") is None
    with pytest.raises(ValueError, match="action must be"):
        tr.replan_record(0.2, "wait")


@pytest.mark.parametrize("breakage, message", [
    (lambda f: f.drop(columns="hit_later"), "no column hit_later"),
    (lambda f: f.assign(band="5-7%"), "unknown stratum"),
    (lambda f: f.assign(action="stop"), "unknown stratum"),
    (lambda f: f.assign(data_sets=tr.MIN_SETS - 1), "out of range"),
    (lambda f: f.assign(campaigns=f["answers"] + 1), "out of range"),
    (lambda f: f.assign(hit_later=1.2), "out of range"),
    (lambda f: f.assign(task_low=f["task_high"] + 0.01), "out of range"),
])
def test_a_broken_replan_file_is_one_clear_error(tmp_path, breakage, message):
    good = pd.DataFrame([_replan_rec("10-20%", "order").to_dict()])
    (tmp_path / "data").mkdir()
    good.to_csv(tmp_path / "data" / "replan_record.csv", index=False)
    with records_from(tmp_path) as reread:
        assert tr.load_replan_records()[("10-20%", "order")].hit_later == 0.3   # the fixture itself loads
        reread()
        breakage(good).to_csv(tmp_path / "data" / "replan_record.csv", index=False)
        with pytest.raises(RuntimeError, match=f"replan_record.csv is missing or broken.*{message}"):
            tr.load_replan_records()


@pytest.mark.parametrize("action, words", [
    ("order", "after orders stating a 10-20% chance of reaching the target within the budget, a later test met the "
              "target within the budget after 34% of them (17% to 68% in 8 of 10 tasks)."),
    ("give up", "after give-ups stating a 10-20% chance of reaching the target within the budget, a later test of the "
                "same run would have met the target within the budget in 34% of them (17% to 68% in 8 of 10 tasks)."),
    ("any", "after answers stating a 10-20% chance"),
])
def test_the_replan_line_says_how_often_a_later_test_met_the_target(action, words):
    class O:   # the line reads the record alone
        track_record = _replan_rec("10-20%", action, 0.34)
    line = steering_view.replan_track_line(O())
    assert line.startswith("Track record: in campaigns replayed on 20 held-out AL tasks of alplan's benchmark, ")
    assert words in line
    O.track_record = None
    assert steering_view.replan_track_line(O()) is None


# ------------------------------------------------------------ the pilot extension's record


@pytest.mark.parametrize("value, cost, label", [(0.0, 100.0, "under 10%"), (10.0, 100.0, "under 10%"),
                                                (10.01, 100.0, "10-25%"), (50.0, 100.0, "25-50%"),
                                                (100.0, 100.0, "50-100%"), (100.5, 100.0, "100% or more"),
                                                (5.0, math.inf, None), (5.0, 0.0, None), (-1.0, 100.0, None),
                                                (math.nan, 100.0, None)])
def test_value_bands(value, cost, label):
    assert tr.value_band(value, cost) == label


def test_the_shipped_pilot_file_reads_every_band_the_replays_filled():
    table = tr.load_pilot_records()
    assert set(table) == {b for b, _ in tr.VALUE_BANDS}
    for band, rec in table.items():
        assert rec.data_sets >= tr.MIN_SETS and rec.answers >= rec.data_sets and 0 <= rec.paid <= 1
        assert rec.task_low <= rec.value_realized <= rec.task_high
    # the record the issue needs: where extending was predicted to pay, it realized less than it cost
    assert table["100% or more"].value_said >= 1.0 > table["100% or more"].value_realized
    assert tr.pilot_record(70.0, 100.0) is table["50-100%"] and tr.pilot_record(70.0, math.inf) is None


def _pilot_rec(band="50-100%", realized=0.25, low=-0.58, high=1.51):
    return tr.PilotRecord(band=band, data_sets=30, answers=400, value_said=0.63, value_realized=realized,
                          paid=0.137, task_low=low, task_high=high, reports="test")


@pytest.mark.parametrize("breakage, message", [
    (lambda f: f.drop(columns="paid"), "no column paid"),
    (lambda f: f.assign(band="5-7%"), "unknown stratum"),
    (lambda f: f.assign(data_sets=tr.MIN_SETS - 1), "out of range"),
    (lambda f: f.assign(answers=f["data_sets"] - 1), "out of range"),
    (lambda f: f.assign(paid=1.2), "out of range"),
    (lambda f: f.assign(value_said=-0.1), "out of range"),
    (lambda f: f.assign(task_low=f["task_high"] + 0.01), "out of range"),
])
def test_a_broken_pilot_file_is_one_clear_error(tmp_path, breakage, message):
    good = pd.DataFrame([_pilot_rec().to_dict()])
    (tmp_path / "data").mkdir()
    good.to_csv(tmp_path / "data" / "pilot_record.csv", index=False)
    with records_from(tmp_path) as reread:
        assert tr.load_pilot_records()["50-100%"].paid == 0.137   # the fixture itself loads
        reread()
        breakage(good).to_csv(tmp_path / "data" / "pilot_record.csv", index=False)
        with pytest.raises(RuntimeError, match=f"pilot_record.csv is missing or broken.*{message}"):
            tr.load_pilot_records()


def test_the_pilot_line_ends_with_how_extensions_like_it_fared():
    ext = PilotExtension(labels=400.0, value=120.0, cost=650.0, advised=False, regret_now=1200.0, regret_after=1080.0,
                         pick_now="margin", p_pick_changes=0.35, measured=("random", "margin"), pilot_labels=100.0,
                         track_record=_pilot_rec())
    line = evidence_lines.pilot_line(ext)
    assert line.startswith("Decide now: extending the pilot to 400 labels") and line.endswith(
        " Track record: in verdicts replayed on 30 held-out AL tasks of alplan's benchmark, extensions predicted to "
        "save 50-100% of their cost ended saving 25% of it on average (between losing 58% and saving 151% in 8 of 10 "
        "tasks) and paid for themselves in 14% of cases.")
    assert ext.to_dict()["track_record"]["band"] == "50-100%"
    assert " Track record" not in evidence_lines.pilot_line(PilotExtension(**{**ext.__dict__, "track_record": None}))
