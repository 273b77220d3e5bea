"""A saving quoted as "more than $X" is backed by the measurements (issue 98, item 3): the AL pick's labels lie within
a short extrapolation (:data:`planner.decide.rows.SHORT_EXTRAPOLATION` times its largest measured count) and random
sampling is priced at its extrapolation limit while its measured gain, continued to that limit, stays short of the
target (:func:`planner.decide.rows.measured_short`). Otherwise the saving is untold: the row says so
(``saving_told``, ``saving_untold``), the Decision's saving is null, and the sentence and the page name both
extrapolations. A hypothesis property reads every verdict's JSON and words: "more than" beside a saving only where
the gate's conditions hold on the JSON's own numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from planner.decide.costs import PoolShape, Scenario
from planner.decide.rows import SHORT_EXTRAPOLATION, UNTOLD_EXTRAPOLATED, UNTOLD_RANDOM_RISING
from planner.decide.verdict import get_plan
from planner.forecast.draws import RANDOM
from planner.forecast.io import read_curves
from planner.present import verdict_view
from tests.planner.test_bounds_properties import SETTINGS, _plan, curve_tables, settings_for

SCENARIO = Scenario(label_price=5, engineering_days=1, day_rate=400, compute_per_round=1, turnaround_days=1,
                    pool=PoolShape(pool_size=5000))


def _table(al_exponent: float, random_exponent: float, seed: int = 0, runs: int = 3) -> pd.DataFrame:
    """Random and margin measured at 10-40 labels: random nearly flat, margin rising by ``al_exponent``."""
    rng = np.random.default_rng(seed)
    rows = []
    for strategy, e in ((RANDOM, random_exponent), ("margin", al_exponent)):
        for s in range(runs):
            for r, k in enumerate((10, 20, 30, 40)):
                rows.append({"strategy": strategy, "seed": s, "batch_size": 10, "round": r, "n_labels": k,
                             "accuracy": float(0.97 - 0.5 * (k / 10) ** -e + rng.normal(0, 0.003))})
    return pd.DataFrame(rows)


def _decide(al_exponent: float, target: float):
    plan = get_plan(read_curves(_table(al_exponent, 0.05), metric="accuracy"), seed=0, n_draws=200)
    return plan.decide(SCENARIO, target)


def test_a_long_extrapolation_against_random_at_its_limit_tells_no_saving():
    """Margin picked at ~200 labels from runs to 40 (about 5x), random flat below the target: no "more than"."""
    d = _decide(0.4, 0.80)
    assert d.recommendation == "margin"
    m, j = d.row("margin"), d.to_dict()
    assert m.extrapolation_ratio > SHORT_EXTRAPOLATION
    assert (m.saving_told, m.saving_untold) == (False, UNTOLD_EXTRAPOLATED)
    row = next(r for r in j["strategies"] if r["strategy"] == "margin")
    assert row["saving_told"] is False and row["savings_vs_random"] is None
    assert j["savings"] is None and j["al_savings"] is None
    view = verdict_view.present(d)
    assert "saving more than" not in view.sentence
    said = (f"the saving cannot be told: random sampling is priced at its extrapolation limit and margin's "
            f"~{verdict_view.approx(m.labels)} labels are {m.extrapolation_ratio:.1f}x its largest measured count (40)")
    assert said in view.sentence, view.sentence
    tile = next(t for t in view.metrics if t.label == "Savings vs random")
    assert tile.value == "can't tell" and "priced at its extrapolation limit" in tile.caption
    cell = next(r for r in view.rows if r["strategy"] == "margin")
    assert cell["saving"] == "can't tell" and "saving" not in cell["capped"]   # the headline is the table's saving


def test_a_short_extrapolation_against_random_at_its_limit_tells_a_lower_bound():
    """Margin reaches the target within 2x its runs (~70 labels from runs to 40): "saving more than $X"."""
    d = _decide(0.6, 0.80)
    m = d.row("margin")
    assert d.recommendation == "margin" and m.extrapolation_ratio <= SHORT_EXTRAPOLATION
    assert m.saving_told and m.saving_untold is None and m.savings_vs_random > 0
    assert "savings" in d.beyond_limit and d.savings > 0
    assert "saving more than $" in verdict_view.present(d).sentence


def test_a_random_curve_still_rising_toward_the_target_tells_no_lower_bound():
    """Margin within 2x of its runs, random priced at its limit but gaining ~9 points a doubling at 40 labels: its
    gain continued to the limit could still reach 88%, so "more than" would rest on random's forecast alone."""
    plan = get_plan(read_curves(_table(1.2, 0.3), metric="accuracy"), seed=0, n_draws=200)
    d = plan.decide(SCENARIO, 0.88)
    m = d.row("margin")
    assert d.recommendation == "margin" and m.extrapolation_ratio <= SHORT_EXTRAPOLATION
    assert not d.row(RANDOM).reachable
    assert (m.saving_told, m.saving_untold) == (False, UNTOLD_RANDOM_RISING) and d.to_dict()["savings"] is None
    sentence = verdict_view.present(d).sentence
    assert "saving more than" not in sentence
    assert "its measured gain per doubling, continued to that limit, could still reach the target" in sentence


def _gate_holds(j: dict, strategy: str) -> bool:
    """The gate on the JSON's own numbers: the AL row's ratio (as its basis prints it) within the short
    extrapolation, its own total within its limit, and random not reached or its total carried at its limit."""
    rows = {r["strategy"]: r for r in j["strategies"]}
    al, rnd = rows[strategy], rows.get(RANDOM)
    if rnd is None or al["extrapolation_ratio"] is None:
        return False
    random_at_limit = not rnd["reachable"] or "total_cost" in rnd["beyond_limit"]
    return (round(al["extrapolation_ratio"], 1) <= SHORT_EXTRAPOLATION and "total_cost" not in al["beyond_limit"]
            and random_at_limit and al["saving_told"])


def _check(d) -> None:
    j = d.to_dict()
    view = verdict_view.present(d)
    for r in j["strategies"]:   # a row's lower bound: a number listed in its beyond_limit
        if r["active"] and RANDOM in {x["strategy"] for x in j["strategies"]} and r["savings_vs_random"] is not None \
                and "savings_vs_random" in r["beyond_limit"]:
            assert _gate_holds(j, r["strategy"]), r
        if not r["saving_told"]:
            assert r["savings_vs_random"] is None, r
            far = round(r["extrapolation_ratio"], 1) > SHORT_EXTRAPOLATION
            assert r["saving_untold"] == (UNTOLD_EXTRAPOLATED if far else UNTOLD_RANDOM_RISING), r
    rec = j["recommendation"]
    if "saving more than" in view.sentence:
        assert rec is not None and rec != RANDOM and _gate_holds(j, rec), (view.sentence, j)
        assert j["savings"] is not None and "savings" in j["beyond_limit"]
    tile = next((t for t in view.metrics if t.label == "Savings vs random"), None)
    if tile is not None and tile.value.startswith("more than $"):
        assert rec is not None and _gate_holds(j, rec), (tile, j)
    if rec is not None and rec != RANDOM:
        told = next(r for r in j["strategies"] if r["strategy"] == rec)["saving_told"]
        assert ("the saving cannot be told" in view.sentence) is (not told) or not d.can_tell, view.sentence


@SETTINGS
@given(data=st.data(), df=curve_tables())
def test_more_than_beside_a_saving_only_where_the_gate_holds(data, df):
    """Generated curve tables (rising, flat, crossing, dipping, slow, imbalanced-like) and scenarios."""
    metric, target, scen = data.draw(settings_for(df))
    _check(_plan(df, metric).decide(scen, target))


@SETTINGS
@given(al=st.floats(0.3, 0.7), target=st.floats(0.74, 0.84), seed=st.integers(0, 1000),
       price=st.sampled_from([0.5, 5.0, 50.0]))
def test_more_than_beside_a_saving_only_where_the_gate_holds_against_a_flat_random(al, target, seed, price):
    """AL rising at any pace against random flat below the target: the bound's case, on both sides of the gate."""
    plan = get_plan(read_curves(_table(al, 0.05, seed=seed, runs=2), metric="accuracy"), seed=0, n_draws=80)
    scen = Scenario(label_price=price, engineering_days=1, day_rate=400, compute_per_round=1, turnaround_days=1,
                    pool=PoolShape(pool_size=5000))
    _check(plan.decide(scen, target))
