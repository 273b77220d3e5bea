"""The page's headline and tiles quote the verdict's record: every figure they show is a field of it, formatted as the
page formats it, and a quantity shown twice (the pick's cost, the budget to be sure, AL's extra cost) reads the same
in both places. A property over generated prices and targets (AppTest, an uploaded curve: nothing simulated)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from apptest_helpers import app_env, no_error, run, sentence, shown, upload  # noqa: F401  (app_env)
from planner.present.words import approx, count, days, money, percent, target_text
from tests.planner.decide.test_verdict_cases import digits_like

#: A figure as the page writes it: dollars, a count, a percent.
FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?")


def _numbers(value, out: set) -> None:
    """Every number of the record (nested), and every figure written in its strings (the rule's 70%)."""
    if isinstance(value, dict):
        for v in value.values():
            _numbers(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _numbers(v, out)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float)):
        out.add(float(value))
    elif isinstance(value, str):
        out.update(FIGURE.findall(value))


def shown_forms(record: dict) -> set[str]:
    """Each field of ``record`` in every format the page writes figures in."""
    raw: set = set()
    _numbers(record, raw)
    forms = {x for x in raw if isinstance(x, str)}
    for v in {abs(x) for x in raw if isinstance(x, float)}:  # a negative field is said with "more" or "less"
        for fmt in (money, count, approx, percent, target_text, days):
            try:
                forms.add(fmt(v))
            except (TypeError, ValueError, OverflowError):
                pass
    return {f.lstrip("~") for f in forms}


def figures(text: str) -> list[str]:
    return FIGURE.findall(text)


def page(price: float, target: float):
    at = upload(None, "curves.csv", digits_like(), label_price=price, engineering_days=5.0, compute_per_round=0.1,
                target=target)
    return no_error(at)


def tiles(at) -> dict[str, tuple[str, str]]:
    """label -> (value, caption) of the headline's tiles (the first five metrics: the captions follow them)."""
    out = {}
    for m in at.metric:
        out[shown(m.label)] = (shown(m.value), "")
    return out


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(price=st.sampled_from([0.05, 0.5, 5.0, 40.0]), target=st.sampled_from([0.9, 0.93, 0.95]))
def test_every_headline_figure_is_a_field_of_the_record(price, target):
    at = page(price, target)
    record = at.session_state["verdict_record"]
    forms = shown_forms(record)
    said = sentence(at)
    assert len(said.split()) <= 45, said
    shown_figures = figures(said) + [f for m in at.metric for f in figures(shown(m.value))]
    in_tabs = {c.value for tab in at.tabs for c in tab.caption}  # under a chart (the vendors' lines): no tile's
    shown_figures += [f for c in at.caption[:5] if c.value not in in_tabs for f in figures(shown(c.value))
                      if not shown(c.value).startswith("Why:")]
    missing = [f for f in shown_figures if f not in forms]
    assert not missing, (missing, said)
    values = {shown(m.label): shown(m.value) for m in at.metric}
    cost = values.get("Cost to target")
    if cost is not None:  # the pick's cost: the sentence and the tile say one figure
        assert f"for {cost}" in said, (cost, said)
        budget = re.search(r"budget (\$[\d,.]+)", said)
        sure = [shown(c.value) for c in at.caption if "sure:" in shown(c.value)]
        if budget and sure:
            assert f"sure: {budget.group(1)}" in sure[0], (budget.group(0), sure)
    extra = next((v for k, v in values.items() if k.endswith("vs random") and v.endswith("more")), None)
    if extra is not None and "would cost" in said:
        assert f"would cost {extra}" in said, (extra, said)


def _decision(price: float, target: float):
    from planner.decide.costs import Scenario
    from planner.decision import get_plan

    return get_plan(digits_like()).decide(Scenario(label_price=price, engineering_days=5.0, compute_per_round=0.1),
                                          target)


def test_where_random_is_the_pick_als_extra_cost_carries_its_range_from_the_record():
    from planner.present.headline import headline_tiles

    d = _decision(0.5, 0.95)
    rec = d.to_dict()
    assert d.recommendation == "random" and d.best_al == "margin"
    assert rec["al_savings_low"] <= rec["al_savings"] <= rec["al_savings_high"] < 0   # AL dearer in most draws
    assert rec["al_savings_low"] < rec["al_savings_high"]
    tile = next(m for m in headline_tiles(d) if m.label.endswith("vs random"))
    assert tile.caption == f"80% range {money(-rec['al_savings_high'])} more to {money(-rec['al_savings_low'])} more"


def test_the_break_even_tile_names_whole_batch_billing_only_where_it_moves_the_price():
    """At 90% the margin path's bill (whole batches) sets the break-even apart from its extra cost over the median
    labels it saves, and the tile says so; at 95% the bill saves about what the median does, and it says nothing."""
    from planner.present.headline import headline_tiles
    from planner.present.verdict_sentence import rows_of

    for target, said in ((0.9, True), (0.95, False)):
        d = _decision(0.5, target)
        even = next(m for m in headline_tiles(d) if m.label == "Break-even label price")
        assert ("paid in whole batches" in even.caption) is said, (target, even.caption)
        rnd, al = rows_of(d)["random"], rows_of(d)[d.best_al]
        extra = al.total_cost - al.label_cost - (rnd.total_cost - rnd.label_cost)
        per_saved, per_billed = extra / (rnd.labels - al.labels), extra / (rnd.labels_billed - al.labels_billed)
        moved = abs(d.break_even_label_price - per_billed) < abs(d.break_even_label_price - per_saved)
        assert (moved and abs(per_billed - per_saved) > 0.05 * per_saved) is said, (per_saved, per_billed)
