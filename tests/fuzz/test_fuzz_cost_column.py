"""Hostile cost columns (``simulate --cost-column``): read as finite costs >= 0, or refused in one line naming the
column. Budget: tests/fuzz/conftest.py (ALPLAN_FUZZ_EXAMPLES)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from simulations.data.datasets import load_file
from tests.fuzz.conftest import FUZZ
from tests.fuzz.hostile import NASTY_NUMBER, NASTY_TEXT
from tests.fuzz.promise import assert_one_line

_CELL = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**15, 10**15), st.just(""),
                  NASTY_TEXT)


def _cost_rows(costs, *, seeds=(0, 1), slope=0.002, gap=0.02) -> list[dict]:
    """Random and margin at 20, 40 and 60 labels a seed, each row's annotation_cost the next of ``costs``."""
    return [{"strategy": s, "seed": seed, "n_labels": n, "accuracy": 0.6 + slope * n + gap * (s == "margin"),
             "annotation_cost": costs[6 * seed + 3 * (s == "margin") + k]}
            for s in ("random", "margin") for seed in seeds for k, n in enumerate((20, 40, 60))]


def _cli_on(rows, command, *flags, capsys) -> tuple[int, str, str]:
    """``alplan COMMAND TABLE FLAGS`` on ``rows`` written as a CSV table: (exit code, stdout, stderr)."""
    from planner.cli import main

    capsys.readouterr()  # one example's output only
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.csv"
        pd.DataFrame(rows).to_csv(path, index=False)
        rc = main([command, str(path), *flags])
    out, err = capsys.readouterr()
    return rc, out, err


def _one_line_refusal(rc: int, out: str, err: str) -> None:
    assert rc == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err


@FUZZ
@given(cells=st.lists(_CELL, min_size=4, max_size=12), column=st.sampled_from(["seconds", "secs", "label"]))
def test_any_cost_column_is_read_cleanly_or_refused_in_one_line(cells, column):
    n = len(cells)
    df = pd.DataFrame({"f": np.arange(n, dtype=float), "label": np.arange(n) % 2, "seconds": cells})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.csv"
        df.to_csv(path, index=False)
        try:
            ds = load_file(path, cost_column=column)
        except (ValueError, OSError) as exc:
            assert_one_line(exc)
            assert "mine.csv" in str(exc) and repr(column) in str(exc)
            return
    assert column == "seconds"
    costs = ds.cost_pool
    assert costs.shape == (ds.n_pool,) and np.isfinite(costs).all() and (costs >= 0).all()


@FUZZ
@given(costs=st.lists(_CELL, min_size=6, max_size=6), price=st.one_of(st.none(), NASTY_NUMBER))
def test_fit_in_cost_on_any_cost_column_answers_or_refuses_in_one_line(costs, price, capsys):
    rc, out, err = _cli_on(_cost_rows(costs, seeds=(0,), slope=0.001, gap=0.01), "fit", "--target", "0.7",
                           "--in-cost", "--json", *([] if price is None else [f"--price-per-unit={price}"]),
                           capsys=capsys)
    if rc == 0:
        assert out.strip().startswith("{") and "NaN" not in out
        return
    _one_line_refusal(rc, out, err)


@FUZZ
@given(costs=st.lists(_CELL, min_size=12, max_size=12), price=st.one_of(st.none(), NASTY_NUMBER),
       command=st.sampled_from(["plan", "budget"]))
def test_plan_in_cost_on_any_cost_column_answers_or_refuses_in_one_line(costs, price, command, capsys):
    rc, out, err = _cli_on(_cost_rows(costs), command, *(["--target", "0.7"] if command == "plan" else
                                                         ["--dollars", "500"]), "--in-cost", "--json",
                           *(["--label-price", "1"] if price is None else [f"--price-per-unit={price}"]), capsys=capsys)
    if rc == 0:
        assert out.strip().startswith("{") and "NaN" not in out and '"in_cost"' in out
        return
    _one_line_refusal(rc, out, err)


@FUZZ
@given(costs=st.lists(_CELL, min_size=12, max_size=12), premium=st.one_of(st.just(1.0), NASTY_NUMBER))
def test_the_page_deciding_in_cost_on_any_cost_column_prices_or_refuses_in_one_line(costs, premium):
    from planner.decide import inputs

    curves = pd.DataFrame(_cost_rows(costs))
    values = {**inputs.DEFAULTS, "label_price": 0.5, "in_cost": True, "al_label_premium": premium}
    try:
        setup = inputs.complete(values, inputs.CurveSource("pilot", "c.csv", measured=60.0), curves=curves)
    except ValueError as exc:
        assert_one_line(exc)
        return
    setup.scenario.validate()
    assert (setup.in_cost is None) == (not inputs.has_cost(curves))


@FUZZ
@given(costs=st.lists(st.floats(1.0, 1e4), min_size=12, max_size=12), unit=st.sampled_from(["s", " s", "sec", "ms"]),
       at=st.integers(0, 11), command=st.sampled_from(["plan", "budget", "fit"]))
def test_a_cost_written_with_its_unit_is_named_as_no_number(costs, unit, at, command, capsys):
    """One cell of annotation_cost written with its unit ('12.3s'): refused in one line that quotes the cell and
    says it is not a number, never that the column is missing."""
    cumulative = np.cumsum(np.asarray(costs).reshape(4, 3), axis=1).reshape(-1)
    rows = _cost_rows([f"{c:.1f}" for c in cumulative])
    rows[at]["annotation_cost"] += unit
    extra = {"plan": ["--target", "0.7", "--label-price", "1"], "fit": ["--target", "0.7"],
             "budget": ["--dollars", "500", "--label-price", "1"]}[command]
    rc, out, err = _cli_on(rows, command, *extra, "--in-cost", capsys=capsys)
    _one_line_refusal(rc, out, err)
    assert f"holds '{rows[at]['annotation_cost'].strip()}', not a number" in err and "no cost column" not in err
