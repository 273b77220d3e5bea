"""One answer, one voice: where a source's option is cheapest in expectation to the target from here, the campaign's
answer leads with it (what to do, its price, its score and chance, the human path if it falls short), its command
writes exactly the training set `campaign measure` trained that option on, and the separate "cheapest in
expectation" sentence is not said again; where the answer's path is cheapest, the words are as they were."""

from __future__ import annotations

import dataclasses
import json
import shlex
import shutil
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from campaign_fixtures import breast_cancer_files, files_of, label_batch, run_campaign, sourced_campaign
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.decide.campaign.answer import answer_record
from planner.cli import main
from planner.campaign.page import page_answer
from planner.decide.costs import Scenario
from planner.decide.campaign.answer import CampaignAnswer, lead_of
from planner.decide.campaign.next_step import CampaignFacts, answer_of
from planner.decide.campaign.source_path import SourcePath, source_pick
from planner.decide.campaign.stop_rule import MeasuredPoint
from planner.present.lead_view import campaign_text, source_after
from planner.present.next_step_view import EXPLAIN, MAX_LEAD, answer_text
from planner.present.source_view import source_lines, source_pick_line
from planner.present.words import money, percent
from planner.campaign import sources, steps
from planner.campaign.state import SOURCE_CURVE, Campaign

CHEAPEST = "Cheapest in expectation"


# ---------------------------------------------------------------- the words, on any pick


def _facts(batch: int) -> CampaignFacts:
    return CampaignFacts(folder="my camp", strategy="random", batch_size=batch, train_labels=45, test_labels=40,
                         left=100, rounds=pd.DataFrame(), round=3, forecast_from=20)


def _measured(p_met: float) -> MeasuredPoint:
    return MeasuredPoint(labels=45, score=0.92, test_size=40, strategy="random", round=3, target=0.9, confidence=0.9,
                         low=0.85, high=0.96, p_met=p_met, held_out=True, stop=True)


def _ns(kind: str, cost: float, more: bool, p_met: float, batch: int) -> CampaignAnswer:
    """A campaign's answer: priced (switch to margin at ``cost`` from here, "more than" with ``more``), a stop on a
    measured hit with ``p_met``, or a path that reaches the target in no forecast."""
    row = SimpleNamespace(strategy="margin" if kind == "priced" else "random", reachable=kind != "unreached",
                          total_cost=cost if kind != "unreached" else float("inf"), labels_bought=120.0,
                          labels=120.0, labels_low=100.0, labels_high=150.0, probability_cheapest=1.0,
                          beyond_limit=("total_cost",) if more else ())
    verdict = SimpleNamespace(decision=SimpleNamespace(strategies=(row,)), to_dict=dict)
    if kind == "met":
        return answer_of("stop", facts=_facts(batch), target=0.9, reason="met", measured=_measured(p_met))
    if kind == "unreached":
        return answer_of("continue", facts=_facts(batch), target=0.9, strategy="random", order=40, decide_at=85.0,
                         reason="unreached", verdict=verdict)
    return answer_of("switch", facts=_facts(batch), target=0.9, strategy="margin", order=40, reason="verdict",
                     verdict=verdict)


def _paths(points, price, shares) -> list:
    """A source measured at ``points`` (labels, score, P) at ``price``, and its re-label curve at the same counts,
    each re-labeling a share ``shares`` of its labels."""
    pts = tuple(points)
    share = tuple((n, s) for (n, *_), s in zip(pts, shares))
    return [SourcePath("llm", "accuracy", 0.9, None, 0.5, 100, 100, 40, 0.0, price, None, None, pts),
            SourcePath("llm", "accuracy", 0.9, None, 0.5, 100, 100, 40, 0.0, price, None, None, pts,
                       forecast_none="relabel", kind="relabel", shares=share, source_shares=share)]


ANSWERS = st.builds(_ns, st.sampled_from(["priced", "met", "unreached"]), st.floats(0, 1e4), st.booleans(),
                    st.floats(0.5, 1), st.integers(1, 50))
POINTS = st.lists(st.tuples(st.integers(1, 5_000), st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=4,
                  unique_by=lambda t: t[0])


@settings(max_examples=300, deadline=None)
@given(ns=ANSWERS, points=POINTS, price=st.floats(0, 2), label_price=st.none() | st.floats(0, 20),
       shares=st.lists(st.floats(0, 1), min_size=4, max_size=4))
def test_the_answer_leads_with_the_cheapest_option_and_says_it_once(ns, points, price, label_price, shares):
    paths = _paths(points, price, shares)
    pick = source_pick(ns, paths, label_price)
    answer = answer_record(ns, None, aside=paths, pick=pick)   # its lead written as it is built
    assert answer.lead == lead_of(ns, pick)
    answer = dataclasses.replace(answer, forecast=None)   # a stand-in forecast: no lines of its own to say
    rec = answer.to_dict()
    text = campaign_text(answer, explain=True)
    short = campaign_text(answer).split("\n")
    assert len(short) <= MAX_LEAD and text.startswith("\n".join(x for x in short if x != EXPLAIN))
    said = text.split("\n\n")[0].splitlines()   # the lead
    after = source_after(answer)
    fields = rec["lead"]
    if pick.cheapest in ("source", "relabel") and pick.answer_status != "met":   # a measured stop always leads
        o = pick.shown
        lead = said[1] if ns.measured is not None else said[0]   # after the measured point, where there is one
        first = (f"Train on {o.labels:,} of source llm's labels: " if o.kind == "source" else
                 f"Re-label source llm's disagreements: {o.labels:,} of its labels for ")
        assert lead.startswith(first) and "; if it falls short: " in lead and lead.endswith(".")
        assert not any(CHEAPEST in line for line in [*text.splitlines(), *after])
        assert after == [line for line in source_lines(paths, pick) if line != source_pick_line(pick)]
        assert fields["kind"] == o.kind and fields["option"] == pick.to_dict()["options"][
            pick.options.index(o)]
        command = shlex.split(fields["command"])
        assert command[:4] == ["alplan", "campaign", "export", "my camp"] and command[command.index("--labels") + 1] \
            == str(o.labels) and ("--kind" in command) == (o.kind == "relabel")
        assert f"Next: `{fields['command']}`" in said
        assert said[-1].startswith("Next if it falls short: ")
    else:
        assert text == answer_text(answer, [], explain=True)
        assert fields == {"kind": "answer", "option": None, "command": None}
        met = ns.met_stop
        assert after == ([] if met else source_lines(paths, pick))   # a stop names no source


def test_a_sure_cheap_source_leads_a_priced_answer_with_its_saving():
    ns = _ns("priced", 500.0, False, 1.0, 20)
    paths = _paths([(200, 0.96, 0.999)], 0.5, [0.1])
    pick = source_pick(ns, paths, 1.0)
    assert pick.cheapest == "source" and pick.by > 0
    answer = dataclasses.replace(answer_record(ns, None, aside=paths, pick=pick), forecast=None)
    lead = campaign_text(answer).splitlines()[0]
    assert lead == (f"Train on 200 of source llm's labels: {money(100)}, measured at 96.0% accuracy, P "
                    f"{percent(0.999)} that the true accuracy meets the 90% target; if it falls short: switch to "
                    f"margin, 75 labels more for {money(500)} (the labels in hand sunk): "
                    f"{money(pick.source_expected_cost)} in expectation, {money(pick.by)} less than the human path "
                    "alone.")


# ---------------------------------------------------------------- on a campaign


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    """A random campaign with a source labeling the whole pool (:func:`campaign_fixtures.sourced_campaign`), all
    measured."""
    camp = sourced_campaign(tmp_path_factory.mktemp("lead"), "llm")
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


@pytest.fixture(scope="module")
def behind(tmp_path_factory):
    """As :func:`campaign` a round earlier: 40 training labels measure 92.5%, short of 93%, where 120 of the
    source's labels measure 95%."""
    camp = sourced_campaign(tmp_path_factory.mktemp("behind"), "llm", rounds=2)
    assert main(["campaign", "measure", str(camp)]) == 0
    return camp


def _plan(capsys, camp, target, label_price):
    ask = ["plan", str(camp), "--target", str(target), "--label-price", str(label_price)]
    capsys.readouterr()
    assert main([*ask, "--explain"]) == 0   # the lead, then the details (as the page reads them)
    text = capsys.readouterr().out
    assert main([*ask, "--json"]) == 0
    return text, json.loads(capsys.readouterr().out)


def _test_ids(camp) -> set:
    c = Campaign.load(camp)
    return set(c.asked.loc[c.asked["role"] == "test", "id"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(target=0.93, label_price=5.0, earlier=True)   # a source leads a priced answer
@given(target=st.sampled_from([0.9, 0.93, 0.94]), label_price=st.sampled_from([0.5, 5.0, 50.0]),
       earlier=st.booleans())
def test_the_lead_on_a_campaign_is_the_pick_and_its_printed_command_writes_its_training_set(
        campaign, behind, capsys, target, label_price, earlier, tmp_path_factory):
    campaign = behind if earlier else campaign
    text, got = _plan(capsys, campaign, target, label_price)
    pick, answer = got["source_pick"], got["answer"]
    lead = pick["cheapest"] if pick["cheapest"] not in (None, "answer") and pick["answer_status"] != "met" else "answer"
    said = lead == "answer" and pick["cheapest"] is not None and pick["answer_status"] != "met"   # a stop names none
    assert got["lead"]["kind"] == lead and (CHEAPEST in text) == said
    assert (pick["answer_status"] != "met") or text.splitlines()[0].startswith("Measured: ") and \
        text.splitlines()[1].startswith("Stop: ")   # a measured hit says stop first
    page = page_answer(str(campaign), Scenario(label_price=label_price), target, confidence=0.9)[1]
    if got["forecast"] is None:   # an answer settled by the measurements: the page gives the CLI's words
        assert text == page + "\n"
    if lead == "answer":
        return
    assert got["lead"]["option"]["kind"] == lead and answer["reason"] != "met"   # a measured stop is never led
    assert f"if it falls short: {answer['act']}" in text.lower()   # the act stays the human path's, after the lead
    command = got["lead"]["command"]
    assert f"Next: `{command}`" in text.splitlines()
    words = shlex.split(command)
    out = Path(words[words.index("--out") + 1])
    out.unlink(missing_ok=True)
    before = files_of(campaign)
    assert main(words[1:]) == 0
    wrote = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(wrote.columns) == ["id", "label"] and len(wrote) == got["lead"]["option"]["labels"]
    assert not set(wrote["id"]) & _test_ids(campaign) and wrote["id"].is_unique
    assert files_of(campaign) == before
    fallback = next(line for line in text.splitlines() if line.startswith("Next if it falls short: "))
    if "`" in fallback:   # the human path's command runs as printed too (on a copy: it changes the campaign)
        words = shlex.split(fallback.split("`")[1])
        copy = Path(shutil.copytree(campaign, tmp_path_factory.mktemp("fallback") / campaign.name))
        assert main([str(copy) if w == str(campaign) else w for w in words[1:]]) == 0


def test_an_export_is_exactly_what_the_measure_trained_on(campaign, tmp_path, monkeypatch):
    from planner.campaign.cache import CACHE

    shutil.rmtree(campaign / CACHE, ignore_errors=True)   # every curve trained now, none read back
    fits = []
    real = sources._Trainer._fit
    monkeypatch.setattr(sources._Trainer, "_fit", lambda self, part: fits.append(part.copy()) or real(self, part))
    c = Campaign.load(campaign)
    curve, _ = sources.source_curves(c)
    monkeypatch.undo()
    for strategy, n in zip(curve["strategy"], curve["n_labels"]):
        kind = strategy.split(":")[0]
        if kind == "fill":   # shown beside the answer, never its lead: nothing to export
            continue
        out = tmp_path / f"{kind}-{n}.csv"
        assert main(["campaign", "export", str(campaign), "--source", "llm", "--labels", str(n), "--out", str(out),
                     "--kind", kind]) == 0
        wrote = pd.read_csv(out, dtype=str, keep_default_na=False)
        trained = [f[["id", "label"]].astype(str).reset_index(drop=True) for f in fits if len(f) == n]
        assert any(t.equals(wrote) for t in trained), (strategy, n)


def refused(capsys, argv, says: str) -> None:
    assert main([str(a) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("alplan campaign: error: ") and says in err, err


@pytest.mark.parametrize(("flags", "says"), [
    (["--source", "nope", "--labels", "30"], "is not a source of the campaign"),
    (["--source", "bad name!", "--labels", "30"], "is not a source name"),
    (["--source", "llm", "--labels", "31"], "is not a count source:llm was measured at"),
    (["--source", "llm", "--labels", "0"], "--labels must be a whole number"),
    (["--source", "llm", "--labels", "100000"], "is beyond the 160 non-test ids"),
    (["--source", "llm", "--labels", "160", "--kind", "relabel"], "is beyond the 45 non-test ids relabel:llm"),
    (["--source", "llm", "--labels", "30", "--out", "{camp}/labels.csv"], "is a file of the campaign"),
    (["--source", "llm", "--labels", "30", "--out", "{camp}/batches/x.csv"], "is a file of the campaign"),
    (["--source", "llm", "--labels", "30", "--out", "{work}/pool.csv"], "is the campaign's pool"),
    (["--source", "llm", "--labels", "30", "--out", "{work}/x.txt"], "--out must end in .csv"),
    (["--source", "llm", "--labels", "30", "--out", "{work}/no/such/x.csv"], "cannot write"),
])
def test_a_bad_export_is_refused_in_one_line_and_writes_nothing(campaign, tmp_path, capsys, flags, says):
    work = campaign.parent
    flags = [f.format(camp=campaign, work=work) for f in flags]
    if "--out" not in flags:
        flags += ["--out", str(tmp_path / "out.csv")]
    before, around = files_of(campaign), sorted(p.name for p in tmp_path.iterdir())
    refused(capsys, ["campaign", "export", campaign, *flags], says)
    assert files_of(campaign) == before and sorted(p.name for p in tmp_path.iterdir()) == around


def test_an_export_after_the_labels_changed_asks_for_a_measure_first(campaign, tmp_path, capsys):
    camp = Path(shutil.copytree(campaign, tmp_path / "camp"))
    table = sources.read_sources(camp)
    c = Campaign.load(camp)
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    drop = table[~table["id"].isin(test_ids)].index[0]
    sources._write_sources(table.drop(index=drop), camp / sources.SOURCES)
    refused(capsys, ["campaign", "export", camp, "--source", "llm", "--labels", "30", "--out", tmp_path / "x.csv"],
            "changed since the last measure")


def test_a_measured_stop_leads_and_names_no_source(campaign, capsys):
    """The labels in hand measure 95% on 40 test labels. At 93% the chance they meet it is 48%: no stop (the reading
    is not called met), and the source's cheaper labels may lead. At 85% the 40 test labels alone give it 97%: the
    answer says stop with its chance, and its words name no source (the measured score stands)."""
    unsure, got = _plan(capsys, campaign, 0.93, 5.0)
    assert got["answer"]["act"] != "stop" and got["measured"]["met"] and not got["measured"]["stop"]
    assert "reads at or above the 93% target. Not sure yet" in unsure.splitlines()[0]
    text, got = _plan(capsys, campaign, 0.85, 5.0)
    lines = text.split("\n\n")[0].splitlines()   # the lead
    assert got["lead"] == {"kind": "answer", "option": None, "command": None}
    assert got["answer"]["act"] == "stop" and got["answer"]["command"] is None and got["measured"]["p_met"] >= 0.9
    assert lines[1:] == [f"Stop: measured 95.0% at 45 training labels; the true accuracy is at or above 85% with a "
                         f"chance of {100 * got['measured']['p_met']:.0f}%; buy no more labels.",
                         "Next: nothing to buy; the measured score stands."]
    assert "llm" not in text
    assert main(["replan", str(campaign), "--target", "0.85", "--label-price", "5", "--explain"]) == 0
    assert capsys.readouterr().out == text   # replan DIR gives the same answer


def test_labels_added_since_the_last_measure_are_read_by_the_sources_too(tmp_path, capsys):
    """Human labels added after `campaign measure`: `plan DIR` measures the campaign and its sources with them (the
    re-labeled curve reads every human label) and writes both, as `campaign measure` then `plan DIR` would."""
    pool, _, truth = breast_cancer_files(tmp_path, n=200)
    camp = tmp_path / "camp"
    steps.start(camp, pool, strategy="random", initial=30, batch_size=10, test_size=40, seed=2)
    run_campaign(camp, truth, 1, tmp_path)
    truth.to_csv(tmp_path / "llm.csv", index=False)
    sources.add_source(camp, [tmp_path / "llm.csv"], source="llm", price=0.01)
    assert main(["campaign", "measure", str(camp)]) == 0
    steps.next_batch(camp)
    steps.add_labels(camp, [label_batch(camp, 2, truth, tmp_path / "round2.csv")])
    twin = tmp_path / "twin"
    shutil.copytree(camp, twin)
    assert main(["campaign", "measure", str(twin)]) == 0
    texts, curves = [], []
    for folder in (camp, twin):
        capsys.readouterr()
        assert main(["plan", str(folder), "--target", "0.95", "--label-price", "1", "--explain"]) == 0
        texts.append(capsys.readouterr().out.replace(str(folder), "DIR"))
        curves.append(pd.read_csv(folder / SOURCE_CURVE).drop(columns=["train_seconds", "query_seconds"],
                                                               errors="ignore"))
    assert texts[0] == texts[1] and "re-label source llm" in texts[0]
    pd.testing.assert_frame_equal(curves[0], curves[1])
    assert curves[0].loc[curves[0]["strategy"] == "relabel:llm", "n_labels"].max() == 50   # every human label
