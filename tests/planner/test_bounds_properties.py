"""Measurements bind every figure (hypothesis): over generated curve tables and scenarios, nothing that `plan`,
`budget`, `replan` or `fit` quotes exceeds the whole pool's measurement, the pool or the extrapolation limit;
`fit` and `plan` quote one range; switching the metric keeps the pool and its ceiling; a capped figure reads once.

Curve tables: rising, flat, crossing (AL below random first, above it later), dipping and imbalanced-like (a slow
climb to a low plateau), one to three runs, small; each carries accuracy and macro F1. Scenarios: prices from
$0.001 to $1,000, 0-100 engineering days, no pool, a pool, or a pool with its measured score.
"""

from __future__ import annotations

import math
import os
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.decide import inputs
from planner.decide.costs import PoolShape, Scenario, fixed_costs
from planner.decide.campaign.steer import optimal_stop, replan
from planner.decide.verdict import get_plan
from planner.decide.whatif import accuracy_for_budget, forecast_frame
from planner.decision import RANDOM
from planner.forecast.io import read_curves
from planner.forecast.limits import EXTRAPOLATION_LIMIT
from planner.forecast.pool_accuracy import PoolAccuracy
from planner.present import budget_view, steering_view, verdict_view, words
from planner.present.fit_summary import fit_summary

SHAPES = ("rising", "flat", "crossing", "dipping", "imbalanced", "slow")
N_DRAWS = 80
#: ALPLAN_PROPERTY_EXAMPLES=N runs every property here N times (the long run in benchmarks/RESULTS.md).
LONG = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "0"))
SETTINGS = settings(max_examples=LONG or 12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BEYOND = words.BEYOND
COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _curve(shape: str, n: np.ndarray, al: bool) -> np.ndarray:
    x = n / n[0]
    if shape == "rising":
        return 0.97 - 0.45 * x ** (-0.6 if al else -0.4)
    if shape == "flat":
        return np.full(n.shape, 0.91 if al else 0.9)
    if shape == "crossing":   # AL starts below random and ends above it
        return (0.95 - 0.5 * x ** -0.7) if al else (0.9 - 0.3 * x ** -0.4)
    if shape == "dipping":    # a dip in the middle of the measured range
        base = 0.93 - 0.4 * x ** -0.5
        return base - 0.04 * np.exp(-((np.log(x) - np.log(x[-1]) / 2) ** 2)) + (0.01 if al else 0.0)
    if shape == "slow":       # a long, steady climb: targets above it lie far beyond the measured counts
        return 0.99 - 0.5 * x ** (-0.06 if al else -0.05)
    return 0.72 - 0.25 * x ** (-0.25 if al else -0.15)   # imbalanced-like: slow, low


@st.composite
def curve_tables(draw):
    """A small curves table of one shape: random and margin, 1-3 runs, 4-8 rounds, accuracy and macro F1."""
    shape = draw(st.sampled_from(SHAPES + ("slow", "slow")))   # long extrapolations: the limit's case, often
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    runs, rounds = draw(st.integers(1, 3)), draw(st.integers(4, 8))
    batch = draw(st.sampled_from([10, 20, 40]))
    noise = draw(st.floats(0.0, 0.01))
    n = 20 + batch * np.arange(rounds, dtype=float)
    rows = []
    for strategy in (RANDOM, "margin"):
        mean = _curve(shape, n, strategy != RANDOM)
        for seed in range(runs):
            acc = np.clip(mean + rng.normal(0, noise, n.size), 0.02, 0.999)
            f1 = np.clip(acc - (0.08 if shape == "imbalanced" else 0.01) + rng.normal(0, noise, n.size), 0.01, 0.999)
            for r, (k, a, f) in enumerate(zip(n, acc, f1)):
                rows.append({"strategy": strategy, "seed": seed, "batch_size": batch, "round": r, "n_labels": int(k),
                             "accuracy": float(a), "macro_f1": float(f)})
    return pd.DataFrame(rows)


@st.composite
def settings_for(draw, df):
    """(metric, target, scenario) for a table: a pool at 1-40x its largest count, with or without its score."""
    metric = draw(st.sampled_from(["accuracy", "macro_f1"]))
    means = df[df["strategy"] == RANDOM].groupby("n_labels")[metric].mean()
    lo, hi = float(means.iloc[0]), min(float(means.max()) + 0.06, 0.995)
    frac = draw(st.sampled_from([1.0, 0.9, 0.6, 0.25]))   # above the measurements first: where limits bind
    target = float(np.clip(lo + frac * (hi - lo), 0.05, 0.995))
    kind = draw(st.sampled_from(["none", "pool", "pool+ceiling"]))
    n_max = int(df["n_labels"].max())
    kw = dict(label_price=draw(st.floats(0.001, 1000.0)), engineering_days=draw(st.floats(0.0, 100.0)),
              day_rate=400.0, compute_per_round=1.0, turnaround_days=1.0)
    shape = {}
    if kind != "none":
        shape["pool_size"] = int(n_max * draw(st.floats(1.0, 40.0)))
    if kind == "pool+ceiling":
        shape["pool_accuracy"] = float(np.clip(float(means.max()) + draw(st.floats(-0.05, 0.03)), 0.05, 1.0))
    return metric, target, Scenario(**kw, pool=PoolShape(**shape))


def _plan(df, metric):
    table = df.copy()
    table.attrs = {}

    return get_plan(read_curves(table, metric=metric), seed=0, n_draws=N_DRAWS)


def _counts(text: str) -> list[int]:
    return [int(m.replace(",", "")) for m in COUNT.findall(text)]


def _capped_once(text: str) -> None:
    """A capped figure reads once: no doubled 'more than', no cap's words run into another's."""
    assert "more than more than" not in text and "over more than" not in text
    assert f"({BEYOND}) ({BEYOND})" not in text and f"{BEYOND} ({BEYOND})" not in text


#: A table cell carried at the extrapolation limit, compactly: "more than 8,000", "more than $10,016",
#: "258 to more than 5,120", "beyond the limit" (not "more than the pool", nor "beyond the extrapolation limit").
CAPPED_CELL = re.compile(r"more than [\d$]|beyond the limit")


def _table_says_it_once(lines: list[str]) -> None:
    """A plain-text table (heads, dashes, rows, then its notes): its cells read a capped figure compactly, and the
    full words stand once, in the note under it, where some cell is capped; nowhere where none is."""
    start = next(i for i, line in enumerate(lines) if set(line) == {"-"}) + 1
    rows = [line for line in lines[start:] if not line.startswith("note: ")]
    assert not any(BEYOND in line for line in rows), rows
    capped = any(CAPPED_CELL.search(line) for line in rows)
    assert "\n".join(lines).count(BEYOND) == (1 if capped else 0), lines
    assert any(line.startswith(f"note: {words.BEYOND_NOTE}") for line in lines) == capped


@SETTINGS
@given(data=st.data(), df=curve_tables())
def test_nothing_a_plan_quotes_exceeds_the_ceiling_the_pool_or_the_limit(data, df):
    metric, target, scen = data.draw(settings_for(df))
    plan = _plan(df, metric)
    d = plan.decide(scen, target)
    out = d.to_dict()
    pool, ceiling = scen.pool_size, scen.pool_accuracy
    view = verdict_view.present(d)
    for row, r in zip(out["strategies"], d.strategies):
        limit = row["label_limit"]
        assert limit == math.floor(max(EXTRAPOLATION_LIMIT * r.n_max, pool if ceiling is not None else 0))
        for key in ("labels", "labels_low", "labels_high", "budget_at_confidence"):
            assert row[key] is None or row[key] <= limit, (key, row[key], limit)
        # a purchase of whole batches reaching a count within the limit ends at most one batch past it
        batch = int(df["batch_size"].iloc[0])
        assert row["labels_bought"] is None or row["labels_bought"] <= limit + batch
        if "labels" in row["beyond_limit"]:
            assert row["labels_bought"] <= limit
        assert row["budget_at_confidence"] is None or pool is None or row["budget_at_confidence"] <= pool
        # past 16x only within a pool whose score was measured (between two measurements)
        assert r.extrapolation_ratio <= limit / r.n_max + 1e-9 or not math.isfinite(r.extrapolation_ratio)
        assert set(row["beyond_limit"]) <= set(row), row["beyond_limit"]
        if "labels" in row["beyond_limit"]:
            assert row["labels"] == limit and row["savings_vs_random"] in (None, 0.0)
        # the row's cells: no count past the limit, none past the pool (that reads "more than the pool")
        cells = next(c for c in view.rows if c["strategy"] == r.strategy)
        for key in ("labels", "range", "labels_bought", "labels_billed"):
            most = limit + (batch if key in ("labels_bought", "labels_billed") else 0)
            assert all(v <= most for v in _counts(cells[key])), (key, cells[key])
            if pool is not None:
                assert all(v <= pool for v in _counts(cells[key])), (key, cells[key], pool)
            assert BEYOND not in cells[key]   # a cell reads the limit compactly; the table says the words once
        assert "x measured" not in cells["range"] or float(cells["range"].split("(")[-1].split("x")[0]) <= 16
        if "labels" in row["beyond_limit"]:   # the text says what the JSON carries: the limit, as "more than"
            assert cells["labels"] == (f"more than {limit:,}" if pool is None or limit <= pool
                                       else words.MORE_THAN_POOL)
    if ceiling is not None:   # the whole pool's measurement caps every band drawn
        frame = forecast_frame(plan, scenario=scen)
        assert (frame["high"] <= ceiling + 1e-12).all() and (frame["accuracy"] <= ceiling + 1e-12).all()
        assert frame["n_labels"].max() <= max(d.strategies[0].label_limit, pool)
    text = verdict_view.to_text(d)
    _capped_once(text)
    _table_says_it_once(text.split("\n\n")[0].splitlines())
    most = max(r.label_limit / r.n_max for r in d.strategies)
    assert all(float(x) <= most + 0.05 for x in re.findall(r"extrapolated ([\d.]+)x", text))
    _break_even_within_the_limit(plan, d, scen, text)


def _break_even_within_the_limit(plan, d, scen, text: str) -> None:
    """The labels AL must save to pay for itself: AL's extra non-label cost over the price per label. Its compute
    and delay grow with its labels, so a count above the one AL's path buys at its label limit rests on draws
    beyond the limit: the JSON carries it at most there and names it, the text reads it "more than" in words,
    and no count the text prints plainly lies above it."""
    if d.best_al is None or RANDOM not in {r.strategy for r in d.strategies}:
        return
    al = d.row(d.best_al)
    fixed = float(plan.price(al.strategy, [al.label_limit], scen)["fixed_cost"][0])
    top = (fixed - float(fixed_costs(np.ones(1), active=False, scenario=scen)["fixed_cost"][0])) / scen.price_per_label
    out = d.to_dict()
    for key in ("break_even_labels_saved", "break_even_labels_saved_low", "break_even_labels_saved_high"):
        assert out[key] is None or out[key] <= top * (1 + 1e-9) + 1e-6, (key, out[key], top)
    carried = "break_even_labels_saved" in d.beyond_limit
    for said in re.findall(r"must save (.*?) to pay for itself", text) + re.findall(r"would need to save (.*?)(?:; |\)\W)",
                                                                                     text):
        if said == words.MORE_THAN_POOL:   # no saving can be larger than the pool: said so, carried or not
            assert scen.pool_size is not None and d.break_even_labels_saved > scen.pool_size, (said, scen.pool_size)
            continue
        plain = _counts(re.sub(r"more than [\d,]+", "", said))
        assert all(n <= top * 1.05 + 1 for n in plain), (said, top)   # ~N: two significant figures
        assert said.startswith("more than ") == carried, (said, d.beyond_limit)   # carried: marked, never plain
        if "more than" in said:
            assert BEYOND in said and any(k.startswith("break_even_labels_saved") for k in d.beyond_limit)


@SETTINGS
@given(seed=st.integers(0, 2**31 - 1), runs=st.integers(1, 3), batch=st.sampled_from([10, 20, 40]),
       target=st.floats(0.66, 0.8), price=st.floats(0.01, 100.0), days=st.floats(0.0, 30.0),
       compute=st.sampled_from([0.0, 1.0, 20.0]), delay=st.sampled_from([0.0, 50.0]))
def test_a_break_even_resting_on_draws_beyond_the_limit_reads_more_than(seed, runs, batch, target, price, days,
                                                                        compute, delay):
    """A slow climb with a target its AL path reaches only far beyond the limit: what AL must save rests on compute
    and delay past the limit wherever they grow with the labels; the JSON carries it at the limit and the text says
    so in words, the table says its words once, and no count is printed plainly above the limit."""
    rng = np.random.default_rng(seed)
    n = 20 + batch * np.arange(6, dtype=float)
    rows = [{"strategy": s, "seed": k, "batch_size": batch, "round": r, "n_labels": int(m), "accuracy": float(a)}
            for s in (RANDOM, "margin") for k in range(runs)
            for r, (m, a) in enumerate(zip(n, np.clip(_curve("slow", n, s != RANDOM) + rng.normal(0, 0.002, n.size),
                                                       0.02, 0.999)))]
    df = pd.DataFrame(rows)
    scen = Scenario(label_price=price, engineering_days=days, day_rate=400.0, compute_per_round=compute,
                    turnaround_days=1.0, delay_cost_per_day=delay)
    plan = _plan(df, "accuracy")
    d = plan.decide(scen, target)
    text = verdict_view.to_text(d)
    _capped_once(text)
    _table_says_it_once(text.split("\n\n")[0].splitlines())
    _break_even_within_the_limit(plan, d, scen, text)
    if d.best_al is not None and not compute and not delay:   # engineering alone: a known count, never carried
        assert not any(k.startswith("break_even_labels_saved") for k in d.beyond_limit)


@SETTINGS
@given(data=st.data(), df=curve_tables())
def test_what_a_budget_buys_and_a_campaigns_answer_stay_within_the_measurements(data, df):
    metric, target, scen = data.draw(settings_for(df))
    plan = _plan(df, metric)
    labels = int(df["n_labels"].max() * data.draw(st.sampled_from([0.5, 2, 10, 40, 1000])))
    frame = accuracy_for_budget(plan, scen, labels=labels)
    ceiling = scen.pool_accuracy
    for r in frame.to_dict("records"):
        if ceiling is not None and math.isfinite(r["accuracy_high"]):
            assert r["accuracy"] <= ceiling + 1e-12 and r["accuracy_high"] <= ceiling + 1e-12
        assert r["extrapolation_ratio"] <= EXTRAPOLATION_LIMIT or r["labels"] <= (scen.pool_size or 0)
        if r["labels"] > r["label_limit"]:
            assert "accuracy" in r["beyond_limit"]
    text = budget_view.budget_text(frame, metric=metric, labels=labels, pool=scen.pool_size)
    _capped_once(text)
    _table_says_it_once(text.splitlines())
    for cells, r in zip(budget_view.budget_rows(frame), frame.to_dict("records")):
        assert BEYOND not in cells["accuracy"] and BEYOND not in cells["range"]
        if "accuracy" in (r["beyond_limit"] or ()) and math.isfinite(r["accuracy"]):   # marked, compactly
            assert cells["accuracy"].startswith("more than ")
    o = replan(plan, scen, target, strategy=RANDOM)
    limit = o.label_limit
    for key in ("labels_needed", "labels_needed_low", "labels_needed_high"):
        value = getattr(o, key)
        assert not math.isfinite(value) or value <= limit
    assert not math.isfinite(o.order) or o.current_labels + o.order <= max(limit, o.current_labels)
    if ceiling is not None and math.isfinite(o.budget_accuracy_high):
        assert o.budget_accuracy_high <= ceiling + 1e-12
    stop = None
    if scen.pool_size is None or scen.pool_size > df["n_labels"].max():
        stop = optimal_stop(plan, scen, value_per_point=data.draw(st.sampled_from([10.0, 1e4, 1e7])),
                            strategy=RANDOM)
        assert max(stop.labels, stop.labels_high) <= stop.label_limit <= max(limit, scen.pool_size or 0)
    text = steering_view.campaign_text(o, stop)
    _capped_once(text)
    assert "order" not in o.beyond_limit or math.isnan(o.expected_cost)


@SETTINGS
@given(data=st.data(), df=curve_tables())
def test_fit_and_plan_quote_one_range(data, df):
    metric, target, scen = data.draw(settings_for(df))
    table = df.copy()
    pool = None
    plan_scen = Scenario(label_price=1.0)
    if scen.pool_accuracy is not None:
        pool = PoolAccuracy(scen.pool_size, float(scen.pool_accuracy), 0.0, 1)
        plan_scen = inputs.with_ceiling(plan_scen, pool.accuracy, None, pool.n_labels)
    fits = fit_summary(table, target=target, n_bootstrap=N_DRAWS, pool_accuracy=pool, metric=metric)
    d = _plan(df, metric).decide(plan_scen, target)
    for f in fits.strategies:
        r = d.row(f.strategy)
        assert (f.labels, f.labels_low, f.labels_high) == (r.labels, r.labels_low, r.labels_high) or \
            (not math.isfinite(f.labels) and not math.isfinite(r.labels) and f.labels_low == r.labels_low)
        assert set(f.beyond_limit) == {k for k in r.beyond_limit if k in ("labels", "labels_low", "labels_high")}
    _capped_once(fits.to_text())
    _table_says_it_once(fits.to_text().splitlines())


@settings(max_examples=LONG or 25, deadline=None, derandomize=True)
@given(metric=st.sampled_from(["accuracy", "macro_f1", "balanced_accuracy", "minority_recall"]),
       n_pool=st.integers(100, 100_000), entered=st.sampled_from([None, "same", "other"]),
       scores=st.dictionaries(st.sampled_from(["accuracy", "macro_f1", "balanced_accuracy"]),
                              st.floats(0.3, 1.0), min_size=1))
def test_switching_the_metric_keeps_the_pool_and_its_ceiling(metric, n_pool, entered, scores):
    ceiling = {"accuracy": scores.get("accuracy", 0.9), "se": None, "n_pool": n_pool, "seeds": 2,
               "metrics": {m: {"accuracy": v, "se": None} for m, v in scores.items()}}
    pool_entered = {None: None, "same": n_pool, "other": n_pool + 7}[entered]
    values = {**inputs.DEFAULTS, "label_price": 0.1, "metric": metric, "pool_size": pool_entered}
    setup = inputs.complete(values, inputs.CurveSource("proxy", "digits", classes=10), ceiling=ceiling)
    base = inputs.complete({**values, "metric": "accuracy"}, inputs.CurveSource("proxy", "digits", classes=10),
                           ceiling=ceiling)
    assert setup.scenario.pool_size == base.scenario.pool_size == (pool_entered or n_pool)
    if entered != "other" and metric in scores:
        assert setup.scenario.pool_accuracy == pytest.approx(scores[metric])
    else:   # another pool, or a score the pool was not measured on: no ceiling invented
        assert setup.scenario.pool_accuracy is None


@settings(max_examples=LONG or 40, deadline=None, derandomize=True)
@given(value=st.one_of(st.floats(0, 1e15), st.integers(0, 10**15)), unit=st.sampled_from(["", "labels", "days"]))
def test_a_capped_figure_reads_once(value, unit):
    for text in (words.count(value), words.money(value), words.days(value)):
        said = words.beyond_limit(text, unit)
        assert said.count("more than") <= 1 and said.count(BEYOND) == 1
        assert not said.startswith("over ")
