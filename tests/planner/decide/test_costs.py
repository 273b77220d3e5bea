"""Scenario, path pricing, label noise and vendors (no curve fits: fast)."""

import itertools
import math
import warnings

import numpy as np
import pandas as pd
import pytest

from planner.decide.costs import (
    PoolShape,
    Scenario,
    day_rate_from_salary,
    effective_sample_factor,
    majority_vote_error,
    path_costs,
)
from planner.decide.vendors import find_vendor, read_vendors


def test_salary_example_costs_4000_for_two_weeks():
    s = Scenario(label_price=0.04, engineering_days=10, yearly_salary=100_000, working_weeks=50)
    s.validate()
    assert day_rate_from_salary(100_000, 50) == pytest.approx(400.0)
    assert s.engineering_cost == pytest.approx(4000.0)
    assert s.engineering_cost / s.price_per_label == pytest.approx(100_000)


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (dict(label_price=0.0), "label price"),
        (dict(label_price=-1.0), "label price"),
        (dict(label_price=float("nan")), "label price"),
        (dict(), "label price"),
        (dict(label_price=1.0, engineering_days=-1), "engineering days"),
        (dict(label_price=1.0, compute_per_round=-0.5), "compute per round"),
        (dict(label_price=1.0, day_rate=400, yearly_salary=100_000), "not both"),
        (dict(label_price=1.0, confidence=1.0), "confidence"),
        (dict(label_price=1.0, pool=PoolShape(batch_size=0)), "batch size"),
        (dict(label_price=1.0, pool=PoolShape(pool_size=2.5)), "pool size"),
        (dict(label_price=1.0, label_error=0.95, pool=PoolShape(n_classes=10)), "no signal"),
        (dict(label_price=1.0, working_weeks=0), "working weeks"),
        (dict(label_price=1.0, qa_multiplier=0), "QA multiplier"),
    ],
)
def test_validate_rejects_bad_values_with_one_line(kwargs, words):
    with pytest.raises(ValueError) as exc:
        Scenario(**kwargs).validate()
    message = str(exc.value)
    assert words in message
    assert "\n" not in message


def test_random_is_one_batch_without_engineering_or_round_compute():
    s = Scenario(label_price=0.5, engineering_days=10, day_rate=400, compute_per_round=3.0, turnaround_days=2)
    c = path_costs([1000.4], active=False, scenario=s, initial=20, batch_size=50)
    assert c["labels"][0] == 1001
    assert c["rounds"][0] == 1
    assert c["engineering_cost"][0] == 0
    assert c["compute_cost"][0] == pytest.approx(3.0)  # the final training only
    assert c["label_cost"][0] == pytest.approx(1001 * 0.5)
    assert c["calendar_days"][0] == pytest.approx(2.0)
    assert c["total_cost"][0] == pytest.approx(1001 * 0.5 + 3.0)


def test_active_learning_pays_rounds_of_compute_and_turnaround():
    s = Scenario(label_price=0.5, engineering_days=10, day_rate=400, compute_per_round=3.0,
                 turnaround_days=2, delay_cost_per_day=10.0)
    c = path_costs([1000], active=True, scenario=s, initial=20, batch_size=50)
    rounds = math.ceil((1000 - 20) / 50)
    assert c["rounds"][0] == rounds
    assert c["labels_bought"][0] == 20 + rounds * 50
    assert c["engineering_cost"][0] == pytest.approx(4000.0)
    assert c["compute_cost"][0] == pytest.approx(3.0 * rounds + 3.0)
    assert c["calendar_days"][0] == pytest.approx(10 + 2 * rounds)
    assert c["delay_cost"][0] == pytest.approx(10.0 * (10 + 2 * rounds))
    parts = ("label_cost", "engineering_cost", "compute_cost", "delay_cost")
    assert c["total_cost"][0] == pytest.approx(sum(c[p][0] for p in parts))


def test_costs_grow_with_labels_and_unreachable_is_inf():
    s = Scenario(label_price=0.1, compute_per_round=1.0, pool=PoolShape(pool_size=5000))
    labels = np.array([50, 100, 1000, 4999, 6000, np.inf])
    for active in (False, True):
        c = path_costs(labels, active=active, scenario=s, initial=20, batch_size=20)
        assert np.all(np.diff(c["total_cost"][:4]) > 0)
        assert c["reachable"].tolist() == [True, True, True, True, False, False]
        assert np.isinf(c["total_cost"][4:]).all()


@pytest.mark.parametrize("active", [False, True])
def test_unreachable_rows_are_priced_inf_without_runtime_warnings(active):
    """inf labels and more labels than the pool are inf everywhere, with zero compute, engineering
    and delay prices (where inf * 0 would be NaN), and an empty forecast prices nothing."""
    s = Scenario(label_price=0.1, compute_per_round=0.0, final_compute=0.0, engineering_days=0,
                 turnaround_days=0, delay_cost_per_day=0.0, pool=PoolShape(pool_size=500))
    labels = np.array([np.inf, 100.0, 600.0, np.inf])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = path_costs(labels, active=active, scenario=s, initial=20, batch_size=20)
        empty = path_costs(np.array([]), active=active, scenario=s, initial=20, batch_size=20)
    assert c["reachable"].tolist() == [False, True, False, False]
    for key, value in c.items():
        if key != "reachable":
            assert np.isinf(value[[0, 2, 3]]).all() and np.isfinite(value[1]), key
    assert c["label_cost"][1] == pytest.approx(10.0)
    assert all(v.shape == (0,) for v in empty.values())


def test_min_order_bills_small_batches_up():
    s = Scenario(label_price=1.0, min_order=100)
    c = path_costs([200], active=True, scenario=s, initial=20, batch_size=20)
    assert c["rounds"][0] == 9
    assert c["label_cost"][0] == pytest.approx(100 + 9 * 100)
    r = path_costs([50], active=False, scenario=s, initial=20, batch_size=20)
    assert r["label_cost"][0] == pytest.approx(100)


def test_votes_and_qa_multiply_the_price():
    s = Scenario(label_price=0.04, qa_multiplier=1.25, votes=3)
    assert s.price_per_label == pytest.approx(0.04 * 1.25 * 3)


def _brute_force_majority_error(e, k):
    total = 0.0
    for votes in itertools.product((True, False), repeat=k):  # True = right
        p = math.prod((1 - e) if v else e for v in votes)
        right = sum(votes)
        if right < k - right:
            total += p
        elif right == k - right:
            total += 0.5 * p
    return total


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("e", [0.0, 0.05, 0.2, 0.45])
def test_majority_vote_error_is_exact_binomial(e, k):
    assert majority_vote_error(e, k) == pytest.approx(_brute_force_majority_error(e, k), abs=1e-12)


def test_more_votes_fewer_errors_below_one_half():
    errs = [majority_vote_error(0.1, k) for k in (1, 3, 5, 7)]
    assert errs == sorted(errs, reverse=True) and errs[-1] < 0.01


def test_effective_sample_factor():
    assert effective_sample_factor(0.0, 10) == 1.0
    assert effective_sample_factor(0.25, 2) == pytest.approx(0.25)  # (1 - 0.5)^2
    assert effective_sample_factor(0.1, 10) > effective_sample_factor(0.2, 10)
    with pytest.raises(ValueError, match="no signal"):
        effective_sample_factor(0.5, 2)


def test_with_vendor_takes_the_vendors_terms():
    row = {"name": "acme", "price_per_label": 0.07, "error_rate": 0.03, "turnaround_days": 5, "min_order": 1000}
    s = Scenario(label_price=0.04, turnaround_days=1).with_vendor(row)
    s.validate()
    assert (s.label_price, s.turnaround, s.label_error, s.min_order, s.vendor) == (0.07, 5.0, 0.03, 1000, "acme")


# ---------------------------------------------------------------- vendors


def test_shipped_vendors_are_valid_indicative_and_cited():
    v = read_vendors(None)
    assert len(v) >= 4
    assert list(v.columns) == ["name", "price_per_label", "error_rate", "turnaround_days", "min_order", "source"]
    assert (v["price_per_label"] > 0).all()
    assert v["source"].str.contains("INDICATIVE").all()
    assert v["source"].str.len().gt(40).all()
    assert find_vendor(v, v["name"][0].upper())["name"] == v["name"][0]
    with pytest.raises(ValueError, match="choose one of"):
        find_vendor(v, "no-such-vendor")


@pytest.mark.parametrize(
    "text, words",
    [
        ("name,price_per_label\nx,0.1\n", "turnaround_days"),
        ("name,price_per_label,turnaround_days\nx,0,2\n", "must be > 0"),
        ("name,price_per_label,turnaround_days\nx,-0.1,2\n", "must be > 0"),
        ("name,price_per_label,turnaround_days\nx,abc,2\n", "number"),
        ("name,price_per_label,turnaround_days\nx,0.1,2\nX,0.2,3\n", "twice"),
        ("name,price_per_label,turnaround_days,error_rate\nx,0.1,2,1.5\n", "error_rate"),
        ("name,price_per_label,turnaround_days\n", "no rows"),
    ],
)
def test_bad_vendor_files_raise_one_line(tmp_path, text, words):
    path = tmp_path / "v.csv"
    path.write_text(text)
    with pytest.raises(ValueError) as exc:
        read_vendors(path)
    assert words in str(exc.value) and "\n" not in str(exc.value)


def test_missing_vendor_file_is_oserror(tmp_path):
    with pytest.raises(OSError, match="not found"):
        read_vendors(tmp_path / "nope.csv")


def test_optional_vendor_columns_default_to_zero():
    v = read_vendors(pd.DataFrame({"Name": ["a"], "price_per_label": [0.1], "turnaround_days": [1]}))
    assert v.loc[0, "error_rate"] == 0.0 and v.loc[0, "min_order"] == 0


# ------------------------------------------------------------ properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

money = st.floats(min_value=0.0, max_value=1e4, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(
    price=st.floats(min_value=1e-4, max_value=100.0),
    compute=money,
    days=st.floats(min_value=0.0, max_value=60.0),
    turnaround=st.floats(min_value=0.0, max_value=30.0),
    delay=money,
    initial=st.integers(1, 500),
    batch=st.integers(1, 500),
    min_order=st.integers(0, 1000),
    labels=st.lists(st.floats(min_value=1.0, max_value=1e6), min_size=2, max_size=8),
    active=st.booleans(),
)
def test_path_costs_properties(price, compute, days, turnaround, delay, initial, batch, min_order, labels, active):
    s = Scenario(label_price=price, compute_per_round=compute, engineering_days=days, turnaround_days=turnaround,
                 delay_cost_per_day=delay, min_order=min_order)
    s.validate()
    n = np.sort(np.asarray(labels))
    c = path_costs(n, active=active, scenario=s, initial=initial, batch_size=batch)
    assert np.all(np.diff(c["total_cost"]) >= -1e-6 * np.maximum(c["total_cost"][1:], 1.0))  # more labels never cheaper
    parts = c["label_cost"] + c["engineering_cost"] + c["compute_cost"] + c["delay_cost"]
    np.testing.assert_allclose(c["total_cost"], parts, rtol=1e-12)
    assert np.all(c["labels_bought"] >= np.ceil(n - 1e-9))
    if active:
        need = np.maximum(np.ceil(n - 1e-9), initial)
        np.testing.assert_array_equal(c["rounds"], np.ceil((need - initial) / batch))
    else:
        assert np.all(c["rounds"] == 1) and np.all(c["engineering_cost"] == 0)
    dearer = path_costs(n, active=active, scenario=Scenario(label_price=2 * price, compute_per_round=compute,
                        engineering_days=days, turnaround_days=turnaround, delay_cost_per_day=delay,
                        min_order=min_order), initial=initial, batch_size=batch)
    np.testing.assert_allclose(dearer["label_cost"], 2 * c["label_cost"], rtol=1e-12)


#: The keywords of the release before the pool's shape and the standing had types of their own, and a value of each.
OLD_POOL = {"pool_size": st.integers(100, 10**6), "batch_size": st.integers(1, 500), "initial_labels":
            st.integers(1, 500), "n_classes": st.integers(2, 50), "pool_accuracy": st.floats(0.5, 1.0),
            "pool_accuracy_se": st.floats(0.0, 0.1)}
OLD_STANDING = {"labels_in_hand": st.integers(0, 10**4), "setup_paid": st.booleans(), "short_at": st.integers(0, 100)}


@given(pool=st.fixed_dictionaries({}, optional=OLD_POOL), standing=st.fixed_dictionaries({}, optional=OLD_STANDING),
       price=st.floats(0.01, 10.0))
def test_the_old_keywords_build_the_new_form_with_a_warning_that_names_it(pool, standing, price):
    """``Scenario(pool_size=...)`` as the last release took it: the same scenario as ``Scenario(pool=PoolShape(...),
    standing=Standing(...))``, its JSON the same, with one DeprecationWarning per part naming the new form; the new
    form warns of nothing, and ``dataclasses.replace`` of an old keyword sets it on the part."""
    import dataclasses
    import warnings

    from planner.decide.costs import Standing

    new = Scenario(label_price=price, pool=PoolShape(**pool), standing=Standing(**standing))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = Scenario(label_price=price, **pool, **standing)
        assert dataclasses.replace(new, label_price=price) == new
    said = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert old == new and old.to_dict() == new.to_dict()
    assert len(said) == len(caught) == bool(pool) + bool(standing)
    for text, part, kind, keys in (("pool=PoolShape(", "pool", "PoolShape", pool),
                                   ("standing=Standing(", "standing", "Standing", standing)):
        if keys:
            line = next(t for t in said if text in t)
            assert f"Scenario({part}={kind}(" in line and all(f"{k}=" in line for k in keys), line
    if pool:
        key, value = next(iter(pool.items()))
        with pytest.warns(DeprecationWarning, match=r"Scenario\(pool=PoolShape\("):
            moved = dataclasses.replace(Scenario(label_price=price), **{key: value})
        assert moved == Scenario(label_price=price).with_pool(**{key: value})


def test_an_old_keyword_that_is_no_field_is_still_a_type_error():
    with pytest.raises(TypeError, match="pool_sizes"):
        Scenario(label_price=1.0, pool_sizes=5000)


def test_no_field_is_read_from_a_place_the_last_release_gave_another():
    """The last release's sixth place was ``batch_size`` (now the pool's): a sixth positional value is refused, never
    read as ``qa_multiplier``; the first five keep their places."""
    assert Scenario(0.04, 10, 400, 3.0, 2) == Scenario(label_price=0.04, engineering_days=10, day_rate=400,
                                                         compute_per_round=3.0, turnaround_days=2)
    with pytest.raises(TypeError, match="at most 5 fields by position"):
        Scenario(0.04, 10, 400, 3.0, 2, 20)
