"""Contract tests shared by every registered strategy, plus the registry's own behaviour.

Parametrised over ``available()``: a new strategy is tested the moment it exists.
Contexts hold only what a strategy's ``needs`` declares, as the loop builds them.
"""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
import pytest

from simulations.strategies import NEEDS, QueryContext, available, get, query

SEEDS = [0, 1, 7, 12345]


class TinyLinear:
    """A tiny torch linear classifier with ``forward_logits`` (what ``adversarial`` uses)."""

    def __init__(self, n_features: int, n_classes: int, seed: int):
        import torch

        gen = torch.Generator().manual_seed(seed)
        self.weight = torch.randn(n_classes, n_features, generator=gen)
        self.bias = torch.randn(n_classes, generator=gen) * 0.1

    def forward_logits(self, x):
        return x @ self.weight.T + self.bias


def make_context(needs, n_pool, rng, *, n_classes=3, n_labeled=5, h=4, n_features=6, T=4):
    """A context with fake arrays for exactly the fields in ``needs``."""
    fields = {}
    if "probs" in needs:
        logits = rng.normal(size=(n_pool, n_classes)) * 2
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        fields["probs"] = (p / p.sum(axis=1, keepdims=True)).astype(np.float32)
    if "mc_probs" in needs:
        logits = rng.normal(size=(T, n_pool, n_classes)) * 2
        p = np.exp(logits - logits.max(axis=2, keepdims=True))
        fields["mc_probs"] = (p / p.sum(axis=2, keepdims=True)).astype(np.float32)
    if "embeddings" in needs:
        fields["embeddings"] = rng.normal(size=(n_pool, h)).astype(np.float32)
        fields["labeled_embeddings"] = rng.normal(size=(n_labeled, h)).astype(np.float32)
    if "grad_embeddings" in needs:
        fields["grad_embeddings"] = rng.normal(size=(n_pool, h * n_classes)).astype(np.float32)
    if "features" in needs:
        fields["features"] = rng.normal(size=(n_pool, n_features)).astype(np.float32)
    if "model" in needs:
        fields["model"] = TinyLinear(n_features, n_classes, seed=int(rng.integers(1 << 30)))
    if "costs" in needs:  # a data set's cost column: some examples free, most not
        fields["costs"] = np.where(rng.random(n_pool) < 0.1, 0.0, rng.gamma(2.0, 30.0, size=n_pool))
    return QueryContext(n_pool=n_pool, n_classes=n_classes, **fields)


def _combined_names():
    names = [n for n in available() if n != "random"]
    out = ["combined:random+" + names[0]]
    if len(names) > 1:
        out.append(f"combined:{names[-1]}+{names[0]}")
    return out


ALL = list(available()) + _combined_names()


def _digest(ctx: QueryContext) -> dict[str, str]:
    out = {}
    for field in ("probs", "mc_probs", "embeddings", "labeled_embeddings", "grad_embeddings", "features", "costs"):
        arr = getattr(ctx, field)
        if arr is not None:
            out[field] = hashlib.sha256(np.ascontiguousarray(arr).tobytes()).hexdigest() + str(arr.flags.writeable)
    if ctx.model is not None:
        out["model"] = hashlib.sha256(ctx.model.weight.numpy().tobytes()).hexdigest()
    return out


# ---------------------------------------------------------------- contract


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("seed", SEEDS)
def test_positions_unique_in_range_and_reproducible(name, seed):
    strategy = get(name)
    ctx = make_context(strategy.needs, 40, np.random.default_rng(seed))
    before = _digest(ctx)
    a = query(strategy, ctx, 7, np.random.default_rng(seed + 1))
    b = query(strategy, ctx, 7, np.random.default_rng(seed + 1))
    assert a.dtype == np.int64 and a.shape == (7,)
    assert np.unique(a).size == 7
    assert a.min() >= 0 and a.max() < ctx.n_pool  # only unlabeled candidates
    np.testing.assert_array_equal(a, b)  # same seed, same batch
    assert _digest(ctx) == before  # inputs not mutated


@pytest.mark.parametrize("name", ALL)
def test_batch_larger_than_pool_is_clipped_with_warning(name):
    strategy = get(name)
    ctx = make_context(strategy.needs, 6, np.random.default_rng(3))
    with pytest.warns(UserWarning, match="exceeds the 6 unlabeled"):
        out = query(strategy, ctx, 10, np.random.default_rng(0))
    assert sorted(out.tolist()) == list(range(6))


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("n_pool", [1, 2, 3, 25])
def test_k_equal_pool_and_tiny_pools(name, n_pool):
    strategy = get(name)
    ctx = make_context(strategy.needs, n_pool, np.random.default_rng(n_pool))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # k == n_pool is not clipping: no warning
        out = query(strategy, ctx, n_pool, np.random.default_rng(0))
        assert sorted(out.tolist()) == list(range(n_pool))
        one = query(strategy, ctx, 1, np.random.default_rng(0))
    assert one.shape == (1,) and 0 <= one[0] < n_pool


@pytest.mark.parametrize("name", ALL)
def test_works_without_labeled_embeddings_and_with_few_classes(name):
    strategy = get(name)
    ctx = make_context(strategy.needs, 12, np.random.default_rng(5), n_classes=2, n_labeled=0)
    out = query(strategy, ctx, 4, np.random.default_rng(1))
    assert np.unique(out).size == 4 and out.max() < 12


@pytest.mark.parametrize("name", ALL)
def test_missing_need_is_a_clear_error(name):
    strategy = get(name)
    if not strategy.needs:
        pytest.skip("needs nothing")
    missing = sorted(strategy.needs)[0]
    ctx = make_context(strategy.needs - {missing}, 10, np.random.default_rng(0))
    with pytest.raises(ValueError, match=f"needs '{missing}'"):
        query(strategy, ctx, 2, np.random.default_rng(0))


def test_zero_batch_is_empty_and_negative_batch_is_an_error():
    ctx = make_context({"probs"}, 5, np.random.default_rng(0))
    assert query("margin", ctx, 0, np.random.default_rng(0)).shape == (0,)
    with pytest.raises(ValueError, match="batch size"):
        query("margin", ctx, -1, np.random.default_rng(0))


def test_nan_probabilities_are_a_clear_error():
    ctx = make_context({"probs"}, 5, np.random.default_rng(0))
    probs = ctx.probs.copy()
    probs[2, 0] = np.nan
    bad = QueryContext(n_pool=5, n_classes=3, probs=probs)
    with pytest.raises(ValueError, match="NaN"):
        query("entropy", bad, 2, np.random.default_rng(0))


def test_wrong_shapes_are_a_clear_error():
    bad = QueryContext(n_pool=5, n_classes=3, probs=np.full((4, 3), 1 / 3))
    with pytest.raises(ValueError, match="5 candidates"):
        query("margin", bad, 2, np.random.default_rng(0))


# ---------------------------------------------------------------- registry


def test_available_has_one_line_summaries_and_valid_needs():
    names = available()
    for required in ("random", "least_confidence", "margin", "entropy"):
        assert required in names
    for name, summary in names.items():
        assert summary.strip() and "\n" not in summary
        assert get(name).name == name
        assert get(name).needs <= NEEDS


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ValueError) as exc:
        get("nope")
    message = str(exc.value)
    assert "nope" in message and "margin" in message and "\n" not in message


@pytest.mark.parametrize(
    "spec",
    ["combined:", "combined:margin", "combined:margin+", "combined:margin+nope",
     "combined:margin+entropy+random", "combined:margin+margin", "combined:combined:margin+entropy"],
)
def test_malformed_combined_specs_are_errors(spec):
    with pytest.raises(ValueError, match="combined"):
        get(spec)


def test_combined_takes_half_from_each_and_needs_the_union():
    s = get("combined:margin+random")
    assert s.needs == frozenset({"probs"})
    rng = np.random.default_rng(0)
    ctx = make_context({"probs"}, 50, rng)
    out = query(s, ctx, 10, np.random.default_rng(4))
    margin_first = query("margin", ctx, 5, np.random.default_rng(4))
    assert set(margin_first.tolist()) <= set(out.tolist())
    assert np.unique(out).size == 10


# ---------------------------------------------------------------- behaviour: uncertainty


def test_margin_picks_the_smallest_margin_rows():
    probs = np.array(
        [[0.9, 0.05, 0.05], [0.4, 0.35, 0.25], [0.5, 0.5, 0.0], [0.7, 0.2, 0.1], [0.34, 0.33, 0.33]]
    )
    ctx = QueryContext(n_pool=5, n_classes=3, probs=probs)
    out = query("margin", ctx, 3, np.random.default_rng(0))
    assert out[:2].tolist() == [2, 4] and out[2] == 1


def test_least_confidence_and_entropy_pick_the_flattest_rows():
    probs = np.array([[0.98, 0.01, 0.01], [0.34, 0.33, 0.33], [0.6, 0.2, 0.2], [0.5, 0.49, 0.01]])
    ctx = QueryContext(n_pool=4, n_classes=3, probs=probs)
    assert query("least_confidence", ctx, 1, np.random.default_rng(0)).tolist() == [1]
    assert query("entropy", ctx, 1, np.random.default_rng(0)).tolist() == [1]
    # entropy prefers a spread over three classes to a tie between two
    assert query("entropy", ctx, 2, np.random.default_rng(0)).tolist() == [1, 2]
    assert query("least_confidence", ctx, 2, np.random.default_rng(0)).tolist() == [1, 3]


@pytest.mark.parametrize("seed", SEEDS)
def test_ties_are_broken_at_random_not_by_position(seed):
    ctx = QueryContext(n_pool=200, n_classes=2, probs=np.full((200, 2), 0.5))
    picks = {tuple(query("margin", ctx, 3, np.random.default_rng(seed + i)).tolist()) for i in range(5)}
    assert len(picks) > 1


def test_random_covers_the_pool_uniformly():
    ctx = QueryContext(n_pool=10, n_classes=2)
    counts = np.zeros(10)
    rng = np.random.default_rng(0)
    for _ in range(500):
        counts[query("random", ctx, 2, rng)] += 1
    assert counts.min() > 50  # expected 100 each


def test_nan_labeled_embeddings_are_a_clear_error():
    ctx = make_context({"embeddings"}, 8, np.random.default_rng(0))
    lab = ctx.labeled_embeddings.copy()
    lab[0, 0] = np.inf
    bad = QueryContext(n_pool=8, n_classes=3, embeddings=ctx.embeddings, labeled_embeddings=lab)
    with pytest.raises(ValueError, match="labeled_embeddings contains NaN or inf"):
        query("coreset", bad, 2, np.random.default_rng(0))


def test_empty_labeled_set_in_any_shape_is_accepted():
    ctx = make_context({"embeddings"}, 8, np.random.default_rng(0))
    for lab in (np.empty(0, np.float32), np.empty((0, 4), np.float32), None):
        c = QueryContext(n_pool=8, n_classes=3, embeddings=ctx.embeddings, labeled_embeddings=lab)
        assert query("coreset", c, 3, np.random.default_rng(0)).shape == (3,)


@pytest.mark.parametrize("name", ALL)
def test_a_pool_of_identical_points_works_without_warnings(name):
    strategy = get(name)
    ctx = make_context(strategy.needs, 1, np.random.default_rng(0))
    fields = {}
    for field in ("probs", "embeddings", "grad_embeddings", "features", "costs"):
        if getattr(ctx, field) is not None:
            fields[field] = np.repeat(getattr(ctx, field), 15, axis=0)
    if ctx.mc_probs is not None:
        fields["mc_probs"] = np.repeat(ctx.mc_probs, 15, axis=1)
    same = QueryContext(n_pool=15, n_classes=3, labeled_embeddings=ctx.labeled_embeddings, model=ctx.model, **fields)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = query(strategy, same, 6, np.random.default_rng(0))
    assert np.unique(out).size == 6 and out.max() < 15


def test_cli_lists_every_strategy_with_its_summary(capsys):
    from planner.cli import main

    assert main(["strategies"]) == 0
    out = capsys.readouterr().out
    for name, summary in available().items():
        assert any(line.split(None, 1) == [name, summary] for line in out.splitlines())


def test_listing_strategies_does_not_import_torch():
    import subprocess
    import sys

    code = "import sys, simulations.strategies as s; s.available(); s.get('combined:margin+coreset'); print('torch' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"
