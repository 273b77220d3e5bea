"""planner.present.page_blocks: the page's answers as data, in the order app.py draws them."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from planner.decide import inputs
from planner.decide.vendors import read_vendors
from planner.present.headline import headline, headline_tiles
from planner.present.page_blocks import Boxed, Chart, Table, Tabs, Tiles, Words, breakdown_blocks, captions, \
    sure_blocks, verdict_head, verdict_rest
from planner.present.page_lines import PAGE_ORDER, tab_names, verdict_lines
from planner.present.report import page_parts
from planner.present.verdict_view import present, table_columns
from planner.present.words import Metric
from tests.builders import TWO, curve_table
from tests.seeds import SEED


SOURCE = inputs.CurveSource("file", "pilot*.csv", rows=3000, classes=3)  # a labeled file: it caps the pool


@pytest.fixture(scope="module")
def parts():
    curves = curve_table(np.random.default_rng(SEED), lambda n, ratio: 0.985 - 0.9 * (n / ratio) ** -0.5, TWO,
                         batch_size=20)
    setup = inputs.complete({**inputs.DEFAULTS, "label_price": 2.0, "vendor": None, "pool_size": 50_000,
                             "n_classes": None}, SOURCE, curves=curves)
    d, frames, notes, specs, batch = page_parts(curves, setup.scenario, 0.95, vendors=read_vendors(None))
    return curves, setup, d, frames, notes, specs, batch


def _walk(blocks):
    for b in blocks:
        yield b
        if isinstance(b, Tabs):
            for _, inner in b.tabs:
                yield from _walk(inner)


def test_the_head_is_the_sentence_then_the_tiles_then_the_charts_then_why(parts):
    _, setup, d, frames, notes, specs, _ = parts
    view = present(d)
    blocks = verdict_head(d, "", view, specs, frames, notes, setup.scenario.pool_size)
    assert [type(b) for b in blocks[:4]] == [Boxed, Tiles, Tabs, Words]
    assert blocks[0] == Boxed(headline(d, ""), "verdict_sentence")
    assert blocks[1].metrics == tuple(headline_tiles(d))
    assert blocks[3].text == f"Why: {view.sentence}" and [b.text for b in blocks[4:]] == [n for n in notes if n]
    tabs = blocks[2].tabs
    ranked = sorted(specs, key=lambda t: PAGE_ORDER.index(t) if t in PAGE_ORDER else len(PAGE_ORDER))
    assert [name for name, _ in tabs] == tab_names(ranked)  # the trade-off first
    assert all(isinstance(inner[0], Chart) for _, inner in tabs)
    keys = [b.key for b in _walk(blocks) if isinstance(b, (Chart, Table, Boxed))]
    assert len(keys) == len(set(keys))  # Streamlit refuses two elements with one key
    vendors = [(name, b) for name, inner in tabs for b in inner if isinstance(b, Table)]
    assert [(name, b.key) for name, b in vendors] == [("Vendors", "vendors")]  # beside the vendors' chart alone
    assert len(vendors[0][1].rows) == frames["vendor_comparison"]["vendor"].nunique()  # every vendor, one row


def test_the_rest_warns_first_then_says_what_it_rests_on_then_draws_the_table(parts):
    curves, setup, d, _, _, _, batch = parts
    view = present(d)
    blocks = verdict_rest(d, d.to_dict(), view, setup, asdict(SOURCE), curves, batch)
    warnings, said = verdict_lines(d, view, setup, asdict(SOURCE), curves)
    assert said and any("pilot*.csv" in line for line in said)  # the pool the file caps, said, its name as typed
    kinds = [b.kind if isinstance(b, Words) else "table" for b in blocks]
    assert kinds[:len(warnings) + len(said) + 1] == ["warning"] * len(warnings) + ["caption"] * len(said) + ["table"]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.key == "strategies_table" and len(table.rows) == len(d.to_dict()["strategies"])
    assert table.order == tuple(f"{k}_text" for k in table_columns(view))
    assert set(table.order) <= set(table.rows[0]) and set(table.heads) <= set(table.rows[0])


def test_how_sure_and_the_breakdown_escape_what_they_draw_as_markdown(parts):
    _, _, d, _, _, _, batch = parts
    view = present(d)
    for b in sure_blocks(view, batch, batch):
        assert isinstance(b, Words) and (b.kind == "caption") == b.user  # markdown arrives escaped, line by line
    table = breakdown_blocks(view)[0]
    assert isinstance(table, Table) and table.key == "cost_breakdown"


def test_words_of_an_unknown_kind_or_tiles_of_no_row_are_refused():
    with pytest.raises(ValueError, match="use one of caption"):
        Words("hi", "html")
    with pytest.raises(ValueError, match="at least 1"):
        Tiles((), 0)


@settings(max_examples=50, deadline=None)
@given(n=st.integers(0, 12), per_row=st.integers(1, 6))
def test_tiles_fill_rows_in_order_and_leave_none_empty(n, per_row):
    metrics = tuple(Metric(f"m{i}", str(i)) for i in range(n))
    rows = Tiles(metrics, per_row).rows()
    assert sum(rows, ()) == metrics
    assert all(0 < len(r) <= per_row for r in rows) and all(len(r) == per_row for r in rows[:-1])


@settings(max_examples=50, deadline=None)
@given(lines=st.lists(st.one_of(st.none(), st.text(max_size=8))))
def test_captions_keep_every_line_that_says_something_in_order(lines):
    out = captions(lines)
    assert [w.text for w in out] == [line for line in lines if line]
    assert all(w.kind == "caption" and w.user for w in out)
