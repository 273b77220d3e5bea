"""Lockstep training: hand-written gradients and Adam equal torch's; a run in a group equals the run alone."""

import numpy as np
import pytest
import torch

from simulations.data.datasets import load
from simulations.learners.batched import fit_cnns, fit_mlps
from simulations.learners.models import _torch_threads, make_learner
from tests.simulations.builders import TIMINGS, fixed_dropout, small_config


@pytest.fixture(scope="module")
def digits():
    return load("digits", seed=0)


@pytest.fixture(autouse=True)
def one_torch_thread():
    """As the learners train (``num_threads=1``): the bitwise claims hold at one thread.

    With more, a kernel may split its work by the group's size and round the last bits differently.
    """
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _gens(*seeds) -> list:
    return [torch.Generator().manual_seed(s) for s in seeds]


def _alone_and_together(fit, build, ds, sets) -> tuple[list, list]:
    """Each labeled set of ``sets`` fitted alone (stream ``i``), then all of them in one group: (alone, group)."""
    alone = []
    for i, idx in enumerate(sets):
        alone.append(build())
        fit(alone[-1:], [ds.X_pool[idx]], [ds.y_pool[idx]], _gens(i))
    group = [build() for _ in sets]
    fit(group, [ds.X_pool[i] for i in sets], [ds.y_pool[i] for i in sets], _gens(*range(len(sets))))
    for a, g in zip(alone, group):
        assert a.n_steps_ == g.n_steps_
        for name in a.params_:
            assert torch.equal(a.params_[name], g.params_[name]), name
    return alone, group


def _assert_curves_as_alone(specs, together) -> None:
    """Every run of a group has, in every column but the timings, the curve it has alone."""
    from simulations import run_one

    for spec, curves in zip(specs, together):
        assert curves.drop(columns=TIMINGS).equals(run_one(spec).drop(columns=TIMINGS)), spec.strategy
    assert not together[0]["accuracy"].equals(together[1]["accuracy"])


def _mlp(ds, **params):
    return make_learner("mlp", n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape,
                        **{"hidden": 32, **params})


def _assert_torch_adam_steps(fitted, ref, params, X, y, *, steps, lr=1e-2, weight_decay=1e-2):
    """``fitted``'s weights = ``steps`` full-batch steps of torch.optim.Adam on autograd of ``ref._forward``
    from ``params`` (updated in place)."""
    opt = torch.optim.Adam(list(params.values()), lr=lr, weight_decay=weight_decay)
    xt, yt = torch.from_numpy(np.array(X)), torch.from_numpy(np.array(y, dtype=np.int64))
    for _ in range(steps):
        loss = torch.nn.functional.cross_entropy(ref._forward(params, xt)[0], yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
    for name, value in params.items():
        torch.testing.assert_close(fitted.params_[name], value.detach(), rtol=1e-4, atol=1e-5)
    assert fitted.n_steps_ == steps


@pytest.mark.parametrize("layers", [1, 2])
def test_hand_written_gradients_and_adam_match_torch_autograd_and_adam(digits, layers):
    """Full batch, no dropout: 5 steps of fit_mlps = 5 steps of torch.optim.Adam on autograd's gradients."""
    X, y = digits.X_pool[:50], digits.y_pool[:50]
    m = _mlp(digits, layers=layers, dropout=0.0, steps=5, batch_size=64, weight_decay=1e-2, lr=1e-2)
    fit_mlps([m], [X], [y], _gens(3))
    ref = _mlp(digits, layers=layers, dropout=0.0)
    params = ref._build(torch.Generator().manual_seed(3))
    _assert_torch_adam_steps(m, ref, params, X, y, steps=5)


@pytest.mark.parametrize("layers", [1, 2])
def test_gradients_with_dropout_match_autograd_on_the_same_masks(digits, layers, monkeypatch):
    """Dropout on: the fused ReLU/dropout derivative and the scale folded into the output gradient equal autograd's."""
    X, y = digits.X_pool[:40], digits.y_pool[:40]
    p, steps = 0.25, 4
    drawn = fixed_dropout(monkeypatch)
    m = _mlp(digits, layers=layers, dropout=p, steps=steps, batch_size=64, lr=1e-2, loss_tol=0.0)
    fit_mlps([m], [X], [y], _gens(5))
    assert len(drawn) == steps * layers  # full batch: one pass a step, a mask a hidden layer
    ref = _mlp(digits, layers=layers, dropout=p)
    gen = torch.Generator().manual_seed(5)
    params = ref._build(gen)
    torch.randint(0, 2**62, (1,), generator=gen)  # the mask stream's seed, as fit_mlps draws it
    opt = torch.optim.Adam(list(params.values()), lr=1e-2, weight_decay=ref.weight_decay)
    xt, yt = torch.from_numpy(np.array(X)), torch.from_numpy(np.array(y, dtype=np.int64))
    masks = iter(drawn)
    for _ in range(steps):
        order = torch.randperm(len(X), generator=gen)
        h = xt[order]
        for layer in ("0", "1")[:layers]:
            w, b = params["w" + layer], params["b" + layer]
            h = torch.relu(h @ w.T + b) * torch.from_numpy(next(masks)).float() / (1 - p)
        loss = torch.nn.functional.cross_entropy(h @ params["wo"].T + params["bo"], yt[order])
        opt.zero_grad()
        loss.backward()
        opt.step()
    for name, value in params.items():
        torch.testing.assert_close(m.params_[name], value.detach(), rtol=1e-4, atol=1e-5)


def test_dropout_bits_keep_each_unit_with_probability_one_minus_p():
    """Bit-sliced masks (dyadic p) and 16-bit masks (other p): the rate, each run its own stream, reproducible."""
    from simulations.learners.batched import dropout_bits

    for p in (0.25, 0.5, 0.375, 0.1):
        keep = dropout_bits([np.random.default_rng(s) for s in (0, 1)], (400, 500), p)
        assert keep.shape == (2, 400, 500) and keep.dtype == bool
        assert abs(1 - keep.mean() - p) < 0.003, p
        assert not np.array_equal(keep[0], keep[1])
        again = dropout_bits([np.random.default_rng(0)], (400, 500), p)
        assert np.array_equal(again[0], keep[0])
    flat = dropout_bits([np.random.default_rng(2)], (1_000_000,), 0.25)[0].astype(float)
    assert abs(np.corrcoef(flat[:-1], flat[1:])[0, 1]) < 0.005  # neighbouring units independent


def test_a_group_trains_each_member_bitwise_as_alone(digits):
    """Different data, labels and streams per member; minibatches and dropout on."""
    rng = np.random.default_rng(0)
    sets = [rng.choice(digits.n_pool, 90, replace=False) for _ in range(3)]
    _, group = _alone_and_together(fit_mlps, lambda: _mlp(digits, steps=40, batch_size=32), digits, sets)
    assert not torch.equal(group[0].params_["w0"], group[1].params_["w0"])


def test_early_stop_on_training_loss_stops_each_member_as_alone(digits):
    X, y = digits.X_pool[:40], digits.y_pool[:40]
    m = _mlp(digits, steps=2000, loss_tol=0.05)
    m.fit(X, y, rng=np.random.default_rng(0))
    assert 0 < m.n_steps_ < 2000
    # a member that stops early keeps the weights it had then, while the others train on
    hard = digits.X_pool[40:140], digits.y_pool[40:140]
    solo = _mlp(digits, steps=2000, loss_tol=0.05)
    fit_mlps([solo], [X], [y], _gens(1))
    pair = [_mlp(digits, steps=2000, loss_tol=0.05) for _ in range(2)]
    fit_mlps(pair, [X, hard[0][:40]], [y, hard[1][:40]], _gens(1, 2))
    assert pair[0].n_steps_ == solo.n_steps_
    assert torch.equal(pair[0].params_["w0"], solo.params_["w0"])


def test_epochs_fix_the_budget_to_passes_over_the_labeled_set(digits):
    m = _mlp(digits, epochs=3, batch_size=16)
    m.fit(digits.X_pool[:50], digits.y_pool[:50], rng=np.random.default_rng(0))
    assert m.n_steps_ == 3 * 4  # 50 rows in batches of 16: 4 steps a pass


def test_a_run_in_a_lockstep_group_has_the_curve_it_has_alone():
    """Tolerance: none. Every column but the timings (train_seconds: the group's fit time shared) is equal."""
    from simulations import SimulationConfig
    from simulations.run.lockstep import group_runs, run_group

    cfg = SimulationConfig(model="mlp", model_params=(("hidden", 32), ("steps", 30)),
                           strategies=("random", "margin", "bald", "coreset", "badge"), seeds=(0, 1),
                           initial=20, batch_size=10, rounds=3)
    specs = cfg.runs()
    groups = group_runs(specs)
    assert [len(g) for g in groups] == [10]
    seen = []
    together = run_group(groups[0], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(10, 40), (20, 40), (30, 40), (40, 40)]
    _assert_curves_as_alone(specs, together)


def test_group_runs_keeps_apart_what_cannot_train_together():
    from simulations import SimulationConfig
    from simulations.run.lockstep import group_runs

    mlp = SimulationConfig(model="mlp", strategies=("random", "margin"), seeds=(0, 1, 2), rounds=3).runs()
    other = SimulationConfig(model="mlp", strategies=("random",), seeds=(0,), rounds=4).runs()
    logreg = SimulationConfig(model="logreg", strategies=("random", "margin"), seeds=(0,), rounds=3).runs()
    groups = group_runs(mlp + other + logreg)
    assert [len(g) for g in groups] == [6, 1, 1, 1]
    assert [len(g) for g in group_runs(mlp, parts=4)] == [2, 2, 2]
    assert [len(g) for g in group_runs(mlp, max_size=4)] == [3, 3]
    assert [s.key() for g in group_runs(mlp, parts=2) for s in g] == [s.key() for s in mlp]


def test_grid_runs_groups_in_lockstep_the_same_here_and_on_a_pool(tmp_path):
    from simulations import SimulationConfig
    from simulations.run.executors import run_grid

    cfg = small_config(("random", "margin"), (0, 1), model="mlp", model_params=(("hidden", 16), ("steps", 20)),
                       rounds=2)
    rounds = []
    here = run_grid(cfg, db=tmp_path / "a.db", round_progress=lambda done, total: rounds.append((done, total)))
    assert rounds[0] == (0, 12) and rounds[-1] == (12, 12)
    assert [d for d, _ in rounds] == sorted(d for d, _ in rounds)
    pool = run_grid(cfg, workers=2)
    assert here.drop(columns=TIMINGS).reset_index(drop=True).equals(pool.drop(columns=TIMINGS).reset_index(drop=True))
    again = []  # a second run reads everything back: the bar starts full
    run_grid(cfg, db=tmp_path / "a.db", round_progress=lambda done, total: again.append((done, total)))
    assert again == [(12, 12)]


def test_cnn_fits_take_the_same_budgets(digits):
    """cnn (fit_cnns) passes over the labeled set the same way: epochs and the early stop."""
    X, y = digits.X_pool[:50], digits.y_pool[:50]
    kw = dict(n_features=digits.n_features, n_classes=digits.n_classes, input_shape=digits.input_shape,
              hidden=16, channels=(4, 8))
    m = make_learner("cnn", epochs=2, batch_size=16, **kw).fit(X, y, rng=np.random.default_rng(0))
    assert m.n_steps_ == 2 * 4
    m = make_learner("cnn", steps=3000, loss_tol=0.05, lr=2e-2, **kw).fit(X, y, rng=np.random.default_rng(0))
    assert 0 < m.n_steps_ < 3000


# ------------------------------------------------------------------ cnn

@pytest.fixture(scope="module")
def mnist1d():
    return load("mnist1d", seed=0, n_samples=600)


def _cnn(ds, **params):
    return make_learner("cnn", n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape,
                        **{"hidden": 16, "channels": (4, 8), **params})


@pytest.mark.parametrize("data", ["mnist1d", "digits"])  # 1-D sequences (1, 40) and images (1, 8, 8)
def test_cnn_stacked_forward_gradients_and_adam_match_the_model_and_torch(data, request):
    """fit_cnns' stacked forward is CNN._forward (logits within 1e-5: the same function, sums in another
    order); full batch, no dropout, 5 steps = 5 steps of torch.optim.Adam on autograd's gradients of
    CNN._forward (within 1e-5)."""
    from simulations.learners.batched import _cnn_logits

    ds = request.getfixturevalue(data)
    X, y = ds.X_pool[:40], ds.y_pool[:40]
    m = _cnn(ds, dropout=0.0, steps=5, batch_size=64, weight_decay=1e-2, lr=1e-2)
    ref = _cnn(ds, dropout=0.0)
    params = ref._build(torch.Generator().manual_seed(3))
    xt = torch.from_numpy(np.array(X))
    with torch.no_grad():
        stacked = _cnn_logits(ref, {k: v[None] for k, v in params.items()}, xt[None], None)[0]
        torch.testing.assert_close(stacked, ref._forward(params, xt)[0], rtol=0, atol=1e-5)
    with _torch_threads(1):
        fit_cnns([m], [X], [y], _gens(3))
    _assert_torch_adam_steps(m, ref, params, X, y, steps=5)
    # the trained weights serve inference and MC dropout as before
    assert m.predict_proba(X).shape == (40, ds.n_classes)
    assert m.mc_proba(X[:5], 3, rng=np.random.default_rng(0)).shape == (3, 5, ds.n_classes)


@pytest.mark.parametrize("data", ["mnist1d", "digits"])
def test_a_cnn_group_trains_each_member_bitwise_as_alone(data, request):
    """Tolerance: none. Different data, labels and streams per member, minibatches and dropout on, and
    the early stop: a member that stops keeps its weights while the others train on."""
    ds = request.getfixturevalue(data)
    rng = np.random.default_rng(0)
    sets = [rng.choice(ds.n_pool, 40, replace=False) for _ in range(3)]
    with _torch_threads(1):  # as the learners train (num_threads=1)
        _, group = _alone_and_together(fit_cnns, lambda: _cnn(ds, steps=60, batch_size=16, lr=2e-2, loss_tol=1.0),
                                       ds, sets)
    assert not torch.equal(group[0].params_["c1"], group[1].params_["c1"])
    assert len({m.n_steps_ for m in group}) > 1, "the early stop should part the members"


def test_a_cnn_run_in_a_lockstep_group_has_the_curve_it_has_alone(monkeypatch):
    """cnn runs form one lockstep group (before, one group a run), trained by fit_cnns; tolerance: none,
    every column but the timings equals the run alone (run_one)."""
    from simulations import SimulationConfig
    from simulations.run.lockstep import group_runs, run_group
    import simulations.run.lockstep as lockstep

    cfg = SimulationConfig(datasets=("mnist1d",), dataset_params=(("n_samples", 600),), model="cnn",
                           model_params=(("hidden", 16), ("channels", 4), ("steps", 20)),
                           strategies=("random", "margin", "bald"), seeds=(0, 1), initial=20, batch_size=10, rounds=2)
    specs = cfg.runs()
    groups = group_runs(specs)
    assert [len(g) for g in groups] == [6]
    sizes = []
    real = lockstep.fit_cnns
    monkeypatch.setattr(lockstep, "fit_cnns",
                        lambda learners, *a, **k: sizes.append(len(learners)) or real(learners, *a, **k))
    together = run_group(groups[0])
    assert sizes == [6, 6, 6]
    _assert_curves_as_alone(specs, together)


def test_a_pool_reports_every_round_as_this_process_does():
    # the rounds of the groups running in pool workers reach the bar as they end, not when their group ends
    from simulations import SimulationConfig
    from simulations.run.executors import run_grid

    cfg = small_config(("random", "margin"), (0, 1), rounds=2)
    rounds = []
    run_grid(cfg, workers=2, round_progress=lambda done, total: rounds.append((done, total)))
    assert rounds[0] == (0, 12) and rounds[-1] == (12, 12) and {t for _, t in rounds} == {12}
    assert [d for d, _ in rounds] == sorted(d for d, _ in rounds)
    assert {d for d, _ in rounds} - {0, 6, 12}   # a round inside a group of 6 (two groups on two workers)
