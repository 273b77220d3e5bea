"""benchmarks/bench_loop.py: how a policy walks the loop's answers (decide, label at random, decide again, switch)."""

import dataclasses
import math
from pathlib import Path

import pytest
from forecast_fakes import loaded_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bl():
    yield from loaded_script(ROOT / "benchmarks" / "bench_loop.py", "bench_loop_under_test")


def _answer(act: str, strategy: str | None = None, decide_at: float = math.nan, reason: str = "verdict"):
    """The campaign's answer (:class:`planner.decide.campaign.answer.CampaignAnswer`) the walk reads."""
    import pandas as pd

    from planner.decide.campaign.next_step import CampaignFacts, answer_of

    facts = CampaignFacts(folder="c", strategy="random", batch_size=50, train_labels=100, test_labels=100, left=300,
                          rounds=pd.DataFrame())
    return answer_of(act, facts=facts, target=0.9, strategy=strategy, decide_at=decide_at, reason=reason)


COUNTS = [100, 150, 200, 250, 300, 350, 400]


def _switch_cost(n, s):
    return 1000.0 + n, True   # set-up + the labels in hand at the switch: a cost that tells where it switched


def test_the_loop_decides_again_at_the_first_round_past_the_count_and_switches_there(bl):
    answers = {100: _answer("continue", "random", 190.0), 200: _answer("switch", "margin", 400.0)}
    cost, met, how = bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)
    assert (cost, met) == (1200.0, True)             # switched at 200, the first round at or past 190
    assert how == "100:continue 200:switch=margin"


def test_once_follows_the_first_answer_to_the_end(bl):
    answers = {100: _answer("continue", "random", 190.0), 200: _answer("switch", "margin", 400.0)}
    cost, met, how = bl.walk("once", 100, COUNTS, 350.0, answers.__getitem__, _switch_cost, 350.0, 1.0)
    assert (cost, how) == (350.0, "100:continue")   # random's whole path: never decides again


def test_random_meeting_the_target_before_the_next_decision_stops_there(bl):
    answers = {100: _answer("continue", "random", 300.0)}
    cost, met, how = bl.walk("loop", 100, COUNTS, 250.0, answers.__getitem__, _switch_cost, 999.0, 2.0)
    assert (cost, met) == (500.0, True)   # 250 labels at $2: stopped where the answer said the target was met


def test_a_stop_the_answer_gives_is_followed_and_only_a_met_target_counts_as_reached(bl):
    met = {100: _answer("stop", reason="met")}
    assert bl.walk("loop", 100, COUNTS, math.inf, met.__getitem__, _switch_cost, 400.0, 2.0) == (200.0, True,
                                                                                                 "100:stop")
    spent = {100: _answer("stop", reason="budget")}
    assert bl.walk("loop", 100, COUNTS, math.inf, spent.__getitem__, _switch_cost, 400.0, 2.0)[:2] == (200.0, False)


def test_no_count_to_decide_again_labels_at_random_to_the_end_and_a_refusal_reads_as_random(bl):
    answers = {100: _answer("continue", "random")}
    assert bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)[0] == 400.0
    cost, _, how = bl.walk("loop", 100, COUNTS, math.inf, lambda n: "too few labels", _switch_cost, 400.0, 1.0)
    assert cost == 400.0 and "refused" in how


def test_a_count_past_every_round_ends_at_random(bl):
    answers = {100: _answer("continue", "random", 10_000.0)}
    assert bl.walk("loop", 100, COUNTS, math.inf, answers.__getitem__, _switch_cost, 400.0, 1.0)[0] == 400.0


def test_the_table_reads_regret_against_always_random_per_metric_and_pilot(bl):
    rows = []
    for unit, (loop, rnd) in {"a": (0.1, 0.2), "b": (0.3, 0.2)}.items():
        for policy, regret in (("loop", loop), ("always random", rnd), ("once", rnd), ("always margin", 1.0),
                               ("hindsight", 0.0)):
            rows.append({"set": unit, "model": "logreg", "metric": "accuracy", "pilot": 0.125, "policy": policy,
                         "regret": regret, "reached": True})
    text = bl.table(rows)
    loop_row = next(line for line in text.splitlines() if "| loop |" in line)
    assert "| 0.200 | 1.00 | 1.50 |" in loop_row     # mean 0.2 = always random's; the worst unit 0.3 / 0.2


class _Recording:
    """The oracle's true labels (a class no model knows on the ids ``garbled``), recording the ids each call asks."""

    def __init__(self, oracle, garbled=frozenset()):
        self.oracle, self.asked, self.garbled = oracle, [], garbled

    def labels(self, ids):
        self.asked.append({str(i) for i in ids})
        return [("none of them" if str(i) in self.garbled else v) for i, v in zip(ids, self.oracle.labels(ids))]


def test_the_truth_scores_every_pool_id_but_the_rounds_training_ids(bl, tmp_path):
    import numpy as np

    from planner.campaign.state import Campaign
    from planner.campaign.steps import add_labels, start

    rng = np.random.default_rng(3)
    X = rng.normal(size=(160, 2))
    oracle = bl.Oracle((X[:, 0] > 0).astype(int))   # separable: the learner's truth is high
    pool = bl.write_pool(tmp_path, X)
    folder = tmp_path / "c"
    start(folder, pool, model="logreg", strategy="random", seed=1, initial=12, batch_size=10, test_size=40)
    oracle.answer(folder, tmp_path / "a.csv")
    add_labels(folder, [str(tmp_path / "a.csv")])
    bl._round_trip(folder, oracle, tmp_path)
    rounds = bl._curve(folder, "accuracy")
    recording = _Recording(oracle)
    truth = bl.true_scores(folder, rounds, recording, "accuracy")
    asked = Campaign.load(folder).asked
    everyone = {str(i) for i in range(len(X))}
    for r, seen in zip(rounds["round"], recording.asked):
        trained = set(asked.loc[(asked["role"] == "train") & (asked["round"] <= r), "id"].astype(str))
        assert seen == everyone - trained      # the test split's ids are scored, the training ids are not
    assert list(truth.index) == list(rounds["n_labels"]) == [12, 22]
    assert (truth > 0.9).all().all()
    test_ids = frozenset(asked.loc[asked["role"] == "test", "id"].astype(str))
    garbled = bl.true_scores(folder, rounds, _Recording(oracle, test_ids), "accuracy")
    assert (garbled["off_test"] == truth["off_test"]).all()   # the test split's ids are left out of off_test only
    assert (garbled["truth"] < truth["truth"] - 0.1).all()


def test_a_give_up_ends_the_walk_unmet_and_test_labels_are_paid_before_the_next_answer(bl):
    t, up = _answer("test", "random", reason="unsure"), _answer("give up", "random", reason="out of reach")
    answers = {100: dataclasses.replace(t, order=30), 120: up}
    cost, met, how = bl.walk("loop", 100, [100, 120, 140], math.inf, answers.__getitem__, None, 999.0, 2.0)
    assert (cost, met, how) == (120 * 2.0 + 30 * 2.0, False, "100:test 120:give up")
