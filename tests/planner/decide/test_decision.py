"""The verdict on curves generated from known parametric curves + noise.

Random sampling follows ``acc(n) = 0.95 - 0.9 n^-0.5`` (0.90 at n = 324);
the AL strategy is the same curve reached with half the labels. The noise seed
is fresh every session (printed on failure), so the assertions hold for any.
"""

import dataclasses
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planner.forecast.draws
from planner.decide import whatif
from planner.decide.costs import PoolShape, Scenario
from planner.decide.whatif import winner_by_price
from planner.decision import Plan, decide
from planner.present import verdict_sentence, verdict_view
from planner.present.verdict_sentence import budget_line
from planner.present.verdict_view import _metrics
from tests.seeds import SEED

TARGET = 0.90
TRUE_RANDOM = (0.9 / 0.05) ** 2  # labels random needs for 0.90


def true_curve(n):
    return 0.95 - 0.9 * np.asarray(n, dtype=float) ** -0.5


def synthetic(rng, strategies=(("random", 1.0), ("margin", 0.5)), *, seeds=3, rounds=20, batch=20,
              noise_levels=(0.0,), n_classes=10):
    """A curves table: strategy at efficiency e reaches acc(n / e) ... with label noise as n_eff."""
    rows = []
    for noise in noise_levels:
        factor = (1 - noise * n_classes / (n_classes - 1)) ** 2
        for name, eff in strategies:
            for seed in range(seeds):
                for r in range(rounds):
                    n = batch * (r + 1)
                    acc = true_curve(n * factor / eff) + rng.normal(0, 0.003)
                    rows.append({"dataset": "synth", "model": "logreg", "strategy": name, "seed": seed,
                                 "batch_size": batch, "label_noise": noise, "round": r, "n_labels": n,
                                 "accuracy": float(np.clip(acc, 0, 1))})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def plan():
    return Plan(synthetic(np.random.default_rng(SEED)), seed=0)


def scenario(**kw):
    base = dict(label_price=0.04, engineering_days=10, day_rate=400, compute_per_round=0.0, turnaround_days=2)
    base.update(kw)
    return Scenario(**base)


def test_forecasts_recover_the_true_labels(plan):
    d = plan.decide(scenario(), TARGET)
    rnd, al = d.row("random"), d.row("margin")
    msg = f"seed {SEED}"
    for r, truth in ((rnd, TRUE_RANDOM), (al, TRUE_RANDOM / 2)):
        # close to the truth, unless a measured mean lies below the target later on: then the first
        # count after it (the verdict never quotes a count the measurements contradict)
        means = plan.curves[plan.curves["strategy"] == r.strategy].groupby("n_labels")["accuracy"].mean()
        below = means[means < TARGET].index
        after = means.index[means.index > below.max()] if len(below) else []
        assert r.labels == pytest.approx(truth, rel=0.15) or (len(after) and r.labels == after[0]), msg
        assert r.labels == pytest.approx(truth, rel=0.3), msg
    for r in (rnd, al):
        assert r.labels_low <= r.labels <= r.labels_high, msg
        assert r.total_cost_low <= r.total_cost <= r.total_cost_high, msg
    assert rnd.rounds == 1 and rnd.engineering_cost == 0
    initial, batch = plan.initial("margin"), plan.batch_size()
    assert (initial, batch) == (20, 20)
    assert al.rounds == math.ceil((al.labels - initial) / batch)
    assert al.engineering_cost == pytest.approx(4000)


def test_cheap_labels_favour_random_expensive_labels_favour_al(plan):
    cheap = plan.decide(scenario(label_price=0.04), TARGET)
    assert cheap.recommendation == "random"
    assert cheap.savings == 0.0
    assert cheap.al_savings < 0
    assert cheap.probability_al_cheaper < 0.5
    assert verdict_sentence.sentence(cheap).startswith("Label at random: ~") and "would need to save ~100,000" in verdict_sentence.sentence(cheap)
    dear = plan.decide(scenario(label_price=100.0, engineering_days=2), TARGET)
    assert dear.recommendation == "margin", f"seed {SEED}"
    assert dear.savings > 0
    # the median of the per-draw savings, inside its interval; the medians of the two paths agree in sign
    assert dear.savings_low <= dear.savings <= dear.savings_high
    assert dear.row("random").total_cost > dear.row("margin").total_cost
    assert dear.probability_al_cheaper > 0.5, f"seed {SEED}"


def test_break_even_labels_saved_salary_example(plan):
    # $100,000/year over 50 weeks: two weeks of engineering cost $4,000; at $0.04 a
    # label AL must save 100,000 labels to pay for itself (no compute cost).
    s = Scenario(label_price=0.04, engineering_days=10, yearly_salary=100_000, working_weeks=50,
                 compute_per_round=0.0)
    d = plan.decide(s, TARGET)
    assert d.break_even_labels_saved == pytest.approx(100_000)
    assert d.to_dict()["break_even_labels_saved"] == pytest.approx(100_000)


def test_break_even_median_splits_the_chance_and_the_quote_the_verdict(plan):
    s = scenario(compute_per_round=2.0, engineering_days=3)
    d = plan.decide(s, TARGET)
    be = d.break_even_label_price_median   # the even-odds price: the quote is the price likeliest within 2x
    assert math.isfinite(be) and be > 0 and math.isfinite(d.break_even_label_price)
    assert d.break_even_label_price_low <= d.break_even_label_price <= d.break_even_label_price_high
    assert 0 < d.break_even_within_2x <= 1 and d.to_dict()["break_even_label_price_median"] == pytest.approx(be)
    # the even-odds price splits the chance; the rule's quote (which also weighs the mean cost and asks for a
    # chance of 70%) splits the pick, and lies at or above the even-odds price
    above = plan.decide(scenario(compute_per_round=2.0, engineering_days=3, label_price=be * 1.02), TARGET)
    below = plan.decide(scenario(compute_per_round=2.0, engineering_days=3, label_price=be * 0.98), TARGET)
    assert above.probability_al_cheaper >= 0.5 > below.probability_al_cheaper
    assert below.recommendation == "random"
    quote = d.break_even_label_price
    assert quote >= be * 0.98
    for price, pick in ((quote * 1.02, "margin"), (quote * 0.98, "random")):
        assert plan.decide(scenario(compute_per_round=2.0, engineering_days=3, label_price=price), TARGET).recommendation == pick


def test_a_break_even_too_uncertain_for_one_number_is_withheld_with_its_range():
    # near random's plateau the per-draw break-even prices spread over a decade: no price holds most of them
    # within 2x, so the verdict gives the range and the even-odds price, not one number. This test reads one
    # fixed noise seed, not the session's: so near the plateau, for some noise (one seed in seven at 0.94 since
    # round 19's wider ranges, one in 400 at 0.93), AL is not billed fewer labels in most draws, and then no
    # break-even is computed at all (another branch)
    plan = Plan(synthetic(np.random.default_rng(0)), seed=0)
    d = plan.decide(scenario(compute_per_round=2.0, engineering_days=3), 0.93)
    # the quote is where the rule's pick changes on these draws, so it agrees with the pick, and the per-forecast
    # spread of margin's break-even is given beside it as a range
    assert d.best_al == "margin"
    be, price = d.break_even_label_price, d.scenario["label_price"]
    assert (be <= price) if d.recommendation == "margin" else (be > price)
    assert d.break_even_label_price_low < d.break_even_label_price_median < d.break_even_label_price_high
    line = verdict_sentence.break_even_line(d)
    assert verdict_sentence.break_even_range(d) in line and "no label price makes it reliably cheaper" not in " ".join(d.notes)
    for p in (0.5 * be, 2.0 * be):   # re-run at prices either side of the quote: the pick flips there
        again = plan.decide(scenario(compute_per_round=2.0, engineering_days=3, label_price=p), 0.93)
        assert (again.recommendation == "random") == (p < be)


def test_unreachable_target_is_null_in_json_with_a_reason(plan):
    d = plan.decide(scenario(), 0.99)
    out = d.to_dict()
    text = json.dumps(out, allow_nan=False)  # no NaN anywhere
    assert "NaN" not in text and "Infinity" not in text
    for row in out["strategies"]:
        assert row["reachable"] is False
        assert row["labels"] is None and row["total_cost"] is None
        assert "levels off" in row["reason"]
    assert out["recommendation"] is None
    assert "reach" in verdict_view.to_text(d)
    # P(AL cheaper) and every "cheapest in" share are unknown where no path reaches (the page shows n/a and "-"):
    # the Decision holds NaN, so the JSON, the text and a campaign's paths read one number
    assert out["probability_al_cheaper"] is None and out["share_of_draws_al_cheaper"] is None
    assert math.isnan(d.share_of_draws_al_cheaper)
    assert all(row["probability_cheapest"] is None for row in out["strategies"])
    assert plan.decide(scenario(), TARGET).to_dict()["probability_al_cheaper"] is not None
    # the share of draws in which no path reaches: at most the least unreachable path's, and a number in the JSON
    unreach = min(r.p_unreachable for r in d.strategies)
    assert 0.5 < d.probability_no_path <= unreach and out["probability_no_path"] == d.probability_no_path
    reached = plan.decide(scenario(), TARGET)
    assert reached.probability_no_path < 0.5 and reached.probability_no_path <= min(
        r.p_unreachable for r in reached.strategies)


def test_p_al_cheaper_is_read_among_the_draws_in_which_some_path_reaches():
    inf = math.inf
    # draw 0: random is cheaper; 1: no path reaches; 2: only AL reaches; 3: only random; 4: a tie
    ruled = Plan.rule({"random": np.array([1.0, inf, inf, 3.0, 2.0]), "margin": np.array([2.0, inf, 1.0, inf, 2.0]),
                       "entropy": np.array([inf, inf, inf, inf, 5.0])})
    assert ruled["p_no_path"] == pytest.approx(1 / 5)
    assert ruled["p_al_cheaper"] == pytest.approx((1 + 0.5) / 4)   # not (1 + 0.5 + 0.5) / 5: no tie at draw 1
    # the shares are read among the same draws, ties split: they sum to 1, and the chance is 1 - random's
    assert ruled["cheapest"] == pytest.approx({"random": 2.5 / 4, "margin": 1.5 / 4, "entropy": 0.0})
    assert ruled["recommendation"] == "random"
    nowhere = Plan.rule({"random": np.full(4, inf), "margin": np.full(4, inf)})
    assert nowhere["p_no_path"] == 1.0 and math.isnan(nowhere["p_al_cheaper"])
    assert nowhere["recommendation"] is None


def test_json_has_the_documented_fields(plan):
    out = plan.decide(scenario(compute_per_round=3.0), TARGET).to_dict()
    for key in ("target", "strategies", "recommendation", "savings", "probability_al_cheaper",
                "break_even_label_price", "break_even_labels_saved"):
        assert key in out
    for key in ("strategy", "labels", "labels_low", "labels_high", "reachable", "rounds", "label_cost",
                "engineering_cost", "compute_cost", "total_cost", "calendar_days"):
        assert key in out["strategies"][0]
    rnd = out["strategies"][0]
    assert rnd["strategy"] == "random" and isinstance(rnd["labels"], int)
    assert rnd["compute_cost"] == 3.0  # the final training run
    json.dumps(out, allow_nan=False)


def test_at_the_pools_end_every_strategy_reaches_what_one_reaches(plan):
    # labeling the whole pool trains every strategy on the same examples: in a draw where one
    # strategy reaches the target within the pool, every strategy reaches it by the pool's end, unless its own
    # curve measured less than the target at a count at or beyond the pool (a curve measured in a larger pool)
    free = plan.paths(plan.resolve(scenario(label_price=0.04)), TARGET)
    pool = 300
    capped = plan.paths(plan.resolve(scenario(label_price=0.04, pool=PoolShape(pool_size=pool))), TARGET)
    raw = np.vstack([p.labels for p in free.values()])
    within = raw.min(axis=0) <= pool
    assert within.any() and (raw[:, within] > pool).any()   # the case arises in this table
    bound = 0
    for s, p in capped.items():
        d = plan.draws.get(s)
        below = d.anchors[d.mean < TARGET]
        if below.size and below.max() >= pool:
            bound += 1
            assert np.all(p.labels[within] > pool)
        else:
            assert np.all(p.labels[within] <= pool)
        assert np.array_equal(p.labels[~within], free[s].labels[~within])
    assert bound < len(capped)


def test_a_pool_too_small_for_every_strategy_makes_the_paths_unreachable(plan):
    d = plan.decide(scenario(label_price=0.04, pool=PoolShape(pool_size=120)), TARGET)
    rnd = d.row("random")
    assert not rnd.reachable and "pool" in rnd.reason
    assert rnd.labels_low <= rnd.labels <= rnd.labels_high < math.inf  # the forecast is still shown
    assert "pool" in verdict_view.to_text(d)


def test_budget_at_confidence_and_second_order_risk(plan):
    d50 = plan.decide(scenario(confidence=0.5), TARGET)
    d95 = plan.decide(scenario(confidence=0.95), TARGET)
    for name in ("random", "margin"):
        lo, hi = d50.row(name), d95.row(name)
        assert lo.budget_at_confidence <= hi.budget_at_confidence
        assert hi.p_short <= 0.05 + 1e-9
        assert hi.cost_at_confidence >= lo.cost_at_confidence
        # a budget is never below the quoted median (it would reach the target in fewer than half)
        assert lo.budget_at_confidence >= lo.labels and hi.budget_at_confidence >= hi.labels
        # where the budget falls short, more labels cost more (random: a second order, its round on top);
        # a budget raised to the quoted median (moved past a measurement below the target) may never fall short
        assert lo.p_short > 0 or lo.budget_at_confidence == lo.labels
        if lo.p_short > 0:
            assert lo.short_extra_cost >= 0 and (name != "random" or lo.short_extra_cost > 0)
    text = verdict_view.to_text(d95)
    rec = d95.row(d95.recommendation)
    assert "probability 95%" in text
    assert ("second order costs a median" in text) == (rec.p_short > 0 and math.isfinite(rec.short_extra_cost))


def test_the_budget_line_is_not_dominated_by_a_few_extreme_forecasts():
    class Row:  # one draw in 50 needs 10,000x more: the mean explodes, the median extra does not
        strategy, budget_at_confidence, cost_at_confidence = "random", 1000.0, 500.0
        p_short, short_extra_cost, total_cost, n_max = 0.1, 900.0, 450.0, 800.0

    class D:
        recommendation, confidence, strategies, scenario = "random", 0.9, [Row()], {}

    line = budget_line(D())
    assert "$900" in line and "2,000,000" not in line and "falls short in 10% of the forecasts" in line


def test_to_text_has_a_table_and_one_sentence(plan):
    d = plan.decide(scenario(label_price=100.0, engineering_days=2), TARGET)
    text = verdict_view.to_text(d)
    assert "random" in text and "margin" in text
    sentence = verdict_sentence.sentence(d)
    assert sentence.startswith("margin reaches 90% accuracy with ~")
    assert "instead of ~" in sentence and "saving $" in sentence and "of engineering" in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")


def test_dashboard_tables(plan):
    s = scenario(compute_per_round=1.0)
    cvt = whatif.cost_by_target(plan, s, [0.8, 0.85, 0.9])
    assert len(cvt) == 3 * 2
    rnd = cvt[cvt["strategy"] == "random"].sort_values("target")
    assert np.all(np.diff(rnd["total_cost"]) > 0)  # a higher target costs more
    assert (cvt["total_cost_low"] <= cvt["total_cost_high"]).all()

    bem = whatif.winner_by_price(plan, s, [0.85, 0.9], [0.01, 1.0, 100.0])
    assert len(bem) == 6
    by_price = bem[bem["target"] == 0.9].set_index("label_price")
    assert not by_price.loc[0.01, "al_wins"] and by_price.loc[100.0, "al_wins"]

    sens = whatif.savings_sensitivity(plan, s, TARGET)
    assert {"input", "savings_low", "savings_high", "base"} <= set(sens.columns)
    assert list(sens["swing"]) == sorted(sens["swing"], reverse=True)
    row = sens.set_index("input").loc["label price"]
    assert row["savings_high"] > row["base"] > row["savings_low"]  # dearer labels favour AL
    eng = sens.set_index("input").loc["engineering days"]
    assert eng["savings_high"] < eng["savings_low"]

    budget = whatif.accuracy_for_budget(plan, s, 20.0)
    more = whatif.accuracy_for_budget(plan, s, 200.0)
    assert (budget["total_cost"].fillna(0) <= 20.0 + 1e-9).all()
    assert (more["labels"].to_numpy() >= budget["labels"].to_numpy()).all()
    r_small = budget.set_index("strategy").loc["random"]
    r_big = more.set_index("strategy").loc["random"]
    assert r_big["accuracy"] > r_small["accuracy"]
    assert r_small["accuracy_low"] <= r_small["accuracy"] <= r_small["accuracy_high"]
    al = budget.set_index("strategy").loc["margin"]
    assert al["labels"] == 0 and "fixed costs" in al["note"]  # $20 does not pay the engineering


def test_vendor_comparison_and_vendor_scenario(plan):
    vc = whatif.cost_by_vendor(plan, scenario(), TARGET, None, votes=(1, 3))
    vendors = vc["vendor"].unique()
    assert any(v.endswith(" x3") for v in vendors)
    assert vc.groupby("vendor")["recommended"].sum().eq(1).all()
    expert = vc[(vc["vendor"] == "expert") & (vc["strategy"] == "random")].iloc[0]
    crowd = vc[(vc["vendor"] == "crowd-basic") & (vc["strategy"] == "random")].iloc[0]
    assert expert["total_cost"] > crowd["total_cost"]
    assert crowd["labels"] > plan.decide(scenario(), TARGET).row("random").labels  # noisier labels, more of them
    d = plan.decide(Scenario(vendor="expert", engineering_days=2), TARGET, vendors=None)
    assert d.scenario["label_price"] == 2.0 and d.scenario["vendor"] == "expert"
    assert any("approximated" in n for n in d.notes)
    with pytest.raises(ValueError, match="unknown vendor"):
        plan.decide(Scenario(vendor="nobody"), TARGET)


def test_same_inputs_same_output_and_fits_reused(monkeypatch):
    calls = []
    real = planner.forecast.draws.raw_tails

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(planner.forecast.draws, "raw_tails", counting)
    df = synthetic(np.random.default_rng(SEED + 1), seeds=2, rounds=12)
    a = Plan(df, seed=7)
    s = scenario(compute_per_round=1.0)
    first = a.decide(s, 0.85).to_dict()
    whatif.cost_by_target(a, s, [0.8, 0.82, 0.85])
    whatif.winner_by_price(a, s, [0.8, 0.85], [0.01, 0.1, 1.0])
    whatif.savings_sensitivity(a, s, 0.85)
    whatif.accuracy_for_budget(a, s, 100.0)
    assert len(calls) == 2  # the draws of each strategy are made once, whatever is asked
    again = Plan(df, seed=7).decide(s, 0.85).to_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)


def test_simulated_noise_level_is_used_else_approximated():
    df = synthetic(np.random.default_rng(SEED + 2), strategies=(("random", 1.0),), seeds=2, rounds=12,
                   noise_levels=(0.0, 0.2))
    p = Plan(df, seed=0)
    def median_labels(**kw):
        labels, note, _ = p.label_draws("random", 0.85, scenario(**kw))
        return float(np.median(labels)), note

    clean, note0 = median_labels()
    exact, note2 = median_labels(label_error=0.2)
    approx, note1 = median_labels(label_error=0.1)
    assert note0 == "" and "simulated at label noise 0.2" in note2 and "approximat" in note1
    assert clean < approx < exact
    factor = (1 - 0.2 * 10 / 9) ** 2
    assert exact == pytest.approx(clean / factor, rel=0.2), f"seed {SEED}"


def test_bad_inputs_raise_one_line():
    df = synthetic(np.random.default_rng(SEED), seeds=1, rounds=4)
    two = pd.concat([df, df.assign(dataset="other")])
    with pytest.raises(ValueError, match="--dataset"):
        decide(two, scenario(), TARGET)
    with pytest.raises(ValueError, match=r"\(0, 1\)"):
        decide(df, scenario(), 1.2)
    with pytest.raises(ValueError, match="label price"):
        decide(df, scenario(label_price=-1), TARGET)
    few = df[df["n_labels"] <= 40]
    with pytest.raises(ValueError, match="at least 3"):
        decide(few, scenario(), TARGET)


def test_the_chance_shown_is_the_share_of_draws_the_pick_reads(plan):
    """One chance: the share of draws in which an AL path is the cheapest, one minus random's "cheapest in", the
    same with or without a pool, in the JSON, the metric, the sentence and the break-even map."""
    for pool in (None, 400, 1_500, 20_000):
        scen = scenario(compute_per_round=3.0, pool=PoolShape(pool_size=pool))
        d = plan.decide(scen, TARGET)
        rows = {r.strategy: r for r in d.strategies}
        assert d.probability_al_cheaper == pytest.approx(1.0 - rows["random"].probability_cheapest, abs=1e-12)
        assert sum(r.probability_cheapest for r in d.strategies) == pytest.approx(1.0)
        assert d.share_of_draws_al_cheaper == d.probability_al_cheaper   # the older name, kept as an alias
        out = d.to_dict()
        assert out["probability_al_cheaper"] == out["share_of_draws_al_cheaper"] == pytest.approx(
            d.probability_al_cheaper)
        assert (d.recommendation == "random") == (d.probability_al_cheaper <= 0.5)
        tile = next(m for m in _metrics(d) if m.label == "P(AL cheaper)")
        assert tile.value == verdict_sentence.chance_text(d) and tile.value in verdict_sentence.sentence(d)
        assert "calibrated" not in tile.help
        chart = winner_by_price(plan, scen, [TARGET], [scen.label_price])
        assert chart["probability_al_cheaper"].iloc[0] == pytest.approx(d.probability_al_cheaper)
        assert chart["winner"].iloc[0] == d.recommendation
    # where no path reaches in most forecasts: n/a
    far = next(m for m in _metrics(plan.decide(scenario(), 0.99)) if m.label == "P(AL cheaper)")
    assert far.value == "n/a"


@given(prices=st.lists(st.sampled_from([0.01, 0.04, 0.3, 1.0, 5.0, 40.0]), min_size=1, max_size=3, unique=True),
       targets=st.lists(st.sampled_from([0.8, 0.86, 0.9, 0.93]), min_size=1, max_size=2, unique=True),
       days=st.sampled_from([0.0, 2.0, 10.0]), premium=st.sampled_from([None, 1.5]),
       error=st.sampled_from([None, 0.1]), pool=st.sampled_from([None, 300, 5000]),
       ceiling=st.sampled_from([None, 0.91]))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_break_even_map_is_the_rule_at_each_price(plan, prices, targets, days, premium, error, pool, ceiling):
    """Each cell of the break-even map is the verdict's rule on the same scenario at that label price: the map
    counts each target's labels once, so no price may move a count (a property of the paths, held here)."""
    s = scenario(engineering_days=days, al_label_premium=premium, label_error=error).with_pool(
        pool_size=pool, pool_accuracy=ceiling)
    got = winner_by_price(plan, s, targets, prices)
    resolved = plan.resolve(s, None)
    for row in got.itertuples():
        want = whatif.ruled_numbers(plan, dataclasses.replace(resolved, label_price=row.label_price), row.target)
        got_row = (row.winner, row.best_al, row.probability_al_cheaper, row.savings)
        want_row = (want["recommendation"], want["best_al"], want["p_al_cheaper"], want["savings"])
        assert [None if pd.isna(v) else v for v in got_row] == [None if pd.isna(v) else v for v in want_row]
