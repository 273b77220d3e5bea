"""A source's forecast past its measured counts, bounded by its measured accuracy, and never leading the pick over a
measured path that says the target is out of reach (planner/decide/campaign/source_path.py)."""

from __future__ import annotations

import json

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.decide.campaign.source_path import OUT_OF_REACH, SourcePath, source_paths, source_pick
from planner.present.source_view import source_path_lines
from tests.builders import priced_answer

#: A trial near its ceiling: 780 of 2,080 ids a path may label, flat at 0.89 on 520 test labels.
FLAT = ([40, 80, 160, 320, 640, 780], [0.80, 0.84, 0.865, 0.88, 0.89, 0.892])


def _flat(noise: float, tested: int = 156, counts=FLAT[0], scores=FLAT[1]) -> pd.DataFrame:
    return pd.DataFrame({"strategy": "source:s", "n_labels": counts, "accuracy": scores, "test_size": 520,
                         "label_noise": noise, "source_tested": tested})


def test_a_trial_near_its_ceiling_from_a_noisy_source_is_not_forecast_past_what_its_accuracy_allows():
    # right 85% of the time on 156 test ids, flat at 0.89: 0.95 is out of reach, 0.90 a minority of forecasts
    [far] = source_paths(_flat(0.15), {}, 0.95, pool_size=2_080)
    [near] = source_paths(_flat(0.15), {}, 0.90, pool_size=2_080)
    [clean] = source_paths(_flat(0.0), {}, 0.90, pool_size=2_080)
    assert [n for n, _ in far.forecast] == [1560, 2080] and all(q == 0 for _, q in far.forecast)
    assert all(q < 0.35 for _, q in near.forecast) and near.tested == (133, 156)
    assert all(a < b for (_, a), (_, b) in zip(near.forecast, clean.forecast))   # the clean source's own ceiling
    assert "bounded by its accuracy on 156 test ids" in source_path_lines([near])[0]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(noise=st.floats(0, 0.5), worse=st.floats(0.01, 0.5), target=st.floats(0.85, 0.99))
def test_a_less_accurate_source_is_never_forecast_surer(noise, worse, target):
    [a] = source_paths(_flat(noise), {}, target, pool_size=2_080)
    [b] = source_paths(_flat(min(noise + worse, 1.0)), {}, target, pool_size=2_080)
    assert [n for n, _ in a.forecast] == [n for n, _ in b.forecast]
    assert all(qb <= qa for (_, qa), (_, qb) in zip(a.forecast, b.forecast))


def test_a_source_whose_accuracy_is_not_measured_is_not_forecast_and_says_why():
    for curve in (_flat(float("nan"), 0), _flat(0.1).drop(columns="source_tested")):
        [p] = source_paths(curve, {}, 0.90, pool_size=2_080)
        assert (p.forecast, p.forecast_none, p.tested) == ((), "accuracy", ())
        assert "its accuracy on the test ids, which bounds a forecast, is not measured" in source_path_lines([p])[0]


def _measured(source, points, top, forecast=()):
    """A source path measured at ``points`` ((labels, score, P), ...), up to ``top`` labels."""
    return SourcePath(source, "accuracy", 0.9, None, max(y for _, y, _ in points), top, top, 150, points[-1][2],
                      0.01, None, None, tuple(points), tuple(forecast), "" if forecast else "pool", 5_000)


POINTS = st.lists(st.tuples(st.integers(10, 500), st.floats(0.3, 0.95), st.floats(0, 1)), min_size=1, max_size=4)
FORECAST = st.lists(st.tuples(st.integers(501, 5_000), st.floats(0, 1)), min_size=1, max_size=4)
ANSWERS = st.one_of(st.floats(0, 1e4).map(lambda c: priced_answer(cost=c)),
                    st.just(priced_answer(reason="unreached", strategy="random", cost=float("inf"),
                                          reachable=False)))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(answer=ANSWERS, a=POINTS, forecast=FORECAST, lift=st.floats(-0.1, 0.1), b_top=st.integers(10, 5_000),
       out=st.booleans(), b_p=st.floats(0, 1))
def test_a_forecast_option_never_leads_over_a_measured_path_that_says_the_target_is_out_of_reach(
        answer, a, forecast, lift, b_top, out, b_p):
    trial = _measured("a", sorted(a), 500, sorted(forecast))
    y = min(max(trial.score + lift, 0.0), 1.0)   # b measured above the trial's best where lift >= 0
    b = [(min(b_top, 10), y, 0.0 if out else b_p), (b_top, y, 0.0 if out else b_p)]
    other = _measured("b", b, b_top)
    pick = source_pick(answer, [trial, other])
    says = out or b_p < OUT_OF_REACH
    assert other.out_of_reach() == says
    barred = {(o.labels, o.p) for o in pick.options if o.barred}
    assert all(o.forecast and (o.source, o.barred) == ("a", "b") for o in pick.options if o.barred)
    assert barred == {(n, q) for n, q in trial.forecast if says and b_top >= n and y >= trial.score}
    assert pick.shown is None or not pick.shown.barred
    if pick.shown is not None and pick.shown.forecast and says:
        assert b_top < pick.shown.labels or y < trial.score
    got = json.loads(json.dumps(pick.to_dict(), allow_nan=False))
    assert [o["barred"] for o in got["options"]] == [o.barred for o in pick.options]


def test_a_worse_sources_forecast_does_not_lead_where_a_better_measured_source_says_out_of_reach():
    # no human path reaches the target: the highest P leads; a trial's 17% at the pool's end against a source
    # measured on the whole pool at 0.897, P 0
    unreached = priced_answer(reason="unreached", strategy="random", cost=float("inf"), reachable=False)
    trial = _measured("a", [(200, 0.85, 0.0), (400, 0.87, 0.0), (780, 0.88, 0.0)], 780, [(1560, 0.1), (2080, 0.17)])
    alone = source_pick(unreached, [trial])
    assert (alone.cheapest, alone.source_forecast, alone.source_labels) == ("source", True, 2080)
    whole = _measured("b", [(650, 0.88, 0.0), (1300, 0.89, 0.0), (2600, 0.897, 0.001)], 2600)
    pick = source_pick(unreached, [trial, whole])
    assert [o.barred for o in pick.options if o.forecast] == ["b", "b"] and pick.cheapest is None
    worse = _measured("b", [(650, 0.80, 0.0), (2600, 0.86, 0.0)], 2600)   # measured below the trial: no bar
    assert source_pick(unreached, [trial, worse]).source_labels == 2080

