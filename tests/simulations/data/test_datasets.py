"""Proxy data sets and user files: shapes, determinism, standardization, clear errors."""

import random
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from simulations.data.datasets import Dataset, available, load, load_file

SMALL = {"mnist1d": {"n_samples": 1000}, "synthetic": {"n_samples": 2000}}


@pytest.fixture(scope="module", params=sorted(available()))
def proxy(request) -> Dataset:
    return load(request.param, seed=0, **SMALL.get(request.param, {}))


def test_proxy_shapes_types_and_standardization(proxy):
    ds = proxy
    assert ds.X_pool.dtype == np.float32 and ds.X_test.dtype == np.float32
    assert ds.y_pool.dtype == np.int64 and ds.y_test.dtype == np.int64
    assert ds.X_pool.shape == (ds.y_pool.shape[0], ds.n_features)
    assert ds.X_test.shape == (ds.y_test.shape[0], ds.n_features)
    assert int(np.prod(ds.input_shape)) == ds.n_features
    assert set(np.unique(ds.y_pool)) == set(range(ds.n_classes))
    assert set(np.unique(ds.y_test)) == set(range(ds.n_classes))  # stratified
    np.testing.assert_allclose(ds.X_pool.mean(axis=0), 0, atol=1e-4)
    std = ds.X_pool.std(axis=0)
    assert np.all((np.abs(std - 1) < 1e-3) | (std < 1e-6))  # constant pixels stay 0
    assert ds.source and ds.classes
    with pytest.raises(ValueError):
        ds.X_pool[0, 0] = 1.0  # read-only: cached data cannot be corrupted


def test_test_split_keeps_class_proportions(proxy):
    ds = proxy
    pool = np.bincount(ds.y_pool) / ds.y_pool.size
    test = np.bincount(ds.y_test) / ds.y_test.size
    np.testing.assert_allclose(pool, test, atol=0.03)


@pytest.mark.parametrize("name", sorted(available()))
def test_same_seed_same_data(name):
    a = load(name, seed=3, **SMALL.get(name, {}))
    b = load(name, seed=3, **SMALL.get(name, {}))
    np.testing.assert_array_equal(a.X_pool, b.X_pool)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    c = load(name, seed=4, **SMALL.get(name, {}))
    assert not np.array_equal(a.y_pool, c.y_pool) or not np.array_equal(a.X_pool, c.X_pool)


def test_known_shapes():
    assert load("digits").input_shape == (1, 8, 8)
    assert load("digits").n_pool + load("digits").n_test == 1797
    m = load("mnist1d", n_samples=500)
    assert m.input_shape == (1, 40) and m.n_classes == 10 and m.n_pool + m.n_test == 500
    b = load("breast_cancer")
    assert b.n_classes == 2 and b.input_shape == (30,)


def test_mnist1d_leaves_global_random_state_alone():
    before = np.random.get_state(), random.getstate()   # given back after: no later test meets a seeded module
    try:
        np.random.seed(123)
        random.seed(123)
        expected_np, expected_py = np.random.random(), random.random()
        np.random.seed(123)
        random.seed(123)
        load("mnist1d", seed=7, n_samples=200)
        assert np.random.random() == expected_np
        assert random.random() == expected_py
    finally:
        np.random.set_state(before[0])
        random.setstate(before[1])


def test_synthetic_is_tunable():
    ds = load("synthetic", n_samples=20_000, n_features=7, n_classes=4, imbalance=8.0, test_size=0.1)
    assert ds.n_features == 7 and ds.n_classes == 4
    counts = np.bincount(np.concatenate([ds.y_pool, ds.y_test]))
    assert counts.sum() == 20_000
    assert 7.0 < counts.max() / counts.min() < 9.0
    # More class separation -> a nearest-centroid rule does better.
    accs = []
    for sep in (0.3, 3.0):
        d = load("synthetic", n_samples=4000, n_features=5, n_classes=3, class_sep=sep)
        centroids = np.stack([d.X_pool[d.y_pool == c].mean(0) for c in range(3)])
        pred = ((d.X_test[:, None, :] - centroids) ** 2).sum(-1).argmin(1)
        accs.append((pred == d.y_test).mean())
    assert accs[1] > accs[0] + 0.2


def test_synthetic_large_is_float32_and_capped():
    ds = load("synthetic", n_samples=200_000, n_features=20)
    assert ds.X_pool.dtype == np.float32 and ds.n_test == 20_000  # test split capped
    with pytest.raises(ValueError, match="n_samples must be between"):
        load("synthetic", n_samples=1_000_001)


def test_unknown_name_lists_valid_names():
    with pytest.raises(ValueError, match="digits, mnist1d, synthetic, breast_cancer"):
        load("imagenet")


@pytest.mark.parametrize("params, match", [
    ({"n_samples": 10}, "n_samples"),
    ({"wobble": 1}, "no parameter 'wobble'"),
    ({"class_sep": -1}, "class_sep"),
    ({"imbalance": 0.5}, "imbalance"),
    ({"test_size": 1.5}, "test_size"),
])
def test_bad_synthetic_params(params, match):
    with pytest.raises(ValueError, match=match) as info:
        load("synthetic", **params)
    assert "\n" not in str(info.value)


# ------------------------------------------------------------- user files


def _frame(n=60, classes=("cat", "dog", "eel"), seed=0):
    rng = np.random.default_rng(seed)
    y = np.array(classes)[np.arange(n) % len(classes)]
    return pd.DataFrame({"a": rng.normal(size=n), "b": rng.integers(0, 5, size=n), "label": y})


def test_csv_parquet_npz_round_trip(tmp_path):
    df = _frame()
    df.to_csv(tmp_path / "d.csv", index=False)
    df.to_parquet(tmp_path / "d.parquet", index=False)
    np.savez(tmp_path / "d.npz", X=df[["a", "b"]].to_numpy(), y=df["label"].to_numpy().astype(str))
    loaded = [load_file(tmp_path / f"d.{ext}") for ext in ("csv", "parquet", "npz")]
    for ds in loaded:
        assert ds.classes == ("cat", "dog", "eel")
        assert ds.n_features == 2 and ds.n_pool + ds.n_test == 60
        assert ds.input_shape == (2,)
    np.testing.assert_array_equal(loaded[0].X_pool, loaded[1].X_pool)
    np.testing.assert_allclose(loaded[0].X_pool, loaded[2].X_pool, atol=1e-6)


def test_custom_label_column_and_npz_images(tmp_path):
    df = _frame().rename(columns={"label": "target"})
    df.to_csv(tmp_path / "t.csv", index=False)
    assert load_file(tmp_path / "t.csv", label_column="target").n_classes == 3
    X = np.random.default_rng(0).normal(size=(40, 1, 4, 4))
    np.savez(tmp_path / "img.npz", X=X, y=np.arange(40) % 2)
    ds = load_file(tmp_path / "img.npz")
    assert ds.input_shape == (1, 4, 4) and ds.n_features == 16


def _bad_csv(tmp_path, df, name="bad.csv"):
    path = tmp_path / name
    df.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("spoil, match", [
    (lambda df: df.rename(columns={"label": "y"}), "no label column 'label'"),
    (lambda df: df.assign(colour="red"), "feature column 'colour' is not numeric"),
    (lambda df: df.assign(a=df["a"].where(df.index != 5)), "column 'a' has NaN or inf"),
    (lambda df: df.assign(b=df["b"].astype(float).where(df.index != 7, np.inf)), "column 'b' has NaN or inf"),
    (lambda df: df.assign(label="cat"), "at least 2 classes"),
    (lambda df: df.assign(label=np.where(df.index == 3, "eel", np.where(df.index % 2, "cat", "dog"))),
     "class 'eel' has only 1 example"),
], ids=["no_label", "text_feature", "nan", "inf", "one_class", "rare_class"])
def test_bad_table_files_one_clear_line(tmp_path, spoil, match):
    with pytest.raises(ValueError, match=match) as info:
        load_file(_bad_csv(tmp_path, spoil(_frame())))
    assert "\n" not in str(info.value)


def test_file_over_size_limit(tmp_path):
    path = _bad_csv(tmp_path, _frame(n=300))
    with pytest.raises(OSError, match="over the .* limit"):
        load_file(path, max_bytes=1000)
    assert load_file(path, max_bytes=10_000_000).n_pool > 0


def test_bundled_proxies_read_what_scikit_learn_loads_without_importing_it():
    """digits and breast_cancer are read from scikit-learn's bundled files directly
    (importing sklearn.datasets costs ~0.7 s a process); the arrays must be its own."""
    from sklearn.datasets import load_breast_cancer, load_digits

    from simulations.data.datasets import _load_breast_cancer, _load_digits

    X, y = _load_digits()
    ref = load_digits()
    assert np.array_equal(X, ref.data) and np.array_equal(y, ref.target)
    X, y, names = _load_breast_cancer()
    ref = load_breast_cancer()
    assert np.array_equal(X, ref.data) and np.array_equal(y, ref.target)
    assert names == tuple(str(n) for n in ref.target_names)
    code = ("import sys; from simulations.data.datasets import load; load('digits'); load('breast_cancer'); "
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_empty_and_unknown_files(tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        load_file(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(ValueError, match="empty"):
        load_file(tmp_path / "empty.csv")
    (tmp_path / "data.xlsx").write_text("x")
    with pytest.raises(ValueError, match=r"\.csv, \.parquet or \.npz"):
        load_file(tmp_path / "data.xlsx")
    (tmp_path / "junk.parquet").write_text("not parquet at all")
    with pytest.raises(ValueError, match="cannot read junk.parquet"):
        load_file(tmp_path / "junk.parquet")


def test_bad_npz_files(tmp_path):
    for arrays, match in (({"features": np.zeros((4, 2)), "labels": np.arange(4)}, "must hold arrays 'X' and 'y'"),
                          ({"X": np.array([{"a": 1}] * 4, dtype=object), "y": np.arange(4) % 2}, "Python objects"),
                          ({"X": np.array([[1.0], [np.nan], [2.0], [3.0]]), "y": np.arange(4) % 2}, "NaN or inf"),
                          ({"X": np.zeros((4, 2)), "y": np.arange(3)}, "one label per row")):
        np.savez(tmp_path / "bad.npz", **arrays)
        with pytest.raises(ValueError, match=match):
            load_file(tmp_path / "bad.npz")
