"""The page states the one answer of ``alplan plan --json`` (hypothesis properties, Streamlit's AppTest).

The curve tables and scenarios of ``tests/planner/decide/test_one_answer.py`` are uploaded to the real page as a
user's pilot curve and typed into its scenario widgets (label price or vendor, engineering days, day rate, compute,
turnaround, confidence, target, pool; a minimum order comes only with a vendor, on both); ``alplan plan --json``
runs in this process on the same table and scenario. The target is kept within the page's target input. For each
example:

1. the page's "cheapest in" column sums to 100% and each row reads the CLI's share as printed;
2. the page's chance (the "P(AL cheaper)" metric) is the CLI's chance as printed: 100% minus random's printed share;
3. the page's pick (the metric, the plan under it where it cannot tell, the table's recommended row, the sentence) is the CLI's;
4. the page says "can't tell yet" (the metric and the sentence) iff the CLI's JSON says it cannot tell;
5. by itself, the page picks AL iff the chance it shows is above 50%, and says "can't tell yet" only when that
   chance lies strictly between 30% and 70% (the chance reads 30%, 50% or 70% only when it is exactly that);
6. a pool smaller than the labels the pilot measured is refused by both, in one line naming the pool, and a pool
   typed and then emptied is no limit.

AppTest runs are slow: one page serves every example (a new file and new widget values each time), and a failing
example is reported as found (no shrinking: it would take minutes of page runs).
Examples: ``ALPLAN_PROPERTY_EXAMPLES`` (default 6 here; the long run:
``ALPLAN_PROPERTY_EXAMPLES=200 .venv/bin/python -m pytest -q tests/app/test_page_one_answer.py``).
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from apptest_helpers import app_env, metrics, run, sentence, shown, why  # noqa: F401  (app_env: the module's fixture)
from planner.decide.costs import Scenario
from planner.decide.rule import UNDECIDED
from planner.decision import RANDOM
from planner.present import page_lines, verdict_sentence, words
from planner.present.headline import al_words
from tests.builders import csv_file
from tests.fuzz.promise import run_cli
from tests.planner.decide.test_verdict_cases import digits_like
from tests.planner.decide.test_one_answer import _cli_args, _pct, _target, curve_tables, scenarios

EXAMPLES = int(os.environ.get("ALPLAN_PROPERTY_EXAMPLES", "6"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
TARGET_BOUNDS = (page_lines.PAGE_INPUTS["target"][2]["min_value"], page_lines.PAGE_INPUTS["target"][2]["max_value"])
PRICED, BY_VENDOR = "Price per label", "Vendor"


@pytest.fixture(scope="module")
def page(app_env):  # noqa: F811
    """One page on the upload path, reused by every example (each sets every input it reads)."""
    at = run()
    at.radio(key="source").set_value("Upload a pilot learning curve")
    return run(at)


def show(at, df, scen: Scenario, target: float):
    """The page with ``df`` uploaded and ``scen`` and ``target`` typed in."""
    how = BY_VENDOR if scen.vendor else PRICED
    if at.radio(key="price_source").value != how:   # the price's widgets change with the source
        at.radio(key="price_source").set_value(how)
        run(at)
    if scen.vendor:
        at.selectbox(key="vendor").set_value(scen.vendor)
    else:
        at.number_input(key="label_price").set_value(scen.label_price)
    values = {"target": target, "engineering_days": scen.engineering_days, "day_rate": scen.day_rate,
              "compute_per_round": scen.compute_per_round, "confidence": scen.confidence,
              "pool_size": scen.pool_size}
    if not scen.vendor:
        values["turnaround_days"] = scen.turnaround_days
    for key, value in values.items():
        at.number_input(key=key).set_value(value)   # None: the field emptied (no pool)
    at.file_uploader(key="curve_file").upload("curves.csv", df.to_csv(index=False).encode(), "text/csv")
    return run(at)


def plan_caption(at) -> list[str]:
    """The can't-tell plan under the metric ("label at random for now; decide at ~N labels"), as shown."""
    return [shown(c.value) for c in at.caption if shown(c.value).startswith("label at random for now")]


def strategy_table(at):
    return next(d.value for d in at.dataframe if "p_cheapest_text" in d.value.columns).set_index("strategy")


def both(page, df, scen: Scenario, target: float, capsys, tmp_path_factory):
    """``alplan plan --json`` (exit code, stdout, stderr) and the page, on one table and scenario."""
    path = csv_file(tmp_path_factory.mktemp("curves"), df)
    capsys.readouterr()
    return (*run_cli(["plan", path, *_cli_args(scen, target), "--json"], capsys), show(page, df, scen, target))


@SETTINGS
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.1))
def test_the_page_states_the_clis_one_answer(page, df, scen, frac, capsys, tmp_path_factory):
    target = min(max(_target(df, frac), TARGET_BOUNDS[0]), TARGET_BOUNDS[1])   # what the target widget takes
    check_agrees(*both(page, df, scen, target, capsys, tmp_path_factory))


def check_agrees(code: int, out: str, err: str, at) -> None:
    """1-6 on the CLI's answer (exit code, JSON, stderr) and the page showing the same table and scenario."""
    errors = [shown(e.value) for e in at.error]
    if code == 2:   # 6. refused: a pool smaller than the labels measured
        assert "pool" in err and "\n" not in err.strip(), err
        assert len(errors) == 1 and "pool" in errors[0], errors
        return
    assert code == 0, err
    assert not errors, errors
    cli = json.loads(out)
    rows = {r["strategy"]: r for r in cli["strategies"]}
    said, head, shown_metrics, table = why(at), sentence(at), metrics(at), strategy_table(at)
    chance, rec = shown_metrics["P(AL cheaper)"], shown_metrics["Recommended path"]

    # 1. the "cheapest in" column: the CLI's shares as printed, summing to 100%
    assert set(table.index) == set(rows)
    column = table["p_cheapest_text"].to_dict()
    printed = verdict_sentence.cheapest_texts({s: r["probability_cheapest"] for s, r in rows.items()})
    reaching = any(r["reachable"] for r in rows.values())
    if not reaching and cli["recommendation"] is None:   # no path gets there: no share, no chance
        assert set(column.values()) == {"-"} and chance == "n/a"
    else:
        assert column == printed, (column, cli["strategies"])
        assert sum(_pct(v) for v in column.values()) == pytest.approx(100.0)
        # 2. the chance: the CLI's, printed as 100% minus random's printed share
        if cli["probability_al_cheaper"] is None:
            assert chance == "n/a"
        else:
            assert _pct(chance) == pytest.approx(100.0 - _pct(column[RANDOM]))
            assert abs(_pct(chance) - 100 * cli["probability_al_cheaper"]) < 1.0 + 1e-9
    # 3. and 4. the pick, and whether the page can tell (there: the plan, start at random and decide at N labels)
    plan = plan_caption(at)
    if not cli["can_tell"]:
        assert rec == "can't tell yet" and len(plan) == 1 and cli["recommendation"] == RANDOM
        assert cli["action_now"] in ("random_then_decide", "random")
        assert said.startswith("Can't tell yet: the chance that AL is cheaper than random is " + chance), said
        assert head.startswith("Can't tell yet whether active learning") and "label at random for now" in head, head
        if cli["action_now"] == "random_then_decide":   # the JSON's act is the sentence's
            assert verdict_sentence.START_RANDOM in said and cli["decide_later"]["advised"]
        if cli["decide_at_labels"] is not None:
            at_n = f"~{words.approx(cli['decide_at_labels'])} labels"
            assert at_n in plan[0] and at_n in said and at_n in head
    elif cli["recommendation"] is None:
        assert rec == "none reaches the target" and not plan and not table["recommended"].any()
        assert said.startswith("No strategy reaches") or not reaching, said
        assert head.startswith("No path reaches"), head
    else:
        assert rec == cli["recommendation"] and not plan
        assert "Can't tell" not in said and "Can't tell" not in head
        assert said.startswith("Label at random" if rec == RANDOM else rec), said
        assert head.startswith("Label at random" if rec == RANDOM else f"Use {al_words(rec)}:"), head
    if cli["recommendation"] is not None:
        assert table.index[table["recommended"]].tolist() == [cli["recommendation"]]
    # 5. the page's own numbers obey the rule: AL only at a chance of 70% or more
    picked = cli["recommendation"] if rec == "can't tell yet" else rec
    if picked not in (None, "none reaches the target") and chance != "n/a" and cli["best_al"] is not None:
        p = _pct(chance)
        if picked != RANDOM and rows[RANDOM]["reachable"]:
            assert p >= UNDECIDED[1] * 100 - 0.5, (chance, picked)
        if rec == "can't tell yet":
            assert UNDECIDED[0] * 100 < p < UNDECIDED[1] * 100, chance
        elif RANDOM in rows and rows[RANDOM]["reachable"]:
            assert not UNDECIDED[0] * 100 < p < UNDECIDED[1] * 100, chance


@settings(SETTINGS, max_examples=max(2, EXAMPLES // 4))
@given(df=curve_tables(), scen=scenarios(), frac=st.floats(0.05, 1.0), share=st.floats(0.0, 0.999))
def test_a_pool_smaller_than_the_labels_measured_is_refused_by_both(page, df, scen, frac, share, capsys,
                                                                     tmp_path_factory):
    """6: a pool below the pilot's labels cannot be the pool: the CLI exits 2 and the page shows one error, both
    in one line naming the pool, and the page gives no verdict."""
    small = scen.with_pool(pool_size=max(1, int(share * df["n_labels"].max())))
    target = min(max(_target(df, frac), TARGET_BOUNDS[0]), TARGET_BOUNDS[1])
    code, out, err, at = both(page, df, small, target, capsys, tmp_path_factory)
    errors = [shown(e.value) for e in at.error]
    assert code == 2 and not out and "--pool-size" in err and "\n" not in err.strip(), err
    assert len(errors) == 1 and errors[0].startswith(f"Unlabeled pool size {small.pool_size:,} is smaller"), errors
    assert not at.metric and not at.text


def test_an_emptied_pool_is_no_limit(page, capsys, tmp_path_factory):
    """A pool typed, then emptied, is no limit (as without --pool-size), not the field's minimum of one."""
    df = digits_like()
    scen = Scenario(label_price=0.5, engineering_days=5.0, day_rate=400.0, compute_per_round=0.1,
                    turnaround_days=1.0, confidence=0.9)
    target = _target(df, 0.6)
    show(page, df, scen.with_pool(pool_size=5000), target)
    assert "Pool in use: 5,000 examples." in [shown(c.value) for c in page.caption]
    code, out, err, at = both(page, df, scen, target, capsys, tmp_path_factory)
    assert code == 0 and json.loads(out)["scenario"]["pool_size"] is None, err
    assert "Pool in use: no limit." in [shown(c.value) for c in at.caption]
    check_agrees(code, out, err, at)
