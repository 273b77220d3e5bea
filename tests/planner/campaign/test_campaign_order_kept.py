"""The kept answer (``answer.json``) is shown, never an input to the decision: the order in force is the campaign's
own (``campaign.json``'s ``decide_at``, recorded when an answer that orders more of the strategy in force is kept),
so deleting, corrupting or replacing ``answer.json`` never changes the act, the order or the count to decide again
that the campaign's files give (:func:`planner.campaign.service.standing_answer`) or that the service takes
(:func:`planner.campaign.answer`)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campaign_fixtures import breast_cancer_files, label_batch, run_campaign  # noqa: E402

from planner.campaign import Prices, Question, answer, steps  # noqa: E402
from planner.campaign.measuring import measure, write_curve  # noqa: E402
from planner.campaign.service import standing_answer  # noqa: E402
from planner.campaign.standing import answer_stamp, read_answer, write_answer  # noqa: E402
from planner.decide.campaign.asked import AskedQuestion  # noqa: E402
from planner.campaign.state import ANSWER, QUESTION, SETTINGS  # noqa: E402
from planner.cli import main  # noqa: E402
from planner.decide.costs import Scenario  # noqa: E402

FLAGS = ("--target", "0.99", "--label-price", "1")
QUESTION_ASKED = Question(0.99, command="plan", flags=FLAGS)
PRICES = Prices(scenario=Scenario(label_price=1.0))


def _asked(camp: Path) -> AskedQuestion:
    """The question ``camp``'s question.json records."""
    return AskedQuestion.from_dict(json.loads((camp / QUESTION).read_text()))


def _decision(record) -> tuple:
    """(act, order, count to decide again) of an answer (a :class:`CampaignAnswer` or its JSON)."""
    a = (record.to_dict() if hasattr(record, "to_dict") else record)["answer"]
    return a["act"], a["order"], a["decide_at_labels"]


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """Three folders of one random campaign of 50 training labels, asked once (its answer kept: an order of random
    to 100 labels): as kept; one round ordered since (plain ``campaign next``); that round labeled and measured too."""
    work = tmp_path_factory.mktemp("order")
    pool, _, truth = breast_cancer_files(work, n=200)
    truth = truth.astype({"id": str, "label": str})
    kept = work / "kept"
    steps.start(kept, pool, strategy="random", initial=10, batch_size=5, test_size=40, seed=3)
    run_campaign(kept, truth, 8, work)
    assert main(["plan", str(kept), *FLAGS]) == 0
    ordered = Path(shutil.copytree(kept, work / "ordered"))
    steps.next_batch(ordered)
    added = Path(shutil.copytree(ordered, work / "added"))
    steps.add_labels(added, [label_batch(added, 9, truth, work / "labels-9.csv")])
    write_curve(*measure(added))
    return {"kept": kept, "ordered": ordered, "added": added}


def _mutate(camp: Path, how: str, forged: tuple) -> None:
    """``answer.json`` deleted, corrupted, or replaced by another sealed answer to the same question (``forged``:
    its act, strategy, count to decide again and stamp)."""
    path = camp / ANSWER
    if how == "delete":
        path.unlink()
    elif how == "corrupt":
        path.write_bytes(path.read_bytes()[:57] + b"\x00{not json")
    else:
        act, strategy, at, stamp = forged
        record = read_answer(camp)
        record["answer"] = {**record["answer"], "act": act, "strategy": strategy, "decide_at_labels": at}
        write_answer(camp, {**record, "stamp": stamp})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.sampled_from(["kept", "ordered", "added"]),
       decide_at=st.sampled_from(["as is", None, 20, 60, 120]),
       how=st.sampled_from(["delete", "corrupt", "replace"]),
       forged=st.tuples(st.sampled_from(["continue", "switch", "split", "stop"]),
                        st.sampled_from(["random", "margin", "entropy"]), st.integers(51, 190),
                        st.text("0123456789abcdef", min_size=32, max_size=32)))
def test_the_kept_answer_never_changes_what_the_files_decide(states, tmp_path_factory, state, decide_at, how, forged):
    camp = Path(shutil.copytree(states[state], tmp_path_factory.mktemp("s") / "camp"))
    if decide_at != "as is":   # the order in force set by hand (`campaign next --decide-at`), or none
        s = json.loads((camp / SETTINGS).read_text())
        s.pop("decide_at", None)
        (camp / SETTINGS).write_text(json.dumps({**s, **({} if decide_at is None else {"decide_at": decide_at})}))
    stands = read_answer(camp)["stamp"] == answer_stamp(camp, _asked(camp))
    before = _decision(standing_answer(camp))
    _mutate(camp, how, forged)
    after = _decision(standing_answer(camp))
    (camp / ANSWER).unlink(missing_ok=True)
    files = _decision(standing_answer(camp))
    assert after == files
    if not stands:   # the kept answer repeated only while its stamp holds; otherwise the files' answer
        assert before == files
    assert stands == (state == "kept" and decide_at == "as is")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["delete", "corrupt", "replace"]),
       forged=st.tuples(st.sampled_from(["continue", "switch", "stop"]), st.sampled_from(["random", "margin"]),
                        st.integers(51, 190), st.sampled_from(["", "0" * 32])))
def test_the_kept_answer_never_changes_the_service_s_answer(states, tmp_path_factory, how, forged):
    camp = Path(shutil.copytree(states["kept"], tmp_path_factory.mktemp("a") / "camp"))
    before = answer(camp, QUESTION_ASKED, PRICES)
    _mutate(camp, how, forged)
    after = answer(camp, QUESTION_ASKED, PRICES)
    assert (after.act, after.order, after.decide_at) == (before.act, before.order, before.decide_at)


def test_a_kept_order_is_the_campaign_s_own_and_its_stamp_holds(states, tmp_path, cli):
    """``plan DIR`` keeps an order of the strategy in force: campaign.json records its count, the kept answer's stamp
    names the files as written (``campaign status`` repeats it), and once a round is ordered and labeled the files
    alone give that order, answer.json gone or not."""
    kept = states["kept"]
    record = read_answer(kept)
    assert _decision(record) == ("continue", 50, 100)
    assert json.loads((kept / SETTINGS).read_text())["decide_at"] == 100
    assert record["stamp"] == answer_stamp(kept, _asked(kept))
    status = cli.json("campaign", "status", kept, "--json")["answer"]
    assert status == cli.json("plan", kept, *FLAGS)
    assert {k: status[k] for k in ("stamp", "answer")} == {k: record[k] for k in ("stamp", "answer")}
    camp = Path(shutil.copytree(states["added"], tmp_path / "camp"))
    assert json.loads((camp / SETTINGS).read_text())["decide_at"] == 100   # `campaign next` keeps the order
    for gone in (False, True):
        if gone:
            (camp / ANSWER).unlink()
        a = cli.json("campaign", "status", camp, "--json")["answer"]
        assert (a["answer"]["act"], a["answer"]["reason"], a["answer"]["decide_at_labels"]) == \
            ("continue", "standing", 100)
        assert a["campaign"]["decide_at_in_force"] == 100 and a["campaign"]["labels_in_hand"]["training"] == 55
