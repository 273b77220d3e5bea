"""The regime layer on the spread (round 44): per spread stratum, composed with the shipped table only."""

import numpy as np
import pandas as pd
import pytest

import planner.forecast.draws as draws
from planner.forecast.draws import (
    REGIME_LAYER_COLUMNS,
    Regime,
    Spread,
    load_regime_layer,
    load_spread,
    regime_layer_from_frame,
    spread_for,
)

KNOTS = np.array([2**0.5, 8**0.5, 32**0.5, 128**0.5])


def _regime(group: str, runs: str) -> Regime:
    return next(r for r in _regimes() if r.group == group and r.runs == runs)


def _regimes():
    """Regimes of real curves: a single run and five seeds, levelling and rising."""
    n = np.array([20, 40, 80, 160, 320], dtype=float)
    out = []
    for Y in (np.array([[0.70, 0.80, 0.85, 0.86, 0.86]]), np.array([[0.50, 0.60, 0.70, 0.80, 0.90]]),
              np.tile([0.70, 0.80, 0.85, 0.86, 0.86], (5, 1)) + np.linspace(-0.01, 0.01, 5)[:, None],
              np.tile([0.50, 0.60, 0.70, 0.80, 0.90], (5, 1)) + np.linspace(-0.01, 0.01, 5)[:, None]):
        out.append(draws.curve_regime(n, Y))
    return out


def test_the_regimes_the_tests_read_exist():
    assert {(r.group, r.runs) for r in _regimes()} >= {("level", "single"), ("rise", "single")}


def test_spread_for_composes_the_strata_layer_of_the_key_it_reads():
    table = {"random:level:single": Spread(KNOTS, np.ones(4), np.ones(4), key="random:level:single"),
             "all": Spread(KNOTS, np.ones(4), np.ones(4), key="all")}
    strata = {"random:level:single": Spread(KNOTS, np.ones(4), np.full(4, 1.5), key="R", shift=np.full(4, 0.1))}
    level, rise = _regime("level", "single"), _regime("rise", "single")
    got = spread_for(table, "random", level, regime_layer=strata)
    assert got.key == "random:level:single+R"
    np.testing.assert_allclose(got.high, 1.5)
    np.testing.assert_allclose(got.shift, 0.1)
    assert spread_for(table, "random", rise, regime_layer=strata).key == "all"      # another stratum: none
    assert spread_for(table, "random", level).key == "random:level:single"          # a table of one's own: none
    family = {"kNN": Spread(KNOTS, np.ones(4), np.ones(4), key="kNN", shift=np.full(4, 0.2))}
    both = spread_for(table, "random", level, regime_layer=strata, family="kNN", layer=family)
    assert both.key == "random:level:single+R+kNN"
    np.testing.assert_allclose(both.shift, 0.3)                                       # shifts add


def test_the_shipped_table_reads_the_shipped_layer(monkeypatch):
    strata = {"random:level:single": Spread(KNOTS, np.ones(4), np.full(4, 2.0), key="R")}
    monkeypatch.setattr(draws, "load_regime_layer", lambda: strata)
    level = _regime("level", "single")
    got = spread_for(None, "random", level)
    assert "random:level:single" in load_spread()          # the stratum a levelling single run reads
    assert got.key == "random:level:single+R"
    np.testing.assert_allclose(got.high, load_spread()["random:level:single"].high * 2.0)
    assert spread_for(None, "random", _regime("rise", "single")).key == "random:rise:single"   # not its stratum
    own = {"random:level:single": Spread(KNOTS, np.ones(4), np.ones(4), key="own")}
    assert spread_for(own, "random", level).key == "own"   # a table of one's own: the shipped layer is not its


def test_a_layer_table_needs_its_columns_and_sane_factors():
    rows = pd.DataFrame({"stratum": ["a"] * 4, "ratio": KNOTS, "shift": [0.0, 0.1, 0.1, 0.0],
                         "low": [1.0] * 4, "high": [1.2] * 4, "n_rows": [100] * 4, "n_datasets": [5] * 4})
    assert set(regime_layer_from_frame(rows)) == {"a"}
    with pytest.raises(ValueError, match="missing column"):
        regime_layer_from_frame(rows.drop(columns="n_datasets"))
    with pytest.raises(ValueError, match="not positive"):
        regime_layer_from_frame(rows.assign(high=[1.2, 0.0, 1.0, 1.0]))


def test_no_regime_layer_ships():
    assert load_regime_layer() == {}   # rounds 44-45 screened R1 and did not adopt it: the package ships no such file
    assert tuple(REGIME_LAYER_COLUMNS) == ("stratum", "ratio", "shift", "low", "high", "n_rows", "n_datasets")
