"""The campaign's service (:func:`planner.campaign.answer`) is what ``alplan plan DIR`` prints: the same record from
the same question and prices (plan's as kept), and the service alone writes nothing to the folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campaign_fixtures import files_of, played_campaign  # noqa: E402

from planner.campaign import Prices, Question, answer  # noqa: E402
from planner.campaign.measuring import measure, write_curve  # noqa: E402
from planner.campaign.standing import answer_stamp  # noqa: E402
from planner.decide.campaign.asked import AskedQuestion  # noqa: E402
from planner.decide.costs import Scenario  # noqa: E402


def test_the_service_gives_the_record_plan_dir_prints_and_writes_nothing(tmp_path, cli):
    """A campaign with fewer training labels than a forecast needs: the answer is taken from its measurements."""
    camp, _ = played_campaign(tmp_path, n=200, strategy="random", initial=10, batch_size=10, test_size=40, rounds=1)
    write_curve(*measure(camp))
    flags = ("--target", "0.99", "--label-price", "1")
    before = files_of(camp)
    rec = answer(camp, Question(0.99, command="plan", flags=flags),
                 Prices(scenario=Scenario(label_price=1.0)))
    assert files_of(camp) == before
    assert rec.act == "continue" and rec.reason == "few" and rec.forecast is None
    printed = cli.json("plan", camp, *flags)
    # plan keeps the answer: its order of the strategy in force recorded as the campaign's, its stamp of the files
    # as written
    assert printed["campaign"]["decide_at_in_force"] == printed["answer"]["decide_at_labels"] == 40
    assert printed["stamp"] == answer_stamp(camp, AskedQuestion.from_dict(printed["question"])) != rec.stamp
    got = rec.to_dict()
    assert {**got, "stamp": "", "campaign": {**got["campaign"], "decide_at_in_force": 40}} == {**printed, "stamp": ""}
    assert rec.to_dict()["question"] == {"command": "plan", "target": 0.99, "metric": "accuracy", "confidence": 0.9,
                                         "stop_chance": None, "flags": list(flags)}
