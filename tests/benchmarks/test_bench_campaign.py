"""benchmarks/bench_campaign.py: the replay's notion of a target reached without a lucky test reading."""

from pathlib import Path

import pandas as pd
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bc():
    yield from loaded_script(ROOT / "benchmarks" / "bench_campaign.py", "bench_campaign_under_test")


def _saved_row(bc) -> dict:
    """One campaign replay's row of a saved run (``_rows.json``), reached at the first order."""
    return {"dataset": "skl:a", "config": "skl:a/knn/10/0.0", "strategy": "margin", "seed": 0, "target": 0.9,
            "scenario": bc.SCENARIOS[0][0], "price": 0.1, "fee": 200.0, "start": 40.0, "start_hit": False,
            "test_size": 500.0, "orders": 1, "gave_up": False, "after_hit": 0, "justified": 0.0, "learn": 0.0,
            "top_dollars": 0.5, "refused": 0.0, "trace": [], "labels": 80.0, "dollars": 210.0, "reached": True,
            "spend": 210.0, "hindsight_dollars": 210.0, "ratio": 1.0, "truly": True}


def _refusal(bc, argv, capsys) -> str:
    """The script's ``main(argv)`` exits 2 with one line on stderr: that line."""
    assert bc.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_truly_reached_reads_the_seeds_mean_curve_at_the_labels_bought(bc):
    mean = pd.Series([0.70, 0.80, 0.86, 0.90], index=[25.0, 50.0, 100.0, 200.0])
    assert bc.truly_reached(mean, 100.0, 0.86)
    assert not bc.truly_reached(mean, 99.0, 0.86)             # one label short of the mean curve's count
    assert bc.truly_reached(mean, 200.0, 0.90) and not bc.truly_reached(mean, 200.0, 0.9001)
    # between counts: log-linear (at the geometric middle of 100 and 200, halfway from 0.86 to 0.90)
    assert bc.truly_reached(mean, (100 * 200) ** 0.5, 0.88 - 1e-9)
    assert not bc.truly_reached(mean, (100 * 200) ** 0.5, 0.88 + 1e-6)



def test_the_pilot_replay_skips_a_target_of_a_mean_curve_at_100_percent(bc):
    # a task every seed learns perfectly by 5/8 of the budget: its target at 3/4 of the budget is 1.0, which no
    # planner decides on (the replay used to stop there with the planner's refusal); the one at 1/2 is kept
    rows = []
    for seed in range(3):
        for strategy, gap in (("random", 0.0), ("margin", 0.01)):
            for n in range(10, 321, 10):
                acc = min(1.0, 0.6 + gap + 0.4 * n / 200 + 0.002 * seed)
                rows.append({"dataset": "skl:toy", "model": "knn", "batch_size": 10, "label_noise": 0.0,
                             "strategy": strategy, "seed": seed, "n_labels": n, "accuracy": acc, "budget": 320})
    out = bc.pilot_replay(pd.DataFrame(rows), seeds=1, facts=None, log=lambda m: None)
    assert out and {r["target"] for r in out} == {0.927}


def test_a_campaigns_plan_knows_its_learner_as_a_users_table_would_say_it(bc):
    # the learner's name travels with the rounds: a neural network's draws read its own spread strata
    rows = pd.DataFrame([{"strategy": "random", "model": model, "n_labels": n, "accuracy": 0.6 + 0.3 * n / 400}
                         for model in ("mlp_small",) for n in range(20, 201, 20)])
    notes = " ".join(bc.Run(rows, 400).plan(4).notes)
    assert "neural network" in notes and "mlp_small" in notes
    assert "neural network" not in " ".join(bc.Run(rows.assign(model="knn"), 400).plan(4).notes)


def test_a_saved_run_is_summarized_again_and_a_wrong_file_is_one_line(bc, tmp_path, capsys):
    import json

    saved = tmp_path / "run_rows.json"
    meta = {"truth": "t.parquet", "part": "selection", "datasets": ["skl:a"], "n_runs": 0, "seconds": 1.0,
            "planner": "abc", "utc": "2026-11-23 00:00 UTC"}
    rows = [dict(_saved_row(bc), kind=kind, policy=policy) for kind in ("reachable", "unreachable") for policy in bc.POLICIES]
    saved.write_text(json.dumps({"meta": meta, "rows": rows, "pilots": []}))
    assert bc.main(["--from-rows", str(saved)]) == 0
    assert "part `selection`" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{}")
    err = _refusal(bc, ["--from-rows", str(tmp_path / "bad.json")], capsys)
    assert err.startswith("--from-rows") and "not the _rows.json" in err


def test_the_confidence_reaches_replan(bc, monkeypatch):
    from planner.decide.track_record import recorded_p

    # a run that climbs slowly to 0.97 over a budget of 320; replan is asked at the confidence given, and a
    # stricter one gives up no earlier (when answers stating the evidence's share met the target later in at most
    # 1 - confidence of the replays, planner.decide.track_record.recorded_p)
    rows = []
    for seed in range(3):
        for n in range(10, 321, 10):
            rows.append({"dataset": "skl:toy", "model": "knn", "batch_size": 10, "label_noise": 0.0,
                         "strategy": "random", "seed": seed, "n_labels": n, "budget": 320,
                         "accuracy": 0.97 - 0.3 * (n / 10) ** -0.7 + 0.004 * ((seed + n // 10) % 3 - 1)})
    df = pd.DataFrame(rows)
    monkeypatch.setattr(bc, "SCENARIOS", bc.SCENARIOS[:1])
    import planner.decide.campaign.steer as campaign

    asked, real = [], campaign.replan      # what replan itself was asked (play_replan imports it on each call)
    monkeypatch.setattr(campaign, "replan", lambda *a, **kw: asked.append(kw.get("confidence")) or real(*a, **kw))
    out = {c: bc.replay(df, seeds=1, facts={"skl:toy": 500}, confidence=c, log=lambda m: None)[0]
           for c in (0.5, 0.99)}
    assert set(asked) == {0.5, 0.99}
    unreach = {c: [r for r in rs if r["policy"] == "replan" and r["kind"] == "unreachable"] for c, rs in out.items()}
    assert all(len(u) == 1 and u[0]["gave_up"] for u in unreach.values())
    # both give up on the target no run reaches; the stricter confidence no earlier
    assert unreach[0.99][0]["orders"] >= unreach[0.5][0]["orders"]
    # each at its own level: every order was placed with the target in reach at 1 - confidence on the replays'
    # record, and the give-up is on the evidence at that level, or else at a spent budget. Which of the two it is at
    # 0.99 is not asserted: at the budget the evidence's share is one to four of the 400 draws, depending on the
    # machine's floating point, and the record puts 1 - 0.99 between one draw and two.
    for c, (u,) in unreach.items():
        stated = [recorded_p(p) for p, _ in u["trace"]]
        assert stated and all(p > 1 - c for p in stated[:-1])
        assert u["spent"] == (stated[-1] > 1 - c + 1e-9)
    # at 0.5 on the evidence, well before the budget's last draws
    assert not unreach[0.5][0]["spent"]


def test_the_scenarios_reach_the_replay(bc):
    rows = [{"dataset": "skl:toy", "model": "knn", "batch_size": 20, "label_noise": 0.0, "strategy": "random",
             "seed": 0, "n_labels": n, "budget": 320, "accuracy": 0.80 - 0.3 * (n / 20) ** -0.7}
            for n in range(20, 321, 20)]
    out, _ = bc.replay(pd.DataFrame(rows), seeds=1, facts={"skl:toy": 500}, scenarios=bc.SCENARIOS[1:2],
                       log=lambda m: None)
    assert {r["scenario"] for r in out} == {bc.SCENARIOS[1][0]}
    assert {"replan", "double", "hindsight"} <= {r["policy"] for r in out}


def test_an_extension_is_priced_by_the_labels_the_later_picks_path_does_not_use(bc):
    from types import SimpleNamespace

    from planner.decide.costs import PoolShape, Scenario, round_cost

    rows = []
    for strategy, gap in (("random", 0.0), ("margin", 0.04), ("entropy", 0.02)):
        for n in range(20, 401, 20):
            rows.append({"strategy": strategy, "model": "knn", "seed": 0, "n_labels": n,
                         "accuracy": 0.95 + gap - 0.9 * (n / 0.6) ** -0.5})
    g = pd.DataFrame(rows)
    pilot = g[g.n_labels <= 100]
    scen = Scenario(label_price=2.0, engineering_days=0.0, compute_per_round=3.0, pool=PoolShape(pool_size=400))
    one = round_cost(scen)
    # margin's first round meeting the target is at 160 labels; random's at 400; entropy's at 240
    first = {"margin": 160.0, "random": 400.0, "entropy": 240.0}
    two = SimpleNamespace(measured=("margin", "random"), labels=200.0, cost=50.0)
    later, cost = bc._extended(g, pilot, two, scen, 0.9, first, "random")
    assert later == "margin"   # 200 labels of each show margin ahead
    # random's 100 labels wasted; margin's 160 - 100 used by its path, 200 - 160 = 40 beyond its first hit wasted
    assert cost == pytest.approx((100 + 40) * 2.0 + one)
    every = SimpleNamespace(measured=("margin", "random", "entropy"), labels=200.0, cost=50.0)
    later, cost = bc._extended(g, pilot, every, scen, 0.9, first, "random")
    assert later == "margin" and cost == pytest.approx((100 + 100 + 40) * 2.0 + one)
    unpriced = SimpleNamespace(measured=("margin", "random"), labels=200.0, cost=float("inf"))
    later, cost = bc._extended(g, pilot, unpriced, scen, 0.9, first, "random")
    assert later == "margin" and cost != cost   # NaN: extend_pilot did not price it


def test_the_misses_are_told_apart_by_when_replan_gave_up(bc, tmp_path, capsys):
    import json

    def campaign(i, policy, reached, gave_up=False, trace=()):
        return {"config": "skl:a/knn/20/0.0", "strategy": "margin", "seed": i, "target": 0.9, "scenario": "s",
                "kind": "reachable", "policy": policy, "reached": reached, "gave_up": gave_up, "trace": list(trace)}

    rows = [dict(campaign(0, "replan", False, True, [[0.05, True]]), tell=300.0),      # the first look
            dict(campaign(1, "replan", False, True, [[0.6, True], [0.04, True]]), spent=True),  # later, hits after
            dict(campaign(2, "replan", False, True, [[0.6, True], [0.5, False], [0.02, False]]), tell=900.0),
            campaign(3, "replan", False, False, [[0.6, True]]),                         # ran out, no give-up
            campaign(4, "replan", True), dict(campaign(5, "replan", False, True, [[0.01, False]]), kind="unreachable"),
            dict(campaign(6, "replan", False, True, [[0.02, False]]), kind="unreachable", tell=400.0)]
    rows += [campaign(i, "double", i in (0, 2)) for i in range(5)]
    lines = bc.misses(rows)
    assert lines[0] == "Replan missed 4 of 5 reachable campaigns:"
    assert f"| {bc.MISS_KINDS[0]} | 1 | 1 | 1 | 0 |" in lines and f"| {bc.MISS_KINDS[1]} | 1 | 0 | 0 | 1 |" in lines
    assert f"| {bc.MISS_KINDS[2]} | 1 | 1 | 1 | 0 |" in lines and f"| {bc.MISS_KINDS[3]} | 1 | 0 | 0 | 0 |" in lines
    saved = tmp_path / "run_rows.json"
    # a variant's rows in an older run's file (here: replan without the learning option) are read under their own
    # name, after replan's
    level = "replan, no learning"
    assert bc.misses(rows + [dict(campaign(0, level, True))], level)[0] == f"{level[0].upper() + level[1:]} " \
        "missed 0 of 1 reachable campaigns:"
    saved.write_text(json.dumps({"meta": {}, "rows": rows + [dict(campaign(0, level, True))], "pilots": []}))
    assert bc.main(["--from-rows", str(saved), "--misses"]) == 0
    out = capsys.readouterr().out
    assert out.index("Replan missed 4 of 5") < out.index("Replan, no learning missed 0 of 1")
    assert _refusal(bc, ["--misses"], capsys).startswith("--misses reads a saved run")


def test_saved_runs_are_pooled_and_overlaps_are_one_line(bc, tmp_path, capsys):
    import json

    meta = {"truth": "t1.parquet", "part": "report", "datasets": ["skl:a"], "n_runs": 4, "seconds": 10.0,
            "planner": "abc", "utc": "2026-11-24 14:00 UTC", "confidence": 0.9}
    pilot = {"config": "skl:a/knn/10/0.0", "seed": 0, "target": 0.9, "scenario": bc.SCENARIOS[0][0],
             "advised": False, "value": 1.0, "cost": 5.0, "regret_now": 3.0, "regret_after": 3.0,
             "regret_always": 2.0, "pick_now": "random", "pick_after": "random"}
    first, second, third = (tmp_path / f"{k}_rows.json" for k in ("a", "b", "c"))
    rows = [dict(_saved_row(bc), kind="reachable", policy=p) for p in bc.POLICIES]
    first.write_text(json.dumps({"meta": meta, "rows": rows, "pilots": [pilot]}))
    # the second run: another data set, and replan missing its target there (the pooled reach is the mean)
    other = [dict(r, dataset="skl:b", config="skl:b/knn/10/0.0", reached=r["policy"] != "replan") for r in rows]
    second.write_text(json.dumps({"meta": {**meta, "truth": "t2.parquet", "datasets": ["skl:b"], "n_runs": 6,
                                           "planner": "def"}, "rows": other,
                                  "pilots": [dict(pilot, config="skl:b/knn/10/0.0")]}))
    saved = bc.pooled_runs([first, second])
    assert saved["meta"]["datasets"] == ["skl:a", "skl:b"] and saved["meta"]["n_runs"] == 10
    assert saved["meta"]["truth"] == "t1.parquet + t2.parquet" and saved["meta"]["part"] == "report"
    assert len(saved["rows"]) == 2 * len(rows) and len(saved["pilots"]) == 2
    assert bc.main(["--from-rows", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert "10 runs (skl:a, skl:b)" in out and "planner abc + def" in out
    assert "| all | replan | 2 | 50% |" in out and "| all | double | 2 | 100% |" in out
    # the same data set twice, or another confidence: one line, exit 2
    third.write_text(json.dumps({"meta": {**meta, "datasets": ["skl:c"], "confidence": 0.8},
                                 "rows": [dict(r, dataset="skl:c") for r in rows], "pilots": []}))
    for files, says in (([first, first], "data set skl:a is in"), ([first, third], "different confidences")):
        err = _refusal(bc, ["--from-rows", *map(str, files)], capsys)
        assert err.startswith("--from-rows: ") and says in err


def test_workers_replay_whole_data_sets_to_the_same_rows_in_the_same_order(bc, capsys):
    # two data sets, two strategies, two seeds each, the first seed replayed (a worker must honour --seeds too):
    # the campaign and pilot replays in one process and in two
    rows = []
    for ds, top in (("skl:toy_a", 0.80), ("skl:toy_b", 0.90)):
        for s, k in (("random", 0.7), ("margin", 0.9)):
            for seed in range(2):
                for n in range(10, 321, 10):   # 32 rounds of 10; the pilot (an eighth) holds two
                    rows.append({"dataset": ds, "model": "knn", "batch_size": 10, "label_noise": 0.0, "strategy": s,
                                 "seed": seed, "n_labels": n, "budget": 320,
                                 "accuracy": top - 0.3 * (n / 10) ** -k + 0.003 * ((seed + n // 10) % 3 - 1)})
    df = pd.DataFrame(rows)
    kw = dict(seeds=1, facts={"skl:toy_a": 500, "skl:toy_b": 500}, scenarios=bc.SCENARIOS[:1])
    one = bc.replay_all(df, jobs=1, **kw)
    two = bc.replay_all(df, jobs=2, **kw)
    assert one[0] and one[2] and {r["dataset"] for r in one[0]} == {"skl:toy_a", "skl:toy_b"}
    assert {r["seed"] for r in one[0]} == {0}
    assert two == one                                         # rows, notes and pilot rows, in order
    assert bc.replay_all(df, jobs=2, campaign=False, **kw) == ([], [], one[2])
    capsys.readouterr()                                       # the replays' log lines
    for value in ("0", "65"):
        assert _refusal(bc, ["--jobs", value], capsys).startswith("--jobs must be a whole number from 1 to 64")
