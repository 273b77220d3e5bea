"""The AL loop: curves a user would look at, determinism, pairing, noise, large pools."""

import dataclasses
import json

import numpy as np
import pandas as pd
import pytest

from simulations import CURVE_COLUMNS, SimulationConfig, run_one, simulate
from simulations.data.datasets import load
from simulations.data.oracle import Oracle
from simulations.run.loop import initial_indices, macro_f1
from simulations.strategies import available as strategies_available
from tests.seeds import from_env

#: Shift every seed a test uses (CI can set it to check the tests pass for any seed).
SEED = from_env(default=0)


def _seeds(n):
    return tuple(range(SEED, SEED + n))


def _auc(df):
    """Mean over seeds of the normalized area under accuracy vs labels, per strategy."""
    def one(g):
        g = g.sort_values("n_labels")
        return np.trapezoid(g.accuracy, g.n_labels) / (g.n_labels.max() - g.n_labels.min())
    return df.groupby(["strategy", "seed"]).apply(one).groupby("strategy").mean()


def test_curves_table_has_the_contract_columns():
    cfg = SimulationConfig(strategies=("random", "margin"), seeds=_seeds(2), initial=20, batch_size=15, budget=100)
    df = simulate(cfg)
    assert tuple(df.columns) == CURVE_COLUMNS
    assert len(df) == 2 * 2 * 7  # rounds 0..6: 20 + 5 * 15 + 5 = 100
    for _, g in df.groupby(["strategy", "seed"]):
        assert g["round"].tolist() == list(range(7))
        assert g["n_labels"].tolist() == [20, 35, 50, 65, 80, 95, 100]
    assert df["accuracy"].between(0, 1).all() and df["macro_f1"].between(0, 1).all()
    assert (df["train_seconds"] > 0).all() and (df["query_seconds"] >= 0).all()
    assert (df.loc[df["round"] == 0, "query_seconds"] == 0).all()
    assert set(df["dataset"]) == {"digits"} and set(df["model"]) == {"logreg"}


def test_uncertainty_sampling_beats_random_on_digits():
    """Margin wins on the whole curve; entropy (slow from a cold start) wins by the budget.

    The issue asks for entropy to beat random in AUC too; it does not on
    digits, in alplan or in an independent scikit-learn loop on the same
    splits (``benchmarks/bench_uncertainty.py``, 40 seeds, blocks of 5: margin
    - random AUC +0.026, every block > 0; entropy - random -0.008 in alplan and
    in the reference, 0-1 of 8 blocks > 0, at any of 4 start/batch sizes), so
    asserting it would assert something false. What holds in every block of 5
    seeds out of 60: entropy's accuracy at 300 labels beats random's (by
    0.007-0.028), and it is asserted.
    """
    cfg = SimulationConfig(strategies=("random", "margin", "entropy"), seeds=_seeds(5),
                           initial=20, batch_size=20, budget=300)
    df = simulate(cfg)
    auc = _auc(df)
    assert auc["margin"] > auc["random"]
    final = df[df["n_labels"] == 300].groupby("strategy")["accuracy"].mean()
    start = df[df["round"] == 0].groupby("strategy")["accuracy"].mean()
    assert (final > start + 0.1).all()
    assert final["margin"] > final["random"]
    assert final["entropy"] > final["random"]


def test_label_noise_lowers_final_accuracy_of_every_strategy():
    base = SimulationConfig(strategies=("random", "margin"), seeds=_seeds(3), initial=30, batch_size=30, budget=300)
    clean = simulate(base)
    noisy = simulate(base.with_(label_noise=0.3))
    assert set(noisy["label_noise"]) == {0.3}
    final = lambda df: df[df["n_labels"] == 300].groupby("strategy")["accuracy"].mean()  # noqa: E731
    assert (final(noisy) < final(clean)).all()


def test_same_config_twice_gives_identical_curves():
    cfg = SimulationConfig(strategies=("random", "margin"), seeds=_seeds(2), initial=10, batch_size=10, rounds=4)
    a, b = simulate(cfg), simulate(cfg)
    timing = ["train_seconds", "query_seconds"]
    pd.testing.assert_frame_equal(a.drop(columns=timing), b.drop(columns=timing))


def test_same_config_twice_identical_with_mlp_and_noise():
    cfg = SimulationConfig(strategies=("bald",), seeds=_seeds(1), initial=20, batch_size=10, rounds=2,
                           model="mlp", model_params=(("steps", 30), ("hidden", 16)), label_noise=0.2, mc_samples=4)
    a, b = simulate(cfg), simulate(cfg)
    assert a["accuracy"].tolist() == b["accuracy"].tolist()
    assert a["macro_f1"].tolist() == b["macro_f1"].tolist()


def test_strategies_with_the_same_seed_share_the_initial_set():
    cfg = SimulationConfig(strategies=("random", "margin", "entropy"), seeds=_seeds(3), initial=15, batch_size=10, rounds=1)
    df = simulate(cfg)
    first = df[df["round"] == 0].pivot(index="seed", columns="strategy", values="accuracy")
    assert (first.nunique(axis=1) == 1).all()  # same labels, same model, same accuracy
    assert first.iloc[:, 0].nunique() > 1  # but different seeds start differently


def test_initial_set_covers_every_class_when_it_can():
    ds = load("digits")
    for seed in _seeds(5):
        idx = initial_indices(ds.y_pool, 12, np.random.default_rng(seed))
        assert idx.size == np.unique(idx).size == 12
        assert set(ds.y_pool[idx]) == set(range(10))
        few = initial_indices(ds.y_pool, 4, np.random.default_rng(seed))
        assert np.unique(ds.y_pool[few]).size == 4


def test_every_strategy_runs_in_the_loop():
    """The loop fills exactly what each registered strategy needs."""
    from simulations.learners.models import capabilities
    from simulations.strategies import DATA_NEEDS, get

    names = sorted(strategies_available())
    on_costs = tuple(n for n in names if get(n).needs & DATA_NEEDS)  # roi: on data with a cost column
    on_logreg = tuple(n for n in names if get(n).learner_needs <= capabilities("logreg") and n not in on_costs)
    mc_dropout = tuple(n for n in names if n not in on_logreg + on_costs)  # bald, mc_entropy: refused on logreg
    assert set(mc_dropout) == {"bald", "mc_entropy"} and set(on_costs) == {"roi"}
    digits = load("digits")
    costly = dataclasses.replace(digits, cost_pool=np.linspace(1.0, 5.0, digits.n_pool))
    df = pd.concat([
        simulate(SimulationConfig(strategies=on_logreg, seeds=_seeds(1), initial=20, batch_size=10, rounds=1)),
        simulate(SimulationConfig(strategies=mc_dropout, seeds=_seeds(1), initial=20, batch_size=10, rounds=1,
                                  mc_samples=3, model="mlp", model_params=(("steps", 30), ("hidden", 16)))),
        simulate(SimulationConfig(strategies=on_costs, seeds=_seeds(1), initial=20, batch_size=10, rounds=1),
                 dataset=costly),
    ])
    assert set(df["strategy"]) == set(names)
    assert (df.groupby("strategy")["n_labels"].max() == 30).all()


def test_embedding_strategies_with_mlp():
    cfg = SimulationConfig(strategies=("badge", "coreset", "combined:margin+coreset"), seeds=_seeds(1),
                           initial=20, batch_size=10, rounds=1, model="mlp",
                           model_params=(("steps", 30), ("hidden", 16)))
    df = simulate(cfg)
    assert (df.groupby("strategy")["n_labels"].max() == 30).all()


def test_progress_is_reported_per_run():
    calls = []
    cfg = SimulationConfig(strategies=("random", "margin"), seeds=_seeds(2), initial=10, batch_size=10, rounds=1)
    simulate(cfg, progress=lambda done, total, info: calls.append((done, total)))
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_large_pool_runs_end_to_end():
    cfg = SimulationConfig(datasets=("synthetic",), strategies=("margin",), seeds=_seeds(1), initial=50,
                           batch_size=100, rounds=2, dataset_params=(("n_samples", 150_000),))
    df = simulate(cfg)
    assert df["n_labels"].tolist() == [50, 150, 250]
    assert df["accuracy"].iloc[-1] > 0.5


def test_user_file_runs(tmp_path):
    rng = np.random.default_rng(SEED)
    y = np.arange(300) % 3
    X = rng.normal(size=(300, 4)) + y[:, None]
    frame = pd.DataFrame(X, columns=list("abcd")).assign(kind=np.array(["x", "y", "z"])[y])
    frame.to_csv(tmp_path / "pilot.csv", index=False)
    cfg = SimulationConfig(datasets=("file",), data_file=str(tmp_path / "pilot.csv"), label_column="kind",
                           strategies=("random",), seeds=_seeds(1), initial=10, batch_size=10, rounds=2)
    df = simulate(cfg)
    assert set(df["dataset"]) == {"pilot.csv"}
    assert df["accuracy"].iloc[-1] > 0.6


@pytest.mark.parametrize("changes, match", [
    ({"budget": 5000}, "only 1348 examples"),
    ({"rounds": 100, "batch_size": 20}, "only 1348 examples"),
    ({"batch_size": 0}, "--batch-size"),
    ({"rounds": 3, "budget": 100}, "not both"),
    ({"budget": 10, "initial": 20}, "larger than --initial"),
    ({"label_noise": 1.0}, "label-noise"),
    ({"strategies": ("nope",)}, "margin"),
    ({"datasets": ("nope",)}, "digits, mnist1d"),
    ({"model": "svm"}, "logreg, mlp, cnn"),
    ({"datasets": ("breast_cancer",), "model": "cnn"}, "tabular"),
    ({"datasets": ("file",)}, "--data"),
    ({"seeds": ()}, "seeds"),
    ({"model_params": (("depth", 2),)}, "no parameter 'depth'"),
])
def test_bad_configs_fail_before_running(changes, match):
    cfg = SimulationConfig().with_(**changes)
    with pytest.raises(ValueError, match=match) as info:
        cfg.validate()
    assert "\n" not in str(info.value)


def test_run_spec_key_is_stable_and_complete():
    cfg = SimulationConfig(strategies=("random", "margin"), seeds=(0, 1), rounds=3)
    specs = cfg.runs()
    assert [(s.strategy, s.seed) for s in specs] == [("random", 0), ("random", 1), ("margin", 0), ("margin", 1)]
    keys = {s.key() for s in specs}
    assert len(keys) == 4
    assert specs[0].key() == cfg.runs()[0].key()
    d = specs[0].to_dict()
    json.dumps(d)
    assert {"dataset", "model", "strategy", "seed", "batch_size", "label_noise", "initial", "rounds"} <= set(d)
    other = dataclasses.replace(specs[0], label_noise=0.1)
    assert other.key() != specs[0].key()


def test_run_one_is_a_function_of_the_spec():
    spec = SimulationConfig(strategies=("margin",), seeds=(SEED,), initial=10, batch_size=10, rounds=3).runs()[0]
    a = run_one(spec)
    b = run_one(spec, dataset=load("digits"))
    assert a["accuracy"].tolist() == b["accuracy"].tolist()
    assert tuple(a.columns) == CURVE_COLUMNS


def test_oracle_flip_rate_and_confusion():
    rng = np.random.default_rng(SEED)
    y = np.repeat(np.arange(4), 5000)
    noisy = Oracle.from_noise(0.2, 4).label(y, rng)
    assert 0.18 < (noisy != y).mean() < 0.22
    assert np.unique(noisy[noisy != y] - y[noisy != y]).size > 1  # flips go to several classes
    M = np.eye(4)
    M[0] = [0.5, 0.5, 0, 0]
    out = Oracle.from_noise(M, 4).label(y, rng)
    assert 0.45 < (out[y == 0] == 1).mean() < 0.55
    assert (out[y > 0] == y[y > 0]).all()
    assert Oracle.from_noise(0.0, 4).label(y, rng).tolist() == y.tolist()
    for bad in (1.0, -0.1, [[1.0, 0.0]], [[0.5, 0.6], [0.0, 1.0]]):
        with pytest.raises(ValueError):
            Oracle.from_noise(bad, 2)


def test_confusion_matrix_in_a_run():
    M = np.full((10, 10), 0.05)
    np.fill_diagonal(M, 0.55)
    cfg = SimulationConfig(strategies=("random",), seeds=_seeds(1), initial=20, batch_size=20, rounds=2,
                           confusion=tuple(map(tuple, M)))
    df = simulate(cfg)
    assert df["label_noise"].iloc[0] == pytest.approx(0.45)


def test_macro_f1_matches_scikit_learn():
    from sklearn.metrics import f1_score

    rng = np.random.default_rng(SEED)
    for _ in range(5):
        t = rng.integers(0, 6, 200)
        p = np.where(rng.random(200) < 0.6, t, rng.integers(0, 7, 200))
        assert macro_f1(t, p, 7) == pytest.approx(f1_score(t, p, average="macro"))


# ------------------------------------------------------------ stopping-rule signals

SIGNALS = ["stop_agreement", "pool_confidence"]


def test_stopping_signals_are_recorded_every_round_in_range():
    cfg = SimulationConfig(strategies=("random", "margin"), seeds=_seeds(2), initial=20, batch_size=20, rounds=5)
    df = simulate(cfg)
    first = df["round"] == 0
    assert df.loc[first, "stop_agreement"].isna().all()  # no previous model in round 0
    kappa = df.loc[~first, "stop_agreement"]
    assert kappa.notna().all() and kappa.between(-1, 1).all()
    conf = df["pool_confidence"]
    assert conf.notna().all() and conf.between(1 / 10 - 1e-9, 1 + 1e-9).all()  # digits: 10 classes
    # The models grow more alike and more confident as labels come in.
    last = df["round"] == 5
    assert df.loc[last, "stop_agreement"].mean() > df.loc[df["round"] == 1, "stop_agreement"].mean()
    assert df.loc[last, "pool_confidence"].mean() > df.loc[first, "pool_confidence"].mean()
    # Round 0 is the same model for every strategy of a seed, whichever way its confidence was computed
    # (margin reuses the query's probabilities, random predicts the pool).
    zero = df[first].pivot(index="seed", columns="strategy", values="pool_confidence")
    np.testing.assert_allclose(zero["margin"], zero["random"], rtol=1e-12)


@pytest.mark.parametrize("cfg", [
    SimulationConfig(strategies=("random", "margin", "coreset"), seeds=_seeds(2), initial=20, batch_size=20, rounds=3),
    SimulationConfig(strategies=("bald", "badge"), seeds=_seeds(1), initial=20, batch_size=10, rounds=2, model="mlp",
                     model_params=(("steps", 30), ("hidden", 16)), label_noise=0.2, mc_samples=4, warm_start=True),
], ids=["logreg", "mlp-dropout-noise-warm"])
def test_signals_never_change_the_accuracy_curve(cfg):
    """Same config, signals on or off: the same accuracy curve (the stop set has its own random stream)."""
    for spec in cfg.runs():
        on = run_one(spec)
        off = run_one(spec, stop_signals=False)
        assert off[SIGNALS].isna().all().all() and on["pool_confidence"].notna().all()
        assert on["accuracy"].tolist() == off["accuracy"].tolist() == run_one(spec)["accuracy"].tolist()
        keep = [c for c in CURVE_COLUMNS if c not in ("train_seconds", "query_seconds", *SIGNALS)]
        pd.testing.assert_frame_equal(on[keep], off[keep], check_exact=True)


def test_signals_never_use_the_test_set():
    """Scrambling the test set changes the accuracy but not one signal value."""
    ds = load("digits")
    rng = np.random.default_rng(SEED)
    scrambled = dataclasses.replace(
        ds, X_test=rng.normal(size=ds.X_test.shape).astype(np.float32), y_test=rng.permutation(ds.y_test))
    for s in SimulationConfig(strategies=("random", "margin"), seeds=_seeds(1), initial=20, batch_size=20,
                              rounds=3).runs():
        real, fake = run_one(s, dataset=ds), run_one(s, dataset=scrambled)
        assert real["accuracy"].tolist() != fake["accuracy"].tolist()
        pd.testing.assert_frame_equal(real[SIGNALS], fake[SIGNALS], check_exact=True)


def test_small_pool_signals_and_exhausted_pool():
    """A pool smaller than the stop set: the stop set is the whole initial pool; nothing left -> NaN confidence."""
    ds = load("digits")
    small = dataclasses.replace(ds, X_pool=ds.X_pool[:60], y_pool=ds.y_pool[:60])
    for spec in SimulationConfig(strategies=("random", "margin"), seeds=_seeds(1), initial=20, batch_size=20,
                                 rounds=2).runs():
        df = run_one(spec, dataset=small)
        assert df["n_labels"].tolist() == [20, 40, 60]
        assert df["pool_confidence"].iloc[:2].notna().all() and np.isnan(df["pool_confidence"].iloc[2])
        assert df["stop_agreement"].iloc[1:].between(-1, 1).all()
