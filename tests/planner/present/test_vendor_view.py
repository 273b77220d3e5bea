"""A vendor's minimum order is said where it sets the bill (issue 126, item 3): the headline, the "Why" sentence, the
vendors' table and its lines; the table keeps to eight short columns (it fits a 1,280 px window:
tests/app/test_browser_corners.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.decide import whatif
from planner.decide.costs import PoolShape, Scenario
from planner.decide.vendors import find_vendor, read_vendors
from planner.decision import get_plan
from planner.present.headline import headline
from planner.present.vendor_view import VENDOR_HEADS, vendor_notes, vendor_rows
from planner.present.verdict_sentence import sentence
from planner.present.words import approx, count, minimum_billed
from tests.builders import curve_table

POOL = 1348


@pytest.fixture(scope="module")
def plan():
    curves = curve_table(np.random.default_rng(0), lambda n, r: 0.99 - 0.9 * (n / r) ** -0.5,
                         (("random", 1.0), ("margin", 0.7)), counts=range(20, 820, 20), noise=0.003)
    return get_plan(curves)


def scenario(vendor: str) -> Scenario:
    base = Scenario(label_price=0.07, engineering_days=5, day_rate=400, compute_per_round=0.1,
                    pool=PoolShape(pool_size=POOL, batch_size=20))
    return base.with_vendor(find_vendor(read_vendors(), vendor))


def test_the_headline_says_a_minimum_order_is_what_is_billed(plan):
    """managed-service bills 1,000 labels at least per order: random's ~540 labels are billed as 1,000, and both the
    headline and the sentence say so; a vendor with no minimum says nothing of one."""
    d = plan.decide(scenario("managed-service"), 0.95)
    rec = next(r for r in d.strategies if r.strategy == d.recommendation)
    assert d.recommendation == "random" and rec.labels < 1000 and rec.labels_billed == 1000
    said = headline(d)
    assert f"~{approx(rec.labels)} labels reach 95% accuracy for $70.10, billed as the vendor's " \
           "1,000-label minimum order;" in said, said
    assert ", billed as 1,000)" in said, said  # the budget to be sure too
    assert "(billed as the vendor's 1,000-label minimum order) reach 95%" in sentence(d), sentence(d)
    plain = plan.decide(scenario("reference-0.04"), 0.95)
    assert "billed" not in headline(plain) and "minimum" not in sentence(plain), (headline(plain), sentence(plain))


def test_the_vendors_table_is_eight_short_columns_and_its_lines_explain_a_bill_past_the_pool(plan):
    frame = whatif.cost_by_vendor(plan, scenario("reference-0.04"), 0.95, read_vendors())
    rows = vendor_rows(frame)
    assert list(rows.columns) == list(VENDOR_HEADS) and len(VENDOR_HEADS) == 8
    assert all(len(head) <= 12 for head, _ in VENDOR_HEADS.values())
    managed = rows.set_index("vendor").loc["managed-service"]
    assert managed["price"] == "$0.07, min. 1,000" and managed["billed"].startswith("1,000 / ")
    billed_al = float(managed["billed"].split(" / ")[1].replace(",", ""))
    assert billed_al > POOL  # every AL order billed at the minimum: more than the pool holds
    notes = {line.split(":")[0]: line for line in vendor_notes(frame, POOL)}
    assert "crowd-basic" not in notes and "reference-0.04" not in notes
    line = notes["managed-service"]
    assert "at random billed as the vendor's 1,000-label minimum order" in line
    assert f"billed as {count(billed_al)} labels, {round(billed_al / 1000)} orders at the vendor's 1,000-label " \
           "minimum each, more than the pool's 1,348 examples" in line, line


@given(billed=st.integers(0, 50_000), bought=st.integers(0, 50_000), order=st.integers(0, 5_000),
       pool=st.one_of(st.none(), st.integers(1, 50_000)))
def test_a_minimum_is_said_exactly_where_it_raises_the_bill(billed, bought, order, pool):
    said = minimum_billed(float(billed), float(bought), order, pool)
    assert bool(said) == (order > 0 and billed > bought)
    if said:
        assert said.startswith("billed as ") and f"{count(order)}-label minimum" in said
        assert ("more than the pool's" in said) == (pool is not None and billed > pool)
        assert count(billed) in said or billed == order
    assert minimum_billed(float("nan"), float(bought), order, pool) == ""
