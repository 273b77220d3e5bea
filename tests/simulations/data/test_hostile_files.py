"""Hostile labeled-data files (issue 11): bombs, devices, pipes, duplicate columns; one line each, bounded memory."""

import io
import os
import subprocess
import sys
import zipfile

import numpy as np
import pandas as pd
import pytest

from simulations.data.datasets import load, load_file
from tests.simulations.builders import cli_refusal


def forged_npz(path, shape, dtype=np.float64):
    """An NPZ whose X header claims ``shape`` (what a decompression bomb promises) with a few bytes of data."""
    header = np.lib.format.header_data_from_array_1_0(np.zeros((2, 2), dtype=dtype))
    header["shape"] = shape
    x, y = io.BytesIO(), io.BytesIO()
    np.lib.format.write_array_header_1_0(x, header)
    x.write(bytes(64))
    np.lib.format.write_array(y, np.arange(4) % 2)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("X.npy", x.getvalue())
        zf.writestr("y.npy", y.getvalue())
    return path


def zero_bomb(path, rows, cols):
    """A real bomb: rows x cols float64 zeros, written through the deflater a chunk at a time."""
    header = np.lib.format.header_data_from_array_1_0(np.zeros((2, 2)))
    header["shape"] = (rows, cols)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("X.npy", "w", force_zip64=True) as fh:
            np.lib.format.write_array_header_1_0(fh, header)
            chunk = bytes(8 * cols * 1000)
            for _ in range(rows // 1000):
                fh.write(chunk)
        zf.writestr("y.npy", _npy(np.arange(rows) % 2))
    return path


def _npy(array):
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array)
    return buf.getvalue()


def test_an_npz_header_claiming_huge_arrays_is_refused_before_loading(tmp_path):
    path = forged_npz(tmp_path / "claims.npz", (10**12, 10**6))
    with pytest.raises(ValueError, match=r"claims.npz holds 1,000,000,000,000 x 1,000,000 values .* subsample it"):
        load_file(path)


def test_a_real_decompression_bomb_is_refused_in_bounded_memory(tmp_path):
    """400 MB of zeros in a ~0.4 MB NPZ, loaded with a 5 MB file limit (25 MB decompressed): refused,
    in a child process capped at 1.5 GB of address space (the bomb itself would need 400 MB more)."""
    path = zero_bomb(tmp_path / "bomb.npz", 50_000, 1000)
    assert path.stat().st_size < 1_000_000
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))\n"
        "from simulations.data.datasets import load_file\n"
        "try:\n"
        f"    load_file({str(path)!r}, max_bytes=5_000_000)\n"
        "except ValueError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "bomb.npz holds 50,000 x 1,000 values (400.0 MB decompressed)" in done.stdout


def test_a_file_that_is_not_an_npz_is_not_called_python_objects(tmp_path):
    path = tmp_path / "text.npz"
    path.write_bytes(b"hello, I am a text file")
    with pytest.raises(ValueError, match=r"text.npz is not an NPZ file \(a zip of arrays\)"):
        load_file(path)


def test_a_pickled_object_array_is_still_called_python_objects(tmp_path):
    path = tmp_path / "obj.npz"
    np.savez(path, X=np.array([{"a": 1}] * 10, dtype=object), y=np.arange(10) % 2)
    with pytest.raises(ValueError, match=r"holds Python objects"):
        load_file(path)


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_devices_and_pipes_are_refused_at_once_not_called_missing(tmp_path, capsys, kind):
    if kind == "device":
        path = "/dev/zero"
    else:
        path = str(tmp_path / "pipe.csv")
        os.mkfifo(path)
    err = cli_refusal(capsys, ["simulate", "--data", path, "--strategies", "random", "--seeds", "1", "--rounds", "1",
                               "--out", tmp_path / "o.csv"], tmp_path / "o.csv")
    assert "is not a regular file" in err and "does not exist" not in err


@pytest.mark.parametrize("header", ["f,label,label", "f,label,Label", "f,label, LABEL"])
def test_two_label_columns_are_an_error_not_a_feature(tmp_path, header):
    path = tmp_path / "two.csv"
    path.write_text(header + "\n" + "".join(f"{i},{i % 2},{i % 2}\n" for i in range(40)))
    with pytest.raises(ValueError, match=r"two.csv has the column .* rename or remove one"):
        load_file(path)


def test_parquet_with_case_folded_duplicate_columns_is_refused(tmp_path):
    path = tmp_path / "two.parquet"
    pd.DataFrame({"f": np.arange(40.0), "label": np.arange(40) % 2, "Label": np.arange(40) % 2}).to_parquet(path)
    with pytest.raises(ValueError, match=r"rename or remove one"):
        load_file(path)


def test_messages_carry_no_numpy_repr_and_no_flags(tmp_path):
    path = tmp_path / "rare.csv"
    path.write_text("f,label\n" + "".join(f"{i},{i % 2}\n" for i in range(40)) + "7,2\n")
    with pytest.raises(ValueError) as info:
        load_file(path)
    assert "class '2' has only 1 example" in str(info.value) and "np." not in str(info.value)
    path.write_text("a,b\n1,2\n3,4\n")
    with pytest.raises(ValueError) as info:
        load_file(path)
    assert "--" not in str(info.value)


@pytest.mark.parametrize("value", ["lots", None, True, [1]])
def test_a_bad_test_size_names_the_key(value):
    with pytest.raises(ValueError, match=r"digits: test_size must be a fraction in \(0, 1\) or a whole count"):
        load("digits", test_size=value)


def test_feature_values_that_overflow_float32_are_refused(tmp_path):
    """Found by the fuzz suite: 3e38 in float32 standardized to inf in the test split."""
    path = tmp_path / "big.npz"
    X = np.zeros((20, 2), dtype=np.float32)
    X[3, 1] = np.float32(3.0e38)
    np.savez(path, X=X, y=np.arange(20) % 2)
    with pytest.raises(ValueError, match=r"big.npz: a feature value reaches 3e\+38, beyond 1e\+30: rescale"):
        load_file(path)
