"""The human labels in hand, then a source's labels for the rest of the pool: the fill set, its curve measured at
counts of human labels, said at the labels in hand with the source's labels it uses, and not weighed by the pick."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, label_batch
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import sources, steps
from planner.campaign.state import SOURCE_CURVE
from tests.seeds import SEED


@pytest.fixture()
def camp(tmp_path):
    """A campaign with 40 human test labels and 30 human training labels, and a source with 10% of its labels wrong
    on 150 of the pool's 200 ids."""
    pool, _, truth = breast_cancer_files(tmp_path, n=200)
    folder = tmp_path / "camp"
    steps.start(folder, pool, initial=10, batch_size=10, test_size=40)
    steps.add_labels(folder, [label_batch(folder, 0, truth, tmp_path / "round0.csv")])
    for r in (1, 2):
        steps.next_batch(folder)
        steps.add_labels(folder, [label_batch(folder, r, truth, tmp_path / f"round{r}.csv")])
    truth = truth.astype({"id": str, "label": str})
    rng = np.random.default_rng(SEED)
    flip = rng.random(len(truth)) < 0.1
    wrong = truth.assign(label=np.where(flip, np.where(truth["label"] == "0", "1", "0"), truth["label"]))
    wrong.iloc[rng.permutation(len(truth))[:150]].to_csv(tmp_path / "v.csv", index=False)
    sources.add_source(folder, [tmp_path / "v.csv"], source="v", price=0.01)
    return folder


IDS = st.lists(st.integers(0, 60), unique=True, max_size=40)


@settings(max_examples=200, deadline=None)
@given(human=IDS, own=IDS, test=st.sets(st.integers(0, 60), max_size=20), k=st.integers(0, 50),
       seed=st.integers(0, 2**16))
def test_the_fill_set_keeps_the_human_label_never_holds_a_test_id_and_covers_both(human, own, test, k, seed):
    rng = np.random.default_rng(seed)
    h = pd.DataFrame({"id": human, "label": [f"h{i}" for i in human]}, dtype=object)
    o = pd.DataFrame({"id": own, "label": rng.choice(["s0", "s1"], len(own))}, dtype=object)
    got, m = sources.fill_set(h, o, test, k)
    first = [i for i in human if i not in test][:k]
    assert not set(got["id"]) & test and not got["id"].duplicated().any()
    assert set(got["id"]) == (set(own) - test) | set(first) and len(got) == len((set(own) - test) | set(first))
    assert m == len(set(own) - test - set(first)) and len(got) == len(first) + m
    kept = dict(zip(got["id"], got["label"]))
    assert all(kept[i] == f"h{i}" for i in first)   # a human label wins over the source's on the same id
    assert all(kept[i] in ("s0", "s1") for i in set(got["id"]) - set(first))


def test_measure_writes_the_fill_curve_at_counts_of_human_labels_with_the_source_labels_beside_them(camp):
    assert main(["campaign", "measure", str(camp)]) == 0
    side = pd.read_csv(camp / SOURCE_CURVE)
    fill = side[side["strategy"] == "fill:v"]
    c = steps.Campaign.load(camp)
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    human = steps._train_labels(c, None)
    own = sources.read_sources(camp)
    covered = set(own["id"]) - test_ids
    assert fill["n_labels"].tolist() == [10, 20, 30] == [n for n in (10, 20, 30) if n <= len(human)]
    for n, m in zip(fill["n_labels"], fill["source_labels"]):
        assert m == len(covered - set(human["id"].iloc[:n]))
    assert fill["disagreement"].isna().all() and (fill["test_size"] == 40).all()
    assert side[side["strategy"] != "fill:v"]["source_labels"].isna().all()


def test_plan_json_lists_the_fill_path_at_the_labels_in_hand_and_the_aside_says_it_not_weighed(camp, capsys):
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    assert main(["plan", str(camp), "--target", "0.5", "--label-price", "1", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert {o["kind"] for o in got["source_pick"]["options"]} <= {"source", "relabel"}
    side = pd.read_csv(camp / SOURCE_CURVE).query("strategy == 'fill:v'")
    m = int(side["source_labels"].iloc[-1])
    path = next(p for p in got["sources"] if p["kind"] == "fill")
    assert [p["source_labels"] for p in path["points"]] == side["source_labels"].astype(int).tolist()
    assert path["forecast"] == [] and path["forecast_none"] == "fill" and path["at"] == 30
    assert path["reached_at"] == 30 and path["cost"] == pytest.approx(m * 0.01)   # the human labels sunk
    assert main(["plan", str(camp), "--target", "0.5", "--label-price", "1"]) == 0
    stop = capsys.readouterr().out   # a stop on a measured hit names no source
    assert got["answer"]["act"] == "stop" and "source v" not in stop and "Aside" not in stop
    assert main(["plan", str(camp), "--target", "0.97", "--label-price", "1", "--explain"]) == 0   # the asides
    text = capsys.readouterr().out
    aside = next(x for x in text.splitlines() if x.startswith("Aside: the 30 human labels in hand"))
    assert f"plus source v's labels of the other {m:,} ids (at $0.01 a label: ${m * 0.01:,.2f} of its" in aside
    assert "Not weighed against the answer above" in aside


@pytest.mark.parametrize("bad", ["-3", "2.5", "", "many"])
def test_a_fill_row_without_a_whole_count_of_source_labels_is_refused_in_one_line(camp, capsys, bad):
    assert main(["campaign", "measure", str(camp)]) == 0
    side = pd.read_csv(camp / SOURCE_CURVE, dtype={"source_labels": object})
    side.loc[side["strategy"] == "fill:v", "source_labels"] = bad
    side.to_csv(camp / SOURCE_CURVE, index=False)
    capsys.readouterr()
    assert main(["plan", str(camp), "--target", "0.9", "--label-price", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "source_labels" in err and "campaign measure" in err


def test_a_fill_cheapest_in_expectation_is_said_beside_the_answer_never_weighed_by_the_pick():
    from types import SimpleNamespace

    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_lines, source_path_lines, source_pick_line

    curve = pd.DataFrame({"strategy": ["source:llm"] * 2 + ["fill:llm"] * 2, "n_labels": [100, 4000, 150, 300],
                          "accuracy": [0.7, 0.8, 0.9, 0.96], "test_size": 400, "source_labels": [None, None, 3750,
                                                                                                  3700]})
    paths = source_paths(curve, {"llm": {"price_per_label": 0.01}}, 0.95, pool_size=4000)
    row = SimpleNamespace(strategy="margin", reachable=True, total_cost=900.0, labels_bought=900.0, beyond_limit=())
    answer = SimpleNamespace(act="continue", reason="verdict", strategy="margin", target=0.95, measured=None,
                             forecast=SimpleNamespace(decision=SimpleNamespace(strategies=(row,))),
                             facts=SimpleNamespace(batch_size=20, train_labels=0))
    fill = next(p for p in paths if p.kind == "fill")
    assert (fill.at, fill.source_labels(fill.at), fill.reached_at, fill.cost) == (300, 3700, 300, pytest.approx(37.0))
    pick = source_pick(answer, paths, 1.0)
    assert pick.cheapest == "answer" and {o.kind for o in pick.options} == {"source"}
    lines = source_lines(paths, pick)
    assert lines[-1] == source_pick_line(pick) and "human labels in hand" not in lines[-1]
    assert any(x.startswith("Aside: the 300 human labels in hand plus source llm's labels of the other 3,700 ids")
               for x in lines)
    assert source_lines([fill], source_pick(answer, [fill], 1.0)) == source_path_lines([fill])   # no pick to say
