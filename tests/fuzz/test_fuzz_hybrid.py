"""Hostile hybrid input: any --label-accuracy, --pool-size, --holdout or --hybrid-accuracy value, and curves tables
without (or with broken) hybrid columns, get a clean answer or one line and exit 2."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.conftest import FUZZ
from tests.fuzz.promise import answered_or_refused, assert_cli_refusal, run_cli
from tests.planner.hybrid_tables import hybrid_table

NUMBER_TEXT = st.one_of(
    st.sampled_from(["0", "1", "-0.5", "1.5", "nan", "inf", "-inf", "1e308", "0.95", "0.9", "", " ", "0x10", "½"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr), st.text(max_size=12))


def _table(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hybrid") / "curves.csv"
    hybrid_table(seeds=2, rounds=5).to_csv(path, index=False)
    return path


@FUZZ
@given(q=NUMBER_TEXT, pool=NUMBER_TEXT, holdout=st.sampled_from(["500", "0", "-1", "1", "10000000", "x"]))
def test_any_hybrid_flag_value_is_answered_or_refused_in_one_line(tmp_path_factory, capsys, q, pool, holdout):
    path = _table(tmp_path_factory)
    rc, out, err = run_cli(["hybrid", path, "--label-accuracy", q, "--pool-size", pool, "--holdout", holdout,
                            "--label-price", "0.1", "--json"], capsys)
    if rc != 0:
        assert_cli_refusal(rc, err, "hybrid")
    else:
        assert out.strip().startswith("{")


@FUZZ
@given(drop=st.sets(st.sampled_from(["machine_target", "machine_share", "machine_accuracy"]), min_size=0),
       target=st.sampled_from([None, "text", "nan", "2", "-1"]))
def test_a_table_with_missing_or_broken_hybrid_columns_is_refused_in_one_line(tmp_path_factory, capsys, drop, target):
    table = hybrid_table(seeds=2, rounds=5)
    if target is not None:
        table["machine_target"] = target
    path = tmp_path_factory.mktemp("broken") / "curves.csv"
    table.drop(columns=sorted(drop)).to_csv(path, index=False)
    rc, out, err = run_cli(["hybrid", path, "--label-accuracy", "0.95", "--pool-size", "10000", "--label-price",
                            "0.1"], capsys)
    if drop or target is not None:
        assert_cli_refusal(rc, err, "hybrid")
    else:
        assert rc == 0, err


@FUZZ
@given(bars=NUMBER_TEXT, holdout=st.sampled_from(["1", "0", "-3", "100000", "x", "50"]))
def test_any_hybrid_simulate_flag_is_run_or_refused_in_one_line(tmp_path_factory, capsys, bars, holdout):
    out_path = tmp_path_factory.mktemp("sim") / "curves.csv"
    answered_or_refused(["simulate", "--strategies", "random", "--seeds", "1", "--rounds", "1", "--hybrid-accuracy",
                         bars, "--hybrid-holdout", holdout, "--out", out_path], capsys, out_path)
