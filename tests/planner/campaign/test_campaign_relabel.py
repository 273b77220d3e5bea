"""A source's labels with people re-labeling where the learner disagrees: the disagreement found by cross-fitting,
the re-labeled curve measured only where people labeled every id, priced per re-label and weighed by the pick's rule."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from campaign_fixtures import labeled_campaign
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.campaign import sources, steps
from planner.campaign.state import SOURCE_CURVE
from tests.seeds import SEED


@pytest.fixture()
def camp(tmp_path):
    """A campaign with 40 human test labels and 30 human training labels, and a source with 20% of its labels wrong."""
    folder, truth = labeled_campaign(tmp_path, initial=30)
    flip = np.random.default_rng(SEED).random(len(truth)) < 0.2
    wrong = truth.assign(label=np.where(flip, np.where(truth["label"] == "0", "1", "0"), truth["label"]))
    wrong.to_csv(tmp_path / "v.csv", index=False)
    sources.add_source(folder, [tmp_path / "v.csv"], source="v", price=0.01)
    return folder, truth


@settings(max_examples=60, deadline=None)
@given(y=st.lists(st.integers(0, 2), min_size=1, max_size=60), folds=st.integers(1, 8), seed=st.integers(0, 2**16))
def test_cross_fitting_predicts_every_label_out_of_its_own_fold(y, folds, seed):
    y = np.asarray(y)
    seen = []

    def fit_predict(keep, out):   # a learner that answers the most frequent class of what it was fitted on
        assert not set(keep) & set(out)
        seen.extend(out)
        return np.full(len(out), np.bincount(y[keep]).argmax())

    wrong = sources.cross_fit_disagreement(y, fit_predict, np.random.default_rng(seed), folds)
    again = sources.cross_fit_disagreement(y, lambda k, o: np.full(len(o), np.bincount(y[k]).argmax()),
                                           np.random.default_rng(seed), folds)
    assert wrong.dtype == bool and len(wrong) == len(y) and 0 <= wrong.mean() <= 1 and (wrong == again).all()
    assert len(seen) == len(set(seen)) <= len(y)   # each id predicted once, by a fit that never saw it
    if len(np.unique(y)) == 1:
        assert not wrong.any()


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.booleans()), min_size=1, max_size=80))
def test_re_labeling_every_disagreement_by_the_human_label_never_lowers_accuracy_on_human_labeled_ids(rows):
    source, human, disagree = (np.asarray(c) for c in zip(*rows))
    fixed = sources.relabeled(source, human, disagree)
    assert np.mean(fixed == human) >= np.mean(source == human)
    assert (fixed[~disagree] == source[~disagree]).all() and (fixed[disagree] == human[disagree]).all()
    # every disagreement re-labeled where the source is wrong: the re-labeled set is right wherever it disagreed
    assert np.mean(sources.relabeled(source, human, source != human) == human) == 1


def test_the_re_label_curve_is_measured_only_on_ids_people_labeled_and_never_on_test_ids(camp):
    folder, truth = camp
    assert main(["campaign", "measure", str(folder)]) == 0
    side = pd.read_csv(folder / SOURCE_CURVE)
    alone, again = (side[side["strategy"] == f"{k}:v"] for k in ("source", "relabel"))
    assert again["n_labels"].tolist() == [30]   # the 30 human training ids the source labels too
    assert alone["n_labels"].max() == 200 - 40 and side["disagreement"].dropna().between(0, 1).all()
    assert side[side["strategy"] == "fill:v"]["disagreement"].isna().all()
    assert (again["label_noise"] <= 0.2 + 0.15).all() and (side["test_size"] == 40).all()
    # the same files give the same curve (the folds are seeded); a human label of every non-test id measures it on
    # the source's whole order, the scores are read on the test labels
    c = steps.Campaign.load(folder)
    first, _ = sources.source_curves(c)
    pd.testing.assert_frame_equal(first.drop(columns="train_seconds"), sources.source_curves(c)[0].drop(
        columns="train_seconds"))
    whole, _ = sources.source_curves(c, human=truth)
    counts = whole[whole["strategy"] == "relabel:v"]["n_labels"].tolist()
    assert counts == alone["n_labels"].tolist() and (whole["relabel:v" == whole["strategy"]]["label_noise"] < 0.2).all()


def _answer(act="switch", reason="verdict", strategy="margin", *, cost=500.0):
    """A campaign's answer whose verdict prices its path ``cost`` from here."""
    from types import SimpleNamespace

    row = SimpleNamespace(strategy=strategy, reachable=True, total_cost=cost, labels_bought=100.0, beyond_limit=())
    return SimpleNamespace(act=act, reason=reason, strategy=strategy, target=0.9, measured=None,
                           forecast=SimpleNamespace(decision=SimpleNamespace(strategies=(row,))),
                           facts=SimpleNamespace(batch_size=20, train_labels=0))


def _relabel_path(points, price, shares, source_shares=()):
    from planner.decide.campaign.source_path import SourcePath

    return SourcePath("s", "accuracy", 0.9, None, 0.5, 100, 100, 100, 0.0, price, None, None, tuple(points),
                      kind="relabel", shares=tuple(shares), source_shares=tuple(source_shares))


def test_a_re_label_curve_is_quoted_at_its_measured_counts_only_never_forecast():
    from planner.decide.campaign.source_path import source_paths
    from planner.present.source_view import source_path_lines

    counts = [20, 40, 80, 160]
    curve = pd.DataFrame({"strategy": ["source:s"] * 4 + ["relabel:s"] * 3, "n_labels": counts + counts[:3],
                          "accuracy": [0.7, 0.75, 0.78, 0.8, 0.75, 0.8, 0.84], "test_size": 300,
                          "disagreement": [0.4, 0.3, 0.25, 0.2, 0.35, 0.3, 0.25], "label_noise": 0.0,
                          "source_tested": [100] * 4 + [float("nan")] * 3})
    alone, again = source_paths(curve, {"s": {"price_per_label": 0.01}}, 0.9, pool_size=5_000)
    assert alone.forecast and (again.kind, again.forecast, again.forecast_none) == ("relabel", (), "relabel")
    assert [again.relabels(n) for n in counts[:3]] == [7, 12, 20] and again.source_shares[-1] == (160, 0.2)
    line = source_path_lines([again])[0]
    assert "not measured nor forecast; the learner disagrees with 20% of its 160 labels" in line


def test_a_count_not_measured_is_priced_at_the_source_curves_share_below_it():
    path = _relabel_path([(40, 0.8, 0.1)], 0.01, [(40, 0.25)], [(40, 0.3), (80, 0.2), (160, 0.1)])
    assert [path.relabels(n) for n in (40, 100, 160, 1000)] == [10, 20, 16, 100]
    assert _relabel_path([(40, 0.8, 0.1)], 0.01, [(40, 0.25)]).relabels(400) == 100   # its own last share


ANSWER_COSTS = st.one_of(st.none(), st.floats(0, 1e5))
POINTS = st.lists(st.tuples(st.integers(1, 5_000), st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=5)


@settings(max_examples=150, deadline=None)
@given(cost=ANSWER_COSTS, alone=POINTS, again=POINTS, share=st.floats(0, 1), price=st.floats(0, 5),
       human=st.none() | st.floats(0, 50), fill=POINTS, used=st.integers(0, 10_000))
def test_the_pick_over_sources_and_re_labels_is_the_printed_rule_applied_to_its_own_json_a_fill_said_not_weighed(
        cost, alone, again, share, price, human, fill, used):
    from planner.decide.campaign.source_path import SourcePath, source_pick
    from planner.present.source_view import source_lines

    answer = _answer(act="label", reason="first", strategy=None) if cost is None else _answer(cost=cost)
    fill = sorted(fill)
    paths = [SourcePath("s", "accuracy", 0.9, None, 0.5, 100, 100, 100, 0.0, price, None, None, tuple(alone)),
             _relabel_path(again, price, [(n, share) for n, *_ in again]),
             SourcePath("s", "accuracy", 0.9, None, 0.5, fill[-1][0], fill[-1][0], 100, 0.0, price, None, None,
                        tuple(fill), kind="fill", fills=tuple((n, used + i) for i, (n, *_) in enumerate(fill)))]
    pick = source_pick(answer, paths, human)
    got = json.loads(json.dumps(pick.to_dict(), allow_nan=False))
    a, options = got["answer_expected_cost"], got["options"]
    kinds = {o["kind"] for o in options}
    assert kinds == ({"source", "relabel"} if human is not None else {"source"})   # a fill is never weighed
    assert got["relabel_unpriced"] == ([] if human is not None else ["s"])
    for o in options:   # the printed parts add up
        assert o["cost"] == pytest.approx(o["source_label_cost"] + o["relabel_cost"])
        assert o["source_label_cost"] == pytest.approx(o["labels"] * price)
        assert o["relabel_cost"] == pytest.approx(o["relabels"] * (human or 0))
        assert 0 <= o["relabels"] <= o["labels"] and (o["kind"] == "relabel" or o["relabels"] == 0)
        if a is not None:
            assert o["expected_cost"] == pytest.approx(o["cost"] + (1 - o["p"]) * a)
    chosen = next(o for o in options if (o["labels"], o["cost"], o["p"], o["kind"]) ==
                  (got["source_labels"], got["source_cost"], got["source_p"], got["source_kind"]))
    if a is None:
        assert got["cheapest"] is None
    else:
        least = min(o["expected_cost"] for o in options)
        assert chosen["expected_cost"] == least
        assert got["cheapest"] == (chosen["kind"] if least < a else None if got["answer_more_than"] else "answer")
    lines = source_lines(paths, pick)
    assert all(len(x.splitlines()) == 1 for x in lines)
    said = lines[len(paths)]   # the pick's sentence, after an aside per path
    if got["cheapest"] == "relabel":
        assert "re-labeling source s's disagreements" in said and "re-labeled by people for" in said
    aside = next(x for x in lines if x.startswith(f"Aside: the {fill[-1][0]:,} human labels in hand"))
    assert f"source s's labels of the other {used + len(fill) - 1:,} ids" in aside and "Not weighed" in aside


def test_a_disagreement_share_outside_0_to_1_is_refused_in_one_line(camp, capsys):
    folder, _ = camp
    assert main(["campaign", "measure", str(folder)]) == 0
    side = pd.read_csv(folder / SOURCE_CURVE)
    side.assign(disagreement=1.5).to_csv(folder / SOURCE_CURVE, index=False)
    capsys.readouterr()
    assert main(["plan", str(folder), "--target", "0.9", "--label-price", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "column 'disagreement'" in err and "campaign measure" in err


def test_plan_without_a_human_price_says_the_re_labels_are_not_weighed(camp, capsys):
    from planner.decide.campaign.source_path import source_paths, source_pick
    from planner.present.source_view import source_lines

    folder, _ = camp
    assert main(["campaign", "measure", str(folder)]) == 0
    paths = source_paths(pd.read_csv(folder / SOURCE_CURVE), {"v": {"price_per_label": 0.01}}, 0.9)
    lines = source_lines(paths, source_pick(_answer(cost=100.0), paths))
    assert any(x.startswith("Aside: re-label source v's disagreements") for x in lines)
    assert "Re-labeling the disagreements of source v is not weighed" in lines[-1]
