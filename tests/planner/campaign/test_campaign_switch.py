"""Switching a campaign's strategy or batch size (`campaign next --strategy S --batch-size N`): every label and id
kept, one curve per strategy that plan and replan read, and when to decide again."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, files_of, label_batch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.forecast.io import MIN_LABEL_COUNTS, read_curves
from planner.forecast.selection import select_curves
from planner.present.next_step_view import EXPLAIN
from planner.campaign import measuring, steps
from planner.decide.campaign.acts import ORDERS
from planner.campaign.state import ASKED, CURVE, SETTINGS, Campaign, stretches


def refused(capsys, argv, *, says: str) -> None:
    try:
        rc = main(argv)
    except SystemExit as exc:  # argparse's own refusal
        rc = exc.code
    assert rc == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"alplan {argv[0]}"), err
    assert "error: " in err and says in err, err


def _label(camp: Path, round_: int, truth: pd.DataFrame, work: Path) -> None:
    steps.add_labels(camp, [label_batch(camp, round_, truth, work / f"l{round_}.csv")])


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return breast_cancer_files(tmp_path_factory.mktemp("pool"))


#: Campaigns already played, by (pool, start, the schedule so far): their folders, which no test changes. A test's
#: campaign is a copy of the longest one played of its schedule, played on from there (a campaign's state is its
#: folder: a copy plays on as the original would), so a start or a round is played once per module, not per test.
_PLAYED: dict[tuple, Path] = {}


def _switched(work: Path, files, schedule, *, start=("random", 10)) -> Path:
    """A campaign started with ``start`` (strategy, batch size), round 0 labeled, then one `next` per
    (strategy or None, batch size or None) of ``schedule``, each batch labeled in full."""
    pool, _, truth = files
    work.mkdir(parents=True, exist_ok=True)
    camp = work / "camp"
    schedule = [tuple(step) for step in schedule]
    key = (str(pool), tuple(start))
    done = max((k for k in range(len(schedule) + 1) if (*key, tuple(schedule[:k])) in _PLAYED), default=None)
    if done is None:
        steps.start(camp, pool, strategy=start[0], initial=10, batch_size=start[1], test_size=40, seed=1)
        _label(camp, 0, truth, work)
        _keep(camp, (*key, ()))
        done = 0
    else:
        shutil.copytree(_PLAYED[(*key, tuple(schedule[:done]))], camp)
    for r, (strategy, batch) in enumerate(schedule[done:], start=done + 1):
        steps.next_batch(camp, strategy=strategy, batch_size=batch)
        _label(camp, r, truth, work)
        _keep(camp, (*key, tuple(schedule[:r])))
    return camp


def _keep(camp: Path, key: tuple) -> None:
    """Keep a copy of ``camp`` as played so far (:data:`_PLAYED`), beside its pool."""
    kept = Path(key[0]).parent / "played" / str(len(_PLAYED))
    shutil.copytree(camp, kept)
    _PLAYED[key] = kept


def test_a_switch_keeps_every_label_and_measures_one_curve_per_strategy(tmp_path, files):
    camp = _switched(tmp_path, files, [(None, None), (None, None), ("margin", 20), (None, None), (None, 5)])
    c = Campaign.load(camp)
    assert stretches(c.settings) == [{"from_round": 1, "strategy": "random", "batch_size": 10},
                                     {"from_round": 3, "strategy": "margin", "batch_size": 20},
                                     {"from_round": 5, "strategy": "margin", "batch_size": 5}]
    assert (c.settings["strategy"], c.settings["batch_size"]) == ("margin", 5)
    train = c.asked.query("role == 'train'")
    assert train.groupby("round").size().tolist() == [10, 10, 10, 20, 20, 5]
    assert train["id"].is_unique and set(train["id"]) <= set(c.labels["id"])
    _, curve = measuring.measure(camp)
    # round 2's row (the model on random's 30 labels) ends random's curve and starts margin's
    assert curve.groupby("strategy", sort=False)["round"].apply(list).to_dict() == {
        "random": [0, 1, 2], "margin": [2, 3, 4, 5]}
    assert curve.groupby("strategy", sort=False)["n_labels"].apply(list).to_dict() == {
        "random": [10, 20, 30], "margin": [30, 50, 70, 75]}
    assert set(curve["batch_size"]) == {5}   # the orders still to come: what plan and replan price
    shared = curve[curve["round"] == 2]
    assert len(shared) == 2 and shared["accuracy"].nunique() == 1
    plan_table = select_curves(read_curves(curve))
    assert set(plan_table["strategy"]) == {"random", "margin"}


def test_right_after_a_switch_every_round_is_shown_and_the_answer_starts_from_the_last(tmp_path, files, capsys):
    pool, _, truth = files
    camp = _switched(tmp_path, files, [(None, None), (None, None), ("margin", None)])
    assert main(["campaign", "measure", str(camp)]) == 0
    said = capsys.readouterr().out
    assert "round 3: 40 labels, accuracy " in said and "(margin)" in said   # the margin round, measured and shown
    assert ("margin: 2 label counts measured, fewer than the 3 a curve is fitted on: its rounds are shown above "
            "and weigh in the answer, but stay out of curve.csv until it has them") in said
    assert set(pd.read_csv(camp / CURVE)["strategy"]) == {"random"}
    flags = ["--target", "0.99", "--label-price", "1", "--json"]
    assert main(["replan", str(camp), *flags]) == 0
    got = json.loads(capsys.readouterr().out)
    measured = got["measured"]
    assert measured["strategy"] == "margin" and measured["labels"] == 40
    assert measured["round"] == 3 and got["campaign"]["labels_in_hand"]["training"] == 40
    assert main(["plan", str(camp), *flags]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["question"] == {**got["question"], "command": "plan"}
    # one answer, whichever command asks
    assert {**again, "question": None} == {**got, "question": None}


def test_a_strategy_used_twice_reads_as_one_curve(tmp_path, files):
    camp = _switched(tmp_path, files, [(None, None), ("margin", None), (None, None), ("random", None),
                                       (None, None)])
    _, curve = measuring.measure(camp)
    rounds = curve.groupby("strategy", sort=False)["round"].apply(list).to_dict()
    assert rounds == {"random": [0, 1, 3, 4, 5], "margin": [1, 2, 3]}
    read_curves(curve)


def test_a_campaign_that_asks_for_what_is_in_force_is_the_campaign_that_never_switches(tmp_path, files):
    plain = _switched(tmp_path / "a", files, [(None, None)] * 3, start=("margin", 10))
    same = _switched(tmp_path / "b", files, [("margin", 10)] * 3, start=("margin", 10))
    for camp in (plain, same):
        measuring.write_curve(*measuring.measure(camp))
    one, two = json.loads((plain / SETTINGS).read_text()), json.loads((same / SETTINGS).read_text())
    assert "stretches" not in two and "decide_at" not in two
    assert {k: v for k, v in one.items() if k not in ("pool", "query_seconds")} == \
        {k: v for k, v in two.items() if k not in ("pool", "query_seconds")}
    assert (plain / ASKED).read_bytes() == (same / ASKED).read_bytes()
    numbers = ["strategy", "batch_size", "round", "n_labels", "accuracy", "macro_f1"]
    pd.testing.assert_frame_equal(pd.read_csv(plain / CURVE)[numbers], pd.read_csv(same / CURVE)[numbers])


@settings(max_examples=8, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(["random", "margin", "entropy"])),
                          st.one_of(st.none(), st.integers(1, 6))), min_size=1, max_size=6),
       st.sampled_from(["random", "margin"]))
def test_any_switch_schedule_keeps_every_id_and_label_and_orders_as_asked(files, schedule, first):
    """However the strategy and batch size switch, no id is asked twice, every label stays in hand, each round
    holds the batch size in force when it was picked, and measure gives one curve per strategy with rising
    label counts that the planner reads."""
    _, _, truth = files
    with tempfile.TemporaryDirectory() as work:
        camp = _switched(Path(work), files, schedule, start=(first, 3))
        c = Campaign.load(camp)
        asked = c.asked
        assert asked["id"].is_unique
        known = dict(zip(truth["id"].astype(str), truth["label"].astype(str)))
        assert len(c.labels) == len(asked) and all(known[i] == lab for i, lab in zip(c.labels["id"],
                                                                                      c.labels["label"]))
        in_force, expected = (first, 3), []
        for strategy, batch in schedule:
            in_force = (strategy or in_force[0], batch or in_force[1])
            expected.append(in_force[1])
        sizes = asked.query("role == 'train' and round > 0").groupby("round").size()
        assert sizes.tolist() == expected
        spans = stretches(c.settings)
        assert [s["from_round"] for s in spans][0] == 1
        assert all((a["strategy"], a["batch_size"]) != (b["strategy"], b["batch_size"])
                   for a, b in zip(spans, spans[1:]))
        assert (spans[-1]["strategy"], spans[-1]["batch_size"]) == in_force
        _, curve = measuring.measure(camp)
        for _, rows in curve.groupby("strategy"):
            assert rows["n_labels"].is_monotonic_increasing and rows["n_labels"].is_unique
        held = curve.attrs.get("held_back", {})
        assert set(curve["strategy"]) | set(held) == {s["strategy"] for s in spans}
        assert sorted(set(curve["round"])) == list(range(len(schedule) + 1)) or held
        if curve.groupby("strategy")["n_labels"].nunique().min() >= MIN_LABEL_COUNTS:
            select_curves(read_curves(curve))


def test_the_held_back_rule_uses_the_planners_minimum():
    assert steps.MIN_CURVE_COUNTS == MIN_LABEL_COUNTS


def test_a_random_campaign_measures_a_random_curve_and_says_when_to_decide_again(tmp_path, files, capsys):
    pool, _, truth = files
    camp = tmp_path / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--strategy", "random", "--initial", "10",
                 "--batch-size", "5", "--test-size", "40"]) == 0
    assert json.loads((camp / SETTINGS).read_text())["decide_at"] == 20
    capsys.readouterr()
    _label(camp, 0, truth, tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    assert main(["campaign", "status", str(camp)]) == 0   # the answer says the order in force and where it ends
    assert ("Continue with random sampling: order 10 labels (2 rounds of 5), then decide again at 20 training labels "
            "in hand.") in capsys.readouterr().out
    for r in (1, 2):
        assert main(["campaign", "next", str(camp)]) == 0
        _label(camp, r, truth, tmp_path)
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    assert main(["campaign", "status", str(camp)]) == 0
    said = capsys.readouterr().out
    # the order in force ran its course: without a target, one round at a time until a target is asked
    assert f"no target asked yet: `alplan plan {camp} --target TARGET`" in said
    assert ("Continue with random sampling: order 5 labels (1 round of 5), then decide again at 25 training labels in "
            "hand.") in said
    _, curve = measuring.measure(camp)
    assert set(curve["strategy"]) == {"random"} and curve["n_labels"].tolist() == [10, 15, 20]

    # a switch to AL clears it; a switch back to random sets twice the training labels then in hand
    steps.next_batch(camp, strategy="margin")
    assert "decide_at" not in json.loads((camp / SETTINGS).read_text())
    _label(camp, 3, truth, tmp_path)
    assert main(["campaign", "status", str(camp)]) == 0
    assert "decide again" not in capsys.readouterr().out
    steps.next_batch(camp, strategy="random")
    assert json.loads((camp / SETTINGS).read_text())["decide_at"] == 50
    _label(camp, 4, truth, tmp_path)
    steps.next_batch(camp, decide_at=33)
    assert json.loads((camp / SETTINGS).read_text())["decide_at"] == 33
    assert main(["campaign", "measure", str(camp)]) == 0
    capsys.readouterr()
    assert main(["campaign", "status", str(camp)]) == 0
    assert ("Label the 5 ids of round 5 and add them; then measure the labels in hand. The order in force runs to 33 "
            "training labels in hand, where the answer is taken again.") in capsys.readouterr().out


def test_start_takes_decide_at_on_any_strategy(tmp_path, files, capsys):
    pool, _, _ = files
    camp = tmp_path / "camp"
    assert main(["campaign", "start", str(camp), "--pool", str(pool), "--decide-at", "80", "--test-size",
                 "40"]) == 0
    assert json.loads((camp / SETTINGS).read_text())["decide_at"] == 80
    margin = _switched(tmp_path / "margin", files, [], start=("margin", 5))
    assert "decide_at" not in json.loads((margin / SETTINGS).read_text())
    capsys.readouterr()
    assert main(["campaign", "status", str(margin)]) == 0
    assert "decide again" not in capsys.readouterr().out


@pytest.mark.parametrize(("flags", "says"), [
    (["--strategy", "bogus"], "unknown strategy 'bogus'"),
    (["--strategy", "bald"], "needs MC-dropout samples"),
    (["--strategy", "cluster_margin"], "keeps state between rounds"),
    (["--batch-size", "0"], "--batch-size must be a whole number from 1"),
    (["--batch-size", "-4"], "--batch-size must be a whole number from 1"),
    (["--batch-size", "many"], "invalid int value: 'many'"),
    (["--decide-at", "0"], "--decide-at must be a whole number from 1"),
])
def test_next_refuses_a_bad_switch_and_writes_nothing(tmp_path, files, capsys, flags, says):
    camp = _switched(tmp_path, files, [(None, None)])
    before = files_of(camp)
    refused(capsys, ["campaign", "next", str(camp), *flags], says=says)
    assert files_of(camp) == before


def test_a_broken_stretches_list_is_refused_in_one_line(tmp_path, files, capsys):
    camp = _switched(tmp_path, files, [(None, None), ("margin", 5)])
    settings_ = json.loads((camp / SETTINGS).read_text())
    settings_["stretches"][1]["from_round"] = 0
    (camp / SETTINGS).write_text(json.dumps(settings_))
    refused(capsys, ["campaign", "measure", str(camp)], says="broken stretches list")


def test_replan_on_a_campaign_gives_its_one_answer_and_refuses_a_curves_files_flags(tmp_path, files, capsys):
    camp = _switched(tmp_path, files, [(None, None), (None, None), (None, None)], start=("margin", 10))
    flags = ["--target", "0.99", "--label-price", "1", "--budget", "60"]
    assert main(["replan", str(camp), *flags, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    answer = got["answer"]
    assert answer["budget"] == 60
    if answer["act"] in ORDERS:   # the budget bounds training labels (test labels: `test`)
        assert answer["order"] <= 60 - got["campaign"]["labels_in_hand"]["training"]
    assert main(["replan", str(camp), *flags]) == 0
    said = capsys.readouterr().out
    lead = [line for line in said.strip().splitlines() if line != EXPLAIN]   # the line naming --explain aside
    assert lead[-1] == (f"Next: `{answer['command']}`" if answer["command"] else
                        "Next: nothing to buy; the measured score stands.")
    before = files_of(camp)
    refused(capsys, ["replan", str(camp), *flags, "--test-size", "40"], says="--test-size steers a curves file")
    assert files_of(camp) == before
    assert main(["replan", str(camp / CURVE), *flags, "--test-size", "40"]) == 0
    assert "alplan campaign next" not in capsys.readouterr().out


def test_a_switch_at_the_first_pick_replaces_the_starts_strategy(tmp_path, files):
    camp = _switched(tmp_path, files, [("margin", 5), (None, None)])
    c = Campaign.load(camp)
    assert stretches(c.settings) == [{"from_round": 1, "strategy": "margin", "batch_size": 5}]
    _, curve = measuring.measure(camp)
    assert set(curve["strategy"]) == {"margin"} and curve["n_labels"].tolist() == [10, 15, 20]


def test_a_short_stretch_before_the_switch_is_left_out_and_the_table_stays_readable(tmp_path, files, capsys):
    camp = _switched(tmp_path, files, [(None, None), ("margin", None), (None, None), (None, None)])
    assert main(["campaign", "measure", str(camp)]) == 0
    said = capsys.readouterr().out
    assert "random: 2 label counts measured, fewer than the 3 a curve is fitted on" in said
    assert "replan" not in said.split("random: 2 label")[1].splitlines()[0]
    curve = pd.read_csv(camp / CURVE)
    assert set(curve["strategy"]) == {"margin"} and curve["round"].tolist() == [1, 2, 3, 4]
    assert main(["fit", str(camp / CURVE), "--target", "0.9"]) == 0


# ------------------------------------------------------------------ strategy names: normalised, checked, agreeing

NAMES = st.sampled_from(["random", "margin", "entropy", "combined:margin+entropy"])
PAD = st.text(" \t", max_size=3)


@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NAMES, then=NAMES, left=PAD, right=PAD, upper=st.booleans())
def test_strategy_names_are_stored_as_the_registry_names_them(files, capsys, first, then, left, right, upper):
    """A strategy name with spaces around it (or ``COMBINED:``) is stored as the registry's name at start and next,
    and asking for what is in force in another spelling records no switch."""
    pool, _, truth = files

    def spelled(name: str) -> str:
        return left + (name.replace("combined:", "COMBINED: ") if upper else name) + right

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        camp = work / "camp"
        assert main(["campaign", "start", str(camp), "--pool", str(pool), "--strategy", spelled(first), "--initial",
                     "10", "--batch-size", "4", "--test-size", "40"]) == 0
        assert json.loads((camp / SETTINGS).read_text())["strategy"] == first
        _label(camp, 0, truth, work)
        assert main(["campaign", "next", str(camp), "--strategy", first]) == 0
        _label(camp, 1, truth, work)
        capsys.readouterr()
        assert main(["campaign", "next", str(camp), "--strategy", spelled(then)]) == 0
        _label(camp, 2, truth, work)
        assert main(["campaign", "next", str(camp), "--strategy", then]) == 0
        out = capsys.readouterr().out
        s = json.loads((camp / SETTINGS).read_text())
        assert s["strategy"] == then
        assert [x["strategy"] for x in stretches(s)] == ([first, then] if then != first else [first])
        assert out.count("from round") == (1 if then != first else 0), out


@pytest.mark.parametrize("name", ["bogus", "", "  ", "margin,entropy", "combined:margin"])
def test_an_unknown_strategy_is_refused_at_start_and_next_with_the_list(tmp_path, files, capsys, name):
    pool, _, _ = files
    refused(capsys, ["campaign", "start", str(tmp_path / "new"), "--pool", str(pool), "--strategy", name],
            says="random, least_confidence, margin")
    assert not (tmp_path / "new").exists()
    camp = _switched(tmp_path, files, [(None, None)])
    before = files_of(camp)
    refused(capsys, ["campaign", "next", str(camp), "--strategy", name], says="random, least_confidence, margin")
    assert files_of(camp) == before


@pytest.fixture(scope="module")
def switched(files, tmp_path_factory):
    """A campaign that switched from random to margin at round 2, round 2 labeled and measured."""
    return _switched(tmp_path_factory.mktemp("switched"), files, [(None, None), ("margin", 5)])


@settings(max_examples=10, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edit=st.one_of(
    st.tuples(st.just("strategy"), st.one_of(st.sampled_from(["bogus", " margin", "Margin", "random", "entropy"]),
                                             st.text(max_size=6))),
    st.tuples(st.just("batch_size"), st.sampled_from([4, 10, 6])),
    st.tuples(st.just("stretch"), st.sampled_from(["bogus", "entropy ", "", "margin+entropy"]))))
def test_a_hand_edited_strategy_is_refused_by_every_command_in_one_line(switched, files, capsys, edit):
    """A strategy that is no registry name, or one the last stretch does not hold (a batch size too): every command
    that reads the folder, `plan DIR` included, exits 2 with one line naming it, and writes nothing."""
    key, value = edit
    with tempfile.TemporaryDirectory() as work:
        camp = Path(work) / "camp"
        shutil.copytree(switched, camp)
        s = json.loads((camp / SETTINGS).read_text())
        assert (s["strategy"], s["batch_size"]) == ("margin", 5)
        if key == "stretch":
            s["stretches"][-1]["strategy"] = s["strategy"] = value
        else:
            s[key] = value
        if (s["strategy"], s["batch_size"]) == ("margin", 5):
            return   # the campaign as it was
        (camp / SETTINGS).write_text(json.dumps(s))
        before = files_of(camp)
        from simulations.strategies import available

        agreeing = key == "batch_size" or value in available()   # a registry name the last stretch does not hold
        says = "last stretch" if agreeing else "not a strategy's name"
        labels = label_batch(camp, 2, files[2], Path(work) / "l.csv")
        for argv in (["campaign", "status", str(camp)], ["campaign", "measure", str(camp)],
                     ["campaign", "next", str(camp)], ["campaign", "add", str(camp), str(labels)],
                     ["plan", str(camp), "--target", "0.9", "--label-price", "0.1"]):
            refused(capsys, argv, says=says)
        assert files_of(camp) == before
