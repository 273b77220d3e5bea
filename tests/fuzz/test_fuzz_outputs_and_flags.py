"""Hostile input to what came after the first probes (issue 70), in its seven kinds: outputs that would destroy
inputs, values that raised, flags accepted and ignored, contradictions, unbounded figures, messages, and time.
Each: one line naming the input and the fix, exit 2, nothing a user owns changed, no temporary file left."""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.forecast.messages import MAX_MESSAGE, one_line, shorten
from planner.present.outputs import Outputs
from tests.fuzz.conftest import EXAMPLES, FUZZ
from tests.fuzz.hostile import curves_csv
from tests.fuzz.promise import assert_cli_refusal, assert_one_line, refused, run_cli

#: Properties that run a whole replan per example get a fifth of the budget (at least 5).
SLOW = settings(FUZZ, max_examples=max(5, EXAMPLES // 5))


def _labeled(path: Path) -> Path:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 3))
    pd.DataFrame({"f1": X[:, 0], "f2": X[:, 1], "label": (X[:, 0] > 0).astype(int)}).to_csv(path, index=False)
    return path


def _db(path: Path) -> Path:
    from simulations.results.store import Store

    with Store(path):
        pass
    return path


_cli = run_cli


def _snapshot(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


SIM = ["--strategies", "random", "--seeds", "1", "--initial", "4", "--batch-size", "2", "--rounds", "1"]


# ================================================================== 1. outputs that destroy inputs

def _commands(tmp: Path) -> dict:
    """Each command with one input the output will be spelled as: {name: (argv with OUT, the input)}."""
    curves = curves_csv(tmp / "curves.csv")
    data = _labeled(tmp / "data.csv")
    db = _db(tmp / "runs.csv")  # a database named like a table: the export could replace it
    vendors = tmp / "vendors.html"  # named like a report: the report could replace it
    vendors.write_text("name,price_per_label,turnaround_days\nacme,0.05,2\n")
    grid = tmp / "grid.toml"
    grid.write_text(f'datasets = ["file"]\ndata_file = "{data.name}"\nstrategies = ["random"]\nseeds = 1\n'
                    "initial = 4\nbatch_sizes = 2\nrounds = 1\n")
    return {
        "simulate --out = --data": (["simulate", "--data", data, *SIM, "--out", "OUT"], data),
        "simulate --out = --db": (["simulate", *SIM, "--db", db, "--out", "OUT"], db),
        "simulate --db = --data": (["simulate", "--data", data, *SIM, "--db", "OUT", "--out", tmp / "o.csv"], data),
        "runs --export = --db": (["runs", "--db", db, "--export", "OUT"], db),
        "plan --report = --vendors": (["plan", curves, "--target", "0.9", "--vendors", vendors, "--vendor", "acme",
                                       "--report", "OUT"], vendors),
        "grid --out = data_file": (["grid", grid, "--db", tmp / "g.db", "--out", "OUT"], data),
        "grid --db = GRID": (["grid", grid, "--db", "OUT"], grid),
    }


COMMANDS = ["simulate --out = --data", "simulate --out = --db", "simulate --db = --data", "runs --export = --db",
            "plan --report = --vendors", "grid --out = data_file", "grid --db = GRID"]


def _spell(path: Path, how: str, tmp: Path) -> str:
    """The same file under another name: as given, ./, absolute, via .., a symbolic or a hard link."""
    if how == "as given":
        return str(path)
    if how == "dot":
        return os.path.join(os.path.dirname(path), ".", path.name)
    if how == "dotdot":
        return str(path.parent / "sub" / ".." / path.name)
    if how == "symlink":
        link = tmp / f"link{path.suffix}"
        link.unlink(missing_ok=True)
        link.symlink_to(path)
        return str(link)
    link = tmp / f"hard{path.suffix}"
    link.unlink(missing_ok=True)
    os.link(path, link)
    return str(link)


@FUZZ
@given(command=st.sampled_from(COMMANDS),
       how=st.sampled_from(["as given", "dot", "dotdot", "symlink", "hardlink"]))
def test_for_any_command_an_output_that_is_one_of_its_inputs_leaves_the_input_unchanged(
        tmp_path_factory, capsys, command, how):
    tmp = tmp_path_factory.mktemp("same")
    (tmp / "sub").mkdir()
    argv, source = _commands(tmp)[command]
    spelled = _spell(source, how, tmp)
    before = _snapshot(tmp)
    rc, out, err = _cli([spelled if a == "OUT" else a for a in argv], capsys)
    assert_cli_refusal(rc, err, argv[0])
    assert "same file as" in err and "destroy" in err, err
    assert _snapshot(tmp) == before  # the input, and every other file, byte for byte; nothing added
    assert not (tmp / "g.db").exists() and not (tmp / "o.csv").exists()


def test_a_folder_as_out_fails_before_anything_and_leaves_an_existing_pool_table_alone(tmp_path, capsys):
    (tmp_path / "a.csv").mkdir()
    pool = tmp_path / "a.pool.csv"
    pool.write_text("dataset,model,seed,label_noise,n_labels,n_test,accuracy,macro_f1\nx,logreg,0,0,9,9,0.5,0.5\n")
    before = _snapshot(tmp_path)
    err = refused(["simulate", *SIM, "--full-pool", "--out", tmp_path / "a.csv"], capsys)
    assert "is a folder" in err and ".tmp" not in err
    assert _snapshot(tmp_path) == before


def test_a_sibling_pool_file_that_is_not_a_pool_table_is_never_replaced(tmp_path, capsys):
    mine = tmp_path / "a.pool.csv"
    mine.write_text("my,own,notes\n1,2,3\n")
    err = refused(["simulate", *SIM, "--full-pool", "--out", tmp_path / "a.csv"], capsys)
    assert "a.pool.csv" in err and "--out" in err
    assert mine.read_text() == "my,own,notes\n1,2,3\n" and not (tmp_path / "a.csv").exists()


def test_a_rerun_replaces_its_own_pool_table_and_both_files_appear_together(tmp_path, capsys):
    out = tmp_path / "a.csv"
    for _ in range(2):
        rc, _, err = _cli(["simulate", *SIM, "--full-pool", "--out", out], capsys)
        assert rc == 0, err
    assert out.is_file() and (tmp_path / "a.pool.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.pool.csv"]  # no temporary file left


def test_outputs_are_moved_into_place_only_when_every_one_was_written(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    second.write_text("kept")
    outputs = Outputs({})
    outputs.claim("--a", first)
    outputs.claim("--b", second)

    def fail(path: Path) -> None:
        raise OSError(28, "No space left on device", str(path))

    with pytest.raises(OSError) as info, outputs:
        outputs.write("--a", lambda p: p.write_text("new"))
        outputs.write("--b", fail)
        outputs.commit(0o644)
    assert_one_line(info.value)
    assert ".tmp" not in str(info.value) and "b.csv (--b)" in str(info.value)
    assert not first.exists() and second.read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]


def test_a_report_path_that_is_a_folder_never_shows_a_temporary_file(tmp_path, capsys):
    (tmp_path / "r.html").mkdir()
    err = refused(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--label-price", "0.1",
                   "--report", tmp_path / "r.html"], capsys)
    assert "--report" in err and ".tmp" not in err and "Errno" not in err


# ================================================================== 2. tracebacks from values inside the bounds

@SLOW
@given(se=st.one_of(st.sampled_from([5e-324, 1e-300, 1e-160, 1e-12, 1e-7, 1e-6]),
                    st.floats(min_value=5e-324, max_value=1e-6)))
def test_any_tiny_accuracy_se_answers_without_a_warning(tmp_path_factory, capsys, se):
    curves = curves_csv(tmp_path_factory.mktemp("se") / "c.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        rc, out, err = _cli(["replan", curves, "--strategy", "random", "--target", "0.9", "--label-price", "0.1",
                             "--accuracy-se", repr(se), "--json"], capsys)
    assert rc == 0 and err == "", err
    assert json.loads(out)["order"]["action"] in ("stop", "order", "give up")


def test_a_huge_test_size_answers_without_a_warning(tmp_path, capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        rc, _, err = _cli(["replan", curves_csv(tmp_path / "c.csv"), "--strategy", "random", "--target", "0.9",
                           "--label-price", "0.1", "--test-size", "1e300"], capsys)
    assert rc == 0 and err == "", err


@pytest.mark.parametrize("model", ["logreg", "mlp"])
@pytest.mark.parametrize("key", ["n_classes", "n_features", "input_shape", "name", "args", "kwargs", "self",
                                 "train", "warm_start"])
def test_a_model_param_that_is_no_declared_parameter_is_refused_before_any_run(tmp_path, capsys, model, key):
    err = refused(["simulate", *SIM, "--model", model, "--model-params", f"{key}=1",
                   "--db", tmp_path / "r.db", "--out", tmp_path / "o.csv"], capsys)
    assert f"has no parameter {key!r}" in err
    listed = err.split("valid parameters are", 1)[1]
    assert "args" not in listed and "kwargs" not in listed and "n_classes" not in listed
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "r.db").exists()


def test_a_grid_file_with_a_colliding_model_param_is_refused_before_the_database_exists(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text('strategies = ["random"]\nseeds = 1\ninitial = 4\nbatch_sizes = 2\nrounds = 1\n'
                    "[model_params]\nn_classes = 3\n")
    err = refused(["grid", grid, "--db", tmp_path / "g.db"], capsys)
    assert "g.toml" in err and "'n_classes'" in err
    assert not (tmp_path / "g.db").exists()


@pytest.mark.parametrize("model, param, words", [
    ("logreg", "memory=1000000", "memory must be a whole number from 1 to 1,000,"),
    ("mlp", "num_threads=1000000", "num_threads must be a whole number from 1 to 256,"),
])
def test_learner_sizes_are_bounded_before_anything_is_allocated(tmp_path, capsys, model, param, words):
    rc, _, err = _cli(["simulate", *SIM, "--model", model, "--model-params", param, "--out", tmp_path / "o.csv"],
                      capsys)
    assert_cli_refusal(rc, err, "simulate")
    assert words in err


def test_learners_declare_their_parameters():
    from simulations.learners.models import param_names

    assert param_names("logreg") == ("max_iter", "memory", "tol", "weight_decay")
    for name in ("mlp", "cnn"):
        assert {"dropout", "lr", "steps", "hidden"} <= set(param_names(name))
        assert not {"n_classes", "n_features", "input_shape", "warm_start", "train"} & set(param_names(name))


# ================================================================== 3. flags accepted and ignored

def _vendor_file(tmp: Path, rows: str) -> Path:
    path = tmp / "v.csv"
    path.write_text("name,price_per_label,error_rate,turnaround_days\n" + rows)
    return path


def test_replan_reads_vendors_and_the_file_beats_the_shipped_table(tmp_path, capsys):
    curves = curves_csv(tmp_path / "c.csv")
    vendors = _vendor_file(tmp_path, "expert,0.5,0.01,1\n")  # 'expert' is also a shipped vendor ($2)
    base = ["replan", curves, "--strategy", "random", "--target", "0.9", "--budget", "5000", "--json"]
    rc, out, err = _cli([*base, "--vendors", vendors, "--vendor", "expert"], capsys)
    assert rc == 0, err
    from_file = json.loads(out)
    assert from_file["vendor_table"] == "v.csv"
    rc, out, err = _cli([*base, "--label-price", "0.5", "--turnaround-days", "1", "--label-error", "0.01"], capsys)
    assert rc == 0, err
    by_flags = json.loads(out)
    assert from_file["order"]["expected_cost"] == pytest.approx(by_flags["order"]["expected_cost"])
    rc, out, err = _cli([*base, "--vendor", "expert"], capsys)
    assert rc == 0, err
    shipped = json.loads(out)
    assert shipped["vendor_table"] == "shipped"
    assert shipped["order"]["expected_cost"] != pytest.approx(from_file["order"]["expected_cost"])


def test_plan_prices_a_vendor_from_the_users_file_and_says_so(tmp_path, capsys):
    vendors = _vendor_file(tmp_path, "expert,0.5,0.01,1\n")
    rc, out, err = _cli(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--vendors", vendors,
                         "--vendor", "expert", "--json"], capsys)
    assert rc == 0, err
    answer = json.loads(out)
    assert answer["scenario"]["label_price"] == 0.5 and answer["vendor_table"] == "v.csv"
    rc, out, err = _cli(["plan", tmp_path / "c.csv", "--target", "0.9", "--vendors", vendors,
                         "--vendor", "expert"], capsys)
    assert rc == 0 and "priced from your vendors file v.csv" in out, err


def test_replan_applies_the_pools_measured_accuracy(tmp_path, capsys):
    curves = curves_csv(tmp_path / "c.csv")
    argv = ["replan", curves, "--strategy", "random", "--target", "0.9", "--label-price", "0.1", "--json"]
    rc, out, err = _cli([*argv, "--pool-size", "1347"], capsys)
    assert rc == 0, err
    free = json.loads(out)["order"]
    rc, out, err = _cli([*argv, "--pool-accuracy", "0.75@1347"], capsys)   # the curves measured 73% at most
    assert rc == 0, err
    capped = json.loads(out)["order"]
    assert free["budget_accuracy"] > 0.8  # the curves alone climb past 80% within the pool
    assert capped["budget_accuracy"] < 0.77 and capped["p_within_budget"] < 0.05  # the pool measured 75%


# ================================================================== 4. contradictions

@pytest.mark.parametrize("command, flag", [
    (command, flag) for command in ("fit", "plan", "replan", "budget")
    for flag in (["--pool-accuracy", "0.976@100"], ["--pool-size", "100"])
    if not (command == "fit" and flag[0] == "--pool-size")])  # fit takes no --pool-size
def test_a_pool_smaller_than_what_was_measured_is_refused_by_every_command(tmp_path, capsys, command, flag):
    argv = [command, curves_csv(tmp_path / "c.csv"), *flag]
    argv += ["--labels", "1000"] if command == "budget" else ["--target", "0.9"]
    if command != "fit":
        argv += ["--label-price", "0.1"]
    if command == "replan":
        argv += ["--strategy", "random"]
    rc, _, err = _cli(argv, capsys)
    assert_cli_refusal(rc, err, command)
    assert "160 labels already measured" in err and flag[0] in err


def test_a_pool_accuracy_file_measured_on_a_smaller_pool_is_refused(tmp_path, capsys):
    pool = tmp_path / "c.pool.csv"
    pool.write_text("dataset,model,seed,label_noise,n_labels,n_test,accuracy,macro_f1\n"
                    "d,logreg,0,0,100,50,0.97,0.97\nd,logreg,1,0,100,50,0.96,0.96\n")
    err = refused(["fit", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--pool-accuracy", pool], capsys)
    assert "pool of 100" in err


# ================================================================== 5. unbounded figures

NUMBER = re.compile(r"\d[\d,]*")


def longest_number(text: str) -> int:
    """Digits of the longest number in ``text`` (thousands commas not counted)."""
    return max((sum(c.isdigit() for c in m.group(0)) for m in NUMBER.finditer(text)), default=0)


@SLOW
@given(flag=st.sampled_from(["replan --budget", "replan --budget-dollars", "replan --order-cost",
                             "budget --dollars", "budget --labels"]),
       value=st.one_of(st.sampled_from([1e12, 1e13, 1e15, 1e100, 1e300, 1.7e308]),
                       st.floats(min_value=1e9, max_value=1e300)))
def test_no_budget_or_order_cost_prints_a_number_of_hundreds_of_digits(tmp_path_factory, capsys, flag, value):
    curves = curves_csv(tmp_path_factory.mktemp("big") / "c.csv")
    command, flag = flag.split()
    given = str(int(value)) if flag == "--labels" else repr(value)
    argv = [command, curves, "--label-price", "0.1", flag, given]
    if command == "replan":
        argv += ["--strategy", "random", "--target", "0.9"]
    rc, out, err = _cli(argv, capsys)
    if rc == 2:
        assert_cli_refusal(rc, err, command)
        assert flag in err
    else:
        assert rc == 0, err
    assert longest_number(out + err) <= 20, (out + err)[:500]


def test_gpu_flags_beyond_the_bound_name_the_gpu_flags(tmp_path, capsys):
    err = refused(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--label-price", "0.1",
                   "--gpu-hours-per-round", "1e300", "--gpu-hour-price", "1"], capsys)
    assert "--gpu-hours-per-round" in err and "--compute-per-round" not in err


# ================================================================== 6. messages

def test_a_vendor_with_no_signal_is_named_with_its_file_and_row(tmp_path, capsys):
    vendors = _vendor_file(tmp_path, "good,0.1,0.01,1\nbad,0.1,0.999,1\n")
    err = refused(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--vendors", vendors,
                   "--vendor", "good"], capsys)
    assert "v.csv" in err and "'bad'" in err and "row 2" in err


@pytest.mark.parametrize("name", ["NA", "N/A", "null", "nan", "None"])
def test_a_vendor_named_like_a_missing_value_is_a_vendor(tmp_path, capsys, name):
    vendors = _vendor_file(tmp_path, f"{name},0.3,0.02,2\n")
    rc, out, err = _cli(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--vendors", vendors,
                         "--vendor", name, "--json"], capsys)
    assert rc == 0, err
    assert json.loads(out)["scenario"]["vendor"] == name


def test_an_unknown_vendor_among_a_thousand_long_names_is_one_short_line(tmp_path, capsys):
    rows = "".join(f"{'v' * 200}{i},0.1,0.01,1\n" for i in range(1_000))
    vendors = _vendor_file(tmp_path, rows)
    err = refused(["plan", curves_csv(tmp_path / "c.csv"), "--target", "0.9", "--vendors", vendors,
                   "--vendor", "nobody"], capsys)
    assert len(err.strip()) <= MAX_MESSAGE + len("alplan plan: error: ") and "and 992 more" in err


def test_fifty_thousand_seed_tables_are_one_short_line(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text("[[seeds]]\nx = 1\n" * 50_000)
    err = refused(["grid", grid, "--dry-run", "--db", tmp_path / "g.db"], capsys)
    assert len(err.strip()) <= MAX_MESSAGE + len("alplan grid: error: ") and "'seeds'" in err


def test_runs_export_is_told_about_export(tmp_path, capsys):
    err = refused(["runs", "--db", _db(tmp_path / "r.db"), "--export", tmp_path / "e.txt"], capsys)
    assert "--export must end in .csv or .parquet" in err and "--out" not in err


TEMP = "/tmp/x/.r.html.abc12345.tmp"


@FUZZ
@given(text=st.text(max_size=2_000), temp=st.sampled_from(["", TEMP, ".out.csv.q1w2e3r4.tmp.csv", "'.a.b9x8y7z6.tmp'"]))
def test_every_message_is_one_line_of_bounded_length_without_a_temporary_file(text, temp):
    line = one_line(f"{text} {temp} fix it")
    assert "\n" not in line and "\r" not in line
    assert len(line) <= MAX_MESSAGE
    assert ".tmp" not in line or ".tmp" in text


@FUZZ
@given(value=st.one_of(st.integers(min_value=-10**400, max_value=10**400), st.floats(allow_nan=False)),
       commas=st.booleans())
def test_a_number_of_hundreds_of_digits_is_named_by_its_length(value, commas):
    text = f"{value:,}" if commas and isinstance(value, int) else str(value)
    line = one_line(f"pool size must be at most 1,000,000,000,000, got {text}; fix --pool-size")
    assert longest_number(line) <= 20 and line.endswith("fix --pool-size")
    if isinstance(value, int) and len(str(abs(value))) <= 20:
        assert text in line  # a readable number is shown as it was given


@FUZZ
@given(values=st.lists(st.text(max_size=500), max_size=3_000))
def test_a_list_in_a_message_is_shortened_with_and_n_more(values):
    shown = shorten(values)
    assert len(shown) <= 8 * 62 + 40
    if len(values) > 8:
        assert shown.endswith(f"and {len(values) - 8:,} more")


# ================================================================== 7. time

def test_a_grid_file_with_a_200000_part_dotted_header_is_refused_before_the_toml_reader(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text("[" + ".".join(["a"] * 200_000) + "]\n")
    assert grid.stat().st_size < 1_000_000
    err = refused(["grid", grid, "--dry-run", "--db", tmp_path / "g.db"], capsys)
    assert "more than 16 dotted parts" in err and "line 1" in err


@pytest.mark.parametrize("text", [
    "model_params." + ".".join(["a"] * 30) + " = 1\n",
    "x = {" + ".".join(["a"] * 40) + " = 1}\n",
    "'a'." * 50 + "'b' = 1\n",
])
def test_every_spelling_of_a_deep_key_is_refused(tmp_path, text):
    from simulations.run.grid import load_grid

    grid = tmp_path / "g.toml"
    grid.write_text(text)
    with pytest.raises(ValueError, match="dotted parts") as info:
        load_grid(grid)
    assert_one_line(info.value)


def test_a_grid_of_99600_runs_answers_its_dry_run(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text('strategies = ["random", "margin"]\nseeds = 83\nrounds = 2\n'
                    f"batch_sizes = {list(range(10, 40))}\nlabel_noise = {[i / 100 for i in range(20)]}\n")
    rc, out, err = _cli(["grid", grid, "--dry-run", "--db", tmp_path / "g.db"], capsys)
    assert rc == 0, err
    assert out.startswith("99600 runs in g.toml")


def test_a_runs_key_is_unchanged_by_computing_it_faster():
    """Stored runs are found by this key: it must not move."""
    from simulations.run.config import RunSpec

    spec = RunSpec(dataset="file", model="mlp", strategy="margin", seed=3, initial=5, batch_size=2, rounds=3,
                   budget=11, label_noise=0.1, data_file="/x/y.csv", data_sha256="ab", label_column="y",
                   dataset_params=(("n_samples", 100),), model_params=(("channels", (1, 2)), ("hidden", 3)),
                   confusion=((0.9, 0.1), (0.2, 0.8)), warm_start=True, mc_samples=7)
    assert spec.key() == "d8b65c5f961f7a0e42d237641ee7179321a648906ea689841fcf74d97e014ca8"
    assert spec.key() == spec.key() and spec == RunSpec(**{f: getattr(spec, f) for f in spec.__dataclass_fields__})


def test_the_stores_own_writer_never_names_its_temporary_file(tmp_path):
    from simulations.results.store import write_table_atomic

    (tmp_path / "t.csv").mkdir()
    with pytest.raises(OSError) as info:
        write_table_atomic(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    assert_one_line(info.value)
    assert ".tmp" not in str(info.value) and "t.csv" in str(info.value) and "Errno" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


@pytest.mark.parametrize("batch_sizes, words", [
    ([10, 20, 100_000], "lower 'rounds'/'batch_sizes'"),  # the largest batch needs more than the pool
    ([100_000, 10, 20], "lower 'rounds'/'batch_sizes'"),
])
def test_a_grid_checked_at_its_corners_still_refuses_any_bad_value(tmp_path, capsys, batch_sizes, words):
    grid = tmp_path / "g.toml"
    grid.write_text(f'strategies = ["random"]\nseeds = 2\nrounds = 2\nbatch_sizes = {batch_sizes}\n'
                    "label_noise = [0.0, 0.1, 0.2]\n")
    err = refused(["grid", grid, "--dry-run", "--db", tmp_path / "g.db"], capsys)
    assert words in err and "--rounds" not in err
