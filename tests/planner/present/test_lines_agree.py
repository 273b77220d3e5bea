"""Lines about one quantity agree (issue 126): every pair of lines a reader sees side by side, on the page, in
``alplan plan`` and in a campaign's answer, reads the same number, or says what each of two numbers is.

* the P(AL cheaper) tile and the track record's hindsight share: the track record says its share is of past tasks;
* "must save more than the pool" beside "picks AL at $X a label and above": the labels to save are counted at the
  price given, and the line says so;
* a budget to be 90% sure that is every label the pool holds is said to be the whole pool, never a bare count;
* where no path reaches the target in most forecasts, no "cheapest in" share and no chance is said anywhere: the
  text's "-" and "n/a", ``plan --json`` and a campaign's ``paths`` read the same null;
* a break-even price is quoted only where no line says that no label price makes AL cheaper;
* "waiting forgoes $X of AL's advantage" only where the AL pick is cheaper than random at the median.

The cases above on fixed inputs, then a hypothesis property over generated scenarios (the curve tables and
scenarios of ``tests/planner/decide/test_one_answer.py``, with pools near the labels measured so budgets reach the
whole pool). Examples per property: ``ALPLAN_PROPERTY_EXAMPLES`` (default 12).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from planner.decide.campaign.answer import PathFromHere
from planner.decide.costs import PoolShape, Scenario
from planner.decision import Plan, RANDOM
from planner.present import evidence_lines, headline, verdict_sentence, verdict_view, words
from tests.builders import curve_table
from tests.planner.decide.test_one_answer import DRAWS, SETTINGS, _target, curve_tables, scenarios


def _mean(n, eff):
    return 0.95 - 0.9 * (n / eff) ** -0.5


def _decide(strategies, *, target=0.9, seeds=3, noise=0.003, counts=range(20, 420, 20), draws=100, **scen):
    df = curve_table(np.random.default_rng(scen.pop("rng", 0)), _mean, strategies, seeds=seeds, noise=noise,
                     counts=counts)
    return Plan(df, seed=0, n_draws=draws).decide(Scenario(**scen), target)


TWO = (("random", 1.0), ("margin", 0.5))


def _lines(d) -> dict[str, str]:
    """What a reader sees of ``d``: the CLI's text, the page's headline and tiles, the break-even and budget lines."""
    view = verdict_view.present(d)
    tiles = {m.label: m for m in headline.headline_tiles(d)}
    return {"text": verdict_view.to_text(d), "headline": headline.headline(d), "break_even": view.break_even,
            "budget": view.budget or "", "sentence": view.sentence, "track": view.track or "",
            "chance": tiles["P(AL cheaper)"].value, "cost_tile": tiles["Cost to target"].caption
            if "Cost to target" in tiles else "", "even_tile": tiles["Break-even label price"].value}


# --- the cases of issue 126, one by one --------------------------------------------------------------------------

def test_the_track_records_share_is_said_as_past_tasks_beside_the_chance():
    """1: "P(AL cheaper) 0%" beside "the AL strategy it weighed was in fact cheaper in 14% of cases"."""
    d = _decide(TWO, label_price=0.5, engineering_days=5, pool=PoolShape(pool_size=1000))
    said = _lines(d)
    assert said["chance"] == "0%" and d.track_record is not None and d.track_record.pick == "random"
    share = words.percent(d.track_record.other_cheaper)
    assert (f"in hindsight the AL strategy it weighed was cheaper in {share} of those tasks (past tasks, not this "
            f"verdict's P(AL cheaper))") in said["track"]
    assert "in fact cheaper" not in said["text"]


def test_labels_to_save_beyond_the_pool_are_counted_at_the_price_given():
    """2: "margin must save more than the pool to pay for itself; the verdict picks AL at $13.16 a label and
    above": at $0.50 a label it must, at $13.16 it need not."""
    d = _decide(TWO, label_price=0.5, engineering_days=5, pool=PoolShape(pool_size=1000))
    line = _lines(d)["break_even"]
    be = words.money(d.break_even_label_price)
    assert d.recommendation == RANDOM and 0.5 < d.break_even_label_price < math.inf
    assert f"at $0.50 a label, margin must save {words.MORE_THAN_POOL} to pay for itself" in line
    assert f"the verdict picks AL at {be} a label and above" in line


def test_a_budget_of_the_whole_pool_is_said_as_the_whole_pool():
    """3: "to be 90% sure, budget $172 (345 labels)" where 345 labels is every label the pool holds."""
    d = _decide(TWO, label_price=0.5, engineering_days=5, pool=PoolShape(pool_size=345))
    rnd = d.row(RANDOM)
    assert d.recommendation == RANDOM and rnd.budget_at_confidence == 345
    said = _lines(d)
    assert f"budget {words.money(rnd.cost_at_confidence)} (the whole pool: 345 labels)" in said["headline"]
    assert "buy 345 labels, the whole pool (" in said["budget"]
    assert said["cost_tile"].endswith(f"sure: {words.money(rnd.cost_at_confidence)} (the whole pool)")


def test_no_share_is_said_anywhere_where_no_path_reaches_the_target():
    """4: the text said "P(AL cheaper): n/a" and "cheapest in: -" while the JSON (``plan --json``'s rows and a
    campaign's ``paths``) gave 0.97 and 0.031: the shares of the few forecasts that reach the target."""
    d = _decide(TWO, target=0.956, draws=200, label_price=0.5, engineering_days=5, pool=PoolShape(pool_size=5000))
    assert d.recommendation is None and not any(r.reachable for r in d.strategies)
    assert 0.0 < d.probability_no_path < 1.0   # some forecasts reach it: their shares were what the JSON gave
    out = d.to_dict()
    assert out["probability_al_cheaper"] is None
    assert [r["probability_cheapest"] for r in out["strategies"]] == [None, None]
    assert [PathFromHere.of(r, 1200).p_cheapest for r in d.strategies] == [None, None]
    assert math.isnan(d.probability_al_cheaper)
    said = _lines(d)
    assert said["chance"] == "n/a" and [row["p_cheapest"] for row in verdict_view.present(d).rows] == ["-", "-"]


def test_a_break_even_price_is_never_beside_no_price_makes_it_cheaper():
    """5: "Break-even label price: $33.33" beside "margin ... no label price makes it reliably cheaper": margin is
    never billed for fewer labels, coreset is, and the verdict picks AL (coreset) at $33.33 and above."""
    d = _decide((("random", 1.0), ("margin", 2.0), ("coreset", 0.8)), label_price=5, engineering_days=5)
    said = _lines(d)
    assert d.best_al == "margin" and math.isfinite(d.break_even_label_price)
    assert not math.isfinite(d.break_even_label_price_median)
    assert said["even_tile"] == words.money(d.break_even_label_price)
    assert "no label price makes" not in said["text"]
    assert "margin is not billed for fewer labels than random in most forecasts" in said["text"]
    assert "the cheapest AL path of each forecast" in said["text"]


def test_waiting_forgoes_ALs_advantage_only_where_AL_is_cheaper_at_the_median():
    """6: "waiting forgoes $56.00 of AL's advantage" beside "margin vs random: $1,000 more"."""
    d = _decide((("random", 1.0), ("margin", 0.8), ("coreset", 0.6)), rng=1, seeds=2, noise=0.02,
                counts=range(20, 220, 20), label_price=5, engineering_days=5)
    assert not d.can_tell and d.decide_later.priced and d.al_savings < 0
    said = _lines(d)
    assert "of AL's advantage" not in said["text"]
    assert f"waiting costs {words.money(d.decide_later.cost)} on average" in said["sentence"]
    assert f"{words.money(-d.al_savings)} more" in said["text"]
    # the same words where AL is cheaper at the median: the advantage forgone
    cheaper = replace(d, al_savings=abs(d.al_savings))
    assert (f"waiting forgoes {words.money(d.decide_later.cost)} of AL's advantage"
            in verdict_sentence.sentence(cheaper))


# --- every pair, over generated scenarios -------------------------------------------------------------------------

@st.composite
def verdicts(draw):
    """A generated curve table, scenario and target; the pool, half the time, 1-4x the labels measured (where a
    budget to be sure reaches the whole pool)."""
    df = draw(curve_tables())
    scen = draw(scenarios())
    if draw(st.booleans()):
        top = int(df["n_labels"].max())
        scen = scen.with_pool(pool_size=draw(st.integers(top, 4 * top)))
    return df, scen, _target(df, draw(st.floats(0.05, 1.1)))


def check_lines_agree(d) -> None:
    """Every pair of lines about one quantity agrees (the module docstring's list)."""
    out, said = d.to_dict(), _lines(d)
    text = said["text"]
    # the chance: "n/a" (or no random curve) exactly where the JSON's is null; a number within a point of it
    chance = out["probability_al_cheaper"]
    assert (said["chance"] in ("n/a", verdict_sentence.NO_RANDOM)) == (chance is None), (said["chance"], chance)
    if chance is not None:
        assert abs(float(said["chance"].rstrip("%")) - 100 * chance) < 1.0 + 1e-9
    # the "cheapest in" shares: "-" exactly where plan --json's row and a campaign's path read null
    for r, row, js in zip(d.strategies, verdict_view.present(d).rows, out["strategies"]):
        path = PathFromHere.of(r, 0)
        assert (row["p_cheapest"] == "-") == (js["probability_cheapest"] is None) == (path.p_cheapest is None), \
            (r.strategy, row["p_cheapest"], js["probability_cheapest"])
    # the track record's share is of past tasks, never a second chance beside the tile
    assert "in fact cheaper" not in text
    if said["track"] and d.track_record.pick != "none":
        assert evidence_lines.PAST_SHARE in said["track"]
    # a break-even price only where no line says no price makes AL cheaper
    if "no label price makes" in text:
        assert said["even_tile"] in ("no price", "none", verdict_sentence.NO_RANDOM), said["even_tile"]
    if said["even_tile"].startswith("$"):
        assert "no label price makes" not in text
    # labels to save beside a price at which AL is picked: counted at the price given
    line = said["break_even"]
    if " must save " in line and " a label and above" in line:
        price = words.money(d.scenario["price_per_label"])
        assert f"at {price} a label" in line.split(" must save ")[0] or "no saving can pay for it" in line, line
    # "of AL's advantage" only where AL is cheaper at the median
    if "of AL's advantage" in text:
        assert d.best_al is not None and d.al_savings > 0, d.al_savings
    # a budget of every label the pool holds is said to be the whole pool
    rec = d.row(d.recommendation) if d.recommendation is not None else None
    pool = verdict_sentence.pool_of(d)
    if rec is not None and math.isfinite(rec.budget_at_confidence) and math.isfinite(rec.cost_at_confidence):
        whole = words.is_whole_pool(rec.budget_at_confidence, pool)
        assert ("(the whole pool: " in said["headline"]) == whole, said["headline"]
        if " buy " in said["budget"] and "beyond what the measurements can tell" not in said["budget"]:
            assert (", the whole pool (" in said["budget"] or ", the rest of the pool (" in said["budget"]) == whole
        if whole:
            assert not re.search(rf"budget \$[\d,.]+ \({re.escape(words.count(pool))} labels\)", said["headline"])


@SETTINGS
@given(case=verdicts())
def test_every_pair_of_lines_about_one_quantity_agrees(case):
    df, scen, target = case
    check_lines_agree(Plan(df, n_draws=DRAWS, seed=0).decide(scen, target))
