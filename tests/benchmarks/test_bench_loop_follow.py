"""benchmarks/bench_loop.py --follow: a campaign that follows the answer to its end pays for every label it holds, is
scored on the ids it never trained on, and refuses an act it does not know."""

import argparse
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bf():
    yield from loaded_script(ROOT / "benchmarks" / "bench_loop.py", "bench_loop_follow_under_test")


def test_a_tiny_case_follows_the_answer_to_its_end_and_its_counts_add_up(bf, monkeypatch):
    from planner.campaign.state import Campaign

    scored, real = [], bf.true_scores

    def recorded(folder, rounds, oracle, metric):   # the truth's ids, checked against the campaign's training ids
        asked = []
        spy = SimpleNamespace(labels=lambda ids: asked.append({str(i) for i in ids}) or oracle.labels(ids))
        out = real(folder, rounds, spy, metric)
        c = Campaign.load(folder)
        train = set(c.asked.loc[c.asked["role"] == "train", "id"].astype(str))
        scored.append((asked[-1], train, int(c.settings["pool"]["rows"])))
        return out

    monkeypatch.setattr(bf, "true_scores", recorded)
    a = argparse.Namespace(pool=200, test=50, batch=10, cap=60, near=0.05, far=0.05, kinds="near,far")
    rows = bf.play_follow((("clf3_easy", "logreg", "accuracy", 0), a))
    assert [r["kind"] for r in rows] == ["near", "far"] and "| near / far | 1 / 1 |" in bf.follow_table(rows, a.pool)
    far = bf.play_follow((("clf3_easy", "logreg", "accuracy", 0), argparse.Namespace(**{**vars(a), "kinds": "far"})))
    same = ("kind", "target", "label_price", "setup", "end", "paid", "trail")   # --kinds far plays the full run's case
    assert [{k: r[k] for k in same} for r in far] == [{k: rows[1][k] for k in same}]
    for r in rows:
        assert r["paid"] == r["train"] + r["test"] and r["test"] >= a.test   # every label held was paid, test too
        assert r["train"] <= a.cap + a.batch
        assert r["end"].split(" (")[0] in bf.ENDS
        assert r["dollars"] >= r["paid"] * r["label_price"]
    for seen, train, pool in scored:   # the scout and each campaign, at its last round
        assert seen == {str(i) for i in range(pool)} - train   # every pool id it never trained on, test ids included


def _campaign(tmp_path, bf):
    from planner.campaign.steps import start

    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 2))
    oracle = bf.Oracle((X[:, 0] > 0).astype(int))
    start(folder := tmp_path / "c", bf.write_pool(tmp_path, X), model="logreg", strategy="random", seed=0,
          initial=10, batch_size=10, test_size=30)
    return folder, oracle


def _answers(*recs):
    it = iter(recs)
    return lambda: next(it)


def test_a_test_order_draws_its_labels_as_test_labels_and_a_give_up_ends_the_campaign(bf, tmp_path):
    from planner.campaign.state import Campaign

    folder, oracle = _campaign(tmp_path, bf)
    f = bf.Follower(folder, oracle, None, None)
    f.label()
    f.ask = _answers(SimpleNamespace(act="test", reason="sure", order=7, strategy=None,
                                     command=f"alplan campaign next {folder} --test 7"),
                     SimpleNamespace(act="give up", reason="unreached", order=0, strategy=None, command=None))
    assert f.run() == "give up (unreached)"
    c = Campaign.load(folder)
    tested = c.asked.loc[c.asked["role"] == "test", "id"]
    assert len(tested) == 37 and tested.isin(set(c.labels["id"])).all()   # drawn, labeled and added as test labels
    assert f.paid == len(c.labels) == 47


def test_an_act_the_benchmark_does_not_know_or_a_command_it_cannot_read_is_refused(bf, tmp_path):
    folder, oracle = _campaign(tmp_path, bf)
    f = bf.Follower(folder, oracle, None, None)
    f.ask = _answers(SimpleNamespace(act="relabel", reason="x", order=0, strategy=None, command="alplan x"))
    with pytest.raises(NotImplementedError, match="not followed here"):
        f.run()
    f.ask = _answers(SimpleNamespace(act="test", reason="sure", order=5, strategy=None,
                                     command=f"alplan campaign next {folder} --test 6"))
    with pytest.raises(ValueError, match="orders 5 test labels"):
        f.run()
    f.ask = _answers(SimpleNamespace(act="continue", reason="verdict", order=10, strategy="random",
                                     command=f"alplan plan {folder} --target 0.9"))
    with pytest.raises(ValueError, match="not `alplan campaign next"):
        f.run()


def test_the_table_counts_a_crossed_path_no_test_split_left_can_tell_and_the_test_splits_share_of_hindsight(bf):
    row = dict(kind="near", target=0.80, batch=20, test_initial=150, label_price=1.0, trail="20:continue/few=random",
               test=150, p_met=0.95, out_of_reach=False, after_hopeless=0)
    rows = [dict(row, truth=0.95, train=200, paid=350, crossing=100.0, hindsight=100.0, end="stop (met)", dollars=350),
            dict(row, truth=0.81, train=400, paid=550, crossing=300.0, hindsight=300.0, end="stop (pool)", dollars=550),
            dict(row, truth=0.95, train=100, paid=250, crossing=50.0, hindsight=50.0, end="stop (pool)", dollars=250),
            dict(row, truth=0.75, train=400, paid=550, crossing=None, hindsight=None, end="stop (pool)", dollars=550)]
    cells = bf.follow_table(rows, 600).splitlines()[-1].split(" | ")
    # never stopped though crossed: two; 0.81 against 0.80 takes thousands of test labels (200 ids left), 0.95 a few
    assert cells[4] == "2 (1) / 0 (0)"
    assert cells[6] == "5.00 / 5.00; - / -"   # (200 - 100) / 20 rounds; (350 - 150 - 100) / 20
    assert cells[8].startswith("3.50 (2.50) /")   # the medians of 350/100, 550/300, 250/50; 1 + 150 / hindsight
    assert cells[11] == "0 of 4 / 0 of 0 |"


def test_a_campaign_refused_at_its_first_answer_is_a_row_that_ends_refused(bf, monkeypatch):
    def refuses(self):
        raise ValueError("the labeled set has one class")

    monkeypatch.setattr(bf.Follower, "ask", refuses)
    a = argparse.Namespace(pool=200, test=50, batch=10, cap=60, near=0.05, far=0.05, kinds="near")
    [row] = bf.play_follow((("clf3_easy", "logreg", "accuracy", 0), a))
    assert row["end"].startswith("refused (the labeled set has one class") and row["p_met"] is None
    assert row["paid"] == row["train"] + row["test"] == 60   # its pilot's labels, paid before the first answer
