"""Transfer from proxies to a random-only pilot, on known parametric curves + noise."""

import math

import numpy as np
import pandas as pd
import pytest

from tests.builders import csv_file, proxy_table
from planner.decide.costs import Scenario
from planner.decide.verdict import get_plan
from planner.decision import decide
from planner.forecast.transfer import efficiency_ratios, ratio_summary, transfer
from tests.seeds import SEED

EFFICIENCY = {"p1": 0.5, "p2": 0.7}  # AL needs this share of random's labels on each proxy


@pytest.fixture(scope="module")
def proxies():
    rng = np.random.default_rng(SEED)
    return pd.concat([
        proxy_table(rng, "p1", 0.95, 0.9, 0.5, [("random", 1.0), ("margin", EFFICIENCY["p1"])]),
        proxy_table(rng, "p2", 0.92, 1.0, 0.6, [("random", 1.0), ("margin", EFFICIENCY["p2"])]),
    ], ignore_index=True)


@pytest.fixture(scope="module")
def pilot():
    return proxy_table(np.random.default_rng(SEED + 1), "mine", 0.93, 0.9, 0.5, [("random", 1.0)], rounds=10)


@pytest.fixture(scope="module")
def ratios(proxies):
    return efficiency_ratios(proxies)


def test_ratios_recover_each_proxys_efficiency(ratios):
    assert set(ratios["proxy"]) == {"p1", "p2"}
    assert (ratios["strategy"] == "margin").all()
    for proxy, eff in EFFICIENCY.items():
        med = ratios.loc[ratios["proxy"] == proxy, "ratio"].median()
        assert med == pytest.approx(eff, rel=0.2), f"seed {SEED}"
    s = ratio_summary(ratios).set_index("strategy").loc["margin"]
    assert s["ratio_low"] < s["ratio"] < s["ratio_high"]  # the spread across proxies
    assert s["proxies"] == 2


def test_forecast_moves_the_pilot_by_the_ratios_and_decide_accepts_it(pilot, ratios):
    f = transfer(pilot, ratios=ratios)
    assert {"strategy", "seed", "n_labels", "accuracy", "source"} <= set(f.columns)
    rnd = f[f["strategy"] == "random"]
    assert len(rnd) == len(pilot)
    np.testing.assert_allclose(np.sort(rnd["accuracy"]), np.sort(pilot["accuracy"]))
    assert set(f["strategy"]) == {"random"}  # transferred curves are never rows of measurements
    assert "margin" in f.attrs["transfer_note"] and "not measured" in f.attrs["transfer_note"]
    d = decide(f, Scenario(label_price=1.0, engineering_days=1, day_rate=100), 0.87)
    margin = d.row("margin")
    ratio = margin.labels / d.row("random").labels
    assert 0.4 < ratio < 0.85, f"seed {SEED}: ratio {ratio}"
    assert margin.basis == "transferred"
    assert any("transferred from random" in n for n in d.notes)
    assert margin.labels_low < margin.labels < margin.labels_high


def test_transferred_spread_covers_the_proxies_and_one_proxy_is_wide(pilot, ratios):
    """The interval carries the spread across proxies; a single proxy gives a wider one, never a point."""
    s = Scenario(label_price=1.0, engineering_days=1, day_rate=100)
    both = decide(transfer(pilot, ratios=ratios), s, 0.87).row("margin")
    one = decide(transfer(pilot, ratios=ratios[ratios["proxy"] == "p1"]), s, 0.87).row("margin")
    # the AL draws' relative spread exceeds random's own: the ratio's spread is added (the interquartile
    # range of the draws, finite even when some draws of random's tail never reach the target)
    draws = get_plan(transfer(pilot, ratios=ratios)).draws

    def width(strategy):
        lo, hi = np.quantile(draws.get(strategy).labels(0.87), [0.25, 0.75])
        return math.log(hi / lo)

    assert width("margin") > width("random")
    assert both.labels_low < both.labels < both.labels_high
    assert one.labels_high > one.labels_low * 1.3


def test_plan_cli_transfers_from_proxies(pilot, proxies, tmp_path, cli):
    data = cli.json("plan", csv_file(tmp_path, pilot.drop(columns=["dataset", "strategy"]), "pilot.csv"), "--proxies",
                    csv_file(tmp_path, proxies, "proxies.csv"), "--target", "0.85", "--label-price", "1")
    assert [r["strategy"] for r in data["strategies"]] == ["random", "margin"]
    assert any("transferred from proxies" in n for n in data["notes"])


def test_bad_transfer_inputs(pilot, proxies):
    with pytest.raises(ValueError, match="random-sampling measurements only"):
        transfer(proxies[proxies["dataset"] == "p1"], proxies)
    with pytest.raises(ValueError, match="no data set with both"):
        efficiency_ratios(proxies[proxies["strategy"] == "margin"])


@pytest.fixture(scope="module")
def margin_pilot():
    """A pilot of margin alone (a campaign that picked with margin), margin at 0.6 of random's labels."""
    return proxy_table(np.random.default_rng(SEED + 2), "mine", 0.93, 0.9, 0.5, [("margin", 0.6)], rounds=10)


def test_an_al_only_pilot_forecasts_random_by_the_reverse_ratio(margin_pilot, ratios):
    f = transfer(margin_pilot, ratios=ratios)
    assert set(f["strategy"]) == {"margin"} and f.attrs["transfer_from"] == "margin"   # no invented rows
    assert "random sampling transferred from proxies" in f.attrs["transfer_note"]
    plan = get_plan(f)
    assert plan.strategies == ("random", "margin")
    rnd, margin = plan.draws.get("random"), plan.draws.get("margin")
    assert rnd.kind == "transferred" and margin.kind == "measured"
    a, b = rnd.labels(0.87), margin.labels(0.87)
    ok = np.isfinite(a) & np.isfinite(b) & (a > rnd.n_min)
    # per draw, random's labels are margin's over the draw's ratio: the ratio, read back, is that of the proxies
    assert 0.4 < float(np.median(b[ok] / a[ok])) < 0.85, f"seed {SEED}"
    d = plan.decide(Scenario(label_price=1.0, engineering_days=1, day_rate=100), 0.87)
    assert d.row("random").basis == "transferred" and d.row("margin").basis != "transferred"
    assert any("transferred from margin's curve" in n for n in d.notes)
    assert math.isfinite(d.probability_al_cheaper)


def test_an_al_only_pilot_is_refused_plainly_where_it_cannot_be_transferred(margin_pilot, proxies, ratios):
    two = pd.concat([margin_pilot, margin_pilot.assign(strategy="entropy")], ignore_index=True)
    with pytest.raises(ValueError, match="holds entropy, margin and no random sampling: the proxies forecast random "
                                         "sampling from one AL strategy's pilot; keep one strategy's rows"):
        transfer(two, proxies)
    with pytest.raises(ValueError, match="no proxy measures strategy 'entropy' against random.*the pilot is "
                                         "entropy's"):
        transfer(margin_pilot.assign(strategy="entropy"), proxies)
