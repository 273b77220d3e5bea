"""One answer: every number a verdict shows comes from one rule over one set of draws (hypothesis properties).

Curve tables of several shapes (rising, flat, crossing, dipping, imbalanced-like; one run or many seeds) and
scenarios (label prices from $0.001 to $1,000, 0-100 engineering days, pools, vendors, minimum orders,
confidences) are generated; the verdict's JSON, its text and the CLI's output must agree with themselves:

1. the "cheapest in" shares sum to 1, and as printed to 100%;
2. the chance that AL is cheaper is one minus random's share, and as printed 100% minus random's printed share;
3. the pick follows the rule (AL only at a chance of 70% or more and a lower capped mean cost; a random pick beside a
   chance above one half says why);
4. the break-even price agrees with the pick;
5. a saving is the difference of the two printed totals;
6. every median lies inside its range;
7. the budget's label dollars are the labels it bills times the price, and the line names both;
8. the budget's shortfall share follows from the confidence, and the line's two shares add up to 100%;
9. no second order is priced at $0.00;
10. can't tell iff the chance lies in the band, and then the sentence alone gives the plan (start at random, run
    again at N labels; no "Decide now" or "Extend the pilot" beside it), naming the extension's cost and saving;
11. the advised label count is within the pool and the CLI's label limit;
12. the chance does not fall as the label price rises, nor rise as engineering days rise (same draws);
13. the CLI's text and JSON state the same chance and pick;
14. the table reads a figure carried at the extrapolation limit compactly ("more than N") and says what that means
    once, under it, where some cell is so carried, never where none is; the sentences say it in full.

Examples per property: ``ALPLAN_PROPERTY_EXAMPLES`` (default 12; the long run:
``ALPLAN_PROPERTY_EXAMPLES=500 .venv/bin/python -m pytest -q tests/planner/decide/test_one_answer.py``).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.decide.costs import PoolShape, Scenario
from planner.decide.rule import UNDECIDED, al_gate
from planner.decision import Plan, RANDOM
from planner.forecast.io import MAX_LABELS
from planner.present import verdict_sentence, verdict_view, words
from planner.present.report import REPORT_COLUMNS, render_report

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "12"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
DRAWS = 60
SHAPES = ("rising", "flat", "crossing", "dipping", "imbalanced")


def _accuracy(shape: str, n: np.ndarray, eff: float, k: int) -> np.ndarray:
    """A mean learning curve of ``shape`` for a strategy of label efficiency ``eff`` (the ``k``-th one)."""
    m = n * eff
    if shape == "rising":
        return 0.95 - 0.9 * (m / 10.0) ** -0.45
    if shape == "flat":
        return np.full(n.shape, 0.80 + 0.01 * k)
    if shape == "crossing":   # AL starts lower and overtakes
        start = 0.55 - 0.05 * k
        return 0.93 - (0.93 - start) * np.exp(-m / (150.0 + 60.0 * k)) if k else 0.9 - 0.35 * (m / 20.0) ** -0.4
    if shape == "dipping":   # rises, then falls back a little
        return 0.9 - 0.6 * (m / 10.0) ** -0.5 - 0.02 * np.maximum(m - 150.0, 0.0) / 150.0
    # imbalanced-like: a minority-class score, low and slow
    return 0.75 - 0.7 * (m / 10.0) ** -0.25


@st.composite
def curve_tables(draw):
    """A small curves table: random and 1-3 AL strategies, one of :data:`SHAPES`, 1-6 seeds, 4-8 rounds."""
    shape = draw(st.sampled_from(SHAPES))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    seeds = draw(st.sampled_from([1, 2, 3, 6]))
    rounds = draw(st.integers(4, 8))
    batch = draw(st.sampled_from([10, 25, 50]))
    initial = draw(st.sampled_from([10, 20]))
    noise = draw(st.floats(0.0, 0.02))
    names = [RANDOM] + draw(st.lists(st.sampled_from(["margin", "entropy", "coreset"]), min_size=1, max_size=3,
                                     unique=True))
    rows = []
    for k, name in enumerate(names):
        eff = 1.0 if k == 0 else draw(st.floats(0.5, 2.5))
        n = initial + batch * np.arange(rounds, dtype=float)
        mean = _accuracy(shape, n, eff, k)
        for seed in range(seeds):
            acc = np.clip(mean + rng.normal(0.0, noise, n.size), 0.01, 0.999)
            rows += [{"strategy": name, "seed": seed, "batch_size": batch, "round": r, "n_labels": int(x),
                      "accuracy": float(a)} for r, (x, a) in enumerate(zip(n, acc))]
    return pd.DataFrame(rows)


def log_uniform(low: float, high: float):
    return st.floats(math.log(low), math.log(high)).map(math.exp)


@st.composite
def scenarios(draw, n_max: float | None = None):
    """Prices from $0.001 to $1,000, 0-100 engineering days, a pool or none, a vendor or a minimum order."""
    kw = dict(label_price=draw(log_uniform(0.001, 1000.0)), engineering_days=draw(st.floats(0.0, 100.0)),
              day_rate=draw(st.floats(100.0, 1500.0)), compute_per_round=draw(st.floats(0.0, 20.0)),
              turnaround_days=draw(st.floats(0.5, 5.0)), confidence=draw(st.sampled_from([0.5, 0.8, 0.9, 0.95])))
    if draw(st.booleans()):
        kw["pool"] = PoolShape(pool_size=int(draw(log_uniform(200.0, 5e6))))
    how = draw(st.sampled_from(["price", "min order", "vendor"]))
    if how == "min order":
        kw["min_order"] = draw(st.sampled_from([50, 100, 1000]))
    elif how == "vendor":
        kw.update(label_price=None, vendor=draw(st.sampled_from(["crowd-basic", "managed-service", "expert"])))
    return Scenario(**kw)


def _target(df: pd.DataFrame, frac: float) -> float:
    """A target between random's first measured mean and a little beyond its best."""
    means = df[df["strategy"] == RANDOM].groupby("n_labels")["accuracy"].mean()
    lo, hi = float(means.iloc[0]), min(float(means.max()) + 0.04, 0.995)
    return float(np.clip(lo + frac * (hi - lo), 0.02, 0.995))


def _pct(text: str) -> float:
    return float(text.rstrip("%").lstrip("<>"))


def assert_follows_the_rule(d) -> None:
    """Where the verdict weighs an AL path against a reachable random path, AL is picked exactly where the rule's
    gate (a chance of 70% or more and a lower capped mean cost) opens."""
    if d.recommendation is None or d.best_al is None or not d.row(RANDOM).reachable:
        return
    gate = al_gate(d.probability_al_cheaper, d.row(d.best_al).capped_mean_cost, d.row(RANDOM).capped_mean_cost)
    assert (d.recommendation != RANDOM) == gate, (d.recommendation, d.probability_al_cheaper)


def check_one_answer(d) -> None:
    """Invariants 1-11 on one Decision, its JSON and its words."""
    out = d.to_dict()
    rows = {r["strategy"]: r for r in out["strategies"]}
    view = verdict_view.present(d)
    text = verdict_view.to_text(d)
    chance = d.probability_al_cheaper
    shares = {s: r["probability_cheapest"] for s, r in rows.items()}
    some = d.probability_no_path < 1.0
    # 1. the shares sum to 1 (among the draws in which some path reaches), and as printed to 100%
    if some and not any(r["reachable"] for r in rows.values()):  # no path gets there: no share printed
        assert set(verdict_sentence.cheapest_in(d).values()) == {"-"} and d.recommendation is None
    elif some:
        assert sum(shares.values()) == pytest.approx(1.0, abs=1e-9)
        printed = verdict_sentence.cheapest_in(d)
        assert sum(_pct(v) for v in printed.values()) == pytest.approx(100.0)
        # 2. the chance is one minus random's share, printed so
        assert chance == pytest.approx(1.0 - shares[RANDOM], abs=1e-9)
        assert _pct(verdict_sentence.chance_text(d)) == pytest.approx(100.0 - _pct(printed[RANDOM]))
        assert abs(_pct(verdict_sentence.chance_text(d)) - 100 * chance) < 1.0 + 1e-9
    else:
        assert d.recommendation is None and math.isnan(chance)
    if out["probability_al_cheaper"] is not None:
        assert out["probability_al_cheaper"] == out["share_of_draws_al_cheaper"] == pytest.approx(chance)
    # 3. the pick follows the rule: AL only at a chance at or above the band's top and a lower capped mean cost
    # (or where random is told not to reach the target at all)
    rec = d.recommendation
    if rec is not None:   # the path to take now: one that reaches, or random's labels while the pilot cannot tell
        assert rows[rec]["reachable"] or (rec == RANDOM and not d.can_tell)
        gate = d.best_al is not None and al_gate(chance, rows[d.best_al]["capped_mean_cost"],
                                                  rows[RANDOM]["capped_mean_cost"])
        if rec == RANDOM:
            assert not gate
            if chance > 0.5 and d.best_al is not None:   # a random pick beside a chance above one half says why
                assert "loses more when it loses" in view.sentence or not d.can_tell
        else:
            assert rec == d.best_al
            assert gate or not rows[RANDOM]["reachable"]
    # 4. the break-even price agrees with the pick
    be, price = d.break_even_label_price, float(d.scenario["label_price"])
    if rec is not None and d.best_al is not None and d.can_tell:   # can't tell: the act now is random, whatever the lean
        assert (be <= price) if rec != RANDOM else (be > price)
    # 5. a saving is the difference of the two printed totals; null where one of them is carried at the
    # extrapolation limit (a "more than" total has no difference)
    beyond = {r.strategy: "total_cost" in r.beyond_limit for r in d.strategies}
    if rec is not None and rows[RANDOM]["reachable"] and math.isfinite(rows[RANDOM]["total_cost"] or math.inf):
        if beyond[RANDOM] or beyond[rec]:
            assert math.isnan(d.savings) or rec == RANDOM
        else:
            assert d.savings == pytest.approx(rows[RANDOM]["total_cost"] - rows[rec]["total_cost"])
        for r in d.strategies:
            if r.active and r.reachable:
                if beyond[RANDOM] or beyond[r.strategy]:
                    assert math.isnan(r.savings_vs_random)
                else:
                    assert r.savings_vs_random == pytest.approx(rows[RANDOM]["total_cost"] - r.total_cost)
    # 6. medians inside their ranges
    for r in d.strategies:
        if math.isfinite(r.labels):
            assert r.labels_low <= r.labels <= r.labels_high
        if math.isfinite(r.total_cost) and math.isfinite(r.total_cost_low):
            assert r.total_cost_low <= r.total_cost + 1e-6
    if math.isfinite(d.savings):  # an end carried beyond the extrapolation limit is null
        assert not d.savings_low > d.savings and not d.savings > d.savings_high
    if math.isfinite(be) and math.isfinite(d.break_even_label_price_low):
        assert d.break_even_label_price_low <= be <= d.break_even_label_price_high
    # 7-9. the budget line
    if rec is not None:
        r = d.row(rec)
        line = view.budget or ""
        if "budget_at_confidence" in r.beyond_limit:  # carried at the extrapolation limit: "more than", no share
            assert "buy more than" in line and "beyond what the measurements can tell" in line
        elif math.isfinite(r.budget_at_confidence):
            per_label = float(d.scenario["price_per_label"])
            assert r.labels_billed_at_confidence >= r.budget_at_confidence
            assert r.label_cost_at_confidence == pytest.approx(r.labels_billed_at_confidence * per_label)
            assert r.p_short <= 1.0 - d.confidence + 1e-9   # 8: the confidence's shortfall at most
            if " buy " in line:
                assert words.money(r.label_cost_at_confidence) in line
                if words.count(r.labels_billed_at_confidence) != words.count(r.budget_at_confidence):
                    assert f"billed as {words.count(r.labels_billed_at_confidence)}" in line
                if r.p_short > 0:
                    reach = re.search(r"probability (?:at least )?(\d+(?:\.\d+)?%)"
                                      r"(?: \((?:it reaches it in )?(\d+(?:\.\d+)?%) of the forecasts\))?", line)
                    said = reach.group(2) or reach.group(1)
                    short = re.search(r"falls short in (?:the other )?(\d+(?:\.\d+)?%)", line).group(1)
                    assert _pct(said) + _pct(short) == pytest.approx(100.0), line
                else:
                    assert "falls short in none" in line
        assert "a median $0.00 more" not in line and "a median $0 more" not in line   # 9
    # 10. can't tell iff the chance is in the band; then the sentence alone advises
    weighs = d.best_al is not None and RANDOM in rows and math.isfinite(chance)
    assert out["can_tell"] == (not (weighs and UNDECIDED[0] < chance < UNDECIDED[1]))
    later = d.decide_later
    if not d.can_tell:   # a plan, not a lean: label at random now (and decide again at N labels)
        assert view.sentence.startswith("Can't tell yet") and rec == RANDOM
        assert out["action_now"] in ("random_then_decide", "random")
        rest = text.replace(view.sentence, "")
        assert "Decide now" not in rest and "Extend the pilot" not in rest
        if out["action_now"] == "random_then_decide":
            assert later.priced and later.advised and verdict_sentence.START_RANDOM in view.sentence
            assert f"decide again at ~{words.approx(later.labels)} labels" in view.sentence
            assert words.money(later.cost) in view.sentence and words.money(later.value) in view.sentence
            assert out["measure_next_labels"] == out["decide_at_labels"] == later.labels
    else:
        assert "Can't tell" not in text and out["measure_next_labels"] is None
        assert out["action_now"] == ("none" if rec is None else "random" if rec == RANDOM else "active_learning")
    # 10b. every random path decides again when the labels in hand double, unless random gets there first; the
    # JSON's recommendation is the act the sentence names
    random_now = out["action_now"] in ("random", "random_then_decide")
    if random_now and later is not None and math.isfinite(later.labels) and not d.random_reaches_by(later.labels):
        assert out["decide_at_labels"] == later.labels and f"~{words.approx(later.labels)} labels" in view.sentence
    else:
        assert out["decide_at_labels"] is None
    assert out["recommendation"] == (RANDOM if random_now else None if out["action_now"] == "none" else rec)
    # 14. a capped cell reads compactly, the table says the words once under it; a flagged row's labels are marked
    table = text.split("\n\n")[0].splitlines()
    cells = [line for line in table[3:] if not line.startswith("note: ")]
    capped = any(re.search(r"more than [\d$]|beyond the limit", line) for line in cells)
    assert "\n".join(table).count(words.BEYOND) == (1 if capped else 0), table
    for r, row in zip(d.strategies, view.rows):
        if "labels" in r.beyond_limit and row["labels"] != words.MORE_THAN_POOL:
            assert row["labels"].startswith("more than ") and words.BEYOND not in row["labels"]
    # 11. the advised count respects the pool and the CLI's limit
    pool = d.scenario.get("pool_size")
    ext = d.pilot_extension
    for n in (out["measure_next_labels"], out["decide_at_labels"], None if ext is None or not ext.priced
              else ext.labels):
        if n is not None:
            assert n <= MAX_LABELS and (pool is None or n <= pool)


@SETTINGS
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.1))
def test_a_verdict_states_one_answer(df, scen, frac):
    d = Plan(df, n_draws=DRAWS, seed=0).decide(scen, _target(df, frac))
    check_one_answer(d)


@SETTINGS
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.0))
def test_the_chance_moves_the_right_way_on_the_same_draws(df, scen, frac):
    """12: dearer labels never lower the chance that AL is cheaper; more engineering days never raise it; and the
    pick follows it at every price."""
    plan = Plan(df, n_draws=DRAWS, seed=0)
    target = _target(df, frac)
    base = {**scen.__dict__, "vendor": None, "label_price": scen.label_price or 0.05, "min_order": scen.min_order}
    prices = [0.001, 0.03, 1.0, 30.0, 1000.0]
    by_price = [plan.decide(Scenario(**{**base, "label_price": p}), target) for p in prices]
    by_days = [plan.decide(Scenario(**{**base, "engineering_days": e}), target) for e in (0.0, 3.0, 20.0, 100.0)]
    for ds, sign in ((by_price, 1.0), (by_days, -1.0)):
        p = np.array([d.probability_al_cheaper for d in ds])
        if np.isnan(p).any():
            assert np.isnan(p).all()   # no path reaches in any draw: the same at every price
            continue
        assert np.all(sign * np.diff(p) >= -1e-12), p
        for d in ds:   # the pick follows the rule at every price
            assert_follows_the_rule(d)


def _cli_args(scen: Scenario, target: float) -> list[str]:
    args = ["--target", f"{target:.6f}", "--engineering-days", f"{scen.engineering_days:.6f}",
            "--day-rate", f"{scen.day_rate:.6f}", "--compute-per-round", f"{scen.compute_per_round:.6f}",
            "--turnaround-days", f"{scen.turnaround_days:.6f}", "--confidence", f"{scen.confidence}"]
    args += ["--vendor", scen.vendor] if scen.vendor else ["--label-price", f"{scen.label_price:.6g}"]
    if scen.pool_size is not None:
        args += ["--pool-size", str(scen.pool_size)]
    return args


@settings(SETTINGS, max_examples=max(2, EXAMPLES // 2))
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.0))
def test_the_clis_text_and_json_state_the_same_chance_and_pick(df, scen, frac, capsys):
    """13: ``alplan plan`` and ``alplan plan --json`` on one file state one chance and one pick."""
    target = _target(df, frac)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "curves.csv"
        df.to_csv(path, index=False)
        capsys.readouterr()
        code = main(["plan", str(path), *_cli_args(scen, target), "--json"])
        got = capsys.readouterr()
        if code == 2:   # a pool smaller than the labels measured: refused in one line, as the CLI says
            assert "\n" not in got.err.strip() and "pool" in got.err
            return
        assert code == 0, got.err
        out = json.loads(got.out)
        assert main(["plan", str(path), *_cli_args(scen, target)]) == 0
        text = capsys.readouterr().out
    rec, chance = out["recommendation"], out["probability_al_cheaper"]
    tile = re.search(r"^P\(AL cheaper\): (\S+)", text, re.M).group(1)
    picked = re.search(r"^Recommended path: (.+?)(?: \((?:label at random|decide again)[^)]*\))?$", text, re.M).group(1)
    if chance is None:
        assert tile == "n/a"
    else:
        assert abs(_pct(tile) - 100 * chance) < 1.0 + 1e-9
        rnd = next(r for r in out["strategies"] if r["strategy"] == RANDOM)
        assert chance == pytest.approx(1.0 - rnd["probability_cheapest"], abs=1e-9)
    if rec is None:
        assert picked == "none reaches the target"
    elif out["can_tell"]:
        assert picked == rec
        assert re.search(rf"^{re.escape(rec)} \(recommended\) ", text, re.M)
    else:
        assert picked == "can't tell yet" and rec == RANDOM and "Can't tell yet" in text
    if out["measure_next_labels"] is not None:
        assert out["measure_next_labels"] <= MAX_LABELS
        if scen.pool_size is not None:
            assert out["measure_next_labels"] <= scen.pool_size


def _report_rows(page: str) -> list[list[str]]:
    """The report's verdict table (the one headed "cheapest in"), its cells unescaped."""
    table = next(t for t in re.findall(r"<table>.*?</table>", page, re.S) if "<th>cheapest in</th>" in t)
    return [[html.unescape(c) for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[-1], re.S)]


@settings(SETTINGS, max_examples=max(2, EXAMPLES // 4))
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.0))
def test_the_report_states_the_verdicts_one_answer(df, scen, frac):
    """15: the HTML report states the verdict's sentence, pick and "cheapest in" shares (summing to 100%, the
    chance 100% minus random's), and embeds its JSON."""
    d = Plan(df, n_draws=DRAWS, seed=0).decide(scen, _target(df, frac))
    page = render_report(df, scen, d)
    view = verdict_view.present(d)
    assert html.escape(view.sentence) in page
    block = re.search(r"<summary>Every number above, as JSON</summary><pre>(.*?)</pre>", page, re.S).group(1)
    assert json.loads(html.unescape(block)) == json.loads(json.dumps(d.to_dict()))
    rows = _report_rows(page)
    tag = f" ({verdict_view.RECOMMENDED_TAG if d.can_tell else verdict_view.LEANING_TAG})"   # the pick as the sentence says it
    names = [r[0].removesuffix(tag) for r in rows]
    assert names == [s.strategy for s in d.strategies]
    picked = [n for r, n in zip(rows, names) if r[0].endswith(tag)]
    assert picked == ([d.recommendation] if d.recommendation is not None else [])
    shares = {n: r[REPORT_COLUMNS.index("p_cheapest")] for r, n in zip(rows, names)}
    assert shares == verdict_sentence.cheapest_in(d)
    if all(v.endswith("%") for v in shares.values()):
        assert sum(float(v[:-1]) for v in shares.values()) == pytest.approx(100.0, abs=1e-6)
        if RANDOM in shares and d.recommendation is not None:
            chance = 100.0 - float(shares[RANDOM][:-1])
            assert verdict_sentence.chance_text(d) in (f"{chance:g}%", f"{chance:.1f}%", f"{chance:.2f}%")
            assert_follows_the_rule(d)
